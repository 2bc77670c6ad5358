// `npm run check` names each translation whose original changed since it was written, on its source_commit line, as a
// warning that lets the check pass; `npm run check -- --strict` makes each one a problem, and the check fails.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runLaunched } from "./helpers/cli.ts";
import { removeTemporary } from "./helpers/repository.ts";
import { CHANGE, git, translatedRepository, type TranslatedRepository } from "./helpers/translated-repository.ts";

let repository: TranslatedRepository;
before(() => (repository = translatedRepository()));
after(() => removeTemporary(repository?.root));

const WARNING = () =>
  `content/about.es.md:2: source_commit: is behind content/about.md, which changed since in 1 commit: ${CHANGE.date} "${CHANGE.subject}" ` +
  `(expected those changes translated, then source_commit: ${repository.change}, the original's last commit)`;

test("an outdated translation is a warning on its source_commit line, printed before the verdict, and the check passes", () => {
  const result = runLaunched("check", [], repository.root);
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    new RegExp(
      `^Warnings: 1 translation is behind the original \\(npm run check -- --strict refuses them\\):\\n${escape(WARNING())}\\n\\nAll content is valid: 8 Markdown files and 1 installations checked in \\d+\\.\\d\\d s\\.\\n$`,
    ),
  );
  // Standard error is what a pull request's summary lists as problems to fix.
  assert.equal(result.stderr, "");
});

test("with --strict, passed through npm run check's launcher, the same line is a problem and the check fails", () => {
  const result = runLaunched("check", ["--strict"], repository.root);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`^${escape(WARNING())}\\n\\n1 problem found in \\d+\\.\\d\\d s\\. Nothing was built\\.\\n$`));
  assert.doesNotMatch(result.stdout, /Warnings/);
});

test("once the translation records the original's last commit it is current: no warning, and --strict passes", () => {
  writeFileSync(
    join(repository.root, "content/about.es.md"),
    `---\nsource_commit: ${repository.change}\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nHacemos portales y formamos a personas.\n`,
  );
  git(repository.root, ["commit", "-q", "-am", "Bring the Spanish About up to date"]);
  for (const args of [[], ["--strict"]]) {
    const result = runLaunched("check", args, repository.root);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^All content is valid: 8 Markdown files and 1 installations checked in \d+\.\d\d s\.\n$/);
  }
});

test("an option the check does not know is refused with its usage", () => {
  const result = runLaunched("check", ["--strcit"], repository.root);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^Unknown option '--strcit'.*\nusage: npm run check \[-- --strict\]\n$/s);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
