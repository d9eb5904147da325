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

  /**
   * A ring that crosses the antimeridian (Chukotka, Fiji) jumps from +180 to -180; drawn flat, that jump is a
   * line across the whole map. Continuing it past 180 instead keeps each piece where it is.
   */
  function unwrapRing(ring) {
    let shift = 0;
    return ring.map((p, i) => {
      const step = i > 0 ? p[0] - ring[i - 1][0] : 0;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
      return [p[0] + shift, p[1]];
    });
  }

  function unwrap(geometry) {
    if (geometry.type === "Polygon") return { type: "Polygon", coordinates: geometry.coordinates.map(unwrapRing) };
    if (geometry.type === "MultiPolygon") return { type: "MultiPolygon", coordinates: geometry.coordinates.map((poly) => poly.map(unwrapRing)) };
    return geometry;
  }

  async function outline(map) {
    const res = await fetch(OUTLINE);
    if (!res.ok) throw new Error("world outline: " + res.statusText);
    const world = await res.json();
    const all = topojson.feature(world, world.objects.countries);
    // Antarctica (ISO 010) encircles the pole: flat, it is a band along the bottom edge, and no news happens there
    const countries = { type: "FeatureCollection", features: all.features.filter((f) => f.id !== "010")
      .map((f) => Object.assign({}, f, { geometry: unwrap(f.geometry) })) };
    L.geoJSON(countries, {
      interactive: false,
      style: { className: "country", color: "#8a94a6", weight: 0.7, fillColor: "#f7f8fa", fillOpacity: 1 },
    }).addTo(map);
    map.getContainer().dataset.countries = String(countries.features.length);
    return countries;
  }

  function eventItem(e) {
    const who = actor(e.source.name, e.source.actor) + (e.target ? " → " + actor(e.target.name, e.target.actor) : "");
    return el("li", {}, (e.day || "undated") + "  " + e.code + " " + (e.codeName || "") + "  " + who + "  ",
      e.placeSource === "dateline" ? el("span", { class: "dateline" }, "(dateline) ") : null,
      link("/article.html", { key: e.article, mark: e.start + "-" + e.end }, "evidence"));
  }

  function popup(row) {
    const p = row.place;
    const more = row.count - row.events.length;
    return el("div", { class: "place-popup" },
      el("h3", {}, p.name + " (" + p.country + ")"),
      el("p", {}, plural(row.count, "event") + (row.fromDateline ? ", " + row.fromDateline + " of them placed here only by their article's dateline" : "")),
      el("ul", {}, row.events.map(eventItem)),
      more > 0 ? el("p", { class: "muted" }, "and " + more + " more") : null);
  }

  function markers(map, rows) {
    const layer = L.featureGroup();
    for (const row of rows) {
      const dateline = row.fromDateline === row.count;
      L.circleMarker([row.place.lat, row.place.lon], {
        radius: radius(row.count), className: "place-marker" + (dateline ? " place-dateline" : ""), color: "#8e1b12", weight: dateline ? 2 : 1,
        dashArray: dateline ? "3 3" : null, fillColor: dateline ? "#ffffff" : "#e4572e", fillOpacity: dateline ? 0.4 : 0.65,
      }).bindPopup(() => popup(row), { maxWidth: 420 }).bindTooltip(el("span", {}, row.place.name + ": " + row.count)).addTo(layer);
    }
    layer.addTo(map);
    map.getContainer().dataset.markers = String(rows.length);
    map.getContainer().dataset.datelineMarkers = String(rows.filter((r) => r.fromDateline === r.count).length);
    if (rows.length) map.fitBounds(layer.getBounds().pad(0.6), { maxZoom: 4 });
  }

  function list(rows) {
    show("places", rows.length ? table(["place", "country", "kind", "events", "placed by the dateline only"],
      rows.map((r) => [r.place.name, r.place.country, r.place.kind, String(r.count), String(r.fromDateline)]))
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
      const page = await api("/api/places", { dyad, from, to, limit: 500 });
      const rows = page.items;
      markers(map, rows);
      list(rows);
      const events = rows.reduce((n, r) => n + r.count, 0);
      const dateline = rows.reduce((n, r) => n + r.fromDateline, 0);
      show("status", plural(events, "event") + " at " + plural(rows.length, "place") + (dyad ? "" : " (all dyads)")
        + (page.total > rows.length ? ", the " + rows.length + " places with most events of " + page.total : "") + "; "
        + dateline + " of the events are placed by their article's dateline (dashed circles), as the text names no place for them.");
    } catch (e) {
      fail("status", e);
    }
  });
})();
