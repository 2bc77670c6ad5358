// YAML parsing that remembers where every value came from, so errors can name a line.
import { CORE_SCHEMA, load } from "js-yaml";
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

/**
 * Parses YAML 1.2 (dates stay text); `firstLine` is where the YAML starts in its file.
 * js-yaml reads the values, ten times faster than the `yaml` package; the `yaml` package, which keeps every
 * node's position, runs only when a line is asked for or the text is invalid, so its messages name the cause.
 */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  let value: unknown;
  try {
    value = load(source, { schema: CORE_SCHEMA });
  } catch {
    return parseWithPositions(source, firstLine);
  }
  let positions: Pick<ParsedYaml, "lineOf"> | undefined;
  const lineOf = (path: FieldPath) => {
    try {
      positions ??= parseWithPositions(source, firstLine);
    } catch {
      // The two readers disagree on this text: name its first line rather than no line.
      positions = { lineOf: () => firstLine };
    }
    return positions.lineOf(path);
  };
  return { value: value ?? null, lineOf };
}

function parseWithPositions(source: string, firstLine: number): ParsedYaml {
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
