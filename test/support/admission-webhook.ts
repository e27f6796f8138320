import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KubernetesObjectApi } from '@kubernetes/client-node';
import { writeCertificates } from './control-plane.js';
import { kubeConfig } from './real-cluster.js';

export interface RefusingWebhook {
  /** The webhook's name, as the API server quotes it in a refusal. */
  readonly name: string;
  readonly stop: () => Promise<void>;
}

/**
 * A validating admission webhook, served over HTTPS on 127.0.0.1 with a CA of its own, that refuses
 * every CREATE of `resource` (`pods`, `deployments.apps`) in one namespace with `message`, as a policy
 * engine (Kyverno, Gatekeeper) would.
 */
export async function refusingWebhook(
  namespace: string,
  resource: string,
  message: string,
): Promise<RefusingWebhook> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubesync-webhook-'));
  await writeCertificates(dir);
  const server = createServer(
    { key: readFileSync(path.join(dir, 'serving.key')), cert: readFileSync(path.join(dir, 'serving.crt')) },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const review = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { request: { uid: string } };
        response.setHeader('Content-Type', 'application/json');
        response.end(
          JSON.stringify({
            apiVersion: 'admission.k8s.io/v1',
            kind: 'AdmissionReview',
            response: { uid: review.request.uid, allowed: false, status: { code: 403, message } },
          }),
        );
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const [plural, group = ''] = resource.split(/\.(.*)/);
  const name = `deny-${namespace}.kubesync.test`;
  const configuration = {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    metadata: { name: `kubesync-test-${namespace}` },
    webhooks: [
      {
        name,
        admissionReviewVersions: ['v1'],
        sideEffects: 'None',
        failurePolicy: 'Fail',
        timeoutSeconds: 5,
        clientConfig: {
          url: `https://127.0.0.1:${port}/validate`,
          caBundle: Buffer.from(readFileSync(path.join(dir, 'ca.crt'))).toString('base64'),
        },
        rules: [{ apiGroups: [group], apiVersions: ['v1'], operations: ['CREATE'], resources: [plural] }],
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
      },
    ],
  };
  const api = KubernetesObjectApi.makeApiClient(kubeConfig());
  await api.create(configuration);
  return {
    name,
    stop: async () => {
      await api.delete(configuration).catch(() => undefined);
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
