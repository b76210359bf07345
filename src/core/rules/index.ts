/**
 * The review rules of docs/aturan.md "Temuan", one per file, in the order of the table there.
 */
import type { Finding, RuleId } from '../types';
import type { Rule, RuleContext } from './types';
import { nihilDisamakanTarget } from './nihil-disamakan-target';
import { nihilDinilaiNol } from './nihil-dinilai-nol';
import { capaianTidakSesuai } from './capaian-tidak-sesuai';
import { realisasiMelebihi100 } from './realisasi-melebihi-100';
import { satuanTidakCocok } from './satuan-tidak-cocok';
import { nilaiTidakTerbaca } from './nilai-tidak-terbaca';
import { targetNol } from './target-nol';
import { targetBerbeda } from './target-berbeda';
import { targetRenstraBerbeda } from './target-renstra-berbeda';
import { realisasiKosong } from './realisasi-kosong';
import { rataRataTidakSesuai } from './rata-rata-tidak-sesuai';
import { capaianSeragam } from './capaian-seragam';
import { capaianEkstrem } from './capaian-ekstrem';
import { polaritasPerluDicek } from './polaritas-perlu-dicek';
import { appendAll } from '../arrays';

export * from './types';
export { cekTargetRenstra } from './target-renstra-berbeda';
export type { CekRenstraOptions } from './target-renstra-berbeda';

export const RULES: readonly Rule[] = [
  nihilDisamakanTarget,
  nihilDinilaiNol,
  capaianTidakSesuai,
  realisasiMelebihi100,
  satuanTidakCocok,
  nilaiTidakTerbaca,
  targetNol,
  targetBerbeda,
  targetRenstraBerbeda,
  realisasiKosong,
  rataRataTidakSesuai,
  capaianSeragam,
  capaianEkstrem,
  polaritasPerluDicek,
];

/**
 * The rules about one indicator's own values, run again on the N-1 block of a two-year table
 * (src/core/sebelumnya.ts); the cross-table, table-wide and name rules are not.
 */
export const RULES_NILAI: readonly Rule[] = RULES.filter(
  (r) => !['target-berbeda', 'target-renstra-berbeda', 'realisasi-kosong', 'rata-rata-tidak-sesuai', 'capaian-seragam', 'polaritas-perlu-dicek'].includes(r.id),
);

/** Rule ids in the order of docs/aturan.md (used to sort findings of one cell). */
export const RULE_ORDER: readonly RuleId[] = RULES.map((r) => r.id);

export function ruleById(id: RuleId): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`Aturan tidak dikenal: ${id}`);
  return r;
}

/** Runs every rule (or the given ones) over the context. */
export function jalankanAturan(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const r of rules) appendAll(out, r.run(ctx));
  return out;
}
