// What every converter returns and shares: the file it makes, the files to copy, the notes for the editor, and the
// context of the whole old site (its slug map, what it says about each event, which old addresses are taken).
import { stringify } from "yaml";
import type { FileCopy } from "./materials.ts";
import type { EventMentions } from "./mentions.ts";
import type { Gazetteer } from "./places.ts";
import type { NewPage, SlugMap } from "./slugs.ts";
import type { OldDocument, OldSite } from "./site.ts";
import { withoutEmptyLinks, type LinkTargets } from "./links.ts";

/** One converted file, and what an editor should look at in it. */
export interface Conversion {
  /** The old site's file it came from. */
  from: string;
  /** The file to write, from the project root. */
  path: string;
  text: string;
  notes: string[];
  copies: FileCopy[];
}

export interface ImportContext {
  site: OldSite;
  slugs: SlugMap;
  mentions: EventMentions;
  gazetteer: Gazetteer;
  /** Old addresses already listed in some redirect_from: each may be claimed once. */
  claimed: Set<string>;
  /** Old material files already placed, by old path, with their new address. */
  materialUrls: Map<string, string>;
  /** Whether _data/installations.yaml is written, so participants' old pages lead to their portal's row. */
  installationsWritten: boolean;
  /** Where links to old pages and files lead now; files a link needs are added to `copies`. */
  links(copies: FileCopy[]): LinkTargets;
}

/** YAML front matter from an object, keeping field order, with every string quoted only when it must be. */
export function frontMatter(fields: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== ""));
  return `---\n${stringify(defined, { lineWidth: 0, aliasDuplicateObjects: false }).trimEnd()}\n---\n`;
}

/** The page's old address, for redirect_from, unless it is the new page's own address or another file has it. */
export function redirectFrom(document: OldDocument, page: NewPage, claimed: Set<string>): string[] | undefined {
  const same = document.address.replace(/\/$/, "").toLowerCase() === page.url.replace(/\/$/, "").toLowerCase();
  if (same || claimed.has(document.address)) return undefined;
  claimed.add(document.address);
  return [document.address];
}

/** A converted Markdown file: its front matter, then its text. */
export function document(
  from: OldDocument,
  page: NewPage,
  fields: Record<string, unknown>,
  body: string,
  notes: string[],
  copies: FileCopy[] = [],
): Conversion {
  return { from: from.path, path: page.path, text: `${frontMatter(fields)}\n${withoutEmptyLinks(body, notes)}\n`, notes, copies };
}
