/**
 * The part of the `docx` package (v9) that the renderer uses, with types.
 *
 * Why a wrapper: docx's ESM type entry re-exports extensionless paths ("./file"), which
 * TypeScript's NodeNext resolution cannot follow, so every export would look missing.
 * The runtime is the package's own ESM build; the types below describe the options we
 * pass (names as in docx's own declarations).
 */
import * as runtime from "docx";

type Str<K extends string> = { readonly [k in K]: string };
/** docx XML components are opaque to us: we only build and nest them. */
type Xml<Tag extends string> = { readonly __docx?: Tag };
export type Paragraph = Xml<"Paragraph">;
export type TextRun = Xml<"TextRun">;
export type Table = Xml<"Table">;
export type TableRow = Xml<"TableRow">;
export type TableCell = Xml<"TableCell">;
export type Footer = Xml<"Footer">;
export type Document = Xml<"Document">;
export type FileChild = Paragraph | Table;

export type BorderOptions = { style: string; size?: number; color?: string; space?: number };
export type FontAttributes = { ascii?: string; hAnsi?: string; eastAsia?: string; cs?: string; hint?: string };
export type IRunOptions = {
  text?: string;
  children?: string[];
  font?: string | FontAttributes;
  size?: number;
  sizeComplexScript?: number;
  color?: string;
  bold?: boolean;
  boldComplexScript?: boolean;
  language?: { value?: string; eastAsia?: string };
  snapToGrid?: boolean;
  /** w:spacing of a run: extra space after each character, in twips (negative condenses). */
  characterSpacing?: number;
};
export type SpacingOptions = { line?: number; lineRule?: string; before?: number; after?: number };
export type IParagraphOptions = {
  /** w:pStyle: a paragraph style of styles.xml. */
  style?: string;
  alignment?: string;
  spacing?: SpacingOptions;
  indent?: { left?: number; right?: number; hanging?: number; firstLine?: number; firstLineChars?: number };
  keepNext?: boolean;
  keepLines?: boolean;
  widowControl?: boolean;
  outlineLevel?: number;
  pageBreakBefore?: boolean;
  tabStops?: { type: string; position: number }[];
  border?: { top?: BorderOptions; bottom?: BorderOptions };
  children?: TextRun[];
};
type Width = { size: number; type: string };
type CellMargins = { left?: number; right?: number; top?: number; bottom?: number };
export type TableCellOptions = { width?: Width; verticalAlign?: string; margins?: CellMargins; children: FileChild[] };
export type TableRowOptions = {
  children: TableCell[];
  tableHeader?: boolean;
  cantSplit?: boolean;
  height?: { value: number; rule: string };
};
type TableBorders = Partial<Record<"top" | "bottom" | "left" | "right" | "insideHorizontal" | "insideVertical", BorderOptions>>;
export type TableOptions = {
  rows: TableRow[];
  width?: Width;
  columnWidths?: number[];
  layout?: string;
  alignment?: string;
  /** tblCellMar: the default cell margins of the table. */
  margins?: CellMargins;
  borders?: TableBorders;
  float?: {
    horizontalAnchor?: string;
    relativeHorizontalPosition?: string;
    /** Twips from the anchor (tblpX). */
    absoluteHorizontalPosition?: number;
    verticalAnchor?: string;
    relativeVerticalPosition?: string;
    /** Twips from the anchor (tblpY). */
    absoluteVerticalPosition?: number;
    overlap?: string;
  };
};
export type SectionOptions = {
  properties?: {
    page?: {
      size?: { width: number; height: number };
      margin?: { top: number; right: number; bottom: number; left: number; header?: number; footer?: number; gutter?: number };
    };
    grid?: { type?: string; linePitch: number; charSpace?: number };
  };
  footers?: { default?: Footer; even?: Footer; first?: Footer };
  children: FileChild[];
};
export type DocumentOptions = {
  title?: string;
  creator?: string;
  evenAndOddHeaderAndFooters?: boolean;
  styles?: { default?: { document?: { run?: IRunOptions; paragraph?: Omit<IParagraphOptions, "children"> } } };
  sections: SectionOptions[];
};

type Api = {
  AlignmentType: Str<"LEFT" | "CENTER" | "RIGHT" | "JUSTIFIED">;
  BorderStyle: Str<"SINGLE" | "NONE">;
  DocumentGridType: Str<"LINES">;
  HeightRule: Str<"ATLEAST" | "EXACT">;
  LineRuleType: Str<"EXACT" | "AT_LEAST" | "AUTO">;
  PageNumber: Str<"CURRENT">;
    TabStopType: Str<"RIGHT" | "LEFT">;
  TableAnchorType: Str<"MARGIN" | "PAGE">;
  TableLayoutType: Str<"FIXED">;
  VerticalAlignTable: Str<"CENTER" | "TOP">;
  WidthType: Str<"DXA">;
  Paragraph: new (o: IParagraphOptions) => Paragraph;
  TextRun: new (o: IRunOptions) => TextRun;
  Table: new (o: TableOptions) => Table;
  TableRow: new (o: TableRowOptions) => TableRow;
  TableCell: new (o: TableCellOptions) => TableCell;
  Footer: new (o: { children: Paragraph[] }) => Footer;
  /** A run holding <w:br w:type="page"/>: a page break inside a paragraph. */
  PageBreak: new () => TextRun;
  Document: new (o: DocumentOptions) => Document;
  /** `overrides` replace parts of the package by path (e.g. word/fontTable.xml). */
  Packer: { toBuffer(doc: Document, prettify?: boolean, overrides?: { path: string; data: string }[]): Promise<Buffer> };
};

const docx = runtime as unknown as Api;

export const {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
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
