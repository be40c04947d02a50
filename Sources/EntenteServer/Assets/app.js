// The Entente viewer: plain JavaScript and SVG, talking only to this server's /api.
// The view (entity, depth, dates, expanded nodes, timeline pair, query) lives in the URL, so a
// view can be shared by copying the address.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

// Filled from /api/health: the DOT export's shapes per kind and colours per relation class.
let conventions = { shapes: {}, colours: {} };
let firstDay = null;
let lastDay = null;
let graph = { nodes: [], links: [] };

const state = {
  around: "", depth: "1", since: "", until: "", asOf: "", window: "180d", negated: "1",
  expanded: [], a: "", b: "", by: "quarter", q: "",
};

// ---- the URL --------------------------------------------------------------------------

function readURL() {
  const params = new URLSearchParams(location.search);
  for (const key of Object.keys(state)) {
    if (!params.has(key)) continue;
    state[key] = key === "expanded" ? params.get(key).split("|").filter(Boolean) : params.get(key);
  }
}

function writeURL() {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    const text = Array.isArray(value) ? value.join("|") : value;
    if (text) params.set(key, text);
  }
  history.replaceState(null, "", "?" + params.toString());
}

// ---- the API --------------------------------------------------------------------------

async function api(path, options) {
  const response = await fetch(path, options);
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch { body = text; }
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : response.status + " " + response.statusText);
    error.body = body;
    throw error;
  }
  return body;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== "" && value !== undefined && value !== null) search.set(key, value);
  return search.toString();
}

function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").classList.toggle("error", !!isError);
}

// ---- dates ----------------------------------------------------------------------------

const dayMs = 86400000;
const toDay = (iso) => Math.floor(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / dayMs);
const fromDay = (day) => new Date(day * dayMs).toISOString().slice(0, 10);

function timeParameters() {
  if (state.asOf) return { as_of: state.asOf, window: state.window };
  return { since: state.since, until: state.until };
}

// ---- search with suggestions ------------------------------------------------------------

let suggestTimer = null;

function suggest() {
  clearTimeout(suggestTimer);
  const text = $("search").value.trim();
  if (!text) { $("suggestions").replaceChildren(); return; }
  suggestTimer = setTimeout(async () => {
    try {
      const answer = await api("/api/entities?" + query({ search: text, limit: 8 }));
      const items = answer.entities.map((entity) => {
        const item = document.createElement("li");
        item.setAttribute("role", "option");
        item.dataset.name = entity.name;
        item.append(entity.name + " ");
        const small = document.createElement("small");
        small.textContent = entity.kind + ", " + entity.type + " · " + entity.factCount + " facts";
        item.append(small);
        item.addEventListener("click", () => choose(entity.name));
        return item;
      });
      $("suggestions").replaceChildren(...items);
    } catch (error) {
      setStatus(error.message, true);
    }
  }, 150);
}

function choose(name) {
  $("search").value = name;
  $("suggestions").replaceChildren();
  state.around = name;
  state.expanded = [];
  if (!state.a) { state.a = name; $("timeline-a").value = name; }
  loadGraph();
}

// ---- the neighbourhood ------------------------------------------------------------------

// Each load is numbered; an answer to an older one (the slider moved on) is dropped.
let loads = 0;

async function loadGraph() {
  writeURL();
  if (!state.around) return;
  const load = ++loads;
  const asOf = state.asOf;
  setStatus("Loading…");
  try {
    const centres = [state.around, ...state.expanded];
    const parts = await Promise.all(centres.map((name, index) => api("/api/neighbourhood?" + query({
      around: name, depth: index === 0 ? state.depth : "1", include_negated: state.negated ? "true" : "", ...timeParameters(),
    }))));
    const nodes = new Map();
    const links = new Map();
    for (const part of parts) {
      for (const node of part.nodes) nodes.set(node.id, node);
      for (const link of part.links) links.set([link.source, link.target, link.predicate, link.negated, link.modality].join(" "), link);
    }
    if (load !== loads) return;
    graph = { nodes: [...nodes.values()], links: [...links.values()] };
    draw();
    // What the drawing shows, for a reader (and the browser test) to know it is up to date.
    $("graph").dataset.drawn = [state.around, asOf || "always"].join(" ");
    setStatus(graph.nodes.length + " entities, " + graph.links.length + " relations");
  } catch (error) {
    if (load !== loads) return;
    graph = { nodes: [], links: [] };
    draw();
    setStatus(error.message, true);
  }
}

// A small force layout, run to rest before drawing: the same graph gives the same picture.
const nodeWidth = (node) => Math.max(50, node.name.length * 7 + 16);

function layout(nodes, links, width, height) {
  const position = new Map();
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(nodes.length, 1);
    const radius = node.name === state.around ? 0 : Math.min(width, height) * 0.35;
    position.set(node.id, { x: width / 2 + radius * Math.cos(angle), y: height / 2 + radius * Math.sin(angle) });
  });
  const ideal = Math.max(90, Math.min(width, height) / Math.sqrt(nodes.length + 1));
  for (let step = 0; step < 300; step++) {
    const force = new Map(nodes.map((node) => [node.id, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = position.get(nodes[i].id), b = position.get(nodes[j].id);
        let dx = a.x - b.x, dy = a.y - b.y;
        const distance = Math.max(Math.hypot(dx, dy), 1);
        const push = (ideal * ideal) / distance;
        dx /= distance; dy /= distance;
        force.get(nodes[i].id).x += dx * push; force.get(nodes[i].id).y += dy * push;
        force.get(nodes[j].id).x -= dx * push; force.get(nodes[j].id).y -= dy * push;
      }
    }
    for (const link of links) {
      const a = position.get(link.source), b = position.get(link.target);
      if (!a || !b || a === b) continue;
      const dx = b.x - a.x, dy = b.y - a.y;
      const distance = Math.max(Math.hypot(dx, dy), 1);
      const pull = (distance * distance) / ideal / 4;
      force.get(link.source).x += (dx / distance) * pull; force.get(link.source).y += (dy / distance) * pull;
      force.get(link.target).x -= (dx / distance) * pull; force.get(link.target).y -= (dy / distance) * pull;
    }
    const cooling = 10 * (1 - step / 300) + 0.5;
    for (const node of nodes) {
      const p = position.get(node.id), f = force.get(node.id);
      const size = Math.max(Math.hypot(f.x, f.y), 1);
      p.x += (f.x / size) * Math.min(size, cooling);
      p.y += (f.y / size) * Math.min(size, cooling);
      const half = nodeWidth(node) / 2 + 4;
      p.x = Math.min(width - half, Math.max(half, p.x));
      p.y = Math.min(height - 30, Math.max(30, p.y));
    }
  }
  return position;
}

function element(name, attributes, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.append(node);
  return node;
}

function nodeShape(kind, group, x, y, width) {
  const w = width / 2, h = 14;
  const shape = conventions.shapes[kind] || "ellipse";
  const common = { class: "shape", fill: "#ffffff", stroke: "#333333", "stroke-width": "1.2", "data-shape": shape };
  if (shape === "box") return element("rect", { ...common, x: x - w, y: y - h, width: 2 * w, height: 2 * h }, group);
  if (shape === "house") {
    const points = [[x, y - h - 8], [x + w, y - h + 4], [x + w, y + h], [x - w, y + h], [x - w, y - h + 4]];
    return element("polygon", { ...common, points: points.map((p) => p.join(",")).join(" ") }, group);
  }
  return element("ellipse", { ...common, cx: x, cy: y, rx: w, ry: h }, group);
}

function draw() {
  const svg = $("graph");
  svg.replaceChildren();
  $("graph-hint").hidden = graph.nodes.length > 0;
  if (!graph.nodes.length) return;
  const width = 800, height = 560;
  const position = layout(graph.nodes, graph.links, width, height);
  const defs = element("defs", {}, svg);
  for (const [name, colour] of Object.entries(conventions.colours)) {
    const marker = element("marker", { id: "arrow-" + name, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" }, defs);
    element("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour }, marker);
  }
  const edges = element("g", { class: "edges" }, svg);
  const pairs = new Map();
  for (const link of graph.links) {
    const key = [link.source, link.target].sort().join(" ");
    const index = pairs.get(key) || 0;
    pairs.set(key, index + 1);
    const a = position.get(link.source), b = position.get(link.target);
    if (!a || !b) continue;
    const colour = conventions.colours[link.class] || "#8c8c8c";
    const group = element("g", { class: "edge", "data-class": link.class, "data-negated": String(link.negated), tabindex: "0" }, edges);
    // Parallel relations between one pair bend apart; a relation of an entity to itself loops.
    // The bend is measured in the pair's own order, so A→B and B→A bend apart, not onto each other.
    const bend = (index % 2 ? -1 : 1) * Math.ceil(index / 2) * 28 * (String(link.source) < String(link.target) ? 1 : -1);
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const length = Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1);
    const cx = mx - ((b.y - a.y) / length) * bend, cy = my + ((b.x - a.x) / length) * bend;
    const d = a === b ? `M ${a.x} ${a.y - 14} c 40 -60 80 0 30 10` : `M ${a.x} ${a.y} Q ${cx} ${cy} ${b.x} ${b.y}`;
    const dashed = link.negated || link.modality || link.confidence < 0.5;
    element("path", {
      class: "line", d, fill: "none", stroke: colour, "stroke-opacity": "0.8",
      "stroke-width": String(Math.min(6, 1 + Math.floor(Math.log2(Math.max(link.sources, 1))))),
      "marker-end": `url(#arrow-${link.class})`, ...(dashed ? { "stroke-dasharray": "6 4" } : {}),
    }, group);
    element("path", { d, fill: "none", stroke: "transparent", "stroke-width": "14" }, group);
    const label = element("text", { x: (mx + cx) / 2, y: (my + cy) / 2 - 3, "font-size": "10", fill: colour, "text-anchor": "middle" }, group);
    label.textContent = (link.negated ? "not " : "") + link.predicate.replaceAll("_", " ") + (link.modality ? " (" + link.modality + ")" : "");
    const title = element("title", {}, group);
    title.textContent = `${nameOf(link.source)} → ${nameOf(link.target)}: ${label.textContent}, ${link.facts} facts, ${link.first_seen || "undated"}…${link.last_seen || ""}`;
    group.addEventListener("click", () => showFacts(link, group));
    group.addEventListener("keydown", (event) => { if (event.key === "Enter") showFacts(link, group); });
  }
  const nodes = element("g", { class: "nodes" }, svg);
  for (const node of graph.nodes) {
    const p = position.get(node.id);
    const group = element("g", { class: "node", "data-name": node.name, "data-kind": node.kind, tabindex: "0" }, nodes);
    const shape = nodeShape(node.kind, group, p.x, p.y, nodeWidth(node));
    if (node.name === state.around) shape.setAttribute("stroke-width", "2.5");
    const text = element("text", { x: p.x, y: p.y + 4, "font-size": "12", "text-anchor": "middle", fill: "#222222" }, group);
    text.textContent = node.name;
    const title = element("title", {}, group);
    title.textContent = `${node.name} (${node.kind}, ${node.type}) — click to expand`;
    group.addEventListener("click", () => expand(node.name));
    group.addEventListener("keydown", (event) => { if (event.key === "Enter") expand(node.name); });
  }
}

function nameOf(id) {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  return node ? node.name : id;
}

function expand(name) {
  if (name !== state.around && !state.expanded.includes(name)) state.expanded.push(name);
  $("timeline-b").value = name !== state.around ? name : $("timeline-b").value;
  loadGraph();
}

// ---- an edge's facts ----------------------------------------------------------------------

async function showFacts(link, group) {
  document.querySelectorAll("#graph .edge.selected").forEach((edge) => edge.classList.remove("selected"));
  group.classList.add("selected");
  const subject = nameOf(link.source), object = nameOf(link.target);
  const panel = $("details");
  const heading = document.createElement("h2");
  heading.textContent = `${subject} ${link.negated ? "not " : ""}${link.predicate.replaceAll("_", " ")} ${object}`;
  panel.replaceChildren(heading);
  try {
    const time = state.asOf ? {} : { since: state.since, until: state.until };
    const answer = await api("/api/facts?" + query({ about: subject, limit: 5000, ...time }));
    const facts = answer.facts.filter((fact) => fact.subject === subject && fact.object === object
      && fact.predicate === link.predicate && fact.negated === link.negated);
    if (!facts.length) panel.append(paragraph("No facts in this period."));
    for (const fact of facts) {
      const item = document.createElement("div");
      item.className = "fact";
      const meta = paragraph([fact.date || "undated", fact.modality, fact.speaker ? "according to " + fact.speaker : "", `confidence ${fact.confidence}`]
        .filter(Boolean).join(" · "));
      meta.className = "meta";
      item.append(meta);
      if (fact.evidence) {
        const quote = document.createElement("blockquote");
        quote.className = "evidence";
        quote.textContent = fact.evidence;
        item.append(quote);
      }
      const source = fact.articleTitle || fact.articleSource || "article #" + fact.articleID;
      const from = paragraph("— ");
      from.className = "meta";
      // The article's own address when the store has one; else its title and source.
      const address = [fact.articleURL, fact.articleSource].find((text) => /^https?:\/\//.test(text || ""));
      if (address) {
        const link = document.createElement("a");
        link.textContent = source;
        link.href = address;
        link.rel = "noopener noreferrer";
        from.append(link);
      } else {
        from.append(source + (fact.articleSource && fact.articleTitle ? " (" + fact.articleSource + ")" : ""));
      }
      item.append(from);
      panel.append(item);
    }
  } catch (error) {
    panel.append(paragraph(error.message));
  }
}

function paragraph(text) {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}

// ---- legend and downloads ------------------------------------------------------------------

function drawLegend() {
  const items = Object.entries(conventions.colours).map(([name, colour]) => {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour;
    item.append(swatch, name);
    return item;
  });
  const shapes = Object.entries(conventions.shapes).map(([kind, shape]) => paragraph(`${kind}: ${shape}`));
  const dashed = document.createElement("span");
  dashed.textContent = "dashed: negated, modal or uncertain";
  $("legend").replaceChildren(...items, ...shapes.map((p) => { const s = document.createElement("span"); s.textContent = p.textContent; return s; }), dashed);
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function downloadDOT() {
  if (!state.around) return;
  try {
    const response = await fetch("/api/export.dot?" + query({
      around: state.around, depth: state.depth, include_negated: state.negated ? "true" : "", ...timeParameters(),
    }));
    const text = await response.text();
    if (!response.ok) throw new Error(JSON.parse(text).error);
    download(state.around + ".dot", "text/vnd.graphviz", text);
  } catch (error) {
    setStatus(error.message, true);
  }
}

function downloadSVG() {
  const copy = $("graph").cloneNode(true);
  copy.setAttribute("xmlns", SVG);
  copy.setAttribute("width", "800");
  copy.setAttribute("height", "560");
  download((state.around || "entente") + ".svg", "image/svg+xml", new XMLSerializer().serializeToString(copy));
}

// ---- dates controls ------------------------------------------------------------------------

let redrawTimer = null;

function redrawSoon() {
  clearTimeout(redrawTimer);
  redrawTimer = setTimeout(loadGraph, 200);
}

function syncAsOf() {
  const on = $("as-of-on").checked;
  $("as-of").disabled = !on;
  $("since").disabled = on;
  $("until").disabled = on;
  state.asOf = on ? fromDay(Number($("as-of").value)) : "";
  $("as-of-day").textContent = on ? state.asOf : "";
}

// ---- timeline -----------------------------------------------------------------------------

async function drawTimeline(event) {
  if (event) event.preventDefault();
  state.a = $("timeline-a").value.trim();
  state.b = $("timeline-b").value.trim();
  state.by = $("timeline-by").value;
  writeURL();
  const svg = $("timeline");
  svg.replaceChildren();
  $("timeline-error").textContent = "";
  if (!state.a || !state.b) return;
  try {
    const answer = await api("/api/timeline?" + query({ a: state.a, b: state.b, by: state.by, since: state.since, until: state.until }));
    const rows = answer.rows;
    if (!rows.length) { $("timeline-error").textContent = `No dated facts between ${answer.between[0]} and ${answer.between[1]}.`; return; }
    const width = 800, height = 220, left = 30, bottom = 40, top = 20;
    const most = Math.max(1, ...rows.map((row) => row.facts));
    const step = (width - left - 10) / rows.length;
    const classes = Object.keys(conventions.colours);
    const heading = element("text", { x: left, y: 14, "font-size": "12", fill: "#222222" }, svg);
    heading.textContent = `${answer.between[0]} – ${answer.between[1]}, facts per ${answer.by}`;
    element("line", { x1: left, y1: height - bottom, x2: width - 10, y2: height - bottom, stroke: "#999999" }, svg);
    const tick = element("text", { x: left - 4, y: top + 4, "font-size": "10", "text-anchor": "end", fill: "#666666" }, svg);
    tick.textContent = String(most);
    rows.forEach((row, index) => {
      let y = height - bottom;
      const x = left + index * step + step * 0.15;
      for (const name of classes) {
        const count = row.classes[name] || 0;
        if (!count) continue;
        const h = (count / most) * (height - bottom - top);
        y -= h;
        const bar = element("rect", { x, y, width: step * 0.7, height: h, fill: conventions.colours[name], class: "bar" }, svg);
        const title = element("title", {}, bar);
        title.textContent = `${row.period}: ${count} ${name}`;
      }
      if (rows.length <= 24 || index % Math.ceil(rows.length / 24) === 0) {
        const label = element("text", { x: x + step * 0.35, y: height - bottom + 14, "font-size": "10", "text-anchor": "middle", fill: "#444444" }, svg);
        label.textContent = row.period;
      }
    });
  } catch (error) {
    $("timeline-error").textContent = error.message;
  }
}

// ---- query --------------------------------------------------------------------------------

async function runQuery(event) {
  if (event) event.preventDefault();
  state.q = $("query").value;
  writeURL();
  $("query-error").textContent = "";
  $("query-results").replaceChildren();
  if (!state.q.trim()) return;
  try {
    const answer = await api("/api/query", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ query: state.q }),
    });
    if (answer.explanation) { $("query-error").textContent = ""; $("query-results").append(paragraph(answer.explanation)); return; }
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const column of answer.columns) { const th = document.createElement("th"); th.textContent = column; head.append(th); }
    const body = table.createTBody();
    for (const row of answer.rows) {
      const tr = body.insertRow();
      for (const value of row) tr.insertCell().textContent = cellText(value);
    }
    $("query-results").append(paragraph(`${answer.rows.length} rows`), table);
  } catch (error) {
    $("query-error").textContent = error.body && error.body.caret ? error.body.caret : error.message;
  }
}

function cellText(value) {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map(cellText).join(" ");
  if (typeof value === "object") return `${value.subject} –${value.label || value.predicate}→ ${value.object}${value.date ? " (" + value.date + ")" : ""}`;
  return String(value);
}

// ---- start --------------------------------------------------------------------------------

async function start() {
  readURL();
  try {
    const health = await api("/api/health");
    conventions = { shapes: health.shapes, colours: health.colours };
    if (health.statistics.firstDate && health.statistics.lastDate) {
      firstDay = toDay(health.statistics.firstDate);
      lastDay = toDay(health.statistics.lastDate);
      $("as-of").min = String(firstDay);
      $("as-of").max = String(lastDay);
      $("as-of").value = String(state.asOf ? toDay(state.asOf) : lastDay);
    }
    setStatus(`${health.statistics.entities} entities, ${health.statistics.facts} facts` + (health.readOnly ? "" : " · accepting articles"));
  } catch (error) {
    setStatus(error.message, true);
  }
  drawLegend();
  $("search").value = state.around;
  $("depth").value = state.depth;
  $("since").value = state.since;
  $("until").value = state.until;
  $("window").value = state.window;
  $("negated").checked = !!state.negated;
  $("as-of-on").checked = !!state.asOf;
  $("timeline-a").value = state.a;
  $("timeline-b").value = state.b;
  $("timeline-by").value = state.by;
  $("query").value = state.q;
  syncAsOf();

  $("search").addEventListener("input", suggest);
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const first = $("suggestions").querySelector("li");
    choose(first ? first.dataset.name : $("search").value.trim());
  });
  $("depth").addEventListener("change", () => { state.depth = $("depth").value; loadGraph(); });
  for (const id of ["since", "until"]) {
    $(id).addEventListener("change", () => { state[id] = $(id).value.trim(); loadGraph(); });
  }
  $("as-of-on").addEventListener("change", () => { syncAsOf(); loadGraph(); });
  $("as-of").addEventListener("input", () => { syncAsOf(); redrawSoon(); });
  $("window").addEventListener("change", () => { state.window = $("window").value; loadGraph(); });
  $("negated").addEventListener("change", () => { state.negated = $("negated").checked ? "1" : ""; loadGraph(); });
  $("download-dot").addEventListener("click", downloadDOT);
  $("download-svg").addEventListener("click", downloadSVG);
  $("timeline-form").addEventListener("submit", drawTimeline);
  $("query-form").addEventListener("submit", runQuery);

  if (state.around) loadGraph();
  if (state.a && state.b) drawTimeline();
  if (state.q) runQuery();
}

start();
