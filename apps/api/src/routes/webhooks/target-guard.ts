/**
 * The subscription side of the webhook target guard: a URL whose host is (or resolves to) a
 * loopback, private, link-local or other non-public address is refused with 422 `unsafe-target`
 * naming `body.url`, unless `WEBHOOK_ALLOW_PRIVATE_HOSTS` allows it. A name that does not resolve
 * now is accepted: delivery checks again after resolution, before every attempt.
 */
import type { Deps } from "../../context.js";
import { ApiError } from "../../http/problem.js";
import * as WebhookTarget from "../../integrations/webhook-target.js";

/** The system resolver, giving up (as unresolved) after a few seconds so a request never hangs. */
const resolveQuickly = WebhookTarget.withTimeout(WebhookTarget.systemResolve, 3_000);

/** Throws `unsafe-target` when `url` may not receive webhooks under `deps`' settings. */
export const assertTarget = async (deps: Deps, url: string): Promise<void> => {
  const verdict = await WebhookTarget.check(
    url,
    WebhookTarget.policyOf(deps.env.WEBHOOK_ALLOW_PRIVATE_HOSTS),
    resolveQuickly,
  );
  if (verdict.kind === "refused") {
    throw new ApiError("unsafe-target", verdict.detail, {
      errors: [{ path: "body.url", message: verdict.detail }],
    });
  }
};
