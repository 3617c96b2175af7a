import { SERVER_NOTICES_OFF } from "@/lib/schemas/server-notice";

/** The homeserver.yaml section that turns server notices on, with the keys Synapse reads. */
const CONFIG_EXAMPLE = `server_notices:
  system_mxid_localpart: notices            # the account notices come from (required)
  system_mxid_display_name: "Server Notices"  # optional
  system_mxid_avatar_url: "mxc://example.org/abc"  # optional
  room_name: "Server Notices"                 # optional
  room_topic: "Messages from the server"      # optional
  auto_join: false                            # optional: join users to the room`;

/**
 * A failure of a notice, as the dialogs show it: Synapse's "not enabled" refusal becomes the
 * config section to add, anything else its sentence.
 */
export function NoticeFailure({ error }: { error: string | null }) {
  if (!error) return null;
  if (error !== SERVER_NOTICES_OFF)
    return (
      <p role="alert" className="text-sm text-destructive">
        {error}
      </p>
    );
  return (
    <div role="alert" className="grid gap-2 rounded-md border border-destructive/40 p-3 text-sm">
      <p className="font-medium text-destructive">Synapse has server notices turned off.</p>
      <p>
        Add this section to Synapse&apos;s <code>homeserver.yaml</code> and restart Synapse, then
        send again:
      </p>
      <pre className="overflow-x-auto rounded bg-muted p-2 font-mono text-xs">{CONFIG_EXAMPLE}</pre>
    </div>
  );
}
