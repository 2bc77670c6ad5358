// Converts the community's former Jekyll site into this site's content model. Each function turns one
// Jekyll file into one file of ours, and says what it could not convert, so an editor can finish the job.
import { decodePath } from "../schema/addresses.ts";
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import ISO6391 from "iso-639-1";
import { stringify } from "yaml";
import { isRealDate, slugify } from "../schema/fields.ts";
import { INSTALLATION_STATUSES, type InstallationStatus } from "../schema/installation-statuses.ts";
import type { MaterialKind } from "../schema/workshop.ts";

countries.registerLocale(english);

/** One converted file, and what an editor should look at in it. */
export interface Converted {
  path: string;
  text: string;
  warnings: string[];
}

// ---------------------------------------------------------------- text

/** Liquid tags and the loops they wrap, layout HTML, and the title heading every Jekyll page repeats. */
export function stripJekyll(body: string, warnings: string[]): string {
  let text = body.replace(/\r\n/g, "\n");
  // A table whose rows came from a loop loses its header and separator rows too.
  text = text.replace(/(?:^\|[^\n]*\|[ \t]*\n)+(?={%-?\s*for)/gm, "");
  const loops = text.match(/{%-?\s*for[\s\S]*?endfor\s*-?%}/g) ?? [];
  text = text.replace(/{%-?\s*for[\s\S]*?endfor\s*-?%}/g, "");
  const tags = text.match(/{%[\s\S]*?%}|{{[\s\S]*?}}/g) ?? [];
  // Headings that only repeat the page's title or name, and a bare "Description" heading, add nothing here.
  text = text
    .replace(/^#+\s*{{[^}]*}}\s*$/gm, "")
    .replace(/^#+\s*Description\s*$/gim, "")
    .replace(/{%[\s\S]*?%}|{{[\s\S]*?}}/g, "");
  const html = text.match(/<\/?(?:div|span|h[1-6]|p|br|center|video|source|ol|ul|li|img|iframe|script|style)\b[^>]*>/gi) ?? [];
  text = text.replace(/<\/?(?:div|span|center|br)\b[^>]*>/gi, "").replace(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/gi, (_, __, inner: string) => `## ${inner.trim()}`);
  text = text.replace(/<\/?(?:p|ol|ul|li)\b[^>]*>/gi, "").replace(/<(?:video|iframe|script|style)\b[\s\S]*?<\/(?:video|iframe|script|style)>/gi, "").replace(/<img\b[^>]*>/gi, "");
  if (loops.length > 0) warnings.push(`removed ${loops.length} Liquid loop${loops.length === 1 ? "" : "s"} (tables filled from data files)`);
  if (tags.length > 0) warnings.push(`removed ${tags.length} Liquid tag${tags.length === 1 ? "" : "s"}`);
  if (html.length > 0) warnings.push(`removed or converted ${html.length} HTML tag${html.length === 1 ? "" : "s"} of the old layout`);
  // Jekyll pages start their sections at ####; here the page title is the only level-1 heading.
  text = text.replace(/^#{3,6}\s+/gm, "## ").replace(/^#\s+/gm, "## ");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** The first real paragraph, as plain text of at most 300 characters, for a summary. */
export function firstParagraph(markdown: string): string | undefined {
  const paragraph = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block && !block.startsWith("#") && !block.startsWith("-") && !block.startsWith("|") && !block.startsWith("!"));
  if (!paragraph) return undefined;
  const plain = paragraph.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
  if (plain.length <= 300) return plain;
  const cut = plain.slice(0, 298);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

// ---------------------------------------------------------------- dates

const DATE = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/;

function isoDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return isRealDate(date) ? date : undefined;
}

/** "2016-10-03 to 2016-10-07", "2015/10/20 to 2015/10/23" or "2018-08-25 to 2018-09-1" into ISO start and end. */
export function parseDateRange(shown: string | undefined, fallback: unknown): { start?: string; end?: string } {
  const [first, second] = (shown ?? "").split(/\s+(?:to|-|–)\s+/);
  const start = isoDate(first ?? "") ?? (fallback instanceof Date ? fallback.toISOString().slice(0, 10) : isoDate(String(fallback ?? "")));
  const end = isoDate(second ?? "");
  return { ...(start ? { start } : {}), ...(end && start && end > start ? { end } : {}) };
}

// ---------------------------------------------------------------- places, languages, kinds

const COUNTRY_ALIASES: Record<string, string> = {
  scotland: "GB", wales: "GB", england: "GB", "northern ireland": "GB", uk: "GB", "united kingdom": "GB",
  usa: "US", luxemburg: "LU", "trinidad & tobago": "TT", "chinese taipei": "TW", taiwan: "TW", "south-africa": "ZA",
};

export function countryCode(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  if (!key) return undefined;
  const plain = key.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return COUNTRY_ALIASES[key] ?? countries.getAlpha2Code(name.trim(), "en") ?? countries.getAlpha2Code(plain.replace(/\b\w/g, (c) => c.toUpperCase()), "en") ?? undefined;
}

/** "Spanish & English & Catalan" or "English, German & French" into ISO 639-1 codes; unknown names are reported. */
export function languageCodes(text: string, warnings: string[]): string[] {
  const names = text.split(/\s*(?:&|,|\band\b)\s*/).map((name) => name.trim()).filter(Boolean);
  const codes: string[] = [];
  for (const name of names) {
    const code = ISO6391.getCode(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase());
    if (code) codes.push(code);
    else warnings.push(`language "${name}" is not one this site knows; add its two-letter code by hand`);
  }
  return [...new Set(codes)];
}

export function materialKind(label: string, url: string): MaterialKind {
  const text = `${label} ${url}`.toLowerCase();
  if (text.includes("poster")) return "poster";
  if (text.includes("abstract")) return "abstract";
  if (text.includes("agenda")) return "agenda";
  if (text.includes("video") || text.includes("youtube") || text.includes("youtu.be")) return "video";
  if (text.includes("exercise")) return "exercise";
  if (text.includes("q&a") || text.includes("notes")) return "notes";
  if (/presentation|slides|day \d/.test(text)) return "slides";
  return "document";
}

const STATUS_WORDS: Array<[RegExp, InstallationStatus]> = [
  [/^live/i, "live"],
  [/^under development/i, "in-development"],
  [/^in development/i, "in-development"],
  [/^in discussion|^on hold/i, "in-discussion"],
  [/^offline/i, "offline"],
  [/^moved/i, "moved"],
  [/^discontinued/i, "discontinued"],
];

export function installationStatus(text: string): InstallationStatus | undefined {
  return STATUS_WORDS.find(([pattern]) => pattern.test(text.trim()))?.[1] ?? (INSTALLATION_STATUSES as readonly string[]).find((status) => status === text.trim()) as InstallationStatus | undefined;
}

// ---------------------------------------------------------------- people

/** "Jane Doe (GBIF Spain), John Roe (ALA) and Ana Pérez" into one entry per person, each with its own organisation. */
export function splitAuthors(text: string): string[] {
  const cleaned = text.replace(/\s*and its \[abstract\]\([^)]*\)/gi, "").trim();
  const people: string[] = [];
  let depth = 0;
  let current = "";
  // Separators count only outside brackets: "GBIF (Spain, Madrid)" stays one organisation.
  for (let index = 0; index < cleaned.length; index++) {
    const character = cleaned[index]!;
    if (character === "(") depth++;
    if (character === ")") depth = Math.max(0, depth - 1);
    const rest = cleaned.slice(index);
    const separator = depth === 0 ? /^(?:\s*,\s*|\s+and\s+|\s*&\s*)/.exec(rest)?.[0] : undefined;
    if (separator) {
      people.push(current);
      current = "";
      index += separator.length - 1;
    } else {
      current += character;
    }
  }
  people.push(current);
  return people.map((person) => person.trim()).filter((person) => person.length > 1);
}

// ---------------------------------------------------------------- materials

export interface ImportedMaterial {
  title: string;
  url: string;
  kind: MaterialKind;
  authors?: string[];
  format?: string;
}

const BULLET = /^\s*[-*]\s+(?:([^:[\]]+?)\s*:\s*)?\[([^\]]*)\]\(([^)]*)\)\s*(?:\(([^)]*)\))?\s*(?:by\s+(.*))?$/;

/** Material bullets such as `- Presentation: [Title](url) (PDF) by Author (Org)`; empty links are reported. */
export function parseMaterials(markdown: string, warnings: string[], sectionKind = "document"): ImportedMaterial[] {
  const materials: ImportedMaterial[] = [];
  let section = sectionKind;
  for (const line of markdown.split("\n")) {
    const heading = /^#+\s+(.+)$/.exec(line);
    if (heading) {
      section = heading[1]!.trim();
      continue;
    }
    const match = BULLET.exec(line);
    if (!match) {
      const group = /^\s*[-*]\s+([^:[\]]+?)\s*:?\s*$/.exec(line);
      if (group) section = group[1]!;
      continue;
    }
    const [, label, title, rawUrl, format, by] = match;
    const url = rawUrl!.trim();
    if (!url) {
      warnings.push(`"${title}" has an empty link and was left out; add its address if it exists`);
      continue;
    }
    const authors = splitAuthors(by ?? "");
    const material: ImportedMaterial = { title: title!.trim(), url, kind: materialKind(label ?? section, url) };
    if (authors.length > 0) material.authors = authors;
    if (format && !/^pdf$/i.test(format.trim())) material.format = format.trim();
    materials.push(material);
    for (const abstract of (by ?? "").matchAll(/\[abstract\]\(([^)]*)\)/gi)) {
      materials.push({ title: `Abstract: ${material.title}`, url: abstract[1]!.trim(), kind: "abstract", ...(authors.length > 0 ? { authors } : {}) });
    }
  }
  return materials;
}

/** Jekyll kept files under /assets/presentation/<event>/; here they live under /assets/materials/<event>/. */
export function materialPath(url: string): { url: string; file?: string } {
  const local = /^(?:\.\.)?\/?assets\/presentation\/(.+)$/.exec(url.replace(/^\.\.\//, "/"));
  if (!local) return { url };
  // A path that cannot be decoded, or climbs out of the folder, is left as written for the check to report.
  const decoded = decodePath(local[1]!.split(/[?#]/)[0]!);
  if ("reason" in decoded) return { url };
  return { url: `/assets/materials/${decoded.path}`, file: `assets/presentation/${decoded.path}` };
}

// ---------------------------------------------------------------- front matter

/** YAML front matter from an object, keeping field order, with every string quoted only when it must be. */
export function frontMatter(fields: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== ""));
  return `---\n${stringify(defined, { lineWidth: 0 }).trimEnd()}\n---\n`;
}

export const fileSlug = (name: string) => slugify(name.replace(/\.(md|markdown)$/i, "").replace(/_/g, "-"));

/** The old site's addresses of a converted file, such as /participants/gbif_spain for _participants/gbif_spain.md. */
export function oldAddress(from: string): string | undefined {
  const match = /^_(events|participants|projects)\/(.+)\.md$/.exec(from);
  return match ? `/${match[1]}/${match[2]}`.toLowerCase() : undefined;
}

/** Links to the old site's pages rewritten to the new addresses; returns the text and how many links changed. */
export function rewriteLinks(text: string, addresses: ReadonlyMap<string, string>): { text: string; rewritten: number } {
  let rewritten = 0;
  const result = text.replace(/\]\((\.\.)?(\/(?:events|participants|projects)\/[^)\s#]+?)\/?(#[^)\s]*)?\)/gi, (link, _dots, path: string, anchor = "") => {
    const address = addresses.get(path.toLowerCase());
    if (!address) return link;
    rewritten++;
    return `](${address}${anchor})`;
  });
  return { text: result, rewritten };
}
