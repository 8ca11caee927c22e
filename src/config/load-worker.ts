/**
 * The reload's thread (load-thread.ts): loadConfig as at start-up, then the config and its specs
 * (as openapi.ts cached them while it checked them) posted back; an error posted with its code and
 * details. Nothing else runs here.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { SensorError } from '../errors.ts'
import { loadConfig } from './load.ts'
import { cachedApiSpec, type ParsedSpec } from './openapi.ts'
import type { FromLoader } from './load-thread.ts'

const { file } = workerData as { file: string }
let answer: FromLoader
try {
  const config = loadConfig(file)
  const specs: ParsedSpec[] = []
  for (const app of config.applications) {
    const spec = app.openapi === undefined ? undefined : cachedApiSpec(app.openapi)
    if (spec !== undefined && !specs.includes(spec)) specs.push(spec)
  }
  answer = { ok: true, config, specs }
} catch (err) {
  answer =
    err instanceof SensorError
      ? { ok: false, code: err.code, message: err.message, details: [...err.details] }
      : { ok: false, code: 'CONFIG_INVALID', message: String((err as Error).message ?? err), details: [] }
}
parentPort!.postMessage(answer)
