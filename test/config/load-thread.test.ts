/**
 * A reload's reading in a worker thread (src/config/load-thread.ts): the same config and the same
 * errors as loadConfig, the specs back parsed and seeded (the main thread parses none), no thread
 * left, bounded in time and heap, abandoned on a signal; reloads one after the other.
 */
import t from 'tap'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.ts'
import { loadConfigInThread, loadThreadsLive, ReloadAbandoned, ReloadQueue } from '../../src/config/load-thread.ts'
import { apiSpecsParsed, cachedApiSpec, loadApiSpec } from '../../src/config/openapi.ts'
import { SensorError } from '../../src/errors.ts'

const SPEC = 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\nservers: [{ url: /api }]\npaths:\n  /users/{id}:\n    get: { responses: { "200": { description: ok } } }\n    delete: { deprecated: true }\n'
const CONFIG = 'applications: [{ name: shop, hosts: ["a.test"], upstream: "http://127.0.0.1:9", openapi: spec.yaml }]\nhashKey: a-hash-key-of-twenty-chars\n'

/** what loadConfig throws for a file, as code, message and details */
function thrown(fn: () => unknown): { code: string; message: string; details: readonly string[] } | undefined {
  try {
    fn()
  } catch (err) {
    const e = err as SensorError
    return { code: e.code, message: e.message, details: e.details }
  }
  return undefined
}

t.test('the config and its spec come back as loadConfig reads them; the main thread parses no spec; no thread is left', async (t) => {
  const dir = t.testdir({ 'sensor.yaml': CONFIG, 'spec.yaml': SPEC })
  const file = join(dir, 'sensor.yaml')
  const parsed = apiSpecsParsed()
  const loaded = await loadConfigInThread(file)
  t.equal(apiSpecsParsed(), parsed, 'no spec parsed on this thread')
  t.equal(loadThreadsLive(), 0, 'the thread has exited when the promise resolves')
  t.ok(Object.isFrozen(loaded.config) && Object.isFrozen(loaded.config.applications[0]), 'deep-frozen')
  const spec = join(dir, 'spec.yaml')
  t.same(loaded.config, loadConfig(file), 'the config loadConfig reads')
  const got = loaded.specs.get(spec)!
  t.same(got.basePaths, ['/api'])
  t.same(got.paths.map((p) => [p.template, [...p.operations]]), [['/users/{id}', [['GET', { deprecated: false }], ['DELETE', { deprecated: true }]]]], 'the Maps came through')
  t.equal(cachedApiSpec(spec)?.spec, got, "openapi.ts's cache is seeded with it")
  const before = apiSpecsParsed()
  t.equal(loadApiSpec(spec), got, 'loadApiSpec takes it from the cache')
  t.equal(apiSpecsParsed(), before, 'without parsing it')
})

t.test('a bad config is refused with the code, message and details loadConfig gives', async (t) => {
  const dir = t.testdir({
    'yaml.yaml': 'applications: [\n',
    'invalid.yaml': 'applications: [{ name: shop, hosts: [], upstream: "ftp://x", openapi: nothing.yaml }]\nnope: 1\n',
    'env.yaml': 'applications: [{ name: shop, hosts: ["a.test"], upstream: "${LOAD_THREAD_UNSET_UPSTREAM}" }]\n',
    'spec.yaml': 'swagger: "2.0"\n',
    'badspec.yaml': 'applications: [{ name: shop, hosts: ["a.test"], upstream: "http://127.0.0.1:9", openapi: spec.yaml }]\n',
  })
  for (const [name, code] of [['yaml.yaml', 'CONFIG_YAML'], ['invalid.yaml', 'CONFIG_INVALID'], ['env.yaml', 'CONFIG_ENV'], ['badspec.yaml', 'CONFIG_INVALID'], ['missing.yaml', 'CONFIG_READ']] as const) {
    const file = join(dir, name)
    const expected = thrown(() => loadConfig(file))
    t.equal(expected?.code, code, `${name}: loadConfig says ${code}`)
    const err = await loadConfigInThread(file).then(
      () => undefined,
      (e: unknown) => e,
    )
    t.ok(err instanceof SensorError, `${name}: a SensorError`)
    const e = err as SensorError
    t.same({ code: e.code, message: e.message, details: e.details }, expected, `${name}: the same code, message and details`)
  }
  t.equal(loadThreadsLive(), 0)
})

t.test('bounded: a reading past its time or its heap is abandoned (CONFIG_READ), its thread terminated', async (t) => {
  const paths = Array.from({ length: 5_000 }, (_, i) => `  /r${i}/{id}:\n    get: { summary: "item ${i} ${'x'.repeat(40)}" }\n`).join('')
  const dir = t.testdir({ 'sensor.yaml': CONFIG, 'spec.yaml': `openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths:\n${paths}` })
  const file = join(dir, 'sensor.yaml')
  const late = (await loadConfigInThread(file, { timeoutMs: 0 }).catch((e: unknown) => e)) as SensorError
  t.equal(late.code, 'CONFIG_READ')
  t.match(late.message, /not read within 0 s; the reload is abandoned/)
  t.equal(loadThreadsLive(), 0, 'the thread was terminated')
  const big = (await loadConfigInThread(file, { heapMb: 8 }).catch((e: unknown) => e)) as SensorError
  t.equal(big.code, 'CONFIG_READ')
  t.match(big.message, /ran out of the 8 MB its thread may use/)
  t.equal(loadThreadsLive(), 0)
})

t.test('a signal abandons the reading: the thread is terminated', async (t) => {
  const dir = t.testdir({ 'sensor.yaml': CONFIG, 'spec.yaml': SPEC })
  const abort = new AbortController()
  const loading = loadConfigInThread(join(dir, 'sensor.yaml'), { signal: abort.signal })
  t.equal(loadThreadsLive(), 1, 'a thread reads it')
  abort.abort()
  const err = await loading.catch((e: unknown) => e)
  t.ok(err instanceof ReloadAbandoned)
  t.equal(loadThreadsLive(), 0)
  t.ok((await loadConfigInThread(join(dir, 'sensor.yaml'), { signal: abort.signal }).catch((e: unknown) => e)) instanceof ReloadAbandoned, 'an aborted signal starts none')
  t.equal(loadThreadsLive(), 0)
})

t.test('ReloadQueue: reloads one after the other; asked for N times while one runs, one more runs', async (t) => {
  let runs = 0
  let running = 0
  let most = 0
  const gates: (() => void)[] = []
  const queue = new ReloadQueue(async () => {
    runs++
    most = Math.max(most, ++running)
    await new Promise<void>((resolve) => gates.push(resolve))
    running--
    return true
  })
  const first = queue.ask()
  const more = [queue.ask(), queue.ask(), queue.ask()]
  t.equal(runs, 1)
  gates.shift()!()
  t.equal(await first, true)
  while (gates.length === 0) await new Promise((r) => setImmediate(r))
  t.equal(runs, 2, 'one more ran')
  gates.shift()!()
  t.same(await Promise.all(more), [true, true, true], 'every one asked for is answered by it')
  t.equal(runs, 2, 'not one per ask')
  t.equal(most, 1, 'never two at once')
  const after = queue.ask()
  t.equal(runs, 3, 'an ask once idle runs at once')
  gates.shift()!()
  await after
})
