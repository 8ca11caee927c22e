/**
 * Traced parameters compiled from the config into plain getters over a View (SPEC §3): one small
 * function per parameter, chosen once by its source, so nothing is decided per request.
 */
import type { Traced } from '../config/schema.ts'
import type { ParsedBody } from './body.ts'
import { bearerToken } from './jwt.ts'
import { compilePathTemplate, decodeSegment } from './path-template.ts'
import { parsePointer, scalarText, walk } from './pointer.ts'
import { compileScope, type ScopeTest } from './scope.ts'
import type { View } from './view.ts'

type Getter = (view: View) => string | undefined

export interface CompiledParam {
  readonly name: string
  readonly mask: Traced['mask']
  readonly from: Traced['from']
  readonly inScope: ScopeTest | undefined
  readonly get: Getter
}

function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const v = value.trim()
  return v === '' ? undefined : v
}

function fromBody(body: ParsedBody | undefined, tokens: readonly string[], field: string): string | undefined {
  if (body === undefined) return undefined
  if (body.kind === 'json') return scalarText(walk(body.value, tokens))
  return clean(body.fields.get(field))
}

function tokenGetter(where: string | undefined): Getter {
  if (where === undefined) return (v) => bearerToken(v.header('authorization'))
  const colon = where.indexOf(':')
  const kind = where.slice(0, colon)
  const name = where.slice(colon + 1)
  if (kind === 'cookie') return (v) => clean(v.cookie(name))
  if (kind === 'query') return (v) => clean(v.queryParam(name))
  const lower = name.toLowerCase()
  // a token header may or may not carry the Bearer scheme
  return (v) => {
    const raw = clean(v.header(lower))
    return raw === undefined ? undefined : (bearerToken(raw) ?? raw)
  }
}

function compileGetter(p: Traced): Getter {
  const key = p.key
  const lower = key.toLowerCase()
  switch (p.from) {
    case 'header':
      return (v) => clean(v.header(lower))
    case 'cookie':
      return (v) => clean(v.cookie(key))
    case 'query':
      return (v) => clean(v.queryParam(key))
    case 'path': {
      const template = compilePathTemplate(p.template ?? '/')
      const index = template.params.indexOf(key)
      return (v) => {
        const segs = v.data.path.split('/')
        const at = template.locate(segs)?.[index]
        return at === undefined ? undefined : clean(decodeSegment(segs[at]!))
      }
    }
    case 'body': {
      const tokens = parsePointer(key)
      const field = tokens.join('/')
      return (v) => fromBody(v.requestBody(), tokens, field)
    }
    case 'response_header':
      return (v) => clean(v.responseHeader(lower))
    case 'response_cookie':
      return (v) => clean(v.responseCookie(key))
    case 'response_body': {
      const tokens = parsePointer(key)
      const field = tokens.join('/')
      return (v) => fromBody(v.responseBody(), tokens, field)
    }
    case 'jwt': {
      const token = tokenGetter(p.in)
      const path = key.split('.')
      return (v) => {
        const t = token(v)
        return t === undefined ? undefined : scalarText(walk(v.jwt(t), path))
      }
    }
  }
}

export function compileParams(traced: readonly Traced[]): CompiledParam[] {
  return traced.map((p) => ({
    name: p.name,
    mask: p.mask,
    from: p.from,
    inScope: p.when === undefined ? undefined : compileScope(p.when),
    get: compileGetter(p),
  }))
}
