/**
 * The policy in force: what the console decided (the denylist, the exceptions) plus the config's
 * static denylist. One object, built once by the composition root and passed by reference: the
 * proxy reads `deny` at admission, insight reads `exceptions` and `abuseExempt`, the watchers (and a reload's static
 * ranges) swap them. Nothing is copied across reloads.
 */
import { compileDeny, type CompiledDeny, type DenyEntry } from './denylist.ts'
import { noAbuseExempt, noExceptions, type AbuseExemptTest, type ExceptionTest } from './exceptions.ts'

export class Policy {
  deny: CompiledDeny
  exceptions: ExceptionTest = noExceptions
  /** client IPs exempt from API-abuse detection (the console's IP exceptions) */
  abuseExempt: AbuseExemptTest = noAbuseExempt
  #entries: readonly DenyEntry[] = []
  #static: readonly string[]

  constructor(staticRanges: readonly string[]) {
    this.#static = staticRanges
    this.deny = compileDeny([], staticRanges)
  }

  /** the console's entries changed (or their expiries passed): compile them with the static ranges */
  setDenyEntries(entries: readonly DenyEntry[]): void {
    this.#entries = entries
    this.deny = compileDeny(entries, this.#static)
  }

  /** a reloaded config's static denylist */
  setStatic(ranges: readonly string[]): void {
    this.#static = ranges
    this.deny = compileDeny(this.#entries, ranges)
  }
}
