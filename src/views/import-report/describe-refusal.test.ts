import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/init';
import en from '../../i18n/locales/en/import.json';
import es from '../../i18n/locales/es/import.json';
import type { AttemptRefusal, FileRefusal } from '../../records/import/import-reasons';
import {
  describeAttemptRefusal,
  describeDuplicate,
  describeFileRefusal,
  type ImportT,
} from './describe-refusal';

const files: FileRefusal[] = [
  { code: 'empty-file' },
  { code: 'unreadable', message: 'NotReadableError' },
  { code: 'too-large', bytes: 700_000_000 },
  { code: 'not-utf8', guess: 'latin-1', byteOffset: 1233 },
  { code: 'not-utf8', guess: 'utf-16le', byteOffset: 0 },
  { code: 'not-utf8', guess: 'binary', byteOffset: 4 },
  { code: 'not-json', truncated: false, line: 2, column: 16 },
  { code: 'not-json', truncated: true },
  { code: 'not-result-file' },
  { code: 'not-result-file', found: 'h5p-report' },
  { code: 'file-version-missing' },
  { code: 'file-version-invalid', found: '"1"' },
  { code: 'file-version-newer', found: 9, supported: 2 },
  { code: 'file-version-older', found: 0, oldest: 1 },
  { code: 'attempts-not-a-list' },
  { code: 'no-attempts' },
  { code: 'internal-error', message: 'boom' },
];
const attempts: AttemptRefusal[] = [
  { code: 'not-an-object' },
  { code: 'record-version-missing' },
  { code: 'record-version-invalid', found: '1.5' },
  { code: 'record-version-newer', found: 9, supported: 2 },
  { code: 'record-version-older', found: 0, oldest: 1 },
  { code: 'invalid-field', path: 'seed', problem: 'wrong-type', expected: 'number' },
  { code: 'invalid-field', path: 'log.3.choice', problem: 'missing', expected: 'string' },
  { code: 'invalid-field', path: 'log.0.kind', problem: 'unknown-entry-kind' },
  { code: 'invalid-field', path: 'mode', problem: 'not-allowed', expected: 'practice, assessed' },
  ...(
    ['not-whole-number', 'empty', 'too-small', 'too-large', 'not-a-date', 'invalid'] as const
  ).map((problem): AttemptRefusal => ({
    code: 'invalid-field',
    path: 'passMark',
    problem,
    expected: '1',
  })),
  { code: 'back-in-assessed', entry: 3 },
  { code: 'unknown-scenario', scenarioId: 'other' },
  { code: 'unknown-version', scenarioId: 'sample-first-hour', version: 9, known: [1, 2] },
  ...(
    [
      'wrong-node',
      'ended',
      'wrong-kind',
      'unknown-choice',
      'unavailable-choice',
      'incomplete-response',
      'no-outcome',
    ] as const
  ).map((problem): AttemptRefusal => ({ code: 'log-does-not-fit', entry: 4, problem })),
  { code: 'internal-error', message: 'boom' },
];

for (const lang of ['en', 'es'] as const) {
  const i18n = createI18n(lang, { en: { import: en }, es: { import: es } });
  const t = i18n.getFixedT(lang, 'import') as ImportT;
  describe(`import refusals in ${lang}`, () => {
    it('gives every reason a sentence with its parameters filled in and no raw key', () => {
      const texts = [
        ...files.map((r) => describeFileRefusal(t, r, lang)),
        ...attempts.map((r) => describeAttemptRefusal(t, r, lang)),
        ...(['identical', 'earlier-copy', 'conflicting', 'already-loaded'] as const).map((d) =>
          describeDuplicate(t, d),
        ),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/\{\{|\}\}|^(file|attempt|field|step|duplicate|path|type)\./);
        expect(text).toMatch(/^[A-ZÁÉÍÓÚÑ“«]/);
        expect(text.length).toBeGreaterThan(10);
      }
      expect(new Set(texts).size).toBeGreaterThan(texts.length - 3);
    });
  });
}

describe('import refusals say what and where', () => {
  const t = (lang: 'en' | 'es') =>
    createI18n(lang, { en: { import: en }, es: { import: es } }).getFixedT(
      lang,
      'import',
    ) as ImportT;
  it('names the line and column of broken JSON, the encoding, the field and the entry', () => {
    expect(describeFileRefusal(t('en'), files[6]!, 'en')).toBe(
      'The file is not valid JSON: the problem is at line 2, column 16.',
    );
    expect(describeFileRefusal(t('es'), files[3]!, 'es')).toMatch(
      /^El archivo no está guardado como texto UTF-8: el byte 1,234 no es UTF-8\. Parece texto Latin-1/,
    );
    expect(describeAttemptRefusal(t('en'), attempts[6]!, 'en')).toBe(
      'The field “choice” of entry 4 of the decisions is missing.',
    );
    expect(describeAttemptRefusal(t('es'), attempts[5]!, 'es')).toBe(
      'El campo «seed» tiene un tipo equivocado (debe ser un número).',
    );
    expect(describeAttemptRefusal(t('es'), attempts.at(-2)!, 'es')).toBe(
      'Las decisiones no corresponden al módulo: la entrada 4 no lleva a ninguna parte del módulo.',
    );
  });
});
