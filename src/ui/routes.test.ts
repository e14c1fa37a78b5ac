import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './routes';

describe('guideline routes', () => {
  it('reads the browser and one guideline, and writes them back', () => {
    expect(parseRoute('#/guidelines')).toEqual({ name: 'guidelines' });
    expect(parseRoute('#/guidelines/SV-PEP72')).toEqual({
      name: 'guidelines',
      guidelineId: 'SV-PEP72',
    });
    expect(routeHref({ name: 'guidelines', guidelineId: 'SV-PEP72' })).toBe(
      '#/guidelines/SV-PEP72',
    );
    expect(routeHref({ name: 'guidelines' })).toBe('#/guidelines');
  });
});

describe('author routes', () => {
  it('reads the module list, a module and a node, and writes them back', () => {
    for (const [hash, route] of [
      ['#/author', { name: 'author' }],
      ['#/author/sample-first-hour', { name: 'author', moduleId: 'sample-first-hour' }],
      [
        '#/author/sample-first-hour/arrival',
        { name: 'author', moduleId: 'sample-first-hour', nodeId: 'arrival' },
      ],
      [
        '#/play-from/sample-first-hour/arrival',
        { name: 'play-from', moduleId: 'sample-first-hour', nodeId: 'arrival' },
      ],
    ] as const) {
      expect(parseRoute(hash)).toEqual(route);
      expect(routeHref(route)).toBe(hash);
    }
    expect(parseRoute('#/play-from/sample-first-hour')).toEqual({ name: 'home' });
  });
});
