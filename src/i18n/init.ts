import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGUAGES = ['es', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const NAMESPACES = ['common', 'play'] as const;

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

/** Switches language, loading its strings first if needed; nothing on screen is lost. */
export async function switchLanguage(i18n: I18n, lng: UiLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'play')) {
    const res = await loadUiLanguage(lng);
    for (const [ns, data] of Object.entries(res)) i18n.addResourceBundle(lng, ns, data, true, true);
  }
  await i18n.changeLanguage(lng);
}
