/**
 * Ribbon commands (ExecuteFunction) of the Capaian PK group: Hitung Capaian, Periksa, Bangun Tabel
 * Renstra. They run in the SHARED runtime (manifest: one <Runtime> for the commands and the task
 * pane), so the outcome is published to the task pane through `onCommandOutcome` and the task pane
 * is brought up to show it (Office.addin.showAsTaskpane, SharedRuntime 1.1). Every path calls
 * event.completed(), errors included.
 *
 * In the shared runtime this module must be loaded by the runtime page (taskpane.html): the task
 * pane entry imports it, or the webpack config adds the `commands` chunk to taskpane.html.
 */
import type { CapaianHost, Lang } from '../app/host';
import { createExcelHost } from '../excel/host';

export type CommandName = 'hitungCapaian' | 'periksa' | 'bangunRenstra';
export const COMMAND_NAMES: readonly CommandName[] = ['hitungCapaian', 'periksa', 'bangunRenstra'];

export interface CommandOutcome {
  command: CommandName;
  ok: boolean;
  message: string;
  /** True when the user must confirm in the task pane (Bangun Tabel Renstra over a person's sheet). */
  needsConfirm?: boolean;
  at: string;
}

type Listener = (o: CommandOutcome) => void;

interface SharedState {
  last: CommandOutcome | null;
  listeners: Set<Listener>;
}

/** One state per runtime, even if the module were bundled twice (commands chunk + task pane chunk). */
function shared(): SharedState {
  const g = globalThis as unknown as { __capaianPkCommands?: SharedState };
  g.__capaianPkCommands ??= { last: null, listeners: new Set() };
  return g.__capaianPkCommands;
}

/** The task pane subscribes here to show what a ribbon command did. Returns an unsubscribe. */
export function onCommandOutcome(listener: Listener): () => void {
  const s = shared();
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

export function lastCommandOutcome(): CommandOutcome | null {
  return shared().last;
}

function publish(o: CommandOutcome): void {
  const s = shared();
  s.last = o;
  for (const l of s.listeners) {
    try {
      l(o);
    } catch {
      // a broken listener must not break the command
    }
  }
}

export interface CommandUi {
  /** Bring the task pane up so the user sees the outcome (shared runtime). */
  show(): Promise<void>;
}

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

const FAILED: Record<Lang, (m: string) => string> = {
  id: (m) => `Capaian PK gagal: ${m}`,
  en: (m) => `Capaian PK failed: ${m}`,
};

/** The handlers, on any host (tests give the in-memory Excel's). */
export function createCommandHandlers(getHost: () => CapaianHost, ui: CommandUi) {
  async function runCommand(command: CommandName, event: CommandEvent, fn: (h: CapaianHost) => Promise<Omit<CommandOutcome, 'command' | 'at'>>) {
    let host: CapaianHost | null = null;
    try {
      host = getHost();
      const out = await fn(host);
      publish({ ...out, command, at: new Date().toISOString() });
    } catch (e) {
      const lang: Lang = host?.lang() ?? 'id';
      const msg = e instanceof Error ? e.message : String(e);
      publish({ command, ok: false, message: FAILED[lang](msg), at: new Date().toISOString() });
    } finally {
      try {
        await ui.show();
      } catch {
        // showing the pane is best effort
      }
      event.completed();
    }
  }
  return {
    hitungCapaian: (event: CommandEvent) =>
      runCommand('hitungCapaian', event, async (h) => {
        const r = await h.hitung();
        return { ok: !r.noTable, message: [r.message, ...r.warnings].join(' ') };
      }),
    periksa: (event: CommandEvent) =>
      runCommand('periksa', event, async (h) => {
        const r = await h.periksa();
        return { ok: !r.noTable, message: [r.message, ...r.warnings].join(' ') };
      }),
    bangunRenstra: (event: CommandEvent) =>
      runCommand('bangunRenstra', event, async (h) => {
        const r = await h.bangunRenstra();
        return { ok: r.sheet !== null, message: r.message, ...(r.needsConfirm ? { needsConfirm: true } : {}) };
      }),
  };
}

function officeLang(): Lang {
  const l = typeof Office !== 'undefined' ? Office.context?.displayLanguage ?? '' : '';
  return /^en/i.test(l) ? 'en' : 'id';
}

let host: CapaianHost | null = null;
function excelHost(): CapaianHost {
  host ??= createExcelHost(Excel.run as unknown as Parameters<typeof createExcelHost>[0], { lang: officeLang() });
  return host;
}

const officeUi: CommandUi = {
  async show() {
    const addin = (Office as unknown as { addin?: { showAsTaskpane(): Promise<void> } }).addin;
    if (addin?.showAsTaskpane) await addin.showAsTaskpane();
  },
};

let registered = false;
/** Registers the ribbon functions (idempotent: the task pane may import this module too). */
export function registerCommands(): void {
  if (registered) return;
  registered = true;
  const h = createCommandHandlers(excelHost, officeUi);
  Office.actions.associate('hitungCapaian', h.hitungCapaian);
  Office.actions.associate('periksa', h.periksa);
  Office.actions.associate('bangunRenstra', h.bangunRenstra);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => registerCommands());
}
