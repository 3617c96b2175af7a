"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider, useTheme } from "next-themes";
import { useState, type ReactNode } from "react";
import { Toaster } from "sonner";
import { z } from "zod";

// Zod compiles object parsers with `new Function` when it may; its probe for that, though caught,
// is reported as a violation of the CSP's script-src (no 'unsafe-eval'). The browser parses only
// small forms, so the plain parser loses nothing.
z.config({ jitless: true });

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Server components render the first page, so data is fresh on arrival; switching back to the
      // tab should not fire a request per table on an admin's many open tabs.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

// next-themes renders an inline <script>; React 19 logs an error for a script it creates on the
// client. A non-JS type on the client keeps the server's copy (which runs before paint) and silences
// that false alarm; next-themes already marks the tag suppressHydrationWarning.
const THEME_SCRIPT_PROPS = {
  type: typeof window === "undefined" ? "text/javascript" : "text/plain",
};

function ThemedToaster() {
  const { resolvedTheme } = useTheme();
  return <Toaster richColors closeButton theme={resolvedTheme === "dark" ? "dark" : "light"} />;
}

type ProvidersProps = {
  children: ReactNode;
  /** This response's Content-Security-Policy nonce, for next-themes' inline script. */
  nonce?: string;
};

/** Client-side context for the whole app: theme, query cache and toasts. */
export function Providers({ children, nonce }: ProvidersProps) {
  // One client per browser session; a module-level client would be shared between users on the server.
  const [queryClient] = useState(makeQueryClient);

  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      scriptProps={THEME_SCRIPT_PROPS}
      nonce={nonce}
    >
      <QueryClientProvider client={queryClient}>
        {children}
        <ThemedToaster />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
