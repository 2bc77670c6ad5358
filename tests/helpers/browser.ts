// Debian's Chromium, driven by playwright-core, against a built site served on 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import sirv from "sirv";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site the way a static host does, on a free port of 127.0.0.1, optionally under a sub-path. */
export async function serve(folder: string, basePath = "/"): Promise<SiteServer> {
  const files = sirv(folder, { dev: true, etag: false });
  const server: Server = createServer((request, response) => {
    if (!request.url?.startsWith(basePath)) {
      response.statusCode = 404;
      response.end("Outside the site's base path");
      return;
    }
    request.url = request.url.slice(basePath.length - 1);
    files(request, response, () => {
      response.statusCode = 404;
      response.end("Not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** What a page did that it should not: console errors, uncaught exceptions, dialogs, requests to other hosts. */
export interface Misbehaviour {
  consoleErrors: string[];
  foreignRequests: string[];
  dialogs: string[];
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; misbehaviour: Misbehaviour }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // tsx names inner functions with a helper the page does not have.
  await page.addInitScript("globalThis.__name = (f) => f");
  const misbehaviour: Misbehaviour = { consoleErrors: [], foreignRequests: [], dialogs: [] };
  page.on("console", (message) => {
    if (message.type() === "error") misbehaviour.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => misbehaviour.consoleErrors.push(error.message));
  page.on("dialog", (dialog) => {
    misbehaviour.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") misbehaviour.foreignRequests.push(request.url());
  });
  return { page, misbehaviour };
}

/**
 * Waits until `expression` is true in the page. Playwright's waitForFunction compiles its predicate with eval,
 * which the site's Content-Security-Policy rightly blocks; page.evaluate runs through the DevTools protocol.
 */
export async function waitUntil(page: Page, expression: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface SearchHit {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

/** Queries the built Pagefind index through Pagefind's own JavaScript, in the page as a visitor's browser would. */
export function searchIndex(page: Page, term: string, filters: Record<string, string> = {}): Promise<SearchHit[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.init();
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const hits = await Promise.all(search.results.map((result) => result.data()));
    return hits.map(({ url, meta, filters, excerpt }) => ({ url, meta, filters, excerpt }));
  })()`);
}
