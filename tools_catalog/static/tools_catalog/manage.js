/* Coordinators' catalogue forms, enhancements only (every form works without this file):
   - a filter box and the list of chosen items above long checkbox lists;
   - a warning before leaving a form with unsaved changes. */
(function () {
  "use strict";

  function labelOf(input) {
    var label = input.closest("label") || document.querySelector("label[for='" + input.id + "']");
    return label ? label.textContent.trim() : input.value;
  }

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function enhanceList(fieldset, index) {
    var inputs = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=checkbox][data-filtrable]"));
    if (!inputs.length) { return; }
    var list = inputs[0].closest("div[id]") || inputs[0].parentNode.parentNode;
    list.classList.add("checklist");
    var chosen = document.createElement("p");
    chosen.className = "checklist__chosen";
    chosen.setAttribute("aria-live", "polite");
    var filterId = "filtre-liste-" + index;
    var wrapper = document.createElement("div");
    wrapper.className = "checklist__filter";
    var label = document.createElement("label");
    label.setAttribute("for", filterId);
    label.textContent = "Filtrer la liste";
    var box = document.createElement("input");
    box.type = "search";
    box.id = filterId;
    box.autocomplete = "off";
    box.setAttribute("data-ignorer", "1");
    wrapper.appendChild(label);
    wrapper.appendChild(box);
    list.parentNode.insertBefore(wrapper, list);
    list.parentNode.insertBefore(chosen, list);

    function showChosen() {
      var names = inputs.filter(function (input) { return input.checked; }).map(labelOf);
      chosen.textContent = names.length ? "Choisis (" + names.length + ") : " + names.join(", ") : "Rien de choisi.";
    }
    box.addEventListener("input", function () {
      var words = normalise(box.value.trim());
      inputs.forEach(function (input) {
        var row = input.closest("div") || input.parentNode;
        row.hidden = words !== "" && normalise(labelOf(input)).indexOf(words) === -1 && !input.checked;
      });
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }  // Enter in the filter never submits the form
    });
    inputs.forEach(function (input) { input.addEventListener("change", showChosen); });
    showChosen();
  }

  Array.prototype.forEach.call(document.querySelectorAll("fieldset"), enhanceList);

  Array.prototype.forEach.call(document.querySelectorAll("form[data-avertir-si-non-enregistre]"), function (form) {
    var dirty = false;
    form.addEventListener("input", function (event) {
      if (!event.target.hasAttribute("data-ignorer")) { dirty = true; }
    });
    form.addEventListener("change", function (event) {
      if (!event.target.hasAttribute("data-ignorer")) { dirty = true; }
    });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) { event.preventDefault(); event.returnValue = ""; }
    });
  });
})();
