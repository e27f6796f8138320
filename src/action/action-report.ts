import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidationResult } from '../validate/validation-result.js';
import type { Settings } from '../settings/inputs.js';
import type { FailureReport } from '../model/failure-report.js';
import type { Plan } from '../plan/plan.js';
import type { SecretValues } from '../secrets/redact.js';
import { diffText, planOutputs } from '../report/plan-text.js';
import { failureSummary, planSummary } from '../report/summary.js';
import { OUTPUTS } from '../settings/inputs.js';
import { planTitle } from './outcome-notes.js';

/** The outputs of a run that did not get as far as setting them. */
const NOTHING_DONE: Readonly<Record<keyof typeof OUTPUTS, string>> = {
  valid: 'false',
  errors: '0',
  warnings: '0',
  'sync-status': 'Unknown',
  'has-changes': 'false',
  added: '0',
  changed: '0',
  deleted: '0',
  destructive: '0',
  'plan-digest': '',
  'deployment-id': '',
  image: '',
  'environment-url': '',
  'pull-request': '',
  apps: '[]',
  fleet: '[]',
  'diff-file': '',
  failure: '',
};

/**
 * What the action leaves in the workflow run: annotations, outputs, the job summary and the diff file.
 * Everything passes through redaction: GITHUB_OUTPUT and the summary are files the runner's masking
 * never sees.
 */
export class ActionReport {
  private readonly outputsSet = new Set<string>();
  private summaryWritten = false;

  constructor(
    private readonly secrets: SecretValues,
    /** The runner's temp folder, outside the workspace. */
    private readonly tempDir: string,
  ) {}

  output(name: string, value: string): void {
    this.outputsSet.add(name);
    core.setOutput(name, this.secrets.redact(value));
  }

  async summary(markdown: string): Promise<void> {
    this.summaryWritten = true;
    await core.summary.addRaw(this.secrets.redact(markdown)).write();
  }

  /**
   * A run that stopped before it had a result (a bad input, a missing manifest, helm not installed):
   * the summary says why, and the outputs say failed, so `outputs.errors` is never empty.
   */
  async failed(message: string): Promise<void> {
    this.output('sync-status', 'Failed');
    if (!this.outputsSet.has('valid')) {
      this.output('valid', 'false');
      this.output('errors', '1');
      this.output('warnings', '0');
    }
    if (!this.summaryWritten) await this.summary(failureSummary(message));
  }

  /** Every output is set on every path: what a run did not reach reads as nothing done. */
  setUnsetOutputs(): void {
    for (const [name, value] of Object.entries(NOTHING_DONE))
      if (!this.outputsSet.has(name)) this.output(name, value);
  }

  /** Each finding as an annotation on its file and line, and the counts as outputs. */
  validation(result: ValidationResult): void {
    this.annotate(result);
    this.output('valid', String(result.valid));
    this.output('errors', String(result.errors));
    this.output('warnings', String(result.warnings));
  }

  /** Each finding as an annotation on its file and line. */
  annotate(result: Pick<ValidationResult, 'findings'>): void {
    for (const finding of result.findings) {
      const annotate = finding.severity === 'error' ? core.error : core.warning;
      annotate(finding.message, {
        title: `kubesync ${finding.rule}`,
        file: finding.origin.file,
        startLine: finding.origin.line,
        startColumn: finding.origin.column,
      });
    }
  }

  /** Outputs, diff file and job summary of plan and apply, which report the same shape of result. */
  async planResult(
    command: 'plan' | 'apply',
    settings: Settings,
    result: {
      app: string;
      plan?: Plan;
      syncStatus: string;
      validation: ValidationResult;
      rendered?: { base: string };
      failures?: readonly FailureReport[];
    },
    notes: readonly string[],
  ): Promise<void> {
    for (const [name, value] of Object.entries(planOutputs(result.plan, result.syncStatus)))
      this.output(name, value);
    if (result.plan) this.output('diff-file', this.diffFile(result.app, diffText(result.plan)));
    if (result.plan) await this.diffInLog(result.plan);
    core.info(`${result.app}: ${result.syncStatus}`);
    const title = planTitle(command, result.app, settings.environment, result.rendered !== undefined);
    const { plan, syncStatus, validation } = result;
    await this.summary(
      planSummary(
        this.secrets,
        title,
        syncStatus,
        plan,
        notes,
        validation.findings,
        undefined,
        result.failures,
      ),
    );
  }

  /** The full diff in the log too, folded away, as `kubectl diff` would print it. */
  async diffInLog(plan: Plan): Promise<void> {
    const diff = diffText(plan);
    if (diff) await core.group('diff', () => Promise.resolve(core.info(diff)));
  }

  /** Writes the full diff, Secret values masked, and gives the file's path. */
  diffFile(app: string, diff: string): string {
    const file = path.join(this.tempDir, `kubesync-${app}.diff`);
    writeFileSync(file, this.secrets.redact(diff));
    return file;
  }
}
