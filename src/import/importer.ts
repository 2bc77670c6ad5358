// The whole conversion of the old site, in the order the kinds of file depend on each other: events place the
// material files that other pages link to, projects ask for the partners the sheet must then describe, and the
// installations name those partners.
import { decodePath } from "../schema/addresses.ts";
import type { Conversion, ImportContext } from "./conversion.ts";
import { convertEvent, eventYears } from "./events.ts";
import { convertInstallations } from "./installations.ts";
import type { FileCopy } from "./materials.ts";
import { EventMentions, siteSentences } from "./mentions.ts";
import { convertParticipantList } from "./participant-lists.ts";
import { convertParticipant, sheetPartner } from "./partners.ts";
import { convertPage } from "./pages.ts";
import { Gazetteer } from "./places.ts";
import { convertPost } from "./posts.ts";
import { convertProject } from "./projects.ts";
import type { OldSite } from "./site.ts";
import { SHEET, SlugMap } from "./slugs.ts";

interface ImportOptions {
  /** The project's _data/installations.yaml as it is, whose coordinates and partners are kept. */
  existingInstallations: string | undefined;
  /** Whether _data/installations.yaml will be written (it is skipped when it exists, without --force). */
  installationsWritten: boolean;
}

export function importSite(site: OldSite, options: ImportOptions): Conversion[] {
  const slugs = new SlugMap(site);
  const events = site.documents.filter((document) => document.collection === "events");
  const sentences = siteSentences(site);
  const materialUrls = new Map<string, string>();
  const context: ImportContext = {
    site,
    slugs,
    mentions: new EventMentions(events, sentences, eventYears),
    gazetteer: new Gazetteer(sentences),
    claimed: new Set(),
    materialUrls,
    installationsWritten: options.installationsWritten && site.data.has(SHEET),
    links: (copies) => ({ resolve: (link) => resolveLink(link, context, copies) }),
  };
  // The old participant pages that the sheet describes lead to their portal's row, so no page claims them.
  if (context.installationsWritten) for (const page of slugs.sheetPages.values()) context.claimed.add(page.address);

  const of = (collection: string) => site.documents.filter((document) => document.collection === collection && slugs.page(document));
  const conversions: Conversion[] = [
    ...of("events").map((event) => convertEvent(event, context)),
    ...[...site.data.keys()]
      .filter((key) => key.startsWith("events/"))
      .map((key) => `${key.slice("events/".length)}.csv`)
      .filter((name) => site.exists(`_data/events/${name}`))
      .map((name) => convertParticipantList(name, site.read(`_data/events/${name}`))),
    ...of("participants").map((participant) => convertParticipant(participant, context)),
    ...of("posts").map((post) => convertPost(post, context)),
    ...of("projects").map((project) => convertProject(project, context)),
    ...of("pages").map((page) => convertPage(page, context)),
  ];
  conversions.push(...slugs.sheetPartners().map(({ slug, row }) => sheetPartner(slug, row)));
  if (site.data.has(SHEET)) conversions.push(convertInstallations(context, options.existingInstallations));
  return conversions;
}

/** Where a link to the old site leads now: a material's new file, a picture copied to /assets/images/, or a page. */
function resolveLink(link: string, context: ImportContext, copies: FileCopy[]): string | undefined {
  const path = link.split(/[?#]/)[0]!;
  const anchor = link.slice(path.length);
  const decoded = decodePath(path);
  if ("reason" in decoded) return undefined;
  const material = context.materialUrls.get(decoded.path);
  if (material) return material;
  if (decoded.path.startsWith("/assets/img/")) {
    const from = decoded.path.slice(1);
    if (!context.site.isPlainFile(from)) return undefined;
    const to = from.replace(/^assets\/img\//, "assets/images/");
    copies.push({ from, to });
    return `/${to}`;
  }
  const page = context.slugs.address(path);
  return page ? `${page}${anchor.startsWith("#") ? anchor : ""}` : undefined;
}
