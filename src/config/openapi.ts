/**
 * An application's OpenAPI 3.x spec reduced to what endpoint insight needs: its base paths and,
 * per path template, the methods it declares and which of them are deprecated. Path items may be
 * `$ref`s, local (`#/components/pathItems/X`) or to other files (`paths/users.yaml#/item`), resolved
 * relative to the file that holds them. Read once at start-up and, on a reload, in the reload's
 * thread (src/config/load-thread.ts), whose result seeds the cache here; never per request.
 */
import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { FileError, MAX_SPEC_BYTES, readBoundedFile } from './files.ts'
import { parseYamlDocument } from './yaml.ts'

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

interface SpecOperation {
  readonly deprecated: boolean
}

interface SpecPath {
  /** the template as written in the spec: /users/{id} */
  readonly template: string
  /** upper-case method → operation */
  readonly operations: ReadonlyMap<string, SpecOperation>
}

export interface ApiSpec {
  /** where the spec was read from */
  readonly file: string
  /** path prefixes of the spec's servers ('' when the paths start at the root) */
  readonly basePaths: readonly string[]
  readonly paths: readonly SpecPath[]
}

/** A spec that cannot be used; the message says why (the config loader names the YAML path). */
export class SpecError extends Error {
  override name = 'SpecError'
}

const MAX_REF_DEPTH = 32
/** Paths and servers a spec may declare: more is refused (a spec is read on the event loop, at start and at every reload). */
export const MAX_SPEC_PATHS = 10_000
export const MAX_SPEC_SERVERS = 100

type Json = Record<string, unknown>

/** The text as values: JSON with JSON.parse (linear; yaml's parser took seconds on a large spec), else YAML. */
function parseSpecText(file: string, text: string): unknown {
  const json = file.toLowerCase().endsWith('.json')
  if (json || /^\uFEFF?\s*\{/.test(text)) {
    try {
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
    } catch (err) {
      if (json) throw new SpecError(`${file} is not JSON: ${(err as Error).message.split('\n')[0]}`)
      // YAML in flow style: read as YAML below
    }
  }
  const { doc, problems } = parseYamlDocument(text, undefined)
  if (problems.length > 0) throw new SpecError(`${file} is neither YAML nor JSON: ${problems[0]!.message}`)
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown
  } catch (err) {
    throw new SpecError(`${file} is neither YAML nor JSON: ${(err as Error).message.split('\n')[0]}`)
  }
}

class Documents {
  readonly #cache = new Map<string, unknown>()
  /** the bytes read so far: every file a spec's `$ref`s reach counts towards MAX_SPEC_BYTES */
  #bytes = 0
  /** each file read, with its identity then (for the cache of loadApiSpec) */
  readonly files: [string, string][] = []

  read(file: string): unknown {
    let doc = this.#cache.get(file)
    if (doc === undefined) {
      let buf: Buffer
      try {
        const sig = signature(file)
        buf = readBoundedFile(file, MAX_SPEC_BYTES - this.#bytes)
        this.files.push([file, sig])
      } catch (err) {
        if (!(err instanceof FileError)) throw err
        throw new SpecError(`cannot read ${err.message}${err.tooLarge && this.#bytes > 0 ? ` (a spec and the files its $refs reach: ${MAX_SPEC_BYTES / 1024 / 1024} MiB at most together)` : ''}`)
      }
      this.#bytes += buf.length
      doc = parseSpecText(file, buf.toString('utf8'))
      this.#cache.set(file, doc)
    }
    return doc
  }

  /** Follow `$ref`s from `value` (found in `file`) until a plain object; returns it and its file. */
  deref(value: unknown, file: string, what: string): { value: Json; file: string } {
    let current = value
    let where = file
    for (let depth = 0; depth <= MAX_REF_DEPTH; depth++) {
      if (!isObject(current)) throw new SpecError(`${what} is not an object`)
      const ref = current.$ref
      if (ref === undefined) return { value: current, file: where }
      if (typeof ref !== 'string') throw new SpecError(`${what}: $ref is not a string`)
      const hash = ref.indexOf('#')
      const target = hash === -1 ? ref : ref.slice(0, hash)
      const pointer = hash === -1 ? '' : ref.slice(hash + 1)
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) throw new SpecError(`${what}: remote $ref "${ref}" is not fetched; use a local file`)
      if (target !== '') where = resolve(dirname(where), target)
      current = pointerGet(this.read(where), pointer, `${what}: $ref "${ref}"`)
    }
    throw new SpecError(`${what}: $ref chain longer than ${MAX_REF_DEPTH} (a cycle?)`)
  }
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** RFC 6901 JSON pointer ("" is the whole document). */
function pointerGet(doc: unknown, pointer: string, what: string): unknown {
  if (pointer === '' || pointer === '/') return doc
  if (!pointer.startsWith('/')) throw new SpecError(`${what} is not a JSON pointer`)
  let node = doc
  for (const raw of pointer.slice(1).split('/')) {
    let key: string
    try {
      key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~')
    } catch {
      throw new SpecError(`${what} is not a valid JSON pointer (a malformed %-escape)`)
    }
    if (!isObject(node) && !Array.isArray(node)) throw new SpecError(`${what} points at nothing`)
    if (!Object.hasOwn(node, key)) throw new SpecError(`${what} points at nothing`)
    node = (node as Json)[key]
  }
  return node
}

/** The path part of a server URL, with `{variables}` replaced by their defaults. */
function serverBasePath(server: Json): string {
  let url = typeof server.url === 'string' ? server.url : '/'
  const vars = isObject(server.variables) ? server.variables : {}
  url = url.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
    const v = vars[name]
    return isObject(v) && typeof v.default === 'string' ? v.default : ''
  })
  let path: string
  try {
    path = new URL(url, 'http://relative.invalid').pathname
  } catch {
    path = '/'
  }
  // trailing slashes trimmed by hand: /\/+$/ is quadratic on a long run of slashes
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--
  return path.slice(0, end)
}

/** A file's identity and version: what the cache compares (a stat, not a read). */
function signature(file: string): string {
  try {
    const s = statSync(file, { bigint: true })
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`
  } catch {
    return '' // read() says why
  }
}

/**
 * Specs read last, by file: at start-up the config loader checks a spec and the sensor then builds
 * insight from it, and the console's inventory reads it too; a spec none of whose files changed
 * (same inode, size and times) is not parsed again. A reload parses its specs in its own thread
 * (src/config/load-thread.ts), whose cache starts empty, and seeds this one with them (seedApiSpecs).
 * Bounded by MAX_CACHED_SPECS.
 */
const specCache = new Map<string, ParsedSpec>()
const MAX_CACHED_SPECS = 256

/** A spec as read, with the files it was read from and their identity then (what the cache keeps). */
export interface ParsedSpec {
  readonly files: [string, string][]
  readonly spec: ApiSpec
}

/**
 * The cached spec of a file as it was read (no stat, no read): what the reload's thread
 * (src/config/load-thread.ts) hands back to the main thread, which passes it to seedApiSpecs.
 */
export function cachedApiSpec(file: string): ParsedSpec | undefined {
  return specCache.get(file)
}

/**
 * Specs parsed elsewhere (the reload's thread, or the primary for its workers), put into the cache
 * as loadApiSpec would have: the main thread parses none of them again. Returns them by file.
 */
export function seedApiSpecs(parsed: Iterable<ParsedSpec>): Map<string, ApiSpec> {
  const out = new Map<string, ApiSpec>()
  for (const p of parsed) {
    const entry: ParsedSpec = { files: p.files, spec: deepFreezeSpec(p.spec) }
    specCache.delete(entry.spec.file)
    if (specCache.size >= MAX_CACHED_SPECS) specCache.delete(specCache.keys().next().value!)
    specCache.set(entry.spec.file, entry)
    out.set(entry.spec.file, entry.spec)
  }
  return out
}

let parsedCount = 0
/** How many times a spec was parsed (not taken from the cache) in this thread: tests. */
export function apiSpecsParsed(): number {
  return parsedCount
}

/** Read and reduce a spec. Throws SpecError with a reason an operator can act on. */
export function loadApiSpec(file: string): ApiSpec {
  const cached = specCache.get(file)
  if (cached !== undefined && cached.files.every(([f, sig]) => sig !== '' && signature(f) === sig)) return cached.spec
  specCache.delete(file)
  parsedCount++
  const spec = readApiSpec(file)
  if (specCache.size >= MAX_CACHED_SPECS) specCache.delete(specCache.keys().next().value!)
  specCache.set(file, spec)
  return spec.spec
}

function readApiSpec(file: string): ParsedSpec {
  const docs = new Documents()
  const root = docs.read(file)
  if (!isObject(root)) throw new SpecError(`${file} is not an OpenAPI document (no top-level object)`)
  const version = root.openapi
  if (typeof version !== 'string' || !version.startsWith('3.')) {
    throw new SpecError(`${file}: only OpenAPI 3.x is read (found ${root.swagger !== undefined ? `swagger ${typeof root.swagger === 'string' ? root.swagger : JSON.stringify(root.swagger)}` : `openapi ${String(version)}`})`)
  }
  if (root.paths !== undefined && !isObject(root.paths)) throw new SpecError(`${file}: paths is not an object`)
  const servers = Array.isArray(root.servers) ? root.servers.filter(isObject) : []
  if (servers.length > MAX_SPEC_SERVERS) throw new SpecError(`${file}: ${servers.length} servers, more than the ${MAX_SPEC_SERVERS} read`)
  const pathCount = isObject(root.paths) ? Object.keys(root.paths).length : 0
  if (pathCount > MAX_SPEC_PATHS) throw new SpecError(`${file}: ${pathCount} paths, more than the ${MAX_SPEC_PATHS} read`)
  const basePaths = [...new Set(servers.length === 0 ? [''] : servers.map(serverBasePath))]
  const paths: SpecPath[] = []
  for (const [template, item] of Object.entries(root.paths ?? {})) {
    if (!template.startsWith('/')) throw new SpecError(`${file}: path "${template}" does not start with /`)
    const { value } = docs.deref(item, file, `${file}: paths["${template}"]`)
    const operations = new Map<string, SpecOperation>()
    for (const method of HTTP_METHODS) {
      const op = value[method]
      if (op === undefined) continue
      if (!isObject(op)) throw new SpecError(`${file}: paths["${template}"].${method} is not an object`)
      operations.set(method.toUpperCase(), { deprecated: op.deprecated === true })
    }
    paths.push({ template, operations })
  }
  return { files: docs.files, spec: deepFreezeSpec({ file, basePaths, paths }) }
}

/** A cached spec is shared by every reader: frozen, so that none can change it for the others. */
function deepFreezeSpec(spec: ApiSpec): ApiSpec {
  if (Object.isFrozen(spec)) return spec
  for (const p of spec.paths) Object.freeze(p)
  Object.freeze(spec.paths)
  Object.freeze(spec.basePaths)
  return Object.freeze(spec)
}
