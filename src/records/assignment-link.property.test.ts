import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Assignment } from './assignment';
import { decodeAssignment, encodeAssignment } from './assignment-link';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MODULES = ['sample-first-hour', 'triage-safehouse', 'hospital-dispersion', 'new-module-7'];

const assignmentArb: fc.Arbitrary<Assignment> = fc.record({
  id: fc.stringMatching(/^[0-9a-z]{10}$/),
  revision: fc.integer({ min: 1, max: 500 }),
  cohort: fc.string({ maxLength: 40 }),
  modules: fc.uniqueArray(fc.constantFrom(...MODULES), { minLength: 1 }),
  passMark: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  language: fc.constantFrom('es' as const, 'en' as const, 'choice' as const),
  mode: fc.constantFrom('practice' as const, 'assessed' as const),
  feedback: fc.constantFrom('immediate' as const, 'end' as const),
  contacts: fc.array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }),
      phone: fc.string({ minLength: 1, maxLength: 14 }),
    }),
    { maxLength: 2 },
  ),
});

describe('assignment links, for any assignment', () => {
  it('decode(encode(a)) is a, when it fits', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const r = encodeAssignment(a);
        if (!r.ok) return;
        const back = decodeAssignment(r.payload);
        expect(back.ok).toBe(true);
        if (back.ok && !r.contactsReferenced) expect(back.value).toEqual(a);
      }),
    );
  });

  it('any one changed character, or any cut, is refused (CRC-32 catches every 6-bit error)', () => {
    fc.assert(
      fc.property(assignmentArb, fc.nat(), fc.nat(), fc.nat(), (a, at, by, cut) => {
        const r = encodeAssignment(a);
        if (!r.ok) return;
        const p = r.payload;
        const i = at % p.length;
        const ch = B64[(B64.indexOf(p[i]!) + 1 + (by % 63)) % 64]!;
        expect(decodeAssignment(p.slice(0, i) + ch + p.slice(i + 1)).ok).toBe(false);
        expect(decodeAssignment(p.slice(0, cut % p.length)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('every other character in the last position is refused, unused bits included', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const r = encodeAssignment(a);
        if (!r.ok) return;
        const head = r.payload.slice(0, -1);
        for (const ch of B64)
          if (ch !== r.payload.at(-1)) expect(decodeAssignment(head + ch).ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
