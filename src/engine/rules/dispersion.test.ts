import { describe, expect, it } from 'vitest';
import type { DispersionNode, Hospital, Survivor } from '../schema/scenario';
import { bestPlacement, scoreDispersion } from './dispersion';

const node: DispersionNode = {
  kind: 'dispersion',
  survivors: ['red', 'child', 'mum', 'witness', 'suspect'],
  hospitals: ['trauma', 'kids', 'clinic'],
  guidelines: {
    default: ['HOSP-DISTRIB'],
    separation: ['TIP-SEPARATE'],
    'family-split': ['HOSP-FAMILY-TOGETHER'],
  },
  outcomes: [{ next: 'x' }],
};
const survivors: Record<string, Survivor> = {
  red: { triage: 'red', needs: ['trauma'] },
  child: { triage: 'yellow', needs: ['pediatrics'], caregiver: 'mum' },
  mum: { triage: 'yellow', needs: ['general'] },
  witness: {
    triage: 'green',
    needs: ['general'],
    flags: ['can-identify-perpetrators'],
    separateFrom: ['suspect'],
  },
  suspect: { triage: 'green', needs: ['general'], flags: ['suspected-perpetrator'] },
};
const hospitals: Record<string, Hospital> = {
  trauma: { capacity: 2, capabilities: ['general', 'trauma'], security: 'high' },
  kids: { capacity: 3, capabilities: ['general', 'pediatrics'], security: 'standard' },
  clinic: { capacity: 2, capabilities: ['general'], security: 'low' },
};
const good = { red: 'trauma', child: 'kids', mum: 'kids', witness: 'kids', suspect: 'clinic' };
const judge = (p: Record<string, string>, s = survivors) => {
  const r = scoreDispersion('d', node, s, hospitals, p);
  return { ...r, by: Object.fromEntries(r.items.map((i) => [i.id.split('/')[1], i])) };
};

describe('dispersion rules', () => {
  it('a placement that breaks no rule scores every survivor best', () => {
    const r = judge(good);
    expect(r.items.every((i) => i.quality === 'best')).toBe(true);
    expect(r.metrics.placedBest).toBe(5);
  });
  it('a witness placed with the person they can identify is critical, on both sides', () => {
    const r = judge({ ...good, suspect: 'kids' });
    expect(r.by.witness).toMatchObject({
      quality: 'harmful',
      critical: true,
      guidelines: ['TIP-SEPARATE'],
    });
    expect(r.by.suspect?.critical).toBe(true);
    expect(r.metrics.separationBreaches).toBe(2);
  });
  it('a child placed with a caregiver flagged as a risk is critical; apart from a safe caregiver is poor', () => {
    const risky = { ...survivors, mum: { ...survivors.mum!, flags: ['caregiver-risk' as const] } };
    expect(judge(good, risky).by.child).toMatchObject({
      quality: 'harmful',
      critical: true,
      reason: 'caregiver-risk',
    });
    expect(judge({ ...good, mum: 'clinic' }).by.child).toMatchObject({
      quality: 'poor',
      critical: false,
      reason: 'family-split',
    });
  });
  it('a red survivor without the capability they need is critical; a yellow one is poor', () => {
    expect(judge({ ...good, red: 'clinic' }).by.red).toMatchObject({
      quality: 'harmful',
      critical: true,
      reason: 'capability',
    });
    expect(judge({ ...good, child: 'clinic', mum: 'clinic' }).by.child).toMatchObject({
      quality: 'poor',
      reason: 'capability',
    });
  });
  it('survivors beyond capacity, in board order, are poor', () => {
    const small = { ...hospitals, trauma: { ...hospitals.trauma!, capacity: 1 } };
    const r = { ...scoreDispersion('d', node, survivors, small, { ...good, witness: 'trauma' }) };
    const witness = r.items.find((i) => i.id === 'd/witness');
    expect(witness).toMatchObject({ quality: 'poor' });
    expect(witness?.reason).toContain('capacity');
    expect(r.items.find((i) => i.id === 'd/red')?.quality).toBe('best');
    expect(r.metrics.capacityOverflows).toBe(1);
  });
  it('a witness at a low-security hospital is poor; a green survivor in a trauma centre is acceptable', () => {
    expect(judge({ ...good, witness: 'clinic', suspect: 'kids' }).by.witness).toMatchObject({
      quality: 'poor',
      reason: 'security',
    });
    expect(judge({ ...good, witness: 'trauma' }).by.witness).toMatchObject({
      quality: 'acceptable',
      reason: 'load',
    });
  });
  it('bestPlacement finds a rule-abiding placement, or says there is none', () => {
    const found = bestPlacement(node, survivors, hospitals)!;
    expect(judge(found).items.every((i) => i.quality === 'best')).toBe(true);
    expect(
      bestPlacement(node, survivors, { ...hospitals, kids: { ...hospitals.kids!, capacity: 0 } }),
    ).toBeUndefined();
  });
});
