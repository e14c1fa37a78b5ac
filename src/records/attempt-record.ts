/**
 * The attempt record, schema v2 (DESIGN §5; v2 adds a stable learner id, issue 10). The decision log is the truth; any score carried in
 * a record or a file is informational and never trusted. Validated with zod/mini (a few kB) so the
 * trainee's runtime can check what it reads back from storage or a file.
 */
import * as z from 'zod/mini';
import type { LogEntry } from '../engine/attempt/decision-log';
import { hashText } from '../engine/attempt/structure-hash';
import type { Role } from '../engine/schema/scenario';
import { ROLE_IDS } from './roles';

export const RECORD_VERSION = 2;
/** Oldest record version this build can migrate and load. */
export const MIN_RECORD_VERSION = 1;

export type LanguageTag = 'es-MX' | 'en';
export type Mode = 'practice' | 'assessed';
export type FeedbackTiming = 'immediate' | 'end';

export type AttemptRecord = {
  recordVersion: 2;
  attemptId: string;
  /**
   * `id` is random, created with the profile, so two trainees with one pseudonym (or one trainee's
   * two devices) are told apart. Records migrated from v1 get `v1-<hash of the pseudonym>`.
   */
  learner: { id: string; pseudonym: string; role: Role };
  mode: Mode;
  /** Assessed attempts follow the assignment's feedback timing; practice is always immediate. */
  feedback: FeedbackTiming;
  assignment?: { id: string; cohort?: string };
  languages: LanguageTag[];
  passMark: number;
  scenario: { id: string; version: number; hash: string };
  /** Orders the choices (DESIGN §4): replay and review show the same order. */
  seed: number;
  startedAt: string;
  endedAt?: string;
  log: LogEntry[];
  /** Score as the exporting app saw it; shown for comparison only, never trusted. */
  claimed?: { score: number; passed: boolean };
};

const at = z.number();
const id = z.string().check(z.minLength(1));
const logEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choose'), node: id, choice: id, at }),
  z.object({ kind: z.literal('continue'), node: id, at }),
  z.object({
    kind: z.literal('triage'),
    node: id,
    tags: z.record(z.string(), z.enum(['green', 'yellow', 'red', 'black'])),
    at,
  }),
  z.object({
    kind: z.literal('dispersion'),
    node: id,
    placements: z.record(z.string(), z.string()),
    at,
  }),
  z.object({ kind: z.literal('interview'), node: id, questions: z.array(z.string()), at }),
  z.object({ kind: z.literal('back'), at }),
]);

export const attemptRecordSchema = z.object({
  recordVersion: z.literal(2),
  attemptId: id,
  learner: z.object({ id, pseudonym: id, role: z.enum(ROLE_IDS) }),
  mode: z.enum(['practice', 'assessed']),
  feedback: z.enum(['immediate', 'end']),
  assignment: z.optional(z.object({ id, cohort: z.optional(z.string()) })),
  languages: z.array(z.enum(['es-MX', 'en'])),
  passMark: z.number().check(z.gte(0), z.lte(1)),
  scenario: z.object({ id, version: z.int().check(z.gte(1)), hash: id }),
  seed: z.int(),
  startedAt: id,
  endedAt: z.optional(z.string()),
  log: z.array(logEntry),
  claimed: z.optional(z.object({ score: z.number(), passed: z.boolean() })),
});

export type RecordIssue = { path: string; message: string };
export type RecordResult =
  { ok: true; value: AttemptRecord } | { ok: false; issues: RecordIssue[] };

/** Brings an older record up to the current version, then validates it. */
export function readRecord(raw: unknown): RecordResult {
  if (!raw || typeof raw !== 'object')
    return { ok: false, issues: [{ path: '(record)', message: 'is not an object' }] };
  const version = (raw as { recordVersion?: unknown }).recordVersion;
  if (typeof version !== 'number')
    return { ok: false, issues: [{ path: 'recordVersion', message: 'is missing' }] };
  if (version > RECORD_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: 'recordVersion',
          message: `is ${version}, made by a newer version of Acompaña (this one reads up to ${RECORD_VERSION})`,
        },
      ],
    };
  if (version < MIN_RECORD_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: 'recordVersion',
          message: `is ${version}, older than this version can read (${MIN_RECORD_VERSION})`,
        },
      ],
    };
  const parsed = attemptRecordSchema.safeParse(upgradeRecord(raw, version));
  if (
    parsed.success &&
    parsed.data.mode === 'assessed' &&
    parsed.data.log.some((e) => e.kind === 'back')
  )
    return {
      ok: false,
      issues: [{ path: 'log', message: 'has a step back, which assessed attempts do not allow' }],
    };
  if (parsed.success) return { ok: true, value: parsed.data as AttemptRecord };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(record)',
      message: describeIssue(i),
    })),
  };
}

function describeIssue(i: z.core.$ZodIssue): string {
  if (i.code === 'invalid_type') return `should be ${i.expected}`;
  if (i.code === 'invalid_value')
    return `should be one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (i.code === 'too_small' || i.code === 'too_big') return 'is out of range';
  if (i.code === 'invalid_union') return 'is not a known kind of entry';
  return 'is not valid';
}

/** The learner id a v1 record gets: stable for one pseudonym, so a trainee's old attempts stay together. */
export const legacyLearnerId = (pseudonym: string) => `v1-${hashText(pseudonym)}`;

/**
 * Migrations, one step per version (v1 → v2 → …), before validation. Exported for the import
 * pipeline, which checks the version itself to give each refusal its own reason code.
 */
export function upgradeRecord(raw: object, version: number): unknown {
  return version === 1 ? migrateV1(raw) : raw;
}

/** v1 → v2: the learner gains an id. Anything else is left for validation to judge. */
function migrateV1(raw: object): unknown {
  const learner = (raw as { learner?: unknown }).learner;
  if (!learner || typeof learner !== 'object') return { ...raw, recordVersion: 2 };
  const pseudonym = (learner as { pseudonym?: unknown }).pseudonym;
  return {
    ...raw,
    recordVersion: 2,
    learner: {
      ...learner,
      id: typeof pseudonym === 'string' ? legacyLearnerId(pseudonym) : undefined,
    },
  };
}
