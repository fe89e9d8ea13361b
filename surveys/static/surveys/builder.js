/* Survey builder: drag and drop, an enhancement only. The "Monter" / "Descendre" buttons stay the
   keyboard (and no-script) way; the handles are aria-hidden and take no tab stop.
   A section, question or choice is dragged by its handle within its own list; on drop the new place
   is sent to the server (POST, CSRF token of the page's forms), then the page reloads to show the new
   numbering. A refusal (e.g. a display condition) is shown in the status line. */
(function () {
  "use strict";
  var lists = document.querySelectorAll("[data-reorder][data-reorder-url]");
  var token = document.querySelector("input[name=csrfmiddlewaretoken]");
  if (!lists.length || !token || !window.fetch || !window.URLSearchParams || !Element.prototype.closest) { return; }
  var status = document.querySelector("[data-reorder-status]");
  var hint = document.querySelector("[data-reorder-hint]");
  var FAILED = "Le nouvel ordre n'a pas pu être enregistré ; utilisez les boutons « Monter » et « Descendre ».";
  var dragged = null, target = null, after = false;

  function say(message, error) {
    if (!status) { return; }
    status.textContent = message;
    status.className = "builder-status" + (error ? " alert alert--error" : "");
  }

  function clear() {
    if (target) { target.classList.remove("builder-item--drop-before", "builder-item--drop-after"); }
    target = null;
  }

  /* The item of `list` that contains `node` (not an item of a nested list). */
  function own(list, node) {
    var item = node && node.closest ? node.closest("[data-reorder-id]") : null;
    while (item && item.parentElement !== list) { item = item.parentElement.closest("[data-reorder-id]"); }
    return item;
  }

  function send(list, item, position) {
    var body = new URLSearchParams();
    body.append("csrfmiddlewaretoken", token.value);
    body.append("element", list.getAttribute("data-reorder"));
    body.append("id", item.getAttribute("data-reorder-id"));
    body.append("position", String(position));
    say("Enregistrement du nouvel ordre…");
    fetch(list.getAttribute("data-reorder-url"), {
      method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.ok && data.ok) {
          window.history.replaceState(null, "", "#" + item.id);
          window.location.reload();
        } else {
          say(data.message || FAILED, true);
        }
      });
    }).catch(function () { say(FAILED, true); });
  }

  function addHandle(item) {
    var handle = document.createElement("span");
    handle.className = "drag-handle";
    handle.draggable = true;
    handle.title = "Glisser pour déplacer";
    handle.setAttribute("aria-hidden", "true");
    handle.textContent = "⠿";
    item.insertBefore(handle, item.firstChild);
    handle.addEventListener("dragstart", function (event) {
      event.stopPropagation();
      dragged = item;
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", item.id);
      if (event.dataTransfer.setDragImage) { event.dataTransfer.setDragImage(item, 0, 0); }
      item.classList.add("builder-item--dragging");
    });
    handle.addEventListener("dragend", function () {
      item.classList.remove("builder-item--dragging");
      clear();
      dragged = null;
    });
  }

  Array.prototype.forEach.call(lists, function (list) {
    if (list.children.length < 2) { return; }
    list.classList.add("builder-list--reorder");
    Array.prototype.forEach.call(list.children, addHandle);
    list.addEventListener("dragover", function (event) {
      if (!dragged || dragged.parentElement !== list) { return; }
      var item = own(list, event.target);
      if (!item) { return; }
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = "move";
      var box = item.getBoundingClientRect();
      var below = event.clientY > box.top + box.height / 2;
      if (item === target && below === after) { return; }
      clear();
      target = item;
      after = below;
      if (item !== dragged) { item.classList.add(below ? "builder-item--drop-after" : "builder-item--drop-before"); }
    });
    list.addEventListener("drop", function (event) {
      if (!dragged || dragged.parentElement !== list || !target) { return; }
      event.preventDefault();
      event.stopPropagation();
      var items = Array.prototype.slice.call(list.children);
      var from = items.indexOf(dragged);
      var to = items.indexOf(target) + (after ? 1 : 0);
      if (to > from) { to -= 1; }
      var item = dragged;
      clear();
      if (to !== from) { send(list, item, to); }
    });
  });
  if (hint && document.querySelector(".builder-list--reorder")) { hint.hidden = false; }
}());
