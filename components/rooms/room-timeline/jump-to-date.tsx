"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { timelineHref, type TimelineSearch } from "@/lib/schemas/room-timeline";

type Props = { roomId: string; view: Pick<TimelineSearch, "show" | "limit"> };

/**
 * Jump to a moment typed in the browser's own time zone; the URL carries it in ms, so a shared link
 * means the same moment everywhere.
 */
export function JumpToDate({ roomId, view }: Props) {
  const router = useRouter();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = new Date(value).getTime();
    if (!value || Number.isNaN(at)) {
      setError("Pick a date and time to jump to.");
      return;
    }
    setError(null);
    router.push(timelineHref(roomId, view, { kind: "date", at }));
  };
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={submit} aria-label="Jump to a date">
      <div className="grid gap-1.5">
        <Label htmlFor="timeline-jump">Jump to (your time zone)</Label>
        <Input
          id="timeline-jump"
          type="datetime-local"
          step={1}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "timeline-jump-error" : undefined}
          className="w-auto"
        />
      </div>
      <Button type="submit" variant="outline">
        Jump
      </Button>
      {error ? (
        <p id="timeline-jump-error" role="alert" className="w-full text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
