/** The attack detector as a sensor with the default config builds it (the default lives in the schema). */
import { AttackDetector } from '../../src/insight/attacks.ts'
import { testConfig } from './sensor.ts'

export function defaultDetector(): AttackDetector {
  const config = testConfig({ applications: [{ name: 'app', hosts: ['app.test'], upstream: 'http://127.0.0.1:9' }] })
  return new AttackDetector({ maxInspectBytes: config.insight.maxInspectBytes })
}
