/* Field survey: enhancements only, the form works the same without this file.
   - hide questions whose condition (data-show-if) is not met; the server ignores them anyway;
   - avoid a double click sending twice (the server also refuses a second response with the same token). */
(function () {
  "use strict";
  var form = document.querySelector("[data-survey-form]");
  if (!form) { return; }

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
