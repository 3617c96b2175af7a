"use client";

import { FileIcon, ImageOff } from "lucide-react";
import { useState } from "react";

type Props = { mediaId: string; mediaType: string; name: string; quarantined: boolean };

/**
 * A small preview of an image, from the console's own thumbnail route (never Synapse's address).
 * Other files show an icon; so do images Synapse has no thumbnail of, or will not serve, such as
 * quarantined ones.
 */
export function MediaItemThumbnail({ mediaId, mediaType, name, quarantined }: Props) {
  const [failed, setFailed] = useState(false);
  const box = "flex size-12 items-center justify-center overflow-hidden rounded border bg-muted";
  if (!mediaType.startsWith("image/")) {
    return (
      <span className={box} title="Not an image">
        <FileIcon className="size-5 text-muted-foreground" aria-hidden />
      </span>
    );
  }
  if (failed || quarantined) {
    return (
      <span className={box} title={quarantined ? "Quarantined: not shown" : "No thumbnail"}>
        <ImageOff className="size-5 text-muted-foreground" aria-hidden />
      </span>
    );
  }
  return (
    <span className={box}>
      {/* A plain img: next/image would send the bytes through its optimiser, which is not needed here. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={`/api/v1/media-thumbnails/${encodeURIComponent(mediaId)}`}
        alt={`Thumbnail of ${name}`}
        loading="lazy"
        className="size-full object-cover"
        onError={() => setFailed(true)}
        data-testid="media-thumbnail"
      />
    </span>
  );
}
