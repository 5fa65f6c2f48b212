"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { STATUSES, STATUS_COLOURS, STATUS_LABELS, type Status } from "@/lib/domain/status";

export type StackRow = { label: string } & Record<Status, number>;

// Stacked bars of pledges by status, one bar per row (an area, a meeting, a side...).
export function StatusStackChart({ rows, layout = "vertical" }: { rows: StackRow[]; layout?: "vertical" | "horizontal" }) {
  const horizontalBars = layout === "vertical";
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout={layout} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {horizontalBars ? (
          <>
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis type="number" allowDecimals={false} />
          </>
        )}
        <Tooltip />
        <Legend itemSorter={null} />
        {STATUSES.map((s) => (
          <Bar key={s} dataKey={s} name={STATUS_LABELS[s]} stackId="status" fill={STATUS_COLOURS[s]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
