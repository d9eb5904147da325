"use strict";
(() => {
  const { link, param, fail, listing, actor } = Dyad;

  document.addEventListener("DOMContentLoaded", () => {
    const speaker = param("speaker");
    const about = param("about");
    document.getElementById("speaker").value = speaker || "";
    document.getElementById("about").value = about || "";
    if (!speaker && !about) return;
    listing("quotes", "/api/quotes", { speaker, about, limit: 100 }, ["date", "speaker", "said", "tone", "article"], (q) => [
      q.day || q.date || "", actor(q.speaker || "(unknown)", q.speakerActor) + (q.speakerTitle ? ", " + q.speakerTitle : ""),
      (q.direct ? "“" + q.text + "”" : q.text) + (q.cue ? "  [" + q.cue + "]" : ""), Dyad.tone(q.tone),
      link("/article.html", { key: q.articleKey, mark: q.start + "-" + q.end }, q.title || "article")], "No statements found.")
      .catch((e) => fail("quotes", e));
  });
})();
