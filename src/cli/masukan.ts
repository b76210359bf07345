/**
 * The workbooks named on the command line: files as given, folders expanded to the .xlsx inside
 * (sorted, subfolders only with --rekursif). Skipped in folders: Excel's lock files (`~$...`),
 * hidden files, our own `*.capaian.xlsx` outputs and the paths given in `skip` (the rekap being
 * written), so that running twice reads the same inputs as running once.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface Masukan {
  /** The workbooks, in the order given (folders: sorted by name). */
  files: string[];
  /** True when more than one input was given or a folder was: the batch output shapes apply. */
  batch: boolean;
  /** Folders holding no workbook. */
  kosong: string[];
}

function wanted(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.') && !/\.capaian\.xlsx$/i.test(name);
}

function expand(dir: string, rekursif: boolean, skip: Set<string>, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    out.push(dir); // reported as unreadable by the reader
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (rekursif && !e.name.startsWith('.')) expand(p, rekursif, skip, out);
    } else if (wanted(e.name) && !skip.has(path.resolve(p))) out.push(p);
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function kumpulkanMasukan(inputs: string[], rekursif: boolean, skip: string[] = []): Masukan {
  const skipSet = new Set(skip.map((s) => path.resolve(s)));
  const files: string[] = [];
  const kosong: string[] = [];
  let folder = false;
  for (const inp of inputs) {
    if (isDir(inp)) {
      folder = true;
      const before = files.length;
      expand(inp, rekursif, skipSet, files);
      if (files.length === before) kosong.push(inp);
    } else files.push(inp);
  }
  // The same file named twice (directly and through its folder) is read once.
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const k = path.resolve(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { files: unique, batch: folder || inputs.length > 1, kosong };
}
