import type { ReactNode } from "react";
import { Brand } from "@/components/layout/brand";
import { ThemeToggle } from "@/components/layout/theme-toggle";

// Every page here depends on the session and live Synapse data: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 px-4 py-10">
      <ThemeToggle className="absolute top-4 right-4" />
      <Brand />
      {/* Room for the setup form; the sign-in card narrows itself. */}
      <main className="w-full max-w-lg">{children}</main>
    </div>
  );
}
