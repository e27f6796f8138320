import type { SecretValues } from '../secrets/redact.js';
import type { Plan } from '../plan/plan.js';
import type { Finding } from '../model/finding.js';
import { renderChangePages } from './change-blocks.js';
import { cutLines } from './cut-lines.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { deliveryMarkdown } from './delivery-lines.js';
import { hooksAndWavesMarkdown } from './hooks-and-waves.js';
import { renderFindings } from './finding-groups.js';
import { findingsOfPlan, keepReportIdentifiers } from './identifiers.js';
import { imageChangesOf } from '../plan/image-changes.js';
import { imageChangesMarkdown } from './image-table.js';
import { code, link } from './inline.js';
import type { RepositoryLinks } from './links.js';
import { commitUrl } from './links.js';
import { countsSentence, nextSteps } from './plan-overview.js';
import { destructiveWarningMarkdown } from './destructive-warning.js';
import { ownershipWarningMarkdown } from './ownership-warning.js';
import { markerLine, partMarkerLine } from '../github/comment-marker.js';

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface CommentInput {
  readonly app: string;
  readonly environment: string;
  readonly sha: string;
  /** The API server's host, never a URL with credentials. */
  readonly server?: string;
  /** The kubeconfig context: how people name the cluster. Shown instead of the host when known. */
  readonly context?: string;
  readonly syncStatus: string;
  readonly unknownReason?: string;
  readonly plan?: Plan;
  /** The hash of the desired objects alone (`desiredDigest`), so apply can tell which side changed. */
  readonly desiredDigest?: string;
  readonly findings: readonly Finding[];
  /** Where the full diff is when a body had to be cut: the run's job summary. */
  readonly runUrl: string;
  /** The repository's web address (`https://github.com/acme/shop`): findings link to their lines there. */
  readonly repositoryUrl?: string;
  /** What merging will do, in the last lines; unsaid when unknown. */
  readonly prune?: boolean;
  readonly requirePlanMatch?: boolean;
  /** The label that approves destructive changes, named in the warning the comment opens with. */
  readonly destructiveApprovalLabel?: string;
  /** The plan is a rendered diff from this base commit to `sha`, not the cluster's answer. */
  readonly rendered?: { readonly base: string };
}

/**
 * What each comment aims at: a safe margin below GitHub's limit, for what redaction and the closing
 * lines add after the pages are laid out.
 */
export const COMMENT_ROOM = COMMENT_LIMIT - 1_536;

/** Room for the heading of a further comment (its marker aside). */
const PART_HEAD_ROOM = 400;

/** The first comment of a plan: see `renderPlanComments`. */
export function renderPlanComment(input: CommentInput, secrets: SecretValues): string {
  return renderPlanComments(input, secrets, 1)[0] ?? '';
}

/**
 * The pull request comments for one app and environment, at most `maxComments`. The first is for a
 * reviewer to take in at a glance: where and what, the findings by rule (warnings folded), the overview
 * of the changed objects, one collapsible diff per object, and what merging does next; the diffs that do
 * not fit go on in the further comments, each with a numbered marker of its own. Deterministic, and
 * every comment within GitHub's limit (see `renderChangePages`).
 */
export function renderPlanComments(
  input: CommentInput,
  secrets: SecretValues,
  maxComments: number,
): string[] {
  const findings = findingsOfPlan(input.findings, input.plan);
  // What the comment names reads as written, here and when the Octokit hook redacts it again.
  keepReportIdentifiers(secrets, input.plan, findings, [
    input.app,
    input.environment,
    input.context,
    input.server,
  ]);
  const links: RepositoryLinks | undefined = input.repositoryUrl
    ? { url: input.repositoryUrl, sha: input.sha }
    : undefined;
  // The marker goes on after redaction, so that it stays findable.
  const marker = `${markerLine(input.app, input.environment, {
    digest: input.plan?.digest ?? '',
    desired: input.desiredDigest ?? '',
    sha: input.sha,
  })}\n`;
  const images = imageChangesMarkdown(imageChangesOf(input.plan?.changes ?? []))
    .map((line) => `${line}\n`)
    .join('');
  const order =
    hooksAndWavesMarkdown(input.plan, escapeMarkdown) + deliveryMarkdown(input.plan, escapeMarkdown);
  const warning =
    ownershipWarningMarkdown(input.plan) +
    destructiveWarningMarkdown(input.plan, input.destructiveApprovalLabel);
  const head = `${warning}${renderHead(input, links)}${renderFindings(findings, links)}${images}${order}`;
  const tail = nextSteps(input.plan, !findings.some((finding) => finding.severity === 'error'), input);
  const rooms = {
    first: Math.max(0, COMMENT_ROOM - marker.length - head.length - tail.length),
    next:
      COMMENT_ROOM -
      partMarkerLine(input.app, input.environment, maxComments, input.sha).length -
      PART_HEAD_ROOM,
    count: Math.max(1, maxComments),
  };
  const pages = input.plan ? renderChangePages(input.plan, input.runUrl, links, rooms) : [''];
  // Redacted before it may be cut, so that a cut never leaves part of a secret.
  const end = secrets.redact(`\n${tail}`);
  const first =
    marker +
    fitComment(
      secrets.redact(head + (pages[0] ?? '')),
      COMMENT_LIMIT - marker.length - end.length,
      input.runUrl,
    ) +
    end;
  const rest = pages.slice(1).map((page, index) => {
    const part = index + 2;
    const environment = input.environment ? ` → ${code(input.environment)}` : '';
    const heading = `### kubesync plan: ${code(input.app)}${environment}, part ${part} of ${pages.length}\n\n`;
    const line = `${partMarkerLine(input.app, input.environment, part, input.sha)}\n`;
    return line + fitComment(secrets.redact(heading + page), COMMENT_LIMIT - line.length, input.runUrl);
  });
  return [first, ...rest];
}

/** A body within `limit`, cut after a whole line with a note if redaction made it longer than planned. */
function fitComment(body: string, limit: number, runUrl: string): string {
  if (body.length <= limit) return body;
  const note = `\n_The list was cut to fit a comment; the [job summary](${runUrl}) has all of it._\n`;
  return cutLines(body, limit - note.length).text + note;
}

function renderHead(input: CommentInput, links: RepositoryLinks | undefined): string {
  const environment = input.environment ? ` → ${code(input.environment)}` : '';
  const title = `### kubesync ${input.rendered ? 'rendered diff' : 'plan'}: ${code(input.app)}${environment}`;
  const cluster = input.context || input.server;
  const commit = code(input.sha.slice(0, 7));
  const where = [
    `**${input.syncStatus}**`,
    cluster ? ` on ${code(cluster)}` : '',
    ` for ${links ? link(commit, commitUrl(links)) : commit}`,
    ` · ${link('workflow run', input.runUrl)}`,
  ].join('');
  const lines = [title, '', where, ''];
  if (input.unknownReason) lines.push(`Status Unknown: ${escapeMarkdown(input.unknownReason)}.`, '');
  const plan = input.plan;
  if (input.rendered) lines.push(renderedSentence(input.rendered.base, links), '');
  if (plan?.syncStatus === 'Synced')
    lines.push(
      input.rendered
        ? 'No changes: the manifests render the same at both commits.'
        : 'No changes: the cluster matches this commit.',
      '',
    );
  if (plan) lines.push(`${countsSentence(plan)}.`, '');
  return `${lines.join('\n')}\n`;
}

/** What a rendered diff is, and what it is not. */
function renderedSentence(base: string, links: RepositoryLinks | undefined): string {
  const commit = code(base.slice(0, 7));
  const baseCommit = links ? link(commit, commitUrl({ ...links, sha: base })) : commit;
  return `A diff of the rendered manifests between the base commit ${baseCommit} and this commit, not the cluster's answer: no cluster was asked. Merging still plans against the cluster before it applies.`;
}
