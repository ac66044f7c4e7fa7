// Charts drawn as SVG by hand (no library). Each chart is an image with a short spoken summary (aria-label); the
// numbers themselves are in the data table beside it (console.js's table()).
(() => {
  'use strict';

  const C = window.StaffConsole;
  const NS = 'http://www.w3.org/2000/svg';

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

  function image(viewBox, label) {
    return svg('svg', { viewBox, role: 'img', 'aria-label': label, focusable: 'false' });
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

  function summary(title, items) {
    const total = items.reduce((sum, i) => sum + i.value, 0);
    const top = items.reduce((best, i) => (best === null || i.value > best.value ? i : best), null);
    return top && top.value > 0
      ? `${title}: tổng ${C.number.format(total)}, cao nhất ${top.label} (${C.number.format(top.value)}) · total ${C.number.format(total)}, highest ${top.label}`
      : `${title}: chưa có dữ liệu · no data yet`;
  }

  function line(host, title, dates, series, size) {
    const { width, height } = size || { width: 900, height: 240 };
    const left = 52, right = 16, top = 12, bottom = 30;
    const plotW = width - left - right, plotH = height - top - bottom;
    const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
    const label = series.map((s) => summary(`${title} · ${s.name}`, s.values.map((v, i) => ({ label: dates[i], value: v })))).join('. ');
    const chart = image(`0 0 ${width} ${height}`, label);
    for (let i = 0; i <= 4; i++) {
      const y = top + plotH - (plotH * i) / 4;
      chart.append(svg('line', { class: i === 0 ? 'axis' : 'grid', x1: left, x2: width - right, y1: y, y2: y }));
      chart.append(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end' }, C.number.format((max * i) / 4)));
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
        s.values.forEach((v, i) => chart.append(titled(svg('circle', { cx: x(i), cy: y(v), r: 3, fill: s.color }), `${dates[i]} · ${s.name}: ${C.number.format(v)}`)));
      }
    }
    host.replaceChildren(chart);
    if (series.length > 1) {
      const legend = C.el('div', { className: 'legend', 'aria-hidden': 'true' });
      for (const s of series) {
        const swatch = C.el('i');
        swatch.style.background = s.color;
        legend.append(C.el('span', {}, swatch, s.name));
      }
      host.append(legend);
    }
  }

  function bars(host, title, items, color) {
    // Room on the left for the longest label (12 px text, some 6.5 px a character), within reason.
    const longest = Math.max(0, ...items.map((i) => String(i.label).length));
    const width = 560, row = 22, right = 80, left = Math.min(300, Math.max(120, Math.ceil(longest * 6.5) + 12));
    if (items.length === 0) {
      const empty = image(`0 0 ${width} 30`, `${title}: chưa có dữ liệu · no data yet`);
      empty.append(svg('text', { x: 0, y: 20, class: 'empty' }, 'Chưa có dữ liệu · No data yet'));
      host.replaceChildren(empty);
      return;
    }
    const max = Math.max(1, ...items.map((i) => i.value));
    const chart = image(`0 0 ${width} ${items.length * row + 4}`, summary(title, items));
    items.forEach((item, i) => {
      const y = i * row + 2;
      const barW = ((width - left - right) * item.value) / max;
      chart.append(svg('text', { x: left - 8, y: y + 15, 'text-anchor': 'end' }, item.label));
      chart.append(titled(svg('rect', { x: left, y: y + 3, width: Math.max(barW, item.value > 0 ? 2 : 0), height: row - 6, rx: 3, fill: color }), `${item.label}: ${C.number.format(item.value)}`));
      chart.append(svg('text', { x: left + barW + 6, y: y + 15 }, item.note || C.number.format(item.value)));
    });
    host.replaceChildren(chart);
  }

  function columns(host, title, items, color) {
    const width = 560, height = 200, left = 40, top = 16, bottom = 28;
    const plotH = height - top - bottom, slot = (width - left) / Math.max(1, items.length);
    const max = niceMax(Math.max(0, ...items.map((i) => i.value)));
    const chart = image(`0 0 ${width} ${height}`, summary(title, items));
    chart.append(svg('line', { class: 'axis', x1: left, x2: width, y1: top + plotH, y2: top + plotH }));
    items.forEach((item, i) => {
      const h = (plotH * item.value) / max;
      const x = left + i * slot + slot * 0.15;
      chart.append(titled(svg('rect', { x, y: top + plotH - h, width: slot * 0.7, height: h, rx: 3, fill: color }), `${item.label}: ${C.number.format(item.value)}`));
      chart.append(svg('text', { x: x + slot * 0.35, y: top + plotH - h - 4, 'text-anchor': 'middle' }, C.number.format(item.value)));
      chart.append(svg('text', { x: x + slot * 0.35, y: height - 8, 'text-anchor': 'middle' }, item.label));
    });
    host.replaceChildren(chart);
  }

  C.charts = { line, bars, columns };
})();
