// npm run import:jekyll -- <path to the old Jekyll site> [--force] [--repository https://github.com/owner/name@commit]
// Converts the old site's events, posts, participants, projects, pages, participant lists and installations sheet
// into this site's content, never replacing an existing file without --force, and says what is left to fix.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadSiteContent } from "../content/load.ts";
import { formatProblem, sortProblems } from "../content/problems.ts";
import { importSite } from "../import/importer.ts";
import { readOldSite } from "../import/site.ts";
import { repositoryRoot } from "../repository.ts";
import { readArguments } from "./args.ts";

const USAGE = "npm run import:jekyll -- <path to a checkout of the Jekyll site> [--force] [--repository https://github.com/<owner>/<name>@<commit>]";
const { values, positionals } = readArguments({ force: { type: "boolean" }, repository: { type: "string" } }, USAGE);
const source = positionals[0] ? resolve(positionals[0]) : undefined;
if (!source || !existsSync(join(source, "_events"))) {
  console.error(`${source ? `${source} has no _events folder, so it is not the Jekyll site` : "The path to the Jekyll site is missing"}.\nusage: ${USAGE}`);
  process.exit(2);
}
const root = repositoryRoot();
const force = values.force ?? false;

const site = readOldSite(source, values.repository);
const installations = join(root, "_data/installations.yaml");
const conversions = importSite(site, {
  existingInstallations: existsSync(installations) ? readFileSync(installations, "utf8") : undefined,
  installationsWritten: force || !existsSync(installations),
});

let converted = 0;
let noted = 0;
let skipped = 0;
const written = new Set<string>();
for (const conversion of conversions) {
  const target = join(root, conversion.path);
  if (written.has(conversion.path) || (existsSync(target) && !force)) {
    skipped++;
    console.log(
      `skipped ${conversion.from}: ${conversion.path} ${written.has(conversion.path) ? "was already written by another file of the old site" : "already exists (--force replaces it)"}`,
    );
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, conversion.text);
  written.add(conversion.path);
  converted++;
  for (const copy of conversion.copies) {
    const destination = join(root, copy.to);
    if (!site.exists(copy.from)) {
      conversion.notes.push(`${copy.from} is not in the old site, so /${copy.to} is missing; add the file or change the link`);
    } else if (!site.isPlainFile(copy.from)) {
      conversion.notes.push(`${copy.from} is a link or lies outside the old site, so it was not copied; copy the file itself if it belongs to the site`);
    } else if (force || !existsSync(destination)) {
      mkdirSync(dirname(destination), { recursive: true });
      copyFileSync(join(source, copy.from), destination);
    }
  }
  console.log(`${conversion.from} -> ${conversion.path}`);
  if (conversion.notes.length > 0) noted++;
  // Each note names the file to open and what to do in it.
  for (const note of [...new Set(conversion.notes)]) console.log(`  ${conversion.path}: ${note}`);
}

console.log(`\nConverted ${converted} files (${noted} with notes to check); skipped ${skipped}.`);
const { problems } = loadSiteContent(root);
if (problems.length === 0) {
  console.log("The imported content passes npm run check.");
} else {
  console.log(`\nBefore this content can be published, fix these ${problems.length} problems (npm run check lists them again):`);
  for (const problem of sortProblems(problems)) console.log(formatProblem(problem));
  process.exitCode = 1;
}
