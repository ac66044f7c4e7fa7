// Referral codes: create one, import a CSV (a result per row), list and search them with their links, download a
// code's QR code, switch a code off and on again. The same staff API as curl uses (/admin/referral-codes…).
(() => {
  'use strict';

  const C = window.StaffConsole;
  const { $, el } = C;
  const statusNames = { created: 'Đã tạo · Created', exists: 'Đã có · Exists', invalid: 'Không hợp lệ · Invalid' };
  let page = 1;
  let lastCount = 0;

  async function createCode(event) {
    event.preventDefault();
    const body = { code: $('new-code').value.trim(), kind: $('new-kind').value, owner: $('new-owner').value.trim(), note: $('new-note').value.trim() || null };
    const result = $('create-result');
    result.className = 'result';
    const response = await C.api('/admin/referral-codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status === 201) {
      const code = await response.json();
      result.textContent = `Đã tạo mã ${code.code} · Created ${code.code}: ${code.links.web}`;
      result.classList.add('ok');
      $('create-form').reset();
      $('search-q').value = code.code;
      await list(1);
      return;
    }
    result.textContent = response.status === 409
      ? `Mã ${body.code.toUpperCase()} đã có · That code exists already`
      : `Không tạo được · Not created: ${await C.problem(response)}`;
    result.classList.add('bad');
  }

  async function importCsv(event) {
    event.preventDefault();
    const file = $('import-file').files[0];
    if (!file) { return; }
    $('import-summary').textContent = 'Đang nhập… · Importing…';
    const response = await C.api('/admin/referral-codes/bulk', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: await file.arrayBuffer() });
    if (!response.ok) {
      $('import-summary').textContent = `Không nhập được · Not imported: ${await C.problem(response)}`;
      $('import-rows').replaceChildren();
      return;
    }
    const result = await response.json();
    $('import-summary').textContent = `Đã tạo ${result.created}, bị từ chối ${result.rejected} · Created ${result.created}, rejected ${result.rejected}`;
    $('import-rows').replaceChildren(C.table('Kết quả từng dòng · Result per row',
      [{ label: 'Dòng · Line', numeric: true, plain: true }, { label: 'Mã · Code' }, { label: 'Kết quả · Result' }, { label: 'Lý do · Reason' }],
      result.rows.map((r) => [String(r.line), r.code || '', statusNames[r.status] || r.status, r.reason || ''])));
    await list(1);
  }

  function links(code) {
    const items = [['Web', code.links.web], ['Messenger', code.links.messenger], ['Telegram', code.links.telegram], ['Zalo', code.links.zalo]]
      .filter(([, url]) => url)
      .map(([name, url]) => el('li', {}, el('a', { href: url, rel: 'noopener', target: '_blank' }, name)));
    return el('ul', { className: 'links' }, items);
  }

  function actions(code) {
    const qr = el('button', { type: 'button', className: 'quiet', 'aria-label': `Tải mã QR của ${code.code} · Download QR of ${code.code}` }, 'QR');
    qr.addEventListener('click', () => C.download(`/admin/referral-codes/${encodeURIComponent(code.code)}/qr.png`, `${code.code}.png`)
      .catch((error) => { $('codes-status').textContent = error.message; }));
    const text = code.active ? 'Tắt · Deactivate' : 'Bật · Reactivate';
    const toggle = el('button', { type: 'button', className: code.active ? 'quiet danger' : 'quiet', 'aria-label': `${text} ${code.code}` }, text);
    toggle.addEventListener('click', () => setActive(code.code, !code.active));
    return el('div', { className: 'actions' }, qr, code.kind === 'peer' ? null : toggle);
  }

  async function setActive(code, active) {
    const response = await C.api(`/admin/referral-codes/${encodeURIComponent(code)}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ active }),
    });
    $('codes-status').textContent = response.ok
      ? `${code}: ${active ? 'đã bật · reactivated' : 'đã tắt · deactivated'}`
      : `${code}: ${await C.problem(response)}`;
    await list(page);
  }

  async function list(wanted) {
    const query = new URLSearchParams({ page: String(wanted), sort: $('search-sort').value });
    if ($('search-kind').value) { query.set('kind', $('search-kind').value); }
    const q = $('search-q').value.trim();
    if (q) { query.set('q', q); }
    const response = await C.api(`/admin/referral-codes?${query}`);
    if (!response.ok) {
      $('codes-status').textContent = await C.problem(response);
      return;
    }
    const data = await response.json();
    page = data.page;
    lastCount = data.items.length;
    $('code-list').replaceChildren(C.table('Mã giới thiệu · Referral codes (toàn thời gian · all time)',
      [{ label: 'Mã · Code' }, { label: 'Loại · Kind' }, { label: 'Chủ sở hữu · Owner' }, { label: 'Trạng thái · Status' },
        { label: 'Tiếp cận · Reach', numeric: true }, { label: 'Cam kết · Pledges', numeric: true }, { label: 'Liên kết · Links' }, { label: 'Thao tác · Actions' }],
      data.items.map((c) => [c.code, c.kind, el('span', {}, c.owner || '', c.note ? el('span', { className: 'hint block' }, c.note) : null),
        c.active ? 'Đang bật · Active' : 'Đã tắt · Inactive', c.reach, c.pledges, links(c), actions(c)]),
      q ? 'Không có mã nào khớp · No code matches' : 'Chưa có mã nào · No codes yet'));
    $('codes-page').textContent = q ? '' : `Trang ${page} · Page ${page}`;
    $('codes-prev').disabled = q !== '' || page <= 1;
    $('codes-next').disabled = q !== '' || lastCount < data.pageSize;
  }

  $('create-form').addEventListener('submit', (event) => createCode(event).catch(() => {}));
  $('import-form').addEventListener('submit', (event) => importCsv(event).catch(() => {}));
  $('search-form').addEventListener('submit', (event) => { event.preventDefault(); list(1).catch(() => {}); });
  $('codes-prev').addEventListener('click', () => list(page - 1).catch(() => {}));
  $('codes-next').addEventListener('click', () => list(page + 1).catch(() => {}));
  C.onRange(() => list(page));
})();
