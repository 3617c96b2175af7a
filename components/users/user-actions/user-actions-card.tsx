import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { hasRole, type Role } from "@/lib/auth/roles";
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
import { ServerAdminToggle } from "./user-flag-toggles";
import {
  ActionGroup,
  adminOnlyReason,
  flagsOf,
  restrictionToggles,
  serviceAccountFilter,
} from "./action-groups";

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
  const flags = flagsOf(user);
  const isAdmin = hasRole(role, "admin");
  const own = userId === viewerId;
  const { offer, withheld } = serviceAccountFilter(serviceAccount);

  const account = user.deactivated ? null : (
    <>
      <ActionGroup title="Profile and access">
        {offer("change_identities", "Edit profile", <EditProfileDialog user={user} />)}
        {offer("set_password", "Reset password", <ResetPasswordDialog userId={userId} own={own} />)}
        <JoinRoomDialog userId={userId} />
      </ActionGroup>
      <ActionGroup title="Restrictions">
        {restrictionToggles(user, own, offer)}
        <RateLimitDialog userId={userId} current={rateLimit} />
        {rateLimit ? <ClearRateLimitButton userId={userId} /> : null}
      </ActionGroup>
      <ActionGroup title="Account validity">
        {accountValidityOff ? (
          <p className="text-sm text-muted-foreground">{ACCOUNT_VALIDITY_OFF}</p>
        ) : (
          offer("set_expiry", "Account validity", <AccountValidityDialog userId={userId} />)
        )}
      </ActionGroup>
      {isAdmin ? (
        <ActionGroup title="Admin only">
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
        </ActionGroup>
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
            <ActionGroup title="Account">{reactivate}</ActionGroup>
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
