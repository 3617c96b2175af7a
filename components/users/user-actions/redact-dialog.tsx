"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { RadioOption } from "@/components/ui/radio-option";
import { TextField } from "@/components/ui/text-field";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { redactUserEvents } from "@/lib/actions/redact-user-events";
import { countOf } from "@/lib/format/count";
import { DEFAULT_REDACT_LIMIT, redactUserEventsSchema } from "@/lib/schemas/user-redaction";
import type { NamedRoom } from "@/lib/synapse/user-details";
import { RedactionProgress } from "../redaction-progress";
import { RedactionReasonField } from "./redaction-reason-field";

type Props = {
  userId: string;
} & (
  | {
      /** The user's joined rooms the page could name (the first 50), and how many there are. */
      rooms: NamedRoom[];
      totalRooms: number;
      onlyRoom?: undefined;
    }
  | {
      /** The one room to redact in, with no choice (a reported message's room). */
      onlyRoom: { roomId: string; name: string | null };
      rooms?: undefined;
      totalRooms?: undefined;
    }
);

type Errors = Partial<Record<"rooms" | "reason" | "limit", string>>;

/** Exactly what the redaction will do, as the confirmation says it. */
export function redactionSummary(userId: string, chosen: number | "all" | { name: string }) {
  const where =
    chosen === "all"
      ? "every room they are in"
      : typeof chosen === "number"
        ? countOf(chosen, "room")
        : chosen.name;
  return `Redact the messages of ${userId} in ${where}: their messages, encrypted messages and joins are emptied for everyone in those rooms, and each redaction carries the reason. This cannot be undone.`;
}

type RoomScopeProps = {
  scope: "all" | "chosen";
  onScope: (scope: "all" | "chosen") => void;
  rooms: NamedRoom[];
  totalRooms: number;
  chosen: string[];
  toggle: (roomId: string, on: boolean) => void;
  error?: string;
};

/** Every room the user is in, or the ones chosen among those the page could name. */
function RoomScope({ scope, onScope, rooms, totalRooms, chosen, toggle, error }: RoomScopeProps) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">Rooms</legend>
      <RadioOption name="redact-scope" checked={scope === "all"} onSelect={() => onScope("all")}>
        Every room they are in ({countOf(totalRooms, "room")})
      </RadioOption>
      <RadioOption
        name="redact-scope"
        checked={scope === "chosen"}
        onSelect={() => onScope("chosen")}
        disabled={rooms.length === 0}
      >
        Only the rooms I choose
      </RadioOption>
      {scope === "chosen" ? (
        <ul className="grid max-h-48 gap-1 overflow-y-auto rounded-md border p-2">
          {rooms.map((room) => (
            <li key={room.roomId}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={chosen.includes(room.roomId)}
                  onChange={(event) => toggle(room.roomId, event.target.checked)}
                />
                <span>{room.name ?? room.roomId}</span>
                {room.name ? (
                  <span className="font-mono text-xs text-muted-foreground">{room.roomId}</span>
                ) : null}
              </label>
            </li>
          ))}
          {totalRooms > rooms.length ? (
            <li className="text-xs text-muted-foreground">
              Only the first {rooms.length} of {totalRooms} rooms are listed; choose every room for
              the others.
            </li>
          ) : null}
        </ul>
      ) : null}
      {error ? <p className="text-sm text-destructive">Rooms {error}</p> : null}
    </fieldset>
  );
}

/**
 * Chooses rooms (all, or some of the joined ones; or takes the one room it is given) and a reason,
 * starts the redaction, then follows it.
 */
export function RedactDialog({ userId, rooms = [], totalRooms = 0, onlyRoom }: Props) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<"all" | "chosen">("all");
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [limit, setLimit] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [started, setStarted] = useState<string | null>(null);
  const mutation = useActionMutation(redactUserEvents, {
    success: () => null,
    onSuccess: (data) => setStarted(data.redactId),
  });

  const submit = () => {
    const request = {
      userId,
      rooms: onlyRoom ? [onlyRoom.roomId] : scope === "all" ? [] : chosen,
      reason,
      limit: limit.trim() === "" ? undefined : limit,
    };
    const parsed = redactUserEventsSchema.safeParse(request);
    const found: Errors = {};
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0] as keyof Errors;
      found[field] ??= issue.message;
    }
    if (!onlyRoom && scope === "chosen" && chosen.length === 0)
      found.rooms = "choose at least one room";
    setErrors(found);
    if (Object.keys(found).length === 0 && parsed.data) mutation.mutate(request);
  };
  const toggle = (roomId: string, on: boolean) =>
    setChosen((current) => (on ? [...current, roomId] : current.filter((id) => id !== roomId)));
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setStarted(null);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="destructive" size="sm">
          {onlyRoom ? "Redact their messages in this room" : "Redact messages"}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Redact the messages of ${userId}?`}
        description={
          started
            ? undefined
            : redactionSummary(
                userId,
                onlyRoom
                  ? { name: onlyRoom.name ?? onlyRoom.roomId }
                  : scope === "all"
                    ? "all"
                    : chosen.length,
              )
        }
      >
        {started ? (
          <RedactionProgress redactId={started} />
        ) : (
          <div className="grid gap-4">
            {onlyRoom ? null : (
              <RoomScope
                scope={scope}
                onScope={setScope}
                rooms={rooms}
                totalRooms={totalRooms}
                chosen={chosen}
                toggle={toggle}
                error={errors.rooms}
              />
            )}
            <RedactionReasonField
              id="redact-reason"
              value={reason}
              error={errors.reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <TextField
              id="redact-limit"
              label="Events per room at most"
              inputMode="numeric"
              placeholder={String(DEFAULT_REDACT_LIMIT)}
              hint={`Synapse redacts the newest ones first; empty means ${DEFAULT_REDACT_LIMIT}.`}
              value={limit}
              error={errors.limit}
              onChange={(event) => setLimit(event.target.value)}
            />
            <Button variant="destructive" disabled={mutation.isPending} onClick={submit}>
              {mutation.isPending ? "Starting…" : "Redact messages"}
            </Button>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
