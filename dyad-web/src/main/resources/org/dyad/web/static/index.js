"use strict";
(() => {
  const { link, param, fail, listing } = Dyad;

  document.addEventListener("DOMContentLoaded", () => {
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
