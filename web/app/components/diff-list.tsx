/** Added and removed items, marked by colour, by sign and in words for screen readers. */
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
        <li key={`+${item}`} className="diff-added">
          <span aria-hidden="true">+ </span>
          <span className="visually-hidden">Added: </span>
          {item}
        </li>
      ))}
      {removed.map((item) => (
        <li key={`-${item}`} className="diff-removed">
          <span aria-hidden="true">− </span>
          <span className="visually-hidden">Removed: </span>
          <del>{item}</del>
        </li>
      ))}
    </ul>
  );
}
