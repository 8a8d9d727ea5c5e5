/**
 * useDraft — form state that survives a reload, an expired session or a lost connection: every
 * change is written to sessionStorage under a key, restored on the next visit and cleared when
 * the form is sent successfully. A form never loses what was typed.
 */
import { useCallback, useEffect, useRef, useState } from "react";

const prefix = "dondoc.draft.";

function read<T>(key: string): T | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(prefix + key);
    return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export interface Draft<T> {
  readonly value: T;
  readonly set: (next: T | ((previous: T) => T)) => void;
  /** Forget the draft (after a successful send, or when the user discards it). */
  readonly clear: () => void;
  /** The value was restored from an earlier visit. */
  readonly isRestored: boolean;
}

export function useDraft<T>(key: string, initial: T): Draft<T> {
  const restored = useRef(read<T>(key));
  const [value, setValue] = useState<T>(() => restored.current ?? initial);
  const [isRestored, setRestored] = useState(restored.current !== undefined);
  const cleared = useRef(false);

  useEffect(() => {
    if (cleared.current) {
      cleared.current = false;
      return;
    }
    try {
      globalThis.sessionStorage?.setItem(prefix + key, JSON.stringify(value));
    } catch {
      // Storage full or blocked: the form still works, only without the safety net.
    }
  }, [key, value]);

  const clear = useCallback(() => {
    try {
      globalThis.sessionStorage?.removeItem(prefix + key);
    } catch {
      // Nothing stored.
    }
    cleared.current = true;
    setRestored(false);
    setValue(initial);
    // `initial` is deliberately not a dependency: callers pass a fresh literal each render.
  }, [key]);

  return { value, set: setValue, clear, isRestored };
}
