"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Separator } from "@/components/ui/separator";
import { Textarea } from "@/components/ui/textarea";
import { createRoom } from "@/lib/actions/create-room";
import type { CreatedRoom } from "@/lib/operations/create-room";
import {
  CREATE_ROOM_DEFAULTS,
  createRoomSchema,
  type CreateRoomForm as CreateRoomValues,
  type CreateRoomInput,
} from "@/lib/schemas/room-create";
import { EventLevelRows, UserLevelRows } from "./power-level-rows";
import { RoomAccessFields } from "./room-access-fields";
import { RoomBasicsFields } from "./room-basics-fields";
import { showFailureInForm } from "@/components/ui/form-failure";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = { serverName: string; onCreated: (room: CreatedRoom) => void };

/** Every createRoom option the console offers; the server checks the role and the invitees. */
export function CreateRoomForm({ serverName, onCreated }: Props) {
  const form = useForm<CreateRoomValues, unknown, CreateRoomInput>({
    resolver: zodResolver(createRoomSchema),
    defaultValues: CREATE_ROOM_DEFAULTS,
  });
  const mutation = useMutation({
    mutationFn: createRoom,
    onSuccess: (result) => {
      if (!result.ok) return showFailureInForm(form, result);
      toast.success(`${result.data.roomId} was created.`);
      form.reset(CREATE_ROOM_DEFAULTS);
      onCreated(result.data);
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const { errors } = form.formState;

  return (
    <form
      className="grid gap-4"
      noValidate
      // The action parses the raw values itself; the parsed ones only prove the form is valid.
      onSubmit={form.handleSubmit(() => mutation.mutate(form.getValues()))}
    >
      <RoomBasicsFields form={form} serverName={serverName} />
      <RoomAccessFields form={form} />
      <div className="grid gap-2">
        <Label htmlFor="new-room-invites">Invite users (one user ID per line, optional)</Label>
        <Textarea
          id="new-room-invites"
          className="min-h-16"
          placeholder={`e.g. @alice:${serverName}`}
          aria-invalid={errors.invites ? true : undefined}
          aria-describedby="new-room-invites-error"
          {...form.register("invites")}
        />
        <FieldError id="new-room-invites-error">
          {errors.invites && `The invite list ${errors.invites.message}`}
        </FieldError>
      </div>
      <Separator />
      <p className="text-sm text-muted-foreground">
        Custom power levels replace Synapse&apos;s defaults for the users or event types named; the
        console&apos;s account keeps level 100 so it can still manage the room.
      </p>
      <UserLevelRows form={form} />
      <EventLevelRows form={form} />
      <FieldError role="alert">{errors.root?.message}</FieldError>
      <div className="flex justify-end">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Creating…" : "Create room"}
        </Button>
      </div>
    </form>
  );
}
