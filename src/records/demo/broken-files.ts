/**
 * Five broken result files for demos and end-to-end tests of the import (issue 10: "200 demo files
 * and five broken ones"), each with the refusal the import must give it.
 */
import type { ResultFile } from '../result-file';

export type BrokenDemoFile = { name: string; data: Uint8Array; expected: string };

export function brokenDemoFiles(sample: ResultFile): BrokenDemoFile[] {
  const text = JSON.stringify(sample);
  const utf8 = (s: string) => new TextEncoder().encode(s);
  // Latin-1: every character as one byte, so "ñ", "í"… are not UTF-8.
  const latin1 = Uint8Array.from(
    [
      ...JSON.stringify({ ...sample, attempts: sample.attempts.slice(0, 1) }).replace(
        /"pseudonym":"[^"]*"/,
        '"pseudonym":"Peña"',
      ),
    ].map((c) => c.charCodeAt(0) & 0xff),
  );
  return [
    {
      name: 'broken-cut-short.json',
      data: utf8(text.slice(0, Math.floor(text.length / 2))),
      expected: 'not-json',
    },
    { name: 'broken-latin1.json', data: latin1, expected: 'not-utf8' },
    {
      name: 'broken-newer-version.json',
      data: utf8(JSON.stringify({ ...sample, recordVersion: 99 })),
      expected: 'file-version-newer',
    },
    {
      name: 'broken-other-tool.json',
      data: utf8(JSON.stringify({ kind: 'h5p-report', score: 1 })),
      expected: 'not-result-file',
    },
    { name: 'broken-empty.json', data: new Uint8Array(), expected: 'empty-file' },
  ];
}
