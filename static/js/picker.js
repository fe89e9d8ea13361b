/* The shared picker (templates/components/picker.html): progressive enhancement only.
   - the filter box narrows the list as one types: the server says what matches (the catalogue's
     own search, accents and typos tolerated) at data-picker-url; entries not on the page are added
     to the results list; without JavaScript the filter button sends the form instead;
   - chosen entries are shown as chips; touching a chip unchecks its entry. */
(function () {
  "use strict";

  function setUp(root) {
    var name = root.getAttribute("data-picker-name");
    var url = root.getAttribute("data-picker-url");
    var key = root.getAttribute("data-picker-key") || "valeurs";
    var param = root.getAttribute("data-picker-param") || "q";
    var input = root.querySelector("[data-picker-input]");
    var button = root.querySelector("[data-picker-button]");
    var status = root.querySelector("[data-picker-status]");
    var results = root.querySelector("[data-picker-results]");
    var resultsList = root.querySelector("[data-picker-results-list]");
    var chosenBox = root.querySelector("[data-picker-chosen]");
    var chips = root.querySelector("[data-picker-chips]");
    var suggestion = root.querySelector("[data-picker-suggestion]");
    var suggestionLabel = root.querySelector("[data-picker-suggestion-label]");
    var suggestionLink = root.querySelector("[data-picker-suggestion-link]");
    var noun = root.getAttribute("data-picker-noun") || "résultat";
    var timer = null;
    var latest = 0;
    var order = [];  // chips in the order the entries were chosen

    function boxes() {
      return Array.prototype.slice.call(root.querySelectorAll("input[type=checkbox][name='" + name + "']"));
    }
    function labelOf(box) {
      var label = root.querySelector("label[for='" + box.id + "']");
      return label ? (label.getAttribute("data-picker-label") || label.textContent.trim()) : box.value;
    }

    function renderChips() {
      if (!chips) { return; }
      chips.textContent = "";
      var checked = boxes().filter(function (box) { return box.checked; });
      var values = checked.map(function (box) { return box.value; });
      order = order.filter(function (value) { return values.indexOf(value) !== -1; });
      values.forEach(function (value) { if (order.indexOf(value) === -1) { order.push(value); } });
      var chosen = order.map(function (value) { return checked[values.indexOf(value)]; });
      chosen.forEach(function (box) {
        var li = document.createElement("li");
        var chip = document.createElement("button");
        chip.type = "button";
        chip.className = "picker__chip";
        chip.setAttribute("data-picker-chip", box.value);
        chip.textContent = labelOf(box) + " ";
        var cross = document.createElement("span");
        cross.setAttribute("aria-hidden", "true");
        cross.textContent = "×";
        var hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = " (retirer)";
        chip.appendChild(cross);
        chip.appendChild(hidden);
        chip.addEventListener("click", function () {
          box.checked = false;
          box.dispatchEvent(new Event("change", { bubbles: true }));
          renderChips();
          if (input) { input.focus(); }
        });
        li.appendChild(chip);
        chips.appendChild(li);
      });
      chosenBox.hidden = chosen.length === 0;
    }

    function itemFor(value) {
      return root.querySelector("[data-picker-item][data-value='" + value.replace(/'/g, "") + "']");
    }

    function addItem(entry) {
      var li = document.createElement("li");
      li.className = "picker__item";
      li.setAttribute("data-picker-item", "");
      li.setAttribute("data-value", entry.valeur);
      var box = document.createElement("input");
      box.type = "checkbox";
      box.name = name;
      box.value = entry.valeur;
      box.id = root.id + "-" + entry.valeur;
      var label = document.createElement("label");
      label.setAttribute("for", box.id);
      label.setAttribute("data-picker-label", entry.libelle);
      label.textContent = entry.libelle;
      if (entry.detail) {
        var detail = document.createElement("span");
        detail.className = "muted";
        detail.textContent = " (" + entry.detail + ")";
        label.appendChild(detail);
      }
      li.appendChild(box);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(label);
      resultsList.appendChild(li);
      return li;
    }

    function show(values, entries, text, data) {
      var items = Array.prototype.slice.call(root.querySelectorAll("[data-picker-item]"));
      var count = 0;
      if (values && entries && resultsList) {
        entries.forEach(function (entry) { if (!itemFor(entry.valeur)) { addItem(entry); } });
        items = Array.prototype.slice.call(root.querySelectorAll("[data-picker-item]"));
      }
      items.forEach(function (item) {
        var box = item.querySelector("input");
        var match = !values || values.indexOf(item.getAttribute("data-value")) !== -1;
        item.hidden = !(match || (box && box.checked));
        if (values && match) { count += 1; }
      });
      Array.prototype.slice.call(root.querySelectorAll("[data-picker-group]")).forEach(function (group) {
        var visible = group.querySelector("[data-picker-item]:not([hidden])");
        group.hidden = !visible;
        if (values && visible) { group.open = true; }
      });
      if (results) {
        var inResults = resultsList && resultsList.querySelector("[data-picker-item]:not([hidden])");
        results.hidden = !values || !inResults;
        var empty = results.querySelector("[data-picker-empty]");
        if (empty) { empty.hidden = true; }
      }
      if (status) {
        status.textContent = values ? count + " " + noun + (count > 1 ? "s" : "") + " pour « " + text + " »." : "";
      }
      if (suggestion) {
        var corrected = Boolean(values && data && data.suggestion);
        suggestion.hidden = !corrected;
        if (corrected) {
          suggestionLabel.textContent = data.suggestion;
          if (suggestionLink) { suggestionLink.setAttribute("data-correction", data.correction || ""); }
        }
      }
    }

    function apply() {
      var text = input.value.trim();
      if (!text) { show(null, null, "", null); return; }
      var request = ++latest;
      window.fetch(url + (url.indexOf("?") === -1 ? "?" : "&") + param + "=" + encodeURIComponent(text),
        { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (request !== latest || !data) { return; }
          show(data[key] || [], data.elements || null, text, data);
        })
        .catch(function () { if (button && !button.parentNode) { buttonPlace.appendChild(button); } });
    }

    root.addEventListener("change", function (event) {
      if (event.target && event.target.name === name) { renderChips(); }
    });
    root.addEventListener("picker:refresh", renderChips);
    var buttonPlace = button && button.parentNode;
    if (input && url && window.fetch) {
      // Out of the form while the script filters: Enter in another field then sends the answers
      // ("Envoyer"), not a search; put back if the server cannot be asked.
      if (button) { buttonPlace.removeChild(button); }
      input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(apply, 200);
      });
      input.addEventListener("keydown", function (event) {
        if (event.key === "Enter") { event.preventDefault(); window.clearTimeout(timer); apply(); }
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
    root.pickerAdd = function (entry) {  // used by the survey's save and resume
      if (itemFor(entry.valeur) || !resultsList) { return itemFor(entry.valeur); }
      var item = addItem(entry);
      if (results) { results.hidden = false; }
      return item;
    };
    renderChips();
  }

  document.querySelectorAll("[data-picker]").forEach(setUp);
})();
