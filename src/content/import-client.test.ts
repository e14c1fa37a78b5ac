import { describe, expect, it } from 'vitest';
import { startImport, type ImportProgress } from './import-client';
import { bundledCatalogue } from './bundled-catalogue';

const scenario = bundledCatalogue().get('sample-first-hour', 1)!.scenario;
const record = (attemptId: string) => ({
  recordVersion: 2,
  attemptId,
  learner: { id: 'l-1', pseudonym: 'Garza', role: 'prosecutor' },
  mode: 'practice',
  feedback: 'immediate',
  languages: ['en'],
  passMark: 0.8,
  scenario: { id: scenario.id, version: scenario.version, hash: 'h' },
  seed: 1,
  startedAt: '2026-11-27T10:00:00.000Z',
  log: [{ kind: 'choose', node: 'arrival', choice: 'line-up-for-id', at: 1 }],
});
const file = (name: string, ids: string[]) =>
  new File(
    [JSON.stringify({ kind: 'acompana.result', recordVersion: 2, attempts: ids.map(record) })],
    name,
    { type: 'application/json' },
  );

describe('import client (main-thread fallback, as in jsdom)', () => {
  it('imports browser files against the bundled modules and reports progress to the end', async () => {
    const seen: ImportProgress[] = [];
    const job = startImport(
      [file('a.json', ['1', '2']), new File(['{oops'], 'b.json'), file('c.json', ['1', '3'])],
      { onProgress: (p) => seen.push(p) },
    );
    const r = await job.result;
    expect(r.kind).toBe('done');
    if (r.kind !== 'done') return;
    expect(r.report.totals).toEqual({
      files: 3,
      filesRefused: 1,
      attempts: 4,
      accepted: 3,
      refused: 0,
      duplicates: 1,
    });
    expect(r.report.files[1]).toMatchObject({ kind: 'refused', reason: { code: 'not-json' } });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ filesDone: 3, fileCount: 3, attemptsDone: 4 });
    expect(last.bytesDone).toBe(last.bytesTotal);
  });

  it('stops when cancelled', async () => {
    const job = startImport([file('a.json', ['1']), file('b.json', ['2'])]);
    job.cancel();
    expect(await job.result).toEqual({ kind: 'cancelled' });
  });

  it('names a file the browser cannot read instead of failing the import', async () => {
    const broken = Object.assign(new Blob(['x']), {
      name: 'gone.json',
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    });
    const r = await startImport([broken, file('ok.json', ['9'])]).result;
    expect(r.kind === 'done' && r.report.files.map((f) => f.kind)).toEqual(['refused', 'read']);
    expect(r.kind === 'done' && r.report.files[0]).toMatchObject({
      reason: { code: 'unreadable', message: 'NotReadableError' },
    });
  });
});
