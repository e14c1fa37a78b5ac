import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * STYLE.md's dependency rules, enforced with the core no-restricted-imports rule:
 * 1. engine imports nothing from src/ outside itself, and no React, DOM storage or i18n;
 * 2. records and content import only engine (no features, ui, React);
 * 3. features never import each other; only app/ puts them together;
 * 4. ui knows no domain (no engine, records, content);
 * 5. views (domain views shared by features, e.g. the debrief: DESIGN §8.8) import no feature or app;
 * 6. standards (xAPI, LRS, cmi5, SCORM) and analytics (aggregation) import only engine and records.
 */
const noReact = {
  group: ['react', 'react-dom', 'react-dom/*', '@xstate/react', 'i18next', 'react-i18next'],
  message: 'engine, records and content stay free of React and i18n.',
};
const outsideEngine = [
  '**/records/**',
  '**/features/**',
  '**/ui/**',
  '**/app/**',
  '**/i18n/**',
  '**/content/**',
  'idb',
  'virtual:*',
];
const restrict = (...patterns) => ['error', { patterns }];
/** One folder per user need: trainee, instructor, organization, author (issue 15). */
const FEATURES = ['play', 'assign', 'review', 'author', 'guidelines'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.tmp-*', 'dev-dist'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended] },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(noReact, {
        group: outsideEngine,
        message: 'The engine depends on nothing else in src/ (STYLE rule 1).',
      }),
    },
  },
  {
    files: ['src/records/**/*.ts', 'src/content/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(noReact, {
        group: ['**/features/**', '**/ui/**', '**/app/**', '**/i18n/**'],
        message: 'records and content import only the engine (STYLE rule 2).',
      }),
    },
  },
  {
    files: ['src/standards/**/*.ts', 'src/analytics/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(noReact, {
        group: [
          '**/features/**',
          '**/ui/**',
          '**/app/**',
          '**/i18n/**',
          '**/views/**',
          '**/content/**',
        ],
        message: 'standards and analytics import only the engine and records (STYLE rule 2).',
      }),
    },
  },
  {
    files: ['src/views/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict({
        group: ['**/features/**', '**/app/**'],
        message: 'Views are shared by features: they import no feature and no app (DESIGN §8.8).',
      }),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict({
        group: [
          '**/engine/**',
          '**/records/**',
          '**/content/**',
          '**/features/**',
          '**/app/**',
          '**/views/**',
          '**/standards/**',
          '**/analytics/**',
        ],
        message: 'ui knows no domain: text and data come in through props (STYLE rule 4).',
      }),
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': restrict({
        group: [
          '**/app/**',
          ...FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/**`),
        ],
        message:
          'Features never import each other or the app; shared pieces move down to records, ui, engine or i18n (STYLE rule 3).',
      }),
    },
  })),
);
