import { IntentLink } from "@/components/ui/intent-link";
import { serverNameOf } from "@/lib/schemas/matrix-id";
import { cn } from "@/lib/utils";
import { userHref } from "./users-table/columns";

type Props = {
  userId: string;
  /**
   * This homeserver's name, where the ID may be another server's (a room's members, an event's
   * sender): only this server's users have a page here, so another's ID is shown unlinked.
   */
  localServer?: string;
  className?: string;
};

/** A Matrix user ID in code type, linked to the user's page in the console. */
export function UserIdLink({ userId, localServer, className }: Props) {
  const classes = cn("font-mono break-all", className);
  if (localServer !== undefined && serverNameOf(userId) !== localServer) {
    return <span className={classes}>{userId}</span>;
  }
  return (
    <IntentLink className={cn(classes, "underline underline-offset-4")} href={userHref(userId)}>
      {userId}
    </IntentLink>
  );
}
