/**
 * (thirty-third round) A template's own source sent as a value — a theme editor's page, a snippet in a ticket,
 * a file uploaded to a repository: Jinja's, Twig's, Django's, Liquid's or Handlebars' tags (`{% if %}`,
 * `{{ x|trans }}`), or ERB's and EJS's (`<% if … %>`, `<%= link_to … %>`), over several lines, among markup.
 * Such a page is all tags; being one says nothing. So each of its tags is judged alone, for what template
 * injection needs and a page's own tags do not do:
 *
 * - reach an object's internals by name (`__class__`, `_TemplateReference__context`, `constructor`,
 *   `getClass()`, Twig's `_self.env`), a process, code or a file (`popen`, `system(`, `require(`, a filter
 *   handed a PHP callable's name, an include of `/etc/…`);
 * - build a name the template could not write (`'_'*2`, `'\x5f'`, `'%c'|format(95)`, `|attr(…)`, `(x|string)[3]`,
 *   a subscript keyed by the request's data, or a key bound from it elsewhere in the page);
 * - probe or disclose: arithmetic on literals (`{{ 7*7 }}`), two literals joined, the engine's objects
 *   printed whole (`{{ config }}`, `{{ self }}`), the settings' secrets, `{% debug %}`.
 *
 * A value is a page when it has several lines, tags of one family (Jinja's kind or ERB's kind, not both: mixing
 * them is a polyglot probe) on at least two of them, and markup around them (an HTML tag, or two lines that are a
 * block tag alone). The rest of the value, its tags blanked, is judged as any value is (a `${…}` among the
 * markup is still read).
 *
 * Pure and bounded: at most MAX_TAGS tags of at most MAX_TAG characters each, read once left to right; a
 * longer tag, or more tags, and the value is no page (it is judged as before).
 */
const MAX_TAGS = 600
const MAX_TAG = 600
const MAX_PAGE = 200_000

/** What a page's tags reach, and the page without them. */
export interface TemplatePage {
  readonly reaches: boolean
  readonly rest: string
}

// ---- Jinja's kind: `{{ … }}` and `{% … %}` ----------------------------------------------------------------

/**
 * Python's special names an object walk takes (`__class__`, `__globals__`, `__init__`), wherever they are written: as a name, a
 * subscript's key, `|attr`'s argument. Any other special name only outside a string literal (`replace("__placeholder__", …)` is text).
 */
const WALK_NAMES = /__(?:class|mro|bases?|subclasses|init|globals|builtins|import|getitem|getattribute|getattr|dict|code|func|self|module|loader|spec|call|new|reduce(?:_ex)?|closure|defaults|kwdefaults|wrapped|objclass|traceback|frame|file|setattr|delattr|dir|enter|exit|name|qualname|doc|str|repr|contains|len|iter|next)__/
const SPECIAL_NAME = /__[a-z][a-z0-9_]{0,30}__/
const STRING_LITERAL = /'[^'\n]{0,200}'|"[^"\n]{0,200}"/g
/** An object's internals, a process, code or a file reached by name (lowercase). */
const INTERNALS =
  /_templatereference|\b(?:mro|subclasses|globals|builtins|constructor|prototype|classloader|popen|subprocess|passthru|shell_exec|proc_open|pcntl_exec|getruntime|processbuilder|child_process|mainmodule|file_excerpt|registerundefined(?:filter|function)callback|getfilter|setcache|get_admin_log)\b|__proto__|\b(?:getclass|forname)\s*\(|(?<![\w.]\s{0,4})(?:system|exec|execfile|eval|compile|spawn|require|open|read_file|readfile|file_get_contents|file_put_contents|fopen|getattr|setattr|import_module)\s*\(|\bt\s*\(\s*java\.|\bjava\s*\.\s*lang\b|\.\s*class\s*\.\s*[a-z]|\b_self\s*\.\s*env\b|\bos\s*\.\s*[a-z]|\bsys\s*\.\s*[a-z]|\bprocess\s*\.\s*[a-z]|\bglobal\s*\.\s*process\b|\bthis\s*\.\s*(?:pop|push|shift|unshift|splice)\b|\.\s*apply\s*\(|\bapply\s+0\b|\bfunction\s*\(|\buser\s*\.\s*password\b|\bsecret_key\b|\bapp\s*\.\s*request\s*\.\s*server\b(?!\s*\.\s*get\s*\(\s*['"][\w-]{1,60}['"]\s*\))|\brequest\s*\.\s*(?:environ|application)\b|\bconfig\s*\.\s*(?:items|values|keys|copy|to_dict|get_namespace|from_[a-z]{2,20})\s*\(|\bdump\s*\(\s*(?:app|_context|_self)\b|\|\s*(?:system|exec|passthru|shell_exec|popen|sh|bash|eval)\b/
/** A callable's name handed to a filter that calls it (Twig's `|filter('system')`, `|map('passthru')`, `|sort('exec')`). */
const CALLABLE_NAMED =
  /\b(?:filter|map|sort|reduce|usort|array_map|call_user_func(?:_array)?)\s*\(\s*['"]\s*(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|assert|eval|call_user_func(?:_array)?|create_function|file_get_contents|file_put_contents|readfile|fopen|fwrite|highlight_file|show_source|phpinfo|unserialize|putenv|mail|curl_exec|include|require)\s*['"]/
/** A file outside the templates included or read (`{% include '/etc/passwd' %}`, `{{ source('../../.env') }}`). */
const FILE_TARGET =
  /\b(?:include|extends|import|from|source|embed|ssi|render|open|read)\b[\s(]{1,4}['"](?:\/(?:etc|proc|var|root|home|usr|tmp|dev|sys|boot|windows)\b|[^'"]{0,80}\.\.[\\/]|[a-z]:\\|(?:file|php|data|expect|zip|phar|https?|ftp):)/
/** A name built at run time, where a page writes its names out (lowercase). */
const NAME_BUILT =
  /\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|[0-7]{3})|%c(?![a-z])|(['"])_+\1\s*\*|\bset\s+\w{1,40}\s*=\s*(['"])_+\2\s*-?$|(['"])_{2,}\3\s*[~+][^~+\n]{1,80}[~+]\s*(['"])_{2,}\4|\[[^\[\]\n]{0,200}\brequest\s*\.\s*(?:args|values|form|cookies|headers|data|json|files|environ|get|post|query|params|query_string)\b|\[[^\[\]\n]{0,200}(['"])[^'"\n]{0,80}\5\s*[~+]\s*\(?\s*['"]|\bdict\s*\(\s*_|\|\s*attr\b|\battr\s*\(|\bchr\s*[(|]|\|\s*chr\b|\|\s*string\s*\|\s*list\b|\|\s*(?:string|list)\s*\)\s*\[|\bselect\s*\|\s*string\b|(?:\(\s*\)|\[\s*\]|''|"")\s*\[|(['"])[^'"\n]{0,80}\6\s*\[\s*-?\d|\battribute\s*=\s*request\b/
/** The engine's own objects printed whole, or a tag that dumps them (`{{ config }}`, `{{ self|string }}`, `{% debug %}`, `{% ssi … %}`). */
const ENGINE_OBJECT =
  /^[-~+]?\s*(?:(?:config|self|request|settings|app|_self|session|g|_context|lipsum|cycler|joiner|namespace|url_for|get_flashed_messages|environment|loader|env)(?:\s*\|\s*[a-z_]{1,20})*|debug|ssi\b[^\n]*|load\s+log\b[^\n]*)\s*[-~+]?$/
/** Two literals joined as the whole expression: a probe's marker (`{{ 'a'+'b' }}`, `{{ "x"~"y" }}`). */
const LITERALS_JOINED = /^[-~+]?\s*(['"])[^'"\n]{0,80}\1\s*[~+]\s*(['"])[^'"\n]{0,80}\2\s*[-~+]?$/
/** A Python import in a tag: Tornado's and Mako's (`{% import os %}`, `{% from os import popen %}`; Jinja's imports name a template, quoted). */
// (Twig's `{% import _self as forms %}` imports the page's own macros)
const PYTHON_IMPORT = /^[-\s]*(?:import\s+(?!['"]|_self\b)[a-z_]|from\s+(?!['"]|_self\b)[a-z_][\w.]*\s+import\b)/
/** The whole expression arithmetic on literals: a probe (`{{ 7*7 }}`, `{{ 7*'7' }}`, `<%= 7 * 7 %>`). */
const ARITHMETIC = /^[-~+=]?\s*\(?\s*['"]?\d{1,12}['"]?\s*\)?(?:\s*(?:\*\*|\/\/|[*+\/%-])\s*\(?\s*['"]?\d{1,12}['"]?\s*\)?){1,4}(?:\s*\|\s*[a-z_]{1,20})*\s*[-~+]?$/
/**
 * A name's source the page does not write out — the request's data, or a name bound to a string of underscores or holding two (`{% set n = '__cla' ~ 'ss__' %}`) —
 * and, elsewhere in the page, a subscript or an attribute keyed by a bare name.
 */
const INDIRECT_SOURCE = /\brequest\s*\.\s*(?:args|values|form|cookies|headers|data|json|files|environ|get|post|query|params)\b|^[-\s]*(?:set|with|assign)\s+\w{1,40}\s*=[^\n]{0,300}?(['"])(?:[^'"\n]{0,80}__[^'"\n]{0,80}|_+)\1/
const NAME_KEY = /\[\s*[a-z_]\w{0,40}\s*\]|\battribute\s*\(\s*[a-z_][\w.]{0,60}\s*,\s*[a-z_]/

// ---- ERB's kind: `<% … %>` ---------------------------------------------------------------------------------

/** Ruby, JavaScript, Java, Python or ASP reaching a process, code, a file or the engine from an ERB, EJS, JSP, Mako or ASP tag (lowercase). */
const SCRIPTLET_REACH =
  /(?<![\w.:@$])(?:system|exec|spawn|popen|eval|syscall|fork|require|import|load|open|execute|createobject)(?:\s*\(|[ \t]*['"`]|[ \t]+(?![=\s])[\w:@$|])|\b(?:instance_eval|class_eval|module_eval|instance_variable_get|const_get|getruntime|forname|getclass)\s*[(\s'"`]|\bbinding\s*\.|\b(?:send|public_send|__send__|method|instance_method)\s*\(?\s*[:'"]\s*(?:system|exec|eval|spawn|popen|syscall|fork|open|require|load|instance_eval|class_eval|module_eval|const_get|send|public_send|instance_variable_get|binding|define_method)\b|\bparams\b[^\n%]{0,80}\b(?:safe_)?constantize\b|`|%x|\b(?:kernel|io|file|dir|pathname|open3|pty|process|runtime|processbuilder|child_process|global|wscript|server|os|subprocess)\s*\.\s*[a-z]|\bconstructor\b|__proto__|__[a-z]{2,30}__|\bresponse\s*\.\s*write\b|\bt\s*\(\s*java\.|\bjava\s*\.\s*lang\b|^!|^\s*@\s*page\b[^\n]*\bimport\s*=/

// ---- the page ------------------------------------------------------------------------------------------------

const HTML_TAG = /<\/?[a-z][a-z0-9-]{0,30}[\s/>]/
/** A line that is one tag alone (`{% endblock %}`, `{{ result_footer(result) }}`, `<% end %>`). */
const TAG_LINE = /(?:^|\n)[ \t]*(?:\{%[^\n]{0,300}%\}|\{\{[^\n]{0,300}\}\}|<%[^\n]{0,300}%>)[ \t]*(?=\r?\n|$)/g

/** Whether a tag of Jinja's kind reaches (its content, lowercase, without its delimiters). */
function jinjaReaches(t: string): boolean {
  if (t.includes('__') && (WALK_NAMES.test(t) || SPECIAL_NAME.test(t.replace(STRING_LITERAL, "''")))) return true
  return INTERNALS.test(t) || CALLABLE_NAMED.test(t) || FILE_TARGET.test(t) || NAME_BUILT.test(t) || ENGINE_OBJECT.test(t) || LITERALS_JOINED.test(t) || PYTHON_IMPORT.test(t) || ARITHMETIC.test(t)
}

/** Whether an ERB-kind tag reaches (its content, lowercase, without `<%` and `%>`). */
function scriptletReaches(t: string): boolean {
  return SCRIPTLET_REACH.test(t) || FILE_TARGET.test(t) || ARITHMETIC.test(t.trim())
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
  let indirect = false
  let nameKey = false
  const pieces: string[] = []
  let at = 0
  let angle = -2
  let newline = -2
  let previous = -1
  for (;;) {
    // the next `{{`, `{%` or `<%` (each search starts where the last stopped: one pass over the value)
    if (angle !== -1 && angle < at) angle = v.indexOf('<%', at)
    let open = -1
    let close = ''
    for (let b = v.indexOf('{', at); b !== -1 && (angle === -1 || b < angle); b = v.indexOf('{', b + 1)) {
      const n = v.charCodeAt(b + 1)
      if (n === 123 || n === 37) {
        open = b
        close = n === 123 ? '}}' : '%}'
        break
      }
    }
    if (open === -1 && angle !== -1) {
      open = angle
      close = '%>'
    }
    if (open === -1) break
    if (++tags > MAX_TAGS) return null
    if (close === '%>') erb = true
    else jinja = true
    if (jinja && erb) return null
    const from = open + 2
    let end = v.indexOf(close, from)
    // a tag cut at the value's end (a snippet of a longer page) is read to the end
    if (end === -1 && v.length - from <= MAX_TAG) end = v.length
    if (end === -1 || end - from > MAX_TAG) return null
    // tags on two lines at least: a line break between this tag and the first
    if (tagLines < 2) {
      if (previous === -1) tagLines = 1
      else {
        if (newline !== -1 && newline < previous) newline = v.indexOf('\n', previous)
        if (newline !== -1 && newline < open) tagLines = 2
      }
      previous = open
    }
    const t = v.slice(from, end)
    if (!reaches) {
      if (close === '%>') reaches = scriptletReaches(t)
      else {
        reaches = jinjaReaches(t.trim())
        indirect ||= INDIRECT_SOURCE.test(t.trimStart())
        nameKey ||= NAME_KEY.test(t)
      }
    }
    pieces.push(v.slice(at, open))
    at = Math.min(v.length, end + close.length)
  }
  if (tags === 0) return null
  pieces.push(v.slice(at))
  const rest = pieces.join(' ')
  if (tagLines < 2 && !HTML_TAG.test(rest)) {
    let lines = 0
    TAG_LINE.lastIndex = 0
    while (lines < 2 && TAG_LINE.exec(v) !== null) lines++
    if (lines < 2) return null
  }
  return { reaches: reaches || (indirect && nameKey), rest }
}

/** Every pattern of this module, for the ReDoS checks. */
export const TEMPLATE_PAGE_PATTERNS: readonly RegExp[] = [WALK_NAMES, SPECIAL_NAME, STRING_LITERAL, INTERNALS, CALLABLE_NAMED, FILE_TARGET, NAME_BUILT, ENGINE_OBJECT, LITERALS_JOINED, PYTHON_IMPORT, ARITHMETIC, INDIRECT_SOURCE, NAME_KEY, SCRIPTLET_REACH, HTML_TAG, TAG_LINE]
