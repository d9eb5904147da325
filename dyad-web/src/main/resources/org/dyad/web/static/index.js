"use strict";
(() => {
  const { el, link, api, param, show, fail, table } = Dyad;
  let next = null;

  async function search(q) {
    try {
      const hits = await api("/api/search", { q });
      show("hits", hits.length ? table(["kind", "article", "passage"], hits.map((h) =>
        [h.kind, link("/article.html", { key: h.articleKey }, h.title || h.articleKey.slice(0, 12)), h.snippet]))
        : el("p", { class: "muted" }, "Nothing found."));
    } catch (e) {
      fail("hits", e);
    }
  }

  async function articles() {
    try {
      const page = await api("/api/articles", { after: next, limit: 50 });
      const t = table(["published", "title", "source", "copies", "quotes", "events"], page.items.map((a) =>
        [a.published || "", link("/article.html", { key: a.key }, a.title || a.id), a.source || "", a.copies, a.quotes, a.events]));
      document.getElementById("articles").appendChild(t);
      next = page.next;
      document.getElementById("more").hidden = !next;
    } catch (e) {
      fail("articles", e);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const q = param("q");
    if (q) {
      document.getElementById("q").value = q;
      search(q);
    }
    document.getElementById("more").addEventListener("click", articles);
    articles();
  });
})();
