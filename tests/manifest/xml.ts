/** A small XML reader for the manifest tests (elements, attributes, text; no DTD). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    if (!(e in ENTITIES)) throw new Error(`unknown entity ${m}`);
    return ENTITIES[e];
  });
}

export function parseXml(src: string): XmlNode {
  let i = 0;
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  while (i < src.length) {
    if (src.startsWith('<?', i)) {
      i = src.indexOf('?>', i) + 2;
    } else if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
    } else if (src.startsWith('</', i)) {
      const end = src.indexOf('>', i);
      const name = src.slice(i + 2, end).trim();
      const top = stack.pop()!;
      if (top.name !== name) throw new Error(`mismatched </${name}>, expected </${top.name}>`);
      i = end + 1;
    } else if (src[i] === '<') {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(src.slice(i));
      if (!m) throw new Error(`bad tag at ${i}: ${src.slice(i, i + 40)}`);
      const attrs: Record<string, string> = {};
      const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let a: RegExpExecArray | null;
      while ((a = re.exec(m[2]))) {
        if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]] = decode(a[3] ?? a[4]);
      }
      const node: XmlNode = { name: m[1], attrs, children: [], text: '' };
      stack[stack.length - 1].children.push(node);
      if (!m[3]) stack.push(node);
      i += m[0].length;
    } else {
      const end = src.indexOf('<', i);
      const t = src.slice(i, end < 0 ? src.length : end);
      stack[stack.length - 1].text += decode(t);
      i = end < 0 ? src.length : end;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  const els = root.children;
  if (els.length !== 1) throw new Error('expected one root element');
  return els[0];
}

/** Every descendant (depth first), the node itself included. */
export function all(n: XmlNode): XmlNode[] {
  return [n, ...n.children.flatMap(all)];
}

export function child(n: XmlNode, name: string): XmlNode | undefined {
  return n.children.find((c) => c.name === name);
}

export function path(n: XmlNode, ...names: string[]): XmlNode | undefined {
  let cur: XmlNode | undefined = n;
  for (const name of names) cur = cur && child(cur, name);
  return cur;
}
