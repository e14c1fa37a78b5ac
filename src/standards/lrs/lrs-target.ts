/**
 * Where statements go: an LRS endpoint and the Authorization header for it. It comes from the
 * assignment link (a write-only key, DESIGN §8.1), the settings screen, or a cmi5 launch (the
 * session's auth token).
 */
export type LrsSource = 'settings' | 'assignment' | 'cmi5';
export type LrsTarget = { endpoint: string; authorization: string; source: LrsSource };

export type EndpointProblem = 'not-a-url' | 'not-https' | 'has-credentials';
export type EndpointCheck =
  { ok: true; endpoint: string } | { ok: false; problem: EndpointProblem };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An LRS endpoint the app may post to: https (plain http only on loopback, for a local LRS and the
 * tests; the CSP's connect-src says the same), no user:password in the URL, ending in a slash.
 */
export function checkEndpoint(raw: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.username || url.password) return { ok: false, problem: 'has-credentials' };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    return { ok: false, problem: 'not-https' };
  url.search = '';
  url.hash = '';
  return { ok: true, endpoint: url.href.endsWith('/') ? url.href : `${url.href}/` };
}

/** A key as given (`key:secret`, or already `Basic …`) as an Authorization header. */
export function basicAuthorization(key: string): string {
  const k = key.trim();
  if (/^basic\s/i.test(k)) return `Basic ${k.slice(6).trim()}`;
  const bytes = new TextEncoder().encode(k);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}
