import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";
import type { CleanupFormValues } from "@/lib/media/cleanup-form";
import type { CleanupTarget } from "@/lib/schemas/media-cleanup";

type Props = {
  target: CleanupTarget;
  values: CleanupFormValues;
  errors: Partial<Record<keyof CleanupFormValues, string>>;
};

/**
 * A plain GET form: its dry run is a page of its own, so it can be reloaded and shared, and nothing
 * is deleted until the button under the dry run is confirmed.
 */
export function CleanupForm({ target, values, errors }: Props) {
  const id = (name: string) => `cleanup-${target}-${name}`;
  return (
    <form method="get" action="/media/cleanup" className="grid gap-4 md:grid-cols-4">
      <input type="hidden" name="cleanup" value={target} />
      <TextField
        id={id("days")}
        name="days"
        label="Not used for (days)"
        type="number"
        min={1}
        defaultValue={values.days}
        error={errors.days}
        hint="Counted back from each run: what a schedule needs."
      />
      <TextField
        id={id("before")}
        name="before"
        label="Or not used since (date, UTC)"
        type="date"
        defaultValue={values.before}
        error={errors.before}
        hint="A fixed date instead of days."
      />
      {target === "local" ? (
        <div className="grid content-start gap-3">
          <TextField
            id={id("size")}
            name="size_mb"
            label="Larger than (MB)"
            inputMode="decimal"
            defaultValue={values.sizeMb}
            error={errors.sizeMb}
            hint="Empty for any size."
          />
          <CheckboxField id={id("avatars")} name="avatars" defaultChecked={values.avatars}>
            Delete avatars of users and rooms too
          </CheckboxField>
        </div>
      ) : null}
      <div className="flex items-start pt-6">
        <Button type="submit" variant="secondary">
          Dry run
        </Button>
      </div>
    </form>
  );
}
