import { useTranslation } from 'react-i18next';
import { navigate } from '../../ui/routes';
import { usePageTitle } from '../../ui/use-page-title';
import { ProfileForm } from './profile-form';
import { ProfileSaveFailed, useProfileSave } from './profile-save';

/** First use: a pseudonym and role. Its own small chunk: nothing here needs zod or the catalogue. */
export function WelcomeScreen() {
  const { t } = useTranslation('play');
  usePageTitle(t('screenTitle.welcome'));
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
