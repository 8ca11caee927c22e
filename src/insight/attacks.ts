/**
 * The attack detector (SPEC §7): which attack classes a request's inputs carry. It reads the path,
 * the query's names and values, the body's values (JSON keys and strings, form fields, multipart
 * parts, XML as a whole) and a few headers, each decoded as an application would (src/insight/
 * decode.ts), lower-cased, and tests per-class signatures that need structure, not keywords: a
 * quote that closes a string and then a tautology, a tag with an event handler, a shell
 * metacharacter and then a command. Precision and recall are measured on a labelled corpus
 * (docs/detection.md). Runs in the writer's batch, never on the request path; all patterns are
 * compiled here once and are linear or bounded (no nested unbounded quantifiers).
 */
import { parseJson, TOO_DEEP } from '../capture/json.ts'
import { DECODE_PATTERNS, decodeValue, jsonStrings, multipartParts, pairsOf } from './decode.ts'
import { ByteScanner, HAS_BLANK, HAS_BYTE, HAS_PAIR } from './byte-scan.ts'
import { memoize } from '../memo.ts'

export const ATTACK_TYPES = ['sqli', 'xss', 'path_traversal', 'rce', 'ssrf', 'nosqli', 'ldapi', 'xxe', 'jndi', 'scanner'] as const
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

// ---- signatures, per class, on decoded lower-case text --------------------------------------------

/** SQL injection: a closed string or number followed by SQL that changes the query. */
const SQLI = [
  // ' or '1'='1   " or ""="   1' or 1=1 --   ') or ('a'='a
  /['"`)]\s*(?:or|and|xor|\|\||&&)\s*(?:\(\s*)?(?:['"`][^'"`]{0,40}['"`]|\d{1,20}|[a-z_][\w.]{0,30})\s*(?:=|<>|!=|[<>]=?\s*['"\d(]|\blike\s*['"%]|\bregexp\s*['"])/,
  // ' or true--   ' or 1--   ' and false#
  /['"`]\s*(?:or|and)\s+(?:not\s+)?(?:true|false|null|\d+)\s*(?:--|#|\/\*|;|$)/,
  // or 1=1   and 2>1   (a bare numeric tautology)
  /\b(?:or|and)\s+(\d{1,10})\s*(?:=\s*\1\b|>\s*\d|<\s*\d)/,
  /\bunion\s+(?:all\s+|distinct\s+)?\(?\s*select\b/,
  // ';drop table   "; exec xp_cmdshell
  /['"`)]\s*;\s*(?:drop|delete|insert|update|select|shutdown|exec|execute|declare|create|alter|truncate|grant|set)\b/,
  /;\s*(?:drop|truncate)\s+(?:table|database|schema)\b/,
  // admin'--   admin'#   x'/*
  /^[^'"`]{0,80}['"`]\s*(?:\)\s*)?(?:--|#|\/\*)/,
  /(?:\b(?:and|or|select|if|case\s+when)\b|['"`(,;])\s*(?:\(\s*)?(?:sleep|pg_sleep|benchmark|randomblob|dbms_pipe\.receive_message)\s*\(/,
  /\bwaitfor\s+(?:delay|time)\s+['"]/,
  /\b(?:extractvalue|updatexml|load_file|utl_inaddr\.get_host_address|dbms_xmlgen|xp_cmdshell|sp_executesql|sp_oacreate)\s*\(/,
  /\binformation_schema\s*\.\s*(?:tables|columns|schemata)\b|\bsys(?:objects|columns|\.tables|\.databases)\b|\bpg_catalog\s*\.|\bmysql\s*\.\s*user\b|@@(?:version|datadir|hostname)\b/,
  /\binto\s+(?:out|dump)file\s+['"]/,
  /['"`)]\s*(?:order|group)\s+by\s+\d+\s*(?:--|#|\/\*|$)/,
  /['"`)]\s*having\s+\d+\s*=\s*\d+|\bgroup\s+by\s+[\w,\s]{1,40}?\s+having\s+\d+\s*=\s*\d+/,
  /\(\s*select\s+(?:\*|count\s*\(|[\w@]+(?:\s*,\s*[\w@]+){0,5}\s+from\b|(?:user|version|database|current_user|@@\w+)\s*\(?)/,
  // 1' rlike (select ...)   (select (case when (1=1) then ...))
  /['"`)]\s*(?:r?like|regexp)\s*\(\s*select\b|\(\s*select\s+(?:\(\s*)?case\s+when\b/,
  /\b(?:convert|cast)\s*\(\s*(?:int|char|varchar|nvarchar)\b|\bchar\s*\(\s*\d{2,3}\s*(?:,\s*\d{2,3}\s*){2,}\)|\bconcat(?:_ws)?\s*\(\s*(?:0x|char\s*\(|@@|user\s*\()/,
]

/** The event handlers an attribute break-out uses (`" onfocus=`), without the "on". */
const HANDLERS = 'mouse\\w{2,8}|load|error|focus\\w{0,3}|blur|click|dblclick|key\\w{2,5}|toggle|start|begin|end|animation\\w{3,10}|transition\\w{3,6}|pointer\\w{2,6}|input|change|submit|wheel|scroll|drag\\w{0,5}|drop|copy|paste|resize|show|play\\w{0,4}|auxclick|contextmenu|message|hashchange|pageshow|beforeunload|unload'

/** Cross-site scripting: markup or script that a browser would run. */
const XSS = [
  /<\/?script\b/,
  /<[a-z][a-z0-9-]{0,20}\b[^>]{0,400}?[\s/"'`]on[a-z]{3,30}\s*=/,
  /<(?:iframe|frame|frameset|object|embed|applet|base|meta|link|svg|math|isindex|template)\b/,
  /<(?:img|image|video|audio|source|input|body|details|marquee|style|form|button|a|div|table|td|x)\b[^>]{0,400}?(?:\bsrc\s*=\s*(?:['"]\s*)?(?:javascript|vbscript|data)\s*:|\bhref\s*=\s*(?:['"]\s*)?(?:javascript|vbscript|data)\s*:|\bformaction\s*=|\bsrcdoc\s*=|\bstyle\s*=\s*['"]?[^'">]{0,200}(?:expression\s*\(|javascript\s*:|-moz-binding))/,
  /(?:^|[\s"'=(])(?:javascript|vbscript|livescript)\s*:\s*[\w$]{1,40}\s*[.(=`]/,
  /^\s*data\s*:\s*text\/html\b|^\s*data\s*:[^,]{0,60};base64,\s*pd9|^\s*data\s*:[^,]{0,40},\s*<\s*script/,
  // " onmouseover=   "/onload=   "autofocus onfocus=   " x=y onclick=
  new RegExp(`['"\`]\\s*(?:\\/\\s*)?on(?:${HANDLERS})\\s*=`),
  new RegExp(`['"\`][\\s/]{0,3}[a-z-]{1,20}(?:\\s*=\\s*\\S{0,30})?[\\s/]{1,3}on(?:${HANDLERS})\\s*=`),
  /['"`]\s*[;)+|&,-]{1,3}\s*(?:alert|prompt|confirm|eval|settimeout|setinterval|fetch|import)\s*[(`]/,
  /\b(?:document\s*\.\s*(?:cookie|domain|write\s*\()|window\s*\.\s*location\s*=|string\s*\.\s*fromcharcode\s*\(|\.innerhtml\s*=)/,
  /\{\{\s*constructor\s*\.\s*constructor\s*\(|\{\{[^}]{0,80}\$on\s*\.\s*constructor|\bng-app\b[^>]{0,200}\{\{/,
  /expression\s*\(\s*(?:alert|eval|document|window)/,
]

/** Path traversal: climbing out of a directory, or naming a sensitive system file. */
const TRAVERSAL = [
  /(?:\.\.[/\\]){2,}|(?:[/\\]\.\.){2,}(?:[/\\]|$)/,
  /\.\.[/\\]{1,2}.{0,60}?(?:etc[/\\](?:passwd|shadow|hosts|group|issue)|win\.ini|boot\.ini|system32|\.ssh[/\\]|\.env\b|proc[/\\]self|web\.config|\.htaccess|\.htpasswd|wp-config\.php|id_rsa)/,
  /(?:^|[^\w.])[/\\]?(?:etc[/\\](?:passwd|shadow|master\.passwd|sudoers)|proc[/\\]self[/\\](?:environ|cmdline|fd|maps|mem)|proc[/\\]\d{1,6}[/\\]environ)\b/,
  /\b[a-z]:[/\\]{1,2}(?:windows|winnt|boot\.ini|inetpub)\b|\bwindows[/\\](?:win\.ini|system\.ini|system32[/\\])/,
  /^file:[/\\]{2,3}(?:etc|proc|windows|c:|var|root|home)\b/,
  /\.\.[/\\][^\0]{0,100}\0|\.\.;[/\\]/,
]

/** Remote code execution: a command after a shell metacharacter, or code handed to an interpreter. */
// The blanks after a metacharacter are bounded ({0,40}): a newline is both, and an unbounded \s* after
// each of 16 KiB of newlines would rescan the rest of the run at every one of them (quadratic).
const RCE = [
  /(?:[;&|`\n]|\$\(|\|\||&&)\s{0,40}(?:cat|more|less|head|tail|nl|tac|xxd|base64)\s+(?:-[a-z]+\s+)*[^\s;&|]{0,40}[/\\](?:etc|proc|var|home|root|tmp|windows|flag)/,
  /(?:[;&|`\n]|\$\(|\|\||&&)\s{0,40}(?:id|whoami|uname(?:\s+-[a-z]+)?|pwd|ifconfig|ipconfig|hostname|ls(?:\s+-[a-z]+)?|printenv|netstat(?:\s+-[a-z]+)?|systeminfo)\s*(?:$|[;&|`#)\n])/,
  /(?:[;&|`\n]|\$\(|\|\||&&)\s{0,40}(?:wget|curl|fetch|lwp-download|tftp)\s+(?:-[a-z-]+\s+(?:\S{1,30}\s+)?){0,4}['"]?(?:https?|ftp|tftp):\/\//,
  /(?:[;&|`\n]|\$\(|\|\||&&)\s{0,40}(?:nc|ncat|netcat|socat|telnet)\s+(?:-[a-z]+\s+){0,4}(?:[\w.-]+\s+\d{1,5}|-e\b|exec:|tcp:)/,
  /(?:[;&|`\n]|\$\(|\|\||&&)\s{0,40}(?:ping|nslookup|dig)\s+(?:-[a-z]+\s+\d*\s*){0,3}[\w-]{1,40}\.[\w.-]{1,60}\s*(?:$|[;&|`#)\n])|(?:[;&|`]|\$\(|\|\||&&)\s*sleep\s+\d{1,3}\s*(?:$|[;&|`#)])/,
  /(?:[;&|`\n]|\$\(|\|\||&&)\s{0,40}(?:bash|sh|zsh|dash|ksh|csh|python[23]?|perl|ruby|php|node|powershell|pwsh|cmd(?:\.exe)?)\s+(?:-[a-z]+\s+){0,3}(?:-[ceirn]\b|\/c\b|['"]|<|-enc|-e\b)/,
  /(?:[;&|`\n]|\$\(|\|\||&&)\s{0,40}\/(?:usr\/)?s?bin\/[a-z]|\/bin\/(?:ba|z|da|k|c)?sh\b|\bbash\s+-i\s*>&|\/dev\/tcp\/\d/,
  /\$\(\s*(?:id|whoami|uname|cat|ls|curl|wget|sleep|echo|nslookup|ping|dig|pwd|hostname)\b|`\s*(?:id|whoami|uname|cat|ls|curl|wget|sleep|nslookup|ping|dig|pwd|hostname)\b[^`]{0,80}`/,
  /\bpowershell(?:\.exe)?\s+(?:-[a-z]+\s+(?:\S{1,20}\s+)?){0,4}(?:-e(?:nc|ncodedcommand)?\s+[a-z0-9+/=]{8}|iex\b|invoke-(?:expression|webrequest)|downloadstring)|\bcmd(?:\.exe)?\s+\/[ck]\s|\bcertutil(?:\.exe)?\s+-urlcache\b/,
  /\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec)\s*\(\s*['"$][^)]{0,100}\)|\beval\s*\(\s*(?:base64_decode|gzinflate|str_rot13|\$_(?:get|post|request|cookie))/,
  /runtime\s*\.\s*getruntime\s*\(\s*\)\s*\.\s*exec|\bjava\.lang\.(?:runtime|processbuilder)\b|new\s+processbuilder\s*\(/,
  /__import__\s*\(\s*['"](?:os|subprocess|pty)['"]|\bos\s*\.\s*(?:system|popen|exec[lv]p?e?)\s*\(|\bsubprocess\s*\.\s*(?:call|popen|run|check_output)\s*\(/,
  /require\s*\(\s*['"]child_process['"]\s*\)|process\s*\.\s*mainmodule\s*\.\s*require|child_process\s*(?:['"]\s*)?\)\s*\.\s*exec/,
  /\{\{\s*\d{1,6}\s*[*+]\s*['"]?\d{1,6}['"]?\s*\}\}|\$\{\s*\d{1,6}\s*[*+]\s*\d{1,6}\s*\}|<%=?\s*\d{1,6}\s*[*+]\s*\d{1,6}\s*%>|#\{\s*\d{1,6}\s*[*+]\s*\d{1,6}\s*\}/,
  /\{\{[^}]{0,80}(?:__class__|__globals__|__builtins__|__subclasses__|__mro__|config\.items|request\.application|self\._templatereference|lipsum\.|cycler\.|joiner\.)|\{%\s*(?:import|include)\s+['"]os/,
  /\(\s*\)\s*\{\s*:\s*;\s*\}\s*;/,
]

/** Server-side request forgery: a URL aimed at the sensor's own network, or at a dangerous scheme. */
const URL_IN_VALUE = /\b([a-z][a-z0-9+.-]{1,15}):\/\/(?:[^/?#@\s]{0,100}@)?(\[[0-9a-f:.]{2,60}\]|[^/?#:\s\\]{0,255})/g
const NESTED_SCHEME = /\b(?:jar|netdoc|phar):[a-z]{2,8}:/
const DANGEROUS_SCHEME = /^(?:gopher|dict|file|ldap|ldaps|jar|netdoc|tftp|phar|expect|sftp)$/
const PRIVATE_HOST = [
  /^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback|0|0\.0\.0\.0)$|\.localhost$/,
  /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$|^10\.\d{1,3}\.\d{1,3}\.\d{1,3}$|^192\.168\.\d{1,3}\.\d{1,3}$|^172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}$|^169\.254\.\d{1,3}\.\d{1,3}$|^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d{1,3}\.\d{1,3}$/,
  /^\[(?:::1?|::ffff:(?:127|10|192\.168|169\.254)[.:][0-9a-f.:]{0,40}|f[cd][0-9a-f]{2}:[0-9a-f:]{0,40}|fe80:[0-9a-f:%\w]{0,40}|0{0,4}(?::0{0,4}){1,6}:0{0,3}1)\]$/,
  // 2130706433, 0x7f000001, 0177.0.0.1, 0x7f.1: integer, hex and octal spellings of an address
  /^(?:\d{8,10}|0x[0-9a-f]{1,8}|0[0-7]{1,3}(?:\.[0-7x]{1,4}){0,3}|0[0-7]{8,11}|0x[0-9a-f]{1,2}(?:\.(?:0x)?[0-9a-f]{1,3}){1,3}|127\.1|127\.0\.1)$/,
  /^(?:metadata|metadata\.google\.internal|metadata\.goog|instance-data|instance-data\.ec2\.internal|metadata\.azure\.com|kubernetes\.default(?:\.svc)?(?:\.cluster\.local)?)$|\.(?:internal|local|intranet|corp|lan)$/,
  /(?:^|\.)(?:localtest\.me|lvh\.me|vcap\.me|(?:127|10|192-168|169-254)[-.][\d.-]{3,15}\.(?:nip\.io|sslip\.io|xip\.io)|burpcollaborator\.net|oastify\.com|interact\.sh|oast\.(?:fun|live|me|site|online|pro)|requestbin\.net|dnslog\.cn|ceye\.io)$/,
]

/** NoSQL (MongoDB-style) operator injection. */
const NOSQL_OPERATORS = new Set(['$ne', '$eq', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$regex', '$where', '$exists', '$or', '$and', '$not', '$nor', '$expr', '$function', '$accumulator', '$elemmatch', '$all', '$size', '$type', '$mod', '$text', '$jsonschema', '$lookup', '$where'])
const NOSQLI = [
  /\[\s*\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|not|nor|expr|function|elemmatch|all|size|type|mod|text)\s*\]/,
  /['"{,]\s*\$(?:ne|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|nor|expr|function|accumulator|elemmatch)['"]?\s*:/,
  /['"]\s*;\s*return\s+(?:true|1|this|db\.)|['"]\s*\|\|\s*['"]?(?:1|a)['"]?\s*==\s*['"]?(?:1|a)|\bthis\s*\.\s*\w{1,40}\s*\.\s*match\s*\(|\bdb\s*\.\s*(?:getcollectionnames|\w{1,40}\s*\.\s*(?:find|drop|remove|insert))\s*\(|['"]\s*&&\s*this\s*\.|\bsleep\s*\(\s*\d+\s*\)\s*(?:['"]\s*)?(?:\|\||&&|;)/,
]

/** LDAP filter injection. */
const LDAPI = [
  /[)*]\s*(?:\)\s*){0,2}\({1,3}\s*(?:[|&!]\s*)?(?:\(\s*){0,3}[a-z][a-z0-9-]{0,40}\s*[~<>]?=\s*\*/,
  /\*\s*\)\s*\(\s*(?:[|&!]\s*)?(?:\(\s*)?[a-z][a-z0-9-]{0,40}\s*[~<>]?=/,
  /\)\s*\(\s*[|&!]\s*\(\s*[|&!]/,
  /\)\s*\(\s*[|&!]\s*\(\s*[a-z][a-z0-9-]{0,40}\s*[~<>]?=/,
  /\(\s*[|&]\s*\(\s*[a-z][a-z0-9-]{0,40}\s*=\s*\*\s*\)/,
  /(?:^|[\w*])\s*\)\s*\(\s*(?:uid|cn|sn|ou|dc|mail|objectclass|userpassword|samaccountname|memberof|givenname|description)\s*[~<>]?=/,
  /\)\s*\(\s*[&|]\s*\)|\*\s*\)\s*\)\s*\(\s*[|&]|\)\s*\)\s*\0/,
]

/** XML external entities and XInclude. */
const XXE = [
  /<!doctype\s[^>[]{0,200}\[\s*<!(?:entity|element|attlist)/,
  /<!entity\s+(?:%\s*)?[\w.:-]{1,60}\s+(?:system|public)\b/,
  /<!entity\s+%/,
  /<!entity\s+[\w.:-]{1,60}\s+['"][^'"]{0,200}&[\w.:-]{1,60};/,
  /\bxmlns:xi\s*=\s*['"]https?:\/\/www\.w3\.org\/2001\/xinclude|<\s*xi:include\b/,
  /<!doctype\s[^>]{0,200}\bsystem\s+['"](?:file|https?|ftp|php|expect|jar|gopher|netdoc|data):/,
  // an external DTD by PUBLIC id, unless it is the W3C's own (an XHTML document's doctype)
  /<!doctype\s[^>]{0,200}\bpublic\s+['"][^'"]{0,200}['"]\s*['"](?:(?:file|ftp|php|expect|jar|gopher|netdoc|data):|https?:\/\/(?!www\.w3\.org\/))/,
]

/** Log4Shell: a JNDI lookup, after the lookups that hide it are resolved. */
const JNDI = /\$\{\s*jndi\s*:\s*(?:ldaps?|rmi|dns|iiop|corba|nds|nis|http|https)?\s*:?/
const JNDI_HIDDEN = /\$\{(?:lower:|upper:|::-|[a-z]{1,10}:[^${}:]{0,40}:-|date:'?)([^${}']{0,12})'?\}/g

/** Scanner user agents and the paths scanners probe for. */
const SCANNER_AGENT =
  /\b(?:sqlmap|nikto|nmap|nessus|openvas|acunetix|netsparker|invicti|w3af|wpscan|dirbuster|gobuster|dirb|ffuf|feroxbuster|wfuzz|nuclei|masscan|zgrab|zmeu|arachni|skipfish|burp(?:suite| collaborator)|appscan|webinspect|qualys|jaeles|whatweb|wapiti|commix|xsstrike|havij|paros|owasp[ -]zap|zap\/\d|hydra|fimap|joomscan|droopescan|cmsmap|httpx - open-source|interactsh|censysinspect|netcraft ssl|l9scan|l9explore|xray\/|goby|fuzz faster u fool)\b/
const SCANNER_PATH =
  /^\/(?:\.env(?:\.[\w.-]{1,20})?$|\.git\/|\.svn\/|\.hg\/|\.bzr\/|\.ds_store$|\.aws\/|\.ssh\/|\.htpasswd$|\.htaccess$|\.idea\/|\.vscode\/|\.docker\/|\.kube\/|id_[rd]sa$|wp-admin\/(?:install|setup-config)\.php|wp-config\.php|xmlrpc\.php$|(?:phpmyadmin|pma|myadmin|phpmyadmin\d?|mysqladmin|dbadmin)(?:\/|$)|cgi-bin\/(?:php|test|printenv|test-cgi|luci|\.%2e)|actuator\/(?:env|heapdump|gateway|jolokia|threaddump|logfile|configprops|mappings)|server-status$|server-info$|web\.config$|config\.php\.bak$|(?:backup|dump|database|db|site)\.(?:sql|zip|tar\.gz|tgz|bak)$|boaform\/|hnap1\/?$|vendor\/phpunit\/|solr\/admin|manager\/html|jmx-console|invoker\/jmxinvokerservlet|_ignition\/execute-solution|telescope\/requests|api\/jsonws\/invoke|remote\/fgt_lang|\+cscoe\+\/|owa\/auth\/x\.js|autodiscover\/autodiscover\.json|console\/(?:css|images)\/%252e|\.well-known\/\.\.|debug\/pprof|_profiler\/phpinfo|phpinfo\.php$|info\.php$|shell\.php$|cmd\.php$|c99\.php$|r57\.php$|webshell|elmah\.axd$|trace\.axd$)/


// ---- the detector ---------------------------------------------------------------------------------

const SQL_COMMENT = /\/\*[^*]{0,200}\*\//g
/** Browsers drop tabs and newlines inside a URL's scheme (`jav&#x09;ascript:`): XSS is tried without them too. */
const URL_BLANK = /[\t\n\r]/
const URL_BLANKS = /[\t\n\r]/g
const BOUNDARY = /boundary="?([^";]{1,200})"?/

/**
 * What a value must contain for a class's signatures to have a chance: most values skip most classes.
 * Each gate is the union of its class's anchors (a quote followed by what the SQL signatures need
 * after one, a shell metacharacter followed by a command they name...), so that an apostrophe in a
 * name, a "&" in prose or a price in dollars does not run a whole class's signatures.
 */
const GATE = {
  // after a quote or ")": a boolean, a statement separator, a comment, ORDER/GROUP BY, HAVING; else a keyword
  sqli: /['"`)]\s*(?:\)\s*)?(?:or|and|xor|\|\||&&|;|--|#|\/\*|order|group|having)|\b(?:or|and)\s+\d|\b(?:union|select|sleep|pg_sleep|benchmark|randomblob|dbms_\w+|waitfor|extractvalue|updatexml|load_file|utl_inaddr|xp_cmdshell|sp_executesql|sp_oacreate|information_schema|sys\w*|pg_catalog|mysql|into|having|convert|cast|char|concat(?:_ws)?|drop|truncate)\b|@@/,
  // a tag; a quote then a handler or an operator; a script URL; DOM sinks; Angular templates
  xss: /<|['"`]\s*(?:(?:\/\s*)?on[a-z]|[;)+|&,-])|\bon[a-z]{3,30}\s*=|script\s*:|data\s*:|document\s*\.|window\s*\.|fromcharcode|innerhtml|\{\{|expression\s*\(/,
  traversal: /\.\.|etc[/\\]|proc[/\\]|windows|winnt|inetpub|\.ini\b|file:|\0/,
  // a metacharacter then a command the signatures name; shells, interpreters and sinks; template expressions
  rce: /(?:[;&|`\n]|\$\()\s{0,40}(?:cat|more|less|head|tail|nl|tac|xxd|base64|id|whoami|uname|pwd|ifconfig|ipconfig|hostname|ls|printenv|netstat|systeminfo|wget|curl|fetch|lwp-download|tftp|nc|ncat|netcat|socat|telnet|ping|nslookup|dig|sleep|bash|sh|zsh|dash|ksh|csh|python|perl|ruby|php|node|powershell|pwsh|cmd|echo)|bin\/|\/dev\/|\bbash\b|runtime|java\.lang|processbuilder|__import__|\bos\s*\.|subprocess|child_process|mainmodule|powershell|\bcmd\b|certutil|\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|eval)\s*\(|[{$#]\{|\{%|<%|\(\s*\)\s*\{/,
  // an operator name after "$", or $where JavaScript
  nosqli: /\$(?:ne|eq|gt|lt|in|nin|regex|where|exists|or|and|not|nor|expr|function|accumulator|elemmatch|all|size|type|mod|text)|\bthis\s*\.|\bdb\s*\.|\breturn\b|sleep\s*\(|\|\||==|&&/,
  // a closing parenthesis (or "*") then an opening one, a filter operator between parentheses, "))" then NUL
  ldapi: /[)*]\s*(?:\)\s*){0,2}\(|\(\s*[|&]\s*\(|\)\s*\)\s*\0/,
}

/**
 * The characters, or (in a value with a space or a slash) the words, without which no signature
 * above can match: a value free of them is skipped. Two tests, because a word alternation tried at
 * every position of a long plain value costs more than all the rest of the detector.
 */
const SPECIAL = /['"`<>;|&$(){}\\*%#=:\n\0]/
const WORDS = /\b(?:or|and|union|select|sleep|etc|proc|windows)\b/i
/** The same for a whole JSON text, leaving out JSON's own syntax (a quote inside a value is `\"`). */
const JSON_SPECIAL = /['`<>;|&$()\\*%#=\n\0]/
const hasSignals = (text: string, special: RegExp) =>
  special.test(text) || text.includes('..') || text.includes('//') || ((text.includes(' ') || text.includes('/')) && WORDS.test(text))
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
const BYTES = new ByteScanner([byteSet(`'"\`<>;|&$(){}\\*%#=:\n\0`), byteSet(`'\`<>;|&$()\\*%#=\n\0`)])
function suspiciousBytes(body: Buffer, set: number): boolean {
  const found = BYTES.scan(body, set)
  if ((found & (HAS_BYTE | HAS_PAIR)) !== 0) return true
  return (found & HAS_BLANK) !== 0 && WORDS.test(body.toString('latin1'))
}

/** Every regex the detector uses, decoding's included, for the ReDoS test. */
export const ATTACK_PATTERNS: readonly RegExp[] = [
  ...SQLI, ...XSS, ...TRAVERSAL, ...RCE, ...PRIVATE_HOST, ...NOSQLI, ...LDAPI, ...XXE,
  ...Object.values(GATE), SPECIAL, JSON_SPECIAL, WORDS, URL_IN_VALUE, NESTED_SCHEME, DANGEROUS_SCHEME, JNDI, JNDI_HIDDEN, SCANNER_AGENT, SCANNER_PATH,
  SQL_COMMENT, URL_BLANK, URL_BLANKS, BOUNDARY, ...DECODE_PATTERNS,
]

/** Where a value came from: SSRF is judged on values only, not on the path or the page's own URL. */
const VALUE = 0
const PATH = 1
const PAGE_URL = 2
type Mode = typeof VALUE | typeof PATH | typeof PAGE_URL

/** verdicts kept per kind of input, and the longest input kept */
const MAX_VERDICTS = 4_096
const MAX_VERDICT_KEY = 512

const INSPECTED_HEADERS = ['user-agent', 'referer', 'cookie', 'x-forwarded-for', 'x-forwarded-host', 'x-original-url', 'x-rewrite-url', 'x-api-version', 'origin'] as const
const BIT: Record<AttackType, number> = Object.fromEntries(ATTACK_TYPES.map((t, i) => [t, 1 << i])) as Record<AttackType, number>
const anyOf = (patterns: readonly RegExp[], v: string) => {
  for (const p of patterns) if (p.test(v)) return true
  return false
}

function resolveLookups(v: string): string {
  let s = v
  for (let i = 0; i < 6 && s.includes('${'); i++) {
    const next = s.replace(JNDI_HIDDEN, '$1')
    if (next === s) break
    s = next
  }
  return s
}

function ssrf(v: string): boolean {
  if (!v.includes('://')) return NESTED_SCHEME.test(v)
  if (NESTED_SCHEME.test(v)) return true
  URL_IN_VALUE.lastIndex = 0
  for (let m = URL_IN_VALUE.exec(v); m !== null; m = URL_IN_VALUE.exec(v)) {
    if (DANGEROUS_SCHEME.test(m[1]!)) return true
    const host = m[2]!.endsWith('.') ? m[2]!.slice(0, -1) : m[2]!
    if (anyOf(PRIVATE_HOST, host)) return true
  }
  return false
}

function headerText(value: string | string[] | undefined): string {
  return value === undefined ? '' : Array.isArray(value) ? value.join('\n') : value
}

export class AttackDetector {
  readonly #maxInspectBytes: number
  /** user agents repeat across requests (and a browser's is full of `;` and `(`) */
  readonly #agent = memoize((raw) => {
    const text = decodeValue(raw)
    return (SCANNER_AGENT.test(text.toLowerCase()) ? BIT.scanner : 0) | this.#value(text, VALUE)
  }, MAX_VERDICTS, MAX_VERDICT_KEY)
  /** so do paths: traversal, scanners' probes, and everything a value can carry (path parameters) */
  readonly #path = memoize((raw) => {
    const path = decodeValue(raw)
    return (SCANNER_PATH.test(path.toLowerCase()) ? BIT.scanner : 0) | this.#value(path, PATH)
  }, MAX_VERDICTS, MAX_VERDICT_KEY)

  constructor(options: { maxInspectBytes?: number } = {}) {
    this.#maxInspectBytes = options.maxInspectBytes ?? 16_384
  }

  detect(inputs: AttackInputs): AttackType[] {
    let found = this.#path(inputs.path)

    const raw: string[] = []
    pairsOf(inputs.query.length > this.#maxInspectBytes ? inputs.query.slice(0, this.#maxInspectBytes) : inputs.query, raw)
    for (const r of raw) found |= this.#value(decodeValue(r, true), VALUE)

    const body = inputs.body
    if (body !== null && body.length > 0) found |= this.#body(body, headerText(inputs.headers['content-type']).toLowerCase())

    for (const name of INSPECTED_HEADERS) {
      const v = inputs.headers[name]
      if (v === undefined) continue
      if (name === 'cookie') {
        // each cookie's value, as the application reads it
        for (const c of headerText(v).split(';')) {
          const eq = c.indexOf('=')
          if (eq !== -1) found |= this.#value(decodeValue(c.slice(eq + 1).trim()), VALUE)
        }
        continue
      }
      if (name === 'user-agent') {
        found |= this.#agent(headerText(v))
        continue
      }
      // the browser's own page URL: a local one is no forgery
      found |= this.#value(decodeValue(headerText(v)), name === 'referer' || name === 'origin' ? PAGE_URL : VALUE)
    }
    // Log4Shell hides in any header
    if ((found & BIT.jndi) === 0) {
      for (const name in inputs.headers) {
        const v = headerText(inputs.headers[name])
        if (v.includes('${') || v.includes('%24%7b') || v.includes('%24%7B')) {
          if (JNDI.test(resolveLookups(decodeValue(v).toLowerCase()))) {
            found |= BIT.jndi
            break
          }
        }
      }
    }
    if (found === 0) return []
    const out: AttackType[] = []
    for (const t of ATTACK_TYPES) if (found & BIT[t]) out.push(t)
    return out
  }

  #body(whole: Buffer, type: string): number {
    const body = whole.length > this.#maxInspectBytes ? whole.subarray(0, this.#maxInspectBytes) : whole
    const json = type.includes('json') || (type === '' && (body[0] === 0x7b || body[0] === 0x5b))
    // nothing suspicious anywhere in the bytes: no value can be, and nothing need be decoded or parsed
    if (!suspiciousBytes(body, json ? JSON_SPECIAL_BYTES : SPECIAL_BYTES)) return 0
    const text = body.toString('utf8')
    let found = 0
    if (json) {
      if (!suspiciousJson(text)) return 0
      const values = new Set<string>()
      const keys = new Set<string>()
      const doc = parseJson(text)
      // cut at maxInspectBytes, not JSON after all, or nested past the ceiling: read it as text
      if (doc === undefined || doc === TOO_DEEP) values.add(text)
      else jsonStrings(doc, values, keys)
      for (const k of keys) {
        if (k.charCodeAt(0) === 36 && NOSQL_OPERATORS.has(k.toLowerCase())) found |= BIT.nosqli
        else found |= this.#value(decodeValue(k), VALUE)
      }
      for (const v of values) found |= this.#value(decodeValue(v), VALUE)
      return found
    }
    const values: string[] = []
    if (type.includes('x-www-form-urlencoded')) {
      pairsOf(text, values)
      for (const v of values) found |= this.#value(decodeValue(v, true), VALUE)
      return found
    }
    if (type.startsWith('multipart/')) {
      const boundary = BOUNDARY.exec(type)?.[1] ?? ''
      multipartParts(text, boundary, values)
      for (const v of values) found |= this.#value(decodeValue(v), VALUE)
      return found
    }
    return this.#value(decodeValue(text), VALUE)
  }

  /** The classes one decoded value carries. */
  #value(decoded: string, mode: Mode): number {
    if (decoded.length < 2 || !suspicious(decoded)) return 0
    const v = decoded.toLowerCase()
    let found = 0
    // each class only where the characters or words it needs are present
    if (GATE.sqli.test(v) || v.includes('/*')) {
      if (anyOf(SQLI, v)) found |= BIT.sqli
      else if (v.includes('/*')) {
        // SQL comments hide keywords: un/**/ion se/**/lect, or/**/1=1
        if (anyOf(SQLI, v.replace(SQL_COMMENT, ' ')) || anyOf(SQLI, v.replace(SQL_COMMENT, ''))) found |= BIT.sqli
      }
    }
    if (GATE.xss.test(v) && (anyOf(XSS, v) || (URL_BLANK.test(v) && anyOf(XSS, v.replace(URL_BLANKS, ''))))) found |= BIT.xss
    if (GATE.traversal.test(v) && anyOf(TRAVERSAL, v)) found |= BIT.path_traversal
    if (GATE.rce.test(v) && anyOf(RCE, v)) found |= BIT.rce
    if (mode === VALUE && ssrf(v)) found |= BIT.ssrf
    if (GATE.nosqli.test(v) && anyOf(NOSQLI, v)) found |= BIT.nosqli
    if (v.includes(')') && GATE.ldapi.test(v) && anyOf(LDAPI, v)) found |= BIT.ldapi
    if ((v.includes('<!') || v.includes('xi:')) && anyOf(XXE, v)) found |= BIT.xxe
    if (v.includes('${') && JNDI.test(resolveLookups(v))) found |= BIT.jndi
    // the URL or file an entity or a lookup names is that attack's payload, not another attack
    if (found & BIT.xxe) found &= ~(BIT.ssrf | BIT.path_traversal)
    if (found & BIT.jndi) found &= ~BIT.ssrf
    return found
  }
}
