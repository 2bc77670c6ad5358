// Small, valid repositories (content, data and assets) in temporary folders, to test one broken file at a time.
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { loadSiteContent } from "../../src/content/load.ts";
import { formatProblem, sortProblems } from "../../src/content/problems.ts";

export const VALID_FILES: Record<string, string> = {
  "_data/site.yaml": `title: Test Atlases
description: A test site.
url: https://example.org/
repository: https://github.com/example/site
branch: main
mailingList: https://lists.example.org/list
contact: list@example.org
licence: Creative Commons Attribution 4.0
licenceUrl: https://creativecommons.org/licenses/by/4.0/
`,
  "_data/installations.yaml": `- id: test-portal
  name: Test Portal
  url: https://portal.example.org/
  country: ES
  status: live
  launched: 2016
  languages: [es, en]
  lat: 40.41
  lon: -3.69
  partner: gbif-spain
`,
  "_data/participants/test-workshop.csv": "name,organisation,country\nAna Pérez,GBIF Spain,Spain\n",
  "content/about.md": "---\ntitle: About\nsummary: Who we are.\norder: 10\n---\n\nWe build portals.\n",
  "content/pages/faq.md": "---\ntitle: FAQ\nsummary: Questions.\n---\n\n## A question\n\nAn answer.\n",
  "content/partners/gbif-spain.md":
    "---\nname: GBIF Spain\ncountry: ES\nkind: gbif-node\nwebsite: https://www.gbif.es/\njoined: 2013\n---\n\nThe Spanish node.\n",
  "content/projects/test-project.md":
    "---\ntitle: Test project\ncode: CESP2017-009\nstart: 2017-06-01\nend: 2018-06-01\nfunding: GBIF\nlead: gbif-spain\npartners: []\n---\n\nA project.\n",
  "content/workshops/test-workshop.md": `---
title: Test workshop
kind: workshop
start: 2018-02-19
end: 2018-02-23
location:
  city: Madrid
  country: ES
summary: Five days in Madrid.
project: test-project
participants: test-workshop.csv
materials:
  - title: Slides
    url: /assets/materials/test-workshop/slides.pdf
    kind: slides
    authors: [Ana Pérez]
---

Body text.
`,
  "content/news/2020-01-01-hello.md": "---\ntitle: Hello\ndate: 2020-01-01\nauthors: [Editor]\nsummary: First post.\n---\n\nNews body.\n",
  "assets/materials/test-workshop/slides.pdf": "%PDF-1.4 test",
};

export type RepositoryFiles = Record<string, string | Buffer | null>;

/** A temporary repository: the valid files, with some replaced, added, or removed (null). */
export function makeRepository(changes: RepositoryFiles = {}): string {
  const root = mkdtempSync(join(tmpdir(), "living-atlases-test-"));
  for (const [path, contents] of Object.entries({ ...VALID_FILES, ...changes })) {
    if (contents === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  return root;
}

/** The checkout these tests run from, which may itself lie in the temporary folder (a fresh clone in CI). */
const CHECKOUT = resolve(import.meta.dirname, "../..");

/**
 * Removes a folder a test made in the system's temporary folder, and refuses anything else: a path left empty by a
 * failed \`before\` hook, joined with "..", once named the parent of the repository. The checkout, the working
 * folder and the folders that hold them are refused even when they are in the temporary folder.
 */
export function removeTemporary(path: string | undefined): void {
  if (!path) return;
  const target = resolve(path);
  const isInside = (folder: string, candidate: string) => {
    const inside = relative(folder, candidate);
    return inside !== "" && !inside.startsWith("..") && !isAbsolute(inside);
  };
  const real = existsSync(target) ? realpathSync(target) : target;
  const holds = (folder: string) => [target, real].some((candidate) => folder === candidate || isInside(candidate, folder));
  if (!isInside(tmpdir(), target) && !isInside(realpathSync(tmpdir()), target)) throw new Error(`Refusing to remove ${path}: it is not inside ${tmpdir()}.`);
  if (holds(CHECKOUT) || holds(process.cwd())) throw new Error(`Refusing to remove ${path}: it holds the checkout or the working folder.`);
  rmSync(target, { recursive: true, force: true });
}

/** Every problem the loader reports for a repository, formatted as editors see them. */
export function problemsIn(changes: RepositoryFiles): string[] {
  const root = makeRepository(changes);
  try {
    return sortProblems(loadSiteContent(root).problems).map(formatProblem);
  } finally {
    removeTemporary(root);
  }
}

/** A workshop file with one front-matter line replaced or added. */
export function workshopWith(frontMatter: string, body = "Body text."): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}
