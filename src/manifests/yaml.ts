import { Composer, isMap, isPair, isScalar, isSeq, LineCounter, Parser, type Node, type Tags } from 'yaml';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import type { FieldPath, Origin } from '../model/origin.js';
import { OriginMap } from '../model/origin.js';
import { syntaxMistakes } from './yaml-errors.js';

/** One YAML document of a file, as plain data, with the origin of each of its values. */
export interface LocatedDocument {
  readonly value: unknown;
  readonly origins: OriginMap;
  /** 0-based position of the document in its file. */
  readonly index: number;
  /** The comment above the document's content, e.g. helm's `# Source: chart/templates/x.yaml`. */
  readonly comment?: string;
}

export interface ParsedYaml {
  readonly documents: LocatedDocument[];
  readonly findings: Finding[];
}

/** Aliases expanded beyond this are refused, like a billion-laughs document would need. */
const MAX_ALIAS_COUNT = 100;

/**
 * The YAML 1.1 float pattern matches a lone `.` (so `context: .` became NaN); go-yaml, which kubectl
 * uses, reads it as a string. Floats must contain a digit here too.
 */
function kubernetesTags(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:float' || !tag.test?.test('.')) return tag;
    return { ...tag, test: new RegExp(`^(?=.*[0-9])${tag.test.source.replace(/^\^/, '')}`) };
  });
}

/**
 * Parses every document of a YAML file. Kubernetes tooling reads YAML 1.1 (`yes` is a boolean, `0755`
 * is octal), so we do too, or a file mode or an env value would mean something other than kubectl reads.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const originAt = (offset: number): Origin => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const documents: LocatedDocument[] = [];
  const findings: Finding[] = [];
  // parseAllDocuments would hold every document's syntax tree at once (hundreds of MB for a file of
  // 10,000 objects); composed one at a time, each tree is dropped once its values and origins are taken.
  const composer = new Composer({ version: '1.1', customTags: kubernetesTags, uniqueKeys: true });
  let index = -1;
  for (const doc of composer.compose(new Parser(lineCounter.addNewLine).parse(text))) {
    index++;
    const problems = [...doc.errors];
    for (const mistake of syntaxMistakes(problems, text)) {
      const rule = mistake.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
      findings.push(errorAt(originAt(mistake.offset), rule, mistake.message));
    }
    if (problems.length > 0 || doc.contents === null) continue;
    const documentOrigin = originAt(doc.contents.range?.[0] ?? 0);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message =
        error instanceof ReferenceError
          ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT}); expand them or split the document`
          : String(error);
      findings.push(errorAt(documentOrigin, 'yaml-aliases', message));
      continue;
    }
    if (value === null || value === undefined) continue;
    const origins = new OriginMap(documentOrigin);
    origins.set([], documentOrigin);
    recordOrigins(doc.contents, [], origins, originAt);
    documents.push({
      value,
      origins,
      index,
      comment: doc.commentBefore ?? doc.contents.commentBefore ?? undefined,
    });
  }
  return { documents, findings };
}

/** Records the origin of every field and list item below `node`; the caller records `node` itself. */
function recordOrigins(
  node: Node,
  path: FieldPath,
  origins: OriginMap,
  originAt: (offset: number) => Origin,
) {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const childPath = [...path, String(pair.key.value)];
      // A field is shown where its key is written, which is where a reader looks for it.
      if (pair.key.range) origins.set(childPath, originAt(pair.key.range[0]));
      if (pair.value) recordOrigins(pair.value as Node, childPath, origins, originAt);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const itemNode = item as Node;
      if (itemNode.range) origins.set([...path, index], originAt(itemNode.range[0]));
      recordOrigins(itemNode, [...path, index], origins, originAt);
    });
  }
}
