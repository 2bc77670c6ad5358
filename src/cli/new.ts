// npm run new -- <workshop|news|partner|project> "<title>" [--date YYYY-MM-DD]
// Creates a correctly named file whose values to replace are placeholders, which the check refuses until they are
// filled in and `npm start` previews; never overwrites a file.
// npm run new -- translation <file> <language> [--force]
// Creates the translation of a content file beside it, with the original's version, translatable fields and text
// to translate; replaces a translation only with --force.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { parse, stringify } from "yaml";
import { z } from "zod";
import { translationFile } from "../collections/translation-status.ts";
import { readMarkdown } from "../content/documents.ts";
import type { ContentType } from "../schema/content-type.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import { languageList, TRANSLATION_FILE } from "../schema/languages.ts";
import { SITE_FILE, siteLanguages } from "../schema/site.ts";
import { SOURCE_COMMIT } from "../schema/translation.ts";
import { placeholder } from "../schema/placeholders.ts";
import { buildDate } from "../collections/dates.ts";
import { fieldList, isRealDate, slugify } from "../schema/fields.ts";
import { newsType } from "../schema/news.ts";
import { partnerType } from "../schema/partner.ts";
import { projectType } from "../schema/project.ts";
import { workshopType } from "../schema/workshop.ts";
import { repositoryRoot } from "../repository.ts";
import { readArguments } from "./args.ts";

const USAGE = 'npm run new -- <workshop|news|partner|project> "<title>" [--date YYYY-MM-DD]\n       npm run new -- translation <file> <language> [--force]';

/** A YAML scalar, quoted when the text needs it. */
const yaml = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();
/** A value for the editor to replace, with an example of what it takes (see src/schema/placeholders.ts). */
const unfilled = (example: string | number) => yaml(placeholder(example));

interface Draft {
  folder: string;
  fileName: string;
  text: string;
}

/** What `npm run new` was told, and what it must leave for the editor to fill in. */
interface Known {
  title: string;
  /** The date given with --date, if any. */
  date: string | undefined;
  /** The date given, or else the day the file is created. */
  today: string;
  root: string;
}

const REPLACE = "# Replace every value in [[ ]], brackets and quotes included: the check refuses them until then.";

const TYPES: Record<string, (known: Known) => Draft> = {
  workshop: ({ title, date, today }) => ({
    folder: workshopType.folder,
    fileName: slugify(title),
    text: `---
${REPLACE}
title: ${yaml(title)}
kind: ${unfilled("workshop")} # or conference, training, online, meeting
start: ${date ?? unfilled(today)}
# end: YYYY-MM-DD # the last day, for events longer than one day
# For an online event, replace the four lines of the location with: online: true
location:
  city: ${unfilled("Madrid")}
  country: ${unfilled("ES")} # two-letter country code
  # venue: Real Jardín Botánico # optional
summary: ${unfilled("One or two sentences about the event, shown in lists and search results.")}
---

${placeholder("Describe the event: who it is for, what the programme covers and how to take part.")}
`,
  }),
  news: ({ title, today }) => ({
    folder: newsType.folder,
    fileName: `${today}-${slugify(title)}`,
    text: `---
${REPLACE}
title: ${yaml(title)}
date: ${today}
authors:
  - ${unfilled("Your name")}
summary: ${unfilled("One or two sentences that say what happened, shown in lists, feeds and search results.")}
---

${placeholder("Write the news here. Link to other pages of the site with their address, such as [the map](/map/).")}
`,
  }),
  partner: ({ title, date, today }) => ({
    folder: partnerType.folder,
    fileName: slugify(title),
    text: `---
${REPLACE}
name: ${yaml(title)}
# A network that spans countries gives a region instead, such as: region: Caribbean
country: ${unfilled("ES")} # two-letter country code
kind: ${unfilled("institution")} # or gbif-node, network, company
website: ${unfilled("https://example.org/")} # the organisation's own website
joined: ${date ? date.slice(0, 4) : unfilled(Number(today.slice(0, 4)))} # the year it joined the community
---

${placeholder("Say in a few sentences who the organisation is and what it does with the Living Atlases platform.")}
`,
  }),
  project: ({ title, date, today, root }) => {
    const partners = existsSync(join(root, partnerType.folder))
      ? readdirSync(join(root, partnerType.folder))
          .filter((name) => name.endsWith(".md"))
          .sort()
      : [];
    const [lead = "gbif-spain", other = lead] = partners.map((name) => name.slice(0, -3));
    return {
      folder: projectType.folder,
      fileName: slugify(title),
      text: `---
${REPLACE}
title: ${yaml(title)}
code: ${unfilled("CESP2017-009")} # the funder's identifier
start: ${date ?? unfilled(today)}
# end: YYYY-MM-DD # when it ended
funding: ${unfilled("GBIF Capacity Enhancement Support Programme")}
lead: ${unfilled(lead)} # the partner that led it: a file name from content/partners/, without .md
partners: # the other partners, each a file name from content/partners/; write partners: [] if there are none
  - ${unfilled(other)}
---

${placeholder("Describe what the project set out to do and what it delivered.")}
`,
    };
  },
};

const { values, positionals } = readArguments({ date: { type: "string" }, force: { type: "boolean" } }, USAGE);
const [type, title] = positionals;
const fail = (message: string): never => {
  console.error(`${message}\nusage: ${USAGE}`);
  process.exit(2);
};
/** A request that cannot be carried out as given: one line that says why, and nothing written. */
const refuse = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const root = repositoryRoot();
if (type === "translation") newTranslation(positionals.slice(1));
else newRecord();

function newRecord() {
  const make = type ? TYPES[type] : undefined;
  if (!make) fail(`${type ? `"${type}" is not a type of content` : "The type of content is missing"} (expected workshop, news, partner or project).`);
  if (!title?.trim()) fail("The title is missing.");
  if (values.force) fail("--force is only for a translation: npm run new never replaces a page, workshop, partner, news post or project.");
  if (values.date !== undefined && !isRealDate(values.date)) fail(`--date ${values.date} is not a date (expected YYYY-MM-DD).`);
  if (!slugify(title!)) fail(`"${title}" has no letters or digits to make a file name from.`);

  const draft = make!({ title: title!.trim(), date: values.date, today: values.date ?? buildDate(), root });
  const path = `${draft.folder}/${draft.fileName}.md`;
  if (existsSync(join(root, path))) refuse(`${path} already exists: edit that file, or choose another title.`);
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), draft.text, { flag: "wx" });
  console.log(path);
  console.log("Next: replace each value in [[ ]] with your own (npm run check lists them), and see the page with npm start.");
}

/** Writes `<file>.<language>.md` beside the original, refusing anything it cannot translate, each with one line. */
function newTranslation([file, code, ...rest]: string[]) {
  if (!file || !code || rest.length > 0)
    fail("Give the original's file and the language to translate it into, such as: npm run new -- translation content/about.md es");
  if (values.date !== undefined) fail("--date is not for a translation: its dates are the original's.");
  const original = relative(root, resolve(root, file!)).split(sep).join(posix.sep);
  const type = contentTypeOf(original);
  const translated = TRANSLATION_FILE.exec(original)?.[1];
  if (translated && contentTypeOf(`${translated}.md`)) refuse(`${original} is a translation itself (expected its original, ${translated}.md)`);
  const nouns = CONTENT_TYPES.map(({ noun }) => noun);
  const records = `${nouns.slice(0, -1).join(", ")} or ${nouns.at(-1)}`;
  if (!type) refuse(`${original} is not a content file (expected the file of a ${records}, such as content/about.md or content/workshops/<name>.md)`);
  if (!existsSync(join(root, original)))
    refuse(`${original} does not exist (expected the original's path from the repository's folder, such as content/about.md)`);
  // A link could lead out of the repository: its target would be copied into the translation.
  if (!lstatSync(join(root, original)).isFile()) refuse(`${original} is not a regular file (expected the original itself, not a link or a folder)`);
  const [written, ...targets] = siteLanguageCodes();
  if (code === written)
    refuse(
      `"${code}" is the language content is written in (expected the language to translate into: ${targets.join(", ") || `one added to languages in ${SITE_FILE} first`})`,
    );
  if (!targets.includes(code!)) {
    const expected = targets.length > 0 ? `one of ${targets.join(", ")}, as listed in ${SITE_FILE}` : `a language added to languages in ${SITE_FILE} first`;
    refuse(`"${code}" is not a language the site is translated into (expected ${expected})`);
  }
  const commit = lastCommit(original);
  if (!commit) refuse(`${original} has no commit yet (expected a committed original: commit it first, so the translation records the version it translates)`);

  const path = translationFile(original, code!);
  const existing = lstatSync(join(root, path), { throwIfNoEntry: false });
  // Never written through: a link there could lead out of the repository, and a folder is not a translation.
  if (existing && !existing.isFile())
    refuse(`${path} is ${existing.isSymbolicLink() ? "a symbolic link" : "not a regular file"} (expected no file there, or a translation; delete it first)`);
  if (existing && !values.force) refuse(`${path} already exists: edit it, or add --force to replace it with a new copy of the original`);
  const read = readMarkdown(root, original, []);
  if (!read) refuse(`${original} cannot be read (npm run check says why)`);
  const fields = { [SOURCE_COMMIT]: commit, ...translatableFields(type!, read!.fields) };
  const text = `---
# The ${code} translation of ${original}: translate each value below, and the text after the second ---.
# ${SOURCE_COMMIT} is the version of the original translated here: leave it as it is (see "Translating the site" in CONTRIBUTING.md).
${"materials" in fields ? "# Each material's url names the original's material: leave it as it is, and translate its title.\n" : ""}${stringify(fields, { lineWidth: 0 })}---

${read!.body.replace(/^\s*\n/, "")}`;
  // Written beside it, then renamed over it: a link put there meanwhile is replaced, never followed.
  const partial = join(root, `${path}.${process.pid}.partial`);
  try {
    writeFileSync(partial, text.endsWith("\n") ? text : `${text}\n`, { flag: "wx" });
    if (!values.force && existsSync(join(root, path))) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    renameSync(partial, join(root, path));
  } catch (error) {
    rmSync(partial, { force: true });
    refuse(`${path} could not be written: ${(error as NodeJS.ErrnoException).code ?? "error"} (expected a folder the translation can be written in)`);
  }
  if (uncommitted(original)) {
    console.error(
      `Note: ${original} has changes not committed yet, which this copy holds but ${SOURCE_COMMIT} does not: commit the original first, then run this again with --force.`,
    );
  }
  console.log(path);
  console.log(`Next: translate each value and the text, keep ${SOURCE_COMMIT} as it is, and see the page with npm start.`);
}

/** The content type a file belongs to, as the loader reads it: a Markdown file directly in the type's folder, or one of its other files. */
function contentTypeOf(path: string): ContentType<unknown> | undefined {
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const name = path.slice(path.lastIndexOf("/") + 1);
  const isRecord = (type: ContentType<unknown>) =>
    type.alsoFiles?.includes(path) || (folder === type.folder && name.endsWith(".md") && !name.startsWith(".") && !TRANSLATION_FILE.test(name));
  return CONTENT_TYPES.find(isRecord);
}

/** The languages _data/site.yaml lists, the one content is written in first. */
function siteLanguageCodes(): string[] {
  let site: unknown;
  try {
    site = parse(readFileSync(join(root, SITE_FILE), "utf8"));
  } catch {
    return refuse(`${SITE_FILE} cannot be read (npm run check says why)`);
  }
  const languages = languageList()
    .optional()
    .safeParse((site as { languages?: unknown } | null)?.languages);
  if (!languages.success) return refuse(`languages in ${SITE_FILE} is not valid (npm run check says why)`);
  return siteLanguages({ languages: languages.data }).map(({ code }) => code);
}

/** The original's last commit, as `git log -1 --format=%H -- <file>` prints it; undefined when it has none. */
function lastCommit(path: string): string | undefined {
  const log = spawnSync("git", ["log", "-1", "--format=%H", "--", path], { cwd: root, encoding: "utf8" });
  return log.status === 0 && /^[0-9a-f]{40}$/.test(log.stdout.trim()) ? log.stdout.trim() : undefined;
}

/** Whether the file differs from its last commit. */
function uncommitted(path: string): boolean {
  return spawnSync("git", ["status", "--porcelain", "--", path], { cwd: root, encoding: "utf8" }).stdout.trim() !== "";
}

/** The original's values of the fields its type translates; of a group or a list of groups, only the translatable fields (a material's url and title). */
function translatableFields(type: ContentType<unknown>, fields: unknown): Record<string, unknown> {
  const values = (fields ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(type.translatable ?? {}).flatMap(([name, schema]) => (values[name] === undefined ? [] : [[name, translatablePart(values[name], schema)]])),
  );
}

/** A value as its translatable schema reads it: a group (or each group of a list) keeps only the fields the schema names. */
function translatablePart(value: unknown, schema: unknown): unknown {
  let inner = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap();
  if (inner instanceof z.ZodArray && Array.isArray(value)) return value.map((item) => translatablePart(item, inner.element));
  const names = groupFields(inner);
  if (!names || typeof value !== "object" || value === null) return value;
  return Object.fromEntries(names.filter((name) => name in value).map((name) => [name, (value as Record<string, unknown>)[name]]));
}

/** The names of a group's fields (a schema made with fields()), or undefined for a single value. */
function groupFields(schema: unknown): string[] | undefined {
  try {
    return fieldList(schema as object).map(({ name }) => name);
  } catch {
    return undefined;
  }
}
