// Where the files the code reads at run time are (SQL migrations, the chat page, console assets, the build's YAML cache).

/**
 * The folder of the code that runs: src/ (tests, tsx) or dist/ (the bundle scripts/build.mjs writes: every chunk sits
 * in that one folder, and src/'s other files are copied to the same places under it). This module sits at that
 * folder's top, so its own address names the folder in both layouts.
 */
const CODE_ROOT = new URL('./', import.meta.url);

/** Address of a file or folder named as under src/ ("store/migrations", "channels/web/page.html"). */
export function codeFile(relative: string): URL {
  return new URL(relative, CODE_ROOT);
}
