import type { Scenario } from '../schema/scenario.ts';

/** JSON with keys sorted at every level, so formatting and key order do not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Hash of scenario.json's structure (DESIGN §5): text lives in locale files, so fixing a typo
 * changes nothing here. Two independent 32-bit FNV-1a lanes give a 64-bit hex id; it detects
 * change, it is not a security hash.
 */
export function structureHash(s: Scenario): string {
  let h = hashes.get(s);
  if (h === undefined) hashes.set(s, (h = hashText(canonicalJson(s))));
  return h;
}
/**
 * Scenarios are immutable once loaded, so each one's hash is computed once: re-scoring a cohort
 * checks it for every attempt, and hashing the largest module takes milliseconds (issue 10 bench).
 */
const hashes = new WeakMap<Scenario, string>();

/** 64-bit hex FNV-1a (two lanes) of a string: a stable id for a text, not a security hash. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
