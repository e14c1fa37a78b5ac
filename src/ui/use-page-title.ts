import { useEffect } from 'react';

/** The product name: the same in both languages, so it is not a translated string. */
const APP_NAME = 'Acompaña';

/** The tab title for a screen title: "<screen> — Acompaña", or the bare name while none is known. */
export const pageTitle = (screen: string | undefined) =>
  screen ? `${screen} — ${APP_NAME}` : APP_NAME;

/**
 * Sets `document.title` for the screen on show (review item 20): tabs, history and screen-reader
 * window lists can tell screens apart. Each screen calls it once with its own (translated) title,
 * so a language switch retitles the tab too.
 */
export function usePageTitle(screen: string | undefined): void {
  useEffect(() => {
    document.title = pageTitle(screen);
  }, [screen]);
}
