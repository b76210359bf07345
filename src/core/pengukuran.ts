/**
 * "Siapkan Lembar Pengukuran": from a PK table (targets only) plan the year's pengukuran sheet:
 * No | Sasaran | Indikator | Target | Realisasi | Capaian | Klasifikasi | Keterangan,
 * the targets linked by formula to the PK sheet, an empty Realisasi column, and capaian and
 * klasifikasi formulas ready, so the sheet fills itself as realisasi is typed.
 */
import { a1, sheetRef } from './grid';
import { rumusKlasifikasi, skalaDari, TIDAK_DAPAT_DIUKUR } from './klasifikasi';
import { valueWrite } from './plan';
import { printSetup } from './layout';
import type { AnalysedTable, Analysis, CellWrite, Indicator, SheetSpec } from './types';

export interface PengukuranOptions {
  lang?: 'id' | 'en';
  /** Year of the sheet (default: the PK table's year, else the analysis year). */
  year?: number | null;
}

export const PENGUKURAN_HEADERS = ['No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Klasifikasi', 'Keterangan'];

function isOurSheet(analysis: Analysis, name: string): boolean {
  const t = analysis.tables.find((x) => x.sheet === name);
  if (!t) return true; // no table there: nothing of the user's would be recognised
  return (
    t.headerRow === 1 &&
    t.columns.indikator === 3 &&
    t.columns.target === 4 &&
    t.columns.realisasi === 5 &&
    (t.headers.target ?? '').trim() === 'Target' &&
    (t.headers.realisasi ?? '').trim() === 'Realisasi'
  );
}

function sheetExists(analysis: Analysis, name: string): boolean {
  return analysis.tables.some((t) => t.sheet === name) || analysis.skipped.some((s) => s.sheet === name);
}

/** Sheet name: `Pengukuran <year>` (or `Pengukuran`), made unique only if a sheet of that name is the user's own. */
export function pengukuranSheetName(analysis: Analysis, year: number | null): string {
  const base = year ? `Pengukuran ${year}` : 'Pengukuran';
  if (!sheetExists(analysis, base) || isOurSheet(analysis, base)) return base;
  for (let i = 2; i < 100; i++) {
    const n = `${base} (${i})`;
    if (!sheetExists(analysis, n) || isOurSheet(analysis, n)) return n;
  }
  return `${base} (baru)`;
}

function unitFormat(unit: string | null): string {
  const u = (unit ?? '').replace(/["\\]/g, '').trim();
  return u ? `0 "${u}"` : 'General';
}

interface TargetCell {
  formula: string | null;
  value: number | string | null;
  numberFormat?: string;
  note: string | null;
}

function targetCell(it: Indicator, pk: AnalysedTable, lang: 'id' | 'en'): TargetCell {
  const t = it.target;
  const src = it.cells.target;
  const ref = src ? `${sheetRef(pk.sheet)}!${src}` : null;
  const en = lang === 'en';
  if (!t || t.kind === 'empty' || t.kind === 'na') {
    return { formula: null, value: null, note: en ? 'The PK has no target for this indicator.' : 'PK tidak memuat target untuk indikator ini.' };
  }
  if (t.kind === 'error') {
    return { formula: null, value: null, note: en ? `The PK target '${t.raw}' cannot be read.` : `Target PK '${t.raw}' tidak dapat dibaca.` };
  }
  if (t.kind === 'range' || t.value === null) {
    return {
      formula: null,
      value: t.raw,
      note: en ? 'Range target: capaian is computed by Hitung Capaian.' : 'Target berupa rentang: capaian dihitung oleh Hitung Capaian.',
    };
  }
  const pctFmt = Number.isInteger(t.value) ? '0%' : '0.00%';
  if (t.numericCell && ref) {
    if (t.fraction) return { formula: `=${ref}`, value: t.value / 100, numberFormat: pctFmt, note: null };
    return { formula: `=${ref}`, value: t.value, note: null };
  }
  const copied = en ? `Target copied as a value from ${ref ?? 'the PK'} ('${t.raw}').` : `Target disalin sebagai nilai dari ${ref ?? 'PK'} ('${t.raw}').`;
  if (t.kind === 'percent') return { formula: null, value: t.value / 100, numberFormat: pctFmt, note: copied };
  if (t.kind === 'count') return { formula: null, value: t.value, numberFormat: unitFormat(t.unit), note: copied };
  return { formula: null, value: t.value, note: copied };
}

export function planPengukuran(analysis: Analysis, pkTableId: string, opts: PengukuranOptions = {}): SheetSpec {
  const lang = opts.lang === 'en' ? 'en' : 'id';
  const pk = analysis.tables.find((t) => t.id === pkTableId);
  if (!pk) throw new Error(`Tabel PK tidak ditemukan: ${pkTableId}`);
  const year = opts.year !== undefined ? opts.year : pk.year ?? analysis.year;
  const name = pengukuranSheetName(analysis, year);
  const skala = skalaDari(analysis.settings);
  const s = analysis.settings;
  const cells: CellWrite[] = [];
  const put = (cell: string, value: string | number | null, extra: Partial<CellWrite> = {}) =>
    cells.push(valueWrite({ sheet: name, cell, purpose: 'sheet', value, ...extra }));
  PENGUKURAN_HEADERS.forEach((h, j) => put(a1(1, j + 1), h, { bold: true }));
  pk.items.forEach((it, i) => {
    const r = i + 2;
    const D = `D${r}`;
    const E = `E${r}`;
    const F = `F${r}`;
    put(`A${r}`, i + 1);
    // long names wrap in their wide columns (read on screen and printed, as the other written sheets)
    put(`B${r}`, it.sasaran || null, { wrap: true });
    put(`C${r}`, it.indikator, { wrap: true });
    const t = targetCell(it, pk, lang);
    if (t.formula) cells.push({ sheet: name, cell: D, purpose: 'sheet', formula: t.formula, value: t.value, ...(t.numberFormat ? { numberFormat: t.numberFormat } : {}) });
    else put(D, t.value, t.numberFormat ? { numberFormat: t.numberFormat } : {});
    // Realisasi: empty, in the target's format.
    put(E, null, t.numberFormat ? { numberFormat: t.numberFormat } : {});
    const ranged = it.polaritas === 'rentang' || it.target?.kind === 'range';
    if (!ranged && t.value !== null && typeof t.value === 'number') {
      let expr: string;
      if (it.polaritas === 'negatif') {
        expr = s.rumusNegatif === 't/r' ? `IF(AND(ISNUMBER(${E}),${E}<>0),${D}/${E},"")` : `IF(ISNUMBER(${E}),IF(${D}=0,IF(${E}=0,1,0),MAX(0,(2*${D}-${E})/${D})),"")`;
      } else {
        expr = `IF(ISNUMBER(${E}),${E}/${D},"")`;
      }
      if (s.batasAtas !== null) expr = `IF(ISNUMBER(${E}),MIN(${expr},${String(s.batasAtas / 100)}),"")`;
      cells.push({ sheet: name, cell: F, purpose: 'sheet', formula: `=${expr}`, value: '', numberFormat: '0.00%' });
      let k = rumusKlasifikasi(F, skala, true);
      if (!k.startsWith('=')) k = '=' + k;
      cells.push({ sheet: name, cell: `G${r}`, purpose: 'sheet', formula: k, value: TIDAK_DAPAT_DIUKUR });
    } else {
      put(F, null, { numberFormat: '0.00%' });
      put(`G${r}`, null);
    }
    put(`H${r}`, t.note, { wrap: true });
  });
  const last = Math.max(2, pk.items.length + 1);
  return {
    name,
    purpose: 'pengukuran',
    cells,
    columnWidths: { A: 5, B: 40, C: 50, D: 12, E: 12, F: 12, G: 18, H: 40 },
    table: { range: `A1:H${last}`, name: `Pengukuran_${year ?? 'PK'}`, style: 'TableStyleLight9' },
    charts: [],
    freezeRows: 1,
    print: printSetup(1),
  };
}
