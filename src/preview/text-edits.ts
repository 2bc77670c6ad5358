// A save that changes only the text of one record (its body, and nothing else the site reads from the file: its
// fields, the addresses it links to, the pictures it shows) changes only the pages that show that text. A preview then
// puts the new text into the last build's community instead of loading, checking and deriving the whole site again;
// any other save, or one that brings a problem or a value to fill in, loads everything as a build does.
import { lstatSync, realpathSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { recordsShowing, type Community } from "../collections/community.ts";
import { buildDate } from "../collections/dates.ts";
import { markdownFiles, readDocumentAgain, type DocumentReading } from "../content/documents.ts";
import { repositoryState } from "../content/git.ts";
import { renderMarkdown, type ImageVersions } from "../content/markdown.ts";
import { readTranslationAgain, type TranslationReading } from "../content/translations.ts";
import { CODE_ROOT } from "../repository.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import { TRANSLATION_FILE, type LanguageCode } from "../schema/languages.ts";

/** What the last build that loaded everything derived its pages from. */
export interface LastLoad {
  root: string;
  communities: Readonly<Record<LanguageCode, Community>>;
  /** The resized versions of the pictures bodies show, which a body that shows one is rendered with. */
  versions: ImageVersions;
  /** The files with values still to fill in, listed on the preview's pages: a save of one loads everything, so the list stays right. */
  unfilled: ReadonlySet<string>;
}

/** A text and the Markdown it was rendered from. */
interface Text {
  html: string;
  body: string;
}

export class TextEdits {
  #last: (LastLoad & { today: string; repositories: string }) | undefined;
  /** The commits there were when the build now loading began: those it reads, or older. */
  #loading: string | undefined;

  /** A build starts to load everything; a commit made while it loads is one its pages may not show. */
  loading(root: string): void {
    this.#loading = repositoriesOf(root);
  }

  /** The build got through its checks; its pages' dates and translations' states come from git as it was when it began to load, and from the day its community is for. */
  loaded(last: LastLoad): void {
    const today = Object.values(last.communities)[0]?.today;
    this.#last = this.#loading !== undefined && today !== undefined ? { ...last, today, repositories: this.#loading } : undefined;
    this.#loading = undefined;
  }

  /** A build stopped on problems, or the code changed: the next save loads everything. */
  forget(): void {
    this.#last = undefined;
  }

  /**
   * After a save of `saved` (the files the watcher saw change): the records that show the saved text, now carrying
   * it, when a record's text is all the save changed; undefined otherwise, and the site is to be loaded again.
   */
  apply(saved: readonly string[]): Set<object> | undefined {
    const last = this.#last;
    if (!last || saved.length !== 1) return undefined;
    const source = relative(last.root, resolve(saved[0]!)).split(sep).join("/");
    if (last.unfilled.has(source) || buildDate() !== last.today || repositoriesOf(last.root) !== last.repositories || !plainFile(last.root, source))
      return undefined;
    const languages = Object.values(last.communities);
    const translation = TRANSLATION_FILE.exec(source.slice(source.lastIndexOf("/") + 1));
    const text = translation ? translatedText(last, source, `${source.slice(0, source.lastIndexOf("/") + 1)}${translation[1]}.md`) : originalText(last, source);
    if (!text) return undefined;
    const showing = new Set<object>();
    for (const community of languages) {
      for (const record of recordsShowing(community, source)) {
        record.html = text.html;
        record.body = text.body;
        showing.add(record);
      }
    }
    return showing.size > 0 ? showing : undefined;
  }
}

/** The state of the repositories whose history pages show: the content's, and the code's (the templates' dates). */
const repositoriesOf = (root: string) => `${repositoryState(root)}\n${resolve(root) === CODE_ROOT ? "" : repositoryState(CODE_ROOT)}`;

/**
 * Whether `source` is a file itself, with no symbolic link on its way from the root: the walk of a full load is what
 * refuses a link out of the editors' folders, so a saved link is loaded with everything.
 */
function plainFile(root: string, source: string): boolean {
  try {
    return lstatSync(join(root, source)).isFile() && realpathSync(join(root, source)) === join(realpathSync(root), source);
  } catch {
    return false;
  }
}

/** The type whose record `source` is, as the loader finds it: a Markdown file in its folder, or one of its other files. */
const typeOf = (source: string) => CONTENT_TYPES.find((type) => type.alsoFiles?.includes(source) || markdownFiles({ files: [source] }, type.folder).length > 0);

const hasText = (body: string) => body.trim() !== "";

/** The same addresses, linked in the same order: the checks of what a file links to and shows say the same. */
const sameLinks = (before: ReadonlyArray<{ url: string }>, after: ReadonlyArray<{ url: string }>) =>
  before.length === after.length && before.every(({ url }, index) => url === after[index]!.url);

/** The record's new text, when a record's file is saved with only its body changed. */
function originalText(last: LastLoad, source: string): Text | undefined {
  const type = typeOf(source);
  if (!type) return undefined;
  const { before, after } = readDocumentAgain(type, last.root, source);
  if (!before || !onlyTextChanged(before, after)) return undefined;
  const document = after.loaded!.document!;
  // A translation is refused when it is empty while its original is not, or still the original's text.
  const translations = Object.values(last.communities).flatMap((community) =>
    (community[type.collection] as Community["pages"]).filter(({ localization }) => localization.original === source && localization.source !== source),
  );
  if (translations.some(({ body }) => hasText(body) !== hasText(document.body) || body.trim() === document.body.trim())) return undefined;
  // As the build's picture step renders a body that shows one of its pictures (src/eleventy/pictures.ts).
  const html = document.images.length > 0 ? renderMarkdown(document.body, source, 1, last.versions).html : document.html;
  return { html, body: document.body };
}

/** The same record, problems and values to fill in but for its text. */
function onlyTextChanged(before: DocumentReading, after: DocumentReading): boolean {
  const [was, is] = [before.loaded?.document, after.loaded?.document];
  if (!was || !is || [before.problems, before.unfilled, after.problems, after.unfilled].some((problems) => problems.length > 0)) return false;
  return (
    hasText(was.body) === hasText(is.body) &&
    isDeepStrictEqual({ ...was, html: "", body: "" }, { ...is, html: "", body: "" }) &&
    sameLinks(before.loaded!.links, after.loaded!.links)
  );
}

/** A translation's new text, when its file is saved with only its body changed. */
function translatedText(last: LastLoad, source: string, originalSource: string): Text | undefined {
  const { before, after } = readTranslationAgain(last.root, source);
  if (!before || !sameButText(before, after)) return undefined;
  const original = Object.values(last.communities)[0]?.[typeOf(originalSource)?.collection ?? "pages"].find((record) => record.source === originalSource);
  const body = after.read!.body;
  if (!original || hasText(body) !== hasText(original.body) || body.trim() === original.body.trim()) return undefined;
  return { html: after.rendered!.html, body };
}

function sameButText(before: TranslationReading, after: TranslationReading): boolean {
  if (!before.read || !before.rendered || !after.read || !after.rendered) return false;
  if ([before.readProblems, before.rendered.problems, after.readProblems, after.rendered.problems].some((problems) => problems.length > 0)) return false;
  return (
    hasText(before.read.body) === hasText(after.read.body) &&
    isDeepStrictEqual(before.read.fields, after.read.fields) &&
    isDeepStrictEqual(before.rendered.images, after.rendered.images) &&
    sameLinks(before.rendered.links, after.rendered.links)
  );
}
