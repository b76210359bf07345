/**
 * Where the add-in's threads are (src/excel/thread-places.ts): a rerun places them from the
 * backup's record of where the last run left them, and asks Excel (Comment.getLocation, one call
 * each) only for those the record no longer fits: rows moved with their comments (as Excel's sort
 * moves them), a comment deleted by hand, no record.
 */
import { placeFromRecord, threadsLeft } from '../../src/excel/thread-places';
import type { ExistingThread, UnplacedThread } from '../../src/excel/read';
import { markText, reconcile } from '../../src/excel/comments';
import { encodeBackup, hash53, parseBackup, sameBackup } from '../../src/core/ledger';
import type { BackupData } from '../../src/core/ledger';
import type { CommentWrite } from '../../src/core/types';
import { benchWorkbook } from '../../src/testing/excel/bench';
import type { WorkbookSnapshot } from '../../src/core/grid';
import { generateWorkbook } from '../../src/bench/generate';
import { snapshotFromWorkbook } from '../../src/xlsx/read';
import { backupOf, setup, visible } from './helpers';

const S = 'Pengukuran 2023';
const locations = (fake: ReturnType<typeof setup>['fake']) => fake.stats.requests.reduce((n, r) => n + (r.loads.location ?? 0), 0);
const commentsOf = (fake: ReturnType<typeof setup>['fake']) =>
  fake
    .dump()
    .comments.map((c) => `${c.sheet}!${c.cell} ${c.content}`)
    .sort();

/** Rows r1 and r2 of the input columns (A:E) swapped in a snapshot. */
function swapped(snap: WorkbookSnapshot, r1: number, r2: number): WorkbookSnapshot {
  const g = snap.sheets[0];
  const values = g.values.map((row) => [...row]);
  const text = g.text.map((row) => [...row]);
  for (let c = 0; c < 5; c++) {
    [values[r1 - 1][c], values[r2 - 1][c]] = [values[r2 - 1][c], values[r1 - 1][c]];
    [text[r1 - 1][c], text[r2 - 1][c]] = [text[r2 - 1][c], text[r1 - 1][c]];
  }
  return { ...snap, sheets: [{ ...g, values, text }] };
}

describe('placing the add-in threads from the backup record', () => {
  const u = (id: string, text: string): UnplacedThread => ({ id, content: markText(text), author: 'A' });
  const h = (text: string) => hash53(markText(text));
  const d = (cell: string, text: string, sheet = S): CommentWrite => ({ sheet, cell, text, rules: [] });

  test('nothing moved: every thread placed, same content on two cells included', () => {
    const left = [{ s: S, c: 'E5', h: h('x') }, { s: S, c: 'E9', h: h('x') }, { s: S, c: 'D7', h: h('y') }];
    const r = placeFromRecord([u('1', 'x'), u('2', 'y'), u('3', 'x')], left, [d('E5', 'x'), d('D7', 'y'), d('E9', 'x')], [S], []);
    expect(r.rest).toEqual([]);
    expect(r.placed.map((t) => `${t.id}@${t.cell}`).sort()).toEqual(['1@E5', '2@D7', '3@E9']);
    expect(r.placed.every((t) => t.ours && t.sheet === S)).toBe(true);
  });

  test('the cells wanted for a content differ from the record (rows moved): those threads are located', () => {
    const left = [{ s: S, c: 'E5', h: h('x') }, { s: S, c: 'D7', h: h('y') }];
    const r = placeFromRecord([u('1', 'x'), u('2', 'y')], left, [d('E6', 'x'), d('D7', 'y')], [S], []);
    expect(r.placed.map((t) => t.id)).toEqual(['2']);
    expect(r.rest.map((t) => t.id)).toEqual(['1']);
  });

  test('fewer threads than the record (one deleted by hand), or no record: located', () => {
    const left = [{ s: S, c: 'E5', h: h('x') }, { s: S, c: 'E9', h: h('x') }];
    expect(placeFromRecord([u('1', 'x')], left, [d('E5', 'x'), d('E9', 'x')], [S], []).rest.map((t) => t.id)).toEqual(['1']);
    expect(placeFromRecord([u('1', 'x')], undefined, [d('E5', 'x')], [S], []).rest.map((t) => t.id)).toEqual(['1']);
  });

  test('threads on sheets the run does not review stand as recorded; a cell a person holds is not expected', () => {
    const left = [{ s: 'Lain', c: 'B2', h: h('z') }, { s: S, c: 'E5', h: h('x') }];
    const person: ExistingThread = { id: 'p', sheet: S, cell: 'E8', content: 'catatan saya', author: 'B', ours: false };
    const r = placeFromRecord([u('1', 'z'), u('2', 'x')], left, [d('E5', 'x'), d('E8', 'x')], [S], [person]);
    expect(r.rest).toEqual([]);
    expect(r.placed.map((t) => `${t.sheet}!${t.cell}`).sort()).toEqual(['Lain!B2', `${S}!E5`]);
  });

  test('a text Excel gives back with \\r\\n line breaks is the text written: placed, and not updated', () => {
    const text = 'baris satu\nbaris dua';
    const back = markText(text).replace(/\n/g, '\r\n');
    const r = placeFromRecord([{ id: '1', content: back, author: 'A' }], [{ s: S, c: 'E5', h: h(text) }], [d('E5', text)], [S], []);
    expect(r.rest).toEqual([]);
    expect(reconcile([d('E5', text)], r.placed, [], [S]).changes).toEqual([]);
  });

  test('the record after a run: found threads, adds and updates in, deletes out', () => {
    const found: ExistingThread[] = [
      { id: '1', sheet: S, cell: 'E5', content: markText('x'), author: 'A', ours: true },
      { id: '2', sheet: S, cell: 'E6', content: markText('y'), author: 'A', ours: true },
      { id: 'p', sheet: S, cell: 'E7', content: 'punya orang', author: 'B', ours: false },
    ];
    const left = threadsLeft(found, [
      { kind: 'delete', sheet: S, cell: 'E6', id: '2', old: markText('y') },
      { kind: 'update', sheet: S, cell: 'E5', id: '1', text: markText('x2'), old: markText('x') },
      { kind: 'add', sheet: S, cell: 'e9', text: markText('w'), old: null },
    ]);
    expect(left.sort((a, b) => a.c.localeCompare(b.c))).toEqual([
      { s: S, c: 'E5', h: h('x2') },
      { s: S, c: 'E9', h: h('w') },
    ]);
  });

  test('the record is stored compactly, read back, and its order does not make a backup differ', () => {
    const base: BackupData = { app: 'capaian-pk', version: 3, when: 'w', sheet: S, run: 'hitung', threadKind: 'threaded', cells: [], threads: [], created: [], replaced: [] };
    const left = [{ s: S, c: 'E9', h: 'abc' }, { s: 'Lain', c: 'B2', h: 'def' }, { s: S, c: 'E5', h: 'abc' }];
    const back = parseBackup(encodeBackup({ ...base, left }));
    expect(back).not.toBe('damaged');
    expect((back as BackupData).left!.map((l) => `${l.s}!${l.c}=${l.h}`).sort()).toEqual(['Lain!B2=def', `${S}!E5=abc`, `${S}!E9=abc`]);
    expect(sameBackup({ ...base, left }, { ...base, left: [...left].reverse() })).toBe(true);
    expect(sameBackup({ ...base, left }, { ...base, left: left.slice(1) })).toBe(false);
    expect((parseBackup(encodeBackup(base)) as BackupData).left).toBeUndefined();
  });
});

describe('in the in-memory Excel', () => {
  test('a rerun with nothing changed asks Excel for no comment cell, and changes nothing', async () => {
    const { fake, host } = setup(benchWorkbook(200));
    await host.hitung();
    const once = fake.dump();
    expect(once.comments.length).toBeGreaterThan(10);
    expect(backupOf(fake).left).toHaveLength(once.comments.length);
    fake.resetStats();
    await host.hitung();
    expect(locations(fake)).toBe(0);
    expect(fake.stats.syncs).toBe(3);
    expect(fake.dump()).toEqual(once);
  });

  test('rows moved with their comments (as a sort moves them): located, the comments end where a first run puts them, then placed again', async () => {
    const snap = benchWorkbook(200);
    const { fake, host } = setup(snap);
    await host.hitung();
    const commented = fake.dump().comments.map((c) => c.cell);
    // a row with a comment and the row below it (without one) trade places, comment included
    const cell = commented.find((c) => !commented.includes(c.replace(/\d+/, (n) => String(Number(n) + 1))))!;
    const r1 = Number(cell.replace(/\D/g, ''));
    const r2 = r1 + 1;
    await fake.run(async (ctx) => {
      const sh = ctx.workbook.worksheets.getItem(S);
      const a = sh.getRange(`A${r1}:E${r1}`);
      const b = sh.getRange(`A${r2}:E${r2}`);
      a.load('formulas');
      b.load('formulas');
      const c = ctx.workbook.comments.getItemByCell(`${S}!${cell}`);
      c.load('content');
      await ctx.sync();
      const [fa, fb, content] = [a.formulas, b.formulas, c.content];
      a.formulas = fb;
      b.formulas = fa;
      c.delete();
      ctx.workbook.comments.add(`${S}!${cell.replace(String(r1), String(r2))}`, content);
      await ctx.sync();
    });
    fake.resetStats();
    await host.hitung();
    expect(locations(fake)).toBeGreaterThan(0);
    const ref = setup(swapped(snap, r1, r2));
    await ref.host.hitung();
    expect(commentsOf(fake)).toEqual(commentsOf(ref.fake));
    expect(visible(fake.dump()).sheets.find((x) => x.name === S)!.cells).toEqual(visible(ref.fake.dump()).sheets.find((x) => x.name === S)!.cells);
    // the record now fits again
    const twice = fake.dump();
    fake.resetStats();
    await host.hitung();
    expect(locations(fake)).toBe(0);
    expect(fake.dump()).toEqual(twice);
  });

  test.each([
    ['its content on another cell too: the one left with that content is located', true],
    ['its content on no other cell: nothing to locate', false],
  ])('a comment of the add-in deleted by hand, %s; the rerun puts it back', async (_name, shared) => {
    // the realistic bench workbook: several findings there read the same
    const snap = snapshotFromWorkbook(generateWorkbook(200, { perSheet: 200 }), 'realistis-200.xlsx');
    const sheet = snap.sheets[0].sheet;
    const { fake, host } = setup(snap);
    await host.hitung();
    const once = fake.dump();
    const twins = (c: (typeof once.comments)[number]) => once.comments.filter((x) => x.content === c.content).length;
    const gone = once.comments.find((c) => (twins(c) > 1) === shared)!;
    await fake.run(async (ctx) => {
      ctx.workbook.comments.getItemByCell(`'${sheet}'!${gone.cell}`).delete();
      await ctx.sync();
    });
    expect(fake.dump().comments).toHaveLength(once.comments.length - 1);
    fake.resetStats();
    await host.hitung();
    expect(locations(fake)).toBe(shared ? twins(gone) - 1 : 0);
    expect(commentsOf(fake)).toEqual(once.comments.map((c) => `${c.sheet}!${c.cell} ${c.content}`).sort());
  });
});
