// The funnel: for the chosen flow, range and content version, how many conversations reached each step
// (/admin/funnel.json), as bars with the share of those who started, and as tables by day, referral kind and code.
(() => {
  'use strict';

  const C = window.StaffConsole;
  const { $ } = C;
  const stepNames = {
    start: 'Bắt đầu · Started', situations: 'Tình huống · Situations', pledges: 'Chọn điều cam kết · Chose pledges',
    province: 'Tỉnh, thành · Province', age: 'Độ tuổi · Age band', pledged: 'Đã cam kết · Pledged',
    questions: 'Câu hỏi · Questions', finished: 'Hoàn thành · Finished',
  };
  const kindNames = { none: 'Không có mã · No code', kol: 'KOL', koc: 'KOC', school: 'Trường học · School', booth: 'Gian hàng · Booth', peer: 'Bạn bè · Peer' };
  let lastFlow = null;

  function label(step) {
    return stepNames[step.name] || step.name;
  }

  function render(data) {
    const steps = data.steps;
    const started = steps.length > 0 ? steps[0].conversations : 0;
    const share = (n) => (started > 0 ? C.percent.format(n / started) : '–');
    const title = `Phễu ${data.flow} · ${data.flow} funnel`;
    C.charts.bars($('c-funnel'), title,
      steps.map((s) => ({ label: label(s), value: s.conversations, note: `${C.number.format(s.conversations)} (${share(s.conversations)})` })), '#1e3a8a');
    const columns = [{ label: 'Bước · Step' }, { label: 'Cuộc trò chuyện · Conversations', numeric: true }, { label: 'So với lúc bắt đầu · Of started', numeric: true }];
    $('d-funnel').replaceChildren(C.table(`${title} (${data.from} – ${data.to})`, columns, steps.map((s) => [label(s), s.conversations, share(s.conversations)])));
    const stepColumns = [...steps.map((s) => ({ label: label(s), numeric: true }))];
    $('d-funnel-days').replaceChildren(C.table(`${title}: theo ngày · by day`, [{ label: 'Ngày · Day' }, ...stepColumns],
      data.days.filter((d) => d.counts.some((n) => n > 0)).map((d) => [d.key, ...d.counts])));
    $('d-funnel-kinds').replaceChildren(C.table(`${title}: theo loại mã · by referral kind`, [{ label: 'Loại · Kind' }, ...stepColumns],
      data.kinds.map((k) => [kindNames[k.key] || k.key, ...k.counts])));
    $('d-funnel-codes').replaceChildren(C.table(`${title}: theo mã · by code`, [{ label: 'Mã · Code' }, { label: 'Loại · Kind' }, ...stepColumns],
      data.codes.map((k) => [k.key, kindNames[k.kind] || k.kind, ...k.counts])));
  }

  function fillVersions(data) {
    const select = $('funnel-version');
    const options = data.versions.map((v) => C.el('option', { value: v.version, selected: v.version === data.version },
      `${v.version} (${v.firstDay} – ${v.lastDay}, ${C.number.format(v.started)})`));
    select.replaceChildren(...(options.length > 0 ? options : [C.el('option', { value: '' }, 'Chưa có · None yet')]));
  }

  async function load(range, version) {
    const flow = $('funnel-flow').value;
    const query = new URLSearchParams({ flow, from: range.from, to: range.to });
    if (version && flow === lastFlow) {
      query.set('version', version);
    }
    const response = await C.api(`/admin/funnel.json?${query}`);
    if (!response.ok) {
      $('d-funnel').replaceChildren(C.el('p', { className: 'message' }, await C.problem(response)));
      return;
    }
    const data = await response.json();
    lastFlow = flow;
    fillVersions(data);
    render(data);
  }

  C.onRange((range) => load(range, null));

  $('funnel-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load(C.range(), $('funnel-version').value).catch(() => {});
  });
})();
