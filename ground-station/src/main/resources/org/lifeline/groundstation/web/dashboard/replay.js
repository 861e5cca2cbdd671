/* Sortie replay from the log archive: the filed sorties listed; one replayed on the map with its
   planned route, the flown track drawn up to a time cursor (slider, play/pause, ×1…×50), the
   drone at the cursor with altitude, speed and battery, the release and the drop point, and a
   link to the sortie's report. Runs after dashboard.js. */
(function () {
  'use strict';
  var LL = window.lifeline;
  var map = LL.map;
  var body = document.body;
  var zh = body.dataset.lang === 'zh';
  var T = zh ? {
    play: '播放', pause: '暂停', close: '关闭回放', report: '飞行报告', alt: '高度', speed: '速度', battery: '电池',
    release: '投放位置', drop: '计划投放点', deliveries: '配送', none: '尚无归档架次', noTrack: '该架次没有可回放的航迹'
  } : {
    play: 'Play', pause: 'Pause', close: 'Close replay', report: 'Flight report', alt: 'alt', speed: 'speed', battery: 'battery',
    release: 'Release', drop: 'Planned drop point', deliveries: 'deliveries', none: 'No sortie filed yet', noTrack: 'No track to replay for this sortie'
  };
  var box = document.getElementById('replay-box');
  if (!box) { return; }
  var list = document.getElementById('archive');
  var panel = document.getElementById('replay');
  var slider = document.getElementById('replay-slider');
  var playButton = document.getElementById('replay-play');
  var speedSelect = document.getElementById('replay-speed');
  var readout = document.getElementById('replay-readout');
  var reportLink = document.getElementById('replay-report');
  var state = LL.replay = { sortie: null, index: 0, playing: false };
  var layer = L.layerGroup();
  var flown = null;
  var marker = null;

  var el = LL.el;
  var getJson = LL.getJson;
  function time(ms) {
    return new Date(ms).toISOString().slice(11, 19);
  }
  function when(iso) {
    return iso.slice(0, 16).replace('T', ' ');
  }

  function renderList(sorties) {
    box.hidden = false;
    list.textContent = '';
    if (!sorties.length) {
      list.appendChild(el('li', 'pending', T.none));
    }
    sorties.slice(0, 50).forEach(function (s) {
      var li = el('li');
      var b = el('button', 'sortie-filed');
      b.type = 'button';
      b.dataset.sortie = s.id;
      b.appendChild(el('strong', null, s.vehicle + ' '));
      b.appendChild(el('span', s.outcome === 'PASS' ? 'good' : s.outcome === 'FAIL' ? 'bad' : 'warn', s.outcome));
      b.appendChild(el('small', null, when(s.start) + ' UTC · ' + (s.distanceMetres / 1000).toFixed(1) + ' km'
        + (s.deliveries.length ? ' · ' + T.deliveries + ': ' + s.deliveries.join(', ') : '')));
      b.addEventListener('click', function () { open(s.id); });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  function open(id) {
    return getJson('/api/archive/sorties/' + encodeURIComponent(id) + '/replay').then(show).catch(function (e) {
      readout.textContent = e.message;
      panel.hidden = false;
    });
  }

  function show(r) {
    stop();
    layer.clearLayers();
    layer.addTo(map);
    state.sortie = r;
    panel.hidden = false;
    panel.dataset.sortie = r.id;
    document.getElementById('replay-title').textContent = r.vehicle + ' · ' + when(r.start) + ' UTC · ' + r.outcome;
    reportLink.hidden = !r.report;
    reportLink.href = '/archive/' + encodeURIComponent(r.id) + '/report.html';
    var bounds = [];
    var all = r.track.map(function (p) { return [p[1], p[2]]; });
    layer.addLayer(L.polyline(all, { color: '#94a3b8', weight: 2, opacity: 0.6, interactive: false }));
    flown = L.polyline([], { color: '#ea580c', weight: 4, interactive: false }).addTo(layer);
    bounds = bounds.concat(all);
    if (r.route.length > 1) {
      /* the planned route above the track, dashed, so both stay visible where they coincide */
      var route = r.route.map(function (p) { return [p[0], p[1]]; });
      layer.addLayer(L.polyline(route, { className: 'replay-route', color: '#0f766e', weight: 3, dashArray: '8 6', interactive: false }));
      bounds = bounds.concat(route);
    }
    if (r.drop) {
      layer.addLayer(L.circleMarker(r.drop, { radius: 8, color: '#15803d', weight: 3, fill: false }).bindTooltip(T.drop));
      bounds.push(r.drop);
    }
    if (r.release) {
      layer.addLayer(L.circleMarker([r.release[0], r.release[1]], { radius: 5, color: '#b91c1c', fillOpacity: 1 })
        .bindTooltip(T.release + (r.release[2] ? ' ' + time(r.release[2]) : '')));
    }
    marker = L.circleMarker([0, 0], { className: 'replay-marker', radius: 7, color: '#1d4ed8', fillColor: '#fff', fillOpacity: 1, weight: 3 });
    if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 }); }
    if (!r.track.length) {
      slider.disabled = true;
      playButton.disabled = true;
      readout.textContent = T.noTrack;
      return;
    }
    marker.addTo(layer);
    slider.disabled = false;
    playButton.disabled = false;
    slider.min = 0;
    slider.max = r.track.length - 1;
    seek(0);
  }

  /* the cursor at track sample i: the flown part up to it, the marker and the readout */
  function seek(i) {
    var r = state.sortie;
    if (!r || !r.track.length) { return; }
    i = Math.max(0, Math.min(r.track.length - 1, Math.round(i)));
    state.index = i;
    slider.value = i;
    var p = r.track[i];
    flown.setLatLngs(r.track.slice(0, i + 1).map(function (q) { return [q[1], q[2]]; }));
    marker.setLatLng([p[1], p[2]]);
    state.cursor = { millis: p[0], lat: p[1], lon: p[2] };
    panel.dataset.cursor = String(i);
    readout.textContent = time(p[0]) + ' UTC · ' + T.alt + ' ' + p[3].toFixed(0) + ' m · ' + T.speed + ' '
      + p[4].toFixed(1) + ' m/s' + (p[5] === null ? '' : ' · ' + T.battery + ' ' + p[5].toFixed(1) + ' V');
  }

  /* playing: the cursor moves at the chosen multiple of the flight's own time */
  var lastFrame = 0;
  var cursorMillis = 0;
  function frame(now) {
    if (!state.playing) { return; }
    var r = state.sortie;
    var dt = lastFrame ? now - lastFrame : 0;
    lastFrame = now;
    cursorMillis += dt * Number(speedSelect.value);
    var i = state.index;
    while (i < r.track.length - 1 && r.track[i + 1][0] <= cursorMillis) { i++; }
    if (i !== state.index) { seek(i); }
    if (i >= r.track.length - 1) { stop(); return; }
    requestAnimationFrame(frame);
  }
  function play() {
    var r = state.sortie;
    if (!r || !r.track.length) { return; }
    if (state.index >= r.track.length - 1) { seek(0); }
    state.playing = true;
    playButton.textContent = T.pause;
    lastFrame = 0;
    cursorMillis = r.track[state.index][0];
    requestAnimationFrame(frame);
  }
  function stop() {
    state.playing = false;
    playButton.textContent = T.play;
  }

  slider.addEventListener('input', function () { seek(Number(slider.value)); if (state.playing) { cursorMillis = state.sortie.track[state.index][0]; } });
  playButton.addEventListener('click', function () { if (state.playing) { stop(); } else { play(); } });
  document.getElementById('replay-close').addEventListener('click', function () {
    stop();
    layer.clearLayers();
    map.removeLayer(layer);
    state.sortie = null;
    panel.hidden = true;
  });
  playButton.textContent = T.play;
  document.getElementById('replay-close').textContent = T.close;
  reportLink.textContent = T.report;

  function refresh() {
    getJson('/api/archive/sorties').then(function (s) { renderList(s); body.dataset.archive = 'loaded'; })
      .catch(function () { body.dataset.archive = 'none'; });
  }
  refresh();
  setInterval(refresh, 60000);
  LL.openReplay = open;
}());
