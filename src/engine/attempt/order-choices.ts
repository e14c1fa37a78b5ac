/**
 * Seeded shuffle (DESIGN §4): choices appear in an order fixed by the attempt's seed and the node,
 * so a replay or review shows the same order and the best answer cannot be learned by position.
 */
export function orderChoices<T>(seed: number, nodeId: string, items: readonly T[]): T[] {
  const rand = mulberry32(hashString(`${seed}:${nodeId}`));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** 32-bit FNV-1a: a stable, fast string hash for seeding. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mulberry32(a: number): () => number {
  let t = a >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
