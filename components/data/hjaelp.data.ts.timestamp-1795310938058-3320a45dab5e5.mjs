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

// scripts/site/views/hjaelp.ts
var NEEDS = {
  acute: "Akut fare",
  advice: "R\xE5dgivning til fagpersoner",
  courses: "Kurser",
  knowledge: "H\xE5ndb\xF8ger og viden",
  citizen_support: "St\xF8tte til borgere"
};
var AUDIENCES = { professionals: "Fagpersoner og kommuner", citizens: "Borgere, der er udsat" };
function hjaelpView(t) {
  const org = (id) => t.organisations.find((o) => o.org_id === id)?.name ?? id;
  const linkUrl = (id) => id ? t.links.find((l) => l.link_id === id)?.url ?? null : null;
  const entries = [
    ...t.offers.map((o) => ({
      id: o.offer_id,
      anchor: anchor.organisation(o.offer_id),
      name: o.name,
      offers: o.offers,
      audience: o.audience,
      need: o.need,
      needLabel: NEEDS[o.need],
      audiences: [...o.for_professionals === "yes" ? ["professionals"] : [], ...o.for_citizens === "yes" ? ["citizens"] : []],
      extremism: false,
      local: t.organisations.find((x) => x.org_id === o.org_id)?.kind === "municipal_unit",
      org: org(o.org_id),
      url: linkUrl(o.link_id),
      host: hostOf(linkUrl(o.link_id)),
      citation: cite(t, o)
    })),
    // The letter of 29 June 2020 sent these links to every kommune: all are for professionals there.
    // A link an offer already points to is shown with that offer, not twice.
    ...t.links.filter((l) => !t.offers.some((o) => o.link_id === l.link_id)).map((l) => ({
      id: l.link_id,
      anchor: anchor.link(l.link_id),
      name: l.title,
      offers: l.offers,
      audience: l.audience,
      need: l.need,
      needLabel: NEEDS[l.need],
      audiences: ["professionals"],
      extremism: l.topic === "extremism",
      local: false,
      org: org(l.org_id),
      url: l.url,
      host: hostOf(l.url),
      citation: cite(t, l)
    }))
  ];
  const order = Object.keys(NEEDS);
  entries.sort((a, b) => order.indexOf(a.need) - order.indexOf(b.need) || Number(a.local) - Number(b.local) || Number(a.extremism) - Number(b.extremism) || a.name.localeCompare(b.name, "da"));
  return { needs: NEEDS, audiences: AUDIENCES, entries };
}
function hostOf(url) {
  return url ? new URL(url).hostname.replace(/^www\./, "") : null;
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

// components/data/hjaelp.data.ts
var hjaelp_data_default = pageLoader(hjaelpView);
export {
  hjaelp_data_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsic2NyaXB0cy9zaXRlL2FuY2hvcnMudHMiLCAic2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzIiwgInNjcmlwdHMvc2l0ZS9jaXRlLnRzIiwgInNjcmlwdHMvc2l0ZS92aWV3cy9oamFlbHAudHMiLCAiY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzIiwgInNjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHMiLCAic2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzIiwgInNjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXJ1bGVzLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay10YWJsZS50cyIsICJzY3JpcHRzL2RhdGEvcGFja2FnZS1zY2hlbWEudHMiLCAic2NyaXB0cy9kYXRhL3JlYWQtY3N2LnRzIiwgImNvbXBvbmVudHMvZGF0YS9oamFlbHAuZGF0YS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbmNob3JzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2FuY2hvcnMudHNcIjsvKiogRWxlbWVudCBpZHMgb2YgcmVjb3JkcyBvbiB0aGUgcGFnZXM7IHNlYXJjaCBoaXRzIGFuZCB0aGUgS2lsZGVyIHBhZ2UgbGluayB0byB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IGFuY2hvciA9IHtcbiAgaW5pdGlhdGl2ZTogKGlkOiBzdHJpbmcpID0+IGBpbml0aWF0aXYtJHtpZH1gLFxuICByZWNvbW1lbmRhdGlvbjogKGlkOiBzdHJpbmcpID0+IGBhbmJlZmFsaW5nLSR7aWR9YCxcbiAgbGluazogKGlkOiBzdHJpbmcpID0+IGBsaW5rLSR7aWR9YCxcbiAgb3JnYW5pc2F0aW9uOiAoaWQ6IHN0cmluZykgPT4gYG9yZy0ke2lkfWAsXG4gIHRlcm06IChpZDogc3RyaW5nKSA9PiBgdGVybS0ke2lkfWAsXG4gIGV2ZW50OiAoaWQ6IHN0cmluZykgPT4gYGJlZ2l2ZW5oZWQtJHtpZH1gLFxuICBzb3VyY2U6IChpZDogc3RyaW5nKSA9PiBga2lsZGUtJHtpZH1gLFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZm9ybWF0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZm9ybWF0L2RhbmlzaC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZm9ybWF0L2RhbmlzaC50c1wiO2ltcG9ydCB7IGZvcm1hdExvY2FsZSB9IGZyb20gJ2QzLWZvcm1hdCdcbmltcG9ydCB7IHRpbWVGb3JtYXRMb2NhbGUgfSBmcm9tICdkMy10aW1lLWZvcm1hdCdcblxuLyoqXG4gKiBUaGUgb25lIHBsYWNlIG51bWJlcnMgYW5kIGRhdGVzIGFyZSB0dXJuZWQgaW50byBEYW5pc2ggdGV4dC4gQSBmaXhlZCBsb2NhbGUgKG5vdCB0aGVcbiAqIGJyb3dzZXIncykgc28gdGhhdCB0aGUgc2VydmVyLXJlbmRlcmVkIEhUTUwgYW5kIHRoZSBoeWRyYXRlZCBwYWdlIHJlYWQgdGhlIHNhbWUuXG4gKi9cbmNvbnN0IG51bWJlckxvY2FsZSA9IGZvcm1hdExvY2FsZSh7IGRlY2ltYWw6ICcsJywgdGhvdXNhbmRzOiAnLicsIGdyb3VwaW5nOiBbM10sIGN1cnJlbmN5OiBbJycsICcga3IuJ10sIG1pbnVzOiAnXHUyMjEyJyB9KVxuY29uc3QgZGF0ZUxvY2FsZSA9IHRpbWVGb3JtYXRMb2NhbGUoe1xuICBkYXRlVGltZTogJyVBIGRlbiAlZC4gJUIgJVkgJVgnLFxuICBkYXRlOiAnJWQuJW0uJVknLFxuICB0aW1lOiAnJUg6JU06JVMnLFxuICBwZXJpb2RzOiBbJ0FNJywgJ1BNJ10sXG4gIGRheXM6IFsnc1x1MDBGOG5kYWcnLCAnbWFuZGFnJywgJ3RpcnNkYWcnLCAnb25zZGFnJywgJ3RvcnNkYWcnLCAnZnJlZGFnJywgJ2xcdTAwRjhyZGFnJ10sXG4gIHNob3J0RGF5czogWydzXHUwMEY4bicsICdtYW4nLCAndGlyJywgJ29ucycsICd0b3InLCAnZnJlJywgJ2xcdTAwRjhyJ10sXG4gIG1vbnRoczogWydqYW51YXInLCAnZmVicnVhcicsICdtYXJ0cycsICdhcHJpbCcsICdtYWonLCAnanVuaScsICdqdWxpJywgJ2F1Z3VzdCcsICdzZXB0ZW1iZXInLCAnb2t0b2JlcicsICdub3ZlbWJlcicsICdkZWNlbWJlciddLFxuICBzaG9ydE1vbnRoczogWydqYW4nLCAnZmViJywgJ21hcicsICdhcHInLCAnbWFqJywgJ2p1bicsICdqdWwnLCAnYXVnJywgJ3NlcCcsICdva3QnLCAnbm92JywgJ2RlYyddLFxufSlcblxuY29uc3QgcGxhaW4gPSBudW1iZXJMb2NhbGUuZm9ybWF0KCcsLjJ+ZicpXG5jb25zdCBwZXJjZW50ID0gbnVtYmVyTG9jYWxlLmZvcm1hdCgnLjAlJylcbmNvbnN0IGRheU1vbnRoWWVhciA9IGRhdGVMb2NhbGUudXRjRm9ybWF0KCclLWQuICVCICVZJylcbmNvbnN0IG1vbnRoWWVhciA9IGRhdGVMb2NhbGUudXRjRm9ybWF0KCclQiAlWScpXG5cbi8qKiAyMDAwIFx1MjE5MiBcIjIuMDAwXCIsIDczLjQgXHUyMTkyIFwiNzMsNFwiLCAtMSBcdTIxOTIgXCJcdTIyMTIxXCIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0TnVtYmVyKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBwbGFpbihuKVxufVxuXG4vKiogNzMuNCBcdTIxOTIgXCI3Myw0IG1pby4ga3IuXCIgKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRNaW8objogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3BsYWluKG4pfSBtaW8uIGtyLmBcbn1cblxuLyoqIDAuNDkgXHUyMTkyIFwiNDkgJVwiIChEYW5pc2ggcHV0cyBhIHNwYWNlIGJlZm9yZSB0aGUgc2lnbikuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0U2hhcmUoc2hhcmU6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBwZXJjZW50KHNoYXJlKS5yZXBsYWNlKCclJywgJyAlJylcbn1cblxuLyoqIEEgeWVhciByYW5nZSBhcyBEYW5pc2ggdGV4dDogMjAxN1x1MjAxMzIwMjAgKGVuIGRhc2gpLCBvciBvbmUgeWVhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRZZWFycyhzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBzdGFydCA9PT0gZW5kID8gU3RyaW5nKHN0YXJ0KSA6IGAke3N0YXJ0fVx1MjAxMyR7ZW5kfWBcbn1cblxuLyoqIElTTyBkYXRlIG9mIGFueSBwcmVjaXNpb24gXHUyMTkyIFwiMzAuIGF1Z3VzdCAyMDIxXCIsIFwianVuaSAyMDIxXCIsIFwiMjAxOFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdERhdGUoaXNvOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBbeSwgbSwgZF0gPSBpc28uc3BsaXQoJy0nKS5tYXAoTnVtYmVyKVxuICBpZiAobSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gU3RyaW5nKHkpXG4gIGNvbnN0IGRhdGUgPSBuZXcgRGF0ZShEYXRlLlVUQyh5ISwgbSAtIDEsIGQgPz8gMSkpXG4gIHJldHVybiBkID09PSB1bmRlZmluZWQgPyBtb250aFllYXIoZGF0ZSkgOiBkYXlNb250aFllYXIoZGF0ZSlcbn1cblxuLyoqIERhbmlzaCB3b3JkcyBmb3Igc21hbGwgbnVtYmVycywgYXMgc291cmNlcyB3cml0ZSB0aGVtIChcImZpcmUgbnllXCIsIFwibmkgbWlsbGlvbmVyXCIpLiAqL1xuZXhwb3J0IGNvbnN0IE5VTUJFUl9XT1JEUzogUmVjb3JkPG51bWJlciwgc3RyaW5nW10+ID0ge1xuICAxOiBbJ1x1MDBFOW4nLCAnZW4nLCAnZXQnLCAnXHUwMEU5dCcsICdlbmUnXSwgMjogWyd0byddLCAzOiBbJ3RyZSddLCA0OiBbJ2ZpcmUnXSwgNTogWydmZW0nXSwgNjogWydzZWtzJ10sIDc6IFsnc3l2J10sXG4gIDg6IFsnb3R0ZSddLCA5OiBbJ25pJ10sIDEwOiBbJ3RpJ10sIDExOiBbJ2VsbGV2ZSddLCAxMjogWyd0b2x2J10sXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaXRlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NpdGUudHNcIjtpbXBvcnQgeyBmb3JtYXREYXRlIH0gZnJvbSAnLi4vZm9ybWF0L2RhbmlzaC50cydcbmltcG9ydCB0eXBlIHsgU291cmNlLCBUYWJsZXMgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuXG4vKiogV2hlcmUgYSBmaWd1cmUgY29tZXMgZnJvbSwgcmVhZHkgdG8gc2hvdzogdGhlIHNvdXJjZSBuYW1lZCwgdGhlIHBhc3NhZ2UgcXVvdGVkLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDaXRhdGlvbiB7XG4gIHNvdXJjZUlkOiBzdHJpbmdcbiAgLyoqIFwiQnJldiBmcmEgdWRsXHUwMEU2bmRpbmdlLSBvZyBpbnRlZ3JhdGlvbnNtaW5pc3RlcmVuLCAzMC4gYXVndXN0IDIwMjFcIiBzdHlsZSBsYWJlbC4gKi9cbiAgbGFiZWw6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIGRhdGU6IHN0cmluZyB8IG51bGxcbiAgdXJsOiBzdHJpbmcgfCBudWxsXG4gIGxvY2F0b3I6IHN0cmluZ1xuICBxdW90ZTogc3RyaW5nXG4gIC8qKiBUaGUgcXVvdGUgaXMgT0NSIHRleHQsIHNob3duIGFzIHRoZSBzb3VyY2UgaGFzIGl0LiAqL1xuICBvY3I6IGJvb2xlYW5cbn1cblxuaW50ZXJmYWNlIFByb3ZlbmFuY2VkIHtcbiAgc291cmNlX2lkOiBzdHJpbmdcbiAgbG9jYXRvcjogc3RyaW5nXG4gIHF1b3RlOiBzdHJpbmdcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNvdXJjZUxhYmVsKHM6IFNvdXJjZSk6IHN0cmluZyB7XG4gIGNvbnN0IGRhdGUgPSBzLmRhdGUgPyBmb3JtYXREYXRlKHMuZGF0ZSkgOiBzLmRhdGVfbm90ZVxuICByZXR1cm4gW3Muc2VuZGVyLCBkYXRlXS5maWx0ZXIoQm9vbGVhbikuam9pbignLCAnKVxufVxuXG4vKiogQSBjaXRhdGlvbiBhcyBvbmUgbGluZSBvZiB0ZXh0LCBmb3IgYSBkYXRhIGZpbGU6IFwic2VuZGVyLCBkYXRlOiB0aXRsZVwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNpdGF0aW9uTGluZShjOiBDaXRhdGlvbik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtjLmxhYmVsfTogJHtjLnRpdGxlfWBcbn1cblxuLyoqIEJ1aWxkcyBhIGNpdGF0aW9uIGZvciBhbnkgcm93IHRoYXQgY2FycmllcyBwcm92ZW5hbmNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNpdGUodGFibGVzOiBUYWJsZXMsIHJvdzogUHJvdmVuYW5jZWQsIHF1b3RlID0gcm93LnF1b3RlKTogQ2l0YXRpb24ge1xuICBjb25zdCBzID0gdGFibGVzLnNvdXJjZXMuZmluZCgoeCkgPT4geC5zb3VyY2VfaWQgPT09IHJvdy5zb3VyY2VfaWQpXG4gIGlmICghcykgdGhyb3cgbmV3IEVycm9yKGBubyBzb3VyY2UgJHtyb3cuc291cmNlX2lkfWApIC8vIHRoZSBkYXRhIGNoZWNrIG1ha2VzIHRoaXMgdW5yZWFjaGFibGVcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2VJZDogcy5zb3VyY2VfaWQsXG4gICAgbGFiZWw6IHNvdXJjZUxhYmVsKHMpLFxuICAgIHRpdGxlOiBzLnRpdGxlLFxuICAgIGRhdGU6IHMuZGF0ZSA/IGZvcm1hdERhdGUocy5kYXRlKSA6IG51bGwsXG4gICAgdXJsOiBzLnVybCxcbiAgICBsb2NhdG9yOiByb3cubG9jYXRvcixcbiAgICBxdW90ZSxcbiAgICBvY3I6IHMub2NyID09PSAneWVzJyxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3MvaGphZWxwLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL3ZpZXdzL2hqYWVscC50c1wiO2ltcG9ydCB0eXBlIHsgTGluaywgVGFibGVzIH0gZnJvbSAnLi4vLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGFuY2hvciB9IGZyb20gJy4uL2FuY2hvcnMudHMnXG5pbXBvcnQgeyB0eXBlIENpdGF0aW9uLCBjaXRlIH0gZnJvbSAnLi4vY2l0ZS50cydcblxuLyoqIFRoZSBuZWVkcyBhIGtvbW11bmUgbWF5IGNvbWUgd2l0aCwgaW4gdGhlIG9yZGVyIHRoZSBmaWx0ZXIgb2ZmZXJzIHRoZW0uICovXG5leHBvcnQgY29uc3QgTkVFRFM6IFJlY29yZDxMaW5rWyduZWVkJ10sIHN0cmluZz4gPSB7XG4gIGFjdXRlOiAnQWt1dCBmYXJlJyxcbiAgYWR2aWNlOiAnUlx1MDBFNWRnaXZuaW5nIHRpbCBmYWdwZXJzb25lcicsXG4gIGNvdXJzZXM6ICdLdXJzZXInLFxuICBrbm93bGVkZ2U6ICdIXHUwMEU1bmRiXHUwMEY4Z2VyIG9nIHZpZGVuJyxcbiAgY2l0aXplbl9zdXBwb3J0OiAnU3RcdTAwRjh0dGUgdGlsIGJvcmdlcmUnLFxufVxuZXhwb3J0IGNvbnN0IEFVRElFTkNFUyA9IHsgcHJvZmVzc2lvbmFsczogJ0ZhZ3BlcnNvbmVyIG9nIGtvbW11bmVyJywgY2l0aXplbnM6ICdCb3JnZXJlLCBkZXIgZXIgdWRzYXQnIH0gYXMgY29uc3RcbmV4cG9ydCB0eXBlIEF1ZGllbmNlS2V5ID0ga2V5b2YgdHlwZW9mIEFVRElFTkNFU1xuXG5leHBvcnQgaW50ZXJmYWNlIERpcmVjdG9yeUVudHJ5IHtcbiAgaWQ6IHN0cmluZ1xuICBhbmNob3I6IHN0cmluZ1xuICBuYW1lOiBzdHJpbmdcbiAgb2ZmZXJzOiBzdHJpbmdcbiAgYXVkaWVuY2U6IHN0cmluZ1xuICBuZWVkOiBMaW5rWyduZWVkJ11cbiAgbmVlZExhYmVsOiBzdHJpbmdcbiAgYXVkaWVuY2VzOiBBdWRpZW5jZUtleVtdXG4gIGV4dHJlbWlzbTogYm9vbGVhblxuICAvKiogT2ZmZXJlZCBieSBvbmUga29tbXVuZSdzIG93biB1bml0LCBub3QgbmF0aW9uYWxseS4gKi9cbiAgbG9jYWw6IGJvb2xlYW5cbiAgb3JnOiBzdHJpbmdcbiAgdXJsOiBzdHJpbmcgfCBudWxsXG4gIC8qKiBUaGUgc2l0ZSBhIGxpbmsgZ29lcyB0bywgc28gdGhlIGxpbmsgc2F5cyB3aGVyZSBpdCBsZWFkcy4gKi9cbiAgaG9zdDogc3RyaW5nIHwgbnVsbFxuICBjaXRhdGlvbjogQ2l0YXRpb25cbn1cblxuLyoqIFRoZSBkaXJlY3RvcnkgZm9yIGtvbW11bmVyOiB0aGUgbGV0dGVyJ3MgbGlua3MgYW5kIHRoZSBvZmZlcnMgdGhlIHNvdXJjZXMgZGVzY3JpYmUuICovXG5leHBvcnQgZnVuY3Rpb24gaGphZWxwVmlldyh0OiBUYWJsZXMpIHtcbiAgY29uc3Qgb3JnID0gKGlkOiBzdHJpbmcpID0+IHQub3JnYW5pc2F0aW9ucy5maW5kKChvKSA9PiBvLm9yZ19pZCA9PT0gaWQpPy5uYW1lID8/IGlkXG4gIGNvbnN0IGxpbmtVcmwgPSAoaWQ6IHN0cmluZyB8IG51bGwpID0+IChpZCA/ICh0LmxpbmtzLmZpbmQoKGwpID0+IGwubGlua19pZCA9PT0gaWQpPy51cmwgPz8gbnVsbCkgOiBudWxsKVxuICBjb25zdCBlbnRyaWVzOiBEaXJlY3RvcnlFbnRyeVtdID0gW1xuICAgIC4uLnQub2ZmZXJzLm1hcCgobykgPT4gKHtcbiAgICAgIGlkOiBvLm9mZmVyX2lkLFxuICAgICAgYW5jaG9yOiBhbmNob3Iub3JnYW5pc2F0aW9uKG8ub2ZmZXJfaWQpLFxuICAgICAgbmFtZTogby5uYW1lLFxuICAgICAgb2ZmZXJzOiBvLm9mZmVycyxcbiAgICAgIGF1ZGllbmNlOiBvLmF1ZGllbmNlLFxuICAgICAgbmVlZDogby5uZWVkLFxuICAgICAgbmVlZExhYmVsOiBORUVEU1tvLm5lZWRdLFxuICAgICAgYXVkaWVuY2VzOiBbLi4uKG8uZm9yX3Byb2Zlc3Npb25hbHMgPT09ICd5ZXMnID8gWydwcm9mZXNzaW9uYWxzJyBhcyBjb25zdF0gOiBbXSksIC4uLihvLmZvcl9jaXRpemVucyA9PT0gJ3llcycgPyBbJ2NpdGl6ZW5zJyBhcyBjb25zdF0gOiBbXSldLFxuICAgICAgZXh0cmVtaXNtOiBmYWxzZSxcbiAgICAgIGxvY2FsOiB0Lm9yZ2FuaXNhdGlvbnMuZmluZCgoeCkgPT4geC5vcmdfaWQgPT09IG8ub3JnX2lkKT8ua2luZCA9PT0gJ211bmljaXBhbF91bml0JyxcbiAgICAgIG9yZzogb3JnKG8ub3JnX2lkKSxcbiAgICAgIHVybDogbGlua1VybChvLmxpbmtfaWQpLFxuICAgICAgaG9zdDogaG9zdE9mKGxpbmtVcmwoby5saW5rX2lkKSksXG4gICAgICBjaXRhdGlvbjogY2l0ZSh0LCBvKSxcbiAgICB9KSksXG4gICAgLy8gVGhlIGxldHRlciBvZiAyOSBKdW5lIDIwMjAgc2VudCB0aGVzZSBsaW5rcyB0byBldmVyeSBrb21tdW5lOiBhbGwgYXJlIGZvciBwcm9mZXNzaW9uYWxzIHRoZXJlLlxuICAgIC8vIEEgbGluayBhbiBvZmZlciBhbHJlYWR5IHBvaW50cyB0byBpcyBzaG93biB3aXRoIHRoYXQgb2ZmZXIsIG5vdCB0d2ljZS5cbiAgICAuLi50LmxpbmtzLmZpbHRlcigobCkgPT4gIXQub2ZmZXJzLnNvbWUoKG8pID0+IG8ubGlua19pZCA9PT0gbC5saW5rX2lkKSkubWFwKChsKSA9PiAoe1xuICAgICAgaWQ6IGwubGlua19pZCxcbiAgICAgIGFuY2hvcjogYW5jaG9yLmxpbmsobC5saW5rX2lkKSxcbiAgICAgIG5hbWU6IGwudGl0bGUsXG4gICAgICBvZmZlcnM6IGwub2ZmZXJzLFxuICAgICAgYXVkaWVuY2U6IGwuYXVkaWVuY2UsXG4gICAgICBuZWVkOiBsLm5lZWQsXG4gICAgICBuZWVkTGFiZWw6IE5FRURTW2wubmVlZF0sXG4gICAgICBhdWRpZW5jZXM6IFsncHJvZmVzc2lvbmFscycgYXMgY29uc3RdLFxuICAgICAgZXh0cmVtaXNtOiBsLnRvcGljID09PSAnZXh0cmVtaXNtJyxcbiAgICAgIGxvY2FsOiBmYWxzZSxcbiAgICAgIG9yZzogb3JnKGwub3JnX2lkKSxcbiAgICAgIHVybDogbC51cmwsXG4gICAgICBob3N0OiBob3N0T2YobC51cmwpLFxuICAgICAgY2l0YXRpb246IGNpdGUodCwgbCksXG4gICAgfSkpLFxuICBdXG4gIGNvbnN0IG9yZGVyID0gT2JqZWN0LmtleXMoTkVFRFMpXG4gIC8vIEJ5IG5lZWQ7IHdpdGhpbiBhIG5lZWQgbmF0aW9uYWwgb2ZmZXJzIGJlZm9yZSBvbmUga29tbXVuZSdzIG93biwgaG9ub3VyIGJlZm9yZSBleHRyZW1pc20uXG4gIGVudHJpZXMuc29ydCgoYSwgYikgPT4gb3JkZXIuaW5kZXhPZihhLm5lZWQpIC0gb3JkZXIuaW5kZXhPZihiLm5lZWQpIHx8IE51bWJlcihhLmxvY2FsKSAtIE51bWJlcihiLmxvY2FsKSB8fCBOdW1iZXIoYS5leHRyZW1pc20pIC0gTnVtYmVyKGIuZXh0cmVtaXNtKSB8fCBhLm5hbWUubG9jYWxlQ29tcGFyZShiLm5hbWUsICdkYScpKVxuICByZXR1cm4geyBuZWVkczogTkVFRFMsIGF1ZGllbmNlczogQVVESUVOQ0VTLCBlbnRyaWVzIH1cbn1cbmV4cG9ydCB0eXBlIEhqYWVscFZpZXcgPSBSZXR1cm5UeXBlPHR5cGVvZiBoamFlbHBWaWV3PlxuXG5mdW5jdGlvbiBob3N0T2YodXJsOiBzdHJpbmcgfCBudWxsKTogc3RyaW5nIHwgbnVsbCB7XG4gIHJldHVybiB1cmwgPyBuZXcgVVJMKHVybCkuaG9zdG5hbWUucmVwbGFjZSgvXnd3d1xcLi8sICcnKSA6IG51bGxcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzXCI7aW1wb3J0IHsgZGVmaW5lTG9hZGVyIH0gZnJvbSAndml0ZXByZXNzJ1xuaW1wb3J0IHsgbG9hZERhdGEgfSBmcm9tICcuLi8uLi9zY3JpcHRzL2RhdGEvbG9hZC1kYXRhLnRzJ1xuaW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9zY3JpcHRzL2RhdGEvdHlwZXMudHMnXG5cbi8qKlxuICogQSBWaXRlUHJlc3MgZGF0YSBsb2FkZXIgZm9yIG9uZSBwYWdlOiBpdCBydW5zIHRoZSBjaGVja2VkIGRhdGEgdGhyb3VnaCB0aGUgcGFnZSdzIHZpZXcsIHNvIGFcbiAqIHBhZ2Ugc2hpcHMgb25seSB3aGF0IGl0IHNob3dzLCBhbmQgYmFkIGRhdGEgc3RvcHMgdGhlIGJ1aWxkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFnZUxvYWRlcjxUPih2aWV3OiAodGFibGVzOiBUYWJsZXMpID0+IFQpIHtcbiAgcmV0dXJuIGRlZmluZUxvYWRlcih7XG4gICAgd2F0Y2g6IFsnLi4vLi4vZGF0YS8qLmNzdicsICcuLi8uLi9kYXRhL2RhdGFwYWNrYWdlLmpzb24nXSxcbiAgICBsb2FkOiAoKTogVCA9PiB2aWV3KGxvYWREYXRhKCkpLFxuICB9KVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvbG9hZC1kYXRhLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2xvYWQtZGF0YS50c1wiO2ltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBqb2luLCByZWxhdGl2ZSwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCdcbmltcG9ydCB7IGZpbGVVUkxUb1BhdGggfSBmcm9tICdub2RlOnVybCdcbmltcG9ydCB7IGNoZWNrS2V5cyB9IGZyb20gJy4vY2hlY2sta2V5cy50cydcbmltcG9ydCB7IGNoZWNrUHJvdmVuYW5jZSB9IGZyb20gJy4vY2hlY2stcHJvdmVuYW5jZS50cydcbmltcG9ydCB7IGNoZWNrUnVsZXMgfSBmcm9tICcuL2NoZWNrLXJ1bGVzLnRzJ1xuaW1wb3J0IHsgY2hlY2tUYWJsZSwgdHlwZSBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5pbXBvcnQgeyB0eXBlIERhdGFQYWNrYWdlLCByZWFkUGFja2FnZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyBEYXRhRXJyb3IsIHR5cGUgUHJvYmxlbSB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgeyByZWFkQ3N2IH0gZnJvbSAnLi9yZWFkLWNzdi50cydcbmltcG9ydCB7IFNvdXJjZVRleHRzIH0gZnJvbSAnLi9zb3VyY2UtdGV4dHMudHMnXG5pbXBvcnQgdHlwZSB7IFRhYmxlcyB9IGZyb20gJy4vdHlwZXMudHMnXG5cbmV4cG9ydCBjb25zdCBQUk9KRUNUX1JPT1QgPSByZXNvbHZlKGZpbGVVUkxUb1BhdGgobmV3IFVSTCgnLi4vLi4nLCBpbXBvcnQubWV0YS51cmwpKSlcbi8qKiBOU0tfREFUQV9ESVIgcG9pbnRzIHRoZSBidWlsZCBhbmQgdGhlIGNoZWNrcyBhdCBhbm90aGVyIGNvcHkgb2YgdGhlIGRhdGEgKHVzZWQgYnkgdGVzdHMpLiAqL1xuZXhwb3J0IGNvbnN0IERBVEFfRElSID0gcHJvY2Vzcy5lbnYuTlNLX0RBVEFfRElSID8gcmVzb2x2ZShwcm9jZXNzLmVudi5OU0tfREFUQV9ESVIpIDogam9pbihQUk9KRUNUX1JPT1QsICdkYXRhJylcbi8qKiBUaGUgc291cmNlIGRvY3VtZW50cyBzaXQgYmVzaWRlIHRoZSBwcm9qZWN0IChgLi4vc2hhcmVkL3NvdXJjZXNgKSwgb24gQ0kgYW5kIG9uIHRoZSB0ZWFtJ3MgbWFjaGluZXMuICovXG5leHBvcnQgY29uc3QgU09VUkNFU19ESVIgPSBwcm9jZXNzLmVudi5OU0tfU09VUkNFU19ESVIgPyByZXNvbHZlKHByb2Nlc3MuZW52Lk5TS19TT1VSQ0VTX0RJUikgOiByZXNvbHZlKFBST0pFQ1RfUk9PVCwgJy4uJywgJ3NoYXJlZCcsICdzb3VyY2VzJylcblxuZXhwb3J0IGludGVyZmFjZSBMb2FkT3B0aW9ucyB7XG4gIGRhdGFEaXI/OiBzdHJpbmdcbiAgc291cmNlc0Rpcj86IHN0cmluZ1xuICAvKiogRmFpbCwgcmF0aGVyIHRoYW4gc2tpcCwgd2hlbiB0aGUgc291cmNlIHRleHRzIGFyZSBhYnNlbnQgKG9uIENJKS4gKi9cbiAgcmVxdWlyZVNvdXJjZXM/OiBib29sZWFuXG4gIC8qKiBIb3cgdGhlIGRhdGEgZm9sZGVyIGlzIG5hbWVkIGluIG1lc3NhZ2VzOyBkZWZhdWx0cyB0byBpdHMgcGF0aCBmcm9tIHRoZSBwcm9qZWN0IHJvb3QuICovXG4gIGxhYmVsPzogc3RyaW5nXG59XG5leHBvcnQgaW50ZXJmYWNlIExvYWRSZXN1bHQge1xuICBwa2c6IERhdGFQYWNrYWdlXG4gIHRhYmxlczogVGFibGVzXG4gIHByb2JsZW1zOiBQcm9ibGVtW11cbiAgLyoqIFdoZXRoZXIgcXVvdGVzIGFuZCBVUkxzIHdlcmUgY2hlY2tlZCBhZ2FpbnN0IHRoZSBzb3VyY2UgdGV4dHMuICovXG4gIHByb3ZlbmFuY2U6ICdjaGVja2VkJyB8ICdza2lwcGVkJ1xufVxuXG4vKiogUmVhZHMsIGNoZWNrcyBhbmQgdHlwZXMgdGhlIHdob2xlIGRhdGEgcGFja2FnZS4gTmV2ZXIgdGhyb3dzIGZvciBiYWQgZGF0YTogaXQgbGlzdHMgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tEYXRhKG9wdGlvbnM6IExvYWRPcHRpb25zID0ge30pOiBMb2FkUmVzdWx0IHtcbiAgY29uc3QgZGF0YURpciA9IHJlc29sdmUob3B0aW9ucy5kYXRhRGlyID8/IERBVEFfRElSKVxuICBjb25zdCBsYWJlbCA9IG9wdGlvbnMubGFiZWwgPz8gKHJlbGF0aXZlKFBST0pFQ1RfUk9PVCwgZGF0YURpcikgfHwgJy4nKVxuICBjb25zdCBmaWxlT2YgPSAobmFtZTogc3RyaW5nKSA9PiBgJHtsYWJlbH0vJHtuYW1lfS5jc3ZgXG4gIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXVxuICBjb25zdCBwa2dQYXRoID0gam9pbihkYXRhRGlyLCAnZGF0YXBhY2thZ2UuanNvbicpXG4gIGxldCBwa2c6IERhdGFQYWNrYWdlXG4gIHRyeSB7XG4gICAgcGtnID0gcmVhZFBhY2thZ2UocGtnUGF0aClcbiAgfSBjYXRjaCAoZSkge1xuICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiBgJHtsYWJlbH0vZGF0YXBhY2thZ2UuanNvbmAsIGxpbmU6IDEsIGNvbHVtbjogJy0nLCBtZXNzYWdlOiBgZXhwZWN0ZWQgYSByZWFkYWJsZSBKU09OIGRhdGEgcGFja2FnZSwgZm91bmQgJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gIH0pXG4gICAgcmV0dXJuIHsgcGtnOiB7IHJlc291cmNlczogW10gfSBhcyB1bmtub3duIGFzIERhdGFQYWNrYWdlLCB0YWJsZXM6IHt9IGFzIFRhYmxlcywgcHJvYmxlbXMsIHByb3ZlbmFuY2U6ICdza2lwcGVkJyB9XG4gIH1cbiAgY29uc3QgdGFibGVzID0gbmV3IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+KClcbiAgZm9yIChjb25zdCByZXNvdXJjZSBvZiBwa2cucmVzb3VyY2VzKSB7XG4gICAgY29uc3QgcGF0aCA9IGpvaW4oZGF0YURpciwgcmVzb3VyY2UucGF0aClcbiAgICBjb25zdCBmaWxlID0gZmlsZU9mKHJlc291cmNlLm5hbWUpXG4gICAgaWYgKCFleGlzdHNTeW5jKHBhdGgpKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZSwgbGluZTogMSwgY29sdW1uOiAnLScsIG1lc3NhZ2U6ICdleHBlY3RlZCB0aGUgZmlsZSB0aGF0IGRhdGFwYWNrYWdlLmpzb24gbGlzdHMsIGZvdW5kIG5vbmUnIH0pXG4gICAgICBjb250aW51ZVxuICAgIH1cbiAgICBjb25zdCBjc3YgPSByZWFkQ3N2KHJlYWRGaWxlU3luYyhwYXRoKSwgZmlsZSwgcHJvYmxlbXMpXG4gICAgY29uc3Qgcm93cyA9IGNzdiAmJiBjaGVja1RhYmxlKGNzdiwgcmVzb3VyY2UsIGZpbGUsIHByb2JsZW1zKVxuICAgIGlmIChyb3dzKSB0YWJsZXMuc2V0KHJlc291cmNlLm5hbWUsIHJvd3MpXG4gIH1cbiAgY2hlY2tLZXlzKHBrZy5yZXNvdXJjZXMsIHRhYmxlcywgZmlsZU9mLCBwcm9ibGVtcylcbiAgY2hlY2tSdWxlcyh0YWJsZXMsIGZpbGVPZiwgcHJvYmxlbXMpXG5cbiAgY29uc3QgdGV4dHMgPSBuZXcgU291cmNlVGV4dHMob3B0aW9ucy5zb3VyY2VzRGlyID8/IFNPVVJDRVNfRElSKVxuICBsZXQgcHJvdmVuYW5jZTogTG9hZFJlc3VsdFsncHJvdmVuYW5jZSddID0gJ3NraXBwZWQnXG4gIGlmICh0ZXh0cy5hdmFpbGFibGUpIHtcbiAgICBjaGVja1Byb3ZlbmFuY2UodGFibGVzLCB0ZXh0cywgZmlsZU9mLCBwcm9ibGVtcylcbiAgICBwcm92ZW5hbmNlID0gJ2NoZWNrZWQnXG4gIH0gZWxzZSBpZiAob3B0aW9ucy5yZXF1aXJlU291cmNlcyA/PyBwcm9jZXNzLmVudi5DSSA9PT0gJ3RydWUnKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IHRleHRzLmRpciwgbGluZTogMSwgY29sdW1uOiAnLScsIG1lc3NhZ2U6ICdleHBlY3RlZCB0aGUgc291cmNlIHRleHRzIHRvIGNoZWNrIHF1b3RlcyBhZ2FpbnN0IChDST10cnVlKSwgZm91bmQgbm8gc3VjaCBmb2xkZXInIH0pXG4gIH1cbiAgcHJvYmxlbXMuc29ydCgoYSwgYikgPT4gYS5maWxlLmxvY2FsZUNvbXBhcmUoYi5maWxlKSB8fCBhLmxpbmUgLSBiLmxpbmUpXG4gIHJldHVybiB7IHBrZywgdGFibGVzOiBPYmplY3QuZnJvbUVudHJpZXModGFibGVzKSBhcyB1bmtub3duIGFzIFRhYmxlcywgcHJvYmxlbXMsIHByb3ZlbmFuY2UgfVxufVxuXG4vKiogVGhlIGNoZWNrZWQgZGF0YSwgdHlwZWQ7IHRocm93cyBhIERhdGFFcnJvciBuYW1pbmcgZXZlcnkgcHJvYmxlbS4gVXNlZCBieSB0aGUgYnVpbGQgYW5kIHNjcmlwdHMuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZERhdGEob3B0aW9uczogTG9hZE9wdGlvbnMgPSB7fSk6IFRhYmxlcyB7XG4gIGNvbnN0IHJlc3VsdCA9IGNoZWNrRGF0YShvcHRpb25zKVxuICBpZiAocmVzdWx0LnByb2JsZW1zLmxlbmd0aCkgdGhyb3cgbmV3IERhdGFFcnJvcihyZXN1bHQucHJvYmxlbXMpXG4gIHJldHVybiByZXN1bHQudGFibGVzXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9wcm9ibGVtcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9wcm9ibGVtcy50c1wiOy8qKiBBIHByb2JsZW0gZm91bmQgaW4gdGhlIGRhdGEsIG5hbWVkIGJ5IHBsYWNlOiBmaWxlLCBsaW5lLCBjb2x1bW4uICovXG5leHBvcnQgaW50ZXJmYWNlIFByb2JsZW0ge1xuICAvKiogUGF0aCBhcyBzaG93biB0byB0aGUgdXNlciwgZS5nLiBgZGF0YS9pbmRpY2F0b3JzLmNzdmAuICovXG4gIGZpbGU6IHN0cmluZ1xuICAvKiogMS1iYXNlZCBsaW5lIGluIHRoZSBmaWxlIHdoZXJlIHRoZSByZWNvcmQgc3RhcnRzICgxIGlzIHRoZSBoZWFkZXIpLiAqL1xuICBsaW5lOiBudW1iZXJcbiAgLyoqIENvbHVtbiBuYW1lLCBvciBgLWAgd2hlcmUgdGhlIHByb2JsZW0gaXMgbm90IGluIG9uZSBjb2x1bW4uICovXG4gIGNvbHVtbjogc3RyaW5nXG4gIC8qKiBcImV4cGVjdGVkIFx1MjAyNiwgZm91bmQgXHUyMDI2XCIuICovXG4gIG1lc3NhZ2U6IHN0cmluZ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0UHJvYmxlbShwOiBQcm9ibGVtKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3AuZmlsZX06JHtwLmxpbmV9OiR7cC5jb2x1bW59OiAke3AubWVzc2FnZX1gXG59XG5cbi8qKiBUaHJvd24gYnkgYGxvYWREYXRhYCBzbyB0aGF0IGEgYnVpbGQgc3RvcHMgd2l0aCBldmVyeSBwcm9ibGVtIGxpc3RlZCwgbm90IG9ubHkgdGhlIGZpcnN0LiAqL1xuZXhwb3J0IGNsYXNzIERhdGFFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgcHJvYmxlbXM6IFByb2JsZW1bXSkge1xuICAgIHN1cGVyKGAke3Byb2JsZW1zLmxlbmd0aH0gcHJvYmxlbSR7cHJvYmxlbXMubGVuZ3RoID09PSAxID8gJycgOiAncyd9IGluIHRoZSBkYXRhOlxcbmAgKyBwcm9ibGVtcy5tYXAoZm9ybWF0UHJvYmxlbSkuam9pbignXFxuJykpXG4gICAgdGhpcy5uYW1lID0gJ0RhdGFFcnJvcidcbiAgfVxufVxuXG4vKiogU2hvcnRlbnMgYSBmb3VuZCB2YWx1ZSBmb3IgbWVzc2FnZXMsIGtlZXBpbmcgaXQgcmVhZGFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gc2hvd24odmFsdWU6IHN0cmluZywgbWF4ID0gNjApOiBzdHJpbmcge1xuICBjb25zdCB2ID0gdmFsdWUubGVuZ3RoID4gbWF4ID8gdmFsdWUuc2xpY2UoMCwgbWF4IC0gMSkgKyAnXHUyMDI2JyA6IHZhbHVlXG4gIHJldHVybiBKU09OLnN0cmluZ2lmeSh2KVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2sta2V5cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzXCI7aW1wb3J0IHR5cGUgeyBSZXNvdXJjZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuXG5jb25zdCBrZXlPZiA9IChyb3c6IFR5cGVkUm93LCBmaWVsZHM6IHN0cmluZ1tdKSA9PiBmaWVsZHMubWFwKChmKSA9PiBTdHJpbmcocm93W2ZdID8/ICcnKSkuam9pbignXFx1MDAwMCcpXG5cbi8qKiBQcmltYXJ5IGtleXMgdW5pcXVlLCBgdW5pcXVlYCBmaWVsZHMgdW5pcXVlLCBmb3JlaWduIGtleXMgcmVzb2x2aW5nOiBhY3Jvc3MgYWxsIHRhYmxlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0tleXMocmVzb3VyY2VzOiBSZXNvdXJjZVtdLCB0YWJsZXM6IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+LCBmaWxlT2Y6IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IHZvaWQge1xuICBmb3IgKGNvbnN0IHIgb2YgcmVzb3VyY2VzKSB7XG4gICAgY29uc3Qgcm93cyA9IHRhYmxlcy5nZXQoci5uYW1lKVxuICAgIGlmICghcm93cykgY29udGludWVcbiAgICBjb25zdCBwayA9IHIuc2NoZW1hLnByaW1hcnlLZXlcbiAgICBjb25zdCB1bmlxdWVzID0gW3BrLCAuLi5yLnNjaGVtYS5maWVsZHMuZmlsdGVyKChmKSA9PiBmLmNvbnN0cmFpbnRzPy51bmlxdWUpLm1hcCgoZikgPT4gW2YubmFtZV0pXVxuICAgIGZvciAoY29uc3QgZmllbGRzIG9mIHVuaXF1ZXMpIHtcbiAgICAgIGNvbnN0IGZpcnN0ID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKVxuICAgICAgZm9yIChjb25zdCByb3cgb2Ygcm93cykge1xuICAgICAgICBpZiAoZmllbGRzLnNvbWUoKGYpID0+IHJvd1tmXSA9PT0gbnVsbCB8fCByb3dbZl0gPT09IHVuZGVmaW5lZCkpIGNvbnRpbnVlXG4gICAgICAgIGNvbnN0IGsgPSBrZXlPZihyb3csIGZpZWxkcylcbiAgICAgICAgY29uc3Qgc2VlbiA9IGZpcnN0LmdldChrKVxuICAgICAgICBpZiAoc2VlbiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgY29uc3QgY29sdW1uID0gZmllbGRzW2ZpZWxkcy5sZW5ndGggLSAxXSFcbiAgICAgICAgICBjb25zdCB2YWx1ZSA9IGZpZWxkcy5tYXAoKGYpID0+IFN0cmluZyhyb3dbZl0pKS5qb2luKCcsICcpXG4gICAgICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihyLm5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZTogYGV4cGVjdGVkIGEgdW5pcXVlICR7ZmllbGRzLmpvaW4oJyArICcpfSwgZm91bmQgJHtzaG93bih2YWx1ZSl9IGFnYWluIChmaXJzdCBvbiBsaW5lICR7c2Vlbn0pYCB9KVxuICAgICAgICB9IGVsc2UgZmlyc3Quc2V0KGssIHJvdy5fbGluZSlcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCBmayBvZiByLnNjaGVtYS5mb3JlaWduS2V5cyA/PyBbXSkge1xuICAgICAgY29uc3QgdGFyZ2V0ID0gZmsucmVmZXJlbmNlLnJlc291cmNlID09PSAnJyA/IHIubmFtZSA6IGZrLnJlZmVyZW5jZS5yZXNvdXJjZVxuICAgICAgY29uc3QgdGFyZ2V0Um93cyA9IHRhYmxlcy5nZXQodGFyZ2V0KVxuICAgICAgaWYgKCF0YXJnZXRSb3dzKSBjb250aW51ZVxuICAgICAgY29uc3Qga2V5cyA9IG5ldyBTZXQodGFyZ2V0Um93cy5tYXAoKHQpID0+IGtleU9mKHQsIGZrLnJlZmVyZW5jZS5maWVsZHMpKSlcbiAgICAgIGZvciAoY29uc3Qgcm93IG9mIHJvd3MpIHtcbiAgICAgICAgaWYgKGZrLmZpZWxkcy5zb21lKChmKSA9PiByb3dbZl0gPT09IG51bGwgfHwgcm93W2ZdID09PSB1bmRlZmluZWQpKSBjb250aW51ZVxuICAgICAgICBpZiAoIWtleXMuaGFzKGtleU9mKHJvdywgZmsuZmllbGRzKSkpIHtcbiAgICAgICAgICBjb25zdCB2YWx1ZSA9IGZrLmZpZWxkcy5tYXAoKGYpID0+IFN0cmluZyhyb3dbZl0pKS5qb2luKCcsICcpXG4gICAgICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihyLm5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbjogZmsuZmllbGRzW2ZrLmZpZWxkcy5sZW5ndGggLSAxXSEsIG1lc3NhZ2U6IGBleHBlY3RlZCBhbiBpZCBvZiAke3RhcmdldH0uY3N2ICgke2ZrLnJlZmVyZW5jZS5maWVsZHMuam9pbignICsgJyl9KSwgZm91bmQgJHtzaG93bih2YWx1ZSl9YCB9KVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvc291cmNlLXRleHRzLnRzXCI7aW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnXG5cbi8qKiBGb2xkcyBldmVyeSBydW4gb2Ygd2hpdGVzcGFjZSB0byBvbmUgc3BhY2UsIHNvIGxpbmUgYnJlYWtzIGluIGEgc291cmNlIGRvIG5vdCBtYXR0ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9sZFNwYWNlKHM6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBzLnJlcGxhY2UoL1xccysvZ3UsICcgJykudHJpbSgpXG59XG5cbi8qKiBUaGUgc291cmNlIGRvY3VtZW50cywgcmVhZCBvbmNlLCBmb2xkZWQgZm9yIHNlYXJjaGluZy4gKi9cbmV4cG9ydCBjbGFzcyBTb3VyY2VUZXh0cyB7XG4gIHByaXZhdGUgY2FjaGUgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nIHwgbnVsbD4oKVxuICBjb25zdHJ1Y3RvcihyZWFkb25seSBkaXI6IHN0cmluZykge31cblxuICBnZXQgYXZhaWxhYmxlKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiBleGlzdHNTeW5jKHRoaXMuZGlyKVxuICB9XG5cbiAgLyoqIFRoZSBmb2xkZWQgdGV4dCBvZiBhIGZpbGUsIG9yIG51bGwgaWYgaXQgaXMgbWlzc2luZy4gKi9cbiAgdGV4dChmaWxlOiBzdHJpbmcpOiBzdHJpbmcgfCBudWxsIHtcbiAgICBpZiAoIXRoaXMuY2FjaGUuaGFzKGZpbGUpKSB7XG4gICAgICBjb25zdCBwYXRoID0gam9pbih0aGlzLmRpciwgZmlsZSlcbiAgICAgIHRoaXMuY2FjaGUuc2V0KGZpbGUsIGV4aXN0c1N5bmMocGF0aCkgPyBmb2xkU3BhY2UocmVhZEZpbGVTeW5jKHBhdGgsICd1dGY4JykpIDogbnVsbClcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FjaGUuZ2V0KGZpbGUpID8/IG51bGxcbiAgfVxuXG4gIC8qKiBUaGUgdGV4dCB3aXRoIE1hcmtkb3duIGVzY2FwZXMgdW5kb25lIChgY29weVxcX29mXFxfXHUyMDI2YCksIGZvciBmaW5kaW5nIFVSTHMgYXMgYSBicm93c2VyIHNlZXMgdGhlbS4gKi9cbiAgcGxhaW5UZXh0KGZpbGU6IHN0cmluZyk6IHN0cmluZyB8IG51bGwge1xuICAgIHJldHVybiB0aGlzLnRleHQoZmlsZSk/LnJlcGxhY2UoL1xcXFwrXy9nLCAnXycpID8/IG51bGxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcHJvdmVuYW5jZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1wcm92ZW5hbmNlLnRzXCI7aW1wb3J0IHsgZm9ybWF0TnVtYmVyLCBOVU1CRVJfV09SRFMgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IFR5cGVkUm93IH0gZnJvbSAnLi9jaGVjay10YWJsZS50cydcbmltcG9ydCB0eXBlIHsgU291cmNlVGV4dHMgfSBmcm9tICcuL3NvdXJjZS10ZXh0cy50cydcbmltcG9ydCB7IGZvbGRTcGFjZSB9IGZyb20gJy4vc291cmNlLXRleHRzLnRzJ1xuXG4vKiogQ29sdW1ucyBob2xkaW5nIGEgZmlndXJlIHRoYXQgbXVzdCBhcHBlYXIgaW4gdGhlIHJvdydzIG93biBxdW90ZS4gKi9cbmNvbnN0IEZJR1VSRV9DT0xVTU5TOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmdbXT4gPSB7XG4gIGluZGljYXRvcnM6IFsndmFsdWUnLCAndGFyZ2V0JywgJ29mX3RvdGFsJ10sXG4gIGZ1bmRpbmc6IFsnYW1vdW50J10sXG59XG4vKiogQ29sdW1ucyBob2xkaW5nIGEgVVJMIHRoYXQgbXVzdCBhcHBlYXIgaW4gdGhlIHJvdydzIHNvdXJjZS4gKi9cbmNvbnN0IFVSTF9DT0xVTU5TOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBsaW5rczogJ3VybCcsIG9yZ2FuaXNhdGlvbnM6ICd1cmwnLCBzb3VyY2VzOiAndXJsJyB9XG4vKiogVGhlIE9DUiBvZiBgMDAzYCByZWFkcyBcdTAwQkQgYXMgXCIlMlwiIChcIjMlMiBhcnN2YXJrXCIpLiAqL1xuY29uc3QgT0NSX0hBTEYgPSBbJ1x1MDBCRCcsICclMiddXG5cbi8qKlxuICogRXZlcnkgcXVvdGUgb2NjdXJzIGluIGl0cyBzb3VyY2UncyB0ZXh0LCBldmVyeSBmaWd1cmUgaW4gaXRzIHF1b3RlLCBldmVyeSBVUkwgaW4gaXRzIHNvdXJjZS5cbiAqIE5lZWRzIHRoZSBzb3VyY2UgdGV4dHM7IHRoZSBjYWxsZXIgZGVjaWRlcyB3aGF0IHRvIGRvIHdoZW4gdGhleSBhcmUgYWJzZW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tQcm92ZW5hbmNlKHRhYmxlczogTWFwPHN0cmluZywgVHlwZWRSb3dbXT4sIHRleHRzOiBTb3VyY2VUZXh0cywgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgY29uc3Qgc291cmNlRmlsZSA9IG5ldyBNYXAoKHRhYmxlcy5nZXQoJ3NvdXJjZXMnKSA/PyBbXSkubWFwKChzKSA9PiBbU3RyaW5nKHMuc291cmNlX2lkKSwgU3RyaW5nKHMudGV4dF9maWxlKV0pKVxuICBmb3IgKGNvbnN0IFtuYW1lLCByb3dzXSBvZiB0YWJsZXMpIHtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgICBjb25zdCBhdCA9IChjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKG5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuICAgICAgY29uc3QgdGV4dEZpbGUgPSBuYW1lID09PSAnc291cmNlcycgPyBTdHJpbmcocm93LnRleHRfZmlsZSkgOiBzb3VyY2VGaWxlLmdldChTdHJpbmcocm93LnNvdXJjZV9pZCkpXG4gICAgICBpZiAoIXRleHRGaWxlKSBjb250aW51ZSAvLyBhIGRhbmdsaW5nIHNvdXJjZV9pZCBpcyByZXBvcnRlZCBieSB0aGUga2V5IGNoZWNrXG4gICAgICBjb25zdCB0ZXh0ID0gdGV4dHMudGV4dCh0ZXh0RmlsZSlcbiAgICAgIGlmICh0ZXh0ID09PSBudWxsKSB7XG4gICAgICAgIGF0KCdzb3VyY2VfaWQnLCBgZXhwZWN0ZWQgdGhlIHNvdXJjZSB0ZXh0ICR7dGV4dEZpbGV9IGluICR7dGV4dHMuZGlyfSwgZm91bmQgbm8gc3VjaCBmaWxlYClcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2Ygcm93LnF1b3RlID09PSAnc3RyaW5nJykge1xuICAgICAgICBjb25zdCBxdW90ZSA9IGZvbGRTcGFjZShyb3cucXVvdGUpXG4gICAgICAgIGlmICghdGV4dC5pbmNsdWRlcyhxdW90ZSkpIGF0KCdxdW90ZScsIGBleHBlY3RlZCBhIHZlcmJhdGltIHBhc3NhZ2Ugb2YgJHt0ZXh0RmlsZX0sIGZvdW5kICR7c2hvd24ocXVvdGUpfSwgd2hpY2ggaXMgbm90IGluIGl0YClcbiAgICAgICAgZm9yIChjb25zdCBjb2x1bW4gb2YgRklHVVJFX0NPTFVNTlNbbmFtZV0gPz8gW10pIHtcbiAgICAgICAgICBjb25zdCBuID0gcm93W2NvbHVtbl1cbiAgICAgICAgICAvLyBBIHRhcmdldCBtYXkgcmVzdCBvbiBpdHMgb3duIHBhc3NhZ2UgKHRhcmdldF9xdW90ZSk7IGV2ZXJ5IG90aGVyIGZpZ3VyZSBvbiB0aGUgcXVvdGUuXG4gICAgICAgICAgY29uc3Qgb3duID0gY29sdW1uID09PSAndGFyZ2V0JyAmJiB0eXBlb2Ygcm93LnRhcmdldF9xdW90ZSA9PT0gJ3N0cmluZycgPyBmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkgOiBxdW90ZVxuICAgICAgICAgIGNvbnN0IHdoZXJlID0gb3duID09PSBxdW90ZSA/ICdxdW90ZScgOiAndGFyZ2V0X3F1b3RlJ1xuICAgICAgICAgIGlmICh0eXBlb2YgbiAhPT0gJ251bWJlcicpIGNvbnRpbnVlXG4gICAgICAgICAgaWYgKGNvbHVtbiA9PT0gJ3ZhbHVlJyAmJiByb3cudmFsdWVfcXVhbGlmaWVyID09PSAnY291bnRlZCcpIHtcbiAgICAgICAgICAgIGNvbnN0IGl0ZW1zID0gbGlzdEl0ZW1zKHF1b3RlKVxuICAgICAgICAgICAgaWYgKGl0ZW1zLmxlbmd0aCAhPT0gbikgYXQoY29sdW1uLCBgZXhwZWN0ZWQgdGhlIG51bWJlciBvZiBpdGVtcyB0aGUgcXVvdGUgbGlzdHMgKCR7aXRlbXMubGVuZ3RofTogJHtpdGVtcy5qb2luKCcgfCAnKX0pLCBmb3VuZCAke2Zvcm1hdE51bWJlcihuKX1gKVxuICAgICAgICAgIH0gZWxzZSBpZiAoIXF1b3RlSGFzRmlndXJlKG93biwgbikpIGF0KGNvbHVtbiwgYGV4cGVjdGVkIHRoZSBmaWd1cmUgdG8gYXBwZWFyIGluIHRoZSAke3doZXJlfSwgZm91bmQgJHtmb3JtYXROdW1iZXIobil9IG5vdCBpbiAke3Nob3duKG93bil9YClcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgaWYgKHR5cGVvZiByb3cudGFyZ2V0X3F1b3RlID09PSAnc3RyaW5nJyAmJiAhdGV4dC5pbmNsdWRlcyhmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkpKSB7XG4gICAgICAgIGF0KCd0YXJnZXRfcXVvdGUnLCBgZXhwZWN0ZWQgYSB2ZXJiYXRpbSBwYXNzYWdlIG9mICR7dGV4dEZpbGV9LCBmb3VuZCAke3Nob3duKGZvbGRTcGFjZShyb3cudGFyZ2V0X3F1b3RlKSl9LCB3aGljaCBpcyBub3QgaW4gaXRgKVxuICAgICAgfVxuICAgICAgY29uc3QgdXJsQ29sdW1uID0gVVJMX0NPTFVNTlNbbmFtZV1cbiAgICAgIGNvbnN0IHVybCA9IHVybENvbHVtbiA/IHJvd1t1cmxDb2x1bW5dIDogbnVsbFxuICAgICAgaWYgKHR5cGVvZiB1cmwgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgIGNvbnN0IHBsYWNlcyA9IG5hbWUgPT09ICdzb3VyY2VzJyA/IFt0ZXh0RmlsZSwgJ3N1cHBsZW1lbnRhcnkubWQnXSA6IFt0ZXh0RmlsZV1cbiAgICAgICAgaWYgKCFwbGFjZXMuc29tZSgoZikgPT4gdGV4dHMucGxhaW5UZXh0KGYpPy5pbmNsdWRlcyh1cmwpKSkgYXQodXJsQ29sdW1uISwgYGV4cGVjdGVkIGEgVVJMIHRoYXQgJHtwbGFjZXMuam9pbignIG9yICcpfSBnaXZlcywgZm91bmQgJHtzaG93bih1cmwpfWApXG4gICAgICB9XG4gICAgfVxuICB9XG59XG5cbi8qKiBUcnVlIGlmIHRoZSBxdW90ZSB3cml0ZXMgbiBpbiBEYW5pc2g6IFwiMi4wMDBcIiwgXCIyMDAwXCIsIFwiNzMsNFwiLCBcIjNcdTAwQkRcIiBvciBhIG51bWJlciB3b3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHF1b3RlSGFzRmlndXJlKHF1b3RlOiBzdHJpbmcsIG46IG51bWJlcik6IGJvb2xlYW4ge1xuICBjb25zdCBmb3JtcyA9IG5ldyBTZXQoW2Zvcm1hdE51bWJlcihuKSwgU3RyaW5nKG4pLCBTdHJpbmcobikucmVwbGFjZSgnLicsICcsJyldKVxuICBpZiAobiAlIDEgPT09IDAuNSkgZm9yIChjb25zdCBoYWxmIG9mIE9DUl9IQUxGKSBmb3Jtcy5hZGQoYCR7TWF0aC5mbG9vcihuKX0ke2hhbGZ9YClcbiAgZm9yIChjb25zdCBmb3JtIG9mIGZvcm1zKSB7XG4gICAgY29uc3QgZXNjYXBlZCA9IGZvcm0ucmVwbGFjZSgvWy4qKz9eJHt9KCl8W1xcXVxcXFxdL2csICdcXFxcJCYnKVxuICAgIGlmIChuZXcgUmVnRXhwKGAoPzwhWzAtOS4sXSkke2VzY2FwZWR9KD8hWzAtOV18Wy4sXVswLTldKWAsICd1JykudGVzdChxdW90ZSkpIHJldHVybiB0cnVlXG4gIH1cbiAgY29uc3Qgd29yZHMgPSBOVU1CRVJfV09SRFNbbl0gPz8gW11cbiAgcmV0dXJuIHdvcmRzLnNvbWUoKHcpID0+IG5ldyBSZWdFeHAoYCg/PCFbXFxcXHB7TH1dKSR7d30oPyFbXFxcXHB7TH1dKWAsICdpdScpLnRlc3QocXVvdGUpKVxufVxuXG4vKiogVGhlIGl0ZW1zIG9mIGEgRGFuaXNoIGVudW1lcmF0aW9uOiBcImRhbnNrLCBlbmdlbHNrLCBhcmFiaXNrIG9nIHVyZHVcIiBcdTIxOTIgNCBpdGVtcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaXN0SXRlbXMocXVvdGU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHF1b3RlXG4gICAgLnJlcGxhY2UoL1suOjtdKyQvdSwgJycpXG4gICAgLnNwbGl0KC8sXFxzKnxcXHMrKD86b2d8c2FtdClcXHMrL3UpXG4gICAgLm1hcCgocykgPT4gcy50cmltKCkpXG4gICAgLmZpbHRlcihCb29sZWFuKVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcnVsZXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcnVsZXMudHNcIjtpbXBvcnQgeyBmb3JtYXROdW1iZXIgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHR5cGUgeyBQcm9ibGVtIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuXG4vKiogVGhlIDIwMTdcdTIwMTMyMDIwIHBsYW4ncyBvdXRjb21lIGNvdW50cyAoaW5kaWNhdG9yIGlkcykgdGhhdCBtdXN0IGFkZCB1cDogbGF1bmNoZWQgPSB0aGUgcmVzdC4gKi9cbmV4cG9ydCBjb25zdCBPVVRDT01FX0NPVU5UUyA9IHtcbiAgbGF1bmNoZWQ6ICdocDIwMTctaW5pdGlhdGl2ZXMtbGF1bmNoZWQnLFxuICBjYXJyaWVkX291dDogJ2hwMjAxNy1pbml0aWF0aXZlcy1jYXJyaWVkLW91dCcsXG4gIGdpdmVuX3VwOiAnaHAyMDE3LWluaXRpYXRpdmVzLWdpdmVuLXVwJyxcbiAgY2FuY2VsbGVkOiAnaHAyMDE3LWluaXRpYXRpdmVzLWNhbmNlbGxlZCcsXG59IGFzIGNvbnN0XG5cbmNvbnN0IEVQUyA9IDFlLTlcblxuLyoqIFRydWUgaWYgYW55IG9mIHRoZSBjb2x1bW5zIGhlbGQgYW4gaW52YWxpZCBjZWxsIChhbHJlYWR5IHJlcG9ydGVkKTsgYSBydWxlIHRoZW4gc2F5cyBub3RoaW5nLiAqL1xuY29uc3QgaW52YWxpZCA9IChyb3c6IFR5cGVkUm93IHwgdW5kZWZpbmVkLCAuLi5jb2x1bW5zOiBzdHJpbmdbXSkgPT4gISFyb3cgJiYgY29sdW1ucy5zb21lKChjKSA9PiByb3dbY10gPT09IHVuZGVmaW5lZClcblxuLyoqIFJ1bGVzIHRoYXQgc3BhbiByb3dzIG9yIHRhYmxlcywgYmV5b25kIHdoYXQgYSBUYWJsZSBTY2hlbWEgY2FuIHNheS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1J1bGVzKHRhYmxlczogTWFwPHN0cmluZywgVHlwZWRSb3dbXT4sIGZpbGVPZjogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogdm9pZCB7XG4gIGNvbnN0IHJvd3MgPSAobmFtZTogc3RyaW5nKSA9PiB0YWJsZXMuZ2V0KG5hbWUpID8/IFtdXG4gIGNvbnN0IGF0ID0gKG5hbWU6IHN0cmluZywgcm93OiBUeXBlZFJvdywgY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihuYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcblxuICBmb3IgKGNvbnN0IG5hbWUgb2YgWydwbGFucycsICdmdW5kaW5nJ10pIHtcbiAgICBmb3IgKGNvbnN0IHIgb2Ygcm93cyhuYW1lKSkge1xuICAgICAgaWYgKHR5cGVvZiByLnN0YXJ0X3llYXIgPT09ICdudW1iZXInICYmIHR5cGVvZiByLmVuZF95ZWFyID09PSAnbnVtYmVyJyAmJiByLmVuZF95ZWFyIDwgci5zdGFydF95ZWFyKSB7XG4gICAgICAgIGF0KG5hbWUsIHIsICdlbmRfeWVhcicsIGBleHBlY3RlZCBhIHllYXIgXHUyMjY1IHN0YXJ0X3llYXIgKCR7ci5zdGFydF95ZWFyfSksIGZvdW5kIFwiJHtyLmVuZF95ZWFyfVwiYClcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICBjb25zdCBhcmVhUGxhbiA9IG5ldyBNYXAocm93cygnYXJlYXMnKS5tYXAoKGEpID0+IFthLmFyZWFfaWQsIGEucGxhbl9pZF0pKVxuICBmb3IgKGNvbnN0IGkgb2Ygcm93cygnaW5pdGlhdGl2ZXMnKSkge1xuICAgIGNvbnN0IHBsYW4gPSBpLmFyZWFfaWQgPT09IG51bGwgPyB1bmRlZmluZWQgOiBhcmVhUGxhbi5nZXQoaS5hcmVhX2lkKVxuICAgIGlmIChwbGFuICE9PSB1bmRlZmluZWQgJiYgcGxhbiAhPT0gaS5wbGFuX2lkKSBhdCgnaW5pdGlhdGl2ZXMnLCBpLCAnYXJlYV9pZCcsIGBleHBlY3RlZCBhbiBhcmVhIG9mIHBsYW4gJHtpLnBsYW5faWR9LCBmb3VuZCBcIiR7aS5hcmVhX2lkfVwiIG9mIHBsYW4gJHtwbGFufWApXG4gIH1cblxuICBjaGVja091dGNvbWVDb3VudHMocm93cygnaW5kaWNhdG9ycycpLCByb3dzKCdpbml0aWF0aXZlcycpLCByb3dzKCdzdGF0dXNfdXBkYXRlcycpLCAocm93LCBjb2x1bW4sIG1lc3NhZ2UpID0+IGF0KCdpbmRpY2F0b3JzJywgcm93LCBjb2x1bW4sIG1lc3NhZ2UpKVxuICBjaGVja1NwbGl0cyhyb3dzKCdmdW5kaW5nJyksIChyb3csIGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoJ2Z1bmRpbmcnLCByb3csIGNvbHVtbiwgbWVzc2FnZSkpXG4gIGNoZWNrVGFyZ2V0cyhyb3dzKCdpbmRpY2F0b3JzJyksIChyb3csIGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoJ2luZGljYXRvcnMnLCByb3csIGNvbHVtbiwgbWVzc2FnZSkpXG59XG5cbnR5cGUgUmVwb3J0ID0gKHJvdzogVHlwZWRSb3csIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWRcblxuZnVuY3Rpb24gY2hlY2tPdXRjb21lQ291bnRzKGluZGljYXRvcnM6IFR5cGVkUm93W10sIGluaXRpYXRpdmVzOiBUeXBlZFJvd1tdLCB1cGRhdGVzOiBUeXBlZFJvd1tdLCByZXBvcnQ6IFJlcG9ydCk6IHZvaWQge1xuICBjb25zdCBieUlkID0gbmV3IE1hcChpbmRpY2F0b3JzLm1hcCgocikgPT4gW3IuaW5kaWNhdG9yX2lkLCByXSkpXG4gIGNvbnN0IGNvdW50cyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhPVVRDT01FX0NPVU5UUykubWFwKChbaywgaWRdKSA9PiBbaywgYnlJZC5nZXQoaWQpXSkpIGFzIFJlY29yZDxrZXlvZiB0eXBlb2YgT1VUQ09NRV9DT1VOVFMsIFR5cGVkUm93IHwgdW5kZWZpbmVkPlxuICBpZiAoIWNvdW50cy5sYXVuY2hlZCkgcmV0dXJuIC8vIHRoZSB0YWJsZSBob2xkcyBubyAyMDE3XHUyMDEzMjAyMCBwbGFuOyBub3RoaW5nIHRvIGFkZCB1cFxuICBpZiAoT2JqZWN0LnZhbHVlcyhjb3VudHMpLnNvbWUoKHIpID0+IGludmFsaWQociwgJ3ZhbHVlJykpKSByZXR1cm5cbiAgY29uc3QgdmFsdWUgPSAocjogVHlwZWRSb3cgfCB1bmRlZmluZWQpID0+ICh0eXBlb2Ygcj8udmFsdWUgPT09ICdudW1iZXInID8gci52YWx1ZSA6IE5hTilcbiAgY29uc3QgcGFydHMgPSBbY291bnRzLmNhcnJpZWRfb3V0LCBjb3VudHMuZ2l2ZW5fdXAsIGNvdW50cy5jYW5jZWxsZWRdXG4gIGNvbnN0IHN1bSA9IHBhcnRzLnJlZHVjZSgocywgcikgPT4gcyArIHZhbHVlKHIpLCAwKVxuICBpZiAocGFydHMuc29tZSgocCkgPT4gIXApKSB7XG4gICAgY29uc3QgbWlzc2luZyA9IE9iamVjdC5lbnRyaWVzKE9VVENPTUVfQ09VTlRTKS5maWx0ZXIoKFtrXSkgPT4gIWNvdW50c1trIGFzIGtleW9mIHR5cGVvZiBjb3VudHNdKS5tYXAoKFssIGlkXSkgPT4gaWQpXG4gICAgcmVwb3J0KGNvdW50cy5sYXVuY2hlZCwgJ2luZGljYXRvcl9pZCcsIGBleHBlY3RlZCB0aGUgb3V0Y29tZSBjb3VudHMgJHttaXNzaW5nLmpvaW4oJywgJyl9IGJlc2lkZSBpdCwgZm91bmQgbm9uZWApXG4gIH0gZWxzZSBpZiAoTWF0aC5hYnMoc3VtIC0gdmFsdWUoY291bnRzLmxhdW5jaGVkKSkgPiBFUFMpIHtcbiAgICByZXBvcnQoY291bnRzLmxhdW5jaGVkLCAndmFsdWUnLCBgZXhwZWN0ZWQgdGhlIGluaXRpYXRpdmVzIGxhdW5jaGVkIHRvIGVxdWFsIGNhcnJpZWQgb3V0ICsgZ2l2ZW4gdXAgKyBjYW5jZWxsZWQgKCR7cGFydHMubWFwKHZhbHVlKS5qb2luKCcgKyAnKX0gPSAke3N1bX0pLCBmb3VuZCBcIiR7dmFsdWUoY291bnRzLmxhdW5jaGVkKX1cImApXG4gIH1cbiAgLy8gTmFtZWQgaW5pdGlhdGl2ZXMgY2Fubm90IG91dG51bWJlciB0aGUgY291bnRzIG9mIHRoZWlyIG91dGNvbWUuXG4gIGNvbnN0IGxhdGVzdCA9IG5ldyBNYXA8dW5rbm93biwgVHlwZWRSb3c+KClcbiAgZm9yIChjb25zdCB1IG9mIFsuLi51cGRhdGVzXS5zb3J0KChhLCBiKSA9PiBTdHJpbmcoYS5kYXRlKS5sb2NhbGVDb21wYXJlKFN0cmluZyhiLmRhdGUpKSkpIGxhdGVzdC5zZXQodS5pbml0aWF0aXZlX2lkLCB1KVxuICBjb25zdCBwbGFuT2YgPSBuZXcgTWFwKGluaXRpYXRpdmVzLm1hcCgoaSkgPT4gW2kuaW5pdGlhdGl2ZV9pZCwgaS5wbGFuX2lkXSkpXG4gIGZvciAoY29uc3Qga2V5IG9mIFsnY2FycmllZF9vdXQnLCAnZ2l2ZW5fdXAnLCAnY2FuY2VsbGVkJ10gYXMgY29uc3QpIHtcbiAgICBjb25zdCBuYW1lZCA9IFsuLi5sYXRlc3QudmFsdWVzKCldLmZpbHRlcigodSkgPT4gdS5zdGF0dXMgPT09IGtleSAmJiBwbGFuT2YuZ2V0KHUuaW5pdGlhdGl2ZV9pZCkgPT09ICdocDIwMTcnKVxuICAgIGNvbnN0IGNvdW50ID0gY291bnRzW2tleV1cbiAgICBpZiAoY291bnQgJiYgbmFtZWQubGVuZ3RoID4gdmFsdWUoY291bnQpKSByZXBvcnQoY291bnQsICd2YWx1ZScsIGBleHBlY3RlZCBhdCBsZWFzdCBhcyBtYW55IGFzIHRoZSBpbml0aWF0aXZlcyBuYW1lZCB3aXRoIHN0YXR1cyAke2tleX0gKCR7bmFtZWQubGVuZ3RofSksIGZvdW5kIFwiJHt2YWx1ZShjb3VudCl9XCJgKVxuICB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrU3BsaXRzKGZ1bmRpbmc6IFR5cGVkUm93W10sIHJlcG9ydDogUmVwb3J0KTogdm9pZCB7XG4gIGNvbnN0IHRvdGFsID0gKHI6IFR5cGVkUm93KSA9PiB7XG4gICAgaWYgKHR5cGVvZiByLmFtb3VudCAhPT0gJ251bWJlcicpIHJldHVybiBOYU5cbiAgICByZXR1cm4gci5iYXNpcyA9PT0gJ3Blcl95ZWFyJyA/IHIuYW1vdW50ICogKE51bWJlcihyLmVuZF95ZWFyKSAtIE51bWJlcihyLnN0YXJ0X3llYXIpICsgMSkgOiByLmFtb3VudFxuICB9XG4gIGNvbnN0IGZpZWxkcyA9IFsnYW1vdW50JywgJ3VuaXQnLCAnYmFzaXMnLCAnc3RhcnRfeWVhcicsICdlbmRfeWVhcicsICd1bmV4cGxhaW5lZF9nYXAnXVxuICBmb3IgKGNvbnN0IHBhcmVudCBvZiBmdW5kaW5nKSB7XG4gICAgY29uc3QgcGFydHMgPSBmdW5kaW5nLmZpbHRlcigoZikgPT4gZi5wYXJlbnRfaWQgPT09IHBhcmVudC5mdW5kaW5nX2lkKVxuICAgIGlmIChpbnZhbGlkKHBhcmVudCwgLi4uZmllbGRzKSB8fCBwYXJ0cy5zb21lKChwKSA9PiBpbnZhbGlkKHAsIC4uLmZpZWxkcykpKSBjb250aW51ZVxuICAgIGNvbnN0IGdhcCA9IHR5cGVvZiBwYXJlbnQudW5leHBsYWluZWRfZ2FwID09PSAnbnVtYmVyJyA/IHBhcmVudC51bmV4cGxhaW5lZF9nYXAgOiBudWxsXG4gICAgaWYgKCFwYXJ0cy5sZW5ndGgpIHtcbiAgICAgIGlmIChnYXAgIT09IG51bGwpIHJlcG9ydChwYXJlbnQsICd1bmV4cGxhaW5lZF9nYXAnLCBgZXhwZWN0ZWQgYSBnYXAgb25seSBvbiBhIHRvdGFsIHRoYXQgaGFzIHBhcnRzLCBmb3VuZCBcIiR7Z2FwfVwiYClcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGZvciAoY29uc3QgcCBvZiBwYXJ0cykgaWYgKHAudW5pdCAhPT0gcGFyZW50LnVuaXQpIHJlcG9ydChwLCAndW5pdCcsIGBleHBlY3RlZCB0aGUgdW5pdCBvZiBpdHMgcGFyZW50ICR7cGFyZW50LmZ1bmRpbmdfaWR9ICgke3BhcmVudC51bml0fSksIGZvdW5kIFwiJHtwLnVuaXR9XCJgKVxuICAgIGNvbnN0IHN1bSA9IHBhcnRzLnJlZHVjZSgocywgcCkgPT4gcyArIHRvdGFsKHApLCAwKVxuICAgIGNvbnN0IGRpZmYgPSBNYXRoLnJvdW5kKCh0b3RhbChwYXJlbnQpIC0gc3VtKSAqIDFlNikgLyAxZTZcbiAgICBpZiAoTWF0aC5hYnMoZGlmZikgPCBFUFMgJiYgZ2FwID09PSBudWxsKSBjb250aW51ZVxuICAgIGlmIChnYXAgPT09IG51bGwpIHJlcG9ydChwYXJlbnQsICd1bmV4cGxhaW5lZF9nYXAnLCBgZXhwZWN0ZWQgdGhlIGdhcCBzdGF0ZWQgd2hlcmUgdGhlIHBhcnRzICgke2Zvcm1hdE51bWJlcihzdW0pfSkgZG8gbm90IGFkZCB1cCB0byB0aGUgdG90YWwgKCR7Zm9ybWF0TnVtYmVyKHRvdGFsKHBhcmVudCkpfSksIGZvdW5kIGFuIGVtcHR5IGNlbGxgKVxuICAgIGVsc2UgaWYgKE1hdGguYWJzKGdhcCAtIGRpZmYpID4gRVBTKSByZXBvcnQocGFyZW50LCAndW5leHBsYWluZWRfZ2FwJywgYGV4cGVjdGVkICR7ZGlmZn0gKHRoZSB0b3RhbCAke2Zvcm1hdE51bWJlcih0b3RhbChwYXJlbnQpKX0gbWludXMgdGhlIHBhcnRzICR7Zm9ybWF0TnVtYmVyKHN1bSl9KSwgZm91bmQgXCIke2dhcH1cImApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tUYXJnZXRzKGluZGljYXRvcnM6IFR5cGVkUm93W10sIHJlcG9ydDogUmVwb3J0KTogdm9pZCB7XG4gIGZvciAoY29uc3QgciBvZiBpbmRpY2F0b3JzKSB7XG4gICAgaWYgKGludmFsaWQociwgJ2tpbmQnLCAnY29tcGFyYXRvcicsICd0YXJnZXQnLCAndGFyZ2V0X3VuaXQnLCAndmFsdWUnLCAnbWV0JywgJ21ldF9iYXNpcycpKSBjb250aW51ZVxuICAgIGNvbnN0IGhhc1RhcmdldCA9IHIudGFyZ2V0ICE9PSBudWxsXG4gICAgaWYgKHIua2luZCA9PT0gJ3RhcmdldF9yZWFjaGVkJykge1xuICAgICAgaWYgKCFoYXNUYXJnZXQpIHJlcG9ydChyLCAndGFyZ2V0JywgJ2V4cGVjdGVkIGEgdGFyZ2V0IG9uIGEgdGFyZ2V0X3JlYWNoZWQgcm93LCBmb3VuZCBhbiBlbXB0eSBjZWxsJylcbiAgICAgIGlmIChyLmNvbXBhcmF0b3IgPT09IG51bGwpIHJlcG9ydChyLCAnY29tcGFyYXRvcicsICdleHBlY3RlZCBhIGNvbXBhcmF0b3Igb24gYSB0YXJnZXRfcmVhY2hlZCByb3csIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgICAgaWYgKHIubWV0ID09PSBudWxsKSByZXBvcnQociwgJ21ldCcsICdleHBlY3RlZCB3aGV0aGVyIHRoZSB0YXJnZXQgd2FzIG1ldCBvbiBhIHRhcmdldF9yZWFjaGVkIHJvdywgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgfSBlbHNlIGlmIChoYXNUYXJnZXQgfHwgci5tZXQgIT09IG51bGwpIHtcbiAgICAgIHJlcG9ydChyLCBoYXNUYXJnZXQgPyAndGFyZ2V0JyA6ICdtZXQnLCBgZXhwZWN0ZWQgYSB0YXJnZXQgYW5kIG1ldCBvbmx5IG9uIHRhcmdldF9yZWFjaGVkIHJvd3MsIGZvdW5kIHRoZW0gb24gYSAke3Iua2luZH0gcm93YClcbiAgICB9XG4gICAgaWYgKChyLm1ldCA9PT0gbnVsbCkgIT09IChyLm1ldF9iYXNpcyA9PT0gbnVsbCkpIHJlcG9ydChyLCAnbWV0X2Jhc2lzJywgJ2V4cGVjdGVkIG1ldCBhbmQgbWV0X2Jhc2lzIHRvZ2V0aGVyLCBmb3VuZCBvbmUgd2l0aG91dCB0aGUgb3RoZXInKVxuICAgIGlmIChyLm1ldF9iYXNpcyA9PT0gJ2NvbXB1dGVkJykge1xuICAgICAgaWYgKHR5cGVvZiByLnRhcmdldCAhPT0gJ251bWJlcicgfHwgdHlwZW9mIHIudmFsdWUgIT09ICdudW1iZXInIHx8IHIudGFyZ2V0X3VuaXQgIT09IG51bGwpIHtcbiAgICAgICAgcmVwb3J0KHIsICdtZXRfYmFzaXMnLCAnZXhwZWN0ZWQgYSB0YXJnZXQgYW5kIGEgdmFsdWUgaW4gdGhlIHNhbWUgdW5pdCB0byBjb21wdXRlIG1ldCBmcm9tLCBmb3VuZCBub25lJylcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICAgIGNvbnN0IG1ldCA9IHIuY29tcGFyYXRvciA9PT0gJz49JyA/IHIudmFsdWUgPj0gci50YXJnZXQgOiByLmNvbXBhcmF0b3IgPT09ICc8PScgPyByLnZhbHVlIDw9IHIudGFyZ2V0IDogci52YWx1ZSA9PT0gci50YXJnZXRcbiAgICAgIGNvbnN0IGV4cGVjdGVkID0gbWV0ID8gJ3llcycgOiAnbm8nXG4gICAgICBpZiAoci5tZXQgIT09IGV4cGVjdGVkKSByZXBvcnQociwgJ21ldCcsIGBleHBlY3RlZCBcIiR7ZXhwZWN0ZWR9XCIgKCR7ci52YWx1ZX0gJHtyLmNvbXBhcmF0b3J9ICR7ci50YXJnZXR9KSwgZm91bmQgXCIke3IubWV0fVwiYClcbiAgICB9XG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXRhYmxlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXRhYmxlLnRzXCI7aW1wb3J0IHR5cGUgeyBGaWVsZCwgUmVzb3VyY2UgfSBmcm9tICcuL3BhY2thZ2Utc2NoZW1hLnRzJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IENzdlRhYmxlIH0gZnJvbSAnLi9yZWFkLWNzdi50cydcblxuLyoqIEEgY2VsbCdzIHZhbHVlOiBudWxsIGZvciBhbiBlbXB0eSBjZWxsLCB1bmRlZmluZWQgZm9yIGFuIGludmFsaWQgb25lIChhbHJlYWR5IHJlcG9ydGVkKS4gKi9cbmV4cG9ydCB0eXBlIENlbGwgPSBzdHJpbmcgfCBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkXG5leHBvcnQgaW50ZXJmYWNlIFR5cGVkUm93IHtcbiAgLyoqIExpbmUgaW4gdGhlIENTViBmaWxlLCBmb3IgbWVzc2FnZXMgZnJvbSBsYXRlciBjaGVja3MuICovXG4gIF9saW5lOiBudW1iZXJcbiAgW2NvbHVtbjogc3RyaW5nXTogQ2VsbFxufVxuXG5jb25zdCBJTlRFR0VSID0gL14tPygwfFsxLTldWzAtOV0qKSQvXG4vLyBDYW5vbmljYWwgZGVjaW1hbHMgb25seTogcmVqZWN0cyBEYW5pc2ggXCIyLjAwMFwiIC8gXCIyLDhcIiBhbmQgcGFkZGVkIFwiNzMuNDBcIiBhbGlrZS5cbmNvbnN0IE5VTUJFUiA9IC9eLT8oMHxbMS05XVswLTldKikoXFwuWzAtOV0qWzEtOV0pPyQvXG5cbi8qKiBIdW1hbiB3b3JkcyBmb3IgdGhlIHNjaGVtYSdzIHBhdHRlcm5zLCBzbyBtZXNzYWdlcyBzYXkgd2hhdCBpcyBleHBlY3RlZC4gKi9cbmNvbnN0IFBBVFRFUk5fTkFNRVM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICdeW2EtejAtOV0rKC1bYS16MC05XSspKiQnOiAnYW4gaWQgb2YgbG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIHNpbmdsZSBoeXBoZW5zJyxcbiAgJ15bMC05XXs0fSgtKDBbMS05XXwxWzAtMl0pKC0oMFsxLTldfFsxMl1bMC05XXwzWzAxXSkpPyk/JCc6ICdhbiBJU08gZGF0ZSAoWVlZWS1NTS1ERCwgWVlZWS1NTSBvciBZWVlZKScsXG4gICdeaHR0cHM6Ly9bXlxcXFxzXSskJzogJ2FuIGh0dHBzOiBVUkwnLFxuICAnXlswLTldezR9JCc6ICdhIGZvdXItZGlnaXQgY29kZScsXG59XG5cbi8qKiBDaGVja3MgaGVhZGVyIGFuZCBjZWxscyBvZiBvbmUgdGFibGUgYWdhaW5zdCBpdHMgc2NoZW1hOyByZXR1cm5zIHRoZSByb3dzIHR5cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrVGFibGUodGFibGU6IENzdlRhYmxlLCByZXNvdXJjZTogUmVzb3VyY2UsIGZpbGU6IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IFR5cGVkUm93W10gfCBudWxsIHtcbiAgY29uc3QgYXQgPSAobGluZTogbnVtYmVyLCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZSwgbGluZSwgY29sdW1uLCBtZXNzYWdlIH0pXG4gIGNvbnN0IGZpZWxkcyA9IHJlc291cmNlLnNjaGVtYS5maWVsZHNcbiAgY29uc3QgYmVmb3JlID0gcHJvYmxlbXMubGVuZ3RoXG4gIGNoZWNrSGVhZGVyKHRhYmxlLmhlYWRlciwgZmllbGRzLm1hcCgoZikgPT4gZi5uYW1lKSwgKGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoMSwgY29sdW1uLCBtZXNzYWdlKSlcbiAgY29uc3QgaGVhZGVyT2sgPSBwcm9ibGVtcy5sZW5ndGggPT09IGJlZm9yZVxuICBjb25zdCBpbmRleCA9IG5ldyBNYXAodGFibGUuaGVhZGVyLm1hcCgoaCwgaSkgPT4gW2gsIGldKSlcbiAgY29uc3Qgcm93czogVHlwZWRSb3dbXSA9IFtdXG4gIGZvciAoY29uc3QgcmVjb3JkIG9mIHRhYmxlLnJlY29yZHMpIHtcbiAgICBpZiAocmVjb3JkLmNlbGxzLmxlbmd0aCAhPT0gdGFibGUuaGVhZGVyLmxlbmd0aCkge1xuICAgICAgLy8gQ2VsbHMgb2YgYSBzaG9ydCBvciBsb25nIHJlY29yZCBhcmUgbWlzYWxpZ25lZDsgY2hlY2tpbmcgdGhlbSB3b3VsZCBvbmx5IGFkZCBub2lzZS5cbiAgICAgIGNvbnN0IG4gPSByZWNvcmQuY2VsbHMubGVuZ3RoXG4gICAgICBjb25zdCBjb2x1bW4gPSBuIDwgdGFibGUuaGVhZGVyLmxlbmd0aCA/IHRhYmxlLmhlYWRlcltuXSEgOiAnLSdcbiAgICAgIGF0KHJlY29yZC5saW5lLCBjb2x1bW4sIGBleHBlY3RlZCAke3RhYmxlLmhlYWRlci5sZW5ndGh9IGNlbGxzLCBmb3VuZCAke259YClcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGNvbnN0IHJvdzogVHlwZWRSb3cgPSB7IF9saW5lOiByZWNvcmQubGluZSB9XG4gICAgZm9yIChjb25zdCBmaWVsZCBvZiBmaWVsZHMpIHtcbiAgICAgIGNvbnN0IGkgPSBpbmRleC5nZXQoZmllbGQubmFtZSlcbiAgICAgIGlmIChpID09PSB1bmRlZmluZWQpIGNvbnRpbnVlXG4gICAgICByb3dbZmllbGQubmFtZV0gPSBjaGVja0NlbGwocmVjb3JkLmNlbGxzW2ldID8/ICcnLCBmaWVsZCwgKG1lc3NhZ2UpID0+IGF0KHJlY29yZC5saW5lLCBmaWVsZC5uYW1lLCBtZXNzYWdlKSlcbiAgICB9XG4gICAgcm93cy5wdXNoKHJvdylcbiAgfVxuICAvLyBBIHRhYmxlIHdpdGggYSBicm9rZW4gaGVhZGVyIGlzIHJlcG9ydGVkIGFzIHN1Y2g7IGtleXMgYW5kIHJ1bGVzIGFjcm9zcyB0YWJsZXMgc2tpcCBpdC5cbiAgcmV0dXJuIGhlYWRlck9rID8gcm93cyA6IG51bGxcbn1cblxuZnVuY3Rpb24gY2hlY2tIZWFkZXIoZm91bmQ6IHN0cmluZ1tdLCBleHBlY3RlZDogc3RyaW5nW10sIHJlcG9ydDogKGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWQpOiB2b2lkIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpXG4gIGZvciAoY29uc3QgaCBvZiBmb3VuZCkge1xuICAgIGlmIChzZWVuLmhhcyhoKSkgcmVwb3J0KGgsIGBleHBlY3RlZCBlYWNoIGNvbHVtbiBvbmNlLCBmb3VuZCAke3Nob3duKGgpfSB0d2ljZWApXG4gICAgc2Vlbi5hZGQoaClcbiAgfVxuICBjb25zdCBtaXNzaW5nID0gZXhwZWN0ZWQuZmlsdGVyKChlKSA9PiAhZm91bmQuaW5jbHVkZXMoZSkpXG4gIGNvbnN0IGV4dHJhID0gZm91bmQuZmlsdGVyKChoKSA9PiAhZXhwZWN0ZWQuaW5jbHVkZXMoaCkpXG4gIGNvbnN0IHNhbWVTZXQgPSAhbWlzc2luZy5sZW5ndGggJiYgIWV4dHJhLmxlbmd0aFxuICAvLyBBIG1pc3NpbmcgYW5kIGFuIGV4dHJhIGNvbHVtbiBhdCB0aGUgc2FtZSBwb3NpdGlvbiByZWFkIGFzIGEgcmVuYW1lLlxuICBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWF4KGZvdW5kLmxlbmd0aCwgZXhwZWN0ZWQubGVuZ3RoKTsgaSsrKSB7XG4gICAgY29uc3QgZiA9IGZvdW5kW2ldXG4gICAgY29uc3QgZSA9IGV4cGVjdGVkW2ldXG4gICAgaWYgKGYgIT09IHVuZGVmaW5lZCAmJiBlICE9PSB1bmRlZmluZWQgJiYgbWlzc2luZy5pbmNsdWRlcyhlKSAmJiBleHRyYS5pbmNsdWRlcyhmKSkge1xuICAgICAgcmVwb3J0KGUsIGBleHBlY3RlZCBjb2x1bW4gJHtzaG93bihlKX0sIGZvdW5kICR7c2hvd24oZil9YClcbiAgICAgIG1pc3Npbmcuc3BsaWNlKG1pc3NpbmcuaW5kZXhPZihlKSwgMSlcbiAgICAgIGV4dHJhLnNwbGljZShleHRyYS5pbmRleE9mKGYpLCAxKVxuICAgIH1cbiAgfVxuICBmb3IgKGNvbnN0IG0gb2YgbWlzc2luZykgcmVwb3J0KG0sIGBleHBlY3RlZCBjb2x1bW4gJHtzaG93bihtKX0sIGZvdW5kIG5vIHN1Y2ggY29sdW1uYClcbiAgZm9yIChjb25zdCB4IG9mIGV4dHJhKSByZXBvcnQoeCwgYGV4cGVjdGVkIG9ubHkgdGhlIGNvbHVtbnMgb2YgZGF0YXBhY2thZ2UuanNvbiwgZm91bmQgYW4gZXh0cmEgY29sdW1uICR7c2hvd24oeCl9YClcbiAgaWYgKHNhbWVTZXQpIHtcbiAgICBjb25zdCBpID0gZm91bmQuZmluZEluZGV4KChoLCBrKSA9PiBoICE9PSBleHBlY3RlZFtrXSlcbiAgICBpZiAoaSA+PSAwKSByZXBvcnQoZm91bmRbaV0hLCBgZXhwZWN0ZWQgY29sdW1uICR7c2hvd24oZXhwZWN0ZWRbaV0hKX0gYXQgcG9zaXRpb24gJHtpICsgMX0sIGZvdW5kICR7c2hvd24oZm91bmRbaV0hKX0gKGNvbHVtbnMgb3V0IG9mIG9yZGVyKWApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tDZWxsKHJhdzogc3RyaW5nLCBmaWVsZDogRmllbGQsIHJlcG9ydDogKG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZCk6IENlbGwge1xuICBjb25zdCBjID0gZmllbGQuY29uc3RyYWludHMgPz8ge31cbiAgaWYgKHJhdy5pbmNsdWRlcygnXFx1RkZGRCcpKSByZXR1cm4gdW5kZWZpbmVkIC8vIGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtODogcmVwb3J0ZWQgYnkgcmVhZENzdlxuICBpZiAocmF3ID09PSAnJykge1xuICAgIGlmIChjLnJlcXVpcmVkKSByZXBvcnQoJ2V4cGVjdGVkIGEgdmFsdWUsIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgaWYgKHJhdyAhPT0gcmF3LnRyaW0oKSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgbm8gbGVhZGluZyBvciB0cmFpbGluZyBzcGFjZXMsIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoZmllbGQudHlwZSA9PT0gJ2ludGVnZXInIHx8IGZpZWxkLnR5cGUgPT09ICdudW1iZXInKSB7XG4gICAgY29uc3Qgb2sgPSAoZmllbGQudHlwZSA9PT0gJ2ludGVnZXInID8gSU5URUdFUiA6IE5VTUJFUikudGVzdChyYXcpXG4gICAgaWYgKCFvaykge1xuICAgICAgcmVwb3J0KGBleHBlY3RlZCAke2ZpZWxkLnR5cGUgPT09ICdpbnRlZ2VyJyA/ICdhbiBpbnRlZ2VyJyA6ICdhIG51bWJlcid9LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICAgIHJldHVybiB1bmRlZmluZWRcbiAgICB9XG4gICAgY29uc3QgbiA9IE51bWJlcihyYXcpXG4gICAgaWYgKGMubWluaW11bSAhPT0gdW5kZWZpbmVkICYmIG4gPCBjLm1pbmltdW0pIHJlcG9ydChgZXhwZWN0ZWQgYSBudW1iZXIgXHUyMjY1ICR7Yy5taW5pbXVtfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgZWxzZSBpZiAoYy5tYXhpbXVtICE9PSB1bmRlZmluZWQgJiYgbiA+IGMubWF4aW11bSkgcmVwb3J0KGBleHBlY3RlZCBhIG51bWJlciBcdTIyNjQgJHtjLm1heGltdW19LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICBlbHNlIHJldHVybiBuXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLmVudW0gJiYgIWMuZW51bS5pbmNsdWRlcyhyYXcpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBvbmUgb2YgJHtjLmVudW0uam9pbignLCAnKX0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoYy5wYXR0ZXJuICYmICFuZXcgUmVnRXhwKGMucGF0dGVybiwgJ3UnKS50ZXN0KHJhdykpIHtcbiAgICByZXBvcnQoYGV4cGVjdGVkICR7UEFUVEVSTl9OQU1FU1tjLnBhdHRlcm5dID8/IGB0ZXh0IG1hdGNoaW5nIC8ke2MucGF0dGVybn0vYH0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoYy5wYXR0ZXJuICYmIFBBVFRFUk5fTkFNRVNbYy5wYXR0ZXJuXT8uc3RhcnRzV2l0aCgnYW4gSVNPIGRhdGUnKSAmJiAhaXNDYWxlbmRhckRhdGUocmF3KSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgYSBkYXRlIHRoYXQgZXhpc3RzLCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgcmV0dXJuIHJhd1xufVxuXG5mdW5jdGlvbiBpc0NhbGVuZGFyRGF0ZShpc286IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCBbeSwgbSwgZF0gPSBpc28uc3BsaXQoJy0nKS5tYXAoTnVtYmVyKVxuICBpZiAoZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdHJ1ZVxuICBjb25zdCBkYXRlID0gbmV3IERhdGUoRGF0ZS5VVEMoeSEsIG0hIC0gMSwgZCkpXG4gIHJldHVybiBkYXRlLmdldFVUQ01vbnRoKCkgPT09IG0hIC0gMSAmJiBkYXRlLmdldFVUQ0RhdGUoKSA9PT0gZFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcGFja2FnZS1zY2hlbWEudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcGFja2FnZS1zY2hlbWEudHNcIjtpbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuXG4vKiogVGhlIHBhcnRzIG9mIGEgRnJpY3Rpb25sZXNzIFRhYmxlIFNjaGVtYSB0aGF0IHRoaXMgcHJvamVjdCB1c2VzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBGaWVsZENvbnN0cmFpbnRzIHtcbiAgcmVxdWlyZWQ/OiBib29sZWFuXG4gIHVuaXF1ZT86IGJvb2xlYW5cbiAgcGF0dGVybj86IHN0cmluZ1xuICBlbnVtPzogc3RyaW5nW11cbiAgbWluaW11bT86IG51bWJlclxuICBtYXhpbXVtPzogbnVtYmVyXG59XG5leHBvcnQgaW50ZXJmYWNlIEZpZWxkIHtcbiAgbmFtZTogc3RyaW5nXG4gIHR5cGU6ICdzdHJpbmcnIHwgJ2ludGVnZXInIHwgJ251bWJlcidcbiAgZm9ybWF0Pzogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgY29uc3RyYWludHM/OiBGaWVsZENvbnN0cmFpbnRzXG59XG5leHBvcnQgaW50ZXJmYWNlIEZvcmVpZ25LZXkge1xuICBmaWVsZHM6IHN0cmluZ1tdXG4gIC8qKiBgcmVzb3VyY2U6IFwiXCJgIHJlZmVycyB0byB0aGUgc2FtZSB0YWJsZSAoRnJpY3Rpb25sZXNzIGNvbnZlbnRpb24pLiAqL1xuICByZWZlcmVuY2U6IHsgcmVzb3VyY2U6IHN0cmluZzsgZmllbGRzOiBzdHJpbmdbXSB9XG59XG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlIHtcbiAgbmFtZTogc3RyaW5nXG4gIHBhdGg6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgLy8gRnJpY3Rpb25sZXNzIGFsbG93cyBubyBlbXB0eSBmb3JlaWduS2V5cyBsaXN0OiBhIHRhYmxlIHdpdGhvdXQgcmVmZXJlbmNlcyBsZWF2ZXMgaXQgb3V0LlxuICBzY2hlbWE6IHsgZmllbGRzOiBGaWVsZFtdOyBwcmltYXJ5S2V5OiBzdHJpbmdbXTsgZm9yZWlnbktleXM/OiBGb3JlaWduS2V5W107IG1pc3NpbmdWYWx1ZXM6IHN0cmluZ1tdIH1cbn1cbmV4cG9ydCBpbnRlcmZhY2UgRGF0YVBhY2thZ2Uge1xuICBuYW1lOiBzdHJpbmdcbiAgdGl0bGU6IHN0cmluZ1xuICBkZXNjcmlwdGlvbjogc3RyaW5nXG4gIHZlcnNpb246IHN0cmluZ1xuICBsaWNlbnNlczogeyBuYW1lOiBzdHJpbmc7IHBhdGg6IHN0cmluZzsgdGl0bGU6IHN0cmluZyB9W11cbiAgcmVzb3VyY2VzOiBSZXNvdXJjZVtdXG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWFkUGFja2FnZShwYXRoOiBzdHJpbmcpOiBEYXRhUGFja2FnZSB7XG4gIHJldHVybiBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhwYXRoLCAndXRmOCcpKSBhcyBEYXRhUGFja2FnZVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcmVhZC1jc3YudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcmVhZC1jc3YudHNcIjtpbXBvcnQgUGFwYSBmcm9tICdwYXBhcGFyc2UnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcblxuZXhwb3J0IGludGVyZmFjZSBDc3ZSZWNvcmQge1xuICAvKiogMS1iYXNlZCBsaW5lIHdoZXJlIHRoZSByZWNvcmQgc3RhcnRzLiAqL1xuICBsaW5lOiBudW1iZXJcbiAgY2VsbHM6IHN0cmluZ1tdXG59XG5leHBvcnQgaW50ZXJmYWNlIENzdlRhYmxlIHtcbiAgaGVhZGVyOiBzdHJpbmdbXVxuICByZWNvcmRzOiBDc3ZSZWNvcmRbXVxufVxuXG4vKipcbiAqIFJlYWRzIG9uZSBDU1YgZmlsZSdzIGJ5dGVzIGludG8gaGVhZGVyIGFuZCByZWNvcmRzLCByZXBvcnRpbmcgZXZlcnkgd2F5IHRoZSBieXRlcyBicmVhayB0aGVcbiAqIHByb2plY3QncyBDU1YgZGlhbGVjdCAoVVRGLTggd2l0aG91dCBCT00sIExGLCBjb21tYSwgUkZDIDQxODAgcXVvdGluZykuIFJlY29yZHMgY29tZSBiYWNrIGV2ZW5cbiAqIHdoZW4gdGhlcmUgYXJlIHByb2JsZW1zLCBzbyB0aGUgY2FsbGVyIGNhbiBnbyBvbiBhbmQgcmVwb3J0IGNlbGwgcHJvYmxlbXMgdG9vLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZENzdihieXRlczogVWludDhBcnJheSwgZmlsZTogc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogQ3N2VGFibGUgfCBudWxsIHtcbiAgY29uc3QgYXQgPSAobGluZTogbnVtYmVyLCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZSwgbGluZSwgY29sdW1uLCBtZXNzYWdlIH0pXG4gIGlmIChieXRlcy5sZW5ndGggPT09IDApIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBhIGhlYWRlciByb3csIGZvdW5kIGFuIGVtcHR5IGZpbGUnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgLy8gaWdub3JlQk9NIGtlZXBzIGEgQk9NIGluIHRoZSB0ZXh0LCBzbyB0aGF0IGl0IGNhbiBiZSByZXBvcnRlZCByYXRoZXIgdGhhbiBzaWxlbnRseSBkcm9wcGVkLlxuICBsZXQgdGV4dCA9IG5ldyBUZXh0RGVjb2RlcigndXRmLTgnLCB7IGZhdGFsOiBmYWxzZSwgaWdub3JlQk9NOiB0cnVlIH0pLmRlY29kZShieXRlcylcbiAgaWYgKHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgVVRGLTggd2l0aG91dCBhIGJ5dGUtb3JkZXIgbWFyaywgZm91bmQgYSBCT00nKVxuICAgIHRleHQgPSB0ZXh0LnNsaWNlKDEpXG4gIH1cbiAgY29uc3QgY3JsZiA9IHRleHQuaW5kZXhPZignXFxyJylcbiAgaWYgKGNybGYgPj0gMCkge1xuICAgIGF0KGxpbmVPZih0ZXh0LCBjcmxmKSwgJy0nLCAnZXhwZWN0ZWQgTEYgbGluZSBlbmRpbmdzLCBmb3VuZCBDUiAoQ1JMRiknKVxuICAgIHRleHQgPSB0ZXh0LnJlcGxhY2UoL1xcclxcbj8vZywgJ1xcbicpXG4gIH1cbiAgaWYgKHRleHQudHJpbSgpID09PSAnJykge1xuICAgIGF0KDEsICctJywgJ2V4cGVjdGVkIGEgaGVhZGVyIHJvdywgZm91bmQgYW4gZW1wdHkgZmlsZScpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBpZiAoIXNjYW5RdW90ZXModGV4dCwgKGxpbmUsIGZpZWxkLCBtZXNzYWdlKSA9PiBhdChsaW5lLCBgIyR7ZmllbGR9YCwgbWVzc2FnZSkpKSB7XG4gICAgLy8gU3RydWN0dXJlIGlzIGJyb2tlbjsgcGFwYXBhcnNlIHdvdWxkIGd1ZXNzLiBOYW1lIGNvbHVtbnMgd2hlcmUgdGhlIGhlYWRlciBhbGxvd3MuXG4gICAgcmVuYW1lRmllbGRSZWZzKHByb2JsZW1zLCB0ZXh0LCBmaWxlKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgY29uc3Qgcm93czogQ3N2UmVjb3JkW10gPSBbXVxuICBsZXQgc3RhcnQgPSAwXG4gIFBhcGEucGFyc2U8c3RyaW5nW10+KHRleHQsIHtcbiAgICBkZWxpbWl0ZXI6ICcsJyxcbiAgICBuZXdsaW5lOiAnXFxuJyxcbiAgICBxdW90ZUNoYXI6ICdcIicsXG4gICAgc2tpcEVtcHR5TGluZXM6IGZhbHNlLFxuICAgIHN0ZXA6IChyZXN1bHQpID0+IHtcbiAgICAgIGNvbnN0IGN1cnNvciA9IHJlc3VsdC5tZXRhLmN1cnNvclxuICAgICAgcm93cy5wdXNoKHsgbGluZTogbGluZU9mKHRleHQsIHN0YXJ0KSwgY2VsbHM6IHJlc3VsdC5kYXRhIH0pXG4gICAgICBzdGFydCA9IGN1cnNvciArIDFcbiAgICB9LFxuICB9KVxuICAvLyBBIGZpbmFsIG5ld2xpbmUgeWllbGRzIG9uZSBlbXB0eSByZWNvcmQ7IGJsYW5rIGxpbmVzIGVsc2V3aGVyZSBhcmUgcHJvYmxlbXMuXG4gIGlmIChyb3dzLmxlbmd0aCAmJiBpc0JsYW5rKHJvd3Nbcm93cy5sZW5ndGggLSAxXSEuY2VsbHMpKSByb3dzLnBvcCgpXG4gIGNvbnN0IFtoZWFkLCAuLi5yZWNvcmRzXSA9IHJvd3NcbiAgaWYgKCFoZWFkKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgYSBoZWFkZXIgcm93LCBmb3VuZCBhbiBlbXB0eSBmaWxlJylcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIGNvbnN0IGhlYWRlciA9IGhlYWQuY2VsbHNcbiAgZm9yIChjb25zdCByIG9mIHJlY29yZHMpIHtcbiAgICBpZiAoaXNCbGFuayhyLmNlbGxzKSkgYXQoci5saW5lLCAnLScsICdleHBlY3RlZCBhIHJlY29yZCwgZm91bmQgYW4gZW1wdHkgbGluZScpXG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCByLmNlbGxzLmxlbmd0aDsgaSsrKSB7XG4gICAgICBpZiAoci5jZWxsc1tpXSEuaW5jbHVkZXMoJ1xcdUZGRkQnKSkgYXQoci5saW5lLCBoZWFkZXJbaV0gPz8gYCMke2kgKyAxfWAsIGBleHBlY3RlZCBVVEYtOCB0ZXh0LCBmb3VuZCBieXRlcyB0aGF0IGFyZSBub3QgVVRGLTggaW4gJHtzaG93bihyLmNlbGxzW2ldISl9YClcbiAgICB9XG4gIH1cbiAgaGVhZGVyLmZvckVhY2goKGgsIGkpID0+IHtcbiAgICBpZiAoaC5pbmNsdWRlcygnXFx1RkZGRCcpKSBhdCgxLCBgIyR7aSArIDF9YCwgYGV4cGVjdGVkIFVURi04IHRleHQsIGZvdW5kIGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtOCBpbiAke3Nob3duKGgpfWApXG4gIH0pXG4gIHJldHVybiB7IGhlYWRlciwgcmVjb3JkczogcmVjb3Jkcy5maWx0ZXIoKHIpID0+ICFpc0JsYW5rKHIuY2VsbHMpKSB9XG59XG5cbmZ1bmN0aW9uIGlzQmxhbmsoY2VsbHM6IHN0cmluZ1tdKTogYm9vbGVhbiB7XG4gIHJldHVybiBjZWxscy5sZW5ndGggPT09IDEgJiYgY2VsbHNbMF0gPT09ICcnXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBsaW5lT2YodGV4dDogc3RyaW5nLCBpbmRleDogbnVtYmVyKTogbnVtYmVyIHtcbiAgbGV0IGxpbmUgPSAxXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgaW5kZXggJiYgaSA8IHRleHQubGVuZ3RoOyBpKyspIGlmICh0ZXh0LmNoYXJDb2RlQXQoaSkgPT09IDEwKSBsaW5lKytcbiAgcmV0dXJuIGxpbmVcbn1cblxuLyoqXG4gKiBXYWxrcyB0aGUgdGV4dCBhcyBSRkMgNDE4MCBhbmQgcmVwb3J0cyBxdW90ZXMgdGhhdCBicmVhayBpdDogYSBxdW90ZSBpbnNpZGUgYW4gdW5xdW90ZWRcbiAqIGZpZWxkLCB0ZXh0IGFmdGVyIGEgY2xvc2luZyBxdW90ZSwgYSBxdW90ZSBuZXZlciBjbG9zZWQuIFJldHVybnMgZmFsc2UgaWYgYW55IHdhcyBmb3VuZC5cbiAqL1xuZnVuY3Rpb24gc2NhblF1b3Rlcyh0ZXh0OiBzdHJpbmcsIHJlcG9ydDogKGxpbmU6IG51bWJlciwgZmllbGQ6IG51bWJlciwgbWVzc2FnZTogc3RyaW5nKSA9PiB2b2lkKTogYm9vbGVhbiB7XG4gIGxldCBvayA9IHRydWVcbiAgbGV0IGxpbmUgPSAxXG4gIGxldCBmaWVsZCA9IDFcbiAgbGV0IGkgPSAwXG4gIGxldCBmaWVsZFN0YXJ0ID0gdHJ1ZVxuICB3aGlsZSAoaSA8IHRleHQubGVuZ3RoKSB7XG4gICAgY29uc3QgYyA9IHRleHRbaV1cbiAgICBpZiAoZmllbGRTdGFydCAmJiBjID09PSAnXCInKSB7XG4gICAgICBjb25zdCBvcGVuTGluZSA9IGxpbmVcbiAgICAgIGkrK1xuICAgICAgbGV0IGNsb3NlZCA9IGZhbHNlXG4gICAgICB3aGlsZSAoaSA8IHRleHQubGVuZ3RoKSB7XG4gICAgICAgIGlmICh0ZXh0W2ldID09PSAnXCInKSB7XG4gICAgICAgICAgaWYgKHRleHRbaSArIDFdID09PSAnXCInKSB7IGkgKz0gMjsgY29udGludWUgfVxuICAgICAgICAgIGNsb3NlZCA9IHRydWVcbiAgICAgICAgICBpKytcbiAgICAgICAgICBicmVha1xuICAgICAgICB9XG4gICAgICAgIGlmICh0ZXh0W2ldID09PSAnXFxuJykgbGluZSsrXG4gICAgICAgIGkrK1xuICAgICAgfVxuICAgICAgaWYgKCFjbG9zZWQpIHtcbiAgICAgICAgcmVwb3J0KG9wZW5MaW5lLCBmaWVsZCwgJ2V4cGVjdGVkIGEgY2xvc2luZyBxdW90ZSBmb3IgdGhlIHF1b3RlZCBjZWxsLCBmb3VuZCB0aGUgZW5kIG9mIHRoZSBmaWxlJylcbiAgICAgICAgcmV0dXJuIGZhbHNlXG4gICAgICB9XG4gICAgICBjb25zdCBuZXh0ID0gdGV4dFtpXVxuICAgICAgaWYgKG5leHQgIT09IHVuZGVmaW5lZCAmJiBuZXh0ICE9PSAnLCcgJiYgbmV4dCAhPT0gJ1xcbicpIHtcbiAgICAgICAgcmVwb3J0KGxpbmUsIGZpZWxkLCBgZXhwZWN0ZWQgYSBjb21tYSBvciBsaW5lIGVuZCBhZnRlciB0aGUgY2xvc2luZyBxdW90ZSwgZm91bmQgJHtzaG93bihuZXh0KX0gKGEgc3RyYXkgcXVvdGUpYClcbiAgICAgICAgb2sgPSBmYWxzZVxuICAgICAgICB3aGlsZSAoaSA8IHRleHQubGVuZ3RoICYmIHRleHRbaV0gIT09ICcsJyAmJiB0ZXh0W2ldICE9PSAnXFxuJykgaSsrXG4gICAgICB9XG4gICAgICBmaWVsZFN0YXJ0ID0gZmFsc2VcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGlmIChjID09PSAnLCcpIHsgZmllbGQrKzsgZmllbGRTdGFydCA9IHRydWU7IGkrKzsgY29udGludWUgfVxuICAgIGlmIChjID09PSAnXFxuJykgeyBsaW5lKys7IGZpZWxkID0gMTsgZmllbGRTdGFydCA9IHRydWU7IGkrKzsgY29udGludWUgfVxuICAgIGlmIChjID09PSAnXCInKSB7XG4gICAgICByZXBvcnQobGluZSwgZmllbGQsICdleHBlY3RlZCBubyBxdW90ZSBpbnNpZGUgYW4gdW5xdW90ZWQgY2VsbCwgZm91bmQgYSBzdHJheSBxdW90ZSAocXVvdGUgdGhlIHdob2xlIGNlbGwgYW5kIGRvdWJsZSB0aGUgcXVvdGUpJylcbiAgICAgIG9rID0gZmFsc2VcbiAgICAgIHdoaWxlIChpICsgMSA8IHRleHQubGVuZ3RoICYmIHRleHRbaSArIDFdICE9PSAnLCcgJiYgdGV4dFtpICsgMV0gIT09ICdcXG4nKSBpKysgLy8gb25jZSBwZXIgY2VsbFxuICAgIH1cbiAgICBmaWVsZFN0YXJ0ID0gZmFsc2VcbiAgICBpKytcbiAgfVxuICByZXR1cm4gb2tcbn1cblxuLyoqIFR1cm5zIGAjM2AgY29sdW1uIHJlZmVyZW5jZXMgaW50byBoZWFkZXIgbmFtZXMgb25jZSB0aGUgaGVhZGVyIGlzIGtub3duLiAqL1xuZnVuY3Rpb24gcmVuYW1lRmllbGRSZWZzKHByb2JsZW1zOiBQcm9ibGVtW10sIHRleHQ6IHN0cmluZywgZmlsZTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGZpcnN0TGluZSA9IHRleHQuc2xpY2UoMCwgdGV4dC5pbmRleE9mKCdcXG4nKSA+Pj4gMClcbiAgY29uc3QgaGVhZGVyID0gZmlyc3RMaW5lLmluY2x1ZGVzKCdcIicpID8gW10gOiBmaXJzdExpbmUuc3BsaXQoJywnKVxuICBmb3IgKGNvbnN0IHAgb2YgcHJvYmxlbXMpIHtcbiAgICBpZiAocC5maWxlICE9PSBmaWxlIHx8ICFwLmNvbHVtbi5zdGFydHNXaXRoKCcjJykpIGNvbnRpbnVlXG4gICAgY29uc3QgbmFtZSA9IGhlYWRlcltOdW1iZXIocC5jb2x1bW4uc2xpY2UoMSkpIC0gMV1cbiAgICBpZiAobmFtZSkgcC5jb2x1bW4gPSBuYW1lXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL2hqYWVscC5kYXRhLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL2hqYWVscC5kYXRhLnRzXCI7aW1wb3J0IHsgaGphZWxwVmlldywgdHlwZSBIamFlbHBWaWV3IH0gZnJvbSAnLi4vLi4vc2NyaXB0cy9zaXRlL3ZpZXdzL2hqYWVscC50cydcbmltcG9ydCB7IHBhZ2VMb2FkZXIgfSBmcm9tICcuL3BhZ2UtbG9hZGVyLnRzJ1xuXG5kZWNsYXJlIGNvbnN0IGRhdGE6IEhqYWVscFZpZXdcbmV4cG9ydCB7IGRhdGEgfVxuZXhwb3J0IGRlZmF1bHQgcGFnZUxvYWRlcihoamFlbHBWaWV3KVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUNPLElBQU0sU0FBUztBQUFBLEVBQ3BCLFlBQVksQ0FBQyxPQUFlLGFBQWEsRUFBRTtBQUFBLEVBQzNDLGdCQUFnQixDQUFDLE9BQWUsY0FBYyxFQUFFO0FBQUEsRUFDaEQsTUFBTSxDQUFDLE9BQWUsUUFBUSxFQUFFO0FBQUEsRUFDaEMsY0FBYyxDQUFDLE9BQWUsT0FBTyxFQUFFO0FBQUEsRUFDdkMsTUFBTSxDQUFDLE9BQWUsUUFBUSxFQUFFO0FBQUEsRUFDaEMsT0FBTyxDQUFDLE9BQWUsY0FBYyxFQUFFO0FBQUEsRUFDdkMsUUFBUSxDQUFDLE9BQWUsU0FBUyxFQUFFO0FBQ3JDOzs7QUNUbVAsU0FBUyxvQkFBb0I7QUFDaFIsU0FBUyx3QkFBd0I7QUFNakMsSUFBTSxlQUFlLGFBQWEsRUFBRSxTQUFTLEtBQUssV0FBVyxLQUFLLFVBQVUsQ0FBQyxDQUFDLEdBQUcsVUFBVSxDQUFDLElBQUksTUFBTSxHQUFHLE9BQU8sU0FBSSxDQUFDO0FBQ3JILElBQU0sYUFBYSxpQkFBaUI7QUFBQSxFQUNsQyxVQUFVO0FBQUEsRUFDVixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixTQUFTLENBQUMsTUFBTSxJQUFJO0FBQUEsRUFDcEIsTUFBTSxDQUFDLGFBQVUsVUFBVSxXQUFXLFVBQVUsV0FBVyxVQUFVLFdBQVE7QUFBQSxFQUM3RSxXQUFXLENBQUMsVUFBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBSztBQUFBLEVBQzNELFFBQVEsQ0FBQyxVQUFVLFdBQVcsU0FBUyxTQUFTLE9BQU8sUUFBUSxRQUFRLFVBQVUsYUFBYSxXQUFXLFlBQVksVUFBVTtBQUFBLEVBQy9ILGFBQWEsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sS0FBSztBQUNsRyxDQUFDO0FBRUQsSUFBTSxRQUFRLGFBQWEsT0FBTyxPQUFPO0FBQ3pDLElBQU0sVUFBVSxhQUFhLE9BQU8sS0FBSztBQUN6QyxJQUFNLGVBQWUsV0FBVyxVQUFVLFlBQVk7QUFDdEQsSUFBTSxZQUFZLFdBQVcsVUFBVSxPQUFPO0FBR3ZDLFNBQVMsYUFBYSxHQUFtQjtBQUM5QyxTQUFPLE1BQU0sQ0FBQztBQUNoQjtBQWtCTyxTQUFTLFdBQVcsS0FBcUI7QUFDOUMsUUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFDM0MsTUFBSSxNQUFNLE9BQVcsUUFBTyxPQUFPLENBQUM7QUFDcEMsUUFBTSxPQUFPLElBQUksS0FBSyxLQUFLLElBQUksR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFDakQsU0FBTyxNQUFNLFNBQVksVUFBVSxJQUFJLElBQUksYUFBYSxJQUFJO0FBQzlEO0FBR08sSUFBTSxlQUF5QztBQUFBLEVBQ3BELEdBQUcsQ0FBQyxTQUFNLE1BQU0sTUFBTSxTQUFNLEtBQUs7QUFBQSxFQUFHLEdBQUcsQ0FBQyxJQUFJO0FBQUEsRUFBRyxHQUFHLENBQUMsS0FBSztBQUFBLEVBQUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxLQUFLO0FBQUEsRUFBRyxHQUFHLENBQUMsTUFBTTtBQUFBLEVBQUcsR0FBRyxDQUFDLEtBQUs7QUFBQSxFQUMxRyxHQUFHLENBQUMsTUFBTTtBQUFBLEVBQUcsR0FBRyxDQUFDLElBQUk7QUFBQSxFQUFHLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFBRyxJQUFJLENBQUMsUUFBUTtBQUFBLEVBQUcsSUFBSSxDQUFDLE1BQU07QUFDakU7OztBQ2pDTyxTQUFTLFlBQVksR0FBbUI7QUFDN0MsUUFBTSxPQUFPLEVBQUUsT0FBTyxXQUFXLEVBQUUsSUFBSSxJQUFJLEVBQUU7QUFDN0MsU0FBTyxDQUFDLEVBQUUsUUFBUSxJQUFJLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ25EO0FBUU8sU0FBUyxLQUFLLFFBQWdCLEtBQWtCLFFBQVEsSUFBSSxPQUFpQjtBQUNsRixRQUFNLElBQUksT0FBTyxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsY0FBYyxJQUFJLFNBQVM7QUFDbEUsTUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxJQUFJLFNBQVMsRUFBRTtBQUNwRCxTQUFPO0FBQUEsSUFDTCxVQUFVLEVBQUU7QUFBQSxJQUNaLE9BQU8sWUFBWSxDQUFDO0FBQUEsSUFDcEIsT0FBTyxFQUFFO0FBQUEsSUFDVCxNQUFNLEVBQUUsT0FBTyxXQUFXLEVBQUUsSUFBSSxJQUFJO0FBQUEsSUFDcEMsS0FBSyxFQUFFO0FBQUEsSUFDUCxTQUFTLElBQUk7QUFBQSxJQUNiO0FBQUEsSUFDQSxLQUFLLEVBQUUsUUFBUTtBQUFBLEVBQ2pCO0FBQ0Y7OztBQzFDTyxJQUFNLFFBQXNDO0FBQUEsRUFDakQsT0FBTztBQUFBLEVBQ1AsUUFBUTtBQUFBLEVBQ1IsU0FBUztBQUFBLEVBQ1QsV0FBVztBQUFBLEVBQ1gsaUJBQWlCO0FBQ25CO0FBQ08sSUFBTSxZQUFZLEVBQUUsZUFBZSwyQkFBMkIsVUFBVSx3QkFBd0I7QUF1QmhHLFNBQVMsV0FBVyxHQUFXO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLE9BQWUsRUFBRSxjQUFjLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxFQUFFLEdBQUcsUUFBUTtBQUNsRixRQUFNLFVBQVUsQ0FBQyxPQUF1QixLQUFNLEVBQUUsTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksRUFBRSxHQUFHLE9BQU8sT0FBUTtBQUNwRyxRQUFNLFVBQTRCO0FBQUEsSUFDaEMsR0FBRyxFQUFFLE9BQU8sSUFBSSxDQUFDLE9BQU87QUFBQSxNQUN0QixJQUFJLEVBQUU7QUFBQSxNQUNOLFFBQVEsT0FBTyxhQUFhLEVBQUUsUUFBUTtBQUFBLE1BQ3RDLE1BQU0sRUFBRTtBQUFBLE1BQ1IsUUFBUSxFQUFFO0FBQUEsTUFDVixVQUFVLEVBQUU7QUFBQSxNQUNaLE1BQU0sRUFBRTtBQUFBLE1BQ1IsV0FBVyxNQUFNLEVBQUUsSUFBSTtBQUFBLE1BQ3ZCLFdBQVcsQ0FBQyxHQUFJLEVBQUUsc0JBQXNCLFFBQVEsQ0FBQyxlQUF3QixJQUFJLENBQUMsR0FBSSxHQUFJLEVBQUUsaUJBQWlCLFFBQVEsQ0FBQyxVQUFtQixJQUFJLENBQUMsQ0FBRTtBQUFBLE1BQzVJLFdBQVc7QUFBQSxNQUNYLE9BQU8sRUFBRSxjQUFjLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxFQUFFLE1BQU0sR0FBRyxTQUFTO0FBQUEsTUFDcEUsS0FBSyxJQUFJLEVBQUUsTUFBTTtBQUFBLE1BQ2pCLEtBQUssUUFBUSxFQUFFLE9BQU87QUFBQSxNQUN0QixNQUFNLE9BQU8sUUFBUSxFQUFFLE9BQU8sQ0FBQztBQUFBLE1BQy9CLFVBQVUsS0FBSyxHQUFHLENBQUM7QUFBQSxJQUNyQixFQUFFO0FBQUE7QUFBQTtBQUFBLElBR0YsR0FBRyxFQUFFLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxZQUFZLEVBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxDQUFDLE9BQU87QUFBQSxNQUNuRixJQUFJLEVBQUU7QUFBQSxNQUNOLFFBQVEsT0FBTyxLQUFLLEVBQUUsT0FBTztBQUFBLE1BQzdCLE1BQU0sRUFBRTtBQUFBLE1BQ1IsUUFBUSxFQUFFO0FBQUEsTUFDVixVQUFVLEVBQUU7QUFBQSxNQUNaLE1BQU0sRUFBRTtBQUFBLE1BQ1IsV0FBVyxNQUFNLEVBQUUsSUFBSTtBQUFBLE1BQ3ZCLFdBQVcsQ0FBQyxlQUF3QjtBQUFBLE1BQ3BDLFdBQVcsRUFBRSxVQUFVO0FBQUEsTUFDdkIsT0FBTztBQUFBLE1BQ1AsS0FBSyxJQUFJLEVBQUUsTUFBTTtBQUFBLE1BQ2pCLEtBQUssRUFBRTtBQUFBLE1BQ1AsTUFBTSxPQUFPLEVBQUUsR0FBRztBQUFBLE1BQ2xCLFVBQVUsS0FBSyxHQUFHLENBQUM7QUFBQSxJQUNyQixFQUFFO0FBQUEsRUFDSjtBQUNBLFFBQU0sUUFBUSxPQUFPLEtBQUssS0FBSztBQUUvQixVQUFRLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxRQUFRLEVBQUUsSUFBSSxJQUFJLE1BQU0sUUFBUSxFQUFFLElBQUksS0FBSyxPQUFPLEVBQUUsS0FBSyxJQUFJLE9BQU8sRUFBRSxLQUFLLEtBQUssT0FBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLEVBQUUsU0FBUyxLQUFLLEVBQUUsS0FBSyxjQUFjLEVBQUUsTUFBTSxJQUFJLENBQUM7QUFDNUwsU0FBTyxFQUFFLE9BQU8sT0FBTyxXQUFXLFdBQVcsUUFBUTtBQUN2RDtBQUdBLFNBQVMsT0FBTyxLQUFtQztBQUNqRCxTQUFPLE1BQU0sSUFBSSxJQUFJLEdBQUcsRUFBRSxTQUFTLFFBQVEsVUFBVSxFQUFFLElBQUk7QUFDN0Q7OztBQ25GZ1EsU0FBUyxvQkFBb0I7OztBQ0ExQyxTQUFTLGNBQUFBLGFBQVksZ0JBQUFDLHFCQUFvQjtBQUM1UixTQUFTLFFBQUFDLE9BQU0sVUFBVSxlQUFlO0FBQ3hDLFNBQVMscUJBQXFCOzs7QUNVdkIsU0FBUyxjQUFjLEdBQW9CO0FBQ2hELFNBQU8sR0FBRyxFQUFFLElBQUksSUFBSSxFQUFFLElBQUksSUFBSSxFQUFFLE1BQU0sS0FBSyxFQUFFLE9BQU87QUFDdEQ7QUFHTyxJQUFNLFlBQU4sY0FBd0IsTUFBTTtBQUFBLEVBQ25DLFlBQXFCLFVBQXFCO0FBQ3hDLFVBQU0sR0FBRyxTQUFTLE1BQU0sV0FBVyxTQUFTLFdBQVcsSUFBSSxLQUFLLEdBQUc7QUFBQSxJQUFvQixTQUFTLElBQUksYUFBYSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBRDFHO0FBRW5CLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFDRjtBQUdPLFNBQVMsTUFBTSxPQUFlLE1BQU0sSUFBWTtBQUNyRCxRQUFNLElBQUksTUFBTSxTQUFTLE1BQU0sTUFBTSxNQUFNLEdBQUcsTUFBTSxDQUFDLElBQUksV0FBTTtBQUMvRCxTQUFPLEtBQUssVUFBVSxDQUFDO0FBQ3pCOzs7QUN4QkEsSUFBTSxRQUFRLENBQUMsS0FBZSxXQUFxQixPQUFPLElBQUksQ0FBQyxNQUFNLE9BQU8sSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDLEVBQUUsS0FBSyxJQUFRO0FBR2pHLFNBQVMsVUFBVSxXQUF1QixRQUFpQyxRQUFrQyxVQUEyQjtBQUM3SSxhQUFXLEtBQUssV0FBVztBQUN6QixVQUFNLE9BQU8sT0FBTyxJQUFJLEVBQUUsSUFBSTtBQUM5QixRQUFJLENBQUMsS0FBTTtBQUNYLFVBQU0sS0FBSyxFQUFFLE9BQU87QUFDcEIsVUFBTSxVQUFVLENBQUMsSUFBSSxHQUFHLEVBQUUsT0FBTyxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsYUFBYSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQ2pHLGVBQVcsVUFBVSxTQUFTO0FBQzVCLFlBQU0sUUFBUSxvQkFBSSxJQUFvQjtBQUN0QyxpQkFBVyxPQUFPLE1BQU07QUFDdEIsWUFBSSxPQUFPLEtBQUssQ0FBQyxNQUFNLElBQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxDQUFDLE1BQU0sTUFBUyxFQUFHO0FBQ2pFLGNBQU0sSUFBSSxNQUFNLEtBQUssTUFBTTtBQUMzQixjQUFNLE9BQU8sTUFBTSxJQUFJLENBQUM7QUFDeEIsWUFBSSxTQUFTLFFBQVc7QUFDdEIsZ0JBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxDQUFDO0FBQ3ZDLGdCQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUk7QUFDekQsbUJBQVMsS0FBSyxFQUFFLE1BQU0sT0FBTyxFQUFFLElBQUksR0FBRyxNQUFNLElBQUksT0FBTyxRQUFRLFNBQVMscUJBQXFCLE9BQU8sS0FBSyxLQUFLLENBQUMsV0FBVyxNQUFNLEtBQUssQ0FBQyx5QkFBeUIsSUFBSSxJQUFJLENBQUM7QUFBQSxRQUMxSyxNQUFPLE9BQU0sSUFBSSxHQUFHLElBQUksS0FBSztBQUFBLE1BQy9CO0FBQUEsSUFDRjtBQUNBLGVBQVcsTUFBTSxFQUFFLE9BQU8sZUFBZSxDQUFDLEdBQUc7QUFDM0MsWUFBTSxTQUFTLEdBQUcsVUFBVSxhQUFhLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVTtBQUNwRSxZQUFNLGFBQWEsT0FBTyxJQUFJLE1BQU07QUFDcEMsVUFBSSxDQUFDLFdBQVk7QUFDakIsWUFBTSxPQUFPLElBQUksSUFBSSxXQUFXLElBQUksQ0FBQyxNQUFNLE1BQU0sR0FBRyxHQUFHLFVBQVUsTUFBTSxDQUFDLENBQUM7QUFDekUsaUJBQVcsT0FBTyxNQUFNO0FBQ3RCLFlBQUksR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLElBQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxDQUFDLE1BQU0sTUFBUyxFQUFHO0FBQ3BFLFlBQUksQ0FBQyxLQUFLLElBQUksTUFBTSxLQUFLLEdBQUcsTUFBTSxDQUFDLEdBQUc7QUFDcEMsZ0JBQU0sUUFBUSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQzVELG1CQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sRUFBRSxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxHQUFHLE9BQU8sR0FBRyxPQUFPLFNBQVMsQ0FBQyxHQUFJLFNBQVMscUJBQXFCLE1BQU0sU0FBUyxHQUFHLFVBQVUsT0FBTyxLQUFLLEtBQUssQ0FBQyxZQUFZLE1BQU0sS0FBSyxDQUFDLEdBQUcsQ0FBQztBQUFBLFFBQzNNO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ3hDeVAsU0FBUyxZQUFZLG9CQUFvQjtBQUNsUyxTQUFTLFlBQVk7QUFHZCxTQUFTLFVBQVUsR0FBbUI7QUFDM0MsU0FBTyxFQUFFLFFBQVEsU0FBUyxHQUFHLEVBQUUsS0FBSztBQUN0QztBQUdPLElBQU0sY0FBTixNQUFrQjtBQUFBLEVBRXZCLFlBQXFCLEtBQWE7QUFBYjtBQUFBLEVBQWM7QUFBQSxFQUQzQixRQUFRLG9CQUFJLElBQTJCO0FBQUEsRUFHL0MsSUFBSSxZQUFxQjtBQUN2QixXQUFPLFdBQVcsS0FBSyxHQUFHO0FBQUEsRUFDNUI7QUFBQTtBQUFBLEVBR0EsS0FBSyxNQUE2QjtBQUNoQyxRQUFJLENBQUMsS0FBSyxNQUFNLElBQUksSUFBSSxHQUFHO0FBQ3pCLFlBQU0sT0FBTyxLQUFLLEtBQUssS0FBSyxJQUFJO0FBQ2hDLFdBQUssTUFBTSxJQUFJLE1BQU0sV0FBVyxJQUFJLElBQUksVUFBVSxhQUFhLE1BQU0sTUFBTSxDQUFDLElBQUksSUFBSTtBQUFBLElBQ3RGO0FBQ0EsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFBQSxFQUNqQztBQUFBO0FBQUEsRUFHQSxVQUFVLE1BQTZCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLElBQUksR0FBRyxRQUFRLFNBQVMsR0FBRyxLQUFLO0FBQUEsRUFDbkQ7QUFDRjs7O0FDdkJBLElBQU0saUJBQTJDO0FBQUEsRUFDL0MsWUFBWSxDQUFDLFNBQVMsVUFBVSxVQUFVO0FBQUEsRUFDMUMsU0FBUyxDQUFDLFFBQVE7QUFDcEI7QUFFQSxJQUFNLGNBQXNDLEVBQUUsT0FBTyxPQUFPLGVBQWUsT0FBTyxTQUFTLE1BQU07QUFFakcsSUFBTSxXQUFXLENBQUMsUUFBSyxJQUFJO0FBTXBCLFNBQVMsZ0JBQWdCLFFBQWlDLE9BQW9CLFFBQWtDLFVBQTJCO0FBQ2hKLFFBQU0sYUFBYSxJQUFJLEtBQUssT0FBTyxJQUFJLFNBQVMsS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDO0FBQy9HLGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxRQUFRO0FBQ2pDLGVBQVcsT0FBTyxNQUFNO0FBQ3RCLFlBQU0sS0FBSyxDQUFDLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sT0FBTyxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxRQUFRLENBQUM7QUFDdEgsWUFBTSxXQUFXLFNBQVMsWUFBWSxPQUFPLElBQUksU0FBUyxJQUFJLFdBQVcsSUFBSSxPQUFPLElBQUksU0FBUyxDQUFDO0FBQ2xHLFVBQUksQ0FBQyxTQUFVO0FBQ2YsWUFBTSxPQUFPLE1BQU0sS0FBSyxRQUFRO0FBQ2hDLFVBQUksU0FBUyxNQUFNO0FBQ2pCLFdBQUcsYUFBYSw0QkFBNEIsUUFBUSxPQUFPLE1BQU0sR0FBRyxzQkFBc0I7QUFDMUY7QUFBQSxNQUNGO0FBQ0EsVUFBSSxPQUFPLElBQUksVUFBVSxVQUFVO0FBQ2pDLGNBQU0sUUFBUSxVQUFVLElBQUksS0FBSztBQUNqQyxZQUFJLENBQUMsS0FBSyxTQUFTLEtBQUssRUFBRyxJQUFHLFNBQVMsa0NBQWtDLFFBQVEsV0FBVyxNQUFNLEtBQUssQ0FBQyxzQkFBc0I7QUFDOUgsbUJBQVcsVUFBVSxlQUFlLElBQUksS0FBSyxDQUFDLEdBQUc7QUFDL0MsZ0JBQU0sSUFBSSxJQUFJLE1BQU07QUFFcEIsZ0JBQU0sTUFBTSxXQUFXLFlBQVksT0FBTyxJQUFJLGlCQUFpQixXQUFXLFVBQVUsSUFBSSxZQUFZLElBQUk7QUFDeEcsZ0JBQU0sUUFBUSxRQUFRLFFBQVEsVUFBVTtBQUN4QyxjQUFJLE9BQU8sTUFBTSxTQUFVO0FBQzNCLGNBQUksV0FBVyxXQUFXLElBQUksb0JBQW9CLFdBQVc7QUFDM0Qsa0JBQU0sUUFBUSxVQUFVLEtBQUs7QUFDN0IsZ0JBQUksTUFBTSxXQUFXLEVBQUcsSUFBRyxRQUFRLGlEQUFpRCxNQUFNLE1BQU0sS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLFlBQVksYUFBYSxDQUFDLENBQUMsRUFBRTtBQUFBLFVBQ3JKLFdBQVcsQ0FBQyxlQUFlLEtBQUssQ0FBQyxFQUFHLElBQUcsUUFBUSx3Q0FBd0MsS0FBSyxXQUFXLGFBQWEsQ0FBQyxDQUFDLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLFFBQy9JO0FBQUEsTUFDRjtBQUNBLFVBQUksT0FBTyxJQUFJLGlCQUFpQixZQUFZLENBQUMsS0FBSyxTQUFTLFVBQVUsSUFBSSxZQUFZLENBQUMsR0FBRztBQUN2RixXQUFHLGdCQUFnQixrQ0FBa0MsUUFBUSxXQUFXLE1BQU0sVUFBVSxJQUFJLFlBQVksQ0FBQyxDQUFDLHNCQUFzQjtBQUFBLE1BQ2xJO0FBQ0EsWUFBTSxZQUFZLFlBQVksSUFBSTtBQUNsQyxZQUFNLE1BQU0sWUFBWSxJQUFJLFNBQVMsSUFBSTtBQUN6QyxVQUFJLE9BQU8sUUFBUSxVQUFVO0FBQzNCLGNBQU0sU0FBUyxTQUFTLFlBQVksQ0FBQyxVQUFVLGtCQUFrQixJQUFJLENBQUMsUUFBUTtBQUM5RSxZQUFJLENBQUMsT0FBTyxLQUFLLENBQUMsTUFBTSxNQUFNLFVBQVUsQ0FBQyxHQUFHLFNBQVMsR0FBRyxDQUFDLEVBQUcsSUFBRyxXQUFZLHVCQUF1QixPQUFPLEtBQUssTUFBTSxDQUFDLGlCQUFpQixNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQUEsTUFDcEo7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxlQUFlLE9BQWUsR0FBb0I7QUFDaEUsUUFBTSxRQUFRLG9CQUFJLElBQUksQ0FBQyxhQUFhLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRSxRQUFRLEtBQUssR0FBRyxDQUFDLENBQUM7QUFDL0UsTUFBSSxJQUFJLE1BQU0sSUFBSyxZQUFXLFFBQVEsU0FBVSxPQUFNLElBQUksR0FBRyxLQUFLLE1BQU0sQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFO0FBQ25GLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sVUFBVSxLQUFLLFFBQVEsdUJBQXVCLE1BQU07QUFDMUQsUUFBSSxJQUFJLE9BQU8sZUFBZSxPQUFPLHVCQUF1QixHQUFHLEVBQUUsS0FBSyxLQUFLLEVBQUcsUUFBTztBQUFBLEVBQ3ZGO0FBQ0EsUUFBTSxRQUFRLGFBQWEsQ0FBQyxLQUFLLENBQUM7QUFDbEMsU0FBTyxNQUFNLEtBQUssQ0FBQyxNQUFNLElBQUksT0FBTyxnQkFBZ0IsQ0FBQyxnQkFBZ0IsSUFBSSxFQUFFLEtBQUssS0FBSyxDQUFDO0FBQ3hGO0FBR08sU0FBUyxVQUFVLE9BQXlCO0FBQ2pELFNBQU8sTUFDSixRQUFRLFlBQVksRUFBRSxFQUN0QixNQUFNLHlCQUF5QixFQUMvQixJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLE9BQU87QUFDbkI7OztBQzFFTyxJQUFNLGlCQUFpQjtBQUFBLEVBQzVCLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLFVBQVU7QUFBQSxFQUNWLFdBQVc7QUFDYjtBQUVBLElBQU0sTUFBTTtBQUdaLElBQU0sVUFBVSxDQUFDLFFBQThCLFlBQXNCLENBQUMsQ0FBQyxPQUFPLFFBQVEsS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBUztBQUcvRyxTQUFTLFdBQVcsUUFBaUMsUUFBa0MsVUFBMkI7QUFDdkgsUUFBTSxPQUFPLENBQUMsU0FBaUIsT0FBTyxJQUFJLElBQUksS0FBSyxDQUFDO0FBQ3BELFFBQU0sS0FBSyxDQUFDLE1BQWMsS0FBZSxRQUFnQixZQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsUUFBUSxDQUFDO0FBRW5KLGFBQVcsUUFBUSxDQUFDLFNBQVMsU0FBUyxHQUFHO0FBQ3ZDLGVBQVcsS0FBSyxLQUFLLElBQUksR0FBRztBQUMxQixVQUFJLE9BQU8sRUFBRSxlQUFlLFlBQVksT0FBTyxFQUFFLGFBQWEsWUFBWSxFQUFFLFdBQVcsRUFBRSxZQUFZO0FBQ25HLFdBQUcsTUFBTSxHQUFHLFlBQVksc0NBQWlDLEVBQUUsVUFBVSxhQUFhLEVBQUUsUUFBUSxHQUFHO0FBQUEsTUFDakc7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUVBLFFBQU0sV0FBVyxJQUFJLElBQUksS0FBSyxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQztBQUN6RSxhQUFXLEtBQUssS0FBSyxhQUFhLEdBQUc7QUFDbkMsVUFBTSxPQUFPLEVBQUUsWUFBWSxPQUFPLFNBQVksU0FBUyxJQUFJLEVBQUUsT0FBTztBQUNwRSxRQUFJLFNBQVMsVUFBYSxTQUFTLEVBQUUsUUFBUyxJQUFHLGVBQWUsR0FBRyxXQUFXLDRCQUE0QixFQUFFLE9BQU8sWUFBWSxFQUFFLE9BQU8sYUFBYSxJQUFJLEVBQUU7QUFBQSxFQUM3SjtBQUVBLHFCQUFtQixLQUFLLFlBQVksR0FBRyxLQUFLLGFBQWEsR0FBRyxLQUFLLGdCQUFnQixHQUFHLENBQUMsS0FBSyxRQUFRLFlBQVksR0FBRyxjQUFjLEtBQUssUUFBUSxPQUFPLENBQUM7QUFDcEosY0FBWSxLQUFLLFNBQVMsR0FBRyxDQUFDLEtBQUssUUFBUSxZQUFZLEdBQUcsV0FBVyxLQUFLLFFBQVEsT0FBTyxDQUFDO0FBQzFGLGVBQWEsS0FBSyxZQUFZLEdBQUcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxHQUFHLGNBQWMsS0FBSyxRQUFRLE9BQU8sQ0FBQztBQUNuRztBQUlBLFNBQVMsbUJBQW1CLFlBQXdCLGFBQXlCLFNBQXFCLFFBQXNCO0FBQ3RILFFBQU0sT0FBTyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsY0FBYyxDQUFDLENBQUMsQ0FBQztBQUMvRCxRQUFNLFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxjQUFjLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxFQUFFLE1BQU0sQ0FBQyxHQUFHLEtBQUssSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQ3BHLE1BQUksQ0FBQyxPQUFPLFNBQVU7QUFDdEIsTUFBSSxPQUFPLE9BQU8sTUFBTSxFQUFFLEtBQUssQ0FBQyxNQUFNLFFBQVEsR0FBRyxPQUFPLENBQUMsRUFBRztBQUM1RCxRQUFNLFFBQVEsQ0FBQyxNQUE2QixPQUFPLEdBQUcsVUFBVSxXQUFXLEVBQUUsUUFBUTtBQUNyRixRQUFNLFFBQVEsQ0FBQyxPQUFPLGFBQWEsT0FBTyxVQUFVLE9BQU8sU0FBUztBQUNwRSxRQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksTUFBTSxDQUFDLEdBQUcsQ0FBQztBQUNsRCxNQUFJLE1BQU0sS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUc7QUFDekIsVUFBTSxVQUFVLE9BQU8sUUFBUSxjQUFjLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUF3QixDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRSxFQUFFLE1BQU0sRUFBRTtBQUNwSCxXQUFPLE9BQU8sVUFBVSxnQkFBZ0IsK0JBQStCLFFBQVEsS0FBSyxJQUFJLENBQUMsd0JBQXdCO0FBQUEsRUFDbkgsV0FBVyxLQUFLLElBQUksTUFBTSxNQUFNLE9BQU8sUUFBUSxDQUFDLElBQUksS0FBSztBQUN2RCxXQUFPLE9BQU8sVUFBVSxTQUFTLGtGQUFrRixNQUFNLElBQUksS0FBSyxFQUFFLEtBQUssS0FBSyxDQUFDLE1BQU0sR0FBRyxhQUFhLE1BQU0sT0FBTyxRQUFRLENBQUMsR0FBRztBQUFBLEVBQ2hNO0FBRUEsUUFBTSxTQUFTLG9CQUFJLElBQXVCO0FBQzFDLGFBQVcsS0FBSyxDQUFDLEdBQUcsT0FBTyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLElBQUksRUFBRSxjQUFjLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQyxFQUFHLFFBQU8sSUFBSSxFQUFFLGVBQWUsQ0FBQztBQUN4SCxRQUFNLFNBQVMsSUFBSSxJQUFJLFlBQVksSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLGVBQWUsRUFBRSxPQUFPLENBQUMsQ0FBQztBQUMzRSxhQUFXLE9BQU8sQ0FBQyxlQUFlLFlBQVksV0FBVyxHQUFZO0FBQ25FLFVBQU0sUUFBUSxDQUFDLEdBQUcsT0FBTyxPQUFPLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsT0FBTyxPQUFPLElBQUksRUFBRSxhQUFhLE1BQU0sUUFBUTtBQUM3RyxVQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFFBQUksU0FBUyxNQUFNLFNBQVMsTUFBTSxLQUFLLEVBQUcsUUFBTyxPQUFPLFNBQVMsa0VBQWtFLEdBQUcsS0FBSyxNQUFNLE1BQU0sYUFBYSxNQUFNLEtBQUssQ0FBQyxHQUFHO0FBQUEsRUFDckw7QUFDRjtBQUVBLFNBQVMsWUFBWSxTQUFxQixRQUFzQjtBQUM5RCxRQUFNLFFBQVEsQ0FBQyxNQUFnQjtBQUM3QixRQUFJLE9BQU8sRUFBRSxXQUFXLFNBQVUsUUFBTztBQUN6QyxXQUFPLEVBQUUsVUFBVSxhQUFhLEVBQUUsVUFBVSxPQUFPLEVBQUUsUUFBUSxJQUFJLE9BQU8sRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFO0FBQUEsRUFDakc7QUFDQSxRQUFNLFNBQVMsQ0FBQyxVQUFVLFFBQVEsU0FBUyxjQUFjLFlBQVksaUJBQWlCO0FBQ3RGLGFBQVcsVUFBVSxTQUFTO0FBQzVCLFVBQU0sUUFBUSxRQUFRLE9BQU8sQ0FBQyxNQUFNLEVBQUUsY0FBYyxPQUFPLFVBQVU7QUFDckUsUUFBSSxRQUFRLFFBQVEsR0FBRyxNQUFNLEtBQUssTUFBTSxLQUFLLENBQUMsTUFBTSxRQUFRLEdBQUcsR0FBRyxNQUFNLENBQUMsRUFBRztBQUM1RSxVQUFNLE1BQU0sT0FBTyxPQUFPLG9CQUFvQixXQUFXLE9BQU8sa0JBQWtCO0FBQ2xGLFFBQUksQ0FBQyxNQUFNLFFBQVE7QUFDakIsVUFBSSxRQUFRLEtBQU0sUUFBTyxRQUFRLG1CQUFtQix5REFBeUQsR0FBRyxHQUFHO0FBQ25IO0FBQUEsSUFDRjtBQUNBLGVBQVcsS0FBSyxNQUFPLEtBQUksRUFBRSxTQUFTLE9BQU8sS0FBTSxRQUFPLEdBQUcsUUFBUSxtQ0FBbUMsT0FBTyxVQUFVLEtBQUssT0FBTyxJQUFJLGFBQWEsRUFBRSxJQUFJLEdBQUc7QUFDL0osVUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLE1BQU0sQ0FBQyxHQUFHLENBQUM7QUFDbEQsVUFBTSxPQUFPLEtBQUssT0FBTyxNQUFNLE1BQU0sSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUN2RCxRQUFJLEtBQUssSUFBSSxJQUFJLElBQUksT0FBTyxRQUFRLEtBQU07QUFDMUMsUUFBSSxRQUFRLEtBQU0sUUFBTyxRQUFRLG1CQUFtQiw0Q0FBNEMsYUFBYSxHQUFHLENBQUMsaUNBQWlDLGFBQWEsTUFBTSxNQUFNLENBQUMsQ0FBQyx3QkFBd0I7QUFBQSxhQUM1TCxLQUFLLElBQUksTUFBTSxJQUFJLElBQUksSUFBSyxRQUFPLFFBQVEsbUJBQW1CLFlBQVksSUFBSSxlQUFlLGFBQWEsTUFBTSxNQUFNLENBQUMsQ0FBQyxvQkFBb0IsYUFBYSxHQUFHLENBQUMsYUFBYSxHQUFHLEdBQUc7QUFBQSxFQUMzTDtBQUNGO0FBRUEsU0FBUyxhQUFhLFlBQXdCLFFBQXNCO0FBQ2xFLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFFBQUksUUFBUSxHQUFHLFFBQVEsY0FBYyxVQUFVLGVBQWUsU0FBUyxPQUFPLFdBQVcsRUFBRztBQUM1RixVQUFNLFlBQVksRUFBRSxXQUFXO0FBQy9CLFFBQUksRUFBRSxTQUFTLGtCQUFrQjtBQUMvQixVQUFJLENBQUMsVUFBVyxRQUFPLEdBQUcsVUFBVSxnRUFBZ0U7QUFDcEcsVUFBSSxFQUFFLGVBQWUsS0FBTSxRQUFPLEdBQUcsY0FBYyxvRUFBb0U7QUFDdkgsVUFBSSxFQUFFLFFBQVEsS0FBTSxRQUFPLEdBQUcsT0FBTyxrRkFBa0Y7QUFBQSxJQUN6SCxXQUFXLGFBQWEsRUFBRSxRQUFRLE1BQU07QUFDdEMsYUFBTyxHQUFHLFlBQVksV0FBVyxPQUFPLDBFQUEwRSxFQUFFLElBQUksTUFBTTtBQUFBLElBQ2hJO0FBQ0EsUUFBSyxFQUFFLFFBQVEsVUFBVyxFQUFFLGNBQWMsTUFBTyxRQUFPLEdBQUcsYUFBYSxrRUFBa0U7QUFDMUksUUFBSSxFQUFFLGNBQWMsWUFBWTtBQUM5QixVQUFJLE9BQU8sRUFBRSxXQUFXLFlBQVksT0FBTyxFQUFFLFVBQVUsWUFBWSxFQUFFLGdCQUFnQixNQUFNO0FBQ3pGLGVBQU8sR0FBRyxhQUFhLGdGQUFnRjtBQUN2RztBQUFBLE1BQ0Y7QUFDQSxZQUFNLE1BQU0sRUFBRSxlQUFlLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLGVBQWUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsVUFBVSxFQUFFO0FBQ3RILFlBQU0sV0FBVyxNQUFNLFFBQVE7QUFDL0IsVUFBSSxFQUFFLFFBQVEsU0FBVSxRQUFPLEdBQUcsT0FBTyxhQUFhLFFBQVEsTUFBTSxFQUFFLEtBQUssSUFBSSxFQUFFLFVBQVUsSUFBSSxFQUFFLE1BQU0sYUFBYSxFQUFFLEdBQUcsR0FBRztBQUFBLElBQzlIO0FBQUEsRUFDRjtBQUNGOzs7QUNyR0EsSUFBTSxVQUFVO0FBRWhCLElBQU0sU0FBUztBQUdmLElBQU0sZ0JBQXdDO0FBQUEsRUFDNUMsNEJBQTRCO0FBQUEsRUFDNUIsNkRBQTZEO0FBQUEsRUFDN0QscUJBQXFCO0FBQUEsRUFDckIsY0FBYztBQUNoQjtBQUdPLFNBQVMsV0FBVyxPQUFpQixVQUFvQixNQUFjLFVBQXdDO0FBQ3BILFFBQU0sS0FBSyxDQUFDLE1BQWMsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLFFBQVEsUUFBUSxDQUFDO0FBQzNHLFFBQU0sU0FBUyxTQUFTLE9BQU87QUFDL0IsUUFBTSxTQUFTLFNBQVM7QUFDeEIsY0FBWSxNQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLFFBQVEsWUFBWSxHQUFHLEdBQUcsUUFBUSxPQUFPLENBQUM7QUFDaEcsUUFBTSxXQUFXLFNBQVMsV0FBVztBQUNyQyxRQUFNLFFBQVEsSUFBSSxJQUFJLE1BQU0sT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUN4RCxRQUFNLE9BQW1CLENBQUM7QUFDMUIsYUFBVyxVQUFVLE1BQU0sU0FBUztBQUNsQyxRQUFJLE9BQU8sTUFBTSxXQUFXLE1BQU0sT0FBTyxRQUFRO0FBRS9DLFlBQU0sSUFBSSxPQUFPLE1BQU07QUFDdkIsWUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLFNBQVMsTUFBTSxPQUFPLENBQUMsSUFBSztBQUM1RCxTQUFHLE9BQU8sTUFBTSxRQUFRLFlBQVksTUFBTSxPQUFPLE1BQU0saUJBQWlCLENBQUMsRUFBRTtBQUMzRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQWdCLEVBQUUsT0FBTyxPQUFPLEtBQUs7QUFDM0MsZUFBVyxTQUFTLFFBQVE7QUFDMUIsWUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDOUIsVUFBSSxNQUFNLE9BQVc7QUFDckIsVUFBSSxNQUFNLElBQUksSUFBSSxVQUFVLE9BQU8sTUFBTSxDQUFDLEtBQUssSUFBSSxPQUFPLENBQUMsWUFBWSxHQUFHLE9BQU8sTUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDO0FBQUEsSUFDN0c7QUFDQSxTQUFLLEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFFQSxTQUFPLFdBQVcsT0FBTztBQUMzQjtBQUVBLFNBQVMsWUFBWSxPQUFpQixVQUFvQixRQUF5RDtBQUNqSCxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLEtBQUssSUFBSSxDQUFDLEVBQUcsUUFBTyxHQUFHLG9DQUFvQyxNQUFNLENBQUMsQ0FBQyxRQUFRO0FBQy9FLFNBQUssSUFBSSxDQUFDO0FBQUEsRUFDWjtBQUNBLFFBQU0sVUFBVSxTQUFTLE9BQU8sQ0FBQyxNQUFNLENBQUMsTUFBTSxTQUFTLENBQUMsQ0FBQztBQUN6RCxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLFNBQVMsU0FBUyxDQUFDLENBQUM7QUFDdkQsUUFBTSxVQUFVLENBQUMsUUFBUSxVQUFVLENBQUMsTUFBTTtBQUUxQyxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxNQUFNLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSztBQUNoRSxVQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFVBQU0sSUFBSSxTQUFTLENBQUM7QUFDcEIsUUFBSSxNQUFNLFVBQWEsTUFBTSxVQUFhLFFBQVEsU0FBUyxDQUFDLEtBQUssTUFBTSxTQUFTLENBQUMsR0FBRztBQUNsRixhQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLFdBQVcsTUFBTSxDQUFDLENBQUMsRUFBRTtBQUMxRCxjQUFRLE9BQU8sUUFBUSxRQUFRLENBQUMsR0FBRyxDQUFDO0FBQ3BDLFlBQU0sT0FBTyxNQUFNLFFBQVEsQ0FBQyxHQUFHLENBQUM7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssUUFBUyxRQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLHdCQUF3QjtBQUN0RixhQUFXLEtBQUssTUFBTyxRQUFPLEdBQUcsd0VBQXdFLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDbkgsTUFBSSxTQUFTO0FBQ1gsVUFBTSxJQUFJLE1BQU0sVUFBVSxDQUFDLEdBQUcsTUFBTSxNQUFNLFNBQVMsQ0FBQyxDQUFDO0FBQ3JELFFBQUksS0FBSyxFQUFHLFFBQU8sTUFBTSxDQUFDLEdBQUksbUJBQW1CLE1BQU0sU0FBUyxDQUFDLENBQUUsQ0FBQyxnQkFBZ0IsSUFBSSxDQUFDLFdBQVcsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLHlCQUF5QjtBQUFBLEVBQy9JO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsS0FBYSxPQUFjLFFBQXlDO0FBQ3JGLFFBQU0sSUFBSSxNQUFNLGVBQWUsQ0FBQztBQUNoQyxNQUFJLElBQUksU0FBUyxRQUFRLEVBQUcsUUFBTztBQUNuQyxNQUFJLFFBQVEsSUFBSTtBQUNkLFFBQUksRUFBRSxTQUFVLFFBQU8sdUNBQXVDO0FBQzlELFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQ3RCLFdBQU8saURBQWlELE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDcEUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE1BQU0sU0FBUyxhQUFhLE1BQU0sU0FBUyxVQUFVO0FBQ3ZELFVBQU0sTUFBTSxNQUFNLFNBQVMsWUFBWSxVQUFVLFFBQVEsS0FBSyxHQUFHO0FBQ2pFLFFBQUksQ0FBQyxJQUFJO0FBQ1AsYUFBTyxZQUFZLE1BQU0sU0FBUyxZQUFZLGVBQWUsVUFBVSxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDOUYsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLElBQUksT0FBTyxHQUFHO0FBQ3BCLFFBQUksRUFBRSxZQUFZLFVBQWEsSUFBSSxFQUFFLFFBQVMsUUFBTyw0QkFBdUIsRUFBRSxPQUFPLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLGFBQ25HLEVBQUUsWUFBWSxVQUFhLElBQUksRUFBRSxRQUFTLFFBQU8sNEJBQXVCLEVBQUUsT0FBTyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUM1RyxRQUFPO0FBQ1osV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEVBQUUsUUFBUSxDQUFDLEVBQUUsS0FBSyxTQUFTLEdBQUcsR0FBRztBQUNuQyxXQUFPLG1CQUFtQixFQUFFLEtBQUssS0FBSyxJQUFJLENBQUMsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ2xFLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsQ0FBQyxJQUFJLE9BQU8sRUFBRSxTQUFTLEdBQUcsRUFBRSxLQUFLLEdBQUcsR0FBRztBQUN0RCxXQUFPLFlBQVksY0FBYyxFQUFFLE9BQU8sS0FBSyxrQkFBa0IsRUFBRSxPQUFPLEdBQUcsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ3BHLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsY0FBYyxFQUFFLE9BQU8sR0FBRyxXQUFXLGFBQWEsS0FBSyxDQUFDLGVBQWUsR0FBRyxHQUFHO0FBQzVGLFdBQU8sc0NBQXNDLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDekQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGVBQWUsS0FBc0I7QUFDNUMsUUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFDM0MsTUFBSSxNQUFNLE9BQVcsUUFBTztBQUM1QixRQUFNLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFJLElBQUssR0FBRyxDQUFDLENBQUM7QUFDN0MsU0FBTyxLQUFLLFlBQVksTUFBTSxJQUFLLEtBQUssS0FBSyxXQUFXLE1BQU07QUFDaEU7OztBQzNINlAsU0FBUyxnQkFBQUMscUJBQW9CO0FBd0NuUixTQUFTLFlBQVksTUFBMkI7QUFDckQsU0FBTyxLQUFLLE1BQU1DLGNBQWEsTUFBTSxNQUFNLENBQUM7QUFDOUM7OztBQzFDaVAsT0FBTyxVQUFVO0FBa0IzUCxTQUFTLFFBQVEsT0FBbUIsTUFBYyxVQUFzQztBQUM3RixRQUFNLEtBQUssQ0FBQyxNQUFjLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxRQUFRLFFBQVEsQ0FBQztBQUMzRyxNQUFJLE1BQU0sV0FBVyxHQUFHO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUVBLE1BQUksT0FBTyxJQUFJLFlBQVksU0FBUyxFQUFFLE9BQU8sT0FBTyxXQUFXLEtBQUssQ0FBQyxFQUFFLE9BQU8sS0FBSztBQUNuRixNQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sT0FBUTtBQUNqQyxPQUFHLEdBQUcsS0FBSyx1REFBdUQ7QUFDbEUsV0FBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ3JCO0FBQ0EsUUFBTSxPQUFPLEtBQUssUUFBUSxJQUFJO0FBQzlCLE1BQUksUUFBUSxHQUFHO0FBQ2IsT0FBRyxPQUFPLE1BQU0sSUFBSSxHQUFHLEtBQUssMkNBQTJDO0FBQ3ZFLFdBQU8sS0FBSyxRQUFRLFVBQVUsSUFBSTtBQUFBLEVBQ3BDO0FBQ0EsTUFBSSxLQUFLLEtBQUssTUFBTSxJQUFJO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxXQUFXLE1BQU0sQ0FBQyxNQUFNLE9BQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFFL0Usb0JBQWdCLFVBQVUsTUFBTSxJQUFJO0FBQ3BDLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxPQUFvQixDQUFDO0FBQzNCLE1BQUksUUFBUTtBQUNaLE9BQUssTUFBZ0IsTUFBTTtBQUFBLElBQ3pCLFdBQVc7QUFBQSxJQUNYLFNBQVM7QUFBQSxJQUNULFdBQVc7QUFBQSxJQUNYLGdCQUFnQjtBQUFBLElBQ2hCLE1BQU0sQ0FBQyxXQUFXO0FBQ2hCLFlBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsV0FBSyxLQUFLLEVBQUUsTUFBTSxPQUFPLE1BQU0sS0FBSyxHQUFHLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDM0QsY0FBUSxTQUFTO0FBQUEsSUFDbkI7QUFBQSxFQUNGLENBQUM7QUFFRCxNQUFJLEtBQUssVUFBVSxRQUFRLEtBQUssS0FBSyxTQUFTLENBQUMsRUFBRyxLQUFLLEVBQUcsTUFBSyxJQUFJO0FBQ25FLFFBQU0sQ0FBQyxNQUFNLEdBQUcsT0FBTyxJQUFJO0FBQzNCLE1BQUksQ0FBQyxNQUFNO0FBQ1QsT0FBRyxHQUFHLEtBQUssNENBQTRDO0FBQ3ZELFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxTQUFTLEtBQUs7QUFDcEIsYUFBVyxLQUFLLFNBQVM7QUFDdkIsUUFBSSxRQUFRLEVBQUUsS0FBSyxFQUFHLElBQUcsRUFBRSxNQUFNLEtBQUssd0NBQXdDO0FBQzlFLGFBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxNQUFNLFFBQVEsS0FBSztBQUN2QyxVQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUcsU0FBUyxRQUFRLEVBQUcsSUFBRyxFQUFFLE1BQU0sT0FBTyxDQUFDLEtBQUssSUFBSSxJQUFJLENBQUMsSUFBSSwwREFBMEQsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBRTtBQUFBLElBQ3pKO0FBQUEsRUFDRjtBQUNBLFNBQU8sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN2QixRQUFJLEVBQUUsU0FBUyxRQUFRLEVBQUcsSUFBRyxHQUFHLElBQUksSUFBSSxDQUFDLElBQUksMERBQTBELE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUNuSCxDQUFDO0FBQ0QsU0FBTyxFQUFFLFFBQVEsU0FBUyxRQUFRLE9BQU8sQ0FBQyxNQUFNLENBQUMsUUFBUSxFQUFFLEtBQUssQ0FBQyxFQUFFO0FBQ3JFO0FBRUEsU0FBUyxRQUFRLE9BQTBCO0FBQ3pDLFNBQU8sTUFBTSxXQUFXLEtBQUssTUFBTSxDQUFDLE1BQU07QUFDNUM7QUFFTyxTQUFTLE9BQU8sTUFBYyxPQUF1QjtBQUMxRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsSUFBSSxLQUFLLFFBQVEsSUFBSyxLQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sR0FBSTtBQUNsRixTQUFPO0FBQ1Q7QUFNQSxTQUFTLFdBQVcsTUFBYyxRQUF5RTtBQUN6RyxNQUFJLEtBQUs7QUFDVCxNQUFJLE9BQU87QUFDWCxNQUFJLFFBQVE7QUFDWixNQUFJLElBQUk7QUFDUixNQUFJLGFBQWE7QUFDakIsU0FBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixVQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFFBQUksY0FBYyxNQUFNLEtBQUs7QUFDM0IsWUFBTSxXQUFXO0FBQ2pCO0FBQ0EsVUFBSSxTQUFTO0FBQ2IsYUFBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixZQUFJLEtBQUssQ0FBQyxNQUFNLEtBQUs7QUFDbkIsY0FBSSxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFBRSxpQkFBSztBQUFHO0FBQUEsVUFBUztBQUM1QyxtQkFBUztBQUNUO0FBQ0E7QUFBQSxRQUNGO0FBQ0EsWUFBSSxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQ3RCO0FBQUEsTUFDRjtBQUNBLFVBQUksQ0FBQyxRQUFRO0FBQ1gsZUFBTyxVQUFVLE9BQU8seUVBQXlFO0FBQ2pHLGVBQU87QUFBQSxNQUNUO0FBQ0EsWUFBTSxPQUFPLEtBQUssQ0FBQztBQUNuQixVQUFJLFNBQVMsVUFBYSxTQUFTLE9BQU8sU0FBUyxNQUFNO0FBQ3ZELGVBQU8sTUFBTSxPQUFPLCtEQUErRCxNQUFNLElBQUksQ0FBQyxrQkFBa0I7QUFDaEgsYUFBSztBQUNMLGVBQU8sSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLE1BQU0sT0FBTyxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQUEsTUFDakU7QUFDQSxtQkFBYTtBQUNiO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxLQUFLO0FBQUU7QUFBUyxtQkFBYTtBQUFNO0FBQUs7QUFBQSxJQUFTO0FBQzNELFFBQUksTUFBTSxNQUFNO0FBQUU7QUFBUSxjQUFRO0FBQUcsbUJBQWE7QUFBTTtBQUFLO0FBQUEsSUFBUztBQUN0RSxRQUFJLE1BQU0sS0FBSztBQUNiLGFBQU8sTUFBTSxPQUFPLDRHQUE0RztBQUNoSSxXQUFLO0FBQ0wsYUFBTyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssSUFBSSxDQUFDLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQU07QUFBQSxJQUM3RTtBQUNBLGlCQUFhO0FBQ2I7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsVUFBcUIsTUFBYyxNQUFvQjtBQUM5RSxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3hELFFBQU0sU0FBUyxVQUFVLFNBQVMsR0FBRyxJQUFJLENBQUMsSUFBSSxVQUFVLE1BQU0sR0FBRztBQUNqRSxhQUFXLEtBQUssVUFBVTtBQUN4QixRQUFJLEVBQUUsU0FBUyxRQUFRLENBQUMsRUFBRSxPQUFPLFdBQVcsR0FBRyxFQUFHO0FBQ2xELFVBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQztBQUNqRCxRQUFJLEtBQU0sR0FBRSxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FScEpvSixJQUFNLDJDQUEyQztBQWE5TCxJQUFNLGVBQWUsUUFBUSxjQUFjLElBQUksSUFBSSxTQUFTLHdDQUFlLENBQUMsQ0FBQztBQUU3RSxJQUFNLFdBQVcsUUFBUSxJQUFJLGVBQWUsUUFBUSxRQUFRLElBQUksWUFBWSxJQUFJQyxNQUFLLGNBQWMsTUFBTTtBQUV6RyxJQUFNLGNBQWMsUUFBUSxJQUFJLGtCQUFrQixRQUFRLFFBQVEsSUFBSSxlQUFlLElBQUksUUFBUSxjQUFjLE1BQU0sVUFBVSxTQUFTO0FBbUJ4SSxTQUFTLFVBQVUsVUFBdUIsQ0FBQyxHQUFlO0FBQy9ELFFBQU0sVUFBVSxRQUFRLFFBQVEsV0FBVyxRQUFRO0FBQ25ELFFBQU0sUUFBUSxRQUFRLFVBQVUsU0FBUyxjQUFjLE9BQU8sS0FBSztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxTQUFpQixHQUFHLEtBQUssSUFBSSxJQUFJO0FBQ2pELFFBQU0sV0FBc0IsQ0FBQztBQUM3QixRQUFNLFVBQVVBLE1BQUssU0FBUyxrQkFBa0I7QUFDaEQsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLFlBQVksT0FBTztBQUFBLEVBQzNCLFNBQVMsR0FBRztBQUNWLGFBQVMsS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLHFCQUFxQixNQUFNLEdBQUcsUUFBUSxLQUFLLFNBQVMsZ0RBQWlELEVBQVksT0FBTyxHQUFHLENBQUM7QUFDMUosV0FBTyxFQUFFLEtBQUssRUFBRSxXQUFXLENBQUMsRUFBRSxHQUE2QixRQUFRLENBQUMsR0FBYSxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ25IO0FBQ0EsUUFBTSxTQUFTLG9CQUFJLElBQXdCO0FBQzNDLGFBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsVUFBTSxPQUFPQSxNQUFLLFNBQVMsU0FBUyxJQUFJO0FBQ3hDLFVBQU0sT0FBTyxPQUFPLFNBQVMsSUFBSTtBQUNqQyxRQUFJLENBQUNDLFlBQVcsSUFBSSxHQUFHO0FBQ3JCLGVBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLDREQUE0RCxDQUFDO0FBQ2xIO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxRQUFRQyxjQUFhLElBQUksR0FBRyxNQUFNLFFBQVE7QUFDdEQsVUFBTSxPQUFPLE9BQU8sV0FBVyxLQUFLLFVBQVUsTUFBTSxRQUFRO0FBQzVELFFBQUksS0FBTSxRQUFPLElBQUksU0FBUyxNQUFNLElBQUk7QUFBQSxFQUMxQztBQUNBLFlBQVUsSUFBSSxXQUFXLFFBQVEsUUFBUSxRQUFRO0FBQ2pELGFBQVcsUUFBUSxRQUFRLFFBQVE7QUFFbkMsUUFBTSxRQUFRLElBQUksWUFBWSxRQUFRLGNBQWMsV0FBVztBQUMvRCxNQUFJLGFBQXVDO0FBQzNDLE1BQUksTUFBTSxXQUFXO0FBQ25CLG9CQUFnQixRQUFRLE9BQU8sUUFBUSxRQUFRO0FBQy9DLGlCQUFhO0FBQUEsRUFDZixXQUFXLFFBQVEsa0JBQWtCLFFBQVEsSUFBSSxPQUFPLFFBQVE7QUFDOUQsYUFBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLEtBQUssTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLG9GQUFvRixDQUFDO0FBQUEsRUFDdko7QUFDQSxXQUFTLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLGNBQWMsRUFBRSxJQUFJLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSTtBQUN2RSxTQUFPLEVBQUUsS0FBSyxRQUFRLE9BQU8sWUFBWSxNQUFNLEdBQXdCLFVBQVUsV0FBVztBQUM5RjtBQUdPLFNBQVMsU0FBUyxVQUF1QixDQUFDLEdBQVc7QUFDMUQsUUFBTSxTQUFTLFVBQVUsT0FBTztBQUNoQyxNQUFJLE9BQU8sU0FBUyxPQUFRLE9BQU0sSUFBSSxVQUFVLE9BQU8sUUFBUTtBQUMvRCxTQUFPLE9BQU87QUFDaEI7OztBRHpFTyxTQUFTLFdBQWMsTUFBNkI7QUFDekQsU0FBTyxhQUFhO0FBQUEsSUFDbEIsT0FBTyxDQUFDLG9CQUFvQiw2QkFBNkI7QUFBQSxJQUN6RCxNQUFNLE1BQVMsS0FBSyxTQUFTLENBQUM7QUFBQSxFQUNoQyxDQUFDO0FBQ0g7OztBVVJBLElBQU8sc0JBQVEsV0FBVyxVQUFVOyIsCiAgIm5hbWVzIjogWyJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgInJlYWRGaWxlU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiam9pbiIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyJdCn0K
