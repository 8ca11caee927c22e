import t from 'tap'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { NODE_REQUIRED, nodeTooOld } from '../src/node-version.ts'
import { olderNode } from './helpers/node.ts'

t.test('the required Node is the one package.json engines names', async (t) => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> }
  t.equal(pkg.engines.node, `>=${NODE_REQUIRED}`)
  const major = NODE_REQUIRED.split('.')[0]
  t.match(pkg.devDependencies.node, new RegExp(`^\\^${major}\\.`), 'npm ci installs the same major into node_modules/.bin')
})

t.test('nodeTooOld: one line naming the Node found and how to get the one needed', async (t) => {
  for (const ok of [NODE_REQUIRED, '24.11.1', '24.12.0', '25.0.0', '26.10.0', process.versions.node]) t.equal(nodeTooOld(ok, '/x/node'), undefined, ok)
  for (const old of ['24.10.9', '24.0.0', '22.19.0', '20.20.2', '18.19.0']) {
    const line = nodeTooOld(old, '/usr/bin/node')
    t.ok(line !== undefined && !line.includes('\n'), `${old}: one line`)
    t.match(line, `api-sessions: NODE_VERSION: Node.js ${NODE_REQUIRED} or newer is needed, this is ${old} (/usr/bin/node).`)
    t.match(line, 'npm run demo')
    t.match(line, 'nvm install 24')
  }
})


const old = olderNode()
t.test('the entry, run by an older node, prints that one line and exits 1, with no stack from a dependency', {
  skip: old === undefined ? 'no node older than the one required on this machine (/usr/bin/node)' : false,
}, async (t) => {
  if (old === undefined) return
  // the entry and its check as tsc emits them (the commands behind them never load on an old node)
  const dir = t.testdir({})
  for (const name of ['cli', 'node-version']) {
    const out = ts.transpileModule(readFileSync(`src/${name}.ts`, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true, verbatimModuleSyntax: true },
    })
    writeFileSync(join(dir, `${name}.js`), out.outputText)
  }
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}')
  for (const args of [['--version'], ['start', '--demo'], ['check-config', '-c', 'config/sensor.yaml']]) {
    const run = spawnSync(old.path, [join(dir, 'cli.js'), ...args], { encoding: 'utf8' })
    t.equal(run.status, 1, `${old.path} (${old.version}) ${args.join(' ')}: exit 1`)
    t.equal(run.stdout, '')
    t.equal(run.stderr, `${nodeTooOld(old.version, old.path)}\n`, 'exactly the one line')
  }
})
