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
  ms: number;
}
