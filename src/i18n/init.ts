import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGUAGES = ['es', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** Loaded before the first paint: the trainee's screens. */
export const NAMESPACES = ['common', 'play'] as const;
/**
 * Loaded on first use by their routes (instructor, organization, author screens), so the trainee's
 * first load does not carry them: a lazy screen calls `useNamespace(ns)` (src/i18n/use-namespace.ts).
 * Add a namespace here, as locales/{es,en}/<ns>.json, and in i18next.d.ts. `import` holds the
 * reasons a result file or attempt is refused, shared by the attempts screen and the cohort view;
 * `debrief` the debrief's own strings (summary, route map, trend), loaded with the debrief.
 */
export const LAZY_NAMESPACES = [
  'assign',
  'review',
  'standards',
  'author',
  'import',
  'guidelines',
  'debrief',
] as const;
export type LazyNamespace = (typeof LAZY_NAMESPACES)[number];

/** xAPI / record language tags (DESIGN §5): es-MX and en. */
export const languageTag = (lang: UiLanguage) => (lang === 'es' ? 'es-MX' : 'en') as 'es-MX' | 'en';
export const asUiLanguage = (lng: string): UiLanguage => (lng === 'es' ? 'es' : 'en');

/** Browser default: Spanish for any Spanish locale, else English. */
export function detectLanguage(
  saved: string | undefined,
  navigatorLanguages: readonly string[],
): UiLanguage {
  if (saved === 'es' || saved === 'en') return saved;
  return navigatorLanguages.some((l) => l.toLowerCase().startsWith('es')) ? 'es' : 'en';
}

const bundles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  import: 'default',
});

/** One language's UI strings, as its own chunk: the first load carries only the language in use. */
export async function loadUiLanguage(lng: UiLanguage): Promise<Resource[string]> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, await bundles[`./locales/${lng}/${ns}.json`]!()] as const),
  );
  return Object.fromEntries(entries);
}

/** Creates the i18next instance from already-loaded resources; synchronous, so no loading flash. */
export function createI18n(lng: UiLanguage, resources: Resource): I18n {
  const inst = i18next.createInstance();
  void inst.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return inst;
}

/** Loads one lazy namespace in a language (each is its own chunk); a no-op once loaded. */
export async function loadNamespace(i18n: I18n, ns: string, lng: UiLanguage): Promise<void> {
  if (i18n.hasResourceBundle(lng, ns)) return;
  const load = bundles[`./locales/${lng}/${ns}.json`];
  if (!load) throw new Error(`no UI strings for namespace "${ns}" in "${lng}"`);
  i18n.addResourceBundle(lng, ns, await load(), true, true);
}

/** Switches language, loading its strings first if needed; nothing on screen is lost. */
export async function switchLanguage(i18n: I18n, lng: UiLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'play')) {
    const res = await loadUiLanguage(lng);
    for (const [ns, data] of Object.entries(res)) i18n.addResourceBundle(lng, ns, data, true, true);
  }
  // Lazy namespaces already in use on the current screen come along in the new language.
  const current = asUiLanguage(i18n.language);
  const inUse = Object.keys(i18n.store?.data?.[current] ?? {}).filter(
    (ns) => !(NAMESPACES as readonly string[]).includes(ns),
  );
  await Promise.all(inUse.map((ns) => loadNamespace(i18n, ns, lng)));
  await i18n.changeLanguage(lng);
}
