// Draws a transmission chain (nodes, edges from the chains API) with ECharts: generations from left
// to right (a person stands one step right of whoever they were exposed to), cases red, F1 orange,
// F2 yellow, people outside the reader's scope grey and nameless. Drag to move, wheel to zoom.
(function () {
  var el = document.getElementById('chain-graph');
  var count = document.getElementById('chain-count');
  if (!el || !window.echarts) { return; }
  var d = el.dataset;
  var kinds = ['CASE', 'F1', 'F2'];
  var colors = {CASE: '#c0392b', F1: '#e67e22', F2: '#f1c40f'};

  function layout(chain) {
    var n = chain.nodes.length, incoming = new Array(n).fill(0), out = [];
    for (var i = 0; i < n; i++) { out.push([]); }
    chain.edges.forEach(function (e) { out[e.from].push(e.to); incoming[e.to]++; });
    var depth = new Array(n).fill(-1), queue = [];
    for (i = 0; i < n; i++) { if (incoming[i] === 0) { depth[i] = 0; queue.push(i); } }
    for (var start = 0; ; ) {
      while (start < queue.length) {
        var v = queue[start++];
        out[v].forEach(function (w) { if (depth[w] < 0) { depth[w] = depth[v] + 1; queue.push(w); } });
      }
      var rest = depth.indexOf(-1);          // a loop with no way in: start it anywhere
      if (rest < 0) { break; }
      depth[rest] = 0; queue.push(rest);
    }
    var rows = {};
    return depth.map(function (g) {
      rows[g] = (rows[g] || 0) + 1;
      return [g * 160, rows[g] * 26];
    });
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
          return {source: String(e.from), target: String(e.to), tip: 'F' + e.level + ' · ' + e.exposure};
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
