// Dyad pages: shared helpers. Text from the store only ever reaches the page as text nodes
// (textContent / createTextNode), never as HTML, so a title holding <script> shows as text.
"use strict";

const Dyad = (() => {
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "href") e.setAttribute("href", safeHref(v));
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  // Only http(s) links and links within Dyad; anything else (javascript:, data:) becomes inert.
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith("/") && !s.startsWith("//")) return s;
    try {
      const u = new URL(s);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : "#";
    } catch (e) {
      return "#";
    }
  }

  function link(path, params, text) {
    return el("a", { href: path + "?" + new URLSearchParams(params).toString() }, text);
  }

  async function api(path, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") qs.set(k, v);
    const res = await fetch(path + (qs.toString() ? "?" + qs : ""), { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => ({ error: res.statusText }));
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  function nav() {
    const links = [["/", "Search"], ["/dyad.html", "Dyads"], ["/map.html", "Map"], ["/speaker.html", "Speakers"], ["/actors.html", "Actors"], ["/review.html", "Review"]];
    document.body.prepend(el("nav", {}, el("strong", {}, "Dyad"), ...links.map(([h, t]) => el("a", { href: h }, t))));
  }

  function show(target, ...nodes) {
    const t = typeof target === "string" ? document.getElementById(target) : target;
    t.replaceChildren(...nodes);
  }

  function fail(target, err) {
    show(target, el("p", { class: "error" }, "Could not load: " + err.message));
  }

  function table(headers, rows) {
    return el("table", {}, el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
      el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c))))));
  }

  /**
   * A listing a page at a time: fetches `path` with `params`, shows "N of TOTAL" and a table of `headers`, one
   * row per item (`row(item)` gives its cells), and a button that appends the next page. Returns a promise of
   * the first page.
   */
  async function listing(target, path, params, headers, row, empty) {
    const box = typeof target === "string" ? document.getElementById(target) : target;
    const count = el("p", { class: "muted count" });
    const body = el("tbody");
    const more = el("button", { type: "button", class: "more" }, "More");
    let shown = 0;
    let first = null;
    async function load(after) {
      const page = await api(path, Object.assign({}, params, { after }));
      first = first || page;
      page.items.forEach((item) => body.appendChild(el("tr", {}, row(item).map((c) => el("td", {}, c)))));
      shown += page.items.length;
      count.textContent = page.total === 0 ? (empty || "Nothing found.") : "Showing " + shown + " of " + page.total + ".";
      box.dataset.total = String(page.total);
      box.dataset.shown = String(shown);
      more.hidden = !page.next;
      more.onclick = () => load(page.next).catch((e) => fail(box, e));
      return page;
    }
    box.replaceChildren(count, el("table", {}, el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))), body), more);
    await load(null);
    return first;
  }

  function actor(name, code) {
    if (!name) return "";
    return code ? name + " (" + code + ")" : name;
  }

  /** A VADER compound score (-1..1) as a signed number, its sign in words on hover; empty when not scored. */
  function tone(v) {
    if (v == null) return "";
    const word = v >= 0.05 ? "positive" : v <= -0.05 ? "negative" : "neutral";
    return el("span", { class: "tone tone-" + word, title: word + " tone (VADER compound)" }, (v > 0 ? "+" : "") + v.toFixed(2));
  }

  document.addEventListener("DOMContentLoaded", nav);
  return { el, link, api, param, show, fail, table, actor, safeHref, tone, listing };
})();
