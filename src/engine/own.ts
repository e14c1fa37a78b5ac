/**
 * Own-property lookups for records keyed by author or trainee data. `obj[id]` on a plain object
 * finds `Object.prototype` members too, so an id such as `constructor` or a variable such as
 * `valueOf` looked defined (reliability review M4).
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when `key` is an own property of `record`. */
export const hasOwn = (record: object | undefined, key: string): boolean =>
  record !== undefined && Object.hasOwn(record, key);

/**
 * Names an id or variable may not take: every member of `Object.prototype`. Refused by the
 * schema, so no lookup anywhere can confuse one with a defined entry.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);
