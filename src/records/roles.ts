import type { Role } from '../engine/schema/scenario';

/** The trainee roles (issue 4), in the order the first-use screen lists them. */
export const ROLE_IDS = [
  'paramedic',
  'military',
  'hospital-staff',
  'search-commission',
  'prosecutor',
  'victim-services',
  'child-protection',
  'consular-migration',
  'ngo',
] as const satisfies readonly Role[];
