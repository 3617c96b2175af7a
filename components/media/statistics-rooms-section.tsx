import { IntentLink } from "@/components/ui/intent-link";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatByteSize } from "@/lib/format/byte-size";
import type { LargestRoomsResult } from "@/lib/media/statistics-reads";
import { StatisticsBarChart } from "./statistics-bar-chart";

const COLUMNS = ["Room", "Room ID", "Estimated size"] as const;

/** The rooms taking the most database space, as Synapse estimates them, with a chart. */
export function StatisticsRoomsSection({ result }: { result: LargestRoomsResult }) {
  return (
    <Card role="region" aria-label="Largest rooms">
      <CardHeader>
        <CardTitle>Largest rooms in the database</CardTitle>
        <p className="text-sm text-muted-foreground">
          Synapse&apos;s ten largest rooms by the database space their events and state take: a
          rough estimate from PostgreSQL&apos;s statistics, not including media.
        </p>
      </CardHeader>
      <CardContent className="grid gap-4">
        {"problem" in result ? (
          <PageProblemAlert title="Could not read the largest rooms" problem={result.problem} />
        ) : "unsupported" in result ? (
          <p className="text-sm text-muted-foreground" data-testid="largest-rooms-unsupported">
            {result.unsupported}
          </p>
        ) : (
          <>
            <StatisticsBarChart
              testId="largest-rooms-chart"
              title="Estimated database size by room"
              bars={result.rooms.map((room) => ({
                key: room.roomId,
                label: room.name ?? room.roomId,
                value: room.estimatedSize,
                valueText: formatByteSize(room.estimatedSize),
                href: `/rooms/${encodeURIComponent(room.roomId)}`,
              }))}
            />
            <DataTable
              label="Largest rooms"
              columns={COLUMNS}
              rows={result.rooms}
              empty="Synapse lists no rooms yet (its estimate needs PostgreSQL to have analysed the tables)."
              renderRow={(room) => (
                <TableRow key={room.roomId} data-testid="largest-room-row">
                  <TableCell>
                    <IntentLink
                      className="underline-offset-4 hover:underline"
                      href={`/rooms/${encodeURIComponent(room.roomId)}`}
                    >
                      {room.name ?? <span className="text-muted-foreground">Unnamed room</span>}
                    </IntentLink>
                  </TableCell>
                  <TableCell className="font-mono text-xs">{room.roomId}</TableCell>
                  <TableCell
                    className="tabular-nums"
                    title={`${room.estimatedSize.toLocaleString("en")} bytes`}
                  >
                    {formatByteSize(room.estimatedSize)}
                  </TableCell>
                </TableRow>
              )}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
