/** How many files the user uploaded to this server's media repository. */
export function UserMediaCount({ count }: { count: number }) {
  return (
    <p className="text-sm">
      <span className="text-2xl font-semibold tabular-nums" data-testid="media-count">
        {count}
      </span>{" "}
      <span className="text-muted-foreground">
        {count === 1 ? "file uploaded" : "files uploaded"}
      </span>
    </p>
  );
}
