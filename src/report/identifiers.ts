import type { Plan } from '../plan/plan.js';
import type { SecretValues } from '../secrets/redact.js';
import { identifiersOf, shortValueFindings } from '../secrets/redact.js';
import type { Finding } from '../model/finding.js';

/**
 * Tells the redaction every name a report of this plan prints (kinds, names, namespaces, labels, file
 * paths, and `extra`: the app, the environment, the cluster), so that no redaction of the report, here
 * or later (the Octokit hook, the job summary, the log), rewrites one of them.
 */
export function keepReportIdentifiers(
  secrets: SecretValues,
  plan: Plan | undefined,
  findings: readonly Finding[],
  extra: readonly (string | undefined)[] = [],
): void {
  const names = new Set<string>();
  for (const name of extra) if (name) names.add(name);
  for (const { origin } of findings) names.add(origin.file);
  for (const change of plan?.changes ?? []) {
    if (change.origin) names.add(change.origin.file);
    for (const object of [change.desired, change.live])
      if (object) for (const name of identifiersOf(object)) names.add(name);
    const { kind, namespace, name } = change.ref;
    for (const part of [kind, namespace, name, change.subject]) if (part) names.add(part);
  }
  secrets.keepIdentifiers(names);
}

/**
 * The findings a plan report shows: those given, and a warning for each Secret value in the plan too
 * short to be redacted from text (once, whoever else reported it).
 */
export function findingsOfPlan(findings: readonly Finding[], plan: Plan | undefined): Finding[] {
  const short = shortValueFindings(
    (plan?.changes ?? []).flatMap((change) =>
      change.desired ? [{ object: change.desired, origin: change.origin }] : [],
    ),
  );
  const key = (finding: Finding) =>
    `${finding.rule}\u0000${finding.origin.file}:${finding.origin.line}\u0000${finding.message}`;
  const known = new Set(findings.map(key));
  return [...findings, ...short.filter((finding) => !known.has(key(finding)))];
}
