import { buttonVariants } from "@/components/ui/button";
import { historySearchString, type HistoryFilter } from "@/lib/schemas/history-filter";

/**
 * Downloads of the History under the filters shown (every page of it, not only this one), as CSV
 * for a spreadsheet or as NDJSON to verify later with `npm run audit:verify -- --export`. Plain
 * links: the download is a streamed response, not a page to navigate to.
 */
export function ExportLinks({ filter }: { filter: HistoryFilter }) {
  const href = (format: "csv" | "ndjson") => {
    const params = new URLSearchParams(historySearchString({ ...filter, before: undefined }));
    params.set("format", format);
    return `/api/v1/history/export?${params}`;
  };
  const link = buttonVariants({ variant: "outline", size: "sm" });
  return (
    <>
      <a className={link} href={href("csv")} download>
        Export CSV
      </a>
      <a className={link} href={href("ndjson")} download>
        Export NDJSON
      </a>
    </>
  );
}
