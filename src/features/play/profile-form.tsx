import { useRef, useState } from 'react';
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
  // Each problem sits on its field, linked by aria-describedby, and the first one takes focus
  // (review item 14): a message by the button, with focus left there, was missed.
  const [errors, setErrors] = useState<{ pseudonym?: string; role?: string }>({});
  const pseudonymRef = useRef<HTMLInputElement>(null);
  const rolesRef = useRef<HTMLFieldSetElement>(null);
  return (
    <form
      className="profile-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const name = pseudonym.trim();
        const found = {
          ...(name ? {} : { pseudonym: t('profile.needPseudonym') }),
          ...(role ? {} : { role: t('profile.needRole') }),
        };
        setErrors(found);
        if (found.pseudonym) return pseudonymRef.current?.focus();
        if (!role) return rolesRef.current?.querySelector('input')?.focus();
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
        ref={pseudonymRef}
        id="pseudonym"
        name="pseudonym"
        label={t('profile.pseudonym')}
        hint={t('profile.pseudonymHint')}
        {...(errors.pseudonym ? { error: errors.pseudonym } : {})}
        autoComplete="off"
        value={pseudonym}
        maxLength={40}
        onChange={(e) => setPseudonym(e.target.value)}
      />
      <fieldset
        ref={rolesRef}
        className={errors.role ? 'field roles invalid' : 'field roles'}
        aria-describedby={errors.role ? 'role-error' : undefined}
      >
        <legend>{t('profile.role')}</legend>
        {errors.role && (
          <p id="role-error" className="error field-error" data-testid="role-error">
            {errors.role}
          </p>
        )}
        {ROLE_IDS.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="role"
              value={r}
              checked={role === r}
              aria-invalid={errors.role ? true : undefined}
              onChange={() => {
                setRole(r);
                setErrors((e) => (e.pseudonym ? { pseudonym: e.pseudonym } : {}));
              }}
            />
            <span>{t(`role.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <span>{t('privacy.consent')}</span>
      </label>
      <button type="submit" className="primary" data-testid="save-profile">
        {submitLabel}
      </button>
    </form>
  );
}
