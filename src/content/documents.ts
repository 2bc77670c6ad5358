// Reading one Markdown file of content: its front matter (validated against its type's schema), its body rendered,
// the links and pictures in it; each reading is kept (src/content/kept.ts), so that a preview's rebuild, and the next
// compiled check or build, read again only the files that changed.
import { join } from "node:path";
import matter from "gray-matter";
import type { ContentType } from "../schema/content-type.ts";
import { SLUG, SLUG_EXPECTED } from "../schema/fields.ts";
import { TRANSLATION_FILE } from "../schema/languages.ts";
import { BODY_EXPECTED, holdsPlaceholder, unfilledMessage } from "../schema/placeholders.ts";
import type { EditorFiles } from "./files.ts";
import { KeptWhileUnchanged, type Stored } from "./kept.ts";
import { renderMarkdown } from "./markdown.ts";
import type { Problem } from "./problems.ts";
import { readSource } from "./source.ts";
import { validate, withPlaceholderExamples } from "./validate.ts";
import { parseYaml, YamlSyntaxError, type ParsedYaml } from "./yaml.ts";

/** What every Markdown record gains from its file: its name, where it lives and its rendered body. */
export interface Document {
  /** The file name without .md, which is also the last part of the page address. */
  slug: string;
  /** The file's path from the repository root, such as content/workshops/workshop-2016.md. */
  source: string;
  url: string;
  /** The Markdown body as HTML, checked to be free of scripts. */
  html: string;
  /** The Markdown body itself, rendered again once its pictures are resized. */
  body: string;
  /** Pictures on this site the body shows. */
  images: string[];
}

export interface MarkdownFile {
  slug: string;
  source: string;
  fields: unknown;
  body: string;
  bodyLine: number;
  yaml: Pick<ParsedYaml, "lineOf">;
}

const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function readMarkdown(root: string, source: string, problems: Problem[]): MarkdownFile | undefined {
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

/** The Markdown files directly in a folder, such as content/workshops/workshop-2016.md; translations (about.es.md) are read apart. */
export function markdownFiles(files: Pick<EditorFiles, "files">, folder: string): string[] {
  return files.files.filter((path) => {
    const name = path.slice(folder.length + 1);
    return path.startsWith(`${folder}/`) && !name.includes("/") && name.endsWith(".md") && !name.startsWith(".") && !TRANSLATION_FILE.test(name);
  });
}

export interface LoadedDocument<Fields> {
  /** Undefined when the front matter is invalid; its references and links are still checked. */
  document: (Fields & Document) | undefined;
  source: string;
  url: string;
  file: MarkdownFile;
  links: Array<{ url: string; line: number }>;
  /** Pictures of this site the body shows, with the line that shows each. */
  pictures: Array<{ url: string; line: number }>;
}

/** One Markdown file as read: what it gives, its own problems, and its values still to fill in. */
export interface DocumentReading {
  loaded: LoadedDocument<unknown> | undefined;
  problems: Problem[];
  unfilled: Problem[];
}

/** A Markdown file's field lines, found again only when a problem from a reading kept between runs needs one. */
export function linesFoundLater(root: string, source: string): Pick<ParsedYaml, "lineOf"> {
  let found: Pick<ParsedYaml, "lineOf"> | undefined;
  return { lineOf: (path) => (found ??= readMarkdown(root, source, [])?.yaml ?? { lineOf: () => 1 }).lineOf(path) };
}

/** How a Markdown file's reading is kept between runs, in .cache/: without its field lines, found again when needed. */
export const MARKDOWN_READINGS: Stored<DocumentReading> = {
  name: "markdown-readings",
  store: (reading) => ({ ...reading, loaded: reading.loaded && { ...reading.loaded, file: { ...reading.loaded.file, yaml: undefined } } }),
  restore: (stored, root, source) => {
    const reading = stored as DocumentReading;
    return { ...reading, loaded: reading.loaded && { ...reading.loaded, file: { ...reading.loaded.file, yaml: linesFoundLater(root, source) } } };
  },
};

/** Markdown files read, validated and rendered earlier; the checks across files always run. */
const parsed = new KeptWhileUnchanged<DocumentReading>(MARKDOWN_READINGS);

const readDocument = <Fields>(type: ContentType<Fields>, root: string, source: string, files?: EditorFiles): DocumentReading =>
  parsed.get(root, source, files, () => {
    const found = { problems: [] as Problem[], unfilled: [] as Problem[] };
    return { loaded: parseDocumentFile(type, root, source, found.problems, found.unfilled), ...found };
  });

/** A saved file as the last load read it, and as it reads now, which later loads take from the cache. */
export function readDocumentAgain<Fields>(type: ContentType<Fields>, root: string, source: string): { before: DocumentReading | undefined; after: DocumentReading } {
  const before = parsed.kept(root, source);
  return { before, after: readDocument(type, root, source) };
}

/** Reads one Markdown file, or takes it from the cache; its placeholders go to `unfilled`, or refuse it when that is `problems`. */
export function loadDocument<Fields>(
  type: ContentType<Fields>,
  root: string,
  source: string,
  problems: Problem[],
  unfilled: Problem[],
  files?: EditorFiles,
): LoadedDocument<Fields> | undefined {
  const entry = readDocument(type, root, source, files);
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
