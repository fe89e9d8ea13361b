/* Copy buttons (town-hall kit, embed page, the visit sheet's grant paragraph): an enhancement, the texts can
   be selected by hand. A button `data-copy="<id>"` copies the element with that id (a field's value or a
   block's text); `data-copy-status="<id>"` says what happened. */
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
        if (target.select) {
          target.select();
        } else {
          var range = document.createRange();
          range.selectNodeContents(target);
          window.getSelection().removeAllRanges();
          window.getSelection().addRange(range);
        }
        if (status) { status.textContent = "Sélectionné : copiez avec Ctrl+C."; }
      });
    });
  });
})();
