/**
 * Path tests for search-not-rescued (issue 13): scripted paths reach each of the five endings with
 * the consequences and verdicts the module promises — the breaches the brief names as critical
 * (families alone in a possible burial site, a death confirmed before identification, a chosen
 * delay of the immediate search, a search closed without certainty) fail the attempt, and a poor ending is never reached without one.
 */
import { describe, expect, it } from 'vitest';
import { advance, initialState, type PlayState } from '../../src/engine/attempt/advance';
import type { StepEntry } from '../../src/engine/attempt/decision-log';
import { bestResponse } from '../../src/engine/attempt/responses';
import { scoreState } from '../../src/engine/scoring/score-attempt';
import { loadAll } from '../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../fixtures/catalogue';

const loaded = loadAll().scenarios.find((l) => l.id === 'search-not-rescued');
const s = loaded!.scenario!;

/** Plays the best response everywhere except the nodes given: a choice id, or interview questions. */
function play(overrides: Record<string, string | string[]> = {}) {
  let state: PlayState = initialState(s);
  for (let i = 0; i < 100 && !state.ended; i++) {
    const o = overrides[state.node];
    const entry: StepEntry | undefined =
      o === undefined
        ? bestResponse(s, state)
        : Array.isArray(o)
          ? { kind: 'interview', node: state.node, questions: o, at: 0 }
          : { kind: 'choose', node: state.node, choice: o, at: 0 };
    const r = advance(s, state, entry!);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    state = r.state;
  }
  return scoreState(s, state, { passMark: s.passMark ?? 0.8, dimensionOf: guidelineDimension });
}
const critical = (r: ReturnType<typeof play>) => r.criticalErrors.map((i) => i.node);

describe('search-not-rescued', () => {
  it('loads without errors', () => {
    expect(loaded?.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('the best path finds Itzel, keeps the site and ends well with a full score', () => {
    const r = play();
    expect(r.ending).toEqual({ node: 'end-searching-well', rating: 'good' });
    expect(r.score).toBe(1);
    expect(r.passed).toBe(true);
    expect(r.state.path).toContain('itzel-found');
    expect(r.state.vars).toMatchObject({ familiesVerified: 2, timesRecounted: 0, trust: 70 });
  });

  it('waiting for a complaint before searching is critical, and Itzel is not found', () => {
    const r = play({ 'immediate-search': 'wait-for-complaint' });
    expect(r.ending?.node).toBe('end-search-late');
    expect(r.state.path).toContain('other-house-empty');
    expect(critical(r)).toEqual(['immediate-search']);
    expect(r.passed).toBe(false);
  });

  it('deferring the two men to a meeting is poor (a chosen delay) and closes the good ending', () => {
    const r = play({ 'immediate-search': 'itzel-today-men-monday' });
    expect(r.ending?.node).toBe('end-partial');
    expect(r.criticalErrors).toEqual([]);
    expect(r.items.find((i) => i.node === 'immediate-search')?.quality).toBe('poor');
  });

  it('suspending the field search for weeks is poor and leaves a gap', () => {
    const r = play({ 'close-by-presumption': 'pause-field-until-lab' });
    expect(r.items.find((i) => i.node === 'close-by-presumption')?.quality).toBe('poor');
    expect(r.state.vars.searchGaps).toBe(1);
    expect(r.ending?.node).toBe('end-partial');
  });

  it("closing the two men's searches without certainty is critical", () => {
    const r = play({ 'close-by-presumption': 'close-men-keep-itzel' });
    expect(critical(r)).toEqual(['close-by-presumption']);
    expect(r.passed).toBe(false);
  });

  it('letting the families into the possible burial site alone loses the site and fails', () => {
    const r = play({ 'families-at-site': 'let-them-search' });
    expect(r.ending).toEqual({ node: 'end-site-lost', rating: 'poor' });
    expect(critical(r)).toEqual(['families-at-site']);
    expect(r.passed).toBe(false);
  });

  it('a backhoe on the site is critical', () => {
    const r = play({ 'site-report': 'backhoe-before-dark' });
    expect(r.ending?.node).toBe('end-site-lost');
    expect(critical(r)).toEqual(['site-report']);
  });

  it('confirming a death before identification is critical and harms the families', () => {
    for (const [node, choice] of [
      ['amparo-asks', 'shirt-prepare-yourself'],
      ['press-at-site', 'confirm-off-record'],
      ['close-by-presumption', 'close-and-tell-families'],
      ['survivor-asks', 'details-of-site'],
    ] as const) {
      const r = play({ [node]: choice });
      expect(r.ending?.node, choice).toBe('end-families-harmed');
      expect(critical(r), choice).toEqual([node]);
      expect(r.passed).toBe(false);
    }
  });

  it('false reassurance is poor, not critical, and keeps the families unharmed', () => {
    const r = play({ 'amparo-asks': 'surely-not-him' });
    expect(r.criticalErrors).toEqual([]);
    expect(r.ending?.rating).not.toBe('poor');
    expect(r.items.find((i) => i.node === 'amparo-asks')?.quality).toBe('poor');
  });

  it('re-asking what is on record makes don Aurelio retell and closes the good ending', () => {
    const r = play({ 'others-interview': ['from-the-start', 'open-route', 'open-features'] });
    expect(r.state.vars.timesRecounted).toBe(1);
    expect(r.ending?.node).toBe('end-partial');
    expect(r.criticalErrors).toEqual([]);
  });

  it('the blaming question is a critical error', () => {
    const r = play({
      'others-interview': ['blaming-did-nothing', 'open-other-house', 'open-features'],
    });
    expect(critical(r)).toEqual(['others-interview']);
    expect(r.passed).toBe(false);
  });

  it("giving the witness's number to a family exposes him", () => {
    const r = play({ 'survivor-asks': 'introduce-to-amparo' });
    expect(r.state.vars.identityExposures).toBe(1);
    expect(r.ending?.node).toBe('end-families-harmed');
  });

  it('the non-critical mistakes together never reach a poor ending', () => {
    const r = play({
      'record-first': 'commission-questionnaire',
      'rnpdno-report': 'note-in-file-only',
      'site-report': 'tarp-and-phone-photos',
      'families-at-site': 'clear-the-street',
      'press-at-site': 'reporter-inside',
      'amparo-asks': 'surely-not-him',
      antemortem: 'wait-for-exhumation',
      'immediate-search': 'itzel-today-men-monday',
      'close-by-presumption': 'pause-field-until-lab',
      'extortion-call': 'surely-a-fraud',
      'survivor-asks': 'no-information-psychologist',
      'notify-identification': 'send-the-report',
    });
    expect(r.criticalErrors).toEqual([]);
    expect(r.ending?.rating).toBe('mixed');
    expect(r.passed).toBe(false);
    expect(r.state.vars.exposureRisk).toBeLessThan(40);
  });
});
