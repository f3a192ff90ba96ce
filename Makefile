# Precis: make targets
#
#   make setup      install the system libraries Precis builds on (Debian/Ubuntu; uses sudo unless root)
#   make build      debug build of the library and the `precis` CLI
#   make release    optimised build (.build/release/precis)
#   make test       unit and CLI tests, the embedded-data check, the Examples/ package build, and the
#                   HTTP tests of the service (Server/ package: endpoints, statuses, identity with batch)
#   make demo       summarise, extract keywords, segment and transliterate the sample article
#   make run ARGS="segment --words FILE"   run the CLI with arguments
#   make install    install the CLI to $(PREFIX)/bin (PREFIX=/usr/local; data is compiled in)
#   make data       regenerate the embedded stopword lists and IDF models (stopwords/, corpora/idf/)
#   make taggers    train the part-of-speech taggers and lemmatisers on $(UD) into models/pos (and the
#                   accuracy table models/ACCURACY.md), then `make data`
#   make corpora    rebuild the IDF models in corpora/idf/ from $(BACKGROUND), then `make data`
#   make corpora-wordfreq   re-estimate the IDF models of languages without a background corpus
#                   from word frequencies (wordfreq, installed in a venv), then `make data`
#   make eval       every evaluation on $(EVAL): summaries and keywords against the peers, encodings,
#                   segmentation, language ID
#   make eval-keywords    F1@5/@10 of Precis (shipped and set-own statistics), YAKE, TF-IDF, RAKE, summa
#   make eval-keyword-form  malformed keywords and duplicate pairs in top-10 lists, by Precis's tagger
#                         (KEYWORD_PRECIS=BINARY judges another build's lists)
#   make eval-summaries   ROUGE of Precis, Lead-N, summa, sumy and the oracle (../shared/bench scorer)
#   make eval-encodings   how often the encoding of legacy and BOM-less UTF-16 files is told right,
#                         per confidence threshold (encoded copies made in a temporary folder)
#   make eval-rouge       the built-in scorer (`precis-eval summaries`, no Python) and its agreement
#                         with the rouge-score package
#   make bench      speed against summa, sumy, YAKE and a plain ICU segmentation pass (the floor),
#                   and scaling from 10 KB to 10 MB
#   make bench-limits   time and peak memory of summarize and keywords on 1, 10 and 100 MB inputs
#                   (a book repeated, and one line without punctuation)
#   make bench-memory   peak memory of `precis batch` on corpora of 256 MB and 1 GB (SIZES="256 1024")
#   make spark-demo Precis on Apache Spark (PySpark in a venv, Java 17) in local mode and on a standalone
#                   cluster it starts here (a master and two workers, spark/cluster.sh; the binary shipped to
#                   the executors), checked against `precis batch` on 200 news articles and 27 files in
#                   legacy encodings, UTF-16 and broken bytes (SPARK_MODE=local|standalone; CORPUS=DIR, DOCS=N)
#   make fuzz       fuzz the whole pipeline with libFuzzer (ASan) for $(FUZZ_TIME) s, seeded from $(EVAL)
#                   (Fuzz/ package; corpus in Fuzz/corpus, crashes in Fuzz/artifacts)
#   make test-asan  the tests under AddressSanitizer (scratch path .build-asan)
#   make test-tsan  the tests under ThreadSanitizer (scratch path .build-tsan)
#   make serve      build and run the HTTP service and its page (Server/ package) on 127.0.0.1:8080
#   make serve-build    build precis-serve (Server/.build/release/precis-serve), which `precis serve` runs
#   make serve-sources  copy Server/page.html and Server/openapi.yaml into the Swift sources that serve them
#   make test-serve-browser  the page in headless Chromium (English, Arabic, Chinese): highlights checked in
#                   the DOM, screenshots in $(SERVE_SHOTS)
#   make bench-serve    load test (wrk) at 1, 2 and 16 connections, memory, hostile requests, against batch
#   make fuzz-serve     the API fuzzed from Server/openapi.yaml with schemathesis (in a venv)
#   make format     format the Swift sources with swift-format
#   make clean      remove build products

SWIFT ?= swift
PYTHON ?= python3
PREFIX ?= /usr/local
EVAL ?= ../shared/eval
SAMPLE ?= corpora/samples/lake-en.txt
APT_PACKAGES = pkg-config libicu-dev libstemmer-dev libcld2-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BACKGROUND ?= ../shared/data/background
WORDFREQ_VENV ?= /tmp/precis-wordfreq

BENCH ?= ../shared/bench
RESULTS ?= bench/results

# Fuzzing: seconds to run, the longest input, seconds after which one input is a hang, memory cap.
FUZZ_TIME ?= 600
FUZZ_MAX_LEN ?= 4096
FUZZ_TIMEOUT ?= 10
FUZZ_RSS_MB ?= 2048
FUZZ_ARGS ?=
FUZZER = Fuzz/.build/release/precis-fuzz
# swiftc keeps only the last -sanitize= option, so fuzzer and address go in one.
FUZZ_BUILD_FLAGS = -c release --sanitize=fuzzer --sanitize=address \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -g

# Sanitizer runs stop at the first report, with an exit code of their own, so that a report from the
# CLI binary that CLITests run as a subprocess fails that test too.
# Leaks of the toolchain's own libraries are suppressed (Tests/lsan-suppressions.txt).
ASAN_ENV = ASAN_OPTIONS=halt_on_error=1:exitcode=86:detect_leaks=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt:print_suppressions=0
TSAN_ENV = TSAN_OPTIONS=halt_on_error=1:exitcode=87

.PHONY: serve serve-build serve-sources test-serve-browser bench-serve fuzz-serve setup build release release-eval test test-asan test-tsan fuzz fuzz-build demo run install data check-data taggers corpora corpora-wordfreq eval eval-summaries eval-keywords eval-keyword-form eval-rouge eval-encodings eval-segmentation eval-language bench bench-limits bench-memory spark-demo format clean

setup:
	@if dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then echo "system libraries present: $(APT_PACKAGES)"; \
	else $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_PACKAGES); fi

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product precis

# The measuring tool (evaluation and tagger training), kept out of the product.
release-eval:
	$(SWIFT) build -c release --product precis-eval

test: check-data
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) build --package-path Examples
	Examples/.build/debug/precis-example
	@if command -v $(PYTHON) >/dev/null; then $(PYTHON) spark/precis_spark.py self-test; fi
	@if command -v $(PYTHON) >/dev/null; then $(PYTHON) Server/embed.py --check; fi
	$(SWIFT) build --package-path Server --build-tests
	PRECIS=$(CURDIR)/.build/debug/precis $(SWIFT) test --package-path Server --skip-build

# The HTTP service (Server/ package): its own package, so that apps embedding the library never
# fetch or build Hummingbird and SwiftNIO.
SERVE_BIN = Server/.build/release/precis-serve
SERVE_SHOTS ?= /tmp/precis-serve-shots
serve-build:
	$(SWIFT) build -c release --package-path Server --product precis-serve

serve: serve-build
	$(SERVE_BIN) $(ARGS)

serve-sources:
	$(PYTHON) Server/embed.py

test-serve-browser: serve-build
	$(PYTHON) Server/Tests/browser/check_page.py --server $(SERVE_BIN) --shots $(SERVE_SHOTS)

bench-serve: serve-build release
	Server/bench/load.sh $(SERVE_BIN) .build/release/precis $(RESULTS)/serve

fuzz-serve: serve-build
	Server/bench/fuzz.sh $(SERVE_BIN)

# The tests under AddressSanitizer and ThreadSanitizer; each has its own build folder.
test-asan:
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	$(ASAN_ENV) $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

test-tsan:
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(TSAN_ENV) $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

fuzz-build:
	$(SWIFT) build --package-path Fuzz $(FUZZ_BUILD_FLAGS)

# Fuzz for FUZZ_TIME seconds: new inputs go to Fuzz/corpus (kept between runs), seeds are rebuilt
# from the evaluation texts into Fuzz/seeds, crashes and hangs are written to Fuzz/artifacts.
# Swift's own backtracer is off: under ASan it adds a false report after a trap.
fuzz: fuzz-build
	$(PYTHON) Fuzz/seed_corpus.py $(EVAL) Fuzz/seeds
	mkdir -p Fuzz/corpus Fuzz/artifacts
	SWIFT_BACKTRACE=enable=no $(FUZZER) Fuzz/corpus Fuzz/seeds -dict=Fuzz/precis.dict -max_total_time=$(FUZZ_TIME) \
		-max_len=$(FUZZ_MAX_LEN) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
		-artifact_prefix=Fuzz/artifacts/ -print_final_stats=1 $(FUZZ_ARGS)

demo: build
	@echo "== a two-sentence summary of $(SAMPLE)"
	@$(SWIFT) run -q precis summarize -n 2 $(SAMPLE)
	@echo "== its keywords, and those of the Russian version (names in Latin letters)"
	@$(SWIFT) run -q precis keywords -k 5 $(SAMPLE)
	@$(SWIFT) run -q precis keywords -k 5 corpora/samples/lake-ru.txt
	@echo "== sentences of $(SAMPLE)"
	@$(SWIFT) run -q precis segment $(SAMPLE)
	@echo "== the first sentence's words"
	@$(SWIFT) run -q precis segment --words $(SAMPLE) | head -n 1
	@echo "== names in Latin letters"
	@$(SWIFT) run -q precis translit "Владимир Путин" "Сергей Лавров" "Αλέξης Τσίπρας" "北京" "プーチン"

run: build
	@$(SWIFT) run -q precis $(ARGS)

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/precis $(DESTDIR)$(PREFIX)/bin/precis

data:
	$(PYTHON) scripts/embed_data.py

check-data:
	@if command -v $(PYTHON) >/dev/null; then $(PYTHON) scripts/embed_data.py --check; fi

# Part-of-speech taggers and lemmatisers from Universal Dependencies data (models/README.md).
UD ?= ../shared/data/ud
taggers: release-eval
	.build/release/precis-eval tagger train --ud $(UD) --out models/pos | tee models/ACCURACY.md
	$(PYTHON) scripts/embed_data.py

corpora: release
	BACKGROUND=$(BACKGROUND) PRECIS=.build/release/precis PYTHON=$(PYTHON) corpora/build_idf.sh

corpora-wordfreq: release
	$(PYTHON) -m venv $(WORDFREQ_VENV) && $(WORDFREQ_VENV)/bin/pip install -q 'wordfreq==3.1.1'
	PRECIS=.build/release/precis $(WORDFREQ_VENV)/bin/python corpora/wordfreq_idf.py
	$(PYTHON) scripts/embed_data.py

eval: eval-summaries eval-keywords eval-encodings eval-segmentation eval-language

# PEERS=none runs Precis alone; BEFORE=DIR takes the peers (and an earlier Precis) from DIR's kw_*.json.
PEERS ?= all
BEFORE ?=
eval-keywords: release
	EVAL=$(EVAL) BENCH=$(BENCH) PEERS=$(PEERS) BEFORE=$(BEFORE) bench/keywords.sh $(RESULTS)

# The form of keyword lists, judged by Precis's tagger: malformed keywords (verb phrases, bare
# adjectives, possessives, fragments), duplicate pairs, short lists; every keyword set and the
# maked_bbc news. KEYWORD_PRECIS=BINARY judges another build's lists (the tagging is this build's).
KEYWORD_PRECIS ?= .build/release/precis
FORM_LANGS = --lang en --set-lang 110-PT-BN-KP=pt --set-lang WikiNews-fr=fr --set-lang pak2018=pl \
	--set-lang ja_kpe_abeja_cc=ja --set-lang maked_bbc=prefix
eval-keyword-form: release
	OUT=$(RESULTS)/keyword-form PRECIS=$(KEYWORD_PRECIS) EVAL=$(EVAL) bench/keyword_outputs.sh
	$(PYTHON) bench/keyword_form.py --json $(RESULTS)/keyword-form/keywords --texts $(EVAL)/keywords \
		--json $(RESULTS)/keyword-form/news --texts $(EVAL)/summaries --precis .build/release/precis $(FORM_LANGS) \
		--tag-cache $(RESULTS)/tag-cache --md $(RESULTS)/keyword-form.md --json-out $(RESULTS)/keyword-form.json

eval-summaries: release
	EVAL=$(EVAL) BENCH=$(BENCH) bench/summaries.sh $(RESULTS)

eval-rouge: release release-eval
	.build/release/precis-eval summaries $(EVAL)/summaries
	PRECIS_EVAL=.build/release/precis-eval EVAL=$(EVAL) $$($(BENCH)/setup.sh) bench/rouge_agreement.py

bench: release
	BENCH=$(BENCH) bench/speed.sh $(RESULTS)
	$(PYTHON) bench/scaling.py --precis .build/release/precis --out $(RESULTS)

bench-limits: release
	mkdir -p $(RESULTS)
	$(PYTHON) bench/limits.py --precis .build/release/precis --sizes 1,10,100 | tee $(RESULTS)/limits.md

bench-memory: release
	BENCH=$(BENCH) bench/corpus_memory.sh $(RESULTS)

# Not part of `make test` or CI: it needs Java and PyPI, and takes minutes.
spark-demo: release
	PRECIS=.build/release/precis EVAL=$(EVAL) BENCH=$(BENCH) spark/demo.sh

eval-encodings: release
	$(PYTHON) bench/encodings.py --precis .build/release/precis --eval $(EVAL)

eval-segmentation: release-eval
	.build/release/precis-eval segmentation $(EVAL)/segmentation

eval-language: release-eval
	.build/release/precis-eval language $(EVAL)/summaries/maked_bbc $(EVAL)/keywords/maked_bbc $(EVAL)/segmentation

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Examples/Sources

clean:
	rm -rf .build .build-asan .build-tsan Examples/.build Fuzz/.build Server/.build
