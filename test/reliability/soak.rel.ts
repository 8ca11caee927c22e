/**
 * Issue 7 §6: a bounded soak. A real sensor process with Redis takes a steady rate of mixed traffic
 * (GETs, JSON POSTs, a few attacks and 404s over many sessions) for SOAK_SECONDS (60 by default;
 * the figures in docs/reliability.md come from SOAK_SECONDS=600). Its RSS, heap and event-loop delay
 * are sampled from its own /metrics; the floors of the heap and of the memory outside it must show no
 * growth trend over the last third, RSS stays under a ceiling, and every record is written to Redis.
 */
import t from 'tap'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Pool } from 'undici'
import { startRedis } from '../helpers/redis.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { processConfig, startSensorProcess } from '../helpers/process.ts'

const SECONDS = Math.min(Math.max(Number(process.env.SOAK_SECONDS ?? 60), 10), 3_600)
const RATE = Math.min(Math.max(Number(process.env.SOAK_RATE ?? 200), 10), 2_000)
const SAMPLES = 60

const config = (upstream: string, redis: string) => processConfig(upstream, redis, 'soak-test-key-0000000001')

function metric(text: string, name: string): number {
  const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([\\d.e+-]+)$`, 'm').exec(text)
  return m ? Number(m[1]) : NaN
}

t.test(`soak: ${RATE} requests/s for ${SECONDS} s through a sensor process with Redis`, async (t) => {
  const redis = await startRedis(t)
  const up = await startUpstream(t, (req, res) => {
    req.resume()
    req.on('end', () => res.end(req.url?.startsWith('/missing') ? (res.statusCode = 404, 'no') : '{"ok":true,"items":[1,2,3]}'))
  })
  const dir = t.testdir({})
  const file = join(dir, 'sensor.yaml')
  writeFileSync(file, config(up.url, redis.url))
  const sensor = await startSensorProcess(t, file)
  const listening = sensor.seen((l) => l.msg === 'api-sessions listening')!
  const adminUrl = `http://${String(listening.admin)}`
  const pool = new Pool(sensor.url, { connections: 16 })
  t.teardown(() => pool.close())

  const total = RATE * SECONDS
  let sent = 0
  let ok = 0
  let failed = 0
  const samples: { at: number; rss: number; heap: number; external: number; lagP99: number }[] = []
  const body = JSON.stringify({ name: 'Ann O\'Brien', note: 'see https://example.com/help', qty: 2 })
  const one = async (i: number) => {
    const s = i % 500
    const kind = i % 50
    const path = kind === 0 ? `/search?q=1%27%20OR%20%271%27%3D%271` : kind === 1 ? `/missing/${i}` : `/products/${i % 997}`
    try {
      const res = await pool.request({
        path,
        method: kind === 2 ? 'POST' : 'GET',
        headers: { host: 'shop.test', cookie: `PHPSESSID=soak-${s}`, 'content-type': 'application/json' },
        ...(kind === 2 ? { body } : {}),
      })
      await res.body.text()
      if (res.statusCode === 200 || res.statusCode === 404) ok++
      else failed++
    } catch {
      failed++
    }
  }
  const sample = async () => {
    const text = await (await fetch(`${adminUrl}/metrics`)).text()
    samples.push({
      at: sent,
      rss: metric(text, 'apisess_process_resident_memory_bytes'),
      heap: metric(text, 'apisess_nodejs_heap_size_used_bytes'),
      external: metric(text, 'apisess_nodejs_external_memory_bytes'),
      lagP99: metric(text, 'apisess_nodejs_eventloop_lag_p99_seconds'),
    })
  }

  // paced: every 50 ms a twentieth of a second's requests; bounded by count and by time
  const inflight = new Set<Promise<void>>()
  const started = Date.now()
  const deadline = started + SECONDS * 1_000 + 60_000
  const sampleEvery = Math.max(1, Math.floor(total / SAMPLES))
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1_000) * RATE))
      while (sent < due) {
        const p = one(sent++).finally(() => inflight.delete(p))
        inflight.add(p)
        if (sent % sampleEvery === 0) void sample()
      }
      if (sent >= total || Date.now() > deadline) {
        clearInterval(tick)
        resolve()
      }
    }, 50)
  })
  await Promise.all(inflight)
  await sample()

  // every record reaches Redis: the sensor is another process, so its counter is read until it
  // agrees (bounded), there being no event to await across the process boundary
  const written = async () => Number(metric(await (await fetch(`${adminUrl}/metrics`)).text(), 'apisess_records_written_total'))
  for (let i = 0; i < 150 && (await written()) < sent; i++) await new Promise((r) => setTimeout(r, 200))

  // the heap is a sawtooth between collections: compare lower envelopes (the least heap seen, i.e.
  // after a collection) of the middle third and the last third of the load, past the warm-up
  const during = samples.slice(0, -1)
  const third = Math.floor(during.length / 3)
  const middle = during.slice(third, 2 * third)
  const last = during.slice(2 * third)
  const floor = (xs: number[]) => Math.min(...xs)
  const mib = (b: number) => (b / 1048576).toFixed(1)
  t.comment(`sent ${sent} in ${((Date.now() - started) / 1000).toFixed(0)} s: ${ok} answered, ${failed} failed; ${await written()} records written`)
  t.comment(`RSS MiB by sample: ${samples.map((s) => mib(s.rss)).join(' ')}`)
  t.comment(`heap MiB by sample: ${samples.map((s) => mib(s.heap)).join(' ')}`)
  t.comment(`event-loop lag p99 ms by sample: ${samples.map((s) => (s.lagP99 * 1000).toFixed(1)).join(' ')}`)
  t.equal(failed, 0, 'every request answered')
  t.equal(sent, total, 'the whole load was sent')
  t.equal(await written(), sent, 'every record written to Redis')
  const MiB = 1048576
  t.comment(`heap floor: middle third ${mib(floor(middle.map((s) => s.heap)))} MiB, last third ${mib(floor(last.map((s) => s.heap)))} MiB`)
  t.ok(floor(last.map((s) => s.heap)) <= 1.25 * floor(middle.map((s) => s.heap)) + 16 * MiB, 'no heap growth trend: the least heap of the last third within 1.25x (+16 MiB) of the middle third')
  // Buffers and other memory outside the JS heap: the same lower-envelope rule
  t.comment(`external (buffers) MiB by sample: ${samples.map((s) => mib(s.external)).join(' ')}`)
  t.ok(floor(last.map((s) => s.external)) <= 1.25 * floor(middle.map((s) => s.external)) + 16 * MiB, 'no growth trend outside the heap: the least external memory of the last third within 1.25x (+16 MiB) of the middle third')
  // RSS follows the heap's committed size, which V8 lets climb to a multiple of the live heap before
  // a full collection and then gives back (a 120 s run: 140 -> 268 -> 140 MiB), so a rise over a
  // window says only where the full collection fell; RSS is held to the ceiling the campaign uses
  const rssPeak = Math.max(...samples.map((s) => s.rss))
  t.ok(rssPeak < 512 * MiB, `RSS stays under 512 MiB (peak ${mib(rssPeak)} MiB)`)
})
