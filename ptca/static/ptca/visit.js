/* Visit companion: small enhancements, every page works without them.
   - step 1: a filter field over the list of products ([data-visit-filter]);
   - the sheet: "Imprimer" and "Copier le lien" buttons ([data-print], [data-copy]). */
(function () {
  "use strict";

  function normalise(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function setUpFilter(box) {
    var container = box.closest("[data-visit-products]");
    var input = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    if (!container || !input) { return; }
    var items = Array.prototype.slice.call(container.querySelectorAll("[data-visit-item]"));
    var groups = Array.prototype.slice.call(container.querySelectorAll("[data-visit-group]"));
    items.forEach(function (item) { item.dataset.visitKey = normalise(item.dataset.search + " " + item.textContent); });
    box.hidden = false;

    function apply() {
      var words = normalise(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var checkbox = item.querySelector("input");
        var match = words.every(function (word) { return item.dataset.visitKey.indexOf(word) !== -1; });
        var visible = match || (checkbox && checkbox.checked);
        item.hidden = !visible;
        if (visible) { shown += 1; }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-visit-item]:not([hidden])");
      });
      if (status) {
        status.textContent = words.length ? shown + (shown > 1 ? " produits affichés" : " produit affiché") : "";
      }
    }
    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  }

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

  document.querySelectorAll("[data-visit-filter]").forEach(setUpFilter);
  document.querySelectorAll("[data-print]").forEach(setUpPrint);
  document.querySelectorAll("[data-copy]").forEach(setUpCopy);
})();
