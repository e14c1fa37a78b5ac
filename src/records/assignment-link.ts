/**
 * Assignment links (DESIGN §8.11, docs/assignments.md): the assignment travels in the URL after
 * `#/a/`, so opening it needs no account and no server. Payload, format 1:
 *
 *   base64url( [format = 1] [n = body length] [body: n bytes] [CRC-32 of the bytes before, 4 bytes] )
 *   body = raw deflate (preset dictionary, link-dictionary.ts) of compact JSON (short keys)
 *
 * The length byte tells a truncated link from a damaged one; the CRC catches changed characters.
 * Neither authenticates: anyone can edit the JSON and recompute the CRC. Only a server could sign.
 */
import { deflateSync, inflateSync } from 'fflate';
import * as z from 'zod/mini';
import type { Assignment, AssignmentLanguage } from './assignment';
import { MAX_COHORT_LENGTH } from './assignment';
import { crc32 } from './crc32';
import { LINK_DICTIONARY_V1 } from './link-dictionary';

export const LINK_FORMAT = 1;
/** Most characters after `#/a/` (DESIGN §8.11). */
export const MAX_PAYLOAD_LENGTH = 300;
/** The route prefix of a trainee link, after the app's address. */
export const LINK_ROUTE = '#/a/';

/** Why a link was refused; the UI says each in the user's language. */
export type LinkIssue =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'bad-character'; character: string; position: number }
  | { kind: 'newer-format'; format: number }
  | { kind: 'not-a-link' }
  | { kind: 'truncated'; have: number; need: number }
  | { kind: 'extra-characters'; have: number; need: number }
  | { kind: 'damaged' }
  | { kind: 'unreadable' }
  | { kind: 'invalid-field'; field: AssignmentField; problem: FieldProblem };

export type AssignmentField =
  | 'id'
  | 'revision'
  | 'cohort'
  | 'modules'
  | 'due'
  | 'passMark'
  | 'language'
  | 'mode'
  | 'feedback'
  | 'contacts'
  | 'contactsRef'
  | 'lrs'
  | 'assignment';
export type FieldProblem = 'missing' | 'wrong-type' | 'out-of-range' | 'not-allowed';

export type DecodeResult = { ok: true; value: Assignment } | { ok: false; issue: LinkIssue };
export type EncodeResult =
  | { ok: true; payload: string; contactsReferenced: boolean }
  | { ok: false; issue: { kind: 'too-long'; length: number; max: number } };

const FIELD_OF_KEY: Record<string, AssignmentField> = {
  i: 'id',
  r: 'revision',
  c: 'cohort',
  m: 'modules',
  d: 'due',
  p: 'passMark',
  l: 'language',
  o: 'mode',
  f: 'feedback',
  s: 'contacts',
  sr: 'contactsRef',
  x: 'lrs',
};

const text = (max: number) => z.string().check(z.maxLength(max));
const compactSchema = z.object({
  i: z.string().check(z.regex(/^[0-9a-z]{6,24}$/)),
  r: z.int().check(z.gte(1)),
  c: text(MAX_COHORT_LENGTH),
  m: z
    .array(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)))
    .check(z.minLength(1), z.maxLength(30)),
  d: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))),
  p: z.int().check(z.gte(0), z.lte(100)),
  l: z.enum(['es', 'en', '*']),
  o: z.enum(['p', 'a']),
  f: z.enum(['i', 'e']),
  s: z.optional(z.array(z.array(text(120)).check(z.minLength(1), z.maxLength(3)))),
  sr: z.optional(text(200)),
  x: z.optional(z.array(text(300)).check(z.length(2))),
});
type Compact = z.infer<typeof compactSchema>;

const LANG_CODE: Record<AssignmentLanguage, Compact['l']> = { es: 'es', en: 'en', choice: '*' };

function toCompact(a: Assignment, embedContacts: boolean): Compact {
  const c: Compact = {
    i: a.id,
    r: a.revision,
    c: a.cohort,
    m: a.modules,
    p: Math.round(a.passMark * 100),
    l: LANG_CODE[a.language],
    o: a.mode === 'assessed' ? 'a' : 'p',
    f: a.feedback === 'end' ? 'e' : 'i',
  };
  if (a.due) c.d = a.due;
  if (embedContacts && a.contacts.length)
    c.s = a.contacts.map((k) =>
      k.url ? [k.name, k.phone ?? '', k.url] : k.phone ? [k.name, k.phone] : [k.name],
    );
  if (!embedContacts) c.sr = a.contactsRef ?? '';
  else if (a.contactsRef !== undefined) c.sr = a.contactsRef;
  if (a.lrs) c.x = [a.lrs.endpoint, a.lrs.key];
  return c;
}

function fromCompact(c: Compact): Assignment {
  const a: Assignment = {
    id: c.i,
    revision: c.r,
    cohort: c.c,
    modules: c.m,
    passMark: c.p / 100,
    language: c.l === '*' ? 'choice' : c.l,
    mode: c.o === 'a' ? 'assessed' : 'practice',
    feedback: c.f === 'e' ? 'end' : 'immediate',
    contacts: (c.s ?? []).map(([name, phone, url]) => ({
      name: name!,
      ...(phone ? { phone } : {}),
      ...(url ? { url } : {}),
    })),
  };
  if (c.d) a.due = c.d;
  if (c.sr !== undefined) a.contactsRef = c.sr;
  if (c.x) a.lrs = { endpoint: c.x[0]!, key: c.x[1]! };
  return a;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    // n bytes make n + 1 characters (no padding).
    const chars = Math.min(3, bytes.length - i) + 1;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(s: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((s.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of s) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Characters a link of `n` payload bytes has in base64url (no padding). */
const charsFor = (n: number) => Math.ceil((n * 8) / 6);

function pack(c: Compact): string {
  const json = new TextEncoder().encode(JSON.stringify(c));
  const body = deflateSync(json, { level: 9, dictionary: LINK_DICTIONARY_V1 });
  if (body.length > 255) return 'x'.repeat(charsFor(body.length + 6));
  const bytes = new Uint8Array(body.length + 6);
  bytes[0] = LINK_FORMAT;
  bytes[1] = body.length;
  bytes.set(body, 2);
  new DataView(bytes.buffer).setUint32(body.length + 2, crc32(bytes.subarray(0, body.length + 2)));
  return toBase64Url(bytes);
}

/**
 * Encodes an assignment for a link. When it does not fit, support contacts are referenced
 * (`contactsRef`) instead of embedded; if it still does not fit, says how long it is.
 * `fits` lets the builder add its own limit (the QR version); the 300 characters always apply.
 */
export function encodeAssignment(
  a: Assignment,
  fits: (payload: string) => boolean = () => true,
): EncodeResult {
  const ok = (p: string) => p.length <= MAX_PAYLOAD_LENGTH && fits(p);
  const full = pack(toCompact(a, true));
  if (ok(full)) return { ok: true, payload: full, contactsReferenced: false };
  if (a.contacts.length) {
    const referenced = pack(toCompact(a, false));
    if (ok(referenced)) return { ok: true, payload: referenced, contactsReferenced: true };
    return {
      ok: false,
      issue: { kind: 'too-long', length: referenced.length, max: MAX_PAYLOAD_LENGTH },
    };
  }
  return { ok: false, issue: { kind: 'too-long', length: full.length, max: MAX_PAYLOAD_LENGTH } };
}

/** Reads a link's payload (the part after `#/a/`), refusing anything damaged, cut short or invalid. */
export function decodeAssignment(payload: string): DecodeResult {
  const fail = (issue: LinkIssue): DecodeResult => ({ ok: false, issue });
  // Messaging apps and e-mail often glue the sentence's punctuation to a link's end; none of
  // these characters can be in a payload, so dropping them at the end loses nothing.
  const s = payload.trim().replace(/[.,;:!?)\]}>'"»”’]+$/u, '');
  if (!s) return fail({ kind: 'empty' });
  if (s.length > MAX_PAYLOAD_LENGTH)
    return fail({ kind: 'too-long', length: s.length, max: MAX_PAYLOAD_LENGTH });
  const bad = [...s].findIndex((ch) => !B64.includes(ch));
  if (bad >= 0) return fail({ kind: 'bad-character', character: [...s][bad]!, position: bad + 1 });
  const bytes = fromBase64Url(s);
  if (bytes.length < 1) return fail({ kind: 'truncated', have: s.length, need: charsFor(7) });
  if (bytes[0]! > LINK_FORMAT) return fail({ kind: 'newer-format', format: bytes[0]! });
  if (bytes[0] !== LINK_FORMAT) return fail({ kind: 'not-a-link' });
  if (bytes.length < 2) return fail({ kind: 'truncated', have: s.length, need: charsFor(7) });
  const need = 2 + bytes[1]! + 4;
  if (bytes.length < need) return fail({ kind: 'truncated', have: s.length, need: charsFor(need) });
  if (s.length > charsFor(need))
    return fail({ kind: 'extra-characters', have: s.length, need: charsFor(need) });
  const sum = new DataView(bytes.buffer, bytes.byteOffset).getUint32(need - 4);
  if (sum !== crc32(bytes.subarray(0, need - 4))) return fail({ kind: 'damaged' });
  // The last character may carry unused bits; a change there alone is damage too.
  if (toBase64Url(bytes.subarray(0, need)) !== s) return fail({ kind: 'damaged' });
  let raw: unknown;
  try {
    const json = inflateSync(bytes.subarray(2, need - 4), { dictionary: LINK_DICTIONARY_V1 });
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail({ kind: 'unreadable' });
  }
  const parsed = compactSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const key = first.path[0];
    const present =
      typeof key === 'string' && raw !== null && typeof raw === 'object' && key in raw;
    return fail({
      kind: 'invalid-field',
      field: (typeof key === 'string' && FIELD_OF_KEY[key]) || 'assignment',
      problem: typeof key === 'string' && !present ? 'missing' : problemOf(first),
    });
  }
  return { ok: true, value: fromCompact(parsed.data) };
}

function problemOf(i: z.core.$ZodIssue): FieldProblem {
  if (i.code === 'invalid_type') return 'wrong-type';
  if (i.code === 'too_small' || i.code === 'too_big') return 'out-of-range';
  return 'not-allowed';
}

/** The payload of a full link or a bare payload; undefined when the text is not a link to an assignment. */
export function payloadOf(link: string): string | undefined {
  const at = link.indexOf(LINK_ROUTE);
  return at >= 0 ? link.slice(at + LINK_ROUTE.length) : undefined;
}

/** The link a trainee opens: this app's address (without its hash) and the payload. */
export const assignmentLink = (appAddress: string, payload: string) =>
  `${appAddress.split('#')[0]}${LINK_ROUTE}${payload}`;
