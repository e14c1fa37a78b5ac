import esCommon from './locales/es/common.json';
import enCommon from './locales/en/common.json';
import esPlay from './locales/es/play.json';
import enPlay from './locales/en/play.json';
import { createI18n, type UiLanguage } from './init';

/** Both languages loaded synchronously, for component tests (no mocked i18n: tests see real text). */
export const testI18n = (lng: UiLanguage) =>
  createI18n(lng, {
    es: { common: esCommon, play: esPlay },
    en: { common: enCommon, play: enPlay },
  });
