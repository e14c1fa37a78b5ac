/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Relative base + hash routing: the same build runs from a web server, a file share,
// a cmi5 AU URL and inside an LMS package (DESIGN §5).
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@scenarios': fileURLToPath(new URL('./scenarios', import.meta.url)),
    },
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 400 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/scenarios/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
