/** The organization dashboard's screens in English (helper: dashboard-screens.mjs). */
import { it } from 'node:test';
import { checkScreens } from './dashboard-screens.mjs';

it('dashboard in English: axe clean, no raw keys, no overflow at 1280 and 360 px', () =>
  checkScreens('en-US'));
