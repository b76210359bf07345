/** Hitung Capaian: capaian and klasifikasi written on the active sheet, findings as comments. */
import type { Progress, RunReport } from '../../app/host';
import type { Session } from '../session';
import { review } from './review';

export function hitung(s: Session, onProgress?: Progress): Promise<RunReport> {
  return review(s, 'hitung', onProgress);
}
