// ESLint for the project's TypeScript, with type information: typescript-eslint's project service needs the
// typescript@5 compiler API, while typescript-native (the typescript@7 native compiler) type-checks. Prettier formats.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "_site/", ".cache/", ".site-build-*/", "scratch/", "screenshots/", "**/*.js", "**/*.mjs"] },
  {
    files: ["**/*.{ts,tsx,mts}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // File names, calendar text and CSS preprocessing are defined by the control characters they match.
      "no-control-regex": "off",
      // node:test runs every test() and describe() it is given; awaiting them is not how tests are written.
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "describe", "it", "suite", "before", "after", "beforeEach", "afterEach"] },
          ],
        },
      ],
    },
  },
);
