/**
 * exceljs adapter, read side, for Node callers (the command line, tests, fixtures): files and
 * Buffers. The browser-safe part is src/xlsx/snapshot.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookSnapshot } from '../core/grid';
import { readWorkbookBytes, type ReadOptions } from './snapshot';

export * from './snapshot';

export async function readWorkbookFile(file: string, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readWorkbookBytes(new Uint8Array(await fs.promises.readFile(file)), path.basename(file), opts);
}

export async function readWorkbookBuffer(data: Buffer | ArrayBuffer | Uint8Array, file?: string, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readWorkbookBytes(data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength), file, opts);
}
