"use strict";
(() => {
  const { link, param, fail, listing, api, show } = Dyad;

  // The last cycle of a `dyad watch` writing into this store, refreshed every minute while the page is open.
  async function watch() {
    const w = await api("/api/watch");
    if (!w.watched) return show("watch");
    const c = w.lastCycle;
    show("watch", `Last watch cycle ${c.cycle} at ${c.at}: ${c.items} new item(s), ${c.stored} stored, ${c.updated} updated, ` +
      `${c.duplicates} duplicate(s), ${c.events} event(s), ${c.alerts} alert(s), ${c.failures} failure(s), ${c.seconds.toFixed(1)} s; ` +
      `update ${c.update}.`);
  }

  document.addEventListener("DOMContentLoaded", () => {
    watch().catch((e) => fail("watch", e));
    setInterval(() => watch().catch((e) => fail("watch", e)), 60000);
    const q = param("q");
    if (q) {
      document.getElementById("q").value = q;
      listing("hits", "/api/search", { q, limit: 20 }, ["kind", "article", "passage"], (h) =>
        [h.kind, link("/article.html", { key: h.articleKey }, h.title || h.articleKey.slice(0, 12)), h.snippet], "Nothing found.")
        .catch((e) => fail("hits", e));
    }
    listing("articles", "/api/articles", { limit: 50 }, ["published", "title", "source", "copies", "quotes", "events"], (a) =>
      [a.published || "", link("/article.html", { key: a.key }, a.title || a.id), a.source || "", a.copies, a.quotes, a.events],
    "No articles yet: run dyad ingest.").catch((e) => fail("articles", e));
  });
})();
