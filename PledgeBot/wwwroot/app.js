// The campaign page: Web Chat (the pinned bundle this host serves) on this host's Direct Line.
// - readPage() reads what the link carried (?lang=, ?ref=); joinValue() is what the `webchat/join` event tells the
//   bot on connect, so a page parameter the bot should hear is added in those two places only.
// - The browser keeps one identity: the host-signed user token (localStorage) goes back to POST /api/directline/token,
//   so a reload or a language switch carries on the same user and conversation. "Delete my data" forgets it.
// - If Web Chat has not loaded after a few seconds (or cannot), the fallback with the 111 hotline shows.
(function () {
  'use strict';

  var USER_TOKEN_KEY = 'pledgebot.userToken';
  var FORGET_EVENT = 'pledgebot/forget';
  var LOAD_TIMEOUT_MS = 8000;

  var texts = {
    vi: {
      tagline: 'Cùng nhau an toàn trực tuyến',
      chatHeading: 'Trò chuyện với trợ lý của chiến dịch',
      fallback: 'Không tải được khung trò chuyện. Vui lòng thử lại sau.',
      hotline: 'Cần giúp ngay? Gọi đường dây nóng',
      placeholder: 'Nhập tin nhắn…',
      privacy: 'Quyền riêng tư'
    },
    en: {
      tagline: 'Together for online safety',
      chatHeading: 'Chat with the campaign assistant',
      fallback: 'The chat could not load. Please try again later.',
      hotline: 'Need help now? Call the hotline',
      placeholder: 'Type a message…',
      privacy: 'Privacy'
    }
  };

  var page = readPage();
  var settled = false;

  function readPage() {
    var query = new URLSearchParams(window.location.search);
    var lang = query.get('lang') === 'en' ? 'en' : 'vi';
    return {
      lang: lang,
      locale: lang === 'en' ? 'en-US' : 'vi-VN',
      ref: (query.get('ref') || '').trim().slice(0, 64),
      classCode: (query.get('class') || '').trim().slice(0, 16)
    };
  }

  // The value of the `webchat/join` event the bot hears on every connect.
  function joinValue() {
    return page.classCode
      ? { ref: page.ref, locale: page.locale, 'class': page.classCode }
      : { ref: page.ref, locale: page.locale };
  }

  function applyTexts() {
    var t = texts[page.lang];
    document.documentElement.lang = page.lang;
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = t[element.getAttribute('data-text')];
    });
    document.getElementById('privacy-link').href = '/privacy.html#' + page.lang;
    document.querySelectorAll('[data-lang]').forEach(function (link) {
      var target = new URLSearchParams(window.location.search);
      target.set('lang', link.getAttribute('data-lang'));
      link.href = '?' + target.toString();
      if (link.getAttribute('data-lang') === page.lang) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    });
  }

  // localStorage can be off (private modes, blocked storage): the chat then works without remembering anyone.
  var identity = {
    read: function () {
      try { return window.localStorage.getItem(USER_TOKEN_KEY); } catch (e) { return null; }
    },
    keep: function (token) {
      try { if (token) { window.localStorage.setItem(USER_TOKEN_KEY, token); } } catch (e) { /* not remembered */ }
    },
    forget: function () {
      try { window.localStorage.removeItem(USER_TOKEN_KEY); } catch (e) { /* nothing kept */ }
    }
  };

  function showFallback() {
    if (settled) { return; }
    settled = true;
    document.getElementById('webchat').hidden = true;
    document.getElementById('fallback').hidden = false;
  }

  function requestToken() {
    var kept = identity.read();
    return fetch('/api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(kept ? { userToken: kept } : {})
    }).then(function (response) {
      if (!response.ok) { throw new Error('token ' + response.status); }
      return response.json();
    });
  }

  function createStore() {
    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity
            && action.payload.activity.type === 'event' && action.payload.activity.name === FORGET_EVENT) {
            identity.forget();
          }
          var result = next(action);
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: joinValue() } });
          }
          return result;
        };
      };
    });
    return store;
  }

  function render(answer) {
    identity.keep(answer.userToken);
    var directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + '/v3/directline',
      token: answer.token,
      conversationStartProperties: { locale: page.locale }
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: createStore(),
      locale: page.locale,
      role: 'region',
      styleOptions: {
        accent: '#1e3a8a',
        botAvatarImage: '/brand/avatar.svg',
        botAvatarInitials: 'KMM',
        bubbleBorderRadius: 12,
        bubbleFromUserBackground: '#e0e7ff',
        hideUploadButton: true,
        suggestedActionLayout: 'flow',
        suggestedActionBorderColor: '#1e3a8a',
        suggestedActionTextColor: '#1e3a8a'
      },
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: texts[page.lang].placeholder }
    }, document.getElementById('webchat'));
    settled = true;
  }

  function start() {
    if (settled) { return; }
    if (!window.WebChat) {
      showFallback();
      return;
    }
    requestToken().then(render).catch(showFallback);
  }

  function loadWebChat() {
    var script = document.createElement('script');
    script.src = document.querySelector('meta[name="webchat-script"]').content;
    script.onload = start;
    script.onerror = showFallback;
    window.setTimeout(function () { if (!window.WebChat) { showFallback(); } }, LOAD_TIMEOUT_MS);
    document.body.appendChild(script);
  }

  applyTexts();
  loadWebChat();
}());
