/** The machine's own older Node.js, for the tests of what a newcomer with one sees. */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { nodeTooOld } from '../../src/node-version.ts'

/** An older node than the one required, when the machine has one (Debian's nodejs package). */
export function olderNode(): { path: string; version: string } | undefined {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(path)) continue
    const run = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' })
    const version = run.stdout.trim()
    if (run.status === 0 && nodeTooOld(version, path) !== undefined) return { path, version }
  }
  return undefined
}
