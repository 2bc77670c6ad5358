// Eleventy gives each paginated page its data through ProxyWrap, which wraps every plain object read through it in a
// new proxy, at every read, and gives a frozen one as it is. The site's global data for the communities and assets is
// given frozen (givenAsIs in src/eleventy/site.ts), so that the templates read the objects themselves: through the
// proxies, every step into a community made a proxy, 0.5 s of rendering 5,000 pages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { types } from "node:util";
// Not among the package's exports: the module Eleventy's pagination wraps each page's data with.
import { ProxyWrap } from "../node_modules/@11ty/eleventy/src/Util/Objects/ProxyWrap.js";
import { givenAsIs } from "../src/eleventy/site.ts";

/** The data of one paginated page as Eleventy makes it: the page's own over the global data. */
const pageData = (global: Record<string, unknown>) =>
  ProxyWrap({ pagination: { items: [] }, workshop: { title: "A workshop" } }, global) as Record<string, Record<string, Record<string, unknown>>>;

const community = () => ({ site: { title: "Living Atlases" }, language: { code: "en" }, workshops: [{ title: "A workshop" }] });

test("a community read through a page's data is the community itself, and so is every object in it", () => {
  const communities = { en: community(), es: community() };
  const assets = { stylesheet: "/assets/site.css", scripts: { map: "/assets/map.js" } };
  const data = pageData({ communities: givenAsIs(communities), assets: givenAsIs(assets) });
  const read = data.communities!.en!;
  assert.equal(read, communities.en);
  assert.equal(types.isProxy(read), false);
  assert.equal((read.site as object) === communities.en.site, true);
  assert.equal(data.assets!.scripts, assets.scripts);
  assert.equal(Object.isFrozen(communities), false, "the communities themselves are not frozen");
});

test("without it, Eleventy's proxies wrap every object read, anew at every read", () => {
  const communities = { en: community() };
  const data = pageData({ communities });
  const read = data.communities!.en!;
  assert.equal(types.isProxy(read), true);
  assert.notEqual(read.site, read.site, "a new proxy at each read");
});
