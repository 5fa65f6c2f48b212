import { openApiDocument } from "@/lib/http/openapi";
import { apiJson } from "@/lib/http/api";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description.
export function GET() {
  return apiJson(openApiDocument);
}
