// Reads every content and data file, validates it against its schema, checks the names that point between files,
// and returns the typed site content together with every problem found. Each step is its own function, most in their
// own module; loadSiteContent runs them in order over the one list of content types.
import { join } from "node:path";
import type { CollectionName, ContentType, FieldPath, ReferenceTarget } from "../schema/content-type.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import { INSTALLATIONS_FILE, type Installation } from "../schema/installation.ts";
import type { NewsFields } from "../schema/news.ts";
import type { PageFields } from "../schema/page.ts";
import { PARTICIPANTS_FOLDER, type Participant } from "../schema/participant.ts";
import type { PartnerFields } from "../schema/partner.ts";
import type { ProjectFields } from "../schema/project.ts";
import { SITE_FILE, siteFields, siteLanguages, type Site } from "../schema/site.ts";
import { DEFAULT_LANGUAGES, type Language } from "../schema/languages.ts";
import { show } from "../schema/fields.ts";
import { workshopType, type WorkshopFields } from "../schema/workshop.ts";
import { generatedUrls, workshopCalendar } from "../routes.ts";
import { checkOldAddresses, type OldAddressClaim, type Redirect } from "../redirects/old-addresses.ts";
import { BASE_PATH_VARIABLE, URL_VARIABLE } from "../repository.ts";
import { oldAddressClaims, ownSitePath } from "./address-claims.ts";
import { cityCountryProblems } from "./cities.ts";
import { loadDocument, markdownFiles, type Document } from "./documents.ts";
import { keepForNextRun, KeptWhileUnchanged, type Stored } from "./kept.ts";
import { listAssets, unusedFileProblems } from "./file-places.ts";
import { findEditorFiles, type EditorFiles } from "./files.ts";
import { loadInstallations, namedByInstallation } from "./installations.ts";
import { loadParticipants } from "./participants.ts";
import { sortProblems, type Problem } from "./problems.ts";
import { checkDocumentReferences, checkPictures, isDraft, referenceChecker, withoutRepeatedNames, type PictureUseSite, type TypedDocument } from "./references.ts";
import { readSource } from "./source.ts";
import { loadTranslations, type Translation } from "./translations.ts";
import { reportYamlProblems, validate } from "./validate.ts";
import { parseYaml, YamlSyntaxError, type ParsedYaml } from "./yaml.ts";

export type { Document } from "./documents.ts";
export type { PictureUseSite } from "./references.ts";
export type Page = PageFields & Document;
export type Workshop = WorkshopFields & Document;
export type Partner = PartnerFields & Document;
export type NewsPost = NewsFields & Document;
export type Project = ProjectFields & Document;

/** The records of each collection, by the collection's name (see CONTENT_TYPES). */
interface Collections {
  pages: Page[];
  workshops: Workshop[];
  partners: Partner[];
  news: NewsPost[];
  projects: Project[];
}

export interface SiteContent extends Collections {
  site: Site;
  installations: Installation[];
  /** Participant lists by file name, such as workshop-2016.csv. */
  participants: Record<string, Participant[]>;
  /** Files under assets/, as site paths such as /assets/materials/workshop-2016/10-Collectory.pdf. */
  assets: ReadonlySet<string>;
  /** Each of those files' size in bytes, by the same path. */
  assetSizes: ReadonlyMap<string, number>;
  /** The old site's addresses and where each leads now, sorted by old address. */
  redirects: Redirect[];
  /** Translations of the published records, by file name. */
  translations: Translation[];
}

/** Every Markdown record of the content, collection by collection in the order of CONTENT_TYPES. */
export function documentsOf(content: Pick<SiteContent, CollectionName>): Document[] {
  return CONTENT_TYPES.flatMap((type) => content[type.collection] as Document[]);
}

export interface LoadResult {
  content: SiteContent;
  problems: Problem[];
  /** Values still as `npm run new` wrote them, while previewing; when checking or publishing they are problems. */
  unfilled: Problem[];
  /** Each place a picture whose header passed is used, for the checks that decode it whole (see files-deeply.ts). */
  pictureUses: PictureUseSite[];
  /** The digest of the editors' files read, with their sizes and times (src/content/kept.ts); none through tsx. */
  filesRead: string | undefined;
}

function readYamlFile(root: string, file: string, files: EditorFiles, problems: Problem[]): ParsedYaml | undefined {
  const absolute = join(root, file);
  if (!files.files.includes(file)) {
    // A file that is there but was refused (a link out of the repository, say) is reported once, by the walk.
    if (!files.problems.some((problem) => problem.file === file)) problems.push({ file, line: 1, field: "file", message: "does not exist (expected this data file)" });
    return undefined;
  }
  const entry = yamlRead.get(root, file, files, () => {
    const found: Problem[] = [];
    return { parsed: parseYamlFile(absolute, file, found), problems: found };
  });
  problems.push(...entry.problems);
  return entry.parsed;
}

/** A data file as read: its values, and the problems reading it found. */
interface DataReading {
  parsed: ParsedYaml | undefined;
  problems: Problem[];
}

/** How a data file's reading is kept between runs, in .cache/: without its lines, found again when a problem needs one. */
export const DATA_READINGS: Stored<DataReading> = {
  name: "data-readings",
  store: ({ parsed, problems }) => ({ parsed: parsed && { value: parsed.value, problems: parsed.problems, leftOut: parsed.leftOut }, problems }),
  restore: (stored, root, source) => {
    const { parsed, problems } = stored as DataReading;
    let lines: Pick<ParsedYaml, "lineOf"> | undefined;
    const lineOf = (path: FieldPath) => (lines ??= parseYamlFile(join(root, source), source, []) ?? { lineOf: () => 1 }).lineOf(path);
    return { parsed: parsed && { ...parsed, lineOf }, problems };
  },
};

/** Data files parsed earlier, in this process or, by the compiled check and build, in an earlier run. */
const yamlRead = new KeptWhileUnchanged<DataReading>(DATA_READINGS);

function parseYamlFile(absolute: string, file: string, problems: Problem[]): ParsedYaml | undefined {
  const source = readSource(absolute, file);
  if ("problem" in source) {
    problems.push(source.problem);
    return undefined;
  }
  try {
    const parsed = parseYaml(source.text);
    reportYamlProblems(file, parsed, problems);
    return parsed;
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    problems.push({ file, line: error.line, field: "YAML", message: error.explanation });
    return undefined;
  }
}

/** What a load is for: publishing (the default), checking, or previewing with `npm start`. */
export interface LoadOptions {
  /** "exclude" (publishing) leaves draft files out and refuses published pages that point at them; "include" previews them. */
  drafts?: "include" | "exclude";
  /**
   * "refuse" (checking, publishing) reports each value still as `npm run new` wrote it as a problem; "preview"
   * (npm start) builds the page with the placeholder's example and lists the value in `unfilled` instead.
   */
  placeholders?: "refuse" | "preview";
}

/** Loads and checks everything under `root`. Problems never stop the loading: all are collected. */
export function loadSiteContent(root: string, options: LoadOptions = {}): LoadResult {
  const publishing = (options.drafts ?? "exclude") === "exclude";
  const files = findEditorFiles(root);
  const problems: Problem[] = [...files.problems, ...unusedFileProblems(files)];
  const previewed: Problem[] = [];
  const unfilled = options.placeholders === "preview" ? previewed : problems;

  // Data files.
  const siteYaml = readYamlFile(root, SITE_FILE, files, problems);
  const site = siteYaml ? validate(siteFields, withPublicationOverrides(siteYaml.value), SITE_FILE, siteYaml, problems, [], unfilled) : undefined;
  const installationsYaml = readYamlFile(root, INSTALLATIONS_FILE, files, problems);
  const installations = loadInstallations(root, installationsYaml, problems, unfilled, files);
  const participants = loadParticipants(root, problems, files.files);
  const assets = listAssets(files, problems);

  // Markdown records, each type's files in its folder.
  const documents = loadDocuments(root, files, problems, unfilled);
  problems.push(...cityCountryProblems(citySightings(documents)));

  // Addresses: two files never claim one, and old addresses neither collide nor lead nowhere.
  const owners = pageOwners(documents, problems);
  const writtenFiles = new Map<string, string>([...assets].map((path) => [path, `the file ${path.slice(1)}`]));
  for (const { source, url, type } of documents) if (type === workshopType) writtenFiles.set(workshopCalendar(url), `the calendar of ${source}`);
  const pageAddresses = new Map<string, string>([...generatedUrls].map((url) => [url, "a page the site generates"]));
  for (const [url, owner] of owners) pageAddresses.set(url, owner);
  const claims = oldAddressClaims(documents, installationsYaml, siteYaml, assets);
  problems.push(...languageFolderProblems(documents, claims, (site ? siteLanguages(site) : DEFAULT_LANGUAGES).slice(1)));
  const oldAddresses = checkOldAddresses(claims, { pages: pageAddresses, files: writtenFiles });
  problems.push(...oldAddresses.problems);
  // A draft's old addresses are checked but not published.
  const unpublished = new Set(publishing ? documents.filter(({ file }) => isDraft(file.fields)).map(({ source }) => source) : []);
  const redirects = oldAddresses.redirects.filter((redirect) => !unpublished.has(redirect.source));

  // References between files, and the pictures pages show.
  const slugsOf = (collection: CollectionName) => documents.filter(({ type }) => type.collection === collection).map(({ file }) => file.slug);
  const known: Record<ReferenceTarget, string[]> = {
    partners: slugsOf("partners"),
    projects: slugsOf("projects"),
    participants: Object.keys(participants),
    site: [...owners.keys(), ...generatedUrls, ...assets],
  };
  const report = referenceChecker({
    publishing,
    documents,
    known,
    unreadable: unreadableFiles(files, documents, participants),
    // Once this site replaces the old one at its address, a link there must lead to something this site answers.
    answered: new Set(redirects.filter(({ answer }) => answer !== "rule").map(({ from }) => from)),
    writtenFiles,
    ownPath: (value) => (site ? ownSitePath(site, value) : undefined),
    problems,
  });
  checkDocumentReferences(documents, report);
  const pictureUses = checkPictures(root, documents, new Set(known.site), problems);
  if (installationsYaml && Array.isArray(installationsYaml.value)) {
    installationsYaml.value.forEach((entry: unknown, index) => {
      const partner = (entry as { partner?: unknown } | null)?.partner;
      if (typeof partner === "string") report(INSTALLATIONS_FILE, () => installationsYaml.lineOf([index, "partner"]), `[${index}].partner`, { target: "partners", value: partner });
    });
  }
  if (siteYaml && site?.redirects) {
    for (const [from, to] of Object.entries(site.redirects)) report(SITE_FILE, () => siteYaml.lineOf(["redirects", from]), `redirects.${from}`, { target: "site", value: to });
  }

  // Translations, once every page address is known: their links lead where the originals' may.
  const translations = loadTranslations({
    root,
    files,
    originals: new Map(
      documents.map(({ source, type, file, pictures }) => [source, { source, type, fields: file.fields as Record<string, unknown>, body: file.body, images: pictures.map(({ url }) => url) }]),
    ),
    languages: site ? siteLanguages(site) : DEFAULT_LANGUAGES,
    sitePaths: new Set(known.site),
    drafts: new Set(publishing ? documents.filter(({ file }) => isDraft(file.fields)).map(({ url }) => url) : []),
    ownPath: (value) => (site ? ownSitePath(site, value) : undefined),
    problems,
  }).filter((translation) => documents.some(({ source, document, file }) => source === translation.original && document && !(publishing && isDraft(file.fields))));

  const collections = Object.fromEntries(
    CONTENT_TYPES.map(({ collection }) => [collection, documents.filter(({ type, document, file }) => type.collection === collection && document && !(publishing && isDraft(file.fields))).map(({ document }) => document)]),
  ) as unknown as Collections;
  const assetSizes = new Map([...assets].map((path) => [path, files.stats.get(path.slice(1))?.size ?? 0]));
  const content: SiteContent = { site: site ?? ({} as Site), installations, ...collections, participants, assets, assetSizes, redirects, translations };
  const named = (problem: Problem) => namedByInstallation(problem, installationsYaml);
  const filesRead = keepForNextRun(root);
  return { content, problems: withoutRepeatedNames(problems).map(named), unfilled: sortProblems(previewed.map(named)), pictureUses, filesRead };
}

/** Every Markdown record of every type, in the order of CONTENT_TYPES, each type's files in name order. */
function loadDocuments(root: string, files: EditorFiles, problems: Problem[], unfilled: Problem[]): TypedDocument[] {
  return CONTENT_TYPES.flatMap((type) => {
    const sources = [...(type.alsoFiles ?? []).filter((path) => files.files.includes(path)), ...markdownFiles(files, type.folder)];
    return sources.flatMap((source) => {
      const loaded = loadDocument(type, root, source, problems, unfilled, files);
      return loaded ? [{ ...loaded, type }] : [];
    });
  });
}

/** Each event's city and country, for the check that a city lies in one country. */
function citySightings(documents: readonly TypedDocument[]) {
  return documents.flatMap(({ type, document, source, file }) => {
    const location = type === workshopType ? (document as Workshop | undefined)?.location : undefined;
    return location?.city ? [{ file: source, line: () => file.yaml.lineOf(["location", "country"]), city: location.city, country: location.country }] : [];
  });
}

/** The file behind each page address; a second file, or a generated page, at an address already taken is a problem. */
function pageOwners(documents: readonly TypedDocument[], problems: Problem[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { source, url } of documents) {
    const owner = generatedUrls.has(url) ? "a page the site generates" : owners.get(url);
    if (owner) problems.push({ file: source, line: 1, field: "file name", message: `gives the address ${url}, already used by ${owner} (expected a unique file name)` });
    else owners.set(url, source);
  }
  return owners;
}

/** A page or an old address inside a language's folder (/es/…) would take the address of one of that language's pages. */
function languageFolderProblems(documents: readonly TypedDocument[], claims: readonly OldAddressClaim[], translated: readonly Language[]): Problem[] {
  const folderOf = (path: string) => translated.find(({ code }) => path === `/${code}` || path.startsWith(`/${code}/`));
  const pages = documents.flatMap(({ source, url }) => {
    const language = folderOf(url);
    return language
      ? [{ file: source, line: 1, field: "file name", message: `gives the address ${url}, inside /${language.code}/, where the site's pages in ${language.name} are (expected another file name)` }]
      : [];
  });
  const old = claims.flatMap(({ value, file, line, field }) => {
    const language = folderOf(value.trim());
    return language
      ? [{ file, line: line(), field, message: `${show(value)} is inside /${language.code}/, where the site's pages in ${language.name} are (expected an old address outside the folders of the site's languages)` }]
      : [];
  });
  return [...pages, ...old];
}

/** Files that exist but could not be read, by the name references use: a reference to one is not "missing". */
function unreadableFiles(files: EditorFiles, documents: readonly TypedDocument[], participants: Record<string, Participant[]>): Record<ReferenceTarget, Map<string, string>> {
  const read = new Set(documents.map(({ source }) => source));
  const unreadableOf = (type: ContentType<unknown> | undefined) =>
    new Map(type ? markdownFiles(files, type.folder).filter((source) => !read.has(source)).map((source) => [source.slice(type.folder.length + 1, -3), source]) : []);
  const typeOf = (collection: CollectionName) => CONTENT_TYPES.find((type) => type.collection === collection);
  const csv = new RegExp(`^${PARTICIPANTS_FOLDER}/[^/]+\\.csv$`);
  return {
    partners: unreadableOf(typeOf("partners")),
    projects: unreadableOf(typeOf("projects")),
    participants: new Map(files.files.filter((path) => csv.test(path) && !(path.slice(PARTICIPANTS_FOLDER.length + 1) in participants)).map((path) => [path.slice(PARTICIPANTS_FOLDER.length + 1), path])),
    site: new Map(),
  };
}

/** The deploy workflow may publish elsewhere than site.yaml says; its address is validated like the file's. */
function withPublicationOverrides(site: unknown): unknown {
  if (typeof site !== "object" || site === null) return site;
  const url = process.env[URL_VARIABLE];
  const basePath = process.env[BASE_PATH_VARIABLE];
  return { ...site, ...(url ? { url } : {}), ...(basePath ? { basePath } : {}) };
}
