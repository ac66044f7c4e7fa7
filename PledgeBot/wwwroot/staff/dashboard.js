// The staff dashboard: asks for the staff key once, reads /admin/dashboard.json for the chosen range and draws it,
// then lets the other parts of the console (funnel.js, codes.js, exports.js) read theirs.
(() => {
  'use strict';

  const C = window.StaffConsole;
  const { $ } = C;
  const riskNames = {
    self_harm: 'Tự hại · Self-harm', sexual_exploitation: 'Bóc lột tình dục · Sexual exploitation', grooming: 'Dụ dỗ · Grooming',
    abduction_scam: 'Lừa đảo bắt cóc · Abduction scams', violence: 'Bạo lực · Violence', bullying: 'Bắt nạt · Bullying',
    other_abuse: 'Bạo hành tại nhà · Abuse at home',
  };
  const channelNames = { zalo: 'Zalo', facebook: 'Messenger', telegram: 'Telegram', webchat: 'Web Chat', directline: 'Direct Line', emulator: 'Emulator', msteams: 'Teams' };
  const colors = { pledge: '#1e3a8a', channel: '#6d28d9', quiz: '#15803d', talk: '#c2410c', risk: '#b91c1c' };

  function detailTable(id, caption, first, rows) {
    $(id).replaceChildren(C.table(caption, [{ label: first }, { label: 'Số lượng · Count', numeric: true }], rows.map((r) => [r.label, r.value])));
  }

  function render(data) {
    $('period').textContent = `Ngày Việt Nam (UTC+7) từ ${data.from} đến ${data.to} · Viet Nam days ${data.from} – ${data.to}`;
    $('from').value = data.from;
    $('to').value = data.to;
    $('t-pledges').textContent = C.number.format(data.pledges);
    $('t-quiz').textContent = C.number.format(data.quizCompletions);
    $('t-talk').textContent = C.number.format(data.talkRequests);
    $('t-risk').textContent = C.number.format(data.riskInterrupts);
    const dates = data.days.map((d) => d.date);
    const small = { width: 560, height: 200 };

    C.charts.line($('c-days'), 'Lời cam kết theo ngày · Pledges per day', dates, [{ name: 'Cam kết · Pledges', color: colors.pledge, values: data.days.map((d) => d.pledges) }]);
    detailTable('d-days', 'Lời cam kết theo ngày · Pledges per day', 'Ngày · Day', data.days.map((d) => ({ label: d.date, value: d.pledges })));

    const provinces = data.provinces.map((p) => ({ label: p.label, value: p.pledges }));
    C.charts.bars($('c-provinces'), 'Theo tỉnh, thành · By province', provinces, colors.pledge);
    detailTable('d-provinces', 'Lời cam kết theo tỉnh, thành · Pledges by province', 'Tỉnh, thành · Province', provinces);

    const channels = data.channels.map((c) => ({ label: channelNames[c.id] || c.label, value: c.pledges }));
    C.charts.bars($('c-channels'), 'Theo kênh · By channel', channels, colors.channel);
    detailTable('d-channels', 'Lời cam kết theo kênh · Pledges by channel', 'Kênh · Channel', channels);

    C.charts.line($('c-quiz-days'), 'Quiz theo ngày · Quizzes per day', dates, [{ name: 'Quiz', color: colors.quiz, values: data.days.map((d) => d.quizCompletions) }], small);
    detailTable('d-quiz-days', 'Quiz hoàn thành theo ngày · Quizzes finished per day', 'Ngày · Day', data.days.map((d) => ({ label: d.date, value: d.quizCompletions })));

    const scores = data.quizScores.map((count, score) => ({ label: `${score}/5`, value: count }));
    C.charts.columns($('c-scores'), 'Phân bố điểm quiz · Quiz scores', scores, colors.quiz);
    detailTable('d-scores', 'Phân bố điểm quiz · Quiz score distribution', 'Điểm · Score', scores);

    C.charts.line($('c-safety'), 'An toàn theo ngày · Safety per day', dates, [
      { name: 'Yêu cầu trò chuyện · Talk requests', color: colors.talk, values: data.days.map((d) => d.talkRequests) },
      { name: 'Cảnh báo rủi ro · Risk interrupts', color: colors.risk, values: data.days.map((d) => d.riskInterrupts) },
    ], small);
    $('d-safety').replaceChildren(C.table('An toàn theo ngày · Safety per day',
      [{ label: 'Ngày · Day' }, { label: 'Yêu cầu trò chuyện · Talk requests', numeric: true }, { label: 'Cảnh báo rủi ro · Risk interrupts', numeric: true }],
      data.days.map((d) => [d.date, d.talkRequests, d.riskInterrupts])));

    const risks = data.riskByCategory.map((c) => ({ label: riskNames[c.id] || c.label, value: c.pledges }));
    C.charts.bars($('c-risk-categories'), 'Cảnh báo theo loại · Risk interrupts by category', risks, colors.risk);
    detailTable('d-risk-categories', 'Cảnh báo theo loại nguy cơ · Risk interrupts by category', 'Loại · Category', risks);

    $('top-codes').replaceChildren(C.table('Mã giới thiệu dẫn đầu trong khoảng ngày · Top referral codes in the range',
      [{ label: 'Mã · Code' }, { label: 'Loại · Kind' }, { label: 'Chủ sở hữu · Owner' }, { label: 'Tiếp cận · Reach', numeric: true },
        { label: 'Cam kết · Pledges', numeric: true }, { label: 'Chuyển đổi · Conversion', numeric: true }],
      data.topCodes.map((c) => [c.code, c.kind, c.owner, c.reach, c.pledges, C.percent.format(c.conversion)]),
      'Không mã nào tiếp cận người dùng trong khoảng này · No code reached anyone in this range'));
  }

  function showBoard(visible) {
    $('board').hidden = !visible;
    $('range').hidden = !visible;
    $('sections').hidden = !visible;
  }

  function say(message) {
    $('status').textContent = message;
    $('status').hidden = !message;
  }

  C.askForKey = (message) => {
    showBoard(false);
    say('');
    $('setup').hidden = true;
    $('key-message').textContent = message || '';
    $('key-form').hidden = false;
    $('key').value = '';
    $('key').focus();
  };

  async function loadSetup() {
    const response = await C.api('/admin/setup.json');
    const setup = response.ok ? await response.json() : { warnings: [] };
    $('setup').replaceChildren(...setup.warnings.map((w) => C.el('p', {}, '⚠ ', w)));
    $('setup').hidden = setup.warnings.length === 0;
  }

  async function load(from, to, focusBoard) {
    if (!C.key()) {
      C.askForKey();
      return;
    }
    const query = from && to ? `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` : '';
    say('Đang tải… · Loading…');
    let response;
    try {
      response = await C.api(`/admin/dashboard.json${query}`);
    } catch (error) {
      if (error.message !== '401' && error.message !== '429' && error.message !== 'no key') {
        say('Không kết nối được máy chủ. Thử lại sau. · Cannot reach the server.');
      }
      return;
    }
    if (response.status === 400) {
      say(`Khoảng ngày không hợp lệ · Bad date range: ${await C.problem(response)}`);
      return;
    }
    if (!response.ok) {
      say(`Máy chủ báo lỗi ${response.status}. Thử lại sau. · The server answered ${response.status}.`);
      return;
    }
    render(await response.json());
    say('');
    $('key-form').hidden = true;
    showBoard(true);
    if (focusBoard) {
      $('main').focus();
    }
    await Promise.all([loadSetup().catch(() => {}), C.loadAll(C.range())]);
  }

  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('key').value.trim();
    if (key) {
      C.setKey(key);
      $('key-form').hidden = true;
      load(undefined, undefined, true);
    }
  });

  $('range').addEventListener('submit', (event) => {
    event.preventDefault();
    load($('from').value, $('to').value);
  });

  $('sign-out').addEventListener('click', () => {
    C.clearKey();
    C.askForKey();
  });

  load();
})();
