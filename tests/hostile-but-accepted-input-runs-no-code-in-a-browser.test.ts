// Input that passes every check but is written to attack (attribute break-outs, iframes in text, javascript:
// links as text, template syntax, script end tags, markup in a material's text) runs no code in Chromium: on
// content pages, the home page, the map's popups, the search results and the raw material, with the site's
// Content-Security-Policy in force and with it removed, so the safety never rests on the policy alone.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, waitUntil, type Misbehaviour } from "./helpers/browser.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build } from "./helpers/site.ts";

/** Each calls pwned() if a page ever treats it as code. None contains "<script" or "on…=" after a "<", so all are valid text. */
const PAYLOADS = [
  `"><iframe srcdoc="&lt;script&gt;parent.pwned()&lt;/script&gt;"></iframe>`,
  `" autofocus onfocus="pwned()" x="`,
  `<a href="javascript:pwned()">open</a>`,
  `</script><svg><animate attributeName=href to=javascript:pwned() /></svg>`,
  `{{constructor.constructor('pwned()')()}} \${pwned()}`,
  `'-pwned()-' javascript:pwned()`,
];
const TEXT = PAYLOADS.join(" ");
const yaml = (value: string) => JSON.stringify(value);

const MATERIAL = `<!DOCTYPE html><html><head><title>Slides</title></head><body>
<h1>Deck</h1><p>Harmless words: kinkajou &lt;img src=x onerror=pwned()&gt; &lt;script&gt;pwned()&lt;/script&gt;</p>
<script>pwned()</script><img src="x" onerror="pwned()"><svg onload="pwned()"></svg>
<a id="go" href="javascript:pwned()">go</a>
</body></html>`;

const root = makeRepository({
  "_data/site.yaml": VALID_FILES["_data/site.yaml"]!.replace("title: Test Atlases", `title: ${yaml(`Atlases ${PAYLOADS[1]}`)}`),
  "content/workshops/test-workshop.md": `---
title: ${yaml(`Workshop kinkajou ${TEXT}`)}
kind: workshop
start: 2018-02-19
location:
  city: ${yaml(`Madrid ${PAYLOADS[0]}`)}
  country: ES
  venue: ${yaml(PAYLOADS[3]!)}
summary: ${yaml(`Summary ${PAYLOADS.slice(0, 4).join(" ")}`)}
materials:
  - title: ${yaml(`Deck kinkajou ${TEXT}`)}
    url: /assets/materials/test-workshop/deck.html
    kind: slides
    authors: [${yaml(PAYLOADS[4]!)}]
---

Some <abbr title="&quot;&gt;&lt;img src=x onerror=pwned()&gt;">GBIF</abbr> text, a \`<script>pwned()</script>\` code span,
[a link](https://elsewhere.example/"onmouseover="pwned\\(\\)) and <a href="https://example.org/" target="_blank" title="' onmouseover='pwned()">another</a>.

<details><summary>${PAYLOADS[2]!.replace(/</g, "&lt;")}</summary>

Text inside kinkajou.

</details>
`,
  "assets/materials/test-workshop/deck.html": MATERIAL,
  "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace("name: GBIF Spain", `name: ${yaml(`GBIF ${TEXT}`)}`),
  "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("name: Test Portal", `name: ${yaml(`Portal ${TEXT}`)}`),
  "content/news/2020-01-01-hello.md": `---\ntitle: ${yaml(`News ${TEXT}`)}\ndate: 2020-01-01\nauthors: [${yaml(PAYLOADS[1]!)}]\nsummary: ${yaml(`Summary ${PAYLOADS.slice(0, 4).join(" ")}`)}\n---\n\nBody ${PAYLOADS[4]}.\n`,
});
const site = join(root, "_site");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".png": "image/png",
};

/** Serves the built site as a static host does; `withoutPolicy` strips every Content-Security-Policy meta tag. */
async function serveSite(withoutPolicy: boolean): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = join(site, normalize(path));
    try {
      let body: Buffer | string = readFileSync(file);
      if (withoutPolicy && file.endsWith(".html")) body = body.toString("utf8").replace(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/gi, "");
      response.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream");
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end("Not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let browser: Browser;
before(async () => {
  const result = build(root, site);
  assert.equal(result.status, 0, result.stderr);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  removeTemporary(root);
});

/** Opens a page with a pwned() that counts its calls, does what a visitor would, and returns the count. */
async function visit(
  origin: string,
  path: string,
  act: (page: Page) => Promise<void> = async () => {},
): Promise<{ calls: number; misbehaviour: Misbehaviour; url: string }> {
  const { page, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  let calls = 0;
  await page.exposeBinding("pwned", () => {
    calls++;
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState("networkidle");
  await act(page);
  // Hover and focus everything a visitor could, to give any injected handler its chance.
  await page.evaluate(
    `(() => { for (const element of document.querySelectorAll("body *")) { element.dispatchEvent(new MouseEvent("mouseover", { bubbles: true })); if (element.focus) element.focus(); } })()`,
  );
  await page.waitForTimeout(300);
  const url = page.url();
  await page.context().close();
  return { calls, misbehaviour, url };
}

/** Pages visited at once: each visit, in its own browser context, mostly waits for the network to fall quiet. */
const AT_ONCE = 4;

for (const withoutPolicy of [false, true]) {
  describe(withoutPolicy ? "with the Content-Security-Policy removed" : "with the Content-Security-Policy in force", { concurrency: AT_ONCE }, () => {
    let server: { origin: string; close(): Promise<void> };
    before(async () => {
      server = await serveSite(withoutPolicy);
    });
    after(() => server.close());

    for (const path of ["/", "/workshops/test-workshop/", "/news/2020-01-01-hello/", "/partners/gbif-spain/", "/workshops/", "/materials/", "/partners/"]) {
      test(`${path} runs no injected code`, async () => {
        const { calls, misbehaviour } = await visit(server.origin, path);
        assert.equal(calls, 0);
        assert.deepEqual([misbehaviour.dialogs, misbehaviour.foreignRequests], [[], []]);
      });
    }

    test("the map's popup shows the hostile name as text and runs nothing", async () => {
      const { calls, misbehaviour } = await visit(server.origin, "/map/", async (page) => {
        await page.waitForSelector('#installations-map[data-state="ready"]');
        await page.locator(".map-marker").first().click();
        await page.locator(".map-popup").waitFor();
        assert.equal(await page.locator(".map-popup h3").textContent(), `Portal ${TEXT}`);
      });
      assert.equal(calls, 0);
      assert.deepEqual([misbehaviour.dialogs, misbehaviour.foreignRequests], [[], []]);
    });

    test("search results show hostile titles, names and a material's text as text and run nothing", async () => {
      const { calls, misbehaviour } = await visit(server.origin, "/search/?q=kinkajou", async (page) => {
        await page.locator(".search-result").first().waitFor();
        await waitUntil(page, `document.querySelectorAll(".search-result").length >= 2`);
        const titles = await page.locator(".search-result__title a").allTextContents();
        assert.ok(titles.includes(`Workshop kinkajou ${TEXT}`), titles.join(" | "));
        assert.ok(titles.includes(`Deck kinkajou ${TEXT}`), titles.join(" | "));
      });
      assert.equal(calls, 0);
      assert.deepEqual([misbehaviour.dialogs, misbehaviour.foreignRequests], [[], []]);
      // Markup written as text inside the material comes back in its excerpt as text.
      const excerpt = await visit(server.origin, "/search/?q=harmless", async (page) => {
        await page.locator(".search-result__excerpt").first().waitFor();
        assert.match((await page.locator(".search-result__excerpt").allTextContents()).join(" "), /<img src=x onerror=pwned\(\)> <script>pwned\(\)<\/script>/);
      });
      assert.equal(excerpt.calls, 0);
    });

    test("the raw HTML material, opened on the site's address, runs nothing and stays on the site", async () => {
      const { calls, misbehaviour, url } = await visit(server.origin, "/assets/materials/test-workshop/deck.html", async (page) => {
        await page
          .locator("#go")
          .click()
          .catch(() => undefined);
      });
      assert.equal(calls, 0);
      assert.ok(url.startsWith(server.origin), url);
      assert.deepEqual([misbehaviour.dialogs, misbehaviour.foreignRequests], [[], []]);
    });
  });
}
