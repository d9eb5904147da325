"use strict";
(() => {
  const { link, api, param, show, fail, table } = Dyad;

  function country(code) {
    return code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null;
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const type = param("type") || "";
    document.getElementById("type").value = type;
    try {
      const actors = await api("/api/actors", { type, limit: 500 });
      show("actors", table(["entity", "type", "actor", "mentions", "articles", "titles", "see"], actors.map((a) => [
        a.name, a.type, a.actor || "", a.mentions, a.articles, a.titles.join("; "),
        a.type === "PERSON" ? link("/speaker.html", { speaker: a.entityId }, "statements")
          : country(a.actor) ? link("/dyad.html", { dyad: country(a.actor) + ":*" }, "events") : ""])));
    } catch (e) {
      fail("actors", e);
    }
  });
})();
