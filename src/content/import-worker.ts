/**
 * The import worker (DESIGN §8.7): parses and re-scores result files off the main thread, posting
 * progress as it goes, so a 50 MB cohort does not freeze the page (reliability review M5). Started
 * and stopped by import-client.ts; cancel terminates it.
 */
import { bundledCatalogue } from './bundled-catalogue';
import { runImport } from './import-run';
import type { ImportWorkerMessage, ImportWorkerRequest } from './import-protocol';

const post = (m: ImportWorkerMessage) => self.postMessage(m);

self.onmessage = (ev: MessageEvent<ImportWorkerRequest>) => {
  const { files, options } = ev.data;
  runImport(files, bundledCatalogue(), options, (progress) => post({ type: 'progress', progress }))
    .then((report) => report && post({ type: 'done', report }))
    .catch((e: unknown) => post({ type: 'failed', message: String((e as Error)?.message ?? e) }));
};
