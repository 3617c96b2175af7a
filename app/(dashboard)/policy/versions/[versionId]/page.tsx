import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/ui/intent-link";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { PageHeader } from "@/components/layout/page-header";
import { DocumentListing } from "@/components/policy/versions/document-listing";
import { RestoreVersionButton } from "@/components/policy/versions/restore-version-button";
import { ORIGIN_LABELS, shortHash } from "@/components/policy/versions/version-words";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { readVersion } from "@/lib/policy/readable-versions";
import { listVersions } from "@/lib/policy/versions";
import { isUuid } from "@/lib/schemas/uuid";

export const metadata: Metadata = { title: "Policy version" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ versionId: string }> };

export default async function PolicyVersionPage({ params }: Props) {
  const user = await requirePageUser();
  const { versionId } = await params;
  const [version, newest] = await Promise.all([
    isUuid(versionId) ? readVersion(versionId, user.role) : null,
    listVersions({ take: 1 }),
  ]);
  if (!version) notFound();
  const current = newest[0];
  const isCurrent = current?.id === version.id;
  const link = buttonVariants({ variant: "outline" });
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Policy version ${version.number}${isCurrent ? " (current)" : ""}`}
        description={
          <>
            {ORIGIN_LABELS[version.origin] ?? version.origin} by {version.author} at{" "}
            {formatRunTime(version.createdAt)} · “{version.message}” · hash{" "}
            <span className="font-mono" title={version.contentHash}>
              {shortHash(version.contentHash)}
            </span>
          </>
        }
        actions={
          <>
            {current && !isCurrent ? (
              <IntentLink
                className={link}
                href={`/policy/diff?from=${version.id}&to=${current.id}`}
              >
                Compare with the current version
              </IntentLink>
            ) : null}
            <a className={link} href={`/api/v1/policy/export?version=${version.id}`} download>
              Download
            </a>
            {current && !isCurrent && hasRole(user.role, "operator") ? (
              <RestoreVersionButton
                versionId={version.id}
                versionNumber={version.number}
                currentNumber={current.number}
              />
            ) : null}
          </>
        }
      />
      <Card>
        <CardContent>
          <DocumentListing text={version.content} label={`Version ${version.number}`} />
        </CardContent>
      </Card>
    </div>
  );
}
