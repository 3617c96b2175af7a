"use client";

import { RoleBadge } from "@/components/layout/user-menu";
import { Badge } from "@/components/ui/badge";
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
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { revokeApiToken } from "@/lib/actions/revoke-api-token";
import { barredOnHomeserver } from "@/lib/auth/barred";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { ApiTokenRow, ApiTokenStatus } from "@/lib/data/api-tokens";

const STATUS_VARIANT = {
  active: "success",
  expired: "warning",
  revoked: "secondary",
} as const satisfies Record<ApiTokenStatus, string>;

const when = (at: Date | null) =>
  at ? (
    <time dateTime={at.toISOString()}>{at.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
  ) : (
    "never"
  );

/** Why an active token is refused, or acts below its role, because of its maker now. */
function makerLimitOf(token: ApiTokenRow): string | null {
  if (token.status !== "active") return null;
  if (!token.actsAs) return "Refused: its maker holds no role now";
  if (token.makerBarred) {
    return `Refused: its maker's account is ${barredOnHomeserver(token.makerBarred)}`;
  }
  if (token.actsAs !== token.role)
    return `Acts as ${ROLE_LABELS[token.actsAs]}, its maker's role now`;
  return null;
}

function MakerLimit({ token }: { token: ApiTokenRow }) {
  const limit = makerLimitOf(token);
  if (!limit) return null;
  return (
    <div className="mt-1 text-xs text-muted-foreground" data-testid="api-token-limit">
      {limit}
    </div>
  );
}

/** The API tokens with their status; an admin revokes an active one after confirming. */
export function ApiTokens({ tokens }: { tokens: ApiTokenRow[] }) {
  const revoke = useActionMutation(revokeApiToken, {
    success: (data) => `The API token "${data.name}" is revoked.`,
    refreshAfterRefusal: true,
  });
  if (tokens.length === 0) {
    return <p className="text-sm text-muted-foreground">No API tokens yet.</p>;
  }
  return (
    <Table aria-label="API tokens">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="sr-only">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id}>
            <TableCell>
              <div>{token.name}</div>
              <div className="font-mono text-xs text-muted-foreground">{token.displayPrefix}…</div>
            </TableCell>
            <TableCell>
              <RoleBadge role={token.role} />
              <MakerLimit token={token} />
            </TableCell>
            <TableCell className="text-xs text-muted-foreground">
              <div>{token.createdBy}</div>
              <div>{when(token.createdAt)}</div>
            </TableCell>
            <TableCell className="text-xs">{when(token.expiresAt)}</TableCell>
            <TableCell className="text-xs">{when(token.lastUsedAt)}</TableCell>
            <TableCell>
              <Badge variant={STATUS_VARIANT[token.status]}>{token.status}</Badge>
            </TableCell>
            <TableCell className="text-right">
              {token.status === "active" ? (
                <ConfirmDialog
                  busy={revoke.isPending}
                  trigger={
                    <Button variant="ghost" size="sm">
                      Revoke
                    </Button>
                  }
                  title={`Revoke the API token "${token.name}"?`}
                  description={`Scripts using ${token.displayPrefix}… are refused from their next call (401). A revoked token cannot be restored; make a new one instead.`}
                  confirmLabel="Revoke token"
                  onConfirm={() => revoke.mutate({ id: token.id })}
                />
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
