/** A problem found in a scenario: which file, where inside it, and what is wrong, in a sentence. */
export type ScenarioIssue = {
  severity: 'error' | 'warning';
  file: string;
  /** JSON path inside the file, e.g. `nodes.arrival.choices.calm-intro.guidelines[0]`: choices by id, other lists by index. */
  path: string;
  message: string;
};

export type Result<T, E> = { ok: true; value: T } | { ok: false; issues: E[] };

export function formatPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

export const formatIssue = (i: ScenarioIssue): string =>
  `${i.severity === 'error' ? 'error' : 'warning'}: ${i.file} at ${i.path}: ${i.message}`;
