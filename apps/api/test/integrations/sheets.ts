/** Generated tracking sheets for the import tests and bench: CSV text and XLSX workbooks. */
import ExcelJS from "exceljs";

export const headers = [
  "Số/ký hiệu văn bản",
  "Ngày",
  "Nội dung",
  "Đơn vị chủ trì",
  "Phối hợp",
  "Thời hạn",
  "Tình trạng",
  "Mã",
  "Ngày hoàn thành",
];

const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const csv = (rows: readonly (readonly string[])[], header: readonly string[] = headers): string =>
  [header, ...rows].map((r) => r.map(quote).join(",")).join("\r\n");

const agencies = ["Sở Tài chính", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Y tế"];

/** `n` readable rows with external ids `R-<i>`, spread over 50 documents. */
export const generated = (n: number): string[][] =>
  Array.from({ length: n }, (_, i) => {
    const doc = i % 50;
    const day = (i % 27) + 1;
    return [
      `${100 + doc}/TB-UBND`,
      `${String((doc % 28) + 1).padStart(2, "0")}/01/2024`,
      `Nhiệm vụ số ${i}: triển khai kế hoạch chuyển đổi số giai đoạn ${i % 7}`,
      agencies[i % agencies.length] ?? "Sở Tài chính",
      i % 3 === 0 ? "Sở Nội vụ; Sở Tư pháp" : "",
      `${String(day).padStart(2, "0")}/0${(i % 9) + 1}/2024`,
      i % 10 === 0 ? "Đã hoàn thành" : "Đang thực hiện",
      `R-${i}`,
      i % 10 === 0 ? `${String((doc % 28) + 1).padStart(2, "0")}/02/2024` : "",
    ];
  });

/** An XLSX workbook with real date cells and the office's own header names. */
export const xlsx = async (
  rows: ReadonlyArray<{ ref: string; content: string; lead: string; due: Date | string; id: string }>,
): Promise<Uint8Array> => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Theo dõi");
  sheet.addRow(["BẢNG THEO DÕI NHIỆM VỤ"]);
  sheet.addRow(["Mã theo dõi", "Văn bản", "Trích yếu nhiệm vụ", "Cơ quan chủ trì", "Hạn hoàn thành"]);
  for (const r of rows) sheet.addRow([r.id, r.ref, r.content, r.lead, r.due]);
  return new Uint8Array(await book.xlsx.writeBuffer());
};
