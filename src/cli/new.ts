// npm run new -- <workshop|news|partner|project> "<title>" [--date YYYY-MM-DD]
// Creates a correctly named file with valid front matter and placeholder text; never overwrites a file.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { buildDate } from "../collections/dates.ts";
import { isRealDate, slugify } from "../schema/fields.ts";
import { newsType } from "../schema/news.ts";
import { partnerType } from "../schema/partner.ts";
import { projectType } from "../schema/project.ts";
import { workshopType } from "../schema/workshop.ts";
import { projectRoot } from "../project.ts";
import { readArguments } from "./args.ts";

const USAGE = 'npm run new -- <workshop|news|partner|project> "<title>" [--date YYYY-MM-DD]';

/** A YAML scalar, quoted when the text needs it. */
const yaml = (value: string | number) => stringify(value).trimEnd();

interface Draft {
  folder: string;
  fileName: string;
  text: string;
}

const TYPES: Record<string, (title: string, date: string, root: string) => Draft> = {
  workshop: (title, date) => ({
    folder: workshopType.folder,
    fileName: slugify(title),
    text: `---
title: ${yaml(title)}
kind: workshop # or conference, training, online, meeting
start: ${date}
# end: ${date} # the last day, for events longer than one day
# For an event in a place, replace "online: true" with its location:
# location:
#   city: Madrid
#   country: ES # two-letter country code
#   venue: Real Jardín Botánico # optional
online: true
summary: One or two sentences about the event, shown in lists and search results.
---

Describe the event: who it is for, what the programme covers and how to take part.
`,
  }),
  news: (title, date) => ({
    folder: newsType.folder,
    fileName: `${date}-${slugify(title)}`,
    text: `---
title: ${yaml(title)}
date: ${date}
authors:
  - Your name
summary: One or two sentences that say what happened, shown in lists, feeds and search results.
---

Write the news here. Link to other pages of the site with their address, such as [the map](/map/).
`,
  }),
  partner: (title, date) => ({
    folder: partnerType.folder,
    fileName: slugify(title),
    text: `---
name: ${yaml(title)}
# An organisation based in one country gives its two-letter code instead of a region, such as: country: ES
region: International
kind: institution # or gbif-node, network, company
website: https://example.org/ # the organisation's own website
joined: ${date.slice(0, 4)}
---

Say in a few sentences who the organisation is and what it does with the Living Atlases platform.
`,
  }),
  project: (title, date, root) => {
    const partners = existsSync(join(root, partnerType.folder)) ? readdirSync(join(root, partnerType.folder)).filter((name) => name.endsWith(".md")).sort() : [];
    const lead = partners[0]?.slice(0, -3) ?? "gbif-spain";
    return {
      folder: projectType.folder,
      fileName: slugify(title),
      text: `---
title: ${yaml(title)}
code: Project code # the funder's identifier, such as CESP2017-009
start: ${date}
# end: ${date}
funding: GBIF Capacity Enhancement Support Programme
lead: ${lead} # the partner that led it: a file name from content/partners/, without .md
partners: [] # the other partners, such as [gbif-france, gbif-spain]
---

Describe what the project set out to do and what it delivered.
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
const date = values.date ?? buildDate();
if (!isRealDate(date)) fail(`--date ${date} is not a date (expected YYYY-MM-DD).`);
if (!slugify(title!)) fail(`"${title}" has no letters or digits to make a file name from.`);

const root = projectRoot();
const draft = make!(title!.trim(), date, root);
const path = `${draft.folder}/${draft.fileName}.md`;
if (existsSync(join(root, path))) {
  console.error(`${path} already exists: edit that file, or choose another title.`);
  process.exit(1);
}
mkdirSync(dirname(join(root, path)), { recursive: true });
writeFileSync(join(root, path), draft.text, { flag: "wx" });
console.log(path);
