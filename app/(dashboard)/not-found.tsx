import { NotFoundNotice } from "@/components/layout/not-found-notice";

/** An address no page answers, or a page whose own not-found page does not say more. */
export default function NotFound() {
  return (
    <NotFoundNotice title="Page not found" waysBack={[{ href: "/", label: "Overview" }]}>
      There is no page at this address: it may be mistyped, or what it named is gone.
    </NotFoundNotice>
  );
}
