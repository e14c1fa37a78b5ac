import type { Resource } from 'i18next';
/**
 * What the entry module needs before React and i18next load (src/main.tsx): the language to use
 * and its UI strings, fetched in parallel with the app's code. No i18next here, on purpose.
 */
export const UI_LANGUAGES = ['es', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** Loaded before the first paint: the trainee's screens. */
export const NAMESPACES = ['common', 'play'] as const;
/**
 * Loaded on first use by their routes (instructor, organization, author screens), so the trainee's
 * first load does not carry them: a lazy screen calls `useNamespace(ns)` (src/i18n/use-namespace.ts).
 * Add a namespace here, as locales/{es,en}/<ns>.json, and in i18next.d.ts. `import` holds the
 * reasons a result file or attempt is refused, shared by the attempts screen and the cohort view.
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

export const bundles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  import: 'default',
});

/** One language's UI strings, as its own chunk: the first load carries only the language in use. */
export async function loadUiLanguage(lng: UiLanguage): Promise<Resource[string]> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, await bundles[`./locales/${lng}/${ns}.json`]!()] as const),
  );
  return Object.fromEntries(entries);
}
