/**
 * exceljs's package entry also loads its streaming reader and writer (unzipper, archiver, ...),
 * which the command line never uses: about half of exceljs's load time (measured: the entry
 * 830-870 ms, the document module with its enums 390-470 ms on the 2-core machine). Imported
 * first by the CLI, this registers the document module alone under the name `exceljs`, so every
 * adapter importing 'exceljs' gets it, loaded only when a Workbook is first made. Elsewhere (jest,
 * webpack) nothing changes.
 */
 
import Module from 'module';

function registerLightExcelJs(): void {
  const cache = (require as NodeRequire).cache as Record<string, NodeModule> | undefined;
  if (!cache || typeof require.resolve !== 'function') return;
  let id: string;
  try {
    id = require.resolve('exceljs');
  } catch {
    return;
  }
  if (cache[id]) return; // already loaded in full: keep it
  // The enums file requires nothing; the document module is loaded on first use (the CLI reads
  // with src/xlsx/fast-read.ts, so only `rekap`'s writer needs it).
  const light = { ...require('exceljs/lib/doc/enums') };
  Object.defineProperty(light, 'Workbook', { enumerable: true, get: () => require('exceljs/lib/doc/workbook') });
  const m = new Module(id) as NodeModule & { loaded: boolean };
  m.filename = id;
  m.loaded = true;
  m.exports = light;
  cache[id] = m;
}

registerLightExcelJs();
