"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { formatTimestamp } from "@/components/users/format-time";
import { countOf } from "@/lib/format/count";
import { findDeliveries } from "@/lib/actions/find-deliveries";
import { redeliverDelivery } from "@/lib/actions/redeliver-delivery";
import type { DeliveryPage, DeliveryRow } from "@/lib/data/event-deliveries";
import type { DeliveryLogQuery } from "@/lib/schemas/event-subscription";

export const deliveryKeys = {
  all: ["settings", "deliveries"] as const,
  page: (query: DeliveryLogQuery) => [...deliveryKeys.all, query] as const,
};

const STATUS_VARIANT = {
  delivered: "success",
  pending: "warning",
  failed: "destructive",
} as const satisfies Record<DeliveryRow["status"], string>;

const at = (date: Date | null) => formatTimestamp(date ? new Date(date).getTime() : null);

function StatusCell({ row }: { row: DeliveryRow }) {
  const retry = row.status === "pending" && row.attempts > 0;
  return (
    <div className="grid gap-1 text-xs text-muted-foreground">
      <Badge variant={STATUS_VARIANT[row.status]}>{row.status}</Badge>
      {row.status === "delivered" ? <span>{at(row.deliveredAt)}</span> : null}
      {retry ? <span>next try {at(row.nextAttemptAt)}</span> : null}
      <span>{countOf(row.attempts, "attempt")}</span>
      {row.redeliveries > 0 ? <span>redelivered {row.redeliveries}×</span> : null}
    </div>
  );
}

/**
 * The log of notifications and webhook calls, newest first: what went where and how it went.
 * The first page follows new deliveries by itself; a failed one can be queued again.
 */
export function DeliveryLog({
  initial,
  query,
}: {
  initial: DeliveryPage;
  query: DeliveryLogQuery;
}) {
  const queryClient = useQueryClient();
  const live = !query.before;
  const { data } = useQuery({
    queryKey: deliveryKeys.page(query),
    queryFn: async () => {
      const result = await findDeliveries(query);
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    initialData: initial,
    staleTime: 2_000,
    refetchInterval: live ? 4_000 : false,
  });
  const redeliver = useActionMutation(redeliverDelivery, {
    success: (result) => `Queued again: it is sent within a few seconds (“${result.name}”).`,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
    refresh: false,
  });
  if (data.rows.length === 0) {
    return <p className="text-sm text-muted-foreground">No deliveries here yet.</p>;
  }
  return (
    <Table aria-label="Delivery log">
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Rule or webhook</TableHead>
          <TableHead>Event</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Error</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.rows.map((row) => (
          <TableRow key={row.id} data-testid="delivery-row">
            <TableCell className="text-xs whitespace-nowrap">
              <div>{at(row.createdAt)}</div>
              <div className="text-muted-foreground">#{row.id}</div>
            </TableCell>
            <TableCell className="max-w-56 min-w-40">
              <div>{row.subscriptionName}</div>
              <div className="font-mono text-xs break-all text-muted-foreground">
                {row.destination === "room" ? "room " : "webhook "}
                {row.destinationLabel}
              </div>
            </TableCell>
            <TableCell className="max-w-96 min-w-64 text-sm">
              <div className="wrap-anywhere">{row.eventSummary}</div>
              <div className="font-mono text-xs text-muted-foreground">{row.eventAction}</div>
            </TableCell>
            <TableCell>
              <StatusCell row={row} />
            </TableCell>
            <TableCell className="max-w-72 min-w-48 text-xs">
              {row.status === "delivered" ? null : (
                <p className="wrap-anywhere text-destructive">{row.lastError}</p>
              )}
              {row.status === "failed" ? (
                <Button
                  className="mt-2"
                  variant="outline"
                  size="sm"
                  disabled={redeliver.isPending}
                  onClick={() => redeliver.mutate({ id: row.id })}
                >
                  Redeliver
                </Button>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
