import type { FoundApi } from './find-api';
import { scorm12Time, scorm2004Time, type ScormVersion, type Write } from './scorm-report';

/** One SCORM launch as the app uses it: the two versions behind one small interface. */
export type ScormSession = {
  version: ScormVersion;
  learner: { id: string; name: string };
  /** suspend_data when the LMS says this launch resumes. */
  resumeData?: string;
  /** Writes in order; returns the writes the LMS refused, with its error. */
  write(writes: readonly Write[]): { key: string; error: string }[];
  commit(): boolean;
  /** Session time, then commit and finish/terminate. Called once, when the trainee leaves. */
  finish(sessionMs: number): void;
};

export type OpenScorm = { ok: true; session: ScormSession } | { ok: false; error: string };

export function openScormSession(found: FoundApi): OpenScorm {
  if (found.version === '1.2') {
    const a = found.api;
    if (a.LMSInitialize('') !== 'true')
      return {
        ok: false,
        error: a.LMSGetErrorString(a.LMSGetLastError()) || 'LMSInitialize failed',
      };
    const entry = a.LMSGetValue('cmi.core.entry');
    const data = a.LMSGetValue('cmi.suspend_data');
    return {
      ok: true,
      session: {
        version: '1.2',
        learner: {
          id: a.LMSGetValue('cmi.core.student_id'),
          name: a.LMSGetValue('cmi.core.student_name'),
        },
        ...(entry === 'resume' && data ? { resumeData: data } : {}),
        write: (ws) =>
          ws.flatMap(([k, v]) =>
            a.LMSSetValue(k, v) === 'true'
              ? []
              : [{ key: k, error: a.LMSGetErrorString(a.LMSGetLastError()) }],
          ),
        commit: () => a.LMSCommit('') === 'true',
        finish(ms) {
          a.LMSSetValue('cmi.core.session_time', scorm12Time(ms));
          a.LMSCommit('');
          a.LMSFinish('');
        },
      },
    };
  }
  const a = found.api;
  if (a.Initialize('') !== 'true')
    return { ok: false, error: a.GetErrorString(a.GetLastError()) || 'Initialize failed' };
  const entry = a.GetValue('cmi.entry');
  const data = a.GetValue('cmi.suspend_data');
  return {
    ok: true,
    session: {
      version: '2004',
      learner: { id: a.GetValue('cmi.learner_id'), name: a.GetValue('cmi.learner_name') },
      ...(entry === 'resume' && data ? { resumeData: data } : {}),
      write: (ws) =>
        ws.flatMap(([k, v]) =>
          a.SetValue(k, v) === 'true'
            ? []
            : [{ key: k, error: a.GetErrorString(a.GetLastError()) }],
        ),
      commit: () => a.Commit('') === 'true',
      finish(ms) {
        a.SetValue('cmi.session_time', scorm2004Time(ms));
        a.Commit('');
        a.Terminate('');
      },
    },
  };
}
