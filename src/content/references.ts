// The names that point between files: every reference (a partner, a project, a participants list, a page or file
// of this site) must name something that exists and will be published, with a "did you mean" when it does not;
// and every picture a page shows must be one the build can convert.
import { join } from "node:path";
import { pictureProblem } from "../images/validate.ts";
import { readAddress } from "../schema/addresses.ts";
import { findReferences, type ContentType, type PictureUse, type Reference, type ReferenceTarget } from "../schema/content-type.ts";
import { SLUG_EXPECTED, slugify, suggest } from "../schema/fields.ts";
import { PARTICIPANTS_FOLDER } from "../schema/participant.ts";
import type { LoadedDocument } from "./documents.ts";
import { fieldName, type Problem } from "./problems.ts";

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

/** A Markdown record with its content type, as the checks across files see it. */
export type TypedDocument = LoadedDocument<unknown> & { type: ContentType<unknown> };

export const isDraft = (fields: unknown) => (fields as { draft?: unknown } | null)?.draft === true;

interface ReferenceContext {
  /** Publishing leaves drafts out, so a published file must not point at one. */
  publishing: boolean;
  documents: readonly TypedDocument[];
  /** The names each target knows: partners' and projects' file names, participants files, site paths. */
  known: Record<ReferenceTarget, readonly string[]>;
  /** Files that exist but could not be read, by the name references use: a reference to one is not "missing". */
  unreadable: Record<ReferenceTarget, ReadonlyMap<string, string>>;
  /** Old addresses this site answers with a page or a file of its own. */
  answered: ReadonlySet<string>;
  /** Files the build writes besides pages, such as workshop calendars. */
  writtenFiles: ReadonlyMap<string, string>;
  /** The site path a web address names on this site's own address, if it does. */
  ownPath: (value: string) => string | undefined;
  problems: Problem[];
}

/** A function that checks one reference, found in a file at a field, and reports what is wrong with it. */
type ReportReference = (file: string, lineOf: () => number, field: string, reference: Omit<Reference, "path">, fromDraft?: boolean) => void;

export function referenceChecker({ publishing, documents, known, unreadable, answered, writtenFiles, ownPath, problems }: ReferenceContext): ReportReference {
  const knownSets = Object.fromEntries(Object.entries(known).map(([target, names]) => [target, new Set(names)])) as Record<ReferenceTarget, Set<string>>;
  const reportedUnreadable = new Set<string>();
  const resolves = ({ target, value }: Omit<Reference, "path">) => {
    if (target !== "site") return knownSets[target].has(value);
    const address = readAddress(value);
    const own = address.kind === "elsewhere" ? ownPath(value) : undefined;
    if (own !== undefined) return [own, `${own}/`, own.replace(/index\.html$/, "")].some((path) => knownSets.site.has(path) || answered.has(path) || writtenFiles.has(path));
    // An address that is refused outright is reported by its field's own check.
    return address.kind !== "site" || address.relative || address.path === "" || knownSets.site.has(address.path);
  };
  const drafts = new Set(documents.filter(({ file }) => isDraft(file.fields)).flatMap(({ url, file, type }) => [url, `${type.folder}:${file.slug}`]));
  const sitePath = (value: string) => {
    const address = readAddress(value);
    return address.kind === "site" ? address.path : value;
  };
  const draftTarget = ({ target, value }: Omit<Reference, "path">) =>
    target === "site" ? drafts.has(sitePath(value)) : target === "partners" || target === "projects" ? drafts.has(`content/${target}:${value}`) : false;
  // The line is looked up only for a problem: finding positions costs more than the whole check.
  return (file, lineOf, field, reference, fromDraft = false) => {
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
}

/** Every reference in the Markdown records: the fields their type names, and the links in their bodies. */
export function checkDocumentReferences(documents: readonly TypedDocument[], report: ReportReference): void {
  for (const { source, file, type, links } of documents) {
    const fromDraft = isDraft(file.fields);
    for (const reference of findReferences(file.fields, type.references ?? [])) {
      report(source, () => file.yaml.lineOf(reference.path), fieldName(reference.path), reference, fromDraft);
    }
    for (const link of links) report(source, () => link.line, "body", { target: "site", value: link.url }, fromDraft);
  }
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

/**
 * Judges each picture where it is named, so a pull request's annotation points at the field that uses the file;
 * returns the places that use a picture whose header passed, for the checks that decode it whole.
 */
export function checkPictures(root: string, documents: readonly TypedDocument[], sitePaths: ReadonlySet<string>, problems: Problem[]): PictureUseSite[] {
  const verdicts = new Map<string, string | undefined>();
  const uses: PictureUseSite[] = [];
  const check = (file: string, line: () => number, field: string, src: string, use: PictureUse) => {
    const address = readAddress(src);
    if (address.kind !== "site" || !sitePaths.has(address.path)) return;
    const key = address.path;
    if (!verdicts.has(key)) verdicts.set(key, pictureProblem(join(root, address.path)));
    const problem = verdicts.get(key);
    if (problem) problems.push({ file, line: line(), field, message: field === "body" ? `${JSON.stringify(src)} ${problem}` : problem });
    else uses.push({ file, line: line(), field, src, path: address.path, use });
  };
  for (const { source, file, type, pictures } of documents) {
    for (const rule of type.pictures ?? []) {
      for (const reference of findReferences(file.fields, [{ path: rule.path, target: "site" }])) {
        check(source, () => file.yaml.lineOf(reference.path), fieldName(reference.path), reference.value, rule.use);
      }
    }
    for (const picture of pictures) check(source, () => picture.line, "body", picture.url, "picture");
  }
  return uses;
}

/** A name that is not a file name and names no file is one slip: the "did you mean" says more than the form of the name. */
export function withoutRepeatedNames(problems: readonly Problem[]): Problem[] {
  const key = ({ file, line, field }: Problem) => `${file}:${line}:${field}`;
  const suggested = new Set(problems.filter(({ message }) => / is not an? [a-z ]+ \(did you mean /.test(message)).map(key));
  return problems.filter((problem) => !(suggested.has(key(problem)) && problem.message.endsWith(`is not a valid name (expected ${SLUG_EXPECTED})`)));
}
