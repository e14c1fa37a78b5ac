/**
 * The reliability review's reproducers (M3, M4, L8 and the large graphs): each gives a clear
 * error, or passes correctly, and never crashes the checker.
 */
import { describe, expect, it } from 'vitest';
import { check, errorsOf, rawModules, type RawModule } from './module-files';

const modules = new Map(rawModules().map((m) => [m.id, m]));
const copy = (id: string): RawModule => structuredClone(modules.get(id)!);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const nodes = (m: RawModule) => m.scenario.nodes as Json;

describe('loops (review M3)', () => {
  it('a choice that loops back to the first node is checked, not a stack overflow', () => {
    const m = copy('sample-first-hour');
    nodes(m)['uniform-fear'].choices[0].next = 'arrival';
    const r = check(m);
    // A counter a condition tests grows on every round: the analysis says so, in words.
    expect(r.analysis?.unboundedAt).toBeDefined();
    const loop = errorsOf(r).find((i) => i.message.includes('loop'));
    expect(loop?.message).toMatch(/cannot bound/);
  });

  it('a loop that changes no tested variable is analysed to the end', () => {
    const m = copy('sample-first-hour');
    const c = nodes(m)['uniform-fear'].choices[2];
    c.next = 'uniform-fear';
    c.effects = [{ add: 'hoursSinceRescue', by: 1 }];
    const r = check(m);
    expect(r.analysis?.complete).toBe(true);
    expect(r.analysis?.loops).toContain('uniform-fear');
  });

  it('a self-loop that changes a variable is reported at its node', () => {
    const m = copy('sample-first-hour');
    const c = nodes(m)['uniform-fear'].choices[0];
    c.next = 'uniform-fear';
    c.effects = [{ add: 'timesRecounted', by: 1 }];
    const r = check(m);
    expect(r.analysis?.unboundedAt).toBe('uniform-fear');
    expect(errorsOf(r).map((i) => i.path)).toContain('nodes.uniform-fear');
  });
});

describe('names that Object.prototype already has (review M4)', () => {
  it('"constructor" listed as a survivor is a missing survivor', () => {
    const m = copy('hospital-dispersion');
    nodes(m)['assign-hospitals'].survivors.push('constructor');
    const e = errorsOf(check(m));
    expect(e).toHaveLength(1);
    expect(e[0]!.path).toMatch(/^nodes\.assign-hospitals\.survivors\[\d+\]$/);
    expect(e[0]!.message).toMatch(/name JavaScript objects already have/);
  });

  it('an effect on the undeclared variable "valueOf" is an error, not a NaN in play', () => {
    const m = copy('sample-first-hour');
    nodes(m).arrival.choices[0].effects = [{ add: 'valueOf', by: 1 }];
    const e = errorsOf(check(m));
    expect(e.some((i) => i.message.includes('changes variable "valueOf", which is not declared')));
  });

  it.each(['valueOf', '__proto__', 'constructor', 'toString'])(
    'a variable may not be named %s',
    (name) => {
      const m = copy('sample-first-hour');
      // defineProperty: plain assignment of "__proto__" would set the prototype instead.
      Object.defineProperty(m.scenario.variables, name, { value: 0, enumerable: true });
      const e = errorsOf(check(m));
      expect(e.find((i) => i.path === `variables.${name}`)?.message).toMatch(
        /name JavaScript objects already have/,
      );
    },
  );

  it('a node may not be named "constructor"', () => {
    const m = copy('sample-first-hour');
    Object.defineProperty(nodes(m), 'constructor', {
      value: { kind: 'ending', rating: 'good' },
      enumerable: true,
    });
    expect(errorsOf(check(m)).some((i) => i.path.startsWith('nodes.constructor'))).toBe(true);
  });
});

describe('size and depth (review L8)', () => {
  it('a condition nested 10,000 levels deep is refused with a sentence', () => {
    const m = copy('sample-first-hour');
    let when: Json = { var: 'trust', gte: 0 };
    for (let i = 0; i < 10_000; i++) when = { not: when };
    nodes(m).arrival.choices[1].when = when;
    const e = errorsOf(check(m));
    expect(e).toHaveLength(1);
    expect(e[0]!.message).toMatch(/nests more than 64 levels deep/);
    expect(e[0]!.path).toMatch(/^nodes\.arrival\.choices\.ask-what-happened\.when\.not/);
  });

  it('a chain of 5,000 narrative nodes is checked without overflowing', () => {
    const m = copy('sample-first-hour');
    const n = nodes(m);
    const first = n.arrival;
    for (let i = 0; i < 5_000; i++) n[`step-${i}`] = { kind: 'narrative', next: `step-${i + 1}` };
    n['step-5000'] = first;
    delete n.arrival;
    m.scenario.start = 'step-0';
    for (const lang of ['es', 'en'] as const) {
      const text = m.locales[lang].nodes as Json;
      for (let i = 0; i <= 5_000; i++) text[`step-${i}`] = { text: 'x' };
      text['step-5000'] = text.arrival;
    }
    const started = performance.now();
    const r = check(m, { walks: 20 });
    expect(performance.now() - started).toBeLessThan(20_000);
    // arrival was renamed: references to it now fail by name, nothing else goes wrong.
    expect(errorsOf(r).every((i) => i.message.includes('"arrival"'))).toBe(true);
  });
});
