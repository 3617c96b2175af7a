"use client";

import { useWatch } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { CreateRoomFormApi } from "./form-api";

type Props = { form: CreateRoomFormApi; serverName: string };

/** Name, address and topic: what people see of the room. */
export function RoomBasicsFields({ form, serverName }: Props) {
  const { errors } = form.formState;
  const alias = useWatch({ control: form.control, name: "aliasLocalpart" })
    .trim()
    .replace(/^#/, "");

  return (
    <>
      <div className="grid gap-2">
        <Label htmlFor="new-room-name">Name (optional)</Label>
        <Input
          id="new-room-name"
          placeholder="e.g. Team chat"
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby="new-room-name-error"
          {...form.register("name")}
        />
        <FieldError id="new-room-name-error">
          {errors.name && `Name ${errors.name.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="new-room-alias">Address (optional)</Label>
        <div className="flex items-center gap-1 font-mono text-sm">
          <span aria-hidden>#</span>
          <Input
            id="new-room-alias"
            placeholder="e.g. team-chat"
            autoComplete="off"
            aria-invalid={errors.aliasLocalpart ? true : undefined}
            aria-describedby="new-room-alias-hint new-room-alias-error"
            {...form.register("aliasLocalpart")}
          />
          <span aria-hidden className="whitespace-nowrap">
            :{serverName}
          </span>
        </div>
        <p id="new-room-alias-hint" className="text-sm text-muted-foreground">
          {alias ? (
            <>
              People can join with{" "}
              <span className="font-mono">
                #{alias}:{serverName}
              </span>
              .
            </>
          ) : (
            "Without an address, people join by invitation or by the room ID."
          )}
        </p>
        <FieldError id="new-room-alias-error">
          {errors.aliasLocalpart && `Address ${errors.aliasLocalpart.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="new-room-topic">Topic (optional)</Label>
        <Textarea
          id="new-room-topic"
          className="min-h-14"
          aria-invalid={errors.topic ? true : undefined}
          aria-describedby="new-room-topic-error"
          {...form.register("topic")}
        />
        <FieldError id="new-room-topic-error">
          {errors.topic && `Topic ${errors.topic.message}`}
        </FieldError>
      </div>
    </>
  );
}
