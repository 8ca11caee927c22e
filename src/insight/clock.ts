/**
 * The time budget of the request being judged (insight.maxInspectTime), read inside one value's reading (fifty-first round): one
 * long value could cost more than the budget by itself (a 16 KiB body of `|+` kept the shell reader 15 ms, the budget being read
 * between values only). The detector sets `at` (its deadline, Infinity without one) before it judges a request; a reader that finds
 * it passed stops, leaving `passed` set, and the detector counts the request as cut, its remaining values not judged.
 */
export const judgeClock = { at: Infinity, passed: false }

/** Whether the budget of the request being judged is spent (read by the long readings every so many steps, not at every one). */
export function overdue(): boolean {
  if (judgeClock.passed) return true
  if (judgeClock.at === Infinity || performance.now() < judgeClock.at) return false
  judgeClock.passed = true
  return true
}
