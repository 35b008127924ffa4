interface SearchBoxProps {
  /** Unique on the page, for the label. */
  readonly id: string;
  readonly placeholder?: string;
}

/** The site search as a plain GET form to /search, so it works before and without JavaScript. */
export function SearchBox({ id, placeholder = "Search resources, schools and events" }: SearchBoxProps) {
  return (
    <form method="get" action="/search" role="search" className="search-box" aria-label="Search the library">
      <label htmlFor={id} className="visually-hidden">
        Search the library
      </label>
      <input id={id} type="search" name="q" placeholder={placeholder} />
      <button type="submit">Search</button>
    </form>
  );
}
