import { z } from 'zod';

export const DIMENSIONS = ['safety', 'dignity', 'non-revictimization', 'confidentiality', 'rights'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const guidelineSchema = z.object({
  id: z.string(),
  steps: z.array(z.enum(['T', 'H', 'R', 'I', 'ALL'])),
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

/** A guideline may be cited to a trainee as the rule only once it is at least partly verified. */
export const isCitable = (g: Pick<Guideline, 'status'>): boolean => g.status !== 'U';
