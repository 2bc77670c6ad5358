// The search index is built by one Pagefind process per language, several at once, whose files go into one bundle.
// That holds only while Pagefind builds each language apart from the others: the bundle written from a process per
// language must be the one a single process writes from the same records, file for file and byte for byte.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, test } from "node:test";
import { IndexUnit, type SearchRecord } from "../src/search/pagefind-thread.ts";
import { Bundle } from "../src/search/processes.ts";
import { removeTemporary } from "./helpers/repository.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-processes-"));
after(() => removeTemporary(folder));

const page = (language: string, slug: string, text: string): SearchRecord => ({
  page: {
    url: `/${language}/${slug}/`,
    content: `<!DOCTYPE html><html lang="${language}"><head><title>${slug}</title></head><body><main data-pagefind-body><h1 id="top">${slug}</h1><p>${text}</p></main></body></html>`,
  },
});
// Pagefind keeps one record per address across its languages, so the site gives a material's record in each language
// an address of its own (src/search/materials.ts).
const material = (language: string, slug: string, text: string): SearchRecord => ({
  material: `/assets/materials/${slug}.pdf`,
  record: { url: `/assets/materials/${slug}.pdf#${language}`, content: text, language, meta: { title: slug } },
});

const RECORDS: Record<string, SearchRecord[]> = {
  en: [material("en", "collectory", "The collectory holds collections and institutions."), page("en", "about", "Living Atlases share their tools.")],
  es: [material("es", "collectory", "El colectorio reúne colecciones e instituciones."), page("es", "acerca", "Los atlas vivos comparten herramientas.")],
  pt: [material("pt", "collectory", "O colectório reúne coleções e instituições."), page("pt", "sobre", "Os atlas vivos partilham ferramentas.")],
};

/** Every file under `root` by its path, with the digest of its bytes; the entry file by what it says. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) return readdirSync(path).forEach((name) => walk(join(path, name)));
    const name = relative(root, path);
    // The entry lists the languages in an order Pagefind's hash map chooses; what it says is compared.
    files[name] =
      name === "pagefind-entry.json"
        ? JSON.stringify(JSON.parse(readFileSync(path, "utf8")), (_, value) => sortedKeys(value))
        : createHash("sha256").update(readFileSync(path)).digest("hex");
  };
  walk(root);
  return files;
}
const sortedKeys = (value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value;

test("a process per language writes the bundle one process writes from the same records, byte for byte", async () => {
  const apart = new Bundle(join(folder, "apart"));
  await Promise.all(
    Object.entries(RECORDS).map(async ([language, records]) => {
      const unit = new IndexUnit(language, 0);
      unit.add(records);
      await apart.write(await unit.build());
    }),
  );
  await apart.close();
  const together = new Bundle(join(folder, "together"));
  const unit = new IndexUnit("all", 0);
  unit.add(Object.values(RECORDS).flat());
  await together.write(await unit.build());
  await together.close();

  const [one, other] = [snapshot(join(folder, "apart")), snapshot(join(folder, "together"))];
  assert.ok(
    Object.keys(one).some((file) => file.startsWith("fragment/es_")),
    "the Spanish fragments are compared",
  );
  assert.deepEqual(one, other);
});

test("processes that wrote different bytes under one file name stop the build rather than keep one of them", async () => {
  const bundle = new Bundle(join(folder, "conflict"));
  const entry = (language: string) => ({
    path: "pagefind-entry.json",
    content: Buffer.from(JSON.stringify({ version: "1", languages: { [language]: { page_count: 1 } } })),
  });
  await bundle.write([entry("en"), { path: "pagefind.js", content: Buffer.from("one") }]);
  await assert.rejects(bundle.write([entry("es"), { path: "pagefind.js", content: Buffer.from("another") }]), /different pagefind\.js files/);
});

test("a bundle's entry lists every process's languages, in the order of their codes", async () => {
  const bundle = new Bundle(join(folder, "entry"));
  const entry = (language: string) => ({
    path: "pagefind-entry.json",
    content: Buffer.from(JSON.stringify({ version: "1", languages: { [language]: { page_count: 2 } }, shared: [1] })),
  });
  assert.deepEqual(await bundle.write([entry("pt")]), { pt: 2 });
  await bundle.write([entry("en")]);
  await bundle.close();
  assert.equal(
    readFileSync(join(folder, "entry", "pagefind-entry.json"), "utf8"),
    '{"version":"1","languages":{"en":{"page_count":2},"pt":{"page_count":2}},"shared":[1]}',
  );
});
