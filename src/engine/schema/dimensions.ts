/** Welfare dimensions (DESIGN §4); zod-free so the player can import them. */
export const DIMENSIONS = [
  'safety',
  'dignity',
  'non-revictimization',
  'confidentiality',
  'rights',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A guideline may be cited to a trainee as the rule only once it is at least partly verified. */
export const isCitable = (g: { status: 'V' | 'P' | 'U' }): boolean => g.status !== 'U';
