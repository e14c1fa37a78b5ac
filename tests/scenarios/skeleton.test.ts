/** `npm run scenarios:new` (issue 15): the skeleton passes the whole check and plays to each ending. */
import { describe, expect, it } from 'vitest';
import { advance, initialState } from '../../src/engine/attempt/advance';
import { STEPS } from '../../src/engine/schema/scenario';
import { loadCatalogue } from '../../scripts/lib/load-scenarios';
import { skeleton } from '../../scripts/lib/skeleton';
import { check } from './module-files';

const { catalogue } = loadCatalogue();

describe.each(STEPS.map((s) => [s]))('a new %s module', (step) => {
  const files = skeleton('shelter-arrival', step, catalogue);
  const r = check({
    id: 'shelter-arrival',
    scenario: files.scenario as unknown as Record<string, unknown>,
    locales: { es: files.es, en: files.en },
  });

  it('passes the check with no error', () => {
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.analysis?.complete).toBe(true);
  });

  it('reaches its good, mixed and poor endings, one choice each', () => {
    const s = r.scenario!;
    const endings = ['best-choice', 'acceptable-choice', 'poor-choice'].map((choice) => {
      let st = initialState(s);
      for (const e of [
        { kind: 'choose' as const, node: 'opening', choice, at: 0 },
        { kind: 'continue' as const, node: 'closing', at: 0 },
      ]) {
        const next = advance(s, st, e);
        if (!next.ok) throw new Error(JSON.stringify(next.error));
        st = next.state;
      }
      expect(st.ended).toBe(true);
      return st.node;
    });
    expect(endings).toEqual(['end-good', 'end-mixed', 'end-poor']);
  });

  it('has a NOTES.md for reviewers', () => {
    expect(files.notes).toMatch(/^# shelter-arrival: notes for reviewers/);
  });
});
