import type { AttemptRecord } from '../../records/attempt-record';
import {
  buildStatement,
  isoDuration,
  moduleActivity,
  type StatementOptions,
} from './statement-context';
import type { Statement } from './statement';
import { statementId } from './statement-id';

export type SessionVerb = 'initialized' | 'resumed' | 'suspended' | 'terminated';

/** One opening of the player on an attempt: a page load, or one cmi5/SCORM launch. */
export type PlaySession = { id: string; startedAt: number };

/**
 * Session statements bracket the steps: `initialized` first and `terminated` last in every session
 * (cmi5 §9.3), `resumed` when the session reopens an attempt with steps, `suspended` when the
 * trainee leaves mid-module. `seq` tells apart a second suspend in one session.
 */
export function sessionStatement(
  record: AttemptRecord,
  o: StatementOptions,
  verb: SessionVerb,
  session: PlaySession,
  at: number,
  seq = 0,
): Statement {
  const defined = verb === 'initialized' || verb === 'terminated';
  return buildStatement(record, o, {
    verb,
    object: moduleActivity(record, o),
    id: statementId(record.attemptId, 'session', session.id, verb, String(seq)),
    at,
    ...(defined ? { defined: 'cmi5' as const } : {}),
    ...(verb === 'terminated' || verb === 'suspended'
      ? { result: { duration: isoDuration(at - session.startedAt) } }
      : {}),
  });
}
