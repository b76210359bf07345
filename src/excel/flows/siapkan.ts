/** Siapkan Pengukuran: the year's pengukuran sheet prepared from the PK table on the active sheet. */
import { planPengukuran } from '../../core/pengukuran';
import { prepare } from '../prepare';
import type { Session } from '../session';
import type { WriteJob } from '../write-job';
import { needsStructure, protectedTargets, write } from '../write-job';

export async function siapkanPengukuran(s: Session): Promise<{ sheet: string; message: string }> {
  const p = await prepare(s, false);
  const pk = p.analysis.tables.find((t) => t.sheet === p.read.active && t.kind === 'pk');
  if (!pk) return { sheet: '', message: s.m.noPk(p.read.active) };
  const placed = p.run.place(planPengukuran(p.analysis, pk.id, { lang: s.lang }));
  const spec = placed.spec;
  const warnings = placed.renamedFrom ? [s.m.sheetRenamed(placed.renamedFrom, spec.name)] : [];
  const job: WriteJob = { run: 'pengukuran', active: p.read.active, read: p.read, caps: p.caps, cells: [], threads: null, specs: [spec], activate: spec.name, prev: p.backup };
  const prot = protectedTargets(job);
  if (prot.length) return { sheet: '', message: s.m.protectedSheet(prot) };
  if (needsStructure(job)) return { sheet: '', message: s.t.structureProtected };
  await write(s, job);
  return { sheet: spec.name, message: [s.m.pengukuranDone(spec.name, pk.items.length), ...warnings].join(' ') };
}
