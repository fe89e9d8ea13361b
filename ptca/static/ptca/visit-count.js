/* Step 1 of a visit: count the chosen products live (a sheet takes at most data-max of them).
   Without JavaScript the sheet itself says that only the first ones were kept. */
(function () {
  "use strict";

  var status = document.querySelector("[data-visit-count]");
  var form = status && status.closest("form");
  if (!form) { return; }
  var max = parseInt(status.getAttribute("data-max"), 10) || 10;
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox][name=produits]"));

  function chosen() {
    return boxes.filter(function (box) { return box.checked; }).length;
  }

  function message(count) {
    if (count > max) {
      var extra = count - max;
      return count + " produits choisis : une fiche en compte au plus " + max + ". Décochez-en " + extra + ".";
    }
    if (count === 0) { return "Aucun produit choisi (" + max + " au plus)."; }
    return count + (count > 1 ? " produits choisis" : " produit choisi") + " sur " + max + " au plus.";
  }

  function update() {
    var count = chosen();
    status.textContent = message(count);
    status.classList.toggle("visit-count--over", count > max);
  }

  status.hidden = false;
  update();
  boxes.forEach(function (box) { box.addEventListener("change", update); });
  form.addEventListener("submit", function (event) {
    if (chosen() > max) {
      event.preventDefault();
      update();
      status.setAttribute("tabindex", "-1");
      status.focus();
    }
  });
})();
