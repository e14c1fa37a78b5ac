import type { TFunction } from 'i18next';
import type { Scenario } from '../../engine/schema/scenario';
import { textKeys } from '../../engine/text/text-keys';

/** The first words of a text, cut at a word, for one-line labels. */
export const excerpt = (s: string, max = 90) =>
  s.length > max
    ? `${s
        .slice(0, max - 3)
        .replace(/\s+\S*$/, '')
        .replace(/[\s,.;:—–-]+$/, '')}…`
    : s;

/** A step named in a line: a board by its kind, an ending by its title, anything else by its text. */
export function stepLabel(
  scenario: Scenario,
  nodeId: string,
  text: (key: string) => string,
  td: TFunction<'debrief'>,
  max = 90,
): string {
  const node = scenario.nodes[nodeId];
  switch (node?.kind) {
    case 'triage':
    case 'dispersion':
    case 'interview':
      return td(`board.${node.kind}`);
    case 'ending':
      return td('route.ending', { title: text(textKeys.nodeTitle(nodeId)) });
    case 'narrative':
      return td('route.narrative', { text: excerpt(text(textKeys.nodeText(nodeId)), max) });
    default:
      return td('route.decision', { text: excerpt(text(textKeys.nodeText(nodeId)), max) });
  }
}
