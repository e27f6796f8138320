import { describe, expect, it } from 'vitest';
import { loadKubeConfig, serverHost } from '../../src/cluster/kubeconfig.js';

const config = `apiVersion: v1
kind: Config
clusters:
  - name: prod
    cluster: {server: "https://prod.example.com:6443"}
  - name: staging
    cluster: {server: "https://staging.example.com"}
users:
  - name: ci
    user: {token: super-secret-token}
contexts:
  - name: prod
    context: {cluster: prod, user: ci}
  - name: staging
    context: {cluster: staging, user: ci}
current-context: prod
`;

const ignore = () => undefined;

describe('loadKubeConfig', () => {
  it('reads the input as YAML or as base64 of it, and selects the context', () => {
    expect(serverHost(loadKubeConfig({ kubeconfig: config, context: '' }, {}, ignore)!)).toBe(
      'prod.example.com:6443',
    );
    const encoded = Buffer.from(config).toString('base64');
    expect(serverHost(loadKubeConfig({ kubeconfig: encoded, context: 'staging' }, {}, ignore)!)).toBe(
      'staging.example.com',
    );
  });

  it('has no credentials without input, KUBECONFIG, ~/.kube/config or a service account', () => {
    expect(loadKubeConfig({ kubeconfig: '', context: '' }, { HOME: '/nonexistent' }, ignore)).toBeUndefined();
  });

  it('names the missing context and the ones that exist', () => {
    expect(() => loadKubeConfig({ kubeconfig: config, context: 'qa' }, {}, ignore)).toThrow(
      'the kubeconfig has no context "qa" (it has: prod, staging)',
    );
  });

  it('refuses input that is not a kubeconfig without echoing it', () => {
    let message = '';
    try {
      loadKubeConfig({ kubeconfig: 'token: super-secret-token!!', context: '' }, {}, ignore);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('input "kubeconfig" is neither kubeconfig YAML nor base64 of it');
    expect(message).not.toContain('super-secret-token');
  });
});
