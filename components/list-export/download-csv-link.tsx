import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";

/**
 * "Download CSV" for a list: a plain link to its export route with the list's filters, so the
 * browser downloads the file itself (streamed, however long), and no JavaScript is needed.
 */
export function DownloadCsvLink({ href, what }: { href: string; what: string }) {
  return (
    <Button variant="outline" asChild>
      {/* Not next/link: a route handler's file, which must not be prefetched or client-routed. */}
      <a
        href={href}
        download
        data-testid="download-csv"
        title={`Every ${what} matching the filters, all pages`}
      >
        <Download aria-hidden />
        Download CSV
      </a>
    </Button>
  );
}
