/* Visit companion: small enhancements, every page works without them.
   - step 1: the products are chosen with the shared picker (static/js/picker.js: the filter asks
     /visite/produits.json as one types; without script, its "Filtrer" button does it);
   - the sheet: "Imprimer" and "Copier le lien" buttons ([data-print], [data-copy]). */
(function () {
  "use strict";

  function setUpPrint(button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }

  function setUpCopy(button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!target) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      target.select();
      var done = function () { if (status) { status.textContent = "Lien copié."; } };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(target.value).then(done, function () {
          if (status) { status.textContent = "Copie impossible : sélectionnez le lien et copiez-le."; }
        });
      } else if (document.execCommand && document.execCommand("copy")) {
        done();
      }
    });
  }

  document.querySelectorAll("[data-print]").forEach(setUpPrint);
  document.querySelectorAll("[data-copy]").forEach(setUpCopy);
})();
