/**
 * Settings stored in the workbook, twice: as an Office document setting (SETTINGS_KEY) and as JSON
 * text in column A (A1, continued in A2... only when longer than a cell holds) of the veryHidden
 * sheet SETTINGS_SHEET, which survives every save and which the command line reads from the
 * .xlsx. Always validated with readSettings: a damaged setting is reported and ignored.
 */
import type { Settings } from '../core/settings';
import { readSettings, settingsSchema } from '../core/settings';
import type { Op } from './apply';
import { textChunkOps, ws } from './apply';
import { SETTINGS_KEY, SETTINGS_SHEET } from './read';

export interface StoredSettings {
  settings: Settings;
  warnings: string[];
}

/** The sheet copy wins (it is what the CLI sees); the Office setting is the fallback. */
export function settingsFrom(sheetText: string | null, office: unknown): StoredSettings {
  if (sheetText && sheetText.trim()) return readSettings(sheetText);
  if (office !== null && office !== undefined && office !== '') return readSettings(office);
  return readSettings(null);
}

export async function loadSettings(context: Excel.RequestContext): Promise<StoredSettings> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values');
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load('value');
  await context.sync();
  const text = sheet.isNullObject || used.isNullObject ? null : used.values.map((r) => String(r[0] ?? '')).join('');
  return settingsFrom(text, setting.isNullObject ? null : setting.value);
}

export function settingsOps(settings: Settings, sheetExists: boolean, budget: number): Op[] {
  const valid = settingsSchema.parse(settings);
  const json = JSON.stringify(valid);
  return [
    {
      bytes: 300 + json.length,
      label: 'settings',
      run: (ctx) => {
        ctx.workbook.settings.add(SETTINGS_KEY, json);
        if (sheetExists) ws(ctx, SETTINGS_SHEET).getRange().clear('All' as Excel.ClearApplyTo);
        else ctx.workbook.worksheets.add(SETTINGS_SHEET);
      },
    },
    ...textChunkOps(SETTINGS_SHEET, json, budget),
    {
      bytes: 200,
      label: 'settings hidden',
      run: (ctx) => {
        ws(ctx, SETTINGS_SHEET).visibility = 'VeryHidden' as Excel.SheetVisibility;
      },
    },
  ];
}
