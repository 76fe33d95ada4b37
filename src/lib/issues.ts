/** A schema problem as zod reports it (the fields we use). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** `claims[2].quote` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** One plain sentence per schema problem, naming the field: what a person editing the file needs. */
export function describeIssues(issues: readonly SchemaIssue[], data: unknown): string[] {
  return issues.flatMap((issue) => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map(
        (key) => `field "${fieldPath([...issue.path, key])}" is not part of the format (a typo?); remove or rename it`,
      );
    }
    // A rule of our own (code "custom") says what to do; a missing field is otherwise just missing.
    if (valueAt(data, issue.path) === undefined && issue.code !== 'custom') return [`field "${field}" is required but missing`];
    return [`field "${field || '(top level)'}": ${issue.message}`];
  });
}
