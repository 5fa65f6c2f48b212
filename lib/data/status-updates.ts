import "server-only";
import { db } from "./read-db";
import { paragraphCitation } from "./selects";
import { isoDay } from "@/lib/domain/dates";

// A status update as its correction form needs it.
export async function getStatusUpdateForCorrection(id: string) {
  const u = await db.statusUpdate.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      reportedOn: true,
      quote: true,
      note: true,
      meetingId: true,
      paragraph: { select: paragraphCitation },
      correctedBy: { select: { id: true } },
      pledge: { select: { id: true } },
    },
  });
  return u && { ...u, reportedOn: isoDay(u.reportedOn), corrected: !!u.correctedBy };
}
