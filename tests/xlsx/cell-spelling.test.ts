/**
 * Cells as other tools spell them: attributes split by new lines or tabs, single quotes, spaces
 * around '=', a namespace prefix, a value element with attributes. The reader (which finds the
 * usual ` r="A1"` spelling without a regex) and the writer (which takes a written cell's format
 * from a cell of its row) must read these as they read the usual spelling.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { snapshotFromPackage } from '../../src/xlsx/fast-read';
import { openPackage } from '../../src/xlsx/open';
import { applyPlanToBytes } from '../../src/xlsx/writer';
import type { WritePlan } from '../../src/core/types';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function workbook(rows: string, prefix = ''): Uint8Array {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    // xf 1: 0.00% (built-in 10); xf 2: bold font, 0.00 (built-in 2)
    'xl/styles.xml': strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts count="2"><font/><font><b/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="10" fontId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="1" applyFont="1"/></cellXfs></styleSheet>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`),
  });
}

const USUAL = '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" t="inlineStr"><is><t>teks</t></is></c><c r="C1" s="2"><f>A1*2</f><v>1</v></c></row>';
const ODD =
  "<row r='1'><c\n r='A1'\n s='1'><v>0.5</v></c><c\tr = \"B1\"\tt = \"inlineStr\"><is><t>teks</t></is></c><c r=\"C1\" s=\"2\" ><f>A1*2</f><v xml:space=\"preserve\">1</v></c></row>";
const PREFIXED = '<x:row r="1"><x:c r="A1" s="1"><x:v>0.5</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>teks</x:t></x:is></x:c><x:c r="C1" s="2"><x:f>A1*2</x:f><x:v>1</x:v></x:c></x:row>';

function read(bytes: Uint8Array) {
  const g = snapshotFromPackage(openPackage(bytes)).sheets[0];
  return { values: g.values, formats: g.formats, formulas: g.formulas };
}

test.each([
  ['new lines, tabs, single quotes, spaces around =', workbook(ODD)],
  ['a namespace prefix', workbook(PREFIXED, 'x')],
])('cells spelled with %s read as the usual spelling', (_what, bytes) => {
  const usual = read(workbook(USUAL));
  // A1 0.5 as 0.00% (xf 1); B1 the inline text; C1 the formula =A1*2 holding 1, as 0.00 (xf 2)
  expect(usual).toEqual({ values: [[0.5, 'teks', 1]], formats: [['0.00%', 'General', '0.00']], formulas: [[null, null, '=A1*2']] });
  expect(read(bytes)).toEqual(usual);
});

test.each([
  ['the usual spelling', workbook(USUAL)],
  ['new lines, tabs, single quotes, spaces around =', workbook(ODD)],
])('a written cell takes the format of a cell of its row (%s)', (_what, bytes) => {
  const plan: WritePlan = {
    mode: 'hitung',
    cells: [{ sheet: 'S', cell: 'D1', purpose: 'capaian', formula: null, value: 7, styleFrom: 'C1' }],
    comments: [],
    sheets: [],
    summary: { tables: 0, indicators: 0, capaian: 0, na: 0, formulas: 0, values: 0, findings: { galat: 0, peringatan: 0, info: 0 }, byRule: {} },
  };
  const out = applyPlanToBytes(bytes, plan).bytes;
  expect(snapshotFromPackage(openPackage(out)).sheets[0].values[0][3]).toBe(7);
  const parts = unzipSync(out);
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(strFromU8(parts['xl/styles.xml']))![1];
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const s = Number(/<c r="D1" s="(\d+)"/.exec(sheet)?.[1] ?? 0);
  // D1 had no cell: its format is derived from C1's (xf 2, the bold font 1)
  expect(xfs[s]).toMatch(/fontId="1"/);
});
