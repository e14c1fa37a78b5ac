/**
 * The LRS as a source of attempts (DESIGN §5 "scale", issue 12 "Sources"): GET the xAPI
 * statements resource with the query's filters, follow `more` until it is empty, and rebuild the
 * attempt records from the profile's statements (docs/xapi-profile.md). No UI here; the dashboard
 * shows the progress and offers the cancel.
 *
 * The credentials are a READ key, kept apart from the write-only keys trainees carry in links
 * (DESIGN §8.1): nothing here stores them.
 */
import type { AttemptRecord } from '../../records/attempt-record';
import { ext } from '../xapi/profile';
import { rebuildRecords } from '../xapi/rebuild-records';
import type { Statement } from '../xapi/statement';

export type LrsReadCredentials = { endpoint: string; authorization: string };
/** `since`/`until`: ISO 8601 timestamps, compared with when the LRS stored each statement. */
export type LrsAttemptQuery = { since?: string; until?: string; activity?: string; verb?: string };
export type LrsReadProgress = { pages: number; statements: number };
export type LrsReadResult = {
  records: AttemptRecord[];
  /** Statements the LRS returned, ours or not (duplicates across pages counted once). */
  statements: number;
  unreadable: { attemptId?: string; reason: string }[];
};

export type LrsReadProblem =
  /** 401/403: the LRS refused this key (or the key may not read). */
  | { kind: 'credentials'; status: number }
  /** No answer: offline, DNS, CORS, refused connection, or no answer within the page timeout. */
  | { kind: 'network'; detail: string }
  /** The LRS answered something that is not a statement result (or a `more` we must not follow). */
  | { kind: 'malformed'; detail: string }
  /** Any other HTTP status (404: the endpoint is wrong; 5xx: the LRS failed). */
  | { kind: 'http'; status: number; detail: string }
  /** The caller's signal aborted the read. */
  | { kind: 'cancelled' };

export class LrsReadError extends Error {
  readonly problem: LrsReadProblem;
  constructor(problem: LrsReadProblem) {
    super(
      problem.kind === 'cancelled'
        ? 'LRS read cancelled'
        : `LRS read failed: ${problem.kind} ${'status' in problem ? problem.status : ''} ${
            'detail' in problem ? problem.detail : ''
          }`.trim(),
    );
    this.name = 'LrsReadError';
    this.problem = problem;
  }
}

export const isLrsReadError = (e: unknown): e is LrsReadError => e instanceof LrsReadError;

const XAPI_VERSION = '1.0.3';
const DEFAULT_PAGE_SIZE = 500;
/** One page that takes longer than this is a network failure (the caller may still cancel sooner). */
const PAGE_TIMEOUT_MS = 60_000;

/** The first page's URL. `related_activities` so a module IRI also finds the decision statements,
 * whose object is the node and whose module sits in `context.contextActivities.parent` (and under
 * cmi5 in `grouping`, the AU being the object): xAPI 1.0.3 §2.1.3 "related_activities". */
export function firstPageUrl(
  endpoint: string,
  q: LrsAttemptQuery & { registration?: string },
  pageSize: number,
): string {
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  const p = new URLSearchParams();
  if (q.activity) {
    p.set('activity', q.activity);
    p.set('related_activities', 'true');
  }
  if (q.verb) p.set('verb', q.verb);
  if (q.registration) p.set('registration', q.registration);
  if (q.since) p.set('since', q.since);
  if (q.until) p.set('until', q.until);
  p.set('limit', String(pageSize));
  p.set('ascending', 'true');
  return `${base}statements?${p.toString()}`;
}

/** `more` is relative to the LRS's origin (xAPI §2.1.3: path and query, no scheme or host). An
 * absolute `more` to another origin is refused: the read key must not go anywhere else. */
export function resolveMore(more: string, endpoint: string): string | undefined {
  const origin = new URL(endpoint).origin;
  const url = new URL(more, origin);
  return url.origin === origin ? url.href : undefined;
}

type Page = { statements: unknown[]; more: string };

async function getPage(
  url: string,
  cred: LrsReadCredentials,
  doFetch: typeof fetch,
  signal: AbortSignal | undefined,
  stop?: AbortSignal,
): Promise<Page> {
  const timeout = AbortSignal.timeout(PAGE_TIMEOUT_MS);
  const both = AbortSignal.any([timeout, ...(signal ? [signal] : []), ...(stop ? [stop] : [])]);
  let res: Response;
  try {
    res = await doFetch(url, {
      headers: {
        Authorization: cred.authorization,
        'X-Experience-API-Version': XAPI_VERSION,
        Accept: 'application/json',
      },
      signal: both,
    });
  } catch (e) {
    if (signal?.aborted) throw new LrsReadError({ kind: 'cancelled' });
    throw new LrsReadError({
      kind: 'network',
      detail: timeout.aborted ? `no answer in ${PAGE_TIMEOUT_MS / 1000} s` : String(e),
    });
  }
  if (res.status === 401 || res.status === 403)
    throw new LrsReadError({ kind: 'credentials', status: res.status });
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    if (signal?.aborted) throw new LrsReadError({ kind: 'cancelled' });
    throw new LrsReadError({ kind: 'network', detail: String(e) });
  }
  if (!res.ok)
    throw new LrsReadError({ kind: 'http', status: res.status, detail: text.slice(0, 300) });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new LrsReadError({ kind: 'malformed', detail: `not JSON: ${text.slice(0, 80)}` });
  }
  if (typeof body !== 'object' || body === null || !Array.isArray((body as Page).statements))
    throw new LrsReadError({ kind: 'malformed', detail: 'no "statements" array' });
  const more = (body as { more?: unknown }).more;
  if (more !== undefined && more !== null && typeof more !== 'string')
    throw new LrsReadError({ kind: 'malformed', detail: '"more" is not a string' });
  return { statements: (body as Page).statements, more: typeof more === 'string' ? more : '' };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

type Slim =
  | { kind: 'ours'; id: string; attemptId: string; registration?: string; statement: Statement }
  | { kind: 'foreign'; id?: string };
type Bad = { kind: 'bad'; id?: string; attemptId?: string; reason: string };

/**
 * Keep only what `rebuildRecords` reads (verb, timestamp, the attempt header and the step), so a
 * large read does not hold every choice text of every decision in memory.
 */
function slim(raw: unknown): Slim | Bad {
  if (!isObj(raw)) return { kind: 'bad', reason: 'a statement that is not an object' };
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const context = isObj(raw.context) ? raw.context : undefined;
  const extensions = context && isObj(context.extensions) ? context.extensions : undefined;
  const header = extensions?.[ext.attempt];
  if (header === undefined) return { kind: 'foreign', ...(id ? { id } : {}) };
  const attemptId =
    isObj(header) && typeof header.attemptId === 'string' ? header.attemptId : undefined;
  const bad = (reason: string): Bad => ({
    kind: 'bad',
    ...(id ? { id } : {}),
    ...(attemptId ? { attemptId } : {}),
    reason: `statement ${id ?? '(no id)'}: ${reason}`,
  });
  if (!id) return bad('no id');
  if (!attemptId) return bad('the attempt header has no attemptId');
  const verb = isObj(raw.verb) && typeof raw.verb.id === 'string' ? raw.verb.id : undefined;
  if (!verb) return bad('no verb id');
  if (typeof raw.timestamp !== 'string') return bad('no timestamp');
  const step = extensions?.[ext.step];
  if (
    step !== undefined &&
    !(
      isObj(step) &&
      Number.isInteger(step.index) &&
      (step.index as number) >= 0 &&
      isObj(step.entry)
    )
  )
    return bad('a step extension without an index and an entry');
  const registration = typeof context?.registration === 'string' ? context.registration : undefined;
  return {
    kind: 'ours',
    id,
    attemptId,
    ...(registration ? { registration } : {}),
    statement: {
      id,
      actor: {},
      verb: { id: verb, display: {} },
      object: { objectType: 'Activity', id: isObj(raw.object) ? String(raw.object.id) : '' },
      context: {
        extensions: { [ext.attempt]: header, ...(step !== undefined ? { [ext.step]: step } : {}) },
      },
      timestamp: raw.timestamp,
    },
  };
}

/** Attempts' registrations fetched at once in the second pass: a few, not a flood of requests. */
const PARALLEL = 4;

/**
 * Read the statements matching `query` and rebuild the attempts in them. The filters choose
 * attempts; every record comes back whole:
 * - no filter, or `activity` alone (a module, node, assignment or AU IRI, matched with
 *   `related_activities`): every statement of a matching attempt relates to its module, so one
 *   pass finds them all;
 * - `verb`, `since` or `until` select statements, not whole attempts (a `since` after an attempt's
 *   first step, a verb that leaves its steps out), so a second pass reads each chosen attempt by
 *   its `registration` (the attempt id outside cmi5, the LMS registration under it).
 * An attempt with a step missing even so is listed in `unreadable`, never rebuilt from part of its
 * log. Statements of other content in the same LRS are counted and otherwise ignored.
 */
export async function readAttemptsFromLrs(
  cred: LrsReadCredentials,
  query: LrsAttemptQuery,
  opts: {
    signal?: AbortSignal;
    onProgress?: (p: LrsReadProgress) => void;
    pageSize?: number;
    fetch?: typeof fetch;
  } = {},
): Promise<LrsReadResult> {
  const { signal, onProgress, pageSize = DEFAULT_PAGE_SIZE } = opts;
  const doFetch = opts.fetch ?? fetch;
  const seenIds = new Set<string>();
  const ours: Statement[] = [];
  /** attempt id → registration, for the attempts the filters chose. */
  const chosen = new Map<string, string | undefined>();
  const unreadable: LrsReadResult['unreadable'] = [];
  let count = 0;
  let pages = 0;

  const readAll = async (first: string, choose: boolean, stop?: AbortSignal) => {
    const seenUrls = new Set<string>();
    let url = first;
    for (;;) {
      if (signal?.aborted) throw new LrsReadError({ kind: 'cancelled' });
      seenUrls.add(url);
      const page = await getPage(url, cred, doFetch, signal, stop);
      pages++;
      for (const raw of page.statements) {
        const s = slim(raw);
        if (choose && s.kind === 'ours' && !chosen.has(s.attemptId))
          chosen.set(s.attemptId, s.registration);
        if (s.id !== undefined) {
          if (seenIds.has(s.id)) continue;
          seenIds.add(s.id);
        }
        count++;
        if (s.kind === 'ours') ours.push(s.statement);
        else if (s.kind === 'bad')
          unreadable.push({ ...(s.attemptId ? { attemptId: s.attemptId } : {}), reason: s.reason });
      }
      onProgress?.({ pages, statements: count });
      if (!page.more) return;
      const next = resolveMore(page.more, cred.endpoint);
      if (!next)
        throw new LrsReadError({ kind: 'malformed', detail: '"more" points to another origin' });
      if (seenUrls.has(next))
        throw new LrsReadError({ kind: 'malformed', detail: '"more" repeats a page already read' });
      url = next;
    }
  };

  const partial = Boolean(query.verb || query.since || query.until);
  await readAll(firstPageUrl(cred.endpoint, query, pageSize), true);
  if (partial) {
    const registrations = new Set<string>();
    for (const [attemptId, reg] of chosen)
      if (reg) registrations.add(reg);
      else
        unreadable.push({
          attemptId,
          reason:
            'the filters chose part of this attempt and it has no registration to read the rest by',
        });
    const queue = [...registrations];
    // One failed pass stops its siblings, so a refused key does not go on knocking.
    const stop = new AbortController();
    const worker = async () => {
      while (queue.length) {
        const reg = queue.shift()!;
        try {
          await readAll(
            firstPageUrl(cred.endpoint, { registration: reg }, pageSize),
            false,
            stop.signal,
          );
        } catch (e) {
          stop.abort();
          throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  }
  if (signal?.aborted) throw new LrsReadError({ kind: 'cancelled' });
  const rebuilt = rebuildRecords(ours);
  for (const p of rebuilt.problems)
    if (!partial || chosen.get(p.attemptId) !== undefined)
      unreadable.push({
        attemptId: p.attemptId,
        reason: p.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      });
  // A registration under cmi5 can hold attempts the filters did not choose: leave those out, and
  // an attempt chosen without a registration is already listed as unreadable.
  const wanted = (attemptId: string | undefined) =>
    !partial || attemptId === undefined || chosen.has(attemptId);
  return {
    records: partial
      ? rebuilt.records.filter((r) => chosen.get(r.attemptId) !== undefined)
      : rebuilt.records,
    statements: count,
    unreadable: unreadable.filter((u) => wanted(u.attemptId)),
  };
}
