// CONTRIBUTING.md is what editors read: its field tables must match the schemas, and its examples must be valid.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import matter from "gray-matter";
import { parse } from "yaml";
import type { z } from "zod";
import { fieldList } from "../src/schema/fields.ts";
import { installationFields } from "../src/schema/installation.ts";
import { newsFields } from "../src/schema/news.ts";
import { pageFields } from "../src/schema/page.ts";
import { partnerFields } from "../src/schema/partner.ts";
import { projectFields } from "../src/schema/project.ts";
import { materialFields, workshopFields } from "../src/schema/workshop.ts";
import { REPOSITORY } from "./helpers/site.ts";

const guide = readFileSync(join(REPOSITORY, "CONTRIBUTING.md"), "utf8");
/** The text under a level-2 heading, up to the next one; headings inside code examples do not count. */
const section = (heading: string) => {
  const lines = guide.split("\n");
  let inCode = false;
  let inside = false;
  const found: string[] = [];
  for (const line of lines) {
    if (line.startsWith("```")) inCode = !inCode;
    if (!inCode && line.startsWith("## ")) inside = line === `## ${heading}`;
    if (inside) found.push(line);
  }
  assert.ok(found.length > 0, heading);
  return found.join("\n");
};

const SECTIONS: Array<[string, z.ZodType, "markdown" | "yaml" | undefined]> = [
  ["Add a workshop or another event", workshopFields, "markdown"],
  ["Add a presentation, poster or other material", materialFields, undefined],
  ["Add a news post", newsFields, "markdown"],
  ["Add a partner", partnerFields, "markdown"],
  ["Add an installation (a Living Atlas portal)", installationFields, "yaml"],
  ["Add a project", projectFields, "markdown"],
  ["Pages such as About and FAQ", pageFields, undefined],
];

for (const [heading, schema, example] of SECTIONS) {
  test(`"${heading}" lists every field of the schema, and says which are required`, () => {
    const rows = [...section(heading).matchAll(/^\| `([a-z_]+)` \| ([^|]+) \|/gm)].map(([, name, required]) => ({
      name: name!,
      required: required!.trim() === "yes",
    }));
    assert.deepEqual(
      rows.map((row) => row.name),
      fieldList(schema).map((field) => field.name),
    );
    assert.deepEqual(rows, fieldList(schema));
  });

  if (example) {
    test(`"${heading}" has an example that passes the schema`, () => {
      const block = new RegExp("```" + example + "\\n([\\s\\S]*?)```").exec(section(heading))?.[1];
      assert.ok(block, "example");
      const value =
        example === "markdown" ? matter(block, { engines: { yaml: (text: string) => parse(text) as object } }).data : (parse(block) as unknown[])[0];
      const result = schema.safeParse(value);
      assert.equal(result.success, true, JSON.stringify(result.error?.issues));
    });
  }
}
