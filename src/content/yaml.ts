// YAML parsing that remembers where every value came from, so errors can name a line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { FieldPath } from "../schema/content-type.ts";

export interface ParsedYaml {
  value: unknown;
  /** The 1-based line of the value at a path, or of its nearest existing parent. */
  lineOf(path: FieldPath): number;
}

export class YamlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Parses YAML 1.2 (dates stay text); `firstLine` is where the YAML starts in its file. */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
    throw new YamlSyntaxError(line, error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""));
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return {
    value: document.toJS({ maxAliasCount: 100 }),
    lineOf: (path) => lineAt(offsetOf(document, path)),
  };
}

function offsetOf(document: Document, path: FieldPath): number {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (!node) break;
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}
