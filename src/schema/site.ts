// Site-wide settings in _data/site.yaml.
import { email, explain, fields, link, oldAddress, oneOf, show, text, webAddress } from "./fields.ts";
import { z } from "zod";
import { readAddress } from "./addresses.ts";
import { DEFAULT_LANGUAGES, languageList, type Language } from "./languages.ts";

/** The map draws country outlines served by the site; OpenStreetMap tiles are an opt-in that sends visitors' requests to OpenStreetMap. */
const MAP_TILES = ["none", "openstreetmap"] as const;

export const siteFields = fields({
  title: text(),
  description: text({ max: 300, multiline: true }),
  /** The public address the site is published at, used for feeds and canonical links. */
  url: webAddress(),
  /** The Git repository that holds this site's source, for "edit this page" links. */
  repository: webAddress(),
  /** The branch editors propose changes to. */
  branch: text({ expected: "a branch name such as main" }).refine((name) => /^[A-Za-z0-9._/-]+$/.test(name), {
    error: (issue) =>
      `${show(issue.input)} is not a branch name (expected a branch name such as main: letters, digits, dots, hyphens, underscores and slashes)`,
  }),
  /** The path the site is served under, such as /la-website/ on GitHub Pages; / at the root of its domain. */
  basePath: basePath().optional(),
  /** The community mailing list's sign-up page. */
  mailingList: webAddress(),
  contact: email(),
  /** The licence of the site's text. */
  licence: text(),
  licenceUrl: webAddress(),
  /** The languages pages are published in, English first; each other one lives under /<code>/. English only when left out. */
  languages: languageList().optional(),
  map: fields({
    /** Raster tiles under the country outlines; "none" (the default) keeps every request on this site. */
    tiles: oneOf(MAP_TILES, "tile layer"),
  }).optional(),
  /** The Bluesky account whose handle is the site's domain: its DID, published at /.well-known/atproto-did so the handle verifies. */
  blueskyDid: z
    .string({ error: explain("a DID such as did:plc:zygigy4qdk2vutih32kzd5qa") })
    .regex(/^did:(plc:[a-z2-7]{24}|web:[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+)$/, {
      error: (issue) => `${show(issue.input)} is not a DID (expected a DID such as did:plc:zygigy4qdk2vutih32kzd5qa)`,
    })
    .optional(),
  /** Old addresses of pages the site generates, such as the old list of events: old path: new address. */
  redirects: z
    .record(
      oldAddress(),
      link().refine((to) => readAddress(to).kind !== "elsewhere", {
        error: (issue) => `${show(issue.input)} is on another site (expected a path on this site, such as /workshops/)`,
      }),
      { error: explain("old paths, each followed by the path it now leads to") },
    )
    .optional(),
});

export type Site = z.infer<typeof siteFields>;

export const SITE_FILE = "_data/site.yaml";

/** The site's languages, the one content is written in first. */
export const siteLanguages = (site: Pick<Site, "languages">): readonly Language[] => site.languages ?? DEFAULT_LANGUAGES;

function basePath() {
  const expected = "a path that starts and ends with /, such as / or /la-website/";
  return z
    .string({ error: explain(expected) })
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, { error: (issue) => `${show(issue.input)} is not a base path (expected ${expected})` });
}
