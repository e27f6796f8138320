import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import type { KubeObject } from '../model/object.js';
import type { DiffMasker } from '../model/masker.js';
import { sortKeys } from './normalize.js';

/** The names of a diff's two sides. */
export interface DiffSides {
  readonly before: string;
  readonly after: string;
}

const LIVE_SIDES: DiffSides = { before: 'live', after: 'desired' };

function toYaml(object: KubeObject | undefined): string {
  return object ? stringify(sortKeys(object), { lineWidth: 0 }) : '';
}

/**
 * A unified diff of two normalized objects as YAML with sorted keys, after each masker has hidden what
 * it hides. The file names say which side is which, as `kubectl diff` labels them
 * (live / desired), or as a rendered diff does (base / head).
 */
export function diffObjects(
  subject: string,
  before: KubeObject | undefined,
  after: KubeObject | undefined,
  maskers: readonly DiffMasker[],
  valueSources?: Readonly<Record<string, string>>,
  sides: DiffSides = LIVE_SIDES,
): string {
  let [maskedBefore, maskedAfter] = [before, after];
  for (const mask of maskers) [maskedBefore, maskedAfter] = mask(maskedBefore, maskedAfter, valueSources);
  const oldName = before ? `${sides.before}/${subject}` : '/dev/null';
  const newName = after ? `${sides.after}/${subject}` : '/dev/null';
  const [oldText, newText] = [toYaml(maskedBefore), toYaml(maskedAfter)];
  const whole = wholeFilePatch(oldName, newName, oldText, newText);
  if (whole !== undefined) return whole;
  const patch = createTwoFilesPatch(oldName, newName, oldText, newText, '', '', { context: 3 });
  // The first line is a row of "=" that carries no information.
  return patch.replace(/^=+\n/, '');
}

/**
 * The patch of a created or deleted object, every line added or removed, written as jsdiff writes it
 * but without running the diff: a plan of new objects has hundreds of them.
 */
export function wholeFilePatch(
  oldName: string,
  newName: string,
  oldText: string,
  newText: string,
): string | undefined {
  if ((oldText === '') === (newText === '')) return undefined;
  const text = oldText || newText;
  const lines = text.split('\n');
  const endsWithNewline = text.endsWith('\n');
  if (endsWithNewline) lines.pop();
  const sign = oldText ? '-' : '+';
  const range = oldText ? `-1,${lines.length} +0,0` : `-0,0 +1,${lines.length}`;
  const body = lines.map((line) => `${sign}${line}\n`).join('');
  const noNewline = endsWithNewline ? '' : '\\ No newline at end of file\n';
  return `--- ${oldName}\n+++ ${newName}\n@@ ${range} @@\n${body}${noNewline}`;
}
