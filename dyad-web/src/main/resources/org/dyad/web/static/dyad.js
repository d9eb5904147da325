"use strict";
(() => {
  const { el, link, api, param, show, fail, table, actor } = Dyad;
  const DAY = 86400;
  const LENGTH = { day: 1, week: 7, month: 31, year: 366 };

  function seconds(iso) {
    return Date.parse(iso + "T00:00:00Z") / 1000;
  }

  function iso(sec) {
    return new Date(sec * 1000).toISOString().slice(0, 10);
  }

  function periodEnd(start, by) {
    const d = new Date(start + "T00:00:00Z");
    if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else if (by === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
    else d.setUTCDate(d.getUTCDate() + LENGTH[by]);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }

  async function events(dyad, from, to, heading) {
    show("events-heading", heading);
    try {
      const page = await api("/api/events", { dyad, from, to, limit: 500 });
      show("events", page.items.length ? table(["date", "source", "code", "target", "modality", "evidence"], page.items.map((e) => [
        e.day || "", actor(e.sourceName, e.sourceActor), e.code, actor(e.targetName, e.targetActor), e.modality,
        link("/article.html", { key: e.articleKey, mark: e.start + "-" + e.end }, e.evidence)]))
        : el("p", { class: "muted" }, "No events."));
    } catch (e) {
      fail("events", e);
    }
  }

  function chart(rows, by, dyad) {
    const x = rows.map((r) => seconds(r.period));
    const data = [x, rows.map((r) => r.verbalCooperation), rows.map((r) => r.materialCooperation),
      rows.map((r) => r.verbalConflict), rows.map((r) => r.materialConflict), rows.map((r) => r.meanGoldstein),
      rows.map((r) => (r.meanTone == null ? null : r.meanTone))];
    const bars = uPlot.paths.bars({ size: [0.6, 40] });
    const series = (label, stroke, fill) => ({ label, stroke, fill, paths: bars, points: { show: false } });
    const opts = {
      width: Math.min(1060, document.body.clientWidth - 20), height: 320,
      scales: { x: { time: true }, g: { range: [-10, 10] }, t: { range: [-1, 1] } },
      axes: [{}, { label: "events" }, { scale: "g", side: 1, label: "Goldstein", grid: { show: false } },
        { scale: "t", side: 1, label: "tone", grid: { show: false } }],
      series: [{ label: "period", value: (u, v) => (v == null ? "" : iso(v)) },
        series("verbal cooperation", "#2f7d32", "rgba(47,125,50,.35)"),
        series("material cooperation", "#1565c0", "rgba(21,101,192,.35)"),
        series("verbal conflict", "#ef6c00", "rgba(239,108,0,.35)"),
        series("material conflict", "#c62828", "rgba(198,40,40,.35)"),
        { label: "mean Goldstein", scale: "g", stroke: "#333", width: 2 },
        { label: "mean tone", scale: "t", stroke: "#6a1b9a", width: 2, dash: [6, 4], spanGaps: true }],
    };
    const target = document.getElementById("chart");
    target.replaceChildren();
    const plot = new uPlot(opts, data, target);
    plot.over.addEventListener("click", () => {
      const i = plot.cursor.idx;
      if (i == null) return;
      const start = rows[i].period;
      events(dyad, start, periodEnd(start, by), "Events of the " + by + " from " + start);
    });
    target.dataset.points = String(rows.length);
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const dyad = param("dyad");
    const by = param("by") || "week";
    const from = param("from");
    const to = param("to");
    for (const [id, v] of [["dyad", dyad], ["by", by], ["from", from], ["to", to]]) document.getElementById(id).value = v || "";
    if (!dyad) {
      show("chart", el("p", { class: "muted" }, "Name a dyad, such as AFG:RUS or RUS:* ."));
      return;
    }
    show("heading", "Relations " + dyad);
    document.getElementById("map-link").setAttribute("href", link("/map.html", { dyad, from: from || "", to: to || "" }).getAttribute("href"));
    try {
      const rows = await api("/api/timeline", { dyad, by, from, to });
      if (rows.length) chart(rows, by, dyad);
      else show("chart", el("p", { class: "muted" }, "No dated events for this dyad."));
      events(dyad, from, to, "Events");
    } catch (e) {
      fail("chart", e);
    }
  });
})();
