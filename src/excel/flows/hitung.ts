/** Hitung Capaian: capaian and klasifikasi written on the active sheet, findings as comments. */
import type { Progress, RunReport } from '../../app/host';
import type { Session } from '../session';
import { review } from './review';

export async function hitung(s: Session, onProgress?: Progress): Promise<RunReport> {
  try {
    return await review(s, 'hitung', onProgress);
  } finally {
    // the capaian and klasifikasi columns make the sheet's rows larger than the last read measured
    s.measured = { ...s.measured, grown: true };
  }
}
