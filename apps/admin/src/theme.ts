/** The Mantine theme: a sober blue, system fonts served locally (no CDN), readable contrast. */
import { createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 5 },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  defaultRadius: "sm",
  focusRing: "auto",
});
