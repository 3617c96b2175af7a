import { TriangleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** What a page shows instead of its data when Synapse could not give it. */
export function PageProblemAlert({ title, problem }: { title: string; problem: string }) {
  return (
    <Alert variant="destructive" role="alert">
      <TriangleAlert aria-hidden />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>{problem}</AlertDescription>
    </Alert>
  );
}
