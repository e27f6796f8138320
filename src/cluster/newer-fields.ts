/**
 * Fields that Kubernetes releases after 1.26 added, which an older API server calls unknown ("field
 * not declared in schema" from server-side apply, "unknown field" from a strict create). Naming the
 * feature and the release it needs says why a manifest that works on a current cluster is refused.
 */
interface NewerField {
  /** The field as the API server names it: `spec.template.spec.initContainers[name="proxy"].restartPolicy`. */
  readonly field: RegExp;
  readonly feature: string;
  readonly since: string;
}

const NEWER_FIELDS: readonly NewerField[] = [
  {
    field: /(?:^|\.)initContainers\[[^\]]*\]\.restartPolicy$/,
    feature: 'a native sidecar container (an init container with restartPolicy: Always)',
    since: '1.29',
  },
  {
    field: /x-kubernetes-validations\[.*\]\.(?:fieldPath|reason)$/,
    feature: "a CEL rule's fieldPath or reason",
    since: '1.28',
  },
  {
    field: /x-kubernetes-validations\[.*\]\.messageExpression$/,
    feature: "a CEL rule's messageExpression",
    since: '1.27',
  },
  // Beta and on by default in 1.31, GA in 1.33.
  { field: /(?:^|\.)spec\.successPolicy(?:$|\.)/, feature: "a Job's successPolicy", since: '1.31' },
];

const UNKNOWN_FIELD = /field not declared in schema|unknown field/;

/** What to tell the user about an unknown field that a newer release serves; undefined for any other. */
export function newerFieldHint(field: string, message: string): string | undefined {
  if (!UNKNOWN_FIELD.test(message)) return undefined;
  const known = NEWER_FIELDS.find((entry) => entry.field.test(field.replace(/^\./, '')));
  return (
    known &&
    `${known.feature} needs Kubernetes ${known.since} or later, and this cluster's API server does not know the field: upgrade the cluster or leave the field out`
  );
}
