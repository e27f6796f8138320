import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that forwards every chunk `delayMs` later, in each direction, so a request
 * and its answer take 2 × delayMs more: a network round trip. Bytes pass untouched (TLS stays end to
 * end). Unlike FaultProxy's delay, chunks are pipelined: a chunk is read and scheduled while earlier
 * ones are still on their way, so a large answer costs one delay, not one per chunk.
 */
export class DelayProxy {
  private readonly listener: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly target: { host: string; port: number },
    private readonly delayMs: number,
  ) {
    this.listener = net.createServer({ allowHalfOpen: true, noDelay: true }, (client) => this.accept(client));
  }

  /** Listens on a free port of 127.0.0.1 in front of `server` (a kubeconfig's `https://host:port`). */
  static async start(server: string, delayMs: number): Promise<DelayProxy> {
    const url = new URL(server);
    const proxy = new DelayProxy({ host: url.hostname, port: Number(url.port || 443) }, delayMs);
    await new Promise<void>((resolve, reject) =>
      proxy.listener.once('error', reject).listen(0, '127.0.0.1', resolve),
    );
    return proxy;
  }

  /** `https://127.0.0.1:<port>`: still an address the serving certificate names, so TLS verifies. */
  get url(): string {
    return `https://127.0.0.1:${(this.listener.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    const server = net.connect({ ...this.target, allowHalfOpen: true, noDelay: true });
    const pair = [client, server];
    for (const socket of pair) {
      this.sockets.add(socket);
      socket.on('error', () => pair.forEach((s) => s.destroy()));
      socket.on('close', () => {
        this.sockets.delete(socket);
        pair.forEach((s) => s.destroy());
      });
    }
    this.relay(client, server);
    this.relay(server, client);
  }

  /** Timers of one duration fire in the order they were set, so chunks (and the end) keep their order. */
  private relay(from: net.Socket, to: net.Socket): void {
    let draining = false;
    from.on('data', (chunk: Buffer) =>
      this.later(() => {
        if (to.destroyed || to.write(chunk) || draining) return;
        draining = true;
        from.pause();
        to.once('drain', () => {
          draining = false;
          from.resume();
        });
      }),
    );
    from.on('end', () => this.later(() => to.end()));
  }

  private later(action: () => void): void {
    if (this.delayMs <= 0) return action();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, this.delayMs);
    this.timers.add(timer);
  }
}
