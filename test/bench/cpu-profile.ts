/**
 * Where a V8 CPU profile's time goes, by part of the sensor: each sample is charged to the nearest
 * frame of ours on its stack (src/<dir>, or ioredis and its parser for the Redis client), so the
 * node internals a part calls (socket writes, http parsing, JSON) count for that part; samples with
 * no frame of ours are node's own work (http parsing and socket reads start from native code),
 * the garbage collector, or idle.
 *
 *   node test/bench/cpu-profile.ts FILE.cpuprofile [--top 25] [--requests N]
 * (with --requests, each part also in µs per request: the profile's requests, warm-up included)
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: Node[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, requests: { type: 'string' } } })
if (positionals.length !== 1) {
  console.error('usage: node test/bench/cpu-profile.ts FILE.cpuprofile [--top 25]')
  process.exit(2)
}
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

/** The part a frame belongs to, or undefined when it is not ours (node internals, other modules). */
function partOf(n: Node): string | undefined {
  const { url, functionName } = n.callFrame
  if (functionName === '(garbage collector)') return 'gc'
  if (functionName === '(idle)') return 'idle'
  if (functionName === '(program)') return 'program (native, unattributed)'
  if (/node_modules\/(ioredis|@ioredis|redis-parser|denque|cluster-key-slot|standard-as-callback)\//.test(url)) return 'ioredis'
  if (/node_modules\/prom-client\//.test(url)) return 'metrics (prom-client)'
  if (/node_modules\/pino/.test(url)) return 'log (pino)'
  const m = /\/src\/([a-z-]+)(\/[a-z-]+)?/.exec(url)
  if (m) {
    if (m[1] === 'sink') return `sink${m[2] ?? ''}`
    return m[1]!.endsWith('.ts') ? m[1]! : m[1]!
  }
  const file = /\/src\/([a-z-]+\.ts)/.exec(url)
  if (file) return file[1]!
  return undefined
}

const parts = new Map<string, number>()
const selfOf = new Map<string, number>()
let total = 0
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0
  const leaf = byId.get(profile.samples[i]!)!
  total += dt
  let part: string | undefined
  for (let id: number | undefined = leaf.id; id !== undefined && part === undefined; id = parent.get(id)) part = partOf(byId.get(id)!)
  if (part === 'ioredis') {
    // the client's share split: the socket write (string encoding included), parsing replies, the rest (building commands)
    let parsing = false
    for (let id: number | undefined = leaf.id; id !== undefined && !parsing; id = parent.get(id)) parsing = /redis-parser|DataHandler/.test(byId.get(id)!.callFrame.url)
    const { functionName, url } = leaf.callFrame
    if (parsing) part = 'ioredis: reply parsing'
    else if (/^(writev|writeUtf8String|writeLatin1String|writeBuffer)$/.test(functionName) || /^node:(net|internal\/stream_base_commons)/.test(url)) part = 'ioredis: socket write'
    else part = 'ioredis: commands (arguments, encoding)'
  }
  if (part === undefined) part = `node, no frame of ours (${/^node:/.test(leaf.callFrame.url) ? leaf.callFrame.url.replace(/^node:internal\//, '') : leaf.callFrame.functionName || '(anonymous)'})`.replace(/\((http|net|streams)[^)]*\)/, '($1)')
  parts.set(part, (parts.get(part) ?? 0) + dt)
  const self = `${leaf.callFrame.functionName || '(anonymous)'} ${leaf.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${leaf.callFrame.lineNumber + 1}`
  selfOf.set(self, (selfOf.get(self) ?? 0) + dt)
}
const busy = total - (parts.get('idle') ?? 0)
console.log(`profile: ${(total / 1e6).toFixed(2)} s sampled, ${(busy / 1e6).toFixed(2)} s busy`)
console.log('\nby part (the nearest frame of ours on the stack), % of busy time:')
const perRequest = values.requests === undefined ? undefined : Number(values.requests)
const us = (t: number) => (perRequest === undefined ? '' : `${(t / perRequest).toFixed(1).padStart(6)} µs/req  `)
if (perRequest !== undefined) console.log(`${(busy / perRequest).toFixed(1)} µs of busy time per request`)
for (const [part, t] of [...parts].filter(([p]) => p !== 'idle').sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${((t / busy) * 100).toFixed(1).padStart(5)} %  ${us(t)}${part}`)
console.log(`\ntop ${values.top} functions by self time, % of busy time:`)
for (const [f, t] of [...selfOf].filter(([f]) => !f.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`  ${((t / busy) * 100).toFixed(1).padStart(5)} %  ${f}`)
