/**
 * What the task pane's screens share (state and actions of the App), in a module of its own so the
 * screens depend on it and not on the App that renders them.
 */
import type { MessageBarIntent } from '@fluentui/react-components';
import type { BackupInfo, CapaianHost, RunReport } from '../app/host';
import type { Settings } from '../core/settings';
import type { UiStrings } from '../i18n/ui';

export type TabId = 'ringkasan' | 'temuan' | 'kolom' | 'pengaturan';

export interface Notice {
  intent: MessageBarIntent;
  /** One short line. */
  text: string;
  title?: string;
  /** The host's full message and warnings, shown on request ("Rincian"). */
  detail?: string;
}

export interface Busy {
  /** What is running (button label). */
  label: string;
  /** 0..1, or null for an indeterminate bar. */
  fraction: number | null;
  step: string;
}

export interface PaneContext {
  host: CapaianHost;
  t: UiStrings;
  report: RunReport | null;
  /** The report of the last hitung/periksa (comment count), null before. */
  lastRun: RunReport | null;
  /** ISO time that run finished. */
  lastRunAt: string | null;
  settings: Settings | null;
  busy: Busy | null;
  backup: BackupInfo | null;
  /** The tab on screen. */
  tab: TabId;
  /** Runs an action with the busy state, error handling and a refresh afterwards. */
  act: <T>(label: string, fn: (onProgress: (f: number, step: string) => void) => Promise<T>, after?: (r: T) => void) => Promise<void>;
  /** Shows a message at the top of the current tab and announces it to screen readers. */
  notify: (n: Notice | null) => void;
  refresh: () => Promise<void>;
  setSettings: (s: Settings) => void;
  setTab: (t: TabId) => void;
  setReport: (r: RunReport) => void;
  /** The Bangun Tabel Renstra confirmation is open (asked by the pane or by the ribbon command). */
  renstraConfirm: boolean;
  setRenstraConfirm: (open: boolean) => void;
}

/** What a ribbon command did (src/commands/commands.ts publishes it in the shared runtime). */
export interface CommandOutcomeLike {
  command: string;
  ok: boolean;
  message: string;
  needsConfirm?: boolean;
}

export interface CommandFeed {
  subscribe(cb: (o: CommandOutcomeLike) => void): () => void;
  last(): CommandOutcomeLike | null;
}

