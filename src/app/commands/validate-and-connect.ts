import type { Settings } from '../../settings/inputs.js';
import { countLine } from '../../validate/counts.js';
import type { ClusterSession } from '../../cluster/session.js';
import { appNameOf } from './cluster-session.js';
import type { Runtime } from './runtime.js';
import type { ValidationResult } from '../../validate/validation-result.js';
import { validateManifests } from './validate.js';
import { holdHeapGrowth } from './heap-growth.js';

/** Where plan and apply start: what validation found, the app's name, and the cluster when valid. */
export interface ValidatedRun {
  readonly validation: ValidationResult;
  readonly app: string;
  /** Undefined when the manifests are invalid or there are no credentials. */
  readonly session?: ClusterSession;
}

/** validate (its log group says what it read and found) → the app's name → connect, when valid. */
export async function validateAndConnect(settings: Settings, runtime: Runtime): Promise<ValidatedRun> {
  holdHeapGrowth();
  const validation = await runtime.log.group('validate', async () => {
    const result = await validateManifests(settings, runtime.secrets);
    const { loaded, errors, warnings } = result;
    const objects = loaded.resources.length;
    runtime.log.info(
      countLine({ objects, files: loaded.files.length, source: loaded.type, errors, warnings }),
    );
    return result;
  });
  const app = appNameOf(settings, validation.loaded);
  const session = validation.valid ? runtime.connect(settings, app) : undefined;
  return { validation, app, session };
}
