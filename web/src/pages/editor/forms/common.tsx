import { createContext, useContext, type ReactNode } from "react";
import { DatePicker, InputNumber, Typography } from "antd";
import dayjs from "dayjs";
import type { Period } from "@domain/model/common";
import { inPeriod } from "@domain/numbering/withinPeriod";

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

/** The period of the issue being edited: every empty date picker inside opens on its month. */
export const PeriodContext = createContext<Period | null>(null);

/**
 * A calendar date as YYYY-MM-DD (the center's local date). An empty picker opens on
 * `opensOn`'s month (the issue's period, not today's); with `within`, days outside that
 * period cannot be picked.
 */
export function DateInput(p: { value: string | null | undefined; onChange(v: string | null): void; ariaLabel: string; disabled?: boolean; allowClear?: boolean; opensOn?: string; within?: Period; id?: string }) {
  const { within } = p;
  const period = useContext(PeriodContext);
  const opensOn = p.opensOn ?? within?.start ?? period?.start;
  return (
    <DatePicker
      id={p.id}
      aria-label={p.ariaLabel}
      value={p.value ? dayjs(p.value) : null}
      onChange={(d) => p.onChange(d ? d.format("YYYY-MM-DD") : null)}
      disabled={p.disabled}
      allowClear={p.allowClear ?? true}
      defaultPickerValue={opensOn ? dayjs(opensOn) : undefined}
      disabledDate={within ? (d) => !inPeriod(d.format("YYYY-MM-DD"), within) : undefined}
      style={{ width: "100%" }}
      placeholder="选择日期"
    />
  );
}

/** Trims a text field to null when empty (the model stores absent text as null). */
export const orNull = (s: string): string | null => (s.trim() === "" ? null : s);
