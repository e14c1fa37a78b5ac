import { describe, expect, it } from 'vitest';
import { preferredLanguage, readLearnerLanguage, readMoveOnSent } from './cmi5-launch-data';

const params = {
  endpoint: 'https://lms.example.org/xapi/',
  fetchUrl: 'https://lms.example.org/fetch/1',
  actor: {
    objectType: 'Agent' as const,
    account: { homePage: 'https://lms.example.org', name: 'u1' },
  },
  registration: 'r-1',
  activityId: 'https://lms.example.org/au/1',
};

describe('cmi5LearnerPreferences', () => {
  it('takes the first preferred language the app speaks', () => {
    expect(preferredLanguage('es-MX,en-US')).toBe('es');
    expect(preferredLanguage('fr-CA, en-GB ,es')).toBe('en');
    expect(preferredLanguage('ES-419')).toBe('es');
    expect(preferredLanguage('fr-FR,de-DE')).toBeUndefined();
    expect(preferredLanguage('')).toBeUndefined();
    expect(preferredLanguage(42)).toBeUndefined();
  });

  it('reads the agent profile with the session token; none or a failure leaves the app language', async () => {
    const asked: string[] = [];
    const answer = (body: string, status = 200) =>
      (async (url: string, init: RequestInit) => {
        asked.push(`${url} ${new Headers(init.headers).get('Authorization')}`);
        return new Response(body, { status });
      }) as unknown as typeof fetch;
    expect(
      await readLearnerLanguage(params, 'dG9r', answer('{"languagePreference":"en-US"}')),
    ).toBe('en');
    const url = new URL(asked[0]!.split(' ')[0]!);
    expect(url.pathname).toBe('/xapi/agents/profile');
    expect(url.searchParams.get('profileId')).toBe('cmi5LearnerPreferences');
    expect(JSON.parse(url.searchParams.get('agent')!)).toEqual(params.actor);
    expect(asked[0]).toMatch(/ Basic dG9r$/);
    expect(await readLearnerLanguage(params, 't', answer('', 404))).toBeUndefined();
    expect(await readLearnerLanguage(params, 't', answer('not json'))).toBeUndefined();
  });
});

describe('what the registration already has', () => {
  it('reads the moveOn state, and treats none as nothing sent', async () => {
    const answer = (body: string, status = 200) =>
      (async () => new Response(body, { status })) as unknown as typeof fetch;
    expect(await readMoveOnSent(params, 't', answer('{"completed":true,"passed":true}'))).toEqual({
      completed: true,
      passed: true,
    });
    expect(await readMoveOnSent(params, 't', answer('', 404))).toEqual({
      completed: false,
      passed: false,
    });
  });
});
