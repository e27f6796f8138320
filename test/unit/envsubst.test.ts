import { describe, expect, it } from 'vitest';
import { expand } from '../../src/manifests/envsubst.js';
import { isBuiltInName } from '../../src/manifests/substitute.js';

const variables: Record<string, string> = { TAG: 'v1.2.0', EMPTY: '', REGION: 'eu-west-1' };
const lookup = (name: string) => variables[name];

describe('expand', () => {
  it.each([
    ['${TAG}', 'v1.2.0'],
    ['ghcr.io/acme/web:${TAG}', 'ghcr.io/acme/web:v1.2.0'],
    ['${REGION}-${TAG}', 'eu-west-1-v1.2.0'],
    ['${MISSING:=dev}', 'dev'],
    ['${MISSING:-dev}', 'dev'],
    ['${EMPTY:=dev}', 'dev'],
    ['${EMPTY=dev}', ''],
    ['${MISSING=dev}', 'dev'],
    ['${MISSING-dev}', 'dev'],
    ['${TAG:=dev}', 'v1.2.0'],
    ['${MISSING:=}', ''],
    ['${MISSING:=${REGION}}', 'eu-west-1'],
    ['${MISSING:=a-${OTHER:=b}-c}', 'a-b-c'],
    ['$${TAG}', '${TAG}'],
    ['keep $${MISSING} and ${TAG}', 'keep ${MISSING} and v1.2.0'],
    ['$${MISSING:=${TAG}}', '${MISSING:=${TAG}}'],
    ['$TAG and $(TAG) and $$(TAG)', '$TAG and $(TAG) and $$(TAG)'],
    ['no variables', 'no variables'],
  ])('%s → %s', (text, expected) => {
    expect(expand(text, lookup)).toEqual({ text: expected, problems: [] });
  });

  it('reports an undefined variable without a default, keeping the text as written', () => {
    const result = expand('image: ${TAG}-${NOPE}', lookup);
    expect(result.text).toBe('image: v1.2.0-${NOPE}');
    expect(result.problems).toEqual([
      { expression: '${NOPE}', message: expect.stringContaining('is not defined') },
    ]);
    expect(result.problems[0]?.message).toContain('${NOPE:=value}');
  });

  it('reports an undefined variable inside a default', () => {
    expect(expand('${MISSING:=${NOPE}}', lookup).problems.map((problem) => problem.expression)).toEqual([
      '${NOPE}',
    ]);
  });

  it.each([['${TAG^^}'], ['${ TAG }'], ['${{ github.sha }}'], ['${1ST}']])(
    'reports %s as a form it does not understand',
    (text) => {
      const result = expand(text, lookup);
      expect(result.text).toBe(text);
      expect(result.problems[0]?.message).toContain('is not a substitution kubesync understands');
    },
  );

  it('reports a ${ that is never closed, unless escaped', () => {
    expect(expand('a ${TAG', lookup).problems[0]?.message).toContain('has no closing }');
    expect(expand('a $${TAG', lookup)).toEqual({ text: 'a ${TAG', problems: [] });
  });

  it('leaves every expression outside its scope as written, escapes included', () => {
    const builtIns = (name: string) => (name === 'KUBESYNC_SHA' ? 'abc123' : undefined);
    const text = 'echo ${HOME} $${HOME} ${PATH:-/bin} ${{ x }} ${KUBESYNC_SHA} $${KUBESYNC_SHA}';
    expect(expand(text, builtIns, isBuiltInName)).toEqual({
      text: 'echo ${HOME} $${HOME} ${PATH:-/bin} ${{ x }} abc123 ${KUBESYNC_SHA}',
      problems: [],
    });
    expect(expand('${KUBESYNC_NOPE}', builtIns, isBuiltInName).problems).toHaveLength(1);
  });
});
