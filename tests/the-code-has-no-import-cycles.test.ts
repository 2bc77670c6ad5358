// Dependencies point one way: no module under src/ reaches itself through its imports, and the layers import only
// downward (pages → layouts → collections → content → schema). Type-only imports count: they tie two modules
// together for a reader as much as any other import.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";

const SOURCE = resolve(import.meta.dirname, "../src");

/** Each layer may import the ones after it, never the ones before it. */
const LAYERS = ["pages", "layouts", "collections", "i18n", "content", "schema"];

// Imports and re-exports start a line (`import … from "./x.ts"`, `export { … } from "./x.ts"`, `import "./x.css"`);
// dynamic imports may stand anywhere.
const STATIC_IMPORT = /^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

type Graph = Map<string, string[]>;

const isModule = (name: string) => /\.(ts|tsx|mts|mjs)$/.test(name) && !name.endsWith(".d.ts");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : isModule(entry.name) ? [join(folder, entry.name)] : []))
    .sort();
}

/** Each module under src/ (by its path in src/) with the modules under src/ it imports. */
function importGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((match) => match[1] ?? match[2]!);
    const imported = specifiers
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => resolve(dirname(file), specifier))
      .filter((target) => target.startsWith(`${SOURCE}/`) && existsSync(target))
      .map((target) => relative(SOURCE, target));
    graph.set(relative(SOURCE, file), [...new Set(imported)].sort());
  }
  return graph;
}

/** One shortest cycle through each group of modules that import one another, written a.ts → b.ts → a.ts. */
function importCycles(graph: Graph): string[] {
  // Tarjan's strongly connected components: each group of two or more modules holds at least one cycle.
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (module: string) => {
    index.set(module, index.size);
    lowest.set(module, index.get(module)!);
    stack.push(module);
    for (const next of graph.get(module) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(module, Math.min(lowest.get(module)!, lowest.get(next)!));
      } else if (stack.includes(next)) lowest.set(module, Math.min(lowest.get(module)!, index.get(next)!));
    }
    if (lowest.get(module) !== index.get(module)) return;
    const group = stack.splice(stack.indexOf(module));
    if (group.length > 1 || (graph.get(module) ?? []).includes(module)) groups.push(group.sort());
  };
  for (const module of [...graph.keys()].sort()) if (!index.has(module)) visit(module);
  return groups.map((group) => shortestCycle(graph, group[0]!, new Set(group)).join(" → ")).sort();
}

/** The shortest way from `start` back to itself, staying inside its group. */
function shortestCycle(graph: Graph, start: string, group: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (const module of queue) {
    for (const next of graph.get(module) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [module];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, module);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** Imports from a layer to one above it, written layer/a.ts → layer/b.ts. */
function upwardImports(graph: Graph): string[] {
  const rank = (module: string) => LAYERS.indexOf(module.split("/")[0]!);
  const upward = (module: string, target: string) => rank(module) >= 0 && rank(target) >= 0 && rank(target) < rank(module);
  return [...graph].flatMap(([module, imported]) => imported.filter((target) => upward(module, target)).map((target) => `${module} → ${target}`)).sort();
}

const graph = importGraph();

test("the import graph is read from every module under src/", () => {
  assert.ok(graph.size > 100, `only ${graph.size} modules found under src/`);
  assert.ok(graph.get("pages/index.11ty.tsx")?.includes("layouts/components.tsx"), "the home page's imports are read");
  assert.ok(graph.get("content/markdown.ts")?.includes("content/html-tree.ts"), "the Markdown renderer's imports are read");
});

test("no module under src/ imports itself through other modules", () => {
  assert.deepEqual(importCycles(graph), []);
});

test("schema and content never import collections, layouts or pages; collections never layouts or pages", () => {
  assert.deepEqual(upwardImports(graph), []);
});

test("a cycle is named module by module, and an upward import by its two ends", () => {
  const example: Graph = new Map([
    ["schema/a.ts", ["schema/b.ts"]],
    ["schema/b.ts", ["collections/c.ts"]],
    ["collections/c.ts", ["schema/a.ts", "content/d.ts"]],
    ["content/d.ts", ["content/d.ts"]],
    ["pages/e.tsx", ["schema/a.ts"]],
  ]);
  assert.deepEqual(importCycles(example), ["collections/c.ts → schema/a.ts → schema/b.ts → collections/c.ts", "content/d.ts → content/d.ts"]);
  assert.deepEqual(upwardImports(example), ["schema/b.ts → collections/c.ts"]);
});
