import { openApiDocument } from "@/lib/http/openapi";
import { apiJson } from "@/lib/http/api";
import { readAccessDenied } from "@/lib/http/read-access";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (behind sign-in like the
// rest of the API when the deployment says so).
export async function GET() {
  return (await readAccessDenied()) ?? apiJson(openApiDocument);
}
