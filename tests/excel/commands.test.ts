/**
 * Ribbon commands: each publishes its outcome to the task pane (shared runtime) and calls
 * event.completed() exactly once on every path, errors included.
 */
import { createCommandHandlers, lastCommandOutcome, onCommandOutcome } from '../../src/commands/commands';
import type { CommandOutcome } from '../../src/commands/commands';
import type { CapaianHost } from '../../src/app/host';
import { kupangLike, PENGUKURAN } from './workbooks';
import { setup } from './helpers';

function event() {
  const e = { completed: jest.fn() };
  return e;
}

describe('ribbon commands', () => {
  test('Hitung Capaian runs on the active sheet, shows the task pane and completes', async () => {
    const { fake, host } = setup(kupangLike());
    const show = jest.fn(async () => undefined);
    const seen: CommandOutcome[] = [];
    const off = onCommandOutcome((o) => seen.push(o));
    const h = createCommandHandlers(() => host, { show });
    const e = event();
    await h.hitungCapaian(e);
    off();
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ command: 'hitungCapaian', ok: true });
    expect(seen[0].message).toMatch(/Capaian dihitung pada lembar "Pengukuran 2023"/);
    expect(fake.cell(PENGUKURAN, 'F4').formula).toBe('=E4/D4');
    expect(lastCommandOutcome()).toEqual(seen[0]);
  });

  test('Periksa on a sheet without a table: ok false, clear message, completed', async () => {
    const { fake, host } = setup(kupangLike());
    fake.activate('Catatan');
    const h = createCommandHandlers(() => host, { show: async () => undefined });
    const e = event();
    await h.periksa(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(lastCommandOutcome()).toMatchObject({ command: 'periksa', ok: false });
    expect(lastCommandOutcome()!.message).toMatch(/tidak memuat tabel PK/);
  });

  test('an error still completes the event and reports the failure', async () => {
    const broken = { lang: () => 'en', bangunRenstra: async () => { throw new Error('Excel is busy'); } } as unknown as CapaianHost;
    const h = createCommandHandlers(() => broken, { show: async () => { throw new Error('no pane'); } });
    const e = event();
    await h.bangunRenstra(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(lastCommandOutcome()).toMatchObject({ command: 'bangunRenstra', ok: false, message: 'Capaian PK failed: Excel is busy' });
    const e2 = event();
    await createCommandHandlers(() => { throw new Error('no host'); }, { show: async () => undefined }).hitungCapaian(e2);
    expect(e2.completed).toHaveBeenCalledTimes(1);
    expect(lastCommandOutcome()!.message).toBe('Capaian PK gagal: no host');
  });
});

describe('onSheetChange', () => {
  test('calls back when the active sheet changes, until unsubscribed', async () => {
    const { fake, host } = setup(kupangLike());
    const cb = jest.fn();
    const off = host.onSheetChange!(cb);
    await new Promise((r) => setTimeout(r, 0));
    fake.activate('Catatan');
    expect(cb).toHaveBeenCalledTimes(1);
    off();
    await new Promise((r) => setTimeout(r, 0));
    fake.activate(PENGUKURAN);
    expect(cb).toHaveBeenCalledTimes(1);
  });
});
