/**
 * SeedDirectory — a small agency directory for the two seed notices: the province of Bà Rịa -
 * Vũng Tàu (its departments, offices, boards and local committees) and the city of Vũng Tàu (its
 * divisions, offices, police, project board and the committees of its 16 wards and 1 commune),
 * with the collective groups the notices use. It carries the 2025 reorganisation: departments
 * merged on 01/03/2025 under Decree 45/2025/NĐ-CP (Sở TT&TT → Sở KH&CN, Sở KH&ĐT → Sở Tài chính,
 * Sở GTVT → Sở Xây dựng, Sở TN&MT and Sở NN&PTNT → Sở NN&MT, Sở LĐ-TB&XH → Sở Nội vụ), district
 * police ended on 28/02/2025, and the district level (UBND huyện/thành phố thuộc tỉnh and their
 * phòng) ended on 30/06/2025 (Resolution 202/2025/QH15: two-level local government from 01/07/2025).
 * On 01/07/2025 the province itself merged into Thành phố Hồ Chí Minh (Resolution 202/2025/QH15):
 * its committee, council, party committee, office, departments, inspectorate, industrial-zone
 * board and police hand over to their Hồ Chí Minh City counterparts, which carry full names only
 * so that short names such as “Sở Tài chính” keep pointing at the seed province's own body.
 * Mass organisations and the new wards of Vũng Tàu are not modelled after that date.
 */
import * as Agency from "./agency.js";
import * as AgencyDirectory from "./agency-directory.js";

type A = Agency.Agency;
type G = Agency.AgencyGroup;

/** Group ids. */
export const Groups = {
  provinceDepartments: "brvt.so-ban-nganh",
  provinceSpecialised: "brvt.co-quan-chuyen-mon",
  provinceLocalities: "brvt.dia-phuong",
  provinceDepartmentsAndLocalities: "brvt.so-ban-nganh-dia-phuong",
  provinceMassOrganisations: "brvt.doan-the",
  provinceDepartmentsAndMassOrganisations: "brvt.so-ban-nganh-doan-the",
  provinceDigitalSteering: "brvt.bcd-cds.thanh-vien",
  cityDivisions: "vt.phong-ban",
  cityWards: "vt.phuong-xa",
  relatedBodies: "lien-quan",
  projectOwners: "brvt.chu-dau-tu",
} as const;

const DEPARTMENTS_END = "2025-02-28";
const DEPARTMENTS_START = "2025-03-01";
const DISTRICTS_END = "2025-06-30";

const dept = Groups.provinceDepartments;
const spec = Groups.provinceSpecialised;

const so = (id: string, name: string, fields: Partial<Omit<A, "id" | "name" | "kind">> = {}): A =>
  Agency.make({
    id: `brvt.${id}`,
    name,
    kind: "department",
    parentId: "brvt.ubnd",
    groups: [dept, spec],
    ...fields,
    // Letters to other provinces name the province: “Sở Tài chính tỉnh Bà Rịa - Vũng Tàu”.
    aliases: [...(fields.aliases ?? []), `${name} tỉnh Bà Rịa - Vũng Tàu`],
  });

const province: A[] = [
  Agency.make({
    id: "brvt.ubnd",
    name: "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
    shortNames: ["UBND tỉnh"],
    aliases: ["Ủy ban nhân dân tỉnh", "UBND tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh BR-VT"],
    kind: "people-committee",
  }),
  Agency.make({
    id: "brvt.hdnd",
    name: "Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
    shortNames: ["HĐND tỉnh"],
    aliases: ["Hội đồng nhân dân tỉnh"],
    kind: "council",
  }),
  Agency.make({
    id: "brvt.tinh-uy",
    name: "Tỉnh ủy Bà Rịa - Vũng Tàu",
    shortNames: ["Tỉnh ủy"],
    aliases: ["Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy"],
    kind: "party",
  }),
  Agency.make({
    id: "brvt.bcs-dang-ubnd",
    name: "Ban Cán sự Đảng Ủy ban nhân dân tỉnh",
    shortNames: ["Ban Cán sự Đảng UBND tỉnh"],
    kind: "party",
    parentId: "brvt.tinh-uy",
  }),
  Agency.make({
    id: "brvt.bcd-cds",
    name: "Ban Chỉ đạo chuyển đổi số tỉnh Bà Rịa - Vũng Tàu",
    shortNames: ["Ban Chỉ đạo chuyển đổi số tỉnh", "BCĐ Chuyển đổi số tỉnh"],
    kind: "board",
    parentId: "brvt.ubnd",
  }),
  Agency.make({
    id: "brvt.vp-ubnd",
    name: "Văn phòng Ủy ban nhân dân tỉnh",
    shortNames: ["Văn phòng UBND tỉnh", "VP UBND tỉnh"],
    aliases: ["Văn phòng UBND tỉnh Bà Rịa - Vũng Tàu", "CVP UBND tỉnh", "Chánh Văn phòng UBND tỉnh"],
    kind: "office",
    parentId: "brvt.ubnd",
    groups: [dept, spec],
  }),
  so("so-tttt", "Sở Thông tin và Truyền thông", {
    shortNames: ["Sở TT&TT", "Sở TTTT"],
    aliases: ["Sở Thông tin - Truyền thông"],
    validTo: DEPARTMENTS_END,
    successorId: "brvt.so-khcn",
  }),
  so("so-khcn", "Sở Khoa học và Công nghệ", { shortNames: ["Sở KH&CN"] }),
  so("so-khdt", "Sở Kế hoạch và Đầu tư", {
    shortNames: ["Sở KH&ĐT", "Sở KHĐT"],
    validTo: DEPARTMENTS_END,
    successorId: "brvt.so-tc",
  }),
  so("so-tc", "Sở Tài chính", {}),
  so("so-gtvt", "Sở Giao thông vận tải", {
    shortNames: ["Sở GTVT"],
    aliases: ["Sở Giao thông - Vận tải"],
    validTo: DEPARTMENTS_END,
    successorId: "brvt.so-xd",
  }),
  so("so-xd", "Sở Xây dựng", {}),
  so("so-tnmt", "Sở Tài nguyên và Môi trường", {
    shortNames: ["Sở TN&MT", "Sở TNMT"],
    validTo: DEPARTMENTS_END,
    successorId: "brvt.so-nnmt",
  }),
  so("so-nnptnt", "Sở Nông nghiệp và Phát triển nông thôn", {
    shortNames: ["Sở NN&PTNT", "Sở NNPTNT"],
    validTo: DEPARTMENTS_END,
    successorId: "brvt.so-nnmt",
  }),
  so("so-nnmt", "Sở Nông nghiệp và Môi trường", { shortNames: ["Sở NN&MT"], validFrom: DEPARTMENTS_START }),
  so("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", {
    shortNames: ["Sở LĐ-TB&XH", "Sở LĐTBXH"],
    validTo: DEPARTMENTS_END,
    successorId: "brvt.so-nv",
  }),
  so("so-nv", "Sở Nội vụ", {}),
  so("so-tp", "Sở Tư pháp", {}),
  so("so-ct", "Sở Công Thương", {}),
  so("so-gddt", "Sở Giáo dục và Đào tạo", { shortNames: ["Sở GD&ĐT", "Sở GDĐT"] }),
  so("so-yt", "Sở Y tế", {}),
  so("so-vhtt", "Sở Văn hóa và Thể thao", { shortNames: ["Sở VH&TT"] }),
  so("so-dl", "Sở Du lịch", {}),
  so("thanh-tra", "Thanh tra tỉnh", { aliases: ["Thanh tra tỉnh Bà Rịa - Vũng Tàu"] }),
  Agency.make({
    id: "brvt.bql-kcn",
    name: "Ban Quản lý các Khu công nghiệp tỉnh Bà Rịa - Vũng Tàu",
    shortNames: ["Ban Quản lý các Khu công nghiệp", "Ban Quản lý các KCN", "BQL các KCN"],
    aliases: ["Ban Quản lý các Khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp Bà Rịa - Vũng Tàu"],
    kind: "board",
    parentId: "brvt.ubnd",
    groups: [dept],
  }),
  Agency.make({
    id: "brvt.cong-an",
    name: "Công an tỉnh Bà Rịa - Vũng Tàu",
    shortNames: ["Công an tỉnh"],
    kind: "police",
    groups: [dept],
  }),
];

const PROVINCE_END = "2025-06-30";

/** Hồ Chí Minh City bodies that took over the province's on 01/07/2025: Bà Rịa - Vũng Tàu id → [id, name, kind]. */
const hcmSuccessors: ReadonlyArray<readonly [string, string, string, Agency.AgencyKind]> = [
  ["brvt.ubnd", "hcm.ubnd", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "people-committee"],
  ["brvt.hdnd", "hcm.hdnd", "Hội đồng nhân dân Thành phố Hồ Chí Minh", "council"],
  ["brvt.tinh-uy", "hcm.thanh-uy", "Thành ủy Thành phố Hồ Chí Minh", "party"],
  ["brvt.vp-ubnd", "hcm.vp-ubnd", "Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh", "office"],
  ["brvt.so-khcn", "hcm.so-khcn", "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-tc", "hcm.so-tc", "Sở Tài chính Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-xd", "hcm.so-xd", "Sở Xây dựng Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-nnmt", "hcm.so-nnmt", "Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-nv", "hcm.so-nv", "Sở Nội vụ Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-tp", "hcm.so-tp", "Sở Tư pháp Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-ct", "hcm.so-ct", "Sở Công Thương Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-gddt", "hcm.so-gddt", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-yt", "hcm.so-yt", "Sở Y tế Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-vhtt", "hcm.so-vhtt", "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh", "department"],
  ["brvt.so-dl", "hcm.so-dl", "Sở Du lịch Thành phố Hồ Chí Minh", "department"],
  ["brvt.thanh-tra", "hcm.thanh-tra", "Thanh tra Thành phố Hồ Chí Minh", "department"],
  [
    "brvt.bql-kcn",
    "hcm.bql-kcx-kcn",
    "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh",
    "board",
  ],
  ["brvt.cong-an", "hcm.cong-an", "Công an Thành phố Hồ Chí Minh", "police"],
];

const hcm: A[] = hcmSuccessors.map(([, id, name, kind]) =>
  Agency.make({
    id,
    name,
    kind,
    parentId:
      id === "hcm.ubnd" || kind === "party" || kind === "council" || kind === "police" ? null : "hcm.ubnd",
  }),
);

/** The province's bodies still open on 30/06/2025 end that day and hand over to Hồ Chí Minh City. */
const mergedIntoHcm = (agencies: ReadonlyArray<A>): A[] => {
  const successor = new Map(hcmSuccessors.map(([from, to]) => [from, to]));
  return agencies.map((a) => {
    const to = successor.get(a.id);
    return to === undefined || a.validTo !== null ? a : { ...a, validTo: PROVINCE_END, successorId: to };
  });
};

const massOrganisation = (id: string, name: string, shortNames: string[]): A =>
  Agency.make({
    id: `brvt.${id}`,
    name,
    shortNames,
    kind: "mass-organisation",
    groups: [Groups.provinceMassOrganisations],
  });

const massOrganisations: A[] = [
  massOrganisation("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bà Rịa - Vũng Tàu", [
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh",
    "UBMTTQ tỉnh",
  ]),
  massOrganisation("tinh-doan", "Tỉnh đoàn Bà Rịa - Vũng Tàu", ["Tỉnh đoàn"]),
  massOrganisation("hoi-lhpn", "Hội Liên hiệp Phụ nữ tỉnh Bà Rịa - Vũng Tàu", ["Hội Liên hiệp Phụ nữ tỉnh"]),
  massOrganisation("hoi-nong-dan", "Hội Nông dân tỉnh Bà Rịa - Vũng Tàu", ["Hội Nông dân tỉnh"]),
  massOrganisation("hoi-ccb", "Hội Cựu chiến binh tỉnh Bà Rịa - Vũng Tàu", ["Hội Cựu chiến binh tỉnh"]),
  massOrganisation("ldld", "Liên đoàn Lao động tỉnh Bà Rịa - Vũng Tàu", ["Liên đoàn Lao động tỉnh"]),
];

const locality = (id: string, name: string, shortNames: string[], aliases: string[] = []): A =>
  Agency.make({
    id,
    name,
    shortNames,
    aliases,
    kind: "people-committee",
    parentId: "brvt.ubnd",
    groups: [Groups.provinceLocalities],
    validTo: DISTRICTS_END,
  });

const localities: A[] = [
  locality(
    "vt.ubnd",
    "Ủy ban nhân dân thành phố Vũng Tàu",
    ["UBND thành phố Vũng Tàu", "UBND TP Vũng Tàu", "UBND TPVT"],
    ["Ủy ban nhân dân Thành phố", "UBND Thành phố", "Thường trực UBND Thành phố"],
  ),
  locality(
    "baria.ubnd",
    "Ủy ban nhân dân thành phố Bà Rịa",
    ["UBND thành phố Bà Rịa", "UBND TP Bà Rịa"],
    ["Ủy ban nhân dân Thành phố", "UBND Thành phố"],
  ),
  locality("phumy.ubnd", "Ủy ban nhân dân thị xã Phú Mỹ", ["UBND thị xã Phú Mỹ", "UBND TX Phú Mỹ"]),
  locality("chauduc.ubnd", "Ủy ban nhân dân huyện Châu Đức", ["UBND huyện Châu Đức"]),
  locality("xuyenmoc.ubnd", "Ủy ban nhân dân huyện Xuyên Mộc", ["UBND huyện Xuyên Mộc"]),
  locality("longdat.ubnd", "Ủy ban nhân dân huyện Long Đất", ["UBND huyện Long Đất"]),
  locality("condao.ubnd", "Ủy ban nhân dân huyện Côn Đảo", ["UBND huyện Côn Đảo"]),
];

const cityUnit = (
  id: string,
  name: string,
  kind: Agency.AgencyKind,
  fields: Partial<Omit<A, "id" | "name" | "kind">> = {},
): A =>
  Agency.make({
    id: `vt.${id}`,
    name,
    kind,
    parentId: "vt.ubnd",
    groups: [Groups.cityDivisions],
    validTo: DISTRICTS_END,
    ...fields,
  });

const city: A[] = [
  Agency.make({
    id: "vt.hdnd",
    name: "Hội đồng nhân dân thành phố Vũng Tàu",
    shortNames: ["HĐND thành phố Vũng Tàu"],
    kind: "council",
    validTo: DISTRICTS_END,
  }),
  Agency.make({
    id: "vt.thanh-uy",
    name: "Thành ủy Vũng Tàu",
    shortNames: ["Thành ủy"],
    kind: "party",
    parentId: "brvt.tinh-uy",
    validTo: DISTRICTS_END,
  }),
  Agency.make({
    id: "vt.vp-thanh-uy",
    name: "Văn phòng Thành ủy Vũng Tàu",
    shortNames: ["Văn phòng Thành ủy"],
    kind: "office",
    parentId: "vt.thanh-uy",
    validTo: DISTRICTS_END,
  }),
  cityUnit("vp-hdnd-ubnd", "Văn phòng HĐND và UBND thành phố Vũng Tàu", "office", {
    shortNames: ["Văn phòng HĐND và UBND Thành phố", "VP HĐND và UBND Thành phố"],
    aliases: ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Vũng Tàu"],
  }),
  cityUnit("phong-vhtt", "Phòng Văn hóa và Thông tin thành phố Vũng Tàu", "division", {
    shortNames: ["Phòng Văn hóa và Thông tin", "Phòng VH&TT", "Phòng VHTT"],
  }),
  cityUnit("phong-ldtbxh", "Phòng Lao động - Thương binh và Xã hội thành phố Vũng Tàu", "division", {
    shortNames: ["Phòng Lao động - Thương binh và Xã hội", "Phòng LĐ-TB&XH"],
  }),
  cityUnit("phong-kt", "Phòng Kinh tế thành phố Vũng Tàu", "division", { shortNames: ["Phòng Kinh tế"] }),
  cityUnit("phong-nv", "Phòng Nội vụ thành phố Vũng Tàu", "division", { shortNames: ["Phòng Nội vụ"] }),
  cityUnit("phong-yt", "Phòng Y tế thành phố Vũng Tàu", "division", { shortNames: ["Phòng Y tế"] }),
  cityUnit("phong-gddt", "Phòng Giáo dục và Đào tạo thành phố Vũng Tàu", "division", {
    shortNames: ["Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT"],
    aliases: ["Giáo dục và Đào tạo"],
  }),
  cityUnit("phong-tckh", "Phòng Tài chính - Kế hoạch thành phố Vũng Tàu", "division", {
    shortNames: ["Phòng Tài chính - Kế hoạch", "Phòng TC-KH"],
  }),
  cityUnit("phong-qldt", "Phòng Quản lý đô thị thành phố Vũng Tàu", "division", {
    shortNames: ["Phòng Quản lý đô thị", "Phòng QLĐT"],
  }),
  cityUnit("phong-tnmt", "Phòng Tài nguyên và Môi trường thành phố Vũng Tàu", "division", {
    shortNames: ["Phòng Tài nguyên và Môi trường", "Phòng TN&MT"],
  }),
  cityUnit("phong-tp", "Phòng Tư pháp thành phố Vũng Tàu", "division", { shortNames: ["Phòng Tư pháp"] }),
  cityUnit("thanh-tra", "Thanh tra thành phố Vũng Tàu", "division", { shortNames: ["Thanh tra Thành phố"] }),
  cityUnit("bqlda-dtxd-2", "Ban Quản lý dự án đầu tư xây dựng 2 thành phố Vũng Tàu", "board", {
    shortNames: ["Ban Quản lý dự án đầu tư xây dựng 2", "Ban QLDA ĐTXD 2"],
    aliases: ["Ban quản lý dự án đầu tư xây dựng số 2"],
  }),
  cityUnit(
    "bcd-cds",
    "Ban Chỉ đạo Ứng dụng công nghệ thông tin – Chuyển đổi số thành phố Vũng Tàu",
    "board",
    {
      shortNames: ["Ban chỉ đạo Ứng dụng công nghệ thông tin – Chuyển đổi số Thành phố", "BCĐ CDS-ÚDCNTT"],
      groups: [],
    },
  ),
  Agency.make({
    id: "vt.cong-an",
    name: "Công an thành phố Vũng Tàu",
    shortNames: ["Công an Thành phố"],
    kind: "police",
    parentId: "brvt.cong-an",
    // Công an cấp huyện was dissolved on 01/03/2025; its work went to the provincial police.
    validTo: DEPARTMENTS_END,
    successorId: "brvt.cong-an",
  }),
  Agency.make({
    id: "viettel.brvt",
    name: "Viettel Bà Rịa - Vũng Tàu",
    shortNames: ["Viettel Bà Rịa – Vũng Tàu"],
    kind: "enterprise",
  }),
];

const wardNames = [
  "Phường 1",
  "Phường 2",
  "Phường 3",
  "Phường 4",
  "Phường 5",
  "Phường 7",
  "Phường 8",
  "Phường 9",
  "Phường 10",
  "Phường 11",
  "Phường 12",
  "Phường Thắng Nhất",
  "Phường Thắng Nhì",
  "Phường Thắng Tam",
  "Phường Nguyễn An Ninh",
  "Phường Rạch Dừa",
];
const slug = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");

const wards: A[] = [...wardNames, "Xã Long Sơn"].map((unit) => {
  const lower = `${unit.charAt(0).toLowerCase()}${unit.slice(1)}`;
  return Agency.make({
    id: `vt.ubnd-${slug(unit)}`,
    name: `Ủy ban nhân dân ${lower}, thành phố Vũng Tàu`,
    shortNames: [`UBND ${lower}`],
    aliases: [`Ủy ban nhân dân ${lower}`, unit],
    kind: "people-committee",
    parentId: "vt.ubnd",
    groups: [Groups.cityWards],
    validTo: DISTRICTS_END,
  });
});

/**
 * Bodies named in the labelled corpus (`shared/corpus/`) whose names are unique across provinces;
 * the departments of those provinces are left out on purpose, so that “Sở Công Thương” stays
 * unambiguous for the seed province. Provincial committees carry their full names only.
 */
const NEW_COMMUNES_START = "2025-07-01";
const corpus: A[] = [
  Agency.make({
    id: "quangtri.ubnd",
    name: "Ủy ban nhân dân tỉnh Quảng Trị",
    aliases: ["UBND tỉnh Quảng Trị"],
    kind: "people-committee",
  }),
  ...(
    [
      ["trieuphong", "Triệu Phong"],
      ["giolinh", "Gio Linh"],
      ["vinhlinh", "Vĩnh Linh"],
      ["dakrong", "Đakrông"],
      ["hailang", "Hải Lăng"],
    ] as const
  ).map(([id, name]) =>
    Agency.make({
      id: `quangtri.${id}.ubnd`,
      name: `Ủy ban nhân dân huyện ${name}`,
      shortNames: [`UBND huyện ${name}`],
      kind: "people-committee",
      parentId: "quangtri.ubnd",
      validTo: DISTRICTS_END,
    }),
  ),
  Agency.make({
    id: "tuyenquang.ubnd",
    name: "Ủy ban nhân dân tỉnh Tuyên Quang",
    aliases: ["UBND tỉnh Tuyên Quang"],
    kind: "people-committee",
  }),
  Agency.make({
    id: "tuyenquang.sonduong.ubnd",
    name: "Ủy ban nhân dân huyện Sơn Dương",
    shortNames: ["UBND huyện Sơn Dương"],
    kind: "people-committee",
    parentId: "tuyenquang.ubnd",
    validTo: DISTRICTS_END,
  }),
  Agency.make({
    id: "haugiang.ubnd",
    name: "Ủy ban nhân dân tỉnh Hậu Giang",
    aliases: ["UBND tỉnh Hậu Giang"],
    kind: "people-committee",
    validTo: DISTRICTS_END,
  }),
  Agency.make({
    id: "haugiang.dai-ptth",
    name: "Đài Phát thanh - Truyền hình Hậu Giang",
    shortNames: ["Đài PT-TH Hậu Giang"],
    kind: "public-service-unit",
    parentId: "haugiang.ubnd",
    validTo: DISTRICTS_END,
  }),
  Agency.make({
    id: "laocai.ubnd",
    name: "Ủy ban nhân dân tỉnh Lào Cai",
    aliases: ["UBND tỉnh Lào Cai"],
    kind: "people-committee",
  }),
  ...(
    [
      ["phuong-van-phu", "phường Văn Phú"],
      ["phuong-yen-bai", "phường Yên Bái"],
      ["phuong-au-lau", "phường Âu Lâu"],
      ["xa-yen-binh", "xã Yên Bình"],
    ] as const
  ).map(([id, unit]) =>
    Agency.make({
      id: `laocai.${id}.ubnd`,
      name: `Ủy ban nhân dân ${unit}`,
      shortNames: [`UBND ${unit}`],
      kind: "people-committee",
      parentId: "laocai.ubnd",
      // Communes of the two-level local government (Resolution 202/2025/QH15).
      validFrom: NEW_COMMUNES_START,
    }),
  ),
  Agency.make({
    id: "laocai.bqlda-dtxd-1",
    name: "Ban Quản lý dự án đầu tư xây dựng số 1 tỉnh Lào Cai",
    shortNames: ["Ban Quản lý dự án đầu tư xây dựng số 1"],
    kind: "board",
    parentId: "laocai.ubnd",
  }),
  Agency.make({
    id: "laocai.bqlda-giao-thong",
    name: "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Lào Cai",
    shortNames: ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"],
    kind: "board",
    parentId: "laocai.ubnd",
  }),
  Agency.make({
    id: "evn.laocai",
    name: "Công ty Điện lực Lào Cai",
    shortNames: ["PC Lào Cai"],
    kind: "enterprise",
  }),
];

/** Every agency of the seed directory. */
export const agencies: ReadonlyArray<A> = [
  ...mergedIntoHcm(province),
  ...massOrganisations,
  ...localities,
  ...city,
  ...wards,
  ...corpus,
  ...hcm,
];

/** The collective groups of the seed directory. */
export const groups: ReadonlyArray<G> = [
  {
    id: Groups.provinceDepartments,
    name: "Các sở, ban, ngành tỉnh",
    phrases: ["Các sở, ban, ngành", "Các sở, ngành", "Các sở, ban, ngành tỉnh", "Các sở, ngành tỉnh"],
    ownerId: "brvt.ubnd",
    includes: [],
  },
  {
    id: Groups.provinceSpecialised,
    name: "Các cơ quan chuyên môn thuộc UBND tỉnh",
    phrases: ["Các CQ chuyên môn thuộc UBND tỉnh", "Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"],
    ownerId: "brvt.ubnd",
    includes: [],
  },
  {
    id: Groups.provinceLocalities,
    name: "UBND các huyện, thị xã, thành phố",
    phrases: [
      "Các địa phương",
      "UBND huyện, thị xã, thành phố",
      "Ủy ban nhân dân các huyện, thị xã, thành phố",
      "UBND các huyện, thành phố, thị xã",
    ],
    ownerId: "brvt.ubnd",
    includes: [],
  },
  {
    id: Groups.provinceDepartmentsAndLocalities,
    name: "Các sở, ban, ngành, địa phương",
    phrases: [
      "Các sở, ngành, địa phương",
      "Các sở, ban, ngành và địa phương",
      "Các sở, ban, ngành và các địa phương",
      "Các sở, ngành và địa phương",
    ],
    ownerId: "brvt.ubnd",
    includes: [Groups.provinceDepartments, Groups.provinceLocalities],
  },
  {
    id: Groups.provinceMassOrganisations,
    name: "Các đoàn thể tỉnh",
    phrases: ["Các tổ chức chính trị - xã hội tỉnh", "Các hội, đoàn thể tỉnh"],
    ownerId: "brvt.ubnd",
    includes: [],
  },
  {
    id: Groups.provinceDepartmentsAndMassOrganisations,
    name: "Các sở, ban, ngành, đoàn thể tỉnh",
    phrases: ["Các sở, ban, ngành, đoàn thể", "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh"],
    ownerId: "brvt.ubnd",
    includes: [Groups.provinceDepartments, Groups.provinceMassOrganisations],
  },
  {
    // QĐ 3324/QĐ-UBND ngày 27/10/2022 names the members; the directory approximates it by the
    // departments and the local committees, whose heads sit on the board.
    id: Groups.provinceDigitalSteering,
    name: "Thành viên Ban Chỉ đạo chuyển đổi số tỉnh",
    phrases: ["Thành viên BCĐ Chuyển đổi số tỉnh", "Các thành viên Ban Chỉ đạo chuyển đổi số tỉnh"],
    ownerId: "brvt.ubnd",
    includes: [Groups.provinceDepartments, Groups.provinceLocalities],
  },
  {
    id: Groups.cityDivisions,
    name: "Các phòng, ban chuyên môn thành phố Vũng Tàu",
    phrases: [
      "Các phòng, ban chuyên môn",
      "Các phòng, ban chuyên môn thuộc UBND Thành phố",
      "Các phòng, ban",
      "Các cơ quan chuyên môn thuộc UBND thành phố Vũng Tàu",
    ],
    ownerId: "vt.ubnd",
    includes: [],
  },
  {
    id: Groups.cityWards,
    name: "UBND các phường, xã thành phố Vũng Tàu",
    phrases: [
      "UBND các phường, xã",
      "UBND các phường xã",
      "UBND các xã, phường",
      "Ủy ban nhân dân các phường, xã",
      "Các phường, xã",
    ],
    ownerId: "vt.ubnd",
    includes: [],
  },
  {
    // “Các cơ quan, đơn vị liên quan”: a collective whose members each notice leaves to the lead
    // agency. Known as a collective (so no unknown-agency warning), it has no fixed members, so
    // fan-out leaves such a task whole.
    id: Groups.relatedBodies,
    name: "Các cơ quan, đơn vị liên quan",
    phrases: [
      "Các cơ quan, đơn vị",
      "Các đơn vị",
      "Các cơ quan",
      "Các đơn vị, địa phương",
      "Các cơ quan, đơn vị, địa phương",
      "Các cơ quan, đơn vị có liên quan",
    ],
    ownerId: null,
    includes: [],
  },
  {
    // The project owners of the smart-city scheme (Đề án đô thị thông minh); named case by case.
    id: Groups.projectOwners,
    name: "Các đơn vị chủ đầu tư dự án thành phần",
    phrases: ["Các chủ đầu tư dự án thành phần", "Các đơn vị chủ đầu tư"],
    ownerId: "brvt.ubnd",
    includes: [],
  },
];

let built: AgencyDirectory.AgencyDirectory | undefined;

/** The seed directory, indexed once and shared. */
export const directory = (): AgencyDirectory.AgencyDirectory => {
  if (built === undefined) built = AgencyDirectory.make(agencies, groups);
  return built;
};
