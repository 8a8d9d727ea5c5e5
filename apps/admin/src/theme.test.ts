import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";

import { contrast, cssVariablesResolver, theme } from "./theme.js";

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const light = cssVariablesResolver(full).light as Record<string, string>;

describe("the theme's text colours", () => {
  it("reads dimmed text and placeholders at 4.5:1 at least on white and on a light grey", () => {
    for (const name of ["--mantine-color-dimmed", "--mantine-color-placeholder"]) {
      expect(contrast(light[name] ?? "", "#ffffff"), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(light["--mantine-color-dimmed"] ?? "", "#f8f9fa")).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.keys(full.colors).filter((c) => c !== "dark"))(
    "gives %s white text on its filled colour, and readable light and outline text",
    (color) => {
      const shades = full.colors[color] ?? [];
      expect(contrast("#ffffff", light[`--mantine-color-${color}-filled`] ?? "")).toBeGreaterThanOrEqual(4.5);
      expect(
        contrast(light[`--mantine-color-${color}-light-color`] ?? "", shades[1] ?? ""),
      ).toBeGreaterThanOrEqual(4.5);
      expect(contrast(light[`--mantine-color-${color}-outline`] ?? "", "#ffffff")).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(contrast(light[`--mantine-color-${color}-text`] ?? "", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("finds Mantine's own grey too dim (the reason for the override)", () => {
    expect(contrast(full.colors.gray[6], "#ffffff")).toBeLessThan(4.5);
  });
});
