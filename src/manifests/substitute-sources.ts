import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import { VARIABLE_NAME } from './envsubst.js';
import type { Origin } from '../model/origin.js';
import { describeObject, isRecord, kindOf } from '../model/resource.js';
import { isBuiltInName } from './substitute.js';
import type { Workspace } from './workspace.js';
import { parseYaml } from './yaml.js';

/** One variable read from a file, and where it was written. */
export interface FileVariable {
  readonly name: string;
  readonly value: string;
  readonly origin: Origin;
  /** It came from a Secret: it must be masked wherever it would be shown. */
  readonly secret: boolean;
}

export interface VariableFile {
  readonly variables: FileVariable[];
  readonly findings: Finding[];
}

/**
 * The variables of `substitute-from` files, in order (a later file wins): a `.yaml`/`.yml` file holds
 * ConfigMaps and Secrets, as Flux's substituteFrom names them in the cluster; any other file is `.env`.
 */
export async function readVariableFiles(
  workspace: Workspace,
  files: readonly string[],
): Promise<VariableFile> {
  const variables: FileVariable[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const absolute = await workspace.resolve(file, 'substitute-from');
    const relative = workspace.relative(absolute);
    const text = await workspace.readManifest(absolute);
    const read = /\.ya?ml$/i.test(file)
      ? parseVariableManifests(relative, text)
      : parseDotenv(relative, text);
    variables.push(...read.variables);
    findings.push(...read.findings);
  }
  return { variables, findings };
}

const ENV_LINE = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/;

/** `KEY=VALUE` lines, `#` comments and blank lines; a value may be quoted, and `export ` is allowed. */
export function parseDotenv(file: string, text: string): VariableFile {
  const variables: FileVariable[] = [];
  const findings: Finding[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const origin = { file, line: index + 1, column: line.length - line.trimStart().length + 1 };
    const match = ENV_LINE.exec(trimmed);
    if (!match) {
      findings.push(errorAt(origin, 'substitute-from', `"${trimmed}" is not a KEY=VALUE line`));
      return;
    }
    const [, name = '', raw = ''] = match;
    const problem = nameProblem(name);
    if (problem) findings.push(errorAt(origin, 'substitute-from', problem));
    else variables.push({ name, value: unquote(raw), origin, secret: false });
  });
  return { variables, findings };
}

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value
      .slice(1, -1)
      .replace(/\\([nrt"\\])/g, (_, escape: string) =>
        escape === 'n' ? '\n' : escape === 'r' ? '\r' : escape === 't' ? '\t' : escape,
      );
  }
  return value.replace(/\s+#.*$/, '');
}

/** The data of every ConfigMap and Secret in the file; a Secret's `data` is base64, its `stringData` not. */
export function parseVariableManifests(file: string, text: string): VariableFile {
  const parsed = parseYaml(file, text);
  const variables: FileVariable[] = [];
  const findings: Finding[] = [...parsed.findings];
  for (const { value, origins } of parsed.documents) {
    const kind = isRecord(value) ? kindOf(value) : undefined;
    if (!isRecord(value) || (kind !== 'ConfigMap' && kind !== 'Secret')) {
      findings.push(
        errorAt(
          origins.documentOrigin,
          'substitute-from',
          `substitute-from reads ConfigMaps and Secrets (or a .env file), not ${kind ?? 'this document'}`,
        ),
      );
      continue;
    }
    const secret = kind === 'Secret';
    for (const [field, base64] of [
      ['data', secret],
      ['stringData', false],
    ] as const) {
      const entries = value[field];
      if (!isRecord(entries)) continue;
      for (const [name, encoded] of Object.entries(entries)) {
        const origin = origins.locate([field, name]);
        const problem =
          nameProblem(name) ??
          (typeof encoded === 'string'
            ? undefined
            : `${describeObject(value)}: ${field}.${name} is not a string`);
        if (problem) {
          findings.push(errorAt(origin, 'substitute-from', problem));
          continue;
        }
        const text = encoded as string;
        const decoded = base64 ? Buffer.from(text, 'base64').toString('utf8') : text;
        variables.push({ name, value: decoded, origin, secret });
      }
    }
  }
  return { variables, findings };
}

function nameProblem(name: string): string | undefined {
  if (!VARIABLE_NAME.test(name))
    return `"${name}" is not a variable name: use letters, digits and _, not starting with a digit`;
  if (isBuiltInName(name)) return `${name}: names starting with KUBESYNC_ are kubesync's built-ins`;
  return undefined;
}
