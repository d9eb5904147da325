"use strict";
// One entity: what it is, its statements, the dyads of its actor code and the events it takes part in (by name for
// people and organisations, by code for countries).
(() => {
  const { el, link, api, param, show, fail, listing } = Dyad;

  document.addEventListener("DOMContentLoaded", async () => {
    const id = param("id");
    if (!id) {
      show("heading", "Name an actor: pick one on the Actors page.");
      return;
    }
    try {
      const a = await api("/api/actors/" + encodeURIComponent(id));
      document.title = "Dyad - " + a.name;
      show("heading", a.name);
      show("meta", [a.type, a.actor, a.countryFrom ? "country from " + a.countryFrom : "", a.titles.join("; "), a.mentions + " mentions in " + a.articles + " articles"].filter(Boolean).join(" · "));
      const code = a.type === "COUNTRY" ? a.country : a.actor;
      show("links", link("/speaker.html", { speaker: a.type === "PERSON" ? a.entityId : a.actor || a.name }, "Statements"),
        code ? el("span", {}, " · ", link("/dyad.html", { dyad: code + ":*" }, "Timeline of " + code), " · ",
          link("/map.html", { dyad: code + ":*" }, "Map of " + code)) : null);
      if (code) {
        listing("dyads", "/api/dyads", { actor: code, limit: 20 }, ["dyad", "events", "last 7 days", "change", "first", "last"],
          (d) => [link("/dyad.html", { dyad: d.a + ":" + d.b }, d.a + " – " + d.b), d.events, d.recent, (d.change > 0 ? "+" : "") + d.change,
            d.first, d.last], "No dyads.").catch((e) => fail("dyads", e));
      } else {
        show("dyads", el("p", { class: "muted" }, "No actor code, so no dyads."));
      }
      await DyadEvents.show("events", a.type === "COUNTRY" ? { dyad: a.country + ":*" } : { name: a.name });
    } catch (e) {
      fail("meta", e);
    }
  });
})();
