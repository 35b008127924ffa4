import { SeedDataError } from "./errors.js";

/**
 * A data file written as a front-matter block (`key: value` lines between
 * `---` lines; lists comma-separated) followed by a Markdown body. The
 * format of `seeds/data/resources/*.md`, also used for Areas of Excellence
 * and events.
 */
export class FrontMatter {
  private readonly read = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly fields: Map<string, string>,
    readonly body: string,
  ) {}

  static parse(file: string, text: string): FrontMatter {
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    if (lines[0]?.trim() !== "---") throw new SeedDataError(file, "front matter", "must start with a line '---'");
    const end = lines.indexOf("---", 1);
    if (end < 0) throw new SeedDataError(file, "front matter", "has no closing line '---'");
    const fields = new Map<string, string>();
    for (const [offset, line] of lines.slice(1, end).entries()) {
      if (line.trim() === "") continue;
      const match = /^([A-Za-z][A-Za-z0-9]*):(?:\s+(.*))?$/.exec(line);
      if (!match) throw new SeedDataError(file, `line ${offset + 2}`, `expected "key: value", found "${line}"`);
      const key = match[1]!;
      if (fields.has(key)) throw new SeedDataError(file, key, "is given twice");
      fields.set(key, (match[2] ?? "").trim());
    }
    return new FrontMatter(
      file,
      fields,
      lines
        .slice(end + 1)
        .join("\n")
        .trim() + "\n",
    );
  }

  private fail(key: string, message: string): never {
    throw new SeedDataError(this.file, key, message);
  }

  optional(key: string): string | undefined {
    this.read.add(key);
    const value = this.fields.get(key);
    return value === undefined || value === "" ? undefined : value;
  }

  required(key: string): string {
    return this.optional(key) ?? this.fail(key, "is required");
  }

  /** A comma-separated list; empty when the key is missing or blank. */
  list(key: string): string[] {
    const value = this.optional(key);
    return value
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter((item) => item !== "")
      : [];
  }

  oneOf<T extends string>(key: string, allowed: Record<string, T>, fallback?: T): T {
    const value = fallback === undefined ? this.required(key) : (this.optional(key) ?? fallback);
    return this.check(key, value, allowed);
  }

  listOf<T extends string>(key: string, allowed: Record<string, T>): T[] {
    return this.list(key).map((value) => this.check(key, value, allowed));
  }

  private check<T extends string>(key: string, value: string, allowed: Record<string, T>): T {
    const values = Object.values(allowed);
    if (!values.includes(value as T)) this.fail(key, `"${value}" is not one of ${values.join(", ")}`);
    return value as T;
  }

  /** A calendar date written YYYY-MM-DD. */
  date(key: string): string | undefined {
    const value = this.optional(key);
    if (value === undefined) return undefined;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== value
    ) {
      this.fail(key, `"${value}" is not a date written YYYY-MM-DD`);
    }
    return value;
  }

  integer(key: string): number | undefined {
    const value = this.optional(key);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) this.fail(key, `"${value}" is not a whole number`);
    return Number(value);
  }

  requiredInteger(key: string): number {
    return this.integer(key) ?? this.fail(key, "is required");
  }

  /** `Title | https://…; Another | https://…` */
  links(key: string): { title: string; url: string }[] {
    const value = this.optional(key);
    if (!value) return [];
    return value.split(";").map((part) => {
      const [title, url, ...rest] = part.split("|").map((piece) => piece.trim());
      if (!title || !url || rest.length) this.fail(key, `"${part.trim()}" is not "Title | https://address"`);
      return { title, url };
    });
  }

  /** Refuses keys nobody read: a misspelt key would otherwise be silently ignored. */
  finish(): void {
    const unknown = [...this.fields.keys()].filter((key) => !this.read.has(key));
    if (unknown.length) this.fail(unknown[0]!, "is not a key this file type has");
  }
}
