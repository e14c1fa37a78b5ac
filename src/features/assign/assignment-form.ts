/**
 * The builder's form: what the instructor types, checked field by field, into an assignment
 * draft. Every problem is named, and the form keeps what was typed (nothing lost).
 */
import {
  MAX_COHORT_LENGTH,
  type Assignment,
  type AssignmentDraft,
  type AssignmentLanguage,
} from '../../records/assignment';
import type { FeedbackTiming, Mode } from '../../records/attempt-record';

export type ContactRow = { name: string; phone: string; url: string };
export type AssignmentForm = {
  cohort: string;
  modules: string[];
  due: string;
  passMark: string;
  language: AssignmentLanguage;
  mode: Mode;
  feedback: FeedbackTiming;
  contacts: ContactRow[];
  contactsRef: string;
  lrsEndpoint: string;
  lrsKey: string;
};

export type FormError =
  | { field: 'cohort'; kind: 'cohort' | 'cohortTooLong' }
  | { field: 'modules'; kind: 'modules' }
  | { field: 'passMark'; kind: 'passMark' }
  | { field: 'due'; kind: 'due' }
  | { field: `contact-${number}`; kind: 'contactName' | 'contactUrl'; n: number }
  | { field: 'contactsRef'; kind: 'contactsRef' }
  | { field: 'lrsEndpoint'; kind: 'lrsEndpoint' | 'lrsBoth' | 'lrsCanRead' | 'lrsUnchecked' };

export const emptyForm = (): AssignmentForm => ({
  cohort: '',
  modules: [],
  due: '',
  passMark: '80',
  language: 'choice',
  mode: 'assessed',
  feedback: 'end',
  contacts: [],
  contactsRef: '',
  lrsEndpoint: '',
  lrsKey: '',
});

export function formOf(a: Assignment): AssignmentForm {
  return {
    cohort: a.cohort,
    modules: [...a.modules],
    due: a.due ?? '',
    passMark: String(Math.round(a.passMark * 100)),
    language: a.language,
    mode: a.mode,
    feedback: a.feedback,
    contacts: a.contacts.map((c) => ({ name: c.name, phone: c.phone ?? '', url: c.url ?? '' })),
    contactsRef: a.contactsRef ?? '',
    lrsEndpoint: a.lrs?.endpoint ?? '',
    lrsKey: a.lrs?.key ?? '',
  };
}

const isHttps = (s: string) => /^https:\/\/[^\s/]+\.[^\s]+$/i.test(s);
// http is accepted only on the machine itself (a test LRS); anything else must be https.
const isLrsUrl = (s: string) =>
  isHttps(s) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/i.test(s);
const isDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
};

export type FormResult = { ok: true; draft: AssignmentDraft } | { ok: false; errors: FormError[] };

export function readForm(f: AssignmentForm): FormResult {
  const errors: FormError[] = [];
  const cohort = f.cohort.trim();
  if (!cohort) errors.push({ field: 'cohort', kind: 'cohort' });
  else if (cohort.length > MAX_COHORT_LENGTH)
    errors.push({ field: 'cohort', kind: 'cohortTooLong' });
  if (!f.modules.length) errors.push({ field: 'modules', kind: 'modules' });
  const due = f.due.trim();
  if (due && !isDate(due)) errors.push({ field: 'due', kind: 'due' });
  const mark = f.passMark.trim();
  if (!/^\d{1,3}$/.test(mark) || Number(mark) > 100)
    errors.push({ field: 'passMark', kind: 'passMark' });
  const contacts = f.contacts
    .map((c) => ({ name: c.name.trim(), phone: c.phone.trim(), url: c.url.trim() }))
    .filter((c) => c.name || c.phone || c.url);
  contacts.forEach((c, i) => {
    if (!c.name) errors.push({ field: `contact-${i}`, kind: 'contactName', n: i + 1 });
    if (c.url && !isHttps(c.url))
      errors.push({ field: `contact-${i}`, kind: 'contactUrl', n: i + 1 });
  });
  const contactsRef = f.contactsRef.trim();
  if (contactsRef && !isHttps(contactsRef))
    errors.push({ field: 'contactsRef', kind: 'contactsRef' });
  const endpoint = f.lrsEndpoint.trim();
  const key = f.lrsKey.trim();
  if (Boolean(endpoint) !== Boolean(key)) errors.push({ field: 'lrsEndpoint', kind: 'lrsBoth' });
  else if (endpoint && !isLrsUrl(endpoint))
    errors.push({ field: 'lrsEndpoint', kind: 'lrsEndpoint' });
  if (errors.length) return { ok: false, errors };
  const draft: AssignmentDraft = {
    cohort,
    modules: f.modules,
    passMark: Number(mark) / 100,
    language: f.language,
    mode: f.mode,
    // Practice always gives feedback at once (DESIGN §1); the timing applies to assessed attempts.
    feedback: f.mode === 'practice' ? 'immediate' : f.feedback,
    contacts: contacts.map((c) => ({
      name: c.name,
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.url ? { url: c.url } : {}),
    })),
  };
  if (due) draft.due = due;
  if (contactsRef) draft.contactsRef = contactsRef;
  if (endpoint) draft.lrs = { endpoint, key };
  return { ok: true, draft };
}
