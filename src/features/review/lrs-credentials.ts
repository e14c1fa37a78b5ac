/**
 * The dashboard's LRS read key (DESIGN §5, §8.1): kept apart from the trainee's LRS settings (a
 * different store and key name, never the write-only key from an assignment link). By default in
 * sessionStorage (gone when the tab closes); in localStorage only when the user asks to remember it.
 */
export type ReadCredentials = { endpoint: string; key: string };

const KEY = 'acompana.review.lrs-read';

const parse = (raw: string | null): ReadCredentials | undefined => {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<ReadCredentials>;
    return typeof v.endpoint === 'string' && typeof v.key === 'string'
      ? { endpoint: v.endpoint, key: v.key }
      : undefined;
  } catch {
    return undefined;
  }
};

const safe = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined; // storage blocked (private mode, a locked-down browser)
  }
};

export function loadReadCredentials(): { creds?: ReadCredentials; remembered: boolean } {
  const local = safe(() => parse(localStorage.getItem(KEY)));
  if (local) return { creds: local, remembered: true };
  const session = safe(() => parse(sessionStorage.getItem(KEY)));
  return session ? { creds: session, remembered: false } : { remembered: false };
}

export function saveReadCredentials(creds: ReadCredentials, remember: boolean) {
  const body = JSON.stringify(creds);
  safe(() => {
    if (remember) {
      localStorage.setItem(KEY, body);
      sessionStorage.removeItem(KEY);
    } else {
      sessionStorage.setItem(KEY, body);
      localStorage.removeItem(KEY);
    }
  });
}

export function forgetReadCredentials() {
  safe(() => {
    localStorage.removeItem(KEY);
    sessionStorage.removeItem(KEY);
  });
}
