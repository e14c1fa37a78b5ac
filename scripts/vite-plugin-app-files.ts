/**
 * Writes `app-files.json` into the build: every file of the built app with its size, so the
 * instructor's screen can fetch the app and zip it into an LMS package in the browser (issue 11),
 * the way `npm run package` reads dist/ from disk. Written after the bundle and the public files
 * are on disk; the service worker and its helpers, written later by vite-plugin-pwa, are left out
 * of packages anyway.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { APP_FILE_LIST, type AppFileList } from '../src/standards/package/app-files.ts';

export function appFilesPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'acompana-app-files',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const files: AppFileList['files'] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          const path = join(dir, name);
          const st = statSync(path);
          if (st.isDirectory()) walk(path);
          else files.push({ path: relative(outDir, path).split('\\').join('/'), size: st.size });
        }
      };
      walk(outDir);
      const list: AppFileList = {
        version: 1,
        files: files.filter((f) => f.path !== APP_FILE_LIST && !f.path.startsWith('.vite/')),
      };
      writeFileSync(join(outDir, APP_FILE_LIST), JSON.stringify(list));
    },
  };
}
