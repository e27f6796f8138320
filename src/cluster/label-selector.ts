import { isRecord } from '../model/resource.js';

/**
 * A LabelSelector (`spec.selector` of a workload) as the `labelSelector` query string of a list;
 * undefined when it selects nothing that can be written as one.
 */
export function selectorQuery(selector: unknown): string | undefined {
  if (!isRecord(selector)) return undefined;
  const terms: string[] = [];
  if (isRecord(selector.matchLabels))
    for (const [key, value] of Object.entries(selector.matchLabels)) terms.push(`${key}=${String(value)}`);
  for (const expression of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    if (!isRecord(expression) || typeof expression.key !== 'string') continue;
    const values = Array.isArray(expression.values) ? expression.values.map(String).join(',') : '';
    switch (expression.operator) {
      case 'In':
        terms.push(`${expression.key} in (${values})`);
        break;
      case 'NotIn':
        terms.push(`${expression.key} notin (${values})`);
        break;
      case 'Exists':
        terms.push(expression.key);
        break;
      case 'DoesNotExist':
        terms.push(`!${expression.key}`);
        break;
    }
  }
  return terms.length > 0 ? terms.join(',') : undefined;
}
