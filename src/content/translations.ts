// Translations of Markdown records, each beside its original (content/about.es.md beside content/about.md): read,
// checked against their type's translatable fields, and dated against the original's history, so a page can say
// when the original changed after it was translated.
import type { ContentType } from "../schema/content-type.ts";
import { fieldList } from "../schema/fields.ts";
import { TRANSLATION_FILE, type Language, type LanguageCode } from "../schema/languages.ts";
import { SOURCE_COMMIT, translationFields } from "../schema/translation.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import { linesFoundLater, readMarkdown, type MarkdownFile } from "./documents.ts";
import { KeptWhileUnchanged, type Stored } from "./kept.ts";
import type { EditorFiles } from "./files.ts";
import type { z } from "zod";
import { git } from "./git.ts";
import { commitsByFile, HISTORY_FOLDERS, isAncestor, type Commit } from "./history.ts";
import { renderMarkdown, type RenderedMarkdown } from "./markdown.ts";
import type { Problem } from "./problems.ts";
import { validate } from "./validate.ts";

/** How a record reads in one language: the original itself, a translation up to date or outdated, or none yet. */
export type TranslationState = "original" | "current" | "outdated" | "missing";

export interface Translation {
  language: LanguageCode;
  /** The translation's file, such as content/about.es.md. */
  source: string;
  /** The original's file, such as content/about.md. */
  original: string;
  /** The translated fields, as the type's translatable fields and source_commit. */
  fields: Record<string, unknown>;
  /** The translated body as HTML, checked like any body, and the Markdown it came from. */
  html: string;
  body: string;
  images: string[];
  state: "current" | "outdated";
  /** The original's commits since the one translated, newest first: what a translator has to carry over. */
  changes: Commit[];
}

/** A record that can be translated, as the loader read it: its file, type and the pictures its body shows. */
interface Original {
  source: string;
  type: ContentType<unknown>;
  fields: Record<string, unknown>;
  body: string;
  images: readonly string[];
}

/** The Markdown files under content/ named as translations, such as content/pages/join.fr.md. */
export function translationFiles(files: EditorFiles): string[] {
  return files.files.filter((path) => path.startsWith("content/") && TRANSLATION_FILE.test(path.slice(path.lastIndexOf("/") + 1)));
}

/** The original a translation's file name points at, and the language it names. */
function originalOf(source: string): { original: string; code: string } {
  const match = TRANSLATION_FILE.exec(source)!;
  return { original: `${match[1]}.md`, code: match[2]! };
}

export interface TranslationCheck {
  root: string;
  files: EditorFiles;
  /** Every record read, published or draft, by its file. */
  originals: ReadonlyMap<string, Original>;
  languages: readonly Language[];
  /** Addresses on this site a link may lead to. */
  sitePaths: ReadonlySet<string>;
  /** Addresses of drafts, which a published page may not link to; empty while previewing. */
  drafts: ReadonlySet<string>;
  /** The site path a full address names when it is this site's own, such as /about/ for https://living-atlases.gbif.org/about/. */
  ownPath: (address: string) => string | undefined;
  problems: Problem[];
}

/** Reads and checks every translation; each problem is reported, and a translation with one is left out. */
export function loadTranslations({ root, files, originals, languages, sitePaths, drafts, ownPath, problems }: TranslationCheck): Translation[] {
  const translated = languages.slice(1).map(({ code }) => code);
  const sources = translationFiles(files);
  // One git log for all translations, the one the community reads too, and none for a site without any.
  const history = sources.length > 0 ? commitsByFile(root, HISTORY_FOLDERS) : new Map<string, Commit[]>();
  const repository = sources.length > 0 ? readRepository(root) : undefined;
  return sources.flatMap((source) => {
    const { original, code } = originalOf(source);
    const problem = (line: number, field: string, message: string) => (problems.push({ file: source, line, field, message }), []);
    if (!translated.includes(code as LanguageCode)) {
      const expected = translated.length > 0 ? `one of ${translated.join(", ")}, as listed in _data/site.yaml` : "a language added to languages in _data/site.yaml first";
      return problem(1, "file name", `names the language ${JSON.stringify(code)}, which the site does not translate into (expected ${expected})`);
    }
    const of = originals.get(original);
    if (!of) {
      const isType = CONTENT_TYPES.some((type) => type.alsoFiles?.includes(original) || original.startsWith(`${type.folder}/`));
      return problem(1, "file name", `translates ${original}, which ${isType ? "does not exist" : "is not a page of the site"} (expected the original's file name with .${code} before .md)`);
    }
    const { read, readProblems, rendered } = readTranslation(root, source, files);
    problems.push(...readProblems);
    if (!read || !rendered) return [];
    const found: Problem[] = [];
    const fields = validate(translationSchema(of.type), read.fields, source, read.yaml, found);
    if (fields) checkMaterials(fields, of, source, read.yaml.lineOf, found);
    if (fields?.image !== undefined && of.fields.image === undefined) {
      found.push({ file: source, line: read.yaml.lineOf(["image"]), field: "image", message: "is given, but the original shows no image (expected image only when the original has one)" });
    }
    found.push(...rendered.problems);
    for (const link of rendered.links) {
      // A full address of this site is checked as the path it names, as in an original.
      const path = (link.url.startsWith("/") ? link.url : ownPath(link.url))?.split(/[?#]/)[0];
      if (path === undefined) continue;
      if (!sitePaths.has(path)) found.push({ file: source, line: link.line, field: "body", message: `links to ${link.url}, which is not a page or file of this site (expected a path the original could link to)` });
      else if (drafts.has(path)) found.push({ file: source, line: link.line, field: "body", message: `links to ${link.url}, a draft left out of the published site (expected a published page, or remove draft: true from it)` });
    }
    for (const picture of rendered.images.filter((image) => !of.images.includes(image))) {
      const line = rendered.links.find((link) => link.url === picture)?.line ?? read.bodyLine;
      found.push({ file: source, line, field: "body", message: `shows ${picture}, which the original does not show (expected the original's pictures; add a new one to the original first)` });
    }
    if (read.body.trim() === "" && originalHasBody(of)) found.push({ file: source, line: read.bodyLine, field: "body", message: "is empty (expected the original's text, translated)" });
    // npm run new copies the original's text for the translator to write over; published untranslated, it would claim a translation.
    else if (originalHasBody(of) && read.body.trim() === of.body.trim()) {
      found.push({ file: source, line: read.bodyLine, field: "body", message: "is still the original's text (expected it translated; npm run new copies it for you to write over)" });
    }
    const commit = fields ? String(fields[SOURCE_COMMIT]) : "";
    if (fields && repository && !repository.shallow && !repository.commits.has(commit)) {
      found.push({
        file: source,
        line: read.yaml.lineOf([SOURCE_COMMIT]),
        field: SOURCE_COMMIT,
        message: `${JSON.stringify(commit)} is not a commit of this repository (expected the original's last commit, as \`git log -1 --format=%H -- ${original}\` prints it)`,
      });
    }
    problems.push(...found);
    if (!fields || found.length > 0) return [];
    // A shallow clone lacks the history that says when the original changed, and maybe the commit translated: nothing is known to have changed.
    const changes = repository?.shallow ? [] : changesSince(root, history.get(original) ?? [], commit);
    return [
      {
        language: code as LanguageCode,
        source,
        original,
        fields,
        html: rendered.html,
        body: read.body,
        images: rendered.images,
        state: changes.length > 0 ? "outdated" : "current",
        changes,
      } satisfies Translation,
    ];
  });
}

/** Each content type's translation schema, made once: a preview checks every translation again on every save. */
type TranslationSchema = z.ZodType<Record<string, unknown>>;
const translationSchemas = new WeakMap<ContentType<unknown>, TranslationSchema>();
function translationSchema(type: ContentType<unknown>): TranslationSchema {
  let schema = translationSchemas.get(type);
  if (!schema) {
    schema = translationFields(type.translatable ?? {}, fieldList(type.schema).map(({ name }) => name));
    translationSchemas.set(type, schema);
  }
  return schema;
}

/** One translation file as read and rendered, before it is checked against its original and the site. */
export interface TranslationReading {
  read: MarkdownFile | undefined;
  readProblems: Problem[];
  rendered: RenderedMarkdown | undefined;
}

/** How a translation's reading is kept between runs, in .cache/: without its field lines, found again when needed. */
export const TRANSLATION_READINGS: Stored<TranslationReading> = {
  name: "translation-readings",
  store: (reading) => ({ ...reading, read: reading.read && { ...reading.read, yaml: undefined } }),
  restore: (stored, root, source) => {
    const reading = stored as TranslationReading;
    return { ...reading, read: reading.read && { ...reading.read, yaml: linesFoundLater(root, source) } };
  },
};

/** Translation files read and rendered earlier; what they are checked against (the original, the site) is checked anew. */
const readEarlier = new KeptWhileUnchanged<TranslationReading>(TRANSLATION_READINGS);

/** A saved translation as the last load read it, and as it reads now, which later loads take from the cache. */
export function readTranslationAgain(root: string, source: string): { before: TranslationReading | undefined; after: TranslationReading } {
  const before = readEarlier.kept(root, source);
  return { before, after: readTranslation(root, source) };
}

function readTranslation(root: string, source: string, files?: EditorFiles): TranslationReading {
  return readEarlier.get(root, source, files, () => {
    const readProblems: Problem[] = [];
    const read = readMarkdown(root, source, readProblems);
    return { read, readProblems, rendered: read ? renderMarkdown(read.body, source, read.bodyLine) : undefined };
  });
}

/** The commits the repository holds, among those translations name, and whether its history is cut short; undefined without git. */
function readRepository(root: string): { commits: ReadonlySet<string>; shallow: boolean } | undefined {
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]);
  if (shallow.status !== 0) return undefined;
  return { commits: new KnownCommits(root), shallow: shallow.stdout.trim() === "true" };
}

/** Answers whether a hash names a commit, asking git once per hash. */
class KnownCommits extends Set<string> {
  constructor(private readonly root: string) {
    super();
  }
  override has(hash: string): boolean {
    if (super.has(hash)) return true;
    const type = git(this.root, ["cat-file", "-t", hash], { onlySuccess: true });
    const known = type.status === 0 && type.stdout.trim() === "commit";
    if (known) this.add(hash);
    return known;
  }
}

const originalHasBody = (original: Original) => original.body.trim() !== "";

/** Each translated material title names one of the original's materials by its address. */
function checkMaterials(fields: Record<string, unknown>, original: Original, source: string, lineOf: (path: ReadonlyArray<string | number>) => number, problems: Problem[]) {
  const materials = (fields.materials ?? []) as Array<{ url: string }>;
  const urls = ((original.fields.materials ?? []) as Array<{ url: string }>).map(({ url }) => url);
  materials.forEach(({ url }, index) => {
    if (materials.findIndex((other) => other.url === url) < index) {
      problems.push({ file: source, line: lineOf(["materials", index, "url"]), field: `materials[${index}].url`, message: `${JSON.stringify(url)} is given twice (expected each material once)` });
    } else if (!urls.includes(url)) {
      problems.push({ file: source, line: lineOf(["materials", index, "url"]), field: `materials[${index}].url`, message: `${JSON.stringify(url)} is not one of the original's materials (expected the address of a material in ${original.source})` });
    }
  });
}

/**
 * The original's commits a translation has not seen: those after the translated one. A translation whose commit is
 * not one that changed the original (the commit of the whole repository when it was written, say) has seen every
 * change that lies in that commit's history. Without git history nothing is known to have changed.
 */
function changesSince(root: string, commits: readonly Commit[], translated: string): Commit[] {
  const seen = commits.findIndex(({ hash }) => hash.startsWith(translated));
  if (seen >= 0) return commits.slice(0, seen);
  return commits.filter(({ hash }) => !isAncestor(root, hash, translated));
}
