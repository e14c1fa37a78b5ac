/**
 * CSV as the exports write it (docs/cohort-csv.md, docs/dashboard.md): UTF-8 with a byte-order
 * mark and CRLF line ends, so Excel in Spanish opens accents and "ñ" correctly; comma-separated
 * with "." decimals (as Mexico writes numbers). Shared by the cohort view and the dashboard.
 */
export const BOM = '\uFEFF';
export type CsvCell = string | number | undefined;

const cell = (v: CsvCell): string => {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
