/** Closed vocabularies of the scenario format, kept free of zod so runtime code can import them cheaply. */
/**
 * The post-rescue steps a module trains, in the order they happen; the library groups by step.
 * `search` (looking for the people not rescued) and `aftercare` (safe discharge and follow-up)
 * were added for the content issue's two new modules (DESIGN §8.9).
 */
export const STEPS = [
  'orientation',
  'triage',
  'dispersion',
  'identification',
  'interviewing',
  'search',
  'aftercare',
  'integrated',
] as const;
export const ROLES = [
  'paramedic',
  'military',
  'hospital-staff',
  'search-commission',
  'prosecutor',
  'victim-services',
  'child-protection',
  'consular-migration',
  'ngo',
] as const;
export const CONTENT_NOTES = [
  'captivity',
  'injury',
  'death',
  'sexual-violence',
  'children',
  'extortion',
  'disappearance',
  'self-harm',
] as const;
export const QUALITIES = ['best', 'acceptable', 'poor', 'harmful'] as const;
export const RATINGS = ['good', 'mixed', 'poor'] as const;
export const TRIAGE_TAGS = ['green', 'yellow', 'red', 'black'] as const;
export const CAPABILITIES = [
  'general',
  'trauma',
  'icu',
  'pediatrics',
  'obstetrics',
  'sexual-violence-care',
  'dialysis',
  'mental-health',
  'nutrition',
  'interpreter',
] as const;
export const SECURITY_LEVELS = ['low', 'standard', 'high'] as const;
export const SURVIVOR_FLAGS = [
  'can-identify-perpetrators',
  'suspected-perpetrator',
  'caregiver-risk',
  'unaccompanied-minor',
  'public-figure',
] as const;
/** `blaming`: a question that blames the survivor for what was done to them ("¿por qué no se
 * escapó?") — harmful and critical, not merely leading (issue 13, LGV good faith). */
export const QUESTION_TYPES = ['open', 'closed', 'leading', 'blaming'] as const;
