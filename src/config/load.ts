/**
 * Loading the config: read the YAML, interpolate ${ENV}, validate with the schema, deep-freeze.
 * Every error names the YAML path (and its line) and the reason; nothing half-valid gets through.
 */
import { readFileSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml'
import { SensorError } from '../errors.ts'
import { configSchema, type Config } from './schema.ts'
import { loadApiSpec, SpecError } from '../insight/openapi.ts'

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

/** Parse and validate config text; `source` names it in messages. Throws SensorError. */
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
  const raw = doc.toJS({ maxAliasCount: 100 }) ?? {}
  const missing: { path: PathPart[]; name: string }[] = []
  const interpolated = interpolateEnv(raw, options.env ?? process.env, [], missing)
  if (missing.length > 0) {
    const details = missing.map(
      (m) => `${source}:${locate(doc, counter, m.path)} ${formatPath(m.path)}: \${${m.name}} is not set (use \${${m.name}:-default} for a fallback)`,
    )
    throw new SensorError('CONFIG_ENV', source, { details })
  }
  const result = configSchema.safeParse(interpolated)
  if (!result.success) {
    const details = result.error.issues.flatMap((issue) => {
      const path = issue.path as PathPart[]
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => `${source}:${locateKey(doc, counter, path, k)} ${formatPath(path)}: unknown key "${k}"`)
      }
      return [`${source}:${locate(doc, counter, path)} ${formatPath(path)}: ${issue.message}`]
    })
    throw new SensorError('CONFIG_INVALID', source, { details })
  }
  const config = result.data
  const base = options.baseDir
  const fromBase = (file: string) => (base === undefined || isAbsolute(file) ? file : resolve(base, file))
  if (config.listen.tls) config.listen.tls = { cert: fromBase(config.listen.tls.cert), key: fromBase(config.listen.tls.key) }
  const details: string[] = []
  config.applications.forEach((app, i) => {
    if (app.openapi === undefined) return
    app.openapi = fromBase(app.openapi)
    try {
      loadApiSpec(app.openapi)
    } catch (err) {
      if (!(err instanceof SpecError)) throw err
      const path = ['applications', i, 'openapi']
      details.push(`${source}:${locate(doc, counter, path)} ${formatPath(path)}: ${err.message}`)
    }
  })
  if (details.length > 0) throw new SensorError('CONFIG_INVALID', source, { details })
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
