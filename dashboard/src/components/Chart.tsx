import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

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
