/**
 * Interned strings for the columnar form: each distinct string is stored once and columns hold its
 * index. Index 0 is always the empty string, read as "none" (no cohort, no expected response…).
 */
export type StringTable = { readonly values: string[]; readonly index: Map<string, number> };

export function createStringTable(values: readonly string[] = ['']): StringTable {
  const all = values[0] === '' ? [...values] : ['', ...values];
  return { values: all, index: new Map(all.map((v, i) => [v, i])) };
}

/** The index of `value`, adding it on first sight; undefined and '' both map to 0. */
export function intern(table: StringTable, value: string | undefined): number {
  if (!value) return 0;
  let i = table.index.get(value);
  if (i === undefined) {
    i = table.values.length;
    table.values.push(value);
    table.index.set(value, i);
  }
  return i;
}
