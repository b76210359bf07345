/**
 * The offline page's stand-in for src/xlsx/patch.ts: in the browser, exceljs is its prebuilt
 * bundle (dist/exceljs.min.js), whose internal modules cannot be patched. The patch only speeds up
 * notes and re-attaches notes on rows with no other cell; the test of the page compares its
 * download with the command line's output.
 */
export function patchExcelJs(): void {
  // nothing to patch in the prebuilt bundle
}
