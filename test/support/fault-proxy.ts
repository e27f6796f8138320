import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { parseDocument } from 'yaml';

/** The faults a FaultProxy injects; setOptions() changes them while it runs. */
export interface FaultOptions {
  /** Probability (0..1) that a server→client chunk resets both sockets, after a random prefix of it. */
  resetRate: number;
  /** Seed of the PRNG that draws resets; the same seed and traffic give the same resets. */
  seed: number;
  /** Delay before forwarding each chunk, in either direction (0: none). */
  delayMs: number;
}

export interface FaultProxyOptions extends Partial<FaultOptions> {
  /** What the proxy fronts: `https://host:port` (a kubeconfig's `server:`) or a host and port. */
  target: string | { host: string; port: number };
}

/** Which connections stall() stops, and where. */
export interface StallMatcher {
  /** Server→client bytes still forwarded before the stall (default 0: stall at once). */
  afterBytes?: number;
  /** How many connections stall (default: every one the client sends on, until unstall()). */
  connections?: number;
}

export interface FaultCounters {
  connections: number;
  bytesToServer: number;
  bytesToClient: number;
  resetsInjected: number;
  stallsInjected: number;
}

/** Where a reset was injected: the nth connection accepted, its nth server→client chunk, the bytes let through. */
export interface InjectedReset {
  connection: number;
  chunk: number;
  atByte: number;
}

const MAX_RESET_LOG = 1_000;

interface Connection {
  id: number;
  client: net.Socket;
  server: net.Socket;
  serverChunks: number;
  /** Server→client bytes this connection may still forward, once a stall claimed it. */
  stallBudget?: number;
  /** The rest of the chunk that hit the stall, sent on unstall(): at most one socket read. */
  held?: Buffer;
  timers: Set<NodeJS.Timeout>;
}

/**
 * A TCP proxy on 127.0.0.1 that passes bytes through untouched (TLS stays end to end) and injects
 * resets, stalls and delays into them.
 */
export class FaultProxy {
  readonly counters: FaultCounters = {
    connections: 0,
    bytesToServer: 0,
    bytesToClient: 0,
    resetsInjected: 0,
    stallsInjected: 0,
  };
  /** The resets injected so far (the first 1000), in order. */
  readonly resets: InjectedReset[] = [];
  private options: FaultOptions;
  private random: () => number;
  private stallRule?: { afterBytes: number; remaining: number };
  private readonly open = new Set<Connection>();
  private readonly listener = net.createServer({ allowHalfOpen: true }, (client) => this.accept(client));
  private readonly target: { host: string; port: number };

  private constructor(options: FaultProxyOptions) {
    const { target, ...faults } = options;
    this.target = typeof target === 'string' ? hostAndPort(target) : target;
    this.options = { resetRate: 0, seed: 1, delayMs: 0, ...faults };
    this.random = seededRandom(this.options.seed);
  }

  /** Listens on a free port of 127.0.0.1 in front of `options.target`. */
  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const proxy = new FaultProxy(options);
    await new Promise<void>((resolve, reject) => {
      proxy.listener.once('error', reject).listen(0, '127.0.0.1', resolve);
    });
    return proxy;
  }

  get port(): number {
    return (this.listener.address() as AddressInfo).port;
  }

  /** `https://127.0.0.1:<port>`: the server URL that goes through the proxy. */
  get url(): string {
    return `https://127.0.0.1:${this.port}`;
  }

  /** Changes the faults for the chunks to come; a new seed restarts the PRNG. */
  setOptions(options: Partial<FaultOptions>): void {
    this.options = { ...this.options, ...options };
    if (options.seed !== undefined) this.random = seededRandom(options.seed);
  }

  /**
   * Stops forwarding server→client bytes, without closing, on the next connection(s) the client sends
   * anything on (a new one's TLS handshake, or a request on a pooled one), after `afterBytes` of the
   * server's bytes from then on.
   */
  stall(matcher: StallMatcher = {}): void {
    this.stallRule = { afterBytes: matcher.afterBytes ?? 0, remaining: matcher.connections ?? Infinity };
  }

  /** Ends every stall: held bytes flow again, and no further connection stalls. */
  unstall(): void {
    this.stallRule = undefined;
    for (const connection of this.open) {
      const held = connection.held;
      connection.stallBudget = connection.held = undefined;
      // Only a connection holding bytes has its server paused by the stall.
      if (held) this.toClient(connection, held);
    }
  }

  /** The kubeconfig with every cluster's `server:` that points at the target sent through the proxy (CA kept). */
  kubeconfigFor(kubeconfigYaml: string): string {
    const document = parseDocument(kubeconfigYaml);
    const clusters = (document.get('clusters') as { items?: unknown[] } | undefined)?.items ?? [];
    let rewritten = 0;
    clusters.forEach((_, index) => {
      const path = ['clusters', index, 'cluster', 'server'];
      const server = document.getIn(path);
      if (typeof server !== 'string') return;
      const { host, port } = hostAndPort(server);
      if (host !== this.target.host || port !== this.target.port) return;
      const url = new URL(server);
      url.host = `127.0.0.1:${this.port}`;
      document.setIn(path, url.toString().replace(/\/$/, ''));
      rewritten++;
    });
    if (rewritten === 0) throw new Error(`no cluster of the kubeconfig points at the proxy's target`);
    return document.toString();
  }

  /** Destroys every connection and stops listening. */
  async close(): Promise<void> {
    for (const connection of this.open) this.drop(connection);
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    const server = net.connect({ ...this.target, allowHalfOpen: true });
    const connection: Connection = {
      id: ++this.counters.connections,
      client,
      server,
      serverChunks: 0,
      timers: new Set(),
    };
    this.open.add(connection);
    for (const socket of [client, server]) {
      socket.on('error', () => this.drop(connection)).on('close', () => this.drop(connection));
    }
    this.pipe(connection, client, server, (chunk) => {
      this.counters.bytesToServer += chunk.length;
      const rule = this.stallRule;
      if (rule && rule.remaining > 0 && connection.stallBudget === undefined) {
        // Claimed by what the client sends, so a pooled keep-alive connection stalls on its next
        // request, and one whose old response still drains does not.
        rule.remaining--;
        connection.stallBudget = rule.afterBytes;
      }
      this.write(connection, server, client, chunk);
    });
    this.pipe(connection, server, client, (chunk) => this.fromServer(connection, chunk));
  }

  /** Forwards `from`'s chunks one at a time (paused meanwhile, so nothing piles up), each after the delay. */
  private pipe(connection: Connection, from: net.Socket, to: net.Socket, forward: (chunk: Buffer) => void) {
    let pending = false;
    let ended = false;
    from.on('data', (chunk: Buffer) => {
      from.pause();
      pending = true;
      this.later(connection, () => {
        pending = false;
        forward(chunk);
        if (ended) to.end();
      });
    });
    from.on('end', () => {
      ended = true;
      if (!pending) to.end();
    });
  }

  private fromServer(connection: Connection, chunk: Buffer): void {
    const chunkIndex = ++connection.serverChunks;
    const { resetRate } = this.options;
    if (resetRate > 0 && this.random() < resetRate) {
      const atByte = Math.floor(this.random() * chunk.length);
      this.counters.resetsInjected++;
      if (this.resets.length < MAX_RESET_LOG)
        this.resets.push({ connection: connection.id, chunk: chunkIndex, atByte });
      this.counters.bytesToClient += atByte;
      connection.client.write(chunk.subarray(0, atByte), () => this.reset(connection));
      return;
    }
    this.toClient(connection, chunk);
  }

  /** Forwards a server chunk, or as much of it as the connection's stall budget allows, holding the rest. */
  private toClient(connection: Connection, chunk: Buffer): void {
    const budget = connection.stallBudget;
    if (budget !== undefined && chunk.length > budget) {
      connection.stallBudget = 0;
      connection.held = chunk.subarray(budget);
      this.counters.stallsInjected++;
      chunk = chunk.subarray(0, budget);
    } else if (budget !== undefined) {
      connection.stallBudget = budget - chunk.length;
    }
    this.counters.bytesToClient += chunk.length;
    const { server, client } = connection;
    if (connection.held) client.write(chunk);
    else this.write(connection, client, server, chunk);
  }

  /** Writes, then reads on from `source` once `to` has taken the chunk (backpressure). */
  private write(connection: Connection, to: net.Socket, source: net.Socket, chunk: Buffer): void {
    if (to.write(chunk)) source.resume();
    else to.once('drain', () => this.open.has(connection) && source.resume());
  }

  private later(connection: Connection, action: () => void): void {
    if (this.options.delayMs <= 0) return action();
    const timer = setTimeout(() => {
      connection.timers.delete(timer);
      action();
    }, this.options.delayMs);
    connection.timers.add(timer);
  }

  /** A reset as a congested VPN or load balancer does it: RST to both sides (the client sees ECONNRESET). */
  private reset(connection: Connection): void {
    for (const socket of [connection.client, connection.server]) {
      if (!socket.destroyed && !socket.connecting) socket.resetAndDestroy();
    }
    this.drop(connection);
  }

  private drop(connection: Connection): void {
    if (!this.open.delete(connection)) return;
    for (const timer of connection.timers) clearTimeout(timer);
    connection.client.destroy();
    connection.server.destroy();
  }
}

/** A proxy in front of `options.target`, listening on a free port of 127.0.0.1. */
export const startFaultProxy = (options: FaultProxyOptions): Promise<FaultProxy> => FaultProxy.start(options);

function hostAndPort(server: string): { host: string; port: number } {
  const url = new URL(server);
  const port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
