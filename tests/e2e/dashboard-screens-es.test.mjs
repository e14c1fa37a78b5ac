/** The organization dashboard's screens in Spanish (helper: dashboard-screens.mjs). */
import { it } from 'node:test';
import { checkScreens } from './dashboard-screens.mjs';

it('dashboard in Spanish: axe clean, no raw keys, no overflow at 1280 and 360 px', () =>
  checkScreens('es-MX'));
