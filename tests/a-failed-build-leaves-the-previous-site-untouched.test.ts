// A build with a bad file stops, lists the problem, and leaves the site that was there exactly as it was.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { setTimeout } from "node:timers/promises";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { build, listFiles } from "./helpers/site.ts";

const root = makeRepository();
const output = join(root, "_site");
after(() => removeTemporary(root));

const fingerprint = (folder: string) =>
  Object.fromEntries(
    listFiles(folder).map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(join(folder, file)))
        .digest("hex"),
    ]),
  );

test("a failed build exits non-zero, prints every problem, and changes nothing in the previous site", () => {
  const first = build(root, output);
  assert.equal(first.status, 0, first.stderr);
  const before = fingerprint(output);
  assert.ok(Object.keys(before).includes("workshops/test-workshop/index.html"));

  writeFileSync(
    join(root, "content/workshops/broken.md"),
    "---\ntitle: Broken\nkind: seminar\nstart: 2018-02-30\nonline: true\nsummary: S\n---\n\n<script>alert(1)</script>\n",
  );
  const second = build(root, output);

  assert.equal(second.status, 1);
  assert.equal(
    second.stderr,
    [
      `content/workshops/broken.md:3: kind: "seminar" is not a known kind of event (expected one of workshop, conference, training, online, meeting)`,
      `content/workshops/broken.md:4: start: "2018-02-30" is not a real date (expected a date as YYYY-MM-DD, such as 2018-02-19)`,
      `content/workshops/broken.md:9: body: <script> is not allowed in content (expected Markdown, or HTML without scripts, styles or embeds)`,
      "",
      `3 content problems: the build stopped and ${output} was left as it was.`,
      "",
    ].join("\n"),
  );
  assert.deepEqual(fingerprint(output), before);
  assert.deepEqual(
    readdirSync(dirname(output)).filter((name) => name.startsWith(".site-build-")),
    [],
    "no half-built folder is left behind",
  );
});

test("a successful build replaces the previous site completely", async () => {
  rmSync(join(root, "content/workshops/broken.md"), { force: true });
  writeFileSync(join(output, "stale.html"), "left over from an old build");
  const result = build(root, output);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(!listFiles(output).includes("stale.html"));
  // The previous site is removed by a process of its own, which the build does not wait for.
  const leftOver = () => readdirSync(dirname(output)).filter((name) => name.startsWith(".site-build-"));
  for (const waited = Date.now(); leftOver().length > 0 && Date.now() - waited < 20_000;) await setTimeout(50);
  assert.deepEqual(leftOver(), [], "the previous site is removed");
});
