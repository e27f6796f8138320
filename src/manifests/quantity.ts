/**
 * A Kubernetes resource quantity (`500m`, `1.5`, `256Mi`, `1e3`), as the API server's parser accepts
 * it: a signed decimal number followed by a binary suffix, a decimal suffix or a decimal exponent.
 */
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

export function isQuantity(value: string): boolean {
  return QUANTITY.test(value);
}
