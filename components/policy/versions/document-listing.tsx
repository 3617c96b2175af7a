/** A document read-only, each line with its number, for a version's page. */
export function DocumentListing({ text, label }: { text: string; label: string }) {
  const lines = text.replace(/\n$/, "").split("\n");
  return (
    <div className="max-h-[70vh] overflow-auto rounded-md border">
      <table aria-label={label} className="w-full font-mono text-xs leading-5">
        <tbody>
          {lines.map((line, index) => (
            <tr key={index}>
              <td className="w-12 bg-muted px-2 text-right align-top text-muted-foreground select-none">
                {index + 1}
              </td>
              <td className="px-3 wrap-anywhere whitespace-pre-wrap">{line}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
