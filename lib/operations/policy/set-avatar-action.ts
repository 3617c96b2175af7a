import { recordChange } from "@/lib/audit/changes";
import { db } from "@/lib/db";
import { getUserOrThrow } from "@/lib/operations/require-user";
import { loadAvatarImage } from "@/lib/policy/avatar/load-avatar-image";
import { avatarSourceHash } from "@/lib/policy/avatar/source-hash";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import type { ActionHandler, PolicyActionOf } from "./action-handler";
import type { PolicyApplyContext } from "./apply-context";

const avatarRow = (userId: string) =>
  db.policyAvatar.findUnique({
    where: { homeserverId_userId: { homeserverId: HOMESERVER_ID, userId } },
  });

/**
 * The mxc:// URI of the picture from this source: one uploaded for any user before (a shared logo
 * is uploaded once), else the picture fetched or decoded now and uploaded with
 * POST /_matrix/media/v3/upload as the console's account.
 */
async function mxcUriFor(context: PolicyApplyContext, avatarUri: string, sourceHash: string) {
  const earlier = await db.policyAvatar.findFirst({
    where: { homeserverId: HOMESERVER_ID, sourceHash },
    select: { mxcUri: true },
  });
  if (earlier) return { mxcUri: earlier.mxcUri, uploaded: false };
  const image = await loadAvatarImage(avatarUri);
  const mxcUri = await context.synapse.media.upload({ ...image, fileName: "avatar" });
  return { mxcUri, uploaded: true };
}

/**
 * user.set_avatar: the picture's mxc:// URI set with PUT /_synapse/admin/v2/users/<id>
 * (avatar_url); the source's hash and the URI go to PolicyAvatar, so the next live read reports
 * that source as set (while the user still shows that picture) and nothing is uploaded again. An
 * empty avatarUri takes the avatar away; the picture stays in the media repository.
 */
export const setAvatarHandler: ActionHandler<PolicyActionOf<"user.set_avatar">> = {
  async isStillNeeded({ payload }, context) {
    const user = await getUserOrThrow(context.synapse, payload.userId);
    if (!payload.avatarUri) return Boolean(user.avatar_url);
    const row = await avatarRow(payload.userId);
    const same = row?.sourceHash === avatarSourceHash(payload.avatarUri);
    return !(same && row?.mxcUri === user.avatar_url);
  },
  async apply({ payload }, context) {
    const { userId, avatarUri } = payload;
    const before = await getUserOrThrow(context.synapse, userId);
    if (!avatarUri) {
      const { user } = await context.synapse.users.update(userId, { avatar_url: "" });
      recordChange("avatar_url", before.avatar_url, user.avatar_url);
      await db.policyAvatar.deleteMany({ where: { homeserverId: HOMESERVER_ID, userId } });
      return { userId, avatar: null };
    }
    const sourceHash = avatarSourceHash(avatarUri);
    const { mxcUri, uploaded } = await mxcUriFor(context, avatarUri, sourceHash);
    const { user } = await context.synapse.users.update(userId, { avatar_url: mxcUri });
    recordChange("avatar_url", before.avatar_url, user.avatar_url);
    await db.policyAvatar.upsert({
      where: { homeserverId_userId: { homeserverId: HOMESERVER_ID, userId } },
      create: { homeserverId: HOMESERVER_ID, userId, sourceHash, mxcUri },
      update: { sourceHash, mxcUri },
    });
    return { userId, mxcUri, uploaded };
  },
};
