"use client";
import { Suspense, createContext, lazy, useContext, useSyncExternalStore } from "react";
import { chartHeight, type ChartSpec } from "@/lib/domain/chart-data";

// recharts, fetched only once a chart is on the page, after the page has hydrated: it is not
// part of any page's first-load JavaScript.
const InteractiveBarChart = lazy(() => import("./bar-chart"));

// What a chart box shows until recharts has drawn (and for good without scripts): the chart's
// table, which ChartWithTable provides, so the numbers are in the server's HTML.
export const ChartFallback = createContext<React.ReactNode>(null);

const subscribe = () => () => {};

// The chart's box, its height reserved from the data so nothing moves when it draws.
export function LazyBarChart({ spec }: { spec: ChartSpec }) {
  const fallback = useContext(ChartFallback);
  // False in the server's HTML and while hydrating, true after: recharts draws only in the browser.
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const waiting = <div className="chart-fallback">{fallback}</div>;
  return (
    <div className="chart-canvas" style={{ height: chartHeight(spec) }}>
      {hydrated ? (
        <Suspense fallback={waiting}>
          <InteractiveBarChart spec={spec} />
        </Suspense>
      ) : (
        waiting
      )}
    </div>
  );
}
