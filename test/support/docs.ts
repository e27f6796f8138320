import { readdirSync, readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './workspace.js';

/**
 * The documentation a user reads, as the tests read it: README.md, SECURITY.md and every page of
 * docs/, each with its fenced code blocks.
 */
export const DOC_FILES: readonly string[] = [
  'README.md',
  'SECURITY.md',
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

export function readDoc(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), 'utf8');
}

export interface CodeBlock {
  readonly file: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  readonly language: string;
  readonly text: string;
}

/** Every fenced code block of a Markdown text, with the language its fence names. */
export function codeBlocks(file: string, text = readDoc(file)): CodeBlock[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    file,
    line: text.slice(0, match.index).split('\n').length,
    language: match[1] ?? '',
    text: match[2] ?? '',
  }));
}

/** The text of a section: from its heading to the next heading of the same or a higher level. */
export function section(text: string, heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`no section "${heading}"`);
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end === -1 ? rest : rest.slice(0, end);
}

export interface Step {
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}

export interface Workflow {
  readonly on: Record<string, unknown>;
  readonly jobs: Record<string, { environment?: string; steps: Step[] }>;
}

/** A YAML block that is a whole workflow: it has `on:` and `jobs:`. */
export function isWorkflow(block: CodeBlock): boolean {
  return block.language === 'yaml' && /^on:/m.test(block.text) && /^jobs:/m.test(block.text);
}

/** The workflows of a document, parsed. */
export function workflowsOf(file: string, text?: string): Workflow[] {
  return codeBlocks(file, text)
    .filter(isWorkflow)
    .map((block) => parse(block.text) as Workflow);
}

/**
 * Every step a block shows: a workflow's steps, or a block that is a list of steps (a snippet to add
 * to a job).
 */
export function stepsOf(block: CodeBlock): Step[] {
  if (block.language !== 'yaml') return [];
  const value = parse(block.text) as unknown;
  if (Array.isArray(value)) return value as Step[];
  if (isWorkflow(block)) return Object.values((value as Workflow).jobs).flatMap((job) => job.steps ?? []);
  return [];
}

/** A `${{ … }}` expression replaced with the value a test gives it, as the runner would. */
export function evaluateInputs(
  step: Step | undefined,
  values: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step?.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_match, expression: string) => {
        const result = values[expression];
        if (result === undefined)
          throw new Error(`the test does not know the expression \${{ ${expression} }}; teach it`);
        return result;
      }),
    ]),
  );
}

/** What GitHub's own workflow parser reports about a workflow: its schema and expression errors. */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (result.value) await convertWorkflowTemplate(result.context, result.value);
  return result.context.errors.getErrors().map((error) => error.message);
}
