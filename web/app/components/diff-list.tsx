/** One added or removed item, marked by colour, by sign and in words for screen readers. */
export function DiffItem({ kind, text }: { readonly kind: "added" | "removed"; readonly text: string }) {
  const added = kind === "added";
  return (
    <li className={added ? "diff-added" : "diff-removed"}>
      <span aria-hidden="true">{added ? "+ " : "− "}</span>
      <span className="visually-hidden">{added ? "Added: " : "Removed: "}</span>
      {added ? text : <del>{text}</del>}
    </li>
  );
}

/** Added and removed items (see DiffItem). */
export function DiffList({
  added,
  removed,
}: {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}) {
  return (
    <ul className="diff-list">
      {added.map((item) => (
        <DiffItem key={`+${item}`} kind="added" text={item} />
      ))}
      {removed.map((item) => (
        <DiffItem key={`-${item}`} kind="removed" text={item} />
      ))}
    </ul>
  );
}
