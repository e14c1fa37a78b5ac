import type { Statement } from '../xapi/statement';
import type { LrsTarget } from './lrs-target';

/** What the LRS said about one statement, in the terms the queue acts on (DESIGN §8.6). */
export type SendOutcome =
  | { kind: 'stored' }
  /** Offline, timeout, 429 or 5xx: back off and try again (`retryAfterMs` from Retry-After). */
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  /** 401/403: pause the queue and tell the user the credentials were rejected. */
  | { kind: 'credentials'; status: number }
  /** 404 and other answers that mean the endpoint is wrong: pause, as for credentials. */
  | { kind: 'endpoint'; status: number }
  /** 409: the id exists with other content. Set aside, flagged, never retried. */
  | { kind: 'conflict'; message: string }
  /** 400: a bug on our side. Set aside with the LRS's message, flagged. */
  | { kind: 'rejected'; message: string };

export type SendOptions = { fetch?: typeof fetch; timeoutMs?: number; now?: () => number };

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const s = Number(header);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * PUT one statement by its id: the LRS stores it, or answers 204 again if it already holds the
 * same statement, so a re-send after a lost answer does not duplicate (xAPI §2.1.3).
 */
export async function sendStatement(
  target: LrsTarget,
  statement: Statement,
  { fetch: doFetch = fetch, timeoutMs = 15_000, now = Date.now }: SendOptions = {},
): Promise<SendOutcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let res: Response;
  try {
    res = await doFetch(
      `${target.endpoint}statements?statementId=${encodeURIComponent(statement.id)}`,
      {
        method: 'PUT',
        headers: {
          Authorization: target.authorization,
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(statement),
        signal: abort.signal,
      },
    );
  } catch (e) {
    return { kind: 'retry', reason: abort.signal.aborted ? 'timeout' : `network: ${String(e)}` };
  } finally {
    clearTimeout(timer);
  }
  if (res.status >= 200 && res.status < 300) return { kind: 'stored' };
  const text = async () => {
    try {
      const body = await res.text();
      try {
        const j = JSON.parse(body) as { message?: unknown };
        return typeof j.message === 'string' ? j.message : body;
      } catch {
        return body;
      }
    } catch {
      return '';
    }
  };
  if (res.status === 401 || res.status === 403) return { kind: 'credentials', status: res.status };
  if (res.status === 409) return { kind: 'conflict', message: (await text()).slice(0, 500) };
  if (res.status === 400) return { kind: 'rejected', message: (await text()).slice(0, 500) };
  if (res.status === 429 || res.status >= 500) {
    const after = retryAfterMs(res.headers.get('Retry-After'), now());
    return {
      kind: 'retry',
      reason: `HTTP ${res.status}`,
      ...(after !== undefined ? { retryAfterMs: after } : {}),
    };
  }
  return { kind: 'endpoint', status: res.status };
}
