/**
 * Build-time scenario validation and the library index (issue 3: the trainee's runtime path must
 * not need zod). The build fails on any scenario error; the app gets `virtual:scenario-library`,
 * a few kB of metadata for the home screen, while each module's structure and text are separate
 * lazy chunks (see src/content/scenario-source.ts).
 */
import type { Plugin } from 'vite';
import { formatIssue } from '../src/engine/load/scenario-issue.ts';
import { structureHash } from '../src/engine/attempt/structure-hash.ts';
import { lookupText } from '../src/engine/text/text-keys.ts';
import { loadAll, SCENARIOS_DIR } from './lib/load-scenarios.ts';

const ID = 'virtual:scenario-library';
const RESOLVED = `\0${ID}`;

export function scenariosPlugin(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'acompana-scenarios',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // ACOMPANA_ONLY=a,b builds with just those modules (handy while another module is being written).
      const only = process.env.ACOMPANA_ONLY?.split(',').filter(Boolean);
      const scenarios = loadAll().scenarios.filter((s) => !only || only.includes(s.id));
      const errors = scenarios.flatMap((s) => s.issues.filter((i) => i.severity === 'error'));
      if (errors.length) {
        const text = errors.map(formatIssue).join('\n');
        if (command === 'build') this.error(`scenario check failed:\n${text}`);
        else this.warn(`scenario problems (these modules are hidden):\n${text}`);
      }
      const entries = scenarios
        .filter((l) => l.scenario && !l.issues.some((i) => i.severity === 'error'))
        .map((l) => {
          const s = l.scenario!;
          const text = (lang: 'es' | 'en', key: string) => lookupText(l.locales[lang], key) ?? '';
          const both = (key: string) => ({ es: text('es', key), en: text('en', key) });
          return {
            id: s.id,
            version: s.version,
            hash: structureHash(s),
            step: s.step,
            order: s.order ?? 99,
            roles: s.roles,
            minutes: s.minutes,
            contentNotes: s.contentNotes,
            heavy: s.heavy ?? false,
            review: s.review.status,
            passMark: s.passMark ?? null,
            title: both('title'),
            summary: both('summary'),
            goals: s.goals.map((g) => both(`goals.${g}`)),
            decisionPoints: Object.values(s.nodes).filter(
              (n) => n.kind !== 'narrative' && n.kind !== 'ending',
            ).length,
          };
        })
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
      return `export const library = ${JSON.stringify(entries)};`;
    },
    configureServer(server) {
      server.watcher.add(SCENARIOS_DIR);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(SCENARIOS_DIR)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
  };
}
