/** The demo's command-line flags (`start --demo`), checked; and a hint added to a port error in demo mode. */
import { SensorError } from '../errors.ts'

export interface DemoFlags {
  /** the demo API's port on 127.0.0.1 (0: any free one) */
  port: number
  /** send the demo traffic once the sensor listens */
  traffic: boolean
}

/** --demo-port and --demo-traffic; undefined without --demo. Throws USAGE. */
export function demoFlags(values: { demo: boolean; 'demo-port'?: string | undefined; 'demo-traffic'?: string | undefined }): DemoFlags | undefined {
  const traffic = values['demo-traffic'] ?? 'on'
  if (!values.demo) {
    if (values['demo-port'] !== undefined || traffic !== 'on') throw new SensorError('USAGE', '--demo-port and --demo-traffic go with --demo')
    return undefined
  }
  const port = values['demo-port'] === undefined ? 3000 : Number(values['demo-port'])
  if (values['demo-port']?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SensorError('USAGE', `--demo-port must be a port number (0 for any free one), not "${values['demo-port']}"`)
  }
  if (traffic !== 'on' && traffic !== 'off') throw new SensorError('USAGE', `--demo-traffic is on or off, not "${traffic}"`)
  return { port, traffic: traffic === 'on' }
}

/** A port in use, in the demo: say how the demo config's ports are changed. */
export function demoHint(err: unknown): unknown {
  if (!(err instanceof SensorError) || err.code !== 'LISTEN_FAILED') return err
  return new SensorError('LISTEN_FAILED', err.message.slice(err.message.indexOf(': ') + 2), {
    cause: err.cause,
    details: [...err.details, 'config/sensor.yaml takes its ports from PORT (proxy, 8080), ADMIN_PORT (9091) and CONSOLE_PORT (9090): PORT=8081 ADMIN_PORT=9191 CONSOLE_PORT=9190 npm run demo'],
  })
}
