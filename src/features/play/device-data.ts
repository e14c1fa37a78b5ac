import type { AttemptRecord } from '../../records/attempt-record';
import { sharedAttemptStore } from '../../records/attempt-store';
import { ownAttempts } from './attempts-data';
import { loadProfile, type Profile } from './profile';

/** What a shared device holds, counted for the confirmations of "switch trainee" and "erase". */
export type DeviceData = {
  profile: Profile | undefined;
  all: AttemptRecord[];
  mine: AttemptRecord[];
  setAside: number;
  assignmentLinks: number;
};

export async function loadDeviceData(): Promise<DeviceData> {
  const store = await sharedAttemptStore();
  const [{ attempts }, profile, quarantined, links] = await Promise.all([
    store.list(),
    loadProfile(),
    store.quarantined(),
    store.getValue<Record<string, unknown>>('assignments'),
  ]);
  return {
    profile,
    all: attempts,
    mine: ownAttempts(attempts, profile),
    setAside: quarantined.length,
    assignmentLinks: Object.keys(links ?? {}).length,
  };
}

/**
 * Switch trainee: only the profile goes. The attempts stay on the device, listed only for the
 * profile that made them (attempts-data.ts `ownAttempts`), so the next person starts clean and the
 * previous one gets theirs back by signing in with the same pseudonym.
 */
export async function forgetProfile(): Promise<void> {
  await (await sharedAttemptStore()).deleteValue('profile');
}

/** Erase: everything in the trainee store, for every trainee (attempt-store.ts `eraseAll`). */
export async function eraseDeviceData(): Promise<void> {
  await (await sharedAttemptStore()).eraseAll();
}
