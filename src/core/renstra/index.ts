/**
 * Renstra comparison (docs/aturan.md "Renstra comparison"): year N vs target, vs N-1, vs the Renstra
 * targets, and the trend over the Renstra years. compare.ts builds the comparison from the
 * Analysis; sheet.ts lays it out as the sheet `Perbandingan Renstra`.
 */
export { compareRenstra } from './compare';
export { planRenstraSheet } from './sheet';
export * from './types';
