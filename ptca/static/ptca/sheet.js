/* The visit sheet on a phone: the details of each product are folded, the summary at the top
   jumps to them. The page is rendered with every <details> open, so that printing and reading
   without JavaScript show everything; this script only folds them on small screens, unfolds the
   one a summary link points to, and unfolds all of them before printing (Chromium prints a
   closed <details> closed, whatever the print style sheet says). */
(function () {
  "use strict";

  var folds = Array.prototype.slice.call(document.querySelectorAll("[data-sheet-fold]"));
  if (!folds.length) { return; }
  var small = window.matchMedia("(max-width: 40em)");

  function openTarget(hash) {
    var target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    var fold = target && target.querySelector("[data-sheet-fold]");
    if (fold) { fold.open = true; }
  }

  if (small.matches) {
    folds.forEach(function (fold) { fold.open = false; });
    openTarget(window.location.hash);
  }
  document.querySelectorAll("[data-sheet-jump]").forEach(function (link) {
    link.addEventListener("click", function () { openTarget(link.getAttribute("href")); });
  });
  window.addEventListener("hashchange", function () { openTarget(window.location.hash); });

  var before = null;
  window.addEventListener("beforeprint", function () {
    before = folds.map(function (fold) { return fold.open; });
    folds.forEach(function (fold) { fold.open = true; });
  });
  window.addEventListener("afterprint", function () {
    if (!before) { return; }
    folds.forEach(function (fold, index) { fold.open = before[index]; });
    before = null;
  });
})();
