const KEY = 'acompana.language';

/** The language choice persists (issue 4); localStorage so it is known before the first paint. */
export function savedLanguage(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(lng: string): void {
  try {
    localStorage.setItem(KEY, lng);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
}
