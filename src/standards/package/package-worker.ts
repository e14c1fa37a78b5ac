/**
 * Zips an LMS package off the main thread (a couple of MB of app files at deflate level 6), so the
 * instructor's screen keeps answering while it works. Started and ended by package-client.ts.
 */
import { buildPackage, type PackageRequest } from './build-package';

export type PackageWorkerMessage =
  { type: 'done'; zip: Uint8Array } | { type: 'failed'; message: string };

self.onmessage = (ev: MessageEvent<PackageRequest>) => {
  try {
    const zip = buildPackage(ev.data);
    (self as unknown as Worker).postMessage({ type: 'done', zip } satisfies PackageWorkerMessage, [
      zip.buffer,
    ]);
  } catch (e) {
    self.postMessage({
      type: 'failed',
      message: String((e as Error)?.message ?? e),
    } satisfies PackageWorkerMessage);
  }
};
