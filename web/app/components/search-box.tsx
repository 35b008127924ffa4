interface SearchBoxProps {
  /** Unique on the page, for the label. */
  readonly id: string;
  readonly placeholder?: string;
  /** Names the box and its search landmark: distinct from any other search box on the same page. */
  readonly label?: string;
}

/** The site search as a plain GET form to /search, so it works before and without JavaScript. */
export function SearchBox({
  id,
  placeholder = "Search resources, schools and events",
  label = "Search the library",
}: SearchBoxProps) {
  return (
    <form method="get" action="/search" role="search" className="search-box" aria-label={label}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" name="q" placeholder={placeholder} />
      <button type="submit">Search</button>
    </form>
  );
}
