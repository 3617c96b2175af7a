import { requireRouteUser } from "@/lib/auth/require-route-user";
import { thumbnailResponse } from "@/lib/media-items/thumbnail-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ mediaId: string }> };

/**
 * A thumbnail of a local file, fetched from Synapse by the console and streamed on, so the
 * browser never sees Synapse's address or the service account's token. Operators and admins
 * only: the files are people's uploads, as the media lists that show them are.
 */
export async function GET(_request: Request, { params }: Context) {
  const access = await requireRouteUser("operator");
  if ("refusal" in access) return access.refusal;
  return thumbnailResponse((await params).mediaId);
}
