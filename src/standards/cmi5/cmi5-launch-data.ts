/**
 * The cmi5 launch (cmi5 §8): query parameters, the one-time fetch URL for the auth token (kept in
 * sessionStorage so a reload mid-module keeps its session, DESIGN §8.10), LMS.LaunchData from the
 * State API, and our own resume state in the State API (so a relaunch on another device resumes).
 */
import type { Agent, Context } from '../xapi/statement';
import { XAPI_BASE } from '../xapi/profile';

export type Cmi5Params = {
  endpoint: string;
  fetchUrl: string;
  actor: Agent;
  registration: string;
  activityId: string;
};

export type LaunchData = {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
};

export type Cmi5Problem =
  | { kind: 'missing-parameter'; name: string }
  | { kind: 'fetch-refused'; detail: string }
  | { kind: 'launch-data'; detail: string };

export function readCmi5Params(
  q: URLSearchParams,
): { ok: true; value: Cmi5Params } | { ok: false; problem: Cmi5Problem } {
  const get = (n: string) => q.get(n) ?? '';
  for (const n of ['endpoint', 'fetch', 'actor', 'registration', 'activityId'])
    if (!get(n)) return { ok: false, problem: { kind: 'missing-parameter', name: n } };
  let actor: Agent;
  try {
    actor = JSON.parse(get('actor')) as Agent;
  } catch {
    return { ok: false, problem: { kind: 'missing-parameter', name: 'actor' } };
  }
  const endpoint = get('endpoint').endsWith('/') ? get('endpoint') : `${get('endpoint')}/`;
  return {
    ok: true,
    value: {
      endpoint,
      fetchUrl: get('fetch'),
      actor,
      registration: get('registration'),
      activityId: get('activityId'),
    },
  };
}

const tokenKey = (p: Cmi5Params) => `acompana.cmi5.token:${p.fetchUrl}`;

/** The session's auth token: from sessionStorage after a reload, else POSTed for once. */
export async function authToken(
  p: Cmi5Params,
  doFetch: typeof fetch = fetch,
): Promise<{ ok: true; token: string } | { ok: false; problem: Cmi5Problem }> {
  const kept = sessionStorage.getItem(tokenKey(p));
  if (kept) return { ok: true, token: kept };
  try {
    const r = await doFetch(p.fetchUrl, { method: 'POST' });
    const body = (await r.json()) as {
      'auth-token'?: string;
      'error-code'?: string;
      'error-text'?: string;
    };
    if (!r.ok || !body['auth-token'])
      return {
        ok: false,
        problem: {
          kind: 'fetch-refused',
          detail: `${body['error-code'] ?? r.status} ${body['error-text'] ?? ''}`.trim(),
        },
      };
    sessionStorage.setItem(tokenKey(p), body['auth-token']);
    return { ok: true, token: body['auth-token'] };
  } catch (e) {
    return { ok: false, problem: { kind: 'fetch-refused', detail: String(e) } };
  }
}

const headers = (token: string) => ({
  Authorization: `Basic ${token}`,
  'X-Experience-API-Version': '1.0.3',
});
const stateUrl = (p: Cmi5Params, stateId: string) =>
  `${p.endpoint}activities/state?${new URLSearchParams({
    stateId,
    activityId: p.activityId,
    agent: JSON.stringify(p.actor),
    registration: p.registration,
  })}`;

export async function launchData(
  p: Cmi5Params,
  token: string,
  doFetch: typeof fetch = fetch,
): Promise<{ ok: true; value: LaunchData } | { ok: false; problem: Cmi5Problem }> {
  try {
    const r = await doFetch(stateUrl(p, 'LMS.LaunchData'), { headers: headers(token) });
    if (!r.ok) return { ok: false, problem: { kind: 'launch-data', detail: `HTTP ${r.status}` } };
    const d = (await r.json()) as Partial<LaunchData>;
    if (!d.contextTemplate || !d.launchMode)
      return {
        ok: false,
        problem: { kind: 'launch-data', detail: 'contextTemplate or launchMode missing' },
      };
    return { ok: true, value: d as LaunchData };
  } catch (e) {
    return { ok: false, problem: { kind: 'launch-data', detail: String(e) } };
  }
}

/** Our resume state, per registration and AU (the State API is the LMS's, so any device reads it). */
export const RESUME_STATE_ID = `${XAPI_BASE}/state/resume`;

export async function readResumeState(p: Cmi5Params, token: string, doFetch: typeof fetch = fetch) {
  try {
    const r = await doFetch(stateUrl(p, RESUME_STATE_ID), { headers: headers(token) });
    return r.ok ? await r.text() : undefined;
  } catch {
    return undefined;
  }
}

export async function writeResumeState(
  p: Cmi5Params,
  token: string,
  data: string,
  doFetch: typeof fetch = fetch,
) {
  try {
    const r = await doFetch(stateUrl(p, RESUME_STATE_ID), {
      method: 'PUT',
      headers: { ...headers(token), 'Content-Type': 'text/plain' },
      body: data,
    });
    return r.ok;
  } catch {
    return false;
  }
}

/**
 * The learner's language from the LMS (cmi5 §11, the `cmi5LearnerPreferences` agent profile):
 * `languagePreference` is a comma-separated list of RFC 5646 tags, most preferred first; the first
 * one the app speaks wins. None, or none the app speaks: undefined (the app keeps its own).
 */
export function preferredLanguage(languagePreference: unknown): 'es' | 'en' | undefined {
  if (typeof languagePreference !== 'string') return undefined;
  for (const tag of languagePreference.split(',')) {
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary === 'es' || primary === 'en') return primary;
  }
  return undefined;
}

export async function readLearnerLanguage(
  p: Cmi5Params,
  token: string,
  doFetch: typeof fetch = fetch,
): Promise<'es' | 'en' | undefined> {
  try {
    const r = await doFetch(
      `${p.endpoint}agents/profile?${new URLSearchParams({
        agent: JSON.stringify(p.actor),
        profileId: 'cmi5LearnerPreferences',
      })}`,
      { headers: headers(token) },
    );
    if (!r.ok) return undefined;
    const d = (await r.json()) as { languagePreference?: unknown };
    return preferredLanguage(d?.languagePreference);
  } catch {
    return undefined;
  }
}

/**
 * What this AU has already told the LMS in this registration (cmi5 §9.3: at most one Completed and
 * one Passed per registration, and no Failed after a Passed). Kept in the State API, per
 * registration and AU like LMS.LaunchData, so another device knows it too.
 */
export type MoveOnSent = { completed: boolean; passed: boolean };
export const MOVEON_STATE_ID = `${XAPI_BASE}/state/moveon`;

export async function readMoveOnSent(
  p: Cmi5Params,
  token: string,
  doFetch: typeof fetch = fetch,
): Promise<MoveOnSent> {
  try {
    const r = await doFetch(stateUrl(p, MOVEON_STATE_ID), { headers: headers(token) });
    if (!r.ok) return { completed: false, passed: false };
    const d = (await r.json()) as Partial<MoveOnSent>;
    return { completed: d.completed === true, passed: d.passed === true };
  } catch {
    return { completed: false, passed: false };
  }
}

export async function writeMoveOnSent(
  p: Cmi5Params,
  token: string,
  sent: MoveOnSent,
  doFetch: typeof fetch = fetch,
) {
  try {
    const r = await doFetch(stateUrl(p, MOVEON_STATE_ID), {
      method: 'PUT',
      headers: { ...headers(token), 'Content-Type': 'application/json' },
      body: JSON.stringify(sent),
    });
    return r.ok;
  } catch {
    return false;
  }
}

/** The session id the LMS put in the context template (cmi5 §10.2.2). */
export const sessionIdOf = (d: LaunchData): string | undefined =>
  d.contextTemplate.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] as
    string | undefined;
