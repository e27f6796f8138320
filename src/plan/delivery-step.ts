/** How one Deployment's update rolls out when it is not a plain rolling update, for the plan's readers. */
export interface DeliveryStep {
  /** `Deployment shop/web`. */
  readonly subject: string;
  /** `canary 20 % for 2m, then promote automatically`. */
  readonly description: string;
  /** What the rollout creates while it runs: `Deployment shop/web-canary`. */
  readonly creates: readonly string[];
}
