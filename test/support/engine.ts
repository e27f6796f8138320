import { afterEach } from 'vitest';
import type { ApplyTiming } from '../../src/commands/apply.js';
import { runApply } from '../../src/commands/apply.js';
import { runPlan } from '../../src/commands/plan.js';
import type { RawInputs } from '../../src/inputs.js';
import { parseSettings } from '../../src/inputs.js';
import type { Provenance } from '../../src/plan/desired.js';
import type { Log } from '../../src/report/log.js';
import type { FakeKubeOptions } from '../fake-kube/server.js';
import { FakeKube } from '../fake-kube/server.js';

const running: FakeKube[] = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.stop();
});

export async function startFake(options: FakeKubeOptions = {}): Promise<FakeKube> {
  const fake = new FakeKube({ token: 'fake-token', ...options });
  await fake.start();
  running.push(fake);
  return fake;
}

/** A log that keeps its lines, for asserting on progress messages. */
export function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => lines.push(line),
    warning: (line) => lines.push(`warning: ${line}`),
    group: (name, run) => {
      lines.push(`[${name}]`);
      return run();
    },
  };
}

export const COMMIT: Provenance = {
  commit: '1111111111111111111111111111111111111111',
  commitTime: '2026-11-20T10:00:00Z',
  run: 'https://github.com/acme/shop/actions/runs/1',
  ref: 'refs/heads/main',
};

export const FAST: ApplyTiming = { pollMs: 5, lockPollMs: 20 };

/** Plan and apply against a fake, in-process, with the given manifests folder and inputs. */
export function engine(fake: FakeKube, workspace: string, inputs: RawInputs = {}) {
  const settings = (extra: RawInputs = {}) =>
    parseSettings(
      { manifest: 'k8s', kubeconfig: fake.kubeconfig(), app: 'shop', ...inputs, ...extra },
      { workspace },
    );
  return {
    plan: (extra: RawInputs = {}, log: Log = recordingLog()) => runPlan(settings(extra), COMMIT, log, {}),
    apply: (extra: RawInputs = {}, provenance: Provenance = COMMIT, log: Log = recordingLog()) =>
      runApply(settings(extra), provenance, log, {}, FAST),
  };
}
