import { Suspense, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { hasRole, type Role } from "@/lib/auth/roles";
import { isServiceAccountSpared, type UserEffect } from "@/lib/auth/user-target-access";
import type { SynapseUser } from "@/lib/synapse/user-schemas";
import type { RateLimitOverride } from "@/lib/synapse/user-admin";
import type { NamedJoinedRooms } from "@/lib/synapse/user-details";
import type { UserSection } from "../user-section-card";
import { ACCOUNT_VALIDITY_OFF } from "@/lib/schemas/account-validity";
import { AccountValidityDialog } from "./account-validity-dialog";
import { LoginAsDialog } from "./login-as-dialog";
import { RedactDialog } from "./redact-dialog";
import { ClearRateLimitButton } from "./clear-rate-limit-button";
import { DeactivateDialog } from "./deactivate-dialog";
import { EditProfileDialog } from "./edit-profile-dialog";
import { JoinRoomDialog } from "./join-room-dialog";
import { RateLimitDialog } from "./rate-limit-dialog";
import { ReactivateDialog } from "./reactivate-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { LockToggle, ServerAdminToggle, ShadowBanToggle, SuspendToggle } from "./user-flag-toggles";

type Props = {
  user: SynapseUser;
  role: Role;
  /** The signed-in person's Matrix ID. */
  viewerId: string;
  /** The user is the console's own service account, which some changes are never made to. */
  serviceAccount: boolean;
  deviceCount: number;
  rateLimit: RateLimitOverride | null;
  /**
   * The rooms the redaction can be limited to, or why the page could not read them: on its way
   * while the rest of the card shows (it takes one Synapse call per room). Never rejects.
   */
  joinedRooms: Promise<UserSection<NamedJoinedRooms>>;
  /** Synapse has said it has no account validity (lib/operations/renew-account-validity.ts). */
  accountValidityOff: boolean;
};

function Group({ title, children }: { title: string; children: ReactNode }) {
  // A group whose every control is withheld (the service account's) is not shown.
  const shown = [children].flat(2).some((child) => child !== null && child !== false);
  if (!shown) return null;
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-medium text-muted-foreground">{title}</h3>
      <div className="flex flex-wrap gap-2">{children}</div>
    </section>
  );
}

async function RedactWithRooms({
  userId,
  joinedRooms,
}: {
  userId: string;
  joinedRooms: Promise<UserSection<NamedJoinedRooms>>;
}) {
  const section = await joinedRooms;
  const joined = "data" in section ? section.data : null;
  return (
    <RedactDialog userId={userId} rooms={joined?.rooms ?? []} totalRooms={joined?.total ?? 0} />
  );
}

/**
 * Why only an admin may change this user, as the rule of lib/auth/user-target-access.ts says, for
 * what the page knows without asking: the viewer's own account, or a Synapse server admin.
 */
function adminOnlyReason(user: SynapseUser, viewerId: string): string | null {
  if (user.name === viewerId) return "This is your own account: changing it needs the admin role.";
  if (user.admin) return "This user is a Synapse server admin: changing them needs the admin role.";
  return null;
}

/**
 * Offers a control unless it makes a change the console never makes to its own service account
 * (lib/auth/user-target-access.ts); the labels of those withheld are kept, to say so.
 */
function serviceAccountFilter(serviceAccount: boolean) {
  const withheld: string[] = [];
  const offer = (effect: UserEffect, label: string, control: ReactNode) => {
    if (!serviceAccount || !isServiceAccountSpared(effect)) return control;
    withheld.push(label);
    return null;
  };
  return { offer, withheld };
}

/**
 * The changes the signed-in person may make to this user. Shown by role for convenience only:
 * every action checks the role, and the rule for acting on users, again on the server.
 */
export function UserActionsCard({
  user,
  role,
  viewerId,
  serviceAccount,
  deviceCount,
  rateLimit,
  joinedRooms,
  accountValidityOff,
}: Props) {
  if (!hasRole(role, "operator")) return null;
  const userId = user.name;
  const adminOnly = hasRole(role, "admin") ? null : adminOnlyReason(user, viewerId);
  if (adminOnly)
    return (
      <Card>
        <CardHeader>
          <CardTitle>Actions</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="text-sm text-muted-foreground">{adminOnly}</p>
        </CardContent>
      </Card>
    );
  const flags = {
    locked: user.locked,
    suspended: user.suspended ?? false,
    shadowBanned: user.shadow_banned,
    admin: user.admin,
  };
  const isAdmin = hasRole(role, "admin");
  const own = userId === viewerId;
  const { offer, withheld } = serviceAccountFilter(serviceAccount);
  const toggle = (on: boolean, effect: UserEffect) => (on ? "change" : effect);

  const account = user.deactivated ? null : (
    <>
      <Group title="Profile and access">
        {offer("change_identities", "Edit profile", <EditProfileDialog user={user} />)}
        {offer("set_password", "Reset password", <ResetPasswordDialog userId={userId} own={own} />)}
        <JoinRoomDialog userId={userId} />
      </Group>
      <Group title="Restrictions">
        {offer(
          toggle(flags.locked, "lock"),
          "Lock",
          <LockToggle userId={userId} flags={flags} own={own} />,
        )}
        {offer(
          toggle(flags.suspended, "suspend"),
          "Suspend",
          <SuspendToggle userId={userId} flags={flags} own={own} />,
        )}
        {offer(
          toggle(flags.shadowBanned, "shadow_ban"),
          "Shadow-ban",
          <ShadowBanToggle userId={userId} flags={flags} own={own} />,
        )}
        <RateLimitDialog userId={userId} current={rateLimit} />
        {rateLimit ? <ClearRateLimitButton userId={userId} /> : null}
      </Group>
      <Group title="Account validity">
        {accountValidityOff ? (
          <p className="text-sm text-muted-foreground">{ACCOUNT_VALIDITY_OFF}</p>
        ) : (
          offer("set_expiry", "Account validity", <AccountValidityDialog userId={userId} />)
        )}
      </Group>
      {isAdmin ? (
        <Group title="Admin only">
          {offer(
            flags.admin ? "demote" : "promote",
            flags.admin ? "Revoke server admin" : "Make server admin",
            <ServerAdminToggle userId={userId} flags={flags} own={own} />,
          )}
          {offer(
            "deactivate",
            "Deactivate",
            <DeactivateDialog userId={userId} deviceCount={deviceCount} own={own} />,
          )}
          <Suspense
            fallback={
              <Button
                variant="destructive"
                size="sm"
                disabled
                title="Reading the rooms they are in…"
              >
                Redact messages
              </Button>
            }
          >
            <RedactWithRooms userId={userId} joinedRooms={joinedRooms} />
          </Suspense>
          {/* Synapse server admins are refused (lib/operations/login-as-user.ts). */}
          {user.admin ? null : offer("log_in_as", "Log in as", <LoginAsDialog userId={userId} />)}
        </Group>
      ) : null}
    </>
  );

  const reactivate = user.deactivated
    ? offer("set_password", "Reactivate", <ReactivateDialog userId={userId} />)
    : null;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Actions</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {withheld.length > 0 ? (
          <p className="text-sm text-muted-foreground">
            This is the console&apos;s own service account: the console acts in Synapse with it, so
            it never takes it away from itself. Not offered here: {withheld.join(", ")}; nor
            removing its devices.
          </p>
        ) : null}
        {user.deactivated ? (
          isAdmin ? (
            <Group title="Account">{reactivate}</Group>
          ) : (
            <p className="text-sm text-muted-foreground">
              This account is deactivated; only an admin can reactivate it.
            </p>
          )
        ) : (
          account
        )}
      </CardContent>
    </Card>
  );
}
