/**
 * The `api-sessions` command (its entry is src/cli.ts): start, check-config, schema. Exit codes: 0 ok, 1 config or runtime
 * error, 2 usage error. Errors go to stderr in one line with their code.
 */
import { parseArgs } from 'node:util'
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { stringify } from 'yaml'
import { loadConfig } from './config/load.ts'
import { FileError, readBoundedFile } from './config/files.ts'
import { REDIS_AWAY_MESSAGE } from './redis/client-errors.ts'
import { loadConfigInThread } from './config/load-thread.ts'
import { redactConfig } from './config/redact.ts'
import { parseDuration } from './config/units.ts'
import { configJsonSchema } from './config/schema.ts'
import { SensorError } from './errors.ts'
import { Sensor } from './sensor.ts'
import type { Logger } from './log.ts'
import { createHasher, ephemeralKey } from './capture/mask.ts'
import { explain, explainedJson, formatExplained, MAX_EXPLAIN_BYTES, parseHar, parseHttpFile } from './session/explain.ts'
import { OutputClosed, writeStdout } from './sink/ndjson-output.ts'
import { demoFlags, demoHint, type DemoFlags } from './demo/flags.ts'

const DEFAULT_CONFIG = 'config/sensor.yaml'

const HELP: Record<string, string> = {
  '': `api-sessions: an inline reverse-proxy traffic sensor for HTTP APIs

Usage: api-sessions <command> [options]

Commands:
  start          run the sensor (proxy + admin port)
  check-config   validate a config file and print the effective config (secrets hidden)
  explain        run recorded requests (.har or .http) through the session rules
  tail           print records from Redis as JSON lines (--follow for new ones)
  consume        read the feed with a consumer group, at least once (the reference consumer)
  console        serve only the console (sessions from Redis), on console.listen
  export         write a session (or every session in a time range) as HAR, NDJSON or CSV
  schema         print the JSON Schema of the config file

Options:
  -c, --config FILE   config file (default ${DEFAULT_CONFIG})
  -h, --help          help for a command
  -v, --version       print the version

Examples:
  api-sessions start -c config/sensor.yaml
  api-sessions start --demo        # with the bundled demo API and its traffic
  api-sessions check-config -c /etc/api-sessions/sensor.yaml
  api-sessions explain -c config/sensor.yaml traffic.har

Exit codes: 0 ok, 1 invalid config or runtime failure, 2 wrong usage.`,
  start: `Usage: api-sessions start [-c FILE] [--demo [--demo-port PORT] [--demo-traffic on|off]]

Runs the sensor. SIGTERM/SIGINT drain in-flight requests and exit; SIGHUP reloads the config
(an invalid file is refused and the running config stays).

  -c, --config FILE       config file (default ${DEFAULT_CONFIG})
      --demo              also start the bundled demo API (its URL goes to UPSTREAM_URL), a private
                          redis-server when none answers at the config's Redis and REDIS_URL is
                          unset, then send a short demo traffic and print where to look
      --demo-port PORT    the demo API's port on 127.0.0.1 (default 3000; 0 = any free port)
      --demo-traffic off  no demo traffic

config/sensor.yaml takes its ports from PORT (8080), ADMIN_PORT (9091) and CONSOLE_PORT (9090).

Examples:
  api-sessions start -c config/sensor.yaml
  PORT=8081 CONSOLE_PORT=9190 ADMIN_PORT=9191 api-sessions start --demo --demo-port 3100`,
  'check-config': `Usage: api-sessions check-config [-c FILE]

Validates the config. Prints the effective config (defaults filled in, durations in ms, sizes in
bytes, secrets hidden) and exits 0, or prints every error with its YAML path and exits 1.

Example: api-sessions check-config -c config/sensor.yaml`,
  explain: `Usage: api-sessions explain [-c FILE] [--json] INPUT

Runs each request of INPUT through the config's monitored scope, traced parameters and session
rules, exactly as the proxy would, and prints: the application, whether it is monitored, the rule
that fired and the parameters that made the key, the session id, user, role, and every traced
parameter as it would be stored (masked). Nothing is sent anywhere.

INPUT is a HAR file (.har, as browsers' dev tools export it) or a .http file: requests separated
by ### lines, each "METHOD URL", headers, a blank line and an optional body; a line
"HTTP/1.1 200" after it starts the optional response (headers, blank line, body), so response
parameters can be tried too. Samples carry no client IP: 192.0.2.1 stands in. INPUT may be up to
64 MiB and 100000 requests; a HAR of another shape is refused (exit 2).

  -c, --config FILE   config file (default ${DEFAULT_CONFIG})
      --json          one JSON object per request instead of text

Example: api-sessions explain -c config/sensor.yaml examples/login.http`,
  tail: `Usage: api-sessions tail [-c FILE] [--session ID] [--follow] [--count N]

Prints the latest records (--count, default 20, at most 100000; 0: none) from Redis as JSON lines,
oldest first: the global feed, or one session's stream with --session. --follow then prints each new
record as it lands, until interrupted (or until the reader of a pipe goes away). Control characters
are printed as \\uXXXX escapes. Reads the redis section of the config.

Examples:
  api-sessions tail -c config/sensor.yaml --follow
  api-sessions tail --session 2EzzocVS3Eix1jHnGHqPeg-mwsl2x0c --count 1000 > session.ndjson`,
  consume: `Usage: api-sessions consume [-c FILE] --group NAME [--consumer NAME] [--start 0|$] [-o FILE] [--once]

The reference consumer of the feed (docs/redis.md): reads every shard's feed stream (found with
the descriptor key) with the consumer group NAME, writes each record once as a JSON line, and
acknowledges a batch only after it is written (with -o, appended and fsync'ed): at least once,
deduplicated on the record id (also against the end of the -o file, after a crash). Its own
pending entries are replayed at start; entries another consumer of the group left pending longer
than --claim-idle are taken over. Records trimmed away before the group read them are reported on
stderr as {"gap": {...}} lines, and the exit code is then 3. An entry that holds no record (its rec
is not a JSON object with a string id) is reported as a {"skipped": {...}} line, acknowledged and
skipped.

  -c, --config FILE     config file: its redis section (default ${DEFAULT_CONFIG})
      --group NAME      the consumer group (one per downstream tool)
      --consumer NAME   this reader's name in the group; keep it stable (default: the host name)
      --start ID        where a new group starts: 0 = every retained record, $ = new ones, or an entry id (default $)
      --claim-idle D    take over entries pending this long at another consumer (default 60s)
  -o, --output FILE     append to FILE (fsync before acknowledging) instead of stdout
      --once            stop when every stream is read to its end

Exit codes: 0, 1 when Redis cannot be reached or fails (REDIS_UNAVAILABLE, REDIS_ERROR) or the
output cannot be written (OUTPUT_FAILED), 2 for bad usage (an -o that cannot be opened), 3 when a
gap was reported.

Example: api-sessions consume --group siem --start 0 -o /var/lib/siem/apisess.ndjson`,
  console: `Usage: api-sessions console [-c FILE]

Serves the console alone on console.listen (default 127.0.0.1:9090): the web page and the JSON API
over the sessions in Redis, for analysts. It reads only Redis, so one console serves every sensor.
Needs at least one entry in console.tokens. (\`api-sessions start\` also serves it when
console.enabled is true and tokens are configured: set console.enabled: false on the sensors when a
console runs apart.) SIGHUP re-reads the file and starts the console again with it (new tokens,
address, Redis).

Example: CONSOLE_TOKEN=... api-sessions console -c config/sensor.yaml`,
  export: `Usage: api-sessions export [-c FILE] (--session ID | --from T --to T) [--format har|ndjson|csv] [-o FILE]

Writes a session's requests, or those of every session with requests between --from and --to
(epoch ms or ISO 8601), so they outlive the retention: HAR 1.2 (default; opens in browser dev
tools and API clients), NDJSON (one record per line) or CSV. Values stay masked as stored.
Without -o the export goes to stdout. It is streamed (a page of records at a time), each session's
requests in their order, the sessions of a time range by their start.

Examples:
  api-sessions export --session 2EzzocVS3Eix1jHnGHqPeg-mwsl2x0c -o incident-42.har
  api-sessions export --from 2026-11-22T08:00:00Z --to 2026-11-22T09:00:00Z --format ndjson > hour.ndjson`,
  schema: `Usage: api-sessions schema

Prints the JSON Schema of the config file (the one committed as config/sensor.schema.json).`,
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

/** What a client library threw, as one of the catalogue's errors (undefined: not one it knows). */
function known(err: unknown): SensorError | undefined {
  if (err instanceof SensorError) return err
  if (!(err instanceof Error)) return undefined
  const first = err.message.split('\n')[0]!
  // ioredis: an error reply (WRONGTYPE, NOGROUP, ...), or the connection lost while a command ran
  if (err.name === 'ReplyError') return new SensorError('REDIS_ERROR', first, { cause: err })
  // (a review's finding: "Command timed out" and a cluster not ready were INTERNAL, with a stack)
  if (['MaxRetriesPerRequestError', 'ClusterAllFailedError'].includes(err.name) || REDIS_AWAY_MESSAGE.test(first) || /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b/.test(first)) {
    return new SensorError('REDIS_UNAVAILABLE', `the connection to Redis was lost: ${first}`, { cause: err })
  }
  return undefined
}

function fail(thrown: unknown): number {
  // the reader of stdout went away (`api-sessions tail --follow | head -1`): a quiet end
  if (thrown instanceof OutputClosed) return 0
  const err = known(thrown) ?? thrown
  if (err instanceof SensorError) {
    process.stderr.write(`api-sessions: ${err.code}: ${err.message}\n`)
    for (const line of err.details) process.stderr.write(`  ${line}\n`)
    return err.code === 'USAGE' ? 2 : 1
  }
  process.stderr.write(`api-sessions: INTERNAL: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
  return 1
}

async function start(file: string, demo: DemoFlags | undefined): Promise<void> {
  // `workers` > 1: this process supervises (src/workers.ts); each worker runs `start` too
  const cluster = (await import('node:cluster')).default
  if (cluster.isWorker) {
    // its config comes from the primary, never from the file (src/workers.ts)
    const { runWorker, workerFailed } = await import('./workers.ts')
    // a worker leaves SIGHUP to its primary, from its first moment (a terminal's hang-up reaches the
    // whole group; its default action would end a starting worker)
    process.on('SIGHUP', () => {})
    let sensor
    try {
      sensor = await runWorker()
    } catch (err) {
      fail(err)
      return workerFailed(err)
    }
    // a stop signal often comes twice (the whole group's, then the primary's): the second is not "exit now"
    onSignals(sensor.log, { hup: false, secondExits: false })({ close: () => sensor.close(), reload: () => sensor.reloadFromFile() })
    strayRejections(sensor.internalError)
    return
  }
  // the demo (src/demo/run.ts) starts its API and, if needed, a Redis before the config is read
  const extras = demo === undefined ? undefined : await (await import('./demo/run.ts')).prepareDemo({ file, ...demo, env: process.env, write: (line) => process.stderr.write(`${line}\n`) })
  const config = loadConfig(file)
  const { Primary, workerCount } = await import('./workers.ts')
  if (extras === undefined && workerCount(config) > 1) {
    const primary = new Primary(file, config)
    strayRejections((where, err) => primary.log.error({ err, where }, 'internal error caught at a boundary; the process goes on'))
    const started = onSignals(primary.log, { hup: true, secondExits: true })
    await primary.start()
    started({ close: () => primary.close(), reload: () => primary.reloadFromFile() })
    return
  }
  let sensor, addresses
  try {
    sensor = new Sensor({ config, configFile: file })
    strayRejections(sensor.internalError)
    const started = onSignals(sensor.log, { hup: true, secondExits: true })
    addresses = await sensor.start()
    const s = sensor
    started({ close: () => s.close(), reload: () => s.reloadFromFile() })
  } catch (err) {
    // what did start (the admin port, the Redis writer, the demo) would keep the process alive
    await sensor?.close().catch(() => {})
    await extras?.close()
    throw extras === undefined ? err : demoHint(err)
  }
  if (extras !== undefined) void extras.started(addresses, config)
}

/**
 * SIGTERM/SIGINT drain and exit (a second signal exits at once, unless `secondExits` is false);
 * SIGHUP reloads (unless `hup` is false: a worker leaves it to its primary, which hands it the config
 * it validated). Heard from the call on, before the process listens: a signal that comes while it
 * starts would otherwise end it by its default action, with the port already answering. What the
 * signals do is given once started (the returned function); a stop or a reload asked for before
 * then waits for it.
 */
function onSignals(log: Logger, options: { hup: boolean; secondExits: boolean }): (target: SignalTarget) => void {
  let target: SignalTarget | undefined
  const waiting: ((t: SignalTarget) => void)[] = []
  const whenStarted = (act: (t: SignalTarget) => void): void => {
    if (target !== undefined) act(target)
    else waiting.push(act)
  }
  let stopping = false
  const stop = (signal: string): void => {
    if (stopping) {
      if (!options.secondExits) return
      log.warn({ signal }, 'second signal: exiting now')
      process.exit(1)
    }
    stopping = true
    log.info({ signal, ...(target === undefined ? { starting: true } : {}) }, 'stopping')
    whenStarted((t) => {
      t.close().then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'error while stopping')
          process.exit(1)
        },
      )
    })
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGHUP', () => {
    // read in a thread, applied when read (src/config/load-thread.ts); it logs its own refusal
    if (options.hup && !stopping) whenStarted((t) => void t.reload())
  })
  return (t) => {
    target = t
    for (const act of waiting.splice(0)) act(t)
  }
}

interface SignalTarget {
  close(): Promise<void>
  reload(): Promise<boolean>
}

/**
 * The last boundary: a promise rejected with nobody to hear it (a library's own) is counted and
 * logged where `report` says, never the end of the process (node's default for one).
 */
function strayRejections(report: (where: string, err: unknown) => void): void {
  process.on('unhandledRejection', (err) => report('unhandled-rejection', err))
}

export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c', default: DEFAULT_CONFIG },
        demo: { type: 'boolean', default: false },
        'demo-port': { type: 'string' },
        'demo-traffic': { type: 'string', default: 'on' },
        json: { type: 'boolean', default: false },
        session: { type: 'string' },
        follow: { type: 'boolean', short: 'f', default: false },
        count: { type: 'string', default: '20' },
        format: { type: 'string', default: 'har' },
        from: { type: 'string' },
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        group: { type: 'string' },
        consumer: { type: 'string' },
        start: { type: 'string', default: '$' },
        'claim-idle': { type: 'string', default: '60s' },
        once: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    })
  } catch (err) {
    return fail(new SensorError('USAGE', (err as Error).message))
  }
  const { values, positionals } = parsed
  const command = positionals[0] ?? ''
  if (values.version) {
    process.stdout.write(`${version()}\n`)
    return 0
  }
  if (values.help || command === '' || command === 'help') {
    const topic = command === 'help' ? (positionals[1] ?? '') : command
    if (HELP[topic] === undefined) return fail(new SensorError('USAGE', `no help for "${topic}": no such command (see api-sessions --help)`))
    process.stdout.write(`${HELP[topic]}\n`)
    return command === '' && !values.help ? 2 : 0
  }
  try {
    switch (command) {
      case 'start':
        await start(values.config, demoFlags(values))
        return -1 // keeps running
      case 'check-config': {
        const config = loadConfig(values.config)
        process.stdout.write(`# ${values.config} is valid; effective config (durations in ms, sizes in bytes):\n`)
        process.stdout.write(stringify(redactConfig(config)))
        return 0
      }
      case 'explain': {
        const input = positionals[1]
        if (input === undefined) return fail(new SensorError('USAGE', 'explain needs an input file (.har or .http)'))
        const config = loadConfig(values.config)
        let text: string
        try {
          // bounded: a regular file of at most 64 MiB is read whole (a pipe or /dev/zero has no size to check: a review's finding),
          // and its requests are explained in memory
          text = readBoundedFile(input, MAX_EXPLAIN_BYTES).toString('utf8')
        } catch (err) {
          return fail(new SensorError('USAGE', err instanceof FileError ? `cannot read ${err.message}${/: E[A-Z]+$/.test(err.message) ? '' : ' (explain reads a regular file of at most 64 MiB)'}` : `cannot read ${input}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`))
        }
        const samples = /\.har$/i.test(input) || text.trimStart().startsWith('{') ? parseHar(text, input) : parseHttpFile(text, input)
        const hasher = createHasher(config.hashKey ?? ephemeralKey())
        process.stdout.on('error', () => {}) // reported by the write itself (OutputClosed)
        if (config.hashKey === undefined && !values.json) await writeStdout('# no hashKey in the config: session ids and hashes below use a random key\n')
        if (config.redis.shards > 1 && !values.json) await writeStdout(`# redis.shards is ${config.redis.shards}: login continuity links keys of the same shard only; shown below as if one\n`)
        const results = explain(config, hasher, samples)
        for (let i = 0; i < results.length; i++) {
          await writeStdout(values.json ? `${explainedJson(results[i]!)}\n` : `${i === 0 ? '' : '\n'}${formatExplained(results[i]!)}\n`)
        }
        return 0
      }
      case 'tail': {
        const { tail, MAX_TAIL_COUNT } = await import('./sink/tail.ts')
        const count = /^\d{1,7}$/.test(values.count) ? Number(values.count) : Number.NaN
        if (!(count <= MAX_TAIL_COUNT)) return fail(new SensorError('USAGE', `--count must be a whole number from 0 to ${MAX_TAIL_COUNT}, not "${values.count}"`))
        const config = loadConfig(values.config)
        const { connectedRedis } = await import('./sink/redis-client.ts')
        const client = await connectedRedis(config.redis)
        const stop = new AbortController()
        process.once('SIGINT', () => stop.abort())
        process.once('SIGTERM', () => stop.abort())
        process.stdout.on('error', () => {}) // reported by the write itself (OutputClosed: a quiet end)
        try {
          await tail(client, config, { session: values.session, follow: values.follow, count, write: (line) => writeStdout(`${line}\n`), signal: stop.signal })
        } finally {
          client.disconnect()
        }
        return 0
      }
      case 'consume': {
        if (values.group === undefined) return fail(new SensorError('USAGE', 'consume needs --group NAME'))
        const claimIdle = parseDuration(values['claim-idle'])
        if (claimIdle === undefined) return fail(new SensorError('USAGE', `--claim-idle takes a duration (60s), not "${values['claim-idle']}"`))
        if (!/^(0|\$|\d{1,20}(-\d{1,20})?)$/.test(values.start)) return fail(new SensorError('USAGE', `--start takes 0, $ or an entry id (1700000000000-0), not "${values.start}"`))
        const config = loadConfig(values.config)
        const { connectedRedis } = await import('./sink/redis-client.ts')
        const { layoutOf } = await import('./redis/layout.ts')
        const { consume, feedsToRead } = await import('./sink/consume.ts')
        const { ndjsonOutput } = await import('./sink/ndjson-output.ts')
        // the output first: a path that cannot be opened is a usage error, before any connection
        const output = ndjsonOutput(values.output)
        process.stdout.on('error', () => {}) // reported by the write itself
        const stop = new AbortController()
        process.once('SIGINT', () => stop.abort())
        process.once('SIGTERM', () => stop.abort())
        let client
        try {
          client = await connectedRedis(config.redis)
          const { feeds, descriptor, problem } = await feedsToRead(client, config.redis.prefix, () => {
            const layout = layoutOf(config.redis)
            return Array.from({ length: layout.shards }, (_, n) => layout.feed(n))
          })
          if (problem !== undefined) process.stderr.write(`api-sessions: the descriptor at ${config.redis.prefix}descriptor is not followed (${problem}): reading ${feeds.join(', ')} from the config\n`)
          else if (descriptor === undefined) process.stderr.write(`api-sessions: no descriptor at ${config.redis.prefix}descriptor (no sensor has started on this Redis yet?): reading ${feeds.join(', ')} from the config\n`)
          const result = await consume(client, feeds, {
            group: values.group,
            consumer: values.consumer ?? hostname(),
            start: values.start,
            count: 100,
            claimIdleMs: claimIdle,
            pollMs: 1_000,
            write: (records) => output.write(records),
            gap: (report) => process.stderr.write(`${JSON.stringify({ gap: report })}\n`),
            skip: (report) => process.stderr.write(`${JSON.stringify({ skipped: report })}\n`),
            seen: output.seen,
            once: values.once,
            signal: stop.signal,
          })
          return result.gaps > 0 ? 3 : 0
        } finally {
          await output.close()
          client?.disconnect()
        }
      }
      case 'export': {
        const format = values.format
        if (format !== 'har' && format !== 'ndjson' && format !== 'csv') return fail(new SensorError('USAGE', `--format must be har, ndjson or csv, not "${format}"`))
        const time = (v: string | undefined) => (v === undefined ? undefined : /^\d+$/.test(v) ? Number(v) : Date.parse(v))
        const from = time(values.from)
        const to = time(values.to)
        if ((from !== undefined && !Number.isFinite(from)) || (to !== undefined && !Number.isFinite(to))) return fail(new SensorError('USAGE', '--from and --to take epoch ms or ISO 8601 times'))
        if (values.session === undefined && (from === undefined || to === undefined)) return fail(new SensorError('USAGE', 'export needs --session ID, or --from and --to'))
        const config = loadConfig(values.config)
        const { connectedRedis } = await import('./sink/redis-client.ts')
        const { layoutOf } = await import('./redis/layout.ts')
        const { SessionStore } = await import('./console/store.ts')
        const { exportSessions } = await import('./sink/export.ts')
        const { textOutput } = await import('./sink/ndjson-output.ts')
        const output = textOutput(values.output)
        process.stdout.on('error', () => {}) // reported by the write itself
        const client = await connectedRedis(config.redis)
        let complete = false
        try {
          const store = new SessionStore(client, layoutOf(config.redis))
          const sids = values.session !== undefined ? [values.session] : await store.sessionsInRange(from!, to!)
          const written = await exportSessions(store, sids, { from, to, format, version: version(), write: (text) => output.write(text), empty: values.session === undefined })
          complete = true
          if (values.session !== undefined && written === 0) return fail(new SensorError('USAGE', `no records for session ${values.session} (expired, or a wrong id)`))
          if (values.output !== undefined) process.stderr.write(`${written} requests of ${sids.length} session(s) written to ${values.output}\n`)
        } finally {
          // an export cut short leaves the file that was there as it was
          await output.close(complete)
          client.disconnect()
        }
        return 0
      }
      case 'console': {
        const config = loadConfig(values.config)
        if (config.console.tokens.length === 0) return fail(new SensorError('USAGE', 'console.tokens is empty: nobody could sign in'))
        const { createLogger } = await import('./log.ts')
        const { createMetrics } = await import('./metrics.ts')
        const { startConsole } = await import('./console/run.ts')
        const log = createLogger(config.log.level)
        const metrics = createMetrics(true)
        const deps = {
          metrics: async () => ({ contentType: metrics.registry.contentType, text: await metrics.registry.metrics() }),
          internalError: (where: string, err: unknown) => {
            metrics.internalErrors.inc({ where })
            log.error({ err, where }, 'internal error caught at a boundary; the process goes on')
          },
        }
        let running = await startConsole(config, log, deps)
        // SIGHUP: the console alone holds no state, so every key applies: it starts again with the new file
        let reloading = Promise.resolve()
        process.on('SIGHUP', () => {
          reloading = reloading.then(async () => {
            let next
            try {
              // read off the event loop: the console keeps answering meanwhile
              next = (await loadConfigInThread(values.config)).config
              if (next.console.tokens.length === 0) throw new SensorError('USAGE', 'console.tokens is empty: nobody could sign in')
            } catch (err) {
              const e = err as SensorError
              log.error({ code: e.code, details: e.details, reason: e.message }, 'config reload refused; the running config stays')
              return
            }
            await running.close()
            try {
              running = await startConsole(next, log, deps)
              log.level = next.log.level
              log.info('config reloaded')
            } catch (err) {
              log.error({ err }, 'the console could not start with the reloaded config; the running config stays')
              running = await startConsole(running.config, log, deps)
            }
          })
        })
        const stop = () => void reloading.then(() => running.close()).then(() => process.exit(0))
        process.once('SIGTERM', stop)
        process.once('SIGINT', stop)
        return -1
      }
      case 'schema':
        process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`)
        return 0
      default:
        return fail(new SensorError('USAGE', `unknown command "${command}" (see api-sessions --help)`))
    }
  } catch (err) {
    return fail(err)
  }
}

