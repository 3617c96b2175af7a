import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { CleanupCard } from "@/components/media/cleanup-card";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { emptyCleanupValues, readCleanupForm } from "@/lib/media/cleanup-form";
import { makeCleanupDryRun } from "@/lib/media/cleanup-dry-run";
import type { CleanupTarget } from "@/lib/schemas/media-cleanup";
import type { SearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Media clean-up" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

const CARDS: Array<{ target: CleanupTarget; title: string; intro: string }> = [
  {
    target: "local",
    title: "Delete old local media",
    intro:
      "Media uploaded to this server that nobody has used for a while, optionally only the large ones. Synapse deletes the files, their thumbnails and their records.",
  },
  {
    target: "remote_cache",
    title: "Purge the remote media cache",
    intro:
      "Copies of other servers' media that this server keeps so its users can see them. Purging frees disk; a copy is fetched again when someone asks for it.",
  },
];

// Admins only: deleted media cannot be brought back, and a saved clean-up deletes on its own.
export default async function MediaCleanupPage({ searchParams }: Props) {
  await requirePageUser("admin");
  const form = readCleanupForm(await searchParams);
  const dryRun = form?.reading.state === "ok" ? await makeCleanupDryRun(form.reading.params) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Media clean-up"
        description={
          <>
            Each clean-up runs as a job with its steps and result on the run&apos;s page, audited; a
            dry run comes first.{" "}
            <IntentLink className="underline" href="/media">
              Media statistics
            </IntentLink>
          </>
        }
      />
      {CARDS.map((card) => {
        const mine = form?.target === card.target ? form : null;
        return (
          <CleanupCard
            key={card.target}
            {...card}
            values={mine?.values ?? emptyCleanupValues}
            reading={mine?.reading ?? { state: "none" }}
            dryRun={mine ? dryRun : null}
          />
        );
      })}
    </div>
  );
}
