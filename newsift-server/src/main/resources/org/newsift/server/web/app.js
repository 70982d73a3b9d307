// newsift dashboard. Every string from the corpus goes into the page through textContent or an attribute
// set from script, never through innerHTML: an article is data, however hostile its text.
'use strict';

const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLOURS = ['#7fc97f', '#1b9e4b', '#fdae61', '#d7191c'];
const $ = (id) => document.getElementById(id);

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function row(cells, onClick) {
  const tr = el('tr');
  cells.forEach((c) => tr.appendChild(c instanceof Node ? wrap(c) : el('td', c)));
  if (onClick) { tr.classList.add('clickable'); tr.addEventListener('click', onClick); }
  return tr;
}

function wrap(node) { const td = el('td'); td.appendChild(node); return td; }

function link(text, hash) { const a = el('a', text); a.href = hash; return a; }

function fmt(x) { return x === null || x === undefined ? '' : (Number.isInteger(x) ? x : x.toFixed(2)); }

// Spin and the shares come from the API as they are (summary.spin, or a story's mean of it): the browser only
// formats them, and keeps the exact number in data-value.
function figure(node, x, text) {
  node.textContent = x === null || x === undefined ? 'n/a' : text(x);
  node.dataset.value = x === null || x === undefined ? '' : String(x);
  return node;
}
function spinText(x) { return x.toFixed(2); }
function percent(x) { return Math.round(100 * x) + ' %'; }
function figureCell(x, text) { return figure(el('span'), x, text); }

function showError(message) { const e = $('error'); e.textContent = message; e.hidden = !message; }

async function api(path, options) {
  const opts = options || {};
  const token = sessionStorage.getItem('newsift-token');
  opts.headers = Object.assign({}, opts.headers || {}, token ? { Authorization: 'Bearer ' + token } : {});
  const response = await fetch(path, opts);
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

// ---- routing: #/view/arg/arg

const views = {
  overview: showOverview, dyad: showDyad, network: showNetwork, events: showEvents,
  article: showArticle, stories: showStories, story: showStory, analyze: showAnalyze,
};

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('?')[0].split('/').map(decodeURIComponent);
  const name = views[parts[0]] ? parts[0] : 'overview';
  document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== 'view-' + name; });
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === '#/' + name));
  showError('');
  views[name](...parts.slice(1)).catch((e) => showError(e.message));
}

// ---- overview

async function showOverview() {
  const data = await api('/api/overview');
  const c = data.corpus;
  $('stat-articles').textContent = c.articles;
  $('stat-events').textContent = c.events;
  $('stat-span').textContent = c.first_date ? c.first_date + ' – ' + c.last_date : '–';
  volumeChart(c.volume);
  const alerts = clear($('alerts'));
  if (data.alerts.length === 0) alerts.appendChild(el('li', 'No escalation against the trailing baseline.'));
  data.alerts.forEach((a) => {
    const li = el('li', null, 'alert');
    li.appendChild(link(a.actor_a + ' – ' + a.actor_b, '#/dyad/' + encodeURIComponent(a.actor_a) + '/' + encodeURIComponent(a.actor_b)));
    li.appendChild(document.createTextNode(' week of ' + a.week + ': ' + a.signal + ' ' + fmt(a.value)
      + ' against a baseline of ' + fmt(a.baseline) + ' (' + fmt(a.deviation) + ' sd, ' + a.events + ' events)'));
    alerts.appendChild(li);
  });
  const dyads = clear($('top-dyads').tBodies[0]);
  c.top_dyads.forEach((d) => dyads.appendChild(row([d.source, d.target, d.events, fmt(d.mean_goldstein)],
    () => { location.hash = '#/dyad/' + encodeURIComponent(d.source) + '/' + encodeURIComponent(d.target); })));
  await searchArticles($('search-q').value);
}

function volumeChart(volume) {
  const chart = echarts.init($('volume-chart'));
  chart.setOption({
    title: { text: 'Volume per week', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0, right: 10 },
    xAxis: { type: 'category', data: volume.map((v) => v.week) },
    yAxis: [{ type: 'value', name: 'articles', minInterval: 1 }, { type: 'value', name: 'events', minInterval: 1 }],
    series: [{ name: 'articles', type: 'bar', color: '#1f3a5f', data: volume.map((v) => v.articles) },
      { name: 'events', type: 'line', yAxisIndex: 1, color: '#c99a00', data: volume.map((v) => v.events) }],
  });
}

const PAGE = 50;
let articlesOffset = 0;

async function searchArticles(q) {
  const page = await api('/api/articles?limit=' + PAGE + '&offset=' + articlesOffset + '&q=' + encodeURIComponent(q || ''));
  $('articles-count').textContent = page.total + ' articles' + (page.total > PAGE ? ', showing ' + (page.offset + 1) + '–'
    + Math.min(page.total, page.offset + PAGE) : '');
  $('articles-prev').disabled = page.offset === 0;
  $('articles-next').disabled = page.offset + PAGE >= page.total;
  const body = clear($('articles').tBodies[0]);
  page.items.forEach((a) => body.appendChild(row([a.published || '', link(a.title || a.id, '#/article/' + encodeURIComponent(a.id)),
    a.outlet, a.genre || '', figureCell(a.spin, spinText), a.events, a.quotes, a.rhetoric, a.claims])));
}

// ---- dyad timeline

async function showDyad(a, b) {
  if (!a || !b) {
    const overview = await api('/api/overview');
    const top = overview.corpus.top_dyads[0];
    if (!top) return;
    a = top.source; b = top.target;
  }
  $('dyad-a').value = a; $('dyad-b').value = b;
  const series = await api('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + '/series');
  const chart = echarts.init($('dyad-chart'));
  chart.clear();
  chart.setOption({
    title: { text: a + ' – ' + b + ': events by quad class and mean Goldstein, per week', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 28 },
    grid: { top: 70 },
    xAxis: { type: 'category', data: series.map((p) => p.bucket) },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
    series: QUADS.map((q, i) => ({ name: q, type: 'bar', stack: 'quad', color: QUAD_COLOURS[i],
      data: series.map((p) => p.quad_counts[i]) }))
      .concat([{ name: 'mean Goldstein', type: 'line', yAxisIndex: 1, color: '#1f3a5f',
        data: series.map((p) => p.mean_goldstein) }]),
  });
  chart.off('click');
  chart.on('click', (params) => listWeek(series[params.dataIndex]));
  if (series.length) listWeek(series[series.length - 1]);
}

function hostOf(url) {
  try { return url ? new URL(url).hostname : null; } catch (e) { return null; }
}

/** The week's articles by title (with the site and date), the first WEEK_TITLES of them; the rest by id. */
const WEEK_TITLES = 20;

async function listWeek(point) {
  $('dyad-week').textContent = 'Articles behind the week of ' + point.bucket + ' (' + point.events + ' events)';
  const ids = point.article_ids;
  const analyses = await Promise.all(ids.slice(0, WEEK_TITLES).map((id) => api('/api/articles/' + encodeURIComponent(id))
    .catch(() => null)));
  const list = clear($('dyad-articles'));
  ids.forEach((id, i) => {
    const a = analyses[i];
    const li = el('li');
    li.appendChild(link(a && a.title ? a.title : id, '#/article/' + encodeURIComponent(id)));
    const about = a ? [hostOf(a.url), a.published].filter((x) => x) : [];
    if (about.length) li.appendChild(document.createTextNode(' (' + about.join(', ') + ')'));
    list.appendChild(li);
  });
}

// ---- actor network

async function showNetwork() {
  const data = await api('/api/actors?limit=80');
  const chart = echarts.init($('network-chart'));
  const max = Math.max(1, ...data.actors.map((a) => a.events));
  chart.setOption({
    title: { text: 'Actor network: edge width = events, colour = mean Goldstein (red hostile, green cooperative)', textStyle: { fontSize: 14 } },
    tooltip: { renderMode: 'richText' },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 260, edgeLength: 120 },
      label: { show: true, position: 'right', color: '#222', textBorderWidth: 0 },
      edgeSymbol: ['none', 'arrow'],
      data: data.actors.map((a) => ({ name: a.code, value: a.events, symbolSize: 12 + 30 * a.events / max })),
      links: data.edges.filter((e) => data.actors.some((a) => a.code === e.source) && data.actors.some((a) => a.code === e.target))
        .map((e) => ({ source: e.source, target: e.target, value: e.events,
          lineStyle: { width: 1 + Math.min(6, e.events), color: goldsteinColour(e.mean_goldstein), curveness: 0.15 } })),
    }],
  });
  chart.off('click');
  chart.on('click', (p) => {
    if (p.dataType === 'edge') location.hash = '#/dyad/' + encodeURIComponent(p.data.source) + '/' + encodeURIComponent(p.data.target);
    else if (p.dataType === 'node') location.hash = '#/events?actor=' + encodeURIComponent(p.data.name);
  });
}

function goldsteinColour(g) {
  if (g === null || g === undefined) return '#999';
  return g < -2 ? '#d7191c' : g < 0 ? '#fdae61' : g < 3 ? '#7fc97f' : '#1b9e4b';
}

// ---- event table

let eventsOffset = 0;

async function showEvents() {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  if (params.has('actor')) $('f-actor').value = params.get('actor');
  await loadEvents();
}

async function loadEvents() {
  const q = new URLSearchParams();
  [['actor', 'f-actor'], ['dyad', 'f-dyad'], ['type', 'f-type'], ['from', 'f-from'], ['to', 'f-to']]
    .forEach(([name, id]) => { if ($(id).value.trim()) q.set(name, $(id).value.trim()); });
  q.set('offset', eventsOffset); q.set('limit', 50);
  const page = await api('/api/events?' + q.toString());
  $('events-count').textContent = page.total + ' events' + (page.total > 50 ? ', showing ' + (page.offset + 1) + '–'
    + Math.min(page.total, page.offset + 50) : '');
  const body = clear($('events-table').tBodies[0]);
  page.items.forEach((e) => {
    const tr = row([e.date || '', actorCell(e.source, e.source_text), (e.cameo || '') + ' ' + (e.cameo_name || ''),
      actorCell(e.target, e.target_text),
      e.quad_class ? QUADS[e.quad_class - 1] : '', fmt(e.goldstein), e.evidence],
    () => { location.hash = '#/article/' + encodeURIComponent(e.article_id); });
    if (e.quad_class) tr.cells[4].className = 'quad-' + e.quad_class;
    body.appendChild(tr);
  });
  $('events-prev').disabled = page.offset === 0;
  $('events-next').disabled = page.offset + 50 >= page.total;
}

/** An event's actor: its code (or country) and the words the article names it by; the words alone when it has no code. */
function actorCell(code, text) {
  if (!code) return text || '';
  const cell = el('span', code);
  if (text && text !== code) cell.appendChild(el('span', ' ' + text, 'actor-text'));
  return cell;
}

// ---- technique families: the grouping of /api/techniques, one colour and underline style each (style.css)

let familiesPromise = null;

/** The families and a map from technique label to family key; asked once per page. */
function techniqueFamilies() {
  if (!familiesPromise) {
    familiesPromise = api('/api/techniques').then((families) => {
      const byTechnique = new Map();
      families.forEach((f) => f.techniques.forEach((t) => byTechnique.set(t, f.family)));
      return { families, byTechnique };
    });
    familiesPromise.catch(() => { familiesPromise = null; });
  }
  return familiesPromise;
}

function familyOf(families, technique) { return families.byTechnique.get(technique) || 'other'; }

// ---- article view, shared with the analyze box

async function showArticle(id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  $('article-title').textContent = a.title || a.id;
  const meta = clear($('article-meta'));
  meta.appendChild(document.createTextNode([a.published, a.id].filter(Boolean).join(' · ') + ' '));
  if (a.url && /^https?:\/\//i.test(a.url)) {
    const src = el('a', a.url); src.href = a.url; src.rel = 'noopener noreferrer nofollow'; src.target = '_blank';
    meta.appendChild(src);
  } else if (a.url) {
    meta.appendChild(document.createTextNode(a.url));
  }
  await renderAnalysis(a, $('article-analysis'));
}

/** Splits the text at every span boundary; each piece carries the classes of the spans that cover it. */
async function renderAnalysis(a, container) {
  const families = await techniqueFamilies();
  clear(container).appendChild($('analysis-template').content.cloneNode(true));
  const part = (cls) => container.querySelector('.' + cls);
  const chars = Array.from(a.text); // code points: the contract's offsets
  const spans = [];
  (a.events || []).forEach((e) => {
    if (e.trigger) spans.push({ start: e.trigger.start, end: e.trigger.end, cls: 'hl-event',
      title: (e.cameo || '') + ' ' + (e.cameo_name || '') + ': ' + side(e.source) + ' → ' + side(e.target) });
  });
  (a.quotes || []).forEach((q) => spans.push({ start: q.start, end: q.end, cls: 'hl-quote',
    title: 'quote' + (q.speaker ? ' by ' + q.speaker.text : '') }));
  (a.rhetoric || []).forEach((r) => {
    const quoted = isQuoted(r);
    spans.push({ start: r.start, end: r.end, cls: 'hl-technique', technique: r.technique, family: familyOf(families, r.technique),
      quoted, title: (quoted ? 'quoted, not the writer\'s: ' : '') + r.technique + (r.explanation ? ': ' + r.explanation : '') });
  });
  const cuts = new Set([0, chars.length]);
  spans.forEach((s) => { cuts.add(Math.max(0, Math.min(s.start, chars.length))); cuts.add(Math.max(0, Math.min(s.end, chars.length))); });
  const points = Array.from(cuts).sort((x, y) => x - y);
  const out = part('article-text');
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const text = chars.slice(from, to).join('');
    const covering = spans.filter((s) => s.start <= from && to <= s.end);
    if (covering.length === 0) { out.appendChild(document.createTextNode(text)); continue; }
    const piece = el('span', text);
    covering.forEach((s) => {
      piece.classList.add(s.cls);
      if (s.technique) {
        piece.classList.add('fam-' + s.family);
        piece.dataset.technique = s.technique;
        piece.dataset.family = s.family;
      }
    });
    const techniques = covering.filter((s) => s.technique);
    // spin counts only the writer's spans: a stretch that only quoted spans cover is drawn as quoted
    if (techniques.length > 0 && techniques.every((s) => s.quoted)) piece.classList.add('voice-quoted');
    piece.title = covering.map((s) => s.title).join('\n');
    out.appendChild(piece);
  }
  stance(part('stance'), a.summary || {});
  legend(part('legend'), a);
  familyLegend(part('families'), families, a.rhetoric || []);
  claimList(part('claims'), (a.claims || []).map((c) => Object.assign({ claimant: actorName(a, c.attributed_to) }, c)));
  listItems(part('events'), a.events, (e) => (e.cameo || '') + ' ' + (e.cameo_name || '') + ': '
    + side(e.source) + ' → ' + side(e.target) + (e.date ? ' (' + e.date + ')' : ''));
  listItems(part('quotes'), a.quotes, (q) => (q.speaker ? q.speaker.text + ': ' : '') + q.text);
  listItems(part('rhetoric'), a.rhetoric, (r) => r.technique + ': ' + r.text + (isQuoted(r) ? ' (quoted)' : ''));
}

/** A span in someone else's words (contract version 2's voice); version-1 analyses have no voice. */
function isQuoted(r) { return r.voice === 'quoted'; }

/** Genre, spin and the shares of reported fact and opinion, as the analysis's summary gives them. */
function stance(table, summary) {
  table.querySelector('.stance-genre').textContent = summary.genre || 'n/a';
  figure(table.querySelector('.stance-spin'), summary.spin, spinText);
  shares(table.querySelector('.stance-shares'), summary.report_share, summary.opinion_share);
}

/** A bar split into reported fact and opinion, and the two percentages. */
function shares(cell, report, opinion) {
  clear(cell);
  if (report === null || report === undefined) { cell.textContent = 'n/a'; return; }
  const bar = el('div', null, 'share-bar');
  const fact = el('div', null, 'share-report'); fact.style.width = (100 * report) + '%';
  const view = el('div', null, 'share-opinion'); view.style.width = (100 * (opinion || 0)) + '%';
  bar.appendChild(fact); bar.appendChild(view);
  cell.appendChild(bar);
  cell.appendChild(figure(el('span', null, 'share-report-text'), report, (x) => percent(x) + ' reported fact'));
  cell.appendChild(document.createTextNode(' · '));
  cell.appendChild(figure(el('span', null, 'share-opinion-text'), opinion, (x) => percent(x) + ' opinion'));
}

function actorName(a, id) {
  const actor = id ? (a.actors || []).find((x) => x.id === id) : null;
  return actor ? actor.name : null;
}

/** Claims, the most check-worthy first: score, the claim, and the actor who makes it when the analysis names one. */
function claimList(list, claims, articleLink) {
  clear(list);
  if (claims.length === 0) { list.appendChild(el('li', 'none', 'empty')); return; }
  claims.slice().sort((x, y) => y.checkworthiness - x.checkworthiness).forEach((c) => {
    const li = el('li', null, 'claim');
    li.appendChild(el('span', c.checkworthiness.toFixed(2), 'claim-score'));
    li.appendChild(el('span', c.text, 'claim-text'));
    if (c.claimant) li.appendChild(el('span', ' (' + c.claimant + ')', 'meta'));
    if (articleLink) { li.appendChild(document.createTextNode(' ')); li.appendChild(articleLink(c)); }
    list.appendChild(li);
  });
}

/** One entry per technique family: a sample in the family's style, its name, its techniques and their spans here. */
function familyLegend(list, families, rhetoric) {
  clear(list);
  families.families.forEach((f) => {
    const n = rhetoric.filter((r) => familyOf(families, r.technique) === f.family).length;
    const li = el('li', null, 'family');
    li.dataset.family = f.family;
    li.appendChild(el('span', f.name, 'swatch hl-technique fam-' + f.family));
    li.appendChild(document.createTextNode(n + ''));
    li.appendChild(el('div', f.techniques.join(' · '), 'family-techniques'));
    list.appendChild(li);
  });
}

function side(args) { return (args || []).map((s) => s.code || s.country || s.text).join(', ') || '?'; }

function legend(list, a) {
  clear(list);
  const entries = [['hl-event', 'event trigger', (a.events || []).length], ['hl-quote', 'quote', (a.quotes || []).length],
    ['hl-technique', 'persuasion technique', (a.rhetoric || []).length]];
  const quoted = (a.rhetoric || []).filter(isQuoted).length;
  if (quoted > 0) entries.push(['hl-technique voice-quoted', 'of them quoted', quoted]); // version-1 analyses have none
  entries.forEach(([cls, name, n]) => {
    const li = el('li');
    li.appendChild(el('span', name, 'swatch ' + cls));
    li.appendChild(document.createTextNode(n + ''));
    list.appendChild(li);
  });
}

function listItems(list, items, text) {
  clear(list);
  if (!items || items.length === 0) { list.appendChild(el('li', 'none')); return; }
  items.forEach((x) => list.appendChild(el('li', text(x))));
}

// ---- stories

async function showStories() {
  const stories = await api('/api/stories');
  const list = clear($('stories'));
  if (stories.length === 0) list.appendChild(el('li', 'No story has more than one article yet.'));
  stories.forEach((s) => {
    const li = el('li');
    li.appendChild(link(s.title || s.id, '#/story/' + encodeURIComponent(s.id)));
    li.appendChild(document.createTextNode(' · ' + s.articles.length + ' articles, ' + s.outlets.length + ' outlets, '
      + s.first_date + ' – ' + s.last_date));
    list.appendChild(li);
  });
}

async function showStory(id) {
  const s = await api('/api/stories/' + encodeURIComponent(id));
  $('story-title').textContent = s.title || s.id;
  $('story-meta').textContent = s.articles.length + ' articles from ' + s.first_date + ' to ' + s.last_date;
  const families = await techniqueFamilies();
  figure($('story-spin'), s.spin, spinText);
  figure($('story-report'), s.report_share, percent);
  figure($('story-opinion'), s.opinion_share, percent);
  $('story-genres').textContent = Object.entries(s.genres).map(([g, n]) => g + ' ' + n).join(', ') || 'n/a';
  const order = families.families.map((f) => f.family).concat(['other']);
  const techniques = Array.from(new Set(s.outlets.flatMap((o) => Object.keys(o.techniques))))
    .sort((x, y) => order.indexOf(familyOf(families, x)) - order.indexOf(familyOf(families, y)) || x.localeCompare(y));
  const table = $('story-outlets');
  const head = el('tr');
  ['', ...s.outlets.map((o) => o.outlet)].forEach((name) => head.appendChild(el('th', name)));
  clear(table.tHead).appendChild(head);
  const body = clear(table.tBodies[0]);
  body.appendChild(row(['articles', ...s.outlets.map((o) => o.articles)]));
  body.appendChild(row(['spin (mean of its articles\' spin)', ...s.outlets.map((o) => figureCell(o.spin, spinText))]));
  body.appendChild(row(['reported fact', ...s.outlets.map((o) => figureCell(o.report_share, percent))]));
  body.appendChild(row(['opinion', ...s.outlets.map((o) => figureCell(o.opinion_share, percent))]));
  body.appendChild(row(['mean Goldstein of reported events', ...s.outlets.map((o) => fmt(o.mean_goldstein))]));
  techniques.forEach((t) => body.appendChild(row([el('span', t, 'swatch hl-technique fam-' + familyOf(families, t)),
    ...s.outlets.map((o) => o.techniques[t] || 0)])));
  claimList($('story-claims'), s.claims, (c) => link(c.outlet, '#/article/' + encodeURIComponent(c.article_id)));
  const articles = clear($('story-articles').tBodies[0]);
  s.articles.forEach((a) => articles.appendChild(row([link(a.title || a.id, '#/article/' + encodeURIComponent(a.id)),
    a.outlet, a.published || '', a.genre || '', figureCell(a.spin, spinText), figureCell(a.report_share, percent),
    figureCell(a.opinion_share, percent), a.claims])));
}

// ---- analyze box

async function showAnalyze() {}

async function runAnalyze() {
  const text = $('analyze-text').value;
  const token = $('analyze-token').value.trim();
  if (token) sessionStorage.setItem('newsift-token', token);
  const body = /^\s*</.test(text) ? { html: text } : { text: text, title: $('analyze-title').value || null };
  if ($('analyze-published').value) body.published = $('analyze-published').value;
  $('analyze-status').textContent = 'Analysing…';
  $('analyze-result').hidden = true;
  try {
    const a = await api('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    $('analyze-status').textContent = (a.events || []).length + ' events, ' + (a.quotes || []).length + ' quotes, '
      + (a.rhetoric || []).length + ' persuasion techniques';
    await renderAnalysis(a, $('analyze-result'));
    $('analyze-result').hidden = false;
  } catch (e) {
    $('analyze-status').textContent = 'Failed: ' + e.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const search = () => searchArticles($('search-q').value).catch((e) => showError(e.message));
  $('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); articlesOffset = 0; search(); });
  $('articles-prev').addEventListener('click', () => { articlesOffset = Math.max(0, articlesOffset - PAGE); search(); });
  $('articles-next').addEventListener('click', () => { articlesOffset += PAGE; search(); });
  $('dyad-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = '#/dyad/' + encodeURIComponent($('dyad-a').value.trim()) + '/' + encodeURIComponent($('dyad-b').value.trim());
  });
  $('events-form').addEventListener('submit', (ev) => { ev.preventDefault(); eventsOffset = 0; loadEvents().catch((e) => showError(e.message)); });
  $('events-prev').addEventListener('click', () => { eventsOffset = Math.max(0, eventsOffset - 50); loadEvents().catch((e) => showError(e.message)); });
  $('events-next').addEventListener('click', () => { eventsOffset += 50; loadEvents().catch((e) => showError(e.message)); });
  $('analyze-form').addEventListener('submit', (ev) => { ev.preventDefault(); runAnalyze(); });
  window.addEventListener('hashchange', route);
  route();
});
