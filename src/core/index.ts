export * from './grid';
export * from './types';
export * from './settings';
export { analyse } from './analyse';
export { plan } from './plan';
export { toPeriksaJson } from './report';
export { recognizeSheet } from './recognize';
export { compareRenstra, planRenstraSheet, PERBANDINGAN_RENSTRA } from './renstra';
