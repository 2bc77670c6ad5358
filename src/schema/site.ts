// Site-wide settings in _data/site.yaml.
import type { z } from "zod";
import { email, fields, text, webAddress } from "./fields.ts";

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
});

export type Site = z.infer<typeof siteFields>;

export const SITE_FILE = "_data/site.yaml";
