"use strict";
(() => {
  const { el, link, api, param, show, fail, table, actor } = Dyad;

  // Splits the text at every mark boundary; each piece is a span carrying the classes of the marks over it.
  function render(text, marks) {
    const cuts = new Set([0, text.length]);
    for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      const over = marks.filter((m) => m.start <= s && e <= m.end);
      const span = el("span", { class: over.map((m) => m.cls).join(" ") || null }, text.slice(s, e));
      const ent = over.find((m) => m.title);
      if (ent) span.title = ent.title;
      out.push(span);
    }
    return out;
  }

  function select(cls) {
    document.querySelectorAll(".active").forEach((n) => n.classList.remove("active"));
    const nodes = document.querySelectorAll("." + cls);
    nodes.forEach((n) => n.classList.add("active"));
    if (nodes.length) nodes[0].scrollIntoView({ block: "center" });
  }

  async function load() {
    const key = param("key");
    try {
      const { article: a } = await api("/api/articles/" + encodeURIComponent(key || ""));
      document.title = "Dyad - " + (a.title || a.id);
      show("title", a.title || a.id);
      show("meta", [a.source, a.published, a.dateline && a.dateline.place].filter(Boolean).join(" · ") + " ",
        a.url ? el("a", { href: a.url, rel: "noreferrer" }, a.url) : "");
      const marks = [];
      a.entities.forEach((e) => marks.push({ start: e.start, end: e.end, cls: "ent",
        title: [e.type, e.name, e.title, e.actor].filter(Boolean).join(" · ") }));
      a.quotes.forEach((q) => marks.push({ start: q.start, end: q.end, cls: "quote" }));
      a.events.forEach((e, i) => marks.push({ start: e.start, end: e.end, cls: "evt evt-" + i }));
      const mark = /^(\d+)-(\d+)$/.exec(param("mark") || "");
      if (mark) marks.push({ start: +mark[1], end: +mark[2], cls: "evt-chosen" });
      show("text", ...render(a.text, marks));
      show("events", ...a.events.map((e, i) => el("li", { "data-event": i, onclick: () => select("evt-" + i) },
        (e.date || "undated") + "  " + actor(e.source.name, e.source.actor) + "  " + e.code + " (" + e.modality + ")  "
        + (e.target ? actor(e.target.name, e.target.actor) : "") + (e.place ? "  in " + e.place.name + " (" + e.place.country + ")" : ""))));
      show("quotes", table(["date", "speaker", "quote", "tone"], a.quotes.map((q) => [q.date || "",
        q.speaker ? link("/speaker.html", { speaker: q.speaker.name }, actor(q.speaker.name, q.speaker.actor)) : "(unknown)",
        (q.direct ? "“" + q.text + "”" : q.text), Dyad.tone(q.tone)])));
      if (mark) select("evt-chosen");
    } catch (e) {
      fail("text", e);
    }
  }

  document.addEventListener("DOMContentLoaded", load);
})();
