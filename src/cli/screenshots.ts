// npm run screenshots -- [/path/ ...]: photographs the built site at phone and desktop widths, light and dark,
// into screenshots/ (kept out of git), so a change can be looked at before it is called done.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch, openPage, serve } from "../../tests/helpers/browser.ts";
import { repositoryRoot } from "../repository.ts";
import { readArguments } from "./args.ts";

const { values, positionals } = readArguments({ full: { type: "boolean" } }, "npm run screenshots -- [--full] [/path/ ...]");
const paths = positionals.length > 0 ? positionals : ["/", "/map/", "/workshops/workshop-2016/", "/partners/"];
const root = repositoryRoot();
const folder = join(root, "screenshots");
mkdirSync(folder, { recursive: true });

const site = await serve(join(root, "_site"));
const browser = await launch();
try {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [device, width] of [
      ["phone", 390],
      ["desktop", 1280],
    ] as const) {
      const { page } = await openPage(browser, { viewport: { width, height: 900 }, colorScheme });
      for (const path of paths) {
        await page.goto(`${site.origin}${path}`);
        await page.waitForLoadState("networkidle");
        const file = join(folder, `${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}.${device}.${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: values.full ?? false });
        console.log(file);
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
