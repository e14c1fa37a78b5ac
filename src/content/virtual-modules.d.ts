declare module 'virtual:scenario-library' {
  /** Typed by src/content/library.ts, which re-exports it. */
  export const library: unknown[];
}
