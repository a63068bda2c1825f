import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001_foundation.js";
import * as m0002 from "./0002_collaboration.js";
import * as m0003 from "./0003_ledger.js";
import * as m0004 from "./0004_case_prefixes.js";
import * as m0005 from "./0005_import_runs.js";
import * as m0006 from "./0006_login_guard.js";
import * as m0007 from "./0007_api_tokens.js";
import * as m0008 from "./0008_distribution.js";
import * as m0009 from "./0009_center_tree.js";
import * as m0010 from "./0010_center_calendars.js";
import * as m0012 from "./0012_review_comments.js";
import * as m0014 from "./0014_ledger_partitions.js";
import * as m0015 from "./0015_ledger_monthly.js";
import * as m0016 from "./0016_ledger_daily_by_day.js";
import * as m0017 from "./0017_original_pages.js";

/**
 * Every migration, in order. Versioned by name; a migration once released is never
 * edited — a change is a new file here.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_collaboration": m0002,
  "0003_ledger": m0003,
  "0004_case_prefixes": m0004,
  "0005_import_runs": m0005,
  "0006_login_guard": m0006,
  "0007_api_tokens": m0007,
  "0008_distribution": m0008,
  "0009_center_tree": m0009,
  "0010_center_calendars": m0010,
  "0012_review_comments": m0012,
  "0014_ledger_partitions": m0014,
  "0015_ledger_monthly": m0015,
  "0016_ledger_daily_by_day": m0016,
  "0017_original_pages": m0017,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
