// A POST to a page is either a server action (Next's own `Next-Action` header, which Next
// checks itself) or a form submitted without JavaScript (url-encoded or multipart). Anything
// else (JSON, plain text, no body type, or a multipart body that does not parse) is not a
// request a page can answer: it gets a 400 before routing, where Next would render the page
// as if it were a GET, or fail with a 500 on the broken multipart body.

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

// Paths whose handlers take bodies themselves (the API, next-auth) and Next's own assets.
const NOT_PAGES = /^\/(api|_next)(\/|$)/;

// Why a POST to `pathname` is refused, or null when it may go on.
export async function refusePagePost(request: Request, pathname: string): Promise<string | null> {
  if (request.method !== "POST" || NOT_PAGES.test(pathname)) return null;
  if (request.headers.has("next-action")) return null;
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type))
    return "A page accepts only form submissions (application/x-www-form-urlencoded or multipart/form-data).";
  if (type === "multipart/form-data") {
    try {
      await request.clone().formData();
    } catch {
      return "The form data could not be read: the multipart body is malformed.";
    }
  }
  return null;
}
