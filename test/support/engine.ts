import { afterEach } from 'vitest';
import type { ApplyTiming } from '../../src/sync/sync-context.js';
import { runApply } from '../../src/app/commands/apply.js';
import { runPlan } from '../../src/app/commands/plan.js';
import { commitAncestry } from '../../src/app/commit-ancestry.js';
import type { RawInputs } from '../../src/settings/parse-settings.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import type { Provenance } from '../../src/model/provenance.js';
import type { Log } from '../../src/model/log.js';
import type { Runtime } from '../../src/app/commands/runtime.js';
import { liveRuntime } from '../../src/app/commands/runtime.js';
import { SecretValues } from '../../src/secrets/redact.js';
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

/** The engine's outside world as the CLI builds it, with an empty environment and a redaction of its own. */
export function testRuntime(log: Log = recordingLog(), env: NodeJS.ProcessEnv = {}): Runtime {
  return liveRuntime(log, env, new SecretValues());
}

export const COMMIT: Provenance = {
  commit: '1111111111111111111111111111111111111111',
  run: 'https://github.com/acme/shop/actions/runs/1',
  ref: 'refs/heads/main',
};

export const FAST: ApplyTiming = { pollMs: 5, lockPollMs: 20 };

/** What the engine needs of a cluster: credentials and the namespace objects land in by default. */
export interface EngineTarget {
  readonly kubeconfig: string;
  readonly namespace?: string;
  /** A real cluster is polled less eagerly than the in-process fake. */
  readonly kind?: 'fake' | 'real';
}

/** What a test may add to the engine's timing: a cancellation signal. */
export interface EngineControl {
  readonly signal?: AbortSignal;
}

/** Plan and apply in-process, with the given manifests folder and inputs, against a fake or a real cluster. */
export function engine(
  target: FakeKube | EngineTarget,
  workspace: string,
  inputs: RawInputs = {},
  control: EngineControl = {},
) {
  const cluster: EngineTarget = target instanceof FakeKube ? { kubeconfig: target.kubeconfig() } : target;
  const timing: ApplyTiming = {
    ...(cluster.kind === 'real' ? { pollMs: 200, lockPollMs: 200 } : FAST),
    ...control,
  };
  const settings = (extra: RawInputs = {}) =>
    parseSettings(
      {
        manifest: 'k8s',
        kubeconfig: cluster.kubeconfig,
        app: 'shop',
        ...(cluster.namespace ? { namespace: cluster.namespace } : {}),
        ...inputs,
        ...extra,
      },
      { workspace },
    );
  return {
    plan: (extra: RawInputs = {}, log: Log = recordingLog()) =>
      runPlan(settings(extra), COMMIT, testRuntime(log)),
    // As the CLI does: the order of commits from the workspace's git history, when it is a repository.
    apply: (extra: RawInputs = {}, provenance: Provenance = COMMIT, log: Log = recordingLog()) =>
      runApply(settings(extra), provenance, testRuntime(log), timing, {
        ancestry: commitAncestry(workspace),
      }),
  };
}
