import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { diffLinesOf } from "@/components/policy/diff/diff-rows";
import { VersionDiff } from "@/components/policy/diff/version-diff";
import { VersionChoice } from "@/components/policy/diff/version-choice";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { readVersion } from "@/lib/policy/readable-versions";
import { listVersions } from "@/lib/policy/versions";
import { isUuid } from "@/lib/schemas/uuid";

export const metadata: Metadata = { title: "Compare policy versions" };
export const dynamic = "force-dynamic";

/** How many recent versions the choices list; older ones are reached from the versions list. */
const CHOICES = 100;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const idOf = (value: string | string[] | undefined) => (isUuid(value) ? value : undefined);

export default async function PolicyDiffPage({ searchParams }: Props) {
  const { role } = await requirePageUser();
  const search = await searchParams;
  const recent = await listVersions({ take: CHOICES });
  // Without a choice: the version before the current one against the current one.
  const fromId = idOf(search.from) ?? recent[1]?.id;
  const toId = idOf(search.to) ?? recent[0]?.id;
  const [from, to] = await Promise.all([
    fromId ? readVersion(fromId, role) : null,
    toId ? readVersion(toId, role) : null,
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Compare policy versions"
        description={
          from && to
            ? `Version ${from.number} against version ${to.number}, line by line.`
            : "Choose two versions."
        }
        actions={
          <IntentLink className="text-sm underline underline-offset-4" href="/policy/versions">
            All versions
          </IntentLink>
        }
      />
      <VersionChoice versions={recent} fromId={from?.id} toId={to?.id} />
      <Card>
        <CardContent>
          {from && to ? (
            <VersionDiff
              diff={diffLinesOf(from.content, to.content)}
              label={`Changes from version ${from.number} to version ${to.number}`}
            />
          ) : (
            <p className="text-sm text-muted-foreground">
              {recent.length < 2
                ? "There is nothing to compare until two versions are saved."
                : "One of those versions does not exist; choose two above."}
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
