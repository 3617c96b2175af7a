import { Skeleton } from "@/components/ui/skeleton";

export default function TokensLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading the token audit">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-40 w-full" />
    </div>
  );
}
