/** What the steps of the part-level writer share: the package, its workbook part and sheets, the styles, the result. */
import { attr, Package, relsPathOf, workbookPart } from './package';
import { MINIMAL_STYLES, StyleBook } from './styles';
import { addRel, listSheets, removeContentType, removeRelsTo, setContentType, type SheetEntry } from './workbook-part';

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

export interface WriteResult {
  cells: number;
  comments: number;
  commentsRemoved: number;
  /** Findings on cells holding a person's note: listed on the Temuan sheet only. */
  skippedPerson: number;
  sheets: string[];
  /** Charts that were planned but not drawn. */
  chartsSkipped: number;
  warnings: string[];
  /** Parts written (new or rewritten); every other part is copied as it was. */
  changedParts: string[];
}

export class WriteContext {
  readonly wbPart: string;
  sheets: SheetEntry[];
  private styleBook: StyleBook | null = null;
  private stylesPart = '';
  readonly result: WriteResult = { cells: 0, comments: 0, commentsRemoved: 0, skippedPerson: 0, sheets: [], chartsSkipped: 0, warnings: [], changedParts: [] };

  constructor(readonly pkg: Package) {
    this.wbPart = workbookPart(pkg);
    this.sheets = listSheets(pkg, this.wbPart);
  }

  get styles(): StyleBook {
    if (!this.styleBook) {
      const rel = this.pkg.rels(this.wbPart).find((r) => /\/styles$/.test(r.type) && this.pkg.has(r.target));
      this.stylesPart = rel?.target ?? 'xl/styles.xml';
      this.styleBook = new StyleBook(this.pkg.text(this.stylesPart) ?? MINIMAL_STYLES);
      if (!rel) {
        this.pkg.setText(this.stylesPart, MINIMAL_STYLES);
        addRel(this.pkg, this.wbPart, 'styles', this.stylesPart);
        setContentType(this.pkg, this.stylesPart, CT.styles);
      }
    }
    return this.styleBook;
  }

  /** Writes the styles part when a derived format was added. */
  flushStyles(): void {
    if (this.styleBook?.dirty) this.pkg.setText(this.stylesPart, this.styleBook.toXml());
  }

  /** A part name not in the package: `${dir}/${stem}${n}.${ext}`. */
  freePart(dir: string, stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const p = `${dir}/${stem}${n}.${ext}`;
      if (!this.pkg.has(p)) return p;
    }
  }

  /** Removes a part, the relationships to it from `source`, and its content type. */
  dropPart(source: string, part: string): void {
    this.pkg.remove(part);
    this.pkg.remove(relsPathOf(part));
    removeRelsTo(this.pkg, source, part);
    removeContentType(this.pkg, part);
  }

  /** The prefix bound to the relationships namespace on a part's root element ('r' added when missing). */
  relPrefix(part: string, rootName: string): string {
    const xml = this.pkg.text(part) ?? '';
    const root = new RegExp(`<(?:\\w+:)?${rootName}\\b[^>]*>`).exec(xml);
    if (!root) return 'r';
    const m = /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root[0]);
    if (m) return m[1];
    const prefix = attr(root[0], 'xmlns:r') === null ? 'r' : 'rr';
    const tag = root[0].replace(/^<([\w:]+)/, `<$1 xmlns:${prefix}="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
    this.pkg.setText(part, xml.slice(0, root.index) + tag + xml.slice(root.index + root[0].length));
    return prefix;
  }
}
