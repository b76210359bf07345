/**
 * exceljs's package entry also loads its streaming reader and writer (unzipper, archiver, ...),
 * which the command line never uses: about half of exceljs's load time (measured: the entry
 * 830-870 ms, the document module with its enums 390-470 ms on the 2-core machine). Imported
 * first by the CLI, this registers the document module alone under the name `exceljs`, so every
 * adapter importing 'exceljs' gets it. Elsewhere (jest, webpack) nothing changes.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
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
  const light = { Workbook: require('exceljs/lib/doc/workbook'), ...require('exceljs/lib/doc/enums') };
  const m = new Module(id) as NodeModule & { loaded: boolean };
  m.filename = id;
  m.loaded = true;
  m.exports = light;
  cache[id] = m;
}

registerLightExcelJs();
