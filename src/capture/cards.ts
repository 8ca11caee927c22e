/**
 * Payment card numbers in recorded values (PCI DSS: at most the first six and last four digits may
 * be shown). A card is a run of 13 to 19 digits that passes the Luhn check: one group of digits, or
 * consecutive groups of 3 to 6 digits joined by single spaces, dashes, `+` or `%20` (as a query string
 * carries them: `4111 1111 1111 1111`, `3782 822463 10005`). It keeps its first 6 and last 4 digits;
 * the others become `*`. A card next to other numbers is found too (`1+4111111111111111`,
 * `4111111111111111+5555555555554444`, `qty+2+4111+1111+1111+1111`): each run of digit groups is
 * read group by group, never as one greedy window. A value with fewer than 13 digits is returned as it
 * came, with no allocation.
 */

import { digitCount } from './chars.ts'

// digit groups joined by one separator each: unambiguous, matched in linear time
const RUN = /\d+(?:(?:[ +-]|%20)\d+)*/g
// splits a run into its groups (even indices) and separators (odd)
const SPLIT = /([ +-]|%20)/

export function luhn(digits: string): boolean {
  let sum = 0
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48
    if (double && (d *= 2) > 9) d -= 9
    sum += d
  }
  return sum % 10 === 0
}

function truncate(digits: string): string {
  return digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4)
}

/** The last group (an even index of `parts`) of the longest card that begins at group `i`, or -1. */
function cardEnd(parts: readonly string[], i: number): number {
  const first = parts[i]!
  if (first.length >= 13) return first.length <= 19 && luhn(first) ? i : -1
  if (first.length < 3 || first.length > 6) return -1
  let digits = first
  let end = -1
  for (let j = i + 2; j < parts.length; j += 2) {
    const group = parts[j]!
    if (group.length < 3 || group.length > 6) break
    digits += group
    if (digits.length > 19) break
    if (digits.length >= 13 && luhn(digits)) end = j
  }
  return end
}

/** A run of digit groups with each card in it truncated (its separators dropped), or the run as it came. */
function maskRun(run: string): string {
  if (run.length < 13) return run
  const parts = run.split(SPLIT)
  let out = ''
  let changed = false
  for (let i = 0; i < parts.length; i += 2) {
    const end = cardEnd(parts, i)
    if (end === -1) {
      out += parts[i]!
      if (i + 1 < parts.length) out += parts[i + 1]!
      continue
    }
    let digits = ''
    for (let j = i; j <= end; j += 2) digits += parts[j]!
    out += truncate(digits)
    if (end + 1 < parts.length) out += parts[end + 1]!
    changed = true
    i = end
  }
  return changed ? out : run
}

export function maskCards(text: string): string {
  if (text.length < 13 || digitCount(text) < 13) return text
  return text.replace(RUN, maskRun)
}
