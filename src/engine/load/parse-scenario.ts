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
          path: formatPath(hazard.path.slice(0, 8)) + (hazard.path.length > 8 ? '…' : ''),
          message:
            hazard.problem === 'too-deep'
              ? `nests more than ${MAX_NESTING} levels deep: a condition (all, any, not) this deep cannot be checked, so flatten it`
              : 'is named "__proto__", a name JavaScript objects already have: choose another',
        },
      ],
    };
  const parsed = scenarioSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: zodIssues(file, parsed.error) };
}

export function zodIssues(file: string, error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((i) => ({
    severity: 'error',
    file,
    path: formatPath(i.path),
    message: describe(i),
  }));
}

function describe(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys')
    return `has unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  if (i.code === 'invalid_union' && 'discriminator' in i) return `${i.message}`;
  if (i.code === 'invalid_key') return i.issues.map((x) => x.message).join('; ');
  return i.message.replace(/^Invalid input: /, '');
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
