import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../errors.js';
import type { KubeObject } from '../manifests/resource.js';
import { isRecord } from '../manifests/resource.js';
import { KubeApiError } from './api-error.js';
import type { ClusterClient } from './client.js';

export interface LockOptions {
  /** Who holds it: the run URL, so a waiting run can say which run to look at. */
  readonly holder: string;
  readonly timeoutMs: number;
  readonly leaseSeconds?: number;
  readonly pollMs?: number;
  readonly log?: (message: string) => void;
}

interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  renewTime?: string;
  acquireTime?: string;
}

/**
 * One apply of an app at a time, across runners: a coordination.k8s.io/v1 Lease in the target namespace
 * (what Kubernetes controllers use for leader election). Created or taken over with optimistic
 * concurrency, renewed while held, taken over when its holder stopped renewing.
 */
export class ApplyLock {
  private renewal?: NodeJS.Timeout;
  private lease?: KubeObject;

  constructor(
    private readonly client: ClusterClient,
    private readonly name: string,
    private readonly namespace: string,
    private readonly options: LockOptions,
  ) {}

  private get leaseSeconds(): number {
    return this.options.leaseSeconds ?? 60;
  }

  async acquire(): Promise<void> {
    const deadline = Date.now() + this.options.timeoutMs;
    let announced = false;
    for (;;) {
      const current = await this.client.get(this.ref());
      const spec = specOf(current);
      const mine = spec.holderIdentity === this.options.holder;
      const free = !current || !spec.holderIdentity || mine || expired(spec);
      if (free && (await this.claim(current))) break;
      if (Date.now() >= deadline) {
        throw new UserError(
          `another apply of this app holds the lock (Lease ${this.namespace}/${this.name}, held by ${spec.holderIdentity ?? 'unknown'}); it did not finish within lock-timeout. Wait for it, or raise lock-timeout`,
        );
      }
      if (!announced && spec.holderIdentity && !mine) {
        this.options.log?.(
          `waiting for the lock: Lease ${this.namespace}/${this.name} is held by ${spec.holderIdentity}`,
        );
        announced = true;
      }
      await sleep(Math.min(this.options.pollMs ?? 2000, Math.max(0, deadline - Date.now())));
    }
    this.renewal = setInterval(() => void this.renew(), (this.leaseSeconds * 1000) / 3);
    this.renewal.unref();
  }

  async release(): Promise<void> {
    clearInterval(this.renewal);
    this.renewal = undefined;
    const current = await this.client.get(this.ref());
    if (specOf(current).holderIdentity !== this.options.holder) return;
    await this.client.delete(this.ref());
  }

  private async claim(current: KubeObject | undefined): Promise<boolean> {
    const now = microTime();
    const spec: LeaseSpec = {
      holderIdentity: this.options.holder,
      leaseDurationSeconds: this.leaseSeconds,
      acquireTime:
        specOf(current).holderIdentity === this.options.holder ? (specOf(current).acquireTime ?? now) : now,
      renewTime: now,
    };
    try {
      this.lease = current
        ? await this.client.replace({ ...current, spec })
        : await this.client.create({
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: { name: this.name, namespace: this.namespace },
            spec,
          });
      return true;
    } catch (error) {
      // Someone else created or renewed it between our read and write: read again.
      if (error instanceof KubeApiError && error.status === 409) return false;
      throw error;
    }
  }

  private async renew(): Promise<void> {
    try {
      const current = await this.client.get(this.ref());
      if (!current || specOf(current).holderIdentity !== this.options.holder) return;
      this.lease = await this.client.replace({
        ...current,
        spec: { ...specOf(current), renewTime: microTime() },
      });
    } catch (error) {
      this.options.log?.(`could not renew the lock: ${(error as Error).message}`);
    }
  }

  private ref() {
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      namespace: this.namespace,
      name: this.name,
    };
  }
}

function specOf(lease: KubeObject | undefined): LeaseSpec {
  return lease && isRecord(lease.spec) ? lease.spec : {};
}

function expired(spec: LeaseSpec): boolean {
  const renewed = Date.parse(spec.renewTime ?? spec.acquireTime ?? '');
  if (Number.isNaN(renewed)) return true;
  return renewed + (spec.leaseDurationSeconds ?? 60) * 1000 < Date.now();
}

/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(date = new Date()): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
