import type { ReactNode } from "react";
import { RunProgress } from "@/components/jobs/run-detail/run-progress";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ImportRunView } from "@/lib/import/import-view";
import { VerdictCounts } from "./verdict-counts";

type Props = {
  title: string;
  run: ImportRunView;
  canControl: boolean;
  /** Where each outcome's count links to: the rows of that outcome. */
  hrefOf: (outcome: string) => string;
  children?: ReactNode;
};

/** One run of an import (its dry run, or the import itself): progress, then its rows by outcome. */
export function ImportRunCard({ title, run, canControl, hrefOf, children }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <RunProgress runId={run.id} canControl={canControl} initial={run.progress} />
        <VerdictCounts counts={run.verdicts} hrefOf={hrefOf} />
        {children}
      </CardContent>
    </Card>
  );
}
