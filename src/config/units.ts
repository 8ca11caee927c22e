/** Pure parsers for the human units of the config: durations ("30m") and sizes ("64KiB"). */

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/
const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** "250ms", "10s", "30m", "24h", "7d", or milliseconds as a number or a string of digits; undefined when unreadable. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && Number.isSafeInteger(Math.round(value)) ? Math.round(value) : undefined
  const m = DURATION.exec(value.trim())
  if (!m) return undefined
  const ms = Math.round(Number(m[1]) * DURATION_MS[m[2] ?? 'ms']!)
  return Number.isSafeInteger(ms) ? ms : undefined
}

const SIZE = /^(\d+)\s*(B|KiB|MiB|GiB|KB|MB|GB)?$/
const SIZE_BYTES: Record<string, number> = {
  B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, KB: 1000, MB: 1000 ** 2, GB: 1000 ** 3,
}

/** "64KiB", "1MiB", "4096" or a number of bytes; undefined when unreadable. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined
  const m = SIZE.exec(value.trim())
  if (!m) return undefined
  const bytes = Number(m[1]) * SIZE_BYTES[m[2] ?? 'B']!
  return Number.isSafeInteger(bytes) ? bytes : undefined
}

/** The longest delay node's timers take (2^31 - 1 ms, about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1
