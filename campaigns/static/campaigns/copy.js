/* Copy buttons of the town-hall kit and the embed page: an enhancement (the texts can be selected by hand). */
(function () {
  "use strict";
  if (!navigator.clipboard) { return; }
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (button) {
    var target = document.getElementById(button.dataset.copy);
    var status = document.querySelector('[data-copy-status="' + button.dataset.copy + '"]');
    if (!target) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.value || target.textContent).then(function () {
        if (status) { status.textContent = "Copié."; }
      }, function () {
        target.select();
        if (status) { status.textContent = "Sélectionné : copiez avec Ctrl+C."; }
      });
    });
  });
})();
