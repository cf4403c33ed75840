/* caseledger pages: the case's swim lanes — marks stacked so that none is drawn over another, tapped to say what they stand for. */
(function () {
  'use strict';

  /**
   * The lanes: a mark whose box would touch another's goes to the next row, so that none is drawn over another at
   * any width; run again when the width changes.
   */
  function stackMarks() {
    document.querySelectorAll('.lane-track').forEach(function (track) {
      var width = track.clientWidth;
      var marks = Array.prototype.slice.call(track.querySelectorAll('.mark'));
      if (!width || !marks.length) { return; }
      var size = marks[0].offsetWidth, gap = 4, rows = [];
      marks.sort(function (a, b) { return parseFloat(a.getAttribute('data-left')) - parseFloat(b.getAttribute('data-left')); });
      marks.forEach(function (m) {
        var x = Math.max(0, Math.min(width - size, width * parseFloat(m.getAttribute('data-left')) / 100 - size / 2));
        var r = 0;
        while (r < rows.length && rows[r] + gap > x) { r++; }
        rows[r] = x + size;
        m.style.left = x + 'px';
        m.style.top = (r * (size + gap)) + 'px';
      });
      track.style.height = (rows.length * (size + gap)) + 'px';
    });
  }
  document.addEventListener('DOMContentLoaded', stackMarks); // deferred: the page is laid out, its fonts perhaps not yet
  window.addEventListener('load', stackMarks);
  window.addEventListener('resize', stackMarks);

  /** A mark tapped: what it stands for, below the lanes (one open at a time). */
  function toggleMark(button) {
    var open = button.getAttribute('aria-expanded') === 'true';
    document.querySelectorAll('.lane-track .mark[aria-expanded="true"]').forEach(function (b) {
      b.setAttribute('aria-expanded', 'false');
      var d = document.getElementById(b.getAttribute('aria-controls'));
      if (d) { d.hidden = true; }
    });
    if (!open) {
      button.setAttribute('aria-expanded', 'true');
      var detail = document.getElementById(button.getAttribute('aria-controls'));
      if (detail) { detail.hidden = false; }
    }
  }

  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('.lane-track .mark') : null;
    if (mark) { toggleMark(mark); }
  });
})();
