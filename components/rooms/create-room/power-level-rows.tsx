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

/** What tells the two lists apart: the field a row's level is for, and its words. */
const LISTS = {
  userLevels: {
    keyField: "userId",
    legend: "Power levels per user",
    keyLabel: "User ID",
    levelLabel: "User level",
    rowNoun: "user",
    placeholder: "e.g. @alice:example.org",
    addLabel: "Add user level",
    blankRow: { userId: "", level: "" },
  },
  eventLevels: {
    keyField: "eventType",
    legend: "Power levels per event type",
    keyLabel: "Event type",
    levelLabel: "Event level",
    rowNoun: "event",
    placeholder: "e.g. m.room.topic",
    addLabel: "Add event level",
    blankRow: { eventType: "", level: "" },
  },
} as const;

type ListName = keyof typeof LISTS;
type RowErrors = Partial<Record<"userId" | "eventType" | "level", { message?: string }>>;

/** The rows of one list: a key (user or event type) and a level each, added and removed at will. */
function LevelRows({ form, name }: { form: CreateRoomFormApi; name: ListName }) {
  const list = LISTS[name];
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const errors = form.formState.errors[name] as Array<RowErrors | undefined> | undefined;
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm font-medium">{list.legend}</legend>
      <ul className="grid gap-2" aria-label={list.legend}>
        {fields.map((field, index) => {
          const row = errors?.[index];
          const keyError = row?.[list.keyField];
          const error = keyError
            ? `${list.keyLabel} ${keyError.message}`
            : row?.level && `Level ${row.level.message}`;
          return (
            <LevelRow
              key={field.id}
              error={error}
              removeLabel={`Remove ${list.rowNoun} row ${index + 1}`}
              onRemove={() => remove(index)}
              keyInput={
                <Input
                  aria-label={`${list.keyLabel} (row ${index + 1})`}
                  placeholder={list.placeholder}
                  autoComplete="off"
                  aria-invalid={keyError ? true : undefined}
                  {...form.register(
                    `${name}.${index}.${list.keyField}` as `userLevels.${number}.userId`,
                  )}
                />
              }
              levelInput={
                <Input
                  aria-label={`${list.levelLabel} (row ${index + 1})`}
                  inputMode="numeric"
                  placeholder="e.g. 50"
                  aria-invalid={row?.level ? true : undefined}
                  {...form.register(`${name}.${index}.level`)}
                />
              }
            />
          );
        })}
      </ul>
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => append(list.blankRow)}>
          {list.addLabel}
        </Button>
      </div>
    </fieldset>
  );
}

/** Levels given to particular users in the new room. */
export const UserLevelRows = ({ form }: { form: CreateRoomFormApi }) => (
  <LevelRows form={form} name="userLevels" />
);

/** Levels needed to send particular event types in the new room. */
export const EventLevelRows = ({ form }: { form: CreateRoomFormApi }) => (
  <LevelRows form={form} name="eventLevels" />
);
