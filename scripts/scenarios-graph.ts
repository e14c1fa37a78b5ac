/**
 * npm run scenarios:graph -- <id> [--md]
 * Prints a module's graph as Mermaid text (GitHub and GitLab render it): decisions as diamonds,
 * boards framed, endings coloured by rating, each choice labelled with its quality.
 * --md wraps it in a ```mermaid block, ready to paste into NOTES.md or an issue.
 */
import { toMermaid, scenarioGraph } from '../src/engine/graph/scenario-graph';
import { loadCatalogue, loadScenario, scenarioFolders } from './lib/load-scenarios';

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--'));
if (!id || args.includes('--help')) {
  console.log(
    'Usage: npm run scenarios:graph -- <id> [--md]\nPrints the module graph as Mermaid text.',
  );
  process.exit(id ? 0 : 2);
}
if (!scenarioFolders().includes(id)) {
  console.error(
    `There is no module "${id}" in scenarios/ (modules: ${scenarioFolders().join(', ')})`,
  );
  process.exit(2);
}
const loaded = loadScenario(id, loadCatalogue().index);
if (!loaded.scenario) {
  console.error(`${id} does not parse; run npm run scenarios:check -- ${id} to see why`);
  process.exit(1);
}
const text = toMermaid(scenarioGraph(loaded.scenario));
console.log(args.includes('--md') ? `\`\`\`mermaid\n${text}\`\`\`` : text.trimEnd());
