import { DataTable } from "@/components/ui/data-table";
import { FREE_TEXT_LINE_CLASS, TableCell, TableRow } from "@/components/ui/table";
import type { SynapsePusher } from "@/lib/synapse/user-details";

const PUSHKEY_SHOWN = 24;

/** Push keys are long device tokens; the start tells them apart, the title has the rest. */
function shorten(pushkey: string): string {
  return pushkey.length > PUSHKEY_SHOWN ? `${pushkey.slice(0, PUSHKEY_SHOWN)}…` : pushkey;
}

/** The push gateways Synapse notifies for a user (phone apps, email). */
export function UserPushers({ pushers }: { pushers: SynapsePusher[] }) {
  return (
    <DataTable
      label="Pushers"
      columns={["Kind", "App", "Device", "Push key", "Language", "Gateway URL"]}
      rows={pushers}
      empty="None."
      emptyAs="text"
      renderRow={(pusher) => (
        <TableRow key={`${pusher.app_id}-${pusher.pushkey}`}>
          <TableCell className="text-sm">{pusher.kind}</TableCell>
          <TableCell className="text-sm">{pusher.app_display_name ?? pusher.app_id}</TableCell>
          <TableCell className="text-sm">{pusher.device_display_name ?? ""}</TableCell>
          <TableCell className="font-mono text-xs whitespace-nowrap" title={pusher.pushkey}>
            {shorten(pusher.pushkey)}
          </TableCell>
          <TableCell className="text-sm">{pusher.lang ?? ""}</TableCell>
          <TableCell className="font-mono text-xs" title={pusher.data?.url ?? ""}>
            <span className={FREE_TEXT_LINE_CLASS}>{pusher.data?.url ?? ""}</span>
          </TableCell>
        </TableRow>
      )}
    />
  );
}
