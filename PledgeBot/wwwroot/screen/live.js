// The big screen's counter: EventSource on /api/stats/stream (it reconnects by itself after a dropped connection;
// after a refusal such as 503 it stops, so the page opens a new one), the number counting up to each new total.
(() => {
  'use strict';

  const total = document.getElementById('total');
  const provinces = document.getElementById('provinces');
  const status = document.getElementById('status');
  const format = new Intl.NumberFormat('vi-VN');
  const countUpMs = 500;
  let shown = null;
  let source = null;

  // Huge, but never wider than its column: 12.000.000 must fit as well as 426.
  function fit(text) {
    const column = total.parentElement.clientWidth;
    const size = Math.min(window.innerHeight * 0.26, column / (text.length * 0.62));
    total.style.fontSize = `${Math.floor(size)}px`;
  }

  function show(value) {
    const text = format.format(value);
    if (text.length !== total.textContent.length) {
      fit(text);
    }
    total.textContent = text;
  }

  window.addEventListener('resize', () => fit(total.textContent));

  function countTo(target) {
    total.dataset.total = String(target);
    if (shown === null || target <= shown) {
      shown = target;
      show(target);
      return;
    }

    const from = shown;
    const started = performance.now();
    shown = target;
    total.classList.add('grew');
    const step = (now) => {
      if (Number(total.dataset.total) !== target) {
        return; // a newer total took over
      }

      const t = Math.min(1, (now - started) / countUpMs);
      show(Math.round(from + (target - from) * (1 - Math.pow(1 - t, 3))));
      if (t < 1) {
        requestAnimationFrame(step);
      } else {
        total.classList.remove('grew');
      }
    };
    requestAnimationFrame(step);
    // Screens that throttle animation frames still get the number.
    setTimeout(() => { if (Number(total.dataset.total) === target) { show(target); total.classList.remove('grew'); } }, countUpMs + 100);
  }

  function renderProvinces(list) {
    provinces.replaceChildren(...list.map((p) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = p.name;
      const count = document.createElement('span');
      count.className = 'n';
      count.textContent = format.format(p.pledges);
      item.append(name, count);
      return item;
    }));
  }

  function connect() {
    source = new EventSource('/api/stats/stream');
    source.addEventListener('totals', (event) => {
      const data = JSON.parse(event.data);
      countTo(data.pledges);
      renderProvinces(data.topProvinces || []);
    });
    source.onopen = () => { status.hidden = true; };
    source.onerror = () => {
      status.hidden = false;
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 5000 + Math.random() * 5000);
      }
    };
  }

  connect();
})();
