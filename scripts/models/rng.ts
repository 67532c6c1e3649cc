/** FNV-1a 32-bit: turns labels into seeds so each part of a model gets its own stable random stream. */
export function hashString(s: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Seeded PRNG (mulberry32); the only source of randomness in the generator. */
export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  static from(label: string): Rng {
    return new Rng(hashString(label));
  }

  /** An independent stream for a sub-part, so adding randomness elsewhere does not shift this one. */
  fork(label: string): Rng {
    return new Rng(hashString(label, this.seed ^ 0x9e3779b9));
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick: empty list');
    return item;
  }

  /** Roughly normal value (sum of three uniforms), for natural-looking jitter. */
  jitter(amount: number): number {
    return ((this.next() + this.next() + this.next()) / 1.5 - 1) * amount;
  }
}
