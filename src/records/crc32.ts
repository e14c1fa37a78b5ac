/**
 * CRC-32 (IEEE 802.3, the one zip and PNG use). It detects accidental damage — a mistyped or
 * truncated link — not a deliberate edit: anyone can recompute it (DESIGN §8.11).
 */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** @example crc32(new TextEncoder().encode('123456789')) === 0xcbf43926 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
