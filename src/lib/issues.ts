/** A schema problem as zod reports it (the fields we use). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  expected?: unknown;
  format?: unknown;
}

/** Zod's words for a date or an address it cannot read ("expected date, received Date"), said for a person. */
function plainMessage(issue: SchemaIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'date') return 'not a date: write the day as YYYY-MM-DD, e.g. 2025-09-09';
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return 'not a web address: write it in full, starting https:// (or http://)';
  return issue.message;
}

/** `claims[2].quote` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** A schema problem, worded: the field's path (`claims[2].quote`, '' for the top level) and one plain sentence naming it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** One plain sentence per schema problem, naming the field: what a person editing the file needs. */
export function fieldIssues(issues: readonly SchemaIssue[], data: unknown): FieldIssue[] {
  return issues.flatMap((issue) => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => {
        const path = fieldPath([...issue.path, key]);
        return { field: path, message: `field "${path}" is not part of the format (a typo?); remove or rename it` };
      });
    }
    // A rule of our own (code "custom") says what to do; a missing field is otherwise just missing.
    if (valueAt(data, issue.path) === undefined && issue.code !== 'custom')
      return [{ field, message: `field "${field}" is required but missing` }];
    return [{ field, message: `field "${field || '(top level)'}": ${plainMessage(issue)}` }];
  });
}

/** The sentences of `fieldIssues`, as the build joins them after the file's name. */
export const describeIssues = (issues: readonly SchemaIssue[], data: unknown): string[] => fieldIssues(issues, data).map((i) => i.message);
