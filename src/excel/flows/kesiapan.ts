/**
 * Periksa Kesiapan: runs every capability the add-in uses on a temporary sheet, each in its own
 * batch (a failing one does not stop the others), removes the sheet again even when a step fails,
 * and reports what works on this Excel with its version, platform (Office.context.diagnostics)
 * and the requirement sets found (isSetSupported). Nothing of the user's sheets is touched.
 */
import type { HasilKemampuan, KemampuanId, LaporanKesiapan } from '../../app/kesiapan';
import { KEMAMPUAN } from '../../app/kesiapan';
import type { Session } from '../session';

/** The temporary sheet's name (a number is added when a sheet of that name exists). */
export const LEMBAR_UJI = '_capaianpk_uji';

const EXCEL_API = Array.from({ length: 18 }, (_, i) => `1.${i + 1}`);

type Check = (context: Excel.RequestContext, sh: Excel.Worksheet, name: string) => Promise<true | string>;

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Writes a small table's data, adds an object over it (an Excel table, a chart), then deletes it again. */
async function addThenDelete(context: Excel.RequestContext, sh: Excel.Worksheet, add: () => Excel.Table | Excel.Chart): Promise<true> {
  sh.getRange('A5:B7').values = [['Indikator', 'Capaian'], ['A', 1], ['B', 2]];
  await context.sync();
  const x = add();
  x.load('name');
  await context.sync();
  x.delete();
  await context.sync();
  return true;
}

const CHECKS: Record<KemampuanId, Check> = {
  async baca(context, sh) {
    sh.getRange('A3').values = [['uji-baca']];
    await context.sync();
    const used = sh.getUsedRangeOrNullObject(true);
    used.load('values,text,numberFormat,formulas');
    await context.sync();
    if (used.isNullObject) return 'kosong';
    return used.values.some((r) => r.includes('uji-baca')) || 'isi tidak terbaca';
  },
  async rumus(context, sh) {
    sh.getRange('A1:C1').formulas = [[2, 3, '=A1*B1']];
    await context.sync();
    const c = sh.getRange('C1');
    c.load('values');
    await context.sync();
    return c.values[0][0] === 6 || `C1 = ${String(c.values[0][0])}`;
  },
  async formatAngka(context, sh) {
    const r = sh.getRange('D1');
    r.numberFormat = [['0.00%']];
    r.values = [[0.5]];
    await context.sync();
    r.load('numberFormat');
    await context.sync();
    return r.numberFormat[0][0] === '0.00%' || `format ${String(r.numberFormat[0][0])}`;
  },
  async komentar(context, _sh, name) {
    const c = context.workbook.comments.add(`${quoted(name)}!E1`, 'Capaian PK: uji komentar');
    c.load('content');
    await context.sync();
    const ok = c.content.includes('uji komentar');
    c.delete();
    await context.sync();
    return ok || 'isi komentar berbeda';
  },
  async catatan(context, sh, name) {
    context.workbook.notes.add(`${quoted(name)}!E2`, 'Capaian PK: uji catatan');
    await context.sync();
    const n = sh.notes.getItem('E2');
    n.load('content');
    await context.sync();
    const ok = n.content.includes('uji catatan');
    n.delete();
    await context.sync();
    return ok || 'isi catatan berbeda';
  },
  async lembarTersembunyi(context, sh) {
    sh.visibility = 'VeryHidden' as Excel.SheetVisibility;
    await context.sync();
    sh.load('visibility');
    await context.sync();
    const ok = sh.visibility === 'VeryHidden';
    sh.visibility = 'Visible' as Excel.SheetVisibility;
    await context.sync();
    return ok || `visibility ${sh.visibility}`;
  },
  tabel: (context, sh) => addThenDelete(context, sh, () => sh.tables.add('A5:B7', true)),
  grafik: (context, sh) =>
    addThenDelete(context, sh, () => sh.charts.add('ColumnClustered' as Excel.ChartType, sh.getRange('A5:B7'), 'Columns' as Excel.ChartSeriesBy)),
  async gabungSel(context, sh) {
    sh.getRange('E4:F5').merge(false);
    await context.sync();
    const areas = sh.getRange('D3:G6').getMergedAreasOrNullObject();
    areas.load('address');
    await context.sync();
    const ok = !areas.isNullObject && /E4:F5/.test(areas.address.replace(/\$/g, ''));
    sh.getRange('E4:F5').unmerge();
    await context.sync();
    return ok || 'sel gabungan tidak terbaca';
  },
};

/** An Office error code ('ApiNotFound', 'InvalidArgument'); a missing API shows as a TypeError. */
function errorCode(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && code) return code;
  return err instanceof TypeError ? 'ApiNotFound' : 'GeneralException';
}

function officeDiagnostics(): LaporanKesiapan['excel'] {
  const d = (globalThis as { Office?: { context?: { diagnostics?: { host?: unknown; version?: unknown; platform?: unknown } } } }).Office?.context?.diagnostics;
  const str = (x: unknown) => (x === undefined || x === null ? null : String(x));
  return { host: str(d?.host), versi: str(d?.version), platform: str(d?.platform) };
}

function requirementSets(s: Session): LaporanKesiapan['requirementSets'] {
  const has = (set: string, v: string) => {
    if (!s.isSet) return null;
    try {
      return s.isSet(set, v);
    } catch {
      return false;
    }
  };
  return [
    ...EXCEL_API.map((v) => ({ set: 'ExcelApi', versi: v, ok: has('ExcelApi', v) })),
    { set: 'SharedRuntime', versi: '1.1', ok: has('SharedRuntime', '1.1') },
  ];
}

/** Adds the temporary sheet under a free name. */
async function addTestSheet(s: Session): Promise<string> {
  return s.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const taken = new Set(sheets.items.map((x) => x.name.toLowerCase()));
    let name = LEMBAR_UJI;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${LEMBAR_UJI}${i}`;
    sheets.add(name);
    await context.sync();
    return name;
  });
}

/** Removes the temporary sheet (made visible first: a very hidden sheet cannot be deleted); true when gone. */
async function removeTestSheet(s: Session, name: string): Promise<boolean> {
  try {
    return await s.run(async (context) => {
      const sh = context.workbook.worksheets.getItemOrNullObject(name);
      sh.load('visibility');
      await context.sync();
      if (sh.isNullObject) return true;
      if (sh.visibility !== 'Visible') sh.visibility = 'Visible' as Excel.SheetVisibility;
      sh.delete();
      await context.sync();
      const again = context.workbook.worksheets.getItemOrNullObject(name);
      again.load('name');
      await context.sync();
      return again.isNullObject;
    });
  } catch {
    return false;
  }
}

export async function periksaKesiapan(s: Session): Promise<LaporanKesiapan> {
  const base = { waktu: s.now().toISOString(), excel: officeDiagnostics(), requirementSets: requirementSets(s) };
  let name: string;
  try {
    name = await addTestSheet(s);
  } catch (err) {
    // without a sheet to try them on, nothing can be checked
    const why = `lembar uji tidak dapat dibuat: ${errorCode(err)}`;
    return { ...base, kemampuan: KEMAMPUAN.map((id) => ({ id, ok: false, alasan: why })), lembarUji: LEMBAR_UJI, lembarUjiDihapus: true };
  }
  const kemampuan: HasilKemampuan[] = [];
  let dihapus = false;
  try {
    for (const id of KEMAMPUAN) {
      try {
        const r = await s.run((context) => CHECKS[id](context, context.workbook.worksheets.getItem(name), name));
        kemampuan.push({ id, ok: r === true, alasan: r === true ? null : r });
      } catch (err) {
        kemampuan.push({ id, ok: false, alasan: errorCode(err) });
      }
    }
  } finally {
    // removed even when a step failed
    dihapus = await removeTestSheet(s, name);
  }
  return { ...base, kemampuan, lembarUji: name, lembarUjiDihapus: dihapus };
}
