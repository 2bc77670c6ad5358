// The kinds of file editors may publish as workshop materials. Each is a document visitors download or that the
// browser shows in a viewer of its own (PDF, pictures, audio, video, plain text); HTML is the one kind a browser
// would run, and it is published only after src/materials/html.ts has taken out everything that runs or loads.
import { extname } from "node:path";

/** Allowed extensions, by the name editors know the format by. */
export const MATERIAL_FILE_TYPES: ReadonlyArray<{ name: string; extensions: readonly string[] }> = [
  { name: "PDF", extensions: [".pdf"] },
  { name: "PowerPoint", extensions: [".pptx", ".ppt", ".ppsx", ".pps"] },
  { name: "Keynote", extensions: [".key"] },
  { name: "Word", extensions: [".docx", ".doc"] },
  { name: "Excel", extensions: [".xlsx", ".xls"] },
  { name: "OpenDocument", extensions: [".odp", ".odt", ".ods"] },
  { name: "CSV", extensions: [".csv"] },
  { name: "plain text", extensions: [".txt"] },
  { name: "Markdown", extensions: [".md"] },
  { name: "PNG", extensions: [".png"] },
  { name: "JPEG", extensions: [".jpg", ".jpeg"] },
  { name: "GIF", extensions: [".gif"] },
  { name: "WebP", extensions: [".webp"] },
  { name: "MP4", extensions: [".mp4"] },
  { name: "WebM", extensions: [".webm"] },
  { name: "MP3", extensions: [".mp3"] },
  { name: "OGG", extensions: [".ogg"] },
  { name: "ZIP", extensions: [".zip"] },
  { name: "HTML", extensions: [".html", ".htm"] },
];

const ALLOWED = new Set(MATERIAL_FILE_TYPES.flatMap((type) => type.extensions));

/** The Content-Type the preview sends each kind with; hosts derive the same from the extension. */
export const MATERIAL_CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".pdf": "application/pdf",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".ppt": "application/vnd.ms-powerpoint",
  ".ppsx": "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
  ".pps": "application/vnd.ms-powerpoint",
  ".key": "application/vnd.apple.keynote",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".doc": "application/msword",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xls": "application/vnd.ms-excel",
  ".odp": "application/vnd.oasis.opendocument.presentation",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".ods": "application/vnd.oasis.opendocument.spreadsheet",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".zip": "application/zip",
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
};

/** Extensions of HTML materials, which are published only as a cleaned copy. */
export const HTML_MATERIAL_EXTENSIONS: ReadonlySet<string> = new Set([".html", ".htm"]);

const names = MATERIAL_FILE_TYPES.map((type) => type.name);
const EXPECTED = `expected one of ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;

/** Why some refused kinds are refused, for the editor; any other extension is simply not on the list. */
const REFUSED: ReadonlyArray<{ extensions: readonly string[]; because: string }> = [
  {
    // Documents a browser renders as a page of its own, with scripts: SVG, XHTML and XML (with XSLT), web archives.
    extensions: [
      ".svg",
      ".svgz",
      ".xhtml",
      ".xht",
      ".xml",
      ".xsl",
      ".xslt",
      ".rss",
      ".atom",
      ".mht",
      ".mhtml",
      ".shtml",
      ".hta",
      ".htc",
      ".html5",
      ".jhtml",
      ".php",
    ],
    because: "which browsers run scripts inside",
  },
  { extensions: [".js", ".mjs", ".cjs", ".jsx", ".ts", ".vbs", ".wasm"], because: "which browsers run as code" },
  { extensions: [".swf", ".jar", ".class", ".xap"], because: "which browser plugins run as code" },
  { extensions: [".pptm", ".potm", ".ppsm", ".docm", ".dotm", ".xlsm", ".xltm", ".xlsb"], because: "which carries macros" },
  { extensions: [".css"], because: "which can load files from other sites into any page that uses it" },
];

/** What is wrong with publishing a file of this name as a material, or undefined when its kind is allowed. */
export function materialFileProblem(fileName: string): string | undefined {
  const extension = extname(fileName).toLowerCase();
  if (ALLOWED.has(extension)) return undefined;
  if (extension === "" || extension === ".") return `has no extension, so browsers would guess what it is (${EXPECTED})`;
  const refused = REFUSED.find((kind) => kind.extensions.includes(extension));
  return `is a ${extension} file, ${refused?.because ?? "which is not a kind of material the site publishes"} (${EXPECTED})`;
}
