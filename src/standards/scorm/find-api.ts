/** The two SCORM runtime APIs, as much of them as the app calls. */
export type Scorm12Api = {
  LMSInitialize(p: ''): string;
  LMSGetValue(k: string): string;
  LMSSetValue(k: string, v: string): string;
  LMSCommit(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
};
export type Scorm2004Api = {
  Initialize(p: ''): string;
  GetValue(k: string): string;
  SetValue(k: string, v: string): string;
  Commit(p: ''): string;
  Terminate(p: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
};
export type FoundApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

type Frame = { parent: Frame | null; opener?: Frame | null } & Record<string, unknown>;

/**
 * Looks for `API_1484_11` (2004) then `API` (1.2) in this window, up the parent chain (at most 7
 * levels, as the SCORM run-time guide's algorithm), then up the opener's chain. Frames of another
 * origin throw on access and are skipped.
 */
export function findScormApi(start: Window): FoundApi | undefined {
  const look = (w: Frame | null | undefined): FoundApi | undefined => {
    for (let depth = 0; w && depth <= 7; depth++) {
      try {
        if (w.API_1484_11) return { version: '2004', api: w.API_1484_11 as Scorm2004Api };
        if (w.API) return { version: '1.2', api: w.API as Scorm12Api };
      } catch {
        // cross-origin frame: keep climbing
      }
      if (!w.parent || w.parent === w) break;
      w = w.parent;
    }
    return undefined;
  };
  const self = start as unknown as Frame;
  const top = (() => {
    let w = self;
    try {
      for (let i = 0; i < 8 && w.parent && w.parent !== w; i++) w = w.parent;
    } catch {
      // stop at a frame we cannot read
    }
    return w;
  })();
  let opener: Frame | null | undefined;
  try {
    opener = top.opener;
  } catch {
    opener = undefined;
  }
  return look(self) ?? look(opener);
}
