import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { RecentImports } from "@/components/import/recent-imports";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { findRecentImports } from "@/lib/import/import-view";

export const metadata: Metadata = { title: "Import users" };
export const dynamic = "force-dynamic";

export default async function ImportUsersPage() {
  await requirePageUser("operator");
  const [{ serverName }, recent] = await Promise.all([getHomeserverOrThrow(), findRecentImports()]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Import users"
        description="Create or update many accounts from a CSV file or the plain format scripts use. A dry run shows what each row would do before anything changes."
      />
      <Card>
        <CardContent className="pt-6">
          <ImportForm serverName={serverName} />
        </CardContent>
      </Card>
      <RecentImports imports={recent} />
    </div>
  );
}
