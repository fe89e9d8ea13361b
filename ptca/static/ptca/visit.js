/* Visit companion: small enhancements, every page works without them.
   - step 1: the products filter ([data-visit-filter]) filters as one types, asking the server
     (/visite/produits.json) which products match; without script, its "Filtrer" button does it;
   - the sheet: "Imprimer" and "Copier le lien" buttons ([data-print], [data-copy]). */
(function () {
  "use strict";

  function setUpFilter(box) {
    // The server decides what matches (names, aliases, needs and their synonyms, typos corrected:
    // the same rule as the page without script and every search box); the script only hides.
    var container = box.closest("[data-visit-products]");
    var input = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    var button = box.querySelector("[data-visit-filter-button]");
    var suggestion = box.querySelector("[data-visit-suggestion]");
    var suggestionLink = box.querySelector("[data-visit-suggestion-link]");
    var suggestionLabel = box.querySelector("[data-visit-suggestion-label]");
    var url = box.getAttribute("data-visit-filter-url");
    if (!container || !input || !url || !window.fetch) { return; }
    var items = Array.prototype.slice.call(container.querySelectorAll("[data-visit-item]"));
    var groups = Array.prototype.slice.call(container.querySelectorAll("[data-visit-group]"));
    var timer = null;
    var latest = 0;
    if (button) { button.hidden = true; }

    function show(slugs, text, data) {
      var shown = 0;
      items.forEach(function (item) {
        var checkbox = item.querySelector("input");
        var visible = !slugs || slugs.indexOf(item.getAttribute("data-slug")) !== -1 || (checkbox && checkbox.checked);
        item.hidden = !visible;
        if (visible) { shown += 1; }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-visit-item]:not([hidden])");
      });
      if (status) {
        status.textContent = text ? shown + (shown > 1 ? " produits affichés" : " produit affiché") : "";
      }
      if (suggestion) {
        var hasSuggestion = Boolean(text && data && data.suggestion);
        suggestion.hidden = !hasSuggestion;
        if (hasSuggestion) {
          suggestionLabel.textContent = data.suggestion;
          suggestionLink.setAttribute("data-correction", data.correction);
        }
      }
    }

    function apply() {
      var text = input.value.trim();
      if (!text) { show(null, "", null); return; }
      var request = ++latest;
      window.fetch(url + "?filtre=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (request !== latest || !data) { return; }
          show(data.produits, text, data);
        })
        .catch(function () { /* the "Filtrer" button still works */ if (button) { button.hidden = false; } });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); apply(); }
    });
    if (suggestionLink) {
      suggestionLink.addEventListener("click", function (event) {
        var correction = suggestionLink.getAttribute("data-correction");
        if (!correction) { return; }
        event.preventDefault();
        input.value = correction;
        apply();
        input.focus();
      });
    }
    if (input.value.trim()) { apply(); }
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
