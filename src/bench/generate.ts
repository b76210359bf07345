/**
 * Synthetic pengukuran workbooks for the benchmark (and CLI tests): tables of realistic rows as
 * the seeds show them: percent-formatted fractions, text percentages ('80%', '7,5%'), counts with
 * a unit ('4 Dokumen'), index values, merged Sasaran cells, a stated capaian column.
 */
import ExcelJS from 'exceljs';

export interface GenerateOptions {
  /** Indicators per sheet (one table per sheet). */
  perSheet?: number;
  year?: number;
}

const SASARAN = [
  'Meningkatnya kualitas pelayanan tahanan dan narapidana',
  'Terwujudnya penyelenggaraan pemasyarakatan yang profesional',
  'Meningkatnya keamanan dan ketertiban',
  'Meningkatnya tata kelola organisasi',
];
/** Names by value kind (k % 5): fraction %, text %, count, index, fraction % or a zero case. */
const NAMA = [
  ['Persentase pemenuhan layanan makanan', 'Persentase pengaduan yang ditindaklanjuti'],
  ['Persentase tahanan/narapidana mendapatkan layanan kesehatan', 'Persentase gangguan kamtib yang dapat dicegah'],
  ['Jumlah dokumen perencanaan dan pelaporan', 'Tersusunnya dokumen evaluasi kinerja'],
  ['Indeks kepuasan masyarakat terhadap pelayanan publik', 'Indeks keamanan dan ketertiban'],
  ['Persentase tahanan memperoleh layanan hukum', 'Persentase layanan perawatan ibu hamil'],
];

const WILAYAH = [
  'Kupang', 'Soe', 'Balikpapan', 'Sarolangun', 'Kerobokan', 'Atambua', 'Kefamenanu', 'Waingapu', 'Ende', 'Maumere',
  'Larantuka', 'Kalabahi', 'Ruteng', 'Bajawa', 'Labuan Bajo', 'Samarinda', 'Tenggarong', 'Bontang', 'Jambi', 'Muara Bungo',
  'Denpasar', 'Singaraja', 'Tabanan', 'Gianyar', 'Bangli', 'Karangasem', 'Negara', 'Mataram', 'Sumbawa', 'Bima',
];

/** Builds the workbook in memory. */
export function generateWorkbook(indicators: number, opts: GenerateOptions = {}): ExcelJS.Workbook {
  const perSheet = opts.perSheet ?? 1000;
  const year = opts.year ?? 2023;
  const wb = new ExcelJS.Workbook();
  let made = 0;
  let sheetNo = 0;
  while (made < indicators) {
    sheetNo++;
    const n = Math.min(perSheet, indicators - made);
    const ws = wb.addWorksheet(`Pengukuran ${year} (${sheetNo})`);
    ws.getCell('A1').value = `Tabel III.${sheetNo} Pengukuran Kinerja Tahun ${year}`;
    const header = ['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'KETERANGAN'];
    header.forEach((h, j) => {
      const c = ws.getCell(3, j + 1);
      c.value = h;
      c.font = { bold: true };
      c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
    for (let i = 0; i < n; i++) {
      const r = 4 + i;
      const k = made + i;
      const row = ws.getRow(r);
      if (i % 5 === 0) {
        row.getCell(2).value = SASARAN[(k / 5) % SASARAN.length | 0];
        const end = Math.min(r + 4, 3 + n);
        if (end > r) ws.mergeCells(r, 2, end, 2);
      }
      row.getCell(1).value = i + 1;
      const names = NAMA[k % 5];
      const name = `${names[(k / 5) % names.length | 0]} di ${WILAYAH[k % WILAYAH.length]} blok ${k + 1} seksi ${(k * 13) % 997}`;
      row.getCell(3).value = name;
      const t = 60 + (k % 35);
      const real = t + ((k * 7) % 40) - 15;
      switch (k % 5) {
        case 0: {
          // percent-formatted fractions
          row.getCell(4).value = t / 100;
          row.getCell(4).numFmt = '0%';
          row.getCell(5).value = real / 100;
          row.getCell(5).numFmt = '0%';
          row.getCell(6).value = Math.round((real / t) * 10000) / 10000;
          row.getCell(6).numFmt = '0.00%';
          break;
        }
        case 1: {
          // text percentages, Indonesian decimal comma
          row.getCell(4).value = `${t}%`;
          row.getCell(5).value = `${real},5%`;
          row.getCell(6).value = `${Math.round(((real + 0.5) / t) * 100)}%`;
          break;
        }
        case 2: {
          // counts with a unit
          const d = 2 + (k % 6);
          row.getCell(4).value = `${d} Dokumen`;
          row.getCell(5).value = `${d - (k % 2)} Dokumen`;
          row.getCell(6).value = Math.round(((d - (k % 2)) / d) * 10000) / 10000;
          row.getCell(6).numFmt = '0.00%';
          break;
        }
        case 3: {
          // index values
          row.getCell(4).value = 75 + (k % 10) / 2;
          row.getCell(5).value = 80 + (k % 17) / 2;
          row.getCell(6).value = Math.round(((80 + (k % 17) / 2) / (75 + (k % 10) / 2)) * 10000) / 10000;
          row.getCell(6).numFmt = '0.00%';
          break;
        }
        default: {
          // a zero case now and then
          if (k % 45 === 4) {
            row.getCell(4).value = 1;
            row.getCell(4).numFmt = '0%';
            row.getCell(5).value = 'N/A';
            row.getCell(7).value = 'Tidak ada tahanan hamil pada tahun ini';
          } else {
            row.getCell(4).value = t / 100;
            row.getCell(4).numFmt = '0%';
            row.getCell(5).value = `${real}%`;
            row.getCell(6).value = Math.round((real / t) * 10000) / 10000;
            row.getCell(6).numFmt = '0.00%';
          }
        }
      }
    }
    ws.getColumn(3).width = 60;
    made += n;
  }
  return wb;
}
