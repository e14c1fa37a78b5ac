/**
 * Which attempts an aggregate covers: module, cohort, assignment, role, language, mode and date
 * (issue 12's filters; the cohort view uses assignment and removed trainees). A scan over the
 * columns returning row indices, so changing a filter never rebuilds the columns.
 */
import { ROLES } from '../engine/schema/enums';
import type { Role } from '../engine/schema/scenario';
import type { LanguageTag, Mode } from '../records/attempt-record';
import { LANGUAGE_BITS, MODES, type AttemptColumns } from './attempt-columns';

export type AttemptFilter = {
  modules?: readonly string[];
  cohorts?: readonly string[];
  assignments?: readonly string[];
  roles?: readonly Role[];
  /** Attempts played (at least partly) in any of these languages. */
  languages?: readonly LanguageTag[];
  modes?: readonly Mode[];
  /** Attempts started at or after `from` and before `to` (epoch ms). */
  from?: number;
  to?: number;
  /** Trainees the instructor removed from the cohort. */
  excludeLearners?: readonly string[];
};

/** Indices of `strings` for the given values; absent values match nothing. */
const lookup = (strings: readonly string[], values: readonly string[] | undefined) => {
  if (!values) return undefined;
  const wanted = new Set(values);
  const hit = new Uint8Array(strings.length);
  strings.forEach((s, i) => wanted.has(s) && (hit[i] = 1));
  return hit;
};
const positions = (list: readonly string[], values: readonly string[] | undefined) => {
  if (!values) return undefined;
  const hit = new Uint8Array(list.length);
  for (const v of values) if (list.includes(v)) hit[list.indexOf(v)] = 1;
  return hit;
};

/** Row indices of the attempts the filter keeps, in row order. */
export function selectRows(c: AttemptColumns, f: AttemptFilter = {}): Uint32Array {
  const modules = lookup(c.strings, f.modules);
  const cohorts = lookup(c.strings, f.cohorts);
  const assignments = lookup(c.strings, f.assignments);
  const excluded = lookup(c.strings, f.excludeLearners);
  const roles = positions(ROLES, f.roles);
  const modes = positions(MODES, f.modes);
  const langBits = f.languages?.reduce((b, l) => b | LANGUAGE_BITS[l], 0);
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  const out = new Uint32Array(c.size);
  let k = 0;
  for (let r = 0; r < c.size; r++) {
    if (modules && !modules[c.scenario[r]!]) continue;
    if (cohorts && !cohorts[c.cohort[r]!]) continue;
    if (assignments && !assignments[c.assignment[r]!]) continue;
    if (excluded?.[c.learner[r]!]) continue;
    if (roles && !roles[c.role[r]!]) continue;
    if (modes && !modes[c.mode[r]!]) continue;
    if (langBits !== undefined && !(c.languages[r]! & langBits)) continue;
    const t = c.startedAt[r]!;
    if (t < from || t >= to) continue;
    out[k++] = r;
  }
  return out.slice(0, k);
}
