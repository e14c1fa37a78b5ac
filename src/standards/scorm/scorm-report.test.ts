import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../../../tests/fixtures/catalogue';
import { playedRecord } from '../../../tests/fixtures/played-records';
import { replay } from '../../engine/attempt/replay';
import { lookupText } from '../../engine/text/text-keys';
import type { AttemptRecord } from '../../records/attempt-record';
import type { FoundApi } from './find-api';
import { interactionWrites, progressWrites, scorm12Time } from './scorm-report';
import { openScormSession } from './scorm-session';
import { decodeSuspendData, encodeSuspendData, SUSPEND_LIMIT } from './suspend-data';

const modules = loadAll().scenarios.flatMap((m) => (m.scenario ? [m] : []));
const WALKS = 300;

/** The longest suspend data over the best path and many seeded walks (longest logs first). */
function longestWalk(s: (typeof modules)[number]['scenario'] & object): AttemptRecord {
  let longest = playedRecord(s, 'best');
  for (let seed = 1; seed <= WALKS; seed++) {
    const r = playedRecord(s, { seed });
    if (r.log.length > longest.log.length) longest = r;
  }
  return longest;
}

describe('SCORM suspend data', () => {
  const sizes: Record<string, number> = {};
  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: the longest path fits SCORM 1.2 plain or compressed, and resumes exactly',
    (_id, m) => {
      const s = m.scenario!;
      const record = longestWalk(s);
      for (const version of ['1.2', '2004'] as const) {
        const text = encodeSuspendData(record, s, SUSPEND_LIMIT[version]);
        expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT[version]);
        const back = decodeSuspendData(text, s, record.learner);
        expect(back).toEqual({ ok: true, record: { ...record } });
        if (version === '1.2') sizes[s.id] = text.length;
      }
      // Compressed form round-trips too (forced by a small limit).
      const packed = encodeSuspendData(record, s, 4096, { compress: true });
      expect(packed.startsWith('z:')).toBe(true);
      expect(decodeSuspendData(packed, s, record.learner)).toEqual({ ok: true, record });
    },
  );
  it('reports the largest suspend data', () => {
    const largest = Math.max(...Object.values(sizes));
    console.log(
      'SCORM 1.2 suspend_data per module (chars):',
      JSON.stringify(sizes),
      'largest',
      largest,
    );
    expect(largest).toBeLessThanOrEqual(4096);
  });

  it('a practice log with steps back and every board kind resumes exactly', () => {
    for (const m of modules) {
      const r = playedRecord(m.scenario!, { seed: 5, backs: true }, { mode: 'practice' });
      expect(
        decodeSuspendData(encodeSuspendData(r, m.scenario!, 64000), m.scenario!, r.learner),
      ).toEqual({
        ok: true,
        record: r,
      });
    }
  });

  it('data from another module version or garbage is refused, not half-loaded', () => {
    const m = modules[0]!;
    const r = playedRecord(m.scenario!, 'best');
    const text = encodeSuspendData(r, m.scenario!, 64000);
    expect(decodeSuspendData(text, { ...m.scenario!, version: 99 }, r.learner)).toEqual({
      ok: false,
      reason: 'other-module',
    });
    expect(decodeSuspendData('{"v":1', m.scenario!, r.learner)).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });
});

describe('SCORM writes, checked by scorm-again (the LMS side)', () => {
  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: every write is accepted by 1.2 and 2004',
    (_id, m) => {
      const s = m.scenario!;
      const record = playedRecord(s, { seed: 3 });
      const state = replay(s, record.log);
      if (!state.ok) throw new Error('walk does not replay');
      const opts = { passMark: record.passMark, dimensionOf: guidelineDimension };
      const text = (k: string) => lookupText(m.locales.es, k);
      const apis: FoundApi[] = [
        { version: '1.2', api: new Scorm12API({ autocommit: false, logLevel: 5 }) as never },
        { version: '2004', api: new Scorm2004API({ autocommit: false, logLevel: 5 }) as never },
      ];
      for (const found of apis) {
        const opened = openScormSession(found);
        if (!opened.ok) throw new Error(opened.error);
        const v = opened.session.version;
        const refused = opened.session.write([
          ...interactionWrites(v, record, s, 0, text),
          ...progressWrites(v, record, s, opts, state.state),
        ]);
        expect(refused).toEqual([]);
        expect(opened.session.commit()).toBe(true);
        opened.session.finish(61_000);
        const cmi = (
          found.api as unknown as { cmi: { toJSON(): Record<string, unknown> } }
        ).cmi.toJSON();
        const interactions =
          v === '1.2'
            ? (cmi as never as { interactions: Record<string, unknown> }).interactions
            : (cmi as never as { interactions: Record<string, unknown> }).interactions;
        expect(Object.keys(interactions).length).toBeGreaterThan(0);
      }
    },
  );

  it('session time in SCORM 1.2 format', () => {
    expect(scorm12Time(3_723_450)).toBe('0001:02:03.45');
  });
});
