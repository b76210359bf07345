/**
 * The pane follows Office's theme (File > Account > Office Theme) through Fluent's tokens:
 * a dark Office theme gives Fluent's dark theme, with Office's own body colours as the pane's
 * background and text. Office.context.officeTheme (bodyBackgroundColor, bodyForegroundColor, ...)
 * is supported in Excel on the web, Windows, Mac and iOS:
 * https://learn.microsoft.com/javascript/api/office/office.officetheme
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.OfficeTheme the pane reads. */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  themeId?: string | number;
}

/** Relative luminance of '#rrggbb' (WCAG 2.x), or null for anything else. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? '').trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

export function isDark(office: OfficeThemeLike | null | undefined): boolean {
  const l = luminance(office?.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

/** WCAG contrast ratio of two colours, 1..21. */
function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Fluent's light or dark theme for Office's theme. Office's body colours replace the neutral
 * background and foreground only when they keep at least 7:1 contrast (WCAG AAA for text), so
 * the pane sits on the same grey as Excel's own panes without losing legibility.
 */
export function fluentTheme(office: OfficeThemeLike | null | undefined): Theme {
  const base = isDark(office) ? webDarkTheme : webLightTheme;
  const bg = luminance(office?.bodyBackgroundColor);
  const fg = luminance(office?.bodyForegroundColor);
  if (bg === null || fg === null || contrast(bg, fg) < 7) return base;
  return { ...base, colorNeutralBackground1: office!.bodyBackgroundColor!, colorNeutralForeground1: office!.bodyForegroundColor! };
}
