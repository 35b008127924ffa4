/**
 * A one-line progress bar for long jobs (reindex, seeding at scale): redrawn
 * in place on a terminal, printed every tenth of the way otherwise (CI logs).
 */
export function progressBar(label: string) {
  const started = Date.now();
  let lastPrinted = -1;
  return {
    update(done: number, total: number) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      const width = 30;
      const filled = Math.round(fraction * width);
      const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} (${Math.round(fraction * 100)}%) ${Math.round(rate).toLocaleString("en-GB")}/s`;
      if (process.stdout.isTTY) {
        process.stdout.write(`\r${line}`);
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth !== lastPrinted) console.log(line);
        lastPrinted = tenth;
      }
    },
    done() {
      if (process.stdout.isTTY) process.stdout.write("\n");
    },
  };
}
