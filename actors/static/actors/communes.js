/* The communes an actor serves, enhancements only (the widget works without this file):
   a filter box that opens the groups holding matches, the chosen communes and each group's count
   kept up to date, and "toutes les communes de …" ticking the group's communes. */
(function () {
  "use strict";

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[-']/g, " ").toLowerCase();
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-communes-served]"), function (widget, index) {
    var groups = Array.prototype.slice.call(widget.querySelectorAll("[data-communes-group]"));
    var chosen = widget.querySelector("[data-communes-chosen]");
    var initiallyOpen = groups.map(function (group) { return group.open; });

    function items(group) {
      return Array.prototype.slice.call(group.querySelectorAll("[data-communes-item] input"));
    }
    function name(input) { return input.labels[0].textContent.trim(); }

    function refresh() {
      var names = [];
      groups.forEach(function (group) {
        var inputs = items(group);
        var checked = inputs.filter(function (input) { return input.checked; });
        names = names.concat(checked.map(name));
        group.querySelector("[data-communes-count]").textContent =
          "(" + checked.length + " choisie" + (checked.length > 1 ? "s" : "") + " sur " + inputs.length + ")";
      });
      names.sort(function (a, b) { return a.localeCompare(b, "fr"); });
      chosen.textContent = names.length ? "Communes choisies (" + names.length + ") : " + names.join(", ") + "."
        : "Aucune commune choisie.";
    }

    groups.forEach(function (group) {
      var whole = group.querySelector("[data-communes-whole]");
      if (whole && whole.checked) { items(group).forEach(function (input) { input.checked = true; }); }
      group.addEventListener("change", function (event) {
        if (event.target === whole) {
          if (whole.checked) { items(group).forEach(function (input) { input.checked = true; }); }
        } else if (whole && !event.target.checked) {
          whole.checked = false;  // what is ticked is what is saved
        }
        refresh();
      });
    });

    var wrapper = document.createElement("p");
    wrapper.className = "communes-served__filter";
    var label = document.createElement("label");
    label.htmlFor = "filtre-communes-" + index;
    label.textContent = "Filtrer les communes";
    var box = document.createElement("input");
    box.type = "search";
    box.id = label.htmlFor;
    box.autocomplete = "off";
    box.setAttribute("data-ignorer", "1");
    wrapper.appendChild(label);
    wrapper.appendChild(document.createTextNode(" "));
    wrapper.appendChild(box);
    widget.insertBefore(wrapper, groups[0] || null);

    box.addEventListener("input", function () {
      var words = normalise(box.value.trim());
      groups.forEach(function (group, position) {
        var shown = 0;
        items(group).forEach(function (input) {
          var row = input.closest("[data-communes-item]");
          row.hidden = words !== "" && normalise(name(input)).indexOf(words) === -1;
          if (!row.hidden) { shown += 1; }
        });
        group.hidden = shown === 0;
        group.open = words === "" ? initiallyOpen[position] || group.querySelector("input:checked") !== null : shown > 0;
      });
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }  // Enter in the filter never submits the form
    });
    refresh();
  });
})();
