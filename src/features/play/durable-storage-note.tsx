import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedAttemptStore } from '../../records/attempt-store';

const ASKED = 'durableStorageAsked';

/**
 * After the trainee's first finished attempt, asks the browser to keep this site's data even when
 * space runs low (`navigator.storage.persist()`, review H1), once, and says in plain words what
 * the answer means for their progress. Browsers that cannot be asked show nothing.
 */
export function DurableStorageNote() {
  const { t } = useTranslation('play');
  const [answer, setAnswer] = useState<'granted' | 'denied' | undefined>();
  useEffect(() => {
    let live = true;
    (async () => {
      const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
      if (!storage?.persist) return;
      const store = await sharedAttemptStore();
      if (await store.getValue<boolean>(ASKED)) return;
      const granted = (await storage.persisted?.()) || (await storage.persist());
      await store.setValue(ASKED, true);
      if (live) setAnswer(granted ? 'granted' : 'denied');
    })().catch(() => undefined); // Only advice: a failure here changes nothing for the trainee.
    return () => {
      live = false;
    };
  }, []);
  if (!answer) return null;
  return (
    <p className="notice durable-storage" role="status" data-testid="durable-storage">
      {t(answer === 'granted' ? 'durable.granted' : 'durable.denied')}
    </p>
  );
}
