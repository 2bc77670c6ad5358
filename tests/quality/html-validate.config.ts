// html-validate's configuration for the built pages: the recommended preset, with these justified changes.
import type { ConfigData } from "html-validate";

export const htmlValidateConfig: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // Preact writes void elements as <meta/>, which HTML allows; which of the two spellings to use is taste.
    "void-style": "off",
    // Titles are the official names of events and projects, some over 100 characters; cutting them would hide what tells them apart.
    "long-title": "off",
    // HTML5 ids may start with a digit; headings that editors number ("## 1. Check what you need") produce such ids.
    "valid-id": ["error", { relaxed: true }],
  },
};
