// The preview's own addresses, under a folder no site page can have (the dev server's is /.11ty/).
export const PREVIEW_FOLDER = "/.preview/";
export const PREVIEW_SCRIPT = `${PREVIEW_FOLDER}reload.js`;
export const PREVIEW_STYLESHEET = `${PREVIEW_FOLDER}preview.css`;
/** The number of builds the preview has ended, which a page compares with the one it was served at. */
export const PREVIEW_VERSION = `${PREVIEW_FOLDER}version`;
/** The query that asks for the last page that built, as it is, even while there are problems. */
export const LAST_GOOD = "last-good";
