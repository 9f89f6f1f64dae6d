// Draws the dashboard's epidemic curve with ECharts from the dashboard API: confirmed cases per business
// day stacked as community / already in quarantine, tests per day and the positivity rate on a second axis.
(function () {
  var el = document.getElementById('dash-curve');
  if (!el || !window.echarts) { return; }
  var d = el.dataset;
  fetch(d.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (f) {
      var days = f.days.map(function (x) { var p = x.day.split('-'); return p[2] + '/' + p[1]; });
      var chart = echarts.init(el);
      chart.setOption({
        tooltip: {trigger: 'axis'},
        legend: {top: 0},
        grid: {left: 50, right: 60, top: 30, bottom: 30},
        xAxis: {type: 'category', data: days},
        yAxis: [{type: 'value', minInterval: 1}, {type: 'value', minInterval: 1, splitLine: {show: false}}],
        series: [
          {name: d.community, type: 'bar', stack: 'cases', color: '#c0392b', data: f.days.map(function (x) { return x.community; })},
          {name: d.quarantine, type: 'bar', stack: 'cases', color: '#e67e22', data: f.days.map(function (x) { return x.inQuarantine; })},
          {name: d.tests, type: 'line', yAxisIndex: 1, color: '#2c7be5', data: f.days.map(function (x) { return x.tests; })}
        ]
      });
      el.setAttribute('data-drawn', String(f.days.length));
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () { el.setAttribute('data-drawn', 'failed'); });
})();
