import {
  createSaved,
  duplicate,
  newAssignmentId,
  revise,
  type Assignment,
  type AssignmentDraft,
  type SavedAssignment,
} from '../../records/assignment';
import { assignmentLink, encodeAssignment } from '../../records/assignment-link';
import { sharedAssignmentStore } from '../../records/assignment-store';
import { fitsQr, qrVersion } from './assignment-qr';

const now = () => new Date().toISOString();
const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** This app's own address, without its route: links open the same build the instructor uses. */
export const appAddress = () => window.location.href.split('#')[0]!;

export type BuiltLink =
  | { ok: true; link: string; payload: string; contactsReferenced: boolean; qrVersion: number }
  | { ok: false; length: number };

/** The trainee link for an assignment, at most 300 characters of payload and QR version 10. */
export function buildLink(a: Assignment, address = appAddress()): BuiltLink {
  const r = encodeAssignment(a, (p) => fitsQr(assignmentLink(address, p)));
  if (!r.ok) return { ok: false, length: r.issue.length };
  const link = assignmentLink(address, r.payload);
  return {
    ok: true,
    link,
    payload: r.payload,
    contactsReferenced: r.contactsReferenced,
    qrVersion: qrVersion(link),
  };
}

export async function listAssignments(): Promise<SavedAssignment[]> {
  return (await sharedAssignmentStore()).list();
}

export async function getAssignment(id: string): Promise<SavedAssignment | undefined> {
  return (await sharedAssignmentStore()).get(id);
}

/** Saves a new assignment, or the next revision of an existing one; returns its id. */
export async function saveAssignment(draft: AssignmentDraft, id?: string): Promise<string> {
  const store = await sharedAssignmentStore();
  const existing = id ? await store.get(id) : undefined;
  const saved = existing
    ? revise(existing, draft, now())
    : createSaved(newAssignmentId(randomBytes), draft, now());
  await store.put(saved);
  return saved.current.id;
}

export async function duplicateAssignment(id: string, cohort: string): Promise<string | undefined> {
  const store = await sharedAssignmentStore();
  const existing = await store.get(id);
  if (!existing) return undefined;
  const copy = duplicate(existing, newAssignmentId(randomBytes), now());
  copy.current.cohort = cohort;
  await store.put(copy);
  return copy.current.id;
}

export async function setArchived(id: string, archived: boolean): Promise<void> {
  const store = await sharedAssignmentStore();
  const existing = await store.get(id);
  if (existing) await store.put({ ...existing, archived, updatedAt: now() });
}

/** A draft that would still make a scannable link, checked before saving. */
export function draftLinkFits(draft: AssignmentDraft, id?: string, revision = 1): BuiltLink {
  return buildLink({ ...draft, id: id ?? 'x'.repeat(10), revision });
}
