// import() of a package left out of the compiled bundles (src/bundles.mjs) that is an ES module only, such as Pagefind:
// a bundle compiled as a script has no import() of its own, and src/bundles.mjs gives this module the launcher's there.

/** Imports `specifier`, a package's name or a file's address, as an ES module. */
export const importPackage = (specifier: string): Promise<unknown> => import(specifier);
