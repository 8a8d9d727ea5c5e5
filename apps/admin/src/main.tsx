/** Entry point: mounts the SPA into `#root`. */
import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "./global.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./app.js";
import { restoreLanguage } from "./i18n/i18n.js";

const root = document.getElementById("root");
if (root) {
  await restoreLanguage();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
