/**
 * The files `npm run scenarios:new` writes: a module that passes the check and plays, with one
 * decision, a closing narrative that routes on trust, and three endings (good, mixed, poor).
 * Every text is a placeholder in the right language, so the check's list of keys is the to-do list.
 */
import type { GuidelineCatalogue } from '../../src/engine/schema/guideline.ts';
import type { Step } from '../../src/engine/schema/scenario.ts';

/** Catalogue step letters a module step draws on (see docs on `step` in scenarios/README.md). */
export const STEP_LETTERS: Record<Step, readonly string[]> = {
  orientation: ['T', 'ALL'],
  triage: ['T'],
  dispersion: ['H'],
  identification: ['R'],
  interviewing: ['I'],
  search: ['S'],
  aftercare: ['A'],
  integrated: ['ALL', 'T', 'H', 'R', 'I'],
};

export function skeleton(id: string, step: Step, catalogue: GuidelineCatalogue) {
  // Cite verified guidelines of the step, so the skeleton passes; the author replaces them.
  const letters = STEP_LETTERS[step];
  const verified = catalogue.guidelines.filter((g) => g.status === 'V');
  const ofStep = verified.filter((g) => g.steps.some((x) => letters.includes(x)));
  const cite = (ofStep.length >= 3 ? ofStep : verified).slice(0, 3).map((g) => g.id);
  const scenario = {
    schemaVersion: 1,
    id,
    version: 1,
    step,
    roles: ['ngo'],
    minutes: 10,
    contentNotes: [],
    goals: ['first-goal'],
    review: { status: 'draft' },
    variables: { trust: { initial: 50, min: 0, max: 100 } },
    start: 'opening',
    nodes: {
      opening: {
        kind: 'decision',
        choices: [
          {
            id: 'best-choice',
            next: 'closing',
            quality: 'best',
            guidelines: [cite[0]],
            effects: [{ add: 'trust', by: 10 }],
          },
          {
            id: 'acceptable-choice',
            next: 'closing',
            quality: 'acceptable',
            guidelines: [cite[1]],
          },
          {
            id: 'poor-choice',
            next: 'closing',
            quality: 'poor',
            guidelines: [cite[2]],
            effects: [{ add: 'trust', by: -20 }],
          },
        ],
      },
      closing: {
        kind: 'narrative',
        outcomes: [
          { when: { var: 'trust', gte: 60 }, next: 'end-good' },
          { when: { var: 'trust', gte: 50 }, next: 'end-mixed' },
          { next: 'end-poor' },
        ],
      },
      'end-good': { kind: 'ending', rating: 'good' },
      'end-mixed': { kind: 'ending', rating: 'mixed', effects: [{ add: 'trust', by: -5 }] },
      'end-poor': { kind: 'ending', rating: 'poor', effects: [{ add: 'trust', by: -10 }] },
    },
  };
  const text = (es: boolean) => {
    const t = (what: string, qué: string) =>
      es ? `[Escribe aquí ${qué}]` : `[Write ${what} here]`;
    const option = (n: string) => ({
      text: t(`option ${n}`, `la opción ${n}`),
      feedback: t(`the feedback for option ${n}`, `la retroalimentación de la opción ${n}`),
    });
    return {
      title: t('the module title', 'el título del módulo'),
      summary: t('a one-sentence summary', 'un resumen de una frase'),
      goals: { 'first-goal': t('a learning goal', 'un objetivo de aprendizaje') },
      nodes: {
        opening: {
          text: t('the situation', 'la situación'),
          choices: {
            'best-choice': option('A'),
            'acceptable-choice': option('B'),
            'poor-choice': option('C'),
          },
        },
        closing: { text: t('what happens next', 'lo que pasa después') },
        'end-good': {
          title: t('a title', 'un título'),
          text: t('the good ending', 'el buen final'),
        },
        'end-mixed': {
          title: t('a title', 'un título'),
          text: t('the mixed ending', 'el final mixto'),
        },
        'end-poor': {
          title: t('a title', 'un título'),
          text: t('the poor ending', 'el mal final'),
        },
      },
    };
  };
  const notes = `# ${id}: notes for reviewers

What this module trains, who it is for, and what a reviewer should check. One row per node
that scores; cite catalogue ids (\`scenarios/guidelines/guidelines.json\`) and decision points
(\`scenarios/guidelines/decision-points.json\`).

| node | decision point | best choice and why | guidelines |
| ---- | -------------- | ------------------- | ---------- |
| opening | (DP-…) | best-choice: … | ${cite.join(', ')} |

## Open questions for experts

- …
`;
  return { scenario, es: text(true), en: text(false), notes };
}
