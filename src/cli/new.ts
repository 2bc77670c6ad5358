// npm run new -- <workshop|news|partner|project> "<title>" [--date YYYY-MM-DD]
// Creates a correctly named file whose values to replace are placeholders, which the check refuses until they are
// filled in and `npm start` previews; never overwrites a file.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { placeholder } from "../schema/placeholders.ts";
import { buildDate } from "../collections/dates.ts";
import { isRealDate, slugify } from "../schema/fields.ts";
import { newsType } from "../schema/news.ts";
import { partnerType } from "../schema/partner.ts";
import { projectType } from "../schema/project.ts";
import { workshopType } from "../schema/workshop.ts";
import { repositoryRoot } from "../repository.ts";
import { readArguments } from "./args.ts";

const USAGE = 'npm run new -- <workshop|news|partner|project> "<title>" [--date YYYY-MM-DD]';

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

const { values, positionals } = readArguments({ date: { type: "string" } }, USAGE);
const [type, title] = positionals;
const fail = (message: string): never => {
  console.error(`${message}\nusage: ${USAGE}`);
  process.exit(2);
};
const make = type ? TYPES[type] : undefined;
if (!make) fail(`${type ? `"${type}" is not a type of content` : "The type of content is missing"} (expected workshop, news, partner or project).`);
if (!title?.trim()) fail("The title is missing.");
if (values.date !== undefined && !isRealDate(values.date)) fail(`--date ${values.date} is not a date (expected YYYY-MM-DD).`);
if (!slugify(title!)) fail(`"${title}" has no letters or digits to make a file name from.`);

const root = repositoryRoot();
const draft = make!({ title: title!.trim(), date: values.date, today: values.date ?? buildDate(), root });
const path = `${draft.folder}/${draft.fileName}.md`;
if (existsSync(join(root, path))) {
  console.error(`${path} already exists: edit that file, or choose another title.`);
  process.exit(1);
}
mkdirSync(dirname(join(root, path)), { recursive: true });
writeFileSync(join(root, path), draft.text, { flag: "wx" });
console.log(path);
console.log("Next: replace each value in [[ ]] with your own (npm run check lists them), and see the page with npm start.");
