import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  AppFilesFailure,
  fetchAppFiles,
  parseAppFileList,
  type AppFileList,
  type AppFilesProgress,
} from './app-files';
import { zipPackage } from './package-client';

const app: Record<string, string> = {
  'index.html':
    '<html><head><link rel="manifest" href="manifest.webmanifest"><script id="vite-plugin-pwa:register-sw" src="./registerSW.js"></script></head></html>',
  'assets/index-abc.js': 'console.log(1)',
  'assets/es-def.js': 'export default {}',
  'sw.js': 'self.x=1',
  'registerSW.js': 'navigator.serviceWorker.register("sw.js")',
  'manifest.webmanifest': '{}',
  'icon.svg': '<svg/>',
};
const list: AppFileList = {
  version: 1,
  files: Object.entries(app).map(([path, text]) => ({ path, size: strToU8(text).length })),
};

/** A static host serving `app` and the list under https://org.example/train/. */
function host(files: Record<string, string>, listBody: unknown = list) {
  const asked: string[] = [];
  const f = (async (url: string) => {
    asked.push(url);
    const path = new URL(url).pathname.replace('/train/', '');
    if (path === 'app-files.json')
      return listBody === null
        ? new Response('not found', { status: 404 })
        : new Response(typeof listBody === 'string' ? listBody : JSON.stringify(listBody));
    return path in files ? new Response(files[path]) : new Response('not found', { status: 404 });
  }) as unknown as typeof fetch;
  return { fetch: f, asked };
}

const problem = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppFilesFailure) return e.problem;
    throw e;
  }
  throw new Error('did not fail');
};

describe('the build file list', () => {
  it('accepts the list the build writes and refuses paths outside the app', () => {
    expect(parseAppFileList(list).files).toHaveLength(7);
    for (const path of ['/etc/passwd', '../x.js', 'assets/../../x', 'https://evil.example/x.js'])
      expect(() =>
        parseAppFileList({
          version: 1,
          files: [
            { path: 'index.html', size: 1 },
            { path, size: 1 },
          ],
        }),
      ).toThrow(/bad-list|path/);
    expect(() => parseAppFileList({ version: 2, files: list.files })).toThrow();
    expect(() => parseAppFileList({ version: 1, files: [{ path: 'a.js', size: 1 }] })).toThrow();
  });
});

describe('fetchAppFiles', () => {
  it('fetches every listed file next to the page, reporting progress per file', async () => {
    const h = host(app);
    const seen: AppFilesProgress[] = [];
    const files = await fetchAppFiles('https://org.example/train/', {
      fetch: h.fetch,
      onProgress: (p) => seen.push(p),
    });
    expect(Object.keys(files).sort()).toEqual(Object.keys(app).sort());
    expect(strFromU8(files['assets/index-abc.js']!)).toBe('console.log(1)');
    expect(h.asked[0]).toBe('https://org.example/train/app-files.json');
    expect(seen).toHaveLength(8);
    expect(seen.at(-1)).toEqual({
      files: 7,
      filesTotal: 7,
      bytes: list.files.reduce((n, f) => n + f.size, 0),
      bytesTotal: list.files.reduce((n, f) => n + f.size, 0),
    });
  });

  it('says there is no list on a dev server (404, or index.html for every path)', async () => {
    expect(await problem(fetchAppFiles('https://org.example/train/', host(app, null)))).toEqual({
      kind: 'no-list',
    });
    expect(
      await problem(fetchAppFiles('https://org.example/train/', host(app, '<!doctype html>'))),
    ).toEqual({ kind: 'no-list' });
  });

  it('names the file that could not be fetched, and stops when cancelled', async () => {
    const { 'assets/es-def.js': _gone, ...rest } = app;
    expect(await problem(fetchAppFiles('https://org.example/train/', host(rest)))).toMatchObject({
      kind: 'fetch',
      path: 'assets/es-def.js',
    });
    const stop = new AbortController();
    stop.abort();
    expect(
      await problem(
        fetchAppFiles('https://org.example/train/', { ...host(app), signal: stop.signal }),
      ),
    ).toMatchObject({ kind: 'cancelled' });
  });
});

describe('a package from fetched files', () => {
  it('zips the app with the manifest of the assignment modules, without the service worker', async () => {
    const appFiles = await fetchAppFiles('https://org.example/train/', host(app));
    const zip = await zipPackage(
      {
        format: 'scorm2004',
        info: {
          id: 'acompana-asg-1',
          title: { es: 'Acompaña: Cohorte', en: 'Acompaña: Cohort' },
          modules: [
            {
              id: 'triage-safehouse',
              title: { es: 'Triage', en: 'Triage' },
              summary: { es: '', en: '' },
            },
            {
              id: 'sample-first-hour',
              title: { es: 'Hora', en: 'Hour' },
              summary: { es: '', en: '' },
            },
          ],
        },
        appFiles,
      },
      { inline: true },
    );
    const out = unzipSync(zip);
    expect(Object.keys(out).sort()).toEqual(
      [
        'assets/es-def.js',
        'assets/index-abc.js',
        'icon.svg',
        'imsmanifest.xml',
        'index.html',
      ].sort(),
    );
    const manifest = strFromU8(out['imsmanifest.xml']!);
    expect(manifest.indexOf('index.html?lms=triage-safehouse')).toBeGreaterThan(0);
    expect(manifest.indexOf('index.html?lms=triage-safehouse')).toBeLessThan(
      manifest.indexOf('index.html?lms=sample-first-hour'),
    );
    expect(strFromU8(out['index.html']!)).not.toMatch(/registerSW|manifest/);
  });
});
