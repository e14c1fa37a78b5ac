import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../engine/schema/scenario';
import { ROLE_IDS } from '../../records/roles';
import { TextField } from '../../ui/text-field';
import type { Profile } from './profile';

type Props = { initial?: Profile | undefined; submitLabel: string; onSave: (p: Profile) => void };

/** Pseudonym, role and consent, with the privacy notice (Mexico's data-protection law: say what goes where). */
export function ProfileForm({ initial, submitLabel, onSave }: Props) {
  const { t } = useTranslation('play');
  const [pseudonym, setPseudonym] = useState(initial?.pseudonym ?? '');
  const [role, setRole] = useState<Role | ''>(initial?.role ?? '');
  const [consent, setConsent] = useState(initial?.shareConsent ?? false);
  const [error, setError] = useState('');
  return (
    <form
      className="profile-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const name = pseudonym.trim();
        if (!name) return setError(t('profile.needPseudonym'));
        if (!role) return setError(t('profile.needRole'));
        onSave({
          // Created once with the profile and kept when it is edited (record v2, issue 10).
          learnerId: initial?.learnerId ?? crypto.randomUUID(),
          pseudonym: name,
          role,
          shareConsent: consent,
          privacyAcknowledgedAt: initial?.privacyAcknowledgedAt ?? new Date().toISOString(),
        });
      }}
    >
      <section className="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacy.heading')}</h2>
        <ul>
          <li>{t('privacy.device')}</li>
          <li>{t('privacy.export')}</li>
          <li>{t('privacy.lrs')}</li>
          <li>{t('privacy.rights')}</li>
        </ul>
      </section>
      <TextField
        id="pseudonym"
        name="pseudonym"
        label={t('profile.pseudonym')}
        hint={t('profile.pseudonymHint')}
        autoComplete="off"
        value={pseudonym}
        maxLength={40}
        onChange={(e) => setPseudonym(e.target.value)}
      />
      <fieldset className="field roles">
        <legend>{t('profile.role')}</legend>
        {ROLE_IDS.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="role"
              value={r}
              checked={role === r}
              onChange={() => setRole(r)}
            />
            <span>{t(`role.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <span>{t('privacy.consent')}</span>
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" data-testid="save-profile">
        {submitLabel}
      </button>
    </form>
  );
}
