#!/usr/bin/env node
// Import the guideline catalogue (markdown) into JSON data for the scoring engine.
//
// Usage: node scripts/import-guidelines.mjs [path-to-guidelines.md]
//   default input: ../shared/domain/guidelines.md (relative to the repo root)
//   output:        scenarios/guidelines/{guidelines,sources,decision-points}.json
//
// Dependency-free on purpose. Structural problems in the catalogue (ID mismatch between §2 and §5,
// duplicate IDs, missing EN/ES, unparseable entries) abort with exit code 1 and nothing is written.
// Softer catalogue inconsistencies are printed as warnings. See docs/guidelines.md.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_INPUT = resolve(REPO_ROOT, '../shared/domain/guidelines.md');
const OUT_DIR = join(REPO_ROOT, 'scenarios/guidelines');

export const CATALOGUE_VERSION = 1;
export const STEPS = ['T', 'H', 'R', 'I', 'ALL'];
export const STATUSES = ['V', 'P', 'U'];
export const DIMENSIONS = ['safety', 'dignity', 'non-revictimization', 'confidentiality', 'rights'];

// Default dimension for each family named in the "Family" column of §5 of the catalogue.
// A family that is not listed here aborts the import, so new families get a conscious decision.
export const FAMILY_DIMENSION = {
  Triage: 'safety',
  'Triage (paediatric)': 'safety',
  Clinical: 'safety',
  'Sexual violence': 'safety',
  'Mental health': 'safety',
  Hospital: 'safety',
  'Hospital (security)': 'safety',
  PFA: 'dignity',
  SAMHSA: 'dignity',
  'Forensic exam': 'dignity',
  Interviewing: 'non-revictimization',
  'Interviewing (children)': 'non-revictimization',
  'WHO 2003': 'non-revictimization',
  Media: 'confidentiality',
  Data: 'confidentiality',
  'Mexico victims': 'rights',
  'Mexico search': 'rights',
  'Mexico criminal procedure': 'rights',
  'Mexico protection': 'rights',
  Trafficking: 'rights',
  Migrants: 'rights',
  Children: 'rights',
  Evidence: 'rights',
  'Forensic documentation': 'rights',
  Identification: 'rights',
  Family: 'rights',
};

// DIMENSION_OVERRIDES: guidelines whose statement is plainly about another dimension than the
// family default. { ID: [dimension, 'one-line reason'] }. Each entry must differ from the default.
// Deliberately NOT overridden (the family default is right): TIP-NONPUNISH, LGV-NOCRIM and
// LGV-BUENAFE (non-criminalisation is a rights principle); CONSUL-CONSENT (asylum protection);
// HOSP-ESCORT and HOSP-REUNIF-CENTER (operational security); PFA-NOFALSE, PFA-FAMILY.
export const DIMENSION_OVERRIDES = {
  // Sexual violence / mental health (default: safety)
  'SV-NOREPORT': ['rights', 'care may not be made conditional on filing a criminal complaint'],
  'MH-ASR': [
    'non-revictimization',
    'stress reactions are normal and not a sign of lying: do not disbelieve or suspect survivors',
  ],
  'MH-NODEBRIEF': ['non-revictimization', 'no group "tell us everything" debriefing after rescue'],

  // PFA (default: dignity)
  'PFA-LOOK': ['safety', 'check the place is safe and spot urgent needs and serious distress'],
  'PFA-NOPRESSURE': ['non-revictimization', 'never press people to recount what happened'],
  'PFA-CONFID': ['confidentiality', 'keep what survivors say private, share on need-to-know'],
  'PFA-SPECIAL': ['safety', 'extra protection for children and people at risk of violence'],

  // WHO 2003 interviewing principles (default: non-revictimization)
  'WHO-INT-01': ['safety', 'treat every situation as potentially dangerous; do no harm'],
  'WHO-INT-02': ['safety', 'assess the specific risks (cartel reach, threats to family)'],
  'WHO-INT-03': ['dignity', 'honest information and referral; no promises that cannot be kept'],
  'WHO-INT-04': ['safety', 'weigh the risks of interpreters and co-workers; screen them'],
  'WHO-INT-05': ['confidentiality', 'protect identity and information from first contact on'],
  'WHO-INT-06': ['dignity', 'informed consent to the interview and to use of information'],
  'WHO-INT-07': ['safety', "respect the survivor's own assessment of their safety"],
  'WHO-INT-09': ['safety', 'plan for emergency intervention if the survivor is in danger'],
  'WHO-INT-10': ['confidentiality', 'use information only for the stated purpose'],

  // SAMHSA trauma-informed approach (default: dignity)
  'TIC-4R': ['non-revictimization', 'trauma-informed services actively resist re-traumatisation'],
  'TIC-SAFETY': ['safety', 'physical and interpersonal safety as the survivor defines it'],

  // Trafficking (default: rights)
  'TIP-VICTIM-FIRST': ['non-revictimization', 'approach gradually, without interrogation methods'],
  'TIP-CONSENT': ['dignity', 'genuine informed consent to interviews, exams and registration'],
  'TIP-CONFID-LIMITS': ['confidentiality', 'be honest about the limits of confidentiality'],
  'TIP-SEPARATE': ['safety', 'separate a controlling companion who may be linked to captors'],
  'TIP-INTERP-NEUTRAL': ['safety', 'interpreter must have no ties to captors or the case'],
  'TIP-INTERP-PREP': [
    'confidentiality',
    'brief interpreters on confidentiality; remote interpreting against recognition',
  ],
  'TIP-GENDER': ['dignity', "accommodate the survivor's gender preference for staff"],
  'TIP-SETTING': ['non-revictimization', 'private, non-custodial interview setting with breaks'],
  'TIP-BASICNEEDS-FIRST': ['safety', 'medical care, food, rest and a safe place before interviews'],
  'TIP-NODOUBLE': ['non-revictimization', 'check for earlier interviews; avoid repeat questioning'],
  'TIP-INCONSIST': ['non-revictimization', 'inconsistency after trauma is not proof of lying'],

  // Mexico victims / criminal procedure / protection (default: rights)
  'LGV-DIGNIDAD': ['dignity', 'the LGV dignity principle'],
  'LGV-MAXPROT': ['safety', "broadest protection of the survivor's life, safety and freedom"],
  'LGV-NOREVICT': ['non-revictimization', 'the LGV secondary-victimisation principle'],
  'CNPP-106-ID': ['confidentiality', 'officials may not disclose personal data of case parties'],
  'CNPP-137-PROT': ['safety', 'protective measures against an imminent risk'],
  'PROT-ESCORT': ['safety', 'escorted transfers and reserved lodging'],

  // Identification / children (default: rights)
  'ID-CONSENT-BIO': ['dignity', 'explained, consented, least-intrusive biometric identification'],
  'NNA-VERIFY': ['safety', 'verify adults before releasing a child (abduction, exploitation risk)'],

  // Forensic documentation (default: rights)
  'IST-CONSENT': ['dignity', 'informed consent and right to refuse a medico-legal exam'],
  'IST-CONTROL': ['dignity', 'the person controls breaks, questions and stopping'],
  'IST-CONFID': ['confidentiality', "disclose information only with the person's consent"],
  'IST-SETTING-TIME': ['dignity', 'safe, comfortable place and enough time'],

  // Hospital (default: safety)
  'HOSP-ALIAS': ['confidentiality', 'register under alias/code, identity key restricted'],
  'HOSP-NOINFO': ['confidentiality', 'neither confirm nor deny presence; no public lists'],
  'HOSP-GUARD-DIGNITY': ['dignity', 'no guards inside exam rooms or armed staff at intimate exams'],
  'HOSP-FAMILY-TOGETHER': ['rights', 'family unity: keep children with their caregivers'],
  'HOSP-FREE-CARE': ['rights', 'emergency care without payment or identity documents'],

  // Media (default: confidentiality)
  'MEDIA-NOSENSATION': ['dignity', 'no sensational images; no filming distressed survivors'],
};

// ---------------------------------------------------------------------------------------------
// Helpers

const ID_RE = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/;
const SRC_RE = /\bSRC-[A-Z0-9]+(?:-[A-Z0-9]+)*/g;
const DP_RE = /\bDP-[THRI]-\d{2}\b/g;

class Problems {
  constructor() {
    this.errors = [];
    this.warnings = [];
  }
  error(msg) {
    this.errors.push(msg);
  }
  warn(msg) {
    this.warnings.push(msg);
  }
}

/** Strip markdown emphasis (`**`, `*`) markers and trim. */
export function stripEmphasis(text) {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*(?!\s)([^*]+?)\*(?![*\w])/g, '$1$2')
    .replace(/\*\*/g, '')
    .trim();
}

/** Strip emphasis, inline code and links (for titles and table text). */
export function stripMarkdown(text) {
  return stripEmphasis(
    text.replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1'),
  ).replace(/\s+/g, ' ');
}

/** Lines of the `## ` section whose heading starts with `prefix` (heading line excluded). */
function section(lines, prefix, problems) {
  const start = lines.findIndex((l) => l.startsWith(`## ${prefix}`));
  if (start === -1) {
    problems.error(`section "## ${prefix}" not found`);
    return [];
  }
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end === -1) end = lines.length;
  return lines.slice(start + 1, end).map((text, i) => ({ text, no: start + 2 + i }));
}

function splitRow(line) {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** Parse every markdown table in `sectionLines`: [{ header: [...], rows: [{ cells, no }] }]. */
function tables(sectionLines) {
  const out = [];
  let current = null;
  for (let i = 0; i < sectionLines.length; i++) {
    const { text, no } = sectionLines[i];
    if (!text.trim().startsWith('|')) {
      current = null;
      continue;
    }
    if (!current) {
      const next = sectionLines[i + 1]?.text ?? '';
      if (/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(next)) {
        current = { header: splitRow(text), rows: [] };
        out.push(current);
        i++; // skip separator
      }
      continue;
    }
    current.rows.push({ cells: splitRow(text), no });
  }
  return out;
}

function column(table, name) {
  return table.header.findIndex((h) => h.replace(/\*/g, '').trim().startsWith(name));
}

function countBy(items, key) {
  const out = {};
  for (const it of items) out[key(it)] = (out[key(it)] ?? 0) + 1;
  return out;
}

// ---------------------------------------------------------------------------------------------
// §1 Source register

function parseSources(lines, p) {
  const sources = [];
  const seen = new Set();
  for (const t of tables(section(lines, '1. Source register', p))) {
    const idCol = column(t, 'ID');
    const srcCol = column(t, 'Source');
    const statusCol = column(t, 'Status');
    if (idCol === -1 || srcCol === -1 || statusCol === -1) continue;
    for (const { cells, no } of t.rows) {
      const id = cells[idCol];
      if (!/^SRC-/.test(id) || !ID_RE.test(id)) {
        p.error(`line ${no}: bad source ID "${id}"`);
        continue;
      }
      if (seen.has(id)) p.error(`line ${no}: duplicate source ID ${id}`);
      seen.add(id);
      const mark = /\[([VPU])\]/.exec(cells[statusCol] ?? '');
      if (!mark) p.warn(`source ${id} has no [V]/[P]/[U] status ("${cells[statusCol]}"): null`);
      sources.push({
        id,
        title: stripMarkdown(cells[srcCol] ?? ''),
        status: mark ? mark[1] : null,
      });
    }
  }
  if (sources.length === 0) p.error('no sources parsed from "## 1. Source register"');
  return sources;
}

// ---------------------------------------------------------------------------------------------
// §2 Guideline catalogue

const HEADER_RE =
  /^\*\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?:\s*\(([^)]*)\))?\*\*\s*—\s*([A-Z]+(?:\s*,\s*[A-Z]+)*)\s*—\s*\[([VPU])\](.*)$/;
const CANDIDATE_HEADER_RE = /^\*\*[A-Z][A-Z0-9]*-[A-Z0-9]/;
const BULLET_RE = /^- ([A-Za-z][A-Za-z ]*?)(?: \[[^\]]*\])?:\s*(.*)$/;

function parseCatalogue(lines, p) {
  const entries = [];
  let cur = null;
  let lastBullet = null;
  for (const { text, no } of section(lines, '2. Guideline catalogue', p)) {
    const line = text.trimEnd();
    if (CANDIDATE_HEADER_RE.test(line)) {
      const m = HEADER_RE.exec(line);
      if (!m) {
        p.error(`line ${no}: cannot parse guideline header: ${line}`);
        cur = null;
        continue;
      }
      const steps = m[3].split(',').map((s) => s.trim());
      for (const s of steps) {
        if (!STEPS.includes(s)) p.error(`${m[1]} (line ${no}): unknown step "${s}"`);
      }
      cur = { id: m[1], steps, status: m[4], line: no, bullets: {} };
      entries.push(cur);
      lastBullet = null;
      continue;
    }
    if (/^#{1,6} /.test(line) || line === '---') {
      cur = null;
      lastBullet = null;
      continue;
    }
    if (!cur) continue;
    const b = BULLET_RE.exec(line);
    if (b) {
      const label = b[1].trim();
      if (['EN', 'ES', 'Source'].includes(label) && cur.bullets[label] !== undefined) {
        p.error(`${cur.id} (line ${no}): more than one "- ${label}:" line`);
      }
      if (['EN', 'ES', 'Source', 'Note'].includes(label)) {
        cur.bullets[label] = cur.bullets[label] ? `${cur.bullets[label]} ${b[2]}` : b[2];
        lastBullet = label;
      } else {
        lastBullet = null; // e.g. "Scenario note:", "Practice link:" — not exported
      }
      continue;
    }
    if (line.trim() === '') {
      lastBullet = null;
      continue;
    }
    if (lastBullet && !line.startsWith('-') && !line.startsWith('>')) {
      cur.bullets[lastBullet] += ` ${line.trim()}`; // wrapped continuation line
    }
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// §5 Index

function parseIndex(lines, p) {
  const index = new Map();
  const sec = section(lines, '5. Index of guideline IDs', p);
  for (const t of tables(sec)) {
    const cols = ['ID', 'Steps', 'Status', 'Family'].map((n) => column(t, n));
    if (cols.includes(-1)) continue;
    const [idCol, stepsCol, statusCol, familyCol] = cols;
    for (const { cells, no } of t.rows) {
      const id = cells[idCol];
      if (!ID_RE.test(id)) {
        p.error(`line ${no}: bad guideline ID in §5 index: "${id}"`);
        continue;
      }
      if (index.has(id)) p.error(`duplicate ID in §5 index: ${id} (line ${no})`);
      index.set(id, {
        steps: cells[stepsCol].split(',').map((s) => s.trim()),
        status: cells[statusCol].replace(/[[\]]/g, '').trim(),
        family: stripMarkdown(cells[familyCol]),
        line: no,
      });
    }
  }
  if (index.size === 0) p.error('no rows parsed from the §5 index table');
  const total = sec.map((l) => l.text).find((l) => /\(\d+ in total\)/.test(l));
  const expectedDps = total ? Number(/\((\d+) in total\)/.exec(total)[1]) : null;
  return { index, expectedDps };
}

// ---------------------------------------------------------------------------------------------
// §3 Decision points

const DP_HEADER_RE = /^\*\*(DP-([THRI])-(\d{2}))\s*—\s*(.+?)\*\*\s*$/;

function parseDecisionPoints(lines, p) {
  const sec = section(lines, '3. Decision points for scenario writers', p);
  const points = [];
  let cur = null;
  let stepHeading = null;
  let inExpertTable = false;
  for (const { text, no } of sec) {
    const line = text.trimEnd();
    const h3 = /^### (.*)$/.exec(line);
    if (h3) {
      cur = null;
      const stepCode = /\(([THRI])\)\s*$/.exec(h3[1]);
      stepHeading = stepCode ? stepCode[1] : null;
      inExpertTable = /need an expert decision/i.test(h3[1]);
      continue;
    }
    if (inExpertTable) continue;
    const m = DP_HEADER_RE.exec(line);
    if (m) {
      const parts = m[4].split(' / ');
      if (parts.length !== 2) {
        p.error(`${m[1]} (line ${no}): title is not "English / Español": ${m[4]}`);
      }
      if (stepHeading && stepHeading !== m[2]) {
        p.warn(`${m[1]} is listed under the step-${stepHeading} heading`);
      }
      cur = {
        id: m[1],
        step: m[2],
        title: { en: stripMarkdown(parts[0] ?? ''), es: stripMarkdown(parts.slice(1).join(' / ')) },
        guidelines: null,
        line: no,
      };
      points.push(cur);
      continue;
    }
    if (/^\*\*DP-/.test(line)) p.error(`line ${no}: cannot parse decision-point header: ${line}`);
    if (!cur) continue;
    const at = line.lastIndexOf('IDs:');
    if (at === -1) continue;
    if (cur.guidelines) p.error(`${cur.id}: more than one "IDs:" list (line ${no})`);
    // Drop parenthetical remarks, e.g. "PHB-LOCALIZED (verify)", "(Context: SRC-CONTEXT.)".
    let rest = line.slice(at + 4);
    while (/\([^()]*\)/.test(rest)) rest = rest.replace(/\([^()]*\)/g, '');
    const ids = rest
      .split(',')
      .map((s) => s.trim().replace(/\.$/, '').trim())
      .filter(Boolean);
    for (const id of ids) {
      if (!ID_RE.test(id)) p.error(`${cur.id} (line ${no}): cannot read guideline ID "${id}"`);
    }
    cur.guidelines = [...new Set(ids.filter((id) => ID_RE.test(id)))];
  }
  for (const dp of points) {
    if (!dp.guidelines || dp.guidelines.length === 0) {
      p.error(`${dp.id} (line ${dp.line}): no "IDs:" list found`);
    }
  }

  // "### 3.x Decision points that need an expert decision before use"
  const expert = new Map();
  const general = [];
  const expertStart = sec.findIndex((l) => /^### .*need an expert decision/i.test(l.text));
  if (expertStart === -1) {
    p.error('table "Decision points that need an expert decision before use" not found');
  } else {
    const rest = sec.slice(expertStart + 1);
    const stop = rest.findIndex((l) => /^#{2,3} /.test(l.text));
    const [t] = tables(stop === -1 ? rest : rest.slice(0, stop));
    const dpCol = t ? column(t, 'DP') : -1;
    const qCol = t ? column(t, 'Open question') : -1;
    if (dpCol === -1 || qCol === -1) p.error('expert-decision table: missing DP / Open question');
    for (const { cells, no } of t && dpCol !== -1 && qCol !== -1 ? t.rows : []) {
      const question = stripMarkdown(cells[qCol] ?? '');
      if (/^all$/i.test(cells[dpCol].trim())) {
        general.push(question);
        continue;
      }
      const ids = cells[dpCol].match(DP_RE) ?? [];
      if (ids.length === 0) p.error(`line ${no}: expert-decision row names no DP: ${cells[dpCol]}`);
      for (const id of ids) {
        expert.set(id, expert.has(id) ? `${expert.get(id)} ${question}` : question);
      }
    }
  }
  const known = new Set(points.map((dp) => dp.id));
  for (const id of expert.keys()) {
    if (!known.has(id)) p.error(`expert-decision table names unknown decision point ${id}`);
  }
  return { points, expert, general };
}

// ---------------------------------------------------------------------------------------------
// Build

export function buildAll(markdown) {
  const p = new Problems();
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');

  const sources = parseSources(lines, p);
  const sourceIds = new Set(sources.map((s) => s.id));
  const entries = parseCatalogue(lines, p);
  const { index, expectedDps } = parseIndex(lines, p);

  // IDs: duplicates and §2 ↔ §5 cross-check.
  const catalogueIds = new Set();
  for (const e of entries) {
    if (catalogueIds.has(e.id)) p.error(`duplicate guideline ID in §2: ${e.id} (line ${e.line})`);
    catalogueIds.add(e.id);
  }
  for (const e of entries) {
    if (!index.has(e.id)) p.error(`${e.id} (line ${e.line}) is in §2 but missing from §5 index`);
  }
  for (const [id, row] of index) {
    if (!catalogueIds.has(id)) p.error(`${id} (line ${row.line}) is in §5 index but not in §2`);
  }

  // Dimension override table sanity.
  for (const [id, [dim, reason]] of Object.entries(DIMENSION_OVERRIDES)) {
    if (!catalogueIds.has(id)) p.error(`DIMENSION_OVERRIDES names unknown guideline ${id}`);
    if (!DIMENSIONS.includes(dim)) p.error(`DIMENSION_OVERRIDES.${id}: bad dimension "${dim}"`);
    if (!reason || !reason.trim()) p.error(`DIMENSION_OVERRIDES.${id}: reason is missing`);
    const fam = index.get(id)?.family;
    if (fam && FAMILY_DIMENSION[fam] === dim) {
      p.error(`DIMENSION_OVERRIDES.${id} repeats the ${fam} default (${dim}); remove it`);
    }
  }

  const guidelineIdRe = new RegExp(
    `(?<![A-Z0-9-])(?:${[...new Set([...catalogueIds].map((id) => id.split('-')[0]))].join('|')})-[A-Z0-9]+(?:-[A-Z0-9]+)*`,
    'g',
  );
  const guidelines = [];
  for (const e of entries) {
    const { EN, ES, Source } = e.bullets;
    if (!EN || !EN.trim()) p.error(`${e.id} (line ${e.line}): missing "- EN:" statement`);
    if (!ES || !ES.trim()) p.error(`${e.id} (line ${e.line}): missing "- ES:" statement`);
    if (Source === undefined) p.warn(`${e.id}: no "- Source:" line`);
    const idx = index.get(e.id);
    if (idx) {
      if (idx.status !== e.status) {
        p.warn(`${e.id}: status [${e.status}] in §2 but ${idx.status} in §5 index (using §2)`);
      }
      if (idx.steps.join(',') !== e.steps.join(',')) {
        p.warn(`${e.id}: steps ${e.steps} in §2 but ${idx.steps} in §5 index (using §2)`);
      }
    }
    const family = idx?.family;
    const defaultDim = family === undefined ? undefined : FAMILY_DIMENSION[family];
    if (family !== undefined && defaultDim === undefined) {
      p.error(`${e.id}: family "${family}" has no default dimension in FAMILY_DIMENSION`);
    }
    const cited = [...new Set((Source ?? '').match(SRC_RE) ?? [])];
    for (const s of cited) {
      if (!sourceIds.has(s)) p.warn(`${e.id}: cites ${s}, which is not in the source register`);
    }
    if (Source !== undefined && cited.length === 0) {
      p.warn(`${e.id}: Source line names no SRC-… ID (sources: [])`);
    }
    for (const ref of new Set(`${Source ?? ''} ${e.bullets.Note ?? ''}`.match(guidelineIdRe))) {
      if (!catalogueIds.has(ref)) p.warn(`${e.id}: Source/Note refers to unknown guideline ${ref}`);
    }
    guidelines.push({
      id: e.id,
      steps: e.steps,
      family: family ?? null,
      dimension: DIMENSION_OVERRIDES[e.id]?.[0] ?? defaultDim ?? null,
      status: e.status,
      sources: cited,
      statement: { en: stripEmphasis(EN ?? ''), es: stripEmphasis(ES ?? '') },
    });
  }
  if (expectedDps === null) p.warn('§5 does not state how many decision points there are');

  // Decision points.
  const { points, expert, general } = parseDecisionPoints(lines, p);
  const dpSeen = new Set();
  for (const dp of points) {
    if (dpSeen.has(dp.id)) p.error(`duplicate decision point ${dp.id} (line ${dp.line})`);
    dpSeen.add(dp.id);
  }
  if (expectedDps !== null && points.length !== expectedDps) {
    p.warn(`§5 says ${expectedDps} decision points; parsed ${points.length}`);
  }
  const markdownHeaders = new Set(
    lines.map((l) => /^\*\*([A-Z][A-Z0-9-]+)/.exec(l)?.[1]).filter(Boolean),
  );
  const unknownCited = [];
  for (const dp of points) {
    for (const id of dp.guidelines ?? []) {
      if (catalogueIds.has(id)) continue;
      // A cited ID that has a "**ID" header somewhere means the parser missed it: fail.
      // Otherwise the catalogue itself is inconsistent: warn and keep going.
      if (markdownHeaders.has(id)) p.error(`${dp.id} cites ${id}: header exists but not parsed`);
      else unknownCited.push(`${dp.id} → ${id}`);
    }
  }
  if (unknownCited.length) {
    p.warn(`decision points cite IDs missing from the catalogue: ${unknownCited.join(', ')}`);
  }
  const decisionPoints = points.map((dp) => ({
    id: dp.id,
    step: dp.step,
    title: dp.title,
    guidelines: dp.guidelines ?? [],
    needsExpertDecision: expert.has(dp.id),
    openQuestion: expert.get(dp.id) ?? null,
  }));

  return {
    problems: p,
    guidelinesJson: { catalogueVersion: CATALOGUE_VERSION, guidelines },
    sourcesJson: { sources },
    decisionPointsJson: { decisionPoints, generalOpenQuestions: general },
  };
}

// ---------------------------------------------------------------------------------------------
// Output: JSON laid out the way Prettier formats it (printWidth 100), so `prettier --check`
// passes on the generated files without Prettier being a dependency of this script.

const PRINT_WIDTH = 100;

export function toPrettyJson(value) {
  const fmt = (v, indent, prefixLen, suffixLen) => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const pad = ' '.repeat(indent + 2);
    const close = ' '.repeat(indent);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every((x) => x === null || typeof x !== 'object')) {
        const flat = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
        if (indent + prefixLen + flat.length + suffixLen <= PRINT_WIDTH) return flat;
      }
      const items = v.map((x, i) => pad + fmt(x, indent + 2, 0, i < v.length - 1 ? 1 : 0));
      return `[\n${items.join(',\n')}\n${close}]`;
    }
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    const items = keys.map((k, i) => {
      const key = `${JSON.stringify(k)}: `;
      return pad + key + fmt(v[k], indent + 2, key.length, i < keys.length - 1 ? 1 : 0);
    });
    return `{\n${items.join(',\n')}\n${close}}`;
  };
  return `${fmt(value, 0, 0, 0)}\n`;
}

function table(rows, cols, rowKey, colKey) {
  const counts = {};
  for (const r of rows) {
    counts[rowKey(r)] ??= {};
    counts[rowKey(r)][colKey(r)] = (counts[rowKey(r)][colKey(r)] ?? 0) + 1;
  }
  const names = Object.keys(counts);
  const w = Math.max(...names.map((n) => n.length), 6);
  const head = `${'family'.padEnd(w)} | ${cols.map((c) => c.slice(0, 8).padStart(8)).join(' | ')}`;
  const body = names.map(
    (n) =>
      `${n.padEnd(w)} | ${cols.map((c) => String(counts[n][c] ?? '').padStart(8)).join(' | ')}`,
  );
  return [head, '-'.repeat(head.length), ...body].join('\n');
}

function main() {
  const input = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_INPUT;
  let markdown;
  try {
    markdown = readFileSync(input, 'utf8');
  } catch (err) {
    console.error(`import-guidelines: cannot read ${input}: ${err.message}`);
    process.exit(1);
  }
  const { problems, guidelinesJson, sourcesJson, decisionPointsJson } = buildAll(markdown);

  for (const w of problems.warnings) console.warn(`WARNING: ${w}`);
  if (problems.errors.length) {
    for (const e of problems.errors) console.error(`ERROR: ${e}`);
    console.error(`import-guidelines: ${problems.errors.length} error(s); nothing written.`);
    process.exit(1);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'guidelines.json'), toPrettyJson(guidelinesJson));
  writeFileSync(join(OUT_DIR, 'sources.json'), toPrettyJson(sourcesJson));
  writeFileSync(join(OUT_DIR, 'decision-points.json'), toPrettyJson(decisionPointsJson));

  const g = guidelinesJson.guidelines;
  const dps = decisionPointsJson.decisionPoints;
  console.log(`Read ${input}`);
  console.log(
    `Wrote ${g.length} guidelines, ${sourcesJson.sources.length} sources, ${dps.length} decision ` +
      `points (${dps.filter((d) => d.needsExpertDecision).length} need an expert decision) ` +
      `to ${OUT_DIR}`,
  );
  const byStatus = countBy(g, (x) => x.status);
  const byDimension = countBy(g, (x) => x.dimension);
  const family = (x) => x.family;
  console.log('\nBy status:', byStatus);
  console.log('By dimension:', byDimension);
  console.log(`Dimension overrides: ${Object.keys(DIMENSION_OVERRIDES).length}`);
  const byDim = table(g, DIMENSIONS, family, (x) => x.dimension);
  console.log(`\nFamily × dimension:\n${byDim}`);
  const byStat = table(g, STATUSES, family, (x) => x.status);
  console.log(`\nFamily × status:\n${byStat}`);
  if (problems.warnings.length) console.log(`\n${problems.warnings.length} warning(s), see above.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
