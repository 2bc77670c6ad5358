// The former Jekyll site as the importer reads it: its documents with the addresses Jekyll published them at, its
// data files, and where the files a checkout lacks can still be downloaded.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { textOf } from "./values.ts";

type Collection = "events" | "participants" | "projects" | "posts" | "pages";

/** One page of the old site: an event, participant, project, post, or a page at the top of the site. */
export interface OldDocument {
  collection: Collection;
  /** Path in the checkout, such as _events/workshop-2016.md. */
  path: string;
  /** The file name without its extension, as Jekyll's :path and :title read it. */
  id: string;
  data: Record<string, unknown>;
  content: string;
  /** The address Jekyll published it at, decoded, such as /events/workshop-2016/ or /contact.html. */
  address: string;
}

export type DataRow = Record<string, string>;

/** A copy of the old repository on GitHub at the commit of the checkout, for files the checkout does not have. */
interface OldRepository {
  url: string;
  commit: string;
}

export interface OldSite {
  root: string;
  config: Record<string, unknown>;
  documents: OldDocument[];
  /** _data/ as Liquid sees it: site.data.events.workshop-2016 is data["events/workshop-2016"]. */
  data: Map<string, unknown>;
  repository: OldRepository | undefined;
  read(path: string): string;
  exists(path: string): boolean;
  /** A regular file inside the checkout, not a link: the only kind of file the importer copies. */
  isPlainFile(path: string): boolean;
}

const COLLECTIONS = ["events", "participants", "projects"] as const;
const MARKDOWN = /\.(md|markdown)$/i;

export function readOldSite(root: string, repositoryOverride?: string): OldSite {
  const read = (path: string) => readFileSync(join(root, path), "utf8").replace(/\r\n/g, "\n");
  const list = (folder: string, pattern: RegExp) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .filter((name) => pattern.test(name))
          .sort()
      : [];
  const config = existsSync(join(root, "_config.yml")) ? ((parseYaml(read("_config.yml")) as Record<string, unknown> | null) ?? {}) : {};
  const style = typeof config.permalink === "string" ? config.permalink : "date";
  const pretty = style === "pretty" || style.endsWith("/");

  const documents: OldDocument[] = [];
  const add = (collection: Collection, path: string, address: (id: string, data: Record<string, unknown>) => string) => {
    const { data, content } = matter(read(path));
    const id = basename(path).replace(MARKDOWN, "");
    const permalink = typeof data.permalink === "string" ? publishedAt(data.permalink) : undefined;
    documents.push({ collection, path, id, data, content, address: permalink ?? address(id, data) });
  };
  for (const collection of COLLECTIONS) {
    for (const name of list(`_${collection}`, MARKDOWN)) add(collection, `_${collection}/${name}`, (id) => `/${collection}/${id}${pretty ? "/" : ".html"}`);
  }
  for (const name of list("_posts", MARKDOWN)) add("posts", `_posts/${name}`, (id, data) => postAddress(style, id, data));
  // Jekyll makes a page of every file at the top that starts with front matter and is not excluded.
  const excluded = new Set(Array.isArray(config.exclude) ? config.exclude.map(String) : []);
  for (const name of list(".", MARKDOWN).filter((name) => !excluded.has(name) && read(name).startsWith("---"))) {
    add("pages", name, (id) => (id === "index" ? "/" : `/${id}${pretty ? "/" : ".html"}`));
  }

  return {
    root,
    config,
    documents,
    data: readData(root, read),
    repository: oldRepository(root, config, repositoryOverride),
    read,
    exists: (path) => existsSync(join(root, path)),
    isPlainFile: (path) => {
      const absolute = resolve(root, path);
      if (!existsSync(absolute)) return false;
      const stats = lstatSync(absolute);
      return !stats.isSymbolicLink() && stats.isFile() && realpathSync(absolute).startsWith(`${realpathSync(root)}/`);
    },
  };
}

/** A permalink as the address of the file Jekyll writes: /contact becomes /contact.html, /about/ stays. */
function publishedAt(permalink: string): string {
  const path = permalink.startsWith("/") ? permalink : `/${permalink}`;
  return path.endsWith("/") || extname(path) ? path : `${path}.html`;
}

/** A post's address from the site's permalink setting, such as /:categories/:title/ for /news/community/Title/. */
function postAddress(style: string, id: string, data: Record<string, unknown>): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(id);
  const [year, month, day, title] = match ? match.slice(1) : ["", "", "", id];
  const categories = (Array.isArray(data.categories) ? data.categories.map(String) : textOf(data.categories).split(/\s+/))
    .filter(Boolean)
    .map((category) => category.toLowerCase());
  const named: Record<string, string> = {
    date: "/:categories/:year/:month/:day/:title.html",
    pretty: "/:categories/:year/:month/:day/:title/",
    none: "/:categories/:title.html",
  };
  const template = named[style] ?? style;
  const path = template
    .replace(":categories", [...new Set(categories)].join("/"))
    .replace(":year", year!)
    .replace(":month", month!)
    .replace(":day", day!)
    .replace(":title", title!)
    .replace(/\/{2,}/g, "/");
  return path;
}

/** Every CSV, YAML and JSON file under _data/, keyed by its path without the extension. */
function readData(root: string, read: (path: string) => string): Map<string, unknown> {
  const data = new Map<string, unknown>();
  const walk = (folder: string) => {
    if (!existsSync(join(root, folder))) return;
    for (const name of readdirSync(join(root, folder)).sort()) {
      const path = `${folder}/${name}`;
      if (lstatSync(join(root, path)).isDirectory()) {
        walk(path);
        continue;
      }
      const key = path.slice("_data/".length).replace(/\.(csv|ya?ml|json)$/i, "");
      const extension = extname(name).toLowerCase();
      try {
        if (extension === ".csv") data.set(key, readCsv(read(path)));
        else if (extension === ".yml" || extension === ".yaml") data.set(key, parseYaml(read(path)));
        else if (extension === ".json") data.set(key, JSON.parse(read(path)));
      } catch {
        // A data file the old site could not read either is left out; the page that loops over it says so.
      }
    }
  };
  walk("_data");
  return data;
}

export function readCsv(text: string): DataRow[] {
  return parseCsv<DataRow>(text, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
}

/**
 * The old repository on GitHub and the commit the checkout is at, from --repository or the checkout's own git
 * metadata. Only a checkout at the top of its own repository counts: a folder inside another project is not one.
 */
function oldRepository(root: string, config: Record<string, unknown>, override: string | undefined): OldRepository | undefined {
  const git = (...args: string[]) => {
    const result = spawnSync("git", ["-C", root, ...args], { encoding: "utf8" });
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
  const topLevel = git("rev-parse", "--show-toplevel");
  const ownRepository = topLevel !== undefined && existsSync(topLevel) && realpathSync(topLevel) === realpathSync(root);
  const commit = /^([^@]+)@([0-9a-f]{7,40})$/i.exec(override ?? "")?.[2] ?? (ownRepository ? git("rev-parse", "HEAD") : undefined);
  const named =
    override?.replace(/@[0-9a-f]{7,40}$/i, "") ??
    (ownRepository ? git("remote", "get-url", "origin") : undefined) ??
    (typeof config.repository === "string" ? config.repository : undefined);
  const github = /^(?:https:\/\/github\.com\/|git@github\.com:)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(named ?? "")?.[1];
  return github && commit ? { url: `https://github.com/${github}`, commit } : undefined;
}

/** The address of a file of the old repository at the checkout's commit, each path segment encoded. */
export function repositoryFileUrl(repository: OldRepository, path: string): string {
  const encoded = path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/\(/g, "%28").replace(/\)/g, "%29"))
    .join("/");
  return `${repository.url}/raw/${repository.commit}/${encoded}`;
}
