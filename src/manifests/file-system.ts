import fs from 'node:fs';
import { promisify } from 'node:util';

/**
 * The file calls that reading manifests makes, as node:fs/promises names them. The reads (lstat,
 * readdir, readFile, realpath, stat) run synchronously and hand their answer over as a promise:
 * manifests are a few small files, and each asynchronous call would be a round trip through libuv's
 * thread pool (whose threads the first one starts), which costs `kubesync render` more start-up than
 * the reads themselves. While they run, nothing else does: with several apps, another app's requests
 * wait for them, as they would for its parsing. node:fs/promises itself would load nine more built-in modules (its file handles
 * bring readline along). realpath is the native one, as in node:fs/promises.
 */
export const lstat = (file: string) => settled(() => fs.lstatSync(file));
export const readdir = (folder: string) => settled(() => fs.readdirSync(folder));
export const readFile = (file: string, encoding: BufferEncoding) =>
  settled(() => fs.readFileSync(file, encoding));
export const realpath = (file: string) => settled(() => fs.realpathSync.native(file));
export const stat = (file: string) => settled(() => fs.statSync(file));

// Writes and the temporary folder of kustomize's wrapper: rare, and left to the thread pool.
export const mkdtemp = promisify(fs.mkdtemp);
export const rm = promisify(fs.rm);
export const writeFile = promisify(fs.writeFile);

/** A synchronous call as a promise: what it returns resolves it, what it throws rejects it. */
function settled<T>(call: () => T): Promise<T> {
  return new Promise((resolve) => resolve(call()));
}
