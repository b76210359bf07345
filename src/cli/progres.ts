/**
 * The progress line of a batch on a terminal's stderr: `[12/200] 3,4 s  satker/kupang.xlsx`,
 * rewritten in place at most ten times a second, cleared at the end. Nothing when stderr is not a
 * terminal (the caller passes no writer then), so pipes and logs stay clean.
 */
export class Progres {
  private n = 0;
  private readonly t0 = Date.now();
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly write?: (text: string | null) => void,
  ) {}

  mulai(file: string): void {
    this.n++;
    if (!this.write) return;
    const now = Date.now();
    if (this.n > 1 && this.n < this.total && now - this.last < 100) return;
    this.last = now;
    const s = ((now - this.t0) / 1000).toFixed(1).replace('.', ',');
    this.write(`[${this.n}/${this.total}] ${s} s  ${file}`);
  }

  /** Clears the line so that what the file printed does not land on it. */
  selesai(): void {
    this.write?.(null);
  }

  tutup(): void {
    this.write?.(null);
  }
}
