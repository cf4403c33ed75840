package org.caseledger.api.pages;

import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;

/**
 * What a page must be on a phone, read from the page as the browser laid it out: nothing wider than the screen, a
 * visible label for every field one can see, no lane mark drawn over another. Each answers what is wrong (empty: nothing).
 */
final class PhoneChecks {

    private PhoneChecks() {
    }

    /** Where the document is wider than the viewport: its width and the elements reaching past the right edge; else "". */
    static String overflow(ChromeDriver driver) {
        return (String) driver.executeScript("""
                if (document.documentElement.scrollWidth <= window.innerWidth) { return ''; }
                var out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && out.length < 6) { out.push(e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(r.right)); }
                });
                return 'document ' + document.documentElement.scrollWidth + ' px wide, viewport ' + window.innerWidth + ' px: ' + out.join(', ');""");
    }

    /** The visible fields without a label of their own that is shown and has words in it. */
    @SuppressWarnings("unchecked")
    static List<String> unlabelledFields(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                var out = [];
                document.querySelectorAll('input, select, textarea').forEach(function (el) {
                  if (el.type === 'hidden' || !el.checkVisibility()) { return; }
                  var label = el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]'));
                  var words = label ? label.innerText.replace(el.innerText || '', '').trim() : '';
                  var shown = label && label.getBoundingClientRect().width > 0 && words.length > 0;
                  if (!shown) { out.push((el.name || el.getAttribute('data-part') || el.outerHTML.substring(0, 80))); }
                });
                return out;""");
    }

    /** The pairs of lane marks whose boxes intersect. */
    @SuppressWarnings("unchecked")
    static List<String> overlappingMarks(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                var marks = Array.prototype.slice.call(document.querySelectorAll('.lane-track .mark')).map(function (m) {
                  return {r: m.getBoundingClientRect(), name: m.getAttribute('aria-label')}; });
                var out = [];
                for (var i = 0; i < marks.length; i++) for (var j = i + 1; j < marks.length; j++) {
                  var a = marks[i].r, b = marks[j].r;
                  if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { out.push(marks[i].name + ' / ' + marks[j].name); }
                }
                return out;""");
    }
}
