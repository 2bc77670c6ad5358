// A small repository with languages and a git history, for the tests of translation status: the About page translated
// into Spanish before its original changed again (outdated), the FAQ translated into French after its last change
// (current), and everything else not translated yet (missing).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeRepository, VALID_FILES } from "./repository.ts";

export const WITH_LANGUAGES = `${VALID_FILES["_data/site.yaml"]}languages:
  - code: en
    name: English
    direction: ltr
  - code: es
    name: Español
    direction: ltr
  - code: fr
    name: Français
    direction: ltr
`;

/** Runs git in `root` as a committer with a fixed name and, when given, a fixed date (ISO 8601); returns its output. */
export function git(root: string, args: string[], date?: string): string {
  const run = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

export interface TranslatedRepository {
  root: string;
  /** The commit the translations were made from. */
  translated: string;
  /** The later commit that changed the About page, which its Spanish translation has not caught up with. */
  change: string;
}

/** The subject and date of the change to the About page that leaves its Spanish translation outdated. */
export const CHANGE = { subject: "Say that we train people", date: "2026-02-03" };

export function translatedRepository(): TranslatedRepository {
  const root = makeRepository({
    "_data/site.yaml": WITH_LANGUAGES,
    // Titles and dates that sort otherwise than the file names, so an order by file name shows.
    "content/pages/apply.md": "---\ntitle: Zebra crossing\nsummary: How to apply.\n---\n\nApply here.\n",
    "content/workshops/zz-online-2019.md":
      "---\ntitle: An online session\nkind: online\nstart: 2019-05-02\nonline: true\nsummary: Two hours online.\n---\n\nOnline.\n",
  });
  git(root, ["init", "-q", "-b", "main"]);
  git(root, ["add", "-A"]);
  git(root, ["commit", "-q", "-m", "Start the site"], "2026-01-05T10:00:00Z");
  const translated = git(root, ["rev-parse", "HEAD"]);
  writeFileSync(join(root, "content/about.es.md"), `---\nsource_commit: ${translated}\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nHacemos portales.\n`);
  writeFileSync(
    join(root, "content/pages/faq.fr.md"),
    `---\nsource_commit: ${translated}\ntitle: Questions fréquentes\nsummary: Des questions.\n---\n\n## Une question\n\nUne réponse.\n`,
  );
  git(root, ["add", "-A"]);
  git(root, ["commit", "-q", "-m", "Translate About and the FAQ"], "2026-01-10T10:00:00Z");
  writeFileSync(join(root, "content/about.md"), `${readFileSync(join(root, "content/about.md"), "utf8")}\nWe also train people.\n`);
  git(root, ["commit", "-q", "-am", CHANGE.subject], `${CHANGE.date}T10:00:00Z`);
  return { root, translated, change: git(root, ["rev-parse", "HEAD"]) };
}
