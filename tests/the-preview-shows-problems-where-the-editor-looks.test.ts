// Under `npm start`, the open page shows what a save did: a save that breaks the content turns it into the list of
// problems (file, line, field) over the last page that built, and the fix brings the page back; values still as
// `npm run new` wrote them are listed above the page, which previews their examples. Checked in Chromium.
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, type Misbehaviour } from "./helpers/browser.ts";
import { startPreview } from "./helpers/preview.ts";
import { PREVIEW_SCRIPT, PREVIEW_VERSION } from "../src/preview/addresses.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { listFiles } from "./helpers/site.ts";

const WORKSHOP = "content/workshops/test-workshop.md";
const PAGE = "/workshops/test-workshop/";
const valid = VALID_FILES[WORKSHOP]!;
const withStart = (start: string) => valid.replace("start: 2018-02-19", `start: ${start}`);

const root = makeRepository();
const output = join(root, "_site");
const save = (contents: string) => writeFileSync(join(root, WORKSHOP), contents);

let origin: string;
let stopServer: () => Promise<void>;
let browser: Browser;
let page: Page;
let misbehaviour: Misbehaviour;

before(async () => {
  ({ origin, stop: stopServer } = await startPreview(root, WORKSHOP));
  browser = await launch();
  ({ page, misbehaviour } = await openPage(browser));
});

after(async () => {
  await browser?.close();
  await stopServer?.();
  removeTemporary(root);
});

/** Waits until `expression` is true in the page, which reloads on its own meanwhile. */
async function waitUntil(page: Page, expression: string, timeout = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeout; ;) {
    // Asked while the page reloads, the question has no answer: ask again.
    if (await page.evaluate(expression).catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for ${expression}; the page shows:\n${await page.innerText("body").catch(() => "")}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const pageShows = (text: string) => `document.body.innerText.includes(${JSON.stringify(text)})`;
const theWorkshopPage = `document.querySelector("h1")?.textContent === "Test workshop" && !document.querySelector("[data-preview]")`;

test("a save that breaks the content turns the open page into its problems, over the last good page, until a save fixes them", async () => {
  await page.goto(`${origin}${PAGE}`);
  await waitUntil(page, theWorkshopPage);
  const lastGood = readFileSync(join(output, "workshops/test-workshop/index.html"), "utf8");

  save(withStart("2018-02-31"));
  await waitUntil(page, pageShows(`${WORKSHOP}:4: start: "2018-02-31" is not a real date (expected a date as YYYY-MM-DD, such as 2018-02-19)`));
  assert.match(await page.innerText("h1"), /^Your last save has 2 problems$/);
  assert.match(await page.innerText("main"), /test-workshop\.md:5: end: "2018-02-23" is before start 2018-02-31/);

  // Underneath, the server still serves the last site that built: the page as it was, shown dimmed in a frame.
  assert.equal(readFileSync(join(output, "workshops/test-workshop/index.html"), "utf8"), lastGood);
  assert.equal(await page.frameLocator("iframe.preview-last-good").locator("h1").innerText(), "Test workshop");
  const answered = await fetch(`${origin}${PAGE}?last-good`, { headers: { accept: "text/html" } });
  assert.equal(answered.status, 200);
  assert.match(await answered.text(), /<h1[^>]*>Test workshop<\/h1>/);

  // Any other page opened meanwhile shows the same list.
  const other = await fetch(`${origin}/about/`, { headers: { accept: "text/html", "sec-fetch-dest": "document" } });
  assert.match(await other.text(), /test-workshop\.md:4<\/code>: <strong>start<\/strong>/);

  // The page that comes back is the real one, loaded again, not the list of problems changed in place.
  await page.evaluate("window.listedProblems = true");
  save(valid);
  await waitUntil(page, `${theWorkshopPage} && window.listedProblems === undefined`);
  assert.match(await page.innerText("main"), /19–23 February 2018/);
});

test("deleting the file that broke the content brings the page back", async () => {
  const broken = join(root, "content/news/2020-02-02-broken.md");
  writeFileSync(broken, "---\ntitle: Broken\ndate: 2020-02-31\nauthors: [E]\nsummary: S\n---\n\nText.\n");
  await waitUntil(page, pageShows(`content/news/2020-02-02-broken.md:3: date: "2020-02-31" is not a real date`));
  rmSync(broken);
  await waitUntil(page, theWorkshopPage);
});

test("values still to fill in are listed above their page, which previews their examples, and folded on other pages", async () => {
  const partner = "content/partners/gbif-spain.md";
  const other = VALID_FILES[partner]!;
  writeFileSync(join(root, partner), other.replace("joined: 2013", 'joined: "[[2013]]"'));
  save(withStart('"[[2018-02-19]]"'));
  await waitUntil(page, pageShows(`${WORKSHOP}:4: start: still the placeholder written by npm run new`));
  assert.match(await page.innerText(".preview-unfilled"), /^Still to fill in before publishing: the preview shows this value with its example\./);
  assert.match(await page.innerText(".preview-unfilled summary"), /^Also 1 value in another file$/);
  assert.equal(await page.isVisible(`.preview-unfilled details li`), false, "other files' values stay folded");
  assert.match(await page.innerText("main"), /19–23 February 2018/);

  save(valid);
  await waitUntil(page, `document.querySelector(".preview-unfilled summary")?.textContent === "Show them"`);
  assert.match(await page.innerText(".preview-unfilled"), /^Still to fill in before publishing: 1 value in another file\./);
  writeFileSync(join(root, partner), other);
  await waitUntil(page, `!document.querySelector(".preview-unfilled")`);
  await waitUntil(page, theWorkshopPage);
});

test("a page carries the build it was served at, which a page that missed a build's message compares with the preview's", async () => {
  await page.goto(`${origin}${PAGE}`);
  await waitUntil(page, theWorkshopPage);
  const servedAt = await page.getAttribute(`script[src="${PREVIEW_SCRIPT}"]`, "data-version");
  const version = async () => (await fetch(`${origin}${PREVIEW_VERSION}`, { cache: "no-store" })).text();
  assert.equal(servedAt, await version());
  save(valid.replace("Body text.", "Body text, once more."));
  await waitUntil(page, `document.body.innerText.includes("Body text, once more.")`);
  assert.notEqual(await version(), servedAt, "the build the save started counts");
  assert.equal(await page.getAttribute(`script[src="${PREVIEW_SCRIPT}"]`, "data-version"), await version());
  save(valid);
  await waitUntil(page, `!document.body.innerText.includes("Body text, once more.")`);
});

test("a preview started on broken content starts anyway, lists the problems on every page, and shows the page once they are fixed", async () => {
  const broken = makeRepository({ [WORKSHOP]: withStart("2018-02-31") });
  const preview = await startPreview(broken, WORKSHOP);
  try {
    const { page: opened } = await openPage(browser);
    await opened.goto(`${preview.origin}${PAGE}`);
    await waitUntil(opened, pageShows(`${WORKSHOP}:4: start: "2018-02-31" is not a real date`));
    writeFileSync(join(broken, WORKSHOP), valid);
    await waitUntil(opened, theWorkshopPage);
    await opened.close();
  } finally {
    await preview.stop();
    removeTemporary(broken);
  }
});

test("what the preview adds to pages is served with them, never written into the site, and runs without errors", () => {
  const pages = listFiles(output).filter((file) => file.endsWith(".html"));
  assert.ok(pages.length > 5);
  for (const file of pages) assert.doesNotMatch(readFileSync(join(output, file), "utf8"), /\.preview\/|data-preview/, file);
  // The dev server's own script logs each failed build in the console, as it should; nothing else may complain.
  const errors = misbehaviour.consoleErrors.filter((error) => !error.startsWith("[11ty]") || !/Build error: \d+ content problems?:/.test(error));
  assert.deepEqual({ ...misbehaviour, consoleErrors: errors }, { consoleErrors: [], foreignRequests: [], dialogs: [] });
});
