import { library as built } from 'virtual:scenario-library';
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

/** The modules this build contains, in library order. */
export const library = built as LibraryEntry[];
