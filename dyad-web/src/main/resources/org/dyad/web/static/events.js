"use strict";
// The event list shared by the dyad and actor pages: date order, a page at a time with the count, each event with
// its CAMEO name and PLOVER category, filterable to material acts, by QuadClass and by modality.
const DyadEvents = (() => {
  const { el, link, listing, actor } = Dyad;
  const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function place(e) {
    if (!e.place) return "";
    const name = e.place.name + " (" + e.place.country + ")";
    return e.placeSource === "dateline" ? el("span", { class: "dateline", title: "the article's dateline: the text names no place for this event" },
      name + " (dateline)") : name;
  }

  function row(e) {
    return [e.day || "undated", actor(e.source.name, e.source.actor),
      el("span", { class: "code", title: e.codeName || "" }, e.code + " " + (e.codeName || "")),
      e.plover || "", QUAD[e.quadClass], e.target ? actor(e.target.name, e.target.actor) : "", e.modality, place(e),
      link("/article.html", { key: e.article, mark: e.start + "-" + e.end }, e.evidence)];
  }

  function select(id, label, options) {
    return el("label", {}, label + " ", el("select", { id }, options.map(([v, t]) => el("option", { value: v }, t))));
  }

  /** The filter controls and the list of the events `base` selects (a dyad, a name, a period); reloads on a change. */
  function show(target, base) {
    const box = document.getElementById(target);
    const controls = el("div", { class: "filters" },
      select("ev-kind", "Show", [["", "all events"], ["material", "material acts only (no statements)"], ["1", "verbal cooperation"],
        ["2", "material cooperation"], ["3", "verbal conflict"], ["4", "material conflict"], ["3,4", "conflict (verbal and material)"]]),
      select("ev-modality", "modality", [["", "any"], ["factual", "took place as told"], ["asserted", "asserted"], ["reported", "reported"],
        ["intended", "intended"], ["negated", "negated"], ["hypothetical", "hypothetical"]]));
    const list = el("div", { id: target + "-list" });
    box.replaceChildren(controls, list);
    async function reload() {
      const kind = document.getElementById("ev-kind").value;
      const params = Object.assign({ limit: 50 }, base, { modality: document.getElementById("ev-modality").value,
        material: kind === "material" ? "true" : "", quadClass: kind && kind !== "material" ? kind : "" });
      try {
        await listing(list, "/api/events", params, ["date", "source", "event", "PLOVER", "QuadClass", "target", "modality", "place", "evidence"],
          row, "No events.");
      } catch (e) {
        Dyad.fail(list, e);
      }
    }
    controls.addEventListener("change", reload);
    return reload();
  }

  return { show, place, QUAD };
})();
