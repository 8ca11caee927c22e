/**
 * (fifty-second round) A template page's inert markup. A page sent as a value (a theme editor's template, a snippet in a ticket, a
 * file pushed to a forge: Django's, Twig's, Blade's, Go's or ERB's source, its tags on two lines at least, none reaching what template
 * injection needs — `templatePage`) holds elements a probe also writes. Only those that can run nothing are taken out here: an empty SVG
 * element a script draws into later (`<svg class="size-5" data-jdenticon-value="{{ $user.Username }}" width="20" height="20"></svg>`, an
 * avatar's placeholder) — plain attributes, none a handler, a link, a style or an animation's, nothing inside.
 *
 * A page's own `<script>` blocks and handlers are not taken out. The round's first version did, where their code named none of what an
 * injected script is there for; its review ran, in Chromium, scripts that named nothing on any such list and still sent the cookie or
 * set the window's state (`top.x=1`, `document['coo'+'kie']`, `Function(location.hash…)`, a form's token posted to the site), behind
 * two template tags anyone can write around them: a list of sinks cannot bound what a script does. They are judged as any markup is.
 */

/** An empty SVG element with plain attributes (an ERB output tag among them, no quote inside it: it would close the attribute). */
const EMPTY_SVG = /<svg(?:\s{1,4}(?!on|href|xlink|style|values|begin|attributename|from|to\b|by\b)[a-z][\w:.-]{0,40}(?:\s{0,4}=\s{0,4}(?:"(?:[^"<>]|<%=?[^%<>"']{0,200}%>){0,400}"|'(?:[^'<>]|<%=?[^%<>"']{0,200}%>){0,400}'|[\w.%#-]{1,100}))?){0,20}\s{0,4}>\s{0,40}<\/svg\s{0,4}>/g

/**
 * (thirty-seventh round's third review) A tag that binds a name in the value itself (`{% set s = '/' %}`, `{% for s in ['/'] %}`, `{% with
 * %}`, `{% macro %}`, an import, Django's `{% url 'x' as s %}`): the page's variable is then the value's own, `{% set s %}//evil.example{% endset %}<script src="{{ s
 * }}/x.js">` rendered another host's script in Jinja — no template script source is the page's own beside one.
 */
export const TEMPLATE_BINDING = /\{%[-+]?\s{0,4}(?:set|for|with|macro|call|import|from|filter|blocktrans|firstof|cycle|regroup|now)\b|\{%[^%]{0,200}?\bas\s{1,4}[a-z_]/
/** (fifty-second round) ERB's and EJS's assignment in a scriptlet (`<% x = "…" %>`, `<% let x = … %>`): the value binds a name too */
const SCRIPTLET_BINDING = /<%[-_]?(?![=#])[^%]{0,200}?(?<![=!<>])=(?![=~>])/

/**
 * The value (lowercase) with its empty SVG elements blanked; the caller has found it a template page with tags on two lines at least,
 * none reaching anything. Not where the value binds a name (a tag in an attribute could then write what the value chose).
 */
export function inertPageMarkup(v: string): string {
  if (TEMPLATE_BINDING.test(v) || SCRIPTLET_BINDING.test(v)) return v
  return v.replace(EMPTY_SVG, ' ')
}

/** Every pattern of this module, for the ReDoS checks. */
export const PAGE_MARKUP_PATTERNS: readonly RegExp[] = [EMPTY_SVG, TEMPLATE_BINDING, SCRIPTLET_BINDING]
