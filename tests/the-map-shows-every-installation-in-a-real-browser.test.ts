// The map, in Debian's Chromium, against the built real site: markers, filters in the address, popups,
// keyboard use, the table without JavaScript, no errors and no request to any other host. Hostile names are in
// hostile-but-valid-text-renders-as-text-everywhere.
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { buildCommunity } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { mapInstallations } from "../src/map/payload.ts";
import { openPage, servedSite, waitUntil, type Misbehaviour } from "./helpers/browser.ts";
import { REPOSITORY } from "./helpers/site.ts";

const community = buildCommunity(loadSiteContent(REPOSITORY).content, "2026-11-21", REPOSITORY);
const onMap = mapInstallations(community);
const withStatus = (...statuses: string[]) => onMap.filter((installation) => statuses.includes(installation.status)).length;

const served = servedSite();

/** Waits until the map has loaded and its clusters have stopped moving. */
async function mapReady(page: Page, selector = "#installations-map"): Promise<void> {
  await page.waitForSelector(`${selector}[data-state="ready"]`);
  // Leaflet's zoom and the cluster plugin's spreading move markers by CSS transitions; a click during one lands elsewhere.
  await waitUntil(
    page,
    `!document.querySelector(".leaflet-cluster-anim") && !document.querySelector(".leaflet-zoom-anim") && document.getAnimations().every((animation) => animation.playState !== "running")`,
  );
}

/** Markers a visitor can see: single markers, plus the count each cluster stands for. */
function visibleMarkers(page: Page, selector = "#installations-map"): Promise<number> {
  return page.evaluate(`(() => {
    const map = document.querySelector(${JSON.stringify(selector)});
    const single = map.querySelectorAll(".map-marker").length;
    const clustered = [...map.querySelectorAll(".map-cluster [aria-hidden]")].reduce((sum, count) => sum + Number(count.textContent), 0);
    return single + clustered;
  })()`);
}

function assertWellBehaved(misbehaviour: Misbehaviour): void {
  assert.deepEqual(misbehaviour.consoleErrors, [], "console errors");
  assert.deepEqual(misbehaviour.foreignRequests, [], "requests to other hosts");
  assert.deepEqual(misbehaviour.dialogs, [], "dialogs");
}

describe("the map page", () => {
  test("shows one marker per installation with coordinates and a default status: live and in development", async () => {
    const { page, misbehaviour } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}/map/`);
    await mapReady(page);
    assert.ok(withStatus("live", "in-development") > 0);
    assert.equal(await visibleMarkers(page), withStatus("live", "in-development"));
    assert.deepEqual(await page.$$eval('input[name="status"]:checked', (boxes) => boxes.map((box) => (box as HTMLInputElement).value)), [
      "live",
      "in-development",
    ]);
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("unticking a status hides exactly its markers and records the choice in the address", async () => {
    const { page, misbehaviour } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}/map/`);
    await mapReady(page);
    await page.uncheck('input[value="live"]');
    await mapReady(page);
    assert.equal(await visibleMarkers(page), withStatus("in-development"));
    assert.equal(new URL(page.url()).search, "?status=in-development");
    await page.check('input[value="offline"]');
    await mapReady(page);
    assert.equal(await visibleMarkers(page), withStatus("in-development", "offline"));
    assert.equal(new URL(page.url()).search, "?status=in-development,offline");
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("a shared address opens the map with its statuses", async () => {
    const { page, misbehaviour } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}/map/?status=offline,moved`);
    await mapReady(page);
    assert.equal(await visibleMarkers(page), withStatus("offline", "moved"));
    assert.deepEqual(await page.$$eval('input[name="status"]:checked', (boxes) => boxes.map((box) => (box as HTMLInputElement).value)), ["offline", "moved"]);
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("a popup shows the installation's name, facts, portal link and partner link", async () => {
    const installation = onMap.find((entry) => entry.status === "discontinued" && entry.partner && entry.url)!;
    assert.ok(installation, "the real content has a discontinued installation with a portal and a partner");
    const { page, misbehaviour } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}/map/?status=discontinued`);
    await mapReady(page);
    await page.click(`[aria-label="${installation.name}: Discontinued"]`);
    const popup = page.locator(".map-popup");
    assert.equal(await popup.locator("h3").textContent(), installation.name);
    assert.match((await popup.locator("dl").textContent()) ?? "", new RegExp(`Status\\s*Discontinued`));
    assert.equal(await popup.locator("a", { hasText: "Open the portal" }).getAttribute("href"), installation.url);
    const partnerLink = popup.locator("a", { hasText: `About ${installation.partner!.name}` });
    assert.equal(await partnerLink.getAttribute("href"), installation.partner!.url);
    // Leaflet fades the popup in while it pans the map to show it whole; a click during that can land elsewhere.
    await waitUntil(page, `getComputedStyle(document.querySelector(".leaflet-popup")).opacity === "1"`);
    await partnerLink.click();
    await page.waitForURL(`${served.origin}${installation.partner!.url}`, { waitUntil: "domcontentloaded" });
    assert.equal(await page.locator("h1").textContent(), installation.partner!.name);
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("markers take focus, Enter opens the popup and Escape closes it and returns to the marker", async () => {
    const installation = onMap.find((entry) => entry.status === "discontinued")!;
    const { page, misbehaviour } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}/map/?status=discontinued`);
    await mapReady(page);
    const marker = page.locator(`[aria-label="${installation.name}: Discontinued"]`);
    assert.equal(await marker.getAttribute("role"), "button");
    await marker.focus();
    await page.keyboard.press("Enter");
    await page.locator(".map-popup").waitFor();
    assert.equal(await page.evaluate(`document.activeElement.classList.contains("map-popup")`), true);
    await page.keyboard.press("Escape");
    await page.locator(".map-popup").waitFor({ state: "detached" });
    assert.equal(await page.evaluate(`document.activeElement.getAttribute("aria-label")`), `${installation.name}: Discontinued`);
    assert.equal(await page.getAttribute("#installations-map", "aria-label"), "Map of Living Atlases installations");
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("installations that share a place can each still be reached", async () => {
    const shared = onMap.filter((entry) =>
      onMap.some((other) => other !== entry && other.lat === entry.lat && other.lon === entry.lon && other.status === entry.status),
    );
    const pair = shared.find((entry) => entry.status === "in-development")!;
    const twin = shared.find((entry) => entry !== pair && entry.lat === pair.lat && entry.lon === pair.lon)!;
    assert.ok(pair && twin, "the real content has two in-development portals at one place");
    const { page, misbehaviour } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    const pairMarker = page.locator(`[aria-label="${pair.name}: In development"]`);
    // Try each cluster in turn: clicking one zooms in, and at the last zoom level it spreads its markers out.
    for (let index = 0; (await pairMarker.count()) === 0; index++) {
      await page.goto(`${served.origin}/map/?status=in-development`);
      await mapReady(page);
      const clusters = page.locator("#installations-map .map-cluster");
      assert.ok(index < (await clusters.count()), "no cluster holds the two portals");
      await clusters.nth(index).click();
      await mapReady(page);
      for (let step = 0; step < 12 && (await pairMarker.count()) === 0 && (await clusters.count()) > 0; step++) {
        await clusters.first().click();
        await mapReady(page);
      }
    }
    for (const entry of [pair, twin]) {
      const marker = page.locator(`[aria-label="${entry.name}: In development"]`);
      await marker.waitFor();
      await marker.click();
      assert.equal(await page.locator(".map-popup h3").textContent(), entry.name);
      await page.keyboard.press("Escape");
      await page.locator(".map-popup").waitFor({ state: "detached" });
    }
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("without JavaScript the page lists every installation in a table, grouped by status", async () => {
    const { page, misbehaviour } = await openPage(served.browser, { javaScriptEnabled: false });
    await page.goto(`${served.origin}/map/`);
    const rows = await page.locator("table.installations tbody tr").count();
    assert.equal(rows, community.installations.length);
    assert.equal(await page.locator("#installations-map").isHidden(), true);
    assert.equal(await page.locator("#map-filters").isHidden(), true);
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("the home page shows the small map with live and in-development portals", async () => {
    const { page, misbehaviour } = await openPage(served.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${served.origin}/`);
    await mapReady(page, "#home-map");
    assert.equal(await visibleMarkers(page, "#home-map"), withStatus("live", "in-development"));
    assertWellBehaved(misbehaviour);
    await page.context().close();
  });

  test("the map page ships at most 60 KB of gzipped JavaScript, Leaflet included", async () => {
    const { page } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    const scripts: Array<Promise<Buffer>> = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body());
    });
    await page.goto(`${served.origin}/map/`);
    await mapReady(page);
    const bodies = await Promise.all(scripts);
    assert.ok(bodies.length > 0);
    const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    assert.ok(gzipped <= 60 * 1024, `${gzipped} bytes of gzipped JavaScript`);
    await page.context().close();
  });

  test("ordinary pages load no JavaScript", async () => {
    const { page } = await openPage(served.browser);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    for (const path of ["/about/", "/workshops/", "/partners/gbif-spain/"]) await page.goto(`${served.origin}${path}`);
    assert.deepEqual(scripts, []);
    await page.context().close();
  });
});
