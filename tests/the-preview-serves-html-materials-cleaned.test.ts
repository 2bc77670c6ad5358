// npm start serves materials where they are, but only those the check accepted, whatever their names, and an HTML
// material as the same cleaned copy a build publishes: previewing a pull request runs none of its scripts either.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, test } from "node:test";
import { previewMaterials } from "../src/assets/static-files.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";

const root = makeRepository({
  "assets/materials/test-workshop/deck one.html": "<!DOCTYPE html><title>Deck</title><script>alert(1)</script><p onclick=alert(2)>Slide</p>",
  "assets/materials/test-workshop/drawing.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  "assets/materials/test-workshop/notes & slides été.pdf": "%PDF-1.4 test",
});
/** What the last check accepted: the SVG drawing is refused, so it is not in the list. */
const checked = new Set([
  "/assets/materials/test-workshop/deck one.html",
  "/assets/materials/test-workshop/slides.pdf",
  "/assets/materials/test-workshop/notes & slides été.pdf",
  "/assets/materials/test-workshop/missing.html",
  "/assets/materials/test-workshop/gone.pdf",
]);
after(() => removeTemporary(root));

/** The middleware behind a real server, as the dev server runs it; "next" when it let the dev server answer. */
const server = createServer((incoming, outgoing) =>
  previewMaterials(root, () => checked)(incoming, outgoing, () => {
    outgoing.statusCode = 299;
    outgoing.end("next");
  }),
);
const listening = new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
after(() => server.close());

async function request(path: string): Promise<{ status: number; body: string; type: string | null } | "next"> {
  const response = await fetch(`${await listening}${path}`);
  const body = await response.text();
  return response.status === 299 ? "next" : { status: response.status, body, type: response.headers.get("content-type") };
}

test("an HTML material is previewed as its cleaned copy, with its policy and without its scripts", async () => {
  const answer = await request("/assets/materials/test-workshop/deck%20one.html");
  assert.ok(answer !== "next");
  assert.equal(answer.status, 200);
  assert.match(answer.body, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  assert.doesNotMatch(answer.body, /<script|onclick|alert/);
  assert.match(answer.body, /Slide/);
});

test("every checked material is served as it is, names with spaces, & and accents included", async () => {
  for (const path of ["/assets/materials/test-workshop/slides.pdf", "/assets/materials/test-workshop/notes%20%26%20slides%20%C3%A9t%C3%A9.pdf"]) {
    const answer = await request(path);
    assert.ok(answer !== "next", path);
    assert.equal(answer.status, 200, path);
    assert.equal(answer.type, "application/pdf", path);
    assert.equal(answer.body, "%PDF-1.4 test", path);
  }
});

test("other requests go on to the dev server; refused, unchecked and unreadable materials are not served", async () => {
  assert.equal(await request("/workshops/"), "next");
  for (const path of [
    "/assets/materials/test-workshop/drawing.svg",
    "/assets/materials/test-workshop/missing.html",
    "/assets/materials/test-workshop/gone.pdf",
  ]) {
    const answer = await request(path);
    assert.ok(answer !== "next", path);
    assert.deepEqual([answer.status, answer.body], [404, "Not found"], path);
  }
});
