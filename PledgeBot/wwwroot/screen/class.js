// The teacher's projector page: follows the class's Server-Sent Events and drives it with the control API, both with
// the class's teacher token (from the page's link). Texts in Vietnamese or English; nothing loaded from elsewhere.
(function () {
  'use strict';

  var texts = {
    vi: {
      code: 'Mã lớp', joined: 'Đã vào lớp:', howTitle: 'Cách vào lớp', typeLead: 'Nhắn cho PledgeBot:',
      channels: 'trên Zalo, Messenger, Telegram, hoặc quét mã QR bằng điện thoại.', orOpen: 'Hoặc mở',
      privacy: 'Mỗi bạn nhận một biệt danh ngẫu nhiên. Không cần tên, không cần số điện thoại.',
      answered: 'Đã trả lời:', endTitle: 'Kết quả của lớp', scores: 'Số bạn theo số câu đúng',
      missed: 'Những câu nhiều bạn trả lời sai', ranking: 'Bảng xếp hạng', start: '▶ Bắt đầu',
      reveal: 'Xem đáp án', next: 'Câu tiếp theo ▶', finish: 'Kết thúc ▶', end: 'Kết thúc lớp',
      question: 'Câu {n}/{total}', timeUp: 'Hết giờ', reconnecting: 'Đang kết nối lại…', failed: 'Chưa thực hiện được, thử lại nhé.',
      right: 'đúng', noAnswers: 'Chưa có câu trả lời.', hotline: 'Cần giúp đỡ? Gọi 111 — miễn phí, 24/7', correctSuffix: ' câu đúng'
    },
    en: {
      code: 'Class code', joined: 'Joined:', howTitle: 'How to join', typeLead: 'Message PledgeBot:',
      channels: 'on Zalo, Messenger, Telegram, or scan the QR code with a phone.', orOpen: 'Or open',
      privacy: 'Everyone gets a random nickname. No names, no phone numbers.',
      answered: 'Answered:', endTitle: "The class's results", scores: 'Students by right answers',
      missed: 'Questions most missed', ranking: 'Ranking', start: '▶ Start',
      reveal: 'Show answer', next: 'Next question ▶', finish: 'Finish ▶', end: 'End class',
      question: 'Question {n} of {total}', timeUp: "Time's up", reconnecting: 'Reconnecting…', failed: "That didn't work, try again.",
      right: 'right', noAnswers: 'No answers yet.', hotline: 'Need help? Call 111 — free, 24/7', correctSuffix: ' right'
    }
  };

  var body = document.body;
  var code = body.getAttribute('data-code');
  var token = body.getAttribute('data-token');
  var lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  var t = texts[lang];
  var state = { phase: '', joined: 0, question: null, answered: 0, distribution: null, summary: null };
  var timer = null;

  function $(id) { return document.getElementById(id); }

  document.querySelectorAll('[data-text]').forEach(function (element) {
    element.textContent = t[element.getAttribute('data-text')];
  });
  document.querySelectorAll('[data-lang]').forEach(function (link) {
    var target = new URLSearchParams(window.location.search);
    target.set('lang', link.getAttribute('data-lang'));
    link.href = '?' + target.toString();
    link.setAttribute('aria-current', String(link.getAttribute('data-lang') === lang));
  });

  function letter(i) { return String.fromCharCode(65 + i); }

  function render() {
    body.setAttribute('data-phase', state.phase);
    $('joined').textContent = String(state.joined);
    $('lobby').hidden = state.phase !== 'lobby';
    $('question').hidden = !(state.phase === 'question' || state.phase === 'reveal');
    $('ended').hidden = state.phase !== 'ended';
    $('start').hidden = state.phase !== 'lobby';
    $('reveal').hidden = state.phase !== 'question';
    $('next').hidden = state.phase !== 'reveal';
    $('end').hidden = state.phase === 'ended' || state.phase === '';
    if (state.question) { renderQuestion(); }
    if (state.phase === 'ended' && state.summary) { renderSummary(); }
  }

  function renderQuestion() {
    var q = state.question;
    var d = state.phase === 'reveal' && state.distribution && state.distribution.index === q.index ? state.distribution : null;
    $('q-number').textContent = t.question.replace('{n}', q.index + 1).replace('{total}', q.total);
    $('q-text').textContent = q.text;
    $('answered').textContent = String(state.answered);
    $('answered-of').textContent = String(state.joined);
    $('next').textContent = q.index + 1 >= q.total ? t.finish : t.next;
    var list = $('options');
    list.textContent = '';
    var most = 1;
    if (d) { d.counts.forEach(function (n) { most = Math.max(most, n); }); }
    q.options.forEach(function (option, i) {
      var item = document.createElement('li');
      var fill = document.createElement('span'); fill.className = 'fill';
      var mark = document.createElement('span'); mark.className = 'letter'; mark.textContent = letter(i);
      var text = document.createElement('span'); text.className = 'text'; text.textContent = option;
      item.append(fill, mark, text);
      if (d) {
        var count = document.createElement('span'); count.className = 'count'; count.textContent = String(d.counts[i] || 0);
        item.append(count);
        fill.style.width = Math.round(100 * (d.counts[i] || 0) / most) + '%';
        if (i === d.correct) { item.classList.add('correct'); }
      }
      list.append(item);
    });
    var explanation = $('explanation');
    explanation.hidden = !d;
    explanation.textContent = d ? letter(d.correct) + ' — ' + d.explanation : '';
    tick();
  }

  function tick() {
    var countdown = $('countdown');
    if (!state.question) { return; }
    var left = Math.max(0, Math.ceil((Date.parse(state.question.endsAt) - Date.now()) / 1000));
    var over = state.phase !== 'question' || left === 0;
    countdown.textContent = over ? t.timeUp : String(left);
    countdown.classList.toggle('over', over);
  }

  function renderSummary() {
    var s = state.summary;
    var scores = $('scores');
    scores.textContent = '';
    var most = 1;
    s.scores.forEach(function (n) { most = Math.max(most, n); });
    s.scores.forEach(function (n, score) {
      var item = document.createElement('li');
      var label = document.createElement('span'); label.textContent = score + t.correctSuffix;
      var bar = document.createElement('span'); bar.className = 'bar'; bar.style.width = Math.round(100 * n / most) + '%';
      var count = document.createElement('b'); count.textContent = String(n);
      item.append(label, bar, count);
      scores.append(item);
    });
    var missed = $('missed');
    missed.textContent = '';
    if (s.mostMissed.length === 0) {
      var none = document.createElement('li'); none.textContent = t.noAnswers; missed.append(none);
    }
    s.mostMissed.forEach(function (q) {
      var item = document.createElement('li');
      item.textContent = q.text + ' — ' + q.percentCorrect + '% ' + t.right;
      missed.append(item);
    });
    $('ranking-box').hidden = !s.ranking;
    var ranking = $('ranking');
    ranking.textContent = '';
    (s.ranking || []).forEach(function (entry) {
      var item = document.createElement('li');
      item.textContent = entry.nickname + ' — ' + entry.score;
      ranking.append(item);
    });
  }

  function connect() {
    var source = new EventSource('/api/classes/' + encodeURIComponent(code) + '/stream?t=' + encodeURIComponent(token));
    ['phase', 'joined', 'question', 'answered', 'distribution', 'summary'].forEach(function (name) {
      source.addEventListener(name, function (event) {
        state[name] = JSON.parse(event.data);
        $('status').hidden = true;
        render();
      });
    });
    source.onerror = function () {
      var status = $('status');
      status.textContent = t.reconnecting;
      status.hidden = false;
    };
  }

  function move(action, button) {
    button.disabled = true;
    fetch('/api/classes/' + encodeURIComponent(code) + '/' + action, {
      method: 'POST', headers: { Authorization: 'Bearer ' + token }
    }).then(function (response) {
      // 409: another tab moved the class first; the stream shows where it is.
      if (!response.ok && response.status !== 409) { throw new Error(String(response.status)); }
    }).catch(function () {
      var status = $('status');
      status.textContent = t.failed;
      status.hidden = false;
    }).finally(function () { button.disabled = false; });
  }

  ['start', 'reveal', 'next', 'end'].forEach(function (action) {
    var button = $(action);
    button.addEventListener('click', function () { move(action, button); });
  });

  timer = window.setInterval(tick, 250);
  connect();
}());
