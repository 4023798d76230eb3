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

// scripts/site/views/anbefalinger.ts
var THEMES = {
  acute_help: "Akut hj\xE6lp",
  psychological_support: "Psykologst\xF8tte",
  family: "Familien",
  children_young: "B\xF8rn og unge",
  schools: "Skoler",
  parents_community: "For\xE6ldre og lokalmilj\xF8",
  professionals: "Fagpersoner",
  aftercare: "Efter krisecenter",
  coordination: "Koordinering",
  knowledge: "Viden"
};
function anbefalingerView(t) {
  const org = (id) => t.organisations.find((o) => o.org_id === id)?.name ?? id;
  const plan = (id) => t.plans.find((p) => p.plan_id === id);
  return {
    themes: Object.entries(THEMES).map(([key, name]) => ({
      key,
      name,
      items: t.recommendations.filter((r) => r.theme === key).map((r) => ({ id: r.recommendation_id, anchor: anchor.recommendation(r.recommendation_id), text: r.text, issuer: org(r.issuer_org_id), plan: plan(r.plan_id).short_name, planId: r.plan_id, citation: cite(t, r) }))
    })).filter((g) => g.items.length)
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

// components/data/anbefalinger.data.ts
var anbefalinger_data_default = pageLoader(anbefalingerView);
export {
  anbefalinger_data_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsic2NyaXB0cy9zaXRlL2FuY2hvcnMudHMiLCAic2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzIiwgInNjcmlwdHMvc2l0ZS9jaXRlLnRzIiwgInNjcmlwdHMvc2l0ZS92aWV3cy9hbmJlZmFsaW5nZXIudHMiLCAiY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzIiwgInNjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHMiLCAic2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzIiwgInNjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXJ1bGVzLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay10YWJsZS50cyIsICJzY3JpcHRzL2RhdGEvcGFja2FnZS1zY2hlbWEudHMiLCAic2NyaXB0cy9kYXRhL3JlYWQtY3N2LnRzIiwgImNvbXBvbmVudHMvZGF0YS9hbmJlZmFsaW5nZXIuZGF0YS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbmNob3JzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2FuY2hvcnMudHNcIjsvKiogRWxlbWVudCBpZHMgb2YgcmVjb3JkcyBvbiB0aGUgcGFnZXM7IHNlYXJjaCBoaXRzIGFuZCB0aGUgS2lsZGVyIHBhZ2UgbGluayB0byB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IGFuY2hvciA9IHtcbiAgaW5pdGlhdGl2ZTogKGlkOiBzdHJpbmcpID0+IGBpbml0aWF0aXYtJHtpZH1gLFxuICByZWNvbW1lbmRhdGlvbjogKGlkOiBzdHJpbmcpID0+IGBhbmJlZmFsaW5nLSR7aWR9YCxcbiAgbGluazogKGlkOiBzdHJpbmcpID0+IGBsaW5rLSR7aWR9YCxcbiAgb3JnYW5pc2F0aW9uOiAoaWQ6IHN0cmluZykgPT4gYG9yZy0ke2lkfWAsXG4gIHRlcm06IChpZDogc3RyaW5nKSA9PiBgdGVybS0ke2lkfWAsXG4gIGV2ZW50OiAoaWQ6IHN0cmluZykgPT4gYGJlZ2l2ZW5oZWQtJHtpZH1gLFxuICBzb3VyY2U6IChpZDogc3RyaW5nKSA9PiBga2lsZGUtJHtpZH1gLFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZm9ybWF0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZm9ybWF0L2RhbmlzaC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZm9ybWF0L2RhbmlzaC50c1wiO2ltcG9ydCB7IGZvcm1hdExvY2FsZSB9IGZyb20gJ2QzLWZvcm1hdCdcbmltcG9ydCB7IHRpbWVGb3JtYXRMb2NhbGUgfSBmcm9tICdkMy10aW1lLWZvcm1hdCdcblxuLyoqXG4gKiBUaGUgb25lIHBsYWNlIG51bWJlcnMgYW5kIGRhdGVzIGFyZSB0dXJuZWQgaW50byBEYW5pc2ggdGV4dC4gQSBmaXhlZCBsb2NhbGUgKG5vdCB0aGVcbiAqIGJyb3dzZXIncykgc28gdGhhdCB0aGUgc2VydmVyLXJlbmRlcmVkIEhUTUwgYW5kIHRoZSBoeWRyYXRlZCBwYWdlIHJlYWQgdGhlIHNhbWUuXG4gKi9cbmNvbnN0IG51bWJlckxvY2FsZSA9IGZvcm1hdExvY2FsZSh7IGRlY2ltYWw6ICcsJywgdGhvdXNhbmRzOiAnLicsIGdyb3VwaW5nOiBbM10sIGN1cnJlbmN5OiBbJycsICcga3IuJ10sIG1pbnVzOiAnXHUyMjEyJyB9KVxuY29uc3QgZGF0ZUxvY2FsZSA9IHRpbWVGb3JtYXRMb2NhbGUoe1xuICBkYXRlVGltZTogJyVBIGRlbiAlZC4gJUIgJVkgJVgnLFxuICBkYXRlOiAnJWQuJW0uJVknLFxuICB0aW1lOiAnJUg6JU06JVMnLFxuICBwZXJpb2RzOiBbJ0FNJywgJ1BNJ10sXG4gIGRheXM6IFsnc1x1MDBGOG5kYWcnLCAnbWFuZGFnJywgJ3RpcnNkYWcnLCAnb25zZGFnJywgJ3RvcnNkYWcnLCAnZnJlZGFnJywgJ2xcdTAwRjhyZGFnJ10sXG4gIHNob3J0RGF5czogWydzXHUwMEY4bicsICdtYW4nLCAndGlyJywgJ29ucycsICd0b3InLCAnZnJlJywgJ2xcdTAwRjhyJ10sXG4gIG1vbnRoczogWydqYW51YXInLCAnZmVicnVhcicsICdtYXJ0cycsICdhcHJpbCcsICdtYWonLCAnanVuaScsICdqdWxpJywgJ2F1Z3VzdCcsICdzZXB0ZW1iZXInLCAnb2t0b2JlcicsICdub3ZlbWJlcicsICdkZWNlbWJlciddLFxuICBzaG9ydE1vbnRoczogWydqYW4nLCAnZmViJywgJ21hcicsICdhcHInLCAnbWFqJywgJ2p1bicsICdqdWwnLCAnYXVnJywgJ3NlcCcsICdva3QnLCAnbm92JywgJ2RlYyddLFxufSlcblxuY29uc3QgcGxhaW4gPSBudW1iZXJMb2NhbGUuZm9ybWF0KCcsLjJ+ZicpXG5jb25zdCBwZXJjZW50ID0gbnVtYmVyTG9jYWxlLmZvcm1hdCgnLjAlJylcbmNvbnN0IGRheU1vbnRoWWVhciA9IGRhdGVMb2NhbGUudXRjRm9ybWF0KCclLWQuICVCICVZJylcbmNvbnN0IG1vbnRoWWVhciA9IGRhdGVMb2NhbGUudXRjRm9ybWF0KCclQiAlWScpXG5cbi8qKiAyMDAwIFx1MjE5MiBcIjIuMDAwXCIsIDczLjQgXHUyMTkyIFwiNzMsNFwiLCAtMSBcdTIxOTIgXCJcdTIyMTIxXCIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0TnVtYmVyKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBwbGFpbihuKVxufVxuXG4vKiogNzMuNCBcdTIxOTIgXCI3Myw0IG1pby4ga3IuXCIgKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRNaW8objogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3BsYWluKG4pfSBtaW8uIGtyLmBcbn1cblxuLyoqIDAuNDkgXHUyMTkyIFwiNDkgJVwiIChEYW5pc2ggcHV0cyBhIHNwYWNlIGJlZm9yZSB0aGUgc2lnbikuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0U2hhcmUoc2hhcmU6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBwZXJjZW50KHNoYXJlKS5yZXBsYWNlKCclJywgJyAlJylcbn1cblxuLyoqIEEgeWVhciByYW5nZSBhcyBEYW5pc2ggdGV4dDogMjAxN1x1MjAxMzIwMjAgKGVuIGRhc2gpLCBvciBvbmUgeWVhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRZZWFycyhzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBzdGFydCA9PT0gZW5kID8gU3RyaW5nKHN0YXJ0KSA6IGAke3N0YXJ0fVx1MjAxMyR7ZW5kfWBcbn1cblxuLyoqIElTTyBkYXRlIG9mIGFueSBwcmVjaXNpb24gXHUyMTkyIFwiMzAuIGF1Z3VzdCAyMDIxXCIsIFwianVuaSAyMDIxXCIsIFwiMjAxOFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdERhdGUoaXNvOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBbeSwgbSwgZF0gPSBpc28uc3BsaXQoJy0nKS5tYXAoTnVtYmVyKVxuICBpZiAobSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gU3RyaW5nKHkpXG4gIGNvbnN0IGRhdGUgPSBuZXcgRGF0ZShEYXRlLlVUQyh5ISwgbSAtIDEsIGQgPz8gMSkpXG4gIHJldHVybiBkID09PSB1bmRlZmluZWQgPyBtb250aFllYXIoZGF0ZSkgOiBkYXlNb250aFllYXIoZGF0ZSlcbn1cblxuLyoqIERhbmlzaCB3b3JkcyBmb3Igc21hbGwgbnVtYmVycywgYXMgc291cmNlcyB3cml0ZSB0aGVtIChcImZpcmUgbnllXCIsIFwibmkgbWlsbGlvbmVyXCIpLiAqL1xuZXhwb3J0IGNvbnN0IE5VTUJFUl9XT1JEUzogUmVjb3JkPG51bWJlciwgc3RyaW5nW10+ID0ge1xuICAxOiBbJ1x1MDBFOW4nLCAnZW4nLCAnZXQnLCAnXHUwMEU5dCcsICdlbmUnXSwgMjogWyd0byddLCAzOiBbJ3RyZSddLCA0OiBbJ2ZpcmUnXSwgNTogWydmZW0nXSwgNjogWydzZWtzJ10sIDc6IFsnc3l2J10sXG4gIDg6IFsnb3R0ZSddLCA5OiBbJ25pJ10sIDEwOiBbJ3RpJ10sIDExOiBbJ2VsbGV2ZSddLCAxMjogWyd0b2x2J10sXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaXRlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NpdGUudHNcIjtpbXBvcnQgeyBmb3JtYXREYXRlIH0gZnJvbSAnLi4vZm9ybWF0L2RhbmlzaC50cydcbmltcG9ydCB0eXBlIHsgU291cmNlLCBUYWJsZXMgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuXG4vKiogV2hlcmUgYSBmaWd1cmUgY29tZXMgZnJvbSwgcmVhZHkgdG8gc2hvdzogdGhlIHNvdXJjZSBuYW1lZCwgdGhlIHBhc3NhZ2UgcXVvdGVkLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDaXRhdGlvbiB7XG4gIHNvdXJjZUlkOiBzdHJpbmdcbiAgLyoqIFwiQnJldiBmcmEgdWRsXHUwMEU2bmRpbmdlLSBvZyBpbnRlZ3JhdGlvbnNtaW5pc3RlcmVuLCAzMC4gYXVndXN0IDIwMjFcIiBzdHlsZSBsYWJlbC4gKi9cbiAgbGFiZWw6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIGRhdGU6IHN0cmluZyB8IG51bGxcbiAgdXJsOiBzdHJpbmcgfCBudWxsXG4gIGxvY2F0b3I6IHN0cmluZ1xuICBxdW90ZTogc3RyaW5nXG4gIC8qKiBUaGUgcXVvdGUgaXMgT0NSIHRleHQsIHNob3duIGFzIHRoZSBzb3VyY2UgaGFzIGl0LiAqL1xuICBvY3I6IGJvb2xlYW5cbn1cblxuaW50ZXJmYWNlIFByb3ZlbmFuY2VkIHtcbiAgc291cmNlX2lkOiBzdHJpbmdcbiAgbG9jYXRvcjogc3RyaW5nXG4gIHF1b3RlOiBzdHJpbmdcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNvdXJjZUxhYmVsKHM6IFNvdXJjZSk6IHN0cmluZyB7XG4gIGNvbnN0IGRhdGUgPSBzLmRhdGUgPyBmb3JtYXREYXRlKHMuZGF0ZSkgOiBzLmRhdGVfbm90ZVxuICByZXR1cm4gW3Muc2VuZGVyLCBkYXRlXS5maWx0ZXIoQm9vbGVhbikuam9pbignLCAnKVxufVxuXG4vKiogQSBjaXRhdGlvbiBhcyBvbmUgbGluZSBvZiB0ZXh0LCBmb3IgYSBkYXRhIGZpbGU6IFwic2VuZGVyLCBkYXRlOiB0aXRsZVwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNpdGF0aW9uTGluZShjOiBDaXRhdGlvbik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtjLmxhYmVsfTogJHtjLnRpdGxlfWBcbn1cblxuLyoqIEJ1aWxkcyBhIGNpdGF0aW9uIGZvciBhbnkgcm93IHRoYXQgY2FycmllcyBwcm92ZW5hbmNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNpdGUodGFibGVzOiBUYWJsZXMsIHJvdzogUHJvdmVuYW5jZWQsIHF1b3RlID0gcm93LnF1b3RlKTogQ2l0YXRpb24ge1xuICBjb25zdCBzID0gdGFibGVzLnNvdXJjZXMuZmluZCgoeCkgPT4geC5zb3VyY2VfaWQgPT09IHJvdy5zb3VyY2VfaWQpXG4gIGlmICghcykgdGhyb3cgbmV3IEVycm9yKGBubyBzb3VyY2UgJHtyb3cuc291cmNlX2lkfWApIC8vIHRoZSBkYXRhIGNoZWNrIG1ha2VzIHRoaXMgdW5yZWFjaGFibGVcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2VJZDogcy5zb3VyY2VfaWQsXG4gICAgbGFiZWw6IHNvdXJjZUxhYmVsKHMpLFxuICAgIHRpdGxlOiBzLnRpdGxlLFxuICAgIGRhdGU6IHMuZGF0ZSA/IGZvcm1hdERhdGUocy5kYXRlKSA6IG51bGwsXG4gICAgdXJsOiBzLnVybCxcbiAgICBsb2NhdG9yOiByb3cubG9jYXRvcixcbiAgICBxdW90ZSxcbiAgICBvY3I6IHMub2NyID09PSAneWVzJyxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3MvYW5iZWZhbGluZ2VyLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL3ZpZXdzL2FuYmVmYWxpbmdlci50c1wiO2ltcG9ydCB0eXBlIHsgVGFibGVzIH0gZnJvbSAnLi4vLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGFuY2hvciB9IGZyb20gJy4uL2FuY2hvcnMudHMnXG5pbXBvcnQgeyBjaXRlIH0gZnJvbSAnLi4vY2l0ZS50cydcblxuLyoqIERhbmlzaCBuYW1lcyBvZiB0aGUgcmVjb21tZW5kYXRpb24gdGhlbWVzLCBpbiB0aGUgb3JkZXIgdGhlIHBhZ2Ugc2hvd3MgdGhlbS4gKi9cbmV4cG9ydCBjb25zdCBUSEVNRVM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIGFjdXRlX2hlbHA6ICdBa3V0IGhqXHUwMEU2bHAnLFxuICBwc3ljaG9sb2dpY2FsX3N1cHBvcnQ6ICdQc3lrb2xvZ3N0XHUwMEY4dHRlJyxcbiAgZmFtaWx5OiAnRmFtaWxpZW4nLFxuICBjaGlsZHJlbl95b3VuZzogJ0JcdTAwRjhybiBvZyB1bmdlJyxcbiAgc2Nob29sczogJ1Nrb2xlcicsXG4gIHBhcmVudHNfY29tbXVuaXR5OiAnRm9yXHUwMEU2bGRyZSBvZyBsb2thbG1pbGpcdTAwRjgnLFxuICBwcm9mZXNzaW9uYWxzOiAnRmFncGVyc29uZXInLFxuICBhZnRlcmNhcmU6ICdFZnRlciBrcmlzZWNlbnRlcicsXG4gIGNvb3JkaW5hdGlvbjogJ0tvb3JkaW5lcmluZycsXG4gIGtub3dsZWRnZTogJ1ZpZGVuJyxcbn1cblxuLyoqIEV2ZXJ5IHJlY29tbWVuZGF0aW9uLCBncm91cGVkIGJ5IHRoZW1lLCBlYWNoIHdpdGggd2hvIG1hZGUgaXQgYW5kIGl0cyBzb3VyY2UuICovXG5leHBvcnQgZnVuY3Rpb24gYW5iZWZhbGluZ2VyVmlldyh0OiBUYWJsZXMpIHtcbiAgY29uc3Qgb3JnID0gKGlkOiBzdHJpbmcpID0+IHQub3JnYW5pc2F0aW9ucy5maW5kKChvKSA9PiBvLm9yZ19pZCA9PT0gaWQpPy5uYW1lID8/IGlkXG4gIGNvbnN0IHBsYW4gPSAoaWQ6IHN0cmluZykgPT4gdC5wbGFucy5maW5kKChwKSA9PiBwLnBsYW5faWQgPT09IGlkKSFcbiAgcmV0dXJuIHtcbiAgICB0aGVtZXM6IE9iamVjdC5lbnRyaWVzKFRIRU1FUylcbiAgICAgIC5tYXAoKFtrZXksIG5hbWVdKSA9PiAoe1xuICAgICAgICBrZXksXG4gICAgICAgIG5hbWUsXG4gICAgICAgIGl0ZW1zOiB0LnJlY29tbWVuZGF0aW9uc1xuICAgICAgICAgIC5maWx0ZXIoKHIpID0+IHIudGhlbWUgPT09IGtleSlcbiAgICAgICAgICAubWFwKChyKSA9PiAoeyBpZDogci5yZWNvbW1lbmRhdGlvbl9pZCwgYW5jaG9yOiBhbmNob3IucmVjb21tZW5kYXRpb24oci5yZWNvbW1lbmRhdGlvbl9pZCksIHRleHQ6IHIudGV4dCwgaXNzdWVyOiBvcmcoci5pc3N1ZXJfb3JnX2lkKSwgcGxhbjogcGxhbihyLnBsYW5faWQpLnNob3J0X25hbWUsIHBsYW5JZDogci5wbGFuX2lkLCBjaXRhdGlvbjogY2l0ZSh0LCByKSB9KSksXG4gICAgICB9KSlcbiAgICAgIC5maWx0ZXIoKGcpID0+IGcuaXRlbXMubGVuZ3RoKSxcbiAgfVxufVxuZXhwb3J0IHR5cGUgQW5iZWZhbGluZ2VyVmlldyA9IFJldHVyblR5cGU8dHlwZW9mIGFuYmVmYWxpbmdlclZpZXc+XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL2NvbXBvbmVudHMvZGF0YS9wYWdlLWxvYWRlci50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL2NvbXBvbmVudHMvZGF0YS9wYWdlLWxvYWRlci50c1wiO2ltcG9ydCB7IGRlZmluZUxvYWRlciB9IGZyb20gJ3ZpdGVwcmVzcydcbmltcG9ydCB7IGxvYWREYXRhIH0gZnJvbSAnLi4vLi4vc2NyaXB0cy9kYXRhL2xvYWQtZGF0YS50cydcbmltcG9ydCB0eXBlIHsgVGFibGVzIH0gZnJvbSAnLi4vLi4vc2NyaXB0cy9kYXRhL3R5cGVzLnRzJ1xuXG4vKipcbiAqIEEgVml0ZVByZXNzIGRhdGEgbG9hZGVyIGZvciBvbmUgcGFnZTogaXQgcnVucyB0aGUgY2hlY2tlZCBkYXRhIHRocm91Z2ggdGhlIHBhZ2UncyB2aWV3LCBzbyBhXG4gKiBwYWdlIHNoaXBzIG9ubHkgd2hhdCBpdCBzaG93cywgYW5kIGJhZCBkYXRhIHN0b3BzIHRoZSBidWlsZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhZ2VMb2FkZXI8VD4odmlldzogKHRhYmxlczogVGFibGVzKSA9PiBUKSB7XG4gIHJldHVybiBkZWZpbmVMb2FkZXIoe1xuICAgIHdhdGNoOiBbJy4uLy4uL2RhdGEvKi5jc3YnLCAnLi4vLi4vZGF0YS9kYXRhcGFja2FnZS5qc29uJ10sXG4gICAgbG9hZDogKCk6IFQgPT4gdmlldyhsb2FkRGF0YSgpKSxcbiAgfSlcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2xvYWQtZGF0YS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHNcIjtpbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuaW1wb3J0IHsgam9pbiwgcmVsYXRpdmUsIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnXG5pbXBvcnQgeyBmaWxlVVJMVG9QYXRoIH0gZnJvbSAnbm9kZTp1cmwnXG5pbXBvcnQgeyBjaGVja0tleXMgfSBmcm9tICcuL2NoZWNrLWtleXMudHMnXG5pbXBvcnQgeyBjaGVja1Byb3ZlbmFuY2UgfSBmcm9tICcuL2NoZWNrLXByb3ZlbmFuY2UudHMnXG5pbXBvcnQgeyBjaGVja1J1bGVzIH0gZnJvbSAnLi9jaGVjay1ydWxlcy50cydcbmltcG9ydCB7IGNoZWNrVGFibGUsIHR5cGUgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuaW1wb3J0IHsgdHlwZSBEYXRhUGFja2FnZSwgcmVhZFBhY2thZ2UgfSBmcm9tICcuL3BhY2thZ2Utc2NoZW1hLnRzJ1xuaW1wb3J0IHsgRGF0YUVycm9yLCB0eXBlIFByb2JsZW0gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHsgcmVhZENzdiB9IGZyb20gJy4vcmVhZC1jc3YudHMnXG5pbXBvcnQgeyBTb3VyY2VUZXh0cyB9IGZyb20gJy4vc291cmNlLXRleHRzLnRzJ1xuaW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuL3R5cGVzLnRzJ1xuXG5leHBvcnQgY29uc3QgUFJPSkVDVF9ST09UID0gcmVzb2x2ZShmaWxlVVJMVG9QYXRoKG5ldyBVUkwoJy4uLy4uJywgaW1wb3J0Lm1ldGEudXJsKSkpXG4vKiogTlNLX0RBVEFfRElSIHBvaW50cyB0aGUgYnVpbGQgYW5kIHRoZSBjaGVja3MgYXQgYW5vdGhlciBjb3B5IG9mIHRoZSBkYXRhICh1c2VkIGJ5IHRlc3RzKS4gKi9cbmV4cG9ydCBjb25zdCBEQVRBX0RJUiA9IHByb2Nlc3MuZW52Lk5TS19EQVRBX0RJUiA/IHJlc29sdmUocHJvY2Vzcy5lbnYuTlNLX0RBVEFfRElSKSA6IGpvaW4oUFJPSkVDVF9ST09ULCAnZGF0YScpXG4vKiogVGhlIHNvdXJjZSBkb2N1bWVudHMgc2l0IGJlc2lkZSB0aGUgcHJvamVjdCAoYC4uL3NoYXJlZC9zb3VyY2VzYCksIG9uIENJIGFuZCBvbiB0aGUgdGVhbSdzIG1hY2hpbmVzLiAqL1xuZXhwb3J0IGNvbnN0IFNPVVJDRVNfRElSID0gcHJvY2Vzcy5lbnYuTlNLX1NPVVJDRVNfRElSID8gcmVzb2x2ZShwcm9jZXNzLmVudi5OU0tfU09VUkNFU19ESVIpIDogcmVzb2x2ZShQUk9KRUNUX1JPT1QsICcuLicsICdzaGFyZWQnLCAnc291cmNlcycpXG5cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZE9wdGlvbnMge1xuICBkYXRhRGlyPzogc3RyaW5nXG4gIHNvdXJjZXNEaXI/OiBzdHJpbmdcbiAgLyoqIEZhaWwsIHJhdGhlciB0aGFuIHNraXAsIHdoZW4gdGhlIHNvdXJjZSB0ZXh0cyBhcmUgYWJzZW50IChvbiBDSSkuICovXG4gIHJlcXVpcmVTb3VyY2VzPzogYm9vbGVhblxuICAvKiogSG93IHRoZSBkYXRhIGZvbGRlciBpcyBuYW1lZCBpbiBtZXNzYWdlczsgZGVmYXVsdHMgdG8gaXRzIHBhdGggZnJvbSB0aGUgcHJvamVjdCByb290LiAqL1xuICBsYWJlbD86IHN0cmluZ1xufVxuZXhwb3J0IGludGVyZmFjZSBMb2FkUmVzdWx0IHtcbiAgcGtnOiBEYXRhUGFja2FnZVxuICB0YWJsZXM6IFRhYmxlc1xuICBwcm9ibGVtczogUHJvYmxlbVtdXG4gIC8qKiBXaGV0aGVyIHF1b3RlcyBhbmQgVVJMcyB3ZXJlIGNoZWNrZWQgYWdhaW5zdCB0aGUgc291cmNlIHRleHRzLiAqL1xuICBwcm92ZW5hbmNlOiAnY2hlY2tlZCcgfCAnc2tpcHBlZCdcbn1cblxuLyoqIFJlYWRzLCBjaGVja3MgYW5kIHR5cGVzIHRoZSB3aG9sZSBkYXRhIHBhY2thZ2UuIE5ldmVyIHRocm93cyBmb3IgYmFkIGRhdGE6IGl0IGxpc3RzIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrRGF0YShvcHRpb25zOiBMb2FkT3B0aW9ucyA9IHt9KTogTG9hZFJlc3VsdCB7XG4gIGNvbnN0IGRhdGFEaXIgPSByZXNvbHZlKG9wdGlvbnMuZGF0YURpciA/PyBEQVRBX0RJUilcbiAgY29uc3QgbGFiZWwgPSBvcHRpb25zLmxhYmVsID8/IChyZWxhdGl2ZShQUk9KRUNUX1JPT1QsIGRhdGFEaXIpIHx8ICcuJylcbiAgY29uc3QgZmlsZU9mID0gKG5hbWU6IHN0cmluZykgPT4gYCR7bGFiZWx9LyR7bmFtZX0uY3N2YFxuICBjb25zdCBwcm9ibGVtczogUHJvYmxlbVtdID0gW11cbiAgY29uc3QgcGtnUGF0aCA9IGpvaW4oZGF0YURpciwgJ2RhdGFwYWNrYWdlLmpzb24nKVxuICBsZXQgcGtnOiBEYXRhUGFja2FnZVxuICB0cnkge1xuICAgIHBrZyA9IHJlYWRQYWNrYWdlKHBrZ1BhdGgpXG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZTogYCR7bGFiZWx9L2RhdGFwYWNrYWdlLmpzb25gLCBsaW5lOiAxLCBjb2x1bW46ICctJywgbWVzc2FnZTogYGV4cGVjdGVkIGEgcmVhZGFibGUgSlNPTiBkYXRhIHBhY2thZ2UsIGZvdW5kICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCB9KVxuICAgIHJldHVybiB7IHBrZzogeyByZXNvdXJjZXM6IFtdIH0gYXMgdW5rbm93biBhcyBEYXRhUGFja2FnZSwgdGFibGVzOiB7fSBhcyBUYWJsZXMsIHByb2JsZW1zLCBwcm92ZW5hbmNlOiAnc2tpcHBlZCcgfVxuICB9XG4gIGNvbnN0IHRhYmxlcyA9IG5ldyBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPigpXG4gIGZvciAoY29uc3QgcmVzb3VyY2Ugb2YgcGtnLnJlc291cmNlcykge1xuICAgIGNvbnN0IHBhdGggPSBqb2luKGRhdGFEaXIsIHJlc291cmNlLnBhdGgpXG4gICAgY29uc3QgZmlsZSA9IGZpbGVPZihyZXNvdXJjZS5uYW1lKVxuICAgIGlmICghZXhpc3RzU3luYyhwYXRoKSkge1xuICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGUsIGxpbmU6IDEsIGNvbHVtbjogJy0nLCBtZXNzYWdlOiAnZXhwZWN0ZWQgdGhlIGZpbGUgdGhhdCBkYXRhcGFja2FnZS5qc29uIGxpc3RzLCBmb3VuZCBub25lJyB9KVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgY29uc3QgY3N2ID0gcmVhZENzdihyZWFkRmlsZVN5bmMocGF0aCksIGZpbGUsIHByb2JsZW1zKVxuICAgIGNvbnN0IHJvd3MgPSBjc3YgJiYgY2hlY2tUYWJsZShjc3YsIHJlc291cmNlLCBmaWxlLCBwcm9ibGVtcylcbiAgICBpZiAocm93cykgdGFibGVzLnNldChyZXNvdXJjZS5uYW1lLCByb3dzKVxuICB9XG4gIGNoZWNrS2V5cyhwa2cucmVzb3VyY2VzLCB0YWJsZXMsIGZpbGVPZiwgcHJvYmxlbXMpXG4gIGNoZWNrUnVsZXModGFibGVzLCBmaWxlT2YsIHByb2JsZW1zKVxuXG4gIGNvbnN0IHRleHRzID0gbmV3IFNvdXJjZVRleHRzKG9wdGlvbnMuc291cmNlc0RpciA/PyBTT1VSQ0VTX0RJUilcbiAgbGV0IHByb3ZlbmFuY2U6IExvYWRSZXN1bHRbJ3Byb3ZlbmFuY2UnXSA9ICdza2lwcGVkJ1xuICBpZiAodGV4dHMuYXZhaWxhYmxlKSB7XG4gICAgY2hlY2tQcm92ZW5hbmNlKHRhYmxlcywgdGV4dHMsIGZpbGVPZiwgcHJvYmxlbXMpXG4gICAgcHJvdmVuYW5jZSA9ICdjaGVja2VkJ1xuICB9IGVsc2UgaWYgKG9wdGlvbnMucmVxdWlyZVNvdXJjZXMgPz8gcHJvY2Vzcy5lbnYuQ0kgPT09ICd0cnVlJykge1xuICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiB0ZXh0cy5kaXIsIGxpbmU6IDEsIGNvbHVtbjogJy0nLCBtZXNzYWdlOiAnZXhwZWN0ZWQgdGhlIHNvdXJjZSB0ZXh0cyB0byBjaGVjayBxdW90ZXMgYWdhaW5zdCAoQ0k9dHJ1ZSksIGZvdW5kIG5vIHN1Y2ggZm9sZGVyJyB9KVxuICB9XG4gIHByb2JsZW1zLnNvcnQoKGEsIGIpID0+IGEuZmlsZS5sb2NhbGVDb21wYXJlKGIuZmlsZSkgfHwgYS5saW5lIC0gYi5saW5lKVxuICByZXR1cm4geyBwa2csIHRhYmxlczogT2JqZWN0LmZyb21FbnRyaWVzKHRhYmxlcykgYXMgdW5rbm93biBhcyBUYWJsZXMsIHByb2JsZW1zLCBwcm92ZW5hbmNlIH1cbn1cblxuLyoqIFRoZSBjaGVja2VkIGRhdGEsIHR5cGVkOyB0aHJvd3MgYSBEYXRhRXJyb3IgbmFtaW5nIGV2ZXJ5IHByb2JsZW0uIFVzZWQgYnkgdGhlIGJ1aWxkIGFuZCBzY3JpcHRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWREYXRhKG9wdGlvbnM6IExvYWRPcHRpb25zID0ge30pOiBUYWJsZXMge1xuICBjb25zdCByZXN1bHQgPSBjaGVja0RhdGEob3B0aW9ucylcbiAgaWYgKHJlc3VsdC5wcm9ibGVtcy5sZW5ndGgpIHRocm93IG5ldyBEYXRhRXJyb3IocmVzdWx0LnByb2JsZW1zKVxuICByZXR1cm4gcmVzdWx0LnRhYmxlc1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcHJvYmxlbXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcHJvYmxlbXMudHNcIjsvKiogQSBwcm9ibGVtIGZvdW5kIGluIHRoZSBkYXRhLCBuYW1lZCBieSBwbGFjZTogZmlsZSwgbGluZSwgY29sdW1uLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9ibGVtIHtcbiAgLyoqIFBhdGggYXMgc2hvd24gdG8gdGhlIHVzZXIsIGUuZy4gYGRhdGEvaW5kaWNhdG9ycy5jc3ZgLiAqL1xuICBmaWxlOiBzdHJpbmdcbiAgLyoqIDEtYmFzZWQgbGluZSBpbiB0aGUgZmlsZSB3aGVyZSB0aGUgcmVjb3JkIHN0YXJ0cyAoMSBpcyB0aGUgaGVhZGVyKS4gKi9cbiAgbGluZTogbnVtYmVyXG4gIC8qKiBDb2x1bW4gbmFtZSwgb3IgYC1gIHdoZXJlIHRoZSBwcm9ibGVtIGlzIG5vdCBpbiBvbmUgY29sdW1uLiAqL1xuICBjb2x1bW46IHN0cmluZ1xuICAvKiogXCJleHBlY3RlZCBcdTIwMjYsIGZvdW5kIFx1MjAyNlwiLiAqL1xuICBtZXNzYWdlOiBzdHJpbmdcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFByb2JsZW0ocDogUHJvYmxlbSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtwLmZpbGV9OiR7cC5saW5lfToke3AuY29sdW1ufTogJHtwLm1lc3NhZ2V9YFxufVxuXG4vKiogVGhyb3duIGJ5IGBsb2FkRGF0YWAgc28gdGhhdCBhIGJ1aWxkIHN0b3BzIHdpdGggZXZlcnkgcHJvYmxlbSBsaXN0ZWQsIG5vdCBvbmx5IHRoZSBmaXJzdC4gKi9cbmV4cG9ydCBjbGFzcyBEYXRhRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHByb2JsZW1zOiBQcm9ibGVtW10pIHtcbiAgICBzdXBlcihgJHtwcm9ibGVtcy5sZW5ndGh9IHByb2JsZW0ke3Byb2JsZW1zLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfSBpbiB0aGUgZGF0YTpcXG5gICsgcHJvYmxlbXMubWFwKGZvcm1hdFByb2JsZW0pLmpvaW4oJ1xcbicpKVxuICAgIHRoaXMubmFtZSA9ICdEYXRhRXJyb3InXG4gIH1cbn1cblxuLyoqIFNob3J0ZW5zIGEgZm91bmQgdmFsdWUgZm9yIG1lc3NhZ2VzLCBrZWVwaW5nIGl0IHJlYWRhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNob3duKHZhbHVlOiBzdHJpbmcsIG1heCA9IDYwKTogc3RyaW5nIHtcbiAgY29uc3QgdiA9IHZhbHVlLmxlbmd0aCA+IG1heCA/IHZhbHVlLnNsaWNlKDAsIG1heCAtIDEpICsgJ1x1MjAyNicgOiB2YWx1ZVxuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodilcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLWtleXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2sta2V5cy50c1wiO2ltcG9ydCB0eXBlIHsgUmVzb3VyY2UgfSBmcm9tICcuL3BhY2thZ2Utc2NoZW1hLnRzJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IFR5cGVkUm93IH0gZnJvbSAnLi9jaGVjay10YWJsZS50cydcblxuY29uc3Qga2V5T2YgPSAocm93OiBUeXBlZFJvdywgZmllbGRzOiBzdHJpbmdbXSkgPT4gZmllbGRzLm1hcCgoZikgPT4gU3RyaW5nKHJvd1tmXSA/PyAnJykpLmpvaW4oJ1xcdTAwMDAnKVxuXG4vKiogUHJpbWFyeSBrZXlzIHVuaXF1ZSwgYHVuaXF1ZWAgZmllbGRzIHVuaXF1ZSwgZm9yZWlnbiBrZXlzIHJlc29sdmluZzogYWNyb3NzIGFsbCB0YWJsZXMuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tLZXlzKHJlc291cmNlczogUmVzb3VyY2VbXSwgdGFibGVzOiBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPiwgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgZm9yIChjb25zdCByIG9mIHJlc291cmNlcykge1xuICAgIGNvbnN0IHJvd3MgPSB0YWJsZXMuZ2V0KHIubmFtZSlcbiAgICBpZiAoIXJvd3MpIGNvbnRpbnVlXG4gICAgY29uc3QgcGsgPSByLnNjaGVtYS5wcmltYXJ5S2V5XG4gICAgY29uc3QgdW5pcXVlcyA9IFtwaywgLi4uci5zY2hlbWEuZmllbGRzLmZpbHRlcigoZikgPT4gZi5jb25zdHJhaW50cz8udW5pcXVlKS5tYXAoKGYpID0+IFtmLm5hbWVdKV1cbiAgICBmb3IgKGNvbnN0IGZpZWxkcyBvZiB1bmlxdWVzKSB7XG4gICAgICBjb25zdCBmaXJzdCA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KClcbiAgICAgIGZvciAoY29uc3Qgcm93IG9mIHJvd3MpIHtcbiAgICAgICAgaWYgKGZpZWxkcy5zb21lKChmKSA9PiByb3dbZl0gPT09IG51bGwgfHwgcm93W2ZdID09PSB1bmRlZmluZWQpKSBjb250aW51ZVxuICAgICAgICBjb25zdCBrID0ga2V5T2Yocm93LCBmaWVsZHMpXG4gICAgICAgIGNvbnN0IHNlZW4gPSBmaXJzdC5nZXQoaylcbiAgICAgICAgaWYgKHNlZW4gIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIGNvbnN0IGNvbHVtbiA9IGZpZWxkc1tmaWVsZHMubGVuZ3RoIC0gMV0hXG4gICAgICAgICAgY29uc3QgdmFsdWUgPSBmaWVsZHMubWFwKChmKSA9PiBTdHJpbmcocm93W2ZdKSkuam9pbignLCAnKVxuICAgICAgICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiBmaWxlT2Yoci5uYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW4sIG1lc3NhZ2U6IGBleHBlY3RlZCBhIHVuaXF1ZSAke2ZpZWxkcy5qb2luKCcgKyAnKX0sIGZvdW5kICR7c2hvd24odmFsdWUpfSBhZ2FpbiAoZmlyc3Qgb24gbGluZSAke3NlZW59KWAgfSlcbiAgICAgICAgfSBlbHNlIGZpcnN0LnNldChrLCByb3cuX2xpbmUpXG4gICAgICB9XG4gICAgfVxuICAgIGZvciAoY29uc3QgZmsgb2Ygci5zY2hlbWEuZm9yZWlnbktleXMgPz8gW10pIHtcbiAgICAgIGNvbnN0IHRhcmdldCA9IGZrLnJlZmVyZW5jZS5yZXNvdXJjZSA9PT0gJycgPyByLm5hbWUgOiBmay5yZWZlcmVuY2UucmVzb3VyY2VcbiAgICAgIGNvbnN0IHRhcmdldFJvd3MgPSB0YWJsZXMuZ2V0KHRhcmdldClcbiAgICAgIGlmICghdGFyZ2V0Um93cykgY29udGludWVcbiAgICAgIGNvbnN0IGtleXMgPSBuZXcgU2V0KHRhcmdldFJvd3MubWFwKCh0KSA9PiBrZXlPZih0LCBmay5yZWZlcmVuY2UuZmllbGRzKSkpXG4gICAgICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgICAgIGlmIChmay5maWVsZHMuc29tZSgoZikgPT4gcm93W2ZdID09PSBudWxsIHx8IHJvd1tmXSA9PT0gdW5kZWZpbmVkKSkgY29udGludWVcbiAgICAgICAgaWYgKCFrZXlzLmhhcyhrZXlPZihyb3csIGZrLmZpZWxkcykpKSB7XG4gICAgICAgICAgY29uc3QgdmFsdWUgPSBmay5maWVsZHMubWFwKChmKSA9PiBTdHJpbmcocm93W2ZdKSkuam9pbignLCAnKVxuICAgICAgICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiBmaWxlT2Yoci5uYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW46IGZrLmZpZWxkc1tmay5maWVsZHMubGVuZ3RoIC0gMV0hLCBtZXNzYWdlOiBgZXhwZWN0ZWQgYW4gaWQgb2YgJHt0YXJnZXR9LmNzdiAoJHtmay5yZWZlcmVuY2UuZmllbGRzLmpvaW4oJyArICcpfSksIGZvdW5kICR7c2hvd24odmFsdWUpfWAgfSlcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvc291cmNlLXRleHRzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL3NvdXJjZS10ZXh0cy50c1wiO2ltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJ1xuXG4vKiogRm9sZHMgZXZlcnkgcnVuIG9mIHdoaXRlc3BhY2UgdG8gb25lIHNwYWNlLCBzbyBsaW5lIGJyZWFrcyBpbiBhIHNvdXJjZSBkbyBub3QgbWF0dGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvbGRTcGFjZShzOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gcy5yZXBsYWNlKC9cXHMrL2d1LCAnICcpLnRyaW0oKVxufVxuXG4vKiogVGhlIHNvdXJjZSBkb2N1bWVudHMsIHJlYWQgb25jZSwgZm9sZGVkIGZvciBzZWFyY2hpbmcuICovXG5leHBvcnQgY2xhc3MgU291cmNlVGV4dHMge1xuICBwcml2YXRlIGNhY2hlID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZyB8IG51bGw+KClcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgZGlyOiBzdHJpbmcpIHt9XG5cbiAgZ2V0IGF2YWlsYWJsZSgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gZXhpc3RzU3luYyh0aGlzLmRpcilcbiAgfVxuXG4gIC8qKiBUaGUgZm9sZGVkIHRleHQgb2YgYSBmaWxlLCBvciBudWxsIGlmIGl0IGlzIG1pc3NpbmcuICovXG4gIHRleHQoZmlsZTogc3RyaW5nKTogc3RyaW5nIHwgbnVsbCB7XG4gICAgaWYgKCF0aGlzLmNhY2hlLmhhcyhmaWxlKSkge1xuICAgICAgY29uc3QgcGF0aCA9IGpvaW4odGhpcy5kaXIsIGZpbGUpXG4gICAgICB0aGlzLmNhY2hlLnNldChmaWxlLCBleGlzdHNTeW5jKHBhdGgpID8gZm9sZFNwYWNlKHJlYWRGaWxlU3luYyhwYXRoLCAndXRmOCcpKSA6IG51bGwpXG4gICAgfVxuICAgIHJldHVybiB0aGlzLmNhY2hlLmdldChmaWxlKSA/PyBudWxsXG4gIH1cblxuICAvKiogVGhlIHRleHQgd2l0aCBNYXJrZG93biBlc2NhcGVzIHVuZG9uZSAoYGNvcHlcXF9vZlxcX1x1MjAyNmApLCBmb3IgZmluZGluZyBVUkxzIGFzIGEgYnJvd3NlciBzZWVzIHRoZW0uICovXG4gIHBsYWluVGV4dChmaWxlOiBzdHJpbmcpOiBzdHJpbmcgfCBudWxsIHtcbiAgICByZXR1cm4gdGhpcy50ZXh0KGZpbGUpPy5yZXBsYWNlKC9cXFxcK18vZywgJ18nKSA/PyBudWxsXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcHJvdmVuYW5jZS50c1wiO2ltcG9ydCB7IGZvcm1hdE51bWJlciwgTlVNQkVSX1dPUkRTIH0gZnJvbSAnLi4vZm9ybWF0L2RhbmlzaC50cydcbmltcG9ydCB7IHR5cGUgUHJvYmxlbSwgc2hvd24gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHR5cGUgeyBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5pbXBvcnQgdHlwZSB7IFNvdXJjZVRleHRzIH0gZnJvbSAnLi9zb3VyY2UtdGV4dHMudHMnXG5pbXBvcnQgeyBmb2xkU3BhY2UgfSBmcm9tICcuL3NvdXJjZS10ZXh0cy50cydcblxuLyoqIENvbHVtbnMgaG9sZGluZyBhIGZpZ3VyZSB0aGF0IG11c3QgYXBwZWFyIGluIHRoZSByb3cncyBvd24gcXVvdGUuICovXG5jb25zdCBGSUdVUkVfQ09MVU1OUzogUmVjb3JkPHN0cmluZywgc3RyaW5nW10+ID0ge1xuICBpbmRpY2F0b3JzOiBbJ3ZhbHVlJywgJ3RhcmdldCcsICdvZl90b3RhbCddLFxuICBmdW5kaW5nOiBbJ2Ftb3VudCddLFxufVxuLyoqIENvbHVtbnMgaG9sZGluZyBhIFVSTCB0aGF0IG11c3QgYXBwZWFyIGluIHRoZSByb3cncyBzb3VyY2UuICovXG5jb25zdCBVUkxfQ09MVU1OUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgbGlua3M6ICd1cmwnLCBvcmdhbmlzYXRpb25zOiAndXJsJywgc291cmNlczogJ3VybCcgfVxuLyoqIFRoZSBPQ1Igb2YgYDAwM2AgcmVhZHMgXHUwMEJEIGFzIFwiJTJcIiAoXCIzJTIgYXJzdmFya1wiKS4gKi9cbmNvbnN0IE9DUl9IQUxGID0gWydcdTAwQkQnLCAnJTInXVxuXG4vKipcbiAqIEV2ZXJ5IHF1b3RlIG9jY3VycyBpbiBpdHMgc291cmNlJ3MgdGV4dCwgZXZlcnkgZmlndXJlIGluIGl0cyBxdW90ZSwgZXZlcnkgVVJMIGluIGl0cyBzb3VyY2UuXG4gKiBOZWVkcyB0aGUgc291cmNlIHRleHRzOyB0aGUgY2FsbGVyIGRlY2lkZXMgd2hhdCB0byBkbyB3aGVuIHRoZXkgYXJlIGFic2VudC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUHJvdmVuYW5jZSh0YWJsZXM6IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+LCB0ZXh0czogU291cmNlVGV4dHMsIGZpbGVPZjogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogdm9pZCB7XG4gIGNvbnN0IHNvdXJjZUZpbGUgPSBuZXcgTWFwKCh0YWJsZXMuZ2V0KCdzb3VyY2VzJykgPz8gW10pLm1hcCgocykgPT4gW1N0cmluZyhzLnNvdXJjZV9pZCksIFN0cmluZyhzLnRleHRfZmlsZSldKSlcbiAgZm9yIChjb25zdCBbbmFtZSwgcm93c10gb2YgdGFibGVzKSB7XG4gICAgZm9yIChjb25zdCByb3cgb2Ygcm93cykge1xuICAgICAgY29uc3QgYXQgPSAoY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihuYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgICAgIGNvbnN0IHRleHRGaWxlID0gbmFtZSA9PT0gJ3NvdXJjZXMnID8gU3RyaW5nKHJvdy50ZXh0X2ZpbGUpIDogc291cmNlRmlsZS5nZXQoU3RyaW5nKHJvdy5zb3VyY2VfaWQpKVxuICAgICAgaWYgKCF0ZXh0RmlsZSkgY29udGludWUgLy8gYSBkYW5nbGluZyBzb3VyY2VfaWQgaXMgcmVwb3J0ZWQgYnkgdGhlIGtleSBjaGVja1xuICAgICAgY29uc3QgdGV4dCA9IHRleHRzLnRleHQodGV4dEZpbGUpXG4gICAgICBpZiAodGV4dCA9PT0gbnVsbCkge1xuICAgICAgICBhdCgnc291cmNlX2lkJywgYGV4cGVjdGVkIHRoZSBzb3VyY2UgdGV4dCAke3RleHRGaWxlfSBpbiAke3RleHRzLmRpcn0sIGZvdW5kIG5vIHN1Y2ggZmlsZWApXG4gICAgICAgIGNvbnRpbnVlXG4gICAgICB9XG4gICAgICBpZiAodHlwZW9mIHJvdy5xdW90ZSA9PT0gJ3N0cmluZycpIHtcbiAgICAgICAgY29uc3QgcXVvdGUgPSBmb2xkU3BhY2Uocm93LnF1b3RlKVxuICAgICAgICBpZiAoIXRleHQuaW5jbHVkZXMocXVvdGUpKSBhdCgncXVvdGUnLCBgZXhwZWN0ZWQgYSB2ZXJiYXRpbSBwYXNzYWdlIG9mICR7dGV4dEZpbGV9LCBmb3VuZCAke3Nob3duKHF1b3RlKX0sIHdoaWNoIGlzIG5vdCBpbiBpdGApXG4gICAgICAgIGZvciAoY29uc3QgY29sdW1uIG9mIEZJR1VSRV9DT0xVTU5TW25hbWVdID8/IFtdKSB7XG4gICAgICAgICAgY29uc3QgbiA9IHJvd1tjb2x1bW5dXG4gICAgICAgICAgLy8gQSB0YXJnZXQgbWF5IHJlc3Qgb24gaXRzIG93biBwYXNzYWdlICh0YXJnZXRfcXVvdGUpOyBldmVyeSBvdGhlciBmaWd1cmUgb24gdGhlIHF1b3RlLlxuICAgICAgICAgIGNvbnN0IG93biA9IGNvbHVtbiA9PT0gJ3RhcmdldCcgJiYgdHlwZW9mIHJvdy50YXJnZXRfcXVvdGUgPT09ICdzdHJpbmcnID8gZm9sZFNwYWNlKHJvdy50YXJnZXRfcXVvdGUpIDogcXVvdGVcbiAgICAgICAgICBjb25zdCB3aGVyZSA9IG93biA9PT0gcXVvdGUgPyAncXVvdGUnIDogJ3RhcmdldF9xdW90ZSdcbiAgICAgICAgICBpZiAodHlwZW9mIG4gIT09ICdudW1iZXInKSBjb250aW51ZVxuICAgICAgICAgIGlmIChjb2x1bW4gPT09ICd2YWx1ZScgJiYgcm93LnZhbHVlX3F1YWxpZmllciA9PT0gJ2NvdW50ZWQnKSB7XG4gICAgICAgICAgICBjb25zdCBpdGVtcyA9IGxpc3RJdGVtcyhxdW90ZSlcbiAgICAgICAgICAgIGlmIChpdGVtcy5sZW5ndGggIT09IG4pIGF0KGNvbHVtbiwgYGV4cGVjdGVkIHRoZSBudW1iZXIgb2YgaXRlbXMgdGhlIHF1b3RlIGxpc3RzICgke2l0ZW1zLmxlbmd0aH06ICR7aXRlbXMuam9pbignIHwgJyl9KSwgZm91bmQgJHtmb3JtYXROdW1iZXIobil9YClcbiAgICAgICAgICB9IGVsc2UgaWYgKCFxdW90ZUhhc0ZpZ3VyZShvd24sIG4pKSBhdChjb2x1bW4sIGBleHBlY3RlZCB0aGUgZmlndXJlIHRvIGFwcGVhciBpbiB0aGUgJHt3aGVyZX0sIGZvdW5kICR7Zm9ybWF0TnVtYmVyKG4pfSBub3QgaW4gJHtzaG93bihvd24pfWApXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2Ygcm93LnRhcmdldF9xdW90ZSA9PT0gJ3N0cmluZycgJiYgIXRleHQuaW5jbHVkZXMoZm9sZFNwYWNlKHJvdy50YXJnZXRfcXVvdGUpKSkge1xuICAgICAgICBhdCgndGFyZ2V0X3F1b3RlJywgYGV4cGVjdGVkIGEgdmVyYmF0aW0gcGFzc2FnZSBvZiAke3RleHRGaWxlfSwgZm91bmQgJHtzaG93bihmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkpfSwgd2hpY2ggaXMgbm90IGluIGl0YClcbiAgICAgIH1cbiAgICAgIGNvbnN0IHVybENvbHVtbiA9IFVSTF9DT0xVTU5TW25hbWVdXG4gICAgICBjb25zdCB1cmwgPSB1cmxDb2x1bW4gPyByb3dbdXJsQ29sdW1uXSA6IG51bGxcbiAgICAgIGlmICh0eXBlb2YgdXJsID09PSAnc3RyaW5nJykge1xuICAgICAgICBjb25zdCBwbGFjZXMgPSBuYW1lID09PSAnc291cmNlcycgPyBbdGV4dEZpbGUsICdzdXBwbGVtZW50YXJ5Lm1kJ10gOiBbdGV4dEZpbGVdXG4gICAgICAgIGlmICghcGxhY2VzLnNvbWUoKGYpID0+IHRleHRzLnBsYWluVGV4dChmKT8uaW5jbHVkZXModXJsKSkpIGF0KHVybENvbHVtbiEsIGBleHBlY3RlZCBhIFVSTCB0aGF0ICR7cGxhY2VzLmpvaW4oJyBvciAnKX0gZ2l2ZXMsIGZvdW5kICR7c2hvd24odXJsKX1gKVxuICAgICAgfVxuICAgIH1cbiAgfVxufVxuXG4vKiogVHJ1ZSBpZiB0aGUgcXVvdGUgd3JpdGVzIG4gaW4gRGFuaXNoOiBcIjIuMDAwXCIsIFwiMjAwMFwiLCBcIjczLDRcIiwgXCIzXHUwMEJEXCIgb3IgYSBudW1iZXIgd29yZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdW90ZUhhc0ZpZ3VyZShxdW90ZTogc3RyaW5nLCBuOiBudW1iZXIpOiBib29sZWFuIHtcbiAgY29uc3QgZm9ybXMgPSBuZXcgU2V0KFtmb3JtYXROdW1iZXIobiksIFN0cmluZyhuKSwgU3RyaW5nKG4pLnJlcGxhY2UoJy4nLCAnLCcpXSlcbiAgaWYgKG4gJSAxID09PSAwLjUpIGZvciAoY29uc3QgaGFsZiBvZiBPQ1JfSEFMRikgZm9ybXMuYWRkKGAke01hdGguZmxvb3Iobil9JHtoYWxmfWApXG4gIGZvciAoY29uc3QgZm9ybSBvZiBmb3Jtcykge1xuICAgIGNvbnN0IGVzY2FwZWQgPSBmb3JtLnJlcGxhY2UoL1suKis/XiR7fSgpfFtcXF1cXFxcXS9nLCAnXFxcXCQmJylcbiAgICBpZiAobmV3IFJlZ0V4cChgKD88IVswLTkuLF0pJHtlc2NhcGVkfSg/IVswLTldfFsuLF1bMC05XSlgLCAndScpLnRlc3QocXVvdGUpKSByZXR1cm4gdHJ1ZVxuICB9XG4gIGNvbnN0IHdvcmRzID0gTlVNQkVSX1dPUkRTW25dID8/IFtdXG4gIHJldHVybiB3b3Jkcy5zb21lKCh3KSA9PiBuZXcgUmVnRXhwKGAoPzwhW1xcXFxwe0x9XSkke3d9KD8hW1xcXFxwe0x9XSlgLCAnaXUnKS50ZXN0KHF1b3RlKSlcbn1cblxuLyoqIFRoZSBpdGVtcyBvZiBhIERhbmlzaCBlbnVtZXJhdGlvbjogXCJkYW5zaywgZW5nZWxzaywgYXJhYmlzayBvZyB1cmR1XCIgXHUyMTkyIDQgaXRlbXMuICovXG5leHBvcnQgZnVuY3Rpb24gbGlzdEl0ZW1zKHF1b3RlOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIHJldHVybiBxdW90ZVxuICAgIC5yZXBsYWNlKC9bLjo7XSskL3UsICcnKVxuICAgIC5zcGxpdCgvLFxccyp8XFxzKyg/Om9nfHNhbXQpXFxzKy91KVxuICAgIC5tYXAoKHMpID0+IHMudHJpbSgpKVxuICAgIC5maWx0ZXIoQm9vbGVhbilcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXJ1bGVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXJ1bGVzLnRzXCI7aW1wb3J0IHsgZm9ybWF0TnVtYmVyIH0gZnJvbSAnLi4vZm9ybWF0L2RhbmlzaC50cydcbmltcG9ydCB0eXBlIHsgUHJvYmxlbSB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IFR5cGVkUm93IH0gZnJvbSAnLi9jaGVjay10YWJsZS50cydcblxuLyoqIFRoZSAyMDE3XHUyMDEzMjAyMCBwbGFuJ3Mgb3V0Y29tZSBjb3VudHMgKGluZGljYXRvciBpZHMpIHRoYXQgbXVzdCBhZGQgdXA6IGxhdW5jaGVkID0gdGhlIHJlc3QuICovXG5leHBvcnQgY29uc3QgT1VUQ09NRV9DT1VOVFMgPSB7XG4gIGxhdW5jaGVkOiAnaHAyMDE3LWluaXRpYXRpdmVzLWxhdW5jaGVkJyxcbiAgY2FycmllZF9vdXQ6ICdocDIwMTctaW5pdGlhdGl2ZXMtY2FycmllZC1vdXQnLFxuICBnaXZlbl91cDogJ2hwMjAxNy1pbml0aWF0aXZlcy1naXZlbi11cCcsXG4gIGNhbmNlbGxlZDogJ2hwMjAxNy1pbml0aWF0aXZlcy1jYW5jZWxsZWQnLFxufSBhcyBjb25zdFxuXG5jb25zdCBFUFMgPSAxZS05XG5cbi8qKiBUcnVlIGlmIGFueSBvZiB0aGUgY29sdW1ucyBoZWxkIGFuIGludmFsaWQgY2VsbCAoYWxyZWFkeSByZXBvcnRlZCk7IGEgcnVsZSB0aGVuIHNheXMgbm90aGluZy4gKi9cbmNvbnN0IGludmFsaWQgPSAocm93OiBUeXBlZFJvdyB8IHVuZGVmaW5lZCwgLi4uY29sdW1uczogc3RyaW5nW10pID0+ICEhcm93ICYmIGNvbHVtbnMuc29tZSgoYykgPT4gcm93W2NdID09PSB1bmRlZmluZWQpXG5cbi8qKiBSdWxlcyB0aGF0IHNwYW4gcm93cyBvciB0YWJsZXMsIGJleW9uZCB3aGF0IGEgVGFibGUgU2NoZW1hIGNhbiBzYXkuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tSdWxlcyh0YWJsZXM6IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+LCBmaWxlT2Y6IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IHZvaWQge1xuICBjb25zdCByb3dzID0gKG5hbWU6IHN0cmluZykgPT4gdGFibGVzLmdldChuYW1lKSA/PyBbXVxuICBjb25zdCBhdCA9IChuYW1lOiBzdHJpbmcsIHJvdzogVHlwZWRSb3csIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlOiBmaWxlT2YobmFtZSksIGxpbmU6IHJvdy5fbGluZSwgY29sdW1uLCBtZXNzYWdlIH0pXG5cbiAgZm9yIChjb25zdCBuYW1lIG9mIFsncGxhbnMnLCAnZnVuZGluZyddKSB7XG4gICAgZm9yIChjb25zdCByIG9mIHJvd3MobmFtZSkpIHtcbiAgICAgIGlmICh0eXBlb2Ygci5zdGFydF95ZWFyID09PSAnbnVtYmVyJyAmJiB0eXBlb2Ygci5lbmRfeWVhciA9PT0gJ251bWJlcicgJiYgci5lbmRfeWVhciA8IHIuc3RhcnRfeWVhcikge1xuICAgICAgICBhdChuYW1lLCByLCAnZW5kX3llYXInLCBgZXhwZWN0ZWQgYSB5ZWFyIFx1MjI2NSBzdGFydF95ZWFyICgke3Iuc3RhcnRfeWVhcn0pLCBmb3VuZCBcIiR7ci5lbmRfeWVhcn1cImApXG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgY29uc3QgYXJlYVBsYW4gPSBuZXcgTWFwKHJvd3MoJ2FyZWFzJykubWFwKChhKSA9PiBbYS5hcmVhX2lkLCBhLnBsYW5faWRdKSlcbiAgZm9yIChjb25zdCBpIG9mIHJvd3MoJ2luaXRpYXRpdmVzJykpIHtcbiAgICBjb25zdCBwbGFuID0gaS5hcmVhX2lkID09PSBudWxsID8gdW5kZWZpbmVkIDogYXJlYVBsYW4uZ2V0KGkuYXJlYV9pZClcbiAgICBpZiAocGxhbiAhPT0gdW5kZWZpbmVkICYmIHBsYW4gIT09IGkucGxhbl9pZCkgYXQoJ2luaXRpYXRpdmVzJywgaSwgJ2FyZWFfaWQnLCBgZXhwZWN0ZWQgYW4gYXJlYSBvZiBwbGFuICR7aS5wbGFuX2lkfSwgZm91bmQgXCIke2kuYXJlYV9pZH1cIiBvZiBwbGFuICR7cGxhbn1gKVxuICB9XG5cbiAgY2hlY2tPdXRjb21lQ291bnRzKHJvd3MoJ2luZGljYXRvcnMnKSwgcm93cygnaW5pdGlhdGl2ZXMnKSwgcm93cygnc3RhdHVzX3VwZGF0ZXMnKSwgKHJvdywgY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgnaW5kaWNhdG9ycycsIHJvdywgY29sdW1uLCBtZXNzYWdlKSlcbiAgY2hlY2tTcGxpdHMocm93cygnZnVuZGluZycpLCAocm93LCBjb2x1bW4sIG1lc3NhZ2UpID0+IGF0KCdmdW5kaW5nJywgcm93LCBjb2x1bW4sIG1lc3NhZ2UpKVxuICBjaGVja1RhcmdldHMocm93cygnaW5kaWNhdG9ycycpLCAocm93LCBjb2x1bW4sIG1lc3NhZ2UpID0+IGF0KCdpbmRpY2F0b3JzJywgcm93LCBjb2x1bW4sIG1lc3NhZ2UpKVxufVxuXG50eXBlIFJlcG9ydCA9IChyb3c6IFR5cGVkUm93LCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiB2b2lkXG5cbmZ1bmN0aW9uIGNoZWNrT3V0Y29tZUNvdW50cyhpbmRpY2F0b3JzOiBUeXBlZFJvd1tdLCBpbml0aWF0aXZlczogVHlwZWRSb3dbXSwgdXBkYXRlczogVHlwZWRSb3dbXSwgcmVwb3J0OiBSZXBvcnQpOiB2b2lkIHtcbiAgY29uc3QgYnlJZCA9IG5ldyBNYXAoaW5kaWNhdG9ycy5tYXAoKHIpID0+IFtyLmluZGljYXRvcl9pZCwgcl0pKVxuICBjb25zdCBjb3VudHMgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoT1VUQ09NRV9DT1VOVFMpLm1hcCgoW2ssIGlkXSkgPT4gW2ssIGJ5SWQuZ2V0KGlkKV0pKSBhcyBSZWNvcmQ8a2V5b2YgdHlwZW9mIE9VVENPTUVfQ09VTlRTLCBUeXBlZFJvdyB8IHVuZGVmaW5lZD5cbiAgaWYgKCFjb3VudHMubGF1bmNoZWQpIHJldHVybiAvLyB0aGUgdGFibGUgaG9sZHMgbm8gMjAxN1x1MjAxMzIwMjAgcGxhbjsgbm90aGluZyB0byBhZGQgdXBcbiAgaWYgKE9iamVjdC52YWx1ZXMoY291bnRzKS5zb21lKChyKSA9PiBpbnZhbGlkKHIsICd2YWx1ZScpKSkgcmV0dXJuXG4gIGNvbnN0IHZhbHVlID0gKHI6IFR5cGVkUm93IHwgdW5kZWZpbmVkKSA9PiAodHlwZW9mIHI/LnZhbHVlID09PSAnbnVtYmVyJyA/IHIudmFsdWUgOiBOYU4pXG4gIGNvbnN0IHBhcnRzID0gW2NvdW50cy5jYXJyaWVkX291dCwgY291bnRzLmdpdmVuX3VwLCBjb3VudHMuY2FuY2VsbGVkXVxuICBjb25zdCBzdW0gPSBwYXJ0cy5yZWR1Y2UoKHMsIHIpID0+IHMgKyB2YWx1ZShyKSwgMClcbiAgaWYgKHBhcnRzLnNvbWUoKHApID0+ICFwKSkge1xuICAgIGNvbnN0IG1pc3NpbmcgPSBPYmplY3QuZW50cmllcyhPVVRDT01FX0NPVU5UUykuZmlsdGVyKChba10pID0+ICFjb3VudHNbayBhcyBrZXlvZiB0eXBlb2YgY291bnRzXSkubWFwKChbLCBpZF0pID0+IGlkKVxuICAgIHJlcG9ydChjb3VudHMubGF1bmNoZWQsICdpbmRpY2F0b3JfaWQnLCBgZXhwZWN0ZWQgdGhlIG91dGNvbWUgY291bnRzICR7bWlzc2luZy5qb2luKCcsICcpfSBiZXNpZGUgaXQsIGZvdW5kIG5vbmVgKVxuICB9IGVsc2UgaWYgKE1hdGguYWJzKHN1bSAtIHZhbHVlKGNvdW50cy5sYXVuY2hlZCkpID4gRVBTKSB7XG4gICAgcmVwb3J0KGNvdW50cy5sYXVuY2hlZCwgJ3ZhbHVlJywgYGV4cGVjdGVkIHRoZSBpbml0aWF0aXZlcyBsYXVuY2hlZCB0byBlcXVhbCBjYXJyaWVkIG91dCArIGdpdmVuIHVwICsgY2FuY2VsbGVkICgke3BhcnRzLm1hcCh2YWx1ZSkuam9pbignICsgJyl9ID0gJHtzdW19KSwgZm91bmQgXCIke3ZhbHVlKGNvdW50cy5sYXVuY2hlZCl9XCJgKVxuICB9XG4gIC8vIE5hbWVkIGluaXRpYXRpdmVzIGNhbm5vdCBvdXRudW1iZXIgdGhlIGNvdW50cyBvZiB0aGVpciBvdXRjb21lLlxuICBjb25zdCBsYXRlc3QgPSBuZXcgTWFwPHVua25vd24sIFR5cGVkUm93PigpXG4gIGZvciAoY29uc3QgdSBvZiBbLi4udXBkYXRlc10uc29ydCgoYSwgYikgPT4gU3RyaW5nKGEuZGF0ZSkubG9jYWxlQ29tcGFyZShTdHJpbmcoYi5kYXRlKSkpKSBsYXRlc3Quc2V0KHUuaW5pdGlhdGl2ZV9pZCwgdSlcbiAgY29uc3QgcGxhbk9mID0gbmV3IE1hcChpbml0aWF0aXZlcy5tYXAoKGkpID0+IFtpLmluaXRpYXRpdmVfaWQsIGkucGxhbl9pZF0pKVxuICBmb3IgKGNvbnN0IGtleSBvZiBbJ2NhcnJpZWRfb3V0JywgJ2dpdmVuX3VwJywgJ2NhbmNlbGxlZCddIGFzIGNvbnN0KSB7XG4gICAgY29uc3QgbmFtZWQgPSBbLi4ubGF0ZXN0LnZhbHVlcygpXS5maWx0ZXIoKHUpID0+IHUuc3RhdHVzID09PSBrZXkgJiYgcGxhbk9mLmdldCh1LmluaXRpYXRpdmVfaWQpID09PSAnaHAyMDE3JylcbiAgICBjb25zdCBjb3VudCA9IGNvdW50c1trZXldXG4gICAgaWYgKGNvdW50ICYmIG5hbWVkLmxlbmd0aCA+IHZhbHVlKGNvdW50KSkgcmVwb3J0KGNvdW50LCAndmFsdWUnLCBgZXhwZWN0ZWQgYXQgbGVhc3QgYXMgbWFueSBhcyB0aGUgaW5pdGlhdGl2ZXMgbmFtZWQgd2l0aCBzdGF0dXMgJHtrZXl9ICgke25hbWVkLmxlbmd0aH0pLCBmb3VuZCBcIiR7dmFsdWUoY291bnQpfVwiYClcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja1NwbGl0cyhmdW5kaW5nOiBUeXBlZFJvd1tdLCByZXBvcnQ6IFJlcG9ydCk6IHZvaWQge1xuICBjb25zdCB0b3RhbCA9IChyOiBUeXBlZFJvdykgPT4ge1xuICAgIGlmICh0eXBlb2Ygci5hbW91bnQgIT09ICdudW1iZXInKSByZXR1cm4gTmFOXG4gICAgcmV0dXJuIHIuYmFzaXMgPT09ICdwZXJfeWVhcicgPyByLmFtb3VudCAqIChOdW1iZXIoci5lbmRfeWVhcikgLSBOdW1iZXIoci5zdGFydF95ZWFyKSArIDEpIDogci5hbW91bnRcbiAgfVxuICBjb25zdCBmaWVsZHMgPSBbJ2Ftb3VudCcsICd1bml0JywgJ2Jhc2lzJywgJ3N0YXJ0X3llYXInLCAnZW5kX3llYXInLCAndW5leHBsYWluZWRfZ2FwJ11cbiAgZm9yIChjb25zdCBwYXJlbnQgb2YgZnVuZGluZykge1xuICAgIGNvbnN0IHBhcnRzID0gZnVuZGluZy5maWx0ZXIoKGYpID0+IGYucGFyZW50X2lkID09PSBwYXJlbnQuZnVuZGluZ19pZClcbiAgICBpZiAoaW52YWxpZChwYXJlbnQsIC4uLmZpZWxkcykgfHwgcGFydHMuc29tZSgocCkgPT4gaW52YWxpZChwLCAuLi5maWVsZHMpKSkgY29udGludWVcbiAgICBjb25zdCBnYXAgPSB0eXBlb2YgcGFyZW50LnVuZXhwbGFpbmVkX2dhcCA9PT0gJ251bWJlcicgPyBwYXJlbnQudW5leHBsYWluZWRfZ2FwIDogbnVsbFxuICAgIGlmICghcGFydHMubGVuZ3RoKSB7XG4gICAgICBpZiAoZ2FwICE9PSBudWxsKSByZXBvcnQocGFyZW50LCAndW5leHBsYWluZWRfZ2FwJywgYGV4cGVjdGVkIGEgZ2FwIG9ubHkgb24gYSB0b3RhbCB0aGF0IGhhcyBwYXJ0cywgZm91bmQgXCIke2dhcH1cImApXG4gICAgICBjb250aW51ZVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IHAgb2YgcGFydHMpIGlmIChwLnVuaXQgIT09IHBhcmVudC51bml0KSByZXBvcnQocCwgJ3VuaXQnLCBgZXhwZWN0ZWQgdGhlIHVuaXQgb2YgaXRzIHBhcmVudCAke3BhcmVudC5mdW5kaW5nX2lkfSAoJHtwYXJlbnQudW5pdH0pLCBmb3VuZCBcIiR7cC51bml0fVwiYClcbiAgICBjb25zdCBzdW0gPSBwYXJ0cy5yZWR1Y2UoKHMsIHApID0+IHMgKyB0b3RhbChwKSwgMClcbiAgICBjb25zdCBkaWZmID0gTWF0aC5yb3VuZCgodG90YWwocGFyZW50KSAtIHN1bSkgKiAxZTYpIC8gMWU2XG4gICAgaWYgKE1hdGguYWJzKGRpZmYpIDwgRVBTICYmIGdhcCA9PT0gbnVsbCkgY29udGludWVcbiAgICBpZiAoZ2FwID09PSBudWxsKSByZXBvcnQocGFyZW50LCAndW5leHBsYWluZWRfZ2FwJywgYGV4cGVjdGVkIHRoZSBnYXAgc3RhdGVkIHdoZXJlIHRoZSBwYXJ0cyAoJHtmb3JtYXROdW1iZXIoc3VtKX0pIGRvIG5vdCBhZGQgdXAgdG8gdGhlIHRvdGFsICgke2Zvcm1hdE51bWJlcih0b3RhbChwYXJlbnQpKX0pLCBmb3VuZCBhbiBlbXB0eSBjZWxsYClcbiAgICBlbHNlIGlmIChNYXRoLmFicyhnYXAgLSBkaWZmKSA+IEVQUykgcmVwb3J0KHBhcmVudCwgJ3VuZXhwbGFpbmVkX2dhcCcsIGBleHBlY3RlZCAke2RpZmZ9ICh0aGUgdG90YWwgJHtmb3JtYXROdW1iZXIodG90YWwocGFyZW50KSl9IG1pbnVzIHRoZSBwYXJ0cyAke2Zvcm1hdE51bWJlcihzdW0pfSksIGZvdW5kIFwiJHtnYXB9XCJgKVxuICB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrVGFyZ2V0cyhpbmRpY2F0b3JzOiBUeXBlZFJvd1tdLCByZXBvcnQ6IFJlcG9ydCk6IHZvaWQge1xuICBmb3IgKGNvbnN0IHIgb2YgaW5kaWNhdG9ycykge1xuICAgIGlmIChpbnZhbGlkKHIsICdraW5kJywgJ2NvbXBhcmF0b3InLCAndGFyZ2V0JywgJ3RhcmdldF91bml0JywgJ3ZhbHVlJywgJ21ldCcsICdtZXRfYmFzaXMnKSkgY29udGludWVcbiAgICBjb25zdCBoYXNUYXJnZXQgPSByLnRhcmdldCAhPT0gbnVsbFxuICAgIGlmIChyLmtpbmQgPT09ICd0YXJnZXRfcmVhY2hlZCcpIHtcbiAgICAgIGlmICghaGFzVGFyZ2V0KSByZXBvcnQociwgJ3RhcmdldCcsICdleHBlY3RlZCBhIHRhcmdldCBvbiBhIHRhcmdldF9yZWFjaGVkIHJvdywgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgICBpZiAoci5jb21wYXJhdG9yID09PSBudWxsKSByZXBvcnQociwgJ2NvbXBhcmF0b3InLCAnZXhwZWN0ZWQgYSBjb21wYXJhdG9yIG9uIGEgdGFyZ2V0X3JlYWNoZWQgcm93LCBmb3VuZCBhbiBlbXB0eSBjZWxsJylcbiAgICAgIGlmIChyLm1ldCA9PT0gbnVsbCkgcmVwb3J0KHIsICdtZXQnLCAnZXhwZWN0ZWQgd2hldGhlciB0aGUgdGFyZ2V0IHdhcyBtZXQgb24gYSB0YXJnZXRfcmVhY2hlZCByb3csIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgIH0gZWxzZSBpZiAoaGFzVGFyZ2V0IHx8IHIubWV0ICE9PSBudWxsKSB7XG4gICAgICByZXBvcnQociwgaGFzVGFyZ2V0ID8gJ3RhcmdldCcgOiAnbWV0JywgYGV4cGVjdGVkIGEgdGFyZ2V0IGFuZCBtZXQgb25seSBvbiB0YXJnZXRfcmVhY2hlZCByb3dzLCBmb3VuZCB0aGVtIG9uIGEgJHtyLmtpbmR9IHJvd2ApXG4gICAgfVxuICAgIGlmICgoci5tZXQgPT09IG51bGwpICE9PSAoci5tZXRfYmFzaXMgPT09IG51bGwpKSByZXBvcnQociwgJ21ldF9iYXNpcycsICdleHBlY3RlZCBtZXQgYW5kIG1ldF9iYXNpcyB0b2dldGhlciwgZm91bmQgb25lIHdpdGhvdXQgdGhlIG90aGVyJylcbiAgICBpZiAoci5tZXRfYmFzaXMgPT09ICdjb21wdXRlZCcpIHtcbiAgICAgIGlmICh0eXBlb2Ygci50YXJnZXQgIT09ICdudW1iZXInIHx8IHR5cGVvZiByLnZhbHVlICE9PSAnbnVtYmVyJyB8fCByLnRhcmdldF91bml0ICE9PSBudWxsKSB7XG4gICAgICAgIHJlcG9ydChyLCAnbWV0X2Jhc2lzJywgJ2V4cGVjdGVkIGEgdGFyZ2V0IGFuZCBhIHZhbHVlIGluIHRoZSBzYW1lIHVuaXQgdG8gY29tcHV0ZSBtZXQgZnJvbSwgZm91bmQgbm9uZScpXG4gICAgICAgIGNvbnRpbnVlXG4gICAgICB9XG4gICAgICBjb25zdCBtZXQgPSByLmNvbXBhcmF0b3IgPT09ICc+PScgPyByLnZhbHVlID49IHIudGFyZ2V0IDogci5jb21wYXJhdG9yID09PSAnPD0nID8gci52YWx1ZSA8PSByLnRhcmdldCA6IHIudmFsdWUgPT09IHIudGFyZ2V0XG4gICAgICBjb25zdCBleHBlY3RlZCA9IG1ldCA/ICd5ZXMnIDogJ25vJ1xuICAgICAgaWYgKHIubWV0ICE9PSBleHBlY3RlZCkgcmVwb3J0KHIsICdtZXQnLCBgZXhwZWN0ZWQgXCIke2V4cGVjdGVkfVwiICgke3IudmFsdWV9ICR7ci5jb21wYXJhdG9yfSAke3IudGFyZ2V0fSksIGZvdW5kIFwiJHtyLm1ldH1cImApXG4gICAgfVxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay10YWJsZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay10YWJsZS50c1wiO2ltcG9ydCB0eXBlIHsgRmllbGQsIFJlc291cmNlIH0gZnJvbSAnLi9wYWNrYWdlLXNjaGVtYS50cydcbmltcG9ydCB7IHR5cGUgUHJvYmxlbSwgc2hvd24gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHR5cGUgeyBDc3ZUYWJsZSB9IGZyb20gJy4vcmVhZC1jc3YudHMnXG5cbi8qKiBBIGNlbGwncyB2YWx1ZTogbnVsbCBmb3IgYW4gZW1wdHkgY2VsbCwgdW5kZWZpbmVkIGZvciBhbiBpbnZhbGlkIG9uZSAoYWxyZWFkeSByZXBvcnRlZCkuICovXG5leHBvcnQgdHlwZSBDZWxsID0gc3RyaW5nIHwgbnVtYmVyIHwgbnVsbCB8IHVuZGVmaW5lZFxuZXhwb3J0IGludGVyZmFjZSBUeXBlZFJvdyB7XG4gIC8qKiBMaW5lIGluIHRoZSBDU1YgZmlsZSwgZm9yIG1lc3NhZ2VzIGZyb20gbGF0ZXIgY2hlY2tzLiAqL1xuICBfbGluZTogbnVtYmVyXG4gIFtjb2x1bW46IHN0cmluZ106IENlbGxcbn1cblxuY29uc3QgSU5URUdFUiA9IC9eLT8oMHxbMS05XVswLTldKikkL1xuLy8gQ2Fub25pY2FsIGRlY2ltYWxzIG9ubHk6IHJlamVjdHMgRGFuaXNoIFwiMi4wMDBcIiAvIFwiMiw4XCIgYW5kIHBhZGRlZCBcIjczLjQwXCIgYWxpa2UuXG5jb25zdCBOVU1CRVIgPSAvXi0/KDB8WzEtOV1bMC05XSopKFxcLlswLTldKlsxLTldKT8kL1xuXG4vKiogSHVtYW4gd29yZHMgZm9yIHRoZSBzY2hlbWEncyBwYXR0ZXJucywgc28gbWVzc2FnZXMgc2F5IHdoYXQgaXMgZXhwZWN0ZWQuICovXG5jb25zdCBQQVRURVJOX05BTUVTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICAnXlthLXowLTldKygtW2EtejAtOV0rKSokJzogJ2FuIGlkIG9mIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIGFuZCBzaW5nbGUgaHlwaGVucycsXG4gICdeWzAtOV17NH0oLSgwWzEtOV18MVswLTJdKSgtKDBbMS05XXxbMTJdWzAtOV18M1swMV0pKT8pPyQnOiAnYW4gSVNPIGRhdGUgKFlZWVktTU0tREQsIFlZWVktTU0gb3IgWVlZWSknLFxuICAnXmh0dHBzOi8vW15cXFxcc10rJCc6ICdhbiBodHRwczogVVJMJyxcbiAgJ15bMC05XXs0fSQnOiAnYSBmb3VyLWRpZ2l0IGNvZGUnLFxufVxuXG4vKiogQ2hlY2tzIGhlYWRlciBhbmQgY2VsbHMgb2Ygb25lIHRhYmxlIGFnYWluc3QgaXRzIHNjaGVtYTsgcmV0dXJucyB0aGUgcm93cyB0eXBlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1RhYmxlKHRhYmxlOiBDc3ZUYWJsZSwgcmVzb3VyY2U6IFJlc291cmNlLCBmaWxlOiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiBUeXBlZFJvd1tdIHwgbnVsbCB7XG4gIGNvbnN0IGF0ID0gKGxpbmU6IG51bWJlciwgY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gcHJvYmxlbXMucHVzaCh7IGZpbGUsIGxpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuICBjb25zdCBmaWVsZHMgPSByZXNvdXJjZS5zY2hlbWEuZmllbGRzXG4gIGNvbnN0IGJlZm9yZSA9IHByb2JsZW1zLmxlbmd0aFxuICBjaGVja0hlYWRlcih0YWJsZS5oZWFkZXIsIGZpZWxkcy5tYXAoKGYpID0+IGYubmFtZSksIChjb2x1bW4sIG1lc3NhZ2UpID0+IGF0KDEsIGNvbHVtbiwgbWVzc2FnZSkpXG4gIGNvbnN0IGhlYWRlck9rID0gcHJvYmxlbXMubGVuZ3RoID09PSBiZWZvcmVcbiAgY29uc3QgaW5kZXggPSBuZXcgTWFwKHRhYmxlLmhlYWRlci5tYXAoKGgsIGkpID0+IFtoLCBpXSkpXG4gIGNvbnN0IHJvd3M6IFR5cGVkUm93W10gPSBbXVxuICBmb3IgKGNvbnN0IHJlY29yZCBvZiB0YWJsZS5yZWNvcmRzKSB7XG4gICAgaWYgKHJlY29yZC5jZWxscy5sZW5ndGggIT09IHRhYmxlLmhlYWRlci5sZW5ndGgpIHtcbiAgICAgIC8vIENlbGxzIG9mIGEgc2hvcnQgb3IgbG9uZyByZWNvcmQgYXJlIG1pc2FsaWduZWQ7IGNoZWNraW5nIHRoZW0gd291bGQgb25seSBhZGQgbm9pc2UuXG4gICAgICBjb25zdCBuID0gcmVjb3JkLmNlbGxzLmxlbmd0aFxuICAgICAgY29uc3QgY29sdW1uID0gbiA8IHRhYmxlLmhlYWRlci5sZW5ndGggPyB0YWJsZS5oZWFkZXJbbl0hIDogJy0nXG4gICAgICBhdChyZWNvcmQubGluZSwgY29sdW1uLCBgZXhwZWN0ZWQgJHt0YWJsZS5oZWFkZXIubGVuZ3RofSBjZWxscywgZm91bmQgJHtufWApXG4gICAgICBjb250aW51ZVxuICAgIH1cbiAgICBjb25zdCByb3c6IFR5cGVkUm93ID0geyBfbGluZTogcmVjb3JkLmxpbmUgfVxuICAgIGZvciAoY29uc3QgZmllbGQgb2YgZmllbGRzKSB7XG4gICAgICBjb25zdCBpID0gaW5kZXguZ2V0KGZpZWxkLm5hbWUpXG4gICAgICBpZiAoaSA9PT0gdW5kZWZpbmVkKSBjb250aW51ZVxuICAgICAgcm93W2ZpZWxkLm5hbWVdID0gY2hlY2tDZWxsKHJlY29yZC5jZWxsc1tpXSA/PyAnJywgZmllbGQsIChtZXNzYWdlKSA9PiBhdChyZWNvcmQubGluZSwgZmllbGQubmFtZSwgbWVzc2FnZSkpXG4gICAgfVxuICAgIHJvd3MucHVzaChyb3cpXG4gIH1cbiAgLy8gQSB0YWJsZSB3aXRoIGEgYnJva2VuIGhlYWRlciBpcyByZXBvcnRlZCBhcyBzdWNoOyBrZXlzIGFuZCBydWxlcyBhY3Jvc3MgdGFibGVzIHNraXAgaXQuXG4gIHJldHVybiBoZWFkZXJPayA/IHJvd3MgOiBudWxsXG59XG5cbmZ1bmN0aW9uIGNoZWNrSGVhZGVyKGZvdW5kOiBzdHJpbmdbXSwgZXhwZWN0ZWQ6IHN0cmluZ1tdLCByZXBvcnQ6IChjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiB2b2lkKTogdm9pZCB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKVxuICBmb3IgKGNvbnN0IGggb2YgZm91bmQpIHtcbiAgICBpZiAoc2Vlbi5oYXMoaCkpIHJlcG9ydChoLCBgZXhwZWN0ZWQgZWFjaCBjb2x1bW4gb25jZSwgZm91bmQgJHtzaG93bihoKX0gdHdpY2VgKVxuICAgIHNlZW4uYWRkKGgpXG4gIH1cbiAgY29uc3QgbWlzc2luZyA9IGV4cGVjdGVkLmZpbHRlcigoZSkgPT4gIWZvdW5kLmluY2x1ZGVzKGUpKVxuICBjb25zdCBleHRyYSA9IGZvdW5kLmZpbHRlcigoaCkgPT4gIWV4cGVjdGVkLmluY2x1ZGVzKGgpKVxuICBjb25zdCBzYW1lU2V0ID0gIW1pc3NpbmcubGVuZ3RoICYmICFleHRyYS5sZW5ndGhcbiAgLy8gQSBtaXNzaW5nIGFuZCBhbiBleHRyYSBjb2x1bW4gYXQgdGhlIHNhbWUgcG9zaXRpb24gcmVhZCBhcyBhIHJlbmFtZS5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBNYXRoLm1heChmb3VuZC5sZW5ndGgsIGV4cGVjdGVkLmxlbmd0aCk7IGkrKykge1xuICAgIGNvbnN0IGYgPSBmb3VuZFtpXVxuICAgIGNvbnN0IGUgPSBleHBlY3RlZFtpXVxuICAgIGlmIChmICE9PSB1bmRlZmluZWQgJiYgZSAhPT0gdW5kZWZpbmVkICYmIG1pc3NpbmcuaW5jbHVkZXMoZSkgJiYgZXh0cmEuaW5jbHVkZXMoZikpIHtcbiAgICAgIHJlcG9ydChlLCBgZXhwZWN0ZWQgY29sdW1uICR7c2hvd24oZSl9LCBmb3VuZCAke3Nob3duKGYpfWApXG4gICAgICBtaXNzaW5nLnNwbGljZShtaXNzaW5nLmluZGV4T2YoZSksIDEpXG4gICAgICBleHRyYS5zcGxpY2UoZXh0cmEuaW5kZXhPZihmKSwgMSlcbiAgICB9XG4gIH1cbiAgZm9yIChjb25zdCBtIG9mIG1pc3NpbmcpIHJlcG9ydChtLCBgZXhwZWN0ZWQgY29sdW1uICR7c2hvd24obSl9LCBmb3VuZCBubyBzdWNoIGNvbHVtbmApXG4gIGZvciAoY29uc3QgeCBvZiBleHRyYSkgcmVwb3J0KHgsIGBleHBlY3RlZCBvbmx5IHRoZSBjb2x1bW5zIG9mIGRhdGFwYWNrYWdlLmpzb24sIGZvdW5kIGFuIGV4dHJhIGNvbHVtbiAke3Nob3duKHgpfWApXG4gIGlmIChzYW1lU2V0KSB7XG4gICAgY29uc3QgaSA9IGZvdW5kLmZpbmRJbmRleCgoaCwgaykgPT4gaCAhPT0gZXhwZWN0ZWRba10pXG4gICAgaWYgKGkgPj0gMCkgcmVwb3J0KGZvdW5kW2ldISwgYGV4cGVjdGVkIGNvbHVtbiAke3Nob3duKGV4cGVjdGVkW2ldISl9IGF0IHBvc2l0aW9uICR7aSArIDF9LCBmb3VuZCAke3Nob3duKGZvdW5kW2ldISl9IChjb2x1bW5zIG91dCBvZiBvcmRlcilgKVxuICB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrQ2VsbChyYXc6IHN0cmluZywgZmllbGQ6IEZpZWxkLCByZXBvcnQ6IChtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWQpOiBDZWxsIHtcbiAgY29uc3QgYyA9IGZpZWxkLmNvbnN0cmFpbnRzID8/IHt9XG4gIGlmIChyYXcuaW5jbHVkZXMoJ1xcdUZGRkQnKSkgcmV0dXJuIHVuZGVmaW5lZCAvLyBieXRlcyB0aGF0IGFyZSBub3QgVVRGLTg6IHJlcG9ydGVkIGJ5IHJlYWRDc3ZcbiAgaWYgKHJhdyA9PT0gJycpIHtcbiAgICBpZiAoYy5yZXF1aXJlZCkgcmVwb3J0KCdleHBlY3RlZCBhIHZhbHVlLCBmb3VuZCBhbiBlbXB0eSBjZWxsJylcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIGlmIChyYXcgIT09IHJhdy50cmltKCkpIHtcbiAgICByZXBvcnQoYGV4cGVjdGVkIG5vIGxlYWRpbmcgb3IgdHJhaWxpbmcgc3BhY2VzLCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgaWYgKGZpZWxkLnR5cGUgPT09ICdpbnRlZ2VyJyB8fCBmaWVsZC50eXBlID09PSAnbnVtYmVyJykge1xuICAgIGNvbnN0IG9rID0gKGZpZWxkLnR5cGUgPT09ICdpbnRlZ2VyJyA/IElOVEVHRVIgOiBOVU1CRVIpLnRlc3QocmF3KVxuICAgIGlmICghb2spIHtcbiAgICAgIHJlcG9ydChgZXhwZWN0ZWQgJHtmaWVsZC50eXBlID09PSAnaW50ZWdlcicgPyAnYW4gaW50ZWdlcicgOiAnYSBudW1iZXInfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgICByZXR1cm4gdW5kZWZpbmVkXG4gICAgfVxuICAgIGNvbnN0IG4gPSBOdW1iZXIocmF3KVxuICAgIGlmIChjLm1pbmltdW0gIT09IHVuZGVmaW5lZCAmJiBuIDwgYy5taW5pbXVtKSByZXBvcnQoYGV4cGVjdGVkIGEgbnVtYmVyIFx1MjI2NSAke2MubWluaW11bX0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIGVsc2UgaWYgKGMubWF4aW11bSAhPT0gdW5kZWZpbmVkICYmIG4gPiBjLm1heGltdW0pIHJlcG9ydChgZXhwZWN0ZWQgYSBudW1iZXIgXHUyMjY0ICR7Yy5tYXhpbXVtfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgZWxzZSByZXR1cm4gblxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoYy5lbnVtICYmICFjLmVudW0uaW5jbHVkZXMocmF3KSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgb25lIG9mICR7Yy5lbnVtLmpvaW4oJywgJyl9LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgaWYgKGMucGF0dGVybiAmJiAhbmV3IFJlZ0V4cChjLnBhdHRlcm4sICd1JykudGVzdChyYXcpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCAke1BBVFRFUk5fTkFNRVNbYy5wYXR0ZXJuXSA/PyBgdGV4dCBtYXRjaGluZyAvJHtjLnBhdHRlcm59L2B9LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgaWYgKGMucGF0dGVybiAmJiBQQVRURVJOX05BTUVTW2MucGF0dGVybl0/LnN0YXJ0c1dpdGgoJ2FuIElTTyBkYXRlJykgJiYgIWlzQ2FsZW5kYXJEYXRlKHJhdykpIHtcbiAgICByZXBvcnQoYGV4cGVjdGVkIGEgZGF0ZSB0aGF0IGV4aXN0cywgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIHJldHVybiByYXdcbn1cblxuZnVuY3Rpb24gaXNDYWxlbmRhckRhdGUoaXNvOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgW3ksIG0sIGRdID0gaXNvLnNwbGl0KCctJykubWFwKE51bWJlcilcbiAgaWYgKGQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWVcbiAgY29uc3QgZGF0ZSA9IG5ldyBEYXRlKERhdGUuVVRDKHkhLCBtISAtIDEsIGQpKVxuICByZXR1cm4gZGF0ZS5nZXRVVENNb250aCgpID09PSBtISAtIDEgJiYgZGF0ZS5nZXRVVENEYXRlKCkgPT09IGRcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL3BhY2thZ2Utc2NoZW1hLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL3BhY2thZ2Utc2NoZW1hLnRzXCI7aW1wb3J0IHsgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcblxuLyoqIFRoZSBwYXJ0cyBvZiBhIEZyaWN0aW9ubGVzcyBUYWJsZSBTY2hlbWEgdGhhdCB0aGlzIHByb2plY3QgdXNlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRmllbGRDb25zdHJhaW50cyB7XG4gIHJlcXVpcmVkPzogYm9vbGVhblxuICB1bmlxdWU/OiBib29sZWFuXG4gIHBhdHRlcm4/OiBzdHJpbmdcbiAgZW51bT86IHN0cmluZ1tdXG4gIG1pbmltdW0/OiBudW1iZXJcbiAgbWF4aW11bT86IG51bWJlclxufVxuZXhwb3J0IGludGVyZmFjZSBGaWVsZCB7XG4gIG5hbWU6IHN0cmluZ1xuICB0eXBlOiAnc3RyaW5nJyB8ICdpbnRlZ2VyJyB8ICdudW1iZXInXG4gIGZvcm1hdD86IHN0cmluZ1xuICBkZXNjcmlwdGlvbjogc3RyaW5nXG4gIGNvbnN0cmFpbnRzPzogRmllbGRDb25zdHJhaW50c1xufVxuZXhwb3J0IGludGVyZmFjZSBGb3JlaWduS2V5IHtcbiAgZmllbGRzOiBzdHJpbmdbXVxuICAvKiogYHJlc291cmNlOiBcIlwiYCByZWZlcnMgdG8gdGhlIHNhbWUgdGFibGUgKEZyaWN0aW9ubGVzcyBjb252ZW50aW9uKS4gKi9cbiAgcmVmZXJlbmNlOiB7IHJlc291cmNlOiBzdHJpbmc7IGZpZWxkczogc3RyaW5nW10gfVxufVxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZSB7XG4gIG5hbWU6IHN0cmluZ1xuICBwYXRoOiBzdHJpbmdcbiAgdGl0bGU6IHN0cmluZ1xuICBkZXNjcmlwdGlvbjogc3RyaW5nXG4gIC8vIEZyaWN0aW9ubGVzcyBhbGxvd3Mgbm8gZW1wdHkgZm9yZWlnbktleXMgbGlzdDogYSB0YWJsZSB3aXRob3V0IHJlZmVyZW5jZXMgbGVhdmVzIGl0IG91dC5cbiAgc2NoZW1hOiB7IGZpZWxkczogRmllbGRbXTsgcHJpbWFyeUtleTogc3RyaW5nW107IGZvcmVpZ25LZXlzPzogRm9yZWlnbktleVtdOyBtaXNzaW5nVmFsdWVzOiBzdHJpbmdbXSB9XG59XG5leHBvcnQgaW50ZXJmYWNlIERhdGFQYWNrYWdlIHtcbiAgbmFtZTogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICB2ZXJzaW9uOiBzdHJpbmdcbiAgbGljZW5zZXM6IHsgbmFtZTogc3RyaW5nOyBwYXRoOiBzdHJpbmc7IHRpdGxlOiBzdHJpbmcgfVtdXG4gIHJlc291cmNlczogUmVzb3VyY2VbXVxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVhZFBhY2thZ2UocGF0aDogc3RyaW5nKTogRGF0YVBhY2thZ2Uge1xuICByZXR1cm4gSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMocGF0aCwgJ3V0ZjgnKSkgYXMgRGF0YVBhY2thZ2Vcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL3JlYWQtY3N2LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL3JlYWQtY3N2LnRzXCI7aW1wb3J0IFBhcGEgZnJvbSAncGFwYXBhcnNlJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3N2UmVjb3JkIHtcbiAgLyoqIDEtYmFzZWQgbGluZSB3aGVyZSB0aGUgcmVjb3JkIHN0YXJ0cy4gKi9cbiAgbGluZTogbnVtYmVyXG4gIGNlbGxzOiBzdHJpbmdbXVxufVxuZXhwb3J0IGludGVyZmFjZSBDc3ZUYWJsZSB7XG4gIGhlYWRlcjogc3RyaW5nW11cbiAgcmVjb3JkczogQ3N2UmVjb3JkW11cbn1cblxuLyoqXG4gKiBSZWFkcyBvbmUgQ1NWIGZpbGUncyBieXRlcyBpbnRvIGhlYWRlciBhbmQgcmVjb3JkcywgcmVwb3J0aW5nIGV2ZXJ5IHdheSB0aGUgYnl0ZXMgYnJlYWsgdGhlXG4gKiBwcm9qZWN0J3MgQ1NWIGRpYWxlY3QgKFVURi04IHdpdGhvdXQgQk9NLCBMRiwgY29tbWEsIFJGQyA0MTgwIHF1b3RpbmcpLiBSZWNvcmRzIGNvbWUgYmFjayBldmVuXG4gKiB3aGVuIHRoZXJlIGFyZSBwcm9ibGVtcywgc28gdGhlIGNhbGxlciBjYW4gZ28gb24gYW5kIHJlcG9ydCBjZWxsIHByb2JsZW1zIHRvby5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRDc3YoYnl0ZXM6IFVpbnQ4QXJyYXksIGZpbGU6IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IENzdlRhYmxlIHwgbnVsbCB7XG4gIGNvbnN0IGF0ID0gKGxpbmU6IG51bWJlciwgY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gcHJvYmxlbXMucHVzaCh7IGZpbGUsIGxpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuICBpZiAoYnl0ZXMubGVuZ3RoID09PSAwKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgYSBoZWFkZXIgcm93LCBmb3VuZCBhbiBlbXB0eSBmaWxlJylcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIC8vIGlnbm9yZUJPTSBrZWVwcyBhIEJPTSBpbiB0aGUgdGV4dCwgc28gdGhhdCBpdCBjYW4gYmUgcmVwb3J0ZWQgcmF0aGVyIHRoYW4gc2lsZW50bHkgZHJvcHBlZC5cbiAgbGV0IHRleHQgPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04JywgeyBmYXRhbDogZmFsc2UsIGlnbm9yZUJPTTogdHJ1ZSB9KS5kZWNvZGUoYnl0ZXMpXG4gIGlmICh0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZikge1xuICAgIGF0KDEsICctJywgJ2V4cGVjdGVkIFVURi04IHdpdGhvdXQgYSBieXRlLW9yZGVyIG1hcmssIGZvdW5kIGEgQk9NJylcbiAgICB0ZXh0ID0gdGV4dC5zbGljZSgxKVxuICB9XG4gIGNvbnN0IGNybGYgPSB0ZXh0LmluZGV4T2YoJ1xccicpXG4gIGlmIChjcmxmID49IDApIHtcbiAgICBhdChsaW5lT2YodGV4dCwgY3JsZiksICctJywgJ2V4cGVjdGVkIExGIGxpbmUgZW5kaW5ncywgZm91bmQgQ1IgKENSTEYpJylcbiAgICB0ZXh0ID0gdGV4dC5yZXBsYWNlKC9cXHJcXG4/L2csICdcXG4nKVxuICB9XG4gIGlmICh0ZXh0LnRyaW0oKSA9PT0gJycpIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBhIGhlYWRlciByb3csIGZvdW5kIGFuIGVtcHR5IGZpbGUnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgaWYgKCFzY2FuUXVvdGVzKHRleHQsIChsaW5lLCBmaWVsZCwgbWVzc2FnZSkgPT4gYXQobGluZSwgYCMke2ZpZWxkfWAsIG1lc3NhZ2UpKSkge1xuICAgIC8vIFN0cnVjdHVyZSBpcyBicm9rZW47IHBhcGFwYXJzZSB3b3VsZCBndWVzcy4gTmFtZSBjb2x1bW5zIHdoZXJlIHRoZSBoZWFkZXIgYWxsb3dzLlxuICAgIHJlbmFtZUZpZWxkUmVmcyhwcm9ibGVtcywgdGV4dCwgZmlsZSlcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIGNvbnN0IHJvd3M6IENzdlJlY29yZFtdID0gW11cbiAgbGV0IHN0YXJ0ID0gMFxuICBQYXBhLnBhcnNlPHN0cmluZ1tdPih0ZXh0LCB7XG4gICAgZGVsaW1pdGVyOiAnLCcsXG4gICAgbmV3bGluZTogJ1xcbicsXG4gICAgcXVvdGVDaGFyOiAnXCInLFxuICAgIHNraXBFbXB0eUxpbmVzOiBmYWxzZSxcbiAgICBzdGVwOiAocmVzdWx0KSA9PiB7XG4gICAgICBjb25zdCBjdXJzb3IgPSByZXN1bHQubWV0YS5jdXJzb3JcbiAgICAgIHJvd3MucHVzaCh7IGxpbmU6IGxpbmVPZih0ZXh0LCBzdGFydCksIGNlbGxzOiByZXN1bHQuZGF0YSB9KVxuICAgICAgc3RhcnQgPSBjdXJzb3IgKyAxXG4gICAgfSxcbiAgfSlcbiAgLy8gQSBmaW5hbCBuZXdsaW5lIHlpZWxkcyBvbmUgZW1wdHkgcmVjb3JkOyBibGFuayBsaW5lcyBlbHNld2hlcmUgYXJlIHByb2JsZW1zLlxuICBpZiAocm93cy5sZW5ndGggJiYgaXNCbGFuayhyb3dzW3Jvd3MubGVuZ3RoIC0gMV0hLmNlbGxzKSkgcm93cy5wb3AoKVxuICBjb25zdCBbaGVhZCwgLi4ucmVjb3Jkc10gPSByb3dzXG4gIGlmICghaGVhZCkge1xuICAgIGF0KDEsICctJywgJ2V4cGVjdGVkIGEgaGVhZGVyIHJvdywgZm91bmQgYW4gZW1wdHkgZmlsZScpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBjb25zdCBoZWFkZXIgPSBoZWFkLmNlbGxzXG4gIGZvciAoY29uc3QgciBvZiByZWNvcmRzKSB7XG4gICAgaWYgKGlzQmxhbmsoci5jZWxscykpIGF0KHIubGluZSwgJy0nLCAnZXhwZWN0ZWQgYSByZWNvcmQsIGZvdW5kIGFuIGVtcHR5IGxpbmUnKVxuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgci5jZWxscy5sZW5ndGg7IGkrKykge1xuICAgICAgaWYgKHIuY2VsbHNbaV0hLmluY2x1ZGVzKCdcXHVGRkZEJykpIGF0KHIubGluZSwgaGVhZGVyW2ldID8/IGAjJHtpICsgMX1gLCBgZXhwZWN0ZWQgVVRGLTggdGV4dCwgZm91bmQgYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04IGluICR7c2hvd24oci5jZWxsc1tpXSEpfWApXG4gICAgfVxuICB9XG4gIGhlYWRlci5mb3JFYWNoKChoLCBpKSA9PiB7XG4gICAgaWYgKGguaW5jbHVkZXMoJ1xcdUZGRkQnKSkgYXQoMSwgYCMke2kgKyAxfWAsIGBleHBlY3RlZCBVVEYtOCB0ZXh0LCBmb3VuZCBieXRlcyB0aGF0IGFyZSBub3QgVVRGLTggaW4gJHtzaG93bihoKX1gKVxuICB9KVxuICByZXR1cm4geyBoZWFkZXIsIHJlY29yZHM6IHJlY29yZHMuZmlsdGVyKChyKSA9PiAhaXNCbGFuayhyLmNlbGxzKSkgfVxufVxuXG5mdW5jdGlvbiBpc0JsYW5rKGNlbGxzOiBzdHJpbmdbXSk6IGJvb2xlYW4ge1xuICByZXR1cm4gY2VsbHMubGVuZ3RoID09PSAxICYmIGNlbGxzWzBdID09PSAnJ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbGluZU9mKHRleHQ6IHN0cmluZywgaW5kZXg6IG51bWJlcik6IG51bWJlciB7XG4gIGxldCBsaW5lID0gMVxuICBmb3IgKGxldCBpID0gMDsgaSA8IGluZGV4ICYmIGkgPCB0ZXh0Lmxlbmd0aDsgaSsrKSBpZiAodGV4dC5jaGFyQ29kZUF0KGkpID09PSAxMCkgbGluZSsrXG4gIHJldHVybiBsaW5lXG59XG5cbi8qKlxuICogV2Fsa3MgdGhlIHRleHQgYXMgUkZDIDQxODAgYW5kIHJlcG9ydHMgcXVvdGVzIHRoYXQgYnJlYWsgaXQ6IGEgcXVvdGUgaW5zaWRlIGFuIHVucXVvdGVkXG4gKiBmaWVsZCwgdGV4dCBhZnRlciBhIGNsb3NpbmcgcXVvdGUsIGEgcXVvdGUgbmV2ZXIgY2xvc2VkLiBSZXR1cm5zIGZhbHNlIGlmIGFueSB3YXMgZm91bmQuXG4gKi9cbmZ1bmN0aW9uIHNjYW5RdW90ZXModGV4dDogc3RyaW5nLCByZXBvcnQ6IChsaW5lOiBudW1iZXIsIGZpZWxkOiBudW1iZXIsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZCk6IGJvb2xlYW4ge1xuICBsZXQgb2sgPSB0cnVlXG4gIGxldCBsaW5lID0gMVxuICBsZXQgZmllbGQgPSAxXG4gIGxldCBpID0gMFxuICBsZXQgZmllbGRTdGFydCA9IHRydWVcbiAgd2hpbGUgKGkgPCB0ZXh0Lmxlbmd0aCkge1xuICAgIGNvbnN0IGMgPSB0ZXh0W2ldXG4gICAgaWYgKGZpZWxkU3RhcnQgJiYgYyA9PT0gJ1wiJykge1xuICAgICAgY29uc3Qgb3BlbkxpbmUgPSBsaW5lXG4gICAgICBpKytcbiAgICAgIGxldCBjbG9zZWQgPSBmYWxzZVxuICAgICAgd2hpbGUgKGkgPCB0ZXh0Lmxlbmd0aCkge1xuICAgICAgICBpZiAodGV4dFtpXSA9PT0gJ1wiJykge1xuICAgICAgICAgIGlmICh0ZXh0W2kgKyAxXSA9PT0gJ1wiJykgeyBpICs9IDI7IGNvbnRpbnVlIH1cbiAgICAgICAgICBjbG9zZWQgPSB0cnVlXG4gICAgICAgICAgaSsrXG4gICAgICAgICAgYnJlYWtcbiAgICAgICAgfVxuICAgICAgICBpZiAodGV4dFtpXSA9PT0gJ1xcbicpIGxpbmUrK1xuICAgICAgICBpKytcbiAgICAgIH1cbiAgICAgIGlmICghY2xvc2VkKSB7XG4gICAgICAgIHJlcG9ydChvcGVuTGluZSwgZmllbGQsICdleHBlY3RlZCBhIGNsb3NpbmcgcXVvdGUgZm9yIHRoZSBxdW90ZWQgY2VsbCwgZm91bmQgdGhlIGVuZCBvZiB0aGUgZmlsZScpXG4gICAgICAgIHJldHVybiBmYWxzZVxuICAgICAgfVxuICAgICAgY29uc3QgbmV4dCA9IHRleHRbaV1cbiAgICAgIGlmIChuZXh0ICE9PSB1bmRlZmluZWQgJiYgbmV4dCAhPT0gJywnICYmIG5leHQgIT09ICdcXG4nKSB7XG4gICAgICAgIHJlcG9ydChsaW5lLCBmaWVsZCwgYGV4cGVjdGVkIGEgY29tbWEgb3IgbGluZSBlbmQgYWZ0ZXIgdGhlIGNsb3NpbmcgcXVvdGUsIGZvdW5kICR7c2hvd24obmV4dCl9IChhIHN0cmF5IHF1b3RlKWApXG4gICAgICAgIG9rID0gZmFsc2VcbiAgICAgICAgd2hpbGUgKGkgPCB0ZXh0Lmxlbmd0aCAmJiB0ZXh0W2ldICE9PSAnLCcgJiYgdGV4dFtpXSAhPT0gJ1xcbicpIGkrK1xuICAgICAgfVxuICAgICAgZmllbGRTdGFydCA9IGZhbHNlXG4gICAgICBjb250aW51ZVxuICAgIH1cbiAgICBpZiAoYyA9PT0gJywnKSB7IGZpZWxkKys7IGZpZWxkU3RhcnQgPSB0cnVlOyBpKys7IGNvbnRpbnVlIH1cbiAgICBpZiAoYyA9PT0gJ1xcbicpIHsgbGluZSsrOyBmaWVsZCA9IDE7IGZpZWxkU3RhcnQgPSB0cnVlOyBpKys7IGNvbnRpbnVlIH1cbiAgICBpZiAoYyA9PT0gJ1wiJykge1xuICAgICAgcmVwb3J0KGxpbmUsIGZpZWxkLCAnZXhwZWN0ZWQgbm8gcXVvdGUgaW5zaWRlIGFuIHVucXVvdGVkIGNlbGwsIGZvdW5kIGEgc3RyYXkgcXVvdGUgKHF1b3RlIHRoZSB3aG9sZSBjZWxsIGFuZCBkb3VibGUgdGhlIHF1b3RlKScpXG4gICAgICBvayA9IGZhbHNlXG4gICAgICB3aGlsZSAoaSArIDEgPCB0ZXh0Lmxlbmd0aCAmJiB0ZXh0W2kgKyAxXSAhPT0gJywnICYmIHRleHRbaSArIDFdICE9PSAnXFxuJykgaSsrIC8vIG9uY2UgcGVyIGNlbGxcbiAgICB9XG4gICAgZmllbGRTdGFydCA9IGZhbHNlXG4gICAgaSsrXG4gIH1cbiAgcmV0dXJuIG9rXG59XG5cbi8qKiBUdXJucyBgIzNgIGNvbHVtbiByZWZlcmVuY2VzIGludG8gaGVhZGVyIG5hbWVzIG9uY2UgdGhlIGhlYWRlciBpcyBrbm93bi4gKi9cbmZ1bmN0aW9uIHJlbmFtZUZpZWxkUmVmcyhwcm9ibGVtczogUHJvYmxlbVtdLCB0ZXh0OiBzdHJpbmcsIGZpbGU6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBmaXJzdExpbmUgPSB0ZXh0LnNsaWNlKDAsIHRleHQuaW5kZXhPZignXFxuJykgPj4+IDApXG4gIGNvbnN0IGhlYWRlciA9IGZpcnN0TGluZS5pbmNsdWRlcygnXCInKSA/IFtdIDogZmlyc3RMaW5lLnNwbGl0KCcsJylcbiAgZm9yIChjb25zdCBwIG9mIHByb2JsZW1zKSB7XG4gICAgaWYgKHAuZmlsZSAhPT0gZmlsZSB8fCAhcC5jb2x1bW4uc3RhcnRzV2l0aCgnIycpKSBjb250aW51ZVxuICAgIGNvbnN0IG5hbWUgPSBoZWFkZXJbTnVtYmVyKHAuY29sdW1uLnNsaWNlKDEpKSAtIDFdXG4gICAgaWYgKG5hbWUpIHAuY29sdW1uID0gbmFtZVxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL2NvbXBvbmVudHMvZGF0YS9hbmJlZmFsaW5nZXIuZGF0YS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL2NvbXBvbmVudHMvZGF0YS9hbmJlZmFsaW5nZXIuZGF0YS50c1wiO2ltcG9ydCB7IGFuYmVmYWxpbmdlclZpZXcsIHR5cGUgQW5iZWZhbGluZ2VyVmlldyB9IGZyb20gJy4uLy4uL3NjcmlwdHMvc2l0ZS92aWV3cy9hbmJlZmFsaW5nZXIudHMnXG5pbXBvcnQgeyBwYWdlTG9hZGVyIH0gZnJvbSAnLi9wYWdlLWxvYWRlci50cydcblxuZGVjbGFyZSBjb25zdCBkYXRhOiBBbmJlZmFsaW5nZXJWaWV3XG5leHBvcnQgeyBkYXRhIH1cbmV4cG9ydCBkZWZhdWx0IHBhZ2VMb2FkZXIoYW5iZWZhbGluZ2VyVmlldylcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFDTyxJQUFNLFNBQVM7QUFBQSxFQUNwQixZQUFZLENBQUMsT0FBZSxhQUFhLEVBQUU7QUFBQSxFQUMzQyxnQkFBZ0IsQ0FBQyxPQUFlLGNBQWMsRUFBRTtBQUFBLEVBQ2hELE1BQU0sQ0FBQyxPQUFlLFFBQVEsRUFBRTtBQUFBLEVBQ2hDLGNBQWMsQ0FBQyxPQUFlLE9BQU8sRUFBRTtBQUFBLEVBQ3ZDLE1BQU0sQ0FBQyxPQUFlLFFBQVEsRUFBRTtBQUFBLEVBQ2hDLE9BQU8sQ0FBQyxPQUFlLGNBQWMsRUFBRTtBQUFBLEVBQ3ZDLFFBQVEsQ0FBQyxPQUFlLFNBQVMsRUFBRTtBQUNyQzs7O0FDVG1QLFNBQVMsb0JBQW9CO0FBQ2hSLFNBQVMsd0JBQXdCO0FBTWpDLElBQU0sZUFBZSxhQUFhLEVBQUUsU0FBUyxLQUFLLFdBQVcsS0FBSyxVQUFVLENBQUMsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxJQUFJLE1BQU0sR0FBRyxPQUFPLFNBQUksQ0FBQztBQUNySCxJQUFNLGFBQWEsaUJBQWlCO0FBQUEsRUFDbEMsVUFBVTtBQUFBLEVBQ1YsTUFBTTtBQUFBLEVBQ04sTUFBTTtBQUFBLEVBQ04sU0FBUyxDQUFDLE1BQU0sSUFBSTtBQUFBLEVBQ3BCLE1BQU0sQ0FBQyxhQUFVLFVBQVUsV0FBVyxVQUFVLFdBQVcsVUFBVSxXQUFRO0FBQUEsRUFDN0UsV0FBVyxDQUFDLFVBQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQUs7QUFBQSxFQUMzRCxRQUFRLENBQUMsVUFBVSxXQUFXLFNBQVMsU0FBUyxPQUFPLFFBQVEsUUFBUSxVQUFVLGFBQWEsV0FBVyxZQUFZLFVBQVU7QUFBQSxFQUMvSCxhQUFhLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLEtBQUs7QUFDbEcsQ0FBQztBQUVELElBQU0sUUFBUSxhQUFhLE9BQU8sT0FBTztBQUN6QyxJQUFNLFVBQVUsYUFBYSxPQUFPLEtBQUs7QUFDekMsSUFBTSxlQUFlLFdBQVcsVUFBVSxZQUFZO0FBQ3RELElBQU0sWUFBWSxXQUFXLFVBQVUsT0FBTztBQUd2QyxTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxNQUFNLENBQUM7QUFDaEI7QUFrQk8sU0FBUyxXQUFXLEtBQXFCO0FBQzlDLFFBQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxNQUFNO0FBQzNDLE1BQUksTUFBTSxPQUFXLFFBQU8sT0FBTyxDQUFDO0FBQ3BDLFFBQU0sT0FBTyxJQUFJLEtBQUssS0FBSyxJQUFJLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQ2pELFNBQU8sTUFBTSxTQUFZLFVBQVUsSUFBSSxJQUFJLGFBQWEsSUFBSTtBQUM5RDtBQUdPLElBQU0sZUFBeUM7QUFBQSxFQUNwRCxHQUFHLENBQUMsU0FBTSxNQUFNLE1BQU0sU0FBTSxLQUFLO0FBQUEsRUFBRyxHQUFHLENBQUMsSUFBSTtBQUFBLEVBQUcsR0FBRyxDQUFDLEtBQUs7QUFBQSxFQUFHLEdBQUcsQ0FBQyxNQUFNO0FBQUEsRUFBRyxHQUFHLENBQUMsS0FBSztBQUFBLEVBQUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxLQUFLO0FBQUEsRUFDMUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxJQUFJO0FBQUEsRUFBRyxJQUFJLENBQUMsSUFBSTtBQUFBLEVBQUcsSUFBSSxDQUFDLFFBQVE7QUFBQSxFQUFHLElBQUksQ0FBQyxNQUFNO0FBQ2pFOzs7QUNqQ08sU0FBUyxZQUFZLEdBQW1CO0FBQzdDLFFBQU0sT0FBTyxFQUFFLE9BQU8sV0FBVyxFQUFFLElBQUksSUFBSSxFQUFFO0FBQzdDLFNBQU8sQ0FBQyxFQUFFLFFBQVEsSUFBSSxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssSUFBSTtBQUNuRDtBQVFPLFNBQVMsS0FBSyxRQUFnQixLQUFrQixRQUFRLElBQUksT0FBaUI7QUFDbEYsUUFBTSxJQUFJLE9BQU8sUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLGNBQWMsSUFBSSxTQUFTO0FBQ2xFLE1BQUksQ0FBQyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsSUFBSSxTQUFTLEVBQUU7QUFDcEQsU0FBTztBQUFBLElBQ0wsVUFBVSxFQUFFO0FBQUEsSUFDWixPQUFPLFlBQVksQ0FBQztBQUFBLElBQ3BCLE9BQU8sRUFBRTtBQUFBLElBQ1QsTUFBTSxFQUFFLE9BQU8sV0FBVyxFQUFFLElBQUksSUFBSTtBQUFBLElBQ3BDLEtBQUssRUFBRTtBQUFBLElBQ1AsU0FBUyxJQUFJO0FBQUEsSUFDYjtBQUFBLElBQ0EsS0FBSyxFQUFFLFFBQVE7QUFBQSxFQUNqQjtBQUNGOzs7QUMxQ08sSUFBTSxTQUFpQztBQUFBLEVBQzVDLFlBQVk7QUFBQSxFQUNaLHVCQUF1QjtBQUFBLEVBQ3ZCLFFBQVE7QUFBQSxFQUNSLGdCQUFnQjtBQUFBLEVBQ2hCLFNBQVM7QUFBQSxFQUNULG1CQUFtQjtBQUFBLEVBQ25CLGVBQWU7QUFBQSxFQUNmLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFdBQVc7QUFDYjtBQUdPLFNBQVMsaUJBQWlCLEdBQVc7QUFDMUMsUUFBTSxNQUFNLENBQUMsT0FBZSxFQUFFLGNBQWMsS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLEVBQUUsR0FBRyxRQUFRO0FBQ2xGLFFBQU0sT0FBTyxDQUFDLE9BQWUsRUFBRSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxFQUFFO0FBQ2pFLFNBQU87QUFBQSxJQUNMLFFBQVEsT0FBTyxRQUFRLE1BQU0sRUFDMUIsSUFBSSxDQUFDLENBQUMsS0FBSyxJQUFJLE9BQU87QUFBQSxNQUNyQjtBQUFBLE1BQ0E7QUFBQSxNQUNBLE9BQU8sRUFBRSxnQkFDTixPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsR0FBRyxFQUM3QixJQUFJLENBQUMsT0FBTyxFQUFFLElBQUksRUFBRSxtQkFBbUIsUUFBUSxPQUFPLGVBQWUsRUFBRSxpQkFBaUIsR0FBRyxNQUFNLEVBQUUsTUFBTSxRQUFRLElBQUksRUFBRSxhQUFhLEdBQUcsTUFBTSxLQUFLLEVBQUUsT0FBTyxFQUFFLFlBQVksUUFBUSxFQUFFLFNBQVMsVUFBVSxLQUFLLEdBQUcsQ0FBQyxFQUFFLEVBQUU7QUFBQSxJQUN4TixFQUFFLEVBQ0QsT0FBTyxDQUFDLE1BQU0sRUFBRSxNQUFNLE1BQU07QUFBQSxFQUNqQztBQUNGOzs7QUNqQ2dRLFNBQVMsb0JBQW9COzs7QUNBMUMsU0FBUyxjQUFBQSxhQUFZLGdCQUFBQyxxQkFBb0I7QUFDNVIsU0FBUyxRQUFBQyxPQUFNLFVBQVUsZUFBZTtBQUN4QyxTQUFTLHFCQUFxQjs7O0FDVXZCLFNBQVMsY0FBYyxHQUFvQjtBQUNoRCxTQUFPLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxJQUFJLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3REO0FBR08sSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUNuQyxZQUFxQixVQUFxQjtBQUN4QyxVQUFNLEdBQUcsU0FBUyxNQUFNLFdBQVcsU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsSUFBb0IsU0FBUyxJQUFJLGFBQWEsRUFBRSxLQUFLLElBQUksQ0FBQztBQUQxRztBQUVuQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0Y7QUFHTyxTQUFTLE1BQU0sT0FBZSxNQUFNLElBQVk7QUFDckQsUUFBTSxJQUFJLE1BQU0sU0FBUyxNQUFNLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxJQUFJLFdBQU07QUFDL0QsU0FBTyxLQUFLLFVBQVUsQ0FBQztBQUN6Qjs7O0FDeEJBLElBQU0sUUFBUSxDQUFDLEtBQWUsV0FBcUIsT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEtBQUssSUFBUTtBQUdqRyxTQUFTLFVBQVUsV0FBdUIsUUFBaUMsUUFBa0MsVUFBMkI7QUFDN0ksYUFBVyxLQUFLLFdBQVc7QUFDekIsVUFBTSxPQUFPLE9BQU8sSUFBSSxFQUFFLElBQUk7QUFDOUIsUUFBSSxDQUFDLEtBQU07QUFDWCxVQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3BCLFVBQU0sVUFBVSxDQUFDLElBQUksR0FBRyxFQUFFLE9BQU8sT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLGFBQWEsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQztBQUNqRyxlQUFXLFVBQVUsU0FBUztBQUM1QixZQUFNLFFBQVEsb0JBQUksSUFBb0I7QUFDdEMsaUJBQVcsT0FBTyxNQUFNO0FBQ3RCLFlBQUksT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNqRSxjQUFNLElBQUksTUFBTSxLQUFLLE1BQU07QUFDM0IsY0FBTSxPQUFPLE1BQU0sSUFBSSxDQUFDO0FBQ3hCLFlBQUksU0FBUyxRQUFXO0FBQ3RCLGdCQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUN2QyxnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQ3pELG1CQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sRUFBRSxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxTQUFTLHFCQUFxQixPQUFPLEtBQUssS0FBSyxDQUFDLFdBQVcsTUFBTSxLQUFLLENBQUMseUJBQXlCLElBQUksSUFBSSxDQUFDO0FBQUEsUUFDMUssTUFBTyxPQUFNLElBQUksR0FBRyxJQUFJLEtBQUs7QUFBQSxNQUMvQjtBQUFBLElBQ0Y7QUFDQSxlQUFXLE1BQU0sRUFBRSxPQUFPLGVBQWUsQ0FBQyxHQUFHO0FBQzNDLFlBQU0sU0FBUyxHQUFHLFVBQVUsYUFBYSxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVU7QUFDcEUsWUFBTSxhQUFhLE9BQU8sSUFBSSxNQUFNO0FBQ3BDLFVBQUksQ0FBQyxXQUFZO0FBQ2pCLFlBQU0sT0FBTyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxNQUFNLEdBQUcsR0FBRyxVQUFVLE1BQU0sQ0FBQyxDQUFDO0FBQ3pFLGlCQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFJLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNwRSxZQUFJLENBQUMsS0FBSyxJQUFJLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxHQUFHO0FBQ3BDLGdCQUFNLFFBQVEsR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUM1RCxtQkFBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLEVBQUUsSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsR0FBRyxPQUFPLEdBQUcsT0FBTyxTQUFTLENBQUMsR0FBSSxTQUFTLHFCQUFxQixNQUFNLFNBQVMsR0FBRyxVQUFVLE9BQU8sS0FBSyxLQUFLLENBQUMsWUFBWSxNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUM7QUFBQSxRQUMzTTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUN4Q3lQLFNBQVMsWUFBWSxvQkFBb0I7QUFDbFMsU0FBUyxZQUFZO0FBR2QsU0FBUyxVQUFVLEdBQW1CO0FBQzNDLFNBQU8sRUFBRSxRQUFRLFNBQVMsR0FBRyxFQUFFLEtBQUs7QUFDdEM7QUFHTyxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUV2QixZQUFxQixLQUFhO0FBQWI7QUFBQSxFQUFjO0FBQUEsRUFEM0IsUUFBUSxvQkFBSSxJQUEyQjtBQUFBLEVBRy9DLElBQUksWUFBcUI7QUFDdkIsV0FBTyxXQUFXLEtBQUssR0FBRztBQUFBLEVBQzVCO0FBQUE7QUFBQSxFQUdBLEtBQUssTUFBNkI7QUFDaEMsUUFBSSxDQUFDLEtBQUssTUFBTSxJQUFJLElBQUksR0FBRztBQUN6QixZQUFNLE9BQU8sS0FBSyxLQUFLLEtBQUssSUFBSTtBQUNoQyxXQUFLLE1BQU0sSUFBSSxNQUFNLFdBQVcsSUFBSSxJQUFJLFVBQVUsYUFBYSxNQUFNLE1BQU0sQ0FBQyxJQUFJLElBQUk7QUFBQSxJQUN0RjtBQUNBLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLO0FBQUEsRUFDakM7QUFBQTtBQUFBLEVBR0EsVUFBVSxNQUE2QjtBQUNyQyxXQUFPLEtBQUssS0FBSyxJQUFJLEdBQUcsUUFBUSxTQUFTLEdBQUcsS0FBSztBQUFBLEVBQ25EO0FBQ0Y7OztBQ3ZCQSxJQUFNLGlCQUEyQztBQUFBLEVBQy9DLFlBQVksQ0FBQyxTQUFTLFVBQVUsVUFBVTtBQUFBLEVBQzFDLFNBQVMsQ0FBQyxRQUFRO0FBQ3BCO0FBRUEsSUFBTSxjQUFzQyxFQUFFLE9BQU8sT0FBTyxlQUFlLE9BQU8sU0FBUyxNQUFNO0FBRWpHLElBQU0sV0FBVyxDQUFDLFFBQUssSUFBSTtBQU1wQixTQUFTLGdCQUFnQixRQUFpQyxPQUFvQixRQUFrQyxVQUEyQjtBQUNoSixRQUFNLGFBQWEsSUFBSSxLQUFLLE9BQU8sSUFBSSxTQUFTLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQztBQUMvRyxhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssUUFBUTtBQUNqQyxlQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFNLEtBQUssQ0FBQyxRQUFnQixZQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsUUFBUSxDQUFDO0FBQ3RILFlBQU0sV0FBVyxTQUFTLFlBQVksT0FBTyxJQUFJLFNBQVMsSUFBSSxXQUFXLElBQUksT0FBTyxJQUFJLFNBQVMsQ0FBQztBQUNsRyxVQUFJLENBQUMsU0FBVTtBQUNmLFlBQU0sT0FBTyxNQUFNLEtBQUssUUFBUTtBQUNoQyxVQUFJLFNBQVMsTUFBTTtBQUNqQixXQUFHLGFBQWEsNEJBQTRCLFFBQVEsT0FBTyxNQUFNLEdBQUcsc0JBQXNCO0FBQzFGO0FBQUEsTUFDRjtBQUNBLFVBQUksT0FBTyxJQUFJLFVBQVUsVUFBVTtBQUNqQyxjQUFNLFFBQVEsVUFBVSxJQUFJLEtBQUs7QUFDakMsWUFBSSxDQUFDLEtBQUssU0FBUyxLQUFLLEVBQUcsSUFBRyxTQUFTLGtDQUFrQyxRQUFRLFdBQVcsTUFBTSxLQUFLLENBQUMsc0JBQXNCO0FBQzlILG1CQUFXLFVBQVUsZUFBZSxJQUFJLEtBQUssQ0FBQyxHQUFHO0FBQy9DLGdCQUFNLElBQUksSUFBSSxNQUFNO0FBRXBCLGdCQUFNLE1BQU0sV0FBVyxZQUFZLE9BQU8sSUFBSSxpQkFBaUIsV0FBVyxVQUFVLElBQUksWUFBWSxJQUFJO0FBQ3hHLGdCQUFNLFFBQVEsUUFBUSxRQUFRLFVBQVU7QUFDeEMsY0FBSSxPQUFPLE1BQU0sU0FBVTtBQUMzQixjQUFJLFdBQVcsV0FBVyxJQUFJLG9CQUFvQixXQUFXO0FBQzNELGtCQUFNLFFBQVEsVUFBVSxLQUFLO0FBQzdCLGdCQUFJLE1BQU0sV0FBVyxFQUFHLElBQUcsUUFBUSxpREFBaUQsTUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxZQUFZLGFBQWEsQ0FBQyxDQUFDLEVBQUU7QUFBQSxVQUNySixXQUFXLENBQUMsZUFBZSxLQUFLLENBQUMsRUFBRyxJQUFHLFFBQVEsd0NBQXdDLEtBQUssV0FBVyxhQUFhLENBQUMsQ0FBQyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUMvSTtBQUFBLE1BQ0Y7QUFDQSxVQUFJLE9BQU8sSUFBSSxpQkFBaUIsWUFBWSxDQUFDLEtBQUssU0FBUyxVQUFVLElBQUksWUFBWSxDQUFDLEdBQUc7QUFDdkYsV0FBRyxnQkFBZ0Isa0NBQWtDLFFBQVEsV0FBVyxNQUFNLFVBQVUsSUFBSSxZQUFZLENBQUMsQ0FBQyxzQkFBc0I7QUFBQSxNQUNsSTtBQUNBLFlBQU0sWUFBWSxZQUFZLElBQUk7QUFDbEMsWUFBTSxNQUFNLFlBQVksSUFBSSxTQUFTLElBQUk7QUFDekMsVUFBSSxPQUFPLFFBQVEsVUFBVTtBQUMzQixjQUFNLFNBQVMsU0FBUyxZQUFZLENBQUMsVUFBVSxrQkFBa0IsSUFBSSxDQUFDLFFBQVE7QUFDOUUsWUFBSSxDQUFDLE9BQU8sS0FBSyxDQUFDLE1BQU0sTUFBTSxVQUFVLENBQUMsR0FBRyxTQUFTLEdBQUcsQ0FBQyxFQUFHLElBQUcsV0FBWSx1QkFBdUIsT0FBTyxLQUFLLE1BQU0sQ0FBQyxpQkFBaUIsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLE1BQ3BKO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUFlLEdBQW9CO0FBQ2hFLFFBQU0sUUFBUSxvQkFBSSxJQUFJLENBQUMsYUFBYSxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUUsUUFBUSxLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQy9FLE1BQUksSUFBSSxNQUFNLElBQUssWUFBVyxRQUFRLFNBQVUsT0FBTSxJQUFJLEdBQUcsS0FBSyxNQUFNLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRTtBQUNuRixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLFVBQVUsS0FBSyxRQUFRLHVCQUF1QixNQUFNO0FBQzFELFFBQUksSUFBSSxPQUFPLGVBQWUsT0FBTyx1QkFBdUIsR0FBRyxFQUFFLEtBQUssS0FBSyxFQUFHLFFBQU87QUFBQSxFQUN2RjtBQUNBLFFBQU0sUUFBUSxhQUFhLENBQUMsS0FBSyxDQUFDO0FBQ2xDLFNBQU8sTUFBTSxLQUFLLENBQUMsTUFBTSxJQUFJLE9BQU8sZ0JBQWdCLENBQUMsZ0JBQWdCLElBQUksRUFBRSxLQUFLLEtBQUssQ0FBQztBQUN4RjtBQUdPLFNBQVMsVUFBVSxPQUF5QjtBQUNqRCxTQUFPLE1BQ0osUUFBUSxZQUFZLEVBQUUsRUFDdEIsTUFBTSx5QkFBeUIsRUFDL0IsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxPQUFPO0FBQ25COzs7QUMxRU8sSUFBTSxpQkFBaUI7QUFBQSxFQUM1QixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixVQUFVO0FBQUEsRUFDVixXQUFXO0FBQ2I7QUFFQSxJQUFNLE1BQU07QUFHWixJQUFNLFVBQVUsQ0FBQyxRQUE4QixZQUFzQixDQUFDLENBQUMsT0FBTyxRQUFRLEtBQUssQ0FBQyxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQVM7QUFHL0csU0FBUyxXQUFXLFFBQWlDLFFBQWtDLFVBQTJCO0FBQ3ZILFFBQU0sT0FBTyxDQUFDLFNBQWlCLE9BQU8sSUFBSSxJQUFJLEtBQUssQ0FBQztBQUNwRCxRQUFNLEtBQUssQ0FBQyxNQUFjLEtBQWUsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLElBQUksR0FBRyxNQUFNLElBQUksT0FBTyxRQUFRLFFBQVEsQ0FBQztBQUVuSixhQUFXLFFBQVEsQ0FBQyxTQUFTLFNBQVMsR0FBRztBQUN2QyxlQUFXLEtBQUssS0FBSyxJQUFJLEdBQUc7QUFDMUIsVUFBSSxPQUFPLEVBQUUsZUFBZSxZQUFZLE9BQU8sRUFBRSxhQUFhLFlBQVksRUFBRSxXQUFXLEVBQUUsWUFBWTtBQUNuRyxXQUFHLE1BQU0sR0FBRyxZQUFZLHNDQUFpQyxFQUFFLFVBQVUsYUFBYSxFQUFFLFFBQVEsR0FBRztBQUFBLE1BQ2pHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxRQUFNLFdBQVcsSUFBSSxJQUFJLEtBQUssT0FBTyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDekUsYUFBVyxLQUFLLEtBQUssYUFBYSxHQUFHO0FBQ25DLFVBQU0sT0FBTyxFQUFFLFlBQVksT0FBTyxTQUFZLFNBQVMsSUFBSSxFQUFFLE9BQU87QUFDcEUsUUFBSSxTQUFTLFVBQWEsU0FBUyxFQUFFLFFBQVMsSUFBRyxlQUFlLEdBQUcsV0FBVyw0QkFBNEIsRUFBRSxPQUFPLFlBQVksRUFBRSxPQUFPLGFBQWEsSUFBSSxFQUFFO0FBQUEsRUFDN0o7QUFFQSxxQkFBbUIsS0FBSyxZQUFZLEdBQUcsS0FBSyxhQUFhLEdBQUcsS0FBSyxnQkFBZ0IsR0FBRyxDQUFDLEtBQUssUUFBUSxZQUFZLEdBQUcsY0FBYyxLQUFLLFFBQVEsT0FBTyxDQUFDO0FBQ3BKLGNBQVksS0FBSyxTQUFTLEdBQUcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxHQUFHLFdBQVcsS0FBSyxRQUFRLE9BQU8sQ0FBQztBQUMxRixlQUFhLEtBQUssWUFBWSxHQUFHLENBQUMsS0FBSyxRQUFRLFlBQVksR0FBRyxjQUFjLEtBQUssUUFBUSxPQUFPLENBQUM7QUFDbkc7QUFJQSxTQUFTLG1CQUFtQixZQUF3QixhQUF5QixTQUFxQixRQUFzQjtBQUN0SCxRQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLGNBQWMsQ0FBQyxDQUFDLENBQUM7QUFDL0QsUUFBTSxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsY0FBYyxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsRUFBRSxNQUFNLENBQUMsR0FBRyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztBQUNwRyxNQUFJLENBQUMsT0FBTyxTQUFVO0FBQ3RCLE1BQUksT0FBTyxPQUFPLE1BQU0sRUFBRSxLQUFLLENBQUMsTUFBTSxRQUFRLEdBQUcsT0FBTyxDQUFDLEVBQUc7QUFDNUQsUUFBTSxRQUFRLENBQUMsTUFBNkIsT0FBTyxHQUFHLFVBQVUsV0FBVyxFQUFFLFFBQVE7QUFDckYsUUFBTSxRQUFRLENBQUMsT0FBTyxhQUFhLE9BQU8sVUFBVSxPQUFPLFNBQVM7QUFDcEUsUUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLE1BQU0sQ0FBQyxHQUFHLENBQUM7QUFDbEQsTUFBSSxNQUFNLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHO0FBQ3pCLFVBQU0sVUFBVSxPQUFPLFFBQVEsY0FBYyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBd0IsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUUsRUFBRSxNQUFNLEVBQUU7QUFDcEgsV0FBTyxPQUFPLFVBQVUsZ0JBQWdCLCtCQUErQixRQUFRLEtBQUssSUFBSSxDQUFDLHdCQUF3QjtBQUFBLEVBQ25ILFdBQVcsS0FBSyxJQUFJLE1BQU0sTUFBTSxPQUFPLFFBQVEsQ0FBQyxJQUFJLEtBQUs7QUFDdkQsV0FBTyxPQUFPLFVBQVUsU0FBUyxrRkFBa0YsTUFBTSxJQUFJLEtBQUssRUFBRSxLQUFLLEtBQUssQ0FBQyxNQUFNLEdBQUcsYUFBYSxNQUFNLE9BQU8sUUFBUSxDQUFDLEdBQUc7QUFBQSxFQUNoTTtBQUVBLFFBQU0sU0FBUyxvQkFBSSxJQUF1QjtBQUMxQyxhQUFXLEtBQUssQ0FBQyxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxJQUFJLEVBQUUsY0FBYyxPQUFPLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRyxRQUFPLElBQUksRUFBRSxlQUFlLENBQUM7QUFDeEgsUUFBTSxTQUFTLElBQUksSUFBSSxZQUFZLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxlQUFlLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDM0UsYUFBVyxPQUFPLENBQUMsZUFBZSxZQUFZLFdBQVcsR0FBWTtBQUNuRSxVQUFNLFFBQVEsQ0FBQyxHQUFHLE9BQU8sT0FBTyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLE9BQU8sT0FBTyxJQUFJLEVBQUUsYUFBYSxNQUFNLFFBQVE7QUFDN0csVUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixRQUFJLFNBQVMsTUFBTSxTQUFTLE1BQU0sS0FBSyxFQUFHLFFBQU8sT0FBTyxTQUFTLGtFQUFrRSxHQUFHLEtBQUssTUFBTSxNQUFNLGFBQWEsTUFBTSxLQUFLLENBQUMsR0FBRztBQUFBLEVBQ3JMO0FBQ0Y7QUFFQSxTQUFTLFlBQVksU0FBcUIsUUFBc0I7QUFDOUQsUUFBTSxRQUFRLENBQUMsTUFBZ0I7QUFDN0IsUUFBSSxPQUFPLEVBQUUsV0FBVyxTQUFVLFFBQU87QUFDekMsV0FBTyxFQUFFLFVBQVUsYUFBYSxFQUFFLFVBQVUsT0FBTyxFQUFFLFFBQVEsSUFBSSxPQUFPLEVBQUUsVUFBVSxJQUFJLEtBQUssRUFBRTtBQUFBLEVBQ2pHO0FBQ0EsUUFBTSxTQUFTLENBQUMsVUFBVSxRQUFRLFNBQVMsY0FBYyxZQUFZLGlCQUFpQjtBQUN0RixhQUFXLFVBQVUsU0FBUztBQUM1QixVQUFNLFFBQVEsUUFBUSxPQUFPLENBQUMsTUFBTSxFQUFFLGNBQWMsT0FBTyxVQUFVO0FBQ3JFLFFBQUksUUFBUSxRQUFRLEdBQUcsTUFBTSxLQUFLLE1BQU0sS0FBSyxDQUFDLE1BQU0sUUFBUSxHQUFHLEdBQUcsTUFBTSxDQUFDLEVBQUc7QUFDNUUsVUFBTSxNQUFNLE9BQU8sT0FBTyxvQkFBb0IsV0FBVyxPQUFPLGtCQUFrQjtBQUNsRixRQUFJLENBQUMsTUFBTSxRQUFRO0FBQ2pCLFVBQUksUUFBUSxLQUFNLFFBQU8sUUFBUSxtQkFBbUIseURBQXlELEdBQUcsR0FBRztBQUNuSDtBQUFBLElBQ0Y7QUFDQSxlQUFXLEtBQUssTUFBTyxLQUFJLEVBQUUsU0FBUyxPQUFPLEtBQU0sUUFBTyxHQUFHLFFBQVEsbUNBQW1DLE9BQU8sVUFBVSxLQUFLLE9BQU8sSUFBSSxhQUFhLEVBQUUsSUFBSSxHQUFHO0FBQy9KLFVBQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDO0FBQ2xELFVBQU0sT0FBTyxLQUFLLE9BQU8sTUFBTSxNQUFNLElBQUksT0FBTyxHQUFHLElBQUk7QUFDdkQsUUFBSSxLQUFLLElBQUksSUFBSSxJQUFJLE9BQU8sUUFBUSxLQUFNO0FBQzFDLFFBQUksUUFBUSxLQUFNLFFBQU8sUUFBUSxtQkFBbUIsNENBQTRDLGFBQWEsR0FBRyxDQUFDLGlDQUFpQyxhQUFhLE1BQU0sTUFBTSxDQUFDLENBQUMsd0JBQXdCO0FBQUEsYUFDNUwsS0FBSyxJQUFJLE1BQU0sSUFBSSxJQUFJLElBQUssUUFBTyxRQUFRLG1CQUFtQixZQUFZLElBQUksZUFBZSxhQUFhLE1BQU0sTUFBTSxDQUFDLENBQUMsb0JBQW9CLGFBQWEsR0FBRyxDQUFDLGFBQWEsR0FBRyxHQUFHO0FBQUEsRUFDM0w7QUFDRjtBQUVBLFNBQVMsYUFBYSxZQUF3QixRQUFzQjtBQUNsRSxhQUFXLEtBQUssWUFBWTtBQUMxQixRQUFJLFFBQVEsR0FBRyxRQUFRLGNBQWMsVUFBVSxlQUFlLFNBQVMsT0FBTyxXQUFXLEVBQUc7QUFDNUYsVUFBTSxZQUFZLEVBQUUsV0FBVztBQUMvQixRQUFJLEVBQUUsU0FBUyxrQkFBa0I7QUFDL0IsVUFBSSxDQUFDLFVBQVcsUUFBTyxHQUFHLFVBQVUsZ0VBQWdFO0FBQ3BHLFVBQUksRUFBRSxlQUFlLEtBQU0sUUFBTyxHQUFHLGNBQWMsb0VBQW9FO0FBQ3ZILFVBQUksRUFBRSxRQUFRLEtBQU0sUUFBTyxHQUFHLE9BQU8sa0ZBQWtGO0FBQUEsSUFDekgsV0FBVyxhQUFhLEVBQUUsUUFBUSxNQUFNO0FBQ3RDLGFBQU8sR0FBRyxZQUFZLFdBQVcsT0FBTywwRUFBMEUsRUFBRSxJQUFJLE1BQU07QUFBQSxJQUNoSTtBQUNBLFFBQUssRUFBRSxRQUFRLFVBQVcsRUFBRSxjQUFjLE1BQU8sUUFBTyxHQUFHLGFBQWEsa0VBQWtFO0FBQzFJLFFBQUksRUFBRSxjQUFjLFlBQVk7QUFDOUIsVUFBSSxPQUFPLEVBQUUsV0FBVyxZQUFZLE9BQU8sRUFBRSxVQUFVLFlBQVksRUFBRSxnQkFBZ0IsTUFBTTtBQUN6RixlQUFPLEdBQUcsYUFBYSxnRkFBZ0Y7QUFDdkc7QUFBQSxNQUNGO0FBQ0EsWUFBTSxNQUFNLEVBQUUsZUFBZSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxlQUFlLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRTtBQUN0SCxZQUFNLFdBQVcsTUFBTSxRQUFRO0FBQy9CLFVBQUksRUFBRSxRQUFRLFNBQVUsUUFBTyxHQUFHLE9BQU8sYUFBYSxRQUFRLE1BQU0sRUFBRSxLQUFLLElBQUksRUFBRSxVQUFVLElBQUksRUFBRSxNQUFNLGFBQWEsRUFBRSxHQUFHLEdBQUc7QUFBQSxJQUM5SDtBQUFBLEVBQ0Y7QUFDRjs7O0FDckdBLElBQU0sVUFBVTtBQUVoQixJQUFNLFNBQVM7QUFHZixJQUFNLGdCQUF3QztBQUFBLEVBQzVDLDRCQUE0QjtBQUFBLEVBQzVCLDZEQUE2RDtBQUFBLEVBQzdELHFCQUFxQjtBQUFBLEVBQ3JCLGNBQWM7QUFDaEI7QUFHTyxTQUFTLFdBQVcsT0FBaUIsVUFBb0IsTUFBYyxVQUF3QztBQUNwSCxRQUFNLEtBQUssQ0FBQyxNQUFjLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxRQUFRLFFBQVEsQ0FBQztBQUMzRyxRQUFNLFNBQVMsU0FBUyxPQUFPO0FBQy9CLFFBQU0sU0FBUyxTQUFTO0FBQ3hCLGNBQVksTUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxRQUFRLFlBQVksR0FBRyxHQUFHLFFBQVEsT0FBTyxDQUFDO0FBQ2hHLFFBQU0sV0FBVyxTQUFTLFdBQVc7QUFDckMsUUFBTSxRQUFRLElBQUksSUFBSSxNQUFNLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDeEQsUUFBTSxPQUFtQixDQUFDO0FBQzFCLGFBQVcsVUFBVSxNQUFNLFNBQVM7QUFDbEMsUUFBSSxPQUFPLE1BQU0sV0FBVyxNQUFNLE9BQU8sUUFBUTtBQUUvQyxZQUFNLElBQUksT0FBTyxNQUFNO0FBQ3ZCLFlBQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxTQUFTLE1BQU0sT0FBTyxDQUFDLElBQUs7QUFDNUQsU0FBRyxPQUFPLE1BQU0sUUFBUSxZQUFZLE1BQU0sT0FBTyxNQUFNLGlCQUFpQixDQUFDLEVBQUU7QUFDM0U7QUFBQSxJQUNGO0FBQ0EsVUFBTSxNQUFnQixFQUFFLE9BQU8sT0FBTyxLQUFLO0FBQzNDLGVBQVcsU0FBUyxRQUFRO0FBQzFCLFlBQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJO0FBQzlCLFVBQUksTUFBTSxPQUFXO0FBQ3JCLFVBQUksTUFBTSxJQUFJLElBQUksVUFBVSxPQUFPLE1BQU0sQ0FBQyxLQUFLLElBQUksT0FBTyxDQUFDLFlBQVksR0FBRyxPQUFPLE1BQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQztBQUFBLElBQzdHO0FBQ0EsU0FBSyxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBRUEsU0FBTyxXQUFXLE9BQU87QUFDM0I7QUFFQSxTQUFTLFlBQVksT0FBaUIsVUFBb0IsUUFBeUQ7QUFDakgsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsYUFBVyxLQUFLLE9BQU87QUFDckIsUUFBSSxLQUFLLElBQUksQ0FBQyxFQUFHLFFBQU8sR0FBRyxvQ0FBb0MsTUFBTSxDQUFDLENBQUMsUUFBUTtBQUMvRSxTQUFLLElBQUksQ0FBQztBQUFBLEVBQ1o7QUFDQSxRQUFNLFVBQVUsU0FBUyxPQUFPLENBQUMsTUFBTSxDQUFDLE1BQU0sU0FBUyxDQUFDLENBQUM7QUFDekQsUUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxTQUFTLFNBQVMsQ0FBQyxDQUFDO0FBQ3ZELFFBQU0sVUFBVSxDQUFDLFFBQVEsVUFBVSxDQUFDLE1BQU07QUFFMUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksTUFBTSxRQUFRLFNBQVMsTUFBTSxHQUFHLEtBQUs7QUFDaEUsVUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixVQUFNLElBQUksU0FBUyxDQUFDO0FBQ3BCLFFBQUksTUFBTSxVQUFhLE1BQU0sVUFBYSxRQUFRLFNBQVMsQ0FBQyxLQUFLLE1BQU0sU0FBUyxDQUFDLEdBQUc7QUFDbEYsYUFBTyxHQUFHLG1CQUFtQixNQUFNLENBQUMsQ0FBQyxXQUFXLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDMUQsY0FBUSxPQUFPLFFBQVEsUUFBUSxDQUFDLEdBQUcsQ0FBQztBQUNwQyxZQUFNLE9BQU8sTUFBTSxRQUFRLENBQUMsR0FBRyxDQUFDO0FBQUEsSUFDbEM7QUFBQSxFQUNGO0FBQ0EsYUFBVyxLQUFLLFFBQVMsUUFBTyxHQUFHLG1CQUFtQixNQUFNLENBQUMsQ0FBQyx3QkFBd0I7QUFDdEYsYUFBVyxLQUFLLE1BQU8sUUFBTyxHQUFHLHdFQUF3RSxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQ25ILE1BQUksU0FBUztBQUNYLFVBQU0sSUFBSSxNQUFNLFVBQVUsQ0FBQyxHQUFHLE1BQU0sTUFBTSxTQUFTLENBQUMsQ0FBQztBQUNyRCxRQUFJLEtBQUssRUFBRyxRQUFPLE1BQU0sQ0FBQyxHQUFJLG1CQUFtQixNQUFNLFNBQVMsQ0FBQyxDQUFFLENBQUMsZ0JBQWdCLElBQUksQ0FBQyxXQUFXLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyx5QkFBeUI7QUFBQSxFQUMvSTtBQUNGO0FBRUEsU0FBUyxVQUFVLEtBQWEsT0FBYyxRQUF5QztBQUNyRixRQUFNLElBQUksTUFBTSxlQUFlLENBQUM7QUFDaEMsTUFBSSxJQUFJLFNBQVMsUUFBUSxFQUFHLFFBQU87QUFDbkMsTUFBSSxRQUFRLElBQUk7QUFDZCxRQUFJLEVBQUUsU0FBVSxRQUFPLHVDQUF1QztBQUM5RCxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksUUFBUSxJQUFJLEtBQUssR0FBRztBQUN0QixXQUFPLGlEQUFpRCxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ3BFLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxNQUFNLFNBQVMsYUFBYSxNQUFNLFNBQVMsVUFBVTtBQUN2RCxVQUFNLE1BQU0sTUFBTSxTQUFTLFlBQVksVUFBVSxRQUFRLEtBQUssR0FBRztBQUNqRSxRQUFJLENBQUMsSUFBSTtBQUNQLGFBQU8sWUFBWSxNQUFNLFNBQVMsWUFBWSxlQUFlLFVBQVUsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQzlGLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxJQUFJLE9BQU8sR0FBRztBQUNwQixRQUFJLEVBQUUsWUFBWSxVQUFhLElBQUksRUFBRSxRQUFTLFFBQU8sNEJBQXVCLEVBQUUsT0FBTyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxhQUNuRyxFQUFFLFlBQVksVUFBYSxJQUFJLEVBQUUsUUFBUyxRQUFPLDRCQUF1QixFQUFFLE9BQU8sV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQUEsUUFDNUcsUUFBTztBQUNaLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFFBQVEsQ0FBQyxFQUFFLEtBQUssU0FBUyxHQUFHLEdBQUc7QUFDbkMsV0FBTyxtQkFBbUIsRUFBRSxLQUFLLEtBQUssSUFBSSxDQUFDLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUNsRSxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksRUFBRSxXQUFXLENBQUMsSUFBSSxPQUFPLEVBQUUsU0FBUyxHQUFHLEVBQUUsS0FBSyxHQUFHLEdBQUc7QUFDdEQsV0FBTyxZQUFZLGNBQWMsRUFBRSxPQUFPLEtBQUssa0JBQWtCLEVBQUUsT0FBTyxHQUFHLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUNwRyxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksRUFBRSxXQUFXLGNBQWMsRUFBRSxPQUFPLEdBQUcsV0FBVyxhQUFhLEtBQUssQ0FBQyxlQUFlLEdBQUcsR0FBRztBQUM1RixXQUFPLHNDQUFzQyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ3pELFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxlQUFlLEtBQXNCO0FBQzVDLFFBQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxNQUFNO0FBQzNDLE1BQUksTUFBTSxPQUFXLFFBQU87QUFDNUIsUUFBTSxPQUFPLElBQUksS0FBSyxLQUFLLElBQUksR0FBSSxJQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQzdDLFNBQU8sS0FBSyxZQUFZLE1BQU0sSUFBSyxLQUFLLEtBQUssV0FBVyxNQUFNO0FBQ2hFOzs7QUMzSDZQLFNBQVMsZ0JBQUFDLHFCQUFvQjtBQXdDblIsU0FBUyxZQUFZLE1BQTJCO0FBQ3JELFNBQU8sS0FBSyxNQUFNQyxjQUFhLE1BQU0sTUFBTSxDQUFDO0FBQzlDOzs7QUMxQ2lQLE9BQU8sVUFBVTtBQWtCM1AsU0FBUyxRQUFRLE9BQW1CLE1BQWMsVUFBc0M7QUFDN0YsUUFBTSxLQUFLLENBQUMsTUFBYyxRQUFnQixZQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE1BQU0sUUFBUSxRQUFRLENBQUM7QUFDM0csTUFBSSxNQUFNLFdBQVcsR0FBRztBQUN0QixPQUFHLEdBQUcsS0FBSyw0Q0FBNEM7QUFDdkQsV0FBTztBQUFBLEVBQ1Q7QUFFQSxNQUFJLE9BQU8sSUFBSSxZQUFZLFNBQVMsRUFBRSxPQUFPLE9BQU8sV0FBVyxLQUFLLENBQUMsRUFBRSxPQUFPLEtBQUs7QUFDbkYsTUFBSSxLQUFLLFdBQVcsQ0FBQyxNQUFNLE9BQVE7QUFDakMsT0FBRyxHQUFHLEtBQUssdURBQXVEO0FBQ2xFLFdBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxFQUNyQjtBQUNBLFFBQU0sT0FBTyxLQUFLLFFBQVEsSUFBSTtBQUM5QixNQUFJLFFBQVEsR0FBRztBQUNiLE9BQUcsT0FBTyxNQUFNLElBQUksR0FBRyxLQUFLLDJDQUEyQztBQUN2RSxXQUFPLEtBQUssUUFBUSxVQUFVLElBQUk7QUFBQSxFQUNwQztBQUNBLE1BQUksS0FBSyxLQUFLLE1BQU0sSUFBSTtBQUN0QixPQUFHLEdBQUcsS0FBSyw0Q0FBNEM7QUFDdkQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsV0FBVyxNQUFNLENBQUMsTUFBTSxPQUFPLFlBQVksR0FBRyxNQUFNLElBQUksS0FBSyxJQUFJLE9BQU8sQ0FBQyxHQUFHO0FBRS9FLG9CQUFnQixVQUFVLE1BQU0sSUFBSTtBQUNwQyxXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sT0FBb0IsQ0FBQztBQUMzQixNQUFJLFFBQVE7QUFDWixPQUFLLE1BQWdCLE1BQU07QUFBQSxJQUN6QixXQUFXO0FBQUEsSUFDWCxTQUFTO0FBQUEsSUFDVCxXQUFXO0FBQUEsSUFDWCxnQkFBZ0I7QUFBQSxJQUNoQixNQUFNLENBQUMsV0FBVztBQUNoQixZQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFdBQUssS0FBSyxFQUFFLE1BQU0sT0FBTyxNQUFNLEtBQUssR0FBRyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzNELGNBQVEsU0FBUztBQUFBLElBQ25CO0FBQUEsRUFDRixDQUFDO0FBRUQsTUFBSSxLQUFLLFVBQVUsUUFBUSxLQUFLLEtBQUssU0FBUyxDQUFDLEVBQUcsS0FBSyxFQUFHLE1BQUssSUFBSTtBQUNuRSxRQUFNLENBQUMsTUFBTSxHQUFHLE9BQU8sSUFBSTtBQUMzQixNQUFJLENBQUMsTUFBTTtBQUNULE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sU0FBUyxLQUFLO0FBQ3BCLGFBQVcsS0FBSyxTQUFTO0FBQ3ZCLFFBQUksUUFBUSxFQUFFLEtBQUssRUFBRyxJQUFHLEVBQUUsTUFBTSxLQUFLLHdDQUF3QztBQUM5RSxhQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsTUFBTSxRQUFRLEtBQUs7QUFDdkMsVUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFHLFNBQVMsUUFBUSxFQUFHLElBQUcsRUFBRSxNQUFNLE9BQU8sQ0FBQyxLQUFLLElBQUksSUFBSSxDQUFDLElBQUksMERBQTBELE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBRSxDQUFDLEVBQUU7QUFBQSxJQUN6SjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDdkIsUUFBSSxFQUFFLFNBQVMsUUFBUSxFQUFHLElBQUcsR0FBRyxJQUFJLElBQUksQ0FBQyxJQUFJLDBEQUEwRCxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDbkgsQ0FBQztBQUNELFNBQU8sRUFBRSxRQUFRLFNBQVMsUUFBUSxPQUFPLENBQUMsTUFBTSxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsRUFBRTtBQUNyRTtBQUVBLFNBQVMsUUFBUSxPQUEwQjtBQUN6QyxTQUFPLE1BQU0sV0FBVyxLQUFLLE1BQU0sQ0FBQyxNQUFNO0FBQzVDO0FBRU8sU0FBUyxPQUFPLE1BQWMsT0FBdUI7QUFDMUQsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLElBQUksS0FBSyxRQUFRLElBQUssS0FBSSxLQUFLLFdBQVcsQ0FBQyxNQUFNLEdBQUk7QUFDbEYsU0FBTztBQUNUO0FBTUEsU0FBUyxXQUFXLE1BQWMsUUFBeUU7QUFDekcsTUFBSSxLQUFLO0FBQ1QsTUFBSSxPQUFPO0FBQ1gsTUFBSSxRQUFRO0FBQ1osTUFBSSxJQUFJO0FBQ1IsTUFBSSxhQUFhO0FBQ2pCLFNBQU8sSUFBSSxLQUFLLFFBQVE7QUFDdEIsVUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixRQUFJLGNBQWMsTUFBTSxLQUFLO0FBQzNCLFlBQU0sV0FBVztBQUNqQjtBQUNBLFVBQUksU0FBUztBQUNiLGFBQU8sSUFBSSxLQUFLLFFBQVE7QUFDdEIsWUFBSSxLQUFLLENBQUMsTUFBTSxLQUFLO0FBQ25CLGNBQUksS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQUUsaUJBQUs7QUFBRztBQUFBLFVBQVM7QUFDNUMsbUJBQVM7QUFDVDtBQUNBO0FBQUEsUUFDRjtBQUNBLFlBQUksS0FBSyxDQUFDLE1BQU0sS0FBTTtBQUN0QjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLENBQUMsUUFBUTtBQUNYLGVBQU8sVUFBVSxPQUFPLHlFQUF5RTtBQUNqRyxlQUFPO0FBQUEsTUFDVDtBQUNBLFlBQU0sT0FBTyxLQUFLLENBQUM7QUFDbkIsVUFBSSxTQUFTLFVBQWEsU0FBUyxPQUFPLFNBQVMsTUFBTTtBQUN2RCxlQUFPLE1BQU0sT0FBTywrREFBK0QsTUFBTSxJQUFJLENBQUMsa0JBQWtCO0FBQ2hILGFBQUs7QUFDTCxlQUFPLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxNQUFNLE9BQU8sS0FBSyxDQUFDLE1BQU0sS0FBTTtBQUFBLE1BQ2pFO0FBQ0EsbUJBQWE7QUFDYjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE1BQU0sS0FBSztBQUFFO0FBQVMsbUJBQWE7QUFBTTtBQUFLO0FBQUEsSUFBUztBQUMzRCxRQUFJLE1BQU0sTUFBTTtBQUFFO0FBQVEsY0FBUTtBQUFHLG1CQUFhO0FBQU07QUFBSztBQUFBLElBQVM7QUFDdEUsUUFBSSxNQUFNLEtBQUs7QUFDYixhQUFPLE1BQU0sT0FBTyw0R0FBNEc7QUFDaEksV0FBSztBQUNMLGFBQU8sSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLElBQUksQ0FBQyxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFNO0FBQUEsSUFDN0U7QUFDQSxpQkFBYTtBQUNiO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFVBQXFCLE1BQWMsTUFBb0I7QUFDOUUsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUN4RCxRQUFNLFNBQVMsVUFBVSxTQUFTLEdBQUcsSUFBSSxDQUFDLElBQUksVUFBVSxNQUFNLEdBQUc7QUFDakUsYUFBVyxLQUFLLFVBQVU7QUFDeEIsUUFBSSxFQUFFLFNBQVMsUUFBUSxDQUFDLEVBQUUsT0FBTyxXQUFXLEdBQUcsRUFBRztBQUNsRCxVQUFNLE9BQU8sT0FBTyxPQUFPLEVBQUUsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFDakQsUUFBSSxLQUFNLEdBQUUsU0FBUztBQUFBLEVBQ3ZCO0FBQ0Y7OztBUnBKb0osSUFBTSwyQ0FBMkM7QUFhOUwsSUFBTSxlQUFlLFFBQVEsY0FBYyxJQUFJLElBQUksU0FBUyx3Q0FBZSxDQUFDLENBQUM7QUFFN0UsSUFBTSxXQUFXLFFBQVEsSUFBSSxlQUFlLFFBQVEsUUFBUSxJQUFJLFlBQVksSUFBSUMsTUFBSyxjQUFjLE1BQU07QUFFekcsSUFBTSxjQUFjLFFBQVEsSUFBSSxrQkFBa0IsUUFBUSxRQUFRLElBQUksZUFBZSxJQUFJLFFBQVEsY0FBYyxNQUFNLFVBQVUsU0FBUztBQW1CeEksU0FBUyxVQUFVLFVBQXVCLENBQUMsR0FBZTtBQUMvRCxRQUFNLFVBQVUsUUFBUSxRQUFRLFdBQVcsUUFBUTtBQUNuRCxRQUFNLFFBQVEsUUFBUSxVQUFVLFNBQVMsY0FBYyxPQUFPLEtBQUs7QUFDbkUsUUFBTSxTQUFTLENBQUMsU0FBaUIsR0FBRyxLQUFLLElBQUksSUFBSTtBQUNqRCxRQUFNLFdBQXNCLENBQUM7QUFDN0IsUUFBTSxVQUFVQSxNQUFLLFNBQVMsa0JBQWtCO0FBQ2hELE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxZQUFZLE9BQU87QUFBQSxFQUMzQixTQUFTLEdBQUc7QUFDVixhQUFTLEtBQUssRUFBRSxNQUFNLEdBQUcsS0FBSyxxQkFBcUIsTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLGdEQUFpRCxFQUFZLE9BQU8sR0FBRyxDQUFDO0FBQzFKLFdBQU8sRUFBRSxLQUFLLEVBQUUsV0FBVyxDQUFDLEVBQUUsR0FBNkIsUUFBUSxDQUFDLEdBQWEsVUFBVSxZQUFZLFVBQVU7QUFBQSxFQUNuSDtBQUNBLFFBQU0sU0FBUyxvQkFBSSxJQUF3QjtBQUMzQyxhQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFVBQU0sT0FBT0EsTUFBSyxTQUFTLFNBQVMsSUFBSTtBQUN4QyxVQUFNLE9BQU8sT0FBTyxTQUFTLElBQUk7QUFDakMsUUFBSSxDQUFDQyxZQUFXLElBQUksR0FBRztBQUNyQixlQUFTLEtBQUssRUFBRSxNQUFNLE1BQU0sR0FBRyxRQUFRLEtBQUssU0FBUyw0REFBNEQsQ0FBQztBQUNsSDtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sUUFBUUMsY0FBYSxJQUFJLEdBQUcsTUFBTSxRQUFRO0FBQ3RELFVBQU0sT0FBTyxPQUFPLFdBQVcsS0FBSyxVQUFVLE1BQU0sUUFBUTtBQUM1RCxRQUFJLEtBQU0sUUFBTyxJQUFJLFNBQVMsTUFBTSxJQUFJO0FBQUEsRUFDMUM7QUFDQSxZQUFVLElBQUksV0FBVyxRQUFRLFFBQVEsUUFBUTtBQUNqRCxhQUFXLFFBQVEsUUFBUSxRQUFRO0FBRW5DLFFBQU0sUUFBUSxJQUFJLFlBQVksUUFBUSxjQUFjLFdBQVc7QUFDL0QsTUFBSSxhQUF1QztBQUMzQyxNQUFJLE1BQU0sV0FBVztBQUNuQixvQkFBZ0IsUUFBUSxPQUFPLFFBQVEsUUFBUTtBQUMvQyxpQkFBYTtBQUFBLEVBQ2YsV0FBVyxRQUFRLGtCQUFrQixRQUFRLElBQUksT0FBTyxRQUFRO0FBQzlELGFBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxLQUFLLE1BQU0sR0FBRyxRQUFRLEtBQUssU0FBUyxvRkFBb0YsQ0FBQztBQUFBLEVBQ3ZKO0FBQ0EsV0FBUyxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxjQUFjLEVBQUUsSUFBSSxLQUFLLEVBQUUsT0FBTyxFQUFFLElBQUk7QUFDdkUsU0FBTyxFQUFFLEtBQUssUUFBUSxPQUFPLFlBQVksTUFBTSxHQUF3QixVQUFVLFdBQVc7QUFDOUY7QUFHTyxTQUFTLFNBQVMsVUFBdUIsQ0FBQyxHQUFXO0FBQzFELFFBQU0sU0FBUyxVQUFVLE9BQU87QUFDaEMsTUFBSSxPQUFPLFNBQVMsT0FBUSxPQUFNLElBQUksVUFBVSxPQUFPLFFBQVE7QUFDL0QsU0FBTyxPQUFPO0FBQ2hCOzs7QUR6RU8sU0FBUyxXQUFjLE1BQTZCO0FBQ3pELFNBQU8sYUFBYTtBQUFBLElBQ2xCLE9BQU8sQ0FBQyxvQkFBb0IsNkJBQTZCO0FBQUEsSUFDekQsTUFBTSxNQUFTLEtBQUssU0FBUyxDQUFDO0FBQUEsRUFDaEMsQ0FBQztBQUNIOzs7QVVSQSxJQUFPLDRCQUFRLFdBQVcsZ0JBQWdCOyIsCiAgIm5hbWVzIjogWyJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgInJlYWRGaWxlU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiam9pbiIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyJdCn0K
