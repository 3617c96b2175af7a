import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { SynapsePusher } from "@/lib/synapse/user-details";

const PUSHKEY_SHOWN = 24;

/** Push keys are long device tokens; the start tells them apart, the title has the rest. */
function shorten(pushkey: string): string {
  return pushkey.length > PUSHKEY_SHOWN ? `${pushkey.slice(0, PUSHKEY_SHOWN)}…` : pushkey;
}

/** The push gateways Synapse notifies for a user (phone apps, email). */
export function UserPushers({ pushers }: { pushers: SynapsePusher[] }) {
  if (pushers.length === 0) return <p className="text-sm text-muted-foreground">None.</p>;
  return (
    <Table aria-label="Pushers">
      <TableHeader>
        <TableRow>
          <TableHead>Kind</TableHead>
          <TableHead>App</TableHead>
          <TableHead>Device</TableHead>
          <TableHead>Push key</TableHead>
          <TableHead>Language</TableHead>
          <TableHead>Gateway URL</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {pushers.map((pusher) => (
          <TableRow key={`${pusher.app_id}-${pusher.pushkey}`}>
            <TableCell className="text-sm">{pusher.kind}</TableCell>
            <TableCell className="text-sm">{pusher.app_display_name ?? pusher.app_id}</TableCell>
            <TableCell className="text-sm">{pusher.device_display_name ?? ""}</TableCell>
            <TableCell className="font-mono text-xs whitespace-nowrap" title={pusher.pushkey}>
              {shorten(pusher.pushkey)}
            </TableCell>
            <TableCell className="text-sm">{pusher.lang ?? ""}</TableCell>
            <TableCell
              className="max-w-xs truncate font-mono text-xs"
              title={pusher.data?.url ?? ""}
            >
              {pusher.data?.url ?? ""}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
