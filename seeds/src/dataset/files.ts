import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, relative } from "node:path";
import { SeedDataError } from "./errors.js";
import { FrontMatter } from "./front-matter.js";

/** `seeds/data`, whether running from `src` (tests) or `dist` (the CLI). */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** A path as error messages show it: relative to the repository's `seeds` folder. */
export const shown = (path: string) => join("seeds", relative(join(DATA_DIR, ".."), path));

/** Every `*.md` file of a data folder, parsed, in name order (so loads are repeatable). */
export function frontMatterFiles(folder: string, dataDir = DATA_DIR): FrontMatter[] {
  const dir = join(dataDir, folder);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => FrontMatter.parse(shown(join(dir, name)), readFileSync(join(dir, name), "utf8")));
}

/**
 * A JSON value read with its path, so a wrong field is reported as
 * `seeds/data/schools.json: groups[2].schools[4].urn: …`.
 */
export class Json {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly value: unknown,
  ) {}

  static read(name: string, dataDir = DATA_DIR): Json {
    const path = join(dataDir, name);
    const file = shown(path);
    try {
      return new Json(file, "", JSON.parse(readFileSync(path, "utf8")));
    } catch (error) {
      throw new SeedDataError(file, "(file)", (error as Error).message);
    }
  }

  fail(message: string, key?: string): never {
    const where = key === undefined ? this.path : this.path ? `${this.path}.${key}` : key;
    throw new SeedDataError(this.file, where || "(top level)", message);
  }

  private child(key: string | number): Json {
    const record = this.value as Record<string | number, unknown>;
    const path = typeof key === "number" ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new Json(this.file, path, record[key]);
  }

  field(key: string): Json {
    if (typeof this.value !== "object" || this.value === null || Array.isArray(this.value)) {
      this.fail("must be an object");
    }
    return this.child(key);
  }

  has(key: string): boolean {
    const value = (this.value as Record<string, unknown> | null)?.[key];
    return value !== undefined && value !== null;
  }

  items(): Json[] {
    if (!Array.isArray(this.value)) this.fail("must be a list");
    return this.value.map((_item, index) => this.child(index));
  }

  string(): string {
    if (typeof this.value !== "string" || this.value.trim() === "") this.fail("must be a non-empty string");
    return this.value;
  }

  str(key: string): string {
    return this.field(key).string();
  }

  optStr(key: string): string | undefined {
    return this.has(key) ? this.str(key) : undefined;
  }

  strings(key: string): string[] {
    return this.has(key)
      ? this.field(key)
          .items()
          .map((item) => item.string())
      : [];
  }

  int(key: string): number | undefined {
    if (!this.has(key)) return undefined;
    const value = this.field(key).value;
    if (!Number.isInteger(value)) this.fail("must be a whole number", key);
    return value as number;
  }

  bool(key: string): boolean | undefined {
    if (!this.has(key)) return undefined;
    const value = this.field(key).value;
    if (typeof value !== "boolean") this.fail("must be true or false", key);
    return value;
  }

  oneOf<T extends string>(key: string, allowed: Record<string, T>): T {
    const value = this.str(key);
    const values = Object.values(allowed);
    if (!values.includes(value as T)) this.fail(`"${value}" is not one of ${values.join(", ")}`, key);
    return value as T;
  }
}
