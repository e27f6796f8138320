/**
 * Regenerates `openapi-operations.json`: the request schemas of the GitHub REST operations kubesync
 * calls, taken from GitHub's published OpenAPI description in the `@octokit/openapi` package. That
 * package is large, so it is not a dependency; this script installs it into a temporary folder.
 *
 *   npx tsx test/fake-github/extract-openapi.ts [path/to/node_modules/@octokit/openapi]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const OPERATIONS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  // the further comments of a plan that shrank
  'issues/delete-comment',
  'repos/create-commit-status',
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/create-deployment-status',
  'repos/list-pull-requests-associated-with-commit',
  // the order of two commits a shallow checkout cannot tell
  'repos/compare-commits-with-basehead',
  // promote: what `from` last applied, and the pull request that moves it into `to`
  'repos/get',
  'repos/list-commit-statuses-for-ref',
  'git/get-commit',
  'git/create-tree',
  'git/create-commit',
  'git/get-ref',
  'git/create-ref',
  'git/update-ref',
  'pulls/list',
  'pulls/create',
  'pulls/update',
  'issues/add-labels',
  // drift issues: one per app and environment, found by label and author, closed with a comment
  'issues/list-for-repo',
  'issues/create',
  'issues/update',
];

let packageDir = process.argv[2];
if (!packageDir) {
  const folder = mkdtempSync(path.join(tmpdir(), 'octokit-openapi-'));
  execFileSync('npm', ['install', '--no-save', '--prefix', folder, '@octokit/openapi'], { stdio: 'inherit' });
  packageDir = path.join(folder, 'node_modules/@octokit/openapi');
}
const version = (
  JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }
).version;
const spec = JSON.parse(
  readFileSync(path.join(packageDir, 'generated/api.github.com.deref.json'), 'utf8'),
) as {
  paths: Record<
    string,
    Record<string, { operationId?: string; requestBody?: { content?: Record<string, { schema?: unknown }> } }>
  >;
};

const operations: Record<string, { method: string; path: string; requestSchema?: unknown }> = {};
for (const [route, methods] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(methods)) {
    if (!operation.operationId || !OPERATIONS.includes(operation.operationId)) continue;
    operations[operation.operationId] = {
      method: method.toUpperCase(),
      path: route,
      requestSchema: operation.requestBody?.content?.['application/json']?.schema,
    };
  }
}
const missing = OPERATIONS.filter((id) => !operations[id]);
if (missing.length > 0) throw new Error(`not in the OpenAPI description: ${missing.join(', ')}`);
const output = path.join(import.meta.dirname, 'openapi-operations.json');
writeFileSync(output, `${JSON.stringify({ source: `@octokit/openapi@${version}`, operations }, null, 2)}\n`);
process.stdout.write(`wrote ${output} (${OPERATIONS.length} operations from @octokit/openapi@${version})\n`);
