/**
 * The layers of ARCHITECTURE.md, held by a test: each folder of src/ imports only the folders below
 * it (type-only imports count too). A new edge either belongs in the table, with a reason, or is a
 * boundary being crossed.
 */
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** the leaf modules every layer may use */
const LEAVES = ['errors.ts', 'memo.ts', 'log.ts', 'net', 'match', 'node-version.ts']

/** what each part of src/ may import besides itself and the leaves */
const ALLOWED: Record<string, readonly string[]> = {
  'errors.ts': [],
  'memo.ts': [],
  'log.ts': [],
  'node-version.ts': [],
  net: [],
  match: [],
  config: [], // the schema and its helpers: nothing of the data plane
  redis: [], // the Redis schema: key names, the session id's format, the summary's fields
  capture: ['config'],
  session: ['capture', 'config'],
  policy: ['capture', 'config', 'redis'], // denylist and exceptions: read by the proxy and insight, written by the console
  insight: ['capture', 'config', 'policy', 'sink', 'redis'], // the stage hands records on to the sink
  sink: ['capture', 'config', 'redis'],
  proxy: ['capture', 'session', 'config', 'policy'],
  console: ['capture', 'config', 'policy', 'sink', 'redis'], // a front end over Redis: never the data plane's proxy
  admin: [],
  demo: ['config'],
  'metrics.ts': ['capture', 'insight', 'sink'],
  'backend.ts': ['config', 'sink', 'redis', 'policy'], // the composition root's choice of Redis or a given sink
  'sensor.ts': ['*'], // the composition root
  'workers.ts': ['*'], // the supervising primary of workers: composition too
  'commands.ts': ['*'],
  'cli.ts': ['*'],
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(p)
    else if (p.endsWith('.ts')) yield p
  }
}

const partOf = (file: string) => relative('src', file).split('/')[0]!
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

t.test('every folder imports only the layers below it', async (t) => {
  const crossings: string[] = []
  let edges = 0
  for (const file of files('src')) {
    const from = partOf(file)
    const allowed = ALLOWED[from]
    if (allowed === undefined) {
      crossings.push(`${file}: ${from} is not in the layer table`)
      continue
    }
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = partOf(normalize(join(dirname(file), m[1] ?? m[2]!)))
      if (to === from || LEAVES.includes(to)) continue
      edges++
      if (!allowed.includes('*') && !allowed.includes(to)) crossings.push(`${file} imports ${to} (${m[1] ?? m[2]})`)
    }
  }
  t.same(crossings, [], 'no folder reaches past its layer')
  t.ok(edges > 20, `${edges} cross-folder imports checked`)
})

t.test('the test itself catches a crossing', async (t) => {
  const sample = "import type { CompiledDeny } from '../console/denylist.ts'\nimport { x } from './y.ts'\n"
  const found = [...sample.matchAll(IMPORT)].map((m) => m[1])
  t.same(found, ['../console/denylist.ts', './y.ts'])
})
