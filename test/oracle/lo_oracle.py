"""LibreOffice as the oracle for tracked changes.

Starts one headless soffice, then for each .docx: loads it hidden, accepts all tracked changes
and stores the text, reloads it, rejects all and stores the text again. What LibreOffice itself
makes of the revisions is the reference, not our own reader.

Usage:
  lo_oracle.py [roundtrip] < files.json
      files.json: ["a.docx", ...]
      writes a.docx.accepted.txt and a.docx.rejected.txt next to each file and prints
      [{file, opened, accepted, rejected, acceptedFootnotes, rejectedFootnotes, error}] as JSON
      (texts without the BOM; footnotes as a list of their texts, in order).
  lo_oracle.py compare < pairs.json
      pairs.json: [{"base": "a.docx", "revised": "b.docx", "out": "c.docx"}, ...]
      loads revised, compares it with base (Edit > Track Changes > Compare Document), stores
      the result as .docx and prints [{base, revised, out, ok, seconds, revisions, error}]
      (seconds: load, compare and store; revisions: how many LibreOffice found).
  lo_oracle.py authors < files.json
      files.json: ["a.docx", ...]
      prints [{file, opened, revisions, error}]: revisions lists each tracked change of the
      file as LibreOffice reads it, in the order of its Redlines enumeration, as {type, author,
      text} (type: Insert, Delete, Format, ParagraphFormat...; text: what the change covers, a
      paragraph mark as "\n", null when its range cannot be read).

Options: --soffice PATH (default: soffice on PATH), --timeout SECONDS to wait for start-up.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Office:
    def __init__(self, soffice, timeout):
        self.profile = tempfile.mkdtemp(prefix="redline-lo-")
        self.port = free_port()
        self.loads = 0
        self.proc = subprocess.Popen(
            [
                soffice,
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
                f"--accept=socket,host=127.0.0.1,port={self.port};urp;",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # its own process group, so the launcher script and soffice.bin can be stopped together
            start_new_session=True,
        )
        try:
            self.connect(timeout)
        except BaseException:
            self.close()
            raise

    def connect(self, timeout):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.ctx = resolver.resolve(url)
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"soffice exited with status {self.proc.returncode} during start-up")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"soffice did not accept connections within {timeout} s")
                time.sleep(0.25)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)

    def load(self, path):
        """The document, or an error. The Word filter is forced, so that a file that is not a
        valid package is not silently opened as plain text. Headless, LibreOffice offers no
        repair: a package Word would want to repair fails to load here.

        A private copy is loaded: a lock file left next to the original (by a crashed run, or an
        open editor) would otherwise make the load fail, and the original is never touched."""
        self.loads += 1
        copy = os.path.join(self.profile, f"input-{self.loads}.docx")
        shutil.copyfile(path, copy)
        args = (prop("Hidden", True), prop("FilterName", "MS Word 2007 XML"))
        doc = self.desktop.loadComponentFromURL(file_url(copy), "_blank", 0, args)
        if doc is None:
            raise LoadError("LibreOffice could not load the file")
        return doc

    def dispatch(self, doc, command, args=()):
        frame = doc.getCurrentController().getFrame()
        return self.dispatcher.executeDispatch(frame, command, "", 0, tuple(args))

    def close(self):
        graceful = False
        try:
            if hasattr(self, "desktop"):
                self.desktop.terminate()
                graceful = True
        except Exception:
            graceful = True  # the bridge goes down with the process; that is expected
        try:
            self.proc.wait(timeout=15 if graceful else 0.1)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def signal(self, sig):
        try:
            os.killpg(self.proc.pid, sig)
        except ProcessLookupError:
            pass


class LoadError(Exception):
    pass


def close_doc(doc):
    if doc is None:
        return
    try:
        doc.close(True)
    except Exception:
        try:
            doc.dispose()
        except Exception:
            pass


def store_text(doc, out):
    doc.storeToURL(file_url(out), (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8")))
    with open(out, encoding="utf-8-sig") as f:
        return f.read()


def footnote_texts(doc):
    """The text export leaves footnotes out (it keeps only their numbers): read them here."""
    notes = doc.getFootnotes()
    return [notes.getByIndex(i).getString() for i in range(notes.getCount())]


def view(office, path, command, out):
    doc = office.load(path)
    try:
        office.dispatch(doc, command)
        return store_text(doc, out), footnote_texts(doc)
    finally:
        close_doc(doc)


def count_revisions(doc):
    found = doc.getRedlines().createEnumeration()
    count = 0
    while found.hasMoreElements():
        found.nextElement()
        count += 1
    return count


def describe(error):
    return f"{type(error).__name__}: {getattr(error, 'Message', '') or error}"


def roundtrip(office, files):
    results = []
    for path in files:
        result = {"file": path, "opened": False, "accepted": None, "rejected": None, "error": None}
        try:
            result["accepted"], result["acceptedFootnotes"] = view(office, path, ".uno:AcceptAllTrackedChanges", path + ".accepted.txt")
            result["opened"] = True
            result["rejected"], result["rejectedFootnotes"] = view(office, path, ".uno:RejectAllTrackedChanges", path + ".rejected.txt")
        except Exception as e:  # one bad file must not stop the batch
            result["error"] = describe(e)
        results.append(result)
    return results


def compare(office, pairs):
    results = []
    for pair in pairs:
        result = {**pair, "ok": False, "seconds": None, "error": None}
        doc = None
        try:
            if not os.path.isfile(pair["base"]):
                raise LoadError("no such file: " + pair["base"])  # LibreOffice would compare with nothing
            started = time.monotonic()
            doc = office.load(pair["revised"])
            office.dispatch(doc, ".uno:CompareDocuments", [prop("URL", file_url(pair["base"])), prop("NoAcceptDialog", True)])
            doc.storeToURL(file_url(pair["out"]), (prop("FilterName", "MS Word 2007 XML"),))
            result["seconds"] = round(time.monotonic() - started, 3)
            result["revisions"] = count_revisions(doc)
            result["ok"] = True
        except Exception as e:
            result["error"] = describe(e)
        finally:
            close_doc(doc)
        results.append(result)
    return results


def redline_text(redline):
    """The text between a redline's start and end: a cursor over the range, in whichever text
    (body, footnote, cell) it starts."""
    start = redline.getPropertyValue("RedlineStart")
    end = redline.getPropertyValue("RedlineEnd")
    cursor = start.getText().createTextCursorByRange(start)
    cursor.gotoRange(end, True)
    return cursor.getString()


def revisions_of(doc):
    found = []
    redlines = doc.getRedlines().createEnumeration()
    while redlines.hasMoreElements():
        redline = redlines.nextElement()
        try:
            text = redline_text(redline)
        except Exception:
            text = None
        found.append({"type": redline.getPropertyValue("RedlineType"), "author": redline.getPropertyValue("RedlineAuthor"), "text": text})
    return found


def read_each(office, files, key, read):
    """Open each file and put what `read` finds in it under `key`; a file that fails says why."""
    results = []
    for path in files:
        result = {"file": path, "opened": False, key: None, "error": None}
        doc = None
        try:
            doc = office.load(path)
            result["opened"] = True
            result[key] = read(doc)
        except Exception as e:
            result["error"] = describe(e)
        finally:
            close_doc(doc)
        results.append(result)
    return results


def authors(office, files):
    return read_each(office, files, "revisions", revisions_of)


def locale_of(value):
    return f"{value.Language}-{value.Country}" if value.Country else value.Language


def paragraph_settings(paragraph):
    """How LibreOffice reads a paragraph's direction and its three script classes (Western,
    Asian, Complex): WritingMode 1 is right to left."""
    return {
        "text": paragraph.getString(),
        "writingMode": paragraph.getPropertyValue("WritingMode"),
        "locale": locale_of(paragraph.getPropertyValue("CharLocale")),
        "asianLocale": locale_of(paragraph.getPropertyValue("CharLocaleAsian")),
        "complexLocale": locale_of(paragraph.getPropertyValue("CharLocaleComplex")),
        "asianFont": paragraph.getPropertyValue("CharFontNameAsian"),
        "complexFont": paragraph.getPropertyValue("CharFontNameComplex"),
    }


def body_settings(doc):
    found = []
    paragraphs = doc.getText().createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if paragraph.supportsService("com.sun.star.text.Paragraph"):
            found.append(paragraph_settings(paragraph))
    return found


def settings(office, files):
    return read_each(office, files, "paragraphs", body_settings)


def serve(name, argv, modes):
    """Run one batch: the mode named in argv (`modes` maps each to a function of the office and
    the JSON items read from stdin), results as JSON on stdout; 2 on bad usage or a dead soffice."""
    mode = next(iter(modes))
    soffice = shutil.which("soffice") or "soffice"
    timeout = 90.0
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--soffice":
            soffice = rest.pop(0)
        elif arg == "--timeout":
            timeout = float(rest.pop(0))
        elif arg in modes:
            mode = arg
        else:
            print(f"{name}: unknown argument {arg}", file=sys.stderr)
            return 2
    try:
        items = json.load(sys.stdin)
    except ValueError as e:
        print(f"{name}: standard input is not JSON: {e}", file=sys.stderr)
        return 2
    # a caller that gives up sends SIGTERM: leave through the finally below, stopping soffice
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    office = None
    try:
        office = Office(soffice, timeout)
        results = modes[mode](office, items)
    except Exception as e:
        print(f"{name}: {e}", file=sys.stderr)
        return 2
    finally:
        if office is not None:
            office.close()
    json.dump(results, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def main(argv):
    return serve("lo_oracle", argv, {"roundtrip": roundtrip, "compare": compare, "authors": authors, "settings": settings})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
