import t from 'tap'
import { Histogram, Registry } from 'prom-client'
import { LabelHistogram, TalliedCounter } from '../src/metrics.ts'

const BUCKETS = [0.001, 0.01, 0.1, 1]

t.test('LabelHistogram scrapes exactly as prom-client’s own histogram with the same observations', async (t) => {
  const ours = new Registry()
  const theirs = new Registry()
  const h = new LabelHistogram({ name: 'x_seconds', help: 'a help text', label: 'app', buckets: BUCKETS, registers: [ours] })
  const p = new Histogram({ name: 'x_seconds', help: 'a help text', labelNames: ['app'], buckets: BUCKETS, registers: [theirs] })
  const shop = h.observer('shop')
  const blog = h.observer('blog')
  const values = [0, 0.001, 0.0011, 0.5, 1, 2, 30, 0.01, 0.0999]
  for (const v of values) {
    shop(v)
    p.labels('shop').observe(v)
  }
  blog(0.02)
  p.labels('blog').observe(0.02)
  t.equal(await ours.metrics(), await theirs.metrics())
  h.observer('shop')(0.5)
  p.labels('shop').observe(0.5)
  t.equal(await ours.metrics(), await theirs.metrics(), 'a second observer of a label value counts into the same series')

  ours.resetMetrics()
  theirs.resetMetrics()
  shop(0.005)
  p.labels('shop').observe(0.005)
  t.match(await ours.metrics(), /x_seconds_count\{app="shop"\} 1\n/, 'reset zeroes in place: observers handed out keep counting')
  t.match(await ours.metrics(), /x_seconds_count\{app="blog"\} 0\n/)
})

t.test('TalliedCounter: tallies reach the counter when it is scraped, and only once', async (t) => {
  const registry = new Registry()
  const c = new TalliedCounter<'app' | 'status'>({ name: 'y_total', help: 'h', labelNames: ['app', 'status'], registers: [registry] })
  const ok = c.tally('shop 200', { app: 'shop', status: '200' })
  t.equal(c.tally('shop 200', { app: 'shop', status: '200' }), ok, 'one tally per key')
  t.equal(c.find('shop 200'), ok)
  t.equal(c.find('shop 404'), undefined)
  const err = c.tally('shop 502', { app: 'shop', status: '502' })
  for (let i = 0; i < 5; i++) ok.n++
  err.n++
  const first = await registry.metrics()
  t.match(first, /y_total\{app="shop",status="200"\} 5\n/)
  t.match(first, /y_total\{app="shop",status="502"\} 1\n/)
  ok.n++
  t.match(await registry.metrics(), /y_total\{app="shop",status="200"\} 6\n/, 'added once: a second scrape adds only what came since')
  t.equal((await c.counter.get()).values.find((v) => v.labels.status === '200')?.value, 6, 'get() flushes too')

  const plain = new TalliedCounter<never>({ name: 'z_total', help: 'h', registers: [registry] })
  plain.tally('', {}).n += 3
  t.match(await registry.metrics(), /\nz_total 3\n/, 'a counter without labels')
})
