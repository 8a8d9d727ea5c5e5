/**
 * SourceText — the notice's text with one span highlighted (the directive of a task, or the field
 * selected in the import review) and scrolled into view.
 */
import { ScrollArea } from "@mantine/core";
import { useEffect, useRef } from "react";

import type { Span } from "../api/types.js";

export interface SourceTextProps {
  readonly text: string;
  readonly highlight: Span | null;
  readonly maxHeight?: number | string;
  readonly label: string;
}

export function SourceText({ text, highlight, maxHeight = 480, label }: SourceTextProps) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }, [highlight?.start, highlight?.end]);

  const valid =
    highlight && highlight.start >= 0 && highlight.end <= text.length && highlight.start < highlight.end;
  return (
    // The scrolling box is a labelled region reachable with Tab, so the keyboard can scroll it.
    <ScrollArea.Autosize
      mah={maxHeight}
      type="auto"
      viewportProps={{ tabIndex: 0, role: "region", "aria-label": label }}
    >
      <div className="source-text">
        {valid ? (
          <>
            {text.slice(0, highlight.start)}
            <mark ref={mark} className="source-highlight" data-testid="source-highlight">
              {text.slice(highlight.start, highlight.end)}
            </mark>
            {text.slice(highlight.end)}
          </>
        ) : (
          text
        )}
      </div>
    </ScrollArea.Autosize>
  );
}
