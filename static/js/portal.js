/* Enhancements only: every page works without this file. */
(function () {
  "use strict";
  // Move focus to the error summary so that screen-reader and keyboard users hear it first.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
