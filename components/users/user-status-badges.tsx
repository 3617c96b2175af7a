import { Badge } from "@/components/ui/badge";

type UserFlags = {
  admin: boolean;
  deactivated: boolean;
  erased?: boolean;
  locked: boolean;
  suspended?: boolean;
  shadow_banned: boolean;
  is_guest: boolean;
  user_type: string | null;
};

/** The states an admin should notice at a glance, worst first. */
export function UserStatusBadges({
  user,
  serviceAccount = false,
}: {
  user: UserFlags;
  /** The console's own service account, which it acts in Synapse with. */
  serviceAccount?: boolean;
}) {
  return (
    <div className="flex flex-wrap gap-1">
      {user.erased ? <Badge variant="destructive">erased</Badge> : null}
      {user.deactivated ? <Badge variant="destructive">deactivated</Badge> : null}
      {user.locked ? <Badge variant="warning">locked</Badge> : null}
      {user.suspended ? <Badge variant="warning">suspended</Badge> : null}
      {user.shadow_banned ? <Badge variant="warning">shadow-banned</Badge> : null}
      {user.admin ? <Badge>admin</Badge> : null}
      {serviceAccount ? <Badge variant="secondary">console service account</Badge> : null}
      {user.is_guest ? <Badge variant="outline">guest</Badge> : null}
      {user.user_type === "bot" ? <Badge variant="secondary">bot</Badge> : null}
    </div>
  );
}
