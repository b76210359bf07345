/**
 * Header vocabulary of PK / LKjIP tables (docs/aturan.md "Layouts"): which column role a header cell
 * names, tolerant of case, extra spaces, line breaks, `(%)` suffixes and words broken by PDF
 * extraction (`Targ et`, `Realisa si`, `N O`).
 */
import type { Role } from './types';

export type HeaderClass =
  | { kind: 'role'; role: Role; percent: boolean; year: number | null; budgetHint: boolean }
  | { kind: 'budget'; what: 'pagu' | 'realisasi' | 'serapan' | 'other'; percent: boolean }
  | { kind: 'year'; year: number }
  | { kind: 'tw'; label: TwLabel }
  | { kind: 'ra'; what: string }
  | { kind: 'colnum'; n: number };

export type TwLabel = 'TW I' | 'TW II' | 'TW III' | 'TW IV';

/** Lower case, line breaks and runs of spaces collapsed, trimmed, trailing ':' removed. */
export function normHeader(text: string): string {
  return text
    .replace(/[\r\n\t\u00a0]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s*:$/, '')
    .trim();
}

const PCT_SUFFIX = /\s*\(\s*%\s*\)\s*$/;
const RP = /\(\s*rp\.?\s*\)|\brp\b\.?/;

/** Single words the PDF sometimes breaks with one inner space ("targ et"). */
const WORDS: Record<string, Role> = {
  no: 'no',
  nomor: 'no',
  target: 'target',
  realisasi: 'realisasi',
  capaian: 'capaian',
  indikator: 'indikator',
  sasaran: 'sasaran',
  satuan: 'satuan',
  kinerja: 'capaian',
  keterangan: 'keterangan',
  klasifikasi: 'klasifikasi',
  kategori: 'klasifikasi',
  predikat: 'klasifikasi',
  polaritas: 'polaritas',
};

const TW_RE = /^(?:tw|triwulan|tri wulan)\s*\.?\s*(iv|iii|ii|i|1|2|3|4)$/;
const TW_MAP: Record<string, TwLabel> = {
  i: 'TW I',
  '1': 'TW I',
  ii: 'TW II',
  '2': 'TW II',
  iii: 'TW III',
  '3': 'TW III',
  iv: 'TW IV',
  '4': 'TW IV',
};

/** `TW I`, `TW.II`, `Triwulan III`, `TW 4` -> label, else null. */
export function twLabel(text: string): TwLabel | null {
  if (text.length > 16) return null;
  const m = TW_RE.exec(normHeader(text));
  return m ? TW_MAP[m[1]] : null;
}

function yearOf(s: string): number | null {
  const m = /(?<!\d)(20\d\d|2100)(?!\d)/.exec(s);
  return m ? Number(m[1]) : null;
}

/**
 * Classifies one header cell's text, or null when it names nothing we know.
 * Texts longer than 80 characters are never headers.
 */
export function classifyHeader(raw: string): HeaderClass | null {
  if (!raw || raw.length > 80) return null;
  let s = normHeader(raw);
  if (!s) return null;
  const tw = twLabel(s);
  if (tw) return { kind: 'tw', label: tw };
  // Column-number row cells: (1) (2) 1 2
  const cn = /^\(\s*(\d{1,2})\s*\)$/.exec(s);
  if (cn) return { kind: 'colnum', n: Number(cn[1]) };
  if (/^(19|20)\d\d$/.test(s) || /^tahun (19|20)\d\d$/.test(s)) return { kind: 'year', year: Number(/\d{4}/.exec(s)![0]) };

  let percent = false;
  if (PCT_SUFFIX.test(s)) {
    percent = true;
    s = s.replace(PCT_SUFFIX, '').trim();
  } else if (/\s%$/.test(s)) {
    percent = true;
    s = s.replace(/\s*%$/, '').trim();
  }
  const rp = RP.test(s);

  // Budget vocabulary first: PAGU, ANGGARAN, SERAPAN, RENCANA PENARIKAN DANA, EFISIENSI ...
  if (/^pagu\b/.test(s)) return { kind: 'budget', what: 'pagu', percent };
  if (/^serapan\b/.test(s)) return { kind: 'budget', what: 'serapan', percent: true };
  if (/^rencana penarikan dana/.test(s)) return { kind: 'ra', what: 'rencana penarikan dana' };
  if (/^realisasi\b.*\b(anggaran|dana|keuangan)\b/.test(s) || (/^realisasi\b/.test(s) && rp))
    return { kind: 'budget', what: 'realisasi', percent };
  if (/\banggaran\b|\befisiensi\b/.test(s) || (rp && !/^(target|capaian|indikator|sasaran)/.test(s)))
    return { kind: 'budget', what: 'other', percent };

  // Rencana Aksi vocabulary.
  if (/^rumus( perhitungan)?$/.test(s)) return { kind: 'ra', what: 'rumus perhitungan' };
  if (/^rencana (kegiatan|aksi)$/.test(s)) return { kind: 'ra', what: s };
  if (/^kegiatan$/.test(s)) return { kind: 'ra', what: 'kegiatan' };
  if (/^data dukung$/.test(s)) return { kind: 'ra', what: 'data dukung' };
  if (/^status pelaksanaan$/.test(s)) return { kind: 'ra', what: 'status pelaksanaan' };

  const role = (r: Role, extra: Partial<{ year: number | null; budgetHint: boolean }> = {}): HeaderClass => ({
    kind: 'role',
    role: r,
    percent,
    year: extra.year ?? null,
    budgetHint: extra.budgetHint ?? false,
  });

  if (s === '%') return { kind: 'role', role: 'capaian', percent: true, year: null, budgetHint: false };
  if (/^(no|no\.|nomor|nomer|nmr)$/.test(s)) return role('no');
  if (/^(sasaran\b.*\/\s*)?indikator\b/.test(s) || /^(iku|ikk|ikp|iks)$/.test(s)) return role('indikator');
  // `Nama Indikator`, `Uraian Indikator`, `Sasaran dan Indikator` (not `Jumlah Indikator`, `Target Indikator`)
  if (/\bindikator\b/.test(s) && !/^(target|realisasi|capaian|satuan|jumlah|banyaknya|kode|no\b|persentase)/.test(s)) return role('indikator');
  if (/^sasaran\b/.test(s) || /^tujuan( strategis)?$/.test(s)) return role('sasaran');
  if (/^target\b/.test(s)) return role('target', { year: yearOf(s) });
  if (/^(realisasi|ralisasi|realiasi)\b/.test(s)) return role('realisasi', { year: yearOf(s) });
  if (/^(klasifikasi|kategori|predikat|kriteria|status capaian)\b/.test(s)) return role('klasifikasi');
  if (/^(%\s*capaian|capaian|persentase capaian|kinerja)\b/.test(s)) return role('capaian', { year: yearOf(s) });
  if (/^satuan$/.test(s)) return role('satuan');
  if (/^(polaritas|polarisasi)\b/.test(s)) return role('polaritas');
  if (/^(keterangan|ket\.?|catatan|penjelasan)$/.test(s)) return role('keterangan');

  // A word broken by one inner space: "targ et", "realisa si", "capaia n", "n o".
  const parts = s.split(' ');
  if (parts.length === 2) {
    const w = WORDS[parts[0] + parts[1]];
    if (w) return role(w);
  }
  return null;
}

/** True when a text reads as a column-number cell: `(1)` or `1`. */
export function columnNumber(text: string): number | null {
  const t = text.trim();
  const m = /^\(?\s*(\d{1,2})\s*\)?$/.exec(t);
  return m ? Number(m[1]) : null;
}
