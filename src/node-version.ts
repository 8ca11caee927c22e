/**
 * Which Node.js the sensor needs, checked by the entry (src/cli.ts) before anything else is loaded.
 * Imports nothing and uses no syntax newer than Node 16's, so it runs on the Node it refuses.
 */

/** The oldest Node.js the sensor runs on; package.json `engines` says the same (a test keeps them in step). */
export const NODE_REQUIRED = '24.11.0'

/** The one line printed on an older Node, or undefined when `version` (process.versions.node) is enough. */
export function nodeTooOld(version: string, execPath: string): string | undefined {
  const have = version.split('.').map(Number)
  const need = NODE_REQUIRED.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const h = have[i] ?? 0
    const n = need[i] ?? 0
    if (h > n) return undefined
    if (h < n) {
      return (
        `api-sessions: NODE_VERSION: Node.js ${NODE_REQUIRED} or newer is needed, this is ${version} (${execPath}). ` +
        'In a clone, npm ci puts Node 24 in node_modules/.bin and npm scripts use it (npm run demo, npm start; npx node dist/cli.js ...); ' +
        'elsewhere install Node.js 24 (nodejs.org, or nvm install 24)'
      )
    }
  }
  return undefined
}
