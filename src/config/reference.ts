/**
 * docs/configuration.md, generated from the config's JSON Schema (`npm run schema` writes it; a
 * test fails when it is stale): every key with its type, default and description.
 */
import { configJsonSchema } from './schema.ts'

type Node = {
  type?: string | string[]
  description?: string
  default?: unknown
  properties?: Record<string, Node>
  items?: Node
  anyOf?: Node[]
  enum?: unknown[]
  minimum?: number
  maximum?: number
  maxItems?: number
}

function typeOf(n: Node): string {
  if (n.enum) return n.enum.map((v) => JSON.stringify(v)).join(' \\| ')
  if (n.anyOf) return [...new Set(n.anyOf.map(typeOf))].join(' or ')
  if (n.type === 'array') return `list of ${n.items ? typeOf(n.items) : 'values'}`
  return Array.isArray(n.type) ? n.type.join(' or ') : (n.type ?? 'value')
}

function rows(n: Node, path: string, out: string[]): void {
  const items = n.type === 'array' && n.items?.properties ? n.items : undefined
  const limits = [n.minimum !== undefined ? `≥ ${n.minimum}` : '', n.maximum !== undefined ? `≤ ${n.maximum}` : '', n.maxItems !== undefined ? `at most ${n.maxItems}` : '']
    .filter(Boolean)
    .join(', ')
  if (path !== '') {
    const def = n.default === undefined ? '' : `\`${JSON.stringify(n.default)}\``
    const desc = [n.description ?? '', limits].filter(Boolean).join('; ').replace(/\|/g, '\\|')
    out.push(`| \`${path}\` | ${typeOf(n)} | ${def} | ${desc} |`)
  }
  const props = n.properties ?? items?.properties
  if (props) for (const [k, v] of Object.entries(props)) rows(v, path === '' ? k : `${path}${items ? '[]' : ''}.${k}`, out)
}

export function configReference(): string {
  const out = [
    '# Configuration reference',
    '',
    '<!-- generated from the zod schema by `npm run schema`; do not edit by hand -->',
    '',
    'Every key of `sensor.yaml`. Unknown keys are errors. Durations: `250ms`, `10s`, `30m`, `24h`, `7d`',
    'or milliseconds; sizes: bytes, `KiB`, `MiB`, `GiB`. `${VAR}` and `${VAR:-default}` are replaced',
    'from the environment. Guides: [sessions](sessions.md), [Redis](redis.md), [console](console.md).',
    '',
    '| key | type | default | meaning |',
    '|---|---|---|---|',
  ]
  rows(configJsonSchema(), '', out)
  return `${out.join('\n')}\n`
}
