// Reads every content and data file, validates it against its schema, checks the names that
// point between files, and returns the typed site content together with every problem found.
import { statSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { findReferences, type ContentType, type FieldPath, type PictureUse, type Reference, type ReferenceTarget } from "../schema/content-type.ts";
import { pictureProblem } from "../images/validate.ts";
import { SLUG, SLUG_EXPECTED, slugify, suggest } from "../schema/fields.ts";
import { INSTALLATIONS_FILE, installationFields, type Installation } from "../schema/installation.ts";
import { newsType, type NewsFields } from "../schema/news.ts";
import { aboutFile, pageType, type PageFields } from "../schema/page.ts";
import { PARTICIPANTS_FOLDER, type Participant } from "../schema/participant.ts";
import { loadParticipants } from "./participants.ts";
import { reportYamlProblems, validate, withPlaceholderExamples } from "./validate.ts";
import { BODY_EXPECTED, holdsPlaceholder, unfilledMessage } from "../schema/placeholders.ts";
import { partnerType, type PartnerFields } from "../schema/partner.ts";
import { projectType, type ProjectFields } from "../schema/project.ts";
import { SITE_FILE, siteFields, type Site } from "../schema/site.ts";
import { workshopType, type WorkshopFields } from "../schema/workshop.ts";
import { generatedUrls, routes, workshopCalendar } from "../routes.ts";
import { checkOldAddresses, type OldAddressClaim, type Redirect } from "../redirects/old-addresses.ts";
import { BASE_PATH_VARIABLE, URL_VARIABLE } from "../project.ts";
import { renderMarkdown } from "./markdown.ts";
import { fieldName, sortProblems, type Problem } from "./problems.ts";
import { readSource } from "./source.ts";
import { pointProblem } from "./points.ts";
import { cityCountryProblems } from "./cities.ts";
import { findEditorFiles, type EditorFiles } from "./files.ts";
import { materialFileProblem } from "../materials/types.ts";
import { decodePath, readAddress } from "../schema/addresses.ts";
import { parseYaml, YamlSyntaxError, type ParsedYaml } from "./yaml.ts";

/** What every Markdown record gains from its file: its name, where it lives and its rendered body. */
export interface Document {
  /** The file name without .md, which is also the last part of the page address. */
  slug: string;
  /** The file's path from the project root, such as content/workshops/workshop-2016.md. */
  source: string;
  url: string;
  /** The Markdown body as HTML, checked to be free of scripts. */
  html: string;
  /** The Markdown body itself, rendered again once its pictures are resized. */
  body: string;
  /** Pictures on this site the body shows. */
  images: string[];
}

export type Page = PageFields & Document;
export type Workshop = WorkshopFields & Document;
export type Partner = PartnerFields & Document;
export type NewsPost = NewsFields & Document;
export type Project = ProjectFields & Document;

export interface SiteContent {
  site: Site;
  installations: Installation[];
  pages: Page[];
  workshops: Workshop[];
  partners: Partner[];
  news: NewsPost[];
  projects: Project[];
  /** Participant lists by file name, such as workshop-2016.csv. */
  participants: Record<string, Participant[]>;
  /** Files under assets/, as site paths such as /assets/materials/workshop-2016/10-Collectory.pdf. */
  assets: ReadonlySet<string>;
  /** The old site's addresses and where each leads now, sorted by old address. */
  redirects: Redirect[];
}

export interface LoadResult {
  content: SiteContent;
  problems: Problem[];
  /** Values still as `npm run new` wrote them, while previewing; when checking or publishing they are problems. */
  unfilled: Problem[];
  /** Each place a picture whose header passed is used, for the checks that decode it whole (see files-deeply.ts). */
  pictureUses: PictureUseSite[];
}

export interface PictureUseSite {
  file: string;
  line: number;
  field: string;
  /** The address as written, and the file it names. */
  src: string;
  path: string;
  use: PictureUse;
}


function readYamlFile(root: string, file: string, files: EditorFiles, problems: Problem[]): ParsedYaml | undefined {
  const absolute = join(root, file);
  if (!files.files.includes(file)) {
    // A file that is there but was refused (a link out of the repository, say) is reported once, by the walk.
    if (!files.problems.some((problem) => problem.file === file)) problems.push({ file, line: 1, field: "file", message: "does not exist (expected this data file)" });
    return undefined;
  }
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

interface MarkdownFile {
  slug: string;
  source: string;
  fields: unknown;
  body: string;
  bodyLine: number;
  yaml: Pick<ParsedYaml, "lineOf">;
}

const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

function readMarkdown(root: string, source: string, problems: Problem[]): MarkdownFile | undefined {
  const slug = source.slice(source.lastIndexOf("/") + 1, -".md".length);
  const text = readSource(join(root, source), source);
  if ("problem" in text) {
    problems.push(text.problem);
    return undefined;
  }
  const fail = (line: number, field: string, message: string) => {
    problems.push({ file: source, line, field, message });
    return undefined;
  };
  if (text.text.trim() === "") return fail(1, "file", "is empty (expected front matter between --- lines, then Markdown)");
  if (!FRONT_MATTER.test(text.text.replace(/^\uFEFF/, ""))) {
    return text.text.startsWith("---")
      ? fail(1, "front matter", "is not closed (expected a line with --- after the last field)")
      : fail(1, "front matter", "is missing (expected the file to start with a line with ---)");
  }
  let yaml: ParsedYaml = { value: {}, lineOf: () => 1 };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text.text, { engines: { yaml: (frontMatter: string) => (yaml = parseYaml(frontMatter)).value as object } });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return fail(error.line, "front matter", error.explanation);
  }
  const before = text.text.slice(0, text.text.length - parsed.content.length);
  const bodyLine = before.split("\n").length;
  return { slug, source, fields: parsed.data, body: parsed.content, bodyLine, yaml };
}

/** The Markdown files directly in a folder, such as content/workshops/workshop-2016.md. */
function markdownFiles(files: EditorFiles, folder: string): string[] {
  return files.files.filter((path) => {
    const name = path.slice(folder.length + 1);
    return path.startsWith(`${folder}/`) && !name.includes("/") && name.endsWith(".md") && !name.startsWith(".");
  });
}

interface LoadedDocument<Fields> {
  /** Undefined when the front matter is invalid; its references and links are still checked. */
  document: (Fields & Document) | undefined;
  source: string;
  url: string;
  file: MarkdownFile;
  links: Array<{ url: string; line: number }>;
  /** Pictures of this site the body shows, with the line that shows each. */
  pictures: Array<{ url: string; line: number }>;
}

/**
 * Files read earlier in this process, by path, size and modification time. While `npm start` rebuilds after a
 * change, only the changed file is parsed, validated and rendered again; the checks across files always run.
 */
const parsed = new Map<string, { stamp: string; loaded: LoadedDocument<unknown> | undefined; problems: Problem[]; unfilled: Problem[] }>();

/** Reads one Markdown file, or takes it from the cache; its placeholders go to `unfilled`, or refuse it when that is `problems`. */
function loadDocument<Fields>(type: ContentType<Fields>, root: string, source: string, problems: Problem[], unfilled: Problem[]): LoadedDocument<Fields> | undefined {
  const path = join(root, source);
  let stamp: string;
  try {
    const { size, mtimeMs } = statSync(path);
    stamp = `${size}:${mtimeMs}`;
  } catch {
    // Gone since the folder was listed: read it below, which reports why.
    stamp = "";
  }
  let entry = parsed.get(path);
  if (entry?.stamp !== stamp) {
    const found = { problems: [] as Problem[], unfilled: [] as Problem[] };
    const loaded = parseDocumentFile(type, root, source, found.problems, found.unfilled);
    entry = { stamp, loaded: loaded as LoadedDocument<unknown> | undefined, ...found };
    parsed.set(path, entry);
  }
  problems.push(...entry.problems);
  unfilled.push(...entry.unfilled);
  const loaded = entry.loaded as LoadedDocument<Fields> | undefined;
  return loaded && entry.unfilled.length > 0 && unfilled === problems ? { ...loaded, document: undefined } : loaded;
}

function parseDocumentFile<Fields>(type: ContentType<Fields>, root: string, source: string, problems: Problem[], unfilled: Problem[]): LoadedDocument<Fields> | undefined {
  const read = readMarkdown(root, source, problems);
  if (!read) return undefined;
  // References, pictures and old addresses are checked on the examples, so a placeholder is reported once.
  const file = { ...read, fields: withPlaceholderExamples(read.fields).value };
  read.body.split("\n").forEach((line, index) => {
    if (holdsPlaceholder(line)) unfilled.push({ file: source, line: read.bodyLine + index, field: "body", message: unfilledMessage(BODY_EXPECTED) });
  });
  const { slug } = file;
  const named = type.checkFileName
    ? type.checkFileName(slug, file.fields)
    : SLUG.test(slug)
      ? undefined
      : { field: "file name", message: `"${slug}.md" is not a valid file name (expected ${SLUG_EXPECTED}, then .md)` };
  if (named) problems.push({ file: source, line: named.field === "file name" ? 1 : file.yaml.lineOf([named.field]), ...named });
  const fields = validate(type.schema, read.fields, source, file.yaml, problems, [], unfilled);
  const rendered = renderMarkdown(file.body, source, file.bodyLine);
  problems.push(...rendered.problems);
  const url = type.url(slug);
  const document = fields && !named ? { ...fields, slug, source, url, html: rendered.html, body: file.body, images: rendered.images } : undefined;
  const pictures = rendered.links.filter((link) => rendered.images.includes(link.url));
  return { document, source, url, file, links: rendered.links, pictures };
}

/** Where each file an editor may add belongs, and what to say about one that belongs nowhere. */
const PLACES: Array<{ folder: string; known: (path: string) => boolean; expected: string }> = [
  {
    folder: "content/",
    known: (path) => path === aboutFile || [pageType, workshopType, partnerType, newsType, projectType].some((type) => /^[^/]+\.md$/.test(path.slice(type.folder.length + 1)) && path.startsWith(`${type.folder}/`)),
    expected: "a page as content/about.md, or content/<folder>/<name>.md in pages/, workshops/, partners/, news/ or projects/",
  },
  {
    folder: "_data/",
    known: (path) => path === SITE_FILE || path === INSTALLATIONS_FILE || new RegExp(`^${PARTICIPANTS_FOLDER}/[^/]+\\.csv$`).test(path),
    expected: `${SITE_FILE}, ${INSTALLATIONS_FILE} or a participants list as ${PARTICIPANTS_FOLDER}/<name>.csv`,
  },
  { folder: "assets/", known: (path) => /^assets\/(materials|images)\//.test(path), expected: "a material under assets/materials/ or a picture under assets/images/" },
];

/** Files the site would not read: never published, never run, and reported so nothing is added by mistake. */
function unusedFileProblems(files: EditorFiles): Problem[] {
  return files.files.flatMap((file) => {
    if (file.slice(file.lastIndexOf("/") + 1).startsWith(".")) return [];
    const place = PLACES.find(({ folder }) => file.startsWith(folder));
    return place && !place.known(file) ? [{ file, line: 1, field: "file", message: `is not a file the site uses (expected ${place.expected})` }] : [];
  });
}

/** Characters that web addresses reserve or browsers drop, which a published file's name cannot hold. */
const UNSAFE_NAME = /[%#?\\\u0000-\u001f\u007f]/u;

/** The files under assets/ that the site may publish, as site paths; a name no address can hold is a problem. */
function listAssets(files: EditorFiles, problems: Problem[]): Set<string> {
  const assets = new Set<string>();
  for (const file of files.files.filter((path) => path.startsWith("assets/"))) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    if (name.startsWith(".")) continue;
    const unsafe = UNSAFE_NAME.exec(file)?.[0];
    if (unsafe) {
      const character = /[%#?\\]/.test(unsafe) ? `"${unsafe}"` : `the control character U+${unsafe.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      problems.push({ file, line: 1, field: "file name", message: `contains ${character}, which web addresses reserve (expected letters, digits, spaces, hyphens, underscores and dots)` });
      continue;
    }
    const kind = file.startsWith("assets/materials/") ? materialFileProblem(name) : undefined;
    if (kind) {
      problems.push({ file, line: 1, field: "file", message: kind });
      continue;
    }
    assets.add(`/${file}`);
  }
  return assets;
}

const TARGET_EXPECTED: Record<ReferenceTarget, string> = {
  partners: "the file name of a partner in content/partners/, without .md",
  projects: "the file name of a project in content/projects/, without .md",
  participants: `the name of a CSV file in ${PARTICIPANTS_FOLDER}/`,
  site: "a page address ending in / or a file under /assets/",
};

const TARGET_NOUN: Record<ReferenceTarget, string> = {
  partners: "is not a partner",
  projects: "is not a project",
  participants: "is not a participants file",
  site: "is not a page or file on this site",
};

/** Loads and checks everything under `root`. Problems never stop the loading: all are collected. */
export interface LoadOptions {
  /** "exclude" (publishing) leaves draft files out and refuses published pages that point at them; "include" previews them. */
  drafts?: "include" | "exclude";
  /**
   * "refuse" (checking, publishing) reports each value still as `npm run new` wrote it as a problem; "preview"
   * (npm start) builds the page with the placeholder's example and lists the value in `unfilled` instead.
   */
  placeholders?: "refuse" | "preview";
}

const isDraft = (fields: unknown) => (fields as { draft?: unknown } | null)?.draft === true;

export function loadSiteContent(root: string, options: LoadOptions = {}): LoadResult {
  const publishing = (options.drafts ?? "exclude") === "exclude";
  const files = findEditorFiles(root);
  const problems: Problem[] = [...files.problems, ...unusedFileProblems(files)];
  const previewed: Problem[] = [];
  const unfilled = options.placeholders === "preview" ? previewed : problems;

  const siteYaml = readYamlFile(root, SITE_FILE, files, problems);
  const site = siteYaml ? validate(siteFields, withPublicationOverrides(siteYaml.value), SITE_FILE, siteYaml, problems, [], unfilled) : undefined;

  const installations: Installation[] = [];
  const installationsYaml = readYamlFile(root, INSTALLATIONS_FILE, files, problems);
  if (installationsYaml) {
    if (!Array.isArray(installationsYaml.value)) {
      problems.push({ file: INSTALLATIONS_FILE, line: 1, field: "file", message: "is not a list (expected one block per installation, each starting with - id:)" });
    } else {
      const firstIndex = new Map<string, number>();
      installationsYaml.value.forEach((entry, index) => {
        const installation = validate(installationFields, entry, INSTALLATIONS_FILE, installationsYaml, problems, [index], unfilled);
        const id = (entry as { id?: unknown } | null)?.id;
        if (typeof id === "string") {
          const previous = firstIndex.get(id);
          if (previous !== undefined) {
            const line = installationsYaml.lineOf([index, "id"]);
            problems.push({ file: INSTALLATIONS_FILE, line, field: `[${index}].id`, message: `"${id}" is already used at line ${installationsYaml.lineOf([previous, "id"])} (expected a unique id)` });
            return;
          }
          firstIndex.set(id, index);
        }
        if (installation) installations.push(installation);
        // A point on the map must lie in the portal's country: swapped or unsigned coordinates land far away.
        const misplaced = installation?.country && installation.lat !== undefined && installation.lon !== undefined ? pointProblem(installation.country, installation.lat, installation.lon) : undefined;
        if (misplaced) problems.push({ file: INSTALLATIONS_FILE, line: installationsYaml.lineOf([index, "lat"]), field: `[${index}].lat/lon`, message: misplaced });
      });
    }
  }

  const participants = loadParticipants(root, problems, files.files);

  const loadAll = <Fields>(type: ContentType<Fields>) =>
    markdownFiles(files, type.folder).flatMap((source) => loadDocument(type, root, source, problems, unfilled) ?? []);
  const valid = <Fields>(entries: Array<LoadedDocument<Fields>>) =>
    entries.flatMap(({ document, file }) => (document && !(publishing && isDraft(file.fields)) ? [document] : []));
  const about = files.files.includes(aboutFile) ? loadDocument(pageType, root, aboutFile, problems, unfilled) : undefined;
  const pages = [...(about ? [about] : []), ...loadAll(pageType)];
  const workshops = loadAll(workshopType);
  const partners = loadAll(partnerType);
  const news = loadAll(newsType);
  const projects = loadAll(projectType);
  problems.push(
    ...cityCountryProblems(
      workshops.flatMap(({ document, source, file }) =>
        document?.location?.city ? [{ file: source, line: () => file.yaml.lineOf(["location", "country"]), city: document.location.city, country: document.location.country }] : [],
      ),
    ),
  );

  const assets = listAssets(files, problems);
  const all: Array<LoadedDocument<unknown> & { type: ContentType<unknown> }> = [
    ...pages.map((entry) => ({ ...entry, type: pageType as ContentType<unknown> })),
    ...workshops.map((entry) => ({ ...entry, type: workshopType as ContentType<unknown> })),
    ...partners.map((entry) => ({ ...entry, type: partnerType as ContentType<unknown> })),
    ...news.map((entry) => ({ ...entry, type: newsType as ContentType<unknown> })),
    ...projects.map((entry) => ({ ...entry, type: projectType as ContentType<unknown> })),
  ];

  // Two files must never claim the same address.
  const owners = new Map<string, string>();
  for (const { source, url } of all) {
    const owner = generatedUrls.has(url) ? "a page the site generates" : owners.get(url);
    if (owner) problems.push({ file: source, line: 1, field: "file name", message: `gives the address ${url}, already used by ${owner} (expected a unique file name)` });
    else owners.set(url, source);
  }

  const known: Record<ReferenceTarget, string[]> = {
    partners: partners.map((entry) => entry.file.slug),
    projects: projects.map((entry) => entry.file.slug),
    participants: Object.keys(participants),
    site: [...owners.keys(), ...generatedUrls, ...assets],
  };
  const knownSets = Object.fromEntries(Object.entries(known).map(([target, names]) => [target, new Set(names)])) as Record<ReferenceTarget, Set<string>>;

  // Old addresses: a published record's keep answering; a draft's are checked but not published.
  const claims = oldAddressClaims(all, installationsYaml, siteYaml, assets);
  const writtenFiles = new Map<string, string>([...assets].map((path) => [path, `the file ${path.slice(1)}`]));
  for (const { source, url, type } of all) if (type === workshopType) writtenFiles.set(workshopCalendar(url), `the calendar of ${source}`);
  const pageAddresses = new Map<string, string>([...generatedUrls].map((url) => [url, "a page the site generates"]));
  for (const [url, owner] of owners) pageAddresses.set(url, owner);
  const oldAddresses = checkOldAddresses(claims, { pages: pageAddresses, files: writtenFiles });
  problems.push(...oldAddresses.problems);
  const unpublished = new Set(publishing ? all.filter(({ file }) => isDraft(file.fields)).map(({ source }) => source) : []);
  const redirects = oldAddresses.redirects.filter((redirect) => !unpublished.has(redirect.source));
  // Once this site replaces the old one at its address, a link there must lead to something this site answers.
  const answered = new Set(redirects.filter(({ answer }) => answer !== "rule").map(({ from }) => from));
  const ownPath = (value: string) => (site ? ownSitePath(site, value) : undefined);

  // Files that exist but could not be read, by the name references use: a reference to one is not "missing".
  const unreadableIn = (type: ContentType<unknown>, loaded: ReadonlyArray<{ source: string }>) =>
    new Map(markdownFiles(files, type.folder).filter((source) => !loaded.some((entry) => entry.source === source)).map((source) => [source.slice(type.folder.length + 1, -3), source]));
  const unreadable: Record<ReferenceTarget, Map<string, string>> = {
    partners: unreadableIn(partnerType as ContentType<unknown>, partners),
    projects: unreadableIn(projectType as ContentType<unknown>, projects),
    participants: new Map(
      files.files.filter((path) => new RegExp(`^${PARTICIPANTS_FOLDER}/[^/]+\\.csv$`).test(path) && !(path.slice(PARTICIPANTS_FOLDER.length + 1) in participants)).map((path) => [path.slice(PARTICIPANTS_FOLDER.length + 1), path]),
    ),
    site: new Map(),
  };
  const reportedUnreadable = new Set<string>();

  const resolves = ({ target, value }: Omit<Reference, "path">) => {
    if (target !== "site") return knownSets[target].has(value);
    const address = readAddress(value);
    const own = address.kind === "elsewhere" ? ownPath(value) : undefined;
    if (own !== undefined) return [own, `${own}/`, own.replace(/index\.html$/, "")].some((path) => knownSets.site.has(path) || answered.has(path) || writtenFiles.has(path));
    // An address that is refused outright is reported by its field's own check.
    return address.kind !== "site" || address.relative || address.path === "" || knownSets.site.has(address.path);
  };
  // While publishing, drafts are left out, so a published file must not point at one.
  const drafts = new Set(all.filter(({ file }) => isDraft(file.fields)).flatMap(({ url, file, type }) => [url, `${type.folder}:${file.slug}`]));
  const sitePath = (value: string) => {
    const address = readAddress(value);
    return address.kind === "site" ? address.path : value;
  };
  const draftTarget = ({ target, value }: Omit<Reference, "path">) =>
    target === "site" ? drafts.has(sitePath(value)) : target === "partners" || target === "projects" ? drafts.has(`content/${target}:${value}`) : false;
  // The line is looked up only for a problem: finding positions costs more than the whole check.
  const report = (file: string, lineOf: () => number, field: string, reference: Omit<Reference, "path">, fromDraft = false) => {
    if (publishing && !fromDraft && draftTarget(reference)) {
      problems.push({ file, line: lineOf(), field, message: `${JSON.stringify(reference.value)} is a draft, left out of the published site (expected a published page, or remove draft: true from it)` });
      return;
    }
    if (resolves(reference)) return;
    const broken = unreadable[reference.target].get(reference.value);
    if (broken) {
      // The file is there but could not be read: its own problem says why, once; every reference to it would only repeat it.
      if (!reportedUnreadable.has(broken)) problems.push({ file, line: lineOf(), field, message: `${JSON.stringify(reference.value)} is ${broken}, which could not be read (see that file's problem; other references to it are not checked until it is fixed)` });
      reportedUnreadable.add(broken);
      return;
    }
    if (reference.target === "site" && ownPath(reference.value) !== undefined) {
      problems.push({ file, line: lineOf(), field, message: `${JSON.stringify(reference.value)} is on this site's own address, where nothing answers it (expected a path on this site, or the address where the file is kept)` });
      return;
    }
    // Another event's attendee list is never a typo for this one's: a suggested list must carry the same numbers.
    const digits = (name: string) => name.replace(/\D/g, "");
    const candidates = reference.target === "participants" ? known.participants.filter((name) => digits(name) === digits(reference.value)) : known[reference.target];
    // A name written as the organisation's name or as its file ("GBIF Portugal", "gbif-portugal.md") means that file.
    const asFileName = slugify(reference.value.replace(/\.md$/i, ""));
    const guess = reference.target !== "site" && candidates.includes(asFileName) ? asFileName : suggest(reference.value, candidates);
    const hint = guess ? `did you mean ${JSON.stringify(guess)}?` : `expected ${TARGET_EXPECTED[reference.target]}`;
    problems.push({ file, line: lineOf(), field, message: `${JSON.stringify(reference.value)} ${TARGET_NOUN[reference.target]} (${hint})` });
  };

  for (const { source, file, type, links } of all) {
    const fromDraft = isDraft(file.fields);
    for (const reference of findReferences(file.fields, type.references ?? [])) {
      report(source, () => file.yaml.lineOf(reference.path), fieldName(reference.path), reference, fromDraft);
    }
    for (const link of links) report(source, () => link.line, "body", { target: "site", value: link.url }, fromDraft);
  }
  // Pictures are judged where they are named, so a pull request's annotation points at the field that uses the file.
  const pictureVerdicts = new Map<string, string | undefined>();
  const pictureUses: PictureUseSite[] = [];
  const checkPicture = (file: string, line: () => number, field: string, src: string, use: PictureUse) => {
    const address = readAddress(src);
    if (address.kind !== "site" || !knownSets.site.has(address.path)) return;
    const key = `${use}:${address.path}`;
    if (!pictureVerdicts.has(key)) pictureVerdicts.set(key, pictureProblem(join(root, address.path), use));
    const problem = pictureVerdicts.get(key);
    if (problem) problems.push({ file, line: line(), field, message: field === "body" ? `${JSON.stringify(src)} ${problem}` : problem });
    else pictureUses.push({ file, line: line(), field, src, path: address.path, use });
  };
  for (const { source, file, type, pictures } of all) {
    for (const rule of type.pictures ?? []) {
      for (const reference of findReferences(file.fields, [{ path: rule.path, target: "site" }])) {
        checkPicture(source, () => file.yaml.lineOf(reference.path), fieldName(reference.path), reference.value, rule.use);
      }
    }
    for (const picture of pictures) checkPicture(source, () => picture.line, "body", picture.url, "picture");
  }
  if (installationsYaml && Array.isArray(installationsYaml.value)) {
    for (const reference of findReferences(installationsYaml.value, [{ path: ["*", "partner"], target: "partners" }])) {
      report(INSTALLATIONS_FILE, () => installationsYaml.lineOf(reference.path), fieldName(reference.path), reference);
    }
  }
  if (siteYaml && site?.redirects) {
    for (const [from, to] of Object.entries(site.redirects)) report(SITE_FILE, () => siteYaml.lineOf(["redirects", from]), `redirects.${from}`, { target: "site", value: to });
  }


  const content: SiteContent = {
    site: site ?? ({} as Site),
    installations,
    pages: valid(pages),
    workshops: valid(workshops),
    partners: valid(partners),
    news: valid(news),
    projects: valid(projects),
    participants,
    assets,
    redirects,
  };
  const named = (problem: Problem) => namedByInstallation(problem, installationsYaml);
  return { content, problems: withoutRepeatedNames(problems).map(named), unfilled: sortProblems(previewed.map(named)), pictureUses };
}

/** A name that is not a file name and names no file is one slip: the "did you mean" says more than the form of the name. */
function withoutRepeatedNames(problems: readonly Problem[]): Problem[] {
  const key = ({ file, line, field }: Problem) => `${file}:${line}:${field}`;
  const suggested = new Set(problems.filter(({ message }) => / is not an? [a-z ]+ \(did you mean /.test(message)).map(key));
  return problems.filter((problem) => !(suggested.has(key(problem)) && problem.message.endsWith(`is not a valid name (expected ${SLUG_EXPECTED})`)));
}

/** An installation's problem names it by its id ("gbif-spain.status"), not by its place in the list ("[12].status"). */
function namedByInstallation(problem: Problem, installationsYaml: ParsedYaml | undefined): Problem {
  const match = problem.file === INSTALLATIONS_FILE ? /^\[(\d+)\]\.?/.exec(problem.field) : null;
  if (!match || !installationsYaml || !Array.isArray(installationsYaml.value)) return problem;
  const index = Number(match[1]);
  const idOf = (entry: unknown) => (entry as { id?: unknown } | null)?.id;
  const id = idOf(installationsYaml.value[index]);
  // An id that is missing, malformed or repeated names nothing for sure; the installation's number in the list does.
  const unique = typeof id === "string" && SLUG.test(id) && installationsYaml.value.findIndex((entry) => idOf(entry) === id) === index;
  const name = unique ? id : `installation ${index + 1}`;
  const rest = problem.field.slice(match[0].length);
  return { ...problem, field: rest ? `${name}.${rest}` : name };
}

/** The site path a web address names on this site's own published address, such as /workshops/ for https://living-atlases.gbif.org/workshops/. */
function ownSitePath(site: Site, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const home = new URL(site.basePath ?? "/", site.url);
  // http or https, with or without the root's trailing dot: a browser reaches the same site.
  const host = (address: URL) => address.hostname.replace(/\.$/, "");
  if (!/^https?:$/.test(url.protocol) || host(url) !== host(home) || url.port !== home.port || !url.pathname.startsWith(home.pathname)) return undefined;
  const decoded = decodePath(`/${url.pathname.slice(home.pathname.length)}`);
  return "path" in decoded ? decoded.path : undefined;
}

/** Every redirect_from in content, installations and materials, and site.yaml's redirects, in file and line order. */
function oldAddressClaims(
  documents: ReadonlyArray<LoadedDocument<unknown> & { type: ContentType<unknown> }>,
  installationsYaml: ParsedYaml | undefined,
  siteYaml: ParsedYaml | undefined,
  assets: ReadonlySet<string>,
): OldAddressClaim[] {
  const claims: OldAddressClaim[] = [];
  const strings = (value: unknown) => (Array.isArray(value) ? value.flatMap((item, index) => (typeof item === "string" ? [{ item, index }] : [])) : []);
  const claim = (file: string, yaml: Pick<ParsedYaml, "lineOf">, path: FieldPath, to: string, title: string, material?: OldAddressClaim["material"]) => (value: { item: string; index: number }) =>
    claims.push({ value: value.item, to: to.trim(), title, file, line: () => yaml.lineOf([...path, value.index]), field: fieldName([...path, value.index]), material });
  for (const { source, url, file } of [...documents].sort((a, b) => (a.source < b.source ? -1 : 1))) {
    const fields = (file.fields ?? {}) as { title?: unknown; name?: unknown; redirect_from?: unknown; materials?: unknown };
    const title = typeof fields.title === "string" ? fields.title : typeof fields.name === "string" ? fields.name : url;
    strings(fields.redirect_from).forEach(claim(source, file.yaml, ["redirect_from"], url, title));
    if (!Array.isArray(fields.materials)) continue;
    fields.materials.forEach((material: unknown, index) => {
      const { url: to, title: name, redirect_from } = (material ?? {}) as { url?: unknown; title?: unknown; redirect_from?: unknown };
      if (typeof to !== "string") return;
      const address = readAddress(to);
      const localFile = address.kind === "site" && assets.has(address.path) ? address.path : undefined;
      strings(redirect_from).forEach(claim(source, file.yaml, ["materials", index, "redirect_from"], to, typeof name === "string" ? name : to, { localFile }));
    });
  }
  if (installationsYaml && Array.isArray(installationsYaml.value)) {
    installationsYaml.value.forEach((entry: unknown, index) => {
      const { id, name, partner, redirect_from } = (entry ?? {}) as { id?: unknown; name?: unknown; partner?: unknown; redirect_from?: unknown };
      if (typeof id !== "string") return;
      // A portal's row is on the page of the partner that runs it, and on the map's list of every portal.
      const page = typeof partner === "string" ? partnerType.url(partner) : routes.map;
      strings(redirect_from).forEach(claim(INSTALLATIONS_FILE, installationsYaml, [index, "redirect_from"], `${page}#installation-${id}`, typeof name === "string" ? name : id));
    });
  }
  const siteRedirects = (siteYaml?.value as { redirects?: unknown } | undefined)?.redirects;
  if (siteYaml && siteRedirects && typeof siteRedirects === "object" && !Array.isArray(siteRedirects)) {
    for (const [from, to] of Object.entries(siteRedirects)) {
      if (typeof to === "string") claims.push({ value: from, to: to.trim(), title: to.trim(), file: SITE_FILE, line: () => siteYaml.lineOf(["redirects", from]), field: `redirects.${from}` });
    }
  }
  return claims;
}

/** The deploy workflow may publish elsewhere than site.yaml says; its address is validated like the file's. */
function withPublicationOverrides(site: unknown): unknown {
  if (typeof site !== "object" || site === null) return site;
  const url = process.env[URL_VARIABLE];
  const basePath = process.env[BASE_PATH_VARIABLE];
  return { ...site, ...(url ? { url } : {}), ...(basePath ? { basePath } : {}) };
}
