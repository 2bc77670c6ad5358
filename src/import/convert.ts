// One converter per kind of Jekyll file: events, posts, participants, projects, participant lists and the
// installations sheet. Each returns the file to write, the files to copy, and what it could not convert.
import { parse as parseCsv } from "csv-parse/sync";
import matter from "gray-matter";
import { parse as parseYaml, stringify } from "yaml";
import { PARTICIPANT_COLUMNS } from "../schema/participant.ts";
import {
  countryCode,
  fileSlug,
  firstParagraph,
  frontMatter,
  installationStatus,
  languageCodes,
  materialPath,
  parseDateRange,
  parseMaterials,
  splitAuthors,
  stripJekyll,
  type Converted,
} from "./jekyll.ts";
import { slugify } from "../schema/fields.ts";

export interface Conversion extends Converted {
  /** Files to copy from the Jekyll site, as paths relative to each site's root. */
  copies: Array<{ from: string; to: string }>;
}

const EVENT_KINDS: Record<string, { kind: string; online?: boolean }> = {
  workshop: { kind: "workshop" },
  conference: { kind: "conference" },
  meeting: { kind: "meeting" },
  training: { kind: "training" },
  "online workshop": { kind: "online", online: true },
  "online conference": { kind: "conference", online: true },
  "online meeting": { kind: "meeting", online: true },
};

/** A Liquid reference to a data file, such as site.data.events.workshop-2016, matched whatever its letter case. */
function dataFile(content: string, folder: "events" | "projects", available: readonly string[], warnings: string[]): string | undefined {
  const wanted = new RegExp(`site\\.data\\.${folder}\\.([\\w-]+)`).exec(content)?.[1];
  if (!wanted) return undefined;
  const found = available.find((name) => name.toLowerCase() === `${wanted.toLowerCase()}.csv`);
  if (!found) {
    warnings.push(`it lists participants from ${wanted}.csv, which the old site does not have`);
    return undefined;
  }
  if (found !== `${wanted}.csv`) warnings.push(`it asks for ${wanted}.csv; the file is ${found}, used under the name ${found.toLowerCase()}`);
  return found;
}

export function convertEvent(name: string, raw: string, participantFiles: readonly string[]): Conversion {
  const warnings: string[] = [];
  const { data, content } = matter(raw);
  const slug = fileSlug(name);
  const { start, end } = parseDateRange(typeof data.date_shown === "string" ? data.date_shown : undefined, data.date);
  if (!start) warnings.push("no date could be read from date or date_shown; add start");
  const type = String(data.type ?? "workshop").trim().toLowerCase();
  const kind = EVENT_KINDS[type];
  if (!kind) warnings.push(`type "${data.type}" has no match here; set kind to workshop, conference, training, online or meeting`);
  const participants = dataFile(content, "events", participantFiles, warnings);
  const stripped = stripJekyll(content, warnings);
  const { text, resources } = splitSections(stripped);
  const copies: Conversion["copies"] = [];
  const materials = parseMaterials(resources, warnings).map((material) => {
    const { url, file } = materialPath(material.url);
    if (file) copies.push({ from: file, to: url.slice(1) });
    return { ...material, url };
  });
  const summary = firstParagraph(text);
  if (!summary) warnings.push("no description to take a summary from; add summary");
  else warnings.push("summary taken from the first paragraph; check that it reads well on its own");
  if (!kind?.online) warnings.push("the old page gives no city or country; add location with city and country");
  const fields = {
    title: data.title,
    kind: kind?.kind ?? "workshop",
    start,
    end,
    online: kind?.online,
    summary,
    participants: participants?.toLowerCase(),
    materials: materials.length > 0 ? materials : undefined,
  };
  return { path: `content/workshops/${slug}.md`, text: `${frontMatter(fields)}\n${text}\n`, warnings, copies };
}

export function convertPost(name: string, raw: string): Conversion {
  const warnings: string[] = [];
  const { data, content } = matter(raw);
  const match = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown)$/.exec(name);
  const date = match?.[1] ?? parseDateRange(undefined, data.date).start;
  const slug = `${date}-${slugify(match?.[2] ?? String(data.title ?? "news"))}`;
  const body = stripJekyll(content.replace(/^_Published by[^\n]*_\s*$/m, ""), warnings);
  const authors = splitAuthors(String(data.authors ?? ""));
  if (authors.length === 0) warnings.push("no authors; add authors");
  const tags = String(data.categories ?? "").split(/\s+/).filter((tag) => tag && tag !== "news");
  const summary = typeof data.summary === "string" && data.summary.trim() ? data.summary.trim() : firstParagraph(body);
  const copies: Conversion["copies"] = [];
  let image: { src: string; alt: string } | undefined;
  if (typeof data.picture === "string" && data.picture.trim()) {
    const from = data.picture.trim().replace(/^\//, "");
    const to = from.replace(/^assets\/img\//, "assets/images/");
    copies.push({ from, to });
    image = { src: `/${to}`, alt: String(data.title) };
    warnings.push("the picture's description is its title for now; describe what the picture shows in image.alt");
  }
  const fields = { title: data.title, date, authors, summary, tags: tags.length > 0 ? tags : undefined, image };
  return { path: `content/news/${slug}.md`, text: `${frontMatter(fields)}\n${body}\n`, warnings, copies };
}

export function convertParticipant(name: string, raw: string): Conversion {
  const warnings: string[] = [];
  const { data, content } = matter(raw);
  const title = String(data.institution ?? "").trim();
  if (!title) warnings.push("no institution name; add name");
  const country = countryCode(String(data.country ?? ""));
  if (!country) warnings.push(data.country ? `country "${data.country}" is not one this site knows; set country to a two-letter code, or region` : "no country; add country or region");
  const kind = /\bgbif\b|node/i.test(title) ? "gbif-node" : "institution";
  warnings.push(`kind set to ${kind}; check it (gbif-node, institution, network or company)`);
  const body = stripJekyll(content, warnings).replace(/^\[!\[[^\]]*\]\([^)]*\)\]\(([^)]*)\)\s*$/m, "");
  const website = /\((https?:\/\/[^)\s]+)\)/.exec(content)?.[1];
  if (website) warnings.push(`website taken from the page's first link (${website}); check it`);
  else warnings.push("no website found; add website");
  const fields = {
    name: title || undefined,
    country,
    region: country ? undefined : (String(data.country ?? "").trim() || undefined),
    kind,
    website,
    joined: /^\d{4}$/.test(String(data.year ?? "")) ? Number(data.year) : undefined,
  };
  return { path: `content/partners/${slugify(title || name.replace(/\.md$/, ""))}.md`, text: `${frontMatter(fields)}\n${body}\n`, warnings, copies: [] };
}

export function convertProject(name: string, raw: string, partnerLists: Record<string, string>): Conversion {
  const warnings: string[] = [];
  const { data, content } = matter(raw);
  const code = /CESP\s?\d{4}-\d+/i.exec(`${name} ${data.title} ${content}`)?.[0]?.toUpperCase().replace(/\s/g, "");
  if (!code) warnings.push("no project code found; add code");
  const start = parseDateRange(undefined, data.date).start ?? (/^\d{4}$/.test(String(data.year ?? "")) ? String(data.year) : undefined);
  if (!start) warnings.push("no date; add start");
  const lead = slugify(String(data.lead ?? ""));
  if (lead) warnings.push(`lead set to ${lead}; it must be the file name of a partner in content/partners/`);
  else warnings.push("no lead; add lead");
  const list = dataFile(content, "projects", Object.keys(partnerLists), warnings);
  const partners = list
    ? (parseCsv(partnerLists[list]!, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Array<Record<string, string>>)
        .map((row) => slugify(row.organisation ?? ""))
        .filter((partner) => partner && partner !== lead)
    : [];
  if (partners.length > 0) warnings.push("partners are named after their organisations; each must match a file in content/partners/");
  const body = stripJekyll(content, warnings);
  const fields = { title: data.title, code, start, funding: data.funding, lead: lead || undefined, partners: [...new Set(partners)] };
  return { path: `content/projects/${fileSlug(name)}.md`, text: `${frontMatter(fields)}\n${body}\n`, warnings, copies: [] };
}

export function convertParticipantList(name: string, raw: string): Conversion {
  const warnings: string[] = [];
  const rows = parseCsv(raw, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true, bom: true }) as Array<Record<string, string>>;
  const header = Object.keys(rows[0] ?? {});
  const extra = header.filter((column) => !(PARTICIPANT_COLUMNS as readonly string[]).includes(column));
  if (extra.length > 0) warnings.push(`columns ${extra.join(", ")} were left out (this site keeps ${PARTICIPANT_COLUMNS.join(", ")})`);
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [PARTICIPANT_COLUMNS.join(","), ...rows.map((row) => PARTICIPANT_COLUMNS.map((column) => quote(row[column] ?? "")).join(","))];
  return { path: `_data/participants/${name.toLowerCase()}`, text: `${lines.join("\n")}\n`, warnings, copies: [] };
}

interface ExistingInstallation {
  id?: string;
  lat?: number;
  lon?: number;
  partner?: string;
}

const column = (row: Record<string, string>, ...names: string[]) => {
  const key = Object.keys(row).find((header) => names.includes(header.trim().toLowerCase()));
  return key ? (row[key] ?? "").trim() : "";
};

/** The installations sheet into _data/installations.yaml, keeping the coordinates and partners already there. */
export function convertInstallations(sheet: string, existing: string | undefined): Conversion {
  const warnings: string[] = [];
  const known = new Map<string, ExistingInstallation>();
  const previous = existing ? (parseYaml(existing) as ExistingInstallation[] | null) : null;
  for (const entry of Array.isArray(previous) ? previous : []) if (entry?.id) known.set(entry.id, entry);
  const rows = parseCsv(sheet, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true, bom: true }) as Array<Record<string, string>>;
  const blocks: string[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const name = column(row, "installation", "name");
    if (!name) {
      warnings.push(`row ${line} has no installation name and was left out`);
      return;
    }
    const id = slugify(name).slice(0, 60).replace(/-+$/, "");
    const area = column(row, "area", "country");
    const country = countryCode(area);
    if (!country && area) warnings.push(`${id}: "${area}" is not a country this site knows; it became a region`);
    const statusText = column(row, "declared status", "status");
    const status = installationStatus(statusText);
    if (!status) warnings.push(`${id}: status "${statusText}" has no match; set it by hand`);
    const rowWarnings: string[] = [];
    const languages = languageCodes(column(row, "language", "languages"), rowWarnings);
    warnings.push(...rowWarnings.map((warning) => `${id}: ${warning}`));
    const address = column(row, "url");
    const url = /^https?:\/\//.test(address) && URL.canParse(address) ? address : undefined;
    if (address && !url) warnings.push(`${id}: "${address}" is not a web address and was left out`);
    const year = column(row, "year", "launch year", "launched");
    const before = known.get(id);
    if (before?.lat === undefined || before?.lon === undefined) warnings.push(`${id}: no coordinates yet; add lat and lon to show it on the map`);
    blocks.push(
      stringify(
        [
          {
            id,
            name,
            ...(url ? { url } : {}),
            ...(country ? { country } : { region: area || "Unknown" }),
            status: status ?? "in-discussion",
            ...(/^\d{4}$/.test(year) ? { launched: Number(year) } : {}),
            languages,
            ...(before?.lat !== undefined && before?.lon !== undefined ? { lat: before.lat, lon: before.lon } : {}),
            ...(before?.partner ? { partner: before.partner } : {}),
          },
        ],
        { lineWidth: 0, flowCollectionPadding: false },
      ).trimEnd(),
    );
  });
  const header = "# The Living Atlases portals, imported from the old site's sheet. To add one, copy a block and run `npm run check`.\n\n";
  return { path: "_data/installations.yaml", text: `${header}${blocks.join("\n\n")}\n`, warnings, copies: [] };
}

/** Description and other prose stay in the body; resource lists become materials. */
function splitSections(body: string): { text: string; resources: string } {
  const parts = body.split(/^(?=## )/m);
  const keep: string[] = [];
  const resources: string[] = [];
  for (const part of parts) {
    const heading = /^## (.+)$/m.exec(part)?.[1]?.trim().toLowerCase() ?? "";
    if (/^(resources?|presentations?|presentations? (&|and) (exercises|posters?)|posters?)$/.test(heading)) resources.push(part);
    else if (heading.startsWith("participants")) {
      const rest = part.replace(/^## .+$/m, "").trim();
      if (rest) keep.push(`## Participants\n\n${rest}\n`);
    } else if (heading === "description") keep.push(part.replace(/^## .+\n/m, ""));
    else if (heading !== "photos") keep.push(part);
  }
  return { text: keep.join("\n").replace(/\n{3,}/g, "\n\n").trim(), resources: resources.join("\n") };
}
