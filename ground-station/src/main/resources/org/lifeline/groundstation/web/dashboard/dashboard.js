/* The Lifeline dashboard: airspace layers, live drones (Server-Sent Events) and the delivery board. */
(function () {
  'use strict';
  var body = document.body;
  var zh = body.dataset.lang === 'zh';
  var T = zh ? {
    REQUESTED: '已请求', ASSIGNED: '已分配', PLANNED: '已规划', UPLOADED: '已上传', IN_FLIGHT: '飞行中', RELEASED: '已投放',
    CONFIRMED: '已确认', REFUSED: '已拒绝', FAILED: '失败', CANCELLED: '已取消', RETURNED: '已返回',
    battery: '电量', alt: '高度', stale: '遥测中断', offline: '离线', noTelemetry: '无遥测', ago: '秒前',
    item: '航点', link: '数传', viaLink: '来自数传', noAgent: '未连接机载代理', agentOffline: '机载代理离线',
    CONNECTING: '连接中', LIVE: '正常', LOST: '中断', UNREACHABLE: '无法连接',
    'operating-area': '作业区', 'no-fly': '禁飞区', 'no-fly-margin': '禁飞缓冲区', quarantine: '隔离区',
    LINK_LOST: '链路中断', TELEMETRY_STALE: '遥测中断', BATTERY_LOW: '电量低于储备', RELEASE_REFUSED: '投放被拒绝',
    UNCONFIRMED: '已投放未确认', FENCE_BREACH: '越出电子围栏', FENCE_MARGIN: '接近电子围栏', FENCE_UNWATCHED: '围栏未监视',
    'launch-site': '起飞点', 'drop-point': '投放点', sealed: '封闭', controlled: '管控', precaution: '防范'
  } : {
    REQUESTED: 'Requested', ASSIGNED: 'Assigned', PLANNED: 'Planned', UPLOADED: 'Uploaded', IN_FLIGHT: 'In flight',
    RELEASED: 'Released', CONFIRMED: 'Confirmed', REFUSED: 'Refused', FAILED: 'Failed', CANCELLED: 'Cancelled', RETURNED: 'Returned',
    battery: 'battery', alt: 'alt', stale: 'telemetry stale', offline: 'offline', noTelemetry: 'no telemetry', ago: 's ago',
    item: 'item', link: 'link', viaLink: 'via link', noAgent: 'no agent heard', agentOffline: 'agent offline',
    CONNECTING: 'connecting', LIVE: 'live', LOST: 'lost', UNREACHABLE: 'unreachable',
    'operating-area': 'Operating area', 'no-fly': 'No-fly zone', 'no-fly-margin': 'No-fly margin', quarantine: 'Quarantine',
    LINK_LOST: 'Link lost', TELEMETRY_STALE: 'Telemetry stale', BATTERY_LOW: 'Battery below reserve',
    RELEASE_REFUSED: 'Release refused', UNCONFIRMED: 'Released, not confirmed', FENCE_BREACH: 'Fence breached',
    FENCE_MARGIN: 'Near the fence', FENCE_UNWATCHED: 'Fence not watched',
    'launch-site': 'Launch site', 'drop-point': 'Drop point', sealed: 'sealed', controlled: 'controlled', precaution: 'precaution'
  };
  var STATES = ['REQUESTED', 'ASSIGNED', 'PLANNED', 'UPLOADED', 'IN_FLIGHT', 'RELEASED', 'CONFIRMED', 'RETURNED', 'REFUSED', 'FAILED', 'CANCELLED'];
  var STYLE = {
    'operating-area': { color: '#2563eb', weight: 2, fill: false, dashArray: '6 4' },
    'no-fly': { color: '#b91c1c', weight: 2, fillColor: '#dc2626', fillOpacity: 0.35 },
    'no-fly-margin': { color: '#dc2626', weight: 1, dashArray: '4 4', fillColor: '#f87171', fillOpacity: 0.12 },
    sealed: { color: '#7c2d12', weight: 2, fillColor: '#ea580c', fillOpacity: 0.35 },
    controlled: { color: '#a16207', weight: 2, fillColor: '#f59e0b', fillOpacity: 0.25 },
    precaution: { color: '#854d0e', weight: 1, fillColor: '#fde047', fillOpacity: 0.2 }
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  /* GET as the logged-in operator: a lost login goes back to the login page, an error answer
     becomes an Error carrying the server's own words ({"error": ...}) */
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (r.status === 401) { location.href = '/login'; throw new Error('logged out'); }
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j.error || (url + ': ' + r.status)); }
        return j;
      });
    });
  }

  var map = L.map('map', { zoomControl: true, preferCanvas: false }).setView([0, 0], 2);
  if (body.dataset.tiles) {
    L.tileLayer(body.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  var layers = {};
  var layerControl = L.control.layers(null, null, { collapsed: true }).addTo(map);
  /* droneListeners: called with each drone update (operations.js draws tracks); latency: ms from the
     sample reaching the ground station (rxMs) to the frame that shows the marker moved */
  window.lifeline = { map: map, layers: layers, drones: {}, deliveries: [], droneListeners: [], latency: [], el: el, getJson: getJson };

  function label(p) {
    return (T[p.layer] || p.layer) + ': ' + p.name + (p.level ? ' (' + (T[p.level] || p.level) + ')' : '');
  }
  function drawAirspace(fc) {
    var groups = {};
    fc.features.forEach(function (f) {
      var p = f.properties;
      var key = p.layer === 'quarantine' ? 'quarantine-' + p.level : p.layer;
      var layer;
      if (f.geometry.type === 'Point') {
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        layer = p.layer === 'launch-site'
          ? L.circleMarker(ll, { radius: 8, color: '#065f46', fillColor: '#10b981', fillOpacity: 0.9, weight: 2 })
          : L.circleMarker(ll, { radius: 6, color: '#1e3a8a', fillColor: '#60a5fa', fillOpacity: 0.9, weight: 2 });
      } else {
        layer = L.geoJSON(f, { style: STYLE[p.layer === 'quarantine' ? p.level : p.layer] });
      }
      layer.bindTooltip(label(p));
      (groups[key] = groups[key] || L.featureGroup()).addLayer(layer);
    });
    Object.keys(groups).forEach(function (k) {
      groups[k].addTo(map);
      layers[k] = groups[k].getLayers().length;
      layerControl.addOverlay(groups[k], k.indexOf('quarantine-') === 0
        ? T.quarantine + ' (' + (T[k.substring(11)] || k) + ')' : (T[k] || k));
    });
    if (groups['operating-area']) {
      map.fitBounds(groups['operating-area'].getBounds(), { padding: [10, 10] });
    }
    body.dataset.airspace = 'drawn';
  }
  getJson('/api/airspace').then(drawAirspace).catch(function () { body.dataset.airspace = 'none'; });

  var markers = {};
  /* the arrow glyph points east; heading 0 is north */
  function droneIcon(d) {
    return L.divIcon({
      className: 'drone-icon' + (d.stale ? ' stale' : ''), iconSize: [26, 26], iconAnchor: [13, 13],
      html: '<div style="transform:rotate(' + Math.round((d.heading || 0) - 90) + 'deg)">&#x27A4;</div>'
    });
  }
  function showDrone(d) {
    window.lifeline.drones[d.id] = d;
    if (d.lat !== undefined) {
      var m = markers[d.id];
      if (!m) {
        m = markers[d.id] = L.marker([d.lat, d.lon], { icon: droneIcon(d), title: d.id }).addTo(map);
        m.getElement().dataset.drone = d.id;
      } else {
        m.setLatLng([d.lat, d.lon]);
        /* a new icon replaces the marker's element: only when it looks different */
        var look = (d.stale ? 's' : '') + Math.round(d.heading || 0);
        if (m.look !== look) {
          m.setIcon(droneIcon(d));
          m.getElement().dataset.drone = d.id;
        }
      }
      m.look = (d.stale ? 's' : '') + Math.round(d.heading || 0);
      if (m.getTooltip()) { m.setTooltipContent(tip(d)); } else { m.bindTooltip(tip(d)); }
      if (d.rxMs) {
        var rx = d.rxMs;
        requestAnimationFrame(function () {
          var lat = window.lifeline.latency;
          lat.push(Date.now() - rx);
          if (lat.length > 10000) { lat.splice(0, lat.length - 10000); }
        });
      }
    }
    var known = !!document.getElementById('drone-' + d.id);
    window.lifeline.droneListeners.forEach(function (f) { f(d); });
    if (known) { scheduleDroneList(); } else { renderDrones(); }
  }
  function tip(d) {
    return d.id + ' · ' + (d.mode || '') + ' · ' + T.alt + ' ' + d.alt.toFixed(0) + ' m';
  }
  /* the side list is redrawn at most four times a second, however many drones report: with
     50 drones at 2 Hz a redraw per update would rebuild the list 100 times a second */
  var listPending = false;
  function scheduleDroneList() {
    if (listPending) { return; }
    listPending = true;
    setTimeout(function () { listPending = false; renderDrones(); }, 250);
  }
  /* each drone keeps its list item (updated in place, in id order): nothing flickers, and a
     reference to it stays good */
  function renderDrones() {
    var ul = document.getElementById('drones');
    Object.keys(window.lifeline.drones).sort().forEach(function (id) {
      var d = window.lifeline.drones[id];
      var li = document.getElementById('drone-' + id) || el('li');
      var ln = d.link;
      li.className = d.stale || (d.agent && !d.online) || (ln && ln.state === 'LOST') ? 'stale' : '';
      li.id = 'drone-' + id;
      li.dataset.source = d.source || '';
      li.dataset.link = ln ? ln.state : '';
      var text = id + ' — ';
      if (d.lat === undefined) {
        text += T.noTelemetry;
      } else {
        text += (d.mode || '?') + (d.armed ? ' ⚡' : '') + ' · ' + T.alt + ' ' + d.alt.toFixed(0) + ' m · '
          + Math.round(d.heading) + '° · ' + d.speed.toFixed(1) + ' m/s · ' + T.battery + ' '
          + (d.battery < 0 ? '?' : Math.round(d.battery) + '%') + (d.seq >= 0 ? ' · ' + T.item + ' ' + d.seq : '')
          + ' · ' + (d.ageMs / 1000).toFixed(1) + T.ago;
      }
      if (d.source === 'link') { text += ' · ' + T.viaLink; }
      if (d.stale) { text += ' · ' + T.stale; }
      if (ln) { text += ' · ' + T.link + ' ' + linkText(ln); }
      if (d.agent && !d.online) { text += ' · ' + T.agentOffline; } else if (!d.agent) { text += ' · ' + T.noAgent; }
      if (li.textContent !== text) { li.textContent = text; }
      ul.appendChild(li);
    });
  }

  /* the MAVLink link as the radio hears it: live with its quality, or why not */
  function linkText(ln) {
    if (ln.state === 'LIVE') { return (ln.quality < 0 ? T.LIVE : ln.quality + '%') + (ln.fence ? ' · FENCE' : ''); }
    return (T[ln.state] || ln.state) + (ln.detail ? ' (' + ln.detail + ')' : '');
  }

  function renderBoard(list) {
    window.lifeline.deliveries = list;
    var board = document.getElementById('board');
    board.textContent = '';
    STATES.forEach(function (s) {
      var these = list.filter(function (d) { return d.state === s; });
      if (!these.length) { return; }
      var sec = el('section', 'state');
      sec.dataset.state = s;
      sec.appendChild(el('h3', null, (T[s] || s) + ' (' + these.length + ')'));
      these.forEach(function (d) {
        var b = el('button', 'delivery ' + d.priority.toLowerCase(), d.id + ' → ' + d.drop);
        b.type = 'button';
        b.dataset.delivery = d.id;
        b.appendChild(el('small', null, d.items + ' · ' + d.recipient));
        b.addEventListener('click', function () { showHistory(d.id); });
        sec.appendChild(b);
      });
      board.appendChild(sec);
    });
  }
  function showHistory(id) {
    getJson('/api/deliveries/' + encodeURIComponent(id) + '/history').then(function (h) {
      document.getElementById('history-id').textContent = id;
      var ol = document.getElementById('history-list');
      ol.textContent = '';
      h.forEach(function (t) {
        ol.appendChild(el('li', null, new Date(t.at).toLocaleString() + ' — ' + (T[t.to] || t.to) + ': ' + t.reason));
      });
      document.getElementById('history').hidden = false;
    });
  }

  var title = document.title;
  function renderAlarms(list) {
    window.lifeline.alarms = list;
    var box = document.getElementById('alarms');
    var ul = document.getElementById('alarm-list');
    ul.textContent = '';
    list.forEach(function (a) {
      var li = el('li', null, (T[a.kind] || a.kind) + ' — ' + a.detail);
      li.dataset.kind = a.kind;
      li.dataset.subject = a.subject;
      ul.appendChild(li);
    });
    box.hidden = list.length === 0;
    document.title = (list.length ? '(' + list.length + ') ⚠ ' : '') + title;
  }

  var link = document.getElementById('link');
  var source = window.lifeline.source = new EventSource('/api/live');
  source.onopen = function () { link.className = 'link up'; };
  source.onerror = function () { link.className = 'link'; };
  source.addEventListener('drone', function (e) { showDrone(JSON.parse(e.data)); });
  source.addEventListener('drones', function (e) { JSON.parse(e.data).forEach(showDrone); });
  source.addEventListener('alarms', function (e) { renderAlarms(JSON.parse(e.data)); });
  source.addEventListener('board', function (e) { renderBoard(JSON.parse(e.data)); });
  source.addEventListener('logout', function () { source.close(); location.href = '/login'; });
})();
