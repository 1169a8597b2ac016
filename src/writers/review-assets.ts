/**
 * The review page's style and script, inlined so that the page is one file that needs no network.
 * The page reads without the script (the inline redline, then the notes); the script adds the
 * side-by-side view, the filters and the change-by-change navigation.
 */

// Logical properties (inline-start, inline-end) throughout, so that Arabic pages mirror.
export const REVIEW_CSS = `
*{box-sizing:border-box}
body{margin:0;line-height:1.5;color:#111;background:#fff;display:grid;grid-template-columns:15rem minmax(0,1fr);grid-template-areas:"head head" "bar bar" "nav main"}
header.page{grid-area:head;padding:1rem 1.5rem .5rem;border-bottom:1px solid #ddd;font-family:system-ui,sans-serif}
header.page h1{font-size:1.25rem;margin:0 0 .2rem}
header.page .compared{margin:0 0 .6rem;color:#555;font-size:.9rem}
.facts{display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;margin:.3rem 0}
.facts fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:center}
.facts legend{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:#666;float:inline-start;margin-inline-end:.4rem}
.facts label{display:inline-flex;align-items:center;gap:.25rem;font-size:.88rem;border:1px solid #ccc;border-radius:1rem;padding:.05rem .55rem .05rem .3rem;cursor:pointer;background:#fafafa}
.facts label:has(input:not(:checked)){opacity:.55;background:#fff}
.facts b{font-variant-numeric:tabular-nums}
.key{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.82rem;color:#444;margin:.4rem 0 0}
.toolbar{grid-area:bar;position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.4rem 1.5rem;background:#f6f6f6;border-bottom:1px solid #ddd;font-family:system-ui,sans-serif;font-size:.9rem}
.toolbar button{font:inherit;padding:.15rem .7rem;border:1px solid #aaa;border-radius:.25rem;background:#fff;cursor:pointer}
.toolbar button:disabled{opacity:.45;cursor:default}
.toolbar .position{min-width:7rem;text-align:center;font-variant-numeric:tabular-nums}
.toolbar .hint{color:#666;font-size:.8rem;margin-inline-start:auto}
nav.outline{grid-area:nav;position:sticky;top:2.6rem;align-self:start;max-height:calc(100vh - 2.6rem);overflow:auto;padding:.8rem .6rem .8rem 1rem;border-inline-end:1px solid #eee;font-family:system-ui,sans-serif;font-size:.8rem}
nav.outline ol{list-style:none;margin:0;padding:0}
nav.outline li{margin:.15rem 0}
nav.outline .doc{font-weight:600;margin-top:.6rem}
nav.outline a{color:#234;text-decoration:none;border-radius:.2rem;padding:0 .15rem}
nav.outline a:hover{text-decoration:underline}
nav.outline .labels a{display:inline-block;margin-inline-end:.1rem}
main{grid-area:main;padding:0 1.5rem 3rem;min-width:0}
section.document{max-width:52rem}
section.document.merge{max-width:none}
section.document>h2{font-family:system-ui,sans-serif;font-size:1rem;color:#444;border-bottom:1px solid #ccc;margin:1.5rem 0 .5rem}
.inline p{margin:.5rem 0;padding:.1rem .3rem;border-inline-start:3px solid transparent}
.inline .title,.inline .subtitle{text-align:center;font-weight:bold}
.inline .heading{font-style:italic;margin-top:1.1rem}
.inline .annex-heading{text-align:center;font-weight:bold;margin-top:1.5rem}
.inline .item{padding-inline-start:2.8rem;text-indent:-2.5rem}
.inline .label{display:inline-block;min-width:2.5rem;text-indent:0}
.inline .d1{margin-inline-start:2.5rem}.inline .d2{margin-inline-start:5rem}
ins{color:#0a5c0a;background:#e6f4e6;text-decoration:underline}
del{color:#a00;background:#fbe9e9;text-decoration:line-through}
.k-modified{--k:#d9a400;--k-soft:#fff3c4}.k-added{--k:#2e8b2e;--k-soft:#dff0df}.k-suppressed{--k:#c33;--k-soft:#f8dede}.k-moved{--k:#6b4fa0;--k-soft:#ebe3f6}.k-relettered{--k:#2a6fb0;--k-soft:#dfeaf6}
.inline p[class*="k-"],.notes li[class*="k-"]{border-inline-start-color:var(--k)}
table.side tr[class*="k-"] td.ref{border-inline-start:3px solid var(--k)}
nav.outline a[class*="k-"]{background:var(--k-soft)}
.facts label[class*="k-"]{border-color:var(--k)}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:.15rem;background:var(--k)}
.badge{font-family:system-ui,sans-serif;font-size:.75rem;border-radius:.2rem;padding:0 .3rem;margin-inline-start:.4rem;text-indent:0;white-space:nowrap}
.badge.status-conflict{background:#fff0a0;color:#5a4500}.badge.status-agreed{background:#dff0df;color:#1d4d1d}.badge.status-compatible{background:#e0ecf8;color:#1d3f66}
a.pair{font-family:system-ui,sans-serif;font-size:.78rem;color:#5a3d8a;background:#f1ecf8;border-radius:.2rem;padding:0 .3rem;margin-inline-start:.4rem;text-decoration:none;text-indent:0;white-space:nowrap}
.inline p.origin{color:#777}
.current{outline:2px solid #1a73e8;outline-offset:2px;background:#f3f8ff}
sup.fnref a{text-decoration:none;padding:0 .1rem}
.notes{font-size:.9rem;border-top:1px solid #ccc;margin-top:1.5rem;padding-top:.3rem}
.notes ol{padding-inline-start:2rem}
.notes li{border-inline-start:3px solid transparent;padding-inline-start:.3rem}
.notes a.back{text-decoration:none;margin-inline-start:.3rem}
:target{background:#fff8d6}
[id]{scroll-margin-top:3.5rem}
table.side{border-collapse:collapse;width:100%;font-size:.93rem;margin:1rem 0}
table.side td,table.side th{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:start}
table.side th{background:#f3f3f3;font-family:system-ui,sans-serif;font-weight:600;position:sticky;top:2.6rem}
table.side{table-layout:fixed}
table.side col.ref{width:8.5rem}table.side col.status{width:7rem}
table.side td.ref{font-family:system-ui,sans-serif;font-size:.8rem;color:#444;overflow-wrap:anywhere}
table.side td.silence{color:#888}
table.side td.conflict{background:#fff6c8}
body[data-view=inline] .side,body[data-view=side] .inline{display:none}
body.filtered .inline p.item:not([data-kinds]),body.filtered table.side tr:not([data-kinds]):not(.head),body.filtered .notes li:not([data-kinds]){display:none}
[hidden]{display:none!important}
.noscript-note{font-size:.8rem;color:#666}
@media (max-width:55rem){body{grid-template-columns:minmax(0,1fr);grid-template-areas:"head" "bar" "main"}nav.outline{display:none}}
@media print{
body{display:block}
.toolbar,nav.outline,.facts input,a.pair,a.back,.hint{display:none!important}
.facts label{border:0;padding:0;opacity:1!important}
ins,del{background:none}
.current{outline:0;background:none}
table.side th{position:static}
table.side thead{display:table-header-group}
tr,p{break-inside:avoid}
section.document>h2{break-before:page}
section.document:first-of-type>h2{break-before:avoid}
}
`;

/**
 * The page's behaviour. A change is an element with class `change` in the current view; the
 * filters hide what matches none of the checked kinds, proposers or statuses. Keys: n or j for the
 * next change, p or k for the previous one, v to switch views.
 */
export const REVIEW_SCRIPT = `
(function () {
  var body = document.body;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var position = document.getElementById('position');
  var prev = document.getElementById('previous');
  var next = document.getElementById('next');
  var toggle = document.getElementById('toggle-view');
  var current = null;

  function checked(dimension) {
    var all = boxes.filter(function (b) { return b.dataset.filter === dimension; });
    var on = all.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    return { narrowed: on.length < all.length, values: on };
  }
  function passes(el, dimension, wanted) {
    if (!wanted.narrowed) return true;
    var have = (el.getAttribute('data-' + dimension) || '').split(' ').filter(Boolean);
    return have.some(function (v) { return wanted.values.indexOf(v) >= 0; });
  }
  function applyFilters() {
    var kinds = checked('kinds'), proposers = checked('proposers'), status = checked('status');
    body.classList.toggle('filtered', kinds.narrowed || proposers.narrowed || status.narrowed);
    document.querySelectorAll('[data-kinds]').forEach(function (el) {
      el.hidden = !(passes(el, 'kinds', kinds) && passes(el, 'proposers', proposers) && passes(el, 'status', status));
    });
    if (current && !visible(current)) setCurrent(null);
    update();
  }
  function visible(el) { return el.getClientRects().length > 0; }
  function changes() {
    var selector = body.dataset.view === 'side' ? '.side .change' : '.inline .change, .notes .change';
    return Array.prototype.slice.call(document.querySelectorAll(selector)).filter(visible);
  }
  function setCurrent(el) {
    if (current) current.classList.remove('current');
    current = el;
    if (el) {
      el.classList.add('current');
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'center' });
    }
    update();
  }
  function update() {
    var list = changes();
    var at = current ? list.indexOf(current) : -1;
    position.textContent = list.length === 0 ? 'no changes shown' : (at < 0 ? '' : (at + 1) + ' of ') + list.length + (at < 0 ? ' changes' : '');
    prev.disabled = list.length === 0 || at === 0;
    next.disabled = list.length === 0 || at === list.length - 1;
  }
  function step(delta) {
    var list = changes();
    if (list.length === 0) return;
    var at = current ? list.indexOf(current) : -1;
    var to = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    setCurrent(list[to]);
  }
  function showView(view) {
    var key = current && current.getAttribute('data-key');
    body.dataset.view = view;
    toggle.setAttribute('aria-pressed', view === 'side' ? 'true' : 'false');
    toggle.textContent = view === 'side' ? 'Inline' : 'Side by side';
    var twin = key ? document.querySelector((view === 'side' ? '.side' : '.inline') + ' [data-key="' + key + '"]') : null;
    if (current) current.classList.remove('current');
    current = null;
    if (twin && twin.classList.contains('change') && visible(twin)) setCurrent(twin); else update();
  }
  boxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  prev.addEventListener('click', function () { step(-1); });
  next.addEventListener('click', function () { step(1); });
  toggle.addEventListener('click', function () { showView(body.dataset.view === 'side' ? 'inline' : 'side'); });
  // The outline and the moved-clause links lead to the clause in the view shown.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-goto]');
    if (!a) return;
    var el = document.querySelector((body.dataset.view === 'side' ? '.side' : '.inline') + ' [data-key="' + a.getAttribute('data-goto') + '"]');
    if (!el) return;
    e.preventDefault();
    if (el.classList.contains('change') && visible(el)) setCurrent(el);
    else el.scrollIntoView({ block: 'center' });
  });
  document.addEventListener('keydown', function (e) {
    // keys go to what is typed into, never to a checkbox or a button
    var typing = /^(TEXTAREA|SELECT)$/.test(e.target.tagName) || (e.target.tagName === 'INPUT' && !/^(checkbox|radio|button)$/.test(e.target.type)) || e.target.isContentEditable;
    if (e.altKey || e.ctrlKey || e.metaKey || typing) return;
    if (e.key === 'n' || e.key === 'j') { step(1); e.preventDefault(); }
    else if (e.key === 'p' || e.key === 'k') { step(-1); e.preventDefault(); }
    else if (e.key === 'v') { toggle.click(); e.preventDefault(); }
  });
  document.querySelectorAll('.toolbar [hidden]').forEach(function (el) { el.hidden = false; });
  showView(body.dataset.view === 'side' ? 'side' : 'inline');
  applyFilters();
})();
`;
