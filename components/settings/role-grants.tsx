"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { EndSessionsButton } from "./end-sessions-button";
import { toast } from "sonner";
import { RoleBadge } from "@/components/layout/user-menu";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { revokeRole } from "@/lib/actions/revoke-role";
import { barredOnHomeserver } from "@/lib/auth/barred";
import type { Role } from "@/lib/auth/roles";
import { countOf } from "@/lib/format/count";

export type GrantRow = {
  matrixId: string;
  role: Role;
  source: "console" | "synapse_admin";
  grantedBy: string;
  /** Console sessions open now (not ended, not expired). */
  openSessions: number;
  /** API tokens this person made that are neither revoked nor expired. */
  activeApiTokens: number;
  /** Why Synapse barred their account at the last check, or null. */
  accountBarred: string | null;
};

/** What taking the role away does, for the confirmation. */
function revokeConsequences(grant: GrantRow): string {
  const tokens =
    grant.activeApiTokens === 0
      ? ""
      : ` The ${countOf(grant.activeApiTokens, "active API token")} they made ${grant.activeApiTokens === 1 ? "is" : "are"} refused from then on.`;
  const comesBack =
    grant.source === "synapse_admin"
      ? " As a Synapse server admin they get the admin role back at their next sign-in."
      : "";
  return `${grant.matrixId} loses the ${grant.role} role at their next click and cannot use the console until a role is granted again.${tokens}${comesBack}`;
}

/** Who holds which console role and how many sessions they have open; admins can take roles away and end sessions. */
export function RoleGrants({
  grants,
  canEdit,
  currentUserId,
}: {
  grants: GrantRow[];
  canEdit: boolean;
  currentUserId: string;
}) {
  const router = useRouter();
  const revoke = useMutation({
    mutationFn: revokeRole,
    onSuccess: (result) => {
      if (!result.ok) return void toast.error(result.error);
      toast.success(`${result.data.matrixId} no longer has a console role.`);
      router.refresh();
    },
  });
  return (
    <Table aria-label="Console roles">
      <TableHeader>
        <TableRow>
          <TableHead>Matrix user</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Granted by</TableHead>
          <TableHead>Sessions</TableHead>
          {canEdit ? <TableHead className="sr-only">Actions</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {grants.map((grant) => (
          <TableRow key={grant.matrixId}>
            <TableCell>
              <div className="font-mono text-xs">{grant.matrixId}</div>
              {grant.accountBarred ? (
                <div
                  className="mt-1 text-xs text-muted-foreground"
                  data-testid="grant-account-barred"
                >
                  Account {barredOnHomeserver(grant.accountBarred)}: their API tokens are refused
                </div>
              ) : null}
            </TableCell>
            <TableCell>
              <RoleBadge role={grant.role} />
            </TableCell>
            <TableCell className="text-xs text-muted-foreground">
              {grant.source === "synapse_admin" ? "Synapse server admin" : grant.grantedBy}
            </TableCell>
            <TableCell className="text-xs text-muted-foreground">
              {grant.openSessions === 0 ? "none" : `${grant.openSessions} open`}
            </TableCell>
            {canEdit ? (
              <TableCell className="space-x-1 text-right">
                {grant.openSessions > 0 ? (
                  <EndSessionsButton
                    matrixId={grant.matrixId}
                    openSessions={grant.openSessions}
                    isYou={grant.matrixId === currentUserId}
                  />
                ) : null}
                {grant.matrixId !== currentUserId ? (
                  <ConfirmDialog
                    busy={revoke.isPending}
                    trigger={
                      <Button variant="ghost" size="sm">
                        Revoke
                      </Button>
                    }
                    title={`Revoke ${grant.matrixId}'s role?`}
                    description={revokeConsequences(grant)}
                    confirmLabel="Revoke role"
                    onConfirm={() => revoke.mutate({ matrixId: grant.matrixId })}
                  />
                ) : null}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
