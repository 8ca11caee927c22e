/**
 * SQL injection judged on tokens (docs/detection.md): a value is lexed as SQL the way a database
 * would read it once spliced into a query — as it is (a number or bare word in the query), and after
 * a single or double quote (inside a string literal the value's own quote closes) — and the token
 * sequence that follows the point where the value leaves its literal is judged: a boolean operator
 * and an operand (`' or ''-'`, `1'OR'a='a`), a comment that cuts the query after a breakout
 * (`admin'--`), a stacked or appended statement (`'; drop table`, `' union select`, ` ORDER BY 18--`),
 * an arithmetic join to a SQL function (`'+ SLEEP(10) + '`), a value list closed into a statement
 * (`'),NULL)waitfor delay`). The idea is libinjection's (lex the value in the language it attacks,
 * in each context a value can sit in); the lexer, the contexts and the rules here are our own.
 *
 * Linear in the value's length (one pass per context, at most 3 passes; at most MAX_TOKENS tokens
 * judged), no regular expression with backtracking.
 */

/** token kinds */
const STR = 1 // 'a' "a" `a` (open when the value ends inside it)
const NUM = 2
const WORD = 3 // a bare word (identifier or keyword)
const VAR = 4 // @x @@x
const OP = 5 // = < > + - * / % ^ | & ! ~ : (and their pairs)
const LPAR = 6
const RPAR = 7
const COMMA = 8
const SEMI = 9
const COMMENT = 10 // -- # or an unclosed /*
const DOT = 11
const OTHER = 12

interface Token {
  kind: number
  /** lower-case text of words and operators; a string's content */
  text: string
  /** a string the value ended inside of */
  open: boolean
  /** a word directly followed by "(" (a function call) */
  call: boolean
}

const MAX_TOKENS = 48
/** line comments the lexer reads past (SQL after a line break), per value */
const MAX_LINE_COMMENTS = 8

const LOGIC = new Set(['or', 'and', 'xor', '||', '&&', 'div', 'not'])
const COMPARE = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '<=>', 'like', 'rlike', 'regexp', 'in', 'between', 'is', 'sounds', 'glob', 'match'])
const ARITH = new Set(['+', '-', '*', '/', '%', '^', '|', '&', '||', 'div', 'mod'])
// words SQL reads as a value without parentheses (`now`, `version`, `pi` need them: "and now, my child" is prose)
const LITERAL_WORDS = new Set(['null', 'true', 'false', 'current_user', 'user', 'sysdate', 'rownum', 'current_timestamp', 'current_date', 'localtimestamp'])
/** (thirty-ninth round) Oracle's packages that reach files, the network, the host, Java or other sessions */
// (fifth review: not the everyday `dbms_lob`, `dbms_sql`, `dbms_job`, `dbms_aq` of a PL/SQL script)
const ORACLE_REACH = new Set(['utl_file', 'utl_http', 'utl_inaddr', 'utl_tcp', 'utl_smtp', 'utl_mail', 'utl_dbws', 'dbms_java', 'dbms_scheduler', 'dbms_xmlgen', 'dbms_xmlquery', 'dbms_ldap', 'dbms_pipe', 'dbms_lock', 'dbms_advisor', 'dbms_export_extension'])
/** (review of the thirty-ninth round) names an engine reads as a value without parentheses, beside LITERAL_WORDS (PostgreSQL's, MariaDB's, SQLite's, T-SQL's) */
const NILADIC = new Set(['session_user', 'system_user', 'current_role', 'current_schema', 'current_catalog', 'current_time', 'localtime', 'utc_time', 'utc_date', 'utc_timestamp', 'current_path', 'current_database', 'sql_mode'])
/** Functions that only SQL calls: after a breakout and an operator they are an injection. */
const SQL_FUNCTIONS = new Set([
  'sleep', 'pg_sleep', 'benchmark', 'waitfor', 'randomblob', 'char', 'chr', 'nchar', 'concat', 'concat_ws', 'group_concat', 'ascii', 'ord', 'substring', 'substr', 'mid',
  'version', 'database', 'user', 'current_user', 'system_user', 'session_user', 'user_name', 'db_name', 'schema', 'extractvalue', 'updatexml', 'load_file', 'hex', 'unhex',
  'md5', 'sha1', 'if', 'iif', 'ifnull', 'isnull', 'nullif', 'coalesce', 'case', 'cast', 'convert', 'count', 'length', 'len', 'upper', 'lower', 'exists', 'make_set', 'elt',
  'utl_inaddr', 'utl_http', 'dbms_pipe', 'dbms_lock', 'user_lock', 'dbms_xmlgen', 'xmltype', 'ctxsys', 'sys', 'rpad', 'lpad', 'replace', 'reverse', 'like', 'glob', 'json_keys',
  'row', 'name_const', 'polygon', 'geometrycollection', 'multipoint', 'exp', 'floor', 'rand', 'gtid_subset', 'procedure', 'select',
  // (twenty-third round) window functions: `' OR ROW_NUMBER() OVER(ORDER BY 1)=1--`
  'row_number', 'dense_rank', 'ntile', 'first_value', 'last_value',
  // (twenty-ninth round) SQLite's own
  'sqlite_version', 'sqlite_source_id', 'randomblob', 'zeroblob', 'typeof',
])
/**
 * A query typed as a value (a question about SQL, a report's field) starts with one of these: it is
 * an injection only when it probes — UNION, a delay, the catalog, a tautology, stacking, files.
 */
/** What GRANT and REVOKE list before ON (`grant select, insert on …`). */
const PRIVILEGES = new Set('all select insert update delete execute usage create alter drop references index trigger file process reload super connect temporary temp truncate'.split(' '))
const DATA_STATEMENT = new Set(['select', 'insert', 'update', 'delete', 'copy', 'with'])
const PROBE_WORDS = new Set(['union', 'sleep', 'pg_sleep', 'benchmark', 'waitfor', 'information_schema', 'sysobjects', 'syscolumns', 'sysusers', 'pg_shadow', 'pg_user', 'load_file', 'outfile', 'dumpfile', 'version', 'current_user', 'current_setting', 'user', 'database', 'system_user', 'session_user', 'xp_cmdshell', 'sysibm', 'syscat', 'dual', 'all_tables', 'user_tables', 'v$version', 'sysservers', 'sysdatabases'])
/** probe words that probe only called: bare, a column's name (`version`, `database`; review: not `user`, PostgreSQL's and T-SQL's niladic function) */
const CALLED_PROBES = new Set(['version', 'database'])
function probes(t: readonly Token[]): boolean {
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!
    // (sixty-first round, the spent hundred-and-forty-sixth part's: a migration's `SELECT evergreen.upgrade_deps_block_check('0898',
    // :eg_version);`, `INSERT INTO config.upgrade_log (version) VALUES ('0531'); --gmc`) the statement's own closing `;`, nothing after it
    // but a comment, stacks nothing: only a `;` with a statement after it is stacking
    // (review: not a comment hiding a later line, a carriage return's or past the lexer's reach, `--\rdelete from users;`; nor COPY's, whose
    // files are read or written whatever its `;`, `copy t from E'/srv/.env';`)
    if (x.kind === VAR || (x.kind === SEMI && (t[0]!.text === 'copy' || (t[i + 1] !== undefined && !(t[i + 1]!.kind === COMMENT && !t[i + 1]!.open && t[i + 2] === undefined))))) return true
    // (sixty-first round, the same part's: `INSERT INTO config.upgrade_log (version) VALUES …`) a server's version or database read by a
    // call, `version()`, `database()`: the bare word is a column's name as often
    if (x.kind === WORD && ((PROBE_WORDS.has(x.text) && (x.call || !CALLED_PROBES.has(x.text))) || x.text.startsWith('sys') || x.text.startsWith('pg_') || x.text.startsWith('xp_'))) return true
    if (x.kind === NUM && x.text.startsWith('0x')) return true
    if (x.kind === WORD && (x.text === 'or' || x.text === 'and') && t[i + 1]?.kind === NUM && t[i + 2]?.text === '=' && t[i + 3]?.text === t[i + 1]!.text) return true
    // a string tautology (or '1' = '1') and a character read out of a column (or ascii(substring(username,1,1))=97)
    if (x.kind === WORD && (x.text === 'or' || x.text === 'and') && t[i + 1]?.kind === STR && t[i + 2]?.text === '=' && t[i + 3]?.kind === STR && t[i + 3]!.text === t[i + 1]!.text) return true
    if (x.kind === WORD && (x.text === 'or' || x.text === 'and') && t[i + 1]?.kind === WORD && t[i + 1]!.call && EXTRACTION.has(t[i + 1]!.text)) return true
  }
  return false
}
/** Functions that read a column out one character or one length at a time (blind extraction). */
const EXTRACTION = new Set(['ascii', 'ord', 'substring', 'substr', 'mid', 'length', 'len', 'unicode'])

/** Words after which a call is an expression SQL evaluates: `case when … then pg_sleep(25)`, `select sleep(5)`. */
// (twenty-third round: and a clause's condition, `1' HAVING SLEEP(5)--`)
const CALL_CONTEXT = new Set(['then', 'else', 'when', 'select', 'return', 'do', 'having', 'where'])
/** Calls that only an injection makes (delays, out-of-band and error-based extraction). */
const TIME_FUNCTIONS = new Set(['sleep', 'pg_sleep', 'benchmark', 'randomblob', 'dbms_pipe', 'dbms_lock', 'user_lock', 'extractvalue', 'updatexml', 'load_file', 'utl_inaddr', 'utl_http', 'xp_cmdshell', 'sp_executesql'])
/**
 * (forty-first round) names that are a database's functions and never its packages or schemas: dotted, they qualify another name; (forty-second
 * round) assigned on a program's line with its names for arguments, they are the program's own (attacks.ts's `OWN_SQL_CALL`)
 */
export const SQL_ONLY_FUNCTIONS: readonly string[] = ['sleep', 'pg_sleep', 'benchmark', 'randomblob', 'load_file', 'extractvalue', 'updatexml']
const FUNCTION_ONLY = new Set(SQL_ONLY_FUNCTIONS)

/** (review) `(a, b, c)` at `j`: names parted by commas, as a COPY's list of columns */
function columnList(t: readonly Token[], j: number): boolean {
  for (let k = j + 1; ; k += 2) {
    if (t[k]?.kind !== WORD) return false
    if (t[k + 1]?.kind === RPAR) return true
    if (t[k + 1]?.kind !== COMMA) return false
  }
}

/** What follows a new account's name in MySQL's, PostgreSQL's, SQL Server's and Oracle's statements. */
const ACCOUNT_OPTIONS = new Set(['identified', 'with', 'password', 'from', 'for', 'default', 'account', 'require', 'in', 'nologin', 'login', 'superuser', 'nosuperuser', 'createdb', 'nocreatedb', 'createrole', 'nocreaterole', 'valid', 'profile', 'quota', 'comment', 'attribute', 'encrypted', 'unencrypted', 'without', 'inherit', 'noinherit', 'replication', 'noreplication', 'bypassrls', 'nobypassrls', 'connection', 'sysid', 'role', 'admin'])
/** Whether a token of `kind` comes before token `i` (no copy of the tokens): a `;`, a value's breakout (a string), a comment. */
function kindBefore(t: readonly Token[], i: number, kind: number): boolean {
  for (let k = 0; k < i; k++) if (t[k]!.kind === kind) return true
  return false
}
/** Words that start a statement, each with what must follow it for it to be SQL and not English. */
function statementAt(t: readonly Token[], i: number): boolean {
  const a = t[i]
  if (a === undefined || a.kind !== WORD) return false
  const b = t[i + 1]
  const c = t[i + 2]
  const w = (x: Token | undefined) => (x !== undefined && x.kind === WORD ? x.text : '')
  switch (a.text) {
    case 'union': {
      let j = i + 1
      if (w(t[j]) === 'all' || w(t[j]) === 'distinct' || w(t[j]) === 'distinctrow') j++
      // union select, union (select …), union((select …)): the parentheses a query may open around its select
      for (let n = 0; n < 3 && t[j]?.kind === LPAR; n++) j++
      return w(t[j]) === 'select'
    }
    case 'select':
      return selectAt(t, i)
    case 'insert':
      // insert into t (a, b) values (...)  insert into t select ...
      return w(b) === 'into' && c?.kind === WORD && ((t[i + 3]?.kind === LPAR) || ['values', 'select', 'value', 'set'].includes(w(t[i + 3])))
    case 'update':
      return b?.kind === WORD && w(c) === 'set' && t[i + 3]?.kind === WORD && t[i + 4]?.text === '='
    case 'delete': {
      // delete from t [where ...]: then the end, a separator, a comment or a clause
      if (w(b) !== 'from' || c?.kind !== WORD) return false
      const n = t[operandEnd(t, i + 2)]
      return n === undefined || n.kind === SEMI || n.kind === COMMENT || ['where', 'limit', 'order', 'returning', 'using'].includes(w(n))
    }
    case 'drop':
    case 'truncate':
    case 'alter':
      return ['table', 'database', 'schema', 'user', 'view', 'procedure', 'function', 'index', 'login'].includes(w(b))
    case 'create': {
      // (thirty-second round) an account's name, then its options or the statement's end: not English (`Create user home directory`)
      // (review: a statement after a separator is one whatever follows, `1; CREATE USER evil INHERIT`; a name in brackets or backticks is a name)
      if ((w(b) === 'user' || w(b) === 'login') && !kindBefore(t, i, SEMI)) {
        const d = t[i + 3]
        return c !== undefined && (c.kind !== WORD || w(c) === 'if' || (d === undefined || d.kind === SEMI || d.kind === COMMENT || d.kind === STR || d.text === '@' || ACCOUNT_OPTIONS.has(w(d))))
      }
      if (w(b) === 'user' || w(b) === 'login') return true
      return ['table', 'database', 'schema', 'view', 'procedure', 'function', 'trigger'].includes(w(b))
    }
    case 'exec':
    case 'execute':
      // (fifteenth round) dynamic SQL in parentheses runs a string or a variable (`exec('sel'+'ect …')`, `exec(@q)`): a
      // method called with names (`async execute(method, request, options) {`) is a program's, and (twenty-eighth round) so is a
      // string then more arguments (Perl's `exec("mail", "-s", $title)`: dynamic SQL takes one string)
      return b !== undefined && (b.kind === VAR || (b.kind === LPAR && (c === undefined || (c.kind === STR && t[i + 3]?.kind !== COMMA) || c.kind === VAR || c.kind === LPAR)) || b.call || /^(?:master|xp_|sp_|sys|dbo|immediate)/.test(b.text))
    case 'declare':
      return b?.kind === VAR
    case 'set':
      return b?.kind === VAR && c?.kind === OP && c.text === '='
    case 'waitfor':
      return w(b) === 'delay' || w(b) === 'time'
    case 'shutdown':
      return b === undefined || b.kind === SEMI || b.kind === COMMENT || w(b) === 'with'
    case 'grant':
    case 'revoke':
    case 'deny':
      // (twenty-fifth round) a list of privileges, not any word before a comma (`Grant it, since you cite it`)
      return b?.kind === WORD && (w(c) === 'to' || w(c) === 'on' || (c?.kind === COMMA && PRIVILEGES.has(b.text)))
    case 'order':
    case 'group': {
      // order by 1-- / order by 1,2 / order by sleep(5) / group by x having 1=1
      if (w(b) !== 'by' || c === undefined) return false
      if (c.kind === NUM || c.call) return endsClause(t, operandEnd(t, i + 2))
      // (thirty-ninth round) a sub-query as the key, then the clause's end, after a value's breakout: `' order by (select 1) --+` (review:
      // not T-SQL's own `ORDER BY (SELECT NULL)` written in an answer)
      if (c.kind === LPAR && w(t[i + 3]) === 'select' && selectAt(t, i + 3) && kindBefore(t, i, STR)) return endsClause(t, operandEnd(t, i + 2))
      return c.kind === WORD && (t[i + 3] === undefined ? false : t[i + 3]!.kind === COMMENT || w(t[i + 3]) === 'having' || ((w(t[i + 3]) === 'asc' || w(t[i + 3]) === 'desc') && t[i + 4]?.kind === COMMENT))
    }
    case 'having':
    case 'where':
      return comparisonAt(t, i + 1)
    case 'limit':
      return b?.kind === NUM && (c === undefined || c.kind === COMMA || c.kind === COMMENT || c.kind === SEMI || w(c) === 'offset' || w(c) === 'into' || w(c) === 'procedure')
    case 'into':
      return w(b) === 'outfile' || w(b) === 'dumpfile' || (b?.kind === VAR && (c === undefined || c.kind === COMMENT || c.kind === SEMI))
    case 'procedure':
      return w(b) === 'analyse' || w(b) === 'analyze'
    case 'if':
    case 'while': {
      // T-SQL's condition then a statement: ';if 1=1 drop table users--  '; while 1=1 shutdown--
      if (!comparisonAt(t, i + 1)) return false
      const k = operandEnd(t, operandEnd(t, i + 1) + 1)
      return k > i + 3 && statementAt(t, k)
    }
    case 'print':
      return b?.kind === VAR
    case 'begin':
      // begin dbms_lock.sleep(5); end-- (Oracle's block around a delay)
      // (thirty-ninth round: or around any of Oracle's packages' procedures, `begin utl_file.put_line(utl_file.fopen('dir','s.php','w'),…);
      // end;--`, or a statement, `begin insert into temp values (…); commit; end;`)
      // (review: after a separator only, `'; BEGIN …`, not a block written whole, `BEGIN DBMS_OUTPUT.PUT_LINE('Hello World'); END;`, nor T-SQL's
      // `IF @x = 1 BEGIN UPDATE …`; and only the packages that reach files, the network, the host or other sessions; fifth review: a
      // statement only after a value's breakout, not T-SQL's `SET NOCOUNT ON;⏎BEGIN⏎  UPDATE …`)
      return w(b) === 'declare' || w(b) === 'exec' || w(b) === 'execute' || ((w(b) === 'dbms_lock' || w(b) === 'user_lock' || w(b) === 'dbms_pipe') && b?.call === true) ||
        (t[i - 1]?.kind === SEMI && ((b?.call === true && ORACLE_REACH.has(b.text)) || (w(b) !== 'begin' && kindBefore(t, i, STR) && statementAt(t, i + 1))))
    case 'returning':
      // (thirty-ninth round) PostgreSQL's returning clause given a sub-query, after a value's breakout: `test') returning (select secret from
      // credentials where service='internal_api')::text -- -`
      // (a query that reads a table, then the value's end, a cast or a comment: not "returning (select few) items")
      if (b?.kind !== LPAR || w(c) !== 'select' || !selectAt(t, i + 2)) return false
      for (let k = i + 3, end = operandEnd(t, i + 1); k < end; k++) {
        if (w(t[k]) !== 'from') continue
        let n = end
        if (t[n]?.kind === OP && t[n]!.text === '::' && t[n + 1]?.kind === WORD) n += 2
        return t[n] === undefined || t[n]!.kind === COMMENT || t[n]!.kind === SEMI
      }
      return false
    case 'copy':
      // (nineteenth round) PostgreSQL's copy of a query's rows to a program or a file: copy (select '') to program 'nslookup …'
      // (twenty-sixth round) a table's columns listed too: copy users(names) from '\\\\host\\share'
      // (review: a list of names, `(name, email)`: `copy this (the whole file) to the folder` is prose)
      if (b?.kind === WORD && (t[i + 2]?.kind !== LPAR || columnList(t, i + 2))) {
        const after = w(t[operandEnd(t, i + 1)])
        if (after === 'from' || after === 'to') return true
      }
      return b?.kind === LPAR && w(c) === 'select' && copiedOut(t, i + 1)
    case 'call':
      // a stored routine called after a separator: ;call regexp_substring(repeat(…),null) (a name of a
      // system's routine, with an underscore, a dot or a dollar: `; call mom (later)` is prose)
      // (thirty-seventh round) not a value's first word, a program's statement (Fortran's and Visual Basic's `call get_value(table,
      // "library", self%library)`): no query takes a statement where a value goes without a separator before it (review: a routine
      // given names alone is still one, `1;call purge_users(localtime);` emptied a table on MariaDB, `current_schema` on PostgreSQL)
      return i > 0 && b?.kind === WORD && b.call === true && /[_.$]/.test(b.text)
    case 'iif':
      // Access's and T-SQL's conditional on a number compared with a number: ;iif(7011=2522,1,1/0)
      return a.call === true && b?.kind === LPAR && c?.kind === NUM && t[i + 3]?.text === '=' && t[i + 4]?.kind === NUM
    default:
      return false
  }
}

/**
 * (review of the nineteenth round) Whether the call at `k` (through the calls enclosing it: `ascii(substring((select …`)
 * opens an expression of its own: at the value's start, after an operator, a quote or a bracket, or after a logic or a
 * conditional word (`' and ascii(…`, `if length((select …`). Not in a typed query's select list or after a sentence's
 * word: `SELECT COALESCE((SELECT max(id) FROM t), 0)`, `Why does SELECT CAST((SELECT 1) AS INT) work?` are SQL written
 * as SQL, a sub-query as a function's argument being ordinary there.
 */
function callOpens(t: readonly Token[], k: number): boolean {
  let j = k - 1
  while (j >= 1 && t[j]!.kind === LPAR && t[j - 1]!.call) j -= 2
  if (j < 0) return true
  const p = t[j]!
  if (p.kind === COMMA) return false
  return p.kind !== WORD || LOGIC.has(p.text) || CONDITIONAL_WORDS.has(p.text)
}
const CONDITIONAL_WORDS = new Set(['if', 'when', 'then', 'else', 'case', 'elt', 'iif'])

/** After a query in parentheses (`copy (select …)`), `to` or `from` then a program, a file's name or standard output. */
function copiedOut(t: readonly Token[], i: number): boolean {
  const j = operandEnd(t, i)
  const to = t[j]
  const what = t[j + 1]
  return to !== undefined && to.kind === WORD && (to.text === 'to' || to.text === 'from') && what !== undefined && (what.kind === STR || (what.kind === WORD && (what.text === 'program' || what.text === 'stdout' || what.text === 'stdin')))
}

/**
 * (nineteenth round) After a breakout and `;`, a statement of any kind cut by a comment at the value's end: a stacked
 * query (`1'; SHOW TABLES--`, `1'; UNLOCK TABLES--`, `1'; NULLIF(1,1)--`): words, literals, operators and parentheses
 * only, at most 16 tokens, the first a statement's keyword or one of SQL's functions.
 */
function stackedCut(t: readonly Token[], i: number): boolean {
  const n = t.length
  const first = t[i]
  // (twenty-third round: up to 48 tokens, a stacked query with sub-queries, `'; SELECT * FROM (SELECT …) PIVOT (…) --`)
  if (first === undefined || first.kind !== WORD || !(STACKED.has(first.text) || SQL_FUNCTIONS.has(first.text)) || n - i > 48 || n >= MAX_TOKENS) return false
  const last = t[n - 1]!
  if (last.kind !== COMMENT || n - 1 <= i) return false
  // (twenty-third round: the statement closed by its own `;` before the comment, `'; KILL CONNECTION_ID(); --`)
  const end = t[n - 2]!.kind === SEMI && n - 2 > i ? n - 2 : n - 1
  for (let j = i + 1; j < end; j++) if (t[j]!.kind === OTHER || t[j]!.kind === SEMI || t[j]!.kind === COMMENT) return false
  return true
}

/** (twenty-third round) `col = value[, col = value]… WHERE` from `i`: an UPDATE's SET list and its condition. */
function setContinued(t: readonly Token[], i: number): boolean {
  let j = i
  for (let n = 0; n < 8; n++) {
    if (t[j]?.kind !== WORD || t[j]!.call || t[j + 1]?.text !== '=' || !isOperand(t[j + 2])) return false
    j = operandEnd(t, j + 2)
    if (t[j]?.kind === COMMA) {
      j++
      continue
    }
    return t[j]?.kind === WORD && t[j]!.text === 'where'
  }
  return false
}

/** (review of the twenty-third round) The statements a number then `;` stacks in a numeric context's payloads: they alter, end or run something. */
const NUMERIC_STACKED = new Set('drop truncate delete insert alter create grant revoke shutdown kill exec execute declare waitfor backup restore dbcc attach pragma vacuum reconfigure'.split(' '))

/** What a stacked statement starts with, in SQL's dialects (besides SQL's functions). */
const STACKED = new Set('deny show describe desc explain commit rollback unlock lock set end use savepoint release start begin analyze optimize repair flush kill handler load rename create alter drop truncate grant revoke select with values call exec execute do prepare deallocate reset purge shutdown vacuum reindex pragma attach detach backup restore dbcc bulk merge replace insert update delete declare open close fetch print raiserror waitfor chain interval reconfigure refresh'.split(' '))

/** Words after which a select list or a table name may stop. */
const CLAUSE = new Set(['from', 'where', 'order', 'group', 'having', 'limit', 'union', 'into', 'join', 'inner', 'left', 'right', 'outer', 'cross', 'as', 'offset', 'procedure', 'for', 'and', 'or', 'fetch', 'with'])
/** (thirty-eighth round) Words a query or a statement continues: a select after them is the query's own. */
const BEFORE_QUERY = new Set([...LOGIC, ...COMPARE, ...CLAUSE, ...CONDITIONAL_WORDS, ...CALL_CONTEXT, ...'intersect except minus exists any some all returns declare begin table go on by values value exec execute set end mod distinct using lateral view cursor loop while explain describe desc prepare escape collate over partition window qualify top percent'.split(' ')])

/**
 * `select <list> [from <tables>]` that reads as SQL to its end: a list of operands, columns and `*`,
 * then `from` and table names, then the end, a separator, a comment or another clause. English that
 * starts with "select" ("Select 3 options", "SELECT * FROM users is slow, any idea?") does not.
 */
function selectAt(t: readonly Token[], i: number): boolean {
  let j = i + 1
  if (t[j]?.kind === WORD && (t[j]!.text === 'distinct' || t[j]!.text === 'all')) j++
  if (t[j]?.kind === WORD && t[j]!.text === 'top' && t[j + 1]?.kind === NUM) j += 2
  let items = 0
  let strong = false
  /** (thirty-ninth round) the list is one plain name (no call, no value SQL reads alone) */
  let plainName = false
  for (;;) {
    let x = t[j]
    if (x === undefined) break
    // (thirty-fourth round) a dashboard's variable or macro as an item, `$car_id`, `$__time(date)`: the name after its `$`
    if (x.kind === OTHER && x.text === '$' && t[j + 1]?.kind === WORD) x = t[++j]!
    if (x.kind === OP && x.text === '*') {
      j++
      strong = true
    } else if (isOperand(x) || x.kind === WORD) {
      if (x.kind === WORD && CLAUSE.has(x.text)) break
      // (thirty-eighth round: not one number in parentheses after a word no query is continued by, a device's `Input Select (1)`, which
      // selects nothing a database holds; review: a name there reads one, `intersect select (session_user)`)
      strong ||= x.kind === VAR || x.call || (x.kind === LPAR && !(items === 0 && t[i - 1]?.kind === WORD && !BEFORE_QUERY.has(t[i - 1]!.text) && t[j + 1]?.kind === NUM && t[j + 2]?.kind === RPAR)) || (x.kind === WORD && LITERAL_WORDS.has(x.text))
      const start = j
      j = operandEnd(t, j)
      // arithmetic and concatenation inside an item: 'a'||'b', char(88)+char(88)
      // (thirty-fourth round: a product by a number, `cast(setting as numeric) * 8 * 1024`)
      while (t[j] !== undefined && (t[j]!.kind === OP || (t[j]!.kind === WORD && ARITH.has(t[j]!.text))) && (t[j]!.text !== '*' || t[j + 1]?.kind === NUM) && t[j + 1] !== undefined && (isOperand(t[j + 1]) || t[j + 1]!.kind === WORD)) j = operandEnd(t, j + 1)
      // (thirty-ninth round) one token alone, a plain name no engine reads as a value (review: decided after the operators an item takes in,
      // `select session_user||(select password from users limit 1);` is no plain name)
      plainName = items === 0 && j === start + 1 && x.kind === WORD && !x.call && !LITERAL_WORDS.has(x.text) && !NILADIC.has(x.text)
      // (thirty-fourth round: or a quoted alias, a dashboard's `sum(x) AS "Size"`)
      if (t[j]?.kind === WORD && t[j]!.text === 'as' && (t[j + 1]?.kind === WORD || (t[j + 1]?.kind === STR && !t[j + 1]!.open))) j += 2
    } else break
    items++
    if (t[j]?.kind !== COMMA) break
    strong = true
    j++
  }
  if (items === 0) return false
  const next = t[j]
  if (next === undefined) return strong
  // (thirty-ninth round) but not one plain name then `;` after a word no query is continued by: a command's own `select`, OpenOCD's
  // `transport select swd;`, a form's "please select one;" — no database reads a column alone out of nothing
  // (second review: and no comment in the value, which an engine may read otherwise — PostgreSQL's `#` an operator, MariaDB's `--0` two
  // minus signs — `logs select a #>> '{}' from (select to_jsonb(password) a from users) t⏎;--`; fifth review: nor one read as blanks,
  // the same without its last `--`)
  if (next.kind === SEMI) return strong || !(items === 1 && plainName && t[i - 1]?.kind === WORD && !BEFORE_QUERY.has(t[i - 1]!.text) && !kindBefore(t, t.length, COMMENT) && !BLANKED_COMMENT.has(t as Token[]))
  if (next.kind === COMMENT || next.kind === RPAR) return strong || items > 0
  if (next.kind !== WORD) return false
  if (next.text !== 'from') return CLAUSE.has(next.text) && next.text !== 'as' && next.text !== 'and' && next.text !== 'or' && (strong || next.text === 'into' || next.text === 'union')
  // from <table>[, <table>] then the end or another clause
  j++
  for (;;) {
    const x = t[j]
    if (x === undefined || !(x.kind === WORD || x.kind === LPAR || x.kind === VAR)) return false
    j = operandEnd(t, j)
    // master..sysservers
    while (t[j]?.kind === DOT) j++
    if (t[j]?.kind === WORD && !CLAUSE.has(t[j]!.text) && t[j - 1]?.kind !== DOT) j++ // an alias
    else if (t[j]?.kind === WORD && t[j]!.text === 'as' && t[j + 1]?.kind === WORD && !CLAUSE.has(t[j + 1]!.text)) j += 2 // an alias after `as`: rdb$fields as t1
    if (t[j]?.kind === WORD && t[j - 1]?.kind === DOT) j = operandEnd(t, j)
    if (t[j]?.kind !== COMMA) break
    j++
  }
  const tail = t[j]
  return tail === undefined || tail.kind === SEMI || tail.kind === COMMENT || tail.kind === RPAR || (tail.kind === WORD && CLAUSE.has(tail.text) && tail.text !== 'as') || (tail.kind === STR && tail.open && tail.text.trim() === '')
}

/** After `order by n`: the end, a comment, a separator, more columns, or more SQL. */
function endsClause(t: readonly Token[], i: number): boolean {
  let j = i
  while (t[j]?.kind === COMMA && (t[j + 1]?.kind === NUM || t[j + 1]?.kind === WORD)) j = operandEnd(t, j + 1)
  if (t[j]?.kind === COMMA && (t[j + 1] === undefined || t[j + 1]!.kind === COMMENT)) j++
  const n = t[j]
  return n === undefined || n.kind === COMMENT || n.kind === SEMI || n.kind === RPAR || (n.kind === WORD && ['asc', 'desc', 'limit', 'procedure', 'into', 'union', 'and', 'or', 'having'].includes(n.text)) || (n.kind === STR && n.open && n.text === '')
}

const isOperand = (x: Token | undefined) =>
  x !== undefined && (x.kind === STR || x.kind === NUM || x.kind === VAR || x.kind === LPAR || (x.kind === WORD && (x.call || LITERAL_WORDS.has(x.text) || x.text === 'not' || x.text === 'exists')))

/** Where an operand may stop: the end, a comment, a separator, an operator, a closing parenthesis. */
const isBoundary = (x: Token | undefined) =>
  x === undefined || x.kind === COMMENT || x.kind === SEMI || x.kind === RPAR || x.kind === OP || x.kind === COMMA || (x.kind === WORD && (LOGIC.has(x.text) || COMPARE.has(x.text) || ARITH.has(x.text))) || (x.kind === STR && x.open)

/** Index after an operand starting at i (a call is skipped to its closing parenthesis), or -1. */
/** Where a value list's continuation from `i` ends (`,0,0` or, with `words`, `,NULL,a`): each item a comma then an operand (or a word). */
function listEnd(t: readonly Token[], i: number, words: boolean): number {
  let j = i
  while (t[j]?.kind === COMMA && (isOperand(t[j + 1]) || (words && t[j + 1]?.kind === WORD))) j = operandEnd(t, j + 1)
  return j
}
function operandEnd(t: readonly Token[], i: number): number {
  const x = t[i]
  if (x === undefined) return -1
  if (x.kind === WORD && x.call) {
    let depth = 0
    for (let j = i + 1; j < t.length; j++) {
      if (t[j]!.kind === LPAR) depth++
      else if (t[j]!.kind === RPAR && --depth === 0) return j + 1
    }
    return t.length
  }
  if (x.kind === LPAR) {
    let depth = 0
    for (let j = i; j < t.length; j++) {
      if (t[j]!.kind === LPAR) depth++
      else if (t[j]!.kind === RPAR && --depth === 0) return j + 1
    }
    return t.length
  }
  // a dotted name: members.email, sys.user$
  let j = i + 1
  while (t[j]?.kind === DOT && (t[j + 1]?.kind === WORD || t[j + 1]?.kind === NUM)) j += 2
  return j
}

/** `x = y`, `x like y`, `x is null`, `x in (...)`: an operand, a comparison, an operand. */
function comparisonAt(t: readonly Token[], i: number): boolean {
  const a = t[i]
  if (a === undefined || !(isOperand(a) || a.kind === WORD)) return false
  let j = operandEnd(t, i)
  // (twenty-fifth round) the left operand an arithmetic expression: `and 1/0=1--`, an error-based probe's division by zero
  for (let n = 0; n < 4 && t[j]?.kind === OP && ARITH.has(t[j]!.text) && t[j]!.text !== '|' && t[j]!.text !== '&' && isOperand(t[j + 1]); n++) j = operandEnd(t, j + 1)
  const op = t[j]
  if (op === undefined) return false
  const opText = op.kind === OP || op.kind === WORD ? op.text : ''
  if (!COMPARE.has(opText)) return false
  return rightOperand(t, j)
}

/** What a comparison at `j` needs on its right: `in (`, `is null`, `like 'x'`, `= anything`. */
function rightOperand(t: readonly Token[], j: number): boolean {
  const op = t[j]!.text
  const b = t[j + 1]
  if (b === undefined) return false
  // (twenty-fifth round) `is [not]` then what SQL compares that way (`"Is not she…` opens a question)
  if (op === 'is') {
    const c = b.text === 'not' ? t[j + 2] : b
    return c !== undefined && (IS_OPERANDS.has(c.text) || c.kind === NUM || c.kind === STR)
  }
  if (op === 'sounds' && b.text === 'like') return t[j + 2] !== undefined && isOperand(t[j + 2])
  if (op === 'in') return b.kind === LPAR
  if (op === 'between') return isOperand(b) && b.kind !== LPAR
  if (t[j]!.kind === WORD) return isOperand(b) // like, rlike, regexp, sounds, glob, match
  return isOperand(b) || b.kind === WORD || signedNumber(t, j + 1)
}
const IS_OPERANDS = new Set(['null', 'true', 'false', 'unknown', 'distinct'])
/** (nineteenth round) A number with its sign, `-1`, which the lexer reads as an operator then a number. */
const signedNumber = (t: readonly Token[], j: number) => t[j]?.kind === OP && (t[j].text === '-' || t[j].text === '+') && t[j + 1]?.kind === NUM

/**
 * (thirty-sixth round) A word "called" with nothing but plain words, two of them side by side that no SQL puts so (`or jukujikun (special
 * kanji reading)`, a dictionary's gloss): a parenthesis in a sentence, no function's arguments. SQL's own functions are calls whatever
 * their arguments, and so is any call a comment or a `;` cuts the query after (`') or f(a b)--`). (Review: not with anything else inside —
 * a nested call, a string, a number, an operator, a comma: `instr(binary concat((select pass …)),'s3')`, `starts_with(x::character
 * varying,'s')` and `xmlexists('…' passing by value query_to_xml(…))` read another table's data; and `binary`, a cast's and an interval's
 * words stand beside another word in SQL.)
 */
function wordsCalledWith(t: readonly Token[], j: number): boolean {
  if (t[j + 1]?.kind !== LPAR) return false
  if (glossedInitialism(t, j)) return true
  let side = false
  for (let k = j + 2; k < t.length; k++) {
    const y = t[k]!
    if (y.kind === RPAR) return side
    if (y.kind !== WORD || y.call) return false
    side ||= !ARGUMENT_WORDS.has(y.text) && t[k + 1]?.kind === WORD && !t[k + 1]!.call && !ARGUMENT_WORDS.has(t[k + 1]!.text)
  }
  return false
}

/**
 * (thirty-seventh round) A phrase's initialism glossed after it, `Profit and Loss (P&L), quarterly`: the parenthesis holds the initials
 * of the words on each side of `and` or `or`, joined by `&`, and ends the value or an item of a list. (Review: not any two short words —
 * `1 and abs(pin&pin)*(pw like 's%')` reads a password bit by bit —, nor one an operator, a sub-query or a comment goes on from.)
 */
function glossedInitialism(t: readonly Token[], j: number): boolean {
  const w = t[j - 2]
  const x = t[j]!
  const a = t[j + 2]
  const b = t[j + 4]
  const after = t[j + 6]
  return w?.kind === WORD && !w.call && t[j - 1]?.kind === WORD && a?.kind === WORD && a.text.length === 1 && a.text === w.text[0] &&
    t[j + 3]?.kind === OP && t[j + 3]!.text === '&' && b?.kind === WORD && b.text.length === 1 && b.text === x.text[0] && t[j + 5]?.kind === RPAR &&
    (after === undefined || (after.kind === COMMA && plainItems(t, j + 7)) || (after.kind === DOT && t[j + 7] === undefined))
}
const AFTER_GLOSS = new Set([...LOGIC, ...COMPARE, ...STACKED, 'union', 'from', 'where', 'having', 'order', 'group', 'limit', 'into', 'procedure'])
/** (review) The rest of a list after a gloss: names and words, commas, hyphens and dots — no call, literal, parenthesis, comment or SQL word. */
function plainItems(t: readonly Token[], k: number): boolean {
  for (; k < t.length; k++) {
    const y = t[k]!
    if (y.kind === WORD ? y.call || AFTER_GLOSS.has(y.text) : !(y.kind === COMMA || y.kind === DOT || (y.kind === OP && y.text === '-'))) return false
  }
  return true
}

/** A logic operator, then an operand that is SQL: a literal, a call, a comparison, a sub-query. */
function logicAt(t: readonly Token[], i: number, breakout: boolean): boolean {
  const op = t[i]
  if (op === undefined || !((op.kind === WORD || op.kind === OP) && LOGIC.has(op.text) && op.text !== 'not')) return false
  let j = i + 1
  if (t[j]?.kind === WORD && t[j]!.text === 'not') j++
  // (forty-eighth round) after a breakout, `exists` given no sub-query (`') OR EXISTS SLEEP(5)`, `" OR EXISTS 1=1/**/`): a probe written for
  // a grammar that wants one, judged by the operand after it
  if (breakout && t[j]?.kind === WORD && t[j]!.text === 'exists' && t[j + 1]?.kind !== LPAR) j++
  // (or -1=-1: the sign is the number's)
  if (signedNumber(t, j)) j++
  const x = t[j]
  if (x === undefined) return false
  if (x.kind === WORD && !x.call && !LITERAL_WORDS.has(x.text)) {
    // a column: only with a comparison after it (`or x=y`, `and id is null`)
    return comparisonAt(t, j) || (x.text === 'exists' && t[j + 1]?.kind === LPAR)
  }
  if (!isOperand(x)) return false
  if (comparisonAt(t, j)) return true
  if (x.kind === WORD && x.call) {
    const end = t[operandEnd(t, j)]
    return SQL_FUNCTIONS.has(x.text) || (isBoundary(end) && (end?.kind === COMMENT || end?.kind === SEMI || !wordsCalledWith(t, j)))
  }
  if (x.kind === LPAR) return (t[j + 1]?.kind === WORD && t[j + 1]!.text === 'select') || comparisonAt(t, j + 1) || (breakout && isOperand(t[j + 1]))
  // a literal: after a breakout, anything ('1'or'a='a is an error probe); else a comment or more SQL after it
  if (breakout && (x.kind === STR || x.kind === NUM)) return true
  const k = operandEnd(t, j)
  const after = t[k]
  if (breakout) return isBoundary(after)
  // (twenty-fifth round) a comparison needs its right side (`WebAssembly or "wasm" is a new format` compares nothing)
  return after !== undefined && (after.kind === COMMENT || after.kind === SEMI || ((after.kind === WORD || after.kind === OP) && (LOGIC.has(after.text) || (COMPARE.has(after.text) && rightOperand(t, k)))))
}

/** The literal a breakout closes, when the weaker rules may apply: a short value, not prose or code. */
const VALUE_LIKE = /^[\w@.$ %*:+-]{0,40}$/
/** …and not text ending on a word and a blank, where a quotation opens (`contains "--" in the 3rd position`). */
const QUOTATION = /[a-z]{2} $/
/** What a sentence goes on with after a quoted word: punctuation, or a blank and a word, and no comparison to the end. */
const PROSE_AFTER_QUOTE = /^(?:[.,;:!?)]|[ \t]{1,3}[a-z]{2})[^=<>]{0,300}$/
function blanks(s: string): number {
  let n = 0
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++
  return n
}
/** Words that operate on a value in SQL's dialects, after which a comment cuts the query. */
const OPERATOR_WORDS = new Set(['not', 'collate', 'notnull', 'isnull', 'ilike', 'similar', 'escape', 'sounds', 'glob', 'like', 'rlike', 'regexp', 'mod', 'div', 'is', 'between', 'in', 'match'])
/** The words that may stand beside another word in a call's arguments (`cast(x as int)`, `extract(year from d)`, `trim(both 'x' from y)`). */
const ARGUMENT_WORDS = new Set([...CLAUSE, ...LOGIC, ...COMPARE, ...OPERATOR_WORDS, ...DATA_STATEMENT, ...'using distinct all both leading trailing separator by asc desc over partition within nulls first last interval escape similar to then when else end case exists any some top on rows range preceding following unbounded current row filter ignore respect binary passing value character varying double precision time zone day hour minute second year month week quarter microsecond'.split(' ')])
/** Where an operand may end in a statement: a boundary, or a clause. */
const endsOperand = (t: readonly Token[], j: number) => {
  const y = t[j]
  return isBoundary(y) || (y !== undefined && y.kind === WORD && CLAUSE.has(y.text))
}

/**
 * The SQL after the point where a value leaves its literal (or from its start, in the bare context).
 * `breakout` says a quote was closed: then less is needed (a comment or a comparison suffices).
 */
function sqlFollows(t: readonly Token[], start: number, breakout: boolean, firstString: Token | undefined): boolean {
  let i = start
  let closed = 0
  while (t[i]?.kind === RPAR && closed < 10) {
    i++
    closed++
  }
  let x = t[i]
  if (x === undefined) return false
  // (select ...)  ((select ...
  if (x.kind === LPAR) {
    let j = i
    while (t[j]?.kind === LPAR && j < i + 4) j++
    if (statementAt(t, j)) return true
  }
  x = t[i]!
  // a breakout from a long or multi-line literal is a sentence or code quoting something
  if (firstString !== undefined && (firstString.text.length > 80 || firstString.text.includes('\n'))) return false
  // (twenty-fifth round) a sentence that ends on a quoted word (`the logical notion of 'and'`): the quote opens the word, it closes no value
  // (twenty-seventh round: or on a quoted word the sentence goes on after, `join using 'or'.`, `type 'or' here`, `with an "OR"
  // relationship - only one …`: no comparison after it)
  if (firstString !== undefined && i === t.length - 2 && QUOTATION.test(firstString.text) && t[i + 1]!.kind === STR && t[i + 1]!.open && (t[i + 1]!.text === '' || PROSE_AFTER_QUOTE.test(t[i + 1]!.text))) return false
  if (logicAt(t, i, breakout || closed > 0)) return true
  if (statementAt(t, i)) return true
  // a derived table closed and named, then its condition: 1) as zzip where 5353=5353 and 3394=3092 (sqlmap)
  if (closed > 0 && x.kind === WORD && x.text === 'as' && t[i + 1]?.kind === WORD && t[i + 2]?.kind === WORD && t[i + 2]!.text === 'where' && statementAt(t, i + 2)) return true
  if (x.kind === SEMI && (statementAt(t, i + 1) || (t[i + 1]?.kind === COMMENT && breakout))) return true
  // (twenty-third round) a number, then a stacked statement cut by a comment: the numeric context's `1; DROP members--` (review: a
  // statement that alters or ends something, not an English verb opening a list item, `5; update the docs--`)
  if (x.kind === SEMI && i === 1 && t[0]!.kind === NUM && t[2]?.kind === WORD && NUMERIC_STACKED.has(t[2].text) && stackedCut(t, i + 1)) return true
  // (forty-ninth round) a value list continued from the value's start, closed, then a statement: a fuzzer's suffix for a value inside
  // `VALUES (…)` or `IN (…)` (`,0,0)waitfor delay'0:0:20'--`); operands only (not words, a sentence's `, and so on) select the …`)
  if (x.kind === COMMA && i === 0) {
    const j = listEnd(t, 0, false)
    let k = j
    while (t[k]?.kind === RPAR) k++
    if (j > 0 && k > j && (statementAt(t, k) || (t[k]?.kind === SEMI && statementAt(t, k + 1)))) return true
  }
  if (!breakout && closed === 0) return false
  // only after a breakout, and after what reads as a value (not a sentence or a line of code): the
  // query cut by a comment (admin'--), a comparison ('='), an operator and a call, a value list closed
  if (firstString !== undefined && !VALUE_LIKE.test(firstString.text)) return false
  // a quotation opened after a word (`contains "--" in`, `the "x" = y`): the quote opens text, it closes no value
  if (firstString !== undefined && QUOTATION.test(firstString.text)) return false
  // a comment after a value of a word or two (`admin'--`, `1' --`), not after a quoted sentence (`"Denn die Todten reiten schnell"--`)
  if (x.kind === COMMENT) return firstString === undefined || blanks(firstString.text) <= 2
  if (x.kind === SEMI && breakout && (firstString === undefined || blanks(firstString.text) <= 2) && stackedCut(t, i + 1)) return true
  // (twenty-third round) an UPDATE's SET list continued after the breakout, then its WHERE, the query cut by a comment (`', password='x' WHERE user='admin'--`)
  if (x.kind === COMMA && breakout && t[t.length - 1]!.kind === COMMENT && setContinued(t, i + 1)) return true
  // an operator then the query cut short, after a value of one word: x'|email--  id'not like id--
  // user'collate nocase--  z'or email notnull--  'sounds like rowid--
  if ((firstString === undefined || !firstString.text.includes(' ')) && ((x.kind === OP && x.text !== '=') || (x.kind === WORD && (OPERATOR_WORDS.has(x.text) || LOGIC.has(x.text) || COMPARE.has(x.text) || ARITH.has(x.text))))) {
    // at most two words, or an operator among them (`and email not similar to id--`): not a sentence (`"and when I raise my hand--`)
    let sql = false
    for (let j = i + 1; j < t.length && j <= i + 6; j++) {
      const y = t[j]!
      // (a value that opens on the quote, `"Not know you--I…`, needs the operator: prose opens on quotes)
      if (y.kind === COMMENT || y.kind === SEMI) return (j > i + 1 || x.kind === WORD) && (sql || (j <= i + 3 && firstString !== undefined && firstString.text !== ''))
      if (y.kind === OTHER && y.text !== '?') break
      sql ||= y.kind === OP || (y.kind === WORD && OPERATOR_WORDS.has(y.text))
    }
  }
  // a comparison whose right side ends where SQL can (`' = '`, `1' > 0 and`), not an address in angle brackets (`"Ann" <ann@x.example>`)
  if ((x.kind === OP || x.kind === WORD) && COMPARE.has(x.text)) {
    // (twenty-fifth round) a quoted name said to be null or false, and nothing after it, is a message (`'enable-beta-ecosystems' is false`)
    if (x.text === 'is' && firstString !== undefined && firstString.text.length > 2 && t[i + (t[i + 1]?.text === 'not' ? 3 : 2)] === undefined) return false
    const y = t[i + 1]
    return rightOperand(t, i) && !(y!.kind === WORD && !isOperand(y) && !endsOperand(t, operandEnd(t, i + 1)))
  }
  if ((x.kind === OP || x.kind === WORD) && ARITH.has(x.text)) {
    const y = t[i + 1]
    if (y === undefined) return false
    if ((y.kind === WORD && y.call && SQL_FUNCTIONS.has(y.text)) || (y.kind === LPAR && t[i + 2]?.text === 'select')) return true
    // (twenty-ninth round) an operand, then a statement: `'-sqlite_version() union select password from users--`
    return (isOperand(y) || y.kind === WORD) && statementAt(t, operandEnd(t, i + 1))
  }
  if (x.kind === COMMA) {
    // ',NULL,NULL) waitfor delay' / '),(select ...)--
    let j = listEnd(t, i, true)
    if (j === i) return false
    while (t[j]?.kind === RPAR) j++
    const y = t[j]
    return y === undefined ? closed > 0 : y.kind === COMMENT || y.kind === SEMI || statementAt(t, j) || logicAt(t, j, true)
  }
  return false
}

// ---- the lexer ---------------------------------------------------------------------------------------

const isDigit = (c: number) => c >= 48 && c <= 57
/** Keywords a database reads apart from digits glued before them (`1union select`, `1or 1=1`, `0e0union`). */
const GLUED_KEYWORDS = new Set(['union', 'or', 'and', 'xor', 'div', 'mod', 'from', 'like', 'rlike', 'regexp', 'limit', 'order', 'group', 'having', 'where', 'into', 'select', 'procedure', 'in', 'is', 'not', 'between', 'sounds', 'collate', 'e', 'x', 'b'])
// (twenty-first round: not the general punctuation block, U+2000–U+206F: an en dash glued to a number is a word processor's `--`, `27–`)
const isWordStart = (c: number) => (c >= 97 && c <= 122) || c === 95 || (c >= 0xc0 && (c < 0x2000 || c > 0x206f))
const isWordChar = (c: number) => isWordStart(c) || isDigit(c) || c === 36
const OP_CHARS = '=<>!+-*/%^|&~:'

/**
 * Tokens of `text` read as SQL, starting inside a string literal opened by `quote` (0 for none).
 * Closed `/* *\/` comments are blanks (MySQL's `/*!...*\/` is read as SQL), `--` and `#` end the
 * text; curly quotes and primes read as quotes (pasted payloads use them).
 */
/**
 * (fifth review of the thirty-ninth round) The token lists whose text had a comment the lexer read as blanks: a closed `/* … *\/`, or a line
 * comment with SQL after its line's end — text an engine may read otherwise (PostgreSQL's `#>>` operator, MariaDB's `--0`).
 */
const BLANKED_COMMENT = new WeakSet<Token[]>()
/** (sixty-first round's review) a line break, after which a comment the lexer stops at may hide text an engine still reads */
const LINE_BREAK = /[\r\n\u2028\u2029]/g
/** (second look) whether anything but blanks follows the first line break at or after `i` — linear (a pattern retried at every break cost the square) */
function hiddenLine(text: string, i: number): boolean {
  LINE_BREAK.lastIndex = i
  const m = LINE_BREAK.exec(text)
  if (m === null) return false
  NON_BLANK.lastIndex = m.index + 1
  return NON_BLANK.test(text)
}
const NON_BLANK = /\S/g
function lex(text: string, quote: number, out: Token[]): void {
  out.length = 0
  BLANKED_COMMENT.delete(out)
  const n = text.length
  let i = 0
  let skipped = 0
  if (quote !== 0) i = readString(text, 0, quote, out)
  while (i < n && out.length < MAX_TOKENS) {
    const c = text.charCodeAt(i)
    if (c <= 32 || c === 0xa0) {
      i++
      continue
    }
    if (c === 39 || c === 34 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x2032 || c === 0x201c || c === 0x201d || c === 0x2033) {
      i = readString(text, i + 1, c === 0x2019 || c === 0x2032 ? 0x2018 : c === 0x201d || c === 0x2033 ? 0x201c : c, out)
      continue
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      // /* ... */ : a blank; /*! ... */ : its content is SQL
      // (review of the thirty-ninth round: and MariaDB's `/*M! ... */`, which it runs too, `id/*M!union select password from users*/`)
      const mariadb = (text.charCodeAt(i + 2) === 77 || text.charCodeAt(i + 2) === 109) && text.charCodeAt(i + 3) === 33
      if (text.charCodeAt(i + 2) === 33 || mariadb) {
        i += mariadb ? 4 : 3
        while (i < n && isDigit(text.charCodeAt(i))) i++
        continue
      }
      const end = text.indexOf('*/', i + 2)
      if (end === -1) {
        out.push({ kind: COMMENT, text: '/*', open: false, call: false })
        return
      }
      BLANKED_COMMENT.add(out)
      i = end + 2
      continue
    }
    if (c === 42 && text.charCodeAt(i + 1) === 47) {
      i += 2 // the end of a /*! comment
      continue
    }
    if ((c === 45 && text.charCodeAt(i + 1) === 45) || c === 35 || c === 0x2013 || c === 0x2014) {
      // a line comment ends at the line's end: SQL after a line break is read (`union#x%0aselect`);
      // at the end of the value it cuts the query
      // (at most MAX_LINE_COMMENTS skipped, so a value of comment lines costs no more than a few tokens)
      const eol = (c === 35 || c === 45) && skipped < MAX_LINE_COMMENTS ? text.indexOf('\n', i) : -1
      if (eol !== -1 && eol - i <= 200 && !onlyBlanks(text, eol + 1)) {
        BLANKED_COMMENT.add(out)
        skipped++
        i = eol + 1
        continue
      }
      // (review) open: the comment hides more text on a later line (a CR ends `--` in PostgreSQL; a long line or the skip limit)
      out.push({ kind: COMMENT, text: c === 35 ? '#' : '--', open: hiddenLine(text, i), call: false })
      return
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1
      if (c === 48 && (text.charCodeAt(j) | 32) === 120) {
        j++
        while (j < n && /[0-9a-f]/i.test(text[j]!)) j++
      } else {
        while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++
        if ((text.charCodeAt(j) | 32) === 101 && (isDigit(text.charCodeAt(j + 1)) || ((text.charCodeAt(j + 1) === 43 || text.charCodeAt(j + 1) === 45) && isDigit(text.charCodeAt(j + 2))))) {
          j += 2
          while (j < n && isDigit(text.charCodeAt(j))) j++
        }
      }
      // digits glued to a word are an identifier (`3rd`, `1st`, `2fa`), unless the word is a keyword a
      // database reads apart (MySQL's `1union`, `1or 1=1`, `1from`)
      if (isWordStart(text.charCodeAt(j)) && text.charCodeAt(j) !== 95) {
        let k = j + 1
        while (k < n && isWordChar(text.charCodeAt(k))) k++
        if (!GLUED_KEYWORDS.has(text.slice(j, k).toLowerCase())) {
          out.push({ kind: WORD, text: text.slice(i, k).toLowerCase(), open: false, call: false })
          i = k
          continue
        }
      }
      out.push({ kind: NUM, text: text.slice(i, j), open: false, call: false })
      i = j
      continue
    }
    if (c === 64) {
      let j = i + 1
      if (text.charCodeAt(j) === 64) j++
      while (j < n && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++
      out.push({ kind: VAR, text: text.slice(i, j), open: false, call: false })
      i = j
      continue
    }
    if (isWordStart(c)) {
      let j = i + 1
      while (j < n && isWordChar(text.charCodeAt(j))) j++
      // a dotted call is one call: utl_http.request( dbms_pipe.receive_message(
      let k = j
      while (k < n && text.charCodeAt(k) === 46 && isWordStart(text.charCodeAt(k + 1))) {
        k++
        while (k < n && isWordChar(text.charCodeAt(k))) k++
      }
      let p = k
      while (p < n && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++
      const word = text.slice(i, j).toLowerCase()
      // (forty-first round) a function's name qualifying another's is an object's or a schema's (`benchmark.run("./results.csv")`, a
      // notebook's Python): no call of that function — a package's is still one (`dbms_pipe.receive_message(`)
      const call = text.charCodeAt(p) === 40 && !(k > j && FUNCTION_ONLY.has(word))
      out.push({ kind: WORD, text: word, open: false, call })
      i = call ? k : j
      continue
    }
    if (OP_CHARS.includes(text[i]!)) {
      let j = i + 1
      while (j < n && j < i + 3 && OP_CHARS.includes(text[j]!) && !(text.charCodeAt(j) === 45 && text.charCodeAt(j + 1) === 45) && !(text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42)) j++
      let op = text.slice(i, j)
      // "=-" "=+" "<-": a sign after the operator
      if (op.length > 1 && !['<>', '!=', '<=', '>=', '<=>', '||', '&&', '::', ':=', '!<', '!>', '=='].includes(op)) {
        op = text[i]!
        j = i + 1
      }
      out.push({ kind: OP, text: op, open: false, call: false })
      i = j
      continue
    }
    const kind = c === 40 ? LPAR : c === 41 ? RPAR : c === 44 ? COMMA : c === 59 ? SEMI : c === 46 ? DOT : OTHER
    out.push({ kind, text: text[i]!, open: false, call: false })
    i++
  }
}

function onlyBlanks(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) > 32) return false
  return true
}

function readString(text: string, from: number, quote: number, out: Token[]): number {
  const n = text.length
  const close = quote === 0x2018 ? [0x2018, 0x2019, 0x2032, 39] : quote === 0x201c ? [0x201c, 0x201d, 0x2033, 34] : quote === 39 ? [39, 0x2018, 0x2019, 0x2032] : quote === 34 ? [34, 0x201c, 0x201d, 0x2033] : [quote]
  let i = from
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 92 && quote !== 96) {
      i += 2
      continue
    }
    if (close.includes(c)) {
      if (text.charCodeAt(i + 1) === c && quote !== 96) {
        i += 2 // '' inside a literal
        continue
      }
      out.push({ kind: STR, text: text.slice(from, i), open: false, call: false })
      return i + 1
    }
    i++
  }
  out.push({ kind: STR, text: text.slice(from, n), open: true, call: false })
  return n
}

/**
 * The last value lexed in each context (none, then the three quotes), with its tokens: a value is read in the same
 * context several times (judge()'s readings from the start and anywhere, sqlStatement() before them), and lexing
 * is the largest part of reading it. The tokens are only read, never changed, by everything below.
 */
const LEXED: { text: string | undefined; tokens: Token[] }[] = [0, 1, 2, 3].map(() => ({ text: undefined, tokens: [] }))
function lexed(text: string, quote: number): readonly Token[] {
  const slot = LEXED[quote === 0 ? 0 : quote === 39 ? 1 : quote === 34 ? 2 : 3]!
  if (slot.text !== text) {
    // (forgotten first: a lexer that throws leaves no tokens claimed for the text)
    slot.text = undefined
    lex(text, quote, slot.tokens)
    slot.text = text
  }
  return slot.tokens
}

/**
 * a call opening a value given an object literal first, `benchmark ({` ending the value or its line, or a key after it (`sleep({ ms:`): a
 * script's, not SQL's (review: not MySQL's ODBC escape, `sleep({x 5})` slept 5 s in MariaDB)
 */
const OBJECT_ARGUMENT = /^\s{0,40}[\w$.]{1,40}\s{0,4}\(\s{0,4}\{\s{0,4}(?:$|\n|[\w$]{1,40}\s{0,4}:)/
/**
 * a JavaScript directive prologue opening a value, `"use strict";` (either quote), then a comment it does not close (a licence's, cut):
 * (review) not anything after it, `'use strict';DELETE FROM users` deleted every row in MariaDB, PostgreSQL and SQLite
 */
const USE_STRICT = /^(['"])use strict\1;\s{0,8}\/\*(?![\s\S]*\*\/)/
/** Whether a decoded value, read as SQL in any of its contexts, injects SQL. */
export function sqlInjection(v: string): boolean {
  // (forty-seventh round) a JavaScript file's directive prologue opening the value (`"use strict";` then a licence's comment, cut before
  // it closes: every CommonJS file a compiler writes): no breakout — spliced into a query, `""use strict"` is no SQL, and the comment
  // left open runs nothing after it
  if (v.charCodeAt(1) === 117 && USE_STRICT.test(v)) v = v.slice(13)
  // (twenty-fifth round) a package spec's quoted version range (`npx npm@">= 10.2" audit`, `pkg@'^1 || ^2'`) is a version, no breakout
  if ((v.includes('@"') || v.includes("@'")) && VERSION_RANGE.test(v)) v = v.replace(VERSION_RANGE_ALL, ' ')
  // backticks that pair into code spans (`left` and `right`, `<hr>` in `<select>`) are a document's
  // markup, not MySQL's identifier quotes a value breaks out of: read with them as blanks
  if (v.includes('`') && codeSpans(v)) v = v.replaceAll('`', ' ')
  // (thirtieth round) an issue's or a pull request's number in parentheses (`convolve and sobel (#971)`, a commit's subject) is a
  // reference: a comment opened inside a parenthesis would leave it open, no probe writes it
  if (v.includes('(#')) v = v.replace(ISSUE_REFERENCE_ALL, ' ')
  // (thirty-sixth round) a PHP file's guard against being run on its own (`defined('MOODLE_INTERNAL') || die('Direct access to this script is
  // forbidden.');`, WordPress' `defined( 'ABSPATH' ) || exit;`): a constant's name checked, then the script ended, a message at most —
  // (review) the name no SQL word and the message words and punctuation only: the guard's own quotes pair with a query's, so that
  // `defined('or') || die(' is not null or name like ');` is SQL between them
  if (v.includes('defined(') && PHP_GUARD.test(v)) v = v.replace(PHP_GUARDS, phpGuard)
  // (thirty-first round) markup around words, a translation's `l'<b>app</b>`, `nell'<strong>applicazione</strong>`: the tags are no
  // comparisons after a quote; read with their text alone
  if (v.includes('</') && TAG_PAIR.test(v)) v = v.replace(TAG_PAIRS, ' $2 ')
  // (thirty-fifth round) a Vue I18n message's markup with its angle brackets quoted as literals (`'<'a href="…" target="_blank"'>'
  // Version: {version} '</a>'`): tags, not strings compared around a word; read unquoted when every single quote of the value is such a
  // tag's (`x'<'a'>' or '1'='1` keeps its quotes), the markup closes a tag (`1'<'a'>'--` is strings compared), and (review) no name in a
  // tag is an operator's (`x'<'b'>''<id or id-- >''</b>'`, code between a string's quotes) nor any attribute's value a breakout of its own
  // double quotes (`'<'a x=" or id-- "'>''</a>'`)
  if (v.includes("'<'") && QUOTED_BRACKETS_TAG.test(v)) {
    const u = v.replace(QUOTED_BRACKETS_TAGS, ' <$1> ').replace(QUOTED_TAGS, ' <$1> ')
    if (!u.includes("'") && u.includes('</') && !quotedTagValuesBreakOut(v)) v = u
  }
  // (thirty-first round) JavaScript's short-circuit statements (`timings && summaryTable.push([…]);`, `(options && !options.autoClose) ||
  // this.destroy();`): an object's member read or called beside `&&` or `||`, no quote anywhere (a string context's breakout needs one),
  // no SQL probe's or boolean's word
  if ((v.includes('&&') || v.includes('||')) && !v.includes("'") && !v.includes('"') && SHORT_CIRCUIT.test(v) && !SQL_PACKAGE_OR_PROBE.test(v)) return false
  // (thirty-first round) a word quoted in a sentence, blanks outside its quotes (`a 'like' of a piece`, `the "or" example`): a quotation,
  // not a breakout, which glues its quotes to the operands (`x' like 'x`)
  if ((v.includes("'") || v.includes('"')) && QUOTED_WORD.test(v)) v = v.replace(QUOTED_WORDS, ' $2 ')
  // (thirty-first round) a sentence opening on two quoted terms joined by `and`, `or` or `is`, then words (`'resty' and 'restydoc'
  // command-line utilities require 'perl'`, `"data" and "errors" appear in the "response"`): prose quoting its terms, unless SQL follows
  const terms = v.charCodeAt(0) === 39 || v.charCodeAt(0) === 34 || v.charCodeAt(0) === 32 ? QUOTED_TERMS.exec(v) : null
  if (terms !== null && !SQL_AFTER_TERMS.test(v.slice(terms[0].length))) return false
  // (twenty-ninth round) a quoted colour, anchor or tag (`"#0000FF"`, `'#pricing'`): a literal whose quotes are its own, no breakout
  // before a comment
  if (QUOTED_HASH.test(v)) return false
  if (judge(v)) return true
  // a fuzzer's prefixes before the payload: a line break or NUL written out (`\n`, `0x0a`, `%00`)
  const c0 = v.charCodeAt(0)
  const w = c0 <= 32 || c0 === 92 || c0 === 48 ? v.replace(LEADING_NOISE, '') : v
  if (w !== v && w.length > 1 && judge(w)) return true
  // a quote escaped for a string context (the application's own escaping doubled: `\' or 1=1--`, `0\"xor(…)xor\"z`)
  if (v.includes("\\'") || v.includes('\\"')) {
    const u = w.replace(ESCAPED_QUOTE, '')
    if (judge(u)) return true
  }
  // (nineteenth round) MySQL reads `1.e(` as a number in scientific notation glued to what follows, a filter's blind
  // spot (`1.e(ascii 1.e(substring(1.e(select password from users …`): read without them
  if (v.includes('.e') && SCIENTIFIC.test(v) && judge(v.replace(SCIENTIFIC_ALL, ''))) return true
  // (thirty-ninth round) a keyword written around itself for a filter that strips it once (`' OORR 1=1 #`, `' UNUNIONION SELSELECTECT
  // 1,2,3 -- -`, `FRFROMOM`): what the filter leaves is read
  if (DOUBLED_KEYWORD.test(v) && judge(v.replace(DOUBLED_KEYWORDS, (m) => DOUBLED.get(m)!))) return true
  return false
}
/** each keyword a filter strips, written around itself at every inner position (`oorr`, `ununionion`, `selselectect`) */
const DOUBLED = new Map<string, string>()
for (const k of ['or', 'and', 'xor', 'not', 'union', 'select', 'from', 'where', 'order', 'group', 'having', 'limit', 'like', 'sleep', 'benchmark', 'waitfor', 'delay', 'insert', 'update', 'delete', 'drop', 'exec', 'concat', 'null', 'table', 'into']) {
  for (let j = 1; j < k.length; j++) DOUBLED.set(k.slice(0, j) + k + k.slice(j), k)
}
const DOUBLED_ALTERNATIVES = `(?<![a-z0-9_])(?:${[...DOUBLED.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9_])`
export const DOUBLED_KEYWORD = new RegExp(DOUBLED_ALTERNATIVES)
const DOUBLED_KEYWORDS = new RegExp(DOUBLED_ALTERNATIVES, 'g')
const SCIENTIFIC = /\d\.e(?=[\s(),])/
const SCIENTIFIC_ALL = /\b\d{1,10}\.e(?=[\s(),])/g
const ISSUE_REFERENCE_ALL = /\(#\d{1,7}\)/g
/** PHP's guard line: `defined('NAME') || die('message');`, `defined("NAME") or exit;` */
const PHP_GUARD = /\bdefined\([ \t]{0,4}(['"])([a-z_][a-z0-9_]{0,40})\1[ \t]{0,4}\)[ \t]{0,4}(?:\|\||or)[ \t]{0,4}(?:die|exit)\b(?:[ \t]{0,4}\([ \t]{0,4}(?:'([\w .,!?]{0,200})'|"([\w .,!?]{0,200})")?[ \t]{0,4}\))?[ \t]{0,4};/i
const PHP_GUARDS = new RegExp(PHP_GUARD.source, 'gi')
/** a guard blanked, unless its name is a word SQL reads (`or`, `union`, `null`…) */
const phpGuard = (m: string, _q: string, name: string) => (ARGUMENT_WORDS.has(name.toLowerCase()) || LITERAL_WORDS.has(name.toLowerCase()) ? m : ' ')
/** a text's formatting around words, with no attribute (whose value could carry the payload: `<b title="' union select …">`; a script,
 * a style or a frame is the XSS judge's) */
const TAG_PAIR = /<(b|i|u|s|em|strong|span|code|small|big|sup|sub|mark|kbd|tt|p|li|h[1-6])>([^<>]{0,400})<\/\1>/i
const TAG_PAIRS = new RegExp(TAG_PAIR.source, 'gi')
/** a word SQL reads as an operator (the lexer's own sets), or a union's: no tag's or attribute's name in the markup below (`'<id or id-- >'`
 * is code in a string's context) */
const NOT_OPERATOR = `(?!(?:${[...new Set([...LOGIC, ...COMPARE, ...ARITH, ...OPERATOR_WORDS, 'union', 'select'])].filter((w) => /^[a-z]+$/.test(w)).join('|')})\\b)`
/** a tag's inside: its name, then attributes bare or with a double-quoted value (no `--` in a name, no angle bracket in a value) */
const TAG_INSIDE = String.raw`\/?${NOT_OPERATOR}[a-z][a-z0-9]{0,20}(?:-[a-z0-9]{1,20}){0,3}(?:\s{1,4}${NOT_OPERATOR}[a-z][\w:]{0,30}(?:-[\w:]{1,30}){0,3}(?:="[^"'<>\n]{0,300}")?){0,10}\s{0,4}\/?`
/** a tag between a quoted `'<'` and a quoted `'>'` */
const QUOTED_BRACKETS_TAG = new RegExp(`'<'(${TAG_INSIDE})'>'`, 'i')
const QUOTED_BRACKETS_TAGS = new RegExp(QUOTED_BRACKETS_TAG.source, 'gi')
/** a whole tag quoted so (`'</a>'`, `'<b>'`, `'<a class="link" href="…">'`) */
const QUOTED_TAGS = new RegExp(`'<(${TAG_INSIDE})>'`, 'gi')
/** an attribute's value in such a tag */
const QUOTED_TAG_VALUES = /="([^"'\n]{0,300})"/g
/** (review of the thirty-fifth round) whether an attribute's value of the quoted markup, read as a double-quoted string's own, breaks out of it (`'<'a x=" or id-- "'>'`) */
function quotedTagValuesBreakOut(v: string): boolean {
  for (const tags of [QUOTED_BRACKETS_TAGS, QUOTED_TAGS]) {
    for (const t of v.matchAll(tags)) for (const a of t[1]!.matchAll(QUOTED_TAG_VALUES)) if (sqlInjection(`x"${a[1]}"`)) return true
  }
  return false
}
const SHORT_CIRCUIT = /(?:&&|\|\|)\s{0,4}!?\(?\s{0,4}(?:this|[a-z_$][\w$]{0,40})(?:\.[a-z_$][\w$]{0,40}){1,6}\s{0,4}\(|[a-z_$][\w$]{0,40}(?:\.[a-z_$][\w$]{0,40}){1,6}\s{0,4}(?:&&|\|\|)/i
/** an Oracle's, SQL Server's or PostgreSQL's package function, a probe's word, a comment or a comparison of literals: SQL after all (`|| utl_inaddr.get_host_address(…)`, `users.id || 'a'='a'`) */
const SQL_PACKAGE_OR_PROBE = /\b(?:utl_\w+|dbms_\w+|sys|master|pg_catalog|ctxsys|ordsys|information_schema|xp_\w+)\s{0,4}\.|\b(?:select|union|sleep|pg_sleep|benchmark|waitfor|extractvalue|updatexml|load_file|or|and|xor|not|in|is|like|rlike|regexp|between|user|database|version)\b|--|#|;\s{0,4}(?:drop|insert|update|delete|exec|declare|shutdown|create|alter)\b|\/\*|=\s{0,4}\d|['"]\s{0,4}(?:=|<>|!=|<|>|like\b|regexp\b)\s{0,4}['"]/i
const QUOTED_WORD = /(?<=\s)(['"])([a-z]{2,12})\1(?=[\s,.;:!?)]|$)/i
const QUOTED_WORDS = new RegExp(QUOTED_WORD.source, 'gi')
const QUOTED_TERMS = /^\s{0,4}(['"])(?!(?:or|and|xor|not|union|select|like|is|in)\1)[a-z][\w-]{0,30}\1\s{1,4}(?:and|or|is)\s{1,4}(['"])(?!(?:or|and|xor|not|union|select|like|is|in)\2)[a-z][\w-]{0,30}\2(?=\s{1,4}[a-z][a-z-]{1,30}\s{1,4}[a-z][a-z-]{1,30})/i
/** what makes the words after two quoted terms SQL: an operator, a separator, a comment, a clause's or a probe's keyword */
const SQL_AFTER_TERMS = /[=<>;()'"]|#|--|\/\*|\b(?:select|union|from|where|sleep|benchmark|waitfor|order\s+by|group\s+by|having|insert|update|delete|drop|exec|execute|like|rlike|regexp|null|limit|into|case|when|xor|and\s+\d|or\s+\d)\b/i

/** A literal: a number (signed), a truth value or null, a short quoted string. */
const LITERAL = String.raw`(?:[-+]?\d{1,10}(?:\.\d{1,6})?|true|false|null|'[^'\n]{0,12}'|"[^"\n]{0,12}")`
/** (sixtieth round) what a conversion probe converts: short strings joined, text, a server variable, a function naming the server */
// (review: a number's string converts without an error, `cast('42' as int)`, and a clock's or a random function's result is a formula's,
// `cast(now() as int)`: only text, strings joined, a server variable or a function naming the server, its database or its user;
// second review: text opening on a letter, not a number's own spelling, `cast('NaN' as float)`, `cast('12px' as integer)`)
const CONVERTED = String.raw`(?:'[^'\n]{0,40}'(?:\s{0,4}(?:\+|\|\|)\s{0,4}'[^'\n]{0,40}'){1,8}|'(?!(?:nan|[-+]?inf(?:inity)?|true|false|yes|no|on|off|null)')[a-z_][^'\n]{0,39}'|@@[a-z_]{2,30}|(?:db_name|user_name|suser_name|suser_sname|host_name|current_user|session_user|system_user|user|database|schema|version|current_database|current_schema)\(\s{0,4}\))`
const NUMBER_TYPE = String.raw`(?:int|integer|bigint|smallint|tinyint|numeric|decimal|float|real|signed|unsigned)`
/**
 * (nineteenth round) A whole value that only compares literals (`1=1`, `0 > -1`, `FALSE = FALSE`, `NULL <=> 1`,
 * `1 LIKE '1%'`, `1 NOT IN (1,2,3)`), maybe cut by a comment, or that names a catalog table alone
 * (`INFORMATION_SCHEMA.COLUMNS`): what a probe sends to see whether the value reaches a query; no one else
 * compares two constants. (Sixtieth round, the spent hundred-and-forty-first part's: or that converts a string, a server variable or
 * a function's result to a number, maybe after a number and a sign, maybe cut by a comment, `convert(int,'hen'+'tai') -- x`,
 * `1+cast(db_name() as int)--`: an error-based probe, the conversion's error message carrying the text; no one sends one as a value.)
 */
const LITERAL_COMPARISON = new RegExp(
  String.raw`^\s{0,4}(?:[-+]?\d{1,10}\s{0,4}[-+]\s{0,4})?(?:convert\s{0,4}\(\s{0,4}${NUMBER_TYPE}\s{0,4},\s{0,4}${CONVERTED}\s{0,4}\)|cast\s{0,4}\(\s{0,4}${CONVERTED}\s{1,4}as\s{1,4}${NUMBER_TYPE}\s{0,4}\))\s{0,4}(?:(?:--|#)[^\n]{0,40}|\/\*[^\n]{0,40})?$|^\s{0,4}(?:${LITERAL}\s{0,4}(?:={1,2}|<>|!=|<=>|<=|>=|<|>|(?:not\s{1,4})?(?:like|rlike|regexp)(?=[\s'"]))\s{0,4}${LITERAL}|${LITERAL}\s{1,4}(?:not\s{1,4})?in\s{0,4}\(\s{0,4}${LITERAL}(?:\s{0,4},\s{0,4}${LITERAL}){0,8}\s{0,4}\)|(?:information_schema|pg_catalog)\.[a-z_]{2,40})\s{0,4}(?:--|#|\/\*)?\s{0,4}$`,
)
export const sqlProbeAlone = (v: string) => v.length <= 100 && LITERAL_COMPARISON.test(v)
/**
 * (review of the nineteenth round) Arithmetic: two different unsigned numbers ordered or told apart (`1 < 2`, `10 > 5`,
 * `1.2 <= 1.3`, `2 != 3`), what a calculator's, a quiz's or an expression field holds. A probe compares a number with
 * itself (`1=1`, `1 <= 1`), a signed number (`0 > -1`), a truth value, NULL or a string, uses SQL's own operators (`<>`,
 * `<=>`, LIKE, IN) or cuts the query with a comment: those stay probes, and so does arithmetic in a path or a name.
 */
export function arithmeticComparison(v: string): boolean {
  const m = ARITHMETIC.exec(v)
  return m !== null && Number(m[1]) !== Number(m[2])
}
const ARITHMETIC = /^\s{0,4}(\d{1,10}(?:\.\d{1,6})?)\s{0,4}(?:<=?|>=?|!=)\s{0,4}(\d{1,10}(?:\.\d{1,6})?)\s{0,4}$/
/**
 * Whether every backtick of `v` pairs into a Markdown code span: an even number of them (at most 16),
 * each span's content not empty and neither starting nor ending on a blank (a breakout's `x` or 1=1 or `y`
 * opens its span on a blank) nor holding a line break.
 */
function codeSpans(v: string): boolean {
  let n = 0
  for (let i = v.indexOf('`'); i !== -1; ) {
    if (++n > 16) return false
    // (json22) a span in double backticks (``sort``, Markdown's and reStructuredText's) closes on a double backtick
    const run = v.charCodeAt(i + 1) === 96 ? 2 : 1
    const close = v.indexOf(run === 2 ? '``' : '`', i + run)
    if (close === -1) return false
    const c = v.slice(i + run, close)
    if (c === '' || c.trim() !== c || c.includes('\n') || c.includes('`')) return false
    i = v.indexOf('`', close + run)
  }
  return true
}
/**
 * (nineteenth round) A line of at most 8 backticks that do not pair into Markdown's spans (one opens or closes on a blank, or
 * one is left open): MySQL's quoted names in a breakout (`1\`=\`1\` AND ELT(…) AND \`1\`=\`1`), not a text's code.
 */
export function mysqlNames(v: string): boolean {
  // (a script's template literal, Function`${…}`, is no name)
  if (v.includes('${')) return false
  let n = 0
  for (let i = v.indexOf('`'); i !== -1; i = v.indexOf('`', i + 1)) if (++n > 8) return false
  if (codeSpans(v)) return false
  // (review of the nineteenth round) a backtick named as a character, alone between blanks (`note the \` in names`), beside
  // spans that pair without it: a text's code, not a breakout's names (whose backticks are glued to them: 1`=`1`)
  return !(LONE_BACKTICK.test(v) && codeSpans(v.replace(LONE_BACKTICKS, ' ')))
}
const LONE_BACKTICK = /(?:^|\s)`(?=\s|$)/
/** (an operator is in it: `@"1"` alone is no range) */
const VERSION_RANGE = /@(['"])\s{0,4}[<>=^~][\s<>=^~|*x\d.-]{0,30}\1/
const VERSION_RANGE_ALL = new RegExp(VERSION_RANGE.source, 'g')
const LONE_BACKTICKS = /(?<=^|\s)`(?=\s|$)/g
const QUOTED_HASH = /^(["'])#[\w-]{1,40}\1$/
const LEADING_NOISE = /^(?:[\s\0]|\\{1,2}[rn0]|0x0(?:d0a|[ad0])(?![0-9a-f]))+/
const ESCAPED_QUOTE = /\\{1,4}(?=['"])/g

/**
 * (twenty-ninth round) A number's arithmetic on a sub-query, as a boolean-blind probe writes it in a numeric context:
 * `1-(select null from (select null) t where 'a'='a')`, `(1-(select …))`.
 */
function arithmeticSubquery(t: readonly Token[]): boolean {
  let s = 0
  while (t[s]?.kind === LPAR && s < 3) s++
  const op = t[s + 1]
  if (!(t[s]?.kind === NUM && op?.kind === OP && ARITH.has(op.text) && t[s + 2]?.kind === LPAR && statementAt(t, s + 3))) return false
  // (review) selecting a literal, a call or everything (`select null`, `select 1`, `select count(*)`): a word selected may be a sentence's
  // (`1-(select one from the list)`, `3-(Select items from cart)`)
  const x = t[s + 4]
  return x !== undefined && (x.kind === NUM || x.kind === STR || (x.kind === WORD && (x.call || LITERAL_WORDS.has(x.text))) || (x.kind === OP && x.text === '*'))
}

/** (sixty-first round's review) the statements code hands over as a string, and the call's opening the string follows (`DBGet( "`, `execute("""`) */
const HANDED_OVER = new Set(['select', 'insert', 'update', 'delete', 'with'])
const CALL_OPENING = /[\w$]\s{0,4}\(\s{0,4}(?:"")?$/
function judge(v: string): boolean {
  // as a number or a bare word in the query: from the start, after at most one leading operand
  const tokens = lexed(v, 0)
  if (tokens.length === 0) return false
  if (arithmeticSubquery(tokens)) return true
  if (sqlFollows(tokens, 0, false, undefined) && (!DATA_STATEMENT.has(tokens[0]!.text) || probes(tokens))) return true
  const first = tokens[0]!
  // a call only SQL makes, on its own: sleep(5)--  benchmark(5000000,md5(1))  pg_sleep(5)
  // (forty-seventh round: not given an object literal, a benchmark runner's `benchmark ({ name: … })` in a script — SQL writes none)
  if (first.kind === WORD && first.call && TIME_FUNCTIONS.has(first.text) && !OBJECT_ARGUMENT.test(v)) {
    const after = tokens[operandEnd(tokens, 0)]
    if (after === undefined || after.kind === COMMENT || after.kind === SEMI || ((after.kind === OP || after.kind === WORD) && (COMPARE.has(after.text) || LOGIC.has(after.text)))) return true
  }
  if (first.kind === NUM || first.kind === WORD || first.kind === VAR || first.kind === LPAR || (first.kind === OP && (first.text === '-' || first.text === '+') && tokens[1]?.kind === NUM)) {
    let after = first.kind === OP ? 2 : operandEnd(tokens, 0)
    // the leading operand an arithmetic expression: (HOPE) AND 8=3  (1)*HOPE AND 8=3  1+pi() and (3=pi())--
    for (let n = 0; n < 8 && tokens[after]?.kind === OP && ARITH.has(tokens[after]!.text) && !LOGIC.has(tokens[after]!.text) && (isOperand(tokens[after + 1]) || tokens[after + 1]?.kind === WORD); n++) after = operandEnd(tokens, after + 1)
    if (sqlFollows(tokens, after, false, undefined)) return true
  }
  // a bare closed literal first ('1' or 1=1, "x"; drop...)
  if (first.kind === STR && !first.open && sqlFollows(tokens, 1, true, first)) return true
  // inside a string literal: the value's own quote closes it
  for (const q of [39, 34, 96]) {
    if (!v.includes(String.fromCharCode(q)) && !(q === 39 && (v.includes('\u2019') || v.includes('\u2018') || v.includes('\u2032'))) && !(q === 34 && (v.includes('\u201d') || v.includes('\u201c') || v.includes('\u2033')))) continue
    const quoted = lexed(v, q)
    const lit = quoted[0]
    if (lit === undefined || lit.open) continue
    // (sixty-first round, the spent hundred-and-forty-sixth and -second parts') after a double quote, one of the statements code hands over
    // right after a literal that ends on a call's opening, no `;` between: code passing its query as a string (`DBGet( "SELECT …`,
    // `cursor.execute("""⏎SELECT …`) — only T-SQL with QUOTED_IDENTIFIER off reads `"` as a string's and runs a statement after one
    // unseparated (a known limit); a clause after the literal (review: `admin" having …`, `users" where 1=1`), UNION, `;` and the probes
    // anywhere are still read
    if (q === 34 && quoted[1]?.kind === WORD && HANDED_OVER.has(quoted[1].text) && CALL_OPENING.test(lit.text) && statementAt(quoted, 1)) {
      if (reopened(quoted, lit, v, q)) return true
      continue
    }
    if (sqlFollows(quoted, 1, true, lit)) return true
    if (q !== 96 && reopened(quoted, lit, v, q)) return true
  }
  // anywhere, in each context: a statement after a separator (x; drop table y), UNION SELECT, a
  // numeric tautology (or 1=1), a delay call inside SQL punctuation (if(benchmark(…)), (select(sleep(5))))
  if (anywhere(tokens)) return true
  // (and in a backtick's, MySQL's quoted name: 1`=`1` AND ELT(1337=1337,SLEEP(5)) AND `1`=`1; nineteenth round)
  for (const q of [39, 34, 96]) {
    if (!v.includes(String.fromCharCode(q))) continue
    if (anywhere(lexed(v, q))) return true
  }
  return false
}

/** Operators that compare, join or flip a value: what an expression spliced between two quotes needs to be a probe. */
const STRONG_OPS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '<=>', '^', '|', '&', '~', '!', '||', '&&', '!<', '!>'])
/** Words that read as operators or values in an expression (`like binary '0`, `is not null`, `sounds like`). */
const EXPRESSION_WORDS = new Set([...LOGIC, ...COMPARE, ...ARITH, ...OPERATOR_WORDS, ...LITERAL_WORDS, 'binary', 'null'])
const strongOp = (x: Token) => (x.kind === OP && STRONG_OPS.has(x.text)) || (x.kind === WORD && x.text !== 'not' && (LOGIC.has(x.text) || COMPARE.has(x.text)))
/**
 * A literal closed, then an expression that opens a new literal of the same quote for the query's
 * own closing quote, or is cut by a comment: the balanced splice of a probe (`aa'^0!='1`,
 * `abc' = !!'0`, `1' -1 or '1`, `aa'in (0)#`). The literal closed reads as a short value; the
 * expression starts on an operator, holds one that compares, joins or flips (`5' - 6'` does not),
 * and only operands, operators and parentheses — no two plain words in a row, as a sentence has.
 */
const FULL_STOP = /[a-z]{2}\.\s{1,3}[a-z]/
function reopened(t: readonly Token[], lit: Token, v: string, q: number): boolean {
  const n = t.length
  if (n < 3 || n >= MAX_TOKENS || !VALUE_LIKE.test(lit.text) || QUOTATION.test(lit.text) || blanks(lit.text) > 2) return false
  // (twenty-fifth round) a full stop then a blank ends a sentence (`"In words. No. Never."`): it qualifies no name
  if (v.includes('. ') && FULL_STOP.test(v)) return false
  const last = t[n - 1]!
  if (last.kind === STR && last.open) {
    // the same quote reopens it, and what follows it reads as the start of a value
    if (v.charCodeAt(v.length - last.text.length - 1) !== q || last.text.length > 12 || !VALUE_LIKE.test(last.text)) return false
  } else if (last.kind !== COMMENT) return false
  // a name before the reopening quote is a possessive (`Chris' and Anna's wedding`)
  const before = t[n - 2]!
  if (before.kind === WORD && !before.call && !EXPRESSION_WORDS.has(before.text)) return false
  const first = t[1]!
  if (!(first.kind === OP || (first.kind === WORD && (LOGIC.has(first.text) || COMPARE.has(first.text) || ARITH.has(first.text) || OPERATOR_WORDS.has(first.text))))) return false
  let strong = false
  let depth = 0
  let plain = 0
  for (let i = 1; i < n - 1; i++) {
    const x = t[i]!
    if (x.kind === OP) strong ||= STRONG_OPS.has(x.text)
    else if (x.kind === WORD) {
      strong ||= strongOp(x)
      if (!x.call && !EXPRESSION_WORDS.has(x.text)) {
        if (++plain > 1) return false
        continue
      }
    } else if (x.kind === LPAR) depth++
    else if (x.kind === RPAR) {
      if (--depth < 0) return false
    } else if (!(x.kind === NUM || x.kind === VAR || x.kind === DOT || (x.kind === STR && x.text.length <= 12))) return false
    plain = 0
  }
  return strong
}

function anywhere(t: readonly Token[]): boolean {
  for (let i = 0; i < t.length - 1; i++) {
    const x = t[i]!
    if (x.kind === SEMI && statementAt(t, i + 1)) return true
    // (nineteenth round) a statement in parentheses after a separator: ;(select sys.dbms_ldap.init('…',80) from dual)
    if (x.kind === SEMI && t[i + 1]?.kind === LPAR) {
      let j = i + 1
      while (t[j]?.kind === LPAR && j < i + 4) j++
      if (statementAt(t, j)) return true
    }
    // a query's rows written to a file named in a literal: … into outfile '\\\\host\\a'
    if (x.kind === WORD && x.text === 'into' && (t[i + 1]?.text === 'outfile' || t[i + 1]?.text === 'dumpfile') && t[i + 2]?.kind === STR) return true
    // a sub-query of one value as a call's argument: cast((select 1) as int), convert((select 1),int) (nineteenth round)
    if (x.kind === LPAR && i > 0 && t[i + 1]?.kind === WORD && t[i + 1]!.text === 'select' && (t[i - 1]!.kind === LPAR || t[i - 1]!.kind === COMMA) && i > 1 && t[i - 2]!.call && callOpens(t, i - 2)) {
      const o = t[i + 2]
      const after = t[operandEnd(t, i + 2)]
      if (o !== undefined && (o.kind === NUM || o.kind === STR || o.kind === VAR || (o.kind === WORD && o.call)) && after !== undefined && (after.kind === RPAR || (after.kind === WORD && after.text === 'from'))) return true
      // and a column read from a table inside SQL's own functions: ascii(substring((select password from users limit 1,1),1,1))
      if (o !== undefined && o.kind === WORD && SQL_FUNCTIONS.has(t[i - 2]!.text) && after !== undefined && after.kind === WORD && after.text === 'from') return true
    }
    if (x.kind === WORD && x.text === 'union' && statementAt(t, i)) return true
    // a clause probing the column count, the query cut after it: order by 10--
    if (x.kind === WORD && (x.text === 'order' || x.text === 'group') && t[i + 1]?.text === 'by' && t[i + 2]?.kind === NUM && t[operandEnd(t, i + 2)]?.kind === COMMENT) return true
    if (x.kind === WORD && (x.text === 'or' || x.text === 'and') && t[i + 1]?.kind === NUM && t[i + 2]?.text === '=' && t[i + 3]?.kind === NUM && t[i + 3]!.text === t[i + 1]!.text) return true
    // a number compared with itself as a condition: a probe's switch (case when 4821=4821 then, elt(4821=4821,1), (4821=4821)*1)
    if (x.kind === NUM && i > 0 && t[i + 1]?.text === '=' && t[i + 2]?.kind === NUM && t[i + 2]!.text === x.text) {
      const p = t[i - 1]!
      const n = t[i + 3]
      // (in parentheses: a call's argument, or after an operator or the value's start; not a sentence's aside, `the ratio (2=2) holds`)
      const o = t[i - 2]
      const w = t[i - 3]
      const inSql = p.kind === LPAR ? o === undefined || (o.call && !(w?.kind === WORD && !w.call && !EXPRESSION_WORDS.has(w.text) && !CLAUSE.has(w.text) && !CALL_CONTEXT.has(w.text))) || o.kind === LPAR || o.kind === OP || o.kind === COMMA || o.kind === SEMI || (o.kind === WORD && (LOGIC.has(o.text) || COMPARE.has(o.text) || o.text === 'when' || o.text === 'select')) : p.kind === WORD && p.text === 'when'
      if (inSql && n !== undefined && (n.kind === RPAR || n.kind === COMMA || (n.kind === WORD && n.text === 'then'))) return true
    }
    if (x.kind === WORD && x.call && TIME_FUNCTIONS.has(x.text) && i > 0) {
      const p = t[i - 1]!
      if (p.kind === LPAR || p.kind === COMMA || p.kind === SEMI || ((p.kind === OP || p.kind === WORD) && (LOGIC.has(p.text) || COMPARE.has(p.text) || ARITH.has(p.text) || CALL_CONTEXT.has(p.text)))) return true
      // negated: and !sleep(5), rlike !sleep(5)
      if (p.kind === OP && (p.text === '!' || p.text === '~') && i > 1 && (t[i - 2]!.kind === LPAR || ((t[i - 2]!.kind === OP || t[i - 2]!.kind === WORD) && (LOGIC.has(t[i - 2]!.text) || COMPARE.has(t[i - 2]!.text))))) return true
    }
    // the simple case form: case 4821 when 4821 then
    if (x.kind === WORD && x.text === 'case' && t[i + 1]?.kind === NUM && t[i + 2]?.text === 'when' && t[i + 3]?.text === t[i + 1]!.text && t[i + 4]?.text === 'then') return true
  }
  return false
}

/**
 * A whole SQL program sent as data (a schema, a migration, a stored procedure, a test script): three
 * lines or more whose first statement (after blank and comment lines) defines or sets up something —
 * `CREATE`, `DROP`, `ALTER`, `DECLARE`, `BEGIN`, `USE`, `LOAD`, `GRANT`, `FLUSH`, `PRAGMA`, `IF [NOT] EXISTS` —
 * and that does not probe as only an injection does (`UNION SELECT`, a delay, files, `xp_cmdshell`,
 * a tautology). Its statements after `;` and its catalog names are its own.
 */
export function sqlProgram(v: string): boolean {
  if (v.length < 30 || v.length > 200_000) return false
  let lines = 0
  let first = -1
  // (fiftieth round) a migration's leading block comment of warnings (Prisma's `/*⏎  Warnings:⏎  - You are about to drop…⏎*/`), read past
  // as `-- ` lines are (review: only one that holds no quote, `;`, comment mark or second opening — to SQL a breakout inside a "comment"
  // is a string's text, `/*'; DROP TABLE users; -- */`; and not a value cut inside one, whose text before `*/` can be anything)
  let start = leadingBlockComment(v)
  // (fifty-second round) or the end of a table's definition a snippet was cut inside (Prisma's `    CONSTRAINT "x_pkey" PRIMARY KEY ("id")⏎);`)
  if (start === 0) start = definitionTail(v)
  let comment = start > 0
  while (start < v.length && lines < 3) {
    let end = v.indexOf('\n', start)
    if (end === -1) end = v.length
    const line = v.slice(start, Math.min(end, start + 200)).trim()
    // (fiftieth round's review: `--` opens a comment only before a blank, the line's end or Drizzle's `-->` breakpoint — MySQL reads
    // `--1 OR 2>1;` as a statement)
    // (fifty-fifth round's review, PostgreSQL 15: a carriage return inside a line ends its `--` comment, and `#` is an operator there —
    // `-- x⏎1; DROP TABLE victim; --` and `# polygon(…); DROP TABLE victim; --` after `WHERE id = ` ran: neither line is a comment then)
    if (line !== '' && ((!SQL_COMMENT_LINE.test(line) && !line.startsWith('#')) || line.includes('\r') || (line.startsWith('#') && line.includes(';')))) {
      if (first === -1) first = start
      lines++
    } else if (first === -1 && line.startsWith('-- ')) comment = true
    start = end + 1
  }
  if (first === -1) return false
  // (sixty-first round: 120 characters, a schema-qualified routine's name and its parenthesis within them)
  const head = v.slice(first, first + 120)
  // (fiftieth round, review: SQLite's PRAGMA only where a definition follows it, a migration rebuilding a table — not a query after it,
  // `pragma table_info(users);⏎select password from users;`)
  const ddl = PROGRAM_START.test(head) && (!PRAGMA_START.test(head) || DEFINITION_AFTER.test(v))
  // (thirty-second round) a migration's script: under a `-- ` comment of its own, or two statements each ended on its line, a
  // definition's (`-- AlterTable⏎ALTER TABLE "Template" ADD COLUMN …;`, `DROP TABLE user_ban;⏎⏎DROP TABLE user_;`) or a data change's
  // (`INSERT INTO "User" … ON CONFLICT DO NOTHING;`, `UPDATE "Document" SET … WHERE …;`, `DELETE FROM … WHERE …;`): the probes below
  // still count there
  // (review: every line's quotes balanced and none in a comment line — no breakout after the statements, `delete from t;⏎'; DROP …`,
  // nor one hidden in a "comment" that is the literal's text —, and its probes read with inline comments as blanks, `union/**/select`)
  if (lines < 3 || !ddl) {
    if (!ddl && !DML_START.test(head)) return false
    // (second look: and the first statement holding nothing the lexer and an engine read apart — `#` PostgreSQL's XOR, `--1` MariaDB's
    // minus, `$$…$$` PostgreSQL's string, a backslash, a comment, double quotes or backticks — before its `;`)
    if (!ddl && SELECT_START.test(head)) {
      const statement = v.slice(first, first + 2000)
      if (!FIRST_STATEMENT_PLAIN.test(statement) || !parenthesesClosed(statement)) return false
    }
    let ends = 0
    for (let i = v.indexOf(';'); i !== -1 && ends < 2; i = v.indexOf(';', i + 1)) if (STATEMENT_END.test(v.slice(i, i + 40))) ends++
    // (fiftieth round) one definition on one line, ended where the value ends (`ALTER TABLE page ADD locale text DEFAULT 'en' NOT NULL;`)
    const oneDefinition = lines === 1 && oneLineDefinition(v.slice(first))
    if (!(comment || oneDefinition ? ends >= 1 : ends >= 2)) return false
    if (PROGRAM_PROBE.test(v.replace(INLINE_COMMENTS, ' '))) return false
  }
  // (fiftieth round's review) every line's quotes balanced in a program of any length, not only a short one's (`CREATE TABLE a (b int);⏎'
  // OR 'a'<'b' /*` after three definitions was read as the program's, older than the round), and (older than the round) no literal
  // holding SQL: spliced into an application's string, the value's text inside its literals is the text outside the application's
  // (`-- x⏎ALTER TABLE t ADD c text DEFAULT ' OR 'a'<'b' OR 'x'<'x;` paired its quotes around ` OR ` and passed) — statementBreaksOut
  if (statementBreaksOut(v)) return false
  const probe = PROGRAM_PROBE.exec(v)
  if (probe === null) return true
  // (twelfth round) a UNION inside a routine the program defines (`CREATE PROCEDURE … AS SELECT … UNION ALL
  // SELECT …`) is the routine's own query; any other probe still counts
  if (!probe[0].startsWith('union')) return false
  const routine = ROUTINE.exec(v)
  return routine !== null && routine.index < probe.index && !statementProbes(v)
}
const ROUTINE = /\bcreate\s{1,4}(?:or\s{1,4}(?:replace|alter)\s{1,4})?(?:procedure|proc|function|view|trigger)\b/
const UNIONS = /\bunion\s{1,20}(?:all\s{1,20}|distinct\s{1,20})?\(?\s{0,4}select\b/g
// (fiftieth round: SQLite's `PRAGMA`, a migration's `PRAGMA foreign_keys=OFF;` before it rebuilds a table; fifty-second round: `TRUNCATE`, a
// migration's emptying of a cache table, Roundcube's `TRUNCATE `messages`;`, as `DROP` is)
const PROGRAM_START = /^\s{0,20}(?:create|drop|alter|truncate|declare|begin|use|load|grant|flush|pragma|if\s{1,4}(?:not\s{1,4})?exists)\b/
/** Whether every line of a script has its single quotes paired (`''` an escaped one) and no comment line holds one. */
function quotesBalanced(v: string): boolean {
  // every line, however many (`sqlProgram` bounds the value at 200,000 characters): a breakout on a script's last line counts
  for (let start = 0; start <= v.length; ) {
    let end = v.indexOf('\n', start)
    if (end === -1) end = v.length
    const line = v.slice(start, end)
    start = end + 1
    const t = line.trimStart()
    const quotes = loneQuotes(line, "'")
    if ((t.startsWith('--') || t.startsWith('#')) ? quotes > 0 || line.includes("''") : quotes % 2 !== 0) return false
  }
  return true
}
/** How many of a line's quotes (`quote`: `'` or `"`) are not one of a doubled pair (`''`, SQL's escaped quote). */
const loneQuotes = (line: string, quote: string): number => line.replaceAll(quote + quote, '').split(quote).length - 1
const INLINE_COMMENTS = /\/\*[^*]{0,200}\*\//g
/** (sixty-first round's review) a program opening on `select`, which fits inside an application's subquery (`IN (…)`) */
const SELECT_START = /^\s{0,20}select\b/
/** (second look) a first statement, to its `;`, of nothing but what every engine lexes alike (no `#`, `$`, `\\`, `-`, `/`, `"`, backtick) */
const FIRST_STATEMENT_PLAIN = /^[^#$\\\-/"`;]{1,2000};/
/** (review) the first statement's parentheses never close one it did not open (`select app.f(1));` closes an application's `IN (`) */
function parenthesesClosed(s: string): boolean {
  const t = lexed(s, 0)
  let depth = 0
  for (const x of t) {
    if (x.kind === LPAR) depth++
    else if (x.kind === RPAR && --depth < 0) return false
    else if (x.kind === SEMI) return depth === 0
  }
  return false
}
// (sixty-first round, the spent hundred-and-forty-sixth part's: or a migration's call of its own schema's routine first, Evergreen's
// `SELECT evergreen.upgrade_deps_block_check('1395', :eg_version);` — a name qualified by a schema no server's catalogue or package is)
const DML_START = /^\s{0,20}(?:insert\s{1,4}into|update\s{1,4}["`\w.]{1,60}\s{1,4}set|delete\s{1,4}from|select\s{1,4}(?!(?:sys|dbms_\w*|utl_\w*|pg_\w*|master|information_schema|mysql|performance_schema|sqlite_\w*)\.)[a-z_]\w{0,30}\.[a-z_]\w{0,60}\s{0,4}\()/
/** (fiftieth round: or Drizzle's breakpoint after it, `;--> statement-breakpoint`) */
const STATEMENT_END = /^;[ \t]{0,4}(?:--> statement-breakpoint[ \t]{0,4})?(?:\r?\n|$)/
/** (fiftieth round) a definition a migration adds or changes, and one statement on one line that ends the value */
const DEFINITION_START = /^\s{0,20}(?:create|alter)\s{1,4}(?:table|type|index|unique\s{1,4}index|view|sequence|schema|extension)\b/
const ONE_STATEMENT = /^[^;\n]{10,600};[ \t]{0,4}$/
/**
 * (fifty-second round) The end of a table's definition, a migration's snippet cut inside its `CREATE TABLE`: lines of columns and table
 * constraints (`    "name" TEXT NOT NULL,`, `    CONSTRAINT "x_pkey" PRIMARY KEY ("id")`), then the line that closes the definition
 * (`);`, table options before the `;`): each a column's name then its type (a common SQL type's name, or a quoted one, an enum's) or a
 * table constraint's keyword. No single quote, `;`, comment mark or `-` in those lines (a literal or a breakout would be one):
 * to a query spliced with it, such a line is no SQL an application's value holds, and the statements after it are read as a program's.
 */
const DEFINITION_TAIL = /^(?:[ \t]{0,8}(?:(?:"[a-z_][\w$]{0,63}"|`[a-z_][\w$]{0,63}`|[a-z_][\w$]{0,63})[ \t]{1,8}(?:(?:text|varchar|char|character|int|integer|bigint|smallint|tinyint|mediumint|serial|bigserial|boolean|bool|timestamp|timestamptz|datetime|date|time|uuid|json|jsonb|numeric|decimal|real|double|float|bytea|blob|longtext|mediumtext|tinytext|enum|citext|inet|money|interval|bit|binary|varbinary|string)\b|"[a-z_][\w$]{0,63}")|(?:constraint|primary[ \t]{1,4}key|foreign[ \t]{1,4}key|unique|check|key|index)\b)[^\n;'#/-]{0,300}\n){1,60}[ \t]{0,8}\)[^\n;'"#/-]{0,100};[ \t]{0,4}(?:\r?\n|$)/
/** The index after a definition's end a value opens on (DEFINITION_TAIL), or 0. */
function definitionTail(v: string): number {
  if (v.length > 40_000) return 0
  const m = DEFINITION_TAIL.exec(v)
  if (m === null) return 0
  // (the round's second review) spliced into a query, lines of names and types can still be an expression (`case "id" when "id" then id
  // end or (1=1⏎);`, MySQL's `_binary "x"` or adjacent strings `"id" "x"` inside `IN (…)`), the statements after it then run stacked: only a
  // tail that holds a key's keywords outside any quoted name, each quote pairing round a name only (`PRIMARY KEY`, `FOREIGN KEY`: a syntax
  // error in any query's expression in MySQL, PostgreSQL and SQLite, so nothing after it runs — not `CONSTRAINT` alone, PostgreSQL's bare
  // label, `select id constraint from users`; not after a `.`, a qualified name's), and no backslash or `$` (MySQL's `\"` escape,
  // PostgreSQL's dollar quotes hide a quote's end)
  const tail = m[0]
  if (tail.includes('\\') || tail.includes('$')) return 0
  const bare = tail.replace(DEFINITION_TAIL_QUOTED, ' ')
  if (/["`[\]]/.test(bare) || !DEFINITION_TAIL_KEY.test(bare)) return 0
  return tail.length
}
/** a quoted name in a definition's tail, a name only inside its quotes */
const DEFINITION_TAIL_QUOTED = /"[a-z_][\w]{0,63}"|`[a-z_][\w]{0,63}`|\[[a-z_][\w]{0,63}\]/g
/** a key's keywords, no expression's words in any of the three databases */
const DEFINITION_TAIL_KEY = /(?<!\.\s{0,20})\b(?:primary|foreign)[ \t]{1,4}key\b/
/**
 * (fiftieth round) Where a value's leading block comment ends (after its `*\/` and the line's break), or 0: one that opens the value and
 * holds prose only (review: no quote, `;`, comment mark or second opening, which SQL would read otherwise).
 */
function leadingBlockComment(v: string): number {
  if (!v.trimStart().startsWith('/*')) return 0
  const open = v.indexOf('/*')
  const close = v.indexOf('*/', open + 2)
  if (close === -1 || close > 4000 || COMMENT_BODY_BAD.test(v.slice(open + 2, close))) return 0
  const eol = v.indexOf('\n', close)
  // (fifty-first round's review) nothing after it on its line: that text is no comment's (`/* x */ 0 OR 1 /*⏎ALTER TABLE …;⏎*/`, a number's splice)
  if (v.slice(close + 2, eol === -1 ? v.length : eol).trim() !== '') return 0
  return eol === -1 ? v.length : eol + 1
}
const COMMENT_BODY_BAD = /['";#]|--|\/\*/
const SQL_COMMENT_LINE = /^--(?:[ \t]|$|> statement-breakpoint)/
/**
 * SQL that a literal's text would be if the literals' quotes were the other way round: text that opens on what continues an expression
 * after a string (a boolean, a union, a comparison, a comment) or closes on what needs one after it (not a word a routine's literal
 * holds, `'Select...'`, `'-1'`, `'%s'`)
 */
const LITERAL_SQL = /^\s*(?:(?:or|and|xor|union|having|where|order|group|limit|into|procedure|div)\b|\|\||--|[;#=<>+*\/^&|])|(?:\b(?:or|and|xor|like|union|select|where|having)|\|\||[=<>+*\/^&|,(])\s*$/
/** Whether one of a program's literals holds SQL (`LITERAL_SQL`), each literal read as `DEFINITION_LITERAL` pairs the quotes. */
function literalsHoldSql(v: string): boolean {
  if (someLiteralSql(v, 39)) return true
  // (fifty-first round's review) and a double quote's, which MySQL and SQLite read as a string's (`DEFAULT " OR 2>1 OR ";`), every line's
  // paired
  if (v.includes('"')) {
    // (fifty-first round's second review) MySQL's `\"` keeps an application's double-quoted literal open, as `\'` does a single-quoted one: two of them keep every
    // line's count even while the quote after them closes the literal (`DEFAULT \"x\"y" OR 2>1 OR ";`)
    if (v.includes('\\"') || someLiteralSql(v, 34)) return true
    for (const line of v.split('\n')) if (loneQuotes(line, '"') % 2 !== 0) return true
  }
  return false
}
/** Whether one of a text's literals quoted by `quote` (a code unit: `'` or `"`) holds SQL (`literalSql`). */
function someLiteralSql(v: string, quote: number): boolean {
  const spans = literalSpans(v, quote)
  for (let i = 0; i < spans.length; i += 2) {
    const text = v.slice(spans[i]! + 1, spans[i + 1]! - 1)
    // (a double-quoted name is an identifier to PostgreSQL and SQLite, a keyword's too — a column `"order"`, `"group"` —, and a name alone
    // breaks nothing out: read as SQL, one word between two strings is a syntax error)
    // (fifty-first round's second review: not an operator's word — between two strings it joins them, `DEFAULT "or"1"or";` is `"…" or "1" or "…"`, true in MySQL
    // and SQLite)
    if (quote === 34 && IDENTIFIER.test(text) && !OPERATOR_WORD.test(text)) continue
    if (literalSql(text)) return true
  }
  return false
}
const IDENTIFIER = /^[a-z_][\w$]{0,63}$/
/** the words that join or compare the operands around them, shared by OPERATOR_WORD and LITERAL_HEX_PLAIN */
const JOINING_WORDS = 'or|and|xor|not|is|in|like|ilike|rlike|regexp|similar|sounds|glob|match|between|collate|escape|mod|div|member'
/** (fifty-first round's second review) a word that joins or compares the operands around it (what a double-quoted bare name must not be) */
const OPERATOR_WORD = new RegExp(`^(?:${JOINING_WORDS})$`)
/**
 * (fifty-first round's review) A literal's text read as SQL: `LITERAL_SQL`, or a comment mark or a `;` in it (the rest of its line then the
 * application's SQL, the lines after it its statements: `DEFAULT '-0;#';⏎CREATE TABLE …;⏎-- `), or a text that opens or closes on an
 * operator (`'-0 OR 1 -'`, `'!=0 OR 2>1 -'`, `' IS NULL UNION(SELECT …) -- '`, `'::text OR 2>1 OR name ~'`; fifty-fifth round's review:
 * opening and closing on one with no boolean or union in it, `' IS NOT NULL = 1 - '`), or a statement after a blank opening it
 * (`' DROP TABLE users PRINT '`)
 */
function literalSql(s: string): boolean {
  if (LITERAL_SQL.test(s) || LITERAL_CUT.test(s)) return true
  // (fifty-first round's second review) a hex colour's `#` is MySQL's comment too, and hides the literal's closing quote: only after plain words (`'primary #1e40af'`),
  // not after text that goes on from the application's string (`DEFAULT '-0#fff';⏎OR 2>1 #`: `'…' -0`, then the next line is SQL)
  if (s.includes('#') && !LITERAL_HEX_PLAIN.test(s)) return true
  // (fifty-fifth round's review, MariaDB and SQLite: an operator opening and one closing the text are SQL with no boolean between them,
  // `' IS NOT NULL = 1 - '` after `WHERE name = '` returned every row — its start continues the application's expression, its end takes
  // the application's closing quote; one alone is a format's, `strftime('%s', 'now')`; and a statement after a blank opening it, which SQL Server's batch runs without a `;`,
  // `' DROP TABLE users PRINT '`)
  const start = LITERAL_OPERATOR_START.test(s)
  const end = LITERAL_OPERATOR_END.test(s)
  return ((start || end) && LITERAL_JOIN.test(s)) || (start && end) || LITERAL_STATEMENT.test(s)
}
const LITERAL_JOIN = /\b(?:or|and|xor|union|intersect|except)\b|\|\||&&/
const LITERAL_STATEMENT = /^\s+(?:drop|create|alter|truncate|exec|execute|declare|shutdown|waitfor|insert|update|delete|select|grant|revoke|print|raiserror|backup|restore|dbcc|kill)\s+[\w@#(]/
const LITERAL_CUT = /--|\/\*|;|#(?![0-9a-f]{3,8}\s*$)/
const LITERAL_HEX_PLAIN = new RegExp(String.raw`^\s*(?!(?:${JOINING_WORDS})\b)[a-z][\w ]{0,200}#[0-9a-f]{3,8}\s*$`)
const LITERAL_OPERATOR_START = /^\s*(?:[-+!%~:)\]=<>^&|*\/]|(?:is|in|not|like|ilike|rlike|regexp|similar|sounds|glob|match|between|collate|escape|mod|div)\b)/
const LITERAL_OPERATOR_END = /(?:[-+!%~=<>^&|*\/(,]|\b(?:is|in|not|like|ilike|rlike|regexp|similar\s+to|glob|match|between|escape|mod|div|from|_\w+|n|e|x|b|date|time|timestamp|interval))\s*$/
/**
 * (fifty-first round) Where the string literals of a SQL text are (quoted by `quote`, `'` by default), as `DEFINITION_LITERAL`'s matches
 * find them (each literal's start and end, in order), read in time linear in the text's length: the pattern reads from every quote a literal that never closes to the line's
 * end again, and a line of escaped quotes (`'\'\'\'…`) cost the square of its length — 230 ms in a 16 KiB value. A reading from a quote
 * goes on to its closing quote (the last doubled quote's first one when the line ends first: the pattern's backtracking); where it meets
 * a place an earlier reading went through, it goes on as that one did, to a line's end, and is not read again.
 */
export function literalSpans(v: string, quote = 39): number[] {
  const spans: number[] = []
  const n = v.length
  const mark = String.fromCharCode(quote)
  let read: Uint8Array | undefined
  for (let p = v.indexOf(mark); p !== -1; ) {
    let k = p + 1
    let doubled = -1
    let close = -1
    for (;;) {
      if (k >= n || (read !== undefined && read[k] === 1)) break
      ;(read ??= new Uint8Array(n))[k] = 1
      const c = v.charCodeAt(k)
      if (c === 10) break
      if (c === 92) {
        const d = v.charCodeAt(k + 1)
        if (k + 1 >= n || d === 10 || d === 13 || d === 0x2028 || d === 0x2029) break
        k += 2
      } else if (c === quote) {
        if (v.charCodeAt(k + 1) !== quote) {
          close = k
          break
        }
        doubled = k
        k += 2
      } else k++
    }
    if (close === -1) close = doubled
    if (close === -1) p = v.indexOf(mark, p + 1)
    else {
      spans.push(p, close + 1)
      p = v.indexOf(mark, close + 1)
    }
  }
  return spans
}
const PRAGMA_START = /^\s{0,20}pragma\b/
const DEFINITION_AFTER = /\n[ \t]{0,8}(?:create|alter)\s/
/** a string literal, `''` an escaped quote inside it: the grammar `literalSpans` reads (in one pass; sql.test.ts holds it to it) */
export const DEFINITION_LITERAL = /'(?:[^'\\\n]|''|\\.)*'/g
/** what a definition's literal follows: a default, a comment, a list's opening or its next item */
const LITERAL_BEFORE = /(?:\bdefault|\bcomment|[(,])\s{0,4}$/
/** a boolean, a query, a comparison, a comment mark or another statement's keyword, anywhere in the line — inside its literals too */
const DEFINITION_BAD = /\b(?:or|and|xor|like|union|select|exists|if|case|when|where|sleep|benchmark|waitfor|exec|execute|drop|delete|insert|update|shutdown|grant|into)\b|\|\||[<>=#"]|--|\/\*/
/**
 * (fiftieth round) One `CREATE` or `ALTER` definition on one line, ended by `;` where the value ends (Drizzle's migrations, `ALTER TABLE
 * page ADD locale text DEFAULT 'en' NOT NULL;`). (Review) Its literals each after `DEFAULT`, `COMMENT`, `(` or `,`, and nothing in it —
 * inside its literals too, which a breakout makes SQL (`… DEFAULT ' OR 1=1 -- ';`) — a boolean, a query, a comparison, a comment mark, a
 * double quote or another statement's keyword.
 */
function oneLineDefinition(s: string): boolean {
  if (!DEFINITION_START.test(s) || !ONE_STATEMENT.test(s) || DEFINITION_BAD.test(s)) return false
  let last = 0
  const spans = literalSpans(s)
  for (let i = 0; i < spans.length; i += 2) {
    if (!LITERAL_BEFORE.test(s.slice(last, spans[i]))) return false
    last = spans[i + 1]!
  }
  return !s.slice(last).includes("'")
}
const PROGRAM_PROBE = /\bunion\s{1,20}(?:all\s{1,20}|distinct\s{1,20})?\(?\s{0,4}select\b|\b(?:sleep|pg_sleep(?:_for|_until)?|benchmark|load_file|extractvalue|updatexml)\s{0,4}\(|\bwaitfor\s{1,4}(?:delay|time)\b|\binto\s{1,4}(?:out|dump)file\b|\bxp_cmdshell\b|\b(?:or|and)\s{1,4}(?:(\d{1,10})\s{0,4}=\s{0,4}\1(?!\d)|('[^'\n]{0,20}')\s{0,4}=\s{0,4}\2)/
/**
 * (thirty-fourth round, review) Whether a statement probes something besides its unions: a delay, a file read or written, a command, a
 * tautology (`select sleep(5) from dual`, `select a as "x" from t where 1=1 or 1=1`)
 */
export function statementProbes(v: string): boolean {
  return PROGRAM_PROBE.test(v.includes('union') ? v.replace(UNIONS, ' ') : v)
}
/**
 * (fifty-first round's review) Whether a statement's or a program's quotes break out of an application's literal: unpaired on a line, a
 * literal holding SQL, or MySQL's `\\'`, which keeps the application's literal open so that the quote after it closes it
 * (`DEFAULT \\''||1#'';`)
 */
export function statementBreaksOut(v: string): boolean {
  return v.includes("\\'") || !quotesBalanced(v) || literalsHoldSql(v)
}
/** Whether a value is a SQL statement from its first word (`SELECT a FROM b`, `DELETE FROM t WHERE`). */
export function sqlStatement(v: string): boolean {
  const tokens = lexed(v, 0)
  return tokens.length > 0 && (statementAt(tokens, 0) || (tokens[0]!.kind === WORD && tokens[0]!.text === 'with' && tokens[1]?.kind === WORD && tokens[2]?.text === 'as'))
}
/** The lexer's few patterns and the program's, for the ReDoS checks. */
export const SQL_PATTERNS: readonly RegExp[] = [LITERAL_STATEMENT, LINE_BREAK, NON_BLANK, CALL_OPENING, SELECT_START, FIRST_STATEMENT_PLAIN, DEFINITION_TAIL, DEFINITION_TAIL_QUOTED, DEFINITION_TAIL_KEY, OBJECT_ARGUMENT, USE_STRICT, QUOTED_HASH, VERSION_RANGE, VERSION_RANGE_ALL, FULL_STOP, QUOTATION, PROSE_AFTER_QUOTE, LEADING_NOISE, ESCAPED_QUOTE, PROGRAM_START, DML_START, STATEMENT_END, DEFINITION_START, ONE_STATEMENT, COMMENT_BODY_BAD, SQL_COMMENT_LINE, LITERAL_SQL, IDENTIFIER, OPERATOR_WORD, LITERAL_CUT, LITERAL_HEX_PLAIN, LITERAL_JOIN, LITERAL_OPERATOR_START, LITERAL_OPERATOR_END, PRAGMA_START, DEFINITION_AFTER, DEFINITION_LITERAL, LITERAL_BEFORE, DEFINITION_BAD, INLINE_COMMENTS, PROGRAM_PROBE, ROUTINE, UNIONS, SCIENTIFIC, SCIENTIFIC_ALL, ISSUE_REFERENCE_ALL, PHP_GUARD, PHP_GUARDS, TAG_PAIR, TAG_PAIRS, QUOTED_BRACKETS_TAG, QUOTED_BRACKETS_TAGS, QUOTED_TAGS, QUOTED_TAG_VALUES, SHORT_CIRCUIT, SQL_PACKAGE_OR_PROBE, QUOTED_WORD, QUOTED_WORDS, QUOTED_TERMS, SQL_AFTER_TERMS, LITERAL_COMPARISON, ARITHMETIC, LONE_BACKTICK, LONE_BACKTICKS, DOUBLED_KEYWORD, DOUBLED_KEYWORDS]
