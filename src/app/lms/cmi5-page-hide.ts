/**
 * A cmi5 session whose page goes away mid-module (the tab or window closed, the LMS took the frame
 * away) still ends with `terminated` (cmi5 §9.3.8: the AU's last statement), sent as the page
 * goes with one `fetch(…, { keepalive: true })`: the outbox's IndexedDB write could not finish in
 * time. A reload the page can see coming (a script's, or the keyboard's F5 / Ctrl+R / ⌘R) keeps
 * the session instead (DESIGN §8.10). A reload it cannot see (the browser's reload button) looks
 * like a close: the LMS has the session's terminated, so the reloaded page says the session ended
 * and the LMS's next launch resumes from the State API.
 */
import type { LrsTarget } from '../../standards/lrs/lrs-target';
import type { Statement } from '../../standards/xapi/statement';

export const sessionEndedKey = (sessionId: string) => `acompana.cmi5.ended:${sessionId}`;

type NavigateEvent = Event & { navigationType?: string };

export function endSessionOnPageHide({
  sessionId,
  target,
  closing,
  fetch: doFetch = fetch,
}: {
  sessionId: string;
  target: LrsTarget;
  /** The statements that end the session, or undefined when they must not be sent now. */
  closing: () => Statement[] | undefined;
  fetch?: typeof fetch;
}): void {
  let reloadSeenAt = 0;
  const reloading = () => Date.now() - reloadSeenAt < 5_000;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (e) => {
    if ((e as NavigateEvent).navigationType === 'reload') reloadSeenAt = Date.now();
  });
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'F5' || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'r'))
        reloadSeenAt = Date.now();
    },
    { capture: true },
  );
  window.addEventListener('pagehide', () => {
    if (reloading()) return;
    const statements = closing();
    if (!statements) return;
    sessionStorage.setItem(sessionEndedKey(sessionId), new Date().toISOString());
    void doFetch(`${target.endpoint}statements`, {
      method: 'POST',
      keepalive: true,
      headers: {
        Authorization: target.authorization,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(statements),
    }).catch(() => undefined);
  });
  // Back from the back/forward cache after the session ended: start over, which says so.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && sessionStorage.getItem(sessionEndedKey(sessionId))) window.location.reload();
  });
}
