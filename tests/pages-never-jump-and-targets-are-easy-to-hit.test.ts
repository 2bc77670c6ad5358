// Pages hold still while their scripts run (layout shift measured in Chromium, as Lighthouse does), and the maps'
// markers, clusters and credit links are easy to see and to hit (WCAG 2.2: 2.5.8 target size, 1.4.1 use of colour).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, serve, waitUntil, type SiteServer } from "./helpers/browser.ts";
import { realSite } from "./helpers/site.ts";

const built = realSite("never-jump");
let browser: Browser;
let site: SiteServer;

before(async () => {
  site = await serve(built.site);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** Lighthouse's "good" cumulative layout shift is 0.1; these pages aim for none at all. */
const BUDGET = 0.02;

// Every layout shift since the page began, as the browser reports it; shifts right after a visitor's input are expected.
const OBSERVE_SHIFTS = `
  globalThis.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.layoutShifts.push(entry.value);
  }).observe({ type: "layout-shift", buffered: true });
`;

/** Has drawn what its scripts draw: maps ready and still, or the search's first results in place of their placeholders. */
const SETTLED: Record<string, string> = {
  "/": `[...document.querySelectorAll("[data-map]")].every((map) => map.dataset.state === "ready") && !document.querySelector(".leaflet-cluster-anim, .leaflet-zoom-anim")`,
  "/map/": `[...document.querySelectorAll("[data-map]")].every((map) => map.dataset.state === "ready") && !document.querySelector(".leaflet-cluster-anim, .leaflet-zoom-anim")`,
  "/search/?q=collectory": `document.querySelector(".search-result:not(.search-result--placeholder)") !== null && document.querySelectorAll("pagefind-filter-pane details").length > 0 && [...document.querySelectorAll(".search-result--placeholder")].every((placeholder) => placeholder.getBoundingClientRect().top > innerHeight)`,
};

/** A somewhat slow phone on a somewhat slow network, so that anything drawn late is drawn after the first paint. */
async function slowDown(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  await session.send("Network.emulateNetworkConditions", { offline: false, latency: 40, downloadThroughput: 1_000_000, uploadThroughput: 500_000 });
  await session.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

/** The total of the page's layout shifts from navigation until it has settled. */
async function layoutShift(path: string, viewport: { width: number; height: number }): Promise<number> {
  const { page, misbehaviour } = await openPage(browser, { viewport });
  await page.addInitScript(OBSERVE_SHIFTS);
  await slowDown(page);
  await page.goto(`${site.origin}${path}`);
  await waitUntil(page, SETTLED[path]!, 30_000);
  // Shifts are reported after the frame that makes them: let two more frames and a moment pass.
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))))`);
  const shifts = await page.evaluate<number[]>("globalThis.layoutShifts");
  assert.deepEqual(misbehaviour.consoleErrors, [], "console errors");
  await page.context().close();
  return shifts.reduce((sum, shift) => sum + shift, 0);
}

describe("pages never jump while they load", () => {
  for (const path of ["/map/", "/search/?q=collectory", "/"]) {
    for (const [device, viewport] of [
      ["a phone", PHONE],
      ["a desktop", DESKTOP],
    ] as const) {
      test(`${path} shifts its layout by less than ${BUDGET} on ${device} (${viewport.width} px)`, async () => {
        const shift = await layoutShift(path, viewport);
        assert.ok(shift < BUDGET, `cumulative layout shift ${shift.toFixed(4)}`);
      });
    }
  }
});

interface Target {
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The part inside the map's frame, which is all a visitor can hit. */
  inFrame: { width: number; height: number };
}

/** The markers and clusters a map shows, where they are on screen. */
async function mapTargets(page: Page, map: string): Promise<Target[]> {
  return page.evaluate(`(() => {
    const frame = document.querySelector(${JSON.stringify(map)}).getBoundingClientRect();
    return [...document.querySelectorAll(${JSON.stringify(`${map} .map-marker, ${map} .map-cluster`)})].map((element) => {
      const box = element.getBoundingClientRect();
      const name = element.getAttribute("aria-label") ?? element.querySelector(".visually-hidden")?.textContent ?? element.textContent;
      const inFrame = { width: Math.min(box.right, frame.right) - Math.max(box.left, frame.left), height: Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top) };
      return { name, left: box.left, top: box.top, width: box.width, height: box.height, inFrame };
    });
  })()`);
}

/** Markers and clusters are round: two overlap when their centres are closer than their radii together. */
function overlapping(targets: Target[]): string[] {
  const centre = (target: Target) => ({
    x: target.left + target.width / 2,
    y: target.top + target.height / 2,
    radius: Math.min(target.width, target.height) / 2,
  });
  return targets.flatMap((one, index) =>
    targets.slice(index + 1).flatMap((other) => {
      const [a, b] = [centre(one), centre(other)];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      return distance < a.radius + b.radius ? [`${one.name} and ${other.name}: ${distance.toFixed(1)} px apart`] : [];
    }),
  );
}

describe("the maps' targets are easy to hit", () => {
  // The small map cannot be dragged on a phone, so its markers must be whole inside it; the full map can be dragged.
  const maps = [
    { path: "/", map: "#home-map", viewport: DESKTOP, what: "the home page's small map at desktop width", whole: true },
    { path: "/", map: "#home-map", viewport: PHONE, what: "the home page's small map on a phone", whole: true },
    { path: "/map/", map: "#installations-map", viewport: DESKTOP, what: "the full map at desktop width", whole: false },
    { path: "/map/", map: "#installations-map", viewport: PHONE, what: "the full map on a phone", whole: false },
  ];
  for (const { path, map, viewport, what, whole } of maps) {
    test(`every marker and cluster on ${what} is at least 24 × 24 px and clear of the others (WCAG 2.5.8)`, async () => {
      const { page } = await openPage(browser, { viewport });
      await page.goto(`${site.origin}${path}`);
      await waitUntil(page, SETTLED[path]!, 30_000);
      const targets = await mapTargets(page, map);
      assert.ok(targets.length > 1, `${targets.length} targets`);
      const small = targets
        .filter((target) => target.width < 24 || target.height < 24)
        .map((target) => `${target.name}: ${target.width} × ${target.height} px`);
      assert.deepEqual(small, [], "targets smaller than 24 × 24 px");
      if (whole) {
        const cut = targets
          .filter(({ inFrame }) => inFrame.width < 24 || inFrame.height < 24)
          .map((target) => `${target.name}: ${target.inFrame.width.toFixed(0)} × ${target.inFrame.height.toFixed(0)} px inside the map`);
        assert.deepEqual(cut, [], "targets cut off by the map's edge");
      }
      assert.deepEqual(overlapping(targets), [], "targets that overlap");
      await page.context().close();
    });
  }

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the map's credit links are underlined or contrast 3:1 with the text around them (${colorScheme})`, async () => {
      const { page } = await openPage(browser, { viewport: DESKTOP, colorScheme });
      await page.goto(`${site.origin}/map/`);
      await waitUntil(page, SETTLED["/map/"]!, 30_000);
      const links = await page.evaluate<
        Array<{ text: string; underlined: boolean; contrast: number }>
      >(`[...document.querySelectorAll(".leaflet-control-attribution a")].map((link) => {
        const channels = (colour) => colour.match(/[\\d.]+/g).slice(0, 3).map(Number);
        const luminance = (colour) => {
          const [r, g, b] = channels(colour).map((value) => value / 255).map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [lighter, darker] = [luminance(getComputedStyle(link).color), luminance(getComputedStyle(link.parentElement).color)].sort((a, b) => b - a);
        return { text: link.textContent, underlined: getComputedStyle(link).textDecorationLine.includes("underline"), contrast: (lighter + 0.05) / (darker + 0.05) };
      })`);
      assert.ok(links.length > 0, "the map credits someone");
      for (const link of links)
        assert.ok(link.underlined || link.contrast >= 3, `${link.text}: not underlined, and ${link.contrast.toFixed(2)}:1 against the text around it`);
      await page.context().close();
    });
  }
});
