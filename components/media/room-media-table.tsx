import { IntentLink } from "@/components/ui/intent-link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatByteSize } from "@/lib/format/byte-size";
import type { RoomMediaEntry } from "@/lib/media-items/room-media-page";
import { MediaItemProtected, MediaItemQuarantined } from "./media-item-flags";
import { MediaItemThumbnail } from "./media-item-thumbnail";
import { TimeInWords } from "@/components/ui/time-in-words";

type Props = { entries: RoomMediaEntry[]; local: boolean; now: number; label: string };

/**
 * Files a room's messages point at. Local ones have a preview and their uploader; remote ones
 * show what this server has cached of them (nothing when it never fetched them).
 */
export function RoomMediaTable({ entries, local, now, label }: Props) {
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          {local ? <TableHead className="w-16">Preview</TableHead> : null}
          <TableHead>File</TableHead>
          {local ? <TableHead>Uploaded by</TableHead> : null}
          <TableHead>Type</TableHead>
          <TableHead>Size</TableHead>
          <TableHead>Stored</TableHead>
          <TableHead>Quarantined</TableHead>
          {local ? <TableHead>Protected</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map(({ uri, mediaId, info }) => (
          <TableRow
            key={uri}
            data-testid={local ? "room-local-media-row" : "room-remote-media-row"}
          >
            {local ? (
              <TableCell>
                {info ? (
                  <MediaItemThumbnail
                    mediaId={mediaId}
                    mediaType={info.media_type}
                    name={info.upload_name ?? mediaId}
                    quarantined={info.quarantined_by !== null}
                  />
                ) : null}
              </TableCell>
            ) : null}
            <TableCell className="max-w-72">
              {info?.upload_name ? (
                <p className="truncate font-medium">{info.upload_name}</p>
              ) : null}
              <p className="font-mono text-xs break-all text-muted-foreground">{uri}</p>
            </TableCell>
            {local ? (
              <TableCell className="font-mono text-sm">
                {info?.user_id ? (
                  <IntentLink
                    className="underline-offset-4 hover:underline"
                    href={`/users/${encodeURIComponent(info.user_id)}#media`}
                  >
                    {info.user_id}
                  </IntentLink>
                ) : (
                  <span className="text-muted-foreground">unknown</span>
                )}
              </TableCell>
            ) : null}
            {info ? (
              <>
                <TableCell className="text-sm">{info.media_type}</TableCell>
                <TableCell className="text-sm tabular-nums">
                  {info.media_length === null ? "not arrived" : formatByteSize(info.media_length)}
                </TableCell>
                <TableCell className="text-sm">
                  <TimeInWords ms={info.created_ts} now={now} />
                </TableCell>
                <TableCell className="text-sm" data-testid="media-quarantined">
                  <MediaItemQuarantined by={info.quarantined_by} />
                </TableCell>
                {local ? (
                  <TableCell className="text-sm">
                    <MediaItemProtected safe={info.safe_from_quarantine} />
                  </TableCell>
                ) : null}
              </>
            ) : (
              <TableCell colSpan={local ? 5 : 4} className="text-sm text-muted-foreground">
                {local ? "Deleted: this server no longer holds it." : "Not cached on this server."}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
