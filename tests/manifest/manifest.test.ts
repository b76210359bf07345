/**
 * Offline checks of manifest.xml: structure (Workbook, shared runtime, ribbon group on Home),
 * every resid defined in the right resource list, every FunctionName registered with
 * Office.actions.associate in src/commands, every icon present with the pixel size its id names
 * (read from the PNG header), string lengths within Office's limits, en-US overrides.
 */
import * as fs from 'fs';
import * as path from 'path';
import { all, child, parseXml, path as at } from './xml';
import type { XmlNode } from './xml';

const ROOT = path.resolve(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = parseXml(xml);
const nodes = all(doc);
const named = (name: string) => nodes.filter((n) => n.name === name);

function resources(kind: 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings'): Map<string, XmlNode> {
  const res = named('Resources')[0];
  const list = child(res, kind);
  return new Map((list?.children ?? []).map((c) => [c.attrs.id, c]));
}
const images = resources('bt:Images');
const urls = resources('bt:Urls');
const shorts = resources('bt:ShortStrings');
const longs = resources('bt:LongStrings');

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function localFile(url: string): string {
  expect(url.startsWith('https://localhost:3000/')).toBe(true);
  return url.slice('https://localhost:3000/'.length);
}

describe('manifest.xml', () => {
  test('is a Workbook task pane add-in with ReadWriteDocument, id-ID default and the shared runtime', () => {
    expect(doc.name).toBe('OfficeApp');
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(at(doc, 'Id')!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(at(doc, 'DefaultLocale')!.text).toBe('id-ID');
    expect(at(doc, 'Hosts', 'Host')!.attrs.Name).toBe('Workbook');
    expect(at(doc, 'Permissions')!.text).toBe('ReadWriteDocument');
    const set = at(doc, 'Requirements', 'Sets', 'Set')!;
    expect(set.attrs).toEqual({ Name: 'SharedRuntime', MinVersion: '1.1' });
    // the order of OfficeApp's children is fixed by the schema
    const order = doc.children.map((c) => c.name);
    const expected = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    expect(order).toEqual(expected);
    const runtime = named('Runtime')[0];
    expect(runtime.attrs).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    // one runtime for commands and task pane
    expect(named('FunctionFile')[0].attrs.resid).toBe('Taskpane.Url');
    for (const s of named('SourceLocation').filter((n) => n.attrs.resid)) expect(s.attrs.resid).toBe('Taskpane.Url');
    expect(at(doc, 'DefaultSettings', 'SourceLocation')!.attrs.DefaultValue).toBe(urls.get('Taskpane.Url')!.attrs.DefaultValue);
  });

  test("has a 'Capaian PK' group on the Home tab with the four buttons", () => {
    const tab = named('OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const group = child(tab, 'Group')!;
    expect(shorts.get(child(group, 'Label')!.attrs.resid)!.attrs.DefaultValue).toBe('Capaian PK');
    const buttons = group.children.filter((c) => c.name === 'Control');
    const rows = buttons.map((b) => {
      const action = child(b, 'Action')!;
      return [
        shorts.get(child(b, 'Label')!.attrs.resid)!.attrs.DefaultValue,
        action.attrs['xsi:type'],
        action.attrs['xsi:type'] === 'ExecuteFunction' ? child(action, 'FunctionName')!.text : child(action, 'SourceLocation')!.attrs.resid,
      ];
    });
    expect(rows).toEqual([
      ['Hitung Capaian', 'ExecuteFunction', 'hitungCapaian'],
      ['Periksa', 'ExecuteFunction', 'periksa'],
      ['Bangun Tabel Renstra', 'ExecuteFunction', 'bangunRenstra'],
      // no TaskpaneId under the long-lifetime shared runtime (schema.test.ts): the runtime's page
      ['Buka Panel', 'ShowTaskpane', 'Taskpane.Url'],
    ]);
    const ids = nodes.filter((n) => n.attrs.id && ['Group', 'Control', 'OfficeTab'].includes(n.name)).map((n) => n.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every resid is defined, in the resource list its element needs', () => {
    const used = nodes.filter((n) => n.attrs.resid);
    expect(used.length).toBeGreaterThan(20);
    for (const n of used) {
      const id = n.attrs.resid;
      let list: Map<string, XmlNode>;
      if (n.name === 'bt:Image') list = images;
      else if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(n.name)) list = urls;
      else if (n.name === 'Description') list = longs;
      else list = shorts; // Label, Title
      if (!list.has(id)) throw new Error(`<${n.name} resid="${id}"> is not defined in the right resource list`);
    }
  });

  test('every ExecuteFunction is registered with Office.actions.associate in src/commands, and nothing else is', () => {
    const src = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    const registered = [...src.matchAll(/Office\.actions\.associate\(\s*'([^']+)'/g)].map((m) => m[1]).sort();
    const functions = named('FunctionName').map((n) => n.text.trim()).sort();
    expect(functions).toEqual(['bangunRenstra', 'hitungCapaian', 'periksa']);
    expect(registered).toEqual(functions);
  });

  test('every icon exists with the pixel size its id and its size attribute name', () => {
    for (const [id, img] of images) {
      const m = /^Icon\.(\d+)x(\d+)$/.exec(id);
      expect(m).not.toBeNull();
      const size = Number(m![1]);
      const file = path.join(ROOT, localFile(img.attrs.DefaultValue));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const n of named('bt:Image').filter((x) => x.attrs.resid)) {
      const file = path.join(ROOT, localFile(images.get(n.attrs.resid)!.attrs.DefaultValue));
      const s = Number(n.attrs.size);
      expect(pngSize(file)).toEqual({ width: s, height: s });
    }
    expect(pngSize(path.join(ROOT, localFile(at(doc, 'IconUrl')!.attrs.DefaultValue)))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(ROOT, localFile(at(doc, 'HighResolutionIconUrl')!.attrs.DefaultValue)))).toEqual({ width: 64, height: 64 });
    for (const s of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, `assets/icon-${s}.png`))).toEqual({ width: s, height: s });
  });

  test('strings fit Office limits (short 125, long 250, button labels short) and have en-US overrides', () => {
    const check = (list: Map<string, XmlNode>, max: number) => {
      for (const [id, s] of list) {
        const values = [s.attrs.DefaultValue, ...s.children.filter((c) => c.name === 'bt:Override').map((c) => c.attrs.Value)];
        for (const v of values) {
          expect(v.trim().length).toBeGreaterThan(0);
          if (v.length > max) throw new Error(`${id}: ${v.length} > ${max}`);
        }
        const locales = s.children.filter((c) => c.name === 'bt:Override').map((c) => c.attrs.Locale);
        expect(locales).toEqual(['en-US']);
      }
    };
    check(shorts, 125);
    check(longs, 250);
    for (const c of named('Control')) {
      const label = shorts.get(child(c, 'Label')!.attrs.resid)!;
      expect(label.attrs.DefaultValue.length).toBeLessThanOrEqual(32);
    }
    for (const n of [at(doc, 'DisplayName')!, at(doc, 'Description')!]) {
      expect(child(n, 'Override')!.attrs.Locale).toBe('en-US');
    }
    expect(at(doc, 'DisplayName')!.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(at(doc, 'Description')!.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test('every URL is on https://localhost:3000 and points at a page or asset of the build', () => {
    for (const [, u] of urls) localFile(u.attrs.DefaultValue);
    for (const n of nodes.filter((x) => x.attrs.DefaultValue && /^https?:/.test(x.attrs.DefaultValue))) {
      expect(n.attrs.DefaultValue.startsWith('https://localhost:3000/')).toBe(true);
    }
    expect(fs.existsSync(path.join(ROOT, 'src/taskpane/taskpane.html'))).toBe(true);
    const html = fs.readFileSync(path.join(ROOT, 'src/commands/commands.html'), 'utf8');
    // office.js from Microsoft's CDN (as the Office-Addin-TaskPane template), no other remote URL
    for (const page of ['src/commands/commands.html', 'src/taskpane/taskpane.html']) {
      const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
      expect(text).toMatch(/<script type="text\/javascript" src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"><\/script>/);
      expect(text).not.toMatch(/assets\/office-js/);
    }
    expect(html.replace(/https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?/g, '')).not.toMatch(/https?:\/\//);
  });
});
