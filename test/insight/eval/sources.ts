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
 * list, so that one list does not make a class (drawn by hash, deterministic).
 */

export type AttackClass =
  | 'sqli' | 'xss' | 'path_traversal' | 'rce' | 'ssrf' | 'nosqli' | 'ldapi' | 'xxe' | 'jndi'
  | 'ssti' | 'ssi' | 'crlf' | 'open_redirect' | 'scanner'

export type BenignKind =
  | 'prose' | 'names' | 'addresses' | 'urls' | 'emails' | 'code' | 'markdown' | 'json' | 'base64' | 'jwt' | 'api_traffic'

export interface AttackFile {
  path: string
  class: AttackClass
  format: 'lines' | 'markdown'
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
}

interface BenignFile {
  /** a path, or a regular expression (source) over paths when `many` */
  path: string
  many?: boolean
  kind: BenignKind | 'faker-first' | 'faker-last' | 'faker-street' | 'faker-city' | 'faker-domain' | 'csic'
  format: 'lines' | 'paragraphs' | 'code' | 'markdown' | 'strings' | 'json' | 'urls' | 'csic'
  cap?: number
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
