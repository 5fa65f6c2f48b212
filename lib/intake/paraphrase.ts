// Paraphrase: words a later statement uses for what a pledge's title names ("train" for
// "exercises", "dispatch" for "deploy"). Each group is one idea; a pledge whose title holds a
// word of a group also matches the group's other words, at a lower weight than its own words,
// and the reasons show which paraphrase matched. General defence vocabulary, not any one text.

const GROUPS: string[][] = [
  ["exercise", "exercises", "exercising", "drill", "drills", "train", "training", "trained", "manoeuvres"],
  ["deploy", "deployment", "deployed", "dispatch", "dispatched", "send", "sent", "visit", "visited", "port call"],
  ["soldiers", "troops", "personnel", "servicemen", "forces"],
  ["agreement", "arrangement", "accord", "treaty", "memorandum"],
  ["research", "study", "studies", "joint project"],
  ["consultations", "talks", "dialogue"],
  ["ship", "ships", "vessel", "vessels", "warship", "frigate", "destroyer", "navy"],
  ["aircraft", "fighter", "fighters", "jets", "air force"],
  ["cyber", "cyberspace", "cybersecurity"],
  ["disaster relief", "humanitarian assistance", "ha/dr", "hadr"],
  ["capacity building", "capacity-building", "training assistance"],
  ["equipment", "technology", "technologies"],
  ["coercion", "coercive"],
];

// The paraphrases of a pledge's title: the other words of every group one of its words is in.
export function paraphrasesOf(title: string): string[] {
  const lower = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}/+ -]+/gu, " ")} `;
  const out = new Set<string>();
  for (const group of GROUPS) {
    if (!group.some((w) => lower.includes(` ${w} `))) continue;
    for (const w of group) if (!lower.includes(` ${w} `)) out.add(w);
  }
  return [...out];
}
