import { secretValues } from '../secrets/redact.js';
import { escapeMarkdown } from './escape.js';
import type { Change } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import { changeLabel } from './change-label.js';
import type { Finding } from '../validate/finding.js';
import { formatOrigin } from '../manifests/origin.js';

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface CommentInput {
  readonly app: string;
  readonly environment: string;
  readonly sha: string;
  /** The API server's host, never a URL with credentials. */
  readonly server?: string;
  readonly syncStatus: string;
  readonly unknownReason?: string;
  readonly plan?: Plan;
  /** The hash of the desired objects alone (`desiredDigest`), so apply can tell which side changed. */
  readonly desiredDigest?: string;
  readonly findings: readonly Finding[];
  /** Where the full diff is when a body had to be cut: the run's job summary. */
  readonly runUrl: string;
}

const MARKER_START = '<!-- kubesync:';
const MARKER_END = ' -->';

/** The hidden first line that identifies an app's comment and carries what apply compares against. */
export function commentMarker(app: string, environment: string): string {
  return `${MARKER_START}${app}:${environment || 'default'} `;
}

/** What the marker records of the reviewed plan. Comments written before `desired` existed lack it. */
export interface MarkerData {
  readonly digest: string;
  readonly desired?: string;
  readonly sha: string;
}

export function markerLine(input: CommentInput): string {
  const data: MarkerData = {
    digest: input.plan?.digest ?? '',
    desired: input.desiredDigest ?? '',
    sha: input.sha,
  };
  return `${commentMarker(input.app, input.environment)}${JSON.stringify(data)}${MARKER_END}`;
}

/** Reads the digests and commit back out of a comment body written by `renderPlanComment`. */
export function readMarker(body: string, app: string, environment: string): MarkerData | undefined {
  const prefix = commentMarker(app, environment);
  if (!body.startsWith(prefix)) return undefined;
  const end = body.indexOf(MARKER_END);
  try {
    return JSON.parse(body.slice(prefix.length, end)) as MarkerData;
  } catch {
    return undefined;
  }
}

/**
 * Redacts a comment body except its marker line, which holds identifiers and hashes only: redacting
 * an app or environment name that equals a secret value there would lose the comment.
 */
export function redactComment(body: string): string {
  const end = body.indexOf(`${MARKER_END}\n`);
  if (!body.startsWith(MARKER_START) || end === -1 || body.slice(0, end).includes('\n'))
    return secretValues.redact(body);
  const cut = end + MARKER_END.length + 1;
  return body.slice(0, cut) + secretValues.redact(body.slice(cut));
}

/**
 * The pull request comment for one app and environment: header, status, counts, findings, then one
 * collapsible block per changed object with its diff. Deterministic, and never over GitHub's limit:
 * diff bodies are dropped largest first, each replaced by a line pointing at the job summary.
 */
export function renderPlanComment(input: CommentInput): string {
  // The marker goes on after redaction, so that it stays findable.
  const marker = `${markerLine(input)}\n`;
  const head = renderHead(input);
  const changed = (input.plan?.changes ?? []).filter((change) => change.diff);
  const blocks = changed.map((change) => ({ change, body: renderBlock(change, input.runUrl, false) }));
  const total = () => marker.length + head.length + blocks.reduce((sum, block) => sum + block.body.length, 0);
  const bySize = [...blocks].sort(
    (a, b) => b.body.length - a.body.length || a.change.subject.localeCompare(b.change.subject),
  );
  for (const block of bySize) {
    if (total() <= COMMENT_LIMIT) break;
    block.body = renderBlock(block.change, input.runUrl, true);
  }
  // Redacted before it may be cut, so that a cut never leaves part of a secret.
  const limit = COMMENT_LIMIT - marker.length;
  let body = secretValues.redact(head + blocks.map((block) => block.body).join(''));
  if (body.length > limit) {
    const note = `\n_The list was cut to fit a comment; the [job summary](${input.runUrl}) has all of it._\n`;
    body = body.slice(0, limit - note.length) + note;
  }
  return marker + body;
}

function renderHead(input: CommentInput): string {
  const title = `### kubesync plan: \`${escapeMarkdown(input.app)}\`${input.environment ? ` → ${escapeMarkdown(input.environment)}` : ''}`;
  const where = `${input.server ? ` on \`${escapeMarkdown(input.server)}\`` : ''} for \`${input.sha.slice(0, 7)}\``;
  const lines = [title, '', `**${input.syncStatus}**${where}`, ''];
  if (input.unknownReason) lines.push(`Status Unknown: ${escapeMarkdown(input.unknownReason)}.`, '');
  const plan = input.plan;
  if (plan) {
    if (plan.syncStatus === 'Synced') lines.push('No changes: the cluster matches this commit.', '');
    const { counts } = plan;
    lines.push('| create | update | delete | unchanged |', '| ---: | ---: | ---: | ---: |');
    lines.push(`| ${counts.create} | ${counts.update} | ${counts.delete} | ${counts.unchanged} |`, '');
    if (counts.orphan > 0) lines.push(`${counts.orphan} objects would be orphaned (prune is off).`, '');
  }
  if (input.findings.length > 0) {
    lines.push('| severity | where | finding |', '| --- | --- | --- |');
    for (const finding of input.findings.slice(0, 50)) {
      lines.push(
        `| ${finding.severity} | \`${escapeMarkdown(formatOrigin(finding.origin))}\` | ${escapeMarkdown(finding.message)} |`,
      );
    }
    if (input.findings.length > 50)
      lines.push('', `…and ${input.findings.length - 50} more in the job summary.`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

function renderBlock(change: Change, runUrl: string, omitted: boolean): string {
  const summary = `${escapeMarkdown(change.subject)} (${escapeMarkdown(changeLabel(change))})`;
  const body = omitted
    ? `_Diff omitted (${change.diff.split('\n').length} lines) to fit GitHub's comment limit; see the [job summary](${runUrl})._`
    : ['````diff', change.diff.trimEnd(), '````'].join('\n');
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n`;
}
