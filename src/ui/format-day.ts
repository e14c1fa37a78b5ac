/** A due date (`YYYY-MM-DD`) as a person reads it, in the given language; shown as the same calendar day everywhere. */
export function formatDay(due: string, lang: 'es' | 'en'): string {
  const [y, m, d] = due.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
