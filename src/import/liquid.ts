// The Liquid in the old pages, read before it is removed: loops over data files become the rows they printed,
// includes give up their parameters (country="es"), page variables their values, and whatever else is left out.
import type { DataRow } from "./site.ts";

interface Include {
  file: string;
  parameters: Record<string, string>;
}

/** A loop over a data file, such as {% for participant in site.data.events.workshop-2016 %}. */
export interface DataLoop {
  /** The data file as the page named it: events/workshop-2016. */
  asked: string;
  /** The data file that exists under that name, whatever its letter case, or undefined. */
  key: string | undefined;
  rows: DataRow[];
}

export interface Liquid {
  text: string;
  includes: Include[];
  loops: DataLoop[];
  /** Tags and outputs left out because nothing here stands for them. */
  removed: string[];
}

export interface LiquidContext {
  data: ReadonlyMap<string, unknown>;
  page: Record<string, unknown>;
  /** Whether a loop over this data file is printed into the text, or only reported in `loops`. */
  print: (key: string) => boolean;
}

const FOR = /{%\s*for\s+(\w+)\s+in\s+([\w.-]+?)\s*((?:reversed|limit:\s*\d+|offset:\s*\d+|\s)*)%}((?:(?!{%\s*for\b)[\s\S])*?){%\s*endfor\s*%}/;

export function renderLiquid(source: string, context: LiquidContext): Liquid {
  const removed: string[] = [];
  const includes: Include[] = [];
  const loops: DataLoop[] = [];
  const assigned = new Map<string, { key: string; filters: string }>();
  // Whitespace control first: {%- and -%} eat the spaces and line breaks beside them, as Jekyll did.
  let text = source
    .replace(/\s*{%-/g, "{%")
    .replace(/-%}\s*/g, "%}")
    .replace(/\s*{{-/g, "{{")
    .replace(/-}}\s*/g, "}}");

  text = text.replace(/{%\s*include\s+([\w./-]+)((?:\s+\w+\s*=\s*(?:"[^"]*"|'[^']*'|[\w.-]+))*)\s*%}/g, (_, file: string, parameters: string) => {
    const named = Object.fromEntries(
      [...parameters.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+))/g)].map((match) => [match[1]!, match[2] ?? match[3] ?? match[4] ?? ""]),
    );
    includes.push({ file, parameters: named });
    return "";
  });
  text = text.replace(/{%\s*assign\s+(\w+)\s*=\s*site\.data\.([\w.-]+)\s*((?:\|[^%]*)?)%}/g, (_, name: string, path: string, filters: string) => {
    assigned.set(name, { key: path, filters });
    return "";
  });

  // Innermost loops first, so a loop inside another is printed before the outer one repeats it.
  for (let match = FOR.exec(text); match; match = FOR.exec(text)) {
    const [whole, variable, source, modifiers, body] = match as unknown as [string, string, string, string, string];
    const viaAssign = assigned.get(source);
    const path = viaAssign?.key ?? (source.startsWith("site.data.") ? source.slice("site.data.".length) : undefined);
    let printed = "";
    if (path !== undefined) {
      const asked = path.replace(/\./g, "/");
      const key = findKey(context.data, asked);
      let rows = key ? dataRows(context.data.get(key)) : [];
      rows = applyFilters(rows, viaAssign?.filters ?? "");
      if (/reversed/.test(modifiers)) rows = [...rows].reverse();
      loops.push({ asked, key, rows });
      if (key && context.print(key)) printed = rows.map((row) => printRow(body, variable, row)).join("");
    } else {
      removed.push(whole.slice(0, whole.indexOf("%}") + 2));
    }
    // A table whose rows the loop printed loses its header too when the rows are not printed.
    const before = printed ? text.slice(0, match.index) : text.slice(0, match.index).replace(/(^|\n)(?:[ \t]*\|[^\n]*\n)+[ \t]*$/, "$1");
    text = before + printed + text.slice(match.index + whole.length);
  }

  text = text.replace(/{{\s*page\.(\w+)\s*}}/g, (_, name: string) => {
    const value = context.page[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  });
  text = text.replace(/{%[\s\S]*?%}|{{[\s\S]*?}}/g, (tag) => {
    removed.push(tag);
    return "";
  });
  return { text, includes, loops, removed };
}

/** The data file a page names, matched whatever its letter case, as Jekyll on a case-insensitive disk would. */
function findKey(data: ReadonlyMap<string, unknown>, asked: string): string | undefined {
  if (data.has(asked)) return asked;
  return [...data.keys()].find((key) => key.toLowerCase() === asked.toLowerCase());
}

function dataRows(value: unknown): DataRow[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((row) => row && typeof row === "object")
    .map((row) => Object.fromEntries(Object.entries(row as object).map(([key, cell]) => [key.trim(), cell == null ? "" : String(cell).trim()])));
}

/** The filters the old site used on data: where: "list", "technical" and sort: "name". */
function applyFilters(rows: DataRow[], filters: string): DataRow[] {
  let result = rows;
  for (const [, name, argument] of filters.matchAll(/\|\s*(\w+)\s*:?\s*([^|]*)/g)) {
    const values = [...(argument ?? "").matchAll(/"([^"]*)"|'([^']*)'/g)].map((value) => value[1] ?? value[2] ?? "");
    if (name === "where" && values.length === 2) result = result.filter((row) => row[values[0]!] === values[1]);
    if (name === "sort" && values.length >= 1) result = [...result].sort((a, b) => (a[values[0]!] ?? "").localeCompare(b[values[0]!] ?? "", "en"));
  }
  return result;
}

/** One row printed through the loop's body: {{ member.name }} becomes the row's name, with < kept as text. */
function printRow(body: string, variable: string, row: DataRow): string {
  const output = new RegExp(`{{\\s*${variable}\\.(\\w+)\\s*(?:\\|[^}]*)?}}`, "g");
  return body
    .replace(output, (_, field: string) => (row[field] ?? "").replace(/</g, "&lt;").replace(/\|/g, "\\|"))
    .replace(/{%\s*(?:if|unless|elsif|else|endif|endunless)\b[^%]*%}/g, "");
}
