"""Shared helpers for the gazetteer generators (python3, standard library only)."""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER_DIR = os.path.dirname(HERE)

_HARAKAT = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def strip_harakat(text):
    """Removes Arabic diacritics and tatweel: generated names are stored undiacritised, as news writes them."""
    return _HARAKAT.sub("", text)


def fold_key(text):
    """The same folding as DiplomacyGraph.Domain NameKey: used to find duplicate surface forms."""
    out = []
    for c in text:
        if c in "\u0622\u0623\u0625\u0671":
            c = "\u0627"
        elif c in "\u0649\u06CC":
            c = "\u064A"
        elif c == "\u0629":
            c = "\u0647"
        elif c == "\u06A9":
            c = "\u0643"
        if _HARAKAT.match(c):
            continue
        out.append(c.lower())
    return " ".join("".join(out).split())


def slug(text):
    """The same slug as NodeIds.Slug: lower case, marks removed, runs of non-alphanumerics become one hyphen."""
    key = unicodedata.normalize("NFD", fold_key(text))
    parts, cur = [], []
    for c in key:
        if unicodedata.category(c) == "Mn":
            continue
        if c.isalnum():
            cur.append(c)
        elif cur:
            parts.append("".join(cur))
            cur = []
    if cur:
        parts.append("".join(cur))
    return "-".join(parts)


def unique(values, exclude=()):
    """Keeps the first of each folded form, dropping empties and anything equal to an excluded form."""
    seen = {fold_key(e) for e in exclude if e}
    out = []
    for v in values:
        v = " ".join(v.split())
        if not v:
            continue
        k = fold_key(v)
        if k in seen:
            continue
        seen.add(k)
        out.append(v)
    return out


def write_tsv(name, header, rows, comment):
    """Writes rows deterministically (callers sort) with a leading comment saying how the file was made."""
    path = os.path.join(GAZETTEER_DIR, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in comment.strip().splitlines():
            f.write("# " + line + "\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            cells = [str(c) for c in row]
            for c in cells:
                if "\t" in c or "\n" in c:
                    raise ValueError("tab or newline inside a cell: " + repr(c))
            f.write("\t".join(cells) + "\n")
    return path


def parse_no_args(doc):
    """For generators that take no arguments: --help prints the module's docstring, anything else is refused."""
    import argparse
    argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
