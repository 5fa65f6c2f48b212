import "server-only";
import { cachedAggregate } from "./aggregate-cache";
import * as briefing from "@/lib/briefing/data";
import * as charts from "./charts";
import * as dialogues from "./dialogues";
import * as matrix from "./matrix";
import * as meetings from "./meetings";
import * as progress from "./progress";

// The aggregates pages read, cached per data version (see aggregate-cache.ts). Pages and
// widgets import these; the functions in progress.ts, charts.ts, ... are the uncached queries.
export const headlineFigures = cachedAggregate("headlineFigures", progress.headlineFigures);
export const evidenceUpTo = cachedAggregate("evidenceUpTo", progress.evidenceUpTo);
export const dataSetScope = cachedAggregate("dataSetScope", progress.dataSetScope);
export const progressByArea = cachedAggregate("progressByArea", progress.progressByArea);
export const statusMixByMeeting = cachedAggregate("statusMixByMeeting", progress.statusMixByMeeting);
export const progressBySide = cachedAggregate("progressBySide", charts.progressBySide);
export const attentionByArea = cachedAggregate("attentionByArea", charts.attentionByArea);
export const pledgesNeedingAttention = cachedAggregate("pledgesNeedingAttention", charts.pledgesNeedingAttention);
export const reportCoverageByMeeting = cachedAggregate("reportCoverageByMeeting", charts.reportCoverageByMeeting);
export const statusMatrix = cachedAggregate("statusMatrix", matrix.statusMatrix);
export const listMeetings = cachedAggregate("listMeetings", meetings.listMeetings);
// The dialogue picker on every reading page (counting pledges per dialogue: 70 ms at 100k).
export const listDialogues = cachedAggregate("listDialogues", dialogues.listDialogues);
export const getBriefingData = cachedAggregate("getBriefingData", briefing.getBriefingData);
