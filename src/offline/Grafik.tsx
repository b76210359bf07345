/**
 * Chart of capaian against target for one pengukuran table, as inline SVG (no library, no
 * network): one bar per indicator with a capaian, a line at the 100% target.
 */
import * as React from 'react';
import { tokens } from '@fluentui/react-components';
import type { AnalysedTable } from '../core/types';

const BAR = 18;
const GAP = 6;
const LABEL_W = 220;
const PLOT_W = 300;

export interface GrafikProps {
  table: AnalysedTable;
  title: string;
  desc: string;
}

function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function Grafik({ table, title, desc }: GrafikProps) {
  const items = table.items.filter((it) => it.capaian !== null);
  const max = Math.max(100, ...items.map((it) => it.capaian as number));
  const scale = (v: number) => (Math.max(0, v) / max) * PLOT_W;
  const height = items.length * (BAR + GAP) + GAP + 16;
  const target = LABEL_W + scale(100);
  return (
    <svg role="img" aria-label={`${title}: ${table.sheet}`} width={LABEL_W + PLOT_W + 60} height={height} data-grafik={table.id}>
      <title>{title}</title>
      <desc>{desc}</desc>
      {items.map((it, i) => {
        const y = GAP + i * (BAR + GAP);
        const v = it.capaian as number;
        return (
          <g key={it.id}>
            <text x={LABEL_W - 6} y={y + BAR * 0.7} textAnchor="end" fontSize="11" fill={tokens.colorNeutralForeground1}>
              {shorten(it.indikator, 34)}
            </text>
            <rect x={LABEL_W} y={y} width={scale(v)} height={BAR} fill={v >= 100 ? tokens.colorPaletteGreenBackground3 : tokens.colorPaletteMarigoldBackground3}>
              <title>{`${it.indikator}: ${v.toFixed(2)}%`}</title>
            </rect>
            <text x={LABEL_W + scale(v) + 4} y={y + BAR * 0.7} fontSize="11" fill={tokens.colorNeutralForeground2}>
              {`${v.toFixed(2)}%`}
            </text>
          </g>
        );
      })}
      <line x1={target} x2={target} y1={0} y2={height - 14} stroke={tokens.colorPaletteRedBorder2} strokeDasharray="4 3" />
      <text x={target} y={height - 2} textAnchor="middle" fontSize="11" fill={tokens.colorNeutralForeground2}>
        100%
      </text>
    </svg>
  );
}
