"use client";

import { useSearchParams } from "next/navigation";
import { DownloadCsvLink } from "@/components/list-export/download-csv-link";
import type { PageSize } from "@/lib/schemas/page-size";
import { roomExportHref } from "./room-list-href";
import { roomSearchOf } from "./rooms-page";

/**
 * "Download CSV" for the rooms the URL's search and filters name: the list changes them in place,
 * so the link reads the URL rather than the server's render.
 */
export function RoomsCsvLink({ pageSize }: { pageSize?: PageSize }) {
  const search = roomSearchOf(new URLSearchParams(useSearchParams()), pageSize);
  return <DownloadCsvLink href={roomExportHref(search)} what="room" />;
}
