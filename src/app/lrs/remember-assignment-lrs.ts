import type { Assignment } from '../../records/assignment';
import { asUiLanguage, languageTag } from '../../i18n/init';
import { basicAuthorization, checkEndpoint } from '../../standards/lrs/lrs-target';
import { setLrsConfigured } from './lrs-flag';
import { startLrsSync } from './lrs-sync';

/**
 * Opening an assignment link that names an LRS: keep its endpoint and write-only key for that
 * assignment's attempts and start the emitter (loaded only now). Consent still decides whether
 * anything is sent. An endpoint the CSP would block is ignored, as the builder refuses it.
 */
export async function rememberAssignmentLrs(a: Assignment, uiLanguage: string): Promise<void> {
  if (!a.lrs) return;
  const checked = checkEndpoint(a.lrs.endpoint);
  if (!checked.ok) return;
  const sync = await startLrsSync(() => languageTag(asUiLanguage(uiLanguage)));
  await sync.saveAssignmentTarget(a.id, {
    endpoint: checked.endpoint,
    authorization: basicAuthorization(a.lrs.key),
    source: 'assignment',
  });
  setLrsConfigured(true);
}
