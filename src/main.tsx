import { savedLanguage } from './app/language';
import { detectLanguage, loadUiLanguage } from './i18n/ui-language';
import './ui/styles.css';

// The entry is tiny on purpose (issue 14, Lighthouse): it picks the language and then fetches that
// language's UI strings and the app's code (React, i18next, the shell) at the same time, instead of
// asking for the strings only once React has downloaded and run. Nothing else loads before the
// first paint; scenario data and the catalogue load on demand.
const lng = detectLanguage(savedLanguage(), navigator.languages ?? [navigator.language]);
const strings = loadUiLanguage(lng);
// The shell's first question is whether a profile exists: open the database while the app loads.
void import('./records/attempt-store').then((m) => m.sharedAttemptStore().catch(() => undefined));
void import('./app/boot').then((m) => m.boot(lng, strings));
