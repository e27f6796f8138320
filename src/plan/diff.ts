import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import type { KubeObject } from '../model/object.js';
import type { DiffMasker } from '../model/masker.js';
import { sortKeys } from './normalize.js';

function toYaml(object: KubeObject | undefined): string {
  return object ? stringify(sortKeys(object), { lineWidth: 0 }) : '';
}

/**
 * A unified diff of two normalized objects as YAML with sorted keys, after each masker has hidden what
 * it hides. The file names say which side is which, as `kubectl diff` labels them
 * (live / desired).
 */
export function diffObjects(
  subject: string,
  before: KubeObject | undefined,
  after: KubeObject | undefined,
  maskers: readonly DiffMasker[],
  valueSources?: Readonly<Record<string, string>>,
): string {
  let [maskedBefore, maskedAfter] = [before, after];
  for (const mask of maskers) [maskedBefore, maskedAfter] = mask(maskedBefore, maskedAfter, valueSources);
  const patch = createTwoFilesPatch(
    before ? `live/${subject}` : '/dev/null',
    after ? `desired/${subject}` : '/dev/null',
    toYaml(maskedBefore),
    toYaml(maskedAfter),
    '',
    '',
    { context: 3 },
  );
  // The first line is a row of "=" that carries no information.
  return patch.replace(/^=+\n/, '');
}
