#!/usr/bin/env node
/**
 * Builds tests/fixtures/rich: workbooks holding what a person adds to a PK workbook and what real
 * tools write, so the tests can check that `hitung` keeps every part it does not change.
 * From tests/fixtures/kupang-2023.xlsx:
 *   rich-kupang.xlsx          conditional formats, data validation, defined names, a picture, a
 *                             column chart (drawing + chart part), pivot cache parts, a person's
 *                             note on a flagged cell, and a person's formula =AVERAGE(F4:F27) over
 *                             the capaian column (cached with the old values)
 *   rich-kupang-absolute.xlsx the same package with every relationship target written as an
 *                             absolute part path (/xl/worksheets/sheet1.xml, as openpyxl writes)
 *   rich-kupang-1904.xlsx     the same with the 1904 date system and inline strings in a sheet
 *   rich-kupang-libreoffice.xlsx  rich-kupang.xlsx saved by LibreOffice (soffice --convert-to xlsx);
 *                             only rebuilt when soffice is installed, else the committed copy stays.
 * Run: node scripts/build-rich-corpus.js
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');
const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate');

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'tests/fixtures/kupang-2023.xlsx');
const OUT = path.join(ROOT, 'tests/fixtures/rich');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

// A 2x2 red PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

async function withExcelJs() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SRC);
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.getWorksheet('Pengukuran 2023');
  ws.addConditionalFormatting({
    ref: 'F4:F28',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['1'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } } }],
  });
  ws.getCell('E5').dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 10], showErrorMessage: true, error: 'Realisasi 0-10' };
  wb.definedNames.add("'Pengukuran 2023'!$F$4:$F$28", 'CapaianPengukuran');
  // A person's formula over the capaian column, cached with the values as they were.
  let sum = 0;
  let n = 0;
  for (let r = 4; r <= 27; r++) {
    const v = ws.getCell(r, 6).value;
    const x = typeof v === 'number' ? v : v && typeof v === 'object' && typeof v.result === 'number' ? v.result : null;
    if (x !== null) {
      sum += x;
      n++;
    }
  }
  ws.getCell('N2').value = { formula: 'AVERAGE(F4:F27)', result: n ? sum / n : 0 };
  // A person's note on a cell the review flags (Kupang F4: capaian-tidak-sesuai).
  ws.getCell('F4').note = 'Catatan orang: angka dari laporan triwulan';
  const img = wb.addImage({ buffer: PNG, extension: 'png' });
  wb.getWorksheet('Renstra').addImage(img, { tl: { col: 12, row: 2 }, ext: { width: 40, height: 40 } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:val><c:numRef><c:f>'Pengukuran 2022'!$F$4:$F$11</c:f></c:numRef></c:val></c:ser>" +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

const PIVOT_CACHE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" refreshOnLoad="1" recordCount="2">' +
  "<cacheSource type=\"worksheet\"><worksheetSource ref=\"A3:B5\" sheet=\"Pengukuran 2022\"/></cacheSource>" +
  '<cacheFields count="2"><cacheField name="No" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField>' +
  '<cacheField name="Sasaran" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>';

const PIVOT_RECORDS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><r><n v="1"/><s v="a"/></r><r><n v="2"/><s v="b"/></r></pivotCacheRecords>';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function rels(list) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

function sheetPartOf(files, name) {
  const wb = strFromU8(files['xl/workbook.xml']);
  const rid = new RegExp(`<sheet[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)[1];
  const wr = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wr)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(wr)[1];
  return target.replace(/^\/?(xl\/)?/, 'xl/');
}

function addRelTo(files, relsPath, type, target) {
  const xml = files[relsPath] ? strFromU8(files[relsPath]) : rels([]);
  const ids = [...xml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  files[relsPath] = strToU8(xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`));
  return id;
}

function contentType(files, part, type) {
  const xml = strFromU8(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

/** Adds a chart on `Pengukuran 2022` and pivot cache parts to an exceljs-written package. */
function addChartAndPivot(buf) {
  const files = unzipSync(new Uint8Array(buf));
  const sheet = sheetPartOf(files, 'Pengukuran 2022');
  const sheetRels = sheet.replace(/([^/]+)$/, '_rels/$1.rels');
  files['xl/charts/chart1.xml'] = strToU8(CHART);
  files['xl/drawings/drawing9.xml'] = strToU8(DRAWING);
  files['xl/drawings/_rels/drawing9.xml.rels'] = strToU8(rels([['rId1', 'chart', '../charts/chart1.xml']]));
  contentType(files, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  contentType(files, 'xl/drawings/drawing9.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  const rid = addRelTo(files, sheetRels, 'drawing', '../drawings/drawing9.xml');
  const sx = strFromU8(files[sheet]);
  const at = sx.search(/<(legacyDrawing|tableParts|extLst)\b|<\/worksheet>/);
  files[sheet] = strToU8(sx.slice(0, at) + `<drawing r:id="${rid}"/>` + sx.slice(at));
  files['xl/pivotCache/pivotCacheDefinition1.xml'] = strToU8(PIVOT_CACHE);
  files['xl/pivotCache/pivotCacheRecords1.xml'] = strToU8(PIVOT_RECORDS);
  files['xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels'] = strToU8(rels([['rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml']]));
  contentType(files, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
  contentType(files, 'xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml');
  const pid = addRelTo(files, 'xl/_rels/workbook.xml.rels', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml');
  const wb = strFromU8(files['xl/workbook.xml']);
  const pc = `<pivotCaches><pivotCache cacheId="1" r:id="${pid}"/></pivotCaches>`;
  const wat = wb.search(/<(smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/);
  files['xl/workbook.xml'] = strToU8(wb.slice(0, wat) + pc + wb.slice(wat));
  return files;
}

function zip(files) {
  const out = {};
  for (const [k, v] of Object.entries(files)) if (!k.endsWith('/')) out[k] = [v, { mtime: FIXED_DATE }];
  return Buffer.from(zipSync(out, { level: 6 }));
}

/** Every relationship target rewritten as an absolute part path. */
function absolute(files) {
  const out = { ...files };
  for (const k of Object.keys(files)) {
    if (!k.endsWith('.rels')) continue;
    const source = k.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const dir = source.split('/').slice(0, -1);
    out[k] = strToU8(
      strFromU8(files[k]).replace(/Target="([^"]+)"/g, (m, t) => {
        if (t.startsWith('/') || /^[a-z]+:/i.test(t)) return m;
        const parts = [...dir];
        for (const seg of t.split('/')) {
          if (seg === '..') parts.pop();
          else if (seg !== '.') parts.push(seg);
        }
        return `Target="/${parts.join('/')}"`;
      }),
    );
  }
  return out;
}

/** The 1904 date system, and the sheet `Renstra` with inline strings instead of shared strings. */
function date1904AndInline(files) {
  const out = { ...files };
  const wb = strFromU8(files['xl/workbook.xml']);
  out['xl/workbook.xml'] = strToU8(/<workbookPr\b/.test(wb) ? wb.replace(/<workbookPr\b/, '<workbookPr date1904="1"') : wb.replace(/<sheets>/, '<workbookPr date1904="1"/><sheets>'));
  const sst = [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const sheet = sheetPartOf(files, 'Renstra');
  out[sheet] = strToU8(
    strFromU8(files[sheet]).replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (m, r, a, b, i) => `<c r="${r}"${a} t="inlineStr"${b}><is>${sst[Number(i)]}</is></c>`),
  );
  return out;
}

function libreOffice(src, dest) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rich-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, src], { stdio: 'ignore', timeout: 120000 });
    fs.copyFileSync(path.join(dir, path.basename(src)), dest);
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const files = addChartAndPivot(await withExcelJs());
  const rich = path.join(OUT, 'rich-kupang.xlsx');
  fs.writeFileSync(rich, zip(files));
  fs.writeFileSync(path.join(OUT, 'rich-kupang-absolute.xlsx'), zip(absolute(files)));
  fs.writeFileSync(path.join(OUT, 'rich-kupang-1904.xlsx'), zip(date1904AndInline(files)));
  const lo = libreOffice(rich, path.join(OUT, 'rich-kupang-libreoffice.xlsx'));
  process.stdout.write(`tests/fixtures/rich: rich-kupang, -absolute, -1904${lo ? ', -libreoffice' : ' (soffice not found: the committed -libreoffice copy kept)'}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
