import type { ZodIssue } from 'zod';

/**
 * One validation problem: where (`path`, e.g. `metrics[3].pillar` or
 * `attributes.play`; empty for the whole input) and what is wrong.
 *
 * @public
 */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Formats a zod-style path as `a.b[2].c`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) {
      out += out ? `.${segment}` : segment;
    } else {
      out += `[${JSON.stringify(segment)}]`;
    }
  }
  return out;
}

/** Converts zod issues to {@link ValidationIssue}s. */
export function fromZodIssues(issues: readonly ZodIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    out.push({ path: formatPath(issue.path), message: issue.message });
  }
  return out;
}

function summarize(kind: string, issues: readonly ValidationIssue[]): string {
  const lines = issues
    .slice(0, 20)
    .map(i => `  - ${i.path || '(root)'}: ${i.message}`);
  if (issues.length > 20) {
    lines.push(`  … and ${issues.length - 20} more`);
  }
  return `Invalid ${kind} (${issues.length} problem${
    issues.length === 1 ? '' : 's'
  }):\n${lines.join('\n')}`;
}

/**
 * Thrown by `parseProgram` with every problem of the definition.
 *
 * @public
 */
export class ProgramValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(summarize('program definition', issues));
    this.name = 'ProgramValidationError';
    this.issues = issues;
  }
}

/**
 * Thrown by `parseEvent` with every problem of the event.
 *
 * @public
 */
export class EventValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(summarize('performance event', issues));
    this.name = 'EventValidationError';
    this.issues = issues;
  }
}
