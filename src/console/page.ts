/**
 * The console page: one HTML document and its script (served at console.js, so that the browser
 * compiles it off the main thread as it arrives), no framework, nothing from another origin. The
 * document is the header and two templates (the sign-in form, the views) the script puts on the page
 * in tasks of their own, so that no main-thread task of the load is long (issue 17). Everything the API
 * returns is put on the page with textContent (never innerHTML), so recorded values cannot inject
 * markup. The URL's hash holds the view (filters, open session, sort), so a copied link reopens it.
 */
export const CONSOLE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>api-sessions console</title>
<style>
  :root { --fg:#1b1f24; --muted:#5b6470; --line:#d8dde3; --bg:#f6f8fa; --accent:#0a58ca; --bad:#b42318; --ok:#1a7f37; font-family: system-ui, sans-serif; color: var(--fg); }
  body { margin: 0; background: #fff; }
  header { display:flex; gap:.75rem; align-items:center; padding:.6rem 1rem; border-bottom:1px solid var(--line); background:var(--bg); flex-wrap:wrap; }
  header h1 { font-size:1.05rem; margin:0 .5rem 0 0; }
  main { padding: .75rem 1rem; }
  form.filters { display:grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap:.5rem; margin-bottom:.75rem; }
  label { display:flex; flex-direction:column; font-size:.75rem; color:var(--muted); gap:.15rem; }
  input, select, button { font:inherit; font-size:.85rem; padding:.3rem .45rem; border:1px solid var(--line); border-radius:4px; }
  button { background:#fff; cursor:pointer; }
  button.primary { background:var(--accent); color:#fff; border-color:var(--accent); }
  button:focus-visible, input:focus-visible { outline:2px solid var(--accent); outline-offset:1px; }
  .wide { grid-column: span 2; }
  .scroll { overflow-x:auto; }
  table { border-collapse:collapse; width:100%; font-size:.85rem; }
  th, td { text-align:left; padding:.35rem .5rem; border-bottom:1px solid var(--line); vertical-align:top; }
  th { background:var(--bg); font-weight:600; white-space:nowrap; }
  /* fixed column widths (wide screens): laying 50 rows out no longer measures every cell's content first */
  @media (min-width: 641px) {
    #sessions { table-layout:fixed; } #sessions td { overflow-wrap:anywhere; } #sessions th { white-space:normal; }
    #sessions > thead > tr > th:nth-child(1) { width:10.5rem; } #sessions > thead > tr > th:nth-child(2) { width:6.5rem; } #sessions > thead > tr > th:nth-child(3) { width:8rem; } #sessions > thead > tr > th:nth-child(4) { width:9.5rem; } #sessions > thead > tr > th:nth-child(5) { width:9rem; } #sessions > thead > tr > th:nth-child(7) { width:10rem; }
    /* the list's rows after its first 10, 10 to a table (see listInto), laid out as #sessions is */
    .sessions-more { content-visibility:auto; contain-intrinsic-size:auto 560px; }
    .sessions-more > table { table-layout:fixed; } .sessions-more td { overflow-wrap:anywhere; }
    .sessions-more > table > tbody > tr.session > td:nth-child(1) { width:10.5rem; } .sessions-more > table > tbody > tr.session > td:nth-child(2) { width:6.5rem; } .sessions-more > table > tbody > tr.session > td:nth-child(3) { width:8rem; } .sessions-more > table > tbody > tr.session > td:nth-child(4) { width:9.5rem; } .sessions-more > table > tbody > tr.session > td:nth-child(5) { width:9rem; } .sessions-more > table > tbody > tr.session > td:nth-child(7) { width:10rem; }
  }
  /* a session's requests: the first REQUEST_CHUNK rows in table.requests, each next REQUEST_CHUNK in a
     table of their own (.requests-more) whose layout and paint are skipped away from the viewport
     (content-visibility): a frame that adds rows lays out one small table, not every row of a growing
     one again (issue 17: 500 rows grown in slices in one table were frames of 30-70 ms of CPU each).
     Fixed column widths, the same in each, so that their columns line up. */
  table.requests, .requests-more table { table-layout:fixed; min-width:46rem; } table.requests td, .requests-more td { overflow-wrap:anywhere; } table.requests th { white-space:normal; }
  .requests-more { content-visibility:auto; contain-intrinsic-size:auto 560px; }
  :is(table.requests, .requests-more table) :is(th, td):nth-child(1) { width:5.5rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(2) { width:4.5rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(4) { width:4rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(5) { width:6rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(6) { width:6.5rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(7) { width:6rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(8) { width:8.5rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(9) { width:8rem; } :is(table.requests, .requests-more table) :is(th, td):nth-child(10) { width:6rem; }
  tr.session { cursor:pointer; }
  tr.session:hover { background:#f0f4ff; }
  .num { text-align:right; font-variant-numeric: tabular-nums; }
  .muted { color:var(--muted); }
  .bad { color:var(--bad); font-weight:600; }
  .pill.shadow, .pill.zombie { color:var(--bad); border-color:var(--bad); }
  .pill.bad { color:var(--bad); border-color:var(--bad); } .pill.abuse, .pill.mark { background:#fdecea; } .pill.mark { font-weight:600; } .pill.denied { color:#fff; background:var(--bad); border-color:var(--bad); } .denied-ip { color:var(--bad); font-weight:600; }
  .pill { display:inline-block; padding:0 .35rem; margin:0 .2rem .2rem 0; border:1px solid var(--line); border-radius:9px; font-size:.75rem; }
  .detail { background:#fbfcfd; padding:.75rem; }
  .stats { display:grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap:.75rem; margin-bottom:.75rem; }
  .stats h4 { margin:.2rem 0; font-size:.8rem; }
  .actions { display:flex; gap:.4rem; flex-wrap:wrap; margin:.5rem 0; }
  .state { padding:1.5rem; text-align:center; color:var(--muted); }
  .error { color:var(--bad); }
  pre { white-space:pre-wrap; word-break:break-all; background:var(--bg); padding:.5rem; border-radius:4px; font-size:.8rem; }
  dialog { max-width: min(40rem, 92vw); }
  nav.views { display:flex; gap:.25rem; }
  [hidden] { display:none !important; }
  nav.views button[aria-pressed="true"] { background:var(--accent); color:#fff; border-color:var(--accent); }
  .field { display:flex; flex-direction:column; font-size:.75rem; color:var(--muted); gap:.15rem; position:relative; }
  .picker summary { cursor:pointer; font-size:.75rem; color:var(--accent); list-style:none; }
  .picker summary::-webkit-details-marker { display:none; }
  .picker .opts { position:absolute; z-index:5; top:100%; left:0; min-width:100%; max-height:16rem; overflow:auto; background:#fff; border:1px solid var(--line); border-radius:4px; padding:.3rem .45rem; box-shadow:0 2px 8px rgba(0,0,0,.12); }
  .picker .opts label { flex-direction:row; align-items:center; gap:.35rem; color:var(--fg); font-size:.8rem; white-space:nowrap; }
  tr.focus { background:#fff4d6; }
  td.req { word-break:break-all; min-width:14rem; }
  td.matched { word-break:break-all; min-width:12rem; font-size:.85em; }
  #policy-view h2 { font-size:1.05rem; margin:.9rem 0 .4rem; } #policy-view h3 { font-size:.9rem; margin:.8rem 0 .3rem; }
  @media (max-width: 640px) { .hide-sm { display:none; } .wide { grid-column: span 1; } header h1 { width:100%; } }
</style>
</head>
<body>
<header>
  <h1>api-sessions</h1>
  <nav class="views" id="views" hidden aria-label="Views"><button type="button" id="tab-sessions" aria-pressed="true">Sessions</button><button type="button" id="tab-attacks" aria-pressed="false">Attacks</button><button type="button" id="tab-endpoints" aria-pressed="false">API inventory</button><button type="button" id="tab-policy" aria-pressed="false">Denylist</button></nav>
  <span id="who" class="muted"></span>
  <button id="logout" type="button" hidden>Forget token</button>
</header>
<main>
  <!-- the sign-in form and the views are inert templates until the script puts them on the page (the
       sign-in form in a task after the parser's, the views after the load or at sign-in): the parser's
       end, where the browser looks the document's forms over and lays it out, has only the header -->
  <template id="login-markup">
    <form id="login" hidden aria-label="Sign in">
      <p>Enter a console token to read sessions.</p>
      <label>Token <input id="token" type="password" autocomplete="off" required></label>
      <p><button class="primary" type="submit">Open</button></p>
    </form>
  </template>
  <template id="view-markup">
  <section id="app" hidden>
    <form class="filters" id="filters" aria-label="Session filters">
      <label class="wide">Endpoint search (* and ?) <input name="q" placeholder="/api/users/*"></label>
      <label>From <input name="from" step="1" data-datetime></label>
      <label>To <input name="to" step="1" data-datetime></label>
      <label>Session id <input name="sid"></label>
      <label>Request id <input name="rid"></label>
      <div class="field" data-picker="app"><label for="f-app">Application</label><input id="f-app" name="app"></div>
      <div class="field" data-picker="host"><label for="f-host">Host</label><input id="f-host" name="host"></div>
      <label>Client IP <input name="ip" placeholder="10.0.0.5, 10.0.0.0/8"></label>
      <div class="field" data-picker="attack"><label for="f-attack">Attack type</label><input id="f-attack" name="attack" placeholder="sqli, scraping"></div>
      <div class="field" data-picker="status"><label for="f-status">Status</label><input id="f-status" name="status" inputmode="numeric" placeholder="404, 5xx"></div>
      <div class="field" data-picker="method"><label for="f-method">Method</label><input id="f-method" name="method" placeholder="POST"></div>
      <label>User <input name="user"></label>
      <div class="field" data-picker="role"><label for="f-role">Role</label><input id="f-role" name="role"></div>
      <div class="field" data-picker="flow"><label for="f-flow">Business flow</label><input id="f-flow" name="flow" placeholder="auth"></div>
      <div class="actions"><button class="primary" type="submit">Search</button><button type="button" id="clear-filters">Reset</button></div>
    </form>
    <div id="status" role="status" aria-live="polite" class="state"></div>
    <div class="scroll"><table id="sessions" hidden>
      <thead><tr><th>Last activity / duration</th><th class="num">Requests / attacks</th><th>Attack types</th><th>Client IPs</th><th class="hide-sm">Host / application</th><th>Endpoints</th><th class="hide-sm">Users / roles</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <p><button type="button" id="more" hidden>More sessions</button></p>
  </section>
  <section id="attacks-view" hidden>
    <form class="filters" id="attack-filters" aria-label="Attack filters">
      <label class="wide">Endpoint or path (* and ?) <input name="q" placeholder="/api/products/7"></label>
      <label>From <input name="from" step="1" data-datetime></label>
      <label>To <input name="to" step="1" data-datetime></label>
      <div class="field" data-picker="attack"><label for="a-attack">Attack type</label><input id="a-attack" name="attack" placeholder="sqli, xss"></div>
      <label>Client IP <input name="ip"></label>
      <label>User <input name="user"></label>
      <div class="actions wide"><button class="primary" type="submit">Search attacks</button><button type="button" id="clear-attacks">Reset</button></div>
    </form>
    <div id="attacks-status" role="status" aria-live="polite" class="state"></div>
    <div class="scroll"><table id="attacks" hidden>
      <thead><tr><th>Time</th><th>Attack</th><th>Request</th><th>Matched</th><th class="num">Status</th><th>Client IP</th><th class="hide-sm">User</th><th class="hide-sm">Session</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <p><button type="button" id="more-attacks" hidden>More attacks</button></p>
  </section>
  <section id="endpoints-view" hidden>
    <form class="filters" id="endpoint-filters" aria-label="Endpoint filters">
      <label class="wide">Endpoint or path (* and ?) <input name="q" placeholder="/api/*"></label>
      <label>Class <select name="insight"><option value="">any</option><option value="shadow">shadow</option><option value="zombie">zombie</option><option value="shadow,zombie">shadow or zombie</option><option value="documented">documented</option><option value="inferred">inferred</option></select></label>
      <div class="actions"><button class="primary" type="submit">List endpoints</button></div>
    </form>
    <div id="endpoints-status" role="status" aria-live="polite" class="state"></div>
    <div class="scroll"><table id="endpoints" hidden>
      <thead><tr><th>Endpoint</th><th>Class</th><th class="hide-sm">Application</th><th>Methods</th><th class="hide-sm">First seen</th><th>Last seen</th><th class="num">Sessions</th><th class="num">Requests*</th><th class="hide-sm">Attacks*</th><th class="hide-sm">Status*</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <p id="endpoints-note" class="muted"></p>
    <p><button type="button" id="more-endpoints" hidden>More endpoints</button></p>
  </section>
  <section id="policy-view" hidden>
    <h2>Denylist</h2>
    <div id="policy-status" role="status" aria-live="polite" class="state"></div>
    <div class="scroll"><table id="deny-entries">
      <thead><tr><th>Kind</th><th>Value</th><th>Applications</th><th>Reason</th><th>Added</th><th>Expires</th><th></th></tr></thead>
      <tbody></tbody>
    </table></div>
    <h3>History</h3>
    <div class="scroll"><table id="deny-history">
      <thead><tr><th>When</th><th>Action</th><th>By</th><th>Kind</th><th>Value</th><th>Reason</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <h2>Exceptions (false positives, IPs exempt from abuse detection)</h2>
    <div class="scroll"><table id="exceptions">
      <thead><tr><th>Endpoint or IP</th><th>Attack type</th><th>Reason</th><th>Added</th><th></th></tr></thead>
      <tbody></tbody>
    </table></div>
    <h3>Exceptions history</h3>
    <div class="scroll"><table id="exception-history">
      <thead><tr><th>When</th><th>Action</th><th>By</th><th>Endpoint or IP</th><th>Attack type</th><th>Reason</th></tr></thead>
      <tbody></tbody>
    </table></div>
  </section>
  <dialog id="request" aria-label="Request detail"><div id="request-body"></div><p><button type="button" id="explore-attack" hidden>Explore the attack</button> <button type="button" id="deny-request-ip">Deny this IP</button> <button type="button" id="exception-from-request" hidden>Mark as false positive</button> <button type="button" id="exempt-request-ip">Exception from abuse for this IP</button> <button type="button" id="copy-curl">Copy as curl</button> <button type="button" id="close-request">Close</button></p></dialog>
  </template>
</main>
<script src="console.js" defer></script>
</body>
</html>
`

/** The page's script (`console.js`, deferred: it runs once the document is parsed). */
export const CONSOLE_SCRIPT = `(() => {
  // in a worker (started by the page below, from this same file): load ICU's date data and end. The
  // data is the renderer process's, shared with the page's thread, where the first date input or date
  // format otherwise pays for it in one task (~20 ms of CPU, 30-250 ms of wall time on a busy machine)
  if (typeof document === 'undefined') {
    try { new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(0); } finally { postMessage('warm'); close(); }
    return;
  }
  const warm = new Promise((done) => { try { const w = new Worker('console.js'); w.onmessage = done; w.onerror = done; } catch { done(); } setTimeout(done, 3000); });
  const FILTERS = ['q','from','to','sid','rid','app','host','ip','attack','status','method','user','role','flow'];
  const AFILTERS = ['q','from','to','attack','ip','user'];
  const INNER = ['q','ip','status','method','attack','user','role','app','host','flow','from','to'];
  const EFILTERS = ['q','insight'];
  let ecursor = null;
  const $ = (id) => document.getElementById(id);
  const el = (tag, props = {}, ...kids) => { const e = document.createElement(tag); Object.assign(e, props); for (const k of kids) e.append(k); return e; };
  // times in the browser's time zone as 2026-12-02 14:05:09 (sortable, the same in every locale),
  // from Date's getters: an Intl.DateTimeFormat (or toLocaleString) loads the locale's data the first
  // time, a main-thread task of 40-60 ms in Chromium
  const two = (n) => (n < 10 ? '0' : '') + n;
  const fmtClock = (ms) => { const d = new Date(ms); return two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds()); };
  const fmtTime = (ms) => { const d = new Date(ms); return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + fmtClock(ms); };
  // rows go on the page in slices, each laid out before the next (a frame, then a task): 50 sessions
  // or 500 requests laid out at once are a main-thread task of over 50 ms on a slow machine. A slice is
  // the rows made in SLICE_MS (at least one, at most SLICE_ROWS), put on the page from a fragment; a
  // slower machine makes fewer per slice. make(item) returns the row, into(i) the body row i goes in.
  // current() false: a newer answer replaced these rows, stop.
  const SLICE_MS = 4;
  const SLICE_ROWS = 10;
  function inTasks(items, make, into, done, current, most = SLICE_ROWS) {
    let i = 0;
    const step = () => {
      if (!current()) return;
      const t0 = performance.now();
      const frag = document.createDocumentFragment();
      const end = Math.min(items.length, i + most);
      let at = into(i);
      for (; i < end; i++) {
        const next = into(i);
        if (next !== at) { at.append(frag); at = next; }
        frag.append(make(items[i]));
        if (performance.now() - t0 >= SLICE_MS) { i++; break; }
      }
      at.append(frag);
      if (i < items.length) requestAnimationFrame(() => setTimeout(step)); else done();
    };
    step();
  }
  // a row is a clone of a skeleton made once (the row and its cells), then filled
  function skeleton(classes) {
    const tr = el('tr', { className: 'session', tabIndex: 0 });
    for (const c of classes) tr.append(el('td', c ? { className: c } : {}));
    return tr;
  }
  const cell = (row, i) => row.cells[i];
  let listGen = 0;
  let requestsGen = 0;
  let requestRow = null;
  const REQUEST_CHUNK = 20;
  const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');
  const fmtDur = (ms) => ms < 1000 ? ms + ' ms' : ms < 60000 ? (ms / 1000).toFixed(1) + ' s' : Math.round(ms / 60000) + ' min';
  let state = { view: 'sessions', filters: {}, afilters: {}, efilters: {}, open: null, inner: null, sort: 'time', order: 'asc', focus: null };
  let cursor = null;
  let acursor = null;
  const splitList = (v) => v.split(',').map((x) => x.trim()).filter(Boolean);
  let current = null;

  const token = () => sessionStorage.getItem('apisess-token');
  // a 401 signs out only the token it was sent with: a call still in flight with a refused token
  // must not sign out the analyst who has meanwhile signed in with the right one
  async function api(path, init = {}) {
    const sent = token();
    const res = await fetch(path, { ...init, headers: { ...(init.headers || {}), authorization: 'Bearer ' + sent } });
    if (res.status === 401) { if (token() === sent) { sessionStorage.removeItem('apisess-token'); showLogin('That token was refused.'); } throw new Error('unauthenticated'); }
    if (!res.ok) { let m = res.statusText; try { m = (await res.json()).error; } catch {} throw new Error(m); }
    return res;
  }

  function toLocalInput(ms) { if (!ms) return ''; const d = new Date(Number(ms)); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 19); }
  function fromLocalInput(v) { return v ? String(new Date(v).getTime()) : ''; }
  function params(f, extra = {}) { const p = new URLSearchParams(); for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v); return p; }

  function saveHash() {
    if (state.view === 'policy') { history.replaceState(null, '', '#view=policy'); return; }
    if (state.view === 'attacks' || state.view === 'endpoints') {
      const a = new URLSearchParams({ view: state.view });
      const [f, pre] = state.view === 'attacks' ? [state.afilters, 'a.'] : [state.efilters, 'e.'];
      for (const [k, v] of Object.entries(f)) if (v) a.set(pre + k, v);
      history.replaceState(null, '', '#' + a.toString());
      return;
    }
    const p = params(state.filters);
    if (state.open) p.set('open', state.open);
    if (state.focus) p.set('focus', state.focus);
    if (state.inner) for (const [k, v] of Object.entries(state.inner)) if (v) p.set('in.' + k, v);
    if (state.sort !== 'time') p.set('sort', state.sort);
    if (state.order !== 'asc') p.set('order', state.order);
    history.replaceState(null, '', '#' + p.toString());
  }
  function loadHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    const f = {}, inner = {}, a = {}, e = {};
    for (const [k, v] of p) { if (FILTERS.includes(k)) f[k] = v; else if (k.startsWith('in.')) inner[k.slice(3)] = v; else if (k.startsWith('a.') && AFILTERS.includes(k.slice(2))) a[k.slice(2)] = v; else if (k.startsWith('e.') && EFILTERS.includes(k.slice(2))) e[k.slice(2)] = v; }
    const view = ['attacks', 'endpoints', 'policy'].includes(p.get('view')) ? p.get('view') : 'sessions';
    state = { view, filters: f, afilters: a, efilters: e, open: p.get('open'), inner: Object.keys(inner).length ? inner : null, sort: p.get('sort') || 'time', order: p.get('order') || 'asc', focus: p.get('focus') };
    fillForm($('filters'), f, FILTERS);
    fillForm($('attack-filters'), a, AFILTERS);
    fillForm($('endpoint-filters'), e, EFILTERS);
  }
  function fillForm(form, f, keys) {
    for (const k of keys) form.elements[k].value = (k === 'from' || k === 'to') ? toLocalInput(f[k]) : (f[k] || '');
    for (const box of form.querySelectorAll('[data-picker]')) syncPicker(box);
  }
  function readForm(form, keys = FILTERS) {
    const f = {};
    for (const k of keys) { const v = form.elements[k] ? form.elements[k].value.trim() : ''; if (v) f[k] = (k === 'from' || k === 'to') ? fromLocalInput(v) : v; }
    return f;
  }

  // pickers: the values that exist (GET /api/values) as checkboxes under a field that still takes typed values
  function syncPicker(box) { const on = new Set(splitList(box.querySelector('input').value)); for (const cb of box.querySelectorAll('details input[type=checkbox]')) cb.checked = on.has(cb.value); }
  function setupPicker(box, values) {
    const input = box.querySelector('input');
    const old = box.querySelector('details'); if (old) old.remove();
    if (!values.length) return;
    const opts = el('div', { className: 'opts' });
    for (const v of values) {
      const cb = el('input', { type: 'checkbox', value: v.value });
      cb.addEventListener('change', () => { const now = splitList(input.value).filter((x) => x !== v.value); if (cb.checked) now.push(v.value); input.value = now.join(', '); });
      opts.append(el('label', {}, cb, el('span', { textContent: v.value }), el('span', { className: 'muted', textContent: v.sessions === null ? '' : String(v.sessions) })));
    }
    const d = el('details', { className: 'picker' }, el('summary', { textContent: 'choose ▾' }), opts);
    d.addEventListener('toggle', () => { if (d.open) for (const other of document.querySelectorAll('details.picker[open]')) if (other !== d) other.open = false; });
    box.append(d);
    syncPicker(box);
  }
  async function loadValues() {
    let data;
    try { data = await (await api('/api/values')).json(); } catch { return; } // the fields still take typed values
    for (const box of document.querySelectorAll('[data-picker]')) {
      let vals = data.values[box.dataset.picker] || [];
      if (box.dataset.picker === 'status') vals = [...new Set(vals.map((v) => v.value[0] + 'xx'))].map((c) => ({ value: c, sessions: null })).concat(vals);
      setupPicker(box, vals);
    }
  }
  document.addEventListener('click', (e) => { for (const d of document.querySelectorAll('details.picker[open]')) if (!d.contains(e.target)) d.open = false; });

  function showView(view) {
    mount(); // the views' markup goes on the page at the first view shown (at sign-in, or when idle after load)
    state.view = view;
    $('app').hidden = view !== 'sessions'; $('attacks-view').hidden = view !== 'attacks'; $('endpoints-view').hidden = view !== 'endpoints'; $('policy-view').hidden = view !== 'policy';
    for (const v of ['sessions', 'attacks', 'endpoints', 'policy']) $('tab-' + v).setAttribute('aria-pressed', String(view === v));
  }

  // the denylist and the exceptions: who, when, why, until when; remove (admin and analyst roles)
  async function loadPolicy() {
    const st = $('policy-status');
    const say = (text, cls = 'state') => { st.className = cls; st.textContent = text; st.hidden = !text; };
    try {
      const [deny, ex] = await Promise.all([api('/api/denylist').then((r) => r.json()), api('/api/exceptions').then((r) => r.json())]);
      const remove = (path, label) => { const b = el('button', { type: 'button', textContent: 'Remove' }); b.setAttribute('aria-label', 'Remove ' + label); b.addEventListener('click', async () => { try { await api(path, { method: 'DELETE' }); loadPolicy(); } catch (e) { say('Not removed: ' + e.message, 'state error'); } }); return b; };
      const body = $('deny-entries').tBodies[0];
      body.replaceChildren(...deny.entries.map((d) => el('tr', {}, el('td', { textContent: d.kind }), el('td', { textContent: d.value }), el('td', { textContent: d.apps.length ? d.apps.join(', ') : 'all' }), el('td', { textContent: d.reason || '—' }),
        el('td', { textContent: fmtTime(d.addedAt) + ' by ' + d.addedBy }), el('td', { textContent: d.expiresAt === null ? 'never' : fmtTime(d.expiresAt) }), el('td', {}, remove('/api/denylist/' + encodeURIComponent(d.id), d.value)))));
      $('deny-history').tBodies[0].replaceChildren(...deny.history.map((h) => el('tr', {}, el('td', { textContent: fmtTime(h.at) }), el('td', { textContent: h.action }), el('td', { textContent: h.by }), el('td', { textContent: h.entry.kind }), el('td', { textContent: h.entry.value }), el('td', { textContent: h.entry.reason || '—' }))));
      // an IP exception exempts the IP or range from API-abuse detection (every kind)
      const what = (x) => x.ip !== undefined ? [x.ip, 'API abuse (all kinds)'] : [x.endpoint, x.attack];
      $('exceptions').tBodies[0].replaceChildren(...ex.exceptions.map((x) => el('tr', {}, el('td', { textContent: what(x)[0] }), el('td', { textContent: what(x)[1] }), el('td', { textContent: x.reason || '—' }), el('td', { textContent: fmtTime(x.addedAt) + ' by ' + x.addedBy }), el('td', {}, remove('/api/exceptions/' + encodeURIComponent(x.id), what(x).join(' '))))));
      $('exception-history').tBodies[0].replaceChildren(...ex.history.map((h) => el('tr', {}, el('td', { textContent: fmtTime(h.at) }), el('td', { textContent: h.action }), el('td', { textContent: h.by }), el('td', { textContent: what(h.exception)[0] }), el('td', { textContent: what(h.exception)[1] }), el('td', { textContent: h.exception.reason || '—' }))));
      say(deny.entries.length === 0 ? 'Nobody is denied.' : '');
    } catch (e) { if (e.message !== 'unauthenticated') say('Could not load the denylist: ' + e.message, 'state error'); }
  }

  async function loadEndpoints(append = false) {
    const st = $('endpoints-status');
    const say = (text, cls = 'state') => { st.className = cls; st.textContent = text; st.hidden = !text; };
    if (!append) { ecursor = null; say('Loading endpoints…'); }
    const p = params(state.efilters, { limit: '200' });
    if (append && ecursor) p.set('cursor', ecursor);
    try {
      const data = await (await api('/api/endpoints?' + p)).json();
      const body = $('endpoints').tBodies[0];
      if (!append) body.replaceChildren();
      const counts = (o) => Object.entries(o).sort((x, y) => y[1] - x[1]).map(([k, n]) => k + ' ' + n).join(', ');
      for (const e of data.endpoints) {
        const row = el('tr', { className: 'session', tabIndex: 0, title: 'Open the sessions that used it' });
        row.dataset.endpoint = e.endpoint;
        row.append(
          el('td', { className: 'req', textContent: e.endpoint }),
          el('td', {}, el('span', { className: 'pill ' + e.insight, textContent: e.insight })),
          el('td', { className: 'hide-sm', textContent: e.apps.join(', ') }),
          el('td', { textContent: e.methods.join(', ') }),
          el('td', { className: 'hide-sm', textContent: e.firstSeen === null ? '—' : fmtTime(e.firstSeen) }),
          el('td', { textContent: fmtTime(e.lastSeen) }),
          el('td', { className: 'num', textContent: String(e.sessions) }),
          el('td', { className: 'num', textContent: String(e.requests) }),
          el('td', { className: 'hide-sm' + (Object.keys(e.attacks).length ? ' bad' : ''), textContent: counts(e.attacks) }),
          el('td', { className: 'hide-sm', textContent: counts(e.status) }),
        );
        const go = () => { state.filters = { q: e.endpoint }; state.open = null; state.inner = null; state.focus = null; fillForm($('filters'), state.filters, FILTERS); showView('sessions'); saveHash(); loadSessions(); };
        row.addEventListener('click', go);
        row.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') go(); });
        body.append(row);
      }
      ecursor = data.next;
      $('more-endpoints').hidden = !ecursor;
      $('endpoints').hidden = body.rows.length === 0;
      $('endpoints-note').textContent = data.sampled ? '* in the newest ' + data.sampled + ' requests (since ' + fmtTime(data.since) + '); sessions, first and last seen over the whole retention.' : '';
      say(body.rows.length === 0 ? 'No endpoints match.' : '');
    } catch (e) { if (e.message !== 'unauthenticated') say('Could not load endpoints: ' + e.message, 'state error'); }
  }

  async function loadAttacks(append = false) {
    const st = $('attacks-status');
    const say = (text, cls = 'state') => { st.className = cls; st.textContent = text; st.hidden = !text; };
    if (!append) { acursor = null; say('Loading attacks…'); }
    const p = params(state.afilters, { limit: '50' });
    if (append && acursor) p.set('cursor', acursor);
    try {
      const data = await (await api('/api/attacks?' + p)).json();
      const body = $('attacks').tBodies[0];
      if (!append) body.replaceChildren();
      for (const a of data.attacks) renderAttack(body, a);
      acursor = data.next;
      $('more-attacks').hidden = !acursor;
      $('attacks').hidden = body.rows.length === 0;
      say(data.partial ? 'Still searching older sessions: “More attacks” looks further.' : body.rows.length === 0 ? 'No attacks match these filters.' : '');
    } catch (e) { if (e.message !== 'unauthenticated') say('Could not load attacks: ' + e.message, 'state error'); }
  }
  function renderAttack(body, a) {
    const row = el('tr', { className: 'session', tabIndex: 0, title: 'Open the session at this request' });
    row.dataset.rid = a.rid;
    row.append(
      el('td', { textContent: fmtTime(a.ts) }),
      el('td', {}, ...a.attacks.map((t) => el('span', { className: 'pill bad', textContent: t }))),
      el('td', { className: 'req' }, el('div', { textContent: a.method + ' ' + a.path + (a.query ? '?' + a.query : '') }), el('div', { className: 'muted', textContent: (a.endpoint || '') + (a.host ? ' · ' + a.host : '') })),
      el('td', { className: 'matched' }, ...(a.matches || []).map((m) => el('div', {}, el('code', { textContent: m.where }), ' ', el('span', { className: 'muted', textContent: m.excerpt })))),
      el('td', { className: 'num' + (a.status >= 400 ? ' bad' : ''), textContent: String(a.status) }),
      el('td', { textContent: a.ip }),
      el('td', { className: 'hide-sm', textContent: a.user || '—' }),
      el('td', { className: 'hide-sm muted', textContent: a.sid.slice(0, 14) + '…' }),
    );
    const go = () => openAt(a);
    row.addEventListener('click', go);
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
    body.append(row);
  }
  // an attack opens its session at that request: the session's requests from its time on, the request shown
  function openAt(a) {
    state.filters = { sid: a.sid }; state.open = a.sid; state.inner = { from: String(a.ts) }; state.focus = a.rid; state.sort = 'time'; state.order = 'asc';
    fillForm($('filters'), state.filters, FILTERS);
    showView('sessions'); saveHash(); loadSessions();
  }

  function mountLogin() {
    if ($('login')) return;
    $('login-markup').after($('login-markup').content);
    // the views are built and laid out in tasks of their own, not in the click's (a long task otherwise)
    $('login').addEventListener('submit', (e) => { e.preventDefault(); sessionStorage.setItem('apisess-token', $('token').value.trim()); $('token').value = ''; $('login').hidden = true; setTimeout(start); });
  }
  function showLogin(message) {
    mountLogin();
    if (mounted) { $('app').hidden = true; $('attacks-view').hidden = true; $('endpoints-view').hidden = true; $('policy-view').hidden = true; }
    $('views').hidden = true; $('logout').hidden = true; $('who').textContent = '';
    $('login').hidden = false;
    if (message) { $('login').querySelector('p').textContent = message; }
    // focused once the form has been laid out (the next frame): focus() now would lay the page out
    // in this task (at load, the document's first layout)
    requestAnimationFrame(() => setTimeout(() => { if (!$('login').hidden) $('token').focus(); }));
  }

  function setStatus(text, cls = 'state') { const s = $('status'); s.className = cls; s.textContent = text; s.hidden = !text; }

  async function loadSessions(append = false) {
    if (!append) { cursor = null; setStatus('Loading sessions…'); }
    const p = params(state.filters, { limit: '50' });
    if (append && cursor) p.set('cursor', cursor);
    // the list's generation is taken before the request: an answer that arrives after a newer load started (a filter reset while a
    // search was still on its way) is dropped, not drawn over the newer one
    const gen = ++listGen;
    try {
      const data = await (await api('/api/sessions?' + p)).json();
      if (gen !== listGen) return;
      const body = $('sessions').tBodies[0];
      if (!append) { body.replaceChildren(); for (const m of document.querySelectorAll('.sessions-more')) m.remove(); }
      $('more').hidden = true;
      if (data.sessions.length) $('sessions').hidden = false;
      inTasks(data.sessions, renderSession, listInto(document.querySelectorAll('#app tr.session[data-sid]').length), () => {
        cursor = data.next;
        $('more').hidden = !cursor;
        $('sessions').hidden = body.rows.length === 0;
        // partial: the server stopped after examining its budget of candidates; "More sessions" goes on
        setStatus(data.partial ? 'Still searching older sessions: “More sessions” looks further.' : body.rows.length === 0 ? 'No sessions match these filters.' : '');
        if (state.open && !append) { const row = $('app').querySelector('tr.session[data-sid="' + CSS.escape(state.open) + '"]'); if (row) openSession(row, state.open, false); }
      }, () => gen === listGen);
    } catch (e) { if (gen === listGen && e.message !== 'unauthenticated') setStatus('Could not load sessions: ' + e.message, 'state error'); }
  }

  /** the first three of a list, and how many more ("alice, bob, carol +12") */
  function few(values, count) {
    return values.slice(0, 3).join(', ') + (count > 3 ? ' +' + (count - 3) : '');
  }

  let sessionRow = null;
  function renderSession(s) {
    sessionRow = sessionRow || skeleton(['', 'num', 'types', 'ips', 'hide-sm', 'endpoints', 'hide-sm users']);
    const row = sessionRow.cloneNode(true);
    row.dataset.sid = s.sid;
    row.setAttribute('aria-expanded', 'false');
    row.cells[0].title = 'started ' + fmtTime(s.start);
    cell(row, 0).append(el('div', { textContent: fmtTime(s.end) }), el('div', { className: 'muted', textContent: fmtDur(s.durationMs) }), s.denied ? el('span', { className: 'pill mark denied', textContent: 'denied', title: 'this session is on the denylist' }) : '');
    cell(row, 1).append(el('div', { textContent: String(s.requests) }), el('div', { className: s.attacks ? 'bad' : 'muted', textContent: plural(s.attacks, 'attack') }));
    cell(row, 2).append(...s.attackTypes.map((a) => el('span', { className: 'pill bad' + (s.abuse.includes(a) ? ' abuse' : ''), textContent: a, title: s.abuse.includes(a) ? 'API abuse' : 'attack type' })));
    cell(row, 3).append(el('div', {}, ...ipList(s)), el('div', { className: 'muted', textContent: (s.moreIps > 0 ? s.ipCount + '+ IPs' : plural(s.ipCount, 'IP')) + (s.deniedIps.length ? ' · ' + s.deniedIps.length + ' denied' : '') }));
    cell(row, 4).append(el('div', { textContent: s.host }), el('div', { className: 'muted', textContent: s.app }));
    cell(row, 5).append(...badges(s), ...s.endpoints.slice(0, 4).map((e) => el('span', { className: 'pill' + (s.shadow.includes(e) ? ' shadow' : s.zombie.includes(e) ? ' zombie' : ''), textContent: e, title: s.shadow.includes(e) ? 'shadow: not in the spec' : s.zombie.includes(e) ? 'zombie: deprecated in the spec' : '' })), s.endpoints.length > 4 ? el('span', { className: 'muted', textContent: '+' + (s.endpoints.length - 4) }) : '');
    // the list carries the first ten users and roles and how many there are (the session's detail has them all)
    row.cells[6].title = s.users.join(', ') + (s.userCount > s.users.length ? ' +' + (s.userCount - s.users.length) : '');
    cell(row, 6).append(el('div', { textContent: s.users.length ? few(s.users, s.userCount) : '—' }), el('div', { className: 'muted', textContent: s.roles.length ? few(s.roles, s.roleCount) : '' }));
    return row;
  }
  // on screens wider than 640 px (fixed column widths), the list's first LIST_FIRST rows are in
  // #sessions, each next LIST_CHUNK in a table of their own (.sessions-more) whose layout and paint
  // are skipped away from the viewport (content-visibility): a frame that adds rows lays out the rows
  // on screen, not all 50 (issue 17). listInto(n) places the rows of a page that comes after n rows.
  const LIST_FIRST = 10;
  const LIST_CHUNK = 10;
  function listInto(before) {
    const body = $('sessions').tBodies[0];
    if (!matchMedia('(min-width: 641px)').matches) return () => body;
    const chunks = [...document.querySelectorAll('.sessions-more tbody')];
    return (i) => {
      const n = before + i;
      if (n < LIST_FIRST) return body;
      const k = Math.floor((n - LIST_FIRST) / LIST_CHUNK);
      while (chunks.length <= k) {
        const more = el('table', {}, el('tbody'));
        more.setAttribute('aria-label', 'Sessions, continued');
        $('sessions').parentElement.append(el('div', { className: 'sessions-more' }, more));
        chunks.push(more.tBodies[0]);
      }
      return chunks[k];
    };
  }
  // the list's rows open and close from one listener each on the list (not two per row); a row of the
  // list is a tr.session of #sessions' body or of a .sessions-more table (the request tables inside an
  // opened session have their own)
  function listRow(e) { const row = e.target.closest('tr.session'); return row && row.parentElement.parentElement.matches('#sessions, .sessions-more > table') ? row : null; }
  function toggleRow(row) { if (row.getAttribute('aria-expanded') === 'true') closeSession(row); else openSession(row, row.dataset.sid, true); }

  // the first IPs (those on the denylist first, marked), then how many more
  function ipList(s) {
    const shown = [...s.deniedIps, ...s.ips.filter((ip) => !s.deniedIps.includes(ip))].slice(0, 3);
    const out = [];
    shown.forEach((ip, i) => {
      if (i) out.push(', ');
      out.push(s.deniedIps.includes(ip) ? el('span', { className: 'denied-ip', textContent: ip + ' (denied)', title: 'on the denylist' }) : ip);
    });
    if (s.ips.length > 3) out.push(' +' + (s.ips.length - 3));
    return out;
  }

  // the session touched shadow or zombie endpoints: said first, whichever of its endpoints are shown
  function badges(s) {
    const out = [];
    if (s.shadow.length) out.push(el('span', { className: 'pill mark shadow', textContent: 'shadow ' + s.shadow.length, title: 'endpoints not in the spec: ' + s.shadow.join(', ') }));
    if (s.zombie.length) out.push(el('span', { className: 'pill mark zombie', textContent: 'zombie ' + s.zombie.length, title: 'deprecated endpoints: ' + s.zombie.join(', ') }));
    return out;
  }

  function closeSession(row) { row.setAttribute('aria-expanded', 'false'); if (row.nextSibling && row.nextSibling.classList.contains('expanded')) row.nextSibling.remove(); state.open = null; state.inner = null; saveHash(); }

  async function openSession(row, sid, fresh) {
    for (const other of document.querySelectorAll('tr.expanded')) other.remove();
    for (const other of document.querySelectorAll('tr.session[aria-expanded="true"]')) other.setAttribute('aria-expanded', 'false');
    row.setAttribute('aria-expanded', 'true');
    state.open = sid;
    if (fresh || !state.inner) state.inner = { ...state.filters };
    saveHash();
    const cell = el('td', { colSpan: 7, className: 'detail' }, el('div', { className: 'state', textContent: 'Loading session…' }));
    const holder = el('tr', { className: 'expanded' }, cell);
    row.after(holder);
    try {
      const range = params({ from: state.inner.from, to: state.inner.to });
      const detail = await (await api('/api/sessions/' + encodeURIComponent(sid) + '?' + range)).json();
      current = detail.session;
      cell.replaceChildren(renderStats(detail), renderInner(sid), renderActions(sid), el('div', { id: 'requests-' + sid }));
      await loadRequests(sid);
    } catch (e) { if (e.message !== 'unauthenticated') cell.replaceChildren(el('div', { className: 'state error', textContent: 'Could not load the session: ' + e.message })); }
  }

  function renderStats(detail) {
    const box = el('div', { className: 'stats' });
    box.append(el('div', {}, el('h4', { textContent: 'Session' }), el('div', { textContent: detail.session.sid }), el('div', { className: 'muted', textContent: fmtTime(detail.session.start) + ' → ' + fmtTime(detail.session.end) })));
    for (const [name, label] of [['status', 'Status'], ['method', 'Method'], ['ip', 'Client IP'], ['endpoint', 'Endpoint'], ['attack', 'Attack type']]) {
      const list = el('div', {}, el('h4', { textContent: label }));
      const rows = detail.stats[name];
      if (rows.length === 0) list.append(el('div', { className: 'muted', textContent: 'none' }));
      for (const c of rows.slice(0, 8)) list.append(el('div', {}, el('span', { textContent: c.value + ' ' }), el('span', { className: 'muted', textContent: c.count + ' (' + c.pct + '%)' })));
      const others = detail.stats.others && detail.stats.others[name];
      if (others) list.append(el('div', { className: 'muted', textContent: 'other values: ' + others + ' requests' }));
      box.append(list);
    }
    return box;
  }

  function renderInner(sid) {
    const form = el('form', { className: 'filters', ariaLabel: 'Filters inside the session' });
    // the list's filters that apply to one request, started from the list's (a copied link keeps them)
    const labels = { q: 'Endpoint or path', ip: 'Client IP', status: 'Status', method: 'Method', attack: 'Attack', user: 'User', role: 'Role', app: 'Application', host: 'Host', flow: 'Business flow', from: 'From', to: 'To' };
    for (const k of INNER) {
      const input = el('input', { name: k, value: (k === 'from' || k === 'to') ? toLocalInput(state.inner[k]) : (state.inner[k] || '') });
      if (k === 'from' || k === 'to') { input.type = 'datetime-local'; input.step = '1'; }
      form.append(el('label', { textContent: labels[k] + ' ' }, input));
    }
    const apply = el('button', { type: 'submit', className: 'primary', textContent: 'Apply filters' });
    const all = el('button', { type: 'button', textContent: 'Show all requests' });
    all.addEventListener('click', () => { state.inner = {}; for (const i of form.elements) if (i.name) i.value = ''; saveHash(); reloadSession(sid); });
    form.append(el('div', { className: 'actions' }, apply, all));
    form.addEventListener('submit', (e) => { e.preventDefault(); const f = {}; for (const i of form.elements) if (i.name && i.value.trim()) f[i.name] = (i.name === 'from' || i.name === 'to') ? fromLocalInput(i.value) : i.value.trim(); state.inner = f; saveHash(); reloadSession(sid); });
    return form;
  }

  function reloadSession(sid) { const row = document.querySelector('tr.session[data-sid="' + CSS.escape(sid) + '"]'); if (row) openSession(row, sid, false); }

  function renderActions(sid) {
    const bar = el('div', { className: 'actions' });
    const button = (text, fn) => { const b = el('button', { type: 'button', textContent: text }); b.addEventListener('click', fn); bar.append(b); return b; };
    button('Copy link', async () => { saveHash(); await copy(location.href); flash(bar, 'Link copied'); });
    button('Download CSV', async () => {
      const p = params(state.inner || {});
      const blob = await (await api('/api/sessions/' + encodeURIComponent(sid) + '/requests.csv?' + p)).blob();
      const a = el('a', { href: URL.createObjectURL(blob), download: 'session-' + sid + '.csv' }); document.body.append(a); a.click(); a.remove();
    });
    button('Download HAR', async () => {
      const blob = await (await api('/api/sessions/' + encodeURIComponent(sid) + '/requests.har?' + params(state.inner || {}))).blob();
      const a = el('a', { href: URL.createObjectURL(blob), download: 'session-' + sid + '.har' }); document.body.append(a); a.click(); a.remove();
    });
    button('Deny session', () => deny('session', sid, bar));
    if (current && current.ips[0]) button('Deny IP ' + current.ips[0], () => deny('ip', current.ips[0], bar));
    button('Add exception', async () => {
      const endpoint = prompt('Endpoint of the false positive', current && current.endpoints[0] || ''); if (!endpoint) return;
      const attack = prompt('Attack type marked as false positive (e.g. sqli)'); if (!attack) return;
      try { await api('/api/exceptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ endpoint, attack }) }); flash(bar, 'Exception added'); } catch (e) { flash(bar, 'Not added: ' + e.message, true); }
    });
    return bar;
  }

  async function deny(kind, value, bar) {
    const hours = prompt('Deny ' + value + ' for how many hours? (empty: for good)', '24'); if (hours === null) return;
    const body = { kind, value, reason: 'from the console' };
    if (hours.trim()) body.expiresInMs = Math.round(Number(hours) * 3600000);
    try { await api('/api/denylist', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }); flash(bar, value + ' denied'); } catch (e) { flash(bar, 'Not denied: ' + e.message, true); }
  }

  function flash(bar, text, bad) { const m = el('span', { className: bad ? 'error' : 'muted', textContent: text, role: 'status' }); bar.append(m); setTimeout(() => m.remove(), 4000); }
  async function copy(text) { try { await navigator.clipboard.writeText(text); } catch { const t = el('textarea', { value: text }); document.body.append(t); t.select(); document.execCommand('copy'); t.remove(); } }

  async function loadRequests(sid) {
    const box = $('requests-' + sid);
    box.replaceChildren(el('div', { className: 'state', textContent: 'Loading requests…' }));
    const p = params(state.inner || {}, { sort: state.sort, order: state.order, limit: '500' });
    const data = await (await api('/api/sessions/' + encodeURIComponent(sid) + '/requests?' + p)).json();
    if (data.requests.length === 0) { box.replaceChildren(el('div', { className: 'state', textContent: 'No requests match these filters.' })); return; }
    const head = el('tr');
    const sortable = (label, key) => {
      const th = el('th', { className: 'num' });
      const b = el('button', { type: 'button', textContent: label + (state.sort === key ? (state.order === 'asc' ? ' ▲' : ' ▼') : '') });
      th.setAttribute('aria-sort', state.sort === key ? (state.order === 'asc' ? 'ascending' : 'descending') : 'none');
      b.addEventListener('click', () => { state.order = state.sort === key && state.order === 'asc' ? 'desc' : 'asc'; state.sort = key; saveHash(); loadRequests(sid); });
      th.append(b); return th;
    };
    head.append(sortable('Time', 'time'), el('th', { textContent: 'Method' }), el('th', { textContent: 'Path' }), el('th', { className: 'num', textContent: 'Status' }), sortable('Time,ms', 'durationMs'), sortable('Size,bytes', 'resBytes'), el('th', { className: 'hide-sm', textContent: 'Attacks' }), el('th', { textContent: 'Client IP' }), el('th', { className: 'hide-sm', textContent: 'User' }), el('th', { className: 'hide-sm', textContent: 'Endpoint insight' }));
    const body = el('tbody');
    let focused = null;
    const gen = String(++requestsGen);
    box.dataset.gen = gen;
    const table = el('table', { className: 'requests' }, el('thead', {}, head), body);
    const scroll = el('div', { className: 'scroll' }, table);
    box.replaceChildren(scroll);
    // a row shows its request (click, Enter): one listener each on the tables, the request by row
    const byRow = new WeakMap();
    const rowOf = (e) => { const row = e.target.closest('tr'); return row && byRow.has(row) ? row : null; };
    scroll.addEventListener('click', (e) => { const row = rowOf(e); if (row) showRequest(byRow.get(row)); });
    scroll.addEventListener('keydown', (e) => { const row = rowOf(e); if (row && e.key === 'Enter') showRequest(byRow.get(row)); });
    // the body row i goes in: the first REQUEST_CHUNK in table.requests, then a table for each next REQUEST_CHUNK
    const chunks = [body];
    const into = (i) => {
      const k = Math.floor(i / REQUEST_CHUNK);
      while (chunks.length <= k) {
        const from = chunks.length * REQUEST_CHUNK;
        const more = el('table', {}, el('tbody'));
        more.setAttribute('aria-label', 'Requests ' + (from + 1) + ' to ' + Math.min(data.requests.length, from + REQUEST_CHUNK));
        scroll.append(el('div', { className: 'requests-more' }, more));
        chunks.push(more.tBodies[0]);
      }
      return chunks[k];
    };
    requestRow = requestRow || skeleton(['', '', '', 'num', 'num', 'num', 'hide-sm', '', 'hide-sm', 'hide-sm']);
    inTasks(data.requests, (r) => {
      const row = requestRow.cloneNode(true);
      byRow.set(row, r);
      row.dataset.rid = r.id;
      if (state.focus && r.id === state.focus) { row.classList.add('focus'); focused = [row, r]; }
      cell(row, 0).textContent = fmtClock(r.ts);
      cell(row, 1).textContent = r.method;
      cell(row, 2).textContent = r.path + (r.query ? '?' + r.query : '');
      if (r.status >= 400) row.cells[3].className = 'num bad';
      cell(row, 3).textContent = String(r.status);
      cell(row, 4).textContent = String(r.durationMs);
      cell(row, 5).textContent = String(r.resBytes);
      if (r.attacks.length) row.cells[6].className = 'hide-sm bad';
      cell(row, 6).textContent = r.attacks.join(', ');
      cell(row, 7).textContent = r.ip;
      cell(row, 8).textContent = r.user || '—';
      if (r.insight) cell(row, 9).append(el('span', { className: 'pill ' + r.insight, textContent: r.insight, title: r.insight === 'shadow' ? 'not in the spec' : 'deprecated in the spec' }));
      return row;
    }, into, () => {
      if (focused) { state.focus = null; saveHash(); }
      box.append(el('p', { className: 'muted', textContent: (data.total === null ? data.requests.length + (data.requests.length === 1 ? ' request matches' : ' requests match') + (data.next ? ' so far (more further on; the CSV has them all)' : '') : data.total + (data.total === 1 ? ' request' : ' requests') + (data.next ? ' (first ' + data.requests.length + ' shown; the CSV has them all)' : '')) }));
      reveal(focused);
    }, () => box.dataset.gen === gen && box.isConnected, 20);
  }

  function reveal(found) { if (!found) return; found[0].scrollIntoView({ block: 'center' }); showRequest(found[1]); }
  let shown = null;
  function curlOf(r) {
    const url = (r.host ? 'http://' + r.host : '') + r.path + (r.query ? '?' + r.query : '');
    const q = (s) => "'" + String(s).replace(/'/g, "'\\\\''") + "'";
    return 'curl -X ' + r.method + ' ' + q(url) + (r.ua ? ' -H ' + q('User-Agent: ' + r.ua) : '');
  }
  function showRequest(r) {
    shown = r;
    const dl = el('dl');
    const row = (k, v) => dl.append(el('dt', { textContent: k }), el('dd', { textContent: v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v) }));
    row('Time', fmtTime(r.ts)); row('Request id', r.id); row('Session', r.sid); row('Rule', r.rule); row('Identified by', (r.idParams || []).join(', '));
    for (const k of ['method', 'host', 'path', 'query', 'endpoint', 'status', 'durationMs', 'ttfbMs', 'reqBytes', 'resBytes', 'ip', 'ua', 'user', 'role', 'outcome', 'error', 'traceId']) row(k, r[k]);
    row('Endpoint insight', r.insight || 'in spec or no spec');
    row('Attacks', r.attacks.join(', '));
    row('Matched', (r.matches || []).map((m) => m.type + ' in ' + m.where + ': ' + m.excerpt).join('; '));
    row('Business flows', (r.flows || []).join(', '));
    const params = el('table', {}, el('thead', {}, el('tr', {}, el('th', { textContent: 'Traced parameter' }), el('th', { textContent: 'Value (as stored)' }))), el('tbody', {}, ...Object.entries(r.params || {}).map(([k, v]) => el('tr', {}, el('td', { textContent: k + ((r.idParams || []).includes(k) ? ' (identifies the session)' : '') }), el('td', { textContent: v })))));
    $('explore-attack').hidden = r.attacks.length === 0;
    $('exception-from-request').hidden = r.attacks.length === 0;
    $('request-body').replaceChildren(el('h3', { textContent: r.method + ' ' + r.path }), dl, params, el('pre', { textContent: curlOf(r) }));
    $('request').showModal();
  }

  $('logout').addEventListener('click', () => { sessionStorage.removeItem('apisess-token'); showLogin(); });
  $('tab-sessions').addEventListener('click', () => { showView('sessions'); saveHash(); loadSessions(); });
  $('tab-attacks').addEventListener('click', () => { showView('attacks'); saveHash(); loadAttacks(); });
  $('tab-endpoints').addEventListener('click', () => { showView('endpoints'); saveHash(); loadEndpoints(); });
  $('tab-policy').addEventListener('click', () => { showView('policy'); saveHash(); loadPolicy(); });

  // the views' markup (a template: inert, not parsed into the page's forms nor laid out at load) is
  // put on the page and wired once, in a task after the load, or at sign-in if that comes first
  let mounted = false;
  function mount() {
    if (mounted) return;
    mounted = true;
    $('view-markup').after($('view-markup').content);
    for (const box of document.querySelectorAll('[data-picker]')) box.querySelector('input').addEventListener('input', () => syncPicker(box));
    $('copy-curl').addEventListener('click', () => shown && copy(curlOf(shown)));
    $('close-request').addEventListener('click', () => $('request').close());
    $('deny-request-ip').addEventListener('click', () => { if (shown) deny('ip', shown.ip, $('deny-request-ip').parentElement); });
    // an exception from this request: each of its attack types on its endpoint
    $('exception-from-request').addEventListener('click', async () => {
      if (!shown) return;
      const bar = $('exception-from-request').parentElement;
      const endpoint = shown.endpoint || shown.path;
      try {
        const added = [];
        for (const attack of shown.attacks) {
          // one already there is no failure: the others are still added
          try { await api('/api/exceptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ endpoint, attack, reason: 'false positive: request ' + shown.id }) }); added.push(attack); } catch (e) { if (!/is already an exception/.test(e.message)) throw e; }
        }
        flash(bar, added.length ? 'Exception added: ' + added.join(', ') + ' on ' + endpoint : 'Already an exception on ' + endpoint);
      } catch (e) { flash(bar, 'Not added: ' + e.message, true); }
    });
    // this request's client IP exempt from API-abuse detection (an IP exception)
    $('exempt-request-ip').addEventListener('click', async () => {
      if (!shown) return;
      const bar = $('exempt-request-ip').parentElement;
      try { await api('/api/exceptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ip: shown.ip, reason: 'exempt from abuse detection: request ' + shown.id }) }); flash(bar, shown.ip + ' exempt from abuse detection'); } catch (e) { flash(bar, 'Not added: ' + e.message, true); }
    });
    // from a request to the attacks like it: its types on its endpoint
    $('explore-attack').addEventListener('click', () => {
      if (!shown) return;
      $('request').close();
      state.afilters = { attack: shown.attacks.join(','), q: shown.endpoint || shown.path };
      fillForm($('attack-filters'), state.afilters, AFILTERS);
      showView('attacks'); saveHash(); loadAttacks();
    });
    $('filters').addEventListener('submit', (e) => { e.preventDefault(); state.filters = readForm(e.target); state.open = null; state.inner = null; state.focus = null; saveHash(); loadSessions(); });
    $('clear-filters').addEventListener('click', () => { $('filters').reset(); fillForm($('filters'), {}, FILTERS); state = { ...state, filters: {}, open: null, inner: null, sort: 'time', order: 'asc', focus: null }; saveHash(); loadSessions(); });
    $('attack-filters').addEventListener('submit', (e) => { e.preventDefault(); state.afilters = readForm(e.target, AFILTERS); saveHash(); loadAttacks(); });
    $('clear-attacks').addEventListener('click', () => { $('attack-filters').reset(); fillForm($('attack-filters'), {}, AFILTERS); state.afilters = {}; saveHash(); loadAttacks(); });
    $('more-attacks').addEventListener('click', () => loadAttacks(true));
    $('endpoint-filters').addEventListener('submit', (e) => { e.preventDefault(); state.efilters = readForm(e.target, EFILTERS); saveHash(); loadEndpoints(); });
    $('more-endpoints').addEventListener('click', () => loadEndpoints(true));
    $('more').addEventListener('click', () => loadSessions(true));
    const list = $('sessions').parentElement;
    list.addEventListener('click', (e) => { const row = listRow(e); if (row) toggleRow(row); });
    list.addEventListener('keydown', (e) => { const row = listRow(e); if (row && e.target === row && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); toggleRow(row); } });
    warm.then(() => setTimeout(datetimes));
  }
  // From and To become datetime-local inputs once the worker has loaded the date data, one per task:
  // the first such input (even in a template) would load it on this thread
  function datetimes() {
    const i = document.querySelector('input[data-datetime]');
    if (!i) return;
    i.type = 'datetime-local'; i.removeAttribute('data-datetime');
    setTimeout(datetimes);
  }

  function start() {
    if (!token()) {
      showLogin();
      // the views are ready before the analyst has typed a token, without lengthening the load's tasks
      if (typeof requestIdleCallback === 'function') requestIdleCallback(mount, { timeout: 2000 }); else setTimeout(mount, 200);
      return;
    }
    mount();
    if ($('login')) { $('login').hidden = true; }
    $('logout').hidden = false; $('views').hidden = false;
    loadHash();
    showView(state.view);
    if (state.view === 'attacks') loadAttacks(); else if (state.view === 'endpoints') loadEndpoints(); else if (state.view === 'policy') loadPolicy(); else loadSessions();
    loadValues();
  }
  // in a task of its own, after the parser's: a token kept from before loads the views from here
  setTimeout(start);
})();
`
