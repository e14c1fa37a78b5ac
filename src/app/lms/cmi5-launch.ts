/**
 * A cmi5 launch (loaded only when the page is opened as an AU): token, launch data, resume state;
 * then `initialized`, one statement per step, passed/failed and completed at the end, and
 * `terminated` on leaving — all through the LRS outbox, so a dropped connection mid-module loses
 * nothing. Browse and Review launches send only initialized and terminated (cmi5 §10.2.2).
 * The LMS is the organization's platform of record for this launch: no separate consent is asked.
 */
import { dimensionLookup, loadScenario, loadScenarioText } from '../../content/scenario-source';
import type { AttemptRecord, LanguageTag } from '../../records/attempt-record';
import { onRecordSaved, sharedAttemptStore } from '../../records/attempt-store';
import {
  authToken,
  launchData,
  readCmi5Params,
  readLearnerLanguage,
  readMoveOnSent,
  readResumeState,
  sessionIdOf,
  writeMoveOnSent,
  writeResumeState,
} from '../../standards/cmi5/cmi5-launch-data';
import { createDelivery } from '../../standards/lrs/delivery';
import type { LrsTarget } from '../../standards/lrs/lrs-target';
import { openStatementQueue } from '../../standards/lrs/statement-queue';
import { decodeSuspendData, encodeSuspendData } from '../../standards/scorm/suspend-data';
import { outcomeStatements, stepStatements } from '../../standards/xapi/attempt-statements';
import { sessionStatement } from '../../standards/xapi/session-statements';
import type { StatementOptions } from '../../standards/xapi/statement-context';
import { lmsLearner, newLmsRecord } from './lms-record';
import { endSessionOnPageHide, sessionEndedKey } from './cmi5-page-hide';

export type Cmi5LaunchResult =
  /** `language`: the learner's language from the LMS (cmi5LearnerPreferences), when the app has it. */
  | { ok: true; attemptId: string; language?: 'es' | 'en' }
  | {
      ok: false;
      reason: 'launch-failed' | 'unknown-module' | 'fetch-refused' | 'session-ended';
      detail?: string;
    };

let launched: Promise<Cmi5LaunchResult> | undefined;
export const launchCmi5 = (moduleId: string, q: URLSearchParams, language: LanguageTag) =>
  (launched ??= launch(moduleId, q, language));

async function launch(
  moduleId: string,
  q: URLSearchParams,
  uiLanguage: LanguageTag,
): Promise<Cmi5LaunchResult> {
  let language = uiLanguage;
  const params = readCmi5Params(q);
  if (!params.ok)
    return {
      ok: false,
      reason: 'launch-failed',
      detail: `missing ${JSON.stringify(params.problem)}`,
    };
  const p = params.value;
  const scenario = await loadScenario(moduleId);
  if (!scenario) return { ok: false, reason: 'unknown-module', detail: moduleId };
  const token = await authToken(p);
  if (!token.ok)
    return {
      ok: false,
      reason: token.problem.kind === 'fetch-refused' ? 'fetch-refused' : 'launch-failed',
      detail: JSON.stringify(token.problem),
    };
  const data = await launchData(p, token.token);
  if (!data.ok) return { ok: false, reason: 'launch-failed', detail: JSON.stringify(data.problem) };
  const launch = data.value;
  const sessionId = sessionIdOf(launch) ?? crypto.randomUUID();
  const normal = launch.launchMode === 'Normal';
  // This tab's session already sent `terminated` when its page went away (a reload the app could
  // not tell from a close): the LMS closed the session, so nothing more may be sent in it. The
  // progress is in the State API; a new launch from the LMS resumes it.
  if (sessionStorage.getItem(sessionEndedKey(sessionId)))
    return { ok: false, reason: 'session-ended' };
  const [preferred, alreadySent] = await Promise.all([
    readLearnerLanguage(p, token.token),
    readMoveOnSent(p, token.token),
  ]);
  if (preferred) language = preferred === 'es' ? 'es-MX' : 'en';

  // Resume: this session's record after a reload, else the State API (another device), else new.
  const store = await sharedAttemptStore();
  const sessionKey = `acompana.cmi5.attempt:${p.registration}:${p.activityId}`;
  const learner = await lmsLearner(scenario, {
    id: p.actor.account?.name ?? p.actor.mbox ?? '',
    name: p.actor.name ?? '',
  });
  let record: AttemptRecord | undefined;
  const keptId = sessionStorage.getItem(sessionKey);
  if (keptId) record = await store.get(keptId);
  if (!record) {
    const saved = await readResumeState(p, token.token);
    const decoded = saved ? decodeSuspendData(saved, scenario, learner) : undefined;
    if (decoded?.ok && !decoded.record.endedAt) record = decoded.record;
  }
  record ??= newLmsRecord(scenario, learner, language, launch.masteryScore);
  if (!normal) record = { ...record, mode: 'practice', feedback: 'immediate' };
  sessionStorage.setItem(sessionKey, record.attemptId);
  await store.save(record);

  const [es, en, dimensionOf] = await Promise.all([
    loadScenarioText(moduleId, 'es'),
    loadScenarioText(moduleId, 'en'),
    dimensionLookup(),
  ]);
  const o: StatementOptions = {
    scenario,
    dimensionOf,
    language,
    ...(es && en ? { texts: { es, en } } : {}),
    cmi5: {
      actor: p.actor,
      registration: p.registration,
      activityId: p.activityId,
      sessionId,
      contextTemplate: launch.contextTemplate,
      ...(launch.masteryScore !== undefined ? { masteryScore: launch.masteryScore } : {}),
      alreadySent: { ...alreadySent },
    },
  };
  const target: LrsTarget = {
    endpoint: p.endpoint,
    authorization: `Basic ${token.token}`,
    source: 'cmi5',
  };
  const queue = await openStatementQueue();
  const delivery = createDelivery({ queue, locks: navigator.locks });
  const session = { id: sessionId, startedAt: Date.now() };
  const cursorKey = `cmi5-cursor:${sessionId}:${record.attemptId}`;
  type Cursor = { steps: number; outcome: boolean; initialized: boolean };
  let chain: Promise<unknown> = Promise.resolve();
  // Emits not yet in the outbox: a page leaving then must not send terminated ahead of them.
  let busy = 0;

  let latest = record;
  /** Queues what `r` adds to the session; `queued` as soon as it is in the outbox. */
  const sendUpdate = async (r: AttemptRecord, queued: () => void) => {
    const c = (await queue.getValue<Cursor>(cursorKey)) ?? {
      steps: r.log.length,
      outcome: false,
      initialized: false,
    };
    const out = [];
    // initialized first in every session (a reload keeps the session: sent once).
    if (!c.initialized) out.push(sessionStatement(r, o, 'initialized', session, Date.now()));
    if (normal) {
      const steps = stepStatements(r, o, c.steps);
      if (steps.ok) out.push(...steps.statements);
      if (r.endedAt && !c.outcome) {
        const outcome = outcomeStatements(r, o);
        if (outcome.ok) out.push(...outcome.statements);
      }
    }
    await delivery.enqueue(out, target);
    queued();
    await queue.setValue(cursorKey, {
      steps: r.log.length,
      outcome: c.outcome || Boolean(r.endedAt),
      initialized: true,
    } satisfies Cursor);
    if (normal) await writeResumeState(p, token.token, encodeSuspendData(r, scenario, 64000));
    if (normal && r.endedAt && !c.outcome) {
      // The State API remembers what this registration has had, for its next attempt.
      alreadySent.passed ||= out.some((s) => s.verb.id.endsWith('/passed'));
      alreadySent.completed = true;
      await writeMoveOnSent(p, token.token, { ...alreadySent });
    }
    await delivery.flush();
  };
  const emit = (r: AttemptRecord) => {
    latest = r;
    busy++;
    let done = false;
    const queued = () => {
      if (!done) busy--;
      done = true;
    };
    chain = chain
      .then(() => sendUpdate(r, queued))
      .catch((e: unknown) => console.warn('cmi5:', e))
      .finally(queued);
    return chain;
  };

  // Steps taken before this session (a resume) were sent by their own session.
  if (!(await queue.getValue<Cursor>(cursorKey)))
    await queue.setValue(cursorKey, {
      steps: record.log.length,
      outcome: Boolean(record.endedAt),
      initialized: false,
    });
  await emit(record);
  const attemptId = record.attemptId;
  onRecordSaved((r) => {
    if (r.attemptId === attemptId) void emit(r);
  });
  window.addEventListener('online', () => void delivery.flush({ force: true }));

  // terminated last. After an ending it follows completed at once (nothing else belongs to the
  // session); leaving mid-module by the player's own exit sends suspended then terminated and
  // returns to the LMS; a closed tab sends them as the page goes (cmi5-page-hide.ts), while a
  // reload the app can see coming keeps the session (DESIGN §8.10).
  let terminated = false;
  const terminate = (suspend: boolean) => {
    if (terminated) return chain;
    terminated = true;
    chain = chain.then(async () => {
      const now = Date.now();
      await delivery.enqueue(
        [
          ...(suspend ? [sessionStatement(latest, o, 'suspended', session, now)] : []),
          sessionStatement(latest, o, 'terminated', session, now + 1),
        ],
        target,
      );
      await delivery.flush();
    });
    return chain;
  };
  onRecordSaved((r) => {
    if (r.attemptId === attemptId && r.endedAt) void terminate(false);
  });
  if (record.endedAt) void terminate(false);
  window.addEventListener('hashchange', () => {
    const h = window.location.hash;
    if (h.includes(encodeURIComponent(attemptId)) || h.includes(attemptId)) return;
    void terminate(!latest.endedAt).then(() => {
      if (launch.returnURL) window.location.assign(launch.returnURL);
    });
  });
  let waiting = (await delivery.state()).waiting;
  delivery.subscribe((st) => (waiting = st.waiting));
  endSessionOnPageHide({
    sessionId,
    target,
    // Only when nothing is waiting to be sent: terminated must not overtake the steps (if it
    // would, the LMS records the session as abandoned, and the steps follow on the next launch).
    closing: () => {
      if (terminated || busy > 0 || waiting > 0) return undefined;
      terminated = true;
      const now = Date.now();
      return [
        ...(latest.endedAt ? [] : [sessionStatement(latest, o, 'suspended', session, now)]),
        sessionStatement(latest, o, 'terminated', session, now + 1),
      ];
    },
  });
  return { ok: true, attemptId, ...(preferred ? { language: preferred } : {}) };
}
