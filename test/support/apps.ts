/** The `web` Application the process tests deploy, with `tail` appended to its spec. */
export function webApp(replicas: number, tail = ''): string {
  return `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: web
spec:
  image: ghcr.io/acme/web:1.4.2
  deploy:
    replicas: ${replicas}
  resources:
    cpu: 100m
    memory: 128Mi
${tail}`;
}
