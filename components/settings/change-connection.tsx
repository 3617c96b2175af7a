"use client";

import { useRouter } from "next/navigation";
import { ConnectionForm } from "./connection-form";

export function ChangeConnection({ baseUrl }: { baseUrl: string }) {
  const router = useRouter();
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium">Change the connection</summary>
      <div className="mt-4">
        <ConnectionForm
          needsSetupToken={false}
          defaultBaseUrl={baseUrl}
          onSaved={() => router.refresh()}
        />
      </div>
    </details>
  );
}
