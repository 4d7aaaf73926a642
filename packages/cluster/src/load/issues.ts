// Validation reporting for the loader: `IssueCollector` gathers the problems found as
// `ValidationIssue`s (file, JSON path, what was expected, what was found, what was dropped), turning
// valibot's issues into the JSON path and the most specific expectation.
import * as v from 'valibot';
import type { ValidationIssue } from '../errors.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Renders a valibot issue path as a JSON path: `$.articles[3].title`. */
function jsonPath(prefix: string, issue: v.BaseIssue<unknown>): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string') path += IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return path;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The deepest, most specific description of what was expected. */
function expectedOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'validation') return issue.message;
  if (issue.type === 'object' && issue.input === undefined && issue.expected)
    return `a value for the required key ${issue.expected}`;
  if (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'union') return issue.message;
  return issue.expected ?? issue.message;
}

export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  add(
    file: string,
    path: string,
    expected: string,
    received: string,
    dropped: ValidationIssue['dropped'],
    code?: ValidationIssue['code'],
  ): void {
    this.issues.push({ file, path, expected, received: shorten(received), dropped, ...(code ? { code } : {}) });
  }
  fromValibot(
    file: string,
    prefix: string,
    issues: readonly v.BaseIssue<unknown>[],
    dropped: ValidationIssue['dropped'],
  ): void {
    for (const issue of issues) this.add(file, jsonPath(prefix, issue), expectedOf(issue), issue.received, dropped);
  }
}
