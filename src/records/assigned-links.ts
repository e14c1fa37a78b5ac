/**
 * Assignment links a trainee has opened on this device (issue 10), in the attempt store's `kv`.
 * The home screen leads back to them; the LRS client finds an assigned attempt's LRS here
 * (`assignmentFor`), since a record carries only the assignment's id and cohort.
 */
import type { Assignment } from './assignment';
import { sharedAttemptStore } from './attempt-store';

/** An assignment link this trainee has opened, kept so the home screen can lead back to it. */
export type RememberedAssignment = {
  id: string;
  revision: number;
  cohort: string;
  due?: string;
  payload: string;
  openedAt: string;
};

const KEY = 'assignments';

/** Keeps the newest revision of each assignment opened on this device. */
export async function rememberAssignment(a: Assignment, payload: string): Promise<void> {
  const store = await sharedAttemptStore();
  const all = (await store.getValue<Record<string, RememberedAssignment>>(KEY)) ?? {};
  const known = all[a.id];
  if (known && known.revision > a.revision) return;
  all[a.id] = {
    id: a.id,
    revision: a.revision,
    cohort: a.cohort,
    ...(a.due ? { due: a.due } : {}),
    payload,
    openedAt: new Date().toISOString(),
  };
  await store.setValue(KEY, all);
}

/** Most recently opened first. */
export async function rememberedAssignments(): Promise<RememberedAssignment[]> {
  const store = await sharedAttemptStore();
  const all = (await store.getValue<Record<string, RememberedAssignment>>(KEY)) ?? {};
  return Object.values(all).sort((x, y) => y.openedAt.localeCompare(x.openedAt));
}

/** The newest revision of an assignment opened on this device (e.g. its LRS), if any. */
export async function assignmentFor(id: string): Promise<Assignment | undefined> {
  const store = await sharedAttemptStore();
  const all = (await store.getValue<Record<string, RememberedAssignment>>(KEY)) ?? {};
  const known = all[id];
  if (!known) return undefined;
  // The codec (fflate, zod) loads only here, keeping it off the home screen's first load.
  const { decodeAssignment } = await import('./assignment-link');
  const r = decodeAssignment(known.payload);
  return r.ok ? r.value : undefined;
}
