// An event's "Resources" lists as materials: each bullet's title, address, kind, format and authors, and the old
// site's files copied under /assets/materials/<workshop>/ with their old address kept in redirect_from.
import { decodePath } from "../schema/addresses.ts";
import type { MaterialKind } from "../schema/workshop.ts";
import { findLinks } from "./links.ts";
import { repositoryFileUrl, type OldSite } from "./site.ts";

export interface ImportedMaterial {
  title: string;
  url: string;
  kind: MaterialKind;
  authors?: string[];
  format?: string;
  redirect_from?: string[];
}

export interface FileCopy {
  /** Path in the old site's checkout. */
  from: string;
  /** Path in this project. */
  to: string;
}

function materialKind(label: string, url: string): MaterialKind {
  const text = `${label} ${url}`.toLowerCase();
  if (text.includes("poster")) return "poster";
  if (text.includes("abstract")) return "abstract";
  if (text.includes("agenda")) return "agenda";
  if (text.includes("video") || text.includes("youtube") || text.includes("youtu.be")) return "video";
  if (text.includes("exercise")) return "exercise";
  if (text.includes("q&a") || text.includes("notes")) return "notes";
  if (/presentation|slides|day \d|\.pptx?\b|\.odp\b|\.key\b/.test(text)) return "slides";
  return "document";
}

/** "Jane Doe (GBIF Spain), John Roe (ALA) and Ana Pérez" into one entry per person, each with its own organisation. */
export function splitAuthors(text: string): string[] {
  const cleaned = text.replace(/\s*and its \[abstract\]\((?:<[^>]*>|[^)]*)\)/gi, "").trim();
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
  return people.map((person) => person.trim().replace(/[.;]+$/, "")).filter((person) => person.length > 1);
}

const BULLET = /^\s*[-*]\s+(?:([^[\]:]+?)\s*:\s*)?(\[.*)$/;

/** Material bullets such as `- Presentation: [Title](url) (PDF) by Author (Org)`; what is not a usable link is reported. */
export function parseMaterials(markdown: string, notes: string[], sectionKind = "document"): ImportedMaterial[] {
  const materials: ImportedMaterial[] = [];
  let section = sectionKind;
  for (const line of markdown.split("\n")) {
    const heading = /^#+\s+(.+)$/.exec(line);
    if (heading) {
      section = heading[1]!.trim();
      continue;
    }
    const match = BULLET.exec(line);
    const link = match ? findLinks(match[2]!).find((found) => found.start === 0 && !found.image) : undefined;
    if (!match || !link) {
      const group = /^\s*[-*]\s+([^:[\]]+?)\s*:?\s*$/.exec(line);
      const unlinked = /^\s*[-*]\s+(.+)$/.exec(line)?.[1];
      if (group && !group[1]!.includes(":") && group[1]!.split(/\s+/).length <= 4) section = group[1]!;
      else if (unlinked && !unlinked.includes("]("))
        notes.push(`"${unlinked.trim()}" is listed without a link and was left out; add it to materials if it can be found`);
      continue;
    }
    const label = match[1] ?? section;
    const after = match[2]!.slice(link.end);
    const format = /^\s*\(?\s*([^()]*?)\s*\)/.exec(after)?.[1];
    const by = /\b(?:by|created by|managed by)\s+(.*)$/i.exec(after)?.[1] ?? "";
    const url = link.destination.trim();
    // Titles such as "Spatial portal, _Rasa Bukontaite_, 2025" carry their author in italics.
    const italic = /^(.*?),\s*_([^_]+)_\s*(?:,\s*\d{4})?\s*$/.exec(link.text);
    const title = (italic?.[1] ?? link.text).replace(/[*_`]/g, "").trim();
    if (!url) {
      notes.push(`"${title}" has an empty link and was left out; add its address if it exists`);
      continue;
    }
    const authors = italic ? [italic[2]!.trim()] : splitAuthors(by);
    const material: ImportedMaterial = { title, url, kind: materialKind(label, url) };
    if (authors.length > 0) material.authors = authors;
    if (format && !/^(pdf|by\b.*)$/i.test(format) && format.length <= 30 && after.trimStart().match(/^\(?[^()]*\)/)) material.format = format;
    materials.push(material);
    for (const abstract of by.matchAll(/\[abstract\]\((?:<([^>]*)>|([^)]*))\)/gi)) {
      materials.push({
        title: `Abstract: ${material.title}`,
        url: (abstract[1] ?? abstract[2] ?? "").trim(),
        kind: "abstract",
        ...(authors.length > 0 ? { authors: [...authors] } : {}),
      });
    }
  }
  return materials;
}

/** The old site kept workshop files under /assets/presentation/<folder>/ (and a few under /assets/img/poster/). */
function oldFilePath(url: string): string | undefined {
  const path = url.replace(/^(?:\.\.\/)+/, "/").split(/[?#]/)[0]!;
  if (!/^\/?assets\/(?:presentation|img\/poster)\//.test(path)) return undefined;
  const decoded = decodePath(path.replace(/^\//, ""));
  return "path" in decoded ? decoded.path : undefined;
}

/**
 * A material's file as this site serves it: copied to /assets/materials/<workshop>/, or, when the checkout lacks it,
 * linked in the old repository at the checkout's commit. Either way the old address answers through redirect_from.
 * Each old address is claimed once: `claimed` remembers those already given to another material.
 */
export function placeMaterial(
  material: ImportedMaterial,
  workshop: string,
  site: OldSite,
  claimed: Set<string>,
  notes: string[],
  copies: FileCopy[],
): ImportedMaterial {
  const old = oldFilePath(material.url);
  if (!old) return material;
  const name = old.replace(/^assets\/(?:presentation\/[^/]+|img\/poster)\//, "");
  const target = `assets/materials/${workshop}/${name}`;
  const redirect = claimed.has(`/${old}`) ? {} : { redirect_from: [`/${old}`] };
  claimed.add(`/${old}`);
  if (site.isPlainFile(old)) {
    copies.push({ from: old, to: target });
    return { ...material, url: `/${target}`, ...redirect };
  }
  if (site.exists(old)) {
    notes.push(`${old} is a link or lies outside the old site, so it was not copied; put the file itself at ${target}`);
    return { ...material, url: `/${target}` };
  }
  if (site.repository) {
    notes.push(
      `"${material.title}": /${old} is not in the checkout, so the material links to its copy in ${site.repository.url} at ${site.repository.commit.slice(0, 7)}; to serve it from this site, add it as ${target} and set url to /${target}`,
    );
    return { ...material, url: repositoryFileUrl(site.repository, old), ...redirect };
  }
  notes.push(
    `"${material.title}": /${old} is not in the checkout; add the file as ${target}, or run the import on a git clone of the old site so it links to the old repository`,
  );
  return { ...material, url: `/${target}`, ...redirect };
}
