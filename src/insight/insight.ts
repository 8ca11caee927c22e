/**
 * What the writer learns from a record before it goes to Redis (SPEC §7): its endpoint template and
 * spec insight, the business flows it touches, the attack types in its inputs and the API-abuse kinds
 * its session crosses. Exceptions (endpoint + attack type, set in the console) suppress a class; an
 * IP exception keeps a client IP's requests out of abuse detection.
 * Built from the config at start-up and on reload; the abuse counters outlive a reload.
 *
 * API abuse is judged over a session's whole traffic, so with Redis it is counted in the batch
 * script (every worker and instance agrees): here the record only gets the facts the script needs
 * (`abuseFlags`). Without Redis (a local sink: tests, embedding) an in-process tracker judges.
 */
import type { Config } from '../config/schema.ts'
import { ABUSE_KINDS, type RequestInputs, type RequestRecord } from '../capture/record.ts'
import { Policy } from '../policy/policy.ts'
import { AbuseTracker } from './abuse.ts'
import { SpecMatcher, inferTemplate, type EndpointMatch } from './endpoints.ts'
import { compileAuthTest, compileFlows, type FlowTagger } from './flows.ts'
import { loadApiSpec, type ApiSpec } from '../config/openapi.ts'
import { compileExcerpt } from '../capture/sanitize.ts'

/** The attack detector's side (src/insight/attacks.ts), injected so each part is testable alone. */
export interface Detector {
  detect(inputs: RequestInputs): readonly string[]
  /** where each type was found, asked only of a request with attack types (AttackDetector.locate) */
  locate?(inputs: RequestInputs): readonly { readonly type: string; readonly where: string; readonly value: string }[]
  /** whether the last `detect` ran out of its time budget (insight.maxInspectTime) before judging every value */
  readonly cut?: boolean
  /** whether the last `detect` judged a header value on its first insight.maxInspectBytes only */
  readonly longHeader?: boolean
}

/** a record keeps where its attack types were found, each at most once: at most this many */
const MAX_MATCHES = 16

/**
 * Locating judges a flagged request again part by part (~50–100 µs): at most this many requests a
 * second (of their own time) are located, so that a flood of attacks cannot make the writer spend
 * its event loop on it; the rest keep their attack types without `matches`, counted.
 */
export const LOCATES_PER_SECOND = 500

/** What a request's application, method and path alone decide: worked out once per distinct route. */
interface RouteFacts {
  readonly endpoint: string
  readonly insight: EndpointMatch['insight']
  readonly flows: readonly string[]
  readonly login: boolean
}

/**
 * Routes remembered (most APIs answer most of their traffic on a few hundred paths); when that many
 * are, all are forgotten and remembering starts over. Paths longer than `MAX_ROUTE_KEY` (ids in the
 * path, hostile probes) are worked out each time instead of crowding the remembered ones out.
 */
const MAX_ROUTES = 4_096
const MAX_ROUTE_KEY = 256

export class Insight {
  readonly #specs: ReadonlyMap<string, SpecMatcher>
  readonly #flows: FlowTagger
  readonly #login: (method: string, endpoint: string, path: string) => boolean
  readonly #detector: Detector | null
  readonly #abuse: AbuseTracker | 'redis' | null
  /** the policy in force (shared with the proxy, swapped as the console changes it) */
  readonly #policy: Policy
  /** app -> method -> path -> their facts (no key built per record); a reload builds a new Insight */
  /** a matched value as a record keeps it: masked, cut */
  readonly #excerpt: (where: string, value: string) => string
  readonly #routes = new Map<string, Map<string, Map<string, RouteFacts>>>()
  #routeCount = 0
  /** the second (of records' time) whose locate budget is being spent, and what is left of it */
  #locateSecond = -1
  #locatesLeft = 0
  /** flagged requests not located since the last `takeUnlocated` (the budget was spent) */
  #unlocated = 0
  /** requests whose values were not all judged since the last `takeCut` (their time budget ran out) */
  #cut = 0
  /** insight.maxInspectBytes: a longer query or body is judged on its first bytes only */
  readonly #inspectBytes: number
  /** requests whose query, body or a header was longer than `#inspectBytes` since the last `takeTruncated` */
  #truncated = 0

  /** `abuse`: an in-process tracker, or 'redis' when the batch script counts (records get `abuse` flags) */
  /** `parsed`: specs by file already parsed (a reload's, in its thread); the others are read here */
  constructor(config: Readonly<Config>, detector: Detector | null, abuse: AbuseTracker | 'redis' | null, policy: Policy = new Policy([]), parsed?: ReadonlyMap<string, ApiSpec>) {
    this.#policy = policy
    const specs = new Map<string, SpecMatcher>()
    for (const app of config.applications) if (app.openapi !== undefined) specs.set(app.name, new SpecMatcher(parsed?.get(app.openapi) ?? loadApiSpec(app.openapi)))
    this.#specs = specs
    this.#flows = compileFlows(config.flows)
    this.#excerpt = compileExcerpt(config.traced, config.capture.cardNumbers)
    this.#login = compileAuthTest(config.flows)
    this.#detector = config.insight.attacks ? detector : null
    this.#inspectBytes = config.insight.maxInspectBytes
    this.#abuse = config.insight.abuse.enabled ? abuse : null
    if (abuse instanceof AbuseTracker) abuse.configure(config.insight.abuse)
  }

  /** whether a flagged request at `ts` may be located (LOCATES_PER_SECOND); counts the ones that may not */
  #locateBudget(ts: number): boolean {
    const second = Math.floor(ts / 1000)
    if (second !== this.#locateSecond) {
      this.#locateSecond = second
      this.#locatesLeft = LOCATES_PER_SECOND
    }
    if (this.#locatesLeft > 0) {
      this.#locatesLeft--
      return true
    }
    this.#unlocated++
    return false
  }

  /** flagged requests left without `matches` since the last call (the insight stage counts them) */
  takeUnlocated(): number {
    const n = this.#unlocated
    this.#unlocated = 0
    return n
  }

  /** requests judged only in part since the last call (insight.maxInspectTime; the insight stage counts them) */
  takeCut(): number {
    const n = this.#cut
    this.#cut = 0
    return n
  }

  /** requests judged on their first insight.maxInspectBytes only since the last call (the insight stage counts them) */
  takeTruncated(): number {
    const n = this.#truncated
    this.#truncated = 0
    return n
  }

  endpointOf(app: string, method: string, path: string): EndpointMatch {
    const spec = this.#specs.get(app)
    return spec === undefined ? { endpoint: inferTemplate(path), insight: null } : spec.match(method, path)
  }

  /** The endpoint, spec insight, flows and login test of a route, remembered for repeated routes. */
  routeOf(app: string, method: string, path: string): RouteFacts {
    if (path.length > MAX_ROUTE_KEY) return this.#workOut(app, method, path)
    const known = this.#routes.get(app)?.get(method)?.get(path)
    if (known !== undefined) return known
    const facts = this.#workOut(app, method, path)
    if (this.#routeCount >= MAX_ROUTES) {
      // full: start over (maps per app and method keep no global order to forget the oldest by)
      this.#routes.clear()
      this.#routeCount = 0
    }
    let byMethod = this.#routes.get(app)
    if (byMethod === undefined) this.#routes.set(app, (byMethod = new Map<string, Map<string, RouteFacts>>()))
    let byPath = byMethod.get(method)
    if (byPath === undefined) byMethod.set(method, (byPath = new Map<string, RouteFacts>()))
    byPath.set(path, facts)
    this.#routeCount++
    return facts
  }

  #workOut(app: string, method: string, path: string): RouteFacts {
    const m = this.endpointOf(app, method, path)
    return { endpoint: m.endpoint, insight: m.insight, flows: this.#flows(method, m.endpoint, path), login: this.#login(method, m.endpoint, path) }
  }

  /** Fill in endpoint, insight, flows and attacks; drop the inputs kept for the detector. */
  analyse(rec: RequestRecord): void {
    // the record's path, not the raw one: masked path parameters stay masked in the template
    const route = this.routeOf(rec.app, rec.method, rec.path)
    const endpoint = route.endpoint
    rec.endpoint = endpoint
    rec.insight = route.insight
    rec.flows = route.flows
    let attacks: string[] | undefined
    let scanner = false
    if (this.#detector !== null && rec.inputs !== null) {
      for (const a of this.#detector.detect(rec.inputs)) {
        if (a === 'scanner') scanner = true
        if (!this.#policy.exceptions(endpoint, a)) (attacks ??= []).push(a)
      }
      if (this.#detector.cut === true) this.#cut++
      // a body (its length as received), a query or a header longer than the detector reads: what lies past it was not judged
      if (rec.reqBytes > this.#inspectBytes || rec.inputs.query.length > this.#inspectBytes || this.#detector.longHeader === true) this.#truncated++
      // where they were found: judged again for such a request only, its values masked and cut
      if (attacks !== undefined && this.#detector.locate !== undefined && this.#locateBudget(rec.ts)) {
        const found = attacks
        rec.matches = this.#detector.locate(rec.inputs).filter((m) => found.includes(m.type)).slice(0, MAX_MATCHES).map((m) => ({
          type: m.type,
          where: m.where.length > 80 ? m.where.slice(0, 80) : m.where,
          excerpt: this.#excerpt(m.where, m.where === 'path' ? rec.path : m.value),
        }))
      }
    }
    rec.inputs = null
    // a client IP exempt from abuse detection (an IP exception): its requests count in no abuse window
    // ('' tells the batch script to leave them out, as with abuse off)
    if (this.#abuse === null || this.#policy.abuseExempt(rec.ip)) rec.abuse = ''
    else if (this.#abuse === 'redis') rec.abuse = abuseFlags(route.login, scanner, endpoint, this.#policy)
    else {
      const kinds = this.#abuse.observe({
        key: rec.windowKey ?? rec.sid ?? rec.id,
        app: rec.app,
        ts: rec.ts,
        status: rec.status,
        endpoint,
        path: rec.path,
        user: rec.user,
        login: route.login,
        scanner,
      })
      for (const k of kinds) if (!this.#policy.exceptions(endpoint, k)) (attacks ??= []).push(k)
    }
    if (attacks !== undefined) rec.attacks = attacks
  }
}

/** Letters of the abuse kinds an exception can suppress, in ABUSE_KINDS order (the script reads them). */
const EXCEPTED_LETTER = ['c', 's', 'a', 'r'] as const

/**
 * What the batch script's abuse windows need beyond the record: `L` an auth endpoint, `S` a scanner
 * probe, then a letter per abuse kind excepted on this endpoint. Never empty, so the script can tell
 * a record with abuse on from one without.
 */
function abuseFlags(login: boolean, scanner: boolean, endpoint: string, policy: Policy): string {
  let flags = login ? (scanner ? 'LS' : 'L') : scanner ? 'S' : '-'
  for (let i = 0; i < ABUSE_KINDS.length; i++) if (policy.exceptions(endpoint, ABUSE_KINDS[i]!)) flags += EXCEPTED_LETTER[i]!
  return flags
}
