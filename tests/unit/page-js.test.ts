import { describe, expect, it } from "vitest";
import { scriptUrls } from "@/scripts/page-js";

describe("the scripts a page's HTML references", () => {
  const html = [
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
    '<link rel="stylesheet" href="/_next/static/css/x.css"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
    '<script>self.__next_f.push([1,"inline"])</script>',
    '<script src="/_next/static/chunks/b.js?dpl=1&amp;v=2" async=""></script>',
  ].join("");

  it("counts each chunk once, preloaded or loaded, and leaves out inline scripts and styles", () => {
    expect(scriptUrls(html, "http://app.test/")).toEqual([
      "http://app.test/_next/static/chunks/a.js",
      "http://app.test/_next/static/chunks/polyfill.js",
      "http://app.test/_next/static/chunks/b.js?dpl=1&v=2",
    ]);
  });

  it("picks out the nomodule polyfills that module browsers skip", () => {
    expect(scriptUrls(html, "http://app.test/", "nomodule")).toEqual([
      "http://app.test/_next/static/chunks/polyfill.js",
    ]);
  });
});
