import { RefusedAddressError, resolvePublicTarget } from "@/lib/http/public-address";
import { ActionError } from "./action-result";

/**
 * Refuses, with the rules' own sentence, an address the console may not send to (private or
 * loopback unless allowed, plain http likewise), as a form's input is checked when it is saved;
 * each send checks it again, since DNS may change.
 */
export async function assertAllowedAddress(
  url: string,
  rules: Parameters<typeof resolvePublicTarget>[1],
): Promise<void> {
  await resolvePublicTarget(url, rules).catch((error: unknown) => {
    throw error instanceof RefusedAddressError ? new ActionError(error.message) : error;
  });
}
