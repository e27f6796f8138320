import type { SecretValues } from '../secrets/redact.js';
import { GitHubApi } from './github-api.js';
import type { GitHub, Repository } from './github.js';
import { RestPromotions } from './promotion-github.js';
import { RestRecords } from './github-rest.js';
import { RestIssues } from './issues-github.js';

export interface GitHubConnection {
  readonly token: string;
  /** GITHUB_API_URL; github.com's API when unset. */
  readonly apiUrl?: string;
  readonly repository: Repository;
  readonly secrets: SecretValues;
  /** Where retries and rate-limit waits are told. */
  readonly log?: (line: string) => void;
  readonly requestTimeoutMs?: number;
}

/** GitHub over its REST API, with one client (retries, throttling, redaction) for every call of the run. */
export function connectGitHub(connection: GitHubConnection): GitHub {
  const api = new GitHubApi(
    connection.token,
    connection.secrets,
    connection.log,
    connection.requestTimeoutMs,
    connection.apiUrl,
  );
  const records = new RestRecords(api, connection.repository, connection.secrets);
  return {
    repository: connection.repository,
    records,
    promotions: new RestPromotions(api, connection.repository),
    issues: new RestIssues(api, connection.repository, () => records.identity()),
  };
}
