/**
 * A suggested directory id for a new agency: the parent's province prefix (`brvt.` of
 * `brvt.ubnd`) and the name without diacritics, in lower case, words joined by `-`
 * (`Ban Quản lý dự án khu vực Long Điền` → `brvt.ban-quan-ly-du-an-khu-vuc-long-dien`), cut to
 * the API's 100 characters and made unique against the ids taken (`-2`, `-3`…). Only a suggestion:
 * the clerk may type another id, and the API checks it.
 */
export function agencyIdOf(name: string, parentId: string | null, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const dot = parentId?.indexOf(".") ?? -1;
  const prefix = parentId !== null && dot > 0 ? parentId.slice(0, dot + 1) : "";
  const base = `${prefix}${slug || "co-quan"}`.slice(0, 96).replace(/-+$/, "");
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
