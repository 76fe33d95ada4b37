/**
 * Reads a Netlify/Cloudflare `_headers` file: path patterns, each with its headers. Used to
 * give nginx the same headers (deploy/nginx.conf, and the tests' server), so there is one source.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const at = line.indexOf(':');
    if (!rule || at === -1) throw new Error(`_headers: a header line outside a path block, or without a colon: ${line.trim()}`);
    rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** nginx `add_header` lines for one rule's headers (`always`, so error pages get them too). */
export const nginxAddHeaders = (rule: HeaderRule, indent = '  ') =>
  rule.headers.map(([name, value]) => `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`).join('\n');
