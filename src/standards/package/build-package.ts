/**
 * An LMS package from the built app: the manifest for the format, and the app's files minus the
 * service worker and its registration (no service worker inside packages: the LMS serves them).
 * Runs in Node (`npm run package`) and in the browser (the instructor's download), so it takes
 * the files as bytes and returns the zip as bytes.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { APP_FILE_LIST } from './app-files';
import {
  cmi5Manifest,
  scorm12Manifest,
  scorm2004Manifest,
  type PackageFormat,
  type PackageInfo,
} from './manifests';

export type PackageRequest = {
  format: PackageFormat;
  info: PackageInfo;
  /** The built app: path relative to the app root → bytes. */
  appFiles: Record<string, Uint8Array>;
};

const SERVICE_WORKER = /^(sw\.js|registerSW\.js|workbox-[^/]*\.js|manifest\.webmanifest)$/;

/** index.html without the service-worker registration and the web-app manifest link. */
export function packagedIndexHtml(html: string): string {
  return html
    .replace(/\s*<script id="vite-plugin-pwa:register-sw"[^>]*><\/script>/, '')
    .replace(/\s*<link rel="manifest"[^>]*>/, '');
}

export function buildPackage({ format, info, appFiles }: PackageRequest): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(appFiles)) {
    if (
      SERVICE_WORKER.test(path) ||
      path.endsWith('.map') ||
      path === '.vite/manifest.json' ||
      path === APP_FILE_LIST
    )
      continue;
    files[path] = path === 'index.html' ? strToU8(packagedIndexHtml(strFromU8(bytes))) : bytes;
  }
  const list = Object.keys(files).sort();
  if (format === 'cmi5') files['cmi5.xml'] = strToU8(cmi5Manifest(info));
  else
    files['imsmanifest.xml'] = strToU8(
      format === 'scorm12' ? scorm12Manifest(info, list) : scorm2004Manifest(info, list),
    );
  return zipSync(files, { level: 6 });
}
