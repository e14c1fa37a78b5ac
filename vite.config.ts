/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import type { OutputChunk } from 'rolldown';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { scenariosPlugin } from './scripts/vite-plugin-scenarios.ts';
import { appFilesPlugin } from './scripts/vite-plugin-app-files.ts';
import { withCspMeta } from './scripts/lib/csp.ts';

// The policy lives in scripts/lib/csp.ts, shared with the static-host headers. Dev keeps Vite's
// inline HMR client, so the meta tag is added at build time only.
const csp = (): Plugin => ({
  name: 'acompana-csp',
  apply: 'build',
  transformIndexHtml: withCspMeta,
});

// The entry (src/main.tsx) is tiny and imports the app dynamically, so its UI strings load beside
// the app's code. The browser would only find the app's chunks once the entry ran: preload them,
// from the HTML (issue 14, Lighthouse on a phone).
const FIRST_SCREEN = /src\/app\/boot\.tsx$/;
const preloadFirstScreen = (): Plugin => ({
  name: 'acompana-preload-first-screen',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter(
        (c): c is OutputChunk => c.type === 'chunk',
      );
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const files = new Set<string>();
      const walk = (c: OutputChunk) => {
        if (c.isEntry || files.has(c.fileName)) return;
        files.add(c.fileName);
        for (const f of c.imports) {
          const dep = byFile.get(f);
          if (dep) walk(dep);
        }
      };
      for (const c of chunks) if (c.facadeModuleId && FIRST_SCREEN.test(c.facadeModuleId)) walk(c);
      return [...files].map((f) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
        injectTo: 'head' as const,
      }));
    },
  },
});

// Relative base + hash routing: the same build runs from a web server, a file share,
// a cmi5 AU URL and inside an LMS package (DESIGN §5).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    scenariosPlugin(),
    csp(),
    appFilesPlugin(),
    preloadFirstScreen(),
    VitePWA({
      registerType: 'autoUpdate',
      // Deferred: a plain script in <head> blocked rendering (~300 ms in Lighthouse, issue 14); the
      // service worker registers on window load either way.
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg', 'support-contacts.json'],
      // Every module, its text and the catalogue are precached: after the first visit all play offline.
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4_000_000,
      },
      manifest: {
        name: 'Acompaña',
        short_name: 'Acompaña',
        description:
          'Training for people who receive survivors after a rescue / Capacitación para recibir a personas sobrevivientes',
        lang: 'es-MX',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e5f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 400, manifest: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/scenarios/**/*.test.ts', 'tests/repo/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
