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
  readonly findings: readonly Finding[];
  /** Where the full diff is when a body had to be cut: the run's job summary. */
  readonly runUrl: string;
}

/** The hidden first line that identifies an app's comment and carries what apply compares against. */
export function commentMarker(app: string, environment: string): string {
  return `<!-- kubesync:${app}:${environment || 'default'} `;
}

export function markerLine(input: CommentInput): string {
  const data = JSON.stringify({ digest: input.plan?.digest ?? '', sha: input.sha });
  return `${commentMarker(input.app, input.environment)}${data} -->`;
}

/** Reads the digest and commit back out of a comment body written by `renderPlanComment`. */
export function readMarker(
  body: string,
  app: string,
  environment: string,
): { digest: string; sha: string } | undefined {
  const prefix = commentMarker(app, environment);
  if (!body.startsWith(prefix)) return undefined;
  const end = body.indexOf(' -->');
  try {
    return JSON.parse(body.slice(prefix.length, end)) as { digest: string; sha: string };
  } catch {
    return undefined;
  }
}

/**
 * The pull request comment for one app and environment: header, status, counts, findings, then one
 * collapsible block per changed object with its diff. Deterministic, and never over GitHub's limit:
 * diff bodies are dropped largest first, each replaced by a line pointing at the job summary.
 */
export function renderPlanComment(input: CommentInput): string {
  const head = renderHead(input);
  const changed = (input.plan?.changes ?? []).filter((change) => change.diff);
  const blocks = changed.map((change) => ({ change, body: renderBlock(change, input.runUrl, false) }));
  const total = () => head.length + blocks.reduce((sum, block) => sum + block.body.length, 0);
  const bySize = [...blocks].sort(
    (a, b) => b.body.length - a.body.length || a.change.subject.localeCompare(b.change.subject),
  );
  for (const block of bySize) {
    if (total() <= COMMENT_LIMIT) break;
    block.body = renderBlock(block.change, input.runUrl, true);
  }
  // Redacted before it may be cut, so that a cut never leaves part of a secret.
  let body = secretValues.redact(head + blocks.map((block) => block.body).join(''));
  if (body.length > COMMENT_LIMIT) {
    const note = `\n_The list was cut to fit a comment; the [job summary](${input.runUrl}) has all of it._\n`;
    body = body.slice(0, COMMENT_LIMIT - note.length) + note;
  }
  return body;
}

function renderHead(input: CommentInput): string {
  const title = `### kubesync plan: \`${escapeMarkdown(input.app)}\`${input.environment ? ` → ${escapeMarkdown(input.environment)}` : ''}`;
  const where = `${input.server ? ` on \`${escapeMarkdown(input.server)}\`` : ''} for \`${input.sha.slice(0, 7)}\``;
  const lines = [markerLine(input), title, '', `**${input.syncStatus}**${where}`, ''];
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
