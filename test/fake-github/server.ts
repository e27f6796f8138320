import { Ajv, type ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { closeServer, listenOnLoopback } from '../support/loopback.js';

interface Operation {
  method: string;
  path: string;
  requestSchema?: object;
}
const spec = JSON.parse(readFileSync(path.join(import.meta.dirname, 'openapi-operations.json'), 'utf8')) as {
  operations: Record<string, Operation>;
};

export interface RecordedCall {
  operation: string;
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body?: Record<string, unknown>;
  status: number;
}

export interface Comment {
  id: number;
  body: string;
  issue: number;
  /** The author's `user.login`; when absent, `viewerLogin` (kubesync's own identity). */
  author?: string;
}

/** A pull request of the fake repository. */
export interface PullRequest {
  number: number;
  title: string;
  body: string;
  /** Branch names, without `refs/heads/`. */
  head: string;
  base: string;
  state: 'open' | 'closed';
}

/** An issue of the fake repository (pull requests are kept apart, in `pulls`). */
export interface Issue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason?: string;
  /** The author's `user.login`. */
  author: string;
}

/** A commit of the fake repository: its files (path → text) by way of its tree. */
export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

/** How a request fails: an HTTP status, a connection dropped without an answer, or no answer ever. */
export type InjectedFailure = number | 'reset' | 'hang';

/** GraphQL is not in the REST description: the one query kubesync sends, who the token belongs to. */
const VIEWER_QUERY = /^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/;

/**
 * The parts of GitHub's REST API kubesync calls, on 127.0.0.1, reached through GITHUB_API_URL. Every
 * request is matched to an operation of GitHub's OpenAPI description and its body validated against
 * that operation's schema; anything else is recorded in `problems`, which a test expects to be empty.
 * GraphQL answers the one query kubesync sends (`viewer { login }`). Comments have authors, and
 * faults can be injected before a request is served, after it took effect, or for every request.
 */
export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  readonly problems: string[] = [];
  readonly comments: Comment[] = [];
  readonly statuses: {
    sha: string;
    state: string;
    context: string;
    description?: string;
    target_url?: string;
  }[] = [];
  readonly deployments: Record<string, unknown>[] = [];
  readonly deploymentStatuses: { deploymentId: number; body: Record<string, unknown> }[] = [];
  /** commit sha → numbers of the pull requests it belongs to */
  readonly pullsOfCommit = new Map<string, number[]>();
  /** pull request number → names of its labels */
  readonly pullLabels = new Map<number, string[]>();
  /**
   * Who the token belongs to, as GraphQL's `viewer` answers (the default GITHUB_TOKEN is the
   * github-actions app's bot); undefined when the token may not ask, as GitHub answers some tokens.
   */
  viewerLogin: string | undefined = 'github-actions[bot]';
  /** The repository's git data: commits, trees (sha → path → text) and refs (`refs/heads/main` → sha). */
  readonly commits = new Map<string, GitCommit>();
  readonly trees = new Map<string, Record<string, string>>();
  readonly refs = new Map<string, string>();
  readonly pulls: PullRequest[] = [];
  readonly issues: Issue[] = [];
  defaultBranch = 'main';
  /** When set, every request is answered with this status, as during an outage. */
  outage?: number;
  /** Operations GitHub refuses the token, with their status: 403 for a permission the token lacks. */
  readonly refused = new Map<string, number>();
  private readonly failures: InjectedFailure[] = [];
  private readonly failuresAfterEffect = new Map<string, InjectedFailure[]>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { id: string; operation: Operation; pattern: RegExp; names: string[] }[] = [];
  private server?: Server;
  private nextId = 1000;
  port = 0;

  constructor(readonly token = 'ghs_faketoken') {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    for (const [id, operation] of Object.entries(spec.operations)) {
      const names: string[] = [];
      const pattern = new RegExp(
        `^${operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
          names.push(name);
          return '([^/]+)';
        })}$`,
      );
      this.routes.push({ id, operation, pattern, names });
      if (operation.requestSchema)
        this.validators.set(id, ajv.compile(jsonSchemaOf(operation.requestSchema)));
    }
    this.routes.push({
      id: 'graphql',
      operation: { method: 'POST', path: '/graphql' },
      pattern: /^\/graphql$/,
      names: [],
    });
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.port = await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The next requests fail with these statuses (e.g. 502, 429) or resets, before being served. */
  failNext(...failures: InjectedFailure[]): void {
    this.failures.push(...failures);
  }

  /**
   * The next calls of `operation` (e.g. `issues/create-comment`) take effect, and then fail with these
   * statuses or resets: the client cannot know whether its request was applied.
   */
  failAfterEffect(operation: string, ...failures: InjectedFailure[]): void {
    this.failuresAfterEffect.set(operation, [
      ...(this.failuresAfterEffect.get(operation) ?? []),
      ...failures,
    ]);
  }

  /** Commits these files (path → text) on the branch, on top of its head; resolves to the commit sha. */
  seedCommit(files: Record<string, string>, branch = this.defaultBranch, message = 'seed'): string {
    const head = this.refs.get(`refs/heads/${branch}`);
    const base = head ? this.filesAt(head) : {};
    const tree = this.storeTree({ ...base, ...files });
    const sha = this.storeCommit(tree, head ? [head] : [], message);
    this.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** A commit known by its sha and parents only (mirroring a test's real git history), for compare. */
  seedHistory(sha: string, parents: string[] = []): void {
    this.commits.set(sha, { sha, tree: '', parents, message: 'history' });
  }

  /** The files of a commit, or of a branch's head. */
  filesAt(shaOrBranch: string): Record<string, string> {
    const sha = this.refs.get(`refs/heads/${shaOrBranch}`) ?? shaOrBranch;
    const commit = this.commits.get(sha);
    if (!commit) throw new Error(`the fake repository has no commit or branch ${shaOrBranch}`);
    return { ...this.trees.get(commit.tree) };
  }

  /** Forgets every record, the repository and the injected faults: a clean fake for the next test. */
  reset(): void {
    for (const list of [this.calls, this.problems, this.comments, this.statuses, this.deployments])
      list.splice(0);
    this.deploymentStatuses.splice(0);
    this.pulls.splice(0);
    this.issues.splice(0);
    this.failures.splice(0);
    for (const map of [this.pullsOfCommit, this.pullLabels, this.commits, this.trees, this.refs]) map.clear();
    this.failuresAfterEffect.clear();
    this.refused.clear();
    this.outage = undefined;
  }

  private storeTree(files: Record<string, string>): string {
    const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
    const sha = gitSha(JSON.stringify(sorted));
    this.trees.set(sha, sorted);
    return sha;
  }

  private storeCommit(tree: string, parents: string[], message: string): string {
    const sha = gitSha(JSON.stringify({ tree, parents, message, n: this.commits.size }));
    this.commits.set(sha, { sha, tree, parents, message });
    return sha;
  }

  /** Every comment, on any issue and by any author, whose body starts with `marker`. */
  commentsStartingWith(marker: string): Comment[] {
    return this.comments.filter((comment) => comment.body.startsWith(marker));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const text = await new Promise<string>((resolve) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => resolve(body));
    });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    const fail = (call: RecordedCall, failure: InjectedFailure) => {
      if (failure === 'reset' || failure === 'hang') {
        call.status = -1;
        if (failure === 'reset') request.socket.destroy();
        return;
      }
      call.status = failure;
      const headers: Record<string, string> =
        failure === 429 ? { 'retry-after': '1', 'x-ratelimit-remaining': '0' } : {};
      send(failure, { message: failure === this.outage ? 'outage' : 'injected failure' }, headers);
    };
    const method = request.method ?? 'GET';
    const route = this.routes.find(
      (entry) => entry.operation.method === method && entry.pattern.test(url.pathname),
    );
    if (!route) {
      this.problems.push(`no GitHub operation for ${method} ${url.pathname}`);
      return send(404, { message: 'Not Found' });
    }
    const values = route.pattern.exec(url.pathname)?.slice(1) ?? [];
    const params = Object.fromEntries(
      route.names.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]),
    );
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const call: RecordedCall = {
      operation: route.id,
      method,
      path: url.pathname,
      params,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
    };
    this.calls.push(call);
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      call.status = 401;
      return send(401, { message: 'Bad credentials' });
    }
    const validate = this.validators.get(route.id);
    if (validate && !validate(body ?? {})) {
      this.problems.push(
        `${route.id}: body does not match GitHub's schema: ${JSON.stringify(validate.errors)}`,
      );
      call.status = 422;
      return send(422, { message: 'Validation Failed', errors: validate.errors });
    }
    const refusal = this.refused.get(route.id);
    if (refusal) {
      call.status = refusal;
      return send(refusal, { message: 'Resource not accessible by integration' });
    }
    const failure = this.outage ?? this.failures.shift();
    if (failure) return fail(call, failure);
    const [status, result, headers] = this.serve(route.id, params, call.query, body ?? {});
    const afterEffect = this.failuresAfterEffect.get(route.id)?.shift();
    if (afterEffect) return fail(call, afterEffect);
    call.status = status;
    send(status, result, headers);
  }

  private serve(
    operation: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: Record<string, unknown>,
  ): [number, unknown, Record<string, string>?] {
    switch (operation) {
      case 'issues/list-comments': {
        const issue = Number(params.issue_number);
        const perPage = Number(query.per_page ?? 30);
        const page = Number(query.page ?? 1);
        const all = this.comments.filter((comment) => comment.issue === issue);
        const items = all
          .slice((page - 1) * perPage, page * perPage)
          .map((comment) => this.commentBody(comment));
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const base = `${this.url}/repos/${params.owner}/${params.repo}/issues/${issue}/comments?per_page=${perPage}`;
        const headers: Record<string, string> =
          page < last
            ? { link: `<${base}&page=${page + 1}>; rel="next", <${base}&page=${last}>; rel="last"` }
            : {};
        return [200, items, headers];
      }
      case 'issues/create-comment': {
        const comment = {
          id: this.nextId++,
          body: String(body.body),
          issue: Number(params.issue_number),
          author: this.viewerLogin ?? 'github-actions[bot]',
        };
        this.comments.push(comment);
        return [201, this.commentBody(comment)];
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((entry) => entry.id === Number(params.comment_id));
        if (!comment) return [404, { message: 'Not Found' }];
        comment.body = String(body.body);
        return [200, this.commentBody(comment)];
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((entry) => entry.id === Number(params.comment_id));
        if (index === -1) return [404, { message: 'Not Found' }];
        this.comments.splice(index, 1);
        return [204, undefined];
      }
      case 'repos/create-commit-status': {
        const status = { sha: params.sha ?? '', ...(body as { state: string; context: string }) };
        this.statuses.push(status);
        return [201, { id: this.nextId++, ...status }];
      }
      case 'repos/create-deployment': {
        const deployment = { id: this.nextId++, sha: body.ref, ...body };
        this.deployments.push(deployment);
        return [201, deployment];
      }
      case 'repos/list-deployments': {
        // Newest first, as GitHub lists them.
        const matching = [...this.deployments]
          .reverse()
          .filter(
            (deployment) =>
              (query.sha === undefined || deployment.sha === query.sha) &&
              (query.environment === undefined || deployment.environment === query.environment),
          );
        return [200, matching.slice(0, Number(query.per_page ?? 30))];
      }
      case 'graphql': {
        if (!VIEWER_QUERY.test(String(body.query))) {
          this.problems.push(
            `graphql: the fake answers only { viewer { login } }, not ${String(body.query)}`,
          );
          return [200, { data: null, errors: [{ message: 'unsupported by the fake' }] }];
        }
        if (this.viewerLogin === undefined)
          return [
            200,
            {
              data: null,
              errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
            },
          ];
        return [200, { data: { viewer: { login: this.viewerLogin } } }];
      }
      case 'repos/create-deployment-status': {
        const deploymentId = Number(params.deployment_id);
        this.deploymentStatuses.push({ deploymentId, body });
        return [201, { id: this.nextId++, ...body }];
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const numbers = this.pullsOfCommit.get(params.commit_sha ?? '') ?? [];
        return [
          200,
          numbers.map((number) => ({
            number,
            state: 'closed',
            merged_at: '2026-11-23T09:00:00Z',
            // Merged as this very commit (a merge, squash or rebase of the pull request).
            merge_commit_sha: params.commit_sha,
            labels: (this.pullLabels.get(number) ?? []).map((name) => ({ name })),
          })),
        ];
      }
      case 'repos/get':
        return [
          200,
          {
            name: params.repo,
            full_name: `${params.owner}/${params.repo}`,
            default_branch: this.defaultBranch,
            html_url: `https://github.com/${params.owner}/${params.repo}`,
          },
        ];
      case 'repos/list-commit-statuses-for-ref': {
        // Newest first, as GitHub lists them.
        const matching = [...this.statuses].reverse().filter((status) => status.sha === params.ref);
        const perPage = Number(query.per_page ?? 30);
        const page = Number(query.page ?? 1);
        return [
          200,
          matching
            .slice((page - 1) * perPage, page * perPage)
            .map((status, index) => ({ id: index + 1, ...status })),
        ];
      }
      case 'repos/compare-commits-with-basehead': {
        const [base = '', head = ''] = (params.basehead ?? '').split('...');
        if (!this.commits.has(base) || !this.commits.has(head)) return [404, { message: 'Not Found' }];
        const status =
          base === head
            ? 'identical'
            : this.isAncestor(base, head)
              ? 'ahead'
              : this.isAncestor(head, base)
                ? 'behind'
                : 'diverged';
        return [200, { status, commits: [], files: [] }];
      }
      case 'git/get-commit': {
        const commit = this.commits.get(params.commit_sha ?? '');
        if (!commit) return [404, { message: 'Not Found' }];
        return [200, this.commitBody(commit)];
      }
      case 'git/create-tree': {
        const baseTree = typeof body.base_tree === 'string' ? this.trees.get(body.base_tree) : {};
        if (!baseTree) return [422, { message: 'base_tree is not a tree' }];
        const files = { ...baseTree };
        for (const entry of body.tree as { path: string; content?: string; sha?: string | null }[]) {
          if (entry.sha === null) delete files[entry.path];
          else if (typeof entry.content === 'string') files[entry.path] = entry.content;
          else
            this.problems.push(`git/create-tree: the fake takes entries with content only (${entry.path})`);
        }
        const sha = this.storeTree(files);
        return [201, { sha, url: `${this.url}/git/trees/${sha}`, tree: [], truncated: false }];
      }
      case 'git/create-commit': {
        const tree = String(body.tree);
        const parents = (body.parents as string[] | undefined) ?? [];
        if (!this.trees.has(tree) || parents.some((parent) => !this.commits.has(parent)))
          return [422, { message: 'tree or parent not found' }];
        const sha = this.storeCommit(tree, parents, String(body.message));
        const commit = this.commits.get(sha);
        return [201, commit ? this.commitBody(commit) : {}];
      }
      case 'git/get-ref': {
        const ref = `refs/${params.ref ?? ''}`;
        const sha = this.refs.get(ref);
        if (!sha) return [404, { message: 'Not Found' }];
        return [200, this.refBody(ref, sha)];
      }
      case 'git/create-ref': {
        const ref = String(body.ref);
        if (this.refs.has(ref)) return [422, { message: 'Reference already exists' }];
        if (!this.commits.has(String(body.sha))) return [422, { message: 'Object does not exist' }];
        this.refs.set(ref, String(body.sha));
        return [201, this.refBody(ref, String(body.sha))];
      }
      case 'git/update-ref': {
        const ref = `refs/${params.ref ?? ''}`;
        const current = this.refs.get(ref);
        if (!current) return [422, { message: 'Reference does not exist' }];
        const sha = String(body.sha);
        if (!this.commits.has(sha)) return [422, { message: 'Object does not exist' }];
        if (body.force !== true && !this.isAncestor(current, sha))
          return [422, { message: 'Update is not a fast forward' }];
        this.refs.set(ref, sha);
        return [200, this.refBody(ref, sha)];
      }
      case 'pulls/list': {
        const [, headBranch] = (query.head ?? '').split(':');
        const matching = this.pulls.filter(
          (pull) =>
            (query.state === 'all' || pull.state === (query.state ?? 'open')) &&
            (query.head === undefined || pull.head === headBranch) &&
            (query.base === undefined || pull.base === query.base),
        );
        return [200, matching.map((pull) => this.pullBody(params, pull))];
      }
      case 'pulls/create': {
        const head = String(body.head);
        if (!this.refs.has(`refs/heads/${head}`)) return [422, { message: `no branch ${head}` }];
        if (this.pulls.some((pull) => pull.state === 'open' && pull.head === head && pull.base === body.base))
          return [422, { message: `A pull request already exists for ${params.owner}:${head}.` }];
        const pull: PullRequest = {
          number: this.pulls.length + 1,
          title: String(body.title),
          body: String(body.body ?? ''),
          head,
          base: String(body.base),
          state: 'open',
        };
        this.pulls.push(pull);
        return [201, this.pullBody(params, pull)];
      }
      case 'pulls/update': {
        const pull = this.pulls.find((entry) => entry.number === Number(params.pull_number));
        if (!pull) return [404, { message: 'Not Found' }];
        if (typeof body.title === 'string') pull.title = body.title;
        if (typeof body.body === 'string') pull.body = body.body;
        if (body.state === 'open' || body.state === 'closed') pull.state = body.state;
        return [200, this.pullBody(params, pull)];
      }
      case 'issues/list-for-repo': {
        const labels = (query.labels ?? '').split(',').filter(Boolean);
        const state = query.state ?? 'open';
        const matching = this.issues.filter(
          (issue) =>
            (state === 'all' || issue.state === state) &&
            labels.every((label) => issue.labels.includes(label)) &&
            (query.creator === undefined || issue.author === query.creator),
        );
        const perPage = Number(query.per_page ?? 30);
        const page = Number(query.page ?? 1);
        return [
          200,
          matching.slice((page - 1) * perPage, page * perPage).map((issue) => this.issueBody(params, issue)),
        ];
      }
      case 'issues/create': {
        const issue: Issue = {
          // Issues and pull requests share their numbers.
          number: this.nextId++,
          title: String(body.title),
          body: String(body.body ?? ''),
          labels: ((body.labels as (string | { name?: string })[] | undefined) ?? []).map((label) =>
            typeof label === 'string' ? label : String(label.name),
          ),
          state: 'open',
          author: this.viewerLogin ?? 'github-actions[bot]',
        };
        this.issues.push(issue);
        return [201, this.issueBody(params, issue)];
      }
      case 'issues/update': {
        const issue = this.issues.find((entry) => entry.number === Number(params.issue_number));
        if (!issue) return [404, { message: 'Not Found' }];
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
        if (typeof body.state_reason === 'string') issue.stateReason = body.state_reason;
        return [200, this.issueBody(params, issue)];
      }
      case 'issues/add-labels': {
        const number = Number(params.issue_number);
        const names = (body.labels as (string | { name: string })[]).map((label) =>
          typeof label === 'string' ? label : label.name,
        );
        const labels = [...new Set([...(this.pullLabels.get(number) ?? []), ...names])];
        this.pullLabels.set(number, labels);
        return [200, labels.map((name, index) => ({ id: index + 1, name }))];
      }
      default:
        return [404, { message: 'Not Found' }];
    }
  }

  private isAncestor(ancestor: string, sha: string): boolean {
    const queue = [sha];
    while (queue.length > 0) {
      const next = queue.shift() ?? '';
      if (next === ancestor) return true;
      queue.push(...(this.commits.get(next)?.parents ?? []));
    }
    return false;
  }

  private commitBody(commit: GitCommit) {
    return {
      sha: commit.sha,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.url}/git/trees/${commit.tree}` },
      parents: commit.parents.map((sha) => ({ sha, url: `${this.url}/git/commits/${sha}` })),
    };
  }

  private refBody(ref: string, sha: string) {
    return { ref, object: { type: 'commit', sha, url: `${this.url}/git/commits/${sha}` } };
  }

  private pullBody(params: Record<string, string>, pull: PullRequest) {
    return {
      number: pull.number,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      html_url: `https://github.com/${params.owner}/${params.repo}/pull/${pull.number}`,
      head: { ref: pull.head, sha: this.refs.get(`refs/heads/${pull.head}`) },
      base: { ref: pull.base },
      labels: (this.pullLabels.get(pull.number) ?? []).map((name) => ({ name })),
    };
  }

  private issueBody(params: Record<string, string>, issue: Issue) {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason ?? null,
      html_url: `https://github.com/${params.owner}/${params.repo}/issues/${issue.number}`,
      user: { login: issue.author },
      labels: issue.labels.map((name) => ({ name })),
    };
  }

  private commentBody(comment: Comment) {
    return {
      id: comment.id,
      body: comment.body,
      user: { login: comment.author ?? this.viewerLogin ?? 'github-actions[bot]' },
      html_url: `${this.url}/comment/${comment.id}`,
    };
  }
}

/**
 * OpenAPI 3.0's `nullable` as JSON Schema: Ajv reads it only beside a `type`, and GitHub's description
 * also puts it on a `oneOf` (the issue's title and milestone), which becomes "that, or null".
 */
function jsonSchemaOf(schema: unknown): object {
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (typeof node !== 'object' || node === null) return node;
    const entries = Object.entries(node).map(([key, value]) => [key, convert(value)] as const);
    const converted = Object.fromEntries(entries) as Record<string, unknown>;
    if (converted.nullable !== true || 'type' in converted) return converted;
    const { nullable: _nullable, description, ...rest } = converted;
    return { description, anyOf: [rest, { type: 'null' }] };
  };
  return convert(schema) as object;
}

/** A sha-1 hex digest, as git names its objects (of this text, not of git's object encoding). */
function gitSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
