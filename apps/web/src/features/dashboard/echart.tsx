/**
 * A thin React wrapper over Apache ECharts: init on a div, setOption on change, resize with the container,
 * dispose on unmount. Only the pieces the dashboard draws are registered through `echarts/core`, so the chart
 * code stays small and, with the lazy route, out of the main bundle.
 */
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from "echarts/components";
import { type ComposeOption, type ECElementEvent, type EChartsType, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export type ChartClickEvent = ECElementEvent;

type EChartProps = {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (a canvas has no text of its own). */
  ariaLabel: string;
  /** Called when a series item (bar, point) is clicked. */
  onItemClick?: (event: ChartClickEvent) => void;
};

export function EChart({ option, height, ariaLabel, onItemClick }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  // The handler is read through a ref so a new callback does not re-create the chart.
  const clickRef = useRef(onItemClick);

  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: "canvas" });
    chartRef.current = chart;
    chart.on("click", (event) => clickRef.current?.(event as ECElementEvent));
    // The card width changes with the side menu and the window, not only on window resize.
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a drill replaces the categories; merging would keep series of the previous scope.
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={containerRef} role="img" aria-label={ariaLabel} style={{ width: "100%", height }} />;
}
