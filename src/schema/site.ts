// Site-wide settings in _data/site.yaml.
import type { z } from "zod";
import { email, fields, oneOf, text, webAddress } from "./fields.ts";

/** The map draws country outlines served by the site; OpenStreetMap tiles are an opt-in that sends visitors' requests to OpenStreetMap. */
export const MAP_TILES = ["none", "openstreetmap"] as const;

export const siteFields = fields({
  title: text(),
  description: text({ max: 300 }),
  /** The public address the site is published at, used for feeds and canonical links. */
  url: webAddress(),
  /** The Git repository that holds this site's source, for "edit this page" links. */
  repository: webAddress(),
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
