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
  return i.message.replace(/^Invalid input: /, '');
}
