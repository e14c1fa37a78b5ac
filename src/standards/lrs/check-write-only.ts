import { basicAuthorization } from './lrs-target';

/**
 * DESIGN §8.1: a key carried in an assignment link (and its printed QR) must be write-only, so the
 * builder tries a read with it. `can-read`: the LRS returned statements, refuse the key.
 * `write-only`: the read was refused (401/403). `unreachable`: the check could not be made (no
 * network, CORS, timeout) — the key cannot be vouched for, so the builder refuses it too.
 */
export type KeyCheck =
  { kind: 'write-only' } | { kind: 'can-read' } | { kind: 'unreachable'; detail: string };

export async function checkWriteOnlyKey(
  endpoint: string,
  key: string,
  { fetch: doFetch = fetch, timeoutMs = 10_000 }: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<KeyCheck> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
    const r = await doFetch(`${base}statements?limit=1`, {
      headers: { Authorization: basicAuthorization(key), 'X-Experience-API-Version': '1.0.3' },
      signal: abort.signal,
    });
    if (r.status === 401 || r.status === 403) return { kind: 'write-only' };
    if (r.ok) return { kind: 'can-read' };
    return { kind: 'unreachable', detail: `HTTP ${r.status}` };
  } catch (e) {
    return { kind: 'unreachable', detail: abort.signal.aborted ? 'timeout' : String(e) };
  } finally {
    clearTimeout(timer);
  }
}
