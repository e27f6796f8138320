import type { GitHub } from '../../github/github.js';
import type { Settings } from '../../settings/inputs.js';
import type { Log } from '../../model/log.js';
import { DopplerClient } from '../../secrets/doppler.js';
import type { SecretValues } from '../../secrets/redact.js';
import type { Throttling } from '../../cluster/cluster-connections.js';
import { ClusterConnections } from '../../cluster/cluster-connections.js';
import type { ClusterSession } from '../../cluster/session.js';
import { connectOverHttp } from './cluster-session.js';

/**
 * What a command needs from outside the settings, built once by the action (run-action.ts) or the CLI
 * (run-cli.ts) and passed down: tests give their own log, environment, redaction, cluster or GitHub.
 */
export interface Runtime {
  readonly log: Log;
  /** The environment the entry was started with: KUBECONFIG, HOME, DOPPLER_TOKEN and the like. */
  readonly env: NodeJS.ProcessEnv;
  /** Every secret value the run meets is registered here; every report is redacted by it. */
  readonly secrets: SecretValues;
  /** The cluster the settings' credentials name; undefined when there are none (a fork's pull request). */
  readonly connect: (settings: Settings, app: string) => ClusterSession | undefined;
  /** GitHub, when there is a token and a repository to record in; absent for the CLI. */
  readonly github?: GitHub;
  /** Doppler, when there is a token to ask it with. */
  readonly doppler: (settings: Settings) => DopplerClient | undefined;
  /** The API servers that answered 429 so far in the run; absent without a cluster. */
  readonly throttling?: () => readonly Throttling[];
  /** The clock deploy windows are read by; the wall clock when absent. */
  readonly now?: () => Date;
}

/**
 * The real thing: the cluster over HTTPS, one connection per cluster and credentials for the whole
 * run, Doppler's API.
 */
export function liveRuntime(log: Log, env: NodeJS.ProcessEnv, secrets: SecretValues): Runtime {
  const onRetry = (message: string) => log.info(`retrying: ${message}`);
  const connections = new ClusterConnections();
  return {
    log,
    env,
    secrets,
    now: () => new Date(),
    connect: (settings, app) => connectOverHttp(settings, app, { env, secrets, onRetry, connections }),
    throttling: () => connections.throttling(),
    doppler: ({ secrets: { doppler }, requestTimeoutMs }) =>
      doppler.token ? new DopplerClient(doppler, { requestTimeoutMs, onRetry }) : undefined,
  };
}
