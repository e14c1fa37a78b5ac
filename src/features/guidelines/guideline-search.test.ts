import { describe, expect, it } from 'vitest';
import type { Guideline } from '../../engine/schema/guideline';
import { citedByModule, filterGuidelines, foldText, indexGuidelines } from './guideline-search';

const g = (id: string, over: Partial<Guideline> = {}): Guideline => ({
  id,
  steps: ['I'],
  family: 'Interviewing',
  dimension: 'non-revictimization',
  status: 'V',
  sources: ['SRC-A'],
  statement: { es: `Enunciado ${id}`, en: `Statement ${id}` },
  ...over,
});

const index = indexGuidelines([
  {
    guideline: g('TIP-NODOUBLE', {
      statement: {
        es: 'Evita la revictimización: no pidas el relato dos veces.',
        en: 'Avoid asking for the account twice.',
      },
    }),
    sources: [{ id: 'SRC-A', title: 'Ley General de Víctimas, art. 5' }],
    citedBy: ['interviewing'],
  },
  {
    guideline: g('SV-PEP72', { steps: ['T', 'A'], dimension: 'safety', status: 'P' }),
    sources: [{ id: 'SRC-B', title: 'NOM-046-SSA2-2005' }],
    citedBy: [],
  },
  {
    guideline: g('DATA-NOPHONES', { steps: ['ALL'], dimension: 'confidentiality', status: 'U' }),
    sources: [],
    citedBy: [],
  },
]);
const ids = (f: Parameters<typeof filterGuidelines>[1]) =>
  filterGuidelines(index, f).map((e) => e.guideline.id);

describe('guideline search', () => {
  it('folds accents and case', () => {
    expect(foldText('Revictimización ÁÉ')).toBe('revictimizacion ae');
  });

  it('finds a statement word without its accent, in either language', () => {
    expect(ids({ query: 'revictimizacion' })).toEqual(['TIP-NODOUBLE']);
    expect(ids({ query: 'TWICE account' })).toEqual(['TIP-NODOUBLE']);
  });

  it('finds a code typed in lower case, and a source title', () => {
    expect(ids({ query: 'sv-pep72' })).toEqual(['SV-PEP72']);
    expect(ids({ query: 'victimas art. 5' })).toEqual(['TIP-NODOUBLE']);
  });

  it('needs every word of the query', () => {
    expect(ids({ query: 'relato nom-046' })).toEqual([]);
  });

  it('filters by step, mark and dimension', () => {
    expect(ids({ query: '', step: 'A' })).toEqual(['SV-PEP72']);
    expect(ids({ query: '', mark: 'U' })).toEqual(['DATA-NOPHONES']);
    expect(ids({ query: '', dimension: 'non-revictimization' })).toEqual(['TIP-NODOUBLE']);
    expect(ids({ query: '' })).toHaveLength(3);
  });

  it('lists the modules citing each guideline', () => {
    const by = citedByModule([
      { id: 'a', cited: new Set(['X', 'Y']) },
      { id: 'b', cited: new Set(['Y']) },
    ]);
    expect(by.get('Y')).toEqual(['a', 'b']);
    expect(by.get('X')).toEqual(['a']);
    expect(by.get('Z')).toBeUndefined();
  });
});
