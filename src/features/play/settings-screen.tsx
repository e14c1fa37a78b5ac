import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async';
import { usePageTitle } from '../../ui/use-page-title';
import { SupportNote } from '../../views/support-note';
import { DeviceDataSection } from './device-data-section';
import { loadProfile } from './profile';
import { ProfileForm } from './profile-form';
import { ProfileSaveFailed, useProfileSave } from './profile-save';
import './settings.css';

/** Profile and privacy: the profile, the LRS link, this device's data, and support contacts. */
export function SettingsScreen() {
  const { t } = useTranslation('play');
  usePageTitle(t('settings.title'));
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
      <DeviceDataSection />
      <SupportNote variant="settings" />
    </div>
  );
}
