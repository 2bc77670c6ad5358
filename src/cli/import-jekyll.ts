// npm run import:jekyll -- <path to the old Jekyll site> [--force]
// Converts the old site's events, posts, participants, projects, participant lists and installations sheet
// into this site's content, never replacing an existing file without --force, and says what is left to fix.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadSiteContent } from "../content/load.ts";
import { formatProblem, sortProblems } from "../content/problems.ts";
import { convertEvent, convertInstallations, convertParticipant, convertParticipantList, convertPost, convertProject, type Conversion } from "../import/convert.ts";
import { oldAddress, rewriteLinks } from "../import/jekyll.ts";
import { projectRoot } from "../project.ts";
import { readArguments } from "./args.ts";

const USAGE = "npm run import:jekyll -- <path to a checkout of the Jekyll site> [--force]";
const { values, positionals } = readArguments({ force: { type: "boolean" } }, USAGE);
const source = positionals[0] ? resolve(positionals[0]) : undefined;
if (!source || !existsSync(join(source, "_events"))) {
  console.error(`${source ? `${source} has no _events folder, so it is not the Jekyll site` : "The path to the Jekyll site is missing"}.\nusage: ${USAGE}`);
  process.exit(2);
}
const root = projectRoot();
const force = values.force ?? false;

const files = (folder: string, pattern: RegExp) => (existsSync(join(source, folder)) ? readdirSync(join(source, folder)).filter((name) => pattern.test(name)).sort() : []);
const read = (path: string) => readFileSync(join(source, path), "utf8");

const participantLists = files("_data/events", /\.csv$/i);
const projectLists = Object.fromEntries(files("_data/projects", /\.csv$/i).map((name) => [name, read(`_data/projects/${name}`)]));
const installations = join(root, "_data/installations.yaml");

const conversions: Array<{ from: string; result: Conversion }> = [
  ...files("_events", /\.md$/).map((name) => ({ from: `_events/${name}`, result: convertEvent(name, read(`_events/${name}`), participantLists) })),
  ...participantLists.map((name) => ({ from: `_data/events/${name}`, result: convertParticipantList(name, read(`_data/events/${name}`)) })),
  ...files("_participants", /\.md$/).map((name) => ({ from: `_participants/${name}`, result: convertParticipant(name, read(`_participants/${name}`)) })),
  ...files("_posts", /\.(md|markdown)$/).map((name) => ({ from: `_posts/${name}`, result: convertPost(name, read(`_posts/${name}`)) })),
  ...files("_projects", /\.md$/).map((name) => ({ from: `_projects/${name}`, result: convertProject(name, read(`_projects/${name}`), projectLists) })),
  ...(existsSync(join(source, "_data/ala-summary-gdocs-sheet1.csv"))
    ? [{ from: "_data/ala-summary-gdocs-sheet1.csv", result: convertInstallations(read("_data/ala-summary-gdocs-sheet1.csv"), existsSync(installations) ? readFileSync(installations, "utf8") : undefined) }]
    : []),
];

// Links between old pages point at the new addresses of the same content.
const addresses = new Map(
  conversions.flatMap(({ from, result }) => {
    const old = oldAddress(from);
    const page = /^content\/(workshops|partners|projects)\/(.+)\.md$/.exec(result.path);
    return old && page ? [[old, `/${page[1]}/${page[2]}/`] as const] : [];
  }),
);
for (const { result } of conversions) {
  if (!result.path.endsWith(".md")) continue;
  const { text, rewritten } = rewriteLinks(result.text, addresses);
  result.text = text;
  if (rewritten > 0) result.warnings.push(`${rewritten} link${rewritten === 1 ? "" : "s"} to the old site's pages now point at their new addresses`);
}

let converted = 0;
let warned = 0;
let skipped = 0;
const written = new Set<string>();
for (const { from, result } of conversions) {
  const target = join(root, result.path);
  if (written.has(result.path) || (existsSync(target) && !force)) {
    skipped++;
    console.log(`skipped ${from}: ${result.path} ${written.has(result.path) ? "was already written by another file of the old site" : "already exists (--force replaces it)"}`);
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, result.text);
  written.add(result.path);
  converted++;
  for (const copy of result.copies) {
    const destination = join(root, copy.to);
    if (!existsSync(join(source, copy.from))) {
      result.warnings.push(`${copy.from} is not in the old site, so /${copy.to} is missing; add the file or change the link`);
    } else if (!isPlainFileIn(source, copy.from)) {
      result.warnings.push(`${copy.from} is a link or lies outside the old site, so it was not copied; copy the file itself if it belongs to the site`);
    } else if (force || !existsSync(destination)) {
      mkdirSync(dirname(destination), { recursive: true });
      copyFileSync(join(source, copy.from), destination);
    }
  }
  console.log(`${from} -> ${result.path}`);
  if (result.warnings.length > 0) {
    warned++;
    for (const warning of result.warnings) console.log(`  note: ${warning}`);
  }
}

/** A regular file inside `folder`, not a link: the only kind of file the importer copies into the site. */
function isPlainFileIn(folder: string, path: string): boolean {
  const absolute = resolve(folder, path);
  return !lstatSync(absolute).isSymbolicLink() && lstatSync(absolute).isFile() && realpathSync(absolute).startsWith(`${realpathSync(folder)}/`);
}

console.log(`\nConverted ${converted} files (${warned} with notes to check); skipped ${skipped}.`);
const { problems } = loadSiteContent(root);
if (problems.length === 0) {
  console.log("The imported content passes npm run check.");
} else {
  console.log(`\nBefore this content can be published, fix these ${problems.length} problems (npm run check lists them again):`);
  for (const problem of sortProblems(problems)) console.log(formatProblem(problem));
  process.exitCode = 1;
}
