/* caseledger pages: a payment allocated (by share, by amount owed, by hand) and 发放全部已收, in exact fen. */
(function () {
  'use strict';
  var c = window.caseledger;

  /** The allocation of a payment: by share of what each is owed, by what each is owed in turn, or by hand. */
  function allocate(fieldset, by) {
    var form = fieldset.closest('form');
    var amountInput = form.querySelector('[name="amount"]');
    var total = amountInput ? c.yuanToFen(amountInput.value) : null;
    var inputs = Array.prototype.slice.call(fieldset.querySelectorAll('input[data-claimant]'));
    if (by === 'clear' || total === null) {
      inputs.forEach(function (i) { i.value = ''; });
      remainder(fieldset);
      if (total === null && by !== 'clear' && amountInput) { amountInput.focus(); }
      return;
    }
    var owed = inputs.map(function (i) { return BigInt(i.getAttribute('data-owed') || '0'); });
    var sumOwed = owed.reduce(function (a, b) { return a + b; }, 0n);
    var pay = BigInt(total), shares = owed.map(function () { return 0n; });
    if (by === 'owed') {
      var left = pay;
      owed.forEach(function (o, k) { var take = o < left ? o : left; shares[k] = take; left -= take; });
    } else if (sumOwed > 0n) {
      // largest remainder: each share rounded down to the fen, the fen left over go to the largest fractions
      var base = pay < sumOwed ? pay : sumOwed, given = 0n, rests = [];
      owed.forEach(function (o, k) { shares[k] = base * o / sumOwed; given += shares[k]; rests.push({k: k, r: base * o % sumOwed}); });
      rests.sort(function (a, b) { return a.r === b.r ? a.k - b.k : (b.r > a.r ? 1 : -1); });
      for (var n = 0; given < base; n++) { shares[rests[n].k] += 1n; given += 1n; }
    }
    inputs.forEach(function (i, k) { i.value = shares[k] > 0n ? c.fenToPlain(shares[k]) : ''; });
    remainder(fieldset);
  }

  /** What of the payment is not allocated yet, counted as the officer types. */
  function remainder(fieldset) {
    var out = fieldset.querySelector('.remainder-fen');
    if (!out) { return; }
    var form = fieldset.closest('form');
    var amountInput = form.querySelector('[name="amount"]');
    var total = amountInput ? c.yuanToFen(amountInput.value) : null;
    var given = 0;
    fieldset.querySelectorAll('input[data-claimant]').forEach(function (i) { given += c.yuanToFen(i.value) || 0; });
    if (total === null) { out.textContent = '—'; return; }
    out.textContent = c.fenToYuan(total - given);
    out.classList.toggle('late', total - given < 0);
  }

  document.addEventListener('input', function (event) {
    var t = event.target;
    var form = t.closest && t.closest('form');
    var fieldset = form && form.querySelector('fieldset[data-kind="claimantAmounts"]');
    if (fieldset && (t.matches('input[data-claimant]') || t.name === 'amount')) { remainder(fieldset); }
  });

  /** 发放全部已收: one DisburseToClaimant per worker, one after the other, each on the version the last one produced. */
  function disburseAll(form) {
    c.clearFieldErrors(form);
    var url = form.getAttribute('data-url');
    var day = form.querySelector('[name="occurredOn"]').value;
    var rows = Array.prototype.slice.call(form.querySelectorAll('tr[data-claimant]'));
    var main = document.getElementById('main');
    var version = main.getAttribute('data-version');
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var warnings = [];
    function next(k) {
      if (k >= rows.length) {
        c.remember({warnings: warnings});
        window.location.reload();
        return;
      }
      var row = rows[k];
      if (row.classList.contains('done')) { next(k + 1); return; } // paid out before a refusal stopped the run
      var headers = {'Content-Type': 'application/json', 'Accept': 'application/json', 'If-Match': '"' + version + '"'};
      if (c.csrf) { headers['X-CSRF-TOKEN'] = c.csrf.content; }
      fetch(url, {method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({claimantId: row.getAttribute('data-claimant'), amount: Number(row.getAttribute('data-fen')), occurredOn: day})})
        .then(function (r) { return r.json().then(function (json) { return {ok: r.ok, json: json}; }); })
        .then(function (answer) {
          if (answer.ok) {
            version = String(answer.json.version);
            warnings = warnings.concat(answer.json.warnings || []);
            row.classList.add('done');
            next(k + 1);
          } else {
            // the worker it stopped at, named, in red; the ones before were paid out
            var who = row.querySelector('th').textContent.replace(/\s+/g, ' ').trim();
            var text = who + ': ' + (c.messages['case.notDisbursed'] || 'not paid out') + ' — ' + (c.messages[answer.json.code] || answer.json.detail || answer.json.code);
            row.classList.add('refused');
            var cell = row.querySelector('td');
            var note = document.createElement('p');
            note.className = 'field-error';
            note.setAttribute('role', 'alert');
            note.setAttribute('tabindex', '-1');
            note.textContent = text;
            cell.appendChild(note);
            note.focus();
            c.say(form, 'alert', (c.messages['case.refused'] || '') + text);
            main.setAttribute('data-version', version);
            button.disabled = false;
          }
        })
        .catch(function (e) { c.say(form, 'alert', String(e)); button.disabled = false; });
    }
    next(0);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains('disburse-all')) {
      event.preventDefault();
      disburseAll(form);
    }
  });

  document.addEventListener('click', function (event) {
    var by = event.target.closest ? event.target.closest('.allocate-by') : null;
    if (by) { allocate(by.closest('fieldset'), by.getAttribute('data-by')); }
  });
})();
