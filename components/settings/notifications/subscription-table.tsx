"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { deleteNotificationRule } from "@/lib/actions/delete-notification-rule";
import { deleteWebhook } from "@/lib/actions/delete-webhook";
import { setNotificationRuleEnabled } from "@/lib/actions/set-notification-rule-enabled";
import { setWebhookEnabled } from "@/lib/actions/set-webhook-enabled";
import type { SubscriptionRow } from "@/lib/data/event-subscriptions";
import { describeFilter } from "@/lib/outbox/describe-filter";

type Kind = "rule" | "webhook";

const ACTIONS = {
  rule: { remove: deleteNotificationRule, toggle: setNotificationRuleEnabled, noun: "rule" },
  webhook: { remove: deleteWebhook, toggle: setWebhookEnabled, noun: "webhook" },
} as const;

type Props = {
  kind: Kind;
  rows: SubscriptionRow[];
  /** Job kind labels by kind, for the events column. */
  jobKindLabels: Record<string, string>;
};

/** The notification rules or the webhooks, each paused, resumed or deleted by an admin. */
export function SubscriptionTable({ kind, rows, jobKindLabels }: Props) {
  const { noun } = ACTIONS[kind];
  const toggle = useActionMutation(ACTIONS[kind].toggle, {
    success: (data) => `The ${noun} “${data.name}” is ${data.enabled ? "on" : "paused"}.`,
    refreshAfterRefusal: true,
  });
  const remove = useActionMutation(ACTIONS[kind].remove, {
    success: (data) => `The ${noun} “${data.name}” is deleted.`,
    refreshAfterRefusal: true,
  });
  if (rows.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        {kind === "rule" ? "No notification rules yet." : "No webhooks yet."}
      </p>
    );
  }
  return (
    <Table aria-label={kind === "rule" ? "Notification rules" : "Webhooks"}>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>{kind === "rule" ? "Room" : "URL"}</TableHead>
          <TableHead>Events</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="sr-only">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <div>{row.name}</div>
              <div className="text-xs text-muted-foreground">by {row.createdBy}</div>
            </TableCell>
            <TableCell className="max-w-72 font-mono text-xs break-all">
              {kind === "rule" ? (
                <>
                  <div>{row.roomLabel ?? row.roomId}</div>
                  {row.roomLabel !== row.roomId ? (
                    <div className="text-muted-foreground">{row.roomId}</div>
                  ) : null}
                </>
              ) : (
                <>
                  <div>{row.webhookUrl}</div>
                  {row.webhookAllowPrivate ? (
                    <div className="font-sans text-muted-foreground">private address allowed</div>
                  ) : null}
                </>
              )}
            </TableCell>
            <TableCell className="text-sm">
              {describeFilter(
                row,
                row.jobKind ? (jobKindLabels[row.jobKind] ?? row.jobKind) : null,
              )}
            </TableCell>
            <TableCell>
              <Badge variant={row.enabled ? "success" : "secondary"}>
                {row.enabled ? "on" : "paused"}
              </Badge>
            </TableCell>
            <TableCell className="text-right whitespace-nowrap">
              <Button
                variant="ghost"
                size="sm"
                disabled={toggle.isPending}
                onClick={() => toggle.mutate({ id: row.id, enabled: !row.enabled })}
              >
                {row.enabled ? "Pause" : "Resume"}
              </Button>
              <ConfirmDialog
                busy={remove.isPending}
                trigger={
                  <Button variant="ghost" size="sm">
                    Delete
                  </Button>
                }
                title={`Delete the ${noun} “${row.name}”?`}
                description={`Nothing more is sent ${kind === "rule" ? `to ${row.roomLabel ?? row.roomId}` : "to its URL"} for it, and its deliveries leave the log, pending ones included.`}
                confirmLabel={`Delete ${noun}`}
                onConfirm={() => remove.mutate({ id: row.id })}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
