/** Perbandingan Renstra: the LKjIP Bab III comparison sheet built from the workbook's tables. */
import { compareRenstra, planRenstraSheet } from '../../core/renstra';
import { prepare } from '../prepare';
import type { Session } from '../session';
import type { WriteJob } from '../write-job';
import { needsStructure, protectedTargets, write } from '../write-job';

export interface RenstraResult {
  sheet: string | null;
  message: string;
  needsConfirm?: boolean;
}

/**
 * A sheet of that name a person wrote is replaced only when the user confirms (Pulihkan brings it
 * back); every other name conflict follows the core's policy (prepareRun).
 */
export async function bangunRenstra(s: Session, opts?: { confirmReplace?: boolean }): Promise<RenstraResult> {
  const p = await prepare(s, false);
  const cmp = compareRenstra(p.analysis, p.settings.tahun ?? p.analysis.year ?? undefined);
  if (!cmp) return { sheet: null, message: s.m.noRenstra };
  const spec = planRenstraSheet(cmp, { lang: s.lang });
  if (!p.run.isOurs(spec) && !opts?.confirmReplace) {
    return { sheet: null, message: s.m.renstraConfirm(spec.name), needsConfirm: true };
  }
  const job: WriteJob = { run: 'renstra', active: p.read.active, read: p.read, caps: p.caps, cells: [], threads: null, specs: [spec], activate: spec.name, prev: p.backup };
  const prot = protectedTargets(job);
  if (prot.length) return { sheet: null, message: s.m.protectedSheet(prot) };
  if (needsStructure(job)) return { sheet: null, message: s.t.structureProtected };
  await write(s, job);
  return { sheet: spec.name, message: s.m.renstraDone(spec.name, cmp.rows.length) };
}
