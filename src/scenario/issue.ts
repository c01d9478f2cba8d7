/** A line and column in a scenario file, both counted from 1. */
export interface Position {
  line: number;
  column: number;
}

/**
 * One problem found in a scenario: where it is (file, and line/column when known), which key it
 * is about (dotted path, '' for the whole document), what is wrong, and a machine-readable code.
 */
export interface ScenarioIssue {
  file: string;
  line?: number;
  column?: number;
  path: string;
  message: string;
  expected?: string;
  suggestion?: string;
  code: string;
}

/** Builds an issue, adding line and column only when a position is known. */
export function issueAt(
  fields: Omit<ScenarioIssue, 'line' | 'column'>,
  position: Position | undefined,
): ScenarioIssue {
  return position === undefined ? { ...fields } : { ...fields, line: position.line, column: position.column };
}

/**
 * Formats an issue as `file:line:column: path: message (did you mean "x"?)`; the line/column and
 * the path are left out when unknown or empty.
 */
export function formatIssue(issue: ScenarioIssue): string {
  const where =
    issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const path = issue.path === '' ? '' : `${issue.path}: `;
  const hint = issue.suggestion === undefined ? '' : ` (did you mean "${issue.suggestion}"?)`;
  return `${where}: ${path}${issue.message}${hint}`;
}

/** Most problems reported in full from one step (one file, or one validation); the rest are counted. */
export const MAX_REPORTED_ISSUES = 200;

/**
 * The first MAX_REPORTED_ISSUES issues, plus one `too_many_issues` issue in `file` saying how many
 * more (`total` defaults to the list's length) were left out; the list itself when short enough.
 */
export function limitIssues(issues: readonly ScenarioIssue[], file: string, total = issues.length): ScenarioIssue[] {
  const shown = issues.slice(0, MAX_REPORTED_ISSUES);
  if (total <= shown.length) return shown;
  return [...shown, { file, path: '', message: `${total - shown.length} more problems not shown`, code: 'too_many_issues' }];
}
