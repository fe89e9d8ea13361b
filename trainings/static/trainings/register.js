// Enhancement only: after a first submit, the button is disabled so a double click sends one request.
// (The server refuses a second registration with the same e-mail anyway.)
document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
  form.addEventListener("submit", function () {
    form.querySelectorAll("button[type=submit]").forEach(function (button) {
      window.setTimeout(function () { button.disabled = true; button.setAttribute("aria-disabled", "true"); }, 0);
    });
  });
});
