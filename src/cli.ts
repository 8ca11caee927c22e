#!/usr/bin/env node
/**
 * The `api-sessions` command's entry (bin dist/cli.js): it checks the Node.js version before the
 * commands are loaded. ESM evaluates every static import before the first line of code, and on an
 * older Node a dependency fails inside itself (undici on Node 20: "Cannot read properties of
 * undefined (reading 'bind')") or a module does not even link (node:crypto's `hash` on Node 18),
 * so this file statically imports only the import-free check and loads src/commands.ts after it.
 */
import { nodeTooOld } from './node-version.ts'

const tooOld = nodeTooOld(process.versions.node, process.execPath)
if (tooOld !== undefined) {
  process.stderr.write(`${tooOld}\n`)
  process.exit(1)
}
const { main } = await import('./commands.ts')
const code = await main(process.argv.slice(2))
if (code >= 0) process.exitCode = code
