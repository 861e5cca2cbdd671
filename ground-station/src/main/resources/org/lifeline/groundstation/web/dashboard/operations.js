/* The dashboard's operations: planned routes and flown tracks on the map, the plan preview,
   actions with a confirmation step, the action log and the intake form. Runs after dashboard.js. */
(function () {
  'use strict';
  var LL = window.lifeline;
  var map = LL.map;
  var body = document.body;
  var zh = body.dataset.lang === 'zh';
  var csrf = body.dataset.csrf;
  var T = zh ? {
    preview: '预览', upload: '上传', start: '起飞', rtl: '返航', land: '降落', pause: '悬停', resume: '继续任务',
    askUpload: function (s, d) { return '将架次 ' + s + ' 上传到 ' + d + '？'; },
    askStart: function (s, d) { return '在 ' + d + ' 上开始架次 ' + s + '？无人机将解锁并起飞。'; },
    askRtl: function (s, d) { return '让 ' + d + ' 返航？'; },
    askLand: function (s, d) { return '让 ' + d + ' 就地降落？'; },
    askPause: function (s, d) { return '让 ' + d + ' 原地悬停（GUIDED）？'; },
    askResume: function (s, d) { return '让 ' + d + ' 从当前航点继续执行任务（AUTO）？'; },
    sending: '正在发送…', ok: '成功', failed: '失败', asked: '已请求',
    energy: '能耗', battery: '电池', reserve: '储备', left: '落地剩余', margin: '储备以上余量', distance: '距离', time: '时间',
    belowReserve: '低于储备！', noDrone: '请先选择无人机', accepted: '已受理', duplicate: '疑似重复：',
    already: '已存在', landed: '已降落', refused: '被拒绝', parcels: '包裹', noPlan: '尚无航线', problems: '处问题，见各栏下方'
  } : {
    preview: 'Preview', upload: 'Upload', start: 'Start', rtl: 'RTL', land: 'Land', pause: 'Pause', resume: 'Resume',
    askUpload: function (s, d) { return 'Upload sortie ' + s + ' to ' + d + '?'; },
    askStart: function (s, d) { return 'Start sortie ' + s + ' on ' + d + '? The drone will arm and take off.'; },
    askRtl: function (s, d) { return 'Return ' + d + ' to launch?'; },
    askLand: function (s, d) { return 'Land ' + d + ' where it is now?'; },
    askPause: function (s, d) { return 'Pause ' + d + ' (hold position in GUIDED)?'; },
    askResume: function (s, d) { return 'Resume ' + d + '\'s mission from its current item (AUTO)?'; },
    sending: 'Sending…', ok: 'done', failed: 'FAILED', asked: 'asked',
    energy: 'Energy', battery: 'battery', reserve: 'reserve', left: 'left on landing', margin: 'above the reserve',
    distance: 'Distance', time: 'Time', belowReserve: 'BELOW THE RESERVE!', noDrone: 'Choose a drone first',
    accepted: 'Accepted', landed: 'landed', duplicate: 'looks like a duplicate of ', already: 'Already stored', refused: 'Refused',
    parcels: 'parcels', noPlan: 'no plan yet', problems: 'problems, each under its field'
  };
  var ASK = { upload: T.askUpload, start: T.askStart, rtl: T.askRtl, land: T.askLand, pause: T.askPause, resume: T.askResume };

  var el = LL.el;
  var getJson = LL.getJson;
  function postJson(url, payload) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF': csrf }, body: JSON.stringify(payload)
    }).then(function (r) {
      if (r.status === 401) { location.href = '/login'; throw new Error('logged out'); }
      return r.json().then(function (j) { return { status: r.status, body: j }; });
    });
  }

  /* ---- flown tracks: loaded once, then extended by each drone update ---- */
  var MAX_TRACK = 2000;
  var tracks = LL.tracks = {};
  function trackLine(id) {
    if (!tracks[id]) {
      tracks[id] = L.polyline([], { color: '#7c3aed', weight: 2, opacity: 0.8, interactive: false }).addTo(map);
    }
    return tracks[id];
  }
  getJson('/api/tracks').then(function (t) {
    Object.keys(t).forEach(function (id) {
      trackLine(id).setLatLngs(t[id].map(function (p) { return [p[0], p[1]]; }));
    });
    body.dataset.tracks = 'loaded';
  }).catch(function () { body.dataset.tracks = 'none'; });

  var droneSelect = document.getElementById('control-drone');
  function offerDrone(id) {
    if (!droneSelect.querySelector('option[value="' + CSS.escape(id) + '"]')) {
      var o = el('option', null, id);
      o.value = id;
      droneSelect.appendChild(o);
    }
  }
  LL.droneListeners.push(function (d) {
    offerDrone(d.id);
    if (d.lat === undefined) { return; }
    var line = trackLine(d.id);
    var pts = line.getLatLngs();
    var last = pts[pts.length - 1];
    if (!last || last.lat !== d.lat || last.lng !== d.lon) {
      line.addLatLng([d.lat, d.lon]);
      if (pts.length > MAX_TRACK) { line.setLatLngs(pts.slice(pts.length - MAX_TRACK)); }
    }
  });

  /* ---- sorties: planned routes on the map, each with preview / upload / start ---- */
  var routes = {};
  LL.routes = routes;
  var lastSorties = null;
  /* redrawn only when something changed, so a button is not replaced under the operator's finger */
  function renderSorties(list) {
    var json = JSON.stringify(list);
    if (json === lastSorties) { return; }
    lastSorties = json;
    LL.sorties = list;
    var box = document.getElementById('sorties');
    box.textContent = '';
    var seen = {};
    list.forEach(function (s) {
      seen[s.id] = true;
      if (s.closed) {
        /* landed: kept faded with its outcome for an hour, so the pilot sees what just happened */
        var done = el('div', 'sortie closed');
        done.dataset.sortie = s.id;
        done.dataset.closed = s.closed;
        done.appendChild(el('strong', null, s.id));
        done.appendChild(el('span', null, ' → ' + s.drone + ' · ' + T.landed + ' ' + new Date(s.closed).toTimeString().slice(0, 5)));
        done.appendChild(el('small', null, s.outcome || ''));
        box.appendChild(done);
        if (!routes[s.id] && s.route.length > 1) {
          routes[s.id] = L.polyline(s.route, { interactive: false }).addTo(map);
        }
        if (routes[s.id]) {
          routes[s.id].setStyle({ className: 'route-closed', color: '#64748b', weight: 2, opacity: 0.45, dashArray: '4 6' });
          if (routes[s.id].getElement()) { routes[s.id].getElement().classList.add('route-closed'); }
        }
        return;
      }
      offerDrone(s.drone);
      var card = el('div', 'sortie');
      card.dataset.sortie = s.id;
      card.appendChild(el('strong', null, s.id));
      card.appendChild(el('span', null, ' → ' + s.drone + ' · ' + s.parcels.length + ' ' + T.parcels));
      if (s.problem) { card.appendChild(el('small', 'problem', s.problem)); }
      var buttons = el('div', 'buttons');
      [['preview', false], ['upload', true], ['start', true]].forEach(function (b) {
        var button = el('button', 'act' + (b[0] === 'start' ? ' go' : ''), T[b[0]]);
        button.type = 'button';
        button.dataset.action = b[0];
        button.addEventListener('click', function () {
          if (b[0] === 'preview') { showPreview(s.id); } else { ask(b[0], s.drone, s.id); }
        });
        buttons.appendChild(button);
      });
      card.appendChild(buttons);
      box.appendChild(card);
      if (!routes[s.id] && s.route.length > 1) {
        routes[s.id] = L.polyline(s.route, { color: '#0f766e', weight: 3, dashArray: '8 6', interactive: false }).addTo(map);
      }
    });
    Object.keys(routes).forEach(function (id) {
      if (!seen[id]) { map.removeLayer(routes[id]); delete routes[id]; }
    });
  }
  getJson('/api/sorties').then(renderSorties).catch(function () { });

  /* ---- the plan preview: route, fence and releases on the map, energy and the altitude profile ---- */
  var previewLayer = L.featureGroup().addTo(map);
  function showPreview(id) {
    getJson('/api/sorties/' + encodeURIComponent(id) + '/preview').then(function (p) {
      LL.preview = p;
      previewLayer.clearLayers();
      p.fence.forEach(function (f) {
        var style = f.inclusion ? { color: '#15803d', weight: 2, dashArray: '3 5', fill: false }
          : { color: '#b91c1c', weight: 1, fillOpacity: 0.15 };
        previewLayer.addLayer(f.kind === 'circle' ? L.circle(f.center, Object.assign({ radius: f.radius }, style))
          : L.polygon(f.vertices, style));
      });
      previewLayer.addLayer(L.polyline(p.route.map(function (r) { return [r[0], r[1]]; }), { color: '#0f766e', weight: 4 }));
      p.releases.forEach(function (r) {
        previewLayer.addLayer(L.circleMarker(r, { radius: 7, color: '#a21caf', fillColor: '#e879f9', fillOpacity: 0.9 }));
      });
      map.fitBounds(previewLayer.getBounds(), { padding: [20, 20] });
      var e = p.energy;
      var dl = document.getElementById('preview-energy');
      dl.textContent = '';
      function row(k, v, cls) { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', cls, v)); }
      row(T.distance, (e.metres / 1000).toFixed(2) + ' km');
      row(T.time, Math.floor(e.seconds / 60) + ' min ' + Math.round(e.seconds % 60) + ' s');
      row(T.energy, e.wattHours.toFixed(1) + ' Wh / ' + e.batteryWh.toFixed(1) + ' Wh ' + T.battery + ' (' + p.vehicle + ')');
      row(T.left, e.remainingWh.toFixed(1) + ' Wh (' + e.remainingPercent.toFixed(1) + ' %)');
      row(T.margin, e.marginWh.toFixed(1) + ' Wh (' + T.reserve + ' ' + e.reservePercent + ' % = ' + e.reserveWh.toFixed(1) + ' Wh)'
        + (e.keepsReserve ? '' : ' — ' + T.belowReserve), e.keepsReserve ? 'good' : 'bad');
      drawProfile(p.profile);
      var legs = document.getElementById('preview-legs');
      legs.textContent = '';
      p.legs.forEach(function (l) {
        legs.appendChild(el('li', null, l.leg + ': ' + (l.metres / 1000).toFixed(2) + ' km, ' + Math.round(l.seconds) + ' s, '
          + l.wattHours.toFixed(1) + ' Wh'));
      });
      document.getElementById('preview-id').textContent = p.sortie;
      document.getElementById('preview').hidden = false;
    }).catch(function (err) { result(false, err.message); });
  }
  function drawProfile(profile) {
    var svg = document.getElementById('preview-profile');
    var ns = 'http://www.w3.org/2000/svg';
    svg.textContent = '';
    if (profile.length < 2) { return; }
    var maxD = profile[profile.length - 1][0] || 1;
    var maxA = Math.max.apply(null, profile.map(function (p) { return p[1]; })) || 1;
    var pts = profile.map(function (p) {
      return (p[0] / maxD * 330 + 5).toFixed(1) + ',' + (115 - p[1] / maxA * 100).toFixed(1);
    }).join(' ');
    var line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', pts);
    line.setAttribute('class', 'profile-line');
    svg.appendChild(line);
    var label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '6');
    label.setAttribute('y', '12');
    label.textContent = Math.round(maxA) + ' m · ' + (maxD / 1000).toFixed(2) + ' km';
    svg.appendChild(label);
  }

  /* ---- actions, each through the confirmation dialog ---- */
  var dialog = document.getElementById('confirm');
  var pending = null;
  function ask(action, drone, sortie) {
    if (!drone) { result(false, T.noDrone); return; }
    pending = { action: action, drone: drone };
    if (sortie) { pending.sortie = sortie; }
    document.getElementById('confirm-text').textContent = ASK[action](sortie, drone);
    document.getElementById('confirm-note').textContent = '';
    dialog.dataset.action = action;
    dialog.showModal();
  }
  LL.ask = ask;
  document.getElementById('confirm-no').addEventListener('click', function () { pending = null; dialog.close(); });
  dialog.addEventListener('cancel', function () { pending = null; });
  document.getElementById('confirm-yes').addEventListener('click', function () {
    var p = pending;
    pending = null;
    dialog.close();
    if (!p) { return; }
    result(null, T.sending + ' ' + ASK[p.action](p.sortie, p.drone));
    postJson('/api/actions', p).then(function (r) {
      if (r.status !== 200) { result(false, r.body.error || String(r.status)); return; }
      var b = r.body;
      result(b.success, (b.success ? '✔ ' : '✘ ') + b.message + (b.details.length ? ' — ' + b.details.join('; ') : ''));
      refreshLog();
    }).catch(function (err) { result(false, err.message); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('#control .act'), function (b) {
    b.addEventListener('click', function () { ask(b.dataset.action, droneSelect.value); });
  });
  function result(ok, text) {
    var p = document.getElementById('action-result');
    p.textContent = text;
    p.className = ok === null ? 'pending' : ok ? 'good' : 'bad';
    p.dataset.outcome = ok === null ? 'pending' : ok ? 'success' : 'failure';
  }

  /* ---- the action log: one line per action, its result once known ---- */
  function renderLog(entries) {
    LL.actions = entries;
    var byId = {};
    var order = [];
    entries.forEach(function (e) {
      if (!byId[e.actionId]) { order.push(e.actionId); }
      byId[e.actionId] = Object.assign(byId[e.actionId] || {}, e.step === 1 ? { asked: e } : { result: e });
    });
    var ol = document.getElementById('action-log');
    ol.textContent = '';
    order.reverse().forEach(function (id) {
      var a = byId[id];
      var first = a.asked || a.result;
      var li = el('li', a.result ? (a.result.outcome === 'SUCCEEDED' ? 'good' : 'bad') : 'pending');
      li.dataset.actionId = id;
      li.dataset.outcome = a.result ? a.result.outcome : 'ASKED';
      li.appendChild(el('time', null, new Date(first.at).toLocaleTimeString()));
      li.appendChild(el('span', null, ' ' + first.operator + ': ' + first.detail + ' — '
        + (a.result ? (a.result.outcome === 'SUCCEEDED' ? T.ok : T.failed) + ': ' + a.result.detail : T.asked)));
      ol.appendChild(li);
    });
  }
  function refreshLog() { getJson('/api/actions').then(renderLog).catch(function () { }); }
  refreshLog();
  LL.source.addEventListener('actions', function (e) { renderLog(JSON.parse(e.data)); });
  LL.source.addEventListener('sorties', function (e) { renderSorties(JSON.parse(e.data)); });

  /* ---- the intake form: posts JSON, shows each problem next to its field ---- */
  var form = document.getElementById('intake');
  getJson('/api/airspace').then(function (fc) {
    var select = document.getElementById('f-drop_point');
    fc.features.filter(function (f) { return f.properties.layer === 'drop-point'; }).forEach(function (f) {
      var o = el('option', null, f.properties.name + ' (' + f.properties.id + ')');
      o.value = f.properties.id;
      select.appendChild(o);
    });
  }).catch(function () { });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var payload = {};
    Array.prototype.forEach.call(form.elements, function (f) {
      if (f.name && f.value.trim() !== '') { payload[f.name] = f.value.trim(); }
    });
    Array.prototype.forEach.call(form.querySelectorAll('.problem'), function (p) { p.textContent = ''; });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (f) { f.removeAttribute('aria-invalid'); });
    var out = document.getElementById('intake-result');
    out.textContent = T.sending;
    out.className = 'pending';
    postJson('/api/requests', payload).then(function (r) {
      var b = r.body;
      if (r.status === 201 || r.status === 200) {
        out.textContent = (r.status === 201 ? T.accepted : T.already) + ': ' + b.deliveryId
          + (b.duplicateOf ? ' — ' + T.duplicate + b.duplicateOf : '');
        out.className = b.duplicateOf ? 'warn' : 'good';
        out.dataset.deliveryId = b.deliveryId;
        form.reset();
        return;
      }
      var n = (b.problems || []).length;
      out.textContent = T.refused + ': ' + (n > 1 ? n + ' ' + T.problems : n === 1 ? b.problems[0].field + ': ' + b.problems[0].message
        : (b.error || b.message || String(r.status)));
      out.className = 'bad';
      (b.problems || []).forEach(function (p) {
        var slot = form.querySelector('.problem[data-for="' + CSS.escape(p.field) + '"]') || form.querySelector('.problem[data-for="(body)"]');
        slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + p.message;
        var input = form.querySelector('[name="' + CSS.escape(p.field) + '"]');
        if (input) { input.setAttribute('aria-invalid', 'true'); }
      });
    }).catch(function (err) { out.textContent = err.message; out.className = 'bad'; });
  });
})();
