import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import type { KubeObject } from '../manifests/resource.js';
import { maskChecksumPair } from '../secrets/doppler-secret.js';
import { maskSecretPair } from '../secrets/mask.js';
import { sortKeys } from './normalize.js';

function toYaml(object: KubeObject | undefined): string {
  return object ? stringify(sortKeys(object), { lineWidth: 0 }) : '';
}

/**
 * A unified diff of two normalized objects as YAML with sorted keys, Secret values (and the checksum
 * of Doppler values) masked. The file names say which side is which, as `kubectl diff` labels them
 * (live / desired).
 */
export function diffObjects(
  subject: string,
  before: KubeObject | undefined,
  after: KubeObject | undefined,
  valueSources?: Readonly<Record<string, string>>,
): string {
  const [maskedBefore, maskedAfter] = maskChecksumPair(...maskSecretPair(before, after, valueSources));
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
