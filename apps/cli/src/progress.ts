/**
 * A one-line progress bar on standard error for long commands (`dondoc report` on a year of
 * tasks): the step, its number and a bar, redrawn in place. Only on a terminal: when standard error
 * is a pipe or a file nothing is written, so logs and scripts see only the result and the errors.
 */

/** Where the bar is drawn: standard error, or a stand-in in tests. */
export interface Sink {
  readonly isTTY?: boolean;
  readonly write: (text: string) => unknown;
}

export interface Progress {
  /** Shows step `index` (0-based) of the steps given to `start`, with an optional detail. */
  readonly step: (index: number, detail?: string) => void;
  /** Clears the line. */
  readonly done: () => void;
}

const WIDTH = 20;

/** A progress bar over `steps`, drawn on `sink` only if it is a terminal. */
export const start = (steps: ReadonlyArray<string>, sink: Sink = process.stderr): Progress => {
  if (sink.isTTY !== true) return { step: () => undefined, done: () => undefined };
  let drawn = false;
  return {
    step: (index, detail) => {
      const filled = Math.round((WIDTH * index) / steps.length);
      const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
      sink.write(
        `\r\x1b[2K${bar} ${index + 1}/${steps.length} ${steps[index] ?? ""}${detail ? ` ${detail}` : ""}`,
      );
      drawn = true;
    },
    done: () => {
      if (drawn) sink.write("\r\x1b[2K");
      drawn = false;
    },
  };
};
