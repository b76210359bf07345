/**
 * One `<c>` element from a planned write (ECMA-376 Part 1 §18.3.1.4): a formula carries its
 * computed result in `<v>` (`t="str"` for text, `t="b"` for a boolean), so every reader shows the
 * value before any recalculation; text without a formula is an inline string (`t="inlineStr"`),
 * so the shared-string table is never rewritten.
 */
import type { CellWrite } from '../core/types';
import { attr, escapeXml } from './package';
import type { DeriveOptions, StyleBook } from './styles';

export interface CellStyleInput {
  styles: StyleBook;
  /** The xf index of another cell on the same sheet (for styleFrom). */
  styleOf: (ref: string) => number;
}

function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

function valueXml(w: Pick<CellWrite, 'formula' | 'value'>): { t: string; body: string } {
  const v = w.value;
  if (w.formula) {
    const f = `<f>${escapeXml(w.formula.replace(/^=/, ''))}</f>`;
    if (typeof v === 'number' && numberText(v) !== null) return { t: '', body: `${f}<v>${numberText(v)}</v>` };
    if (typeof v === 'boolean') return { t: ' t="b"', body: `${f}<v>${v ? 1 : 0}</v>` };
    return { t: ' t="str"', body: `${f}<v>${escapeXml(v === null || v === undefined || typeof v === 'number' ? '' : String(v))}</v>` };
  }
  if (typeof v === 'number') {
    const n = numberText(v);
    return n === null ? { t: '', body: '' } : { t: '', body: `<v>${n}</v>` };
  }
  if (typeof v === 'boolean') return { t: ' t="b"', body: `<v>${v ? 1 : 0}</v>` };
  if (typeof v === 'string' && v !== '') return { t: ' t="inlineStr"', body: `<is><t xml:space="preserve">${escapeXml(v)}</t></is>` };
  return { t: '', body: '' };
}

/** The new element of a cell, keeping its current format unless the write changes it. */
export function cellXml(ref: string, w: CellWrite, current: string | null, s: CellStyleInput, prefix = ''): string {
  const head = current ? current.slice(0, current.indexOf('>') + 1) : '';
  let style = Number(attr(head, 's') ?? 0);
  if (w.numberFormat !== undefined || w.bold || w.styleFrom || w.fill || w.wrap) {
    const o: DeriveOptions = {};
    if (w.numberFormat !== undefined) o.numberFormat = w.numberFormat;
    if (w.bold) o.bold = true;
    if (w.styleFrom) o.from = s.styleOf(w.styleFrom);
    if (w.fill) o.fill = w.fill;
    if (w.wrap) o.wrap = true;
    style = s.styles.derive(style, o);
  }
  const { t, body } = valueXml(w);
  const sAttr = style ? ` s="${style}"` : '';
  const c = `${prefix}c`;
  if (!body) return `<${c} r="${ref}"${sAttr}/>`;
  return `<${c} r="${ref}"${sAttr}${t}>${prefix ? body.replace(/<(\/?)(f|v|is|t)\b/g, `<$1${prefix}$2`) : body}</${c}>`;
}
