/**
 * An LMS stand-in for the package tests: serves an unzipped package under /sco/ and a harness
 * page that runs scorm-again (the LMS side of SCORM 1.2 and 2004, from npm) in the parent window,
 * so the SCO finds `API` / `API_1484_11` up its window chain as it would in Moodle.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';

const root = join(import.meta.dirname, '..', '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

const HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS harness</title><link rel="icon" href="data:,">
<script src="/scorm-again.min.js"></script></head><body>
<script>
window.launch = (version, saved, href) => {
  const API = version === '1.2'
    ? new Scorm12API({ autocommit: false, logLevel: 5 })
    : new Scorm2004API({ autocommit: false, logLevel: 5 });
  if (saved) API.loadFromJSON(saved, 'cmi');
  window.calls = [];
  for (const m of ['LMSInitialize','LMSFinish','LMSCommit','Initialize','Terminate','Commit'])
    if (API[m]) { const f = API[m].bind(API); API[m] = (...a) => { window.calls.push(m); return f(...a); }; }
  window[version === '1.2' ? 'API' : 'API_1484_11'] = API;
  window.lmsApi = API;
  const f = document.createElement('iframe');
  f.title = 'SCO'; f.src = '/sco/' + href; f.style.width = '1000px'; f.style.height = '760px';
  document.body.append(f);
};
window.cmi = () => JSON.parse(JSON.stringify(window.lmsApi.renderCMIToJSONObject())).cmi;
window.leave = () => document.querySelector('iframe').remove();
</script></body></html>`;

/** Builds a package with `npm run package`'s script and serves it with the harness. */
export async function startLmsHarness(format, modules) {
  const dir = mkdtempSync(join(tmpdir(), 'acompana-pkg-'));
  execFileSync(
    join(root, 'node_modules/.bin/tsx'),
    [
      join(root, 'scripts/package.ts'),
      '--format',
      format,
      '--modules',
      modules.join(','),
      '--out',
      dir,
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const zipName = `acompana-${format}-${modules.join('-')}.zip`;
  const served = await serveLmsPackage(readFileSync(join(dir, zipName)));
  return {
    ...served,
    async stop() {
      await served.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serves a package's zip (built by the script or downloaded from the app) with the harness. */
export async function serveLmsPackage(zip) {
  const dir = mkdtempSync(join(tmpdir(), 'acompana-sco-'));
  const files = unzipSync(zip);
  const sco = join(dir, 'sco');
  for (const [name, bytes] of Object.entries(files)) {
    const out = join(sco, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/' || path === '/harness.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
      return res.end(HARNESS);
    }
    const file =
      path === '/scorm-again.min.js'
        ? join(root, 'node_modules/scorm-again/dist/scorm-again.min.js')
        : join(sco, normalize(path.replace(/^\/sco\//, '')).replace(/^(\.\.[/\\])+/, ''));
    if (!path.startsWith('/sco/') && path !== '/scorm-again.min.js') {
      res.writeHead(404);
      return res.end();
    }
    if (!existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/harness.html`,
    files: Object.keys(files),
    manifest: new TextDecoder().decode(files['imsmanifest.xml'] ?? files['cmi5.xml']),
    async stop() {
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
