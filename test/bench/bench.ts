/**
 * `npm run bench`: plan and apply of generated objects against the fake API server with 5 ms latency
 * per request, through the bundled CLI (the code users run), at concurrency 1 and at the default.
 * Prints wall time, requests made and the CLI's peak RSS, and checks the targets:
 *   plan of 500 within 2x of (requests x latency / concurrency); peak RSS under 150 MB at 2,000.
 * `--json` prints the rows as JSON instead. Exits 1 when a target is missed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeKube } from '../fake-kube/server.js';

const LATENCY_MS = 5;
const SIZES = [50, 500, 2000];
const CONCURRENCIES = [1, 8];
const DIST = path.resolve(import.meta.dirname, '../../dist/index.js');

interface Row {
  command: 'plan' | 'apply';
  objects: number;
  concurrency: number;
  wallMs: number;
  requests: number;
  idealMs: number;
  peakRssMb: number;
}

function manifests(count: number): string {
  const documents: string[] = [];
  for (let index = 0; index < count; index++) {
    documents.push(
      index % 2 === 0
        ? `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${index}\ndata:\n  index: "${index}"\n  payload: "${'x'.repeat(200)}"\n`
        : `apiVersion: v1\nkind: Service\nmetadata:\n  name: service-${index}\nspec:\n  selector: {app: a${index}}\n  ports:\n    - port: 80\n      targetPort: 8080\n`,
    );
  }
  return documents.join('---\n');
}

/** Runs the CLI; its peak RSS comes from the process itself, written at exit to a file. */
function runCli(
  args: string[],
  cwd: string,
  kubeconfig: string,
): Promise<{ code: number; wallMs: number; peakRssMb: number }> {
  const rssFile = path.join(cwd, `rss-${Date.now()}`);
  const reporter = `data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(${JSON.stringify(rssFile)},String(process.resourceUsage().maxRSS)))`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', reporter, DIST, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, KUBECONFIG: kubeconfig },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if ((code ?? 2) > 1)
        reject(new Error(`kubesync ${args.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`));
      else resolve({ code: code ?? 0, wallMs, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 });
    });
  });
}

async function measure(objects: number, concurrency: number): Promise<Row[]> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'kubesync-bench-'));
  const fake = new FakeKube({ latencyMs: LATENCY_MS });
  await fake.start();
  try {
    mkdirSync(path.join(workspace, 'k8s'));
    writeFileSync(path.join(workspace, 'k8s/objects.yaml'), manifests(objects));
    const kubeconfig = path.join(workspace, 'kubeconfig');
    writeFileSync(kubeconfig, fake.kubeconfig());
    const args = ['k8s', '--app', 'bench', '--concurrency', String(concurrency), '--policy-resources', 'off'];
    const rows: Row[] = [];
    for (const command of ['plan', 'apply'] as const) {
      const before = fake.requests.length;
      const result = await runCli([command, ...args], workspace, kubeconfig);
      const requests = fake.requests.length - before;
      rows.push({
        command,
        objects,
        concurrency,
        wallMs: result.wallMs,
        requests,
        idealMs: (requests * LATENCY_MS) / concurrency,
        peakRssMb: result.peakRssMb,
      });
    }
    return rows;
  } finally {
    await fake.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** What every run pays before any work: starting Node and loading the bundle (`kubesync --help`). */
async function startup(): Promise<{ wallMs: number; peakRssMb: number }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'kubesync-bench-'));
  try {
    const result = await runCli(['--help'], folder, '');
    return { wallMs: result.wallMs, peakRssMb: result.peakRssMb };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const baseline = await startup();
const rows: Row[] = [];
for (const objects of SIZES)
  for (const concurrency of CONCURRENCIES) rows.push(...(await measure(objects, concurrency)));

const failures: string[] = [];
for (const row of rows) {
  if (row.command === 'plan' && row.objects === 500 && row.wallMs > 2 * row.idealMs) {
    failures.push(
      `plan of 500 at concurrency ${row.concurrency}: ${Math.round(row.wallMs)} ms > 2 x ${Math.round(row.idealMs)} ms`,
    );
  }
  if (row.objects === 2000 && row.peakRssMb >= 150) {
    failures.push(
      `${row.command} of 2000 at concurrency ${row.concurrency}: peak RSS ${row.peakRssMb.toFixed(0)} MB >= 150 MB`,
    );
  }
}

if (process.argv.includes('--json')) {
  process.stdout.write(
    `${JSON.stringify({ latencyMs: LATENCY_MS, startup: baseline, rows, failures }, null, 2)}\n`,
  );
} else {
  const header = [
    'command',
    'objects',
    'concurrency',
    'wall ms',
    'requests',
    'ideal ms',
    'wall/ideal',
    'peak RSS MB',
  ];
  const lines = rows.map((row) => [
    row.command,
    String(row.objects),
    String(row.concurrency),
    row.wallMs.toFixed(0),
    String(row.requests),
    row.idealMs.toFixed(0),
    (row.wallMs / row.idealMs).toFixed(2),
    row.peakRssMb.toFixed(0),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ');
  process.stdout.write(
    `startup (kubesync --help): ${baseline.wallMs.toFixed(0)} ms, peak RSS ${baseline.peakRssMb.toFixed(0)} MB\n\n`,
  );
  process.stdout.write(`${[format(header), ...lines.map(format)].join('\n')}\n\n`);
  process.stdout.write(
    failures.length === 0
      ? 'all targets met\n'
      : `targets missed:\n${failures.map((line) => `  ${line}`).join('\n')}\n`,
  );
}
process.exitCode = failures.length === 0 ? 0 : 1;
