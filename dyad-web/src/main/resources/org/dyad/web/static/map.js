"use strict";
// The map page: a world outline drawn from bundled Natural Earth data (world-atlas TopoJSON turned into
// GeoJSON by topojson-client), no tiles, and one circle per action place of the dyad's events. Popups
// are built from text nodes only (Dyad.el), never from HTML strings.
(() => {
  const { el, link, api, param, show, fail, table, actor } = Dyad;
  const OUTLINE = "/vendor/world-atlas/countries-110m.json";

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function radius(count) {
    return Math.min(30, 5 + 4 * Math.sqrt(count));
  }

  async function outline(map) {
    const res = await fetch(OUTLINE);
    if (!res.ok) throw new Error("world outline: " + res.statusText);
    const world = await res.json();
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { className: "country", color: "#8a94a6", weight: 0.7, fillColor: "#f7f8fa", fillOpacity: 1 },
    }).addTo(map);
    map.getContainer().dataset.countries = String(countries.features.length);
  }

  function eventItem(e) {
    const who = actor(e.sourceName, e.sourceActor) + (e.targetName ? " → " + actor(e.targetName, e.targetActor) : "");
    return el("li", {}, (e.day || "undated") + "  " + e.code + "  " + who + "  ",
      link("/article.html", { key: e.articleKey, mark: e.start + "-" + e.end }, "evidence"));
  }

  function popup(row) {
    const p = row.place;
    const more = row.count - row.events.length;
    return el("div", { class: "place-popup" },
      el("h3", {}, p.name + " (" + p.country + ")"),
      el("p", {}, plural(row.count, "event")),
      el("ul", {}, row.events.map(eventItem)),
      more > 0 ? el("p", { class: "muted" }, "and " + more + " more") : null);
  }

  function markers(map, rows) {
    const layer = L.featureGroup();
    for (const row of rows) {
      L.circleMarker([row.place.lat, row.place.lon], {
        radius: radius(row.count), className: "place-marker", color: "#8e1b12", weight: 1, fillColor: "#e4572e", fillOpacity: 0.65,
      }).bindPopup(() => popup(row), { maxWidth: 420 }).bindTooltip(el("span", {}, row.place.name + ": " + row.count)).addTo(layer);
    }
    layer.addTo(map);
    map.getContainer().dataset.markers = String(rows.length);
    if (rows.length) map.fitBounds(layer.getBounds().pad(0.6), { maxZoom: 4 });
  }

  function list(rows) {
    show("places", rows.length ? table(["place", "country", "kind", "events"],
      rows.map((r) => [r.place.name, r.place.country, r.place.kind, String(r.count)]))
      : el("p", { class: "muted" }, "No event of this dyad has an action place."));
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const dyad = param("dyad");
    const from = param("from");
    const to = param("to");
    for (const [id, v] of [["dyad", dyad], ["from", from], ["to", to]]) document.getElementById(id).value = v || "";
    if (dyad) {
      show("heading", "Where the events of " + dyad + " happened");
      const timeline = link("/dyad.html", { dyad, from: from || "", to: to || "" }).getAttribute("href");
      document.getElementById("timeline-link").setAttribute("href", timeline);
    }
    const map = L.map("map", { minZoom: 1, maxZoom: 8, zoomSnap: 0.5, worldCopyJump: true }).setView([25, 20], 1.5);
    map.attributionControl.addAttribution("Outline: Natural Earth");
    try {
      await outline(map);
      const rows = await api("/api/places", { dyad, from, to });
      markers(map, rows);
      list(rows);
      const events = rows.reduce((n, r) => n + r.count, 0);
      show("status", plural(events, "event") + " at " + plural(rows.length, "place") + (dyad ? "" : " (all dyads)") + ".");
    } catch (e) {
      fail("status", e);
    }
  });
})();
