import { Skeleton } from "@/components/ui/skeleton";

export default function PolicyLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading the policy">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-96 w-full" />
      <Skeleton className="h-40 w-full" />
    </div>
  );
}
