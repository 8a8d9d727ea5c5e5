// The `date-chinese` package (a dev-dependency that checks src/lunar-table.ts) ships types at
// `./types`, but its `exports` map has no `types` condition, so NodeNext resolution cannot find
// them. This declares the part dondoc uses; it is not built or published.
declare module "date-chinese" {
  export interface GregorianDate {
    year: number;
    month: number;
    day: number;
  }
  export class CalendarVietnamese {
    constructor(cycle?: number, year?: number, month?: number, leap?: number | boolean, day?: number);
    get(): number[];
    fromJDE(jde: number): this;
    toGregorian(gyear?: number): GregorianDate;
    newYear(gyear: number): number;
  }
}
