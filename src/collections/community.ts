// How the validated content becomes what pages show: sorted lists, groups, resolved
// references and derived fields, computed once per build.
import type { NewsPost, Page, Partner, Project, SiteContent, Workshop } from "../content/load.ts";
import type { Installation, InstallationStatus } from "../schema/installation.ts";
import { INSTALLATION_STATUSES } from "../schema/installation.ts";
import type { Participant } from "../schema/participant.ts";
import type { Site } from "../schema/site.ts";
import type { EventStatus, Material } from "../schema/workshop.ts";
import { eventStatus, formatDateRange, formatPeriod, isoYear } from "./dates.ts";
import { byName as byEnglishName, byNameIn, countryName, languageName, placeName } from "../schema/format.ts";
import { CATALOGUES } from "../i18n/catalogues.ts";
import { siteLanguages } from "../schema/site.ts";
import type { Language, LanguageCode } from "../schema/languages.ts";
import { contentIn, type Localized } from "./localized.ts";
import { HISTORY_FOLDERS, lastChanged } from "../content/history.ts";
import { siteFile } from "../schema/addresses.ts";
import { CODE_ROOT } from "../repository.ts";
import type { Redirect } from "../redirects/old-addresses.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import type { Document } from "../content/documents.ts";

export interface MaterialView extends Material {
  /** The address to link to, percent-encoded so names with spaces and & work. */
  href: string;
  /** A file stored on this site under /assets/, as opposed to a link elsewhere or to a page. */
  local: boolean;
  /** Shown next to the link: the editor's format, or the file's extension. */
  formatLabel: string | undefined;
  /** File size, for visitors on slow connections. */
  bytes: number | undefined;
}

export interface WorkshopView extends Localized<Workshop> {
  status: EventStatus;
  /** "19–23 February 2018". */
  dates: string;
  year: number;
  /** "Madrid, Spain" or "Online". */
  place: string;
  countryName: string | undefined;
  fundedBy: ProjectView | undefined;
  participantList: Participant[];
  materialList: MaterialView[];
}

export interface InstallationView extends Installation {
  place: string;
  languageNames: string[];
  runBy: Localized<Partner> | undefined;
}

export interface PartnerView extends Localized<Partner> {
  place: string;
  installations: InstallationView[];
  projects: ProjectView[];
}

export interface ProjectView extends Localized<Project> {
  period: string;
  leadPartner: Localized<Partner>;
  partnerList: Array<Localized<Partner>>;
  workshops: WorkshopView[];
}

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

export interface Community {
  site: Site;
  /** The language this view of the community is in, and every language of the site, the one content is written in first. */
  language: Language;
  languages: readonly Language[];
  /** Last change (YYYY-MM-DD) of each source file, by its path in the repository; empty without git history. */
  changed: ReadonlyMap<string, string>;
  /** The build date, YYYY-MM-DD, that event statuses are derived from. */
  today: string;
  pages: Array<Localized<Page>>;
  /** Pages with an `order`, for the main navigation. */
  navigation: Array<Localized<Page>>;
  /** Newest first. */
  workshops: WorkshopView[];
  workshopsByYear: Array<Group<WorkshopView>>;
  /** Soonest first: events that have not ended yet. */
  upcoming: WorkshopView[];
  news: Array<Localized<NewsPost>>;
  partners: PartnerView[];
  partnersByCountry: Array<Group<PartnerView>>;
  projects: ProjectView[];
  installations: InstallationView[];
  installationsByStatus: Array<Group<InstallationView>>;
  counts: { livePortals: number; countries: number; workshops: number; since: number | undefined; partners: number };
  /** The old site's addresses, sorted, and where each leads now. */
  redirects: Redirect[];
}

/** `sizes` are the sizes of the files under assets/, by site path, as the loader found them. */
function materialView(material: Material, formats: Readonly<Record<string, string>>, sizes: ReadonlyMap<string, number>): MaterialView {
  const local = material.url.startsWith("/assets/");
  const extension = /\.([a-z0-9]+)$/i.exec(material.url.split(/[?#]/)[0]!)?.[1]?.toLowerCase();
  const bytes = local ? sizes.get(siteFile(material.url)) : undefined;
  return {
    ...material,
    href: material.url.startsWith("/") ? `${encodeURI(siteFile(material.url))}${/[?#].*$/.exec(material.url)?.[0] ?? ""}` : material.url,
    local,
    formatLabel: material.format ?? (extension ? formats[extension] : undefined),
    bytes,
  };
}

const newestFirst = <T extends { start: string; title: string }>(a: T, b: T) => b.start.localeCompare(a.start) || byEnglishName(a.title, b.title);

function groupBy<T>(items: readonly T[], key: (item: T) => string, label: (key: string) => string, order: (a: string, b: string) => number): Array<Group<T>> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.keys()].sort(order).map((name) => ({ key: name, label: label(name), items: groups.get(name)! }));
}

function sourceHistory(root: string): Map<string, string> {
  if (root === CODE_ROOT) return lastChanged(root, HISTORY_FOLDERS);
  return new Map([...lastChanged(root, HISTORY_FOLDERS), ...lastChanged(CODE_ROOT, ["src/pages"])]);
}

/** The community in every language of the site, by language; the git history is read once for all of them. */
export function buildCommunities(content: SiteContent, today: string, root: string): Record<LanguageCode, Community> {
  const changed = sourceHistory(root);
  const languages = siteLanguages(content.site);
  return Object.fromEntries(languages.map(({ code }) => [code, buildCommunity(content, today, root, { language: code, changed })])) as Record<
    LanguageCode,
    Community
  >;
}

/** Builds everything the templates show from validated content, in one language (English by default); `root` locates material files. */
export function buildCommunity(
  source: SiteContent,
  today: string,
  root: string,
  options: { language?: LanguageCode; changed?: ReadonlyMap<string, string> } = {},
): Community {
  const languages = siteLanguages(source.site);
  const language = languages.find(({ code }) => code === options.language) ?? languages[0]!;
  const content = contentIn(source, language.code, languages);
  const { locale, labels } = CATALOGUES[language.code];
  const byName = byNameIn(locale);
  const partnersBySlug = new Map(content.partners.map((partner) => [partner.slug, partner]));

  const installations: InstallationView[] = content.installations
    .map((installation) => ({
      ...installation,
      place: placeName(installation, locale),
      languageNames: installation.languages.map((code) => languageName(code, locale)),
      runBy: installation.partner ? partnersBySlug.get(installation.partner) : undefined,
    }))
    .sort((a, b) => byName(a.name, b.name) || a.id.localeCompare(b.id));

  const projectViews = new Map<string, ProjectView>();
  for (const project of content.projects) {
    projectViews.set(project.slug, {
      ...project,
      period: formatPeriod(project.start, project.end, language.code),
      leadPartner: partnersBySlug.get(project.lead)!,
      partnerList: project.partners.map((slug) => partnersBySlug.get(slug)!).sort((a, b) => byName(a.name, b.name)),
      workshops: [],
    });
  }

  const workshops: WorkshopView[] = content.workshops
    .map((workshop) => {
      const country = workshop.location ? countryName(workshop.location.country, locale) : undefined;
      return {
        ...workshop,
        // The check lets kind: online stand for online: true, so every page reads either the same way.
        online: workshop.online ?? workshop.kind === "online",
        status: eventStatus(workshop.start, workshop.end, today),
        dates: formatDateRange(workshop.start, workshop.end, language.code),
        year: isoYear(workshop.start),
        place: workshop.location ? [workshop.location.city, country].filter(Boolean).join(", ") : CATALOGUES[language.code].sections.workshop.facts.online,
        countryName: country,
        fundedBy: workshop.project ? projectViews.get(workshop.project) : undefined,
        participantList: workshop.participants ? (content.participants[workshop.participants] ?? []) : [],
        materialList: (workshop.materials ?? []).map((material) => materialView(material, labels.fileFormat, source.assetSizes)),
      };
    })
    .sort(newestFirst);
  for (const workshop of [...workshops].reverse()) workshop.fundedBy?.workshops.push(workshop);

  const projects = [...projectViews.values()].sort(newestFirst);
  const partners: PartnerView[] = content.partners
    .map((partner) => ({
      ...partner,
      place: placeName(partner, locale),
      installations: installations.filter((installation) => installation.partner === partner.slug),
      projects: projects.filter((project) => project.lead === partner.slug || project.partners.includes(partner.slug)),
    }))
    .sort((a, b) => byName(a.name, b.name));

  const pages = [...content.pages].sort((a, b) => byName(a.title, b.title));
  const navigation = pages.filter((page) => page.order !== undefined).sort((a, b) => a.order! - b.order! || byName(a.title, b.title));
  const liveCountries = new Set(
    installations.filter((installation) => installation.status === "live" && installation.country).map((installation) => installation.country),
  );

  return {
    site: content.site,
    language,
    languages,
    changed: options.changed ?? sourceHistory(root),
    today,
    pages,
    navigation,
    workshops,
    workshopsByYear: groupBy(
      workshops,
      (workshop) => String(workshop.year),
      (year) => year,
      (a, b) => b.localeCompare(a),
    ),
    upcoming: workshops.filter((workshop) => workshop.status !== "past").reverse(),
    news: [...content.news].sort((a, b) => b.date.localeCompare(a.date) || byName(a.title, b.title)),
    partners,
    partnersByCountry: groupBy(
      partners,
      (partner) => partner.place,
      (place) => place,
      byName,
    ),
    projects,
    installations,
    redirects: content.redirects,
    installationsByStatus: groupBy(
      installations,
      (installation) => installation.status,
      (status) => labels.installationStatus[status as InstallationStatus],
      (a, b) => INSTALLATION_STATUSES.indexOf(a as InstallationStatus) - INSTALLATION_STATUSES.indexOf(b as InstallationStatus),
    ),
    counts: {
      livePortals: installations.filter((installation) => installation.status === "live").length,
      countries: liveCountries.size,
      workshops: workshops.length,
      since: workshops.at(-1)?.year,
      partners: partners.length,
    },
  };
}

/**
 * Every object of a community that carries the text of `source`, the file an editor changes (a record's, or its
 * translation's): the record in its collection, and a partner also as installations and projects name it. A preview
 * puts a saved text into each of them.
 */
export function recordsShowing(community: Community, source: string): Set<Localized<Document>> {
  const found = new Set<Localized<Document>>();
  const add = (record: Localized<Document> | undefined) => {
    if (record?.localization.source === source) found.add(record);
  };
  for (const { collection } of CONTENT_TYPES) for (const record of community[collection]) add(record);
  for (const installation of community.installations) add(installation.runBy);
  for (const project of community.projects) for (const partner of [project.leadPartner, ...project.partnerList]) add(partner);
  return found;
}
