"use strict";
(() => {
  const { el, link, api, param, show, fail, table, actor } = Dyad;

  document.addEventListener("DOMContentLoaded", async () => {
    const speaker = param("speaker");
    const about = param("about");
    document.getElementById("speaker").value = speaker || "";
    document.getElementById("about").value = about || "";
    if (!speaker && !about) return;
    try {
      const quotes = await api("/api/quotes", { speaker, about, limit: 500 });
      show("quotes", quotes.length ? table(["date", "speaker", "said", "tone", "article"], quotes.map((q) => [
        q.day || q.date || "", actor(q.speaker || "(unknown)", q.speakerActor) + (q.speakerTitle ? ", " + q.speakerTitle : ""),
        (q.direct ? "“" + q.text + "”" : q.text) + (q.cue ? "  [" + q.cue + "]" : ""), Dyad.tone(q.tone),
        link("/article.html", { key: q.articleKey, mark: q.start + "-" + q.end }, q.title || "article")]))
        : el("p", { class: "muted" }, "No statements found."));
    } catch (e) {
      fail("quotes", e);
    }
  });
})();
