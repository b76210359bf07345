/**
 * The one dictionary of every text a user sees, Indonesian first, English when Office's display
 * language is English. Each section lives in its own file and types its English half as its
 * Indonesian half (`const en: typeof id`), so a missing English text fails `tsc`:
 * - ui: the task pane and the playground (ui.ts)
 * - excel: outcomes and refusals of the Excel host and the ribbon (excel.ts)
 * - temuan: the findings' messages (temuan.ts)
 * - zod: validation messages through a zod error map, and settings warnings (zod.ts)
 * - cli: the command line's output (cli.ts)
 * - kesalahan: errors of Office mapped to plain words in the pane (kesalahan.ts)
 * - galat: what the Excel host says when Excel refuses something (excel-galat.ts)
 * - remarks: the recogniser's remarks, rendered from codes (remarks.ts)
 * - plan: what the write plan puts into the workbook: comments, headers, legend, Temuan sheet (plan.ts)
 * - berkas: why a workbook file cannot be used, per error code (berkas.ts)
 * - luring: the offline page's own texts (luring.ts)
 * - renstra: the Renstra comparison's notes, rendered from codes, and its sheet's labels (renstra.ts)
 */
import type { Lang } from './lang';
import { UI, type UiStrings } from './ui';
import { EXCEL, type ExcelMessages } from './excel';
import { TEMUAN, type TemuanMessages } from './temuan';
import { ZOD, type ZodMessages } from './zod';
import { CLI, type CliMessages } from './cli';
import { KESALAHAN, type KesalahanMessages } from './kesalahan';
import { excelTexts, type ExcelTexts } from './excel-galat';
import { REMARKS, type RemarkTexts } from './remarks';
import { PLAN, type PlanMessages } from './plan';
import { BERKAS, type BerkasMessages } from './berkas';
import { RENSTRA, type RenstraTexts } from './renstra';
import { TEKS as LURING, type TeksLuring } from './luring';

export type { Lang } from './lang';
export { langFromDisplay, jumlah } from './lang';

export interface Kamus {
  ui: UiStrings;
  excel: ExcelMessages;
  temuan: TemuanMessages;
  zod: ZodMessages;
  cli: CliMessages;
  kesalahan: KesalahanMessages;
  galat: ExcelTexts;
  remarks: RemarkTexts;
  plan: PlanMessages;
  berkas: BerkasMessages;
  renstra: RenstraTexts;
  luring: TeksLuring;
}

function section(lang: Lang): Kamus {
  return { ui: UI[lang], excel: EXCEL[lang], temuan: TEMUAN[lang], zod: ZOD[lang], cli: CLI[lang], kesalahan: KESALAHAN[lang], galat: excelTexts(lang), remarks: REMARKS[lang], plan: PLAN[lang], berkas: BERKAS[lang], renstra: RENSTRA[lang], luring: LURING[lang] };
}

export const KAMUS: Record<Lang, Kamus> = { id: section('id'), en: section('en') };

/** The dictionary of a language (Indonesian for anything that is not English). */
export function kamus(lang: Lang): Kamus {
  return KAMUS[lang] ?? KAMUS.id;
}
