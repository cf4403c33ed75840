/* caseledger pages: forms that send commands to the API, amounts in yuan turned into fen exactly, refusals in words. */
(function () {
  'use strict';
  var MESSAGES = JSON.parse((document.getElementById('messages') || {}).textContent || '{}');
  var csrf = document.querySelector('meta[name="_csrf"]');

  /** "19870.5" → 1987050 fen, by the digits (never through floating point); null when it is not an amount. */
  function yuanToFen(text) {
    var m = /^\s*(\d{1,13})(?:\.(\d{1,2}))?\s*$/.exec(text || '');
    if (!m) { return null; }
    var fen = BigInt(m[1]) * 100n + BigInt((m[2] || '').padEnd(2, '0') || '0');
    return Number(fen); // exact: at most 10^15, far below 2^53
  }

  /** GB 11643: the check digit of an 18-character ID-card number. */
  function idCardValid(id) {
    if (!/^\d{17}[\dX]$/.test(id)) { return false; }
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) { sum += Number(id[i]) * w[i]; }
    return '10X98765432'[sum % 11] === id[17];
  }

  function fail(input, message) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    throw new Error(message);
  }

  /** The command's JSON from the form's fields, by their kind. */
  function commandOf(form) {
    var body = {};
    form.querySelectorAll('[data-kind]').forEach(function (el) {
      if (el.closest('tr') && el.closest('table.rows')) { return; }
      var kind = el.getAttribute('data-kind');
      var name = el.getAttribute('name') || el.getAttribute('data-name');
      if (!name || name.indexOf('path:') === 0) { return; }
      el.removeAttribute('aria-invalid');
      if (kind === 'bool') { body[name] = el.checked; return; }
      if (kind === 'set') {
        body[name] = Array.prototype.map.call(el.querySelectorAll('input:checked'), function (c) { return c.value; });
        return;
      }
      if (kind === 'list' || kind === 'record') {
        var items = [];
        el.querySelectorAll('tbody tr').forEach(function (row) {
          var item = {}, filled = false;
          row.querySelectorAll('[data-part]').forEach(function (input) {
            var type = input.getAttribute('data-type'), value;
            if (type === 'bool') { value = input.checked; } else {
              var text = (input.value || '').trim();
              if (text === '') { return; }
              if (type === 'yuan') {
                value = yuanToFen(text);
                if (value === null) { fail(input, MESSAGES['file.badAmount']); }
              } else if (type === 'number') { value = parseInt(text, 10); } else { value = text; }
              // a choice preselected (whose, which kind) does not make a row the officer left empty
              if (input.tagName !== 'SELECT') { filled = true; }
            }
            var path = input.getAttribute('data-part').split('.'), at = item;
            for (var i = 0; i < path.length - 1; i++) { at = at[path[i]] = at[path[i]] || {}; }
            at[path[path.length - 1]] = value;
          });
          if (filled) { items.push(item); }
        });
        if (kind === 'record') { if (items.length) { body[name] = items[0]; } } else { body[name] = items; }
        return;
      }
      if (kind === 'claimantAmounts') {
        var rows = [];
        el.querySelectorAll('input[data-claimant]').forEach(function (input) {
          if (input.value.trim() === '') { return; }
          var fen = yuanToFen(input.value);
          if (fen === null) { fail(input, MESSAGES['file.badAmount']); }
          rows.push({claimantId: input.getAttribute('data-claimant'), amount: fen});
        });
        body[name] = rows;
        return;
      }
      var value = el.value.trim();
      if (value === '') { return; }
      if (kind === 'yuan') {
        var fen = yuanToFen(value);
        if (fen === null) { fail(el, MESSAGES['file.badAmount']); }
        body[name] = fen;
      } else if (kind === 'number') {
        body[name] = parseInt(value, 10);
      } else if (kind === 'json') {
        body[name] = JSON.parse(value);
      } else {
        body[name] = value;
      }
    });
    return body;
  }

  /** The filing's claimants and obligors from the rows of their tables (ids W1…, O1… in row order). */
  function filingOf(form) {
    var body = commandOf(form);
    body.claimants = [];
    var sheet = document.getElementById('sheet-claimants');
    if (sheet) {
      // 花名册: the claimants of the worker list read and checked on the server
      body.claimants = JSON.parse(sheet.getAttribute('data-claimants'));
    }
    if (!sheet) form.querySelectorAll('#claimant-rows tbody tr').forEach(function (row, i) {
      var part = function (p) { return row.querySelector('[data-part="' + p + '"]'); };
      var idCard = part('idCardNumber').value.trim().toUpperCase();
      if (idCard && !idCardValid(idCard)) { fail(part('idCardNumber'), MESSAGES['file.badIdCard']); }
      var fen = yuanToFen(part('claimed').value);
      if (fen === null) { fail(part('claimed'), MESSAGES['file.badAmount']); }
      body.claimants.push({claimantId: 'W' + (i + 1), claimed: fen,
        personalData: {name: part('name').value.trim(), idCardNumber: idCard || null, phone: part('phone').value.trim() || null}});
    });
    body.obligors = [];
    form.querySelectorAll('#obligor-rows tbody tr').forEach(function (row, i) {
      var code = row.querySelector('[data-part="creditCode"]');
      body.obligors.push({obligorId: 'O' + (i + 1), name: row.querySelector('[data-part="name"]').value.trim(),
        role: row.querySelector('[data-part="role"]').value, creditCode: code && code.value.trim() ? code.value.trim().toUpperCase() : null});
    });
    if (!body.employmentEnded) { delete body.employmentEndedOn; }
    return body;
  }

  function say(form, cls, text) {
    var out = form.querySelector('.outcome');
    out.className = 'outcome ' + cls;
    out.textContent = text;
  }

  function refusal(problem, form) {
    var text = MESSAGES[problem.code] || problem.detail || problem.code;
    if (problem.field) {
      var field = fieldOf(form || document, problem.field);
      var label = field && (field.querySelector && field.querySelector('legend') || field.closest('label') && field.closest('label').querySelector('span'));
      text += ' (' + (label ? label.textContent : problem.field) + ')';
      // the worker it concerns, named: "徐芳 · W12: …"
      var whoField = form && form.querySelector('select[name="claimantId"]');
      var who = whoField && whoField.selectedOptions.length ? whoField.selectedOptions[0].textContent.trim() + '：' : '';
      if (field && form) { markField(field, who + text); }
    }
    return (MESSAGES['case.refused'] || '') + text;
  }

  /** The field a refusal names (items[0].amount names the list items), in the form that was sent. */
  function fieldOf(form, name) {
    var base = name.replace(/\[.*$/, '').split('.')[0];
    return form.querySelector('[name="' + name + '"]') || form.querySelector('[name="' + base + '"]')
      || form.querySelector('[data-name="' + base + '"]');
  }

  /** The refusal said in red beside the field it concerns, and the focus moved to it. */
  function markField(field, text) {
    var box = field.closest('label') || field;
    var note = document.createElement('p');
    note.className = 'field-error';
    note.setAttribute('role', 'alert');
    note.textContent = text;
    box.insertAdjacentElement('afterend', note);
    var input = field.matches('input, select, textarea') ? field : field.querySelector('input, select, textarea');
    if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
  }

  function clearFieldErrors(form) {
    form.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
  }

  /** 已登记，但：… — the warnings a command was recorded with, kept across the page's reload and shown at its top. */
  function remember(answer) {
    var warnings = (answer && answer.warnings) || [];
    if (!warnings.length) { return; }
    try {
      sessionStorage.setItem('caseledger.flash', JSON.stringify(warnings.map(function (w) { return w.text; })));
    } catch (e) { /* private mode: the banner and the event list still say it */ }
  }

  function showFlash() {
    var box = document.getElementById('flash');
    var stored = null;
    try { stored = sessionStorage.getItem('caseledger.flash'); sessionStorage.removeItem('caseledger.flash'); } catch (e) { return; }
    if (!box || !stored) { return; }
    box.textContent = (MESSAGES['case.savedBut'] || 'Recorded, but: ') + JSON.parse(stored).join('；');
    box.hidden = false;
    box.setAttribute('tabindex', '-1');
    box.focus();
  }
  window.addEventListener('load', showFlash);

  /** Records on the work order that it became the case just filed. */
  function convert(workOrder, caseId, occurredOn, headers) {
    var h = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (headers['X-CSRF-TOKEN']) { h['X-CSRF-TOKEN'] = headers['X-CSRF-TOKEN']; }
    return fetch('/api/work-orders/' + encodeURIComponent(workOrder) + '/conversion', {method: 'POST', headers: h,
      body: JSON.stringify({caseId: caseId, occurredOn: occurredOn}), credentials: 'same-origin'})
      .catch(function () { return null; });
  }

  function send(form) {
    var url = form.getAttribute('data-url');
    var body;
    clearFieldErrors(form);
    try {
      if (form.id === 'filing') {
        body = filingOf(form);
      } else {
        form.querySelectorAll('select[name^="path:"]').forEach(function (s) {
          url = url.replace('{' + s.name.substring(5) + '}', encodeURIComponent(s.value));
        });
        body = commandOf(form);
      }
    } catch (e) {
      say(form, 'alert', (MESSAGES['case.refused'] || '') + e.message);
      return;
    }
    var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (csrf) { headers['X-CSRF-TOKEN'] = csrf.content; }
    var main = document.getElementById('main');
    var version = main && main.getAttribute('data-version');
    if (version !== null && form.id !== 'filing') { headers['If-Match'] = '"' + version + '"'; }
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    fetch(url, {method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin'})
      .then(function (r) { return r.json().then(function (json) { return {ok: r.ok, json: json}; }); })
      .then(function (answer) {
        if (answer.ok) {
          say(form, 'ok', (MESSAGES['case.saved'] || 'OK {0}').replace('{0}', answer.json.version));
          remember(answer.json);
          var next = form.getAttribute('data-next');
          var id = answer.json.caseId || answer.json.workOrderId;
          var holder = form.closest('[data-work-order]');
          var workOrder = holder && holder.getAttribute('data-work-order');
          if (workOrder) {
            // a case filed (or a matter opened) from a work order: the order records it became this case (转为案件)
            convert(workOrder, id, body.occurredOn, headers).then(function (r) {
              // refused (the order moved on meanwhile): its page, where the conversion can be recorded by hand
              window.location.href = r && r.ok ? '/cases/' + encodeURIComponent(id) : '/work-orders/' + encodeURIComponent(workOrder);
            });
            return;
          }
          window.location.href = next ? next.replace('{id}', encodeURIComponent(id)) : '/cases/' + encodeURIComponent(id);
        } else {
          say(form, 'alert', refusal(answer.json, form));
          button.disabled = false;
        }
      })
      .catch(function (e) { say(form, 'alert', String(e)); button.disabled = false; });
  }

  // htmx posts (the worker list's preview) carry the CSRF token as the API's calls do
  document.addEventListener('htmx:configRequest', function (event) {
    if (csrf) { event.detail.headers['X-CSRF-TOKEN'] = csrf.content; }
  });

  // a worker list read for the filing stands for the typed claimants: their rows are put away
  document.addEventListener('htmx:afterSwap', function (event) {
    var rows = document.getElementById('claimant-rows');
    if (rows && event.target.id === 'sheet-preview') {
      var sheet = document.getElementById('sheet-claimants');
      rows.closest('fieldset').hidden = !!sheet;
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains('command')) {
      event.preventDefault();
      send(form);
    }
  });

  document.addEventListener('click', function (event) {
    var t = event.target;
    if (t.matches('[data-rows]')) {
      var body = document.querySelector('#' + t.getAttribute('data-rows') + ' tbody');
      var row = body.rows[0].cloneNode(true);
      row.querySelectorAll('input').forEach(function (i) { i.value = ''; i.removeAttribute('aria-invalid'); });
      body.appendChild(row);
      row.querySelector('input').focus();
    } else if (t.matches('.remove-row')) {
      var tbody = t.closest('tbody');
      if (tbody.rows.length > 1) { t.closest('tr').remove(); }
    } else if (t.matches('.print-button')) {
      window.print();
    }
  });

  /** The dashboard's chart: claimed against recovered, by month (yuan, as the server computed them from fen). */
  function chart() {
    var el = document.getElementById('chart');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(document.getElementById('chart-data').textContent);
    var c = window.echarts.init(el);
    c.setOption({
      tooltip: {trigger: 'axis'}, legend: {data: [el.dataset.claimed, el.dataset.recovered]},
      grid: {left: 60, right: 16, bottom: 30, top: 40},
      xAxis: {type: 'category', data: data.months}, yAxis: {type: 'value'},
      series: [{name: el.dataset.claimed, type: 'bar', data: data.claimed.map(Number)},
               {name: el.dataset.recovered, type: 'bar', data: data.recovered.map(Number)}]
    });
    window.addEventListener('resize', function () { c.resize(); });
  }
  window.addEventListener('load', chart);

  /** The hotline chart: orders received, closed and closed on time, by month received. */
  function hotlineChart() {
    var el = document.getElementById('hotline-chart');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(document.getElementById('hotline-data').textContent);
    var c = window.echarts.init(el);
    c.setOption({
      tooltip: {trigger: 'axis'}, legend: {data: [el.dataset.received, el.dataset.closed, el.dataset.onTime]},
      grid: {left: 40, right: 16, bottom: 30, top: 40},
      xAxis: {type: 'category', data: data.months}, yAxis: {type: 'value', minInterval: 1},
      series: [{name: el.dataset.received, type: 'bar', data: data.received},
               {name: el.dataset.closed, type: 'bar', data: data.closed},
               {name: el.dataset.onTime, type: 'bar', data: data.closedOnTime}]
    });
    window.addEventListener('resize', function () { c.resize(); });
  }
  window.addEventListener('load', hotlineChart);
  /** fen → "1,234.50" as the pages print amounts. */
  function fenToYuan(fen) {
    var neg = fen < 0, abs = BigInt(Math.abs(fen));
    var whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ','), cents = (abs % 100n).toString().padStart(2, '0');
    return (neg ? '-' : '') + whole + '.' + cents;
  }

  /** fen → "1234.50" as typed in a field. */
  function fenToPlain(fen) {
    return (BigInt(fen) / 100n).toString() + '.' + (BigInt(fen) % 100n).toString().padStart(2, '0');
  }

  // what the pages' other scripts (lanes.js, money.js) share with this one
  window.caseledger = {yuanToFen: yuanToFen, idCardValid: idCardValid, fenToYuan: fenToYuan, fenToPlain: fenToPlain, say: say,
    remember: remember, clearFieldErrors: clearFieldErrors, csrf: csrf, messages: MESSAGES};
})();
