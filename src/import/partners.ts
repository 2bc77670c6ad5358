// An old participant page (_participants/<id>.md) as a partner: its country from the include that framed its portal
// (country="es"), or from the installations sheet; its website from the same include's slider row or the page's
// first link. Organisations a project names that only the sheet knows become partners too.
import { countriesIn, codeOfCountry, countryFromCode } from "./countries.ts";
import { document, frontMatter, redirectFrom, type Conversion, type ImportContext } from "./conversion.ts";
import { convertBody } from "./markdown.ts";
import type { FileCopy } from "./materials.ts";
import { findLinks } from "./links.ts";
import type { DataRow, OldDocument } from "./site.ts";
import { cell, rows, SHEET } from "./slugs.ts";
import { textOf } from "./values.ts";

export function convertParticipant(participant: OldDocument, context: ImportContext): Conversion {
  const page = context.slugs.page(participant)!;
  const notes: string[] = [];
  const { data } = participant;
  const name = textOf(data.institution ?? data.title).trim();
  if (!name) notes.push("no institution name; add name");
  // The page opened with its portal's logo linked to the portal: that link is the website, not text.
  const logo = /^\[!\[[^\]]*\]\((?:<[^>]*>|[^)]*)\)\]\((<[^>]*>|[^)\s]*)\)[ \t]*$/m.exec(participant.content);
  const content = logo ? participant.content.replace(logo[0], "") : participant.content;
  const copies: FileCopy[] = [];
  const body = convertBody(content, { data: context.site.data, page: data, print: () => true }, context.links(copies));
  notes.push(...body.notes);
  const sheetRow = [...context.slugs.sheetPages].find(([, document]) => document === participant)?.[0];

  const frame = body.liquid.includes.find((include) => include.parameters.country !== undefined)?.parameters.country;
  const place = where(frame, sheetRow, name, notes);
  const slider = frame
    ? rows(context.site.data.get("participant_slider")).find((row) => cell(row, "country").toLowerCase() === frame.toLowerCase())
    : undefined;
  const firstLink = findLinks(participant.content).find((link) => /^https?:\/\//.test(link.destination));
  const website =
    cell(slider ?? {}, "url") ||
    logo?.[1]?.replace(/^<|>$/g, "") ||
    firstLink?.destination ||
    (sheetRow && /^https?:\/\//.test(cell(sheetRow, "url")) ? cell(sheetRow, "url") : undefined);
  if (slider) notes.push(`website taken from the home page's slider, for country="${frame}" (${cell(slider, "url")}); check it`);
  else if (website) notes.push(`website taken from the page's first link (${website}); check it`);
  else notes.push("no website found; add website");

  const kind = /\bgbif\b|\bnode\b/i.test(name) || /^voting/i.test(cell(sheetRow ?? {}, "gbif status")) ? "gbif-node" : "institution";
  notes.push(`kind set to ${kind}; check it (gbif-node, institution, network or company)`);

  const fields = {
    name: name || undefined,
    ...place,
    kind,
    website,
    joined: /^\d{4}$/.test(textOf(data.year)) ? Number(data.year) : undefined,
    // When the sheet lists its portal, the old page's address leads to the portal's row instead (see importer.ts).
    redirect_from: redirectFrom(participant, page, context.claimed),
  };
  return document(participant, page, fields, body.text, notes, copies);
}

/** The country, in order: the include's code, the sheet's area, a country in the name; or a region. */
function where(frame: string | undefined, sheetRow: DataRow | undefined, name: string, notes: string[]): { country?: string; region?: string } {
  const fromFrame = frame ? countryFromCode(frame) : undefined;
  if (fromFrame) {
    if (fromFrame.variant) notes.push(`country ${fromFrame.code} read from the include's code "${frame}", a variant of it; check it`);
    return { country: fromFrame.code };
  }
  const area = cell(sheetRow ?? {}, "area");
  const fromSheet = area ? codeOfCountry(area) : undefined;
  const because = frame ? `the include's code "${frame}" is not a country, so ` : "";
  if (fromSheet) {
    notes.push(`${because}country ${fromSheet} taken from the installations sheet ("${area}"); check it`);
    return { country: fromSheet };
  }
  const inName = countriesIn(name)[0];
  if (inName) {
    notes.push(`${because}country ${inName.code} taken from the name ("${inName.name}"); check it`);
    return { country: inName.code };
  }
  if (area) {
    notes.push(`${because}"${area}" is not a country, so it became the region; check it`);
    return { region: area.replace(/^the\s+/i, "") };
  }
  notes.push(`${because}no country found; add country, or region for a network that spans countries`);
  return {};
}

/** A partner for an organisation a project names, from its row in the installations sheet. */
export function sheetPartner(slug: string, row: DataRow): Conversion {
  const notes: string[] = [];
  const name = cell(row, "installation");
  const area = cell(row, "area");
  const country = codeOfCountry(area);
  const kind = /\bgbif\b|\bnode\b/i.test(name) || /^voting/i.test(cell(row, "gbif status")) ? "gbif-node" : "institution";
  notes.push(
    `written because a project names ${name}, which has no page on the old site; its website is the portal's address in the installations sheet, and kind is ${kind}: check both`,
  );
  if (!country) notes.push(area ? `"${area}" is not a country, so it became the region; check it` : "no country; add country or region");
  const fields = { name, ...(country ? { country } : area ? { region: area } : {}), kind, website: cell(row, "url") };
  notes.push("the sheet has no description of it; write a few sentences about the organisation");
  return { from: `_data/${SHEET}.csv`, path: `content/partners/${slug}.md`, text: frontMatter(fields), notes, copies: [] };
}
