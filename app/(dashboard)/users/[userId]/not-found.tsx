"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";
import { useRouteParam } from "@/components/layout/use-route-param";
import { matrixUserIdSchema } from "@/lib/schemas/matrix-id";

const WAYS_BACK = [{ href: "/users", label: "All users" }];

/** The page calls notFound() for an ID that is no user ID, and for a user Synapse does not have. */
export default function UserNotFound() {
  const userId = useRouteParam("userId");
  if (!matrixUserIdSchema.safeParse(userId).success) {
    return (
      <NotFoundNotice title="Not a user ID" waysBack={WAYS_BACK}>
        <RouteParam name="userId" /> is not a Matrix user ID: it should look like @name:server.
      </NotFoundNotice>
    );
  }
  return (
    <NotFoundNotice title="User not found" waysBack={WAYS_BACK}>
      No user <RouteParam name="userId" /> on this homeserver.
    </NotFoundNotice>
  );
}
