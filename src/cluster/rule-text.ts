/** `{apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"]}`: one rule, as YAML flow. */
export function ruleText(rule: {
  apiGroups: readonly string[];
  resources: readonly string[];
  verbs: readonly string[];
}): string {
  const list = (values: readonly string[]) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
  return `{apiGroups: ${list(rule.apiGroups)}, resources: ${list(rule.resources)}, verbs: ${list(rule.verbs)}}`;
}
