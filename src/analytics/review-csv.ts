/**
 * One dashboard table as CSV (columns documented in docs/dashboard.md). Column names are the
 * table's stable ids; a label column that has a title (a module's) gets a `<id>_title` column after
 * it. Percentages are whole numbers, as the screen shows them, so a spreadsheet and the screen
 * agree; a suppressed figure is the word `suppressed`, never a number.
 */
import type { ReviewCell, ReviewTable } from './aggregate-review';
import { toCsv, type CsvCell } from './csv';

export const SUPPRESSED = 'suppressed';

/** A figure as the screen and the CSV both round it. */
export function roundCell(kind: ReviewTable['columns'][number]['kind'], v: ReviewCell): CsvCell {
  if (v === null) return SUPPRESSED;
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (kind === 'percent') return Math.round(v * 100);
  if (kind === 'number') return Math.round(v * 10) / 10;
  return v;
}

export function reviewTableCsv(
  table: ReviewTable,
  titleOf: (columnId: string, value: string) => string | undefined = () => undefined,
): string {
  const titled = table.columns.map(
    (c) =>
      c.kind === 'label' &&
      table.rows.some(
        (r) =>
          typeof r.cells[table.columns.indexOf(c)] === 'string' &&
          titleOf(c.id, r.cells[table.columns.indexOf(c)] as string) !== undefined,
      ),
  );
  const header = table.columns.flatMap((c, i) => (titled[i] ? [c.id, `${c.id}_title`] : [c.id]));
  const rows = table.rows.map((r) =>
    table.columns.flatMap((c, i) => {
      const v = roundCell(c.kind, r.cells[i]);
      return titled[i] ? [v, titleOf(c.id, String(r.cells[i])) ?? ''] : [v];
    }),
  );
  return toCsv(header, rows);
}
