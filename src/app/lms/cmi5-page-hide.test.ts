import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../standards/xapi/statement';
import { endSessionOnPageHide, sessionEndedKey } from './cmi5-page-hide';

const target = {
  endpoint: 'https://lms.example.org/xapi/',
  authorization: 'Basic dG9rZW4=',
  source: 'cmi5' as const,
};
const ending = [{ id: 'a' }, { id: 'b' }] as unknown as Statement[];

// Each test adds listeners to the one jsdom window: a fresh session id keeps them apart.
let n = 0;
function setUp(closing: () => Statement[] | undefined = () => ending) {
  const sessionId = `s-${n++}`;
  const fetch = vi.fn(async () => new Response(null, { status: 200 }));
  const calls: string[] = [];
  endSessionOnPageHide({
    sessionId,
    target,
    closing: () => {
      calls.push(sessionId);
      return closing();
    },
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { sessionId, fetch, calls };
}

afterEach(() => {
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('a cmi5 page going away', () => {
  it('sends the session’s last statements in one keepalive POST and remembers the session ended', () => {
    const s = setUp();
    window.dispatchEvent(new Event('pagehide'));
    const mine = s.fetch.mock.calls as unknown as [string, RequestInit][];
    expect(mine).toHaveLength(1);
    const [url, init] = mine[0]!;
    expect(url).toBe('https://lms.example.org/xapi/statements');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, body: JSON.stringify(ending) });
    expect(new Headers(init.headers).get('Authorization')).toBe('Basic dG9rZW4=');
    expect(new Headers(init.headers).get('X-Experience-API-Version')).toBe('1.0.3');
    expect(sessionStorage.getItem(sessionEndedKey(s.sessionId))).toBeTruthy();
  });

  it('sends nothing when the session must not end now (already ended, or steps still waiting)', () => {
    const s = setUp(() => undefined);
    window.dispatchEvent(new Event('pagehide'));
    expect(s.calls).toEqual([s.sessionId]);
    expect(s.fetch).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(sessionEndedKey(s.sessionId))).toBeNull();
  });

  it.each([
    ['F5', { key: 'F5' }],
    ['Ctrl+R', { key: 'r', ctrlKey: true }],
    ['⌘R', { key: 'R', metaKey: true }],
  ])('a keyboard reload (%s) keeps the session (DESIGN §8.10)', (_name, key) => {
    const s = setUp();
    window.dispatchEvent(new KeyboardEvent('keydown', key));
    window.dispatchEvent(new Event('pagehide'));
    expect(s.fetch).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(sessionEndedKey(s.sessionId))).toBeNull();
  });

  it('a reload key pressed long before a close does not hold the terminated back', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const s = setUp();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F5' }));
    vi.setSystemTime(Date.now() + 10_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(s.fetch).toHaveBeenCalledTimes(1);
  });

  it('typing an r is not a reload', () => {
    const s = setUp();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'r' }));
    window.dispatchEvent(new Event('pagehide'));
    expect(s.fetch).toHaveBeenCalledTimes(1);
  });
});
