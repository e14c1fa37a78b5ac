/** Number and date formats of the cohort view, in the UI language. */
export const pct = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x * 100)}%`);
export const locale = (lang: string) => (lang === 'es' ? 'es-MX' : 'en');
export function formatDate(t: number, lang: string): string {
  if (!Number.isFinite(t)) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
    t,
  );
}
