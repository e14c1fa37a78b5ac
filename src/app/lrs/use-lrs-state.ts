import { useEffect, useState } from 'react';
import type { QueueState } from '../../standards/lrs/delivery';
import type { LrsSync } from './lrs-sync';

/** The outbox's counts, kept current as statements are queued and sent (in any tab). */
export function useLrsState(sync: LrsSync | undefined): QueueState | undefined {
  const [state, setState] = useState<QueueState | undefined>();
  useEffect(() => {
    if (!sync) return;
    let live = true;
    void sync.state().then((s) => live && setState(s));
    const off = sync.subscribe((s) => live && setState(s));
    return () => {
      live = false;
      off();
    };
  }, [sync]);
  return state;
}
