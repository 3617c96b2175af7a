import type { ReactNode } from "react";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PageProblem } from "@/lib/actions/page-problem";

/** One read of the user page: its data, or the sentence saying why Synapse did not give it. */
export type UserSection<T> = { data: T } | PageProblem;

type Props<T> = {
  title: string;
  section: UserSection<T>;
  description?: (data: T) => ReactNode;
  children: (data: T) => ReactNode;
};

/** A card of the user page that shows its own problem in place, so the rest of the page stays. */
export function UserSectionCard<T>({ title, section, description, children }: Props<T>) {
  const loaded = "data" in section;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {loaded && description ? (
          <CardDescription>{description(section.data)}</CardDescription>
        ) : null}
      </CardHeader>
      <CardContent>
        {loaded ? (
          children(section.data)
        ) : (
          <PageProblemAlert title={`${title} not shown`} problem={section.problem} />
        )}
      </CardContent>
    </Card>
  );
}
