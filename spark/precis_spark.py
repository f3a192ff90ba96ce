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
                        [--idf bundled|none|corpus|FILE] [--input-mode auto|path|base64]
                        [--include PAT] [--exclude PAT] [--follow-symlinks]
                        [--encoding NAME] [--partitions P] [--master URL]
                        [--ship-binary] [-o OUT.jsonl]
    precis_spark.py compare SPARK.jsonl BATCH.jsonl --root CORPUS [--encodings]
    precis_spark.py self-test

Precis does the reading: the documents go to it as {"id": ..., "path": ...}
(input mode path: the executors' precis opens the file, so it must be at the
same path on every worker: local mode, a cluster on one machine, NFS) or as
{"id": ..., "base64": ...} (input mode base64: the executors read the bytes with
Spark's binaryFiles), and it decodes them (UTF-8, UTF-16, windows-1251,
Shift_JIS...) and makes the error record of a file it cannot read, as
`precis batch FILE` does. The default (auto) is path for a folder in local mode
and base64 otherwise.

CORPUS is a folder, whose files are those `precis batch CORPUS` takes: the
driver lists them with `precis batch --list-files` (--include, --exclude and
--follow-symlinks as in `precis batch`); or a Hadoop URI (hdfs://, s3a://,
file://; a glob in it selects files), read with binaryFiles. A document's id is
its path relative to CORPUS. Output: the records as JSON Lines, in the order
`precis batch CORPUS` writes them (sorted by id for a Hadoop URI). Exit status:
0, 1 if some records are error records, 2 if the job failed. `compare` checks
Spark's records against those of `precis batch CORPUS` (paths mapped to ids;
identical records, error records included, in the same order). `self-test`
checks this file's own logic with a stand-in for precis, without Spark.

Only the `run` command needs PySpark; the rest is the Python standard library.
"""
import argparse
import base64
import itertools
import json
import os
import queue
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

# --------------------------------------------------------------------------------------------
# Documents and JSON Lines
#
# A document travels as one input line for `precis batch --stdin-jsonl` (and `precis idf build
# --stdin-jsonl`): {"id": ..., "path": ...} when the executors see the file at that path, or
# {"id": ..., "base64": ...} with its bytes. Either way Precis reads and decodes the bytes itself
# (UTF-8, a byte-order mark, UTF-16 without one, or a detected legacy encoding such as
# windows-1251 or Shift_JIS; --encoding and --max-size apply), exactly as `precis batch FILE`
# does, and a file it cannot read becomes its error record. Which files make the corpus is also
# Precis's to say: `precis batch --list-files`.


class ListingFailed(RuntimeError):
    """`precis batch --list-files` failed (a missing folder, a bad pattern, an old binary)."""


def listing_options(include=(), exclude=(), follow_symlinks=False):
    """The options of `precis batch` that choose the files of a folder."""
    argv = []
    for pattern in include:
        argv += ["--include", pattern]
    for pattern in exclude:
        argv += ["--exclude", pattern]
    if follow_symlinks:
        argv.append("--follow-symlinks")
    return argv


def relative_id(path, root):
    """The id of the file `path` found below the folder `root`: its path relative to `root`."""
    prefix = root.rstrip("/") + "/"
    return path[len(prefix):] if path.startswith(prefix) else os.path.relpath(path, root)


def list_files(precis, root, options=()):
    """The files `precis batch ROOT` would take, in its order, as (id, absolute path, bytes),
    from `precis batch --list-files ROOT [--include P] [--exclude P] [--follow-symlinks]`: the
    batch's own walker and patterns, so that Spark and `precis batch` process the same files."""
    root = os.path.abspath(root)
    argv = [precis, "batch", "--list-files", root, *options]
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode != 0:
        problem = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ListingFailed(f"{shlex.join(argv)} exited with status {done.returncode}"
                            + (f": {problem[-1]}" if problem else ""))
    files = []
    for number, raw in enumerate(done.stdout.decode("utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
            path = os.path.join(root, entry["path"])  # as given if absolute
            files.append((relative_id(path, root), path, int(entry.get("bytes", 0))))
        except (ValueError, KeyError, TypeError):
            raise ListingFailed(f"{shlex.join(argv)}: line {number} is not a {{\"path\", \"bytes\"}} object: {raw[:80]}")
    return files


# Line separators that JSON allows raw inside strings but that a line reader splitting on
# every Unicode line end would break a line at; escaped so that one document is one line.
_LINE_SEPARATORS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def jsonl(record):
    """`record` as one JSON line, UTF-8 (control characters and Unicode line separators
    escaped)."""
    line = json.dumps(record, ensure_ascii=False)
    for raw, escaped in _LINE_SEPARATORS.items():
        line = line.replace(raw, escaped)
    return line


def path_line(doc_id, path):
    """The input line of a file that the executor's precis opens itself."""
    return jsonl({"id": doc_id, "path": path})


def base64_line(doc_id, data):
    """The input line of a file's bytes, sent as they are for precis to decode."""
    return jsonl({"id": doc_id, "base64": base64.b64encode(data).decode("ascii")})


def error_record(doc_id, problem):
    """The record of a document that failed outside Precis, shaped like Precis's own."""
    return {"id": str(doc_id), "error": problem}


def record_line(record):
    """A record as one line, keys sorted, like `precis batch` writes them."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//[^/]*)?")


def is_uri(corpus):
    """Whether `corpus` is a Hadoop URI (hdfs://..., s3a://..., file://...) rather than a folder."""
    return "://" in corpus and _SCHEME.match(corpus) is not None


def uri_path(uri):
    """The path of a Hadoop URI or of a path Hadoop gives (hdfs://nn:8020/x/y, file:/x/y, as
    written, not percent-decoded)."""
    match = _SCHEME.match(uri)
    return uri[match.end():] if match else uri


def hadoop_root(uri):
    """The folder of a Hadoop URI that ids are relative to: its path up to the first component
    with a glob character (hdfs://nn/news/*/*.txt -> /news/)."""
    parts = uri_path(uri).split("/")
    fixed = list(itertools.takewhile(lambda part: not any(c in part for c in "*?[]{}\\"), parts))
    return "/".join(fixed).rstrip("/") + "/"


def hadoop_id(path, root):
    """The id of a file Hadoop found (file:/x/y, hdfs://nn/x/y) below the folder `root`."""
    path = uri_path(path)
    return path[len(root):] if path.startswith(root) else path


# --------------------------------------------------------------------------------------------
# Piping a partition through a process


class PrecisFailed(RuntimeError):
    """A `precis` process ended with an exit status other than those expected."""


def pipe_lines(argv, lines, ok_status=(0, 1), outcome=None):
    """Runs `argv`, writes `lines` (strings without line ends) to its standard input from a
    thread, and yields its standard output line by line (without line ends). Standard error
    goes where this process's goes (the executor's log in Spark). An exit status outside
    `ok_status` raises PrecisFailed after the output is read (the status is also put in
    `outcome["status"]` when a dict is given), so that Spark fails (and retries)
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
    if outcome is not None:
        outcome["status"] = status
    if status not in ok_status:
        raise PrecisFailed(f"{shlex.join(argv)} exited with status {status}")
    for e in writer_error:
        if not isinstance(e, BrokenPipeError):
            raise e


def records_of_partition(argv, documents):
    """The records for one partition of documents, (key, id, line, problem) each: `line` is the
    document's input line, or None with `problem` saying why there is none (a file the driver
    could not read); such documents become error records here. The lines go through `argv`
    (precis batch --stdin-jsonl ...) in one process. Every document gets exactly one record, in
    input order: a document Precis gave no record for (the process stopped early) gets an error
    record. Yields (key, (record line, failed)); Precis's own lines are passed on as they are.

    Streams: documents are read as the process takes them and records passed on as they come
    (precis writes them in input order), so a partition is never held in memory whole."""
    documents = iter(documents)
    first = next(documents, None)
    if first is None:  # an empty partition: no process
        return
    documents = itertools.chain([first], documents)
    pending = queue.SimpleQueue()  # (key, id, line number, problem) of each document taken, in order

    def lines():
        number = 0
        for key, doc_id, line, problem in documents:
            number += line is not None
            pending.put((key, str(doc_id), number, problem))
            if line is not None:
                yield line

    def failed(key, doc_id, problem):
        return key, (record_line(error_record(doc_id, problem)), True)

    for line in pipe_lines(argv, lines()):
        if not line.strip():
            continue
        record = json.loads(line)
        while True:  # a document is queued before its line is written, so never blocks for long
            key, doc_id, number, problem = pending.get()
            if problem is not None:
                yield failed(key, doc_id, problem)
                continue
            if str(record.get("id")) != doc_id:
                # A line precis could not read as JSON (one over --max-size, say) has no id it can
                # see: its error record names the line's number instead. It is this document's.
                if "error" not in record or str(record.get("id")) != str(number):
                    raise PrecisFailed(f"precis gave a record for {record.get('id')!r} where {doc_id!r} was due")
                record["id"] = doc_id
                line = record_line(record)
            yield key, (line, "error" in record)
            break
    # The process has ended and its input thread with it: what is queued, and what it never
    # took, has no record.
    while not pending.empty():
        key, doc_id, _, problem = pending.get()
        yield failed(key, doc_id, problem or "precis gave no record for this document")
    for key, doc_id, line, problem in documents:
        yield failed(key, str(doc_id), problem or "precis gave no record for this document")


def model_of_partition(argv, documents):
    """The IDF model (text) of one partition's documents, from `argv` (precis idf build
    --stdin-jsonl -o - ...), as a one-element list; empty for a partition with no document
    Precis could read (it writes no model then)."""
    lines = (line for _, _, line, _ in documents if line is not None)
    first = next(lines, None)
    if first is None:
        return []
    outcome = {}
    text = "\n".join(pipe_lines(argv, itertools.chain([first], lines), outcome=outcome)) + "\n"
    if not text.strip():
        if outcome.get("status") == 1:  # every document failed (each reported on standard error)
            return []
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
    """The records in the JSON Lines file `path`, by id, in the file's order: the field `key`
    ("id" or "path"), made relative to `root` when given (a `precis batch DIR` record's path is
    DIR/relative). The key field itself is left out, so that records of both kinds compare
    equal; everything else (the encoding the file was read in, an error's message) is kept."""
    records = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if key not in record:
                raise ValueError(f"{path}:{number}: no {key!r} field")
            ident = str(record.pop(key))
            if root is not None:
                ident = relative_id(ident, root)
            if ident in records:
                raise ValueError(f"{path}:{number}: {key} {ident!r} appears twice")
            records[ident] = record
    return records


def by_encoding(records):
    """{encoding: documents} of a {id: record} map; error records count under "error"."""
    counts = {}
    for record in records.values():
        name = "error" if "error" in record else record.get("encoding", "?")
        counts[name] = counts.get(name, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (kv[0] == "error", -kv[1], kv[0])))


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
    """Compares two {id: record} maps, error records included (both are Precis's own, so even
    their messages must agree). Returns a dict of counts and examples; "same" is True when both
    have the same ids, every record is identical, and the records come in the same order."""
    only_first = [i for i in first if i not in second]
    only_second = [i for i in second if i not in first]
    identical, both_failed, different = 0, 0, []
    for ident in first:
        if ident not in second:
            continue
        d = first_difference(first[ident], second[ident])
        if d is None:
            identical += 1
            both_failed += "error" in first[ident]
        else:
            different.append((ident, d))
    common = [i for i in first if i in second]
    in_order = common == [i for i in second if i in first]
    return {
        "first": len(first),
        "second": len(second),
        "common": len(common),
        "identical": identical,
        "both_failed": both_failed,
        "different": different,
        "only_first": only_first,
        "only_second": only_second,
        "in_order": in_order,
        "same": not only_first and not only_second and not different and in_order,
    }


def report_comparison(result, names=("spark", "batch"), out=sys.stdout):
    a, b = names
    verdict = "PASS" if result["same"] else "FAIL"
    print(
        f"{verdict}: {a} {result['first']} records, {b} {result['second']}; "
        f"{result['common']} documents in both: {result['identical']} identical "
        f"({result['both_failed']} of them error records), {len(result['different'])} different; "
        f"{len(result['only_first'])} only in {a}, {len(result['only_second'])} only in {b}; "
        f"{'same' if result['in_order'] else 'DIFFERENT'} order",
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


def reading_options(args):
    """The options of how precis reads a document, given to both passes."""
    argv = []
    if args.encoding:
        argv += ["--encoding", args.encoding]
    if args.max_size:
        argv += ["--max-size", args.max_size]
    return argv


def precis_options(args):
    """The options of `precis batch --stdin-jsonl` (all but --idf)."""
    argv = ["-n", str(args.n), "-k", str(args.k), "--lang", args.lang, *reading_options(args)]
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


def input_mode(args, master):
    """The input mode: as given, or (auto) path for a folder in local mode, base64 otherwise."""
    if args.input_mode != "auto":
        return args.input_mode
    return "path" if not is_uri(args.corpus) and master.startswith("local") else "base64"


def read_on_driver(key, doc_id, path):
    """A document read by the driver, as a base64 line (or a problem if it cannot be read)."""
    try:
        with open(path, "rb") as f:
            return key, doc_id, base64_line(doc_id, f.read()), None
    except OSError as e:
        return key, doc_id, None, f"cannot be read ({e.strerror})"


def hadoop_reading(sc):
    """Sets Hadoop up for binaryFiles: folders read recursively, and local files read with the
    raw local file system (the default one looks for a checksum file beside each file, a name it
    cannot make for a file with ':' in its name)."""
    hadoop = sc._jsc.hadoopConfiguration()
    hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    hadoop.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem")
    hadoop.set("fs.file.impl.disable.cache", "true")


def documents_rdd(sc, args, precis, mode):
    """The corpus as an RDD of documents (key, id, input line, problem), with the number of
    documents, their bytes (None if unknown), whether the RDD is in key order and a note for
    the summary line. The key orders
    the output: the listing's index for a folder (the order `precis batch` writes), the id for a
    Hadoop URI.

    A folder is listed by `precis batch --list-files` on the driver. In path mode each document
    is {"id", "path"} and the executors' precis opens the file; in base64 mode the executors read
    the bytes with SparkContext.binaryFiles (Hadoop's file system) and send {"id", "base64"}, and
    the few listed files Hadoop's listing leaves out (names starting with "." or "_") are read by
    the driver. A Hadoop URI (a glob in it selects files) is read with binaryFiles whole."""
    from pyspark import StorageLevel

    corpus = args.corpus
    slices = lambda count: max(1, min(count, args.partitions or max(sc.defaultParallelism, -(-count // 1000))))
    if is_uri(corpus):
        if mode != "base64":
            raise SystemExit(f"{corpus}: precis cannot open a Hadoop URI itself: use --input-mode base64")
        if args.include or args.exclude or args.follow_symlinks:
            raise SystemExit("--include, --exclude and --follow-symlinks choose the files of a folder; "
                             "for a Hadoop URI, select files with a glob in it (hdfs:///news/*/*.txt)")
        hadoop_reading(sc)
        root = hadoop_root(corpus)

        def document(pair):
            doc_id = hadoop_id(pair[0], root)
            return doc_id, doc_id, base64_line(doc_id, pair[1]), None

        docs = sc.binaryFiles(corpus, minPartitions=args.partitions or sc.defaultParallelism).map(document)
        docs.persist(StorageLevel.MEMORY_AND_DISK)
        return docs, docs.count(), None, False, ""

    root = os.path.abspath(corpus)
    if not os.path.isdir(root):
        raise SystemExit(f"{corpus}: no such folder")
    files = list_files(precis, root, listing_options(args.include, args.exclude, args.follow_symlinks))
    if not files:
        raise SystemExit(f"{corpus}: no files to take below it (precis batch --list-files)")
    size = sum(b for _, _, b in files)
    if mode == "path":
        listing = [(key, doc_id, path) for key, (doc_id, path, _) in enumerate(files)]
        docs = sc.parallelize(listing, slices(len(files))).map(lambda d: (d[0], d[1], path_line(d[1], d[2]), None))
        return docs.cache(), len(files), size, True, ""

    if any(c in root for c in ",*?[]{}\\"):
        raise SystemExit(f"{root}: Hadoop cannot read a folder whose path has , or glob characters: "
                         "use --input-mode path")
    keys = sc.broadcast({doc_id: key for key, (doc_id, _, _) in enumerate(files)})
    hadoop_reading(sc)
    prefix = root.rstrip("/") + "/"

    def listed(pairs):
        for path, data in pairs:
            doc_id = hadoop_id(path, prefix)
            key = keys.value.get(doc_id)
            if key is not None:  # a file the listing takes
                yield key, doc_id, base64_line(doc_id, data), None

    read = sc.binaryFiles("file://" + root, minPartitions=slices(len(files))).mapPartitions(listed)
    read.persist(StorageLevel.MEMORY_AND_DISK)  # read once: for the listing's check and the passes
    seen = set(read.map(lambda d: d[1]).collect())
    left = [read_on_driver(key, doc_id, path) for key, (doc_id, path, _) in enumerate(files) if doc_id not in seen]
    docs = read.union(sc.parallelize(left, 1)) if left else read
    return docs, len(files), size, False, f", {len(left)} read by the driver" if left else ""


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
    if not conf.contains("spark.files.openCostInBytes"):
        # binaryFiles cuts the corpus into partitions of (bytes + files x this cost) / partitions
        # but fills each with real bytes: at Spark's default (4 MB) a corpus of small documents
        # ends up in one partition, one task doing all the work. At 0 the partitions are even.
        conf.set("spark.files.openCostInBytes", "0")
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

        mode = input_mode(args, sc.master)
        docs, count, size, in_order, read_note = documents_rdd(sc, args, precis, mode)
        options = precis_options(args)
        idf_note = ""
        with tempfile.TemporaryDirectory(prefix="precis-spark-") as scratch:
            idf = args.idf
            if idf == "corpus":
                # Map: a model per partition. Reduce: pairwise merges, on the executors up to the
                # last level (treeReduce), the last on the driver.
                build = ["idf", "build", "--stdin-jsonl", "-o", "-", "--lang", args.lang, *reading_options(args)]
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
            # be); then they stream to the driver a partition at a time, in key order: as they
            # are when the documents were (a folder in path mode), sorted by a shuffle otherwise.
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
        size_note = f" ({size / 1e6:.1f} MB)" if size is not None else ""
        print(
            f"precis on spark ({sc.master}, {docs.getNumPartitions()} partitions, {mode} input): {count} documents"
            f"{size_note}{read_note}, {written} records, {failed} errors{idf_note}; {finished - spark_ready:.1f} s "
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


# A stand-in for `precis`, for the self-test: `batch --list-files ROOT` lists ROOT's .txt files
# (sorted, links skipped; exit 2 for a missing folder), `batch --stdin-jsonl` reads each record's
# text, file (path) or bytes (base64), and gives {"id", "bytes"} for UTF-8 and an error record
# otherwise; the id "stop" ends it early with the status given as its last argument, the text
# "swap" gets another id. `idf build --stdin-jsonl` writes a line per readable document and
# exits 1 if there was none. The text "long" gets an error record named by its line's number,
# as precis names a line it cannot read as JSON.
STUB = r"""
import base64, json, os, sys
args = sys.argv[1:]
status = int(args[-1]) if args[-1].isdigit() else 0
if "--list-files" in args:
    root = args[args.index("--list-files") + 1]
    if not os.path.isdir(root):
        sys.exit(2)
    found = [os.path.join(folder, name) for folder, _, files in os.walk(root) for name in files]
    for path in sorted(found, key=lambda p: p.split("/")):  # depth first, names in order
        if path.endswith(".txt") and not os.path.islink(path):
            print(json.dumps({"path": path, "bytes": os.path.getsize(path)}))
    sys.exit(0)
read = 0
for number, line in enumerate(sys.stdin, 1):
    r = json.loads(line)
    if r.get("text") == "long":
        print(json.dumps({"error": "line is too long", "id": str(number)}))
        continue
    if r["id"] == "stop":
        sys.exit(status)
    if "path" in r:
        data = open(r["path"], "rb").read()
    elif "base64" in r:
        data = base64.b64decode(r["base64"])
    else:
        data = r["text"].encode("utf-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if args[0] != "idf":  # (which would say so on standard error)
            print(json.dumps({"id": r["id"], "error": "is not UTF-8"}, sort_keys=True))
        continue
    read += 1
    if args[0] == "idf":
        print("doc", r["id"])
        continue
    i = "other" if text == "swap" else str(r["id"])
    print(json.dumps({"bytes": len(data), "id": i}, sort_keys=True))
sys.exit(1 if args[0] == "idf" and not read else status)
"""


def self_test():
    """Checks the listing, JSON Lines, piping and comparison logic with a stand-in for precis."""
    failures, checks = [], []

    def check(name, condition):
        checks.append(name)
        if not condition:
            failures.append(name)

    def raises(name, kind, call):
        try:
            call()
            check(name, False)
        except kind:
            check(name, True)

    with tempfile.TemporaryDirectory() as folder:
        stub = os.path.join(folder, "precis.py")
        with open(stub, "w") as f:
            f.write(f"#!{sys.executable}\n" + STUB)
        os.chmod(stub, 0o755)
        corpus = os.path.join(folder, "corpus")
        for rel, data in [("b.txt", "Б text.\r\n".encode("windows-1251")), ("a/.hidden.txt", b"Hidden."),
                          ("a/z.txt", "z\u2028".encode("utf-8")), ("note.md", b"not text")]:
            os.makedirs(os.path.dirname(os.path.join(corpus, rel)), exist_ok=True)
            with open(os.path.join(corpus, rel), "wb") as f:
                f.write(data)
        os.symlink(os.path.join(corpus, "b.txt"), os.path.join(corpus, "link.txt"))

        # The listing is precis's: ids relative to the folder, in its order, with sizes.
        files = list_files(stub, corpus)
        raises("a failed listing raises", ListingFailed, lambda: list_files(stub, os.path.join(folder, "none")))
        check("list_files", [(i, b) for i, _, b in files] == [("a/.hidden.txt", 7), ("a/z.txt", 4), ("b.txt", 9)]
              and all(p == os.path.join(corpus, i) for i, p, _ in files))
        check("listing options", listing_options(["*.md"], ["a/*"], True)
              == ["--include", "*.md", "--exclude", "a/*", "--follow-symlinks"])

        # Input lines: a path, or the bytes; one line whatever the id holds.
        line = path_line("a/z\u2028.txt", "/c/a/z\u2028.txt")
        check("path line", "\u2028" not in line and json.loads(line) == {"id": "a/z\u2028.txt", "path": "/c/a/z\u2028.txt"})
        line = base64_line("x", b"\xff\x00\n")
        check("base64 line", json.loads(line) == {"id": "x", "base64": "/wAK"})
        check("read on the driver", read_on_driver(3, "b.txt", files[2][1])[2] == base64_line("b.txt", "Б text.\r\n".encode("windows-1251"))
              and read_on_driver(4, "gone", os.path.join(folder, "gone"))[2:] == (None, "cannot be read (No such file or directory)"))

        # A partition: path and base64 lines, and a document the driver could not read.
        docs = [(0, "a/.hidden.txt", path_line("a/.hidden.txt", files[0][1]), None),
                (1, "a/z.txt", base64_line("a/z.txt", b"z\xe2\x80\xa8"), None),
                (2, "b.txt", path_line("b.txt", files[2][1]), None),
                (3, "gone.txt", None, "cannot be read (No such file or directory)")]
        out = list(records_of_partition([stub, "batch", "1"], docs))
        check("one record each, in order, with the keys", [k for k, _ in out] == [0, 1, 2, 3])
        check("precis read the path", out[0][1] == ('{"bytes": 7, "id": "a/.hidden.txt"}', False))
        check("precis read the bytes", out[1][1] == ('{"bytes": 4, "id": "a/z.txt"}', False))
        check("precis's error record", out[2][1] == ('{"error": "is not UTF-8", "id": "b.txt"}', True))
        check("the driver's error record", out[3][1] == (record_line(error_record("gone.txt", docs[3][3])), True))
        stopped = docs[:2] + [(5, "stop", jsonl({"id": "stop", "text": "x"}), None),
                              (6, "after", jsonl({"id": "after", "text": "y"}), None)]
        out = dict(records_of_partition([stub, "batch", "1"], stopped))
        check("missing record", "no record" in json.loads(out[6][0])["error"])
        out = list(records_of_partition([stub, "batch", "0"], docs[3:] + [(7, "x", jsonl({"id": "x", "text": "long"}), None)]))
        check("a line's error record named by its number", out[1] == (7, ('{"error":"line is too long","id":"x"}', True)))
        raises("status 2 raises", PrecisFailed, lambda: list(records_of_partition([stub, "batch", "2"], docs[:1])))
        raises("a record for another id raises", PrecisFailed, lambda: list(records_of_partition(
            [stub, "batch", "0"], [(0, "x", jsonl({"id": "x", "text": "swap"}), None)])))
        check("empty partition", list(records_of_partition(["false"], [])) == [])
        check("model of a partition", model_of_partition([stub, "idf", "build"], docs) == ["doc a/.hidden.txt\ndoc a/z.txt\n"])
        check("no model of unreadable documents", model_of_partition([stub, "idf", "build"], docs[2:]) == [])

        # Hadoop URIs and the input mode.
        check("hadoop root", hadoop_root("hdfs://nn:8020/news/*/2024-*.txt") == "/news/"
              and hadoop_root("file:///c/news") == "/c/news/")
        check("hadoop id", hadoop_id("file:/c/news/a/b#1?.txt", "/c/news/") == "a/b#1?.txt"
              and hadoop_id("hdfs://nn:8020/news/x.txt", "/news/") == "x.txt")
        check("is uri", is_uri("s3a://b/x") and not is_uri("corpus/a://b"))
        mode = lambda corpus, master, given="auto": input_mode(argparse.Namespace(corpus=corpus, input_mode=given), master)
        check("input mode", (mode("c", "local[2]"), mode("c", "spark://h:7077"), mode("hdfs:///c", "local"),
                             mode("c", "spark://h:7077", "path")) == ("path", "base64", "base64", "path"))

        # Comparison: batch records carry DIR/relative paths, Spark ones ids; everything else,
        # the encoding and error messages included, must be equal, and in the same order.
        spark = os.path.join(folder, "spark.jsonl")
        batch = os.path.join(folder, "batch.jsonl")
        with open(spark, "w") as f:
            f.write('{"encoding":"windows-1251","id":"a.txt","summary":[{"score":0.5}]}\n{"error":"x","id":"b.txt"}\n')
        with open(batch, "w") as f:
            f.write('{"encoding":"windows-1251","path":"/c/a.txt","summary":[{"score":0.5}]}\n{"error":"x","path":"/c/b.txt"}\n')
        result = compare(load_records(spark, "id"), load_records(batch, "path", "/c"))
        check("compare same", result["same"] and result["identical"] == 2 and result["both_failed"] == 1)
        check("by encoding", by_encoding(load_records(spark, "id")) == {"windows-1251": 1, "error": 1})
        first = load_records(spark, "id")
        first["b.txt"]["error"] = "y"
        check("error messages compared", not compare(first, load_records(batch, "path", "/c"))["same"])
        with open(batch, "a") as f:
            f.write('{"encoding":"UTF-8","path":"/c/d.txt"}\n')
        first = load_records(spark, "id")
        first["a.txt"]["summary"][0]["score"] = 0.25
        result = compare(first, load_records(batch, "path", "/c"))
        check("compare different", not result["same"] and result["only_second"] == ["d.txt"]
              and result["different"][0][1] == "summary[0].score: 0.25 != 0.5")
        second = load_records(spark, "id")
        result = compare(dict(reversed(list(second.items()))), load_records(spark, "id"))
        check("order compared", not result["same"] and result["identical"] == 2 and not result["in_order"])

    for name in failures:
        print(f"self-test failed: {name}", file=sys.stderr)
    print(f"spark-self-test: {len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


# --------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    r = commands.add_parser("run", help="summaries and keywords of a corpus, on Spark")
    r.add_argument("corpus", help="a folder (its files as precis batch takes them), or a Hadoop URI "
                   "(hdfs://..., s3a://..., file://...; a glob in it selects files)")
    r.add_argument("--input-mode", choices=("auto", "path", "base64"), default="auto",
                   help="how documents reach precis: path (the executors' precis opens the files: "
                   "they must see the folder at the same path) or base64 (the executors read the bytes "
                   "with Spark's binaryFiles); auto (default): path for a folder in local mode, base64 "
                   "on a cluster and for a Hadoop URI")
    r.add_argument("--include", action="append", default=[], metavar="PAT",
                   help="take the folder's files matching PAT (as precis batch --include; default *.txt)")
    r.add_argument("--exclude", action="append", default=[], metavar="PAT",
                   help="leave out files and folders matching PAT (as precis batch --exclude)")
    r.add_argument("--follow-symlinks", action="store_true", help="follow symbolic links in the folder")
    r.add_argument("--encoding", metavar="NAME", help="the files' encoding (as precis batch --encoding; "
                   "by default UTF-8 or detected by precis, file by file)")
    r.add_argument("--max-size", metavar="SIZE", help="precis's size limit of a document (e.g. 64M)")
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
    c.add_argument("--encodings", action="store_true", help="also count each side's documents by the "
                   "encoding precis read them in")

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
        except ListingFailed as e:
            print(f"precis_spark: listing the corpus: {e}", file=sys.stderr)
            return 2
        except Exception as e:  # the job failed: a task failed too often, Spark did not start, ...
            lines = str(e).splitlines() or [""]
            # A task's PrecisFailed is buried in the Java exception's text; it says the most.
            cause = next((ln for ln in lines if ln.startswith("PrecisFailed: ")), f"{type(e).__name__}: {lines[0]}")
            print(f"precis_spark: the job failed: {cause}", file=sys.stderr)
            return 2
    if args.command == "compare":
        names = tuple(args.names.split(",", 1))
        try:
            first, second = load_records(args.spark, "id"), load_records(args.batch, "path", args.root)
        except (OSError, ValueError) as e:
            print(f"FAIL: {e}")
            return 1
        result = compare(first, second)
        report_comparison(result, names)
        if args.encodings:
            for name, records in zip(names, (first, second)):
                counts = ", ".join(f"{k} {v}" for k, v in by_encoding(records).items())
                print(f"  by encoding, {name}: {counts}")
        return 0 if result["same"] else 1
    return self_test()


if __name__ == "__main__":
    sys.exit(main())
