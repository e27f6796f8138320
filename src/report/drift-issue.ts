import type { Plan } from '../plan/plan.js';
import type { SecretValues } from '../secrets/redact.js';
import { driftIssueMarker } from '../github/comment-marker.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { renderChangePages } from './change-blocks.js';
import { keepReportIdentifiers } from './identifiers.js';
import { code, link } from './inline.js';
import type { RepositoryLinks } from './links.js';
import { commitUrl } from './links.js';
import { COMMENT_LIMIT } from './markdown.js';
import { countsSentence } from './plan-overview.js';

/** What a drift issue says of one app and environment. */
export interface DriftIssueInput {
  readonly app: string;
  readonly environment: string;
  /** The commit the plan compared the cluster with. */
  readonly sha: string;
  /** The kubeconfig context, or the API server's host. */
  readonly cluster?: string;
  readonly plan: Plan;
  readonly runUrl: string;
  readonly repositoryUrl?: string;
  /** When the plan ran, ISO 8601: an issue kept up to date says when the drift was last seen. */
  readonly seenAt: string;
  readonly selfHeal: boolean;
}

/** `kubesync: web drifted in production`: the issue's title. */
export function driftIssueTitle(app: string, environment: string): string {
  return `kubesync: ${app} drifted${environment ? ` in ${environment}` : ''}`;
}

/**
 * The body of a drift issue: the hidden marker that finds it again, where and since which plan, the
 * overview and one diff per drifted object (the plan comment's renderers), and what ends it. Never
 * over GitHub's limit for an issue body; what does not fit points at the run's job summary.
 */
export function renderDriftIssue(input: DriftIssueInput, secrets: SecretValues): string {
  keepReportIdentifiers(secrets, input.plan, [], [input.app, input.environment, input.cluster]);
  const links: RepositoryLinks | undefined = input.repositoryUrl
    ? { url: input.repositoryUrl, sha: input.sha }
    : undefined;
  const marker = `${driftIssueMarker(input.app, input.environment)}\n`;
  const commit = code(input.sha.slice(0, 7));
  const where = input.cluster ? ` on ${code(input.cluster)}` : '';
  const head = [
    `### ${escapeMarkdown(driftIssueTitle(input.app, input.environment))}`,
    '',
    `The cluster${where} no longer matches ${links ? link(commit, commitUrl(links)) : commit}, and nothing in git asked for the change: someone or something changed it in the cluster.`,
    '',
    `Last seen by the plan of ${link('this workflow run', input.runUrl)} at ${input.seenAt}. ${countsSentence(input.plan)}.`,
    '',
    '',
  ].join('\n');
  const tail = [
    '',
    input.selfHeal
      ? '**Next:** self-heal is on: the scheduled run applies the commit, and this issue closes.'
      : `**Next:** apply the commit again (or set ${code('self-heal: true')}), or bring the change into git. This issue closes itself once a plan finds the app Synced.`,
    '',
  ].join('\n');
  const room = COMMENT_LIMIT - marker.length - head.length - tail.length;
  const [changes = ''] = renderChangePages(input.plan, input.runUrl, links, {
    first: room,
    next: room,
    count: 1,
  });
  // Redacted before it may be cut, so that a cut never leaves part of a secret.
  const end = secrets.redact(tail);
  const limit = COMMENT_LIMIT - marker.length - end.length;
  let body = secrets.redact(head + changes);
  if (body.length > limit) {
    const note = `\n_The list was cut to fit an issue; the [job summary](${input.runUrl}) has all of it._\n`;
    body = body.slice(0, limit - note.length) + note;
  }
  return marker + body + end;
}

/** The comment that closes a drift issue: how the app came back in sync, and where. */
export function driftResolvedComment(
  how: 'healed' | 'applied' | 'synced',
  sha: string,
  runUrl: string,
): string {
  const commit = code(sha.slice(0, 7));
  const what = {
    healed: `self-heal applied ${commit} again`,
    applied: `${commit} was applied`,
    synced: `the plan finds the cluster matching ${commit} again`,
  }[how];
  return `The app is Synced again: ${what} (${link('workflow run', runUrl)}). Closing.`;
}
