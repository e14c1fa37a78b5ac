/**
 * Scenario format, schema version 1 (DESIGN §3, refined in scenarios/README.md).
 *
 * Structure only: every trainee-visible string lives in `scenarios/<id>/locales/{es,en}.json`
 * under keys derived from ids (see `../text/text-keys.ts`). Conditions and effects are small
 * typed data, never code. Types are inferred from these schemas; runtime code imports them with
 * `import type`, so zod never reaches the trainee's bundle.
 */
import { z } from 'zod';
import { RESERVED_NAMES } from '../own.ts';

const reserved = (name: string) => !RESERVED_NAMES.has(name);
const reservedMessage =
  'is a name JavaScript objects already have (like "constructor" or "valueOf"): choose another';
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a kebab-case id (lowercase letters, digits and single hyphens)',
  )
  .refine(reserved, reservedMessage);
/** Variable names are free text, but never a member of Object.prototype (reliability review M4). */
export const variableNameSchema = z.string().min(1).refine(reserved, reservedMessage);
export const guidelineIdSchema = z
  .string()
  .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/, 'must be a catalogue id like START-RR30');

import {
  CAPABILITIES,
  CONTENT_NOTES,
  QUALITIES,
  QUESTION_TYPES,
  RATINGS,
  ROLES,
  SECURITY_LEVELS,
  STEPS,
  SURVIVOR_FLAGS,
} from './enums.ts';

export * from './enums.ts';

/* ---------- conditions and effects ---------- */

const comparators = {
  eq: z.number().optional(),
  ne: z.number().optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
};
const hasComparator = (c: Record<string, unknown>) =>
  ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'].some((k) => typeof c[k] === 'number');

export type Comparison = {
  eq?: number;
  ne?: number;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
};
export type Condition =
  | ({ var: string } & Comparison)
  | ({ metric: string } & Comparison)
  | { visited: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z
      .strictObject({ var: z.string(), ...comparators })
      .refine(hasComparator, 'needs one of eq, ne, gt, gte, lt, lte'),
    z
      .strictObject({ metric: z.string(), ...comparators })
      .refine(hasComparator, 'needs one of eq, ne, gt, gte, lt, lte'),
    z.strictObject({ visited: idSchema }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
) as z.ZodType<Condition>;

export const effectSchema = z.union([
  z.strictObject({ add: z.string(), by: z.number() }),
  z.strictObject({ add: z.string(), byMetric: z.string() }),
  z.strictObject({ set: z.string(), to: z.number() }),
]);
export type Effect = z.infer<typeof effectSchema>;

const variableSchema = z.union([
  z.number(),
  z.strictObject({ initial: z.number(), min: z.number().optional(), max: z.number().optional() }),
]);

/* ---------- nodes ---------- */

const outcomeSchema = z.strictObject({
  when: conditionSchema.optional(),
  next: idSchema,
  effects: z.array(effectSchema).optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const choiceSchema = z
  .strictObject({
    id: idSchema,
    next: idSchema,
    quality: z.enum(QUALITIES),
    guidelines: z.array(guidelineIdSchema).min(1),
    effects: z.array(effectSchema).optional(),
    when: conditionSchema.optional(),
    /** harmful choices are critical unless the author says otherwise, with a reason (DESIGN §4). */
    critical: z.boolean().optional(),
    criticalReason: z.string().optional(),
  })
  .refine((c) => c.critical !== false || (c.criticalReason ?? '').length > 0, {
    message: '"critical": false needs a "criticalReason"',
    path: ['criticalReason'],
  });
export type Choice = z.infer<typeof choiceSchema>;

const provenance = {
  /** Catalogue decision points (DP-T-01 …) this node is built on. */
  decisionPoints: z.array(z.string().regex(/^DP-[THRISA]-\d{2}$/)).optional(),
};

/** Story text and a Continue button; `outcomes` route on variables (e.g. to the ending earned). */
const narrativeNode = z
  .strictObject({
    kind: z.literal('narrative'),
    next: idSchema.optional(),
    outcomes: z.array(outcomeSchema).min(1).optional(),
    effects: z.array(effectSchema).optional(),
    ...provenance,
  })
  .refine((n) => (n.next === undefined) !== (n.outcomes === undefined), {
    message: 'a narrative node needs exactly one of "next" or "outcomes"',
  });
const decisionNode = z.strictObject({
  kind: z.literal('decision'),
  choices: z.array(choiceSchema).min(2),
  ...provenance,
});
const guidelineList = z.array(guidelineIdSchema);
const triageNode = z.strictObject({
  kind: z.literal('triage'),
  casualties: z.array(idSchema).min(1),
  /** Extra guidelines cited on every item besides the classifier's own rule. */
  guidelines: guidelineList.optional(),
  outcomes: z.array(outcomeSchema).min(1),
  ...provenance,
});
const dispersionNode = z.strictObject({
  kind: z.literal('dispersion'),
  survivors: z.array(idSchema).min(1),
  hospitals: z.array(idSchema).min(2),
  guidelines: z.strictObject({
    default: guidelineList.min(1),
    capability: guidelineList.optional(),
    capacity: guidelineList.optional(),
    separation: guidelineList.optional(),
    'caregiver-risk': guidelineList.optional(),
    'family-split': guidelineList.optional(),
    security: guidelineList.optional(),
    load: guidelineList.optional(),
  }),
  outcomes: z.array(outcomeSchema).min(1),
  ...provenance,
});
const interviewNode = z.strictObject({
  kind: z.literal('interview'),
  facts: z.array(idSchema).min(1),
  questions: z.array(idSchema).min(2),
  minQuestions: z.number().int().min(1).optional(),
  maxQuestions: z.number().int().min(1).optional(),
  guidelines: z.strictObject({
    default: guidelineList.min(1),
    're-ask': guidelineList.optional(),
    leading: guidelineList.optional(),
    blaming: guidelineList.optional(),
    closed: guidelineList.optional(),
    coverage: guidelineList.optional(),
  }),
  outcomes: z.array(outcomeSchema).min(1),
  ...provenance,
});
const endingNode = z.strictObject({
  kind: z.literal('ending'),
  rating: z.enum(RATINGS),
  effects: z.array(effectSchema).optional(),
});

export const nodeSchema = z.discriminatedUnion('kind', [
  narrativeNode,
  decisionNode,
  triageNode,
  dispersionNode,
  interviewNode,
  endingNode,
]);
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type NodeKind = ScenarioNode['kind'];
export type DecisionNode = z.infer<typeof decisionNode>;
export type TriageNode = z.infer<typeof triageNode>;
export type DispersionNode = z.infer<typeof dispersionNode>;
export type InterviewNode = z.infer<typeof interviewNode>;
export type EndingNode = z.infer<typeof endingNode>;
export type NarrativeNode = z.infer<typeof narrativeNode>;
export type InteractionNode = TriageNode | DispersionNode | InterviewNode;

/* ---------- interaction data ---------- */

export const casualtySchema = z.strictObject({
  age: z.number().int().min(0).max(110),
  /** JS-AGE: the tool follows appearance; default is by age (8 or under looks like a child). */
  appearsChild: z.boolean().optional(),
  walks: z.boolean(),
  breathing: z.boolean(),
  /** Only for someone not breathing: does breathing start once the airway is positioned? */
  breathesAfterAirway: z.boolean().optional(),
  /** JumpSTART only: breathing after five rescue breaths (child with a pulse). */
  breathesAfterRescueBreaths: z.boolean().optional(),
  respiratoryRate: z.number().int().min(0).max(120).optional(),
  /** START: radial pulse; JumpSTART: palpable peripheral pulse. */
  pulse: z.boolean().optional(),
  capillaryRefillSeconds: z.number().min(0).max(10).optional(),
  /** START mental status. */
  followsCommands: z.boolean().optional(),
  /** JumpSTART mental status (AVPU; P split by appropriate / inappropriate response to pain). */
  avpu: z.enum(['A', 'V', 'P-appropriate', 'P-inappropriate', 'U']).optional(),
  /**
   * JumpSTART, a child too young to walk (under 2) with no red criterion: the card tags Minor
   * unless there is a significant external injury (JS-NONAMB). Left out, the engine says Delayed.
   */
  significantExternalInjury: z.boolean().optional(),
});
export type Casualty = z.infer<typeof casualtySchema>;

export const survivorSchema = z.strictObject({
  triage: z.enum(['green', 'yellow', 'red']),
  age: z.number().int().min(0).max(110).optional(),
  needs: z.array(z.enum(CAPABILITIES)),
  flags: z.array(z.enum(SURVIVOR_FLAGS)).optional(),
  /** People this survivor must not share a hospital with (they can identify them, or threaten them). */
  separateFrom: z.array(idSchema).optional(),
  /** For a child: the adult with them. Kept together unless that adult is flagged caregiver-risk. */
  caregiver: idSchema.optional(),
});
export type Survivor = z.infer<typeof survivorSchema>;

export const hospitalSchema = z.strictObject({
  capacity: z.number().int().min(0),
  capabilities: z.array(z.enum(CAPABILITIES)).min(1),
  security: z.enum(SECURITY_LEVELS),
});
export type Hospital = z.infer<typeof hospitalSchema>;

export const factSchema = z.strictObject({
  /** Agency that already holds this fact on record (asking again makes the survivor retell). */
  onRecord: idSchema.optional(),
  /** Facts the interview must cover; optional facts are not scored for coverage. Default true. */
  needed: z.boolean().optional(),
});
export type Fact = z.infer<typeof factSchema>;

export const questionSchema = z.strictObject({
  asks: z.array(idSchema).min(1),
  type: z.enum(QUESTION_TYPES),
});
export type Question = z.infer<typeof questionSchema>;

/* ---------- the scenario ---------- */

const reviewSchema = z.strictObject({
  status: z.enum(['draft', 'reviewed']),
  reviewers: z.array(z.string()).optional(),
  date: z.string().optional(),
  /** Open questions for experts: required for catalogue points that need an expert decision. */
  notes: z.array(z.strictObject({ decisionPoint: z.string(), question: z.string() })).optional(),
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: idSchema,
  version: z.number().int().min(1),
  step: z.enum(STEPS),
  roles: z.array(z.enum(ROLES)).min(1),
  minutes: z.number().int().min(1).max(240),
  contentNotes: z.array(z.enum(CONTENT_NOTES)),
  /** Heavy modules end with a grounding note and support contacts (DESIGN §6). */
  heavy: z.boolean().optional(),
  order: z.number().int().optional(),
  goals: z.array(idSchema).min(1),
  review: reviewSchema,
  passMark: z.number().min(0).max(1).optional(),
  variables: z.record(variableNameSchema, variableSchema),
  start: idSchema,
  nodes: z.record(idSchema, nodeSchema),
  casualties: z.record(idSchema, casualtySchema).optional(),
  survivors: z.record(idSchema, survivorSchema).optional(),
  hospitals: z.record(idSchema, hospitalSchema).optional(),
  facts: z.record(idSchema, factSchema).optional(),
  questions: z.record(idSchema, questionSchema).optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type Step = Scenario['step'];
export type Role = (typeof ROLES)[number];
export type Quality = (typeof QUALITIES)[number];
export type Rating = (typeof RATINGS)[number];
export type TriageTag = (typeof import('./enums.ts').TRIAGE_TAGS)[number];
