/**
 * (fifty-second round) A template page's own scripts and handlers. A page sent as a value (a theme editor's template, a snippet
 * in a ticket, a file pushed to a forge: Django's, Twig's, Blade's, Go's or ERB's source, its tags on several lines, none reaching
 * what template injection needs — `templatePage`) writes its behaviour as pages do: a `<script>` block binding a tooltip or a
 * popover, `onclick="toggleFieldset(this);"`. Script injection writes the same elements, so the element says nothing; what it
 * does does. So each script element of such a page and each handler in its tags is taken out when its code does none of what an
 * injected script is there for:
 *
 * - prove itself or run text as code (`alert`, `prompt`, `confirm`, `print()`, `eval`, a string handed to a timer, the Function
 *   constructor, `import()`, a character code or an escape spelling code);
 * - reach the page's secrets or its origin (`document.cookie`, `document.domain`, `document.write`, `window.name`, `window.open`);
 * - send or load anything from another host (an absolute or scheme-relative URL, `sendBeacon`, a socket, an image's or a
 *   script's `src` set), or go elsewhere (`location` set to anything but a path on the site or the page's own tag);
 * - write markup (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, a tag or a handler in a string), or name `javascript:`.
 *
 * A script element loading a source (`src=`) is not taken (TEMPLATE_SCRIPT_SRC judges the page's own assets). Where the value
 * binds a name itself (`{% set %}`, `{% with %}`, `{% for %}`, ERB's assignment), a tag inside a script or a handler could write
 * what the value chose: such a script or handler is judged as it is. A script cut by the value's start (its closing first) or
 * end (its opening last) is read to the cut.
 *
 * Pure and bounded: at most MAX_ELEMENTS elements and MAX_HANDLERS handlers, each body at most MAX_BODY characters (a longer
 * one is judged as it is).
 */
const MAX_ELEMENTS = 32
const MAX_HANDLERS = 64
const MAX_BODY = 20_000

/** What an injected script is there for (in lowercase, strings kept: a URL is in one). */
const PAGE_SCRIPT_SINK =
  /\b(?:alert|prompt|confirm|eval|execscript|fromcharcode|sendbeacon|websocket|eventsource|importscripts|getscript|insertadjacenthtml|createcontextualfragment|domparser|xmlhttprequest|atob|unescape|constructor)\b|(?<![\w$.])print\s{0,4}\(|\b(?:settimeout|setinterval)\s{0,4}\(\s{0,4}['"`]|\bimport\s{0,4}\(|\bnew\s{1,4}(?:function|image|worker)\b|\bfunction\s{0,4}\(\s{0,4}\)\s{0,4}\{\s{0,4}\}\s{0,4}\.|\bdocument\s{0,4}\.\s{0,4}(?:cookie|domain|write|writeln|referrer)\b|\b(?:window|top|self|parent|globalthis)\s{0,4}(?:\[|\.\s{0,4}(?:name|open|opener|eval|execscript)\b)|\.\s{0,4}(?:src|href|action|formaction|innerhtml|outerhtml|srcdoc|data)\s{0,4}=(?!=)|\blocation\s{0,4}(?:\.\s{0,4}(?:href|assign|replace)\s{0,4})?(?:=(?!=)|\()(?!\s{0,4}(?:['"`]\/(?![/\\])|['"`]?\s{0,4}(?:\{\{|\{%|<%)))|[a-z][\w+.-]{0,20}:\/\/|\/\/[a-z0-9-]{1,63}\.[a-z0-9.-]{1,200}|javascript\s{0,4}:|\\(?:x[0-9a-f]{2}|u\{?[0-9a-f]{4})|&#|<\/?(?:script|img|svg|iframe|object|embed|frame|link|meta|base|form|style|math|a)\b|\bon[a-z]{3,30}\s{0,4}=/

/** A script element's opening with the attributes a page's own inline script has (no source): its type, id, class, nonce, defer, async. */
const SCRIPT_OPEN = /<script(?:\s{1,4}(?:(?:type|id|class|nonce|lang|language)\s{0,4}=\s{0,4}(?:"[^"<>{}]{0,80}"|'[^'<>{}]{0,80}'|[\w/.-]{1,40})|defer|async|setup))*\s{0,4}>/y
/** A handler attribute quoted, in a tag (after a blank, a quote or a slash; a `>` inside the quotes is the attribute's, Blade's `$list->id`, and
 * an ERB tag's `<%` the page's). */
const PAGE_HANDLER = /(?<=[\s"'/])on[a-z]{3,30}\s{0,4}=\s{0,4}(?:"((?:[^"<]|<%){0,2000})"|'((?:[^'<]|<%){0,2000})')/g
/**
 * An empty SVG element a script draws into later (`<svg class="size-5" data-jdenticon-value="{{ $user.Username }}" width="20"
 * height="20"></svg>`, an avatar's placeholder): plain attributes (a page's tag among them), none a handler, a link, a style or an event's; nothing inside; not
 * where the value binds a name.
 */
const EMPTY_SVG = /<svg(?:\s{1,4}(?!on|href|xlink|style|values|begin|attributename|from|to\b|by\b)[a-z][\w:.-]{0,40}(?:\s{0,4}=\s{0,4}(?:"(?:[^"<>]|<%=?[^%<>]{0,200}%>){0,400}"|'(?:[^'<>]|<%=?[^%<>]{0,200}%>){0,400}'|[\w.%#-]{1,100}))?){0,20}\s{0,4}>\s{0,40}<\/svg\s{0,4}>/g

/**
 * (thirty-seventh round's third review) A tag that binds a name in the value itself (`{% set s = '/' %}`, `{% for s in ['/'] %}`, `{% with
 * %}`, `{% macro %}`, an import, Django's `{% url 'x' as s %}`): the page's variable is then the value's own, `{% set s %}//evil.example{% endset %}<script src="{{ s
 * }}/x.js">` rendered another host's script in Jinja — no template script source is the page's own beside one.
 */
export const TEMPLATE_BINDING = /\{%[-+]?\s{0,4}(?:set|for|with|macro|call|import|from|filter|blocktrans|firstof|cycle|regroup|now)\b|\{%[^%]{0,200}?\bas\s{1,4}[a-z_]/
/** (fifty-second round) ERB's and EJS's assignment in a scriptlet (`<% x = "…" %>`, `<% let x = … %>`): the value binds a name too */
const SCRIPTLET_BINDING = /<%[-_]?(?![=#])[^%]{0,200}?(?<![=!<>])=(?![=~>])/

/** The code judged own: short enough to read, none of what an injected script does, and no tag inside where the value binds names. */
function ownCode(code: string, binds: boolean): boolean {
  if (code.length > MAX_BODY || PAGE_SCRIPT_SINK.test(code)) return false
  return !binds || !(code.includes('{{') || code.includes('{%') || code.includes('<%'))
}

/**
 * The value (lowercase) with its own scripts and handlers blanked; the caller has found it a template page with tags on two lines
 * at least, none reaching anything.
 */
export function ownPageMarkup(v: string): string {
  const binds = TEMPLATE_BINDING.test(v) || SCRIPTLET_BINDING.test(v)
  let out = ''
  let from = 0
  let open = v.indexOf('<script')
  const close = v.indexOf('</script')
  // a script cut by the value's start: its code up to its closing tag
  if (close !== -1 && (open === -1 || close < open) && ownCode(v.slice(0, close), binds)) {
    const end = v.indexOf('>', close)
    from = end === -1 ? v.length : end + 1
    out = ' '
    if (open !== -1 && open < from) open = v.indexOf('<script', from)
  }
  for (let n = 0; open !== -1 && n < MAX_ELEMENTS; n++) {
    SCRIPT_OPEN.lastIndex = open
    const m = SCRIPT_OPEN.exec(v)
    let next = open + 7
    if (m !== null) {
      const start = open + m[0].length
      let shut = v.indexOf('</script', start)
      if (shut === -1) shut = v.length
      if (ownCode(v.slice(start, shut), binds)) {
        const end = shut === v.length ? -1 : v.indexOf('>', shut)
        out += `${v.slice(from, open)} `
        from = end === -1 ? v.length : end + 1
      }
      // an opening inside the body is the body's text: the next element starts after it (each body read once)
      next = Math.max(from, shut)
    }
    open = next >= v.length ? -1 : v.indexOf('<script', next)
  }
  out += v.slice(from)
  if (!binds && out.includes('<svg')) out = out.replace(EMPTY_SVG, ' ')
  if (!out.includes(' on') && !out.includes('"on') && !out.includes("'on")) return out
  let handlers = 0
  return out.replace(PAGE_HANDLER, (h: string, dq: string | undefined, sq: string | undefined) =>
    ++handlers <= MAX_HANDLERS && ownCode(dq ?? sq ?? '', binds) ? 'data-on=""' : h,
  )
}

/** Every pattern of this module, for the ReDoS checks. */
export const PAGE_SCRIPT_PATTERNS: readonly RegExp[] = [PAGE_SCRIPT_SINK, SCRIPT_OPEN, PAGE_HANDLER, EMPTY_SVG, TEMPLATE_BINDING, SCRIPTLET_BINDING]
