import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidationResult } from '../commands/validate.js';
import type { Settings } from '../inputs.js';
import type { Plan } from '../plan/plan.js';
import type { SecretValues } from '../secrets/redact.js';
import { diffText, planOutputs } from './plan-text.js';
import { planSummary } from './summary.js';

/**
 * What the action leaves in the workflow run: annotations, outputs, the job summary and the diff file.
 * Everything passes through redaction: GITHUB_OUTPUT and the summary are files the runner's masking
 * never sees.
 */
export class ActionReport {
  constructor(
    private readonly secrets: SecretValues,
    /** The runner's temp folder, outside the workspace. */
    private readonly tempDir: string,
  ) {}

  output(name: string, value: string): void {
    core.setOutput(name, this.secrets.redact(value));
  }

  async summary(markdown: string): Promise<void> {
    await core.summary.addRaw(this.secrets.redact(markdown)).write();
  }

  /** Each finding as an annotation on its file and line, and the counts as outputs. */
  validation(result: ValidationResult): void {
    for (const finding of result.findings) {
      const annotate = finding.severity === 'error' ? core.error : core.warning;
      annotate(finding.message, {
        title: `kubesync ${finding.rule}`,
        file: finding.origin.file,
        startLine: finding.origin.line,
        startColumn: finding.origin.column,
      });
    }
    this.output('valid', String(result.valid));
    this.output('errors', String(result.errors));
    this.output('warnings', String(result.warnings));
  }

  /** Outputs, diff file and job summary of plan and apply, which report the same shape of result. */
  async planResult(
    command: 'plan' | 'apply',
    settings: Settings,
    result: { app: string; plan?: Plan; syncStatus: string; validation: ValidationResult },
    notes: readonly string[],
  ): Promise<void> {
    for (const [name, value] of Object.entries(planOutputs(result.plan, result.syncStatus)))
      this.output(name, value);
    if (result.plan) this.output('diff-file', this.writeDiffFile(result.app, diffText(result.plan)));
    core.info(`${result.app}: ${result.syncStatus}`);
    const title = `kubesync ${command}: ${result.app}${settings.environment ? ` (${settings.environment})` : ''}`;
    const { plan, syncStatus, validation } = result;
    await this.summary(planSummary(this.secrets, title, syncStatus, plan, notes, validation.findings));
  }

  /** The full diff, Secret values masked. */
  private writeDiffFile(app: string, diff: string): string {
    const file = path.join(this.tempDir, `kubesync-${app}.diff`);
    writeFileSync(file, this.secrets.redact(diff));
    return file;
  }
}
