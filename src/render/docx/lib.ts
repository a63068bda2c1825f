/**
 * The `docx` package with its types. Its ESM type entry re-exports extensionless paths,
 * which NodeNext resolution cannot follow (every export would be missing); its CommonJS
 * type entry resolves fine. So the runtime comes from the ESM build and the types from
 * the CommonJS declarations of the same version.
 */
import type * as Docx from "docx" with { "resolution-mode": "require" };
import * as runtime from "docx";

const docx = runtime as unknown as typeof Docx;

export const {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  TabStopType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} = docx;

export type Document = Docx.Document;
export type Footer = Docx.Footer;
export type Paragraph = Docx.Paragraph;
export type Table = Docx.Table;
export type TableCell = Docx.TableCell;
export type TextRun = Docx.TextRun;
export type FileChild = Docx.FileChild;
export type IParagraphOptions = Docx.IParagraphOptions;
export type IRunOptions = Docx.IRunOptions;
