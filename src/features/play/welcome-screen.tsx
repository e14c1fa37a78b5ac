import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageProblemOf, type StorageProblem } from '../../records/storage-problem';
import { storageProblemText } from '../../views/storage-problem-text';
import { navigate } from '../../ui/routes';
import { ProfileForm } from './profile-form';
import { loadProfile, saveProfile } from './profile';
import { useAsync } from '../../ui/use-async';
import { SupportNote } from '../../views/support-note';

/** Saves the profile, then goes home; a failed write is said, and the form keeps what was typed. */
function useProfileSave(then: () => void = () => navigate({ name: 'home' })) {
  const [problem, setProblem] = useState<StorageProblem | undefined>();
  const onSave = (p: Parameters<typeof saveProfile>[0]) =>
    void saveProfile(p).then(then, (e: unknown) => setProblem(storageProblemOf(e)));
  return { onSave, problem };
}

function ProfileSaveFailed({ problem }: { problem: StorageProblem | undefined }) {
  const { t } = useTranslation('play');
  const { t: tc } = useTranslation('common');
  if (!problem) return null;
  return (
    <p className="error" role="alert" data-testid="profile-save-failed">
      {t('profile.saveFailed', { reason: storageProblemText(problem, tc) })}
    </p>
  );
}

export function WelcomeScreen() {
  const { t } = useTranslation('play');
  const { onSave, problem } = useProfileSave(returnAfterProfile);
  return (
    <div className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.lead')}</p>
      <ProfileForm submitLabel={t('welcome.start')} onSave={onSave} />
      <ProfileSaveFailed problem={problem} />
    </div>
  );
}

/** Back to the assignment link that sent the trainee here (app.tsx remembers it), else home. */
function returnAfterProfile() {
  const back = sessionStorage.getItem('acompana.returnTo');
  sessionStorage.removeItem('acompana.returnTo');
  if (back?.startsWith('#/a/')) window.location.hash = back;
  else navigate({ name: 'home' });
}

export function SettingsScreen() {
  const { t } = useTranslation('play');
  const [profile] = useAsync(loadProfile, []);
  const { onSave, problem } = useProfileSave();
  if (profile.status !== 'ready') return null;
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <ProfileForm initial={profile.value} submitLabel={t('settings.save')} onSave={onSave} />
      <ProfileSaveFailed problem={problem} />
      <p>
        <a href="#/lrs">{t('settings.lrsLink')}</a>
      </p>
      <SupportNote />
    </div>
  );
}
