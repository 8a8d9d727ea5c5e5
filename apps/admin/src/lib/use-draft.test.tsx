import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { useDraft } from "./use-draft.js";

describe("useDraft", () => {
  it("restores what was typed after the form is unmounted (reload, expired session)", () => {
    const first = renderHook(() => useDraft("demo", { body: "" }));
    act(() => first.result.current.set({ body: "Đã hoàn thành 80%" }));
    first.unmount();
    const second = renderHook(() => useDraft("demo", { body: "" }));
    expect(second.result.current.value).toEqual({ body: "Đã hoàn thành 80%" });
    expect(second.result.current.isRestored).toBe(true);
  });

  it("forgets the draft once it is cleared after a successful send", () => {
    const first = renderHook(() => useDraft("sent", { body: "" }));
    act(() => first.result.current.set({ body: "x" }));
    act(() => first.result.current.clear());
    first.unmount();
    const second = renderHook(() => useDraft("sent", { body: "" }));
    expect(second.result.current.value).toEqual({ body: "" });
  });
});
