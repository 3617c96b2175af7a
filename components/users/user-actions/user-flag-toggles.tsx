"use client";

import { setServerAdmin } from "@/lib/actions/set-server-admin";
import { setUserLocked } from "@/lib/actions/set-user-locked";
import { setUserShadowBanned } from "@/lib/actions/set-user-shadow-banned";
import { setUserSuspended } from "@/lib/actions/set-user-suspended";
import { FlagToggle } from "./flag-toggle";
import { OWN_ACCOUNT } from "./own-account";

type Flags = { locked: boolean; suspended: boolean; shadowBanned: boolean; admin: boolean };

/** The user whose flag it is, their flags, and whether they are the person asking. */
type ToggleProps = { userId: string; flags: Flags; own: boolean };

export function LockToggle({ userId, flags, own }: ToggleProps) {
  return (
    <FlagToggle
      userId={userId}
      enabled={flags.locked}
      action={setUserLocked}
      ownAccount={own ? [OWN_ACCOUNT.lock, null] : undefined}
      labels={["Lock", "Unlock"]}
      consequences={[
        `${userId} will be locked: every request from their devices is refused until an operator unlocks them.`,
        `${userId} will be unlocked and can use their devices again.`,
      ]}
      done={[`${userId} is locked.`, `${userId} is unlocked.`]}
    />
  );
}

export function SuspendToggle({ userId, flags, own }: ToggleProps) {
  return (
    <FlagToggle
      userId={userId}
      enabled={flags.suspended}
      action={setUserSuspended}
      ownAccount={own ? [OWN_ACCOUNT.suspend, null] : undefined}
      labels={["Suspend", "Unsuspend"]}
      consequences={[
        `${userId} will be suspended: they can still read, but cannot send messages, join rooms or change their profile.`,
        `${userId} will be unsuspended and can send and join again.`,
      ]}
      done={[`${userId} is suspended.`, `${userId} is no longer suspended.`]}
    />
  );
}

export function ShadowBanToggle({ userId, flags, own }: ToggleProps) {
  return (
    <FlagToggle
      userId={userId}
      enabled={flags.shadowBanned}
      action={setUserShadowBanned}
      ownAccount={own ? [OWN_ACCOUNT.shadowBan, null] : undefined}
      labels={["Shadow-ban", "Lift shadow ban"]}
      consequences={[
        `${userId} will be shadow-banned: their messages and invites silently reach nobody, and they are not told.`,
        `${userId}'s messages will reach other people again.`,
      ]}
      done={[`${userId} is shadow-banned.`, `${userId} is no longer shadow-banned.`]}
    />
  );
}

export function ServerAdminToggle({ userId, flags, own }: ToggleProps) {
  return (
    <FlagToggle
      userId={userId}
      enabled={flags.admin}
      action={setServerAdmin}
      ownAccount={own ? [null, OWN_ACCOUNT.demote] : undefined}
      labels={["Make server admin", "Revoke server admin"]}
      consequences={[
        `${userId} will become a Synapse server admin, with full power over every user and room on this homeserver.`,
        `${userId} will no longer be a Synapse server admin.`,
      ]}
      done={[`${userId} is now a server admin.`, `${userId} is no longer a server admin.`]}
    />
  );
}
