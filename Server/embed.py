#!/usr/bin/env python3
"""Copies page.html and openapi.yaml into the Swift sources that serve them (Page.swift,
OpenAPI.swift), so the binary needs no files beside it. `--check` fails if a copy is stale."""
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
copies = {
    "page.html": ("Page.swift", "Page", "html", """/// The page at `GET /`: paste a text or drop a file, and see the summary sentences and keywords
/// marked in the article. One self-contained document (no scripts, fonts or styles from elsewhere).
/// Generated from Server/page.html by `make serve-sources` (Server/embed.py): edit that file."""),
    "openapi.yaml": ("OpenAPI.swift", "OpenAPI", "yaml", """/// The API's description, served at `GET /openapi.yaml`. Generated from Server/openapi.yaml by
/// `make serve-sources` (Server/embed.py): edit that file."""),
}
stale = []
for name, (swift, type_name, member, doc) in copies.items():
    text = (here / name).read_text(encoding="utf-8")
    if '"""#' in text or "\\#(" in text:
        sys.exit(f"{name} holds a sequence that ends or interpolates a Swift raw string")
    source = f'{doc}\nenum {type_name} {{\n    static let {member} = #"""\n{text}\n"""#\n}}\n'
    target = here / "Sources" / "PrecisServer" / swift
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != source:
            stale.append(f"{swift} is not a copy of {name}")
    else:
        target.write_text(source, encoding="utf-8")
if stale:
    sys.exit("; ".join(stale) + ": run `make serve-sources`")
