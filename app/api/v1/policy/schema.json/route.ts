import { requireRouteUser } from "@/lib/auth/require-route-user";
import { policyJsonSchema } from "@/lib/policy/document/json-schema";

export const dynamic = "force-dynamic";

/** The policy document's JSON Schema, for editors and tools that check a policy file. */
export async function GET() {
  const access = await requireRouteUser();
  if ("refusal" in access) return access.refusal;
  return Response.json(policyJsonSchema(), {
    headers: { "Content-Type": "application/schema+json" },
  });
}
