export type FaultMode =
  | { kind: 'up' | 'down' | 'hang' | 'write-only' }
  | { kind: 'lose-answer'; once?: boolean }
  | { kind: 'answer'; status: number; headers?: Record<string, string>; once?: boolean };
export type FaultProxy = {
  endpoint: string;
  port: number;
  seen: string[];
  set(mode: FaultMode): void;
  stop(): Promise<void>;
};
export declare function startFaultProxy(lrsPort: number): Promise<FaultProxy>;
