import t from 'tap'
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { startSensor, oneApp } from '../helpers/sensor.ts'
import { startUpstream } from '../helpers/upstream.ts'
import { httpClient } from '../helpers/client.ts'

const MiB = 1024 * 1024
const TOTAL_MiB = Number(process.env.LARGE_BODY_MIB ?? 1024) // 1 GiB each way

/** A deterministic stream of TOTAL_MiB one-MiB chunks, each different (a fresh buffer each: a stream may hold one). */
function* chunks(): Generator<Buffer> {
  for (let i = 0; i < TOTAL_MiB; i++) {
    const chunk = Buffer.allocUnsafe(MiB)
    chunk.fill(i % 251)
    chunk.writeUInt32BE(i, 0)
    yield chunk
  }
}
function expectedHash(): string {
  const h = createHash('sha256')
  for (const c of chunks()) h.update(c)
  return h.digest('hex')
}

/** The highest RSS seen while `work` runs, sampled on every turn of the event loop. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage.rss()
  let running = true
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss())
    if (running) setImmediate(sample)
  }
  setImmediate(sample)
  try {
    return { result: await work(), peak }
  } finally {
    running = false
  }
}

t.test(`a ${TOTAL_MiB} MiB upload and download stream through with flat memory`, async (t) => {
  const want = expectedHash()
  const up = await startUpstream(t, async (req, res) => {
    if (req.method === 'POST') {
      const h = createHash('sha256')
      let n = 0
      for await (const c of req) {
        h.update(c as Buffer)
        n += (c as Buffer).length
      }
      res.end(JSON.stringify({ bytes: n, sha: h.digest('hex') }))
      return
    }
    res.writeHead(200, { 'content-length': TOTAL_MiB * MiB, 'content-type': 'application/octet-stream' })
    for (const c of chunks()) {
      if (!res.write(c)) await new Promise((r) => res.once('drain', r))
    }
    res.end()
  })
  const s = await startSensor(t, oneApp(up.url), { level: 'warn' })
  const client = httpClient(t, s.url)
  const before = process.memoryUsage.rss()

  const upload = await peakRss(async () => {
    const res = await client.request({ path: '/up', method: 'POST', body: Readable.from(chunks(), { objectMode: false }) })
    return (await res.body.json()) as { bytes: number; sha: string }
  })
  t.same(upload.result, { bytes: TOTAL_MiB * MiB, sha: want }, 'the upstream received every byte, unchanged')

  const download = await peakRss(async () => {
    const res = await client.request({ path: '/down', method: 'GET' })
    const h = createHash('sha256')
    let n = 0
    for await (const c of res.body) {
      h.update(c as Buffer)
      n += (c as Buffer).length
    }
    return { bytes: n, sha: h.digest('hex') }
  })
  t.same(download.result, { bytes: TOTAL_MiB * MiB, sha: want }, 'the client received every byte, unchanged')

  const growth = Math.max(upload.peak, download.peak) - before
  t.ok(growth < 256 * MiB, `memory stayed flat: peak RSS grew by ${Math.round(growth / MiB)} MiB for ${TOTAL_MiB} MiB each way`)
  const recs = await s.sink.waitFor(2)
  t.equal(recs[0]!.reqBytes, TOTAL_MiB * MiB)
  t.equal(recs[1]!.resBytes, TOTAL_MiB * MiB)
})
