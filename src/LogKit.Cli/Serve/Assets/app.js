// logkit serve's page. Every piece of log data reaches the DOM through textContent or an attribute, never as HTML.
"use strict";

(() => {
  const LEVELS = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"];
  const PAGE_SIZE = 100;
  const MAX_ROWS = 5000;
  const $ = id => document.getElementById(id);

  const state = { where: "", range: "", from: "", to: "", levels: new Set(LEVELS), live: false };
  let next = null;          // cursor of the next (older) page
  let rows = 0;
  let generation = 0;       // bumps on every new search; answers to older searches are dropped
  let pending = 0;
  let tail = null;
  let refreshTimer = null;
  let histogram = null;     // last histogram answer, for drag-to-zoom

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function busy(delta) {
    pending += delta;
    document.body.dataset.ready = pending === 0 ? "1" : "0";
  }

  // ---- state <-> URL -------------------------------------------------------------------------------------------
  function readUrl() {
    const q = new URLSearchParams(location.search);
    state.where = q.get("where") || "";
    state.from = q.get("from") || "";
    state.to = q.get("to") || "";
    state.range = q.get("range") || (state.from || state.to ? "custom" : "");
    if (/^\d+[smhdw]$/.test(state.from) && !state.to) { state.range = state.from; }
    const levels = q.get("levels");
    state.levels = new Set(levels ? levels.split(",").filter(l => LEVELS.includes(l)) : LEVELS);
    state.live = q.get("live") === "1";
  }

  function writeUrl() {
    const q = new URLSearchParams();
    if (state.where) q.set("where", state.where);
    if (state.from) q.set("from", state.from);
    if (state.to) q.set("to", state.to);
    if (state.levels.size !== LEVELS.length) q.set("levels", [...state.levels].join(","));
    if (state.live) q.set("live", "1");
    const search = q.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  function apiParams(extra) {
    const q = new URLSearchParams();
    if (state.where) q.set("where", state.where);
    if (state.from) q.set("from", state.from);
    if (state.to && !state.live) q.set("to", state.to);
    if (state.levels.size !== LEVELS.length) q.set("levels", [...state.levels].join(",") || "none");
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    return q;
  }

  async function api(path, params) {
    const response = await fetch("/api/" + path + "?" + params.toString(), { credentials: "same-origin", headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch { body = null; }
    if (!response.ok) {
      const error = new Error(body && body.error ? body.error : "HTTP " + response.status);
      error.parameter = body && body.parameter;
      throw error;
    }
    return body;
  }

  // ---- controls ------------------------------------------------------------------------------------------------
  function toLocalInput(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    if (isNaN(d)) return "";
    const pad = n => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }

  function fromLocalInput(value) {
    if (!value) return "";
    const d = new Date(value);
    return isNaN(d) ? "" : d.toISOString();
  }

  function syncControls() {
    $("where").value = state.where;
    $("range").value = state.range;
    $("absolute").hidden = state.range !== "custom";
    $("from").value = state.range === "custom" ? toLocalInput(state.from) : "";
    $("to").value = state.range === "custom" ? toLocalInput(state.to) : "";
    $("live").checked = state.live;
    for (const button of $("levels").querySelectorAll("button")) {
      button.setAttribute("aria-pressed", state.levels.has(button.dataset.level) ? "true" : "false");
    }
  }

  function buildLevelButtons() {
    for (const level of LEVELS) {
      const button = el("button", "lvl-toggle");
      button.type = "button";
      button.dataset.level = level;
      button.style.borderLeftColor = `var(--${level})`;
      button.append(el("span", "name", level), el("span", "count", "0"));
      button.addEventListener("click", () => {
        if (state.levels.has(level)) state.levels.delete(level); else state.levels.add(level);
        search();
      });
      $("levels").append(button);
    }
  }

  function showWhereError(message) {
    const box = $("where-error");
    box.hidden = !message;
    box.textContent = message || "";
    $("where").classList.toggle("invalid", !!message);
  }

  // ---- list ----------------------------------------------------------------------------------------------------
  function formatTime(iso) {
    const d = new Date(iso);
    if (isNaN(d)) return iso;
    const pad = (n, w) => String(n).padStart(w || 2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
  }

  function row(event, isNew) {
    const tr = el("tr", isNew ? "new" : "");
    tr.dataset.id = event.id;
    const time = el("td", "time", formatTime(event["@t"]));
    time.title = event["@t"];
    const level = el("td", "level");
    level.append(el("span", "lvl lvl-" + (LEVELS.includes(event["@l"]) ? event["@l"] : "Information"), event["@l"]));
    const message = el("td", "message", event["@m"]);
    message.title = event["@m"];
    tr.append(time, level, message);
    tr.addEventListener("click", () => showDetail(event, tr));
    return tr;
  }

  function appendEvents(events) {
    const body = $("events");
    for (const event of events) {
      if (rows >= MAX_ROWS) break;
      body.append(row(event, false));
      rows++;
    }
    updateListEnd();
  }

  function updateListEnd() {
    const more = next && rows < MAX_ROWS;
    $("more").hidden = !more;
    $("list-note").textContent = rows >= MAX_ROWS ? `Showing the newest ${MAX_ROWS} events: narrow the filter or the time range to see older ones.`
      : rows === 0 ? "No events match." : "";
  }

  async function loadMore() {
    if (!next) return;
    const mine = generation;
    busy(1);
    try {
      const page = await api("events", apiParams({ limit: PAGE_SIZE, before: next }));
      if (mine !== generation) return;
      next = page.next;
      appendEvents(page.events);
    } catch (e) {
      if (mine === generation) $("list-note").textContent = e.message;
    } finally {
      busy(-1);
    }
  }

  // ---- detail --------------------------------------------------------------------------------------------------
  function literal(value) {
    if (value === null) return null;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value === "string") return "'" + value.replace(/'/g, "''") + "'";
    return undefined; // structures and sequences: no simple equality
  }

  function addFilter(name, value) {
    const ident = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "@p['" + name.replace(/'/g, "''") + "']";
    const lit = literal(value);
    if (lit === undefined) return;
    const clause = lit === null ? `${ident} is null` : `${ident} = ${lit}`;
    state.where = state.where ? `${state.where} and ${clause}` : clause;
    search();
  }

  function showDetail(event, tr) {
    for (const selected of $("events").querySelectorAll("tr.selected")) selected.classList.remove("selected");
    if (tr) tr.classList.add("selected");
    $("detail").hidden = false;
    $("detail").dataset.id = event.id;
    $("detail-time").textContent = `${event["@t"]}  ·  ${event["@l"]}`;
    $("detail-message").textContent = event["@m"];
    const table = $("detail-properties");
    table.replaceChildren();
    for (const [name, value] of Object.entries(event.properties || {})) {
      const tr2 = el("tr");
      const text = typeof value === "string" ? value : JSON.stringify(value);
      const valueCell = el("td");
      const span = el("span", literal(value) === undefined ? "" : "value", text);
      span.dataset.name = name;
      if (literal(value) !== undefined) {
        span.title = "Add to the filter";
        span.addEventListener("click", () => addFilter(name, value));
      }
      valueCell.append(span);
      tr2.append(el("td", "name", name), valueCell);
      table.append(tr2);
    }
    $("detail-exception-block").hidden = !event["@x"];
    $("detail-exception").textContent = event["@x"] || "";
    let raw = event.raw;
    try { raw = JSON.stringify(JSON.parse(event.raw), null, 2); } catch { /* keep it as written */ }
    $("detail-raw").textContent = raw;
  }

  // ---- histogram -----------------------------------------------------------------------------------------------
  const SVG = "http://www.w3.org/2000/svg";

  function drawHistogram(h) {
    histogram = h;
    const svg = $("histogram");
    svg.replaceChildren();
    const buckets = h.buckets;
    const width = Math.max(1, buckets.length);
    svg.setAttribute("viewBox", `0 0 ${width} 100`);
    let max = 0;
    for (const b of buckets) max = Math.max(max, b.counts.reduce((a, c) => a + c, 0));
    let drawn = 0;
    buckets.forEach((b, i) => {
      let y = 100;
      b.counts.forEach((count, level) => {
        if (!count) return;
        const height = max ? (count / max) * 96 : 0;
        y -= height;
        const rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("x", String(i + 0.08));
        rect.setAttribute("y", String(y));
        rect.setAttribute("width", "0.84");
        rect.setAttribute("height", String(height));
        rect.setAttribute("fill", getComputedStyle(document.documentElement).getPropertyValue("--" + LEVELS[level]).trim());
        rect.dataset.count = String(count);
        rect.dataset.level = LEVELS[level];
        const title = document.createElementNS(SVG, "title");
        title.textContent = `${formatTime(b.t)}: ${count} ${LEVELS[level]}`;
        rect.append(title);
        svg.append(rect);
        drawn += count;
      });
    });
    svg.dataset.total = String(drawn);
    $("axis-from").textContent = buckets.length ? formatTime(buckets[0].t) : "";
    $("axis-to").textContent = buckets.length ? formatTime(new Date(new Date(buckets[buckets.length - 1].t).getTime() + h.bucketSeconds * 1000).toISOString()) : "";
    for (const button of $("levels").querySelectorAll("button")) {
      button.querySelector(".count").textContent = String(h.levels[button.dataset.level] || 0);
    }
    $("summary").textContent = `${h.total.toLocaleString()} events`;
    $("summary").dataset.total = String(h.total);
  }

  function wireZoom() {
    const svg = $("histogram");
    let start = null;
    let band = null;
    const fraction = e => {
      const box = svg.getBoundingClientRect();
      return Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    };
    svg.addEventListener("mousedown", e => {
      if (!histogram || !histogram.buckets.length) return;
      start = fraction(e);
      band = document.createElementNS(SVG, "rect");
      band.setAttribute("class", "selection");
      band.setAttribute("y", "0");
      band.setAttribute("height", "100");
      svg.append(band);
      e.preventDefault();
    });
    window.addEventListener("mousemove", e => {
      if (start === null || !band) return;
      const n = histogram.buckets.length;
      const a = Math.min(start, fraction(e)) * n, b = Math.max(start, fraction(e)) * n;
      band.setAttribute("x", String(a));
      band.setAttribute("width", String(Math.max(0.01, b - a)));
    });
    window.addEventListener("mouseup", e => {
      if (start === null) return;
      const end = fraction(e);
      const a = Math.min(start, end), b = Math.max(start, end);
      start = null;
      if (band) band.remove();
      band = null;
      if (b - a < 0.005) return; // a click, not a drag
      const first = new Date(histogram.buckets[0].t).getTime();
      const span = histogram.buckets.length * histogram.bucketSeconds * 1000;
      state.range = "custom";
      state.from = new Date(first + a * span).toISOString();
      state.to = new Date(first + b * span).toISOString();
      state.live = false;
      search();
    });
  }

  // ---- templates -----------------------------------------------------------------------------------------------
  function drawTemplates(result) {
    const list = $("templates");
    list.replaceChildren();
    for (const t of result.templates) {
      const li = el("li");
      li.dataset.count = String(t.count);
      li.append(el("span", "text", t.template), el("span", "count", t.count.toLocaleString()));
      li.title = "Show only this template";
      li.addEventListener("click", () => {
        const clause = "@mt = '" + t.template.replace(/'/g, "''") + "'";
        state.where = state.where ? `${state.where} and ${clause}` : clause;
        search();
      });
      list.append(li);
    }
  }

  // ---- status --------------------------------------------------------------------------------------------------
  async function refreshStatus() {
    try {
      const s = await api("status", new URLSearchParams());
      const parts = [`${s.files} files`, `${(s.bytes / 1048576).toFixed(1)} MB`, `${s.events.toLocaleString()} events`];
      if (s.invalidLines) parts.push(`${s.invalidLines} lines skipped`);
      $("status").textContent = parts.join(" · ");
      $("status").title = (s.invalid || []).map(l => `${l.file}:${l.line}: ${l.reason}`).join("\n");
    } catch { /* the next search tries again */ }
  }

  // ---- searching -----------------------------------------------------------------------------------------------
  async function refreshAggregates(mine) {
    const [h, t] = await Promise.all([api("histogram", apiParams()), api("templates", apiParams({ top: 10 }))]);
    if (mine !== generation) return;
    drawHistogram(h);
    drawTemplates(t);
  }

  async function search() {
    const mine = ++generation;
    writeUrl();
    syncControls();
    showWhereError("");
    busy(1);
    try {
      const [page] = await Promise.all([api("events", apiParams({ limit: PAGE_SIZE })), refreshAggregates(mine)]);
      if (mine !== generation) return;
      $("events").replaceChildren();
      rows = 0;
      next = page.next;
      appendEvents(page.events);
      startOrStopTail();
    } catch (e) {
      if (mine !== generation) return;
      if (e.parameter === "where") showWhereError(e.message);
      else showWhereError(e.parameter ? `${e.parameter}: ${e.message}` : e.message);
    } finally {
      busy(-1);
    }
    refreshStatus();
  }

  function startOrStopTail() {
    if (tail) { tail.close(); tail = null; }
    if (!state.live) return;
    const q = apiParams();
    q.delete("to");
    tail = new EventSource("/api/tail?" + q.toString());
    tail.addEventListener("log", message => {
      const event = JSON.parse(message.data);
      const body = $("events");
      body.insertBefore(row(event, true), body.firstChild);
      rows++;
      while (rows > MAX_ROWS && body.lastChild) { body.lastChild.remove(); rows--; }
      updateListEnd();
      scheduleAggregates();
    });
  }

  function scheduleAggregates() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(async () => {
      refreshTimer = null;
      const mine = generation;
      busy(1);
      try { await refreshAggregates(mine); } catch { /* shown on the next search */ } finally { busy(-1); }
      refreshStatus();
    }, 1000);
  }

  function wireControls() {
    $("search").addEventListener("submit", e => {
      e.preventDefault();
      state.where = $("where").value.trim();
      if (state.range === "custom") {
        state.from = fromLocalInput($("from").value);
        state.to = fromLocalInput($("to").value);
      }
      search();
    });
    $("range").addEventListener("change", () => {
      state.range = $("range").value;
      if (state.range === "custom") {
        const h = histogram && histogram.buckets.length ? histogram : null;
        state.from = state.from || (h ? h.buckets[0].t : "");
        state.to = "";
        syncControls();
        return;
      }
      state.from = state.range;
      state.to = "";
      search();
    });
    $("live").addEventListener("change", () => {
      state.live = $("live").checked;
      if (state.live && state.range === "custom") { state.to = ""; }
      search();
    });
    $("more").addEventListener("click", loadMore);
    $("close-detail").addEventListener("click", () => { $("detail").hidden = true; });
    // Load older pages as the end of the list scrolls into view.
    // Observer notices can arrive late (computed before the first page was laid out): check the geometry now.
    new IntersectionObserver(() => {
      const end = $("list-end").getBoundingClientRect();
      if (end.top < window.innerHeight && !$("more").hidden && pending === 0) loadMore();
    }).observe($("list-end"));
  }

  document.addEventListener("DOMContentLoaded", () => {
    buildLevelButtons();
    wireControls();
    wireZoom();
    readUrl();
    search();
  });
})();
