/** Offers bytes as a download (a Blob URL on a temporary link: no network, works from file://). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function unduh(bytes: Uint8Array, file: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file;
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
