import v8 from 'node:v8';

/**
 * Reading, validating and planning thousands of objects allocates far more than it keeps (a plan of
 * 10,000 objects keeps about 60 MB). Left alone, V8 sizes the heap for that churn: it doubles the young
 * generation up to 64 MB per semi-space and lets the old generation grow to up to four times what
 * survived its last full GC before collecting again, and all of it stays committed (peak RSS 400-480
 * MB at 10,000 objects, most of it garbage). Held, the young generation keeps the size it has when the
 * command starts, and the old generation is collected once it has grown by a quarter: a few more
 * scavenges and short full GCs (about a dozen at 10,000 objects, each a few ms), and the memory stays
 * near what is live. Set before the manifests are read, since parsing them is the first thing to grow
 * the heap. Any flag set at run time makes Node compile each built-in module loaded after it without
 * its code cache (some 20 ms for those the cluster connection loads), so `validate` and `render` never
 * set them. V8 reads both each time it would grow the heap.
 */
export function holdHeapGrowth(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=25');
}
