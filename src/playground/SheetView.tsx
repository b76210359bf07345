/**
 * The playground's picture of the in-memory workbook: sheet tabs, a grid with displayed text,
 * comment markers, the selected cell highlighted, cells editable by double-click.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { a1, colLetter, type Grid } from '../core/grid';
import type { WorkbookDump } from '../testing/excel/api';
import type { UiStrings } from '../i18n/ui';

/** What the view needs of the in-memory Excel (a subset of src/testing/excel's FakeExcel). */
export interface ViewableWorkbook {
  snapshot(): { sheets: Grid[]; activeSheet?: string };
  dump(): WorkbookDump;
  activeSheet(): string;
  activate(sheet: string): void;
  selection(): { sheet: string; address: string };
  setCellValue(sheet: string, a1: string, v: string | number | boolean | null): void;
  setCellFormat?(sheet: string, a1: string, numberFormat: string): void;
  cell(sheet: string, a1: string): { value: unknown; text: string; formula: string | null; format: string };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, height: '100%', backgroundColor: '#fff' },
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px',
    padding: '4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  tab: {
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: '2px 8px',
    cursor: 'pointer',
    borderRadius: '4px 4px 0 0',
  },
  tabActive: { backgroundColor: '#e6f2e6', borderBottomColor: '#107c41', fontWeight: tokens.fontWeightSemibold, color: '#0b5a2e' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, padding: '2px 6px' },
  scroller: { overflow: 'auto', flexGrow: 1 },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: 'Calibri, Arial, sans-serif', tableLayout: 'fixed' },
  th: {
    position: 'sticky',
    top: 0,
    backgroundColor: '#f3f3f3',
    border: '1px solid #d4d4d4',
    fontWeight: 'normal',
    color: '#555',
    padding: '1px 4px',
    zIndex: 1,
  },
  rh: { position: 'sticky', left: 0, backgroundColor: '#f3f3f3', border: '1px solid #d4d4d4', color: '#555', textAlign: 'right', padding: '1px 4px', zIndex: 1 },
  td: {
    border: '1px solid #e1e1e1',
    padding: '1px 4px',
    maxWidth: '220px',
    minWidth: '48px',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    position: 'relative',
    cursor: 'cell',
  },
  num: { textAlign: 'right' },
  formula: { backgroundColor: '#f7fbff' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px', backgroundColor: '#e6f2e6' },
  marker: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: '7px solid #c50f1f',
    borderLeft: '7px solid transparent',
  },
  editor: { width: '100%', boxSizing: 'border-box', font: 'inherit' },
});

export function SheetView({ wb, t, version, onEdited }: { wb: ViewableWorkbook; t: UiStrings; version: number; onEdited: () => void }) {
  const st = useStyles();
  const [editing, setEditing] = React.useState<{ cell: string; text: string } | null>(null);
  const snap = React.useMemo(() => wb.snapshot(), [wb, version]);
  const dump = React.useMemo(() => wb.dump(), [wb, version]);
  const active = wb.activeSheet();
  const sel = wb.selection();
  const g = snap.sheets.find((s) => s.sheet === active) ?? snap.sheets[0];
  const visible = snap.sheets.filter((s) => !s.visibility || s.visibility === 'visible');

  const comments = new Map<string, string>();
  if (g) {
    const ds = dump.sheets.find((s) => s.name === g.sheet);
    for (const [cell, n] of Object.entries(ds?.notes ?? {})) comments.set(cell, n.content);
    for (const c of dump.comments) if (c.sheet === g.sheet) comments.set(c.cell, [c.content, ...c.replies.map((r) => r.content)].join('\n'));
  }

  // Merged areas: the top-left cell spans the area, the others are not drawn.
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of g?.merges ?? []) {
    spans.set(a1(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(a1(r, c));
  }

  const rows = g ? g.top + g.values.length - 1 : 0;
  let cols = 0;
  if (g) for (const r of g.values) cols = Math.max(cols, g.left + r.length - 1);
  cols = Math.max(cols, 8);

  const commit = () => {
    if (!editing || !g) return;
    const raw = editing.text.trim();
    const num = /^-?\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : null;
    const pct = /^-?\d+([.,]\d+)?\s*%$/.test(raw) ? Number(raw.replace('%', '').trim().replace(',', '.')) / 100 : null;
    if (pct !== null) {
      // As in Excel: typing 100% stores 1 with a percent format.
      const fmt = wb.cell(g.sheet, editing.cell).format;
      if (!fmt.includes('%') && wb.setCellFormat) wb.setCellFormat(g.sheet, editing.cell, '0%');
      wb.setCellValue(g.sheet, editing.cell, pct);
    } else {
      wb.setCellValue(g.sheet, editing.cell, raw === '' ? null : num ?? editing.text);
    }
    setEditing(null);
    onEdited();
  };

  return (
    <div className={st.root}>
      <div className={st.tabs} role="toolbar" aria-label={t.pgSheetTabs}>
        {visible.map((s) => (
          <button
            key={s.sheet}
            type="button"
            className={`${st.tab} ${s.sheet === active ? st.tabActive : ''}`}
            aria-pressed={s.sheet === active}
            data-testid="sheet-tab"
            onClick={() => {
              wb.activate(s.sheet);
              onEdited();
            }}
          >
            {s.sheet}
          </button>
        ))}
      </div>
      <div className={st.hint}>{t.pgEditHint}</div>
      <div className={st.scroller}>
        {g && (
          <table className={st.table} aria-label={t.pgGrid(g.sheet)} data-testid="grid" data-sheet={g.sheet}>
            <thead>
              <tr>
                <th className={st.th} />
                {Array.from({ length: cols }, (_, j) => (
                  <th key={j} className={st.th} scope="col">
                    {colLetter(j + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, i) => {
                const row = i + 1;
                return (
                  <tr key={row}>
                    <th className={st.rh} scope="row">
                      {row}
                    </th>
                    {Array.from({ length: cols }, (_, j) => {
                      const col = j + 1;
                      const addr = a1(row, col);
                      if (covered.has(addr)) return null;
                      const span = spans.get(addr);
                      const gi = row - g.top;
                      const gj = col - g.left;
                      const v = g.values[gi]?.[gj] ?? null;
                      const text = g.text[gi]?.[gj] ?? (v === null ? '' : String(v));
                      const formula = g.formulas[gi]?.[gj] ?? null;
                      const note = comments.get(addr);
                      const isSel = sel.sheet === g.sheet && selContains(sel.address, addr);
                      const cls = [st.td, typeof v === 'number' ? st.num : '', formula ? st.formula : '', isSel ? st.selected : '']
                        .filter(Boolean)
                        .join(' ');
                      return (
                        <td
                          key={col}
                          className={cls}
                          rowSpan={span?.rowSpan}
                          colSpan={span?.colSpan}
                          data-cell={addr}
                          data-selected={isSel ? 'true' : undefined}
                          data-comment={note ? 'true' : undefined}
                          title={note ? `${t.pgComment} ${addr}:\n${note}` : formula ?? undefined}
                          onDoubleClick={() => setEditing({ cell: addr, text: formula ?? (v === null ? '' : String(v)) })}
                        >
                          {editing?.cell === addr ? (
                            <input
                              className={st.editor}
                              autoFocus
                              aria-label={t.pgEditCell(addr)}
                              value={editing.text}
                              onChange={(e) => setEditing({ cell: addr, text: e.target.value })}
                              onBlur={commit}
                              onKeyDown={(e) => {
                                if (e.key === 'Enter') commit();
                                if (e.key === 'Escape') setEditing(null);
                              }}
                            />
                          ) : (
                            text
                          )}
                          {note && <span className={st.marker} aria-label={t.pgComment} />}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

function selContains(address: string, cell: string): boolean {
  const a = address.replace(/\$/g, '').split('!').pop() ?? '';
  if (!a.includes(':')) return a.toUpperCase() === cell;
  const [p, q] = a.split(':');
  const m1 = /^([A-Z]+)(\d+)$/i.exec(p);
  const m2 = /^([A-Z]+)(\d+)$/i.exec(q);
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m1 || !m2 || !m) return false;
  const n = (s: string) => [...s.toUpperCase()].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
  const r = Number(m[2]), c = n(m[1]);
  return r >= Number(m1[2]) && r <= Number(m2[2]) && c >= n(m1[1]) && c <= n(m2[1]);
}
