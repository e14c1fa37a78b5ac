import type { AttemptRecord, LanguageTag } from '../../records/attempt-record';
import type { Dimension } from '../../engine/schema/guideline';
import type { Scenario } from '../../engine/schema/scenario';
import { lookupText } from '../../engine/text/text-keys';
import {
  ACTIVITY_TYPES,
  CMI5_CATEGORY,
  CMI5_MOVEON,
  ext,
  iri,
  VERBS,
  type VerbName,
} from './profile';
import type { Activity, Agent, Context, LanguageMap, Result, Statement } from './statement';

/** What a cmi5 launch fixes for every statement of its session (cmi5 §8.1, §10). */
export type Cmi5Launch = {
  actor: Agent;
  registration: string;
  /** The AU's activity id: the object of every cmi5-defined statement. */
  activityId: string;
  sessionId: string;
  /** From LMS.LaunchData; merged into every statement unmodified. */
  contextTemplate?: Context;
  masteryScore?: number;
  /**
   * What the AU already sent as cmi5-defined statements in this registration (from the State API).
   * A retake after that sends its judgement and completion as cmi5 "allowed" statements instead
   * (object: the module IRI, no cmi5 category), so the LMS never gets a second Completed or
   * Passed, or a Failed after a Passed (cmi5 §9.3), and the attempt still rebuilds from the LRS.
   */
  alreadySent?: { completed: boolean; passed: boolean };
};

export type StatementOptions = {
  scenario: Scenario;
  dimensionOf: (guidelineId: string) => Dimension | undefined;
  /** The module's text in both languages, for names and descriptions; optional. */
  texts?: { es: Record<string, unknown>; en: Record<string, unknown> };
  /** The UI language when the statement is built (context.language). */
  language: LanguageTag;
  cmi5?: Cmi5Launch;
};

/** Every attempt-record v2 field except the log and the end time (DESIGN §8.3). */
export type AttemptHeader = Omit<AttemptRecord, 'recordVersion' | 'log' | 'endedAt' | 'claimed'>;

export function attemptHeader(r: AttemptRecord): AttemptHeader {
  return {
    attemptId: r.attemptId,
    learner: r.learner,
    mode: r.mode,
    feedback: r.feedback,
    ...(r.assignment ? { assignment: r.assignment } : {}),
    languages: r.languages,
    passMark: r.passMark,
    scenario: r.scenario,
    seed: r.seed,
    startedAt: r.startedAt,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A language map with both languages when the module's text has them. */
export function textMap(o: StatementOptions, key: string): LanguageMap | undefined {
  if (!o.texts) return undefined;
  const es = lookupText(o.texts.es, key);
  const en = lookupText(o.texts.en, key);
  if (!es && !en) return undefined;
  return { ...(es ? { 'es-MX': es } : {}), ...(en ? { 'en-US': en } : {}) };
}

export const activity = (id: string, definition?: Activity['definition']): Activity => ({
  objectType: 'Activity',
  id,
  ...(definition ? { definition } : {}),
});

/** The module as an activity: the cmi5 AU when launched by an LMS, else our module IRI. */
export function moduleActivity(record: AttemptRecord, o: StatementOptions): Activity {
  if (o.cmi5) return activity(o.cmi5.activityId);
  const name = textMap(o, 'title');
  return activity(iri.module(record.scenario.id), {
    type: ACTIVITY_TYPES.module,
    ...(name ? { name } : {}),
  });
}

export function actorOf(record: AttemptRecord, o: StatementOptions): Agent {
  // An opaque account, never the pseudonym (xAPI privacy advice); an LMS launch brings its own actor.
  return (
    o.cmi5?.actor ?? {
      objectType: 'Agent',
      account: { homePage: iri.learnerHome, name: record.learner.id },
    }
  );
}

/** Seconds as an ISO 8601 duration, to the hundredth (xAPI and SCORM 2004). */
export function isoDuration(ms: number): string {
  return `PT${Math.max(0, Math.round(ms / 10) / 100)}S`;
}

type Build = {
  verb: VerbName;
  object: Activity;
  id: string;
  at: number | string;
  result?: Result;
  /** cmi5-defined statements carry the cmi5 category (and moveOn when they judge). */
  defined?: 'cmi5' | 'moveon';
  extensions?: Record<string, unknown>;
};

export function buildStatement(record: AttemptRecord, o: StatementOptions, b: Build): Statement {
  const template = o.cmi5?.contextTemplate;
  const module = moduleActivity(record, o);
  const isModule = b.object.id === module.id;
  const grouping: Activity[] = [
    ...(template?.contextActivities?.grouping ?? []),
    ...(o.cmi5 ? [activity(iri.module(record.scenario.id))] : []),
    ...(record.assignment ? [activity(iri.assignment(record.assignment.id))] : []),
  ];
  const category: Activity[] = [
    ...(template?.contextActivities?.category ?? []),
    activity(iri.profile),
    ...(o.cmi5 && b.defined ? [activity(CMI5_CATEGORY)] : []),
    ...(o.cmi5 && b.defined === 'moveon' ? [activity(CMI5_MOVEON)] : []),
  ];
  const context: Context = {
    ...(o.cmi5
      ? { registration: o.cmi5.registration }
      : UUID.test(record.attemptId)
        ? { registration: record.attemptId }
        : {}),
    contextActivities: {
      ...template?.contextActivities,
      ...(isModule ? {} : { parent: [activity(module.id)] }),
      ...(grouping.length ? { grouping } : {}),
      category,
    },
    revision: `${record.scenario.id}@${record.scenario.version}`,
    platform: 'Acompaña',
    language: o.language === 'en' ? 'en-US' : 'es-MX',
    extensions: {
      ...template?.extensions,
      [ext.attempt]: attemptHeader(record),
      ...(o.cmi5 ? { [ext.cmi5SessionId]: o.cmi5.sessionId } : {}),
      ...b.extensions,
    },
  };
  return {
    id: b.id,
    actor: actorOf(record, o),
    verb: VERBS[b.verb],
    object: b.object,
    ...(b.result ? { result: b.result } : {}),
    context,
    timestamp: new Date(b.at).toISOString(),
  };
}
