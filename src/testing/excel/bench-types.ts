/** The figures of one Hitung in the in-memory Excel (no imports: the bench's Node side reads it too). */
export interface ExcelBench {
  indicators: number;
  /** Round trips of Hitung Capaian (reads + writes). */
  syncs: number;
  /** Sum of the request payloads (JSON of queued operations), bytes. */
  payloadBytes: number;
  /** Largest single request, bytes (Excel on the web refuses more than 5 MB). */
  maxRequestBytes: number;
  /** Comments (or notes) of the add-in present after the run. */
  comments: number;
  /** Findings on the sheet (each cell with findings has one comment; the capaian column one note). */
  findings: number;
  /** The add-in's comments (or notes) that carry findings (a `[rule-id]` line). */
  onFindings?: number;
  /** Cells with at least one finding (several findings of one cell share its comment). */
  findingCells?: number;
  /** The add-in's comments (or notes) that carry only a capaian column's note (no finding). */
  columnNotes?: number;
  ms: number;
}
