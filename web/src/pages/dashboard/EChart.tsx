import { useEffect, useRef } from "react";
import { Empty } from "antd";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { EChartsCoreOption } from "echarts/core";
import { reducedMotion } from "../../lib/motion";

// Only what the dashboard draws, so the chart chunk stays small.
echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer]);

/** Counts the data points of an option's series (for tests and the empty state). */
export function pointsOf(option: EChartsCoreOption): number {
  const series = (option.series ?? []) as { data?: unknown[] }[];
  return series.reduce((n, s) => n + (s.data ?? []).filter((v) => v !== null && v !== undefined && !(Array.isArray(v) && v[1] === null)).length, 0);
}

/** An ECharts chart that follows its container's size. */
export function EChart({ option, height = 320, testId }: { option: EChartsCoreOption; height?: number; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    chart.current = echarts.init(el.current, undefined, { renderer: "canvas", locale: "ZH" });
    const ro = new ResizeObserver(() => chart.current?.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    // Drawn at once when the clerk asked for less motion, instead of a second of growing curves.
    chart.current?.setOption(reducedMotion ? { ...option, animation: false } : option, { notMerge: true });
  }, [option]);
  return <div ref={el} style={{ width: "100%", height }} data-testid={testId} data-points={pointsOf(option)} role="img" />;
}

/** A chart, or an empty state saying why when its option has no data point. */
export function Chart({ option, testId, height, empty = "没有可显示的数据。" }: { option: EChartsCoreOption; testId: string; height?: number; empty?: string }) {
  if (pointsOf(option) === 0)
    return (
      <div data-testid={testId} data-points={0}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      </div>
    );
  return <EChart option={option} testId={testId} height={height} />;
}
