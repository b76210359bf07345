/**
 * issue 9 part 3: one format for the project's notes in both hosts. A workbook the add-in computed
 * in Excel (a note of ours in notes mode, a thread of ours in threaded mode, whose file keeps a
 * "[Threaded comment]" note beside it) is cleaned up by `hitung`: our old note and thread go, a
 * person's thread and note stay byte for byte. And the notes `hitung` writes start with the mark the
 * add-in recognises as its own (src/excel/read.ts: content.startsWith(MARK)).
 */
import * as fs from 'fs';
import * as path from 'path';
import { MARK } from '../../src/core/comment-mark';
import { MARK as EXCEL_MARK } from '../../src/excel/read';
import { Package } from '../../src/xlsx/package';
import { readWorkbookBytes } from '../../src/xlsx/snapshot';
import { addRel, ensureDefault, listSheets, setContentType } from '../../src/xlsx/workbook-part';
import { hitungBytes } from './hitung-file';

const KUPANG = path.join(__dirname, '..', 'fixtures', 'kupang-2023.xlsx');
const PLACEHOLDER = (body: string) =>
  `[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ${body}`;
const note = (ref: string, text: string) => `<comment ref="${ref}" authorId="0"><text><t xml:space="preserve">${text}</t></text></comment>`;
const thread = (ref: string, id: string, text: string) => `<threadedComment ref="${ref}" dT="2024-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="${id}"><text>${text}</text></threadedComment>`;
const PERSON_NOTE = note('D5', 'Bu Sari: target dari PK');
const PERSON_THREAD_NOTE = note('D4', PLACEHOLDER('Pak Budi: sudah dicek'));
const PERSON_THREAD = thread('D4', '{00000000-0000-0000-0000-0000000000A1}', 'Pak Budi: sudah dicek');

/** Kupang 2023 as the add-in leaves it in Excel: notes and threads on `Pengukuran 2023`. */
function computedInExcel(): Uint8Array {
  const pkg = new Package(new Uint8Array(fs.readFileSync(KUPANG)));
  const wb = pkg.rels('').find((r) => /officeDocument$/.test(r.type))!.target;
  const sheet = listSheets(pkg, wb).find((s) => s.name === 'Pengukuran 2023')!.part;
  pkg.setText(
    'xl/comments9.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>tc={x}</author></authors><commentList>` +
      PERSON_THREAD_NOTE +
      PERSON_NOTE +
      note('F5', `${MARK}\n[capaian-tidak-sesuai] catatan lama`) +
      note('F6', PLACEHOLDER(`${MARK}\n[capaian-tidak-sesuai] utas lama`)) +
      '</commentList></comments>',
  );
  pkg.setText(
    'xl/threadedComments/threadedComment9.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">` +
      PERSON_THREAD +
      thread('F6', '{00000000-0000-0000-0000-0000000000B1}', `${MARK}\n[capaian-tidak-sesuai] utas lama`) +
      '</ThreadedComments>',
  );
  pkg.setText('xl/drawings/vmlDrawing9.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"></xml>');
  addRel(pkg, sheet, 'comments', 'xl/comments9.xml');
  const vml = addRel(pkg, sheet, 'vmlDrawing', 'xl/drawings/vmlDrawing9.vml');
  const rels = `xl/worksheets/_rels/${sheet.split('/').pop()}.rels`;
  pkg.setText(rels, pkg.text(rels)!.replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment9.xml"/></Relationships>'));
  setContentType(pkg, 'xl/comments9.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  setContentType(pkg, 'xl/threadedComments/threadedComment9.xml', 'application/vnd.ms-excel.threadedcomments+xml');
  ensureDefault(pkg, 'vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
  pkg.setText(sheet, pkg.text(sheet)!.replace('</worksheet>', `<legacyDrawing r:id="${vml}"/></worksheet>`));
  return pkg.toBytes();
}

test('one mark in both hosts', () => {
  expect(EXCEL_MARK).toBe(MARK);
});

test("hitung on a workbook the add-in computed: its old note and thread go, a person's stay as they were", async () => {
  const run = await hitungBytes(computedInExcel());
  const out = new Package(run.output);
  const comments = out.text('xl/comments9.xml')!;
  expect(comments).toContain(PERSON_NOTE);
  expect(comments).toContain(PERSON_THREAD_NOTE);
  expect(comments).not.toContain('catatan lama');
  expect(comments).not.toContain('utas lama');
  const threads = out.text('xl/threadedComments/threadedComment9.xml')!;
  expect(threads).toContain(PERSON_THREAD);
  expect(threads).not.toContain('utas lama');
  // findings on the person's cells (D4, D5) are not written into their notes
  for (const c of run.plan.comments.filter((x) => x.sheet === 'Pengukuran 2023' && (x.cell === 'D4' || x.cell === 'D5'))) expect(comments).not.toContain(c.text);
});

test('the notes hitung writes start with the mark the add-in recognises', async () => {
  const run = await hitungBytes(new Uint8Array(fs.readFileSync(KUPANG)));
  const snap = await readWorkbookBytes(run.output);
  const notes = snap.sheets.flatMap((g) => Object.values(g.notes ?? {}));
  expect(notes.length).toBe(run.plan.comments.length);
  for (const n of notes) expect(n.startsWith(`${MARK}\n`)).toBe(true);
});
