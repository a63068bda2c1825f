/**
 * What one uploaded past issue became: the server's answer to POST /api/imports and
 * what the web app's 导入 page shows per file. Defined here so both read one type.
 */
export type PastIssueImport = {
  file: string;
  issue: { ref: string; year: number; seq: number; total: number; period: { start: string; end: string } };
  stored: boolean;
  replaced: boolean;
  sections: number;
  unparsed: { line: number; text: string }[];
  problems: { code: string; line: number | null; message: string }[];
};
