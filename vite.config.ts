/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
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

// Relative base + hash routing: the same build runs from a web server, a file share,
// a cmi5 AU URL and inside an LMS package (DESIGN §5).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    scenariosPlugin(),
    csp(),
    appFilesPlugin(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
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
