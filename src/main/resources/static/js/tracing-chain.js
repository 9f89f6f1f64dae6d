// Draws a transmission chain (nodes, edges from the chains API) with ECharts: by generations (a person
// stands one step further than whoever they were exposed to), cases red, F1 orange, F2 yellow, people
// outside the reader's scope grey and nameless; a cluster's links between cases that are not contacts
// (same household, workplace...) dashed. Drag to move, wheel to zoom.
(function () {
  var el = document.getElementById('chain-graph');
  var count = document.getElementById('chain-count');
  if (!el || !window.echarts) { return; }
  var d = el.dataset;
  var kinds = ['CASE', 'F1', 'F2'];
  var colors = {CASE: '#c0392b', F1: '#e67e22', F2: '#f1c40f'};

  // Generations by a walk from the people nobody infected (a loop with no way in starts anywhere),
  // each generation in the walk's order so that brothers and sisters stand together. A small chain
  // goes left to right, one column a generation; a large one in rings around its first cases.
  function layout(chain) {
    var n = chain.nodes.length, incoming = new Array(n).fill(0), out = [], i;
    for (i = 0; i < n; i++) { out.push([]); }
    chain.edges.forEach(function (e) { if (e.level > 0) { out[e.from].push(e.to); incoming[e.to]++; } });
    var depth = new Array(n).fill(-1), levels = [];
    function walk(root) {
      var stack = [root];
      depth[root] = 0;
      while (stack.length) {
        var v = stack.pop();
        (levels[depth[v]] = levels[depth[v]] || []).push(v);
        for (var k = out[v].length - 1; k >= 0; k--) {
          var w = out[v][k];
          if (depth[w] < 0) { depth[w] = depth[v] + 1; stack.push(w); }
        }
      }
    }
    for (i = 0; i < n; i++) { if (incoming[i] === 0 && depth[i] < 0) { walk(i); } }
    for (i = 0; i < n; i++) { if (depth[i] < 0) { walk(i); } }
    var pos = new Array(n);
    levels.forEach(function (level, g) {
      level.forEach(function (v, k) {
        if (n <= 300) {
          pos[v] = [g * 160, (k - level.length / 2) * 26];
        } else {
          var r = (g + 0.5) * 400, a = 2 * Math.PI * (k + 0.5) / level.length;
          pos[v] = [r * Math.cos(a), r * Math.sin(a)];
        }
      });
    });
    return pos;
  }

  function draw(chain) {
    var pos = layout(chain);
    var small = chain.nodes.length <= 300;
    var categories = kinds.map(function (k) {
      return {name: d[k.toLowerCase()], itemStyle: {color: colors[k]}};
    }).concat([{name: d.hidden, itemStyle: {color: '#95a5a6'}}]);
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.setOption({
      animation: false,
      tooltip: {formatter: function (p) { return p.dataType === 'node' ? p.data.tip : p.data.tip; }},
      legend: [{data: categories.map(function (c) { return c.name; })}],
      series: [{
        type: 'graph', layout: 'none', roam: true, categories: categories,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 5,
        label: {show: small, position: 'right', fontSize: 10},
        lineStyle: {opacity: 0.5, width: 1},
        emphasis: {focus: 'adjacency'},
        data: chain.nodes.map(function (node) {
          var name = node.hidden ? '—' : node.name;
          return {
            id: String(node.key), name: name, x: pos[node.key][0], y: pos[node.key][1],
            category: node.hidden ? 3 : kinds.indexOf(node.kind), symbolSize: node.kind === 'CASE' ? 11 : 7,
            tip: (node.hidden ? d.hidden : name + (node.birthYear ? ' (' + node.birthYear + ')' : ''))
              + (node.caseId ? ' · #' + node.caseId : '') + ' · ' + node.kind
          };
        }),
        links: chain.edges.map(function (e) {
          return e.level > 0
            ? {source: String(e.from), target: String(e.to), tip: 'F' + e.level + ' · ' + e.exposure}
            : {source: String(e.from), target: String(e.to), tip: e.exposure, symbol: ['none', 'none'],
               lineStyle: {type: 'dashed', opacity: 0.8}};
        })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.dataset.nodes = String(chain.nodes.length);
    count.textContent = d.count.replace('{0}', chain.nodes.length).replace('{1}', chain.edges.length)
      + (chain.truncated ? ' ' + d.truncated : '');
  }

  fetch(d.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(draw)
    .catch(function () { count.textContent = d.failed; });
})();
