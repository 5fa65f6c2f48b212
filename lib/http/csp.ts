// The content security policy of every response the proxy (proxy.ts) sees, with a fresh nonce
// per request. Scripts run only with the nonce ('strict-dynamic' lets Next's own scripts load
// the chunks they need); no 'unsafe-inline' for scripts. Next finds the nonce in the request's
// Content-Security-Policy header and puts it on every script it renders; pages are rendered per
// request (app/layout.tsx is force-dynamic), so each page carries its own. Styles keep
// 'unsafe-inline': React writes style attributes, which a nonce cannot cover, and a style
// cannot run code. Dev adds 'unsafe-eval' and websockets for fast refresh.
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// 128 random bits, base64: a new one for every request.
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
