"use strict";
// The review page: a queue of unreviewed events (of a dyad) or a random sample of them, or the queue of unreviewed
// quotes, judged with the same keys.
// The token is kept in this tab's sessionStorage and sent in a header, never in a cookie; every text from the store
// reaches the page as text (Dyad.el), so a hostile evidence sentence shows as written.
(() => {
  const { el, api, show, fail, table, actor } = Dyad;
  const PARTS = {
    events: { n: "not_event", c: "code", s: "source", t: "target", d: "date", m: "modality" },
    quotes: { n: "not_quote", s: "speaker", p: "span" },
  };
  const ASK = {
    events: "Wrong: which part? n not an event, c code, s source, t target, d date, m modality",
    quotes: "Wrong: which part? n not a quote, s speaker, p span",
  };
  let kind = "events"; // events | quotes
  let items = [];
  let at = 0;
  let mode = "browse"; // browse | part | correct

  function status(text, error) {
    const s = document.getElementById("status");
    s.textContent = text;
    s.className = error ? "error" : "muted";
  }

  function value(id) {
    return document.getElementById(id).value.trim();
  }

  function speaker(q) {
    return q.speaker ? actor(q.speaker, q.speakerActor) : "(no speaker found)";
  }

  function line(it) {
    if (kind === "quotes") {
      const q = it.quote;
      return (q.day || "undated") + "  " + speaker(q) + "  \u201c" + (q.text.length > 80 ? q.text.slice(0, 80) + "\u2026" : q.text) + "\u201d";
    }
    const e = it.event;
    return (e.day || "undated") + "  " + actor(e.source.name, e.source.actor) + "  " + e.code + " " + (e.codeName || "") + "  "
      + (e.target ? actor(e.target.name, e.target.actor) : "");
  }

  function quoteCard(q) {
    return el("div", { class: "review-card" },
      el("p", {}, el("strong", {}, speaker(q)), q.speakerTitle ? "  " + q.speakerTitle : ""),
      el("p", { class: "text evidence" }, q.text),
      el("p", { class: "muted" }, (q.direct ? "direct" : "reported") + (q.cue ? ", cue: " + q.cue : "") + ", " + (q.date || "undated")
        + "  \u00b7  " + (q.title || "")),
      el("p", { class: "muted" }, (at + 1) + " of " + items.length));
  }

  function render() {
    const list = document.getElementById("items");
    list.replaceChildren(...items.map((it, i) => el("li", { class: (i === at ? "active " : "") + (it.done ? "done" : ""),
      "data-verdict": it.done || "", onclick: () => { at = i; render(); } }, line(it) + (it.done ? "  [" + it.done + "]" : ""))));
    const it = items[at];
    if (!it) {
      show("current", el("p", { class: "muted" }, items.length ? "" : "Nothing to review here."));
      return;
    }
    if (kind === "quotes") {
      show("current", quoteCard(it.quote));
      return;
    }
    const e = it.event;
    show("current", el("div", { class: "review-card" },
      el("p", {}, el("strong", {}, e.code + " " + (e.codeName || "")), "  " + e.modality + ", " + (e.date || "undated")),
      el("p", {}, "source: " + actor(e.source.name, e.source.actor) + "    target: " + (e.target ? actor(e.target.name, e.target.actor) : "-")),
      el("p", { class: "text evidence" }, e.evidence),
      el("p", { class: "muted" }, e.lexicon ? "lexicon: " + e.lexicon : "coded by a rule"),
      el("p", { class: "muted" }, (at + 1) + " of " + items.length)));
  }

  async function load(path, params) {
    try {
      const body = await api(path, kind === "quotes" ? params : Object.assign({ dyad: value("dyad") }, params));
      items = body.items;
      at = 0;
      status(path.endsWith("sample") ? "A random sample of unreviewed events (seed " + body.seed + ")."
        : body.total + (kind === "quotes" ? " unreviewed quote(s)." : " unreviewed event(s)."));
      render();
    } catch (err) {
      status("Could not load: " + err.message, true);
    }
  }

  async function judge(verdict, part, correction) {
    const it = items[at];
    if (!it) return;
    let body;
    if (kind === "quotes") {
      const q = it.quote;
      body = { article: q.articleKey, start: q.start, end: q.end, speaker: q.speaker, speakerActor: q.speakerActor, verdict, part,
        correction, analyst: value("analyst") };
    } else {
      const e = it.event;
      body = { article: e.article, start: e.start, end: e.end, code: e.code, sourceActor: e.source.actor,
        targetActor: e.target ? e.target.actor : null, verdict, part, correction, analyst: value("analyst") };
    }
    sessionStorage.setItem("dyad.analyst", body.analyst);
    sessionStorage.setItem("dyad.token", value("token"));
    const res = await fetch(kind === "quotes" ? "/api/reviews/quotes" : "/api/reviews", { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-Dyad-Token": value("token") } });
    const answer = await res.json().catch(() => ({ error: res.statusText }));
    if (!res.ok) {
      status("Not saved: " + (answer.error || res.statusText), true);
      return;
    }
    it.done = verdict + (part ? " " + part : "");
    status("Saved: " + it.done + ".");
    at = Math.min(at + 1, items.length - 1);
    render();
    stats();
  }

  function openCorrection() {
    if (!items[at]) return;
    mode = "correct";
    if (kind === "quotes") {
      const q = items[at].quote;
      document.getElementById("quote-correction").hidden = false;
      document.getElementById("fix-speaker").value = q.speaker || "";
      document.getElementById("fix-speaker-actor").value = q.speakerActor || "";
      document.getElementById("fix-speaker").focus();
      return;
    }
    const e = items[at].event;
    const form = document.getElementById("correction");
    form.hidden = false;
    document.getElementById("fix-code").value = e.code;
    document.getElementById("fix-source").value = e.source.actor || "";
    document.getElementById("fix-target").value = e.target && e.target.actor ? e.target.actor : "";
    document.getElementById("fix-date").value = e.day || "";
    document.getElementById("fix-code").focus();
  }

  function closeCorrection() {
    mode = "browse";
    document.getElementById("correction").hidden = true;
    document.getElementById("quote-correction").hidden = true;
    document.activeElement.blur();
  }

  /** Only what the analyst changed is sent: each part left as coded is null. */
  function correction() {
    const e = items[at].event;
    const changed = (v, was) => (v && v !== (was || "") ? v : null);
    return { code: changed(value("fix-code"), e.code), sourceActor: changed(value("fix-source"), e.source.actor),
      targetActor: changed(value("fix-target"), e.target && e.target.actor), date: changed(value("fix-date"), e.day) };
  }

  function key(ev) {
    if (ev.target.closest && ev.target.closest("#setup")) return;
    if (mode === "correct") {
      if (ev.key === "Escape") closeCorrection();
      return;
    }
    if (mode === "part") {
      mode = "browse";
      if (PARTS[kind][ev.key]) judge("wrong", PARTS[kind][ev.key], null);
      else status("Cancelled.");
      ev.preventDefault();
      return;
    }
    const actions = {
      j: () => { at = Math.min(at + 1, items.length - 1); render(); },
      k: () => { at = Math.max(at - 1, 0); render(); },
      r: () => judge("right", null, null),
      w: () => { mode = "part"; status(ASK[kind]); },
      c: () => openCorrection(),
    };
    if (actions[ev.key] && items.length) {
      ev.preventDefault();
      actions[ev.key]();
    }
  }

  function pct(p) {
    return (100 * p.right / p.judged).toFixed(0) + "% (" + p.right + "/" + p.judged + ", 95%: " + (100 * p.low).toFixed(0) + "-"
      + (100 * p.high).toFixed(0) + "%)";
  }

  async function quoteStats() {
    try {
      const s = await api("/api/review/quotes/stats");
      if (!s.overall) {
        show("quote-stats", el("p", { class: "muted" }, "No quote judged yet."));
        return;
      }
      show("quote-stats", el("p", {}, "All judged quotes: " + pct(s.overall) + (s.orphans ? "; " + s.orphans + " orphaned judgement(s)" : "")),
        table(["speaker's actor code", "judged right", "an example judged not right"],
          s.bySpeaker.slice(0, 10).map((p) => [p.group, pct(p), p.example || ""])));
    } catch (err) {
      fail("quote-stats", err);
    }
  }

  async function stats() {
    quoteStats();
    try {
      const s = await api("/api/review/stats");
      if (!s.overall) {
        show("stats", el("p", { class: "muted" }, "No event judged yet."));
        return;
      }
      const rows = (title, groups) => groups.slice(0, 10).map((p) => [title, p.group, pct(p), p.example || ""]);
      show("stats", el("p", {}, "All judged events: " + pct(s.overall) + (s.orphans ? "; " + s.orphans + " orphaned judgement(s)" : "")),
        table(["by", "group", "judged right", "an example judged not right"],
          [...rows("root", s.byRoot), ...rows("lexicon", s.byLexicon), ...rows("actor", s.byActor)]));
    } catch (err) {
      fail("stats", err);
    }
  }

  async function lists() {
    const codes = await api("/api/review/codes");
    document.getElementById("fix-code").replaceChildren(...codes.map((c) => el("option", { value: c.code }, c.code + " " + c.name)));
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("analyst").value = sessionStorage.getItem("dyad.analyst") || "";
    document.getElementById("token").value = sessionStorage.getItem("dyad.token") || "";
    document.getElementById("dyad").value = Dyad.param("dyad") || "";
    const queue = () => load(kind === "quotes" ? "/api/review/quotes/queue" : "/api/review/queue", { limit: 100 });
    document.getElementById("kind").value = Dyad.param("kind") === "quotes" ? "quotes" : "events";
    kind = value("kind");
    document.getElementById("kind").addEventListener("change", () => {
      kind = value("kind");
      closeCorrection();
      document.getElementById("dyad").disabled = document.getElementById("sample").disabled = kind === "quotes";
      queue();
    });
    document.getElementById("dyad").disabled = document.getElementById("sample").disabled = kind === "quotes";
    document.getElementById("queue").addEventListener("click", queue);
    document.getElementById("sample").addEventListener("click", () => load("/api/review/sample", { n: 20 }));
    document.getElementById("quote-correction").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const q = items[at].quote;
      const c = { speaker: value("fix-speaker"), speakerActor: value("fix-speaker-actor") || null };
      if (c.speaker === (q.speaker || "") && (c.speakerActor || "") === (q.speakerActor || "")) {
        status("Nothing changed: r if the speaker is right.", true);
        return;
      }
      closeCorrection();
      judge("corrected", null, c);
    });
    document.getElementById("correction").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const c = correction();
      closeCorrection();
      judge("corrected", null, c);
    });
    document.addEventListener("keydown", key);
    lists().catch((err) => status("Could not load the codebook: " + err.message, true));
    api("/api/review/access").then((a) => { if (!a.writable) status("This server is read-only: judgements are not taken.", true); });
    queue();
    stats();
  });
})();
