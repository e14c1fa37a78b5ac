/**
 * The app's LRS emitter (loaded only when an LRS is configured). It hears every saved attempt
 * record, turns the steps not yet sent into statements (docs/xapi-profile.md), queues them in the
 * outbox and flushes. Sessions follow the player route: opening an attempt `initialized` (and
 * `resumed` when it has steps), leaving mid-module `suspended`, then `terminated`. Nothing is
 * queued without the trainee's consent (DESIGN §5 privacy).
 */
import { dimensionLookup, loadScenarioAt, loadScenarioText } from '../../content/scenario-source';
import type { AttemptRecord, LanguageTag } from '../../records/attempt-record';
import { onRecordSaved, sharedAttemptStore } from '../../records/attempt-store';
import { createDelivery, type Delivery, type QueueState } from '../../standards/lrs/delivery';
import type { LrsTarget } from '../../standards/lrs/lrs-target';
import { openStatementQueue, type StatementQueue } from '../../standards/lrs/statement-queue';
import { outcomeStatements, stepStatements } from '../../standards/xapi/attempt-statements';
import type { Statement } from '../../standards/xapi/statement';
import type { StatementOptions } from '../../standards/xapi/statement-context';
import {
  sessionStatement,
  type PlaySession,
  type SessionVerb,
} from '../../standards/xapi/session-statements';
import { loadProfile } from '../../features/play/profile';

export type LrsSync = {
  delivery: Delivery;
  queue: StatementQueue;
  settingsTarget(): Promise<LrsTarget | undefined>;
  saveSettingsTarget(t: LrsTarget | undefined): Promise<void>;
  /** The LRS an assignment link names, for that assignment's attempts. */
  saveAssignmentTarget(assignmentId: string, t: LrsTarget): Promise<void>;
  state(): Promise<QueueState>;
  subscribe(listener: (s: QueueState) => void): () => void;
};

/** Per attempt: how many log entries are already statements, and whether the outcome went. */
type Cursor = { steps: number; outcome: boolean };

const SETTINGS_KEY = 'target:settings';
const assignmentKey = (assignmentId: string) => `target:assignment:${assignmentId}`;

let started: Promise<LrsSync> | undefined;
/** Starts the emitter once per page. `language` reads the UI language when a statement is built. */
export function startLrsSync(language: () => LanguageTag): Promise<LrsSync> {
  return (started ??= start(language));
}

async function start(language: () => LanguageTag): Promise<LrsSync> {
  const queue = await openStatementQueue();
  const delivery = createDelivery({
    queue,
    locks: typeof navigator !== 'undefined' ? navigator.locks : undefined,
  });
  let session: (PlaySession & { attemptId: string; suspends: number }) | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const serial = (job: () => Promise<unknown>) => {
    chain = chain.then(job).catch((e: unknown) => console.warn('LRS emitter:', e));
    return chain;
  };

  // An assignment's own LRS (from its link, DESIGN §8.1) takes its attempts; settings take the rest.
  const targetFor = async (record: AttemptRecord): Promise<LrsTarget | undefined> =>
    (record.assignment
      ? await queue.getValue<LrsTarget>(assignmentKey(record.assignment.id))
      : undefined) ?? (await queue.getValue<LrsTarget>(SETTINGS_KEY));

  const optionsFor = async (record: AttemptRecord): Promise<StatementOptions | undefined> => {
    const scenario = await loadScenarioAt(record.scenario.id, record.scenario.version);
    if (!scenario) return undefined;
    const [es, en, dimensionOf] = await Promise.all([
      loadScenarioText(record.scenario.id, 'es'),
      loadScenarioText(record.scenario.id, 'en'),
      dimensionLookup(),
    ]);
    return {
      scenario,
      dimensionOf,
      language: language(),
      ...(es && en ? { texts: { es, en } } : {}),
    };
  };

  const allowed = async () => Boolean((await loadProfile())?.shareConsent);

  async function emit(
    record: AttemptRecord,
    session?: { verb: SessionVerb; s: PlaySession; seq?: number },
  ) {
    if (!(await allowed())) return;
    const target = await targetFor(record);
    const o = await optionsFor(record);
    if (!target || !o) return;
    const key = `cursor:${record.attemptId}`;
    const cursor = (await queue.getValue<Cursor>(key)) ?? { steps: 0, outcome: false };
    const out: Statement[] = [];
    if (session && (session.verb === 'initialized' || session.verb === 'resumed'))
      out.push(sessionStatement(record, o, session.verb, session.s, Date.now(), session.seq));
    const steps = stepStatements(record, o, cursor.steps);
    if (steps.ok) out.push(...steps.statements);
    const next: Cursor = {
      steps: steps.ok ? record.log.length : cursor.steps,
      outcome: cursor.outcome,
    };
    if (record.endedAt && !cursor.outcome) {
      const outcome = outcomeStatements(record, o);
      if (outcome.ok && outcome.statements.length) {
        out.push(...outcome.statements);
        next.outcome = true;
      }
    }
    if (session && (session.verb === 'suspended' || session.verb === 'terminated'))
      out.push(sessionStatement(record, o, session.verb, session.s, Date.now(), session.seq));
    if (out.length) await delivery.enqueue(out, target);
    await queue.setValue(key, next);
    await delivery.flush();
  }

  const attemptOnRoute = () => /^#\/play\/([^/]+)/.exec(window.location.hash)?.[1];
  async function openSession(attemptId: string) {
    const record = await (await sharedAttemptStore()).get(attemptId);
    if (!record) return;
    session = { id: crypto.randomUUID(), startedAt: Date.now(), attemptId, suspends: 0 };
    const s = session;
    await emit(record, { verb: 'initialized', s });
    if (record.log.length && !record.endedAt) await emit(record, { verb: 'resumed', s });
  }
  async function closeSession() {
    const s = session;
    session = undefined;
    if (!s) return;
    const record = await (await sharedAttemptStore()).get(s.attemptId);
    if (!record) return;
    if (!record.endedAt) await emit(record, { verb: 'suspended', s, seq: s.suspends++ });
    await emit(record, { verb: 'terminated', s });
  }
  const onRoute = () =>
    void serial(async () => {
      const id = attemptOnRoute();
      if (session && session.attemptId !== id) await closeSession();
      if (id && !session) await openSession(decodeURIComponent(id));
    });

  onRecordSaved((record) => void serial(() => emit(record)));
  window.addEventListener('hashchange', onRoute);
  // Leaving the page mid-module suspends (best effort: the outbox write may not finish on close).
  window.addEventListener('pagehide', () => void serial(closeSession));
  window.addEventListener('online', () => void delivery.flush({ force: true }));
  onRoute();

  // Retry when the backoff is due; one timer, re-armed on every state change.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (s: QueueState) => {
    if (timer) clearTimeout(timer);
    if (s.nextTryAt && !s.paused)
      timer = setTimeout(() => void delivery.flush(), Math.max(0, s.nextTryAt - Date.now()) + 50);
  };
  delivery.subscribe(arm);
  void delivery.flush().then(arm);

  return {
    delivery,
    queue,
    settingsTarget: async () => queue.getValue<LrsTarget>(SETTINGS_KEY),
    async saveSettingsTarget(t) {
      await queue.setValue(SETTINGS_KEY, t);
      if (t) await delivery.resume(t);
    },
    async saveAssignmentTarget(assignmentId, t) {
      await queue.setValue(assignmentKey(assignmentId), t);
    },
    state: () => delivery.state(),
    subscribe: (l) => delivery.subscribe(l),
  };
}
