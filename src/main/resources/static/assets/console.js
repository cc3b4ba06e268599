// Tierflow console: keyboard shortcuts and live import progress; the pages work without it.
(function () {
  'use strict';

  // "/" jumps to the page's search field, as in most web apps
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (event.key === '/' && !typing) {
      var field = document.querySelector('[data-search-focus]');
      if (field) { event.preventDefault(); field.focus(); field.select(); }
    }
  });

  // an import page polls its progress until the import has finished, then reloads once to show the problems
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('progress');
    if (!box || box.getAttribute('data-finished') === 'true') { return; }
    var url = box.getAttribute('data-progress-url');
    var statusText = function (status) {
      var node = document.querySelector('#status-texts [data-status="' + status + '"]');
      return node ? node.textContent : status;
    };
    var set = function (id, value) { var node = document.getElementById(id); if (node) { node.textContent = value; } };
    var finished = ['COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'DUPLICATE_FILE'];
    var poll = function () {
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
        .then(function (record) {
          var status = document.getElementById('import-status');
          status.textContent = statusText(record.status);
          status.className = 'status ' + record.status;
          set('rows-read', record.rowsRead);
          set('rows-imported', record.rowsImported);
          set('rows-skipped', record.rowsSkipped);
          set('rows-duplicate', record.rowsDuplicate);
          set('rows-conflict', record.rowsConflict);
          set('orders-imported', record.ordersImported);
          set('import-message', record.message || '');
          if (finished.indexOf(record.status) >= 0) { window.location.reload(); } else { setTimeout(poll, 1000); }
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 500);
  });
})();
