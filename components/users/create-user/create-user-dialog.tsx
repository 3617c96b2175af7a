"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { CreatedUser } from "@/lib/operations/create-user";
import { CreatedUserSummary } from "./created-user";
import { CreateUserForm } from "./create-user-form";

/** "Create user" on the users list: the form, then what was created. */
type Props = { serverName: string; canCreateAdmins: boolean };

export function CreateUserDialog({ serverName, canCreateAdmins }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Closing forgets a generated password: it is shown once.
    if (!next) setCreated(null);
  };
  const onCreated = (user: CreatedUser) => {
    setCreated(user);
    router.refresh();
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>Create user</Button>
      </DialogTrigger>
      <DialogContent
        title="Create user"
        description={`Creates a Matrix account on ${serverName}. It is recorded in the audit log.`}
      >
        {created ? (
          <CreatedUserSummary user={created} />
        ) : (
          <CreateUserForm
            serverName={serverName}
            canCreateAdmins={canCreateAdmins}
            onCreated={onCreated}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
