/**
 * Payment card numbers in recorded values (PCI DSS: at most the first six and last four digits may
 * be shown). A run of 13 to 19 digits, optionally grouped by single spaces, dashes, `+` or `%20` (as
 * a query string carries them), that passes the Luhn check keeps its first 6 and last 4 digits; the
 * others become `*`. A value with fewer than 13 digits is returned as it came, with no allocation.
 */

import { digitCount } from './chars.ts'

// bounded repetition of one digit and at most one separator: linear, no backtracking blow-up
const CANDIDATE = /\d(?:(?:[ +-]|%20)?\d){12,18}/g
const SEPARATORS = /[ +-]|%20/g

export function luhn(digits: string): boolean {
  let sum = 0
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48
    if (double && (d *= 2) > 9) d -= 9
    sum += d
  }
  return sum % 10 === 0
}

function truncate(match: string): string {
  const digits = match.replace(SEPARATORS, '')
  if (digits.length < 13 || digits.length > 19 || !luhn(digits)) return match
  return digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4)
}

export function maskCards(text: string): string {
  if (text.length < 13 || digitCount(text) < 13) return text
  return text.replace(CANDIDATE, truncate)
}
