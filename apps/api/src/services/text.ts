/**
 * Search keys that ignore Vietnamese diacritics: “Sở Tài chính” and “so tai chinh” both become
 * `so tai chinh`, so a search typed without accents still finds the task.
 */
export const fold = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export const likeEscape = (value: string): string => value.replace(/[\\%_]/g, (m) => `\\${m}`);
