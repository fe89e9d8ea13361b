/* Maps of the actors directory: an enhancement over the list and addresses, which are complete without it.
 * Elements with [data-actors-map] hold everything in data- attributes (no inline script, CSP-friendly).
 * The list map loads its markers from ONE JSON request (data-source: the same filters as the list). */
(function () {
  "use strict";
  if (typeof window.L === "undefined" || !window.fetch) { return; }

  function icon(el) {
    return L.icon({
      iconUrl: el.dataset.markerIcon,
      iconRetinaUrl: el.dataset.markerIcon2x,
      shadowUrl: el.dataset.markerShadow,
      iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], tooltipAnchor: [16, -28], shadowSize: [41, 41]
    });
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function setup(el) {
    el.hidden = false;
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", el.dataset.label || "Carte");
    var map = L.map(el, { scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({ zoomInTitle: "Zoomer", zoomOutTitle: "Dézoomer" }).addTo(map);
    map.attributionControl.setPrefix(false);
    var attribution = '© <a href="' + escapeHtml(el.dataset.attributionUrl) + '">' +
      escapeHtml((el.dataset.attribution || "").replace(/^©\s*/, "")) + "</a>";
    L.tileLayer(el.dataset.tileUrl, { maxZoom: 18, attribution: attribution }).addTo(map);
    return map;
  }

  function addMarker(map, el, item) {
    var marker = L.marker([item.lat, item.lon], { icon: icon(el), alt: item.name, title: item.name, keyboard: true });
    var text = '<a href="' + escapeHtml(item.url) + '">' + escapeHtml(item.name) + "</a>";
    if (item.commune) { text += "<br>" + escapeHtml(item.commune) + (item.approximate ? " (position approximative)" : ""); }
    marker.bindPopup(text);
    marker.addTo(map);
    return marker;
  }

  function single(el) {
    var lat = parseFloat(el.dataset.lat.replace(",", "."));
    var lon = parseFloat(el.dataset.lon.replace(",", "."));
    if (isNaN(lat) || isNaN(lon)) { return; }
    var map = setup(el);
    map.setView([lat, lon], 14);
    var marker = L.marker([lat, lon], { icon: icon(el), alt: el.dataset.name, title: el.dataset.name, keyboard: false });
    marker.addTo(map);
    el.dataset.ready = "1";
  }

  function many(el) {
    fetch(el.dataset.source, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (data) {
        if (!data.actors || !data.actors.length) { return; }
        var map = setup(el);
        var markers = data.actors.map(function (item) { return addMarker(map, el, item); });
        var bounds = L.featureGroup(markers).getBounds();
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
        el.dataset.ready = "1";
      })
      .catch(function () { el.hidden = true; });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-actors-map]"), function (el) {
    if (el.dataset.source) { many(el); } else { single(el); }
  });
})();
