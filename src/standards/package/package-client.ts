/**
 * The browser's way to `buildPackage`: in a Web Worker where there is one, on the main thread
 * otherwise (jsdom). The app files are moved to the worker, not copied.
 */
import type { PackageRequest } from './build-package';
import type { PackageWorkerMessage } from './package-worker';

export async function zipPackage(
  req: PackageRequest,
  {
    inline = typeof Worker === 'undefined',
    signal,
  }: { inline?: boolean; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  if (inline) {
    const { buildPackage } = await import('./build-package');
    return buildPackage(req);
  }
  const worker = new Worker(new URL('./package-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      worker.onmessage = (ev: MessageEvent<PackageWorkerMessage>) =>
        ev.data.type === 'done' ? resolve(ev.data.zip) : reject(new Error(ev.data.message));
      worker.onerror = (ev) => {
        ev.preventDefault();
        reject(new Error(ev.message || 'the package worker stopped'));
      };
      const buffers = Object.values(req.appFiles).map((b) => b.buffer as ArrayBuffer);
      worker.postMessage(req, [...new Set(buffers)]);
    });
  } finally {
    worker.terminate();
  }
}
