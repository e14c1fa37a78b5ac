/**
 * Statement ids are assigned on the device and derived from what the statement reports (attempt +
 * slot), so building the same statement twice gives the same id and a re-send is idempotent at
 * the LRS (issue 11). Format: an RFC 9562 version-8 ("custom") UUID from four 32-bit hash lanes;
 * it names, it does not protect.
 */
export function statementId(...parts: string[]): string {
  const text = parts.join('\u001f');
  const lanes = [0x811c9dc5, 0x9747b28c, 0x85ebca6b, 0xc2b2ae35];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let l = 0; l < 4; l++) {
      let h = Math.imul(lanes[l]! ^ c, 0x01000193 + l * 0x9e3779b1);
      h ^= h >>> 15;
      lanes[l] = h;
    }
  }
  // Final avalanche so short inputs still spread over every bit.
  const hex = lanes
    .map((h, l) => {
      let x = h ^ (lanes[(l + 1) % 4]! >>> 7);
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
      return ((x ^ (x >>> 16)) >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
