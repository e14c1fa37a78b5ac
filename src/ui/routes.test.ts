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
