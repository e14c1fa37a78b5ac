import { useTranslation } from 'react-i18next';
import { lookupText } from '../engine/text/text-keys';
import type { ScenarioTexts } from '../content/score-record';

export type { ScenarioTexts };

/**
 * Scenario text in the current language. Keys were checked at build time in both languages; if
 * one were still missing, the other language is shown rather than a raw key.
 */
export function useScenarioText(texts: ScenarioTexts) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const other = lang === 'es' ? 'en' : 'es';
  return (key: string): string =>
    lookupText(texts[lang], key) ?? lookupText(texts[other], key) ?? '';
}
