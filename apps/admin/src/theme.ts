/**
 * The Mantine theme: a sober blue, system fonts served locally (no CDN), and colours that every
 * reader can read — each text colour at least 4.5:1 against what it sits on (WCAG 2.2 AA, checked
 * with axe-core in the end-to-end run), and status badges at 13 px. Touch sizes (44 px on a phone)
 * are in `global.css`.
 */
import { Badge, type CSSVariablesResolver, createTheme, darken, luminance, rem } from "@mantine/core";

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color`, darkened step by step until it reads at 4.5:1 on `background`. */
export function readable(color: string, background: string): string {
  let out = color;
  for (let i = 0; i < 20 && contrast(out, background) < 4.5; i++) out = darken(out, 0.08);
  return out;
}

export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 5 },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  defaultRadius: "sm",
  focusRing: "auto",
  components: {
    // Status words (“Quá hạn”) at 13 px, small counters at 12 px: Mantine's 11 px is too small.
    Badge: Badge.extend({
      vars: (_theme, props) => {
        const size = props.size ?? "md";
        if (size === "md") return { root: { "--badge-fz": rem(13), "--badge-height": rem(24) } };
        if (size === "sm" || size === "xs")
          return { root: { "--badge-fz": rem(12), "--badge-height": rem(20) } };
        return { root: {} };
      },
    }),
  },
});

/**
 * The light scheme's text colours made readable: the dimmed grey (3.3:1 in Mantine's default)
 * and placeholders darkened; for every palette colour, the filled background under white text,
 * the text of light and outline variants, and coloured text (`c="red"`) darkened to 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    "--mantine-color-dimmed": "#5c636a",
    "--mantine-color-placeholder": "#6c757d",
  };
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === "dark" || shades.length < 10) continue;
    const filled = readable(shades[8] ?? "#000", "#ffffff");
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    light[`--mantine-color-${name}-light-color`] = readable(shades[9] ?? "#000", shades[1] ?? "#fff");
    light[`--mantine-color-${name}-outline`] = readable(shades[8] ?? "#000", "#ffffff");
    light[`--mantine-color-${name}-text`] = readable(shades[8] ?? "#000", "#ffffff");
  }
  return { variables: {}, light, dark: {} };
};
