import type { ManifestType } from '../../src/model/resource.js';
import { makeWorkspace } from './workspace.js';

/** The image every source below runs in its Deployment `web`, container `web`. */
export const WRITTEN_IMAGE = 'ghcr.io/acme/web:1.0.0';

const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ${image}
          resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}
`;

const FILES: Record<ManifestType, Record<string, string>> = {
  kubernetes: { 'k8s/deployment.yaml': deployment(WRITTEN_IMAGE) },
  kustomize: {
    'k8s/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'k8s/deployment.yaml': deployment(WRITTEN_IMAGE),
  },
  helm: {
    'k8s/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'k8s/values.yaml': `image: ${WRITTEN_IMAGE}\n`,
    'k8s/templates/deployment.yaml': deployment('{{ .Values.image }}'),
  },
  app: {
    'k8s/pipeops.yaml': `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: web
spec:
  image: ${WRITTEN_IMAGE}
  resources: {cpu: 10m, memory: 16Mi}
`,
  },
};

export const SOURCE_TYPES = Object.keys(FILES) as ManifestType[];

/** A repository whose `k8s` is a source of the given type, all of them describing the same Deployment. */
export function imageSource(type: ManifestType): string {
  return makeWorkspace(FILES[type]);
}
