// What every part of the staff console shares: the staff key (sessionStorage: it goes with the tab), calls to the
// staff API with it, downloads, the chosen date range, and small builders for elements and data tables.
// No library, nothing from the internet: the page's CSP allows this host only.
(() => {
  'use strict';

  const KEY = 'pledgebot.staffKey';
  const loaders = [];

  const C = {
    $: (id) => document.getElementById(id),
    number: new Intl.NumberFormat('vi-VN'),
    percent: new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }),
    askForKey: () => {},

    key: () => sessionStorage.getItem(KEY),
    setKey: (key) => sessionStorage.setItem(KEY, key),
    clearKey: () => sessionStorage.removeItem(KEY),

    /** The range the header shows: { from, to } as YYYY-MM-DD. */
    range: () => ({ from: C.$('from').value, to: C.$('to').value }),

    /** Parts of the console that read data for the range register here; dashboard.js calls them after each load. */
    onRange: (load) => loaders.push(load),
    loadAll: (range) => Promise.all(loaders.map((load) => load(range).catch((error) => console.error(error)))),

    el(tag, attributes, ...children) {
      const node = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes || {})) {
        if (value === null || value === undefined || value === false) { continue; }
        if (name === 'className') { node.className = value; } else { node.setAttribute(name, value === true ? '' : String(value)); }
      }
      for (const child of children.flat()) {
        if (child !== null && child !== undefined) { node.append(child instanceof Node ? child : String(child)); }
      }
      return node;
    },

    /** A data table in a scrollable box (its own scroll, so the page never scrolls sideways). Cells may be nodes. */
    table(caption, columns, rows, empty) {
      const head = C.el('tr', {}, columns.map((c) => C.el('th', { scope: 'col', className: c.numeric ? 'n' : null }, c.label)));
      const body = rows.length === 0
        ? [C.el('tr', {}, C.el('td', { colspan: columns.length }, empty || 'Chưa có dữ liệu · No data yet'))]
        : rows.map((row) => C.el('tr', {}, row.map((cell, i) => {
          const text = typeof cell === 'number' ? C.number.format(cell) : cell;
          return i === 0 && !columns[0].plain ? C.el('th', { scope: 'row' }, text) : C.el('td', { className: columns[i].numeric ? 'n' : null }, text);
        })));
      const table = C.el('table', {}, C.el('caption', {}, caption), C.el('thead', {}, head), C.el('tbody', {}, body));
      return C.el('div', { className: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0 }, table);
    },

    /** fetch() with the staff key; a wrong or missing key asks for it again and rejects. */
    async api(path, options) {
      const key = C.key();
      if (!key) {
        C.askForKey();
        throw new Error('no key');
      }
      const init = Object.assign({ cache: 'no-store' }, options || {});
      init.headers = Object.assign({ Authorization: `Bearer ${key}` }, init.headers || {});
      const response = await fetch(path, init);
      if (response.status === 401) {
        C.clearKey();
        C.askForKey('Khóa không đúng hoặc không còn hiệu lực. Vui lòng nhập lại. · Wrong key: please enter it again.');
        throw new Error('401');
      }
      if (response.status === 429) {
        C.clearKey();
        C.askForKey('Quá nhiều lần nhập sai khóa. Hãy đợi một phút rồi thử lại. · Too many wrong keys: wait a minute.');
        throw new Error('429');
      }
      return response;
    },

    /** The reason a problem+json answer gives, for people to read. */
    async problem(response) {
      const body = await response.json().catch(() => ({}));
      const reasons = Object.values(body.errors || {}).flat();
      return reasons.join(' ') || body.detail || body.title || `HTTP ${response.status}`;
    },

    /** Downloads a staff file (the key cannot ride on a plain link): fetched, then saved under the server's name. */
    async download(path, fallbackName) {
      const response = await C.api(path);
      if (!response.ok) {
        throw new Error(await C.problem(response));
      }
      const disposition = response.headers.get('Content-Disposition') || '';
      const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
      const name = match ? decodeURIComponent(match[1]) : fallbackName;
      const url = URL.createObjectURL(await response.blob());
      const link = C.el('a', { href: url, download: name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      return name;
    },
  };

  window.StaffConsole = C;
})();
