// Where to go after sign-in: only a path of this site. Browsers drop tabs and newlines in
// URLs and read `\` as `/`, so "/\t/evil.example" means "//evil.example", another site: the
// value is resolved as a browser would, and anything that leaves the origin becomes "/".

const BASE = "http://same-origin.invalid";

export function sameOriginPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.length > 2000) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

// next-auth's redirect callback: its own absolute URLs on this origin, or a path; else home.
export function authRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith("/")) return `${baseUrl}${sameOriginPath(url)}`;
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin)
      return `${baseUrl}${sameOriginPath(`${target.pathname}${target.search}${target.hash}`)}`;
  } catch {
    // not a URL at all: home
  }
  return baseUrl;
}
