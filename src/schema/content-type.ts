// What the loader needs to know about one kind of Markdown content.
import type { z } from "zod";

export type FieldPath = ReadonlyArray<string | number>;

/** What a record can point at: another record by name, a participants list, or a path on this site. */
export type ReferenceTarget = "partners" | "projects" | "participants" | "site";

/** Where a record names another one: a field path, with "*" for every item of a list. */
interface ReferenceRule {
  path: ReadonlyArray<string>;
  target: ReferenceTarget;
}

export interface Reference {
  path: FieldPath;
  target: ReferenceTarget;
  value: string;
}

/** What a picture is for, which decides the sizes it is made in: logos stay small, pictures fill the text column. */
export type PictureUse = "picture" | "logo";

/** A field that names a picture under /assets/images/, checked to be one the build can convert. */
interface PictureRule {
  path: ReadonlyArray<string>;
  use: PictureUse;
}

/** The lists of records the site content holds, one per content type. */
export type CollectionName = "pages" | "workshops" | "partners" | "news" | "projects";

export interface ContentType<Fields> {
  /** The list the site content keeps these records in, such as workshops. */
  collection: CollectionName;
  /** Folder under the repository root that holds one Markdown file per record. */
  folder: string;
  /** Files of this type outside its folder, such as content/about.md. */
  alsoFiles?: readonly string[];
  /** The record's singular name, as editors read it in messages. */
  noun: string;
  schema: z.ZodType<Fields>;
  /** The page address of a record, from its file name. */
  url(slug: string): string;
  /** Extra rules for the file name, returned as a message, or undefined when it is fine. */
  checkFileName?(slug: string, fields: unknown): { field: string; message: string } | undefined;
  /** Fields that name other records, checked to exist. */
  references?: ReferenceRule[];
  /** Fields that name pictures; pictures in the Markdown body are always checked. */
  pictures?: PictureRule[];
  /** The fields a translation gives in its own language (src/schema/translation.ts); the body is always translatable. */
  translatable?: z.ZodRawShape;
}

export function defineContentType<Fields>(type: ContentType<Fields>): ContentType<Fields> {
  return type;
}

/** Every string a record holds at the rule's paths; for site paths, those starting with "/" and web addresses, which may name this very site. */
export function findReferences(fields: unknown, rules: readonly ReferenceRule[]): Reference[] {
  const found: Reference[] = [];
  const walk = (value: unknown, rest: readonly string[], path: FieldPath, target: ReferenceTarget) => {
    const [head, ...tail] = rest;
    if (head === undefined) {
      if (typeof value === "string" && (target !== "site" || value.startsWith("/") || /^https?:/i.test(value))) found.push({ path, target, value });
      return;
    }
    if (head === "*") {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, tail, [...path, index], target));
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      walk((value as Record<string, unknown>)[head], tail, [...path, head], target);
    }
  };
  for (const rule of rules) walk(fields, rule.path, [], rule.target);
  return found;
}
