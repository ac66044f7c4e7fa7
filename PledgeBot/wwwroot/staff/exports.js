// Downloads of the staff exports (CSV for Excel, or JSON) for a chosen range; the referrals export is all time.
(() => {
  'use strict';

  const C = window.StaffConsole;
  const { $ } = C;

  C.onRange(async (range) => {
    if (!$('export-from').value) { $('export-from').value = range.from; }
    if (!$('export-to').value) { $('export-to').value = range.to; }
  });

  $('export-kind').addEventListener('change', () => {
    const allTime = $('export-kind').value === 'referrals';
    $('export-from').disabled = allTime;
    $('export-to').disabled = allTime;
  });

  $('export-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const kind = $('export-kind').value;
    const format = $('export-format').value;
    const query = kind === 'referrals' ? '' : `?${new URLSearchParams({ from: $('export-from').value, to: $('export-to').value })}`;
    $('export-result').textContent = 'Đang tải về… · Downloading…';
    try {
      const name = await C.download(`/admin/export/${kind}.${format}${query}`, `${kind}.${format}`);
      $('export-result').textContent = `Đã tải ${name} · Downloaded ${name}`;
    } catch (error) {
      $('export-result').textContent = `Không tải được · Could not download: ${error.message}`;
    }
  });
})();
