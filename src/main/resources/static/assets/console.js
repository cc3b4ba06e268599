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

  // a task list: j/k move, x selects, and a row's buttons answer to their data-key (a approve, r reject, ...);
  // a button that needs a reason sends the reader to the reason field first, and Enter there completes it
  document.addEventListener('DOMContentLoaded', function () {
    var list = document.querySelector('[data-keyboard-list]');
    if (!list) { return; }
    var rows = Array.prototype.slice.call(list.querySelectorAll('tbody tr[data-task]'));
    var reason = document.getElementById('decision-reason');
    var current = -1;
    var pending = null;
    var move = function (index) {
      if (!rows.length) { return; }
      if (current >= 0) { rows[current].classList.remove('current'); }
      current = Math.max(0, Math.min(rows.length - 1, index));
      rows[current].classList.add('current');
      rows[current].scrollIntoView({ block: 'nearest' });
    };
    var press = function (button) {
      if (button.hasAttribute('data-needs-reason') && reason && !reason.value.trim()) {
        pending = button;
        reason.focus();
        reason.setAttribute('data-pending', button.textContent.trim());
        return;
      }
      button.click();
    };
    var selectAll = document.getElementById('select-all');
    if (selectAll) {
      selectAll.addEventListener('change', function () {
        rows.forEach(function (row) { row.querySelector('input[type=checkbox]').checked = selectAll.checked; });
      });
    }
    rows.forEach(function (row, index) {
      row.addEventListener('click', function () { move(index); });
      Array.prototype.forEach.call(row.querySelectorAll('button[data-needs-reason]'), function (button) {
        button.addEventListener('click', function (event) {
          if (reason && !reason.value.trim()) { event.preventDefault(); press(button); }
        });
      });
    });
    if (reason) {
      reason.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          event.preventDefault();
          if (pending && reason.value.trim()) { var button = pending; pending = null; button.click(); }
        } else if (event.key === 'Escape') {
          pending = null; reason.removeAttribute('data-pending'); reason.blur();
        }
      });
    }
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      if (event.altKey || event.ctrlKey || event.metaKey
          || (target && (target.tagName === 'INPUT' && target.type !== 'checkbox' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'))) {
        return;
      }
      if (event.key === 'j') { move(current + 1); event.preventDefault(); return; }
      if (event.key === 'k') { move(current - 1); event.preventDefault(); return; }
      if (current < 0) { return; }
      var row = rows[current];
      if (event.key === 'x') {
        // the care and promotion inboxes have no bulk selection
        var box = row.querySelector('input[type=checkbox]');
        if (box) { box.checked = !box.checked; event.preventDefault(); }
        return;
      }
      if (event.key === 'Enter') {
        // Enter on a focused button or link is the browser's to handle
        if (target.tagName === 'BUTTON' || target.tagName === 'A') { return; }
        var link = row.querySelector('a'); if (link) { link.click(); } return;
      }
      var button = row.querySelector('button[data-key="' + event.key + '"]');
      if (button) { event.preventDefault(); press(button); return; }
      var field = row.querySelector('[data-key-focus="' + event.key + '"]');
      if (field) { event.preventDefault(); field.focus(); }
    });
  });

  // a report page polls its progress until the report has finished, then reloads once to offer the download
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('report-progress');
    if (!box || box.getAttribute('data-finished') === 'true') { return; }
    var url = box.getAttribute('data-progress-url');
    var poll = function () {
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
        .then(function (report) {
          var text = document.querySelector('#report-status-texts [data-status="' + report.status + '"]');
          var status = document.getElementById('report-status');
          status.textContent = text ? text.textContent : report.status;
          status.className = 'status ' + report.status;
          document.getElementById('report-bar').value = report.progress;
          if (report.status === 'COMPLETED' || report.status === 'FAILED') { window.location.reload(); } else { setTimeout(poll, 1000); }
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 500);
  });

  // the report form offers only the filters the chosen report takes
  document.addEventListener('DOMContentLoaded', function () {
    var kind = document.getElementById('report-kind');
    if (!kind) { return; }
    var fields = { channels: 'channels', provinces: 'provinces', tiers: 'tiers', granularity: 'granularity',
      churnDays: 'churn_days', migrationFrom: 'migration_dates', migrationTo: 'migration_dates' };
    var update = function () {
      var option = kind.options[kind.selectedIndex];
      var taken = (option.getAttribute('data-parameters') || '').split(' ');
      Object.keys(fields).forEach(function (name) {
        var field = kind.form.elements[name];
        if (field) { field.disabled = taken.indexOf(fields[name]) < 0; field.closest('label').hidden = field.disabled; }
      });
    };
    kind.addEventListener('change', update);
    update();
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
