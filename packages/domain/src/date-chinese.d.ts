// The `date-chinese` package ships types at `./types`, but its `exports` map has no `types`
// condition, so NodeNext resolution cannot find them. This declares the part dondoc uses.
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
