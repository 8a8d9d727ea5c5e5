/**
 * @dondoc/parser — reads Vietnamese notices of conclusions (Thông báo kết luận) and directive
 * letters into the `ParsedNotice` of `@dondoc/domain`: header, directive tree, tasks with lead and
 * coordinating agencies, deadline rules resolved with the working-day calendar, source spans and
 * warnings. Pure; the text path runs in Node and in the browser.
 */
export * as DeadlinePhrase from "./deadline-phrase.js";
export * as DocumentText from "./document-text.js";
export * as Normalize from "./normalize.js";
export * as Parser from "./parser.js";
