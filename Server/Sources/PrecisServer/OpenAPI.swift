enum OpenAPI { static let yaml = "openapi: 3.0.3\n" }
