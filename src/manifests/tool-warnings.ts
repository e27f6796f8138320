import type { Finding } from '../model/finding.js';
import { warningAt } from '../model/finding.js';
import type { Origin } from '../model/origin.js';

/** Lines about the machine rather than the manifests (helm reading a group-readable kubeconfig). */
const MACHINE_NOISE = [/Kubernetes configuration file is (group|world)-readable/i];

/**
 * What kustomize or helm printed on stderr while succeeding (`# Warning: 'bases' is deprecated…`), one
 * warning per distinct line, at the file the tool was given, or at the field a message quotes.
 */
export function toolWarnings(
  stderr: string,
  tool: 'kustomize' | 'helm',
  origin: Origin,
  locateField: (field: string) => Origin | undefined = () => undefined,
): Finding[] {
  const lines = stderr
    .split(/\r?\n/)
    .map(messageOf)
    .filter((line): line is string => !!line && !MACHINE_NOISE.some((noise) => noise.test(line)));
  return [...new Set(lines)].map((line) => {
    const quoted = /'([A-Za-z][\w.]*)'/.exec(line)?.[1];
    const at = (quoted && locateField(quoted)) || origin;
    return warningAt(at, `${tool}-warning`, `${tool}: ${line}`);
  });
}

const STRUCTURED = /^(?:time=\S+\s+)?level=(\w+)\s+msg=("(?:[^"\\]|\\.)*"|\S+)(.*)$/;

/**
 * The message of one stderr line: kustomize's `# Warning: …`, helm 3's `WARNING: …`, helm 4's
 * structured `level=WARN msg="…"`; undefined for a blank line or a structured line below warning level.
 */
function messageOf(raw: string): string | undefined {
  const line = raw.trim();
  const structured = STRUCTURED.exec(line);
  if (structured) {
    const [, level = '', message = '', rest = ''] = structured;
    if (!/^(warn|warning|error)$/i.test(level)) return undefined;
    const text = message.startsWith('"') ? (JSON.parse(message) as string) : message;
    return rest.trim() ? `${text} (${rest.trim()})` : text;
  }
  return line.replace(/^#\s*/, '').replace(/^(warning|warn)\s*:\s*/i, '') || undefined;
}
