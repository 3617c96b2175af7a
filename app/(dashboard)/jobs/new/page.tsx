import type { Metadata } from "next";
import { JobForm } from "@/components/jobs/job-form/job-form";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findJobKindChoices } from "@/lib/jobs/read-jobs";
import { jobFormPreset } from "@/lib/jobs/job-form-preset";

export const metadata: Metadata = { title: "New job" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewJobPage({ searchParams }: Props) {
  await requirePageUser("admin");
  return (
    <div className="space-y-6">
      <PageHeader title="New job" description="What to run, with which parameters, and when." />
      <JobForm
        kinds={findJobKindChoices()}
        now={new Date().toISOString()}
        preset={jobFormPreset(await searchParams)}
      />
    </div>
  );
}
