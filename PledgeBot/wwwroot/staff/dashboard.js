// The staff dashboard: asks for the staff key once (kept in sessionStorage, so it goes with the tab), reads
// /admin/dashboard.json with it, and draws the charts as SVG by hand: no chart library, nothing from the internet.
(() => {
  'use strict';

  const KEY = 'pledgebot.staffKey';
  const NS = 'http://www.w3.org/2000/svg';
  const number = new Intl.NumberFormat('vi-VN');
  const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
  const riskNames = {
    self_harm: 'Tự hại · Self-harm', sexual_exploitation: 'Bóc lột tình dục · Sexual exploitation', grooming: 'Dụ dỗ · Grooming',
    abduction_scam: 'Lừa đảo bắt cóc · Abduction scams', violence: 'Bạo lực · Violence', bullying: 'Bắt nạt · Bullying',
    other_abuse: 'Bạo hành tại nhà · Abuse at home',
  };
  const channelNames = { zalo: 'Zalo', facebook: 'Messenger', telegram: 'Telegram', webchat: 'Web Chat', directline: 'Direct Line', emulator: 'Emulator', msteams: 'Teams' };
  const $ = (id) => document.getElementById(id);

  function svg(name, attributes, text) {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes || {})) {
      node.setAttribute(key, String(value));
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function titled(node, text) {
    node.append(svg('title', {}, text));
    return node;
  }

  // A round top for the axis, four whole-number steps: 4, 8, 12, 16, 20, 24, 32, 40, 60, 80, 100…
  function niceMax(value) {
    const raw = Math.max(1, Math.ceil(value / 4));
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 3, 4, 5, 6, 8, 10].map((m) => m * power).find((m) => m >= raw);
    return step * 4;
  }

  function shortDate(iso) {
    const [, month, day] = iso.split('-');
    return `${day}/${month}`;
  }

  function lineChart(host, dates, series, size) {
    const { width, height } = size || { width: 900, height: 240 };
    const left = 52, right = 16, top = 12, bottom = 30;
    const plotW = width - left - right, plotH = height - top - bottom;
    const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
    for (let i = 0; i <= 4; i++) {
      const y = top + plotH - (plotH * i) / 4;
      chart.append(svg('line', { class: i === 0 ? 'axis' : 'grid', x1: left, x2: width - right, y1: y, y2: y }));
      chart.append(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end' }, number.format((max * i) / 4)));
    }
    const x = (i) => left + (dates.length === 1 ? plotW / 2 : (plotW * i) / (dates.length - 1));
    const y = (v) => top + plotH - (plotH * v) / max;
    const every = Math.max(1, Math.ceil(dates.length / (width / 90)));
    dates.forEach((date, i) => {
      if (i % every === 0 || i === dates.length - 1) {
        chart.append(svg('text', { x: x(i), y: height - 10, 'text-anchor': 'middle' }, shortDate(date)));
      }
    });
    for (const s of series) {
      const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      chart.append(svg('polyline', { points, fill: 'none', stroke: s.color, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }));
      if (dates.length <= 62) {
        s.values.forEach((v, i) => chart.append(titled(svg('circle', { cx: x(i), cy: y(v), r: 3, fill: s.color }), `${dates[i]} · ${s.name}: ${number.format(v)}`)));
      }
    }
    host.replaceChildren(chart);
    if (series.length > 1) {
      const legend = document.createElement('div');
      legend.className = 'legend';
      for (const s of series) {
        const item = document.createElement('span');
        const swatch = document.createElement('i');
        swatch.style.background = s.color;
        item.append(swatch, s.name);
        legend.append(item);
      }
      host.append(legend);
    }
  }

  function barChart(host, items, color) {
    const width = 560, row = 22, left = 190, right = 64;
    if (items.length === 0) {
      host.replaceChildren(svg('svg', { viewBox: `0 0 ${width} 30` }, ''));
      host.firstChild.append(svg('text', { x: 0, y: 20, class: 'empty' }, 'Chưa có dữ liệu · No data yet'));
      return;
    }
    const max = Math.max(1, ...items.map((i) => i.value));
    const chart = svg('svg', { viewBox: `0 0 ${width} ${items.length * row + 4}`, role: 'img' });
    items.forEach((item, i) => {
      const y = i * row + 2;
      const barW = ((width - left - right) * item.value) / max;
      chart.append(svg('text', { x: left - 8, y: y + 15, 'text-anchor': 'end' }, item.label));
      chart.append(titled(svg('rect', { x: left, y: y + 3, width: Math.max(barW, item.value > 0 ? 2 : 0), height: row - 6, rx: 3, fill: color }), `${item.label}: ${number.format(item.value)}`));
      chart.append(svg('text', { x: left + barW + 6, y: y + 15 }, number.format(item.value)));
    });
    host.replaceChildren(chart);
  }

  function columnChart(host, items, color) {
    const width = 560, height = 200, left = 40, top = 16, bottom = 28;
    const plotH = height - top - bottom, slot = (width - left) / items.length;
    const max = niceMax(Math.max(0, ...items.map((i) => i.value)));
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
    chart.append(svg('line', { class: 'axis', x1: left, x2: width, y1: top + plotH, y2: top + plotH }));
    items.forEach((item, i) => {
      const h = (plotH * item.value) / max;
      const x = left + i * slot + slot * 0.15;
      chart.append(titled(svg('rect', { x, y: top + plotH - h, width: slot * 0.7, height: h, rx: 3, fill: color }), `${item.label}: ${number.format(item.value)}`));
      chart.append(svg('text', { x: x + slot * 0.35, y: top + plotH - h - 4, 'text-anchor': 'middle' }, number.format(item.value)));
      chart.append(svg('text', { x: x + slot * 0.35, y: height - 8, 'text-anchor': 'middle' }, item.label));
    });
    host.replaceChildren(chart);
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function render(data) {
    $('period').textContent = `Ngày Việt Nam (UTC+7) từ ${data.from} đến ${data.to} · Viet Nam days ${data.from} – ${data.to}`;
    $('from').value = data.from;
    $('to').value = data.to;
    $('t-pledges').textContent = number.format(data.pledges);
    $('t-quiz').textContent = number.format(data.quizCompletions);
    $('t-talk').textContent = number.format(data.talkRequests);
    $('t-risk').textContent = number.format(data.riskInterrupts);
    const dates = data.days.map((d) => d.date);
    lineChart($('c-days'), dates, [{ name: 'Cam kết · Pledges', color: '#1f5fbf', values: data.days.map((d) => d.pledges) }]);
    barChart($('c-provinces'), data.provinces.map((p) => ({ label: p.label, value: p.pledges })), '#1f5fbf');
    barChart($('c-channels'), data.channels.map((c) => ({ label: channelNames[c.id] || c.label, value: c.pledges })), '#6a4fb3');
    const small = { width: 560, height: 200 };
    lineChart($('c-quiz-days'), dates, [{ name: 'Quiz', color: '#2e8b57', values: data.days.map((d) => d.quizCompletions) }], small);
    columnChart($('c-scores'), data.quizScores.map((count, score) => ({ label: `${score}/5`, value: count })), '#2e8b57');
    lineChart($('c-safety'), dates, [
      { name: 'Yêu cầu trò chuyện · Talk requests', color: '#d9822b', values: data.days.map((d) => d.talkRequests) },
      { name: 'Cảnh báo rủi ro · Risk interrupts', color: '#c0392b', values: data.days.map((d) => d.riskInterrupts) },
    ], small);
    barChart($('c-risk-categories'), data.riskByCategory.map((c) => ({ label: riskNames[c.id] || c.label, value: c.pledges })), '#c0392b');
    const rows = data.topCodes.map((c) => {
      const tr = document.createElement('tr');
      tr.append(cell(c.code), cell(c.kind), cell(c.owner), cell(number.format(c.reach), 'n'), cell(number.format(c.pledges), 'n'), cell(percent.format(c.conversion), 'n'));
      return tr;
    });
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell('Chưa có mã nào tiếp cận người dùng · No code has reached anyone yet');
      td.colSpan = 6;
      tr.append(td);
      rows.push(tr);
    }
    $('codes').tBodies[0].replaceChildren(...rows);
  }

  function showBoard(visible) {
    $('board').hidden = !visible;
    $('range').hidden = !visible;
  }

  function askForKey(message) {
    showBoard(false);
    $('status').hidden = true;
    $('key-message').textContent = message || '';
    $('key-form').hidden = false;
    $('key').value = '';
    $('key').focus();
  }

  function say(message) {
    $('status').textContent = message;
    $('status').hidden = !message;
  }

  // Class sessions (all time): sessions and students per province, students reached through schools.
  async function loadClasses(key) {
    const response = await fetch('/admin/classes/dashboard.json', { headers: { Authorization: `Bearer ${key}` }, cache: 'no-store' }).catch(() => null);
    if (!response || !response.ok) {
      return;
    }
    const classes = await response.json();
    $('t-classes').textContent = `${number.format(classes.sessions)} lớp · sessions`;
    $('t-class-students').textContent =
      `${number.format(classes.students)} học sinh · students; qua trường · through schools: ${number.format(classes.studentsThroughSchools)}`;
    barChart($('c-class-sessions'), classes.sessionsByProvince.map((c) => ({ label: c.label, value: c.count })), '#3a5bd9');
    barChart($('c-class-students'), classes.studentsByProvince.map((c) => ({ label: c.label, value: c.count })), '#2f9e6e');
  }

  async function load(from, to) {
    const key = sessionStorage.getItem(KEY);
    if (!key) {
      askForKey();
      return;
    }
    const query = from && to ? `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` : '';
    say('Đang tải… · Loading…');
    let response;
    try {
      response = await fetch(`/admin/dashboard.json${query}`, { headers: { Authorization: `Bearer ${key}` }, cache: 'no-store' });
    } catch {
      say('Không kết nối được máy chủ. Thử lại sau. · Cannot reach the server.');
      return;
    }
    if (response.status === 401) {
      sessionStorage.removeItem(KEY);
      askForKey('Khóa không đúng hoặc không còn hiệu lực. Vui lòng nhập lại. · Wrong key: please enter it again.');
      return;
    }
    if (response.status === 429) {
      sessionStorage.removeItem(KEY);
      askForKey('Quá nhiều lần nhập sai khóa. Hãy đợi một phút rồi thử lại. · Too many wrong keys: wait a minute.');
      return;
    }
    if (response.status === 400) {
      const problem = await response.json().catch(() => ({}));
      const reasons = Object.values(problem.errors || {}).flat();
      say(`Khoảng ngày không hợp lệ · Bad date range: ${reasons.join(' ') || response.statusText}`);
      return;
    }
    if (!response.ok) {
      say(`Máy chủ báo lỗi ${response.status}. Thử lại sau. · The server answered ${response.status}.`);
      return;
    }
    render(await response.json());
    await loadClasses(key);
    say('');
    $('key-form').hidden = true;
    showBoard(true);
  }

  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('key').value.trim();
    if (key) {
      sessionStorage.setItem(KEY, key);
      $('key-form').hidden = true;
      load();
    }
  });

  $('range').addEventListener('submit', (event) => {
    event.preventDefault();
    load($('from').value, $('to').value);
  });

  $('sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    askForKey();
  });

  load();
})();
