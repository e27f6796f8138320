/** Name rules of the Kubernetes API (k8s.io/apimachinery/pkg/util/validation). */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Returns why `name` is not a DNS-1123 label (namespaces, most label-like names), or undefined. */
export function dns1123LabelProblem(name: string): string | undefined {
  if (name.length > 63) return 'must be no more than 63 characters';
  if (!DNS1123_LABEL.test(name)) {
    return "must consist of lower case alphanumeric characters or '-', and start and end with an alphanumeric character";
  }
  return undefined;
}

/** Services and Applications: a DNS-1035 label, which also cannot start with a digit. */
export function dns1035LabelProblem(name: string): string | undefined {
  if (name.length > 63) return 'must be no more than 63 characters';
  if (!DNS1035_LABEL.test(name)) {
    return "must consist of lower case alphanumeric characters or '-', start with a letter and end with an alphanumeric character";
  }
  return undefined;
}

export function dns1123SubdomainProblem(name: string): string | undefined {
  if (name.length > 253) return 'must be no more than 253 characters';
  if (!DNS1123_SUBDOMAIN.test(name)) {
    return "must consist of lower case alphanumeric characters, '-' or '.', and start and end with an alphanumeric character";
  }
  return undefined;
}

/** RBAC objects only need to be a valid path segment (`system:controller:x` is fine). */
export function pathSegmentProblem(name: string): string | undefined {
  if (name === '.' || name === '..') return `may not be '${name}'`;
  if (/[/%]/.test(name)) return "may not contain '/' or '%'";
  return undefined;
}

const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;

/** An Ingress host: a DNS name with at least one dot, optionally a leading `*.` wildcard. */
export function isHostname(value: string): boolean {
  return value.length <= 253 && HOSTNAME.test(value);
}
