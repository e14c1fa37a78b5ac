import 'i18next';
import type common from './locales/en/common.json';
import type play from './locales/en/play.json';
import type assign from './locales/en/assign.json';
import type review from './locales/en/review.json';
import type standards from './locales/en/standards.json';
import type author from './locales/en/author.json';
import type importReasons from './locales/en/import.json';
import type guidelines from './locales/en/guidelines.json';
import type debrief from './locales/en/debrief.json';

// Typed UI keys (react-i18next CustomTypeOptions): a missing key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      play: typeof play;
      assign: typeof assign;
      review: typeof review;
      standards: typeof standards;
      author: typeof author;
      import: typeof importReasons;
      guidelines: typeof guidelines;
      debrief: typeof debrief;
    };
    returnNull: false;
  }
}
