/**
 * A SCORM launch (loaded only when the page is opened as a SCO): find the LMS's API up the window
 * chain, resume from suspend_data when the LMS says so, and from then on report every saved step
 * (interactions, location, suspend data, status and score) and commit. Leaving the page sets the
 * session time and finishes.
 */
import { dimensionLookup, loadScenario, loadScenarioText } from '../../content/scenario-source';
import { replay } from '../../engine/attempt/replay';
import { lookupText } from '../../engine/text/text-keys';
import type { LanguageTag } from '../../records/attempt-record';
import { onRecordSaved, sharedAttemptStore } from '../../records/attempt-store';
import { findScormApi } from '../../standards/scorm/find-api';
import { interactionWrites, progressWrites } from '../../standards/scorm/scorm-report';
import { openScormSession } from '../../standards/scorm/scorm-session';
import { decodeSuspendData } from '../../standards/scorm/suspend-data';
import { lmsLearner, newLmsRecord } from './lms-record';

export type LaunchResult =
  | { ok: true; attemptId: string }
  | { ok: false; reason: 'no-lms' | 'lms-refused' | 'unknown-module'; detail?: string };

let launched: Promise<LaunchResult> | undefined;
export const launchScorm = (moduleId: string, language: LanguageTag) =>
  (launched ??= launch(moduleId, language));

async function launch(moduleId: string, language: LanguageTag): Promise<LaunchResult> {
  const found = findScormApi(window);
  if (!found) return { ok: false, reason: 'no-lms' };
  const scenario = await loadScenario(moduleId);
  if (!scenario) return { ok: false, reason: 'unknown-module', detail: moduleId };
  const opened = openScormSession(found);
  if (!opened.ok) return { ok: false, reason: 'lms-refused', detail: opened.error };
  const session = opened.session;
  const startedAt = Date.now();
  const learner = await lmsLearner(scenario, session.learner);
  const resumed = session.resumeData
    ? decodeSuspendData(session.resumeData, scenario, learner)
    : undefined;
  const record = resumed?.ok ? resumed.record : newLmsRecord(scenario, learner, language);
  const store = await sharedAttemptStore();
  await store.save(record);

  const [es, en, dimensionOf] = await Promise.all([
    loadScenarioText(moduleId, 'es'),
    loadScenarioText(moduleId, 'en'),
    dimensionLookup(),
  ]);
  const text = (key: string) => lookupText(language === 'en' ? en : es, key);
  // Interactions already reported (a resumed session continues after them: 1.2's are write-only).
  let reported = resumed?.ok ? record.log.length : 0;
  const report = (r: typeof record) => {
    const state = replay(scenario, r.log);
    if (!state.ok) return;
    const refused = session.write([
      ...interactionWrites(session.version, r, scenario, reported, text),
      ...progressWrites(
        session.version,
        r,
        scenario,
        { passMark: r.passMark, dimensionOf },
        state.state,
      ),
    ]);
    reported = r.log.length;
    if (refused.length) console.warn('The LMS refused', refused);
    session.commit();
  };
  report(record);
  onRecordSaved((r) => {
    if (r.attemptId === record.attemptId) report(r);
  });
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    session.finish(Date.now() - startedAt);
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  return { ok: true, attemptId: record.attemptId };
}
