import type { ReactNode } from "react";
import { DatePicker, InputNumber, Typography } from "antd";
import dayjs from "dayjs";

/** The sentence a data section will print, updated as figures are typed. */
export function GeneratedText({ children, testId = "generated-sentence" }: { children: ReactNode; testId?: string }) {
  return (
    <div style={{ background: "#fafafa", border: "1px dashed #d9d9d9", borderRadius: 4, padding: "10px 12px", marginTop: 8 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        将印出的文字（随填写自动更新；＿＿ 表示尚未填写）
      </Typography.Text>
      <div data-testid={testId} style={{ fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif', fontSize: 15, lineHeight: 1.8, marginTop: 4 }}>
        {children}
      </div>
    </div>
  );
}

/** A whole non-negative count; empty means "not entered yet" (null), never 0. */
export function CountInput({ value, onChange, ariaLabel, disabled, width = "100%", id }: { value: number | null | undefined; onChange(v: number | null): void; ariaLabel: string; disabled?: boolean; width?: number | string; id?: string }) {
  return (
    <InputNumber
      id={id}
      aria-label={ariaLabel}
      value={value ?? null}
      min={0}
      precision={0}
      step={1}
      disabled={disabled}
      style={{ width }}
      placeholder="未填写"
      onChange={(v) => onChange(v === null || v === undefined || Number.isNaN(Number(v)) ? null : Number(v))}
    />
  );
}

/** A calendar date as YYYY-MM-DD (the center's local date). */
export function DateInput({ value, onChange, ariaLabel, disabled, allowClear = true, id }: { value: string | null | undefined; onChange(v: string | null): void; ariaLabel: string; disabled?: boolean; allowClear?: boolean; id?: string }) {
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format("YYYY-MM-DD") : null)}
      disabled={disabled}
      allowClear={allowClear}
      style={{ width: "100%" }}
      placeholder="选择日期"
    />
  );
}

/** Trims a text field to null when empty (the model stores absent text as null). */
export const orNull = (s: string): string | null => (s.trim() === "" ? null : s);
