import type { TFunction } from 'i18next';
import type { StorageProblem } from '../records/storage-problem';

/** A storage problem in plain words, in the UI language (pass the `common` namespace's t). */
export function storageProblemText(p: StorageProblem, t: TFunction<'common'>): string {
  switch (p.kind) {
    case 'quota':
      return t('storage.quota');
    case 'unavailable':
      return t('storage.unavailable');
    case 'newer-database':
      return t('storage.newerDatabase');
    case 'closed-for-upgrade':
      return t('storage.closedForUpgrade');
    case 'conflict':
      return t('storage.conflict');
    case 'failed':
      return t('storage.failed', { detail: p.detail });
  }
}
