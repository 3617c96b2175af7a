"use client";

import { X } from "lucide-react";
import type { ReactNode } from "react";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import type { CreateRoomFormApi } from "./form-api";

type RowProps = {
  keyInput: ReactNode;
  levelInput: ReactNode;
  error: string | undefined;
  onRemove: () => void;
  removeLabel: string;
};

/** One "who or what" + level pair with its remove button and the row's first error. */
function LevelRow({ keyInput, levelInput, error, onRemove, removeLabel }: RowProps) {
  return (
    <li className="grid gap-1">
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1">{keyInput}</div>
        <div className="w-24">{levelInput}</div>
        <Button
          type="button"
          variant="ghost"
          size="icon-sm"
          aria-label={removeLabel}
          onClick={onRemove}
        >
          <X aria-hidden />
        </Button>
      </div>
      <FieldError>{error}</FieldError>
    </li>
  );
}

/** Levels given to particular users in the new room. */
export function UserLevelRows({ form }: { form: CreateRoomFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "userLevels" });
  const errors = form.formState.errors.userLevels;
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm font-medium">Power levels per user</legend>
      <ul className="grid gap-2" aria-label="Power levels per user">
        {fields.map((field, index) => {
          const row = errors?.[index];
          const error = row?.userId
            ? `User ID ${row.userId.message}`
            : row?.level && `Level ${row.level.message}`;
          return (
            <LevelRow
              key={field.id}
              error={error}
              removeLabel={`Remove user row ${index + 1}`}
              onRemove={() => remove(index)}
              keyInput={
                <Input
                  aria-label={`User ID (row ${index + 1})`}
                  placeholder="@alice:example.org"
                  autoComplete="off"
                  aria-invalid={row?.userId ? true : undefined}
                  {...form.register(`userLevels.${index}.userId`)}
                />
              }
              levelInput={
                <Input
                  aria-label={`User level (row ${index + 1})`}
                  inputMode="numeric"
                  placeholder="50"
                  aria-invalid={row?.level ? true : undefined}
                  {...form.register(`userLevels.${index}.level`)}
                />
              }
            />
          );
        })}
      </ul>
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => append({ userId: "", level: "" })}
        >
          Add user level
        </Button>
      </div>
    </fieldset>
  );
}

/** Levels needed to send particular event types in the new room. */
export function EventLevelRows({ form }: { form: CreateRoomFormApi }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "eventLevels" });
  const errors = form.formState.errors.eventLevels;
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm font-medium">Power levels per event type</legend>
      <ul className="grid gap-2" aria-label="Power levels per event type">
        {fields.map((field, index) => {
          const row = errors?.[index];
          const error = row?.eventType
            ? `Event type ${row.eventType.message}`
            : row?.level && `Level ${row.level.message}`;
          return (
            <LevelRow
              key={field.id}
              error={error}
              removeLabel={`Remove event row ${index + 1}`}
              onRemove={() => remove(index)}
              keyInput={
                <Input
                  aria-label={`Event type (row ${index + 1})`}
                  placeholder="m.room.topic"
                  autoComplete="off"
                  aria-invalid={row?.eventType ? true : undefined}
                  {...form.register(`eventLevels.${index}.eventType`)}
                />
              }
              levelInput={
                <Input
                  aria-label={`Event level (row ${index + 1})`}
                  inputMode="numeric"
                  placeholder="50"
                  aria-invalid={row?.level ? true : undefined}
                  {...form.register(`eventLevels.${index}.level`)}
                />
              }
            />
          );
        })}
      </ul>
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => append({ eventType: "", level: "" })}
        >
          Add event level
        </Button>
      </div>
    </fieldset>
  );
}
