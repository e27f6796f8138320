import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPair, randomBytes, randomInt } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import {
  buildControlPlane,
  PINNED_SOURCES,
  pinnedKubernetesVersions,
  resolveKubernetesVersion,
  SHARED_KUBERNETES_VERSION,
} from './control-plane-build.js';

/**
 * A real Kubernetes control plane for tests, as controller-runtime's envtest runs one: etcd and
 * kube-apiserver on free loopback ports, and, when their binaries are there, kube-controller-manager,
 * kube-scheduler and fake-kubelet (Ready nodes, Running pods) so workloads roll out as on a cluster.
 */

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED_BIN = path.resolve(REPO_ROOT, '../shared/control-plane/bin');
const UNPACK_DIR = path.join(REPO_ROOT, 'node_modules/.cache/kubesync-control-plane');

export const CONTROL_PLANE_BINARIES = [
  'etcd',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'fake-kubelet',
] as const;
export type ControlPlaneBinary = (typeof CONTROL_PLANE_BINARIES)[number];
const REQUIRED: ControlPlaneBinary[] = ['etcd', 'kube-apiserver'];
const CONTROLLERS: ControlPlaneBinary[] = ['kube-controller-manager', 'kube-scheduler', 'fake-kubelet'];

type AssetsSource = 'KUBEBUILDER_ASSETS' | 'shared/control-plane' | 'pinned sources';

export type ControlPlaneAssets =
  { dir: string; binaries: ControlPlaneBinary[]; source: AssetsSource } | { problem: string };

/**
 * KUBESYNC_KUBERNETES=<version> other than the shared release: the control plane built from the pinned
 * sources of that version (built now when the cache lacks it). Else KUBEBUILDER_ASSETS when set, else
 * the binaries of ../shared/control-plane unpacked once into node_modules/.cache.
 */
export async function findControlPlaneAssets(env = process.env): Promise<ControlPlaneAssets> {
  const requested = env.KUBESYNC_KUBERNETES;
  if (requested) {
    const version = resolveKubernetesVersion(requested);
    if (!version)
      return {
        problem: `KUBESYNC_KUBERNETES=${requested} is neither ${SHARED_KUBERNETES_VERSION} (../shared/control-plane) nor a version with pinned sources in ${PINNED_SOURCES} (${pinnedKubernetesVersions().join(', ')})`,
      };
    if (version !== SHARED_KUBERNETES_VERSION) {
      try {
        return describeAssets(await buildControlPlane(version, { env }), 'pinned sources');
      } catch (error) {
        return { problem: `cannot build Kubernetes ${version}: ${(error as Error).message}` };
      }
    }
  }
  const assetsDir = env.KUBEBUILDER_ASSETS;
  if (assetsDir && !requested) return describeAssets(path.resolve(assetsDir), 'KUBEBUILDER_ASSETS');
  if (!existsSync(SHARED_BIN)) return { problem: `neither KUBEBUILDER_ASSETS nor ${SHARED_BIN} exists` };
  try {
    await unpackSharedBinaries();
  } catch (error) {
    return { problem: `cannot unpack ${SHARED_BIN}: ${firstLine(error)}` };
  }
  return describeAssets(UNPACK_DIR, 'shared/control-plane');
}

function describeAssets(dir: string, source: AssetsSource): ControlPlaneAssets {
  const binaries = CONTROL_PLANE_BINARIES.filter((name) => isExecutable(path.join(dir, name)));
  const missing = REQUIRED.filter((name) => !binaries.includes(name));
  if (missing.length > 0)
    return { problem: `${source} folder ${dir} has no executable ${missing.join(', ')}` };
  return { dir, binaries, source };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

async function unpackSharedBinaries(): Promise<void> {
  mkdirSync(UNPACK_DIR, { recursive: true });
  const archives = readdirSync(SHARED_BIN).filter((name) => name.endsWith('.xz'));
  await Promise.all(
    archives.map((name) => unpackOnce(path.join(SHARED_BIN, name), path.join(UNPACK_DIR, name.slice(0, -3)))),
  );
}

/**
 * Unpacks to a name of its own, then renames: a parallel or aborted run never sees half a binary.
 * A marker with the archive's size and mtime says the binary is already that archive's.
 */
async function unpackOnce(archive: string, binary: string): Promise<void> {
  const { size, mtimeMs } = statSync(archive);
  const stamp = `${size}:${mtimeMs}`;
  const marker = `${binary}.unpacked-from`;
  if (existsSync(binary) && readIfExists(marker) === stamp) return;
  const partial = `${binary}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await decompressXz(archive, partial);
    renameSync(partial, binary);
  } finally {
    rmSync(partial, { force: true });
  }
  writeFileSync(`${marker}.${process.pid}`, stamp);
  renameSync(`${marker}.${process.pid}`, marker);
}

async function decompressXz(archive: string, target: string): Promise<void> {
  const out = openSync(target, 'w', 0o755);
  try {
    const xz = spawn('xz', ['-dc', archive], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    xz.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      xz.once('error', reject).once('close', resolve);
    });
    if (code !== 0) throw new Error(`xz -dc ${archive} failed (${code}): ${stderr.trim()}`);
  } finally {
    closeSync(out);
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export interface ControlPlaneOptions {
  /** Start controller-manager, scheduler and fake-kubelet when their binaries are there (default true). */
  controllers?: boolean;
  /** How long kube-apiserver may take to answer /readyz, and the controllers to settle (default 60 s each). */
  readyTimeoutMs?: number;
  /**
   * Leave the processes running when this process exits (the control-plane CLI's `start`); stop()
   * still ends them. Default false: they die with this process.
   */
  detached?: boolean;
}

export interface ControlPlane {
  /** https://127.0.0.1:<port> */
  server: string;
  /** Admin (system:masters) kubeconfig YAML, the CA embedded. */
  kubeconfig: string;
  kubeconfigFile: string;
  /** Kubeconfig YAML of `kubesync-restricted`, a user with no groups and no RBAC: every request is a 403. */
  restrictedKubeconfig: string;
  /** The apiserver's audit log (JSON lines, level Metadata for every request). */
  auditLogFile: string;
  /** Whether Deployments, Jobs and pods make progress (controller-manager, scheduler and fake-kubelet run). */
  controllers: boolean;
  /** The server's /version gitVersion, e.g. v1.37.2. */
  kubernetesVersion: string;
  /** The temp folder with the processes' logs (`<name>.log`), gone after stop(). */
  dir: string;
  /** The processes' ids, watchers first, as stopControlPlaneProcesses takes them. */
  pids: { name: ControlPlaneBinary; pid: number }[];
  /** SIGKILLs every process, watchers first, and removes the temp folder. */
  stop(): Promise<void>;
}

interface Process {
  name: ControlPlaneBinary;
  child: ChildProcess;
  log: string;
  exited: Promise<void>;
}

export const ADMIN_USER = 'kubesync-admin';
export const RESTRICTED_USER = 'kubesync-restricted';

/** Starts etcd and kube-apiserver (then the controllers, when there) from `assetsDir`; resolves once it all serves. */
export async function startControlPlane(
  assetsDir: string,
  options: ControlPlaneOptions = {},
): Promise<ControlPlane> {
  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  const withControllers =
    options.controllers !== false && CONTROLLERS.every((name) => isExecutable(path.join(assetsDir, name)));
  const detached = options.detached ?? false;
  cleanUpOnExit();
  const dir = mkdtempSync(path.join(tmpdir(), 'kubesync-control-plane-'));
  if (!detached) tempDirs.add(dir);
  const processes: Process[] = [];
  const start = (name: ControlPlaneBinary, args: string[]) =>
    processes.push(startProcess(path.join(assetsDir, name), name, args, dir, detached));
  const stop = async () => {
    await killAll(processes.filter((p) => CONTROLLERS.includes(p.name)));
    await killAll(processes);
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  };

  try {
    const ports = await allocatePorts();
    start('etcd', etcdArgs(dir, ports.etcdClient, ports.etcdPeer));
    const files = await writeCredentials(dir);
    const api = { server: `https://127.0.0.1:${ports.apiserver}`, ca: files.caPem, token: files.adminToken };
    const kubeconfig = kubeconfigYaml(api.server, api.ca, ADMIN_USER, files.adminToken);
    const kubeconfigFile = path.join(dir, 'admin.kubeconfig');
    writeFileSync(kubeconfigFile, kubeconfig, { mode: 0o600 });
    const auditLogFile = path.join(dir, 'audit.log');
    start('kube-apiserver', apiserverArgs(files, ports, auditLogFile));
    await waitFor('kube-apiserver /readyz', timeoutMs, processes, async () => {
      return (await get(api, '/readyz')).status === 200;
    });

    if (withControllers) {
      const controllers = await controllersFlag(path.join(assetsDir, 'kube-controller-manager'));
      start(
        'kube-controller-manager',
        controllerManagerArgs(kubeconfigFile, files, ports.controllerManager, controllers),
      );
      start('kube-scheduler', schedulerArgs(kubeconfigFile, ports.scheduler));
      start('fake-kubelet', ['--kubeconfig', kubeconfigFile, '--nodes=1']);
      await waitFor('a Ready node', timeoutMs, processes, () => hasReadyNode(api));
      // The ServiceAccount admission plugin refuses pods until the controller-manager made `default`.
      await waitFor('the default ServiceAccount', timeoutMs, processes, async () => {
        return (await get(api, '/api/v1/namespaces/default/serviceaccounts/default')).status === 200;
      });
    }
    const version = JSON.parse((await get(api, '/version')).body) as { gitVersion: string };
    if (detached) for (const p of processes) p.child.unref();
    return {
      server: api.server,
      kubeconfig,
      kubeconfigFile,
      restrictedKubeconfig: kubeconfigYaml(api.server, api.ca, RESTRICTED_USER, files.restrictedToken),
      auditLogFile,
      controllers: withControllers,
      kubernetesVersion: version.gitVersion,
      dir,
      pids: [
        ...processes.filter((p) => CONTROLLERS.includes(p.name)),
        ...processes.filter((p) => !CONTROLLERS.includes(p.name)),
      ].map((p) => ({ name: p.name, pid: p.child.pid ?? 0 })),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface Ports {
  etcdClient: number;
  etcdPeer: number;
  apiserver: number;
  controllerManager: number;
  scheduler: number;
}

async function allocatePorts(): Promise<Ports> {
  const [etcdClient = 0, etcdPeer = 0, apiserver = 0, controllerManager = 0, scheduler = 0] =
    await freePorts(5);
  return { etcdClient, etcdPeer, apiserver, controllerManager, scheduler };
}

function etcdArgs(dir: string, clientPort: number, peerPort: number): string[] {
  const client = `http://127.0.0.1:${clientPort}`;
  const peer = `http://127.0.0.1:${peerPort}`;
  return [
    `--data-dir=${path.join(dir, 'etcd')}`,
    `--listen-client-urls=${client}`,
    `--advertise-client-urls=${client}`,
    `--listen-peer-urls=${peer}`,
    `--initial-advertise-peer-urls=${peer}`,
    `--initial-cluster=default=${peer}`,
    '--name=default',
    '--log-level=warn',
  ];
}

function apiserverArgs(files: Credentials, ports: Ports, auditLogFile: string): string[] {
  return [
    `--etcd-servers=http://127.0.0.1:${ports.etcdClient}`,
    '--bind-address=127.0.0.1',
    `--secure-port=${ports.apiserver}`,
    '--advertise-address=127.0.0.1',
    '--endpoint-reconciler-type=none',
    `--tls-cert-file=${files.servingCert}`,
    `--tls-private-key-file=${files.servingKey}`,
    '--service-cluster-ip-range=10.0.0.0/24',
    '--authorization-mode=Node,RBAC',
    `--token-auth-file=${files.tokens}`,
    '--service-account-issuer=https://kubernetes.default.svc',
    `--service-account-key-file=${files.serviceAccountPublicKey}`,
    `--service-account-signing-key-file=${files.serviceAccountKey}`,
    '--api-audiences=https://kubernetes.default.svc',
    '--allow-privileged=true',
    `--audit-policy-file=${files.auditPolicy}`,
    `--audit-log-path=${auditLogFile}`,
    '--audit-log-mode=blocking',
  ];
}

/**
 * Every controller, less OpenShift's service-ca-cert-publisher where the binary has it (the shared
 * 1.26.5 is OpenShift's fork): it would put an extra ConfigMap in every namespace. Upstream's
 * controller-manager refuses a controller name it does not know.
 */
async function controllersFlag(controllerManager: string): Promise<string> {
  const { stdout } = await promisify(execFile)(controllerManager, ['--help'], { maxBuffer: 8 * 1024 * 1024 });
  return stdout.includes('service-ca-cert-publisher') ? '*,-service-ca-cert-publisher' : '*';
}

function controllerManagerArgs(
  kubeconfigFile: string,
  files: Credentials,
  port: number,
  controllers: string,
): string[] {
  return [
    `--kubeconfig=${kubeconfigFile}`,
    '--leader-elect=false',
    '--bind-address=127.0.0.1',
    `--secure-port=${port}`,
    `--controllers=${controllers}`,
    '--use-service-account-credentials=false',
    `--service-account-private-key-file=${files.serviceAccountKey}`,
    `--root-ca-file=${files.ca}`,
    '--service-cluster-ip-range=10.0.0.0/24',
    '--allocate-node-cidrs=false',
  ];
}

function schedulerArgs(kubeconfigFile: string, port: number): string[] {
  return [
    `--kubeconfig=${kubeconfigFile}`,
    '--leader-elect=false',
    '--bind-address=127.0.0.1',
    `--secure-port=${port}`,
  ];
}

/** Ports the OS says are free, all held open at once so that they differ. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = createServer();
      await new Promise<void>((resolve, reject) =>
        server.once('error', reject).listen(0, '127.0.0.1', resolve),
      );
      return server;
    }),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

interface Credentials {
  ca: string;
  caPem: string;
  servingCert: string;
  servingKey: string;
  serviceAccountKey: string;
  serviceAccountPublicKey: string;
  tokens: string;
  adminToken: string;
  restrictedToken: string;
  auditPolicy: string;
}

const OPENSSL_CONFIG = `[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[serving]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
`;

const AUDIT_POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
  - level: Metadata
`;

/** The CA, serving certificate, service-account keys, token file and audit policy the processes read. */
async function writeCredentials(dir: string): Promise<Credentials> {
  const file = (name: string) => path.join(dir, name);
  const [serviceAccount] = await Promise.all([rsaKeyPair(), writeCertificates(dir)]);
  writeFileSync(file('sa.key'), serviceAccount.privateKey, { mode: 0o600 });
  writeFileSync(file('sa.pub'), serviceAccount.publicKey);
  const adminToken = randomBytes(24).toString('hex');
  const restrictedToken = randomBytes(24).toString('hex');
  // token,user,uid[,"groups"]: the restricted user has no group, so RBAC grants it nothing.
  const tokens = [
    `${adminToken},${ADMIN_USER},${ADMIN_USER},"system:masters"`,
    `${restrictedToken},${RESTRICTED_USER},${RESTRICTED_USER}`,
  ];
  writeFileSync(file('tokens.csv'), tokens.join('\n') + '\n', { mode: 0o600 });
  writeFileSync(file('audit-policy.yaml'), AUDIT_POLICY);
  return {
    ca: file('ca.crt'),
    caPem: readFileSync(file('ca.crt'), 'utf8'),
    servingCert: file('serving.crt'),
    servingKey: file('serving.key'),
    serviceAccountKey: file('sa.key'),
    serviceAccountPublicKey: file('sa.pub'),
    tokens: file('tokens.csv'),
    adminToken,
    restrictedToken,
    auditPolicy: file('audit-policy.yaml'),
  };
}

/** ca.crt, and serving.crt for 127.0.0.1 and localhost signed by it (keys from node:crypto, certs by openssl). */
export async function writeCertificates(dir: string): Promise<void> {
  const [caKey, servingKey] = await Promise.all([rsaKeyPair(), rsaKeyPair()]);
  writeFileSync(path.join(dir, 'ca.key'), caKey.privateKey, { mode: 0o600 });
  writeFileSync(path.join(dir, 'serving.key'), servingKey.privateKey, { mode: 0o600 });
  writeFileSync(path.join(dir, 'openssl.cnf'), OPENSSL_CONFIG);
  const openssl = (command: string) => promisify(execFile)('openssl', command.split(' '), { cwd: dir });
  const serial = randomInt(1, 2 ** 47);
  await openssl(
    'req -x509 -new -key ca.key -subj /CN=kubesync-test-ca -days 7 -config openssl.cnf -extensions ca -out ca.crt',
  );
  await openssl('req -new -key serving.key -subj /CN=localhost -config openssl.cnf -out serving.csr');
  await openssl(
    `x509 -req -in serving.csr -CA ca.crt -CAkey ca.key -set_serial ${serial} -days 7 -extfile openssl.cnf -extensions serving -out serving.crt`,
  );
}

function rsaKeyPair(): Promise<{ privateKey: string; publicKey: string }> {
  return promisify(generateKeyPair)('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

function kubeconfigYaml(server: string, ca: string, user: string, token: string): string {
  return `apiVersion: v1
kind: Config
clusters:
  - name: control-plane
    cluster:
      server: ${server}
      certificate-authority-data: ${Buffer.from(ca).toString('base64')}
users:
  - name: ${user}
    user:
      token: ${token}
contexts:
  - name: ${user}
    context:
      cluster: control-plane
      user: ${user}
current-context: ${user}
`;
}

// Processes and temp folders of control planes not stopped yet. They go when the test process exits
// without running the teardown (an uncaught error, process.exit); a SIGKILL of it leaves them behind.
const running = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let exitHandlerInstalled = false;

function cleanUpOnExit(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
}

function startProcess(
  binary: string,
  name: ControlPlaneBinary,
  args: string[],
  dir: string,
  detached: boolean,
): Process {
  const log = path.join(dir, `${name}.log`);
  const out = openSync(log, 'a');
  const child = spawn(binary, args, { stdio: ['ignore', out, out], detached });
  closeSync(out);
  if (!detached) running.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  void exited.then(() => running.delete(child));
  return { name, child, log, exited };
}

/**
 * Ends the processes of a control plane started detached, by another process (the CLI's `stop`):
 * SIGKILL, watchers first, to each pid whose command line still names the control plane's folder
 * (a pid reused since is left alone), then removes the folder.
 */
export async function stopDetachedControlPlane(
  dir: string,
  pids: { name: ControlPlaneBinary; pid: number }[],
): Promise<void> {
  const ours = (pid: number) => readIfExists(`/proc/${pid}/cmdline`)?.includes(dir) ?? false;
  for (const { pid } of pids) {
    if (!ours(pid)) continue;
    process.kill(pid, 'SIGKILL');
    while (ours(pid)) await sleep(20);
  }
  rmSync(dir, { recursive: true, force: true });
}

async function killAll(processes: Process[]): Promise<void> {
  for (const { child } of processes)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(processes.map((p) => p.exited));
}

/** Polls `ready` until it holds; fails at once, with its log's tail, when a process has exited. */
async function waitFor(
  what: string,
  timeoutMs: number,
  processes: Process[],
  ready: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = processes.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) {
      const status = dead.child.exitCode ?? dead.child.signalCode;
      throw new Error(`${dead.name} exited (${status}) while waiting for ${what}:\n${logTail(dead.log)}`);
    }
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) {
      const logs = processes.map((p) => `--- ${p.name}.log:\n${logTail(p.log, 15)}`).join('\n');
      throw new Error(`no ${what} after ${timeoutMs / 1000} s\n${logs}`);
    }
    await sleep(100);
  }
}

function logTail(file: string, lines = 30): string {
  return (readIfExists(file) ?? '').trimEnd().split('\n').slice(-lines).join('\n');
}

interface ApiAccess {
  server: string;
  ca: string;
  token: string;
}

function get(api: ApiAccess, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(urlPath, api.server),
      { ca: api.ca, headers: { Authorization: `Bearer ${api.token}` }, timeout: 5_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${urlPath} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

async function hasReadyNode(api: ApiAccess): Promise<boolean> {
  const { status, body } = await get(api, '/api/v1/nodes');
  if (status !== 200) return false;
  const nodes = (
    JSON.parse(body) as { items: { status?: { conditions?: { type: string; status: string }[] } }[] }
  ).items;
  return nodes.some((node) =>
    node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
  );
}

export interface AuditEvent {
  stage: string;
  verb: string;
  user: { username: string; groups?: string[] };
  userAgent?: string;
  requestURI: string;
  objectRef?: {
    resource?: string;
    namespace?: string;
    name?: string;
    apiGroup?: string;
    subresource?: string;
  };
  responseStatus?: { code?: number };
}

/** The ResponseComplete events of a JSON-lines audit log (a trailing half-written line is left out). */
export function readAuditEvents(file: string): AuditEvent[] {
  return parseAuditLines(readFileSync(file, 'utf8'));
}

/** A mark for auditEventsSince: the audit log's current size. */
export function auditMark(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/**
 * The ResponseComplete events written after `mark`. The apiserver writes an event after it has
 * answered, so this first waits (up to 2 s) for the log to stop growing for 100 ms.
 */
export async function auditEventsSince(file: string, mark: number): Promise<AuditEvent[]> {
  await settle(file);
  const size = auditMark(file);
  if (size <= mark) return [];
  const buffer = Buffer.alloc(size - mark);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, mark);
  } finally {
    closeSync(fd);
  }
  return parseAuditLines(buffer.toString('utf8'));
}

async function settle(file: string, quietMs = 100, boundMs = 2_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  let size = auditMark(file);
  let stableSince = Date.now();
  while (Date.now() < deadline && Date.now() - stableSince < quietMs) {
    await sleep(20);
    const now = auditMark(file);
    if (now !== size) [size, stableSince] = [now, Date.now()];
  }
}

function parseAuditLines(text: string): AuditEvent[] {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AuditEvent)
    .filter((event) => event.stage === 'ResponseComplete');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
