import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/manifests/yaml.js';

describe('parseYaml', () => {
  it('records the line and column of every field and list item', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  list:\n    - x\n    - y\n';
    const [document] = parseYaml('cm.yaml', text).documents;
    expect(document?.origins.locate(['metadata', 'name'])).toEqual({ file: 'cm.yaml', line: 4, column: 3 });
    expect(document?.origins.locate(['data', 'list', 1])).toEqual({ file: 'cm.yaml', line: 8, column: 7 });
    // A missing field points at its nearest written ancestor.
    expect(document?.origins.locate(['data', 'missing'])).toEqual({ file: 'cm.yaml', line: 5, column: 1 });
  });

  it('reports a syntax error at its line and column', () => {
    const { findings } = parseYaml('bad.yaml', 'a: 1\nb: [1, 2\nc: 3\n');
    expect(findings[0]).toMatchObject({
      severity: 'error',
      rule: 'yaml-syntax',
      origin: { file: 'bad.yaml', line: 3 },
    });
  });

  it.each([
    {
      mistake: 'a key indented deeper than its siblings',
      text: 'kind: ConfigMap\ndata:\n  a: b\n   c: d\n  e: f\n',
      at: [4, 4],
      message: 'this line is indented deeper than the line above',
    },
    {
      mistake: 'a double quote never closed',
      text: 'kind: ConfigMap\ndata:\n  a: "say \\"hi\\"\n  b: c\n  d: e\n',
      at: [3, 6],
      message: 'this quoted value is never closed: add the closing " at its end',
    },
    {
      mistake: 'a single quote never closed',
      text: "kind: ConfigMap\ndata:\n  a: b\n  c: 'it''s\n  d: e\n",
      at: [4, 6],
      message: "this quoted value is never closed: add the closing ' at its end",
    },
    {
      mistake: 'a key indented less than its siblings',
      text: 'spec:\n  replicas: 2\n selector: {}\n',
      at: [3, 1],
      message: 'All mapping items must start at the same column',
    },
  ])('reports $mistake once, on the line at fault', ({ text, at, message }) => {
    const { findings } = parseYaml('k8s/x.yaml', text);
    expect(findings).toHaveLength(1);
    expect([findings[0]?.origin.line, findings[0]?.origin.column]).toEqual(at);
    expect(findings[0]?.message).toContain(message);
  });

  it('refuses duplicate keys at the second one', () => {
    const { findings } = parseYaml('dup.yaml', 'metadata:\n  name: a\n  name: b\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'duplicate-key', origin: { line: 3, column: 3 } });
  });

  it('refuses documents that expand too many aliases (billion laughs)', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    const { documents, findings } = parseYaml('bomb.yaml', lines.join('\n'));
    expect(documents).toHaveLength(0);
    expect(findings[0]).toMatchObject({ rule: 'yaml-aliases' });
  });

  it('reads YAML 1.1 as kubectl does: yes is true, 0755 is octal, a lone dot is a string', () => {
    const [document] = parseYaml('x.yaml', 'a: yes\nb: 0755\nc: .\nd: "0755"\ne: 1.5\n').documents;
    expect(document?.value).toEqual({ a: true, b: 493, c: '.', d: '0755', e: 1.5 });
  });

  it('skips empty documents and keeps the index of each', () => {
    const { documents } = parseYaml('m.yaml', '---\n---\na: 1\n---\n# only a comment\n---\nb: 2\n');
    expect(documents.map((document) => [document.index, document.value])).toEqual([
      [1, { a: 1 }],
      [3, { b: 2 }],
    ]);
  });
});
