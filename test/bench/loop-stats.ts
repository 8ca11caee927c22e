/**
 * `BENCH_LOOP=1`: what a benchmark child's own event loop went through while a target was loaded.
 * The parent opens and closes each measured slice with its `stats` questions (`window: 'start' |
 * 'end'`, `label`: the scenario, or for the upstream the target and scenario loaded); between them the child records, per label, the event-loop
 * delay (a 1 ms interval timer, each firing's lateness past its millisecond, sampled inside that
 * label's slices only: perf_hooks.monitorEventLoopDelay counts the time it was disabled as a delay
 * when enabled again) and the garbage-collection pauses by kind (a PerformanceObserver on 'gc'). Timed sections
 * (`timed`) add the synchronous time of named functions. The totals come back with the child's
 * stats as `loop:<label>:*` numbers (milliseconds), and run.ts prints them (`loopLines`).
 */
import { constants, createHistogram, PerformanceObserver, type RecordableHistogram } from 'node:perf_hooks'

export const LOOP_STATS = process.env.BENCH_LOOP === '1'

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
}

interface Pauses {
  count: number
  totalMs: number
  maxMs: number
}

interface Section {
  readonly hist: RecordableHistogram
  totalMs: number
}

/** One label's figures over its measured slices. */
interface Slices {
  /** the event-loop delay (ns) sampled inside this label's slices */
  readonly eld: RecordableHistogram
  readonly gc: Map<string, Pauses>
  readonly sections: Map<string, Section>
  count: number
  ms: number
  startedAt: number
}

const labels = new Map<string, Slices>()
let open: Slices | undefined
let sampler: NodeJS.Timeout | undefined

if (LOOP_STATS) {
  new PerformanceObserver((list) => {
    if (open === undefined) return
    for (const e of list.getEntries()) addPause(open.gc, GC_KINDS[((e as unknown as { detail: { kind: number } }).detail.kind)] ?? 'other', e.duration)
  }).observe({ entryTypes: ['gc'] })
}

function addPause(map: Map<string, Pauses>, name: string, ms: number): void {
  let p = map.get(name)
  if (p === undefined) map.set(name, (p = { count: 0, totalMs: 0, maxMs: 0 }))
  p.count++
  p.totalMs += ms
  if (ms > p.maxMs) p.maxMs = ms
}

/** The parent opens (`start`) or closes (`end`) a measured slice of target `label`. */
export function sliceMark(window: 'start' | 'end' | undefined, label = 'all'): void {
  if (!LOOP_STATS || window === undefined) return
  if (window === 'start') {
    if (open !== undefined) sliceMark('end')
    let s = labels.get(label)
    if (s === undefined) labels.set(label, (s = { eld: createHistogram(), gc: new Map(), sections: new Map(), count: 0, ms: 0, startedAt: 0 }))
    const eld = s.eld
    let last = (s.startedAt = performance.now())
    sampler = setInterval(() => {
      const now = performance.now()
      eld.record(Math.max(1, Math.round((now - last - 1) * 1e6)))
      last = now
    }, 1)
    open = s
    return
  }
  if (open === undefined) return
  clearInterval(sampler)
  open.count++
  open.ms += performance.now() - open.startedAt
  open = undefined
}

/** Wrap `fn` so that each call's synchronous time is recorded under `name` (inside measured slices). */
export function timed<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  if (!LOOP_STATS) return fn
  return function (this: unknown, ...args: A): R {
    const t = performance.now()
    try {
      return fn.apply(this, args)
    } finally {
      if (open !== undefined) {
        const ms = performance.now() - t
        let s = open.sections.get(name)
        if (s === undefined) open.sections.set(name, (s = { hist: createHistogram(), totalMs: 0 }))
        s.totalMs += ms
        s.hist.record(Math.max(1, Math.round(ms * 1000)))
      }
    }
  }
}

const round2 = (x: number): number => Math.round(x * 100) / 100
const nsToMs = (ns: number): number => round2(ns / 1e6)

/** The totals over the measured slices, as flat numbers for the parent (empty when off). */
export function loopStats(): Record<string, number> {
  const out: Record<string, number> = {}
  if (!LOOP_STATS) return out
  for (const [label, s] of labels) {
    if (s.count === 0) continue
    const k = `loop:${label}:`
    out[k + 'seconds'] = round2(s.ms / 1000)
    out[k + 'eld.p50'] = nsToMs(s.eld.percentile(50))
    out[k + 'eld.p99'] = nsToMs(s.eld.percentile(99))
    out[k + 'eld.p999'] = nsToMs(s.eld.percentile(99.9))
    out[k + 'eld.max'] = nsToMs(s.eld.max)
    out[k + 'eld.samples'] = s.eld.count
    for (const [kind, p] of s.gc) {
      out[`${k}gc.${kind}.count`] = p.count
      out[`${k}gc.${kind}.totalMs`] = round2(p.totalMs)
      out[`${k}gc.${kind}.maxMs`] = round2(p.maxMs)
    }
    for (const [name, x] of s.sections) {
      out[`${k}sync.${name}.count`] = x.hist.count
      out[`${k}sync.${name}.totalMs`] = round2(x.totalMs)
      out[`${k}sync.${name}.p99Ms`] = round2(x.hist.percentile(99) / 1000)
      out[`${k}sync.${name}.maxMs`] = round2(x.hist.max / 1000)
    }
  }
  return out
}

/** Human lines from a child's stats (`who`: the child's name), for the bench's notes. */
export function loopLines(who: string, stats: Record<string, number>): string[] {
  const lines: string[] = []
  const byLabel = new Map<string, Map<string, number>>()
  for (const [key, v] of Object.entries(stats)) {
    if (!key.startsWith('loop:')) continue
    const at = key.lastIndexOf(':')
    const label = key.slice(5, at)
    let m = byLabel.get(label)
    if (m === undefined) byLabel.set(label, (m = new Map()))
    m.set(key.slice(at + 1), v)
  }
  for (const [label, m] of byLabel) {
    const g = (k: string): number => m.get(k) ?? 0
    const head = who === 'upstream' ? `upstream (while ${label} was loaded)` : `${who} ${label}`
    lines.push(`${head}: event-loop delay over ${g('seconds')} s: p50 ${g('eld.p50')} ms, p99 ${g('eld.p99')}, p99.9 ${g('eld.p999')}, max ${g('eld.max')} (${g('eld.samples')} samples)`)
    const kinds = [...new Set([...m.keys()].filter((k) => k.startsWith('gc.')).map((k) => k.split('.')[1]!))]
    if (kinds.length > 0) lines.push(`${head}: gc ` + kinds.map((x) => `${x} ${g(`gc.${x}.count`)}×, ${g(`gc.${x}.totalMs`)} ms in all, max ${g(`gc.${x}.maxMs`)}`).join('; '))
    const names = [...new Set([...m.keys()].filter((k) => k.startsWith('sync.')).map((k) => k.split('.')[1]!))]
    for (const n of names) lines.push(`${head}: ${n}: ${g(`sync.${n}.count`)} calls, ${g(`sync.${n}.totalMs`)} ms in all, p99 ${g(`sync.${n}.p99Ms`)} ms, max ${g(`sync.${n}.maxMs`)}`)
  }
  return lines
}
