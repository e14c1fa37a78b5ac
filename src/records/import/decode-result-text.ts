/**
 * Bytes → text for a result file. `Blob.text()` silently turns bytes that are not UTF-8 into
 * U+FFFD, so a Latin-1 file would arrive with "ñ" lost in names (reliability review L4). A fatal
 * decoder refuses instead, and the refusal says what the file most likely is.
 */
import type { EncodingGuess, FileRefusal } from './import-reasons';

export type DecodedText = { ok: true; text: string } | { ok: false; reason: FileRefusal };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeResultText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: { code: 'empty-file' } };
  const utf16 = utf16Guess(bytes);
  if (utf16) return { ok: false, reason: { code: 'not-utf8', guess: utf16, byteOffset: 0 } };
  try {
    // The UTF-8 byte-order mark some editors add is dropped by the decoder (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch (e) {
    // A string past V8's length limit throws RangeError; bad bytes throw TypeError.
    if (e instanceof RangeError)
      return { ok: false, reason: { code: 'too-large', bytes: bytes.length } };
    const byteOffset = firstInvalidUtf8(bytes);
    return { ok: false, reason: { code: 'not-utf8', guess: guessSingleByte(bytes), byteOffset } };
  }
}

/** UTF-16 by its byte-order mark, or by the zero bytes that ASCII text has in UTF-16. */
function utf16Guess(b: Uint8Array): EncodingGuess | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'utf-16le';
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return 'utf-16be';
  return undefined;
}

/** Text in a single-byte code page (Latin-1, Windows-1252) has no zero bytes and few controls. */
function guessSingleByte(b: Uint8Array): EncodingGuess {
  const n = Math.min(b.length, 65_536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return 'binary';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) controls++;
  }
  return controls > n / 100 ? 'binary' : 'latin-1';
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : 4;
    if (len === 4 && (c < 0xf0 || c > 0xf4)) return i;
    for (let k = 1; k < len; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates that pass the continuation test.
    const c1 = b[i + 1] ?? 0;
    if (
      (c === 0xe0 && c1 < 0xa0) ||
      (c === 0xed && c1 > 0x9f) ||
      (c === 0xf0 && c1 < 0x90) ||
      (c === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += len;
  }
  return b.length;
}
