import 'i18next';
import type common from './locales/en/common.json';
import type play from './locales/en/play.json';

// Typed UI keys (react-i18next CustomTypeOptions): a missing key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; play: typeof play };
    returnNull: false;
  }
}
