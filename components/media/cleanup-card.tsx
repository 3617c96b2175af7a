import { IntentLink } from "@/components/ui/intent-link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { CleanupFormValues, CleanupReading } from "@/lib/media/cleanup-form";
import type { CleanupDryRun } from "@/lib/media/cleanup-wording";
import type { CleanupTarget } from "@/lib/schemas/media-cleanup";
import { CleanupForm } from "./cleanup-form";
import { CleanupStartButton } from "./cleanup-start-button";

type Props = {
  target: CleanupTarget;
  title: string;
  intro: string;
  values: CleanupFormValues;
  reading: CleanupReading;
  dryRun: CleanupDryRun | null;
};

function DryRun({ dryRun }: { dryRun: CleanupDryRun }) {
  const { estimate } = dryRun;
  return (
    <section
      aria-label="Dry run"
      className="grid gap-3 rounded-md border p-4"
      data-testid="cleanup-dry-run"
    >
      {"problem" in estimate ? (
        <Alert variant="destructive">
          <AlertTitle>Could not estimate</AlertTitle>
          <AlertDescription>{estimate.problem}</AlertDescription>
        </Alert>
      ) : (
        <div className="grid gap-1">
          <p className="text-sm font-medium" data-testid="cleanup-estimate">
            {estimate.headline}
          </p>
          {estimate.notes.map((note) => (
            <p key={note} className="text-sm text-muted-foreground" data-testid="cleanup-note">
              {note}
            </p>
          ))}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <CleanupStartButton
          params={dryRun.params}
          label={dryRun.startLabel}
          description={dryRun.confirmation}
        />
        <IntentLink
          className={buttonVariants({ variant: "outline", size: "sm" })}
          href={dryRun.scheduleHref}
        >
          Save as a scheduled job
        </IntentLink>
      </div>
    </section>
  );
}

/** One clean-up: its form, then (once sent) the dry run with the start and schedule buttons. */
export function CleanupCard({ target, title, intro, values, reading, dryRun }: Props) {
  return (
    <Card role="region" aria-label={title}>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <p className="text-sm text-muted-foreground">{intro}</p>
      </CardHeader>
      <CardContent className="grid gap-4">
        <CleanupForm
          target={target}
          values={values}
          errors={reading.state === "refused" ? reading.errors : {}}
        />
        {reading.state === "refused" ? (
          <p className="text-sm text-destructive" data-testid="cleanup-refused">
            Nothing can be run with these values; correct the marked fields.
          </p>
        ) : null}
        {dryRun ? <DryRun dryRun={dryRun} /> : null}
      </CardContent>
    </Card>
  );
}
