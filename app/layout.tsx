import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { PRODUCT_NAME, tabTitle } from "@/lib/product-name";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: PRODUCT_NAME, template: tabTitle("%s") },
  description: "Administration console for a Matrix Synapse homeserver",
  icons: { icon: "/icon.svg" },
  manifest: "/manifest.webmanifest",
  // An admin console is never indexed (robots.txt and X-Robots-Tag say so too).
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's nonce for this response (see proxy.ts): next-themes' inline script needs it to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the theme class on <html> before hydration, so the server's markup differs.
    <html lang="en" suppressHydrationWarning>
      <body>
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
