/**
 * What an aggregate view needs to know about one attempt, recomputed from its log (DESIGN §8.7):
 * the import pipeline (parse + re-score, in a worker) produces these; the cohort view's and the
 * dashboard's shared aggregation (src/analytics/) consumes them, turning many into columns.
 * Plain data, structured-clone safe (crosses the worker boundary), no text: labels come from the
 * scenario's locale files when shown.
 */
import type { Dimension } from '../engine/schema/guideline';
import type { Quality, Rating, Role } from '../engine/schema/scenario';
import type { WelfareMeasures } from '../engine/scoring/score-attempt';
import type { FeedbackTiming, LanguageTag, Mode } from './attempt-record';

/** Where a figure came from (DESIGN §8.1): only an LMS launch is trusted. */
export type ResultSource = 'device' | 'result-file' | 'lrs-link' | 'lms';

/** One scored item the trainee met, without its text: enough for "most missed" and choice spreads. */
export type ItemSummary = {
  /** `<nodeId>` for a choice, `<nodeId>/<itemId>` for a board item (as in ScoredItem). */
  id: string;
  node: string;
  kind: 'choice' | 'casualty' | 'placement' | 'question' | 'coverage';
  /** The choice id, tag, hospital id or question id the trainee gave. */
  response: string;
  expected?: string;
  quality: Quality;
  critical: boolean;
  guidelines: readonly string[];
  reason?: string;
};

export type AttemptSummary = {
  attemptId: string;
  learnerId: string;
  /** Shown to instructors only; never to organizations (DESIGN §5 privacy). */
  pseudonym: string;
  role: Role;
  mode: Mode;
  feedback: FeedbackTiming;
  assignmentId?: string;
  cohort?: string;
  languages: readonly LanguageTag[];
  scenarioId: string;
  scenarioVersion: number;
  startedAt: string;
  endedAt?: string;
  source: ResultSource;
  ended: boolean;
  passed: boolean;
  /** 0…1, recomputed from the log. */
  score: number;
  passMark: number;
  endingRating?: Rating;
  endingNode?: string;
  criticalCount: number;
  byDimension: Partial<Record<Dimension, { earned: number; available: number }>>;
  byGuideline: Record<string, { earned: number; available: number }>;
  measures: WelfareMeasures;
  items: readonly ItemSummary[];
  /** The score the file claimed, when it differs from the recomputed one (flagged, never used). */
  claimedScore?: number;
  /** False when the record's scenario hash differs from the scenario it was scored against. */
  hashMatches: boolean;
};
