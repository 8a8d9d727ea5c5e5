import { it } from "vitest";
import * as Parser from "./parser.js";

const show = (label: string, text: string) => {
  const n = Parser.parseText(text);
  console.log(
    `## ${label}: ` +
      n.directives
        .flatMap((d) =>
          d.tasks.map(
            (t) =>
              `[${d.path}] ${t.lead.name}${t.lead.collective ? "*" : ""} (${t.coordinators.map((c) => c.name).join("; ")}) ${t.mode} ${t.deadline.dueOn}`,
          ),
        )
        .join(" | "),
  );
};
it("probe", () => {
  show(
    "p1",
    "Ngày 05/01/2024, kết luận như sau:\n1. Về dự án đường ven biển\nSở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát hồ sơ, hoàn thành trước ngày 15/3/2024.\n2. Về công tác giải phóng mặt bằng\nUBND huyện Hải Lăng khẩn trương bàn giao mặt bằng.",
  );
  show("p1b", "Kết luận như sau:\n\n1. Về dự án đường ven biển\n\nSở Xây dựng chủ trì rà soát hồ sơ.");
  show(
    "p2",
    "Kết luận như sau:\n1. Giao Sở Tài chính, Sở Kế hoạch và Đầu tư,\nSở Xây dựng rà soát, báo cáo UBND tỉnh trước ngày 15/3/2024.",
  );
  show(
    "p2b",
    "Kết luận như sau:\n1. Sở Tài chính, Sở Kế hoạch và Đầu tư,\nSở Xây dựng phối hợp rà soát, báo cáo UBND tỉnh trước ngày 15/3/2024.",
  );
  show(
    "p4a",
    "Kết luận như sau:\n1. Về công tác quy hoạch:\n- Về công tác đất đai: Sở Tài nguyên và Môi trường rà soát quỹ đất.\n- Về công tác xây dựng: Sở Xây dựng kiểm tra giấy phép.",
  );
  show(
    "p4b",
    "Kết luận như sau:\n1. Bộ Tài chính, Bộ Nông nghiệp và Môi trường thống nhất hướng dẫn địa phương trước ngày 30/6/2025.",
  );
  show("p4c", "Kết luận như sau:\n1. Giao Bộ Công an, Quốc phòng tăng cường kiểm tra biên giới.");
  show(
    "p5",
    "Kết luận như sau:\n1. Các sở, ban, ngành và UBND các huyện, thị xã, thành phố khẩn trương rà soát.\n2. Các chủ đầu tư đẩy nhanh tiến độ giải ngân.",
  );
  show(
    "p6a",
    "Kết luận như sau:\n1. Đồng ý để Sở Y tế thực hiện mua sắm thiết bị.\n2. Thống nhất giao Sở Tài chính thẩm định dự toán.\n3. Chấp thuận chủ trương đầu tư dự án, giao Sở Xây dựng hướng dẫn chủ đầu tư.\n4. Yêu cầu Sở Công Thương kiểm tra thị trường.\n5. Đề nghị Công an tỉnh khẩn trương điều tra.\n6. Chỉ đạo Sở Nội vụ rà soát biên chế.",
  );
  show(
    "p7",
    "Kết luận như sau:\n1. Sở Xây dựng đã được giao chủ trì thẩm định theo phân công tại Quyết định số 12/QĐ-UBND; giao Sở Tài chính bố trí vốn.\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
  );
  show(
    "p8",
    "Kết luận như sau:\n1. Giao Sở Tài chính chủ trì tham mưu phương án phân bổ vốn. Thời gian hoàn thành: trước ngày 20/3/2024.\n2. Giao Sở Y tế rà soát.",
  );
  show(
    "p9a",
    "Yêu cầu Bộ Tài chính, Bộ Xây dựng, UBND các tỉnh, thành phố trực thuộc Trung ương khẩn trương rà soát, báo cáo Thủ tướng trước ngày 15/7/2025.",
  );
  show("p9b", "Kết luận như sau:\n1. Giao tỉnh Nghệ An chủ trì rà soát quy hoạch.");
  show("p9c", "**1.** Giao Sở Tài chính rà soát.\n**2.** Giao Sở Y tế kiểm tra.");
});
