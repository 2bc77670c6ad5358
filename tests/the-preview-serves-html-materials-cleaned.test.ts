// npm start serves materials where they are, but only those the check accepted, and an HTML material as the same
// cleaned copy a build publishes: previewing a pull request runs none of its scripts either.
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { after, test } from "node:test";
import { previewMaterials } from "../src/assets/static-files.ts";
import { makeProject } from "./helpers/project.ts";

const root = makeProject({
  "assets/materials/test-workshop/deck one.html": "<!DOCTYPE html><title>Deck</title><script>alert(1)</script><p onclick=alert(2)>Slide</p>",
  "assets/materials/test-workshop/drawing.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
});
/** What the last check accepted: the SVG drawing is refused, so it is not in the list. */
const checked = new Set(["/assets/materials/test-workshop/deck one.html", "/assets/materials/test-workshop/slides.pdf", "/assets/materials/test-workshop/missing.html"]);
after(() => rmSync(root, { recursive: true, force: true }));

/** What the middleware answered for a path: its status and body, or "next" when it let the dev server answer. */
function request(path: string): Promise<{ status: number; body: string } | "next"> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    const response = {
      statusCode: 200,
      setHeader: (name: string, value: string) => (headers[name] = value),
      end(body: string) {
        resolve({ status: this.statusCode, body });
      },
    };
    previewMaterials(root, () => checked)({ url: path } as IncomingMessage, response as unknown as ServerResponse, () => resolve("next"));
  });
}

test("an HTML material is previewed as its cleaned copy, with its policy and without its scripts", async () => {
  const answer = await request("/assets/materials/test-workshop/deck%20one.html");
  assert.ok(answer !== "next");
  assert.equal(answer.status, 200);
  assert.match(answer.body, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  assert.doesNotMatch(answer.body, /<script|onclick|alert/);
  assert.match(answer.body, /Slide/);
});

test("other checked files go on to the dev server; refused, unchecked and unreadable materials are not served", async () => {
  assert.equal(await request("/assets/materials/test-workshop/slides.pdf"), "next");
  assert.equal(await request("/workshops/"), "next");
  assert.deepEqual(await request("/assets/materials/test-workshop/drawing.svg"), { status: 404, body: "Not found" });
  assert.deepEqual(await request("/assets/materials/test-workshop/missing.html"), { status: 404, body: "Not found" });
});
