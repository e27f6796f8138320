import { createHash } from 'node:crypto';
import type { IgnoreRule } from '../../model/ignore-rule.js';
import type { KubeObject } from '../../model/object.js';
import type { Plan } from '../../plan/plan.js';
import { normalize, sortKeys } from '../../plan/normalize.js';
import { withoutChecksum } from '../../secrets/doppler-secret.js';
import { maskSecret } from '../../secrets/mask.js';
import type { MarkerData } from '../../github/comment-marker.js';

/**
 * A hash of the desired objects alone, normalized and masked as the plan digest hashes them, without
 * the planned actions: the same manifests give the same hash whatever the cluster holds. Next to the
 * plan digest in the PR comment, it lets apply tell which side changed since the review.
 */
export function desiredDigest(
  plan: Pick<Plan, 'changes' | 'hooks'>,
  ignore: readonly IgnoreRule[] = [],
): string {
  const desiredOf = (object: KubeObject) => sortKeys(maskSecret(withoutChecksum(normalize(object, ignore))));
  const entries = [
    ...plan.changes.flatMap((change) =>
      change.desired ? [{ subject: change.subject, desired: desiredOf(change.desired) }] : [],
    ),
    // A hook runs code: one edited after the review is a different plan.
    ...(plan.hooks ?? []).map((hook) => ({
      subject: `hook ${hook.subject}`,
      desired: desiredOf(hook.object),
    })),
  ].sort((a, b) => a.subject.localeCompare(b.subject));
  return `sha256:${createHash('sha256').update(JSON.stringify(entries)).digest('hex')}`;
}

/** What the push found of the plan reviewed in the pull request its commit came from. */
export interface ReviewedPlan {
  readonly pull?: number;
  /** The marker of kubesync's own comment there, if it has one. */
  readonly marker?: MarkerData;
  /** The identity kubesync runs as: only its comments count. */
  readonly identity: string;
  /** Authors of other comments that carry the marker, ignored. */
  readonly ignoredAuthors: readonly string[];
}

/** Why the plan about to be applied is not the reviewed one, or undefined when it is. */
export function reviewProblem(
  reviewed: ReviewedPlan,
  app: string,
  current: { digest: string; desired: string },
): string | undefined {
  const { pull, marker } = reviewed;
  if (pull === undefined) return `no reviewed plan found for ${app} (the commit belongs to no pull request)`;
  if (!marker?.digest)
    return `no reviewed plan found for ${app} in pull request #${pull}${ignoredNote(reviewed)}`;
  if (marker.digest === current.digest) return undefined;
  const where = `in pull request #${pull} (at ${marker.sha.slice(0, 7)})`;
  if (!marker.desired) return `the plan differs from the one reviewed ${where}`;
  if (marker.desired !== current.desired) return `the manifests differ from the ones reviewed ${where}`;
  return `the manifests are the ones reviewed ${where}, but the planned changes differ: the cluster changed since the review, or prune is set differently`;
}

function ignoredNote({ ignoredAuthors, identity }: ReviewedPlan): string {
  if (ignoredAuthors.length === 0) return '';
  const comments = ignoredAuthors.length === 1 ? 'a comment' : 'comments';
  return ` (ignored ${comments} by ${ignoredAuthors.join(', ')}: only comments by ${identity}, the identity kubesync runs as, count)`;
}
