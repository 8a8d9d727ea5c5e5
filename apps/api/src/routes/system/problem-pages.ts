/**
 * The pages behind problem `type` URIs: `GET /problems/{code}` explains one code of the closed list
 * (`http/problem.ts`) in Vietnamese, or in English when the client prefers it (`Accept-Language`)
 * or asks with `?lang=en`. An integrator who meets a `type` in a response can open it; an unknown
 * code is a 404 problem. The pages are plain HTML built once from the titles: no script, no data.
 */
import type { Hono } from "hono";

import type { AppEnv } from "../../context.js";
import { ApiError, ProblemCode, status, titleOf, typePath } from "../../http/problem.js";

type Lang = "vi" | "en";

/** The Vietnamese and English halves of a bilingual title (“tiếng Việt / English”). */
export const titles = (code: ProblemCode): { vi: string; en: string } => {
  const [vi = "", en = vi] = titleOf[code].split(" / ");
  return { vi, en };
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const words = {
  vi: {
    lead: "Loại lỗi của API dondoc",
    status: "Mã trạng thái HTTP",
    code: "Mã lỗi (trường code)",
    body: "Phản hồi có dạng application/problem+json (RFC 9457); trường detail giải thích trường hợp cụ thể.",
    other: "English",
  },
  en: {
    lead: "A problem type of the dondoc API",
    status: "HTTP status",
    code: "Error code (the code member)",
    body: "The response is application/problem+json (RFC 9457); its detail member explains the case at hand.",
    other: "Tiếng Việt",
  },
} as const;

const render = (code: ProblemCode, lang: Lang): string => {
  const t = titles(code);
  const w = words[lang];
  const other: Lang = lang === "vi" ? "en" : "vi";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t[lang])} — dondoc</title>
</head>
<body>
<main>
<p>${w.lead}</p>
<h1>${escapeHtml(t[lang])}</h1>
<p lang="${other}">${escapeHtml(t[other])}</p>
<dl>
<dt>${w.code}</dt><dd><code>${code}</code></dd>
<dt>${w.status}</dt><dd>${status(code)}</dd>
</dl>
<p>${w.body}</p>
<p><a href="${typePath(code)}?lang=${other}" hreflang="${other}">${w.other}</a></p>
</main>
</body>
</html>
`;
};

const pages = new Map<string, string>(
  ProblemCode.options.flatMap((code) => [
    [`${code}:vi`, render(code, "vi")],
    [`${code}:en`, render(code, "en")],
  ]),
);

const langOf = (query: string | undefined, accept: string | undefined): Lang => {
  if (query === "en" || query === "vi") return query;
  // The first language the client names decides; Vietnamese unless that is English.
  const first = accept?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "vi";
};

export const register = (app: Hono<AppEnv>) => {
  app.get("/problems/:code", (c) => {
    const code = c.req.param("code");
    const lang = langOf(c.req.query("lang"), c.req.header("accept-language"));
    const page = pages.get(`${code}:${lang}`);
    if (page === undefined) {
      throw new ApiError("not-found", `Không có loại lỗi ${code} / No problem type ${code}`);
    }
    return c.body(page, 200, {
      "content-type": "text/html; charset=utf-8",
      "content-language": lang,
      vary: "Accept-Language",
      "cache-control": "public, max-age=86400",
    });
  });
};
