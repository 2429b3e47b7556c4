import { describe, expect, it } from "vitest";
import { formatValue, listParams } from "@/lib/format";

describe("formatValue", () => {
  it("shows empty values as a dash", () => {
    expect(formatValue(null)).toBe("—");
    expect(formatValue(undefined)).toBe("—");
    expect(formatValue("")).toBe("—");
  });

  it("shows money with two decimals, and other numbers as they are", () => {
    expect(formatValue(45.5, "money")).toBe("45.50");
    expect(formatValue(0, "money")).toBe("0.00");
    expect(formatValue(45.5)).toBe("45.5");
  });

  it("names a record by the start of its id when no field names it", () => {
    expect(formatValue("7d57fe60-584d-4c96-abf0-7f2b36aed34a", "id")).toBe("7d57fe60");
  });

  it("shows dates, booleans and JSON as text", () => {
    expect(formatValue(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02 03:04");
    expect(formatValue(true)).toBe("Yes");
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe("listParams", () => {
  it("falls back to the first page sorted by creation, newest first", () => {
    expect(listParams({ page: "x", sort: "nope" }, ["name"])).toEqual({ page: 1, pageSize: 20, sort: "createdAt", order: "desc" });
    expect(listParams({ page: ["3"], sort: "name", order: "asc" }, ["name"])).toEqual({ page: 3, pageSize: 20, sort: "name", order: "asc" });
  });
});
