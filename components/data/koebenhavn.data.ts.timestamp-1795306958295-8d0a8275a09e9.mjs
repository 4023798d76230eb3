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
function formatYears(start, end) {
  return start === end ? String(start) : `${start}\u2013${end}`;
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

// scripts/site/charts/model.ts
var WIDTH = 320;
var LINE = 18;
var GLYPH = 0.56;
function wrap(text, width = WIDTH, fontSize = 14) {
  const max = Math.floor(width / (fontSize * GLYPH));
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
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

// scripts/site/charts/kk-money.ts
import { scaleLinear } from "file:///work/main/node_modules/d3-scale/dist/d3-scale.mjs";

// scripts/site/amount.ts
function amountText(f) {
  if (f.amount === null) return "Bel\xF8b ikke oplyst";
  const amount = f.unit === "fte" ? `${formatNumber(f.amount)} \xE5rsv\xE6rk` : formatMio(f.amount);
  return f.basis === "per_year" ? `${amount} om \xE5ret` : amount;
}

// scripts/site/charts/kk-money.ts
function kkMoneyChart(t) {
  const inits = t.initiatives.filter((i) => i.plan_id === "kk2017" && i.naming === "named");
  const rows = inits.map((i) => ({ i, f: t.funding.find((f) => f.initiative_id === i.initiative_id) })).filter((r) => r.f);
  const max = Math.max(...rows.map((r) => r.f.amount ?? 0));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH * 0.62]);
  const marks = [];
  let y = 0;
  for (const { i, f } of rows) {
    for (const line of wrap(`${i.number}. ${i.name}`)) {
      marks.push({ kind: "text", x: 0, y: y + 14, text: line, cls: "label" });
      y += LINE;
    }
    if (f.amount !== null) {
      marks.push({ kind: "rect", x: 0, y: y + 2, w: x(f.amount), h: 16, cls: "seg-0" });
      marks.push({ kind: "text", x: x(f.amount) + 6, y: y + 15, text: amountText(f), cls: "value" });
    } else {
      marks.push({ kind: "text", x: 0, y: y + 15, text: "Ingen s\xE6rskilte midler", cls: "value" });
    }
    y += LINE + 14;
  }
  const f0 = rows[0].f;
  return {
    id: "kk-midler-pr-anbefaling",
    title: "Midler pr. anbefaling om \xE5ret",
    subtitle: "Midler afsat om \xE5ret til hver anbefaling.",
    description: rows.map(({ i, f }) => `${i.name}: ${f.amount === null ? "ingen s\xE6rskilte midler" : `${formatMio(f.amount)} om \xE5ret`}`).join(". ") + ".",
    width: WIDTH,
    height: y - 6,
    marks,
    legend: [],
    table: {
      caption: `Midler pr. anbefaling, ${formatYears(f0.start_year, f0.end_year)}`,
      columns: [{ label: "Anbefaling" }, { label: "Midler" }],
      rows: rows.map(({ i, f }) => [`${i.number}. ${i.name}`, f.amount === null ? "Inden for forvaltningens eksisterende ramme" : `${amountText(f)}`])
    },
    csv: {
      header: ["funding_id", "anbefaling", "beloeb_mio_kr_pr_aar", "fra_aar", "til_aar"],
      rows: rows.map(({ i, f }) => [f.funding_id, i.name, f.amount ?? "", f.start_year, f.end_year])
    },
    sources: rows.map(({ f }) => cite(t, f)),
    notes: []
  };
}

// scripts/site/charts/kk-targets.ts
import { scaleLinear as scaleLinear2 } from "file:///work/main/node_modules/d3-scale/dist/d3-scale.mjs";
var COMPARATOR_WORDS = { ">=": "mindst", "<=": "h\xF8jst", "=": "" };
function reachedText(i) {
  const value = `${i.value_qualifier === "approx" ? "ca. " : ""}${formatNumber(i.value)}`;
  const target = [COMPARATOR_WORDS[i.comparator ?? "="], formatNumber(i.target)].filter(Boolean).join(" ");
  return `${value} af ${target} ${i.unit}`;
}
function kkTargetsChart(t) {
  const rows = t.indicators.filter((i) => i.plan_id === "kk2017" && i.kind === "target_reached" && i.value !== null && i.target !== null && i.target_unit === null);
  const nameOf = (i) => t.initiatives.find((x) => x.initiative_id === i.initiative_id)?.name ?? i.measure;
  const marks = [];
  let y = 0;
  for (const i of rows) {
    const x = scaleLinear2().domain([0, Math.max(i.target, i.value)]).range([0, WIDTH]);
    for (const line of wrap(nameOf(i))) {
      marks.push({ kind: "text", x: 0, y: y + 14, text: line, cls: "label" });
      y += LINE;
    }
    marks.push({ kind: "rect", x: 0, y: y + 2, w: x(i.target), h: 16, cls: "track" });
    marks.push({ kind: "rect", x: 0, y: y + 2, w: x(i.value), h: 16, cls: i.met === "yes" ? "fill-done" : "fill" });
    marks.push({ kind: "line", x1: x(i.target), y1: y - 2, x2: x(i.target), y2: y + 22, cls: "target" });
    marks.push({ kind: "text", x: 0, y: y + LINE + 20, text: reachedText(i), cls: "value" });
    y += LINE * 2 + 16;
  }
  const sentences = rows.map((i) => `${nameOf(i)}: ${reachedText(i)}`);
  const plan = t.plans.find((p) => p.plan_id === "kk2017");
  const when = formatDate(rows[0]?.date ?? "");
  return {
    id: "kk-maal-og-resultater",
    title: `M\xE5l og resultater: ${plan.short_name}`,
    subtitle: "Hver bj\xE6lke er et m\xE5l; den udfyldte del er det, der var n\xE5et.",
    description: `Hver bj\xE6lke er et m\xE5l; den udfyldte del er det, der var n\xE5et ved kommunens status (${when}). ${sentences.join(". ")}.`,
    width: WIDTH,
    height: y - 10,
    marks,
    legend: [
      { cls: "fill", text: "N\xE5et" },
      { cls: "track", text: "M\xE5l" },
      { cls: "fill-done", text: "M\xE5let n\xE5et" }
    ],
    table: {
      caption: `M\xE5l og resultater: ${plan.short_name}`,
      columns: [{ label: "Indsats" }, { label: "M\xE5l", numeric: true }, { label: "N\xE5et", numeric: true }, { label: "Enhed" }, { label: "M\xE5l n\xE5et" }],
      rows: rows.map((i) => [nameOf(i), `${COMPARATOR_WORDS[i.comparator ?? "="]} ${formatNumber(i.target)}`.trim(), `${i.value_qualifier === "approx" ? "ca. " : ""}${formatNumber(i.value)}`, i.unit, i.met === "yes" ? "Ja" : "Nej"])
    },
    csv: {
      header: ["indicator_id", "indsats", "sammenligning", "maal", "naaet", "naaet_kvalifikator", "enhed", "maal_naaet"],
      rows: rows.map((i) => [i.indicator_id, nameOf(i), i.comparator ?? "", i.target, i.value, i.value_qualifier ?? "", i.unit, i.met ?? ""])
    },
    sources: rows.map((i) => cite(t, i)),
    notes: []
  };
}

// scripts/site/charts/money-by-plan.ts
import { scaleLinear as scaleLinear3 } from "file:///work/main/node_modules/d3-scale/dist/d3-scale.mjs";

// scripts/site/charts/timeline.ts
import { scaleUtc } from "file:///work/main/node_modules/d3-scale/dist/d3-scale.mjs";

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
function valueText(i) {
  return i.value === null ? "ikke oplyst" : `${QUALIFIER[i.value_qualifier ?? ""] ?? ""}${formatNumber(i.value)}`;
}
function indicatorText(i) {
  return `${valueText(i)} ${i.unit}`;
}

// scripts/site/views/common.ts
var ROLE = {
  carries_out: "Udf\xF8rer",
  funds: "Finansierer",
  develops: "Udvikler",
  partner: "Samarbejdspartner",
  grantee: "Modtager tilskud",
  test_site: "Testkommune",
  advises: "R\xE5dgiver"
};
function figureView(t, i) {
  return {
    id: i.indicator_id,
    text: indicatorText(i),
    measure: i.measure,
    kind: i.kind,
    citation: cite(t, i),
    targetCitation: i.target_quote ? cite(t, i, i.target_quote) : null,
    note: i.note
  };
}
function initiativeView(t, i) {
  const org = (id) => t.organisations.find((o) => o.org_id === id)?.name ?? id;
  return {
    id: i.initiative_id,
    anchor: anchor.initiative(i.initiative_id),
    number: i.number,
    name: i.name,
    description: i.description,
    naming: i.naming,
    citation: cite(t, i),
    statuses: t.status_updates.filter((u) => u.initiative_id === i.initiative_id).sort((a, b) => a.date.localeCompare(b.date)).map((u) => ({ date: formatDate(u.date), status: STATUS_LABEL[u.status], statusKey: u.status, detail: u.detail, citation: cite(t, u) })),
    actors: t.initiative_actors.filter((a) => a.initiative_id === i.initiative_id).map((a) => ({ name: org(a.org_id), role: ROLE[a.role] ?? a.role, citation: cite(t, a) })),
    figures: t.indicators.filter((x) => x.initiative_id === i.initiative_id).map((x) => figureView(t, x)),
    funding: t.funding.filter((f) => f.initiative_id === i.initiative_id).map((f) => ({ text: amountText(f), purpose: f.purpose, citation: cite(t, f), note: f.note }))
  };
}

// scripts/site/views/koebenhavn.ts
function koebenhavnView(t) {
  const plan = t.plans.find((p) => p.plan_id === "kk2017");
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id);
  return {
    plan: { name: plan.name, shortName: plan.short_name, description: plan.description, citation: cite(t, plan) },
    targets: kkTargetsChart(t),
    money: kkMoneyChart(t),
    recommendations: inits.filter((i) => i.naming === "named").map((i) => initiativeView(t, i)),
    other: inits.filter((i) => i.naming === "beside_plan").map((i) => initiativeView(t, i))
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

// components/data/koebenhavn.data.ts
var koebenhavn_data_default = pageLoader(koebenhavnView);
export {
  koebenhavn_data_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsic2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzIiwgInNjcmlwdHMvc2l0ZS9jaXRlLnRzIiwgInNjcmlwdHMvc2l0ZS9zdGF0dXMudHMiLCAic2NyaXB0cy9zaXRlL2NoYXJ0cy9tb2RlbC50cyIsICJzY3JpcHRzL2RhdGEvY2hlY2stcnVsZXMudHMiLCAic2NyaXB0cy9zaXRlL2NoYXJ0cy9ray1tb25leS50cyIsICJzY3JpcHRzL3NpdGUvYW1vdW50LnRzIiwgInNjcmlwdHMvc2l0ZS9jaGFydHMva2stdGFyZ2V0cy50cyIsICJzY3JpcHRzL3NpdGUvY2hhcnRzL21vbmV5LWJ5LXBsYW4udHMiLCAic2NyaXB0cy9zaXRlL2NoYXJ0cy90aW1lbGluZS50cyIsICJzY3JpcHRzL3NpdGUvYW5jaG9ycy50cyIsICJzY3JpcHRzL3NpdGUvZmlndXJlLnRzIiwgInNjcmlwdHMvc2l0ZS92aWV3cy9jb21tb24udHMiLCAic2NyaXB0cy9zaXRlL3ZpZXdzL2tvZWJlbmhhdm4udHMiLCAiY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzIiwgInNjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHMiLCAic2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzIiwgInNjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXRhYmxlLnRzIiwgInNjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50cyIsICJzY3JpcHRzL2RhdGEvcmVhZC1jc3YudHMiLCAiY29tcG9uZW50cy9kYXRhL2tvZWJlbmhhdm4uZGF0YS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7aW1wb3J0IHsgZm9ybWF0TG9jYWxlIH0gZnJvbSAnZDMtZm9ybWF0J1xuaW1wb3J0IHsgdGltZUZvcm1hdExvY2FsZSB9IGZyb20gJ2QzLXRpbWUtZm9ybWF0J1xuXG4vKipcbiAqIFRoZSBvbmUgcGxhY2UgbnVtYmVycyBhbmQgZGF0ZXMgYXJlIHR1cm5lZCBpbnRvIERhbmlzaCB0ZXh0LiBBIGZpeGVkIGxvY2FsZSAobm90IHRoZVxuICogYnJvd3NlcidzKSBzbyB0aGF0IHRoZSBzZXJ2ZXItcmVuZGVyZWQgSFRNTCBhbmQgdGhlIGh5ZHJhdGVkIHBhZ2UgcmVhZCB0aGUgc2FtZS5cbiAqL1xuY29uc3QgbnVtYmVyTG9jYWxlID0gZm9ybWF0TG9jYWxlKHsgZGVjaW1hbDogJywnLCB0aG91c2FuZHM6ICcuJywgZ3JvdXBpbmc6IFszXSwgY3VycmVuY3k6IFsnJywgJyBrci4nXSwgbWludXM6ICdcdTIyMTInIH0pXG5jb25zdCBkYXRlTG9jYWxlID0gdGltZUZvcm1hdExvY2FsZSh7XG4gIGRhdGVUaW1lOiAnJUEgZGVuICVkLiAlQiAlWSAlWCcsXG4gIGRhdGU6ICclZC4lbS4lWScsXG4gIHRpbWU6ICclSDolTTolUycsXG4gIHBlcmlvZHM6IFsnQU0nLCAnUE0nXSxcbiAgZGF5czogWydzXHUwMEY4bmRhZycsICdtYW5kYWcnLCAndGlyc2RhZycsICdvbnNkYWcnLCAndG9yc2RhZycsICdmcmVkYWcnLCAnbFx1MDBGOHJkYWcnXSxcbiAgc2hvcnREYXlzOiBbJ3NcdTAwRjhuJywgJ21hbicsICd0aXInLCAnb25zJywgJ3RvcicsICdmcmUnLCAnbFx1MDBGOHInXSxcbiAgbW9udGhzOiBbJ2phbnVhcicsICdmZWJydWFyJywgJ21hcnRzJywgJ2FwcmlsJywgJ21haicsICdqdW5pJywgJ2p1bGknLCAnYXVndXN0JywgJ3NlcHRlbWJlcicsICdva3RvYmVyJywgJ25vdmVtYmVyJywgJ2RlY2VtYmVyJ10sXG4gIHNob3J0TW9udGhzOiBbJ2phbicsICdmZWInLCAnbWFyJywgJ2FwcicsICdtYWonLCAnanVuJywgJ2p1bCcsICdhdWcnLCAnc2VwJywgJ29rdCcsICdub3YnLCAnZGVjJ10sXG59KVxuXG5jb25zdCBwbGFpbiA9IG51bWJlckxvY2FsZS5mb3JtYXQoJywuMn5mJylcbmNvbnN0IHBlcmNlbnQgPSBudW1iZXJMb2NhbGUuZm9ybWF0KCcuMCUnKVxuY29uc3QgZGF5TW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyUtZC4gJUIgJVknKVxuY29uc3QgbW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyVCICVZJylcblxuLyoqIDIwMDAgXHUyMTkyIFwiMi4wMDBcIiwgNzMuNCBcdTIxOTIgXCI3Myw0XCIsIC0xIFx1MjE5MiBcIlx1MjIxMjFcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXROdW1iZXIobjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBsYWluKG4pXG59XG5cbi8qKiA3My40IFx1MjE5MiBcIjczLDQgbWlvLiBrci5cIiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdE1pbyhuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cGxhaW4obil9IG1pby4ga3IuYFxufVxuXG4vKiogMC40OSBcdTIxOTIgXCI0OSAlXCIgKERhbmlzaCBwdXRzIGEgc3BhY2UgYmVmb3JlIHRoZSBzaWduKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRTaGFyZShzaGFyZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBlcmNlbnQoc2hhcmUpLnJlcGxhY2UoJyUnLCAnICUnKVxufVxuXG4vKiogQSB5ZWFyIHJhbmdlIGFzIERhbmlzaCB0ZXh0OiAyMDE3XHUyMDEzMjAyMCAoZW4gZGFzaCksIG9yIG9uZSB5ZWFyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFllYXJzKHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHN0YXJ0ID09PSBlbmQgPyBTdHJpbmcoc3RhcnQpIDogYCR7c3RhcnR9XHUyMDEzJHtlbmR9YFxufVxuXG4vKiogSVNPIGRhdGUgb2YgYW55IHByZWNpc2lvbiBcdTIxOTIgXCIzMC4gYXVndXN0IDIwMjFcIiwgXCJqdW5pIDIwMjFcIiwgXCIyMDE4XCIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0RGF0ZShpc286IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIGlmIChtID09PSB1bmRlZmluZWQpIHJldHVybiBTdHJpbmcoeSlcbiAgY29uc3QgZGF0ZSA9IG5ldyBEYXRlKERhdGUuVVRDKHkhLCBtIC0gMSwgZCA/PyAxKSlcbiAgcmV0dXJuIGQgPT09IHVuZGVmaW5lZCA/IG1vbnRoWWVhcihkYXRlKSA6IGRheU1vbnRoWWVhcihkYXRlKVxufVxuXG4vKiogRGFuaXNoIHdvcmRzIGZvciBzbWFsbCBudW1iZXJzLCBhcyBzb3VyY2VzIHdyaXRlIHRoZW0gKFwiZmlyZSBueWVcIiwgXCJuaSBtaWxsaW9uZXJcIikuICovXG5leHBvcnQgY29uc3QgTlVNQkVSX1dPUkRTOiBSZWNvcmQ8bnVtYmVyLCBzdHJpbmdbXT4gPSB7XG4gIDE6IFsnXHUwMEU5bicsICdlbicsICdldCcsICdcdTAwRTl0JywgJ2VuZSddLCAyOiBbJ3RvJ10sIDM6IFsndHJlJ10sIDQ6IFsnZmlyZSddLCA1OiBbJ2ZlbSddLCA2OiBbJ3Nla3MnXSwgNzogWydzeXYnXSxcbiAgODogWydvdHRlJ10sIDk6IFsnbmknXSwgMTA6IFsndGknXSwgMTE6IFsnZWxsZXZlJ10sIDEyOiBbJ3RvbHYnXSxcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NpdGUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2l0ZS50c1wiO2ltcG9ydCB7IGZvcm1hdERhdGUgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHR5cGUgeyBTb3VyY2UsIFRhYmxlcyB9IGZyb20gJy4uL2RhdGEvdHlwZXMudHMnXG5cbi8qKiBXaGVyZSBhIGZpZ3VyZSBjb21lcyBmcm9tLCByZWFkeSB0byBzaG93OiB0aGUgc291cmNlIG5hbWVkLCB0aGUgcGFzc2FnZSBxdW90ZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIENpdGF0aW9uIHtcbiAgc291cmNlSWQ6IHN0cmluZ1xuICAvKiogXCJCcmV2IGZyYSB1ZGxcdTAwRTZuZGluZ2UtIG9nIGludGVncmF0aW9uc21pbmlzdGVyZW4sIDMwLiBhdWd1c3QgMjAyMVwiIHN0eWxlIGxhYmVsLiAqL1xuICBsYWJlbDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgZGF0ZTogc3RyaW5nIHwgbnVsbFxuICB1cmw6IHN0cmluZyB8IG51bGxcbiAgbG9jYXRvcjogc3RyaW5nXG4gIHF1b3RlOiBzdHJpbmdcbiAgLyoqIFRoZSBxdW90ZSBpcyBPQ1IgdGV4dCwgc2hvd24gYXMgdGhlIHNvdXJjZSBoYXMgaXQuICovXG4gIG9jcjogYm9vbGVhblxufVxuXG5pbnRlcmZhY2UgUHJvdmVuYW5jZWQge1xuICBzb3VyY2VfaWQ6IHN0cmluZ1xuICBsb2NhdG9yOiBzdHJpbmdcbiAgcXVvdGU6IHN0cmluZ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gc291cmNlTGFiZWwoczogU291cmNlKTogc3RyaW5nIHtcbiAgY29uc3QgZGF0ZSA9IHMuZGF0ZSA/IGZvcm1hdERhdGUocy5kYXRlKSA6IHMuZGF0ZV9ub3RlXG4gIHJldHVybiBbcy5zZW5kZXIsIGRhdGVdLmZpbHRlcihCb29sZWFuKS5qb2luKCcsICcpXG59XG5cbi8qKiBCdWlsZHMgYSBjaXRhdGlvbiBmb3IgYW55IHJvdyB0aGF0IGNhcnJpZXMgcHJvdmVuYW5jZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaXRlKHRhYmxlczogVGFibGVzLCByb3c6IFByb3ZlbmFuY2VkLCBxdW90ZSA9IHJvdy5xdW90ZSk6IENpdGF0aW9uIHtcbiAgY29uc3QgcyA9IHRhYmxlcy5zb3VyY2VzLmZpbmQoKHgpID0+IHguc291cmNlX2lkID09PSByb3cuc291cmNlX2lkKVxuICBpZiAoIXMpIHRocm93IG5ldyBFcnJvcihgbm8gc291cmNlICR7cm93LnNvdXJjZV9pZH1gKSAvLyB0aGUgZGF0YSBjaGVjayBtYWtlcyB0aGlzIHVucmVhY2hhYmxlXG4gIHJldHVybiB7XG4gICAgc291cmNlSWQ6IHMuc291cmNlX2lkLFxuICAgIGxhYmVsOiBzb3VyY2VMYWJlbChzKSxcbiAgICB0aXRsZTogcy50aXRsZSxcbiAgICBkYXRlOiBzLmRhdGUgPyBmb3JtYXREYXRlKHMuZGF0ZSkgOiBudWxsLFxuICAgIHVybDogcy51cmwsXG4gICAgbG9jYXRvcjogcm93LmxvY2F0b3IsXG4gICAgcXVvdGUsXG4gICAgb2NyOiBzLm9jciA9PT0gJ3llcycsXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL3N0YXR1cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS9zdGF0dXMudHNcIjtpbXBvcnQgdHlwZSB7IFN0YXR1cyB9IGZyb20gJy4uL2RhdGEvdHlwZXMudHMnXG5cbi8qKiBEYW5pc2ggd29yZHMgZm9yIGFuIGluaXRpYXRpdmUncyBzdGF0ZSwgYXMgdGhlIHNvdXJjZXMgcHV0IGl0LiAqL1xuZXhwb3J0IGNvbnN0IFNUQVRVU19MQUJFTDogUmVjb3JkPFN0YXR1cywgc3RyaW5nPiA9IHtcbiAgb25fc2NoZWR1bGU6ICdGXHUwMEY4bGdlciB0aWRzcGxhbmVuJyxcbiAgZGVsYXllZDogJ0ZvcnNpbmtldCcsXG4gIGNhcnJpZWRfb3V0OiAnR2VubmVtZlx1MDBGOHJ0JyxcbiAgZ2l2ZW5fdXA6ICdPcGdpdmV0JyxcbiAgY2FuY2VsbGVkOiAnQWZseXN0JyxcbiAgb2ZmZXJlZDogJ1VkYnVkdCcsXG4gIHRhcmdldF9tZXQ6ICdNXHUwMEU1bCBuXHUwMEU1ZXQnLFxuICB0YXJnZXRfZXhwZWN0ZWQ6ICdNXHUwMEU1bCBmb3J2ZW50ZXMgblx1MDBFNWV0Jyxcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHMvbW9kZWwudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL21vZGVsLnRzXCI7aW1wb3J0IHR5cGUgeyBDaXRhdGlvbiB9IGZyb20gJy4uL2NpdGUudHMnXG5cbi8qKlxuICogQSBjaGFydCBhcyBkYXRhOiB0aGUgbWFya3MgdG8gZHJhdywgY29tcHV0ZWQgYXQgYnVpbGQgdGltZSB3aXRoIGQzIHNjYWxlcywgc28gdGhlIFNWRyB0aGVcbiAqIHNlcnZlciB3cml0ZXMgYW5kIHRoZSBTVkcgdGhlIGJyb3dzZXIgaHlkcmF0ZXMgYXJlIHRoZSBzYW1lLCBhbmQgbm8gY2hhcnQgY29kZSBzaGlwcyB0byB0aGUgY2xpZW50LlxuICovXG5leHBvcnQgdHlwZSBNYXJrID1cbiAgfCB7IGtpbmQ6ICdyZWN0JzsgeDogbnVtYmVyOyB5OiBudW1iZXI7IHc6IG51bWJlcjsgaDogbnVtYmVyOyBjbHM6IHN0cmluZyB9XG4gIHwgeyBraW5kOiAndGV4dCc7IHg6IG51bWJlcjsgeTogbnVtYmVyOyB0ZXh0OiBzdHJpbmc7IGNsczogc3RyaW5nOyBhbmNob3I/OiAnc3RhcnQnIHwgJ21pZGRsZScgfCAnZW5kJyB9XG4gIHwgeyBraW5kOiAnbGluZSc7IHgxOiBudW1iZXI7IHkxOiBudW1iZXI7IHgyOiBudW1iZXI7IHkyOiBudW1iZXI7IGNsczogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdjaXJjbGUnOyBjeDogbnVtYmVyOyBjeTogbnVtYmVyOyByOiBudW1iZXI7IGNsczogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdwYXRoJzsgZDogc3RyaW5nOyBjbHM6IHN0cmluZyB9XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcnRUYWJsZSB7XG4gIGNhcHRpb246IHN0cmluZ1xuICBjb2x1bW5zOiB7IGxhYmVsOiBzdHJpbmc7IG51bWVyaWM/OiBib29sZWFuIH1bXVxuICByb3dzOiBzdHJpbmdbXVtdXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcnRNb2RlbCB7XG4gIC8qKiBBbHNvIHRoZSBuYW1lIG9mIGl0cyBkYXRhIGZpbGU6IC9kYXRhL2NoYXJ0cy88aWQ+LmNzdiAqL1xuICBpZDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgLyoqIE9uZSBsaW5lIHVuZGVyIHRoZSB0aXRsZSwgZm9yIGV2ZXJ5b25lLiAqL1xuICBzdWJ0aXRsZTogc3RyaW5nXG4gIC8qKiBUaGUgY2hhcnQncyBudW1iZXJzIGluIHdvcmRzLCBmb3Igc2NyZWVuIHJlYWRlcnMgKHRoZSBTVkcncyA8ZGVzYz4pLiAqL1xuICBkZXNjcmlwdGlvbjogc3RyaW5nXG4gIHdpZHRoOiBudW1iZXJcbiAgaGVpZ2h0OiBudW1iZXJcbiAgbWFya3M6IE1hcmtbXVxuICAvKiogTGVnZW5kIGVudHJpZXM6IGEgc3dhdGNoIGNsYXNzIGFuZCBpdHMgdGV4dC4gKi9cbiAgbGVnZW5kOiB7IGNsczogc3RyaW5nOyB0ZXh0OiBzdHJpbmcgfVtdXG4gIHRhYmxlOiBDaGFydFRhYmxlXG4gIC8qKiBFeGFjdGx5IHRoZSBudW1iZXJzIHRoZSBjaGFydCBzaG93cywgZm9yIGl0cyBDU1YgZG93bmxvYWQuICovXG4gIGNzdjogeyBoZWFkZXI6IHN0cmluZ1tdOyByb3dzOiAoc3RyaW5nIHwgbnVtYmVyKVtdW10gfVxuICBzb3VyY2VzOiBDaXRhdGlvbltdXG4gIG5vdGVzOiBzdHJpbmdbXVxufVxuXG4vKiogVGhlIHdpZHRoIGV2ZXJ5IGNoYXJ0IGlzIGRyYXduIGF0OyB0aGUgU1ZHIHNjYWxlcyB0aHJvdWdoIGl0cyB2aWV3Qm94LiAqL1xuZXhwb3J0IGNvbnN0IFdJRFRIID0gMzIwXG4vKiogRm9udCBzaXplcyBhcmUgc2V0IGluIENTUzsgdGhlc2UgYXJlIHRoZSBsaW5lIGhlaWdodHMgdGhlIGxheW91dHMgYXNzdW1lLiAqL1xuZXhwb3J0IGNvbnN0IExJTkUgPSAxOFxuXG4vKiogQXZlcmFnZSBnbHlwaCB3aWR0aCBhcyBhIHNoYXJlIG9mIHRoZSBmb250IHNpemUsIGZvciB3cmFwcGluZyBsYWJlbHMgYmVmb3JlIHRoZSBicm93c2VyIHNlZXMgdGhlbS4gKi9cbmNvbnN0IEdMWVBIID0gMC41NlxuXG4vKiogU3BsaXRzIGEgbGFiZWwgaW50byBsaW5lcyB0aGF0IGZpdCBgd2lkdGhgIGF0IGBmb250U2l6ZWAsIGJyZWFraW5nIGJldHdlZW4gd29yZHMuICovXG5leHBvcnQgZnVuY3Rpb24gd3JhcCh0ZXh0OiBzdHJpbmcsIHdpZHRoID0gV0lEVEgsIGZvbnRTaXplID0gMTQpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG1heCA9IE1hdGguZmxvb3Iod2lkdGggLyAoZm9udFNpemUgKiBHTFlQSCkpXG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdXG4gIGxldCBsaW5lID0gJydcbiAgZm9yIChjb25zdCB3b3JkIG9mIHRleHQuc3BsaXQoL1xccysvKSkge1xuICAgIGlmIChsaW5lICYmIChsaW5lICsgJyAnICsgd29yZCkubGVuZ3RoID4gbWF4KSB7XG4gICAgICBsaW5lcy5wdXNoKGxpbmUpXG4gICAgICBsaW5lID0gd29yZFxuICAgIH0gZWxzZSBsaW5lID0gbGluZSA/IGAke2xpbmV9ICR7d29yZH1gIDogd29yZFxuICB9XG4gIGlmIChsaW5lKSBsaW5lcy5wdXNoKGxpbmUpXG4gIHJldHVybiBsaW5lc1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcnVsZXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcnVsZXMudHNcIjtpbXBvcnQgeyBmb3JtYXROdW1iZXIgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHR5cGUgeyBQcm9ibGVtIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuXG4vKiogVGhlIDIwMTdcdTIwMTMyMDIwIHBsYW4ncyBvdXRjb21lIGNvdW50cyAoaW5kaWNhdG9yIGlkcykgdGhhdCBtdXN0IGFkZCB1cDogbGF1bmNoZWQgPSB0aGUgcmVzdC4gKi9cbmV4cG9ydCBjb25zdCBPVVRDT01FX0NPVU5UUyA9IHtcbiAgbGF1bmNoZWQ6ICdocDIwMTctaW5pdGlhdGl2ZXMtbGF1bmNoZWQnLFxuICBjYXJyaWVkX291dDogJ2hwMjAxNy1pbml0aWF0aXZlcy1jYXJyaWVkLW91dCcsXG4gIGdpdmVuX3VwOiAnaHAyMDE3LWluaXRpYXRpdmVzLWdpdmVuLXVwJyxcbiAgY2FuY2VsbGVkOiAnaHAyMDE3LWluaXRpYXRpdmVzLWNhbmNlbGxlZCcsXG59IGFzIGNvbnN0XG5cbmNvbnN0IEVQUyA9IDFlLTlcblxuLyoqIFRydWUgaWYgYW55IG9mIHRoZSBjb2x1bW5zIGhlbGQgYW4gaW52YWxpZCBjZWxsIChhbHJlYWR5IHJlcG9ydGVkKTsgYSBydWxlIHRoZW4gc2F5cyBub3RoaW5nLiAqL1xuY29uc3QgaW52YWxpZCA9IChyb3c6IFR5cGVkUm93IHwgdW5kZWZpbmVkLCAuLi5jb2x1bW5zOiBzdHJpbmdbXSkgPT4gISFyb3cgJiYgY29sdW1ucy5zb21lKChjKSA9PiByb3dbY10gPT09IHVuZGVmaW5lZClcblxuLyoqIFJ1bGVzIHRoYXQgc3BhbiByb3dzIG9yIHRhYmxlcywgYmV5b25kIHdoYXQgYSBUYWJsZSBTY2hlbWEgY2FuIHNheS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1J1bGVzKHRhYmxlczogTWFwPHN0cmluZywgVHlwZWRSb3dbXT4sIGZpbGVPZjogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogdm9pZCB7XG4gIGNvbnN0IHJvd3MgPSAobmFtZTogc3RyaW5nKSA9PiB0YWJsZXMuZ2V0KG5hbWUpID8/IFtdXG4gIGNvbnN0IGF0ID0gKG5hbWU6IHN0cmluZywgcm93OiBUeXBlZFJvdywgY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihuYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcblxuICBmb3IgKGNvbnN0IG5hbWUgb2YgWydwbGFucycsICdmdW5kaW5nJ10pIHtcbiAgICBmb3IgKGNvbnN0IHIgb2Ygcm93cyhuYW1lKSkge1xuICAgICAgaWYgKHR5cGVvZiByLnN0YXJ0X3llYXIgPT09ICdudW1iZXInICYmIHR5cGVvZiByLmVuZF95ZWFyID09PSAnbnVtYmVyJyAmJiByLmVuZF95ZWFyIDwgci5zdGFydF95ZWFyKSB7XG4gICAgICAgIGF0KG5hbWUsIHIsICdlbmRfeWVhcicsIGBleHBlY3RlZCBhIHllYXIgXHUyMjY1IHN0YXJ0X3llYXIgKCR7ci5zdGFydF95ZWFyfSksIGZvdW5kIFwiJHtyLmVuZF95ZWFyfVwiYClcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICBjb25zdCBhcmVhUGxhbiA9IG5ldyBNYXAocm93cygnYXJlYXMnKS5tYXAoKGEpID0+IFthLmFyZWFfaWQsIGEucGxhbl9pZF0pKVxuICBmb3IgKGNvbnN0IGkgb2Ygcm93cygnaW5pdGlhdGl2ZXMnKSkge1xuICAgIGNvbnN0IHBsYW4gPSBpLmFyZWFfaWQgPT09IG51bGwgPyB1bmRlZmluZWQgOiBhcmVhUGxhbi5nZXQoaS5hcmVhX2lkKVxuICAgIGlmIChwbGFuICE9PSB1bmRlZmluZWQgJiYgcGxhbiAhPT0gaS5wbGFuX2lkKSBhdCgnaW5pdGlhdGl2ZXMnLCBpLCAnYXJlYV9pZCcsIGBleHBlY3RlZCBhbiBhcmVhIG9mIHBsYW4gJHtpLnBsYW5faWR9LCBmb3VuZCBcIiR7aS5hcmVhX2lkfVwiIG9mIHBsYW4gJHtwbGFufWApXG4gIH1cblxuICBjaGVja091dGNvbWVDb3VudHMocm93cygnaW5kaWNhdG9ycycpLCByb3dzKCdpbml0aWF0aXZlcycpLCByb3dzKCdzdGF0dXNfdXBkYXRlcycpLCAocm93LCBjb2x1bW4sIG1lc3NhZ2UpID0+IGF0KCdpbmRpY2F0b3JzJywgcm93LCBjb2x1bW4sIG1lc3NhZ2UpKVxuICBjaGVja1NwbGl0cyhyb3dzKCdmdW5kaW5nJyksIChyb3csIGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoJ2Z1bmRpbmcnLCByb3csIGNvbHVtbiwgbWVzc2FnZSkpXG4gIGNoZWNrVGFyZ2V0cyhyb3dzKCdpbmRpY2F0b3JzJyksIChyb3csIGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoJ2luZGljYXRvcnMnLCByb3csIGNvbHVtbiwgbWVzc2FnZSkpXG59XG5cbnR5cGUgUmVwb3J0ID0gKHJvdzogVHlwZWRSb3csIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWRcblxuZnVuY3Rpb24gY2hlY2tPdXRjb21lQ291bnRzKGluZGljYXRvcnM6IFR5cGVkUm93W10sIGluaXRpYXRpdmVzOiBUeXBlZFJvd1tdLCB1cGRhdGVzOiBUeXBlZFJvd1tdLCByZXBvcnQ6IFJlcG9ydCk6IHZvaWQge1xuICBjb25zdCBieUlkID0gbmV3IE1hcChpbmRpY2F0b3JzLm1hcCgocikgPT4gW3IuaW5kaWNhdG9yX2lkLCByXSkpXG4gIGNvbnN0IGNvdW50cyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhPVVRDT01FX0NPVU5UUykubWFwKChbaywgaWRdKSA9PiBbaywgYnlJZC5nZXQoaWQpXSkpIGFzIFJlY29yZDxrZXlvZiB0eXBlb2YgT1VUQ09NRV9DT1VOVFMsIFR5cGVkUm93IHwgdW5kZWZpbmVkPlxuICBpZiAoIWNvdW50cy5sYXVuY2hlZCkgcmV0dXJuIC8vIHRoZSB0YWJsZSBob2xkcyBubyAyMDE3XHUyMDEzMjAyMCBwbGFuOyBub3RoaW5nIHRvIGFkZCB1cFxuICBpZiAoT2JqZWN0LnZhbHVlcyhjb3VudHMpLnNvbWUoKHIpID0+IGludmFsaWQociwgJ3ZhbHVlJykpKSByZXR1cm5cbiAgY29uc3QgdmFsdWUgPSAocjogVHlwZWRSb3cgfCB1bmRlZmluZWQpID0+ICh0eXBlb2Ygcj8udmFsdWUgPT09ICdudW1iZXInID8gci52YWx1ZSA6IE5hTilcbiAgY29uc3QgcGFydHMgPSBbY291bnRzLmNhcnJpZWRfb3V0LCBjb3VudHMuZ2l2ZW5fdXAsIGNvdW50cy5jYW5jZWxsZWRdXG4gIGNvbnN0IHN1bSA9IHBhcnRzLnJlZHVjZSgocywgcikgPT4gcyArIHZhbHVlKHIpLCAwKVxuICBpZiAocGFydHMuc29tZSgocCkgPT4gIXApKSB7XG4gICAgY29uc3QgbWlzc2luZyA9IE9iamVjdC5lbnRyaWVzKE9VVENPTUVfQ09VTlRTKS5maWx0ZXIoKFtrXSkgPT4gIWNvdW50c1trIGFzIGtleW9mIHR5cGVvZiBjb3VudHNdKS5tYXAoKFssIGlkXSkgPT4gaWQpXG4gICAgcmVwb3J0KGNvdW50cy5sYXVuY2hlZCwgJ2luZGljYXRvcl9pZCcsIGBleHBlY3RlZCB0aGUgb3V0Y29tZSBjb3VudHMgJHttaXNzaW5nLmpvaW4oJywgJyl9IGJlc2lkZSBpdCwgZm91bmQgbm9uZWApXG4gIH0gZWxzZSBpZiAoTWF0aC5hYnMoc3VtIC0gdmFsdWUoY291bnRzLmxhdW5jaGVkKSkgPiBFUFMpIHtcbiAgICByZXBvcnQoY291bnRzLmxhdW5jaGVkLCAndmFsdWUnLCBgZXhwZWN0ZWQgdGhlIGluaXRpYXRpdmVzIGxhdW5jaGVkIHRvIGVxdWFsIGNhcnJpZWQgb3V0ICsgZ2l2ZW4gdXAgKyBjYW5jZWxsZWQgKCR7cGFydHMubWFwKHZhbHVlKS5qb2luKCcgKyAnKX0gPSAke3N1bX0pLCBmb3VuZCBcIiR7dmFsdWUoY291bnRzLmxhdW5jaGVkKX1cImApXG4gIH1cbiAgLy8gTmFtZWQgaW5pdGlhdGl2ZXMgY2Fubm90IG91dG51bWJlciB0aGUgY291bnRzIG9mIHRoZWlyIG91dGNvbWUuXG4gIGNvbnN0IGxhdGVzdCA9IG5ldyBNYXA8dW5rbm93biwgVHlwZWRSb3c+KClcbiAgZm9yIChjb25zdCB1IG9mIFsuLi51cGRhdGVzXS5zb3J0KChhLCBiKSA9PiBTdHJpbmcoYS5kYXRlKS5sb2NhbGVDb21wYXJlKFN0cmluZyhiLmRhdGUpKSkpIGxhdGVzdC5zZXQodS5pbml0aWF0aXZlX2lkLCB1KVxuICBjb25zdCBwbGFuT2YgPSBuZXcgTWFwKGluaXRpYXRpdmVzLm1hcCgoaSkgPT4gW2kuaW5pdGlhdGl2ZV9pZCwgaS5wbGFuX2lkXSkpXG4gIGZvciAoY29uc3Qga2V5IG9mIFsnY2FycmllZF9vdXQnLCAnZ2l2ZW5fdXAnLCAnY2FuY2VsbGVkJ10gYXMgY29uc3QpIHtcbiAgICBjb25zdCBuYW1lZCA9IFsuLi5sYXRlc3QudmFsdWVzKCldLmZpbHRlcigodSkgPT4gdS5zdGF0dXMgPT09IGtleSAmJiBwbGFuT2YuZ2V0KHUuaW5pdGlhdGl2ZV9pZCkgPT09ICdocDIwMTcnKVxuICAgIGNvbnN0IGNvdW50ID0gY291bnRzW2tleV1cbiAgICBpZiAoY291bnQgJiYgbmFtZWQubGVuZ3RoID4gdmFsdWUoY291bnQpKSByZXBvcnQoY291bnQsICd2YWx1ZScsIGBleHBlY3RlZCBhdCBsZWFzdCBhcyBtYW55IGFzIHRoZSBpbml0aWF0aXZlcyBuYW1lZCB3aXRoIHN0YXR1cyAke2tleX0gKCR7bmFtZWQubGVuZ3RofSksIGZvdW5kIFwiJHt2YWx1ZShjb3VudCl9XCJgKVxuICB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrU3BsaXRzKGZ1bmRpbmc6IFR5cGVkUm93W10sIHJlcG9ydDogUmVwb3J0KTogdm9pZCB7XG4gIGNvbnN0IHRvdGFsID0gKHI6IFR5cGVkUm93KSA9PiB7XG4gICAgaWYgKHR5cGVvZiByLmFtb3VudCAhPT0gJ251bWJlcicpIHJldHVybiBOYU5cbiAgICByZXR1cm4gci5iYXNpcyA9PT0gJ3Blcl95ZWFyJyA/IHIuYW1vdW50ICogKE51bWJlcihyLmVuZF95ZWFyKSAtIE51bWJlcihyLnN0YXJ0X3llYXIpICsgMSkgOiByLmFtb3VudFxuICB9XG4gIGNvbnN0IGZpZWxkcyA9IFsnYW1vdW50JywgJ3VuaXQnLCAnYmFzaXMnLCAnc3RhcnRfeWVhcicsICdlbmRfeWVhcicsICd1bmV4cGxhaW5lZF9nYXAnXVxuICBmb3IgKGNvbnN0IHBhcmVudCBvZiBmdW5kaW5nKSB7XG4gICAgY29uc3QgcGFydHMgPSBmdW5kaW5nLmZpbHRlcigoZikgPT4gZi5wYXJlbnRfaWQgPT09IHBhcmVudC5mdW5kaW5nX2lkKVxuICAgIGlmIChpbnZhbGlkKHBhcmVudCwgLi4uZmllbGRzKSB8fCBwYXJ0cy5zb21lKChwKSA9PiBpbnZhbGlkKHAsIC4uLmZpZWxkcykpKSBjb250aW51ZVxuICAgIGNvbnN0IGdhcCA9IHR5cGVvZiBwYXJlbnQudW5leHBsYWluZWRfZ2FwID09PSAnbnVtYmVyJyA/IHBhcmVudC51bmV4cGxhaW5lZF9nYXAgOiBudWxsXG4gICAgaWYgKCFwYXJ0cy5sZW5ndGgpIHtcbiAgICAgIGlmIChnYXAgIT09IG51bGwpIHJlcG9ydChwYXJlbnQsICd1bmV4cGxhaW5lZF9nYXAnLCBgZXhwZWN0ZWQgYSBnYXAgb25seSBvbiBhIHRvdGFsIHRoYXQgaGFzIHBhcnRzLCBmb3VuZCBcIiR7Z2FwfVwiYClcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGZvciAoY29uc3QgcCBvZiBwYXJ0cykgaWYgKHAudW5pdCAhPT0gcGFyZW50LnVuaXQpIHJlcG9ydChwLCAndW5pdCcsIGBleHBlY3RlZCB0aGUgdW5pdCBvZiBpdHMgcGFyZW50ICR7cGFyZW50LmZ1bmRpbmdfaWR9ICgke3BhcmVudC51bml0fSksIGZvdW5kIFwiJHtwLnVuaXR9XCJgKVxuICAgIGNvbnN0IHN1bSA9IHBhcnRzLnJlZHVjZSgocywgcCkgPT4gcyArIHRvdGFsKHApLCAwKVxuICAgIGNvbnN0IGRpZmYgPSBNYXRoLnJvdW5kKCh0b3RhbChwYXJlbnQpIC0gc3VtKSAqIDFlNikgLyAxZTZcbiAgICBpZiAoTWF0aC5hYnMoZGlmZikgPCBFUFMgJiYgZ2FwID09PSBudWxsKSBjb250aW51ZVxuICAgIGlmIChnYXAgPT09IG51bGwpIHJlcG9ydChwYXJlbnQsICd1bmV4cGxhaW5lZF9nYXAnLCBgZXhwZWN0ZWQgdGhlIGdhcCBzdGF0ZWQgd2hlcmUgdGhlIHBhcnRzICgke2Zvcm1hdE51bWJlcihzdW0pfSkgZG8gbm90IGFkZCB1cCB0byB0aGUgdG90YWwgKCR7Zm9ybWF0TnVtYmVyKHRvdGFsKHBhcmVudCkpfSksIGZvdW5kIGFuIGVtcHR5IGNlbGxgKVxuICAgIGVsc2UgaWYgKE1hdGguYWJzKGdhcCAtIGRpZmYpID4gRVBTKSByZXBvcnQocGFyZW50LCAndW5leHBsYWluZWRfZ2FwJywgYGV4cGVjdGVkICR7ZGlmZn0gKHRoZSB0b3RhbCAke2Zvcm1hdE51bWJlcih0b3RhbChwYXJlbnQpKX0gbWludXMgdGhlIHBhcnRzICR7Zm9ybWF0TnVtYmVyKHN1bSl9KSwgZm91bmQgXCIke2dhcH1cImApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tUYXJnZXRzKGluZGljYXRvcnM6IFR5cGVkUm93W10sIHJlcG9ydDogUmVwb3J0KTogdm9pZCB7XG4gIGZvciAoY29uc3QgciBvZiBpbmRpY2F0b3JzKSB7XG4gICAgaWYgKGludmFsaWQociwgJ2tpbmQnLCAnY29tcGFyYXRvcicsICd0YXJnZXQnLCAndGFyZ2V0X3VuaXQnLCAndmFsdWUnLCAnbWV0JywgJ21ldF9iYXNpcycpKSBjb250aW51ZVxuICAgIGNvbnN0IGhhc1RhcmdldCA9IHIudGFyZ2V0ICE9PSBudWxsXG4gICAgaWYgKHIua2luZCA9PT0gJ3RhcmdldF9yZWFjaGVkJykge1xuICAgICAgaWYgKCFoYXNUYXJnZXQpIHJlcG9ydChyLCAndGFyZ2V0JywgJ2V4cGVjdGVkIGEgdGFyZ2V0IG9uIGEgdGFyZ2V0X3JlYWNoZWQgcm93LCBmb3VuZCBhbiBlbXB0eSBjZWxsJylcbiAgICAgIGlmIChyLmNvbXBhcmF0b3IgPT09IG51bGwpIHJlcG9ydChyLCAnY29tcGFyYXRvcicsICdleHBlY3RlZCBhIGNvbXBhcmF0b3Igb24gYSB0YXJnZXRfcmVhY2hlZCByb3csIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgICAgaWYgKHIubWV0ID09PSBudWxsKSByZXBvcnQociwgJ21ldCcsICdleHBlY3RlZCB3aGV0aGVyIHRoZSB0YXJnZXQgd2FzIG1ldCBvbiBhIHRhcmdldF9yZWFjaGVkIHJvdywgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgfSBlbHNlIGlmIChoYXNUYXJnZXQgfHwgci5tZXQgIT09IG51bGwpIHtcbiAgICAgIHJlcG9ydChyLCBoYXNUYXJnZXQgPyAndGFyZ2V0JyA6ICdtZXQnLCBgZXhwZWN0ZWQgYSB0YXJnZXQgYW5kIG1ldCBvbmx5IG9uIHRhcmdldF9yZWFjaGVkIHJvd3MsIGZvdW5kIHRoZW0gb24gYSAke3Iua2luZH0gcm93YClcbiAgICB9XG4gICAgaWYgKChyLm1ldCA9PT0gbnVsbCkgIT09IChyLm1ldF9iYXNpcyA9PT0gbnVsbCkpIHJlcG9ydChyLCAnbWV0X2Jhc2lzJywgJ2V4cGVjdGVkIG1ldCBhbmQgbWV0X2Jhc2lzIHRvZ2V0aGVyLCBmb3VuZCBvbmUgd2l0aG91dCB0aGUgb3RoZXInKVxuICAgIGlmIChyLm1ldF9iYXNpcyA9PT0gJ2NvbXB1dGVkJykge1xuICAgICAgaWYgKHR5cGVvZiByLnRhcmdldCAhPT0gJ251bWJlcicgfHwgdHlwZW9mIHIudmFsdWUgIT09ICdudW1iZXInIHx8IHIudGFyZ2V0X3VuaXQgIT09IG51bGwpIHtcbiAgICAgICAgcmVwb3J0KHIsICdtZXRfYmFzaXMnLCAnZXhwZWN0ZWQgYSB0YXJnZXQgYW5kIGEgdmFsdWUgaW4gdGhlIHNhbWUgdW5pdCB0byBjb21wdXRlIG1ldCBmcm9tLCBmb3VuZCBub25lJylcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICAgIGNvbnN0IG1ldCA9IHIuY29tcGFyYXRvciA9PT0gJz49JyA/IHIudmFsdWUgPj0gci50YXJnZXQgOiByLmNvbXBhcmF0b3IgPT09ICc8PScgPyByLnZhbHVlIDw9IHIudGFyZ2V0IDogci52YWx1ZSA9PT0gci50YXJnZXRcbiAgICAgIGNvbnN0IGV4cGVjdGVkID0gbWV0ID8gJ3llcycgOiAnbm8nXG4gICAgICBpZiAoci5tZXQgIT09IGV4cGVjdGVkKSByZXBvcnQociwgJ21ldCcsIGBleHBlY3RlZCBcIiR7ZXhwZWN0ZWR9XCIgKCR7ci52YWx1ZX0gJHtyLmNvbXBhcmF0b3J9ICR7ci50YXJnZXR9KSwgZm91bmQgXCIke3IubWV0fVwiYClcbiAgICB9XG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHMva2stbW9uZXkudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL2trLW1vbmV5LnRzXCI7aW1wb3J0IHsgc2NhbGVMaW5lYXIgfSBmcm9tICdkMy1zY2FsZSdcbmltcG9ydCB0eXBlIHsgVGFibGVzIH0gZnJvbSAnLi4vLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdE1pbywgZm9ybWF0WWVhcnMgfSBmcm9tICcuLi8uLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHsgY2l0ZSB9IGZyb20gJy4uL2NpdGUudHMnXG5pbXBvcnQgeyBhbW91bnRUZXh0IH0gZnJvbSAnLi4vYW1vdW50LnRzJ1xuaW1wb3J0IHsgdHlwZSBDaGFydE1vZGVsLCB0eXBlIE1hcmssIExJTkUsIFdJRFRILCB3cmFwIH0gZnJvbSAnLi9tb2RlbC50cydcblxuLyoqIEtcdTAwRjhiZW5oYXZucyBLb21tdW5lOiBtb25leSBhIHllYXIgZm9yIGVhY2ggb2YgdGhlIHNpeCByZWNvbW1lbmRhdGlvbnMuICovXG5leHBvcnQgZnVuY3Rpb24ga2tNb25leUNoYXJ0KHQ6IFRhYmxlcyk6IENoYXJ0TW9kZWwge1xuICBjb25zdCBpbml0cyA9IHQuaW5pdGlhdGl2ZXMuZmlsdGVyKChpKSA9PiBpLnBsYW5faWQgPT09ICdrazIwMTcnICYmIGkubmFtaW5nID09PSAnbmFtZWQnKVxuICBjb25zdCByb3dzID0gaW5pdHMubWFwKChpKSA9PiAoeyBpLCBmOiB0LmZ1bmRpbmcuZmluZCgoZikgPT4gZi5pbml0aWF0aXZlX2lkID09PSBpLmluaXRpYXRpdmVfaWQpIH0pKS5maWx0ZXIoKHIpID0+IHIuZilcbiAgY29uc3QgbWF4ID0gTWF0aC5tYXgoLi4ucm93cy5tYXAoKHIpID0+IHIuZiEuYW1vdW50ID8/IDApKVxuICBjb25zdCB4ID0gc2NhbGVMaW5lYXIoKS5kb21haW4oWzAsIG1heF0pLnJhbmdlKFswLCBXSURUSCAqIDAuNjJdKVxuICBjb25zdCBtYXJrczogTWFya1tdID0gW11cbiAgbGV0IHkgPSAwXG4gIGZvciAoY29uc3QgeyBpLCBmIH0gb2Ygcm93cykge1xuICAgIGZvciAoY29uc3QgbGluZSBvZiB3cmFwKGAke2kubnVtYmVyfS4gJHtpLm5hbWV9YCkpIHtcbiAgICAgIG1hcmtzLnB1c2goeyBraW5kOiAndGV4dCcsIHg6IDAsIHk6IHkgKyAxNCwgdGV4dDogbGluZSwgY2xzOiAnbGFiZWwnIH0pXG4gICAgICB5ICs9IExJTkVcbiAgICB9XG4gICAgaWYgKGYhLmFtb3VudCAhPT0gbnVsbCkge1xuICAgICAgbWFya3MucHVzaCh7IGtpbmQ6ICdyZWN0JywgeDogMCwgeTogeSArIDIsIHc6IHgoZiEuYW1vdW50KSwgaDogMTYsIGNsczogJ3NlZy0wJyB9KVxuICAgICAgbWFya3MucHVzaCh7IGtpbmQ6ICd0ZXh0JywgeDogeChmIS5hbW91bnQpICsgNiwgeTogeSArIDE1LCB0ZXh0OiBhbW91bnRUZXh0KGYhKSwgY2xzOiAndmFsdWUnIH0pXG4gICAgfSBlbHNlIHtcbiAgICAgIG1hcmtzLnB1c2goeyBraW5kOiAndGV4dCcsIHg6IDAsIHk6IHkgKyAxNSwgdGV4dDogJ0luZ2VuIHNcdTAwRTZyc2tpbHRlIG1pZGxlcicsIGNsczogJ3ZhbHVlJyB9KVxuICAgIH1cbiAgICB5ICs9IExJTkUgKyAxNFxuICB9XG4gIGNvbnN0IGYwID0gcm93c1swXSEuZiFcbiAgcmV0dXJuIHtcbiAgICBpZDogJ2trLW1pZGxlci1wci1hbmJlZmFsaW5nJyxcbiAgICB0aXRsZTogJ01pZGxlciBwci4gYW5iZWZhbGluZyBvbSBcdTAwRTVyZXQnLFxuICAgIHN1YnRpdGxlOiAnTWlkbGVyIGFmc2F0IG9tIFx1MDBFNXJldCB0aWwgaHZlciBhbmJlZmFsaW5nLicsXG4gICAgZGVzY3JpcHRpb246IHJvd3MubWFwKCh7IGksIGYgfSkgPT4gYCR7aS5uYW1lfTogJHtmIS5hbW91bnQgPT09IG51bGwgPyAnaW5nZW4gc1x1MDBFNnJza2lsdGUgbWlkbGVyJyA6IGAke2Zvcm1hdE1pbyhmIS5hbW91bnQpfSBvbSBcdTAwRTVyZXRgfWApLmpvaW4oJy4gJykgKyAnLicsXG4gICAgd2lkdGg6IFdJRFRILFxuICAgIGhlaWdodDogeSAtIDYsXG4gICAgbWFya3MsXG4gICAgbGVnZW5kOiBbXSxcbiAgICB0YWJsZToge1xuICAgICAgY2FwdGlvbjogYE1pZGxlciBwci4gYW5iZWZhbGluZywgJHtmb3JtYXRZZWFycyhmMC5zdGFydF95ZWFyLCBmMC5lbmRfeWVhcil9YCxcbiAgICAgIGNvbHVtbnM6IFt7IGxhYmVsOiAnQW5iZWZhbGluZycgfSwgeyBsYWJlbDogJ01pZGxlcicgfV0sXG4gICAgICByb3dzOiByb3dzLm1hcCgoeyBpLCBmIH0pID0+IFtgJHtpLm51bWJlcn0uICR7aS5uYW1lfWAsIGYhLmFtb3VudCA9PT0gbnVsbCA/ICdJbmRlbiBmb3IgZm9ydmFsdG5pbmdlbnMgZWtzaXN0ZXJlbmRlIHJhbW1lJyA6IGAke2Ftb3VudFRleHQoZiEpfWBdKSxcbiAgICB9LFxuICAgIGNzdjoge1xuICAgICAgaGVhZGVyOiBbJ2Z1bmRpbmdfaWQnLCAnYW5iZWZhbGluZycsICdiZWxvZWJfbWlvX2tyX3ByX2FhcicsICdmcmFfYWFyJywgJ3RpbF9hYXInXSxcbiAgICAgIHJvd3M6IHJvd3MubWFwKCh7IGksIGYgfSkgPT4gW2YhLmZ1bmRpbmdfaWQsIGkubmFtZSwgZiEuYW1vdW50ID8/ICcnLCBmIS5zdGFydF95ZWFyLCBmIS5lbmRfeWVhcl0pLFxuICAgIH0sXG4gICAgc291cmNlczogcm93cy5tYXAoKHsgZiB9KSA9PiBjaXRlKHQsIGYhKSksXG4gICAgbm90ZXM6IFtdLFxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbW91bnQudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvYW1vdW50LnRzXCI7aW1wb3J0IHR5cGUgeyBGdW5kaW5nIH0gZnJvbSAnLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdE1pbywgZm9ybWF0TnVtYmVyIH0gZnJvbSAnLi4vZm9ybWF0L2RhbmlzaC50cydcblxuLyoqIEhvdyBhIGZ1bmRpbmcgcm93IHJlYWRzOiBcIjczLDQgbWlvLiBrci5cIiBvciBcIjEwIG1pby4ga3IuIG9tIFx1MDBFNXJldFwiOyBuZXZlciBhIHRvdGFsIHRoZSBzb3VyY2UgZG9lcyBub3Qgc3RhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gYW1vdW50VGV4dChmOiBGdW5kaW5nKTogc3RyaW5nIHtcbiAgaWYgKGYuYW1vdW50ID09PSBudWxsKSByZXR1cm4gJ0JlbFx1MDBGOGIgaWtrZSBvcGx5c3QnXG4gIGNvbnN0IGFtb3VudCA9IGYudW5pdCA9PT0gJ2Z0ZScgPyBgJHtmb3JtYXROdW1iZXIoZi5hbW91bnQpfSBcdTAwRTVyc3ZcdTAwRTZya2AgOiBmb3JtYXRNaW8oZi5hbW91bnQpXG4gIHJldHVybiBmLmJhc2lzID09PSAncGVyX3llYXInID8gYCR7YW1vdW50fSBvbSBcdTAwRTVyZXRgIDogYW1vdW50XG59XG5cbi8qKiBUaGUgd2hvbGUgcGVyaW9kJ3MgYW1vdW50LCBmb3IgZHJhd2luZyBvbmx5IChhIHBlci15ZWFyIGFtb3VudCB0aW1lcyBpdHMgeWVhcnMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcmlvZEFtb3VudChmOiBGdW5kaW5nKTogbnVtYmVyIHtcbiAgaWYgKGYuYW1vdW50ID09PSBudWxsKSByZXR1cm4gMFxuICByZXR1cm4gZi5iYXNpcyA9PT0gJ3Blcl95ZWFyJyA/IGYuYW1vdW50ICogKGYuZW5kX3llYXIgLSBmLnN0YXJ0X3llYXIgKyAxKSA6IGYuYW1vdW50XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL2trLXRhcmdldHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL2trLXRhcmdldHMudHNcIjtpbXBvcnQgeyBzY2FsZUxpbmVhciB9IGZyb20gJ2QzLXNjYWxlJ1xuaW1wb3J0IHsgZm9ybWF0RGF0ZSwgZm9ybWF0TnVtYmVyIH0gZnJvbSAnLi4vLi4vZm9ybWF0L2RhbmlzaC50cydcbmltcG9ydCB0eXBlIHsgSW5kaWNhdG9yLCBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgY2l0ZSB9IGZyb20gJy4uL2NpdGUudHMnXG5pbXBvcnQgeyB0eXBlIENoYXJ0TW9kZWwsIHR5cGUgTWFyaywgTElORSwgV0lEVEgsIHdyYXAgfSBmcm9tICcuL21vZGVsLnRzJ1xuXG5jb25zdCBDT01QQVJBVE9SX1dPUkRTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyAnPj0nOiAnbWluZHN0JywgJzw9JzogJ2hcdTAwRjhqc3QnLCAnPSc6ICcnIH1cblxuLyoqIFwiY2EuIDQ1MCBhZiBtaW5kc3QgNTAwIGZhZ3BlcnNvbmVyXCIgKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFjaGVkVGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICBjb25zdCB2YWx1ZSA9IGAke2kudmFsdWVfcXVhbGlmaWVyID09PSAnYXBwcm94JyA/ICdjYS4gJyA6ICcnfSR7Zm9ybWF0TnVtYmVyKGkudmFsdWUhKX1gXG4gIGNvbnN0IHRhcmdldCA9IFtDT01QQVJBVE9SX1dPUkRTW2kuY29tcGFyYXRvciA/PyAnPSddLCBmb3JtYXROdW1iZXIoaS50YXJnZXQhKV0uZmlsdGVyKEJvb2xlYW4pLmpvaW4oJyAnKVxuICByZXR1cm4gYCR7dmFsdWV9IGFmICR7dGFyZ2V0fSAke2kudW5pdH1gXG59XG5cbi8qKiBLXHUwMEY4YmVuaGF2bnMgS29tbXVuZTogZWFjaCB0YXJnZXQgYXMgYSB0cmFjaywgd2hhdCB3YXMgcmVhY2hlZCBhcyBpdHMgZmlsbGVkIHBhcnQuICovXG5leHBvcnQgZnVuY3Rpb24ga2tUYXJnZXRzQ2hhcnQodDogVGFibGVzKTogQ2hhcnRNb2RlbCB7XG4gIGNvbnN0IHJvd3MgPSB0LmluZGljYXRvcnMuZmlsdGVyKChpKSA9PiBpLnBsYW5faWQgPT09ICdrazIwMTcnICYmIGkua2luZCA9PT0gJ3RhcmdldF9yZWFjaGVkJyAmJiBpLnZhbHVlICE9PSBudWxsICYmIGkudGFyZ2V0ICE9PSBudWxsICYmIGkudGFyZ2V0X3VuaXQgPT09IG51bGwpXG4gIGNvbnN0IG5hbWVPZiA9IChpOiBJbmRpY2F0b3IpID0+IHQuaW5pdGlhdGl2ZXMuZmluZCgoeCkgPT4geC5pbml0aWF0aXZlX2lkID09PSBpLmluaXRpYXRpdmVfaWQpPy5uYW1lID8/IGkubWVhc3VyZVxuICBjb25zdCBtYXJrczogTWFya1tdID0gW11cbiAgbGV0IHkgPSAwXG4gIGZvciAoY29uc3QgaSBvZiByb3dzKSB7XG4gICAgY29uc3QgeCA9IHNjYWxlTGluZWFyKCkuZG9tYWluKFswLCBNYXRoLm1heChpLnRhcmdldCEsIGkudmFsdWUhKV0pLnJhbmdlKFswLCBXSURUSF0pXG4gICAgZm9yIChjb25zdCBsaW5lIG9mIHdyYXAobmFtZU9mKGkpKSkge1xuICAgICAgbWFya3MucHVzaCh7IGtpbmQ6ICd0ZXh0JywgeDogMCwgeTogeSArIDE0LCB0ZXh0OiBsaW5lLCBjbHM6ICdsYWJlbCcgfSlcbiAgICAgIHkgKz0gTElORVxuICAgIH1cbiAgICBtYXJrcy5wdXNoKHsga2luZDogJ3JlY3QnLCB4OiAwLCB5OiB5ICsgMiwgdzogeChpLnRhcmdldCEpLCBoOiAxNiwgY2xzOiAndHJhY2snIH0pXG4gICAgbWFya3MucHVzaCh7IGtpbmQ6ICdyZWN0JywgeDogMCwgeTogeSArIDIsIHc6IHgoaS52YWx1ZSEpLCBoOiAxNiwgY2xzOiBpLm1ldCA9PT0gJ3llcycgPyAnZmlsbC1kb25lJyA6ICdmaWxsJyB9KVxuICAgIG1hcmtzLnB1c2goeyBraW5kOiAnbGluZScsIHgxOiB4KGkudGFyZ2V0ISksIHkxOiB5IC0gMiwgeDI6IHgoaS50YXJnZXQhKSwgeTI6IHkgKyAyMiwgY2xzOiAndGFyZ2V0JyB9KVxuICAgIG1hcmtzLnB1c2goeyBraW5kOiAndGV4dCcsIHg6IDAsIHk6IHkgKyBMSU5FICsgMjAsIHRleHQ6IHJlYWNoZWRUZXh0KGkpLCBjbHM6ICd2YWx1ZScgfSlcbiAgICB5ICs9IExJTkUgKiAyICsgMTZcbiAgfVxuICBjb25zdCBzZW50ZW5jZXMgPSByb3dzLm1hcCgoaSkgPT4gYCR7bmFtZU9mKGkpfTogJHtyZWFjaGVkVGV4dChpKX1gKVxuICBjb25zdCBwbGFuID0gdC5wbGFucy5maW5kKChwKSA9PiBwLnBsYW5faWQgPT09ICdrazIwMTcnKSFcbiAgY29uc3Qgd2hlbiA9IGZvcm1hdERhdGUocm93c1swXT8uZGF0ZSA/PyAnJylcbiAgcmV0dXJuIHtcbiAgICBpZDogJ2trLW1hYWwtb2ctcmVzdWx0YXRlcicsXG4gICAgdGl0bGU6IGBNXHUwMEU1bCBvZyByZXN1bHRhdGVyOiAke3BsYW4uc2hvcnRfbmFtZX1gLFxuICAgIHN1YnRpdGxlOiAnSHZlciBialx1MDBFNmxrZSBlciBldCBtXHUwMEU1bDsgZGVuIHVkZnlsZHRlIGRlbCBlciBkZXQsIGRlciB2YXIgblx1MDBFNWV0LicsXG4gICAgZGVzY3JpcHRpb246IGBIdmVyIGJqXHUwMEU2bGtlIGVyIGV0IG1cdTAwRTVsOyBkZW4gdWRmeWxkdGUgZGVsIGVyIGRldCwgZGVyIHZhciBuXHUwMEU1ZXQgdmVkIGtvbW11bmVucyBzdGF0dXMgKCR7d2hlbn0pLiAke3NlbnRlbmNlcy5qb2luKCcuICcpfS5gLFxuICAgIHdpZHRoOiBXSURUSCxcbiAgICBoZWlnaHQ6IHkgLSAxMCxcbiAgICBtYXJrcyxcbiAgICBsZWdlbmQ6IFtcbiAgICAgIHsgY2xzOiAnZmlsbCcsIHRleHQ6ICdOXHUwMEU1ZXQnIH0sXG4gICAgICB7IGNsczogJ3RyYWNrJywgdGV4dDogJ01cdTAwRTVsJyB9LFxuICAgICAgeyBjbHM6ICdmaWxsLWRvbmUnLCB0ZXh0OiAnTVx1MDBFNWxldCBuXHUwMEU1ZXQnIH0sXG4gICAgXSxcbiAgICB0YWJsZToge1xuICAgICAgY2FwdGlvbjogYE1cdTAwRTVsIG9nIHJlc3VsdGF0ZXI6ICR7cGxhbi5zaG9ydF9uYW1lfWAsXG4gICAgICBjb2x1bW5zOiBbeyBsYWJlbDogJ0luZHNhdHMnIH0sIHsgbGFiZWw6ICdNXHUwMEU1bCcsIG51bWVyaWM6IHRydWUgfSwgeyBsYWJlbDogJ05cdTAwRTVldCcsIG51bWVyaWM6IHRydWUgfSwgeyBsYWJlbDogJ0VuaGVkJyB9LCB7IGxhYmVsOiAnTVx1MDBFNWwgblx1MDBFNWV0JyB9XSxcbiAgICAgIHJvd3M6IHJvd3MubWFwKChpKSA9PiBbbmFtZU9mKGkpLCBgJHtDT01QQVJBVE9SX1dPUkRTW2kuY29tcGFyYXRvciA/PyAnPSddfSAke2Zvcm1hdE51bWJlcihpLnRhcmdldCEpfWAudHJpbSgpLCBgJHtpLnZhbHVlX3F1YWxpZmllciA9PT0gJ2FwcHJveCcgPyAnY2EuICcgOiAnJ30ke2Zvcm1hdE51bWJlcihpLnZhbHVlISl9YCwgaS51bml0LCBpLm1ldCA9PT0gJ3llcycgPyAnSmEnIDogJ05laiddKSxcbiAgICB9LFxuICAgIGNzdjoge1xuICAgICAgaGVhZGVyOiBbJ2luZGljYXRvcl9pZCcsICdpbmRzYXRzJywgJ3NhbW1lbmxpZ25pbmcnLCAnbWFhbCcsICduYWFldCcsICduYWFldF9rdmFsaWZpa2F0b3InLCAnZW5oZWQnLCAnbWFhbF9uYWFldCddLFxuICAgICAgcm93czogcm93cy5tYXAoKGkpID0+IFtpLmluZGljYXRvcl9pZCwgbmFtZU9mKGkpLCBpLmNvbXBhcmF0b3IgPz8gJycsIGkudGFyZ2V0ISwgaS52YWx1ZSEsIGkudmFsdWVfcXVhbGlmaWVyID8/ICcnLCBpLnVuaXQsIGkubWV0ID8/ICcnXSksXG4gICAgfSxcbiAgICBzb3VyY2VzOiByb3dzLm1hcCgoaSkgPT4gY2l0ZSh0LCBpKSksXG4gICAgbm90ZXM6IFtdLFxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL21vbmV5LWJ5LXBsYW4udHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL21vbmV5LWJ5LXBsYW4udHNcIjtpbXBvcnQgeyBzY2FsZUxpbmVhciB9IGZyb20gJ2QzLXNjYWxlJ1xuaW1wb3J0IHR5cGUgeyBGdW5kaW5nLCBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0TWlvLCBmb3JtYXRZZWFycyB9IGZyb20gJy4uLy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgeyBhbW91bnRUZXh0LCBwZXJpb2RBbW91bnQgfSBmcm9tICcuLi9hbW91bnQudHMnXG5pbXBvcnQgeyBjaXRlIH0gZnJvbSAnLi4vY2l0ZS50cydcbmltcG9ydCB7IHR5cGUgQ2hhcnRNb2RlbCwgdHlwZSBNYXJrLCBMSU5FLCBXSURUSCwgd3JhcCB9IGZyb20gJy4vbW9kZWwudHMnXG5cbi8qKiBUaGUgbmF0aW9uYWwgcGxhbiBhbmQgdGhlIEZMMjEgZnJhbWUgc2lkZSBieSBzaWRlLCB0aGUgZnJhbWUgc3BsaXQgYnkgYXJlYSB3aXRoIGl0cyB1bmV4cGxhaW5lZCBnYXAuICovXG5leHBvcnQgZnVuY3Rpb24gbW9uZXlCeVBsYW5DaGFydCh0OiBUYWJsZXMpOiBDaGFydE1vZGVsIHtcbiAgY29uc3QgaHAgPSB0LmZ1bmRpbmcuZmluZCgoZikgPT4gZi5mdW5kaW5nX2lkID09PSAnaHAyMDE3LXNhdHNwdWxqZScpIVxuICBjb25zdCBmcmFtZSA9IHQuZnVuZGluZy5maW5kKChmKSA9PiBmLmZ1bmRpbmdfaWQgPT09ICdmbDIxLWZyYW1lJykhXG4gIGNvbnN0IGFyZWFOdW1iZXIgPSAoZjogRnVuZGluZykgPT4gdC5hcmVhcy5maW5kKChhKSA9PiBhLmFyZWFfaWQgPT09IGYuYXJlYV9pZCk/Lm51bWJlciA/PyAwXG4gIC8vIFBhcnRzIGluIHRoZSBvcmRlciBvZiB0aGUgYWdyZWVtZW50J3MgYXJlYXMsIG51bWJlcmVkIGFzIHRoZSBhcmVhcyBhcmUuXG4gIGNvbnN0IHBhcnRzID0gdC5mdW5kaW5nLmZpbHRlcigoZikgPT4gZi5wYXJlbnRfaWQgPT09IGZyYW1lLmZ1bmRpbmdfaWQpLnNvcnQoKGEsIGIpID0+IGFyZWFOdW1iZXIoYSkgLSBhcmVhTnVtYmVyKGIpKVxuICBjb25zdCBwbGFuTmFtZSA9IChpZDogc3RyaW5nIHwgbnVsbCkgPT4gdC5wbGFucy5maW5kKChwKSA9PiBwLnBsYW5faWQgPT09IGlkKT8uc2hvcnRfbmFtZSA/PyAnJ1xuICBjb25zdCB4ID0gc2NhbGVMaW5lYXIoKS5kb21haW4oWzAsIE1hdGgubWF4KHBlcmlvZEFtb3VudChocCksIHBlcmlvZEFtb3VudChmcmFtZSkpXSkucmFuZ2UoWzAsIFdJRFRIXSlcbiAgY29uc3QgbWFya3M6IE1hcmtbXSA9IFtdXG4gIGxldCB5ID0gMFxuICBjb25zdCBsYWJlbCA9IChmOiBGdW5kaW5nKSA9PiB7XG4gICAgZm9yIChjb25zdCBsaW5lIG9mIHdyYXAoYCR7cGxhbk5hbWUoZi5wbGFuX2lkKX06ICR7YW1vdW50VGV4dChmKX0gKCR7Zm9ybWF0WWVhcnMoZi5zdGFydF95ZWFyLCBmLmVuZF95ZWFyKX0pYCkpIHtcbiAgICAgIG1hcmtzLnB1c2goeyBraW5kOiAndGV4dCcsIHg6IDAsIHk6IHkgKyAxNCwgdGV4dDogbGluZSwgY2xzOiAnbGFiZWwnIH0pXG4gICAgICB5ICs9IExJTkVcbiAgICB9XG4gIH1cbiAgbGFiZWwoaHApXG4gIG1hcmtzLnB1c2goeyBraW5kOiAncmVjdCcsIHg6IDAsIHk6IHkgKyA0LCB3OiB4KHBlcmlvZEFtb3VudChocCkpLCBoOiAyNCwgY2xzOiAnc2VnLTAnIH0pXG4gIHkgKz0gNDRcbiAgbGFiZWwoZnJhbWUpXG4gIGxldCBhdCA9IDBcbiAgcGFydHMuZm9yRWFjaCgocCwgaykgPT4ge1xuICAgIGNvbnN0IHcgPSB4KHAuYW1vdW50ISlcbiAgICBtYXJrcy5wdXNoKHsga2luZDogJ3JlY3QnLCB4OiB4KGF0KSwgeTogeSArIDQsIHc6IE1hdGgubWF4KHcgLSAxLjUsIDApLCBoOiAyNCwgY2xzOiBgc2VnLSR7ayArIDF9YCB9KVxuICAgIGlmICh3ID4gMTgpIG1hcmtzLnB1c2goeyBraW5kOiAndGV4dCcsIHg6IHgoYXQpICsgdyAvIDIsIHk6IHkgKyAyMSwgdGV4dDogU3RyaW5nKGFyZWFOdW1iZXIocCkpLCBjbHM6ICdzZWctbGFiZWwnLCBhbmNob3I6ICdtaWRkbGUnIH0pXG4gICAgYXQgKz0gcC5hbW91bnQhXG4gIH0pXG4gIGlmIChmcmFtZS51bmV4cGxhaW5lZF9nYXApIG1hcmtzLnB1c2goeyBraW5kOiAncmVjdCcsIHg6IHgoYXQpLCB5OiB5ICsgNCwgdzogeChmcmFtZS51bmV4cGxhaW5lZF9nYXApLCBoOiAyNCwgY2xzOiAnc2VnLWdhcCcgfSlcbiAgeSArPSAzMFxuICBjb25zdCBsZWdlbmQgPSBbXG4gICAgeyBjbHM6ICdzZWctMCcsIHRleHQ6IGAke3BsYW5OYW1lKGhwLnBsYW5faWQpfTogJHtmb3JtYXRNaW8oaHAuYW1vdW50ISl9IGkgYWx0IChmb3JkZWxpbmdlbiBwXHUwMEU1IGluZHNhdHNvbXJcdTAwRTVkZXIgZXIgaWtrZSBvcGx5c3QgaSBraWxkZXJuZSlgIH0sXG4gICAgLi4ucGFydHMubWFwKChwLCBrKSA9PiAoeyBjbHM6IGBzZWctJHtrICsgMX1gLCB0ZXh0OiBgJHthcmVhTnVtYmVyKHApfS4gJHtwLnB1cnBvc2V9OiAke2Zvcm1hdE1pbyhwLmFtb3VudCEpfWAgfSkpLFxuICAgIC4uLihmcmFtZS51bmV4cGxhaW5lZF9nYXAgPyBbeyBjbHM6ICdzZWctZ2FwJywgdGV4dDogYElra2UgZm9ya2xhcmV0IGkga2lsZGVybmU6ICR7Zm9ybWF0TWlvKGZyYW1lLnVuZXhwbGFpbmVkX2dhcCl9IChkZWxlbmUgZ2l2ZXIgJHtmb3JtYXRNaW8ocGFydHMucmVkdWNlKChzLCBwKSA9PiBzICsgcC5hbW91bnQhLCAwKSl9KWAgfV0gOiBbXSksXG4gIF1cbiAgY29uc3Qgcm93cyA9IFtocCwgLi4ucGFydHNdXG4gIHJldHVybiB7XG4gICAgaWQ6ICdwZW5nZS1lZnRlci1wbGFuLW9nLW9tcmFhZGUnLFxuICAgIHRpdGxlOiAnUGVuZ2UgZWZ0ZXIgcGxhbiBvZyBpbmRzYXRzb21yXHUwMEU1ZGUnLFxuICAgIHN1YnRpdGxlOiAnSGFuZGxpbmdzcGxhbmVucyBzYW1sZWRlIGJlbFx1MDBGOGIgb2cgYWZ0YWxlbnMgcmFtbWUgbWVkIGZvcmRlbGluZ2VuIHBcdTAwRTUgb21yXHUwMEU1ZGVyLicsXG4gICAgZGVzY3JpcHRpb246IGAke3BsYW5OYW1lKGhwLnBsYW5faWQpfTogJHtmb3JtYXRNaW8oaHAuYW1vdW50ISl9LiAke3BsYW5OYW1lKGZyYW1lLnBsYW5faWQpfTogJHthbW91bnRUZXh0KGZyYW1lKX0sIGZvcmRlbHQgbWVkICR7cGFydHMubWFwKChwKSA9PiBmb3JtYXRNaW8ocC5hbW91bnQhKSkuam9pbignLCAnKX0ke2ZyYW1lLnVuZXhwbGFpbmVkX2dhcCA/IGA7ICR7Zm9ybWF0TWlvKGZyYW1lLnVuZXhwbGFpbmVkX2dhcCl9IGVyIGlra2UgZm9ya2xhcmV0YCA6ICcnfS5gLFxuICAgIHdpZHRoOiBXSURUSCxcbiAgICBoZWlnaHQ6IHksXG4gICAgbWFya3MsXG4gICAgbGVnZW5kLFxuICAgIHRhYmxlOiB7XG4gICAgICBjYXB0aW9uOiAnUGVuZ2UgZWZ0ZXIgcGxhbiBvZyBpbmRzYXRzb21yXHUwMEU1ZGUnLFxuICAgICAgY29sdW1uczogW3sgbGFiZWw6ICdQbGFuJyB9LCB7IGxhYmVsOiAnRm9ybVx1MDBFNWwnIH0sIHsgbGFiZWw6ICdCZWxcdTAwRjhiJyB9LCB7IGxhYmVsOiAnXHUwMEM1cicgfV0sXG4gICAgICByb3dzOiBbXG4gICAgICAgIC4uLnJvd3MubWFwKChmKSA9PiBbcGxhbk5hbWUoZi5wbGFuX2lkKSwgZi5wdXJwb3NlLCBhbW91bnRUZXh0KGYpLCBmb3JtYXRZZWFycyhmLnN0YXJ0X3llYXIsIGYuZW5kX3llYXIpXSksXG4gICAgICAgIC4uLihmcmFtZS51bmV4cGxhaW5lZF9nYXAgPyBbW3BsYW5OYW1lKGZyYW1lLnBsYW5faWQpLCAnSWtrZSBmb3JrbGFyZXQgaSBraWxkZXJuZScsIGZvcm1hdE1pbyhmcmFtZS51bmV4cGxhaW5lZF9nYXApLCBmb3JtYXRZZWFycyhmcmFtZS5zdGFydF95ZWFyLCBmcmFtZS5lbmRfeWVhcildXSA6IFtdKSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICBjc3Y6IHtcbiAgICAgIGhlYWRlcjogWydmdW5kaW5nX2lkJywgJ3BsYW4nLCAnZm9ybWFhbCcsICdiZWxvZWJfbWlvX2tyJywgJ2dydW5kbGFnJywgJ2ZyYV9hYXInLCAndGlsX2FhciddLFxuICAgICAgcm93czogW1xuICAgICAgICAuLi5baHAsIGZyYW1lLCAuLi5wYXJ0c10ubWFwKChmKSA9PiBbZi5mdW5kaW5nX2lkLCBmLnBsYW5faWQgPz8gJycsIGYucHVycG9zZSwgZi5hbW91bnQgPz8gJycsIGYuYmFzaXMsIGYuc3RhcnRfeWVhciwgZi5lbmRfeWVhcl0pLFxuICAgICAgICAuLi4oZnJhbWUudW5leHBsYWluZWRfZ2FwID8gW1tgJHtmcmFtZS5mdW5kaW5nX2lkfS11Zm9ya2xhcmV0YCwgZnJhbWUucGxhbl9pZCA/PyAnJywgJ0lra2UgZm9ya2xhcmV0IGkga2lsZGVybmUnLCBmcmFtZS51bmV4cGxhaW5lZF9nYXAsICd0b3RhbCcsIGZyYW1lLnN0YXJ0X3llYXIsIGZyYW1lLmVuZF95ZWFyXV0gOiBbXSksXG4gICAgICBdLFxuICAgIH0sXG4gICAgc291cmNlczogW2hwLCBmcmFtZSwgLi4ucGFydHNdLm1hcCgoZikgPT4gY2l0ZSh0LCBmKSksXG4gICAgbm90ZXM6IGZyYW1lLm5vdGUgPyBbZnJhbWUubm90ZV0gOiBbXSxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0cy90aW1lbGluZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHMvdGltZWxpbmUudHNcIjtpbXBvcnQgeyBzY2FsZVV0YyB9IGZyb20gJ2QzLXNjYWxlJ1xuaW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0RGF0ZSB9IGZyb20gJy4uLy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgeyBjaXRlIH0gZnJvbSAnLi4vY2l0ZS50cydcbmltcG9ydCB7IHR5cGUgQ2hhcnRNb2RlbCwgdHlwZSBNYXJrLCBMSU5FLCBXSURUSCB9IGZyb20gJy4vbW9kZWwudHMnXG5cbi8qKiBTdGFydCBvZiB0aGUgcGVyaW9kIGFuIElTTyBkYXRlIG9mIGFueSBwcmVjaXNpb24gbmFtZXMuICovXG5jb25zdCBzdGFydE9mID0gKGlzbzogc3RyaW5nKSA9PiB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIHJldHVybiBuZXcgRGF0ZShEYXRlLlVUQyh5ISwgKG0gPz8gMSkgLSAxLCBkID8/IDEpKVxufVxuXG4vKiogRXZlbnRzIG9uIGEgdGltZSBheGlzLCBvbmUgZG90IGVhY2gsIHN0YWNrZWQgd2l0aGluIGEgbW9udGg7IGEgaG9sbG93IGRvdCBpcyBhIGRhdGUga25vd24gb25seSB0byB0aGUgeWVhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aW1lbGluZUNoYXJ0KHQ6IFRhYmxlcyk6IENoYXJ0TW9kZWwge1xuICBjb25zdCBldmVudHMgPSBbLi4udC5ldmVudHNdLnNvcnQoKGEsIGIpID0+IGEuZGF0ZS5sb2NhbGVDb21wYXJlKGIuZGF0ZSkpXG4gIGNvbnN0IGZpcnN0ID0gc3RhcnRPZihldmVudHNbMF0hLmRhdGUpLmdldFVUQ0Z1bGxZZWFyKClcbiAgY29uc3QgbGFzdCA9IHN0YXJ0T2YoZXZlbnRzW2V2ZW50cy5sZW5ndGggLSAxXSEuZGF0ZSkuZ2V0VVRDRnVsbFllYXIoKVxuICBjb25zdCB4ID0gc2NhbGVVdGMoKS5kb21haW4oW25ldyBEYXRlKERhdGUuVVRDKGZpcnN0LCAwLCAxKSksIG5ldyBEYXRlKERhdGUuVVRDKGxhc3QgKyAxLCAwLCAxKSldKS5yYW5nZShbNiwgV0lEVEggLSA2XSlcbiAgY29uc3QgYXhpc1kgPSAxMlxuICBjb25zdCBzdGFjayA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KClcbiAgY29uc3QgbWFya3M6IE1hcmtbXSA9IFtdXG4gIGZvciAoY29uc3QgZSBvZiBldmVudHMpIHtcbiAgICBjb25zdCBrZXkgPSBlLmRhdGUuc2xpY2UoMCwgNylcbiAgICBjb25zdCBsZXZlbCA9IHN0YWNrLmdldChrZXkpID8/IDBcbiAgICBzdGFjay5zZXQoa2V5LCBsZXZlbCArIDEpXG4gICAgY29uc3QgcHJlY2lzZSA9IGUuZGF0ZS5sZW5ndGggPiA0XG4gICAgbWFya3MucHVzaCh7IGtpbmQ6ICdjaXJjbGUnLCBjeDogeChzdGFydE9mKGUuZGF0ZSkpLCBjeTogYXhpc1kgKyAxNCArIGxldmVsICogOSwgcjogMy41LCBjbHM6IHByZWNpc2UgPyAnZG90JyA6ICdkb3Qtb3BlbicgfSlcbiAgfVxuICBjb25zdCBoZWlnaHQgPSBheGlzWSArIDE0ICsgTWF0aC5tYXgoLi4uc3RhY2sudmFsdWVzKCkpICogOSArIExJTkUgKyA2XG4gIG1hcmtzLnVuc2hpZnQoeyBraW5kOiAnbGluZScsIHgxOiAwLCB5MTogYXhpc1ksIHgyOiBXSURUSCwgeTI6IGF4aXNZLCBjbHM6ICdheGlzJyB9KVxuICBmb3IgKGxldCB5ID0gZmlyc3Q7IHkgPD0gbGFzdDsgeSsrKSB7XG4gICAgY29uc3QgcHggPSB4KG5ldyBEYXRlKERhdGUuVVRDKHksIDAsIDEpKSlcbiAgICBtYXJrcy5wdXNoKHsga2luZDogJ2xpbmUnLCB4MTogcHgsIHkxOiBheGlzWSAtIDQsIHgyOiBweCwgeTI6IGhlaWdodCAtIExJTkUsIGNsczogJ3RpY2snIH0pXG4gICAgbWFya3MucHVzaCh7IGtpbmQ6ICd0ZXh0JywgeDogcHggKyAzLCB5OiBoZWlnaHQgLSA0LCB0ZXh0OiBTdHJpbmcoeSksIGNsczogJ3ZhbHVlJyB9KVxuICB9XG4gIHJldHVybiB7XG4gICAgaWQ6ICd0aWRzbGluamUnLFxuICAgIHRpdGxlOiBgQmVnaXZlbmhlZGVyICR7Zmlyc3R9XHUyMDEzJHtsYXN0fWAsXG4gICAgc3VidGl0bGU6ICdcdTAwQzluIHByaWsgcHIuIGJlZ2l2ZW5oZWQ7IGVuIGh1bCBwcmlrIGVyIGVuIGRhdG8sIGh2b3Iga3VuIFx1MDBFNXJldCBlciBrZW5kdC4nLFxuICAgIGRlc2NyaXB0aW9uOiBgVGlkc2xpbmplbiB2aXNlciBiZWdpdmVuaGVkZXJuZSBmcmEgJHtmaXJzdH0gdGlsICR7bGFzdH0sIFx1MDBFOW4gcHJpayBmb3IgaHZlci4gRmxlc3QgbGlnZ2VyIGkgJHtidXNpZXN0WWVhcihldmVudHMubWFwKChlKSA9PiBlLmRhdGUpKX0uIEhlbGUgbGlzdGVuIHN0XHUwMEU1ciB1bmRlciBmaWd1cmVuLmAsXG4gICAgd2lkdGg6IFdJRFRILFxuICAgIGhlaWdodCxcbiAgICBtYXJrcyxcbiAgICBsZWdlbmQ6IFtcbiAgICAgIHsgY2xzOiAnZG90JywgdGV4dDogJ0RhdG8ga2VuZHQnIH0sXG4gICAgICB7IGNsczogJ2RvdC1vcGVuJywgdGV4dDogJ0t1biBcdTAwRTVyZXQga2VuZHQnIH0sXG4gICAgXSxcbiAgICB0YWJsZToge1xuICAgICAgY2FwdGlvbjogJ0JlZ2l2ZW5oZWRlcicsXG4gICAgICBjb2x1bW5zOiBbeyBsYWJlbDogJ0RhdG8nIH0sIHsgbGFiZWw6ICdCZWdpdmVuaGVkJyB9XSxcbiAgICAgIHJvd3M6IGV2ZW50cy5tYXAoKGUpID0+IFtlLmRhdGVfdGV4dCA/PyBmb3JtYXREYXRlKGUuZGF0ZSksIGUudGl0bGVdKSxcbiAgICB9LFxuICAgIGNzdjogeyBoZWFkZXI6IFsnZXZlbnRfaWQnLCAnZGF0bycsICdiZWdpdmVuaGVkJ10sIHJvd3M6IGV2ZW50cy5tYXAoKGUpID0+IFtlLmV2ZW50X2lkLCBlLmRhdGUsIGUudGl0bGVdKSB9LFxuICAgIHNvdXJjZXM6IFsuLi5uZXcgTWFwKGV2ZW50cy5tYXAoKGUpID0+IFtlLnNvdXJjZV9pZCwgY2l0ZSh0LCBlKV0pKS52YWx1ZXMoKV0sXG4gICAgbm90ZXM6IFtdLFxuICB9XG59XG5cbmZ1bmN0aW9uIGJ1c2llc3RZZWFyKGRhdGVzOiBzdHJpbmdbXSk6IHN0cmluZyB7XG4gIGNvbnN0IGNvdW50ID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKVxuICBmb3IgKGNvbnN0IGQgb2YgZGF0ZXMpIGNvdW50LnNldChkLnNsaWNlKDAsIDQpLCAoY291bnQuZ2V0KGQuc2xpY2UoMCwgNCkpID8/IDApICsgMSlcbiAgcmV0dXJuIFsuLi5jb3VudC5lbnRyaWVzKCldLnNvcnQoKGEsIGIpID0+IGJbMV0gLSBhWzFdIHx8IGFbMF0ubG9jYWxlQ29tcGFyZShiWzBdKSlbMF0hWzBdXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbmNob3JzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2FuY2hvcnMudHNcIjsvKiogRWxlbWVudCBpZHMgb2YgcmVjb3JkcyBvbiB0aGUgcGFnZXM7IHNlYXJjaCBoaXRzIGFuZCB0aGUgS2lsZGVyIHBhZ2UgbGluayB0byB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IGFuY2hvciA9IHtcbiAgaW5pdGlhdGl2ZTogKGlkOiBzdHJpbmcpID0+IGBpbml0aWF0aXYtJHtpZH1gLFxuICByZWNvbW1lbmRhdGlvbjogKGlkOiBzdHJpbmcpID0+IGBhbmJlZmFsaW5nLSR7aWR9YCxcbiAgbGluazogKGlkOiBzdHJpbmcpID0+IGBsaW5rLSR7aWR9YCxcbiAgb3JnYW5pc2F0aW9uOiAoaWQ6IHN0cmluZykgPT4gYG9yZy0ke2lkfWAsXG4gIHRlcm06IChpZDogc3RyaW5nKSA9PiBgdGVybS0ke2lkfWAsXG4gIGV2ZW50OiAoaWQ6IHN0cmluZykgPT4gYGJlZ2l2ZW5oZWQtJHtpZH1gLFxuICBzb3VyY2U6IChpZDogc3RyaW5nKSA9PiBga2lsZGUtJHtpZH1gLFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvZmlndXJlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2ZpZ3VyZS50c1wiO2ltcG9ydCB0eXBlIHsgSW5kaWNhdG9yIH0gZnJvbSAnLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdE51bWJlciB9IGZyb20gJy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5cbmNvbnN0IFFVQUxJRklFUjogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgYXBwcm94OiAnY2EuICcsIHVwX3RvOiAnb3AgbW9kICcsIGNvdW50ZWQ6ICcnIH1cblxuLyoqIFwiY2EuIDQ1MFwiLCBcIm9wIG1vZCA3MDBcIiwgXCI5ODBcIiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZhbHVlVGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICByZXR1cm4gaS52YWx1ZSA9PT0gbnVsbCA/ICdpa2tlIG9wbHlzdCcgOiBgJHtRVUFMSUZJRVJbaS52YWx1ZV9xdWFsaWZpZXIgPz8gJyddID8/ICcnfSR7Zm9ybWF0TnVtYmVyKGkudmFsdWUpfWBcbn1cblxuLyoqIFwiY2EuIDQ1MCBmYWdwZXJzb25lclwiICovXG5leHBvcnQgZnVuY3Rpb24gaW5kaWNhdG9yVGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7dmFsdWVUZXh0KGkpfSAke2kudW5pdH1gXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL3ZpZXdzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3cy9jb21tb24udHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3MvY29tbW9uLnRzXCI7aW1wb3J0IHR5cGUgeyBJbml0aWF0aXZlLCBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0RGF0ZSB9IGZyb20gJy4uLy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgeyBhbW91bnRUZXh0IH0gZnJvbSAnLi4vYW1vdW50LnRzJ1xuaW1wb3J0IHsgYW5jaG9yIH0gZnJvbSAnLi4vYW5jaG9ycy50cydcbmltcG9ydCB7IHR5cGUgQ2l0YXRpb24sIGNpdGUgfSBmcm9tICcuLi9jaXRlLnRzJ1xuaW1wb3J0IHsgaW5kaWNhdG9yVGV4dCB9IGZyb20gJy4uL2ZpZ3VyZS50cydcbmltcG9ydCB7IFNUQVRVU19MQUJFTCB9IGZyb20gJy4uL3N0YXR1cy50cydcblxuZXhwb3J0IGludGVyZmFjZSBGaWd1cmVWaWV3IHtcbiAgaWQ6IHN0cmluZ1xuICB0ZXh0OiBzdHJpbmdcbiAgbWVhc3VyZTogc3RyaW5nXG4gIGtpbmQ6IHN0cmluZ1xuICBjaXRhdGlvbjogQ2l0YXRpb25cbiAgdGFyZ2V0Q2l0YXRpb246IENpdGF0aW9uIHwgbnVsbFxuICBub3RlOiBzdHJpbmcgfCBudWxsXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgSW5pdGlhdGl2ZVZpZXcge1xuICBpZDogc3RyaW5nXG4gIGFuY2hvcjogc3RyaW5nXG4gIG51bWJlcjogbnVtYmVyIHwgbnVsbFxuICBuYW1lOiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICBuYW1pbmc6IEluaXRpYXRpdmVbJ25hbWluZyddXG4gIGNpdGF0aW9uOiBDaXRhdGlvblxuICBzdGF0dXNlczogeyBkYXRlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nOyBzdGF0dXNLZXk6IHN0cmluZzsgZGV0YWlsOiBzdHJpbmc7IGNpdGF0aW9uOiBDaXRhdGlvbiB9W11cbiAgYWN0b3JzOiB7IG5hbWU6IHN0cmluZzsgcm9sZTogc3RyaW5nOyBjaXRhdGlvbjogQ2l0YXRpb24gfVtdXG4gIGZpZ3VyZXM6IEZpZ3VyZVZpZXdbXVxuICBmdW5kaW5nOiB7IHRleHQ6IHN0cmluZzsgcHVycG9zZTogc3RyaW5nOyBjaXRhdGlvbjogQ2l0YXRpb247IG5vdGU6IHN0cmluZyB8IG51bGwgfVtdXG59XG5cbmNvbnN0IFJPTEU6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIGNhcnJpZXNfb3V0OiAnVWRmXHUwMEY4cmVyJyxcbiAgZnVuZHM6ICdGaW5hbnNpZXJlcicsXG4gIGRldmVsb3BzOiAnVWR2aWtsZXInLFxuICBwYXJ0bmVyOiAnU2FtYXJiZWpkc3BhcnRuZXInLFxuICBncmFudGVlOiAnTW9kdGFnZXIgdGlsc2t1ZCcsXG4gIHRlc3Rfc2l0ZTogJ1Rlc3Rrb21tdW5lJyxcbiAgYWR2aXNlczogJ1JcdTAwRTVkZ2l2ZXInLFxufVxuXG5leHBvcnQgZnVuY3Rpb24gZmlndXJlVmlldyh0OiBUYWJsZXMsIGk6IFRhYmxlc1snaW5kaWNhdG9ycyddW251bWJlcl0pOiBGaWd1cmVWaWV3IHtcbiAgcmV0dXJuIHtcbiAgICBpZDogaS5pbmRpY2F0b3JfaWQsXG4gICAgdGV4dDogaW5kaWNhdG9yVGV4dChpKSxcbiAgICBtZWFzdXJlOiBpLm1lYXN1cmUsXG4gICAga2luZDogaS5raW5kLFxuICAgIGNpdGF0aW9uOiBjaXRlKHQsIGkpLFxuICAgIHRhcmdldENpdGF0aW9uOiBpLnRhcmdldF9xdW90ZSA/IGNpdGUodCwgaSwgaS50YXJnZXRfcXVvdGUpIDogbnVsbCxcbiAgICBub3RlOiBpLm5vdGUsXG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGluaXRpYXRpdmVWaWV3KHQ6IFRhYmxlcywgaTogSW5pdGlhdGl2ZSk6IEluaXRpYXRpdmVWaWV3IHtcbiAgY29uc3Qgb3JnID0gKGlkOiBzdHJpbmcpID0+IHQub3JnYW5pc2F0aW9ucy5maW5kKChvKSA9PiBvLm9yZ19pZCA9PT0gaWQpPy5uYW1lID8/IGlkXG4gIHJldHVybiB7XG4gICAgaWQ6IGkuaW5pdGlhdGl2ZV9pZCxcbiAgICBhbmNob3I6IGFuY2hvci5pbml0aWF0aXZlKGkuaW5pdGlhdGl2ZV9pZCksXG4gICAgbnVtYmVyOiBpLm51bWJlcixcbiAgICBuYW1lOiBpLm5hbWUsXG4gICAgZGVzY3JpcHRpb246IGkuZGVzY3JpcHRpb24sXG4gICAgbmFtaW5nOiBpLm5hbWluZyxcbiAgICBjaXRhdGlvbjogY2l0ZSh0LCBpKSxcbiAgICBzdGF0dXNlczogdC5zdGF0dXNfdXBkYXRlc1xuICAgICAgLmZpbHRlcigodSkgPT4gdS5pbml0aWF0aXZlX2lkID09PSBpLmluaXRpYXRpdmVfaWQpXG4gICAgICAuc29ydCgoYSwgYikgPT4gYS5kYXRlLmxvY2FsZUNvbXBhcmUoYi5kYXRlKSlcbiAgICAgIC5tYXAoKHUpID0+ICh7IGRhdGU6IGZvcm1hdERhdGUodS5kYXRlKSwgc3RhdHVzOiBTVEFUVVNfTEFCRUxbdS5zdGF0dXNdLCBzdGF0dXNLZXk6IHUuc3RhdHVzLCBkZXRhaWw6IHUuZGV0YWlsLCBjaXRhdGlvbjogY2l0ZSh0LCB1KSB9KSksXG4gICAgYWN0b3JzOiB0LmluaXRpYXRpdmVfYWN0b3JzXG4gICAgICAuZmlsdGVyKChhKSA9PiBhLmluaXRpYXRpdmVfaWQgPT09IGkuaW5pdGlhdGl2ZV9pZClcbiAgICAgIC5tYXAoKGEpID0+ICh7IG5hbWU6IG9yZyhhLm9yZ19pZCksIHJvbGU6IFJPTEVbYS5yb2xlXSA/PyBhLnJvbGUsIGNpdGF0aW9uOiBjaXRlKHQsIGEpIH0pKSxcbiAgICBmaWd1cmVzOiB0LmluZGljYXRvcnMuZmlsdGVyKCh4KSA9PiB4LmluaXRpYXRpdmVfaWQgPT09IGkuaW5pdGlhdGl2ZV9pZCkubWFwKCh4KSA9PiBmaWd1cmVWaWV3KHQsIHgpKSxcbiAgICBmdW5kaW5nOiB0LmZ1bmRpbmdcbiAgICAgIC5maWx0ZXIoKGYpID0+IGYuaW5pdGlhdGl2ZV9pZCA9PT0gaS5pbml0aWF0aXZlX2lkKVxuICAgICAgLm1hcCgoZikgPT4gKHsgdGV4dDogYW1vdW50VGV4dChmKSwgcHVycG9zZTogZi5wdXJwb3NlLCBjaXRhdGlvbjogY2l0ZSh0LCBmKSwgbm90ZTogZi5ub3RlIH0pKSxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3Mva29lYmVuaGF2bi50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3cy9rb2ViZW5oYXZuLnRzXCI7aW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsga2tNb25leUNoYXJ0LCBra1RhcmdldHNDaGFydCB9IGZyb20gJy4uL2NoYXJ0cy9pbmRleC50cydcbmltcG9ydCB7IGNpdGUgfSBmcm9tICcuLi9jaXRlLnRzJ1xuaW1wb3J0IHsgaW5pdGlhdGl2ZVZpZXcgfSBmcm9tICcuL2NvbW1vbi50cydcblxuLyoqIEtcdTAwRjhiZW5oYXZucyBLb21tdW5lJ3MgcGxhbiAyMDE3XHUyMDEzMTg6IHRoZSBzaXggcmVjb21tZW5kYXRpb25zIGFuZCB0aGUgb3RoZXIgZWZmb3J0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBrb2ViZW5oYXZuVmlldyh0OiBUYWJsZXMpIHtcbiAgY29uc3QgcGxhbiA9IHQucGxhbnMuZmluZCgocCkgPT4gcC5wbGFuX2lkID09PSAna2syMDE3JykhXG4gIGNvbnN0IGluaXRzID0gdC5pbml0aWF0aXZlcy5maWx0ZXIoKGkpID0+IGkucGxhbl9pZCA9PT0gcGxhbi5wbGFuX2lkKVxuICByZXR1cm4ge1xuICAgIHBsYW46IHsgbmFtZTogcGxhbi5uYW1lLCBzaG9ydE5hbWU6IHBsYW4uc2hvcnRfbmFtZSwgZGVzY3JpcHRpb246IHBsYW4uZGVzY3JpcHRpb24sIGNpdGF0aW9uOiBjaXRlKHQsIHBsYW4pIH0sXG4gICAgdGFyZ2V0czoga2tUYXJnZXRzQ2hhcnQodCksXG4gICAgbW9uZXk6IGtrTW9uZXlDaGFydCh0KSxcbiAgICByZWNvbW1lbmRhdGlvbnM6IGluaXRzLmZpbHRlcigoaSkgPT4gaS5uYW1pbmcgPT09ICduYW1lZCcpLm1hcCgoaSkgPT4gaW5pdGlhdGl2ZVZpZXcodCwgaSkpLFxuICAgIG90aGVyOiBpbml0cy5maWx0ZXIoKGkpID0+IGkubmFtaW5nID09PSAnYmVzaWRlX3BsYW4nKS5tYXAoKGkpID0+IGluaXRpYXRpdmVWaWV3KHQsIGkpKSxcbiAgfVxufVxuZXhwb3J0IHR5cGUgS29lYmVuaGF2blZpZXcgPSBSZXR1cm5UeXBlPHR5cGVvZiBrb2ViZW5oYXZuVmlldz5cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzXCI7aW1wb3J0IHsgZGVmaW5lTG9hZGVyIH0gZnJvbSAndml0ZXByZXNzJ1xuaW1wb3J0IHsgbG9hZERhdGEgfSBmcm9tICcuLi8uLi9zY3JpcHRzL2RhdGEvbG9hZC1kYXRhLnRzJ1xuaW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9zY3JpcHRzL2RhdGEvdHlwZXMudHMnXG5cbi8qKlxuICogQSBWaXRlUHJlc3MgZGF0YSBsb2FkZXIgZm9yIG9uZSBwYWdlOiBpdCBydW5zIHRoZSBjaGVja2VkIGRhdGEgdGhyb3VnaCB0aGUgcGFnZSdzIHZpZXcsIHNvIGFcbiAqIHBhZ2Ugc2hpcHMgb25seSB3aGF0IGl0IHNob3dzLCBhbmQgYmFkIGRhdGEgc3RvcHMgdGhlIGJ1aWxkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFnZUxvYWRlcjxUPih2aWV3OiAodGFibGVzOiBUYWJsZXMpID0+IFQpIHtcbiAgcmV0dXJuIGRlZmluZUxvYWRlcih7XG4gICAgd2F0Y2g6IFsnLi4vLi4vZGF0YS8qLmNzdicsICcuLi8uLi9kYXRhL2RhdGFwYWNrYWdlLmpzb24nXSxcbiAgICBsb2FkOiAoKTogVCA9PiB2aWV3KGxvYWREYXRhKCkpLFxuICB9KVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvbG9hZC1kYXRhLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2xvYWQtZGF0YS50c1wiO2ltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBqb2luLCByZWxhdGl2ZSwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCdcbmltcG9ydCB7IGZpbGVVUkxUb1BhdGggfSBmcm9tICdub2RlOnVybCdcbmltcG9ydCB7IGNoZWNrS2V5cyB9IGZyb20gJy4vY2hlY2sta2V5cy50cydcbmltcG9ydCB7IGNoZWNrUHJvdmVuYW5jZSB9IGZyb20gJy4vY2hlY2stcHJvdmVuYW5jZS50cydcbmltcG9ydCB7IGNoZWNrUnVsZXMgfSBmcm9tICcuL2NoZWNrLXJ1bGVzLnRzJ1xuaW1wb3J0IHsgY2hlY2tUYWJsZSwgdHlwZSBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5pbXBvcnQgeyB0eXBlIERhdGFQYWNrYWdlLCByZWFkUGFja2FnZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyBEYXRhRXJyb3IsIHR5cGUgUHJvYmxlbSB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgeyByZWFkQ3N2IH0gZnJvbSAnLi9yZWFkLWNzdi50cydcbmltcG9ydCB7IFNvdXJjZVRleHRzIH0gZnJvbSAnLi9zb3VyY2UtdGV4dHMudHMnXG5pbXBvcnQgdHlwZSB7IFRhYmxlcyB9IGZyb20gJy4vdHlwZXMudHMnXG5cbmV4cG9ydCBjb25zdCBQUk9KRUNUX1JPT1QgPSByZXNvbHZlKGZpbGVVUkxUb1BhdGgobmV3IFVSTCgnLi4vLi4nLCBpbXBvcnQubWV0YS51cmwpKSlcbi8qKiBOU0tfREFUQV9ESVIgcG9pbnRzIHRoZSBidWlsZCBhbmQgdGhlIGNoZWNrcyBhdCBhbm90aGVyIGNvcHkgb2YgdGhlIGRhdGEgKHVzZWQgYnkgdGVzdHMpLiAqL1xuZXhwb3J0IGNvbnN0IERBVEFfRElSID0gcHJvY2Vzcy5lbnYuTlNLX0RBVEFfRElSID8gcmVzb2x2ZShwcm9jZXNzLmVudi5OU0tfREFUQV9ESVIpIDogam9pbihQUk9KRUNUX1JPT1QsICdkYXRhJylcbi8qKiBUaGUgc291cmNlIGRvY3VtZW50cyBzaXQgYmVzaWRlIHRoZSBwcm9qZWN0IChgLi4vc2hhcmVkL3NvdXJjZXNgKSwgb24gQ0kgYW5kIG9uIHRoZSB0ZWFtJ3MgbWFjaGluZXMuICovXG5leHBvcnQgY29uc3QgU09VUkNFU19ESVIgPSBwcm9jZXNzLmVudi5OU0tfU09VUkNFU19ESVIgPyByZXNvbHZlKHByb2Nlc3MuZW52Lk5TS19TT1VSQ0VTX0RJUikgOiByZXNvbHZlKFBST0pFQ1RfUk9PVCwgJy4uJywgJ3NoYXJlZCcsICdzb3VyY2VzJylcblxuZXhwb3J0IGludGVyZmFjZSBMb2FkT3B0aW9ucyB7XG4gIGRhdGFEaXI/OiBzdHJpbmdcbiAgc291cmNlc0Rpcj86IHN0cmluZ1xuICAvKiogRmFpbCwgcmF0aGVyIHRoYW4gc2tpcCwgd2hlbiB0aGUgc291cmNlIHRleHRzIGFyZSBhYnNlbnQgKG9uIENJKS4gKi9cbiAgcmVxdWlyZVNvdXJjZXM/OiBib29sZWFuXG4gIC8qKiBIb3cgdGhlIGRhdGEgZm9sZGVyIGlzIG5hbWVkIGluIG1lc3NhZ2VzOyBkZWZhdWx0cyB0byBpdHMgcGF0aCBmcm9tIHRoZSBwcm9qZWN0IHJvb3QuICovXG4gIGxhYmVsPzogc3RyaW5nXG59XG5leHBvcnQgaW50ZXJmYWNlIExvYWRSZXN1bHQge1xuICBwa2c6IERhdGFQYWNrYWdlXG4gIHRhYmxlczogVGFibGVzXG4gIHByb2JsZW1zOiBQcm9ibGVtW11cbiAgLyoqIFdoZXRoZXIgcXVvdGVzIGFuZCBVUkxzIHdlcmUgY2hlY2tlZCBhZ2FpbnN0IHRoZSBzb3VyY2UgdGV4dHMuICovXG4gIHByb3ZlbmFuY2U6ICdjaGVja2VkJyB8ICdza2lwcGVkJ1xufVxuXG4vKiogUmVhZHMsIGNoZWNrcyBhbmQgdHlwZXMgdGhlIHdob2xlIGRhdGEgcGFja2FnZS4gTmV2ZXIgdGhyb3dzIGZvciBiYWQgZGF0YTogaXQgbGlzdHMgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tEYXRhKG9wdGlvbnM6IExvYWRPcHRpb25zID0ge30pOiBMb2FkUmVzdWx0IHtcbiAgY29uc3QgZGF0YURpciA9IHJlc29sdmUob3B0aW9ucy5kYXRhRGlyID8/IERBVEFfRElSKVxuICBjb25zdCBsYWJlbCA9IG9wdGlvbnMubGFiZWwgPz8gKHJlbGF0aXZlKFBST0pFQ1RfUk9PVCwgZGF0YURpcikgfHwgJy4nKVxuICBjb25zdCBmaWxlT2YgPSAobmFtZTogc3RyaW5nKSA9PiBgJHtsYWJlbH0vJHtuYW1lfS5jc3ZgXG4gIGNvbnN0IHByb2JsZW1zOiBQcm9ibGVtW10gPSBbXVxuICBjb25zdCBwa2dQYXRoID0gam9pbihkYXRhRGlyLCAnZGF0YXBhY2thZ2UuanNvbicpXG4gIGxldCBwa2c6IERhdGFQYWNrYWdlXG4gIHRyeSB7XG4gICAgcGtnID0gcmVhZFBhY2thZ2UocGtnUGF0aClcbiAgfSBjYXRjaCAoZSkge1xuICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiBgJHtsYWJlbH0vZGF0YXBhY2thZ2UuanNvbmAsIGxpbmU6IDEsIGNvbHVtbjogJy0nLCBtZXNzYWdlOiBgZXhwZWN0ZWQgYSByZWFkYWJsZSBKU09OIGRhdGEgcGFja2FnZSwgZm91bmQgJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gIH0pXG4gICAgcmV0dXJuIHsgcGtnOiB7IHJlc291cmNlczogW10gfSBhcyB1bmtub3duIGFzIERhdGFQYWNrYWdlLCB0YWJsZXM6IHt9IGFzIFRhYmxlcywgcHJvYmxlbXMsIHByb3ZlbmFuY2U6ICdza2lwcGVkJyB9XG4gIH1cbiAgY29uc3QgdGFibGVzID0gbmV3IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+KClcbiAgZm9yIChjb25zdCByZXNvdXJjZSBvZiBwa2cucmVzb3VyY2VzKSB7XG4gICAgY29uc3QgcGF0aCA9IGpvaW4oZGF0YURpciwgcmVzb3VyY2UucGF0aClcbiAgICBjb25zdCBmaWxlID0gZmlsZU9mKHJlc291cmNlLm5hbWUpXG4gICAgaWYgKCFleGlzdHNTeW5jKHBhdGgpKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZSwgbGluZTogMSwgY29sdW1uOiAnLScsIG1lc3NhZ2U6ICdleHBlY3RlZCB0aGUgZmlsZSB0aGF0IGRhdGFwYWNrYWdlLmpzb24gbGlzdHMsIGZvdW5kIG5vbmUnIH0pXG4gICAgICBjb250aW51ZVxuICAgIH1cbiAgICBjb25zdCBjc3YgPSByZWFkQ3N2KHJlYWRGaWxlU3luYyhwYXRoKSwgZmlsZSwgcHJvYmxlbXMpXG4gICAgY29uc3Qgcm93cyA9IGNzdiAmJiBjaGVja1RhYmxlKGNzdiwgcmVzb3VyY2UsIGZpbGUsIHByb2JsZW1zKVxuICAgIGlmIChyb3dzKSB0YWJsZXMuc2V0KHJlc291cmNlLm5hbWUsIHJvd3MpXG4gIH1cbiAgY2hlY2tLZXlzKHBrZy5yZXNvdXJjZXMsIHRhYmxlcywgZmlsZU9mLCBwcm9ibGVtcylcbiAgY2hlY2tSdWxlcyh0YWJsZXMsIGZpbGVPZiwgcHJvYmxlbXMpXG5cbiAgY29uc3QgdGV4dHMgPSBuZXcgU291cmNlVGV4dHMob3B0aW9ucy5zb3VyY2VzRGlyID8/IFNPVVJDRVNfRElSKVxuICBsZXQgcHJvdmVuYW5jZTogTG9hZFJlc3VsdFsncHJvdmVuYW5jZSddID0gJ3NraXBwZWQnXG4gIGlmICh0ZXh0cy5hdmFpbGFibGUpIHtcbiAgICBjaGVja1Byb3ZlbmFuY2UodGFibGVzLCB0ZXh0cywgZmlsZU9mLCBwcm9ibGVtcylcbiAgICBwcm92ZW5hbmNlID0gJ2NoZWNrZWQnXG4gIH0gZWxzZSBpZiAob3B0aW9ucy5yZXF1aXJlU291cmNlcyA/PyBwcm9jZXNzLmVudi5DSSA9PT0gJ3RydWUnKSB7XG4gICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IHRleHRzLmRpciwgbGluZTogMSwgY29sdW1uOiAnLScsIG1lc3NhZ2U6ICdleHBlY3RlZCB0aGUgc291cmNlIHRleHRzIHRvIGNoZWNrIHF1b3RlcyBhZ2FpbnN0IChDST10cnVlKSwgZm91bmQgbm8gc3VjaCBmb2xkZXInIH0pXG4gIH1cbiAgcHJvYmxlbXMuc29ydCgoYSwgYikgPT4gYS5maWxlLmxvY2FsZUNvbXBhcmUoYi5maWxlKSB8fCBhLmxpbmUgLSBiLmxpbmUpXG4gIHJldHVybiB7IHBrZywgdGFibGVzOiBPYmplY3QuZnJvbUVudHJpZXModGFibGVzKSBhcyB1bmtub3duIGFzIFRhYmxlcywgcHJvYmxlbXMsIHByb3ZlbmFuY2UgfVxufVxuXG4vKiogVGhlIGNoZWNrZWQgZGF0YSwgdHlwZWQ7IHRocm93cyBhIERhdGFFcnJvciBuYW1pbmcgZXZlcnkgcHJvYmxlbS4gVXNlZCBieSB0aGUgYnVpbGQgYW5kIHNjcmlwdHMuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZERhdGEob3B0aW9uczogTG9hZE9wdGlvbnMgPSB7fSk6IFRhYmxlcyB7XG4gIGNvbnN0IHJlc3VsdCA9IGNoZWNrRGF0YShvcHRpb25zKVxuICBpZiAocmVzdWx0LnByb2JsZW1zLmxlbmd0aCkgdGhyb3cgbmV3IERhdGFFcnJvcihyZXN1bHQucHJvYmxlbXMpXG4gIHJldHVybiByZXN1bHQudGFibGVzXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9wcm9ibGVtcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9wcm9ibGVtcy50c1wiOy8qKiBBIHByb2JsZW0gZm91bmQgaW4gdGhlIGRhdGEsIG5hbWVkIGJ5IHBsYWNlOiBmaWxlLCBsaW5lLCBjb2x1bW4uICovXG5leHBvcnQgaW50ZXJmYWNlIFByb2JsZW0ge1xuICAvKiogUGF0aCBhcyBzaG93biB0byB0aGUgdXNlciwgZS5nLiBgZGF0YS9pbmRpY2F0b3JzLmNzdmAuICovXG4gIGZpbGU6IHN0cmluZ1xuICAvKiogMS1iYXNlZCBsaW5lIGluIHRoZSBmaWxlIHdoZXJlIHRoZSByZWNvcmQgc3RhcnRzICgxIGlzIHRoZSBoZWFkZXIpLiAqL1xuICBsaW5lOiBudW1iZXJcbiAgLyoqIENvbHVtbiBuYW1lLCBvciBgLWAgd2hlcmUgdGhlIHByb2JsZW0gaXMgbm90IGluIG9uZSBjb2x1bW4uICovXG4gIGNvbHVtbjogc3RyaW5nXG4gIC8qKiBcImV4cGVjdGVkIFx1MjAyNiwgZm91bmQgXHUyMDI2XCIuICovXG4gIG1lc3NhZ2U6IHN0cmluZ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0UHJvYmxlbShwOiBQcm9ibGVtKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3AuZmlsZX06JHtwLmxpbmV9OiR7cC5jb2x1bW59OiAke3AubWVzc2FnZX1gXG59XG5cbi8qKiBUaHJvd24gYnkgYGxvYWREYXRhYCBzbyB0aGF0IGEgYnVpbGQgc3RvcHMgd2l0aCBldmVyeSBwcm9ibGVtIGxpc3RlZCwgbm90IG9ubHkgdGhlIGZpcnN0LiAqL1xuZXhwb3J0IGNsYXNzIERhdGFFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgcHJvYmxlbXM6IFByb2JsZW1bXSkge1xuICAgIHN1cGVyKGAke3Byb2JsZW1zLmxlbmd0aH0gcHJvYmxlbSR7cHJvYmxlbXMubGVuZ3RoID09PSAxID8gJycgOiAncyd9IGluIHRoZSBkYXRhOlxcbmAgKyBwcm9ibGVtcy5tYXAoZm9ybWF0UHJvYmxlbSkuam9pbignXFxuJykpXG4gICAgdGhpcy5uYW1lID0gJ0RhdGFFcnJvcidcbiAgfVxufVxuXG4vKiogU2hvcnRlbnMgYSBmb3VuZCB2YWx1ZSBmb3IgbWVzc2FnZXMsIGtlZXBpbmcgaXQgcmVhZGFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gc2hvd24odmFsdWU6IHN0cmluZywgbWF4ID0gNjApOiBzdHJpbmcge1xuICBjb25zdCB2ID0gdmFsdWUubGVuZ3RoID4gbWF4ID8gdmFsdWUuc2xpY2UoMCwgbWF4IC0gMSkgKyAnXHUyMDI2JyA6IHZhbHVlXG4gIHJldHVybiBKU09OLnN0cmluZ2lmeSh2KVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2sta2V5cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzXCI7aW1wb3J0IHR5cGUgeyBSZXNvdXJjZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuXG5jb25zdCBrZXlPZiA9IChyb3c6IFR5cGVkUm93LCBmaWVsZHM6IHN0cmluZ1tdKSA9PiBmaWVsZHMubWFwKChmKSA9PiBTdHJpbmcocm93W2ZdID8/ICcnKSkuam9pbignXFx1MDAwMCcpXG5cbi8qKiBQcmltYXJ5IGtleXMgdW5pcXVlLCBgdW5pcXVlYCBmaWVsZHMgdW5pcXVlLCBmb3JlaWduIGtleXMgcmVzb2x2aW5nOiBhY3Jvc3MgYWxsIHRhYmxlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0tleXMocmVzb3VyY2VzOiBSZXNvdXJjZVtdLCB0YWJsZXM6IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+LCBmaWxlT2Y6IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IHZvaWQge1xuICBmb3IgKGNvbnN0IHIgb2YgcmVzb3VyY2VzKSB7XG4gICAgY29uc3Qgcm93cyA9IHRhYmxlcy5nZXQoci5uYW1lKVxuICAgIGlmICghcm93cykgY29udGludWVcbiAgICBjb25zdCBwayA9IHIuc2NoZW1hLnByaW1hcnlLZXlcbiAgICBjb25zdCB1bmlxdWVzID0gW3BrLCAuLi5yLnNjaGVtYS5maWVsZHMuZmlsdGVyKChmKSA9PiBmLmNvbnN0cmFpbnRzPy51bmlxdWUpLm1hcCgoZikgPT4gW2YubmFtZV0pXVxuICAgIGZvciAoY29uc3QgZmllbGRzIG9mIHVuaXF1ZXMpIHtcbiAgICAgIGNvbnN0IGZpcnN0ID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKVxuICAgICAgZm9yIChjb25zdCByb3cgb2Ygcm93cykge1xuICAgICAgICBpZiAoZmllbGRzLnNvbWUoKGYpID0+IHJvd1tmXSA9PT0gbnVsbCB8fCByb3dbZl0gPT09IHVuZGVmaW5lZCkpIGNvbnRpbnVlXG4gICAgICAgIGNvbnN0IGsgPSBrZXlPZihyb3csIGZpZWxkcylcbiAgICAgICAgY29uc3Qgc2VlbiA9IGZpcnN0LmdldChrKVxuICAgICAgICBpZiAoc2VlbiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgY29uc3QgY29sdW1uID0gZmllbGRzW2ZpZWxkcy5sZW5ndGggLSAxXSFcbiAgICAgICAgICBjb25zdCB2YWx1ZSA9IGZpZWxkcy5tYXAoKGYpID0+IFN0cmluZyhyb3dbZl0pKS5qb2luKCcsICcpXG4gICAgICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihyLm5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZTogYGV4cGVjdGVkIGEgdW5pcXVlICR7ZmllbGRzLmpvaW4oJyArICcpfSwgZm91bmQgJHtzaG93bih2YWx1ZSl9IGFnYWluIChmaXJzdCBvbiBsaW5lICR7c2Vlbn0pYCB9KVxuICAgICAgICB9IGVsc2UgZmlyc3Quc2V0KGssIHJvdy5fbGluZSlcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCBmayBvZiByLnNjaGVtYS5mb3JlaWduS2V5cyA/PyBbXSkge1xuICAgICAgY29uc3QgdGFyZ2V0ID0gZmsucmVmZXJlbmNlLnJlc291cmNlID09PSAnJyA/IHIubmFtZSA6IGZrLnJlZmVyZW5jZS5yZXNvdXJjZVxuICAgICAgY29uc3QgdGFyZ2V0Um93cyA9IHRhYmxlcy5nZXQodGFyZ2V0KVxuICAgICAgaWYgKCF0YXJnZXRSb3dzKSBjb250aW51ZVxuICAgICAgY29uc3Qga2V5cyA9IG5ldyBTZXQodGFyZ2V0Um93cy5tYXAoKHQpID0+IGtleU9mKHQsIGZrLnJlZmVyZW5jZS5maWVsZHMpKSlcbiAgICAgIGZvciAoY29uc3Qgcm93IG9mIHJvd3MpIHtcbiAgICAgICAgaWYgKGZrLmZpZWxkcy5zb21lKChmKSA9PiByb3dbZl0gPT09IG51bGwgfHwgcm93W2ZdID09PSB1bmRlZmluZWQpKSBjb250aW51ZVxuICAgICAgICBpZiAoIWtleXMuaGFzKGtleU9mKHJvdywgZmsuZmllbGRzKSkpIHtcbiAgICAgICAgICBjb25zdCB2YWx1ZSA9IGZrLmZpZWxkcy5tYXAoKGYpID0+IFN0cmluZyhyb3dbZl0pKS5qb2luKCcsICcpXG4gICAgICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihyLm5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbjogZmsuZmllbGRzW2ZrLmZpZWxkcy5sZW5ndGggLSAxXSEsIG1lc3NhZ2U6IGBleHBlY3RlZCBhbiBpZCBvZiAke3RhcmdldH0uY3N2ICgke2ZrLnJlZmVyZW5jZS5maWVsZHMuam9pbignICsgJyl9KSwgZm91bmQgJHtzaG93bih2YWx1ZSl9YCB9KVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvc291cmNlLXRleHRzLnRzXCI7aW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnXG5cbi8qKiBGb2xkcyBldmVyeSBydW4gb2Ygd2hpdGVzcGFjZSB0byBvbmUgc3BhY2UsIHNvIGxpbmUgYnJlYWtzIGluIGEgc291cmNlIGRvIG5vdCBtYXR0ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9sZFNwYWNlKHM6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBzLnJlcGxhY2UoL1xccysvZ3UsICcgJykudHJpbSgpXG59XG5cbi8qKiBUaGUgc291cmNlIGRvY3VtZW50cywgcmVhZCBvbmNlLCBmb2xkZWQgZm9yIHNlYXJjaGluZy4gKi9cbmV4cG9ydCBjbGFzcyBTb3VyY2VUZXh0cyB7XG4gIHByaXZhdGUgY2FjaGUgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nIHwgbnVsbD4oKVxuICBjb25zdHJ1Y3RvcihyZWFkb25seSBkaXI6IHN0cmluZykge31cblxuICBnZXQgYXZhaWxhYmxlKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiBleGlzdHNTeW5jKHRoaXMuZGlyKVxuICB9XG5cbiAgLyoqIFRoZSBmb2xkZWQgdGV4dCBvZiBhIGZpbGUsIG9yIG51bGwgaWYgaXQgaXMgbWlzc2luZy4gKi9cbiAgdGV4dChmaWxlOiBzdHJpbmcpOiBzdHJpbmcgfCBudWxsIHtcbiAgICBpZiAoIXRoaXMuY2FjaGUuaGFzKGZpbGUpKSB7XG4gICAgICBjb25zdCBwYXRoID0gam9pbih0aGlzLmRpciwgZmlsZSlcbiAgICAgIHRoaXMuY2FjaGUuc2V0KGZpbGUsIGV4aXN0c1N5bmMocGF0aCkgPyBmb2xkU3BhY2UocmVhZEZpbGVTeW5jKHBhdGgsICd1dGY4JykpIDogbnVsbClcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FjaGUuZ2V0KGZpbGUpID8/IG51bGxcbiAgfVxuXG4gIC8qKiBUaGUgdGV4dCB3aXRoIE1hcmtkb3duIGVzY2FwZXMgdW5kb25lIChgY29weVxcX29mXFxfXHUyMDI2YCksIGZvciBmaW5kaW5nIFVSTHMgYXMgYSBicm93c2VyIHNlZXMgdGhlbS4gKi9cbiAgcGxhaW5UZXh0KGZpbGU6IHN0cmluZyk6IHN0cmluZyB8IG51bGwge1xuICAgIHJldHVybiB0aGlzLnRleHQoZmlsZSk/LnJlcGxhY2UoL1xcXFwrXy9nLCAnXycpID8/IG51bGxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcHJvdmVuYW5jZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1wcm92ZW5hbmNlLnRzXCI7aW1wb3J0IHsgZm9ybWF0TnVtYmVyLCBOVU1CRVJfV09SRFMgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IFR5cGVkUm93IH0gZnJvbSAnLi9jaGVjay10YWJsZS50cydcbmltcG9ydCB0eXBlIHsgU291cmNlVGV4dHMgfSBmcm9tICcuL3NvdXJjZS10ZXh0cy50cydcbmltcG9ydCB7IGZvbGRTcGFjZSB9IGZyb20gJy4vc291cmNlLXRleHRzLnRzJ1xuXG4vKiogQ29sdW1ucyBob2xkaW5nIGEgZmlndXJlIHRoYXQgbXVzdCBhcHBlYXIgaW4gdGhlIHJvdydzIG93biBxdW90ZS4gKi9cbmNvbnN0IEZJR1VSRV9DT0xVTU5TOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmdbXT4gPSB7XG4gIGluZGljYXRvcnM6IFsndmFsdWUnLCAndGFyZ2V0JywgJ29mX3RvdGFsJ10sXG4gIGZ1bmRpbmc6IFsnYW1vdW50J10sXG59XG4vKiogQ29sdW1ucyBob2xkaW5nIGEgVVJMIHRoYXQgbXVzdCBhcHBlYXIgaW4gdGhlIHJvdydzIHNvdXJjZS4gKi9cbmNvbnN0IFVSTF9DT0xVTU5TOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBsaW5rczogJ3VybCcsIG9yZ2FuaXNhdGlvbnM6ICd1cmwnLCBzb3VyY2VzOiAndXJsJyB9XG4vKiogVGhlIE9DUiBvZiBgMDAzYCByZWFkcyBcdTAwQkQgYXMgXCIlMlwiIChcIjMlMiBhcnN2YXJrXCIpLiAqL1xuY29uc3QgT0NSX0hBTEYgPSBbJ1x1MDBCRCcsICclMiddXG5cbi8qKlxuICogRXZlcnkgcXVvdGUgb2NjdXJzIGluIGl0cyBzb3VyY2UncyB0ZXh0LCBldmVyeSBmaWd1cmUgaW4gaXRzIHF1b3RlLCBldmVyeSBVUkwgaW4gaXRzIHNvdXJjZS5cbiAqIE5lZWRzIHRoZSBzb3VyY2UgdGV4dHM7IHRoZSBjYWxsZXIgZGVjaWRlcyB3aGF0IHRvIGRvIHdoZW4gdGhleSBhcmUgYWJzZW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tQcm92ZW5hbmNlKHRhYmxlczogTWFwPHN0cmluZywgVHlwZWRSb3dbXT4sIHRleHRzOiBTb3VyY2VUZXh0cywgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgY29uc3Qgc291cmNlRmlsZSA9IG5ldyBNYXAoKHRhYmxlcy5nZXQoJ3NvdXJjZXMnKSA/PyBbXSkubWFwKChzKSA9PiBbU3RyaW5nKHMuc291cmNlX2lkKSwgU3RyaW5nKHMudGV4dF9maWxlKV0pKVxuICBmb3IgKGNvbnN0IFtuYW1lLCByb3dzXSBvZiB0YWJsZXMpIHtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgICBjb25zdCBhdCA9IChjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKG5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuICAgICAgY29uc3QgdGV4dEZpbGUgPSBuYW1lID09PSAnc291cmNlcycgPyBTdHJpbmcocm93LnRleHRfZmlsZSkgOiBzb3VyY2VGaWxlLmdldChTdHJpbmcocm93LnNvdXJjZV9pZCkpXG4gICAgICBpZiAoIXRleHRGaWxlKSBjb250aW51ZSAvLyBhIGRhbmdsaW5nIHNvdXJjZV9pZCBpcyByZXBvcnRlZCBieSB0aGUga2V5IGNoZWNrXG4gICAgICBjb25zdCB0ZXh0ID0gdGV4dHMudGV4dCh0ZXh0RmlsZSlcbiAgICAgIGlmICh0ZXh0ID09PSBudWxsKSB7XG4gICAgICAgIGF0KCdzb3VyY2VfaWQnLCBgZXhwZWN0ZWQgdGhlIHNvdXJjZSB0ZXh0ICR7dGV4dEZpbGV9IGluICR7dGV4dHMuZGlyfSwgZm91bmQgbm8gc3VjaCBmaWxlYClcbiAgICAgICAgY29udGludWVcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2Ygcm93LnF1b3RlID09PSAnc3RyaW5nJykge1xuICAgICAgICBjb25zdCBxdW90ZSA9IGZvbGRTcGFjZShyb3cucXVvdGUpXG4gICAgICAgIGlmICghdGV4dC5pbmNsdWRlcyhxdW90ZSkpIGF0KCdxdW90ZScsIGBleHBlY3RlZCBhIHZlcmJhdGltIHBhc3NhZ2Ugb2YgJHt0ZXh0RmlsZX0sIGZvdW5kICR7c2hvd24ocXVvdGUpfSwgd2hpY2ggaXMgbm90IGluIGl0YClcbiAgICAgICAgZm9yIChjb25zdCBjb2x1bW4gb2YgRklHVVJFX0NPTFVNTlNbbmFtZV0gPz8gW10pIHtcbiAgICAgICAgICBjb25zdCBuID0gcm93W2NvbHVtbl1cbiAgICAgICAgICAvLyBBIHRhcmdldCBtYXkgcmVzdCBvbiBpdHMgb3duIHBhc3NhZ2UgKHRhcmdldF9xdW90ZSk7IGV2ZXJ5IG90aGVyIGZpZ3VyZSBvbiB0aGUgcXVvdGUuXG4gICAgICAgICAgY29uc3Qgb3duID0gY29sdW1uID09PSAndGFyZ2V0JyAmJiB0eXBlb2Ygcm93LnRhcmdldF9xdW90ZSA9PT0gJ3N0cmluZycgPyBmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkgOiBxdW90ZVxuICAgICAgICAgIGNvbnN0IHdoZXJlID0gb3duID09PSBxdW90ZSA/ICdxdW90ZScgOiAndGFyZ2V0X3F1b3RlJ1xuICAgICAgICAgIGlmICh0eXBlb2YgbiAhPT0gJ251bWJlcicpIGNvbnRpbnVlXG4gICAgICAgICAgaWYgKGNvbHVtbiA9PT0gJ3ZhbHVlJyAmJiByb3cudmFsdWVfcXVhbGlmaWVyID09PSAnY291bnRlZCcpIHtcbiAgICAgICAgICAgIGNvbnN0IGl0ZW1zID0gbGlzdEl0ZW1zKHF1b3RlKVxuICAgICAgICAgICAgaWYgKGl0ZW1zLmxlbmd0aCAhPT0gbikgYXQoY29sdW1uLCBgZXhwZWN0ZWQgdGhlIG51bWJlciBvZiBpdGVtcyB0aGUgcXVvdGUgbGlzdHMgKCR7aXRlbXMubGVuZ3RofTogJHtpdGVtcy5qb2luKCcgfCAnKX0pLCBmb3VuZCAke2Zvcm1hdE51bWJlcihuKX1gKVxuICAgICAgICAgIH0gZWxzZSBpZiAoIXF1b3RlSGFzRmlndXJlKG93biwgbikpIGF0KGNvbHVtbiwgYGV4cGVjdGVkIHRoZSBmaWd1cmUgdG8gYXBwZWFyIGluIHRoZSAke3doZXJlfSwgZm91bmQgJHtmb3JtYXROdW1iZXIobil9IG5vdCBpbiAke3Nob3duKG93bil9YClcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgaWYgKHR5cGVvZiByb3cudGFyZ2V0X3F1b3RlID09PSAnc3RyaW5nJyAmJiAhdGV4dC5pbmNsdWRlcyhmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkpKSB7XG4gICAgICAgIGF0KCd0YXJnZXRfcXVvdGUnLCBgZXhwZWN0ZWQgYSB2ZXJiYXRpbSBwYXNzYWdlIG9mICR7dGV4dEZpbGV9LCBmb3VuZCAke3Nob3duKGZvbGRTcGFjZShyb3cudGFyZ2V0X3F1b3RlKSl9LCB3aGljaCBpcyBub3QgaW4gaXRgKVxuICAgICAgfVxuICAgICAgY29uc3QgdXJsQ29sdW1uID0gVVJMX0NPTFVNTlNbbmFtZV1cbiAgICAgIGNvbnN0IHVybCA9IHVybENvbHVtbiA/IHJvd1t1cmxDb2x1bW5dIDogbnVsbFxuICAgICAgaWYgKHR5cGVvZiB1cmwgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgIGNvbnN0IHBsYWNlcyA9IG5hbWUgPT09ICdzb3VyY2VzJyA/IFt0ZXh0RmlsZSwgJ3N1cHBsZW1lbnRhcnkubWQnXSA6IFt0ZXh0RmlsZV1cbiAgICAgICAgaWYgKCFwbGFjZXMuc29tZSgoZikgPT4gdGV4dHMucGxhaW5UZXh0KGYpPy5pbmNsdWRlcyh1cmwpKSkgYXQodXJsQ29sdW1uISwgYGV4cGVjdGVkIGEgVVJMIHRoYXQgJHtwbGFjZXMuam9pbignIG9yICcpfSBnaXZlcywgZm91bmQgJHtzaG93bih1cmwpfWApXG4gICAgICB9XG4gICAgfVxuICB9XG59XG5cbi8qKiBUcnVlIGlmIHRoZSBxdW90ZSB3cml0ZXMgbiBpbiBEYW5pc2g6IFwiMi4wMDBcIiwgXCIyMDAwXCIsIFwiNzMsNFwiLCBcIjNcdTAwQkRcIiBvciBhIG51bWJlciB3b3JkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHF1b3RlSGFzRmlndXJlKHF1b3RlOiBzdHJpbmcsIG46IG51bWJlcik6IGJvb2xlYW4ge1xuICBjb25zdCBmb3JtcyA9IG5ldyBTZXQoW2Zvcm1hdE51bWJlcihuKSwgU3RyaW5nKG4pLCBTdHJpbmcobikucmVwbGFjZSgnLicsICcsJyldKVxuICBpZiAobiAlIDEgPT09IDAuNSkgZm9yIChjb25zdCBoYWxmIG9mIE9DUl9IQUxGKSBmb3Jtcy5hZGQoYCR7TWF0aC5mbG9vcihuKX0ke2hhbGZ9YClcbiAgZm9yIChjb25zdCBmb3JtIG9mIGZvcm1zKSB7XG4gICAgY29uc3QgZXNjYXBlZCA9IGZvcm0ucmVwbGFjZSgvWy4qKz9eJHt9KCl8W1xcXVxcXFxdL2csICdcXFxcJCYnKVxuICAgIGlmIChuZXcgUmVnRXhwKGAoPzwhWzAtOS4sXSkke2VzY2FwZWR9KD8hWzAtOV18Wy4sXVswLTldKWAsICd1JykudGVzdChxdW90ZSkpIHJldHVybiB0cnVlXG4gIH1cbiAgY29uc3Qgd29yZHMgPSBOVU1CRVJfV09SRFNbbl0gPz8gW11cbiAgcmV0dXJuIHdvcmRzLnNvbWUoKHcpID0+IG5ldyBSZWdFeHAoYCg/PCFbXFxcXHB7TH1dKSR7d30oPyFbXFxcXHB7TH1dKWAsICdpdScpLnRlc3QocXVvdGUpKVxufVxuXG4vKiogVGhlIGl0ZW1zIG9mIGEgRGFuaXNoIGVudW1lcmF0aW9uOiBcImRhbnNrLCBlbmdlbHNrLCBhcmFiaXNrIG9nIHVyZHVcIiBcdTIxOTIgNCBpdGVtcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaXN0SXRlbXMocXVvdGU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHF1b3RlXG4gICAgLnJlcGxhY2UoL1suOjtdKyQvdSwgJycpXG4gICAgLnNwbGl0KC8sXFxzKnxcXHMrKD86b2d8c2FtdClcXHMrL3UpXG4gICAgLm1hcCgocykgPT4gcy50cmltKCkpXG4gICAgLmZpbHRlcihCb29sZWFuKVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stdGFibGUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stdGFibGUudHNcIjtpbXBvcnQgdHlwZSB7IEZpZWxkLCBSZXNvdXJjZSB9IGZyb20gJy4vcGFja2FnZS1zY2hlbWEudHMnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcbmltcG9ydCB0eXBlIHsgQ3N2VGFibGUgfSBmcm9tICcuL3JlYWQtY3N2LnRzJ1xuXG4vKiogQSBjZWxsJ3MgdmFsdWU6IG51bGwgZm9yIGFuIGVtcHR5IGNlbGwsIHVuZGVmaW5lZCBmb3IgYW4gaW52YWxpZCBvbmUgKGFscmVhZHkgcmVwb3J0ZWQpLiAqL1xuZXhwb3J0IHR5cGUgQ2VsbCA9IHN0cmluZyB8IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWRcbmV4cG9ydCBpbnRlcmZhY2UgVHlwZWRSb3cge1xuICAvKiogTGluZSBpbiB0aGUgQ1NWIGZpbGUsIGZvciBtZXNzYWdlcyBmcm9tIGxhdGVyIGNoZWNrcy4gKi9cbiAgX2xpbmU6IG51bWJlclxuICBbY29sdW1uOiBzdHJpbmddOiBDZWxsXG59XG5cbmNvbnN0IElOVEVHRVIgPSAvXi0/KDB8WzEtOV1bMC05XSopJC9cbi8vIENhbm9uaWNhbCBkZWNpbWFscyBvbmx5OiByZWplY3RzIERhbmlzaCBcIjIuMDAwXCIgLyBcIjIsOFwiIGFuZCBwYWRkZWQgXCI3My40MFwiIGFsaWtlLlxuY29uc3QgTlVNQkVSID0gL14tPygwfFsxLTldWzAtOV0qKShcXC5bMC05XSpbMS05XSk/JC9cblxuLyoqIEh1bWFuIHdvcmRzIGZvciB0aGUgc2NoZW1hJ3MgcGF0dGVybnMsIHNvIG1lc3NhZ2VzIHNheSB3aGF0IGlzIGV4cGVjdGVkLiAqL1xuY29uc3QgUEFUVEVSTl9OQU1FUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgJ15bYS16MC05XSsoLVthLXowLTldKykqJCc6ICdhbiBpZCBvZiBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgc2luZ2xlIGh5cGhlbnMnLFxuICAnXlswLTldezR9KC0oMFsxLTldfDFbMC0yXSkoLSgwWzEtOV18WzEyXVswLTldfDNbMDFdKSk/KT8kJzogJ2FuIElTTyBkYXRlIChZWVlZLU1NLURELCBZWVlZLU1NIG9yIFlZWVkpJyxcbiAgJ15odHRwczovL1teXFxcXHNdKyQnOiAnYW4gaHR0cHM6IFVSTCcsXG4gICdeWzAtOV17NH0kJzogJ2EgZm91ci1kaWdpdCBjb2RlJyxcbn1cblxuLyoqIENoZWNrcyBoZWFkZXIgYW5kIGNlbGxzIG9mIG9uZSB0YWJsZSBhZ2FpbnN0IGl0cyBzY2hlbWE7IHJldHVybnMgdGhlIHJvd3MgdHlwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tUYWJsZSh0YWJsZTogQ3N2VGFibGUsIHJlc291cmNlOiBSZXNvdXJjZSwgZmlsZTogc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogVHlwZWRSb3dbXSB8IG51bGwge1xuICBjb25zdCBhdCA9IChsaW5lOiBudW1iZXIsIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlLCBsaW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgY29uc3QgZmllbGRzID0gcmVzb3VyY2Uuc2NoZW1hLmZpZWxkc1xuICBjb25zdCBiZWZvcmUgPSBwcm9ibGVtcy5sZW5ndGhcbiAgY2hlY2tIZWFkZXIodGFibGUuaGVhZGVyLCBmaWVsZHMubWFwKChmKSA9PiBmLm5hbWUpLCAoY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgxLCBjb2x1bW4sIG1lc3NhZ2UpKVxuICBjb25zdCBoZWFkZXJPayA9IHByb2JsZW1zLmxlbmd0aCA9PT0gYmVmb3JlXG4gIGNvbnN0IGluZGV4ID0gbmV3IE1hcCh0YWJsZS5oZWFkZXIubWFwKChoLCBpKSA9PiBbaCwgaV0pKVxuICBjb25zdCByb3dzOiBUeXBlZFJvd1tdID0gW11cbiAgZm9yIChjb25zdCByZWNvcmQgb2YgdGFibGUucmVjb3Jkcykge1xuICAgIGlmIChyZWNvcmQuY2VsbHMubGVuZ3RoICE9PSB0YWJsZS5oZWFkZXIubGVuZ3RoKSB7XG4gICAgICAvLyBDZWxscyBvZiBhIHNob3J0IG9yIGxvbmcgcmVjb3JkIGFyZSBtaXNhbGlnbmVkOyBjaGVja2luZyB0aGVtIHdvdWxkIG9ubHkgYWRkIG5vaXNlLlxuICAgICAgY29uc3QgbiA9IHJlY29yZC5jZWxscy5sZW5ndGhcbiAgICAgIGNvbnN0IGNvbHVtbiA9IG4gPCB0YWJsZS5oZWFkZXIubGVuZ3RoID8gdGFibGUuaGVhZGVyW25dISA6ICctJ1xuICAgICAgYXQocmVjb3JkLmxpbmUsIGNvbHVtbiwgYGV4cGVjdGVkICR7dGFibGUuaGVhZGVyLmxlbmd0aH0gY2VsbHMsIGZvdW5kICR7bn1gKVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgY29uc3Qgcm93OiBUeXBlZFJvdyA9IHsgX2xpbmU6IHJlY29yZC5saW5lIH1cbiAgICBmb3IgKGNvbnN0IGZpZWxkIG9mIGZpZWxkcykge1xuICAgICAgY29uc3QgaSA9IGluZGV4LmdldChmaWVsZC5uYW1lKVxuICAgICAgaWYgKGkgPT09IHVuZGVmaW5lZCkgY29udGludWVcbiAgICAgIHJvd1tmaWVsZC5uYW1lXSA9IGNoZWNrQ2VsbChyZWNvcmQuY2VsbHNbaV0gPz8gJycsIGZpZWxkLCAobWVzc2FnZSkgPT4gYXQocmVjb3JkLmxpbmUsIGZpZWxkLm5hbWUsIG1lc3NhZ2UpKVxuICAgIH1cbiAgICByb3dzLnB1c2gocm93KVxuICB9XG4gIC8vIEEgdGFibGUgd2l0aCBhIGJyb2tlbiBoZWFkZXIgaXMgcmVwb3J0ZWQgYXMgc3VjaDsga2V5cyBhbmQgcnVsZXMgYWNyb3NzIHRhYmxlcyBza2lwIGl0LlxuICByZXR1cm4gaGVhZGVyT2sgPyByb3dzIDogbnVsbFxufVxuXG5mdW5jdGlvbiBjaGVja0hlYWRlcihmb3VuZDogc3RyaW5nW10sIGV4cGVjdGVkOiBzdHJpbmdbXSwgcmVwb3J0OiAoY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZCk6IHZvaWQge1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KClcbiAgZm9yIChjb25zdCBoIG9mIGZvdW5kKSB7XG4gICAgaWYgKHNlZW4uaGFzKGgpKSByZXBvcnQoaCwgYGV4cGVjdGVkIGVhY2ggY29sdW1uIG9uY2UsIGZvdW5kICR7c2hvd24oaCl9IHR3aWNlYClcbiAgICBzZWVuLmFkZChoKVxuICB9XG4gIGNvbnN0IG1pc3NpbmcgPSBleHBlY3RlZC5maWx0ZXIoKGUpID0+ICFmb3VuZC5pbmNsdWRlcyhlKSlcbiAgY29uc3QgZXh0cmEgPSBmb3VuZC5maWx0ZXIoKGgpID0+ICFleHBlY3RlZC5pbmNsdWRlcyhoKSlcbiAgY29uc3Qgc2FtZVNldCA9ICFtaXNzaW5nLmxlbmd0aCAmJiAhZXh0cmEubGVuZ3RoXG4gIC8vIEEgbWlzc2luZyBhbmQgYW4gZXh0cmEgY29sdW1uIGF0IHRoZSBzYW1lIHBvc2l0aW9uIHJlYWQgYXMgYSByZW5hbWUuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgTWF0aC5tYXgoZm91bmQubGVuZ3RoLCBleHBlY3RlZC5sZW5ndGgpOyBpKyspIHtcbiAgICBjb25zdCBmID0gZm91bmRbaV1cbiAgICBjb25zdCBlID0gZXhwZWN0ZWRbaV1cbiAgICBpZiAoZiAhPT0gdW5kZWZpbmVkICYmIGUgIT09IHVuZGVmaW5lZCAmJiBtaXNzaW5nLmluY2x1ZGVzKGUpICYmIGV4dHJhLmluY2x1ZGVzKGYpKSB7XG4gICAgICByZXBvcnQoZSwgYGV4cGVjdGVkIGNvbHVtbiAke3Nob3duKGUpfSwgZm91bmQgJHtzaG93bihmKX1gKVxuICAgICAgbWlzc2luZy5zcGxpY2UobWlzc2luZy5pbmRleE9mKGUpLCAxKVxuICAgICAgZXh0cmEuc3BsaWNlKGV4dHJhLmluZGV4T2YoZiksIDEpXG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgbSBvZiBtaXNzaW5nKSByZXBvcnQobSwgYGV4cGVjdGVkIGNvbHVtbiAke3Nob3duKG0pfSwgZm91bmQgbm8gc3VjaCBjb2x1bW5gKVxuICBmb3IgKGNvbnN0IHggb2YgZXh0cmEpIHJlcG9ydCh4LCBgZXhwZWN0ZWQgb25seSB0aGUgY29sdW1ucyBvZiBkYXRhcGFja2FnZS5qc29uLCBmb3VuZCBhbiBleHRyYSBjb2x1bW4gJHtzaG93bih4KX1gKVxuICBpZiAoc2FtZVNldCkge1xuICAgIGNvbnN0IGkgPSBmb3VuZC5maW5kSW5kZXgoKGgsIGspID0+IGggIT09IGV4cGVjdGVkW2tdKVxuICAgIGlmIChpID49IDApIHJlcG9ydChmb3VuZFtpXSEsIGBleHBlY3RlZCBjb2x1bW4gJHtzaG93bihleHBlY3RlZFtpXSEpfSBhdCBwb3NpdGlvbiAke2kgKyAxfSwgZm91bmQgJHtzaG93bihmb3VuZFtpXSEpfSAoY29sdW1ucyBvdXQgb2Ygb3JkZXIpYClcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja0NlbGwocmF3OiBzdHJpbmcsIGZpZWxkOiBGaWVsZCwgcmVwb3J0OiAobWVzc2FnZTogc3RyaW5nKSA9PiB2b2lkKTogQ2VsbCB7XG4gIGNvbnN0IGMgPSBmaWVsZC5jb25zdHJhaW50cyA/PyB7fVxuICBpZiAocmF3LmluY2x1ZGVzKCdcXHVGRkZEJykpIHJldHVybiB1bmRlZmluZWQgLy8gYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04OiByZXBvcnRlZCBieSByZWFkQ3N2XG4gIGlmIChyYXcgPT09ICcnKSB7XG4gICAgaWYgKGMucmVxdWlyZWQpIHJlcG9ydCgnZXhwZWN0ZWQgYSB2YWx1ZSwgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBpZiAocmF3ICE9PSByYXcudHJpbSgpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBubyBsZWFkaW5nIG9yIHRyYWlsaW5nIHNwYWNlcywgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChmaWVsZC50eXBlID09PSAnaW50ZWdlcicgfHwgZmllbGQudHlwZSA9PT0gJ251bWJlcicpIHtcbiAgICBjb25zdCBvayA9IChmaWVsZC50eXBlID09PSAnaW50ZWdlcicgPyBJTlRFR0VSIDogTlVNQkVSKS50ZXN0KHJhdylcbiAgICBpZiAoIW9rKSB7XG4gICAgICByZXBvcnQoYGV4cGVjdGVkICR7ZmllbGQudHlwZSA9PT0gJ2ludGVnZXInID8gJ2FuIGludGVnZXInIDogJ2EgbnVtYmVyJ30sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgICAgcmV0dXJuIHVuZGVmaW5lZFxuICAgIH1cbiAgICBjb25zdCBuID0gTnVtYmVyKHJhdylcbiAgICBpZiAoYy5taW5pbXVtICE9PSB1bmRlZmluZWQgJiYgbiA8IGMubWluaW11bSkgcmVwb3J0KGBleHBlY3RlZCBhIG51bWJlciBcdTIyNjUgJHtjLm1pbmltdW19LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICBlbHNlIGlmIChjLm1heGltdW0gIT09IHVuZGVmaW5lZCAmJiBuID4gYy5tYXhpbXVtKSByZXBvcnQoYGV4cGVjdGVkIGEgbnVtYmVyIFx1MjI2NCAke2MubWF4aW11bX0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIGVsc2UgcmV0dXJuIG5cbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgaWYgKGMuZW51bSAmJiAhYy5lbnVtLmluY2x1ZGVzKHJhdykpIHtcbiAgICByZXBvcnQoYGV4cGVjdGVkIG9uZSBvZiAke2MuZW51bS5qb2luKCcsICcpfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLnBhdHRlcm4gJiYgIW5ldyBSZWdFeHAoYy5wYXR0ZXJuLCAndScpLnRlc3QocmF3KSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgJHtQQVRURVJOX05BTUVTW2MucGF0dGVybl0gPz8gYHRleHQgbWF0Y2hpbmcgLyR7Yy5wYXR0ZXJufS9gfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLnBhdHRlcm4gJiYgUEFUVEVSTl9OQU1FU1tjLnBhdHRlcm5dPy5zdGFydHNXaXRoKCdhbiBJU08gZGF0ZScpICYmICFpc0NhbGVuZGFyRGF0ZShyYXcpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBhIGRhdGUgdGhhdCBleGlzdHMsIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICByZXR1cm4gcmF3XG59XG5cbmZ1bmN0aW9uIGlzQ2FsZW5kYXJEYXRlKGlzbzogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIGlmIChkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlXG4gIGNvbnN0IGRhdGUgPSBuZXcgRGF0ZShEYXRlLlVUQyh5ISwgbSEgLSAxLCBkKSlcbiAgcmV0dXJuIGRhdGUuZ2V0VVRDTW9udGgoKSA9PT0gbSEgLSAxICYmIGRhdGUuZ2V0VVRDRGF0ZSgpID09PSBkXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50c1wiO2ltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5cbi8qKiBUaGUgcGFydHMgb2YgYSBGcmljdGlvbmxlc3MgVGFibGUgU2NoZW1hIHRoYXQgdGhpcyBwcm9qZWN0IHVzZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIEZpZWxkQ29uc3RyYWludHMge1xuICByZXF1aXJlZD86IGJvb2xlYW5cbiAgdW5pcXVlPzogYm9vbGVhblxuICBwYXR0ZXJuPzogc3RyaW5nXG4gIGVudW0/OiBzdHJpbmdbXVxuICBtaW5pbXVtPzogbnVtYmVyXG4gIG1heGltdW0/OiBudW1iZXJcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRmllbGQge1xuICBuYW1lOiBzdHJpbmdcbiAgdHlwZTogJ3N0cmluZycgfCAnaW50ZWdlcicgfCAnbnVtYmVyJ1xuICBmb3JtYXQ/OiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICBjb25zdHJhaW50cz86IEZpZWxkQ29uc3RyYWludHNcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRm9yZWlnbktleSB7XG4gIGZpZWxkczogc3RyaW5nW11cbiAgLyoqIGByZXNvdXJjZTogXCJcImAgcmVmZXJzIHRvIHRoZSBzYW1lIHRhYmxlIChGcmljdGlvbmxlc3MgY29udmVudGlvbikuICovXG4gIHJlZmVyZW5jZTogeyByZXNvdXJjZTogc3RyaW5nOyBmaWVsZHM6IHN0cmluZ1tdIH1cbn1cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2Uge1xuICBuYW1lOiBzdHJpbmdcbiAgcGF0aDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICAvLyBGcmljdGlvbmxlc3MgYWxsb3dzIG5vIGVtcHR5IGZvcmVpZ25LZXlzIGxpc3Q6IGEgdGFibGUgd2l0aG91dCByZWZlcmVuY2VzIGxlYXZlcyBpdCBvdXQuXG4gIHNjaGVtYTogeyBmaWVsZHM6IEZpZWxkW107IHByaW1hcnlLZXk6IHN0cmluZ1tdOyBmb3JlaWduS2V5cz86IEZvcmVpZ25LZXlbXTsgbWlzc2luZ1ZhbHVlczogc3RyaW5nW10gfVxufVxuZXhwb3J0IGludGVyZmFjZSBEYXRhUGFja2FnZSB7XG4gIG5hbWU6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgdmVyc2lvbjogc3RyaW5nXG4gIGxpY2Vuc2VzOiB7IG5hbWU6IHN0cmluZzsgcGF0aDogc3RyaW5nOyB0aXRsZTogc3RyaW5nIH1bXVxuICByZXNvdXJjZXM6IFJlc291cmNlW11cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlYWRQYWNrYWdlKHBhdGg6IHN0cmluZyk6IERhdGFQYWNrYWdlIHtcbiAgcmV0dXJuIEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKHBhdGgsICd1dGY4JykpIGFzIERhdGFQYWNrYWdlXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9yZWFkLWNzdi50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9yZWFkLWNzdi50c1wiO2ltcG9ydCBQYXBhIGZyb20gJ3BhcGFwYXJzZSdcbmltcG9ydCB7IHR5cGUgUHJvYmxlbSwgc2hvd24gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuXG5leHBvcnQgaW50ZXJmYWNlIENzdlJlY29yZCB7XG4gIC8qKiAxLWJhc2VkIGxpbmUgd2hlcmUgdGhlIHJlY29yZCBzdGFydHMuICovXG4gIGxpbmU6IG51bWJlclxuICBjZWxsczogc3RyaW5nW11cbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ3N2VGFibGUge1xuICBoZWFkZXI6IHN0cmluZ1tdXG4gIHJlY29yZHM6IENzdlJlY29yZFtdXG59XG5cbi8qKlxuICogUmVhZHMgb25lIENTViBmaWxlJ3MgYnl0ZXMgaW50byBoZWFkZXIgYW5kIHJlY29yZHMsIHJlcG9ydGluZyBldmVyeSB3YXkgdGhlIGJ5dGVzIGJyZWFrIHRoZVxuICogcHJvamVjdCdzIENTViBkaWFsZWN0IChVVEYtOCB3aXRob3V0IEJPTSwgTEYsIGNvbW1hLCBSRkMgNDE4MCBxdW90aW5nKS4gUmVjb3JkcyBjb21lIGJhY2sgZXZlblxuICogd2hlbiB0aGVyZSBhcmUgcHJvYmxlbXMsIHNvIHRoZSBjYWxsZXIgY2FuIGdvIG9uIGFuZCByZXBvcnQgY2VsbCBwcm9ibGVtcyB0b28uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkQ3N2KGJ5dGVzOiBVaW50OEFycmF5LCBmaWxlOiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiBDc3ZUYWJsZSB8IG51bGwge1xuICBjb25zdCBhdCA9IChsaW5lOiBudW1iZXIsIGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHByb2JsZW1zLnB1c2goeyBmaWxlLCBsaW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgaWYgKGJ5dGVzLmxlbmd0aCA9PT0gMCkge1xuICAgIGF0KDEsICctJywgJ2V4cGVjdGVkIGEgaGVhZGVyIHJvdywgZm91bmQgYW4gZW1wdHkgZmlsZScpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICAvLyBpZ25vcmVCT00ga2VlcHMgYSBCT00gaW4gdGhlIHRleHQsIHNvIHRoYXQgaXQgY2FuIGJlIHJlcG9ydGVkIHJhdGhlciB0aGFuIHNpbGVudGx5IGRyb3BwZWQuXG4gIGxldCB0ZXh0ID0gbmV3IFRleHREZWNvZGVyKCd1dGYtOCcsIHsgZmF0YWw6IGZhbHNlLCBpZ25vcmVCT006IHRydWUgfSkuZGVjb2RlKGJ5dGVzKVxuICBpZiAodGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYpIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBVVEYtOCB3aXRob3V0IGEgYnl0ZS1vcmRlciBtYXJrLCBmb3VuZCBhIEJPTScpXG4gICAgdGV4dCA9IHRleHQuc2xpY2UoMSlcbiAgfVxuICBjb25zdCBjcmxmID0gdGV4dC5pbmRleE9mKCdcXHInKVxuICBpZiAoY3JsZiA+PSAwKSB7XG4gICAgYXQobGluZU9mKHRleHQsIGNybGYpLCAnLScsICdleHBlY3RlZCBMRiBsaW5lIGVuZGluZ3MsIGZvdW5kIENSIChDUkxGKScpXG4gICAgdGV4dCA9IHRleHQucmVwbGFjZSgvXFxyXFxuPy9nLCAnXFxuJylcbiAgfVxuICBpZiAodGV4dC50cmltKCkgPT09ICcnKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgYSBoZWFkZXIgcm93LCBmb3VuZCBhbiBlbXB0eSBmaWxlJylcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIGlmICghc2NhblF1b3Rlcyh0ZXh0LCAobGluZSwgZmllbGQsIG1lc3NhZ2UpID0+IGF0KGxpbmUsIGAjJHtmaWVsZH1gLCBtZXNzYWdlKSkpIHtcbiAgICAvLyBTdHJ1Y3R1cmUgaXMgYnJva2VuOyBwYXBhcGFyc2Ugd291bGQgZ3Vlc3MuIE5hbWUgY29sdW1ucyB3aGVyZSB0aGUgaGVhZGVyIGFsbG93cy5cbiAgICByZW5hbWVGaWVsZFJlZnMocHJvYmxlbXMsIHRleHQsIGZpbGUpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBjb25zdCByb3dzOiBDc3ZSZWNvcmRbXSA9IFtdXG4gIGxldCBzdGFydCA9IDBcbiAgUGFwYS5wYXJzZTxzdHJpbmdbXT4odGV4dCwge1xuICAgIGRlbGltaXRlcjogJywnLFxuICAgIG5ld2xpbmU6ICdcXG4nLFxuICAgIHF1b3RlQ2hhcjogJ1wiJyxcbiAgICBza2lwRW1wdHlMaW5lczogZmFsc2UsXG4gICAgc3RlcDogKHJlc3VsdCkgPT4ge1xuICAgICAgY29uc3QgY3Vyc29yID0gcmVzdWx0Lm1ldGEuY3Vyc29yXG4gICAgICByb3dzLnB1c2goeyBsaW5lOiBsaW5lT2YodGV4dCwgc3RhcnQpLCBjZWxsczogcmVzdWx0LmRhdGEgfSlcbiAgICAgIHN0YXJ0ID0gY3Vyc29yICsgMVxuICAgIH0sXG4gIH0pXG4gIC8vIEEgZmluYWwgbmV3bGluZSB5aWVsZHMgb25lIGVtcHR5IHJlY29yZDsgYmxhbmsgbGluZXMgZWxzZXdoZXJlIGFyZSBwcm9ibGVtcy5cbiAgaWYgKHJvd3MubGVuZ3RoICYmIGlzQmxhbmsocm93c1tyb3dzLmxlbmd0aCAtIDFdIS5jZWxscykpIHJvd3MucG9wKClcbiAgY29uc3QgW2hlYWQsIC4uLnJlY29yZHNdID0gcm93c1xuICBpZiAoIWhlYWQpIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBhIGhlYWRlciByb3csIGZvdW5kIGFuIGVtcHR5IGZpbGUnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgY29uc3QgaGVhZGVyID0gaGVhZC5jZWxsc1xuICBmb3IgKGNvbnN0IHIgb2YgcmVjb3Jkcykge1xuICAgIGlmIChpc0JsYW5rKHIuY2VsbHMpKSBhdChyLmxpbmUsICctJywgJ2V4cGVjdGVkIGEgcmVjb3JkLCBmb3VuZCBhbiBlbXB0eSBsaW5lJylcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHIuY2VsbHMubGVuZ3RoOyBpKyspIHtcbiAgICAgIGlmIChyLmNlbGxzW2ldIS5pbmNsdWRlcygnXFx1RkZGRCcpKSBhdChyLmxpbmUsIGhlYWRlcltpXSA/PyBgIyR7aSArIDF9YCwgYGV4cGVjdGVkIFVURi04IHRleHQsIGZvdW5kIGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtOCBpbiAke3Nob3duKHIuY2VsbHNbaV0hKX1gKVxuICAgIH1cbiAgfVxuICBoZWFkZXIuZm9yRWFjaCgoaCwgaSkgPT4ge1xuICAgIGlmIChoLmluY2x1ZGVzKCdcXHVGRkZEJykpIGF0KDEsIGAjJHtpICsgMX1gLCBgZXhwZWN0ZWQgVVRGLTggdGV4dCwgZm91bmQgYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04IGluICR7c2hvd24oaCl9YClcbiAgfSlcbiAgcmV0dXJuIHsgaGVhZGVyLCByZWNvcmRzOiByZWNvcmRzLmZpbHRlcigocikgPT4gIWlzQmxhbmsoci5jZWxscykpIH1cbn1cblxuZnVuY3Rpb24gaXNCbGFuayhjZWxsczogc3RyaW5nW10pOiBib29sZWFuIHtcbiAgcmV0dXJuIGNlbGxzLmxlbmd0aCA9PT0gMSAmJiBjZWxsc1swXSA9PT0gJydcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGxpbmVPZih0ZXh0OiBzdHJpbmcsIGluZGV4OiBudW1iZXIpOiBudW1iZXIge1xuICBsZXQgbGluZSA9IDFcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBpbmRleCAmJiBpIDwgdGV4dC5sZW5ndGg7IGkrKykgaWYgKHRleHQuY2hhckNvZGVBdChpKSA9PT0gMTApIGxpbmUrK1xuICByZXR1cm4gbGluZVxufVxuXG4vKipcbiAqIFdhbGtzIHRoZSB0ZXh0IGFzIFJGQyA0MTgwIGFuZCByZXBvcnRzIHF1b3RlcyB0aGF0IGJyZWFrIGl0OiBhIHF1b3RlIGluc2lkZSBhbiB1bnF1b3RlZFxuICogZmllbGQsIHRleHQgYWZ0ZXIgYSBjbG9zaW5nIHF1b3RlLCBhIHF1b3RlIG5ldmVyIGNsb3NlZC4gUmV0dXJucyBmYWxzZSBpZiBhbnkgd2FzIGZvdW5kLlxuICovXG5mdW5jdGlvbiBzY2FuUXVvdGVzKHRleHQ6IHN0cmluZywgcmVwb3J0OiAobGluZTogbnVtYmVyLCBmaWVsZDogbnVtYmVyLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWQpOiBib29sZWFuIHtcbiAgbGV0IG9rID0gdHJ1ZVxuICBsZXQgbGluZSA9IDFcbiAgbGV0IGZpZWxkID0gMVxuICBsZXQgaSA9IDBcbiAgbGV0IGZpZWxkU3RhcnQgPSB0cnVlXG4gIHdoaWxlIChpIDwgdGV4dC5sZW5ndGgpIHtcbiAgICBjb25zdCBjID0gdGV4dFtpXVxuICAgIGlmIChmaWVsZFN0YXJ0ICYmIGMgPT09ICdcIicpIHtcbiAgICAgIGNvbnN0IG9wZW5MaW5lID0gbGluZVxuICAgICAgaSsrXG4gICAgICBsZXQgY2xvc2VkID0gZmFsc2VcbiAgICAgIHdoaWxlIChpIDwgdGV4dC5sZW5ndGgpIHtcbiAgICAgICAgaWYgKHRleHRbaV0gPT09ICdcIicpIHtcbiAgICAgICAgICBpZiAodGV4dFtpICsgMV0gPT09ICdcIicpIHsgaSArPSAyOyBjb250aW51ZSB9XG4gICAgICAgICAgY2xvc2VkID0gdHJ1ZVxuICAgICAgICAgIGkrK1xuICAgICAgICAgIGJyZWFrXG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRleHRbaV0gPT09ICdcXG4nKSBsaW5lKytcbiAgICAgICAgaSsrXG4gICAgICB9XG4gICAgICBpZiAoIWNsb3NlZCkge1xuICAgICAgICByZXBvcnQob3BlbkxpbmUsIGZpZWxkLCAnZXhwZWN0ZWQgYSBjbG9zaW5nIHF1b3RlIGZvciB0aGUgcXVvdGVkIGNlbGwsIGZvdW5kIHRoZSBlbmQgb2YgdGhlIGZpbGUnKVxuICAgICAgICByZXR1cm4gZmFsc2VcbiAgICAgIH1cbiAgICAgIGNvbnN0IG5leHQgPSB0ZXh0W2ldXG4gICAgICBpZiAobmV4dCAhPT0gdW5kZWZpbmVkICYmIG5leHQgIT09ICcsJyAmJiBuZXh0ICE9PSAnXFxuJykge1xuICAgICAgICByZXBvcnQobGluZSwgZmllbGQsIGBleHBlY3RlZCBhIGNvbW1hIG9yIGxpbmUgZW5kIGFmdGVyIHRoZSBjbG9zaW5nIHF1b3RlLCBmb3VuZCAke3Nob3duKG5leHQpfSAoYSBzdHJheSBxdW90ZSlgKVxuICAgICAgICBvayA9IGZhbHNlXG4gICAgICAgIHdoaWxlIChpIDwgdGV4dC5sZW5ndGggJiYgdGV4dFtpXSAhPT0gJywnICYmIHRleHRbaV0gIT09ICdcXG4nKSBpKytcbiAgICAgIH1cbiAgICAgIGZpZWxkU3RhcnQgPSBmYWxzZVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgaWYgKGMgPT09ICcsJykgeyBmaWVsZCsrOyBmaWVsZFN0YXJ0ID0gdHJ1ZTsgaSsrOyBjb250aW51ZSB9XG4gICAgaWYgKGMgPT09ICdcXG4nKSB7IGxpbmUrKzsgZmllbGQgPSAxOyBmaWVsZFN0YXJ0ID0gdHJ1ZTsgaSsrOyBjb250aW51ZSB9XG4gICAgaWYgKGMgPT09ICdcIicpIHtcbiAgICAgIHJlcG9ydChsaW5lLCBmaWVsZCwgJ2V4cGVjdGVkIG5vIHF1b3RlIGluc2lkZSBhbiB1bnF1b3RlZCBjZWxsLCBmb3VuZCBhIHN0cmF5IHF1b3RlIChxdW90ZSB0aGUgd2hvbGUgY2VsbCBhbmQgZG91YmxlIHRoZSBxdW90ZSknKVxuICAgICAgb2sgPSBmYWxzZVxuICAgICAgd2hpbGUgKGkgKyAxIDwgdGV4dC5sZW5ndGggJiYgdGV4dFtpICsgMV0gIT09ICcsJyAmJiB0ZXh0W2kgKyAxXSAhPT0gJ1xcbicpIGkrKyAvLyBvbmNlIHBlciBjZWxsXG4gICAgfVxuICAgIGZpZWxkU3RhcnQgPSBmYWxzZVxuICAgIGkrK1xuICB9XG4gIHJldHVybiBva1xufVxuXG4vKiogVHVybnMgYCMzYCBjb2x1bW4gcmVmZXJlbmNlcyBpbnRvIGhlYWRlciBuYW1lcyBvbmNlIHRoZSBoZWFkZXIgaXMga25vd24uICovXG5mdW5jdGlvbiByZW5hbWVGaWVsZFJlZnMocHJvYmxlbXM6IFByb2JsZW1bXSwgdGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgZmlyc3RMaW5lID0gdGV4dC5zbGljZSgwLCB0ZXh0LmluZGV4T2YoJ1xcbicpID4+PiAwKVxuICBjb25zdCBoZWFkZXIgPSBmaXJzdExpbmUuaW5jbHVkZXMoJ1wiJykgPyBbXSA6IGZpcnN0TGluZS5zcGxpdCgnLCcpXG4gIGZvciAoY29uc3QgcCBvZiBwcm9ibGVtcykge1xuICAgIGlmIChwLmZpbGUgIT09IGZpbGUgfHwgIXAuY29sdW1uLnN0YXJ0c1dpdGgoJyMnKSkgY29udGludWVcbiAgICBjb25zdCBuYW1lID0gaGVhZGVyW051bWJlcihwLmNvbHVtbi5zbGljZSgxKSkgLSAxXVxuICAgIGlmIChuYW1lKSBwLmNvbHVtbiA9IG5hbWVcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL2NvbXBvbmVudHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGEva29lYmVuaGF2bi5kYXRhLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL2tvZWJlbmhhdm4uZGF0YS50c1wiO2ltcG9ydCB7IGtvZWJlbmhhdm5WaWV3LCB0eXBlIEtvZWJlbmhhdm5WaWV3IH0gZnJvbSAnLi4vLi4vc2NyaXB0cy9zaXRlL3ZpZXdzL2tvZWJlbmhhdm4udHMnXG5pbXBvcnQgeyBwYWdlTG9hZGVyIH0gZnJvbSAnLi9wYWdlLWxvYWRlci50cydcblxuZGVjbGFyZSBjb25zdCBkYXRhOiBLb2ViZW5oYXZuVmlld1xuZXhwb3J0IHsgZGF0YSB9XG5leHBvcnQgZGVmYXVsdCBwYWdlTG9hZGVyKGtvZWJlbmhhdm5WaWV3KVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUFtUCxTQUFTLG9CQUFvQjtBQUNoUixTQUFTLHdCQUF3QjtBQU1qQyxJQUFNLGVBQWUsYUFBYSxFQUFFLFNBQVMsS0FBSyxXQUFXLEtBQUssVUFBVSxDQUFDLENBQUMsR0FBRyxVQUFVLENBQUMsSUFBSSxNQUFNLEdBQUcsT0FBTyxTQUFJLENBQUM7QUFDckgsSUFBTSxhQUFhLGlCQUFpQjtBQUFBLEVBQ2xDLFVBQVU7QUFBQSxFQUNWLE1BQU07QUFBQSxFQUNOLE1BQU07QUFBQSxFQUNOLFNBQVMsQ0FBQyxNQUFNLElBQUk7QUFBQSxFQUNwQixNQUFNLENBQUMsYUFBVSxVQUFVLFdBQVcsVUFBVSxXQUFXLFVBQVUsV0FBUTtBQUFBLEVBQzdFLFdBQVcsQ0FBQyxVQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFLO0FBQUEsRUFDM0QsUUFBUSxDQUFDLFVBQVUsV0FBVyxTQUFTLFNBQVMsT0FBTyxRQUFRLFFBQVEsVUFBVSxhQUFhLFdBQVcsWUFBWSxVQUFVO0FBQUEsRUFDL0gsYUFBYSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxLQUFLO0FBQ2xHLENBQUM7QUFFRCxJQUFNLFFBQVEsYUFBYSxPQUFPLE9BQU87QUFDekMsSUFBTSxVQUFVLGFBQWEsT0FBTyxLQUFLO0FBQ3pDLElBQU0sZUFBZSxXQUFXLFVBQVUsWUFBWTtBQUN0RCxJQUFNLFlBQVksV0FBVyxVQUFVLE9BQU87QUFHdkMsU0FBUyxhQUFhLEdBQW1CO0FBQzlDLFNBQU8sTUFBTSxDQUFDO0FBQ2hCO0FBR08sU0FBUyxVQUFVLEdBQW1CO0FBQzNDLFNBQU8sR0FBRyxNQUFNLENBQUMsQ0FBQztBQUNwQjtBQVFPLFNBQVMsWUFBWSxPQUFlLEtBQXFCO0FBQzlELFNBQU8sVUFBVSxNQUFNLE9BQU8sS0FBSyxJQUFJLEdBQUcsS0FBSyxTQUFJLEdBQUc7QUFDeEQ7QUFHTyxTQUFTLFdBQVcsS0FBcUI7QUFDOUMsUUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFDM0MsTUFBSSxNQUFNLE9BQVcsUUFBTyxPQUFPLENBQUM7QUFDcEMsUUFBTSxPQUFPLElBQUksS0FBSyxLQUFLLElBQUksR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFDakQsU0FBTyxNQUFNLFNBQVksVUFBVSxJQUFJLElBQUksYUFBYSxJQUFJO0FBQzlEO0FBR08sSUFBTSxlQUF5QztBQUFBLEVBQ3BELEdBQUcsQ0FBQyxTQUFNLE1BQU0sTUFBTSxTQUFNLEtBQUs7QUFBQSxFQUFHLEdBQUcsQ0FBQyxJQUFJO0FBQUEsRUFBRyxHQUFHLENBQUMsS0FBSztBQUFBLEVBQUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxLQUFLO0FBQUEsRUFBRyxHQUFHLENBQUMsTUFBTTtBQUFBLEVBQUcsR0FBRyxDQUFDLEtBQUs7QUFBQSxFQUMxRyxHQUFHLENBQUMsTUFBTTtBQUFBLEVBQUcsR0FBRyxDQUFDLElBQUk7QUFBQSxFQUFHLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFBRyxJQUFJLENBQUMsUUFBUTtBQUFBLEVBQUcsSUFBSSxDQUFDLE1BQU07QUFDakU7OztBQ2pDTyxTQUFTLFlBQVksR0FBbUI7QUFDN0MsUUFBTSxPQUFPLEVBQUUsT0FBTyxXQUFXLEVBQUUsSUFBSSxJQUFJLEVBQUU7QUFDN0MsU0FBTyxDQUFDLEVBQUUsUUFBUSxJQUFJLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ25EO0FBR08sU0FBUyxLQUFLLFFBQWdCLEtBQWtCLFFBQVEsSUFBSSxPQUFpQjtBQUNsRixRQUFNLElBQUksT0FBTyxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsY0FBYyxJQUFJLFNBQVM7QUFDbEUsTUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxJQUFJLFNBQVMsRUFBRTtBQUNwRCxTQUFPO0FBQUEsSUFDTCxVQUFVLEVBQUU7QUFBQSxJQUNaLE9BQU8sWUFBWSxDQUFDO0FBQUEsSUFDcEIsT0FBTyxFQUFFO0FBQUEsSUFDVCxNQUFNLEVBQUUsT0FBTyxXQUFXLEVBQUUsSUFBSSxJQUFJO0FBQUEsSUFDcEMsS0FBSyxFQUFFO0FBQUEsSUFDUCxTQUFTLElBQUk7QUFBQSxJQUNiO0FBQUEsSUFDQSxLQUFLLEVBQUUsUUFBUTtBQUFBLEVBQ2pCO0FBQ0Y7OztBQ3ZDTyxJQUFNLGVBQXVDO0FBQUEsRUFDbEQsYUFBYTtBQUFBLEVBQ2IsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUFBLEVBQ1osaUJBQWlCO0FBQ25COzs7QUM0Qk8sSUFBTSxRQUFRO0FBRWQsSUFBTSxPQUFPO0FBR3BCLElBQU0sUUFBUTtBQUdQLFNBQVMsS0FBSyxNQUFjLFFBQVEsT0FBTyxXQUFXLElBQWM7QUFDekUsUUFBTSxNQUFNLEtBQUssTUFBTSxTQUFTLFdBQVcsTUFBTTtBQUNqRCxRQUFNLFFBQWtCLENBQUM7QUFDekIsTUFBSSxPQUFPO0FBQ1gsYUFBVyxRQUFRLEtBQUssTUFBTSxLQUFLLEdBQUc7QUFDcEMsUUFBSSxTQUFTLE9BQU8sTUFBTSxNQUFNLFNBQVMsS0FBSztBQUM1QyxZQUFNLEtBQUssSUFBSTtBQUNmLGFBQU87QUFBQSxJQUNULE1BQU8sUUFBTyxPQUFPLEdBQUcsSUFBSSxJQUFJLElBQUksS0FBSztBQUFBLEVBQzNDO0FBQ0EsTUFBSSxLQUFNLE9BQU0sS0FBSyxJQUFJO0FBQ3pCLFNBQU87QUFDVDs7O0FDdkRPLElBQU0saUJBQWlCO0FBQUEsRUFDNUIsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsV0FBVztBQUNiO0FBRUEsSUFBTSxNQUFNO0FBR1osSUFBTSxVQUFVLENBQUMsUUFBOEIsWUFBc0IsQ0FBQyxDQUFDLE9BQU8sUUFBUSxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFTO0FBRy9HLFNBQVMsV0FBVyxRQUFpQyxRQUFrQyxVQUEyQjtBQUN2SCxRQUFNLE9BQU8sQ0FBQyxTQUFpQixPQUFPLElBQUksSUFBSSxLQUFLLENBQUM7QUFDcEQsUUFBTSxLQUFLLENBQUMsTUFBYyxLQUFlLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sT0FBTyxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxRQUFRLENBQUM7QUFFbkosYUFBVyxRQUFRLENBQUMsU0FBUyxTQUFTLEdBQUc7QUFDdkMsZUFBVyxLQUFLLEtBQUssSUFBSSxHQUFHO0FBQzFCLFVBQUksT0FBTyxFQUFFLGVBQWUsWUFBWSxPQUFPLEVBQUUsYUFBYSxZQUFZLEVBQUUsV0FBVyxFQUFFLFlBQVk7QUFDbkcsV0FBRyxNQUFNLEdBQUcsWUFBWSxzQ0FBaUMsRUFBRSxVQUFVLGFBQWEsRUFBRSxRQUFRLEdBQUc7QUFBQSxNQUNqRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsUUFBTSxXQUFXLElBQUksSUFBSSxLQUFLLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0FBQ3pFLGFBQVcsS0FBSyxLQUFLLGFBQWEsR0FBRztBQUNuQyxVQUFNLE9BQU8sRUFBRSxZQUFZLE9BQU8sU0FBWSxTQUFTLElBQUksRUFBRSxPQUFPO0FBQ3BFLFFBQUksU0FBUyxVQUFhLFNBQVMsRUFBRSxRQUFTLElBQUcsZUFBZSxHQUFHLFdBQVcsNEJBQTRCLEVBQUUsT0FBTyxZQUFZLEVBQUUsT0FBTyxhQUFhLElBQUksRUFBRTtBQUFBLEVBQzdKO0FBRUEscUJBQW1CLEtBQUssWUFBWSxHQUFHLEtBQUssYUFBYSxHQUFHLEtBQUssZ0JBQWdCLEdBQUcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxHQUFHLGNBQWMsS0FBSyxRQUFRLE9BQU8sQ0FBQztBQUNwSixjQUFZLEtBQUssU0FBUyxHQUFHLENBQUMsS0FBSyxRQUFRLFlBQVksR0FBRyxXQUFXLEtBQUssUUFBUSxPQUFPLENBQUM7QUFDMUYsZUFBYSxLQUFLLFlBQVksR0FBRyxDQUFDLEtBQUssUUFBUSxZQUFZLEdBQUcsY0FBYyxLQUFLLFFBQVEsT0FBTyxDQUFDO0FBQ25HO0FBSUEsU0FBUyxtQkFBbUIsWUFBd0IsYUFBeUIsU0FBcUIsUUFBc0I7QUFDdEgsUUFBTSxPQUFPLElBQUksSUFBSSxXQUFXLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxjQUFjLENBQUMsQ0FBQyxDQUFDO0FBQy9ELFFBQU0sU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLGNBQWMsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLEdBQUcsS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDcEcsTUFBSSxDQUFDLE9BQU8sU0FBVTtBQUN0QixNQUFJLE9BQU8sT0FBTyxNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU0sUUFBUSxHQUFHLE9BQU8sQ0FBQyxFQUFHO0FBQzVELFFBQU0sUUFBUSxDQUFDLE1BQTZCLE9BQU8sR0FBRyxVQUFVLFdBQVcsRUFBRSxRQUFRO0FBQ3JGLFFBQU0sUUFBUSxDQUFDLE9BQU8sYUFBYSxPQUFPLFVBQVUsT0FBTyxTQUFTO0FBQ3BFLFFBQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDO0FBQ2xELE1BQUksTUFBTSxLQUFLLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRztBQUN6QixVQUFNLFVBQVUsT0FBTyxRQUFRLGNBQWMsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQXdCLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxFQUFFLEVBQUUsTUFBTSxFQUFFO0FBQ3BILFdBQU8sT0FBTyxVQUFVLGdCQUFnQiwrQkFBK0IsUUFBUSxLQUFLLElBQUksQ0FBQyx3QkFBd0I7QUFBQSxFQUNuSCxXQUFXLEtBQUssSUFBSSxNQUFNLE1BQU0sT0FBTyxRQUFRLENBQUMsSUFBSSxLQUFLO0FBQ3ZELFdBQU8sT0FBTyxVQUFVLFNBQVMsa0ZBQWtGLE1BQU0sSUFBSSxLQUFLLEVBQUUsS0FBSyxLQUFLLENBQUMsTUFBTSxHQUFHLGFBQWEsTUFBTSxPQUFPLFFBQVEsQ0FBQyxHQUFHO0FBQUEsRUFDaE07QUFFQSxRQUFNLFNBQVMsb0JBQUksSUFBdUI7QUFDMUMsYUFBVyxLQUFLLENBQUMsR0FBRyxPQUFPLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsSUFBSSxFQUFFLGNBQWMsT0FBTyxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUcsUUFBTyxJQUFJLEVBQUUsZUFBZSxDQUFDO0FBQ3hILFFBQU0sU0FBUyxJQUFJLElBQUksWUFBWSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsZUFBZSxFQUFFLE9BQU8sQ0FBQyxDQUFDO0FBQzNFLGFBQVcsT0FBTyxDQUFDLGVBQWUsWUFBWSxXQUFXLEdBQVk7QUFDbkUsVUFBTSxRQUFRLENBQUMsR0FBRyxPQUFPLE9BQU8sQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxPQUFPLE9BQU8sSUFBSSxFQUFFLGFBQWEsTUFBTSxRQUFRO0FBQzdHLFVBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsUUFBSSxTQUFTLE1BQU0sU0FBUyxNQUFNLEtBQUssRUFBRyxRQUFPLE9BQU8sU0FBUyxrRUFBa0UsR0FBRyxLQUFLLE1BQU0sTUFBTSxhQUFhLE1BQU0sS0FBSyxDQUFDLEdBQUc7QUFBQSxFQUNyTDtBQUNGO0FBRUEsU0FBUyxZQUFZLFNBQXFCLFFBQXNCO0FBQzlELFFBQU0sUUFBUSxDQUFDLE1BQWdCO0FBQzdCLFFBQUksT0FBTyxFQUFFLFdBQVcsU0FBVSxRQUFPO0FBQ3pDLFdBQU8sRUFBRSxVQUFVLGFBQWEsRUFBRSxVQUFVLE9BQU8sRUFBRSxRQUFRLElBQUksT0FBTyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUU7QUFBQSxFQUNqRztBQUNBLFFBQU0sU0FBUyxDQUFDLFVBQVUsUUFBUSxTQUFTLGNBQWMsWUFBWSxpQkFBaUI7QUFDdEYsYUFBVyxVQUFVLFNBQVM7QUFDNUIsVUFBTSxRQUFRLFFBQVEsT0FBTyxDQUFDLE1BQU0sRUFBRSxjQUFjLE9BQU8sVUFBVTtBQUNyRSxRQUFJLFFBQVEsUUFBUSxHQUFHLE1BQU0sS0FBSyxNQUFNLEtBQUssQ0FBQyxNQUFNLFFBQVEsR0FBRyxHQUFHLE1BQU0sQ0FBQyxFQUFHO0FBQzVFLFVBQU0sTUFBTSxPQUFPLE9BQU8sb0JBQW9CLFdBQVcsT0FBTyxrQkFBa0I7QUFDbEYsUUFBSSxDQUFDLE1BQU0sUUFBUTtBQUNqQixVQUFJLFFBQVEsS0FBTSxRQUFPLFFBQVEsbUJBQW1CLHlEQUF5RCxHQUFHLEdBQUc7QUFDbkg7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLE1BQU8sS0FBSSxFQUFFLFNBQVMsT0FBTyxLQUFNLFFBQU8sR0FBRyxRQUFRLG1DQUFtQyxPQUFPLFVBQVUsS0FBSyxPQUFPLElBQUksYUFBYSxFQUFFLElBQUksR0FBRztBQUMvSixVQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksTUFBTSxDQUFDLEdBQUcsQ0FBQztBQUNsRCxVQUFNLE9BQU8sS0FBSyxPQUFPLE1BQU0sTUFBTSxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3ZELFFBQUksS0FBSyxJQUFJLElBQUksSUFBSSxPQUFPLFFBQVEsS0FBTTtBQUMxQyxRQUFJLFFBQVEsS0FBTSxRQUFPLFFBQVEsbUJBQW1CLDRDQUE0QyxhQUFhLEdBQUcsQ0FBQyxpQ0FBaUMsYUFBYSxNQUFNLE1BQU0sQ0FBQyxDQUFDLHdCQUF3QjtBQUFBLGFBQzVMLEtBQUssSUFBSSxNQUFNLElBQUksSUFBSSxJQUFLLFFBQU8sUUFBUSxtQkFBbUIsWUFBWSxJQUFJLGVBQWUsYUFBYSxNQUFNLE1BQU0sQ0FBQyxDQUFDLG9CQUFvQixhQUFhLEdBQUcsQ0FBQyxhQUFhLEdBQUcsR0FBRztBQUFBLEVBQzNMO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsWUFBd0IsUUFBc0I7QUFDbEUsYUFBVyxLQUFLLFlBQVk7QUFDMUIsUUFBSSxRQUFRLEdBQUcsUUFBUSxjQUFjLFVBQVUsZUFBZSxTQUFTLE9BQU8sV0FBVyxFQUFHO0FBQzVGLFVBQU0sWUFBWSxFQUFFLFdBQVc7QUFDL0IsUUFBSSxFQUFFLFNBQVMsa0JBQWtCO0FBQy9CLFVBQUksQ0FBQyxVQUFXLFFBQU8sR0FBRyxVQUFVLGdFQUFnRTtBQUNwRyxVQUFJLEVBQUUsZUFBZSxLQUFNLFFBQU8sR0FBRyxjQUFjLG9FQUFvRTtBQUN2SCxVQUFJLEVBQUUsUUFBUSxLQUFNLFFBQU8sR0FBRyxPQUFPLGtGQUFrRjtBQUFBLElBQ3pILFdBQVcsYUFBYSxFQUFFLFFBQVEsTUFBTTtBQUN0QyxhQUFPLEdBQUcsWUFBWSxXQUFXLE9BQU8sMEVBQTBFLEVBQUUsSUFBSSxNQUFNO0FBQUEsSUFDaEk7QUFDQSxRQUFLLEVBQUUsUUFBUSxVQUFXLEVBQUUsY0FBYyxNQUFPLFFBQU8sR0FBRyxhQUFhLGtFQUFrRTtBQUMxSSxRQUFJLEVBQUUsY0FBYyxZQUFZO0FBQzlCLFVBQUksT0FBTyxFQUFFLFdBQVcsWUFBWSxPQUFPLEVBQUUsVUFBVSxZQUFZLEVBQUUsZ0JBQWdCLE1BQU07QUFDekYsZUFBTyxHQUFHLGFBQWEsZ0ZBQWdGO0FBQ3ZHO0FBQUEsTUFDRjtBQUNBLFlBQU0sTUFBTSxFQUFFLGVBQWUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsZUFBZSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUU7QUFDdEgsWUFBTSxXQUFXLE1BQU0sUUFBUTtBQUMvQixVQUFJLEVBQUUsUUFBUSxTQUFVLFFBQU8sR0FBRyxPQUFPLGFBQWEsUUFBUSxNQUFNLEVBQUUsS0FBSyxJQUFJLEVBQUUsVUFBVSxJQUFJLEVBQUUsTUFBTSxhQUFhLEVBQUUsR0FBRyxHQUFHO0FBQUEsSUFDOUg7QUFBQSxFQUNGO0FBQ0Y7OztBQ2pIc1EsU0FBUyxtQkFBbUI7OztBQ0kzUixTQUFTLFdBQVcsR0FBb0I7QUFDN0MsTUFBSSxFQUFFLFdBQVcsS0FBTSxRQUFPO0FBQzlCLFFBQU0sU0FBUyxFQUFFLFNBQVMsUUFBUSxHQUFHLGFBQWEsRUFBRSxNQUFNLENBQUMsbUJBQWEsVUFBVSxFQUFFLE1BQU07QUFDMUYsU0FBTyxFQUFFLFVBQVUsYUFBYSxHQUFHLE1BQU0sZ0JBQWE7QUFDeEQ7OztBREFPLFNBQVMsYUFBYSxHQUF1QjtBQUNsRCxRQUFNLFFBQVEsRUFBRSxZQUFZLE9BQU8sQ0FBQyxNQUFNLEVBQUUsWUFBWSxZQUFZLEVBQUUsV0FBVyxPQUFPO0FBQ3hGLFFBQU0sT0FBTyxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsR0FBRyxHQUFHLEVBQUUsUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLGtCQUFrQixFQUFFLGFBQWEsRUFBRSxFQUFFLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxDQUFDO0FBQ3ZILFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRyxVQUFVLENBQUMsQ0FBQztBQUN6RCxRQUFNLElBQUksWUFBWSxFQUFFLE9BQU8sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxHQUFHLFFBQVEsSUFBSSxDQUFDO0FBQ2hFLFFBQU0sUUFBZ0IsQ0FBQztBQUN2QixNQUFJLElBQUk7QUFDUixhQUFXLEVBQUUsR0FBRyxFQUFFLEtBQUssTUFBTTtBQUMzQixlQUFXLFFBQVEsS0FBSyxHQUFHLEVBQUUsTUFBTSxLQUFLLEVBQUUsSUFBSSxFQUFFLEdBQUc7QUFDakQsWUFBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLEdBQUcsR0FBRyxHQUFHLElBQUksSUFBSSxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUM7QUFDdEUsV0FBSztBQUFBLElBQ1A7QUFDQSxRQUFJLEVBQUcsV0FBVyxNQUFNO0FBQ3RCLFlBQU0sS0FBSyxFQUFFLE1BQU0sUUFBUSxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxFQUFFLEVBQUcsTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLFFBQVEsQ0FBQztBQUNqRixZQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxFQUFFLEVBQUcsTUFBTSxJQUFJLEdBQUcsR0FBRyxJQUFJLElBQUksTUFBTSxXQUFXLENBQUUsR0FBRyxLQUFLLFFBQVEsQ0FBQztBQUFBLElBQ2pHLE9BQU87QUFDTCxZQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxHQUFHLEdBQUcsSUFBSSxJQUFJLE1BQU0sNkJBQTBCLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDNUY7QUFDQSxTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0EsUUFBTSxLQUFLLEtBQUssQ0FBQyxFQUFHO0FBQ3BCLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLE9BQU87QUFBQSxJQUNQLFVBQVU7QUFBQSxJQUNWLGFBQWEsS0FBSyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxHQUFHLEVBQUUsSUFBSSxLQUFLLEVBQUcsV0FBVyxPQUFPLDhCQUEyQixHQUFHLFVBQVUsRUFBRyxNQUFNLENBQUMsYUFBVSxFQUFFLEVBQUUsS0FBSyxJQUFJLElBQUk7QUFBQSxJQUNwSixPQUFPO0FBQUEsSUFDUCxRQUFRLElBQUk7QUFBQSxJQUNaO0FBQUEsSUFDQSxRQUFRLENBQUM7QUFBQSxJQUNULE9BQU87QUFBQSxNQUNMLFNBQVMsMEJBQTBCLFlBQVksR0FBRyxZQUFZLEdBQUcsUUFBUSxDQUFDO0FBQUEsTUFDMUUsU0FBUyxDQUFDLEVBQUUsT0FBTyxhQUFhLEdBQUcsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLE1BQ3RELE1BQU0sS0FBSyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxDQUFDLEdBQUcsRUFBRSxNQUFNLEtBQUssRUFBRSxJQUFJLElBQUksRUFBRyxXQUFXLE9BQU8sZ0RBQWdELEdBQUcsV0FBVyxDQUFFLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDbko7QUFBQSxJQUNBLEtBQUs7QUFBQSxNQUNILFFBQVEsQ0FBQyxjQUFjLGNBQWMsd0JBQXdCLFdBQVcsU0FBUztBQUFBLE1BQ2pGLE1BQU0sS0FBSyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxDQUFDLEVBQUcsWUFBWSxFQUFFLE1BQU0sRUFBRyxVQUFVLElBQUksRUFBRyxZQUFZLEVBQUcsUUFBUSxDQUFDO0FBQUEsSUFDbkc7QUFBQSxJQUNBLFNBQVMsS0FBSyxJQUFJLENBQUMsRUFBRSxFQUFFLE1BQU0sS0FBSyxHQUFHLENBQUUsQ0FBQztBQUFBLElBQ3hDLE9BQU8sQ0FBQztBQUFBLEVBQ1Y7QUFDRjs7O0FFbEQwUSxTQUFTLGVBQUFBLG9CQUFtQjtBQU10UyxJQUFNLG1CQUEyQyxFQUFFLE1BQU0sVUFBVSxNQUFNLFlBQVMsS0FBSyxHQUFHO0FBR25GLFNBQVMsWUFBWSxHQUFzQjtBQUNoRCxRQUFNLFFBQVEsR0FBRyxFQUFFLG9CQUFvQixXQUFXLFNBQVMsRUFBRSxHQUFHLGFBQWEsRUFBRSxLQUFNLENBQUM7QUFDdEYsUUFBTSxTQUFTLENBQUMsaUJBQWlCLEVBQUUsY0FBYyxHQUFHLEdBQUcsYUFBYSxFQUFFLE1BQU8sQ0FBQyxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssR0FBRztBQUN4RyxTQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU0sSUFBSSxFQUFFLElBQUk7QUFDeEM7QUFHTyxTQUFTLGVBQWUsR0FBdUI7QUFDcEQsUUFBTSxPQUFPLEVBQUUsV0FBVyxPQUFPLENBQUMsTUFBTSxFQUFFLFlBQVksWUFBWSxFQUFFLFNBQVMsb0JBQW9CLEVBQUUsVUFBVSxRQUFRLEVBQUUsV0FBVyxRQUFRLEVBQUUsZ0JBQWdCLElBQUk7QUFDaEssUUFBTSxTQUFTLENBQUMsTUFBaUIsRUFBRSxZQUFZLEtBQUssQ0FBQyxNQUFNLEVBQUUsa0JBQWtCLEVBQUUsYUFBYSxHQUFHLFFBQVEsRUFBRTtBQUMzRyxRQUFNLFFBQWdCLENBQUM7QUFDdkIsTUFBSSxJQUFJO0FBQ1IsYUFBVyxLQUFLLE1BQU07QUFDcEIsVUFBTSxJQUFJQyxhQUFZLEVBQUUsT0FBTyxDQUFDLEdBQUcsS0FBSyxJQUFJLEVBQUUsUUFBUyxFQUFFLEtBQU0sQ0FBQyxDQUFDLEVBQUUsTUFBTSxDQUFDLEdBQUcsS0FBSyxDQUFDO0FBQ25GLGVBQVcsUUFBUSxLQUFLLE9BQU8sQ0FBQyxDQUFDLEdBQUc7QUFDbEMsWUFBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLEdBQUcsR0FBRyxHQUFHLElBQUksSUFBSSxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUM7QUFDdEUsV0FBSztBQUFBLElBQ1A7QUFDQSxVQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsRUFBRSxFQUFFLE1BQU8sR0FBRyxHQUFHLElBQUksS0FBSyxRQUFRLENBQUM7QUFDakYsVUFBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEVBQUUsRUFBRSxLQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxRQUFRLFFBQVEsY0FBYyxPQUFPLENBQUM7QUFDL0csVUFBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLElBQUksRUFBRSxFQUFFLE1BQU8sR0FBRyxJQUFJLElBQUksR0FBRyxJQUFJLEVBQUUsRUFBRSxNQUFPLEdBQUcsSUFBSSxJQUFJLElBQUksS0FBSyxTQUFTLENBQUM7QUFDckcsVUFBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLEdBQUcsR0FBRyxHQUFHLElBQUksT0FBTyxJQUFJLE1BQU0sWUFBWSxDQUFDLEdBQUcsS0FBSyxRQUFRLENBQUM7QUFDdkYsU0FBSyxPQUFPLElBQUk7QUFBQSxFQUNsQjtBQUNBLFFBQU0sWUFBWSxLQUFLLElBQUksQ0FBQyxNQUFNLEdBQUcsT0FBTyxDQUFDLENBQUMsS0FBSyxZQUFZLENBQUMsQ0FBQyxFQUFFO0FBQ25FLFFBQU0sT0FBTyxFQUFFLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxZQUFZLFFBQVE7QUFDdkQsUUFBTSxPQUFPLFdBQVcsS0FBSyxDQUFDLEdBQUcsUUFBUSxFQUFFO0FBQzNDLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLE9BQU8seUJBQXNCLEtBQUssVUFBVTtBQUFBLElBQzVDLFVBQVU7QUFBQSxJQUNWLGFBQWEsK0ZBQXNGLElBQUksTUFBTSxVQUFVLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDakksT0FBTztBQUFBLElBQ1AsUUFBUSxJQUFJO0FBQUEsSUFDWjtBQUFBLElBQ0EsUUFBUTtBQUFBLE1BQ04sRUFBRSxLQUFLLFFBQVEsTUFBTSxVQUFPO0FBQUEsTUFDNUIsRUFBRSxLQUFLLFNBQVMsTUFBTSxTQUFNO0FBQUEsTUFDNUIsRUFBRSxLQUFLLGFBQWEsTUFBTSxtQkFBYTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxPQUFPO0FBQUEsTUFDTCxTQUFTLHlCQUFzQixLQUFLLFVBQVU7QUFBQSxNQUM5QyxTQUFTLENBQUMsRUFBRSxPQUFPLFVBQVUsR0FBRyxFQUFFLE9BQU8sVUFBTyxTQUFTLEtBQUssR0FBRyxFQUFFLE9BQU8sV0FBUSxTQUFTLEtBQUssR0FBRyxFQUFFLE9BQU8sUUFBUSxHQUFHLEVBQUUsT0FBTyxpQkFBVyxDQUFDO0FBQUEsTUFDNUksTUFBTSxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLEdBQUcsR0FBRyxpQkFBaUIsRUFBRSxjQUFjLEdBQUcsQ0FBQyxJQUFJLGFBQWEsRUFBRSxNQUFPLENBQUMsR0FBRyxLQUFLLEdBQUcsR0FBRyxFQUFFLG9CQUFvQixXQUFXLFNBQVMsRUFBRSxHQUFHLGFBQWEsRUFBRSxLQUFNLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxRQUFRLFFBQVEsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNyTztBQUFBLElBQ0EsS0FBSztBQUFBLE1BQ0gsUUFBUSxDQUFDLGdCQUFnQixXQUFXLGlCQUFpQixRQUFRLFNBQVMsc0JBQXNCLFNBQVMsWUFBWTtBQUFBLE1BQ2pILE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsY0FBYyxPQUFPLENBQUMsR0FBRyxFQUFFLGNBQWMsSUFBSSxFQUFFLFFBQVMsRUFBRSxPQUFRLEVBQUUsbUJBQW1CLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFBQSxJQUMxSTtBQUFBLElBQ0EsU0FBUyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssR0FBRyxDQUFDLENBQUM7QUFBQSxJQUNuQyxPQUFPLENBQUM7QUFBQSxFQUNWO0FBQ0Y7OztBQzdEZ1IsU0FBUyxlQUFBQyxvQkFBbUI7OztBQ0F0QyxTQUFTLGdCQUFnQjs7O0FDQ3hSLElBQU0sU0FBUztBQUFBLEVBQ3BCLFlBQVksQ0FBQyxPQUFlLGFBQWEsRUFBRTtBQUFBLEVBQzNDLGdCQUFnQixDQUFDLE9BQWUsY0FBYyxFQUFFO0FBQUEsRUFDaEQsTUFBTSxDQUFDLE9BQWUsUUFBUSxFQUFFO0FBQUEsRUFDaEMsY0FBYyxDQUFDLE9BQWUsT0FBTyxFQUFFO0FBQUEsRUFDdkMsTUFBTSxDQUFDLE9BQWUsUUFBUSxFQUFFO0FBQUEsRUFDaEMsT0FBTyxDQUFDLE9BQWUsY0FBYyxFQUFFO0FBQUEsRUFDdkMsUUFBUSxDQUFDLE9BQWUsU0FBUyxFQUFFO0FBQ3JDOzs7QUNOQSxJQUFNLFlBQW9DLEVBQUUsUUFBUSxRQUFRLE9BQU8sV0FBVyxTQUFTLEdBQUc7QUFHbkYsU0FBUyxVQUFVLEdBQXNCO0FBQzlDLFNBQU8sRUFBRSxVQUFVLE9BQU8sZ0JBQWdCLEdBQUcsVUFBVSxFQUFFLG1CQUFtQixFQUFFLEtBQUssRUFBRSxHQUFHLGFBQWEsRUFBRSxLQUFLLENBQUM7QUFDL0c7QUFHTyxTQUFTLGNBQWMsR0FBc0I7QUFDbEQsU0FBTyxHQUFHLFVBQVUsQ0FBQyxDQUFDLElBQUksRUFBRSxJQUFJO0FBQ2xDOzs7QUNtQkEsSUFBTSxPQUErQjtBQUFBLEVBQ25DLGFBQWE7QUFBQSxFQUNiLE9BQU87QUFBQSxFQUNQLFVBQVU7QUFBQSxFQUNWLFNBQVM7QUFBQSxFQUNULFNBQVM7QUFBQSxFQUNULFdBQVc7QUFBQSxFQUNYLFNBQVM7QUFDWDtBQUVPLFNBQVMsV0FBVyxHQUFXLEdBQTZDO0FBQ2pGLFNBQU87QUFBQSxJQUNMLElBQUksRUFBRTtBQUFBLElBQ04sTUFBTSxjQUFjLENBQUM7QUFBQSxJQUNyQixTQUFTLEVBQUU7QUFBQSxJQUNYLE1BQU0sRUFBRTtBQUFBLElBQ1IsVUFBVSxLQUFLLEdBQUcsQ0FBQztBQUFBLElBQ25CLGdCQUFnQixFQUFFLGVBQWUsS0FBSyxHQUFHLEdBQUcsRUFBRSxZQUFZLElBQUk7QUFBQSxJQUM5RCxNQUFNLEVBQUU7QUFBQSxFQUNWO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsR0FBVyxHQUErQjtBQUN2RSxRQUFNLE1BQU0sQ0FBQyxPQUFlLEVBQUUsY0FBYyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsRUFBRSxHQUFHLFFBQVE7QUFDbEYsU0FBTztBQUFBLElBQ0wsSUFBSSxFQUFFO0FBQUEsSUFDTixRQUFRLE9BQU8sV0FBVyxFQUFFLGFBQWE7QUFBQSxJQUN6QyxRQUFRLEVBQUU7QUFBQSxJQUNWLE1BQU0sRUFBRTtBQUFBLElBQ1IsYUFBYSxFQUFFO0FBQUEsSUFDZixRQUFRLEVBQUU7QUFBQSxJQUNWLFVBQVUsS0FBSyxHQUFHLENBQUM7QUFBQSxJQUNuQixVQUFVLEVBQUUsZUFDVCxPQUFPLENBQUMsTUFBTSxFQUFFLGtCQUFrQixFQUFFLGFBQWEsRUFDakQsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssY0FBYyxFQUFFLElBQUksQ0FBQyxFQUMzQyxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sV0FBVyxFQUFFLElBQUksR0FBRyxRQUFRLGFBQWEsRUFBRSxNQUFNLEdBQUcsV0FBVyxFQUFFLFFBQVEsUUFBUSxFQUFFLFFBQVEsVUFBVSxLQUFLLEdBQUcsQ0FBQyxFQUFFLEVBQUU7QUFBQSxJQUN6SSxRQUFRLEVBQUUsa0JBQ1AsT0FBTyxDQUFDLE1BQU0sRUFBRSxrQkFBa0IsRUFBRSxhQUFhLEVBQ2pELElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxJQUFJLEVBQUUsTUFBTSxHQUFHLE1BQU0sS0FBSyxFQUFFLElBQUksS0FBSyxFQUFFLE1BQU0sVUFBVSxLQUFLLEdBQUcsQ0FBQyxFQUFFLEVBQUU7QUFBQSxJQUMzRixTQUFTLEVBQUUsV0FBVyxPQUFPLENBQUMsTUFBTSxFQUFFLGtCQUFrQixFQUFFLGFBQWEsRUFBRSxJQUFJLENBQUMsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDO0FBQUEsSUFDcEcsU0FBUyxFQUFFLFFBQ1IsT0FBTyxDQUFDLE1BQU0sRUFBRSxrQkFBa0IsRUFBRSxhQUFhLEVBQ2pELElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxXQUFXLENBQUMsR0FBRyxTQUFTLEVBQUUsU0FBUyxVQUFVLEtBQUssR0FBRyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssRUFBRTtBQUFBLEVBQ2pHO0FBQ0Y7OztBQ3RFTyxTQUFTLGVBQWUsR0FBVztBQUN4QyxRQUFNLE9BQU8sRUFBRSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxRQUFRO0FBQ3ZELFFBQU0sUUFBUSxFQUFFLFlBQVksT0FBTyxDQUFDLE1BQU0sRUFBRSxZQUFZLEtBQUssT0FBTztBQUNwRSxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLFlBQVksYUFBYSxLQUFLLGFBQWEsVUFBVSxLQUFLLEdBQUcsSUFBSSxFQUFFO0FBQUEsSUFDNUcsU0FBUyxlQUFlLENBQUM7QUFBQSxJQUN6QixPQUFPLGFBQWEsQ0FBQztBQUFBLElBQ3JCLGlCQUFpQixNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sZUFBZSxHQUFHLENBQUMsQ0FBQztBQUFBLElBQzFGLE9BQU8sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsYUFBYSxFQUFFLElBQUksQ0FBQyxNQUFNLGVBQWUsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUN4RjtBQUNGOzs7QUNoQmdRLFNBQVMsb0JBQW9COzs7QUNBMUMsU0FBUyxjQUFBQyxhQUFZLGdCQUFBQyxxQkFBb0I7QUFDNVIsU0FBUyxRQUFBQyxPQUFNLFVBQVUsZUFBZTtBQUN4QyxTQUFTLHFCQUFxQjs7O0FDVXZCLFNBQVMsY0FBYyxHQUFvQjtBQUNoRCxTQUFPLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxJQUFJLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3REO0FBR08sSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUNuQyxZQUFxQixVQUFxQjtBQUN4QyxVQUFNLEdBQUcsU0FBUyxNQUFNLFdBQVcsU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsSUFBb0IsU0FBUyxJQUFJLGFBQWEsRUFBRSxLQUFLLElBQUksQ0FBQztBQUQxRztBQUVuQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0Y7QUFHTyxTQUFTLE1BQU0sT0FBZSxNQUFNLElBQVk7QUFDckQsUUFBTSxJQUFJLE1BQU0sU0FBUyxNQUFNLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxJQUFJLFdBQU07QUFDL0QsU0FBTyxLQUFLLFVBQVUsQ0FBQztBQUN6Qjs7O0FDeEJBLElBQU0sUUFBUSxDQUFDLEtBQWUsV0FBcUIsT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEtBQUssSUFBUTtBQUdqRyxTQUFTLFVBQVUsV0FBdUIsUUFBaUMsUUFBa0MsVUFBMkI7QUFDN0ksYUFBVyxLQUFLLFdBQVc7QUFDekIsVUFBTSxPQUFPLE9BQU8sSUFBSSxFQUFFLElBQUk7QUFDOUIsUUFBSSxDQUFDLEtBQU07QUFDWCxVQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3BCLFVBQU0sVUFBVSxDQUFDLElBQUksR0FBRyxFQUFFLE9BQU8sT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLGFBQWEsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQztBQUNqRyxlQUFXLFVBQVUsU0FBUztBQUM1QixZQUFNLFFBQVEsb0JBQUksSUFBb0I7QUFDdEMsaUJBQVcsT0FBTyxNQUFNO0FBQ3RCLFlBQUksT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNqRSxjQUFNLElBQUksTUFBTSxLQUFLLE1BQU07QUFDM0IsY0FBTSxPQUFPLE1BQU0sSUFBSSxDQUFDO0FBQ3hCLFlBQUksU0FBUyxRQUFXO0FBQ3RCLGdCQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUN2QyxnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQ3pELG1CQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sRUFBRSxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxTQUFTLHFCQUFxQixPQUFPLEtBQUssS0FBSyxDQUFDLFdBQVcsTUFBTSxLQUFLLENBQUMseUJBQXlCLElBQUksSUFBSSxDQUFDO0FBQUEsUUFDMUssTUFBTyxPQUFNLElBQUksR0FBRyxJQUFJLEtBQUs7QUFBQSxNQUMvQjtBQUFBLElBQ0Y7QUFDQSxlQUFXLE1BQU0sRUFBRSxPQUFPLGVBQWUsQ0FBQyxHQUFHO0FBQzNDLFlBQU0sU0FBUyxHQUFHLFVBQVUsYUFBYSxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVU7QUFDcEUsWUFBTSxhQUFhLE9BQU8sSUFBSSxNQUFNO0FBQ3BDLFVBQUksQ0FBQyxXQUFZO0FBQ2pCLFlBQU0sT0FBTyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxNQUFNLEdBQUcsR0FBRyxVQUFVLE1BQU0sQ0FBQyxDQUFDO0FBQ3pFLGlCQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFJLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNwRSxZQUFJLENBQUMsS0FBSyxJQUFJLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxHQUFHO0FBQ3BDLGdCQUFNLFFBQVEsR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUM1RCxtQkFBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLEVBQUUsSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsR0FBRyxPQUFPLEdBQUcsT0FBTyxTQUFTLENBQUMsR0FBSSxTQUFTLHFCQUFxQixNQUFNLFNBQVMsR0FBRyxVQUFVLE9BQU8sS0FBSyxLQUFLLENBQUMsWUFBWSxNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUM7QUFBQSxRQUMzTTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUN4Q3lQLFNBQVMsWUFBWSxvQkFBb0I7QUFDbFMsU0FBUyxZQUFZO0FBR2QsU0FBUyxVQUFVLEdBQW1CO0FBQzNDLFNBQU8sRUFBRSxRQUFRLFNBQVMsR0FBRyxFQUFFLEtBQUs7QUFDdEM7QUFHTyxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUV2QixZQUFxQixLQUFhO0FBQWI7QUFBQSxFQUFjO0FBQUEsRUFEM0IsUUFBUSxvQkFBSSxJQUEyQjtBQUFBLEVBRy9DLElBQUksWUFBcUI7QUFDdkIsV0FBTyxXQUFXLEtBQUssR0FBRztBQUFBLEVBQzVCO0FBQUE7QUFBQSxFQUdBLEtBQUssTUFBNkI7QUFDaEMsUUFBSSxDQUFDLEtBQUssTUFBTSxJQUFJLElBQUksR0FBRztBQUN6QixZQUFNLE9BQU8sS0FBSyxLQUFLLEtBQUssSUFBSTtBQUNoQyxXQUFLLE1BQU0sSUFBSSxNQUFNLFdBQVcsSUFBSSxJQUFJLFVBQVUsYUFBYSxNQUFNLE1BQU0sQ0FBQyxJQUFJLElBQUk7QUFBQSxJQUN0RjtBQUNBLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLO0FBQUEsRUFDakM7QUFBQTtBQUFBLEVBR0EsVUFBVSxNQUE2QjtBQUNyQyxXQUFPLEtBQUssS0FBSyxJQUFJLEdBQUcsUUFBUSxTQUFTLEdBQUcsS0FBSztBQUFBLEVBQ25EO0FBQ0Y7OztBQ3ZCQSxJQUFNLGlCQUEyQztBQUFBLEVBQy9DLFlBQVksQ0FBQyxTQUFTLFVBQVUsVUFBVTtBQUFBLEVBQzFDLFNBQVMsQ0FBQyxRQUFRO0FBQ3BCO0FBRUEsSUFBTSxjQUFzQyxFQUFFLE9BQU8sT0FBTyxlQUFlLE9BQU8sU0FBUyxNQUFNO0FBRWpHLElBQU0sV0FBVyxDQUFDLFFBQUssSUFBSTtBQU1wQixTQUFTLGdCQUFnQixRQUFpQyxPQUFvQixRQUFrQyxVQUEyQjtBQUNoSixRQUFNLGFBQWEsSUFBSSxLQUFLLE9BQU8sSUFBSSxTQUFTLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQztBQUMvRyxhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssUUFBUTtBQUNqQyxlQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFNLEtBQUssQ0FBQyxRQUFnQixZQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsUUFBUSxDQUFDO0FBQ3RILFlBQU0sV0FBVyxTQUFTLFlBQVksT0FBTyxJQUFJLFNBQVMsSUFBSSxXQUFXLElBQUksT0FBTyxJQUFJLFNBQVMsQ0FBQztBQUNsRyxVQUFJLENBQUMsU0FBVTtBQUNmLFlBQU0sT0FBTyxNQUFNLEtBQUssUUFBUTtBQUNoQyxVQUFJLFNBQVMsTUFBTTtBQUNqQixXQUFHLGFBQWEsNEJBQTRCLFFBQVEsT0FBTyxNQUFNLEdBQUcsc0JBQXNCO0FBQzFGO0FBQUEsTUFDRjtBQUNBLFVBQUksT0FBTyxJQUFJLFVBQVUsVUFBVTtBQUNqQyxjQUFNLFFBQVEsVUFBVSxJQUFJLEtBQUs7QUFDakMsWUFBSSxDQUFDLEtBQUssU0FBUyxLQUFLLEVBQUcsSUFBRyxTQUFTLGtDQUFrQyxRQUFRLFdBQVcsTUFBTSxLQUFLLENBQUMsc0JBQXNCO0FBQzlILG1CQUFXLFVBQVUsZUFBZSxJQUFJLEtBQUssQ0FBQyxHQUFHO0FBQy9DLGdCQUFNLElBQUksSUFBSSxNQUFNO0FBRXBCLGdCQUFNLE1BQU0sV0FBVyxZQUFZLE9BQU8sSUFBSSxpQkFBaUIsV0FBVyxVQUFVLElBQUksWUFBWSxJQUFJO0FBQ3hHLGdCQUFNLFFBQVEsUUFBUSxRQUFRLFVBQVU7QUFDeEMsY0FBSSxPQUFPLE1BQU0sU0FBVTtBQUMzQixjQUFJLFdBQVcsV0FBVyxJQUFJLG9CQUFvQixXQUFXO0FBQzNELGtCQUFNLFFBQVEsVUFBVSxLQUFLO0FBQzdCLGdCQUFJLE1BQU0sV0FBVyxFQUFHLElBQUcsUUFBUSxpREFBaUQsTUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxZQUFZLGFBQWEsQ0FBQyxDQUFDLEVBQUU7QUFBQSxVQUNySixXQUFXLENBQUMsZUFBZSxLQUFLLENBQUMsRUFBRyxJQUFHLFFBQVEsd0NBQXdDLEtBQUssV0FBVyxhQUFhLENBQUMsQ0FBQyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUMvSTtBQUFBLE1BQ0Y7QUFDQSxVQUFJLE9BQU8sSUFBSSxpQkFBaUIsWUFBWSxDQUFDLEtBQUssU0FBUyxVQUFVLElBQUksWUFBWSxDQUFDLEdBQUc7QUFDdkYsV0FBRyxnQkFBZ0Isa0NBQWtDLFFBQVEsV0FBVyxNQUFNLFVBQVUsSUFBSSxZQUFZLENBQUMsQ0FBQyxzQkFBc0I7QUFBQSxNQUNsSTtBQUNBLFlBQU0sWUFBWSxZQUFZLElBQUk7QUFDbEMsWUFBTSxNQUFNLFlBQVksSUFBSSxTQUFTLElBQUk7QUFDekMsVUFBSSxPQUFPLFFBQVEsVUFBVTtBQUMzQixjQUFNLFNBQVMsU0FBUyxZQUFZLENBQUMsVUFBVSxrQkFBa0IsSUFBSSxDQUFDLFFBQVE7QUFDOUUsWUFBSSxDQUFDLE9BQU8sS0FBSyxDQUFDLE1BQU0sTUFBTSxVQUFVLENBQUMsR0FBRyxTQUFTLEdBQUcsQ0FBQyxFQUFHLElBQUcsV0FBWSx1QkFBdUIsT0FBTyxLQUFLLE1BQU0sQ0FBQyxpQkFBaUIsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLE1BQ3BKO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUFlLEdBQW9CO0FBQ2hFLFFBQU0sUUFBUSxvQkFBSSxJQUFJLENBQUMsYUFBYSxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUUsUUFBUSxLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQy9FLE1BQUksSUFBSSxNQUFNLElBQUssWUFBVyxRQUFRLFNBQVUsT0FBTSxJQUFJLEdBQUcsS0FBSyxNQUFNLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRTtBQUNuRixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLFVBQVUsS0FBSyxRQUFRLHVCQUF1QixNQUFNO0FBQzFELFFBQUksSUFBSSxPQUFPLGVBQWUsT0FBTyx1QkFBdUIsR0FBRyxFQUFFLEtBQUssS0FBSyxFQUFHLFFBQU87QUFBQSxFQUN2RjtBQUNBLFFBQU0sUUFBUSxhQUFhLENBQUMsS0FBSyxDQUFDO0FBQ2xDLFNBQU8sTUFBTSxLQUFLLENBQUMsTUFBTSxJQUFJLE9BQU8sZ0JBQWdCLENBQUMsZ0JBQWdCLElBQUksRUFBRSxLQUFLLEtBQUssQ0FBQztBQUN4RjtBQUdPLFNBQVMsVUFBVSxPQUF5QjtBQUNqRCxTQUFPLE1BQ0osUUFBUSxZQUFZLEVBQUUsRUFDdEIsTUFBTSx5QkFBeUIsRUFDL0IsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxPQUFPO0FBQ25COzs7QUNuRUEsSUFBTSxVQUFVO0FBRWhCLElBQU0sU0FBUztBQUdmLElBQU0sZ0JBQXdDO0FBQUEsRUFDNUMsNEJBQTRCO0FBQUEsRUFDNUIsNkRBQTZEO0FBQUEsRUFDN0QscUJBQXFCO0FBQUEsRUFDckIsY0FBYztBQUNoQjtBQUdPLFNBQVMsV0FBVyxPQUFpQixVQUFvQixNQUFjLFVBQXdDO0FBQ3BILFFBQU0sS0FBSyxDQUFDLE1BQWMsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLFFBQVEsUUFBUSxDQUFDO0FBQzNHLFFBQU0sU0FBUyxTQUFTLE9BQU87QUFDL0IsUUFBTSxTQUFTLFNBQVM7QUFDeEIsY0FBWSxNQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLFFBQVEsWUFBWSxHQUFHLEdBQUcsUUFBUSxPQUFPLENBQUM7QUFDaEcsUUFBTSxXQUFXLFNBQVMsV0FBVztBQUNyQyxRQUFNLFFBQVEsSUFBSSxJQUFJLE1BQU0sT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUN4RCxRQUFNLE9BQW1CLENBQUM7QUFDMUIsYUFBVyxVQUFVLE1BQU0sU0FBUztBQUNsQyxRQUFJLE9BQU8sTUFBTSxXQUFXLE1BQU0sT0FBTyxRQUFRO0FBRS9DLFlBQU0sSUFBSSxPQUFPLE1BQU07QUFDdkIsWUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLFNBQVMsTUFBTSxPQUFPLENBQUMsSUFBSztBQUM1RCxTQUFHLE9BQU8sTUFBTSxRQUFRLFlBQVksTUFBTSxPQUFPLE1BQU0saUJBQWlCLENBQUMsRUFBRTtBQUMzRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQWdCLEVBQUUsT0FBTyxPQUFPLEtBQUs7QUFDM0MsZUFBVyxTQUFTLFFBQVE7QUFDMUIsWUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDOUIsVUFBSSxNQUFNLE9BQVc7QUFDckIsVUFBSSxNQUFNLElBQUksSUFBSSxVQUFVLE9BQU8sTUFBTSxDQUFDLEtBQUssSUFBSSxPQUFPLENBQUMsWUFBWSxHQUFHLE9BQU8sTUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDO0FBQUEsSUFDN0c7QUFDQSxTQUFLLEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFFQSxTQUFPLFdBQVcsT0FBTztBQUMzQjtBQUVBLFNBQVMsWUFBWSxPQUFpQixVQUFvQixRQUF5RDtBQUNqSCxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLEtBQUssSUFBSSxDQUFDLEVBQUcsUUFBTyxHQUFHLG9DQUFvQyxNQUFNLENBQUMsQ0FBQyxRQUFRO0FBQy9FLFNBQUssSUFBSSxDQUFDO0FBQUEsRUFDWjtBQUNBLFFBQU0sVUFBVSxTQUFTLE9BQU8sQ0FBQyxNQUFNLENBQUMsTUFBTSxTQUFTLENBQUMsQ0FBQztBQUN6RCxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLFNBQVMsU0FBUyxDQUFDLENBQUM7QUFDdkQsUUFBTSxVQUFVLENBQUMsUUFBUSxVQUFVLENBQUMsTUFBTTtBQUUxQyxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxNQUFNLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSztBQUNoRSxVQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFVBQU0sSUFBSSxTQUFTLENBQUM7QUFDcEIsUUFBSSxNQUFNLFVBQWEsTUFBTSxVQUFhLFFBQVEsU0FBUyxDQUFDLEtBQUssTUFBTSxTQUFTLENBQUMsR0FBRztBQUNsRixhQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLFdBQVcsTUFBTSxDQUFDLENBQUMsRUFBRTtBQUMxRCxjQUFRLE9BQU8sUUFBUSxRQUFRLENBQUMsR0FBRyxDQUFDO0FBQ3BDLFlBQU0sT0FBTyxNQUFNLFFBQVEsQ0FBQyxHQUFHLENBQUM7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssUUFBUyxRQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLHdCQUF3QjtBQUN0RixhQUFXLEtBQUssTUFBTyxRQUFPLEdBQUcsd0VBQXdFLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDbkgsTUFBSSxTQUFTO0FBQ1gsVUFBTSxJQUFJLE1BQU0sVUFBVSxDQUFDLEdBQUcsTUFBTSxNQUFNLFNBQVMsQ0FBQyxDQUFDO0FBQ3JELFFBQUksS0FBSyxFQUFHLFFBQU8sTUFBTSxDQUFDLEdBQUksbUJBQW1CLE1BQU0sU0FBUyxDQUFDLENBQUUsQ0FBQyxnQkFBZ0IsSUFBSSxDQUFDLFdBQVcsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLHlCQUF5QjtBQUFBLEVBQy9JO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsS0FBYSxPQUFjLFFBQXlDO0FBQ3JGLFFBQU0sSUFBSSxNQUFNLGVBQWUsQ0FBQztBQUNoQyxNQUFJLElBQUksU0FBUyxRQUFRLEVBQUcsUUFBTztBQUNuQyxNQUFJLFFBQVEsSUFBSTtBQUNkLFFBQUksRUFBRSxTQUFVLFFBQU8sdUNBQXVDO0FBQzlELFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQ3RCLFdBQU8saURBQWlELE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDcEUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE1BQU0sU0FBUyxhQUFhLE1BQU0sU0FBUyxVQUFVO0FBQ3ZELFVBQU0sTUFBTSxNQUFNLFNBQVMsWUFBWSxVQUFVLFFBQVEsS0FBSyxHQUFHO0FBQ2pFLFFBQUksQ0FBQyxJQUFJO0FBQ1AsYUFBTyxZQUFZLE1BQU0sU0FBUyxZQUFZLGVBQWUsVUFBVSxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDOUYsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLElBQUksT0FBTyxHQUFHO0FBQ3BCLFFBQUksRUFBRSxZQUFZLFVBQWEsSUFBSSxFQUFFLFFBQVMsUUFBTyw0QkFBdUIsRUFBRSxPQUFPLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLGFBQ25HLEVBQUUsWUFBWSxVQUFhLElBQUksRUFBRSxRQUFTLFFBQU8sNEJBQXVCLEVBQUUsT0FBTyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUM1RyxRQUFPO0FBQ1osV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEVBQUUsUUFBUSxDQUFDLEVBQUUsS0FBSyxTQUFTLEdBQUcsR0FBRztBQUNuQyxXQUFPLG1CQUFtQixFQUFFLEtBQUssS0FBSyxJQUFJLENBQUMsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ2xFLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsQ0FBQyxJQUFJLE9BQU8sRUFBRSxTQUFTLEdBQUcsRUFBRSxLQUFLLEdBQUcsR0FBRztBQUN0RCxXQUFPLFlBQVksY0FBYyxFQUFFLE9BQU8sS0FBSyxrQkFBa0IsRUFBRSxPQUFPLEdBQUcsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ3BHLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsY0FBYyxFQUFFLE9BQU8sR0FBRyxXQUFXLGFBQWEsS0FBSyxDQUFDLGVBQWUsR0FBRyxHQUFHO0FBQzVGLFdBQU8sc0NBQXNDLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDekQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGVBQWUsS0FBc0I7QUFDNUMsUUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFDM0MsTUFBSSxNQUFNLE9BQVcsUUFBTztBQUM1QixRQUFNLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFJLElBQUssR0FBRyxDQUFDLENBQUM7QUFDN0MsU0FBTyxLQUFLLFlBQVksTUFBTSxJQUFLLEtBQUssS0FBSyxXQUFXLE1BQU07QUFDaEU7OztBQzNINlAsU0FBUyxnQkFBQUMscUJBQW9CO0FBd0NuUixTQUFTLFlBQVksTUFBMkI7QUFDckQsU0FBTyxLQUFLLE1BQU1DLGNBQWEsTUFBTSxNQUFNLENBQUM7QUFDOUM7OztBQzFDaVAsT0FBTyxVQUFVO0FBa0IzUCxTQUFTLFFBQVEsT0FBbUIsTUFBYyxVQUFzQztBQUM3RixRQUFNLEtBQUssQ0FBQyxNQUFjLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxRQUFRLFFBQVEsQ0FBQztBQUMzRyxNQUFJLE1BQU0sV0FBVyxHQUFHO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUVBLE1BQUksT0FBTyxJQUFJLFlBQVksU0FBUyxFQUFFLE9BQU8sT0FBTyxXQUFXLEtBQUssQ0FBQyxFQUFFLE9BQU8sS0FBSztBQUNuRixNQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sT0FBUTtBQUNqQyxPQUFHLEdBQUcsS0FBSyx1REFBdUQ7QUFDbEUsV0FBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ3JCO0FBQ0EsUUFBTSxPQUFPLEtBQUssUUFBUSxJQUFJO0FBQzlCLE1BQUksUUFBUSxHQUFHO0FBQ2IsT0FBRyxPQUFPLE1BQU0sSUFBSSxHQUFHLEtBQUssMkNBQTJDO0FBQ3ZFLFdBQU8sS0FBSyxRQUFRLFVBQVUsSUFBSTtBQUFBLEVBQ3BDO0FBQ0EsTUFBSSxLQUFLLEtBQUssTUFBTSxJQUFJO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxXQUFXLE1BQU0sQ0FBQyxNQUFNLE9BQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFFL0Usb0JBQWdCLFVBQVUsTUFBTSxJQUFJO0FBQ3BDLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxPQUFvQixDQUFDO0FBQzNCLE1BQUksUUFBUTtBQUNaLE9BQUssTUFBZ0IsTUFBTTtBQUFBLElBQ3pCLFdBQVc7QUFBQSxJQUNYLFNBQVM7QUFBQSxJQUNULFdBQVc7QUFBQSxJQUNYLGdCQUFnQjtBQUFBLElBQ2hCLE1BQU0sQ0FBQyxXQUFXO0FBQ2hCLFlBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsV0FBSyxLQUFLLEVBQUUsTUFBTSxPQUFPLE1BQU0sS0FBSyxHQUFHLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDM0QsY0FBUSxTQUFTO0FBQUEsSUFDbkI7QUFBQSxFQUNGLENBQUM7QUFFRCxNQUFJLEtBQUssVUFBVSxRQUFRLEtBQUssS0FBSyxTQUFTLENBQUMsRUFBRyxLQUFLLEVBQUcsTUFBSyxJQUFJO0FBQ25FLFFBQU0sQ0FBQyxNQUFNLEdBQUcsT0FBTyxJQUFJO0FBQzNCLE1BQUksQ0FBQyxNQUFNO0FBQ1QsT0FBRyxHQUFHLEtBQUssNENBQTRDO0FBQ3ZELFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxTQUFTLEtBQUs7QUFDcEIsYUFBVyxLQUFLLFNBQVM7QUFDdkIsUUFBSSxRQUFRLEVBQUUsS0FBSyxFQUFHLElBQUcsRUFBRSxNQUFNLEtBQUssd0NBQXdDO0FBQzlFLGFBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxNQUFNLFFBQVEsS0FBSztBQUN2QyxVQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUcsU0FBUyxRQUFRLEVBQUcsSUFBRyxFQUFFLE1BQU0sT0FBTyxDQUFDLEtBQUssSUFBSSxJQUFJLENBQUMsSUFBSSwwREFBMEQsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBRTtBQUFBLElBQ3pKO0FBQUEsRUFDRjtBQUNBLFNBQU8sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN2QixRQUFJLEVBQUUsU0FBUyxRQUFRLEVBQUcsSUFBRyxHQUFHLElBQUksSUFBSSxDQUFDLElBQUksMERBQTBELE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUNuSCxDQUFDO0FBQ0QsU0FBTyxFQUFFLFFBQVEsU0FBUyxRQUFRLE9BQU8sQ0FBQyxNQUFNLENBQUMsUUFBUSxFQUFFLEtBQUssQ0FBQyxFQUFFO0FBQ3JFO0FBRUEsU0FBUyxRQUFRLE9BQTBCO0FBQ3pDLFNBQU8sTUFBTSxXQUFXLEtBQUssTUFBTSxDQUFDLE1BQU07QUFDNUM7QUFFTyxTQUFTLE9BQU8sTUFBYyxPQUF1QjtBQUMxRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsSUFBSSxLQUFLLFFBQVEsSUFBSyxLQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sR0FBSTtBQUNsRixTQUFPO0FBQ1Q7QUFNQSxTQUFTLFdBQVcsTUFBYyxRQUF5RTtBQUN6RyxNQUFJLEtBQUs7QUFDVCxNQUFJLE9BQU87QUFDWCxNQUFJLFFBQVE7QUFDWixNQUFJLElBQUk7QUFDUixNQUFJLGFBQWE7QUFDakIsU0FBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixVQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFFBQUksY0FBYyxNQUFNLEtBQUs7QUFDM0IsWUFBTSxXQUFXO0FBQ2pCO0FBQ0EsVUFBSSxTQUFTO0FBQ2IsYUFBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixZQUFJLEtBQUssQ0FBQyxNQUFNLEtBQUs7QUFDbkIsY0FBSSxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFBRSxpQkFBSztBQUFHO0FBQUEsVUFBUztBQUM1QyxtQkFBUztBQUNUO0FBQ0E7QUFBQSxRQUNGO0FBQ0EsWUFBSSxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQ3RCO0FBQUEsTUFDRjtBQUNBLFVBQUksQ0FBQyxRQUFRO0FBQ1gsZUFBTyxVQUFVLE9BQU8seUVBQXlFO0FBQ2pHLGVBQU87QUFBQSxNQUNUO0FBQ0EsWUFBTSxPQUFPLEtBQUssQ0FBQztBQUNuQixVQUFJLFNBQVMsVUFBYSxTQUFTLE9BQU8sU0FBUyxNQUFNO0FBQ3ZELGVBQU8sTUFBTSxPQUFPLCtEQUErRCxNQUFNLElBQUksQ0FBQyxrQkFBa0I7QUFDaEgsYUFBSztBQUNMLGVBQU8sSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLE1BQU0sT0FBTyxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQUEsTUFDakU7QUFDQSxtQkFBYTtBQUNiO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxLQUFLO0FBQUU7QUFBUyxtQkFBYTtBQUFNO0FBQUs7QUFBQSxJQUFTO0FBQzNELFFBQUksTUFBTSxNQUFNO0FBQUU7QUFBUSxjQUFRO0FBQUcsbUJBQWE7QUFBTTtBQUFLO0FBQUEsSUFBUztBQUN0RSxRQUFJLE1BQU0sS0FBSztBQUNiLGFBQU8sTUFBTSxPQUFPLDRHQUE0RztBQUNoSSxXQUFLO0FBQ0wsYUFBTyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssSUFBSSxDQUFDLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQU07QUFBQSxJQUM3RTtBQUNBLGlCQUFhO0FBQ2I7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsVUFBcUIsTUFBYyxNQUFvQjtBQUM5RSxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3hELFFBQU0sU0FBUyxVQUFVLFNBQVMsR0FBRyxJQUFJLENBQUMsSUFBSSxVQUFVLE1BQU0sR0FBRztBQUNqRSxhQUFXLEtBQUssVUFBVTtBQUN4QixRQUFJLEVBQUUsU0FBUyxRQUFRLENBQUMsRUFBRSxPQUFPLFdBQVcsR0FBRyxFQUFHO0FBQ2xELFVBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQztBQUNqRCxRQUFJLEtBQU0sR0FBRSxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FQcEpvSixJQUFNLDJDQUEyQztBQWE5TCxJQUFNLGVBQWUsUUFBUSxjQUFjLElBQUksSUFBSSxTQUFTLHdDQUFlLENBQUMsQ0FBQztBQUU3RSxJQUFNLFdBQVcsUUFBUSxJQUFJLGVBQWUsUUFBUSxRQUFRLElBQUksWUFBWSxJQUFJQyxNQUFLLGNBQWMsTUFBTTtBQUV6RyxJQUFNLGNBQWMsUUFBUSxJQUFJLGtCQUFrQixRQUFRLFFBQVEsSUFBSSxlQUFlLElBQUksUUFBUSxjQUFjLE1BQU0sVUFBVSxTQUFTO0FBbUJ4SSxTQUFTLFVBQVUsVUFBdUIsQ0FBQyxHQUFlO0FBQy9ELFFBQU0sVUFBVSxRQUFRLFFBQVEsV0FBVyxRQUFRO0FBQ25ELFFBQU0sUUFBUSxRQUFRLFVBQVUsU0FBUyxjQUFjLE9BQU8sS0FBSztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxTQUFpQixHQUFHLEtBQUssSUFBSSxJQUFJO0FBQ2pELFFBQU0sV0FBc0IsQ0FBQztBQUM3QixRQUFNLFVBQVVBLE1BQUssU0FBUyxrQkFBa0I7QUFDaEQsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLFlBQVksT0FBTztBQUFBLEVBQzNCLFNBQVMsR0FBRztBQUNWLGFBQVMsS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLHFCQUFxQixNQUFNLEdBQUcsUUFBUSxLQUFLLFNBQVMsZ0RBQWlELEVBQVksT0FBTyxHQUFHLENBQUM7QUFDMUosV0FBTyxFQUFFLEtBQUssRUFBRSxXQUFXLENBQUMsRUFBRSxHQUE2QixRQUFRLENBQUMsR0FBYSxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ25IO0FBQ0EsUUFBTSxTQUFTLG9CQUFJLElBQXdCO0FBQzNDLGFBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsVUFBTSxPQUFPQSxNQUFLLFNBQVMsU0FBUyxJQUFJO0FBQ3hDLFVBQU0sT0FBTyxPQUFPLFNBQVMsSUFBSTtBQUNqQyxRQUFJLENBQUNDLFlBQVcsSUFBSSxHQUFHO0FBQ3JCLGVBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLDREQUE0RCxDQUFDO0FBQ2xIO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxRQUFRQyxjQUFhLElBQUksR0FBRyxNQUFNLFFBQVE7QUFDdEQsVUFBTSxPQUFPLE9BQU8sV0FBVyxLQUFLLFVBQVUsTUFBTSxRQUFRO0FBQzVELFFBQUksS0FBTSxRQUFPLElBQUksU0FBUyxNQUFNLElBQUk7QUFBQSxFQUMxQztBQUNBLFlBQVUsSUFBSSxXQUFXLFFBQVEsUUFBUSxRQUFRO0FBQ2pELGFBQVcsUUFBUSxRQUFRLFFBQVE7QUFFbkMsUUFBTSxRQUFRLElBQUksWUFBWSxRQUFRLGNBQWMsV0FBVztBQUMvRCxNQUFJLGFBQXVDO0FBQzNDLE1BQUksTUFBTSxXQUFXO0FBQ25CLG9CQUFnQixRQUFRLE9BQU8sUUFBUSxRQUFRO0FBQy9DLGlCQUFhO0FBQUEsRUFDZixXQUFXLFFBQVEsa0JBQWtCLFFBQVEsSUFBSSxPQUFPLFFBQVE7QUFDOUQsYUFBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLEtBQUssTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLG9GQUFvRixDQUFDO0FBQUEsRUFDdko7QUFDQSxXQUFTLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLGNBQWMsRUFBRSxJQUFJLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSTtBQUN2RSxTQUFPLEVBQUUsS0FBSyxRQUFRLE9BQU8sWUFBWSxNQUFNLEdBQXdCLFVBQVUsV0FBVztBQUM5RjtBQUdPLFNBQVMsU0FBUyxVQUF1QixDQUFDLEdBQVc7QUFDMUQsUUFBTSxTQUFTLFVBQVUsT0FBTztBQUNoQyxNQUFJLE9BQU8sU0FBUyxPQUFRLE9BQU0sSUFBSSxVQUFVLE9BQU8sUUFBUTtBQUMvRCxTQUFPLE9BQU87QUFDaEI7OztBRHpFTyxTQUFTLFdBQWMsTUFBNkI7QUFDekQsU0FBTyxhQUFhO0FBQUEsSUFDbEIsT0FBTyxDQUFDLG9CQUFvQiw2QkFBNkI7QUFBQSxJQUN6RCxNQUFNLE1BQVMsS0FBSyxTQUFTLENBQUM7QUFBQSxFQUNoQyxDQUFDO0FBQ0g7OztBU1JBLElBQU8sMEJBQVEsV0FBVyxjQUFjOyIsCiAgIm5hbWVzIjogWyJzY2FsZUxpbmVhciIsICJzY2FsZUxpbmVhciIsICJzY2FsZUxpbmVhciIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgInJlYWRGaWxlU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiam9pbiIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyJdCn0K
