import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as ReportData from "./report-data.js";
import * as ReportPeriod from "./report-period.js";
import * as ReportScope from "./report-scope.js";
import { fixture } from "./test-support/fixture.js";

describe("ReportData.parse", () => {
  it("accepts the fixture and fills the defaults", () => {
    const data = Result.getOrThrow(ReportData.parse(fixture));
    expect(data.version).toBe(1);
    expect(data.tasks.find((t) => t.id === "t13")).toMatchObject({
      currentDueOn: null,
      extended: false,
      resolutionIds: [],
    });
  });

  it("reports every problem with its field path and a Vietnamese message, without throwing", () => {
    const bad = {
      ...fixture,
      tasks: [
        { ...(fixture.tasks ?? [])[0], id: "a", noticeId: "missing" },
        { ...(fixture.tasks ?? [])[1], id: "b", assignedOn: "2024-13-40" },
        { ...(fixture.tasks ?? [])[2], id: "c", lifecycle: "done", completedOn: null },
      ],
    };
    const result = ReportData.parse(bad);
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) {
      const paths = result.failure.issues.map((i) => i.path);
      expect(paths).toContain("tasks[1].assignedOn");
      expect(result.failure._tag).toBe("InvalidReportData");
      expect(result.failure.message).toMatch(/^Dữ liệu báo cáo không hợp lệ/);
    }
  });

  it("checks references once the shapes are right", () => {
    const result = ReportData.parse({
      ...fixture,
      tasks: [{ ...(fixture.tasks ?? [])[0], noticeId: "missing", resolutionIds: ["r99"] }],
    });
    expect(Result.isFailure(result) && result.failure.issues.map((i) => i.path)).toEqual([
      "tasks[0].noticeId",
      "tasks[0].resolutionIds",
    ]);
  });

  it("publishes the export's JSON Schema for producers", () => {
    const schema = ReportData.jsonSchema() as {
      properties: {
        tasks: { items: { required: string[]; properties: Record<string, { format?: string }> } };
      };
    };
    const task = schema.properties.tasks.items;
    expect(task.required).toEqual(
      expect.arrayContaining(["id", "noticeId", "action", "lead", "assignedOn", "lifecycle"]),
    );
    expect(task.required).not.toContain("currentDueOn");
    expect(task.properties.assignedOn?.format).toBe("date");
  });

  it("rejects text that is not JSON with a typed error", () => {
    const result = ReportData.parseJson("{ not json");
    expect(Result.isFailure(result) && result.failure.message).toContain("không phải JSON");
  });
});

describe("ReportPeriod.parse", () => {
  it.each([
    ["2024-01", "month", 1, "2024-01-01", "2024-01-31"],
    ["2024-02", "month", 2, "2024-02-01", "2024-02-29"],
    ["2024-Q2", "quarter", 2, "2024-04-01", "2024-06-30"],
    ["2024-H2", "half", 2, "2024-07-01", "2024-12-31"],
    ["2024", "year", 1, "2024-01-01", "2024-12-31"],
  ])("reads %s as a %s", (input, frequency, index, from, to) => {
    expect(Result.getOrThrow(ReportPeriod.parse(input))).toMatchObject({ frequency, index, from, to });
  });

  it.each([
    ["2024-01", "2023-12-15", "2024-01-14"],
    ["2024-Q1", "2023-12-15", "2024-03-14"],
    ["2024-H1", "2023-12-15", "2024-06-14"],
    ["2024-H2", "2024-06-15", "2024-12-14"],
    ["2024", "2023-12-15", "2024-12-14"],
  ])("cuts %s at the Decree 09 dates", (input, from, to) => {
    expect(Result.getOrThrow(ReportPeriod.parse(input, "decree-09"))).toMatchObject({ from, to });
  });

  it.each(["2024-13", "2024-Q5", "2024-1", "24", "2024-H3", ""])("rejects %j", (input) => {
    const r = ReportPeriod.parse(input);
    expect(Result.isFailure(r) && r.failure.message).toContain("không hợp lệ");
  });

  it.each(["calendar", "decree-09"] as const)(
    "reads a custom range as it is, inclusive, in %s mode",
    (mode) => {
      const p = Result.getOrThrow(ReportPeriod.parse("2024-03-01..2024-04-15", mode));
      expect(p).toMatchObject({ frequency: "custom", from: "2024-03-01", to: "2024-04-15", mode });
      expect(ReportPeriod.code(p)).toBe("2024-03-01..2024-04-15");
      expect(ReportPeriod.label(p)).toBe("từ 01/03/2024 đến 15/04/2024");
      expect(ReportPeriod.label(p, "en")).toBe("from 01/03/2024 to 15/04/2024");
      expect(Result.getOrThrow(ReportPeriod.parse("2024-02-29..2024-02-29"))).toMatchObject({
        from: "2024-02-29",
        to: "2024-02-29",
      });
    },
  );

  it.each([
    "2024-04-15..2024-03-01",
    "2024-02-30..2024-03-01",
    "2023-02-29..2023-03-01",
    "2024-03-01..",
    "2024-3-1..2024-4-1",
  ])("rejects the custom range %j with a Vietnamese message", (input) => {
    const r = ReportPeriod.parse(input);
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidPeriod");
    expect(Result.isFailure(r) && r.failure.message).toContain("không hợp lệ");
  });

  it("steps a custom range back by its own length", () => {
    const p = Result.getOrThrow(ReportPeriod.parse("2024-03-01..2024-03-10"));
    expect(ReportPeriod.code(ReportPeriod.shift(p, 1))).toBe("2024-02-20..2024-02-29");
    expect(ReportPeriod.code(ReportPeriod.shift(p, 2))).toBe("2024-02-10..2024-02-19");
  });

  it("steps back across years and names periods in Vietnamese and English", () => {
    const q1 = ReportPeriod.of("quarter", 2024, 1);
    expect(ReportPeriod.code(ReportPeriod.shift(q1, 1))).toBe("2023-Q4");
    expect(ReportPeriod.code(ReportPeriod.shift(ReportPeriod.of("month", 2024, 1), 13))).toBe("2022-12");
    expect(ReportPeriod.label(q1)).toBe("quý I năm 2024");
    expect(ReportPeriod.label(ReportPeriod.of("half", 2024, 1))).toBe("6 tháng đầu năm 2024");
    expect(ReportPeriod.label(ReportPeriod.of("month", 2024, 5), "en")).toBe("May 2024");
  });
});

describe("ReportScope", () => {
  const data = Result.getOrThrow(ReportData.parse(fixture));

  it("reads the four scopes and rejects others", () => {
    expect(Result.getOrThrow(ReportScope.parse("agency:stc"))).toEqual({ kind: "agency", id: "stc" });
    expect(Result.isFailure(ReportScope.parse("office:x"))).toBe(true);
    expect(Result.isFailure(ReportScope.parse("agency:"))).toBe(true);
  });

  it("refuses a scope naming something the data does not hold", () => {
    const r = ReportScope.check({ kind: "notice", id: "n999" }, data);
    expect(Result.isFailure(r) && r.failure.message).toContain("Không tìm thấy thông báo");
    expect(Result.isSuccess(ReportScope.check({ kind: "resolution", id: "r02" }, data))).toBe(true);
    expect(Result.isSuccess(ReportScope.check({ kind: "issuer", id: "vp" }, data))).toBe(true);
    const unknownIssuer = ReportScope.check({ kind: "issuer", id: "hdnd" }, data);
    expect(Result.isFailure(unknownIssuer) && unknownIssuer.failure.message).toContain("cơ quan ban hành");
  });

  it("labels the scope for the report title", () => {
    expect(ReportScope.label({ kind: "notice", id: "n45" }, data)).toBe(
      "Nhiệm vụ tại Thông báo số 45/TB-UBND",
    );
  });
});
