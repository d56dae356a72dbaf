// Swagger UI over this server's OpenAPI schema (vendored, no CDN)
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});
