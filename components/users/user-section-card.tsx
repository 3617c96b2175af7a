import { Suspense, type ReactNode } from "react";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
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

type StreamedProps<T> = Omit<Props<T>, "section"> & { section: Promise<UserSection<T>> };

async function AwaitedSectionCard<T>({ section, ...card }: StreamedProps<T>) {
  return <UserSectionCard {...card} section={await section} />;
}

/**
 * A card whose read takes longer the more the user has (one Synapse call per joined room): the
 * page shows without waiting for it, and the card fills in when its read is done. The read must
 * not reject (the page is on screen by then): a failure is a problem the card says.
 */
export function StreamedSectionCard<T>(props: StreamedProps<T>) {
  return (
    <Suspense
      fallback={
        <Card aria-busy="true">
          <CardHeader>
            <CardTitle>{props.title}</CardTitle>
            <CardDescription>Reading…</CardDescription>
          </CardHeader>
          <CardContent className="space-y-2">
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-5 w-1/2" />
            <Skeleton className="h-5 w-3/5" />
          </CardContent>
        </Card>
      }
    >
      <AwaitedSectionCard {...props} />
    </Suspense>
  );
}
