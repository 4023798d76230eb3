// scripts/format/danish.ts
import { formatLocale } from "file:///work/main/node_modules/d3-format/dist/d3-format.mjs";
import { timeFormatLocale } from "file:///work/main/node_modules/d3-time-format/dist/d3-time-format.mjs";
var numberLocale = formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."], minus: "\u2212" });
var dateLocale = timeFormatLocale({
  dateTime: "%A den %d. %B %Y %X",
  date: "%d.%m.%Y",
  time: "%H:%M:%S",
  periods: ["AM", "PM"],
  days: ["s\xF8ndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "l\xF8rdag"],
  shortDays: ["s\xF8n", "man", "tir", "ons", "tor", "fre", "l\xF8r"],
  months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  shortMonths: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
});
var plain = numberLocale.format(",.2~f");
var percent = numberLocale.format(".0%");
var dayMonthYear = dateLocale.utcFormat("%-d. %B %Y");
var monthYear = dateLocale.utcFormat("%B %Y");
function formatNumber(n) {
  return plain(n);
}
function formatMio(n) {
  return `${plain(n)} mio. kr.`;
}
function formatDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  if (m === void 0) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === void 0 ? monthYear(date) : dayMonthYear(date);
}
var NUMBER_WORDS = {
  1: ["\xE9n", "en", "et", "\xE9t", "ene"],
  2: ["to"],
  3: ["tre"],
  4: ["fire"],
  5: ["fem"],
  6: ["seks"],
  7: ["syv"],
  8: ["otte"],
  9: ["ni"],
  10: ["ti"],
  11: ["elleve"],
  12: ["tolv"]
};

// scripts/site/amount.ts
function amountText(f) {
  if (f.amount === null) return "Bel\xF8b ikke oplyst";
  const amount = f.unit === "fte" ? `${formatNumber(f.amount)} \xE5rsv\xE6rk` : formatMio(f.amount);
  return f.basis === "per_year" ? `${amount} om \xE5ret` : amount;
}

// scripts/site/anchors.ts
var anchor = {
  initiative: (id) => `initiativ-${id}`,
  recommendation: (id) => `anbefaling-${id}`,
  link: (id) => `link-${id}`,
  organisation: (id) => `org-${id}`,
  term: (id) => `term-${id}`,
  event: (id) => `begivenhed-${id}`,
  source: (id) => `kilde-${id}`
};

// scripts/site/figure.ts
var QUALIFIER = { approx: "ca. ", up_to: "op mod ", counted: "" };
var SINGULAR = { initiativer: "initiativ", ans\u00F8gninger: "ans\xF8gning", kommuner: "kommune", kurser: "kursus", m\u00F8der: "m\xF8de" };
var unitOf = (i) => i.value === 1 ? SINGULAR[i.unit] ?? i.unit : i.unit;
function valueText(i) {
  return i.value === null ? "ikke oplyst" : `${QUALIFIER[i.value_qualifier ?? ""] ?? ""}${formatNumber(i.value)}`;
}
var COMPARATOR = { ">=": "mindst", "<=": "h\xF8jst", "=": "" };
var TARGET_UNIT = { pct: "pct." };
var MET = { yes: "m\xE5let er n\xE5et", no: "m\xE5let er ikke n\xE5et", expected: "m\xE5let forventes n\xE5et" };
function targetText(i) {
  return [COMPARATOR[i.comparator ?? "="], formatNumber(i.target), i.target_unit ? TARGET_UNIT[i.target_unit] ?? i.target_unit : ""].filter(Boolean).join(" ");
}
function indicatorText(i) {
  if (i.kind !== "target_reached" || i.target === null) return `${valueText(i)} ${unitOf(i)}`;
  if (i.value !== null && i.target_unit === null) return `${valueText(i)} af ${targetText(i)} ${i.unit}`;
  const verdict = i.met && i.met_basis === "source" ? ` \u2013 ${MET[i.met]} if\xF8lge kilden` : "";
  return `m\xE5l: ${targetText(i)} af ${i.unit}${verdict}`;
}

// scripts/site/status.ts
var STATUS_LABEL = {
  on_schedule: "F\xF8lger tidsplanen",
  delayed: "Forsinket",
  carried_out: "Gennemf\xF8rt",
  given_up: "Opgivet",
  cancelled: "Aflyst",
  offered: "Udbudt",
  target_met: "M\xE5l n\xE5et",
  target_expected: "M\xE5l forventes n\xE5et"
};

// scripts/site/views/kilder.ts
var KIND = {
  letter: "Brev",
  answer: "Svar p\xE5 sp\xF8rgsm\xE5l",
  annex: "Bilag",
  press_release: "Pressemeddelelse",
  news_article: "Artikel",
  web_page: "Webside",
  register: "Register"
};
function kilderView(t) {
  const initiative = (id) => id ? t.initiatives.find((i) => i.initiative_id === id)?.name : void 0;
  return {
    sources: [...t.sources].sort((a, b) => Number(a.text_file === "supplementary.md") - Number(b.text_file === "supplementary.md") || (b.date ?? "").localeCompare(a.date ?? "")).map((s) => {
      const mine = (rows) => rows.filter((r) => r.source_id === s.source_id);
      return {
        id: s.source_id,
        anchor: anchor.source(s.source_id),
        title: s.title,
        kind: KIND[s.kind] ?? s.kind,
        date: s.date ? formatDate(s.date) : s.date_note,
        sender: s.sender,
        recipient: s.recipient,
        reference: s.reference,
        url: s.url,
        ocr: s.ocr === "yes",
        supplementary: s.text_file === "supplementary.md",
        figures: [
          ...mine(t.indicators).map((i) => ({ text: indicatorText(i), about: i.measure, quote: i.quote })),
          ...mine(t.funding).filter((f) => f.amount !== null).map((f) => ({ text: amountText(f), about: f.purpose, quote: f.quote }))
        ],
        statuses: mine(t.status_updates).map((u) => ({ text: STATUS_LABEL[u.status], about: initiative(u.initiative_id) ?? u.initiative_id, quote: u.quote })),
        recommendations: mine(t.recommendations).map((r) => ({ text: r.text, anchor: anchor.recommendation(r.recommendation_id) })),
        links: mine(t.links).map((l) => ({ text: l.title, url: l.url })),
        kommuner: s.source_id === "dagi" ? t.kommuner.length : null
      };
    })
  };
}

// components/data/page-loader.ts
import { defineLoader } from "file:///work/main/node_modules/vitepress/dist/node/index.js";

// scripts/data/load-data.ts
import { existsSync as existsSync2, readFileSync as readFileSync3 } from "node:fs";
import { join as join2, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// scripts/data/problems.ts
function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
var DataError = class extends Error {
  constructor(problems) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the data:
` + problems.map(formatProblem).join("\n"));
    this.problems = problems;
    this.name = "DataError";
  }
};
function shown(value, max = 60) {
  const v = value.length > max ? value.slice(0, max - 1) + "\u2026" : value;
  return JSON.stringify(v);
}

// scripts/data/check-keys.ts
var keyOf = (row, fields) => fields.map((f) => String(row[f] ?? "")).join("\0");
function checkKeys(resources, tables, fileOf, problems) {
  for (const r of resources) {
    const rows = tables.get(r.name);
    if (!rows) continue;
    const pk = r.schema.primaryKey;
    const uniques = [pk, ...r.schema.fields.filter((f) => f.constraints?.unique).map((f) => [f.name])];
    for (const fields of uniques) {
      const first = /* @__PURE__ */ new Map();
      for (const row of rows) {
        if (fields.some((f) => row[f] === null || row[f] === void 0)) continue;
        const k = keyOf(row, fields);
        const seen = first.get(k);
        if (seen !== void 0) {
          const column = fields[fields.length - 1];
          const value = fields.map((f) => String(row[f])).join(", ");
          problems.push({ file: fileOf(r.name), line: row._line, column, message: `expected a unique ${fields.join(" + ")}, found ${shown(value)} again (first on line ${seen})` });
        } else first.set(k, row._line);
      }
    }
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === "" ? r.name : fk.reference.resource;
      const targetRows = tables.get(target);
      if (!targetRows) continue;
      const keys = new Set(targetRows.map((t) => keyOf(t, fk.reference.fields)));
      for (const row of rows) {
        if (fk.fields.some((f) => row[f] === null || row[f] === void 0)) continue;
        if (!keys.has(keyOf(row, fk.fields))) {
          const value = fk.fields.map((f) => String(row[f])).join(", ");
          problems.push({ file: fileOf(r.name), line: row._line, column: fk.fields[fk.fields.length - 1], message: `expected an id of ${target}.csv (${fk.reference.fields.join(" + ")}), found ${shown(value)}` });
        }
      }
    }
  }
}

// scripts/data/source-texts.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function foldSpace(s) {
  return s.replace(/\s+/gu, " ").trim();
}
var SourceTexts = class {
  constructor(dir) {
    this.dir = dir;
  }
  cache = /* @__PURE__ */ new Map();
  get available() {
    return existsSync(this.dir);
  }
  /** The folded text of a file, or null if it is missing. */
  text(file) {
    if (!this.cache.has(file)) {
      const path = join(this.dir, file);
      this.cache.set(file, existsSync(path) ? foldSpace(readFileSync(path, "utf8")) : null);
    }
    return this.cache.get(file) ?? null;
  }
  /** The text with Markdown escapes undone (`copy\_of\_…`), for finding URLs as a browser sees them. */
  plainText(file) {
    return this.text(file)?.replace(/\\+_/g, "_") ?? null;
  }
};

// scripts/data/check-provenance.ts
var FIGURE_COLUMNS = {
  indicators: ["value", "target", "of_total"],
  funding: ["amount"]
};
var URL_COLUMNS = { links: "url", organisations: "url", sources: "url" };
var OCR_HALF = ["\xBD", "%2"];
function checkProvenance(tables, texts, fileOf, problems) {
  const sourceFile = new Map((tables.get("sources") ?? []).map((s) => [String(s.source_id), String(s.text_file)]));
  for (const [name, rows] of tables) {
    for (const row of rows) {
      const at = (column, message) => problems.push({ file: fileOf(name), line: row._line, column, message });
      const textFile = name === "sources" ? String(row.text_file) : sourceFile.get(String(row.source_id));
      if (!textFile) continue;
      const text = texts.text(textFile);
      if (text === null) {
        at("source_id", `expected the source text ${textFile} in ${texts.dir}, found no such file`);
        continue;
      }
      if (typeof row.quote === "string") {
        const quote = foldSpace(row.quote);
        if (!text.includes(quote)) at("quote", `expected a verbatim passage of ${textFile}, found ${shown(quote)}, which is not in it`);
        for (const column of FIGURE_COLUMNS[name] ?? []) {
          const n = row[column];
          const own = column === "target" && typeof row.target_quote === "string" ? foldSpace(row.target_quote) : quote;
          const where = own === quote ? "quote" : "target_quote";
          if (typeof n !== "number") continue;
          if (column === "value" && row.value_qualifier === "counted") {
            const items = listItems(quote);
            if (items.length !== n) at(column, `expected the number of items the quote lists (${items.length}: ${items.join(" | ")}), found ${formatNumber(n)}`);
          } else if (!quoteHasFigure(own, n)) at(column, `expected the figure to appear in the ${where}, found ${formatNumber(n)} not in ${shown(own)}`);
        }
      }
      if (typeof row.target_quote === "string" && !text.includes(foldSpace(row.target_quote))) {
        at("target_quote", `expected a verbatim passage of ${textFile}, found ${shown(foldSpace(row.target_quote))}, which is not in it`);
      }
      const urlColumn = URL_COLUMNS[name];
      const url = urlColumn ? row[urlColumn] : null;
      if (typeof url === "string") {
        const places = name === "sources" ? [textFile, "supplementary.md"] : [textFile];
        if (!places.some((f) => texts.plainText(f)?.includes(url))) at(urlColumn, `expected a URL that ${places.join(" or ")} gives, found ${shown(url)}`);
      }
    }
  }
}
function quoteHasFigure(quote, n) {
  const forms = /* @__PURE__ */ new Set([formatNumber(n), String(n), String(n).replace(".", ",")]);
  if (n % 1 === 0.5) for (const half of OCR_HALF) forms.add(`${Math.floor(n)}${half}`);
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(?<![0-9.,])${escaped}(?![0-9]|[.,][0-9])`, "u").test(quote)) return true;
  }
  const words = NUMBER_WORDS[n] ?? [];
  return words.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "iu").test(quote));
}
function listItems(quote) {
  return quote.replace(/[.:;]+$/u, "").split(/,\s*|\s+(?:og|samt)\s+/u).map((s) => s.trim()).filter(Boolean);
}

// scripts/data/check-rules.ts
var OUTCOME_COUNTS = {
  launched: "hp2017-initiatives-launched",
  carried_out: "hp2017-initiatives-carried-out",
  given_up: "hp2017-initiatives-given-up",
  cancelled: "hp2017-initiatives-cancelled"
};
var EPS = 1e-9;
var invalid = (row, ...columns) => !!row && columns.some((c) => row[c] === void 0);
function checkRules(tables, fileOf, problems) {
  const rows = (name) => tables.get(name) ?? [];
  const at = (name, row, column, message) => problems.push({ file: fileOf(name), line: row._line, column, message });
  for (const name of ["plans", "funding"]) {
    for (const r of rows(name)) {
      if (typeof r.start_year === "number" && typeof r.end_year === "number" && r.end_year < r.start_year) {
        at(name, r, "end_year", `expected a year \u2265 start_year (${r.start_year}), found "${r.end_year}"`);
      }
    }
  }
  const areaPlan = new Map(rows("areas").map((a) => [a.area_id, a.plan_id]));
  for (const i of rows("initiatives")) {
    const plan = i.area_id === null ? void 0 : areaPlan.get(i.area_id);
    if (plan !== void 0 && plan !== i.plan_id) at("initiatives", i, "area_id", `expected an area of plan ${i.plan_id}, found "${i.area_id}" of plan ${plan}`);
  }
  checkOutcomeCounts(rows("indicators"), rows("initiatives"), rows("status_updates"), (row, column, message) => at("indicators", row, column, message));
  checkSplits(rows("funding"), (row, column, message) => at("funding", row, column, message));
  checkTargets(rows("indicators"), (row, column, message) => at("indicators", row, column, message));
}
function checkOutcomeCounts(indicators, initiatives, updates, report) {
  const byId = new Map(indicators.map((r) => [r.indicator_id, r]));
  const counts = Object.fromEntries(Object.entries(OUTCOME_COUNTS).map(([k, id]) => [k, byId.get(id)]));
  if (!counts.launched) return;
  if (Object.values(counts).some((r) => invalid(r, "value"))) return;
  const value = (r) => typeof r?.value === "number" ? r.value : NaN;
  const parts = [counts.carried_out, counts.given_up, counts.cancelled];
  const sum = parts.reduce((s, r) => s + value(r), 0);
  if (parts.some((p) => !p)) {
    const missing = Object.entries(OUTCOME_COUNTS).filter(([k]) => !counts[k]).map(([, id]) => id);
    report(counts.launched, "indicator_id", `expected the outcome counts ${missing.join(", ")} beside it, found none`);
  } else if (Math.abs(sum - value(counts.launched)) > EPS) {
    report(counts.launched, "value", `expected the initiatives launched to equal carried out + given up + cancelled (${parts.map(value).join(" + ")} = ${sum}), found "${value(counts.launched)}"`);
  }
  const latest = /* @__PURE__ */ new Map();
  for (const u of [...updates].sort((a, b) => String(a.date).localeCompare(String(b.date)))) latest.set(u.initiative_id, u);
  const planOf = new Map(initiatives.map((i) => [i.initiative_id, i.plan_id]));
  for (const key of ["carried_out", "given_up", "cancelled"]) {
    const named = [...latest.values()].filter((u) => u.status === key && planOf.get(u.initiative_id) === "hp2017");
    const count = counts[key];
    if (count && named.length > value(count)) report(count, "value", `expected at least as many as the initiatives named with status ${key} (${named.length}), found "${value(count)}"`);
  }
}
function checkSplits(funding, report) {
  const total = (r) => {
    if (typeof r.amount !== "number") return NaN;
    return r.basis === "per_year" ? r.amount * (Number(r.end_year) - Number(r.start_year) + 1) : r.amount;
  };
  const fields = ["amount", "unit", "basis", "start_year", "end_year", "unexplained_gap"];
  for (const parent of funding) {
    const parts = funding.filter((f) => f.parent_id === parent.funding_id);
    if (invalid(parent, ...fields) || parts.some((p) => invalid(p, ...fields))) continue;
    const gap = typeof parent.unexplained_gap === "number" ? parent.unexplained_gap : null;
    if (!parts.length) {
      if (gap !== null) report(parent, "unexplained_gap", `expected a gap only on a total that has parts, found "${gap}"`);
      continue;
    }
    for (const p of parts) if (p.unit !== parent.unit) report(p, "unit", `expected the unit of its parent ${parent.funding_id} (${parent.unit}), found "${p.unit}"`);
    const sum = parts.reduce((s, p) => s + total(p), 0);
    const diff = Math.round((total(parent) - sum) * 1e6) / 1e6;
    if (Math.abs(diff) < EPS && gap === null) continue;
    if (gap === null) report(parent, "unexplained_gap", `expected the gap stated where the parts (${formatNumber(sum)}) do not add up to the total (${formatNumber(total(parent))}), found an empty cell`);
    else if (Math.abs(gap - diff) > EPS) report(parent, "unexplained_gap", `expected ${diff} (the total ${formatNumber(total(parent))} minus the parts ${formatNumber(sum)}), found "${gap}"`);
  }
}
function checkTargets(indicators, report) {
  for (const r of indicators) {
    if (invalid(r, "kind", "comparator", "target", "target_unit", "value", "met", "met_basis")) continue;
    const hasTarget = r.target !== null;
    if (r.kind === "target_reached") {
      if (!hasTarget) report(r, "target", "expected a target on a target_reached row, found an empty cell");
      if (r.comparator === null) report(r, "comparator", "expected a comparator on a target_reached row, found an empty cell");
      if (r.met === null) report(r, "met", "expected whether the target was met on a target_reached row, found an empty cell");
    } else if (hasTarget || r.met !== null) {
      report(r, hasTarget ? "target" : "met", `expected a target and met only on target_reached rows, found them on a ${r.kind} row`);
    }
    if (r.met === null !== (r.met_basis === null)) report(r, "met_basis", "expected met and met_basis together, found one without the other");
    if (r.met_basis === "computed") {
      if (typeof r.target !== "number" || typeof r.value !== "number" || r.target_unit !== null) {
        report(r, "met_basis", "expected a target and a value in the same unit to compute met from, found none");
        continue;
      }
      const met = r.comparator === ">=" ? r.value >= r.target : r.comparator === "<=" ? r.value <= r.target : r.value === r.target;
      const expected = met ? "yes" : "no";
      if (r.met !== expected) report(r, "met", `expected "${expected}" (${r.value} ${r.comparator} ${r.target}), found "${r.met}"`);
    }
  }
}

// scripts/data/check-table.ts
var INTEGER = /^-?(0|[1-9][0-9]*)$/;
var NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/;
var PATTERN_NAMES = {
  "^[a-z0-9]+(-[a-z0-9]+)*$": "an id of lower-case letters, digits and single hyphens",
  "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$": "an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)",
  "^https://[^\\s]+$": "an https: URL",
  "^[0-9]{4}$": "a four-digit code"
};
function checkTable(table, resource, file, problems) {
  const at = (line, column, message) => problems.push({ file, line, column, message });
  const fields = resource.schema.fields;
  const before = problems.length;
  checkHeader(table.header, fields.map((f) => f.name), (column, message) => at(1, column, message));
  const headerOk = problems.length === before;
  const index = new Map(table.header.map((h, i) => [h, i]));
  const rows = [];
  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      const n = record.cells.length;
      const column = n < table.header.length ? table.header[n] : "-";
      at(record.line, column, `expected ${table.header.length} cells, found ${n}`);
      continue;
    }
    const row = { _line: record.line };
    for (const field of fields) {
      const i = index.get(field.name);
      if (i === void 0) continue;
      row[field.name] = checkCell(record.cells[i] ?? "", field, (message) => at(record.line, field.name, message));
    }
    rows.push(row);
  }
  return headerOk ? rows : null;
}
function checkHeader(found, expected, report) {
  const seen = /* @__PURE__ */ new Set();
  for (const h of found) {
    if (seen.has(h)) report(h, `expected each column once, found ${shown(h)} twice`);
    seen.add(h);
  }
  const missing = expected.filter((e) => !found.includes(e));
  const extra = found.filter((h) => !expected.includes(h));
  const sameSet = !missing.length && !extra.length;
  for (let i = 0; i < Math.max(found.length, expected.length); i++) {
    const f = found[i];
    const e = expected[i];
    if (f !== void 0 && e !== void 0 && missing.includes(e) && extra.includes(f)) {
      report(e, `expected column ${shown(e)}, found ${shown(f)}`);
      missing.splice(missing.indexOf(e), 1);
      extra.splice(extra.indexOf(f), 1);
    }
  }
  for (const m of missing) report(m, `expected column ${shown(m)}, found no such column`);
  for (const x of extra) report(x, `expected only the columns of datapackage.json, found an extra column ${shown(x)}`);
  if (sameSet) {
    const i = found.findIndex((h, k) => h !== expected[k]);
    if (i >= 0) report(found[i], `expected column ${shown(expected[i])} at position ${i + 1}, found ${shown(found[i])} (columns out of order)`);
  }
}
function checkCell(raw, field, report) {
  const c = field.constraints ?? {};
  if (raw.includes("\uFFFD")) return void 0;
  if (raw === "") {
    if (c.required) report("expected a value, found an empty cell");
    return null;
  }
  if (raw !== raw.trim()) {
    report(`expected no leading or trailing spaces, found ${shown(raw)}`);
    return void 0;
  }
  if (field.type === "integer" || field.type === "number") {
    const ok = (field.type === "integer" ? INTEGER : NUMBER).test(raw);
    if (!ok) {
      report(`expected ${field.type === "integer" ? "an integer" : "a number"}, found ${shown(raw)}`);
      return void 0;
    }
    const n = Number(raw);
    if (c.minimum !== void 0 && n < c.minimum) report(`expected a number \u2265 ${c.minimum}, found ${shown(raw)}`);
    else if (c.maximum !== void 0 && n > c.maximum) report(`expected a number \u2264 ${c.maximum}, found ${shown(raw)}`);
    else return n;
    return void 0;
  }
  if (c.enum && !c.enum.includes(raw)) {
    report(`expected one of ${c.enum.join(", ")}, found ${shown(raw)}`);
    return void 0;
  }
  if (c.pattern && !new RegExp(c.pattern, "u").test(raw)) {
    report(`expected ${PATTERN_NAMES[c.pattern] ?? `text matching /${c.pattern}/`}, found ${shown(raw)}`);
    return void 0;
  }
  if (c.pattern && PATTERN_NAMES[c.pattern]?.startsWith("an ISO date") && !isCalendarDate(raw)) {
    report(`expected a date that exists, found ${shown(raw)}`);
    return void 0;
  }
  return raw;
}
function isCalendarDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  if (d === void 0) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// scripts/data/package-schema.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readPackage(path) {
  return JSON.parse(readFileSync2(path, "utf8"));
}

// scripts/data/read-csv.ts
import Papa from "file:///work/main/node_modules/papaparse/papaparse.js";
function readCsv(bytes, file, problems) {
  const at = (line, column, message) => problems.push({ file, line, column, message });
  if (bytes.length === 0) {
    at(1, "-", "expected a header row, found an empty file");
    return null;
  }
  let text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 65279) {
    at(1, "-", "expected UTF-8 without a byte-order mark, found a BOM");
    text = text.slice(1);
  }
  const crlf = text.indexOf("\r");
  if (crlf >= 0) {
    at(lineOf(text, crlf), "-", "expected LF line endings, found CR (CRLF)");
    text = text.replace(/\r\n?/g, "\n");
  }
  if (text.trim() === "") {
    at(1, "-", "expected a header row, found an empty file");
    return null;
  }
  if (!scanQuotes(text, (line, field, message) => at(line, `#${field}`, message))) {
    renameFieldRefs(problems, text, file);
    return null;
  }
  const rows = [];
  let start = 0;
  Papa.parse(text, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      rows.push({ line: lineOf(text, start), cells: result.data });
      start = cursor + 1;
    }
  });
  if (rows.length && isBlank(rows[rows.length - 1].cells)) rows.pop();
  const [head, ...records] = rows;
  if (!head) {
    at(1, "-", "expected a header row, found an empty file");
    return null;
  }
  const header = head.cells;
  for (const r of records) {
    if (isBlank(r.cells)) at(r.line, "-", "expected a record, found an empty line");
    for (let i = 0; i < r.cells.length; i++) {
      if (r.cells[i].includes("\uFFFD")) at(r.line, header[i] ?? `#${i + 1}`, `expected UTF-8 text, found bytes that are not UTF-8 in ${shown(r.cells[i])}`);
    }
  }
  header.forEach((h, i) => {
    if (h.includes("\uFFFD")) at(1, `#${i + 1}`, `expected UTF-8 text, found bytes that are not UTF-8 in ${shown(h)}`);
  });
  return { header, records: records.filter((r) => !isBlank(r.cells)) };
}
function isBlank(cells) {
  return cells.length === 1 && cells[0] === "";
}
function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function scanQuotes(text, report) {
  let ok = true;
  let line = 1;
  let field = 1;
  let i = 0;
  let fieldStart = true;
  while (i < text.length) {
    const c = text[i];
    if (fieldStart && c === '"') {
      const openLine = line;
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (text[i] === "\n") line++;
        i++;
      }
      if (!closed) {
        report(openLine, field, "expected a closing quote for the quoted cell, found the end of the file");
        return false;
      }
      const next = text[i];
      if (next !== void 0 && next !== "," && next !== "\n") {
        report(line, field, `expected a comma or line end after the closing quote, found ${shown(next)} (a stray quote)`);
        ok = false;
        while (i < text.length && text[i] !== "," && text[i] !== "\n") i++;
      }
      fieldStart = false;
      continue;
    }
    if (c === ",") {
      field++;
      fieldStart = true;
      i++;
      continue;
    }
    if (c === "\n") {
      line++;
      field = 1;
      fieldStart = true;
      i++;
      continue;
    }
    if (c === '"') {
      report(line, field, "expected no quote inside an unquoted cell, found a stray quote (quote the whole cell and double the quote)");
      ok = false;
      while (i + 1 < text.length && text[i + 1] !== "," && text[i + 1] !== "\n") i++;
    }
    fieldStart = false;
    i++;
  }
  return ok;
}
function renameFieldRefs(problems, text, file) {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const header = firstLine.includes('"') ? [] : firstLine.split(",");
  for (const p of problems) {
    if (p.file !== file || !p.column.startsWith("#")) continue;
    const name = header[Number(p.column.slice(1)) - 1];
    if (name) p.column = name;
  }
}

// scripts/data/load-data.ts
var __vite_injected_original_import_meta_url = "file:///work/main/scripts/data/load-data.ts";
var PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", __vite_injected_original_import_meta_url)));
var DATA_DIR = process.env.NSK_DATA_DIR ? resolve(process.env.NSK_DATA_DIR) : join2(PROJECT_ROOT, "data");
var SOURCES_DIR = process.env.NSK_SOURCES_DIR ? resolve(process.env.NSK_SOURCES_DIR) : resolve(PROJECT_ROOT, "..", "shared", "sources");
function checkData(options = {}) {
  const dataDir = resolve(options.dataDir ?? DATA_DIR);
  const label = options.label ?? (relative(PROJECT_ROOT, dataDir) || ".");
  const fileOf = (name) => `${label}/${name}.csv`;
  const problems = [];
  const pkgPath = join2(dataDir, "datapackage.json");
  let pkg;
  try {
    pkg = readPackage(pkgPath);
  } catch (e) {
    problems.push({ file: `${label}/datapackage.json`, line: 1, column: "-", message: `expected a readable JSON data package, found ${e.message}` });
    return { pkg: { resources: [] }, tables: {}, problems, provenance: "skipped" };
  }
  const tables = /* @__PURE__ */ new Map();
  for (const resource of pkg.resources) {
    const path = join2(dataDir, resource.path);
    const file = fileOf(resource.name);
    if (!existsSync2(path)) {
      problems.push({ file, line: 1, column: "-", message: "expected the file that datapackage.json lists, found none" });
      continue;
    }
    const csv = readCsv(readFileSync3(path), file, problems);
    const rows = csv && checkTable(csv, resource, file, problems);
    if (rows) tables.set(resource.name, rows);
  }
  checkKeys(pkg.resources, tables, fileOf, problems);
  checkRules(tables, fileOf, problems);
  const texts = new SourceTexts(options.sourcesDir ?? SOURCES_DIR);
  let provenance = "skipped";
  if (texts.available) {
    checkProvenance(tables, texts, fileOf, problems);
    provenance = "checked";
  } else if (options.requireSources ?? process.env.CI === "true") {
    problems.push({ file: texts.dir, line: 1, column: "-", message: "expected the source texts to check quotes against (CI=true), found no such folder" });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { pkg, tables: Object.fromEntries(tables), problems, provenance };
}
function loadData(options = {}) {
  const result = checkData(options);
  if (result.problems.length) throw new DataError(result.problems);
  return result.tables;
}

// components/data/page-loader.ts
function pageLoader(view) {
  return defineLoader({
    watch: ["../../data/*.csv", "../../data/datapackage.json"],
    load: () => view(loadData())
  });
}

// components/data/kilder.data.ts
var kilder_data_default = pageLoader(kilderView);
export {
  kilder_data_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsic2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzIiwgInNjcmlwdHMvc2l0ZS9hbW91bnQudHMiLCAic2NyaXB0cy9zaXRlL2FuY2hvcnMudHMiLCAic2NyaXB0cy9zaXRlL2ZpZ3VyZS50cyIsICJzY3JpcHRzL3NpdGUvc3RhdHVzLnRzIiwgInNjcmlwdHMvc2l0ZS92aWV3cy9raWxkZXIudHMiLCAiY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzIiwgInNjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHMiLCAic2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzIiwgInNjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXJ1bGVzLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay10YWJsZS50cyIsICJzY3JpcHRzL2RhdGEvcGFja2FnZS1zY2hlbWEudHMiLCAic2NyaXB0cy9kYXRhL3JlYWQtY3N2LnRzIiwgImNvbXBvbmVudHMvZGF0YS9raWxkZXIuZGF0YS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7aW1wb3J0IHsgZm9ybWF0TG9jYWxlIH0gZnJvbSAnZDMtZm9ybWF0J1xuaW1wb3J0IHsgdGltZUZvcm1hdExvY2FsZSB9IGZyb20gJ2QzLXRpbWUtZm9ybWF0J1xuXG4vKipcbiAqIFRoZSBvbmUgcGxhY2UgbnVtYmVycyBhbmQgZGF0ZXMgYXJlIHR1cm5lZCBpbnRvIERhbmlzaCB0ZXh0LiBBIGZpeGVkIGxvY2FsZSAobm90IHRoZVxuICogYnJvd3NlcidzKSBzbyB0aGF0IHRoZSBzZXJ2ZXItcmVuZGVyZWQgSFRNTCBhbmQgdGhlIGh5ZHJhdGVkIHBhZ2UgcmVhZCB0aGUgc2FtZS5cbiAqL1xuY29uc3QgbnVtYmVyTG9jYWxlID0gZm9ybWF0TG9jYWxlKHsgZGVjaW1hbDogJywnLCB0aG91c2FuZHM6ICcuJywgZ3JvdXBpbmc6IFszXSwgY3VycmVuY3k6IFsnJywgJyBrci4nXSwgbWludXM6ICdcdTIyMTInIH0pXG5jb25zdCBkYXRlTG9jYWxlID0gdGltZUZvcm1hdExvY2FsZSh7XG4gIGRhdGVUaW1lOiAnJUEgZGVuICVkLiAlQiAlWSAlWCcsXG4gIGRhdGU6ICclZC4lbS4lWScsXG4gIHRpbWU6ICclSDolTTolUycsXG4gIHBlcmlvZHM6IFsnQU0nLCAnUE0nXSxcbiAgZGF5czogWydzXHUwMEY4bmRhZycsICdtYW5kYWcnLCAndGlyc2RhZycsICdvbnNkYWcnLCAndG9yc2RhZycsICdmcmVkYWcnLCAnbFx1MDBGOHJkYWcnXSxcbiAgc2hvcnREYXlzOiBbJ3NcdTAwRjhuJywgJ21hbicsICd0aXInLCAnb25zJywgJ3RvcicsICdmcmUnLCAnbFx1MDBGOHInXSxcbiAgbW9udGhzOiBbJ2phbnVhcicsICdmZWJydWFyJywgJ21hcnRzJywgJ2FwcmlsJywgJ21haicsICdqdW5pJywgJ2p1bGknLCAnYXVndXN0JywgJ3NlcHRlbWJlcicsICdva3RvYmVyJywgJ25vdmVtYmVyJywgJ2RlY2VtYmVyJ10sXG4gIHNob3J0TW9udGhzOiBbJ2phbicsICdmZWInLCAnbWFyJywgJ2FwcicsICdtYWonLCAnanVuJywgJ2p1bCcsICdhdWcnLCAnc2VwJywgJ29rdCcsICdub3YnLCAnZGVjJ10sXG59KVxuXG5jb25zdCBwbGFpbiA9IG51bWJlckxvY2FsZS5mb3JtYXQoJywuMn5mJylcbmNvbnN0IHBlcmNlbnQgPSBudW1iZXJMb2NhbGUuZm9ybWF0KCcuMCUnKVxuY29uc3QgZGF5TW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyUtZC4gJUIgJVknKVxuY29uc3QgbW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyVCICVZJylcblxuLyoqIDIwMDAgXHUyMTkyIFwiMi4wMDBcIiwgNzMuNCBcdTIxOTIgXCI3Myw0XCIsIC0xIFx1MjE5MiBcIlx1MjIxMjFcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXROdW1iZXIobjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBsYWluKG4pXG59XG5cbi8qKiA3My40IFx1MjE5MiBcIjczLDQgbWlvLiBrci5cIiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdE1pbyhuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cGxhaW4obil9IG1pby4ga3IuYFxufVxuXG4vKiogMC40OSBcdTIxOTIgXCI0OSAlXCIgKERhbmlzaCBwdXRzIGEgc3BhY2UgYmVmb3JlIHRoZSBzaWduKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRTaGFyZShzaGFyZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBlcmNlbnQoc2hhcmUpLnJlcGxhY2UoJyUnLCAnICUnKVxufVxuXG4vKiogQSB5ZWFyIHJhbmdlIGFzIERhbmlzaCB0ZXh0OiAyMDE3XHUyMDEzMjAyMCAoZW4gZGFzaCksIG9yIG9uZSB5ZWFyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFllYXJzKHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHN0YXJ0ID09PSBlbmQgPyBTdHJpbmcoc3RhcnQpIDogYCR7c3RhcnR9XHUyMDEzJHtlbmR9YFxufVxuXG4vKiogSVNPIGRhdGUgb2YgYW55IHByZWNpc2lvbiBcdTIxOTIgXCIzMC4gYXVndXN0IDIwMjFcIiwgXCJqdW5pIDIwMjFcIiwgXCIyMDE4XCIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0RGF0ZShpc286IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIGlmIChtID09PSB1bmRlZmluZWQpIHJldHVybiBTdHJpbmcoeSlcbiAgY29uc3QgZGF0ZSA9IG5ldyBEYXRlKERhdGUuVVRDKHkhLCBtIC0gMSwgZCA/PyAxKSlcbiAgcmV0dXJuIGQgPT09IHVuZGVmaW5lZCA/IG1vbnRoWWVhcihkYXRlKSA6IGRheU1vbnRoWWVhcihkYXRlKVxufVxuXG4vKiogRGFuaXNoIHdvcmRzIGZvciBzbWFsbCBudW1iZXJzLCBhcyBzb3VyY2VzIHdyaXRlIHRoZW0gKFwiZmlyZSBueWVcIiwgXCJuaSBtaWxsaW9uZXJcIikuICovXG5leHBvcnQgY29uc3QgTlVNQkVSX1dPUkRTOiBSZWNvcmQ8bnVtYmVyLCBzdHJpbmdbXT4gPSB7XG4gIDE6IFsnXHUwMEU5bicsICdlbicsICdldCcsICdcdTAwRTl0JywgJ2VuZSddLCAyOiBbJ3RvJ10sIDM6IFsndHJlJ10sIDQ6IFsnZmlyZSddLCA1OiBbJ2ZlbSddLCA2OiBbJ3Nla3MnXSwgNzogWydzeXYnXSxcbiAgODogWydvdHRlJ10sIDk6IFsnbmknXSwgMTA6IFsndGknXSwgMTE6IFsnZWxsZXZlJ10sIDEyOiBbJ3RvbHYnXSxcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2Ftb3VudC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbW91bnQudHNcIjtpbXBvcnQgdHlwZSB7IEZ1bmRpbmcgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0TWlvLCBmb3JtYXROdW1iZXIgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuXG4vKiogSG93IGEgZnVuZGluZyByb3cgcmVhZHM6IFwiNzMsNCBtaW8uIGtyLlwiIG9yIFwiMTAgbWlvLiBrci4gb20gXHUwMEU1cmV0XCI7IG5ldmVyIGEgdG90YWwgdGhlIHNvdXJjZSBkb2VzIG5vdCBzdGF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbW91bnRUZXh0KGY6IEZ1bmRpbmcpOiBzdHJpbmcge1xuICBpZiAoZi5hbW91bnQgPT09IG51bGwpIHJldHVybiAnQmVsXHUwMEY4YiBpa2tlIG9wbHlzdCdcbiAgY29uc3QgYW1vdW50ID0gZi51bml0ID09PSAnZnRlJyA/IGAke2Zvcm1hdE51bWJlcihmLmFtb3VudCl9IFx1MDBFNXJzdlx1MDBFNnJrYCA6IGZvcm1hdE1pbyhmLmFtb3VudClcbiAgcmV0dXJuIGYuYmFzaXMgPT09ICdwZXJfeWVhcicgPyBgJHthbW91bnR9IG9tIFx1MDBFNXJldGAgOiBhbW91bnRcbn1cblxuLyoqIFRoZSB3aG9sZSBwZXJpb2QncyBhbW91bnQsIGZvciBkcmF3aW5nIG9ubHkgKGEgcGVyLXllYXIgYW1vdW50IHRpbWVzIGl0cyB5ZWFycykuICovXG5leHBvcnQgZnVuY3Rpb24gcGVyaW9kQW1vdW50KGY6IEZ1bmRpbmcpOiBudW1iZXIge1xuICBpZiAoZi5hbW91bnQgPT09IG51bGwpIHJldHVybiAwXG4gIHJldHVybiBmLmJhc2lzID09PSAncGVyX3llYXInID8gZi5hbW91bnQgKiAoZi5lbmRfeWVhciAtIGYuc3RhcnRfeWVhciArIDEpIDogZi5hbW91bnRcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2FuY2hvcnMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvYW5jaG9ycy50c1wiOy8qKiBFbGVtZW50IGlkcyBvZiByZWNvcmRzIG9uIHRoZSBwYWdlczsgc2VhcmNoIGhpdHMgYW5kIHRoZSBLaWxkZXIgcGFnZSBsaW5rIHRvIHRoZW0uICovXG5leHBvcnQgY29uc3QgYW5jaG9yID0ge1xuICBpbml0aWF0aXZlOiAoaWQ6IHN0cmluZykgPT4gYGluaXRpYXRpdi0ke2lkfWAsXG4gIHJlY29tbWVuZGF0aW9uOiAoaWQ6IHN0cmluZykgPT4gYGFuYmVmYWxpbmctJHtpZH1gLFxuICBsaW5rOiAoaWQ6IHN0cmluZykgPT4gYGxpbmstJHtpZH1gLFxuICBvcmdhbmlzYXRpb246IChpZDogc3RyaW5nKSA9PiBgb3JnLSR7aWR9YCxcbiAgdGVybTogKGlkOiBzdHJpbmcpID0+IGB0ZXJtLSR7aWR9YCxcbiAgZXZlbnQ6IChpZDogc3RyaW5nKSA9PiBgYmVnaXZlbmhlZC0ke2lkfWAsXG4gIHNvdXJjZTogKGlkOiBzdHJpbmcpID0+IGBraWxkZS0ke2lkfWAsXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9maWd1cmUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvZmlndXJlLnRzXCI7aW1wb3J0IHR5cGUgeyBJbmRpY2F0b3IgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0TnVtYmVyIH0gZnJvbSAnLi4vZm9ybWF0L2RhbmlzaC50cydcblxuY29uc3QgUVVBTElGSUVSOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBhcHByb3g6ICdjYS4gJywgdXBfdG86ICdvcCBtb2QgJywgY291bnRlZDogJycgfVxuXG4vKiogVW5pdHMgYXJlIHN0b3JlZCBpbiB0aGUgcGx1cmFsOyB0aGUgZmV3IHRoYXQgdGhlIGRhdGEgY291bnRzIGFzIG9uZSByZWFkIGluIHRoZSBzaW5ndWxhci4gKi9cbmNvbnN0IFNJTkdVTEFSOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBpbml0aWF0aXZlcjogJ2luaXRpYXRpdicsIGFuc1x1MDBGOGduaW5nZXI6ICdhbnNcdTAwRjhnbmluZycsIGtvbW11bmVyOiAna29tbXVuZScsIGt1cnNlcjogJ2t1cnN1cycsIG1cdTAwRjhkZXI6ICdtXHUwMEY4ZGUnIH1cbmNvbnN0IHVuaXRPZiA9IChpOiBJbmRpY2F0b3IpID0+IChpLnZhbHVlID09PSAxID8gKFNJTkdVTEFSW2kudW5pdF0gPz8gaS51bml0KSA6IGkudW5pdClcblxuLyoqIFwiY2EuIDQ1MFwiLCBcIm9wIG1vZCA3MDBcIiwgXCI5ODBcIiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZhbHVlVGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICByZXR1cm4gaS52YWx1ZSA9PT0gbnVsbCA/ICdpa2tlIG9wbHlzdCcgOiBgJHtRVUFMSUZJRVJbaS52YWx1ZV9xdWFsaWZpZXIgPz8gJyddID8/ICcnfSR7Zm9ybWF0TnVtYmVyKGkudmFsdWUpfWBcbn1cblxuY29uc3QgQ09NUEFSQVRPUjogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgJz49JzogJ21pbmRzdCcsICc8PSc6ICdoXHUwMEY4anN0JywgJz0nOiAnJyB9XG5jb25zdCBUQVJHRVRfVU5JVDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgcGN0OiAncGN0LicgfVxuY29uc3QgTUVUOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyB5ZXM6ICdtXHUwMEU1bGV0IGVyIG5cdTAwRTVldCcsIG5vOiAnbVx1MDBFNWxldCBlciBpa2tlIG5cdTAwRTVldCcsIGV4cGVjdGVkOiAnbVx1MDBFNWxldCBmb3J2ZW50ZXMgblx1MDBFNWV0JyB9XG5cbi8qKiBcIm1pbmRzdCAyLjAwMFwiLCBcIm1pbmRzdCA4MCBwY3QuXCIgKi9cbmV4cG9ydCBmdW5jdGlvbiB0YXJnZXRUZXh0KGk6IEluZGljYXRvcik6IHN0cmluZyB7XG4gIHJldHVybiBbQ09NUEFSQVRPUltpLmNvbXBhcmF0b3IgPz8gJz0nXSwgZm9ybWF0TnVtYmVyKGkudGFyZ2V0ISksIGkudGFyZ2V0X3VuaXQgPyBUQVJHRVRfVU5JVFtpLnRhcmdldF91bml0XSA/PyBpLnRhcmdldF91bml0IDogJyddLmZpbHRlcihCb29sZWFuKS5qb2luKCcgJylcbn1cblxuLyoqXG4gKiBBIGZpZ3VyZSBhcyBhIHJlYWRlciBzaG91bGQgc2VlIGl0OiBcImNhLiA0NTAgZmFncGVyc29uZXJcIjsgd2l0aCBhIHRhcmdldCwgXCI5ODAgYWYgbWluZHN0IDIuMDAwXG4gKiBiXHUwMEY4cm4gb2cgdW5nZVwiOyB3aGVyZSBvbmx5IHRoZSB0YXJnZXQgYW5kIHRoZSB2ZXJkaWN0IGFyZSBrbm93biwgXCJtXHUwMEU1bDogbWluZHN0IDgwIHBjdC4gYWYgXHUyMDI2XCIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbmRpY2F0b3JUZXh0KGk6IEluZGljYXRvcik6IHN0cmluZyB7XG4gIGlmIChpLmtpbmQgIT09ICd0YXJnZXRfcmVhY2hlZCcgfHwgaS50YXJnZXQgPT09IG51bGwpIHJldHVybiBgJHt2YWx1ZVRleHQoaSl9ICR7dW5pdE9mKGkpfWBcbiAgaWYgKGkudmFsdWUgIT09IG51bGwgJiYgaS50YXJnZXRfdW5pdCA9PT0gbnVsbCkgcmV0dXJuIGAke3ZhbHVlVGV4dChpKX0gYWYgJHt0YXJnZXRUZXh0KGkpfSAke2kudW5pdH1gXG4gIGNvbnN0IHZlcmRpY3QgPSBpLm1ldCAmJiBpLm1ldF9iYXNpcyA9PT0gJ3NvdXJjZScgPyBgIFx1MjAxMyAke01FVFtpLm1ldF19IGlmXHUwMEY4bGdlIGtpbGRlbmAgOiAnJ1xuICByZXR1cm4gYG1cdTAwRTVsOiAke3RhcmdldFRleHQoaSl9IGFmICR7aS51bml0fSR7dmVyZGljdH1gXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9zdGF0dXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvc3RhdHVzLnRzXCI7aW1wb3J0IHR5cGUgeyBTdGF0dXMgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuXG4vKiogRGFuaXNoIHdvcmRzIGZvciBhbiBpbml0aWF0aXZlJ3Mgc3RhdGUsIGFzIHRoZSBzb3VyY2VzIHB1dCBpdC4gKi9cbmV4cG9ydCBjb25zdCBTVEFUVVNfTEFCRUw6IFJlY29yZDxTdGF0dXMsIHN0cmluZz4gPSB7XG4gIG9uX3NjaGVkdWxlOiAnRlx1MDBGOGxnZXIgdGlkc3BsYW5lbicsXG4gIGRlbGF5ZWQ6ICdGb3JzaW5rZXQnLFxuICBjYXJyaWVkX291dDogJ0dlbm5lbWZcdTAwRjhydCcsXG4gIGdpdmVuX3VwOiAnT3BnaXZldCcsXG4gIGNhbmNlbGxlZDogJ0FmbHlzdCcsXG4gIG9mZmVyZWQ6ICdVZGJ1ZHQnLFxuICB0YXJnZXRfbWV0OiAnTVx1MDBFNWwgblx1MDBFNWV0JyxcbiAgdGFyZ2V0X2V4cGVjdGVkOiAnTVx1MDBFNWwgZm9ydmVudGVzIG5cdTAwRTVldCcsXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL3ZpZXdzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3cy9raWxkZXIudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3Mva2lsZGVyLnRzXCI7aW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0RGF0ZSB9IGZyb20gJy4uLy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgeyBhbW91bnRUZXh0IH0gZnJvbSAnLi4vYW1vdW50LnRzJ1xuaW1wb3J0IHsgYW5jaG9yIH0gZnJvbSAnLi4vYW5jaG9ycy50cydcbmltcG9ydCB7IGluZGljYXRvclRleHQgfSBmcm9tICcuLi9maWd1cmUudHMnXG5pbXBvcnQgeyBTVEFUVVNfTEFCRUwgfSBmcm9tICcuLi9zdGF0dXMudHMnXG5cbmNvbnN0IEtJTkQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIGxldHRlcjogJ0JyZXYnLFxuICBhbnN3ZXI6ICdTdmFyIHBcdTAwRTUgc3BcdTAwRjhyZ3NtXHUwMEU1bCcsXG4gIGFubmV4OiAnQmlsYWcnLFxuICBwcmVzc19yZWxlYXNlOiAnUHJlc3NlbWVkZGVsZWxzZScsXG4gIG5ld3NfYXJ0aWNsZTogJ0FydGlrZWwnLFxuICB3ZWJfcGFnZTogJ1dlYnNpZGUnLFxuICByZWdpc3RlcjogJ1JlZ2lzdGVyJyxcbn1cblxuLyoqIEVhY2ggc291cmNlLCBhbmQgZXZlcnkgZmlndXJlLCBzdGF0dXMgYW5kIHJlY29tbWVuZGF0aW9uIG9uIHRoZSBzaXRlIHRoYXQgcmVzdHMgb24gaXQuICovXG5leHBvcnQgZnVuY3Rpb24ga2lsZGVyVmlldyh0OiBUYWJsZXMpIHtcbiAgY29uc3QgaW5pdGlhdGl2ZSA9IChpZDogc3RyaW5nIHwgbnVsbCkgPT4gKGlkID8gdC5pbml0aWF0aXZlcy5maW5kKChpKSA9PiBpLmluaXRpYXRpdmVfaWQgPT09IGlkKT8ubmFtZSA6IHVuZGVmaW5lZClcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2VzOiBbLi4udC5zb3VyY2VzXVxuICAgICAgLy8gVGhlIGZpdmUgZG9jdW1lbnRzIGZpcnN0LCB0aGVuIHRoZSBwdWJsaWMgcGFnZXMgdGhhdCBhZGQgdG8gdGhlbTsgbmV3ZXN0IGZpcnN0IHdpdGhpbiBlYWNoLlxuICAgICAgLnNvcnQoKGEsIGIpID0+IE51bWJlcihhLnRleHRfZmlsZSA9PT0gJ3N1cHBsZW1lbnRhcnkubWQnKSAtIE51bWJlcihiLnRleHRfZmlsZSA9PT0gJ3N1cHBsZW1lbnRhcnkubWQnKSB8fCAoYi5kYXRlID8/ICcnKS5sb2NhbGVDb21wYXJlKGEuZGF0ZSA/PyAnJykpXG4gICAgICAubWFwKChzKSA9PiB7XG4gICAgICAgIGNvbnN0IG1pbmUgPSA8VCBleHRlbmRzIHsgc291cmNlX2lkOiBzdHJpbmcgfT4ocm93czogVFtdKSA9PiByb3dzLmZpbHRlcigocikgPT4gci5zb3VyY2VfaWQgPT09IHMuc291cmNlX2lkKVxuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIGlkOiBzLnNvdXJjZV9pZCxcbiAgICAgICAgICBhbmNob3I6IGFuY2hvci5zb3VyY2Uocy5zb3VyY2VfaWQpLFxuICAgICAgICAgIHRpdGxlOiBzLnRpdGxlLFxuICAgICAgICAgIGtpbmQ6IEtJTkRbcy5raW5kXSA/PyBzLmtpbmQsXG4gICAgICAgICAgZGF0ZTogcy5kYXRlID8gZm9ybWF0RGF0ZShzLmRhdGUpIDogcy5kYXRlX25vdGUsXG4gICAgICAgICAgc2VuZGVyOiBzLnNlbmRlcixcbiAgICAgICAgICByZWNpcGllbnQ6IHMucmVjaXBpZW50LFxuICAgICAgICAgIHJlZmVyZW5jZTogcy5yZWZlcmVuY2UsXG4gICAgICAgICAgdXJsOiBzLnVybCxcbiAgICAgICAgICBvY3I6IHMub2NyID09PSAneWVzJyxcbiAgICAgICAgICBzdXBwbGVtZW50YXJ5OiBzLnRleHRfZmlsZSA9PT0gJ3N1cHBsZW1lbnRhcnkubWQnLFxuICAgICAgICAgIGZpZ3VyZXM6IFtcbiAgICAgICAgICAgIC4uLm1pbmUodC5pbmRpY2F0b3JzKS5tYXAoKGkpID0+ICh7IHRleHQ6IGluZGljYXRvclRleHQoaSksIGFib3V0OiBpLm1lYXN1cmUsIHF1b3RlOiBpLnF1b3RlIH0pKSxcbiAgICAgICAgICAgIC4uLm1pbmUodC5mdW5kaW5nKS5maWx0ZXIoKGYpID0+IGYuYW1vdW50ICE9PSBudWxsKS5tYXAoKGYpID0+ICh7IHRleHQ6IGFtb3VudFRleHQoZiksIGFib3V0OiBmLnB1cnBvc2UsIHF1b3RlOiBmLnF1b3RlIH0pKSxcbiAgICAgICAgICBdLFxuICAgICAgICAgIHN0YXR1c2VzOiBtaW5lKHQuc3RhdHVzX3VwZGF0ZXMpLm1hcCgodSkgPT4gKHsgdGV4dDogU1RBVFVTX0xBQkVMW3Uuc3RhdHVzXSwgYWJvdXQ6IGluaXRpYXRpdmUodS5pbml0aWF0aXZlX2lkKSA/PyB1LmluaXRpYXRpdmVfaWQsIHF1b3RlOiB1LnF1b3RlIH0pKSxcbiAgICAgICAgICByZWNvbW1lbmRhdGlvbnM6IG1pbmUodC5yZWNvbW1lbmRhdGlvbnMpLm1hcCgocikgPT4gKHsgdGV4dDogci50ZXh0LCBhbmNob3I6IGFuY2hvci5yZWNvbW1lbmRhdGlvbihyLnJlY29tbWVuZGF0aW9uX2lkKSB9KSksXG4gICAgICAgICAgbGlua3M6IG1pbmUodC5saW5rcykubWFwKChsKSA9PiAoeyB0ZXh0OiBsLnRpdGxlLCB1cmw6IGwudXJsIH0pKSxcbiAgICAgICAgICBrb21tdW5lcjogcy5zb3VyY2VfaWQgPT09ICdkYWdpJyA/IHQua29tbXVuZXIubGVuZ3RoIDogbnVsbCxcbiAgICAgICAgfVxuICAgICAgfSksXG4gIH1cbn1cbmV4cG9ydCB0eXBlIEtpbGRlclZpZXcgPSBSZXR1cm5UeXBlPHR5cGVvZiBraWxkZXJWaWV3PlxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL2NvbXBvbmVudHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGEvcGFnZS1sb2FkZXIudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGEvcGFnZS1sb2FkZXIudHNcIjtpbXBvcnQgeyBkZWZpbmVMb2FkZXIgfSBmcm9tICd2aXRlcHJlc3MnXG5pbXBvcnQgeyBsb2FkRGF0YSB9IGZyb20gJy4uLy4uL3NjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHMnXG5pbXBvcnQgdHlwZSB7IFRhYmxlcyB9IGZyb20gJy4uLy4uL3NjcmlwdHMvZGF0YS90eXBlcy50cydcblxuLyoqXG4gKiBBIFZpdGVQcmVzcyBkYXRhIGxvYWRlciBmb3Igb25lIHBhZ2U6IGl0IHJ1bnMgdGhlIGNoZWNrZWQgZGF0YSB0aHJvdWdoIHRoZSBwYWdlJ3Mgdmlldywgc28gYVxuICogcGFnZSBzaGlwcyBvbmx5IHdoYXQgaXQgc2hvd3MsIGFuZCBiYWQgZGF0YSBzdG9wcyB0aGUgYnVpbGQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYWdlTG9hZGVyPFQ+KHZpZXc6ICh0YWJsZXM6IFRhYmxlcykgPT4gVCkge1xuICByZXR1cm4gZGVmaW5lTG9hZGVyKHtcbiAgICB3YXRjaDogWycuLi8uLi9kYXRhLyouY3N2JywgJy4uLy4uL2RhdGEvZGF0YXBhY2thZ2UuanNvbiddLFxuICAgIGxvYWQ6ICgpOiBUID0+IHZpZXcobG9hZERhdGEoKSksXG4gIH0pXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvbG9hZC1kYXRhLnRzXCI7aW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGpvaW4sIHJlbGF0aXZlLCByZXNvbHZlIH0gZnJvbSAnbm9kZTpwYXRoJ1xuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCB9IGZyb20gJ25vZGU6dXJsJ1xuaW1wb3J0IHsgY2hlY2tLZXlzIH0gZnJvbSAnLi9jaGVjay1rZXlzLnRzJ1xuaW1wb3J0IHsgY2hlY2tQcm92ZW5hbmNlIH0gZnJvbSAnLi9jaGVjay1wcm92ZW5hbmNlLnRzJ1xuaW1wb3J0IHsgY2hlY2tSdWxlcyB9IGZyb20gJy4vY2hlY2stcnVsZXMudHMnXG5pbXBvcnQgeyBjaGVja1RhYmxlLCB0eXBlIFR5cGVkUm93IH0gZnJvbSAnLi9jaGVjay10YWJsZS50cydcbmltcG9ydCB7IHR5cGUgRGF0YVBhY2thZ2UsIHJlYWRQYWNrYWdlIH0gZnJvbSAnLi9wYWNrYWdlLXNjaGVtYS50cydcbmltcG9ydCB7IERhdGFFcnJvciwgdHlwZSBQcm9ibGVtIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB7IHJlYWRDc3YgfSBmcm9tICcuL3JlYWQtY3N2LnRzJ1xuaW1wb3J0IHsgU291cmNlVGV4dHMgfSBmcm9tICcuL3NvdXJjZS10ZXh0cy50cydcbmltcG9ydCB0eXBlIHsgVGFibGVzIH0gZnJvbSAnLi90eXBlcy50cydcblxuZXhwb3J0IGNvbnN0IFBST0pFQ1RfUk9PVCA9IHJlc29sdmUoZmlsZVVSTFRvUGF0aChuZXcgVVJMKCcuLi8uLicsIGltcG9ydC5tZXRhLnVybCkpKVxuLyoqIE5TS19EQVRBX0RJUiBwb2ludHMgdGhlIGJ1aWxkIGFuZCB0aGUgY2hlY2tzIGF0IGFub3RoZXIgY29weSBvZiB0aGUgZGF0YSAodXNlZCBieSB0ZXN0cykuICovXG5leHBvcnQgY29uc3QgREFUQV9ESVIgPSBwcm9jZXNzLmVudi5OU0tfREFUQV9ESVIgPyByZXNvbHZlKHByb2Nlc3MuZW52Lk5TS19EQVRBX0RJUikgOiBqb2luKFBST0pFQ1RfUk9PVCwgJ2RhdGEnKVxuLyoqIFRoZSBzb3VyY2UgZG9jdW1lbnRzIHNpdCBiZXNpZGUgdGhlIHByb2plY3QgKGAuLi9zaGFyZWQvc291cmNlc2ApLCBvbiBDSSBhbmQgb24gdGhlIHRlYW0ncyBtYWNoaW5lcy4gKi9cbmV4cG9ydCBjb25zdCBTT1VSQ0VTX0RJUiA9IHByb2Nlc3MuZW52Lk5TS19TT1VSQ0VTX0RJUiA/IHJlc29sdmUocHJvY2Vzcy5lbnYuTlNLX1NPVVJDRVNfRElSKSA6IHJlc29sdmUoUFJPSkVDVF9ST09ULCAnLi4nLCAnc2hhcmVkJywgJ3NvdXJjZXMnKVxuXG5leHBvcnQgaW50ZXJmYWNlIExvYWRPcHRpb25zIHtcbiAgZGF0YURpcj86IHN0cmluZ1xuICBzb3VyY2VzRGlyPzogc3RyaW5nXG4gIC8qKiBGYWlsLCByYXRoZXIgdGhhbiBza2lwLCB3aGVuIHRoZSBzb3VyY2UgdGV4dHMgYXJlIGFic2VudCAob24gQ0kpLiAqL1xuICByZXF1aXJlU291cmNlcz86IGJvb2xlYW5cbiAgLyoqIEhvdyB0aGUgZGF0YSBmb2xkZXIgaXMgbmFtZWQgaW4gbWVzc2FnZXM7IGRlZmF1bHRzIHRvIGl0cyBwYXRoIGZyb20gdGhlIHByb2plY3Qgcm9vdC4gKi9cbiAgbGFiZWw/OiBzdHJpbmdcbn1cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZFJlc3VsdCB7XG4gIHBrZzogRGF0YVBhY2thZ2VcbiAgdGFibGVzOiBUYWJsZXNcbiAgcHJvYmxlbXM6IFByb2JsZW1bXVxuICAvKiogV2hldGhlciBxdW90ZXMgYW5kIFVSTHMgd2VyZSBjaGVja2VkIGFnYWluc3QgdGhlIHNvdXJjZSB0ZXh0cy4gKi9cbiAgcHJvdmVuYW5jZTogJ2NoZWNrZWQnIHwgJ3NraXBwZWQnXG59XG5cbi8qKiBSZWFkcywgY2hlY2tzIGFuZCB0eXBlcyB0aGUgd2hvbGUgZGF0YSBwYWNrYWdlLiBOZXZlciB0aHJvd3MgZm9yIGJhZCBkYXRhOiBpdCBsaXN0cyBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0RhdGEob3B0aW9uczogTG9hZE9wdGlvbnMgPSB7fSk6IExvYWRSZXN1bHQge1xuICBjb25zdCBkYXRhRGlyID0gcmVzb2x2ZShvcHRpb25zLmRhdGFEaXIgPz8gREFUQV9ESVIpXG4gIGNvbnN0IGxhYmVsID0gb3B0aW9ucy5sYWJlbCA/PyAocmVsYXRpdmUoUFJPSkVDVF9ST09ULCBkYXRhRGlyKSB8fCAnLicpXG4gIGNvbnN0IGZpbGVPZiA9IChuYW1lOiBzdHJpbmcpID0+IGAke2xhYmVsfS8ke25hbWV9LmNzdmBcbiAgY29uc3QgcHJvYmxlbXM6IFByb2JsZW1bXSA9IFtdXG4gIGNvbnN0IHBrZ1BhdGggPSBqb2luKGRhdGFEaXIsICdkYXRhcGFja2FnZS5qc29uJylcbiAgbGV0IHBrZzogRGF0YVBhY2thZ2VcbiAgdHJ5IHtcbiAgICBwa2cgPSByZWFkUGFja2FnZShwa2dQYXRoKVxuICB9IGNhdGNoIChlKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IGAke2xhYmVsfS9kYXRhcGFja2FnZS5qc29uYCwgbGluZTogMSwgY29sdW1uOiAnLScsIG1lc3NhZ2U6IGBleHBlY3RlZCBhIHJlYWRhYmxlIEpTT04gZGF0YSBwYWNrYWdlLCBmb3VuZCAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfWAgfSlcbiAgICByZXR1cm4geyBwa2c6IHsgcmVzb3VyY2VzOiBbXSB9IGFzIHVua25vd24gYXMgRGF0YVBhY2thZ2UsIHRhYmxlczoge30gYXMgVGFibGVzLCBwcm9ibGVtcywgcHJvdmVuYW5jZTogJ3NraXBwZWQnIH1cbiAgfVxuICBjb25zdCB0YWJsZXMgPSBuZXcgTWFwPHN0cmluZywgVHlwZWRSb3dbXT4oKVxuICBmb3IgKGNvbnN0IHJlc291cmNlIG9mIHBrZy5yZXNvdXJjZXMpIHtcbiAgICBjb25zdCBwYXRoID0gam9pbihkYXRhRGlyLCByZXNvdXJjZS5wYXRoKVxuICAgIGNvbnN0IGZpbGUgPSBmaWxlT2YocmVzb3VyY2UubmFtZSlcbiAgICBpZiAoIWV4aXN0c1N5bmMocGF0aCkpIHtcbiAgICAgIHByb2JsZW1zLnB1c2goeyBmaWxlLCBsaW5lOiAxLCBjb2x1bW46ICctJywgbWVzc2FnZTogJ2V4cGVjdGVkIHRoZSBmaWxlIHRoYXQgZGF0YXBhY2thZ2UuanNvbiBsaXN0cywgZm91bmQgbm9uZScgfSlcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGNvbnN0IGNzdiA9IHJlYWRDc3YocmVhZEZpbGVTeW5jKHBhdGgpLCBmaWxlLCBwcm9ibGVtcylcbiAgICBjb25zdCByb3dzID0gY3N2ICYmIGNoZWNrVGFibGUoY3N2LCByZXNvdXJjZSwgZmlsZSwgcHJvYmxlbXMpXG4gICAgaWYgKHJvd3MpIHRhYmxlcy5zZXQocmVzb3VyY2UubmFtZSwgcm93cylcbiAgfVxuICBjaGVja0tleXMocGtnLnJlc291cmNlcywgdGFibGVzLCBmaWxlT2YsIHByb2JsZW1zKVxuICBjaGVja1J1bGVzKHRhYmxlcywgZmlsZU9mLCBwcm9ibGVtcylcblxuICBjb25zdCB0ZXh0cyA9IG5ldyBTb3VyY2VUZXh0cyhvcHRpb25zLnNvdXJjZXNEaXIgPz8gU09VUkNFU19ESVIpXG4gIGxldCBwcm92ZW5hbmNlOiBMb2FkUmVzdWx0Wydwcm92ZW5hbmNlJ10gPSAnc2tpcHBlZCdcbiAgaWYgKHRleHRzLmF2YWlsYWJsZSkge1xuICAgIGNoZWNrUHJvdmVuYW5jZSh0YWJsZXMsIHRleHRzLCBmaWxlT2YsIHByb2JsZW1zKVxuICAgIHByb3ZlbmFuY2UgPSAnY2hlY2tlZCdcbiAgfSBlbHNlIGlmIChvcHRpb25zLnJlcXVpcmVTb3VyY2VzID8/IHByb2Nlc3MuZW52LkNJID09PSAndHJ1ZScpIHtcbiAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZTogdGV4dHMuZGlyLCBsaW5lOiAxLCBjb2x1bW46ICctJywgbWVzc2FnZTogJ2V4cGVjdGVkIHRoZSBzb3VyY2UgdGV4dHMgdG8gY2hlY2sgcXVvdGVzIGFnYWluc3QgKENJPXRydWUpLCBmb3VuZCBubyBzdWNoIGZvbGRlcicgfSlcbiAgfVxuICBwcm9ibGVtcy5zb3J0KChhLCBiKSA9PiBhLmZpbGUubG9jYWxlQ29tcGFyZShiLmZpbGUpIHx8IGEubGluZSAtIGIubGluZSlcbiAgcmV0dXJuIHsgcGtnLCB0YWJsZXM6IE9iamVjdC5mcm9tRW50cmllcyh0YWJsZXMpIGFzIHVua25vd24gYXMgVGFibGVzLCBwcm9ibGVtcywgcHJvdmVuYW5jZSB9XG59XG5cbi8qKiBUaGUgY2hlY2tlZCBkYXRhLCB0eXBlZDsgdGhyb3dzIGEgRGF0YUVycm9yIG5hbWluZyBldmVyeSBwcm9ibGVtLiBVc2VkIGJ5IHRoZSBidWlsZCBhbmQgc2NyaXB0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2FkRGF0YShvcHRpb25zOiBMb2FkT3B0aW9ucyA9IHt9KTogVGFibGVzIHtcbiAgY29uc3QgcmVzdWx0ID0gY2hlY2tEYXRhKG9wdGlvbnMpXG4gIGlmIChyZXN1bHQucHJvYmxlbXMubGVuZ3RoKSB0aHJvdyBuZXcgRGF0YUVycm9yKHJlc3VsdC5wcm9ibGVtcylcbiAgcmV0dXJuIHJlc3VsdC50YWJsZXNcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzXCI7LyoqIEEgcHJvYmxlbSBmb3VuZCBpbiB0aGUgZGF0YSwgbmFtZWQgYnkgcGxhY2U6IGZpbGUsIGxpbmUsIGNvbHVtbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvYmxlbSB7XG4gIC8qKiBQYXRoIGFzIHNob3duIHRvIHRoZSB1c2VyLCBlLmcuIGBkYXRhL2luZGljYXRvcnMuY3N2YC4gKi9cbiAgZmlsZTogc3RyaW5nXG4gIC8qKiAxLWJhc2VkIGxpbmUgaW4gdGhlIGZpbGUgd2hlcmUgdGhlIHJlY29yZCBzdGFydHMgKDEgaXMgdGhlIGhlYWRlcikuICovXG4gIGxpbmU6IG51bWJlclxuICAvKiogQ29sdW1uIG5hbWUsIG9yIGAtYCB3aGVyZSB0aGUgcHJvYmxlbSBpcyBub3QgaW4gb25lIGNvbHVtbi4gKi9cbiAgY29sdW1uOiBzdHJpbmdcbiAgLyoqIFwiZXhwZWN0ZWQgXHUyMDI2LCBmb3VuZCBcdTIwMjZcIi4gKi9cbiAgbWVzc2FnZTogc3RyaW5nXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRQcm9ibGVtKHA6IFByb2JsZW0pOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cC5maWxlfToke3AubGluZX06JHtwLmNvbHVtbn06ICR7cC5tZXNzYWdlfWBcbn1cblxuLyoqIFRocm93biBieSBgbG9hZERhdGFgIHNvIHRoYXQgYSBidWlsZCBzdG9wcyB3aXRoIGV2ZXJ5IHByb2JsZW0gbGlzdGVkLCBub3Qgb25seSB0aGUgZmlyc3QuICovXG5leHBvcnQgY2xhc3MgRGF0YUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihyZWFkb25seSBwcm9ibGVtczogUHJvYmxlbVtdKSB7XG4gICAgc3VwZXIoYCR7cHJvYmxlbXMubGVuZ3RofSBwcm9ibGVtJHtwcm9ibGVtcy5sZW5ndGggPT09IDEgPyAnJyA6ICdzJ30gaW4gdGhlIGRhdGE6XFxuYCArIHByb2JsZW1zLm1hcChmb3JtYXRQcm9ibGVtKS5qb2luKCdcXG4nKSlcbiAgICB0aGlzLm5hbWUgPSAnRGF0YUVycm9yJ1xuICB9XG59XG5cbi8qKiBTaG9ydGVucyBhIGZvdW5kIHZhbHVlIGZvciBtZXNzYWdlcywga2VlcGluZyBpdCByZWFkYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaG93bih2YWx1ZTogc3RyaW5nLCBtYXggPSA2MCk6IHN0cmluZyB7XG4gIGNvbnN0IHYgPSB2YWx1ZS5sZW5ndGggPiBtYXggPyB2YWx1ZS5zbGljZSgwLCBtYXggLSAxKSArICdcdTIwMjYnIDogdmFsdWVcbiAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHYpXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLWtleXMudHNcIjtpbXBvcnQgdHlwZSB7IFJlc291cmNlIH0gZnJvbSAnLi9wYWNrYWdlLXNjaGVtYS50cydcbmltcG9ydCB7IHR5cGUgUHJvYmxlbSwgc2hvd24gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHR5cGUgeyBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5cbmNvbnN0IGtleU9mID0gKHJvdzogVHlwZWRSb3csIGZpZWxkczogc3RyaW5nW10pID0+IGZpZWxkcy5tYXAoKGYpID0+IFN0cmluZyhyb3dbZl0gPz8gJycpKS5qb2luKCdcXHUwMDAwJylcblxuLyoqIFByaW1hcnkga2V5cyB1bmlxdWUsIGB1bmlxdWVgIGZpZWxkcyB1bmlxdWUsIGZvcmVpZ24ga2V5cyByZXNvbHZpbmc6IGFjcm9zcyBhbGwgdGFibGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrS2V5cyhyZXNvdXJjZXM6IFJlc291cmNlW10sIHRhYmxlczogTWFwPHN0cmluZywgVHlwZWRSb3dbXT4sIGZpbGVPZjogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogdm9pZCB7XG4gIGZvciAoY29uc3QgciBvZiByZXNvdXJjZXMpIHtcbiAgICBjb25zdCByb3dzID0gdGFibGVzLmdldChyLm5hbWUpXG4gICAgaWYgKCFyb3dzKSBjb250aW51ZVxuICAgIGNvbnN0IHBrID0gci5zY2hlbWEucHJpbWFyeUtleVxuICAgIGNvbnN0IHVuaXF1ZXMgPSBbcGssIC4uLnIuc2NoZW1hLmZpZWxkcy5maWx0ZXIoKGYpID0+IGYuY29uc3RyYWludHM/LnVuaXF1ZSkubWFwKChmKSA9PiBbZi5uYW1lXSldXG4gICAgZm9yIChjb25zdCBmaWVsZHMgb2YgdW5pcXVlcykge1xuICAgICAgY29uc3QgZmlyc3QgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpXG4gICAgICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgICAgIGlmIChmaWVsZHMuc29tZSgoZikgPT4gcm93W2ZdID09PSBudWxsIHx8IHJvd1tmXSA9PT0gdW5kZWZpbmVkKSkgY29udGludWVcbiAgICAgICAgY29uc3QgayA9IGtleU9mKHJvdywgZmllbGRzKVxuICAgICAgICBjb25zdCBzZWVuID0gZmlyc3QuZ2V0KGspXG4gICAgICAgIGlmIChzZWVuICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICBjb25zdCBjb2x1bW4gPSBmaWVsZHNbZmllbGRzLmxlbmd0aCAtIDFdIVxuICAgICAgICAgIGNvbnN0IHZhbHVlID0gZmllbGRzLm1hcCgoZikgPT4gU3RyaW5nKHJvd1tmXSkpLmpvaW4oJywgJylcbiAgICAgICAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKHIubmFtZSksIGxpbmU6IHJvdy5fbGluZSwgY29sdW1uLCBtZXNzYWdlOiBgZXhwZWN0ZWQgYSB1bmlxdWUgJHtmaWVsZHMuam9pbignICsgJyl9LCBmb3VuZCAke3Nob3duKHZhbHVlKX0gYWdhaW4gKGZpcnN0IG9uIGxpbmUgJHtzZWVufSlgIH0pXG4gICAgICAgIH0gZWxzZSBmaXJzdC5zZXQoaywgcm93Ll9saW5lKVxuICAgICAgfVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IGZrIG9mIHIuc2NoZW1hLmZvcmVpZ25LZXlzID8/IFtdKSB7XG4gICAgICBjb25zdCB0YXJnZXQgPSBmay5yZWZlcmVuY2UucmVzb3VyY2UgPT09ICcnID8gci5uYW1lIDogZmsucmVmZXJlbmNlLnJlc291cmNlXG4gICAgICBjb25zdCB0YXJnZXRSb3dzID0gdGFibGVzLmdldCh0YXJnZXQpXG4gICAgICBpZiAoIXRhcmdldFJvd3MpIGNvbnRpbnVlXG4gICAgICBjb25zdCBrZXlzID0gbmV3IFNldCh0YXJnZXRSb3dzLm1hcCgodCkgPT4ga2V5T2YodCwgZmsucmVmZXJlbmNlLmZpZWxkcykpKVxuICAgICAgZm9yIChjb25zdCByb3cgb2Ygcm93cykge1xuICAgICAgICBpZiAoZmsuZmllbGRzLnNvbWUoKGYpID0+IHJvd1tmXSA9PT0gbnVsbCB8fCByb3dbZl0gPT09IHVuZGVmaW5lZCkpIGNvbnRpbnVlXG4gICAgICAgIGlmICgha2V5cy5oYXMoa2V5T2Yocm93LCBmay5maWVsZHMpKSkge1xuICAgICAgICAgIGNvbnN0IHZhbHVlID0gZmsuZmllbGRzLm1hcCgoZikgPT4gU3RyaW5nKHJvd1tmXSkpLmpvaW4oJywgJylcbiAgICAgICAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKHIubmFtZSksIGxpbmU6IHJvdy5fbGluZSwgY29sdW1uOiBmay5maWVsZHNbZmsuZmllbGRzLmxlbmd0aCAtIDFdISwgbWVzc2FnZTogYGV4cGVjdGVkIGFuIGlkIG9mICR7dGFyZ2V0fS5jc3YgKCR7ZmsucmVmZXJlbmNlLmZpZWxkcy5qb2luKCcgKyAnKX0pLCBmb3VuZCAke3Nob3duKHZhbHVlKX1gIH0pXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL3NvdXJjZS10ZXh0cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHNcIjtpbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCdcblxuLyoqIEZvbGRzIGV2ZXJ5IHJ1biBvZiB3aGl0ZXNwYWNlIHRvIG9uZSBzcGFjZSwgc28gbGluZSBicmVha3MgaW4gYSBzb3VyY2UgZG8gbm90IG1hdHRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb2xkU3BhY2Uoczogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHMucmVwbGFjZSgvXFxzKy9ndSwgJyAnKS50cmltKClcbn1cblxuLyoqIFRoZSBzb3VyY2UgZG9jdW1lbnRzLCByZWFkIG9uY2UsIGZvbGRlZCBmb3Igc2VhcmNoaW5nLiAqL1xuZXhwb3J0IGNsYXNzIFNvdXJjZVRleHRzIHtcbiAgcHJpdmF0ZSBjYWNoZSA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmcgfCBudWxsPigpXG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGRpcjogc3RyaW5nKSB7fVxuXG4gIGdldCBhdmFpbGFibGUoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIGV4aXN0c1N5bmModGhpcy5kaXIpXG4gIH1cblxuICAvKiogVGhlIGZvbGRlZCB0ZXh0IG9mIGEgZmlsZSwgb3IgbnVsbCBpZiBpdCBpcyBtaXNzaW5nLiAqL1xuICB0ZXh0KGZpbGU6IHN0cmluZyk6IHN0cmluZyB8IG51bGwge1xuICAgIGlmICghdGhpcy5jYWNoZS5oYXMoZmlsZSkpIHtcbiAgICAgIGNvbnN0IHBhdGggPSBqb2luKHRoaXMuZGlyLCBmaWxlKVxuICAgICAgdGhpcy5jYWNoZS5zZXQoZmlsZSwgZXhpc3RzU3luYyhwYXRoKSA/IGZvbGRTcGFjZShyZWFkRmlsZVN5bmMocGF0aCwgJ3V0ZjgnKSkgOiBudWxsKVxuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jYWNoZS5nZXQoZmlsZSkgPz8gbnVsbFxuICB9XG5cbiAgLyoqIFRoZSB0ZXh0IHdpdGggTWFya2Rvd24gZXNjYXBlcyB1bmRvbmUgKGBjb3B5XFxfb2ZcXF9cdTIwMjZgKSwgZm9yIGZpbmRpbmcgVVJMcyBhcyBhIGJyb3dzZXIgc2VlcyB0aGVtLiAqL1xuICBwbGFpblRleHQoZmlsZTogc3RyaW5nKTogc3RyaW5nIHwgbnVsbCB7XG4gICAgcmV0dXJuIHRoaXMudGV4dChmaWxlKT8ucmVwbGFjZSgvXFxcXCtfL2csICdfJykgPz8gbnVsbFxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1wcm92ZW5hbmNlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHNcIjtpbXBvcnQgeyBmb3JtYXROdW1iZXIsIE5VTUJFUl9XT1JEUyB9IGZyb20gJy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuaW1wb3J0IHR5cGUgeyBTb3VyY2VUZXh0cyB9IGZyb20gJy4vc291cmNlLXRleHRzLnRzJ1xuaW1wb3J0IHsgZm9sZFNwYWNlIH0gZnJvbSAnLi9zb3VyY2UtdGV4dHMudHMnXG5cbi8qKiBDb2x1bW5zIGhvbGRpbmcgYSBmaWd1cmUgdGhhdCBtdXN0IGFwcGVhciBpbiB0aGUgcm93J3Mgb3duIHF1b3RlLiAqL1xuY29uc3QgRklHVVJFX0NPTFVNTlM6IFJlY29yZDxzdHJpbmcsIHN0cmluZ1tdPiA9IHtcbiAgaW5kaWNhdG9yczogWyd2YWx1ZScsICd0YXJnZXQnLCAnb2ZfdG90YWwnXSxcbiAgZnVuZGluZzogWydhbW91bnQnXSxcbn1cbi8qKiBDb2x1bW5zIGhvbGRpbmcgYSBVUkwgdGhhdCBtdXN0IGFwcGVhciBpbiB0aGUgcm93J3Mgc291cmNlLiAqL1xuY29uc3QgVVJMX0NPTFVNTlM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IGxpbmtzOiAndXJsJywgb3JnYW5pc2F0aW9uczogJ3VybCcsIHNvdXJjZXM6ICd1cmwnIH1cbi8qKiBUaGUgT0NSIG9mIGAwMDNgIHJlYWRzIFx1MDBCRCBhcyBcIiUyXCIgKFwiMyUyIGFyc3ZhcmtcIikuICovXG5jb25zdCBPQ1JfSEFMRiA9IFsnXHUwMEJEJywgJyUyJ11cblxuLyoqXG4gKiBFdmVyeSBxdW90ZSBvY2N1cnMgaW4gaXRzIHNvdXJjZSdzIHRleHQsIGV2ZXJ5IGZpZ3VyZSBpbiBpdHMgcXVvdGUsIGV2ZXJ5IFVSTCBpbiBpdHMgc291cmNlLlxuICogTmVlZHMgdGhlIHNvdXJjZSB0ZXh0czsgdGhlIGNhbGxlciBkZWNpZGVzIHdoYXQgdG8gZG8gd2hlbiB0aGV5IGFyZSBhYnNlbnQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1Byb3ZlbmFuY2UodGFibGVzOiBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPiwgdGV4dHM6IFNvdXJjZVRleHRzLCBmaWxlT2Y6IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IHZvaWQge1xuICBjb25zdCBzb3VyY2VGaWxlID0gbmV3IE1hcCgodGFibGVzLmdldCgnc291cmNlcycpID8/IFtdKS5tYXAoKHMpID0+IFtTdHJpbmcocy5zb3VyY2VfaWQpLCBTdHJpbmcocy50ZXh0X2ZpbGUpXSkpXG4gIGZvciAoY29uc3QgW25hbWUsIHJvd3NdIG9mIHRhYmxlcykge1xuICAgIGZvciAoY29uc3Qgcm93IG9mIHJvd3MpIHtcbiAgICAgIGNvbnN0IGF0ID0gKGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlOiBmaWxlT2YobmFtZSksIGxpbmU6IHJvdy5fbGluZSwgY29sdW1uLCBtZXNzYWdlIH0pXG4gICAgICBjb25zdCB0ZXh0RmlsZSA9IG5hbWUgPT09ICdzb3VyY2VzJyA/IFN0cmluZyhyb3cudGV4dF9maWxlKSA6IHNvdXJjZUZpbGUuZ2V0KFN0cmluZyhyb3cuc291cmNlX2lkKSlcbiAgICAgIGlmICghdGV4dEZpbGUpIGNvbnRpbnVlIC8vIGEgZGFuZ2xpbmcgc291cmNlX2lkIGlzIHJlcG9ydGVkIGJ5IHRoZSBrZXkgY2hlY2tcbiAgICAgIGNvbnN0IHRleHQgPSB0ZXh0cy50ZXh0KHRleHRGaWxlKVxuICAgICAgaWYgKHRleHQgPT09IG51bGwpIHtcbiAgICAgICAgYXQoJ3NvdXJjZV9pZCcsIGBleHBlY3RlZCB0aGUgc291cmNlIHRleHQgJHt0ZXh0RmlsZX0gaW4gJHt0ZXh0cy5kaXJ9LCBmb3VuZCBubyBzdWNoIGZpbGVgKVxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgICAgaWYgKHR5cGVvZiByb3cucXVvdGUgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgIGNvbnN0IHF1b3RlID0gZm9sZFNwYWNlKHJvdy5xdW90ZSlcbiAgICAgICAgaWYgKCF0ZXh0LmluY2x1ZGVzKHF1b3RlKSkgYXQoJ3F1b3RlJywgYGV4cGVjdGVkIGEgdmVyYmF0aW0gcGFzc2FnZSBvZiAke3RleHRGaWxlfSwgZm91bmQgJHtzaG93bihxdW90ZSl9LCB3aGljaCBpcyBub3QgaW4gaXRgKVxuICAgICAgICBmb3IgKGNvbnN0IGNvbHVtbiBvZiBGSUdVUkVfQ09MVU1OU1tuYW1lXSA/PyBbXSkge1xuICAgICAgICAgIGNvbnN0IG4gPSByb3dbY29sdW1uXVxuICAgICAgICAgIC8vIEEgdGFyZ2V0IG1heSByZXN0IG9uIGl0cyBvd24gcGFzc2FnZSAodGFyZ2V0X3F1b3RlKTsgZXZlcnkgb3RoZXIgZmlndXJlIG9uIHRoZSBxdW90ZS5cbiAgICAgICAgICBjb25zdCBvd24gPSBjb2x1bW4gPT09ICd0YXJnZXQnICYmIHR5cGVvZiByb3cudGFyZ2V0X3F1b3RlID09PSAnc3RyaW5nJyA/IGZvbGRTcGFjZShyb3cudGFyZ2V0X3F1b3RlKSA6IHF1b3RlXG4gICAgICAgICAgY29uc3Qgd2hlcmUgPSBvd24gPT09IHF1b3RlID8gJ3F1b3RlJyA6ICd0YXJnZXRfcXVvdGUnXG4gICAgICAgICAgaWYgKHR5cGVvZiBuICE9PSAnbnVtYmVyJykgY29udGludWVcbiAgICAgICAgICBpZiAoY29sdW1uID09PSAndmFsdWUnICYmIHJvdy52YWx1ZV9xdWFsaWZpZXIgPT09ICdjb3VudGVkJykge1xuICAgICAgICAgICAgY29uc3QgaXRlbXMgPSBsaXN0SXRlbXMocXVvdGUpXG4gICAgICAgICAgICBpZiAoaXRlbXMubGVuZ3RoICE9PSBuKSBhdChjb2x1bW4sIGBleHBlY3RlZCB0aGUgbnVtYmVyIG9mIGl0ZW1zIHRoZSBxdW90ZSBsaXN0cyAoJHtpdGVtcy5sZW5ndGh9OiAke2l0ZW1zLmpvaW4oJyB8ICcpfSksIGZvdW5kICR7Zm9ybWF0TnVtYmVyKG4pfWApXG4gICAgICAgICAgfSBlbHNlIGlmICghcXVvdGVIYXNGaWd1cmUob3duLCBuKSkgYXQoY29sdW1uLCBgZXhwZWN0ZWQgdGhlIGZpZ3VyZSB0byBhcHBlYXIgaW4gdGhlICR7d2hlcmV9LCBmb3VuZCAke2Zvcm1hdE51bWJlcihuKX0gbm90IGluICR7c2hvd24ob3duKX1gKVxuICAgICAgICB9XG4gICAgICB9XG4gICAgICBpZiAodHlwZW9mIHJvdy50YXJnZXRfcXVvdGUgPT09ICdzdHJpbmcnICYmICF0ZXh0LmluY2x1ZGVzKGZvbGRTcGFjZShyb3cudGFyZ2V0X3F1b3RlKSkpIHtcbiAgICAgICAgYXQoJ3RhcmdldF9xdW90ZScsIGBleHBlY3RlZCBhIHZlcmJhdGltIHBhc3NhZ2Ugb2YgJHt0ZXh0RmlsZX0sIGZvdW5kICR7c2hvd24oZm9sZFNwYWNlKHJvdy50YXJnZXRfcXVvdGUpKX0sIHdoaWNoIGlzIG5vdCBpbiBpdGApXG4gICAgICB9XG4gICAgICBjb25zdCB1cmxDb2x1bW4gPSBVUkxfQ09MVU1OU1tuYW1lXVxuICAgICAgY29uc3QgdXJsID0gdXJsQ29sdW1uID8gcm93W3VybENvbHVtbl0gOiBudWxsXG4gICAgICBpZiAodHlwZW9mIHVybCA9PT0gJ3N0cmluZycpIHtcbiAgICAgICAgY29uc3QgcGxhY2VzID0gbmFtZSA9PT0gJ3NvdXJjZXMnID8gW3RleHRGaWxlLCAnc3VwcGxlbWVudGFyeS5tZCddIDogW3RleHRGaWxlXVxuICAgICAgICBpZiAoIXBsYWNlcy5zb21lKChmKSA9PiB0ZXh0cy5wbGFpblRleHQoZik/LmluY2x1ZGVzKHVybCkpKSBhdCh1cmxDb2x1bW4hLCBgZXhwZWN0ZWQgYSBVUkwgdGhhdCAke3BsYWNlcy5qb2luKCcgb3IgJyl9IGdpdmVzLCBmb3VuZCAke3Nob3duKHVybCl9YClcbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cblxuLyoqIFRydWUgaWYgdGhlIHF1b3RlIHdyaXRlcyBuIGluIERhbmlzaDogXCIyLjAwMFwiLCBcIjIwMDBcIiwgXCI3Myw0XCIsIFwiM1x1MDBCRFwiIG9yIGEgbnVtYmVyIHdvcmQuICovXG5leHBvcnQgZnVuY3Rpb24gcXVvdGVIYXNGaWd1cmUocXVvdGU6IHN0cmluZywgbjogbnVtYmVyKTogYm9vbGVhbiB7XG4gIGNvbnN0IGZvcm1zID0gbmV3IFNldChbZm9ybWF0TnVtYmVyKG4pLCBTdHJpbmcobiksIFN0cmluZyhuKS5yZXBsYWNlKCcuJywgJywnKV0pXG4gIGlmIChuICUgMSA9PT0gMC41KSBmb3IgKGNvbnN0IGhhbGYgb2YgT0NSX0hBTEYpIGZvcm1zLmFkZChgJHtNYXRoLmZsb29yKG4pfSR7aGFsZn1gKVxuICBmb3IgKGNvbnN0IGZvcm0gb2YgZm9ybXMpIHtcbiAgICBjb25zdCBlc2NhcGVkID0gZm9ybS5yZXBsYWNlKC9bLiorP14ke30oKXxbXFxdXFxcXF0vZywgJ1xcXFwkJicpXG4gICAgaWYgKG5ldyBSZWdFeHAoYCg/PCFbMC05LixdKSR7ZXNjYXBlZH0oPyFbMC05XXxbLixdWzAtOV0pYCwgJ3UnKS50ZXN0KHF1b3RlKSkgcmV0dXJuIHRydWVcbiAgfVxuICBjb25zdCB3b3JkcyA9IE5VTUJFUl9XT1JEU1tuXSA/PyBbXVxuICByZXR1cm4gd29yZHMuc29tZSgodykgPT4gbmV3IFJlZ0V4cChgKD88IVtcXFxccHtMfV0pJHt3fSg/IVtcXFxccHtMfV0pYCwgJ2l1JykudGVzdChxdW90ZSkpXG59XG5cbi8qKiBUaGUgaXRlbXMgb2YgYSBEYW5pc2ggZW51bWVyYXRpb246IFwiZGFuc2ssIGVuZ2Vsc2ssIGFyYWJpc2sgb2cgdXJkdVwiIFx1MjE5MiA0IGl0ZW1zLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxpc3RJdGVtcyhxdW90ZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICByZXR1cm4gcXVvdGVcbiAgICAucmVwbGFjZSgvWy46O10rJC91LCAnJylcbiAgICAuc3BsaXQoLyxcXHMqfFxccysoPzpvZ3xzYW10KVxccysvdSlcbiAgICAubWFwKChzKSA9PiBzLnRyaW0oKSlcbiAgICAuZmlsdGVyKEJvb2xlYW4pXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1ydWxlcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1ydWxlcy50c1wiO2ltcG9ydCB7IGZvcm1hdE51bWJlciB9IGZyb20gJy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgdHlwZSB7IFByb2JsZW0gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHR5cGUgeyBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5cbi8qKiBUaGUgMjAxN1x1MjAxMzIwMjAgcGxhbidzIG91dGNvbWUgY291bnRzIChpbmRpY2F0b3IgaWRzKSB0aGF0IG11c3QgYWRkIHVwOiBsYXVuY2hlZCA9IHRoZSByZXN0LiAqL1xuZXhwb3J0IGNvbnN0IE9VVENPTUVfQ09VTlRTID0ge1xuICBsYXVuY2hlZDogJ2hwMjAxNy1pbml0aWF0aXZlcy1sYXVuY2hlZCcsXG4gIGNhcnJpZWRfb3V0OiAnaHAyMDE3LWluaXRpYXRpdmVzLWNhcnJpZWQtb3V0JyxcbiAgZ2l2ZW5fdXA6ICdocDIwMTctaW5pdGlhdGl2ZXMtZ2l2ZW4tdXAnLFxuICBjYW5jZWxsZWQ6ICdocDIwMTctaW5pdGlhdGl2ZXMtY2FuY2VsbGVkJyxcbn0gYXMgY29uc3RcblxuY29uc3QgRVBTID0gMWUtOVxuXG4vKiogVHJ1ZSBpZiBhbnkgb2YgdGhlIGNvbHVtbnMgaGVsZCBhbiBpbnZhbGlkIGNlbGwgKGFscmVhZHkgcmVwb3J0ZWQpOyBhIHJ1bGUgdGhlbiBzYXlzIG5vdGhpbmcuICovXG5jb25zdCBpbnZhbGlkID0gKHJvdzogVHlwZWRSb3cgfCB1bmRlZmluZWQsIC4uLmNvbHVtbnM6IHN0cmluZ1tdKSA9PiAhIXJvdyAmJiBjb2x1bW5zLnNvbWUoKGMpID0+IHJvd1tjXSA9PT0gdW5kZWZpbmVkKVxuXG4vKiogUnVsZXMgdGhhdCBzcGFuIHJvd3Mgb3IgdGFibGVzLCBiZXlvbmQgd2hhdCBhIFRhYmxlIFNjaGVtYSBjYW4gc2F5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUnVsZXModGFibGVzOiBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPiwgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgY29uc3Qgcm93cyA9IChuYW1lOiBzdHJpbmcpID0+IHRhYmxlcy5nZXQobmFtZSkgPz8gW11cbiAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nLCByb3c6IFR5cGVkUm93LCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKG5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuXG4gIGZvciAoY29uc3QgbmFtZSBvZiBbJ3BsYW5zJywgJ2Z1bmRpbmcnXSkge1xuICAgIGZvciAoY29uc3QgciBvZiByb3dzKG5hbWUpKSB7XG4gICAgICBpZiAodHlwZW9mIHIuc3RhcnRfeWVhciA9PT0gJ251bWJlcicgJiYgdHlwZW9mIHIuZW5kX3llYXIgPT09ICdudW1iZXInICYmIHIuZW5kX3llYXIgPCByLnN0YXJ0X3llYXIpIHtcbiAgICAgICAgYXQobmFtZSwgciwgJ2VuZF95ZWFyJywgYGV4cGVjdGVkIGEgeWVhciBcdTIyNjUgc3RhcnRfeWVhciAoJHtyLnN0YXJ0X3llYXJ9KSwgZm91bmQgXCIke3IuZW5kX3llYXJ9XCJgKVxuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGNvbnN0IGFyZWFQbGFuID0gbmV3IE1hcChyb3dzKCdhcmVhcycpLm1hcCgoYSkgPT4gW2EuYXJlYV9pZCwgYS5wbGFuX2lkXSkpXG4gIGZvciAoY29uc3QgaSBvZiByb3dzKCdpbml0aWF0aXZlcycpKSB7XG4gICAgY29uc3QgcGxhbiA9IGkuYXJlYV9pZCA9PT0gbnVsbCA/IHVuZGVmaW5lZCA6IGFyZWFQbGFuLmdldChpLmFyZWFfaWQpXG4gICAgaWYgKHBsYW4gIT09IHVuZGVmaW5lZCAmJiBwbGFuICE9PSBpLnBsYW5faWQpIGF0KCdpbml0aWF0aXZlcycsIGksICdhcmVhX2lkJywgYGV4cGVjdGVkIGFuIGFyZWEgb2YgcGxhbiAke2kucGxhbl9pZH0sIGZvdW5kIFwiJHtpLmFyZWFfaWR9XCIgb2YgcGxhbiAke3BsYW59YClcbiAgfVxuXG4gIGNoZWNrT3V0Y29tZUNvdW50cyhyb3dzKCdpbmRpY2F0b3JzJyksIHJvd3MoJ2luaXRpYXRpdmVzJyksIHJvd3MoJ3N0YXR1c191cGRhdGVzJyksIChyb3csIGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoJ2luZGljYXRvcnMnLCByb3csIGNvbHVtbiwgbWVzc2FnZSkpXG4gIGNoZWNrU3BsaXRzKHJvd3MoJ2Z1bmRpbmcnKSwgKHJvdywgY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgnZnVuZGluZycsIHJvdywgY29sdW1uLCBtZXNzYWdlKSlcbiAgY2hlY2tUYXJnZXRzKHJvd3MoJ2luZGljYXRvcnMnKSwgKHJvdywgY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgnaW5kaWNhdG9ycycsIHJvdywgY29sdW1uLCBtZXNzYWdlKSlcbn1cblxudHlwZSBSZXBvcnQgPSAocm93OiBUeXBlZFJvdywgY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZFxuXG5mdW5jdGlvbiBjaGVja091dGNvbWVDb3VudHMoaW5kaWNhdG9yczogVHlwZWRSb3dbXSwgaW5pdGlhdGl2ZXM6IFR5cGVkUm93W10sIHVwZGF0ZXM6IFR5cGVkUm93W10sIHJlcG9ydDogUmVwb3J0KTogdm9pZCB7XG4gIGNvbnN0IGJ5SWQgPSBuZXcgTWFwKGluZGljYXRvcnMubWFwKChyKSA9PiBbci5pbmRpY2F0b3JfaWQsIHJdKSlcbiAgY29uc3QgY291bnRzID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKE9VVENPTUVfQ09VTlRTKS5tYXAoKFtrLCBpZF0pID0+IFtrLCBieUlkLmdldChpZCldKSkgYXMgUmVjb3JkPGtleW9mIHR5cGVvZiBPVVRDT01FX0NPVU5UUywgVHlwZWRSb3cgfCB1bmRlZmluZWQ+XG4gIGlmICghY291bnRzLmxhdW5jaGVkKSByZXR1cm4gLy8gdGhlIHRhYmxlIGhvbGRzIG5vIDIwMTdcdTIwMTMyMDIwIHBsYW47IG5vdGhpbmcgdG8gYWRkIHVwXG4gIGlmIChPYmplY3QudmFsdWVzKGNvdW50cykuc29tZSgocikgPT4gaW52YWxpZChyLCAndmFsdWUnKSkpIHJldHVyblxuICBjb25zdCB2YWx1ZSA9IChyOiBUeXBlZFJvdyB8IHVuZGVmaW5lZCkgPT4gKHR5cGVvZiByPy52YWx1ZSA9PT0gJ251bWJlcicgPyByLnZhbHVlIDogTmFOKVxuICBjb25zdCBwYXJ0cyA9IFtjb3VudHMuY2FycmllZF9vdXQsIGNvdW50cy5naXZlbl91cCwgY291bnRzLmNhbmNlbGxlZF1cbiAgY29uc3Qgc3VtID0gcGFydHMucmVkdWNlKChzLCByKSA9PiBzICsgdmFsdWUociksIDApXG4gIGlmIChwYXJ0cy5zb21lKChwKSA9PiAhcCkpIHtcbiAgICBjb25zdCBtaXNzaW5nID0gT2JqZWN0LmVudHJpZXMoT1VUQ09NRV9DT1VOVFMpLmZpbHRlcigoW2tdKSA9PiAhY291bnRzW2sgYXMga2V5b2YgdHlwZW9mIGNvdW50c10pLm1hcCgoWywgaWRdKSA9PiBpZClcbiAgICByZXBvcnQoY291bnRzLmxhdW5jaGVkLCAnaW5kaWNhdG9yX2lkJywgYGV4cGVjdGVkIHRoZSBvdXRjb21lIGNvdW50cyAke21pc3Npbmcuam9pbignLCAnKX0gYmVzaWRlIGl0LCBmb3VuZCBub25lYClcbiAgfSBlbHNlIGlmIChNYXRoLmFicyhzdW0gLSB2YWx1ZShjb3VudHMubGF1bmNoZWQpKSA+IEVQUykge1xuICAgIHJlcG9ydChjb3VudHMubGF1bmNoZWQsICd2YWx1ZScsIGBleHBlY3RlZCB0aGUgaW5pdGlhdGl2ZXMgbGF1bmNoZWQgdG8gZXF1YWwgY2FycmllZCBvdXQgKyBnaXZlbiB1cCArIGNhbmNlbGxlZCAoJHtwYXJ0cy5tYXAodmFsdWUpLmpvaW4oJyArICcpfSA9ICR7c3VtfSksIGZvdW5kIFwiJHt2YWx1ZShjb3VudHMubGF1bmNoZWQpfVwiYClcbiAgfVxuICAvLyBOYW1lZCBpbml0aWF0aXZlcyBjYW5ub3Qgb3V0bnVtYmVyIHRoZSBjb3VudHMgb2YgdGhlaXIgb3V0Y29tZS5cbiAgY29uc3QgbGF0ZXN0ID0gbmV3IE1hcDx1bmtub3duLCBUeXBlZFJvdz4oKVxuICBmb3IgKGNvbnN0IHUgb2YgWy4uLnVwZGF0ZXNdLnNvcnQoKGEsIGIpID0+IFN0cmluZyhhLmRhdGUpLmxvY2FsZUNvbXBhcmUoU3RyaW5nKGIuZGF0ZSkpKSkgbGF0ZXN0LnNldCh1LmluaXRpYXRpdmVfaWQsIHUpXG4gIGNvbnN0IHBsYW5PZiA9IG5ldyBNYXAoaW5pdGlhdGl2ZXMubWFwKChpKSA9PiBbaS5pbml0aWF0aXZlX2lkLCBpLnBsYW5faWRdKSlcbiAgZm9yIChjb25zdCBrZXkgb2YgWydjYXJyaWVkX291dCcsICdnaXZlbl91cCcsICdjYW5jZWxsZWQnXSBhcyBjb25zdCkge1xuICAgIGNvbnN0IG5hbWVkID0gWy4uLmxhdGVzdC52YWx1ZXMoKV0uZmlsdGVyKCh1KSA9PiB1LnN0YXR1cyA9PT0ga2V5ICYmIHBsYW5PZi5nZXQodS5pbml0aWF0aXZlX2lkKSA9PT0gJ2hwMjAxNycpXG4gICAgY29uc3QgY291bnQgPSBjb3VudHNba2V5XVxuICAgIGlmIChjb3VudCAmJiBuYW1lZC5sZW5ndGggPiB2YWx1ZShjb3VudCkpIHJlcG9ydChjb3VudCwgJ3ZhbHVlJywgYGV4cGVjdGVkIGF0IGxlYXN0IGFzIG1hbnkgYXMgdGhlIGluaXRpYXRpdmVzIG5hbWVkIHdpdGggc3RhdHVzICR7a2V5fSAoJHtuYW1lZC5sZW5ndGh9KSwgZm91bmQgXCIke3ZhbHVlKGNvdW50KX1cImApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tTcGxpdHMoZnVuZGluZzogVHlwZWRSb3dbXSwgcmVwb3J0OiBSZXBvcnQpOiB2b2lkIHtcbiAgY29uc3QgdG90YWwgPSAocjogVHlwZWRSb3cpID0+IHtcbiAgICBpZiAodHlwZW9mIHIuYW1vdW50ICE9PSAnbnVtYmVyJykgcmV0dXJuIE5hTlxuICAgIHJldHVybiByLmJhc2lzID09PSAncGVyX3llYXInID8gci5hbW91bnQgKiAoTnVtYmVyKHIuZW5kX3llYXIpIC0gTnVtYmVyKHIuc3RhcnRfeWVhcikgKyAxKSA6IHIuYW1vdW50XG4gIH1cbiAgY29uc3QgZmllbGRzID0gWydhbW91bnQnLCAndW5pdCcsICdiYXNpcycsICdzdGFydF95ZWFyJywgJ2VuZF95ZWFyJywgJ3VuZXhwbGFpbmVkX2dhcCddXG4gIGZvciAoY29uc3QgcGFyZW50IG9mIGZ1bmRpbmcpIHtcbiAgICBjb25zdCBwYXJ0cyA9IGZ1bmRpbmcuZmlsdGVyKChmKSA9PiBmLnBhcmVudF9pZCA9PT0gcGFyZW50LmZ1bmRpbmdfaWQpXG4gICAgaWYgKGludmFsaWQocGFyZW50LCAuLi5maWVsZHMpIHx8IHBhcnRzLnNvbWUoKHApID0+IGludmFsaWQocCwgLi4uZmllbGRzKSkpIGNvbnRpbnVlXG4gICAgY29uc3QgZ2FwID0gdHlwZW9mIHBhcmVudC51bmV4cGxhaW5lZF9nYXAgPT09ICdudW1iZXInID8gcGFyZW50LnVuZXhwbGFpbmVkX2dhcCA6IG51bGxcbiAgICBpZiAoIXBhcnRzLmxlbmd0aCkge1xuICAgICAgaWYgKGdhcCAhPT0gbnVsbCkgcmVwb3J0KHBhcmVudCwgJ3VuZXhwbGFpbmVkX2dhcCcsIGBleHBlY3RlZCBhIGdhcCBvbmx5IG9uIGEgdG90YWwgdGhhdCBoYXMgcGFydHMsIGZvdW5kIFwiJHtnYXB9XCJgKVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSBpZiAocC51bml0ICE9PSBwYXJlbnQudW5pdCkgcmVwb3J0KHAsICd1bml0JywgYGV4cGVjdGVkIHRoZSB1bml0IG9mIGl0cyBwYXJlbnQgJHtwYXJlbnQuZnVuZGluZ19pZH0gKCR7cGFyZW50LnVuaXR9KSwgZm91bmQgXCIke3AudW5pdH1cImApXG4gICAgY29uc3Qgc3VtID0gcGFydHMucmVkdWNlKChzLCBwKSA9PiBzICsgdG90YWwocCksIDApXG4gICAgY29uc3QgZGlmZiA9IE1hdGgucm91bmQoKHRvdGFsKHBhcmVudCkgLSBzdW0pICogMWU2KSAvIDFlNlxuICAgIGlmIChNYXRoLmFicyhkaWZmKSA8IEVQUyAmJiBnYXAgPT09IG51bGwpIGNvbnRpbnVlXG4gICAgaWYgKGdhcCA9PT0gbnVsbCkgcmVwb3J0KHBhcmVudCwgJ3VuZXhwbGFpbmVkX2dhcCcsIGBleHBlY3RlZCB0aGUgZ2FwIHN0YXRlZCB3aGVyZSB0aGUgcGFydHMgKCR7Zm9ybWF0TnVtYmVyKHN1bSl9KSBkbyBub3QgYWRkIHVwIHRvIHRoZSB0b3RhbCAoJHtmb3JtYXROdW1iZXIodG90YWwocGFyZW50KSl9KSwgZm91bmQgYW4gZW1wdHkgY2VsbGApXG4gICAgZWxzZSBpZiAoTWF0aC5hYnMoZ2FwIC0gZGlmZikgPiBFUFMpIHJlcG9ydChwYXJlbnQsICd1bmV4cGxhaW5lZF9nYXAnLCBgZXhwZWN0ZWQgJHtkaWZmfSAodGhlIHRvdGFsICR7Zm9ybWF0TnVtYmVyKHRvdGFsKHBhcmVudCkpfSBtaW51cyB0aGUgcGFydHMgJHtmb3JtYXROdW1iZXIoc3VtKX0pLCBmb3VuZCBcIiR7Z2FwfVwiYClcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja1RhcmdldHMoaW5kaWNhdG9yczogVHlwZWRSb3dbXSwgcmVwb3J0OiBSZXBvcnQpOiB2b2lkIHtcbiAgZm9yIChjb25zdCByIG9mIGluZGljYXRvcnMpIHtcbiAgICBpZiAoaW52YWxpZChyLCAna2luZCcsICdjb21wYXJhdG9yJywgJ3RhcmdldCcsICd0YXJnZXRfdW5pdCcsICd2YWx1ZScsICdtZXQnLCAnbWV0X2Jhc2lzJykpIGNvbnRpbnVlXG4gICAgY29uc3QgaGFzVGFyZ2V0ID0gci50YXJnZXQgIT09IG51bGxcbiAgICBpZiAoci5raW5kID09PSAndGFyZ2V0X3JlYWNoZWQnKSB7XG4gICAgICBpZiAoIWhhc1RhcmdldCkgcmVwb3J0KHIsICd0YXJnZXQnLCAnZXhwZWN0ZWQgYSB0YXJnZXQgb24gYSB0YXJnZXRfcmVhY2hlZCByb3csIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgICAgaWYgKHIuY29tcGFyYXRvciA9PT0gbnVsbCkgcmVwb3J0KHIsICdjb21wYXJhdG9yJywgJ2V4cGVjdGVkIGEgY29tcGFyYXRvciBvbiBhIHRhcmdldF9yZWFjaGVkIHJvdywgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgICBpZiAoci5tZXQgPT09IG51bGwpIHJlcG9ydChyLCAnbWV0JywgJ2V4cGVjdGVkIHdoZXRoZXIgdGhlIHRhcmdldCB3YXMgbWV0IG9uIGEgdGFyZ2V0X3JlYWNoZWQgcm93LCBmb3VuZCBhbiBlbXB0eSBjZWxsJylcbiAgICB9IGVsc2UgaWYgKGhhc1RhcmdldCB8fCByLm1ldCAhPT0gbnVsbCkge1xuICAgICAgcmVwb3J0KHIsIGhhc1RhcmdldCA/ICd0YXJnZXQnIDogJ21ldCcsIGBleHBlY3RlZCBhIHRhcmdldCBhbmQgbWV0IG9ubHkgb24gdGFyZ2V0X3JlYWNoZWQgcm93cywgZm91bmQgdGhlbSBvbiBhICR7ci5raW5kfSByb3dgKVxuICAgIH1cbiAgICBpZiAoKHIubWV0ID09PSBudWxsKSAhPT0gKHIubWV0X2Jhc2lzID09PSBudWxsKSkgcmVwb3J0KHIsICdtZXRfYmFzaXMnLCAnZXhwZWN0ZWQgbWV0IGFuZCBtZXRfYmFzaXMgdG9nZXRoZXIsIGZvdW5kIG9uZSB3aXRob3V0IHRoZSBvdGhlcicpXG4gICAgaWYgKHIubWV0X2Jhc2lzID09PSAnY29tcHV0ZWQnKSB7XG4gICAgICBpZiAodHlwZW9mIHIudGFyZ2V0ICE9PSAnbnVtYmVyJyB8fCB0eXBlb2Ygci52YWx1ZSAhPT0gJ251bWJlcicgfHwgci50YXJnZXRfdW5pdCAhPT0gbnVsbCkge1xuICAgICAgICByZXBvcnQociwgJ21ldF9iYXNpcycsICdleHBlY3RlZCBhIHRhcmdldCBhbmQgYSB2YWx1ZSBpbiB0aGUgc2FtZSB1bml0IHRvIGNvbXB1dGUgbWV0IGZyb20sIGZvdW5kIG5vbmUnKVxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgICAgY29uc3QgbWV0ID0gci5jb21wYXJhdG9yID09PSAnPj0nID8gci52YWx1ZSA+PSByLnRhcmdldCA6IHIuY29tcGFyYXRvciA9PT0gJzw9JyA/IHIudmFsdWUgPD0gci50YXJnZXQgOiByLnZhbHVlID09PSByLnRhcmdldFxuICAgICAgY29uc3QgZXhwZWN0ZWQgPSBtZXQgPyAneWVzJyA6ICdubydcbiAgICAgIGlmIChyLm1ldCAhPT0gZXhwZWN0ZWQpIHJlcG9ydChyLCAnbWV0JywgYGV4cGVjdGVkIFwiJHtleHBlY3RlZH1cIiAoJHtyLnZhbHVlfSAke3IuY29tcGFyYXRvcn0gJHtyLnRhcmdldH0pLCBmb3VuZCBcIiR7ci5tZXR9XCJgKVxuICAgIH1cbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stdGFibGUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stdGFibGUudHNcIjtpbXBvcnQgdHlwZSB7IEZpZWxkLCBSZXNvdXJjZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgQ3N2VGFibGUgfSBmcm9tICcuL3JlYWQtY3N2LnRzJ1xuXG4vKiogQSBjZWxsJ3MgdmFsdWU6IG51bGwgZm9yIGFuIGVtcHR5IGNlbGwsIHVuZGVmaW5lZCBmb3IgYW4gaW52YWxpZCBvbmUgKGFscmVhZHkgcmVwb3J0ZWQpLiAqL1xuZXhwb3J0IHR5cGUgQ2VsbCA9IHN0cmluZyB8IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWRcbmV4cG9ydCBpbnRlcmZhY2UgVHlwZWRSb3cge1xuICAvKiogTGluZSBpbiB0aGUgQ1NWIGZpbGUsIGZvciBtZXNzYWdlcyBmcm9tIGxhdGVyIGNoZWNrcy4gKi9cbiAgX2xpbmU6IG51bWJlclxuICBbY29sdW1uOiBzdHJpbmddOiBDZWxsXG59XG5cbmNvbnN0IElOVEVHRVIgPSAvXi0/KDB8WzEtOV1bMC05XSopJC9cbi8vIENhbm9uaWNhbCBkZWNpbWFscyBvbmx5OiByZWplY3RzIERhbmlzaCBcIjIuMDAwXCIgLyBcIjIsOFwiIGFuZCBwYWRkZWQgXCI3My40MFwiIGFsaWtlLlxuY29uc3QgTlVNQkVSID0gL14tPygwfFsxLTldWzAtOV0qKShcXC5bMC05XSpbMS05XSk/JC9cblxuLyoqIEh1bWFuIHdvcmRzIGZvciB0aGUgc2NoZW1hJ3MgcGF0dGVybnMsIHNvIG1lc3NhZ2VzIHNheSB3aGF0IGlzIGV4cGVjdGVkLiAqL1xuY29uc3QgUEFUVEVSTl9OQU1FUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgJ15bYS16MC05XSsoLVthLXowLTldKykqJCc6ICdhbiBpZCBvZiBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgc2luZ2xlIGh5cGhlbnMnLFxuICAnXlswLTldezR9KC0oMFsxLTldfDFbMC0yXSkoLSgwWzEtOV18WzEyXVswLTldfDNbMDFdKSk/KT8kJzogJ2FuIElTTyBkYXRlIChZWVlZLU1NLURELCBZWVlZLU1NIG9yIFlZWVkpJyxcbiAgJ15odHRwczovL1teXFxcXHNdKyQnOiAnYW4gaHR0cHM6IFVSTCcsXG4gICdeWzAtOV17NH0kJzogJ2EgZm91ci1kaWdpdCBjb2RlJyxcbn1cblxuLyoqIENoZWNrcyBoZWFkZXIgYW5kIGNlbGxzIG9mIG9uZSB0YWJsZSBhZ2FpbnN0IGl0cyBzY2hlbWE7IHJldHVybnMgdGhlIHJvd3MgdHlwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tUYWJsZSh0YWJsZTogQ3N2VGFibGUsIHJlc291cmNlOiBSZXNvdXJjZSwgZmlsZTogc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogVHlwZWRSb3dbXSB8IG51bGwge1xuICBjb25zdCBhdCA9IChsaW5lOiBudW1iZXIsIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlLCBsaW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgY29uc3QgZmllbGRzID0gcmVzb3VyY2Uuc2NoZW1hLmZpZWxkc1xuICBjb25zdCBiZWZvcmUgPSBwcm9ibGVtcy5sZW5ndGhcbiAgY2hlY2tIZWFkZXIodGFibGUuaGVhZGVyLCBmaWVsZHMubWFwKChmKSA9PiBmLm5hbWUpLCAoY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgxLCBjb2x1bW4sIG1lc3NhZ2UpKVxuICBjb25zdCBoZWFkZXJPayA9IHByb2JsZW1zLmxlbmd0aCA9PT0gYmVmb3JlXG4gIGNvbnN0IGluZGV4ID0gbmV3IE1hcCh0YWJsZS5oZWFkZXIubWFwKChoLCBpKSA9PiBbaCwgaV0pKVxuICBjb25zdCByb3dzOiBUeXBlZFJvd1tdID0gW11cbiAgZm9yIChjb25zdCByZWNvcmQgb2YgdGFibGUucmVjb3Jkcykge1xuICAgIGlmIChyZWNvcmQuY2VsbHMubGVuZ3RoICE9PSB0YWJsZS5oZWFkZXIubGVuZ3RoKSB7XG4gICAgICAvLyBDZWxscyBvZiBhIHNob3J0IG9yIGxvbmcgcmVjb3JkIGFyZSBtaXNhbGlnbmVkOyBjaGVja2luZyB0aGVtIHdvdWxkIG9ubHkgYWRkIG5vaXNlLlxuICAgICAgY29uc3QgbiA9IHJlY29yZC5jZWxscy5sZW5ndGhcbiAgICAgIGNvbnN0IGNvbHVtbiA9IG4gPCB0YWJsZS5oZWFkZXIubGVuZ3RoID8gdGFibGUuaGVhZGVyW25dISA6ICctJ1xuICAgICAgYXQocmVjb3JkLmxpbmUsIGNvbHVtbiwgYGV4cGVjdGVkICR7dGFibGUuaGVhZGVyLmxlbmd0aH0gY2VsbHMsIGZvdW5kICR7bn1gKVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgY29uc3Qgcm93OiBUeXBlZFJvdyA9IHsgX2xpbmU6IHJlY29yZC5saW5lIH1cbiAgICBmb3IgKGNvbnN0IGZpZWxkIG9mIGZpZWxkcykge1xuICAgICAgY29uc3QgaSA9IGluZGV4LmdldChmaWVsZC5uYW1lKVxuICAgICAgaWYgKGkgPT09IHVuZGVmaW5lZCkgY29udGludWVcbiAgICAgIHJvd1tmaWVsZC5uYW1lXSA9IGNoZWNrQ2VsbChyZWNvcmQuY2VsbHNbaV0gPz8gJycsIGZpZWxkLCAobWVzc2FnZSkgPT4gYXQocmVjb3JkLmxpbmUsIGZpZWxkLm5hbWUsIG1lc3NhZ2UpKVxuICAgIH1cbiAgICByb3dzLnB1c2gocm93KVxuICB9XG4gIC8vIEEgdGFibGUgd2l0aCBhIGJyb2tlbiBoZWFkZXIgaXMgcmVwb3J0ZWQgYXMgc3VjaDsga2V5cyBhbmQgcnVsZXMgYWNyb3NzIHRhYmxlcyBza2lwIGl0LlxuICByZXR1cm4gaGVhZGVyT2sgPyByb3dzIDogbnVsbFxufVxuXG5mdW5jdGlvbiBjaGVja0hlYWRlcihmb3VuZDogc3RyaW5nW10sIGV4cGVjdGVkOiBzdHJpbmdbXSwgcmVwb3J0OiAoY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZCk6IHZvaWQge1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KClcbiAgZm9yIChjb25zdCBoIG9mIGZvdW5kKSB7XG4gICAgaWYgKHNlZW4uaGFzKGgpKSByZXBvcnQoaCwgYGV4cGVjdGVkIGVhY2ggY29sdW1uIG9uY2UsIGZvdW5kICR7c2hvd24oaCl9IHR3aWNlYClcbiAgICBzZWVuLmFkZChoKVxuICB9XG4gIGNvbnN0IG1pc3NpbmcgPSBleHBlY3RlZC5maWx0ZXIoKGUpID0+ICFmb3VuZC5pbmNsdWRlcyhlKSlcbiAgY29uc3QgZXh0cmEgPSBmb3VuZC5maWx0ZXIoKGgpID0+ICFleHBlY3RlZC5pbmNsdWRlcyhoKSlcbiAgY29uc3Qgc2FtZVNldCA9ICFtaXNzaW5nLmxlbmd0aCAmJiAhZXh0cmEubGVuZ3RoXG4gIC8vIEEgbWlzc2luZyBhbmQgYW4gZXh0cmEgY29sdW1uIGF0IHRoZSBzYW1lIHBvc2l0aW9uIHJlYWQgYXMgYSByZW5hbWUuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgTWF0aC5tYXgoZm91bmQubGVuZ3RoLCBleHBlY3RlZC5sZW5ndGgpOyBpKyspIHtcbiAgICBjb25zdCBmID0gZm91bmRbaV1cbiAgICBjb25zdCBlID0gZXhwZWN0ZWRbaV1cbiAgICBpZiAoZiAhPT0gdW5kZWZpbmVkICYmIGUgIT09IHVuZGVmaW5lZCAmJiBtaXNzaW5nLmluY2x1ZGVzKGUpICYmIGV4dHJhLmluY2x1ZGVzKGYpKSB7XG4gICAgICByZXBvcnQoZSwgYGV4cGVjdGVkIGNvbHVtbiAke3Nob3duKGUpfSwgZm91bmQgJHtzaG93bihmKX1gKVxuICAgICAgbWlzc2luZy5zcGxpY2UobWlzc2luZy5pbmRleE9mKGUpLCAxKVxuICAgICAgZXh0cmEuc3BsaWNlKGV4dHJhLmluZGV4T2YoZiksIDEpXG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgbSBvZiBtaXNzaW5nKSByZXBvcnQobSwgYGV4cGVjdGVkIGNvbHVtbiAke3Nob3duKG0pfSwgZm91bmQgbm8gc3VjaCBjb2x1bW5gKVxuICBmb3IgKGNvbnN0IHggb2YgZXh0cmEpIHJlcG9ydCh4LCBgZXhwZWN0ZWQgb25seSB0aGUgY29sdW1ucyBvZiBkYXRhcGFja2FnZS5qc29uLCBmb3VuZCBhbiBleHRyYSBjb2x1bW4gJHtzaG93bih4KX1gKVxuICBpZiAoc2FtZVNldCkge1xuICAgIGNvbnN0IGkgPSBmb3VuZC5maW5kSW5kZXgoKGgsIGspID0+IGggIT09IGV4cGVjdGVkW2tdKVxuICAgIGlmIChpID49IDApIHJlcG9ydChmb3VuZFtpXSEsIGBleHBlY3RlZCBjb2x1bW4gJHtzaG93bihleHBlY3RlZFtpXSEpfSBhdCBwb3NpdGlvbiAke2kgKyAxfSwgZm91bmQgJHtzaG93bihmb3VuZFtpXSEpfSAoY29sdW1ucyBvdXQgb2Ygb3JkZXIpYClcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja0NlbGwocmF3OiBzdHJpbmcsIGZpZWxkOiBGaWVsZCwgcmVwb3J0OiAobWVzc2FnZTogc3RyaW5nKSA9PiB2b2lkKTogQ2VsbCB7XG4gIGNvbnN0IGMgPSBmaWVsZC5jb25zdHJhaW50cyA/PyB7fVxuICBpZiAocmF3LmluY2x1ZGVzKCdcXHVGRkZEJykpIHJldHVybiB1bmRlZmluZWQgLy8gYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04OiByZXBvcnRlZCBieSByZWFkQ3N2XG4gIGlmIChyYXcgPT09ICcnKSB7XG4gICAgaWYgKGMucmVxdWlyZWQpIHJlcG9ydCgnZXhwZWN0ZWQgYSB2YWx1ZSwgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBpZiAocmF3ICE9PSByYXcudHJpbSgpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBubyBsZWFkaW5nIG9yIHRyYWlsaW5nIHNwYWNlcywgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChmaWVsZC50eXBlID09PSAnaW50ZWdlcicgfHwgZmllbGQudHlwZSA9PT0gJ251bWJlcicpIHtcbiAgICBjb25zdCBvayA9IChmaWVsZC50eXBlID09PSAnaW50ZWdlcicgPyBJTlRFR0VSIDogTlVNQkVSKS50ZXN0KHJhdylcbiAgICBpZiAoIW9rKSB7XG4gICAgICByZXBvcnQoYGV4cGVjdGVkICR7ZmllbGQudHlwZSA9PT0gJ2ludGVnZXInID8gJ2FuIGludGVnZXInIDogJ2EgbnVtYmVyJ30sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgICAgcmV0dXJuIHVuZGVmaW5lZFxuICAgIH1cbiAgICBjb25zdCBuID0gTnVtYmVyKHJhdylcbiAgICBpZiAoYy5taW5pbXVtICE9PSB1bmRlZmluZWQgJiYgbiA8IGMubWluaW11bSkgcmVwb3J0KGBleHBlY3RlZCBhIG51bWJlciBcdTIyNjUgJHtjLm1pbmltdW19LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICBlbHNlIGlmIChjLm1heGltdW0gIT09IHVuZGVmaW5lZCAmJiBuID4gYy5tYXhpbXVtKSByZXBvcnQoYGV4cGVjdGVkIGEgbnVtYmVyIFx1MjI2NCAke2MubWF4aW11bX0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIGVsc2UgcmV0dXJuIG5cbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgaWYgKGMuZW51bSAmJiAhYy5lbnVtLmluY2x1ZGVzKHJhdykpIHtcbiAgICByZXBvcnQoYGV4cGVjdGVkIG9uZSBvZiAke2MuZW51bS5qb2luKCcsICcpfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLnBhdHRlcm4gJiYgIW5ldyBSZWdFeHAoYy5wYXR0ZXJuLCAndScpLnRlc3QocmF3KSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgJHtQQVRURVJOX05BTUVTW2MucGF0dGVybl0gPz8gYHRleHQgbWF0Y2hpbmcgLyR7Yy5wYXR0ZXJufS9gfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLnBhdHRlcm4gJiYgUEFUVEVSTl9OQU1FU1tjLnBhdHRlcm5dPy5zdGFydHNXaXRoKCdhbiBJU08gZGF0ZScpICYmICFpc0NhbGVuZGFyRGF0ZShyYXcpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBhIGRhdGUgdGhhdCBleGlzdHMsIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICByZXR1cm4gcmF3XG59XG5cbmZ1bmN0aW9uIGlzQ2FsZW5kYXJEYXRlKGlzbzogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIGlmIChkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlXG4gIGNvbnN0IGRhdGUgPSBuZXcgRGF0ZShEYXRlLlVUQyh5ISwgbSEgLSAxLCBkKSlcbiAgcmV0dXJuIGRhdGUuZ2V0VVRDTW9udGgoKSA9PT0gbSEgLSAxICYmIGRhdGUuZ2V0VVRDRGF0ZSgpID09PSBkXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50c1wiO2ltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5cbi8qKiBUaGUgcGFydHMgb2YgYSBGcmljdGlvbmxlc3MgVGFibGUgU2NoZW1hIHRoYXQgdGhpcyBwcm9qZWN0IHVzZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIEZpZWxkQ29uc3RyYWludHMge1xuICByZXF1aXJlZD86IGJvb2xlYW5cbiAgdW5pcXVlPzogYm9vbGVhblxuICBwYXR0ZXJuPzogc3RyaW5nXG4gIGVudW0/OiBzdHJpbmdbXVxuICBtaW5pbXVtPzogbnVtYmVyXG4gIG1heGltdW0/OiBudW1iZXJcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRmllbGQge1xuICBuYW1lOiBzdHJpbmdcbiAgdHlwZTogJ3N0cmluZycgfCAnaW50ZWdlcicgfCAnbnVtYmVyJ1xuICBmb3JtYXQ/OiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICBjb25zdHJhaW50cz86IEZpZWxkQ29uc3RyYWludHNcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRm9yZWlnbktleSB7XG4gIGZpZWxkczogc3RyaW5nW11cbiAgLyoqIGByZXNvdXJjZTogXCJcImAgcmVmZXJzIHRvIHRoZSBzYW1lIHRhYmxlIChGcmljdGlvbmxlc3MgY29udmVudGlvbikuICovXG4gIHJlZmVyZW5jZTogeyByZXNvdXJjZTogc3RyaW5nOyBmaWVsZHM6IHN0cmluZ1tdIH1cbn1cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2Uge1xuICBuYW1lOiBzdHJpbmdcbiAgcGF0aDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICAvLyBGcmljdGlvbmxlc3MgYWxsb3dzIG5vIGVtcHR5IGZvcmVpZ25LZXlzIGxpc3Q6IGEgdGFibGUgd2l0aG91dCByZWZlcmVuY2VzIGxlYXZlcyBpdCBvdXQuXG4gIHNjaGVtYTogeyBmaWVsZHM6IEZpZWxkW107IHByaW1hcnlLZXk6IHN0cmluZ1tdOyBmb3JlaWduS2V5cz86IEZvcmVpZ25LZXlbXTsgbWlzc2luZ1ZhbHVlczogc3RyaW5nW10gfVxufVxuZXhwb3J0IGludGVyZmFjZSBEYXRhUGFja2FnZSB7XG4gIG5hbWU6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgdmVyc2lvbjogc3RyaW5nXG4gIGxpY2Vuc2VzOiB7IG5hbWU6IHN0cmluZzsgcGF0aDogc3RyaW5nOyB0aXRsZTogc3RyaW5nIH1bXVxuICByZXNvdXJjZXM6IFJlc291cmNlW11cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlYWRQYWNrYWdlKHBhdGg6IHN0cmluZyk6IERhdGFQYWNrYWdlIHtcbiAgcmV0dXJuIEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKHBhdGgsICd1dGY4JykpIGFzIERhdGFQYWNrYWdlXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9yZWFkLWNzdi50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9yZWFkLWNzdi50c1wiO2ltcG9ydCBQYXBhIGZyb20gJ3BhcGFwYXJzZSdcbmltcG9ydCB7IHR5cGUgUHJvYmxlbSwgc2hvd24gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuXG5leHBvcnQgaW50ZXJmYWNlIENzdlJlY29yZCB7XG4gIC8qKiAxLWJhc2VkIGxpbmUgd2hlcmUgdGhlIHJlY29yZCBzdGFydHMuICovXG4gIGxpbmU6IG51bWJlclxuICBjZWxsczogc3RyaW5nW11cbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ3N2VGFibGUge1xuICBoZWFkZXI6IHN0cmluZ1tdXG4gIHJlY29yZHM6IENzdlJlY29yZFtdXG59XG5cbi8qKlxuICogUmVhZHMgb25lIENTViBmaWxlJ3MgYnl0ZXMgaW50byBoZWFkZXIgYW5kIHJlY29yZHMsIHJlcG9ydGluZyBldmVyeSB3YXkgdGhlIGJ5dGVzIGJyZWFrIHRoZVxuICogcHJvamVjdCdzIENTViBkaWFsZWN0IChVVEYtOCB3aXRob3V0IEJPTSwgTEYsIGNvbW1hLCBSRkMgNDE4MCBxdW90aW5nKS4gUmVjb3JkcyBjb21lIGJhY2sgZXZlblxuICogd2hlbiB0aGVyZSBhcmUgcHJvYmxlbXMsIHNvIHRoZSBjYWxsZXIgY2FuIGdvIG9uIGFuZCByZXBvcnQgY2VsbCBwcm9ibGVtcyB0b28uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkQ3N2KGJ5dGVzOiBVaW50OEFycmF5LCBmaWxlOiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiBDc3ZUYWJsZSB8IG51bGwge1xuICBjb25zdCBhdCA9IChsaW5lOiBudW1iZXIsIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlLCBsaW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgaWYgKGJ5dGVzLmxlbmd0aCA9PT0gMCkge1xuICAgIGF0KDEsICctJywgJ2V4cGVjdGVkIGEgaGVhZGVyIHJvdywgZm91bmQgYW4gZW1wdHkgZmlsZScpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICAvLyBpZ25vcmVCT00ga2VlcHMgYSBCT00gaW4gdGhlIHRleHQsIHNvIHRoYXQgaXQgY2FuIGJlIHJlcG9ydGVkIHJhdGhlciB0aGFuIHNpbGVudGx5IGRyb3BwZWQuXG4gIGxldCB0ZXh0ID0gbmV3IFRleHREZWNvZGVyKCd1dGYtOCcsIHsgZmF0YWw6IGZhbHNlLCBpZ25vcmVCT006IHRydWUgfSkuZGVjb2RlKGJ5dGVzKVxuICBpZiAodGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYpIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBVVEYtOCB3aXRob3V0IGEgYnl0ZS1vcmRlciBtYXJrLCBmb3VuZCBhIEJPTScpXG4gICAgdGV4dCA9IHRleHQuc2xpY2UoMSlcbiAgfVxuICBjb25zdCBjcmxmID0gdGV4dC5pbmRleE9mKCdcXHInKVxuICBpZiAoY3JsZiA+PSAwKSB7XG4gICAgYXQobGluZU9mKHRleHQsIGNybGYpLCAnLScsICdleHBlY3RlZCBMRiBsaW5lIGVuZGluZ3MsIGZvdW5kIENSIChDUkxGKScpXG4gICAgdGV4dCA9IHRleHQucmVwbGFjZSgvXFxyXFxuPy9nLCAnXFxuJylcbiAgfVxuICBpZiAodGV4dC50cmltKCkgPT09ICcnKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgYSBoZWFkZXIgcm93LCBmb3VuZCBhbiBlbXB0eSBmaWxlJylcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIGlmICghc2NhblF1b3Rlcyh0ZXh0LCAobGluZSwgZmllbGQsIG1lc3NhZ2UpID0+IGF0KGxpbmUsIGAjJHtmaWVsZH1gLCBtZXNzYWdlKSkpIHtcbiAgICAvLyBTdHJ1Y3R1cmUgaXMgYnJva2VuOyBwYXBhcGFyc2Ugd291bGQgZ3Vlc3MuIE5hbWUgY29sdW1ucyB3aGVyZSB0aGUgaGVhZGVyIGFsbG93cy5cbiAgICByZW5hbWVGaWVsZFJlZnMocHJvYmxlbXMsIHRleHQsIGZpbGUpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBjb25zdCByb3dzOiBDc3ZSZWNvcmRbXSA9IFtdXG4gIGxldCBzdGFydCA9IDBcbiAgUGFwYS5wYXJzZTxzdHJpbmdbXT4odGV4dCwge1xuICAgIGRlbGltaXRlcjogJywnLFxuICAgIG5ld2xpbmU6ICdcXG4nLFxuICAgIHF1b3RlQ2hhcjogJ1wiJyxcbiAgICBza2lwRW1wdHlMaW5lczogZmFsc2UsXG4gICAgc3RlcDogKHJlc3VsdCkgPT4ge1xuICAgICAgY29uc3QgY3Vyc29yID0gcmVzdWx0Lm1ldGEuY3Vyc29yXG4gICAgICByb3dzLnB1c2goeyBsaW5lOiBsaW5lT2YodGV4dCwgc3RhcnQpLCBjZWxsczogcmVzdWx0LmRhdGEgfSlcbiAgICAgIHN0YXJ0ID0gY3Vyc29yICsgMVxuICAgIH0sXG4gIH0pXG4gIC8vIEEgZmluYWwgbmV3bGluZSB5aWVsZHMgb25lIGVtcHR5IHJlY29yZDsgYmxhbmsgbGluZXMgZWxzZXdoZXJlIGFyZSBwcm9ibGVtcy5cbiAgaWYgKHJvd3MubGVuZ3RoICYmIGlzQmxhbmsocm93c1tyb3dzLmxlbmd0aCAtIDFdIS5jZWxscykpIHJvd3MucG9wKClcbiAgY29uc3QgW2hlYWQsIC4uLnJlY29yZHNdID0gcm93c1xuICBpZiAoIWhlYWQpIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBhIGhlYWRlciByb3csIGZvdW5kIGFuIGVtcHR5IGZpbGUnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgY29uc3QgaGVhZGVyID0gaGVhZC5jZWxsc1xuICBmb3IgKGNvbnN0IHIgb2YgcmVjb3Jkcykge1xuICAgIGlmIChpc0JsYW5rKHIuY2VsbHMpKSBhdChyLmxpbmUsICctJywgJ2V4cGVjdGVkIGEgcmVjb3JkLCBmb3VuZCBhbiBlbXB0eSBsaW5lJylcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHIuY2VsbHMubGVuZ3RoOyBpKyspIHtcbiAgICAgIGlmIChyLmNlbGxzW2ldIS5pbmNsdWRlcygnXFx1RkZGRCcpKSBhdChyLmxpbmUsIGhlYWRlcltpXSA/PyBgIyR7aSArIDF9YCwgYGV4cGVjdGVkIFVURi04IHRleHQsIGZvdW5kIGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtOCBpbiAke3Nob3duKHIuY2VsbHNbaV0hKX1gKVxuICAgIH1cbiAgfVxuICBoZWFkZXIuZm9yRWFjaCgoaCwgaSkgPT4ge1xuICAgIGlmIChoLmluY2x1ZGVzKCdcXHVGRkZEJykpIGF0KDEsIGAjJHtpICsgMX1gLCBgZXhwZWN0ZWQgVVRGLTggdGV4dCwgZm91bmQgYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04IGluICR7c2hvd24oaCl9YClcbiAgfSlcbiAgcmV0dXJuIHsgaGVhZGVyLCByZWNvcmRzOiByZWNvcmRzLmZpbHRlcigocikgPT4gIWlzQmxhbmsoci5jZWxscykpIH1cbn1cblxuZnVuY3Rpb24gaXNCbGFuayhjZWxsczogc3RyaW5nW10pOiBib29sZWFuIHtcbiAgcmV0dXJuIGNlbGxzLmxlbmd0aCA9PT0gMSAmJiBjZWxsc1swXSA9PT0gJydcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGxpbmVPZih0ZXh0OiBzdHJpbmcsIGluZGV4OiBudW1iZXIpOiBudW1iZXIge1xuICBsZXQgbGluZSA9IDFcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBpbmRleCAmJiBpIDwgdGV4dC5sZW5ndGg7IGkrKykgaWYgKHRleHQuY2hhckNvZGVBdChpKSA9PT0gMTApIGxpbmUrK1xuICByZXR1cm4gbGluZVxufVxuXG4vKipcbiAqIFdhbGtzIHRoZSB0ZXh0IGFzIFJGQyA0MTgwIGFuZCByZXBvcnRzIHF1b3RlcyB0aGF0IGJyZWFrIGl0OiBhIHF1b3RlIGluc2lkZSBhbiB1bnF1b3RlZFxuICogZmllbGQsIHRleHQgYWZ0ZXIgYSBjbG9zaW5nIHF1b3RlLCBhIHF1b3RlIG5ldmVyIGNsb3NlZC4gUmV0dXJucyBmYWxzZSBpZiBhbnkgd2FzIGZvdW5kLlxuICovXG5mdW5jdGlvbiBzY2FuUXVvdGVzKHRleHQ6IHN0cmluZywgcmVwb3J0OiAobGluZTogbnVtYmVyLCBmaWVsZDogbnVtYmVyLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWQpOiBib29sZWFuIHtcbiAgbGV0IG9rID0gdHJ1ZVxuICBsZXQgbGluZSA9IDFcbiAgbGV0IGZpZWxkID0gMVxuICBsZXQgaSA9IDBcbiAgbGV0IGZpZWxkU3RhcnQgPSB0cnVlXG4gIHdoaWxlIChpIDwgdGV4dC5sZW5ndGgpIHtcbiAgICBjb25zdCBjID0gdGV4dFtpXVxuICAgIGlmIChmaWVsZFN0YXJ0ICYmIGMgPT09ICdcIicpIHtcbiAgICAgIGNvbnN0IG9wZW5MaW5lID0gbGluZVxuICAgICAgaSsrXG4gICAgICBsZXQgY2xvc2VkID0gZmFsc2VcbiAgICAgIHdoaWxlIChpIDwgdGV4dC5sZW5ndGgpIHtcbiAgICAgICAgaWYgKHRleHRbaV0gPT09ICdcIicpIHtcbiAgICAgICAgICBpZiAodGV4dFtpICsgMV0gPT09ICdcIicpIHsgaSArPSAyOyBjb250aW51ZSB9XG4gICAgICAgICAgY2xvc2VkID0gdHJ1ZVxuICAgICAgICAgIGkrK1xuICAgICAgICAgIGJyZWFrXG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRleHRbaV0gPT09ICdcXG4nKSBsaW5lKytcbiAgICAgICAgaSsrXG4gICAgICB9XG4gICAgICBpZiAoIWNsb3NlZCkge1xuICAgICAgICByZXBvcnQob3BlbkxpbmUsIGZpZWxkLCAnZXhwZWN0ZWQgYSBjbG9zaW5nIHF1b3RlIGZvciB0aGUgcXVvdGVkIGNlbGwsIGZvdW5kIHRoZSBlbmQgb2YgdGhlIGZpbGUnKVxuICAgICAgICByZXR1cm4gZmFsc2VcbiAgICAgIH1cbiAgICAgIGNvbnN0IG5leHQgPSB0ZXh0W2ldXG4gICAgICBpZiAobmV4dCAhPT0gdW5kZWZpbmVkICYmIG5leHQgIT09ICcsJyAmJiBuZXh0ICE9PSAnXFxuJykge1xuICAgICAgICByZXBvcnQobGluZSwgZmllbGQsIGBleHBlY3RlZCBhIGNvbW1hIG9yIGxpbmUgZW5kIGFmdGVyIHRoZSBjbG9zaW5nIHF1b3RlLCBmb3VuZCAke3Nob3duKG5leHQpfSAoYSBzdHJheSBxdW90ZSlgKVxuICAgICAgICBvayA9IGZhbHNlXG4gICAgICAgIHdoaWxlIChpIDwgdGV4dC5sZW5ndGggJiYgdGV4dFtpXSAhPT0gJywnICYmIHRleHRbaV0gIT09ICdcXG4nKSBpKytcbiAgICAgIH1cbiAgICAgIGZpZWxkU3RhcnQgPSBmYWxzZVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgaWYgKGMgPT09ICcsJykgeyBmaWVsZCsrOyBmaWVsZFN0YXJ0ID0gdHJ1ZTsgaSsrOyBjb250aW51ZSB9XG4gICAgaWYgKGMgPT09ICdcXG4nKSB7IGxpbmUrKzsgZmllbGQgPSAxOyBmaWVsZFN0YXJ0ID0gdHJ1ZTsgaSsrOyBjb250aW51ZSB9XG4gICAgaWYgKGMgPT09ICdcIicpIHtcbiAgICAgIHJlcG9ydChsaW5lLCBmaWVsZCwgJ2V4cGVjdGVkIG5vIHF1b3RlIGluc2lkZSBhbiB1bnF1b3RlZCBjZWxsLCBmb3VuZCBhIHN0cmF5IHF1b3RlIChxdW90ZSB0aGUgd2hvbGUgY2VsbCBhbmQgZG91YmxlIHRoZSBxdW90ZSknKVxuICAgICAgb2sgPSBmYWxzZVxuICAgICAgd2hpbGUgKGkgKyAxIDwgdGV4dC5sZW5ndGggJiYgdGV4dFtpICsgMV0gIT09ICcsJyAmJiB0ZXh0W2kgKyAxXSAhPT0gJ1xcbicpIGkrKyAvLyBvbmNlIHBlciBjZWxsXG4gICAgfVxuICAgIGZpZWxkU3RhcnQgPSBmYWxzZVxuICAgIGkrK1xuICB9XG4gIHJldHVybiBva1xufVxuXG4vKiogVHVybnMgYCMzYCBjb2x1bW4gcmVmZXJlbmNlcyBpbnRvIGhlYWRlciBuYW1lcyBvbmNlIHRoZSBoZWFkZXIgaXMga25vd24uICovXG5mdW5jdGlvbiByZW5hbWVGaWVsZFJlZnMocHJvYmxlbXM6IFByb2JsZW1bXSwgdGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgZmlyc3RMaW5lID0gdGV4dC5zbGljZSgwLCB0ZXh0LmluZGV4T2YoJ1xcbicpID4+PiAwKVxuICBjb25zdCBoZWFkZXIgPSBmaXJzdExpbmUuaW5jbHVkZXMoJ1wiJykgPyBbXSA6IGZpcnN0TGluZS5zcGxpdCgnLCcpXG4gIGZvciAoY29uc3QgcCBvZiBwcm9ibGVtcykge1xuICAgIGlmIChwLmZpbGUgIT09IGZpbGUgfHwgIXAuY29sdW1uLnN0YXJ0c1dpdGgoJyMnKSkgY29udGludWVcbiAgICBjb25zdCBuYW1lID0gaGVhZGVyW051bWJlcihwLmNvbHVtbi5zbGljZSgxKSkgLSAxXVxuICAgIGlmIChuYW1lKSBwLmNvbHVtbiA9IG5hbWVcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL2NvbXBvbmVudHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGEva2lsZGVyLmRhdGEudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGEva2lsZGVyLmRhdGEudHNcIjtpbXBvcnQgeyBraWxkZXJWaWV3LCB0eXBlIEtpbGRlclZpZXcgfSBmcm9tICcuLi8uLi9zY3JpcHRzL3NpdGUvdmlld3Mva2lsZGVyLnRzJ1xuaW1wb3J0IHsgcGFnZUxvYWRlciB9IGZyb20gJy4vcGFnZS1sb2FkZXIudHMnXG5cbmRlY2xhcmUgY29uc3QgZGF0YTogS2lsZGVyVmlld1xuZXhwb3J0IHsgZGF0YSB9XG5leHBvcnQgZGVmYXVsdCBwYWdlTG9hZGVyKGtpbGRlclZpZXcpXG4iXSwKICAibWFwcGluZ3MiOiAiO0FBQW1QLFNBQVMsb0JBQW9CO0FBQ2hSLFNBQVMsd0JBQXdCO0FBTWpDLElBQU0sZUFBZSxhQUFhLEVBQUUsU0FBUyxLQUFLLFdBQVcsS0FBSyxVQUFVLENBQUMsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxJQUFJLE1BQU0sR0FBRyxPQUFPLFNBQUksQ0FBQztBQUNySCxJQUFNLGFBQWEsaUJBQWlCO0FBQUEsRUFDbEMsVUFBVTtBQUFBLEVBQ1YsTUFBTTtBQUFBLEVBQ04sTUFBTTtBQUFBLEVBQ04sU0FBUyxDQUFDLE1BQU0sSUFBSTtBQUFBLEVBQ3BCLE1BQU0sQ0FBQyxhQUFVLFVBQVUsV0FBVyxVQUFVLFdBQVcsVUFBVSxXQUFRO0FBQUEsRUFDN0UsV0FBVyxDQUFDLFVBQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQUs7QUFBQSxFQUMzRCxRQUFRLENBQUMsVUFBVSxXQUFXLFNBQVMsU0FBUyxPQUFPLFFBQVEsUUFBUSxVQUFVLGFBQWEsV0FBVyxZQUFZLFVBQVU7QUFBQSxFQUMvSCxhQUFhLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLEtBQUs7QUFDbEcsQ0FBQztBQUVELElBQU0sUUFBUSxhQUFhLE9BQU8sT0FBTztBQUN6QyxJQUFNLFVBQVUsYUFBYSxPQUFPLEtBQUs7QUFDekMsSUFBTSxlQUFlLFdBQVcsVUFBVSxZQUFZO0FBQ3RELElBQU0sWUFBWSxXQUFXLFVBQVUsT0FBTztBQUd2QyxTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxNQUFNLENBQUM7QUFDaEI7QUFHTyxTQUFTLFVBQVUsR0FBbUI7QUFDM0MsU0FBTyxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQ3BCO0FBYU8sU0FBUyxXQUFXLEtBQXFCO0FBQzlDLFFBQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxNQUFNO0FBQzNDLE1BQUksTUFBTSxPQUFXLFFBQU8sT0FBTyxDQUFDO0FBQ3BDLFFBQU0sT0FBTyxJQUFJLEtBQUssS0FBSyxJQUFJLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQ2pELFNBQU8sTUFBTSxTQUFZLFVBQVUsSUFBSSxJQUFJLGFBQWEsSUFBSTtBQUM5RDtBQUdPLElBQU0sZUFBeUM7QUFBQSxFQUNwRCxHQUFHLENBQUMsU0FBTSxNQUFNLE1BQU0sU0FBTSxLQUFLO0FBQUEsRUFBRyxHQUFHLENBQUMsSUFBSTtBQUFBLEVBQUcsR0FBRyxDQUFDLEtBQUs7QUFBQSxFQUFHLEdBQUcsQ0FBQyxNQUFNO0FBQUEsRUFBRyxHQUFHLENBQUMsS0FBSztBQUFBLEVBQUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxLQUFLO0FBQUEsRUFDMUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxJQUFJO0FBQUEsRUFBRyxJQUFJLENBQUMsSUFBSTtBQUFBLEVBQUcsSUFBSSxDQUFDLFFBQVE7QUFBQSxFQUFHLElBQUksQ0FBQyxNQUFNO0FBQ2pFOzs7QUNwRE8sU0FBUyxXQUFXLEdBQW9CO0FBQzdDLE1BQUksRUFBRSxXQUFXLEtBQU0sUUFBTztBQUM5QixRQUFNLFNBQVMsRUFBRSxTQUFTLFFBQVEsR0FBRyxhQUFhLEVBQUUsTUFBTSxDQUFDLG1CQUFhLFVBQVUsRUFBRSxNQUFNO0FBQzFGLFNBQU8sRUFBRSxVQUFVLGFBQWEsR0FBRyxNQUFNLGdCQUFhO0FBQ3hEOzs7QUNQTyxJQUFNLFNBQVM7QUFBQSxFQUNwQixZQUFZLENBQUMsT0FBZSxhQUFhLEVBQUU7QUFBQSxFQUMzQyxnQkFBZ0IsQ0FBQyxPQUFlLGNBQWMsRUFBRTtBQUFBLEVBQ2hELE1BQU0sQ0FBQyxPQUFlLFFBQVEsRUFBRTtBQUFBLEVBQ2hDLGNBQWMsQ0FBQyxPQUFlLE9BQU8sRUFBRTtBQUFBLEVBQ3ZDLE1BQU0sQ0FBQyxPQUFlLFFBQVEsRUFBRTtBQUFBLEVBQ2hDLE9BQU8sQ0FBQyxPQUFlLGNBQWMsRUFBRTtBQUFBLEVBQ3ZDLFFBQVEsQ0FBQyxPQUFlLFNBQVMsRUFBRTtBQUNyQzs7O0FDTkEsSUFBTSxZQUFvQyxFQUFFLFFBQVEsUUFBUSxPQUFPLFdBQVcsU0FBUyxHQUFHO0FBRzFGLElBQU0sV0FBbUMsRUFBRSxhQUFhLGFBQWEsa0JBQWEsZ0JBQWEsVUFBVSxXQUFXLFFBQVEsVUFBVSxZQUFPLFVBQU87QUFDcEosSUFBTSxTQUFTLENBQUMsTUFBa0IsRUFBRSxVQUFVLElBQUssU0FBUyxFQUFFLElBQUksS0FBSyxFQUFFLE9BQVEsRUFBRTtBQUc1RSxTQUFTLFVBQVUsR0FBc0I7QUFDOUMsU0FBTyxFQUFFLFVBQVUsT0FBTyxnQkFBZ0IsR0FBRyxVQUFVLEVBQUUsbUJBQW1CLEVBQUUsS0FBSyxFQUFFLEdBQUcsYUFBYSxFQUFFLEtBQUssQ0FBQztBQUMvRztBQUVBLElBQU0sYUFBcUMsRUFBRSxNQUFNLFVBQVUsTUFBTSxZQUFTLEtBQUssR0FBRztBQUNwRixJQUFNLGNBQXNDLEVBQUUsS0FBSyxPQUFPO0FBQzFELElBQU0sTUFBOEIsRUFBRSxLQUFLLHVCQUFpQixJQUFJLDRCQUFzQixVQUFVLDZCQUF1QjtBQUdoSCxTQUFTLFdBQVcsR0FBc0I7QUFDL0MsU0FBTyxDQUFDLFdBQVcsRUFBRSxjQUFjLEdBQUcsR0FBRyxhQUFhLEVBQUUsTUFBTyxHQUFHLEVBQUUsY0FBYyxZQUFZLEVBQUUsV0FBVyxLQUFLLEVBQUUsY0FBYyxFQUFFLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxHQUFHO0FBQzlKO0FBTU8sU0FBUyxjQUFjLEdBQXNCO0FBQ2xELE1BQUksRUFBRSxTQUFTLG9CQUFvQixFQUFFLFdBQVcsS0FBTSxRQUFPLEdBQUcsVUFBVSxDQUFDLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBQztBQUN6RixNQUFJLEVBQUUsVUFBVSxRQUFRLEVBQUUsZ0JBQWdCLEtBQU0sUUFBTyxHQUFHLFVBQVUsQ0FBQyxDQUFDLE9BQU8sV0FBVyxDQUFDLENBQUMsSUFBSSxFQUFFLElBQUk7QUFDcEcsUUFBTSxVQUFVLEVBQUUsT0FBTyxFQUFFLGNBQWMsV0FBVyxXQUFNLElBQUksRUFBRSxHQUFHLENBQUMsc0JBQW1CO0FBQ3ZGLFNBQU8sV0FBUSxXQUFXLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxHQUFHLE9BQU87QUFDckQ7OztBQzdCTyxJQUFNLGVBQXVDO0FBQUEsRUFDbEQsYUFBYTtBQUFBLEVBQ2IsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUFBLEVBQ1osaUJBQWlCO0FBQ25COzs7QUNMQSxJQUFNLE9BQStCO0FBQUEsRUFDbkMsUUFBUTtBQUFBLEVBQ1IsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsZUFBZTtBQUFBLEVBQ2YsY0FBYztBQUFBLEVBQ2QsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUNaO0FBR08sU0FBUyxXQUFXLEdBQVc7QUFDcEMsUUFBTSxhQUFhLENBQUMsT0FBdUIsS0FBSyxFQUFFLFlBQVksS0FBSyxDQUFDLE1BQU0sRUFBRSxrQkFBa0IsRUFBRSxHQUFHLE9BQU87QUFDMUcsU0FBTztBQUFBLElBQ0wsU0FBUyxDQUFDLEdBQUcsRUFBRSxPQUFPLEVBRW5CLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLGNBQWMsa0JBQWtCLElBQUksT0FBTyxFQUFFLGNBQWMsa0JBQWtCLE1BQU0sRUFBRSxRQUFRLElBQUksY0FBYyxFQUFFLFFBQVEsRUFBRSxDQUFDLEVBQ3BKLElBQUksQ0FBQyxNQUFNO0FBQ1YsWUFBTSxPQUFPLENBQWtDLFNBQWMsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLGNBQWMsRUFBRSxTQUFTO0FBQzNHLGFBQU87QUFBQSxRQUNMLElBQUksRUFBRTtBQUFBLFFBQ04sUUFBUSxPQUFPLE9BQU8sRUFBRSxTQUFTO0FBQUEsUUFDakMsT0FBTyxFQUFFO0FBQUEsUUFDVCxNQUFNLEtBQUssRUFBRSxJQUFJLEtBQUssRUFBRTtBQUFBLFFBQ3hCLE1BQU0sRUFBRSxPQUFPLFdBQVcsRUFBRSxJQUFJLElBQUksRUFBRTtBQUFBLFFBQ3RDLFFBQVEsRUFBRTtBQUFBLFFBQ1YsV0FBVyxFQUFFO0FBQUEsUUFDYixXQUFXLEVBQUU7QUFBQSxRQUNiLEtBQUssRUFBRTtBQUFBLFFBQ1AsS0FBSyxFQUFFLFFBQVE7QUFBQSxRQUNmLGVBQWUsRUFBRSxjQUFjO0FBQUEsUUFDL0IsU0FBUztBQUFBLFVBQ1AsR0FBRyxLQUFLLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxjQUFjLENBQUMsR0FBRyxPQUFPLEVBQUUsU0FBUyxPQUFPLEVBQUUsTUFBTSxFQUFFO0FBQUEsVUFDL0YsR0FBRyxLQUFLLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLFdBQVcsQ0FBQyxHQUFHLE9BQU8sRUFBRSxTQUFTLE9BQU8sRUFBRSxNQUFNLEVBQUU7QUFBQSxRQUM1SDtBQUFBLFFBQ0EsVUFBVSxLQUFLLEVBQUUsY0FBYyxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxhQUFhLEVBQUUsTUFBTSxHQUFHLE9BQU8sV0FBVyxFQUFFLGFBQWEsS0FBSyxFQUFFLGVBQWUsT0FBTyxFQUFFLE1BQU0sRUFBRTtBQUFBLFFBQ3JKLGlCQUFpQixLQUFLLEVBQUUsZUFBZSxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLGVBQWUsRUFBRSxpQkFBaUIsRUFBRSxFQUFFO0FBQUEsUUFDMUgsT0FBTyxLQUFLLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sS0FBSyxFQUFFLElBQUksRUFBRTtBQUFBLFFBQy9ELFVBQVUsRUFBRSxjQUFjLFNBQVMsRUFBRSxTQUFTLFNBQVM7QUFBQSxNQUN6RDtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0w7QUFDRjs7O0FDakRnUSxTQUFTLG9CQUFvQjs7O0FDQTFDLFNBQVMsY0FBQUEsYUFBWSxnQkFBQUMscUJBQW9CO0FBQzVSLFNBQVMsUUFBQUMsT0FBTSxVQUFVLGVBQWU7QUFDeEMsU0FBUyxxQkFBcUI7OztBQ1V2QixTQUFTLGNBQWMsR0FBb0I7QUFDaEQsU0FBTyxHQUFHLEVBQUUsSUFBSSxJQUFJLEVBQUUsSUFBSSxJQUFJLEVBQUUsTUFBTSxLQUFLLEVBQUUsT0FBTztBQUN0RDtBQUdPLElBQU0sWUFBTixjQUF3QixNQUFNO0FBQUEsRUFDbkMsWUFBcUIsVUFBcUI7QUFDeEMsVUFBTSxHQUFHLFNBQVMsTUFBTSxXQUFXLFNBQVMsV0FBVyxJQUFJLEtBQUssR0FBRztBQUFBLElBQW9CLFNBQVMsSUFBSSxhQUFhLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFEMUc7QUFFbkIsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUNGO0FBR08sU0FBUyxNQUFNLE9BQWUsTUFBTSxJQUFZO0FBQ3JELFFBQU0sSUFBSSxNQUFNLFNBQVMsTUFBTSxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsSUFBSSxXQUFNO0FBQy9ELFNBQU8sS0FBSyxVQUFVLENBQUM7QUFDekI7OztBQ3hCQSxJQUFNLFFBQVEsQ0FBQyxLQUFlLFdBQXFCLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsRUFBRSxLQUFLLElBQVE7QUFHakcsU0FBUyxVQUFVLFdBQXVCLFFBQWlDLFFBQWtDLFVBQTJCO0FBQzdJLGFBQVcsS0FBSyxXQUFXO0FBQ3pCLFVBQU0sT0FBTyxPQUFPLElBQUksRUFBRSxJQUFJO0FBQzlCLFFBQUksQ0FBQyxLQUFNO0FBQ1gsVUFBTSxLQUFLLEVBQUUsT0FBTztBQUNwQixVQUFNLFVBQVUsQ0FBQyxJQUFJLEdBQUcsRUFBRSxPQUFPLE9BQU8sT0FBTyxDQUFDLE1BQU0sRUFBRSxhQUFhLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7QUFDakcsZUFBVyxVQUFVLFNBQVM7QUFDNUIsWUFBTSxRQUFRLG9CQUFJLElBQW9CO0FBQ3RDLGlCQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFJLE9BQU8sS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLENBQUMsTUFBTSxNQUFTLEVBQUc7QUFDakUsY0FBTSxJQUFJLE1BQU0sS0FBSyxNQUFNO0FBQzNCLGNBQU0sT0FBTyxNQUFNLElBQUksQ0FBQztBQUN4QixZQUFJLFNBQVMsUUFBVztBQUN0QixnQkFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLENBQUM7QUFDdkMsZ0JBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUN6RCxtQkFBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLEVBQUUsSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsU0FBUyxxQkFBcUIsT0FBTyxLQUFLLEtBQUssQ0FBQyxXQUFXLE1BQU0sS0FBSyxDQUFDLHlCQUF5QixJQUFJLElBQUksQ0FBQztBQUFBLFFBQzFLLE1BQU8sT0FBTSxJQUFJLEdBQUcsSUFBSSxLQUFLO0FBQUEsTUFDL0I7QUFBQSxJQUNGO0FBQ0EsZUFBVyxNQUFNLEVBQUUsT0FBTyxlQUFlLENBQUMsR0FBRztBQUMzQyxZQUFNLFNBQVMsR0FBRyxVQUFVLGFBQWEsS0FBSyxFQUFFLE9BQU8sR0FBRyxVQUFVO0FBQ3BFLFlBQU0sYUFBYSxPQUFPLElBQUksTUFBTTtBQUNwQyxVQUFJLENBQUMsV0FBWTtBQUNqQixZQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsSUFBSSxDQUFDLE1BQU0sTUFBTSxHQUFHLEdBQUcsVUFBVSxNQUFNLENBQUMsQ0FBQztBQUN6RSxpQkFBVyxPQUFPLE1BQU07QUFDdEIsWUFBSSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLENBQUMsTUFBTSxNQUFTLEVBQUc7QUFDcEUsWUFBSSxDQUFDLEtBQUssSUFBSSxNQUFNLEtBQUssR0FBRyxNQUFNLENBQUMsR0FBRztBQUNwQyxnQkFBTSxRQUFRLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUk7QUFDNUQsbUJBQVMsS0FBSyxFQUFFLE1BQU0sT0FBTyxFQUFFLElBQUksR0FBRyxNQUFNLElBQUksT0FBTyxRQUFRLEdBQUcsT0FBTyxHQUFHLE9BQU8sU0FBUyxDQUFDLEdBQUksU0FBUyxxQkFBcUIsTUFBTSxTQUFTLEdBQUcsVUFBVSxPQUFPLEtBQUssS0FBSyxDQUFDLFlBQVksTUFBTSxLQUFLLENBQUMsR0FBRyxDQUFDO0FBQUEsUUFDM007QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDeEN5UCxTQUFTLFlBQVksb0JBQW9CO0FBQ2xTLFNBQVMsWUFBWTtBQUdkLFNBQVMsVUFBVSxHQUFtQjtBQUMzQyxTQUFPLEVBQUUsUUFBUSxTQUFTLEdBQUcsRUFBRSxLQUFLO0FBQ3RDO0FBR08sSUFBTSxjQUFOLE1BQWtCO0FBQUEsRUFFdkIsWUFBcUIsS0FBYTtBQUFiO0FBQUEsRUFBYztBQUFBLEVBRDNCLFFBQVEsb0JBQUksSUFBMkI7QUFBQSxFQUcvQyxJQUFJLFlBQXFCO0FBQ3ZCLFdBQU8sV0FBVyxLQUFLLEdBQUc7QUFBQSxFQUM1QjtBQUFBO0FBQUEsRUFHQSxLQUFLLE1BQTZCO0FBQ2hDLFFBQUksQ0FBQyxLQUFLLE1BQU0sSUFBSSxJQUFJLEdBQUc7QUFDekIsWUFBTSxPQUFPLEtBQUssS0FBSyxLQUFLLElBQUk7QUFDaEMsV0FBSyxNQUFNLElBQUksTUFBTSxXQUFXLElBQUksSUFBSSxVQUFVLGFBQWEsTUFBTSxNQUFNLENBQUMsSUFBSSxJQUFJO0FBQUEsSUFDdEY7QUFDQSxXQUFPLEtBQUssTUFBTSxJQUFJLElBQUksS0FBSztBQUFBLEVBQ2pDO0FBQUE7QUFBQSxFQUdBLFVBQVUsTUFBNkI7QUFDckMsV0FBTyxLQUFLLEtBQUssSUFBSSxHQUFHLFFBQVEsU0FBUyxHQUFHLEtBQUs7QUFBQSxFQUNuRDtBQUNGOzs7QUN2QkEsSUFBTSxpQkFBMkM7QUFBQSxFQUMvQyxZQUFZLENBQUMsU0FBUyxVQUFVLFVBQVU7QUFBQSxFQUMxQyxTQUFTLENBQUMsUUFBUTtBQUNwQjtBQUVBLElBQU0sY0FBc0MsRUFBRSxPQUFPLE9BQU8sZUFBZSxPQUFPLFNBQVMsTUFBTTtBQUVqRyxJQUFNLFdBQVcsQ0FBQyxRQUFLLElBQUk7QUFNcEIsU0FBUyxnQkFBZ0IsUUFBaUMsT0FBb0IsUUFBa0MsVUFBMkI7QUFDaEosUUFBTSxhQUFhLElBQUksS0FBSyxPQUFPLElBQUksU0FBUyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUM7QUFDL0csYUFBVyxDQUFDLE1BQU0sSUFBSSxLQUFLLFFBQVE7QUFDakMsZUFBVyxPQUFPLE1BQU07QUFDdEIsWUFBTSxLQUFLLENBQUMsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLElBQUksR0FBRyxNQUFNLElBQUksT0FBTyxRQUFRLFFBQVEsQ0FBQztBQUN0SCxZQUFNLFdBQVcsU0FBUyxZQUFZLE9BQU8sSUFBSSxTQUFTLElBQUksV0FBVyxJQUFJLE9BQU8sSUFBSSxTQUFTLENBQUM7QUFDbEcsVUFBSSxDQUFDLFNBQVU7QUFDZixZQUFNLE9BQU8sTUFBTSxLQUFLLFFBQVE7QUFDaEMsVUFBSSxTQUFTLE1BQU07QUFDakIsV0FBRyxhQUFhLDRCQUE0QixRQUFRLE9BQU8sTUFBTSxHQUFHLHNCQUFzQjtBQUMxRjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLE9BQU8sSUFBSSxVQUFVLFVBQVU7QUFDakMsY0FBTSxRQUFRLFVBQVUsSUFBSSxLQUFLO0FBQ2pDLFlBQUksQ0FBQyxLQUFLLFNBQVMsS0FBSyxFQUFHLElBQUcsU0FBUyxrQ0FBa0MsUUFBUSxXQUFXLE1BQU0sS0FBSyxDQUFDLHNCQUFzQjtBQUM5SCxtQkFBVyxVQUFVLGVBQWUsSUFBSSxLQUFLLENBQUMsR0FBRztBQUMvQyxnQkFBTSxJQUFJLElBQUksTUFBTTtBQUVwQixnQkFBTSxNQUFNLFdBQVcsWUFBWSxPQUFPLElBQUksaUJBQWlCLFdBQVcsVUFBVSxJQUFJLFlBQVksSUFBSTtBQUN4RyxnQkFBTSxRQUFRLFFBQVEsUUFBUSxVQUFVO0FBQ3hDLGNBQUksT0FBTyxNQUFNLFNBQVU7QUFDM0IsY0FBSSxXQUFXLFdBQVcsSUFBSSxvQkFBb0IsV0FBVztBQUMzRCxrQkFBTSxRQUFRLFVBQVUsS0FBSztBQUM3QixnQkFBSSxNQUFNLFdBQVcsRUFBRyxJQUFHLFFBQVEsaURBQWlELE1BQU0sTUFBTSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsWUFBWSxhQUFhLENBQUMsQ0FBQyxFQUFFO0FBQUEsVUFDckosV0FBVyxDQUFDLGVBQWUsS0FBSyxDQUFDLEVBQUcsSUFBRyxRQUFRLHdDQUF3QyxLQUFLLFdBQVcsYUFBYSxDQUFDLENBQUMsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQUEsUUFDL0k7QUFBQSxNQUNGO0FBQ0EsVUFBSSxPQUFPLElBQUksaUJBQWlCLFlBQVksQ0FBQyxLQUFLLFNBQVMsVUFBVSxJQUFJLFlBQVksQ0FBQyxHQUFHO0FBQ3ZGLFdBQUcsZ0JBQWdCLGtDQUFrQyxRQUFRLFdBQVcsTUFBTSxVQUFVLElBQUksWUFBWSxDQUFDLENBQUMsc0JBQXNCO0FBQUEsTUFDbEk7QUFDQSxZQUFNLFlBQVksWUFBWSxJQUFJO0FBQ2xDLFlBQU0sTUFBTSxZQUFZLElBQUksU0FBUyxJQUFJO0FBQ3pDLFVBQUksT0FBTyxRQUFRLFVBQVU7QUFDM0IsY0FBTSxTQUFTLFNBQVMsWUFBWSxDQUFDLFVBQVUsa0JBQWtCLElBQUksQ0FBQyxRQUFRO0FBQzlFLFlBQUksQ0FBQyxPQUFPLEtBQUssQ0FBQyxNQUFNLE1BQU0sVUFBVSxDQUFDLEdBQUcsU0FBUyxHQUFHLENBQUMsRUFBRyxJQUFHLFdBQVksdUJBQXVCLE9BQU8sS0FBSyxNQUFNLENBQUMsaUJBQWlCLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxNQUNwSjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGVBQWUsT0FBZSxHQUFvQjtBQUNoRSxRQUFNLFFBQVEsb0JBQUksSUFBSSxDQUFDLGFBQWEsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFLFFBQVEsS0FBSyxHQUFHLENBQUMsQ0FBQztBQUMvRSxNQUFJLElBQUksTUFBTSxJQUFLLFlBQVcsUUFBUSxTQUFVLE9BQU0sSUFBSSxHQUFHLEtBQUssTUFBTSxDQUFDLENBQUMsR0FBRyxJQUFJLEVBQUU7QUFDbkYsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxVQUFVLEtBQUssUUFBUSx1QkFBdUIsTUFBTTtBQUMxRCxRQUFJLElBQUksT0FBTyxlQUFlLE9BQU8sdUJBQXVCLEdBQUcsRUFBRSxLQUFLLEtBQUssRUFBRyxRQUFPO0FBQUEsRUFDdkY7QUFDQSxRQUFNLFFBQVEsYUFBYSxDQUFDLEtBQUssQ0FBQztBQUNsQyxTQUFPLE1BQU0sS0FBSyxDQUFDLE1BQU0sSUFBSSxPQUFPLGdCQUFnQixDQUFDLGdCQUFnQixJQUFJLEVBQUUsS0FBSyxLQUFLLENBQUM7QUFDeEY7QUFHTyxTQUFTLFVBQVUsT0FBeUI7QUFDakQsU0FBTyxNQUNKLFFBQVEsWUFBWSxFQUFFLEVBQ3RCLE1BQU0seUJBQXlCLEVBQy9CLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sT0FBTztBQUNuQjs7O0FDMUVPLElBQU0saUJBQWlCO0FBQUEsRUFDNUIsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsV0FBVztBQUNiO0FBRUEsSUFBTSxNQUFNO0FBR1osSUFBTSxVQUFVLENBQUMsUUFBOEIsWUFBc0IsQ0FBQyxDQUFDLE9BQU8sUUFBUSxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFTO0FBRy9HLFNBQVMsV0FBVyxRQUFpQyxRQUFrQyxVQUEyQjtBQUN2SCxRQUFNLE9BQU8sQ0FBQyxTQUFpQixPQUFPLElBQUksSUFBSSxLQUFLLENBQUM7QUFDcEQsUUFBTSxLQUFLLENBQUMsTUFBYyxLQUFlLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sT0FBTyxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxRQUFRLENBQUM7QUFFbkosYUFBVyxRQUFRLENBQUMsU0FBUyxTQUFTLEdBQUc7QUFDdkMsZUFBVyxLQUFLLEtBQUssSUFBSSxHQUFHO0FBQzFCLFVBQUksT0FBTyxFQUFFLGVBQWUsWUFBWSxPQUFPLEVBQUUsYUFBYSxZQUFZLEVBQUUsV0FBVyxFQUFFLFlBQVk7QUFDbkcsV0FBRyxNQUFNLEdBQUcsWUFBWSxzQ0FBaUMsRUFBRSxVQUFVLGFBQWEsRUFBRSxRQUFRLEdBQUc7QUFBQSxNQUNqRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsUUFBTSxXQUFXLElBQUksSUFBSSxLQUFLLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0FBQ3pFLGFBQVcsS0FBSyxLQUFLLGFBQWEsR0FBRztBQUNuQyxVQUFNLE9BQU8sRUFBRSxZQUFZLE9BQU8sU0FBWSxTQUFTLElBQUksRUFBRSxPQUFPO0FBQ3BFLFFBQUksU0FBUyxVQUFhLFNBQVMsRUFBRSxRQUFTLElBQUcsZUFBZSxHQUFHLFdBQVcsNEJBQTRCLEVBQUUsT0FBTyxZQUFZLEVBQUUsT0FBTyxhQUFhLElBQUksRUFBRTtBQUFBLEVBQzdKO0FBRUEscUJBQW1CLEtBQUssWUFBWSxHQUFHLEtBQUssYUFBYSxHQUFHLEtBQUssZ0JBQWdCLEdBQUcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxHQUFHLGNBQWMsS0FBSyxRQUFRLE9BQU8sQ0FBQztBQUNwSixjQUFZLEtBQUssU0FBUyxHQUFHLENBQUMsS0FBSyxRQUFRLFlBQVksR0FBRyxXQUFXLEtBQUssUUFBUSxPQUFPLENBQUM7QUFDMUYsZUFBYSxLQUFLLFlBQVksR0FBRyxDQUFDLEtBQUssUUFBUSxZQUFZLEdBQUcsY0FBYyxLQUFLLFFBQVEsT0FBTyxDQUFDO0FBQ25HO0FBSUEsU0FBUyxtQkFBbUIsWUFBd0IsYUFBeUIsU0FBcUIsUUFBc0I7QUFDdEgsUUFBTSxPQUFPLElBQUksSUFBSSxXQUFXLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxjQUFjLENBQUMsQ0FBQyxDQUFDO0FBQy9ELFFBQU0sU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLGNBQWMsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLEdBQUcsS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDcEcsTUFBSSxDQUFDLE9BQU8sU0FBVTtBQUN0QixNQUFJLE9BQU8sT0FBTyxNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU0sUUFBUSxHQUFHLE9BQU8sQ0FBQyxFQUFHO0FBQzVELFFBQU0sUUFBUSxDQUFDLE1BQTZCLE9BQU8sR0FBRyxVQUFVLFdBQVcsRUFBRSxRQUFRO0FBQ3JGLFFBQU0sUUFBUSxDQUFDLE9BQU8sYUFBYSxPQUFPLFVBQVUsT0FBTyxTQUFTO0FBQ3BFLFFBQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDO0FBQ2xELE1BQUksTUFBTSxLQUFLLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRztBQUN6QixVQUFNLFVBQVUsT0FBTyxRQUFRLGNBQWMsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQXdCLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxFQUFFLEVBQUUsTUFBTSxFQUFFO0FBQ3BILFdBQU8sT0FBTyxVQUFVLGdCQUFnQiwrQkFBK0IsUUFBUSxLQUFLLElBQUksQ0FBQyx3QkFBd0I7QUFBQSxFQUNuSCxXQUFXLEtBQUssSUFBSSxNQUFNLE1BQU0sT0FBTyxRQUFRLENBQUMsSUFBSSxLQUFLO0FBQ3ZELFdBQU8sT0FBTyxVQUFVLFNBQVMsa0ZBQWtGLE1BQU0sSUFBSSxLQUFLLEVBQUUsS0FBSyxLQUFLLENBQUMsTUFBTSxHQUFHLGFBQWEsTUFBTSxPQUFPLFFBQVEsQ0FBQyxHQUFHO0FBQUEsRUFDaE07QUFFQSxRQUFNLFNBQVMsb0JBQUksSUFBdUI7QUFDMUMsYUFBVyxLQUFLLENBQUMsR0FBRyxPQUFPLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsSUFBSSxFQUFFLGNBQWMsT0FBTyxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUcsUUFBTyxJQUFJLEVBQUUsZUFBZSxDQUFDO0FBQ3hILFFBQU0sU0FBUyxJQUFJLElBQUksWUFBWSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsZUFBZSxFQUFFLE9BQU8sQ0FBQyxDQUFDO0FBQzNFLGFBQVcsT0FBTyxDQUFDLGVBQWUsWUFBWSxXQUFXLEdBQVk7QUFDbkUsVUFBTSxRQUFRLENBQUMsR0FBRyxPQUFPLE9BQU8sQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxPQUFPLE9BQU8sSUFBSSxFQUFFLGFBQWEsTUFBTSxRQUFRO0FBQzdHLFVBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsUUFBSSxTQUFTLE1BQU0sU0FBUyxNQUFNLEtBQUssRUFBRyxRQUFPLE9BQU8sU0FBUyxrRUFBa0UsR0FBRyxLQUFLLE1BQU0sTUFBTSxhQUFhLE1BQU0sS0FBSyxDQUFDLEdBQUc7QUFBQSxFQUNyTDtBQUNGO0FBRUEsU0FBUyxZQUFZLFNBQXFCLFFBQXNCO0FBQzlELFFBQU0sUUFBUSxDQUFDLE1BQWdCO0FBQzdCLFFBQUksT0FBTyxFQUFFLFdBQVcsU0FBVSxRQUFPO0FBQ3pDLFdBQU8sRUFBRSxVQUFVLGFBQWEsRUFBRSxVQUFVLE9BQU8sRUFBRSxRQUFRLElBQUksT0FBTyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUU7QUFBQSxFQUNqRztBQUNBLFFBQU0sU0FBUyxDQUFDLFVBQVUsUUFBUSxTQUFTLGNBQWMsWUFBWSxpQkFBaUI7QUFDdEYsYUFBVyxVQUFVLFNBQVM7QUFDNUIsVUFBTSxRQUFRLFFBQVEsT0FBTyxDQUFDLE1BQU0sRUFBRSxjQUFjLE9BQU8sVUFBVTtBQUNyRSxRQUFJLFFBQVEsUUFBUSxHQUFHLE1BQU0sS0FBSyxNQUFNLEtBQUssQ0FBQyxNQUFNLFFBQVEsR0FBRyxHQUFHLE1BQU0sQ0FBQyxFQUFHO0FBQzVFLFVBQU0sTUFBTSxPQUFPLE9BQU8sb0JBQW9CLFdBQVcsT0FBTyxrQkFBa0I7QUFDbEYsUUFBSSxDQUFDLE1BQU0sUUFBUTtBQUNqQixVQUFJLFFBQVEsS0FBTSxRQUFPLFFBQVEsbUJBQW1CLHlEQUF5RCxHQUFHLEdBQUc7QUFDbkg7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLE1BQU8sS0FBSSxFQUFFLFNBQVMsT0FBTyxLQUFNLFFBQU8sR0FBRyxRQUFRLG1DQUFtQyxPQUFPLFVBQVUsS0FBSyxPQUFPLElBQUksYUFBYSxFQUFFLElBQUksR0FBRztBQUMvSixVQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksTUFBTSxDQUFDLEdBQUcsQ0FBQztBQUNsRCxVQUFNLE9BQU8sS0FBSyxPQUFPLE1BQU0sTUFBTSxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3ZELFFBQUksS0FBSyxJQUFJLElBQUksSUFBSSxPQUFPLFFBQVEsS0FBTTtBQUMxQyxRQUFJLFFBQVEsS0FBTSxRQUFPLFFBQVEsbUJBQW1CLDRDQUE0QyxhQUFhLEdBQUcsQ0FBQyxpQ0FBaUMsYUFBYSxNQUFNLE1BQU0sQ0FBQyxDQUFDLHdCQUF3QjtBQUFBLGFBQzVMLEtBQUssSUFBSSxNQUFNLElBQUksSUFBSSxJQUFLLFFBQU8sUUFBUSxtQkFBbUIsWUFBWSxJQUFJLGVBQWUsYUFBYSxNQUFNLE1BQU0sQ0FBQyxDQUFDLG9CQUFvQixhQUFhLEdBQUcsQ0FBQyxhQUFhLEdBQUcsR0FBRztBQUFBLEVBQzNMO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsWUFBd0IsUUFBc0I7QUFDbEUsYUFBVyxLQUFLLFlBQVk7QUFDMUIsUUFBSSxRQUFRLEdBQUcsUUFBUSxjQUFjLFVBQVUsZUFBZSxTQUFTLE9BQU8sV0FBVyxFQUFHO0FBQzVGLFVBQU0sWUFBWSxFQUFFLFdBQVc7QUFDL0IsUUFBSSxFQUFFLFNBQVMsa0JBQWtCO0FBQy9CLFVBQUksQ0FBQyxVQUFXLFFBQU8sR0FBRyxVQUFVLGdFQUFnRTtBQUNwRyxVQUFJLEVBQUUsZUFBZSxLQUFNLFFBQU8sR0FBRyxjQUFjLG9FQUFvRTtBQUN2SCxVQUFJLEVBQUUsUUFBUSxLQUFNLFFBQU8sR0FBRyxPQUFPLGtGQUFrRjtBQUFBLElBQ3pILFdBQVcsYUFBYSxFQUFFLFFBQVEsTUFBTTtBQUN0QyxhQUFPLEdBQUcsWUFBWSxXQUFXLE9BQU8sMEVBQTBFLEVBQUUsSUFBSSxNQUFNO0FBQUEsSUFDaEk7QUFDQSxRQUFLLEVBQUUsUUFBUSxVQUFXLEVBQUUsY0FBYyxNQUFPLFFBQU8sR0FBRyxhQUFhLGtFQUFrRTtBQUMxSSxRQUFJLEVBQUUsY0FBYyxZQUFZO0FBQzlCLFVBQUksT0FBTyxFQUFFLFdBQVcsWUFBWSxPQUFPLEVBQUUsVUFBVSxZQUFZLEVBQUUsZ0JBQWdCLE1BQU07QUFDekYsZUFBTyxHQUFHLGFBQWEsZ0ZBQWdGO0FBQ3ZHO0FBQUEsTUFDRjtBQUNBLFlBQU0sTUFBTSxFQUFFLGVBQWUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsZUFBZSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUU7QUFDdEgsWUFBTSxXQUFXLE1BQU0sUUFBUTtBQUMvQixVQUFJLEVBQUUsUUFBUSxTQUFVLFFBQU8sR0FBRyxPQUFPLGFBQWEsUUFBUSxNQUFNLEVBQUUsS0FBSyxJQUFJLEVBQUUsVUFBVSxJQUFJLEVBQUUsTUFBTSxhQUFhLEVBQUUsR0FBRyxHQUFHO0FBQUEsSUFDOUg7QUFBQSxFQUNGO0FBQ0Y7OztBQ3JHQSxJQUFNLFVBQVU7QUFFaEIsSUFBTSxTQUFTO0FBR2YsSUFBTSxnQkFBd0M7QUFBQSxFQUM1Qyw0QkFBNEI7QUFBQSxFQUM1Qiw2REFBNkQ7QUFBQSxFQUM3RCxxQkFBcUI7QUFBQSxFQUNyQixjQUFjO0FBQ2hCO0FBR08sU0FBUyxXQUFXLE9BQWlCLFVBQW9CLE1BQWMsVUFBd0M7QUFDcEgsUUFBTSxLQUFLLENBQUMsTUFBYyxRQUFnQixZQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE1BQU0sUUFBUSxRQUFRLENBQUM7QUFDM0csUUFBTSxTQUFTLFNBQVMsT0FBTztBQUMvQixRQUFNLFNBQVMsU0FBUztBQUN4QixjQUFZLE1BQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxHQUFHLENBQUMsUUFBUSxZQUFZLEdBQUcsR0FBRyxRQUFRLE9BQU8sQ0FBQztBQUNoRyxRQUFNLFdBQVcsU0FBUyxXQUFXO0FBQ3JDLFFBQU0sUUFBUSxJQUFJLElBQUksTUFBTSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQ3hELFFBQU0sT0FBbUIsQ0FBQztBQUMxQixhQUFXLFVBQVUsTUFBTSxTQUFTO0FBQ2xDLFFBQUksT0FBTyxNQUFNLFdBQVcsTUFBTSxPQUFPLFFBQVE7QUFFL0MsWUFBTSxJQUFJLE9BQU8sTUFBTTtBQUN2QixZQUFNLFNBQVMsSUFBSSxNQUFNLE9BQU8sU0FBUyxNQUFNLE9BQU8sQ0FBQyxJQUFLO0FBQzVELFNBQUcsT0FBTyxNQUFNLFFBQVEsWUFBWSxNQUFNLE9BQU8sTUFBTSxpQkFBaUIsQ0FBQyxFQUFFO0FBQzNFO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBZ0IsRUFBRSxPQUFPLE9BQU8sS0FBSztBQUMzQyxlQUFXLFNBQVMsUUFBUTtBQUMxQixZQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSTtBQUM5QixVQUFJLE1BQU0sT0FBVztBQUNyQixVQUFJLE1BQU0sSUFBSSxJQUFJLFVBQVUsT0FBTyxNQUFNLENBQUMsS0FBSyxJQUFJLE9BQU8sQ0FBQyxZQUFZLEdBQUcsT0FBTyxNQUFNLE1BQU0sTUFBTSxPQUFPLENBQUM7QUFBQSxJQUM3RztBQUNBLFNBQUssS0FBSyxHQUFHO0FBQUEsRUFDZjtBQUVBLFNBQU8sV0FBVyxPQUFPO0FBQzNCO0FBRUEsU0FBUyxZQUFZLE9BQWlCLFVBQW9CLFFBQXlEO0FBQ2pILFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFFBQUksS0FBSyxJQUFJLENBQUMsRUFBRyxRQUFPLEdBQUcsb0NBQW9DLE1BQU0sQ0FBQyxDQUFDLFFBQVE7QUFDL0UsU0FBSyxJQUFJLENBQUM7QUFBQSxFQUNaO0FBQ0EsUUFBTSxVQUFVLFNBQVMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxNQUFNLFNBQVMsQ0FBQyxDQUFDO0FBQ3pELFFBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxNQUFNLENBQUMsU0FBUyxTQUFTLENBQUMsQ0FBQztBQUN2RCxRQUFNLFVBQVUsQ0FBQyxRQUFRLFVBQVUsQ0FBQyxNQUFNO0FBRTFDLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLE1BQU0sUUFBUSxTQUFTLE1BQU0sR0FBRyxLQUFLO0FBQ2hFLFVBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsVUFBTSxJQUFJLFNBQVMsQ0FBQztBQUNwQixRQUFJLE1BQU0sVUFBYSxNQUFNLFVBQWEsUUFBUSxTQUFTLENBQUMsS0FBSyxNQUFNLFNBQVMsQ0FBQyxHQUFHO0FBQ2xGLGFBQU8sR0FBRyxtQkFBbUIsTUFBTSxDQUFDLENBQUMsV0FBVyxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQzFELGNBQVEsT0FBTyxRQUFRLFFBQVEsQ0FBQyxHQUFHLENBQUM7QUFDcEMsWUFBTSxPQUFPLE1BQU0sUUFBUSxDQUFDLEdBQUcsQ0FBQztBQUFBLElBQ2xDO0FBQUEsRUFDRjtBQUNBLGFBQVcsS0FBSyxRQUFTLFFBQU8sR0FBRyxtQkFBbUIsTUFBTSxDQUFDLENBQUMsd0JBQXdCO0FBQ3RGLGFBQVcsS0FBSyxNQUFPLFFBQU8sR0FBRyx3RUFBd0UsTUFBTSxDQUFDLENBQUMsRUFBRTtBQUNuSCxNQUFJLFNBQVM7QUFDWCxVQUFNLElBQUksTUFBTSxVQUFVLENBQUMsR0FBRyxNQUFNLE1BQU0sU0FBUyxDQUFDLENBQUM7QUFDckQsUUFBSSxLQUFLLEVBQUcsUUFBTyxNQUFNLENBQUMsR0FBSSxtQkFBbUIsTUFBTSxTQUFTLENBQUMsQ0FBRSxDQUFDLGdCQUFnQixJQUFJLENBQUMsV0FBVyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMseUJBQXlCO0FBQUEsRUFDL0k7QUFDRjtBQUVBLFNBQVMsVUFBVSxLQUFhLE9BQWMsUUFBeUM7QUFDckYsUUFBTSxJQUFJLE1BQU0sZUFBZSxDQUFDO0FBQ2hDLE1BQUksSUFBSSxTQUFTLFFBQVEsRUFBRyxRQUFPO0FBQ25DLE1BQUksUUFBUSxJQUFJO0FBQ2QsUUFBSSxFQUFFLFNBQVUsUUFBTyx1Q0FBdUM7QUFDOUQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLFFBQVEsSUFBSSxLQUFLLEdBQUc7QUFDdEIsV0FBTyxpREFBaUQsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUNwRSxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksTUFBTSxTQUFTLGFBQWEsTUFBTSxTQUFTLFVBQVU7QUFDdkQsVUFBTSxNQUFNLE1BQU0sU0FBUyxZQUFZLFVBQVUsUUFBUSxLQUFLLEdBQUc7QUFDakUsUUFBSSxDQUFDLElBQUk7QUFDUCxhQUFPLFlBQVksTUFBTSxTQUFTLFlBQVksZUFBZSxVQUFVLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUM5RixhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sSUFBSSxPQUFPLEdBQUc7QUFDcEIsUUFBSSxFQUFFLFlBQVksVUFBYSxJQUFJLEVBQUUsUUFBUyxRQUFPLDRCQUF1QixFQUFFLE9BQU8sV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQUEsYUFDbkcsRUFBRSxZQUFZLFVBQWEsSUFBSSxFQUFFLFFBQVMsUUFBTyw0QkFBdUIsRUFBRSxPQUFPLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLFFBQzVHLFFBQU87QUFDWixXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksRUFBRSxRQUFRLENBQUMsRUFBRSxLQUFLLFNBQVMsR0FBRyxHQUFHO0FBQ25DLFdBQU8sbUJBQW1CLEVBQUUsS0FBSyxLQUFLLElBQUksQ0FBQyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDbEUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEVBQUUsV0FBVyxDQUFDLElBQUksT0FBTyxFQUFFLFNBQVMsR0FBRyxFQUFFLEtBQUssR0FBRyxHQUFHO0FBQ3RELFdBQU8sWUFBWSxjQUFjLEVBQUUsT0FBTyxLQUFLLGtCQUFrQixFQUFFLE9BQU8sR0FBRyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDcEcsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEVBQUUsV0FBVyxjQUFjLEVBQUUsT0FBTyxHQUFHLFdBQVcsYUFBYSxLQUFLLENBQUMsZUFBZSxHQUFHLEdBQUc7QUFDNUYsV0FBTyxzQ0FBc0MsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUN6RCxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsZUFBZSxLQUFzQjtBQUM1QyxRQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsSUFBSSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksTUFBTTtBQUMzQyxNQUFJLE1BQU0sT0FBVyxRQUFPO0FBQzVCLFFBQU0sT0FBTyxJQUFJLEtBQUssS0FBSyxJQUFJLEdBQUksSUFBSyxHQUFHLENBQUMsQ0FBQztBQUM3QyxTQUFPLEtBQUssWUFBWSxNQUFNLElBQUssS0FBSyxLQUFLLFdBQVcsTUFBTTtBQUNoRTs7O0FDM0g2UCxTQUFTLGdCQUFBQyxxQkFBb0I7QUF3Q25SLFNBQVMsWUFBWSxNQUEyQjtBQUNyRCxTQUFPLEtBQUssTUFBTUMsY0FBYSxNQUFNLE1BQU0sQ0FBQztBQUM5Qzs7O0FDMUNpUCxPQUFPLFVBQVU7QUFrQjNQLFNBQVMsUUFBUSxPQUFtQixNQUFjLFVBQXNDO0FBQzdGLFFBQU0sS0FBSyxDQUFDLE1BQWMsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLFFBQVEsUUFBUSxDQUFDO0FBQzNHLE1BQUksTUFBTSxXQUFXLEdBQUc7QUFDdEIsT0FBRyxHQUFHLEtBQUssNENBQTRDO0FBQ3ZELFdBQU87QUFBQSxFQUNUO0FBRUEsTUFBSSxPQUFPLElBQUksWUFBWSxTQUFTLEVBQUUsT0FBTyxPQUFPLFdBQVcsS0FBSyxDQUFDLEVBQUUsT0FBTyxLQUFLO0FBQ25GLE1BQUksS0FBSyxXQUFXLENBQUMsTUFBTSxPQUFRO0FBQ2pDLE9BQUcsR0FBRyxLQUFLLHVEQUF1RDtBQUNsRSxXQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsRUFDckI7QUFDQSxRQUFNLE9BQU8sS0FBSyxRQUFRLElBQUk7QUFDOUIsTUFBSSxRQUFRLEdBQUc7QUFDYixPQUFHLE9BQU8sTUFBTSxJQUFJLEdBQUcsS0FBSywyQ0FBMkM7QUFDdkUsV0FBTyxLQUFLLFFBQVEsVUFBVSxJQUFJO0FBQUEsRUFDcEM7QUFDQSxNQUFJLEtBQUssS0FBSyxNQUFNLElBQUk7QUFDdEIsT0FBRyxHQUFHLEtBQUssNENBQTRDO0FBQ3ZELFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxDQUFDLFdBQVcsTUFBTSxDQUFDLE1BQU0sT0FBTyxZQUFZLEdBQUcsTUFBTSxJQUFJLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRztBQUUvRSxvQkFBZ0IsVUFBVSxNQUFNLElBQUk7QUFDcEMsV0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLE9BQW9CLENBQUM7QUFDM0IsTUFBSSxRQUFRO0FBQ1osT0FBSyxNQUFnQixNQUFNO0FBQUEsSUFDekIsV0FBVztBQUFBLElBQ1gsU0FBUztBQUFBLElBQ1QsV0FBVztBQUFBLElBQ1gsZ0JBQWdCO0FBQUEsSUFDaEIsTUFBTSxDQUFDLFdBQVc7QUFDaEIsWUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixXQUFLLEtBQUssRUFBRSxNQUFNLE9BQU8sTUFBTSxLQUFLLEdBQUcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUMzRCxjQUFRLFNBQVM7QUFBQSxJQUNuQjtBQUFBLEVBQ0YsQ0FBQztBQUVELE1BQUksS0FBSyxVQUFVLFFBQVEsS0FBSyxLQUFLLFNBQVMsQ0FBQyxFQUFHLEtBQUssRUFBRyxNQUFLLElBQUk7QUFDbkUsUUFBTSxDQUFDLE1BQU0sR0FBRyxPQUFPLElBQUk7QUFDM0IsTUFBSSxDQUFDLE1BQU07QUFDVCxPQUFHLEdBQUcsS0FBSyw0Q0FBNEM7QUFDdkQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLFNBQVMsS0FBSztBQUNwQixhQUFXLEtBQUssU0FBUztBQUN2QixRQUFJLFFBQVEsRUFBRSxLQUFLLEVBQUcsSUFBRyxFQUFFLE1BQU0sS0FBSyx3Q0FBd0M7QUFDOUUsYUFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLE1BQU0sUUFBUSxLQUFLO0FBQ3ZDLFVBQUksRUFBRSxNQUFNLENBQUMsRUFBRyxTQUFTLFFBQVEsRUFBRyxJQUFHLEVBQUUsTUFBTSxPQUFPLENBQUMsS0FBSyxJQUFJLElBQUksQ0FBQyxJQUFJLDBEQUEwRCxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFFO0FBQUEsSUFDeko7QUFBQSxFQUNGO0FBQ0EsU0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ3ZCLFFBQUksRUFBRSxTQUFTLFFBQVEsRUFBRyxJQUFHLEdBQUcsSUFBSSxJQUFJLENBQUMsSUFBSSwwREFBMEQsTUFBTSxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ25ILENBQUM7QUFDRCxTQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsT0FBTyxDQUFDLE1BQU0sQ0FBQyxRQUFRLEVBQUUsS0FBSyxDQUFDLEVBQUU7QUFDckU7QUFFQSxTQUFTLFFBQVEsT0FBMEI7QUFDekMsU0FBTyxNQUFNLFdBQVcsS0FBSyxNQUFNLENBQUMsTUFBTTtBQUM1QztBQUVPLFNBQVMsT0FBTyxNQUFjLE9BQXVCO0FBQzFELE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxJQUFJLEtBQUssUUFBUSxJQUFLLEtBQUksS0FBSyxXQUFXLENBQUMsTUFBTSxHQUFJO0FBQ2xGLFNBQU87QUFDVDtBQU1BLFNBQVMsV0FBVyxNQUFjLFFBQXlFO0FBQ3pHLE1BQUksS0FBSztBQUNULE1BQUksT0FBTztBQUNYLE1BQUksUUFBUTtBQUNaLE1BQUksSUFBSTtBQUNSLE1BQUksYUFBYTtBQUNqQixTQUFPLElBQUksS0FBSyxRQUFRO0FBQ3RCLFVBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsUUFBSSxjQUFjLE1BQU0sS0FBSztBQUMzQixZQUFNLFdBQVc7QUFDakI7QUFDQSxVQUFJLFNBQVM7QUFDYixhQUFPLElBQUksS0FBSyxRQUFRO0FBQ3RCLFlBQUksS0FBSyxDQUFDLE1BQU0sS0FBSztBQUNuQixjQUFJLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUFFLGlCQUFLO0FBQUc7QUFBQSxVQUFTO0FBQzVDLG1CQUFTO0FBQ1Q7QUFDQTtBQUFBLFFBQ0Y7QUFDQSxZQUFJLEtBQUssQ0FBQyxNQUFNLEtBQU07QUFDdEI7QUFBQSxNQUNGO0FBQ0EsVUFBSSxDQUFDLFFBQVE7QUFDWCxlQUFPLFVBQVUsT0FBTyx5RUFBeUU7QUFDakcsZUFBTztBQUFBLE1BQ1Q7QUFDQSxZQUFNLE9BQU8sS0FBSyxDQUFDO0FBQ25CLFVBQUksU0FBUyxVQUFhLFNBQVMsT0FBTyxTQUFTLE1BQU07QUFDdkQsZUFBTyxNQUFNLE9BQU8sK0RBQStELE1BQU0sSUFBSSxDQUFDLGtCQUFrQjtBQUNoSCxhQUFLO0FBQ0wsZUFBTyxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsTUFBTSxPQUFPLEtBQUssQ0FBQyxNQUFNLEtBQU07QUFBQSxNQUNqRTtBQUNBLG1CQUFhO0FBQ2I7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLEtBQUs7QUFBRTtBQUFTLG1CQUFhO0FBQU07QUFBSztBQUFBLElBQVM7QUFDM0QsUUFBSSxNQUFNLE1BQU07QUFBRTtBQUFRLGNBQVE7QUFBRyxtQkFBYTtBQUFNO0FBQUs7QUFBQSxJQUFTO0FBQ3RFLFFBQUksTUFBTSxLQUFLO0FBQ2IsYUFBTyxNQUFNLE9BQU8sNEdBQTRHO0FBQ2hJLFdBQUs7QUFDTCxhQUFPLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxJQUFJLENBQUMsTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBTTtBQUFBLElBQzdFO0FBQ0EsaUJBQWE7QUFDYjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGdCQUFnQixVQUFxQixNQUFjLE1BQW9CO0FBQzlFLFFBQU0sWUFBWSxLQUFLLE1BQU0sR0FBRyxLQUFLLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDeEQsUUFBTSxTQUFTLFVBQVUsU0FBUyxHQUFHLElBQUksQ0FBQyxJQUFJLFVBQVUsTUFBTSxHQUFHO0FBQ2pFLGFBQVcsS0FBSyxVQUFVO0FBQ3hCLFFBQUksRUFBRSxTQUFTLFFBQVEsQ0FBQyxFQUFFLE9BQU8sV0FBVyxHQUFHLEVBQUc7QUFDbEQsVUFBTSxPQUFPLE9BQU8sT0FBTyxFQUFFLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxDQUFDO0FBQ2pELFFBQUksS0FBTSxHQUFFLFNBQVM7QUFBQSxFQUN2QjtBQUNGOzs7QVJwSm9KLElBQU0sMkNBQTJDO0FBYTlMLElBQU0sZUFBZSxRQUFRLGNBQWMsSUFBSSxJQUFJLFNBQVMsd0NBQWUsQ0FBQyxDQUFDO0FBRTdFLElBQU0sV0FBVyxRQUFRLElBQUksZUFBZSxRQUFRLFFBQVEsSUFBSSxZQUFZLElBQUlDLE1BQUssY0FBYyxNQUFNO0FBRXpHLElBQU0sY0FBYyxRQUFRLElBQUksa0JBQWtCLFFBQVEsUUFBUSxJQUFJLGVBQWUsSUFBSSxRQUFRLGNBQWMsTUFBTSxVQUFVLFNBQVM7QUFtQnhJLFNBQVMsVUFBVSxVQUF1QixDQUFDLEdBQWU7QUFDL0QsUUFBTSxVQUFVLFFBQVEsUUFBUSxXQUFXLFFBQVE7QUFDbkQsUUFBTSxRQUFRLFFBQVEsVUFBVSxTQUFTLGNBQWMsT0FBTyxLQUFLO0FBQ25FLFFBQU0sU0FBUyxDQUFDLFNBQWlCLEdBQUcsS0FBSyxJQUFJLElBQUk7QUFDakQsUUFBTSxXQUFzQixDQUFDO0FBQzdCLFFBQU0sVUFBVUEsTUFBSyxTQUFTLGtCQUFrQjtBQUNoRCxNQUFJO0FBQ0osTUFBSTtBQUNGLFVBQU0sWUFBWSxPQUFPO0FBQUEsRUFDM0IsU0FBUyxHQUFHO0FBQ1YsYUFBUyxLQUFLLEVBQUUsTUFBTSxHQUFHLEtBQUsscUJBQXFCLE1BQU0sR0FBRyxRQUFRLEtBQUssU0FBUyxnREFBaUQsRUFBWSxPQUFPLEdBQUcsQ0FBQztBQUMxSixXQUFPLEVBQUUsS0FBSyxFQUFFLFdBQVcsQ0FBQyxFQUFFLEdBQTZCLFFBQVEsQ0FBQyxHQUFhLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDbkg7QUFDQSxRQUFNLFNBQVMsb0JBQUksSUFBd0I7QUFDM0MsYUFBVyxZQUFZLElBQUksV0FBVztBQUNwQyxVQUFNLE9BQU9BLE1BQUssU0FBUyxTQUFTLElBQUk7QUFDeEMsVUFBTSxPQUFPLE9BQU8sU0FBUyxJQUFJO0FBQ2pDLFFBQUksQ0FBQ0MsWUFBVyxJQUFJLEdBQUc7QUFDckIsZUFBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLEdBQUcsUUFBUSxLQUFLLFNBQVMsNERBQTRELENBQUM7QUFDbEg7QUFBQSxJQUNGO0FBQ0EsVUFBTSxNQUFNLFFBQVFDLGNBQWEsSUFBSSxHQUFHLE1BQU0sUUFBUTtBQUN0RCxVQUFNLE9BQU8sT0FBTyxXQUFXLEtBQUssVUFBVSxNQUFNLFFBQVE7QUFDNUQsUUFBSSxLQUFNLFFBQU8sSUFBSSxTQUFTLE1BQU0sSUFBSTtBQUFBLEVBQzFDO0FBQ0EsWUFBVSxJQUFJLFdBQVcsUUFBUSxRQUFRLFFBQVE7QUFDakQsYUFBVyxRQUFRLFFBQVEsUUFBUTtBQUVuQyxRQUFNLFFBQVEsSUFBSSxZQUFZLFFBQVEsY0FBYyxXQUFXO0FBQy9ELE1BQUksYUFBdUM7QUFDM0MsTUFBSSxNQUFNLFdBQVc7QUFDbkIsb0JBQWdCLFFBQVEsT0FBTyxRQUFRLFFBQVE7QUFDL0MsaUJBQWE7QUFBQSxFQUNmLFdBQVcsUUFBUSxrQkFBa0IsUUFBUSxJQUFJLE9BQU8sUUFBUTtBQUM5RCxhQUFTLEtBQUssRUFBRSxNQUFNLE1BQU0sS0FBSyxNQUFNLEdBQUcsUUFBUSxLQUFLLFNBQVMsb0ZBQW9GLENBQUM7QUFBQSxFQUN2SjtBQUNBLFdBQVMsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssY0FBYyxFQUFFLElBQUksS0FBSyxFQUFFLE9BQU8sRUFBRSxJQUFJO0FBQ3ZFLFNBQU8sRUFBRSxLQUFLLFFBQVEsT0FBTyxZQUFZLE1BQU0sR0FBd0IsVUFBVSxXQUFXO0FBQzlGO0FBR08sU0FBUyxTQUFTLFVBQXVCLENBQUMsR0FBVztBQUMxRCxRQUFNLFNBQVMsVUFBVSxPQUFPO0FBQ2hDLE1BQUksT0FBTyxTQUFTLE9BQVEsT0FBTSxJQUFJLFVBQVUsT0FBTyxRQUFRO0FBQy9ELFNBQU8sT0FBTztBQUNoQjs7O0FEekVPLFNBQVMsV0FBYyxNQUE2QjtBQUN6RCxTQUFPLGFBQWE7QUFBQSxJQUNsQixPQUFPLENBQUMsb0JBQW9CLDZCQUE2QjtBQUFBLElBQ3pELE1BQU0sTUFBUyxLQUFLLFNBQVMsQ0FBQztBQUFBLEVBQ2hDLENBQUM7QUFDSDs7O0FVUkEsSUFBTyxzQkFBUSxXQUFXLFVBQVU7IiwKICAibmFtZXMiOiBbImV4aXN0c1N5bmMiLCAicmVhZEZpbGVTeW5jIiwgImpvaW4iLCAicmVhZEZpbGVTeW5jIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgImV4aXN0c1N5bmMiLCAicmVhZEZpbGVTeW5jIl0KfQo=
