import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ServerOverview } from "@/lib/overview/get-server-overview";

const numberFormat = new Intl.NumberFormat("en");

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Card className="gap-2">
      <CardHeader>
        <CardDescription>{label}</CardDescription>
        <CardTitle className="truncate text-2xl tabular-nums" title={value}>
          {value}
        </CardTitle>
      </CardHeader>
      {detail ? (
        <CardContent className="truncate text-xs text-muted-foreground">{detail}</CardContent>
      ) : null}
    </Card>
  );
}

export function ServerStats({ overview }: { overview: ServerOverview }) {
  return (
    <section aria-label="Homeserver" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <Stat label="Synapse version" value={overview.serverVersion} detail={overview.baseUrl} />
      <Stat
        label="Users"
        value={numberFormat.format(overview.totalUsers)}
        detail="Including deactivated accounts"
      />
      <Stat
        label="Rooms"
        value={numberFormat.format(overview.totalRooms)}
        detail={`On ${overview.serverName}`}
      />
      <Stat
        label="Service account"
        value={overview.serviceUserId}
        detail={
          overview.connectionSource === "environment"
            ? "Configured by the environment"
            : "Configured in setup"
        }
      />
    </section>
  );
}
