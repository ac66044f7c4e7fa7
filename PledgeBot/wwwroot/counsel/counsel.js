// The counsellor console: asks for the counsellor key once (kept in sessionStorage, so it goes with the tab), lists the
// queue every few seconds, and for a claimed chat reads its Server-Sent Events with fetch (EventSource cannot send the
// key). Text is only ever set as textContent. Nothing is loaded from the internet.
(() => {
  'use strict';

  const KEY = 'pledgebot.counsellorKey';
  const POLL_MS = 3000;
  const $ = (id) => document.getElementById(id);
  const channelNames = { zalo: 'Zalo', facebook: 'Messenger', telegram: 'Telegram', webchat: 'Web Chat', directline: 'Web Chat', emulator: 'Emulator', msteams: 'Teams', test: 'Test' };
  const riskNames = { high: 'Cao · High', concern: 'Lo ngại · Concern', none: 'Không · None' };
  const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });

  let key = sessionStorage.getItem(KEY) || '';
  let open = null; // { id, abort }
  let pollTimer = null;

  function headers(extra) {
    return Object.assign({ Authorization: 'Bearer ' + key }, extra || {});
  }

  async function api(path, options) {
    const response = await fetch('/api/counsel' + path, Object.assign({ headers: headers(options && options.json ? { 'Content-Type': 'application/json' } : {}) }, options || {}));
    if (response.status === 401 || response.status === 429) {
      askForKey(response.status === 429 ? 'Quá nhiều lần sai khoá; thử lại sau một phút. · Too many wrong keys; wait a minute.' : 'Khoá không đúng. · Wrong key.');
      throw new Error('unauthorised');
    }
    return response;
  }

  async function problem(response) {
    try {
      const body = await response.json();
      return body.detail || body.title || String(response.status);
    } catch {
      return String(response.status);
    }
  }

  function askForKey(message) {
    key = '';
    sessionStorage.removeItem(KEY);
    clearInterval(pollTimer);
    $('console').hidden = true;
    $('key-form').hidden = false;
    $('key-error').textContent = message || '';
    $('key').focus();
  }

  function minutes(seconds) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return m + ':' + String(s).padStart(2, '0');
  }

  function riskBadge(risk) {
    const badge = document.createElement('span');
    badge.className = 'risk ' + risk;
    badge.textContent = riskNames[risk] || risk;
    return badge;
  }

  function cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.append(content);
    } else {
      td.textContent = content;
    }
    row.append(td);
    return td;
  }

  async function refreshQueue() {
    let items;
    try {
      const response = await api('/queue');
      if (!response.ok) {
        return;
      }
      items = await response.json();
    } catch {
      return;
    }
    const body = $('queue');
    body.replaceChildren();
    $('queue-count').textContent = '(' + items.filter((i) => !i.claimedBy).length + ')';
    $('queue-empty').hidden = items.length > 0;
    for (const item of items) {
      const row = document.createElement('tr');
      row.dataset.id = item.id;
      row.className = item.claimedByYou ? 'mine' : '';
      cell(row, riskBadge(item.risk)).title = (item.categories || []).join(', ');
      cell(row, channelNames[item.channel] || item.channel);
      cell(row, item.language === 'en' ? 'English' : 'Tiếng Việt');
      cell(row, minutes(item.waitingSeconds));
      cell(row, item.replyWindowEndsAt ? time.format(new Date(item.replyWindowEndsAt)) : '—');
      const button = document.createElement('button');
      if (item.claimedByYou) {
        button.textContent = 'Mở · Open';
        button.className = 'open secondary';
        button.addEventListener('click', () => openChat(item));
      } else if (item.claimedBy) {
        button.textContent = 'Đã có người nhận · Taken';
        button.disabled = true;
      } else {
        button.textContent = 'Nhận · Claim';
        button.className = 'claim';
        button.addEventListener('click', () => claim(item));
      }
      cell(row, button);
      body.append(row);
    }
  }

  async function claim(item) {
    const response = await api('/' + item.id + '/claim', { method: 'POST' });
    if (!response.ok) {
      $('chat-status').textContent = await problem(response);
      await refreshQueue();
      return;
    }
    await refreshQueue();
    openChat(item);
  }

  function showMessage(message) {
    const list = $('messages');
    if (list.querySelector('[data-seq="' + message.seq + '"]')) {
      return;
    }
    const li = document.createElement('li');
    li.dataset.seq = message.seq;
    li.className = message.from + (message.risk && message.risk !== 'none' ? ' ' + message.risk : '');
    const meta = document.createElement('span');
    meta.className = 'meta';
    const who = message.from === 'user' ? 'Bạn trẻ · Young person' : 'Tư vấn viên · Counsellor';
    meta.textContent = who + ' · ' + (message.at ? time.format(new Date(message.at)) : '') + (message.risk && message.risk !== 'none' ? ' · ' + (riskNames[message.risk] || message.risk) : '');
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = message.text;
    li.append(meta, text);
    list.append(li);
    list.scrollTop = list.scrollHeight;
    if (message.from === 'user' && message.risk) {
      const current = $('chat-risk').dataset.risk || 'none';
      const order = { none: 0, concern: 1, high: 2 };
      if (order[message.risk] > order[current]) {
        setRisk(message.risk);
      }
    }
  }

  function setRisk(risk) {
    const badge = $('chat-risk');
    badge.dataset.risk = risk;
    badge.className = 'risk ' + risk;
    badge.textContent = riskNames[risk] || risk;
  }

  function closeChat(status) {
    if (open) {
      open.abort.abort();
    }
    open = null;
    $('chat-status').textContent = status || '';
    for (const id of ['send', 'release', 'end', 'reply']) {
      $(id).disabled = true;
    }
    refreshQueue();
  }

  async function openChat(item) {
    if (open && open.id === item.id) {
      return;
    }
    if (open) {
      open.abort.abort();
    }
    const abort = new AbortController();
    open = { id: item.id, abort };
    $('chat').hidden = false;
    $('messages').replaceChildren();
    $('chat-status').textContent = '';
    $('chat-meta').textContent = (channelNames[item.channel] || item.channel) + ' · ' + (item.language === 'en' ? 'English' : 'Tiếng Việt')
      + (item.replyWindowEndsAt ? ' · trả lời trước · reply by ' + time.format(new Date(item.replyWindowEndsAt)) : '');
    setRisk(item.risk);
    for (const id of ['send', 'release', 'end', 'reply']) {
      $(id).disabled = false;
    }
    $('reply').focus();
    try {
      const response = await fetch('/api/counsel/' + item.id + '/stream', { headers: headers({ Accept: 'text/event-stream' }), signal: abort.signal });
      if (!response.ok) {
        closeChat(await problem(response));
        return;
      }
      await readEvents(response.body.getReader(), (type, data) => {
        if (type === 'message') {
          showMessage(data);
        } else if (type === 'ended') {
          closeChat(data.by === 'user' ? 'Bạn trẻ đã quay lại bot. · The young person went back to the bot.' : 'Đã kết thúc. · Ended.');
        } else if (type === 'released') {
          closeChat('Đã trả về hàng chờ. · Released to the queue.');
        }
      });
    } catch (error) {
      if (error.name !== 'AbortError' && open && open.id === item.id) {
        $('chat-status').textContent = 'Mất kết nối; bấm Mở để nối lại. · Connection lost; press Open to reconnect.';
        open = null;
      }
    }
  }

  async function readEvents(reader, onEvent) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let type = 'message';
        const data = [];
        for (const line of frame.split('\n')) {
          if (line.startsWith('event:')) {
            type = line.slice(6).trim();
          } else if (line.startsWith('data:')) {
            data.push(line.slice(5).trim());
          }
        }
        if (data.length > 0) {
          onEvent(type, JSON.parse(data.join('\n')));
        }
      }
    }
  }

  async function act(path, status) {
    if (!open) {
      return;
    }
    const id = open.id;
    const response = await api('/' + id + path, { method: 'POST' });
    if (!response.ok) {
      $('chat-status').textContent = await problem(response);
      return;
    }
    closeChat(status);
  }

  $('reply-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('reply').value.trim();
    if (!open || !text) {
      return;
    }
    $('send').disabled = true;
    try {
      const response = await api('/' + open.id + '/messages', { method: 'POST', json: true, body: JSON.stringify({ text }) });
      if (response.ok) {
        $('reply').value = '';
        $('chat-status').textContent = '';
      } else {
        $('chat-status').textContent = await problem(response);
      }
    } finally {
      $('send').disabled = !open;
    }
  });
  $('reply').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      $('reply-form').requestSubmit();
    }
  });
  $('release').addEventListener('click', () => act('/release', 'Đã trả về hàng chờ. · Released to the queue.'));
  $('end').addEventListener('click', () => act('/end', 'Đã kết thúc; bạn trẻ nhận lời chào và quay lại bot. · Ended; the young person got a closing line.'));

  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    key = $('key').value.trim();
    sessionStorage.setItem(KEY, key);
    $('key').value = '';
    start();
  });

  function start() {
    $('key-form').hidden = true;
    $('console').hidden = false;
    refreshQueue();
    clearInterval(pollTimer);
    pollTimer = setInterval(refreshQueue, POLL_MS);
  }

  if (key) {
    start();
  } else {
    askForKey('');
  }
})();
