/**
 * The integrations menu label, registered eagerly (the menu renders before the lazily loaded
 * screens and bell bring the rest of the `integrations` strings).
 */
import { i18n } from "../../i18n/i18n.js";

i18n.addResourceBundle("vi", "integrations", { title: "Tích hợp" }, true, false);
i18n.addResourceBundle("en", "integrations", { title: "Integrations" }, true, false);
