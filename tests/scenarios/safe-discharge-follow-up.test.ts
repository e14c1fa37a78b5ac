/**
 * Paths through the aftercare module (issue 13) that a reviewer would name: each ending is
 * reached by the choices that should reach it, and the severities agreed across modules hold
 * (promising secrecy poor; a blaming question, care conditioned on a statement, a PEP window lost
 * by a chosen delay: harmful and critical). The generic path test covers every module's bounds.
 */
import { describe, expect, it } from 'vitest';
import {
  advance,
  availableChoices,
  initialState,
  type PlayState,
} from '../../src/engine/attempt/advance';
import type { Scenario } from '../../src/engine/schema/scenario';
import { scoreState } from '../../src/engine/scoring/score-attempt';
import catalogue from '../../scenarios/guidelines/guidelines.json';
import { loadAll } from '../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../fixtures/catalogue';

const loaded = loadAll().scenarios.find((l) => l.id === 'safe-discharge-follow-up');
const s = loaded!.scenario as Scenario;

/** Plays the module taking `picks[node]` where given and the best choice elsewhere. */
function play(picks: Record<string, string> = {}) {
  let state: PlayState = initialState(s);
  const visited: string[] = [];
  for (let i = 0; i < 100 && !state.ended; i++) {
    visited.push(state.node);
    const node = s.nodes[state.node]!;
    const entry =
      node.kind === 'decision'
        ? {
            kind: 'choose' as const,
            node: state.node,
            choice:
              picks[state.node] ?? availableChoices(s, state).find((c) => c.quality === 'best')!.id,
            at: 0,
          }
        : { kind: 'continue' as const, node: state.node, at: 0 };
    const r = advance(s, state, entry);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    state = r.state;
  }
  const score = scoreState(s, state, { passMark: 0.8, dimensionOf: guidelineDimension });
  return { state, score, visited };
}

describe('safe-discharge-follow-up', () => {
  it('loads without errors, with at least 12 scoring decisions and the content notes it needs', () => {
    expect(loaded!.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const decisions = Object.values(s.nodes).filter((n) => n.kind === 'decision');
    expect(decisions.length).toBeGreaterThanOrEqual(12);
    expect(s.contentNotes).toEqual(
      expect.arrayContaining(['sexual-violence', 'self-harm', 'children']),
    );
    expect(s.heavy).toBe(true);
  });

  it('the best path ends safe and followed, with full score, nobody retelling and nothing exposed', () => {
    const { state, score } = play();
    expect(state.node).toBe('end-safe-followed');
    expect(score.score).toBe(1);
    expect(score.passed).toBe(true);
    expect(state.vars).toMatchObject({
      timesRecounted: 0,
      exposureRisk: 0,
      identityExposures: 0,
      trust: 100,
    });
  });

  it('a few acceptable shortcuts still pass but end with gaps, not in the good ending', () => {
    const { state, score } = play({
      'ceav-path': 'leaflet-later',
      'threat-calls': 'save-and-block',
      'return-fear': 'visa-only',
      'hand-off': 'appointment-in-writing',
    });
    expect(state.node).toBe('end-partial');
    expect(score.criticalErrors).toEqual([]);
    expect(score.ending?.rating).toBe('mixed');
    expect(score.passed).toBe(true);
  });

  it('a cold hand-off and a closed file lose contact, and that attempt fails', () => {
    const { state, score } = play({
      'hand-off': 'list-of-numbers',
      'missed-appointment': 'close-case',
    });
    expect(state.node).toBe('end-lost-contact');
    expect(state.vars.followUpGaps).toBe(2);
    expect(score.criticalErrors).toEqual([]);
    expect(score.passed).toBe(false);
  });

  it('a list of names and addresses in a chat exposes them and is a critical error', () => {
    const { state, score } = play({ 'file-requests': 'share-list' });
    expect(state.node).toBe('end-exposed');
    expect(state.vars.identityExposures).toBe(1);
    expect(score.criticalErrors.map((i) => i.response)).toEqual(['share-list']);
    expect(score.passed).toBe(false);
  });

  it('care after the statement closes the PEP window and fails the attempt', () => {
    const { visited, score } = play({ 'nom046-care': 'after-statement' });
    expect(visited).toContain('window-closed');
    expect(score.criticalErrors.map((i) => i.response)).toEqual(['after-statement']);
    expect(score.passed).toBe(false);
  });

  it('severities agree with the other modules', () => {
    const quality = (node: string, choice: string) => {
      const n = s.nodes[node]!;
      if (n.kind !== 'decision') throw new Error(node);
      const c = n.choices.find((x) => x.id === choice)!;
      return { quality: c.quality, critical: c.quality === 'harmful' && c.critical !== false };
    };
    expect(quality('his-disclosure', 'promise-secret')).toEqual({
      quality: 'poor',
      critical: false,
    });
    for (const [node, choice] of [
      ['his-disclosure', 'why-not-defend'],
      ['nom046-care', 'after-statement'],
      ['ceav-path', 'complaint-first'],
      ['return-fear', 'call-consulate'],
      ['daughter', 'migration-station'],
    ] as const)
      expect(quality(node, choice), `${node}/${choice}`).toEqual({
        quality: 'harmful',
        critical: true,
      });
    // PEP tomorrow keeps the window open: a chosen delay, poor, as interviewing's A9 decision.
    expect(quality('nom046-care', 'clinic-tomorrow')).toEqual({ quality: 'poor', critical: false });
    // Content review: a child apart from a safe mother is non-critical, as the boards'
    // family-split, while the question is open; not asking about suicide, sending the file with
    // the undisclosed sexual violence to the Fiscalía, and a week's wait for a missing man at risk
    // are poor, not acceptable.
    expect(quality('daughter', 'dif-separate')).toEqual({ quality: 'harmful', critical: false });
    for (const [node, choice] of [
      ['self-harm', 'hotline-tomorrow'],
      ['file-requests', 'fiscalia-all'],
      ['missed-appointment', 'wait-a-week'],
    ] as const)
      expect(quality(node, choice), `${node}/${choice}`).toEqual({
        quality: 'poor',
        critical: false,
      });
  });

  it('every choice cites a verified or partly verified guideline', () => {
    const status = new Map(catalogue.guidelines.map((g) => [g.id, g.status]));
    for (const n of Object.values(s.nodes))
      if (n.kind === 'decision')
        for (const c of n.choices)
          expect(
            c.guidelines.some((g) => status.get(g) === 'V' || status.get(g) === 'P'),
            c.id,
          ).toBe(true);
    const cited = new Set(
      Object.values(s.nodes).flatMap((n) =>
        n.kind === 'decision' ? n.choices.flatMap((c) => c.guidelines) : [],
      ),
    );
    for (const id of [
      'NOM046-PACKAGE',
      'SV-MALE',
      'CEAV-FUD',
      'MHGAP-SUI-ASK',
      'HANDOFF-WARM',
      'SCREEN-TIP-KID-SOM',
    ])
      expect(cited.has(id), id).toBe(true);
  });
});
