import type { ResolvedCommand } from '../settings/inputs.js';
import { INPUT_DEFINITIONS, OUTPUTS } from '../settings/inputs.js';
import type { InputDefinition } from '../settings/input-table.js';

/** Where docs/inputs.md is written, relative to the repository root. */
export const INPUTS_MD = 'docs/inputs.md';

const ALL_COMMANDS: readonly ResolvedCommand[] = ['validate', 'render', 'plan', 'apply', 'rbac', 'promote'];

/**
 * A table cell: pipes escaped, and `<` / `>` outside code spans written as entities, so that
 * `<environment>` is shown rather than taken for an HTML tag.
 */
function cell(text: string): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? part : part.replaceAll('<', '&lt;').replaceAll('>', '&gt;')))
    .join('`')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');
}

const code = (text: string) => (text === '' ? '' : `\`${text}\``);

function commands(list: readonly ResolvedCommand[]): string {
  return ALL_COMMANDS.every((command) => list.includes(command)) ? 'all' : list.join(', ');
}

/** Who may set the input: the workflow's policy, or content a repository's kubesync.yaml may give too. */
function setBy(definition: InputDefinition): string {
  if (definition.trust === 'content') return 'workflow or kubesync.yaml';
  if (definition.narrows === 'subset') return 'workflow only (kubesync.yaml may narrow it to a subset)';
  if (definition.narrows === 'stricter') return 'workflow only (kubesync.yaml may make it stricter)';
  return 'workflow only';
}

function flag(definition: InputDefinition): string {
  if (definition.surface === 'action') return 'action only';
  const value = definition.cli ? ` <${definition.cli.valueName}>` : '';
  return [definition.short ? `-${definition.short}` : '', `--${definition.name}${value}`]
    .filter(Boolean)
    .map(code)
    .join(', ');
}

/**
 * docs/inputs.md: every input, CLI-only flag and output from the table in src/settings/inputs.ts, with who may
 * set each input (`trust`), so the reference cannot drift from what kubesync reads.
 */
export function inputsMarkdown(): string {
  const action = INPUT_DEFINITIONS.filter(({ definition }) => definition.surface !== 'cli');
  const cliOnly = INPUT_DEFINITIONS.filter(({ definition }) => definition.surface === 'cli');
  const inputRows = action.map(
    ({ definition }) =>
      `| ${code(definition.name)} | ${cell(code(definition.default))} | ${setBy(definition)} | ${commands(definition.commands)} | ${flag(definition)} | ${cell(definition.description)} |`,
  );
  const cliRows = cliOnly.map(
    ({ definition }) =>
      `| ${flag(definition)} | ${cell(code(definition.default))} | ${commands(definition.commands)} | ${cell(definition.description)} |`,
  );
  const outputRows = Object.entries(OUTPUTS).map(
    ([name, output]) => `| ${code(name)} | ${commands(output.commands)} | ${cell(output.description)} |`,
  );
  return `<!-- Generated from the inputs table in src/settings/inputs.ts by \`npm run generate\`: edit the table, not this file. -->

# Inputs and outputs

Every input of the action (\`with:\` of a \`uses: kubesync/kubesync@…\` step) is also a flag of the
[CLI](cli.md) of the same name (\`--manifest-type\`), unless the table says "action only". An empty
default means unset.

**Set by**: the workflow is policy, the repository is content (see [SECURITY.md](../SECURITY.md)).
"workflow only" inputs are credentials, URLs, targets, guardrails and every \`allow-*\`, \`require-*\` and
\`force-*\` switch: a repository's [\`kubesync.yaml\`](environments-and-promotion.md#many-apps-in-one-step)
that sets one is refused on its line. "workflow or kubesync.yaml" inputs say what to deploy, and
\`kubesync.yaml\` may set them per app and environment.

The topics: [manifest sources and substitution](sources.md), [images](images.md),
[plan and apply](plan-and-apply.md), [canary and blue-green](progressive-delivery.md),
[secrets](secrets.md), [many apps and promotion](environments-and-promotion.md),
[triggers](triggers.md).

## Inputs

| input | default | set by | commands | CLI flag | description |
| --- | --- | --- | --- | --- | --- |
${inputRows.join('\n')}

## CLI-only flags

| flag | default | commands | description |
| --- | --- | --- | --- |
${cliRows.join('\n')}

## Outputs

| output | set by the commands | description |
| --- | --- | --- |
${outputRows.join('\n')}
`;
}
