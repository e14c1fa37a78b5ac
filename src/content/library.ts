import type { Role, Step } from '../engine/schema/scenario';

type Both = { es: string; en: string };
/** What the home screen knows about a module before loading it (built by scripts/vite-plugin-scenarios.ts). */
export type LibraryEntry = {
  id: string;
  version: number;
  hash: string;
  step: Step;
  order: number;
  roles: Role[];
  minutes: number;
  contentNotes: string[];
  heavy: boolean;
  review: 'draft' | 'reviewed';
  passMark: number | null;
  title: Both;
  summary: Both;
  goals: Both[];
  decisionPoints: number;
};

let cached: Promise<LibraryEntry[]> | undefined;
/**
 * The modules this build contains, in library order. Loaded as its own chunk: module titles and
 * summaries in two languages are data, kept off the trainee's first load like scenario data.
 */
export function loadLibrary(): Promise<LibraryEntry[]> {
  cached ??= import('virtual:scenario-library').then((m) => m.library as LibraryEntry[]);
  return cached;
}
