/** Types of `score.mjs`, the corpus scorer (so the TypeScript corpus test can call it in-process). */
export interface ScoreOptions {
  /** Parses one notice file into the ParsedNotice JSON (as `dondoc parse FILE --json` prints it). */
  readonly parse: (file: string) => unknown;
  readonly strict?: boolean;
  readonly verbose?: boolean;
}

export interface Score {
  readonly taskF1: number;
  readonly precision: number;
  readonly recall: number;
  readonly leadF1: number;
  readonly wrongDates: number;
  readonly header: { readonly right: number; readonly of: number };
  readonly failed: number;
  readonly lines: ReadonlyArray<string>;
}

/** Scores every NAME.txt of `dir` that has a NAME.expected.json beside it. */
export declare const score: (dir: string, options: ScoreOptions) => Score;
