import type { Resource } from '../model/resource.js';
import { describeObject } from '../model/resource.js';
import { WAIT_FOR_ANNOTATION, waitForOf } from '../manifests/wait-for.js';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';

/** A `kubesync.io/wait-for` that does not read as `kubectl wait --for` would take it, on its line. */
export function checkWaitFor(resource: Resource): Finding[] {
  const parsed = waitForOf(resource.object);
  if (!parsed || !('problem' in parsed)) return [];
  return [
    errorAt(
      resource.locate(['metadata', 'annotations', WAIT_FOR_ANNOTATION]),
      'wait-for',
      `${describeObject(resource.object)}: ${WAIT_FOR_ANNOTATION}: ${parsed.problem}`,
    ),
  ];
}
