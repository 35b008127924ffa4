/** Counts what a load created and what it found already there, per kind of thing. */
export class Tally {
  readonly counts = new Map<string, { created: number; skipped: number }>();

  constructor(private readonly onChange: (kind: string, counts: { created: number; skipped: number }) => void) {}

  private entry(kind: string) {
    let counts = this.counts.get(kind);
    if (!counts) this.counts.set(kind, (counts = { created: 0, skipped: 0 }));
    return counts;
  }

  created(kind: string): void {
    const counts = this.entry(kind);
    counts.created += 1;
    this.onChange(kind, counts);
  }

  skipped(kind: string): void {
    const counts = this.entry(kind);
    counts.skipped += 1;
    this.onChange(kind, counts);
  }

  get totalCreated(): number {
    return [...this.counts.values()].reduce((sum, counts) => sum + counts.created, 0);
  }
}
