/// The OpenAPI 3 description of `/api/v1` (region side and the agency's tables), served at
/// `/api/v1/openapi.json` (no sign-in needed to read it).
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "followup portal API",
        "version": "1",
        "description": "Check and submit the regions' follow-up reports, read submissions, receipts and status; analysts read the comparison tables. Authenticate with a bearer token (followup tokens add) or a portal session (then send the session's CSRF token as X-CSRF-Token on POST)."
      },
      "servers": [{ "url": "/api/v1" }],
      "security": [{ "bearer": [] }],
      "components": {
        "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
        "schemas": {
          "Finding": {
            "type": "object",
            "required": ["code", "severity", "file", "line", "column", "value", "message"],
            "properties": {
              "code": { "type": "string", "example": "region-directory" },
              "severity": { "type": "string", "enum": ["error", "warning"] },
              "file": { "type": "string" },
              "line": { "type": "integer", "nullable": true },
              "column": { "type": "string", "nullable": true },
              "value": { "type": "string", "nullable": true },
              "message": { "type": "string" }
            }
          },
          "FileReport": {
            "type": "object",
            "required": ["file", "region", "year", "report", "valid", "rows", "errors", "warnings", "findingsTruncated", "findings"],
            "properties": {
              "file": { "type": "string" },
              "region": { "type": "string", "nullable": true },
              "year": { "type": "integer", "nullable": true },
              "report": { "type": "string", "nullable": true, "enum": ["insatser", "finansiering", "indikatorer", "strategi", null] },
              "valid": { "type": "boolean" },
              "rows": { "type": "integer" },
              "errors": { "type": "integer" },
              "warnings": { "type": "integer" },
              "findingsTruncated": { "type": "boolean" },
              "findings": { "type": "array", "items": { "$ref": "#/components/schemas/Finding" } },
              "submitted": { "type": "boolean", "description": "Only from POST /submissions." },
              "not_submitted_reason": { "type": "string", "enum": ["errors", "already-waiting"], "description": "Only from POST /submissions, when not submitted." }
            }
          },
          "Report": {
            "type": "object",
            "required": ["valid", "files"],
            "properties": {
              "valid": { "type": "boolean" },
              "files": { "type": "array", "items": { "$ref": "#/components/schemas/FileReport" } }
            }
          },
          "Submission": {
            "type": "object",
            "properties": {
              "id": { "type": "string", "nullable": true, "description": "Receipt id; absent while the file waits for the nightly run." },
              "file": { "type": "string" },
              "region": { "type": "string" },
              "year": { "type": "integer" },
              "report": { "type": "string" },
              "outcome": { "type": "string", "enum": ["inskickad", "godkand", "avvisad", "dubblett", "karantan"] },
              "received_at": { "type": "string" },
              "rows": { "type": "integer" },
              "errors": { "type": "integer" },
              "warnings": { "type": "integer" }
            }
          },
          "Status": {
            "type": "object",
            "properties": {
              "region_kod": { "type": "string" },
              "region_namn": { "type": "string" },
              "ar": { "type": "integer" },
              "rapport": { "type": "string" },
              "status": { "type": "string", "enum": ["godkand", "avvisad", "inskickad", "saknas"] },
              "mottagen": { "type": "string", "nullable": true },
              "sen": { "type": "boolean", "nullable": true },
              "fel": { "type": "integer", "nullable": true },
              "varningar": { "type": "integer", "nullable": true }
            }
          },
          "Error": {
            "type": "object",
            "properties": { "error": { "type": "string" }, "status": { "type": "integer" } }
          },
          "Upload": {
            "type": "object",
            "properties": {
              "file": { "type": "array", "items": { "type": "string", "format": "binary" }, "description": "One part per file, with its original file name." }
            }
          }
        },
        "responses": {
          "BadRequest": { "description": "A malformed request: a query parameter of the wrong type, or a form that is not multipart or has no file part.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
          "Unauthorized": { "description": "No valid token or session.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
          "NotFound": { "description": "No such resource for the caller (also another region's).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
          "Forbidden": { "description": "The caller's role may not do this.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
          "TooLarge": { "description": "The upload is larger than the portal accepts.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
        }
      },
      "paths": {
        "/check": {
          "post": {
            "summary": "Check files exactly as `followup validate --data-dir` would; writes nothing.",
            "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/Upload" } } } },
            "responses": {
              "200": { "description": "The report of `followup validate --format json`.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Report" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "description": "Not a region's token or user." },
              "413": { "$ref": "#/components/responses/TooLarge" }
            }
          }
        },
        "/submissions": {
          "post": {
            "summary": "Check, and place the files without errors in the caller's inbox for the nightly run.",
            "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/Upload" } } } },
            "responses": {
              "202": { "description": "At least one file was submitted.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Report" } } } },
              "422": { "description": "Nothing could be submitted.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Report" } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "description": "Not a region's token or user." },
              "413": { "$ref": "#/components/responses/TooLarge" }
            }
          },
          "get": {
            "summary": "The caller's region's submissions (every region's for analytiker).",
            "parameters": [{ "name": "year", "in": "query", "schema": { "type": "integer" }, "example": 2025 }],
            "responses": {
              "200": { "description": "Newest first; files waiting for the nightly run first of all.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Submission" } } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          }
        },
        "/receipts/{id}": {
          "get": {
            "summary": "One receipt's JSON.",
            "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
            "responses": {
              "200": { "description": "The receipt as the nightly run wrote it.", "content": { "application/json": { "schema": { "type": "object" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/status": {
          "get": {
            "summary": "The year's four reports of each region visible to the caller.",
            "parameters": [{ "name": "year", "in": "query", "schema": { "type": "integer" }, "example": 2025 }],
            "responses": {
              "200": { "description": "One row per region and report.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Status" } } } } },
              "400": { "$ref": "#/components/responses/BadRequest" },
              "401": { "$ref": "#/components/responses/Unauthorized" }
            }
          }
        },
        "/tables/{year}/{table}.csv": {
          "get": {
            "summary": "One comparison table of the year against the year before, as the CSV of `followup export` (standard dialect). Roles analytiker and admin.",
            "parameters": [
              { "name": "year", "in": "path", "required": true, "schema": { "type": "integer" }, "example": 2025, "description": "The reporting year, compared with the year before." },
              { "name": "table", "in": "path", "required": true, "schema": { "type": "string", "enum": ["omraden", "prioriteringar", "regioner", "stodformer", "insatser", "indikatorer", "inlamning", "insatslista", "tidsserie"] } }
            ],
            "responses": {
              "200": { "description": "The table.", "content": { "text/csv": { "schema": { "type": "string" } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        },
        "/tables/{year}/{table}.json": {
          "get": {
            "summary": "One comparison table of the year against the year before, as the JSON document of `followup export` with this one table. Roles analytiker and admin.",
            "parameters": [
              { "name": "year", "in": "path", "required": true, "schema": { "type": "integer" }, "example": 2025, "description": "The reporting year, compared with the year before." },
              { "name": "table", "in": "path", "required": true, "schema": { "type": "string", "enum": ["omraden", "prioriteringar", "regioner", "stodformer", "insatser", "indikatorer", "inlamning", "insatslista", "tidsserie"] } }
            ],
            "responses": {
              "200": { "description": "The table.", "content": { "application/json": { "schema": { "type": "object", "properties": { "ar": { "type": "integer" }, "jamforelsear": { "type": "integer" }, "tabeller": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "object" } } } } } } } },
              "401": { "$ref": "#/components/responses/Unauthorized" },
              "403": { "$ref": "#/components/responses/Forbidden" },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          }
        }
      }
    }

    """#
}
