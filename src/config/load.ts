/**
 * Loading the config: read the YAML, interpolate ${ENV}, validate with the schema, deep-freeze.
 * Every error names the YAML path (and its line) and the reason; nothing half-valid gets through.
 */
import { readFileSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document } from 'yaml'
import { SensorError } from '../errors.ts'
import { configSchema, crossReferenceIssues, type Config } from './schema.ts'
import { loadApiSpec, SpecError } from './openapi.ts'

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
    for (const [k, v] of Object.entries(value)) out[k] = interpolateEnv(v, env, [...path, k], missing)
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

function locate(doc: Document, counter: LineCounter, path: readonly PathPart[]): string {
  // walk up until a node exists (a missing key is reported at its parent)
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true)
    if (isNode(node) && node.range) {
      const { line, col } = counter.linePos(node.range[0])
      return `${line}:${col}`
    }
  }
  return '1:1'
}

/** Where a key of the map at `path` is written (an unknown key is reported at itself, not its map). */
function locateKey(doc: Document, counter: LineCounter, path: readonly PathPart[], key: string): string {
  const map = doc.getIn(path, true)
  const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined
  if (pair && isScalar(pair.key) && pair.key.range) {
    const { line, col } = counter.linePos(pair.key.range[0])
    return `${line}:${col}`
  }
  return locate(doc, counter, path)
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

interface Located {
  line: number
  col: number
  text: string
}

/** Parse and validate config text; `source` names it in messages. Throws SensorError with every problem found. */
export function parseConfig(text: string, source: string, options: LoadOptions = {}): Readonly<Config> {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const details = doc.errors.map((e) => {
      const pos = counter.linePos(e.pos[0])
      return `${source}:${pos.line}:${pos.col} ${e.message.split('\n')[0]}`
    })
    throw new SensorError('CONFIG_YAML', source, { details })
  }
  const raw = toValue(doc, counter, source)
  const missing: { path: PathPart[]; name: string }[] = []
  const interpolated = interpolateEnv(raw, options.env ?? process.env, [], missing)
  if (missing.length > 0) {
    const details = missing.map(
      (m) => `${source}:${locate(doc, counter, m.path)} ${formatPath(m.path)}: \${${m.name}} is not set (use \${${m.name}:-default} for a fallback)`,
    )
    throw new SensorError('CONFIG_ENV', source, { details })
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
        for (const k of issue.keys) problem(locateKey(doc, counter, path, k), path, `unknown key "${k}"`)
      } else problem(locate(doc, counter, path), path, issue.message)
    }
    // zod skips the cross-references once a field fails its type: run them on the raw values too
    for (const issue of crossReferenceIssues(interpolated)) problem(locate(doc, counter, issue.path), issue.path, issue.message)
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
        problem(locate(doc, counter, path), path, err.message)
      }
    })
  }
  if (!result.success || problems.length > 0) {
    // in the file's order, as an editor lists them
    problems.sort((a, b) => a.line - b.line || a.col - b.col)
    throw new SensorError('CONFIG_INVALID', source, { details: problems.map((p) => p.text) })
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
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new SensorError('CONFIG_READ', `${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err })
  }
  return parseConfig(text, file, { baseDir: dirname(resolve(file)), ...options })
}
