#!/usr/bin/env python3
"""Run Precis over a corpus with Apache Spark (PySpark).

Each Spark task pipes its partition of documents, as JSON Lines, through one
`precis batch --stdin-jsonl` process and gets one JSON record per document
back. With `--idf corpus`, a first map/reduce pass counts the corpus's own
document frequencies: every partition is piped through
`precis idf build --stdin-jsonl -o -` (one model per partition), the models are
added up pairwise with `precis idf merge` (a tree reduce: the merge of shard
models equals the model of the whole), and the second pass extracts keywords
with the merged model.

    precis_spark.py run CORPUS --precis PATH [-n N] [-k K] [--lang CODE|auto]
                        [--idf bundled|none|corpus|FILE] [--partitions P]
                        [--master URL] [--ship-binary] [-o OUT.jsonl]
    precis_spark.py compare SPARK.jsonl BATCH.jsonl --root CORPUS
    precis_spark.py self-test

CORPUS is a local folder (every .txt file below it, read by the tasks, so on a
cluster it must be on a file system every worker sees) or a Hadoop URI
(hdfs://, s3a://, file://) read with `SparkContext.wholeTextFiles`. A document's
id is its path relative to CORPUS. Output: the records as JSON Lines sorted by
id. Exit status: 0, 1 if some records are error records, 2 if the job failed.
`compare` checks Spark's records against those of `precis batch CORPUS`
(paths mapped to ids). `self-test` checks this file's own logic without Spark.

Only the `run` command needs PySpark; the rest is the Python standard library.
"""
import argparse
import itertools
import json
import os
import queue
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import urlparse

# --------------------------------------------------------------------------------------------
# Documents and JSON Lines


def list_corpus(root):
    """The .txt files below `root` as paths relative to it, sorted: the documents `precis
    batch` takes from a folder (regular files whose name ends in .txt, hidden ones included;
    symbolic links skipped)."""
    found = []
    for folder, dirs, files in os.walk(root):  # does not enter links to folders
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".txt") and not os.path.islink(path) and os.path.isfile(path):
                found.append(os.path.relpath(path, root))
    return sorted(found)


def decode_text(data):
    """`data` as text the way `precis` reads a file: UTF-8 without a byte-order mark, line
    ends kept as they are. Returns (text, None), or (None, problem) for bytes that are not
    UTF-8 text; such documents become error records without reaching Precis."""
    if not data:
        return None, "is empty"
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0  # offsets below count from the file's start
    nul = data.find(b"\x00", skip)
    if nul >= 0:
        return None, f"is not a text file (NUL byte at offset {nul})"
    try:
        return data[skip:].decode("utf-8"), None
    except UnicodeDecodeError as e:
        bad = skip + e.start
        return None, (f"is not valid UTF-8 (bad byte 0x{data[bad]:02X} at offset {bad}); "
                      "convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8")


def read_document(root, relative):
    """(id, text, problem) of the file `relative` below `root`."""
    try:
        with open(os.path.join(root, relative), "rb") as f:
            data = f.read()
    except OSError as e:
        return relative, None, f"cannot be read ({e.strerror})"
    text, problem = decode_text(data)
    return relative, text, problem


# Line separators that JSON allows raw inside strings but that a line reader splitting on
# every Unicode line end would break a line at; escaped so that one document is one line.
_LINE_SEPARATORS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_line(doc_id, text):
    """One input line for `precis ... --stdin-jsonl`: {"id": ..., "text": ...} on one line,
    UTF-8 (control characters and Unicode line separators escaped)."""
    line = json.dumps({"id": doc_id, "text": text}, ensure_ascii=False)
    for raw, escaped in _LINE_SEPARATORS.items():
        line = line.replace(raw, escaped)
    return line


def error_record(doc_id, problem):
    """The record of a document that failed before or outside Precis, shaped like Precis's own."""
    return {"id": str(doc_id), "error": problem}


def record_line(record):
    """A record as one line, keys sorted, like `precis batch` writes them."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --------------------------------------------------------------------------------------------
# Piping a partition through a process


class PrecisFailed(RuntimeError):
    """A `precis` process ended with an exit status other than those expected."""


def pipe_lines(argv, lines, ok_status=(0, 1)):
    """Runs `argv`, writes `lines` (strings without line ends) to its standard input from a
    thread, and yields its standard output line by line (without line ends). Standard error
    goes where this process's goes (the executor's log in Spark). An exit status outside
    `ok_status` raises PrecisFailed after the output is read, so that Spark fails (and retries)
    the task instead of silently losing records. (`RDD.pipe` cannot do this: it either accepts
    every status or rejects all but 0, and precis exits 1 when some records are error records.)
    """
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    writer_error = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError as e:  # the process died; its status says why
            writer_error.append(e)
        except BaseException as e:  # a failure reading the input: report it after the process ends
            writer_error.append(e)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    for raw in process.stdout:
        yield raw.rstrip(b"\n").decode("utf-8")
    status = process.wait()
    thread.join()
    if status not in ok_status:
        raise PrecisFailed(f"{shlex.join(argv)} exited with status {status}")
    for e in writer_error:
        if not isinstance(e, BrokenPipeError):
            raise e


def records_of_partition(argv, documents):
    """The records for one partition of (id, text, problem) documents: documents with a
    problem become error records here; the rest go through `argv` (precis batch
    --stdin-jsonl ...) in one process. Every document gets exactly one record, in input order:
    a document Precis gave no record for (the process stopped early) gets an error record.
    Yields (id, (record line, failed)); Precis's own lines are passed on as they are.

    Streams: documents are read as the process takes them and records passed on as they come
    (precis writes them in input order), so a partition is never held in memory whole."""
    documents = iter(documents)
    first = next(documents, None)
    if first is None:  # an empty partition: no process
        return
    documents = itertools.chain([first], documents)
    pending = queue.SimpleQueue()  # (id, problem) of each document taken, in order

    def lines():
        for doc_id, text, problem in documents:
            pending.put((str(doc_id), problem))
            if problem is None:
                yield json_line(doc_id, text)

    def failed(doc_id, problem):
        return doc_id, (record_line(error_record(doc_id, problem)), True)

    for line in pipe_lines(argv, lines()):
        if not line.strip():
            continue
        record = json.loads(line)
        while True:  # a document is queued before its line is written, so never blocks for long
            doc_id, problem = pending.get()
            if problem is not None:
                yield failed(doc_id, problem)
                continue
            if str(record.get("id")) != doc_id:
                raise PrecisFailed(f"precis gave a record for {record.get('id')!r} where {doc_id!r} was due")
            yield doc_id, (line, "error" in record)
            break
    # The process has ended and its input thread with it: what is queued, and what it never
    # took, has no record.
    while not pending.empty():
        doc_id, problem = pending.get()
        yield failed(doc_id, problem or "precis gave no record for this document")
    for doc_id, text, problem in documents:
        yield failed(str(doc_id), problem or "precis gave no record for this document")


def model_of_partition(argv, documents):
    """The IDF model (text) of one partition's documents, from `argv` (precis idf build
    --stdin-jsonl -o - ...), as a one-element list; empty for a partition with no readable
    document (precis would refuse to write an empty model)."""
    lines = [json_line(d, t) for d, t, p in documents if p is None]
    if not lines:
        return []
    text = "\n".join(pipe_lines(argv, lines)) + "\n"
    if not text.strip():
        raise PrecisFailed(f"{shlex.join(argv)} wrote no model")
    return [text]


def merge_models(precis, first, second):
    """The sum of two IDF models (texts), by `precis idf merge`."""
    with tempfile.TemporaryDirectory(prefix="precis-idf-") as folder:
        paths = []
        for number, text in enumerate((first, second)):
            path = os.path.join(folder, f"part{number}.idf")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(path)
        out = os.path.join(folder, "merged.idf")
        subprocess.run([precis, "idf", "merge", *paths, "-o", out], check=True, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            return f.read()


# --------------------------------------------------------------------------------------------
# Comparing records with those of `precis batch`


def load_records(path, key, root=None):
    """The records in the JSON Lines file `path`, by id: the field `key` ("id" or "path"),
    made relative to `root` when given (a `precis batch DIR` record's path is DIR/relative).
    The key field itself, and an "encoding" of UTF-8 (what Spark's reading assumes), are
    left out so that records of both kinds compare equal."""
    records = {}
    prefix = None
    if root is not None:
        prefix = root.rstrip("/") + "/"
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if key not in record:
                raise ValueError(f"{path}:{number}: no {key!r} field")
            ident = str(record.pop(key))
            if prefix and ident.startswith(prefix):
                ident = ident[len(prefix):]
            if record.get("encoding") == "UTF-8":
                del record["encoding"]
            if ident in records:
                raise ValueError(f"{path}:{number}: {key} {ident!r} appears twice")
            records[ident] = record
    return records


def first_difference(a, b, where=""):
    """Where two JSON values first differ ("summary[2].score: 0.31 != 0.32"), or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{where}{'.' if where else ''}{k}: only in {'second' if k not in a else 'first'}"
            d = first_difference(a[k], b[k], f"{where}{'.' if where else ''}{k}")
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{where}[{i}]")
            if d:
                return d
        if len(a) != len(b):
            return f"{where}: {len(a)} items != {len(b)}"
        return None
    if a != b or type(a) is not type(b):
        return f"{where}: {json.dumps(a)[:80]} != {json.dumps(b)[:80]}"
    return None


def compare(first, second):
    """Compares two {id: record} maps. Two error records match whatever their messages (each
    side words its own). Returns a dict of counts and examples; "same" is True when both have
    the same ids and every record matches."""
    only_first = sorted(set(first) - set(second))
    only_second = sorted(set(second) - set(first))
    identical, both_failed, different = 0, 0, []
    for ident in sorted(set(first) & set(second)):
        a, b = first[ident], second[ident]
        if "error" in a and "error" in b:
            both_failed += 1
            continue
        d = first_difference(a, b)
        if d is None:
            identical += 1
        else:
            different.append((ident, d))
    return {
        "first": len(first),
        "second": len(second),
        "common": len(set(first) & set(second)),
        "identical": identical,
        "both_failed": both_failed,
        "different": different,
        "only_first": only_first,
        "only_second": only_second,
        "same": not only_first and not only_second and not different,
    }


def report_comparison(result, names=("spark", "batch"), out=sys.stdout):
    a, b = names
    verdict = "PASS" if result["same"] else "FAIL"
    print(
        f"{verdict}: {a} {result['first']} records, {b} {result['second']}; "
        f"{result['common']} documents in both: {result['identical']} identical, "
        f"{result['both_failed']} failed in both, {len(result['different'])} different; "
        f"{len(result['only_first'])} only in {a}, {len(result['only_second'])} only in {b}",
        file=out,
    )
    for ident, d in result["different"][:5]:
        print(f"  differs: {ident}: {d}", file=out)
    for ident in result["only_first"][:5]:
        print(f"  only in {a}: {ident}", file=out)
    for ident in result["only_second"][:5]:
        print(f"  only in {b}: {ident}", file=out)


# --------------------------------------------------------------------------------------------
# The Spark job


def precis_options(args):
    """The options shared by both passes of `precis batch --stdin-jsonl` (all but --idf)."""
    argv = ["-n", str(args.n), "-k", str(args.k), "--lang", args.lang]
    if args.no_summary:
        argv.append("--no-summary")
    if args.jobs is not None:
        argv += ["--jobs", str(args.jobs)]
    if args.quiet:
        argv.append("--quiet")
    return argv + args.precis_arg


def worker_file(name, shipped, executable=False):
    """On a worker: the path of `name`, either shipped with SparkContext.addFile (looked up in
    the task's SparkFiles folder; made executable if need be) or a path valid on every worker."""
    if not shipped:
        return name
    from pyspark import SparkFiles

    path = SparkFiles.get(os.path.basename(name))
    if executable and not os.access(path, os.X_OK):
        os.chmod(path, 0o755)
    return path


def documents_rdd(sc, corpus, partitions):
    """An RDD of (id, text, problem) for the corpus, the number of documents, and whether the
    RDD is in id order (a folder's listing is sorted and cut into partitions in order)."""
    if "://" in corpus:  # a Hadoop file system: read whole files on the workers
        # (Hadoop decodes the files as UTF-8 itself: invalid bytes become U+FFFD.)
        sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
        root = urlparse(corpus).path.rstrip("/") + "/"

        def document(pair):
            path, text = pair
            path = urlparse(path).path  # Hadoop writes file:///x as file:/x
            text = text[1:] if text.startswith("\ufeff") else text
            return path[len(root):] if path.startswith(root) else path, text, None if text else "is empty"

        pairs = sc.wholeTextFiles(corpus, minPartitions=partitions or sc.defaultParallelism)
        docs = pairs.filter(lambda kv: kv[0].endswith(".txt")).map(document)
        docs = docs.cache()
        return docs, docs.count(), False
    root = os.path.abspath(corpus)
    if not os.path.isdir(root):
        raise SystemExit(f"{corpus}: no such folder")
    names = list_corpus(root)
    if not names:
        raise SystemExit(f"{corpus}: no .txt files below it")
    slices = partitions or max(sc.defaultParallelism, -(-len(names) // 1000))
    docs = sc.parallelize(names, min(slices, len(names))).map(lambda name: read_document(root, name))
    return docs.cache(), len(names), True


def run(args):
    try:
        from pyspark import SparkConf, SparkContext, StorageLevel
    except ImportError:
        raise SystemExit("PySpark is not installed: pip install pyspark (spark/README.md)")
    precis = os.path.abspath(args.precis) if os.path.exists(args.precis) else shutil.which(args.precis)
    if precis is None:
        raise SystemExit(f"{args.precis}: no such program; give the binary with --precis PATH")
    if args.idf == "corpus" and args.lang == "auto":
        raise SystemExit("--idf corpus on Spark counts one model: give the corpus's language with --lang CODE")

    started = time.perf_counter()
    conf = SparkConf().setAppName("precis").set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    if conf.get("spark.master").startswith("local"):
        # The local workers run this Python (with its PySpark); on a cluster PYSPARK_PYTHON is
        # the user's to set.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    sc = SparkContext(conf=conf)
    sc.setLogLevel(args.log_level)
    try:
        ship = args.ship_binary
        if ship:
            sc.addFile(precis)
        for path in args.ship_file:  # beside the binary, where its run path ($ORIGIN) looks
            sc.addFile(os.path.abspath(path))
        spark_ready = time.perf_counter()

        docs, count, in_order = documents_rdd(sc, args.corpus, args.partitions)
        options = precis_options(args)
        idf_note = ""
        with tempfile.TemporaryDirectory(prefix="precis-spark-") as scratch:
            idf = args.idf
            if idf == "corpus":
                # Map: a model per partition. Reduce: pairwise merges, on the executors up to the
                # last level (treeReduce), the last on the driver.
                build = ["idf", "build", "--stdin-jsonl", "-o", "-", "--lang", args.lang]
                models = docs.mapPartitions(
                    lambda part: [(m, 1) for m in model_of_partition([worker_file(precis, ship, True), *build], part)])
                try:
                    merged, parts = models.treeReduce(
                        lambda a, b: (merge_models(worker_file(precis, ship, True), a[0], b[0]), a[1] + b[1]),
                        depth=args.tree_depth)
                except ValueError as e:  # "Cannot reduce empty RDD."
                    raise SystemExit(f"--idf corpus: no readable document to count ({e})")
                idf = os.path.join(scratch, "corpus.idf")
                with open(idf, "w", encoding="utf-8") as f:
                    f.write(merged)
                if args.save_idf:
                    with open(args.save_idf, "w", encoding="utf-8") as f:
                        f.write(merged)
                idf_note = f"; corpus IDF from {parts} partition models"
            if idf not in ("bundled", "none"):
                sc.addFile(os.path.abspath(idf))
                idf_name = os.path.basename(idf)
                idf_options = lambda: ["--idf", worker_file(idf_name, True)]
            else:
                idf_options = lambda mode=idf: ["--idf", mode]

            batch = ["batch", "--stdin-jsonl", *options]
            records = docs.mapPartitions(
                lambda part: records_of_partition(
                    [worker_file(precis, ship, True), *batch, *idf_options()], part))
            # All partitions run at once and their records are kept (spilling to disk if need
            # be); then they stream to the driver a partition at a time, in id order: as they
            # are when the documents were, sorted by a shuffle otherwise.
            records.persist(StorageLevel.MEMORY_AND_DISK)
            records.count()
            ordered = records if in_order else records.sortByKey(numPartitions=max(1, docs.getNumPartitions()))

            out = open(args.output, "w", encoding="utf-8") if args.output != "-" else sys.stdout
            written, failed = 0, 0
            try:
                for _, (line, error) in ordered.toLocalIterator():
                    out.write(line + "\n")
                    written += 1
                    failed += error
            finally:
                if out is not sys.stdout:
                    out.close()
        finished = time.perf_counter()
        print(
            f"precis on spark ({sc.master}, {docs.getNumPartitions()} partitions): {count} documents, "
            f"{written} records, {failed} errors{idf_note}; {finished - spark_ready:.1f} s "
            f"(+{spark_ready - started:.1f} s Spark start-up)",
            file=sys.stderr,
        )
        if written != count:
            raise SystemExit(f"{count} documents but {written} records")
        return 1 if failed else 0
    finally:
        sc.stop()


# --------------------------------------------------------------------------------------------
# Self-test (no Spark)


def self_test():
    """Checks the reading, JSON Lines, piping and comparison logic with a stand-in for precis."""
    failures, checks = [], []

    def check(name, condition):
        checks.append(name)
        if not condition:
            failures.append(name)

    with tempfile.TemporaryDirectory() as folder:
        for rel, data in [("b.txt", b"B text.\r\n"), ("a/.hidden.txt", b"\xef\xbb\xbfHidden."),
                          ("a/z.txt", b"bad \xff byte"), ("note.md", b"not text"), ("c.txt", b"")]:
            os.makedirs(os.path.dirname(os.path.join(folder, rel)), exist_ok=True)
            with open(os.path.join(folder, rel), "wb") as f:
                f.write(data)
        os.symlink(os.path.join(folder, "b.txt"), os.path.join(folder, "link.txt"))
        names = list_corpus(folder)
        check("list_corpus", names == ["a/.hidden.txt", "a/z.txt", "b.txt", "c.txt"])
        docs = [read_document(folder, n) for n in names]
        check("BOM dropped", docs[0][1] == "Hidden.")
        check("invalid UTF-8", docs[1][1] is None and docs[1][2].startswith("is not valid UTF-8 (bad byte 0xFF at offset 4)"))
        check("NUL byte", decode_text(b"\xef\xbb\xbfa\x00")[1] == "is not a text file (NUL byte at offset 4)")
        check("line ends kept", docs[2][1] == "B text.\r\n")
        check("empty file", docs[3][2] == "is empty")

        line = json_line("x", "a\u2028b\nc\u0085")
        check("one line", "\n" not in line and "\u2028" not in line and json.loads(line)["text"] == "a\u2028b\nc\u0085")

        # A stand-in for `precis batch --stdin-jsonl`: echoes each id with the text's length;
        # the id "stop" ends it early with status STATUS, the text "swap" gets another id.
        stub = os.path.join(folder, "stub.py")
        with open(stub, "w") as f:
            f.write(
                "import json, sys\n"
                "status = int(sys.argv[1])\n"
                "for line in sys.stdin:\n"
                "    r = json.loads(line)\n"
                "    if r['id'] == 'stop': sys.exit(status)\n"
                "    i = 'other' if r['text'] == 'swap' else str(r['id'])\n"
                "    print(json.dumps({'id': i, 'characters': len(r['text'])}, sort_keys=True))\n"
                "sys.exit(status)\n")
        out = list(records_of_partition([sys.executable, stub, "1"], docs))
        check("one record each, in order", [i for i, _ in out] == names)
        check("error record", out[1][1][1] and json.loads(out[1][1][0])["error"].startswith("is not valid UTF-8"))
        check("precis record", out[2][1] == ('{"characters": 9, "id": "b.txt"}', False))
        stopped = docs[:3] + [("stop", "x", None), ("after", "y", None)]
        out = dict(records_of_partition([sys.executable, stub, "1"], stopped))
        check("missing record", "no record" in json.loads(out["after"][0])["error"])
        for name, status, partition in [("status 2 raises", "2", docs[2:]),
                                        ("a record for another id raises", "0", [("x", "swap", None)])]:
            try:
                list(records_of_partition([sys.executable, stub, status], partition))
                check(name, False)
            except PrecisFailed:
                check(name, True)
        check("empty partition", list(records_of_partition(["false"], [])) == [])

        # Comparison: batch records carry DIR/relative paths, Spark ones ids.
        spark = os.path.join(folder, "spark.jsonl")
        batch = os.path.join(folder, "batch.jsonl")
        with open(spark, "w") as f:
            f.write('{"id":"a.txt","language":"en","summary":[{"score":0.5}]}\n{"error":"x","id":"b.txt"}\n')
        with open(batch, "w") as f:
            f.write('{"encoding":"UTF-8","language":"en","path":"/c/a.txt","summary":[{"score":0.5}]}\n'
                    '{"error":"y","path":"/c/b.txt"}\n')
        result = compare(load_records(spark, "id"), load_records(batch, "path", "/c"))
        check("compare same", result["same"] and result["identical"] == 1 and result["both_failed"] == 1)
        with open(batch, "a") as f:
            f.write('{"language":"en","path":"/c/d.txt"}\n')
        first = load_records(spark, "id")
        first["a.txt"]["summary"][0]["score"] = 0.25
        result = compare(first, load_records(batch, "path", "/c"))
        check("compare different", not result["same"] and result["only_second"] == ["d.txt"]
              and result["different"][0][1] == "summary[0].score: 0.25 != 0.5")

    for name in failures:
        print(f"self-test failed: {name}", file=sys.stderr)
    print(f"spark-self-test: {len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


# --------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    r = commands.add_parser("run", help="summaries and keywords of a corpus, on Spark")
    r.add_argument("corpus", help="a folder of .txt files, or a Hadoop URI (hdfs://..., s3a://...)")
    r.add_argument("--precis", default="precis", help="the precis binary (a path valid on every worker, "
                   "or with --ship-binary the driver's copy; default: precis on PATH)")
    r.add_argument("--ship-binary", action="store_true", help="send the binary to the executors "
                   "with SparkContext.addFile (they still need its shared libraries)")
    r.add_argument("--ship-file", action="append", default=[], metavar="FILE", help="also send FILE "
                   "(e.g. a shared library of the Swift runtime) to the executors, beside the binary")
    r.add_argument("-n", type=int, default=3, help="summary sentences (default 3)")
    r.add_argument("-k", type=int, default=10, help="keywords (default 10; 0: none)")
    r.add_argument("--no-summary", action="store_true", help="keywords only")
    r.add_argument("--lang", default="auto", help="language code, or auto (default)")
    r.add_argument("--idf", default="bundled", help="bundled (default), none, corpus (counted over the "
                   "corpus by map/reduce; needs --lang CODE) or a model file")
    r.add_argument("--save-idf", metavar="FILE", help="with --idf corpus, also save the merged model here")
    r.add_argument("--tree-depth", type=int, default=2, help="depth of the tree reduce of IDF models (default 2)")
    r.add_argument("--jobs", type=int, default=1, help="threads per precis process (default 1: Spark runs "
                   "one task per core)")
    r.add_argument("--quiet", action="store_true", help="pass --quiet to precis")
    r.add_argument("--precis-arg", action="append", default=[], metavar="ARG",
                   help="another argument for precis batch (repeatable)")
    r.add_argument("--partitions", type=int, help="partitions (default: the default parallelism, "
                   "or one per 1,000 documents if more)")
    r.add_argument("--master", help="Spark master URL (default: spark.master from spark-submit, else local[*])")
    r.add_argument("--log-level", default="ERROR", help="Spark log level (default ERROR)")
    r.add_argument("-o", "--output", default="-", help="JSON Lines output (default: standard output)")

    c = commands.add_parser("compare", help="compare Spark's records with those of precis batch")
    c.add_argument("spark", help="records with ids (from run)")
    c.add_argument("batch", help="records with paths (from precis batch CORPUS)")
    c.add_argument("--root", required=True, help="the corpus folder as given to precis batch")
    c.add_argument("--names", default="spark,batch", help="names of the two sides in the report")

    commands.add_parser("self-test", help="check this script's logic without Spark")

    args = parser.parse_args(argv)
    if args.command == "run":
        if args.no_summary and args.k == 0:
            parser.error("--no-summary needs -k")
        try:
            return run(args)
        except SystemExit as e:  # a message of ours
            if isinstance(e.code, str):
                print(f"precis_spark: {e.code}", file=sys.stderr)
                return 2
            raise
        except Exception as e:  # the job failed: a task failed too often, Spark did not start, ...
            lines = str(e).splitlines() or [""]
            # A task's PrecisFailed is buried in the Java exception's text; it says the most.
            cause = next((ln for ln in lines if ln.startswith("PrecisFailed: ")), f"{type(e).__name__}: {lines[0]}")
            print(f"precis_spark: the job failed: {cause}", file=sys.stderr)
            return 2
    if args.command == "compare":
        try:
            result = compare(load_records(args.spark, "id"), load_records(args.batch, "path", args.root))
        except (OSError, ValueError) as e:
            print(f"FAIL: {e}")
            return 1
        report_comparison(result, tuple(args.names.split(",", 1)))
        return 0 if result["same"] else 1
    return self_test()


if __name__ == "__main__":
    sys.exit(main())
