/** Types for the test LRS helpers (plain .mjs so node's e2e runner and Vitest share them). */
export type TestLrs = {
  endpoint: string;
  port: number;
  statements(query?: string): Promise<Array<Record<string, unknown> & { id: string }>>;
  stop(): Promise<void>;
};
export declare const TEST_AUTH: string;
export declare function freePort(): Promise<number>;
export declare function startLrs(): Promise<TestLrs>;
