/**
 * Scenario history (issue 3, DESIGN §5): a scoring-relevant change must bump `version` and keep
 * the superseded file in `scenarios/<id>/history/<version>.json`, so older attempts still re-score.
 * `scenarios/versions.lock.json` records each module's version and structure hash; the checker
 * compares against it, and `--update-lock` records the current state once the rules are met.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { structureHash } from '../../src/engine/attempt/structure-hash.ts';
import { parseScenario } from '../../src/engine/load/parse-scenario.ts';
import type { ScenarioIssue } from '../../src/engine/load/scenario-issue.ts';
import type { Scenario } from '../../src/engine/schema/scenario.ts';
import { lookupText, requiredTextKeys } from '../../src/engine/text/text-keys.ts';
import { SCENARIOS_DIR } from './load-scenarios.ts';

export const LOCK_FILE = join(SCENARIOS_DIR, 'versions.lock.json');
type Lock = Record<string, { version: number; hash: string }>;

export const readLock = (): Lock =>
  existsSync(LOCK_FILE) ? (JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as Lock) : {};

/** Records these scenarios' versions and hashes; entries of modules not checked stay as they were. */
export function writeLock(scenarios: Scenario[]): void {
  const lock: Lock = { ...readLock() };
  for (const s of scenarios) lock[s.id] = { version: s.version, hash: structureHash(s) };
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(LOCK_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * @param locales the module's current text: old attempts resume against history files with it,
 *   so every key a history version needs must still exist.
 */
export function checkVersions(
  s: Scenario,
  lock: Lock,
  locales: Record<'es' | 'en', unknown> = { es: {}, en: {} },
): ScenarioIssue[] {
  const file = `scenarios/${s.id}/scenario.json`;
  const issues: ScenarioIssue[] = [];
  const recorded = lock[s.id];
  const hash = structureHash(s);
  if (!recorded) {
    issues.push({
      severity: 'warning',
      file,
      path: 'version',
      message:
        'is not in scenarios/versions.lock.json yet: run `npm run scenarios:check -- --update-lock`',
    });
  } else if (s.version === recorded.version && hash !== recorded.hash) {
    issues.push({
      severity: 'error',
      file,
      path: 'version',
      message: `is still ${s.version} but the structure changed: copy the previous scenario.json to history/${s.version}.json, bump "version", then run \`npm run scenarios:check -- --update-lock\``,
    });
  } else if (s.version < recorded.version) {
    issues.push({
      severity: 'error',
      file,
      path: 'version',
      message: `went down from ${recorded.version} to ${s.version}`,
    });
  } else if (s.version > recorded.version) {
    const prev = join(SCENARIOS_DIR, s.id, 'history', `${recorded.version}.json`);
    const prevParsed = existsSync(prev)
      ? parseScenario(prev, readFileSync(prev, 'utf8'))
      : undefined;
    if (prevParsed?.ok && structureHash(prevParsed.value) !== recorded.hash)
      issues.push({
        severity: 'error',
        file: `scenarios/${s.id}/history/${recorded.version}.json`,
        path: '(root)',
        message: `is not the structure recorded for version ${recorded.version}: copy the file as it was before the change`,
      });
    if (!existsSync(prev))
      issues.push({
        severity: 'error',
        file,
        path: 'version',
        message: `was bumped from ${recorded.version}: keep the old file as history/${recorded.version}.json so older attempts still re-score`,
      });
  }
  const historyDir = join(SCENARIOS_DIR, s.id, 'history');
  if (existsSync(historyDir))
    for (const name of readdirSync(historyDir).filter((n) => n.endsWith('.json'))) {
      const hfile = `scenarios/${s.id}/history/${name}`;
      const parsed = parseScenario(hfile, readFileSync(join(historyDir, name), 'utf8'));
      if (!parsed.ok) {
        issues.push(...parsed.issues);
        continue;
      }
      if (`${parsed.value.version}.json` !== name)
        issues.push({
          severity: 'error',
          file: hfile,
          path: 'version',
          message: `is ${parsed.value.version}, but the file is named ${name}`,
        });
      for (const lang of ['es', 'en'] as const) {
        const missing = requiredTextKeys(parsed.value).filter(
          (k) => lookupText(locales[lang], k) === undefined,
        );
        if (missing.length)
          issues.push({
            severity: 'error',
            file: `scenarios/${s.id}/locales/${lang}.json`,
            path: missing[0]!,
            message: `is needed by history/${name} (and ${missing.length - 1} more keys): attempts on that version would show blank text`,
          });
      }
    }
  return issues;
}
