/**
 * Excel's refusals as the user reads them. Every error that leaves the Excel host is a UserMessage
 * in the user's language: the codes a person can cause (docs/testing/application-specific-api-
 * error-handling.md in OfficeDev/office-js-docs-pr) get their own text; any other error gets a
 * general one with its code. The raw RichApi.Error text is never shown.
 */
import type { ExcelTexts } from '../i18n/excel-galat';
import { UserMessage } from './session';

export function errorCode(err: unknown): string | null {
  const e = err as { code?: unknown; debugInfo?: { code?: unknown } } | null;
  const code = e?.code ?? e?.debugInfo?.code;
  return typeof code === 'string' && code ? code : null;
}

/** The text for a refusal, or null when the code is not one a person causes. */
export function refusalText(t: ExcelTexts, err: unknown): string | null {
  switch (errorCode(err)) {
    case 'InvalidOperationInCellEditMode':
      return t.editMode;
    case 'InactiveWorkbook':
      return t.inactive;
    case 'ItemNotFound':
      return t.sheetGone;
    case 'AccessDenied':
      return t.accessDenied;
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return t.tooLarge;
    case 'MergedRangeConflict':
    case 'FilteredRangeConflict':
      return t.conflict;
    default:
      return null;
  }
}

/** True for refusals that stop the whole run (no point in trying a smaller read or a fallback). */
export function stopsRun(err: unknown): boolean {
  const code = errorCode(err);
  return code === 'InvalidOperationInCellEditMode' || code === 'InactiveWorkbook' || code === 'ItemNotFound' || code === 'AccessDenied';
}

/** Any error as a UserMessage (a UserMessage passes through). */
export function toUserMessage(t: ExcelTexts, err: unknown): UserMessage {
  if (err instanceof UserMessage) return err;
  const known = refusalText(t, err);
  if (known) return new UserMessage(known);
  const code = errorCode(err);
  return new UserMessage(code ? t.refused(code) : t.unexpected);
}

/** Runs a flow; whatever it throws reaches the user as a UserMessage. */
export async function guarded<T>(t: ExcelTexts, flow: () => Promise<T>): Promise<T> {
  try {
    return await flow();
  } catch (err) {
    throw toUserMessage(t, err);
  }
}
