/**
 * Import refusal codes → a sentence in the user's language (the `import` UI namespace), shared by
 * the trainee's attempts screen and the instructor's cohort view so both say the same thing.
 */
import type { TFunction } from 'i18next';
import type { DuplicateRelation } from '../../records/import/import-result-files';
import type { AttemptRefusal, FileRefusal } from '../../records/import/import-reasons';

export type ImportT = TFunction<'import'>;

const number = (lang: string, n: number) => n.toLocaleString(lang === 'es' ? 'es-MX' : 'en');

export function describeFileRefusal(t: ImportT, r: FileRefusal, lang: string): string {
  switch (r.code) {
    case 'not-json':
      if (r.truncated) return t('file.not-json-truncated');
      if (r.line === undefined) return t('file.not-json-somewhere');
      return t('file.not-json', { line: r.line, column: r.column });
    case 'not-result-file':
      return r.found
        ? t('file.not-result-file-found', { found: r.found })
        : t('file.not-result-file');
    case 'not-utf8':
      return t('file.not-utf8', {
        offset: number(lang, r.byteOffset + 1),
        guess: t(`encoding.${r.guess}`),
      });
    case 'too-large':
      return t('file.too-large', { size: `${number(lang, Math.round(r.bytes / 1e6))} MB` });
    case 'unreadable':
    case 'internal-error':
      return t(`file.${r.code}`, { message: r.message });
    case 'file-version-invalid':
      return t('file.file-version-invalid', { found: r.found });
    case 'file-version-newer':
      return t('file.file-version-newer', { found: r.found, supported: r.supported });
    case 'file-version-older':
      return t('file.file-version-older', { found: r.found, oldest: r.oldest });
    case 'empty-file':
    case 'file-version-missing':
    case 'attempts-not-a-list':
    case 'no-attempts':
      return t(`file.${r.code}`);
  }
}

/** `log.3.choice` → "the field “choice” of entry 4 of the decisions". */
export function describePath(t: ImportT, path: string): string {
  const m = /^log\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!m) return t('path.field', { name: path });
  const n = Number(m[1]) + 1;
  return m[2] ? t('path.entryField', { name: m[2], n }) : t('path.entry', { n });
}

const TYPES = new Set(['string', 'number', 'object', 'array', 'boolean']);

export function describeAttemptRefusal(t: ImportT, r: AttemptRefusal, lang: string): string {
  switch (r.code) {
    case 'invalid-field': {
      const path = describePath(t, r.path);
      const expected =
        r.problem === 'wrong-type' && r.expected && TYPES.has(r.expected)
          ? t(`type.${r.expected as 'string'}`)
          : r.expected;
      const sentence = t(`field.${r.problem}`, { path, expected });
      return sentence.charAt(0).toLocaleUpperCase(lang) + sentence.slice(1);
    }
    case 'log-does-not-fit':
      return t('attempt.log-does-not-fit', { entry: r.entry, problem: t(`step.${r.problem}`) });
    case 'unknown-version':
      return t('attempt.unknown-version', {
        scenarioId: r.scenarioId,
        version: r.version,
        known: r.known.join(', '),
      });
    case 'unknown-scenario':
      return t('attempt.unknown-scenario', { scenarioId: r.scenarioId });
    case 'back-in-assessed':
      return t('attempt.back-in-assessed', { entry: r.entry });
    case 'record-version-invalid':
      return t('attempt.record-version-invalid', { found: r.found });
    case 'record-version-newer':
      return t('attempt.record-version-newer', { found: r.found, supported: r.supported });
    case 'record-version-older':
      return t('attempt.record-version-older', { found: r.found, oldest: r.oldest });
    case 'internal-error':
      return t('attempt.internal-error', { message: r.message });
    case 'not-an-object':
    case 'record-version-missing':
      return t(`attempt.${r.code}`);
  }
}

export const describeDuplicate = (t: ImportT, relation: DuplicateRelation): string =>
  t(`duplicate.${relation}`);
