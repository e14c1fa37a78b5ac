/**
 * Demo cohorts (issue 10): simulated trainees with skill profiles play the real modules through the
 * real engine and hand in one result file each, so a newcomer sees the cohort view populated and
 * the benchmarks have realistic input. Deterministic for a seed: the same seed gives the same
 * files, byte for byte (dates come from `start`, never from the clock).
 */
import { hashString, mulberry32 } from '../../engine/attempt/order-choices';
import { DIMENSIONS, type Dimension } from '../../engine/schema/dimensions';
import { ROLES } from '../../engine/schema/enums';
import { scoreAttempt } from '../../engine/scoring/score-attempt';
import type { AttemptRecord, LanguageTag } from '../attempt-record';
import type { PreparedScenario } from '../import/scenario-catalogue';
import { buildResultFile, type ResultFile } from '../result-file';
import { simulateAttempt, type Skill } from './simulate-attempt';

export type DemoOptions = {
  /** The modules to play, in library order (their current versions). */
  modules: readonly PreparedScenario[];
  dimensionOf: (guidelineId: string) => Dimension | undefined;
  trainees: number;
  seed: number;
  /** The first day of the course (ISO); attempts spread over `weeks` from it. */
  start?: string;
  weeks?: number;
};

export type DemoTrainee = {
  learnerId: string;
  pseudonym: string;
  file: ResultFile;
  fileName: string;
};

/** The demo assignments: two cohorts with their modules; other trainees practise on their own. */
const COHORTS = [
  { id: 'demo-asg-reynosa', cohort: 'Reynosa · Comisión de Búsqueda', share: 0.4, passMark: 0.8 },
  { id: 'demo-asg-cdmx', cohort: 'CDMX · Guardia Nacional', share: 0.3, passMark: 0.75 },
] as const;
const NAMES = [
  'Colibrí',
  'Ceiba',
  'Jaguar',
  'Garza',
  'Halcón',
  'Nopal',
  'Ocelote',
  'Quetzal',
  'Tlacuache',
  'Ahuehuete',
  'Cenzontle',
  'Teporingo',
  'Ajolote',
  'Mezquite',
  'Guacamaya',
  'Huizache',
  'Tecolote',
  'Venado',
  'Jacaranda',
  'Pochote',
  'Cacomixtle',
  'Tejón',
  'Zenzontle',
  'Ocote',
];
const DAY = 86_400_000;

const hex = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
/** A UUID-shaped id from the seeded source (version nibble 4), so demo ids look like real ones. */
const demoUuid = (rand: () => number) =>
  `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(rand, 3)}-${hex(rand, 12)}`;

function skillProfile(rand: () => number): { base: Skill; learn: number } {
  // Each trainee has a level and a spread: strong on some welfare dimensions, weaker on others.
  const level = 0.35 + rand() * 0.5;
  const base = Object.fromEntries(
    DIMENSIONS.map((d) => [d, Math.min(0.97, Math.max(0.1, level + (rand() - 0.5) * 0.4))]),
  ) as Skill;
  return { base, learn: 0.15 + rand() * 0.3 };
}

/** Skill after `practice` earlier attempts at a module: the gap to perfect closes by `learn` each time. */
const improved = ({ base, learn }: { base: Skill; learn: number }, practice: number): Skill =>
  Object.fromEntries(
    DIMENSIONS.map((d) => [d, 1 - (1 - base[d]) * (1 - learn) ** practice]),
  ) as Skill;

/** One trainee's attempts, in the order they played them. */
export function demoTrainee(o: DemoOptions, index: number): DemoTrainee {
  const rand = mulberry32(hashString(`${o.seed}:trainee:${index}`));
  const start = Date.parse(o.start ?? '2026-11-02T15:00:00.000Z');
  const span = (o.weeks ?? 4) * 7 * DAY;
  const learnerId = demoUuid(rand);
  const pseudonym = `${NAMES[index % NAMES.length]}-${Math.floor(index / NAMES.length) + 1}`;
  const role = ROLES[Math.floor(rand() * ROLES.length)]!;
  const lx = rand();
  const languages: LanguageTag[] = lx < 0.75 ? ['es-MX'] : lx < 0.9 ? ['en'] : ['es-MX', 'en'];
  const cx = rand();
  const group =
    cx < COHORTS[0].share
      ? COHORTS[0]
      : cx < COHORTS[0].share + COHORTS[1].share
        ? COHORTS[1]
        : undefined;
  const profile = skillProfile(rand);
  // Cohort trainees are assigned a run of modules; others pick some on their own.
  const all = o.modules;
  const modules = group
    ? all.slice(group === COHORTS[0] ? 0 : Math.floor(all.length / 2)).slice(0, 3)
    : all.filter(() => rand() < 0.5);
  const records: AttemptRecord[] = [];
  let clock = start + Math.floor(rand() * span * 0.3);
  for (const m of modules.length ? modules : all.slice(0, 1)) {
    const tries = 1 + (rand() < 0.45 ? 1 : 0) + (rand() < 0.15 ? 1 : 0);
    for (let k = 0; k < tries; k++) {
      clock += Math.floor(rand() * span * 0.12) + 3_600_000;
      const assessed = group !== undefined && (k === tries - 1 || rand() < 0.3);
      const practice = !assessed;
      const unfinished = practice && rand() < 0.08;
      const play = simulateAttempt(m.scenario, {
        skill: improved(profile, k),
        rand,
        dimensionOf: o.dimensionOf,
        startAt: clock,
        practice,
        ...(unfinished ? { stopAfter: 0.6 } : {}),
      });
      const passMark = assessed && group ? group.passMark : m.passMark;
      const record: AttemptRecord = {
        recordVersion: 2,
        attemptId: demoUuid(rand),
        learner: { id: learnerId, pseudonym, role },
        mode: assessed ? 'assessed' : 'practice',
        feedback: assessed ? 'end' : 'immediate',
        ...(assessed && group ? { assignment: { id: group.id, cohort: group.cohort } } : {}),
        languages,
        passMark,
        scenario: { id: m.scenario.id, version: m.scenario.version, hash: m.hash },
        seed: Math.floor(rand() * 2 ** 31),
        startedAt: new Date(clock).toISOString(),
        log: play.log,
      };
      if (play.ended) {
        record.endedAt = new Date(clock + play.duration).toISOString();
        const r = scoreAttempt(m.scenario, play.log, { passMark, dimensionOf: o.dimensionOf });
        if (r.ok) record.claimed = { score: r.value.score, passed: r.value.passed };
      }
      records.push(record);
      clock += play.duration;
    }
  }
  const exportedAt = new Date(clock + 600_000).toISOString();
  const slug = pseudonym
    .normalize('NFD')
    .replace(/[^A-Za-z0-9-]/g, '')
    .toLowerCase();
  return {
    learnerId,
    pseudonym,
    file: buildResultFile(records, exportedAt),
    fileName: `acompana-demo-${String(index + 1).padStart(4, '0')}-${slug}.json`,
  };
}

/** The whole demo cohort: one result file per trainee. */
export function demoCohort(o: DemoOptions): DemoTrainee[] {
  return Array.from({ length: o.trainees }, (_, i) => demoTrainee(o, i));
}

/** Demo attempts one by one, as many as asked (benchmarks: 100,000 without holding files). */
export function* demoAttempts(o: Omit<DemoOptions, 'trainees'>, count: number) {
  let made = 0;
  for (let i = 0; made < count; i++)
    for (const a of demoTrainee({ ...o, trainees: i + 1 }, i).file.attempts) {
      if (made++ >= count) return;
      yield a;
    }
}
