import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, type Lang } from '../format.js';

/**
 * An ECharts chart. ECharts (tree-shaken through echarts/core) is loaded on first use, so a page
 * without charts does not ship it.
 */
export function Chart({ option, label, height = 300 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { resize(): void; dispose(): void } | undefined;
    const onResize = () => chart?.resize();
    void import('./echarts.js').then(({ echarts }) => {
      if (disposed || !element.current) return;
      const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
      instance.setOption(option);
      chart = instance;
    });
    window.addEventListener('resize', onResize);
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [option]);
  return <div className="chart" ref={element} style={{ height }} role="img" aria-label={label} />;
}

/** A value axis whose labels are figures in the page's number format. */
export function valueAxis(lang: Lang, extra: Record<string, unknown> = {}) {
  return { type: 'value', axisLabel: { formatter: (value: number) => formatNumber(value, lang) }, ...extra };
}

/**
 * What every chart here shares: `categories` along x (years, months), figures on y and in the
 * tooltip in the page's number format, the legend on top; `option` adds the series and overrides.
 */
export function categoryChart(lang: Lang, categories: string[], option: EChartsCoreOption): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(value, lang) },
    legend: { top: 0 },
    grid: { left: 70, right: 16, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: categories },
    yAxis: valueAxis(lang),
    ...option,
  };
}
