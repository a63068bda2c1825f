/**
 * Import of case exports and front-desk exports (CSV, XLSX) into a center's ledger, and
 * the synthetic exports that tests, benchmarks and the fuzzer read.
 */
export { importLedger, type LedgerImportOptions, type LedgerImportResult, type ImportProgress } from "./importer.js";
export { writeCaseExport, writeDeskExport, forEachCase, forEachDeskEvent } from "./generator.js";
