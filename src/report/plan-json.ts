import type { PlanResult } from '../app/commands/plan.js';
import type { ObjectRef } from '../model/object.js';
import type { ChangeAction, ChangeCounts, Ownership } from '../plan/change.js';
import type { SecretValues } from '../secrets/redact.js';
import type { FindingJson } from './findings-json.js';
import { findingsJson } from './findings-json.js';
import { findingsOfPlan, keepReportIdentifiers } from './identifiers.js';

/** One planned change; the diff is the masked one every report shows, never the objects themselves. */
export interface ChangeJson {
  readonly subject: string;
  readonly action: ChangeAction;
  readonly ref: ObjectRef;
  readonly diff: string;
  /** Present when another owner manages the live object: who, and what allowed taking it over. */
  readonly owned?: Ownership;
}

/** `kubesync plan -o json`. Without a plan (invalid manifests, no cluster) counts and digest are null. */
export interface PlanJson {
  readonly app: string;
  readonly server: string | null;
  readonly syncStatus: PlanResult['syncStatus'];
  /** Why the status is Unknown. */
  readonly reason?: string;
  readonly valid: boolean;
  readonly counts: ChangeCounts | null;
  readonly digest: string | null;
  readonly changes: ChangeJson[];
  readonly findings: FindingJson[];
}

export function planJson(result: PlanResult, secrets: SecretValues): PlanJson {
  const { plan, validation } = result;
  const findings = findingsOfPlan(validation.findings, plan);
  // The names in the document stay as written even where a Secret value happens to contain one.
  keepReportIdentifiers(secrets, plan, findings, [result.app, result.server]);
  return {
    app: result.app,
    server: result.server ?? null,
    syncStatus: result.syncStatus,
    ...(result.unknownReason === undefined ? {} : { reason: result.unknownReason }),
    valid: validation.valid,
    counts: plan ? { ...plan.counts } : null,
    digest: plan?.digest ?? null,
    changes: (plan?.changes ?? []).map(({ subject, action, ref, diff, owned }) => ({
      subject,
      action,
      ref: { ...ref },
      diff,
      ...(owned ? { owned: { ...owned } } : {}),
    })),
    findings: findingsJson(findings),
  };
}
