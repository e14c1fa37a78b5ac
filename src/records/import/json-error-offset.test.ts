import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it('finds the first character that breaks the grammar', () => {
    const cases: [string, number][] = [
      ['{"a": [}', 7],
      ['{"a" 1}', 5],
      ['[1, 2,]', 6],
      ['{"a": 1,}', 8],
      ['{"a": tru}', 6],
      ['{"a": "x\u0001"}', 8],
      ['{"a": NaN}', 6],
      ['[1] x', 4],
      ["{'a': 1}", 1],
      ['[01]', 2],
    ];
    for (const [text, at] of cases) expect(jsonErrorOffset(text), text).toBe(at);
  });

  it('says the text ended early when it did', () => {
    for (const text of ['{"a": [1, 2', '{"a": "abc', '[', '{"a":'])
      expect(jsonErrorOffset(text), text).toBe(text.length);
  });

  it('reports valid JSON as past the end, and survives deep nesting', () => {
    for (const text of ['{"a": [1, {"b": null}], "c": "\\u00f1"}', '[]', '{}', ' 1 '])
      expect(jsonErrorOffset(text), text).toBe(text.length + 1);
    const deep = '['.repeat(200_000) + ']'.repeat(199_999) + '}';
    expect(jsonErrorOffset(deep)).toBe(deep.length - 1);
  });
});
