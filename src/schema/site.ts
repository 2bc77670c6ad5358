// Site-wide settings in _data/site.yaml.
import { email, explain, fields, oneOf, show, text, webAddress } from "./fields.ts";
import { z } from "zod";

/** The map draws country outlines served by the site; OpenStreetMap tiles are an opt-in that sends visitors' requests to OpenStreetMap. */
export const MAP_TILES = ["none", "openstreetmap"] as const;

export const siteFields = fields({
  title: text(),
  description: text({ max: 300, multiline: true }),
  /** The public address the site is published at, used for feeds and canonical links. */
  url: webAddress(),
  /** The Git repository that holds this site's source, for "edit this page" links. */
  repository: webAddress(),
  /** The branch editors propose changes to. */
  branch: text({ expected: "a branch name such as main" }),
  /** The path the site is served under, such as /la-website/ on GitHub Pages; / at the root of its domain. */
  basePath: basePath().optional(),
  /** The community mailing list's sign-up page. */
  mailingList: webAddress(),
  contact: email(),
  /** The licence of the site's text. */
  licence: text(),
  licenceUrl: webAddress(),
  map: fields({
    /** Raster tiles under the country outlines; "none" (the default) keeps every request on this site. */
    tiles: oneOf(MAP_TILES, "tile layer"),
  }).optional(),
});

export type Site = z.infer<typeof siteFields>;

export const SITE_FILE = "_data/site.yaml";

function basePath() {
  const expected = "a path that starts and ends with /, such as / or /la-website/";
  return z
    .string({ error: explain(expected) })
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, { error: (issue) => `${show(issue.input)} is not a base path (expected ${expected})` });
}
