"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** CodeMirror needs the browser's DOM: it is loaded there only, with a placeholder meanwhile. */
export const LazyCodeEditor = dynamic(() => import("./code-editor"), {
  ssr: false,
  loading: () => <Skeleton className="h-full w-full" aria-label="Loading the editor" />,
});
