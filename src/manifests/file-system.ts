import fs from 'node:fs';
import { promisify } from 'node:util';

/**
 * The file calls that reading manifests makes, as node:fs/promises names them. That module would load
 * nine more built-in modules at start-up (its file handles bring readline along); node:fs's callback
 * functions are loaded already and answer the same. realpath is the native one, as in node:fs/promises.
 */
export const lstat = promisify(fs.lstat);
export const mkdtemp = promisify(fs.mkdtemp);
export const readdir = promisify(fs.readdir);
export const readFile = promisify(fs.readFile);
export const realpath = promisify(fs.realpath.native);
export const rm = promisify(fs.rm);
export const stat = promisify(fs.stat);
export const writeFile = promisify(fs.writeFile);
