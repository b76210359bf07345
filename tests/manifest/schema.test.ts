/**
 * manifest.xml validated offline against Microsoft's add-in manifest XML schemas (vendored in
 * tests/manifest/schemas, see its README for where they come from and what was mended), with
 * xmllint compiled to WebAssembly (xmllint-wasm: installed by `npm ci`, no network, no system tool).
 * Negative cases show the validation can fail.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(__dirname, 'schemas');
const MAIN = 'OfficeAppManifestV1_1.xsd';
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const others = fs.readdirSync(DIR).filter((f) => f.endsWith('.xsd') && f !== MAIN);
  const r = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: { fileName: MAIN, contents: fs.readFileSync(path.join(DIR, MAIN), 'utf8') },
    preload: others.map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(DIR, f), 'utf8') })),
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.message) };
}

/** The manifest with the <Runtimes> block moved after </DesktopFormFactor>. */
function runtimesMoved(xml: string): string {
  const start = xml.indexOf('        <Runtimes>');
  const end = xml.indexOf('        </Runtimes>\n') + '        </Runtimes>\n'.length;
  expect(start).toBeGreaterThan(0);
  const block = xml.slice(start, end);
  const without = xml.slice(0, start) + xml.slice(end);
  const at = without.indexOf('        </DesktopFormFactor>\n') + '        </DesktopFormFactor>\n'.length;
  return without.slice(0, at) + block + without.slice(at);
}

describe("manifest.xml against Microsoft's manifest schemas", () => {
  jest.setTimeout(60000);

  test('is valid', async () => {
    expect(await validate(manifest)).toEqual({ valid: true, errors: [] });
  });

  test('a ShortString of 126 characters fails (the limit is 125)', async () => {
    const bad = manifest.replace('<bt:String id="Periksa.Label" DefaultValue="Periksa">', `<bt:String id="Periksa.Label" DefaultValue="${'x'.repeat(126)}">`);
    expect(bad).not.toBe(manifest);
    const r = await validate(bad);
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toMatch(/maxLength/);
    // 125 characters are accepted
    expect((await validate(manifest.replace('DefaultValue="Periksa">', `DefaultValue="${'x'.repeat(125)}">`))).valid).toBe(true);
  });

  test('wrong element order fails: Runtimes after DesktopFormFactor, Version before Id', async () => {
    const r1 = await validate(runtimesMoved(manifest));
    expect(r1.valid).toBe(false);
    expect(r1.errors.join('\n')).toMatch(/Runtimes.*not expected/);
    const swapped = manifest.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, '$3$2$1');
    expect(swapped).not.toBe(manifest);
    expect((await validate(swapped)).valid).toBe(false);
  });

  test('a Runtime lifetime other than short or long, or a resid over 32 characters, fails', async () => {
    expect((await validate(manifest.replace('lifetime="long"', 'lifetime="forever"'))).valid).toBe(false);
    const long = 'R'.repeat(33);
    expect((await validate(manifest.replace('<Runtime resid="Taskpane.Url"', `<Runtime resid="${long}"`))).valid).toBe(false);
  });

  test('shared runtime as Microsoft documents it: no TaskpaneId on any Action of the long-lifetime Host', () => {
    // docs/develop/configure-your-add-in-to-use-a-shared-runtime.md (OfficeDev/office-js-docs-pr):
    // "none of the descendant <Action> elements should have a <TaskpaneID> child element".
    const host = manifest.slice(manifest.indexOf('<Host xsi:type="Workbook">'), manifest.indexOf('</Host>', manifest.indexOf('<Host xsi:type="Workbook">')));
    expect(host).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
    expect(host).not.toMatch(/<TaskpaneId>/i);
  });
});
