/**
 * The built app's own files, fetched from where the app is served, for an LMS package made in
 * the browser (the instructor's download). The build writes the list (scripts/vite-plugin-app-files.ts);
 * the dev server has none, so the download says it needs a built app.
 */
export const APP_FILE_LIST = 'app-files.json';

export type AppFileList = { version: 1; files: { path: string; size: number }[] };

export type AppFilesProgress = {
  files: number;
  filesTotal: number;
  bytes: number;
  bytesTotal: number;
};

export type AppFilesError =
  /** No list where the app is served: a dev server, or a build older than the list. */
  | { kind: 'no-list' }
  | { kind: 'bad-list'; detail: string }
  | { kind: 'fetch'; path: string; detail: string }
  | { kind: 'cancelled' };

export class AppFilesFailure extends Error {
  readonly problem: AppFilesError;
  constructor(problem: AppFilesError) {
    super(`app files: ${problem.kind}${'path' in problem ? ` ${problem.path}` : ''}`);
    this.name = 'AppFilesFailure';
    this.problem = problem;
  }
}

/** Relative paths inside the app only: nothing absolute, no `..`, no scheme. */
const SAFE_PATH = /^(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$))[\w.\-/@~]+$/;

export function parseAppFileList(json: unknown): AppFileList {
  const bad = (detail: string) => new AppFilesFailure({ kind: 'bad-list', detail });
  if (typeof json !== 'object' || json === null) throw bad('not an object');
  const { version, files } = json as { version?: unknown; files?: unknown };
  if (version !== 1) throw bad(`version ${String(version)}`);
  if (!Array.isArray(files) || files.length === 0) throw bad('no files');
  const out: AppFileList['files'] = [];
  for (const f of files) {
    const { path, size } = (f ?? {}) as { path?: unknown; size?: unknown };
    if (typeof path !== 'string' || !SAFE_PATH.test(path)) throw bad(`path ${String(path)}`);
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
      throw bad(`size of ${path}`);
    out.push({ path, size });
  }
  if (!out.some((f) => f.path === 'index.html')) throw bad('no index.html');
  return { version: 1, files: out };
}

/**
 * Every file of the app served at `base` (the page's own directory), as bytes. One request at a
 * time per slot, a few slots: the app is about a hundred files of a couple of MB.
 */
export async function fetchAppFiles(
  base: string,
  {
    signal,
    onProgress,
    fetch: doFetch = fetch,
  }: {
    signal?: AbortSignal;
    onProgress?: (p: AppFilesProgress) => void;
    fetch?: typeof fetch;
  } = {},
): Promise<Record<string, Uint8Array>> {
  const cancelled = () => new AppFilesFailure({ kind: 'cancelled' });
  const get = async (path: string) => {
    try {
      // `no-cache`: revalidate, so a page open across a redeploy still packages matching files.
      return await doFetch(new URL(path, base).href, { signal, cache: 'no-cache' });
    } catch (e) {
      if (signal?.aborted) throw cancelled();
      throw new AppFilesFailure({ kind: 'fetch', path, detail: String(e) });
    }
  };
  const listRes = await get(APP_FILE_LIST);
  if (listRes.status === 404) throw new AppFilesFailure({ kind: 'no-list' });
  if (!listRes.ok)
    throw new AppFilesFailure({
      kind: 'fetch',
      path: APP_FILE_LIST,
      detail: `HTTP ${listRes.status}`,
    });
  let json: unknown;
  try {
    json = await listRes.json();
  } catch {
    // The dev server answers unknown paths with index.html.
    throw new AppFilesFailure({ kind: 'no-list' });
  }
  const list = parseAppFileList(json);
  const progress: AppFilesProgress = {
    files: 0,
    filesTotal: list.files.length,
    bytes: 0,
    bytesTotal: list.files.reduce((n, f) => n + f.size, 0),
  };
  onProgress?.({ ...progress });
  const out: Record<string, Uint8Array> = {};
  const queue = [...list.files];
  const slot = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      if (signal?.aborted) throw cancelled();
      const res = await get(f.path);
      if (!res.ok)
        throw new AppFilesFailure({ kind: 'fetch', path: f.path, detail: `HTTP ${res.status}` });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await res.arrayBuffer());
      } catch (e) {
        if (signal?.aborted) throw cancelled();
        throw new AppFilesFailure({ kind: 'fetch', path: f.path, detail: String(e) });
      }
      out[f.path] = bytes;
      progress.files++;
      progress.bytes += bytes.length;
      onProgress?.({ ...progress });
    }
  };
  await Promise.all([slot(), slot(), slot(), slot()]);
  if (signal?.aborted) throw cancelled();
  return out;
}
