import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

import {
  NAMESPACES,
  UI_LANGUAGES,
  asUiLanguage,
  bundles,
  loadUiLanguage,
  type UiLanguage,
} from './ui-language';

export {
  LAZY_NAMESPACES,
  NAMESPACES,
  UI_LANGUAGES,
  asUiLanguage,
  detectLanguage,
  languageTag,
  loadUiLanguage,
  type LazyNamespace,
  type UiLanguage,
} from './ui-language';

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
