/**
 * Options of the parser: the agency directory, the working-day calendar and the policy pack a
 * notice is resolved against, and an issue date for drafts that have none.
 */
import type { AgencyDirectory, IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";

/** What the parser resolves against. All optional. */
export interface Options {
  /** Agency directory for `agencyId`; without one every `agencyId` is `null` (and no warning is given). */
  readonly directory?: AgencyDirectory.AgencyDirectory | null;
  /** Working-day calendar for due dates (default `WorkingCalendar.vietnam()`). */
  readonly calendar?: WorkingCalendar.WorkingCalendar;
  /** Policy pack (default `PolicyPack.national`): how “trước ngày” is read, roll-forward. */
  readonly policy?: PolicyPack.PolicyPack;
  /** Issue date to use when the text has none (a draft), as the anchor of relative deadlines. */
  readonly issuedOn?: IsoDate.IsoDate | null;
  /**
   * Directory id of the issuing body when the caller knows it (the import's issuer): agencies are
   * matched in its province. Without it the issuer is looked up from the header's issuing body or place.
   */
  readonly issuerId?: string | null;
}
