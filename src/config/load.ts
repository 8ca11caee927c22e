/**
 * Loading the config: read the YAML, interpolate ${ENV}, validate with the schema, deep-freeze.
 * Every error names the YAML path (and its line) and the reason; nothing half-valid gets through.
 */
import { dirname, isAbsolute, resolve } from 'node:path'
import { LineCounter, isMap, isNode, isScalar, isSeq, visit, type Document, type Pair, type YAMLMap } from 'yaml'
import { SensorError } from '../errors.ts'
import { configSchema, crossReferenceIssues, type Config } from './schema.ts'
import { loadApiSpec, SpecError } from './openapi.ts'
import { FileError, MAX_CONFIG_BYTES, MAX_PEM_BYTES, readBoundedFile, tlsProblems, type TlsFiles } from './files.ts'
import { parseYamlDocument } from './yaml.ts'

export type PathPart = string | number

/** applications[0].upstream */
export function formatPath(path: readonly PathPart[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${part}` : part
  }
  return out || '(root)'
}

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g

/**
 * Replace ${NAME} and ${NAME:-default} in every string scalar. Done on parsed values, not on the
 * text, so an interpolated value can never change the YAML's structure.
 */
export function interpolateEnv(
  value: unknown,
  env: NodeJS.ProcessEnv,
  path: PathPart[] = [],
  missing: { path: PathPart[]; name: string }[] = [],
): unknown {
  if (typeof value === 'string') {
    return value.replace(ENV_REF, (_whole, name: string, fallback: string | undefined) => {
      const found = env[name]
      if (found !== undefined && found !== '') return found
      if (fallback !== undefined) return fallback
      missing.push({ path: [...path], name })
      return ''
    })
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, [...path, i], missing))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    // defined, never assigned: `out['__proto__'] = v` would make v the prototype, its keys then read as the map's own (a key
    // written as an alias, `*k : {workers: 7}` with `&k __proto__`, passed the YAML check so: a review's finding); defined, it is
    // an own key the schema refuses as unknown
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: interpolateEnv(v, env, [...path, k], missing), enumerable: true, writable: true, configurable: true })
    return out
  }
  return value
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/**
 * Where a YAML path is written: the node at the path, or the deepest one of it that exists (a missing
 * key is reported at its parent). Each map's keys are indexed once: looked up with a scan per
 * problem, 10,000 unknown keys took seconds (an audit's finding).
 */
class Locator {
  readonly #doc: Document
  readonly #counter: LineCounter
  readonly #keys = new WeakMap<YAMLMap, Map<string, Pair>>()

  constructor(doc: Document, counter: LineCounter) {
    this.#doc = doc
    this.#counter = counter
  }

  #pair(map: YAMLMap, key: string): Pair | undefined {
    let index = this.#keys.get(map)
    if (index === undefined) {
      index = new Map()
      for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p)
      this.#keys.set(map, index)
    }
    return index.get(key)
  }

  #pos(offset: number): string {
    const { line, col } = this.#counter.linePos(offset)
    return `${line}:${col}`
  }

  /** the node at `path`, or the deepest one on the way that exists */
  #deepest(path: readonly PathPart[]): { node: unknown; found: boolean } {
    let node: unknown = this.#doc.contents
    let at: unknown = node
    for (const part of path) {
      if (isMap(node)) node = this.#pair(node, String(part))?.value
      else if (isSeq(node) && typeof part === 'number') node = node.items[part]
      else return { node: at, found: false }
      if (!isNode(node) || !node.range) return { node: at, found: false }
      at = node
    }
    return { node: at, found: true }
  }

  at(path: readonly PathPart[]): string {
    const { node } = this.#deepest(path)
    return isNode(node) && node.range ? this.#pos(node.range[0]) : '1:1'
  }

  /** Where a key of the map at `path` is written (an unknown key is reported at itself, not its map). */
  key(path: readonly PathPart[], key: string): string {
    const { node, found } = this.#deepest(path)
    const pair = found && isMap(node) ? this.#pair(node, key) : undefined
    if (pair && isScalar(pair.key) && pair.key.range) return this.#pos(pair.key.range[0])
    return this.at(path)
  }
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv
  /** relative file paths in the config (tls cert and key, openapi) are read from here (loadConfig: the file's directory); without it, from the working directory */
  baseDir?: string
}

/** Aliases expanded at most, and containers nested at most: a config needs few of either. */
const MAX_ALIASES = 100
const MAX_DEPTH = 32

function depthOf(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0
  if (limit <= 0) return 1
  let deepest = 0
  for (const v of Object.values(value)) deepest = Math.max(deepest, depthOf(v, limit - 1))
  return deepest + 1
}

/** The YAML as plain values, or a CONFIG_YAML error naming why not (an alias bomb, nesting too deep). */
function toValue(doc: Document, counter: LineCounter, source: string): unknown {
  const at = (node: unknown) => {
    const range = isNode(node) ? node.range : undefined
    const { line, col } = counter.linePos(range?.[0] ?? 0)
    return `${source}:${line}:${col}`
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (err) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount ("billion laughs")
    let alias: unknown
    visit(doc, { Alias: (_key, node) => ((alias = node), visit.BREAK) })
    const reason =
      err instanceof ReferenceError
        ? `aliases expand to too many nodes (maxAliasCount ${MAX_ALIASES}): an alias bomb? Write the values out instead`
        : err instanceof RangeError
          ? `nested too deeply (at most ${MAX_DEPTH} levels)`
          : `cannot be read: ${err instanceof Error ? err.message : String(err)}`
    throw new SensorError('CONFIG_YAML', source, { cause: err, details: [`${at(alias)} ${reason}`] })
  }
  if (depthOf(raw, MAX_DEPTH + 1) > MAX_DEPTH) throw new SensorError('CONFIG_YAML', source, { details: [`${at(doc.contents)} nested too deeply (at most ${MAX_DEPTH} levels)`] })
  return raw ?? {}
}

/** Problems listed at most: the first ones and how many more (100,000 bad denylist entries made a 9.4 MB listing). */
const MAX_PROBLEMS = 100

function capped(details: string[]): string[] {
  if (details.length <= MAX_PROBLEMS) return details
  return [...details.slice(0, MAX_PROBLEMS), `… and ${details.length - MAX_PROBLEMS} more problems`]
}

interface Located {
  line: number
  col: number
  text: string
}

/** Parse and validate config text; `source` names it in messages. Throws SensorError with every problem found. */
export function parseConfig(text: string, source: string, options: LoadOptions = {}): Readonly<Config> {
  const counter = new LineCounter()
  const { doc, problems: yamlProblems } = parseYamlDocument(text, counter, MAX_DEPTH)
  if (yamlProblems.length > 0) {
    const details = yamlProblems.map((e) => {
      const pos = counter.linePos(e.pos)
      return `${source}:${pos.line}:${pos.col} ${e.message}`
    })
    throw new SensorError('CONFIG_YAML', source, { details: capped(details) })
  }
  const where = new Locator(doc, counter)
  const raw = toValue(doc, counter, source)
  const missing: { path: PathPart[]; name: string }[] = []
  const interpolated = interpolateEnv(raw, options.env ?? process.env, [], missing)
  if (missing.length > 0) {
    const details = missing.map(
      (m) => `${source}:${where.at(m.path)} ${formatPath(m.path)}: \${${m.name}} is not set (use \${${m.name}:-default} for a fallback)`,
    )
    throw new SensorError('CONFIG_ENV', source, { details: capped(details) })
  }
  const problems: Located[] = []
  const seen = new Set<string>()
  const problem = (pos: string, path: readonly PathPart[], message: string) => {
    const text = `${source}:${pos} ${formatPath(path)}: ${message}`
    if (seen.has(text)) return
    seen.add(text)
    const [line, col] = pos.split(':').map(Number) as [number, number]
    problems.push({ line, col, text })
  }
  const result = configSchema.safeParse(interpolated)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as PathPart[]
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) problem(where.key(path, k), path, `unknown key "${k}"`)
      } else problem(where.at(path), path, issue.message)
    }
    // zod skips the cross-references once a field fails its type: run them on the raw values too
    for (const issue of crossReferenceIssues(interpolated)) problem(where.at(issue.path), issue.path, issue.message)
  }
  // OpenAPI specs are read even when something else failed, so that one run lists every problem
  const base = options.baseDir
  const fromBase = (file: string) => (base === undefined || isAbsolute(file) ? file : resolve(base, file))
  const apps = (interpolated as { applications?: unknown }).applications
  if (Array.isArray(apps)) {
    apps.forEach((app: unknown, i) => {
      const spec = app !== null && typeof app === 'object' ? (app as { openapi?: unknown }).openapi : undefined
      if (typeof spec !== 'string' || spec === '') return
      try {
        loadApiSpec(fromBase(spec))
      } catch (err) {
        if (!(err instanceof SpecError)) throw err
        const path = ['applications', i, 'openapi']
        problem(where.at(path), path, err.message)
      }
    })
  }
  // TLS files too: a certificate that cannot serve is said here, at its key, not at the listen
  const checkTls = (at: PathPart[], given: unknown, keys: readonly (keyof TlsFiles)[]): void => {
    if (given === null || typeof given !== 'object') return
    const files: TlsFiles = {}
    const paths: Partial<Record<keyof TlsFiles, string>> = {}
    for (const k of keys) {
      const file = (given as Record<string, unknown>)[k]
      if (typeof file !== 'string' || file === '') continue
      const path = (paths[k] = fromBase(file))
      try {
        files[k] = readBoundedFile(path, MAX_PEM_BYTES)
      } catch (err) {
        if (!(err instanceof FileError)) throw err
        problem(where.at([...at, k]), [...at, k], `cannot read ${err.message}`)
      }
    }
    for (const p of tlsProblems(files)) problem(where.at([...at, p.key]), [...at, p.key], `${paths[p.key]}: ${p.reason}`)
  }
  const rawOf = (...path: string[]): unknown => path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), interpolated)
  checkTls(['listen', 'tls'], rawOf('listen', 'tls'), ['cert', 'key'])
  checkTls(['redis', 'tls'], rawOf('redis', 'tls'), ['ca', 'cert', 'key'])
  if (!result.success || problems.length > 0) {
    // in the file's order, as an editor lists them
    problems.sort((a, b) => a.line - b.line || a.col - b.col)
    throw new SensorError('CONFIG_INVALID', source, { details: capped(problems.map((p) => p.text)) })
  }
  const config = result.data
  if (config.listen.tls) config.listen.tls = { cert: fromBase(config.listen.tls.cert), key: fromBase(config.listen.tls.key) }
  if (config.redis.tls) config.redis.tls = Object.fromEntries(Object.entries(config.redis.tls).map(([k, v]) => [k, v === undefined ? v : fromBase(v)]))
  for (const app of config.applications) if (app.openapi !== undefined) app.openapi = fromBase(app.openapi)
  return deepFreeze(config)
}

export function loadConfig(file: string, options: LoadOptions = {}): Readonly<Config> {
  let text: string
  try {
    text = readBoundedFile(file, MAX_CONFIG_BYTES).toString('utf8')
  } catch (err) {
    throw new SensorError('CONFIG_READ', (err as Error).message, { cause: err })
  }
  return parseConfig(text, file, { baseDir: dirname(resolve(file)), ...options })
}
