/*
 * Institutions directory filter.
 *
 * Plain ES5 classic script: no modules, no network, no innerHTML, so that it also works from a
 * copy opened from disk (file://). Without it the full list is shown and the form stays hidden.
 *
 * The page provides:
 *   form[data-directory-filter]            the filter form (hidden in the HTML)
 *     select[data-filter="<attr>"]         compares data-<attr> of each item with the value;
 *                                          with data-filter-list, data-<attr> is a space-separated list
 *     input[data-filter-query]             free text, matched against data-search
 *     [data-filter-reset]                  clears every filter
 *   [data-directory-item]                  one institution (data-region, data-kind, ...)
 *   [data-directory-section]               a group of items, hidden when none of its items shows
 *   [data-directory-count]                 live region for "Showing N of M"
 *   [data-count-messages]                  hidden list: item N is the message for N shown
 *   [data-directory-empty]                 shown when nothing matches
 */
(function () {
  'use strict';

  if (!document.querySelector || !document.addEventListener) {
    return;
  }

  function init() {
    var form = document.querySelector('[data-directory-filter]');
    if (!form) {
      return;
    }
    var items = document.querySelectorAll('[data-directory-item]');
    var sections = document.querySelectorAll('[data-directory-section]');
    var countOut = document.querySelector('[data-directory-count]');
    var messages = document.querySelector('[data-count-messages]');
    var empty = document.querySelector('[data-directory-empty]');
    var selects = form.querySelectorAll('select[data-filter]');
    var query = form.querySelector('[data-filter-query]');
    var reset = form.querySelector('[data-filter-reset]');
    var timer = null;
    var i;

    // Case and spaces are ignored: Korean names are often written with or without spaces.
    function normalize(text) {
      return String(text || '').toLowerCase().replace(/\s+/g, '');
    }

    function hasToken(list, token) {
      return (' ' + list + ' ').indexOf(' ' + token + ' ') !== -1;
    }

    function setHidden(el, hide) {
      if (!el) {
        return;
      }
      if (hide) {
        el.setAttribute('hidden', '');
      } else {
        el.removeAttribute('hidden');
      }
    }

    function criteria() {
      var list = [];
      for (var s = 0; s < selects.length; s++) {
        var select = selects[s];
        if (select.value) {
          list.push({
            attr: 'data-' + select.getAttribute('data-filter'),
            value: select.value,
            isList: select.hasAttribute('data-filter-list')
          });
        }
      }
      return list;
    }

    function matches(item, rules, text) {
      for (var r = 0; r < rules.length; r++) {
        var actual = item.getAttribute(rules[r].attr) || '';
        if (rules[r].isList ? !hasToken(actual, rules[r].value) : actual !== rules[r].value) {
          return false;
        }
      }
      if (text && normalize(item.getAttribute('data-search')).indexOf(text) === -1) {
        return false;
      }
      return true;
    }

    function countMessage(shown) {
      if (messages && messages.children && messages.children[shown]) {
        return messages.children[shown].textContent;
      }
      return String(shown) + ' / ' + String(items.length);
    }

    function apply() {
      var rules = criteria();
      var text = query ? normalize(query.value) : '';
      var shown = 0;
      var n;

      for (n = 0; n < items.length; n++) {
        var ok = matches(items[n], rules, text);
        setHidden(items[n], !ok);
        if (ok) {
          shown++;
        }
      }
      for (n = 0; n < sections.length; n++) {
        var visible = sections[n].querySelectorAll('[data-directory-item]:not([hidden])').length;
        setHidden(sections[n], visible === 0);
      }
      setHidden(empty, shown !== 0);
      if (countOut) {
        countOut.textContent = countMessage(shown);
      }
      remember();
    }

    // Keep the filters in the address (?region=seoul&...) so that a filtered list can be
    // bookmarked or shared. Some browsers refuse this for file:// pages; that is harmless.
    function remember() {
      if (!window.history || !window.history.replaceState) {
        return;
      }
      var parts = [];
      for (var s = 0; s < selects.length; s++) {
        if (selects[s].value && selects[s].name) {
          parts.push(encodeURIComponent(selects[s].name) + '=' + encodeURIComponent(selects[s].value));
        }
      }
      if (query && query.value) {
        parts.push(encodeURIComponent(query.name || 'q') + '=' + encodeURIComponent(query.value));
      }
      var search = parts.length ? '?' + parts.join('&') : '';
      if (search === window.location.search) {
        return;
      }
      try {
        window.history.replaceState(null, '', window.location.pathname + search + window.location.hash);
      } catch (e) {
        // ignored: the filter works the same without it
      }
    }

    function restore() {
      var search = window.location.search;
      if (!search || search.length < 2) {
        return;
      }
      var pairs = search.substring(1).split('&');
      for (var p = 0; p < pairs.length; p++) {
        var eq = pairs[p].indexOf('=');
        if (eq < 1) {
          continue;
        }
        var name, value;
        try {
          name = decodeURIComponent(pairs[p].substring(0, eq).replace(/\+/g, ' '));
          value = decodeURIComponent(pairs[p].substring(eq + 1).replace(/\+/g, ' '));
        } catch (e) {
          continue;
        }
        if (query && name === (query.name || 'q')) {
          query.value = value;
          continue;
        }
        for (var s = 0; s < selects.length; s++) {
          if (selects[s].name === name && hasOption(selects[s], value)) {
            selects[s].value = value;
          }
        }
      }
    }

    function hasOption(select, value) {
      for (var o = 0; o < select.options.length; o++) {
        if (select.options[o].value === value) {
          return true;
        }
      }
      return false;
    }

    for (i = 0; i < selects.length; i++) {
      selects[i].addEventListener('change', apply, false);
    }
    if (query) {
      // Wait for a pause in typing so that screen readers announce one count, not one per key.
      query.addEventListener('input', function () {
        if (timer) {
          window.clearTimeout(timer);
        }
        timer = window.setTimeout(apply, 300);
      }, false);
    }
    if (reset) {
      reset.addEventListener('click', function () {
        for (var s = 0; s < selects.length; s++) {
          selects[s].value = '';
        }
        if (query) {
          query.value = '';
        }
        apply();
        if (selects.length) {
          selects[0].focus();
        } else if (query) {
          query.focus();
        }
      }, false);
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      apply();
    }, false);

    restore();
    setHidden(form, false);
    apply();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init, false);
  } else {
    init();
  }
}());
