import type { KubeObject, ObjectRef } from './object.js';

export function namespaceRef(name: string): ObjectRef {
  return { apiVersion: 'v1', kind: 'Namespace', name };
}

export function namespaceObject(name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
}

/** Whether the manifests themselves declare this Namespace. */
export function declaresNamespace(
  objects: readonly { readonly object: KubeObject }[],
  name: string,
): boolean {
  return objects.some(
    ({ object }) =>
      object.kind === 'Namespace' && (object.metadata as { name?: unknown } | undefined)?.name === name,
  );
}
