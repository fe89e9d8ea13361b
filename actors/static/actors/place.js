/* Placing an actor on the map (the coordinator's form): an enhancement over the commune field, which
 * alone gives the commune's centre. Clicking on the map or dragging the marker (arrow keys when it has
 * the focus) writes the hidden latitude/longitude and the commune the point was placed for. */
(function () {
  "use strict";
  var el = document.querySelector("[data-place-picker]");
  if (!el || typeof window.L === "undefined") { return; }
  var byId = function (id) { return document.getElementById(id); };
  var communeInput = byId(el.dataset.communeInput), latInput = byId(el.dataset.latitudeInput);
  var lonInput = byId(el.dataset.longitudeInput), pointInput = byId(el.dataset.pointInput);
  var status = el.querySelector("[data-place-status]");
  var b = el.dataset.bounds.split(",").map(parseFloat);
  var bounds = L.latLngBounds([b[0], b[1]], [b[2], b[3]]);
  var list = communeInput && communeInput.list;

  function chosen() {
    if (!list) { return null; }
    var value = communeInput.value.trim();
    for (var i = 0; i < list.options.length; i++) {
      if (list.options[i].value === value) { return list.options[i]; }
    }
    return null;
  }

  el.hidden = false;
  var map = L.map(byId("place-map"), { scrollWheelZoom: false, maxBounds: bounds.pad(0.2) });
  map.attributionControl.setPrefix(false);
  L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: '© <a href="' + el.dataset.attributionUrl + '">' +
    (el.dataset.attribution || "").replace(/^©\s*/, "") + "</a>" }).addTo(map);
  var icon = L.icon({ iconUrl: el.dataset.markerIcon, iconRetinaUrl: el.dataset.markerIcon2x, shadowUrl: el.dataset.markerShadow,
    iconSize: [25, 41], iconAnchor: [12, 41], shadowSize: [41, 41] });
  var marker = null;

  function say(text) { status.textContent = text; }
  function round(x) { return (Math.round(x * 100000) / 100000).toFixed(5); }

  function place(latlng, byHand) {
    if (!marker) {
      marker = L.marker(latlng, { icon: icon, draggable: true, keyboard: true, title: "Lieu d'accueil", alt: "Lieu d'accueil (déplaçable)" }).addTo(map);
      marker.on("dragend", function () { setPoint(marker.getLatLng()); });
      marker.getElement().addEventListener("keydown", nudge);
    } else {
      marker.setLatLng(latlng);
    }
    if (byHand) { setPoint(latlng); }
  }

  function setPoint(latlng) {
    var option = chosen();
    if (!option) { say("Choisissez d'abord la commune dans la liste."); return; }
    latInput.value = round(latlng.lat);
    lonInput.value = round(latlng.lng);
    pointInput.value = option.dataset.insee;
    say(bounds.contains(latlng) ? "Point placé à la main (" + round(latlng.lat) + ", " + round(latlng.lng) + ")."
      : "Ce point est hors du département : il sera refusé.");
  }

  function nudge(event) {
    var step = event.shiftKey ? 0.002 : 0.0002, pos = marker.getLatLng(), moves = {
      ArrowUp: [step, 0], ArrowDown: [-step, 0], ArrowLeft: [0, -step], ArrowRight: [0, step] };
    if (!moves[event.key]) { return; }
    event.preventDefault();
    var next = L.latLng(pos.lat + moves[event.key][0], pos.lng + moves[event.key][1]);
    marker.setLatLng(next);
    setPoint(next);
  }

  function toCentre(announce) {
    var option = chosen();
    if (!option) { return false; }
    var centre = L.latLng(parseFloat(option.dataset.lat), parseFloat(option.dataset.lon));
    latInput.value = ""; lonInput.value = ""; pointInput.value = "";
    place(centre, false);
    map.setView(centre, 14);
    if (announce) { say("Centre de " + option.value + " (position approximative)."); }
    return true;
  }

  map.on("click", function (event) {
    if (!chosen()) { say("Choisissez d'abord la commune dans la liste."); return; }
    place(event.latlng, true);
  });
  el.querySelector("[data-place-reset]").addEventListener("click", function () { toCentre(true); });
  communeInput.addEventListener("change", function () { toCentre(true); });

  var option = chosen(), lat = parseFloat(latInput.value), lon = parseFloat(lonInput.value);
  if (option && pointInput.value === option.dataset.insee && !isNaN(lat) && !isNaN(lon)) {
    place(L.latLng(lat, lon), false);
    map.setView([lat, lon], 16);
    say("Point placé à la main (" + round(lat) + ", " + round(lon) + ").");
  } else if (!toCentre(true)) {
    map.fitBounds(bounds);
    say("Choisissez la commune pour placer le lieu.");
  }
})();
