// The one mapping from the old site's pages to this site's: each old document's new slug, file and address, every
// old address a link may use, and the names by which the old site called each organisation. File names,
// cross-references (a project's lead and partners), rewritten links and redirect_from all read it, so they agree.
import { slugify } from "../schema/fields.ts";
import { routes } from "../routes.ts";
import { aboutFile } from "../schema/page.ts";
import { codeOfCountry } from "./countries.ts";
import type { DataRow, OldDocument, OldSite } from "./site.ts";
import { textOf } from "./values.ts";

/** The installations sheet the old site's participants page was made from. */
export const SHEET = "ala-summary-gdocs-sheet1";

export interface NewPage {
  slug: string;
  /** The file to write, from the project root. */
  path: string;
  /** Its address on this site. */
  url: string;
}

/** "workshop_2016.md" or "Workshop-2016" into "workshop-2016". */
const fileSlug = (name: string) => slugify(name.replace(/\.(md|markdown)$/i, "").replace(/_/g, "-"));

/** A funder's code such as CESP2018-004, written the same way whether the page says CESP2018-04 or cesp-2018-004. */
export function projectCode(text: string): string | undefined {
  const match = /\bCESP[\s-]?(\d{4})-0*(\d{1,3})\b/i.exec(text);
  return match ? `CESP${match[1]}-${match[2]!.padStart(3, "0")}` : undefined;
}

/** The old site's lists of events, participants, projects and posts, and the pages of this site that list them. */
const LISTS: Record<string, string> = { events: routes.workshops, participants: routes.partners, projects: routes.projects, posts: routes.news };

/** An old address as links write it, whatever its letter case, trailing slash or .html. */
const addressKey = (address: string) => {
  const path = address
    .split(/[?#]/)[0]!
    .replace(/^\.\.(?=\/)/, "")
    .replace(/\/index\.html$/i, "/")
    .replace(/\.html$/i, "")
    .replace(/\/+$/, "");
  try {
    return decodeURI(path).toLowerCase() || "/";
  } catch {
    return path.toLowerCase() || "/";
  }
};

export class SlugMap {
  private readonly pages = new Map<string, NewPage>();
  private readonly addresses = new Map<string, string>();
  private readonly partnerNames = new Map<string, Set<string>>();
  /** Organisations of the sheet that have no page of their own, by the slug a partner file for them would have. */
  private readonly sheetOrganisations = new Map<string, DataRow>();
  private readonly wanted = new Set<string>();
  /** Which old participant page each row of the sheet describes. */
  readonly sheetPages = new Map<DataRow, OldDocument>();

  constructor(private readonly site: OldSite) {
    const taken = new Map<string, OldDocument>();
    for (const document of site.documents) {
      const page = this.decide(document);
      if (!page) continue;
      const clash = taken.get(page.path);
      const unique = clash ? { ...page, ...this.renamed(document, page) } : page;
      taken.set(unique.path, document);
      this.pages.set(document.path, unique);
      this.addresses.set(addressKey(document.address), unique.url);
    }
    // The lists at /events/, /participants/, /projects/ and /news/, whether or not a page of the old site made them.
    for (const [collection, route] of Object.entries(LISTS)) {
      const key = addressKey(`/${collection === "posts" ? "news" : collection}/`);
      if (!this.addresses.has(key)) this.addresses.set(key, route);
    }
    for (const document of site.documents.filter((document) => listedCollection(document))) {
      this.addresses.set(addressKey(document.address), LISTS[listedCollection(document)!]!);
    }
    this.readOrganisations();
  }

  /** The new page of an old document, or undefined for the old site's home page and its generated lists. */
  page(document: OldDocument): NewPage | undefined {
    return this.pages.get(document.path);
  }

  /** The new address for a link to an old page, such as /events/workshop-2016 or ../participants/gbif_spain/. */
  address(link: string): string | undefined {
    return this.addresses.get(addressKey(link));
  }

  /** The partner file an organisation's name stands for, when exactly one partner goes by that name. */
  partner(name: string): string | undefined {
    const parenthetical = /\(([^)]+)\)/.exec(name)?.[1];
    const outside = name.replace(/\([^)]*\)/g, " ").trim();
    const forms = [name, outside, parenthetical, ...name.split(/\s+[-/]\s+/)].filter((form): form is string => Boolean(form?.trim()));
    for (const form of forms) {
      const slugs = this.partnerNames.get(slugify(form));
      if (slugs?.size === 1) {
        const slug = [...slugs][0]!;
        if (this.sheetOrganisations.has(slug)) this.wanted.add(slug);
        return slug;
      }
    }
    return undefined;
  }

  /** Organisations a project named that have no page of their own but a row in the sheet, to write partners for. */
  sheetPartners(): Array<{ slug: string; row: DataRow }> {
    return [...this.wanted].sort().map((slug) => ({ slug, row: this.sheetOrganisations.get(slug)! }));
  }

  private decide(document: OldDocument): NewPage | undefined {
    const { collection, id, data, content } = document;
    if (collection === "events") return at("workshops", fileSlug(id));
    if (collection === "participants") return at("partners", fileSlug(id));
    if (collection === "projects") {
      // A project is known by its funder's code; the old file names only sorted the list (1-, 2-, 4-).
      const code = projectCode(`${id} ${textOf(data.title)} ${content}`);
      return at("projects", code ? slugify(code) : fileSlug(id.replace(/^\d+-/, "")));
    }
    if (collection === "posts") {
      const match = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(id);
      return match ? at("news", `${match[1]}-${slugify(match[2]!)}`) : at("news", fileSlug(id));
    }
    if (document.address === "/" || listedCollection(document)) return undefined;
    const slug = fileSlug(
      document.address
        .split("/")
        .filter(Boolean)
        .pop()
        ?.replace(/\.html$/i, "") ?? id,
    );
    if (slug === "about") return { slug, path: aboutFile, url: "/about/" };
    return { slug, path: `content/pages/${slug}.md`, url: `/${slug}/` };
  }

  private renamed(document: OldDocument, page: NewPage): NewPage {
    const slug = `${page.slug}-${fileSlug(document.id)}`;
    return { slug, path: page.path.replace(/[^/]+\.md$/, `${slug}.md`), url: page.url.replace(/[^/]+\/$/, `${slug}/`) };
  }

  /** Each participant by its institution's name, the names the sheet and the home page's slider give it, and "GBIF <country>" when the sheet says it is that country's node. */
  private readOrganisations() {
    const sheet = rows(this.site.data.get(SHEET));
    const slider = rows(this.site.data.get("participant_slider"));
    const name = (document: OldDocument) => textOf(document.data.institution ?? document.data.title).trim();
    for (const document of this.site.documents.filter((document) => document.collection === "participants")) {
      const slug = this.pages.get(document.path)!.slug;
      const names = [name(document), ...name(document).split(/\s+-\s+/)];
      for (const row of sheet) {
        const page = cell(row, "web_page");
        if ((page && page.toLowerCase() === document.id.toLowerCase()) || (!page && slugify(cell(row, "installation")) === slugify(name(document)))) {
          this.sheetPages.set(row, document);
          names.push(cell(row, "installation"));
          if (/^(voting|associate)/i.test(cell(row, "gbif status")) && codeOfCountry(cell(row, "gbif node"))) names.push(`GBIF ${cell(row, "gbif node")}`);
        }
      }
      for (const row of slider) if (cell(row, "page").toLowerCase() === document.id.toLowerCase()) names.push(cell(row, "name"));
      for (const known of names.filter(Boolean)) this.addName(known, slug);
    }
    for (const row of sheet) {
      const installation = cell(row, "installation");
      if (this.sheetPages.has(row) || !installation || !/^https?:\/\//.test(cell(row, "url"))) continue;
      const slug = slugify(installation);
      if (this.partnerNames.has(slug)) continue;
      this.sheetOrganisations.set(slug, row);
      this.addName(installation, slug);
    }
  }

  private addName(name: string, slug: string) {
    const forms = [name, /\(([^)]+)\)/.exec(name)?.[1]];
    // GBIF nodes sign as GBIF.ES, GBIF.FR; long names also go by their initials (Sistema Nacional de Datos Biologicos, SNDB).
    const country = /^GBIF\s+(.+)$/i.exec(name)?.[1];
    if (country && codeOfCountry(country)) forms.push(`GBIF.${codeOfCountry(country)}`);
    const words = name
      .replace(/\([^)]*\)/g, "")
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word));
    if (words.length >= 3) forms.push(words.map((word) => word[0]).join(""));
    for (const form of forms) {
      if (!form) continue;
      const key = slugify(form);
      if (!key) continue;
      this.partnerNames.set(key, new Set([...(this.partnerNames.get(key) ?? []), slug]));
    }
  }
}

function at(folder: "workshops" | "partners" | "projects" | "news", slug: string): NewPage {
  return { slug, path: `content/${folder}/${slug}.md`, url: `/${folder}/${slug}/` };
}

/** A page that only lists a collection ({% for event in site.events %}), which this site makes by itself. */
function listedCollection(document: OldDocument): string | undefined {
  if (document.collection !== "pages") return undefined;
  return /{%-?\s*(?:for\s+\w+\s+in|assign\s+\w+\s*=)\s*(?:paginator\.|site\.)(events|participants|projects|posts)\b/.exec(document.content)?.[1];
}

export function rows(value: unknown): DataRow[] {
  return Array.isArray(value) ? (value.filter((row) => row && typeof row === "object") as DataRow[]) : [];
}

/** A column of a sheet row by its header, whatever its letter case and spacing. */
export function cell(row: DataRow, ...names: string[]): string {
  const key = Object.keys(row).find((header) => names.includes(header.trim().toLowerCase()));
  return key ? textOf(row[key]).trim() : "";
}
