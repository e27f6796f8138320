import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { wholeFilePatch } from '../../src/plan/diff.js';

const jsdiff = (oldName: string, newName: string, oldText: string, newText: string) =>
  createTwoFilesPatch(oldName, newName, oldText, newText, '', '', { context: 3 }).replace(/^=+\n/, '');

describe('wholeFilePatch', () => {
  it.each([
    'apiVersion: v1\nkind: ConfigMap\n',
    'a: 1\n',
    'a: 1',
    'a: |\n  -- not a header\n  +++ nor this\nb: "\\\\ no"\n',
    'name: ünïcödé ✓\n\n  blank above\n',
  ])('writes what jsdiff writes for a created and a deleted %j', (text) => {
    expect(wholeFilePatch('/dev/null', 'desired/ConfigMap a/b', '', text)).toBe(
      jsdiff('/dev/null', 'desired/ConfigMap a/b', '', text),
    );
    expect(wholeFilePatch('live/ConfigMap a/b', '/dev/null', text, '')).toBe(
      jsdiff('live/ConfigMap a/b', '/dev/null', text, ''),
    );
  });

  it('leaves an update, or nothing on either side, to jsdiff', () => {
    expect(wholeFilePatch('live/x', 'desired/x', 'a: 1\n', 'a: 2\n')).toBeUndefined();
    expect(wholeFilePatch('/dev/null', '/dev/null', '', '')).toBeUndefined();
  });
});
