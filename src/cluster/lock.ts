import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { cancellation, pause } from '../model/cancel.js';
import { UserError } from '../model/errors.js';
import type { KubeObject } from '../model/object.js';
import { isRecord, metadataOf } from '../model/resource.js';
import { KubeApiError } from './api-error.js';
import type { ClusterClient } from './client.js';

export interface LockOptions {
  /** Who holds it: unique to this process (see lockHolder), so a waiting run can say whom it waits for. */
  readonly holder: string;
  readonly timeoutMs: number;
  /** How long a holder that stopped renewing keeps the lock; short, so a killed run's lock frees soon. */
  readonly leaseSeconds?: number;
  readonly pollMs?: number;
  readonly log?: (message: string) => void;
  /** A monotonic clock in milliseconds; never the wall clock, which differs between runners. */
  readonly now?: () => number;
  /** Aborted when the run is cancelled: stop waiting for the lock. */
  readonly signal?: AbortSignal;
}

interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  renewTime?: string;
  acquireTime?: string;
}

export const DEFAULT_LEASE_SECONDS = 20;
/** How long a Lease seen held counts as confirmed without reading it again. */
export const SEEN_HELD_FRESH_MS = 1_000;
const LEASE_API_VERSION = 'coordination.k8s.io/v1';

/**
 * A holder identity unique to this process: the run URL a person can open, the attempt and job that
 * distinguish two jobs of one run (a matrix, a re-run), and a random suffix for everything else.
 */
export function lockHolder(run: string, attempt?: string, job?: string): string {
  const where = [attempt ? `attempt ${attempt}` : '', job ? `job ${job}` : ''].filter(Boolean).join(', ');
  return `${run}${where ? ` (${where})` : ''} #${randomBytes(4).toString('hex')}`;
}

/**
 * One apply of an app at a time, across runners: a coordination.k8s.io/v1 Lease in the target namespace,
 * as Kubernetes controllers elect leaders (client-go's leaderelection). Another holder's lease counts as
 * expired only once this process has seen it unchanged for the lease's whole duration, so a runner with
 * a skewed clock never takes over a live lock early. Renewed while held; a renewal that finds another
 * holder, or that fails for longer than the lease, marks the lock lost.
 */
export class ApplyLock {
  private renewal?: NodeJS.Timeout;
  private lostReason?: string;
  private renewing?: Promise<void>;
  private released = false;
  private lastRenewed = 0;
  private lastSeenHeld = 0;
  private written?: { uid: string; resourceVersion: string };

  constructor(
    private readonly client: ClusterClient,
    private readonly name: string,
    private readonly namespace: string,
    private readonly options: LockOptions,
  ) {}

  private get leaseSeconds(): number {
    return this.options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  }

  private now(): number {
    return (this.options.now ?? (() => performance.now()))();
  }

  /**
   * Reads where Leases are served, so that acquire can start at once; run it beside other reads. A
   * failure here shows again, described, when the lock is taken.
   */
  async discover(): Promise<void> {
    await this.client.resourceFor(LEASE_API_VERSION, 'Lease').catch(() => undefined);
  }

  async acquire(): Promise<void> {
    // Most runs find no Lease (the last run deleted its own): create it straight away, and read it
    // only when that finds one.
    if (!(await this.claim(undefined))) await this.waitAndClaim();
    this.lastRenewed = this.now();
    this.lastSeenHeld = this.lastRenewed;
    this.renewal = setInterval(() => this.tick(), (this.leaseSeconds * 1000) / 4);
    this.renewal.unref();
  }

  /** Until the Lease is free or its holder stopped renewing it, then claims it (or times out). */
  private async waitAndClaim(): Promise<void> {
    const deadline = this.now() + this.options.timeoutMs;
    let observed: { version: string; since: number } | undefined;
    let announced = false;
    for (;;) {
      const current = await this.client.get(this.ref());
      const spec = specOf(current);
      const version = current ? JSON.stringify(metadataOf(current).resourceVersion) : '';
      // Our own earlier write took effect although its answer was lost (a reset, a 5xx).
      if (current && spec.holderIdentity === this.options.holder) {
        this.remember(current);
        break;
      }
      if (observed?.version !== version) observed = { version, since: this.now() };
      const unchangedMs = this.now() - observed.since;
      const expired = unchangedMs >= (spec.leaseDurationSeconds ?? this.leaseSeconds) * 1000;
      if (!current || !spec.holderIdentity || expired) {
        if (await this.claim(current)) {
          if (current && spec.holderIdentity)
            this.options.log?.(
              `took over the lock from ${spec.holderIdentity}: its Lease ${this.namespace}/${this.name} was not renewed for ${Math.round(unchangedMs / 1000)}s`,
            );
          break;
        }
        observed = undefined;
        continue;
      }
      const cancelled = cancellation(this.options.signal);
      if (cancelled) throw cancelled;
      if (this.now() >= deadline) {
        throw new UserError(
          `another apply of this app holds the lock (Lease ${this.namespace}/${this.name}, held by ${spec.holderIdentity}); it did not finish within lock-timeout. Wait for it, or raise lock-timeout`,
        );
      }
      if (!announced) {
        this.options.log?.(
          `waiting for the lock: Lease ${this.namespace}/${this.name} is held by ${spec.holderIdentity}`,
        );
        announced = true;
      }
      await pause(
        Math.min(this.options.pollMs ?? 2000, Math.max(0, deadline - this.now())),
        this.options.signal,
      );
    }
  }

  /**
   * Throws when the lock is no longer ours (another holder took it, or it could not be renewed): called
   * before each stage that changes the cluster, so a run that lost its lock stops before the next one.
   */
  async confirm(): Promise<void> {
    this.checkRenewalDeadline();
    // Seen held a moment ago (taken, renewed or read): as client-go's leader does, trust that without
    // a round trip. Another run takes over only a Lease it saw unrenewed for the whole lease.
    if (!this.lostReason && this.now() - this.lastSeenHeld >= SEEN_HELD_FRESH_MS) {
      const current = await this.client.get(this.ref());
      if (specOf(current).holderIdentity !== this.options.holder)
        this.lostReason = `it is now held by ${specOf(current).holderIdentity ?? 'nobody'}`;
      else this.lastSeenHeld = this.now();
    }
    if (this.lostReason) {
      throw new UserError(
        `lost the lock (Lease ${this.namespace}/${this.name}): ${this.lostReason}; stopped before the next stage so that two applies never run at once. Run the apply again`,
      );
    }
  }

  /**
   * Deletes the Lease only while this process holds it, on the condition of its UID and
   * resourceVersion: first as this process last wrote it, and when it changed since (a renewal whose
   * answer was lost), as it reads now, if it still names this process.
   */
  async release(): Promise<void> {
    clearInterval(this.renewal);
    this.renewal = undefined;
    this.released = true;
    // A renewal still in flight could otherwise land after the delete and keep the Lease alive.
    await this.renewing;
    if (this.written && (await this.deleteUnchanged(this.written))) return;
    const current = await this.client.get(this.ref());
    if (!current || specOf(current).holderIdentity !== this.options.holder) return;
    const { uid, resourceVersion } = metadataOf(current);
    if (typeof uid === 'string' && typeof resourceVersion === 'string')
      await this.deleteUnchanged({ uid, resourceVersion });
  }

  /** False when the Lease changed since that version (409): no longer the one to delete. */
  private async deleteUnchanged(version: { uid: string; resourceVersion: string }): Promise<boolean> {
    try {
      await this.client.delete(this.ref(), 'Background', version);
      return true;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 409) return false;
      throw error;
    }
  }

  private async claim(current: KubeObject | undefined): Promise<boolean> {
    const now = microTime();
    const spec: LeaseSpec = {
      holderIdentity: this.options.holder,
      leaseDurationSeconds: this.leaseSeconds,
      acquireTime: now,
      renewTime: now,
    };
    try {
      const lease = await (current
        ? this.client.replace({ ...current, spec })
        : this.client.create({
            apiVersion: LEASE_API_VERSION,
            kind: 'Lease',
            metadata: { name: this.name, namespace: this.namespace },
            spec,
          }));
      // A create whose answer was lost is looked up, and may turn out to be someone else's.
      if (specOf(lease).holderIdentity !== this.options.holder) return false;
      this.remember(lease);
      return true;
    } catch (error) {
      // Someone else created or renewed it between our read and write: read again.
      if (error instanceof KubeApiError && error.status === 409) return false;
      throw error;
    }
  }

  /** One renewal at a time; while one hangs, the time since the last success still counts. */
  private tick(): void {
    if (this.renewing) {
      this.checkRenewalDeadline();
      return;
    }
    this.renewing = this.renew().finally(() => {
      this.renewing = undefined;
    });
  }

  /**
   * The lock counts as lost once it has gone unrenewed for two thirds of the lease (client-go's
   * renewDeadline), well before another run may take it over.
   */
  private checkRenewalDeadline(): void {
    if (!this.renewal || this.lostReason) return;
    const sinceMs = this.now() - this.lastRenewed;
    if (sinceMs >= (this.leaseSeconds * 1000 * 2) / 3)
      this.lostReason = `it could not be renewed for ${Math.round(sinceMs / 1000)}s`;
  }

  private async renew(): Promise<void> {
    if (this.lostReason || this.released) return;
    try {
      const current = await this.client.get(this.ref());
      if (this.released) return;
      if (!current || specOf(current).holderIdentity !== this.options.holder) {
        this.lostReason = `it is now held by ${specOf(current).holderIdentity ?? 'nobody'}`;
        return;
      }
      this.remember(
        await this.client.replace({
          ...current,
          spec: { ...specOf(current), renewTime: microTime() },
        }),
      );
      this.lastRenewed = this.now();
      this.lastSeenHeld = this.lastRenewed;
    } catch (error) {
      this.options.log?.(`could not renew the lock: ${(error as Error).message}`);
      this.checkRenewalDeadline();
    }
  }

  /** The Lease as this process last wrote it, which release deletes on that condition. */
  private remember(lease: KubeObject): void {
    const { uid, resourceVersion } = metadataOf(lease);
    if (typeof uid === 'string' && typeof resourceVersion === 'string')
      this.written = { uid, resourceVersion };
  }

  private ref() {
    return {
      apiVersion: LEASE_API_VERSION,
      kind: 'Lease',
      namespace: this.namespace,
      name: this.name,
    };
  }
}

function specOf(lease: KubeObject | undefined): LeaseSpec {
  return lease && isRecord(lease.spec) ? lease.spec : {};
}

/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(date = new Date()): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
