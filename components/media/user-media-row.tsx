import { TableCell, TableRow } from "@/components/ui/table";
import { formatByteSize } from "@/lib/format/byte-size";
import type { SynapseLocalMedia } from "@/lib/synapse/media";
import { MediaItemProtected, MediaItemQuarantined } from "./media-item-flags";
import { MediaItemThumbnail } from "./media-item-thumbnail";
import { TimeInWords } from "@/components/ui/time-in-words";

type Props = {
  file: SynapseLocalMedia;
  now: number;
  selection?: { selected: boolean; onSelectedChange: (on: boolean) => void };
};

/** One file of a user's media list. */
export function UserMediaRow({ file, now, selection }: Props) {
  const name = file.upload_name ?? file.media_id;
  return (
    <TableRow data-testid="media-row" data-media-id={file.media_id}>
      {selection ? (
        <TableCell>
          <input
            type="checkbox"
            aria-label={`Select ${name}`}
            checked={selection.selected}
            onChange={(event) => selection.onSelectedChange(event.target.checked)}
          />
        </TableCell>
      ) : null}
      <TableCell>
        <MediaItemThumbnail
          mediaId={file.media_id}
          mediaType={file.media_type}
          name={name}
          quarantined={file.quarantined_by !== null}
        />
      </TableCell>
      <TableCell className="max-w-64">
        <p className="truncate font-medium" title={name}>
          {file.upload_name ?? <span className="text-muted-foreground">no name</span>}
        </p>
        <p className="font-mono text-xs break-all text-muted-foreground">{file.media_id}</p>
      </TableCell>
      <TableCell className="text-sm">{file.media_type}</TableCell>
      <TableCell className="text-sm tabular-nums">
        {file.media_length === null ? "not arrived" : formatByteSize(file.media_length)}
      </TableCell>
      <TableCell className="text-sm">
        <TimeInWords ms={file.created_ts} now={now} />
      </TableCell>
      <TableCell className="text-sm">
        <TimeInWords ms={file.last_access_ts} now={now} />
      </TableCell>
      <TableCell className="text-sm" data-testid="media-quarantined">
        <MediaItemQuarantined by={file.quarantined_by} />
      </TableCell>
      <TableCell className="text-sm" data-testid="media-protected">
        <MediaItemProtected safe={file.safe_from_quarantine} />
      </TableCell>
    </TableRow>
  );
}
