import { describe, expect, it } from "vitest";
import { draftTitle, findCommitments } from "@/lib/intake/commitments";
import { isJapanese } from "@/lib/domain/language";
import { eraYears, japaneseSide } from "@/lib/intake/japanese";
import { splitSentences } from "@/lib/intake/sentences";
import { judgeStatus } from "@/lib/intake/status-cues";
import { laterInstance, meetingHeldFor, proceduralCue, yearsIn } from "@/lib/intake/time-kind";

// The intake's rules on Japanese statements, on sentences written for these tests in the
// register of the ministries' overviews.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("Japanese text", () => {
  it("is told from English by its script, names in Latin letters notwithstanding", () => {
    expect(isJapanese("両国は、日英共同による新たな空対空ミサイル（JNAAM）の共同研究を歓迎しました。")).toBe(true);
    expect(isJapanese("The Ministers welcomed the JNAAM research (日英共同研究).")).toBe(false);
  });

  it("ends sentences at 。 with no space after it", () => {
    const text = "両国は協力の強化で一致しました。また、両国は次回会合を東京で開催することを確認しました。";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "両国は協力の強化で一致しました。",
      "また、両国は次回会合を東京で開催することを確認しました。",
    ]);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it("reads years in the Japanese eras and 来年 / 本年 / 昨年", () => {
    expect(eraYears("平成27年1月23日、令和3年2月3日、令和元年")).toEqual([2015, 2021, 2019]);
    expect(yearsIn("英国は来年、空母を派遣する。", 2025)).toEqual([2026]);
    expect(yearsIn("昨年の寄港に続き", 2025)).toEqual([2024]);
  });
});

describe("Japanese commitments", () => {
  it("finds 〜していくことで一致 / 〜することを確認 / 合意, with the subject before は", () => {
    const found = findCommitments(
      "両国は、インド太平洋地域の平和と安定のため、安全保障協力を一層強化していくことで一致しました。両大臣は、2027年に共同訓練を実施することを確認しました。",
    );
    expect(found.map((c) => c.cue)).toEqual(["ことで一致", "ことを確認"]);
    expect(found[0]!.subject).toBe("両国");
    expect(draftTitle(found[0]!)).toBe("インド太平洋地域の平和と安定のため、安全保障協力を一層強化していく");
    expect(draftTitle(found[1]!)).toBe("2027年に共同訓練を実施する");
  });

  it("drafts no position, no hope and no restated fact", () => {
    expect(findCommitments("両国は、力による一方的な現状変更の試みに強く反対することを確認しました。")).toEqual([]);
    expect(findCommitments("日本側は、英国が地域の平和に貢献していくことへの期待を表明しました。")).toEqual([]);
    expect(findCommitments("両国は、法の支配が重要であることを再確認しました。")).toEqual([]);
  });

  it("drops the list marker from the quote", () => {
    const [c] = findCommitments("（２）両国は、サイバー分野での協議を継続することで一致しました。");
    expect(c!.quote).toBe("両国は、サイバー分野での協議を継続することで一致しました。");
  });

  it("tells the sides apart", () => {
    expect(japaneseSide("両国", "UK")).toBe("both");
    expect(japaneseSide("日本側", "UK")).toBe("japan");
    expect(japaneseSide("英国側", "UK")).toBe("partner");
  });
});

describe("Japanese evidence", () => {
  const pledge = { title: "Conclude an Acquisition and Cross-Servicing Agreement", before: "pledged" as const };

  it("reads a signing as delivered, an aim of signing as no news, and progress as in progress", () => {
    expect(
      judgeStatus(
        "両国は、日英物品役務相互提供協定に署名しました。",
        "両国は、日英物品役務相互提供協定に署名しました。",
        pledge,
      ).status,
    ).toBe("delivered");
    const aim = "両国は、日英物品役務相互提供協定の早期署名に向けて調整を加速することで一致しました。";
    expect(judgeStatus(aim, aim, pledge).status).toBe("in_progress");
    const restated = "両国は、日英物品役務相互提供協定の重要性を改めて確認しました。";
    expect(judgeStatus(restated, restated, pledge).status).toBe("pledged");
    expect(judgeStatus("交渉は延期された。", "交渉は延期された。", pledge).status).toBe("stalled");
  });

  it("reads a meeting's own procedural sentences as evidence for no pledge, except the meeting pledged", () => {
    const held =
      "5月12日、A外務大臣及びB防衛大臣は、C国防大臣との間で、第3回日蘭外務・防衛閣僚会合（「2+2」）を実施したところ、概要は次のとおりです。";
    expect(proceduralCue(held)).not.toBeNull();
    expect(proceduralCue("冒頭、A大臣から、会合の開催を歓迎する旨述べました。")).not.toBeNull();
    expect(proceduralCue("両国は、共同訓練を実施することで一致しました。")).toBeNull();
    expect(meetingHeldFor({ title: "Hold a 2+2 meeting in the near future", text: "" }, held)).toMatch(/2\+2/);
    expect(meetingHeldFor({ title: "Report to the next ministerial meeting", text: "" }, held)).toBeNull();
  });

  it("a later instance of a dated event reports on, not fulfils, the old pledge", () => {
    const pledge2016 = { title: "RAF Typhoon visit to Japan in 2016", targetDate: null, made: day("2016-01-08") };
    expect(laterInstance(pledge2016, "英空軍タイフーンは2018年にも来日する予定である。", day("2018-01-01"))).toMatch(
      /2018/,
    );
    expect(laterInstance(pledge2016, "2016年の英空軍タイフーンの来日を歓迎した。", day("2018-01-01"))).toBeNull();
  });
});

describe("Japanese drafts", () => {
  it("reads the commitment from the verb that closes the sentence, and titles it by the act", () => {
    const [c] = findCommitments(
      "両国は、先般の弾道ミサイル発射は地域の平和に対する重大な脅威であるとの点で一致し、新たな制裁措置の速やかな実施に向けて緊密に連携していくことを確認しました。",
    );
    expect(c!.cue).toBe("ことを確認");
    expect(draftTitle(c!)).toBe("新たな制裁措置の速やかな実施に向けて緊密に連携していく");
  });

  it("leaves the scene-setting phrases of a long clause out of the title", () => {
    const [c] = findCommitments(
      "四大臣は、地域を取り巻く安全保障環境が大きく変化し、国際秩序が挑戦を受けている中で、両国が海洋安全保障分野での協力を更に進展させていくことで一致しました。",
    );
    expect(draftTitle(c!)).toBe("両国が海洋安全保障分野での協力を更に進展させていく");
  });
});
