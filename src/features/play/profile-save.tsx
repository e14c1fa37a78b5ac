import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageProblemOf, type StorageProblem } from '../../records/storage-problem';
import { navigate } from '../../ui/routes';
import { storageProblemText } from '../../views/storage-problem-text';
import { saveProfile } from './profile';

/** Saves the profile, then goes home; a failed write is said, and the form keeps what was typed. */
export function useProfileSave(then: () => void = () => navigate({ name: 'home' })) {
  const [problem, setProblem] = useState<StorageProblem | undefined>();
  const onSave = (p: Parameters<typeof saveProfile>[0]) =>
    void saveProfile(p).then(then, (e: unknown) => setProblem(storageProblemOf(e)));
  return { onSave, problem };
}

export function ProfileSaveFailed({ problem }: { problem: StorageProblem | undefined }) {
  const { t } = useTranslation('play');
  const { t: tc } = useTranslation('common');
  if (!problem) return null;
  return (
    <p className="error" role="alert" data-testid="profile-save-failed">
      {t('profile.saveFailed', { reason: storageProblemText(problem, tc) })}
    </p>
  );
}
