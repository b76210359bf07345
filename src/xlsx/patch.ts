/**
 * exceljs 4.4 drops a note whose cell has no value and no style (the cell is absent from the
 * sheet XML, so the note is never attached): a user's note on an empty cell would be lost on a
 * load/save round trip. This patch adds an empty cell for every such note before exceljs
 * attaches the notes. Applied once, on import of the xlsx adapter.
 *
 * It also gives plain-text notes a fast `model` (exceljs deep-merges the default note settings
 * with a generic, slow merge for every note on every save); the result is the same object.
 */
 

interface RowModel {
  number: number;
  cells: Array<{ address: string; type: number }>;
  [k: string]: unknown;
}

let patched = false;

export function patchExcelJs(): void {
  if (patched) return;
  patched = true;
  let WorksheetXform: { prototype: { reconcile: (model: unknown, options: unknown) => void } };
  let RelType: { Comments: string };
  try {
    WorksheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform');
    RelType = require('exceljs/lib/xlsx/rel-type');
  } catch {
    return; // another exceljs build: nothing to patch
  }
  try {
    patchNoteModel(require('exceljs/lib/doc/note'));
  } catch {
    // keep exceljs' own
  }
  const original = WorksheetXform.prototype.reconcile;
  WorksheetXform.prototype.reconcile = function reconcile(model: unknown, options: unknown) {
    try {
      const m = model as { relationships?: Array<{ Type: string; Target: string }>; rows?: Array<RowModel | undefined> };
      const o = options as { comments?: Record<string, { comments?: Array<{ ref?: string }> }> };
      for (const rel of m.relationships ?? []) {
        if (rel.Type !== RelType.Comments) continue;
        const comments = o.comments?.[rel.Target]?.comments ?? [];
        if (!comments.length) continue;
        const rows = (m.rows = m.rows ?? []);
        const byNumber = new Map<number, RowModel>();
        for (const r of rows) if (r) byNumber.set(r.number, r);
        for (const c of comments) {
          if (!c.ref) continue;
          const mm = /^([A-Z]+)(\d+)$/.exec(c.ref);
          if (!mm) continue;
          const n = Number(mm[2]);
          let row = byNumber.get(n);
          if (!row) {
            row = { number: n, cells: [], min: 0, max: 0, height: undefined, hidden: false, outlineLevel: 0, collapsed: false };
            rows.push(row);
            byNumber.set(n, row);
          }
          row.cells = row.cells ?? [];
          if (!row.cells.some((x) => x && x.address === c.ref)) row.cells.push({ address: c.ref, type: 0 });
        }
      }
    } catch {
      // never let the patch break reading
    }
    return original.call(this, model, options);
  };
}

interface NoteClass {
  prototype: object;
  DEFAULT_CONFIGS: { note: { margins: { insetmode: string; inset: number[] }; protection: Record<string, string>; editAs: string } };
}

function patchNoteModel(Note: NoteClass): void {
  const desc = Object.getOwnPropertyDescriptor(Note.prototype, 'model');
  if (!desc || !desc.get) return;
  const slow = desc.get;
  Object.defineProperty(Note.prototype, 'model', {
    ...desc,
    get(this: { note: unknown }) {
      if (typeof this.note !== 'string') return slow.call(this);
      const d = Note.DEFAULT_CONFIGS.note;
      return {
        note: {
          margins: { insetmode: d.margins.insetmode, inset: d.margins.inset.slice() },
          protection: { ...d.protection },
          editAs: d.editAs,
          texts: [{ text: this.note }],
        },
        type: 'note',
      };
    },
  });
}
