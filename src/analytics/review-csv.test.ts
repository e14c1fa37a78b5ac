import { describe, expect, it } from 'vitest';
import type { ReviewTable } from './aggregate-review';
import { reviewTableCsv } from './review-csv';

const table: ReviewTable = {
  id: 'by-module',
  columns: [
    { id: 'group', kind: 'label' },
    { id: 'learners', kind: 'count' },
    { id: 'pass_pct', kind: 'percent' },
    { id: 'hoursToCare', kind: 'number' },
  ],
  rows: [
    { key: 'm1', hidden: false, cells: ['m1', 12, 5 / 12, 3.14159] },
    { key: 'm2', hidden: true, cells: ['m2', null, null, null] },
    { key: 'm3', hidden: false, cells: ['m3', 7, 0.5, undefined] },
  ],
};

describe('reviewTableCsv', () => {
  it('writes a BOM, stable ids, titles beside module ids, whole percentages and "suppressed"', () => {
    const csv = reviewTableCsv(table, (col, v) =>
      col === 'group' ? `Módulo ${v}, «uno»` : undefined,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'group,group_title,learners,pass_pct,hoursToCare',
      'm1,"Módulo m1, «uno»",12,42,3.1',
      'm2,"Módulo m2, «uno»",suppressed,suppressed,suppressed',
      'm3,"Módulo m3, «uno»",7,50,',
      '',
    ]);
  });
});
