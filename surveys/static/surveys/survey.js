/* Field survey: enhancements only, the form works the same without this file.
   - hide questions whose condition (data-show-if) is not met; the server ignores them anyway;
   - typing in an "Autre (précisez)" box checks "Autre" (the server does the same without script);
   - save and resume: answers in progress are kept in this browser (localStorage, never sent before
     "Envoyer"), restored when the page is opened again, removed by the thank-you page or the
     "Effacer" button;
   - avoid a double click sending twice (the server also refuses a second response with the same token). */
(function () {
  "use strict";
  var SKIPPED = /^(csrfmiddlewaretoken|token|site_web|chercher)$|_filtre$/;
  var KEEP_DAYS = 30;

  function storage() {
    try {
      var test = "ptca-test";
      window.localStorage.setItem(test, test);
      window.localStorage.removeItem(test);
      return window.localStorage;
    } catch (error) {
      return null;
    }
  }

  var store = storage();
  var sent = document.querySelector("[data-survey-sent]");
  if (sent && store) { store.removeItem(sent.getAttribute("data-survey-sent")); }

  var form = document.querySelector("[data-survey-form]");
  if (!form) { return; }
  var key = form.getAttribute("data-survey-key");

  function snapshot() {
    var values = {};
    var labels = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      if (!name || SKIPPED.test(name) || element.type === "submit" || element.type === "button" || element.type === "hidden") { return; }
      if (element.type === "checkbox" || element.type === "radio") {
        values[name] = values[name] || [];
        if (element.checked) {
          values[name].push(element.value);
          var label = form.querySelector("label[for='" + element.id + "']");
          if (label && label.hasAttribute("data-picker-label")) { labels[element.value] = label.getAttribute("data-picker-label"); }
        }
      } else if (element.value) {
        values[name] = element.value;
      }
    });
    return { savedAt: Date.now(), values: values, labels: labels };
  }

  function save() {
    if (!store) { return; }
    try { store.setItem(key, JSON.stringify(snapshot())); } catch (error) { /* full or refused: nothing kept */ }
  }

  function restore() {
    var data;
    try { data = JSON.parse(store.getItem(key) || "null"); } catch (error) { data = null; }
    if (!data || !data.values || Date.now() - (data.savedAt || 0) > KEEP_DAYS * 86400000) { return false; }
    Object.keys(data.values).forEach(function (name) {
      var value = data.values[name];
      if (Array.isArray(value)) {
        value.forEach(function (one) {
          var found = form.querySelector("input[name='" + name + "'][value='" + String(one).replace(/'/g, "") + "']");
          var picker = form.querySelector("[data-picker][data-picker-name='" + name + "']");
          if (!found && picker && picker.pickerAdd && data.labels && data.labels[one]) {
            picker.pickerAdd({ valeur: one, libelle: data.labels[one], detail: "" });
            found = form.querySelector("input[name='" + name + "'][value='" + String(one).replace(/'/g, "") + "']");
          }
          if (found) { found.checked = true; }
        });
      } else {
        var field = form.elements[name];
        if (field && field.tagName && (field.tagName === "TEXTAREA" || field.tagName === "INPUT" || field.tagName === "SELECT")) {
          field.value = value;
        }
      }
    });
    form.querySelectorAll("[data-picker]").forEach(function (picker) {
      picker.dispatchEvent(new Event("picker:refresh"));
    });
    return true;
  }

  var notice = document.querySelector("[data-survey-saved]");
  if (store) {
    if (!form.hasAttribute("data-survey-bound")) { restore(); }
    if (notice) { notice.hidden = false; }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    var clear = document.querySelector("[data-survey-clear]");
    if (clear) {
      clear.addEventListener("click", function () {
        store.removeItem(key);
        form.querySelectorAll("input[type=checkbox], input[type=radio]").forEach(function (box) { box.checked = false; });
        form.querySelectorAll("input[type=text], input[type=number], input[type=search], textarea").forEach(function (field) {
          if (!SKIPPED.test(field.name)) { field.value = ""; }
        });
        form.querySelectorAll("[data-picker]").forEach(function (picker) { picker.dispatchEvent(new Event("picker:refresh")); });
        update();
        clear.textContent = "Réponses effacées de cet appareil";
      });
    }
  }

  // Typing in "Autre (précisez)" chooses "Autre".
  form.addEventListener("input", function (event) {
    var target = event.target;
    if (!target.name || !/_autre$/.test(target.name) || !target.value.trim()) { return; }
    var other = form.querySelector("input[name='" + target.name.replace(/_autre$/, "") + "'][value='autre']");
    if (other && !other.checked) {
      other.checked = true;
      other.dispatchEvent(new Event("change", { bubbles: true }));
    }
  });

  // After a search without script, come back to the picker.
  var searched = form.getAttribute("data-survey-searched");
  if (searched) {
    var box = document.getElementById("id_" + searched + "-filtre");
    if (box) { box.focus(); }
  }

  function isChecked(name, value) {
    var inputs = form.querySelectorAll("input[name='" + name + "']");
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].value === value && inputs[i].checked) {
        var block = inputs[i].closest("[data-question]");
        return !(block && block.hidden);
      }
    }
    return false;
  }

  function update() {
    var blocks = form.querySelectorAll("[data-show-if]");
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      block.hidden = !isChecked(block.getAttribute("data-show-if"), block.getAttribute("data-show-if-value"));
    }
  }

  form.addEventListener("change", update);
  update();

  // Coming back with the browser's back button: the button works again (the token prevents a double count).
  window.addEventListener("pageshow", function () {
    var button = form.querySelector("[data-submit]");
    if (button && button.disabled) {
      button.disabled = false;
      button.textContent = "Envoyer mes réponses";
    }
  });

  form.addEventListener("submit", function () {
    var button = form.querySelector("[data-submit]");
    if (!button) { return; }
    window.setTimeout(function () {
      button.disabled = true;
      button.textContent = "Envoi en cours…";
    }, 0);
  });
})();
