// Debian's Chromium, driven by playwright-core, against a built site served on 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before } from "node:test";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import sirv from "sirv";
import { partBundles, PARTS_FILE, type SearchParts } from "../../src/search/parts.ts";
import { realSite } from "./site.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does, on a free port of 127.0.0.1, optionally under a sub-path; with
 * `compressed`, the .br files beside the site's files go to browsers that accept Brotli, and files may be cached.
 */
export async function serve(folder: string, basePath = "/", { compressed = false } = {}): Promise<SiteServer> {
  const files = sirv(folder, { dev: !compressed, etag: false, brotli: compressed });
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

export interface ServedSite {
  /** The built site's folder. */
  readonly site: string;
  /** Where it answers, such as http://127.0.0.1:41234. */
  readonly origin: string;
  readonly browser: Browser;
  /** Its pages, as realSite lists them. */
  pages(): string[];
  /** Resolves once the server and the browser have started: a `before` hook of the file's own that uses them awaits it. */
  ready(): Promise<void>;
}

/**
 * The shared build of the real content (see realSite), served on 127.0.0.1, and a Chromium to visit it: both
 * started in the file's `before` hooks and stopped after its tests. Tests read `origin` and `browser`; Node 20
 * starts a file's top-level `before` hooks together, so one of the file's own awaits `ready()` first.
 */
export function servedSite(): ServedSite {
  const { site, pages } = realSite();
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  let started!: () => void;
  let failed!: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => ([started, failed] = [resolve, reject]));
  // Awaited by the hook below and by ready(); this only keeps an early failure from being reported twice.
  ready.catch(() => {});
  before(async () => {
    try {
      [server, browser] = await Promise.all([serve(site), launch()]);
      started();
    } catch (error) {
      failed(error);
      throw error;
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const value = <T>(current: T | undefined, name: string): T => {
    if (current === undefined) throw new Error(`servedSite's ${name} is there only once its before hook has run: await ready() first`);
    return current;
  };
  return {
    site,
    pages,
    ready: () => ready,
    get origin() {
      return value(server, "server").origin;
    },
    get browser() {
      return value(browser, "browser");
    },
  };
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

/**
 * Queries the built Pagefind index through Pagefind's own JavaScript, in the page as a visitor's browser would: with
 * the page language's further parts merged (src/search/parts.ts), or, with `mainOnly`, from the main bundle alone.
 */
export async function searchIndex(page: Page, term: string, filters: Record<string, string> = {}, { mainOnly = false } = {}): Promise<SearchHit[]> {
  const { language, parts } = await page.evaluate<{ language: string; parts: SearchParts }>(
    `(async () => ({ language: document.documentElement.lang, parts: await (await fetch("/pagefind/${PARTS_FILE}")).json() }))()`,
  );
  const bundles = mainOnly ? [] : partBundles("/pagefind/", parts, language);
  return page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.init();
    for (const bundle of ${JSON.stringify(bundles)}) await pagefind.mergeIndex(bundle);
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const hits = await Promise.all(search.results.map((result) => result.data()));
    return hits.map(({ url, meta, filters, excerpt }) => ({ url, meta, filters, excerpt }));
  })()`);
}
