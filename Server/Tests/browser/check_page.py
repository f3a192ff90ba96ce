#!/usr/bin/env python3
"""The page in a real browser: headless Chromium loads GET /?sample=LANG (the page's own sample
button: it fills the text box and submits it), and the DOM it ends with is checked against the
API's answer for the same text: every summary sentence marked in place (its text, in order), every
keyword occurrence marked with its keyword's surface form, the article right-to-left for Arabic.
Screenshots go to --shots. Needs Debian's `chromium` (and fonts-noto-core, fonts-noto-cjk)."""
import argparse
import html.parser
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request


class Marks(html.parser.HTMLParser):
    """The article's marks: summary/title <mark>s and keyword <span class="kw">s with their text."""

    def __init__(self):
        super().__init__()
        self.stack, self.marks, self.keywords, self.article = [], [], [], None
        self.state = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") == "status":
            self.state = attrs.get("data-state")
        if attrs.get("id") == "article":
            self.article = attrs
            self.stack.append(("article", None))
            return
        if not self.stack:
            return
        classes = (attrs.get("class") or "").split()
        if tag == "mark":
            self.marks.append({"classes": classes, "index": int(attrs["data-index"]), "text": ""})
            self.stack.append(("mark", self.marks[-1]))
        elif "kw" in classes:
            self.keywords.append({"k": int(attrs["data-k"]), "ks": [int(k) for k in attrs["data-ks"].split()], "text": ""})
            self.stack.append(("kw", self.keywords[-1]))
        else:
            self.stack.append((tag, None))

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for kind, item in self.stack:
            if item is not None:
                item["text"] += data


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/analyze", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--shots", required=True)
    parser.add_argument("--browser", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    os.makedirs(args.shots, exist_ok=True)
    port = free_port()
    server = subprocess.Popen([args.server, "--port", str(port), "--no-log"])
    failures = []
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health").read()
                break
            except OSError:
                time.sleep(0.1)
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/").read().decode()
        samples = dict(re.findall(r"\n  (\w\w): `([^`]*)`", page))
        browser = [args.browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=10000"]
        for language in ["en", "ar", "zh"]:
            url = f"http://127.0.0.1:{port}/?sample={language}"
            dom = subprocess.run(browser + ["--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
            shot = os.path.join(args.shots, f"page-{language}.png")
            subprocess.run(browser + ["--window-size=1280,1100", f"--screenshot={shot}", url], capture_output=True, timeout=120)
            report = post(port, {"text": samples[language], "sentences": 3, "keywords": 10, "lang": "auto", "occurrences": True, "includeText": True})
            marks = Marks()
            marks.feed(dom)
            problems = []
            if marks.state != "done":
                problems.append(f"the page did not finish (status {marks.state})")
            summary = [m for m in marks.marks if "summary" in m["classes"]]
            if [(m["index"], m["text"]) for m in summary] != [(s["index"], s["text"]) for s in report["summary"]]:
                problems.append(f"summary marks {[(m['index'], m['text'][:30]) for m in summary]} are not the summary {[(s['index'], s['text'][:30]) for s in report['summary']]}")
            keywords = report["keywords"]
            # Each mark is (part of) an occurrence of the keyword it is coloured for: a piece of one
            # of its surface forms; and every keyword is marked.
            text = report["text"].encode()
            for mark in marks.keywords:
                keyword = keywords[mark["k"]]
                if not any(mark["text"] in text[s:e].decode() for s, e in keyword["occurrences"]):
                    problems.append(f"keyword mark '{mark['text']}' is not in an occurrence of '{keyword['phrase']}'")
            marked = {k for m in marks.keywords for k in m["ks"]}
            if marked != set(range(len(keywords))):
                problems.append(f"keywords never marked: {[keywords[k]['phrase'] for k in set(range(len(keywords))) - marked]}")
            occurrences = sum(len(k["occurrences"]) for k in keywords)
            # Every occurrence's text is marked, start to end.
            for k, keyword in enumerate(keywords):
                for s, e in keyword["occurrences"]:
                    covered = "".join(m["text"] for m in marks.keywords if k in m["ks"])
                    if text[s:e].decode() not in covered:
                        problems.append(f"occurrence '{text[s:e].decode()}' of '{keyword['phrase']}' is not marked whole")
            direction = (marks.article or {}).get("dir")
            if (language == "ar") != (direction == "rtl"):
                problems.append(f"article direction {direction} for {language}")
            print(f"{language}: {len(summary)} summary sentences and {len(marks.keywords)} keyword occurrences marked "
                  f"({len(keywords)} keywords, {occurrences} occurrences), direction {direction}; screenshot {shot}"
                  + ("" if not problems else "\n  " + "\n  ".join(problems)))
            failures += problems
    finally:
        server.terminate()
        server.wait(timeout=30)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
