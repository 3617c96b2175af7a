"use client";

import { PageErrorAlert } from "@/components/errors/page-error-alert";
import { PRODUCT_NAME } from "@/lib/product-name";
import "./globals.css";

/**
 * The last error boundary: an error in a layout (the session lookup of every signed-in page, the
 * sign-in page's) lands here. It replaces the root layout, so it brings its own html and body.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-2xl p-6">
          <h1 className="mb-4 text-xl font-semibold tracking-tight">{PRODUCT_NAME}</h1>
          <PageErrorAlert
            cause="Something went wrong on the console's side."
            digest={error.digest}
            // Reloading asks the server again; reset() would only re-render what already failed.
            retry={
              <a href="" className="mt-3 inline-block font-medium underline underline-offset-4">
                Try again
              </a>
            }
          />
        </main>
      </body>
    </html>
  );
}
