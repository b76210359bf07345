/** Addresses as Office.js returns them (`'Sheet 1'!A1:B2, 'Sheet 1'!C3`). */
import type { Area } from '../core/grid';
import { parseArea } from '../core/grid';

export function splitAddress(address: string): { sheet: string; ref: string } {
  const i = address.lastIndexOf('!');
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(i + 1).replace(/\$/g, '') };
}

/** 'Sheet 1'!A1:B2, 'Sheet 1'!C3:C4 -> areas */
export function parseAreasAddress(address: string): Area[] {
  const out: Area[] = [];
  const re = /!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) {
    out.push(parseArea(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`));
  }
  return out;
}

/** The first cell of an address, without the sheet. */
export function cellOf(address: string): string {
  const { ref } = splitAddress(address);
  return ref.split(':')[0];
}
