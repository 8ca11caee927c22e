/**
 * (thirty-third round) A template's own source sent as a value — a theme editor's page, a snippet in a ticket,
 * a file uploaded to a repository: Jinja's, Twig's, Django's, Liquid's or Handlebars' tags (`{% if %}`,
 * `{{ x|trans }}`), or ERB's and EJS's (`<% if … %>`, `<%= link_to … %>`), among markup. Such a page is all
 * tags; being one says nothing. So each of its tags is judged alone, for what template injection needs and a
 * page's own tags do not do:
 *
 * - reach an object's internals, a process, code or a file by name (`__class__`, `constructor`, `popen`,
 *   `system(`, Twig's `_self.env`, a filter handed a PHP callable's name, an include of `/etc/…`);
 * - choose a name at run time (`|attr`, `|filter(f)`, `(x|string)[3]`), or — across the page — key an object by
 *   a name chosen at run time where the page also holds a name's material (the request's data, `'_'`, `u*2`, a
 *   `{% set %}` block's text);
 * - probe or disclose: arithmetic on literals (`{{ 7*7 }}`), two literals joined, the engine's objects
 *   (`{{ config }}`, `{{ self }}`, `request.environ`), the application's secrets, `{% debug %}`.
 *
 * A value is a page when it holds tags of one family (Jinja's kind or ERB's kind, not both: mixing them is a
 * polyglot probe) and markup around them: an HTML tag outside them, tags on two lines, or two lines that are
 * one tag alone. A tag ends where Jinja's lexer ends it (outside its strings and its own braces); one hiding
 * another engine's opening makes the value no page. The rest of the value, its tags blanked, is judged as
 * any value is (a `${…}` among the markup is still read). One tag alone is no page: it is still a probe.
 *
 * Pure and bounded: at most MAX_TAGS tags of at most MAX_TAG characters each, read once left to right; a
 * longer tag, or more tags, and the value is no page (it is judged as before).
 */
const MAX_TAGS = 600
/** how far a Mako block opened by a one-line comment is read for what it reaches */
const MAKO_BLOCK = 4000
const MAX_TAG = 600
const MAX_PAGE = 200_000

/** What a page's tags reach, and the page without them. */
export interface TemplatePage {
  readonly reaches: boolean
  readonly rest: string
  /** its tags on two lines at least (not one line's tags among markup) */
  readonly lines: boolean
}

// ---- Jinja's kind: `{{ … }}` and `{% … %}` ----------------------------------------------------------------

/**
 * Python's special names an object walk takes (`__class__`, `__globals__`, `__init__`), wherever they are written: as a name, a
 * subscript's key, `|attr`'s argument. Any other special name only outside a string literal (`replace("__placeholder__", …)` is text).
 * (Fifty-second round: not inside a word, Django's lookups through relations, `queue__id__isnull`, `author__name__icontains`: Python's
 * special names stand alone, after a dot, a quote or a bracket.)
 */
const WALK_NAMES = /(?<![a-z0-9])__(?:class|mro|bases?|subclasses|init|globals|builtins|import|getitem|getattribute|getattr|dict|code|func|self|module|loader|spec|call|new|reduce(?:_ex)?|closure|defaults|kwdefaults|wrapped|objclass|traceback|frame|file|setattr|delattr|dir|enter|exit|name|qualname|doc|str|repr|contains|len|iter|next)__/
/**
 * Words no page's tag needs, wherever written, a string literal too (a walk's step may be a subscript's key, `range['constructor']`):
 * an object's internals, a process, the engine's own machinery. An underscore is no word's boundary here (`x_x_globals_x_x`).
 */
const RAW_REACH =
  /(?<![a-z0-9])(?:mro|subclasses|globals|builtins|constructor|prototype|classloader|popen|subprocess|passthru|shell_exec|proc_open|pcntl_exec|getruntime|processbuilder|child_process|mainmodule|file_excerpt|registerundefined(?:filter|function)callback|getfilter|setcache|get_admin_log|templatereference|scriptenginemanager|template_from_string)(?![a-z0-9])|__proto__|\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|n\{|[0-7]{1,3})|%c(?![a-z])|(?<![\w.])([1-9])\s{0,4}\*{1,2}\s{0,4}(['"]?)\1\2(?![\w.])/
/** A string literal of one line, its escapes kept whole. */
const STRING_LITERAL = /'(?:[^'\\\n]|\\.){0,300}'|"(?:[^"\\\n]|\\.){0,300}"/g
/**
 * What a tag reaches by its names, its string literals each replaced by `'p'` (a plain one) or `'u'` (one opening on `_`, holding `__`, an
 * escape or `%c`): a special name, a process or code (`os.`, `system(`, `.popen(`, `(eval)(`, `getattr(`, `import_module`), a private
 * attribute (`._x`), a module or an interpreter reached (`require(`, `process.`), Handlebars' `.apply`, `this.push`. (Fifty-second round: a
 * method called through PHP's `->` or `::` is no builtin, Blade's `request()->input('filter')` — its review: the arrow and the double colon
 * whole, not a `>` or `:` alone, `{{ 1>system(request('c')) }}`, `{{ ['a'=>system(…)] }}` and `{{ 0 ?: system(…) }}` ran the command in
 * PHP; nor Ruby's `Kernel::system`; nor a special name inside a word, as above.)
 */
const NAMED_REACH =
  /(?<![a-z0-9])__[a-z][a-z0-9_]{0,30}__|\b(?:getclass|forname)\s*\(|(?<!(?:[\w.]|->|(?<!\bkernel)::)\s{0,4})(?:system|exec|execfile|eval|compile|spawn|require|open|read_file|readfile|file_get_contents|file_put_contents|fopen|getattr|setattr|delattr|vars|dir|locals|import_module|__import__|input|breakpoint)\s*\(|\(\s*(?:eval|exec|execfile|compile|getattr|open|__import__|input|globals|locals|vars|system)\s*\)\s*\(|\.\s*(?:system|popen\w{0,10}|spawn\w{0,10}|exec[a-z]{0,10}|eval|check_output|getoutput|getstatusoutput|load_module|import_module|openstream)\s*\(|\bt\s*\(\s*java\.|\bjava\s*\.\s*(?:lang|io|net|nio)\b|\.\s*class\s*\.\s*[a-z]|\.\s*_[a-z]\w{0,40}__[a-z]|\b(?:os|sys|importlib|builtins|process|global|globalthis)\s*[.[]|\bthis\s*\.\s*(?:pop|push|shift|unshift|splice)\b|\.\s*apply\b|\bapply\s+0\b|\bfunction\s*\(|\|\s*(?:system|exec|passthru|shell_exec|popen|sh|bash|eval)\b/
/**
 * The engine's objects and the application's secrets read (on the tag with its literals replaced as above). (Thirty-seventh round: Jinja's
 * `self` read for a field that ends the tag, a Django mail template's `{{self.get_full_name}}`, is a block's or the model's name, as a block
 * called is, `{{ self.title() }}`; `self` alone, by a private name or in any further expression is still read.)
 */
const ENGINE_READ =
  /(?<![\w.'"$-]|\bfor\s{1,4})config\b(?!\s*\(|\s*\.\s*(?!(?:items|values|keys|copy|get|pop|setdefault|update|to_dict|get_namespace|from_[a-z]{2,20})\b)[a-z]\w*)|(?<![\w.$])self\b(?!\s*\.\s*[a-z]\w*\s*\(|\s*\.\s*[a-z]\w*(?:\s*\.\s*[a-z]\w*){0,4}\s*[-~+]?\s*$)|\b_self\s*\.\s*(?:env|getenvironment|gettemplatename|getsource|loadtemplate)\b|\b_context\b|(?<![\w.])(?:lipsum|joiner|cycler|namespace|get_flashed_messages|url_for)\b(?!\s*\()|\brequest\s*\.\s*(?:environ|application|meta)\b|\bhandler\s*\.\s*(?:settings|application)\b|\bsigner\b|\bstorages\b|\b(?:user|u|usr|account|member|admin|owner|author)\s*\.\s*password\b|\b(?:password_hash|hashed_password|password_digest|encrypted_password)\b|\bdump\s*\(\s*(?:app|_context|_self)?\s*\)|\battribute\s*\(\s*(?:app|_self|_context|_charset)\b|(?<![\w.$])(?:request|config|self|_self|app|g|lipsum|cycler|joiner|namespace|url_for|get_flashed_messages|range|dict)\s*\[/
/**
 * Secrets by their names, read from the configuration, the settings or the server's environment (on the tag as written); (thirty-fourth
 * round) Go's environment read from its data's root, `.Env.DATABASE_URL`, `$.Env.X`, and its `.Password`
 */
const SECRET_READ =
  /(?<![\w'".$-])(?:config|settings|app\s*\.\s*config|environ|env)\s*(?:\.\s*|\[\s*['"]|\(\s*['"])[\w.]{0,60}?(?:secret|passw|token|salt|credential|private_key|api_key|databases?\b|dsn)|(?<![\w)\]'"-])\.\s*(?:env\s*\.\s*[a-z_]|password\b)|\bapp\s*\.\s*request\s*\.\s*server\b(?!\s*\.\s*get\s*\(\s*['"](?:http_|request_|server_|remote_|script_|path_|query_|content_|https\b|frankenphp)[\w-]{0,60}['"]\s*\))/
/**
 * A name chosen at run time: `|attr`, `attribute=` or Twig's `attribute()` given anything but a plain literal, a filter that calls (Twig's
 * `filter`, `map`, `sort`, `reduce`) handed anything but a plain literal, a keyword or an arrow function, a literal or an empty collection
 * subscripted (`'a_b'[1]`, `()[…]`), a callable named by a PHP function (`|filter('system')`).
 */
const NAME_CHOSEN =
  /\|\s*attr\b|\battr\s*\(|\|\s*(?:filter|map|sort|reduce|apply)\s*\(\s*(?!\)|'p'\s*[,)]|(?:attribute|reverse|case_sensitive|default)\s*=(?!=)|\(\s*(?:\$?[a-z_]\w*\s*(?:,\s*\$?[a-z_]\w*\s*)*)?\)\s*=>|\$?[a-z_]\w*\s*=>|fn\s*\()|(?:'[pu]'|\(\s*\)|\[\s*\]|\{\s*\})\s*\[|\bdict\s*\(\s*_|\|\s*string\s*\|\s*list\b|\|\s*(?:string|list|pprint|tojson|e|escape|urlencode)\s*\)\s*\[|\bselect\s*\|\s*string\b/
const CALLABLE_NAMED =
  /\b(?:filter|map|sort|reduce|usort|uasort|apply|array_map|array_filter|call_user_func(?:_array)?)\s*\(\s*(?:(?:arrow|initial|callback)\s*[=:]\s*)?['"]\s*\\?\s*(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|assert|eval|call_user_func(?:_array)?|create_function|file_get_contents|file_put_contents|readfile|fopen|fwrite|highlight_file|show_source|phpinfo|unserialize|putenv|mail|curl_exec|include|require)\s*['"]/
/** An attribute named at run time: `attribute=` or Twig's `attribute()` given anything but a plain literal. */
const ATTRIBUTE_CHOSEN = /\battribute\s*=\s*(?!'p')|\battribute\s*\(\s*[^,()]{1,80},\s*(?!'p'\s*[,)])/
/**
 * A name's material the page does not write out: the request's data, a literal that opens on `_` or holds an escape (`'u'`), a literal
 * holding `_` operated on (`'x_'|replace(…)`, `'_' * 2`, `'engine_' ~ x`, `"_".join(…)`) — on the tag as written.
 */
const NAME_MATERIAL = /\brequest\s*\.\s*(?:args|values|form|cookies|headers|data|json|files|environ|get|post|query|params|mimetype_params|view_args|full_path|path|url|user_agent|referrer|authorization|get_json|get_data)\b|\bapp\s*\.\s*request\s*\.\s*(?:query|request|cookies|headers|attributes|files|server|content)\b|(['"])[^'"\n]{0,80}_[^'"\n]{0,80}\1\s*(?:[|*~+%[.])|(?:[~+*%]|\bformat\s*\()\s*(['"])[^'"\n]{0,80}_|\b[a-z_]\w{0,40}\s*\*\s*\d/
/** A subscript and the name (or closing bracket) before it; its key up to the next bracket. */
const SUBSCRIPT = /(?:\b([a-z_]\w{0,40})|(?<=[)\]]))[ \t]{0,4}\[([^[\]\n]{0,200})([\][]|$)/g
/** a key that names nothing chosen at run time, its blanks removed: a number, a plain literal, a slice of numbers */
const PLAIN_KEY = /^(?:-?\d{1,9}|'p'|-?\d{0,9}:-?\d{0,9}(?::-?\d{0,9})?)$/
const BLANKS = /\s+/g
/** words before a list's opening, not a subscript's */
const LIST_BEFORE = new Set(['in', 'and', 'or', 'not', 'is', 'if', 'else', 'elif', 'with', 'as', 'set', 'return', 'for', 'assign', 'when', 'unless', 'echo', 'do', 'print'])

/** A file outside the templates included or read (`{% include '/etc/passwd' %}`, `{{ source('../../.env') }}`, `source('/'~'etc/passwd')`). */
const FILE_TARGET =
  /\b(?:include|extends|import|from|source|embed|ssi|render|open|read|include_relative)\b[\s(]{1,4}(?:['"](?:\/(?:etc|proc|var|root|home|usr|tmp|dev|sys|boot|windows|app|srv|opt)\b|[^'"]{0,80}\.\.[\\/]|[a-z]:\\|(?:file|php|data|expect|zip|phar|https?|ftp):)|(['"])(?:\/|\.\.|[a-z]{2,10}:)[^'"\n]{0,80}\1\s*[~+])|\brender\s*\(?\s*(?:inline|file|template)\s*:\s*(?!['"][\w\/.-]{1,200}['"])/
/** The engine's dumps (`{% debug %}`, `{% ssi … %}`, `{% load log %}`) and the engine's objects printed whole (`{{ request }}`, `{{ g }}`). */
const ENGINE_OBJECT = /^[-~+]?\s*(?:(?:request|settings|app|session|g|environment|loader|env|_self|_context)(?:\s*\|\s*[a-z_]{1,20})*|debug|ssi\b[^\n]*|load\s+log\b[^\n]*)\s*[-~+]?$/
/** Two literals joined as the whole expression: a probe's marker (`{{ 'a'+'b' }}`, `{{ "x"~"y" }}`). */
const LITERALS_JOINED = /^[-~+]?\s*(['"])[^'"\n]{0,80}\1\s*[~+]\s*(['"])[^'"\n]{0,80}\2\s*[-~+]?$/
/** A Python import in a tag: Tornado's and Mako's (`{% import os %}`, `{% from os import popen %}`; Jinja's imports name a template, quoted). */
// (Twig's `{% import _self as forms %}` imports the page's own macros)
const PYTHON_IMPORT = /^[-\s]*(?:import\s+(?!['"]|_self\b)[a-z_]|from\s+(?!['"]|_self\b)[a-z_][\w.]*\s+import\b)/
/** The whole expression arithmetic on literals: a probe (`{{ 7*7 }}`, `{{ 7*'7' }}`, `<%= 7 * 7 %>`). */
const ARITHMETIC = /^[-~+=]?\s*(?:\(\s*)?['"]?\d{1,12}['"]?(?:\s*\))?(?:\s*(?:\*\*|\/\/|[*+/%-])\s*(?:\(\s*)?['"]?\d{1,12}['"]?(?:\s*\))?){1,4}(?:\s*\|\s*[a-z_]{1,20})*\s*[-~+]?$/
/**
 * Another engine's opening inside a tag — a tag left open at the value's end too, read to it —: the tag hides a second language, so
 * the value is no page (`#{…}` is Twig's and Ruby's own interpolation).
 */
const OTHER_OPENING = /\$\{|\*\{|@\{|<#|\[#|#set\s*\(|@\(|\{\{|\{%|<%|%>/

// ---- ERB's kind: `<% … %>` ---------------------------------------------------------------------------------

/**
 * Ruby, JavaScript, Java, Python or ASP reaching a process, code, a file or the engine from an ERB, EJS, JSP, Mako or ASP tag (lowercase).
 * (Thirty-sixth round: a JSP declaration's or a Mako module block's `!` reaches, but not HEEx's comment of words and blanks, `<%!-- Left
 * Sidebar --%>`: no statement to EJS either, which runs `<%!-- include, new process.exit //--%>`.)
 */
const SCRIPTLET_REACH =
  /(?<![\w.@$])(?<![^:]:)(?:system|exec|spawn|popen|eval|syscall|fork|require|import|load|open|execute|createobject|getattr|exec_|instance_variable_set)(?:\s*\(|[ \t]*['"`]|[ \t]+(?![=\s])[\w:@$|])|\b(?:instance_eval|class_eval|module_eval|instance_variable_get|const_get|getruntime|forname|getclass|getenginebyname|openstream)\s*[(\s'"`]|\.\s*eval\s*\(|\bbinding\s*\.|\b(?:send|public_send|__send__|method|instance_method)\s*\(?\s*[:'"]\s*(?:system|exec|eval|spawn|popen|syscall|fork|open|require|load|instance_eval|class_eval|module_eval|const_get|send|public_send|instance_variable_get|binding|define_method)\b|(?:\b(?:send|public_send|__send__)\b\s*\(?|\b(?:method|instance_method)\s*\()[^)\n%]{0,80}?(?:\+|<<|\bparams\b|\brequest\b|\bcookies\b|\bsession\b|to_sym|\.join\b)|\bparams\b[^\n%]{0,80}\b(?:safe_)?constantize\b|`|%x|(?<![\w.])(?:kernel|io|file|dir|pathname|open3|pty|process|runtime|processbuilder|child_process|global|globalthis|wscript|server|os|subprocess|erb|marshal|yaml|uri|net::http)\s*(?:\.|::|\[)\s*['"]?[a-z]|\bpathname\s*\(|\b(?:gem::util|rake|fileutils|objectspace|activerecord)\b|\.\s*connection\s*\.\s*(?:execute|exec_query|select_all)\b|\benv\b\s*(?:\[|\.|%>|$)|\brails\s*\.\s*application\s*\.\s*(?:secret|credentials|secrets|config)|\b(?:this|globalthis)\s*\.\s*process\b|\bfunction\s*\(|\batob\s*\(|\bbuffer\s*\.\s*from\b|\brender\s*\(?\s*(?:inline|file)\s*:|\brequire\s*\(|\bconstructor\b|__proto__|__[a-z]{2,30}__|\bresponse\s*\.\s*write\b|\bt\s*\(\s*java\.|\bjava\s*\.\s*(?:lang|io|net|nio)\b|\bscriptenginemanager\b|\burl\s*\(\s*['"]file:|\binclude\s*\(\s*(?!['"][\w/.-]{1,200}['"]\s*[,)])|\binclude\s*\(\s*['"](?:\/|[^'"]{0,200}\.\.)|^!(?!--[ \t]{1,4}[a-z0-9]{1,30}(?: [a-z0-9]{1,30}){0,10}[ \t]{1,4}--$)|^\s*@\s*page\b[^\n]*\bimport\s*=/

// ---- the page ------------------------------------------------------------------------------------------------

const HTML_TAG = /<\/?[a-z][a-z0-9-]{0,30}[\s/>]/
/** A line that is one tag alone (`{% endblock %}`, `{{ result_footer(result) }}`, `<% end %>`). */
const TAG_LINE = /(?:^|\n)[ \t]*(?:\{%[^\n]{0,300}%\}|\{\{[^\n]{0,300}\}\}|<%[^\n]{0,300}%>)[ \t]*(?=\r?\n|$)/g

/** A subscript keyed by a name chosen at run time (`lipsum[g]`, `x[request.args.a]`, `a[b[0]]`); a list after a keyword is none. */
function chosenKey(n: string): boolean {
  if (!n.includes('[')) return false
  SUBSCRIPT.lastIndex = 0
  for (let m = SUBSCRIPT.exec(n); m !== null; m = SUBSCRIPT.exec(n)) {
    if (m[1] !== undefined && LIST_BEFORE.has(m[1])) continue
    if (m[3] !== ']' || !PLAIN_KEY.test(m[2]!.replace(BLANKS, ''))) return true
  }
  return false
}

/** A literal replaced by what it can name: `'u'` when it opens on `_`, holds `__`, an escape or `%c`; else `'p'`. */
const literalKind = (m: string) => (m.charCodeAt(1) === 95 || m.includes('__') || m.includes('\\') || m.includes('%c') ? "'u'" : "'p'")

/** Whether a tag of Jinja's kind reaches (its content, lowercase, without its delimiters). */
function jinjaReaches(t: string, page: PageState): boolean {
  if (WALK_NAMES.test(t) || RAW_REACH.test(t) || CALLABLE_NAMED.test(t) || FILE_TARGET.test(t) || SECRET_READ.test(t) || ENGINE_OBJECT.test(t) || LITERALS_JOINED.test(t) || PYTHON_IMPORT.test(t) || ARITHMETIC.test(t)) return true
  const n = t.includes("'") || t.includes('"') ? t.replace(STRING_LITERAL, literalKind) : t
  if (NAMED_REACH.test(n) || ENGINE_READ.test(n) || NAME_CHOSEN.test(n)) return true
  page.material ||= NAME_MATERIAL.test(t) || n.includes("'u'")
  page.chosen ||= ATTRIBUTE_CHOSEN.test(n) || chosenKey(n)
  return page.material && page.chosen
}

/** What the page's tags so far hold: a name chosen at run time (a key, an attribute), a name's material; where a block's text began. */
interface PageState {
  chosen: boolean
  material: boolean
  block: number
}

/**
 * (review) A block whose text becomes a string (`{% set i %}__init__{% endset %}`, `{% call %}`, `{% filter %}`): its opening and its end.
 * The text is judged as a tag's literal is, and with an underscore it is a name's material.
 */
const BLOCK_OPEN = /^-?\s*(?:set\s+[a-z_]\w{0,40}\s*(?:\|[^=%]{0,100})?|call\b[^%]{0,200}|filter\b[^%]{0,200})-?$/
const BLOCK_END = /^-?\s*end(?:set|call|filter)\s*-?$/
function blockText(text: string, page: PageState): boolean {
  if (text.includes('_')) page.material = true
  return WALK_NAMES.test(text) || RAW_REACH.test(text)
}

/** Whether an ERB-kind tag reaches (its content, lowercase, without `<%` and `%>`). */
function scriptletReaches(t: string): boolean {
  return SCRIPTLET_REACH.test(t) || FILE_TARGET.test(t) || ARITHMETIC.test(t.trim())
}

/**
 * (thirty-sixth round, fourth review) Mako reads `<%# x %>` as a Python block whose comment runs to the line's end: the block goes on to the
 * next `%>` on a later line (`<%# x %>⏎import os as o;o.popen(…)⏎…%>` runs, however long). When no other tag opens before that `%>`, what
 * lies between is judged as a scriptlet's content (lowercase value); an ERB page's comment followed by its own tags is none.
 */
export function makoCommentBlock(v: string): boolean {
  // each search resumes where the last one's answer still holds: one pass over the value, however many comments
  let end = -1
  let eol = -1
  for (let at = v.indexOf('<%#'), n = 0; at !== -1 && n < MAX_TAGS; at = v.indexOf('<%#', at + 3), n++) {
    if (end < at + 3) end = v.indexOf('%>', at + 3)
    if (eol < at + 3) eol = v.indexOf('\n', at + 3)
    // no tag closes after this one, or no line ends: no block goes on
    if (end === -1 || eol === -1) return false
    if (eol < end) continue
    const next = v.indexOf('%>', eol)
    if (next === -1) return false
    const reopen = v.indexOf('<%', eol)
    if (next - eol <= MAKO_BLOCK && (reopen === -1 || reopen > next) && scriptletReaches(v.slice(eol, next))) return true
  }
  return false
}

/** Where an ERB-kind tag opened at `from` closes (`%>`), the value's end for one cut there, or -1. */
function erbEnd(v: string, from: number): number {
  const end = v.indexOf('%>', from)
  return end !== -1 ? end : v.length - from <= MAX_TAG ? v.length : -1
}

/** Where a Jinja-kind tag opened at `from` closes (`}}` or `%}` outside its string literals and its own braces, as Jinja's lexer reads it), or -1. */
function tagEnd(v: string, from: number, close: number): number {
  const to = Math.min(v.length, from + MAX_TAG)
  let depth = 0
  for (let i = from; i < to; i++) {
    const c = v.charCodeAt(i)
    if (c === 123) depth++
    else if (c === 125 && depth > 0) depth--
    else if (c === 39 || c === 34) {
      // a string literal: to its closing quote on the same line, an escape skipped
      let j = i + 1
      for (; j < to; j++) {
        const d = v.charCodeAt(j)
        if (d === 92) j++
        else if (d === c) break
        else if (d === 10) return -1
      }
      if (j >= to) return to === v.length ? to : -1
      i = j
    } else if (c === close && depth === 0 && v.charCodeAt(i + 1) === 125) return i
  }
  // a tag cut at the value's end (a snippet of a longer page) is read to the end
  return to === v.length ? to : -1
}

/**
 * The value as a template's page (lowercase), or null when it is none: what its tags reach, and the value with
 * its tags blanked.
 */
export function templatePage(v: string): TemplatePage | null {
  if (v.length > MAX_PAGE) return null
  let jinja = false
  let erb = false
  let tags = 0
  let tagLines = 0
  let reaches = false
  const state: PageState = { chosen: false, material: false, block: -1 }
  const pieces: string[] = []
  let at = 0
  let angle = -2
  let newline = -2
  let previous = -1
  for (;;) {
    // the next `{{`, `{%` or `<%` (each search starts where the last stopped: one pass over the value)
    if (angle !== -1 && angle < at) angle = v.indexOf('<%', at)
    let open = -1
    let close = 0
    for (let b = v.indexOf('{', at); b !== -1 && (angle === -1 || b < angle); b = v.indexOf('{', b + 1)) {
      const n = v.charCodeAt(b + 1)
      if (n === 123 || n === 37) {
        open = b
        close = n === 123 ? 125 : 37
        break
      }
    }
    if (open === -1 && angle !== -1) {
      open = angle
      close = 62
    }
    if (open === -1) break
    if (++tags > MAX_TAGS) return null
    if (close === 62) erb = true
    else jinja = true
    if (jinja && erb) return null
    const from = open + 2
    // a tag left open, longer than a page writes, or hiding another engine's opening: no page
    const end = close === 62 ? erbEnd(v, from) : tagEnd(v, from, close)
    if (end === -1 || end - from > MAX_TAG) return null
    const t = v.slice(from, end)
    if (OTHER_OPENING.test(t)) return null
    // tags on two lines at least: a line break between this tag and the first
    if (tagLines < 2) {
      if (previous === -1) tagLines = 1
      else {
        if (newline !== -1 && newline < previous) newline = v.indexOf('\n', previous)
        if (newline !== -1 && newline < open) tagLines = 2
      }
      previous = open
    }
    if (!reaches) {
      if (close === 62) reaches = scriptletReaches(t)
      else {
        const trimmed = t.trim()
        reaches = jinjaReaches(trimmed, state)
        if (close === 37) {
          if (state.block !== -1 && BLOCK_END.test(trimmed)) {
            reaches ||= blockText(v.slice(state.block, open), state)
            state.block = -1
          } else if (state.block === -1 && BLOCK_OPEN.test(trimmed)) state.block = end + 2
        }
      }
    }
    pieces.push(v.slice(at, open))
    at = end + 2
  }
  if (tags === 0) return null
  // a block left open at the value's end: its text to the end
  if (!reaches && state.block !== -1) reaches = blockText(v.slice(state.block), state)
  pieces.push(v.slice(at))
  const rest = pieces.join(' ')
  if (tagLines < 2 && !HTML_TAG.test(rest)) {
    let lines = 0
    TAG_LINE.lastIndex = 0
    while (lines < 2 && TAG_LINE.exec(v) !== null) lines++
    if (lines < 2) return null
  }
  return { reaches: reaches || (state.material && state.chosen), rest, lines: tagLines >= 2 }
}

/** Every pattern of this module, for the ReDoS checks. */
export const TEMPLATE_PAGE_PATTERNS: readonly RegExp[] = [WALK_NAMES, RAW_REACH, STRING_LITERAL, NAMED_REACH, ENGINE_READ, SECRET_READ, NAME_CHOSEN, ATTRIBUTE_CHOSEN, NAME_MATERIAL, CALLABLE_NAMED, SUBSCRIPT, PLAIN_KEY, BLANKS, FILE_TARGET, ENGINE_OBJECT, LITERALS_JOINED, PYTHON_IMPORT, ARITHMETIC, OTHER_OPENING, SCRIPTLET_REACH, HTML_TAG, TAG_LINE, BLOCK_OPEN, BLOCK_END]
