import type { Finding, Severity } from '../model/finding.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { code, link, plural } from './inline.js';
import type { RepositoryLinks } from './links.js';
import { fileLineUrl } from './links.js';

/** More warnings than this fold into a collapsed block, so that they never push the changes down. */
export const FOLD_WARNINGS_OVER = 3;
/** Places linked in one row; the rest are counted. */
const MAX_PLACES = 5;

/** Every finding of one rule and severity. */
export interface FindingGroup {
  readonly severity: Severity;
  readonly rule: string;
  readonly findings: readonly Finding[];
}

/** Findings by rule: errors first, then the rule with the most findings, then by name. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { severity: Severity; rule: string; findings: Finding[] }>();
  for (const finding of findings) {
    const key = `${finding.severity}\u0000${finding.rule}`;
    const group = groups.get(key) ?? { severity: finding.severity, rule: finding.rule, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.severity === 'error') - Number(a.severity === 'error') ||
      b.findings.length - a.findings.length ||
      a.rule.localeCompare(b.rule),
  );
}

/**
 * The findings of the PR comment: one row per rule (how many, the first message, the places as links
 * to the lines at the commit), errors first and open, warnings folded when there are more than three.
 */
export function renderFindings(findings: readonly Finding[], links?: RepositoryLinks): string {
  const groups = groupFindings(findings);
  const errors = groups.filter((group) => group.severity === 'error');
  const warnings = groups.filter((group) => group.severity === 'warning');
  const warningCount = warnings.reduce((sum, group) => sum + group.findings.length, 0);
  if (groups.length === 0) return '';
  if (warningCount <= FOLD_WARNINGS_OVER) return `${table(groups, links).join('\n')}\n\n`;
  const lines = errors.length > 0 ? [...table(errors, links), ''] : [];
  const rules = plural(warnings.length, 'rule');
  lines.push(
    `<details><summary>⚠️ ${plural(warningCount, 'warning')} (${rules})</summary>`,
    '',
    ...table(warnings, links),
    '',
    '</details>',
  );
  return `${lines.join('\n')}\n\n`;
}

function table(groups: readonly FindingGroup[], links: RepositoryLinks | undefined): string[] {
  return [
    '| | rule | count | finding | where |',
    '| --- | --- | ---: | --- | --- |',
    ...groups.map((group) => {
      const [first] = group.findings;
      const more = group.findings.length - 1;
      const message = `${escapeMarkdown(first?.message ?? '')}${more > 0 ? ` (and ${more} more like it)` : ''}`;
      const icon = group.severity === 'error' ? '❌' : '⚠️';
      return `| ${icon} | ${code(group.rule)} | ${group.findings.length} | ${message} | ${places(group.findings, links)} |`;
    }),
  ];
}

/** `[k8s/web.yaml:12](…#L12), [k8s/api.yaml:9](…#L9) and 3 more`: each place once. */
function places(findings: readonly Finding[], links: RepositoryLinks | undefined): string {
  const seen = new Map<string, string>();
  for (const { origin } of findings) {
    const text = `${origin.file}:${origin.line}`;
    if (seen.has(text)) continue;
    const url = links ? fileLineUrl(links, origin) : undefined;
    seen.set(text, url ? link(text, url) : escapeMarkdown(text));
  }
  const shown = [...seen.values()].slice(0, MAX_PLACES).join(', ');
  return seen.size > MAX_PLACES ? `${shown} and ${seen.size - MAX_PLACES} more` : shown;
}
