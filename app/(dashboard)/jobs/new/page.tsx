import type { Metadata } from "next";
import { JobForm } from "@/components/jobs/job-form/job-form";
import { PageHeader } from "@/components/layout/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { findJobKindChoices } from "@/lib/jobs/read-jobs";

export const metadata: Metadata = { title: "New job" };
export const dynamic = "force-dynamic";

export default async function NewJobPage() {
  const user = await getCurrentUser();
  if (!user || !hasRole(user.role, "admin")) {
    return <PageHeader title="New job" description="Only console admins create jobs." />;
  }
  return (
    <div className="space-y-6">
      <PageHeader title="New job" description="What to run, with which parameters, and when." />
      <JobForm kinds={findJobKindChoices()} now={new Date().toISOString()} />
    </div>
  );
}
