import { createHash } from 'node:crypto';
import { withoutChecksum } from '../secrets/doppler-secret.js';
import { maskSecret } from '../secrets/mask.js';
import type { IgnoreRule } from '../model/ignore-rule.js';
import type { Change } from './change.js';
import { normalize, sortKeys } from './normalize.js';

/**
 * A stable hash of what a plan would do: every desired object (normalized, Secret values masked so the
 * digest can be published, and without the checksum of Doppler values, which a plan without a token
 * cannot know) and every change's action. Same manifests against the same cluster give
 * the same digest on every run; a PR's digest that differs at merge time means the plan went stale.
 */
export function planDigest(changes: readonly Change[], ignore: readonly IgnoreRule[] = []): string {
  const entries = changes
    .map((change) => ({
      subject: change.subject,
      action: change.action,
      desired: change.desired
        ? sortKeys(maskSecret(withoutChecksum(normalize(change.desired, ignore))))
        : null,
    }))
    .sort((a, b) => a.subject.localeCompare(b.subject));
  return `sha256:${createHash('sha256').update(JSON.stringify(entries)).digest('hex')}`;
}
