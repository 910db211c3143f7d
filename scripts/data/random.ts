// A seeded random source: the same seed gives the same office, byte for byte.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(below: number): number;
  pick<T>(list: readonly T[]): T;
  /** An element drawn with Zipf frequencies: the first ones are much commoner than the last. */
  zipf<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** A version-4-shaped UUID from the random stream. */
  uuid(): string;
}

/** sfc32, seeded through splitmix32: small, fast and good enough for test data. */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const zipfTables = new WeakMap<readonly unknown[], Float64Array>();
  const int = (below: number) => Math.floor(next() * below);
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  return {
    next,
    int,
    pick: (list) => list[int(list.length)] as (typeof list)[number],
    zipf(list) {
      let table = zipfTables.get(list);
      if (!table) {
        // Cumulative weights 1/(rank+1).
        table = new Float64Array(list.length);
        let sum = 0;
        for (let i = 0; i < list.length; i++) table[i] = sum += 1 / (i + 1);
        zipfTables.set(list, table);
      }
      const target = next() * (table[table.length - 1] as number);
      let lo = 0;
      let hi = table.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((table[mid] as number) < target) lo = mid + 1;
        else hi = mid;
      }
      return list[lo] as (typeof list)[number];
    },
    chance: (p) => next() < p,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`,
  };
}
