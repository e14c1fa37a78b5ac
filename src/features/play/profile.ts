import type { Role } from '../../engine/schema/scenario';
import { sharedAttemptStore } from '../../records/attempt-store';

/** Chosen once on first use, changeable in settings. Stays on this device. */
export type Profile = {
  /** Random, created with the profile: tells apart two trainees who chose the same pseudonym. */
  learnerId: string;
  pseudonym: string;
  role: Role;
  /** Consent to send results to a configured LRS; nothing is sent without it. */
  shareConsent: boolean;
  privacyAcknowledgedAt: string;
};

export async function loadProfile(): Promise<Profile | undefined> {
  const store = await sharedAttemptStore();
  const p = await store.getValue<Omit<Profile, 'learnerId'> & { learnerId?: string }>('profile');
  if (!p || p.learnerId) return p as Profile | undefined;
  // A profile saved before learner ids existed gets one now, once.
  const withId: Profile = { ...p, learnerId: crypto.randomUUID() };
  await store.setValue('profile', withId);
  return withId;
}

export async function saveProfile(p: Profile): Promise<void> {
  const store = await sharedAttemptStore();
  await store.setValue('profile', p);
}
