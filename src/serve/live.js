// Live reload for `armguide serve` only: the preview adds this script to the pages it serves;
// built sites never carry it. It waits for the next build with one open request, reloads the
// page where the reader was, and shows the build's errors over the page while it is broken.
(function () {
  'use strict';
  var me = document.currentScript;
  var version = Number(me && me.getAttribute('data-version'));
  var key = 'armguide-scroll:' + location.pathname;
  var overlay = null;

  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var at = saved.split(',');
    var restore = function () { window.scrollTo(Number(at[0]), Number(at[1])); };
    if (document.readyState === 'complete') restore();
    else window.addEventListener('load', restore);
  }

  function line(d) {
    if (d.text) return d.text;
    var where = d.path;
    if (d.position) where += ':' + d.position.line + ':' + d.position.column;
    return where + ': ' + d.severity + ': ' + d.message + (d.hint ? '\n  = hint: ' + d.hint : '');
  }

  function show(errors) {
    if (!errors.length) {
      if (overlay) overlay.remove();
      overlay = null;
      return;
    }
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'armguide-errors';
      overlay.setAttribute('role', 'alert');
      var s = overlay.style;
      s.position = 'fixed';
      s.inset = '0';
      s.zIndex = '2147483647';
      s.overflow = 'auto';
      s.background = 'rgba(20, 20, 20, 0.94)';
      s.color = '#fff';
      s.padding = '1.5rem';
      s.font = '14px/1.5 ui-monospace, monospace';
      s.whiteSpace = 'pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('strong');
    title.textContent = 'The site has errors. The last good version is shown until they are fixed.';
    overlay.appendChild(title);
    for (var i = 0; i < errors.length; i++) {
      var p = document.createElement('p');
      p.textContent = line(errors[i]);
      overlay.appendChild(p);
    }
  }

  function poll(first) {
    var url = '/__armguide/status' + (first ? '' : '?since=' + version);
    fetch(url, { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        var changed = state.version !== version;
        version = state.version;
        if (changed && !state.errors.length) {
          sessionStorage.setItem(key, window.scrollX + ',' + window.scrollY);
          location.reload();
          return;
        }
        show(state.errors);
        poll(false);
      })
      // The server stopped or restarts: try again shortly.
      .catch(function () { setTimeout(function () { poll(false); }, 1000); });
  }

  poll(true);
})();
