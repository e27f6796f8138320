import { createTwoFilesPatch } from 'diff';
import { parse, stringify } from 'yaml';
import type { FieldSet } from '../cluster/managed-fields.js';
import { ownedFields, extractFields, managersOf, unionOf } from '../cluster/managed-fields.js';
import { LEGACY_FIELD_MANAGER } from '../model/app-identity.js';
import type { KubeObject } from '../model/object.js';
import { isRecord, metadataOf } from '../model/resource.js';
import type { Change } from './change.js';
import { normalize, sortKeys } from './normalize.js';
import { maskSecret } from '../secrets/mask.js';
import { withoutOwnMetadata } from './own-metadata.js';

/**
 * The diff a reviewer reads. A new object without kubesync's own labels and annotations; a deleted one
 * as the fields kubesync applied to it (its `managedFields` entry), without what the server defaulted
 * or set; an update as planned. Data in, text out: the plan's diff stays the record (the diff-file).
 */
export function reviewDiff(change: Change): string {
  if (change.action === 'create') return createdDiff(change) ?? change.diff;
  if (change.action === 'delete' && change.live)
    return patch(fileName(change, '---', 'live'), '/dev/null', appliedFields(change.live), undefined);
  return change.diff;
}

/**
 * The object as kubesync applied it: identity plus the fields of its kubesync Apply entries, Secret
 * values masked. An object with no such entry (applied before kubesync tracked it) shows its live
 * state without server-maintained fields.
 */
export function appliedFields(live: KubeObject): KubeObject {
  const fields = kubesyncManagersOf(live).reduce<FieldSet>(
    (union, manager) => unionOf(union, ownedFields(live, manager)),
    {},
  );
  if (Object.keys(fields).length === 0) return maskSecret(withoutOwnMetadata(normalize(live)));
  const { name, namespace } = metadataOf(live);
  const extracted = extractFields(live, fields);
  const applied: KubeObject = {
    apiVersion: live.apiVersion,
    kind: live.kind,
    ...extracted,
    metadata: {
      name,
      ...(namespace === undefined ? {} : { namespace }),
      ...(isRecord(extracted.metadata) ? extracted.metadata : {}),
    },
  };
  return maskSecret(withoutOwnMetadata(applied));
}

/** The diff of a create, parsed back to the object the dry run returned, without kubesync's metadata. */
function createdDiff(change: Change): string | undefined {
  const lines = change.diff.split('\n');
  const hunk = lines.findIndex((line) => line.startsWith('@@'));
  if (hunk === -1) return undefined;
  const added = lines.slice(hunk + 1).filter((line) => line.startsWith('+'));
  let object: unknown;
  try {
    object = parse(added.map((line) => line.slice(1)).join('\n'));
  } catch {
    return undefined;
  }
  if (!isRecord(object)) return undefined;
  return patch('/dev/null', fileName(change, '+++', 'desired'), undefined, withoutOwnMetadata(object));
}

/** The name the plan's own diff gives a side (`live/…`, or `base/…` in a rendered diff), kept as it was. */
function fileName(change: Change, header: '---' | '+++', side: string): string {
  const line = change.diff.split('\n').find((text) => text.startsWith(`${header} `));
  return line ? line.slice(header.length + 1) : `${side}/${change.subject}`;
}

function patch(
  oldName: string,
  newName: string,
  before: KubeObject | undefined,
  after: KubeObject | undefined,
): string {
  const yaml = (object: KubeObject | undefined) =>
    object ? stringify(sortKeys(object), { lineWidth: 0 }) : '';
  return createTwoFilesPatch(oldName, newName, yaml(before), yaml(after), '', '', { context: 3 }).replace(
    /^=+\n/,
    '',
  );
}

/**
 * The field managers of kubesync apps on a member being pruned: its app's own (`kubesync/<namespace>/<app>`)
 * and the legacy `kubesync` of an older apply. A renderer sees only the change, not which app planned it.
 */
function kubesyncManagersOf(live: KubeObject): string[] {
  return managersOf(live).filter(
    (manager) => manager === LEGACY_FIELD_MANAGER || manager.startsWith(`${LEGACY_FIELD_MANAGER}/`),
  );
}
