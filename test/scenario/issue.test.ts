import { describe, expect, it } from 'vitest';
import { formatIssue, issueAt } from '../../src/scenario/issue.js';

describe('formatIssue', () => {
  it('formatIssue(issue) writes file:line:column: path: message (did you mean ...?)', () => {
    const issue = { file: 'scenarios/a.yaml', line: 8, column: 44, path: 'workforce.agencyShare', message: 'Too big: expected number to be <=1', suggestion: 'agencyShare', code: 'too_big' };
    expect(formatIssue(issue)).toBe('scenarios/a.yaml:8:44: workforce.agencyShare: Too big: expected number to be <=1 (did you mean "agencyShare"?)');
  });

  it('formatIssue(issue) leaves out an unknown position and an empty path', () => {
    expect(formatIssue({ file: '(--set)', path: '', message: 'bad', code: 'x' })).toBe('(--set): bad');
    expect(formatIssue({ file: 'a.yaml', line: 2, column: 1, path: '', message: 'the file is empty', code: 'x' })).toBe('a.yaml:2:1: the file is empty');
  });

  it('issueAt(fields, undefined) adds no line or column keys at all', () => {
    expect(Object.keys(issueAt({ file: 'f', path: '', message: 'm', code: 'c' }, undefined))).toEqual(['file', 'path', 'message', 'code']);
    expect(issueAt({ file: 'f', path: '', message: 'm', code: 'c' }, { line: 3, column: 4 })).toMatchObject({ line: 3, column: 4 });
  });
});
