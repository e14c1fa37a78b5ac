/**
 * Scenario history (issue 3, DESIGN §5 and §8.4): a scoring-relevant change to a *released*
 * module must bump `version` and keep the superseded file in `scenarios/<id>/history/<version>.json`,
 * so older attempts still re-score. A module is released once its entry in
 * `scenarios/versions.lock.json` is on main; before that it is a draft and changes freely.
 * The checker compares each module with main's lock (the released state) and with the working
 * lock (which `--update-lock` keeps up to date, and which carries the release when it lands).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { structureHash } from '../../src/engine/attempt/structure-hash.ts';
import { parseScenario } from '../../src/engine/load/parse-scenario.ts';
import type { ScenarioIssue } from '../../src/engine/load/scenario-issue.ts';
import type { Scenario } from '../../src/engine/schema/scenario.ts';
import { lookupText, requiredTextKeys } from '../../src/engine/text/text-keys.ts';
import { ROOT, SCENARIOS_DIR } from './load-scenarios.ts';

export const LOCK_FILE = join(SCENARIOS_DIR, 'versions.lock.json');
type Lock = Record<string, { version: number; hash: string }>;

export const readLock = (): Lock =>
  existsSync(LOCK_FILE) ? (JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as Lock) : {};

/** The branch whose lock says what is released; `SCENARIOS_RELEASE_BRANCH` overrides it. */
export const RELEASE_BRANCH = process.env.SCENARIOS_RELEASE_BRANCH ?? 'main';

/**
 * The lock as it is on the release branch: what trainees can have played. Outside a git checkout
 * (or without that branch) the working lock stands in, as before.
 */
export function releasedLock(): Lock {
  try {
    const text = execFileSync('git', ['show', `${RELEASE_BRANCH}:scenarios/versions.lock.json`], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(text) as Lock;
  } catch {
    return readLock();
  }
}

/** Records these scenarios' versions and hashes; entries of modules not checked stay as they were. */
export function writeLock(scenarios: Scenario[]): void {
  const lock: Lock = { ...readLock() };
  for (const s of scenarios) lock[s.id] = { version: s.version, hash: structureHash(s) };
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(LOCK_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * @param lock the working lock; `--update-lock` rewrites it, so its issues never block that.
 * @param released the lock on the release branch: a module not in it is a draft.
 * @param locales the module's current text: old attempts resume against history files with it,
 *   so every key a history version needs must still exist.
 */
export function checkVersions(
  s: Scenario,
  lock: Lock,
  locales: Record<'es' | 'en', unknown> = { es: {}, en: {} },
  released: Lock = lock,
): ScenarioIssue[] {
  const file = `scenarios/${s.id}/scenario.json`;
  const issues: ScenarioIssue[] = [];
  const hash = structureHash(s);
  const recorded = lock[s.id];
  const out = released[s.id];
  const update = 'run `npm run scenarios:check -- ' + s.id + ' --update-lock`';
  if (!recorded)
    issues.push({
      severity: 'warning',
      file,
      path: 'version',
      message: `is an unreleased draft (not in scenarios/versions.lock.json): change it freely. To release it, ${update}; it is released once that entry is on ${RELEASE_BRANCH}`,
    });
  else if (recorded.version !== s.version || recorded.hash !== hash)
    issues.push({
      severity: 'error',
      file: 'scenarios/versions.lock.json',
      path: s.id,
      message: `records version ${recorded.version} (${recorded.hash}), but the module is now version ${s.version} (${hash}): ${update}`,
    });
  if (!out) {
    // A draft: nothing has been played on it, so no bump and no history copy are needed.
  } else if (s.version === out.version && hash !== out.hash) {
    issues.push({
      severity: 'error',
      file,
      path: 'version',
      message: `is still ${s.version}, the version released on ${RELEASE_BRANCH}, but the structure changed: keep the released file with \`git show ${RELEASE_BRANCH}:${file} > scenarios/${s.id}/history/${s.version}.json\`, set "version" to ${s.version + 1}, then ${update}`,
    });
  } else if (s.version < out.version) {
    issues.push({
      severity: 'error',
      file,
      path: 'version',
      message: `went down from ${out.version} (released on ${RELEASE_BRANCH}) to ${s.version}`,
    });
  } else if (s.version > out.version) {
    const prev = join(SCENARIOS_DIR, s.id, 'history', `${out.version}.json`);
    const prevParsed = existsSync(prev)
      ? parseScenario(prev, readFileSync(prev, 'utf8'))
      : undefined;
    if (prevParsed?.ok && structureHash(prevParsed.value) !== out.hash)
      issues.push({
        severity: 'error',
        file: `scenarios/${s.id}/history/${out.version}.json`,
        path: '(root)',
        message: `is not the structure released as version ${out.version}: copy it with \`git show ${RELEASE_BRANCH}:${file} > scenarios/${s.id}/history/${out.version}.json\``,
      });
    if (!existsSync(prev))
      issues.push({
        severity: 'error',
        file,
        path: 'version',
        message: `was bumped from ${out.version}: keep the released file as history/${out.version}.json (\`git show ${RELEASE_BRANCH}:${file} > scenarios/${s.id}/history/${out.version}.json\`) so older attempts still re-score`,
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
