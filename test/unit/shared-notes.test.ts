import { describe, expect, it } from 'vitest';
import { renderPlanComment } from '../../src/report/markdown.js';
import { formatPlan } from '../../src/report/plan-text.js';
import { planSummary } from '../../src/report/summary.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { boutiqueComment, deployment, planned, planOf, service } from '../fixtures/boutique-plan.js';

const NOTE =
  'planned from the manifest: its namespace shop is created by this apply, so the server cannot dry-run it yet';

/** Three new objects of a namespace the same apply creates, as a plan with create-namespace gives them. */
function planInNewNamespace() {
  const changes = [service('cart'), deployment('cart', 'ghcr.io/acme/cart:1'), service('web')].map(
    (object) => ({ ...planned(object), note: NOTE }),
  );
  return planOf(changes);
}

describe('a note every object shares', () => {
  it('is said once with a count in the terminal, the job summary and the PR comment, not on every object', () => {
    const plan = planInNewNamespace();
    const secrets = new SecretValues();
    const text = formatPlan(plan, 'web on cluster', secrets);
    const summary = planSummary(secrets, 'web', 'OutOfSync', plan, []);
    const comment = renderPlanComment({ ...boutiqueComment(), plan }, secrets);
    for (const report of [text, summary, comment]) {
      expect(report.split(NOTE)).toHaveLength(2);
      expect(report).toContain(`3 objects: ${NOTE}`);
    }
    expect(text).toContain('+ Service shop/cart (create)');
  });

  it('stays on its object when only one carries it', () => {
    const plan = planOf([{ ...planned(service('cart')), note: NOTE }, planned(service('web'))]);
    const text = formatPlan(plan, 'web on cluster', new SecretValues());
    expect(text).toContain(`+ Service shop/cart (create; ${NOTE})`);
    expect(text).not.toContain('1 objects');
  });
});
