import type { z } from 'zod';
import { scenarioSchema, type Scenario } from '../schema/scenario.ts';
import { formatPath, type Result, type ScenarioIssue } from './scenario-issue.ts';

/** Parses scenario.json text (or an already-parsed value) into a typed scenario, or says what is wrong. */
export function parseScenario(
  file: string,
  input: string | unknown,
): Result<Scenario, ScenarioIssue> {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (e) {
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            file,
            path: '(root)',
            message: `is not valid JSON: ${(e as Error).message}`,
          },
        ],
      };
    }
  }
  const hazard = rawHazard(raw);
  if (hazard)
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          file,
          path: readablePath(raw, hazard.path.slice(0, 8)) + (hazard.path.length > 8 ? '…' : ''),
          message:
            hazard.problem === 'too-deep'
              ? `nests more than ${MAX_NESTING} levels deep: a condition (all, any, not) this deep cannot be checked, so flatten it`
              : 'is named "__proto__", a name JavaScript objects already have: choose another',
        },
      ],
    };
  const parsed = scenarioSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: zodIssues(file, parsed.error, raw) };
}

export function zodIssues(file: string, error: z.ZodError, raw?: unknown): ScenarioIssue[] {
  return error.issues.map((i) => ({
    severity: 'error',
    file,
    path: readablePath(raw, i.path),
    message: describe(i, valueAt(raw, i.path)),
  }));
}

/**
 * A JSON path an author can find: a choice is named by its id (`choices.calm-intro`, like its
 * locale keys), other list items by index.
 */
export function readablePath(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: PropertyKey[] = [];
  let cur: unknown = raw;
  for (const p of path) {
    const next = isRecord(cur) ? (cur as Record<PropertyKey, unknown>)[p] : undefined;
    const id = isRecord(next) ? next.id : undefined;
    parts.push(
      typeof p === 'number' && parts[parts.length - 1] === 'choices' && typeof id === 'string'
        ? id
        : p,
    );
    cur = next;
  }
  return formatPath(parts);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const valueAt = (raw: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (isRecord(v) ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    raw,
  );
const kindOf = (v: unknown) =>
  v === undefined
    ? 'nothing'
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'an object'
          : typeof v === 'string'
            ? `the text ${JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v)}`
            : `${typeof v} ${String(v)}`;
const WHAT: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
};
const items = (n: number | bigint) => `${n} ${Number(n) === 1 ? 'item' : 'items'}`;

/** Zod's issue as a sentence about the field (never zod's own wording, issue 15). */
function describe(i: z.core.$ZodIssue, value: unknown): string {
  const field = String(i.path[i.path.length - 1] ?? '');
  if (field === 'guidelines' && (value === undefined || (Array.isArray(value) && !value.length)))
    return `${value === undefined ? 'is missing' : 'is empty'}: every choice must cite at least one guideline from the catalogue (scenarios/guidelines/guidelines.json), and at least one of them verified [V] or partly verified [P]`;
  switch (i.code) {
    case 'unrecognized_keys':
      return `has unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_key':
      return i.issues.map((x) => x.message).join('; ');
    case 'invalid_type':
      return value === undefined
        ? `is missing: it must be ${WHAT[i.expected] ?? i.expected}`
        : `must be ${WHAT[i.expected] ?? i.expected}, not ${kindOf(value)}`;
    case 'too_small':
      return i.origin === 'array'
        ? `must list at least ${items(i.minimum)}`
        : i.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${i.minimum}`;
    case 'too_big':
      return i.origin === 'array'
        ? `may list at most ${items(i.maximum)}`
        : `must be at most ${i.maximum}`;
    case 'invalid_value':
      return `is ${kindOf(value)}, but must be one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if (field === 'when' || i.path.includes('when'))
        return 'is not a condition: use {"var": …} or {"metric": …} with eq, ne, gt, gte, lt or lte, or {"visited": node}, {"all": […]}, {"any": […]}, {"not": …}';
      if ('discriminator' in i && i.discriminator === 'kind')
        return `is ${kindOf(value)}, but a node's kind must be one of "narrative", "decision", "triage", "dispersion", "interview", "ending"`;
      if (field === 'effects' || i.path.includes('effects'))
        return 'is not an effect: use {"add": variable, "by": number}, {"add": variable, "byMetric": metric} or {"set": variable, "to": number}';
      return 'does not match any of the forms this field allows';
    default:
      return i.message.replace(/^Invalid input: /, '');
  }
}

/** Deeper than any real scenario (about 10 levels) and far below where zod's recursion overflows. */
export const MAX_NESTING = 64;

export type RawHazard = { path: PropertyKey[]; problem: 'too-deep' | 'proto-key' };

/**
 * The first thing in raw JSON the schema cannot be trusted with, found without recursion: a value
 * nested deeper than MAX_NESTING (zod would overflow, review L8) or a "__proto__" key (which zod
 * drops without a word).
 */
export function rawHazard(value: unknown, max = MAX_NESTING): RawHazard | undefined {
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= max) return { path, problem: 'too-deep' };
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    else
      for (const [k, x] of Object.entries(v)) {
        if (k === '__proto__') return { path: [...path, k], problem: 'proto-key' };
        stack.push({ v: x, path: [...path, k] });
      }
  }
  return undefined;
}
