import type { Dimension, Guideline } from '../../engine/schema/guideline';

export type GuidelineStep = Guideline['steps'][number];
export type GuidelineMark = Guideline['status'];
export type SourceRef = { id: string; title: string };

/** One row of the browser: the guideline, its sources by title, and the modules that cite it. */
export type GuidelineEntry = {
  guideline: Guideline;
  sources: SourceRef[];
  citedBy: string[];
};

export type GuidelineFilter = {
  query: string;
  step?: GuidelineStep;
  mark?: GuidelineMark;
  dimension?: Dimension;
};

/**
 * Lower case without accents, so «revictimizacion» finds «revictimización» and an author can type
 * a code in any case (sv-pep72).
 */
export const foldText = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export type IndexedEntry = GuidelineEntry & { haystack: string };

/** What a query is matched against: the id, the family, both statements and the source titles. */
export function indexGuidelines(entries: readonly GuidelineEntry[]): IndexedEntry[] {
  return entries.map((e) => ({
    ...e,
    haystack: foldText(
      [
        e.guideline.id,
        e.guideline.family,
        e.guideline.statement.es,
        e.guideline.statement.en,
        ...e.sources.map((s) => `${s.id} ${s.title}`),
      ].join('\n'),
    ),
  }));
}

/** Every word of the query must appear (in any order); the other filters must match exactly. */
export function filterGuidelines(
  index: readonly IndexedEntry[],
  f: GuidelineFilter,
): IndexedEntry[] {
  const words = foldText(f.query).split(/\s+/).filter(Boolean);
  return index.filter(
    (e) =>
      (!f.step || e.guideline.steps.includes(f.step)) &&
      (!f.mark || e.guideline.status === f.mark) &&
      (!f.dimension || e.guideline.dimension === f.dimension) &&
      words.every((w) => e.haystack.includes(w)),
  );
}

/** Module ids citing each guideline, from each module's cited set. */
export function citedByModule(
  modules: readonly { id: string; cited: ReadonlySet<string> }[],
): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const m of modules)
    for (const g of m.cited) {
      const list = by.get(g);
      if (list) list.push(m.id);
      else by.set(g, [m.id]);
    }
  return by;
}
