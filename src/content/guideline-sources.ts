/**
 * The sources the guideline catalogue cites (`scenarios/guidelines/sources.json`), loaded on
 * demand: a citation names its source (UX review 21). Titles are full references; `shortTitle`
 * is the name before the edition, date or section details, for a citation's one line.
 */
export type GuidelineSource = { id: string; title: string; shortTitle: string };

let sources: Promise<Map<string, GuidelineSource>> | undefined;

export function loadGuidelineSources(): Promise<Map<string, GuidelineSource>> {
  sources ??= import('../../scenarios/guidelines/sources.json').then(
    (m) =>
      new Map(
        (m.default as { sources: { id: string; title: string }[] }).sources.map((s) => [
          s.id,
          { id: s.id, title: s.title, shortTitle: shortTitle(s.title) },
        ]),
      ),
  );
  return sources;
}

const MAX_SHORT = 72;

/**
 * "Ley General de Víctimas (DOF 09-01-2013; …), esp. art. 5" → "Ley General de Víctimas": the
 * title up to its first parenthesis, semicolon or colon (and before a dash that introduces the
 * authors), cut at a word if still long.
 */
export function shortTitle(title: string): string {
  let head = title.split(/ \(|; |: /)[0]!.trim() || title;
  // "JumpSTART Pediatric MCI Triage Tool — Lou E. Romig MD": the work, not its authors; but
  // "UNODC — Toolkit…" keeps both, since "UNODC" alone does not name a work.
  const dash = head.indexOf(' — ');
  if (dash >= 12) head = head.slice(0, dash);
  if (head.length <= MAX_SHORT) return head;
  return `${head.slice(0, MAX_SHORT).replace(/[\s,—–-]+\S*$/, '')}…`;
}
