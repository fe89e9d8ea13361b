// Enhancement: show the "Imprimer" buttons (hidden without JavaScript) and print on click.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
