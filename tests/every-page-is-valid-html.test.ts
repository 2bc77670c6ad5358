// Every page of the real site passes html-validate's recommended rules, with the few justified changes in
// tests/quality/html-validate.config.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { HtmlValidate } from "html-validate";
import { listFiles, readText, realSite } from "./helpers/site.ts";
import { htmlValidateConfig } from "./quality/html-validate.config.ts";

const { site } = realSite("html");

test("every built page is valid HTML", async () => {
  const validator = new HtmlValidate(htmlValidateConfig);
  const pages = listFiles(site).filter((file) => file.endsWith(".html") && !file.startsWith("assets/"));
  assert.ok(pages.length > 90);
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readText(site, file), file);
    for (const result of report.results)
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
  }
  assert.deepEqual(problems, []);
});

test("the validator catches an invalid page, so a pass means something", async () => {
  const validator = new HtmlValidate(htmlValidateConfig);
  const report = await validator.validateString(
    "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</div></p><img src=a></body></html>",
    "broken.html",
  );
  assert.equal(report.valid, false);
});
