/** Bad input, reported all at once as `path:line:column message`, the form editors and CI logs link to. */

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Thrown when the input cannot be built; carries every problem found, not just the first. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** Thrown for a wrong command line: exit code 2, as for any Unix tool's misuse. */
export class UsageError extends Error {}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}:${p.column} ${p.message}`;

/** Collects problems while a pass goes on, so one run reports them all. */
export class Problems {
  readonly list: Problem[] = [];
  add(file: string, line: number, column: number, message: string): void {
    this.list.push({ file, line, column, message });
  }
  /** Ends the pass: throws when anything was wrong. */
  check(): void {
    if (this.list.length) throw new InputError(this.list);
  }
}
