"""LibreOffice as another producer of Word files: our reader is tested on files we did not write.

Starts one headless soffice (as lo_oracle.py does), then for each spec creates a Writer
document, writes its paragraphs and stores it as .docx with the "MS Word 2007 XML" filter.

Usage:
  lo_build.py build < specs.json
      specs.json: [{"out": "a.docx", "mode": "formatting" | "tracked", "author": "...",
                    "paragraphs": [{"italic": false, "runs": [{"text": "...", "op": "equal"}]}]}]
      op is "equal", "insert" or "delete". Prints [{out, ok, error}] as JSON.

  formatting: no tracked changes; inserted text underlined, deleted text struck through, as ITU
      proposals are often marked.
  tracked: the base text (equal and deleted runs) is written first, then edited with change
      recording on, as the author: a paragraph whose runs are all inserted becomes an inserted
      paragraph, one whose runs are all deleted a deleted paragraph (its mark deleted too), so
      that Accept All gives the revised paragraphs and Reject All the base ones.

  A paragraph with "italic": true is italic throughout, as block headings are. Tabs in run text
  are real tabs.

Options: --soffice PATH (default: soffice on PATH), --timeout SECONDS to wait for start-up.
"""

import sys

import uno  # makes the com.sun.star modules importable
from com.sun.star.awt.FontSlant import ITALIC
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

sys.dont_write_bytecode = True  # no __pycache__ left in the test tree
from lo_oracle import Office, close_doc, describe, file_url, prop, serve

UNDERLINE_SINGLE = 1  # com.sun.star.awt.FontUnderline
STRIKEOUT_SINGLE = 1  # com.sun.star.awt.FontStrikeout


def set_author(office, author):
    """Writer takes a revision's author from the user's name in the profile, and rereads it when
    that configuration changes, so one soffice can write for several authors."""
    provider = office.ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", office.ctx)
    data = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", "/org.openoffice.UserProfile/Data"),)
    )
    data.setPropertyValue("givenname", author)
    data.setPropertyValue("sn", "")
    data.commitChanges()


def new_document(office):
    doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not create a Writer document")
    return doc


def paragraph_cursor(text, index):
    """A cursor at the start of the index-th paragraph (deleted ones count: they are still there)."""
    cursor = text.createTextCursor()
    cursor.gotoStart(False)
    for _ in range(index):
        if not cursor.gotoNextParagraph(False):
            raise RuntimeError(f"no paragraph {index}")
    return cursor


def units(string):
    """A length as Writer counts it, in UTF-16 code units."""
    return len(string.encode("utf-16-le")) // 2


def go_right(cursor, count, select):
    """goRight takes a 16-bit count."""
    while count > 0:
        step = min(count, 32767)
        cursor.goRight(step, select)
        count -= step


def runs_of(paragraph):
    return [r for r in paragraph.get("runs", []) if r.get("text")]


def all_op(paragraph, op):
    runs = runs_of(paragraph)
    return bool(runs) and all(r["op"] == op for r in runs)


def write_paragraphs(text, paragraphs, ops):
    """The text of the runs whose op is in ops, unformatted."""
    for i, paragraph in enumerate(paragraphs):
        if i > 0:
            text.insertControlCharacter(text.getEnd(), PARAGRAPH_BREAK, False)
        string = "".join(r["text"] for r in runs_of(paragraph) if r["op"] in ops)
        if string:
            text.insertString(text.getEnd(), string, False)


def set_italic(text, paragraphs):
    for i, paragraph in enumerate(paragraphs):
        if paragraph.get("italic"):
            cursor = paragraph_cursor(text, i)
            cursor.gotoEndOfParagraph(True)
            cursor.setPropertyValue("CharPosture", ITALIC)


def build_formatting(doc, spec):
    """Marks set once the text is written: a run typed after a marked one would take its marks."""
    paragraphs = spec["paragraphs"]
    text = doc.getText()
    write_paragraphs(text, paragraphs, ("equal", "insert", "delete"))
    for i, paragraph in enumerate(paragraphs):
        offset = 0
        for run in runs_of(paragraph):
            if run["op"] != "equal":
                cursor = paragraph_cursor(text, i)
                go_right(cursor, offset, False)
                go_right(cursor, units(run["text"]), True)
                if run["op"] == "insert":
                    cursor.setPropertyValue("CharUnderline", UNDERLINE_SINGLE)
                else:
                    cursor.setPropertyValue("CharStrikeout", STRIKEOUT_SINGLE)
            offset += units(run["text"])
    set_italic(text, paragraphs)


def edit_paragraph(text, index, paragraph):
    """Deletes and inserts the runs of one base paragraph, from its end backwards, so that the
    offsets in the base text still hold for the runs before."""
    edits = []
    offset = 0
    for run in runs_of(paragraph):
        if run["op"] == "insert":
            edits.append((offset, run))
        else:
            if run["op"] == "delete":
                edits.append((offset, run))
            offset += units(run["text"])
    for offset, run in reversed(edits):
        cursor = paragraph_cursor(text, index)
        go_right(cursor, offset, False)
        if run["op"] == "insert":
            text.insertString(cursor, run["text"], False)
        else:
            go_right(cursor, units(run["text"]), True)
            cursor.setString("")


def build_tracked(doc, spec):
    """Paragraphs up to the last one that keeps some text are written as "text, mark": a deleted
    one loses both, an inserted one is put before the next base paragraph. The last mark of a
    document cannot be revised, so after that paragraph each one is written as "mark, text"
    instead: a deleted one loses the mark before it, an inserted one comes with its own."""
    paragraphs = spec["paragraphs"]
    text = doc.getText()
    base = [p for p in paragraphs if not all_op(p, "insert")]
    kept = [j for j, p in enumerate(base) if not all_op(p, "delete")]
    if not kept:
        raise ValueError("no base paragraph keeps any text: Accept All would leave an empty one")
    last_kept = kept[-1]
    write_paragraphs(text, base, ("equal", "delete"))
    doc.setPropertyValue("RecordChanges", True)
    # from the last paragraph back: a base paragraph's index holds until it is edited itself
    following = len(base)  # the index of the next base paragraph
    for paragraph in reversed(paragraphs):
        if all_op(paragraph, "insert"):
            string = "".join(r["text"] for r in runs_of(paragraph))
            if following <= last_kept:
                cursor = paragraph_cursor(text, following)
                text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
                cursor.gotoPreviousParagraph(False)
            else:
                cursor = paragraph_cursor(text, following - 1)
                cursor.gotoEndOfParagraph(False)
                text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            text.insertString(cursor, string, False)
            continue
        following -= 1
        if not all_op(paragraph, "delete"):
            edit_paragraph(text, following, paragraph)
            continue
        cursor = paragraph_cursor(text, following)
        if following < last_kept:
            cursor.gotoNextParagraph(True)
        else:
            cursor.gotoPreviousParagraph(False)
            cursor.gotoEndOfParagraph(False)
            cursor.gotoNextParagraph(True)
            cursor.gotoEndOfParagraph(True)
        cursor.setString("")
    # italic as the final paragraphs stand, without recording it as a change
    doc.setPropertyValue("RecordChanges", False)
    set_italic(text, paragraphs)
    doc.setPropertyValue("RecordChanges", True)


def build(office, specs):
    results = []
    for spec in specs:
        result = {"out": spec.get("out"), "ok": False, "error": None}
        doc = None
        try:
            mode = spec.get("mode")
            if mode == "tracked":
                if not spec.get("author"):
                    raise ValueError("tracked mode needs an author")
                set_author(office, spec["author"])
            elif mode != "formatting":
                raise ValueError(f"unknown mode {mode!r}")
            doc = new_document(office)
            if mode == "tracked":
                build_tracked(doc, spec)
            else:
                build_formatting(doc, spec)
            doc.storeToURL(file_url(spec["out"]), (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True)))
            result["ok"] = True
        except Exception as e:  # one bad spec must not stop the batch
            result["error"] = describe(e)
        finally:
            close_doc(doc)
        results.append(result)
    return results


def main(argv):
    return serve("lo_build", argv, {"build": build})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
