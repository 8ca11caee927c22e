/** A deterministic pseudo-random sequence in [0, 1) (xorshift32): generated data is the same on every run. */
export function prng(seed: number): () => number {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 0x100000000
  }
}
