import type { RateLimitOverride } from "@/lib/synapse/user-admin";
import type { SynapseUser } from "@/lib/synapse/user-schemas";
import { describeRateLimit } from "./describe-rate-limit";
import { formatTimestamp } from "./format-time";

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-sm break-all">{value}</dd>
    </div>
  );
}

/** What Synapse knows about a user, including their 3PIDs and external IDs. */
export function UserProfile({
  user,
  rateLimit,
}: {
  user: SynapseUser;
  rateLimit: RateLimitOverride | null;
}) {
  return (
    <dl className="space-y-2">
      <Detail label="Display name" value={user.displayname ?? "none"} />
      <Detail label="Avatar URL" value={user.avatar_url ?? "none"} />
      <Detail label="User type" value={user.user_type ?? "regular"} />
      <Detail label="Created" value={formatTimestamp(user.creation_ts)} />
      <Detail label="Last seen" value={formatTimestamp(user.last_seen_ts)} />
      <Detail
        label="Third-party IDs"
        value={user.threepids.map((t) => `${t.medium}: ${t.address}`).join(", ") || "none"}
      />
      <Detail
        label="External IDs"
        value={
          user.external_ids.map((e) => `${e.auth_provider}: ${e.external_id}`).join(", ") || "none"
        }
      />
      <Detail
        label="Rate-limit override"
        value={rateLimit ? describeRateLimit(rateLimit) : "none (server default)"}
      />
    </dl>
  );
}
