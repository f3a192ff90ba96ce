/// The API's description, served at `GET /openapi.yaml`. Generated from Server/openapi.yaml by
/// `make serve-sources` (Server/embed.py): edit that file.
enum OpenAPI {
    static let yaml = #"""
openapi: 3.0.3
info:
  title: Precis
  version: "1.0"
  description: |
    Multilingual extractive summarisation and keyword extraction (`precis serve`).
    POST /v1/analyze answers with the record `precis batch` writes for the same document and
    options, byte for byte (one JSON line, keys sorted, a final newline). Offsets are UTF-8 byte
    offsets into the text after decoding, HTML removal and NFC normalisation; ask for that text
    with "includeText".
servers:
  - url: http://127.0.0.1:8080
paths:
  /v1/analyze:
    post:
      operationId: analyze
      summary: Summarise a document and extract its keywords.
      description: |
        A JSON body: the document as "text" or "base64" (bytes, decoded as files are: the
        encoding detected and reported), and the options. The body is read as JSON whatever its
        Content-Type. Fields left out take `precis batch`'s defaults, but for keywords: ten.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/AnalyzeRequest"}
            example: {text: "Town votes to bring Lake Marrow back to life. The council voted on Tuesday.", sentences: 1, keywords: 5}
      responses:
        "200":
          description: The document's report.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Report"}
        "400":
          description: Malformed JSON, a missing or doubled document, or an option out of range.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
        "413":
          description: The body is over --max-body.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
        "422":
          description: |
            The bytes are empty, binary, or not text in any encoding found: the report with
            "error" in the words of the command line (the record `precis batch` writes).
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Report"}
        "503":
          description: --jobs documents are running and --queue more are waiting; retry later.
          headers:
            Retry-After:
              description: Seconds to wait.
              schema: {type: integer}
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
  /v1/analyze/raw:
    post:
      operationId: analyzeRaw
      summary: Summarise a document sent as it is, with the options in the query string.
      description: |
        The body is the document's bytes (any Content-Type), decoded as files are: the encoding
        detected and reported. `curl --data-binary @article.txt 'http://127.0.0.1:8080/v1/analyze/raw?sentences=2'`
      parameters:
        - {name: id, in: query, required: false, schema: {type: string}, description: "The report's id."}
        - {name: lang, in: query, required: false, schema: {$ref: "#/components/schemas/Language"}}
        - {name: sentences, in: query, required: false, schema: {type: integer, minimum: 0, maximum: 10000}, description: "Summary sentences (default 3; 0: none)."}
        - {name: keywords, in: query, required: false, schema: {type: integer, minimum: 0, maximum: 200}, description: "Keywords (default 10; 0: none)."}
        - {name: title, in: query, required: false, schema: {type: string, enum: [auto, include, exclude]}}
        - {name: occurrences, in: query, required: false, schema: {type: boolean}}
        - {name: includeText, in: query, required: false, schema: {type: boolean}}
      requestBody:
        required: true
        content:
          text/plain:
            schema: {type: string}
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        "200":
          description: The document's report.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Report"}
        "400":
          description: Malformed JSON, a missing or doubled document, or an option out of range.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
        "413":
          description: The body is over --max-body.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
        "422":
          description: |
            The bytes are empty, binary, or not text in any encoding found: the report with
            "error" in the words of the command line (the record `precis batch` writes).
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Report"}
        "503":
          description: --jobs documents are running and --queue more are waiting; retry later.
          headers:
            Retry-After:
              description: Seconds to wait.
              schema: {type: integer}
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
  /health:
    get:
      operationId: health
      summary: Whether the service answers, and its load.
      responses:
        "200":
          description: The service is up.
          content:
            application/json:
              schema:
                type: object
                required: [status, running, queued]
                properties:
                  status: {type: string, enum: [ok]}
                  running: {type: integer, minimum: 0, description: Documents being analysed.}
                  queued: {type: integer, minimum: 0, description: Requests waiting for a worker.}
  /:
    get:
      operationId: page
      summary: The page that shows the summary and keywords in the article.
      responses:
        "200":
          description: One self-contained HTML page.
          content:
            text/html:
              schema: {type: string}
  /openapi.yaml:
    get:
      operationId: openapi
      summary: This description.
      responses:
        "200":
          description: OpenAPI 3.0 in YAML.
          content:
            application/yaml:
              schema: {type: string}
components:
  schemas:
    Language:
      type: string
      description: A language code (`precis languages` lists them), or "auto" (default) to identify it from the text.
      enum: [auto, "af", "am", "ar", "az", "be", "bg", "bn", "br", "ca", "cs", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "ga", "gd", "gl", "gu", "ha", "he", "hi", "hr", "ht", "hu", "hy", "id", "is", "it", "ja", "km", "kn", "ko", "ku", "ky", "la", "lg", "lo", "lt", "lv", "mk", "ml", "mr", "ms", "my", "ne", "nl", "no", "pa", "pl", "ps", "pt", "ro", "ru", "si", "sk", "sl", "so", "sq", "sr", "st", "sv", "sw", "ta", "te", "th", "ti", "tl", "tr", "uk", "ur", "uz", "vi", "yi", "yo", "zh", "zu"]
    AnalyzeRequest:
      type: object
      description: Give exactly one of "text" and "base64"; at most one of "sentences", "ratio", "words" and "characters".
      oneOf:
        - {required: [text], not: {required: [base64]}}
        - {required: [base64], not: {required: [text]}}
      not:
        anyOf:
          - {required: [sentences, ratio]}
          - {required: [sentences, words]}
          - {required: [sentences, characters]}
          - {required: [ratio, words]}
          - {required: [ratio, characters]}
          - {required: [words, characters]}
      properties:
        text: {type: string, description: The document as text.}
        base64: {type: string, format: byte, description: "The document's bytes, decoded as files are."}
        id: {type: string, description: "A name the report carries as \"id\", as batch's --stdin-jsonl records do."}
        lang: {$ref: "#/components/schemas/Language"}
        sentences: {type: integer, minimum: 0, maximum: 10000, description: "Summary sentences (default 3; 0: no summary)."}
        ratio: {type: number, exclusiveMinimum: true, minimum: 0, maximum: 1, description: "Summary length as a share of the sentences."}
        words: {type: integer, minimum: 1, maximum: 1000000, description: "Summary length in words."}
        characters: {type: integer, minimum: 1, maximum: 10000000, description: "Summary length in characters (Chinese, Japanese, Thai)."}
        keywords: {type: integer, minimum: 0, maximum: 200, description: "Keywords (default 10; 0: none)."}
        title: {type: string, enum: [auto, include, exclude], description: "The title as a summary sentence (default auto)."}
        occurrences: {type: boolean, description: "Every keyword occurrence's offsets (default false: the first only)."}
        includeText: {type: boolean, description: "Add \"text\": the text the offsets point into."}
    Report:
      type: object
      description: The record `precis batch` writes (schemaVersion 1).
      required: [schemaVersion]
      properties:
        schemaVersion: {type: integer}
        id: {type: string}
        path: {type: string}
        encoding: {type: string, description: The encoding the bytes were read in (base64 and raw bodies).}
        language: {type: string}
        characters: {type: integer}
        sentences: {type: integer}
        title: {$ref: "#/components/schemas/Title"}
        summary:
          type: array
          items: {$ref: "#/components/schemas/Sentence"}
        keywords:
          type: array
          items: {$ref: "#/components/schemas/Keyword"}
        error: {type: string, description: "Why the document has no results, in the command line's words."}
        text: {type: string, description: "With includeText: the text the offsets point into."}
    Sentence:
      type: object
      required: [index, start, end, score, text]
      properties:
        index: {type: integer}
        start: {type: integer, description: UTF-8 byte offset.}
        end: {type: integer}
        score: {type: number}
        text: {type: string}
    Title:
      type: object
      required: [index, start, end, text]
      properties:
        index: {type: integer}
        start: {type: integer}
        end: {type: integer}
        text: {type: string}
    Keyword:
      type: object
      required: [phrase, key, score, count, surfaceForms, firstStart, firstEnd, name]
      properties:
        phrase: {type: string}
        key: {type: string}
        score: {type: number}
        count: {type: integer}
        surfaceForms: {type: array, items: {type: string}}
        firstStart: {type: integer}
        firstEnd: {type: integer}
        occurrences:
          type: array
          items: {type: array, items: {type: integer}, minItems: 2, maxItems: 2}
        name: {type: boolean, description: Whether it is a name.}
        latin: {type: string, description: "Its Latin form, for a keyword in another script."}
    Error:
      type: object
      required: [error]
      properties:
        error: {type: string}

"""#
}
