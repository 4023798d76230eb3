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

// scripts/site/cite.ts
function sourceLabel(s) {
  const date = s.date ? formatDate(s.date) : s.date_note;
  return [s.sender, date].filter(Boolean).join(", ");
}
function cite(tables, row, quote = row.quote) {
  const s = tables.sources.find((x) => x.source_id === row.source_id);
  if (!s) throw new Error(`no source ${row.source_id}`);
  return {
    sourceId: s.source_id,
    label: sourceLabel(s),
    title: s.title,
    date: s.date ? formatDate(s.date) : null,
    url: s.url,
    locator: row.locator,
    quote,
    ocr: s.ocr === "yes"
  };
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

// scripts/site/figure.ts
var QUALIFIER = { approx: "ca. ", up_to: "op mod ", counted: "" };
function valueText(i) {
  return i.value === null ? "ikke oplyst" : `${QUALIFIER[i.value_qualifier ?? ""] ?? ""}${formatNumber(i.value)}`;
}

// scripts/site/views/home.ts
function homeView(t) {
  const ind = (id) => t.indicators.find((i) => i.indicator_id === id);
  const fund = (id) => t.funding.find((f) => f.funding_id === id);
  const plan = (id) => t.plans.find((p) => p.plan_id === id);
  const hpMoney = fund("hp2017-satspulje");
  const frame = fund("fl21-frame");
  const launched = ind(OUTCOME_COUNTS.launched);
  const carried = ind(OUTCOME_COUNTS.carried_out);
  const k93 = ind("hp2017-kommuner-involved-93");
  const k86 = ind("hp2017-kommuner-involved-86");
  const kk = ind("kk2017-children-young-reached");
  const total = t.kommuner.length;
  return {
    cards: [
      { id: "hp-money", value: amountText(hpMoney), label: `til ${plan("hp2017").short_name.toLowerCase()} (satspuljen)`, link: "/handlingsplan-2017-2020", citations: [cite(t, hpMoney)] },
      { id: "hp-initiatives", value: `${valueText(carried)} af ${valueText(launched)}`, label: "initiativer gennemf\xF8rt som planlagt", link: "/handlingsplan-2017-2020#initiativerne", citations: [cite(t, carried), cite(t, launched)] },
      { id: "hp-kommuner", value: `${valueText(k93)} eller ${valueText(k86)}`, label: `kommuner involveret (af landets ${formatNumber(total)}) \u2013 to kilder, to tal`, link: "/handlingsplan-2017-2020#kommunerne", citations: [cite(t, k93), cite(t, k86)] },
      { id: "fl21-money", value: amountText(frame), label: `i ${plan("fl21").short_name} (${frame.start_year}\u2013${frame.end_year})`, link: "/aftale-2021-2024", citations: [cite(t, frame)] },
      { id: "kk-reach", value: valueText(kk), label: `af mindst ${formatNumber(kk.target)} b\xF8rn og unge n\xE5et i ${plan("kk2017").short_name}`, link: "/koebenhavn-2017-18", citations: [cite(t, kk), cite(t, kk, kk.target_quote ?? kk.quote)] }
    ]
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

// components/data/home.data.ts
var home_data_default = pageLoader(homeView);
export {
  home_data_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsic2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzIiwgInNjcmlwdHMvc2l0ZS9hbW91bnQudHMiLCAic2NyaXB0cy9zaXRlL2NpdGUudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXJ1bGVzLnRzIiwgInNjcmlwdHMvc2l0ZS9maWd1cmUudHMiLCAic2NyaXB0cy9zaXRlL3ZpZXdzL2hvbWUudHMiLCAiY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzIiwgInNjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHMiLCAic2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzIiwgInNjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXRhYmxlLnRzIiwgInNjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50cyIsICJzY3JpcHRzL2RhdGEvcmVhZC1jc3YudHMiLCAiY29tcG9uZW50cy9kYXRhL2hvbWUuZGF0YS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7aW1wb3J0IHsgZm9ybWF0TG9jYWxlIH0gZnJvbSAnZDMtZm9ybWF0J1xuaW1wb3J0IHsgdGltZUZvcm1hdExvY2FsZSB9IGZyb20gJ2QzLXRpbWUtZm9ybWF0J1xuXG4vKipcbiAqIFRoZSBvbmUgcGxhY2UgbnVtYmVycyBhbmQgZGF0ZXMgYXJlIHR1cm5lZCBpbnRvIERhbmlzaCB0ZXh0LiBBIGZpeGVkIGxvY2FsZSAobm90IHRoZVxuICogYnJvd3NlcidzKSBzbyB0aGF0IHRoZSBzZXJ2ZXItcmVuZGVyZWQgSFRNTCBhbmQgdGhlIGh5ZHJhdGVkIHBhZ2UgcmVhZCB0aGUgc2FtZS5cbiAqL1xuY29uc3QgbnVtYmVyTG9jYWxlID0gZm9ybWF0TG9jYWxlKHsgZGVjaW1hbDogJywnLCB0aG91c2FuZHM6ICcuJywgZ3JvdXBpbmc6IFszXSwgY3VycmVuY3k6IFsnJywgJyBrci4nXSwgbWludXM6ICdcdTIyMTInIH0pXG5jb25zdCBkYXRlTG9jYWxlID0gdGltZUZvcm1hdExvY2FsZSh7XG4gIGRhdGVUaW1lOiAnJUEgZGVuICVkLiAlQiAlWSAlWCcsXG4gIGRhdGU6ICclZC4lbS4lWScsXG4gIHRpbWU6ICclSDolTTolUycsXG4gIHBlcmlvZHM6IFsnQU0nLCAnUE0nXSxcbiAgZGF5czogWydzXHUwMEY4bmRhZycsICdtYW5kYWcnLCAndGlyc2RhZycsICdvbnNkYWcnLCAndG9yc2RhZycsICdmcmVkYWcnLCAnbFx1MDBGOHJkYWcnXSxcbiAgc2hvcnREYXlzOiBbJ3NcdTAwRjhuJywgJ21hbicsICd0aXInLCAnb25zJywgJ3RvcicsICdmcmUnLCAnbFx1MDBGOHInXSxcbiAgbW9udGhzOiBbJ2phbnVhcicsICdmZWJydWFyJywgJ21hcnRzJywgJ2FwcmlsJywgJ21haicsICdqdW5pJywgJ2p1bGknLCAnYXVndXN0JywgJ3NlcHRlbWJlcicsICdva3RvYmVyJywgJ25vdmVtYmVyJywgJ2RlY2VtYmVyJ10sXG4gIHNob3J0TW9udGhzOiBbJ2phbicsICdmZWInLCAnbWFyJywgJ2FwcicsICdtYWonLCAnanVuJywgJ2p1bCcsICdhdWcnLCAnc2VwJywgJ29rdCcsICdub3YnLCAnZGVjJ10sXG59KVxuXG5jb25zdCBwbGFpbiA9IG51bWJlckxvY2FsZS5mb3JtYXQoJywuMn5mJylcbmNvbnN0IHBlcmNlbnQgPSBudW1iZXJMb2NhbGUuZm9ybWF0KCcuMCUnKVxuY29uc3QgZGF5TW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyUtZC4gJUIgJVknKVxuY29uc3QgbW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyVCICVZJylcblxuLyoqIDIwMDAgXHUyMTkyIFwiMi4wMDBcIiwgNzMuNCBcdTIxOTIgXCI3Myw0XCIsIC0xIFx1MjE5MiBcIlx1MjIxMjFcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXROdW1iZXIobjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBsYWluKG4pXG59XG5cbi8qKiA3My40IFx1MjE5MiBcIjczLDQgbWlvLiBrci5cIiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdE1pbyhuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cGxhaW4obil9IG1pby4ga3IuYFxufVxuXG4vKiogMC40OSBcdTIxOTIgXCI0OSAlXCIgKERhbmlzaCBwdXRzIGEgc3BhY2UgYmVmb3JlIHRoZSBzaWduKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRTaGFyZShzaGFyZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBlcmNlbnQoc2hhcmUpLnJlcGxhY2UoJyUnLCAnICUnKVxufVxuXG4vKiogQSB5ZWFyIHJhbmdlIGFzIERhbmlzaCB0ZXh0OiAyMDE3XHUyMDEzMjAyMCAoZW4gZGFzaCksIG9yIG9uZSB5ZWFyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFllYXJzKHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHN0YXJ0ID09PSBlbmQgPyBTdHJpbmcoc3RhcnQpIDogYCR7c3RhcnR9XHUyMDEzJHtlbmR9YFxufVxuXG4vKiogSVNPIGRhdGUgb2YgYW55IHByZWNpc2lvbiBcdTIxOTIgXCIzMC4gYXVndXN0IDIwMjFcIiwgXCJqdW5pIDIwMjFcIiwgXCIyMDE4XCIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0RGF0ZShpc286IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIGlmIChtID09PSB1bmRlZmluZWQpIHJldHVybiBTdHJpbmcoeSlcbiAgY29uc3QgZGF0ZSA9IG5ldyBEYXRlKERhdGUuVVRDKHkhLCBtIC0gMSwgZCA/PyAxKSlcbiAgcmV0dXJuIGQgPT09IHVuZGVmaW5lZCA/IG1vbnRoWWVhcihkYXRlKSA6IGRheU1vbnRoWWVhcihkYXRlKVxufVxuXG4vKiogRGFuaXNoIHdvcmRzIGZvciBzbWFsbCBudW1iZXJzLCBhcyBzb3VyY2VzIHdyaXRlIHRoZW0gKFwiZmlyZSBueWVcIiwgXCJuaSBtaWxsaW9uZXJcIikuICovXG5leHBvcnQgY29uc3QgTlVNQkVSX1dPUkRTOiBSZWNvcmQ8bnVtYmVyLCBzdHJpbmdbXT4gPSB7XG4gIDE6IFsnXHUwMEU5bicsICdlbicsICdldCcsICdcdTAwRTl0JywgJ2VuZSddLCAyOiBbJ3RvJ10sIDM6IFsndHJlJ10sIDQ6IFsnZmlyZSddLCA1OiBbJ2ZlbSddLCA2OiBbJ3Nla3MnXSwgNzogWydzeXYnXSxcbiAgODogWydvdHRlJ10sIDk6IFsnbmknXSwgMTA6IFsndGknXSwgMTE6IFsnZWxsZXZlJ10sIDEyOiBbJ3RvbHYnXSxcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2Ftb3VudC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbW91bnQudHNcIjtpbXBvcnQgdHlwZSB7IEZ1bmRpbmcgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0TWlvLCBmb3JtYXROdW1iZXIgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuXG4vKiogSG93IGEgZnVuZGluZyByb3cgcmVhZHM6IFwiNzMsNCBtaW8uIGtyLlwiIG9yIFwiMTAgbWlvLiBrci4gb20gXHUwMEU1cmV0XCI7IG5ldmVyIGEgdG90YWwgdGhlIHNvdXJjZSBkb2VzIG5vdCBzdGF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbW91bnRUZXh0KGY6IEZ1bmRpbmcpOiBzdHJpbmcge1xuICBpZiAoZi5hbW91bnQgPT09IG51bGwpIHJldHVybiAnQmVsXHUwMEY4YiBpa2tlIG9wbHlzdCdcbiAgY29uc3QgYW1vdW50ID0gZi51bml0ID09PSAnZnRlJyA/IGAke2Zvcm1hdE51bWJlcihmLmFtb3VudCl9IFx1MDBFNXJzdlx1MDBFNnJrYCA6IGZvcm1hdE1pbyhmLmFtb3VudClcbiAgcmV0dXJuIGYuYmFzaXMgPT09ICdwZXJfeWVhcicgPyBgJHthbW91bnR9IG9tIFx1MDBFNXJldGAgOiBhbW91bnRcbn1cblxuLyoqIFRoZSB3aG9sZSBwZXJpb2QncyBhbW91bnQsIGZvciBkcmF3aW5nIG9ubHkgKGEgcGVyLXllYXIgYW1vdW50IHRpbWVzIGl0cyB5ZWFycykuICovXG5leHBvcnQgZnVuY3Rpb24gcGVyaW9kQW1vdW50KGY6IEZ1bmRpbmcpOiBudW1iZXIge1xuICBpZiAoZi5hbW91bnQgPT09IG51bGwpIHJldHVybiAwXG4gIHJldHVybiBmLmJhc2lzID09PSAncGVyX3llYXInID8gZi5hbW91bnQgKiAoZi5lbmRfeWVhciAtIGYuc3RhcnRfeWVhciArIDEpIDogZi5hbW91bnRcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NpdGUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2l0ZS50c1wiO2ltcG9ydCB7IGZvcm1hdERhdGUgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHR5cGUgeyBTb3VyY2UsIFRhYmxlcyB9IGZyb20gJy4uL2RhdGEvdHlwZXMudHMnXG5cbi8qKiBXaGVyZSBhIGZpZ3VyZSBjb21lcyBmcm9tLCByZWFkeSB0byBzaG93OiB0aGUgc291cmNlIG5hbWVkLCB0aGUgcGFzc2FnZSBxdW90ZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIENpdGF0aW9uIHtcbiAgc291cmNlSWQ6IHN0cmluZ1xuICAvKiogXCJCcmV2IGZyYSB1ZGxcdTAwRTZuZGluZ2UtIG9nIGludGVncmF0aW9uc21pbmlzdGVyZW4sIDMwLiBhdWd1c3QgMjAyMVwiIHN0eWxlIGxhYmVsLiAqL1xuICBsYWJlbDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgZGF0ZTogc3RyaW5nIHwgbnVsbFxuICB1cmw6IHN0cmluZyB8IG51bGxcbiAgbG9jYXRvcjogc3RyaW5nXG4gIHF1b3RlOiBzdHJpbmdcbiAgLyoqIFRoZSBxdW90ZSBpcyBPQ1IgdGV4dCwgc2hvd24gYXMgdGhlIHNvdXJjZSBoYXMgaXQuICovXG4gIG9jcjogYm9vbGVhblxufVxuXG5pbnRlcmZhY2UgUHJvdmVuYW5jZWQge1xuICBzb3VyY2VfaWQ6IHN0cmluZ1xuICBsb2NhdG9yOiBzdHJpbmdcbiAgcXVvdGU6IHN0cmluZ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gc291cmNlTGFiZWwoczogU291cmNlKTogc3RyaW5nIHtcbiAgY29uc3QgZGF0ZSA9IHMuZGF0ZSA/IGZvcm1hdERhdGUocy5kYXRlKSA6IHMuZGF0ZV9ub3RlXG4gIHJldHVybiBbcy5zZW5kZXIsIGRhdGVdLmZpbHRlcihCb29sZWFuKS5qb2luKCcsICcpXG59XG5cbi8qKiBBIGNpdGF0aW9uIGFzIG9uZSBsaW5lIG9mIHRleHQsIGZvciBhIGRhdGEgZmlsZTogXCJzZW5kZXIsIGRhdGU6IHRpdGxlXCIuICovXG5leHBvcnQgZnVuY3Rpb24gY2l0YXRpb25MaW5lKGM6IENpdGF0aW9uKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke2MubGFiZWx9OiAke2MudGl0bGV9YFxufVxuXG4vKiogQnVpbGRzIGEgY2l0YXRpb24gZm9yIGFueSByb3cgdGhhdCBjYXJyaWVzIHByb3ZlbmFuY2UuICovXG5leHBvcnQgZnVuY3Rpb24gY2l0ZSh0YWJsZXM6IFRhYmxlcywgcm93OiBQcm92ZW5hbmNlZCwgcXVvdGUgPSByb3cucXVvdGUpOiBDaXRhdGlvbiB7XG4gIGNvbnN0IHMgPSB0YWJsZXMuc291cmNlcy5maW5kKCh4KSA9PiB4LnNvdXJjZV9pZCA9PT0gcm93LnNvdXJjZV9pZClcbiAgaWYgKCFzKSB0aHJvdyBuZXcgRXJyb3IoYG5vIHNvdXJjZSAke3Jvdy5zb3VyY2VfaWR9YCkgLy8gdGhlIGRhdGEgY2hlY2sgbWFrZXMgdGhpcyB1bnJlYWNoYWJsZVxuICByZXR1cm4ge1xuICAgIHNvdXJjZUlkOiBzLnNvdXJjZV9pZCxcbiAgICBsYWJlbDogc291cmNlTGFiZWwocyksXG4gICAgdGl0bGU6IHMudGl0bGUsXG4gICAgZGF0ZTogcy5kYXRlID8gZm9ybWF0RGF0ZShzLmRhdGUpIDogbnVsbCxcbiAgICB1cmw6IHMudXJsLFxuICAgIGxvY2F0b3I6IHJvdy5sb2NhdG9yLFxuICAgIHF1b3RlLFxuICAgIG9jcjogcy5vY3IgPT09ICd5ZXMnLFxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1ydWxlcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1ydWxlcy50c1wiO2ltcG9ydCB7IGZvcm1hdE51bWJlciB9IGZyb20gJy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgdHlwZSB7IFByb2JsZW0gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHR5cGUgeyBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5cbi8qKiBUaGUgMjAxN1x1MjAxMzIwMjAgcGxhbidzIG91dGNvbWUgY291bnRzIChpbmRpY2F0b3IgaWRzKSB0aGF0IG11c3QgYWRkIHVwOiBsYXVuY2hlZCA9IHRoZSByZXN0LiAqL1xuZXhwb3J0IGNvbnN0IE9VVENPTUVfQ09VTlRTID0ge1xuICBsYXVuY2hlZDogJ2hwMjAxNy1pbml0aWF0aXZlcy1sYXVuY2hlZCcsXG4gIGNhcnJpZWRfb3V0OiAnaHAyMDE3LWluaXRpYXRpdmVzLWNhcnJpZWQtb3V0JyxcbiAgZ2l2ZW5fdXA6ICdocDIwMTctaW5pdGlhdGl2ZXMtZ2l2ZW4tdXAnLFxuICBjYW5jZWxsZWQ6ICdocDIwMTctaW5pdGlhdGl2ZXMtY2FuY2VsbGVkJyxcbn0gYXMgY29uc3RcblxuY29uc3QgRVBTID0gMWUtOVxuXG4vKiogVHJ1ZSBpZiBhbnkgb2YgdGhlIGNvbHVtbnMgaGVsZCBhbiBpbnZhbGlkIGNlbGwgKGFscmVhZHkgcmVwb3J0ZWQpOyBhIHJ1bGUgdGhlbiBzYXlzIG5vdGhpbmcuICovXG5jb25zdCBpbnZhbGlkID0gKHJvdzogVHlwZWRSb3cgfCB1bmRlZmluZWQsIC4uLmNvbHVtbnM6IHN0cmluZ1tdKSA9PiAhIXJvdyAmJiBjb2x1bW5zLnNvbWUoKGMpID0+IHJvd1tjXSA9PT0gdW5kZWZpbmVkKVxuXG4vKiogUnVsZXMgdGhhdCBzcGFuIHJvd3Mgb3IgdGFibGVzLCBiZXlvbmQgd2hhdCBhIFRhYmxlIFNjaGVtYSBjYW4gc2F5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUnVsZXModGFibGVzOiBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPiwgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgY29uc3Qgcm93cyA9IChuYW1lOiBzdHJpbmcpID0+IHRhYmxlcy5nZXQobmFtZSkgPz8gW11cbiAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nLCByb3c6IFR5cGVkUm93LCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKG5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuXG4gIGZvciAoY29uc3QgbmFtZSBvZiBbJ3BsYW5zJywgJ2Z1bmRpbmcnXSkge1xuICAgIGZvciAoY29uc3QgciBvZiByb3dzKG5hbWUpKSB7XG4gICAgICBpZiAodHlwZW9mIHIuc3RhcnRfeWVhciA9PT0gJ251bWJlcicgJiYgdHlwZW9mIHIuZW5kX3llYXIgPT09ICdudW1iZXInICYmIHIuZW5kX3llYXIgPCByLnN0YXJ0X3llYXIpIHtcbiAgICAgICAgYXQobmFtZSwgciwgJ2VuZF95ZWFyJywgYGV4cGVjdGVkIGEgeWVhciBcdTIyNjUgc3RhcnRfeWVhciAoJHtyLnN0YXJ0X3llYXJ9KSwgZm91bmQgXCIke3IuZW5kX3llYXJ9XCJgKVxuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGNvbnN0IGFyZWFQbGFuID0gbmV3IE1hcChyb3dzKCdhcmVhcycpLm1hcCgoYSkgPT4gW2EuYXJlYV9pZCwgYS5wbGFuX2lkXSkpXG4gIGZvciAoY29uc3QgaSBvZiByb3dzKCdpbml0aWF0aXZlcycpKSB7XG4gICAgY29uc3QgcGxhbiA9IGkuYXJlYV9pZCA9PT0gbnVsbCA/IHVuZGVmaW5lZCA6IGFyZWFQbGFuLmdldChpLmFyZWFfaWQpXG4gICAgaWYgKHBsYW4gIT09IHVuZGVmaW5lZCAmJiBwbGFuICE9PSBpLnBsYW5faWQpIGF0KCdpbml0aWF0aXZlcycsIGksICdhcmVhX2lkJywgYGV4cGVjdGVkIGFuIGFyZWEgb2YgcGxhbiAke2kucGxhbl9pZH0sIGZvdW5kIFwiJHtpLmFyZWFfaWR9XCIgb2YgcGxhbiAke3BsYW59YClcbiAgfVxuXG4gIGNoZWNrT3V0Y29tZUNvdW50cyhyb3dzKCdpbmRpY2F0b3JzJyksIHJvd3MoJ2luaXRpYXRpdmVzJyksIHJvd3MoJ3N0YXR1c191cGRhdGVzJyksIChyb3csIGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoJ2luZGljYXRvcnMnLCByb3csIGNvbHVtbiwgbWVzc2FnZSkpXG4gIGNoZWNrU3BsaXRzKHJvd3MoJ2Z1bmRpbmcnKSwgKHJvdywgY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgnZnVuZGluZycsIHJvdywgY29sdW1uLCBtZXNzYWdlKSlcbiAgY2hlY2tUYXJnZXRzKHJvd3MoJ2luZGljYXRvcnMnKSwgKHJvdywgY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgnaW5kaWNhdG9ycycsIHJvdywgY29sdW1uLCBtZXNzYWdlKSlcbn1cblxudHlwZSBSZXBvcnQgPSAocm93OiBUeXBlZFJvdywgY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZFxuXG5mdW5jdGlvbiBjaGVja091dGNvbWVDb3VudHMoaW5kaWNhdG9yczogVHlwZWRSb3dbXSwgaW5pdGlhdGl2ZXM6IFR5cGVkUm93W10sIHVwZGF0ZXM6IFR5cGVkUm93W10sIHJlcG9ydDogUmVwb3J0KTogdm9pZCB7XG4gIGNvbnN0IGJ5SWQgPSBuZXcgTWFwKGluZGljYXRvcnMubWFwKChyKSA9PiBbci5pbmRpY2F0b3JfaWQsIHJdKSlcbiAgY29uc3QgY291bnRzID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKE9VVENPTUVfQ09VTlRTKS5tYXAoKFtrLCBpZF0pID0+IFtrLCBieUlkLmdldChpZCldKSkgYXMgUmVjb3JkPGtleW9mIHR5cGVvZiBPVVRDT01FX0NPVU5UUywgVHlwZWRSb3cgfCB1bmRlZmluZWQ+XG4gIGlmICghY291bnRzLmxhdW5jaGVkKSByZXR1cm4gLy8gdGhlIHRhYmxlIGhvbGRzIG5vIDIwMTdcdTIwMTMyMDIwIHBsYW47IG5vdGhpbmcgdG8gYWRkIHVwXG4gIGlmIChPYmplY3QudmFsdWVzKGNvdW50cykuc29tZSgocikgPT4gaW52YWxpZChyLCAndmFsdWUnKSkpIHJldHVyblxuICBjb25zdCB2YWx1ZSA9IChyOiBUeXBlZFJvdyB8IHVuZGVmaW5lZCkgPT4gKHR5cGVvZiByPy52YWx1ZSA9PT0gJ251bWJlcicgPyByLnZhbHVlIDogTmFOKVxuICBjb25zdCBwYXJ0cyA9IFtjb3VudHMuY2FycmllZF9vdXQsIGNvdW50cy5naXZlbl91cCwgY291bnRzLmNhbmNlbGxlZF1cbiAgY29uc3Qgc3VtID0gcGFydHMucmVkdWNlKChzLCByKSA9PiBzICsgdmFsdWUociksIDApXG4gIGlmIChwYXJ0cy5zb21lKChwKSA9PiAhcCkpIHtcbiAgICBjb25zdCBtaXNzaW5nID0gT2JqZWN0LmVudHJpZXMoT1VUQ09NRV9DT1VOVFMpLmZpbHRlcigoW2tdKSA9PiAhY291bnRzW2sgYXMga2V5b2YgdHlwZW9mIGNvdW50c10pLm1hcCgoWywgaWRdKSA9PiBpZClcbiAgICByZXBvcnQoY291bnRzLmxhdW5jaGVkLCAnaW5kaWNhdG9yX2lkJywgYGV4cGVjdGVkIHRoZSBvdXRjb21lIGNvdW50cyAke21pc3Npbmcuam9pbignLCAnKX0gYmVzaWRlIGl0LCBmb3VuZCBub25lYClcbiAgfSBlbHNlIGlmIChNYXRoLmFicyhzdW0gLSB2YWx1ZShjb3VudHMubGF1bmNoZWQpKSA+IEVQUykge1xuICAgIHJlcG9ydChjb3VudHMubGF1bmNoZWQsICd2YWx1ZScsIGBleHBlY3RlZCB0aGUgaW5pdGlhdGl2ZXMgbGF1bmNoZWQgdG8gZXF1YWwgY2FycmllZCBvdXQgKyBnaXZlbiB1cCArIGNhbmNlbGxlZCAoJHtwYXJ0cy5tYXAodmFsdWUpLmpvaW4oJyArICcpfSA9ICR7c3VtfSksIGZvdW5kIFwiJHt2YWx1ZShjb3VudHMubGF1bmNoZWQpfVwiYClcbiAgfVxuICAvLyBOYW1lZCBpbml0aWF0aXZlcyBjYW5ub3Qgb3V0bnVtYmVyIHRoZSBjb3VudHMgb2YgdGhlaXIgb3V0Y29tZS5cbiAgY29uc3QgbGF0ZXN0ID0gbmV3IE1hcDx1bmtub3duLCBUeXBlZFJvdz4oKVxuICBmb3IgKGNvbnN0IHUgb2YgWy4uLnVwZGF0ZXNdLnNvcnQoKGEsIGIpID0+IFN0cmluZyhhLmRhdGUpLmxvY2FsZUNvbXBhcmUoU3RyaW5nKGIuZGF0ZSkpKSkgbGF0ZXN0LnNldCh1LmluaXRpYXRpdmVfaWQsIHUpXG4gIGNvbnN0IHBsYW5PZiA9IG5ldyBNYXAoaW5pdGlhdGl2ZXMubWFwKChpKSA9PiBbaS5pbml0aWF0aXZlX2lkLCBpLnBsYW5faWRdKSlcbiAgZm9yIChjb25zdCBrZXkgb2YgWydjYXJyaWVkX291dCcsICdnaXZlbl91cCcsICdjYW5jZWxsZWQnXSBhcyBjb25zdCkge1xuICAgIGNvbnN0IG5hbWVkID0gWy4uLmxhdGVzdC52YWx1ZXMoKV0uZmlsdGVyKCh1KSA9PiB1LnN0YXR1cyA9PT0ga2V5ICYmIHBsYW5PZi5nZXQodS5pbml0aWF0aXZlX2lkKSA9PT0gJ2hwMjAxNycpXG4gICAgY29uc3QgY291bnQgPSBjb3VudHNba2V5XVxuICAgIGlmIChjb3VudCAmJiBuYW1lZC5sZW5ndGggPiB2YWx1ZShjb3VudCkpIHJlcG9ydChjb3VudCwgJ3ZhbHVlJywgYGV4cGVjdGVkIGF0IGxlYXN0IGFzIG1hbnkgYXMgdGhlIGluaXRpYXRpdmVzIG5hbWVkIHdpdGggc3RhdHVzICR7a2V5fSAoJHtuYW1lZC5sZW5ndGh9KSwgZm91bmQgXCIke3ZhbHVlKGNvdW50KX1cImApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tTcGxpdHMoZnVuZGluZzogVHlwZWRSb3dbXSwgcmVwb3J0OiBSZXBvcnQpOiB2b2lkIHtcbiAgY29uc3QgdG90YWwgPSAocjogVHlwZWRSb3cpID0+IHtcbiAgICBpZiAodHlwZW9mIHIuYW1vdW50ICE9PSAnbnVtYmVyJykgcmV0dXJuIE5hTlxuICAgIHJldHVybiByLmJhc2lzID09PSAncGVyX3llYXInID8gci5hbW91bnQgKiAoTnVtYmVyKHIuZW5kX3llYXIpIC0gTnVtYmVyKHIuc3RhcnRfeWVhcikgKyAxKSA6IHIuYW1vdW50XG4gIH1cbiAgY29uc3QgZmllbGRzID0gWydhbW91bnQnLCAndW5pdCcsICdiYXNpcycsICdzdGFydF95ZWFyJywgJ2VuZF95ZWFyJywgJ3VuZXhwbGFpbmVkX2dhcCddXG4gIGZvciAoY29uc3QgcGFyZW50IG9mIGZ1bmRpbmcpIHtcbiAgICBjb25zdCBwYXJ0cyA9IGZ1bmRpbmcuZmlsdGVyKChmKSA9PiBmLnBhcmVudF9pZCA9PT0gcGFyZW50LmZ1bmRpbmdfaWQpXG4gICAgaWYgKGludmFsaWQocGFyZW50LCAuLi5maWVsZHMpIHx8IHBhcnRzLnNvbWUoKHApID0+IGludmFsaWQocCwgLi4uZmllbGRzKSkpIGNvbnRpbnVlXG4gICAgY29uc3QgZ2FwID0gdHlwZW9mIHBhcmVudC51bmV4cGxhaW5lZF9nYXAgPT09ICdudW1iZXInID8gcGFyZW50LnVuZXhwbGFpbmVkX2dhcCA6IG51bGxcbiAgICBpZiAoIXBhcnRzLmxlbmd0aCkge1xuICAgICAgaWYgKGdhcCAhPT0gbnVsbCkgcmVwb3J0KHBhcmVudCwgJ3VuZXhwbGFpbmVkX2dhcCcsIGBleHBlY3RlZCBhIGdhcCBvbmx5IG9uIGEgdG90YWwgdGhhdCBoYXMgcGFydHMsIGZvdW5kIFwiJHtnYXB9XCJgKVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSBpZiAocC51bml0ICE9PSBwYXJlbnQudW5pdCkgcmVwb3J0KHAsICd1bml0JywgYGV4cGVjdGVkIHRoZSB1bml0IG9mIGl0cyBwYXJlbnQgJHtwYXJlbnQuZnVuZGluZ19pZH0gKCR7cGFyZW50LnVuaXR9KSwgZm91bmQgXCIke3AudW5pdH1cImApXG4gICAgY29uc3Qgc3VtID0gcGFydHMucmVkdWNlKChzLCBwKSA9PiBzICsgdG90YWwocCksIDApXG4gICAgY29uc3QgZGlmZiA9IE1hdGgucm91bmQoKHRvdGFsKHBhcmVudCkgLSBzdW0pICogMWU2KSAvIDFlNlxuICAgIGlmIChNYXRoLmFicyhkaWZmKSA8IEVQUyAmJiBnYXAgPT09IG51bGwpIGNvbnRpbnVlXG4gICAgaWYgKGdhcCA9PT0gbnVsbCkgcmVwb3J0KHBhcmVudCwgJ3VuZXhwbGFpbmVkX2dhcCcsIGBleHBlY3RlZCB0aGUgZ2FwIHN0YXRlZCB3aGVyZSB0aGUgcGFydHMgKCR7Zm9ybWF0TnVtYmVyKHN1bSl9KSBkbyBub3QgYWRkIHVwIHRvIHRoZSB0b3RhbCAoJHtmb3JtYXROdW1iZXIodG90YWwocGFyZW50KSl9KSwgZm91bmQgYW4gZW1wdHkgY2VsbGApXG4gICAgZWxzZSBpZiAoTWF0aC5hYnMoZ2FwIC0gZGlmZikgPiBFUFMpIHJlcG9ydChwYXJlbnQsICd1bmV4cGxhaW5lZF9nYXAnLCBgZXhwZWN0ZWQgJHtkaWZmfSAodGhlIHRvdGFsICR7Zm9ybWF0TnVtYmVyKHRvdGFsKHBhcmVudCkpfSBtaW51cyB0aGUgcGFydHMgJHtmb3JtYXROdW1iZXIoc3VtKX0pLCBmb3VuZCBcIiR7Z2FwfVwiYClcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja1RhcmdldHMoaW5kaWNhdG9yczogVHlwZWRSb3dbXSwgcmVwb3J0OiBSZXBvcnQpOiB2b2lkIHtcbiAgZm9yIChjb25zdCByIG9mIGluZGljYXRvcnMpIHtcbiAgICBpZiAoaW52YWxpZChyLCAna2luZCcsICdjb21wYXJhdG9yJywgJ3RhcmdldCcsICd0YXJnZXRfdW5pdCcsICd2YWx1ZScsICdtZXQnLCAnbWV0X2Jhc2lzJykpIGNvbnRpbnVlXG4gICAgY29uc3QgaGFzVGFyZ2V0ID0gci50YXJnZXQgIT09IG51bGxcbiAgICBpZiAoci5raW5kID09PSAndGFyZ2V0X3JlYWNoZWQnKSB7XG4gICAgICBpZiAoIWhhc1RhcmdldCkgcmVwb3J0KHIsICd0YXJnZXQnLCAnZXhwZWN0ZWQgYSB0YXJnZXQgb24gYSB0YXJnZXRfcmVhY2hlZCByb3csIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgICAgaWYgKHIuY29tcGFyYXRvciA9PT0gbnVsbCkgcmVwb3J0KHIsICdjb21wYXJhdG9yJywgJ2V4cGVjdGVkIGEgY29tcGFyYXRvciBvbiBhIHRhcmdldF9yZWFjaGVkIHJvdywgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgICBpZiAoci5tZXQgPT09IG51bGwpIHJlcG9ydChyLCAnbWV0JywgJ2V4cGVjdGVkIHdoZXRoZXIgdGhlIHRhcmdldCB3YXMgbWV0IG9uIGEgdGFyZ2V0X3JlYWNoZWQgcm93LCBmb3VuZCBhbiBlbXB0eSBjZWxsJylcbiAgICB9IGVsc2UgaWYgKGhhc1RhcmdldCB8fCByLm1ldCAhPT0gbnVsbCkge1xuICAgICAgcmVwb3J0KHIsIGhhc1RhcmdldCA/ICd0YXJnZXQnIDogJ21ldCcsIGBleHBlY3RlZCBhIHRhcmdldCBhbmQgbWV0IG9ubHkgb24gdGFyZ2V0X3JlYWNoZWQgcm93cywgZm91bmQgdGhlbSBvbiBhICR7ci5raW5kfSByb3dgKVxuICAgIH1cbiAgICBpZiAoKHIubWV0ID09PSBudWxsKSAhPT0gKHIubWV0X2Jhc2lzID09PSBudWxsKSkgcmVwb3J0KHIsICdtZXRfYmFzaXMnLCAnZXhwZWN0ZWQgbWV0IGFuZCBtZXRfYmFzaXMgdG9nZXRoZXIsIGZvdW5kIG9uZSB3aXRob3V0IHRoZSBvdGhlcicpXG4gICAgaWYgKHIubWV0X2Jhc2lzID09PSAnY29tcHV0ZWQnKSB7XG4gICAgICBpZiAodHlwZW9mIHIudGFyZ2V0ICE9PSAnbnVtYmVyJyB8fCB0eXBlb2Ygci52YWx1ZSAhPT0gJ251bWJlcicgfHwgci50YXJnZXRfdW5pdCAhPT0gbnVsbCkge1xuICAgICAgICByZXBvcnQociwgJ21ldF9iYXNpcycsICdleHBlY3RlZCBhIHRhcmdldCBhbmQgYSB2YWx1ZSBpbiB0aGUgc2FtZSB1bml0IHRvIGNvbXB1dGUgbWV0IGZyb20sIGZvdW5kIG5vbmUnKVxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgICAgY29uc3QgbWV0ID0gci5jb21wYXJhdG9yID09PSAnPj0nID8gci52YWx1ZSA+PSByLnRhcmdldCA6IHIuY29tcGFyYXRvciA9PT0gJzw9JyA/IHIudmFsdWUgPD0gci50YXJnZXQgOiByLnZhbHVlID09PSByLnRhcmdldFxuICAgICAgY29uc3QgZXhwZWN0ZWQgPSBtZXQgPyAneWVzJyA6ICdubydcbiAgICAgIGlmIChyLm1ldCAhPT0gZXhwZWN0ZWQpIHJlcG9ydChyLCAnbWV0JywgYGV4cGVjdGVkIFwiJHtleHBlY3RlZH1cIiAoJHtyLnZhbHVlfSAke3IuY29tcGFyYXRvcn0gJHtyLnRhcmdldH0pLCBmb3VuZCBcIiR7ci5tZXR9XCJgKVxuICAgIH1cbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvZmlndXJlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2ZpZ3VyZS50c1wiO2ltcG9ydCB0eXBlIHsgSW5kaWNhdG9yIH0gZnJvbSAnLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdE51bWJlciB9IGZyb20gJy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5cbmNvbnN0IFFVQUxJRklFUjogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgYXBwcm94OiAnY2EuICcsIHVwX3RvOiAnb3AgbW9kICcsIGNvdW50ZWQ6ICcnIH1cblxuLyoqIFVuaXRzIGFyZSBzdG9yZWQgaW4gdGhlIHBsdXJhbDsgdGhlIGZldyB0aGF0IHRoZSBkYXRhIGNvdW50cyBhcyBvbmUgcmVhZCBpbiB0aGUgc2luZ3VsYXIuICovXG5jb25zdCBTSU5HVUxBUjogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgaW5pdGlhdGl2ZXI6ICdpbml0aWF0aXYnLCBhbnNcdTAwRjhnbmluZ2VyOiAnYW5zXHUwMEY4Z25pbmcnLCBrb21tdW5lcjogJ2tvbW11bmUnLCBrdXJzZXI6ICdrdXJzdXMnLCBtXHUwMEY4ZGVyOiAnbVx1MDBGOGRlJyB9XG5jb25zdCB1bml0T2YgPSAoaTogSW5kaWNhdG9yKSA9PiAoaS52YWx1ZSA9PT0gMSA/IChTSU5HVUxBUltpLnVuaXRdID8/IGkudW5pdCkgOiBpLnVuaXQpXG5cbi8qKiBcImNhLiA0NTBcIiwgXCJvcCBtb2QgNzAwXCIsIFwiOTgwXCIgKi9cbmV4cG9ydCBmdW5jdGlvbiB2YWx1ZVRleHQoaTogSW5kaWNhdG9yKTogc3RyaW5nIHtcbiAgcmV0dXJuIGkudmFsdWUgPT09IG51bGwgPyAnaWtrZSBvcGx5c3QnIDogYCR7UVVBTElGSUVSW2kudmFsdWVfcXVhbGlmaWVyID8/ICcnXSA/PyAnJ30ke2Zvcm1hdE51bWJlcihpLnZhbHVlKX1gXG59XG5cbmNvbnN0IENPTVBBUkFUT1I6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7ICc+PSc6ICdtaW5kc3QnLCAnPD0nOiAnaFx1MDBGOGpzdCcsICc9JzogJycgfVxuY29uc3QgVEFSR0VUX1VOSVQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHBjdDogJ3BjdC4nIH1cbmNvbnN0IE1FVDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgeWVzOiAnbVx1MDBFNWxldCBlciBuXHUwMEU1ZXQnLCBubzogJ21cdTAwRTVsZXQgZXIgaWtrZSBuXHUwMEU1ZXQnLCBleHBlY3RlZDogJ21cdTAwRTVsZXQgZm9ydmVudGVzIG5cdTAwRTVldCcgfVxuXG4vKiogXCJtaW5kc3QgMi4wMDBcIiwgXCJtaW5kc3QgODAgcGN0LlwiICovXG5leHBvcnQgZnVuY3Rpb24gdGFyZ2V0VGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICByZXR1cm4gW0NPTVBBUkFUT1JbaS5jb21wYXJhdG9yID8/ICc9J10sIGZvcm1hdE51bWJlcihpLnRhcmdldCEpLCBpLnRhcmdldF91bml0ID8gVEFSR0VUX1VOSVRbaS50YXJnZXRfdW5pdF0gPz8gaS50YXJnZXRfdW5pdCA6ICcnXS5maWx0ZXIoQm9vbGVhbikuam9pbignICcpXG59XG5cbi8qKlxuICogQSBmaWd1cmUgYXMgYSByZWFkZXIgc2hvdWxkIHNlZSBpdDogXCJjYS4gNDUwIGZhZ3BlcnNvbmVyXCI7IHdpdGggYSB0YXJnZXQsIFwiOTgwIGFmIG1pbmRzdCAyLjAwMFxuICogYlx1MDBGOHJuIG9nIHVuZ2VcIjsgd2hlcmUgb25seSB0aGUgdGFyZ2V0IGFuZCB0aGUgdmVyZGljdCBhcmUga25vd24sIFwibVx1MDBFNWw6IG1pbmRzdCA4MCBwY3QuIGFmIFx1MjAyNlwiLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaW5kaWNhdG9yVGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICBpZiAoaS5raW5kICE9PSAndGFyZ2V0X3JlYWNoZWQnIHx8IGkudGFyZ2V0ID09PSBudWxsKSByZXR1cm4gYCR7dmFsdWVUZXh0KGkpfSAke3VuaXRPZihpKX1gXG4gIGlmIChpLnZhbHVlICE9PSBudWxsICYmIGkudGFyZ2V0X3VuaXQgPT09IG51bGwpIHJldHVybiBgJHt2YWx1ZVRleHQoaSl9IGFmICR7dGFyZ2V0VGV4dChpKX0gJHtpLnVuaXR9YFxuICBjb25zdCB2ZXJkaWN0ID0gaS5tZXQgJiYgaS5tZXRfYmFzaXMgPT09ICdzb3VyY2UnID8gYCBcdTIwMTMgJHtNRVRbaS5tZXRdfSBpZlx1MDBGOGxnZSBraWxkZW5gIDogJydcbiAgcmV0dXJuIGBtXHUwMEU1bDogJHt0YXJnZXRUZXh0KGkpfSBhZiAke2kudW5pdH0ke3ZlcmRpY3R9YFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3MvaG9tZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3cy9ob21lLnRzXCI7aW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgYW1vdW50VGV4dCB9IGZyb20gJy4uL2Ftb3VudC50cydcbmltcG9ydCB7IGNpdGUgfSBmcm9tICcuLi9jaXRlLnRzJ1xuaW1wb3J0IHsgT1VUQ09NRV9DT1VOVFMgfSBmcm9tICcuLi8uLi9kYXRhL2NoZWNrLXJ1bGVzLnRzJ1xuaW1wb3J0IHsgdmFsdWVUZXh0IH0gZnJvbSAnLi4vZmlndXJlLnRzJ1xuaW1wb3J0IHsgZm9ybWF0TnVtYmVyIH0gZnJvbSAnLi4vLi4vZm9ybWF0L2RhbmlzaC50cydcblxuLyoqIFRoZSBmcm9udCBwYWdlJ3Mga2V5IGZpZ3VyZXMsIGVhY2ggYSBjYXJkIHdpdGggaXRzIHNvdXJjZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob21lVmlldyh0OiBUYWJsZXMpIHtcbiAgY29uc3QgaW5kID0gKGlkOiBzdHJpbmcpID0+IHQuaW5kaWNhdG9ycy5maW5kKChpKSA9PiBpLmluZGljYXRvcl9pZCA9PT0gaWQpIVxuICBjb25zdCBmdW5kID0gKGlkOiBzdHJpbmcpID0+IHQuZnVuZGluZy5maW5kKChmKSA9PiBmLmZ1bmRpbmdfaWQgPT09IGlkKSFcbiAgY29uc3QgcGxhbiA9IChpZDogc3RyaW5nKSA9PiB0LnBsYW5zLmZpbmQoKHApID0+IHAucGxhbl9pZCA9PT0gaWQpIVxuICBjb25zdCBocE1vbmV5ID0gZnVuZCgnaHAyMDE3LXNhdHNwdWxqZScpXG4gIGNvbnN0IGZyYW1lID0gZnVuZCgnZmwyMS1mcmFtZScpXG4gIGNvbnN0IGxhdW5jaGVkID0gaW5kKE9VVENPTUVfQ09VTlRTLmxhdW5jaGVkKVxuICBjb25zdCBjYXJyaWVkID0gaW5kKE9VVENPTUVfQ09VTlRTLmNhcnJpZWRfb3V0KVxuICBjb25zdCBrOTMgPSBpbmQoJ2hwMjAxNy1rb21tdW5lci1pbnZvbHZlZC05MycpXG4gIGNvbnN0IGs4NiA9IGluZCgnaHAyMDE3LWtvbW11bmVyLWludm9sdmVkLTg2JylcbiAgY29uc3Qga2sgPSBpbmQoJ2trMjAxNy1jaGlsZHJlbi15b3VuZy1yZWFjaGVkJylcbiAgY29uc3QgdG90YWwgPSB0LmtvbW11bmVyLmxlbmd0aFxuICByZXR1cm4ge1xuICAgIGNhcmRzOiBbXG4gICAgICB7IGlkOiAnaHAtbW9uZXknLCB2YWx1ZTogYW1vdW50VGV4dChocE1vbmV5KSwgbGFiZWw6IGB0aWwgJHtwbGFuKCdocDIwMTcnKS5zaG9ydF9uYW1lLnRvTG93ZXJDYXNlKCl9IChzYXRzcHVsamVuKWAsIGxpbms6ICcvaGFuZGxpbmdzcGxhbi0yMDE3LTIwMjAnLCBjaXRhdGlvbnM6IFtjaXRlKHQsIGhwTW9uZXkpXSB9LFxuICAgICAgeyBpZDogJ2hwLWluaXRpYXRpdmVzJywgdmFsdWU6IGAke3ZhbHVlVGV4dChjYXJyaWVkKX0gYWYgJHt2YWx1ZVRleHQobGF1bmNoZWQpfWAsIGxhYmVsOiAnaW5pdGlhdGl2ZXIgZ2VubmVtZlx1MDBGOHJ0IHNvbSBwbGFubGFndCcsIGxpbms6ICcvaGFuZGxpbmdzcGxhbi0yMDE3LTIwMjAjaW5pdGlhdGl2ZXJuZScsIGNpdGF0aW9uczogW2NpdGUodCwgY2FycmllZCksIGNpdGUodCwgbGF1bmNoZWQpXSB9LFxuICAgICAgeyBpZDogJ2hwLWtvbW11bmVyJywgdmFsdWU6IGAke3ZhbHVlVGV4dChrOTMpfSBlbGxlciAke3ZhbHVlVGV4dChrODYpfWAsIGxhYmVsOiBga29tbXVuZXIgaW52b2x2ZXJldCAoYWYgbGFuZGV0cyAke2Zvcm1hdE51bWJlcih0b3RhbCl9KSBcdTIwMTMgdG8ga2lsZGVyLCB0byB0YWxgLCBsaW5rOiAnL2hhbmRsaW5nc3BsYW4tMjAxNy0yMDIwI2tvbW11bmVybmUnLCBjaXRhdGlvbnM6IFtjaXRlKHQsIGs5MyksIGNpdGUodCwgazg2KV0gfSxcbiAgICAgIHsgaWQ6ICdmbDIxLW1vbmV5JywgdmFsdWU6IGFtb3VudFRleHQoZnJhbWUpLCBsYWJlbDogYGkgJHtwbGFuKCdmbDIxJykuc2hvcnRfbmFtZX0gKCR7ZnJhbWUuc3RhcnRfeWVhcn1cdTIwMTMke2ZyYW1lLmVuZF95ZWFyfSlgLCBsaW5rOiAnL2FmdGFsZS0yMDIxLTIwMjQnLCBjaXRhdGlvbnM6IFtjaXRlKHQsIGZyYW1lKV0gfSxcbiAgICAgIHsgaWQ6ICdray1yZWFjaCcsIHZhbHVlOiB2YWx1ZVRleHQoa2spLCBsYWJlbDogYGFmIG1pbmRzdCAke2Zvcm1hdE51bWJlcihray50YXJnZXQhKX0gYlx1MDBGOHJuIG9nIHVuZ2Ugblx1MDBFNWV0IGkgJHtwbGFuKCdrazIwMTcnKS5zaG9ydF9uYW1lfWAsIGxpbms6ICcva29lYmVuaGF2bi0yMDE3LTE4JywgY2l0YXRpb25zOiBbY2l0ZSh0LCBrayksIGNpdGUodCwga2ssIGtrLnRhcmdldF9xdW90ZSA/PyBray5xdW90ZSldIH0sXG4gICAgXSxcbiAgfVxufVxuZXhwb3J0IHR5cGUgSG9tZVZpZXcgPSBSZXR1cm5UeXBlPHR5cGVvZiBob21lVmlldz5cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzXCI7aW1wb3J0IHsgZGVmaW5lTG9hZGVyIH0gZnJvbSAndml0ZXByZXNzJ1xuaW1wb3J0IHsgbG9hZERhdGEgfSBmcm9tICcuLi8uLi9zY3JpcHRzL2RhdGEvbG9hZC1kYXRhLnRzJ1xuaW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9zY3JpcHRzL2RhdGEvdHlwZXMudHMnXG5cbi8qKlxuICogQSBWaXRlUHJlc3MgZGF0YSBsb2FkZXIgZm9yIG9uZSBwYWdlOiBpdCBydW5zIHRoZSBjaGVja2VkIGRhdGEgdGhyb3VnaCB0aGUgcGFnZSdzIHZpZXcsIHNvIGFcbiAqIHBhZ2Ugc2hpcHMgb25seSB3aGF0IGl0IHNob3dzLCBhbmQgYmFkIGRhdGEgc3RvcHMgdGhlIGJ1aWxkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFnZUxvYWRlcjxUPih2aWV3OiAodGFibGVzOiBUYWJsZXMpID0+IFQpIHtcbiAgcmV0dXJuIGRlZmluZUxvYWRlcih7XG4gICAgd2F0Y2g6IFsnLi4vLi4vZGF0YS8qLmNzdicsICcuLi8uLi9kYXRhL2RhdGFwYWNrYWdlLmpzb24nXSxcbiAgICBsb2FkOiAoKTogVCA9PiB2aWV3KGxvYWREYXRhKCkpLFxuICB9KVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvbG9hZC1kYXRhLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2xvYWQtZGF0YS50c1wiO2ltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBqb2luLCByZWxhdGl2ZSwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCdcbmltcG9ydCB7IGZpbGVVUkxUb1BhdGggfSBmcm9tICdub2RlOnVybCdcbmltcG9ydCB7IGNoZWNrS2V5cyB9IGZyb20gJy4vY2hlY2sta2V5cy50cydcbmltcG9ydCB7IGNoZWNrUHJvdmVuYW5jZSB9IGZyb20gJy4vY2hlY2stcHJvdmVuYW5jZS50cydcbmltcG9ydCB7IGNoZWNrUnVsZXMgfSBmcm9tICcuL2NoZWNrLXJ1bGVzLnRzJ1xuaW1wb3J0IHsgY2hlY2tUYWJsZSwgdHlwZSBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5pbXBvcnQgeyB0eXBlIERhdGFQYWNrYWdlLCByZWFkUGFja2FnZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyBEYXRhRXJyb3IsIHR5cGUgUHJvYmxlbSB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgeyByZWFkQ3N2IH0gZnJvbSAnLi9yZWFkLWNzdi50cydcbmltcG9ydCB7IFNvdXJjZVRleHRzIH0gZnJvbSAnLi9zb3VyY2UtdGV4dHMudHMnXG5pbXBvcnQgdHlwZSB7IFRhYmxlcyB9IGZyb20gJy4vdHlwZXMudHMnXG5cbmV4cG9ydCBjb25zdCBQUk9KRUNUX1JPT1QgPSByZXNvbHZlKGZpbGVVUkxUb1BhdGgobmV3IFVSTCgnLi4vLi4nLCBpbXBvcnQubWV0YS51cmwpKSlcbi8qKiBOU0tfREFUQV9ESVIgcG9pbnRzIHRoZSBidWlsZCBhbmQgdGhlIGNoZWNrcyBhdCBhbm90aGVyIGNvcHkgb2YgdGhlIGRhdGEgKHVzZWQgYnkgdGVzdHMpLiAqL1xuZXhwb3J0IGNvbnN0IERBVEFfRElSID0gcHJvY2Vzcy5lbnYuTlNLX0RBVEFfRElSID8gcmVzb2x2ZShwcm9jZXNzLmVudi5OU0tfREFUQV9ESVIpIDogam9pbihQUk9KRUNUX1JPT1QsICdkYXRhJylcbi8qKiBUaGUgc291cmNlIGRvY3VtZW50cyBzaXQgYmVzaWRlIHRoZSBwcm9qZWN0IChgLi4vc2hhcmVkL3NvdXJjZXNgKSwgb24gQ0kgYW5kIG9uIHRoZSB0ZWFtJ3MgbWFjaGluZXMuICovXG5leHBvcnQgY29uc3QgU09VUkNFU19ESVIgPSBwcm9jZXNzLmVudi5OU0tfU09VUkNFU19ESVIgPyByZXNvbHZlKHByb2Nlc3MuZW52Lk5TS19TT1VSQ0VTX0RJUikgOiByZXNvbHZlKFBST0pFQ1RfUk9PVCwgJy4uJywgJ3NoYXJlZCcsICdzb3VyY2VzJylcblxuZXhwb3J0IGludGVyZmFjZSBMb2FkT3B0aW9ucyB7XG4gIGRhdGFEaXI/OiBzdHJpbmdcbiAgc291cmNlc0Rpcj86IHN0cmluZ1xuICAvKiogRmFpbCwgcmF0aGVyIHRoYW4gc2tpcCwgd2hlbiB0aGUgc291cmNlIHRleHRzIGFyZSBhYnNlbnQgKG9uIENJKS4gKi9cbiAgcmVxdWlyZVNvdXJjZXM/OiBib29sZWFuXG4gIC8qKiBIb3cgdGhlIGRhdGEgZm9sZGVyIGlzIG5hbWVkIGluIG1lc3NhZ2VzOyBkZWZhdWx0cyB0byBpdHMgcGF0aCBmcm9tIHRoZSBwcm9qZWN0IHJvb3QuICovXG4gIGxhYmVsPzogc3RyaW5nXG59XG5leHBvcnQgaW50ZXJmYWNlIExvYWRSZXN1bHQge1xuICBwa2c6IERhdGFQYWNrYWdlXG4gIHRhYmxlczogVGFibGVzXG4gIHByb2JsZW1zOiBQcm9ibGVtW11cbiAgLyoqIFdoZXRoZXIgcXVvdGVzIGFuZCBVUkxzIHdlcmUgY2hlY2tlZCBhZ2FpbnN0IHRoZSBzb3VyY2UgdGV4dHMuICovXG4gIHByb3ZlbmFuY2U6ICdjaGVja2VkJyB8ICdza2lwcGVkJ1xufVxuXG4vKiogUmVhZHMsIGNoZWNrcyBhbmQgdHlwZXMgdGhlIHdob2xlIGRhdGEgcGFja2FnZS4gTmV2ZXIgdGhyb3dzIGZvciBiYWQgZGF0YTogaXQgbGlzdHMgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tEYXRhKG9wdGlvbnM6IExvYWRPcHRpb25zID0ge30pOiBMb2FkUmVzdWx0IHtcbiAgY29uc3QgZGF0YURpciA9IHJlc29sdmUob3B0aW9ucy5kYXRhRGlyID8/IERBVEFfRElSKVxuICBjb25zdCBsYWJlbCA9IG9wdGlvbnMubGFiZWwgPz8gKHJlbGF0aXZlKFBST0pFQ1RfUk9PVCwgZGF0YURpcikgfHwgJy4nKVxuICBjb25zdCBmaWxlT2YgPSAobmFtZTogc3RyaW5nKSA9PiBgJHtsYWJlbH0vJHtuYW1lfS5jc3ZgXG4gIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXVxuICBjb25zdCBwa2dQYXRoID0gam9pbihkYXRhRGlyLCAnZGF0YXBhY2thZ2UuanNvbicpXG4gIGxldCBwa2c6IERhdGFQYWNrYWdlXG4gIHRyeSB7XG4gICAgcGtnID0gcmVhZFBhY2thZ2UocGtnUGF0aClcbiAgfSBjYXRjaCAoZSkge1xuICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiBgJHtsYWJlbH0vZGF0YXBhY2thZ2UuanNvbmAsIGxpbmU6IDEsIGNvbHVtbjogJy0nLCBtZXNzYWdlOiBgZXhwZWN0ZWQgYSByZWFkYWJsZSBKU09OIGRhdGEgcGFja2FnZSwgZm91bmQgJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gIH0pXG4gICAgcmV0dXJuIHsgcGtnOiB7IHJlc291cmNlczogW10gfSBhcyB1bmtub3duIGFzIERhdGFQYWNrYWdlLCB0YWJsZXM6IHt9IGFzIFRhYmxlcywgcHJvYmxlbXMsIHByb3ZlbmFuY2U6ICdza2lwcGVkJyB9XG4gIH1cbiAgY29uc3QgdGFibGVzID0gbmV3IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+KClcbiAgZm9yIChjb25zdCByZXNvdXJjZSBvZiBwa2cucmVzb3VyY2VzKSB7XG4gICAgY29uc3QgcGF0aCA9IGpvaW4oZGF0YURpciwgcmVzb3VyY2UucGF0aClcbiAgICBjb25zdCBmaWxlID0gZmlsZU9mKHJlc291cmNlLm5hbWUpXG4gICAgaWYgKCFleGlzdHNTeW5jKHBhdGgpKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZSwgbGluZTogMSwgY29sdW1uOiAnLScsIG1lc3NhZ2U6ICdleHBlY3RlZCB0aGUgZmlsZSB0aGF0IGRhdGFwYWNrYWdlLmpzb24gbGlzdHMsIGZvdW5kIG5vbmUnIH0pXG4gICAgICBjb250aW51ZVxuICAgIH1cbiAgICBjb25zdCBjc3YgPSByZWFkQ3N2KHJlYWRGaWxlU3luYyhwYXRoKSwgZmlsZSwgcHJvYmxlbXMpXG4gICAgY29uc3Qgcm93cyA9IGNzdiAmJiBjaGVja1RhYmxlKGNzdiwgcmVzb3VyY2UsIGZpbGUsIHByb2JsZW1zKVxuICAgIGlmIChyb3dzKSB0YWJsZXMuc2V0KHJlc291cmNlLm5hbWUsIHJvd3MpXG4gIH1cbiAgY2hlY2tLZXlzKHBrZy5yZXNvdXJjZXMsIHRhYmxlcywgZmlsZU9mLCBwcm9ibGVtcylcbiAgY2hlY2tSdWxlcyh0YWJsZXMsIGZpbGVPZiwgcHJvYmxlbXMpXG5cbiAgY29uc3QgdGV4dHMgPSBuZXcgU291cmNlVGV4dHMob3B0aW9ucy5zb3VyY2VzRGlyID8/IFNPVVJDRVNfRElSKVxuICBsZXQgcHJvdmVuYW5jZTogTG9hZFJlc3VsdFsncHJvdmVuYW5jZSddID0gJ3NraXBwZWQnXG4gIGlmICh0ZXh0cy5hdmFpbGFibGUpIHtcbiAgICBjaGVja1Byb3ZlbmFuY2UodGFibGVzLCB0ZXh0cywgZmlsZU9mLCBwcm9ibGVtcylcbiAgICBwcm92ZW5hbmNlID0gJ2NoZWNrZWQnXG4gIH0gZWxzZSBpZiAob3B0aW9ucy5yZXF1aXJlU291cmNlcyA/PyBwcm9jZXNzLmVudi5DSSA9PT0gJ3RydWUnKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IHRleHRzLmRpciwgbGluZTogMSwgY29sdW1uOiAnLScsIG1lc3NhZ2U6ICdleHBlY3RlZCB0aGUgc291cmNlIHRleHRzIHRvIGNoZWNrIHF1b3RlcyBhZ2FpbnN0IChDST10cnVlKSwgZm91bmQgbm8gc3VjaCBmb2xkZXInIH0pXG4gIH1cbiAgcHJvYmxlbXMuc29ydCgoYSwgYikgPT4gYS5maWxlLmxvY2FsZUNvbXBhcmUoYi5maWxlKSB8fCBhLmxpbmUgLSBiLmxpbmUpXG4gIHJldHVybiB7IHBrZywgdGFibGVzOiBPYmplY3QuZnJvbUVudHJpZXModGFibGVzKSBhcyB1bmtub3duIGFzIFRhYmxlcywgcHJvYmxlbXMsIHByb3ZlbmFuY2UgfVxufVxuXG4vKiogVGhlIGNoZWNrZWQgZGF0YSwgdHlwZWQ7IHRocm93cyBhIERhdGFFcnJvciBuYW1pbmcgZXZlcnkgcHJvYmxlbS4gVXNlZCBieSB0aGUgYnVpbGQgYW5kIHNjcmlwdHMuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZERhdGEob3B0aW9uczogTG9hZE9wdGlvbnMgPSB7fSk6IFRhYmxlcyB7XG4gIGNvbnN0IHJlc3VsdCA9IGNoZWNrRGF0YShvcHRpb25zKVxuICBpZiAocmVzdWx0LnByb2JsZW1zLmxlbmd0aCkgdGhyb3cgbmV3IERhdGFFcnJvcihyZXN1bHQucHJvYmxlbXMpXG4gIHJldHVybiByZXN1bHQudGFibGVzXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9wcm9ibGVtcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9wcm9ibGVtcy50c1wiOy8qKiBBIHByb2JsZW0gZm91bmQgaW4gdGhlIGRhdGEsIG5hbWVkIGJ5IHBsYWNlOiBmaWxlLCBsaW5lLCBjb2x1bW4uICovXG5leHBvcnQgaW50ZXJmYWNlIFByb2JsZW0ge1xuICAvKiogUGF0aCBhcyBzaG93biB0byB0aGUgdXNlciwgZS5nLiBgZGF0YS9pbmRpY2F0b3JzLmNzdmAuICovXG4gIGZpbGU6IHN0cmluZ1xuICAvKiogMS1iYXNlZCBsaW5lIGluIHRoZSBmaWxlIHdoZXJlIHRoZSByZWNvcmQgc3RhcnRzICgxIGlzIHRoZSBoZWFkZXIpLiAqL1xuICBsaW5lOiBudW1iZXJcbiAgLyoqIENvbHVtbiBuYW1lLCBvciBgLWAgd2hlcmUgdGhlIHByb2JsZW0gaXMgbm90IGluIG9uZSBjb2x1bW4uICovXG4gIGNvbHVtbjogc3RyaW5nXG4gIC8qKiBcImV4cGVjdGVkIFx1MjAyNiwgZm91bmQgXHUyMDI2XCIuICovXG4gIG1lc3NhZ2U6IHN0cmluZ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0UHJvYmxlbShwOiBQcm9ibGVtKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3AuZmlsZX06JHtwLmxpbmV9OiR7cC5jb2x1bW59OiAke3AubWVzc2FnZX1gXG59XG5cbi8qKiBUaHJvd24gYnkgYGxvYWREYXRhYCBzbyB0aGF0IGEgYnVpbGQgc3RvcHMgd2l0aCBldmVyeSBwcm9ibGVtIGxpc3RlZCwgbm90IG9ubHkgdGhlIGZpcnN0LiAqL1xuZXhwb3J0IGNsYXNzIERhdGFFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgcHJvYmxlbXM6IFByb2JsZW1bXSkge1xuICAgIHN1cGVyKGAke3Byb2JsZW1zLmxlbmd0aH0gcHJvYmxlbSR7cHJvYmxlbXMubGVuZ3RoID09PSAxID8gJycgOiAncyd9IGluIHRoZSBkYXRhOlxcbmAgKyBwcm9ibGVtcy5tYXAoZm9ybWF0UHJvYmxlbSkuam9pbignXFxuJykpXG4gICAgdGhpcy5uYW1lID0gJ0RhdGFFcnJvcidcbiAgfVxufVxuXG4vKiogU2hvcnRlbnMgYSBmb3VuZCB2YWx1ZSBmb3IgbWVzc2FnZXMsIGtlZXBpbmcgaXQgcmVhZGFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gc2hvd24odmFsdWU6IHN0cmluZywgbWF4ID0gNjApOiBzdHJpbmcge1xuICBjb25zdCB2ID0gdmFsdWUubGVuZ3RoID4gbWF4ID8gdmFsdWUuc2xpY2UoMCwgbWF4IC0gMSkgKyAnXHUyMDI2JyA6IHZhbHVlXG4gIHJldHVybiBKU09OLnN0cmluZ2lmeSh2KVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2sta2V5cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzXCI7aW1wb3J0IHR5cGUgeyBSZXNvdXJjZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuXG5jb25zdCBrZXlPZiA9IChyb3c6IFR5cGVkUm93LCBmaWVsZHM6IHN0cmluZ1tdKSA9PiBmaWVsZHMubWFwKChmKSA9PiBTdHJpbmcocm93W2ZdID8/ICcnKSkuam9pbignXFx1MDAwMCcpXG5cbi8qKiBQcmltYXJ5IGtleXMgdW5pcXVlLCBgdW5pcXVlYCBmaWVsZHMgdW5pcXVlLCBmb3JlaWduIGtleXMgcmVzb2x2aW5nOiBhY3Jvc3MgYWxsIHRhYmxlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0tleXMocmVzb3VyY2VzOiBSZXNvdXJjZVtdLCB0YWJsZXM6IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+LCBmaWxlT2Y6IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IHZvaWQge1xuICBmb3IgKGNvbnN0IHIgb2YgcmVzb3VyY2VzKSB7XG4gICAgY29uc3Qgcm93cyA9IHRhYmxlcy5nZXQoci5uYW1lKVxuICAgIGlmICghcm93cykgY29udGludWVcbiAgICBjb25zdCBwayA9IHIuc2NoZW1hLnByaW1hcnlLZXlcbiAgICBjb25zdCB1bmlxdWVzID0gW3BrLCAuLi5yLnNjaGVtYS5maWVsZHMuZmlsdGVyKChmKSA9PiBmLmNvbnN0cmFpbnRzPy51bmlxdWUpLm1hcCgoZikgPT4gW2YubmFtZV0pXVxuICAgIGZvciAoY29uc3QgZmllbGRzIG9mIHVuaXF1ZXMpIHtcbiAgICAgIGNvbnN0IGZpcnN0ID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKVxuICAgICAgZm9yIChjb25zdCByb3cgb2Ygcm93cykge1xuICAgICAgICBpZiAoZmllbGRzLnNvbWUoKGYpID0+IHJvd1tmXSA9PT0gbnVsbCB8fCByb3dbZl0gPT09IHVuZGVmaW5lZCkpIGNvbnRpbnVlXG4gICAgICAgIGNvbnN0IGsgPSBrZXlPZihyb3csIGZpZWxkcylcbiAgICAgICAgY29uc3Qgc2VlbiA9IGZpcnN0LmdldChrKVxuICAgICAgICBpZiAoc2VlbiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgY29uc3QgY29sdW1uID0gZmllbGRzW2ZpZWxkcy5sZW5ndGggLSAxXSFcbiAgICAgICAgICBjb25zdCB2YWx1ZSA9IGZpZWxkcy5tYXAoKGYpID0+IFN0cmluZyhyb3dbZl0pKS5qb2luKCcsICcpXG4gICAgICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihyLm5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZTogYGV4cGVjdGVkIGEgdW5pcXVlICR7ZmllbGRzLmpvaW4oJyArICcpfSwgZm91bmQgJHtzaG93bih2YWx1ZSl9IGFnYWluIChmaXJzdCBvbiBsaW5lICR7c2Vlbn0pYCB9KVxuICAgICAgICB9IGVsc2UgZmlyc3Quc2V0KGssIHJvdy5fbGluZSlcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCBmayBvZiByLnNjaGVtYS5mb3JlaWduS2V5cyA/PyBbXSkge1xuICAgICAgY29uc3QgdGFyZ2V0ID0gZmsucmVmZXJlbmNlLnJlc291cmNlID09PSAnJyA/IHIubmFtZSA6IGZrLnJlZmVyZW5jZS5yZXNvdXJjZVxuICAgICAgY29uc3QgdGFyZ2V0Um93cyA9IHRhYmxlcy5nZXQodGFyZ2V0KVxuICAgICAgaWYgKCF0YXJnZXRSb3dzKSBjb250aW51ZVxuICAgICAgY29uc3Qga2V5cyA9IG5ldyBTZXQodGFyZ2V0Um93cy5tYXAoKHQpID0+IGtleU9mKHQsIGZrLnJlZmVyZW5jZS5maWVsZHMpKSlcbiAgICAgIGZvciAoY29uc3Qgcm93IG9mIHJvd3MpIHtcbiAgICAgICAgaWYgKGZrLmZpZWxkcy5zb21lKChmKSA9PiByb3dbZl0gPT09IG51bGwgfHwgcm93W2ZdID09PSB1bmRlZmluZWQpKSBjb250aW51ZVxuICAgICAgICBpZiAoIWtleXMuaGFzKGtleU9mKHJvdywgZmsuZmllbGRzKSkpIHtcbiAgICAgICAgICBjb25zdCB2YWx1ZSA9IGZrLmZpZWxkcy5tYXAoKGYpID0+IFN0cmluZyhyb3dbZl0pKS5qb2luKCcsICcpXG4gICAgICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihyLm5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbjogZmsuZmllbGRzW2ZrLmZpZWxkcy5sZW5ndGggLSAxXSEsIG1lc3NhZ2U6IGBleHBlY3RlZCBhbiBpZCBvZiAke3RhcmdldH0uY3N2ICgke2ZrLnJlZmVyZW5jZS5maWVsZHMuam9pbignICsgJyl9KSwgZm91bmQgJHtzaG93bih2YWx1ZSl9YCB9KVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvc291cmNlLXRleHRzLnRzXCI7aW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnXG5cbi8qKiBGb2xkcyBldmVyeSBydW4gb2Ygd2hpdGVzcGFjZSB0byBvbmUgc3BhY2UsIHNvIGxpbmUgYnJlYWtzIGluIGEgc291cmNlIGRvIG5vdCBtYXR0ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9sZFNwYWNlKHM6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBzLnJlcGxhY2UoL1xccysvZ3UsICcgJykudHJpbSgpXG59XG5cbi8qKiBUaGUgc291cmNlIGRvY3VtZW50cywgcmVhZCBvbmNlLCBmb2xkZWQgZm9yIHNlYXJjaGluZy4gKi9cbmV4cG9ydCBjbGFzcyBTb3VyY2VUZXh0cyB7XG4gIHByaXZhdGUgY2FjaGUgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nIHwgbnVsbD4oKVxuICBjb25zdHJ1Y3RvcihyZWFkb25seSBkaXI6IHN0cmluZykge31cblxuICBnZXQgYXZhaWxhYmxlKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiBleGlzdHNTeW5jKHRoaXMuZGlyKVxuICB9XG5cbiAgLyoqIFRoZSBmb2xkZWQgdGV4dCBvZiBhIGZpbGUsIG9yIG51bGwgaWYgaXQgaXMgbWlzc2luZy4gKi9cbiAgdGV4dChmaWxlOiBzdHJpbmcpOiBzdHJpbmcgfCBudWxsIHtcbiAgICBpZiAoIXRoaXMuY2FjaGUuaGFzKGZpbGUpKSB7XG4gICAgICBjb25zdCBwYXRoID0gam9pbih0aGlzLmRpciwgZmlsZSlcbiAgICAgIHRoaXMuY2FjaGUuc2V0KGZpbGUsIGV4aXN0c1N5bmMocGF0aCkgPyBmb2xkU3BhY2UocmVhZEZpbGVTeW5jKHBhdGgsICd1dGY4JykpIDogbnVsbClcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FjaGUuZ2V0KGZpbGUpID8/IG51bGxcbiAgfVxuXG4gIC8qKiBUaGUgdGV4dCB3aXRoIE1hcmtkb3duIGVzY2FwZXMgdW5kb25lIChgY29weVxcX29mXFxfXHUyMDI2YCksIGZvciBmaW5kaW5nIFVSTHMgYXMgYSBicm93c2VyIHNlZXMgdGhlbS4gKi9cbiAgcGxhaW5UZXh0KGZpbGU6IHN0cmluZyk6IHN0cmluZyB8IG51bGwge1xuICAgIHJldHVybiB0aGlzLnRleHQoZmlsZSk/LnJlcGxhY2UoL1xcXFwrXy9nLCAnXycpID8/IG51bGxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcHJvdmVuYW5jZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1wcm92ZW5hbmNlLnRzXCI7aW1wb3J0IHsgZm9ybWF0TnVtYmVyLCBOVU1CRVJfV09SRFMgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IFR5cGVkUm93IH0gZnJvbSAnLi9jaGVjay10YWJsZS50cydcbmltcG9ydCB0eXBlIHsgU291cmNlVGV4dHMgfSBmcm9tICcuL3NvdXJjZS10ZXh0cy50cydcbmltcG9ydCB7IGZvbGRTcGFjZSB9IGZyb20gJy4vc291cmNlLXRleHRzLnRzJ1xuXG4vKiogQ29sdW1ucyBob2xkaW5nIGEgZmlndXJlIHRoYXQgbXVzdCBhcHBlYXIgaW4gdGhlIHJvdydzIG93biBxdW90ZS4gKi9cbmNvbnN0IEZJR1VSRV9DT0xVTU5TOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmdbXT4gPSB7XG4gIGluZGljYXRvcnM6IFsndmFsdWUnLCAndGFyZ2V0JywgJ29mX3RvdGFsJ10sXG4gIGZ1bmRpbmc6IFsnYW1vdW50J10sXG59XG4vKiogQ29sdW1ucyBob2xkaW5nIGEgVVJMIHRoYXQgbXVzdCBhcHBlYXIgaW4gdGhlIHJvdydzIHNvdXJjZS4gKi9cbmNvbnN0IFVSTF9DT0xVTU5TOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBsaW5rczogJ3VybCcsIG9yZ2FuaXNhdGlvbnM6ICd1cmwnLCBzb3VyY2VzOiAndXJsJyB9XG4vKiogVGhlIE9DUiBvZiBgMDAzYCByZWFkcyBcdTAwQkQgYXMgXCIlMlwiIChcIjMlMiBhcnN2YXJrXCIpLiAqL1xuY29uc3QgT0NSX0hBTEYgPSBbJ1x1MDBCRCcsICclMiddXG5cbi8qKlxuICogRXZlcnkgcXVvdGUgb2NjdXJzIGluIGl0cyBzb3VyY2UncyB0ZXh0LCBldmVyeSBmaWd1cmUgaW4gaXRzIHF1b3RlLCBldmVyeSBVUkwgaW4gaXRzIHNvdXJjZS5cbiAqIE5lZWRzIHRoZSBzb3VyY2UgdGV4dHM7IHRoZSBjYWxsZXIgZGVjaWRlcyB3aGF0IHRvIGRvIHdoZW4gdGhleSBhcmUgYWJzZW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tQcm92ZW5hbmNlKHRhYmxlczogTWFwPHN0cmluZywgVHlwZWRSb3dbXT4sIHRleHRzOiBTb3VyY2VUZXh0cywgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgY29uc3Qgc291cmNlRmlsZSA9IG5ldyBNYXAoKHRhYmxlcy5nZXQoJ3NvdXJjZXMnKSA/PyBbXSkubWFwKChzKSA9PiBbU3RyaW5nKHMuc291cmNlX2lkKSwgU3RyaW5nKHMudGV4dF9maWxlKV0pKVxuICBmb3IgKGNvbnN0IFtuYW1lLCByb3dzXSBvZiB0YWJsZXMpIHtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgICBjb25zdCBhdCA9IChjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKG5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuICAgICAgY29uc3QgdGV4dEZpbGUgPSBuYW1lID09PSAnc291cmNlcycgPyBTdHJpbmcocm93LnRleHRfZmlsZSkgOiBzb3VyY2VGaWxlLmdldChTdHJpbmcocm93LnNvdXJjZV9pZCkpXG4gICAgICBpZiAoIXRleHRGaWxlKSBjb250aW51ZSAvLyBhIGRhbmdsaW5nIHNvdXJjZV9pZCBpcyByZXBvcnRlZCBieSB0aGUga2V5IGNoZWNrXG4gICAgICBjb25zdCB0ZXh0ID0gdGV4dHMudGV4dCh0ZXh0RmlsZSlcbiAgICAgIGlmICh0ZXh0ID09PSBudWxsKSB7XG4gICAgICAgIGF0KCdzb3VyY2VfaWQnLCBgZXhwZWN0ZWQgdGhlIHNvdXJjZSB0ZXh0ICR7dGV4dEZpbGV9IGluICR7dGV4dHMuZGlyfSwgZm91bmQgbm8gc3VjaCBmaWxlYClcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2Ygcm93LnF1b3RlID09PSAnc3RyaW5nJykge1xuICAgICAgICBjb25zdCBxdW90ZSA9IGZvbGRTcGFjZShyb3cucXVvdGUpXG4gICAgICAgIGlmICghdGV4dC5pbmNsdWRlcyhxdW90ZSkpIGF0KCdxdW90ZScsIGBleHBlY3RlZCBhIHZlcmJhdGltIHBhc3NhZ2Ugb2YgJHt0ZXh0RmlsZX0sIGZvdW5kICR7c2hvd24ocXVvdGUpfSwgd2hpY2ggaXMgbm90IGluIGl0YClcbiAgICAgICAgZm9yIChjb25zdCBjb2x1bW4gb2YgRklHVVJFX0NPTFVNTlNbbmFtZV0gPz8gW10pIHtcbiAgICAgICAgICBjb25zdCBuID0gcm93W2NvbHVtbl1cbiAgICAgICAgICAvLyBBIHRhcmdldCBtYXkgcmVzdCBvbiBpdHMgb3duIHBhc3NhZ2UgKHRhcmdldF9xdW90ZSk7IGV2ZXJ5IG90aGVyIGZpZ3VyZSBvbiB0aGUgcXVvdGUuXG4gICAgICAgICAgY29uc3Qgb3duID0gY29sdW1uID09PSAndGFyZ2V0JyAmJiB0eXBlb2Ygcm93LnRhcmdldF9xdW90ZSA9PT0gJ3N0cmluZycgPyBmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkgOiBxdW90ZVxuICAgICAgICAgIGNvbnN0IHdoZXJlID0gb3duID09PSBxdW90ZSA/ICdxdW90ZScgOiAndGFyZ2V0X3F1b3RlJ1xuICAgICAgICAgIGlmICh0eXBlb2YgbiAhPT0gJ251bWJlcicpIGNvbnRpbnVlXG4gICAgICAgICAgaWYgKGNvbHVtbiA9PT0gJ3ZhbHVlJyAmJiByb3cudmFsdWVfcXVhbGlmaWVyID09PSAnY291bnRlZCcpIHtcbiAgICAgICAgICAgIGNvbnN0IGl0ZW1zID0gbGlzdEl0ZW1zKHF1b3RlKVxuICAgICAgICAgICAgaWYgKGl0ZW1zLmxlbmd0aCAhPT0gbikgYXQoY29sdW1uLCBgZXhwZWN0ZWQgdGhlIG51bWJlciBvZiBpdGVtcyB0aGUgcXVvdGUgbGlzdHMgKCR7aXRlbXMubGVuZ3RofTogJHtpdGVtcy5qb2luKCcgfCAnKX0pLCBmb3VuZCAke2Zvcm1hdE51bWJlcihuKX1gKVxuICAgICAgICAgIH0gZWxzZSBpZiAoIXF1b3RlSGFzRmlndXJlKG93biwgbikpIGF0KGNvbHVtbiwgYGV4cGVjdGVkIHRoZSBmaWd1cmUgdG8gYXBwZWFyIGluIHRoZSAke3doZXJlfSwgZm91bmQgJHtmb3JtYXROdW1iZXIobil9IG5vdCBpbiAke3Nob3duKG93bil9YClcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgaWYgKHR5cGVvZiByb3cudGFyZ2V0X3F1b3RlID09PSAnc3RyaW5nJyAmJiAhdGV4dC5pbmNsdWRlcyhmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkpKSB7XG4gICAgICAgIGF0KCd0YXJnZXRfcXVvdGUnLCBgZXhwZWN0ZWQgYSB2ZXJiYXRpbSBwYXNzYWdlIG9mICR7dGV4dEZpbGV9LCBmb3VuZCAke3Nob3duKGZvbGRTcGFjZShyb3cudGFyZ2V0X3F1b3RlKSl9LCB3aGljaCBpcyBub3QgaW4gaXRgKVxuICAgICAgfVxuICAgICAgY29uc3QgdXJsQ29sdW1uID0gVVJMX0NPTFVNTlNbbmFtZV1cbiAgICAgIGNvbnN0IHVybCA9IHVybENvbHVtbiA/IHJvd1t1cmxDb2x1bW5dIDogbnVsbFxuICAgICAgaWYgKHR5cGVvZiB1cmwgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgIGNvbnN0IHBsYWNlcyA9IG5hbWUgPT09ICdzb3VyY2VzJyA/IFt0ZXh0RmlsZSwgJ3N1cHBsZW1lbnRhcnkubWQnXSA6IFt0ZXh0RmlsZV1cbiAgICAgICAgaWYgKCFwbGFjZXMuc29tZSgoZikgPT4gdGV4dHMucGxhaW5UZXh0KGYpPy5pbmNsdWRlcyh1cmwpKSkgYXQodXJsQ29sdW1uISwgYGV4cGVjdGVkIGEgVVJMIHRoYXQgJHtwbGFjZXMuam9pbignIG9yICcpfSBnaXZlcywgZm91bmQgJHtzaG93bih1cmwpfWApXG4gICAgICB9XG4gICAgfVxuICB9XG59XG5cbi8qKiBUcnVlIGlmIHRoZSBxdW90ZSB3cml0ZXMgbiBpbiBEYW5pc2g6IFwiMi4wMDBcIiwgXCIyMDAwXCIsIFwiNzMsNFwiLCBcIjNcdTAwQkRcIiBvciBhIG51bWJlciB3b3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHF1b3RlSGFzRmlndXJlKHF1b3RlOiBzdHJpbmcsIG46IG51bWJlcik6IGJvb2xlYW4ge1xuICBjb25zdCBmb3JtcyA9IG5ldyBTZXQoW2Zvcm1hdE51bWJlcihuKSwgU3RyaW5nKG4pLCBTdHJpbmcobikucmVwbGFjZSgnLicsICcsJyldKVxuICBpZiAobiAlIDEgPT09IDAuNSkgZm9yIChjb25zdCBoYWxmIG9mIE9DUl9IQUxGKSBmb3Jtcy5hZGQoYCR7TWF0aC5mbG9vcihuKX0ke2hhbGZ9YClcbiAgZm9yIChjb25zdCBmb3JtIG9mIGZvcm1zKSB7XG4gICAgY29uc3QgZXNjYXBlZCA9IGZvcm0ucmVwbGFjZSgvWy4qKz9eJHt9KCl8W1xcXVxcXFxdL2csICdcXFxcJCYnKVxuICAgIGlmIChuZXcgUmVnRXhwKGAoPzwhWzAtOS4sXSkke2VzY2FwZWR9KD8hWzAtOV18Wy4sXVswLTldKWAsICd1JykudGVzdChxdW90ZSkpIHJldHVybiB0cnVlXG4gIH1cbiAgY29uc3Qgd29yZHMgPSBOVU1CRVJfV09SRFNbbl0gPz8gW11cbiAgcmV0dXJuIHdvcmRzLnNvbWUoKHcpID0+IG5ldyBSZWdFeHAoYCg/PCFbXFxcXHB7TH1dKSR7d30oPyFbXFxcXHB7TH1dKWAsICdpdScpLnRlc3QocXVvdGUpKVxufVxuXG4vKiogVGhlIGl0ZW1zIG9mIGEgRGFuaXNoIGVudW1lcmF0aW9uOiBcImRhbnNrLCBlbmdlbHNrLCBhcmFiaXNrIG9nIHVyZHVcIiBcdTIxOTIgNCBpdGVtcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaXN0SXRlbXMocXVvdGU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHF1b3RlXG4gICAgLnJlcGxhY2UoL1suOjtdKyQvdSwgJycpXG4gICAgLnNwbGl0KC8sXFxzKnxcXHMrKD86b2d8c2FtdClcXHMrL3UpXG4gICAgLm1hcCgocykgPT4gcy50cmltKCkpXG4gICAgLmZpbHRlcihCb29sZWFuKVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stdGFibGUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stdGFibGUudHNcIjtpbXBvcnQgdHlwZSB7IEZpZWxkLCBSZXNvdXJjZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgQ3N2VGFibGUgfSBmcm9tICcuL3JlYWQtY3N2LnRzJ1xuXG4vKiogQSBjZWxsJ3MgdmFsdWU6IG51bGwgZm9yIGFuIGVtcHR5IGNlbGwsIHVuZGVmaW5lZCBmb3IgYW4gaW52YWxpZCBvbmUgKGFscmVhZHkgcmVwb3J0ZWQpLiAqL1xuZXhwb3J0IHR5cGUgQ2VsbCA9IHN0cmluZyB8IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWRcbmV4cG9ydCBpbnRlcmZhY2UgVHlwZWRSb3cge1xuICAvKiogTGluZSBpbiB0aGUgQ1NWIGZpbGUsIGZvciBtZXNzYWdlcyBmcm9tIGxhdGVyIGNoZWNrcy4gKi9cbiAgX2xpbmU6IG51bWJlclxuICBbY29sdW1uOiBzdHJpbmddOiBDZWxsXG59XG5cbmNvbnN0IElOVEVHRVIgPSAvXi0/KDB8WzEtOV1bMC05XSopJC9cbi8vIENhbm9uaWNhbCBkZWNpbWFscyBvbmx5OiByZWplY3RzIERhbmlzaCBcIjIuMDAwXCIgLyBcIjIsOFwiIGFuZCBwYWRkZWQgXCI3My40MFwiIGFsaWtlLlxuY29uc3QgTlVNQkVSID0gL14tPygwfFsxLTldWzAtOV0qKShcXC5bMC05XSpbMS05XSk/JC9cblxuLyoqIEh1bWFuIHdvcmRzIGZvciB0aGUgc2NoZW1hJ3MgcGF0dGVybnMsIHNvIG1lc3NhZ2VzIHNheSB3aGF0IGlzIGV4cGVjdGVkLiAqL1xuY29uc3QgUEFUVEVSTl9OQU1FUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgJ15bYS16MC05XSsoLVthLXowLTldKykqJCc6ICdhbiBpZCBvZiBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgc2luZ2xlIGh5cGhlbnMnLFxuICAnXlswLTldezR9KC0oMFsxLTldfDFbMC0yXSkoLSgwWzEtOV18WzEyXVswLTldfDNbMDFdKSk/KT8kJzogJ2FuIElTTyBkYXRlIChZWVlZLU1NLURELCBZWVlZLU1NIG9yIFlZWVkpJyxcbiAgJ15odHRwczovL1teXFxcXHNdKyQnOiAnYW4gaHR0cHM6IFVSTCcsXG4gICdeWzAtOV17NH0kJzogJ2EgZm91ci1kaWdpdCBjb2RlJyxcbn1cblxuLyoqIENoZWNrcyBoZWFkZXIgYW5kIGNlbGxzIG9mIG9uZSB0YWJsZSBhZ2FpbnN0IGl0cyBzY2hlbWE7IHJldHVybnMgdGhlIHJvd3MgdHlwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tUYWJsZSh0YWJsZTogQ3N2VGFibGUsIHJlc291cmNlOiBSZXNvdXJjZSwgZmlsZTogc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogVHlwZWRSb3dbXSB8IG51bGwge1xuICBjb25zdCBhdCA9IChsaW5lOiBudW1iZXIsIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlLCBsaW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgY29uc3QgZmllbGRzID0gcmVzb3VyY2Uuc2NoZW1hLmZpZWxkc1xuICBjb25zdCBiZWZvcmUgPSBwcm9ibGVtcy5sZW5ndGhcbiAgY2hlY2tIZWFkZXIodGFibGUuaGVhZGVyLCBmaWVsZHMubWFwKChmKSA9PiBmLm5hbWUpLCAoY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgxLCBjb2x1bW4sIG1lc3NhZ2UpKVxuICBjb25zdCBoZWFkZXJPayA9IHByb2JsZW1zLmxlbmd0aCA9PT0gYmVmb3JlXG4gIGNvbnN0IGluZGV4ID0gbmV3IE1hcCh0YWJsZS5oZWFkZXIubWFwKChoLCBpKSA9PiBbaCwgaV0pKVxuICBjb25zdCByb3dzOiBUeXBlZFJvd1tdID0gW11cbiAgZm9yIChjb25zdCByZWNvcmQgb2YgdGFibGUucmVjb3Jkcykge1xuICAgIGlmIChyZWNvcmQuY2VsbHMubGVuZ3RoICE9PSB0YWJsZS5oZWFkZXIubGVuZ3RoKSB7XG4gICAgICAvLyBDZWxscyBvZiBhIHNob3J0IG9yIGxvbmcgcmVjb3JkIGFyZSBtaXNhbGlnbmVkOyBjaGVja2luZyB0aGVtIHdvdWxkIG9ubHkgYWRkIG5vaXNlLlxuICAgICAgY29uc3QgbiA9IHJlY29yZC5jZWxscy5sZW5ndGhcbiAgICAgIGNvbnN0IGNvbHVtbiA9IG4gPCB0YWJsZS5oZWFkZXIubGVuZ3RoID8gdGFibGUuaGVhZGVyW25dISA6ICctJ1xuICAgICAgYXQocmVjb3JkLmxpbmUsIGNvbHVtbiwgYGV4cGVjdGVkICR7dGFibGUuaGVhZGVyLmxlbmd0aH0gY2VsbHMsIGZvdW5kICR7bn1gKVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgY29uc3Qgcm93OiBUeXBlZFJvdyA9IHsgX2xpbmU6IHJlY29yZC5saW5lIH1cbiAgICBmb3IgKGNvbnN0IGZpZWxkIG9mIGZpZWxkcykge1xuICAgICAgY29uc3QgaSA9IGluZGV4LmdldChmaWVsZC5uYW1lKVxuICAgICAgaWYgKGkgPT09IHVuZGVmaW5lZCkgY29udGludWVcbiAgICAgIHJvd1tmaWVsZC5uYW1lXSA9IGNoZWNrQ2VsbChyZWNvcmQuY2VsbHNbaV0gPz8gJycsIGZpZWxkLCAobWVzc2FnZSkgPT4gYXQocmVjb3JkLmxpbmUsIGZpZWxkLm5hbWUsIG1lc3NhZ2UpKVxuICAgIH1cbiAgICByb3dzLnB1c2gocm93KVxuICB9XG4gIC8vIEEgdGFibGUgd2l0aCBhIGJyb2tlbiBoZWFkZXIgaXMgcmVwb3J0ZWQgYXMgc3VjaDsga2V5cyBhbmQgcnVsZXMgYWNyb3NzIHRhYmxlcyBza2lwIGl0LlxuICByZXR1cm4gaGVhZGVyT2sgPyByb3dzIDogbnVsbFxufVxuXG5mdW5jdGlvbiBjaGVja0hlYWRlcihmb3VuZDogc3RyaW5nW10sIGV4cGVjdGVkOiBzdHJpbmdbXSwgcmVwb3J0OiAoY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZCk6IHZvaWQge1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KClcbiAgZm9yIChjb25zdCBoIG9mIGZvdW5kKSB7XG4gICAgaWYgKHNlZW4uaGFzKGgpKSByZXBvcnQoaCwgYGV4cGVjdGVkIGVhY2ggY29sdW1uIG9uY2UsIGZvdW5kICR7c2hvd24oaCl9IHR3aWNlYClcbiAgICBzZWVuLmFkZChoKVxuICB9XG4gIGNvbnN0IG1pc3NpbmcgPSBleHBlY3RlZC5maWx0ZXIoKGUpID0+ICFmb3VuZC5pbmNsdWRlcyhlKSlcbiAgY29uc3QgZXh0cmEgPSBmb3VuZC5maWx0ZXIoKGgpID0+ICFleHBlY3RlZC5pbmNsdWRlcyhoKSlcbiAgY29uc3Qgc2FtZVNldCA9ICFtaXNzaW5nLmxlbmd0aCAmJiAhZXh0cmEubGVuZ3RoXG4gIC8vIEEgbWlzc2luZyBhbmQgYW4gZXh0cmEgY29sdW1uIGF0IHRoZSBzYW1lIHBvc2l0aW9uIHJlYWQgYXMgYSByZW5hbWUuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgTWF0aC5tYXgoZm91bmQubGVuZ3RoLCBleHBlY3RlZC5sZW5ndGgpOyBpKyspIHtcbiAgICBjb25zdCBmID0gZm91bmRbaV1cbiAgICBjb25zdCBlID0gZXhwZWN0ZWRbaV1cbiAgICBpZiAoZiAhPT0gdW5kZWZpbmVkICYmIGUgIT09IHVuZGVmaW5lZCAmJiBtaXNzaW5nLmluY2x1ZGVzKGUpICYmIGV4dHJhLmluY2x1ZGVzKGYpKSB7XG4gICAgICByZXBvcnQoZSwgYGV4cGVjdGVkIGNvbHVtbiAke3Nob3duKGUpfSwgZm91bmQgJHtzaG93bihmKX1gKVxuICAgICAgbWlzc2luZy5zcGxpY2UobWlzc2luZy5pbmRleE9mKGUpLCAxKVxuICAgICAgZXh0cmEuc3BsaWNlKGV4dHJhLmluZGV4T2YoZiksIDEpXG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgbSBvZiBtaXNzaW5nKSByZXBvcnQobSwgYGV4cGVjdGVkIGNvbHVtbiAke3Nob3duKG0pfSwgZm91bmQgbm8gc3VjaCBjb2x1bW5gKVxuICBmb3IgKGNvbnN0IHggb2YgZXh0cmEpIHJlcG9ydCh4LCBgZXhwZWN0ZWQgb25seSB0aGUgY29sdW1ucyBvZiBkYXRhcGFja2FnZS5qc29uLCBmb3VuZCBhbiBleHRyYSBjb2x1bW4gJHtzaG93bih4KX1gKVxuICBpZiAoc2FtZVNldCkge1xuICAgIGNvbnN0IGkgPSBmb3VuZC5maW5kSW5kZXgoKGgsIGspID0+IGggIT09IGV4cGVjdGVkW2tdKVxuICAgIGlmIChpID49IDApIHJlcG9ydChmb3VuZFtpXSEsIGBleHBlY3RlZCBjb2x1bW4gJHtzaG93bihleHBlY3RlZFtpXSEpfSBhdCBwb3NpdGlvbiAke2kgKyAxfSwgZm91bmQgJHtzaG93bihmb3VuZFtpXSEpfSAoY29sdW1ucyBvdXQgb2Ygb3JkZXIpYClcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja0NlbGwocmF3OiBzdHJpbmcsIGZpZWxkOiBGaWVsZCwgcmVwb3J0OiAobWVzc2FnZTogc3RyaW5nKSA9PiB2b2lkKTogQ2VsbCB7XG4gIGNvbnN0IGMgPSBmaWVsZC5jb25zdHJhaW50cyA/PyB7fVxuICBpZiAocmF3LmluY2x1ZGVzKCdcXHVGRkZEJykpIHJldHVybiB1bmRlZmluZWQgLy8gYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04OiByZXBvcnRlZCBieSByZWFkQ3N2XG4gIGlmIChyYXcgPT09ICcnKSB7XG4gICAgaWYgKGMucmVxdWlyZWQpIHJlcG9ydCgnZXhwZWN0ZWQgYSB2YWx1ZSwgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBpZiAocmF3ICE9PSByYXcudHJpbSgpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBubyBsZWFkaW5nIG9yIHRyYWlsaW5nIHNwYWNlcywgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChmaWVsZC50eXBlID09PSAnaW50ZWdlcicgfHwgZmllbGQudHlwZSA9PT0gJ251bWJlcicpIHtcbiAgICBjb25zdCBvayA9IChmaWVsZC50eXBlID09PSAnaW50ZWdlcicgPyBJTlRFR0VSIDogTlVNQkVSKS50ZXN0KHJhdylcbiAgICBpZiAoIW9rKSB7XG4gICAgICByZXBvcnQoYGV4cGVjdGVkICR7ZmllbGQudHlwZSA9PT0gJ2ludGVnZXInID8gJ2FuIGludGVnZXInIDogJ2EgbnVtYmVyJ30sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgICAgcmV0dXJuIHVuZGVmaW5lZFxuICAgIH1cbiAgICBjb25zdCBuID0gTnVtYmVyKHJhdylcbiAgICBpZiAoYy5taW5pbXVtICE9PSB1bmRlZmluZWQgJiYgbiA8IGMubWluaW11bSkgcmVwb3J0KGBleHBlY3RlZCBhIG51bWJlciBcdTIyNjUgJHtjLm1pbmltdW19LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICBlbHNlIGlmIChjLm1heGltdW0gIT09IHVuZGVmaW5lZCAmJiBuID4gYy5tYXhpbXVtKSByZXBvcnQoYGV4cGVjdGVkIGEgbnVtYmVyIFx1MjI2NCAke2MubWF4aW11bX0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIGVsc2UgcmV0dXJuIG5cbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgaWYgKGMuZW51bSAmJiAhYy5lbnVtLmluY2x1ZGVzKHJhdykpIHtcbiAgICByZXBvcnQoYGV4cGVjdGVkIG9uZSBvZiAke2MuZW51bS5qb2luKCcsICcpfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLnBhdHRlcm4gJiYgIW5ldyBSZWdFeHAoYy5wYXR0ZXJuLCAndScpLnRlc3QocmF3KSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgJHtQQVRURVJOX05BTUVTW2MucGF0dGVybl0gPz8gYHRleHQgbWF0Y2hpbmcgLyR7Yy5wYXR0ZXJufS9gfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLnBhdHRlcm4gJiYgUEFUVEVSTl9OQU1FU1tjLnBhdHRlcm5dPy5zdGFydHNXaXRoKCdhbiBJU08gZGF0ZScpICYmICFpc0NhbGVuZGFyRGF0ZShyYXcpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBhIGRhdGUgdGhhdCBleGlzdHMsIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICByZXR1cm4gcmF3XG59XG5cbmZ1bmN0aW9uIGlzQ2FsZW5kYXJEYXRlKGlzbzogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIGlmIChkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlXG4gIGNvbnN0IGRhdGUgPSBuZXcgRGF0ZShEYXRlLlVUQyh5ISwgbSEgLSAxLCBkKSlcbiAgcmV0dXJuIGRhdGUuZ2V0VVRDTW9udGgoKSA9PT0gbSEgLSAxICYmIGRhdGUuZ2V0VVRDRGF0ZSgpID09PSBkXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50c1wiO2ltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5cbi8qKiBUaGUgcGFydHMgb2YgYSBGcmljdGlvbmxlc3MgVGFibGUgU2NoZW1hIHRoYXQgdGhpcyBwcm9qZWN0IHVzZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIEZpZWxkQ29uc3RyYWludHMge1xuICByZXF1aXJlZD86IGJvb2xlYW5cbiAgdW5pcXVlPzogYm9vbGVhblxuICBwYXR0ZXJuPzogc3RyaW5nXG4gIGVudW0/OiBzdHJpbmdbXVxuICBtaW5pbXVtPzogbnVtYmVyXG4gIG1heGltdW0/OiBudW1iZXJcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRmllbGQge1xuICBuYW1lOiBzdHJpbmdcbiAgdHlwZTogJ3N0cmluZycgfCAnaW50ZWdlcicgfCAnbnVtYmVyJ1xuICBmb3JtYXQ/OiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICBjb25zdHJhaW50cz86IEZpZWxkQ29uc3RyYWludHNcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRm9yZWlnbktleSB7XG4gIGZpZWxkczogc3RyaW5nW11cbiAgLyoqIGByZXNvdXJjZTogXCJcImAgcmVmZXJzIHRvIHRoZSBzYW1lIHRhYmxlIChGcmljdGlvbmxlc3MgY29udmVudGlvbikuICovXG4gIHJlZmVyZW5jZTogeyByZXNvdXJjZTogc3RyaW5nOyBmaWVsZHM6IHN0cmluZ1tdIH1cbn1cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2Uge1xuICBuYW1lOiBzdHJpbmdcbiAgcGF0aDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICAvLyBGcmljdGlvbmxlc3MgYWxsb3dzIG5vIGVtcHR5IGZvcmVpZ25LZXlzIGxpc3Q6IGEgdGFibGUgd2l0aG91dCByZWZlcmVuY2VzIGxlYXZlcyBpdCBvdXQuXG4gIHNjaGVtYTogeyBmaWVsZHM6IEZpZWxkW107IHByaW1hcnlLZXk6IHN0cmluZ1tdOyBmb3JlaWduS2V5cz86IEZvcmVpZ25LZXlbXTsgbWlzc2luZ1ZhbHVlczogc3RyaW5nW10gfVxufVxuZXhwb3J0IGludGVyZmFjZSBEYXRhUGFja2FnZSB7XG4gIG5hbWU6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgdmVyc2lvbjogc3RyaW5nXG4gIGxpY2Vuc2VzOiB7IG5hbWU6IHN0cmluZzsgcGF0aDogc3RyaW5nOyB0aXRsZTogc3RyaW5nIH1bXVxuICByZXNvdXJjZXM6IFJlc291cmNlW11cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlYWRQYWNrYWdlKHBhdGg6IHN0cmluZyk6IERhdGFQYWNrYWdlIHtcbiAgcmV0dXJuIEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKHBhdGgsICd1dGY4JykpIGFzIERhdGFQYWNrYWdlXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9yZWFkLWNzdi50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9yZWFkLWNzdi50c1wiO2ltcG9ydCBQYXBhIGZyb20gJ3BhcGFwYXJzZSdcbmltcG9ydCB7IHR5cGUgUHJvYmxlbSwgc2hvd24gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuXG5leHBvcnQgaW50ZXJmYWNlIENzdlJlY29yZCB7XG4gIC8qKiAxLWJhc2VkIGxpbmUgd2hlcmUgdGhlIHJlY29yZCBzdGFydHMuICovXG4gIGxpbmU6IG51bWJlclxuICBjZWxsczogc3RyaW5nW11cbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ3N2VGFibGUge1xuICBoZWFkZXI6IHN0cmluZ1tdXG4gIHJlY29yZHM6IENzdlJlY29yZFtdXG59XG5cbi8qKlxuICogUmVhZHMgb25lIENTViBmaWxlJ3MgYnl0ZXMgaW50byBoZWFkZXIgYW5kIHJlY29yZHMsIHJlcG9ydGluZyBldmVyeSB3YXkgdGhlIGJ5dGVzIGJyZWFrIHRoZVxuICogcHJvamVjdCdzIENTViBkaWFsZWN0IChVVEYtOCB3aXRob3V0IEJPTSwgTEYsIGNvbW1hLCBSRkMgNDE4MCBxdW90aW5nKS4gUmVjb3JkcyBjb21lIGJhY2sgZXZlblxuICogd2hlbiB0aGVyZSBhcmUgcHJvYmxlbXMsIHNvIHRoZSBjYWxsZXIgY2FuIGdvIG9uIGFuZCByZXBvcnQgY2VsbCBwcm9ibGVtcyB0b28uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkQ3N2KGJ5dGVzOiBVaW50OEFycmF5LCBmaWxlOiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiBDc3ZUYWJsZSB8IG51bGwge1xuICBjb25zdCBhdCA9IChsaW5lOiBudW1iZXIsIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlLCBsaW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgaWYgKGJ5dGVzLmxlbmd0aCA9PT0gMCkge1xuICAgIGF0KDEsICctJywgJ2V4cGVjdGVkIGEgaGVhZGVyIHJvdywgZm91bmQgYW4gZW1wdHkgZmlsZScpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICAvLyBpZ25vcmVCT00ga2VlcHMgYSBCT00gaW4gdGhlIHRleHQsIHNvIHRoYXQgaXQgY2FuIGJlIHJlcG9ydGVkIHJhdGhlciB0aGFuIHNpbGVudGx5IGRyb3BwZWQuXG4gIGxldCB0ZXh0ID0gbmV3IFRleHREZWNvZGVyKCd1dGYtOCcsIHsgZmF0YWw6IGZhbHNlLCBpZ25vcmVCT006IHRydWUgfSkuZGVjb2RlKGJ5dGVzKVxuICBpZiAodGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYpIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBVVEYtOCB3aXRob3V0IGEgYnl0ZS1vcmRlciBtYXJrLCBmb3VuZCBhIEJPTScpXG4gICAgdGV4dCA9IHRleHQuc2xpY2UoMSlcbiAgfVxuICBjb25zdCBjcmxmID0gdGV4dC5pbmRleE9mKCdcXHInKVxuICBpZiAoY3JsZiA+PSAwKSB7XG4gICAgYXQobGluZU9mKHRleHQsIGNybGYpLCAnLScsICdleHBlY3RlZCBMRiBsaW5lIGVuZGluZ3MsIGZvdW5kIENSIChDUkxGKScpXG4gICAgdGV4dCA9IHRleHQucmVwbGFjZSgvXFxyXFxuPy9nLCAnXFxuJylcbiAgfVxuICBpZiAodGV4dC50cmltKCkgPT09ICcnKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgYSBoZWFkZXIgcm93LCBmb3VuZCBhbiBlbXB0eSBmaWxlJylcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIGlmICghc2NhblF1b3Rlcyh0ZXh0LCAobGluZSwgZmllbGQsIG1lc3NhZ2UpID0+IGF0KGxpbmUsIGAjJHtmaWVsZH1gLCBtZXNzYWdlKSkpIHtcbiAgICAvLyBTdHJ1Y3R1cmUgaXMgYnJva2VuOyBwYXBhcGFyc2Ugd291bGQgZ3Vlc3MuIE5hbWUgY29sdW1ucyB3aGVyZSB0aGUgaGVhZGVyIGFsbG93cy5cbiAgICByZW5hbWVGaWVsZFJlZnMocHJvYmxlbXMsIHRleHQsIGZpbGUpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBjb25zdCByb3dzOiBDc3ZSZWNvcmRbXSA9IFtdXG4gIGxldCBzdGFydCA9IDBcbiAgUGFwYS5wYXJzZTxzdHJpbmdbXT4odGV4dCwge1xuICAgIGRlbGltaXRlcjogJywnLFxuICAgIG5ld2xpbmU6ICdcXG4nLFxuICAgIHF1b3RlQ2hhcjogJ1wiJyxcbiAgICBza2lwRW1wdHlMaW5lczogZmFsc2UsXG4gICAgc3RlcDogKHJlc3VsdCkgPT4ge1xuICAgICAgY29uc3QgY3Vyc29yID0gcmVzdWx0Lm1ldGEuY3Vyc29yXG4gICAgICByb3dzLnB1c2goeyBsaW5lOiBsaW5lT2YodGV4dCwgc3RhcnQpLCBjZWxsczogcmVzdWx0LmRhdGEgfSlcbiAgICAgIHN0YXJ0ID0gY3Vyc29yICsgMVxuICAgIH0sXG4gIH0pXG4gIC8vIEEgZmluYWwgbmV3bGluZSB5aWVsZHMgb25lIGVtcHR5IHJlY29yZDsgYmxhbmsgbGluZXMgZWxzZXdoZXJlIGFyZSBwcm9ibGVtcy5cbiAgaWYgKHJvd3MubGVuZ3RoICYmIGlzQmxhbmsocm93c1tyb3dzLmxlbmd0aCAtIDFdIS5jZWxscykpIHJvd3MucG9wKClcbiAgY29uc3QgW2hlYWQsIC4uLnJlY29yZHNdID0gcm93c1xuICBpZiAoIWhlYWQpIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBhIGhlYWRlciByb3csIGZvdW5kIGFuIGVtcHR5IGZpbGUnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgY29uc3QgaGVhZGVyID0gaGVhZC5jZWxsc1xuICBmb3IgKGNvbnN0IHIgb2YgcmVjb3Jkcykge1xuICAgIGlmIChpc0JsYW5rKHIuY2VsbHMpKSBhdChyLmxpbmUsICctJywgJ2V4cGVjdGVkIGEgcmVjb3JkLCBmb3VuZCBhbiBlbXB0eSBsaW5lJylcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHIuY2VsbHMubGVuZ3RoOyBpKyspIHtcbiAgICAgIGlmIChyLmNlbGxzW2ldIS5pbmNsdWRlcygnXFx1RkZGRCcpKSBhdChyLmxpbmUsIGhlYWRlcltpXSA/PyBgIyR7aSArIDF9YCwgYGV4cGVjdGVkIFVURi04IHRleHQsIGZvdW5kIGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtOCBpbiAke3Nob3duKHIuY2VsbHNbaV0hKX1gKVxuICAgIH1cbiAgfVxuICBoZWFkZXIuZm9yRWFjaCgoaCwgaSkgPT4ge1xuICAgIGlmIChoLmluY2x1ZGVzKCdcXHVGRkZEJykpIGF0KDEsIGAjJHtpICsgMX1gLCBgZXhwZWN0ZWQgVVRGLTggdGV4dCwgZm91bmQgYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04IGluICR7c2hvd24oaCl9YClcbiAgfSlcbiAgcmV0dXJuIHsgaGVhZGVyLCByZWNvcmRzOiByZWNvcmRzLmZpbHRlcigocikgPT4gIWlzQmxhbmsoci5jZWxscykpIH1cbn1cblxuZnVuY3Rpb24gaXNCbGFuayhjZWxsczogc3RyaW5nW10pOiBib29sZWFuIHtcbiAgcmV0dXJuIGNlbGxzLmxlbmd0aCA9PT0gMSAmJiBjZWxsc1swXSA9PT0gJydcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGxpbmVPZih0ZXh0OiBzdHJpbmcsIGluZGV4OiBudW1iZXIpOiBudW1iZXIge1xuICBsZXQgbGluZSA9IDFcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBpbmRleCAmJiBpIDwgdGV4dC5sZW5ndGg7IGkrKykgaWYgKHRleHQuY2hhckNvZGVBdChpKSA9PT0gMTApIGxpbmUrK1xuICByZXR1cm4gbGluZVxufVxuXG4vKipcbiAqIFdhbGtzIHRoZSB0ZXh0IGFzIFJGQyA0MTgwIGFuZCByZXBvcnRzIHF1b3RlcyB0aGF0IGJyZWFrIGl0OiBhIHF1b3RlIGluc2lkZSBhbiB1bnF1b3RlZFxuICogZmllbGQsIHRleHQgYWZ0ZXIgYSBjbG9zaW5nIHF1b3RlLCBhIHF1b3RlIG5ldmVyIGNsb3NlZC4gUmV0dXJucyBmYWxzZSBpZiBhbnkgd2FzIGZvdW5kLlxuICovXG5mdW5jdGlvbiBzY2FuUXVvdGVzKHRleHQ6IHN0cmluZywgcmVwb3J0OiAobGluZTogbnVtYmVyLCBmaWVsZDogbnVtYmVyLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWQpOiBib29sZWFuIHtcbiAgbGV0IG9rID0gdHJ1ZVxuICBsZXQgbGluZSA9IDFcbiAgbGV0IGZpZWxkID0gMVxuICBsZXQgaSA9IDBcbiAgbGV0IGZpZWxkU3RhcnQgPSB0cnVlXG4gIHdoaWxlIChpIDwgdGV4dC5sZW5ndGgpIHtcbiAgICBjb25zdCBjID0gdGV4dFtpXVxuICAgIGlmIChmaWVsZFN0YXJ0ICYmIGMgPT09ICdcIicpIHtcbiAgICAgIGNvbnN0IG9wZW5MaW5lID0gbGluZVxuICAgICAgaSsrXG4gICAgICBsZXQgY2xvc2VkID0gZmFsc2VcbiAgICAgIHdoaWxlIChpIDwgdGV4dC5sZW5ndGgpIHtcbiAgICAgICAgaWYgKHRleHRbaV0gPT09ICdcIicpIHtcbiAgICAgICAgICBpZiAodGV4dFtpICsgMV0gPT09ICdcIicpIHsgaSArPSAyOyBjb250aW51ZSB9XG4gICAgICAgICAgY2xvc2VkID0gdHJ1ZVxuICAgICAgICAgIGkrK1xuICAgICAgICAgIGJyZWFrXG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRleHRbaV0gPT09ICdcXG4nKSBsaW5lKytcbiAgICAgICAgaSsrXG4gICAgICB9XG4gICAgICBpZiAoIWNsb3NlZCkge1xuICAgICAgICByZXBvcnQob3BlbkxpbmUsIGZpZWxkLCAnZXhwZWN0ZWQgYSBjbG9zaW5nIHF1b3RlIGZvciB0aGUgcXVvdGVkIGNlbGwsIGZvdW5kIHRoZSBlbmQgb2YgdGhlIGZpbGUnKVxuICAgICAgICByZXR1cm4gZmFsc2VcbiAgICAgIH1cbiAgICAgIGNvbnN0IG5leHQgPSB0ZXh0W2ldXG4gICAgICBpZiAobmV4dCAhPT0gdW5kZWZpbmVkICYmIG5leHQgIT09ICcsJyAmJiBuZXh0ICE9PSAnXFxuJykge1xuICAgICAgICByZXBvcnQobGluZSwgZmllbGQsIGBleHBlY3RlZCBhIGNvbW1hIG9yIGxpbmUgZW5kIGFmdGVyIHRoZSBjbG9zaW5nIHF1b3RlLCBmb3VuZCAke3Nob3duKG5leHQpfSAoYSBzdHJheSBxdW90ZSlgKVxuICAgICAgICBvayA9IGZhbHNlXG4gICAgICAgIHdoaWxlIChpIDwgdGV4dC5sZW5ndGggJiYgdGV4dFtpXSAhPT0gJywnICYmIHRleHRbaV0gIT09ICdcXG4nKSBpKytcbiAgICAgIH1cbiAgICAgIGZpZWxkU3RhcnQgPSBmYWxzZVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgaWYgKGMgPT09ICcsJykgeyBmaWVsZCsrOyBmaWVsZFN0YXJ0ID0gdHJ1ZTsgaSsrOyBjb250aW51ZSB9XG4gICAgaWYgKGMgPT09ICdcXG4nKSB7IGxpbmUrKzsgZmllbGQgPSAxOyBmaWVsZFN0YXJ0ID0gdHJ1ZTsgaSsrOyBjb250aW51ZSB9XG4gICAgaWYgKGMgPT09ICdcIicpIHtcbiAgICAgIHJlcG9ydChsaW5lLCBmaWVsZCwgJ2V4cGVjdGVkIG5vIHF1b3RlIGluc2lkZSBhbiB1bnF1b3RlZCBjZWxsLCBmb3VuZCBhIHN0cmF5IHF1b3RlIChxdW90ZSB0aGUgd2hvbGUgY2VsbCBhbmQgZG91YmxlIHRoZSBxdW90ZSknKVxuICAgICAgb2sgPSBmYWxzZVxuICAgICAgd2hpbGUgKGkgKyAxIDwgdGV4dC5sZW5ndGggJiYgdGV4dFtpICsgMV0gIT09ICcsJyAmJiB0ZXh0W2kgKyAxXSAhPT0gJ1xcbicpIGkrKyAvLyBvbmNlIHBlciBjZWxsXG4gICAgfVxuICAgIGZpZWxkU3RhcnQgPSBmYWxzZVxuICAgIGkrK1xuICB9XG4gIHJldHVybiBva1xufVxuXG4vKiogVHVybnMgYCMzYCBjb2x1bW4gcmVmZXJlbmNlcyBpbnRvIGhlYWRlciBuYW1lcyBvbmNlIHRoZSBoZWFkZXIgaXMga25vd24uICovXG5mdW5jdGlvbiByZW5hbWVGaWVsZFJlZnMocHJvYmxlbXM6IFByb2JsZW1bXSwgdGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgZmlyc3RMaW5lID0gdGV4dC5zbGljZSgwLCB0ZXh0LmluZGV4T2YoJ1xcbicpID4+PiAwKVxuICBjb25zdCBoZWFkZXIgPSBmaXJzdExpbmUuaW5jbHVkZXMoJ1wiJykgPyBbXSA6IGZpcnN0TGluZS5zcGxpdCgnLCcpXG4gIGZvciAoY29uc3QgcCBvZiBwcm9ibGVtcykge1xuICAgIGlmIChwLmZpbGUgIT09IGZpbGUgfHwgIXAuY29sdW1uLnN0YXJ0c1dpdGgoJyMnKSkgY29udGludWVcbiAgICBjb25zdCBuYW1lID0gaGVhZGVyW051bWJlcihwLmNvbHVtbi5zbGljZSgxKSkgLSAxXVxuICAgIGlmIChuYW1lKSBwLmNvbHVtbiA9IG5hbWVcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL2NvbXBvbmVudHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGEvaG9tZS5kYXRhLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL2hvbWUuZGF0YS50c1wiO2ltcG9ydCB7IGhvbWVWaWV3LCB0eXBlIEhvbWVWaWV3IH0gZnJvbSAnLi4vLi4vc2NyaXB0cy9zaXRlL3ZpZXdzL2hvbWUudHMnXG5pbXBvcnQgeyBwYWdlTG9hZGVyIH0gZnJvbSAnLi9wYWdlLWxvYWRlci50cydcblxuZGVjbGFyZSBjb25zdCBkYXRhOiBIb21lVmlld1xuZXhwb3J0IHsgZGF0YSB9XG5leHBvcnQgZGVmYXVsdCBwYWdlTG9hZGVyKGhvbWVWaWV3KVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUFtUCxTQUFTLG9CQUFvQjtBQUNoUixTQUFTLHdCQUF3QjtBQU1qQyxJQUFNLGVBQWUsYUFBYSxFQUFFLFNBQVMsS0FBSyxXQUFXLEtBQUssVUFBVSxDQUFDLENBQUMsR0FBRyxVQUFVLENBQUMsSUFBSSxNQUFNLEdBQUcsT0FBTyxTQUFJLENBQUM7QUFDckgsSUFBTSxhQUFhLGlCQUFpQjtBQUFBLEVBQ2xDLFVBQVU7QUFBQSxFQUNWLE1BQU07QUFBQSxFQUNOLE1BQU07QUFBQSxFQUNOLFNBQVMsQ0FBQyxNQUFNLElBQUk7QUFBQSxFQUNwQixNQUFNLENBQUMsYUFBVSxVQUFVLFdBQVcsVUFBVSxXQUFXLFVBQVUsV0FBUTtBQUFBLEVBQzdFLFdBQVcsQ0FBQyxVQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFLO0FBQUEsRUFDM0QsUUFBUSxDQUFDLFVBQVUsV0FBVyxTQUFTLFNBQVMsT0FBTyxRQUFRLFFBQVEsVUFBVSxhQUFhLFdBQVcsWUFBWSxVQUFVO0FBQUEsRUFDL0gsYUFBYSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxLQUFLO0FBQ2xHLENBQUM7QUFFRCxJQUFNLFFBQVEsYUFBYSxPQUFPLE9BQU87QUFDekMsSUFBTSxVQUFVLGFBQWEsT0FBTyxLQUFLO0FBQ3pDLElBQU0sZUFBZSxXQUFXLFVBQVUsWUFBWTtBQUN0RCxJQUFNLFlBQVksV0FBVyxVQUFVLE9BQU87QUFHdkMsU0FBUyxhQUFhLEdBQW1CO0FBQzlDLFNBQU8sTUFBTSxDQUFDO0FBQ2hCO0FBR08sU0FBUyxVQUFVLEdBQW1CO0FBQzNDLFNBQU8sR0FBRyxNQUFNLENBQUMsQ0FBQztBQUNwQjtBQWFPLFNBQVMsV0FBVyxLQUFxQjtBQUM5QyxRQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsSUFBSSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksTUFBTTtBQUMzQyxNQUFJLE1BQU0sT0FBVyxRQUFPLE9BQU8sQ0FBQztBQUNwQyxRQUFNLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsQ0FBQztBQUNqRCxTQUFPLE1BQU0sU0FBWSxVQUFVLElBQUksSUFBSSxhQUFhLElBQUk7QUFDOUQ7QUFHTyxJQUFNLGVBQXlDO0FBQUEsRUFDcEQsR0FBRyxDQUFDLFNBQU0sTUFBTSxNQUFNLFNBQU0sS0FBSztBQUFBLEVBQUcsR0FBRyxDQUFDLElBQUk7QUFBQSxFQUFHLEdBQUcsQ0FBQyxLQUFLO0FBQUEsRUFBRyxHQUFHLENBQUMsTUFBTTtBQUFBLEVBQUcsR0FBRyxDQUFDLEtBQUs7QUFBQSxFQUFHLEdBQUcsQ0FBQyxNQUFNO0FBQUEsRUFBRyxHQUFHLENBQUMsS0FBSztBQUFBLEVBQzFHLEdBQUcsQ0FBQyxNQUFNO0FBQUEsRUFBRyxHQUFHLENBQUMsSUFBSTtBQUFBLEVBQUcsSUFBSSxDQUFDLElBQUk7QUFBQSxFQUFHLElBQUksQ0FBQyxRQUFRO0FBQUEsRUFBRyxJQUFJLENBQUMsTUFBTTtBQUNqRTs7O0FDcERPLFNBQVMsV0FBVyxHQUFvQjtBQUM3QyxNQUFJLEVBQUUsV0FBVyxLQUFNLFFBQU87QUFDOUIsUUFBTSxTQUFTLEVBQUUsU0FBUyxRQUFRLEdBQUcsYUFBYSxFQUFFLE1BQU0sQ0FBQyxtQkFBYSxVQUFVLEVBQUUsTUFBTTtBQUMxRixTQUFPLEVBQUUsVUFBVSxhQUFhLEdBQUcsTUFBTSxnQkFBYTtBQUN4RDs7O0FDZU8sU0FBUyxZQUFZLEdBQW1CO0FBQzdDLFFBQU0sT0FBTyxFQUFFLE9BQU8sV0FBVyxFQUFFLElBQUksSUFBSSxFQUFFO0FBQzdDLFNBQU8sQ0FBQyxFQUFFLFFBQVEsSUFBSSxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssSUFBSTtBQUNuRDtBQVFPLFNBQVMsS0FBSyxRQUFnQixLQUFrQixRQUFRLElBQUksT0FBaUI7QUFDbEYsUUFBTSxJQUFJLE9BQU8sUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLGNBQWMsSUFBSSxTQUFTO0FBQ2xFLE1BQUksQ0FBQyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsSUFBSSxTQUFTLEVBQUU7QUFDcEQsU0FBTztBQUFBLElBQ0wsVUFBVSxFQUFFO0FBQUEsSUFDWixPQUFPLFlBQVksQ0FBQztBQUFBLElBQ3BCLE9BQU8sRUFBRTtBQUFBLElBQ1QsTUFBTSxFQUFFLE9BQU8sV0FBVyxFQUFFLElBQUksSUFBSTtBQUFBLElBQ3BDLEtBQUssRUFBRTtBQUFBLElBQ1AsU0FBUyxJQUFJO0FBQUEsSUFDYjtBQUFBLElBQ0EsS0FBSyxFQUFFLFFBQVE7QUFBQSxFQUNqQjtBQUNGOzs7QUMxQ08sSUFBTSxpQkFBaUI7QUFBQSxFQUM1QixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixVQUFVO0FBQUEsRUFDVixXQUFXO0FBQ2I7QUFFQSxJQUFNLE1BQU07QUFHWixJQUFNLFVBQVUsQ0FBQyxRQUE4QixZQUFzQixDQUFDLENBQUMsT0FBTyxRQUFRLEtBQUssQ0FBQyxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQVM7QUFHL0csU0FBUyxXQUFXLFFBQWlDLFFBQWtDLFVBQTJCO0FBQ3ZILFFBQU0sT0FBTyxDQUFDLFNBQWlCLE9BQU8sSUFBSSxJQUFJLEtBQUssQ0FBQztBQUNwRCxRQUFNLEtBQUssQ0FBQyxNQUFjLEtBQWUsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLElBQUksR0FBRyxNQUFNLElBQUksT0FBTyxRQUFRLFFBQVEsQ0FBQztBQUVuSixhQUFXLFFBQVEsQ0FBQyxTQUFTLFNBQVMsR0FBRztBQUN2QyxlQUFXLEtBQUssS0FBSyxJQUFJLEdBQUc7QUFDMUIsVUFBSSxPQUFPLEVBQUUsZUFBZSxZQUFZLE9BQU8sRUFBRSxhQUFhLFlBQVksRUFBRSxXQUFXLEVBQUUsWUFBWTtBQUNuRyxXQUFHLE1BQU0sR0FBRyxZQUFZLHNDQUFpQyxFQUFFLFVBQVUsYUFBYSxFQUFFLFFBQVEsR0FBRztBQUFBLE1BQ2pHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxRQUFNLFdBQVcsSUFBSSxJQUFJLEtBQUssT0FBTyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDekUsYUFBVyxLQUFLLEtBQUssYUFBYSxHQUFHO0FBQ25DLFVBQU0sT0FBTyxFQUFFLFlBQVksT0FBTyxTQUFZLFNBQVMsSUFBSSxFQUFFLE9BQU87QUFDcEUsUUFBSSxTQUFTLFVBQWEsU0FBUyxFQUFFLFFBQVMsSUFBRyxlQUFlLEdBQUcsV0FBVyw0QkFBNEIsRUFBRSxPQUFPLFlBQVksRUFBRSxPQUFPLGFBQWEsSUFBSSxFQUFFO0FBQUEsRUFDN0o7QUFFQSxxQkFBbUIsS0FBSyxZQUFZLEdBQUcsS0FBSyxhQUFhLEdBQUcsS0FBSyxnQkFBZ0IsR0FBRyxDQUFDLEtBQUssUUFBUSxZQUFZLEdBQUcsY0FBYyxLQUFLLFFBQVEsT0FBTyxDQUFDO0FBQ3BKLGNBQVksS0FBSyxTQUFTLEdBQUcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxHQUFHLFdBQVcsS0FBSyxRQUFRLE9BQU8sQ0FBQztBQUMxRixlQUFhLEtBQUssWUFBWSxHQUFHLENBQUMsS0FBSyxRQUFRLFlBQVksR0FBRyxjQUFjLEtBQUssUUFBUSxPQUFPLENBQUM7QUFDbkc7QUFJQSxTQUFTLG1CQUFtQixZQUF3QixhQUF5QixTQUFxQixRQUFzQjtBQUN0SCxRQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLGNBQWMsQ0FBQyxDQUFDLENBQUM7QUFDL0QsUUFBTSxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsY0FBYyxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsRUFBRSxNQUFNLENBQUMsR0FBRyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztBQUNwRyxNQUFJLENBQUMsT0FBTyxTQUFVO0FBQ3RCLE1BQUksT0FBTyxPQUFPLE1BQU0sRUFBRSxLQUFLLENBQUMsTUFBTSxRQUFRLEdBQUcsT0FBTyxDQUFDLEVBQUc7QUFDNUQsUUFBTSxRQUFRLENBQUMsTUFBNkIsT0FBTyxHQUFHLFVBQVUsV0FBVyxFQUFFLFFBQVE7QUFDckYsUUFBTSxRQUFRLENBQUMsT0FBTyxhQUFhLE9BQU8sVUFBVSxPQUFPLFNBQVM7QUFDcEUsUUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLE1BQU0sQ0FBQyxHQUFHLENBQUM7QUFDbEQsTUFBSSxNQUFNLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHO0FBQ3pCLFVBQU0sVUFBVSxPQUFPLFFBQVEsY0FBYyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBd0IsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUUsRUFBRSxNQUFNLEVBQUU7QUFDcEgsV0FBTyxPQUFPLFVBQVUsZ0JBQWdCLCtCQUErQixRQUFRLEtBQUssSUFBSSxDQUFDLHdCQUF3QjtBQUFBLEVBQ25ILFdBQVcsS0FBSyxJQUFJLE1BQU0sTUFBTSxPQUFPLFFBQVEsQ0FBQyxJQUFJLEtBQUs7QUFDdkQsV0FBTyxPQUFPLFVBQVUsU0FBUyxrRkFBa0YsTUFBTSxJQUFJLEtBQUssRUFBRSxLQUFLLEtBQUssQ0FBQyxNQUFNLEdBQUcsYUFBYSxNQUFNLE9BQU8sUUFBUSxDQUFDLEdBQUc7QUFBQSxFQUNoTTtBQUVBLFFBQU0sU0FBUyxvQkFBSSxJQUF1QjtBQUMxQyxhQUFXLEtBQUssQ0FBQyxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxJQUFJLEVBQUUsY0FBYyxPQUFPLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRyxRQUFPLElBQUksRUFBRSxlQUFlLENBQUM7QUFDeEgsUUFBTSxTQUFTLElBQUksSUFBSSxZQUFZLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxlQUFlLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDM0UsYUFBVyxPQUFPLENBQUMsZUFBZSxZQUFZLFdBQVcsR0FBWTtBQUNuRSxVQUFNLFFBQVEsQ0FBQyxHQUFHLE9BQU8sT0FBTyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLE9BQU8sT0FBTyxJQUFJLEVBQUUsYUFBYSxNQUFNLFFBQVE7QUFDN0csVUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixRQUFJLFNBQVMsTUFBTSxTQUFTLE1BQU0sS0FBSyxFQUFHLFFBQU8sT0FBTyxTQUFTLGtFQUFrRSxHQUFHLEtBQUssTUFBTSxNQUFNLGFBQWEsTUFBTSxLQUFLLENBQUMsR0FBRztBQUFBLEVBQ3JMO0FBQ0Y7QUFFQSxTQUFTLFlBQVksU0FBcUIsUUFBc0I7QUFDOUQsUUFBTSxRQUFRLENBQUMsTUFBZ0I7QUFDN0IsUUFBSSxPQUFPLEVBQUUsV0FBVyxTQUFVLFFBQU87QUFDekMsV0FBTyxFQUFFLFVBQVUsYUFBYSxFQUFFLFVBQVUsT0FBTyxFQUFFLFFBQVEsSUFBSSxPQUFPLEVBQUUsVUFBVSxJQUFJLEtBQUssRUFBRTtBQUFBLEVBQ2pHO0FBQ0EsUUFBTSxTQUFTLENBQUMsVUFBVSxRQUFRLFNBQVMsY0FBYyxZQUFZLGlCQUFpQjtBQUN0RixhQUFXLFVBQVUsU0FBUztBQUM1QixVQUFNLFFBQVEsUUFBUSxPQUFPLENBQUMsTUFBTSxFQUFFLGNBQWMsT0FBTyxVQUFVO0FBQ3JFLFFBQUksUUFBUSxRQUFRLEdBQUcsTUFBTSxLQUFLLE1BQU0sS0FBSyxDQUFDLE1BQU0sUUFBUSxHQUFHLEdBQUcsTUFBTSxDQUFDLEVBQUc7QUFDNUUsVUFBTSxNQUFNLE9BQU8sT0FBTyxvQkFBb0IsV0FBVyxPQUFPLGtCQUFrQjtBQUNsRixRQUFJLENBQUMsTUFBTSxRQUFRO0FBQ2pCLFVBQUksUUFBUSxLQUFNLFFBQU8sUUFBUSxtQkFBbUIseURBQXlELEdBQUcsR0FBRztBQUNuSDtBQUFBLElBQ0Y7QUFDQSxlQUFXLEtBQUssTUFBTyxLQUFJLEVBQUUsU0FBUyxPQUFPLEtBQU0sUUFBTyxHQUFHLFFBQVEsbUNBQW1DLE9BQU8sVUFBVSxLQUFLLE9BQU8sSUFBSSxhQUFhLEVBQUUsSUFBSSxHQUFHO0FBQy9KLFVBQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDO0FBQ2xELFVBQU0sT0FBTyxLQUFLLE9BQU8sTUFBTSxNQUFNLElBQUksT0FBTyxHQUFHLElBQUk7QUFDdkQsUUFBSSxLQUFLLElBQUksSUFBSSxJQUFJLE9BQU8sUUFBUSxLQUFNO0FBQzFDLFFBQUksUUFBUSxLQUFNLFFBQU8sUUFBUSxtQkFBbUIsNENBQTRDLGFBQWEsR0FBRyxDQUFDLGlDQUFpQyxhQUFhLE1BQU0sTUFBTSxDQUFDLENBQUMsd0JBQXdCO0FBQUEsYUFDNUwsS0FBSyxJQUFJLE1BQU0sSUFBSSxJQUFJLElBQUssUUFBTyxRQUFRLG1CQUFtQixZQUFZLElBQUksZUFBZSxhQUFhLE1BQU0sTUFBTSxDQUFDLENBQUMsb0JBQW9CLGFBQWEsR0FBRyxDQUFDLGFBQWEsR0FBRyxHQUFHO0FBQUEsRUFDM0w7QUFDRjtBQUVBLFNBQVMsYUFBYSxZQUF3QixRQUFzQjtBQUNsRSxhQUFXLEtBQUssWUFBWTtBQUMxQixRQUFJLFFBQVEsR0FBRyxRQUFRLGNBQWMsVUFBVSxlQUFlLFNBQVMsT0FBTyxXQUFXLEVBQUc7QUFDNUYsVUFBTSxZQUFZLEVBQUUsV0FBVztBQUMvQixRQUFJLEVBQUUsU0FBUyxrQkFBa0I7QUFDL0IsVUFBSSxDQUFDLFVBQVcsUUFBTyxHQUFHLFVBQVUsZ0VBQWdFO0FBQ3BHLFVBQUksRUFBRSxlQUFlLEtBQU0sUUFBTyxHQUFHLGNBQWMsb0VBQW9FO0FBQ3ZILFVBQUksRUFBRSxRQUFRLEtBQU0sUUFBTyxHQUFHLE9BQU8sa0ZBQWtGO0FBQUEsSUFDekgsV0FBVyxhQUFhLEVBQUUsUUFBUSxNQUFNO0FBQ3RDLGFBQU8sR0FBRyxZQUFZLFdBQVcsT0FBTywwRUFBMEUsRUFBRSxJQUFJLE1BQU07QUFBQSxJQUNoSTtBQUNBLFFBQUssRUFBRSxRQUFRLFVBQVcsRUFBRSxjQUFjLE1BQU8sUUFBTyxHQUFHLGFBQWEsa0VBQWtFO0FBQzFJLFFBQUksRUFBRSxjQUFjLFlBQVk7QUFDOUIsVUFBSSxPQUFPLEVBQUUsV0FBVyxZQUFZLE9BQU8sRUFBRSxVQUFVLFlBQVksRUFBRSxnQkFBZ0IsTUFBTTtBQUN6RixlQUFPLEdBQUcsYUFBYSxnRkFBZ0Y7QUFDdkc7QUFBQSxNQUNGO0FBQ0EsWUFBTSxNQUFNLEVBQUUsZUFBZSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxlQUFlLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRTtBQUN0SCxZQUFNLFdBQVcsTUFBTSxRQUFRO0FBQy9CLFVBQUksRUFBRSxRQUFRLFNBQVUsUUFBTyxHQUFHLE9BQU8sYUFBYSxRQUFRLE1BQU0sRUFBRSxLQUFLLElBQUksRUFBRSxVQUFVLElBQUksRUFBRSxNQUFNLGFBQWEsRUFBRSxHQUFHLEdBQUc7QUFBQSxJQUM5SDtBQUFBLEVBQ0Y7QUFDRjs7O0FDOUdBLElBQU0sWUFBb0MsRUFBRSxRQUFRLFFBQVEsT0FBTyxXQUFXLFNBQVMsR0FBRztBQU9uRixTQUFTLFVBQVUsR0FBc0I7QUFDOUMsU0FBTyxFQUFFLFVBQVUsT0FBTyxnQkFBZ0IsR0FBRyxVQUFVLEVBQUUsbUJBQW1CLEVBQUUsS0FBSyxFQUFFLEdBQUcsYUFBYSxFQUFFLEtBQUssQ0FBQztBQUMvRzs7O0FDSk8sU0FBUyxTQUFTLEdBQVc7QUFDbEMsUUFBTSxNQUFNLENBQUMsT0FBZSxFQUFFLFdBQVcsS0FBSyxDQUFDLE1BQU0sRUFBRSxpQkFBaUIsRUFBRTtBQUMxRSxRQUFNLE9BQU8sQ0FBQyxPQUFlLEVBQUUsUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLGVBQWUsRUFBRTtBQUN0RSxRQUFNLE9BQU8sQ0FBQyxPQUFlLEVBQUUsTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksRUFBRTtBQUNqRSxRQUFNLFVBQVUsS0FBSyxrQkFBa0I7QUFDdkMsUUFBTSxRQUFRLEtBQUssWUFBWTtBQUMvQixRQUFNLFdBQVcsSUFBSSxlQUFlLFFBQVE7QUFDNUMsUUFBTSxVQUFVLElBQUksZUFBZSxXQUFXO0FBQzlDLFFBQU0sTUFBTSxJQUFJLDZCQUE2QjtBQUM3QyxRQUFNLE1BQU0sSUFBSSw2QkFBNkI7QUFDN0MsUUFBTSxLQUFLLElBQUksK0JBQStCO0FBQzlDLFFBQU0sUUFBUSxFQUFFLFNBQVM7QUFDekIsU0FBTztBQUFBLElBQ0wsT0FBTztBQUFBLE1BQ0wsRUFBRSxJQUFJLFlBQVksT0FBTyxXQUFXLE9BQU8sR0FBRyxPQUFPLE9BQU8sS0FBSyxRQUFRLEVBQUUsV0FBVyxZQUFZLENBQUMsaUJBQWlCLE1BQU0sNEJBQTRCLFdBQVcsQ0FBQyxLQUFLLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFBQSxNQUNwTCxFQUFFLElBQUksa0JBQWtCLE9BQU8sR0FBRyxVQUFVLE9BQU8sQ0FBQyxPQUFPLFVBQVUsUUFBUSxDQUFDLElBQUksT0FBTywwQ0FBdUMsTUFBTSwwQ0FBMEMsV0FBVyxDQUFDLEtBQUssR0FBRyxPQUFPLEdBQUcsS0FBSyxHQUFHLFFBQVEsQ0FBQyxFQUFFO0FBQUEsTUFDak8sRUFBRSxJQUFJLGVBQWUsT0FBTyxHQUFHLFVBQVUsR0FBRyxDQUFDLFVBQVUsVUFBVSxHQUFHLENBQUMsSUFBSSxPQUFPLG1DQUFtQyxhQUFhLEtBQUssQ0FBQyw4QkFBeUIsTUFBTSx1Q0FBdUMsV0FBVyxDQUFDLEtBQUssR0FBRyxHQUFHLEdBQUcsS0FBSyxHQUFHLEdBQUcsQ0FBQyxFQUFFO0FBQUEsTUFDcFAsRUFBRSxJQUFJLGNBQWMsT0FBTyxXQUFXLEtBQUssR0FBRyxPQUFPLEtBQUssS0FBSyxNQUFNLEVBQUUsVUFBVSxLQUFLLE1BQU0sVUFBVSxTQUFJLE1BQU0sUUFBUSxLQUFLLE1BQU0scUJBQXFCLFdBQVcsQ0FBQyxLQUFLLEdBQUcsS0FBSyxDQUFDLEVBQUU7QUFBQSxNQUNwTCxFQUFFLElBQUksWUFBWSxPQUFPLFVBQVUsRUFBRSxHQUFHLE9BQU8sYUFBYSxhQUFhLEdBQUcsTUFBTyxDQUFDLDhCQUF3QixLQUFLLFFBQVEsRUFBRSxVQUFVLElBQUksTUFBTSx1QkFBdUIsV0FBVyxDQUFDLEtBQUssR0FBRyxFQUFFLEdBQUcsS0FBSyxHQUFHLElBQUksR0FBRyxnQkFBZ0IsR0FBRyxLQUFLLENBQUMsRUFBRTtBQUFBLElBQzNPO0FBQUEsRUFDRjtBQUNGOzs7QUM3QmdRLFNBQVMsb0JBQW9COzs7QUNBMUMsU0FBUyxjQUFBQSxhQUFZLGdCQUFBQyxxQkFBb0I7QUFDNVIsU0FBUyxRQUFBQyxPQUFNLFVBQVUsZUFBZTtBQUN4QyxTQUFTLHFCQUFxQjs7O0FDVXZCLFNBQVMsY0FBYyxHQUFvQjtBQUNoRCxTQUFPLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxJQUFJLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3REO0FBR08sSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUNuQyxZQUFxQixVQUFxQjtBQUN4QyxVQUFNLEdBQUcsU0FBUyxNQUFNLFdBQVcsU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsSUFBb0IsU0FBUyxJQUFJLGFBQWEsRUFBRSxLQUFLLElBQUksQ0FBQztBQUQxRztBQUVuQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0Y7QUFHTyxTQUFTLE1BQU0sT0FBZSxNQUFNLElBQVk7QUFDckQsUUFBTSxJQUFJLE1BQU0sU0FBUyxNQUFNLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxJQUFJLFdBQU07QUFDL0QsU0FBTyxLQUFLLFVBQVUsQ0FBQztBQUN6Qjs7O0FDeEJBLElBQU0sUUFBUSxDQUFDLEtBQWUsV0FBcUIsT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEtBQUssSUFBUTtBQUdqRyxTQUFTLFVBQVUsV0FBdUIsUUFBaUMsUUFBa0MsVUFBMkI7QUFDN0ksYUFBVyxLQUFLLFdBQVc7QUFDekIsVUFBTSxPQUFPLE9BQU8sSUFBSSxFQUFFLElBQUk7QUFDOUIsUUFBSSxDQUFDLEtBQU07QUFDWCxVQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3BCLFVBQU0sVUFBVSxDQUFDLElBQUksR0FBRyxFQUFFLE9BQU8sT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLGFBQWEsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQztBQUNqRyxlQUFXLFVBQVUsU0FBUztBQUM1QixZQUFNLFFBQVEsb0JBQUksSUFBb0I7QUFDdEMsaUJBQVcsT0FBTyxNQUFNO0FBQ3RCLFlBQUksT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNqRSxjQUFNLElBQUksTUFBTSxLQUFLLE1BQU07QUFDM0IsY0FBTSxPQUFPLE1BQU0sSUFBSSxDQUFDO0FBQ3hCLFlBQUksU0FBUyxRQUFXO0FBQ3RCLGdCQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUN2QyxnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQ3pELG1CQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sRUFBRSxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxTQUFTLHFCQUFxQixPQUFPLEtBQUssS0FBSyxDQUFDLFdBQVcsTUFBTSxLQUFLLENBQUMseUJBQXlCLElBQUksSUFBSSxDQUFDO0FBQUEsUUFDMUssTUFBTyxPQUFNLElBQUksR0FBRyxJQUFJLEtBQUs7QUFBQSxNQUMvQjtBQUFBLElBQ0Y7QUFDQSxlQUFXLE1BQU0sRUFBRSxPQUFPLGVBQWUsQ0FBQyxHQUFHO0FBQzNDLFlBQU0sU0FBUyxHQUFHLFVBQVUsYUFBYSxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVU7QUFDcEUsWUFBTSxhQUFhLE9BQU8sSUFBSSxNQUFNO0FBQ3BDLFVBQUksQ0FBQyxXQUFZO0FBQ2pCLFlBQU0sT0FBTyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxNQUFNLEdBQUcsR0FBRyxVQUFVLE1BQU0sQ0FBQyxDQUFDO0FBQ3pFLGlCQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFJLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNwRSxZQUFJLENBQUMsS0FBSyxJQUFJLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxHQUFHO0FBQ3BDLGdCQUFNLFFBQVEsR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUM1RCxtQkFBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLEVBQUUsSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsR0FBRyxPQUFPLEdBQUcsT0FBTyxTQUFTLENBQUMsR0FBSSxTQUFTLHFCQUFxQixNQUFNLFNBQVMsR0FBRyxVQUFVLE9BQU8sS0FBSyxLQUFLLENBQUMsWUFBWSxNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUM7QUFBQSxRQUMzTTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUN4Q3lQLFNBQVMsWUFBWSxvQkFBb0I7QUFDbFMsU0FBUyxZQUFZO0FBR2QsU0FBUyxVQUFVLEdBQW1CO0FBQzNDLFNBQU8sRUFBRSxRQUFRLFNBQVMsR0FBRyxFQUFFLEtBQUs7QUFDdEM7QUFHTyxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUV2QixZQUFxQixLQUFhO0FBQWI7QUFBQSxFQUFjO0FBQUEsRUFEM0IsUUFBUSxvQkFBSSxJQUEyQjtBQUFBLEVBRy9DLElBQUksWUFBcUI7QUFDdkIsV0FBTyxXQUFXLEtBQUssR0FBRztBQUFBLEVBQzVCO0FBQUE7QUFBQSxFQUdBLEtBQUssTUFBNkI7QUFDaEMsUUFBSSxDQUFDLEtBQUssTUFBTSxJQUFJLElBQUksR0FBRztBQUN6QixZQUFNLE9BQU8sS0FBSyxLQUFLLEtBQUssSUFBSTtBQUNoQyxXQUFLLE1BQU0sSUFBSSxNQUFNLFdBQVcsSUFBSSxJQUFJLFVBQVUsYUFBYSxNQUFNLE1BQU0sQ0FBQyxJQUFJLElBQUk7QUFBQSxJQUN0RjtBQUNBLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLO0FBQUEsRUFDakM7QUFBQTtBQUFBLEVBR0EsVUFBVSxNQUE2QjtBQUNyQyxXQUFPLEtBQUssS0FBSyxJQUFJLEdBQUcsUUFBUSxTQUFTLEdBQUcsS0FBSztBQUFBLEVBQ25EO0FBQ0Y7OztBQ3ZCQSxJQUFNLGlCQUEyQztBQUFBLEVBQy9DLFlBQVksQ0FBQyxTQUFTLFVBQVUsVUFBVTtBQUFBLEVBQzFDLFNBQVMsQ0FBQyxRQUFRO0FBQ3BCO0FBRUEsSUFBTSxjQUFzQyxFQUFFLE9BQU8sT0FBTyxlQUFlLE9BQU8sU0FBUyxNQUFNO0FBRWpHLElBQU0sV0FBVyxDQUFDLFFBQUssSUFBSTtBQU1wQixTQUFTLGdCQUFnQixRQUFpQyxPQUFvQixRQUFrQyxVQUEyQjtBQUNoSixRQUFNLGFBQWEsSUFBSSxLQUFLLE9BQU8sSUFBSSxTQUFTLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQztBQUMvRyxhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssUUFBUTtBQUNqQyxlQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFNLEtBQUssQ0FBQyxRQUFnQixZQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsUUFBUSxDQUFDO0FBQ3RILFlBQU0sV0FBVyxTQUFTLFlBQVksT0FBTyxJQUFJLFNBQVMsSUFBSSxXQUFXLElBQUksT0FBTyxJQUFJLFNBQVMsQ0FBQztBQUNsRyxVQUFJLENBQUMsU0FBVTtBQUNmLFlBQU0sT0FBTyxNQUFNLEtBQUssUUFBUTtBQUNoQyxVQUFJLFNBQVMsTUFBTTtBQUNqQixXQUFHLGFBQWEsNEJBQTRCLFFBQVEsT0FBTyxNQUFNLEdBQUcsc0JBQXNCO0FBQzFGO0FBQUEsTUFDRjtBQUNBLFVBQUksT0FBTyxJQUFJLFVBQVUsVUFBVTtBQUNqQyxjQUFNLFFBQVEsVUFBVSxJQUFJLEtBQUs7QUFDakMsWUFBSSxDQUFDLEtBQUssU0FBUyxLQUFLLEVBQUcsSUFBRyxTQUFTLGtDQUFrQyxRQUFRLFdBQVcsTUFBTSxLQUFLLENBQUMsc0JBQXNCO0FBQzlILG1CQUFXLFVBQVUsZUFBZSxJQUFJLEtBQUssQ0FBQyxHQUFHO0FBQy9DLGdCQUFNLElBQUksSUFBSSxNQUFNO0FBRXBCLGdCQUFNLE1BQU0sV0FBVyxZQUFZLE9BQU8sSUFBSSxpQkFBaUIsV0FBVyxVQUFVLElBQUksWUFBWSxJQUFJO0FBQ3hHLGdCQUFNLFFBQVEsUUFBUSxRQUFRLFVBQVU7QUFDeEMsY0FBSSxPQUFPLE1BQU0sU0FBVTtBQUMzQixjQUFJLFdBQVcsV0FBVyxJQUFJLG9CQUFvQixXQUFXO0FBQzNELGtCQUFNLFFBQVEsVUFBVSxLQUFLO0FBQzdCLGdCQUFJLE1BQU0sV0FBVyxFQUFHLElBQUcsUUFBUSxpREFBaUQsTUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxZQUFZLGFBQWEsQ0FBQyxDQUFDLEVBQUU7QUFBQSxVQUNySixXQUFXLENBQUMsZUFBZSxLQUFLLENBQUMsRUFBRyxJQUFHLFFBQVEsd0NBQXdDLEtBQUssV0FBVyxhQUFhLENBQUMsQ0FBQyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUMvSTtBQUFBLE1BQ0Y7QUFDQSxVQUFJLE9BQU8sSUFBSSxpQkFBaUIsWUFBWSxDQUFDLEtBQUssU0FBUyxVQUFVLElBQUksWUFBWSxDQUFDLEdBQUc7QUFDdkYsV0FBRyxnQkFBZ0Isa0NBQWtDLFFBQVEsV0FBVyxNQUFNLFVBQVUsSUFBSSxZQUFZLENBQUMsQ0FBQyxzQkFBc0I7QUFBQSxNQUNsSTtBQUNBLFlBQU0sWUFBWSxZQUFZLElBQUk7QUFDbEMsWUFBTSxNQUFNLFlBQVksSUFBSSxTQUFTLElBQUk7QUFDekMsVUFBSSxPQUFPLFFBQVEsVUFBVTtBQUMzQixjQUFNLFNBQVMsU0FBUyxZQUFZLENBQUMsVUFBVSxrQkFBa0IsSUFBSSxDQUFDLFFBQVE7QUFDOUUsWUFBSSxDQUFDLE9BQU8sS0FBSyxDQUFDLE1BQU0sTUFBTSxVQUFVLENBQUMsR0FBRyxTQUFTLEdBQUcsQ0FBQyxFQUFHLElBQUcsV0FBWSx1QkFBdUIsT0FBTyxLQUFLLE1BQU0sQ0FBQyxpQkFBaUIsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLE1BQ3BKO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUFlLEdBQW9CO0FBQ2hFLFFBQU0sUUFBUSxvQkFBSSxJQUFJLENBQUMsYUFBYSxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUUsUUFBUSxLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQy9FLE1BQUksSUFBSSxNQUFNLElBQUssWUFBVyxRQUFRLFNBQVUsT0FBTSxJQUFJLEdBQUcsS0FBSyxNQUFNLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRTtBQUNuRixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLFVBQVUsS0FBSyxRQUFRLHVCQUF1QixNQUFNO0FBQzFELFFBQUksSUFBSSxPQUFPLGVBQWUsT0FBTyx1QkFBdUIsR0FBRyxFQUFFLEtBQUssS0FBSyxFQUFHLFFBQU87QUFBQSxFQUN2RjtBQUNBLFFBQU0sUUFBUSxhQUFhLENBQUMsS0FBSyxDQUFDO0FBQ2xDLFNBQU8sTUFBTSxLQUFLLENBQUMsTUFBTSxJQUFJLE9BQU8sZ0JBQWdCLENBQUMsZ0JBQWdCLElBQUksRUFBRSxLQUFLLEtBQUssQ0FBQztBQUN4RjtBQUdPLFNBQVMsVUFBVSxPQUF5QjtBQUNqRCxTQUFPLE1BQ0osUUFBUSxZQUFZLEVBQUUsRUFDdEIsTUFBTSx5QkFBeUIsRUFDL0IsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxPQUFPO0FBQ25COzs7QUNuRUEsSUFBTSxVQUFVO0FBRWhCLElBQU0sU0FBUztBQUdmLElBQU0sZ0JBQXdDO0FBQUEsRUFDNUMsNEJBQTRCO0FBQUEsRUFDNUIsNkRBQTZEO0FBQUEsRUFDN0QscUJBQXFCO0FBQUEsRUFDckIsY0FBYztBQUNoQjtBQUdPLFNBQVMsV0FBVyxPQUFpQixVQUFvQixNQUFjLFVBQXdDO0FBQ3BILFFBQU0sS0FBSyxDQUFDLE1BQWMsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLFFBQVEsUUFBUSxDQUFDO0FBQzNHLFFBQU0sU0FBUyxTQUFTLE9BQU87QUFDL0IsUUFBTSxTQUFTLFNBQVM7QUFDeEIsY0FBWSxNQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLFFBQVEsWUFBWSxHQUFHLEdBQUcsUUFBUSxPQUFPLENBQUM7QUFDaEcsUUFBTSxXQUFXLFNBQVMsV0FBVztBQUNyQyxRQUFNLFFBQVEsSUFBSSxJQUFJLE1BQU0sT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUN4RCxRQUFNLE9BQW1CLENBQUM7QUFDMUIsYUFBVyxVQUFVLE1BQU0sU0FBUztBQUNsQyxRQUFJLE9BQU8sTUFBTSxXQUFXLE1BQU0sT0FBTyxRQUFRO0FBRS9DLFlBQU0sSUFBSSxPQUFPLE1BQU07QUFDdkIsWUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLFNBQVMsTUFBTSxPQUFPLENBQUMsSUFBSztBQUM1RCxTQUFHLE9BQU8sTUFBTSxRQUFRLFlBQVksTUFBTSxPQUFPLE1BQU0saUJBQWlCLENBQUMsRUFBRTtBQUMzRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQWdCLEVBQUUsT0FBTyxPQUFPLEtBQUs7QUFDM0MsZUFBVyxTQUFTLFFBQVE7QUFDMUIsWUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDOUIsVUFBSSxNQUFNLE9BQVc7QUFDckIsVUFBSSxNQUFNLElBQUksSUFBSSxVQUFVLE9BQU8sTUFBTSxDQUFDLEtBQUssSUFBSSxPQUFPLENBQUMsWUFBWSxHQUFHLE9BQU8sTUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDO0FBQUEsSUFDN0c7QUFDQSxTQUFLLEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFFQSxTQUFPLFdBQVcsT0FBTztBQUMzQjtBQUVBLFNBQVMsWUFBWSxPQUFpQixVQUFvQixRQUF5RDtBQUNqSCxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLEtBQUssSUFBSSxDQUFDLEVBQUcsUUFBTyxHQUFHLG9DQUFvQyxNQUFNLENBQUMsQ0FBQyxRQUFRO0FBQy9FLFNBQUssSUFBSSxDQUFDO0FBQUEsRUFDWjtBQUNBLFFBQU0sVUFBVSxTQUFTLE9BQU8sQ0FBQyxNQUFNLENBQUMsTUFBTSxTQUFTLENBQUMsQ0FBQztBQUN6RCxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLFNBQVMsU0FBUyxDQUFDLENBQUM7QUFDdkQsUUFBTSxVQUFVLENBQUMsUUFBUSxVQUFVLENBQUMsTUFBTTtBQUUxQyxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxNQUFNLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSztBQUNoRSxVQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFVBQU0sSUFBSSxTQUFTLENBQUM7QUFDcEIsUUFBSSxNQUFNLFVBQWEsTUFBTSxVQUFhLFFBQVEsU0FBUyxDQUFDLEtBQUssTUFBTSxTQUFTLENBQUMsR0FBRztBQUNsRixhQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLFdBQVcsTUFBTSxDQUFDLENBQUMsRUFBRTtBQUMxRCxjQUFRLE9BQU8sUUFBUSxRQUFRLENBQUMsR0FBRyxDQUFDO0FBQ3BDLFlBQU0sT0FBTyxNQUFNLFFBQVEsQ0FBQyxHQUFHLENBQUM7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssUUFBUyxRQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLHdCQUF3QjtBQUN0RixhQUFXLEtBQUssTUFBTyxRQUFPLEdBQUcsd0VBQXdFLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDbkgsTUFBSSxTQUFTO0FBQ1gsVUFBTSxJQUFJLE1BQU0sVUFBVSxDQUFDLEdBQUcsTUFBTSxNQUFNLFNBQVMsQ0FBQyxDQUFDO0FBQ3JELFFBQUksS0FBSyxFQUFHLFFBQU8sTUFBTSxDQUFDLEdBQUksbUJBQW1CLE1BQU0sU0FBUyxDQUFDLENBQUUsQ0FBQyxnQkFBZ0IsSUFBSSxDQUFDLFdBQVcsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLHlCQUF5QjtBQUFBLEVBQy9JO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsS0FBYSxPQUFjLFFBQXlDO0FBQ3JGLFFBQU0sSUFBSSxNQUFNLGVBQWUsQ0FBQztBQUNoQyxNQUFJLElBQUksU0FBUyxRQUFRLEVBQUcsUUFBTztBQUNuQyxNQUFJLFFBQVEsSUFBSTtBQUNkLFFBQUksRUFBRSxTQUFVLFFBQU8sdUNBQXVDO0FBQzlELFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQ3RCLFdBQU8saURBQWlELE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDcEUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE1BQU0sU0FBUyxhQUFhLE1BQU0sU0FBUyxVQUFVO0FBQ3ZELFVBQU0sTUFBTSxNQUFNLFNBQVMsWUFBWSxVQUFVLFFBQVEsS0FBSyxHQUFHO0FBQ2pFLFFBQUksQ0FBQyxJQUFJO0FBQ1AsYUFBTyxZQUFZLE1BQU0sU0FBUyxZQUFZLGVBQWUsVUFBVSxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDOUYsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLElBQUksT0FBTyxHQUFHO0FBQ3BCLFFBQUksRUFBRSxZQUFZLFVBQWEsSUFBSSxFQUFFLFFBQVMsUUFBTyw0QkFBdUIsRUFBRSxPQUFPLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLGFBQ25HLEVBQUUsWUFBWSxVQUFhLElBQUksRUFBRSxRQUFTLFFBQU8sNEJBQXVCLEVBQUUsT0FBTyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUM1RyxRQUFPO0FBQ1osV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEVBQUUsUUFBUSxDQUFDLEVBQUUsS0FBSyxTQUFTLEdBQUcsR0FBRztBQUNuQyxXQUFPLG1CQUFtQixFQUFFLEtBQUssS0FBSyxJQUFJLENBQUMsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ2xFLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsQ0FBQyxJQUFJLE9BQU8sRUFBRSxTQUFTLEdBQUcsRUFBRSxLQUFLLEdBQUcsR0FBRztBQUN0RCxXQUFPLFlBQVksY0FBYyxFQUFFLE9BQU8sS0FBSyxrQkFBa0IsRUFBRSxPQUFPLEdBQUcsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ3BHLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsY0FBYyxFQUFFLE9BQU8sR0FBRyxXQUFXLGFBQWEsS0FBSyxDQUFDLGVBQWUsR0FBRyxHQUFHO0FBQzVGLFdBQU8sc0NBQXNDLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDekQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGVBQWUsS0FBc0I7QUFDNUMsUUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFDM0MsTUFBSSxNQUFNLE9BQVcsUUFBTztBQUM1QixRQUFNLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFJLElBQUssR0FBRyxDQUFDLENBQUM7QUFDN0MsU0FBTyxLQUFLLFlBQVksTUFBTSxJQUFLLEtBQUssS0FBSyxXQUFXLE1BQU07QUFDaEU7OztBQzNINlAsU0FBUyxnQkFBQUMscUJBQW9CO0FBd0NuUixTQUFTLFlBQVksTUFBMkI7QUFDckQsU0FBTyxLQUFLLE1BQU1DLGNBQWEsTUFBTSxNQUFNLENBQUM7QUFDOUM7OztBQzFDaVAsT0FBTyxVQUFVO0FBa0IzUCxTQUFTLFFBQVEsT0FBbUIsTUFBYyxVQUFzQztBQUM3RixRQUFNLEtBQUssQ0FBQyxNQUFjLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxRQUFRLFFBQVEsQ0FBQztBQUMzRyxNQUFJLE1BQU0sV0FBVyxHQUFHO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUVBLE1BQUksT0FBTyxJQUFJLFlBQVksU0FBUyxFQUFFLE9BQU8sT0FBTyxXQUFXLEtBQUssQ0FBQyxFQUFFLE9BQU8sS0FBSztBQUNuRixNQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sT0FBUTtBQUNqQyxPQUFHLEdBQUcsS0FBSyx1REFBdUQ7QUFDbEUsV0FBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ3JCO0FBQ0EsUUFBTSxPQUFPLEtBQUssUUFBUSxJQUFJO0FBQzlCLE1BQUksUUFBUSxHQUFHO0FBQ2IsT0FBRyxPQUFPLE1BQU0sSUFBSSxHQUFHLEtBQUssMkNBQTJDO0FBQ3ZFLFdBQU8sS0FBSyxRQUFRLFVBQVUsSUFBSTtBQUFBLEVBQ3BDO0FBQ0EsTUFBSSxLQUFLLEtBQUssTUFBTSxJQUFJO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxXQUFXLE1BQU0sQ0FBQyxNQUFNLE9BQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFFL0Usb0JBQWdCLFVBQVUsTUFBTSxJQUFJO0FBQ3BDLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxPQUFvQixDQUFDO0FBQzNCLE1BQUksUUFBUTtBQUNaLE9BQUssTUFBZ0IsTUFBTTtBQUFBLElBQ3pCLFdBQVc7QUFBQSxJQUNYLFNBQVM7QUFBQSxJQUNULFdBQVc7QUFBQSxJQUNYLGdCQUFnQjtBQUFBLElBQ2hCLE1BQU0sQ0FBQyxXQUFXO0FBQ2hCLFlBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsV0FBSyxLQUFLLEVBQUUsTUFBTSxPQUFPLE1BQU0sS0FBSyxHQUFHLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDM0QsY0FBUSxTQUFTO0FBQUEsSUFDbkI7QUFBQSxFQUNGLENBQUM7QUFFRCxNQUFJLEtBQUssVUFBVSxRQUFRLEtBQUssS0FBSyxTQUFTLENBQUMsRUFBRyxLQUFLLEVBQUcsTUFBSyxJQUFJO0FBQ25FLFFBQU0sQ0FBQyxNQUFNLEdBQUcsT0FBTyxJQUFJO0FBQzNCLE1BQUksQ0FBQyxNQUFNO0FBQ1QsT0FBRyxHQUFHLEtBQUssNENBQTRDO0FBQ3ZELFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxTQUFTLEtBQUs7QUFDcEIsYUFBVyxLQUFLLFNBQVM7QUFDdkIsUUFBSSxRQUFRLEVBQUUsS0FBSyxFQUFHLElBQUcsRUFBRSxNQUFNLEtBQUssd0NBQXdDO0FBQzlFLGFBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxNQUFNLFFBQVEsS0FBSztBQUN2QyxVQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUcsU0FBUyxRQUFRLEVBQUcsSUFBRyxFQUFFLE1BQU0sT0FBTyxDQUFDLEtBQUssSUFBSSxJQUFJLENBQUMsSUFBSSwwREFBMEQsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBRTtBQUFBLElBQ3pKO0FBQUEsRUFDRjtBQUNBLFNBQU8sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN2QixRQUFJLEVBQUUsU0FBUyxRQUFRLEVBQUcsSUFBRyxHQUFHLElBQUksSUFBSSxDQUFDLElBQUksMERBQTBELE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUNuSCxDQUFDO0FBQ0QsU0FBTyxFQUFFLFFBQVEsU0FBUyxRQUFRLE9BQU8sQ0FBQyxNQUFNLENBQUMsUUFBUSxFQUFFLEtBQUssQ0FBQyxFQUFFO0FBQ3JFO0FBRUEsU0FBUyxRQUFRLE9BQTBCO0FBQ3pDLFNBQU8sTUFBTSxXQUFXLEtBQUssTUFBTSxDQUFDLE1BQU07QUFDNUM7QUFFTyxTQUFTLE9BQU8sTUFBYyxPQUF1QjtBQUMxRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsSUFBSSxLQUFLLFFBQVEsSUFBSyxLQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sR0FBSTtBQUNsRixTQUFPO0FBQ1Q7QUFNQSxTQUFTLFdBQVcsTUFBYyxRQUF5RTtBQUN6RyxNQUFJLEtBQUs7QUFDVCxNQUFJLE9BQU87QUFDWCxNQUFJLFFBQVE7QUFDWixNQUFJLElBQUk7QUFDUixNQUFJLGFBQWE7QUFDakIsU0FBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixVQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFFBQUksY0FBYyxNQUFNLEtBQUs7QUFDM0IsWUFBTSxXQUFXO0FBQ2pCO0FBQ0EsVUFBSSxTQUFTO0FBQ2IsYUFBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixZQUFJLEtBQUssQ0FBQyxNQUFNLEtBQUs7QUFDbkIsY0FBSSxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFBRSxpQkFBSztBQUFHO0FBQUEsVUFBUztBQUM1QyxtQkFBUztBQUNUO0FBQ0E7QUFBQSxRQUNGO0FBQ0EsWUFBSSxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQ3RCO0FBQUEsTUFDRjtBQUNBLFVBQUksQ0FBQyxRQUFRO0FBQ1gsZUFBTyxVQUFVLE9BQU8seUVBQXlFO0FBQ2pHLGVBQU87QUFBQSxNQUNUO0FBQ0EsWUFBTSxPQUFPLEtBQUssQ0FBQztBQUNuQixVQUFJLFNBQVMsVUFBYSxTQUFTLE9BQU8sU0FBUyxNQUFNO0FBQ3ZELGVBQU8sTUFBTSxPQUFPLCtEQUErRCxNQUFNLElBQUksQ0FBQyxrQkFBa0I7QUFDaEgsYUFBSztBQUNMLGVBQU8sSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLE1BQU0sT0FBTyxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQUEsTUFDakU7QUFDQSxtQkFBYTtBQUNiO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxLQUFLO0FBQUU7QUFBUyxtQkFBYTtBQUFNO0FBQUs7QUFBQSxJQUFTO0FBQzNELFFBQUksTUFBTSxNQUFNO0FBQUU7QUFBUSxjQUFRO0FBQUcsbUJBQWE7QUFBTTtBQUFLO0FBQUEsSUFBUztBQUN0RSxRQUFJLE1BQU0sS0FBSztBQUNiLGFBQU8sTUFBTSxPQUFPLDRHQUE0RztBQUNoSSxXQUFLO0FBQ0wsYUFBTyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssSUFBSSxDQUFDLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQU07QUFBQSxJQUM3RTtBQUNBLGlCQUFhO0FBQ2I7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsVUFBcUIsTUFBYyxNQUFvQjtBQUM5RSxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3hELFFBQU0sU0FBUyxVQUFVLFNBQVMsR0FBRyxJQUFJLENBQUMsSUFBSSxVQUFVLE1BQU0sR0FBRztBQUNqRSxhQUFXLEtBQUssVUFBVTtBQUN4QixRQUFJLEVBQUUsU0FBUyxRQUFRLENBQUMsRUFBRSxPQUFPLFdBQVcsR0FBRyxFQUFHO0FBQ2xELFVBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQztBQUNqRCxRQUFJLEtBQU0sR0FBRSxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FQcEpvSixJQUFNLDJDQUEyQztBQWE5TCxJQUFNLGVBQWUsUUFBUSxjQUFjLElBQUksSUFBSSxTQUFTLHdDQUFlLENBQUMsQ0FBQztBQUU3RSxJQUFNLFdBQVcsUUFBUSxJQUFJLGVBQWUsUUFBUSxRQUFRLElBQUksWUFBWSxJQUFJQyxNQUFLLGNBQWMsTUFBTTtBQUV6RyxJQUFNLGNBQWMsUUFBUSxJQUFJLGtCQUFrQixRQUFRLFFBQVEsSUFBSSxlQUFlLElBQUksUUFBUSxjQUFjLE1BQU0sVUFBVSxTQUFTO0FBbUJ4SSxTQUFTLFVBQVUsVUFBdUIsQ0FBQyxHQUFlO0FBQy9ELFFBQU0sVUFBVSxRQUFRLFFBQVEsV0FBVyxRQUFRO0FBQ25ELFFBQU0sUUFBUSxRQUFRLFVBQVUsU0FBUyxjQUFjLE9BQU8sS0FBSztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxTQUFpQixHQUFHLEtBQUssSUFBSSxJQUFJO0FBQ2pELFFBQU0sV0FBc0IsQ0FBQztBQUM3QixRQUFNLFVBQVVBLE1BQUssU0FBUyxrQkFBa0I7QUFDaEQsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLFlBQVksT0FBTztBQUFBLEVBQzNCLFNBQVMsR0FBRztBQUNWLGFBQVMsS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLHFCQUFxQixNQUFNLEdBQUcsUUFBUSxLQUFLLFNBQVMsZ0RBQWlELEVBQVksT0FBTyxHQUFHLENBQUM7QUFDMUosV0FBTyxFQUFFLEtBQUssRUFBRSxXQUFXLENBQUMsRUFBRSxHQUE2QixRQUFRLENBQUMsR0FBYSxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ25IO0FBQ0EsUUFBTSxTQUFTLG9CQUFJLElBQXdCO0FBQzNDLGFBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsVUFBTSxPQUFPQSxNQUFLLFNBQVMsU0FBUyxJQUFJO0FBQ3hDLFVBQU0sT0FBTyxPQUFPLFNBQVMsSUFBSTtBQUNqQyxRQUFJLENBQUNDLFlBQVcsSUFBSSxHQUFHO0FBQ3JCLGVBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLDREQUE0RCxDQUFDO0FBQ2xIO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxRQUFRQyxjQUFhLElBQUksR0FBRyxNQUFNLFFBQVE7QUFDdEQsVUFBTSxPQUFPLE9BQU8sV0FBVyxLQUFLLFVBQVUsTUFBTSxRQUFRO0FBQzVELFFBQUksS0FBTSxRQUFPLElBQUksU0FBUyxNQUFNLElBQUk7QUFBQSxFQUMxQztBQUNBLFlBQVUsSUFBSSxXQUFXLFFBQVEsUUFBUSxRQUFRO0FBQ2pELGFBQVcsUUFBUSxRQUFRLFFBQVE7QUFFbkMsUUFBTSxRQUFRLElBQUksWUFBWSxRQUFRLGNBQWMsV0FBVztBQUMvRCxNQUFJLGFBQXVDO0FBQzNDLE1BQUksTUFBTSxXQUFXO0FBQ25CLG9CQUFnQixRQUFRLE9BQU8sUUFBUSxRQUFRO0FBQy9DLGlCQUFhO0FBQUEsRUFDZixXQUFXLFFBQVEsa0JBQWtCLFFBQVEsSUFBSSxPQUFPLFFBQVE7QUFDOUQsYUFBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLEtBQUssTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLG9GQUFvRixDQUFDO0FBQUEsRUFDdko7QUFDQSxXQUFTLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLGNBQWMsRUFBRSxJQUFJLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSTtBQUN2RSxTQUFPLEVBQUUsS0FBSyxRQUFRLE9BQU8sWUFBWSxNQUFNLEdBQXdCLFVBQVUsV0FBVztBQUM5RjtBQUdPLFNBQVMsU0FBUyxVQUF1QixDQUFDLEdBQVc7QUFDMUQsUUFBTSxTQUFTLFVBQVUsT0FBTztBQUNoQyxNQUFJLE9BQU8sU0FBUyxPQUFRLE9BQU0sSUFBSSxVQUFVLE9BQU8sUUFBUTtBQUMvRCxTQUFPLE9BQU87QUFDaEI7OztBRHpFTyxTQUFTLFdBQWMsTUFBNkI7QUFDekQsU0FBTyxhQUFhO0FBQUEsSUFDbEIsT0FBTyxDQUFDLG9CQUFvQiw2QkFBNkI7QUFBQSxJQUN6RCxNQUFNLE1BQVMsS0FBSyxTQUFTLENBQUM7QUFBQSxFQUNoQyxDQUFDO0FBQ0g7OztBU1JBLElBQU8sb0JBQVEsV0FBVyxRQUFROyIsCiAgIm5hbWVzIjogWyJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgInJlYWRGaWxlU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiam9pbiIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyJdCn0K
