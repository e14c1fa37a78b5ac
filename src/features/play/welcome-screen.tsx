import { useTranslation } from 'react-i18next';
import { navigate } from '../../ui/routes';
import { ProfileForm } from './profile-form';
import { loadProfile, saveProfile } from './profile';
import { useAsync } from '../../ui/use-async';
import { SupportNote } from '../../views/support-note';

export function WelcomeScreen() {
  const { t } = useTranslation('play');
  return (
    <div className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.lead')}</p>
      <ProfileForm
        submitLabel={t('welcome.start')}
        onSave={(p) => void saveProfile(p).then(() => navigate({ name: 'home' }))}
      />
    </div>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation('play');
  const [profile] = useAsync(loadProfile, []);
  if (profile.status !== 'ready') return null;
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <ProfileForm
        initial={profile.value}
        submitLabel={t('settings.save')}
        onSave={(p) => void saveProfile(p).then(() => navigate({ name: 'home' }))}
      />
      <p>
        <a href="#/lrs">{t('settings.lrsLink')}</a>
      </p>
      <SupportNote />
    </div>
  );
}
