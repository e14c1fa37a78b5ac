import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, loadNamespace, type LazyNamespace } from './init';

/**
 * Makes a lazy namespace's strings available to a route's screens (instructor, organization,
 * author): returns false until they are loaded, so the screen shows its loading state instead of
 * raw keys. Loads again for the new language after a switch.
 */
export function useNamespace(ns: LazyNamespace): boolean {
  const { i18n } = useTranslation();
  const lng = asUiLanguage(i18n.language);
  // Which language's bundle has arrived; derived against the current language on each render.
  const [loadedFor, setLoadedFor] = useState<string | undefined>();
  const ready = loadedFor === lng || i18n.hasResourceBundle(lng, ns);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadNamespace(i18n, ns, lng).then(() => live && setLoadedFor(lng));
    return () => {
      live = false;
    };
  }, [i18n, lng, ns, ready]);
  return ready;
}
