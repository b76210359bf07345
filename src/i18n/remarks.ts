/**
 * Remarks of the recogniser (what it read in an unusual way, or why a sheet holds no PK table):
 * codes with parameters, rendered here in Indonesian first and in English. The core keeps the
 * code and its parameters (`RecognizedTable.remarkCodes`, `SkippedSheet.code`); the texts live
 * only in this file, and a code without its English text fails `tsc` (`Texts` maps every code).
 */
/** The display languages (as in ./temuan.ts; declared here so core/types -> remarks imports no core module back). */
type Lang = 'id' | 'en';

/** The parameters each remark's text needs (rows are sheet rows, columns A1 letters). */
export interface RemarkParams {
  'kolom-realisasi-anggaran': { kolom: string; judul: string };
  'kolom-serapan-anggaran': { kolom: string; judul: string };
  'kolom-teks-melebar': { judul: string; kolom: string };
  'judul-diulang': { baris: number };
  'lanjutan-nama': { baris: number; indikator: number };
  'lanjutan-nama-teks': { teks: string; baris: number; indikator: number };
  'nama-digabung': { baris: number; baris2: number };
  'baris-tergeser-sasaran': { baris: number; nomor: string };
  'baris-tergeser': { baris: number; geser: number };
  'nilai-tanpa-nama': { baris: number };
  'baris-anggaran': { baris: number; nama: string };
  'target-pindah-halaman': { indikator: number; baris: number };
  'kolom-uraian-triwulan': { judul: string; kolom: string; peran: string };
  'tahun-dari-tabel-atas': { tahun: number; baris: number };
  'pemetaan-diterapkan': { kolom: string };
  'pemetaan-tanpa-indikator': Record<string, never>;
  'pemetaan-tanpa-tabel': Record<string, never>;
  'pemetaan-di-luar-lembar': { baris: number };
  'pemetaan-tanpa-baris': { baris: number };
  'lembar-add-in': Record<string, never>;
  'lembar-kosong': Record<string, never>;
  'judul-tanpa-baris': { baris: number };
  'indikator-tanpa-target': { baris: number };
  'target-tanpa-indikator': Record<string, never>;
  'tanpa-tabel': Record<string, never>;
  'galat-program': { lembar: string; pesan: string };
}

export type RemarkCode = keyof RemarkParams;

/** One remark: its code and the parameters its text needs. */
export type Remark = { [C in RemarkCode]: { code: C; params: RemarkParams[C] } }[RemarkCode];

export type RemarkTexts = { [C in RemarkCode]: (p: RemarkParams[C]) => string };
type Texts = RemarkTexts;

const signed = (n: number): string => `${n > 0 ? '+' : ''}${n}`;

const id: Texts = {
  'kolom-realisasi-anggaran': (p) => `Kolom ${p.kolom} (${p.judul}) sesudah PAGU dianggap realisasi anggaran, bukan realisasi kinerja.`,
  'kolom-serapan-anggaran': (p) => `Kolom ${p.kolom} (${p.judul}) sesudah realisasi anggaran dianggap serapan anggaran, bukan capaian kinerja.`,
  'kolom-teks-melebar': (p) => `Judul kolom ${p.judul} mencakup beberapa kolom; isinya dibaca dari kolom ${p.kolom}.`,
  'judul-diulang': (p) => `Judul tabel diulang di baris ${p.baris} (pindah halaman); dibaca sebagai lanjutan tabel.`,
  'lanjutan-nama': (p) => `Baris ${p.baris} dibaca sebagai lanjutan nama indikator baris ${p.indikator}.`,
  'lanjutan-nama-teks': (p) => `Teks "${p.teks}" di baris ${p.baris} dibaca sebagai lanjutan nama indikator baris ${p.indikator}.`,
  'nama-digabung': (p) => `Nama indikator baris ${p.baris} dan ${p.baris2} digabung (terpotong di dua baris).`,
  'baris-tergeser-sasaran': (p) => `Baris ${p.baris} tergeser; dibaca sebagai sasaran nomor ${p.nomor}.`,
  'baris-tergeser': (p) => `Baris ${p.baris} tergeser ${signed(p.geser)} kolom; nilai dibaca mengikuti letak nama indikator.`,
  'nilai-tanpa-nama': (p) => `Baris ${p.baris} berisi nilai tanpa nama indikator; dilewati.`,
  'baris-anggaran': (p) => `Baris ${p.baris} (${p.nama}) berisi anggaran (Rupiah), bukan indikator kinerja; dilewati.`,
  'target-pindah-halaman': (p) => `Target indikator baris ${p.indikator} dibaca dari baris ${p.baris} (terpotong pindah halaman).`,
  'kolom-uraian-triwulan': (p) => `Kolom ${p.judul} (${p.kolom}) pada Rencana Aksi berisi uraian per triwulan; tidak dibaca sebagai ${p.peran}.`,
  'tahun-dari-tabel-atas': (p) => `Tahun ${p.tahun} diambil dari tabel di atasnya (baris ${p.baris}).`,
  'pemetaan-diterapkan': (p) => `Pemetaan kolom dari pengaturan diterapkan (${p.kolom}).`,
  'pemetaan-tanpa-indikator': () => 'Pemetaan kolom untuk lembar ini tidak menyebut kolom Indikator; tabel tidak dapat dibaca.',
  'pemetaan-tanpa-tabel': () => 'Pemetaan kolom tanpa baris judul tidak dapat diterapkan karena tidak ada tabel yang dikenali.',
  'pemetaan-di-luar-lembar': (p) => `Pemetaan kolom menyebut baris judul ${p.baris} di luar isi lembar.`,
  'pemetaan-tanpa-baris': (p) => `Pemetaan kolom diterapkan pada baris ${p.baris}, tetapi tidak ada baris indikator di bawahnya.`,
  'lembar-add-in': () => 'Lembar tersembunyi (veryHidden) milik add-in; tidak dibaca.',
  'lembar-kosong': () => 'Lembar kosong; tidak ada tabel PK.',
  'judul-tanpa-baris': (p) => `Judul tabel PK di baris ${p.baris} ditemukan, tetapi tidak ada baris indikator di bawahnya.`,
  'indikator-tanpa-target': (p) => `Tidak ditemukan tabel PK: ada kolom Indikator (baris ${p.baris}) tetapi tidak ada kolom Target.`,
  'target-tanpa-indikator': () => 'Tidak ditemukan tabel PK: ada kolom Target tetapi tidak ada kolom Indikator.',
  'tanpa-tabel': () => 'Tidak ditemukan tabel PK: tidak ada kolom Indikator dan Target.',
  'galat-program': (p) =>
    `Galat program saat membaca lembar ${p.lembar} (${p.pesan}). Lembar lain tetap diperiksa; mohon laporkan galat ini beserta berkasnya.`,
};

const en: Texts = {
  'kolom-realisasi-anggaran': (p) => `Column ${p.kolom} (${p.judul}) after PAGU is taken as budget realisation, not performance realisation.`,
  'kolom-serapan-anggaran': (p) => `Column ${p.kolom} (${p.judul}) after budget realisation is taken as budget absorption, not performance achievement.`,
  'kolom-teks-melebar': (p) => `The column title ${p.judul} spans several columns; its content is read from column ${p.kolom}.`,
  'judul-diulang': (p) => `The table header is repeated at row ${p.baris} (page break); read as the same table.`,
  'lanjutan-nama': (p) => `Row ${p.baris} is read as the rest of the indicator name of row ${p.indikator}.`,
  'lanjutan-nama-teks': (p) => `The text "${p.teks}" at row ${p.baris} is read as the rest of the indicator name of row ${p.indikator}.`,
  'nama-digabung': (p) => `The indicator names of rows ${p.baris} and ${p.baris2} are joined (split over two rows).`,
  'baris-tergeser-sasaran': (p) => `Row ${p.baris} is shifted; read as sasaran number ${p.nomor}.`,
  'baris-tergeser': (p) => `Row ${p.baris} is shifted ${signed(p.geser)} column(s); its values are read where the indicator name is.`,
  'nilai-tanpa-nama': (p) => `Row ${p.baris} holds values without an indicator name; skipped.`,
  'baris-anggaran': (p) => `Row ${p.baris} (${p.nama}) holds a budget (Rupiah), not a performance indicator; skipped.`,
  'target-pindah-halaman': (p) => `The target of the indicator at row ${p.indikator} is read from row ${p.baris} (cut by a page break).`,
  'kolom-uraian-triwulan': (p) => `Column ${p.judul} (${p.kolom}) of the Rencana Aksi holds quarterly descriptions; not read as ${p.peran}.`,
  'tahun-dari-tabel-atas': (p) => `Year ${p.tahun} taken from the table above (row ${p.baris}).`,
  'pemetaan-diterapkan': (p) => `The column mapping from the settings is applied (${p.kolom}).`,
  'pemetaan-tanpa-indikator': () => 'The column mapping for this sheet names no Indikator column; the table cannot be read.',
  'pemetaan-tanpa-tabel': () => 'A column mapping without a header row cannot be applied because no table was recognised.',
  'pemetaan-di-luar-lembar': (p) => `The column mapping names header row ${p.baris}, outside the sheet's content.`,
  'pemetaan-tanpa-baris': (p) => `The column mapping is applied at row ${p.baris}, but there are no indicator rows under it.`,
  'lembar-add-in': () => "The add-in's own veryHidden sheet; not read.",
  'lembar-kosong': () => 'Empty sheet; no PK table.',
  'judul-tanpa-baris': (p) => `A PK table header was found at row ${p.baris}, but there are no indicator rows under it.`,
  'indikator-tanpa-target': (p) => `No PK table found: there is an Indikator column (row ${p.baris}) but no Target column.`,
  'target-tanpa-indikator': () => 'No PK table found: there is a Target column but no Indikator column.',
  'tanpa-tabel': () => 'No PK table found: no Indikator and Target columns.',
  'galat-program': (p) =>
    `Program error while reading sheet ${p.lembar} (${p.pesan}). The other sheets are still reviewed; please report this error with the file.`,
};

export const REMARKS: Record<Lang, Texts> = { id, en };

/** A remark with its parameters. */
export function remark<C extends RemarkCode>(code: C, params: RemarkParams[C]): Remark {
  return { code, params } as Remark;
}

/** The text of a remark in a language (Indonesian by default). */
export function remarkText(r: Remark, lang: Lang = 'id'): string {
  const text = REMARKS[lang][r.code] as (p: RemarkParams[RemarkCode]) => string;
  return text(r.params);
}
