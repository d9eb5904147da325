"use strict";
// The dyad page: without a dyad, the list of dyads in the store (by volume or by change); with one, its timeline
// (every period drawn, empty ones as gaps; coarser-dated events left out and said so) and its events.
(() => {
  const { el, link, api, param, show, fail, listing } = Dyad;
  const PERIOD_NAMES = { DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };

  function seconds(iso) {
    return Date.parse(iso + "T00:00:00Z") / 1000;
  }

  function iso(sec) {
    return new Date(sec * 1000).toISOString().slice(0, 10);
  }

  function addPeriod(start, by, n) {
    const d = new Date(start + "T00:00:00Z");
    if (by === "month") d.setUTCMonth(d.getUTCMonth() + n);
    else if (by === "year") d.setUTCFullYear(d.getUTCFullYear() + n);
    else d.setUTCDate(d.getUTCDate() + n * (by === "week" ? 7 : 1));
    return d.toISOString().slice(0, 10);
  }

  function periodEnd(start, by) {
    const next = new Date(addPeriod(start, by, 1) + "T00:00:00Z");
    next.setUTCDate(next.getUTCDate() - 1);
    return next.toISOString().slice(0, 10);
  }

  /** A period's label: the day, "week of" its Monday, the month or the year. */
  function label(start, by) {
    return by === "month" ? start.slice(0, 7) : by === "year" ? start.slice(0, 4) : by === "week" ? "wk " + start.slice(5) : start.slice(5);
  }

  /** At most about 12 ticks, each on a period's first day, so a short weekly chart is ticked by weeks, not hours. */
  function ticks(rows) {
    const step = Math.max(1, Math.ceil(rows.length / 12));
    return rows.filter((r, i) => i % step === 0).map((r) => seconds(r.period));
  }

  function chart(timeline, by, dyad) {
    const rows = timeline.periods;
    const x = rows.map((r) => seconds(r.period));
    const data = [x, rows.map((r) => r.verbalCooperation), rows.map((r) => r.materialCooperation),
      rows.map((r) => r.verbalConflict), rows.map((r) => r.materialConflict), rows.map((r) => r.meanGoldstein),
      rows.map((r) => r.meanTone)];
    // the x scale reaches half a period past each end, so the first and last bars are whole
    const half = (seconds(addPeriod(rows[0].period, by, 1)) - x[0]) / 2;
    const xMin = x[0] - half;
    const xMax = seconds(addPeriod(rows[rows.length - 1].period, by, 1)) - half;
    const tickAt = ticks(rows);
    const bars = uPlot.paths.bars({ size: [0.7, 60] });
    const series = (name, stroke, fill) => ({ label: name, stroke, fill, paths: bars, points: { show: false } });
    const opts = {
      width: Math.min(1060, document.body.clientWidth - 20), height: 320,
      scales: { x: { time: false, range: () => [xMin, xMax] }, g: { range: [-10, 10] }, t: { range: [-1, 1] } },
      axes: [{ splits: () => tickAt, values: (u, vals) => vals.map((v) => label(iso(v), by)) }, { label: "events" },
        { scale: "g", side: 1, label: "Goldstein", grid: { show: false } },
        { scale: "t", side: 1, label: "tone", grid: { show: false } }],
      series: [{ label: "period", value: (u, v) => (v == null ? "" : label(iso(v), by)) },
        series("verbal cooperation", "#2f7d32", "rgba(47,125,50,.35)"),
        series("material cooperation", "#1565c0", "rgba(21,101,192,.35)"),
        series("verbal conflict", "#ef6c00", "rgba(239,108,0,.35)"),
        series("material conflict", "#c62828", "rgba(198,40,40,.35)"),
        // lines break at periods without events (spanGaps false): a gap is not a trend
        { label: "mean Goldstein", scale: "g", stroke: "#333", width: 2, spanGaps: false },
        { label: "mean tone", scale: "t", stroke: "#6a1b9a", width: 2, dash: [6, 4], spanGaps: false }],
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
    Object.assign(target.dataset, { points: String(rows.length), empty: String(rows.filter((r) => r.events === 0).length),
      ticks: tickAt.map((t) => label(iso(t), by)).join("|"), xMin: iso(xMin), xMax: iso(xMax),
      first: rows[0].period, last: rows[rows.length - 1].period });
  }

  function note(timeline, by) {
    const parts = [];
    if (timeline.coarser) {
      parts.push(timeline.coarser + " event" + (timeline.coarser === 1 ? " is" : "s are") + " dated only to a longer period than a "
        + by + " (\"last month\"), so " + (timeline.coarser === 1 ? "it is" : "they are") + " left out of this chart rather than put on "
        + "the period's first day; a coarser view counts " + (timeline.coarser === 1 ? "it" : "them") + ".");
    }
    if (timeline.undated) parts.push(timeline.undated + " event" + (timeline.undated === 1 ? " has" : "s have") + " no calendar date and "
      + (timeline.undated === 1 ? "is" : "are") + " not charted.");
    const empty = timeline.periods.filter((r) => r.events === 0).length;
    if (empty) parts.push(empty + " " + PERIOD_NAMES[timeline.by] + (empty === 1 ? "" : "s") + " without events are drawn empty, and the lines break there.");
    show("chart-note", parts.join(" "));
    document.getElementById("chart-note").dataset.coarser = String(timeline.coarser);
  }

  function events(dyad, from, to, heading) {
    show("events-heading", heading);
    return DyadEvents.show("events", { dyad, from, to });
  }

  function dyadList(order) {
    show("heading", "Dyads: who interacts with whom");
    document.getElementById("timeline-part").hidden = true;
    const box = document.getElementById("dyads");
    const toggle = el("p", {}, "Order: ", link("/dyad.html", { order: "volume" }, "by volume"), " · ",
      link("/dyad.html", { order: "change" }, "by change over the last 7 days"));
    const list = el("div", { id: "dyad-list" });
    box.replaceChildren(toggle, list);
    return listing(list, "/api/dyads", { order, limit: 50 }, ["dyad", "events", "last 7 days", "7 days before", "change",
      "mean Goldstein", "first", "last"], (d) => [link("/dyad.html", { dyad: d.a + ":" + d.b }, d.a + " – " + d.b), d.events,
      d.recent, d.previous, (d.change > 0 ? "+" : "") + d.change, d.meanGoldstein.toFixed(2), d.first, d.last], "No dyads: no event has both actors.");
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const dyad = param("dyad");
    const by = param("by") || "week";
    const from = param("from");
    const to = param("to");
    for (const [id, v] of [["dyad", dyad], ["by", by], ["from", from], ["to", to]]) document.getElementById(id).value = v || "";
    if (!dyad) {
      dyadList(param("order") === "change" ? "change" : "volume").catch((e) => fail("dyads", e));
      return;
    }
    show("heading", "Relations " + dyad);
    document.getElementById("map-link").setAttribute("href", link("/map.html", { dyad, from: from || "", to: to || "" }).getAttribute("href"));
    try {
      const timeline = await api("/api/timeline", { dyad, by, from, to });
      if (timeline.periods.length) chart(timeline, by, dyad);
      else show("chart", el("p", { class: "muted" }, "No dated events for this dyad."));
      note(timeline, by);
      await events(dyad, from, to, "Events");
    } catch (e) {
      fail("chart", e);
    }
  });
})();
