// The campaign page: Web Chat on this host's Direct Line. Reads ?ref= and ?lang= and tells the bot on connect with a
// `webchat/join` event, so referral links and QR codes work.
(function () {
  'use strict';

  var texts = {
    vi: {
      title: 'Cam kết an toàn',
      tagline: 'Trò chuyện, làm quiz và cùng nhau cam kết.',
      fallback: 'Không tải được khung trò chuyện. Vui lòng thử lại sau.',
      hotline: 'Cần giúp ngay? Gọi đường dây nóng',
      placeholder: 'Nhập tin nhắn…',
      privacy: 'Quyền riêng tư',
      pageTitle: 'Cam kết an toàn — PledgeBot'
    },
    en: {
      title: 'Stay safe pledge',
      tagline: 'Chat, take the quiz and make the pledge together.',
      fallback: 'The chat could not load. Please try again later.',
      hotline: 'Need help now? Call the hotline',
      placeholder: 'Type a message…',
      privacy: 'Privacy',
      pageTitle: 'Stay safe pledge — PledgeBot'
    }
  };

  var query = new URLSearchParams(window.location.search);
  var lang = query.get('lang') === 'en' ? 'en' : 'vi';
  var locale = lang === 'en' ? 'en-US' : 'vi-VN';
  var ref = (query.get('ref') || '').trim().slice(0, 64);
  var classCode = (query.get('class') || '').trim().slice(0, 16);
  var t = texts[lang];

  document.documentElement.lang = lang;
  document.title = t.pageTitle;
  document.querySelectorAll('[data-text]').forEach(function (element) {
    element.textContent = t[element.getAttribute('data-text')];
  });
  document.getElementById('privacy-link').href = '/privacy.html#' + lang;
  document.querySelectorAll('[data-lang]').forEach(function (link) {
    var target = new URLSearchParams(window.location.search);
    target.set('lang', link.getAttribute('data-lang'));
    link.href = '?' + target.toString();
    link.setAttribute('aria-current', String(link.getAttribute('data-lang') === lang));
  });

  function showFallback() {
    document.getElementById('webchat').hidden = true;
    document.getElementById('fallback').hidden = false;
  }

  function start() {
    if (!window.WebChat) {
      showFallback();
      return;
    }

    fetch('/api/directline/token', { method: 'POST' })
      .then(function (response) {
        if (!response.ok) { throw new Error('token ' + response.status); }
        return response.json();
      })
      .then(function (answer) {
        var directLine = window.WebChat.createDirectLine({
          domain: window.location.origin + '/v3/directline',
          token: answer.token,
          conversationStartProperties: { locale: locale }
        });
        var store = window.WebChat.createStore({}, function () {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
                var result = next(action);
                store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: classCode ? { ref: ref, locale: locale, 'class': classCode } : { ref: ref, locale: locale } } });
                return result;
              }
              return next(action);
            };
          };
        });
        window.WebChat.renderWebChat({
          directLine: directLine,
          store: store,
          locale: locale,
          styleOptions: {
            accent: '#0b6e4f',
            botAvatarInitials: 'PB',
            hideUploadButton: true,
            suggestedActionLayout: 'flow'
          },
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: t.placeholder }
        }, document.getElementById('webchat'));
      })
      .catch(showFallback);
  }

  var script = document.createElement('script');
  script.src = document.querySelector('meta[name="webchat-script"]').content;
  script.onload = start;
  script.onerror = showFallback;
  document.body.appendChild(script);
}());
