import { z } from 'zod';

import { DIMENSIONS } from './dimensions.ts';

export { DIMENSIONS, isCitable, type Dimension } from './dimensions.ts';

export const guidelineSchema = z.object({
  id: z.string(),
  /**
   * T triage/first contact, H hospital dispersion, R identification/reunification, I interviewing,
   * S search for the people not rescued, A discharge and aftercare, ALL cross-cutting.
   */
  steps: z.array(z.enum(['T', 'H', 'R', 'I', 'S', 'A', 'ALL'])),
  family: z.string(),
  dimension: z.enum(DIMENSIONS),
  /** V verified, P partly verified, U unverified: never shown to a trainee as the rule. */
  status: z.enum(['V', 'P', 'U']),
  sources: z.array(z.string()),
  statement: z.object({ en: z.string().min(1), es: z.string().min(1) }),
});
export type Guideline = z.infer<typeof guidelineSchema>;

export const catalogueSchema = z.object({
  catalogueVersion: z.number().int(),
  guidelines: z.array(guidelineSchema),
});
export type GuidelineCatalogue = z.infer<typeof catalogueSchema>;
