import { plural } from './inline.js';

/**
 * Lays `items` out in order over pages of the given capacities, each page taking items while they fit.
 * Undefined when they do not all fit, unless `cut`: then the items that fit are kept and the last
 * page counts the others (its capacity must leave room for that line).
 */
export function packPages(
  capacities: readonly number[],
  items: readonly string[],
  cut: boolean,
): string[] | undefined {
  const pages: string[] = [''];
  for (const [index, item] of items.entries()) {
    const page = pages.length - 1;
    if ((pages[page] ?? '').length + item.length <= (capacities[page] ?? 0)) {
      pages[page] += item;
      continue;
    }
    if (page + 1 < capacities.length && item.length <= (capacities[page + 1] ?? 0)) {
      pages.push(item);
      continue;
    }
    if (!cut) return undefined;
    pages[page] +=
      `_…and ${plural(items.length - index, 'more entry', 'more entries')}: the job summary lists every object._\n\n`;
    return pages;
  }
  return pages;
}
