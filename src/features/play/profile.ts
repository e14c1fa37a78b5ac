import type { Role } from '../../engine/schema/scenario';
import { sharedAttemptStore } from '../../records/attempt-store';

/** Chosen once on first use, changeable in settings. Stays on this device. */
export type Profile = {
  pseudonym: string;
  role: Role;
  /** Consent to send results to a configured LRS; nothing is sent without it. */
  shareConsent: boolean;
  privacyAcknowledgedAt: string;
};

export async function loadProfile(): Promise<Profile | undefined> {
  const store = await sharedAttemptStore();
  return store.getValue<Profile>('profile');
}

export async function saveProfile(p: Profile): Promise<void> {
  const store = await sharedAttemptStore();
  await store.setValue('profile', p);
}
