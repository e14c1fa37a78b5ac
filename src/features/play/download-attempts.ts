import type { AttemptRecord } from '../../records/attempt-record';

/**
 * Saves attempts as a result file through the browser's download (the way out when the device's
 * storage fails, review H1). The result-file module loads only when asked, off the first load.
 */
export async function downloadAttempts(records: AttemptRecord[]): Promise<void> {
  const { buildResultFile } = await import('../../records/result-file');
  const day = new Date().toISOString().slice(0, 10);
  const name = `acompana-${records.length === 1 ? records[0]!.scenario.id : 'results'}-${day}.json`;
  const body = JSON.stringify(buildResultFile(records, new Date().toISOString()), null, 2);
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Some browsers cancel a download whose URL is revoked at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
