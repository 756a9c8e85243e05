// The themes chart, loaded only when the themes view is opened (its own webpack chunk): chart.js
// with just the bar chart parts registered, so the rest of chart.js is tree-shaken away.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ThemesChartData {
  /** Theme names, one bar group each. */
  labels: string[];
  /** One series per period (e.g. 2017-18, 2023-24, 2025-26): statements per theme. */
  series: { label: string; values: number[] }[];
}

// Fluent's data-visualisation palette, distinguishable for common colour-vision deficiencies.
const COLOURS = ['#0078d4', '#8764b8', '#00a4a4', '#c239b3', '#ca5010', '#498205'];

export function drawThemesChart(canvas: HTMLCanvasElement, data: ThemesChartData): { destroy(): void } {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: COLOURS[i % COLOURS.length]
      }))
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Statements' } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
  return { destroy: () => chart.destroy() };
}
