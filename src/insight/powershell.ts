/**
 * A PowerShell script sent as data (a package manager's commands, a module's functions, an administrator's snippet), recognised line
 * by line so that its own lines (`$apps = @(…) | Where-Object { $_ } | Select-Object -Unique`, `if (!$app) { error '…'; usage; exit 1 }`)
 * are judged as a whole program's are: only what stays an attack inside a program counts there — a download run at once, a reverse
 * shell, an encoded command —, and an injection on its first line (docs/detection.md, "Forty-first round"). Read on the value in small
 * letters, as the detector reads it.
 */

/** PowerShell's own words opening a line: a function's or a script's parameters, a type or an attribute in brackets, a block's keyword */
const PS_DECLARATION = /^[ \t]{0,40}(?:function[ \t]{1,4}[a-z]{2,20}-[a-z][\w]{1,60}\b|param[ \t]{0,4}\(|\[(?:cmdletbinding|parameter|validateset|validatenotnullorempty|outputtype|alias|string|int|switch|bool|hashtable|object|array|pscustomobject|ordered|scriptblock)\b|(?:foreach|elseif)[ \t]{0,4}\([ \t]{0,4}\$|\}[ \t]{0,4}(?:else|elseif|catch|finally)\b|(?:begin|process|end)[ \t]{0,4}\{[ \t]{0,4}$)/
/** a variable's assignment by PowerShell's sigil (`$info.Name = …`, `$x[$k] += 1`, `$script:count = 0`) */
const PS_ASSIGNMENT = /^[ \t]{0,40}\$[a-z_][\w:]{0,60}(?:\.[a-z_]\w{0,60}|\[[^\]\n]{0,80}\]){0,4}[ \t]{0,4}[+-]?=[ \t]/
/** a cmdlet by its approved verb and a noun (`Get-ChildItem`, `Where-Object`, `ConvertTo-Json`) */
const PS_CMDLET = /(?:^|[\s|(;{=])(?:get|set|new|remove|add|clear|select|where|foreach|sort|write|test|invoke|import|export|convertto|convertfrom|out|start|stop|join|split|resolve|format|measure|group|compare|copy|move|rename|read|update|register|unregister|enable|disable|install|uninstall|wait|push|pop|expand|ensure|find|show|use|assert|initialize|confirm|debug|trace)-[a-z]{2,40}\b/
/** (review) a comment's line, `#` or `//` first: no evidence of anything (`# get-help`, three times, made a script of a payload) */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/)/
/** a comparison or a logical operator by PowerShell's dash, beside a variable (`$hash -match '…'`, `-not $x`, `$a -notin @(…)`) */
const PS_OPERATOR = /\$[\w:.]{1,60}[ \t)]{1,4}-(?:eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|imatch|cmatch|contains|notcontains|in|notin|and|or|join|split|replace|is|isnot|as)\b|[(!][ \t]{0,4}-not[ \t]{1,4}\$|\$(?:_|null|true|false|psscriptroot|pscmdlet|psitem|args)\b/

/**
 * What stays an attack inside a PowerShell program: a download run at once (`IEX (New-Object Net.WebClient).DownloadString(…)`,
 * `iwr … | iex`, `Invoke-Expression (Invoke-RestMethod …)`), a reverse shell's socket (`System.Net.Sockets.TCPClient`), a command
 * handed to another PowerShell encoded (`powershell -enc JAB…`), a payload decoded and run (`[Convert]::FromBase64String` then `iex`).
 */
// (review: anything piped into `iex`, `… GetString([Convert]::FromBase64String('…')) | iex`; a download piped into another PowerShell reading its
// commands from standard input, `iwr http://… | powershell -`, `curl.exe -s http://… | powershell -`)
export const POWERSHELL_ATTACK = /\b(?:iex|invoke-expression)\b[^\n]{0,300}?(?:downloadstring|downloaddata|downloadfile|net\.webclient|invoke-webrequest|invoke-restmethod|\b(?:iwr|irm|curl|wget)\b|frombase64string)|\|[ \t]{0,4}(?:iex|invoke-expression)\b|(?:downloadstring|invoke-webrequest|invoke-restmethod|\b(?:iwr|irm|curl(?:\.exe)?|wget)\b)[^\n]{0,300}?\|[ \t]{0,4}(?:powershell|pwsh)(?:\.exe)?\b[^\n|]{0,60}[ \t]-(?=[ \t\n;]|$)|net\.sockets\.tcp(?:client|listener)|\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,100}?[ \t]-(?:e|en|enc|enco|encod|encode|encoded|encodedc|encodedcommand|ec)[ \t]{1,4}[a-z0-9+/=]{16,}/

/**
 * (forty-first round) A PowerShell script, whole or cut from a file: three lines at least, three of them PowerShell's by a declaration,
 * an assignment to a `$` variable, a cmdlet or an operator, and one of those a declaration, a cmdlet or an operator (assignments alone
 * are any language's dressing).
 */
export function powershellProgram(v: string): boolean {
  if (v.length < 40 || v.length > 200_000 || !v.includes('$')) return false
  let lines = 0
  let own = 0
  let strong = 0
  let start = 0
  while (start < v.length && lines < 400) {
    let end = v.indexOf('\n', start)
    if (end === -1) end = v.length
    const line = v.slice(start, Math.min(end, start + 400))
    start = end + 1
    if (line.trim() === '') continue
    lines++
    if (COMMENT_LINE.test(line)) continue
    const declared = PS_DECLARATION.test(line)
    const used = PS_CMDLET.test(line) || PS_OPERATOR.test(line)
    if (declared || used || PS_ASSIGNMENT.test(line)) own++
    if (declared || used) strong++
  }
  return lines >= 3 && own >= 3 && strong >= 1
}

/**
 * A PowerShell array or hashtable of literals (`@(32, 40, 64, 128)`, `@{ '$dir' = $dir; 'x' = 1 }`): numbers, quoted strings, variables,
 * no call and no command — what Razor's `@(…)` would write out or refuse to compile, no expression it runs.
 */
// (review: no template's opening in a quoted item, `@('{{ lipsum.__globals__… }}', 2)` — Jinja renders it)
const PS_ITEM = String.raw`(?:\d{1,12}|'[^'\n{}<>%#@\[]{0,80}'|"[^"\n$\x60({}<>%#@\[]{0,80}"|\$[\w:.]{1,60})`
// (security: the separators are required between items, as PowerShell requires them — with an optional `,` a run of digits or a variable's
// name split into items in exponentially many ways before a missing `)` failed, `$_⏎$_⏎$_⏎@(111…` of 41 characters held the event loop 30 s)
const PS_ENTRY = String.raw`(?:'[^'\n{}<>%#@\[]{0,80}'|"[^"\n$\x60({}<>%#@\[]{0,80}"|[a-z_]\w{0,40})[ \t]{0,4}=[ \t]{0,4}${PS_ITEM}`
export const PS_LITERAL_COLLECTION = new RegExp(String.raw`@\([ \t]{0,4}${PS_ITEM}(?:[ \t]{0,4},[ \t]{0,4}${PS_ITEM}){0,39}[ \t]{0,4}\)|@\{[ \t]{0,4}${PS_ENTRY}(?:[ \t]{0,4};[ \t]{0,4}${PS_ENTRY}){0,39}[ \t]{0,4};?[ \t]{0,4}\}`, 'g')

/**
 * (review) A script's subscript by a variable, `$handlers[$type].containskey($name)`: no query's `[$type]` operator, which a parameter's name
 * carries glued to its `=` (`user[$ne]=1`)
 */
export const PS_INDEX = /\[[ \t]{0,4}\$[a-z_]\w{0,40}[ \t]{0,4}\](?!=)/g

/** The recogniser's patterns, for the ReDoS checks. */
export const POWERSHELL_PATTERNS: readonly RegExp[] = [PS_DECLARATION, PS_ASSIGNMENT, PS_CMDLET, PS_OPERATOR, POWERSHELL_ATTACK, PS_LITERAL_COLLECTION, PS_INDEX, COMMENT_LINE]
