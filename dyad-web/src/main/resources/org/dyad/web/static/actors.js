"use strict";
(() => {
  const { link, param, fail, listing } = Dyad;

  document.addEventListener("DOMContentLoaded", () => {
    const type = param("type") || "";
    document.getElementById("type").value = type;
    listing("actors", "/api/actors", { type, limit: 100 }, ["entity", "type", "actor", "country from", "mentions", "articles", "titles"], (a) => [
      link("/actor.html", { id: a.entityId }, a.name), a.type, a.actor || "", a.countryFrom || "", a.mentions, a.articles, a.titles.join("; ")],
    "No actors.").catch((e) => fail("actors", e));
  });
})();
