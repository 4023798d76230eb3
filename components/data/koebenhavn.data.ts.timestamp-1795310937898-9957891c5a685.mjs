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
function citationLine(c) {
  return `${c.label}: ${c.title}`;
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
      rows: rows.map(({ i, f }) => [f.funding_id, i.name, f.amount ?? "", f.start_year, f.end_year]),
      sources: rows.map(({ f }) => citationLine(cite(t, f)))
    },
    sources: rows.map(({ f }) => cite(t, f)),
    notes: []
  };
}

// scripts/site/charts/kk-targets.ts
import { scaleLinear as scaleLinear2 } from "file:///work/main/node_modules/d3-scale/dist/d3-scale.mjs";

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

// scripts/site/charts/kk-targets.ts
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
    marks.push({ kind: "text", x: 0, y: y + LINE + 20, text: indicatorText(i), cls: "value" });
    y += LINE * 2 + 16;
  }
  const sentences = rows.map((i) => `${nameOf(i)}: ${indicatorText(i)}`);
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
      rows: rows.map((i) => [nameOf(i), targetText(i), valueText(i), i.unit, i.met === "yes" ? "Ja" : "Nej"])
    },
    csv: {
      header: ["indicator_id", "indsats", "sammenligning", "maal", "naaet", "naaet_kvalifikator", "enhed", "maal_naaet"],
      rows: rows.map((i) => [i.indicator_id, nameOf(i), i.comparator ?? "", i.target, i.value, i.value_qualifier ?? "", i.unit, i.met ?? ""]),
      sources: rows.map((i) => citationLine(cite(t, i)))
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsic2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzIiwgInNjcmlwdHMvc2l0ZS9jaXRlLnRzIiwgInNjcmlwdHMvc2l0ZS9zdGF0dXMudHMiLCAic2NyaXB0cy9zaXRlL2NoYXJ0cy9tb2RlbC50cyIsICJzY3JpcHRzL2RhdGEvY2hlY2stcnVsZXMudHMiLCAic2NyaXB0cy9zaXRlL2NoYXJ0cy9ray1tb25leS50cyIsICJzY3JpcHRzL3NpdGUvYW1vdW50LnRzIiwgInNjcmlwdHMvc2l0ZS9jaGFydHMva2stdGFyZ2V0cy50cyIsICJzY3JpcHRzL3NpdGUvZmlndXJlLnRzIiwgInNjcmlwdHMvc2l0ZS9jaGFydHMvbW9uZXktYnktcGxhbi50cyIsICJzY3JpcHRzL3NpdGUvY2hhcnRzL3RpbWVsaW5lLnRzIiwgInNjcmlwdHMvc2l0ZS9hbmNob3JzLnRzIiwgInNjcmlwdHMvc2l0ZS92aWV3cy9jb21tb24udHMiLCAic2NyaXB0cy9zaXRlL3ZpZXdzL2tvZWJlbmhhdm4udHMiLCAiY29tcG9uZW50cy9kYXRhL3BhZ2UtbG9hZGVyLnRzIiwgInNjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHMiLCAic2NyaXB0cy9kYXRhL3Byb2JsZW1zLnRzIiwgInNjcmlwdHMvZGF0YS9jaGVjay1rZXlzLnRzIiwgInNjcmlwdHMvZGF0YS9zb3VyY2UtdGV4dHMudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHMiLCAic2NyaXB0cy9kYXRhL2NoZWNrLXRhYmxlLnRzIiwgInNjcmlwdHMvZGF0YS9wYWNrYWdlLXNjaGVtYS50cyIsICJzY3JpcHRzL2RhdGEvcmVhZC1jc3YudHMiLCAiY29tcG9uZW50cy9kYXRhL2tvZWJlbmhhdm4uZGF0YS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9mb3JtYXQvZGFuaXNoLnRzXCI7aW1wb3J0IHsgZm9ybWF0TG9jYWxlIH0gZnJvbSAnZDMtZm9ybWF0J1xuaW1wb3J0IHsgdGltZUZvcm1hdExvY2FsZSB9IGZyb20gJ2QzLXRpbWUtZm9ybWF0J1xuXG4vKipcbiAqIFRoZSBvbmUgcGxhY2UgbnVtYmVycyBhbmQgZGF0ZXMgYXJlIHR1cm5lZCBpbnRvIERhbmlzaCB0ZXh0LiBBIGZpeGVkIGxvY2FsZSAobm90IHRoZVxuICogYnJvd3NlcidzKSBzbyB0aGF0IHRoZSBzZXJ2ZXItcmVuZGVyZWQgSFRNTCBhbmQgdGhlIGh5ZHJhdGVkIHBhZ2UgcmVhZCB0aGUgc2FtZS5cbiAqL1xuY29uc3QgbnVtYmVyTG9jYWxlID0gZm9ybWF0TG9jYWxlKHsgZGVjaW1hbDogJywnLCB0aG91c2FuZHM6ICcuJywgZ3JvdXBpbmc6IFszXSwgY3VycmVuY3k6IFsnJywgJyBrci4nXSwgbWludXM6ICdcdTIyMTInIH0pXG5jb25zdCBkYXRlTG9jYWxlID0gdGltZUZvcm1hdExvY2FsZSh7XG4gIGRhdGVUaW1lOiAnJUEgZGVuICVkLiAlQiAlWSAlWCcsXG4gIGRhdGU6ICclZC4lbS4lWScsXG4gIHRpbWU6ICclSDolTTolUycsXG4gIHBlcmlvZHM6IFsnQU0nLCAnUE0nXSxcbiAgZGF5czogWydzXHUwMEY4bmRhZycsICdtYW5kYWcnLCAndGlyc2RhZycsICdvbnNkYWcnLCAndG9yc2RhZycsICdmcmVkYWcnLCAnbFx1MDBGOHJkYWcnXSxcbiAgc2hvcnREYXlzOiBbJ3NcdTAwRjhuJywgJ21hbicsICd0aXInLCAnb25zJywgJ3RvcicsICdmcmUnLCAnbFx1MDBGOHInXSxcbiAgbW9udGhzOiBbJ2phbnVhcicsICdmZWJydWFyJywgJ21hcnRzJywgJ2FwcmlsJywgJ21haicsICdqdW5pJywgJ2p1bGknLCAnYXVndXN0JywgJ3NlcHRlbWJlcicsICdva3RvYmVyJywgJ25vdmVtYmVyJywgJ2RlY2VtYmVyJ10sXG4gIHNob3J0TW9udGhzOiBbJ2phbicsICdmZWInLCAnbWFyJywgJ2FwcicsICdtYWonLCAnanVuJywgJ2p1bCcsICdhdWcnLCAnc2VwJywgJ29rdCcsICdub3YnLCAnZGVjJ10sXG59KVxuXG5jb25zdCBwbGFpbiA9IG51bWJlckxvY2FsZS5mb3JtYXQoJywuMn5mJylcbmNvbnN0IHBlcmNlbnQgPSBudW1iZXJMb2NhbGUuZm9ybWF0KCcuMCUnKVxuY29uc3QgZGF5TW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyUtZC4gJUIgJVknKVxuY29uc3QgbW9udGhZZWFyID0gZGF0ZUxvY2FsZS51dGNGb3JtYXQoJyVCICVZJylcblxuLyoqIDIwMDAgXHUyMTkyIFwiMi4wMDBcIiwgNzMuNCBcdTIxOTIgXCI3Myw0XCIsIC0xIFx1MjE5MiBcIlx1MjIxMjFcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXROdW1iZXIobjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBsYWluKG4pXG59XG5cbi8qKiA3My40IFx1MjE5MiBcIjczLDQgbWlvLiBrci5cIiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdE1pbyhuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cGxhaW4obil9IG1pby4ga3IuYFxufVxuXG4vKiogMC40OSBcdTIxOTIgXCI0OSAlXCIgKERhbmlzaCBwdXRzIGEgc3BhY2UgYmVmb3JlIHRoZSBzaWduKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRTaGFyZShzaGFyZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBlcmNlbnQoc2hhcmUpLnJlcGxhY2UoJyUnLCAnICUnKVxufVxuXG4vKiogQSB5ZWFyIHJhbmdlIGFzIERhbmlzaCB0ZXh0OiAyMDE3XHUyMDEzMjAyMCAoZW4gZGFzaCksIG9yIG9uZSB5ZWFyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFllYXJzKHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIHN0YXJ0ID09PSBlbmQgPyBTdHJpbmcoc3RhcnQpIDogYCR7c3RhcnR9XHUyMDEzJHtlbmR9YFxufVxuXG4vKiogSVNPIGRhdGUgb2YgYW55IHByZWNpc2lvbiBcdTIxOTIgXCIzMC4gYXVndXN0IDIwMjFcIiwgXCJqdW5pIDIwMjFcIiwgXCIyMDE4XCIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0RGF0ZShpc286IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIGlmIChtID09PSB1bmRlZmluZWQpIHJldHVybiBTdHJpbmcoeSlcbiAgY29uc3QgZGF0ZSA9IG5ldyBEYXRlKERhdGUuVVRDKHkhLCBtIC0gMSwgZCA/PyAxKSlcbiAgcmV0dXJuIGQgPT09IHVuZGVmaW5lZCA/IG1vbnRoWWVhcihkYXRlKSA6IGRheU1vbnRoWWVhcihkYXRlKVxufVxuXG4vKiogRGFuaXNoIHdvcmRzIGZvciBzbWFsbCBudW1iZXJzLCBhcyBzb3VyY2VzIHdyaXRlIHRoZW0gKFwiZmlyZSBueWVcIiwgXCJuaSBtaWxsaW9uZXJcIikuICovXG5leHBvcnQgY29uc3QgTlVNQkVSX1dPUkRTOiBSZWNvcmQ8bnVtYmVyLCBzdHJpbmdbXT4gPSB7XG4gIDE6IFsnXHUwMEU5bicsICdlbicsICdldCcsICdcdTAwRTl0JywgJ2VuZSddLCAyOiBbJ3RvJ10sIDM6IFsndHJlJ10sIDQ6IFsnZmlyZSddLCA1OiBbJ2ZlbSddLCA2OiBbJ3Nla3MnXSwgNzogWydzeXYnXSxcbiAgODogWydvdHRlJ10sIDk6IFsnbmknXSwgMTA6IFsndGknXSwgMTE6IFsnZWxsZXZlJ10sIDEyOiBbJ3RvbHYnXSxcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NpdGUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2l0ZS50c1wiO2ltcG9ydCB7IGZvcm1hdERhdGUgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHR5cGUgeyBTb3VyY2UsIFRhYmxlcyB9IGZyb20gJy4uL2RhdGEvdHlwZXMudHMnXG5cbi8qKiBXaGVyZSBhIGZpZ3VyZSBjb21lcyBmcm9tLCByZWFkeSB0byBzaG93OiB0aGUgc291cmNlIG5hbWVkLCB0aGUgcGFzc2FnZSBxdW90ZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIENpdGF0aW9uIHtcbiAgc291cmNlSWQ6IHN0cmluZ1xuICAvKiogXCJCcmV2IGZyYSB1ZGxcdTAwRTZuZGluZ2UtIG9nIGludGVncmF0aW9uc21pbmlzdGVyZW4sIDMwLiBhdWd1c3QgMjAyMVwiIHN0eWxlIGxhYmVsLiAqL1xuICBsYWJlbDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgZGF0ZTogc3RyaW5nIHwgbnVsbFxuICB1cmw6IHN0cmluZyB8IG51bGxcbiAgbG9jYXRvcjogc3RyaW5nXG4gIHF1b3RlOiBzdHJpbmdcbiAgLyoqIFRoZSBxdW90ZSBpcyBPQ1IgdGV4dCwgc2hvd24gYXMgdGhlIHNvdXJjZSBoYXMgaXQuICovXG4gIG9jcjogYm9vbGVhblxufVxuXG5pbnRlcmZhY2UgUHJvdmVuYW5jZWQge1xuICBzb3VyY2VfaWQ6IHN0cmluZ1xuICBsb2NhdG9yOiBzdHJpbmdcbiAgcXVvdGU6IHN0cmluZ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gc291cmNlTGFiZWwoczogU291cmNlKTogc3RyaW5nIHtcbiAgY29uc3QgZGF0ZSA9IHMuZGF0ZSA/IGZvcm1hdERhdGUocy5kYXRlKSA6IHMuZGF0ZV9ub3RlXG4gIHJldHVybiBbcy5zZW5kZXIsIGRhdGVdLmZpbHRlcihCb29sZWFuKS5qb2luKCcsICcpXG59XG5cbi8qKiBBIGNpdGF0aW9uIGFzIG9uZSBsaW5lIG9mIHRleHQsIGZvciBhIGRhdGEgZmlsZTogXCJzZW5kZXIsIGRhdGU6IHRpdGxlXCIuICovXG5leHBvcnQgZnVuY3Rpb24gY2l0YXRpb25MaW5lKGM6IENpdGF0aW9uKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke2MubGFiZWx9OiAke2MudGl0bGV9YFxufVxuXG4vKiogQnVpbGRzIGEgY2l0YXRpb24gZm9yIGFueSByb3cgdGhhdCBjYXJyaWVzIHByb3ZlbmFuY2UuICovXG5leHBvcnQgZnVuY3Rpb24gY2l0ZSh0YWJsZXM6IFRhYmxlcywgcm93OiBQcm92ZW5hbmNlZCwgcXVvdGUgPSByb3cucXVvdGUpOiBDaXRhdGlvbiB7XG4gIGNvbnN0IHMgPSB0YWJsZXMuc291cmNlcy5maW5kKCh4KSA9PiB4LnNvdXJjZV9pZCA9PT0gcm93LnNvdXJjZV9pZClcbiAgaWYgKCFzKSB0aHJvdyBuZXcgRXJyb3IoYG5vIHNvdXJjZSAke3Jvdy5zb3VyY2VfaWR9YCkgLy8gdGhlIGRhdGEgY2hlY2sgbWFrZXMgdGhpcyB1bnJlYWNoYWJsZVxuICByZXR1cm4ge1xuICAgIHNvdXJjZUlkOiBzLnNvdXJjZV9pZCxcbiAgICBsYWJlbDogc291cmNlTGFiZWwocyksXG4gICAgdGl0bGU6IHMudGl0bGUsXG4gICAgZGF0ZTogcy5kYXRlID8gZm9ybWF0RGF0ZShzLmRhdGUpIDogbnVsbCxcbiAgICB1cmw6IHMudXJsLFxuICAgIGxvY2F0b3I6IHJvdy5sb2NhdG9yLFxuICAgIHF1b3RlLFxuICAgIG9jcjogcy5vY3IgPT09ICd5ZXMnLFxuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9zdGF0dXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvc3RhdHVzLnRzXCI7aW1wb3J0IHR5cGUgeyBTdGF0dXMgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuXG4vKiogRGFuaXNoIHdvcmRzIGZvciBhbiBpbml0aWF0aXZlJ3Mgc3RhdGUsIGFzIHRoZSBzb3VyY2VzIHB1dCBpdC4gKi9cbmV4cG9ydCBjb25zdCBTVEFUVVNfTEFCRUw6IFJlY29yZDxTdGF0dXMsIHN0cmluZz4gPSB7XG4gIG9uX3NjaGVkdWxlOiAnRlx1MDBGOGxnZXIgdGlkc3BsYW5lbicsXG4gIGRlbGF5ZWQ6ICdGb3JzaW5rZXQnLFxuICBjYXJyaWVkX291dDogJ0dlbm5lbWZcdTAwRjhydCcsXG4gIGdpdmVuX3VwOiAnT3BnaXZldCcsXG4gIGNhbmNlbGxlZDogJ0FmbHlzdCcsXG4gIG9mZmVyZWQ6ICdVZGJ1ZHQnLFxuICB0YXJnZXRfbWV0OiAnTVx1MDBFNWwgblx1MDBFNWV0JyxcbiAgdGFyZ2V0X2V4cGVjdGVkOiAnTVx1MDBFNWwgZm9ydmVudGVzIG5cdTAwRTVldCcsXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL21vZGVsLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0cy9tb2RlbC50c1wiO2ltcG9ydCB0eXBlIHsgQ2l0YXRpb24gfSBmcm9tICcuLi9jaXRlLnRzJ1xuXG4vKipcbiAqIEEgY2hhcnQgYXMgZGF0YTogdGhlIG1hcmtzIHRvIGRyYXcsIGNvbXB1dGVkIGF0IGJ1aWxkIHRpbWUgd2l0aCBkMyBzY2FsZXMsIHNvIHRoZSBTVkcgdGhlXG4gKiBzZXJ2ZXIgd3JpdGVzIGFuZCB0aGUgU1ZHIHRoZSBicm93c2VyIGh5ZHJhdGVzIGFyZSB0aGUgc2FtZSwgYW5kIG5vIGNoYXJ0IGNvZGUgc2hpcHMgdG8gdGhlIGNsaWVudC5cbiAqL1xuZXhwb3J0IHR5cGUgTWFyayA9XG4gIHwgeyBraW5kOiAncmVjdCc7IHg6IG51bWJlcjsgeTogbnVtYmVyOyB3OiBudW1iZXI7IGg6IG51bWJlcjsgY2xzOiBzdHJpbmcgfVxuICB8IHsga2luZDogJ3RleHQnOyB4OiBudW1iZXI7IHk6IG51bWJlcjsgdGV4dDogc3RyaW5nOyBjbHM6IHN0cmluZzsgYW5jaG9yPzogJ3N0YXJ0JyB8ICdtaWRkbGUnIHwgJ2VuZCcgfVxuICB8IHsga2luZDogJ2xpbmUnOyB4MTogbnVtYmVyOyB5MTogbnVtYmVyOyB4MjogbnVtYmVyOyB5MjogbnVtYmVyOyBjbHM6IHN0cmluZyB9XG4gIHwgeyBraW5kOiAnY2lyY2xlJzsgY3g6IG51bWJlcjsgY3k6IG51bWJlcjsgcjogbnVtYmVyOyBjbHM6IHN0cmluZyB9XG4gIHwgeyBraW5kOiAncGF0aCc7IGQ6IHN0cmluZzsgY2xzOiBzdHJpbmcgfVxuXG5leHBvcnQgaW50ZXJmYWNlIENoYXJ0VGFibGUge1xuICBjYXB0aW9uOiBzdHJpbmdcbiAgY29sdW1uczogeyBsYWJlbDogc3RyaW5nOyBudW1lcmljPzogYm9vbGVhbiB9W11cbiAgcm93czogc3RyaW5nW11bXVxufVxuXG5leHBvcnQgaW50ZXJmYWNlIENoYXJ0TW9kZWwge1xuICAvKiogQWxzbyB0aGUgbmFtZSBvZiBpdHMgZGF0YSBmaWxlOiAvZGF0YS9jaGFydHMvPGlkPi5jc3YgKi9cbiAgaWQ6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIC8qKiBPbmUgbGluZSB1bmRlciB0aGUgdGl0bGUsIGZvciBldmVyeW9uZS4gKi9cbiAgc3VidGl0bGU6IHN0cmluZ1xuICAvKiogVGhlIGNoYXJ0J3MgbnVtYmVycyBpbiB3b3JkcywgZm9yIHNjcmVlbiByZWFkZXJzICh0aGUgU1ZHJ3MgPGRlc2M+KS4gKi9cbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICB3aWR0aDogbnVtYmVyXG4gIGhlaWdodDogbnVtYmVyXG4gIG1hcmtzOiBNYXJrW11cbiAgLyoqIExlZ2VuZCBlbnRyaWVzOiBhIHN3YXRjaCBjbGFzcyBhbmQgaXRzIHRleHQuICovXG4gIGxlZ2VuZDogeyBjbHM6IHN0cmluZzsgdGV4dDogc3RyaW5nIH1bXVxuICB0YWJsZTogQ2hhcnRUYWJsZVxuICAvKiogRXhhY3RseSB0aGUgbnVtYmVycyB0aGUgY2hhcnQgc2hvd3MsIGZvciBpdHMgQ1NWIGRvd25sb2FkLCB3aXRoIGVhY2ggcm93J3Mgc291cmNlLiAqL1xuICBjc3Y6IHsgaGVhZGVyOiBzdHJpbmdbXTsgcm93czogKHN0cmluZyB8IG51bWJlcilbXVtdOyBzb3VyY2VzOiBzdHJpbmdbXSB9XG4gIHNvdXJjZXM6IENpdGF0aW9uW11cbiAgbm90ZXM6IHN0cmluZ1tdXG59XG5cbi8qKiBUaGUgd2lkdGggZXZlcnkgY2hhcnQgaXMgZHJhd24gYXQ7IHRoZSBTVkcgc2NhbGVzIHRocm91Z2ggaXRzIHZpZXdCb3guICovXG5leHBvcnQgY29uc3QgV0lEVEggPSAzMjBcbi8qKiBGb250IHNpemVzIGFyZSBzZXQgaW4gQ1NTOyB0aGVzZSBhcmUgdGhlIGxpbmUgaGVpZ2h0cyB0aGUgbGF5b3V0cyBhc3N1bWUuICovXG5leHBvcnQgY29uc3QgTElORSA9IDE4XG5cbi8qKiBBdmVyYWdlIGdseXBoIHdpZHRoIGFzIGEgc2hhcmUgb2YgdGhlIGZvbnQgc2l6ZSwgZm9yIHdyYXBwaW5nIGxhYmVscyBiZWZvcmUgdGhlIGJyb3dzZXIgc2VlcyB0aGVtLiAqL1xuY29uc3QgR0xZUEggPSAwLjU2XG5cbi8qKiBTcGxpdHMgYSBsYWJlbCBpbnRvIGxpbmVzIHRoYXQgZml0IGB3aWR0aGAgYXQgYGZvbnRTaXplYCwgYnJlYWtpbmcgYmV0d2VlbiB3b3Jkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3cmFwKHRleHQ6IHN0cmluZywgd2lkdGggPSBXSURUSCwgZm9udFNpemUgPSAxNCk6IHN0cmluZ1tdIHtcbiAgY29uc3QgbWF4ID0gTWF0aC5mbG9vcih3aWR0aCAvIChmb250U2l6ZSAqIEdMWVBIKSlcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW11cbiAgbGV0IGxpbmUgPSAnJ1xuICBmb3IgKGNvbnN0IHdvcmQgb2YgdGV4dC5zcGxpdCgvXFxzKy8pKSB7XG4gICAgaWYgKGxpbmUgJiYgKGxpbmUgKyAnICcgKyB3b3JkKS5sZW5ndGggPiBtYXgpIHtcbiAgICAgIGxpbmVzLnB1c2gobGluZSlcbiAgICAgIGxpbmUgPSB3b3JkXG4gICAgfSBlbHNlIGxpbmUgPSBsaW5lID8gYCR7bGluZX0gJHt3b3JkfWAgOiB3b3JkXG4gIH1cbiAgaWYgKGxpbmUpIGxpbmVzLnB1c2gobGluZSlcbiAgcmV0dXJuIGxpbmVzXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1ydWxlcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9jaGVjay1ydWxlcy50c1wiO2ltcG9ydCB7IGZvcm1hdE51bWJlciB9IGZyb20gJy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgdHlwZSB7IFByb2JsZW0gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHR5cGUgeyBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5cbi8qKiBUaGUgMjAxN1x1MjAxMzIwMjAgcGxhbidzIG91dGNvbWUgY291bnRzIChpbmRpY2F0b3IgaWRzKSB0aGF0IG11c3QgYWRkIHVwOiBsYXVuY2hlZCA9IHRoZSByZXN0LiAqL1xuZXhwb3J0IGNvbnN0IE9VVENPTUVfQ09VTlRTID0ge1xuICBsYXVuY2hlZDogJ2hwMjAxNy1pbml0aWF0aXZlcy1sYXVuY2hlZCcsXG4gIGNhcnJpZWRfb3V0OiAnaHAyMDE3LWluaXRpYXRpdmVzLWNhcnJpZWQtb3V0JyxcbiAgZ2l2ZW5fdXA6ICdocDIwMTctaW5pdGlhdGl2ZXMtZ2l2ZW4tdXAnLFxuICBjYW5jZWxsZWQ6ICdocDIwMTctaW5pdGlhdGl2ZXMtY2FuY2VsbGVkJyxcbn0gYXMgY29uc3RcblxuY29uc3QgRVBTID0gMWUtOVxuXG4vKiogVHJ1ZSBpZiBhbnkgb2YgdGhlIGNvbHVtbnMgaGVsZCBhbiBpbnZhbGlkIGNlbGwgKGFscmVhZHkgcmVwb3J0ZWQpOyBhIHJ1bGUgdGhlbiBzYXlzIG5vdGhpbmcuICovXG5jb25zdCBpbnZhbGlkID0gKHJvdzogVHlwZWRSb3cgfCB1bmRlZmluZWQsIC4uLmNvbHVtbnM6IHN0cmluZ1tdKSA9PiAhIXJvdyAmJiBjb2x1bW5zLnNvbWUoKGMpID0+IHJvd1tjXSA9PT0gdW5kZWZpbmVkKVxuXG4vKiogUnVsZXMgdGhhdCBzcGFuIHJvd3Mgb3IgdGFibGVzLCBiZXlvbmQgd2hhdCBhIFRhYmxlIFNjaGVtYSBjYW4gc2F5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUnVsZXModGFibGVzOiBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPiwgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgY29uc3Qgcm93cyA9IChuYW1lOiBzdHJpbmcpID0+IHRhYmxlcy5nZXQobmFtZSkgPz8gW11cbiAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nLCByb3c6IFR5cGVkUm93LCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZTogZmlsZU9mKG5hbWUpLCBsaW5lOiByb3cuX2xpbmUsIGNvbHVtbiwgbWVzc2FnZSB9KVxuXG4gIGZvciAoY29uc3QgbmFtZSBvZiBbJ3BsYW5zJywgJ2Z1bmRpbmcnXSkge1xuICAgIGZvciAoY29uc3QgciBvZiByb3dzKG5hbWUpKSB7XG4gICAgICBpZiAodHlwZW9mIHIuc3RhcnRfeWVhciA9PT0gJ251bWJlcicgJiYgdHlwZW9mIHIuZW5kX3llYXIgPT09ICdudW1iZXInICYmIHIuZW5kX3llYXIgPCByLnN0YXJ0X3llYXIpIHtcbiAgICAgICAgYXQobmFtZSwgciwgJ2VuZF95ZWFyJywgYGV4cGVjdGVkIGEgeWVhciBcdTIyNjUgc3RhcnRfeWVhciAoJHtyLnN0YXJ0X3llYXJ9KSwgZm91bmQgXCIke3IuZW5kX3llYXJ9XCJgKVxuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGNvbnN0IGFyZWFQbGFuID0gbmV3IE1hcChyb3dzKCdhcmVhcycpLm1hcCgoYSkgPT4gW2EuYXJlYV9pZCwgYS5wbGFuX2lkXSkpXG4gIGZvciAoY29uc3QgaSBvZiByb3dzKCdpbml0aWF0aXZlcycpKSB7XG4gICAgY29uc3QgcGxhbiA9IGkuYXJlYV9pZCA9PT0gbnVsbCA/IHVuZGVmaW5lZCA6IGFyZWFQbGFuLmdldChpLmFyZWFfaWQpXG4gICAgaWYgKHBsYW4gIT09IHVuZGVmaW5lZCAmJiBwbGFuICE9PSBpLnBsYW5faWQpIGF0KCdpbml0aWF0aXZlcycsIGksICdhcmVhX2lkJywgYGV4cGVjdGVkIGFuIGFyZWEgb2YgcGxhbiAke2kucGxhbl9pZH0sIGZvdW5kIFwiJHtpLmFyZWFfaWR9XCIgb2YgcGxhbiAke3BsYW59YClcbiAgfVxuXG4gIGNoZWNrT3V0Y29tZUNvdW50cyhyb3dzKCdpbmRpY2F0b3JzJyksIHJvd3MoJ2luaXRpYXRpdmVzJyksIHJvd3MoJ3N0YXR1c191cGRhdGVzJyksIChyb3csIGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoJ2luZGljYXRvcnMnLCByb3csIGNvbHVtbiwgbWVzc2FnZSkpXG4gIGNoZWNrU3BsaXRzKHJvd3MoJ2Z1bmRpbmcnKSwgKHJvdywgY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgnZnVuZGluZycsIHJvdywgY29sdW1uLCBtZXNzYWdlKSlcbiAgY2hlY2tUYXJnZXRzKHJvd3MoJ2luZGljYXRvcnMnKSwgKHJvdywgY29sdW1uLCBtZXNzYWdlKSA9PiBhdCgnaW5kaWNhdG9ycycsIHJvdywgY29sdW1uLCBtZXNzYWdlKSlcbn1cblxudHlwZSBSZXBvcnQgPSAocm93OiBUeXBlZFJvdywgY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZFxuXG5mdW5jdGlvbiBjaGVja091dGNvbWVDb3VudHMoaW5kaWNhdG9yczogVHlwZWRSb3dbXSwgaW5pdGlhdGl2ZXM6IFR5cGVkUm93W10sIHVwZGF0ZXM6IFR5cGVkUm93W10sIHJlcG9ydDogUmVwb3J0KTogdm9pZCB7XG4gIGNvbnN0IGJ5SWQgPSBuZXcgTWFwKGluZGljYXRvcnMubWFwKChyKSA9PiBbci5pbmRpY2F0b3JfaWQsIHJdKSlcbiAgY29uc3QgY291bnRzID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKE9VVENPTUVfQ09VTlRTKS5tYXAoKFtrLCBpZF0pID0+IFtrLCBieUlkLmdldChpZCldKSkgYXMgUmVjb3JkPGtleW9mIHR5cGVvZiBPVVRDT01FX0NPVU5UUywgVHlwZWRSb3cgfCB1bmRlZmluZWQ+XG4gIGlmICghY291bnRzLmxhdW5jaGVkKSByZXR1cm4gLy8gdGhlIHRhYmxlIGhvbGRzIG5vIDIwMTdcdTIwMTMyMDIwIHBsYW47IG5vdGhpbmcgdG8gYWRkIHVwXG4gIGlmIChPYmplY3QudmFsdWVzKGNvdW50cykuc29tZSgocikgPT4gaW52YWxpZChyLCAndmFsdWUnKSkpIHJldHVyblxuICBjb25zdCB2YWx1ZSA9IChyOiBUeXBlZFJvdyB8IHVuZGVmaW5lZCkgPT4gKHR5cGVvZiByPy52YWx1ZSA9PT0gJ251bWJlcicgPyByLnZhbHVlIDogTmFOKVxuICBjb25zdCBwYXJ0cyA9IFtjb3VudHMuY2FycmllZF9vdXQsIGNvdW50cy5naXZlbl91cCwgY291bnRzLmNhbmNlbGxlZF1cbiAgY29uc3Qgc3VtID0gcGFydHMucmVkdWNlKChzLCByKSA9PiBzICsgdmFsdWUociksIDApXG4gIGlmIChwYXJ0cy5zb21lKChwKSA9PiAhcCkpIHtcbiAgICBjb25zdCBtaXNzaW5nID0gT2JqZWN0LmVudHJpZXMoT1VUQ09NRV9DT1VOVFMpLmZpbHRlcigoW2tdKSA9PiAhY291bnRzW2sgYXMga2V5b2YgdHlwZW9mIGNvdW50c10pLm1hcCgoWywgaWRdKSA9PiBpZClcbiAgICByZXBvcnQoY291bnRzLmxhdW5jaGVkLCAnaW5kaWNhdG9yX2lkJywgYGV4cGVjdGVkIHRoZSBvdXRjb21lIGNvdW50cyAke21pc3Npbmcuam9pbignLCAnKX0gYmVzaWRlIGl0LCBmb3VuZCBub25lYClcbiAgfSBlbHNlIGlmIChNYXRoLmFicyhzdW0gLSB2YWx1ZShjb3VudHMubGF1bmNoZWQpKSA+IEVQUykge1xuICAgIHJlcG9ydChjb3VudHMubGF1bmNoZWQsICd2YWx1ZScsIGBleHBlY3RlZCB0aGUgaW5pdGlhdGl2ZXMgbGF1bmNoZWQgdG8gZXF1YWwgY2FycmllZCBvdXQgKyBnaXZlbiB1cCArIGNhbmNlbGxlZCAoJHtwYXJ0cy5tYXAodmFsdWUpLmpvaW4oJyArICcpfSA9ICR7c3VtfSksIGZvdW5kIFwiJHt2YWx1ZShjb3VudHMubGF1bmNoZWQpfVwiYClcbiAgfVxuICAvLyBOYW1lZCBpbml0aWF0aXZlcyBjYW5ub3Qgb3V0bnVtYmVyIHRoZSBjb3VudHMgb2YgdGhlaXIgb3V0Y29tZS5cbiAgY29uc3QgbGF0ZXN0ID0gbmV3IE1hcDx1bmtub3duLCBUeXBlZFJvdz4oKVxuICBmb3IgKGNvbnN0IHUgb2YgWy4uLnVwZGF0ZXNdLnNvcnQoKGEsIGIpID0+IFN0cmluZyhhLmRhdGUpLmxvY2FsZUNvbXBhcmUoU3RyaW5nKGIuZGF0ZSkpKSkgbGF0ZXN0LnNldCh1LmluaXRpYXRpdmVfaWQsIHUpXG4gIGNvbnN0IHBsYW5PZiA9IG5ldyBNYXAoaW5pdGlhdGl2ZXMubWFwKChpKSA9PiBbaS5pbml0aWF0aXZlX2lkLCBpLnBsYW5faWRdKSlcbiAgZm9yIChjb25zdCBrZXkgb2YgWydjYXJyaWVkX291dCcsICdnaXZlbl91cCcsICdjYW5jZWxsZWQnXSBhcyBjb25zdCkge1xuICAgIGNvbnN0IG5hbWVkID0gWy4uLmxhdGVzdC52YWx1ZXMoKV0uZmlsdGVyKCh1KSA9PiB1LnN0YXR1cyA9PT0ga2V5ICYmIHBsYW5PZi5nZXQodS5pbml0aWF0aXZlX2lkKSA9PT0gJ2hwMjAxNycpXG4gICAgY29uc3QgY291bnQgPSBjb3VudHNba2V5XVxuICAgIGlmIChjb3VudCAmJiBuYW1lZC5sZW5ndGggPiB2YWx1ZShjb3VudCkpIHJlcG9ydChjb3VudCwgJ3ZhbHVlJywgYGV4cGVjdGVkIGF0IGxlYXN0IGFzIG1hbnkgYXMgdGhlIGluaXRpYXRpdmVzIG5hbWVkIHdpdGggc3RhdHVzICR7a2V5fSAoJHtuYW1lZC5sZW5ndGh9KSwgZm91bmQgXCIke3ZhbHVlKGNvdW50KX1cImApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tTcGxpdHMoZnVuZGluZzogVHlwZWRSb3dbXSwgcmVwb3J0OiBSZXBvcnQpOiB2b2lkIHtcbiAgY29uc3QgdG90YWwgPSAocjogVHlwZWRSb3cpID0+IHtcbiAgICBpZiAodHlwZW9mIHIuYW1vdW50ICE9PSAnbnVtYmVyJykgcmV0dXJuIE5hTlxuICAgIHJldHVybiByLmJhc2lzID09PSAncGVyX3llYXInID8gci5hbW91bnQgKiAoTnVtYmVyKHIuZW5kX3llYXIpIC0gTnVtYmVyKHIuc3RhcnRfeWVhcikgKyAxKSA6IHIuYW1vdW50XG4gIH1cbiAgY29uc3QgZmllbGRzID0gWydhbW91bnQnLCAndW5pdCcsICdiYXNpcycsICdzdGFydF95ZWFyJywgJ2VuZF95ZWFyJywgJ3VuZXhwbGFpbmVkX2dhcCddXG4gIGZvciAoY29uc3QgcGFyZW50IG9mIGZ1bmRpbmcpIHtcbiAgICBjb25zdCBwYXJ0cyA9IGZ1bmRpbmcuZmlsdGVyKChmKSA9PiBmLnBhcmVudF9pZCA9PT0gcGFyZW50LmZ1bmRpbmdfaWQpXG4gICAgaWYgKGludmFsaWQocGFyZW50LCAuLi5maWVsZHMpIHx8IHBhcnRzLnNvbWUoKHApID0+IGludmFsaWQocCwgLi4uZmllbGRzKSkpIGNvbnRpbnVlXG4gICAgY29uc3QgZ2FwID0gdHlwZW9mIHBhcmVudC51bmV4cGxhaW5lZF9nYXAgPT09ICdudW1iZXInID8gcGFyZW50LnVuZXhwbGFpbmVkX2dhcCA6IG51bGxcbiAgICBpZiAoIXBhcnRzLmxlbmd0aCkge1xuICAgICAgaWYgKGdhcCAhPT0gbnVsbCkgcmVwb3J0KHBhcmVudCwgJ3VuZXhwbGFpbmVkX2dhcCcsIGBleHBlY3RlZCBhIGdhcCBvbmx5IG9uIGEgdG90YWwgdGhhdCBoYXMgcGFydHMsIGZvdW5kIFwiJHtnYXB9XCJgKVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSBpZiAocC51bml0ICE9PSBwYXJlbnQudW5pdCkgcmVwb3J0KHAsICd1bml0JywgYGV4cGVjdGVkIHRoZSB1bml0IG9mIGl0cyBwYXJlbnQgJHtwYXJlbnQuZnVuZGluZ19pZH0gKCR7cGFyZW50LnVuaXR9KSwgZm91bmQgXCIke3AudW5pdH1cImApXG4gICAgY29uc3Qgc3VtID0gcGFydHMucmVkdWNlKChzLCBwKSA9PiBzICsgdG90YWwocCksIDApXG4gICAgY29uc3QgZGlmZiA9IE1hdGgucm91bmQoKHRvdGFsKHBhcmVudCkgLSBzdW0pICogMWU2KSAvIDFlNlxuICAgIGlmIChNYXRoLmFicyhkaWZmKSA8IEVQUyAmJiBnYXAgPT09IG51bGwpIGNvbnRpbnVlXG4gICAgaWYgKGdhcCA9PT0gbnVsbCkgcmVwb3J0KHBhcmVudCwgJ3VuZXhwbGFpbmVkX2dhcCcsIGBleHBlY3RlZCB0aGUgZ2FwIHN0YXRlZCB3aGVyZSB0aGUgcGFydHMgKCR7Zm9ybWF0TnVtYmVyKHN1bSl9KSBkbyBub3QgYWRkIHVwIHRvIHRoZSB0b3RhbCAoJHtmb3JtYXROdW1iZXIodG90YWwocGFyZW50KSl9KSwgZm91bmQgYW4gZW1wdHkgY2VsbGApXG4gICAgZWxzZSBpZiAoTWF0aC5hYnMoZ2FwIC0gZGlmZikgPiBFUFMpIHJlcG9ydChwYXJlbnQsICd1bmV4cGxhaW5lZF9nYXAnLCBgZXhwZWN0ZWQgJHtkaWZmfSAodGhlIHRvdGFsICR7Zm9ybWF0TnVtYmVyKHRvdGFsKHBhcmVudCkpfSBtaW51cyB0aGUgcGFydHMgJHtmb3JtYXROdW1iZXIoc3VtKX0pLCBmb3VuZCBcIiR7Z2FwfVwiYClcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja1RhcmdldHMoaW5kaWNhdG9yczogVHlwZWRSb3dbXSwgcmVwb3J0OiBSZXBvcnQpOiB2b2lkIHtcbiAgZm9yIChjb25zdCByIG9mIGluZGljYXRvcnMpIHtcbiAgICBpZiAoaW52YWxpZChyLCAna2luZCcsICdjb21wYXJhdG9yJywgJ3RhcmdldCcsICd0YXJnZXRfdW5pdCcsICd2YWx1ZScsICdtZXQnLCAnbWV0X2Jhc2lzJykpIGNvbnRpbnVlXG4gICAgY29uc3QgaGFzVGFyZ2V0ID0gci50YXJnZXQgIT09IG51bGxcbiAgICBpZiAoci5raW5kID09PSAndGFyZ2V0X3JlYWNoZWQnKSB7XG4gICAgICBpZiAoIWhhc1RhcmdldCkgcmVwb3J0KHIsICd0YXJnZXQnLCAnZXhwZWN0ZWQgYSB0YXJnZXQgb24gYSB0YXJnZXRfcmVhY2hlZCByb3csIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgICAgaWYgKHIuY29tcGFyYXRvciA9PT0gbnVsbCkgcmVwb3J0KHIsICdjb21wYXJhdG9yJywgJ2V4cGVjdGVkIGEgY29tcGFyYXRvciBvbiBhIHRhcmdldF9yZWFjaGVkIHJvdywgZm91bmQgYW4gZW1wdHkgY2VsbCcpXG4gICAgICBpZiAoci5tZXQgPT09IG51bGwpIHJlcG9ydChyLCAnbWV0JywgJ2V4cGVjdGVkIHdoZXRoZXIgdGhlIHRhcmdldCB3YXMgbWV0IG9uIGEgdGFyZ2V0X3JlYWNoZWQgcm93LCBmb3VuZCBhbiBlbXB0eSBjZWxsJylcbiAgICB9IGVsc2UgaWYgKGhhc1RhcmdldCB8fCByLm1ldCAhPT0gbnVsbCkge1xuICAgICAgcmVwb3J0KHIsIGhhc1RhcmdldCA/ICd0YXJnZXQnIDogJ21ldCcsIGBleHBlY3RlZCBhIHRhcmdldCBhbmQgbWV0IG9ubHkgb24gdGFyZ2V0X3JlYWNoZWQgcm93cywgZm91bmQgdGhlbSBvbiBhICR7ci5raW5kfSByb3dgKVxuICAgIH1cbiAgICBpZiAoKHIubWV0ID09PSBudWxsKSAhPT0gKHIubWV0X2Jhc2lzID09PSBudWxsKSkgcmVwb3J0KHIsICdtZXRfYmFzaXMnLCAnZXhwZWN0ZWQgbWV0IGFuZCBtZXRfYmFzaXMgdG9nZXRoZXIsIGZvdW5kIG9uZSB3aXRob3V0IHRoZSBvdGhlcicpXG4gICAgaWYgKHIubWV0X2Jhc2lzID09PSAnY29tcHV0ZWQnKSB7XG4gICAgICBpZiAodHlwZW9mIHIudGFyZ2V0ICE9PSAnbnVtYmVyJyB8fCB0eXBlb2Ygci52YWx1ZSAhPT0gJ251bWJlcicgfHwgci50YXJnZXRfdW5pdCAhPT0gbnVsbCkge1xuICAgICAgICByZXBvcnQociwgJ21ldF9iYXNpcycsICdleHBlY3RlZCBhIHRhcmdldCBhbmQgYSB2YWx1ZSBpbiB0aGUgc2FtZSB1bml0IHRvIGNvbXB1dGUgbWV0IGZyb20sIGZvdW5kIG5vbmUnKVxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgICAgY29uc3QgbWV0ID0gci5jb21wYXJhdG9yID09PSAnPj0nID8gci52YWx1ZSA+PSByLnRhcmdldCA6IHIuY29tcGFyYXRvciA9PT0gJzw9JyA/IHIudmFsdWUgPD0gci50YXJnZXQgOiByLnZhbHVlID09PSByLnRhcmdldFxuICAgICAgY29uc3QgZXhwZWN0ZWQgPSBtZXQgPyAneWVzJyA6ICdubydcbiAgICAgIGlmIChyLm1ldCAhPT0gZXhwZWN0ZWQpIHJlcG9ydChyLCAnbWV0JywgYGV4cGVjdGVkIFwiJHtleHBlY3RlZH1cIiAoJHtyLnZhbHVlfSAke3IuY29tcGFyYXRvcn0gJHtyLnRhcmdldH0pLCBmb3VuZCBcIiR7ci5tZXR9XCJgKVxuICAgIH1cbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0cy9ray1tb25leS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHMva2stbW9uZXkudHNcIjtpbXBvcnQgeyBzY2FsZUxpbmVhciB9IGZyb20gJ2QzLXNjYWxlJ1xuaW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0TWlvLCBmb3JtYXRZZWFycyB9IGZyb20gJy4uLy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5pbXBvcnQgeyBjaXRlLCBjaXRhdGlvbkxpbmUgfSBmcm9tICcuLi9jaXRlLnRzJ1xuaW1wb3J0IHsgYW1vdW50VGV4dCB9IGZyb20gJy4uL2Ftb3VudC50cydcbmltcG9ydCB7IHR5cGUgQ2hhcnRNb2RlbCwgdHlwZSBNYXJrLCBMSU5FLCBXSURUSCwgd3JhcCB9IGZyb20gJy4vbW9kZWwudHMnXG5cbi8qKiBLXHUwMEY4YmVuaGF2bnMgS29tbXVuZTogbW9uZXkgYSB5ZWFyIGZvciBlYWNoIG9mIHRoZSBzaXggcmVjb21tZW5kYXRpb25zLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGtrTW9uZXlDaGFydCh0OiBUYWJsZXMpOiBDaGFydE1vZGVsIHtcbiAgY29uc3QgaW5pdHMgPSB0LmluaXRpYXRpdmVzLmZpbHRlcigoaSkgPT4gaS5wbGFuX2lkID09PSAna2syMDE3JyAmJiBpLm5hbWluZyA9PT0gJ25hbWVkJylcbiAgY29uc3Qgcm93cyA9IGluaXRzLm1hcCgoaSkgPT4gKHsgaSwgZjogdC5mdW5kaW5nLmZpbmQoKGYpID0+IGYuaW5pdGlhdGl2ZV9pZCA9PT0gaS5pbml0aWF0aXZlX2lkKSB9KSkuZmlsdGVyKChyKSA9PiByLmYpXG4gIGNvbnN0IG1heCA9IE1hdGgubWF4KC4uLnJvd3MubWFwKChyKSA9PiByLmYhLmFtb3VudCA/PyAwKSlcbiAgY29uc3QgeCA9IHNjYWxlTGluZWFyKCkuZG9tYWluKFswLCBtYXhdKS5yYW5nZShbMCwgV0lEVEggKiAwLjYyXSlcbiAgY29uc3QgbWFya3M6IE1hcmtbXSA9IFtdXG4gIGxldCB5ID0gMFxuICBmb3IgKGNvbnN0IHsgaSwgZiB9IG9mIHJvd3MpIHtcbiAgICBmb3IgKGNvbnN0IGxpbmUgb2Ygd3JhcChgJHtpLm51bWJlcn0uICR7aS5uYW1lfWApKSB7XG4gICAgICBtYXJrcy5wdXNoKHsga2luZDogJ3RleHQnLCB4OiAwLCB5OiB5ICsgMTQsIHRleHQ6IGxpbmUsIGNsczogJ2xhYmVsJyB9KVxuICAgICAgeSArPSBMSU5FXG4gICAgfVxuICAgIGlmIChmIS5hbW91bnQgIT09IG51bGwpIHtcbiAgICAgIG1hcmtzLnB1c2goeyBraW5kOiAncmVjdCcsIHg6IDAsIHk6IHkgKyAyLCB3OiB4KGYhLmFtb3VudCksIGg6IDE2LCBjbHM6ICdzZWctMCcgfSlcbiAgICAgIG1hcmtzLnB1c2goeyBraW5kOiAndGV4dCcsIHg6IHgoZiEuYW1vdW50KSArIDYsIHk6IHkgKyAxNSwgdGV4dDogYW1vdW50VGV4dChmISksIGNsczogJ3ZhbHVlJyB9KVxuICAgIH0gZWxzZSB7XG4gICAgICBtYXJrcy5wdXNoKHsga2luZDogJ3RleHQnLCB4OiAwLCB5OiB5ICsgMTUsIHRleHQ6ICdJbmdlbiBzXHUwMEU2cnNraWx0ZSBtaWRsZXInLCBjbHM6ICd2YWx1ZScgfSlcbiAgICB9XG4gICAgeSArPSBMSU5FICsgMTRcbiAgfVxuICBjb25zdCBmMCA9IHJvd3NbMF0hLmYhXG4gIHJldHVybiB7XG4gICAgaWQ6ICdray1taWRsZXItcHItYW5iZWZhbGluZycsXG4gICAgdGl0bGU6ICdNaWRsZXIgcHIuIGFuYmVmYWxpbmcgb20gXHUwMEU1cmV0JyxcbiAgICBzdWJ0aXRsZTogJ01pZGxlciBhZnNhdCBvbSBcdTAwRTVyZXQgdGlsIGh2ZXIgYW5iZWZhbGluZy4nLFxuICAgIGRlc2NyaXB0aW9uOiByb3dzLm1hcCgoeyBpLCBmIH0pID0+IGAke2kubmFtZX06ICR7ZiEuYW1vdW50ID09PSBudWxsID8gJ2luZ2VuIHNcdTAwRTZyc2tpbHRlIG1pZGxlcicgOiBgJHtmb3JtYXRNaW8oZiEuYW1vdW50KX0gb20gXHUwMEU1cmV0YH1gKS5qb2luKCcuICcpICsgJy4nLFxuICAgIHdpZHRoOiBXSURUSCxcbiAgICBoZWlnaHQ6IHkgLSA2LFxuICAgIG1hcmtzLFxuICAgIGxlZ2VuZDogW10sXG4gICAgdGFibGU6IHtcbiAgICAgIGNhcHRpb246IGBNaWRsZXIgcHIuIGFuYmVmYWxpbmcsICR7Zm9ybWF0WWVhcnMoZjAuc3RhcnRfeWVhciwgZjAuZW5kX3llYXIpfWAsXG4gICAgICBjb2x1bW5zOiBbeyBsYWJlbDogJ0FuYmVmYWxpbmcnIH0sIHsgbGFiZWw6ICdNaWRsZXInIH1dLFxuICAgICAgcm93czogcm93cy5tYXAoKHsgaSwgZiB9KSA9PiBbYCR7aS5udW1iZXJ9LiAke2kubmFtZX1gLCBmIS5hbW91bnQgPT09IG51bGwgPyAnSW5kZW4gZm9yIGZvcnZhbHRuaW5nZW5zIGVrc2lzdGVyZW5kZSByYW1tZScgOiBgJHthbW91bnRUZXh0KGYhKX1gXSksXG4gICAgfSxcbiAgICBjc3Y6IHtcbiAgICAgIGhlYWRlcjogWydmdW5kaW5nX2lkJywgJ2FuYmVmYWxpbmcnLCAnYmVsb2ViX21pb19rcl9wcl9hYXInLCAnZnJhX2FhcicsICd0aWxfYWFyJ10sXG4gICAgICByb3dzOiByb3dzLm1hcCgoeyBpLCBmIH0pID0+IFtmIS5mdW5kaW5nX2lkLCBpLm5hbWUsIGYhLmFtb3VudCA/PyAnJywgZiEuc3RhcnRfeWVhciwgZiEuZW5kX3llYXJdKSxcbiAgICAgIHNvdXJjZXM6IHJvd3MubWFwKCh7IGYgfSkgPT4gY2l0YXRpb25MaW5lKGNpdGUodCwgZiEpKSksXG4gICAgfSxcbiAgICBzb3VyY2VzOiByb3dzLm1hcCgoeyBmIH0pID0+IGNpdGUodCwgZiEpKSxcbiAgICBub3RlczogW10sXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2Ftb3VudC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbW91bnQudHNcIjtpbXBvcnQgdHlwZSB7IEZ1bmRpbmcgfSBmcm9tICcuLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgZm9ybWF0TWlvLCBmb3JtYXROdW1iZXIgfSBmcm9tICcuLi9mb3JtYXQvZGFuaXNoLnRzJ1xuXG4vKiogSG93IGEgZnVuZGluZyByb3cgcmVhZHM6IFwiNzMsNCBtaW8uIGtyLlwiIG9yIFwiMTAgbWlvLiBrci4gb20gXHUwMEU1cmV0XCI7IG5ldmVyIGEgdG90YWwgdGhlIHNvdXJjZSBkb2VzIG5vdCBzdGF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbW91bnRUZXh0KGY6IEZ1bmRpbmcpOiBzdHJpbmcge1xuICBpZiAoZi5hbW91bnQgPT09IG51bGwpIHJldHVybiAnQmVsXHUwMEY4YiBpa2tlIG9wbHlzdCdcbiAgY29uc3QgYW1vdW50ID0gZi51bml0ID09PSAnZnRlJyA/IGAke2Zvcm1hdE51bWJlcihmLmFtb3VudCl9IFx1MDBFNXJzdlx1MDBFNnJrYCA6IGZvcm1hdE1pbyhmLmFtb3VudClcbiAgcmV0dXJuIGYuYmFzaXMgPT09ICdwZXJfeWVhcicgPyBgJHthbW91bnR9IG9tIFx1MDBFNXJldGAgOiBhbW91bnRcbn1cblxuLyoqIFRoZSB3aG9sZSBwZXJpb2QncyBhbW91bnQsIGZvciBkcmF3aW5nIG9ubHkgKGEgcGVyLXllYXIgYW1vdW50IHRpbWVzIGl0cyB5ZWFycykuICovXG5leHBvcnQgZnVuY3Rpb24gcGVyaW9kQW1vdW50KGY6IEZ1bmRpbmcpOiBudW1iZXIge1xuICBpZiAoZi5hbW91bnQgPT09IG51bGwpIHJldHVybiAwXG4gIHJldHVybiBmLmJhc2lzID09PSAncGVyX3llYXInID8gZi5hbW91bnQgKiAoZi5lbmRfeWVhciAtIGYuc3RhcnRfeWVhciArIDEpIDogZi5hbW91bnRcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHMva2stdGFyZ2V0cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHMva2stdGFyZ2V0cy50c1wiO2ltcG9ydCB7IHNjYWxlTGluZWFyIH0gZnJvbSAnZDMtc2NhbGUnXG5pbXBvcnQgeyBmb3JtYXREYXRlIH0gZnJvbSAnLi4vLi4vZm9ybWF0L2RhbmlzaC50cydcbmltcG9ydCB7IGluZGljYXRvclRleHQsIHRhcmdldFRleHQsIHZhbHVlVGV4dCB9IGZyb20gJy4uL2ZpZ3VyZS50cydcbmltcG9ydCB0eXBlIHsgSW5kaWNhdG9yLCBUYWJsZXMgfSBmcm9tICcuLi8uLi9kYXRhL3R5cGVzLnRzJ1xuaW1wb3J0IHsgY2l0ZSwgY2l0YXRpb25MaW5lIH0gZnJvbSAnLi4vY2l0ZS50cydcbmltcG9ydCB7IHR5cGUgQ2hhcnRNb2RlbCwgdHlwZSBNYXJrLCBMSU5FLCBXSURUSCwgd3JhcCB9IGZyb20gJy4vbW9kZWwudHMnXG5cbi8qKiBLXHUwMEY4YmVuaGF2bnMgS29tbXVuZTogZWFjaCB0YXJnZXQgYXMgYSB0cmFjaywgd2hhdCB3YXMgcmVhY2hlZCBhcyBpdHMgZmlsbGVkIHBhcnQuICovXG5leHBvcnQgZnVuY3Rpb24ga2tUYXJnZXRzQ2hhcnQodDogVGFibGVzKTogQ2hhcnRNb2RlbCB7XG4gIGNvbnN0IHJvd3MgPSB0LmluZGljYXRvcnMuZmlsdGVyKChpKSA9PiBpLnBsYW5faWQgPT09ICdrazIwMTcnICYmIGkua2luZCA9PT0gJ3RhcmdldF9yZWFjaGVkJyAmJiBpLnZhbHVlICE9PSBudWxsICYmIGkudGFyZ2V0ICE9PSBudWxsICYmIGkudGFyZ2V0X3VuaXQgPT09IG51bGwpXG4gIGNvbnN0IG5hbWVPZiA9IChpOiBJbmRpY2F0b3IpID0+IHQuaW5pdGlhdGl2ZXMuZmluZCgoeCkgPT4geC5pbml0aWF0aXZlX2lkID09PSBpLmluaXRpYXRpdmVfaWQpPy5uYW1lID8/IGkubWVhc3VyZVxuICBjb25zdCBtYXJrczogTWFya1tdID0gW11cbiAgbGV0IHkgPSAwXG4gIGZvciAoY29uc3QgaSBvZiByb3dzKSB7XG4gICAgY29uc3QgeCA9IHNjYWxlTGluZWFyKCkuZG9tYWluKFswLCBNYXRoLm1heChpLnRhcmdldCEsIGkudmFsdWUhKV0pLnJhbmdlKFswLCBXSURUSF0pXG4gICAgZm9yIChjb25zdCBsaW5lIG9mIHdyYXAobmFtZU9mKGkpKSkge1xuICAgICAgbWFya3MucHVzaCh7IGtpbmQ6ICd0ZXh0JywgeDogMCwgeTogeSArIDE0LCB0ZXh0OiBsaW5lLCBjbHM6ICdsYWJlbCcgfSlcbiAgICAgIHkgKz0gTElORVxuICAgIH1cbiAgICBtYXJrcy5wdXNoKHsga2luZDogJ3JlY3QnLCB4OiAwLCB5OiB5ICsgMiwgdzogeChpLnRhcmdldCEpLCBoOiAxNiwgY2xzOiAndHJhY2snIH0pXG4gICAgbWFya3MucHVzaCh7IGtpbmQ6ICdyZWN0JywgeDogMCwgeTogeSArIDIsIHc6IHgoaS52YWx1ZSEpLCBoOiAxNiwgY2xzOiBpLm1ldCA9PT0gJ3llcycgPyAnZmlsbC1kb25lJyA6ICdmaWxsJyB9KVxuICAgIG1hcmtzLnB1c2goeyBraW5kOiAnbGluZScsIHgxOiB4KGkudGFyZ2V0ISksIHkxOiB5IC0gMiwgeDI6IHgoaS50YXJnZXQhKSwgeTI6IHkgKyAyMiwgY2xzOiAndGFyZ2V0JyB9KVxuICAgIG1hcmtzLnB1c2goeyBraW5kOiAndGV4dCcsIHg6IDAsIHk6IHkgKyBMSU5FICsgMjAsIHRleHQ6IGluZGljYXRvclRleHQoaSksIGNsczogJ3ZhbHVlJyB9KVxuICAgIHkgKz0gTElORSAqIDIgKyAxNlxuICB9XG4gIGNvbnN0IHNlbnRlbmNlcyA9IHJvd3MubWFwKChpKSA9PiBgJHtuYW1lT2YoaSl9OiAke2luZGljYXRvclRleHQoaSl9YClcbiAgY29uc3QgcGxhbiA9IHQucGxhbnMuZmluZCgocCkgPT4gcC5wbGFuX2lkID09PSAna2syMDE3JykhXG4gIGNvbnN0IHdoZW4gPSBmb3JtYXREYXRlKHJvd3NbMF0/LmRhdGUgPz8gJycpXG4gIHJldHVybiB7XG4gICAgaWQ6ICdray1tYWFsLW9nLXJlc3VsdGF0ZXInLFxuICAgIHRpdGxlOiBgTVx1MDBFNWwgb2cgcmVzdWx0YXRlcjogJHtwbGFuLnNob3J0X25hbWV9YCxcbiAgICBzdWJ0aXRsZTogJ0h2ZXIgYmpcdTAwRTZsa2UgZXIgZXQgbVx1MDBFNWw7IGRlbiB1ZGZ5bGR0ZSBkZWwgZXIgZGV0LCBkZXIgdmFyIG5cdTAwRTVldC4nLFxuICAgIGRlc2NyaXB0aW9uOiBgSHZlciBialx1MDBFNmxrZSBlciBldCBtXHUwMEU1bDsgZGVuIHVkZnlsZHRlIGRlbCBlciBkZXQsIGRlciB2YXIgblx1MDBFNWV0IHZlZCBrb21tdW5lbnMgc3RhdHVzICgke3doZW59KS4gJHtzZW50ZW5jZXMuam9pbignLiAnKX0uYCxcbiAgICB3aWR0aDogV0lEVEgsXG4gICAgaGVpZ2h0OiB5IC0gMTAsXG4gICAgbWFya3MsXG4gICAgbGVnZW5kOiBbXG4gICAgICB7IGNsczogJ2ZpbGwnLCB0ZXh0OiAnTlx1MDBFNWV0JyB9LFxuICAgICAgeyBjbHM6ICd0cmFjaycsIHRleHQ6ICdNXHUwMEU1bCcgfSxcbiAgICAgIHsgY2xzOiAnZmlsbC1kb25lJywgdGV4dDogJ01cdTAwRTVsZXQgblx1MDBFNWV0JyB9LFxuICAgIF0sXG4gICAgdGFibGU6IHtcbiAgICAgIGNhcHRpb246IGBNXHUwMEU1bCBvZyByZXN1bHRhdGVyOiAke3BsYW4uc2hvcnRfbmFtZX1gLFxuICAgICAgY29sdW1uczogW3sgbGFiZWw6ICdJbmRzYXRzJyB9LCB7IGxhYmVsOiAnTVx1MDBFNWwnLCBudW1lcmljOiB0cnVlIH0sIHsgbGFiZWw6ICdOXHUwMEU1ZXQnLCBudW1lcmljOiB0cnVlIH0sIHsgbGFiZWw6ICdFbmhlZCcgfSwgeyBsYWJlbDogJ01cdTAwRTVsIG5cdTAwRTVldCcgfV0sXG4gICAgICByb3dzOiByb3dzLm1hcCgoaSkgPT4gW25hbWVPZihpKSwgdGFyZ2V0VGV4dChpKSwgdmFsdWVUZXh0KGkpLCBpLnVuaXQsIGkubWV0ID09PSAneWVzJyA/ICdKYScgOiAnTmVqJ10pLFxuICAgIH0sXG4gICAgY3N2OiB7XG4gICAgICBoZWFkZXI6IFsnaW5kaWNhdG9yX2lkJywgJ2luZHNhdHMnLCAnc2FtbWVubGlnbmluZycsICdtYWFsJywgJ25hYWV0JywgJ25hYWV0X2t2YWxpZmlrYXRvcicsICdlbmhlZCcsICdtYWFsX25hYWV0J10sXG4gICAgICByb3dzOiByb3dzLm1hcCgoaSkgPT4gW2kuaW5kaWNhdG9yX2lkLCBuYW1lT2YoaSksIGkuY29tcGFyYXRvciA/PyAnJywgaS50YXJnZXQhLCBpLnZhbHVlISwgaS52YWx1ZV9xdWFsaWZpZXIgPz8gJycsIGkudW5pdCwgaS5tZXQgPz8gJyddKSxcbiAgICAgIHNvdXJjZXM6IHJvd3MubWFwKChpKSA9PiBjaXRhdGlvbkxpbmUoY2l0ZSh0LCBpKSkpLFxuICAgIH0sXG4gICAgc291cmNlczogcm93cy5tYXAoKGkpID0+IGNpdGUodCwgaSkpLFxuICAgIG5vdGVzOiBbXSxcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvZmlndXJlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2ZpZ3VyZS50c1wiO2ltcG9ydCB0eXBlIHsgSW5kaWNhdG9yIH0gZnJvbSAnLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdE51bWJlciB9IGZyb20gJy4uL2Zvcm1hdC9kYW5pc2gudHMnXG5cbmNvbnN0IFFVQUxJRklFUjogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgYXBwcm94OiAnY2EuICcsIHVwX3RvOiAnb3AgbW9kICcsIGNvdW50ZWQ6ICcnIH1cblxuLyoqIFVuaXRzIGFyZSBzdG9yZWQgaW4gdGhlIHBsdXJhbDsgdGhlIGZldyB0aGF0IHRoZSBkYXRhIGNvdW50cyBhcyBvbmUgcmVhZCBpbiB0aGUgc2luZ3VsYXIuICovXG5jb25zdCBTSU5HVUxBUjogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgaW5pdGlhdGl2ZXI6ICdpbml0aWF0aXYnLCBhbnNcdTAwRjhnbmluZ2VyOiAnYW5zXHUwMEY4Z25pbmcnLCBrb21tdW5lcjogJ2tvbW11bmUnLCBrdXJzZXI6ICdrdXJzdXMnLCBtXHUwMEY4ZGVyOiAnbVx1MDBGOGRlJyB9XG5jb25zdCB1bml0T2YgPSAoaTogSW5kaWNhdG9yKSA9PiAoaS52YWx1ZSA9PT0gMSA/IChTSU5HVUxBUltpLnVuaXRdID8/IGkudW5pdCkgOiBpLnVuaXQpXG5cbi8qKiBcImNhLiA0NTBcIiwgXCJvcCBtb2QgNzAwXCIsIFwiOTgwXCIgKi9cbmV4cG9ydCBmdW5jdGlvbiB2YWx1ZVRleHQoaTogSW5kaWNhdG9yKTogc3RyaW5nIHtcbiAgcmV0dXJuIGkudmFsdWUgPT09IG51bGwgPyAnaWtrZSBvcGx5c3QnIDogYCR7UVVBTElGSUVSW2kudmFsdWVfcXVhbGlmaWVyID8/ICcnXSA/PyAnJ30ke2Zvcm1hdE51bWJlcihpLnZhbHVlKX1gXG59XG5cbmNvbnN0IENPTVBBUkFUT1I6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7ICc+PSc6ICdtaW5kc3QnLCAnPD0nOiAnaFx1MDBGOGpzdCcsICc9JzogJycgfVxuY29uc3QgVEFSR0VUX1VOSVQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHBjdDogJ3BjdC4nIH1cbmNvbnN0IE1FVDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgeWVzOiAnbVx1MDBFNWxldCBlciBuXHUwMEU1ZXQnLCBubzogJ21cdTAwRTVsZXQgZXIgaWtrZSBuXHUwMEU1ZXQnLCBleHBlY3RlZDogJ21cdTAwRTVsZXQgZm9ydmVudGVzIG5cdTAwRTVldCcgfVxuXG4vKiogXCJtaW5kc3QgMi4wMDBcIiwgXCJtaW5kc3QgODAgcGN0LlwiICovXG5leHBvcnQgZnVuY3Rpb24gdGFyZ2V0VGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICByZXR1cm4gW0NPTVBBUkFUT1JbaS5jb21wYXJhdG9yID8/ICc9J10sIGZvcm1hdE51bWJlcihpLnRhcmdldCEpLCBpLnRhcmdldF91bml0ID8gVEFSR0VUX1VOSVRbaS50YXJnZXRfdW5pdF0gPz8gaS50YXJnZXRfdW5pdCA6ICcnXS5maWx0ZXIoQm9vbGVhbikuam9pbignICcpXG59XG5cbi8qKlxuICogQSBmaWd1cmUgYXMgYSByZWFkZXIgc2hvdWxkIHNlZSBpdDogXCJjYS4gNDUwIGZhZ3BlcnNvbmVyXCI7IHdpdGggYSB0YXJnZXQsIFwiOTgwIGFmIG1pbmRzdCAyLjAwMFxuICogYlx1MDBGOHJuIG9nIHVuZ2VcIjsgd2hlcmUgb25seSB0aGUgdGFyZ2V0IGFuZCB0aGUgdmVyZGljdCBhcmUga25vd24sIFwibVx1MDBFNWw6IG1pbmRzdCA4MCBwY3QuIGFmIFx1MjAyNlwiLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaW5kaWNhdG9yVGV4dChpOiBJbmRpY2F0b3IpOiBzdHJpbmcge1xuICBpZiAoaS5raW5kICE9PSAndGFyZ2V0X3JlYWNoZWQnIHx8IGkudGFyZ2V0ID09PSBudWxsKSByZXR1cm4gYCR7dmFsdWVUZXh0KGkpfSAke3VuaXRPZihpKX1gXG4gIGlmIChpLnZhbHVlICE9PSBudWxsICYmIGkudGFyZ2V0X3VuaXQgPT09IG51bGwpIHJldHVybiBgJHt2YWx1ZVRleHQoaSl9IGFmICR7dGFyZ2V0VGV4dChpKX0gJHtpLnVuaXR9YFxuICBjb25zdCB2ZXJkaWN0ID0gaS5tZXQgJiYgaS5tZXRfYmFzaXMgPT09ICdzb3VyY2UnID8gYCBcdTIwMTMgJHtNRVRbaS5tZXRdfSBpZlx1MDBGOGxnZSBraWxkZW5gIDogJydcbiAgcmV0dXJuIGBtXHUwMEU1bDogJHt0YXJnZXRUZXh0KGkpfSBhZiAke2kudW5pdH0ke3ZlcmRpY3R9YFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0cy9tb25leS1ieS1wbGFuLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2NoYXJ0cy9tb25leS1ieS1wbGFuLnRzXCI7aW1wb3J0IHsgc2NhbGVMaW5lYXIgfSBmcm9tICdkMy1zY2FsZSdcbmltcG9ydCB0eXBlIHsgRnVuZGluZywgVGFibGVzIH0gZnJvbSAnLi4vLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdE1pbywgZm9ybWF0WWVhcnMgfSBmcm9tICcuLi8uLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHsgYW1vdW50VGV4dCwgcGVyaW9kQW1vdW50IH0gZnJvbSAnLi4vYW1vdW50LnRzJ1xuaW1wb3J0IHsgY2l0ZSwgY2l0YXRpb25MaW5lIH0gZnJvbSAnLi4vY2l0ZS50cydcbmltcG9ydCB7IHR5cGUgQ2hhcnRNb2RlbCwgdHlwZSBNYXJrLCBMSU5FLCBXSURUSCwgd3JhcCB9IGZyb20gJy4vbW9kZWwudHMnXG5cbi8qKiBUaGUgbmF0aW9uYWwgcGxhbiBhbmQgdGhlIEZMMjEgZnJhbWUgc2lkZSBieSBzaWRlLCB0aGUgZnJhbWUgc3BsaXQgYnkgYXJlYSB3aXRoIGl0cyB1bmV4cGxhaW5lZCBnYXAuICovXG5leHBvcnQgZnVuY3Rpb24gbW9uZXlCeVBsYW5DaGFydCh0OiBUYWJsZXMpOiBDaGFydE1vZGVsIHtcbiAgY29uc3QgaHAgPSB0LmZ1bmRpbmcuZmluZCgoZikgPT4gZi5mdW5kaW5nX2lkID09PSAnaHAyMDE3LXNhdHNwdWxqZScpIVxuICBjb25zdCBmcmFtZSA9IHQuZnVuZGluZy5maW5kKChmKSA9PiBmLmZ1bmRpbmdfaWQgPT09ICdmbDIxLWZyYW1lJykhXG4gIGNvbnN0IGFyZWFOdW1iZXIgPSAoZjogRnVuZGluZykgPT4gdC5hcmVhcy5maW5kKChhKSA9PiBhLmFyZWFfaWQgPT09IGYuYXJlYV9pZCk/Lm51bWJlciA/PyAwXG4gIC8vIFBhcnRzIGluIHRoZSBvcmRlciBvZiB0aGUgYWdyZWVtZW50J3MgYXJlYXMsIG51bWJlcmVkIGFzIHRoZSBhcmVhcyBhcmUuXG4gIGNvbnN0IHBhcnRzID0gdC5mdW5kaW5nLmZpbHRlcigoZikgPT4gZi5wYXJlbnRfaWQgPT09IGZyYW1lLmZ1bmRpbmdfaWQpLnNvcnQoKGEsIGIpID0+IGFyZWFOdW1iZXIoYSkgLSBhcmVhTnVtYmVyKGIpKVxuICBjb25zdCBwbGFuTmFtZSA9IChpZDogc3RyaW5nIHwgbnVsbCkgPT4gdC5wbGFucy5maW5kKChwKSA9PiBwLnBsYW5faWQgPT09IGlkKT8uc2hvcnRfbmFtZSA/PyAnJ1xuICBjb25zdCB4ID0gc2NhbGVMaW5lYXIoKS5kb21haW4oWzAsIE1hdGgubWF4KHBlcmlvZEFtb3VudChocCksIHBlcmlvZEFtb3VudChmcmFtZSkpXSkucmFuZ2UoWzAsIFdJRFRIXSlcbiAgY29uc3QgbWFya3M6IE1hcmtbXSA9IFtdXG4gIGxldCB5ID0gMFxuICAvLyBBIHllYXJseSBmcmFtZSBpcyBkcmF3biBmb3IgaXRzIHdob2xlIHBlcmlvZCwgc28gaXRzIGxhYmVsIHNheXMgc286IFwiNCBcdTAwRDcgMTAgbWlvLiBrci5cIiBhcyB0aGUgc291cmNlIGhhcyBpdC5cbiAgY29uc3Qgd2hvbGUgPSAoZjogRnVuZGluZykgPT4gKGYuYmFzaXMgPT09ICdwZXJfeWVhcicgJiYgZi5hbW91bnQgIT09IG51bGwgPyBgJHtmLmVuZF95ZWFyIC0gZi5zdGFydF95ZWFyICsgMX0gXHUwMEQ3ICR7Zm9ybWF0TWlvKGYuYW1vdW50KX1gIDogYW1vdW50VGV4dChmKSlcbiAgY29uc3QgbGFiZWwgPSAoZjogRnVuZGluZykgPT4ge1xuICAgIGZvciAoY29uc3QgbGluZSBvZiB3cmFwKGAke3BsYW5OYW1lKGYucGxhbl9pZCl9OiAke3dob2xlKGYpfSAoJHtmb3JtYXRZZWFycyhmLnN0YXJ0X3llYXIsIGYuZW5kX3llYXIpfSlgKSkge1xuICAgICAgbWFya3MucHVzaCh7IGtpbmQ6ICd0ZXh0JywgeDogMCwgeTogeSArIDE0LCB0ZXh0OiBsaW5lLCBjbHM6ICdsYWJlbCcgfSlcbiAgICAgIHkgKz0gTElORVxuICAgIH1cbiAgfVxuICBsYWJlbChocClcbiAgbWFya3MucHVzaCh7IGtpbmQ6ICdyZWN0JywgeDogMCwgeTogeSArIDQsIHc6IHgocGVyaW9kQW1vdW50KGhwKSksIGg6IDI0LCBjbHM6ICdzZWctcGxhbicgfSlcbiAgeSArPSA0NFxuICBsYWJlbChmcmFtZSlcbiAgbGV0IGF0ID0gMFxuICBwYXJ0cy5mb3JFYWNoKChwLCBrKSA9PiB7XG4gICAgY29uc3QgdyA9IHgocC5hbW91bnQhKVxuICAgIG1hcmtzLnB1c2goeyBraW5kOiAncmVjdCcsIHg6IHgoYXQpLCB5OiB5ICsgNCwgdzogTWF0aC5tYXgodyAtIDEuNSwgMCksIGg6IDI0LCBjbHM6IGBzZWctJHtrICsgMX1gIH0pXG4gICAgaWYgKHcgPiAxOCkgbWFya3MucHVzaCh7IGtpbmQ6ICd0ZXh0JywgeDogeChhdCkgKyB3IC8gMiwgeTogeSArIDIxLCB0ZXh0OiBTdHJpbmcoYXJlYU51bWJlcihwKSksIGNsczogJ3NlZy1sYWJlbCcsIGFuY2hvcjogJ21pZGRsZScgfSlcbiAgICBhdCArPSBwLmFtb3VudCFcbiAgfSlcbiAgaWYgKGZyYW1lLnVuZXhwbGFpbmVkX2dhcCkgbWFya3MucHVzaCh7IGtpbmQ6ICdyZWN0JywgeDogeChhdCksIHk6IHkgKyA0LCB3OiB4KGZyYW1lLnVuZXhwbGFpbmVkX2dhcCksIGg6IDI0LCBjbHM6ICdzZWctZ2FwJyB9KVxuICB5ICs9IDMwXG4gIGNvbnN0IGxlZ2VuZCA9IFtcbiAgICB7IGNsczogJ3NlZy1wbGFuJywgdGV4dDogYCR7cGxhbk5hbWUoaHAucGxhbl9pZCl9OiAke2Zvcm1hdE1pbyhocC5hbW91bnQhKX0gaSBhbHQgKGZvcmRlbGluZ2VuIHBcdTAwRTUgaW5kc2F0c29tclx1MDBFNWRlciBlciBpa2tlIG9wbHlzdCBpIGtpbGRlcm5lKWAgfSxcbiAgICAuLi5wYXJ0cy5tYXAoKHAsIGspID0+ICh7IGNsczogYHNlZy0ke2sgKyAxfWAsIHRleHQ6IGAke2FyZWFOdW1iZXIocCl9LiAke3AucHVycG9zZX06ICR7Zm9ybWF0TWlvKHAuYW1vdW50ISl9YCB9KSksXG4gICAgLi4uKGZyYW1lLnVuZXhwbGFpbmVkX2dhcCA/IFt7IGNsczogJ3NlZy1nYXAnLCB0ZXh0OiBgSWtrZSBmb3JrbGFyZXQgaSBraWxkZXJuZTogJHtmb3JtYXRNaW8oZnJhbWUudW5leHBsYWluZWRfZ2FwKX0gKGRlbGVuZSBnaXZlciAke2Zvcm1hdE1pbyhwYXJ0cy5yZWR1Y2UoKHMsIHApID0+IHMgKyBwLmFtb3VudCEsIDApKX0pYCB9XSA6IFtdKSxcbiAgXVxuICBjb25zdCByb3dzID0gW2hwLCAuLi5wYXJ0c11cbiAgcmV0dXJuIHtcbiAgICBpZDogJ3BlbmdlLWVmdGVyLXBsYW4tb2ctb21yYWFkZScsXG4gICAgdGl0bGU6ICdQZW5nZSBlZnRlciBwbGFuIG9nIGluZHNhdHNvbXJcdTAwRTVkZScsXG4gICAgc3VidGl0bGU6ICdIYW5kbGluZ3NwbGFuZW5zIHNhbWxlZGUgYmVsXHUwMEY4YiBvZyBhZnRhbGVucyByYW1tZSBtZWQgZm9yZGVsaW5nZW4gcFx1MDBFNSBvbXJcdTAwRTVkZXIuJyxcbiAgICBkZXNjcmlwdGlvbjogYCR7cGxhbk5hbWUoaHAucGxhbl9pZCl9OiAke2Zvcm1hdE1pbyhocC5hbW91bnQhKX0gaSBhbHQuICR7cGxhbk5hbWUoZnJhbWUucGxhbl9pZCl9OiAke3dob2xlKGZyYW1lKX0gKCR7YW1vdW50VGV4dChmcmFtZSl9KSwgZm9yZGVsdCBtZWQgJHtwYXJ0cy5tYXAoKHApID0+IGZvcm1hdE1pbyhwLmFtb3VudCEpKS5qb2luKCcsICcpfSR7ZnJhbWUudW5leHBsYWluZWRfZ2FwID8gYDsgJHtmb3JtYXRNaW8oZnJhbWUudW5leHBsYWluZWRfZ2FwKX0gZXIgaWtrZSBmb3JrbGFyZXRgIDogJyd9LmAsXG4gICAgd2lkdGg6IFdJRFRILFxuICAgIGhlaWdodDogeSxcbiAgICBtYXJrcyxcbiAgICBsZWdlbmQsXG4gICAgdGFibGU6IHtcbiAgICAgIGNhcHRpb246ICdQZW5nZSBlZnRlciBwbGFuIG9nIGluZHNhdHNvbXJcdTAwRTVkZScsXG4gICAgICBjb2x1bW5zOiBbeyBsYWJlbDogJ1BsYW4nIH0sIHsgbGFiZWw6ICdGb3JtXHUwMEU1bCcgfSwgeyBsYWJlbDogJ0JlbFx1MDBGOGInIH0sIHsgbGFiZWw6ICdcdTAwQzVyJyB9XSxcbiAgICAgIHJvd3M6IFtcbiAgICAgICAgLi4ucm93cy5tYXAoKGYpID0+IFtwbGFuTmFtZShmLnBsYW5faWQpLCBmLnB1cnBvc2UsIGFtb3VudFRleHQoZiksIGZvcm1hdFllYXJzKGYuc3RhcnRfeWVhciwgZi5lbmRfeWVhcildKSxcbiAgICAgICAgLi4uKGZyYW1lLnVuZXhwbGFpbmVkX2dhcCA/IFtbcGxhbk5hbWUoZnJhbWUucGxhbl9pZCksICdJa2tlIGZvcmtsYXJldCBpIGtpbGRlcm5lJywgZm9ybWF0TWlvKGZyYW1lLnVuZXhwbGFpbmVkX2dhcCksIGZvcm1hdFllYXJzKGZyYW1lLnN0YXJ0X3llYXIsIGZyYW1lLmVuZF95ZWFyKV1dIDogW10pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIGNzdjoge1xuICAgICAgaGVhZGVyOiBbJ2Z1bmRpbmdfaWQnLCAncGxhbicsICdmb3JtYWFsJywgJ2JlbG9lYl9taW9fa3InLCAnZ3J1bmRsYWcnLCAnZnJhX2FhcicsICd0aWxfYWFyJ10sXG4gICAgICByb3dzOiBbXG4gICAgICAgIC4uLltocCwgZnJhbWUsIC4uLnBhcnRzXS5tYXAoKGYpID0+IFtmLmZ1bmRpbmdfaWQsIGYucGxhbl9pZCA/PyAnJywgZi5wdXJwb3NlLCBmLmFtb3VudCA/PyAnJywgZi5iYXNpcywgZi5zdGFydF95ZWFyLCBmLmVuZF95ZWFyXSksXG4gICAgICAgIC4uLihmcmFtZS51bmV4cGxhaW5lZF9nYXAgPyBbW2Ake2ZyYW1lLmZ1bmRpbmdfaWR9LXVmb3JrbGFyZXRgLCBmcmFtZS5wbGFuX2lkID8/ICcnLCAnSWtrZSBmb3JrbGFyZXQgaSBraWxkZXJuZScsIGZyYW1lLnVuZXhwbGFpbmVkX2dhcCwgJ3RvdGFsJywgZnJhbWUuc3RhcnRfeWVhciwgZnJhbWUuZW5kX3llYXJdXSA6IFtdKSxcbiAgICAgIF0sXG4gICAgICAvLyBUaGUgZ2FwIGlzIHRoZSBmcmFtZSBsZXNzIGl0cyBwYXJ0czogaXQgcmVzdHMgb24gYm90aCBzb3VyY2VzLlxuICAgICAgc291cmNlczogW1xuICAgICAgICAuLi5baHAsIGZyYW1lLCAuLi5wYXJ0c10ubWFwKChmKSA9PiBjaXRhdGlvbkxpbmUoY2l0ZSh0LCBmKSkpLFxuICAgICAgICAuLi4oZnJhbWUudW5leHBsYWluZWRfZ2FwID8gW1tmcmFtZSwgLi4ucGFydHNdLm1hcCgoZikgPT4gY2l0YXRpb25MaW5lKGNpdGUodCwgZikpKS5maWx0ZXIoKGwsIGssIGFsbCkgPT4gYWxsLmluZGV4T2YobCkgPT09IGspLmpvaW4oJzsgJyldIDogW10pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHNvdXJjZXM6IFtocCwgZnJhbWUsIC4uLnBhcnRzXS5tYXAoKGYpID0+IGNpdGUodCwgZikpLFxuICAgIG5vdGVzOiBmcmFtZS5ub3RlID8gW2ZyYW1lLm5vdGVdIDogW10sXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9jaGFydHMvdGltZWxpbmUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvY2hhcnRzL3RpbWVsaW5lLnRzXCI7aW1wb3J0IHsgc2NhbGVVdGMgfSBmcm9tICdkMy1zY2FsZSdcbmltcG9ydCB0eXBlIHsgVGFibGVzIH0gZnJvbSAnLi4vLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdERhdGUgfSBmcm9tICcuLi8uLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHsgY2l0ZSwgY2l0YXRpb25MaW5lIH0gZnJvbSAnLi4vY2l0ZS50cydcbmltcG9ydCB7IHR5cGUgQ2hhcnRNb2RlbCwgdHlwZSBNYXJrLCBMSU5FLCBXSURUSCB9IGZyb20gJy4vbW9kZWwudHMnXG5cbi8qKiBTdGFydCBvZiB0aGUgcGVyaW9kIGFuIElTTyBkYXRlIG9mIGFueSBwcmVjaXNpb24gbmFtZXMuICovXG5jb25zdCBzdGFydE9mID0gKGlzbzogc3RyaW5nKSA9PiB7XG4gIGNvbnN0IFt5LCBtLCBkXSA9IGlzby5zcGxpdCgnLScpLm1hcChOdW1iZXIpXG4gIHJldHVybiBuZXcgRGF0ZShEYXRlLlVUQyh5ISwgKG0gPz8gMSkgLSAxLCBkID8/IDEpKVxufVxuXG4vKiogRXZlbnRzIG9uIGEgdGltZSBheGlzLCBvbmUgZG90IGVhY2gsIHN0YWNrZWQgd2l0aGluIGEgbW9udGg7IGEgaG9sbG93IGRvdCBpcyBhIGRhdGUga25vd24gb25seSB0byB0aGUgeWVhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aW1lbGluZUNoYXJ0KHQ6IFRhYmxlcyk6IENoYXJ0TW9kZWwge1xuICBjb25zdCBldmVudHMgPSBbLi4udC5ldmVudHNdLnNvcnQoKGEsIGIpID0+IGEuZGF0ZS5sb2NhbGVDb21wYXJlKGIuZGF0ZSkpXG4gIGNvbnN0IGZpcnN0ID0gc3RhcnRPZihldmVudHNbMF0hLmRhdGUpLmdldFVUQ0Z1bGxZZWFyKClcbiAgY29uc3QgbGFzdCA9IHN0YXJ0T2YoZXZlbnRzW2V2ZW50cy5sZW5ndGggLSAxXSEuZGF0ZSkuZ2V0VVRDRnVsbFllYXIoKVxuICBjb25zdCB4ID0gc2NhbGVVdGMoKS5kb21haW4oW25ldyBEYXRlKERhdGUuVVRDKGZpcnN0LCAwLCAxKSksIG5ldyBEYXRlKERhdGUuVVRDKGxhc3QgKyAxLCAwLCAxKSldKS5yYW5nZShbNiwgV0lEVEggLSA2XSlcbiAgY29uc3QgYXhpc1kgPSAxMlxuICBjb25zdCBzdGFjayA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KClcbiAgY29uc3QgbWFya3M6IE1hcmtbXSA9IFtdXG4gIGZvciAoY29uc3QgZSBvZiBldmVudHMpIHtcbiAgICBjb25zdCBrZXkgPSBlLmRhdGUuc2xpY2UoMCwgNylcbiAgICBjb25zdCBsZXZlbCA9IHN0YWNrLmdldChrZXkpID8/IDBcbiAgICBzdGFjay5zZXQoa2V5LCBsZXZlbCArIDEpXG4gICAgY29uc3QgcHJlY2lzZSA9IGUuZGF0ZS5sZW5ndGggPiA0XG4gICAgbWFya3MucHVzaCh7IGtpbmQ6ICdjaXJjbGUnLCBjeDogeChzdGFydE9mKGUuZGF0ZSkpLCBjeTogYXhpc1kgKyAxNCArIGxldmVsICogOSwgcjogMy41LCBjbHM6IHByZWNpc2UgPyAnZG90JyA6ICdkb3Qtb3BlbicgfSlcbiAgfVxuICBjb25zdCBoZWlnaHQgPSBheGlzWSArIDE0ICsgTWF0aC5tYXgoLi4uc3RhY2sudmFsdWVzKCkpICogOSArIExJTkUgKyA2XG4gIG1hcmtzLnVuc2hpZnQoeyBraW5kOiAnbGluZScsIHgxOiAwLCB5MTogYXhpc1ksIHgyOiBXSURUSCwgeTI6IGF4aXNZLCBjbHM6ICdheGlzJyB9KVxuICBmb3IgKGxldCB5ID0gZmlyc3Q7IHkgPD0gbGFzdDsgeSsrKSB7XG4gICAgY29uc3QgcHggPSB4KG5ldyBEYXRlKERhdGUuVVRDKHksIDAsIDEpKSlcbiAgICBtYXJrcy5wdXNoKHsga2luZDogJ2xpbmUnLCB4MTogcHgsIHkxOiBheGlzWSAtIDQsIHgyOiBweCwgeTI6IGhlaWdodCAtIExJTkUsIGNsczogJ3RpY2snIH0pXG4gICAgbWFya3MucHVzaCh7IGtpbmQ6ICd0ZXh0JywgeDogcHggKyAzLCB5OiBoZWlnaHQgLSA0LCB0ZXh0OiBTdHJpbmcoeSksIGNsczogJ3ZhbHVlJyB9KVxuICB9XG4gIHJldHVybiB7XG4gICAgaWQ6ICd0aWRzbGluamUnLFxuICAgIHRpdGxlOiBgQmVnaXZlbmhlZGVyICR7Zmlyc3R9XHUyMDEzJHtsYXN0fWAsXG4gICAgc3VidGl0bGU6ICdcdTAwQzluIHByaWsgcHIuIGJlZ2l2ZW5oZWQ7IGVuIGh1bCBwcmlrIGVyIGVuIGRhdG8sIGh2b3Iga3VuIFx1MDBFNXJldCBlciBrZW5kdC4nLFxuICAgIGRlc2NyaXB0aW9uOiBgVGlkc2xpbmplbiB2aXNlciBiZWdpdmVuaGVkZXJuZSBmcmEgJHtmaXJzdH0gdGlsICR7bGFzdH0sIFx1MDBFOW4gcHJpayBmb3IgaHZlci4gRmxlc3QgbGlnZ2VyIGkgJHtidXNpZXN0WWVhcihldmVudHMubWFwKChlKSA9PiBlLmRhdGUpKX0uIEhlbGUgbGlzdGVuIHN0XHUwMEU1ciB1bmRlciBmaWd1cmVuLmAsXG4gICAgd2lkdGg6IFdJRFRILFxuICAgIGhlaWdodCxcbiAgICBtYXJrcyxcbiAgICBsZWdlbmQ6IFtcbiAgICAgIHsgY2xzOiAnZG90JywgdGV4dDogJ0RhdG8ga2VuZHQnIH0sXG4gICAgICB7IGNsczogJ2RvdC1vcGVuJywgdGV4dDogJ0t1biBcdTAwRTVyZXQga2VuZHQnIH0sXG4gICAgXSxcbiAgICB0YWJsZToge1xuICAgICAgY2FwdGlvbjogJ0JlZ2l2ZW5oZWRlcicsXG4gICAgICBjb2x1bW5zOiBbeyBsYWJlbDogJ0RhdG8nIH0sIHsgbGFiZWw6ICdCZWdpdmVuaGVkJyB9XSxcbiAgICAgIHJvd3M6IGV2ZW50cy5tYXAoKGUpID0+IFtlLmRhdGVfdGV4dCA/PyBmb3JtYXREYXRlKGUuZGF0ZSksIGUudGl0bGVdKSxcbiAgICB9LFxuICAgIGNzdjogeyBoZWFkZXI6IFsnZXZlbnRfaWQnLCAnZGF0bycsICdiZWdpdmVuaGVkJ10sIHJvd3M6IGV2ZW50cy5tYXAoKGUpID0+IFtlLmV2ZW50X2lkLCBlLmRhdGUsIGUudGl0bGVdKSwgc291cmNlczogZXZlbnRzLm1hcCgoZSkgPT4gY2l0YXRpb25MaW5lKGNpdGUodCwgZSkpKSB9LFxuICAgIHNvdXJjZXM6IFsuLi5uZXcgTWFwKGV2ZW50cy5tYXAoKGUpID0+IFtlLnNvdXJjZV9pZCwgY2l0ZSh0LCBlKV0pKS52YWx1ZXMoKV0sXG4gICAgbm90ZXM6IFtdLFxuICB9XG59XG5cbmZ1bmN0aW9uIGJ1c2llc3RZZWFyKGRhdGVzOiBzdHJpbmdbXSk6IHN0cmluZyB7XG4gIGNvbnN0IGNvdW50ID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKVxuICBmb3IgKGNvbnN0IGQgb2YgZGF0ZXMpIGNvdW50LnNldChkLnNsaWNlKDAsIDQpLCAoY291bnQuZ2V0KGQuc2xpY2UoMCwgNCkpID8/IDApICsgMSlcbiAgcmV0dXJuIFsuLi5jb3VudC5lbnRyaWVzKCldLnNvcnQoKGEsIGIpID0+IGJbMV0gLSBhWzFdIHx8IGFbMF0ubG9jYWxlQ29tcGFyZShiWzBdKSlbMF0hWzBdXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS9hbmNob3JzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL2FuY2hvcnMudHNcIjsvKiogRWxlbWVudCBpZHMgb2YgcmVjb3JkcyBvbiB0aGUgcGFnZXM7IHNlYXJjaCBoaXRzIGFuZCB0aGUgS2lsZGVyIHBhZ2UgbGluayB0byB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IGFuY2hvciA9IHtcbiAgaW5pdGlhdGl2ZTogKGlkOiBzdHJpbmcpID0+IGBpbml0aWF0aXYtJHtpZH1gLFxuICByZWNvbW1lbmRhdGlvbjogKGlkOiBzdHJpbmcpID0+IGBhbmJlZmFsaW5nLSR7aWR9YCxcbiAgbGluazogKGlkOiBzdHJpbmcpID0+IGBsaW5rLSR7aWR9YCxcbiAgb3JnYW5pc2F0aW9uOiAoaWQ6IHN0cmluZykgPT4gYG9yZy0ke2lkfWAsXG4gIHRlcm06IChpZDogc3RyaW5nKSA9PiBgdGVybS0ke2lkfWAsXG4gIGV2ZW50OiAoaWQ6IHN0cmluZykgPT4gYGJlZ2l2ZW5oZWQtJHtpZH1gLFxuICBzb3VyY2U6IChpZDogc3RyaW5nKSA9PiBga2lsZGUtJHtpZH1gLFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvc2l0ZS92aWV3c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3MvY29tbW9uLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9zaXRlL3ZpZXdzL2NvbW1vbi50c1wiO2ltcG9ydCB0eXBlIHsgSW5pdGlhdGl2ZSwgVGFibGVzIH0gZnJvbSAnLi4vLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGZvcm1hdERhdGUgfSBmcm9tICcuLi8uLi9mb3JtYXQvZGFuaXNoLnRzJ1xuaW1wb3J0IHsgYW1vdW50VGV4dCB9IGZyb20gJy4uL2Ftb3VudC50cydcbmltcG9ydCB7IGFuY2hvciB9IGZyb20gJy4uL2FuY2hvcnMudHMnXG5pbXBvcnQgeyB0eXBlIENpdGF0aW9uLCBjaXRlIH0gZnJvbSAnLi4vY2l0ZS50cydcbmltcG9ydCB7IGluZGljYXRvclRleHQgfSBmcm9tICcuLi9maWd1cmUudHMnXG5pbXBvcnQgeyBTVEFUVVNfTEFCRUwgfSBmcm9tICcuLi9zdGF0dXMudHMnXG5cbmV4cG9ydCBpbnRlcmZhY2UgRmlndXJlVmlldyB7XG4gIGlkOiBzdHJpbmdcbiAgdGV4dDogc3RyaW5nXG4gIG1lYXN1cmU6IHN0cmluZ1xuICBraW5kOiBzdHJpbmdcbiAgY2l0YXRpb246IENpdGF0aW9uXG4gIHRhcmdldENpdGF0aW9uOiBDaXRhdGlvbiB8IG51bGxcbiAgbm90ZTogc3RyaW5nIHwgbnVsbFxufVxuXG5leHBvcnQgaW50ZXJmYWNlIEluaXRpYXRpdmVWaWV3IHtcbiAgaWQ6IHN0cmluZ1xuICBhbmNob3I6IHN0cmluZ1xuICBudW1iZXI6IG51bWJlciB8IG51bGxcbiAgbmFtZTogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgbmFtaW5nOiBJbml0aWF0aXZlWyduYW1pbmcnXVxuICBjaXRhdGlvbjogQ2l0YXRpb25cbiAgc3RhdHVzZXM6IHsgZGF0ZTogc3RyaW5nOyBzdGF0dXM6IHN0cmluZzsgc3RhdHVzS2V5OiBzdHJpbmc7IGRldGFpbDogc3RyaW5nOyBjaXRhdGlvbjogQ2l0YXRpb24gfVtdXG4gIGFjdG9yczogeyBuYW1lOiBzdHJpbmc7IHJvbGU6IHN0cmluZzsgY2l0YXRpb246IENpdGF0aW9uIH1bXVxuICBmaWd1cmVzOiBGaWd1cmVWaWV3W11cbiAgZnVuZGluZzogeyB0ZXh0OiBzdHJpbmc7IHB1cnBvc2U6IHN0cmluZzsgY2l0YXRpb246IENpdGF0aW9uOyBub3RlOiBzdHJpbmcgfCBudWxsIH1bXVxufVxuXG5jb25zdCBST0xFOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICBjYXJyaWVzX291dDogJ1VkZlx1MDBGOHJlcicsXG4gIGZ1bmRzOiAnRmluYW5zaWVyZXInLFxuICBkZXZlbG9wczogJ1VkdmlrbGVyJyxcbiAgcGFydG5lcjogJ1NhbWFyYmVqZHNwYXJ0bmVyJyxcbiAgZ3JhbnRlZTogJ01vZHRhZ2VyIHRpbHNrdWQnLFxuICB0ZXN0X3NpdGU6ICdUZXN0a29tbXVuZScsXG4gIGFkdmlzZXM6ICdSXHUwMEU1ZGdpdmVyJyxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZpZ3VyZVZpZXcodDogVGFibGVzLCBpOiBUYWJsZXNbJ2luZGljYXRvcnMnXVtudW1iZXJdKTogRmlndXJlVmlldyB7XG4gIHJldHVybiB7XG4gICAgaWQ6IGkuaW5kaWNhdG9yX2lkLFxuICAgIHRleHQ6IGluZGljYXRvclRleHQoaSksXG4gICAgbWVhc3VyZTogaS5tZWFzdXJlLFxuICAgIGtpbmQ6IGkua2luZCxcbiAgICBjaXRhdGlvbjogY2l0ZSh0LCBpKSxcbiAgICB0YXJnZXRDaXRhdGlvbjogaS50YXJnZXRfcXVvdGUgPyBjaXRlKHQsIGksIGkudGFyZ2V0X3F1b3RlKSA6IG51bGwsXG4gICAgbm90ZTogaS5ub3RlLFxuICB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpbml0aWF0aXZlVmlldyh0OiBUYWJsZXMsIGk6IEluaXRpYXRpdmUpOiBJbml0aWF0aXZlVmlldyB7XG4gIGNvbnN0IG9yZyA9IChpZDogc3RyaW5nKSA9PiB0Lm9yZ2FuaXNhdGlvbnMuZmluZCgobykgPT4gby5vcmdfaWQgPT09IGlkKT8ubmFtZSA/PyBpZFxuICByZXR1cm4ge1xuICAgIGlkOiBpLmluaXRpYXRpdmVfaWQsXG4gICAgYW5jaG9yOiBhbmNob3IuaW5pdGlhdGl2ZShpLmluaXRpYXRpdmVfaWQpLFxuICAgIG51bWJlcjogaS5udW1iZXIsXG4gICAgbmFtZTogaS5uYW1lLFxuICAgIGRlc2NyaXB0aW9uOiBpLmRlc2NyaXB0aW9uLFxuICAgIG5hbWluZzogaS5uYW1pbmcsXG4gICAgY2l0YXRpb246IGNpdGUodCwgaSksXG4gICAgc3RhdHVzZXM6IHQuc3RhdHVzX3VwZGF0ZXNcbiAgICAgIC5maWx0ZXIoKHUpID0+IHUuaW5pdGlhdGl2ZV9pZCA9PT0gaS5pbml0aWF0aXZlX2lkKVxuICAgICAgLnNvcnQoKGEsIGIpID0+IGEuZGF0ZS5sb2NhbGVDb21wYXJlKGIuZGF0ZSkpXG4gICAgICAubWFwKCh1KSA9PiAoeyBkYXRlOiBmb3JtYXREYXRlKHUuZGF0ZSksIHN0YXR1czogU1RBVFVTX0xBQkVMW3Uuc3RhdHVzXSwgc3RhdHVzS2V5OiB1LnN0YXR1cywgZGV0YWlsOiB1LmRldGFpbCwgY2l0YXRpb246IGNpdGUodCwgdSkgfSkpLFxuICAgIGFjdG9yczogdC5pbml0aWF0aXZlX2FjdG9yc1xuICAgICAgLmZpbHRlcigoYSkgPT4gYS5pbml0aWF0aXZlX2lkID09PSBpLmluaXRpYXRpdmVfaWQpXG4gICAgICAubWFwKChhKSA9PiAoeyBuYW1lOiBvcmcoYS5vcmdfaWQpLCByb2xlOiBST0xFW2Eucm9sZV0gPz8gYS5yb2xlLCBjaXRhdGlvbjogY2l0ZSh0LCBhKSB9KSksXG4gICAgZmlndXJlczogdC5pbmRpY2F0b3JzLmZpbHRlcigoeCkgPT4geC5pbml0aWF0aXZlX2lkID09PSBpLmluaXRpYXRpdmVfaWQpLm1hcCgoeCkgPT4gZmlndXJlVmlldyh0LCB4KSksXG4gICAgZnVuZGluZzogdC5mdW5kaW5nXG4gICAgICAuZmlsdGVyKChmKSA9PiBmLmluaXRpYXRpdmVfaWQgPT09IGkuaW5pdGlhdGl2ZV9pZClcbiAgICAgIC5tYXAoKGYpID0+ICh7IHRleHQ6IGFtb3VudFRleHQoZiksIHB1cnBvc2U6IGYucHVycG9zZSwgY2l0YXRpb246IGNpdGUodCwgZiksIG5vdGU6IGYubm90ZSB9KSksXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9zaXRlL3ZpZXdzL2tvZWJlbmhhdm4udHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL3NpdGUvdmlld3Mva29lYmVuaGF2bi50c1wiO2ltcG9ydCB0eXBlIHsgVGFibGVzIH0gZnJvbSAnLi4vLi4vZGF0YS90eXBlcy50cydcbmltcG9ydCB7IGtrTW9uZXlDaGFydCwga2tUYXJnZXRzQ2hhcnQgfSBmcm9tICcuLi9jaGFydHMvaW5kZXgudHMnXG5pbXBvcnQgeyBjaXRlIH0gZnJvbSAnLi4vY2l0ZS50cydcbmltcG9ydCB7IGluaXRpYXRpdmVWaWV3IH0gZnJvbSAnLi9jb21tb24udHMnXG5cbi8qKiBLXHUwMEY4YmVuaGF2bnMgS29tbXVuZSdzIHBsYW4gMjAxN1x1MjAxMzE4OiB0aGUgc2l4IHJlY29tbWVuZGF0aW9ucyBhbmQgdGhlIG90aGVyIGVmZm9ydHMuICovXG5leHBvcnQgZnVuY3Rpb24ga29lYmVuaGF2blZpZXcodDogVGFibGVzKSB7XG4gIGNvbnN0IHBsYW4gPSB0LnBsYW5zLmZpbmQoKHApID0+IHAucGxhbl9pZCA9PT0gJ2trMjAxNycpIVxuICBjb25zdCBpbml0cyA9IHQuaW5pdGlhdGl2ZXMuZmlsdGVyKChpKSA9PiBpLnBsYW5faWQgPT09IHBsYW4ucGxhbl9pZClcbiAgcmV0dXJuIHtcbiAgICBwbGFuOiB7IG5hbWU6IHBsYW4ubmFtZSwgc2hvcnROYW1lOiBwbGFuLnNob3J0X25hbWUsIGRlc2NyaXB0aW9uOiBwbGFuLmRlc2NyaXB0aW9uLCBjaXRhdGlvbjogY2l0ZSh0LCBwbGFuKSB9LFxuICAgIHRhcmdldHM6IGtrVGFyZ2V0c0NoYXJ0KHQpLFxuICAgIG1vbmV5OiBra01vbmV5Q2hhcnQodCksXG4gICAgcmVjb21tZW5kYXRpb25zOiBpbml0cy5maWx0ZXIoKGkpID0+IGkubmFtaW5nID09PSAnbmFtZWQnKS5tYXAoKGkpID0+IGluaXRpYXRpdmVWaWV3KHQsIGkpKSxcbiAgICBvdGhlcjogaW5pdHMuZmlsdGVyKChpKSA9PiBpLm5hbWluZyA9PT0gJ2Jlc2lkZV9wbGFuJykubWFwKChpKSA9PiBpbml0aWF0aXZlVmlldyh0LCBpKSksXG4gIH1cbn1cbmV4cG9ydCB0eXBlIEtvZWJlbmhhdm5WaWV3ID0gUmV0dXJuVHlwZTx0eXBlb2Yga29lYmVuaGF2blZpZXc+XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay9tYWluL2NvbXBvbmVudHMvZGF0YS9wYWdlLWxvYWRlci50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL2NvbXBvbmVudHMvZGF0YS9wYWdlLWxvYWRlci50c1wiO2ltcG9ydCB7IGRlZmluZUxvYWRlciB9IGZyb20gJ3ZpdGVwcmVzcydcbmltcG9ydCB7IGxvYWREYXRhIH0gZnJvbSAnLi4vLi4vc2NyaXB0cy9kYXRhL2xvYWQtZGF0YS50cydcbmltcG9ydCB0eXBlIHsgVGFibGVzIH0gZnJvbSAnLi4vLi4vc2NyaXB0cy9kYXRhL3R5cGVzLnRzJ1xuXG4vKipcbiAqIEEgVml0ZVByZXNzIGRhdGEgbG9hZGVyIGZvciBvbmUgcGFnZTogaXQgcnVucyB0aGUgY2hlY2tlZCBkYXRhIHRocm91Z2ggdGhlIHBhZ2UncyB2aWV3LCBzbyBhXG4gKiBwYWdlIHNoaXBzIG9ubHkgd2hhdCBpdCBzaG93cywgYW5kIGJhZCBkYXRhIHN0b3BzIHRoZSBidWlsZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhZ2VMb2FkZXI8VD4odmlldzogKHRhYmxlczogVGFibGVzKSA9PiBUKSB7XG4gIHJldHVybiBkZWZpbmVMb2FkZXIoe1xuICAgIHdhdGNoOiBbJy4uLy4uL2RhdGEvKi5jc3YnLCAnLi4vLi4vZGF0YS9kYXRhcGFja2FnZS5qc29uJ10sXG4gICAgbG9hZDogKCk6IFQgPT4gdmlldyhsb2FkRGF0YSgpKSxcbiAgfSlcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2xvYWQtZGF0YS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL3NjcmlwdHMvZGF0YS9sb2FkLWRhdGEudHNcIjtpbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuaW1wb3J0IHsgam9pbiwgcmVsYXRpdmUsIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnXG5pbXBvcnQgeyBmaWxlVVJMVG9QYXRoIH0gZnJvbSAnbm9kZTp1cmwnXG5pbXBvcnQgeyBjaGVja0tleXMgfSBmcm9tICcuL2NoZWNrLWtleXMudHMnXG5pbXBvcnQgeyBjaGVja1Byb3ZlbmFuY2UgfSBmcm9tICcuL2NoZWNrLXByb3ZlbmFuY2UudHMnXG5pbXBvcnQgeyBjaGVja1J1bGVzIH0gZnJvbSAnLi9jaGVjay1ydWxlcy50cydcbmltcG9ydCB7IGNoZWNrVGFibGUsIHR5cGUgVHlwZWRSb3cgfSBmcm9tICcuL2NoZWNrLXRhYmxlLnRzJ1xuaW1wb3J0IHsgdHlwZSBEYXRhUGFja2FnZSwgcmVhZFBhY2thZ2UgfSBmcm9tICcuL3BhY2thZ2Utc2NoZW1hLnRzJ1xuaW1wb3J0IHsgRGF0YUVycm9yLCB0eXBlIFByb2JsZW0gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHsgcmVhZENzdiB9IGZyb20gJy4vcmVhZC1jc3YudHMnXG5pbXBvcnQgeyBTb3VyY2VUZXh0cyB9IGZyb20gJy4vc291cmNlLXRleHRzLnRzJ1xuaW1wb3J0IHR5cGUgeyBUYWJsZXMgfSBmcm9tICcuL3R5cGVzLnRzJ1xuXG5leHBvcnQgY29uc3QgUFJPSkVDVF9ST09UID0gcmVzb2x2ZShmaWxlVVJMVG9QYXRoKG5ldyBVUkwoJy4uLy4uJywgaW1wb3J0Lm1ldGEudXJsKSkpXG4vKiogTlNLX0RBVEFfRElSIHBvaW50cyB0aGUgYnVpbGQgYW5kIHRoZSBjaGVja3MgYXQgYW5vdGhlciBjb3B5IG9mIHRoZSBkYXRhICh1c2VkIGJ5IHRlc3RzKS4gKi9cbmV4cG9ydCBjb25zdCBEQVRBX0RJUiA9IHByb2Nlc3MuZW52Lk5TS19EQVRBX0RJUiA/IHJlc29sdmUocHJvY2Vzcy5lbnYuTlNLX0RBVEFfRElSKSA6IGpvaW4oUFJPSkVDVF9ST09ULCAnZGF0YScpXG4vKiogVGhlIHNvdXJjZSBkb2N1bWVudHMgc2l0IGJlc2lkZSB0aGUgcHJvamVjdCAoYC4uL3NoYXJlZC9zb3VyY2VzYCksIG9uIENJIGFuZCBvbiB0aGUgdGVhbSdzIG1hY2hpbmVzLiAqL1xuZXhwb3J0IGNvbnN0IFNPVVJDRVNfRElSID0gcHJvY2Vzcy5lbnYuTlNLX1NPVVJDRVNfRElSID8gcmVzb2x2ZShwcm9jZXNzLmVudi5OU0tfU09VUkNFU19ESVIpIDogcmVzb2x2ZShQUk9KRUNUX1JPT1QsICcuLicsICdzaGFyZWQnLCAnc291cmNlcycpXG5cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZE9wdGlvbnMge1xuICBkYXRhRGlyPzogc3RyaW5nXG4gIHNvdXJjZXNEaXI/OiBzdHJpbmdcbiAgLyoqIEZhaWwsIHJhdGhlciB0aGFuIHNraXAsIHdoZW4gdGhlIHNvdXJjZSB0ZXh0cyBhcmUgYWJzZW50IChvbiBDSSkuICovXG4gIHJlcXVpcmVTb3VyY2VzPzogYm9vbGVhblxuICAvKiogSG93IHRoZSBkYXRhIGZvbGRlciBpcyBuYW1lZCBpbiBtZXNzYWdlczsgZGVmYXVsdHMgdG8gaXRzIHBhdGggZnJvbSB0aGUgcHJvamVjdCByb290LiAqL1xuICBsYWJlbD86IHN0cmluZ1xufVxuZXhwb3J0IGludGVyZmFjZSBMb2FkUmVzdWx0IHtcbiAgcGtnOiBEYXRhUGFja2FnZVxuICB0YWJsZXM6IFRhYmxlc1xuICBwcm9ibGVtczogUHJvYmxlbVtdXG4gIC8qKiBXaGV0aGVyIHF1b3RlcyBhbmQgVVJMcyB3ZXJlIGNoZWNrZWQgYWdhaW5zdCB0aGUgc291cmNlIHRleHRzLiAqL1xuICBwcm92ZW5hbmNlOiAnY2hlY2tlZCcgfCAnc2tpcHBlZCdcbn1cblxuLyoqIFJlYWRzLCBjaGVja3MgYW5kIHR5cGVzIHRoZSB3aG9sZSBkYXRhIHBhY2thZ2UuIE5ldmVyIHRocm93cyBmb3IgYmFkIGRhdGE6IGl0IGxpc3RzIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrRGF0YShvcHRpb25zOiBMb2FkT3B0aW9ucyA9IHt9KTogTG9hZFJlc3VsdCB7XG4gIGNvbnN0IGRhdGFEaXIgPSByZXNvbHZlKG9wdGlvbnMuZGF0YURpciA/PyBEQVRBX0RJUilcbiAgY29uc3QgbGFiZWwgPSBvcHRpb25zLmxhYmVsID8/IChyZWxhdGl2ZShQUk9KRUNUX1JPT1QsIGRhdGFEaXIpIHx8ICcuJylcbiAgY29uc3QgZmlsZU9mID0gKG5hbWU6IHN0cmluZykgPT4gYCR7bGFiZWx9LyR7bmFtZX0uY3N2YFxuICBjb25zdCBwcm9ibGVtczogUHJvYmxlbVtdID0gW11cbiAgY29uc3QgcGtnUGF0aCA9IGpvaW4oZGF0YURpciwgJ2RhdGFwYWNrYWdlLmpzb24nKVxuICBsZXQgcGtnOiBEYXRhUGFja2FnZVxuICB0cnkge1xuICAgIHBrZyA9IHJlYWRQYWNrYWdlKHBrZ1BhdGgpXG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBwcm9ibGVtcy5wdXNoKHsgZmlsZTogYCR7bGFiZWx9L2RhdGFwYWNrYWdlLmpzb25gLCBsaW5lOiAxLCBjb2x1bW46ICctJywgbWVzc2FnZTogYGV4cGVjdGVkIGEgcmVhZGFibGUgSlNPTiBkYXRhIHBhY2thZ2UsIGZvdW5kICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCB9KVxuICAgIHJldHVybiB7IHBrZzogeyByZXNvdXJjZXM6IFtdIH0gYXMgdW5rbm93biBhcyBEYXRhUGFja2FnZSwgdGFibGVzOiB7fSBhcyBUYWJsZXMsIHByb2JsZW1zLCBwcm92ZW5hbmNlOiAnc2tpcHBlZCcgfVxuICB9XG4gIGNvbnN0IHRhYmxlcyA9IG5ldyBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPigpXG4gIGZvciAoY29uc3QgcmVzb3VyY2Ugb2YgcGtnLnJlc291cmNlcykge1xuICAgIGNvbnN0IHBhdGggPSBqb2luKGRhdGFEaXIsIHJlc291cmNlLnBhdGgpXG4gICAgY29uc3QgZmlsZSA9IGZpbGVPZihyZXNvdXJjZS5uYW1lKVxuICAgIGlmICghZXhpc3RzU3luYyhwYXRoKSkge1xuICAgICAgcHJvYmxlbXMucHVzaCh7IGZpbGUsIGxpbmU6IDEsIGNvbHVtbjogJy0nLCBtZXNzYWdlOiAnZXhwZWN0ZWQgdGhlIGZpbGUgdGhhdCBkYXRhcGFja2FnZS5qc29uIGxpc3RzLCBmb3VuZCBub25lJyB9KVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgY29uc3QgY3N2ID0gcmVhZENzdihyZWFkRmlsZVN5bmMocGF0aCksIGZpbGUsIHByb2JsZW1zKVxuICAgIGNvbnN0IHJvd3MgPSBjc3YgJiYgY2hlY2tUYWJsZShjc3YsIHJlc291cmNlLCBmaWxlLCBwcm9ibGVtcylcbiAgICBpZiAocm93cykgdGFibGVzLnNldChyZXNvdXJjZS5uYW1lLCByb3dzKVxuICB9XG4gIGNoZWNrS2V5cyhwa2cucmVzb3VyY2VzLCB0YWJsZXMsIGZpbGVPZiwgcHJvYmxlbXMpXG4gIGNoZWNrUnVsZXModGFibGVzLCBmaWxlT2YsIHByb2JsZW1zKVxuXG4gIGNvbnN0IHRleHRzID0gbmV3IFNvdXJjZVRleHRzKG9wdGlvbnMuc291cmNlc0RpciA/PyBTT1VSQ0VTX0RJUilcbiAgbGV0IHByb3ZlbmFuY2U6IExvYWRSZXN1bHRbJ3Byb3ZlbmFuY2UnXSA9ICdza2lwcGVkJ1xuICBpZiAodGV4dHMuYXZhaWxhYmxlKSB7XG4gICAgY2hlY2tQcm92ZW5hbmNlKHRhYmxlcywgdGV4dHMsIGZpbGVPZiwgcHJvYmxlbXMpXG4gICAgcHJvdmVuYW5jZSA9ICdjaGVja2VkJ1xuICB9IGVsc2UgaWYgKG9wdGlvbnMucmVxdWlyZVNvdXJjZXMgPz8gcHJvY2Vzcy5lbnYuQ0kgPT09ICd0cnVlJykge1xuICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiB0ZXh0cy5kaXIsIGxpbmU6IDEsIGNvbHVtbjogJy0nLCBtZXNzYWdlOiAnZXhwZWN0ZWQgdGhlIHNvdXJjZSB0ZXh0cyB0byBjaGVjayBxdW90ZXMgYWdhaW5zdCAoQ0k9dHJ1ZSksIGZvdW5kIG5vIHN1Y2ggZm9sZGVyJyB9KVxuICB9XG4gIHByb2JsZW1zLnNvcnQoKGEsIGIpID0+IGEuZmlsZS5sb2NhbGVDb21wYXJlKGIuZmlsZSkgfHwgYS5saW5lIC0gYi5saW5lKVxuICByZXR1cm4geyBwa2csIHRhYmxlczogT2JqZWN0LmZyb21FbnRyaWVzKHRhYmxlcykgYXMgdW5rbm93biBhcyBUYWJsZXMsIHByb2JsZW1zLCBwcm92ZW5hbmNlIH1cbn1cblxuLyoqIFRoZSBjaGVja2VkIGRhdGEsIHR5cGVkOyB0aHJvd3MgYSBEYXRhRXJyb3IgbmFtaW5nIGV2ZXJ5IHByb2JsZW0uIFVzZWQgYnkgdGhlIGJ1aWxkIGFuZCBzY3JpcHRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWREYXRhKG9wdGlvbnM6IExvYWRPcHRpb25zID0ge30pOiBUYWJsZXMge1xuICBjb25zdCByZXN1bHQgPSBjaGVja0RhdGEob3B0aW9ucylcbiAgaWYgKHJlc3VsdC5wcm9ibGVtcy5sZW5ndGgpIHRocm93IG5ldyBEYXRhRXJyb3IocmVzdWx0LnByb2JsZW1zKVxuICByZXR1cm4gcmVzdWx0LnRhYmxlc1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcHJvYmxlbXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcHJvYmxlbXMudHNcIjsvKiogQSBwcm9ibGVtIGZvdW5kIGluIHRoZSBkYXRhLCBuYW1lZCBieSBwbGFjZTogZmlsZSwgbGluZSwgY29sdW1uLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9ibGVtIHtcbiAgLyoqIFBhdGggYXMgc2hvd24gdG8gdGhlIHVzZXIsIGUuZy4gYGRhdGEvaW5kaWNhdG9ycy5jc3ZgLiAqL1xuICBmaWxlOiBzdHJpbmdcbiAgLyoqIDEtYmFzZWQgbGluZSBpbiB0aGUgZmlsZSB3aGVyZSB0aGUgcmVjb3JkIHN0YXJ0cyAoMSBpcyB0aGUgaGVhZGVyKS4gKi9cbiAgbGluZTogbnVtYmVyXG4gIC8qKiBDb2x1bW4gbmFtZSwgb3IgYC1gIHdoZXJlIHRoZSBwcm9ibGVtIGlzIG5vdCBpbiBvbmUgY29sdW1uLiAqL1xuICBjb2x1bW46IHN0cmluZ1xuICAvKiogXCJleHBlY3RlZCBcdTIwMjYsIGZvdW5kIFx1MjAyNlwiLiAqL1xuICBtZXNzYWdlOiBzdHJpbmdcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFByb2JsZW0ocDogUHJvYmxlbSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtwLmZpbGV9OiR7cC5saW5lfToke3AuY29sdW1ufTogJHtwLm1lc3NhZ2V9YFxufVxuXG4vKiogVGhyb3duIGJ5IGBsb2FkRGF0YWAgc28gdGhhdCBhIGJ1aWxkIHN0b3BzIHdpdGggZXZlcnkgcHJvYmxlbSBsaXN0ZWQsIG5vdCBvbmx5IHRoZSBmaXJzdC4gKi9cbmV4cG9ydCBjbGFzcyBEYXRhRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHByb2JsZW1zOiBQcm9ibGVtW10pIHtcbiAgICBzdXBlcihgJHtwcm9ibGVtcy5sZW5ndGh9IHByb2JsZW0ke3Byb2JsZW1zLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfSBpbiB0aGUgZGF0YTpcXG5gICsgcHJvYmxlbXMubWFwKGZvcm1hdFByb2JsZW0pLmpvaW4oJ1xcbicpKVxuICAgIHRoaXMubmFtZSA9ICdEYXRhRXJyb3InXG4gIH1cbn1cblxuLyoqIFNob3J0ZW5zIGEgZm91bmQgdmFsdWUgZm9yIG1lc3NhZ2VzLCBrZWVwaW5nIGl0IHJlYWRhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNob3duKHZhbHVlOiBzdHJpbmcsIG1heCA9IDYwKTogc3RyaW5nIHtcbiAgY29uc3QgdiA9IHZhbHVlLmxlbmd0aCA+IG1heCA/IHZhbHVlLnNsaWNlKDAsIG1heCAtIDEpICsgJ1x1MjAyNicgOiB2YWx1ZVxuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodilcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLWtleXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2sta2V5cy50c1wiO2ltcG9ydCB0eXBlIHsgUmVzb3VyY2UgfSBmcm9tICcuL3BhY2thZ2Utc2NoZW1hLnRzJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IFR5cGVkUm93IH0gZnJvbSAnLi9jaGVjay10YWJsZS50cydcblxuY29uc3Qga2V5T2YgPSAocm93OiBUeXBlZFJvdywgZmllbGRzOiBzdHJpbmdbXSkgPT4gZmllbGRzLm1hcCgoZikgPT4gU3RyaW5nKHJvd1tmXSA/PyAnJykpLmpvaW4oJ1xcdTAwMDAnKVxuXG4vKiogUHJpbWFyeSBrZXlzIHVuaXF1ZSwgYHVuaXF1ZWAgZmllbGRzIHVuaXF1ZSwgZm9yZWlnbiBrZXlzIHJlc29sdmluZzogYWNyb3NzIGFsbCB0YWJsZXMuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tLZXlzKHJlc291cmNlczogUmVzb3VyY2VbXSwgdGFibGVzOiBNYXA8c3RyaW5nLCBUeXBlZFJvd1tdPiwgZmlsZU9mOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcsIHByb2JsZW1zOiBQcm9ibGVtW10pOiB2b2lkIHtcbiAgZm9yIChjb25zdCByIG9mIHJlc291cmNlcykge1xuICAgIGNvbnN0IHJvd3MgPSB0YWJsZXMuZ2V0KHIubmFtZSlcbiAgICBpZiAoIXJvd3MpIGNvbnRpbnVlXG4gICAgY29uc3QgcGsgPSByLnNjaGVtYS5wcmltYXJ5S2V5XG4gICAgY29uc3QgdW5pcXVlcyA9IFtwaywgLi4uci5zY2hlbWEuZmllbGRzLmZpbHRlcigoZikgPT4gZi5jb25zdHJhaW50cz8udW5pcXVlKS5tYXAoKGYpID0+IFtmLm5hbWVdKV1cbiAgICBmb3IgKGNvbnN0IGZpZWxkcyBvZiB1bmlxdWVzKSB7XG4gICAgICBjb25zdCBmaXJzdCA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KClcbiAgICAgIGZvciAoY29uc3Qgcm93IG9mIHJvd3MpIHtcbiAgICAgICAgaWYgKGZpZWxkcy5zb21lKChmKSA9PiByb3dbZl0gPT09IG51bGwgfHwgcm93W2ZdID09PSB1bmRlZmluZWQpKSBjb250aW51ZVxuICAgICAgICBjb25zdCBrID0ga2V5T2Yocm93LCBmaWVsZHMpXG4gICAgICAgIGNvbnN0IHNlZW4gPSBmaXJzdC5nZXQoaylcbiAgICAgICAgaWYgKHNlZW4gIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIGNvbnN0IGNvbHVtbiA9IGZpZWxkc1tmaWVsZHMubGVuZ3RoIC0gMV0hXG4gICAgICAgICAgY29uc3QgdmFsdWUgPSBmaWVsZHMubWFwKChmKSA9PiBTdHJpbmcocm93W2ZdKSkuam9pbignLCAnKVxuICAgICAgICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiBmaWxlT2Yoci5uYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW4sIG1lc3NhZ2U6IGBleHBlY3RlZCBhIHVuaXF1ZSAke2ZpZWxkcy5qb2luKCcgKyAnKX0sIGZvdW5kICR7c2hvd24odmFsdWUpfSBhZ2FpbiAoZmlyc3Qgb24gbGluZSAke3NlZW59KWAgfSlcbiAgICAgICAgfSBlbHNlIGZpcnN0LnNldChrLCByb3cuX2xpbmUpXG4gICAgICB9XG4gICAgfVxuICAgIGZvciAoY29uc3QgZmsgb2Ygci5zY2hlbWEuZm9yZWlnbktleXMgPz8gW10pIHtcbiAgICAgIGNvbnN0IHRhcmdldCA9IGZrLnJlZmVyZW5jZS5yZXNvdXJjZSA9PT0gJycgPyByLm5hbWUgOiBmay5yZWZlcmVuY2UucmVzb3VyY2VcbiAgICAgIGNvbnN0IHRhcmdldFJvd3MgPSB0YWJsZXMuZ2V0KHRhcmdldClcbiAgICAgIGlmICghdGFyZ2V0Um93cykgY29udGludWVcbiAgICAgIGNvbnN0IGtleXMgPSBuZXcgU2V0KHRhcmdldFJvd3MubWFwKCh0KSA9PiBrZXlPZih0LCBmay5yZWZlcmVuY2UuZmllbGRzKSkpXG4gICAgICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgICAgIGlmIChmay5maWVsZHMuc29tZSgoZikgPT4gcm93W2ZdID09PSBudWxsIHx8IHJvd1tmXSA9PT0gdW5kZWZpbmVkKSkgY29udGludWVcbiAgICAgICAgaWYgKCFrZXlzLmhhcyhrZXlPZihyb3csIGZrLmZpZWxkcykpKSB7XG4gICAgICAgICAgY29uc3QgdmFsdWUgPSBmay5maWVsZHMubWFwKChmKSA9PiBTdHJpbmcocm93W2ZdKSkuam9pbignLCAnKVxuICAgICAgICAgIHByb2JsZW1zLnB1c2goeyBmaWxlOiBmaWxlT2Yoci5uYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW46IGZrLmZpZWxkc1tmay5maWVsZHMubGVuZ3RoIC0gMV0hLCBtZXNzYWdlOiBgZXhwZWN0ZWQgYW4gaWQgb2YgJHt0YXJnZXR9LmNzdiAoJHtmay5yZWZlcmVuY2UuZmllbGRzLmpvaW4oJyArICcpfSksIGZvdW5kICR7c2hvd24odmFsdWUpfWAgfSlcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvc291cmNlLXRleHRzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL3NvdXJjZS10ZXh0cy50c1wiO2ltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJ1xuXG4vKiogRm9sZHMgZXZlcnkgcnVuIG9mIHdoaXRlc3BhY2UgdG8gb25lIHNwYWNlLCBzbyBsaW5lIGJyZWFrcyBpbiBhIHNvdXJjZSBkbyBub3QgbWF0dGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvbGRTcGFjZShzOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gcy5yZXBsYWNlKC9cXHMrL2d1LCAnICcpLnRyaW0oKVxufVxuXG4vKiogVGhlIHNvdXJjZSBkb2N1bWVudHMsIHJlYWQgb25jZSwgZm9sZGVkIGZvciBzZWFyY2hpbmcuICovXG5leHBvcnQgY2xhc3MgU291cmNlVGV4dHMge1xuICBwcml2YXRlIGNhY2hlID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZyB8IG51bGw+KClcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgZGlyOiBzdHJpbmcpIHt9XG5cbiAgZ2V0IGF2YWlsYWJsZSgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gZXhpc3RzU3luYyh0aGlzLmRpcilcbiAgfVxuXG4gIC8qKiBUaGUgZm9sZGVkIHRleHQgb2YgYSBmaWxlLCBvciBudWxsIGlmIGl0IGlzIG1pc3NpbmcuICovXG4gIHRleHQoZmlsZTogc3RyaW5nKTogc3RyaW5nIHwgbnVsbCB7XG4gICAgaWYgKCF0aGlzLmNhY2hlLmhhcyhmaWxlKSkge1xuICAgICAgY29uc3QgcGF0aCA9IGpvaW4odGhpcy5kaXIsIGZpbGUpXG4gICAgICB0aGlzLmNhY2hlLnNldChmaWxlLCBleGlzdHNTeW5jKHBhdGgpID8gZm9sZFNwYWNlKHJlYWRGaWxlU3luYyhwYXRoLCAndXRmOCcpKSA6IG51bGwpXG4gICAgfVxuICAgIHJldHVybiB0aGlzLmNhY2hlLmdldChmaWxlKSA/PyBudWxsXG4gIH1cblxuICAvKiogVGhlIHRleHQgd2l0aCBNYXJrZG93biBlc2NhcGVzIHVuZG9uZSAoYGNvcHlcXF9vZlxcX1x1MjAyNmApLCBmb3IgZmluZGluZyBVUkxzIGFzIGEgYnJvd3NlciBzZWVzIHRoZW0uICovXG4gIHBsYWluVGV4dChmaWxlOiBzdHJpbmcpOiBzdHJpbmcgfCBudWxsIHtcbiAgICByZXR1cm4gdGhpcy50ZXh0KGZpbGUpPy5yZXBsYWNlKC9cXFxcK18vZywgJ18nKSA/PyBudWxsXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXByb3ZlbmFuY2UudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvY2hlY2stcHJvdmVuYW5jZS50c1wiO2ltcG9ydCB7IGZvcm1hdE51bWJlciwgTlVNQkVSX1dPUkRTIH0gZnJvbSAnLi4vZm9ybWF0L2RhbmlzaC50cydcbmltcG9ydCB7IHR5cGUgUHJvYmxlbSwgc2hvd24gfSBmcm9tICcuL3Byb2JsZW1zLnRzJ1xuaW1wb3J0IHR5cGUgeyBUeXBlZFJvdyB9IGZyb20gJy4vY2hlY2stdGFibGUudHMnXG5pbXBvcnQgdHlwZSB7IFNvdXJjZVRleHRzIH0gZnJvbSAnLi9zb3VyY2UtdGV4dHMudHMnXG5pbXBvcnQgeyBmb2xkU3BhY2UgfSBmcm9tICcuL3NvdXJjZS10ZXh0cy50cydcblxuLyoqIENvbHVtbnMgaG9sZGluZyBhIGZpZ3VyZSB0aGF0IG11c3QgYXBwZWFyIGluIHRoZSByb3cncyBvd24gcXVvdGUuICovXG5jb25zdCBGSUdVUkVfQ09MVU1OUzogUmVjb3JkPHN0cmluZywgc3RyaW5nW10+ID0ge1xuICBpbmRpY2F0b3JzOiBbJ3ZhbHVlJywgJ3RhcmdldCcsICdvZl90b3RhbCddLFxuICBmdW5kaW5nOiBbJ2Ftb3VudCddLFxufVxuLyoqIENvbHVtbnMgaG9sZGluZyBhIFVSTCB0aGF0IG11c3QgYXBwZWFyIGluIHRoZSByb3cncyBzb3VyY2UuICovXG5jb25zdCBVUkxfQ09MVU1OUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgbGlua3M6ICd1cmwnLCBvcmdhbmlzYXRpb25zOiAndXJsJywgc291cmNlczogJ3VybCcgfVxuLyoqIFRoZSBPQ1Igb2YgYDAwM2AgcmVhZHMgXHUwMEJEIGFzIFwiJTJcIiAoXCIzJTIgYXJzdmFya1wiKS4gKi9cbmNvbnN0IE9DUl9IQUxGID0gWydcdTAwQkQnLCAnJTInXVxuXG4vKipcbiAqIEV2ZXJ5IHF1b3RlIG9jY3VycyBpbiBpdHMgc291cmNlJ3MgdGV4dCwgZXZlcnkgZmlndXJlIGluIGl0cyBxdW90ZSwgZXZlcnkgVVJMIGluIGl0cyBzb3VyY2UuXG4gKiBOZWVkcyB0aGUgc291cmNlIHRleHRzOyB0aGUgY2FsbGVyIGRlY2lkZXMgd2hhdCB0byBkbyB3aGVuIHRoZXkgYXJlIGFic2VudC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUHJvdmVuYW5jZSh0YWJsZXM6IE1hcDxzdHJpbmcsIFR5cGVkUm93W10+LCB0ZXh0czogU291cmNlVGV4dHMsIGZpbGVPZjogKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogdm9pZCB7XG4gIGNvbnN0IHNvdXJjZUZpbGUgPSBuZXcgTWFwKCh0YWJsZXMuZ2V0KCdzb3VyY2VzJykgPz8gW10pLm1hcCgocykgPT4gW1N0cmluZyhzLnNvdXJjZV9pZCksIFN0cmluZyhzLnRleHRfZmlsZSldKSlcbiAgZm9yIChjb25zdCBbbmFtZSwgcm93c10gb2YgdGFibGVzKSB7XG4gICAgZm9yIChjb25zdCByb3cgb2Ygcm93cykge1xuICAgICAgY29uc3QgYXQgPSAoY29sdW1uOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gcHJvYmxlbXMucHVzaCh7IGZpbGU6IGZpbGVPZihuYW1lKSwgbGluZTogcm93Ll9saW5lLCBjb2x1bW4sIG1lc3NhZ2UgfSlcbiAgICAgIGNvbnN0IHRleHRGaWxlID0gbmFtZSA9PT0gJ3NvdXJjZXMnID8gU3RyaW5nKHJvdy50ZXh0X2ZpbGUpIDogc291cmNlRmlsZS5nZXQoU3RyaW5nKHJvdy5zb3VyY2VfaWQpKVxuICAgICAgaWYgKCF0ZXh0RmlsZSkgY29udGludWUgLy8gYSBkYW5nbGluZyBzb3VyY2VfaWQgaXMgcmVwb3J0ZWQgYnkgdGhlIGtleSBjaGVja1xuICAgICAgY29uc3QgdGV4dCA9IHRleHRzLnRleHQodGV4dEZpbGUpXG4gICAgICBpZiAodGV4dCA9PT0gbnVsbCkge1xuICAgICAgICBhdCgnc291cmNlX2lkJywgYGV4cGVjdGVkIHRoZSBzb3VyY2UgdGV4dCAke3RleHRGaWxlfSBpbiAke3RleHRzLmRpcn0sIGZvdW5kIG5vIHN1Y2ggZmlsZWApXG4gICAgICAgIGNvbnRpbnVlXG4gICAgICB9XG4gICAgICBpZiAodHlwZW9mIHJvdy5xdW90ZSA9PT0gJ3N0cmluZycpIHtcbiAgICAgICAgY29uc3QgcXVvdGUgPSBmb2xkU3BhY2Uocm93LnF1b3RlKVxuICAgICAgICBpZiAoIXRleHQuaW5jbHVkZXMocXVvdGUpKSBhdCgncXVvdGUnLCBgZXhwZWN0ZWQgYSB2ZXJiYXRpbSBwYXNzYWdlIG9mICR7dGV4dEZpbGV9LCBmb3VuZCAke3Nob3duKHF1b3RlKX0sIHdoaWNoIGlzIG5vdCBpbiBpdGApXG4gICAgICAgIGZvciAoY29uc3QgY29sdW1uIG9mIEZJR1VSRV9DT0xVTU5TW25hbWVdID8/IFtdKSB7XG4gICAgICAgICAgY29uc3QgbiA9IHJvd1tjb2x1bW5dXG4gICAgICAgICAgLy8gQSB0YXJnZXQgbWF5IHJlc3Qgb24gaXRzIG93biBwYXNzYWdlICh0YXJnZXRfcXVvdGUpOyBldmVyeSBvdGhlciBmaWd1cmUgb24gdGhlIHF1b3RlLlxuICAgICAgICAgIGNvbnN0IG93biA9IGNvbHVtbiA9PT0gJ3RhcmdldCcgJiYgdHlwZW9mIHJvdy50YXJnZXRfcXVvdGUgPT09ICdzdHJpbmcnID8gZm9sZFNwYWNlKHJvdy50YXJnZXRfcXVvdGUpIDogcXVvdGVcbiAgICAgICAgICBjb25zdCB3aGVyZSA9IG93biA9PT0gcXVvdGUgPyAncXVvdGUnIDogJ3RhcmdldF9xdW90ZSdcbiAgICAgICAgICBpZiAodHlwZW9mIG4gIT09ICdudW1iZXInKSBjb250aW51ZVxuICAgICAgICAgIGlmIChjb2x1bW4gPT09ICd2YWx1ZScgJiYgcm93LnZhbHVlX3F1YWxpZmllciA9PT0gJ2NvdW50ZWQnKSB7XG4gICAgICAgICAgICBjb25zdCBpdGVtcyA9IGxpc3RJdGVtcyhxdW90ZSlcbiAgICAgICAgICAgIGlmIChpdGVtcy5sZW5ndGggIT09IG4pIGF0KGNvbHVtbiwgYGV4cGVjdGVkIHRoZSBudW1iZXIgb2YgaXRlbXMgdGhlIHF1b3RlIGxpc3RzICgke2l0ZW1zLmxlbmd0aH06ICR7aXRlbXMuam9pbignIHwgJyl9KSwgZm91bmQgJHtmb3JtYXROdW1iZXIobil9YClcbiAgICAgICAgICB9IGVsc2UgaWYgKCFxdW90ZUhhc0ZpZ3VyZShvd24sIG4pKSBhdChjb2x1bW4sIGBleHBlY3RlZCB0aGUgZmlndXJlIHRvIGFwcGVhciBpbiB0aGUgJHt3aGVyZX0sIGZvdW5kICR7Zm9ybWF0TnVtYmVyKG4pfSBub3QgaW4gJHtzaG93bihvd24pfWApXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2Ygcm93LnRhcmdldF9xdW90ZSA9PT0gJ3N0cmluZycgJiYgIXRleHQuaW5jbHVkZXMoZm9sZFNwYWNlKHJvdy50YXJnZXRfcXVvdGUpKSkge1xuICAgICAgICBhdCgndGFyZ2V0X3F1b3RlJywgYGV4cGVjdGVkIGEgdmVyYmF0aW0gcGFzc2FnZSBvZiAke3RleHRGaWxlfSwgZm91bmQgJHtzaG93bihmb2xkU3BhY2Uocm93LnRhcmdldF9xdW90ZSkpfSwgd2hpY2ggaXMgbm90IGluIGl0YClcbiAgICAgIH1cbiAgICAgIGNvbnN0IHVybENvbHVtbiA9IFVSTF9DT0xVTU5TW25hbWVdXG4gICAgICBjb25zdCB1cmwgPSB1cmxDb2x1bW4gPyByb3dbdXJsQ29sdW1uXSA6IG51bGxcbiAgICAgIGlmICh0eXBlb2YgdXJsID09PSAnc3RyaW5nJykge1xuICAgICAgICBjb25zdCBwbGFjZXMgPSBuYW1lID09PSAnc291cmNlcycgPyBbdGV4dEZpbGUsICdzdXBwbGVtZW50YXJ5Lm1kJ10gOiBbdGV4dEZpbGVdXG4gICAgICAgIGlmICghcGxhY2VzLnNvbWUoKGYpID0+IHRleHRzLnBsYWluVGV4dChmKT8uaW5jbHVkZXModXJsKSkpIGF0KHVybENvbHVtbiEsIGBleHBlY3RlZCBhIFVSTCB0aGF0ICR7cGxhY2VzLmpvaW4oJyBvciAnKX0gZ2l2ZXMsIGZvdW5kICR7c2hvd24odXJsKX1gKVxuICAgICAgfVxuICAgIH1cbiAgfVxufVxuXG4vKiogVHJ1ZSBpZiB0aGUgcXVvdGUgd3JpdGVzIG4gaW4gRGFuaXNoOiBcIjIuMDAwXCIsIFwiMjAwMFwiLCBcIjczLDRcIiwgXCIzXHUwMEJEXCIgb3IgYSBudW1iZXIgd29yZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdW90ZUhhc0ZpZ3VyZShxdW90ZTogc3RyaW5nLCBuOiBudW1iZXIpOiBib29sZWFuIHtcbiAgY29uc3QgZm9ybXMgPSBuZXcgU2V0KFtmb3JtYXROdW1iZXIobiksIFN0cmluZyhuKSwgU3RyaW5nKG4pLnJlcGxhY2UoJy4nLCAnLCcpXSlcbiAgaWYgKG4gJSAxID09PSAwLjUpIGZvciAoY29uc3QgaGFsZiBvZiBPQ1JfSEFMRikgZm9ybXMuYWRkKGAke01hdGguZmxvb3Iobil9JHtoYWxmfWApXG4gIGZvciAoY29uc3QgZm9ybSBvZiBmb3Jtcykge1xuICAgIGNvbnN0IGVzY2FwZWQgPSBmb3JtLnJlcGxhY2UoL1suKis/XiR7fSgpfFtcXF1cXFxcXS9nLCAnXFxcXCQmJylcbiAgICBpZiAobmV3IFJlZ0V4cChgKD88IVswLTkuLF0pJHtlc2NhcGVkfSg/IVswLTldfFsuLF1bMC05XSlgLCAndScpLnRlc3QocXVvdGUpKSByZXR1cm4gdHJ1ZVxuICB9XG4gIGNvbnN0IHdvcmRzID0gTlVNQkVSX1dPUkRTW25dID8/IFtdXG4gIHJldHVybiB3b3Jkcy5zb21lKCh3KSA9PiBuZXcgUmVnRXhwKGAoPzwhW1xcXFxwe0x9XSkke3d9KD8hW1xcXFxwe0x9XSlgLCAnaXUnKS50ZXN0KHF1b3RlKSlcbn1cblxuLyoqIFRoZSBpdGVtcyBvZiBhIERhbmlzaCBlbnVtZXJhdGlvbjogXCJkYW5zaywgZW5nZWxzaywgYXJhYmlzayBvZyB1cmR1XCIgXHUyMTkyIDQgaXRlbXMuICovXG5leHBvcnQgZnVuY3Rpb24gbGlzdEl0ZW1zKHF1b3RlOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIHJldHVybiBxdW90ZVxuICAgIC5yZXBsYWNlKC9bLjo7XSskL3UsICcnKVxuICAgIC5zcGxpdCgvLFxccyp8XFxzKyg/Om9nfHNhbXQpXFxzKy91KVxuICAgIC5tYXAoKHMpID0+IHMudHJpbSgpKVxuICAgIC5maWx0ZXIoQm9vbGVhbilcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXRhYmxlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL21haW4vc2NyaXB0cy9kYXRhL2NoZWNrLXRhYmxlLnRzXCI7aW1wb3J0IHR5cGUgeyBGaWVsZCwgUmVzb3VyY2UgfSBmcm9tICcuL3BhY2thZ2Utc2NoZW1hLnRzJ1xuaW1wb3J0IHsgdHlwZSBQcm9ibGVtLCBzaG93biB9IGZyb20gJy4vcHJvYmxlbXMudHMnXG5pbXBvcnQgdHlwZSB7IENzdlRhYmxlIH0gZnJvbSAnLi9yZWFkLWNzdi50cydcblxuLyoqIEEgY2VsbCdzIHZhbHVlOiBudWxsIGZvciBhbiBlbXB0eSBjZWxsLCB1bmRlZmluZWQgZm9yIGFuIGludmFsaWQgb25lIChhbHJlYWR5IHJlcG9ydGVkKS4gKi9cbmV4cG9ydCB0eXBlIENlbGwgPSBzdHJpbmcgfCBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkXG5leHBvcnQgaW50ZXJmYWNlIFR5cGVkUm93IHtcbiAgLyoqIExpbmUgaW4gdGhlIENTViBmaWxlLCBmb3IgbWVzc2FnZXMgZnJvbSBsYXRlciBjaGVja3MuICovXG4gIF9saW5lOiBudW1iZXJcbiAgW2NvbHVtbjogc3RyaW5nXTogQ2VsbFxufVxuXG5jb25zdCBJTlRFR0VSID0gL14tPygwfFsxLTldWzAtOV0qKSQvXG4vLyBDYW5vbmljYWwgZGVjaW1hbHMgb25seTogcmVqZWN0cyBEYW5pc2ggXCIyLjAwMFwiIC8gXCIyLDhcIiBhbmQgcGFkZGVkIFwiNzMuNDBcIiBhbGlrZS5cbmNvbnN0IE5VTUJFUiA9IC9eLT8oMHxbMS05XVswLTldKikoXFwuWzAtOV0qWzEtOV0pPyQvXG5cbi8qKiBIdW1hbiB3b3JkcyBmb3IgdGhlIHNjaGVtYSdzIHBhdHRlcm5zLCBzbyBtZXNzYWdlcyBzYXkgd2hhdCBpcyBleHBlY3RlZC4gKi9cbmNvbnN0IFBBVFRFUk5fTkFNRVM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICdeW2EtejAtOV0rKC1bYS16MC05XSspKiQnOiAnYW4gaWQgb2YgbG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIHNpbmdsZSBoeXBoZW5zJyxcbiAgJ15bMC05XXs0fSgtKDBbMS05XXwxWzAtMl0pKC0oMFsxLTldfFsxMl1bMC05XXwzWzAxXSkpPyk/JCc6ICdhbiBJU08gZGF0ZSAoWVlZWS1NTS1ERCwgWVlZWS1NTSBvciBZWVlZKScsXG4gICdeaHR0cHM6Ly9bXlxcXFxzXSskJzogJ2FuIGh0dHBzOiBVUkwnLFxuICAnXlswLTldezR9JCc6ICdhIGZvdXItZGlnaXQgY29kZScsXG59XG5cbi8qKiBDaGVja3MgaGVhZGVyIGFuZCBjZWxscyBvZiBvbmUgdGFibGUgYWdhaW5zdCBpdHMgc2NoZW1hOyByZXR1cm5zIHRoZSByb3dzIHR5cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrVGFibGUodGFibGU6IENzdlRhYmxlLCByZXNvdXJjZTogUmVzb3VyY2UsIGZpbGU6IHN0cmluZywgcHJvYmxlbXM6IFByb2JsZW1bXSk6IFR5cGVkUm93W10gfCBudWxsIHtcbiAgY29uc3QgYXQgPSAobGluZTogbnVtYmVyLCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZSwgbGluZSwgY29sdW1uLCBtZXNzYWdlIH0pXG4gIGNvbnN0IGZpZWxkcyA9IHJlc291cmNlLnNjaGVtYS5maWVsZHNcbiAgY29uc3QgYmVmb3JlID0gcHJvYmxlbXMubGVuZ3RoXG4gIGNoZWNrSGVhZGVyKHRhYmxlLmhlYWRlciwgZmllbGRzLm1hcCgoZikgPT4gZi5uYW1lKSwgKGNvbHVtbiwgbWVzc2FnZSkgPT4gYXQoMSwgY29sdW1uLCBtZXNzYWdlKSlcbiAgY29uc3QgaGVhZGVyT2sgPSBwcm9ibGVtcy5sZW5ndGggPT09IGJlZm9yZVxuICBjb25zdCBpbmRleCA9IG5ldyBNYXAodGFibGUuaGVhZGVyLm1hcCgoaCwgaSkgPT4gW2gsIGldKSlcbiAgY29uc3Qgcm93czogVHlwZWRSb3dbXSA9IFtdXG4gIGZvciAoY29uc3QgcmVjb3JkIG9mIHRhYmxlLnJlY29yZHMpIHtcbiAgICBpZiAocmVjb3JkLmNlbGxzLmxlbmd0aCAhPT0gdGFibGUuaGVhZGVyLmxlbmd0aCkge1xuICAgICAgLy8gQ2VsbHMgb2YgYSBzaG9ydCBvciBsb25nIHJlY29yZCBhcmUgbWlzYWxpZ25lZDsgY2hlY2tpbmcgdGhlbSB3b3VsZCBvbmx5IGFkZCBub2lzZS5cbiAgICAgIGNvbnN0IG4gPSByZWNvcmQuY2VsbHMubGVuZ3RoXG4gICAgICBjb25zdCBjb2x1bW4gPSBuIDwgdGFibGUuaGVhZGVyLmxlbmd0aCA/IHRhYmxlLmhlYWRlcltuXSEgOiAnLSdcbiAgICAgIGF0KHJlY29yZC5saW5lLCBjb2x1bW4sIGBleHBlY3RlZCAke3RhYmxlLmhlYWRlci5sZW5ndGh9IGNlbGxzLCBmb3VuZCAke259YClcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGNvbnN0IHJvdzogVHlwZWRSb3cgPSB7IF9saW5lOiByZWNvcmQubGluZSB9XG4gICAgZm9yIChjb25zdCBmaWVsZCBvZiBmaWVsZHMpIHtcbiAgICAgIGNvbnN0IGkgPSBpbmRleC5nZXQoZmllbGQubmFtZSlcbiAgICAgIGlmIChpID09PSB1bmRlZmluZWQpIGNvbnRpbnVlXG4gICAgICByb3dbZmllbGQubmFtZV0gPSBjaGVja0NlbGwocmVjb3JkLmNlbGxzW2ldID8/ICcnLCBmaWVsZCwgKG1lc3NhZ2UpID0+IGF0KHJlY29yZC5saW5lLCBmaWVsZC5uYW1lLCBtZXNzYWdlKSlcbiAgICB9XG4gICAgcm93cy5wdXNoKHJvdylcbiAgfVxuICAvLyBBIHRhYmxlIHdpdGggYSBicm9rZW4gaGVhZGVyIGlzIHJlcG9ydGVkIGFzIHN1Y2g7IGtleXMgYW5kIHJ1bGVzIGFjcm9zcyB0YWJsZXMgc2tpcCBpdC5cbiAgcmV0dXJuIGhlYWRlck9rID8gcm93cyA6IG51bGxcbn1cblxuZnVuY3Rpb24gY2hlY2tIZWFkZXIoZm91bmQ6IHN0cmluZ1tdLCBleHBlY3RlZDogc3RyaW5nW10sIHJlcG9ydDogKGNvbHVtbjogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWQpOiB2b2lkIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpXG4gIGZvciAoY29uc3QgaCBvZiBmb3VuZCkge1xuICAgIGlmIChzZWVuLmhhcyhoKSkgcmVwb3J0KGgsIGBleHBlY3RlZCBlYWNoIGNvbHVtbiBvbmNlLCBmb3VuZCAke3Nob3duKGgpfSB0d2ljZWApXG4gICAgc2Vlbi5hZGQoaClcbiAgfVxuICBjb25zdCBtaXNzaW5nID0gZXhwZWN0ZWQuZmlsdGVyKChlKSA9PiAhZm91bmQuaW5jbHVkZXMoZSkpXG4gIGNvbnN0IGV4dHJhID0gZm91bmQuZmlsdGVyKChoKSA9PiAhZXhwZWN0ZWQuaW5jbHVkZXMoaCkpXG4gIGNvbnN0IHNhbWVTZXQgPSAhbWlzc2luZy5sZW5ndGggJiYgIWV4dHJhLmxlbmd0aFxuICAvLyBBIG1pc3NpbmcgYW5kIGFuIGV4dHJhIGNvbHVtbiBhdCB0aGUgc2FtZSBwb3NpdGlvbiByZWFkIGFzIGEgcmVuYW1lLlxuICBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWF4KGZvdW5kLmxlbmd0aCwgZXhwZWN0ZWQubGVuZ3RoKTsgaSsrKSB7XG4gICAgY29uc3QgZiA9IGZvdW5kW2ldXG4gICAgY29uc3QgZSA9IGV4cGVjdGVkW2ldXG4gICAgaWYgKGYgIT09IHVuZGVmaW5lZCAmJiBlICE9PSB1bmRlZmluZWQgJiYgbWlzc2luZy5pbmNsdWRlcyhlKSAmJiBleHRyYS5pbmNsdWRlcyhmKSkge1xuICAgICAgcmVwb3J0KGUsIGBleHBlY3RlZCBjb2x1bW4gJHtzaG93bihlKX0sIGZvdW5kICR7c2hvd24oZil9YClcbiAgICAgIG1pc3Npbmcuc3BsaWNlKG1pc3NpbmcuaW5kZXhPZihlKSwgMSlcbiAgICAgIGV4dHJhLnNwbGljZShleHRyYS5pbmRleE9mKGYpLCAxKVxuICAgIH1cbiAgfVxuICBmb3IgKGNvbnN0IG0gb2YgbWlzc2luZykgcmVwb3J0KG0sIGBleHBlY3RlZCBjb2x1bW4gJHtzaG93bihtKX0sIGZvdW5kIG5vIHN1Y2ggY29sdW1uYClcbiAgZm9yIChjb25zdCB4IG9mIGV4dHJhKSByZXBvcnQoeCwgYGV4cGVjdGVkIG9ubHkgdGhlIGNvbHVtbnMgb2YgZGF0YXBhY2thZ2UuanNvbiwgZm91bmQgYW4gZXh0cmEgY29sdW1uICR7c2hvd24oeCl9YClcbiAgaWYgKHNhbWVTZXQpIHtcbiAgICBjb25zdCBpID0gZm91bmQuZmluZEluZGV4KChoLCBrKSA9PiBoICE9PSBleHBlY3RlZFtrXSlcbiAgICBpZiAoaSA+PSAwKSByZXBvcnQoZm91bmRbaV0hLCBgZXhwZWN0ZWQgY29sdW1uICR7c2hvd24oZXhwZWN0ZWRbaV0hKX0gYXQgcG9zaXRpb24gJHtpICsgMX0sIGZvdW5kICR7c2hvd24oZm91bmRbaV0hKX0gKGNvbHVtbnMgb3V0IG9mIG9yZGVyKWApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tDZWxsKHJhdzogc3RyaW5nLCBmaWVsZDogRmllbGQsIHJlcG9ydDogKG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZCk6IENlbGwge1xuICBjb25zdCBjID0gZmllbGQuY29uc3RyYWludHMgPz8ge31cbiAgaWYgKHJhdy5pbmNsdWRlcygnXFx1RkZGRCcpKSByZXR1cm4gdW5kZWZpbmVkIC8vIGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtODogcmVwb3J0ZWQgYnkgcmVhZENzdlxuICBpZiAocmF3ID09PSAnJykge1xuICAgIGlmIChjLnJlcXVpcmVkKSByZXBvcnQoJ2V4cGVjdGVkIGEgdmFsdWUsIGZvdW5kIGFuIGVtcHR5IGNlbGwnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgaWYgKHJhdyAhPT0gcmF3LnRyaW0oKSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgbm8gbGVhZGluZyBvciB0cmFpbGluZyBzcGFjZXMsIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoZmllbGQudHlwZSA9PT0gJ2ludGVnZXInIHx8IGZpZWxkLnR5cGUgPT09ICdudW1iZXInKSB7XG4gICAgY29uc3Qgb2sgPSAoZmllbGQudHlwZSA9PT0gJ2ludGVnZXInID8gSU5URUdFUiA6IE5VTUJFUikudGVzdChyYXcpXG4gICAgaWYgKCFvaykge1xuICAgICAgcmVwb3J0KGBleHBlY3RlZCAke2ZpZWxkLnR5cGUgPT09ICdpbnRlZ2VyJyA/ICdhbiBpbnRlZ2VyJyA6ICdhIG51bWJlcid9LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICAgIHJldHVybiB1bmRlZmluZWRcbiAgICB9XG4gICAgY29uc3QgbiA9IE51bWJlcihyYXcpXG4gICAgaWYgKGMubWluaW11bSAhPT0gdW5kZWZpbmVkICYmIG4gPCBjLm1pbmltdW0pIHJlcG9ydChgZXhwZWN0ZWQgYSBudW1iZXIgXHUyMjY1ICR7Yy5taW5pbXVtfSwgZm91bmQgJHtzaG93bihyYXcpfWApXG4gICAgZWxzZSBpZiAoYy5tYXhpbXVtICE9PSB1bmRlZmluZWQgJiYgbiA+IGMubWF4aW11bSkgcmVwb3J0KGBleHBlY3RlZCBhIG51bWJlciBcdTIyNjQgJHtjLm1heGltdW19LCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICBlbHNlIHJldHVybiBuXG4gICAgcmV0dXJuIHVuZGVmaW5lZFxuICB9XG4gIGlmIChjLmVudW0gJiYgIWMuZW51bS5pbmNsdWRlcyhyYXcpKSB7XG4gICAgcmVwb3J0KGBleHBlY3RlZCBvbmUgb2YgJHtjLmVudW0uam9pbignLCAnKX0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoYy5wYXR0ZXJuICYmICFuZXcgUmVnRXhwKGMucGF0dGVybiwgJ3UnKS50ZXN0KHJhdykpIHtcbiAgICByZXBvcnQoYGV4cGVjdGVkICR7UEFUVEVSTl9OQU1FU1tjLnBhdHRlcm5dID8/IGB0ZXh0IG1hdGNoaW5nIC8ke2MucGF0dGVybn0vYH0sIGZvdW5kICR7c2hvd24ocmF3KX1gKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoYy5wYXR0ZXJuICYmIFBBVFRFUk5fTkFNRVNbYy5wYXR0ZXJuXT8uc3RhcnRzV2l0aCgnYW4gSVNPIGRhdGUnKSAmJiAhaXNDYWxlbmRhckRhdGUocmF3KSkge1xuICAgIHJlcG9ydChgZXhwZWN0ZWQgYSBkYXRlIHRoYXQgZXhpc3RzLCBmb3VuZCAke3Nob3duKHJhdyl9YClcbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbiAgcmV0dXJuIHJhd1xufVxuXG5mdW5jdGlvbiBpc0NhbGVuZGFyRGF0ZShpc286IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCBbeSwgbSwgZF0gPSBpc28uc3BsaXQoJy0nKS5tYXAoTnVtYmVyKVxuICBpZiAoZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdHJ1ZVxuICBjb25zdCBkYXRlID0gbmV3IERhdGUoRGF0ZS5VVEMoeSEsIG0hIC0gMSwgZCkpXG4gIHJldHVybiBkYXRlLmdldFVUQ01vbnRoKCkgPT09IG0hIC0gMSAmJiBkYXRlLmdldFVUQ0RhdGUoKSA9PT0gZFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcGFja2FnZS1zY2hlbWEudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcGFja2FnZS1zY2hlbWEudHNcIjtpbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuXG4vKiogVGhlIHBhcnRzIG9mIGEgRnJpY3Rpb25sZXNzIFRhYmxlIFNjaGVtYSB0aGF0IHRoaXMgcHJvamVjdCB1c2VzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBGaWVsZENvbnN0cmFpbnRzIHtcbiAgcmVxdWlyZWQ/OiBib29sZWFuXG4gIHVuaXF1ZT86IGJvb2xlYW5cbiAgcGF0dGVybj86IHN0cmluZ1xuICBlbnVtPzogc3RyaW5nW11cbiAgbWluaW11bT86IG51bWJlclxuICBtYXhpbXVtPzogbnVtYmVyXG59XG5leHBvcnQgaW50ZXJmYWNlIEZpZWxkIHtcbiAgbmFtZTogc3RyaW5nXG4gIHR5cGU6ICdzdHJpbmcnIHwgJ2ludGVnZXInIHwgJ251bWJlcidcbiAgZm9ybWF0Pzogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgY29uc3RyYWludHM/OiBGaWVsZENvbnN0cmFpbnRzXG59XG5leHBvcnQgaW50ZXJmYWNlIEZvcmVpZ25LZXkge1xuICBmaWVsZHM6IHN0cmluZ1tdXG4gIC8qKiBgcmVzb3VyY2U6IFwiXCJgIHJlZmVycyB0byB0aGUgc2FtZSB0YWJsZSAoRnJpY3Rpb25sZXNzIGNvbnZlbnRpb24pLiAqL1xuICByZWZlcmVuY2U6IHsgcmVzb3VyY2U6IHN0cmluZzsgZmllbGRzOiBzdHJpbmdbXSB9XG59XG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlIHtcbiAgbmFtZTogc3RyaW5nXG4gIHBhdGg6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgLy8gRnJpY3Rpb25sZXNzIGFsbG93cyBubyBlbXB0eSBmb3JlaWduS2V5cyBsaXN0OiBhIHRhYmxlIHdpdGhvdXQgcmVmZXJlbmNlcyBsZWF2ZXMgaXQgb3V0LlxuICBzY2hlbWE6IHsgZmllbGRzOiBGaWVsZFtdOyBwcmltYXJ5S2V5OiBzdHJpbmdbXTsgZm9yZWlnbktleXM/OiBGb3JlaWduS2V5W107IG1pc3NpbmdWYWx1ZXM6IHN0cmluZ1tdIH1cbn1cbmV4cG9ydCBpbnRlcmZhY2UgRGF0YVBhY2thZ2Uge1xuICBuYW1lOiBzdHJpbmdcbiAgdGl0bGU6IHN0cmluZ1xuICBkZXNjcmlwdGlvbjogc3RyaW5nXG4gIHZlcnNpb246IHN0cmluZ1xuICBsaWNlbnNlczogeyBuYW1lOiBzdHJpbmc7IHBhdGg6IHN0cmluZzsgdGl0bGU6IHN0cmluZyB9W11cbiAgcmVzb3VyY2VzOiBSZXNvdXJjZVtdXG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWFkUGFja2FnZShwYXRoOiBzdHJpbmcpOiBEYXRhUGFja2FnZSB7XG4gIHJldHVybiBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhwYXRoLCAndXRmOCcpKSBhcyBEYXRhUGFja2FnZVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay9tYWluL3NjcmlwdHMvZGF0YVwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcmVhZC1jc3YudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvbWFpbi9zY3JpcHRzL2RhdGEvcmVhZC1jc3YudHNcIjtpbXBvcnQgUGFwYSBmcm9tICdwYXBhcGFyc2UnXG5pbXBvcnQgeyB0eXBlIFByb2JsZW0sIHNob3duIH0gZnJvbSAnLi9wcm9ibGVtcy50cydcblxuZXhwb3J0IGludGVyZmFjZSBDc3ZSZWNvcmQge1xuICAvKiogMS1iYXNlZCBsaW5lIHdoZXJlIHRoZSByZWNvcmQgc3RhcnRzLiAqL1xuICBsaW5lOiBudW1iZXJcbiAgY2VsbHM6IHN0cmluZ1tdXG59XG5leHBvcnQgaW50ZXJmYWNlIENzdlRhYmxlIHtcbiAgaGVhZGVyOiBzdHJpbmdbXVxuICByZWNvcmRzOiBDc3ZSZWNvcmRbXVxufVxuXG4vKipcbiAqIFJlYWRzIG9uZSBDU1YgZmlsZSdzIGJ5dGVzIGludG8gaGVhZGVyIGFuZCByZWNvcmRzLCByZXBvcnRpbmcgZXZlcnkgd2F5IHRoZSBieXRlcyBicmVhayB0aGVcbiAqIHByb2plY3QncyBDU1YgZGlhbGVjdCAoVVRGLTggd2l0aG91dCBCT00sIExGLCBjb21tYSwgUkZDIDQxODAgcXVvdGluZykuIFJlY29yZHMgY29tZSBiYWNrIGV2ZW5cbiAqIHdoZW4gdGhlcmUgYXJlIHByb2JsZW1zLCBzbyB0aGUgY2FsbGVyIGNhbiBnbyBvbiBhbmQgcmVwb3J0IGNlbGwgcHJvYmxlbXMgdG9vLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZENzdihieXRlczogVWludDhBcnJheSwgZmlsZTogc3RyaW5nLCBwcm9ibGVtczogUHJvYmxlbVtdKTogQ3N2VGFibGUgfCBudWxsIHtcbiAgY29uc3QgYXQgPSAobGluZTogbnVtYmVyLCBjb2x1bW46IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBwcm9ibGVtcy5wdXNoKHsgZmlsZSwgbGluZSwgY29sdW1uLCBtZXNzYWdlIH0pXG4gIGlmIChieXRlcy5sZW5ndGggPT09IDApIHtcbiAgICBhdCgxLCAnLScsICdleHBlY3RlZCBhIGhlYWRlciByb3csIGZvdW5kIGFuIGVtcHR5IGZpbGUnKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgLy8gaWdub3JlQk9NIGtlZXBzIGEgQk9NIGluIHRoZSB0ZXh0LCBzbyB0aGF0IGl0IGNhbiBiZSByZXBvcnRlZCByYXRoZXIgdGhhbiBzaWxlbnRseSBkcm9wcGVkLlxuICBsZXQgdGV4dCA9IG5ldyBUZXh0RGVjb2RlcigndXRmLTgnLCB7IGZhdGFsOiBmYWxzZSwgaWdub3JlQk9NOiB0cnVlIH0pLmRlY29kZShieXRlcylcbiAgaWYgKHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgVVRGLTggd2l0aG91dCBhIGJ5dGUtb3JkZXIgbWFyaywgZm91bmQgYSBCT00nKVxuICAgIHRleHQgPSB0ZXh0LnNsaWNlKDEpXG4gIH1cbiAgY29uc3QgY3JsZiA9IHRleHQuaW5kZXhPZignXFxyJylcbiAgaWYgKGNybGYgPj0gMCkge1xuICAgIGF0KGxpbmVPZih0ZXh0LCBjcmxmKSwgJy0nLCAnZXhwZWN0ZWQgTEYgbGluZSBlbmRpbmdzLCBmb3VuZCBDUiAoQ1JMRiknKVxuICAgIHRleHQgPSB0ZXh0LnJlcGxhY2UoL1xcclxcbj8vZywgJ1xcbicpXG4gIH1cbiAgaWYgKHRleHQudHJpbSgpID09PSAnJykge1xuICAgIGF0KDEsICctJywgJ2V4cGVjdGVkIGEgaGVhZGVyIHJvdywgZm91bmQgYW4gZW1wdHkgZmlsZScpXG4gICAgcmV0dXJuIG51bGxcbiAgfVxuICBpZiAoIXNjYW5RdW90ZXModGV4dCwgKGxpbmUsIGZpZWxkLCBtZXNzYWdlKSA9PiBhdChsaW5lLCBgIyR7ZmllbGR9YCwgbWVzc2FnZSkpKSB7XG4gICAgLy8gU3RydWN0dXJlIGlzIGJyb2tlbjsgcGFwYXBhcnNlIHdvdWxkIGd1ZXNzLiBOYW1lIGNvbHVtbnMgd2hlcmUgdGhlIGhlYWRlciBhbGxvd3MuXG4gICAgcmVuYW1lRmllbGRSZWZzKHByb2JsZW1zLCB0ZXh0LCBmaWxlKVxuICAgIHJldHVybiBudWxsXG4gIH1cbiAgY29uc3Qgcm93czogQ3N2UmVjb3JkW10gPSBbXVxuICBsZXQgc3RhcnQgPSAwXG4gIFBhcGEucGFyc2U8c3RyaW5nW10+KHRleHQsIHtcbiAgICBkZWxpbWl0ZXI6ICcsJyxcbiAgICBuZXdsaW5lOiAnXFxuJyxcbiAgICBxdW90ZUNoYXI6ICdcIicsXG4gICAgc2tpcEVtcHR5TGluZXM6IGZhbHNlLFxuICAgIHN0ZXA6IChyZXN1bHQpID0+IHtcbiAgICAgIGNvbnN0IGN1cnNvciA9IHJlc3VsdC5tZXRhLmN1cnNvclxuICAgICAgcm93cy5wdXNoKHsgbGluZTogbGluZU9mKHRleHQsIHN0YXJ0KSwgY2VsbHM6IHJlc3VsdC5kYXRhIH0pXG4gICAgICBzdGFydCA9IGN1cnNvciArIDFcbiAgICB9LFxuICB9KVxuICAvLyBBIGZpbmFsIG5ld2xpbmUgeWllbGRzIG9uZSBlbXB0eSByZWNvcmQ7IGJsYW5rIGxpbmVzIGVsc2V3aGVyZSBhcmUgcHJvYmxlbXMuXG4gIGlmIChyb3dzLmxlbmd0aCAmJiBpc0JsYW5rKHJvd3Nbcm93cy5sZW5ndGggLSAxXSEuY2VsbHMpKSByb3dzLnBvcCgpXG4gIGNvbnN0IFtoZWFkLCAuLi5yZWNvcmRzXSA9IHJvd3NcbiAgaWYgKCFoZWFkKSB7XG4gICAgYXQoMSwgJy0nLCAnZXhwZWN0ZWQgYSBoZWFkZXIgcm93LCBmb3VuZCBhbiBlbXB0eSBmaWxlJylcbiAgICByZXR1cm4gbnVsbFxuICB9XG4gIGNvbnN0IGhlYWRlciA9IGhlYWQuY2VsbHNcbiAgZm9yIChjb25zdCByIG9mIHJlY29yZHMpIHtcbiAgICBpZiAoaXNCbGFuayhyLmNlbGxzKSkgYXQoci5saW5lLCAnLScsICdleHBlY3RlZCBhIHJlY29yZCwgZm91bmQgYW4gZW1wdHkgbGluZScpXG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCByLmNlbGxzLmxlbmd0aDsgaSsrKSB7XG4gICAgICBpZiAoci5jZWxsc1tpXSEuaW5jbHVkZXMoJ1xcdUZGRkQnKSkgYXQoci5saW5lLCBoZWFkZXJbaV0gPz8gYCMke2kgKyAxfWAsIGBleHBlY3RlZCBVVEYtOCB0ZXh0LCBmb3VuZCBieXRlcyB0aGF0IGFyZSBub3QgVVRGLTggaW4gJHtzaG93bihyLmNlbGxzW2ldISl9YClcbiAgICB9XG4gIH1cbiAgaGVhZGVyLmZvckVhY2goKGgsIGkpID0+IHtcbiAgICBpZiAoaC5pbmNsdWRlcygnXFx1RkZGRCcpKSBhdCgxLCBgIyR7aSArIDF9YCwgYGV4cGVjdGVkIFVURi04IHRleHQsIGZvdW5kIGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtOCBpbiAke3Nob3duKGgpfWApXG4gIH0pXG4gIHJldHVybiB7IGhlYWRlciwgcmVjb3JkczogcmVjb3Jkcy5maWx0ZXIoKHIpID0+ICFpc0JsYW5rKHIuY2VsbHMpKSB9XG59XG5cbmZ1bmN0aW9uIGlzQmxhbmsoY2VsbHM6IHN0cmluZ1tdKTogYm9vbGVhbiB7XG4gIHJldHVybiBjZWxscy5sZW5ndGggPT09IDEgJiYgY2VsbHNbMF0gPT09ICcnXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBsaW5lT2YodGV4dDogc3RyaW5nLCBpbmRleDogbnVtYmVyKTogbnVtYmVyIHtcbiAgbGV0IGxpbmUgPSAxXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgaW5kZXggJiYgaSA8IHRleHQubGVuZ3RoOyBpKyspIGlmICh0ZXh0LmNoYXJDb2RlQXQoaSkgPT09IDEwKSBsaW5lKytcbiAgcmV0dXJuIGxpbmVcbn1cblxuLyoqXG4gKiBXYWxrcyB0aGUgdGV4dCBhcyBSRkMgNDE4MCBhbmQgcmVwb3J0cyBxdW90ZXMgdGhhdCBicmVhayBpdDogYSBxdW90ZSBpbnNpZGUgYW4gdW5xdW90ZWRcbiAqIGZpZWxkLCB0ZXh0IGFmdGVyIGEgY2xvc2luZyBxdW90ZSwgYSBxdW90ZSBuZXZlciBjbG9zZWQuIFJldHVybnMgZmFsc2UgaWYgYW55IHdhcyBmb3VuZC5cbiAqL1xuZnVuY3Rpb24gc2NhblF1b3Rlcyh0ZXh0OiBzdHJpbmcsIHJlcG9ydDogKGxpbmU6IG51bWJlciwgZmllbGQ6IG51bWJlciwgbWVzc2FnZTogc3RyaW5nKSA9PiB2b2lkKTogYm9vbGVhbiB7XG4gIGxldCBvayA9IHRydWVcbiAgbGV0IGxpbmUgPSAxXG4gIGxldCBmaWVsZCA9IDFcbiAgbGV0IGkgPSAwXG4gIGxldCBmaWVsZFN0YXJ0ID0gdHJ1ZVxuICB3aGlsZSAoaSA8IHRleHQubGVuZ3RoKSB7XG4gICAgY29uc3QgYyA9IHRleHRbaV1cbiAgICBpZiAoZmllbGRTdGFydCAmJiBjID09PSAnXCInKSB7XG4gICAgICBjb25zdCBvcGVuTGluZSA9IGxpbmVcbiAgICAgIGkrK1xuICAgICAgbGV0IGNsb3NlZCA9IGZhbHNlXG4gICAgICB3aGlsZSAoaSA8IHRleHQubGVuZ3RoKSB7XG4gICAgICAgIGlmICh0ZXh0W2ldID09PSAnXCInKSB7XG4gICAgICAgICAgaWYgKHRleHRbaSArIDFdID09PSAnXCInKSB7IGkgKz0gMjsgY29udGludWUgfVxuICAgICAgICAgIGNsb3NlZCA9IHRydWVcbiAgICAgICAgICBpKytcbiAgICAgICAgICBicmVha1xuICAgICAgICB9XG4gICAgICAgIGlmICh0ZXh0W2ldID09PSAnXFxuJykgbGluZSsrXG4gICAgICAgIGkrK1xuICAgICAgfVxuICAgICAgaWYgKCFjbG9zZWQpIHtcbiAgICAgICAgcmVwb3J0KG9wZW5MaW5lLCBmaWVsZCwgJ2V4cGVjdGVkIGEgY2xvc2luZyBxdW90ZSBmb3IgdGhlIHF1b3RlZCBjZWxsLCBmb3VuZCB0aGUgZW5kIG9mIHRoZSBmaWxlJylcbiAgICAgICAgcmV0dXJuIGZhbHNlXG4gICAgICB9XG4gICAgICBjb25zdCBuZXh0ID0gdGV4dFtpXVxuICAgICAgaWYgKG5leHQgIT09IHVuZGVmaW5lZCAmJiBuZXh0ICE9PSAnLCcgJiYgbmV4dCAhPT0gJ1xcbicpIHtcbiAgICAgICAgcmVwb3J0KGxpbmUsIGZpZWxkLCBgZXhwZWN0ZWQgYSBjb21tYSBvciBsaW5lIGVuZCBhZnRlciB0aGUgY2xvc2luZyBxdW90ZSwgZm91bmQgJHtzaG93bihuZXh0KX0gKGEgc3RyYXkgcXVvdGUpYClcbiAgICAgICAgb2sgPSBmYWxzZVxuICAgICAgICB3aGlsZSAoaSA8IHRleHQubGVuZ3RoICYmIHRleHRbaV0gIT09ICcsJyAmJiB0ZXh0W2ldICE9PSAnXFxuJykgaSsrXG4gICAgICB9XG4gICAgICBmaWVsZFN0YXJ0ID0gZmFsc2VcbiAgICAgIGNvbnRpbnVlXG4gICAgfVxuICAgIGlmIChjID09PSAnLCcpIHsgZmllbGQrKzsgZmllbGRTdGFydCA9IHRydWU7IGkrKzsgY29udGludWUgfVxuICAgIGlmIChjID09PSAnXFxuJykgeyBsaW5lKys7IGZpZWxkID0gMTsgZmllbGRTdGFydCA9IHRydWU7IGkrKzsgY29udGludWUgfVxuICAgIGlmIChjID09PSAnXCInKSB7XG4gICAgICByZXBvcnQobGluZSwgZmllbGQsICdleHBlY3RlZCBubyBxdW90ZSBpbnNpZGUgYW4gdW5xdW90ZWQgY2VsbCwgZm91bmQgYSBzdHJheSBxdW90ZSAocXVvdGUgdGhlIHdob2xlIGNlbGwgYW5kIGRvdWJsZSB0aGUgcXVvdGUpJylcbiAgICAgIG9rID0gZmFsc2VcbiAgICAgIHdoaWxlIChpICsgMSA8IHRleHQubGVuZ3RoICYmIHRleHRbaSArIDFdICE9PSAnLCcgJiYgdGV4dFtpICsgMV0gIT09ICdcXG4nKSBpKysgLy8gb25jZSBwZXIgY2VsbFxuICAgIH1cbiAgICBmaWVsZFN0YXJ0ID0gZmFsc2VcbiAgICBpKytcbiAgfVxuICByZXR1cm4gb2tcbn1cblxuLyoqIFR1cm5zIGAjM2AgY29sdW1uIHJlZmVyZW5jZXMgaW50byBoZWFkZXIgbmFtZXMgb25jZSB0aGUgaGVhZGVyIGlzIGtub3duLiAqL1xuZnVuY3Rpb24gcmVuYW1lRmllbGRSZWZzKHByb2JsZW1zOiBQcm9ibGVtW10sIHRleHQ6IHN0cmluZywgZmlsZTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGZpcnN0TGluZSA9IHRleHQuc2xpY2UoMCwgdGV4dC5pbmRleE9mKCdcXG4nKSA+Pj4gMClcbiAgY29uc3QgaGVhZGVyID0gZmlyc3RMaW5lLmluY2x1ZGVzKCdcIicpID8gW10gOiBmaXJzdExpbmUuc3BsaXQoJywnKVxuICBmb3IgKGNvbnN0IHAgb2YgcHJvYmxlbXMpIHtcbiAgICBpZiAocC5maWxlICE9PSBmaWxlIHx8ICFwLmNvbHVtbi5zdGFydHNXaXRoKCcjJykpIGNvbnRpbnVlXG4gICAgY29uc3QgbmFtZSA9IGhlYWRlcltOdW1iZXIocC5jb2x1bW4uc2xpY2UoMSkpIC0gMV1cbiAgICBpZiAobmFtZSkgcC5jb2x1bW4gPSBuYW1lXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvbWFpbi9jb21wb25lbnRzL2RhdGFcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL21haW4vY29tcG9uZW50cy9kYXRhL2tvZWJlbmhhdm4uZGF0YS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay9tYWluL2NvbXBvbmVudHMvZGF0YS9rb2ViZW5oYXZuLmRhdGEudHNcIjtpbXBvcnQgeyBrb2ViZW5oYXZuVmlldywgdHlwZSBLb2ViZW5oYXZuVmlldyB9IGZyb20gJy4uLy4uL3NjcmlwdHMvc2l0ZS92aWV3cy9rb2ViZW5oYXZuLnRzJ1xuaW1wb3J0IHsgcGFnZUxvYWRlciB9IGZyb20gJy4vcGFnZS1sb2FkZXIudHMnXG5cbmRlY2xhcmUgY29uc3QgZGF0YTogS29lYmVuaGF2blZpZXdcbmV4cG9ydCB7IGRhdGEgfVxuZXhwb3J0IGRlZmF1bHQgcGFnZUxvYWRlcihrb2ViZW5oYXZuVmlldylcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFBbVAsU0FBUyxvQkFBb0I7QUFDaFIsU0FBUyx3QkFBd0I7QUFNakMsSUFBTSxlQUFlLGFBQWEsRUFBRSxTQUFTLEtBQUssV0FBVyxLQUFLLFVBQVUsQ0FBQyxDQUFDLEdBQUcsVUFBVSxDQUFDLElBQUksTUFBTSxHQUFHLE9BQU8sU0FBSSxDQUFDO0FBQ3JILElBQU0sYUFBYSxpQkFBaUI7QUFBQSxFQUNsQyxVQUFVO0FBQUEsRUFDVixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixTQUFTLENBQUMsTUFBTSxJQUFJO0FBQUEsRUFDcEIsTUFBTSxDQUFDLGFBQVUsVUFBVSxXQUFXLFVBQVUsV0FBVyxVQUFVLFdBQVE7QUFBQSxFQUM3RSxXQUFXLENBQUMsVUFBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBSztBQUFBLEVBQzNELFFBQVEsQ0FBQyxVQUFVLFdBQVcsU0FBUyxTQUFTLE9BQU8sUUFBUSxRQUFRLFVBQVUsYUFBYSxXQUFXLFlBQVksVUFBVTtBQUFBLEVBQy9ILGFBQWEsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sS0FBSztBQUNsRyxDQUFDO0FBRUQsSUFBTSxRQUFRLGFBQWEsT0FBTyxPQUFPO0FBQ3pDLElBQU0sVUFBVSxhQUFhLE9BQU8sS0FBSztBQUN6QyxJQUFNLGVBQWUsV0FBVyxVQUFVLFlBQVk7QUFDdEQsSUFBTSxZQUFZLFdBQVcsVUFBVSxPQUFPO0FBR3ZDLFNBQVMsYUFBYSxHQUFtQjtBQUM5QyxTQUFPLE1BQU0sQ0FBQztBQUNoQjtBQUdPLFNBQVMsVUFBVSxHQUFtQjtBQUMzQyxTQUFPLEdBQUcsTUFBTSxDQUFDLENBQUM7QUFDcEI7QUFRTyxTQUFTLFlBQVksT0FBZSxLQUFxQjtBQUM5RCxTQUFPLFVBQVUsTUFBTSxPQUFPLEtBQUssSUFBSSxHQUFHLEtBQUssU0FBSSxHQUFHO0FBQ3hEO0FBR08sU0FBUyxXQUFXLEtBQXFCO0FBQzlDLFFBQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxNQUFNO0FBQzNDLE1BQUksTUFBTSxPQUFXLFFBQU8sT0FBTyxDQUFDO0FBQ3BDLFFBQU0sT0FBTyxJQUFJLEtBQUssS0FBSyxJQUFJLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQ2pELFNBQU8sTUFBTSxTQUFZLFVBQVUsSUFBSSxJQUFJLGFBQWEsSUFBSTtBQUM5RDtBQUdPLElBQU0sZUFBeUM7QUFBQSxFQUNwRCxHQUFHLENBQUMsU0FBTSxNQUFNLE1BQU0sU0FBTSxLQUFLO0FBQUEsRUFBRyxHQUFHLENBQUMsSUFBSTtBQUFBLEVBQUcsR0FBRyxDQUFDLEtBQUs7QUFBQSxFQUFHLEdBQUcsQ0FBQyxNQUFNO0FBQUEsRUFBRyxHQUFHLENBQUMsS0FBSztBQUFBLEVBQUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxLQUFLO0FBQUEsRUFDMUcsR0FBRyxDQUFDLE1BQU07QUFBQSxFQUFHLEdBQUcsQ0FBQyxJQUFJO0FBQUEsRUFBRyxJQUFJLENBQUMsSUFBSTtBQUFBLEVBQUcsSUFBSSxDQUFDLFFBQVE7QUFBQSxFQUFHLElBQUksQ0FBQyxNQUFNO0FBQ2pFOzs7QUNqQ08sU0FBUyxZQUFZLEdBQW1CO0FBQzdDLFFBQU0sT0FBTyxFQUFFLE9BQU8sV0FBVyxFQUFFLElBQUksSUFBSSxFQUFFO0FBQzdDLFNBQU8sQ0FBQyxFQUFFLFFBQVEsSUFBSSxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssSUFBSTtBQUNuRDtBQUdPLFNBQVMsYUFBYSxHQUFxQjtBQUNoRCxTQUFPLEdBQUcsRUFBRSxLQUFLLEtBQUssRUFBRSxLQUFLO0FBQy9CO0FBR08sU0FBUyxLQUFLLFFBQWdCLEtBQWtCLFFBQVEsSUFBSSxPQUFpQjtBQUNsRixRQUFNLElBQUksT0FBTyxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsY0FBYyxJQUFJLFNBQVM7QUFDbEUsTUFBSSxDQUFDLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxJQUFJLFNBQVMsRUFBRTtBQUNwRCxTQUFPO0FBQUEsSUFDTCxVQUFVLEVBQUU7QUFBQSxJQUNaLE9BQU8sWUFBWSxDQUFDO0FBQUEsSUFDcEIsT0FBTyxFQUFFO0FBQUEsSUFDVCxNQUFNLEVBQUUsT0FBTyxXQUFXLEVBQUUsSUFBSSxJQUFJO0FBQUEsSUFDcEMsS0FBSyxFQUFFO0FBQUEsSUFDUCxTQUFTLElBQUk7QUFBQSxJQUNiO0FBQUEsSUFDQSxLQUFLLEVBQUUsUUFBUTtBQUFBLEVBQ2pCO0FBQ0Y7OztBQzVDTyxJQUFNLGVBQXVDO0FBQUEsRUFDbEQsYUFBYTtBQUFBLEVBQ2IsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUFBLEVBQ1osaUJBQWlCO0FBQ25COzs7QUM0Qk8sSUFBTSxRQUFRO0FBRWQsSUFBTSxPQUFPO0FBR3BCLElBQU0sUUFBUTtBQUdQLFNBQVMsS0FBSyxNQUFjLFFBQVEsT0FBTyxXQUFXLElBQWM7QUFDekUsUUFBTSxNQUFNLEtBQUssTUFBTSxTQUFTLFdBQVcsTUFBTTtBQUNqRCxRQUFNLFFBQWtCLENBQUM7QUFDekIsTUFBSSxPQUFPO0FBQ1gsYUFBVyxRQUFRLEtBQUssTUFBTSxLQUFLLEdBQUc7QUFDcEMsUUFBSSxTQUFTLE9BQU8sTUFBTSxNQUFNLFNBQVMsS0FBSztBQUM1QyxZQUFNLEtBQUssSUFBSTtBQUNmLGFBQU87QUFBQSxJQUNULE1BQU8sUUFBTyxPQUFPLEdBQUcsSUFBSSxJQUFJLElBQUksS0FBSztBQUFBLEVBQzNDO0FBQ0EsTUFBSSxLQUFNLE9BQU0sS0FBSyxJQUFJO0FBQ3pCLFNBQU87QUFDVDs7O0FDdkRPLElBQU0saUJBQWlCO0FBQUEsRUFDNUIsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsV0FBVztBQUNiO0FBRUEsSUFBTSxNQUFNO0FBR1osSUFBTSxVQUFVLENBQUMsUUFBOEIsWUFBc0IsQ0FBQyxDQUFDLE9BQU8sUUFBUSxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFTO0FBRy9HLFNBQVMsV0FBVyxRQUFpQyxRQUFrQyxVQUEyQjtBQUN2SCxRQUFNLE9BQU8sQ0FBQyxTQUFpQixPQUFPLElBQUksSUFBSSxLQUFLLENBQUM7QUFDcEQsUUFBTSxLQUFLLENBQUMsTUFBYyxLQUFlLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sT0FBTyxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxRQUFRLENBQUM7QUFFbkosYUFBVyxRQUFRLENBQUMsU0FBUyxTQUFTLEdBQUc7QUFDdkMsZUFBVyxLQUFLLEtBQUssSUFBSSxHQUFHO0FBQzFCLFVBQUksT0FBTyxFQUFFLGVBQWUsWUFBWSxPQUFPLEVBQUUsYUFBYSxZQUFZLEVBQUUsV0FBVyxFQUFFLFlBQVk7QUFDbkcsV0FBRyxNQUFNLEdBQUcsWUFBWSxzQ0FBaUMsRUFBRSxVQUFVLGFBQWEsRUFBRSxRQUFRLEdBQUc7QUFBQSxNQUNqRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsUUFBTSxXQUFXLElBQUksSUFBSSxLQUFLLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0FBQ3pFLGFBQVcsS0FBSyxLQUFLLGFBQWEsR0FBRztBQUNuQyxVQUFNLE9BQU8sRUFBRSxZQUFZLE9BQU8sU0FBWSxTQUFTLElBQUksRUFBRSxPQUFPO0FBQ3BFLFFBQUksU0FBUyxVQUFhLFNBQVMsRUFBRSxRQUFTLElBQUcsZUFBZSxHQUFHLFdBQVcsNEJBQTRCLEVBQUUsT0FBTyxZQUFZLEVBQUUsT0FBTyxhQUFhLElBQUksRUFBRTtBQUFBLEVBQzdKO0FBRUEscUJBQW1CLEtBQUssWUFBWSxHQUFHLEtBQUssYUFBYSxHQUFHLEtBQUssZ0JBQWdCLEdBQUcsQ0FBQyxLQUFLLFFBQVEsWUFBWSxHQUFHLGNBQWMsS0FBSyxRQUFRLE9BQU8sQ0FBQztBQUNwSixjQUFZLEtBQUssU0FBUyxHQUFHLENBQUMsS0FBSyxRQUFRLFlBQVksR0FBRyxXQUFXLEtBQUssUUFBUSxPQUFPLENBQUM7QUFDMUYsZUFBYSxLQUFLLFlBQVksR0FBRyxDQUFDLEtBQUssUUFBUSxZQUFZLEdBQUcsY0FBYyxLQUFLLFFBQVEsT0FBTyxDQUFDO0FBQ25HO0FBSUEsU0FBUyxtQkFBbUIsWUFBd0IsYUFBeUIsU0FBcUIsUUFBc0I7QUFDdEgsUUFBTSxPQUFPLElBQUksSUFBSSxXQUFXLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxjQUFjLENBQUMsQ0FBQyxDQUFDO0FBQy9ELFFBQU0sU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLGNBQWMsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLEdBQUcsS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDcEcsTUFBSSxDQUFDLE9BQU8sU0FBVTtBQUN0QixNQUFJLE9BQU8sT0FBTyxNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU0sUUFBUSxHQUFHLE9BQU8sQ0FBQyxFQUFHO0FBQzVELFFBQU0sUUFBUSxDQUFDLE1BQTZCLE9BQU8sR0FBRyxVQUFVLFdBQVcsRUFBRSxRQUFRO0FBQ3JGLFFBQU0sUUFBUSxDQUFDLE9BQU8sYUFBYSxPQUFPLFVBQVUsT0FBTyxTQUFTO0FBQ3BFLFFBQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDO0FBQ2xELE1BQUksTUFBTSxLQUFLLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRztBQUN6QixVQUFNLFVBQVUsT0FBTyxRQUFRLGNBQWMsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQXdCLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxFQUFFLEVBQUUsTUFBTSxFQUFFO0FBQ3BILFdBQU8sT0FBTyxVQUFVLGdCQUFnQiwrQkFBK0IsUUFBUSxLQUFLLElBQUksQ0FBQyx3QkFBd0I7QUFBQSxFQUNuSCxXQUFXLEtBQUssSUFBSSxNQUFNLE1BQU0sT0FBTyxRQUFRLENBQUMsSUFBSSxLQUFLO0FBQ3ZELFdBQU8sT0FBTyxVQUFVLFNBQVMsa0ZBQWtGLE1BQU0sSUFBSSxLQUFLLEVBQUUsS0FBSyxLQUFLLENBQUMsTUFBTSxHQUFHLGFBQWEsTUFBTSxPQUFPLFFBQVEsQ0FBQyxHQUFHO0FBQUEsRUFDaE07QUFFQSxRQUFNLFNBQVMsb0JBQUksSUFBdUI7QUFDMUMsYUFBVyxLQUFLLENBQUMsR0FBRyxPQUFPLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsSUFBSSxFQUFFLGNBQWMsT0FBTyxFQUFFLElBQUksQ0FBQyxDQUFDLEVBQUcsUUFBTyxJQUFJLEVBQUUsZUFBZSxDQUFDO0FBQ3hILFFBQU0sU0FBUyxJQUFJLElBQUksWUFBWSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsZUFBZSxFQUFFLE9BQU8sQ0FBQyxDQUFDO0FBQzNFLGFBQVcsT0FBTyxDQUFDLGVBQWUsWUFBWSxXQUFXLEdBQVk7QUFDbkUsVUFBTSxRQUFRLENBQUMsR0FBRyxPQUFPLE9BQU8sQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxPQUFPLE9BQU8sSUFBSSxFQUFFLGFBQWEsTUFBTSxRQUFRO0FBQzdHLFVBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsUUFBSSxTQUFTLE1BQU0sU0FBUyxNQUFNLEtBQUssRUFBRyxRQUFPLE9BQU8sU0FBUyxrRUFBa0UsR0FBRyxLQUFLLE1BQU0sTUFBTSxhQUFhLE1BQU0sS0FBSyxDQUFDLEdBQUc7QUFBQSxFQUNyTDtBQUNGO0FBRUEsU0FBUyxZQUFZLFNBQXFCLFFBQXNCO0FBQzlELFFBQU0sUUFBUSxDQUFDLE1BQWdCO0FBQzdCLFFBQUksT0FBTyxFQUFFLFdBQVcsU0FBVSxRQUFPO0FBQ3pDLFdBQU8sRUFBRSxVQUFVLGFBQWEsRUFBRSxVQUFVLE9BQU8sRUFBRSxRQUFRLElBQUksT0FBTyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUU7QUFBQSxFQUNqRztBQUNBLFFBQU0sU0FBUyxDQUFDLFVBQVUsUUFBUSxTQUFTLGNBQWMsWUFBWSxpQkFBaUI7QUFDdEYsYUFBVyxVQUFVLFNBQVM7QUFDNUIsVUFBTSxRQUFRLFFBQVEsT0FBTyxDQUFDLE1BQU0sRUFBRSxjQUFjLE9BQU8sVUFBVTtBQUNyRSxRQUFJLFFBQVEsUUFBUSxHQUFHLE1BQU0sS0FBSyxNQUFNLEtBQUssQ0FBQyxNQUFNLFFBQVEsR0FBRyxHQUFHLE1BQU0sQ0FBQyxFQUFHO0FBQzVFLFVBQU0sTUFBTSxPQUFPLE9BQU8sb0JBQW9CLFdBQVcsT0FBTyxrQkFBa0I7QUFDbEYsUUFBSSxDQUFDLE1BQU0sUUFBUTtBQUNqQixVQUFJLFFBQVEsS0FBTSxRQUFPLFFBQVEsbUJBQW1CLHlEQUF5RCxHQUFHLEdBQUc7QUFDbkg7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLE1BQU8sS0FBSSxFQUFFLFNBQVMsT0FBTyxLQUFNLFFBQU8sR0FBRyxRQUFRLG1DQUFtQyxPQUFPLFVBQVUsS0FBSyxPQUFPLElBQUksYUFBYSxFQUFFLElBQUksR0FBRztBQUMvSixVQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksTUFBTSxDQUFDLEdBQUcsQ0FBQztBQUNsRCxVQUFNLE9BQU8sS0FBSyxPQUFPLE1BQU0sTUFBTSxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3ZELFFBQUksS0FBSyxJQUFJLElBQUksSUFBSSxPQUFPLFFBQVEsS0FBTTtBQUMxQyxRQUFJLFFBQVEsS0FBTSxRQUFPLFFBQVEsbUJBQW1CLDRDQUE0QyxhQUFhLEdBQUcsQ0FBQyxpQ0FBaUMsYUFBYSxNQUFNLE1BQU0sQ0FBQyxDQUFDLHdCQUF3QjtBQUFBLGFBQzVMLEtBQUssSUFBSSxNQUFNLElBQUksSUFBSSxJQUFLLFFBQU8sUUFBUSxtQkFBbUIsWUFBWSxJQUFJLGVBQWUsYUFBYSxNQUFNLE1BQU0sQ0FBQyxDQUFDLG9CQUFvQixhQUFhLEdBQUcsQ0FBQyxhQUFhLEdBQUcsR0FBRztBQUFBLEVBQzNMO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsWUFBd0IsUUFBc0I7QUFDbEUsYUFBVyxLQUFLLFlBQVk7QUFDMUIsUUFBSSxRQUFRLEdBQUcsUUFBUSxjQUFjLFVBQVUsZUFBZSxTQUFTLE9BQU8sV0FBVyxFQUFHO0FBQzVGLFVBQU0sWUFBWSxFQUFFLFdBQVc7QUFDL0IsUUFBSSxFQUFFLFNBQVMsa0JBQWtCO0FBQy9CLFVBQUksQ0FBQyxVQUFXLFFBQU8sR0FBRyxVQUFVLGdFQUFnRTtBQUNwRyxVQUFJLEVBQUUsZUFBZSxLQUFNLFFBQU8sR0FBRyxjQUFjLG9FQUFvRTtBQUN2SCxVQUFJLEVBQUUsUUFBUSxLQUFNLFFBQU8sR0FBRyxPQUFPLGtGQUFrRjtBQUFBLElBQ3pILFdBQVcsYUFBYSxFQUFFLFFBQVEsTUFBTTtBQUN0QyxhQUFPLEdBQUcsWUFBWSxXQUFXLE9BQU8sMEVBQTBFLEVBQUUsSUFBSSxNQUFNO0FBQUEsSUFDaEk7QUFDQSxRQUFLLEVBQUUsUUFBUSxVQUFXLEVBQUUsY0FBYyxNQUFPLFFBQU8sR0FBRyxhQUFhLGtFQUFrRTtBQUMxSSxRQUFJLEVBQUUsY0FBYyxZQUFZO0FBQzlCLFVBQUksT0FBTyxFQUFFLFdBQVcsWUFBWSxPQUFPLEVBQUUsVUFBVSxZQUFZLEVBQUUsZ0JBQWdCLE1BQU07QUFDekYsZUFBTyxHQUFHLGFBQWEsZ0ZBQWdGO0FBQ3ZHO0FBQUEsTUFDRjtBQUNBLFlBQU0sTUFBTSxFQUFFLGVBQWUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsZUFBZSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUU7QUFDdEgsWUFBTSxXQUFXLE1BQU0sUUFBUTtBQUMvQixVQUFJLEVBQUUsUUFBUSxTQUFVLFFBQU8sR0FBRyxPQUFPLGFBQWEsUUFBUSxNQUFNLEVBQUUsS0FBSyxJQUFJLEVBQUUsVUFBVSxJQUFJLEVBQUUsTUFBTSxhQUFhLEVBQUUsR0FBRyxHQUFHO0FBQUEsSUFDOUg7QUFBQSxFQUNGO0FBQ0Y7OztBQ2pIc1EsU0FBUyxtQkFBbUI7OztBQ0kzUixTQUFTLFdBQVcsR0FBb0I7QUFDN0MsTUFBSSxFQUFFLFdBQVcsS0FBTSxRQUFPO0FBQzlCLFFBQU0sU0FBUyxFQUFFLFNBQVMsUUFBUSxHQUFHLGFBQWEsRUFBRSxNQUFNLENBQUMsbUJBQWEsVUFBVSxFQUFFLE1BQU07QUFDMUYsU0FBTyxFQUFFLFVBQVUsYUFBYSxHQUFHLE1BQU0sZ0JBQWE7QUFDeEQ7OztBREFPLFNBQVMsYUFBYSxHQUF1QjtBQUNsRCxRQUFNLFFBQVEsRUFBRSxZQUFZLE9BQU8sQ0FBQyxNQUFNLEVBQUUsWUFBWSxZQUFZLEVBQUUsV0FBVyxPQUFPO0FBQ3hGLFFBQU0sT0FBTyxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsR0FBRyxHQUFHLEVBQUUsUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLGtCQUFrQixFQUFFLGFBQWEsRUFBRSxFQUFFLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxDQUFDO0FBQ3ZILFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRyxVQUFVLENBQUMsQ0FBQztBQUN6RCxRQUFNLElBQUksWUFBWSxFQUFFLE9BQU8sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxHQUFHLFFBQVEsSUFBSSxDQUFDO0FBQ2hFLFFBQU0sUUFBZ0IsQ0FBQztBQUN2QixNQUFJLElBQUk7QUFDUixhQUFXLEVBQUUsR0FBRyxFQUFFLEtBQUssTUFBTTtBQUMzQixlQUFXLFFBQVEsS0FBSyxHQUFHLEVBQUUsTUFBTSxLQUFLLEVBQUUsSUFBSSxFQUFFLEdBQUc7QUFDakQsWUFBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLEdBQUcsR0FBRyxHQUFHLElBQUksSUFBSSxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUM7QUFDdEUsV0FBSztBQUFBLElBQ1A7QUFDQSxRQUFJLEVBQUcsV0FBVyxNQUFNO0FBQ3RCLFlBQU0sS0FBSyxFQUFFLE1BQU0sUUFBUSxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxFQUFFLEVBQUcsTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLFFBQVEsQ0FBQztBQUNqRixZQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxFQUFFLEVBQUcsTUFBTSxJQUFJLEdBQUcsR0FBRyxJQUFJLElBQUksTUFBTSxXQUFXLENBQUUsR0FBRyxLQUFLLFFBQVEsQ0FBQztBQUFBLElBQ2pHLE9BQU87QUFDTCxZQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxHQUFHLEdBQUcsSUFBSSxJQUFJLE1BQU0sNkJBQTBCLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDNUY7QUFDQSxTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0EsUUFBTSxLQUFLLEtBQUssQ0FBQyxFQUFHO0FBQ3BCLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLE9BQU87QUFBQSxJQUNQLFVBQVU7QUFBQSxJQUNWLGFBQWEsS0FBSyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxHQUFHLEVBQUUsSUFBSSxLQUFLLEVBQUcsV0FBVyxPQUFPLDhCQUEyQixHQUFHLFVBQVUsRUFBRyxNQUFNLENBQUMsYUFBVSxFQUFFLEVBQUUsS0FBSyxJQUFJLElBQUk7QUFBQSxJQUNwSixPQUFPO0FBQUEsSUFDUCxRQUFRLElBQUk7QUFBQSxJQUNaO0FBQUEsSUFDQSxRQUFRLENBQUM7QUFBQSxJQUNULE9BQU87QUFBQSxNQUNMLFNBQVMsMEJBQTBCLFlBQVksR0FBRyxZQUFZLEdBQUcsUUFBUSxDQUFDO0FBQUEsTUFDMUUsU0FBUyxDQUFDLEVBQUUsT0FBTyxhQUFhLEdBQUcsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLE1BQ3RELE1BQU0sS0FBSyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxDQUFDLEdBQUcsRUFBRSxNQUFNLEtBQUssRUFBRSxJQUFJLElBQUksRUFBRyxXQUFXLE9BQU8sZ0RBQWdELEdBQUcsV0FBVyxDQUFFLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDbko7QUFBQSxJQUNBLEtBQUs7QUFBQSxNQUNILFFBQVEsQ0FBQyxjQUFjLGNBQWMsd0JBQXdCLFdBQVcsU0FBUztBQUFBLE1BQ2pGLE1BQU0sS0FBSyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxDQUFDLEVBQUcsWUFBWSxFQUFFLE1BQU0sRUFBRyxVQUFVLElBQUksRUFBRyxZQUFZLEVBQUcsUUFBUSxDQUFDO0FBQUEsTUFDakcsU0FBUyxLQUFLLElBQUksQ0FBQyxFQUFFLEVBQUUsTUFBTSxhQUFhLEtBQUssR0FBRyxDQUFFLENBQUMsQ0FBQztBQUFBLElBQ3hEO0FBQUEsSUFDQSxTQUFTLEtBQUssSUFBSSxDQUFDLEVBQUUsRUFBRSxNQUFNLEtBQUssR0FBRyxDQUFFLENBQUM7QUFBQSxJQUN4QyxPQUFPLENBQUM7QUFBQSxFQUNWO0FBQ0Y7OztBRW5EMFEsU0FBUyxlQUFBQSxvQkFBbUI7OztBQ0d0UyxJQUFNLFlBQW9DLEVBQUUsUUFBUSxRQUFRLE9BQU8sV0FBVyxTQUFTLEdBQUc7QUFHMUYsSUFBTSxXQUFtQyxFQUFFLGFBQWEsYUFBYSxrQkFBYSxnQkFBYSxVQUFVLFdBQVcsUUFBUSxVQUFVLFlBQU8sVUFBTztBQUNwSixJQUFNLFNBQVMsQ0FBQyxNQUFrQixFQUFFLFVBQVUsSUFBSyxTQUFTLEVBQUUsSUFBSSxLQUFLLEVBQUUsT0FBUSxFQUFFO0FBRzVFLFNBQVMsVUFBVSxHQUFzQjtBQUM5QyxTQUFPLEVBQUUsVUFBVSxPQUFPLGdCQUFnQixHQUFHLFVBQVUsRUFBRSxtQkFBbUIsRUFBRSxLQUFLLEVBQUUsR0FBRyxhQUFhLEVBQUUsS0FBSyxDQUFDO0FBQy9HO0FBRUEsSUFBTSxhQUFxQyxFQUFFLE1BQU0sVUFBVSxNQUFNLFlBQVMsS0FBSyxHQUFHO0FBQ3BGLElBQU0sY0FBc0MsRUFBRSxLQUFLLE9BQU87QUFDMUQsSUFBTSxNQUE4QixFQUFFLEtBQUssdUJBQWlCLElBQUksNEJBQXNCLFVBQVUsNkJBQXVCO0FBR2hILFNBQVMsV0FBVyxHQUFzQjtBQUMvQyxTQUFPLENBQUMsV0FBVyxFQUFFLGNBQWMsR0FBRyxHQUFHLGFBQWEsRUFBRSxNQUFPLEdBQUcsRUFBRSxjQUFjLFlBQVksRUFBRSxXQUFXLEtBQUssRUFBRSxjQUFjLEVBQUUsRUFBRSxPQUFPLE9BQU8sRUFBRSxLQUFLLEdBQUc7QUFDOUo7QUFNTyxTQUFTLGNBQWMsR0FBc0I7QUFDbEQsTUFBSSxFQUFFLFNBQVMsb0JBQW9CLEVBQUUsV0FBVyxLQUFNLFFBQU8sR0FBRyxVQUFVLENBQUMsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxDQUFDO0FBQ3pGLE1BQUksRUFBRSxVQUFVLFFBQVEsRUFBRSxnQkFBZ0IsS0FBTSxRQUFPLEdBQUcsVUFBVSxDQUFDLENBQUMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLEVBQUUsSUFBSTtBQUNwRyxRQUFNLFVBQVUsRUFBRSxPQUFPLEVBQUUsY0FBYyxXQUFXLFdBQU0sSUFBSSxFQUFFLEdBQUcsQ0FBQyxzQkFBbUI7QUFDdkYsU0FBTyxXQUFRLFdBQVcsQ0FBQyxDQUFDLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTztBQUNyRDs7O0FEeEJPLFNBQVMsZUFBZSxHQUF1QjtBQUNwRCxRQUFNLE9BQU8sRUFBRSxXQUFXLE9BQU8sQ0FBQyxNQUFNLEVBQUUsWUFBWSxZQUFZLEVBQUUsU0FBUyxvQkFBb0IsRUFBRSxVQUFVLFFBQVEsRUFBRSxXQUFXLFFBQVEsRUFBRSxnQkFBZ0IsSUFBSTtBQUNoSyxRQUFNLFNBQVMsQ0FBQyxNQUFpQixFQUFFLFlBQVksS0FBSyxDQUFDLE1BQU0sRUFBRSxrQkFBa0IsRUFBRSxhQUFhLEdBQUcsUUFBUSxFQUFFO0FBQzNHLFFBQU0sUUFBZ0IsQ0FBQztBQUN2QixNQUFJLElBQUk7QUFDUixhQUFXLEtBQUssTUFBTTtBQUNwQixVQUFNLElBQUlDLGFBQVksRUFBRSxPQUFPLENBQUMsR0FBRyxLQUFLLElBQUksRUFBRSxRQUFTLEVBQUUsS0FBTSxDQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsR0FBRyxLQUFLLENBQUM7QUFDbkYsZUFBVyxRQUFRLEtBQUssT0FBTyxDQUFDLENBQUMsR0FBRztBQUNsQyxZQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxHQUFHLEdBQUcsSUFBSSxJQUFJLE1BQU0sTUFBTSxLQUFLLFFBQVEsQ0FBQztBQUN0RSxXQUFLO0FBQUEsSUFDUDtBQUNBLFVBQU0sS0FBSyxFQUFFLE1BQU0sUUFBUSxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxFQUFFLEVBQUUsTUFBTyxHQUFHLEdBQUcsSUFBSSxLQUFLLFFBQVEsQ0FBQztBQUNqRixVQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsRUFBRSxFQUFFLEtBQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLFFBQVEsUUFBUSxjQUFjLE9BQU8sQ0FBQztBQUMvRyxVQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsSUFBSSxFQUFFLEVBQUUsTUFBTyxHQUFHLElBQUksSUFBSSxHQUFHLElBQUksRUFBRSxFQUFFLE1BQU8sR0FBRyxJQUFJLElBQUksSUFBSSxLQUFLLFNBQVMsQ0FBQztBQUNyRyxVQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsR0FBRyxHQUFHLEdBQUcsSUFBSSxPQUFPLElBQUksTUFBTSxjQUFjLENBQUMsR0FBRyxLQUFLLFFBQVEsQ0FBQztBQUN6RixTQUFLLE9BQU8sSUFBSTtBQUFBLEVBQ2xCO0FBQ0EsUUFBTSxZQUFZLEtBQUssSUFBSSxDQUFDLE1BQU0sR0FBRyxPQUFPLENBQUMsQ0FBQyxLQUFLLGNBQWMsQ0FBQyxDQUFDLEVBQUU7QUFDckUsUUFBTSxPQUFPLEVBQUUsTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksUUFBUTtBQUN2RCxRQUFNLE9BQU8sV0FBVyxLQUFLLENBQUMsR0FBRyxRQUFRLEVBQUU7QUFDM0MsU0FBTztBQUFBLElBQ0wsSUFBSTtBQUFBLElBQ0osT0FBTyx5QkFBc0IsS0FBSyxVQUFVO0FBQUEsSUFDNUMsVUFBVTtBQUFBLElBQ1YsYUFBYSwrRkFBc0YsSUFBSSxNQUFNLFVBQVUsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNqSSxPQUFPO0FBQUEsSUFDUCxRQUFRLElBQUk7QUFBQSxJQUNaO0FBQUEsSUFDQSxRQUFRO0FBQUEsTUFDTixFQUFFLEtBQUssUUFBUSxNQUFNLFVBQU87QUFBQSxNQUM1QixFQUFFLEtBQUssU0FBUyxNQUFNLFNBQU07QUFBQSxNQUM1QixFQUFFLEtBQUssYUFBYSxNQUFNLG1CQUFhO0FBQUEsSUFDekM7QUFBQSxJQUNBLE9BQU87QUFBQSxNQUNMLFNBQVMseUJBQXNCLEtBQUssVUFBVTtBQUFBLE1BQzlDLFNBQVMsQ0FBQyxFQUFFLE9BQU8sVUFBVSxHQUFHLEVBQUUsT0FBTyxVQUFPLFNBQVMsS0FBSyxHQUFHLEVBQUUsT0FBTyxXQUFRLFNBQVMsS0FBSyxHQUFHLEVBQUUsT0FBTyxRQUFRLEdBQUcsRUFBRSxPQUFPLGlCQUFXLENBQUM7QUFBQSxNQUM1SSxNQUFNLEtBQUssSUFBSSxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQUMsR0FBRyxXQUFXLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxFQUFFLE1BQU0sRUFBRSxRQUFRLFFBQVEsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUN4RztBQUFBLElBQ0EsS0FBSztBQUFBLE1BQ0gsUUFBUSxDQUFDLGdCQUFnQixXQUFXLGlCQUFpQixRQUFRLFNBQVMsc0JBQXNCLFNBQVMsWUFBWTtBQUFBLE1BQ2pILE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsY0FBYyxPQUFPLENBQUMsR0FBRyxFQUFFLGNBQWMsSUFBSSxFQUFFLFFBQVMsRUFBRSxPQUFRLEVBQUUsbUJBQW1CLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFBQSxNQUN4SSxTQUFTLEtBQUssSUFBSSxDQUFDLE1BQU0sYUFBYSxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUNuRDtBQUFBLElBQ0EsU0FBUyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssR0FBRyxDQUFDLENBQUM7QUFBQSxJQUNuQyxPQUFPLENBQUM7QUFBQSxFQUNWO0FBQ0Y7OztBRXREZ1IsU0FBUyxlQUFBQyxvQkFBbUI7OztBQ0F0QyxTQUFTLGdCQUFnQjs7O0FDQ3hSLElBQU0sU0FBUztBQUFBLEVBQ3BCLFlBQVksQ0FBQyxPQUFlLGFBQWEsRUFBRTtBQUFBLEVBQzNDLGdCQUFnQixDQUFDLE9BQWUsY0FBYyxFQUFFO0FBQUEsRUFDaEQsTUFBTSxDQUFDLE9BQWUsUUFBUSxFQUFFO0FBQUEsRUFDaEMsY0FBYyxDQUFDLE9BQWUsT0FBTyxFQUFFO0FBQUEsRUFDdkMsTUFBTSxDQUFDLE9BQWUsUUFBUSxFQUFFO0FBQUEsRUFDaEMsT0FBTyxDQUFDLE9BQWUsY0FBYyxFQUFFO0FBQUEsRUFDdkMsUUFBUSxDQUFDLE9BQWUsU0FBUyxFQUFFO0FBQ3JDOzs7QUN1QkEsSUFBTSxPQUErQjtBQUFBLEVBQ25DLGFBQWE7QUFBQSxFQUNiLE9BQU87QUFBQSxFQUNQLFVBQVU7QUFBQSxFQUNWLFNBQVM7QUFBQSxFQUNULFNBQVM7QUFBQSxFQUNULFdBQVc7QUFBQSxFQUNYLFNBQVM7QUFDWDtBQUVPLFNBQVMsV0FBVyxHQUFXLEdBQTZDO0FBQ2pGLFNBQU87QUFBQSxJQUNMLElBQUksRUFBRTtBQUFBLElBQ04sTUFBTSxjQUFjLENBQUM7QUFBQSxJQUNyQixTQUFTLEVBQUU7QUFBQSxJQUNYLE1BQU0sRUFBRTtBQUFBLElBQ1IsVUFBVSxLQUFLLEdBQUcsQ0FBQztBQUFBLElBQ25CLGdCQUFnQixFQUFFLGVBQWUsS0FBSyxHQUFHLEdBQUcsRUFBRSxZQUFZLElBQUk7QUFBQSxJQUM5RCxNQUFNLEVBQUU7QUFBQSxFQUNWO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsR0FBVyxHQUErQjtBQUN2RSxRQUFNLE1BQU0sQ0FBQyxPQUFlLEVBQUUsY0FBYyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsRUFBRSxHQUFHLFFBQVE7QUFDbEYsU0FBTztBQUFBLElBQ0wsSUFBSSxFQUFFO0FBQUEsSUFDTixRQUFRLE9BQU8sV0FBVyxFQUFFLGFBQWE7QUFBQSxJQUN6QyxRQUFRLEVBQUU7QUFBQSxJQUNWLE1BQU0sRUFBRTtBQUFBLElBQ1IsYUFBYSxFQUFFO0FBQUEsSUFDZixRQUFRLEVBQUU7QUFBQSxJQUNWLFVBQVUsS0FBSyxHQUFHLENBQUM7QUFBQSxJQUNuQixVQUFVLEVBQUUsZUFDVCxPQUFPLENBQUMsTUFBTSxFQUFFLGtCQUFrQixFQUFFLGFBQWEsRUFDakQsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssY0FBYyxFQUFFLElBQUksQ0FBQyxFQUMzQyxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sV0FBVyxFQUFFLElBQUksR0FBRyxRQUFRLGFBQWEsRUFBRSxNQUFNLEdBQUcsV0FBVyxFQUFFLFFBQVEsUUFBUSxFQUFFLFFBQVEsVUFBVSxLQUFLLEdBQUcsQ0FBQyxFQUFFLEVBQUU7QUFBQSxJQUN6SSxRQUFRLEVBQUUsa0JBQ1AsT0FBTyxDQUFDLE1BQU0sRUFBRSxrQkFBa0IsRUFBRSxhQUFhLEVBQ2pELElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxJQUFJLEVBQUUsTUFBTSxHQUFHLE1BQU0sS0FBSyxFQUFFLElBQUksS0FBSyxFQUFFLE1BQU0sVUFBVSxLQUFLLEdBQUcsQ0FBQyxFQUFFLEVBQUU7QUFBQSxJQUMzRixTQUFTLEVBQUUsV0FBVyxPQUFPLENBQUMsTUFBTSxFQUFFLGtCQUFrQixFQUFFLGFBQWEsRUFBRSxJQUFJLENBQUMsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDO0FBQUEsSUFDcEcsU0FBUyxFQUFFLFFBQ1IsT0FBTyxDQUFDLE1BQU0sRUFBRSxrQkFBa0IsRUFBRSxhQUFhLEVBQ2pELElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxXQUFXLENBQUMsR0FBRyxTQUFTLEVBQUUsU0FBUyxVQUFVLEtBQUssR0FBRyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssRUFBRTtBQUFBLEVBQ2pHO0FBQ0Y7OztBQ3RFTyxTQUFTLGVBQWUsR0FBVztBQUN4QyxRQUFNLE9BQU8sRUFBRSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxRQUFRO0FBQ3ZELFFBQU0sUUFBUSxFQUFFLFlBQVksT0FBTyxDQUFDLE1BQU0sRUFBRSxZQUFZLEtBQUssT0FBTztBQUNwRSxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLFlBQVksYUFBYSxLQUFLLGFBQWEsVUFBVSxLQUFLLEdBQUcsSUFBSSxFQUFFO0FBQUEsSUFDNUcsU0FBUyxlQUFlLENBQUM7QUFBQSxJQUN6QixPQUFPLGFBQWEsQ0FBQztBQUFBLElBQ3JCLGlCQUFpQixNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sZUFBZSxHQUFHLENBQUMsQ0FBQztBQUFBLElBQzFGLE9BQU8sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsYUFBYSxFQUFFLElBQUksQ0FBQyxNQUFNLGVBQWUsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUN4RjtBQUNGOzs7QUNoQmdRLFNBQVMsb0JBQW9COzs7QUNBMUMsU0FBUyxjQUFBQyxhQUFZLGdCQUFBQyxxQkFBb0I7QUFDNVIsU0FBUyxRQUFBQyxPQUFNLFVBQVUsZUFBZTtBQUN4QyxTQUFTLHFCQUFxQjs7O0FDVXZCLFNBQVMsY0FBYyxHQUFvQjtBQUNoRCxTQUFPLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxJQUFJLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3REO0FBR08sSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUNuQyxZQUFxQixVQUFxQjtBQUN4QyxVQUFNLEdBQUcsU0FBUyxNQUFNLFdBQVcsU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsSUFBb0IsU0FBUyxJQUFJLGFBQWEsRUFBRSxLQUFLLElBQUksQ0FBQztBQUQxRztBQUVuQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0Y7QUFHTyxTQUFTLE1BQU0sT0FBZSxNQUFNLElBQVk7QUFDckQsUUFBTSxJQUFJLE1BQU0sU0FBUyxNQUFNLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxJQUFJLFdBQU07QUFDL0QsU0FBTyxLQUFLLFVBQVUsQ0FBQztBQUN6Qjs7O0FDeEJBLElBQU0sUUFBUSxDQUFDLEtBQWUsV0FBcUIsT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEtBQUssSUFBUTtBQUdqRyxTQUFTLFVBQVUsV0FBdUIsUUFBaUMsUUFBa0MsVUFBMkI7QUFDN0ksYUFBVyxLQUFLLFdBQVc7QUFDekIsVUFBTSxPQUFPLE9BQU8sSUFBSSxFQUFFLElBQUk7QUFDOUIsUUFBSSxDQUFDLEtBQU07QUFDWCxVQUFNLEtBQUssRUFBRSxPQUFPO0FBQ3BCLFVBQU0sVUFBVSxDQUFDLElBQUksR0FBRyxFQUFFLE9BQU8sT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLGFBQWEsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQztBQUNqRyxlQUFXLFVBQVUsU0FBUztBQUM1QixZQUFNLFFBQVEsb0JBQUksSUFBb0I7QUFDdEMsaUJBQVcsT0FBTyxNQUFNO0FBQ3RCLFlBQUksT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNqRSxjQUFNLElBQUksTUFBTSxLQUFLLE1BQU07QUFDM0IsY0FBTSxPQUFPLE1BQU0sSUFBSSxDQUFDO0FBQ3hCLFlBQUksU0FBUyxRQUFXO0FBQ3RCLGdCQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUN2QyxnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQ3pELG1CQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sRUFBRSxJQUFJLEdBQUcsTUFBTSxJQUFJLE9BQU8sUUFBUSxTQUFTLHFCQUFxQixPQUFPLEtBQUssS0FBSyxDQUFDLFdBQVcsTUFBTSxLQUFLLENBQUMseUJBQXlCLElBQUksSUFBSSxDQUFDO0FBQUEsUUFDMUssTUFBTyxPQUFNLElBQUksR0FBRyxJQUFJLEtBQUs7QUFBQSxNQUMvQjtBQUFBLElBQ0Y7QUFDQSxlQUFXLE1BQU0sRUFBRSxPQUFPLGVBQWUsQ0FBQyxHQUFHO0FBQzNDLFlBQU0sU0FBUyxHQUFHLFVBQVUsYUFBYSxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVU7QUFDcEUsWUFBTSxhQUFhLE9BQU8sSUFBSSxNQUFNO0FBQ3BDLFVBQUksQ0FBQyxXQUFZO0FBQ2pCLFlBQU0sT0FBTyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxNQUFNLEdBQUcsR0FBRyxVQUFVLE1BQU0sQ0FBQyxDQUFDO0FBQ3pFLGlCQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFJLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxNQUFNLE1BQVMsRUFBRztBQUNwRSxZQUFJLENBQUMsS0FBSyxJQUFJLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxHQUFHO0FBQ3BDLGdCQUFNLFFBQVEsR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUM1RCxtQkFBUyxLQUFLLEVBQUUsTUFBTSxPQUFPLEVBQUUsSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsR0FBRyxPQUFPLEdBQUcsT0FBTyxTQUFTLENBQUMsR0FBSSxTQUFTLHFCQUFxQixNQUFNLFNBQVMsR0FBRyxVQUFVLE9BQU8sS0FBSyxLQUFLLENBQUMsWUFBWSxNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUM7QUFBQSxRQUMzTTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUN4Q3lQLFNBQVMsWUFBWSxvQkFBb0I7QUFDbFMsU0FBUyxZQUFZO0FBR2QsU0FBUyxVQUFVLEdBQW1CO0FBQzNDLFNBQU8sRUFBRSxRQUFRLFNBQVMsR0FBRyxFQUFFLEtBQUs7QUFDdEM7QUFHTyxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUV2QixZQUFxQixLQUFhO0FBQWI7QUFBQSxFQUFjO0FBQUEsRUFEM0IsUUFBUSxvQkFBSSxJQUEyQjtBQUFBLEVBRy9DLElBQUksWUFBcUI7QUFDdkIsV0FBTyxXQUFXLEtBQUssR0FBRztBQUFBLEVBQzVCO0FBQUE7QUFBQSxFQUdBLEtBQUssTUFBNkI7QUFDaEMsUUFBSSxDQUFDLEtBQUssTUFBTSxJQUFJLElBQUksR0FBRztBQUN6QixZQUFNLE9BQU8sS0FBSyxLQUFLLEtBQUssSUFBSTtBQUNoQyxXQUFLLE1BQU0sSUFBSSxNQUFNLFdBQVcsSUFBSSxJQUFJLFVBQVUsYUFBYSxNQUFNLE1BQU0sQ0FBQyxJQUFJLElBQUk7QUFBQSxJQUN0RjtBQUNBLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLO0FBQUEsRUFDakM7QUFBQTtBQUFBLEVBR0EsVUFBVSxNQUE2QjtBQUNyQyxXQUFPLEtBQUssS0FBSyxJQUFJLEdBQUcsUUFBUSxTQUFTLEdBQUcsS0FBSztBQUFBLEVBQ25EO0FBQ0Y7OztBQ3ZCQSxJQUFNLGlCQUEyQztBQUFBLEVBQy9DLFlBQVksQ0FBQyxTQUFTLFVBQVUsVUFBVTtBQUFBLEVBQzFDLFNBQVMsQ0FBQyxRQUFRO0FBQ3BCO0FBRUEsSUFBTSxjQUFzQyxFQUFFLE9BQU8sT0FBTyxlQUFlLE9BQU8sU0FBUyxNQUFNO0FBRWpHLElBQU0sV0FBVyxDQUFDLFFBQUssSUFBSTtBQU1wQixTQUFTLGdCQUFnQixRQUFpQyxPQUFvQixRQUFrQyxVQUEyQjtBQUNoSixRQUFNLGFBQWEsSUFBSSxLQUFLLE9BQU8sSUFBSSxTQUFTLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQztBQUMvRyxhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssUUFBUTtBQUNqQyxlQUFXLE9BQU8sTUFBTTtBQUN0QixZQUFNLEtBQUssQ0FBQyxRQUFnQixZQUFvQixTQUFTLEtBQUssRUFBRSxNQUFNLE9BQU8sSUFBSSxHQUFHLE1BQU0sSUFBSSxPQUFPLFFBQVEsUUFBUSxDQUFDO0FBQ3RILFlBQU0sV0FBVyxTQUFTLFlBQVksT0FBTyxJQUFJLFNBQVMsSUFBSSxXQUFXLElBQUksT0FBTyxJQUFJLFNBQVMsQ0FBQztBQUNsRyxVQUFJLENBQUMsU0FBVTtBQUNmLFlBQU0sT0FBTyxNQUFNLEtBQUssUUFBUTtBQUNoQyxVQUFJLFNBQVMsTUFBTTtBQUNqQixXQUFHLGFBQWEsNEJBQTRCLFFBQVEsT0FBTyxNQUFNLEdBQUcsc0JBQXNCO0FBQzFGO0FBQUEsTUFDRjtBQUNBLFVBQUksT0FBTyxJQUFJLFVBQVUsVUFBVTtBQUNqQyxjQUFNLFFBQVEsVUFBVSxJQUFJLEtBQUs7QUFDakMsWUFBSSxDQUFDLEtBQUssU0FBUyxLQUFLLEVBQUcsSUFBRyxTQUFTLGtDQUFrQyxRQUFRLFdBQVcsTUFBTSxLQUFLLENBQUMsc0JBQXNCO0FBQzlILG1CQUFXLFVBQVUsZUFBZSxJQUFJLEtBQUssQ0FBQyxHQUFHO0FBQy9DLGdCQUFNLElBQUksSUFBSSxNQUFNO0FBRXBCLGdCQUFNLE1BQU0sV0FBVyxZQUFZLE9BQU8sSUFBSSxpQkFBaUIsV0FBVyxVQUFVLElBQUksWUFBWSxJQUFJO0FBQ3hHLGdCQUFNLFFBQVEsUUFBUSxRQUFRLFVBQVU7QUFDeEMsY0FBSSxPQUFPLE1BQU0sU0FBVTtBQUMzQixjQUFJLFdBQVcsV0FBVyxJQUFJLG9CQUFvQixXQUFXO0FBQzNELGtCQUFNLFFBQVEsVUFBVSxLQUFLO0FBQzdCLGdCQUFJLE1BQU0sV0FBVyxFQUFHLElBQUcsUUFBUSxpREFBaUQsTUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxZQUFZLGFBQWEsQ0FBQyxDQUFDLEVBQUU7QUFBQSxVQUNySixXQUFXLENBQUMsZUFBZSxLQUFLLENBQUMsRUFBRyxJQUFHLFFBQVEsd0NBQXdDLEtBQUssV0FBVyxhQUFhLENBQUMsQ0FBQyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUMvSTtBQUFBLE1BQ0Y7QUFDQSxVQUFJLE9BQU8sSUFBSSxpQkFBaUIsWUFBWSxDQUFDLEtBQUssU0FBUyxVQUFVLElBQUksWUFBWSxDQUFDLEdBQUc7QUFDdkYsV0FBRyxnQkFBZ0Isa0NBQWtDLFFBQVEsV0FBVyxNQUFNLFVBQVUsSUFBSSxZQUFZLENBQUMsQ0FBQyxzQkFBc0I7QUFBQSxNQUNsSTtBQUNBLFlBQU0sWUFBWSxZQUFZLElBQUk7QUFDbEMsWUFBTSxNQUFNLFlBQVksSUFBSSxTQUFTLElBQUk7QUFDekMsVUFBSSxPQUFPLFFBQVEsVUFBVTtBQUMzQixjQUFNLFNBQVMsU0FBUyxZQUFZLENBQUMsVUFBVSxrQkFBa0IsSUFBSSxDQUFDLFFBQVE7QUFDOUUsWUFBSSxDQUFDLE9BQU8sS0FBSyxDQUFDLE1BQU0sTUFBTSxVQUFVLENBQUMsR0FBRyxTQUFTLEdBQUcsQ0FBQyxFQUFHLElBQUcsV0FBWSx1QkFBdUIsT0FBTyxLQUFLLE1BQU0sQ0FBQyxpQkFBaUIsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLE1BQ3BKO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUFlLEdBQW9CO0FBQ2hFLFFBQU0sUUFBUSxvQkFBSSxJQUFJLENBQUMsYUFBYSxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUUsUUFBUSxLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQy9FLE1BQUksSUFBSSxNQUFNLElBQUssWUFBVyxRQUFRLFNBQVUsT0FBTSxJQUFJLEdBQUcsS0FBSyxNQUFNLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRTtBQUNuRixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLFVBQVUsS0FBSyxRQUFRLHVCQUF1QixNQUFNO0FBQzFELFFBQUksSUFBSSxPQUFPLGVBQWUsT0FBTyx1QkFBdUIsR0FBRyxFQUFFLEtBQUssS0FBSyxFQUFHLFFBQU87QUFBQSxFQUN2RjtBQUNBLFFBQU0sUUFBUSxhQUFhLENBQUMsS0FBSyxDQUFDO0FBQ2xDLFNBQU8sTUFBTSxLQUFLLENBQUMsTUFBTSxJQUFJLE9BQU8sZ0JBQWdCLENBQUMsZ0JBQWdCLElBQUksRUFBRSxLQUFLLEtBQUssQ0FBQztBQUN4RjtBQUdPLFNBQVMsVUFBVSxPQUF5QjtBQUNqRCxTQUFPLE1BQ0osUUFBUSxZQUFZLEVBQUUsRUFDdEIsTUFBTSx5QkFBeUIsRUFDL0IsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxPQUFPO0FBQ25COzs7QUNuRUEsSUFBTSxVQUFVO0FBRWhCLElBQU0sU0FBUztBQUdmLElBQU0sZ0JBQXdDO0FBQUEsRUFDNUMsNEJBQTRCO0FBQUEsRUFDNUIsNkRBQTZEO0FBQUEsRUFDN0QscUJBQXFCO0FBQUEsRUFDckIsY0FBYztBQUNoQjtBQUdPLFNBQVMsV0FBVyxPQUFpQixVQUFvQixNQUFjLFVBQXdDO0FBQ3BILFFBQU0sS0FBSyxDQUFDLE1BQWMsUUFBZ0IsWUFBb0IsU0FBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLFFBQVEsUUFBUSxDQUFDO0FBQzNHLFFBQU0sU0FBUyxTQUFTLE9BQU87QUFDL0IsUUFBTSxTQUFTLFNBQVM7QUFDeEIsY0FBWSxNQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLFFBQVEsWUFBWSxHQUFHLEdBQUcsUUFBUSxPQUFPLENBQUM7QUFDaEcsUUFBTSxXQUFXLFNBQVMsV0FBVztBQUNyQyxRQUFNLFFBQVEsSUFBSSxJQUFJLE1BQU0sT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUN4RCxRQUFNLE9BQW1CLENBQUM7QUFDMUIsYUFBVyxVQUFVLE1BQU0sU0FBUztBQUNsQyxRQUFJLE9BQU8sTUFBTSxXQUFXLE1BQU0sT0FBTyxRQUFRO0FBRS9DLFlBQU0sSUFBSSxPQUFPLE1BQU07QUFDdkIsWUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLFNBQVMsTUFBTSxPQUFPLENBQUMsSUFBSztBQUM1RCxTQUFHLE9BQU8sTUFBTSxRQUFRLFlBQVksTUFBTSxPQUFPLE1BQU0saUJBQWlCLENBQUMsRUFBRTtBQUMzRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQWdCLEVBQUUsT0FBTyxPQUFPLEtBQUs7QUFDM0MsZUFBVyxTQUFTLFFBQVE7QUFDMUIsWUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDOUIsVUFBSSxNQUFNLE9BQVc7QUFDckIsVUFBSSxNQUFNLElBQUksSUFBSSxVQUFVLE9BQU8sTUFBTSxDQUFDLEtBQUssSUFBSSxPQUFPLENBQUMsWUFBWSxHQUFHLE9BQU8sTUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDO0FBQUEsSUFDN0c7QUFDQSxTQUFLLEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFFQSxTQUFPLFdBQVcsT0FBTztBQUMzQjtBQUVBLFNBQVMsWUFBWSxPQUFpQixVQUFvQixRQUF5RDtBQUNqSCxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLEtBQUssSUFBSSxDQUFDLEVBQUcsUUFBTyxHQUFHLG9DQUFvQyxNQUFNLENBQUMsQ0FBQyxRQUFRO0FBQy9FLFNBQUssSUFBSSxDQUFDO0FBQUEsRUFDWjtBQUNBLFFBQU0sVUFBVSxTQUFTLE9BQU8sQ0FBQyxNQUFNLENBQUMsTUFBTSxTQUFTLENBQUMsQ0FBQztBQUN6RCxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLFNBQVMsU0FBUyxDQUFDLENBQUM7QUFDdkQsUUFBTSxVQUFVLENBQUMsUUFBUSxVQUFVLENBQUMsTUFBTTtBQUUxQyxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxNQUFNLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSztBQUNoRSxVQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFVBQU0sSUFBSSxTQUFTLENBQUM7QUFDcEIsUUFBSSxNQUFNLFVBQWEsTUFBTSxVQUFhLFFBQVEsU0FBUyxDQUFDLEtBQUssTUFBTSxTQUFTLENBQUMsR0FBRztBQUNsRixhQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLFdBQVcsTUFBTSxDQUFDLENBQUMsRUFBRTtBQUMxRCxjQUFRLE9BQU8sUUFBUSxRQUFRLENBQUMsR0FBRyxDQUFDO0FBQ3BDLFlBQU0sT0FBTyxNQUFNLFFBQVEsQ0FBQyxHQUFHLENBQUM7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssUUFBUyxRQUFPLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxDQUFDLHdCQUF3QjtBQUN0RixhQUFXLEtBQUssTUFBTyxRQUFPLEdBQUcsd0VBQXdFLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDbkgsTUFBSSxTQUFTO0FBQ1gsVUFBTSxJQUFJLE1BQU0sVUFBVSxDQUFDLEdBQUcsTUFBTSxNQUFNLFNBQVMsQ0FBQyxDQUFDO0FBQ3JELFFBQUksS0FBSyxFQUFHLFFBQU8sTUFBTSxDQUFDLEdBQUksbUJBQW1CLE1BQU0sU0FBUyxDQUFDLENBQUUsQ0FBQyxnQkFBZ0IsSUFBSSxDQUFDLFdBQVcsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLHlCQUF5QjtBQUFBLEVBQy9JO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsS0FBYSxPQUFjLFFBQXlDO0FBQ3JGLFFBQU0sSUFBSSxNQUFNLGVBQWUsQ0FBQztBQUNoQyxNQUFJLElBQUksU0FBUyxRQUFRLEVBQUcsUUFBTztBQUNuQyxNQUFJLFFBQVEsSUFBSTtBQUNkLFFBQUksRUFBRSxTQUFVLFFBQU8sdUNBQXVDO0FBQzlELFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQ3RCLFdBQU8saURBQWlELE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDcEUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE1BQU0sU0FBUyxhQUFhLE1BQU0sU0FBUyxVQUFVO0FBQ3ZELFVBQU0sTUFBTSxNQUFNLFNBQVMsWUFBWSxVQUFVLFFBQVEsS0FBSyxHQUFHO0FBQ2pFLFFBQUksQ0FBQyxJQUFJO0FBQ1AsYUFBTyxZQUFZLE1BQU0sU0FBUyxZQUFZLGVBQWUsVUFBVSxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDOUYsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLElBQUksT0FBTyxHQUFHO0FBQ3BCLFFBQUksRUFBRSxZQUFZLFVBQWEsSUFBSSxFQUFFLFFBQVMsUUFBTyw0QkFBdUIsRUFBRSxPQUFPLFdBQVcsTUFBTSxHQUFHLENBQUMsRUFBRTtBQUFBLGFBQ25HLEVBQUUsWUFBWSxVQUFhLElBQUksRUFBRSxRQUFTLFFBQU8sNEJBQXVCLEVBQUUsT0FBTyxXQUFXLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUM1RyxRQUFPO0FBQ1osV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEVBQUUsUUFBUSxDQUFDLEVBQUUsS0FBSyxTQUFTLEdBQUcsR0FBRztBQUNuQyxXQUFPLG1CQUFtQixFQUFFLEtBQUssS0FBSyxJQUFJLENBQUMsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ2xFLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsQ0FBQyxJQUFJLE9BQU8sRUFBRSxTQUFTLEdBQUcsRUFBRSxLQUFLLEdBQUcsR0FBRztBQUN0RCxXQUFPLFlBQVksY0FBYyxFQUFFLE9BQU8sS0FBSyxrQkFBa0IsRUFBRSxPQUFPLEdBQUcsV0FBVyxNQUFNLEdBQUcsQ0FBQyxFQUFFO0FBQ3BHLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxFQUFFLFdBQVcsY0FBYyxFQUFFLE9BQU8sR0FBRyxXQUFXLGFBQWEsS0FBSyxDQUFDLGVBQWUsR0FBRyxHQUFHO0FBQzVGLFdBQU8sc0NBQXNDLE1BQU0sR0FBRyxDQUFDLEVBQUU7QUFDekQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGVBQWUsS0FBc0I7QUFDNUMsUUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFDM0MsTUFBSSxNQUFNLE9BQVcsUUFBTztBQUM1QixRQUFNLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFJLElBQUssR0FBRyxDQUFDLENBQUM7QUFDN0MsU0FBTyxLQUFLLFlBQVksTUFBTSxJQUFLLEtBQUssS0FBSyxXQUFXLE1BQU07QUFDaEU7OztBQzNINlAsU0FBUyxnQkFBQUMscUJBQW9CO0FBd0NuUixTQUFTLFlBQVksTUFBMkI7QUFDckQsU0FBTyxLQUFLLE1BQU1DLGNBQWEsTUFBTSxNQUFNLENBQUM7QUFDOUM7OztBQzFDaVAsT0FBTyxVQUFVO0FBa0IzUCxTQUFTLFFBQVEsT0FBbUIsTUFBYyxVQUFzQztBQUM3RixRQUFNLEtBQUssQ0FBQyxNQUFjLFFBQWdCLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxRQUFRLFFBQVEsQ0FBQztBQUMzRyxNQUFJLE1BQU0sV0FBVyxHQUFHO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUVBLE1BQUksT0FBTyxJQUFJLFlBQVksU0FBUyxFQUFFLE9BQU8sT0FBTyxXQUFXLEtBQUssQ0FBQyxFQUFFLE9BQU8sS0FBSztBQUNuRixNQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sT0FBUTtBQUNqQyxPQUFHLEdBQUcsS0FBSyx1REFBdUQ7QUFDbEUsV0FBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ3JCO0FBQ0EsUUFBTSxPQUFPLEtBQUssUUFBUSxJQUFJO0FBQzlCLE1BQUksUUFBUSxHQUFHO0FBQ2IsT0FBRyxPQUFPLE1BQU0sSUFBSSxHQUFHLEtBQUssMkNBQTJDO0FBQ3ZFLFdBQU8sS0FBSyxRQUFRLFVBQVUsSUFBSTtBQUFBLEVBQ3BDO0FBQ0EsTUFBSSxLQUFLLEtBQUssTUFBTSxJQUFJO0FBQ3RCLE9BQUcsR0FBRyxLQUFLLDRDQUE0QztBQUN2RCxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxXQUFXLE1BQU0sQ0FBQyxNQUFNLE9BQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFFL0Usb0JBQWdCLFVBQVUsTUFBTSxJQUFJO0FBQ3BDLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxPQUFvQixDQUFDO0FBQzNCLE1BQUksUUFBUTtBQUNaLE9BQUssTUFBZ0IsTUFBTTtBQUFBLElBQ3pCLFdBQVc7QUFBQSxJQUNYLFNBQVM7QUFBQSxJQUNULFdBQVc7QUFBQSxJQUNYLGdCQUFnQjtBQUFBLElBQ2hCLE1BQU0sQ0FBQyxXQUFXO0FBQ2hCLFlBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsV0FBSyxLQUFLLEVBQUUsTUFBTSxPQUFPLE1BQU0sS0FBSyxHQUFHLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDM0QsY0FBUSxTQUFTO0FBQUEsSUFDbkI7QUFBQSxFQUNGLENBQUM7QUFFRCxNQUFJLEtBQUssVUFBVSxRQUFRLEtBQUssS0FBSyxTQUFTLENBQUMsRUFBRyxLQUFLLEVBQUcsTUFBSyxJQUFJO0FBQ25FLFFBQU0sQ0FBQyxNQUFNLEdBQUcsT0FBTyxJQUFJO0FBQzNCLE1BQUksQ0FBQyxNQUFNO0FBQ1QsT0FBRyxHQUFHLEtBQUssNENBQTRDO0FBQ3ZELFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxTQUFTLEtBQUs7QUFDcEIsYUFBVyxLQUFLLFNBQVM7QUFDdkIsUUFBSSxRQUFRLEVBQUUsS0FBSyxFQUFHLElBQUcsRUFBRSxNQUFNLEtBQUssd0NBQXdDO0FBQzlFLGFBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxNQUFNLFFBQVEsS0FBSztBQUN2QyxVQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUcsU0FBUyxRQUFRLEVBQUcsSUFBRyxFQUFFLE1BQU0sT0FBTyxDQUFDLEtBQUssSUFBSSxJQUFJLENBQUMsSUFBSSwwREFBMEQsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBRTtBQUFBLElBQ3pKO0FBQUEsRUFDRjtBQUNBLFNBQU8sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN2QixRQUFJLEVBQUUsU0FBUyxRQUFRLEVBQUcsSUFBRyxHQUFHLElBQUksSUFBSSxDQUFDLElBQUksMERBQTBELE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUNuSCxDQUFDO0FBQ0QsU0FBTyxFQUFFLFFBQVEsU0FBUyxRQUFRLE9BQU8sQ0FBQyxNQUFNLENBQUMsUUFBUSxFQUFFLEtBQUssQ0FBQyxFQUFFO0FBQ3JFO0FBRUEsU0FBUyxRQUFRLE9BQTBCO0FBQ3pDLFNBQU8sTUFBTSxXQUFXLEtBQUssTUFBTSxDQUFDLE1BQU07QUFDNUM7QUFFTyxTQUFTLE9BQU8sTUFBYyxPQUF1QjtBQUMxRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsSUFBSSxLQUFLLFFBQVEsSUFBSyxLQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0sR0FBSTtBQUNsRixTQUFPO0FBQ1Q7QUFNQSxTQUFTLFdBQVcsTUFBYyxRQUF5RTtBQUN6RyxNQUFJLEtBQUs7QUFDVCxNQUFJLE9BQU87QUFDWCxNQUFJLFFBQVE7QUFDWixNQUFJLElBQUk7QUFDUixNQUFJLGFBQWE7QUFDakIsU0FBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixVQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFFBQUksY0FBYyxNQUFNLEtBQUs7QUFDM0IsWUFBTSxXQUFXO0FBQ2pCO0FBQ0EsVUFBSSxTQUFTO0FBQ2IsYUFBTyxJQUFJLEtBQUssUUFBUTtBQUN0QixZQUFJLEtBQUssQ0FBQyxNQUFNLEtBQUs7QUFDbkIsY0FBSSxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFBRSxpQkFBSztBQUFHO0FBQUEsVUFBUztBQUM1QyxtQkFBUztBQUNUO0FBQ0E7QUFBQSxRQUNGO0FBQ0EsWUFBSSxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQ3RCO0FBQUEsTUFDRjtBQUNBLFVBQUksQ0FBQyxRQUFRO0FBQ1gsZUFBTyxVQUFVLE9BQU8seUVBQXlFO0FBQ2pHLGVBQU87QUFBQSxNQUNUO0FBQ0EsWUFBTSxPQUFPLEtBQUssQ0FBQztBQUNuQixVQUFJLFNBQVMsVUFBYSxTQUFTLE9BQU8sU0FBUyxNQUFNO0FBQ3ZELGVBQU8sTUFBTSxPQUFPLCtEQUErRCxNQUFNLElBQUksQ0FBQyxrQkFBa0I7QUFDaEgsYUFBSztBQUNMLGVBQU8sSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLE1BQU0sT0FBTyxLQUFLLENBQUMsTUFBTSxLQUFNO0FBQUEsTUFDakU7QUFDQSxtQkFBYTtBQUNiO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxLQUFLO0FBQUU7QUFBUyxtQkFBYTtBQUFNO0FBQUs7QUFBQSxJQUFTO0FBQzNELFFBQUksTUFBTSxNQUFNO0FBQUU7QUFBUSxjQUFRO0FBQUcsbUJBQWE7QUFBTTtBQUFLO0FBQUEsSUFBUztBQUN0RSxRQUFJLE1BQU0sS0FBSztBQUNiLGFBQU8sTUFBTSxPQUFPLDRHQUE0RztBQUNoSSxXQUFLO0FBQ0wsYUFBTyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssSUFBSSxDQUFDLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQU07QUFBQSxJQUM3RTtBQUNBLGlCQUFhO0FBQ2I7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsVUFBcUIsTUFBYyxNQUFvQjtBQUM5RSxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3hELFFBQU0sU0FBUyxVQUFVLFNBQVMsR0FBRyxJQUFJLENBQUMsSUFBSSxVQUFVLE1BQU0sR0FBRztBQUNqRSxhQUFXLEtBQUssVUFBVTtBQUN4QixRQUFJLEVBQUUsU0FBUyxRQUFRLENBQUMsRUFBRSxPQUFPLFdBQVcsR0FBRyxFQUFHO0FBQ2xELFVBQU0sT0FBTyxPQUFPLE9BQU8sRUFBRSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQztBQUNqRCxRQUFJLEtBQU0sR0FBRSxTQUFTO0FBQUEsRUFDdkI7QUFDRjs7O0FQcEpvSixJQUFNLDJDQUEyQztBQWE5TCxJQUFNLGVBQWUsUUFBUSxjQUFjLElBQUksSUFBSSxTQUFTLHdDQUFlLENBQUMsQ0FBQztBQUU3RSxJQUFNLFdBQVcsUUFBUSxJQUFJLGVBQWUsUUFBUSxRQUFRLElBQUksWUFBWSxJQUFJQyxNQUFLLGNBQWMsTUFBTTtBQUV6RyxJQUFNLGNBQWMsUUFBUSxJQUFJLGtCQUFrQixRQUFRLFFBQVEsSUFBSSxlQUFlLElBQUksUUFBUSxjQUFjLE1BQU0sVUFBVSxTQUFTO0FBbUJ4SSxTQUFTLFVBQVUsVUFBdUIsQ0FBQyxHQUFlO0FBQy9ELFFBQU0sVUFBVSxRQUFRLFFBQVEsV0FBVyxRQUFRO0FBQ25ELFFBQU0sUUFBUSxRQUFRLFVBQVUsU0FBUyxjQUFjLE9BQU8sS0FBSztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxTQUFpQixHQUFHLEtBQUssSUFBSSxJQUFJO0FBQ2pELFFBQU0sV0FBc0IsQ0FBQztBQUM3QixRQUFNLFVBQVVBLE1BQUssU0FBUyxrQkFBa0I7QUFDaEQsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLFlBQVksT0FBTztBQUFBLEVBQzNCLFNBQVMsR0FBRztBQUNWLGFBQVMsS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLHFCQUFxQixNQUFNLEdBQUcsUUFBUSxLQUFLLFNBQVMsZ0RBQWlELEVBQVksT0FBTyxHQUFHLENBQUM7QUFDMUosV0FBTyxFQUFFLEtBQUssRUFBRSxXQUFXLENBQUMsRUFBRSxHQUE2QixRQUFRLENBQUMsR0FBYSxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ25IO0FBQ0EsUUFBTSxTQUFTLG9CQUFJLElBQXdCO0FBQzNDLGFBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsVUFBTSxPQUFPQSxNQUFLLFNBQVMsU0FBUyxJQUFJO0FBQ3hDLFVBQU0sT0FBTyxPQUFPLFNBQVMsSUFBSTtBQUNqQyxRQUFJLENBQUNDLFlBQVcsSUFBSSxHQUFHO0FBQ3JCLGVBQVMsS0FBSyxFQUFFLE1BQU0sTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLDREQUE0RCxDQUFDO0FBQ2xIO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxRQUFRQyxjQUFhLElBQUksR0FBRyxNQUFNLFFBQVE7QUFDdEQsVUFBTSxPQUFPLE9BQU8sV0FBVyxLQUFLLFVBQVUsTUFBTSxRQUFRO0FBQzVELFFBQUksS0FBTSxRQUFPLElBQUksU0FBUyxNQUFNLElBQUk7QUFBQSxFQUMxQztBQUNBLFlBQVUsSUFBSSxXQUFXLFFBQVEsUUFBUSxRQUFRO0FBQ2pELGFBQVcsUUFBUSxRQUFRLFFBQVE7QUFFbkMsUUFBTSxRQUFRLElBQUksWUFBWSxRQUFRLGNBQWMsV0FBVztBQUMvRCxNQUFJLGFBQXVDO0FBQzNDLE1BQUksTUFBTSxXQUFXO0FBQ25CLG9CQUFnQixRQUFRLE9BQU8sUUFBUSxRQUFRO0FBQy9DLGlCQUFhO0FBQUEsRUFDZixXQUFXLFFBQVEsa0JBQWtCLFFBQVEsSUFBSSxPQUFPLFFBQVE7QUFDOUQsYUFBUyxLQUFLLEVBQUUsTUFBTSxNQUFNLEtBQUssTUFBTSxHQUFHLFFBQVEsS0FBSyxTQUFTLG9GQUFvRixDQUFDO0FBQUEsRUFDdko7QUFDQSxXQUFTLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLGNBQWMsRUFBRSxJQUFJLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSTtBQUN2RSxTQUFPLEVBQUUsS0FBSyxRQUFRLE9BQU8sWUFBWSxNQUFNLEdBQXdCLFVBQVUsV0FBVztBQUM5RjtBQUdPLFNBQVMsU0FBUyxVQUF1QixDQUFDLEdBQVc7QUFDMUQsUUFBTSxTQUFTLFVBQVUsT0FBTztBQUNoQyxNQUFJLE9BQU8sU0FBUyxPQUFRLE9BQU0sSUFBSSxVQUFVLE9BQU8sUUFBUTtBQUMvRCxTQUFPLE9BQU87QUFDaEI7OztBRHpFTyxTQUFTLFdBQWMsTUFBNkI7QUFDekQsU0FBTyxhQUFhO0FBQUEsSUFDbEIsT0FBTyxDQUFDLG9CQUFvQiw2QkFBNkI7QUFBQSxJQUN6RCxNQUFNLE1BQVMsS0FBSyxTQUFTLENBQUM7QUFBQSxFQUNoQyxDQUFDO0FBQ0g7OztBU1JBLElBQU8sMEJBQVEsV0FBVyxjQUFjOyIsCiAgIm5hbWVzIjogWyJzY2FsZUxpbmVhciIsICJzY2FsZUxpbmVhciIsICJzY2FsZUxpbmVhciIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgInJlYWRGaWxlU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiam9pbiIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyJdCn0K
