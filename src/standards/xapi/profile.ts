/**
 * The Acompaña xAPI profile's identifiers (docs/xapi-profile.md). Every IRI we mint sits under one
 * base; verbs come from the ADL and cmi5 vocabularies. The ids are names, never fetched.
 */
export const XAPI_BASE = 'https://w3id.org/acompana/xapi';

export const iri = {
  module: (scenarioId: string) => `${XAPI_BASE}/modules/${scenarioId}`,
  node: (scenarioId: string, nodeId: string) =>
    `${XAPI_BASE}/modules/${scenarioId}/nodes/${nodeId}`,
  back: (scenarioId: string) => `${XAPI_BASE}/modules/${scenarioId}/actions/back`,
  assignment: (assignmentId: string) => `${XAPI_BASE}/assignments/${assignmentId}`,
  /** Marks every statement as following this profile (contextActivities.category). */
  profile: `${XAPI_BASE}/profile/v1`,
  learnerHome: `${XAPI_BASE}/learners`,
} as const;

/** Extension keys (context or result). */
export const ext = {
  /** The attempt's header: every attempt-record field except the log (DESIGN §8.3). */
  attempt: `${XAPI_BASE}/extensions/attempt`,
  /** `{ index, entry }`: the log entry this statement reports, exactly as logged. */
  step: `${XAPI_BASE}/extensions/step`,
  quality: `${XAPI_BASE}/extensions/quality`,
  points: `${XAPI_BASE}/extensions/points`,
  critical: `${XAPI_BASE}/extensions/critical`,
  guidelines: `${XAPI_BASE}/extensions/guidelines`,
  dimensions: `${XAPI_BASE}/extensions/dimensions`,
  measures: `${XAPI_BASE}/extensions/welfare-measures`,
  criticalErrors: `${XAPI_BASE}/extensions/critical-errors`,
  /** The score of a failed attempt whose score alone would pass (cmi5 forbids it in result.score). */
  score: `${XAPI_BASE}/extensions/score`,
  passMark: `${XAPI_BASE}/extensions/pass-mark`,
  ending: `${XAPI_BASE}/extensions/ending`,
  cmi5SessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  cmi5MasteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

const adl = (v: string) => `http://adlnet.gov/expapi/verbs/${v}`;
export const VERBS = {
  initialized: { id: adl('initialized'), display: { 'en-US': 'initialized', 'es-MX': 'inició' } },
  answered: { id: adl('answered'), display: { 'en-US': 'answered', 'es-MX': 'respondió' } },
  experienced: {
    id: adl('experienced'),
    display: { 'en-US': 'experienced', 'es-MX': 'recorrió' },
  },
  interacted: {
    id: adl('interacted'),
    display: { 'en-US': 'interacted', 'es-MX': 'interactuó' },
  },
  completed: { id: adl('completed'), display: { 'en-US': 'completed', 'es-MX': 'completó' } },
  passed: { id: adl('passed'), display: { 'en-US': 'passed', 'es-MX': 'aprobó' } },
  failed: { id: adl('failed'), display: { 'en-US': 'failed', 'es-MX': 'no aprobó' } },
  suspended: { id: adl('suspended'), display: { 'en-US': 'suspended', 'es-MX': 'pausó' } },
  resumed: { id: adl('resumed'), display: { 'en-US': 'resumed', 'es-MX': 'reanudó' } },
  terminated: {
    id: adl('terminated'),
    display: { 'en-US': 'terminated', 'es-MX': 'terminó' },
  },
} as const;
export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  module: 'http://adlnet.gov/expapi/activities/module',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assignment: 'http://adlnet.gov/expapi/activities/course',
} as const;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const CMI5_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

/** xAPI language-map tags for the app's two languages (DESIGN §5). */
export type MapLanguage = 'es-MX' | 'en-US';
export const mapLanguage = (tag: 'es-MX' | 'en'): MapLanguage => (tag === 'en' ? 'en-US' : 'es-MX');
