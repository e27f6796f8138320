import { afterAll, expect, it } from 'vitest';
import type { ManifestType } from '../../src/model/resource.js';
import { containersOf } from '../../src/manifests/image-overrides.js';
import { imageChangesOf } from '../../src/plan/image-changes.js';
import { formatPlan } from '../../src/report/plan-text.js';
import { SecretValues } from '../../src/secrets/redact.js';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, openTarget } from '../support/cluster-target.js';
import { engine } from '../support/engine.js';
import { imageSource, SOURCE_TYPES, WRITTEN_IMAGE } from '../support/image-sources.js';
import { useRealTools } from '../support/tools.js';

const tools = useRealTools();
afterAll(() => tools.restore());

const needsTools = (type: ManifestType) => (type === 'kustomize' || type === 'helm') && !tools.available;

describeOnEachTarget('images override the image of every source, in plan and apply', (kind) => {
  let target: ClusterTarget;

  for (const type of SOURCE_TYPES) {
    it.skipIf(needsTools(type))(
      `${type}: applies the override, then plans and shows the release of a new tag ${tools.reason}`,
      async () => {
        target = await openTarget(kind);
        const run = engine(
          { kubeconfig: target.kubeconfig, namespace: target.namespace, kind },
          imageSource(type),
          { app: 'shop' },
        );
        const liveImage = async () => {
          const deployment = await target.get('apps/v1', 'Deployment', 'web', target.namespace);
          return deployment && containersOf(deployment).map((container) => container.image);
        };

        const created = await run.plan({ images: 'ghcr.io/acme/web:1.1.0' });
        expect(imageChangesOf(created.plan?.changes ?? [])).toEqual([
          { subject: `Deployment ${target.namespace}/web`, container: 'web', to: 'ghcr.io/acme/web:1.1.0' },
        ]);
        const applied = await run.apply({ images: 'ghcr.io/acme/web:1.1.0' });
        expect(applied.syncStatus).toBe('Synced');
        expect(await liveImage()).toEqual(['ghcr.io/acme/web:1.1.0']);

        // A release: the entry names no tag and takes image-tag (on a tag push, the git tag).
        const release = { images: 'ghcr.io/acme/web', 'image-tag': 'v1.2.0' };
        const planned = await run.plan(release);
        expect(planned.syncStatus).toBe('OutOfSync');
        expect(imageChangesOf(planned.plan?.changes ?? [])).toEqual([
          {
            subject: `Deployment ${target.namespace}/web`,
            container: 'web',
            from: 'ghcr.io/acme/web:1.1.0',
            to: 'ghcr.io/acme/web:v1.2.0',
          },
        ]);
        expect(formatPlan(planned.plan!, 'shop', new SecretValues())).toContain(
          `images:\n  Deployment ${target.namespace}/web web: ghcr.io/acme/web:1.1.0 → ghcr.io/acme/web:v1.2.0\n`,
        );
        await run.apply(release);
        expect(await liveImage()).toEqual(['ghcr.io/acme/web:v1.2.0']);

        // Without the override the written image comes back: nothing of it stays behind in the cluster.
        const back = await run.plan();
        expect(imageChangesOf(back.plan?.changes ?? [])).toEqual([
          expect.objectContaining({ from: 'ghcr.io/acme/web:v1.2.0', to: WRITTEN_IMAGE }),
        ]);
      },
    );
  }

  it('a mistyped entry fails the plan with a did-you-mean and changes nothing', async () => {
    target = await openTarget(kind);
    const run = engine(
      { kubeconfig: target.kubeconfig, namespace: target.namespace, kind },
      imageSource('kubernetes'),
      { app: 'shop' },
    );
    const planned = await run.plan({ images: 'ghcr.io/acme/wbe:2.0.0' });
    expect(planned.validation.valid).toBe(false);
    expect(planned.validation.findings.map((finding) => finding.message)).toContainEqual(
      expect.stringContaining('did you mean ghcr.io/acme/web?'),
    );
    expect(planned.plan).toBeUndefined();
    expect(await target.get('apps/v1', 'Deployment', 'web', target.namespace)).toBeUndefined();
  });
});
