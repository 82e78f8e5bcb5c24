/*
 * newsflow analysts' page: a thin client of GET /search (index-service).
 * No framework, no build step. Every server string is put into the page as text (textContent), never as HTML;
 * the only markup taken from the server is the <em>…</em> of search highlights, rebuilt here as DOM nodes.
 */
(function () {
  'use strict';

  /** Facet fields of the search result, the query parameter that filters on each, and their labels. */
  var FACETS = [
    { field: 'persons', param: 'person', label: '人物' },
    { field: 'places', param: 'place', label: '地点' },
    { field: 'organizations', param: 'organization', label: '机构' },
    { field: 'source', param: 'source', label: '来源' },
    { field: 'flags', param: 'flag', label: '标记' }
  ];
  var PARAMS = ['q', 'person', 'place', 'organization', 'source', 'flag', 'from', 'to'];
  var FLAG_LABELS = {
    spam_injected: '含垃圾信息',
    template_placeholders: '模板占位符',
    mojibake_repaired: '乱码已修复',
    mojibake_unrepaired: '乱码未修复',
    converted_from_traditional: '繁体转简体',
    truncated: '内容截断',
    near_duplicate: '近似重复',
    line_wrap_joined: '断行已合并',
    pinyin_removed: '拼音已去除',
    charset_guessed: '编码推测'
  };
  var PAGE = 10;
  var SVG = 'http://www.w3.org/2000/svg';

  var state = readState(window.location.search);
  var requestSeq = 0;

  var $ = function (id) { return document.getElementById(id); };

  // ---------------------------------------------------------------- state <-> URL

  function readState(search) {
    var params = new URLSearchParams(search);
    var s = { size: PAGE };
    PARAMS.forEach(function (p) {
      var v = params.get(p);
      if (v !== null && v.trim() !== '') { s[p] = v.trim(); }
    });
    var size = parseInt(params.get('size'), 10);
    if (size > 0) { s.size = Math.min(size, 100); }
    return s;
  }

  function toQueryString(s, withSize) {
    var params = new URLSearchParams();
    PARAMS.forEach(function (p) { if (s[p]) { params.set(p, s[p]); } });
    if (withSize || (s.size && s.size !== PAGE)) { params.set('size', String(s.size || PAGE)); }
    return params.toString();
  }

  function update(changes, replace) {
    Object.keys(changes).forEach(function (k) {
      if (changes[k] === null || changes[k] === undefined || changes[k] === '') { delete state[k]; } else { state[k] = changes[k]; }
    });
    if (!('size' in changes)) { state.size = PAGE; }
    var qs = toQueryString(state);
    var url = window.location.pathname + (qs ? '?' + qs : '');
    if (replace) { history.replaceState(null, '', url); } else { history.pushState(null, '', url); }
    run();
  }

  // ---------------------------------------------------------------- small DOM helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'className') { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  /**
   * A highlight fragment as DOM: the text between <em> and </em> goes into <em> elements, everything else is
   * plain text. Any other markup in the fragment stays visible as literal text (never parsed as HTML).
   */
  function highlighted(fragment) {
    var frag = document.createDocumentFragment();
    var parts = String(fragment).split(/(<em>|<\/em>)/);
    var inEm = false;
    parts.forEach(function (part) {
      if (part === '<em>') { inEm = true; return; }
      if (part === '</em>') { inEm = false; return; }
      if (part === '') { return; }
      frag.appendChild(inEm ? el('em', { text: part }) : document.createTextNode(part));
    });
    return frag;
  }

  function stripEm(s) { return String(s).replace(/<\/?em>/g, ''); }

  function safeHref(url) {
    try {
      var u = new URL(url, window.location.href);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function formatTime(iso) {
    if (!iso) { return ''; }
    var m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
    return m ? m[1] + ' ' + m[2] : iso;
  }

  function facetLabel(field, key) {
    return field === 'flags' && FLAG_LABELS[key] ? FLAG_LABELS[key] : key;
  }

  // ---------------------------------------------------------------- search

  function run() {
    var seq = ++requestSeq;
    var qs = toQueryString(state, true);
    syncForm();
    renderChips();
    document.body.classList.add('loading');
    fetch('search?' + qs, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (body) {
            throw new Error('检索失败 (HTTP ' + response.status + ')' + (body ? '：' + body.slice(0, 200) : ''));
          });
        }
        return response.json();
      })
      .then(function (result) {
        if (seq !== requestSeq) { return; }
        $('error').hidden = true;
        render(result);
      })
      .catch(function (err) {
        if (seq !== requestSeq) { return; }
        $('error').textContent = err && err.message ? err.message : String(err);
        $('error').hidden = false;
      })
      .then(function () {
        if (seq === requestSeq) {
          document.body.classList.remove('loading');
          document.body.setAttribute('data-seq', String(seq));
        }
      });
  }

  function render(result) {
    var hits = result.hits || [];
    $('total').textContent = '共 ' + (result.total || 0) + ' 篇文档' + (hits.length < (result.total || 0) ? '，显示前 ' + hits.length + ' 篇' : '');
    $('total').setAttribute('data-total', String(result.total || 0));
    renderResults(hits);
    renderFacets(result.facets || {});
    renderChart(result.perDay || []);
    $('more').hidden = !(hits.length < (result.total || 0) && state.size < 100);
  }

  function renderResults(hits) {
    var list = $('results');
    clear(list);
    if (hits.length === 0) {
      list.appendChild(el('li', { className: 'empty', text: '没有找到匹配的文档。' }));
      return;
    }
    hits.forEach(function (hit) {
      var highlights = hit.highlights || [];
      var title = hit.title || hit.url || hit.docId;
      // the title's own highlight (the whole title with <em>) comes among the text fragments: show it as the title
      var titleHighlight = null;
      var snippets = [];
      highlights.forEach(function (h) {
        if (titleHighlight === null && hit.title && stripEm(h) === hit.title) { titleHighlight = h; } else { snippets.push(h); }
      });
      var href = safeHref(hit.url);
      var heading = el('h3', { className: 'hit-title' });
      var titleNode = titleHighlight ? highlighted(titleHighlight) : document.createTextNode(title);
      heading.appendChild(href ? el('a', { href: href, target: '_blank', rel: 'noopener noreferrer' }, [titleNode]) : titleNode);

      var meta = el('div', { className: 'hit-meta' }, [
        hit.publishedAt ? el('time', { datetime: hit.publishedAt, text: formatTime(hit.publishedAt) }) : null,
        hit.source ? el('span', { className: 'hit-source', text: hit.source }) : null,
        hit.url ? el('span', { className: 'hit-url', text: hit.url }) : null
      ]);
      var item = el('li', { className: 'hit', 'data-doc-id': hit.docId || '' }, [heading, meta]);
      snippets.forEach(function (s) {
        var p = el('p', { className: 'snippet' });
        p.appendChild(document.createTextNode('… '));
        p.appendChild(highlighted(s));
        p.appendChild(document.createTextNode(' …'));
        item.appendChild(p);
      });
      list.appendChild(item);
    });
  }

  function renderFacets(facets) {
    FACETS.forEach(function (f) {
      var section = document.querySelector('.facet[data-field="' + f.field + '"]');
      var ul = section.querySelector('ul');
      clear(ul);
      var buckets = facets[f.field] || [];
      var active = state[f.param];
      if (active && !buckets.some(function (b) { return b.key === active; })) {
        buckets = [{ key: active, count: 0 }].concat(buckets);
      }
      section.classList.toggle('is-empty', buckets.length === 0);
      if (buckets.length === 0) {
        ul.appendChild(el('li', { className: 'none', text: '无' }));
        return;
      }
      buckets.forEach(function (b) {
        var selected = active === b.key;
        var button = el('button', {
          type: 'button', className: 'facet-value' + (selected ? ' selected' : ''),
          'data-param': f.param, 'data-key': b.key, 'aria-pressed': selected ? 'true' : 'false',
          title: selected ? '取消筛选：' + b.key : '只看：' + b.key
        }, [
          el('span', { className: 'key', text: facetLabel(f.field, b.key) }),
          el('span', { className: 'count', text: String(b.count) })
        ]);
        button.addEventListener('click', function () {
          var change = {};
          change[f.param] = selected ? null : b.key;
          update(change);
        });
        ul.appendChild(el('li', null, [button]));
      });
    });
  }

  function renderChips() {
    var box = $('chips');
    clear(box);
    var chips = [];
    if (state.q) { chips.push({ param: 'q', label: '关键词', value: state.q }); }
    FACETS.forEach(function (f) {
      if (state[f.param]) { chips.push({ param: f.param, label: f.label, value: facetLabel(f.field, state[f.param]) }); }
    });
    if (state.from) { chips.push({ param: 'from', label: '起', value: state.from }); }
    if (state.to) { chips.push({ param: 'to', label: '止', value: state.to }); }
    chips.forEach(function (c) {
      var remove = el('button', { type: 'button', className: 'chip-remove', 'aria-label': '移除筛选 ' + c.label + '：' + c.value, text: '×' });
      remove.addEventListener('click', function () {
        var change = {};
        change[c.param] = null;
        update(change);
      });
      box.appendChild(el('span', { className: 'chip', 'data-param': c.param }, [
        el('span', { className: 'chip-label', text: c.label + '：' }),
        el('span', { className: 'chip-value', text: c.value }),
        remove
      ]));
    });
    if (chips.length > 1) {
      var all = el('button', { type: 'button', className: 'chip-clear', text: '清除全部' });
      all.addEventListener('click', function () {
        var change = {};
        PARAMS.forEach(function (p) { change[p] = null; });
        update(change);
      });
      box.appendChild(all);
    }
  }

  /** Documents per day as inline SVG bars: one <rect class="bar"> per bucket, scaled to the busiest day. */
  function renderChart(perDay) {
    var box = $('chart');
    clear(box);
    if (perDay.length === 0) {
      box.appendChild(el('p', { className: 'none', text: '无数据' }));
      return;
    }
    var width = 720, height = 180, top = 16, bottom = 28, left = 32, right = 8;
    var plotW = width - left - right, plotH = height - top - bottom;
    var max = perDay.reduce(function (m, b) { return Math.max(m, b.count); }, 0) || 1;
    var step = plotW / perDay.length;
    var barW = Math.max(1, Math.min(48, step * 0.8));
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': '每日文档数柱状图', preserveAspectRatio: 'xMidYMid meet' });

    // horizontal guide lines at 0, max/2, max
    [0, 0.5, 1].forEach(function (f) {
      var y = top + plotH - f * plotH;
      chart.appendChild(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'grid' }));
      var label = svg('text', { x: left - 6, y: y + 4, class: 'axis', 'text-anchor': 'end' });
      label.textContent = f === 0.5 && max < 2 ? '' : String(Math.round(f * max));
      chart.appendChild(label);
    });

    var labelEvery = Math.max(1, Math.ceil(perDay.length / 8));
    perDay.forEach(function (b, i) {
      var day = String(b.key).slice(0, 10);
      var h = Math.max(b.count > 0 ? 2 : 0, (b.count / max) * plotH);
      var x = left + i * step + (step - barW) / 2;
      var rect = svg('rect', { class: 'bar', x: x.toFixed(1), y: (top + plotH - h).toFixed(1), width: barW.toFixed(1), height: h.toFixed(1), rx: 2, 'data-day': day, 'data-count': String(b.count) });
      var tip = svg('title');
      tip.textContent = day + '：' + b.count + ' 篇';
      rect.appendChild(tip);
      chart.appendChild(rect);
      if (i % labelEvery === 0) {
        var text = svg('text', { x: (left + i * step + step / 2).toFixed(1), y: height - 8, class: 'axis', 'text-anchor': 'middle' });
        text.textContent = perDay.length > 1 && day.slice(0, 4) === String(perDay[0].key).slice(0, 4) && i > 0 ? day.slice(5) : day;
        chart.appendChild(text);
      }
    });
    box.appendChild(chart);
  }

  // ---------------------------------------------------------------- form

  function syncForm() {
    if (document.activeElement !== $('q')) { $('q').value = state.q || ''; }
    $('from').value = state.from || '';
    $('to').value = state.to || '';
  }

  $('search-form').addEventListener('submit', function (event) {
    event.preventDefault();
    update({ q: $('q').value.trim() || null, from: $('from').value || null, to: $('to').value || null });
  });
  $('more').addEventListener('click', function () {
    update({ size: Math.min(100, state.size + 20) }, true);
  });
  window.addEventListener('popstate', function () {
    state = readState(window.location.search);
    run();
  });

  run();
}());
