// The installations sheet (_data/ala-summary-gdocs-sheet1.csv) as _data/installations.yaml: each portal with its
// status, languages and launch year, the partner that runs it, and the old participant page that described it in
// redirect_from. Coordinates and partners an editor already added are kept.
import ISO6391 from "iso-639-1";
import { Document, parse as parseYaml, type YAMLMap, type YAMLSeq } from "yaml";
import { slugify } from "../schema/fields.ts";
import { INSTALLATION_STATUSES, type InstallationStatus } from "../schema/installation-statuses.ts";
import type { Conversion, ImportContext } from "./conversion.ts";
import { codeOfCountry } from "./countries.ts";
import { cell, rows, SHEET } from "./slugs.ts";

const STATUS_WORDS: Array<[RegExp, InstallationStatus]> = [
  [/^live/i, "live"],
  [/^under development/i, "in-development"],
  [/^in development/i, "in-development"],
  [/^in discussion|^on hold/i, "in-discussion"],
  [/^offline/i, "offline"],
  [/^moved/i, "moved"],
  [/^discontinued/i, "discontinued"],
];

function installationStatus(text: string): InstallationStatus | undefined {
  return (
    STATUS_WORDS.find(([pattern]) => pattern.test(text.trim()))?.[1] ??
    ((INSTALLATION_STATUSES as readonly string[]).find((status) => status === text.trim()) as InstallationStatus | undefined)
  );
}

/** "Spanish & English & Catalan" or "English, German & French" into ISO 639-1 codes; unknown names are reported. */
function languageCodes(text: string, notes: string[]): string[] {
  const names = text
    .split(/\s*(?:&|,|\band\b)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
  const codes: string[] = [];
  for (const name of names) {
    const code = ISO6391.getCode(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase());
    if (code) codes.push(code);
    else if (!/^n\/?a$/i.test(name)) notes.push(`language "${name}" is not one this site knows; add its two-letter code by hand`);
  }
  return [...new Set(codes)];
}

interface ExistingInstallation {
  id?: string;
  lat?: number;
  lon?: number;
  partner?: string;
}

export function convertInstallations(context: ImportContext, existing: string | undefined): Conversion {
  const notes: string[] = [];
  const known = new Map<string, ExistingInstallation>();
  const previous = existing ? (parseYaml(existing) as ExistingInstallation[] | null) : null;
  for (const entry of Array.isArray(previous) ? previous : []) if (entry?.id) known.set(entry.id, entry);
  const sheetPartners = new Set(context.slugs.sheetPartners().map(({ slug }) => slug));
  const blocks: string[] = [];
  const given = new Set<string>();
  rows(context.site.data.get(SHEET)).forEach((row, index) => {
    const line = index + 2;
    const name = cell(row, "installation", "name");
    if (!name) {
      notes.push(`row ${line} has no installation name and was left out`);
      return;
    }
    const id = slugify(name).slice(0, 60).replace(/-+$/, "");
    const area = cell(row, "area", "country");
    const country = codeOfCountry(area);
    if (!country && area) notes.push(`${id}: "${area}" is not a country this site knows; it became a region`);
    const statusText = cell(row, "declared status", "status");
    const status = installationStatus(statusText);
    if (!status) notes.push(`${id}: status "${statusText}" has no match; set it by hand`);
    const rowNotes: string[] = [];
    const languages = languageCodes(cell(row, "language", "languages"), rowNotes);
    notes.push(...rowNotes.map((note) => `${id}: ${note}`));
    const address = cell(row, "url");
    const url = /^https?:\/\//.test(address) && URL.canParse(address) ? address : undefined;
    if (address && !url) notes.push(`${id}: "${address}" is not a web address and was left out`);
    const year = cell(row, "year", "launch year", "launched");
    const before = known.get(id);
    if (before?.lat === undefined || before?.lon === undefined) notes.push(`${id}: no coordinates yet; add lat and lon to show it on the map`);
    const page = context.slugs.sheetPages.get(row);
    const partner = before?.partner ?? (page ? context.slugs.page(page)?.slug : sheetPartners.has(slugify(name)) ? slugify(name) : undefined);
    // The importer kept these old participant pages for their portal's row; each is given once.
    const redirect = page && !given.has(page.address) ? [page.address] : undefined;
    if (page) given.add(page.address);
    const entry = new Document([
      {
        id,
        name,
        ...(url ? { url } : {}),
        ...(country ? { country } : { region: area.replace(/^the\s+/i, "") || "Unknown" }),
        status: status ?? "in-discussion",
        ...(/^\d{4}$/.test(year) ? { launched: Number(year) } : {}),
        languages,
        ...(before?.lat !== undefined && before?.lon !== undefined ? { lat: before.lat, lon: before.lon } : {}),
        ...(partner ? { partner } : {}),
        ...(redirect ? { redirect_from: redirect } : {}),
      },
    ]);
    // Languages on one line, [es, en], as editors write them.
    const languageList = (entry.contents as YAMLSeq<YAMLMap>).items[0]!.get("languages", true) as unknown as YAMLSeq;
    languageList.flow = true;
    blocks.push(entry.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd());
  });
  const header = "# The Living Atlases portals, imported from the old site's sheet. To add one, copy a block and run `npm run check`.\n\n";
  return { from: `_data/${SHEET}.csv`, path: "_data/installations.yaml", text: `${header}${blocks.join("\n\n")}\n`, notes, copies: [] };
}
