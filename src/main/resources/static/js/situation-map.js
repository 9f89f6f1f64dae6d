// Draws the epidemic level map (ECharts 5.6.0) from the map API: each part (district or commune) is
// its imported boundary or a dashed schematic tile, coloured by its level in force; containment zones
// in force stand as pins with their count on their part; click a part to drill down (a district) or
// read its level (a commune). The parts and zones are also listed as tables beside the map.
(function () {
  var el = document.getElementById('level-map');
  var status = document.getElementById('map-status');
  if (!el || !window.echarts) { return; }
  var d = el.dataset;
  var colors = {1: '#2e7d32', 2: '#f9d71c', 3: '#ef7d00', 4: '#c62828'};
  var none = '#d0d0d0';

  function levelText(level) { return level ? d['level' + level] : d.levelNone; }

  function cell(row, text, href, cls) {
    var td = document.createElement('td');
    if (cls) { td.className = cls; }
    if (href) {
      var a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text;
    }
    row.appendChild(td);
    return td;
  }

  function listParts(parts) {
    var body = document.getElementById('part-list');
    parts.forEach(function (p) {
      var tr = document.createElement('tr');
      tr.dataset.code = p.code;
      cell(tr, p.name, p.href);
      var lv = cell(tr, '');
      var badge = document.createElement('span');
      badge.className = 'level level-' + (p.level || 'none');
      badge.textContent = p.level || '—';
      lv.appendChild(badge);
      cell(tr, p.casesPer100k == null ? '—' : String(p.casesPer100k), null, 'num');
      cell(tr, String(p.zones), null, 'num');
      body.appendChild(tr);
    });
  }

  function listZones(zones) {
    document.getElementById('zone-count').textContent = d.zones + ': ' + zones.total;
    var body = document.getElementById('zone-list');
    zones.list.forEach(function (z) {
      var tr = document.createElement('tr');
      tr.dataset.zone = z.id;
      cell(tr, z.kindLabel + (z.place ? ': ' + z.place : ''), z.href);
      cell(tr, z.communeName);
      cell(tr, z.startsOn + ' – ' + z.plannedEnd);
      body.appendChild(tr);
    });
  }

  function draw(data) {
    var name = 'epiguard-' + data.unitCode;
    var parts = data.map.features.map(function (f) { return f.properties; });
    var byCode = {};
    parts.forEach(function (p) { byCode[p.code] = p; });
    echarts.registerMap(name, data.map);
    var chart = echarts.init(el);
    window.epiguardMap = chart;
    window.epiguardMapData = data;
    chart.setOption({
      tooltip: {trigger: 'item', formatter: function (params) {
        var p = byCode[params.componentType === 'geo' ? params.name : params.data && params.data.code];
        if (!p) { return ''; }
        var lines = ['<b>' + echarts.format.encodeHTML(p.name) + '</b>',
          d.inForce + ': ' + echarts.format.encodeHTML(levelText(p.level)),
          d.per100k + ': ' + (p.casesPer100k == null ? '—' : p.casesPer100k)];
        if (p.zones) { lines.push(d.zones + ': ' + p.zones); }
        if (p.schematic) { lines.push('<i>' + d.schematic + '</i>'); }
        lines.push('<i>' + d.drill + '</i>');
        return lines.join('<br>');
      }},
      geo: {
        map: name, nameProperty: 'code', roam: true, selectedMode: false, tooltip: {show: true},
        label: {show: true, fontSize: 10, color: '#222', formatter: function (params) {
          var p = byCode[params.name];
          return p ? p.name.replace(/^(Thành phố|Thị xã|Huyện|Xã|Phường|Thị trấn) /, '') : params.name;
        }},
        itemStyle: {borderColor: '#fff', borderWidth: 1},
        emphasis: {label: {show: true}, itemStyle: {areaColor: null, borderColor: '#000', borderWidth: 2}},
        regions: parts.map(function (p) {
          var selected = p.code === data.selected;
          return {name: p.code, itemStyle: {areaColor: colors[p.level] || none,
            borderColor: selected ? '#000' : (p.schematic ? '#555' : '#fff'), borderWidth: selected ? 3 : 1,
            borderType: p.schematic ? 'dashed' : 'solid'}};
        })
      },
      series: [{
        type: 'scatter', coordinateSystem: 'geo', symbol: 'pin', symbolSize: 34, z: 5,
        itemStyle: {color: '#5b2c6f'}, label: {show: true, color: '#fff', formatter: function (params) { return params.data.value[2]; }},
        data: parts.filter(function (p) { return p.zones > 0; }).map(function (p) {
          return {name: p.name, code: p.code, value: [p.center[0], p.center[1], p.zones]};
        })
      }]
    });
    chart.on('click', function (params) {
      var code = params.componentType === 'geo' ? params.name : params.data && params.data.code;
      if (code && byCode[code]) { window.location.href = byCode[code].href; }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    listParts(parts);
    listZones(data.zones);
    status.textContent = d.status.replace('{0}', parts.length).replace('{1}', data.boundaries).replace('{2}', data.tiles)
      + (data.assessed ? '' : ' ' + d.notAssessed);
    el.dataset.parts = String(parts.length);
    el.dataset.drawn = 'true';
  }

  fetch(d.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(draw)
    .catch(function () { status.textContent = d.failed; });
})();
